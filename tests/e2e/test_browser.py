"""End to end in a real headless Chromium (Debian's, driven by Playwright): the app on a
free loopback port with a private store of the seeds plus a hostile article.

The machine has no internet: Leaflet is served from PyPI's xstatic-leaflet by routing
its CDN URL; every other outside request is refused and counted, and any page error
fails the test.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from reports import extract, make_article, read_inputs, store

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "test-output"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PAYLOAD = ('<img src=x onerror="window.__xss=1"></script><script>window.__xss=2'
           '</script>${window.__xss=3}')
def _cluster_files() -> dict[str, Path]:
    try:
        import xstatic.pkg.leaflet_markercluster as cluster
    except ImportError:
        return {}
    return {name: Path(cluster.BASE_DIR) / name for name in (
        "leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css")}


CLUSTER_FILES = _cluster_files()
HOSTILE = (f"Hostile test article\n\nShelling hit Nikopol on Friday, killing two people, "
           f"the governor said {PAYLOAD}.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, gz: Gazetteer) -> Iterator[dict]:
    if not Path(CHROMIUM).exists():
        pytest.skip("browser tests skipped: Debian chromium is not installed")
    try:
        import playwright  # noqa: F401
    except ImportError:
        pytest.skip("browser tests skipped: playwright is not installed")
    folder = tmp_path_factory.mktemp("e2e")
    url = f"sqlite:///{folder / 'store.sqlite'}"
    engine = store.connect(url)
    paths = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    articles = [a for _, found in read_inputs(paths) for a in found]
    from datetime import datetime

    articles.append(make_article(HOSTILE, id="hostile", published=datetime(2023, 12, 30),
                                 outlet="Hostile <b>Outlet</b>"))
    for article in articles:
        store.ingest(engine, article, extract(article, gz),
                     lambda pid: gz.geometry(gz.place(pid)))
    engine.dispose()
    port = _free_port()
    env = {**os.environ, "STRIKEMAP_DB": url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port",
         str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("the app did not answer /_stcore/health within 60 s")
    yield {"base": base, "url": url}
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(server: dict) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync"])
        yield b
        b.close()


class Page:
    """One browser page with Leaflet served locally and outside requests refused."""

    def __init__(self, browser: object, base: str) -> None:
        import xstatic.pkg.leaflet as leaflet

        self.base = base
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        data = Path(leaflet.BASE_DIR)

        def route(r: object) -> None:
            url = r.request.url
            if url.startswith(base) or url.startswith(("data:", "blob:", "about:")):
                r.continue_()
            elif url.endswith("/leaflet.js"):
                r.fulfill(path=str(data / "leaflet.js"), content_type="text/javascript")
            elif url.endswith("/leaflet.css"):
                r.fulfill(path=str(data / "leaflet.css"), content_type="text/css")
            elif url.rsplit("/", 1)[-1] in CLUSTER_FILES:
                r.fulfill(path=str(CLUSTER_FILES[url.rsplit("/", 1)[-1]]))
            else:
                self.outside.append(url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, query: str = "") -> None:
        self.page.goto(f"{self.base}/{query}", wait_until="domcontentloaded")
        self.page.get_by_text("Reports", exact=True).first.wait_for(timeout=60_000)
        deadline = time.monotonic() + 60  # until the script has finished drawing
        while time.monotonic() < deadline and (
                self.page.locator('[data-testid="stSkeleton"]').count()
                or self.page.locator('[data-testid="stStatusWidget"]').count()):
            time.sleep(0.3)

    def map_frame(self) -> object:
        """The frame of the reports map: the one whose layers carry reports (the embed
        preview's Leaflet map, with its basemap of country names, is not it)."""
        script = """() => typeof L !== 'undefined' && Object.values(window).some(v =>
            v instanceof L.Map && Object.values(v._layers).some(l => l.feature
              && typeof l.feature.properties.n === 'number' && 'event' in l.feature.properties))"""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            for frame in self.page.frames:
                try:
                    if frame.evaluate(script):
                        return frame
                except Exception:  # a frame still loading
                    pass
            time.sleep(0.3)
        raise AssertionError("no Leaflet map appeared")

    def drawn(self) -> tuple[int, int]:
        """(features drawn, reports they stand for) on the map, once it settles."""
        script = """() => { let f = 0, n = 0; const seen = new Set();
            const maps = new Set(Object.values(window).filter(v => v instanceof L.Map));
            for (const m of maps) {
              m.eachLayer(l => { if (l.feature && 'event' in l.feature.properties
                  && !seen.has(L.stamp(l))) {
                seen.add(L.stamp(l)); f += 1; n += l.feature.properties.n; } });
            } return [f, n]; }"""
        last, stable = None, 0
        for _ in range(120):  # layers arrive after the map: wait until drawn and settled
            try:
                now = tuple(self.map_frame().evaluate(script))
            except Exception:  # the component re-rendered under us: look again
                now = (0, 0)
            stable = stable + 1 if now == last and now[0] > 0 else 0
            if stable >= 4:
                return now
            last = now
            time.sleep(0.25)
        return last

    def metric(self, label: str) -> int:
        box = self.page.locator('[data-testid="stMetric"]', has_text=label).first
        return int(box.locator('[data-testid="stMetricValue"]').inner_text())


def _expected(url: str, **where) -> int:
    rows = [r for r in store.stored_reports(store.connect(url))
            if r["review_status"] != "rejected"]
    for key, test in where.items():
        rows = [r for r in rows if test(r[key])]
    return len(rows)


def test_map_draws_the_filtered_reports(browser: object, server: dict) -> None:
    page = Page(browser, server["base"])
    page.open()
    features, reports = page.drawn()
    assert reports == page.metric("Reports") == _expected(server["url"]) and features > 5
    OUT.mkdir(exist_ok=True)
    page.page.screenshot(path=str(OUT / "e2e-map.png"), full_page=False)

    page.open("?date_from=2023-12-30&date_to=2023-12-30")
    _, on_day = page.drawn()
    assert on_day == page.metric("Reports") == _expected(
        server["url"], event_date=lambda d: d == "2023-12-30") < reports

    page.open("?outlets=dpa/MIA")
    _, by_outlet = page.drawn()
    assert by_outlet == page.metric("Reports") == _expected(
        server["url"], outlet=lambda o: o == "dpa/MIA") < reports
    assert page.errors == [] and page.dialogs == []
    assert all("tile.openstreetmap.org" in u for u in page.outside), page.outside[:5]


def test_hostile_text_stays_text(browser: object, server: dict) -> None:
    page = Page(browser, server["base"])
    hostile = next(r for r in store.stored_reports(store.connect(server["url"]))
                   if r["article_id"] == "hostile")
    page.open(f"?report={hostile['id']}&outlets=Hostile%20%3Cb%3EOutlet%3C/b%3E")
    frame = page.map_frame()
    page.drawn()
    shown = frame.evaluate("""() => { const out = [];
        for (const m of new Set(Object.values(window).filter(v => v instanceof L.Map))) {
          m.eachLayer(l => { if (l.feature && l.getPopup && l.getPopup()) {
            l.openPopup(); l.openTooltip();
            const p = l.getPopup().getElement(), t = l.getTooltip && l.getTooltip();
            if (p) out.push(p.innerText);
            if (t && t.getElement()) out.push(t.getElement().innerText);
            l.closePopup(); } }); }
        return out; }""")
    time.sleep(0.5)
    assert any("onerror" in text and "${window.__xss=3}" in text for text in shown), shown
    for f in [page.page.main_frame, frame]:
        assert f.evaluate("() => window.__xss") is None
        assert f.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0
    article = page.page.get_by_text("window.__xss=2", exact=False).first
    assert article.is_visible()
    assert page.errors == [] and page.dialogs == []


def test_confirm_persists_after_reload(browser: object, server: dict) -> None:
    page = Page(browser, server["base"])
    target = store.stored_reports(store.connect(server["url"]))[2]
    page.open(f"?report={target['id']}")
    page.page.get_by_role("button", name="Confirm").click()
    page.page.get_by_text("change(s) saved", exact=False).first.wait_for(timeout=30_000)
    page.open(f"?report={target['id']}")
    page.page.get_by_text("confirmed", exact=False).first.wait_for(timeout=30_000)
    row = next(r for r in store.stored_reports(store.connect(server["url"]))
               if r["id"] == target["id"])
    assert row["review_status"] == "confirmed"
    assert page.errors == []


def test_dense_points_are_clustered(browser: object, tmp_path: Path) -> None:
    """600 distinct places of one type: markers cluster, popups still work, no error."""
    import random

    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster

    from geo.layers import report_map

    rng = random.Random(5)
    rows = [{"id": i, "event_type": "strike", "place_id": f"p{i}", "place_name": f"P{i}",
             "place_kind": "village", "latitude": 47 + rng.random() * 4,
             "longitude": 30 + rng.random() * 8, "event_date": "2024-01-01",
             "quote": f"quote {i}"} for i in range(600)]
    page_path = tmp_path / "dense.html"
    page_path.write_text(report_map(rows, tiles=None).get_root().render(), encoding="utf-8")
    files = {"leaflet.js": Path(leaflet.BASE_DIR) / "leaflet.js",
             "leaflet.css": Path(leaflet.BASE_DIR) / "leaflet.css"}
    for name in ("leaflet.markercluster.js", "MarkerCluster.css",
                 "MarkerCluster.Default.css"):
        files[name] = Path(cluster.BASE_DIR) / name
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r: object) -> None:
        name = r.request.url.rsplit("/", 1)[-1]
        if r.request.url.startswith("file:"):
            r.continue_()
        elif name in files:
            r.fulfill(path=str(files[name]))
        else:
            r.abort()

    page.route("**/*", route)
    page.goto(page_path.as_uri(), wait_until="load")
    page.wait_for_timeout(1500)  # chunked loading clusters in the background
    counts = page.evaluate("""() => {
        const maps = new Set(Object.values(window).filter(v => v instanceof L.Map));
        let clusters = 0, total = 0;
        for (const m of maps) m.eachLayer(l => {
          if (l instanceof L.MarkerClusterGroup) total += l.getLayers().length;
          if (l instanceof L.MarkerCluster) clusters += 1; });
        return [clusters, total]; }""")
    assert counts[1] == 600 and counts[0] > 0, counts
    assert errors == []
    page.close()


def test_self_contained_embed_loads_nothing_from_outside(browser: object, server: dict,
                                                         tmp_path: Path) -> None:
    """The embed of the seeds (and the hostile article) with every request refused but
    the file itself: nothing is asked for, nothing fails, one feature per report, and
    the hostile quote is text."""
    from geo.embed import embed_html
    from geo.layers import map_rows
    from reports.query import Filters, apply, prepare

    frame = apply(prepare(store.report_table(store.connect(server["url"]))), Filters())
    rows = map_rows(frame)
    page_path = tmp_path / "embed.html"
    page_path.write_text(embed_html(rows, "Seeds", "test", "Source: seeds"),
                         encoding="utf-8")
    page = browser.new_page()
    requests: list[str] = []
    failed: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog " + d.message), d.dismiss()))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else r.abort())
    page.goto(page_path.as_uri(), wait_until="load")
    drawn = page.evaluate("""() => { let n = 0;
        window.strikemapLayer.eachLayer(l => { if (l.feature) n += 1; }); return n; }""")
    assert drawn == len(rows)
    assert [u for u in requests if not u.startswith("file:")] == [] and failed == []
    texts = page.evaluate("""() => { const out = [];
        window.strikemapLayer.eachLayer(l => { l.openPopup();
          const el = l.getPopup() && l.getPopup().getElement();
          if (el) out.push(el.innerText); l.closePopup(); }); return out; }""")
    assert len(texts) == len(rows) and any("window.__xss=2" in t for t in texts)
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0
    label = page.get_attribute("#map", "aria-label")
    assert "reported" in label and "December 2023" in label
    assert errors == []
    page.close()
