"""Storage: SQLite by default and a real PostgreSQL + PostGIS server; idempotent ingest,
one transaction per article."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from gazetteer import Gazetteer, StrikemapError
from reports import extract, make_article, store

TEXT = ("Russian drones attacked Odesa overnight, killing two people, regional governor "
        "Oleh Kiper said on Saturday. Air defences destroyed 12 drones over the Odesa "
        "region, the air force said.")


def _article(body: str = TEXT, **kw):
    return make_article(body, id="odesa-1", published=datetime(2024, 6, 15), **kw)


def _geometry(gz: Gazetteer):
    return lambda pid: gz.geometry(gz.place(pid))


def _ingest_twice(engine, gz: Gazetteer) -> None:
    article = _article()
    found = extract(article, gz)
    assert len(found) == 2
    assert store.ingest(engine, article, found, _geometry(gz)) == ("added", 2)
    assert store.ingest(engine, _article(), extract(article, gz), _geometry(gz)) == (
        "duplicate", 0)
    other = _article(TEXT.replace("two people", "three people"))
    assert store.ingest(engine, other, extract(other, gz), _geometry(gz))[0] == "added"
    assert store.counts(engine) == {"articles": 2, "reports": 4, "places": 2}
    rows = store.stored_reports(engine)
    assert {r["article_id"] for r in rows} == {"odesa-1", f"odesa-1-{other.hash[:8]}"}
    assert rows[0]["killed"] == 2 and rows[0]["event_date"] == "2024-06-15"
    assert rows[0]["review_status"] == "unreviewed"


def test_sqlite_ingest_is_idempotent(tmp_path: Path, gz: Gazetteer) -> None:
    _ingest_twice(store.connect(f"sqlite:///{tmp_path / 's.sqlite'}"), gz)


def test_failure_mid_article_stores_nothing(tmp_path: Path, gz: Gazetteer,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    engine = store.connect(f"sqlite:///{tmp_path / 's.sqlite'}")
    article = _article()
    found = extract(article, gz)
    found[1].event_type = None  # type: ignore[assignment]  # violates NOT NULL
    with pytest.raises(StrikemapError, match="nothing was stored"):
        store.ingest(engine, article, found, _geometry(gz))
    assert store.counts(engine) == {"articles": 0, "reports": 0, "places": 0}


def test_a_place_keeps_its_own_point_when_a_report_is_mapped_off_it(
        tmp_path: Path, gz: Gazetteer) -> None:
    """A claim "30 km north of Kharkiv" is drawn 30 km north, and Kharkiv stays where it
    is for every later report and every map that joins the place."""
    from geo.geojson import feature_collection

    engine = store.connect(f"sqlite:///{tmp_path / 's.sqlite'}")
    article = _article("A drone hit a farm 30 km north of Kharkiv on Friday, the governor "
                       "said.")
    found = extract(article, gz)
    store.ingest(engine, article, found, _geometry(gz))
    kharkiv = gz.place(found[0].place_id or "")
    assert kharkiv is not None and found[0].latitude - kharkiv.latitude > 0.25
    with engine.connect() as conn:
        place = conn.execute(text("SELECT latitude, longitude FROM places")).one()
    assert tuple(place) == (kharkiv.latitude, kharkiv.longitude)
    assert store.stored_reports(engine)[0]["latitude"] == found[0].latitude
    point = feature_collection(found, _geometry(gz))["features"][0]["geometry"]
    assert point["coordinates"] == [found[0].longitude, found[0].latitude]


def test_unreachable_database_is_a_clear_error() -> None:
    with pytest.raises(StrikemapError, match="cannot open the store"):
        store.connect("postgresql+psycopg://nobody:secret@127.0.0.1:9/none")


def test_postgis_store(postgis_url: str, gz: Gazetteer) -> None:
    engine = store.connect(postgis_url)
    _ingest_twice(engine, gz)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM places WHERE geom IS NOT NULL")
                            ).scalar_one() == 2
        inside = conn.execute(text(
            "SELECT p.name FROM places p WHERE ST_Intersects(p.geom, "
            "ST_SetSRID(ST_MakePoint(30.74, 46.48), 4326)) ORDER BY p.name")).scalars().all()
        assert "Odesa Oblast" in inside
        index = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                  "'places_geom'")).scalar_one()
        assert "gist" in index.lower()
