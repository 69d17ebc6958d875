"""Strikemap's Streamlit app (thin): the gazetteer explorer on the default data (seeds/).

Run with ./dev.sh run. The work is done in gazetteer/ and geo/; this file only wires
widgets to them and shows errors as messages, never tracebacks.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from gazetteer import (
    KINDS,
    Gazetteer,
    StrikemapError,
    default_index_path,
    open_gazetteer,
    store,
)
from geo.escape import escape_markdown
from geo.maps import CREDITS, place_map

SEEDS = Path(__file__).resolve().parent / "seeds"


@st.cache_resource(show_spinner="Opening the gazetteer...")
def gazetteer(path: str) -> Gazetteer:
    """One shared gazetteer per index file (per process)."""
    return open_gazetteer(path)


@st.cache_data(show_spinner=False)
def seed_articles() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def show_map(gz: Gazetteer, places: list) -> None:
    from streamlit_folium import st_folium

    st_folium(place_map(places, gz.geometry), height=460, use_container_width=True,
              returned_objects=[])


def resolve_page(gz: Gazetteer) -> None:
    st.subheader("Resolve a place name")
    name = st.text_input("Place name, as written", value=st.query_params.get("q", ""),
                         placeholder="the Kursk region, Polish airspace, Харків...")
    context = st.text_area("Text around it (optional, used to disambiguate)", height=80)
    if not name.strip():
        return
    st.query_params["q"] = name
    res = gz.resolve(name, context=context or None)
    if res.best is None:
        st.warning(f"Not found: {escape_markdown(res.reason)}")
        return
    rows = [res.best, *res.alternatives]
    st.dataframe([{**c.place.to_dict(), "score": round(c.score, 3), "match": c.match}
                  for c in rows], hide_index=True, width="stretch")
    if res.note:
        st.info(escape_markdown(res.note))
    show_map(gz, [res.best.place])


def add_place_form(gz: Gazetteer) -> None:
    """An editor's own place: kept in the index and preferred next time."""
    with st.expander("Add a place the gazetteer lacks"), st.form("add-place"):
        name = st.text_input("Name")
        col1, col2, col3, col4 = st.columns(4)
        lat = col1.number_input("Latitude", -90.0, 90.0, 48.0, format="%.5f")
        lon = col2.number_input("Longitude", -180.0, 180.0, 35.0, format="%.5f")
        kind = col3.selectbox("Kind", KINDS, index=KINDS.index("village"))
        country = col4.text_input("Country (ISO2)", max_chars=2)
        if st.form_submit_button("Add"):
            place_id = store.set_local(gz.path, name, lat, lon, kind, country or None)
            gz.refresh()
            st.success(f"Added {escape_markdown(name)} ({place_id}); it wins next time.")


def seeds_page(gz: Gazetteer) -> None:
    st.subheader("Places named in the default articles")
    articles = seed_articles()
    if not articles:
        st.info("No articles in seeds/.")
        return
    chosen = st.selectbox("Article", list(articles))
    text = articles[chosen]
    mentions = gz.find_places(text)
    st.caption(f"{len(mentions)} place mentions")
    st.dataframe([{"mention": m.text, "start": m.start, "place": m.resolution.best.place.name,
                   "kind": m.resolution.best.place.kind,
                   "country": m.resolution.best.place.country,
                   "admin1": m.resolution.best.place.admin1,
                   "score": round(m.resolution.best.score, 3),
                   "note": m.resolution.note} for m in mentions],
                 hide_index=True, width="stretch")
    unique = {m.resolution.best.place.id: m.resolution.best.place for m in mentions}
    show_map(gz, list(unique.values()))


def main() -> None:
    st.set_page_config(page_title="Strikemap", layout="wide")
    st.title("Strikemap")
    try:
        gz = gazetteer(str(default_index_path()))
    except StrikemapError as err:
        st.error(escape_markdown(err))
        return
    tab_seeds, tab_resolve = st.tabs(["Default articles", "Gazetteer"])
    try:
        with tab_seeds:
            seeds_page(gz)
        with tab_resolve:
            resolve_page(gz)
            add_place_form(gz)
    except StrikemapError as err:
        st.error(escape_markdown(err))
    st.caption(CREDITS)


main()
