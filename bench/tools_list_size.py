"""How many bytes of tool definitions does every session receive? (``tools/list``, as sent over stdio)

Starts the real ``aisle-mcp`` over stdio (an empty data directory, no demo catalog, no provider keys), speaks
JSON-RPC to it directly (initialize, then tools/list), and measures the answer's ``tools`` as they came over the
wire: each tool's input schema, output schema and the rest (name, description, annotations), in bytes of compact
UTF-8 JSON, and the whole list.

    python bench/tools_list_size.py [--command .venv/bin/aisle-mcp]

The last line printed is one JSON object: per tool {input, output, rest, total}, then tools_bytes (the list),
answer_bytes (the whole JSON-RPC line), goal_bytes and goal_met.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

GOAL_BYTES = 16_000
HELLO = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}},
}


def size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


def listed_tools(command: list[str]) -> tuple[list[dict[str, Any]], int]:
    """The tools of a ``tools/list`` answer, and the bytes of that answer's line."""
    requests = [HELLO, {"jsonrpc": "2.0", "method": "notifications/initialized"}]
    requests.append({"jsonrpc": "2.0", "id": 2, "method": "tools/list"})
    with tempfile.TemporaryDirectory() as data_dir:
        env = {"PATH": os.environ.get("PATH", ""), "AISLE_DATA_DIR": data_dir, "AISLE_LOAD_DEMO": "false"}
        # Standard input stays open until the answer is in: at its end the server stops, answered or not.
        with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env) as server:
            assert server.stdin is not None and server.stdout is not None
            server.stdin.write("".join(json.dumps(r) + "\n" for r in requests).encode())
            server.stdin.flush()
            try:
                for line in server.stdout:
                    answer = json.loads(line)
                    if answer.get("id") == 2:
                        return answer["result"]["tools"], len(line.rstrip(b"\n"))
            finally:
                server.stdin.close()
                server.wait(timeout=30)
    raise SystemExit("the server ended without answering tools/list")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    default = Path(sys.executable).with_name("aisle-mcp")
    parser.add_argument("--command", default=str(default), help="the aisle-mcp to start (default: beside python)")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, Python {platform.python_version()} ({sys.platform}); sizes do not vary")
    print("method: tools/list over stdio from a fresh aisle-mcp, each part as compact UTF-8 JSON bytes")
    tools, answer_bytes = listed_tools([args.command])
    rows: dict[str, dict[str, int]] = {}
    for tool in tools:
        rest = {k: v for k, v in tool.items() if k not in ("inputSchema", "outputSchema")}
        rows[tool["name"]] = {
            "input": size(tool.get("inputSchema", {})),
            "output": size(tool["outputSchema"]) if "outputSchema" in tool else 0,
            "rest": size(rest),
            "total": size(tool),
        }
    print(f"{'tool':<22}{'input':>8}{'output':>8}{'rest':>8}{'total':>8}")
    for name, row in rows.items():
        print(f"{name:<22}{row['input']:>8}{row['output']:>8}{row['rest']:>8}{row['total']:>8}")
    sums = {key: sum(row[key] for row in rows.values()) for key in ("input", "output", "rest")}
    tools_bytes = size(tools)
    print(f"{'all':<22}{sums['input']:>8}{sums['output']:>8}{sums['rest']:>8}{tools_bytes:>8}")
    print(
        json.dumps(
            {
                "tools": rows,
                "input_bytes": sums["input"],
                "output_bytes": sums["output"],
                "tools_bytes": tools_bytes,
                "answer_bytes": answer_bytes,
                "goal_bytes": GOAL_BYTES,
                "goal_met": tools_bytes <= GOAL_BYTES,
            }
        )
    )


if __name__ == "__main__":
    main()
