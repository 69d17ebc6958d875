"""Strikemap's Streamlit app (thin): wires the pages in ``ui/`` to the packages.

Run with ./dev.sh run. Errors reach the user as messages, never tracebacks.
"""

from __future__ import annotations

import streamlit as st

from gazetteer import StrikemapError
from geo.escape import escape_markdown
from geo.layers import ATTRIBUTION
from ui import add, data, embed_page, filters, gazetteer_page, map_page


def main() -> None:
    st.set_page_config(page_title="Strikemap", layout="wide")
    st.title("Strikemap")
    try:
        data.gazetteer()
        frame = data.reports_frame()
        chosen = filters.sidebar(frame)
    except StrikemapError as err:
        st.error(escape_markdown(err))
        return
    tab_map, tab_add, tab_embed, tab_places = st.tabs(
        ["Reports", "Add articles", "Embed", "Gazetteer"])
    for tab, page in ((tab_map, lambda: map_page.render(chosen)), (tab_add, add.render),
                      (tab_embed, lambda: embed_page.render(chosen)),
                      (tab_places, gazetteer_page.render)):
        with tab:
            try:
                page()
            except StrikemapError as err:
                st.error(escape_markdown(err))
    st.caption(ATTRIBUTION + " Tiles © OpenStreetMap contributors.")


main()
