"""The command line as a user runs it: a subprocess, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None, index: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    extra = ["--index", str(index)] if index else []
    return subprocess.run([sys.executable, str(ROOT / "strikemap.py"), *extra, *args],
                          input=stdin, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", [[], ["resolve"], ["places"], ["gazetteer"]])
def test_every_command_has_help(command: list[str]) -> None:
    res = run(*command, "--help")
    assert res.returncode == 0 and "usage" in res.stdout


def test_resolve_json(index_path: Path) -> None:
    res = run("resolve", "the Bryansk region", "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert (out["kind"], out["country"], out["admin1_iso"]) == ("admin1", "RU", "RU-BRY")
    assert out["alternatives"] is not None


def test_resolve_country_filter_and_plain_output(index_path: Path) -> None:
    res = run("resolve", "Odessa", "--country", "US")
    assert res.returncode == 0 and "US" in res.stdout
    res = run("resolve", "Qwxzyplorb")
    assert res.returncode == 1 and "not found" in res.stderr and not res.stdout


def test_resolve_batch_in_order_with_bad_lines(tmp_path: Path, index_path: Path) -> None:
    batch = tmp_path / "names.jsonl"
    batch.write_text(
        '{"name": "Kharkiv"}\n'
        "not json\n"
        '{"name": "Pokrovsk", "context": "fighting in the Donetsk region of Ukraine"}\n'
        '{"nom": "x"}\n'
        '{"name": "Qwxzyplorb"}\n', encoding="utf-8")
    res = run("resolve", "--batch", str(batch))
    assert res.returncode == 2
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [x["line"] for x in lines] == [1, 2, 3, 4, 5]
    assert lines[0]["country"] == "UA" and lines[0]["kind"] == "city"
    assert "error" in lines[1] and lines[1]["latitude"] is None
    assert lines[2]["admin1_iso"] == "UA-14"
    assert lines[4]["latitude"] is None and lines[4]["reason"]
    for key in ("name", "kind", "country", "admin1", "latitude", "longitude", "score"):
        assert key in lines[0]
    assert ":2:" in res.stderr and ":4:" in res.stderr


def test_resolve_batch_from_stdin(index_path: Path) -> None:
    res = run("resolve", "--batch", "-", stdin='{"name": "Polish airspace"}\n')
    assert res.returncode == 0
    assert json.loads(res.stdout)["kind"] == "airspace"


def test_places_txt_jsonl_and_stdin(tmp_path: Path, index_path: Path) -> None:
    txt = tmp_path / "report-17.txt"
    text = "Drones were shot down over the Kursk and Bryansk regions."
    txt.write_text(text, encoding="utf-8")
    res = run("places", str(txt))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["article_id"] for r in rows] == ["report-17", "report-17"]
    assert [r["kind"] for r in rows] == ["admin1", "admin1"]
    assert text[rows[0]["start"]: rows[0]["end"]] == rows[0]["mention"]

    jl = tmp_path / "articles.jsonl"
    jl.write_text(json.dumps({"id": "a1", "text": "Shelling hit Kharkiv."}) + "\n",
                  encoding="utf-8")
    rows = [json.loads(x) for x in run("places", str(jl)).stdout.splitlines()]
    assert rows[0]["article_id"] == "a1" and rows[0]["name"] == "Kharkiv"

    res = run("places", "-", stdin="Missiles hit Lviv.")
    assert json.loads(res.stdout)["article_id"] == "stdin"


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), ("", "empty input"), (b"\x00\x01\x02binary", "binary"),
     (b"\xff\xfe\xfa bad", "not UTF-8")],
)
def test_places_bad_input_one_clear_line(tmp_path: Path, content: str | bytes | None,
                                         message: str, index_path: Path) -> None:
    path = tmp_path / "in.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    res = run("places", str(path))
    assert res.returncode == 1
    assert message in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    res = run("resolve", "Kharkiv", index=tmp_path / "nothing.sqlite")
    assert res.returncode == 1 and "gazetteer build" in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("command", [["extract"], ["ingest"]])
def test_report_commands_have_help(command: list[str]) -> None:
    res = run(*command, "--help")
    assert res.returncode == 0 and "--published" in res.stdout


def test_extract_prints_one_feature_collection(tmp_path: Path, index_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Air defences shot down 20 drones over the Kursk and Belgorod regions "
                    "on Friday, the Russian defence ministry said.", encoding="utf-8")
    res = run("extract", str(path), "--published", "2024-06-15", "--outlet", "Wire",
              "--url", "https://example.org/a")
    assert res.returncode == 0, res.stderr
    fc = json.loads(res.stdout)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    for feature in fc["features"]:
        props = feature["properties"]
        for key in ("article_id", "event_type", "weapon", "place_name", "place_kind",
                    "country", "admin1", "latitude", "longitude", "event_date",
                    "date_precision", "count", "killed", "injured", "claimed_by", "quote",
                    "quote_start", "quote_end", "outlet", "url", "confidence"):
            assert key in props
        assert props["article_id"] == "note" and props["event_date"] == "2024-06-14"
        assert props["outlet"] == "Wire" and props["url"] == "https://example.org/a"
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}  # regions
    assert {f["properties"]["admin1"] for f in fc["features"]} == {"Kursk Oblast",
                                                                    "Belgorod Oblast"}


def test_extract_bad_date_option(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("Drones hit Sumy.", encoding="utf-8")
    res = run("extract", str(path), "--published", "30/12/2023")
    assert res.returncode == 1 and "ISO 8601" in res.stderr and "Traceback" not in res.stderr


def test_ingest_adds_skips_and_rejects(tmp_path: Path, index_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Shelling killed two people in Nikopol on Friday, the governor said.",
                    encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Drones hit Sumy."}\n{oops\n', encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    res = run("ingest", str(good), str(bad), "--db", db, "--published", "2024-06-15")
    assert res.returncode == 1
    assert "added" in res.stdout and "1 reports" in res.stdout
    assert "rejected" in res.stderr and "bad.jsonl:2" in res.stderr
    again = run("ingest", str(good), "--db", db, "--published", "2024-06-15")
    assert again.returncode == 0 and "skipped" in again.stdout
    from reports import store

    assert store.counts(store.connect(db))["articles"] == 1  # nothing from bad.jsonl
