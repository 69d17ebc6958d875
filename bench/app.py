"""The app with 10,000 generated reports: cold start, rerun after a filter change, map
HTML size, and the time a headless Chromium takes to draw the map.

    .venv/bin/python bench/app.py [--reports 10000] [--no-browser]

Server-side times come from Streamlit's own test harness (the script run, without a
browser); the browser time is measured on the same map saved as one HTML file, with
Leaflet served locally, from navigation start to the last feature drawn.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from results_table import save_and_print  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from gazetteer import open_gazetteer  # noqa: E402
from reports import store  # noqa: E402
from reports.query import Filters, apply, prepare  # noqa: E402

TYPES = ["strike", "shelling", "interception", "airspace_violation", "explosion"]
OUTLETS = ["Reuters", "AP", "AFP", "TASS", "Ukrinform", "Kyiv Independent", "dpa"]


def fill(url: str, n: int, seed: int = 3) -> None:
    """n reports over settlements and regions of Ukraine and Russia, 60 days."""
    gz = open_gazetteer()
    rng = random.Random(seed)
    names = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Sumy", "Nikopol",
             "Kramatorsk", "Pokrovsk", "Kupiansk", "Belgorod", "Kursk", "Bryansk", "Lviv",
             "Kyiv", "Chernihiv", "Mykolaiv", "Poltava", "Kremenchuk", "Sloviansk"]
    regions = [f"{r} region" for r in ("Belgorod", "Kursk", "Bryansk", "Voronezh",
                                       "Kharkiv", "Sumy", "Kherson", "Zaporizhzhia")]
    places = []
    for name in names + regions:
        res = gz.resolve(name)
        if res.best is not None:
            places.append(res.best.place)
    # Villages around the front: many distinct points, as real data has.
    for hit in gz.find_places(" ".join(f"{v}," for v in (
            "Robotyne Vuhledar Avdiivka Bakhmut Chasiv Yar Toretsk Selydove Kurakhove "
            "Velyka Novosilka Huliaipole Orikhiv Stepnohirsk Kamianske Vovchansk Lyptsi "
            "Kozacha Lopan Zolochiv Bilopillia Krasnopillia Seredyna-Buda Shostka "
            "Svatove Kreminna Lyman Siversk Soledar Kostiantynivka Druzhkivka").split())):
        places.append(hit.resolution.best.place)
    engine = store.connect(url)
    with engine.begin() as conn:
        conn.execute(insert(store.articles).values(
            id="bench", hash="0" * 64, text="generated", ingested_at="2024-01-01"))
        for p in {p.id: p for p in places}.values():
            geometry = gz.geometry(p)
            conn.execute(insert(store.places).values(
                id=p.id, name=p.name, kind=p.kind, country=p.country, admin1=p.admin1,
                latitude=p.latitude, longitude=p.longitude,
                geometry=json.dumps(geometry, separators=(",", ":"))))
        start = date(2024, 5, 1)
        rows = []
        for i in range(n):
            p = rng.choice(places)
            rows.append({
                "article_id": "bench", "event_type": rng.choice(TYPES),
                "weapon": rng.choice(["drone", "missile", "artillery"]),
                "quote": f"Generated report {i} <b>with</b> markup ${{x}}",
                "quote_start": 0, "quote_end": 9, "place_name": p.name,
                "place_mention": p.name, "place_id": p.id, "place_kind": p.kind,
                "country": p.country, "admin1": p.admin1, "latitude": p.latitude,
                "longitude": p.longitude,
                "event_date": (start + timedelta(days=rng.randrange(60))).isoformat(),
                "date_precision": "day", "killed": rng.choice([None, 0, 1, 2, 5]),
                "claimed_by": rng.choice(["the governor", "the defence ministry", None]),
                "outlet": rng.choice(OUTLETS), "confidence": 0.7, "extras": "{}",
                "review_status": "unreviewed", "created_at": "2024-01-01"})
        conn.execute(insert(store.reports), rows)
    engine.dispose()


def app_timings(url: str, runs: int) -> dict[str, float]:
    """Median script time of a cold run and of a rerun after a filter change."""
    from streamlit.testing.v1 import AppTest

    os.environ["STRIKEMAP_DB"] = url
    cold, rerun = [], []
    for _ in range(runs):
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
        t0 = time.perf_counter()
        at.run()
        cold.append(time.perf_counter() - t0)
        assert not at.exception, at.exception
        for choice in (["interception"], ["strike", "shelling"], []):
            t0 = time.perf_counter()
            at.multiselect(key="f_types").set_value(choice).run()
            rerun.append(time.perf_counter() - t0)
    return {"cold_run_s": round(statistics.median(cold), 3),
            "rerun_after_filter_ms": round(1000 * statistics.median(rerun), 1)}


def map_html(url: str) -> tuple[str, int]:
    from geo.layers import map_rows, report_map

    frame = prepare(store.report_table(store.connect(url)))
    rows = map_rows(apply(frame, Filters()))
    return report_map(rows).get_root().render(), len(rows)


def baseline_html(url: str) -> str:
    """The usual folium way, for comparison: one Marker with a Popup per report."""
    import folium

    frame = prepare(store.report_table(store.connect(url)))
    fmap = folium.Map(location=[49, 33], zoom_start=5, tiles=None)
    for row in frame.itertuples():
        folium.Marker([row.latitude, row.longitude],
                      popup=folium.Popup(str(row.quote))).add_to(fmap)
    return fmap.get_root().render()


def browser_draw_ms(html: str, runs: int = 3) -> float:
    """Median time from navigation start until every feature is drawn."""
    import xstatic.pkg.leaflet as leaflet
    from playwright.sync_api import sync_playwright

    data = Path(leaflet.BASE_DIR)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "map.html"
        page_path.write_text(html, encoding="utf-8")
        times = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})

                def route(r: object) -> None:
                    u = r.request.url
                    if u.endswith("/leaflet.js"):
                        r.fulfill(path=str(data / "leaflet.js"))
                    elif u.endswith("/leaflet.css"):
                        r.fulfill(path=str(data / "leaflet.css"))
                    elif u.startswith("file:"):
                        r.continue_()
                    else:
                        r.abort()

                page.route("**/*", route)
                page.goto(page_path.as_uri(), wait_until="load")
                ms = page.evaluate("""() => new Promise(done => {
                    const check = () => {
                      const maps = Object.values(window).filter(v => v instanceof L.Map);
                      let n = 0;
                      for (const m of maps) {
                        m.eachLayer(l => { if (l.feature || l.getLatLng) n++; }); }
                      if (n > 0) requestAnimationFrame(() => done(performance.now()));
                      else setTimeout(check, 10); };
                    check(); })""")
                times.append(ms)
                page.close()
            browser.close()
    return round(statistics.median(times), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        fill(url, args.reports)
        results: dict[str, object] = {"reports": args.reports}
        results.update(app_timings(url, args.runs))
        html, shown = map_html(url)
        results["map_html_mb"] = round(len(html.encode()) / 1e6, 2)
        results["reports_on_map"] = shown
        base = baseline_html(url)
        results["baseline_one_marker_per_report_html_mb"] = round(len(base.encode()) / 1e6,
                                                                  2)
        if not args.no_browser:
            results["browser_draw_ms"] = browser_draw_ms(html, args.runs)
            results["baseline_browser_draw_ms"] = browser_draw_ms(base, args.runs)
    save_and_print("app", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
