"""The app through Streamlit's own test harness (no browser), on a private store holding
the seed articles: it starts, filters (from the URL too), reviews, adds articles, and
resolves places."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from gazetteer import Gazetteer
from reports import extract, read_inputs, store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


@pytest.fixture(scope="session")
def seeded_url(tmp_path_factory: pytest.TempPathFactory, gz: Gazetteer) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'seeds.sqlite'}"
    engine = store.connect(url)
    for _, articles in read_inputs([str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]):
        for article in articles:
            store.ingest(engine, article, extract(article, gz),
                         lambda pid: gz.geometry(gz.place(pid)))
    with engine.begin() as conn:  # fold the write-ahead log in before tests copy the file
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return url


@pytest.fixture()
def app(seeded_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    # Each test gets its own copy of the seeded store: reviews must not leak.
    copy = tmp_path / "store.sqlite"
    copy.write_bytes(Path(seeded_url.removeprefix("sqlite:///")).read_bytes())
    monkeypatch.setenv("STRIKEMAP_DB", f"sqlite:///{copy}")
    return AppTest.from_file(APP, default_timeout=90)


def _metric(at: AppTest, label: str) -> int:
    return int(next(m.value for m in at.metric if m.label.endswith(label)))


def _reports(url: str) -> list[dict]:
    return store.stored_reports(store.connect(url))


def test_starts_on_the_stored_reports(app: AppTest, seeded_url: str) -> None:
    at = app.run()
    assert not at.exception
    stored = _reports(seeded_url)
    assert _metric(at, "Reports") == len(stored) > 20
    assert _metric(at, "Interception") == sum(r["event_type"] == "interception"
                                              for r in stored)
    assert "GeoNames" in at.caption[-1].value and "Crimea" in at.caption[-1].value


def test_filters_change_the_counts_and_live_in_the_url(app: AppTest) -> None:
    at = app.run()
    total = _metric(at, "Reports")
    at.multiselect(key="f_types").set_value(["interception"]).run()
    only = _metric(at, "Reports")
    assert 0 < only < total and only == _metric(at, "Interception")
    assert at.query_params["event_types"] in ("interception", ["interception"])
    at.text_input(key="f_text").input("Stepnohirsk").run()
    assert _metric(at, "Reports") == 0  # no interception quote mentions Stepnohirsk


def test_a_link_reproduces_the_view(app: AppTest) -> None:
    app.query_params["event_types"] = "shelling"
    app.query_params["outlets"] = "dpa/MIA"
    at = app.run()
    assert not at.exception
    assert at.multiselect(key="f_types").value == ["shelling"]
    assert _metric(at, "Reports") == _metric(at, "Shelling") > 0


def test_confirm_persists_and_keeps_history(app: AppTest, monkeypatch) -> None:
    import os

    url = os.environ["STRIKEMAP_DB"]
    report_id = _reports(url)[0]["id"]
    app.query_params["report"] = str(report_id)
    at = app.run()
    next(b for b in at.button if b.label == "Confirm").click().run()
    assert not at.exception
    row = next(r for r in _reports(url) if r["id"] == report_id)
    assert row["review_status"] == "confirmed"
    history = store.history(store.connect(url), report_id)
    assert [(h["field"], h["old_value"], h["new_value"]) for h in history] == [
        ("review_status", "unreviewed", "confirmed")]
    at.toggle(key="f_confirmed").set_value(True).run()
    assert _metric(at, "Reports") == 1


def test_a_reports_detail_names_who_else_spoke_to_it(app: AppTest) -> None:
    """A claim a second speaker confirmed: the editor sees both sources, as the map and
    the exports do."""
    import os
    from datetime import datetime

    from gazetteer import open_gazetteer
    from reports import make_article

    gz, url = open_gazetteer(), os.environ["STRIKEMAP_DB"]
    article = make_article(
        "A Russian missile hit a hospital in Kharkiv on Saturday, killing two people, the "
        "governor said. The Defence Ministry in Moscow confirmed the attack.",
        id="confirmed", published=datetime(2024, 6, 15))
    store.ingest(store.connect(url), article, extract(article, gz),
                 lambda pid: gz.geometry(gz.place(pid)))
    report = next(r for r in _reports(url) if r["article_id"] == "confirmed")
    app.query_params["report"] = str(report["id"])
    at = app.run()
    assert not at.exception
    facts = next(d.value for d in at.dataframe if "field" in d.value.columns)
    values = dict(zip(facts["field"], facts["value"], strict=True))
    assert values["claimed_by"] == "the governor"
    assert values["other_sources"] == "also per The Defence Ministry in Moscow"


def test_add_an_article_preview_and_save(app: AppTest) -> None:
    import os

    url = os.environ["STRIKEMAP_DB"]
    before = len(_reports(url))
    at = app.run()
    at.text_area(key="add_text").input(
        "Drones hit Sumy\n\nRussian drones struck Sumy overnight, killing two people, the "
        "regional administration said on Saturday.").run()
    assert not at.exception
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception
    assert len(_reports(url)) == before + 1


def test_gazetteer_tab_resolves_and_escapes(app: AppTest) -> None:
    at = app.run()
    box = next(t for t in at.text_input if t.label == "Place name, as written")
    box.input("the Bryansk region").run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if "admin1_iso" in d.value.columns)
    assert table.iloc[0]["admin1_iso"] == "RU-BRY"
    box = next(t for t in at.text_input if t.label == "Place name, as written")
    box.input("Qwxzyplorb").run()
    assert any("Not found" in w.value for w in at.warning)


def test_add_from_an_unreachable_url_says_so(app: AppTest) -> None:
    at = app.run()
    at.text_input(key="add_url").input("http://127.0.0.1:9/article.html").run()
    assert not at.exception
    assert any("could not fetch" in e.value for e in at.error)


def test_embed_tab_summarises_the_filtered_reports(app: AppTest) -> None:
    at = app.run()
    assert not at.exception
    at.multiselect(key="f_types").set_value(["interception"]).run()
    assert any(c.value.startswith(f"{_metric(at, 'Reports')} reported interceptions")
               for c in at.caption)
