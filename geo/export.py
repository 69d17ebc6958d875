"""Exports of filtered reports: GeoJSON (RFC 7946, or RFC 8142 text sequences), an
ACLED-style CSV, and a GeoPackage. One implementation for the command line and the app.

Every export carries its provenance (filters, time, credits, border policy): inside the
GeoJSON as a foreign member, as a ``provenance`` table in the GeoPackage, and as a
``.provenance.json`` sidecar for CSV. Files are written to a temporary name and renamed,
so a failed export leaves no half-written file.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from gazetteer.errors import InputError, StrikemapError
from reports.model import AT_SEA_NOTE, NEAR_NOTE

from .layers import AREA_KINDS, row_extras, source_notes

CREDITS = ("Places: GeoNames (geonames.org), CC BY 4.0; Natural Earth (public domain). "
           "Reports extracted by Strikemap from the cited articles.")
BORDER_POLICY = ("Internationally recognised borders: Crimea and Sevastopol are shown as "
                 "part of Ukraine (flagged occupied); Russia's polygon excludes them.")
POINT_DECIMALS, AREA_DECIMALS = 5, 4  # about 1 m and 11 m: no float noise
PROPERTIES = (
    "report_id", "article_id", "event_type", "weapon", "event_date", "date_precision",
    "place_name", "place_mention", "place_kind", "place_id", "country", "admin1",
    "latitude", "longitude", "place_note", "count", "count_qualifier", "killed", "killed_qualifier",
    "injured", "injured_qualifier", "children_killed", "children_injured", "claimed_by",
    "group", "outlet", "url", "quote", "quote_start", "quote_end", "confidence",
    "review_status", "other_sources", "extras",
)
# ACLED's vocabulary where the meaning matches (docs/schema.md explains each mapping).
ACLED_EVENT = {
    "strike": "Explosions/Remote violence", "shelling": "Explosions/Remote violence",
    "explosion": "Explosions/Remote violence", "other_attack": "Violence against civilians",
    "interception": "Strategic developments", "airspace_violation": "Strategic developments",
}
GEO_PRECISION = {"city": 1, "town": 1, "village": 1, "site": 1, "admin2": 2, "sea": 3,
                 "admin1": 3, "region": 3, "country": 3, "airspace": 3, "continent": 3}
TIME_PRECISION = {"day": 1, "night": 1, "week": 2, "publication": 2, "month": 3,
                  "unknown": 3}
CSV_COLUMNS = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
    "strikemap_event_type", "weapon", "claimed_by", "quote", "count", "count_qualifier",
    "killed", "killed_qualifier", "injured", "injured_qualifier", "children_killed",
    "children_injured", "review_status", "article_url", "article_id", "place_id",
    "place_kind", "date_precision", "place_note", "other_sources", "extras",
)


def _clean(value: Any) -> Any:
    """JSON-safe: NaN/inf -> None, numpy numbers -> Python numbers."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if hasattr(value, "item"):
        return _clean(value.item())
    return value


def sub_event_type(row: dict[str, Any]) -> str:
    kind, weapon = row.get("event_type"), row.get("weapon")
    if kind == "strike":
        return "Air/drone strike" if weapon in {"drone", "aircraft"} else \
            "Shelling/artillery/missile attack"
    if kind == "shelling":
        return "Shelling/artillery/missile attack"
    if kind == "explosion":
        return "Remote explosive/landmine/IED"
    if kind == "other_attack":
        return "Attack"
    return "Other"


# -- geometry ----------------------------------------------------------------------------

def _round(coords: Any, digits: int) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), digits)
    return [_round(c, digits) for c in coords]


def rfc7946_geometry(geometry: dict[str, Any]) -> dict[str, Any]:
    """Exterior rings counter-clockwise, holes clockwise, split at the antimeridian,
    coordinates rounded."""
    import shapely
    from shapely.geometry import mapping, shape
    from shapely.geometry.polygon import orient

    geom = shape(geometry)
    if geom.geom_type == "Point":
        return {"type": "Point", "coordinates": _round(list(geom.coords[0]), POINT_DECIMALS)}
    geom = split_antimeridian(geom)
    polygons = list(getattr(geom, "geoms", [geom]))
    polygons = [orient(p, sign=1.0) for p in polygons if not p.is_empty]
    out = polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)
    mapped = mapping(out)
    return {"type": mapped["type"], "coordinates": _round(mapped["coordinates"],
                                                           AREA_DECIMALS)}


def split_antimeridian(geom: Any) -> Any:
    """Polygons whose longitudes run past ±180 are cut into parts on either side."""
    import shapely
    from shapely.affinity import translate
    from shapely.geometry import box

    minx, _, maxx, _ = geom.bounds
    if minx >= -180 and maxx <= 180:
        return geom
    east = geom.intersection(box(-180, -90, 180, 90))
    parts = [east]
    if maxx > 180:
        parts.append(translate(geom.intersection(box(180, -90, 540, 90)), xoff=-360))
    if minx < -180:
        parts.append(translate(geom.intersection(box(-540, -90, -180, 90)), xoff=360))
    polys = []
    for part in parts:
        polys.extend(p for p in getattr(part, "geoms", [part])
                     if p.geom_type == "Polygon" and not p.is_empty)
    return shapely.MultiPolygon(polys)


def footprint(row: dict[str, Any], points: bool) -> dict[str, Any] | None:
    """A region-level report keeps its polygon; ``points`` asks for the point."""
    kind = row.get("place_kind")
    if not points and kind in AREA_KINDS | {"airspace"} and row.get("geometry"):
        raw = row["geometry"]
        return rfc7946_geometry(json.loads(raw) if isinstance(raw, str) else raw)
    lat, lon = _clean(row.get("latitude")), _clean(row.get("longitude"))
    if lat is None or lon is None:
        return None
    # Stored (lat, lon); GeoJSON wants [lon, lat]: the swap happens here.
    return {"type": "Point", "coordinates": [round(float(lon), POINT_DECIMALS),
                                             round(float(lat), POINT_DECIMALS)]}


def feature(row: dict[str, Any], points: bool = False) -> dict[str, Any]:
    props = {name: _clean(row.get("id") if name == "report_id" else row.get(name))
             for name in PROPERTIES}
    # (the extras are where a claim's other sources, its span of days and where its place
    # came from are kept: an export without them would drop what the map shows)
    props["other_sources"] = "; ".join(source_notes(row)) or None
    props["extras"] = row_extras(row) or None
    return {"type": "Feature", "id": f"r{row.get('id')}",
            "geometry": footprint(row, points), "properties": props}


# -- provenance --------------------------------------------------------------------------

def provenance(filters: Any, count: int, level: str = "reports") -> dict[str, Any]:
    """Where an export comes from: what was asked, when, and under which terms."""
    return {
        "generator": "Strikemap",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "level": level,
        "filters": filters.to_params() if hasattr(filters, "to_params") else dict(filters),
        "count": count,
        "credits": CREDITS,
        "border_policy": BORDER_POLICY,
        "schema": "docs/schema.md",
    }


# -- writers -----------------------------------------------------------------------------

def geojson(rows: list[dict[str, Any]], meta: dict[str, Any], points: bool = False
            ) -> dict[str, Any]:
    """One FeatureCollection (RFC 7946: WGS84, no ``crs``; ``metadata`` is a foreign
    member that RFC 7946 allows)."""
    return {"type": "FeatureCollection", "metadata": meta,
            "features": [feature(r, points) for r in rows]}


def geojson_seq(rows: Iterable[dict[str, Any]], points: bool = False) -> Iterator[str]:
    """GeoJSON Text Sequences (RFC 8142): one record separator + Feature + newline each,
    so a large export streams."""
    for r in rows:
        yield "\x1e" + json.dumps(feature(r, points), ensure_ascii=False,
                                  separators=(",", ":")) + "\n"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from gazetteer.sources.geonames_cities import countries

    return {iso: info["name"] for iso, info in countries().items()}


def country_name(iso2: str | None) -> str:
    """ACLED writes short country names ("Russia"); ours are ISO codes."""
    return _country_names().get(iso2 or "", iso2 or "")


def geo_precision(row: dict[str, Any]) -> int:
    """ACLED's scale: 1 at the town, 2 "near" it ("30 km north of Kharkiv", "off Aden"),
    3 a region or wider."""
    level = GEO_PRECISION.get(row.get("place_kind") or "", 3)
    note = row.get("place_note") or ""
    return 2 if level == 1 and note.startswith((NEAR_NOTE, AT_SEA_NOTE)) else level


def _json_text(extras: dict[str, Any] | None) -> str | None:
    """A report's extras as one text column (CSV, GeoPackage), empty when there are none."""
    return json.dumps(extras, ensure_ascii=False) if extras else None


def csv_rows(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for r in rows:
        r = {k: _clean(v) for k, v in r.items()}
        yield {
            "event_id_cnty": f"SM{r.get('id')}", "event_date": r.get("event_date") or "",
            "time_precision": TIME_PRECISION.get(r.get("date_precision") or "unknown", 3),
            "event_type": ACLED_EVENT.get(r.get("event_type") or "", "Other"),
            "sub_event_type": sub_event_type(r), "country": country_name(r.get("country")),
            "iso": r.get("country") or "",
            "admin1": r.get("admin1") or "", "location": r.get("place_name") or "",
            "latitude": r.get("latitude"), "longitude": r.get("longitude"),
            "geo_precision": geo_precision(r),
            "source": r.get("outlet") or "", "notes": r.get("quote") or "",
            "fatalities": r.get("killed") if r.get("killed") is not None else "",
            "strikemap_event_type": r.get("event_type"), "weapon": r.get("weapon"),
            "claimed_by": r.get("claimed_by"), "quote": r.get("quote"),
            "count": r.get("count"), "count_qualifier": r.get("count_qualifier"),
            "killed": r.get("killed"), "killed_qualifier": r.get("killed_qualifier"),
            "injured": r.get("injured"), "injured_qualifier": r.get("injured_qualifier"),
            "children_killed": r.get("children_killed"),
            "children_injured": r.get("children_injured"),
            "review_status": r.get("review_status"), "article_url": r.get("url"),
            "article_id": r.get("article_id"), "place_id": r.get("place_id"),
            "place_kind": r.get("place_kind"), "date_precision": r.get("date_precision"),
            "place_note": r.get("place_note"),
            "other_sources": "; ".join(source_notes(r)) or None,
            "extras": _json_text(row_extras(r)),
        }


def csv_text(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in csv_rows(rows):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def write_gpkg(rows: list[dict[str, Any]], meta: dict[str, Any], path: Path,
               points: bool = False) -> list[str]:
    """One layer per geometry type (reports_point, reports_polygon) and a provenance
    table; returns the layer names."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    from shapely.geometry import shape

    feats = [feature(r, points) for r in rows]
    groups: dict[str, list[dict[str, Any]]] = {}
    for f in feats:
        if f["geometry"] is None:
            continue
        kind = "point" if f["geometry"]["type"] == "Point" else "polygon"
        groups.setdefault(kind, []).append(f)
    layers = []
    for kind, items in groups.items():
        frame = gpd.GeoDataFrame(
            [{**f["properties"], "extras": _json_text(f["properties"]["extras"])}
             for f in items],
            geometry=[shape(f["geometry"]) for f in items], crs="EPSG:4326")
        if kind == "polygon":
            frame["geometry"] = frame.geometry.apply(
                lambda g: g if g.geom_type == "MultiPolygon" else
                __import__("shapely").MultiPolygon([g]))
        name = f"reports_{kind}"
        frame.to_file(path, layer=name, driver="GPKG", engine="pyogrio")
        layers.append(name)
    table = pd.DataFrame([{"key": k, "value": json.dumps(v) if isinstance(v, (dict, list))
                           else str(v)} for k, v in meta.items()])
    pyogrio.write_dataframe(table, path, layer="provenance", driver="GPKG")
    return [*layers, "provenance"]


def write(rows: list[dict[str, Any]], meta: dict[str, Any], path: Path, fmt: str,
          points: bool = False) -> Path:
    """Write one export atomically (temporary file, then rename)."""
    if fmt not in {"geojson", "geojsonseq", "csv", "gpkg"}:
        raise InputError(f"format must be geojson, geojsonseq, csv or gpkg, not {fmt!r}")
    path = Path(path)
    if not path.parent.exists():
        raise InputError(f"{path.parent}: no such folder")
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if fmt == "gpkg":
            tmp = tmp.with_suffix(".gpkg")
            tmp.unlink(missing_ok=True)
            write_gpkg(rows, meta, tmp, points)
        elif fmt == "geojson":
            tmp.write_text(json.dumps(geojson(rows, meta, points), ensure_ascii=False,
                                      separators=(",", ":")), encoding="utf-8")
        elif fmt == "geojsonseq":
            with tmp.open("w", encoding="utf-8") as fh:
                fh.writelines(geojson_seq(rows, points))
        else:
            tmp.write_text(csv_text(rows), encoding="utf-8")
        os.replace(tmp, path)
    except Exception as err:  # any failure: no half-written file is left behind
        tmp.unlink(missing_ok=True)
        if isinstance(err, StrikemapError):
            raise
        raise StrikemapError(f"could not write {path}: {err}") from err
    if fmt in {"csv", "geojsonseq"}:
        sidecar = path.with_name(path.name + ".provenance.json")
        sidecar.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
