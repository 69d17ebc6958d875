"""One exception tree for the whole of Strikemap (the geopy habit).

The command line and the app catch only ``StrikemapError`` and show its message: anything
else is a bug and may show a traceback. Each leaf also inherits the matching builtin, so
callers that know only Python's exceptions still catch it.
"""

from __future__ import annotations


class StrikemapError(Exception):
    """Root of every error Strikemap reports to a user."""


class InputError(StrikemapError, ValueError):
    """The user's input (a file, a line, a name) cannot be used; the message says why."""


class IndexMissingError(StrikemapError, FileNotFoundError):
    """The gazetteer index has not been built yet."""


class DataError(StrikemapError, RuntimeError):
    """A data file that ships with Strikemap, or that a user imports, is broken."""


class OfflineError(StrikemapError, ConnectionError):
    """An online look-up was asked for but the network or the service did not answer."""
