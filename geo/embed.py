"""Maps an editor embeds in an article: one HTML file that loads nothing from third
parties, an iframe snippet, and a static locator map (PNG/SVG) for print and social.

The self-contained embed inlines Leaflet (from PyPI's xstatic-leaflet), the data, and a
basemap drawn from Natural Earth countries and regions, so it keeps working when CDNs
change and leaks no reader's address to anyone. Every string from an article is escaped
(reusing the app's map features).
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from .escape import escape_text
from .layers import ATTRIBUTION, STYLE, features

BASEMAP_SIMPLIFY = 0.05  # degrees: a muted background, not a survey map
PHRASES = {  # (one, many) for the screen-reader summary
    "strike": ("reported strike", "reported strikes"),
    "shelling": ("shelling report", "shelling reports"),
    "interception": ("reported interception", "reported interceptions"),
    "airspace_violation": ("reported airspace violation", "reported airspace violations"),
    "explosion": ("reported explosion", "reported explosions"),
    "other_attack": ("other reported attack", "other reported attacks"),
}


def summary(rows: list[dict[str, Any]], outlets: Iterable[str] | None = None) -> str:
    """Plain-language alt text: "23 reported strikes and 41 interceptions in Ukraine and
    Russia, 29-30 December 2023, reported by 5 outlets"."""
    if not rows:
        return "No reports match this map's selection."
    from .export import country_name

    kinds = Counter(r.get("event_type") for r in rows)
    parts = [f"{n} {PHRASES.get(name or '', PHRASES['other_attack'])[n != 1]}"
             for name, n in kinds.most_common()]
    what = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    countries = [country_name(c) for c, _ in Counter(
        r.get("country") for r in rows if r.get("country")).most_common(3)]
    where = (" in " + (" and ".join(countries) if len(countries) <= 2 else
                       ", ".join(countries[:-1]) + " and " + countries[-1])) if countries else ""
    dates = sorted(r["event_date"] for r in rows if r.get("event_date"))
    when = f", {date_range(dates[0], dates[-1])}" if dates else ""
    n_outlets = len(set(outlets if outlets is not None else
                        (r.get("outlet") for r in rows if r.get("outlet"))))
    by = f", reported by {n_outlets} outlet{'s' if n_outlets != 1 else ''}" if n_outlets else ""
    return f"{what}{where}{when}{by}."


def focus_points(rows: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """(lon, lat) of the places a map should frame: a country-level report's centre
    (Russia's is in Siberia) would stretch the view, so it counts only when alone."""
    def pts(keep: Any) -> list[tuple[float, float]]:
        return [(float(r["longitude"]), float(r["latitude"])) for r in rows
                if r.get("latitude") is not None and keep(r)]
    return pts(lambda r: r.get("place_kind") not in {"country", "airspace", "continent"}
               ) or pts(lambda r: True)


def date_range(first: str, last: str) -> str:
    """ "29-30 December 2023", "30 November - 2 December 2023", "30 December 2023"."""
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    if a == b:
        return f"{a.day} {a:%B %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}-{b.day} {b:%B %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%B} - {b.day} {b:%B %Y}"
    return f"{a.day} {a:%B %Y} - {b.day} {b:%B %Y}"


def basemap(bounds: tuple[float, float, float, float]) -> dict[str, Any]:
    """Natural Earth countries and admin-1 regions around ``bounds`` (lon/lat), simplified,
    as GeoJSON for a muted background drawn in the page itself (no tile server)."""
    import geopandas as gpd
    import shapely
    from shapely.geometry import box, mapping

    from gazetteer.sources.natural_earth import DEFAULT_PATH

    minx, miny, maxx, maxy = bounds
    pad_x, pad_y = max(3.0, (maxx - minx) * 0.6), max(2.0, (maxy - miny) * 0.6)
    window = box(max(-180, minx - pad_x), max(-85, miny - pad_y), min(180, maxx + pad_x),
                 min(85, maxy + pad_y))
    # Region lines only near the reports; countries across the whole window; detail
    # scaled to the window (a 60-degree view needs no 1 km coastline).
    near = box(minx - 1, miny - 1, maxx + 1, maxy + 1)
    tolerance = max(BASEMAP_SIMPLIFY, (window.bounds[2] - window.bounds[0]) / 300)
    out = []
    for layer, weight, area in (("countries", "country", window),
                                ("admin1", "region", near)):
        frame = gpd.read_file(DEFAULT_PATH, layer=layer, bbox=area.bounds, engine="pyogrio")
        for geom, name in zip(frame.geometry, frame["name"], strict=True):
            clipped = geom.intersection(area)
            if clipped.is_empty:
                continue
            simple = shapely.set_precision(clipped.simplify(tolerance), 0.01)
            if simple.is_empty:
                continue
            out.append({"type": "Feature", "geometry": mapping(simple),
                        "properties": {"k": weight, "n": escape_text(name)}})
    return {"type": "FeatureCollection", "features": out}


def _leaflet() -> tuple[str, str]:
    import xstatic.pkg.leaflet as leaflet

    folder = Path(leaflet.BASE_DIR)
    return ((folder / "leaflet.js").read_text(encoding="utf-8"),
            (folder / "leaflet.css").read_text(encoding="utf-8"))


def _script_json(value: Any) -> str:
    """JSON that is safe inside <script>: no </script>, no <!--, no U+2028 surprises."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def embed_html(rows: list[dict[str, Any]], title: str, subtitle: str = "",
               source_line: str = "", height: int = 520, online_tiles: bool = False,
               dark: bool = False) -> str:
    """One HTML document: title, subtitle, dates, map, legend, source line, credits, a
    screen-reader summary and a table of the reports (hidden until asked for)."""
    feats = features(rows, one_per_report=True)
    for f in feats:
        p = f["properties"]
        style = STYLE.get(p["event"], STYLE["other_attack"])
        # Only what the page uses: the tooltip and popup already hold every field.
        tip = f"<b>{p['type']}</b><br>{p['date']}<br>{p['place']}"  # escaped parts
        f["properties"] = {"tip": tip, "pop": p["pop"], "kind": p["kind"],
                           "c": style["color"], "r": style["radius"], "d": style["dash"]}
    pts = focus_points(rows)
    lons, lats = (list(v) for v in zip(*pts, strict=True)) if pts else ([], [])
    bounds = (min(lons), min(lats), max(lons), max(lats)) if lats else (22, 44, 40, 56)
    alt = summary(rows)
    dates = sorted(r["event_date"] for r in rows if r.get("event_date"))
    when = date_range(dates[0], dates[-1]) if dates else ""
    legend = "".join(
        f'<li><span class="sym" style="color:{s["color"]}">{s["symbol"]}</span>'
        f'{escape_text(s["label"])}</li>' for k, s in STYLE.items()
        if any(r.get("event_type") == k for r in rows))
    table = "".join(
        "<tr>" + "".join(f"<td>{escape_text(v)}</td>" for v in (
            r.get("event_date") or "", STYLE.get(r.get("event_type") or "", {}).get(
                "label", ""), r.get("place_name") or "", r.get("killed") if r.get(
                "killed") is not None else "", r.get("claimed_by") or "",
            r.get("outlet") or "")) + "</tr>" for r in rows)
    leaflet_js, leaflet_css = ("", "") if online_tiles else _leaflet()
    head_assets = (
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/'
        'leaflet.css"><script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/'
        'leaflet.js"></script>' if online_tiles else
        f"<style>{leaflet_css}</style><script>{leaflet_js}</script>")
    background = "null" if online_tiles else _script_json(basemap(bounds))
    colors = ("#1b1b1f", "#e8e8ea", "#2b2b31", "#55555f") if dark else (
        "#ffffff", "#1b1b1f", "#f1f0ec", "#c9c7c0")
    credits = escape_text(ATTRIBUTION + (" Tiles © OpenStreetMap contributors."
                                         if online_tiles else ""))
    # Nothing may be fetched from anywhere but the page itself (and, with online tiles,
    # the tile and Leaflet hosts).
    cdn = " https://cdn.jsdelivr.net" if online_tiles else ""
    tiles = " https://*.tile.openstreetmap.org" if online_tiles else ""
    csp = (f"default-src 'none'; script-src 'unsafe-inline'{cdn}; "
           f"style-src 'unsafe-inline'{cdn}; img-src data:{tiles}")
    tile_js = (" else { L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',"
               " {maxZoom: 12}).addTo(map); }" if online_tiles else "")
    # Each area's outline is sent once, however many reports name it.
    shapes: dict[str, Any] = {}
    for f in feats:
        if f["geometry"]["type"] != "Point":
            key = f["id"].split(":", 1)[1].split("#")[0]
            shapes.setdefault(key, f["geometry"])
            f["geometry"] = None
            f["properties"]["s"] = key
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{escape_text(title)}</title>
{head_assets}
<style>
body{{margin:0;font:14px/1.4 system-ui,sans-serif;background:{colors[0]};color:{colors[1]}}}
.sm-wrap{{padding:8px 12px}} h1{{font-size:20px;margin:0 0 2px}} .sub{{margin:0 0 6px}}
#map{{height:{int(height)}px;background:{colors[2]}}}
.legend{{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:12px}}
.sym{{font-size:16px;margin-right:4px}} .src{{font-size:12px;opacity:.8}}
.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}
table{{border-collapse:collapse;font-size:12px}}
td{{border-bottom:1px solid {colors[3]};padding:2px 6px}}
</style></head>
<body><div class="sm-wrap">
<h1>{escape_text(title)}</h1>
<p class="sub">{escape_text(subtitle)}{" · " if subtitle and when else ""}{escape_text(when)}</p>
<p class="sr-only" id="sm-summary">{escape_text(alt)}</p>
<div id="map" role="img" aria-label="{escape_text(alt)}"></div>
<ul class="legend">{legend}<li>shaded area: a region-level report</li>
<li>dashed outline: airspace</li></ul>
<p class="src">{escape_text(source_line)}{" · " if source_line else ""}{credits}</p>
<details><summary>Data table</summary><table><thead><tr><td>Date</td><td>Type</td>
<td>Place</td><td>Killed</td><td>Claimed by</td><td>Outlet</td></tr></thead>
<tbody>{table}</tbody></table></details>
</div>
<script>
(function () {{
  var data = {_script_json({"type": "FeatureCollection", "features": feats})};
  var shapes = {_script_json(shapes)};
  data.features.forEach(function (f) {{
    if (f.properties.s) f.geometry = shapes[f.properties.s]; }});
  var background = {background};
  var map = L.map('map', {{preferCanvas: true, maxZoom: 12, attributionControl: false}});
  window.strikemapMap = map;
  if (background) {{
    L.geoJSON(background, {{interactive: false, style: function (f) {{
      return f.properties.k === 'country'
        ? {{color: '{colors[3]}', weight: 1, fillColor: '{colors[0]}', fillOpacity: 1}}
        : {{color: '{colors[3]}', weight: 0.5, fill: false, dashArray: '2 3'}}; }}}}).addTo(map);
  }}{tile_js}
  var layer = L.geoJSON(data, {{
    style: function (f) {{ var air = f.properties.kind === 'airspace';
      return {{color: f.properties.c, weight: 2, dashArray: air ? '8 6' : f.properties.d,
               fillColor: f.properties.c, fillOpacity: air ? 0 : 0.18}}; }},
    pointToLayer: function (f, ll) {{ return L.circleMarker(ll, {{radius: f.properties.r,
      weight: 2, color: '#222', fillColor: f.properties.c, fillOpacity: 0.85,
      dashArray: f.properties.d}}); }},
    onEachFeature: function (f, l) {{ l.bindTooltip(f.properties.tip, {{sticky: true}});
      l.bindPopup(f.properties.pop, {{maxWidth: 320}}); }}
  }}).addTo(map);
  window.strikemapLayer = layer;
  map.fitBounds([[{bounds[1]}, {bounds[0]}], [{bounds[3]}, {bounds[2]}]],
                {{padding: [30, 30], maxZoom: 9}});
  function height() {{ if (window.parent !== window) {{
    window.parent.postMessage({{'strikemap-height': document.body.scrollHeight}}, '*'); }} }}
  window.addEventListener('load', height); window.addEventListener('resize', height);
  document.querySelector('details').addEventListener('toggle', height);
}})();
</script></body></html>
"""


def iframe_snippet(src: str, title: str, height: int = 700, image: str | None = None
                   ) -> str:
    """What an editor pastes into a CMS: a responsive iframe whose height follows the
    embed (the postMessage convention of Datawrapper and pym.js), a fixed height when
    scripts are off, and a static image for readers without JavaScript."""
    esc_src, esc_title = escape_text(src), escape_text(title)
    noscript = (f'<noscript><img src="{escape_text(image)}" alt="{esc_title}" '
                f'style="width:100%"></noscript>') if image else ""
    return (
        f'<iframe src="{esc_src}" title="{esc_title}" scrolling="no" frameborder="0" '
        f'style="width:1px;min-width:100%;border:none;height:{int(height)}px" '
        f'data-strikemap-embed></iframe>{noscript}\n'
        "<script>window.addEventListener('message',function(e){var h=e.data&&"
        "e.data['strikemap-height'];if(!h)return;document.querySelectorAll("
        "'iframe[data-strikemap-embed]').forEach(function(f){if(f.contentWindow===e.source)"
        "f.style.height=h+'px';});});</script>")


def static_map(rows: list[dict[str, Any]], path: Path, title: str,
               source_line: str = "") -> Path:
    """A north-up locator map for print, social cards, RSS and AMP: muted Natural Earth
    basemap, one accent colour per type, an inset of the wider area, a scale bar, title
    and source line. Pure Python (geopandas + matplotlib); no tile download."""
    import geopandas as gpd
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from shapely.geometry import box, shape

    from gazetteer.sources.natural_earth import DEFAULT_PATH

    pts = focus_points(rows)
    if pts:
        xs, ys = zip(*pts, strict=True)
        minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    else:
        minx, maxx, miny, maxy = 22, 40, 44, 56
    pad = max(1.5, (maxx - minx) * 0.15, (maxy - miny) * 0.15)
    view = (minx - pad, miny - pad, maxx + pad, maxy + pad)
    world = gpd.read_file(DEFAULT_PATH, layer="countries", engine="pyogrio")
    frame = box(view[0] - 2, view[1] - 2, view[2] + 2, view[3] + 2)
    countries = world.clip(frame)  # only what is seen: an SVG keeps every path
    regions = gpd.read_file(DEFAULT_PATH, layer="admin1", bbox=view, engine="pyogrio")
    regions = regions.set_geometry(regions.geometry.simplify(0.02))
    fig, ax = plt.subplots(figsize=(8, 6), dpi=120)
    countries.plot(ax=ax, color="#f1f0ec", edgecolor="#9a978d", linewidth=0.6)
    regions.boundary.plot(ax=ax, color="#c9c7c0", linewidth=0.3)
    for kind, style in STYLE.items():
        mine = [r for r in rows if r.get("event_type") == kind]
        areas = [shape(json.loads(r["geometry"])) for r in mine
                 if r.get("place_kind") in {"admin1", "region", "admin2"} and r.get("geometry")]
        if areas:
            gpd.GeoSeries(areas).plot(ax=ax, color=style["color"], alpha=0.18,
                                      edgecolor=style["color"], linewidth=0.8)
        points = [(float(r["longitude"]), float(r["latitude"])) for r in mine
                  if r.get("place_kind") not in {"admin1", "region", "admin2", "country",
                                                 "airspace"} and r.get("latitude") is not None]
        if points:
            px, py = zip(*points, strict=True)
            ax.scatter(px, py, s=28, color=style["color"], edgecolor="#222", linewidth=0.6,
                       label=style["label"], zorder=3)
    ax.set_xlim(view[0], view[2])
    ax.set_ylim(view[1], view[3])
    ax.set_aspect(1 / max(0.2, __import__("math").cos(__import__("math").radians(
        (view[1] + view[3]) / 2))))
    for axis in (ax,):
        axis.set_xticks([])
        axis.set_yticks([])
        axis.set_xlabel("")
        axis.set_ylabel("")
    _scale_bar(ax, view)
    ax.annotate("N ↑", xy=(0.97, 0.95), xycoords="axes fraction", ha="right", fontsize=10)
    inset = fig.add_axes((0.70, 0.08, 0.22, 0.22))
    wide = box(view[0] - 27, view[1] - 17, view[2] + 27, view[3] + 17)
    around = world.clip(wide)
    around.set_geometry(around.geometry.simplify(0.3)).plot(
        ax=inset, color="#e6e4dd", edgecolor="#9a978d", linewidth=0.3)
    gpd.GeoSeries([box(*view)]).boundary.plot(ax=inset, color="#D55E00", linewidth=1)
    inset.set_xlim(view[0] - 25, view[2] + 25)
    inset.set_ylim(view[1] - 15, view[3] + 15)
    inset.set_xticks([])
    inset.set_yticks([])
    inset.set_xlabel("")
    inset.set_ylabel("")
    if any(ax.get_legend_handles_labels()[1]):
        ax.legend(loc="upper left", fontsize=8, frameon=True)
    fig.suptitle(title, x=0.02, ha="left", fontsize=13, fontweight="bold")
    fig.text(0.02, 0.01, f"{source_line} · {ATTRIBUTION}" if source_line else ATTRIBUTION,
             fontsize=6, wrap=True)
    path = Path(path)
    fig.savefig(path, format=path.suffix.lstrip(".").lower() or "png", bbox_inches="tight")
    plt.close(fig)
    return path


def _scale_bar(ax: Any, view: tuple[float, float, float, float]) -> None:
    """A 100/200/500 km bar, sized for the map's middle latitude."""
    import math

    lat = (view[1] + view[3]) / 2
    km_per_deg = 111.32 * math.cos(math.radians(lat))
    width_km = (view[2] - view[0]) * km_per_deg
    length = next(k for k in (50, 100, 200, 500, 1000, 2000) if k >= width_km / 6)
    x0, y0 = view[0] + (view[2] - view[0]) * 0.05, view[1] + (view[3] - view[1]) * 0.05
    ax.plot([x0, x0 + length / km_per_deg], [y0, y0], color="#222", linewidth=2)
    ax.text(x0, y0 + (view[3] - view[1]) * 0.015, f"{length} km", fontsize=8)


__all__ = ["embed_html", "html", "iframe_snippet", "static_map", "summary"]
