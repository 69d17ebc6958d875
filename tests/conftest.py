"""Shared fixtures: the real gazetteer index (built by ./dev.sh test when missing)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer, build, default_index_path  # noqa: E402
from gazetteer.build import trie_path  # noqa: E402


@pytest.fixture(scope="session")
def index_path() -> Path:
    path = default_index_path()
    if not path.exists() or not trie_path(path).exists():
        build(path)
    return path


@pytest.fixture(scope="session")
def gz(index_path: Path) -> Gazetteer:
    return Gazetteer(index_path)


@pytest.fixture()
def index_copy(index_path: Path, tmp_path: Path) -> Path:
    """A private copy of the index for tests that write to it."""
    dest = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(index_path, dest)
    shutil.copyfile(trie_path(index_path), trie_path(dest))
    return dest


@pytest.fixture(scope="session")
def postgis_url():
    """A real PostgreSQL + PostGIS server for this test session, or a skip with why."""
    from tests.pg import postgis_server

    try:
        with postgis_server() as url:
            yield url
    except RuntimeError as err:
        pytest.skip(f"PostGIS tests skipped: {err}")
