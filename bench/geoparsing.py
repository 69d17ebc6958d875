"""Score the offline gazetteer on three public geoparsing corpora (GeoWebNews, LGL, TR-News).

Why: the published figures of other geoparsers (Mordecai3, CamCoder, CLAVIN...) are given
on these corpora, so scoring ours the same way tells us where the ranking stands and,
with ``--errors``, which names it gets wrong.

Two modes, both over ALL gold toponyms with coordinates (no answer = 20039 km off):

* ``resolve``: the gold surface name, resolved with the article as context;
* ``places``: end to end, ``find_places`` on the raw article; a gold toponym is found
  when a predicted mention overlaps it (plus span precision / recall / F1).

Metrics follow Gritta et al. (2018, 2019): Acc@161, AUC of scaled log errors (lower is
better), mean and median error, coverage.

    python bench/geoparsing.py [--corpora DIR] [--mode resolve|places|both]
                               [--limit N] [--errors FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer import Gazetteer, Resolution, haversine_km, open_gazetteer  # noqa: E402

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "geoparsing"
RESULTS = REPO / "bench" / "results" / "geoparsing.json"
CORPORA = {"GWN": "GWN.xml", "LGL": "lgl.xml", "TR-News": "trnews.xml"}
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of no answer
ACC_KM = 161.0  # 100 miles, the usual "correct" threshold


# -- corpora ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Toponym:
    """One gold annotation; ``lat``/``lon`` are None for types without coordinates."""

    name: str
    start: int
    end: int
    lat: float | None
    lon: float | None
    label: str  # GWN type, or GeoNames feature code for LGL / TR-News


@dataclass(slots=True)
class Article:
    """An article's text and all its gold toponyms (with or without coordinates)."""

    index: int
    doc_id: str
    text: str
    toponyms: list[Toponym] = field(default_factory=list)

    @property
    def located(self) -> list[Toponym]:
        return [t for t in self.toponyms if t.lat is not None and t.lon is not None]


def _float(text: str | None) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """Gold offsets fixed up where they drift (TR-News is off by a few characters in
    places): the occurrence of the name nearest the given start, else the offsets as is."""
    if text[start:end] == name or not name:
        return start, end
    best: int | None = None
    pos = text.find(name)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(name, pos + 1)
    if best is None:
        return start, end
    return best, best + len(name)


def load_gwn(path: Path) -> list[Article]:
    """GeoWebNews: ``extractedName``, ``start``/``end``, ``type``, ``latitude``/``longitude``."""
    articles = []
    for i, node in enumerate(ET.parse(path).getroot().iter("article")):
        text = node.findtext("text") or ""
        art = Article(i, node.get("file", str(i)), text)
        for top in node.iter("toponym"):
            name = (top.findtext("extractedName") or "").strip()
            start, end = _align(text, name, int(top.findtext("start") or 0),
                                int(top.findtext("end") or 0))
            lat, lon = _float(top.findtext("latitude")), _float(top.findtext("longitude"))
            art.toponyms.append(Toponym(name, start, end, lat, lon, top.findtext("type") or ""))
        articles.append(art)
    return articles


def load_lgl(path: Path) -> list[Article]:
    """LGL and TR-News: ``start``/``end``, ``phrase``, ``gaztag`` with ``lat``/``lon``."""
    articles = []
    for i, node in enumerate(ET.parse(path).getroot().iter("article")):
        text = node.findtext("text") or ""
        art = Article(i, node.get("docid", str(i)), text)
        for top in node.iter("toponym"):
            name = (top.findtext("phrase") or "").strip()
            start, end = _align(text, name, int(top.findtext("start") or 0),
                                int(top.findtext("end") or 0))
            gaz = top.find("gaztag")
            lat = lon = None
            label = ""
            if gaz is not None:
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
                label = gaz.findtext("fcode") or ""
            art.toponyms.append(Toponym(name, start, end, lat, lon, label))
        articles.append(art)
    return articles


def load(corpus: str, directory: Path) -> list[Article]:
    path = directory / CORPORA[corpus]
    return load_gwn(path) if corpus == "GWN" else load_lgl(path)


# -- metrics ---------------------------------------------------------------------------

def auc(errors: list[float]) -> float:
    """Area under the sorted, log-scaled error curve (Gritta et al.): 0 is perfect."""
    if not errors:
        return float("nan")
    scaled = np.sort(np.log(np.asarray(errors) + 1.0) / np.log(MAX_ERROR_KM + 1.0))
    if len(scaled) == 1:
        return float(scaled[0])
    return float(np.trapezoid(scaled, dx=1.0 / (len(scaled) - 1)))


@dataclass(slots=True)
class Score:
    """Errors and timings gathered for one corpus in one mode."""

    corpus: str
    mode: str
    errors: list[float] = field(default_factory=list)
    answered: int = 0
    seconds: list[float] = field(default_factory=list)
    predicted: int = 0  # places mode: predicted mentions
    predicted_ok: int = 0  # ... overlapping some gold toponym
    gold_found: int = 0  # ... gold toponyms with coordinates overlapped by a mention

    def summary(self) -> dict[str, Any]:
        n = len(self.errors)
        out: dict[str, Any] = {
            "corpus": self.corpus,
            "mode": self.mode,
            "toponyms": n,
            "coverage": self.answered / n if n else float("nan"),
            "acc161": sum(e < ACC_KM for e in self.errors) / n if n else float("nan"),
            "auc": auc(self.errors),
            "mean_km": statistics.fmean(self.errors) if n else float("nan"),
            "median_km": statistics.median(self.errors) if n else float("nan"),
            "median_ms": 1000 * statistics.median(self.seconds) if self.seconds else None,
            "time_unit": "toponym" if self.mode == "resolve" else "article",
        }
        if self.mode == "places":
            p = self.predicted_ok / self.predicted if self.predicted else 0.0
            r = self.gold_found / n if n else 0.0
            out |= {"precision": p, "recall": r,
                    "f1": 2 * p * r / (p + r) if p + r else 0.0}
        return out


def _error(gold: Toponym, res: Resolution | None) -> float:
    if res is None or res.best is None:
        return MAX_ERROR_KM
    place = res.best.place
    return haversine_km(gold.lat or 0.0, gold.lon or 0.0, place.latitude, place.longitude)


def _failure(corpus: str, mode: str, art: Article, gold: Toponym, res: Resolution | None,
             err: float, mention: str | None = None) -> dict[str, Any]:
    """One wrong answer, with what we predicted, for a developer to study."""
    best = res.best if res is not None else None
    row: dict[str, Any] = {
        "corpus": corpus, "mode": mode, "article": art.index, "doc_id": art.doc_id,
        "gold_name": gold.name, "gold_label": gold.label,
        "gold_lat": gold.lat, "gold_lon": gold.lon,
        "pred_name": None, "pred_kind": None, "pred_country": None,
        "pred_lat": None, "pred_lon": None, "pred_score": None,
        "reason": res.reason if res is not None else "no overlapping mention",
        "error_km": round(err, 1),
    }
    if best is not None:
        place = best.place
        row |= {"pred_name": place.name, "pred_kind": place.kind,
                "pred_country": place.country, "pred_lat": place.latitude,
                "pred_lon": place.longitude, "pred_score": round(best.score, 4)}
    if mention is not None:
        row["mention"] = mention
    return row


# -- modes -----------------------------------------------------------------------------

def run_resolve(gz: Gazetteer, corpus: str, articles: list[Article],
                failures: list[dict[str, Any]]) -> Score:
    """Gold names in, places out: measures ranking alone, spotting aside."""
    score = Score(corpus, "resolve")
    for art in articles:
        located = art.located
        if not located:
            continue
        ctx = gz.context(art.text)
        for gold in located:
            t0 = time.perf_counter()
            res = gz.resolve(gold.name, context=ctx)
            score.seconds.append(time.perf_counter() - t0)
            err = _error(gold, res)
            score.errors.append(err)
            score.answered += res.best is not None
            if err >= ACC_KM:
                failures.append(_failure(corpus, "resolve", art, gold, res, err))
    return score


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def run_places(gz: Gazetteer, corpus: str, articles: list[Article],
               failures: list[dict[str, Any]]) -> Score:
    """Raw text in: measures spotting and ranking together, as the app uses them."""
    score = Score(corpus, "places")
    for art in articles:
        t0 = time.perf_counter()
        mentions = gz.find_places(art.text)
        score.seconds.append(time.perf_counter() - t0)
        score.predicted += len(mentions)
        score.predicted_ok += sum(
            any(_overlap(m.start, m.end, g.start, g.end) for g in art.toponyms)
            for m in mentions)
        for gold in art.located:
            hits = [(_overlap(m.start, m.end, gold.start, gold.end), m) for m in mentions]
            hits = [h for h in hits if h[0] > 0]
            mention = max(hits, key=lambda h: h[0])[1] if hits else None
            res = mention.resolution if mention is not None else None
            err = _error(gold, res)
            score.errors.append(err)
            score.gold_found += mention is not None
            score.answered += res is not None and res.best is not None
            if err >= ACC_KM:
                failures.append(_failure(corpus, "places", art, gold, res, err,
                                         mention.text if mention is not None else None))
    return score


# -- report ----------------------------------------------------------------------------

def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(rows: list[dict[str, Any]]) -> str:
    """The summaries as a Markdown table."""
    head = ("| corpus | mode | toponyms | coverage | Acc@161 | AUC | mean km | median km "
            "| P | R | F1 | median ms |")
    lines = [head, "|" + "---|" * head.count(" | ") + "---|"]
    for r in rows:
        ms = f"{_fmt(r['median_ms'], 2)} /{r['time_unit']}"
        lines.append(
            f"| {r['corpus']} | {r['mode']} | {r['toponyms']} | {_fmt(r['coverage'])} "
            f"| {_fmt(r['acc161'])} | {_fmt(r['auc'])} | {_fmt(r['mean_km'], 0)} "
            f"| {_fmt(r['median_km'], 1)} | {_fmt(r.get('precision'))} "
            f"| {_fmt(r.get('recall'))} | {_fmt(r.get('f1'))} | {ms} |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                    help=f"directory with {', '.join(CORPORA.values())}")
    ap.add_argument("--mode", choices=("resolve", "places", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None, help="at most N articles per corpus")
    ap.add_argument("--errors", type=Path, default=None,
                    help="write every wrong answer (>= 161 km) as JSON Lines here")
    return ap.parse_args(argv)


def modes(mode: str) -> Iterator[str]:
    """Places first: it computes each article's context cold, so its timing is honest."""
    if mode in ("places", "both"):
        yield "places"
    if mode in ("resolve", "both"):
        yield "resolve"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = [f for f in CORPORA.values() if not (args.corpora / f).exists()]
    if missing:
        print(f"missing corpora in {args.corpora}: {', '.join(missing)}", file=sys.stderr)
        return 2
    gz = open_gazetteer()
    rows: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    runners = {"resolve": run_resolve, "places": run_places}
    for corpus in CORPORA:
        articles = load(corpus, args.corpora)[: args.limit]
        for mode in modes(args.mode):
            t0 = time.perf_counter()
            row = runners[mode](gz, corpus, articles, failures).summary()
            row["articles"] = len(articles)
            row["wall_s"] = round(time.perf_counter() - t0, 2)
            rows.append(row)
            print(f"{corpus} {mode}: {row['wall_s']} s", file=sys.stderr)
    rows.sort(key=lambda r: (list(CORPORA).index(r["corpus"]), r["mode"] != "resolve"))
    print(table(rows))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "index": str(gz.path),
        "corpora": str(args.corpora),
        "limit": args.limit,
        "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "acc_km": ACC_KM,
        "results": rows,
    }, indent=2) + "\n")
    if args.errors is not None:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with args.errors.open("w") as out:
            for row in failures:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
