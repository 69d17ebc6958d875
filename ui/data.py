"""Loaders shared by the pages: the gazetteer once per process, the store per URL."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from gazetteer import Gazetteer, default_index_path, open_gazetteer
from reports import store
from reports.query import prepare


@st.cache_resource(show_spinner="Opening the gazetteer...")
def _gazetteer(path: str) -> Gazetteer:
    return open_gazetteer(path)


def gazetteer() -> Gazetteer:
    """One shared gazetteer per index file (per process)."""
    return _gazetteer(str(default_index_path()))


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    return store.connect(url)


def engine() -> Engine:
    return _engine(store.database_url())


def reports_frame() -> pd.DataFrame:
    """Every stored report, prepared for filtering (re-read after each change)."""
    return _frame(store.database_url(), st.session_state.get("reports_version", 0))


@st.cache_resource(show_spinner="Loading reports...", max_entries=4)
def _frame(url: str, version: int) -> pd.DataFrame:
    """Shared, read-only (pages filter it into new frames and never write to it)."""
    del version  # only keys the cache: a write bumps it
    return prepare(store.report_table(_engine(url)))


def changed() -> None:
    """After a write: the next read sees it."""
    st.session_state.reports_version = st.session_state.get("reports_version", 0) + 1
