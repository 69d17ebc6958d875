"""The plain records that flow between the gazetteer's sources, its index and its users."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = (
    "city",
    "town",
    "village",
    "admin1",
    "admin2",
    "country",
    "airspace",
    "sea",
    "site",
    "region",
    "continent",
)
SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
AREA_KINDS = frozenset({"admin1", "admin2", "country", "airspace", "region", "continent", "sea"})

# Name ranks: how strongly a written form belongs to its place. (3 is the builder's TRAP.)
# ABBREV names ("Tenn.", "B.C.") resolve, but the spotter takes them only after a comma.
PRIMARY, OFFICIAL, ALTERNATE, ABBREV = 0, 1, 2, 4


def settlement_kind(population: int, feature_code: str | None = None) -> str:
    """City/town/village from a GeoNames feature code where known, else from population.

    Population thresholds follow common census practice (100k city, 3k town): GeoNames
    cities files carry no feature code, so population is the only signal there.
    """
    if feature_code in {"PPLC", "PPLA"}:
        return "city" if population >= 50_000 or feature_code == "PPLC" else "town"
    if population >= 100_000:
        return "city"
    if population >= 3_000:
        return "town"
    return "village"


@dataclass
class SourcePlace:
    """One place as a source gives it, before indexing."""

    id: str
    name: str
    kind: str
    country: str | None
    latitude: float
    longitude: float
    source: str
    names: list[tuple[str, int]] = field(default_factory=list)
    population: int = 0
    admin1_id: str | None = None
    geometry: dict[str, Any] | None = None
    occupied: bool = False
    note: str | None = None
    feature_code: str | None = None
    iso_3166_2: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place in the index: what ``resolve`` and the spotter hand out."""

    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    admin1_iso: str | None
    admin1_id: str | None
    latitude: float
    longitude: float
    population: int
    source: str
    occupied: bool
    geometry_id: str | None
    note: str | None = None
    feature_code: str | None = None  # GeoNames code, or ADMC: a city with region status

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "admin1": self.admin1,
            "admin1_iso": self.admin1_iso,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "population": self.population,
            "source": self.source,
            "occupied": self.occupied,
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place with the score it got for one query."""

    place: Place
    score: float
    match: str  # "name", "alternate", "loose", "fuzzy", "parent", "demonym"...

    def to_dict(self) -> dict[str, Any]:
        return {**self.place.to_dict(), "score": round(self.score, 4), "match": self.match}


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to one query: the best place, ranked alternatives, and why."""

    query: str
    best: Candidate | None
    alternatives: tuple[Candidate, ...] = ()
    reason: str | None = None  # why nothing was found
    note: str | None = None  # how the answer was reached when it is less than asked

    def __bool__(self) -> bool:
        return self.best is not None


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in running text, with character offsets into that text."""

    start: int
    end: int
    text: str
    resolution: Resolution
