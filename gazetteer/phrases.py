"""How people write places: "the Kursk region", "Poland's airspace", "X, a town in Y".

``parse`` turns one written phrase into a ``Query``: the core name key, the kind the words
ask for, and an explicit parent. Pure functions over strings; no index needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .normalize import fold

ADMIN1, ADMIN2, SETTLEMENT, AIRSPACE, COUNTRY = (
    frozenset({"admin1", "region"}),
    frozenset({"admin2"}),
    frozenset({"city", "town", "village"}),
    frozenset({"airspace"}),
    frozenset({"country"}),
)

# Folded kind words, longest first so "autonomous okrug" wins over "okrug".
_SUFFIXES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    sorted(
        [
            *((w, ADMIN1) for w in (
                "region", "regions", "oblast", "oblasts", "obl", "province", "provinces",
                "krai", "kray", "krais", "governorate", "governorates", "voivodeship",
                "voivodship", "prefecture", "autonomous okrug", "avtonomnyy okrug",
                "autonomous oblast", "autonomous region", "autonomous republic", "okrug",
                "respublika", "republic", "state", "voblast", "voblasts", "oblys",
                "wilaya", "vilayet", "canton", "emirate", "federal district",
                "oblasti", "regiune",
            )),
            *((w, ADMIN2) for w in (
                "district", "districts", "raion", "raions", "rayon", "rayons",
                "urban district", "urban districts", "municipal district", "municipality",
                "municipal okrug", "city district", "hromada", "gromada", "community",
                "territorial community", "county", "counties", "okrug municipality",
                "urban okrug", "gorodskoy okrug", "municipal formation", "selsoviet",
                "locality", "localities",  # (Sudan's mahaliya: "Omdurman's Karari locality")
            )),
            *((w, SETTLEMENT) for w in (
                "city", "town", "village", "settlement", "urban type settlement",
                "hamlet", "selo", "khutor", "stanitsa", "posyolok", "smt",
            )),
            *((w, AIRSPACE) for w in ("airspace", "air space", "skies", "sky")),
        ],
        key=lambda item: -len(item[0]),
    )
)
_PREFIXES: tuple[tuple[str, frozenset[str]], ...] = (
    ("autonomous republic of", ADMIN1),
    ("republic of", ADMIN1 | COUNTRY),
    ("respublika", ADMIN1),
    ("region of", ADMIN1),
    ("province of", ADMIN1),
    ("oblast of", ADMIN1),
    ("governorate of", ADMIN1),
    ("state of", ADMIN1),
    ("district of", ADMIN2),
    ("city of", SETTLEMENT),
    ("town of", SETTLEMENT),
    ("village of", SETTLEMENT),
    ("settlement of", SETTLEMENT),
    ("hamlet of", SETTLEMENT),
    ("airspace of", AIRSPACE),
    ("air space of", AIRSPACE),
    ("airspace over", AIRSPACE),
    ("skies over", AIRSPACE),
    ("skies of", AIRSPACE),
)
# Words that qualify a place without naming it: "Ukraine's southern Zaporizhzhia region".
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
# Tried only when the whole name is unknown: "North Korea" and "West Virginia" are names.
_QUALIFIERS = frozenset(
    """southern northern eastern western central north south east west northeastern
    northwestern southeastern southwestern northeast northwest southeast southwest border
    frontline front line occupied annexed russian ukrainian held controlled neighbouring
    neighboring nearby embattled besieged""".split()
)
# "in the Y" / "X, a town in Y" / "X (Y)": where a phrase names its parent.
_PARENT_RES = (
    re.compile(r"^(?P<child>[^()]+?)\s*\((?P<parent>[^()]+)\)\s*$"),
    re.compile(
        r"^(?P<child>.+?),\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?P<noun>city|town|village|settlement|hamlet|district|region|province|oblast)"
        r"\s+(?:in|of|near)\s+(?P<parent>.+)$",
        re.I,
    ),
    re.compile(r"^(?P<child>.+?),\s*(?P<parent>[^,]+)$"),
    re.compile(
        r"^(?P<child>.+?\b(?:district|raion|rayon|county|community|hromada|municipality))"
        r"\s+of\s+(?P<parent>.+)$",
        re.I,
    ),
    re.compile(r"^(?P<child>.+?)\s+(?:in|near|outside)\s+(?P<parent>.+)$", re.I),
)
_POSSESSIVE_RE = re.compile(r"^(?P<parent>.+?)['’ʼ]s?\s+(?P<child>.+)$")
_OVER_RE = re.compile(r"^\s*(?:over|above)\s+(?P<rest>.+)$", re.I)
_NOUN_KINDS = {
    "city": SETTLEMENT, "town": SETTLEMENT, "village": SETTLEMENT,
    "settlement": SETTLEMENT, "hamlet": SETTLEMENT,
    "district": ADMIN2, "region": ADMIN1, "province": ADMIN1, "oblast": ADMIN1,
}


@dataclass(frozen=True, slots=True)
class Query:
    """One written place phrase, taken apart."""

    raw: str
    core: str  # folded key of the name itself ("" when the phrase names no place)
    kinds: frozenset[str] | None = None  # kinds the wording asks for
    parent: Query | None = None  # an explicitly stated parent place
    over: bool = False  # "over X": airspace when X is a country
    bare: str = ""  # the core without qualifiers ("southern", "occupied"), tried second

    @property
    def wants_airspace(self) -> bool:
        return self.kinds == AIRSPACE


_PREFIX_HEADS = frozenset(prefix.split()[0] for prefix, _ in _PREFIXES)
_SUFFIX_TAILS = frozenset(suffix.split()[-1] for suffix, _ in _SUFFIXES)


@lru_cache(maxsize=100_000)
def strip_kind_words(
    key: str, qualifiers: bool = False
) -> tuple[str, frozenset[str] | None]:
    """Split a folded key into its core name and the kind its words ask for; with
    ``qualifiers``, also drop words like "southern" or "occupied" in front."""
    drop = _ARTICLES | _QUALIFIERS if qualifiers else _ARTICLES
    words = key.split()
    if words and words[0] not in _PREFIX_HEADS and words[-1] not in _SUFFIX_TAILS and (
            words[0] not in drop):
        return " ".join(words), None  # most names: no kind word to take off
    kinds: frozenset[str] | None = None
    changed = True
    while changed and words:
        changed = False
        text = " ".join(words)
        for prefix, hint in _PREFIXES:
            if text.startswith(prefix + " "):
                words = words[len(prefix.split()):]
                kinds = kinds or hint
                changed = True
                break
        text = " ".join(words)
        for suffix, hint in _SUFFIXES:
            if text.endswith(" " + suffix) or text == suffix:
                words = words[: len(words) - len(suffix.split())]
                kinds = kinds or hint
                changed = True
                break
        while words and words[0] in drop:
            words = words[1:]
            changed = True
    return " ".join(words), kinds


def _simple(raw: str) -> Query:
    text = raw.strip()
    over = False
    m = _OVER_RE.match(text)
    if m:
        text, over = m.group("rest"), True
    key = fold(text)
    core, kinds = strip_kind_words(key)
    bare, bare_kinds = strip_kind_words(key, qualifiers=True)
    return Query(raw=raw, core=core, kinds=kinds or bare_kinds,
                 over=over and (kinds or bare_kinds) is None, bare=bare)


@lru_cache(maxsize=100_000)
def parse(raw: str) -> Query:
    """Parse a place phrase into a ``Query`` with its explicit parent, if any."""
    text = " ".join(raw.split())
    for pattern in _PARENT_RES:
        m = pattern.match(text)
        if not m:
            continue
        child = _possessive(m.group("child"))
        parent = parse(m.group("parent"))
        if not child.core or not parent.core:
            continue
        noun = m.groupdict().get("noun")
        if noun and child.kinds is None:
            child = replace(child, kinds=_NOUN_KINDS[noun.lower()])
        return replace(child, raw=raw, parent=_deepest_parent(child.parent, parent))
    return _possessive(text)


def _deepest_parent(own: Query | None, outer: Query) -> Query:
    """Keep both parents when a phrase has two ("Ukraine's Y region's X, in Z")."""
    if own is None:
        return outer
    return replace(own, parent=outer)


def _possessive(text: str) -> Query:
    """ "Poland's airspace", "Kharkiv oblast's Kupiansk district", "Ukraine's Zaporizhzhia"."""
    m = _POSSESSIVE_RE.match(text)
    if m and "'" not in m.group("child")[:1]:
        parent_text, child_text = m.group("parent"), m.group("child")
        child = _simple(child_text)
        parent = _simple(parent_text)
        if parent.core and not child.core:
            # The child was only kind words: "Poland's airspace" -> Poland, airspace.
            return replace(parent, raw=text, kinds=child.kinds or parent.kinds)
        if parent.core and child.core and (
                " " not in parent_text.strip("'’ʼ") or parent.kinds is not None):
            return replace(child, raw=text, parent=parent)
    return _simple(text)
