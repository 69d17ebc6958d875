"""A throwaway PostgreSQL + PostGIS server on loopback for the store's tests.

Started by the test suite itself (initdb into a temporary folder, a free port, unix
socket in that folder), stopped afterwards. Where it cannot start, the caller skips
with the reason; nothing is faked.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root: use the Debian package's postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextmanager
def postgis_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh server, or raise RuntimeError saying why not."""
    if not (PG_BIN / "initdb").exists():
        raise RuntimeError(f"PostgreSQL 15 is not installed ({PG_BIN} missing): install "
                           "postgresql and postgresql-15-postgis-3 (./dev.sh test does)")
    folder = Path(tempfile.mkdtemp(prefix="strikemap-pg-"))
    data = folder / "data"
    port = _free_port()
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(folder, pw.pw_uid, pw.pw_gid)
    try:
        run = lambda cmd: subprocess.run(_as_postgres(cmd), capture_output=True,  # noqa: E731
                                         text=True, timeout=120)
        out = run([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U",
                   "strikemap", "--no-sync"])
        if out.returncode:
            raise RuntimeError(f"initdb failed: {out.stderr.strip()[-300:]}")
        out = run([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
                   "-o", f"-p {port} -k {folder} -h 127.0.0.1 -c fsync=off", "start"])
        if out.returncode:
            log = (folder / "log").read_text(errors="replace")[-300:] if (
                folder / "log").exists() else out.stderr
            raise RuntimeError(f"PostgreSQL did not start: {log.strip()}")
        try:
            yield f"postgresql+psycopg://strikemap@127.0.0.1:{port}/postgres"
        finally:
            run([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
