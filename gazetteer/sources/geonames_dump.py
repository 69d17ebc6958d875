"""GeoNames country dumps (``UA.txt`` / ``UA.zip`` from geonames.org/export/dump/).

cities500 misses about half the villages that front-line reports name; a user downloads
their country's dump once and imports it. Populated places (class P) and districts
(ADM2, ADM3) are kept. Data: GeoNames, CC BY 4.0.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..normalize import plain_romanisation
from ..records import ALTERNATE, PRIMARY, SourcePlace, settlement_kind
from .geonames_cities import usable_alternate

SOURCE = "geonames-dump"
COLUMNS = 19
_DISTRICTS = {"ADM2": "admin2", "ADM3": "admin2"}


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                members = [n for n in zf.namelist()
                           if n.endswith(".txt") and not n.lower().startswith("readme")]
                if not members:
                    raise InputError(f"{path}: no GeoNames .txt file inside the zip")
                with zf.open(members[0]) as fh:
                    yield from io.TextIOWrapper(fh, encoding="utf-8")
        except zipfile.BadZipFile as err:
            raise InputError(f"{path}: not a zip file ({err})") from err
        return
    with path.open(encoding="utf-8") as fh:
        yield from fh


def read(path: Path) -> Iterator[SourcePlace]:
    """Places from a dump; a malformed line stops the import with its line number, so
    nothing half-imported is ever stored (the caller writes in one transaction)."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    reader = csv.reader(_lines(path), delimiter="\t", quoting=csv.QUOTE_NONE)
    try:
        for lineno, row in enumerate(reader, 1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != COLUMNS:
                raise InputError(f"{path}:{lineno}: expected {COLUMNS} tab-separated "
                                 f"GeoNames columns, found {len(row)}")
            place = _place(row, path, lineno)
            if place is not None:
                yield place
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text ({err.reason})") from err


def _place(row: list[str], path: Path, lineno: int) -> SourcePlace | None:
    gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc = row[:9]
    if fclass == "P":
        kind = None
    elif fclass == "A" and fcode in _DISTRICTS:
        kind = _DISTRICTS[fcode]
    else:
        return None
    try:
        latitude, longitude = float(lat), float(lon)
        population = int(row[14] or 0)
        int(gid)
    except ValueError as err:
        raise InputError(f"{path}:{lineno}: bad number ({err})") from err
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise InputError(f"{path}:{lineno}: coordinates out of range")
    names = [(name, PRIMARY)]
    if ascii_name and ascii_name != name:
        names.append((ascii_name, ALTERNATE))
    names += [(a, ALTERNATE) for a in alternates.split(",") if a and usable_alternate(a)]
    return SourcePlace(
        id=f"gn:{gid}",
        name=plain_romanisation(name, cc or None),
        kind=kind or settlement_kind(population, fcode),
        country=cc or None,
        latitude=latitude,
        longitude=longitude,
        population=population,
        names=names,
        source=f"{SOURCE}:{path.name}",
        feature_code=fcode,
    )
