"""Strikemap's own curated lists (``gazetteer/curated/*.csv``), each row with its source.

Things the big sources lack but strike reports name: seas, macro-regions, well-known
targets, wire-style English names of admin-1 units, country short names and demonyms.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..records import OFFICIAL, PRIMARY, SourcePlace

CURATED = Path(__file__).resolve().parent.parent / "curated"
SOURCE = "curated"


def _rows(filename: str) -> list[dict[str, str]]:
    path = CURATED / filename
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except (OSError, csv.Error, UnicodeDecodeError) as err:
        raise DataError(f"cannot read curated list {path}: {err}") from err


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@lru_cache(maxsize=1)
def curated_admin1_names() -> tuple[dict[str, Any], ...]:
    """English display names and reporters' spellings of admin-1 units, by ISO 3166-2."""
    return tuple(
        {"iso_3166_2": r["iso_3166_2"], "name": r["name"], "aliases": _split(r["aliases"]),
         "source": r["source"]}
        for r in _rows("admin1_names.csv")
    )


@lru_cache(maxsize=1)
def admin1_abbreviations() -> dict[str, list[str]]:
    """ISO 3166-2 -> style-guide abbreviations ("US-TN" -> ["Tenn."])."""
    return {r["iso_3166_2"]: _split(r["abbreviations"])
            for r in _rows("admin1_abbreviations.csv")}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjective form -> ISO2 ("Polish" -> "PL"): for "Polish airspace"."""
    out: dict[str, str] = {}
    for row in _rows("demonyms.csv"):
        for form in _split(row["forms"]):
            out[form] = row["country"]
    return out


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, list[str]]:
    """ISO2 -> short and common names ("US", "Britain", "Россия")."""
    return {row["country"]: _split(row["aliases"]) for row in _rows("country_aliases.csv")}


@lru_cache(maxsize=1)
def city_aliases() -> dict[str, list[str]]:
    """GeoNames place id -> wire spellings that cities500 lacks ("Hodeidah")."""
    return {f"gn:{row['geonameid']}": _split(row["aliases"])
            for row in _rows("city_aliases.csv")}


@lru_cache(maxsize=1)
def wire_names() -> dict[str, str]:
    """GeoNames place id -> the name wire copy gives it ("Khan Younis" for "Khān Yūnis",
    "Lgov" for "L’govskiy"): shown on maps and in exports, and a name it is found by."""
    return {f"gn:{row['geonameid']}": row["wire_name"] for row in _rows("wire_names.csv")}


@lru_cache(maxsize=1)
def city_districts() -> dict[str, list[str]]:
    """GeoNames place id -> names of the city's own districts ("the Saltivskyi district"
    is Kharkiv): names of the city, but not of the region named after it."""
    return {f"gn:{row['geonameid']}": _split(row["districts"])
            for row in _rows("city_districts.csv")}


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Names of armed groups and weapons ("Hamas", "Shahed", "Patriot") that GeoNames
    also gives places: bare in running text they need support, like common words."""
    return frozenset(name for row in _rows("not_places.csv") for name in _split(row["name"]))


def places() -> Iterator[dict[str, Any]]:
    """Rows of places.csv as dicts; ``read`` turns them into records once geometry is known."""
    for row in _rows("places.csv"):
        yield {
            **row,
            "aliases": _split(row["aliases"]),
            "geometry_from": _split(row["geometry_from"]),
            "occupied": row.get("occupied", "").strip() == "1",
        }


def read(areas: dict[str, dict[str, Any]]) -> Iterator[SourcePlace]:
    """Curated places; ``areas`` maps ISO 3166-2 -> GeoJSON, for macro-regions' unions."""
    from shapely import union_all
    from shapely.geometry import mapping, shape

    for row in places():
        geometry = None
        if row["geometry_from"]:
            missing = [code for code in row["geometry_from"] if code not in areas]
            if missing:
                raise DataError(f"places.csv {row['id']}: unknown admin-1 codes {missing}")
            geometry = mapping(union_all([shape(areas[c]) for c in row["geometry_from"]]))
        names = [(row["name"], PRIMARY)] + [(a, OFFICIAL) for a in row["aliases"]]
        yield SourcePlace(
            id=f"cur:{row['id']}",
            name=row["name"],
            kind=row["kind"],
            country=row["country"] or None,
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            names=names,
            source=f"{SOURCE}: {row['source']}",
            geometry=geometry,
            occupied=row["occupied"],
            note=row.get("note") or None,
            iso_3166_2=row.get("admin1_iso") or None,
        )


__all__ = ["admin1_abbreviations",
    "city_aliases",
    "city_districts",
    "country_aliases",
    "curated_admin1_names",
    "demonyms",
    "places",
    "read",
    "wire_names",
]
