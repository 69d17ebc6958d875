"""Gazetteer sources, one module each, all yielding ``SourcePlace`` records.

The index builder does not care which source a record came from: each module only reads
its own format (the geopy habit of one backend per module behind one small interface).
"""
