"""The human command line is quiet by default: an error is one line, the server's log only with --verbose."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AISLE_DATA_DIR": str(tmp_path), "AISLE_LOAD_DEMO": "false"}
    return subprocess.run(
        [sys.executable, "-m", "aisle_mcp", *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_a_human_command_tells_an_error_in_one_line_without_the_log(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "search", "boots", "--max-price", "abc")
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("aisle-mcp: search_products") and "'filters.price_max'" in line and "'abc'" in line


def test_verbose_shows_the_log_before_the_error(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "search", "boots", "--max-price", "abc", "--verbose")
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert any(line.startswith("INFO mcp.server") for line in lines), lines
    assert lines[-1].startswith("aisle-mcp: search_products")


def test_a_quiet_command_still_answers_on_stdout(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "inventory", "--limit", "1")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
