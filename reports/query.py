"""Which reports to show: one ``Filters`` record and one pure function over a table of
reports, shared by the app, the exports and the embeds (the same filters everywhere)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

import pandas as pd

PRECISIONS = {  # how exactly a report is placed, from its place kind
    "city": "settlement", "town": "settlement", "village": "settlement", "site": "site",
    "admin2": "district", "admin1": "region", "region": "region", "airspace": "airspace",
    "country": "country", "sea": "sea", "continent": "continent",
}
REVIEW_STATUSES = ("unreviewed", "confirmed", "corrected", "rejected")


@dataclass
class Filters:
    """Every way a user can narrow the reports; empty means "all"."""

    date_from: date | None = None
    date_to: date | None = None
    event_types: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    claimants: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    precisions: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    text: str = ""
    confirmed_only: bool = False

    def to_params(self) -> dict[str, str]:
        """URL query parameters (lists comma-joined) so a link reproduces the view."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, "", [], False):
                continue
            if isinstance(value, list):
                out[f.name] = ",".join(value)
            elif isinstance(value, date):
                out[f.name] = value.isoformat()
            elif isinstance(value, bool):
                out[f.name] = "1"
            else:
                out[f.name] = str(value)
        return out

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> Filters:
        """The inverse of ``to_params``; malformed values are ignored, not fatal."""
        kw: dict[str, Any] = {}
        for f in fields(cls):
            raw = params.get(f.name)
            if isinstance(raw, list):
                raw = raw[-1] if raw else None
            if raw in (None, ""):
                continue
            if f.name in {"date_from", "date_to"}:
                try:
                    kw[f.name] = date.fromisoformat(str(raw))
                except ValueError:
                    continue
            elif f.name == "confirmed_only":
                kw[f.name] = str(raw) in {"1", "true", "yes"}
            elif f.name == "text":
                kw[f.name] = str(raw)[:200]
            else:
                kw[f.name] = [v for v in str(raw).split(",") if v][:50]
        return cls(**kw)


def prepare(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A table of stored reports with the columns filtering needs."""
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=["id", "event_type", "event_date", "outlet",
                                      "claimed_by", "country", "place_kind", "quote",
                                      "review_status"])
    frame["date"] = pd.to_datetime(frame["event_date"], errors="coerce").dt.date
    frame["precision"] = frame["place_kind"].map(PRECISIONS).fillna("unknown")
    frame["outlet"] = frame["outlet"].fillna("(unknown outlet)")
    frame["claimed_by"] = frame["claimed_by"].fillna("(unattributed)")
    return frame


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain dicts with None for missing values (pandas writes NaN), ready for
    JSON, CSV and maps."""
    part = frame.astype(object)
    return part.where(part.notna(), None).to_dict("records")


def apply(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The reports that pass every filter (rejected ones only when asked for)."""
    keep = pd.Series(True, index=frame.index)
    if filters.date_from:
        keep &= frame["date"].notna() & (frame["date"] >= filters.date_from)
    if filters.date_to:
        keep &= frame["date"].notna() & (frame["date"] <= filters.date_to)
    for column, wanted in (("event_type", filters.event_types), ("outlet", filters.outlets),
                           ("claimed_by", filters.claimants), ("country", filters.countries),
                           ("precision", filters.precisions),
                           ("review_status", filters.statuses)):
        if wanted:
            keep &= frame[column].isin(wanted)
    if not filters.statuses:
        keep &= frame["review_status"] != "rejected"
    if filters.confirmed_only:
        keep &= frame["review_status"].isin(["confirmed", "corrected"])
    if filters.text.strip():
        keep &= frame["quote"].str.contains(filters.text.strip(), case=False, regex=False,
                                            na=False)
    return frame[keep]
