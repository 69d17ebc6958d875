"""Articles -> reports: reading, extraction, dates, attribution and storage.

    >>> from reports import read_path, extract
    >>> reports = extract(next(read_path("seeds/001_6042fdc2a50a12db.txt")), gazetteer)

Uses ``gazetteer`` for places; knows nothing of maps or file formats (that is ``geo``).
"""

from __future__ import annotations

from .extract import extract
from .model import EVENT_TYPES, WEAPONS, Article, Report
from .reading import make_article, read_inputs, read_path

__all__ = ["EVENT_TYPES", "WEAPONS", "Article", "Report", "extract", "make_article",
           "read_inputs", "read_path"]
