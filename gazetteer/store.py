"""The one writer of the gazetteer index: imports, online answers, editors' places.

Every write is one transaction: an import that fails half-way leaves the index as it was.
Built-in places are never changed here; user layers sit beside them and survive rebuilds.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .build import link_admin1, trie_path, write_places, write_trie
from .errors import IndexMissingError, InputError
from .records import KINDS, PRIMARY, SourcePlace


def _connect(index: Path) -> sqlite3.Connection:
    if not index.exists():
        raise IndexMissingError(f"no gazetteer index at {index}; build it first with "
                                "`python strikemap.py gazetteer build`")
    return sqlite3.connect(index, timeout=30)


def _admin1_units(conn: sqlite3.Connection) -> list[SourcePlace]:
    rows = conn.execute(
        "SELECT p.id, p.name, p.country, g.geojson FROM places p JOIN geometries g "
        "ON g.id = p.geometry_id WHERE p.kind = 'admin1'").fetchall()
    return [SourcePlace(id=r[0], name=r[1], kind="admin1", country=r[2], latitude=0,
                        longitude=0, source="", geometry=json.loads(r[3])) for r in rows]


def add_places(index: Path, places: Iterable[SourcePlace], layer: str,
               skip_existing: bool = True) -> dict[str, int]:
    """Add places of a user layer in one transaction; links them to admin-1 units by
    geometry and rebuilds the spotter's key trie. Returns counts."""
    if layer not in {"import", "online", "local"}:
        raise ValueError(f"layer must be import, online or local, not {layer!r}")
    with closing(_connect(index)) as conn:
        existing = {r[0] for r in conn.execute("SELECT id FROM places")}
        new = [p for p in places if not (skip_existing and p.id in existing)]
        skipped = 0
        if new:
            link_admin1([p for p in new if p.admin1_id is None], _admin1_units(conn))
        try:
            with conn:
                if not skip_existing:
                    ids = [(p.id,) for p in new]
                    conn.executemany("DELETE FROM names WHERE place_id = ?", ids)
                write_places(conn, new, layer)
        except sqlite3.DatabaseError as err:
            raise InputError(f"could not write to the gazetteer index: {err}") from err
        if layer == "import" and new:
            write_trie(conn, trie_path(index))
        return {"added": len(new), "skipped": skipped}


def import_dump(index: Path, path: Path) -> dict[str, int]:
    """Import a GeoNames country dump (UA.txt / UA.zip); all or nothing."""
    from .sources import geonames_dump

    places = list(geonames_dump.read(path))  # reads (and validates) all before writing
    if not places:
        raise InputError(f"{path}: no populated places or districts in this file")
    with closing(_connect(index)) as conn:
        existing = {r[0] for r in conn.execute("SELECT id FROM places")}
    fresh = [p for p in places if p.id not in existing]
    counts = add_places(index, fresh, "import")
    return {"read": len(places), "added": counts["added"],
            "already_known": len(places) - len(fresh)}


def set_local(index: Path, name: str, latitude: float, longitude: float, kind: str,
              country: str | None, note: str | None = None,
              aliases: Iterable[str] = ()) -> str:
    """An editor's own place: it wins over every other candidate for its names."""
    name = " ".join(str(name).split())
    if not name:
        raise InputError("a local place needs a name")
    if kind not in KINDS:
        raise InputError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise InputError("latitude must be in [-90, 90] and longitude in [-180, 180]")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    place = SourcePlace(
        id=f"local:{stamp}", name=name, kind=kind, country=(country or "").upper() or None,
        latitude=latitude, longitude=longitude, source="local",
        names=[(name, PRIMARY), *((a, PRIMARY) for a in aliases)], note=note,
    )
    add_places(index, [place], "local")
    return place.id


def cache_online(index: Path, query: str, place: SourcePlace | None) -> None:
    """Remember an online answer (or the lack of one) so a name is asked only once."""
    if place is not None:
        add_places(index, [place], "online", skip_existing=False)
    with closing(_connect(index)) as conn, conn:
        conn.execute("INSERT OR REPLACE INTO online_cache VALUES (?, ?, ?)",
                     (query, place.id if place else None,
                      datetime.now(UTC).isoformat(timespec="seconds")))


def cached_online(index: Path, query: str) -> tuple[bool, str | None]:
    """(asked before, place id or None)."""
    with closing(_connect(index)) as conn:
        row = conn.execute("SELECT place_id FROM online_cache WHERE query = ?",
                           (query,)).fetchone()
    return (row is not None, row[0] if row else None)


def stats(index: Path) -> dict[str, Any]:
    with closing(_connect(index)) as conn:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        layers = dict(conn.execute("SELECT layer, count(*) FROM places GROUP BY layer"))
        kinds = dict(conn.execute("SELECT kind, count(*) FROM places GROUP BY kind"))
    return {"meta": meta, "layers": layers, "kinds": kinds}
