"""The opened gazetteer: look-ups, ``resolve`` and ``find_places`` over the built index.

Opening maps the SQLite file and the key trie (milliseconds); answers for a name are
cached, so a warm ``resolve`` costs microseconds.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from .build import DEFAULT_INDEX, TRAP, trie_path
from .errors import IndexMissingError, InputError
from .normalize import ROMANISED_COUNTRIES, fold, loose
from .phrases import (
    ADMIN1,
    ADMIN2,
    AIRSPACE,
    COUNTRY,
    SETTLEMENT,
    Query,
    parse,
    strip_kind_words,
)
from .rank import NEAR_KM, Context, Hit, haversine_km, rank
from .records import (
    ABBREV,
    AREA_KINDS,
    OFFICIAL,
    SETTLEMENT_KINDS,
    Candidate,
    Mention,
    Place,
    Resolution,
)
from .spotter import (
    UNKNOWN_LISTED_OF_RE,
    UNNAMED_SETTLEMENTS,
    Span,
    abbreviation_spans,
    add_kind_words,
    adjective_community_spans,
    candidate_spans,
    demonym_area_spans,
    is_person_or_title,
    parent_links,
    some_settlement_spans,
    unknown_settlement_spans,
)

# Names of places users added since the trie was written (the trie holds the rest).
_EXTRA_KEYS_SQL = ("SELECT n.key FROM places p JOIN names n ON n.place_id = p.id "
                   "WHERE p.layer IN ('online', 'local') AND n.spot = 1")
MAX_NAME_CHARS = 300
MAX_TEXT_CHARS = 20_000_000
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PLACE_COLUMNS = ("id, name, kind, country, admin1, admin1_iso, admin1_id, latitude, "
                  "longitude, population, source, occupied, geometry_id, note, feature_code")
_PLACE_COLUMNS_P = ", ".join(f"p.{c.strip()}" for c in _PLACE_COLUMNS.split(","))
# Region names that are ordinary words: "Western" is a Ghanaian region only with support.
GENERIC_AREA_NAMES = frozenset(
    """western eastern northern southern central north south east west northeast northwest
    southeast southwest centre center capital coast coastal upper lower middle interior
    lakes islands island highlands lowlands plateau valley border far north far west
    greater federal district national capital territory maritime littoral plateaux savanes
    centrale atlantique""".split()
)
CONTINENT_ADJECTIVES = {"european": "europe", "african": "africa", "asian": "asia",
                        "north american": "north america", "south american": "south america",
                        "latin american": "south america", "oceanian": "oceania"}
COMMON_WORD_MAX_POPULATION = 500_000  # Nice is a word; Moscow and London are places
MIN_SCORE = 0.2  # a typo-level (fuzzy) match below this share is not an answer
CITY_DISTRICT_KM = 25  # a "district" of a city whose namesake lies this close is the city's own


def clean_name(name: object) -> str:
    """A name as a user typed it, minus control characters and extra white space."""
    if not isinstance(name, str):
        raise InputError(f"a place name must be text, not {type(name).__name__}")
    return " ".join(_CONTROL_RE.sub(" ", name).split())


# A hromada ("territorial community"): a town and the villages around it, named after it.
# Municipalities named after their seat and around it: a Ukrainian hromada, a Russian
# urban district ("the Shebekino urban district" is Shebekino and its villages)
_COMMUNITY_RE = re.compile(r"\b(?:communit(?:y|ies)|hromadas?|gromadas?|(?:urban|municipal|"
                           r"gorodskoy) (?:districts?|okrugs?))\b", re.I)
# A hromada's adjective ("Bilopilska") and the openers of compound names
# ("Velykopysarivska": Velyka Pysarivka)
_ADJECTIVE_END_RE = re.compile(r"s(?:ka|kyi|ke|ki)$")
_COMPOUND_OPENERS = {"velyko": "velyka", "malo": "mala", "novo": "nova", "staro": "stara",
                     "verkhnyo": "verkhnia", "nyzhnyo": "nyzhnia"}
_LISTED_COMMUNITIES_RE = re.compile(r"(?:\s*(?:,|and|&)\s*[^,.;:()]{2,40}?)+\s+"
                                    r"(?:territorial\s+)?(?:communities|hromadas|gromadas)\b",
                                    re.I)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO2 -> the folded name of the country's capital (GeoNames' country table)."""
    from .sources.geonames_cities import countries

    return {iso: fold(c["capital"]) for iso, c in countries().items() if c.get("capital")}


class Gazetteer:
    """A read-mostly handle on the index; safe to share between threads."""

    def __init__(self, path: Path | str = DEFAULT_INDEX) -> None:
        import marisa_trie

        self.path = Path(path)
        if not self.path.exists() or not trie_path(self.path).exists():
            raise IndexMissingError(
                f"no gazetteer index at {self.path}; build it with "
                "`python strikemap.py gazetteer build`"
            )
        try:
            self._conn = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
            )
            self._conn.execute("PRAGMA query_only=1")
            self._demonyms = dict(self._conn.execute("SELECT key, country FROM demonyms"))
            extra = self._conn.execute(_EXTRA_KEYS_SQL).fetchall()
        except sqlite3.DatabaseError as err:
            raise IndexMissingError(f"the gazetteer index {self.path} is unreadable: {err}; "
                                    "rebuild it with `python strikemap.py gazetteer build`"
                                    ) from err
        self._trie = marisa_trie.Trie()
        self._trie.mmap(str(trie_path(self.path)))
        self._extra_keys = {row[0] for row in extra}
        self._lock = threading.Lock()
        self._places_seen: dict[str, Place] = {}
        self._hits = lru_cache(maxsize=100_000)(self._hits_uncached)
        self._place = lru_cache(maxsize=200_000)(self._place_uncached)
        self._geometry = lru_cache(maxsize=512)(self._geometry_uncached)
        self._contexts = lru_cache(maxsize=256)(self._context_uncached)
        self._spans_cache = lru_cache(maxsize=8)(self._spans)
        self._resolve_free = lru_cache(maxsize=50_000)(self._resolve_free_uncached)
        # The spotter asks these of every capitalised word: most words recur.
        self._is_key = lru_cache(maxsize=200_000)(self.has_key)
        self._is_prefix = lru_cache(maxsize=200_000)(self.has_prefix)
        adjectives = frozenset(form.lower() for form in self._demonyms)
        self._adjectives = adjectives
        self._online: Any = None

    def enable_online(self, geocode: Any) -> None:
        """Ask ``geocode`` (see ``sources.online.make_geocoder``) for names the index
        lacks; answers are cached in the index. Off by default."""
        self._online = geocode

    def refresh(self) -> None:
        """See places written since opening (imports, online answers, local places)."""
        with self._lock:
            extra = self._conn.execute(_EXTRA_KEYS_SQL).fetchall()
        self._extra_keys = {row[0] for row in extra}
        self._trie.mmap(str(trie_path(self.path)))
        for cache in (self._hits, self._place, self._contexts, self._spans_cache,
                      self._resolve_free, self._is_key, self._is_prefix):
            cache.cache_clear()
        self._places_seen.clear()

    def forget_texts(self) -> None:
        """Drop what was cached per text (spans, context), keeping what is cached per
        name: benchmarks that repeat a text then time it as new text."""
        self._contexts.cache_clear()
        self._spans_cache.cache_clear()

    def close(self) -> None:
        self._conn.close()

    # -- look-ups -------------------------------------------------------------------
    def _query(self, sql: str, args: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, tuple(args)).fetchall()

    def _place_uncached(self, place_id: str) -> Place | None:
        rows = self._query(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,))
        if not rows:
            return None
        return self._place_cache_get(rows[0])

    def place(self, place_id: str) -> Place | None:
        """A place by its id ("gn:706483", "ne1:UA-63", "air:PL")."""
        return self._place(place_id)

    def _hits_uncached(self, key: str) -> tuple[Hit, ...]:
        hits = self._hits_where("n.key = ?", key, "name")
        if not hits and len(key) >= 4:
            # A town written in Latin letters at home has one spelling: Poland's Osiny is
            # not Osina, and Georgia's Clarke county no Clark (transliteration merges
            # only names romanised from another script, and names of lands)
            hits = [h for h in self._hits_where("n.loose = ?", loose(key), "loose")
                    if h.place.country in ROMANISED_COUNTRIES
                    or h.place.kind not in SETTLEMENT_KINDS]
        if not hits and len(key) >= 5:
            hits = self._fuzzy(key)
        return tuple(hits)

    def _hits_where(self, where: str, value: str, match: str) -> list[Hit]:
        """Names and their places in one query (a warm cache makes this rare)."""
        rows = self._query(
            f"SELECT n.rank, n.common, {_PLACE_COLUMNS_P} FROM names n "
            f"JOIN places p ON p.id = n.place_id WHERE {where}", (value,))
        hits = []
        for row in rows:
            place = self._place_cache_get(row[2:])
            hits.append(Hit(place, row[0], match, 1.0, bool(row[1])))
        return hits

    def _place_cache_get(self, r: tuple) -> Place:
        """One Place object per id, built from a row of ``_PLACE_COLUMNS``."""
        place = self._places_seen.get(r[0])
        if place is None:
            place = Place(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                          r[10], bool(r[11]), r[12], r[13], r[14])
            self._places_seen[r[0]] = place
        return place

    def _fuzzy(self, key: str) -> list[Hit]:
        """Typos: names sharing the first four letters, scored by edit similarity."""
        from rapidfuzz import fuzz, process

        keys = self._trie.keys(key[:4])[:20_000]
        found = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=86, limit=3)
        hits: list[Hit] = []
        for other, sim, _ in found:
            for pid, rank_, common in self._query(
                    "SELECT place_id, rank, common FROM names WHERE key = ?", (other,)):
                place = self._place(pid)
                if place is not None:
                    hits.append(Hit(place, rank_, "fuzzy", sim / 100, bool(common)))
        return hits

    def hits(self, key: str) -> tuple[Hit, ...]:
        """Every place a folded key can mean, with how the name matched."""
        return self._hits(key)

    def has_key(self, key: str) -> bool:
        return key in self._trie or key in self._extra_keys

    def has_prefix(self, prefix: str) -> bool:
        return next(self._trie.iterkeys(prefix), None) is not None or any(
            k.startswith(prefix) for k in self._extra_keys)

    def _geometry_uncached(self, geometry_id: str) -> dict[str, Any] | None:
        rows = self._query("SELECT geojson FROM geometries WHERE id = ?", (geometry_id,))
        return json.loads(rows[0][0]) if rows else None

    def geometry(self, place: Place) -> dict[str, Any]:
        """GeoJSON geometry: the polygon of an area, else the place's point."""
        if place.geometry_id:
            geom = self._geometry(place.geometry_id)
            if geom is not None:
                return geom
        return {"type": "Point", "coordinates": [place.longitude, place.latitude]}

    def is_capital(self, place: Place) -> bool:
        """Whether a city is its country's capital ("the capital" in a text means it)."""
        return place.kind in SETTLEMENT_KINDS and bool(place.country) and fold(
            place.name) == _capitals().get(place.country or "")

    def capital_of(self, iso: str) -> Place | None:
        """The capital city of a country ("the Iranian capital" is Tehran)."""
        name = _capitals().get(iso)
        if not name:
            return None
        hits = [h.place for h in self._hits(name) if h.match == "name" and h.place.country == iso
                and self.is_capital(h.place)]
        return max(hits, key=lambda p: p.population, default=None)

    def largest_city(self, iso: str, rank: int = 1) -> Place | None:
        """The country's ``rank``-th largest city by population ("Ukraine's second-largest
        city" is Kharkiv). A part of a bigger city that GeoNames lists on its own (West
        Jerusalem, Ras Bayrut) is no city of the ranking."""
        cities: list[Place] = []
        for (place_id,) in self._query(
                "SELECT id FROM places WHERE country = ? AND kind = 'city' "
                "ORDER BY population DESC LIMIT 20", (iso,)):
            place = self.place(place_id)
            if place is None or any(fold(c.name) in fold(place.name) or haversine_km(
                    c.latitude, c.longitude, place.latitude, place.longitude) < 5
                    for c in cities):
                continue
            cities.append(place)
            if len(cities) == rank:
                return place
        return None

    def demonym_country(self, key: str) -> str | None:
        """ISO2 of the country an adjective or people names ("ukrainian" -> "UA")."""
        return self._demonym(key)

    def _demonym(self, key: str) -> str | None:
        """ISO2 for "russian" or "russians" (a people stands for its country)."""
        return self._demonyms.get(key) or (
            self._demonyms.get(key[:-1]) if key.endswith("s") else None)

    # -- resolve --------------------------------------------------------------------
    def resolve(
        self,
        name: str,
        context: str | Context | None = None,
        country: str | None = None,
        limit: int = 10,
    ) -> Resolution:
        """The best place for a written name, ranked alternatives, or a reason."""
        text = clean_name(name)
        if not text:
            return Resolution(name, None, reason="empty name")
        if len(text) > MAX_NAME_CHARS:
            return Resolution(name, None, reason=f"too long for a place name "
                              f"({len(text)} characters; at most {MAX_NAME_CHARS})")
        if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
            raise InputError(f"country must be a two-letter ISO code, not {country!r}")
        ctx = self.context(context) if isinstance(context, str) else context
        iso = country.upper() if country else None
        query = parse(text)
        res = self._resolve(query, ctx, iso, limit)
        if res.best is None and self._online is not None and query.core:
            res = self._resolve_online(text, query, ctx, iso, limit) or res
        return res

    def _resolve_online(self, text: str, query: Query, ctx: Context | None,
                        country: str | None, limit: int) -> Resolution | None:
        from . import store
        from .sources import online

        asked, place_id = store.cached_online(self.path, text)
        if not asked:
            found = online.lookup(self._online, text, country)
            store.cache_online(self.path, text, found)
            self.refresh()
            place_id = found.id if found else None
        if place_id is None:
            return None
        place = self._place(place_id)
        if place is None:
            return None
        return Resolution(text, Candidate(place, 0.6, "online"),
                          note="found by the online geocoder (cached in the index)")

    def _resolve(
        self, query: Query, ctx: Context | None, country: str | None, limit: int
    ) -> Resolution:
        raw = query.raw
        if not query.core:
            query = replace(query, core=query.bare)
        if not query.core:
            return Resolution(raw, None, reason="no place name in the text, only kind words")
        if (" and " in f" {query.core} " or query.core.endswith(" and")) and not (
                self.has_key(query.core)):  # "Bosnia and Herzegovina" is one place
            return Resolution(raw, None, reason="names several places; "
                              "resolve each, or use find_places on the text")
        parents: list[Place] = []
        if query.parent is not None:
            parent = self._resolve(query.parent, ctx, country, 3)
            if parent.best is not None:
                parents.append(parent.best.place)
        if query.wants_airspace or query.over:
            airspace = self._airspace(query, ctx)
            if airspace is not None:
                return airspace
            if query.wants_airspace:
                return Resolution(raw, None, reason=f"no country called {query.core!r} "
                                  "for this airspace")
        if ctx is not None:
            ctx = ctx.without(query.core)
        hits = list(self._hits(query.core))
        if not hits and query.bare and query.bare != query.core:
            query = replace(query, core=query.bare)
            hits = list(self._hits(query.core))
        whole = self._whole_name(fold(raw), query.core, hits)
        if whole is not None:  # "Czech Republic": a name that merely ends in a kind word
            query, hits = replace(query, core=whole[0], kinds=None), whole[1]
        iso = self._demonym(query.core)
        if iso and not query.kinds and not parents:
            # A bare adjective ("Russian", "Polish") stands for its country.
            nation = self._place(f"ne0:{iso}")
            if nation is not None:
                hits = [h for h in hits if h.match == "name" and h.rank == 0]
                hits.append(Hit(nation, 0, "demonym"))
        continent = CONTINENT_ADJECTIVES.get(query.core)
        if continent and not query.kinds:
            hits = [h for h in hits if h.match == "name" and h.rank == 0] + [
                Hit(h.place, 0, "demonym") for h in self._hits(continent)
                if h.place.kind == "continent"]
        if country:
            hits = [h for h in hits if h.place.country == country]
        if query.kinds != AIRSPACE:
            hits = [h for h in hits if h.place.kind != "airspace"]
        query = _admin2_or_admin1(query, hits)
        if query.kinds == ADMIN2 and not any(h.place.kind == "admin2" for h in hits):
            return self._district_fallback(query, hits, parents, ctx)
        ranked = rank(hits, query, ctx, parents, limit)
        if ranked and _short_acronym(raw) and ranked[0].place.kind in SETTLEMENT_KINDS and (
                ranked[0].place.population < ACRONYM_MAX_POPULATION):
            return Resolution(raw, None, tuple(ranked), reason=f"{raw!r} reads as an "
                              "acronym, not the small town of that name")
        if ranked and parents and query.parent is not None:
            inside = [c for c in ranked if _inside(c.place, parents[0])]
            if not inside:
                return self._region_fallback(query, parents[0])
        if not ranked or (ranked[0].match == "fuzzy" and ranked[0].score < MIN_SCORE):
            if parents:
                return self._region_fallback(query, parents[0])
            why = (f"no place called {query.core!r} in the gazetteer" if not ranked
                   else f"no confident match for {query.core!r} "
                   f"(best {ranked[0].place.name}, score {ranked[0].score:.2f})")
            return Resolution(raw, None, tuple(ranked), reason=why)
        return Resolution(raw, ranked[0], tuple(ranked[1:]))

    def _airspace(self, query: Query, ctx: Context | None) -> Resolution | None:
        iso = self._demonym(query.core)
        if iso is None:
            countries = [h for h in self._hits(query.core) if h.place.kind == "country"]
            if not countries:
                return None
            iso = countries[0].place.country
        place = self._place(f"air:{iso}")
        if place is None:
            return None
        return Resolution(query.raw, Candidate(place, 1.0, "airspace"))

    def _region_fallback(self, query: Query, parent: Place, what: str = "") -> Resolution:
        """A settlement or district the index lacks, in a region the text names:
        answer with the region, and say so (never a same-named place elsewhere)."""
        return Resolution(
            query.raw, Candidate(parent, 0.5, "parent"),
            note=f"{what}{_written(query)!r} is not in the gazetteer; resolved to the stated "
                 f"{parent.kind} {parent.name}",
        )

    def _community_seat(self, query: Query, hits: list[Hit], parents: list[Place],
                        ctx: Context | None) -> Resolution | None:
        """ "the Krasnopillia community": a Ukrainian hromada (or a Russian urban
        district) is a town or village and the few villages around it, named after it, so
        its seat is the nearest true answer (a raion is too large for that and stays at its
        region)."""
        ending = _ADJECTIVE_END_RE.search(query.core)
        adjective = ending is not None and not any(
            h.match == "name" for h in hits)  # (near spellings are no seat's name)
        if ending is not None and adjective:
            hits = self._adjective_seats(query.core[:ending.start()])
        seats = [c for c in _seats(query, hits, ctx, parents)
                 if not parents or any(_inside(c.place, p) for p in parents)]
        if not seats or _off_context(seats[0].place, ctx) or (adjective and not parents and (
                ctx is None or not ctx.admin1)):
            return None  # (a seat guessed from an adjective only inside a region named)
        seat = seats[0]
        said = _COMMUNITY_RE.search(query.raw)
        what = said.group(0).lower() if said and " " in said.group(0) else "community"
        return Resolution(query.raw, Candidate(seat.place, seat.score * 0.8, "community-seat"),
                          note=f"{what} {_written(query)!r} is not in the gazetteer; resolved "
                               f"to its seat {seat.place.name}")

    def _adjective_seats(self, stem: str) -> list[Hit]:
        """ "bilopil(ska)" -> Bilopillia, "velykopysariv(ska)" -> Velyka Pysarivka: the
        Ukrainian settlements whose names begin as the adjective's stem does (less its
        last letters, which the adjective changes: Vorozhbianska, Vorozhba)."""
        stems = [stem] + [f"{whole} {stem[len(opener):]}" for opener, whole in
                          _COMPOUND_OPENERS.items() if stem.startswith(opener)]
        if "o " in stem:  # "Seredyno-Budska": Seredyna-Buda
            stems.append(stem.replace("o ", "a "))
        for stem in stems:
            for cut in range(4):
                prefix = stem[:len(stem) - cut]
                if len(prefix) < 5:
                    break
                hits = [h for key in self._trie.keys(prefix)[:50] for h in self._hits(key)
                        if h.match == "name" and h.place.country == "UA"
                        and h.place.kind in SETTLEMENT_KINDS]
                if hits:
                    return hits
        return []

    def _curated_quarter(self, query: Query, hits: list[Hit], parent: Place
                         ) -> Resolution | None:
        """A district of a city that the curated list holds as a place of its own (GeoNames
        lists few quarters), when it lies in the parent the text names."""
        for h in hits:
            place = h.place
            if h.match != "name" or not place.id.startswith("cur:") or (
                    place.kind not in SETTLEMENT_KINDS):
                continue
            if place.admin1_id == parent.id if parent.kind == "admin1" else (
                    parent.kind in SETTLEMENT_KINDS and haversine_km(
                        place.latitude, place.longitude, parent.latitude,
                        parent.longitude) < CITY_DISTRICT_KM):
                return Resolution(query.raw, Candidate(place, 0.95, "city-district"))
        return None

    def _district_fallback(
        self, query: Query, hits: list[Hit], parents: list[Place], ctx: Context | None,
        community: bool = False,
    ) -> Resolution:
        """Admin-2 units come only from imported GeoNames dumps; without one, a district
        named after its seat resolves to the seat's admin-1 unit, with a note."""
        if community or _COMMUNITY_RE.search(query.raw):
            seat = self._community_seat(query, hits, parents, ctx)
            if seat is not None:
                return seat
        name = query.core.removesuffix(" district")
        city = next((h.place for h in self._hits(f"{name} district") if h.match == "name"
                     and h.rank <= OFFICIAL and h.place.kind in SETTLEMENT_KINDS
                     and fold(h.place.name) != name), None)
        if city is not None and all(city.admin1_id == p.id if p.kind == "admin1" else (
                p.kind not in SETTLEMENT_KINDS or p.id == city.id) for p in parents):
            # "the Saltivskyi district": a district of a city (curated names), the city
            # (not "Dniprovskyi", a district of Kyiv that GeoNames lists as a place)
            return Resolution(query.raw, Candidate(city, 0.9, "city-district"),
                              note=f"{query.raw!r}, a district of {city.name}: the city")
        quarter = self._curated_quarter(query, hits, parents[0]) if parents else None
        if quarter is not None:  # "the Mezzeh district of Damascus": a quarter curated
            return quarter  # as a place
        if parents and parents[0].kind == "admin1":
            return self._region_fallback(query, parents[0], "district ")
        if re.search(r"\bcount(?:y|ies)\b", query.raw, re.I):
            # Counties (US, UK) are seldom named after their seat: no guess.
            return Resolution(query.raw, None, reason=f"county {query.core!r} is not in "
                              "the gazetteer")
        seats = _seats(query, hits, ctx, parents)
        if parents and parents[0].kind in SETTLEMENT_KINDS:
            # "the Dniprovskyi district of Kherson": a city's own district lies in the
            # city; a district named after a town of the city's region is a raion.
            city = parents[0]
            seats = [c for c in seats if c.place.admin1_id == city.admin1_id]
            if not seats or haversine_km(seats[0].place.latitude, seats[0].place.longitude,
                                         city.latitude, city.longitude) < CITY_DISTRICT_KM:
                # (GeoNames lists some city districts as places: "Kyiv's Shevchenkivskyi
                # district" is Kyiv, not the region of a place called Shevchenkivskyi)
                return self._region_fallback(query, city, "district ")
        if seats and _off_context(seats[0].place, ctx):
            seats = []  # the seat's region is not one the text is about: no guess
        if seats and seats[0].place.admin1_id:
            region = self._place(seats[0].place.admin1_id)
            if region is not None:
                return Resolution(
                    query.raw, Candidate(region, seats[0].score * 0.8, "district-seat"),
                    note=f"district {_written(query)!r} is not in the gazetteer; resolved to "
                         f"{region.name}, the region of its seat {seats[0].place.name}",
                )
        return Resolution(query.raw, None, reason=f"district {query.core!r} is not in the "
                          "gazetteer (import a GeoNames country dump to add districts)")

    # -- context ----------------------------------------------------------------------
    def context(self, text: str | None) -> Context | None:
        """Where a document is about, from the places it names without ambiguity."""
        if not text:
            return None
        return self._contexts(text)

    def _context_uncached(self, text: str) -> Context:
        ctx = Context()
        countries: dict[str, float] = {}
        admin1: dict[str, float] = {}
        for mention in self._mentions(text, None):
            best = mention.resolution.best
            if best is None or _PATRON_AFTER_RE.match(text, mention.end):
                continue  # ("the Moscow-installed head of the region": no vote for Russia)
            own_c: dict[str, float] = {}
            own_a: dict[str, float] = {}
            # Every reading of a name votes with its share: "Georgia" is part country,
            # part US state, until the rest of the text settles it.
            for cand in (best, *mention.resolution.alternatives):
                if cand.score < 0.1:
                    continue
                place = cand.place
                if place.country:
                    own_c[place.country] = own_c.get(place.country, 0.0) + cand.score
                if place.kind == "admin1":
                    own_a[place.id] = own_a.get(place.id, 0.0) + 2 * cand.score
                elif place.admin1_id:
                    own_a[place.admin1_id] = own_a.get(place.admin1_id, 0.0) + cand.score
            if best.place.kind in SETTLEMENT_KINDS and best.score >= 0.8:
                ctx.points.append((best.place.latitude, best.place.longitude))
            _add(countries, own_c)
            _add(admin1, own_a)
            key = strip_kind_words(fold(mention.text))[0]
            old = ctx.by_key.get(key)
            if old is None:
                ctx.by_key[key] = (own_c, own_a)
            else:
                ctx.by_key[key] = (_add(dict(old[0]), own_c), _add(dict(old[1]), own_a))
        for word in _DEMONYM_VOTE_RE.findall(text):
            iso = self._demonyms.get(fold(word))
            if iso:
                countries[iso] = countries.get(iso, 0.0) + 0.5
        ctx.countries = countries
        ctx.admin1 = admin1
        return ctx

    # -- spotting ---------------------------------------------------------------------
    def find_places(self, text: str, context: Context | None = None) -> list[Mention]:
        """Every place mention in a text, resolved with the text as its own context."""
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}")
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(f"text too long ({len(text):,} characters; at most "
                             f"{MAX_TEXT_CHARS:,}): split it into articles")
        ctx = context if context is not None else self.context(text)
        return self._mentions(text, ctx)

    def _spans(self, text: str) -> tuple[list[Span], dict[int, list[int]]]:
        """Candidate mentions and their stated parents: found once per text, shared by
        the context pass and the final pass."""
        spans = candidate_spans(text, self._is_key, self._is_prefix)
        extra = demonym_area_spans(text, lambda key: key in self._demonyms)
        extra += some_settlement_spans(text, lambda key: key in self._demonyms)
        extra += abbreviation_spans(text, self._is_abbreviation)
        extra += [s for s in unknown_settlement_spans(text, self.has_key)
                  if s.key not in self._demonyms]  # ("in Ukrainian village": no name)
        extra += adjective_community_spans(text, self.has_key)
        if extra:
            taken = {(s.start, s.end) for s in extra}
            spans = sorted([s for s in spans if not any(
                a <= s.start < b for a, b in taken)] + extra, key=lambda s: s.start)
        spans = add_kind_words(text, spans, lambda key: key in self._demonyms)
        # "Su-25", "Tu-95", "MiG-29": a model designation, not a place called Su; an
        # adjective ("Canadian") is no place either, though a village bears the name.
        spans = [s for s in spans if not _MODEL_RE.match(text, s.name_end or s.end)
                 and not (s.kinds is None and self._adjective_only(s.key))]
        starts = {s.start for s in spans}
        ends = frozenset(e for s in spans for e in (s.name_end or s.end, s.end))
        surnames: set[str] = set()
        keep = [s for s in spans if not is_person_or_title(
            text, s, starts, self._adjectives, self._region_name, ends, surnames)]
        surnames = {k for k in surnames if not any(  # (not "acting Sochi Mayor": a city)
            h.place.population >= SURNAME_CITY_POPULATION for h in self._hits(k))}
        if surnames:  # ("Andy Trapani now calls Hollywood home. Trapani is a producer")
            keep = [s for s in keep if s.key not in surnames or s.kinds is not None]
        return keep, parent_links(text, keep)

    def _mentions(self, text: str, ctx: Context | None) -> list[Mention]:
        keep, links = self._spans_cache(text)
        resolved: dict[int, Resolution] = {}
        memo: dict[tuple, Resolution] = {}
        order = sorted(range(len(keep)), key=lambda i: _depth(i, links))  # parents first

        def resolve(span: Span, parents: list[Place]) -> Resolution:
            if ctx is None:  # the context pass: same answer for a name in every text
                return self._resolve_free(text[span.start: span.end], span.key, span.kinds,
                                          tuple(p.id for p in parents))
            raw, parent_ids = text[span.start: span.end], tuple(p.id for p in parents)
            memo_key = (raw, span.key, span.kinds, parent_ids)
            res = memo.get(memo_key)  # a name repeated in one text gets one answer
            if res is None:
                free = self._resolve_free(raw, span.key, span.kinds, parent_ids)
                if (free.best is not None and not free.alternatives and free.note is None
                        and span.kinds != AIRSPACE):
                    res = free  # one candidate: its softmax share is 1 in any context
                else:
                    res = self._resolve_span(text, span, ctx, parents)
                memo[memo_key] = res
            return res

        for i in order:
            span = keep[i]
            parents = [resolved[j].best.place for j in links.get(i, [])
                       if j in resolved and resolved[j].best is not None
                       and resolved[j].best.place.kind != "airspace"
                       # ("Tyre, South": ACLED's Lebanese governorate, not Cameroon's Sud)
                       and keep[j].key not in GENERIC_AREA_NAMES]
            res = resolve(span, parents)
            if parents and res.best is not None and _parent_meant_as_area(span, res, parents):
                res = self._other_parent_reading(span, links[i], resolved, resolve) or res
                stated = [resolved[j] for j in links[i] if j in resolved and (
                    resolved[j].best is not None and resolved[j].best.match == "name")
                    and keep[j].key not in GENERIC_AREA_NAMES]
                if _abroad(res.best.place, [r.best.place for r in stated]) and (
                        _STATED_GAP_RE.fullmatch(text, span.end, keep[links[i][0]].start)
                        # ("Sagaing region's Kani township"; not "Brazil's Kaka")
                        or (keep[links[i][0]].kinds in (ADMIN1, ADMIN2)
                            and _POSSESSIVE_GAP_RE.fullmatch(text, keep[links[i][0]].end,
                                                             span.start))) and (
                        not any(alt.place.country == res.best.place.country
                                for r in stated for alt in r.alternatives)) and (
                        self._supported(span, res, ctx, parents)):
                    # ("Gura (Al Jazirah)": Góra in Poland is no reading of a place in
                    # Sudan's Gezira; the village is unknown, so its region stands in.
                    # Only a parent written right after it, with no other reading in the
                    # place's country: not "Homestead near Lindsay", nor "Churchill, Man.",
                    # where "Man." may be Manitoba as well as Amman; and only a name read
                    # as a place at all: not "Donington Park, Leicestershire")
                    res = self._region_fallback(Query(res.query, strip_kind_words(
                        span.key)[0], span.kinds), _most_specific(
                        [r.best.place for r in stated if r.best.place.kind in _STATED_AREAS]))
            if parents and res.best is not None and span.kinds in (ADMIN1, ADMIN2) and (
                    parents[0].kind == "country") and not _inside(res.best.place, parents[0]) and (
                    _OF_GAP_RE.match(text, span.end, keep[links[i][0]].start)
                    or UNKNOWN_LISTED_OF_RE.match(text, span.end, keep[links[i][0]].start)
                    or _POSSESSIVE_GAP_RE.fullmatch(text, keep[links[i][0]].end, span.start)):
                # "the Zap region of northern Iraq", "Iraq's Gara region": a region of the
                # country it is said to be of, not a village of that name abroad
                res = self._region_fallback(Query(res.query, strip_kind_words(span.key)[0],
                                                  span.kinds), parents[0])
            resolved[i] = res
        out = []
        abroad: set[int] = set()
        city: Place | None = None  # the last city named
        for i, span in enumerate(keep):
            res = resolved[i]
            if res.best is not None and text[span.start - 2: span.start] == "s " and (
                    _DISTRICT_WORD_RE.search(text, span.start, span.end)) and (
                    _TOWNS_OWN_BEFORE_RE.search(text, max(0, span.start - 12), span.start)) and (
                    city is None or res.best.place.kind not in SETTLEMENT_KINDS or haversine_km(
                        city.latitude, city.longitude, res.best.place.latitude,
                        res.best.place.longitude) > CITY_DISTRICT_KM):
                # "the city's Kyivskyi district": a quarter of the city told before, not a
                # raion named after a village far away (nor a vote for that one's region)
                res = Resolution(res.query, None, reason=f"{res.query!r}: a district of a "
                                 "city not named") if city is None else Resolution(
                    res.query, Candidate(city, 0.8, "city-district"),
                    note=f"{res.query!r}, a district of {city.name}: the city")
            hamlets = res.best is not None and ctx is not None and _hamlets_only(
                (res.best, *res.alternatives)) and self._supported(
                span, res, ctx, []) and _abroad_of(  # (not "Air" of "Air Force": no name)
                (res.best, *res.alternatives), ctx,
                (span.key, strip_kind_words(span.key)[0]), self._place)
            if res.best is not None and not links.get(i) and ctx is not None and (
                    res.best.place.kind == "city" or hamlets) and ((
                        span.kinds == SETTLEMENT and _SMALL_PLACE_OF_RE.search(
                            text, max(0, span.start - 12), span.start)) or (
                        hamlets and _AT_BEFORE_RE.search(text, max(0, span.start - 8),
                                                         span.start)
                        and not _acronym(text, span))):
                # ("a drone hit a car in Dubovoye": a bare name too, unless a common word)
                res = self._village_not_city(res, span, ctx) or res
                hamlets = hamlets and res.best.match != "parent"
            parents = [resolved[j].best.place for j in links.get(i, [])
                       if resolved[j].best is not None]
            if res.best is None or (span.key in _NOT_NAMES_ALONE and not text[
                    span.start:span.end].isupper()) or (
                    span.kinds is None and res.best.place.kind != "country" and (
                        _named_thing(text, span))) or _dedication(
                    text, span.start, span.end, res.best.place) or _arabic_abroad(
                    text, span.start, res.best.place) or not self._supported(
                    span, res, ctx, parents) or (
                    _acronym(text, span) and res.best.place.kind in SETTLEMENT_KINDS):
                continue
            if parents and parents[0].kind == "country" and (_IN_COUNTRY_GAP_RE.fullmatch(
                    text, span.end, keep[links[i][0]].start) or (_POSSESSIVE_GAP_RE.fullmatch(
                    text, keep[links[i][0]].end, span.start) and _TERRAIN_AFTER_RE.match(
                    text, span.end))) and _small_abroad([res.best, *res.alternatives],
                                                        parents[0]):
                # "near Gara in northern Iraq", "Iraq's Gara area": a village the index
                # lacks in the country named, not a town of that name in Morocco (but
                # "Brazil's Kaka" is a footballer, whatever hamlet bears his name)
                res = self._region_fallback(Query(res.query, strip_kind_words(span.key)[0],
                                                  span.kinds), parents[0])
            told = self._told_country(text, span)
            if told is not None and res.best.place.country != told.country:
                # "the Polish village of Osiny", "the Russian border village of
                # Zhuravlevka": the reading in that country, or the country itself when
                # only a minor namesake abroad has the name
                here = next((c for c in res.alternatives if c.place.country == told.country),
                            None)
                if here is not None:
                    res = Resolution(res.query, here, (res.best, *(
                        c for c in res.alternatives if c is not here)), res.reason, res.note)
                elif _small_abroad([res.best, *res.alternatives], told) and not (
                        self._occupied(res.best.place) or any(
                            _inside(res.best.place, p) for p in parents)):
                    # (but "the Russian city of Feodosia": Crimea, which Russia occupies;
                    # "the Russian town of Nova Kakhovka in the Kherson region")
                    res = self._region_fallback(Query(res.query, strip_kind_words(
                        span.key)[0], span.kinds), told)
            out.append(Mention(span.start, span.end, text[span.start: span.end], res))
            if hamlets:
                abroad.add(span.start)  # (still a name, for telling glued names apart)
            elif res.best.place.kind == "city":
                city = res.best.place
        out = _unglued(out, text)
        return [m for m in out if m.start not in abroad] if abroad else out

    def _occupied(self, place: Place) -> bool:
        """Whether a place lies in a region flagged as occupied (Crimea, Sevastopol)."""
        region = self._place(place.admin1_id) if place.admin1_id else None
        return place.occupied or (region is not None and region.occupied)

    def _told_country(self, text: str, span: Span) -> Place | None:
        """The country a demonym before "village of" states ("the Polish village of")."""
        if not text.endswith("of ", 0, span.start):
            return None
        adj = _DEMONYM_TOWN_OF_RE.search(text, max(0, span.start - 50), span.start)
        iso = self._demonym(fold(adj[1])) if adj else None
        return self._place(f"ne0:{iso}") if iso else None

    def _village_not_city(self, res: Resolution, span: Span, ctx: Context
                          ) -> Resolution | None:
        """ "The governor of the Belgorod region said a drone hit a car near the village
        of Oktyabrsky": a village the index lacks, in the region the text is about, not
        the city of that name in a region the text never names (nor a hamlet of that name
        abroad). The region must have a vote of 1 or more (named as a region once, or by
        a sure settlement in it)."""
        others = ctx.without(span.key).admin1
        city = res.best.place
        if not others or city.admin1_id in others:
            return None
        top = max(others, key=others.__getitem__)
        region = self._place(top) if others[top] >= 1.0 else None
        if region is None:
            return None
        return Resolution(res.query, Candidate(region, 0.5, "parent"), note=(
            f"village {res.query!r} is not in the gazetteer (the {city.kind} of that name is in "
            f"{city.admin1 or city.country}); resolved to {region.name}, the region the text "
            "is about"))

    @staticmethod
    def _other_parent_reading(
        span: Span, parent_ids: list[int], resolved: dict[int, Resolution],
        resolve: Callable[[Span, list[Place]], Resolution],
    ) -> Resolution | None:
        """ "Kupiansk (Kharkiv)", "Vovchansk, Kharkiv region": a stated parent contains its
        child, so when the parent's first reading is a city (which contains no town), its
        area reading (the oblast) that contains the child is the one meant. Both answers
        change together."""
        for j in parent_ids:
            parent = resolved.get(j)
            if parent is None or parent.best is None:
                continue
            for alt in parent.alternatives[:3]:
                if alt.place.kind not in {"admin1", "admin2", "country", "region"}:
                    continue
                res = resolve(span, [alt.place])
                if res.best is not None and _inside(res.best.place, alt.place):
                    others = tuple(c for c in parent.alternatives if c is not alt)
                    chosen = Candidate(alt.place, max(alt.score, parent.best.score), alt.match)
                    inner = res.best.place.name if res.best.place.id != alt.place.id else (
                        repr(res.query))  # (a district not in the gazetteer: the area itself)
                    resolved[j] = Resolution(
                        parent.query, chosen, (parent.best, *others), parent.reason,
                        f"read as {alt.place.name}, the area that contains {inner}")
                    return res
        return None

    def _resolve_free_uncached(self, raw: str, key: str, kinds: frozenset[str] | None,
                               parent_ids: tuple[str, ...]) -> Resolution:
        parents = [p for pid in parent_ids if (p := self._place(pid)) is not None]
        return self._resolve_span(raw, Span(0, len(raw), key, kinds, len(raw)), None, parents)

    def _resolve_span(
        self, text: str, span: Span, ctx: Context | None, parents: list[Place]
    ) -> Resolution:
        query = Query(text[span.start: span.end], span.key, span.kinds)
        if span.kinds is not None and span.key not in self._demonyms:
            core, _ = strip_kind_words(span.key)
            if core and self._whole_name(span.key, core, self._hits(core)) is None:
                query = Query(query.raw, core, span.kinds)
        if ctx is not None:
            ctx = ctx.without(query.core)
            written = strip_kind_words(fold(query.raw))[0]
            if written != query.core:  # ("Pokrovska communities": a kind word the context's
                ctx = ctx.without(written)  # key keeps, so its own vote had stayed in)
        if span.kinds == AIRSPACE:
            air = self._airspace(query, ctx)
            if air is not None or not _SKIES_OVER_RE.search(text, max(0, span.start - 12),
                                                             span.start):
                return air or Resolution(query.raw, None, reason="no country")
            # "airspace over Rzeszow", "the skies over Kyiv": no country's airspace, but
            # the place the skies are over, if the name alone would be read as one (not
            # "the airspace over the Baltic states": no village called Baltic)
            bare = Span(span.start, span.end, span.key, None, span.name_end)
            res = self._resolve_span(text, bare, ctx, parents)
            return res if res.best is not None and self._supported(
                bare, res, ctx, parents) else Resolution(query.raw, None, reason="no country")
        if span.kinds == COUNTRY and (iso := self._demonym(span.key)):  # "Polish territory"
            country = self._place(f"ne0:{iso}")
            if country is not None:
                some = query.raw.rsplit(None, 1)[-1] in UNNAMED_SETTLEMENTS  # ("a Romanian
                # village": somewhere in the country)
                return Resolution(query.raw, Candidate(country, 1.0, "demonym"), note=(
                    f"{query.raw}: country precision" if some else None))
        hits = [h for h in self._hits(query.core) if h.place.kind != "airspace"]
        if span.kinds is not None and span.kinds.isdisjoint(SETTLEMENT_KINDS):
            hits = self._written_whole(query, hits)  # (not "Cork city": the city)
        query = _admin2_or_admin1(query, hits)
        if query.kinds == ADMIN2 and not any(h.place.kind == "admin2" for h in hits):
            # "Krasnopillia and Bilopillia communities": the list shares the kind word
            listed = _LISTED_COMMUNITIES_RE.match(text, span.end) is not None
            return self._district_fallback(query, hits, parents, ctx, listed)
        ranked = rank(hits, query, ctx, parents)
        exact = [c for c in ranked if c.match == "name"]
        stated = bool(query.kinds) and query.kinds <= SETTLEMENT_KINDS and any(
            p.kind in {"admin1", "admin2"} for p in parents)
        if parents and (not exact or stated) and not any(
                _inside(c.place, p) for c in (ranked if stated else ranked[:3])
                for p in ([_most_specific([q for q in parents if q.kind in {
                    "admin1", "admin2"}])] if stated else parents)):
            # ("in Sudan's White Nile state": inside the state, not just the country)
            # Unknown, or only a near spelling elsewhere: the stated region stands in;
            # "the village of Oktyabrsky in the Belgorod region" is not the city of
            # Oktyabrsky in Bashkortostan, though that is the only one the index has.
            return self._region_fallback(query, _most_specific(parents))
        if not ranked:
            return Resolution(query.raw, None, reason="no candidates")
        told = _DIRECTION_BEFORE_RE.search(text, max(0, span.start - 60), span.start) if (
            len(ranked) > 1 and text.endswith("of ", 0, span.start)) else None
        if told and (told["adj"] is None or self._demonym(fold(told["adj"]))):
            # (a country's adjective only: "the northern Gaza town of" is north in Gaza)
            ranked = self._facing(ranked, query, told["dir"].lower())
        return Resolution(query.raw, ranked[0], tuple(ranked[1:]))

    def _facing(self, ranked: list[Candidate], query: Query, told: str) -> list[Candidate]:
        """ "In the southern city of Mykolaiv", after the Lviv region: the namesake in the
        south of its country, not the town near Lviv the context favours (when the first
        reading does not lie that way and another of the kind asked for does)."""
        def lies(place: Place) -> bool:
            centre = self._place(f"ne0:{place.country}")
            if centre is None:
                return True
            dlat, dlon = place.latitude - centre.latitude, place.longitude - centre.longitude
            return not (("north" in told and dlat <= 0) or ("south" in told and dlat >= 0) or (
                "east" in told and dlon <= 0) or ("west" in told and dlon >= 0))

        if lies(ranked[0].place):
            return ranked
        other = next((c for c in ranked[1:] if c.match == "name" and c.score >= DIRECTION_MIN
                      and (query.kinds is None or c.place.kind in query.kinds)
                      and lies(c.place)), None)
        return ranked if other is None else [other, *(c for c in ranked if c is not other)]

    def _written_whole(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """ "the Kurdistan region": the places whose own name is written whole, kind word
        and all (Iraq's region, not Iran's Kurdistan Province, though both are
        "Kurdistan" without it)."""
        written = fold(query.raw).removeprefix("the ")
        if written == query.core or query.core in GENERIC_AREA_NAMES:
            return hits  # ("Northern state", "Central district": a name in many countries)
        own = {h.place.id: h for h in self._hits(written) if h.match == "name" and (
            h.place.kind in {"region", "admin1"})}  # (not "London city": the City of London)
        kept = [h for h in hits if h.place.id in own]
        if len(kept) < len(own):  # ("the Rafah governorate": a region whose bare name is
            # its city's only, so "rafah" alone does not find it)
            ids = {h.place.id for h in kept}
            kept += [h for pid, h in own.items() if pid not in ids]
        return kept or hits

    def _whole_name(self, key: str, core: str, core_hits: Iterable[Hit]
                    ) -> tuple[str, list[Hit]] | None:
        """The whole written key and its hits when it is itself a name: "Kansas City" is
        the city, not Kansas; "Czech Republic" is a country though "czech" is no name."""
        key = key.removeprefix("the ")
        if key == core:
            return None
        hits = [h for h in self._hits(key) if h.match == "name"]
        return (key, hits) if hits else None

    def _adjective_only(self, key: str) -> bool:
        """ "canadian": a demonym, not the name of its country ("djibouti" is both)."""
        iso = self._demonyms.get(key)
        country = self._place(f"ne0:{iso}") if iso else None
        return country is not None and fold(country.name) != key

    def _is_abbreviation(self, key: str) -> bool:
        return any(h.rank == ABBREV for h in self._hits(key))

    def _region_name(self, key: str) -> bool:
        """Whether a key is the proper name of a country or admin-1 unit (not a generic
        one such as "Central" or "Western")."""
        return key not in GENERIC_AREA_NAMES and any(
            h.place.kind in {"country", "admin1"} and h.rank <= 1 and h.match == "name"
            for h in self._hits(key))

    def _supported(self, span: Span, res: Resolution, ctx: Context | None,
                   parents: list[Place]) -> bool:
        """Names that are common words (March, Independence, Western) or that only tiny
        villages bear (Mayak) count only with support: a kind word, a stated parent
        that contains the place, or a candidate inside a region the text is about."""
        best = res.best
        assert best is not None
        if any(_inside(best.place, p) for p in parents):
            return True
        if best.match == "fuzzy" and ctx and (
                best.place.country not in ctx.without(span.key).countries):
            return False  # ("the town of El Baraf, north of Mogadishu": not a Libyan town
            # whose name is close, in a country the text never names)
        if span.kinds is not None:
            return True
        if best.match == "fuzzy":
            return False
        hits = self._hits(span.key)
        if best.place.kind in AREA_KINDS:
            return span.key not in GENERIC_AREA_NAMES
        if self._region_name(span.key):
            return True  # "Texas" is a state even where a village Texas wins the ranking
        settlements = [h for h in hits if h.place.kind in SETTLEMENT_KINDS]
        # (a name only a curated site bears, "Ain al-Asad", is no common word)
        weak = bool(settlements) and all(h.common for h in settlements
                                         ) and best.place.population < COMMON_WORD_MAX_POPULATION
        if settlements and len(settlements) == len(hits) and len(settlements) >= 3 and max(
                h.place.population for h in settlements) < 5_000:
            weak = True
        if best.place.kind in SETTLEMENT_KINDS and best.match == "name" and all(
                h.rank >= TRAP for h in hits if h.place.id == best.place.id):
            weak = True
        if not weak:
            return True
        if ctx is None:
            return False
        return best.place.admin1_id in ctx.admin1 and best.score >= 0.5


def _written(query: Query) -> str:
    """The name as the text wrote it, for an editor's note ("Wad Noura", not the lookup
    key "wad noura"); the key when no run of the phrase's words folds to it."""
    words = query.raw.split()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            name = " ".join(words[i:j]).strip(",.;:()")
            if fold(name) == query.core:
                return name
    return query.core


def _seats(query: Query, hits: list[Hit], ctx: Context | None, parents: list[Place]
           ) -> list[Candidate]:
    """The settlements a district or community may be named after, ranked."""
    return rank([h for h in hits if h.place.kind in SETTLEMENT_KINDS and h.match == "name"],
                Query(query.raw, query.core, SETTLEMENT), ctx, parents)


_TOWNS_OWN_BEFORE_RE = re.compile(r"\b(?:city|town|capital)['’]s\s+(?:the\s+)?$", re.I)
_DISTRICT_WORD_RE = re.compile(
    r"\b(?:district|raion|rayon|borough|neighbou?rhood|localit(?:y|ie))s?$", re.I)


# Words never a place alone however capitalised: English grammar ("He said", "But"), which
# an alias of some hamlet may spell ("He" for Hay in New South Wales), days and feasts
# ("on Thursday", "before Christmas": Christmas Island is written with its "Island"), and
# "City" ("City man fined", "the City council": the City of London is written with its name)
_NOT_NAMES_ALONE = frozenset("""he she it we they i you his her its our their this that these
    those there here who what when where why how an a the and or but if so as at by in on to
    of is was be are were has had have do did not no yes all any some my me him us them one
    then than also city monday tuesday wednesday thursday friday saturday sunday christmas
    easter passover ramadan hanukkah thanksgiving""".split())
HAMLET_MAX_POPULATION = 5_000
# A surname read after a given name is no place elsewhere in the text unless a place of
# that name is a city this large (a word before "Sochi" is seldom a given name)
SURNAME_CITY_POPULATION = 100_000


def _hamlets_only(ranked: Iterable[Candidate]) -> bool:
    """Every reading a GeoNames settlement under ``HAMLET_MAX_POPULATION`` (cheap: asked
    before ``_abroad_of``)."""
    return all(c.place.kind in SETTLEMENT_KINDS and c.place.source.startswith("geonames")
               and c.place.population < HAMLET_MAX_POPULATION for c in ranked)


def _abroad_of(ranked: Iterable[Candidate], ctx: Context, own_keys: tuple[str, ...],
               place: Callable[[str], Place | None]) -> bool:
    """ "The governor of Russia's Belgorod region ... the village of Dubovoye": when the
    text names regions and every place of the name is a hamlet (``_hamlets_only``) in a
    country it never names, the village meant is one the index lacks, not a namesake
    across the border. A hamlet near a region the text names is kept: "a drone attack on
    Metula" beside Nabatieh is the Israeli village across the border. The name's own
    votes are not the text's (``own_keys``)."""
    for key in dict.fromkeys(own_keys):
        ctx = ctx.without(key)
    if not ctx.admin1 or not ctx.countries or any(
            c.place.country in ctx.countries for c in ranked):
        return False
    regions = [r for rid in ctx.admin1 if (r := place(rid)) is not None]
    return not any(haversine_km(c.place.latitude, c.place.longitude, r.latitude, r.longitude)
                   <= NEAR_KM for c in ranked for r in regions)


def _off_context(place: Place, ctx: Context | None) -> bool:
    """Whether the text names regions and this place lies in none of them (but a text
    mostly about the place's country that names regions only abroad, such as Arak in
    Iran, a weak reading of "Iraq", does not rule out "Zakho district")."""
    if ctx is None or not ctx.admin1 or place.admin1_id in ctx.admin1:
        return False
    return any(region.startswith(f"ne1:{place.country}") for region in ctx.admin1) or (
        max(ctx.countries, key=ctx.countries.__getitem__, default=None) != place.country)


ACRONYM_MAX_POPULATION = 100_000
# Su-25, Kh-101, Iskander-M; a ship's class ("a Karakurt-class corvette") or a weapon's
# type ("Shahed-type drones") named after a place is no place
_MODEL_RE = re.compile(r"-(?:[A-Z]{0,2}\d|[A-Z]{1,2}\b|class\b|type\b)")


def _short_acronym(raw: str) -> bool:
    """ "EU", "UN", "BBC": two or three capitals are an organisation before a town."""
    letters = raw.strip().replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _acronym(text: str, span: Span) -> bool:
    """ "TASS:", "RIA reported": a short all-capitals word in mixed-case text is an
    acronym, not the village of that name (a capitalised dateline, "KYIV, Ukraine (AP)"
    or "GAZA (Reuters) -", is followed by a comma or the agency)."""
    written = text[span.start: span.name_end or span.end]
    if len(written) <= 4 and not written.isupper() and any(c.isupper() for c in written[1:]):
        return True  # "MoD", "DoD": capitals inside a short word make an acronym
    if not (written.isupper() and len(written) <= 5) or text.startswith(
            (",", " (", " —", " –", " -"), span.end):
        return False  # "KYIV (Reuters) -", "SUMY, Ukraine": a dateline
    around = text[max(0, span.start - 40): span.end + 40]
    return any(ch.islower() for ch in around)


# "the village of Oktyabrsky", "the hamlet of ...": no city
_SMALL_PLACE_OF_RE = re.compile(r"\b(?:village|hamlet|settlement) of $")
_AT_BEFORE_RE = re.compile(r"\b(?:in|near|outside|at) $")
_PATRON_AFTER_RE = re.compile(r"-(?:installed|appointed|backed|controlled|occupied|held|"
                              r"allied|aligned|sponsored|funded|friendly)\b")
# A demonym says where a text is about ("Ukrainian officials"), except the attacker's: "a
# Ukrainian drone hit Voronezh" is no vote for Voronizh in Ukraine.
_DEMONYM_VOTE_RE = re.compile(
    # ("the Russian-installed mayor of Donetsk", "Russian occupation authorities in
    # Donetsk": an occupier, no vote for where it is)
    r"\b([A-Z][a-z]+(?:ian|ish|ese|ic|i|an))\b(?!-(?:installed|appointed|backed|controlled|"
    r"occupied|held)\b)(?!\s+occup(?:ation|ying)\b)(?!\s+(?:[\w-]+\s+)?(?:drones?|missiles?|"
    r"rockets?|forces|troops|army|military|strikes?|airstrikes?|air strikes?|shelling|"
    r"warplanes?|jets?|attacks?|artillery|navy|soldiers|bombs?|shells?|uavs?|"
    # ("repelled 14 Russian assaults near Pokrovsk": the attacker's, too)
    r"assaults?|offensives?|advances?|raids?|incursions?|units|aviation|aircraft|"
    r"paratroopers|marines|infantry|"
    # (nor whose weapons were hit: "struck a Russian S-300 air defence system near Donetsk")
    r"s-\d00|air[- ]defen[cs]es?|tanks?|bombers?|helicopters?|warships?)\b"
    # (but "an Israeli army base in Meron", "the Israeli army's Meron air traffic control
    # base": the target's, where it is)
    r"(?!(?:['’]s(?:\s+[\w-]+){0,4}?)?\s+(?:bases?|positions?|posts?|barracks|headquarters|"
    r"airfields?|depots?)\b))")


def _add(total: dict[str, float], votes: dict[str, float]) -> dict[str, float]:
    for key, value in votes.items():
        total[key] = total.get(key, 0.0) + value
    return total


_OF_GAP_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_POSSESSIVE_GAP_RE = re.compile(r"['’ʼ]s\s+(?:[\w-]+\s+)?")
_TERRAIN_AFTER_RE = re.compile(
    r"\s+(?:area|mountain|hill|valley|plain|border area|countryside)s?\b")


def _depth(i: int, links: dict[int, list[int]], seen: frozenset[int] = frozenset()) -> int:
    """How many stated parents stand above a span (parents are resolved first)."""
    if i in seen or i not in links:
        return 0
    return 1 + max(_depth(j, links, seen | {i}) for j in links[i])


_SPECIFICITY = {"city": 0, "town": 0, "village": 0, "site": 0, "admin2": 1, "admin1": 2,
                "region": 3, "country": 4}


def _most_specific(places: list[Place]) -> Place:
    return min(places, key=lambda p: _SPECIFICITY.get(p.kind, 5))


_STATED_GAP_RE = re.compile(r"(?:\s+township)?\s*[(,]\s*(?:the\s+)?")
_STATED_AREAS = frozenset({"admin1", "admin2", "country"})


def _abroad(place: Place, parents: list[Place]) -> bool:
    """A settlement in another country than every region or country stated as its
    parent."""
    areas = [p for p in parents if p.kind in _STATED_AREAS]
    return bool(areas) and place.kind in SETTLEMENT_KINDS and all(
        p.country != place.country for p in areas)


def _parent_meant_as_area(span: Span, res: Resolution, parents: list[Place]) -> bool:
    """A town's stated parent is an area, not the city 60 km away; a village the index
    lacks is in the region its parent names ("Kyauk Ka Sin (Myaung, Sagaing)"), not in the
    city of that name (but "the Dniprovskyi district of Kherson" is the city's own)."""
    place = res.best.place if res.best else None
    if place is None:
        return False
    if res.best.match == "parent" and place in parents:  # it stands in for the unknown
        return place.kind in SETTLEMENT_KINDS and span.kinds != ADMIN2
    return not any(_inside(place, p) for p in parents) or (
        place.kind in SETTLEMENT_KINDS and all(p.kind in SETTLEMENT_KINDS for p in parents))


def _admin2_or_admin1(query: Query, hits: list[Hit]) -> Query:
    """ "County" or "district" names an admin-1 unit in some countries (a Romanian
    judet, an Irish county): accept one when the index has no admin-2 of that name."""
    if query.kinds == ADMIN2 and not any(h.place.kind == "admin2" for h in hits) and any(
            h.place.kind == "admin1" and h.match == "name" for h in hits):
        return replace(query, kinds=ADMIN1 | ADMIN2)
    return query


# "Grad rockets", "Palianytsia missiles": a weapon named after a word that is also a
# village's name (where weapons were fired from is written "from Gaza", not "Gaza rockets")
_WEAPONS_AFTER_RE = re.compile(r"\s+(?:(?:multiple[- ]launch\s+)?rocket\s+launchers|rockets|"
                               # ("Grad systems", "Grad missile systems")
                               r"missiles|launchers|MLRS|drones|(?:missile\s+|rocket\s+)?"
                               r"systems|"
                               # ("an Israeli Hermes drone", "a Neptune missile"; but "the
                               # Odesa drone attack" is an attack on Odesa)
                               r"(?:drone|missile|UAV)(?!\s+(?:strikes?|attacks?|raids?|"
                               r"barrages?|fire|debris|alerts?|threat|incidents?|hits?)\b))\b")
# "the Quds Force": a unit named after a place or a word, no place
_UNIT_AFTER_RE = re.compile(r"\s+(?:Forces?|Brigades?|Regiment|Battalion|Corps)\b")
# Weapons named with a word that is also a place's name, counted one by one: "hit the
# town with a Grad", "a Tor shot down the drone", "fired a Quds at Eilat"
_WEAPON_NAMES = frozenset({"grad", "tor", "quds", "buk", "tornado", "uragan", "smerch",
                           "hurricane", "tomahawk", "neptune", "iskander", "kalibr"})
_ONE_OF_BEFORE_RE = re.compile(r"\b(?:an?|with)\s+$", re.I)
# "killed 11 members of the Abu Taha family": a family's name (not "a Kharkiv family")
_FAMILY_AFTER_RE = re.compile(r"\s+(?:family|clan)\b")
_THE_NAME_BEFORE_RE = re.compile(r"\bthe\s+(?:[A-Z][\w'’-]*\s+){0,2}$")


def _named_thing(text: str, span: Span) -> bool:
    """Whether a name the text writes is a weapon's, a unit's or a family's, not a
    place's."""
    return bool(_WEAPONS_AFTER_RE.match(text, span.end) or _UNIT_AFTER_RE.match(
        text, span.end) or (span.key in _WEAPON_NAMES and _ONE_OF_BEFORE_RE.search(
            text, max(0, span.start - 6), span.start)) or (_FAMILY_AFTER_RE.match(
                text, span.end) and _THE_NAME_BEFORE_RE.search(
                    text, max(0, span.start - 30), span.start)))


# "the church of St. Peter and St. Paul", "the Saint George Coptic Church": a saint a
# building is named after, not Saint Paul, Minnesota; and "St. Mark's Cathedral" is no
# town called Cathedral
_BUILDINGS = ("church cathedral basilica chapel monastery abbey parish convent shrine mosque "
              "synagogue temple").split()
_SAINT = r"(?:Saint|St\.?|Sts\.?|Saints)\s"
_SAINT_RE = re.compile(_SAINT)
_SAINT_BEFORE_RE = re.compile(rf"\b{_SAINT}$")
_DEDICATED_BEFORE_RE = re.compile(
    rf"\b(?i:{'|'.join(_BUILDINGS)})\s+of\s+(?:{_SAINT}[A-Z][\w'’-]+\s+(?:and|&)\s+)?$")
_BUILDING_WORD = rf"(?:{'|'.join(w.title() for w in _BUILDINGS)})\b"
_BUILDING_AFTER_RE = re.compile(
    rf"(?:['’]s|(?:\s+(?:and|&)\s+{_SAINT}[A-Z][\w'’-]+)?(?:\s+[A-Z][\w'’-]+){{0,3}}?)"
    rf"\s+{_BUILDING_WORD}")
_NAMED_BEFORE_RE = re.compile(r"[A-Z][\w'’-]*\s+$")
BIG_CITY = 1_000_000  # ("St. Petersburg's ... Cathedral": the city, whatever follows)


# "the Al-Rawda mosque", "Al-Ahram said": a name with the Arabic article glued on is an
# Arabic name, never a village in Bulgaria or a town in Iran that its tail spells
_ARABIC_ARTICLE = r"(?i:al|el|ad|an|ar|as|ash|at|az)-"
_ARABIC_ARTICLE_RE = re.compile(_ARABIC_ARTICLE)
_ARABIC_ARTICLE_BEFORE_RE = re.compile(rf"\b{_ARABIC_ARTICLE}$")
ARABIC_NAMED = frozenset(
    "AE BH DJ DZ EG EH ER IL IQ JO KM KW LB LY MA ML MR NE OM PS QA SA SD SO SS SY TD TN TR "
    "YE".split())


def _arabic_abroad(text: str, start: int, place: Place) -> bool:
    return place.country not in ARABIC_NAMED and place.kind != "sea" and bool(
        _ARABIC_ARTICLE_RE.match(text, start)
        or _ARABIC_ARTICLE_BEFORE_RE.search(text, max(0, start - 4), start))


def _dedication(text: str, start: int, end: int, place: Place) -> bool:
    """Whether the name is part of a building's ("St. Paul" of a church, "Cathedral" of
    "St. Mark's Cathedral"), not a place."""
    if text[start:end].lower() in _BUILDINGS:
        return bool(_NAMED_BEFORE_RE.search(text, max(0, start - 30), start))
    before = _SAINT_BEFORE_RE.search(text, max(0, start - 7), start)
    if before:  # ("St. Paul" spotted as "Paul")
        start = before.start()
    return bool(_SAINT_RE.match(text, start)) and bool(
        _DEDICATED_BEFORE_RE.search(text, max(0, start - 60), start)
        or (_BUILDING_AFTER_RE.match(text, end) and place.population < BIG_CITY))


# "the airspace over Rzeszow", "the skies above the Black Sea": over a place that is no
# country, the place itself
_SKIES_OVER_RE = re.compile(r"\b(?i:over|above)\s+(?:the\s+)?$")
# "the southern city of", "the north-eastern Ukrainian town of": where in its country
# ("the port city of", "the border village of": the words before a settlement's name)
_TOWN_OF = (r"(?:(?:port|frontline|front-line|border|coastal|industrial)\s+)?"
            r"(?:city|town|village|settlement|hamlet|port)\s+of\s+$")
_DIRECTION_BEFORE_RE = re.compile(
    r"\b(?P<dir>(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|west))(?:ern)?\s+"
    r"(?:(?P<adj>[A-Z][\w'’-]+)\s+)?" + _TOWN_OF)
DIRECTION_MIN = 0.05  # a reading this unlikely is not chosen by a direction alone
# "the Polish village of Osiny": the adjective states the country, as "in Poland" would
# (not "the Russian-occupied village of": a hyphen makes it an occupier's)
_DEMONYM_TOWN_OF_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+" + _TOWN_OF)
_IN_COUNTRY_GAP_RE = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|"
                                r"north-?east|north-?west|south-?east|south-?west|central)"
                                r"(?:ern)?\s+)?")


def _small_abroad(readings: list[Candidate], country: Place) -> bool:
    """Whether every reading of a name lies outside the country the text says it is in,
    and the best is a minor settlement (a capital or large city written "in" a country
    is a government's role there: "Tehran in Syria")."""
    best = readings[0].place
    return _abroad(best, [country]) and best.population < 100_000 and (
        best.feature_code != "PPLC") and not any(
        c.place.country == country.country for c in readings[1:])


def _inside(place: Place, parent: Place) -> bool:
    from .rank import within

    return within(place, parent) or place.id == parent.id


_NAME_GOES_ON_RE = re.compile(r" [A-Z][a-z]")


def _unglued(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the Khor Mor gas field": two settlement names side by side with only a space
    between are one name the index lacks, not a town in Russia and one in Hungary."""
    glued: set[int] = set()

    def named(m: Mention) -> bool:  # (or one the index lacks, in its stated region)
        return m.resolution.best.place.kind in SETTLEMENT_KINDS or (
            m.resolution.best.match == "parent")

    for a, b in pairwise(mentions):
        if text[a.end:b.start] == " " and text[b.start].isupper() and named(a) and named(b):
            glued |= {a.start, b.start}
    # "the Ta Muen Thom temple": a name of two letters with a capitalised word after it is
    # the head of a longer name the index lacks (not Dazhou, whose alias "Ta" is)
    glued |= {m.start for m in mentions if m.end - m.start <= 2 and not m.text.isupper()
              and _NAME_GOES_ON_RE.match(text, m.end) and named(m)}
    return [m for m in mentions if m.start not in glued] if glued else mentions


__all__ = ["Gazetteer", "clean_name"]

