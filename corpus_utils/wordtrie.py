"""Many literal words as one fast regular expression.

An alternation ``a|b|c`` of a thousand country words is tried word by word at every
position of a text; the same words as a trie (``(?:Ch(?:ad|ile|ina)|...)``) fail after a
character or two, so matching costs about the same for ten words or ten thousand.
"""

from __future__ import annotations

import re


def trie_pattern(words: list[str], apostrophes: bool = True) -> str:
    """A regular expression (without anchors) that matches exactly the given words, the
    longest first where several start at the same place; an apostrophe matches ' or ’
    (unless ``apostrophes`` is False: then every character matches only itself)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word.replace("’", "'") if apostrophes else word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [
            ("['’]" if ch == "'" and apostrophes else re.escape(ch)) + pattern(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree) or "(?!)"


def opening_words(words: list[str]) -> str:
    """``\\b(?:words)``, the words longest first where several match (as ``trie_pattern``), for words
    that open with a word character: the pattern opens on that character, with the boundary as a
    lookbehind after it. Python searches a pattern that opens with a set of characters for them
    first and tries it only there, not at every position of the text."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    branches = [
        rf"{re.escape(first)}(?<!\w{re.escape(first)}){trie_pattern(rest) if any(rest) else ''}"
        for first, rest in sorted(rests.items())
    ]
    return f"(?:{'|'.join(branches)})"
