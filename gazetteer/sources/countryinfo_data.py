"""Conventional country centre points, spellings, demonyms and translated names, from
PyPI ``countryinfo`` (MIT; data after the REST Countries project).

Why: a country's "where" in gazetteers and news graphics is a conventional centre
(Russia 60 N 100 E), not the centroid of its polygon, which for Russia or Canada lies
hundreds of kilometres away. The package also lists the spellings and names in other
languages that reporters and sources use.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

SOURCE = "countryinfo"
CREDIT = "countryinfo (MIT), after REST Countries"
_CODE_RE = re.compile(r"^[A-Z]{2,3}$")


@lru_cache(maxsize=1)
def by_iso2() -> dict[str, dict[str, Any]]:
    """ISO2 -> {latlng, names, demonym}; empty if the package is missing its data."""
    out: dict[str, dict[str, Any]] = {}
    folder = resources.files("countryinfo") / "data"
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        with entry.open(encoding="utf-8") as fh:
            data = json.load(fh)
        iso = (data.get("ISO") or {}).get("alpha2") if isinstance(data.get("ISO"), dict) \
            else None
        if not iso:
            continue
        names = [n for n in (data.get("altSpellings") or []) if isinstance(n, str)
                 and not _CODE_RE.match(n)]
        names += [n for n in (data.get("translations") or {}).values() if isinstance(n, str)]
        names += [n for n in (data.get("nativeName"),) if isinstance(n, str)]
        latlng = data.get("latlng") or []
        out[iso] = {
            "latlng": tuple(latlng) if len(latlng) == 2 else None,
            "names": names,
            "demonym": data.get("demonym") if isinstance(data.get("demonym"), str) else None,
        }
    return out
