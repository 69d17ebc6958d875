"""Fast matching for the extraction rules: lower-case copies and gated patterns.

Python's regular-expression engine skips quickly through text only to a pattern's
possible first characters, and it cannot when a pattern starts with ``\\b`` or is
case-insensitive: then it tries every alternative at every position. The rules are
written in lower case, run on a lower-cased copy of the text (``lower`` keeps every
offset), and each costly pattern is gated by the substrings any match must contain
(``in`` tests run at memory speed, and most sentences hold none of them).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(text: str) -> str:
    """Lower case with every offset kept, so positions found in the copy are positions in
    the original (``str.lower`` may change the length of some non-Latin text; then only
    ASCII letters are lowered, which is all the English rules need)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


@dataclass(frozen=True, slots=True)
class Gated:
    """A lower-case pattern and the substrings one of which every match contains."""

    needles: tuple[str, ...]
    pattern: re.Pattern[str]

    def possible(self, low: str) -> bool:
        return any(n in low for n in self.needles)

    def search(self, low: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(low, pos, endpos) if self.possible(low) else None

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(low) if self.possible(low) else iter(())

    def sub(self, repl: Callable[[re.Match[str]], str], low: str) -> str:
        return self.pattern.sub(repl, low) if self.possible(low) else low


def gated(needles: str, pattern: str) -> Gated:
    """``needles``: space-separated substrings ("_" stands for a space inside one)."""
    return Gated(tuple(n.replace("_", " ") for n in needles.split()), re.compile(pattern))
