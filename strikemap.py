"""Strikemap's command line: a thin layer over the packages (the sqlite-utils habit).

Each command opens what it needs, calls one core function and turns a ``StrikemapError``
into one line on stderr and a non-zero exit. Output is JSON (Lines) for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gazetteer import StrikemapError
from gazetteer.errors import InputError

EXIT_ERROR, EXIT_PARTIAL = 1, 2


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _open(args: argparse.Namespace) -> Any:
    from gazetteer import open_gazetteer

    gz = open_gazetteer(args.index)
    if getattr(args, "online", False):
        from gazetteer.sources.online import make_geocoder

        gz.enable_online(make_geocoder(domain=args.online_domain, scheme=args.online_scheme))
    return gz


def resolution_record(res: Any, query: str, alternatives: bool = False) -> dict[str, Any]:
    """The JSON shape of one resolve answer (stable: other tools read it)."""
    best = res.best
    place = best.place if best else None
    out: dict[str, Any] = {
        "query": query,
        "name": place.name if place else None,
        "id": place.id if place else None,
        "kind": place.kind if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "admin1_iso": place.admin1_iso if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "population": place.population if place else None,
        "occupied": place.occupied if place else None,
        "source": place.source if place else None,
        "score": round(best.score, 4) if best else None,
        "note": res.note,
        "reason": res.reason,
    }
    if alternatives:
        out["alternatives"] = [c.to_dict() for c in res.alternatives]
    return out


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    data = p.read_bytes()
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start})") from err


def _jsonl(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, object or None, error or None) for each non-blank line."""
    text = _read_text(path)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield lineno, None, f"{path}:{lineno}: not valid JSON ({err.msg})"
            continue
        if not isinstance(obj, dict):
            yield lineno, None, f"{path}:{lineno}: expected a JSON object"
            continue
        yield lineno, obj, None


def cmd_resolve(args: argparse.Namespace) -> int:
    gz = _open(args)
    if args.batch:
        return _resolve_batch(gz, args)
    if not args.name:
        raise InputError("give a NAME or --batch FILE")
    name = " ".join(args.name)
    res = gz.resolve(name, context=args.context, country=args.country)
    if args.json:
        _print_json(resolution_record(res, name, alternatives=True))
    elif res.best is None:
        print(f"not found: {name} ({res.reason})", file=sys.stderr)
        return EXIT_ERROR
    else:
        p = res.best.place
        where = ", ".join(x for x in (p.admin1 if p.kind != "admin1" else None, p.country)
                          if x)
        print(f"{p.name} [{p.kind}] {where}  {p.latitude:.5f}, {p.longitude:.5f}  "
              f"score {res.best.score:.2f}  ({p.id}, {p.source})")
        if res.note:
            print(f"note: {res.note}")
        for alt in res.alternatives[:5]:
            a = alt.place
            print(f"  or {a.name} [{a.kind}] {a.admin1 or ''} {a.country or ''} "
                  f"score {alt.score:.2f}")
    return 0


def _resolve_batch(gz: Any, args: argparse.Namespace) -> int:
    status = 0
    for lineno, obj, error in _jsonl(args.batch):
        if error is None and obj is not None and not isinstance(obj.get("name"), str):
            error = f"{args.batch}:{lineno}: needs a string \"name\""
        if error is not None or obj is None:
            print(error, file=sys.stderr)
            _print_json({"line": lineno, "error": error, "latitude": None,
                         "longitude": None})
            status = EXIT_PARTIAL
            continue
        context = obj.get("context") if isinstance(obj.get("context"), str) else None
        res = gz.resolve(obj["name"], context=context, country=obj.get("country")
                         or args.country)
        _print_json({"line": lineno, **resolution_record(res, obj["name"])})
    return status


def _articles(paths: list[str]) -> Iterator[tuple[str, str]]:
    for path in paths:
        if path.endswith(".jsonl"):
            for lineno, obj, error in _jsonl(path):
                if error:
                    print(error, file=sys.stderr)
                    continue
                assert obj is not None
                text = obj.get("text")
                if not isinstance(text, str):
                    print(f"{path}:{lineno}: needs a string \"text\"", file=sys.stderr)
                    continue
                yield str(obj.get("id", f"{Path(path).stem}:{lineno}")), text
        else:
            text = _read_text(path)
            if not text.strip():
                raise InputError(f"{path}: empty input")
            yield ("stdin" if path == "-" else Path(path).stem), text


def cmd_places(args: argparse.Namespace) -> int:
    gz = _open(args)
    for article_id, text in _articles(args.paths):
        for m in gz.find_places(text):
            best = m.resolution.best
            p = best.place
            _print_json({
                "article_id": article_id, "mention": m.text, "start": m.start,
                "end": m.end, "name": p.name, "id": p.id, "kind": p.kind,
                "country": p.country, "admin1": p.admin1, "latitude": p.latitude,
                "longitude": p.longitude, "score": round(best.score, 4),
                "note": m.resolution.note,
            })
    return 0


def _article_options(args: argparse.Namespace) -> dict[str, Any]:
    from reports.reading import parse_published

    published = parse_published(args.published, "--published") if args.published else None
    return {"published": published, "outlet": args.outlet, "url": args.url}


def cmd_extract(args: argparse.Namespace) -> int:
    """One GeoJSON FeatureCollection of every report in the inputs; nothing stored."""
    from geo.geojson import feature_collection
    from reports import extract

    gz = _open(args)
    found: list[Any] = []
    status = 0
    for _path, article in _read_all(args, "strikemap: "):
        if article is None:
            status = EXIT_ERROR
        else:
            found.extend(extract(article, gz))
    collection = feature_collection(found, lambda pid: _geometry(gz, pid))
    sys.stdout.write(json.dumps(collection, ensure_ascii=False) + "\n")
    return status


def _read_all(args: argparse.Namespace, label: str) -> Iterator[tuple[str, Any]]:
    """(path, article) for every article, or (path, None) after printing why a path was
    rejected: every path is read in full before anything is used."""
    from reports import read_inputs

    for path, result in read_inputs(args.paths, **_article_options(args)):
        if isinstance(result, Exception):
            print(f"{label}{result}", file=sys.stderr)
            yield path, None
            continue
        for article in result:
            yield path, article


def _geometry(gz: Any, place_id: str) -> dict[str, Any] | None:
    place = gz.place(place_id)
    return gz.geometry(place) if place is not None else None


def cmd_ingest(args: argparse.Namespace) -> int:
    """Store articles and their reports; say what was added, skipped or rejected."""
    from reports import extract
    from reports.store import connect, counts, database_url, engine_label, ingest

    gz = _open(args)
    engine = connect(args.db)
    status = 0
    for path, article in _read_all(args, "rejected: "):
        if article is None:
            status = EXIT_ERROR
            continue
        outcome, n = ingest(engine, article, extract(article, gz),
                            lambda pid: _geometry(gz, pid))
        if outcome == "duplicate":
            print(f"skipped {article.source or path}: already stored (same text)")
        else:
            print(f"added {article.source or path}: article {article.id}, {n} reports")
    total = counts(engine)
    print(f"store {engine_label(database_url(args.db))}: {total['articles']} articles, "
          f"{total['reports']} reports", file=sys.stderr)
    return status


def filters_from_args(args: argparse.Namespace) -> Any:
    """The app's filters, from command-line options (one definition for both)."""
    from datetime import date

    from reports.query import Filters

    def day(value: str | None, name: str) -> date | None:
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as err:
            raise InputError(f"{name} must be YYYY-MM-DD, not {value!r}") from err

    return Filters(
        date_from=day(args.date_from, "--from"), date_to=day(args.date_to, "--to"),
        event_types=args.type or [], outlets=args.outlet or [],
        claimants=args.claimant or [], countries=[c.upper() for c in args.country or []],
        precisions=args.precision or [], statuses=args.status or [],
        text=args.text or "", confirmed_only=not args.include_unreviewed)


def _filtered_rows(args: argparse.Namespace) -> tuple[list[dict[str, Any]], Any]:
    from reports import store
    from reports.query import apply, prepare, records

    chosen = filters_from_args(args)
    frame = apply(prepare(store.report_table(store.connect(args.db))), chosen)
    rows = records(frame)
    if not rows and chosen.confirmed_only:
        print("strikemap: no confirmed reports match; review some in the app, or pass "
              "--include-unreviewed", file=sys.stderr)
    return rows, chosen


def cmd_export(args: argparse.Namespace) -> int:
    """Filtered reports to GeoJSON, GeoJSON text sequences, CSV or GeoPackage."""
    from geo import export

    rows, chosen = _filtered_rows(args)
    meta = export.provenance(chosen, len(rows))
    fmt = args.format or {".geojson": "geojson", ".json": "geojson", ".csv": "csv",
                          ".gpkg": "gpkg", ".geojsons": "geojsonseq"}.get(
        Path(args.output).suffix.lower() if args.output else "", "geojson")
    if args.output in (None, "-"):
        if fmt == "gpkg":
            raise InputError("a GeoPackage needs a file: pass -o FILE.gpkg")
        if fmt == "geojson":
            sys.stdout.write(json.dumps(export.geojson(rows, meta, args.points),
                                        ensure_ascii=False) + "\n")
        elif fmt == "geojsonseq":
            sys.stdout.writelines(export.geojson_seq(rows, args.points))
        else:
            sys.stdout.write(export.csv_text(rows))
        return 0
    path = export.write(rows, meta, Path(args.output), fmt, args.points)
    print(f"wrote {path}: {len(rows)} reports ({fmt})", file=sys.stderr)
    return 0


def cmd_embed(args: argparse.Namespace) -> int:
    """An embeddable map: HTML (self-contained by default), its iframe snippet, and a
    static locator image."""
    from geo import embed

    rows, _ = _filtered_rows(args)
    out = Path(args.output)
    if not out.parent.exists():
        raise InputError(f"{out.parent}: no such folder")
    page = embed.embed_html(rows, args.title, args.subtitle or "", args.source_line or "",
                            height=args.height, online_tiles=args.online_tiles,
                            dark=args.dark)
    _atomic_write(out, page)
    image = out.with_suffix(".png")
    embed.static_map(rows, image, args.title, args.source_line or "")
    if args.svg:
        embed.static_map(rows, out.with_suffix(".svg"), args.title, args.source_line or "")
    snippet = embed.iframe_snippet(out.name, args.title, args.height + 160, image.name)
    _atomic_write(out.with_suffix(".iframe.html"), snippet + "\n")
    print(f"wrote {out} ({len(page.encode()) / 1e6:.2f} MB, {len(rows)} reports), "
          f"{image.name}, {out.with_suffix('.iframe.html').name}", file=sys.stderr)
    return 0


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise InputError(f"could not write {path}: {err}") from err


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """The filters of the app, for commands that select reports."""
    p.add_argument("--from", dest="date_from", help="first event date, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last event date, YYYY-MM-DD")
    p.add_argument("--type", action="append", help="event type (repeatable)")
    p.add_argument("--outlet", action="append", help="outlet (repeatable)")
    p.add_argument("--claimant", action="append", help="claimed by (repeatable)")
    p.add_argument("--country", action="append", help="ISO2 country (repeatable)")
    p.add_argument("--precision", action="append",
                   help="settlement, site, district, region, airspace, country, sea")
    p.add_argument("--status", action="append", help="review status (repeatable)")
    p.add_argument("--text", help="words in the quote")
    p.add_argument("--include-unreviewed", action="store_true",
                   help="not only confirmed reports (the default for exports and embeds)")
    p.add_argument("--db", help="database URL (default $STRIKEMAP_DB or "
                                "data/strikemap.sqlite)")


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from gazetteer import build, default_index_path, store
    from gazetteer.build import tqdm_progress

    index = Path(args.index) if args.index else default_index_path()
    if args.action == "build":
        facts = build(index, progress=tqdm_progress,
                      say=lambda msg: print(msg, file=sys.stderr))
        print(f"built {index}: {facts['places']:,} places, {facts['names']:,} names, "
              f"{facts['spot_keys']:,} spotter keys in {facts['seconds']} s "
              f"({facts['user_places_kept']} user places kept)", file=sys.stderr)
    elif args.action == "import":
        if not args.file:
            raise InputError("gazetteer import needs a FILE (a GeoNames dump, e.g. UA.zip)")
        counts = store.import_dump(index, Path(args.file))
        print(f"imported {args.file}: {counts['added']:,} new places "
              f"({counts['already_known']:,} already known)", file=sys.stderr)
    elif args.action == "add":
        if not args.file or args.lat is None or args.lon is None:
            raise InputError("gazetteer add needs NAME --lat --lon [--kind --country]")
        pid = store.set_local(index, args.file, args.lat, args.lon, args.kind,
                              args.country_code)
        print(f"added local place {pid}", file=sys.stderr)
    elif args.action == "info":
        _print_json(store.stats(index))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="strikemap", description="Map reported strikes, shelling and interceptions.")
    parser.add_argument("--index", help="gazetteer index (default data/gazetteer.sqlite)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("resolve", help="resolve a place name (or a batch of them)")
    p.add_argument("name", nargs="*", help="the place name, e.g. 'the Kursk region'")
    p.add_argument("--country", help="only places in this country (ISO2)")
    p.add_argument("--context", help="text around the name, used to disambiguate")
    p.add_argument("--json", action="store_true", help="print JSON with alternatives")
    p.add_argument("--batch", metavar="FILE",
                   help="JSON Lines {name, context?} ('-' for stdin): one answer per line")
    _online_options(p)
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("places", help="find place names in text (JSON Lines out)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .jsonl or - (stdin)")
    p.set_defaults(func=cmd_places)

    for name, func, text in (
            ("extract", cmd_extract, "print the reports in articles as GeoJSON (stores nothing)"),
            ("ingest", cmd_ingest, "store articles and their reports")):
        p = sub.add_parser(name, help=text)
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help=".txt, .html, .jsonl, '-' (stdin) or an http(s) URL")
        p.add_argument("--published", help="publication date, YYYY-MM-DD[THH:MM[+HH:MM]]")
        p.add_argument("--outlet", help="the outlet that published the article(s)")
        p.add_argument("--url", help="the article's URL")
        if name == "ingest":
            p.add_argument("--db", help="database URL (default $STRIKEMAP_DB or "
                                        "data/strikemap.sqlite)")
        p.set_defaults(func=func)

    p = sub.add_parser("export", help="export filtered reports (GeoJSON, CSV, GeoPackage)")
    p.add_argument("-o", "--output", help="file to write ('-' or none: stdout)")
    p.add_argument("--format", choices=["geojson", "geojsonseq", "csv", "gpkg"],
                   help="default: from the file's extension, else geojson")
    p.add_argument("--points", action="store_true",
                   help="representative points instead of region polygons")
    add_filter_options(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("embed", help="a map to embed in an article, with its iframe "
                                     "snippet and a static image")
    p.add_argument("-o", "--output", required=True, help="the HTML file (e.g. map.html)")
    p.add_argument("--title", default="Reported strikes and interceptions")
    p.add_argument("--subtitle")
    p.add_argument("--source-line", help="e.g. 'Source: Reuters, AP; Strikemap'")
    p.add_argument("--height", type=int, default=520, help="map height in pixels")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--self-contained", dest="online_tiles", action="store_false",
                      help="everything inline, nothing fetched from anywhere (default)")
    mode.add_argument("--online-tiles", dest="online_tiles", action="store_true",
                      help="OpenStreetMap tiles and Leaflet from a CDN (smaller file)")
    p.add_argument("--dark", action="store_true", help="dark colours")
    p.add_argument("--svg", action="store_true", help="also write an SVG locator map")
    p.set_defaults(online_tiles=False)
    add_filter_options(p)
    p.set_defaults(func=cmd_embed)

    p = sub.add_parser("gazetteer", help="build, extend or inspect the gazetteer index")
    p.add_argument("action", choices=["build", "import", "add", "info"])
    p.add_argument("file", nargs="?", help="import: GeoNames dump (UA.txt/UA.zip); "
                                           "add: the place name")
    p.add_argument("--lat", type=float)
    p.add_argument("--lon", type=float)
    p.add_argument("--kind", default="village")
    p.add_argument("--country", dest="country_code")
    p.set_defaults(func=cmd_gazetteer)
    return parser


def _online_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--online", action="store_true",
                   help="ask OpenStreetMap Nominatim (1 request/s) for unknown names")
    p.add_argument("--online-domain", help=argparse.SUPPRESS)
    p.add_argument("--online-scheme", default="https", help=argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except StrikemapError as err:
        print(f"strikemap: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("strikemap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
