"""The sidebar's filters, kept in the URL so that a link reproduces the view."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from geo.layers import STYLE
from reports.query import PRECISIONS, REVIEW_STATUSES, Filters


def _options(frame: pd.DataFrame, column: str) -> list[str]:
    return sorted(str(v) for v in frame[column].dropna().unique())


def _sync(src: str, dst: str) -> None:
    value = st.session_state[src]
    if isinstance(value, (tuple, list)) and len(value) == 2:
        st.session_state[dst] = tuple(value)


def sidebar(frame: pd.DataFrame) -> Filters:
    """Widgets for every filter; the first run takes its values from the URL."""
    if "filters_loaded" not in st.session_state:
        start = Filters.from_params(st.query_params.to_dict())
        st.session_state.filters_loaded = True
        st.session_state.f_types = [t for t in start.event_types if t in STYLE]
        st.session_state.f_outlets = start.outlets
        st.session_state.f_claimants = start.claimants
        st.session_state.f_countries = start.countries
        st.session_state.f_precisions = start.precisions
        st.session_state.f_statuses = start.statuses
        st.session_state.f_text = start.text
        st.session_state.f_confirmed = start.confirmed_only
        st.session_state.f_start = start
    dates = [d for d in frame["date"].dropna()]
    lo = min(dates) if dates else date.today() - timedelta(days=30)
    hi = max(dates) if dates else date.today()
    if hi == lo:
        hi = lo + timedelta(days=1)
    start: Filters = st.session_state.f_start
    if "f_slider" not in st.session_state:
        chosen = (max(lo, start.date_from or lo), min(hi, start.date_to or hi))
        st.session_state.f_slider = chosen
        st.session_state.f_input = chosen
    with st.sidebar:
        st.header("Filters")
        st.slider("Event dates", min_value=lo, max_value=hi, key="f_slider",
                  on_change=_sync, args=("f_slider", "f_input"))
        st.date_input("From – to", min_value=lo, max_value=hi, key="f_input",
                      on_change=_sync, args=("f_input", "f_slider"))
        st.multiselect("Event type", list(STYLE), key="f_types",
                       format_func=lambda t: STYLE[t]["label"])
        st.multiselect("Outlet", _options(frame, "outlet"), key="f_outlets")
        st.multiselect("Claimed by", _options(frame, "claimed_by"), key="f_claimants")
        st.multiselect("Country", _options(frame, "country"), key="f_countries")
        st.multiselect("Precision", sorted(set(PRECISIONS.values())), key="f_precisions")
        st.multiselect("Review status", list(REVIEW_STATUSES), key="f_statuses")
        st.text_input("Search quotes", key="f_text")
        st.toggle("Confirmed reports only", key="f_confirmed")
    date_from, date_to = st.session_state.f_slider
    filters = Filters(
        date_from=None if date_from == lo else date_from,
        date_to=None if date_to == hi else date_to,
        event_types=st.session_state.f_types, outlets=st.session_state.f_outlets,
        claimants=st.session_state.f_claimants, countries=st.session_state.f_countries,
        precisions=st.session_state.f_precisions, statuses=st.session_state.f_statuses,
        text=st.session_state.f_text, confirmed_only=st.session_state.f_confirmed)
    params = filters.to_params()
    keep = {k: v for k, v in st.query_params.to_dict().items() if k in {"q", "report"}}
    if params != {k: v for k, v in st.query_params.to_dict().items() if k not in keep}:
        st.query_params.clear()
        st.query_params.update({**params, **keep})
    return filters
