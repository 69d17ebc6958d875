"""Opt-in online fallback through geopy (Nominatim by default), for names the offline
index lacks. Off unless asked for; rate-limited; every answer is cached in the index so
a name is asked once. Tests point it at a local server on loopback, never the internet.
"""

from __future__ import annotations

from typing import Any

from ..errors import OfflineError
from ..records import PRIMARY, SourcePlace, settlement_kind

USER_AGENT = "strikemap/0.1 (newsroom conflict-event mapper; offline-first gazetteer)"
_KINDS = {"city": "city", "town": "town", "village": "village", "hamlet": "village",
          "state": "admin1", "county": "admin2", "district": "admin2",
          "country": "country", "sea": "sea"}


def make_geocoder(domain: str | None = None, scheme: str = "https",
                  min_delay_seconds: float = 1.0, timeout: float = 10) -> Any:
    """A rate-limited Nominatim geocoder (1 request per second: its usage policy)."""
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    kwargs: dict[str, Any] = {"user_agent": USER_AGENT, "timeout": timeout, "scheme": scheme}
    if domain:
        kwargs["domain"] = domain
    geocoder = Nominatim(**kwargs)
    return RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                       max_retries=1, swallow_exceptions=False)


def lookup(geocode: Any, query: str, country: str | None = None) -> SourcePlace | None:
    """Ask the geocoder once; translate its answer to a record (None: not found)."""
    from geopy.exc import GeopyError

    try:
        kwargs: dict[str, Any] = {"addressdetails": True, "language": "en"}
        if country:
            kwargs["country_codes"] = country.lower()
        loc = geocode(query, **kwargs)
    except GeopyError as err:
        raise OfflineError(f"online geocoder failed for {query!r}: {err}") from err
    except OSError as err:
        raise OfflineError(f"online geocoder unreachable: {err}") from err
    if loc is None:
        return None
    raw = loc.raw or {}
    address = raw.get("address") or {}
    kind = _KINDS.get(raw.get("addresstype") or raw.get("type") or "")
    population = 0
    if kind is None or kind in {"city", "town", "village"}:
        kind = kind or settlement_kind(population)
    name = raw.get("name") or loc.address.split(",")[0]
    return SourcePlace(
        id=f"osm:{raw.get('osm_type', 'x')[:1]}{raw.get('osm_id', abs(hash(query)))}",
        name=name,
        kind=kind,
        country=(address.get("country_code") or "").upper() or None,
        latitude=float(loc.latitude),
        longitude=float(loc.longitude),
        names=[(name, PRIMARY), (query, PRIMARY)],
        source="online: OpenStreetMap Nominatim (ODbL)",
        note=loc.address,
    )
