"""Sentences with character offsets, by rules that know news abbreviations.

A regular-expression splitter: fast enough for hundreds of articles a second, and it
keeps exact offsets into the stored text so every quote can be traced back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt gov sen rep st mt ft no nos vs etc inc ltd
    co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m
    approx est dept govt pres""".split()
)
_LAST_WORD_RE = re.compile(r"([\w.]+)[.!?…]*[\"”’')\]]*$")
# (a stop before a dash and a capital ends one too: "... three wounded. — Vadym Filashkin,
# head of the regional administration.", a post's signature)
_END_RE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+(?:[—–]\s+)?[\"“‘(\[]?[A-Z0-9А-ЯІЇЄҐ])|"
                     r"\n\s*\n|\n(?=\S)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; paragraph and line breaks always end one."""
    start = 0
    for m in _END_RE.finditer(text):
        end = m.end()
        # The word before the stop (a short look-back: abbreviations are short).
        token = _LAST_WORD_RE.search(text, max(start, m.start() - 30), m.start() + 1)
        word = token.group(1).lower().rstrip(".") if token else ""
        if m.group(0)[:1] == "." and (word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word)):
            continue
        yield from _trimmed(text, start, end)
        start = end
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
