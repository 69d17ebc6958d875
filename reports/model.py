"""Plain records for articles and the reports extracted from them (no I/O here)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

EVENT_TYPES = ("strike", "shelling", "interception", "airspace_violation", "explosion",
               "other_attack")
WEAPONS = ("drone", "missile", "artillery", "aircraft", "naval_drone", "unknown")
DATE_PRECISIONS = ("day", "night", "week", "month", "publication", "unknown")


def content_hash(text: str) -> str:
    """Identity of an article: the same text from two files is one article."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One article's text and what is known about it (detected or set by the caller)."""

    text: str
    id: str = ""
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: datetime | None = None
    url: str | None = None
    source: str | None = None  # where it was read from (a path, "stdin", a URL)
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)
        if not self.id:
            self.id = self.hash[:16]


# How a place_note opens when the claim is beside its place, not at it ("near, not at:
# '68NM southwest of Hodeidah'", "at sea, not at the place: 'off Aden'"): the notes the
# exports read as ACLED's "near a town"
NEAR_NOTE = "near, not at"
AT_SEA_NOTE = "at sea, not at the place"


@dataclass
class Report:
    """One claim: an event of one type, at one place, on one date, said by someone."""

    article_id: str
    event_type: str
    weapon: str
    quote: str
    quote_start: int
    quote_end: int
    place_name: str | None = None  # as the gazetteer names it
    place_mention: str | None = None  # as the article wrote it
    place_id: str | None = None
    place_kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    place_note: str | None = None
    event_date: date | None = None
    date_precision: str = "publication"
    date_text: str | None = None
    count: int | None = None
    count_qualifier: str | None = None
    killed: int | None = None
    killed_qualifier: str | None = None
    injured: int | None = None
    injured_qualifier: str | None = None
    children_killed: int | None = None
    children_injured: int | None = None
    claimed_by: str | None = None
    group: str | None = None  # reports of one claim over several places share it
    outlet: str | None = None
    url: str | None = None
    confidence: float = 0.5
    extras: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["event_date"] = self.event_date.isoformat() if self.event_date else None
        return out
