"""Strikemap's offline gazetteer: place names -> places, and places in running text.

    >>> from gazetteer import resolve
    >>> resolve("the Kursk region").best.place.kind
    'admin1'

Public names are listed in ``__all__``; everything else is private. Importing this
package loads no web, map or UI library.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .build import DEFAULT_INDEX, build
from .errors import (
    DataError,
    IndexMissingError,
    InputError,
    OfflineError,
    StrikemapError,
)
from .index import Gazetteer
from .rank import Context, haversine_km
from .records import KINDS, Candidate, Mention, Place, Resolution

__all__ = [
    "KINDS",
    "Candidate",
    "Context",
    "DataError",
    "Gazetteer",
    "IndexMissingError",
    "InputError",
    "Mention",
    "OfflineError",
    "Place",
    "Resolution",
    "StrikemapError",
    "build",
    "default_index_path",
    "find_places",
    "haversine_km",
    "open_gazetteer",
    "resolve",
]


def default_index_path() -> Path:
    """``$STRIKEMAP_GAZETTEER`` if set, else ``data/gazetteer.sqlite`` in the project."""
    return Path(os.environ.get("STRIKEMAP_GAZETTEER") or DEFAULT_INDEX)


@lru_cache(maxsize=4)
def open_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """The shared, read-only gazetteer for a process (opened once per path)."""
    return Gazetteer(Path(path) if path else default_index_path())


def resolve(name: str, context: str | Context | None = None,
            country: str | None = None) -> Resolution:
    """Resolve one written place name with the default gazetteer."""
    return open_gazetteer().resolve(name, context=context, country=country)


def find_places(text: str) -> list[Mention]:
    """Find and resolve every place named in a text, with the default gazetteer."""
    return open_gazetteer().find_places(text)
