"""Build the gazetteer index: every source into one SQLite file plus a key trie.

Built once (about a minute), then opened in milliseconds. A rebuild writes to temporary
files and swaps them in whole, carrying over the places users added (GeoNames dumps they
imported, online look-ups, editors' corrections), so nothing is lost or half-written.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from .normalize import (
    WORD_SPLIT_RE,
    fold,
    loose,
    plain_romanisation,
    ukrainian_romanisation,
)
from .phrases import strip_kind_words
from .records import ALTERNATE, OFFICIAL, PRIMARY, SETTLEMENT_KINDS, SourcePlace, settlement_kind

TRAP = 3  # an alternate name that is another real place's own name (Belgorod/"Bilhorod-...")
SCHEMA_VERSION = "1"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_INDEX = DATA_DIR / "gazetteer.sqlite"
USER_LAYERS = ("import", "online", "local")
COMMON_ZIPF = 4.0  # English words at least this frequent are "common-word" names

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE geometries(id TEXT PRIMARY KEY, geojson TEXT NOT NULL);
CREATE TABLE places(
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
    admin1_id TEXT, admin1 TEXT, admin1_iso TEXT, iso_3166_2 TEXT,
    latitude REAL NOT NULL, longitude REAL NOT NULL,
    population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL,
    layer TEXT NOT NULL DEFAULT 'builtin', occupied INTEGER NOT NULL DEFAULT 0,
    geometry_id TEXT, note TEXT, feature_code TEXT, added_at TEXT
);
CREATE TABLE names(
    key TEXT NOT NULL, loose TEXT NOT NULL, place_id TEXT NOT NULL,
    rank INTEGER NOT NULL, spot INTEGER NOT NULL, common INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE demonyms(key TEXT PRIMARY KEY, country TEXT NOT NULL);
CREATE TABLE online_cache(query TEXT PRIMARY KEY, place_id TEXT, asked_at TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_loose ON names(loose);
CREATE INDEX names_place ON names(place_id);
CREATE INDEX places_admin1 ON places(admin1_id);
CREATE INDEX places_layer ON places(layer);
"""

Progress = Callable[[Iterable[Any], str, int | None], Iterable[Any]]


def _no_progress(items: Iterable[Any], desc: str, total: int | None = None) -> Iterable[Any]:
    return items


def tqdm_progress(items: Iterable[Any], desc: str, total: int | None = None) -> Iterable[Any]:
    """A tqdm bar on stderr: the build takes a minute and should say so."""
    from tqdm import tqdm

    return tqdm(items, desc=desc, total=total, unit=" places", leave=False, mininterval=0.5,
                disable=None)


def trie_path(index: Path) -> Path:
    return index.with_suffix(".keys")


def spot_form(written: str) -> bool:
    """Whether a written name can be looked for in running text: it starts capitalised
    (or in a script without case), so "ha er ke fu"-style romanisations are left out."""
    first = written.strip()[:1]
    return bool(first) and (first.isupper() or (first.isalpha() and not first.islower()))


# Wire copy drops the Arabic article GeoNames writes: "Qamishli" for Al Qāmishlī, "Raqqa"
# for Ar Raqqah. Only for towns of some size where Arabic place names are romanised, and
# never when what is left is short or a plain English word.
ARABIC_ARTICLE_COUNTRIES = frozenset(
    "AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
ARABIC_BARE_MIN_POPULATION = 5_000
_ARABIC_ARTICLE_RE = re.compile(r"^(?:al|el|ar|as|ad|ash|at|az|an|ath|adh) (?=\S{4})")


def _without_arabic_article(key: str) -> str | None:
    m = _ARABIC_ARTICLE_RE.match(key)
    if m is None:
        return None
    bare = key[m.end():]
    return None if _plain_word(bare) else bare


def name_rows(place: SourcePlace, strip: bool, adjectives: frozenset[str] = frozenset(),
              towns: frozenset[str] = frozenset()
              ) -> Iterator[tuple[str, int, bool]]:
    """(key, rank, spottable) for every written name of a place, best rank per key. A name
    with its kind word left out is a key too ("Kharkiv Oblast" -> "kharkiv"), unless what
    is left is an adjective or a plain English word ("Lebanese Republic" -> "lebanese",
    "Free State" -> "free", "Central Region" -> "central" name no place)."""
    best: dict[str, tuple[int, bool]] = {}
    arabic = place.country in ARABIC_ARTICLE_COUNTRIES and place.kind in SETTLEMENT_KINDS \
        and place.population >= ARABIC_BARE_MIN_POPULATION
    for written, rank in place.names:
        key = fold(written)
        if not key or (key in adjectives and rank > PRIMARY):
            continue  # "Togolese" among Togo's alternate names is an adjective, not a name
        keys = [(key, rank)]
        bare = _without_arabic_article(key) if arabic else None
        if bare:
            keys.append((bare, max(rank, ALTERNATE)))
        if strip:
            core, _ = strip_kind_words(key)
            if core and core != key and core not in adjectives and not _plain_word(core) and (
                    core not in towns):  # ("Khan Younis Governorate": bare, the city)
                keys.append((core, rank))
        spot = spot_form(written)
        for k, k_rank in keys:
            old = best.get(k)
            if old is None or k_rank < old[0]:
                best[k] = (k_rank, spot or (old[1] if old else False))
            elif spot and not old[1]:
                best[k] = (old[0], True)
    for key, (rank, spot) in best.items():
        yield key, rank, spot


_NONE: frozenset[str] = frozenset()


def _towns_named_like_regions(places: list[SourcePlace]) -> dict[str, frozenset[str]]:
    """Per country, the settlement names that a curated region's name holds with its kind
    word left out: "Khan Younis Governorate" without "Governorate" is the city (an admin-1
    unit's bare name already ranks below its city; a region's does not)."""
    cores: set[tuple[str, str]] = set()
    for p in places:
        if p.kind == "region" and p.country:
            for written, _ in p.names:
                key = fold(written)
                core, _kinds = strip_kind_words(key)
                if core and core != key:
                    cores.add((p.country, core))
    found: dict[str, set[str]] = defaultdict(set)
    if cores:
        countries = {c for c, _ in cores}
        for p in places:
            if p.kind in SETTLEMENT_KINDS and p.country in countries:
                for written, _ in p.names:
                    if (p.country, key := fold(written)) in cores:
                        found[p.country].add(key)
    return {c: frozenset(keys) for c, keys in found.items()}


def link_admin1(
    points: list[SourcePlace], admin1: list[SourcePlace], max_gap_deg: float = 0.3
) -> None:
    """Set ``admin1_id`` on each point: the admin-1 polygon it falls in, else the
    nearest one of the same country within ``max_gap_deg`` (coastal towns fall just
    outside generalised coastlines)."""
    import numpy as np
    import shapely
    from shapely.geometry import shape

    polys = [shape(a.geometry) for a in admin1]
    tree = shapely.STRtree(polys)
    xy = np.array([(p.longitude, p.latitude) for p in points])
    geoms = shapely.points(xy)
    found: dict[int, int] = {}
    foreign: dict[int, int] = {}  # a border town inside a neighbour's generalised outline
    src, dst = tree.query(geoms, predicate="intersects")
    for i, j in zip(src.tolist(), dst.tolist(), strict=True):
        if admin1[j].country == points[i].country:
            found[i] = j
        else:
            foreign.setdefault(i, j)
    missing = [i for i in range(len(points)) if i not in found]
    if missing:  # the nearest outline of the point's own country within the gap
        src, dst = tree.query(geoms[missing], predicate="dwithin", distance=max_gap_deg)
        gaps: dict[int, float] = {}
        for i, j in zip(src.tolist(), dst.tolist(), strict=True):
            idx = missing[i]
            if admin1[j].country != points[idx].country:
                continue
            gap = shapely.distance(geoms[idx], polys[j])
            if gap < gaps.get(idx, max_gap_deg + 1):
                gaps[idx], found[idx] = gap, j
    for i, j in foreign.items():  # (Metula, Israel, is not in Lebanon's An Nabatiyah)
        found.setdefault(i, j)
    for i, j in found.items():
        points[i].admin1_id = admin1[j].id


def inherit_capital_names(
    admin1: list[SourcePlace], settlements: list[SourcePlace]
) -> dict[str, str]:
    """Admin-1 units named after their capital take all the capital's spellings
    (Khmelnytskyi Oblast answers to Khmelnitsky, Хмельницький...). Returns
    admin1 id -> capital id."""
    by_admin1: dict[str, list[SourcePlace]] = defaultdict(list)
    for s in settlements:
        if s.admin1_id:
            by_admin1[s.admin1_id].append(s)
    capitals: dict[str, str] = {}
    for unit in admin1:
        cores = set()
        for written, _ in unit.names:
            core, _ = strip_kind_words(fold(written))
            if core:
                cores.add(core)
                cores.add(loose(core))
        best: SourcePlace | None = None
        for city in by_admin1.get(unit.id, ()):
            if best is not None and city.population <= best.population:
                continue
            keys = {fold(w) for w, r in city.names if r <= ALTERNATE}
            if keys & cores or {loose(k) for k in keys} & cores:
                best = city
        if best is None:
            continue
        capitals[unit.id] = best.id
        have = {fold(w) for w, _ in unit.names}
        for written, rank in best.names:
            if rank <= ALTERNATE and fold(written) not in have and _latin_or_cyrillic(written):
                unit.names.append((written, ALTERNATE))
    return capitals


def _latin_or_cyrillic(text: str) -> bool:
    return all(ord(ch) < 0x0530 or not ch.isalpha() for ch in text)


def mark_traps(places: list[SourcePlace], protected: set[tuple[str, str]]) -> int:
    """Demote alternate names that are another real place's own name.

    GeoNames lists "Bilhorod-Dnistrovskyi" among Belgorod's names and "Pokrovsk" among
    Engels's (a former name): such a name must not let the wrong place win.
    """
    from rapidfuzz import fuzz

    owners: dict[str, set[str]] = defaultdict(set)
    for p in places:
        if p.kind in SETTLEMENT_KINDS and p.population >= 1000:
            for written, rank in p.names:
                if rank == PRIMARY:
                    owners[fold(written)].add(p.id)
    demoted = 0
    for p in places:
        own = fold(p.name)
        for i, (written, rank) in enumerate(p.names):
            if rank != ALTERNATE or (p.id, written) in protected:
                continue
            key = fold(written)
            if not owners.get(key, set()) - {p.id}:
                continue
            # A spelling of the place's own name (Odessa for Odesa) is no trap.
            if loose(key) == loose(own) or fuzz.ratio(key, own) >= 70:
                continue
            p.names[i] = (written, TRAP)
            demoted += 1
    return demoted


def promote_regional_capitals(capitals: dict[str, str],
                              settlements: list[SourcePlace]) -> None:
    """A regional capital is a city by GeoNames' PPLA rule (``settlement_kind``); the
    cities file has no feature codes to apply it, so Kherson (66,000 by its wartime
    figure) came out a "town"."""
    seats = set(capitals.values())
    for place in settlements:
        if place.id in seats and place.kind == "town":
            place.kind = settlement_kind(place.population, "PPLA")


def mark_national_capitals(info: dict[str, dict], cities: list[SourcePlace]) -> int:
    """Each country's capital (GeoNames' country table), marked PPLC as GeoNames does, so
    that ranking can tell Tehran, the capital, from a small town that also bears the name
    as an alternate."""
    largest: dict[tuple[str, str], SourcePlace] = {}
    for city in cities:
        key = (city.country or "", fold(city.name))
        if key not in largest or city.population > largest[key].population:
            largest[key] = city
    marked = 0
    for iso, country in info.items():
        city = largest.get((iso, fold(country.get("capital") or ""))) if country.get(
            "capital") else None
        if city is not None and city.feature_code is None:
            city.feature_code = "PPLC"
            marked += 1
    return marked


def mark_city_regions(admin1: list[SourcePlace], capitals: dict[str, str],
                      settlements: dict[str, SourcePlace]) -> int:
    """Cities with the status of a region (Kyiv, Sevastopol, Moscow, Saint Petersburg):
    small admin-1 units around a large namesake city. Marked so that "Moscow region"
    means Moscow Oblast, not the federal city."""
    from shapely.geometry import shape

    marked = 0
    for unit in admin1:
        city = settlements.get(capitals.get(unit.id, ""))
        if city is None or city.population < 300_000 or unit.geometry is None:
            continue
        if shape(unit.geometry).area < 0.6 and fold(city.name) in {
                fold(w) for w, r in unit.names if r <= OFFICIAL}:
            unit.feature_code = "ADMC"
            marked += 1
    return marked


_I_RUN_RE = re.compile(r"i+")


def _spelling_key(name: str) -> str:
    """What GeoNames' and Ukraine's national romanisations share: they differ only in
    y/i (я ya/ia, ю yu/iu, є ye/ie, ї yi/i, й y/i) and apostrophes."""
    return _I_RUN_RE.sub("i", fold(name).replace("y", "i"))


def national_form(place: SourcePlace) -> str | None:
    """A Ukrainian place's name in Ukraine's national romanisation, which wire copy
    follows, where GeoNames spells the same name another way ("Zaporizhzhya", "Kryvyy
    Rih" -> "Zaporizhzhia", "Kryvyi Rih"). Of the Ukrainian spellings, the one nearest
    GeoNames' (not a former or dialect name); None when that is GeoNames' own."""
    if place.country != "UA":
        return None
    from rapidfuzz.distance import Levenshtein

    key, own_key = _spelling_key(place.name), fold(place.name)

    def national(roman: str) -> bool:  # (an "i" of GeoNames' never a "y": "Vitino" is no
        # Ukrainian "Vytyno", but a Russian name GeoNames romanised the Russian way)
        key_of_roman = fold(roman)
        return _spelling_key(roman) == key and not any(
            (op.tag == "insert" and key_of_roman[op.dest_pos] == "y")
            or (op.tag == "replace" and own_key[op.src_pos] == "i")
            for op in Levenshtein.editops(own_key, key_of_roman))

    forms = {roman for written, rank in place.names if rank <= ALTERNATE
             for roman in [ukrainian_romanisation(written)] if roman and roman.isascii()
             and national(roman)}
    if not forms:
        return None
    best = min(sorted(forms), key=lambda f: Levenshtein.distance(f.lower(), place.name.lower()))
    if best.lower() == place.name.lower():
        return None
    own = WORD_SPLIT_RE.split(place.name)
    words = WORD_SPLIT_RE.split(best)
    if len(own) == len(words):  # GeoNames' capitals where a word is the same ("Teremky-II")
        words = [o if o.lower() == w.lower() else w[:1].upper() + w[1:] if o[:1].isupper()
                 else w for o, w in zip(own, words, strict=True)]
    return "".join(words)


def collect_builtin(progress: Progress = _no_progress) -> tuple[list[SourcePlace], dict]:
    """Read every built-in source and link them. Returns places and build facts."""
    from .sources import curated, geonames_cities, natural_earth

    info = geonames_cities.countries()
    countries = list(natural_earth.read_countries(info=info))
    admin1 = list(natural_earth.read_admin1())
    raw = geonames_cities.load_raw()
    cities = list(progress(geonames_cities.read(raw), "reading GeoNames cities", len(raw)))
    del raw
    link_admin1(cities, admin1)
    aliases, wire = curated.city_aliases(), curated.wire_names()
    for city in cities:  # wire spellings the GeoNames extract lacks, as official names
        city.names += [(alias, OFFICIAL) for alias in aliases.get(city.id, ())]
        if city.id in wire:
            city.names.append((wire[city.id], OFFICIAL))
    areas = {a.iso_3166_2: a.geometry for a in admin1 if a.iso_3166_2 and a.geometry}
    extra = list(curated.read(areas))
    link_admin1([p for p in extra if p.kind == "site" or (
        p.kind in SETTLEMENT_KINDS and not p.iso_3166_2)], admin1)
    units = {a.id for a in admin1}
    for p in extra:  # curated rows name their admin-1 by ISO code: trust it over geometry
        # (when Natural Earth has that code: its Israeli districts have none, so a row's
        # "IL-D" keeps the district its point lies in)
        if p.iso_3166_2 and p.kind != "region" and f"ne1:{p.iso_3166_2}" in units:
            p.admin1_id = f"ne1:{p.iso_3166_2}"
    airspace = [
        SourcePlace(
            id=f"air:{c.country}", name=f"{c.name} airspace", kind="airspace",
            country=c.country, latitude=c.latitude, longitude=c.longitude,
            source=c.source, geometry=c.geometry, population=c.population,
        )
        for c in countries
    ]
    everything = countries + admin1 + cities + extra + list(geonames_cities.continents())
    traps = mark_traps(everything, protected=set())
    population: dict[str, int] = defaultdict(int)
    for city in cities:
        if city.admin1_id:
            population[city.admin1_id] += city.population
    for unit in admin1:  # prominence of a region: the people in its settlements
        unit.population = population.get(unit.id, 0)
    capitals = inherit_capital_names(admin1, cities)
    districts = curated.city_districts()
    for city in cities:  # (after the capitals' names went to their regions: not theirs)
        city.names += [(name, OFFICIAL) for name in districts.get(city.id, ())]
    promote_regional_capitals(capitals, cities)
    city_regions = mark_city_regions(admin1, capitals, {c.id: c for c in cities})
    national = mark_national_capitals(info, cities)
    for city in cities:  # shown as wire copy writes them (after the capitals matched names)
        ukrainian = national_form(city)
        if ukrainian:  # (the name shown finds the place by an exact key, not a loose one)
            city.names.append((ukrainian, OFFICIAL))
        city.name = wire.get(city.id) or ukrainian or plain_romanisation(city.name, city.country)
    facts = {"traps_demoted": traps, "capitals_linked": len(capitals),
             "city_regions": city_regions, "national_capitals": national}
    return everything + airspace, facts


def demonym_table() -> dict[str, str]:
    """Adjective -> ISO2: the curated list, completed by countryinfo's demonyms where a
    form is not claimed by two countries (curated wins)."""
    from .sources import countryinfo_data, curated

    table = dict(curated.demonyms())
    seen: dict[str, set[str]] = defaultdict(set)
    for iso, info in countryinfo_data.by_iso2().items():
        if info.get("demonym"):
            seen[info["demonym"]].add(iso)
    for form, isos in seen.items():
        if len(isos) == 1 and form not in table:
            table[form] = next(iter(isos))
    return table


PLAIN_WORD_ZIPF = 4.5  # "free", "central", "northern": too common to stand for a region


@cache
def _plain_word(core: str) -> bool:
    from wordfreq import zipf_frequency

    return " " not in core and core.isascii() and zipf_frequency(core, "en") >= PLAIN_WORD_ZIPF


def _common_keys(keys: Iterable[str]) -> set[str]:
    from wordfreq import zipf_frequency

    return {k for k in keys if k.isascii() and zipf_frequency(k, "en") >= COMMON_ZIPF}


def write_places(
    conn: sqlite3.Connection,
    places: list[SourcePlace],
    layer: str,
    progress: Progress = _no_progress,
    common: set[str] | None = None,
) -> int:
    """Insert places and their names in one go; returns the number of name rows."""
    admin1_info = {
        p.id: (p.name, p.iso_3166_2) for p in places if p.kind == "admin1"
    }
    if layer != "builtin":
        admin1_info.update(
            (row[0], (row[1], row[2]))
            for row in conn.execute("SELECT id, name, iso_3166_2 FROM places WHERE kind='admin1'")
        )
    now = datetime.now(UTC).isoformat(timespec="seconds")
    n_names = 0
    geometry_ids: dict[int, str] = {}
    adjectives = frozenset(fold(form) for form in demonym_table())
    name_batch: list[tuple[str, str, str, int, int, int]] = []
    common = common or set()
    towns = _towns_named_like_regions(places)
    for p in progress(places, f"indexing {layer} places", len(places)):
        geom_id = None
        if p.geometry is not None:
            geom_id = geometry_ids.get(id(p.geometry))
            if geom_id is None:
                geom_id = p.id
                geometry_ids[id(p.geometry)] = geom_id
                conn.execute(
                    "INSERT OR REPLACE INTO geometries VALUES (?, ?)",
                    (geom_id, json.dumps(p.geometry, separators=(",", ":"))),
                )
        a_name, a_iso = admin1_info.get(p.admin1_id or "", (None, None))
        if p.kind == "admin1":
            a_name, a_iso = p.name, p.iso_3166_2
        conn.execute(
            "INSERT OR REPLACE INTO places VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (p.id, p.name, p.kind, p.country,
             p.id if p.kind == "admin1" else p.admin1_id, a_name, a_iso, p.iso_3166_2,
             p.latitude, p.longitude, p.population, p.source, layer, int(p.occupied),
             geom_id, p.note, p.feature_code, now if layer != "builtin" else None),
        )
        strip = p.kind not in SETTLEMENT_KINDS
        for key, rank, spot in name_rows(p, strip, adjectives, towns.get(p.country or "", _NONE)
                                         if p.kind == "region" else _NONE):
            name_batch.append((key, loose(key), p.id, rank, int(spot), int(key in common)))
        if len(name_batch) > 50_000:
            conn.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", name_batch)
            n_names += len(name_batch)
            name_batch.clear()
    conn.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", name_batch)
    return n_names + len(name_batch)


def write_trie(conn: sqlite3.Connection, path: Path) -> int:
    """The set of spottable keys, as a memory-mapped marisa trie, for the text spotter."""
    import marisa_trie

    keys = [row[0] for row in conn.execute(
        "SELECT DISTINCT key FROM names WHERE spot=1 AND length(key) >= 2 AND rank < ?",
        (TRAP,))]
    tmp = path.with_suffix(".keys.tmp")
    marisa_trie.Trie(keys).save(str(tmp))
    os.replace(tmp, path)
    return len(keys)


def _copy_user_layers(old: Path, conn: sqlite3.Connection) -> int:
    """Carry imported, online and hand-set places over from the previous index."""
    if not old.exists():
        return 0
    conn.execute("ATTACH DATABASE ? AS old", (str(old),))
    try:
        marks = ",".join("?" * len(USER_LAYERS))
        has = conn.execute(
            "SELECT name FROM old.sqlite_master WHERE name='places'").fetchone()
        if not has:
            return 0
        n = conn.execute(
            f"INSERT OR REPLACE INTO places SELECT * FROM old.places WHERE layer IN ({marks})",
            USER_LAYERS).rowcount
        conn.execute(
            f"INSERT INTO names SELECT n.* FROM old.names n JOIN old.places p "
            f"ON p.id = n.place_id WHERE p.layer IN ({marks})", USER_LAYERS)
        conn.execute(
            f"INSERT OR REPLACE INTO geometries SELECT g.* FROM old.geometries g "
            f"JOIN old.places p ON p.geometry_id = g.id WHERE p.layer IN ({marks})",
            USER_LAYERS)
        conn.execute("INSERT OR REPLACE INTO online_cache SELECT * FROM old.online_cache")
        conn.commit()
        return n
    except sqlite3.DatabaseError:
        return 0  # an unreadable old index has nothing worth keeping
    finally:
        conn.execute("DETACH DATABASE old")


def build(
    index: Path = DEFAULT_INDEX,
    progress: Progress = _no_progress,
    say: Callable[[str], None] = lambda _msg: None,
) -> dict[str, Any]:
    """Build the whole index into ``index`` (and its ``.keys`` trie); returns facts."""

    index.parent.mkdir(parents=True, exist_ok=True)
    tmp = index.with_name(index.name + ".tmp")
    tmp.unlink(missing_ok=True)
    started = datetime.now(UTC)
    say("reading sources (GeoNames cities500, Natural Earth, curated lists)...")
    places, facts = collect_builtin(progress)
    say("finding common-word names (wordfreq)...")
    spot_keys = {fold(w) for p in places for w, r in p.names if r <= ALTERNATE
                 and p.kind in SETTLEMENT_KINDS}
    common = _common_keys(progress(spot_keys, "checking common words", len(spot_keys)))
    from .sources import curated

    common |= {fold(name) for name in curated.not_places()}
    with closing(sqlite3.connect(tmp)) as conn:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(SCHEMA)
        n_names = write_places(conn, places, "builtin", progress, common)
        conn.executemany(
            "INSERT OR REPLACE INTO demonyms VALUES (?, ?)",
            [(fold(form), iso) for form, iso in demonym_table().items()],
        )
        say("creating indexes...")
        conn.executescript(INDEXES)
        conn.commit()
        kept = _copy_user_layers(index, conn)
        facts.update(
            places=len(places), names=n_names, user_places_kept=kept,
            common_word_keys=len(common),
            built_at=started.isoformat(timespec="seconds"), schema=SCHEMA_VERSION,
        )
        conn.executemany("INSERT INTO meta VALUES (?, ?)",
                         [(k, str(v)) for k, v in facts.items()])
        conn.commit()
        say("writing the spotter's key trie...")
        facts["spot_keys"] = write_trie(conn, trie_path(tmp))
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('spot_keys', ?)",
                     (str(facts["spot_keys"]),))
        conn.commit()
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    os.replace(trie_path(tmp), trie_path(index))
    os.replace(tmp, index)
    facts["seconds"] = round((datetime.now(UTC) - started).total_seconds(), 1)
    return facts
