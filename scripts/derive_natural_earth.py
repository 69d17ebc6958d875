"""Regenerate data/natural_earth.gpkg from the world_map.gpkg that Debian's qgis-common ships.

Maintainers run this; users never need it (the derived file is committed).

    apt-get download qgis-common && dpkg -x qgis-common_*.deb /tmp/qgis
    .venv/bin/python scripts/derive_natural_earth.py \
        /tmp/qgis/usr/share/qgis/resources/data/world_map.gpkg

What it does, and why:
- keeps admin-1 units and countries (Natural Earth 1:10m v4.1, generalised by QGIS);
- applies Strikemap's border policy: Crimea and Sevastopol belong to Ukraine (flagged
  ``occupied``), and Russia's polygon excludes them;
- links every admin-1 unit to its ISO 3166-2 code (pycountry), by name;
- simplifies to 0.003 degrees and rounds to 1e-4 degrees, below the generalisation error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pycountry
import shapely
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gazetteer.normalize import fold
from gazetteer.phrases import strip_kind_words
from gazetteer.sources.curated import curated_admin1_names

OUT = Path(__file__).resolve().parent.parent / "data" / "natural_earth.gpkg"
OCCUPIED_BY_RUSSIA = {"UP11", "UP20"}  # Natural Earth fips of Crimea and Sevastopol
PRECISION = 1e-4
SIMPLIFY = 0.003  # degrees (~300 m): invisible at the zooms a region is shown at


def _core(name: str | None) -> str:
    return strip_kind_words(fold(name))[0] if isinstance(name, str) and name else ""


def match_iso_3166_2(admin1: pd.DataFrame) -> list[str | None]:
    """Pair each admin-1 row with a pycountry subdivision by its best name match.

    Subdivision names are pycountry's plus the curated English names and aliases.
    Greedy by score so each ISO code is used once; below 85 the row keeps no code,
    which is better than a wrong one.
    """
    curated = {row["iso_3166_2"]: row for row in curated_admin1_names()}
    pairs: list[tuple[float, int, str]] = []
    for idx, row in admin1.iterrows():
        subs = pycountry.subdivisions.get(country_code=row.iso_a2) or []
        names = {_core(row["name"]), _core(row.gn_name), _core(row.woe_name)} - {""}
        for sub in subs:
            extra = curated.get(sub.code)
            written = [sub.name] + ([extra["name"], *extra["aliases"]] if extra else [])
            targets = {_core(w) for w in written} - {""}
            if not targets or not names:
                continue
            score = max(fuzz.ratio(n, t) for n in names for t in targets)
            pairs.append((score, idx, sub.code))
    pairs.sort(reverse=True)
    taken_rows: dict[int, str] = {}
    taken_codes: set[str] = set()
    for score, idx, code in pairs:
        if score < 85:
            break
        if idx in taken_rows or code in taken_codes:
            continue
        taken_rows[idx] = code
        taken_codes.add(code)
    return [taken_rows.get(idx) for idx in admin1.index]


def derive(source: Path, out: Path) -> None:
    admin1 = gpd.read_file(source, layer="states_provinces")
    countries = gpd.read_file(source, layer="countries")
    admin1 = admin1[admin1["name"].notna()].copy()

    occupied = admin1["fips"].isin(OCCUPIED_BY_RUSSIA)
    admin1.loc[occupied, ["iso_a2", "admin", "adm0_a3"]] = ["UA", "Ukraine", "UKR"]
    admin1["occupied"] = occupied.astype(int)
    crimea = shapely.union_all(admin1.loc[occupied, "geometry"].values)

    ru = countries["iso_a2"] == "RU"
    ua = countries["iso_a2"] == "UA"
    countries.loc[ru, "geometry"] = countries.loc[ru, "geometry"].difference(crimea)
    countries.loc[ua, "geometry"] = countries.loc[ua, "geometry"].union(crimea)

    admin1["iso_3166_2"] = match_iso_3166_2(admin1)
    admin1["alt_names"] = [
        "|".join(sorted({n for n in (r.gn_name, r.woe_name) if isinstance(n, str) and n}))
        for r in admin1.itertuples()
    ]
    admin1 = admin1[
        ["iso_a2", "name", "alt_names", "fips", "iso_3166_2", "occupied", "geometry"]
    ]
    countries = countries.rename(columns={"NAME": "name", "ISO_A3": "iso_a3"})[
        ["iso_a2", "iso_a3", "name", "geometry"]
    ]
    countries = countries[countries["iso_a2"].str.len() == 2]
    for frame in (admin1, countries):
        frame["geometry"] = shapely.make_valid(
            shapely.set_precision(
                shapely.simplify(frame.geometry.values, SIMPLIFY, preserve_topology=True),
                PRECISION,
            )
        )

    tmp = out.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    admin1.to_file(tmp, layer="admin1", driver="GPKG", engine="pyogrio")
    countries.to_file(tmp, layer="countries", driver="GPKG", engine="pyogrio")
    tmp.replace(out)
    linked = admin1["iso_3166_2"].notna().sum()
    print(f"wrote {out}: {len(admin1)} admin-1 units ({linked} with ISO 3166-2), "
          f"{len(countries)} countries, {out.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="world_map.gpkg from qgis-common")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    derive(args.source, args.out)


if __name__ == "__main__":
    main()
