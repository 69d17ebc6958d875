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
