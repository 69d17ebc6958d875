"""Folium maps of gazetteer places: a settlement is a marker, an area its polygon."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from gazetteer import Place

from .escape import escape_text
from .layers import base_map

AREA_STYLE = {"color": "#0072B2", "weight": 2, "fillOpacity": 0.15}
AIRSPACE_STYLE = {"color": "#D55E00", "weight": 2, "dashArray": "6 4", "fillOpacity": 0.05}


def place_label(place: Place) -> str:
    """One escaped line: name, kind, region, country."""
    parts = [place.name, place.kind, place.admin1 if place.kind != "admin1" else None,
             place.country]
    return escape_text(" · ".join(p for p in parts if p))


def place_map(places: Iterable[Place], geometry: Callable[[Place], dict[str, Any]]) -> Any:
    """A folium map with every place drawn at its honest precision."""
    import folium

    fmap = base_map(location=(49.0, 32.0), zoom=4, legend=False)
    bounds: list[list[float]] = []
    for place in places:
        label = place_label(place)
        if place.geometry_id:
            style = AIRSPACE_STYLE if place.kind == "airspace" else AREA_STYLE
            folium.GeoJson(geometry(place), style_function=lambda _f, s=style: s,
                           tooltip=label).add_to(fmap)
        else:
            folium.CircleMarker([place.latitude, place.longitude], radius=6, color="#000",
                                fill=True, fill_color="#E69F00", fill_opacity=0.9,
                                tooltip=label).add_to(fmap)
        bounds.append([place.latitude, place.longitude])
    if len(bounds) > 1:
        fmap.fit_bounds(bounds, padding=(30, 30))
    elif bounds:
        fmap.location = bounds[0]
        fmap.options["zoom"] = 6
    return fmap
