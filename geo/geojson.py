"""Reports -> GeoJSON (RFC 7946): the only place that writes lon/lat order.

Coordinates are stored (lat, lon) where people read them; the swap to GeoJSON's
[lon, lat] happens here, at the boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from reports.model import Report

# The properties every Feature carries, in this order (documented in docs/schema.md).
PROPERTIES = (
    "article_id", "event_type", "weapon", "place_name", "place_mention", "place_kind",
    "place_id", "country", "admin1", "latitude", "longitude", "place_note", "event_date",
    "date_precision", "date_text", "count", "count_qualifier", "killed", "killed_qualifier",
    "injured", "injured_qualifier", "children_killed", "children_injured", "claimed_by",
    "group", "quote", "quote_start", "quote_end", "outlet", "url", "confidence",
)


def report_feature(report: Report, geometry: dict[str, Any] | None, fid: str
                   ) -> dict[str, Any]:
    props = report.to_dict()
    out = {name: props.get(name) for name in PROPERTIES}
    if report.extras:
        out["extras"] = report.extras
    if report.latitude is not None and (geometry is None or geometry.get("type") == "Point"):
        # (the report's own point: "68NM southwest of Hodeidah" is at sea, not in the city)
        geometry = {"type": "Point", "coordinates": [report.longitude, report.latitude]}
    return {"type": "Feature", "id": fid, "geometry": geometry, "properties": out}


def feature_collection(reports: Iterable[Report],
                       geometry_of: Callable[[str], dict[str, Any] | None]
                       ) -> dict[str, Any]:
    """One FeatureCollection; ids are stable (article id + position)."""
    features = []
    for i, r in enumerate(reports):
        geometry = geometry_of(r.place_id) if r.place_id else None
        features.append(report_feature(r, geometry, f"{r.article_id}:{i}"))
    return {"type": "FeatureCollection", "features": features}
