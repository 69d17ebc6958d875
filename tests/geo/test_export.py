"""Exports follow their standards exactly: GeoJSON (RFC 7946 and 8142), the ACLED-style
CSV, GeoPackage; each carries its provenance and none is ever half-written."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from gazetteer import Gazetteer, StrikemapError
from geo import export
from reports import extract, read_inputs, store
from reports.query import Filters, apply, prepare, records

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory, gz: Gazetteer) -> list[dict]:
    url = f"sqlite:///{tmp_path_factory.mktemp('exp') / 's.sqlite'}"
    engine = store.connect(url)
    for _, articles in read_inputs([str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]):
        for a in articles:
            store.ingest(engine, a, extract(a, gz), lambda pid: gz.geometry(gz.place(pid)))
    frame = apply(prepare(store.report_table(engine)), Filters())
    return records(frame)


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring))


def check_rfc7946(doc: dict) -> None:
    """The parts of RFC 7946 a consumer trips on, checked from first principles."""
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    json.dumps(doc, allow_nan=False)  # no NaN or Infinity anywhere
    ids = [f["id"] for f in doc["features"]]
    assert len(ids) == len(set(ids)) and all(isinstance(i, str) for i in ids)
    for f in doc["features"]:
        assert f["type"] == "Feature"
        g = f["geometry"]
        assert g["type"] in {"Point", "Polygon", "MultiPolygon"}
        polygons = ([g["coordinates"]] if g["type"] == "Polygon" else
                    g["coordinates"] if g["type"] == "MultiPolygon" else [])
        if g["type"] == "Point":
            lon, lat = g["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert lat == round(f["properties"]["latitude"], 5)  # [lon, lat] order
        for polygon in polygons:
            outer, *holes = polygon
            assert outer[0] == outer[-1] and _signed_area(outer) > 0  # counter-clockwise
            assert all(_signed_area(h) < 0 for h in holes)
            assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in outer)
        date = f["properties"]["event_date"]
        assert date is None or (isinstance(date, str) and len(date) == 10)


def test_geojson_is_rfc7946_and_round_trips(rows: list[dict], tmp_path: Path) -> None:
    meta = export.provenance(Filters(), len(rows))
    doc = export.geojson(rows, meta)
    check_rfc7946(doc)
    assert any(f["geometry"]["type"] != "Point" for f in doc["features"])  # regions stay
    path = export.write(rows, meta, tmp_path / "r.geojson", "geojson")
    import geopandas as gpd

    back = gpd.read_file(path)
    assert len(back) == len(rows)
    assert list(back["report_id"]) == [r["id"] for r in rows]
    assert list(back["event_type"]) == [r["event_type"] for r in rows]
    assert set(export.PROPERTIES) <= set(back.columns)
    stored = json.loads(path.read_text())
    assert stored["metadata"]["border_policy"] == export.BORDER_POLICY
    assert "GeoNames" in stored["metadata"]["credits"]


def test_points_option_gives_only_points(rows: list[dict]) -> None:
    doc = export.geojson(rows, {}, points=True)
    check_rfc7946(doc)
    assert {f["geometry"]["type"] for f in doc["features"]} == {"Point"}


def test_antimeridian_and_ring_orientation() -> None:
    crossing = {"type": "Polygon", "coordinates": [[[170, 60], [170, 65], [190, 65],
                                                    [190, 60], [170, 60]]]}
    out = export.rfc7946_geometry(crossing)
    assert out["type"] == "MultiPolygon" and len(out["coordinates"]) == 2
    for polygon in out["coordinates"]:
        assert all(-180 <= x <= 180 for x, _ in polygon[0]) and _signed_area(polygon[0]) > 0


def test_geojson_text_sequence(rows: list[dict]) -> None:
    records = list(export.geojson_seq(rows))
    assert len(records) == len(rows)
    for record in records:
        assert record.startswith("\x1e") and record.endswith("\n")
        assert json.loads(record[1:])["type"] == "Feature"


def test_csv_has_the_documented_columns(rows: list[dict], tmp_path: Path) -> None:
    import pandas as pd

    path = export.write(rows, export.provenance(Filters(), len(rows)), tmp_path / "r.csv",
                        "csv")
    frame = pd.read_csv(path)
    assert list(frame.columns) == list(export.CSV_COLUMNS) and len(frame) == len(rows)
    assert set(frame["geo_precision"]) <= {1, 2, 3}
    assert set(frame["time_precision"]) <= {1, 2, 3}
    assert "Russia" in set(frame["country"]) and "RU" in set(frame["iso"])
    assert (tmp_path / "r.csv.provenance.json").exists()


@pytest.mark.parametrize(("kind", "note", "level"), [
    ("town", None, 1), ("village", "the central part of Kyiv", 1),
    ("city", "near, not at: '68NM southwest of Hodeidah'; mapped 126 km at 225° from it", 2),
    ("city", "at sea, not at the place: '50 nautical miles off Aden'", 2),
    ("admin1", "near, not at: 'north of the Kharkiv region'", 3), ("country", None, 3),
])
def test_csv_geo_precision_follows_acled(kind: str, note: str | None, level: int) -> None:
    """A desk that merges the CSV with ACLED's data reads "near a town" as ACLED does."""
    row = {"id": 1, "place_kind": kind, "place_note": note, "event_type": "strike"}
    assert next(export.csv_rows([row]))["geo_precision"] == level


def test_geopackage_layers(rows: list[dict], tmp_path: Path) -> None:
    import pyogrio

    path = export.write(rows, export.provenance(Filters(), len(rows)), tmp_path / "r.gpkg",
                        "gpkg")
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    assert layers["reports_point"] == "Point" and layers["reports_polygon"] == "MultiPolygon"
    assert "provenance" in layers
    counts = sum(pyogrio.read_info(path, layer=n)["features"] for n in ("reports_point",
                                                                        "reports_polygon"))
    assert counts == len(rows)


def test_every_export_keeps_the_place_note_and_the_other_sources(tmp_path: Path,
                                                                 gz: Gazetteer) -> None:
    """A report moved "10 km north of" a town, and one a second speaker confirmed: the
    files say why the point is where it is and who else spoke, as the map's popup does."""
    from datetime import datetime

    import geopandas as gpd
    import pandas as pd

    from reports import make_article

    engine = store.connect(f"sqlite:///{tmp_path / 's.sqlite'}")
    text = ("A Russian missile hit a hospital in Kharkiv on Saturday, killing two people, "
            "the governor said. The Defence Ministry in Moscow confirmed the attack.\n\n"
            "Shelling killed a man 10 km north of Sumy on Saturday, officials said.")
    a = make_article(text, id="x", published=datetime(2024, 6, 15))
    store.ingest(engine, a, extract(a, gz), lambda pid: gz.geometry(gz.place(pid)))
    rows = records(apply(prepare(store.report_table(engine)), Filters()))
    doc = export.geojson(rows, {})
    by_place = {f["properties"]["place_name"]: f["properties"] for f in doc["features"]}
    assert by_place["Kharkiv"]["extras"]["also_claimed_by"] == [
        "The Defence Ministry in Moscow"]
    assert by_place["Kharkiv"]["other_sources"] == "also per The Defence Ministry in Moscow"
    assert by_place["Sumy"]["place_note"].startswith("near, not at: '10 km north of Sumy'")
    assert by_place["Sumy"]["extras"] is None and by_place["Sumy"]["other_sources"] is None
    meta = export.provenance(Filters(), len(rows))
    csv_path = export.write(rows, meta, tmp_path / "r.csv", "csv")
    table = pd.read_csv(csv_path).set_index("location")
    assert table.loc["Kharkiv", "other_sources"] == "also per The Defence Ministry in Moscow"
    assert json.loads(table.loc["Kharkiv", "extras"])["also_claimed_by"] == [
        "The Defence Ministry in Moscow"]
    assert table.loc["Sumy", "place_note"].startswith("near, not at")
    gpkg = gpd.read_file(export.write(rows, meta, tmp_path / "r.gpkg", "gpkg"),
                         layer="reports_point").set_index("place_name")
    assert json.loads(gpkg.loc["Kharkiv", "extras"])["also_claimed_by"] == [
        "The Defence Ministry in Moscow"]
    assert gpkg.loc["Sumy", "place_note"].startswith("near, not at")


def test_failed_export_leaves_nothing(rows: list[dict], tmp_path: Path) -> None:
    broken = [dict(rows[0], place_kind="admin1", geometry="{not json")]
    with pytest.raises(StrikemapError):
        export.write(broken, {}, tmp_path / "bad.geojson", "geojson")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StrikemapError, match="no such folder"):
        export.write(rows, {}, tmp_path / "missing" / "x.csv", "csv")


def test_cli_export_defaults_to_confirmed_reports(rows: list[dict], tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    # A store with one confirmed report.
    engine = store.connect(f"sqlite:///{db}")
    from datetime import datetime

    from gazetteer import open_gazetteer
    from reports import make_article

    g = open_gazetteer()
    a = make_article("Shelling killed two people in Nikopol on Friday, the governor said.",
                     id="n1", published=datetime(2024, 6, 15))
    store.ingest(engine, a, extract(a, g), lambda pid: g.geometry(g.place(pid)))
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, str(ROOT / "strikemap.py"), "export", "--db", f"sqlite:///{db}",
         *args], capture_output=True, text=True, timeout=120)
    res = run("-o", str(tmp_path / "a.geojson"))
    assert res.returncode == 0 and "no confirmed reports" in res.stderr
    assert json.loads((tmp_path / "a.geojson").read_text())["features"] == []
    store.review(engine, store.stored_reports(engine)[0]["id"], {"review_status":
                                                                   "confirmed"})
    res = run("--format", "csv")
    assert res.returncode == 0 and res.stdout.count("\n") == 2  # header + 1 report
    res = run("--from", "31/12/2023")
    assert res.returncode == 1 and "YYYY-MM-DD" in res.stderr
