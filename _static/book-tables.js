/* Tables of the book (corpus_utils.report): searchable, sortable and paged in place, with no
   network. A table is enhanced when its wrapper carries data-table; without JavaScript every row
   shows. The script reads only the page's own table cells and writes only text and styles. */
(function () {
  "use strict";
  var NUMBER = /^[-+−]?[\d,]*\.?\d+\s*%?$/;

  function sortKey(cell) {
    var text = (cell ? cell.textContent : "").trim();
    if (NUMBER.test(text)) {
      return [0, parseFloat(text.replace(/[,%\s]/g, "").replace("−", "-"))];
    }
    return [1, text.toLowerCase()];
  }

  function compare(a, b) {
    if (a[0] !== b[0]) { return a[0] - b[0]; }
    return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  }

  function button(text, label) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    return b;
  }

  function enhance(wrapper) {
    var table = wrapper.querySelector("table");
    if (!table || !table.tBodies.length) { return; }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var size = parseInt(wrapper.getAttribute("data-page-size") || "20", 10);
    var page = 0;
    var matching = rows;
    var bar = document.createElement("div");
    bar.className = "table-controls";
    var search = document.createElement("input");
    search.type = "search";
    search.placeholder = wrapper.getAttribute("data-placeholder") || "search this table";
    search.setAttribute("aria-label", wrapper.getAttribute("data-label") || "Search this table");
    var info = document.createElement("span");
    info.className = "table-info";
    info.setAttribute("aria-live", "polite");
    var prev = button("‹", "previous page");
    var next = button("›", "next page");
    bar.appendChild(search);
    bar.appendChild(prev);
    bar.appendChild(info);
    bar.appendChild(next);
    wrapper.insertBefore(bar, table);

    function render() {
      var pages = Math.max(1, Math.ceil(matching.length / size));
      page = Math.min(page, pages - 1);
      rows.forEach(function (row) { row.style.display = "none"; });
      matching.slice(page * size, (page + 1) * size).forEach(function (row) { row.style.display = ""; });
      var first = page * size + 1;
      var last = Math.min(matching.length, (page + 1) * size);
      var of = matching.length < rows.length ? " of " + matching.length + " matching (" + rows.length + " rows)"
        : " of " + rows.length + " rows";
      info.textContent = matching.length ? first + "–" + last + of : "no row matches";
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      prev.hidden = next.hidden = rows.length <= size;
    }

    search.addEventListener("input", function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      matching = rows.filter(function (row) {
        var text = row.textContent.toLowerCase();
        return words.every(function (w) { return text.indexOf(w) >= 0; });
      });
      page = 0;
      render();
    });
    prev.addEventListener("click", function () { page -= 1; render(); });
    next.addEventListener("click", function () { page += 1; render(); });

    Array.prototype.forEach.call(table.tHead ? table.tHead.rows[0].cells : [], function (th, column) {
      th.setAttribute("role", "button");
      th.setAttribute("tabindex", "0");
      th.title = "sort by this column";
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var order = rows.map(function (row, i) { return [sortKey(row.cells[column]), i, row]; });
        order.sort(function (a, b) { return (ascending ? 1 : -1) * compare(a[0], b[0]) || a[1] - b[1]; });
        rows = order.map(function (item) { return item[2]; });
        rows.forEach(function (row) { body.appendChild(row); });
        var kept = new Set(matching);
        matching = rows.filter(function (row) { return kept.has(row); });
        page = 0;
        render();
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
    render();
  }

  /* A link with data-filter (a speaker's name in the cast) shows that speaker's rows in the
     table its href names: the table's search box takes the id, and the link scrolls there. */
  function follow(event) {
    var link = event.target.closest ? event.target.closest("a[data-filter]") : null;
    if (!link) { return; }
    var wrapper = document.getElementById((link.getAttribute("href") || "").slice(1));
    var box = wrapper ? wrapper.querySelector(".table-controls input[type=search]") : null;
    if (!box) { return; }
    box.value = link.getAttribute("data-filter");
    box.dispatchEvent(new Event("input"));
  }

  function start() {
    document.querySelectorAll("div.table-wrapper[data-table]").forEach(enhance);
    document.addEventListener("click", follow);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
