#!/usr/bin/env bash
# Strikemap's one entry point for set-up, running and testing.
#   ./dev.sh run     set up (virtualenv, pinned requirements, gazetteer index), start the app
#   ./dev.sh test    set up, then ruff and the whole test suite
#   ./dev.sh build   (re)build the gazetteer index
#   ./dev.sh bench   run the benchmarks in bench/
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PY="$VENV/bin/python"
say() { printf '==> %s\n' "$*" >&2; }

need_root_apt() {
  # Install Debian packages when missing; only possible as root (or with sudo).
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_venv() {
  local base=${PYTHON:-python3}
  if ! command -v "$base" >/dev/null; then
    need_root_apt python3 python3-venv
  fi
  "$base" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Strikemap needs Python 3.11 or newer; $base is $("$base" -V 2>&1)" >&2; exit 1; }
  if [ ! -x "$PY" ]; then
    say "creating virtualenv $VENV"
    if ! "$base" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      need_root_apt python3-venv
      "$base" -m venv "$VENV"
    fi
  fi
  local stamp="$VENV/.requirements.sha256"
  local want
  want=$(sha256sum requirements.txt | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing pinned requirements (requirements.txt)"
    "$PY" -m pip install --quiet --disable-pip-version-check -r requirements.txt
    echo "$want" > "$stamp"
  fi
}

index_sources() {
  # What the index is built from: a change to the curated lists or the builder rebuilds it.
  cat gazetteer/curated/*.csv gazetteer/build.py gazetteer/sources/*.py | sha256sum | cut -d' ' -f1
}

build_index() {
  "$PY" strikemap.py gazetteer build
  index_sources > data/gazetteer.sources
}

ensure_index() {
  if [ ! -f data/gazetteer.sqlite ] || [ ! -f data/gazetteer.keys ]; then
    say "building the gazetteer index (once, about a minute)"
    build_index
  elif [ "$(cat data/gazetteer.sources 2>/dev/null)" != "$(index_sources)" ]; then
    say "the gazetteer's sources changed since the index was built: rebuilding (about a minute)"
    build_index
  fi
}

ensure_data() {
  # A fresh install's default data: the seed articles, read and stored once.
  if [ -z "${STRIKEMAP_DB:-}" ] && [ ! -f data/strikemap.sqlite ]; then
    say "storing the default articles (seeds/) in data/strikemap.sqlite"
    "$PY" strikemap.py ingest seeds/*.txt
  fi
}

ensure_test_system() {
  # Real PostgreSQL + PostGIS for the store's tests (the suite starts its own server),
  # and Debian's Chromium for the browser tests (Playwright drives it; no browser download).
  need_root_apt postgresql postgresql-15-postgis-3 chromium || say "could not install \
PostgreSQL/Chromium: those tests will be skipped with the reason"
}

case "${1:-help}" in
  run)
    ensure_venv; ensure_index; ensure_data
    say "starting the app on http://localhost:${PORT:-8501}"
    exec "$PY" -m streamlit run app.py --server.headless true \
      --server.port "${PORT:-8501}" --browser.gatherUsageStats false
    ;;
  test)
    ensure_venv; ensure_index; ensure_test_system
    say "ruff"
    "$PY" -m ruff check .
    say "pytest"
    shift
    exec "$PY" -m pytest "$@"
    ;;
  build)
    ensure_venv
    say "building the gazetteer index"
    build_index
    ;;
  bench)
    ensure_venv; ensure_index
    shift
    for b in bench/geoparsing.py bench/speed.py bench/extraction.py; do
      say "$b"; "$PY" "$b" "$@"
    done
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    ;;
esac
