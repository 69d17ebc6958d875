"""Ranking candidates: which of the places that share a name the text means.

Pure functions, in the spirit of CLIFF-CLAVIN and Mordecai: evidence from the name match,
the kind the wording asks for, prominence (population), and the document's context
(countries and regions it names, an explicit parent, places near the others it names).
Each weight below is a plain number so a reader can follow why a place won.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from .phrases import Query
from .records import OFFICIAL, PRIMARY, SETTLEMENT_KINDS, Candidate, Place

NAME_WEIGHT = {0: 1.0, 1: 0.97, 2: 0.92, 3: 0.2, 4: 0.95}  # PRIMARY...TRAP, ABBREV
MATCH_FACTOR = {"name": 1.0, "demonym": 0.95, "loose": 0.8, "fuzzy": 0.65}
KIND_PRIOR = {  # without a kind word, a bare name is a settlement before its region
    "city": 0.15, "town": 0.15, "village": 0.15, "country": 0.3, "admin1": -0.15,
    "admin2": -0.15, "region": 0.1, "sea": 0.1, "site": 0.1, "continent": 0.3,
    "airspace": -1.0,
}
# Areas without a population (the build sums settlements into admin-1 units) rank like
# settlements of a given size: a sea like a 100,000 town, a region like a 1-million one.
AREA_PROMINENCE = {"country": 1.3, "admin1": 1.0, "continent": 1.6, "region": 1.2,
                   "sea": 1.0, "site": 0.9, "admin2": 0.8}
PER_DECADE = 0.2  # prominence per tenfold population
# A curated village has no census figure; it is listed because the news names it, so it
# ranks like a village of this size, not like a hamlet of none.
CURATED_POPULATION = 1_000
CITY_REGION_PENALTY = 0.6  # "Moscow region" is Moscow Oblast, not the federal city
HINT_MATCH, HINT_MISMATCH = 0.7, -0.9
PARENT_MATCH, PARENT_MISMATCH = 1.6, -1.2
COUNTRY_CONTEXT, ADMIN1_CONTEXT = 0.55, 0.6
NEAR_KM, NEAR_BONUS, FAR_KM, FAR_BONUS = 150.0, 0.35, 600.0, 0.15
SOFTMAX_TEMPERATURE = 0.35
LOCAL_BONUS = 2.0  # an editor's own entry for a name wins next time
# A national capital is named for itself more than its size says: "Tehran, Isfahan and
# Shiraz" is the capital, not a town of 21,000 near Isfahan that has "Tehran" as an alias.
CAPITAL_BONUS = 0.3
# A village that bears a country's name only among its alternate names ("Moldova" for
# Krutoiarivka in the Odesa region) is not read as it because the text names its region:
# "drones struck Izmail in the Odesa region ... Moldova protested" is the country.
COUNTRY_ALIAS_PENALTY = 1.0


@dataclass
class Context:
    """What a document says about where it is: weights by country and admin-1 unit,
    and points of places it names unambiguously."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[str, float] = field(default_factory=dict)
    points: list[tuple[float, float]] = field(default_factory=list)
    # What each name contributed, so a name is judged by the *other* names in the text
    # ("Georgia" four times must not vote for itself).
    by_key: dict[str, tuple[dict[str, float], dict[str, float]]] = field(
        default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.countries or self.admin1 or self.points)

    def without(self, key: str) -> Context:
        """The context minus one name's own contribution."""
        own = self.by_key.get(key)
        if own is None:
            return self
        countries = {k: v - own[0].get(k, 0.0) for k, v in self.countries.items()}
        admin1 = {k: v - own[1].get(k, 0.0) for k, v in self.admin1.items()}
        return Context({k: v for k, v in countries.items() if v > 1e-9},
                       {k: v for k, v in admin1.items() if v > 1e-9}, self.points)


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw lookup result: a place, how the name matched, the name's rank."""

    place: Place
    rank: int
    match: str = "name"
    similarity: float = 1.0
    common: bool = False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; used for context and by the benchmarks' Acc@161."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


_NEAR_KINDS = SETTLEMENT_KINDS | {"site", "admin1"}


def _nearest_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float:
    """Distance to the nearest context point; equirectangular is exact enough at the
    150/600 km thresholds and far cheaper than haversine in this inner loop."""
    k = math.cos(math.radians(lat))
    best = min(((plat - lat) ** 2 + ((plon - lon + 180) % 360 - 180) ** 2 * k * k)
               for plat, plon in points[:30])
    return math.sqrt(best) * 111.2


def prominence(place: Place) -> float:
    """From population on a log scale (0.2 a decade) or, for areas, from their kind."""
    if place.kind in SETTLEMENT_KINDS or (place.population and place.kind in {
            "admin1", "country"}):
        population = place.population or (
            CURATED_POPULATION if place.source.startswith("curated") else 0)
        return PER_DECADE * math.log10(population + 1)
    return AREA_PROMINENCE.get(place.kind, 0.6)


def within(place: Place, parent: Place) -> bool:
    """Whether ``place`` lies in ``parent`` as far as the index's links tell."""
    if parent.kind in {"country", "airspace"}:
        return place.country == parent.country
    if parent.kind == "admin1":
        return place.admin1_id == parent.id
    if parent.kind in SETTLEMENT_KINDS or parent.kind in {"admin2", "site"}:
        if place.kind in {"admin1", "country", "region", "sea", "airspace"}:
            return False  # a region is never inside a town, however near its centre
        return haversine_km(place.latitude, place.longitude,
                            parent.latitude, parent.longitude) <= 60
    return False


def score_hit(
    hit: Hit,
    query: Query,
    context: Context | None,
    parents: Iterable[Place] = (),
) -> float:
    """Evidence for one candidate, on an open scale (softmaxed later)."""
    return _score(hit, query, context, tuple(parents), *_tops(context))


def _tops(context: Context | None) -> tuple[float, float]:
    """The strongest country and region votes, which every candidate is judged against."""
    if not context:
        return 0.0, 0.0
    return (max(context.countries.values(), default=0.0),
            max(context.admin1.values(), default=0.0))


def _score(hit: Hit, query: Query, context: Context | None, parents: tuple[Place, ...],
           top_country: float, top_admin1: float, country_name: bool = False) -> float:
    place = hit.place
    s = NAME_WEIGHT.get(hit.rank, 0.5) * MATCH_FACTOR.get(hit.match, 0.6) * hit.similarity
    if country_name and hit.rank != PRIMARY and place.kind in SETTLEMENT_KINDS:
        s -= COUNTRY_ALIAS_PENALTY
    if query.kinds:
        s += HINT_MATCH if place.kind in query.kinds else HINT_MISMATCH
        if place.feature_code == "ADMC" and "admin1" in query.kinds:
            s -= CITY_REGION_PENALTY
    else:
        s += KIND_PRIOR.get(place.kind, 0.0)
    s += prominence(place)
    if place.feature_code == "PPLC":
        s += CAPITAL_BONUS
    if place.source == "local":
        s += LOCAL_BONUS
    for parent in parents:
        s += PARENT_MATCH if within(place, parent) else PARENT_MISMATCH
    if context:
        if top_country and place.country in context.countries:
            s += COUNTRY_CONTEXT * (0.4 + 0.6 * context.countries[place.country] / top_country)
        if top_admin1 and place.admin1_id in context.admin1 and place.kind != "admin1":
            s += ADMIN1_CONTEXT * (0.5 + 0.5 * context.admin1[place.admin1_id] / top_admin1)
        if context.points and place.kind in _NEAR_KINDS:
            nearest = _nearest_km(place.latitude, place.longitude, context.points)
            if nearest <= NEAR_KM:
                s += NEAR_BONUS
            elif nearest <= FAR_KM:
                s += FAR_BONUS
    return s


def rank(
    hits: list[Hit],
    query: Query,
    context: Context | None = None,
    parents: Iterable[Place] = (),
    limit: int = 10,
) -> list[Candidate]:
    """Candidates best first, each with a 0..1 score: its softmax share of the evidence
    times the quality of its name match (a fuzzy-only match never scores high)."""
    if not hits:
        return []
    parents = tuple(parents)
    tops = _tops(context)
    country_name = any(h.place.kind == "country" and h.rank <= OFFICIAL and h.match == "name"
                       for h in hits)
    best_by_place: dict[str, tuple[float, Hit]] = {}
    for hit in hits:
        raw = _score(hit, query, context, parents, *tops, country_name)
        old = best_by_place.get(hit.place.id)
        if old is None or raw > old[0]:
            best_by_place[hit.place.id] = (raw, hit)
    ordered = sorted(best_by_place.values(), key=lambda item: -item[0])[:limit]
    top = ordered[0][0]
    weights = [math.exp((raw - top) / SOFTMAX_TEMPERATURE) for raw, _ in ordered]
    total = sum(weights)
    out = []
    for (_raw, hit), w in zip(ordered, weights, strict=True):
        quality = MATCH_FACTOR.get(hit.match, 0.6) * hit.similarity
        out.append(Candidate(hit.place, w / total * quality, hit.match))
    return out
