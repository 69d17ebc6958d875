"""Review one report: confirm, reject, or correct it (place from the gazetteer's ranked
candidates, type, date, figures, claimant). Every change is kept with its time and old
value; nothing is deleted."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from geo.escape import escape_markdown
from geo.layers import STYLE
from reports import WEAPONS, store

from . import data


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return int(value)


def _save(report_id: int, changes: dict[str, Any], place: dict[str, Any] | None = None
          ) -> None:
    n = store.review(data.engine(), report_id, changes, place=place)
    data.changed()
    st.session_state.review_message = (f"Report {report_id}: {n} change(s) saved."
                                       if n else "Nothing changed.")


def panel(row: dict[str, Any]) -> None:
    report_id = int(row["id"])
    st.markdown(f"**Review** — status: `{escape_markdown(row.get('review_status'))}`")
    message = st.session_state.pop("review_message", None)
    if message:
        st.success(message)
    c1, c2 = st.columns(2)
    if c1.button("Confirm", key=f"confirm-{report_id}", type="primary"):
        _save(report_id, {"review_status": "confirmed"})
        st.rerun()
    if c2.button("Reject", key=f"reject-{report_id}"):
        _save(report_id, {"review_status": "rejected"})
        st.rerun()
    with st.form(f"correct-{report_id}"):
        st.caption("Correct")
        types = list(STYLE)
        event_type = st.selectbox("Type", types, index=types.index(row["event_type"])
                                  if row["event_type"] in types else 0,
                                  format_func=lambda t: STYLE[t]["label"])
        weapon = st.selectbox("Weapon", WEAPONS, index=WEAPONS.index(row["weapon"])
                              if row.get("weapon") in WEAPONS else len(WEAPONS) - 1)
        search = st.text_input("Place (search the gazetteer)",
                               value=row.get("place_mention") or row.get("place_name") or "")
        res = data.gazetteer().resolve(search) if search.strip() else None
        candidates = ([res.best, *res.alternatives] if res and res.best else [])[:10]
        labels = [f"{c.place.name} · {c.place.kind} · {c.place.admin1 or ''} "
                  f"{c.place.country or ''} ({c.score:.2f})" for c in candidates]
        current = next((i for i, c in enumerate(candidates)
                        if c.place.id == row.get("place_id")), 0)
        choice = st.selectbox("Candidates", range(len(candidates)), index=current,
                              format_func=lambda i: labels[i]) if candidates else None
        when = row.get("event_date")
        event_date = st.date_input("Date", value=date.fromisoformat(when) if isinstance(
            when, str) and when else None)
        k1, k2, k3 = st.columns(3)
        killed = k1.number_input("Killed", min_value=0, value=_int(row.get("killed")))
        injured = k2.number_input("Injured", min_value=0, value=_int(row.get("injured")))
        count = k3.number_input("Count", min_value=0, value=_int(row.get("count")))
        claimed_by = st.text_input("Claimed by", value=row.get("claimed_by") or "")
        if st.form_submit_button("Save correction"):
            changes: dict[str, Any] = {
                "event_type": event_type, "weapon": weapon,
                "event_date": event_date.isoformat() if event_date else None,
                "killed": _int(killed), "injured": _int(injured), "count": _int(count),
                "claimed_by": claimed_by.strip() or None}
            place = None
            if choice is not None:
                chosen = candidates[choice].place
                if chosen.id != row.get("place_id"):
                    gz = data.gazetteer()
                    place = {**chosen.to_dict(), "geometry": gz.geometry(chosen)}
                    changes["place_id"] = chosen.id
            _save(report_id, changes, place)
            st.rerun()
    revisions = store.history(data.engine(), report_id)
    if revisions:
        st.caption("History")
        st.dataframe(pd.DataFrame(revisions)[["changed_at", "field", "old_value",
                                              "new_value"]],
                     hide_index=True, width="stretch")
