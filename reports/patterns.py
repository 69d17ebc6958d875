"""Fast matching for the extraction rules: lower-case copies and gated patterns.

Python's regular-expression engine skips quickly through text only to a pattern's
possible first characters, and it cannot when a pattern starts with ``\\b`` or is
case-insensitive: then it tries every alternative at every position. The rules are
written in lower case, run on a lower-cased copy of the text (``lower`` keeps every
offset), and each costly pattern is gated by the substrings any match must contain
(most sentences hold none of them). One Aho-Corasick pass (``pyahocorasick``) finds
every gate's substrings in a sentence at once; each gate then costs a set test.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import itemgetter

import ahocorasick

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(text: str) -> str:
    """Lower case with every offset kept, so positions found in the copy are positions in
    the original (``str.lower`` may change the length of some non-Latin text; then only
    ASCII letters are lowered, which is all the English rules need)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


_NEEDLES: set[str] = set()
_NEEDLE = itemgetter(1)  # (end, needle) pairs from the automaton
_state: dict[str, ahocorasick.Automaton | None] = {"automaton": None}
_SEEN: dict[str, frozenset[str]] = {}  # the few sentences being read now
_lock = threading.Lock()


def present(low: str) -> frozenset[str]:
    """Every gate substring that occurs in ``low``, found in one pass and remembered for
    the next gates asking about the same sentence."""
    found = _SEEN.get(low)
    if found is None:
        automaton = _state["automaton"]
        if automaton is None:
            with _lock:
                automaton = ahocorasick.Automaton()
                for needle in _NEEDLES:
                    automaton.add_word(needle, needle)
                automaton.make_automaton()
                _state["automaton"] = automaton
        found = frozenset(map(_NEEDLE, automaton.iter(low)))
        if len(_SEEN) > 256:
            _SEEN.clear()
        _SEEN[low] = found
    return found


@dataclass(frozen=True, slots=True)
class Gated:
    """A lower-case pattern and the substrings one of which every match contains."""

    needles: frozenset[str]
    pattern: re.Pattern[str]

    # (each method reads the remembered set itself: these run a few hundred thousand times
    # per hundred articles, and two Python calls less each is a few per cent of the time)
    def possible(self, low: str) -> bool:
        return not self.needles.isdisjoint(_SEEN.get(low) or present(low))

    def search(self, low: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.needles.isdisjoint(_SEEN.get(low) or present(low)):
            return None
        return self.pattern.search(low, pos, endpos)

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        if self.needles.isdisjoint(_SEEN.get(low) or present(low)):
            return iter(())
        return self.pattern.finditer(low)

    def sub(self, repl: Callable[[re.Match[str]], str], low: str) -> str:
        if self.needles.isdisjoint(_SEEN.get(low) or present(low)):
            return low
        return self.pattern.sub(repl, low)


def needles(words: str) -> frozenset[str]:
    """Substrings to look for in the one pass (space-separated; "_" stands for a space
    inside one); ``any_in`` tells whether a sentence holds one of them."""
    found = frozenset(n.replace("_", " ") for n in words.split())
    with _lock:
        _NEEDLES.update(found)
        _state["automaton"] = None  # rebuilt with the new needles on next use
    return found


def any_in(words: frozenset[str], low: str) -> bool:
    return not words.isdisjoint(_SEEN.get(low) or present(low))


def gated(words: str, pattern: str) -> Gated:
    """A pattern with the substrings one of which each of its matches contains."""
    return Gated(needles(words), re.compile(pattern))
