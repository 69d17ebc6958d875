"""Storing articles and reports: SQLite by default, PostgreSQL + PostGIS for a team.

One code path through SQLAlchemy Core. ``STRIKEMAP_DB`` holds a database URL
(``postgresql+psycopg://...``); without it the store is ``data/strikemap.sqlite``.
Ingest is idempotent by content hash and takes one transaction per article, so a failure
leaves nothing partial. Geometry is kept as GeoJSON text in every store and, on
PostgreSQL, also in a PostGIS column with a spatial index.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from gazetteer.errors import InputError, StrikemapError

from .model import Article, Report

DEFAULT_DB = Path(__file__).resolve().parent.parent / "data" / "strikemap.sqlite"

metadata = MetaData()
articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("hash", String(64), nullable=False, unique=True),
    Column("title", Text), Column("outlet", Text), Column("byline", Text),
    Column("published", String(40)), Column("url", Text), Column("source", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
)
places = Table(
    "places", metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text), Column("kind", String(20)), Column("country", String(2)),
    Column("admin1", Text), Column("latitude", Float), Column("longitude", Float),
    Column("geometry", Text, nullable=False),  # GeoJSON, WGS84
)
_REPORT_FIELDS = [name for name in Report.__dataclass_fields__ if name != "extras"]
reports = Table(
    "reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), ForeignKey("articles.id"), nullable=False,
           index=True),
    Column("event_type", String(30), nullable=False, index=True),
    Column("weapon", String(20), nullable=False),
    Column("quote", Text, nullable=False),
    Column("quote_start", Integer, nullable=False), Column("quote_end", Integer,
                                                           nullable=False),
    Column("place_name", Text), Column("place_mention", Text),
    Column("place_id", String(200), ForeignKey("places.id"), index=True),
    Column("place_kind", String(20)), Column("country", String(2), index=True),
    Column("admin1", Text), Column("latitude", Float), Column("longitude", Float),
    Column("place_note", Text),
    Column("event_date", String(10), index=True), Column("date_precision", String(20)),
    Column("date_text", Text),
    Column("count", Integer), Column("count_qualifier", String(40)),
    Column("killed", Integer), Column("killed_qualifier", String(40)),
    Column("injured", Integer), Column("injured_qualifier", String(40)),
    Column("children_killed", Integer), Column("children_injured", Integer),
    Column("claimed_by", Text), Column("group", String(250)),
    Column("outlet", Text), Column("url", Text),
    Column("confidence", Float, nullable=False),
    Column("extras", Text, nullable=False, default="{}"),
    Column("review_status", String(20), nullable=False, default="unreviewed"),
    Column("created_at", String(40), nullable=False),
)


revisions = Table(
    "revisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", Integer, ForeignKey("reports.id"), nullable=False, index=True),
    Column("field", String(40), nullable=False),
    Column("old_value", Text), Column("new_value", Text),
    Column("changed_at", String(40), nullable=False),
    Column("editor", Text),
)
EDITABLE = ("event_type", "weapon", "event_date", "count", "killed", "injured",
            "claimed_by", "review_status", "place_id")
_PLACE_COPY = ("place_name", "place_kind", "country", "admin1", "latitude", "longitude")


def database_url(url: str | None = None) -> str:
    """The store's URL: the argument, ``$STRIKEMAP_DB``, or the embedded SQLite file."""
    return url or os.environ.get("STRIKEMAP_DB") or f"sqlite:///{DEFAULT_DB}"


def connect(url: str | None = None) -> Engine:
    """Open (and create when new) the store; errors say which database and why."""
    target = database_url(url)
    if target.startswith("sqlite:///"):
        Path(target.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(target, future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        metadata.create_all(engine)
        if engine.dialect.name == "postgresql":
            _postgis(engine)
    except SQLAlchemyError as err:
        raise StrikemapError(f"cannot open the store {engine_label(target)}: "
                             f"{err.__class__.__name__}: {str(err).splitlines()[0]}") from err
    return engine


def engine_label(url: str) -> str:
    """A URL without its password, for messages."""
    return __import__("re").sub(r"://([^:/@]+):[^@]+@", r"://\1:***@", url)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _postgis(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
        conn.execute(text("ALTER TABLE places ADD COLUMN IF NOT EXISTS geom "
                          "geometry(Geometry, 4326)"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS places_geom ON places USING GIST (geom)"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ingest(engine: Engine, article: Article, found: Iterable[Report],
           geometry_of: Callable[[str], dict[str, Any] | None]) -> tuple[str, int]:
    """Store one article and its reports in one transaction.

    Returns ("added", n) or ("duplicate", 0) when the same text is already stored.
    ``geometry_of(place_id)`` gives the GeoJSON geometry of a place.
    """
    found = list(found)
    try:
        with engine.begin() as conn:
            if conn.execute(select(articles.c.id).where(articles.c.hash == article.hash)
                            ).first():
                return "duplicate", 0
            article_id = article.id
            if conn.execute(select(articles.c.id).where(articles.c.id == article_id)
                            ).first():
                article_id = f"{article.id}-{article.hash[:8]}"  # same id, other text
            conn.execute(insert(articles).values(
                id=article_id, hash=article.hash, title=article.title, outlet=article.outlet,
                byline=article.byline,
                published=article.published.isoformat() if article.published else None,
                url=article.url, source=article.source, text=article.text,
                ingested_at=_now()))
            for place_id in {r.place_id for r in found if r.place_id}:
                _ensure_place(conn, place_id, found, geometry_of)
            rows = []
            for r in found:
                row = {name: getattr(r, name) for name in _REPORT_FIELDS}
                row["article_id"] = article_id
                row["event_date"] = r.event_date.isoformat() if r.event_date else None
                row["extras"] = json.dumps(r.extras, ensure_ascii=False, sort_keys=True)
                row["created_at"] = _now()
                rows.append(row)
            if rows:
                conn.execute(insert(reports), rows)
            return "added", len(rows)
    except SQLAlchemyError as err:
        raise StrikemapError(f"could not store article {article.id}: "
                             f"{str(err).splitlines()[0]} (nothing was stored)") from err


def _ensure_place(conn: Any, place_id: str, found: list[Report],
                  geometry_of: Callable[[str], dict[str, Any] | None]) -> None:
    if conn.execute(select(places.c.id).where(places.c.id == place_id)).first():
        return
    r = next(r for r in found if r.place_id == place_id)
    geometry = geometry_of(place_id) or {"type": "Point",
                                         "coordinates": [r.longitude, r.latitude]}
    geojson = json.dumps(geometry, separators=(",", ":"))
    # (a place's own point, not a report's: "30 km north of Kharkiv" is mapped off it)
    lon, lat = geometry["coordinates"] if geometry["type"] == "Point" else (
        r.longitude, r.latitude)
    conn.execute(insert(places).values(
        id=place_id, name=r.place_name, kind=r.place_kind, country=r.country,
        admin1=r.admin1, latitude=lat, longitude=lon, geometry=geojson))
    if conn.dialect.name == "postgresql":
        conn.execute(text("UPDATE places SET geom = ST_SetSRID(ST_GeomFromGeoJSON(:g), 4326) "
                          "WHERE id = :id"), {"g": geojson, "id": place_id})


def review(engine: Engine, report_id: int, changes: dict[str, Any],
           place: dict[str, Any] | None = None, editor: str | None = None) -> int:
    """Confirm, correct or reject a report: every changed field is kept in ``revisions``
    with its old value and the time, and nothing is deleted. ``place`` (id, name, kind,
    country, admin1, latitude, longitude, geometry) comes with a ``place_id`` change.
    Returns the number of fields changed."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InputError(f"cannot edit {sorted(unknown)}; editable: {', '.join(EDITABLE)}")
    status = changes.get("review_status")
    if status is not None and status not in {"unreviewed", "confirmed", "corrected",
                                             "rejected"}:
        raise InputError(f"unknown review status {status!r}")
    try:
        with engine.begin() as conn:
            row = conn.execute(select(reports).where(reports.c.id == report_id)
                               ).mappings().first()
            if row is None:
                raise InputError(f"no report {report_id}")
            updates = {k: v for k, v in changes.items() if row[k] != v}
            if "place_id" in updates:
                if place is None or place.get("id") != updates["place_id"]:
                    raise InputError("a place change needs the new place's record")
                if not conn.execute(select(places.c.id).where(
                        places.c.id == place["id"])).first():
                    geojson = json.dumps(place["geometry"], separators=(",", ":"))
                    conn.execute(insert(places).values(
                        id=place["id"], name=place["name"], kind=place["kind"],
                        country=place.get("country"), admin1=place.get("admin1"),
                        latitude=place["latitude"], longitude=place["longitude"],
                        geometry=geojson))
                for key, column in zip(_PLACE_COPY, ("name", "kind", "country", "admin1",
                                                     "latitude", "longitude"), strict=True):
                    updates[key] = place.get(column)
            if not updates:
                return 0
            if "review_status" not in updates and set(updates) - {"review_status"}:
                updates["review_status"] = "corrected"
            stamp = _now()
            conn.execute(insert(revisions), [
                {"report_id": report_id, "field": k,
                 "old_value": None if row[k] is None else str(row[k]),
                 "new_value": None if v is None else str(v), "changed_at": stamp,
                 "editor": editor} for k, v in updates.items()])
            conn.execute(reports.update().where(reports.c.id == report_id).values(**updates))
            return len(updates)
    except SQLAlchemyError as err:
        raise StrikemapError(f"could not save the review of report {report_id}: "
                             f"{str(err).splitlines()[0]} (nothing was changed)") from err


def history(engine: Engine, report_id: int) -> list[dict[str, Any]]:
    """Every change made to a report, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(select(revisions).where(revisions.c.report_id == report_id)
                            .order_by(revisions.c.id)).mappings().all()
    return [dict(r) for r in rows]


def report_table(engine: Engine) -> list[dict[str, Any]]:
    """Reports joined with their article's title and text and their place's geometry,
    for the app (one query)."""
    query = (select(reports, articles.c.title.label("article_title"),
                    articles.c.published.label("article_published"),
                    places.c.geometry.label("geometry"))
             .join(articles, articles.c.id == reports.c.article_id)
             .join(places, places.c.id == reports.c.place_id, isouter=True)
             .order_by(reports.c.id))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings().all()]


def article_text(engine: Engine, article_id: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(articles.c.text).where(articles.c.id == article_id)
                            ).scalar_one_or_none()


def stored_reports(engine: Engine) -> list[dict[str, Any]]:
    """Every stored report as a dict, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(select(reports).order_by(reports.c.id)).mappings().all()
    return [dict(row) for row in rows]


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
                for name in ("articles", "reports", "places")}


__all__ = ["DEFAULT_DB", "EDITABLE", "InputError", "article_text", "connect", "counts",
           "database_url", "history", "ingest", "report_table", "review", "stored_reports"]
