"""Articles -> reports -> events: reading, extraction, dates, attribution, reconciliation
and storage. Built in the "From articles to reports" issue; uses ``gazetteer`` for places."""
