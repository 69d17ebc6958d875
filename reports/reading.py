"""Reading articles: plain text, HTML (main text via trafilatura), JSON Lines, URLs.

Metadata (title, outlet, byline, publication date) is detected from the text where it is
present and always overridable by the caller. Every failure is an ``InputError`` with a
message a user can act on; nothing is half-read.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from gazetteer.errors import InputError, OfflineError

from .model import Article

MAX_BYTES = 20_000_000  # a 50 MB "article" is a mistake, not news
_HEAD_CHARS = 1500
_MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE_RES = (
    re.compile(r"\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"),
    re.compile(rf"\b(\d{{1,2}} (?:{_MONTHS})\.? \d{{4}}(?:,? (?:at )?\d{{1,2}}[:.]\d{{2}}"
               rf"(?: ?[ap]\.?m\.?)?(?: ?(?:GMT|UTC|CET|EET|MSK|[A-Z]{{3,4}}))?)?)", re.I),
    re.compile(rf"\b((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:{_MONTHS})\.? \d{{1,2}},? "
               rf"\d{{4}}(?:,? ?[-–—]? ?(?:at )?\d{{1,2}}[:.]\d{{2}}(?: ?[ap]\.?m\.?)?"
               rf"(?: ?(?:GMT|UTC|ET|EST|EDT|[A-Z]{{3,4}}))?)?)", re.I),
)
_DATELINE_RE = re.compile(
    r"^\s*[A-Z][\w .'’-]{1,40},[^\n(]{0,40}\((?P<agency>[A-Za-z][\w/ .-]{1,25})\)\s*[-—–]",
    re.M)
_BYLINE_RE = re.compile(r"^\s*[Bb]y\s+(?P<who>[A-Z][\w.'’-]+(?:\s+(?:and\s+)?[A-Z][\w.'’-]+)"
                        r"{0,5})\s*$", re.M)


def _iso(written: str) -> datetime | None:
    """ISO 8601 needs no guessing: the standard library reads it a hundred times faster."""
    try:
        return datetime.fromisoformat(written.replace("Z", "+00:00"))
    except ValueError:
        return None


def detect_published(text: str) -> datetime | None:
    """The first full date (with time and zone when given) near the top of an article."""
    import dateparser

    head = text[:_HEAD_CHARS]
    found = []
    for pattern in _DATE_RES:
        m = pattern.search(head)
        if m:
            found.append((m.start(), m.group(1)))
    best: datetime | None = None
    for _, written in sorted(found):
        cleaned = re.sub(r"\s*[-–—]\s*", " ", written)
        parsed = _iso(written) or dateparser.parse(cleaned, languages=["en"],
                                  settings={"PREFER_DAY_OF_MONTH": "first",
                                            "REQUIRE_PARTS": ["day", "month", "year"]})
        if parsed is None:
            continue
        has_time = bool(re.search(r"\d[:.]\d\d", written))
        if best is None:
            best = parsed
        elif has_time and parsed.date() == best.date() and best.time() == datetime.min.time():
            best = parsed  # the same day, now with its time
    return best


def detect_metadata(text: str, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Title, outlet, byline and publication date found in the text itself; fields in
    ``skip`` (given by the caller) are not looked for, since parsing dates is costly."""
    lines = [line.strip() for line in text[:_HEAD_CHARS].splitlines() if line.strip()]
    # A headline: a short first line that does not end like a sentence and has text
    # after it. A one-paragraph note has no title.
    title = next((line for line in lines[:3] if 15 <= len(line) <= 200
                  and not re.fullmatch(r"[\W\d]+", line)
                  and not re.match(r"[-–—•*▪●]\s", line)  # (a list's item is no headline)
                  and not line.endswith((".", "!", "?", ":"))), None)
    if title is not None and len(lines) < 2:
        title = None
    if title:
        title = re.sub(r"^date \d{4}-\d{2}-\d{2}\s*", "", title)
    dateline = _DATELINE_RE.search(text[:_HEAD_CHARS])
    byline = _BYLINE_RE.search(text[:_HEAD_CHARS])
    return {
        "title": title,
        "outlet": dateline.group("agency").strip() if dateline else None,
        "byline": byline.group("who").strip() if byline else None,
        "published": None if "published" in skip else detect_published(text),
    }


def make_article(text: str, **given: Any) -> Article:
    """An Article from text; caller's values win over detected ones."""
    if not text.strip():
        raise InputError(f"{given.get('source') or 'input'}: empty article text")
    detected = detect_metadata(text, frozenset(k for k, v in given.items() if v is not None))
    values = {k: v for k, v in detected.items() if v is not None}
    values.update({k: v for k, v in given.items() if v is not None})
    return Article(text=text, **values)


def html_to_text(html: str, source: str = "HTML") -> tuple[str, dict[str, Any]]:
    """Main text and metadata of a web page; boilerplate and scripts are dropped."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True)
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    found: dict[str, Any] = {}
    if meta is not None:
        found = {"title": meta.title, "outlet": meta.sitename, "byline": meta.author,
                 "url": meta.url}
        if meta.date:
            with contextlib.suppress(ValueError):
                found["published"] = datetime.fromisoformat(meta.date)
    return text, found


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: {len(data) / 1e6:.0f} MB is too large for an article "
                         f"(at most {MAX_BYTES / 1e6:.0f} MB); split it")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{source}: not UTF-8 text (bad byte at {err.start}); "
                         "convert it with iconv first") from err


def _looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(?:<!doctype html|<html|<head|<body|<article)", text, re.I))


def read_path(path: str, **given: Any) -> Iterator[Article]:
    """Articles from a .txt/.html/.jsonl file, '-' (stdin) or an http(s) URL."""
    import sys

    if re.match(r"https?://", path):
        yield fetch_url(path, **given)
        return
    if path == "-":
        text = _decode(sys.stdin.buffer.read(), "stdin")
        source, stem = "stdin", "stdin"
    else:
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{path}: no such file")
        if p.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: {p.stat().st_size / 1e6:.0f} MB is too large for an "
                             f"article (at most {MAX_BYTES / 1e6:.0f} MB); split it")
        text = _decode(p.read_bytes(), path)
        source, stem = path, p.stem
        if p.suffix.lower() == ".jsonl":
            yield from read_jsonl(text, path, **given)
            return
    if _looks_like_html(text) or path.lower().endswith((".html", ".htm")):
        body, meta = html_to_text(text, source)
        yield make_article(body, **{**meta, "id": stem, "source": source,
                                    **{k: v for k, v in given.items() if v is not None}})
        return
    yield make_article(text, id=stem, source=source, **given)


def read_jsonl(text: str, source: str, **given: Any) -> Iterator[Article]:
    """One article per line: {"id", "text" or "html", "published", "outlet", "url",
    "title"}. A bad line stops the file with its line number, before anything is stored
    (callers read the whole file first)."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not valid JSON ({err.msg})") from err
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object")
        meta: dict[str, Any] = {}
        if isinstance(obj.get("text"), str) and obj["text"].strip():
            body = obj["text"]
        elif isinstance(obj.get("html"), str):
            body, meta = html_to_text(obj["html"], where)
        else:
            raise InputError(f"{where}: needs a non-empty \"text\" or \"html\"")
        published = obj.get("published")
        if published is not None:
            published = parse_published(str(published), where)
        fields = {"id": str(obj.get("id") or f"{Path(source).stem}-{lineno}"),
                  "outlet": obj.get("outlet"), "url": obj.get("url"),
                  "title": obj.get("title"), "published": published, "source": where}
        yield make_article(body, **{**meta, **{k: v for k, v in fields.items() if v},
                                    **{k: v for k, v in given.items() if v is not None}})


def parse_published(value: str, where: str = "published") -> datetime:
    """A caller's publication date: ISO 8601 (date or date-time, with or without zone)."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as err:
        raise InputError(f"{where}: publication date {value!r} is not ISO 8601 "
                         "(YYYY-MM-DD or YYYY-MM-DDTHH:MM[+HH:MM])") from err


def fetch_url(url: str, timeout: float = 20, **given: Any) -> Article:
    """Fetch one page politely (identified user agent, one request, a timeout)."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={
        "User-Agent": "strikemap/0.1 (newsroom conflict-event mapper)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
    except (urllib.error.URLError, OSError) as err:
        raise OfflineError(f"{url}: could not fetch ({err}); save the page and pass the "
                           "file instead") from err
    html = _decode(data, url)
    body, meta = html_to_text(html, url)
    return make_article(body, **{**meta, "url": url, "source": url,
                                 **{k: v for k, v in given.items() if v is not None}})


def with_overrides(article: Article, **given: Any) -> Article:
    return replace(article, **{k: v for k, v in given.items() if v is not None})


def sidecar_metadata(path: str) -> dict[str, Any]:
    """Values for a file from a ``metadata.json`` beside it ({file name: {outlet,
    published, url, title}}): how a folder of plain-text articles carries what their
    text lacks. Unknown keys are ignored; a broken file is an error, not a silent skip."""
    if path == "-" or re.match(r"https?://", path):
        return {}
    sidecar = Path(path).parent / "metadata.json"
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{sidecar}: not valid JSON ({err})") from err
    entry = data.get(Path(path).name) if isinstance(data, dict) else None
    if not isinstance(entry, dict):
        return {}
    out = {k: entry[k] for k in ("outlet", "url", "title", "byline") if entry.get(k)}
    if entry.get("published"):
        out["published"] = parse_published(str(entry["published"]), str(sidecar))
    return out


def read_inputs(paths: list[str], **given: Any) -> list[tuple[str, list[Article] | InputError]]:
    """Every path read in full before anything is stored: (path, articles) or
    (path, the error that rejects it). Caller's values win over sidecar and detected ones."""
    out: list[tuple[str, list[Article] | InputError]] = []
    for path in paths:
        try:
            values = {**sidecar_metadata(path),
                      **{k: v for k, v in given.items() if v is not None}}
            out.append((path, list(read_path(path, **values))))
        except InputError as err:
            out.append((path, err))
    return out
