"""How much smaller is what an agent receives than what the provider sent? (the seed's getcatalog product)

Reads the getcatalog document in seeds/ at run time, takes its product record, serves it from the getcatalog
stand-in on 127.0.0.1, runs the real extract_product_urls and get_extract_status tools against it, and compares
the raw record with the product as get_extract_status returns it by default.

    python bench/summary_size.py [--seeds /work/shared/seeds]

The last line printed is one JSON object: raw_bytes, summary_bytes, ratio, answer_bytes (the whole status
answer: summary, progress and paging), and the fields the summary kept.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mcp import Client
from pydantic import SecretStr

from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.settings import ProviderSettings
from tests.fakes.getcatalog import KEY, GetCatalogStandIn

DEFAULT_SEEDS = Path("/work/shared/seeds")
KEPT = ("title", "brand", "price", "availability", "seller", "url")


def compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def seed_record(seeds: Path) -> dict[str, Any]:
    """The first complete status answer in the getcatalog document, and its product record."""
    text = next(seeds.glob("000_*.txt")).read_text()
    decoder = json.JSONDecoder()
    start = text.find('{\n"status"')
    while start != -1:
        try:
            answer, _ = decoder.raw_decode(text, start)
        except ValueError:
            start = text.find('{\n"status"', start + 1)
            continue
        return answer["results"]["products"][0]["product"]
    raise SystemExit("no getcatalog status answer found in the seed document")


async def measure(record: dict[str, Any]) -> dict[str, Any]:
    fake = GetCatalogStandIn(records={record["url"]: record})
    with tempfile.TemporaryDirectory() as data_dir:
        async with fake.serve("/v1") as url:
            settings = Settings(
                data_dir=Path(data_dir),
                load_demo=False,
                getcatalog=ProviderSettings(base_url=url, api_key=SecretStr(KEY)),
            )
            async with Client(build_server(settings)) as client:
                started = await client.call_tool(
                    "extract_product_urls", {"urls": [record["url"]], "provider": "getcatalog", "wait_seconds": 0}
                )
                job_id = (started.structured_content or {})["job_id"]
                with anyio.fail_after(30):
                    while True:
                        result = await client.call_tool("get_extract_status", {"job_id": job_id})
                        status = result.structured_content or {}
                        if status.get("status") == "completed":
                            break
    summary = status["products"][0]
    raw_bytes = len(compact(record))
    summary_bytes = len(compact(summary))
    answer_bytes = sum(len(getattr(block, "text", "").encode()) for block in result.content)
    return {
        "raw_bytes": raw_bytes,
        "summary_bytes": summary_bytes,
        "ratio": round(summary_bytes / raw_bytes, 4),
        "answer_bytes": answer_bytes,
        "kept": [name for name in KEPT if summary.get(name) is not None],
        "goal_met": summary_bytes * 10 <= raw_bytes and all(summary.get(name) is not None for name in KEPT),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args()
    record = seed_record(args.seeds)
    result = anyio.run(measure, record)
    print(f"raw record {result['raw_bytes']:,} bytes → summary {result['summary_bytes']:,} bytes")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
