"""The gazetteer stays light: importing it loads no UI, map or web library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_gazetteer_does_not_load_ui_or_web_libraries() -> None:
    code = ("import sys, gazetteer; heavy = {'folium', 'streamlit', 'geopy', 'geopandas', "
            "'requests'} & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_seeds_are_the_shared_articles_unchanged() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        for path in seeds:
            assert path.read_bytes() == (shared / path.name).read_bytes()


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second ``_AND_RE = ...`` silently replaced the first for every function that
    used it (two such pairs in reports/extract.py gave wrong counts and dropped a
    country); ruff does not flag a rebound constant, so this does."""
    import ast

    twice = []
    for path in sorted([*ROOT.glob("*.py"), *ROOT.glob("*/*.py")]):
        if ".venv" in path.parts or "tests" in path.parts:
            continue
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = ([t.id for t in node.targets if isinstance(t, ast.Name)]
                     if isinstance(node, ast.Assign) else
                     [node.target.id] if isinstance(node, ast.AnnAssign) and isinstance(
                         node.target, ast.Name) else
                     [node.name] if isinstance(node, ast.FunctionDef | ast.ClassDef) else [])
            twice += [f"{path.relative_to(ROOT)}: {n}" for n in names if n in seen]
            seen.update(names)
    assert twice == []
