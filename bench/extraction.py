"""Extraction and ingest throughput on a generated corpus of wire-style articles.

    .venv/bin/python bench/extraction.py [--articles 400] [--postgis]

The corpus is generated (seeded) from sentence templates in several agency styles with
places drawn from the gazetteer, 3-5 KB an article, so no real text is needed and the
figures are repeatable. Reports articles per second per core (median of runs) for
extraction alone, and for extraction + ingest into SQLite (and PostGIS with --postgis).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from results_table import save_and_print  # noqa: E402

from gazetteer import Gazetteer, open_gazetteer  # noqa: E402
from reports import (  # noqa: E402
    extract,
    make_article,
    store,
)

CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Sumy", "Nikopol",
          "Kramatorsk", "Pokrovsk", "Kupiansk", "Belgorod", "Kursk", "Bryansk", "Lviv",
          "Kyiv", "Chernihiv", "Mykolaiv", "Poltava", "Kremenchuk", "Sloviansk"]
REGIONS = ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Kharkiv", "Sumy",
           "Kherson", "Zaporizhzhia", "Dnipropetrovsk", "Odesa", "Mykolaiv", "Donetsk"]
WHO = ["the regional governor said", "the defence ministry said", "officials said",
       "the General Staff reported", "police said", "the mayor wrote on Telegram"]
DAYS = ["on Monday", "on Tuesday", "overnight", "late on Friday", "early on Saturday",
        "on Sunday evening", "yesterday"]
TEMPLATES = [
    "Russian drones struck {city} {day}, killing {n} people and injuring {m}, {who}.",
    "Air defences destroyed {n} drones over the {r1} and {r2} regions {day}, {who}.",
    "Shelling hit {city} {day}, wounding {m} civilians, {who}.",
    "A missile strike on {city} {day} damaged a school and {m} homes, {who}.",
    "Explosions were heard in {city} {day}, {who}.",
    "Debris from a downed drone fell on a house in {city}, {who}.",
    "{city} has been shelled regularly since 2022, residents say.",
    "The attack was condemned by Western leaders, who called for more air defence.",
    "Officials warned that more strikes could follow in the coming days.",
    "Power was cut to {m} homes in the {r1} region after the attack, {who}.",
]


def article_text(rng: random.Random) -> str:
    """One 3-5 KB article of paragraphs built from the templates."""
    paragraphs, size = ["Attacks reported across the front line"], 0
    while size < rng.randint(3000, 5000):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            r1, r2 = rng.sample(REGIONS, 2)
            sentences.append(rng.choice(TEMPLATES).format(
                city=rng.choice(CITIES), r1=r1, r2=r2, day=rng.choice(DAYS),
                n=rng.randint(1, 40), m=rng.randint(1, 60), who=rng.choice(WHO)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph)
    return "\n\n".join(paragraphs)


def corpus(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article_text(rng) for _ in range(n)]


def time_extraction(texts: list[str], gz: Gazetteer, fresh: bool = False
                    ) -> tuple[float, int]:
    """CPU seconds and reports; ``fresh``: each text is timed as never seen before (the
    gazetteer's per-text caches are dropped), for sets that repeat a few texts."""
    published = datetime(2024, 6, 15)
    seconds, n_reports = 0.0, 0
    for i, text in enumerate(texts):
        if fresh:
            gz.forget_texts()
        t0 = time.process_time()
        n_reports += len(extract(make_article(text, id=f"a{i}", published=published), gz))
        seconds += time.process_time() - t0
    return seconds, n_reports


def real_texts() -> dict[str, list[str]]:
    """Real text next to the generated corpus: the seed articles (dense conflict
    reporting) and 200 GeoWebNews articles (general news), when the corpus is there."""
    out = {"seeds": [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob(
        "*.txt"))]}
    gwn = REPO.parent / "shared" / "benchmarks" / "geoparsing"
    if (gwn / "GWN.xml").exists():
        from geoparsing import load

        out["gwn"] = [a.text for a in load("GWN", gwn)[:200]]
    return out


def articles_per_second(texts: list[str], gz: object, runs: int, min_seconds: float = 2.0) -> float:
    """Articles per CPU second, median of runs; a small set is repeated to last a while."""
    repeat = max(1, int(min_seconds * 100 / max(1, len(texts))))
    seconds = [time_extraction(texts * repeat, gz, fresh=True)[0] for _ in range(runs)]
    return len(texts) * repeat / statistics.median(seconds)


def time_ingest(texts: list[str], gz: Gazetteer, url: str) -> float:
    engine = store.connect(url)
    published = datetime(2024, 6, 15)
    geometry = lambda pid: gz.geometry(gz.place(pid))  # noqa: E731
    t0 = time.perf_counter()
    for i, text in enumerate(texts):
        article = make_article(text, id=f"a{i}", published=published)
        store.ingest(engine, article, extract(article, gz), geometry)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgis", action="store_true",
                        help="also ingest into a throwaway PostGIS server")
    args = parser.parse_args(argv)
    gz = open_gazetteer()
    texts = corpus(args.articles)
    kb = sum(len(t.encode()) for t in texts) / len(texts) / 1000
    time_extraction(texts[:20], gz)  # warm the gazetteer's caches once
    runs = [time_extraction(texts, gz) for _ in range(args.runs)]
    seconds = [s for s, _ in runs]
    rate = len(texts) / statistics.median(seconds)
    results = {"articles": len(texts), "mean_kb": round(kb, 2),
               "reports": runs[0][1], "extract_articles_per_s": round(rate, 1),
               "extract_runs_s": [round(s, 3) for s in seconds]}
    for name, real in real_texts().items():
        time_extraction(real, gz)  # warm
        per_s = articles_per_second(real, gz, args.runs)
        results[f"extract_{name}_articles_per_s"] = round(per_s, 1)
        results[f"{name}_mean_kb"] = round(sum(len(t.encode()) for t in real) / len(real)
                                           / 1000, 2)
    with tempfile.TemporaryDirectory() as tmp:
        wall = time_ingest(texts, gz, f"sqlite:///{tmp}/bench.sqlite")
        results["ingest_sqlite_articles_per_s"] = round(len(texts) / wall, 1)
    if args.postgis:
        sys.path.insert(0, str(REPO / "tests"))
        from pg import postgis_server

        with postgis_server() as url:
            wall = time_ingest(texts, gz, url)
            results["ingest_postgis_articles_per_s"] = round(len(texts) / wall, 1)
    save_and_print("extraction", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
