"""Reports -> map layers: one canvas GeoJSON layer per event type, honest precision.

A settlement or site is a marker; a region-level report is the region's shaded polygon
(never a pin at its centroid); airspace is the country's dashed outline; a sea is a
marker labelled as a sea. Every string from an article is escaped here, before it enters
the GeoJSON that folium's popups and tooltips insert as HTML.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .escape import escape_text

# Okabe-Ito colours (safe for the common colour-vision deficiencies), and a second cue
# per type so colour is never the only difference: marker size and outline pattern.
STYLE: dict[str, dict[str, Any]] = {
    "strike": {"label": "Strike", "color": "#D55E00", "radius": 7, "dash": None,
               "symbol": "●"},
    "shelling": {"label": "Shelling", "color": "#E69F00", "radius": 6, "dash": "2 3",
                 "symbol": "◌"},
    "interception": {"label": "Interception", "color": "#0072B2", "radius": 6,
                     "dash": "6 3", "symbol": "◆"},
    "airspace_violation": {"label": "Airspace violation", "color": "#CC79A7", "radius": 6,
                           "dash": "1 4", "symbol": "▲"},
    "explosion": {"label": "Explosion", "color": "#009E73", "radius": 5, "dash": "4 2",
                  "symbol": "✱"},
    "other_attack": {"label": "Other attack", "color": "#000000", "radius": 5,
                     "dash": "8 2 2 2", "symbol": "■"},
}
AREA_KINDS = {"admin1", "admin2", "region", "country"}
ATTRIBUTION = ("Places: GeoNames (CC BY 4.0), Natural Earth (public domain). Borders: "
               "internationally recognised; Crimea and Sevastopol shown as Ukraine "
               "(occupied).")
TOOLTIP_FIELDS = ("figures", "claimed_by", "outlet")
POPUP_FIELDS = ("figures", "claimed_by", "other_sources", "outlet", "quote", "source")

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"


def figures_text(row: dict[str, Any]) -> str:
    """ "at least 14 killed, 100 injured, 32 drones": figures with their qualifiers."""
    parts = []
    for name, noun in (("killed", "killed"), ("injured", "injured"), ("count", "launched")):
        value, qual = row.get(name), row.get(f"{name}_qualifier")
        if value is None and not qual:
            continue
        # (a range says its own numbers: "between 20 and 30 killed")
        number = "" if value is None or (qual or "").startswith("between ") else str(
            int(value))
        text = " ".join(x for x in (qual, number, noun) if x)
        parts.append(text)
    return ", ".join(parts)


def _link(url: Any) -> str:
    """A link we build ourselves: only http(s), with the URL escaped."""
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return f'<a href="{escape_text(url)}" target="_blank" rel="noopener">article</a>'
    return ""


# The columns a map needs: taking only these keeps 10,000 reports fast to hand over.
MAP_COLUMNS = ["id", "event_type", "place_id", "place_name", "place_mention", "place_kind",
               "country",
               "latitude", "longitude", "geometry", "event_date", "killed",
               "killed_qualifier", "injured", "injured_qualifier", "count",
               "count_qualifier", "claimed_by", "outlet", "quote", "url", "extras"]


def _extra(row: dict[str, Any], name: str) -> Any:
    """One value of a report's extras, or None; the store's JSON is parsed only when it
    holds the name (most rows: none parsed)."""
    raw = row.get("extras")
    if isinstance(raw, str) and name not in raw:
        return None
    return row_extras(row).get(name)


def row_extras(row: dict[str, Any]) -> dict[str, Any]:
    """A report's extras as a dict, whether the row holds one or the store's JSON."""
    extras = row.get("extras")
    if isinstance(extras, str):
        try:
            extras = json.loads(extras)
        except ValueError:
            return {}
    return extras if isinstance(extras, dict) else {}


def source_notes(row: dict[str, Any]) -> list[str]:
    """Who else speaks to a report: who denies it, who told a toll other than its
    claimant, who confirmed it too ("denied by Yerevan", "killed per the Sudan Doctors
    Network", "also per the Defence Ministry in Moscow"), from the report's extras."""
    raw = row.get("extras")
    if isinstance(raw, str) and "denied_by" not in raw and "claimed_by" not in raw:
        return []  # (most rows: no JSON parsed for each feature drawn)
    extras = row_extras(row)
    out = [f"denied by {extras['denied_by']}"] if extras.get("denied_by") else []
    out += [f"{name} per {extras[f'{name}_claimed_by']}" for name in ("killed", "injured")
            if extras.get(f"{name}_claimed_by")]
    also = extras.get("also_claimed_by")
    if also:
        names = also if isinstance(also, list) else [also]
        out.append("also per " + ", ".join(map(str, names)))
    return out


def map_rows(frame: Any) -> list[dict[str, Any]]:
    """Rows of a pandas table of reports, reduced to what the map shows, NaN as None."""
    from reports.query import records

    return records(frame[[c for c in MAP_COLUMNS if c in frame.columns]])


def _no_nan(row: dict[str, Any]) -> dict[str, Any]:
    """pandas writes missing values as NaN; the map wants None."""
    return {k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}


def _geometry(row: dict[str, Any]) -> dict[str, Any] | None:
    """The honest footprint: the area's polygon (simplified for the screen) for a
    region-level or airspace report, else the point."""
    kind = row.get("place_kind")
    if kind in AREA_KINDS | {"airspace"} and row.get("geometry"):
        raw = row["geometry"]
        return _display_polygon(raw if isinstance(raw, str) else json.dumps(raw))
    if row.get("latitude") is not None and row.get("longitude") is not None:
        return {"type": "Point", "coordinates": [round(float(row["longitude"]), 5),
                                                 round(float(row["latitude"]), 5)]}
    return None


@lru_cache(maxsize=512)
def _display_polygon(geojson: str) -> dict[str, Any]:
    """Polygons simplified to about 1/200 of their size (1 km for an oblast) and rounded
    to 1e-3 degrees: invisible at the zoom an area is seen at, and a map of thousands of
    reports stays a few megabytes."""
    import shapely
    from shapely.geometry import mapping, shape

    geom = shape(json.loads(geojson))
    tolerance = max(0.01, geom.area ** 0.5 / 200)  # a country coarser than an oblast
    return mapping(shapely.set_precision(geom.simplify(tolerance, preserve_topology=True),
                                         0.001))


def _lines(values: Iterable[Any], limit: int = 5) -> str:
    """Distinct values, escaped, one per line (the <br> is ours)."""
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    more = f"<br>… and {len(seen) - limit} more" if len(seen) > limit else ""
    return "<br>".join(escape_text(v) for v in seen[:limit]) + more


def features(rows: Iterable[dict[str, Any]], one_per_report: bool = False
             ) -> list[dict[str, Any]]:
    """GeoJSON Features, one per event type and place (or one per report), carrying the
    number of reports they stand for (``n``) and escaped, display-ready text of each."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:  # clean rows (see ``map_rows``): missing values are None
        key = (row.get("event_type") or "other_attack",
               str(row.get("place_id") or (row.get("latitude"), row.get("longitude")))
               + (f"#{row.get('id')}" if one_per_report else ""))
        grouped.setdefault(key, []).append(row)
    out = []
    for (event_type, _), group in grouped.items():
        first = group[0]
        geometry = _geometry(first)
        if geometry is None:
            continue
        style = STYLE.get(event_type, STYLE["other_attack"])
        kind = first.get("place_kind")
        mentions = {r.get("place_mention") for r in group} - {None, first.get("place_name")}
        place = f"{first.get('place_name') or ''} ({kind})"
        if mentions:
            place += " — as written: " + ", ".join(sorted(mentions))
        dates = sorted([str(r["event_date"]) for r in group if r.get("event_date")] + [
            u for r in group if (u := _extra(r, "date_until"))])
        date_text = (dates[0] if dates and dates[0] == dates[-1] else
                     f"{dates[0]} – {dates[-1]}" if dates else "date unknown")
        figures = [f"{r.get('event_date') or '?'}: {text}" for r in group
                   if (text := figures_text(r))]
        quotes = [f"“{r.get('quote')}” — {r.get('outlet') or 'unknown outlet'}"
                  for r in group if r.get("quote")]
        out.append({"type": "Feature", "id": f"{event_type}:{first.get('place_id')}"
                    + (f"#{first.get('id')}" if one_per_report else ""),
                    "geometry": geometry, "properties": {
                        "n": len(group), "kind": kind, "event": event_type,
                        "ids": ",".join(str(r.get("id")) for r in group),
                        "date": escape_text(date_text),
                        "type": escape_text(f"{style['label']} — {len(group)} report"
                                            f"{'s' if len(group) > 1 else ''}"),
                        "place": escape_text(place),
                        "figures": _lines(figures),
                        "claimed_by": _lines(r.get("claimed_by") for r in group),
                        "other_sources": _lines(d for r in group for d in source_notes(r)),
                        "outlet": _lines(r.get("outlet") for r in group),
                        "quote": _lines(quotes, 3),
                        "source": " ".join(dict.fromkeys(_link(r.get("url"))
                                                         for r in group)).strip(),
                    }})
        props = out[-1]["properties"]
        props["label"] = escape_text(f"{first.get('place_name')}: {len(group)} "
                                     f"{style['label'].lower()}")
        props["tip"] = _card(props, TOOLTIP_FIELDS)
        props["pop"] = _card(props, POPUP_FIELDS)
    return out


def _card(props: dict[str, Any], fields: Iterable[str]) -> str:
    """Tooltip or popup HTML from already-escaped parts; the tags are ours."""
    lines = [f"<b>{props['type']}</b>", props["date"], props["place"]]
    lines += [props[f] for f in fields if props.get(f)]
    return "<br>".join(line for line in lines if line)


def _style(event_type: str, kind: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(path style for areas, circle-marker options for points) of one event type."""
    s = STYLE.get(event_type, STYLE["other_attack"])
    airspace = kind == "airspace"
    fill = 0.0 if airspace else 0.06 if kind == "country" else 0.18  # vaguer, fainter
    path = {"color": s["color"], "weight": 2, "dashArray": "8 6" if airspace else s["dash"],
            "fillColor": s["color"], "fillOpacity": fill}
    marker = {"radius": s["radius"], "weight": 2, "color": "#222222",
              "fillColor": s["color"], "fillOpacity": 0.85, "dashArray": s["dash"]}
    return path, marker


CLUSTER_JS = ("https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.4.1/dist/"
              "leaflet.markercluster.js")
CLUSTER_CSS = ("https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.4.1/dist/"
               "MarkerCluster.css",
               "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.4.1/dist/"
               "MarkerCluster.Default.css")
CLUSTER_ABOVE = 200  # point features in one layer before markers are clustered


def report_layer(feats: list[dict[str, Any]], cluster: bool = False) -> Any:
    """A self-contained Leaflet GeoJSON layer: styles, markers, tooltips and popups come
    from each feature's own (already escaped) properties, so the script needs no other
    variable of the page and survives streamlit-folium adding it after the map exists.
    ``tojson`` also escapes <, > and & inside the script. With ``cluster``, points go
    into a Leaflet.markercluster group (areas stay as they are)."""
    from branca.element import MacroElement
    from folium.elements import JSCSSMixin
    from jinja2 import Template

    class _Layer(JSCSSMixin, MacroElement):
        _template = Template(
            "{% macro script(this, kwargs) %}"
            "(function () {"
            " var target = {{ this._parent.get_name() }};"
            "{% if this.cluster %}"
            " var points = L.markerClusterGroup({chunkedLoading: true,"
            "  maxClusterRadius: 40}); points.addTo(target);"
            "{% endif %}"
            " L.geoJSON({{ this.data|tojson }}, {"
            "  style: function (f) { return f.properties.style; },"
            "  pointToLayer: function (f, ll) {"
            "   return L.circleMarker(ll, f.properties.marker); },"
            "  onEachFeature: function (f, l) {"
            "   if (f.properties.kind === 'sea') {"
            "    l.bindTooltip(f.properties.label, {permanent: true, direction: 'right',"
            "     className: 'strikemap-sea'}); }"
            "   else { l.bindTooltip(f.properties.tip, {sticky: true}); }"
            "   l.bindPopup(f.properties.pop, {maxWidth: 360});"
            "{% if this.cluster %}"
            "   if (l.getLatLng) { points.addLayer(l); return; }"
            "{% endif %}"
            "   l.addTo(target); }"
            " });"
            "})();"
            "{% endmacro %}")

        def __init__(self, data: dict[str, Any], cluster: bool) -> None:
            super().__init__()
            self._name = "ReportLayer"
            self.data = data
            self.cluster = cluster
            if cluster:
                self.default_js = [("markercluster", CLUSTER_JS)]
                self.default_css = [("markercluster_css", CLUSTER_CSS[0]),
                                    ("markercluster_default_css", CLUSTER_CSS[1])]
            else:
                self.default_js, self.default_css = [], []

    return _Layer({"type": "FeatureCollection", "features": feats}, cluster)


def feature_groups(rows: Iterable[dict[str, Any]]) -> list[Any]:
    """One folium FeatureGroup per event type present, each a single GeoJSON layer."""
    import folium

    by_type: dict[str, list[dict[str, Any]]] = {}
    for f in features(rows):
        event_type = f["id"].split(":", 1)[0]
        path, marker = _style(event_type, f["properties"]["kind"])
        f["properties"]["style"], f["properties"]["marker"] = path, marker
        by_type.setdefault(event_type, []).append(f)
    groups = []
    for event_type, feats in by_type.items():
        style = STYLE.get(event_type, STYLE["other_attack"])
        n = sum(f["properties"]["n"] for f in feats)
        group = folium.FeatureGroup(name=f"{style['symbol']} {style['label']} ({n})")
        points = sum(f["geometry"]["type"] == "Point" for f in feats)
        group.add_child(report_layer(feats, cluster=points > CLUSTER_ABOVE))
        groups.append(group)
    return groups


def legend_html() -> str:
    """A legend explaining colour, symbol and geometry; static text we write."""
    items = "".join(
        f'<div><span style="color:{s["color"]};font-size:16px">{s["symbol"]}</span> '
        f'{escape_text(s["label"])}</div>' for s in STYLE.values())
    return (
        '<div style="position:absolute;top:10px;right:10px;z-index:1000;background:#fff;'
        'padding:6px 8px;border:1px solid #999;font:12px sans-serif;line-height:1.4">'
        f"{items}<hr style='margin:4px 0'>"
        "<div>● marker: a settlement or site</div><div>shaded area: a region-level "
        "report</div><div>dashed outline: airspace</div><div>labelled marker: a sea"
        "</div><div style='max-width:220px;margin-top:4px;color:#555'>Borders: "
        "internationally recognised; Crimea and Sevastopol shown as Ukraine (occupied)."
        "</div></div>")


def base_map(location: tuple[float, float] = (49.0, 33.0), zoom: int = 5,
             tiles: str | None = "OpenStreetMap", legend: bool = True) -> Any:
    """A stable base map: Leaflet only (no jQuery, Bootstrap or icon fonts to fetch),
    canvas rendering for thousands of markers, credits and the legend."""
    import folium

    fmap = folium.Map(location=list(location), zoom_start=zoom, prefer_canvas=True,
                      control_scale=True, tiles=None)
    fmap.options["maxZoom"] = 18  # marker clustering needs a bounded zoom, tiles or not
    if tiles:
        folium.TileLayer(tiles, attr="© OpenStreetMap contributors · places: GeoNames "
                         "(CC BY 4.0), Natural Earth").add_to(fmap)
    fmap.default_js = [("leaflet", LEAFLET_JS)]
    fmap.default_css = [("leaflet_css", LEAFLET_CSS)]
    if legend:
        fmap.get_root().html.add_child(folium.Element(legend_html()))
    return fmap


def report_map(rows: list[dict[str, Any]], **kwargs: Any) -> Any:
    """A complete map (for tests, embeds and the benchmark): base map plus layers."""
    import folium

    rows = [_no_nan(r) for r in rows]
    fmap = base_map(**kwargs)
    for group in feature_groups(rows):
        group.add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    points = [(r["latitude"], r["longitude"]) for r in rows
              if r.get("latitude") is not None]
    if len(points) > 1:
        lats, lons = zip(*points, strict=True)
        fmap.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(20, 20))
    return fmap
