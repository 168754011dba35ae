"""Time a Criteo catalog export end to end: from the list_inventory call that creates it to its first page.

    python bench/criteo_export.py --rows 369318

The stand-in (tests/fakes/criteo.py) runs in its own process, so only the adapter's memory is measured. Rows are
shaped like the seeds' seller sample (about 590 bytes each: 369,318 rows ≈ 216 MB). The last line printed is one
JSON object: rows, seconds, peak_rss_mb (this process's peak resident set), megabytes, and the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio
import httpx
from pydantic import SecretStr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aisle_mcp.providers.base import InventoryRequest  # noqa: E402
from aisle_mcp.providers.criteo.provider import CriteoInventory  # noqa: E402
from aisle_mcp.server.settings import CriteoSettings  # noqa: E402
from tests.fakes.criteo import CLIENT_ID, CLIENT_SECRET  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


PHASES: dict[str, float] = {}
"""When each step was first reported (seconds since the call), for the breakdown in the result."""
STARTED = [0.0]


async def progress(done: float, total: float | None, message: str | None) -> None:
    print(f"  {message}", file=sys.stderr)
    step = (message or "").split(":")[0].split(" (")[0]
    PHASES.setdefault(step, round(time.perf_counter() - STARTED[0], 2))


async def export(base_url: str, data_dir: Path, rows: int) -> dict[str, object]:
    settings = CriteoSettings(
        base_url=base_url,
        token_url=f"{base_url}/oauth2/token",
        client_id=CLIENT_ID,
        client_secret=SecretStr(CLIENT_SECRET),
        timeout_s=30,
    )
    request = InventoryRequest(account_id="345656205021392896", retailer_id="131", seller_id="60axxxxxxxxxxxxxxxx",
                               wait_seconds=45)  # fmt: skip
    async with (
        httpx.AsyncClient() as client,
        CriteoInventory(settings, client, data_dir, poll_interval_s=0.25) as criteo,
    ):
        started = STARTED[0] = time.perf_counter()
        calls = 0
        while True:
            calls += 1
            page = await criteo.list_inventory(request, progress)
            if page.preparing_retry_after_s is None:
                break
        seconds = time.perf_counter() - started
    assert page.total == rows, (page.total, rows)
    size = sum(p.stat().st_size for p in (data_dir / "criteo").glob("*.ndjson"))
    return {
        "rows": page.total,
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "megabytes": round(size / 1e6, 1),
        "calls": calls,
        "first_page": len(page.products),
        "steps_started_at_s": PHASES,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {_cpu()}, Python {platform.python_version()}",
    }


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=369_318)
    args = parser.parse_args()
    stand_in = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.criteo", "--rows", str(args.rows)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert stand_in.stdout is not None
        line = stand_in.stdout.readline()
        if not line.startswith("PORT "):
            raise SystemExit("the Criteo stand-in did not start")
        base_url = f"http://127.0.0.1:{line.split()[1]}"
        with tempfile.TemporaryDirectory() as data_dir:
            result = anyio.run(export, base_url, Path(data_dir), args.rows)
    finally:
        stand_in.terminate()
        stand_in.wait(10)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
