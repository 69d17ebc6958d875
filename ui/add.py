"""Add articles: paste text or upload .txt/.html/.jsonl, check the detected outlet and
date, preview the extracted reports, then save."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

import pandas as pd
import streamlit as st

from gazetteer import StrikemapError
from geo.escape import escape_markdown
from reports import Article, extract, make_article, store
from reports.reading import fetch_url, html_to_text, read_jsonl

from . import data

PREVIEW_COLUMNS = ["event_type", "weapon", "place_name", "place_kind", "event_date",
                   "killed", "injured", "count", "claimed_by", "quote"]


def _articles(text: str, uploads: list[Any]) -> list[Article]:
    found: list[Article] = []
    if text.strip():
        found.append(make_article(text, source="pasted text"))
    for upload in uploads:
        raw = upload.getvalue()
        try:
            body = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise StrikemapError(f"{upload.name}: not UTF-8 text") from err
        if upload.name.lower().endswith(".jsonl"):
            found.extend(read_jsonl(body, upload.name))
        elif upload.name.lower().endswith((".html", ".htm")):
            main, meta = html_to_text(body, upload.name)
            found.append(make_article(main, **{**meta, "source": upload.name}))
        else:
            found.append(make_article(body, source=upload.name))
    return found


def render() -> None:
    st.subheader("Add articles")
    text = st.text_area("Paste an article", height=180, key="add_text")
    uploads = st.file_uploader("or upload files", type=["txt", "html", "htm", "jsonl"],
                               accept_multiple_files=True, key="add_files") or []
    url = st.text_input("or an article's URL (needs internet)", key="add_url")
    if not text.strip() and not uploads and not url.strip():
        return
    try:
        articles = _articles(text, uploads)
        if url.strip():
            articles.append(fetch_url(url.strip()))
    except StrikemapError as err:
        st.error(escape_markdown(err))
        return
    detected = articles[0] if articles else None
    c1, c2 = st.columns(2)
    outlet = c1.text_input("Outlet", value=(detected.outlet or "") if detected else "",
                           help="Detected from the text where possible; overrides all.")
    published = c2.date_input("Published", value=detected.published.date()
                              if detected and detected.published else None)
    gz = data.gazetteer()
    bar = st.progress(0.0, text="Extracting reports...")
    previews = []
    for i, article in enumerate(articles):
        if outlet:
            article.outlet = outlet
        if published and (article.published is None or
                          article.published.date() != published):
            article.published = datetime.combine(published, time())
        previews.append((article, extract(article, gz)))
        bar.progress((i + 1) / len(articles), text=f"Read {i + 1} of {len(articles)}")
    bar.empty()
    total = sum(len(r) for _, r in previews)
    st.caption(f"{len(articles)} article(s), {total} report(s) found")
    rows = [r.to_dict() for _, found in previews for r in found]
    if rows:
        st.dataframe(pd.DataFrame(rows)[PREVIEW_COLUMNS], hide_index=True,
                     use_container_width=True)
    if st.button("Save", type="primary", disabled=not articles):
        engine = data.engine()
        outcomes = []
        for article, found in previews:
            outcome, n = store.ingest(engine, article, found,
                                      lambda pid: gz.geometry(gz.place(pid)))
            outcomes.append(f"{article.id}: {outcome} ({n} reports)")
        data.changed()
        st.success(escape_markdown("Saved. " + "; ".join(outcomes)))


__all__ = ["render"]
