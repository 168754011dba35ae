"""``aisle-mcp db upgrade``: the schema brought up to date by hand, as every server does on start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pydantic import SecretStr

from aisle_mcp.storage.postgres.migrations import LATEST
from tests.storage.cluster import free_port


def aisle(*args: str, data_dir: Path, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "AISLE_DATABASE_URL"} | {"AISLE_DATA_DIR": str(data_dir)}
    if url is not None:
        env["AISLE_DATABASE_URL"] = url
    return subprocess.run(
        [sys.executable, "-m", "aisle_mcp", *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_db_upgrade_applies_the_schema_once_and_then_has_nothing_to_do(tmp_path: Path, postgres_url: SecretStr) -> None:
    url = postgres_url.get_secret_value()
    first = aisle("db", "upgrade", "--database-url", url, data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert f"schema at version {LATEST} (applied {', '.join(str(n) for n in range(1, LATEST + 1))})" in first.stdout
    again = aisle("db", "upgrade", data_dir=tmp_path, url=url)
    assert again.returncode == 0, again.stderr
    assert f"schema at version {LATEST} (nothing to apply)" in again.stdout


def test_db_upgrade_without_a_database_url_brings_the_sqlite_file_up_to_date(tmp_path: Path) -> None:
    done = aisle("db", "upgrade", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"the SQLite file {tmp_path / 'aisle.db'} is up to date"
    assert (tmp_path / "aisle.db").exists()


def test_db_upgrade_tells_an_unreachable_database_in_one_line_without_its_password(tmp_path: Path) -> None:
    failed = aisle(
        "db",
        "upgrade",
        "--database-url",
        f"postgresql://aisle:pw-9f3k@127.0.0.1:{free_port()}/aisle",
        data_dir=tmp_path,
    )
    assert failed.returncode == 1
    assert failed.stderr.startswith("aisle-mcp db upgrade: cannot use PostgreSQL at postgresql://aisle@127.0.0.1:")
    assert len(failed.stderr.strip().splitlines()) == 1
    assert "pw-9f3k" not in failed.stderr + failed.stdout


def test_a_database_url_that_is_not_postgresql_is_refused(tmp_path: Path) -> None:
    failed = aisle("db", "upgrade", "--database-url", "mysql://aisle:pw-9f3k@db/aisle", data_dir=tmp_path)
    assert failed.returncode == 1
    assert "must be a postgresql:// URL" in failed.stderr
    assert "pw-9f3k" not in failed.stderr
