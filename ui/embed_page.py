"""Embed: the filtered reports as a map to put in an article, with a live preview, the
HTML file, its iframe snippet and a static image to download."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

from geo import embed
from geo.layers import map_rows
from reports.query import Filters, apply

from . import data


def render(filters: Filters) -> None:
    st.subheader("Embed in an article")
    shown = apply(data.reports_frame(), filters)
    rows = map_rows(shown)
    c1, c2 = st.columns(2)
    title = c1.text_input("Title", "Reported strikes and interceptions", key="emb_title")
    subtitle = c2.text_input("Subtitle", "", key="emb_sub")
    source = st.text_input("Source line", "Source: news reports compiled with Strikemap",
                           key="emb_source")
    c3, c4, c5 = st.columns(3)
    height = c3.number_input("Map height (px)", 240, 1200, 480, step=20, key="emb_h")
    online = c4.toggle("Online tiles (smaller file, loads from tile servers)",
                       key="emb_online")
    dark = c5.toggle("Dark", key="emb_dark")
    if not filters.confirmed_only:
        st.caption("Embeds usually show confirmed reports only: tick 'Confirmed reports "
                   "only' in the filters.")
    st.caption(embed.summary(rows))
    page = embed.embed_html(rows, title, subtitle, source, height=int(height),
                            online_tiles=online, dark=dark)
    st.caption(f"{len(page.encode()) / 1e6:.2f} MB, {len(rows)} reports")
    components.html(page, height=int(height) + 200, scrolling=True)
    d1, d2, d3 = st.columns(3)
    d1.download_button("map.html", page, "map.html", "text/html")
    d2.download_button("iframe snippet", embed.iframe_snippet(
        "map.html", title, int(height) + 160, "map.png"), "map.iframe.html", "text/html")
    if d3.button("Make static image"):
        with tempfile.TemporaryDirectory() as tmp:
            png = embed.static_map(rows, Path(tmp) / "map.png", title, source)
            st.session_state.emb_png = png.read_bytes()
    if "emb_png" in st.session_state:
        d3.download_button("map.png", st.session_state.emb_png, "map.png", "image/png")
