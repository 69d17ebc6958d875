"""Coverage beyond cities500: GeoNames dump import, the opt-in online fallback (against
a server on loopback), and editors' own places. Each writes to a private index copy."""

from __future__ import annotations

import json
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from gazetteer import Gazetteer, InputError, store
from gazetteer.sources.online import make_geocoder

# Two rows in GeoNames dump format (19 tab-separated columns): a village cities500 lacks
# and a district (ADM2), plus a mountain that must be skipped.
DUMP_ROWS = [
    ["90000001", "Zorianivka", "Zorianivka", "Zoryanovka,Зорянівка", "47.4100", "35.9200",
     "P", "PPL", "UA", "", "26", "", "", "", "312", "", "120", "Europe/Kyiv", "2024-01-01"],
    ["90000002", "Vasylivskyi Raion", "Vasylivskyi Raion", "Vasylivka district", "47.3000",
     "35.2000", "A", "ADM2", "UA", "", "26", "2310", "", "", "0", "", "80", "Europe/Kyiv",
     "2024-01-01"],
    ["90000003", "Hora Test", "Hora Test", "", "48.0", "24.0", "T", "MT", "UA", "", "", "",
     "", "", "0", "", "1800", "Europe/Kyiv", "2024-01-01"],
]


def _write_dump(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_import_dump_adds_villages_and_districts(index_copy: Path, tmp_path: Path) -> None:
    before = Gazetteer(index_copy).resolve("Zorianivka")
    assert before.best is None or before.best.place.name != "Zorianivka"
    counts = store.import_dump(index_copy, _write_dump(tmp_path / "UA.txt", DUMP_ROWS))
    assert counts["added"] == 2
    gz = Gazetteer(index_copy)
    village = gz.resolve("Zoryanovka").best
    assert village is not None
    assert (village.place.name, village.place.kind, village.place.admin1_iso) == (
        "Zorianivka", "village", "UA-23")
    assert village.place.source == "geonames-dump:UA.txt"
    district = gz.resolve("Vasylivskyi district").best
    assert district is not None and district.place.kind == "admin2"
    found = gz.find_places("Shelling hit Zorianivka in the Zaporizhzhia region.")
    assert any(m.text == "Zorianivka" and m.resolution.best.place.name == "Zorianivka"
               for m in found)
    # A rebuild keeps user layers (tested cheaply: the copy step on the same file).
    assert store.stats(index_copy)["layers"]["import"] == 2


def test_import_zip_and_bad_dumps_change_nothing(index_copy: Path, tmp_path: Path) -> None:
    txt = _write_dump(tmp_path / "UA.txt", DUMP_ROWS[:1])
    with zipfile.ZipFile(tmp_path / "UA.zip", "w") as zf:
        zf.write(txt, "UA.txt")
    assert store.import_dump(index_copy, tmp_path / "UA.zip")["added"] == 1

    bad = _write_dump(tmp_path / "bad.txt", [DUMP_ROWS[1], DUMP_ROWS[0][:5]])
    with pytest.raises(InputError, match=r"bad\.txt:2"):
        store.import_dump(index_copy, bad)
    (tmp_path / "notzip.zip").write_bytes(b"nope")
    with pytest.raises(InputError, match="not a zip"):
        store.import_dump(index_copy, tmp_path / "notzip.zip")
    with pytest.raises(InputError, match="no such file"):
        store.import_dump(index_copy, tmp_path / "missing.txt")
    assert store.stats(index_copy)["layers"].get("import") == 1  # nothing partial


class _Nominatim(BaseHTTPRequestHandler):
    calls: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).calls.append(query)
        body: list[dict] = []
        if query.startswith("Novoselivka Druha"):
            body = [{"lat": "47.6011", "lon": "37.1012", "name": "Novoselivka Druha",
                     "display_name": "Novoselivka Druha, Donetsk Oblast, Ukraine",
                     "osm_type": "node", "osm_id": 424242, "addresstype": "village",
                     "address": {"country_code": "ua"}}]
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def nominatim() -> str:
    _Nominatim.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_online_fallback_asks_once_and_caches(index_copy: Path, nominatim: str) -> None:
    gz = Gazetteer(index_copy)
    assert gz.resolve("Novoselivka Druha").best is None  # off by default: no request
    assert _Nominatim.calls == []
    gz.enable_online(make_geocoder(domain=nominatim, scheme="http", min_delay_seconds=0))
    res = gz.resolve("Novoselivka Druha")
    assert res.best is not None and res.best.place.country == "UA"
    assert res.best.place.admin1_iso == "UA-14"
    assert "online" in res.best.place.source
    again = Gazetteer(index_copy)  # a new process: the answer is in the index
    again.enable_online(make_geocoder(domain=nominatim, scheme="http", min_delay_seconds=0))
    assert again.resolve("Novoselivka Druha").best is not None
    assert again.resolve("Qwxzyplorb Town").best is None
    again.resolve("Qwxzyplorb Town")  # a miss is cached too
    assert _Nominatim.calls == ["Novoselivka Druha", "Qwxzyplorb Town"]


def test_online_unreachable_is_a_clear_error(index_copy: Path) -> None:
    from gazetteer import OfflineError

    gz = Gazetteer(index_copy)
    gz.enable_online(make_geocoder(domain="127.0.0.1:9", scheme="http",
                                   min_delay_seconds=0, timeout=2))
    with pytest.raises(OfflineError):
        gz.resolve("Novoselivka Druha")


def test_editor_local_place_wins_next_time(index_copy: Path) -> None:
    assert Gazetteer(index_copy).resolve("Odessa").best.place.country == "UA"
    store.set_local(index_copy, "Odessa", 31.8457, -102.3676, "city", "US",
                    note="our desk covers West Texas")
    gz = Gazetteer(index_copy)
    best = gz.resolve("Odessa").best
    assert best is not None and (best.place.country, best.place.source) == ("US", "local")
    with pytest.raises(InputError):
        store.set_local(index_copy, "X", 91, 0, "city", "US")
    with pytest.raises(InputError):
        store.set_local(index_copy, "X", 1, 0, "castle", "US")
