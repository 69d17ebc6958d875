"""Reading articles: text, HTML, JSON Lines; metadata detected and overridable; bad
input rejected with one clear message."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gazetteer import InputError
from reports import make_article, read_inputs, read_path
from reports.reading import detect_metadata


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("date 2024-03-02 Drones hit Odesa port\n\nText.", datetime(2024, 3, 2)),
        ("Drones hit Odesa port\n\n2 March 2024, 07:15\n\nText.", datetime(2024, 3, 2, 7, 15)),
        ("Drones hit Odesa port\nSaturday, Mar 2, 2024 - 09:05 AM\nText.",
         datetime(2024, 3, 2, 9, 5)),
        ("Kyiv, 2 March 2024 (Ukrinform) - Drones hit Odesa port.", datetime(2024, 3, 2)),
        ("Drones hit Odesa port\nMarch 2, 2024\nText.", datetime(2024, 3, 2)),
        ("Drones hit Odesa port\nUpdated 2024-03-02 07:15\nText.", datetime(2024, 3, 2, 7, 15)),
    ],
)
def test_publication_date_in_many_shapes(header: str, expected: datetime) -> None:
    assert detect_metadata(header)["published"].replace(tzinfo=None) == expected


def test_iso_timestamp_keeps_its_zone() -> None:
    published = detect_metadata("Drones hit Odesa port\n2024-03-02T07:15:00+02:00\nText.")[
        "published"]
    assert published == datetime(2024, 3, 2, 5, 15, tzinfo=UTC)
    assert published.utcoffset() == timedelta(hours=2)


def test_a_list_item_is_no_headline() -> None:
    """A feed's list under a first sentence ("- 6 air strikes on Stepnohirsk") had been
    taken for the headline, and a headline's claim is not extracted twice."""
    text = ("Russian forces struck the region 40 times.\n- 6 air strikes on Stepnohirsk\n"
            "• 5 MLRS attacks on Orikhiv")
    assert detect_metadata(text)["title"] is None
    assert detect_metadata("Drones hit Odesa port overnight\nThe governor said.")[
        "title"] == "Drones hit Odesa port overnight"


def test_dateline_outlet_byline_and_title() -> None:
    text = ("Russian drones strike Odesa port\nBy Anna Kovalenko and Petro Shevchenko\n\n"
            "ODESA, Ukraine (AP) — Russian drones struck the port overnight.")
    meta = detect_metadata(text)
    assert meta["title"] == "Russian drones strike Odesa port"
    assert meta["byline"] == "Anna Kovalenko and Petro Shevchenko"
    assert meta["outlet"] == "AP"


def test_caller_values_win_and_hash_identifies_text() -> None:
    a = make_article("Kyiv, 2 March 2024 (Ukrinform) - Drones hit Odesa.", outlet="Mine",
                     published=datetime(2024, 3, 3))
    b = make_article("Kyiv, 2 March 2024 (Ukrinform) -   Drones hit Odesa.")
    assert (a.outlet, a.published) == ("Mine", datetime(2024, 3, 3))
    assert a.hash == b.hash and len(a.hash) == 64


def test_html_main_text_without_boilerplate_or_scripts(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Drones hit Odesa</title><script>var x='EVIL';</script></head>"
        "<body><nav>Home | World | Subscribe</nav><article><h1>Drones hit Odesa</h1>"
        "<p>Russian drones struck Odesa overnight, killing two people, the governor said "
        "on Saturday.</p><p>Air defences destroyed 30 drones over the Odesa region, the "
        "air force said.</p></article><footer>Cookie settings</footer></body></html>",
        encoding="utf-8")
    article = next(read_path(str(page)))
    assert "Russian drones struck Odesa" in article.text
    assert "EVIL" not in article.text and "Cookie" not in article.text
    assert article.title == "Drones hit Odesa" and article.id == "page"


def test_jsonl_articles(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [{"id": "r1", "text": "Drones hit Sumy on Friday.", "published": "2024-03-02",
             "outlet": "Wire"},
            {"id": "r2", "html": "<html><body><article><p>Shelling hit Kherson, officials "
             "said on Friday, killing one man.</p></article></body></html>"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    found = list(read_path(str(path)))
    assert [a.id for a in found] == ["r1", "r2"]
    assert found[0].published == datetime(2024, 3, 2) and found[0].outlet == "Wire"
    assert "Kherson" in found[1].text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty article text"),
        (b"   \n\t ", "empty article text"),
        (b"\x00\x01\x02\x03binary", "binary"),
        ("Drones hit Zaporizhzhia".encode("cp1251", errors="ignore") + b"\xc0\xe1\xff",
         "not UTF-8"),
    ],
)
def test_bad_text_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        list(read_path(str(path)))


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)
    with pytest.raises(InputError, match="too large"):
        list(read_path(str(path)))


@pytest.mark.parametrize(
    ("lines", "message"),
    [(['{"id": "a", "text": "ok"}', "{not json"], r"batch\.jsonl:2: not valid JSON"),
     (['["a list"]'], "expected a JSON object"),
     (['{"id": "a"}'], "needs a non-empty"),
     (['{"id": "a", "text": "ok", "published": "last Tuesday"}'], "not ISO 8601")],
)
def test_bad_jsonl_rejects_the_whole_file(tmp_path: Path, lines: list[str],
                                          message: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    [(_name, result)] = read_inputs([str(path)])
    assert isinstance(result, InputError) and __import__("re").search(message, str(result))


def test_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Drones hit Sumy on Friday.\n", encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps(
        {"a.txt": {"outlet": "Suspilne", "published": "2024-03-02"}}), encoding="utf-8")
    [(_, [article])] = read_inputs([str(tmp_path / "a.txt")])
    assert (article.outlet, article.published) == ("Suspilne", datetime(2024, 3, 2))
    [(_, [article])] = read_inputs([str(tmp_path / "a.txt")], outlet="Override")
    assert article.outlet == "Override"


def test_missing_file_and_offline_url() -> None:
    [(_, err)] = read_inputs(["/nonexistent/article.txt"])
    assert isinstance(err, InputError) and "no such file" in str(err)
    from gazetteer import OfflineError

    with pytest.raises(OfflineError, match="could not fetch"):
        list(read_path("http://127.0.0.1:9/article.html"))
