"""The chapters' parameters: their types and ranges, checked before any notebook runs.

``data/parameters.yml`` is the one table of them. ``build -p NAME VALUE`` validates each
value here, so a bad one is rejected in one line that names the parameter, the value and
what is allowed, instead of failing half a minute later inside a notebook (or, worse,
producing a book from a negative row limit). Tests hold the notebooks' parameter cells
and the README's table to the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from corpus_utils.data import data_yaml
from corpus_utils.dates import parse_iso_date


class ParameterError(ValueError):
    """A parameter value that is not allowed; the message names it and what is."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str  # int | float | bool | str | date | list | choice
    default: object
    help: str
    chapters: tuple[str, ...]
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    set_by_build: bool = False

    def allowed(self) -> str:
        """What values are allowed, in words."""
        if self.type == "int":
            return f"a whole number from {self.minimum:g} to {self.maximum:g}"
        if self.type == "float":
            return f"a number from {self.minimum:g} to {self.maximum:g}"
        if self.type == "bool":
            return "true or false"
        if self.type == "date":
            return 'an ISO date (YYYY-MM-DD) or "" for none'
        if self.type == "list":
            return "a list of names, such as [a, b]"
        if self.type == "choice":
            return "one of " + ", ".join(self.choices)
        return "text"

    def check(self, value: object) -> object:
        """``value`` as this parameter takes it; ParameterError if it is not allowed."""
        ok, value = _coerce(self, value)
        if not ok:
            raise ParameterError(f"parameter {self.name}: {value!r} is not allowed; expected {self.allowed()}")
        return value


def _coerce(p: Parameter, value: object) -> tuple[bool, object]:
    if p.type in {"int", "float"}:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False, value
        if p.type == "int" and not float(value).is_integer():
            return False, value
        number = int(value) if p.type == "int" else float(value)
        in_range = (p.minimum is None or number >= p.minimum) and (p.maximum is None or number <= p.maximum)
        return in_range, number
    if p.type == "bool":
        return isinstance(value, bool), value
    if p.type == "date":
        if value is None or value == "":
            return True, ""
        text = value.isoformat() if hasattr(value, "isoformat") else value
        return isinstance(text, str) and parse_iso_date(text) is not None, text
    if p.type == "list":
        if isinstance(value, str):
            value = [value]
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value), value
    if p.type == "choice":
        return value in p.choices, value
    return isinstance(value, str), value


@lru_cache(maxsize=1)
def parameters() -> dict[str, Parameter]:
    return {
        name: Parameter(
            name=name,
            type=entry["type"],
            default=entry["default"],
            help=entry["help"],
            chapters=tuple(entry["chapters"]),
            minimum=entry.get("min"),
            maximum=entry.get("max"),
            choices=tuple(entry.get("choices", ())),
            set_by_build=bool(entry.get("set_by_build", False)),
        )
        for name, entry in data_yaml("parameters.yml").items()
    }


def validate(values: dict[str, object]) -> dict[str, object]:
    """Checked values by name; ParameterError for an unknown name or a bad value."""
    known = {name: p for name, p in parameters().items() if not p.set_by_build}
    unknown = sorted(set(values) - set(known))
    if unknown:
        names = ", ".join(sorted(known))
        raise ParameterError(f"unknown parameter(s) {', '.join(unknown)}; the notebooks take: {names}")
    checked = {name: known[name].check(value) for name, value in values.items()}
    start, end = checked.get("date_from") or "", checked.get("date_to") or ""
    if start and end and start > end:
        raise ParameterError(f"parameter date_from: {start} is after date_to {end}")
    return checked


def markdown_table() -> str:
    """The README's parameter table, made from the same entries."""
    lines = ["| parameter | chapter | default | allowed | meaning |", "|---|---|---|---|---|"]
    for p in parameters().values():
        if p.set_by_build:
            continue
        chapters = "every chapter" if p.chapters == ("all",) else ", ".join(p.chapters)
        default = yaml.safe_dump(p.default, default_flow_style=True).strip().removesuffix("...").strip()
        lines.append(f"| `{p.name}` | {chapters} | `{default}` | {p.allowed()} | {p.help} |")
    return "\n".join(lines)
