"""Look a place up, see the ranked candidates, and add a place the gazetteer lacks."""

from __future__ import annotations

import streamlit as st

from gazetteer import KINDS, store
from geo.escape import escape_markdown
from geo.maps import place_map

from . import data


def render() -> None:
    gz = data.gazetteer()
    st.subheader("Resolve a place name")
    if "place_q" not in st.session_state:  # a link with ?q= opens on that name
        st.session_state.place_q = st.query_params.get("q", "")
    name = st.text_input("Place name, as written", key="place_q",
                         placeholder="the Kursk region, Polish airspace, Харків...")
    context = st.text_area("Text around it (optional, used to disambiguate)", height=80)
    if name.strip():
        st.query_params["q"] = name
        res = gz.resolve(name, context=context or None)
        if res.best is None:
            st.warning(f"Not found: {escape_markdown(res.reason)}")
        else:
            rows = [res.best, *res.alternatives]
            st.dataframe([{**c.place.to_dict(), "score": round(c.score, 3),
                           "match": c.match} for c in rows],
                         hide_index=True, width="stretch")
            if res.note:
                st.info(escape_markdown(res.note))
            from streamlit_folium import st_folium

            st_folium(place_map([res.best.place], gz.geometry), height=380,
                      use_container_width=True, returned_objects=[], key="place_map")
    with st.expander("Add a place the gazetteer lacks"), st.form("add-place"):
        new_name = st.text_input("Name")
        col1, col2, col3, col4 = st.columns(4)
        lat = col1.number_input("Latitude", -90.0, 90.0, 48.0, format="%.5f")
        lon = col2.number_input("Longitude", -180.0, 180.0, 35.0, format="%.5f")
        kind = col3.selectbox("Kind", KINDS, index=KINDS.index("village"))
        country = col4.text_input("Country (ISO2)", max_chars=2)
        if st.form_submit_button("Add"):
            place_id = store.set_local(gz.path, new_name, lat, lon, kind, country or None)
            gz.refresh()
            st.success(f"Added {escape_markdown(new_name)} ({place_id}); it wins next time.")
