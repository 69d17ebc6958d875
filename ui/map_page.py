"""The main view: map, timeline and table of the filtered reports; one report in detail
with its article, its quote highlighted, and the review controls."""

from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd
import streamlit as st

from geo.layers import STYLE, base_map, feature_groups, map_rows, source_notes
from reports import store
from reports.query import Filters, apply, records

from . import data

TABLE_COLUMNS = ["id", "event_date", "event_type", "place_name", "place_kind", "country",
                 "killed", "injured", "count", "claimed_by", "outlet", "review_status"]


def _stable_base_map() -> Any:
    """The base map is built once per session; filters only change the layers drawn on
    it, so a filter change keeps the reader's view."""
    if "base_map" not in st.session_state:
        st.session_state.base_map = base_map()
    fmap = st.session_state.base_map
    # streamlit-folium adds each run's layers to the map object it is given; take the
    # previous run's off again, or the map would keep (and re-run) stale layer scripts.
    for name in [n for n in fmap._children if n.startswith("feature_group_feature_group_")]:
        del fmap._children[name]
    return fmap


def render(filters: Filters) -> None:
    frame = data.reports_frame()
    shown = apply(frame, filters)
    types = shown["event_type"].value_counts()
    cols = st.columns(len(STYLE) + 1)
    cols[0].metric("Reports", len(shown), help=f"of {len(frame)} stored")
    for col, (name, style) in zip(cols[1:], STYLE.items(), strict=True):
        col.metric(f"{style['symbol']} {style['label']}", int(types.get(name, 0)))
    clicked = _map(shown)
    _timeline(shown)
    selected = _table(shown)
    _downloads(shown, filters)
    report_id = selected or clicked or _from_url(shown)
    if report_id is not None:
        _detail(frame, report_id)


def _map(shown: pd.DataFrame) -> int | None:
    """The map; returns the first report of a feature the reader clicked."""
    from streamlit_folium import st_folium

    groups = feature_groups(map_rows(shown))
    state = st_folium(_stable_base_map(), feature_group_to_add=groups, height=520,
                      use_container_width=True, returned_objects=["last_active_drawing"],
                      key="report_map") or {}
    drawing = state.get("last_active_drawing") or {}
    ids = str((drawing.get("properties") or {}).get("ids") or "").split(",")
    return int(ids[0]) if ids[0].isdigit() else None


def _timeline(shown: pd.DataFrame) -> None:
    import altair as alt

    dated = shown.dropna(subset=["date"])
    if dated.empty:
        return
    counts = (dated.assign(day=pd.to_datetime(dated["date"]),
                           type=dated["event_type"].map(lambda t: STYLE.get(t, {}).get(
                               "label", t)))
              .groupby(["day", "type"]).size().reset_index(name="reports"))
    chart = alt.Chart(counts).mark_bar().encode(
        x=alt.X("yearmonthdate(day):O", title="Event date",
                axis=alt.Axis(labelAngle=0, format="%d %b %Y")),
        y=alt.Y("reports:Q", title="Reports"),
        color=alt.Color("type:N", scale=alt.Scale(
            domain=[s["label"] for s in STYLE.values()],
            range=[s["color"] for s in STYLE.values()]), title="Type"),
        tooltip=["day:T", "type:N", "reports:Q"]).properties(height=160)
    st.altair_chart(chart, width="stretch")


def _table(shown: pd.DataFrame) -> int | None:
    view = shown[[c for c in TABLE_COLUMNS if c in shown.columns]]
    event = st.dataframe(view, hide_index=True, width="stretch",
                         on_select="rerun", selection_mode="single-row", key="table")
    rows = event.selection.rows if event and event.selection else []
    if rows:
        report_id = int(view.iloc[rows[0]]["id"])
        st.query_params["report"] = str(report_id)
        return report_id
    return None


def _downloads(shown: pd.DataFrame, filters: Filters) -> None:
    """The same exports as `strikemap.py export`, of what is on screen."""
    import tempfile
    from pathlib import Path

    from geo import export

    rows = records(shown)
    meta = export.provenance(filters, len(rows))
    c1, c2, c3 = st.columns(3)
    c1.download_button("GeoJSON", json.dumps(export.geojson(rows, meta)),
                       "strikemap-reports.geojson", "application/geo+json")
    c2.download_button("CSV (ACLED columns)", export.csv_text(rows),
                       "strikemap-reports.csv", "text/csv")
    if c3.button("Prepare GeoPackage"):
        with tempfile.TemporaryDirectory() as tmp:
            path = export.write(rows, meta, Path(tmp) / "strikemap-reports.gpkg", "gpkg")
            st.session_state.gpkg = path.read_bytes()
    if "gpkg" in st.session_state:
        c3.download_button("GeoPackage", st.session_state.gpkg, "strikemap-reports.gpkg",
                           "application/geopackage+sqlite3")
    if not filters.confirmed_only:
        st.caption("Exports contain what is shown; tick 'Confirmed reports only' to export "
                   "only reviewed reports.")


def _from_url(shown: pd.DataFrame) -> int | None:
    raw = st.query_params.get("report")
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def highlighted(text: str, start: int, end: int) -> str:
    """The article as escaped HTML with the quote marked (the <mark> is ours)."""
    start, end = max(0, start), min(len(text), end)
    parts = (html.escape(text[:start]), html.escape(text[start:end]),
             html.escape(text[end:]))
    body = f"{parts[0]}<mark>{parts[1]}</mark>{parts[2]}"
    return ("<div style='white-space:pre-wrap;max-height:320px;overflow:auto;"
            f"border:1px solid #ddd;padding:8px;font-size:0.9em'>{body}</div>")


def _detail(frame: pd.DataFrame, report_id: int) -> None:
    rows = frame[frame["id"] == report_id]
    if rows.empty:
        return
    row = rows.iloc[0].to_dict()
    st.subheader(f"Report {report_id}")
    left, right = st.columns([3, 2])
    with left:
        facts = {k: row.get(k) for k in ("event_type", "weapon", "place_name", "place_kind",
                                         "place_mention", "country", "admin1", "event_date",
                                         "date_precision", "killed", "injured", "count",
                                         "claimed_by", "outlet", "url", "confidence",
                                         "review_status", "place_note")}
        facts["other_sources"] = "; ".join(source_notes(row))  # who denied or confirmed it
        st.dataframe(pd.DataFrame({"field": list(facts), "value": [
            "" if v is None or (isinstance(v, float) and v != v) else str(v)
            for v in facts.values()]}), hide_index=True, width="stretch")
        text = store.article_text(data.engine(), row["article_id"]) or ""
        st.markdown(highlighted(text, int(row["quote_start"]), int(row["quote_end"])),
                    unsafe_allow_html=True)
    with right:
        _review(row)


def _review(row: dict[str, Any]) -> None:
    from . import review

    review.panel(row)


__all__ = ["highlighted", "render"]
