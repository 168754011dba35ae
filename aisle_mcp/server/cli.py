"""The ``aisle-mcp`` command: the MCP server (stdio by default, or HTTP) and a human CLI beside it.

The human commands call the same tools through an in-memory MCP client, so they answer exactly what an
agent would get.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import anyio
from mcp import Client
from tqdm import tqdm

from aisle_mcp.providers.local.aisle_shape import export_line
from aisle_mcp.providers.local.bulk import FeedDuplicate
from aisle_mcp.providers.local.bulk import import_feed as bulk_import
from aisle_mcp.providers.local.feeds import FeedProblem, FeedWarning
from aisle_mcp.providers.local.owners import LOCAL_OWNER
from aisle_mcp.server.app import build_server, open_catalog
from aisle_mcp.server.db import add_database_url, add_db_command, db_command, storage_problem, with_database_url
from aisle_mcp.server.http import serve_http
from aisle_mcp.server.settings import Settings, SettingsError, load_settings
from aisle_mcp.server.stdio import serve_stdio_async


class ProgressBar(Protocol):
    """The part of tqdm's bar the command line uses, typed here so that the type check holds whichever release
    of tqdm's stubs is installed (their numbers are written in names that older checkers do not know)."""

    def update(self, n: int = 1) -> object: ...
    def close(self) -> None: ...


def progress_bar(desc: str, unit: str, total: int | None = None) -> ProgressBar:
    """A progress bar on stderr, shown only when stderr is a terminal."""
    return tqdm(desc=desc, unit=unit, total=total, file=sys.stderr, disable=None)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aisle-mcp", description="Aisle: an MCP server for AI shopping agents.")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="serve MCP (stdio unless --http)")
    serve.add_argument("--http", action="store_true", help="serve streamable HTTP instead of stdio")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (HTTP); not loopback needs a token")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--stateless", action="store_true", help="HTTP without sessions, for replicas on one data dir")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="HTTP worker processes on one port (needs --stateless); e.g. one per core",
    )
    add_database_url(serve)

    # The human commands answer on stdout and tell their errors in one line; the log is for --verbose.
    human = argparse.ArgumentParser(add_help=False)
    human.add_argument("-v", "--verbose", action="store_true", help="also print the log (INFO and up) on stderr")
    add_db_command(commands, human)

    search = commands.add_parser("search", help="search products", parents=[human])
    search.add_argument("query", nargs="?")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--provider")
    search.add_argument("--min-price", type=str)
    search.add_argument("--max-price", type=str)
    search.add_argument("--brand")
    search.add_argument("--in-stock", action="store_true")
    search.add_argument("--json", action="store_true", help="print the tool's JSON answer")

    extract = commands.add_parser("extract", help="extract products from product page URLs", parents=[human])
    extract.add_argument("urls", nargs="+")
    extract.add_argument("--provider")
    extract.add_argument("--json", action="store_true")

    inventory = commands.add_parser("inventory", help="list a merchant's inventory", parents=[human])
    inventory.add_argument("--provider")
    inventory.add_argument("--search")
    inventory.add_argument("--brand")
    inventory.add_argument("--category")
    inventory.add_argument("--limit", type=int, default=20)
    inventory.add_argument("--json", action="store_true")

    load = commands.add_parser("import", help="load a product feed file into the local catalog", parents=[human])
    load.add_argument("file", type=Path)
    load.add_argument("--format", help="ndjson, csv, tsv, xml or shopify (default: detect)")

    dump = commands.add_parser(
        "export", help="write the local catalog as NDJSON in Aisle's product shape", parents=[human]
    )
    dump.add_argument("--output", "-o", type=Path, help="the file to write (default: standard output)")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    # A server logs what it does (INFO); a human command only what went wrong, unless asked for more.
    quiet = args.command not in (None, "serve") and not args.verbose
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        settings = with_database_url(load_settings(os.environ), args)
    except SettingsError as exc:
        sys.exit(f"aisle-mcp: {exc}")
    command = args.command or "serve"
    if command == "serve":
        if problem := storage_problem(settings):
            sys.exit(f"aisle-mcp: {problem}")
        if args.command and args.http:
            sys.exit(
                serve_http(settings, host=args.host, port=args.port, stateless=args.stateless, workers=args.workers)
            )
        serve_stdio(settings)
    elif command == "db":
        sys.exit(db_command(settings, args))
    elif command == "import":
        sys.exit(import_feed(settings, args.file, args.format))
    elif command == "export":
        sys.exit(export_catalog(settings, args.output))
    else:
        try:
            sys.exit(anyio.run(_human, settings, args))
        except BrokenPipeError:  # the reader stopped early (`| head`): what it read is all it wanted
            sys.stderr.close()
            os._exit(0)


def serve_stdio(settings: Settings) -> None:
    """MCP over stdin/stdout, on uvloop where it is installed (as uvicorn uses it for HTTP)."""
    use_uvloop = importlib.util.find_spec("uvloop") is not None
    anyio.run(serve_stdio_async, build_server(settings), backend_options={"use_uvloop": use_uvloop})


def import_feed(settings: Settings, path: Path, format: str | None) -> int:
    if not path.is_file():
        print(f"aisle-mcp import: no file at {path}", file=sys.stderr)
        return 2
    catalog = open_catalog(settings.model_copy(update={"load_demo": False}))
    written = problems = duplicates = warnings = 0
    bar = progress_bar(f"importing {path.name}", " products")
    try:
        for item in bulk_import(catalog, path, format):
            if isinstance(item, FeedDuplicate):
                duplicates += 1
                tqdm.write(f"{path}:{item.line}: skipped: {item.reason}", file=sys.stderr)
            elif isinstance(item, FeedProblem):
                problems += 1
                tqdm.write(f"{path}:{item.line}: skipped: {item.reason}", file=sys.stderr)
            elif isinstance(item, FeedWarning):
                warnings += 1
                tqdm.write(f"{path}:{item.line}: warning: {item.reason}", file=sys.stderr)
            else:
                written += item
                bar.update(item)
    finally:
        bar.close()
    catalog.close()
    counts = [
        _counted(problems, "bad record", "skipped"),
        _counted(duplicates, "duplicate id", "skipped"),
        _counted(warnings, "value", "left out or changed"),
    ]
    print(f"imported {_counted(written, 'product')} from {path} ({', '.join(counts)})")
    return 1 if (problems or duplicates) and not written else 0


def _counted(count: int, thing: str, done: str = "") -> str:
    return f"{count:,} {thing}{'' if count == 1 else 's'}{' ' + done if done else ''}"


def export_catalog(settings: Settings, output: Path | None) -> int:
    """The local catalog as NDJSON in Aisle's product shape, which ``import`` reads back to the same products: the
    shared catalog and what was read for the one local owner (stdio, this command line), never an HTTP token's own."""
    catalog = open_catalog(settings.model_copy(update={"load_demo": False}))
    count = 0
    bar = progress_bar("exporting", " products")
    try:
        with contextlib.ExitStack() as stack:
            stream = sys.stdout.buffer if output is None else stack.enter_context(output.open("wb"))
            for product in catalog.products(LOCAL_OWNER):
                stream.write(export_line(product))
                count += 1
                if count % 1000 == 0:
                    bar.update(1000)
            stream.flush()
    except OSError as exc:
        print(f"aisle-mcp export: cannot write {output or 'standard output'}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        bar.close()
        catalog.close()
    where = "standard output" if output is None else str(output)
    print(f"exported {_counted(count, 'product')} to {where}", file=sys.stderr)
    return 0


async def _human(settings: Settings, args: argparse.Namespace) -> int:
    tool, arguments = _tool_call(args)
    bar: ProgressBar | None = None
    shown = 0

    async def progress(progress: float, total: float | None, message: str | None) -> None:
        nonlocal bar, shown
        if tool != "extract_product_urls":
            return
        if bar is None:
            bar = progress_bar(tool, " pages", int(total) if total else None)
        if int(progress) > shown:
            bar.update(int(progress) - shown)
            shown = int(progress)

    async with Client(build_server(settings)) as client:
        result = await client.call_tool(tool, arguments, progress_callback=progress)
    if bar is not None:
        bar.close()
    if result.is_error:
        text = " ".join(getattr(block, "text", "") for block in result.content)
        print(f"aisle-mcp: {text}", file=sys.stderr)
        return 1
    data: dict[str, Any] = result.structured_content or {}
    print(json.dumps(data, indent=2, ensure_ascii=False) if args.json else render(data))
    return 0


def _tool_call(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    if args.command == "search":
        filters = {
            "price_min": args.min_price,
            "price_max": args.max_price,
            "brand": args.brand,
            "in_stock": True if args.in_stock else None,
        }
        arguments = {"query": args.query, "limit": args.limit, "provider": args.provider}
        arguments["filters"] = {k: v for k, v in filters.items() if v is not None} or None
        return "search_products", _present(arguments)
    if args.command == "extract":
        return "extract_product_urls", _present({"urls": args.urls, "provider": args.provider, "wait_seconds": 45})
    arguments = {
        "provider": args.provider,
        "search": args.search,
        "brand": args.brand,
        "category": args.category,
        "limit": args.limit,
    }
    return "list_inventory", _present(arguments)


def _present(arguments: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in arguments.items() if v is not None}


def render(data: dict[str, Any]) -> str:
    """A tool answer as lines a person reads: what was searched, the products, and the notes, without the
    paging instructions meant for agents (a person asks for more with ``--limit``)."""
    lines: list[str] = []
    if "filters_applied" in data and (searched := _searched(data)):
        lines.append(searched)
    if "status" in data:
        progress = data.get("progress", {})
        lines.append(
            f"job {data['job_id']}: {data['status']} — {progress.get('urls_done', 0)}/{progress.get('total_urls', 0)}"
            f" pages read, {progress.get('products_found', 0)} products, {progress.get('urls_failed', 0)} failed"
        )
    for index, product in enumerate(data.get("products", []), 1):
        price = product.get("price")
        cost = f"{price['amount']} {price.get('currency') or ''}".strip() if price else "price unknown"
        facts = " · ".join(
            x for x in (product.get("brand"), cost, product.get("availability"), product.get("seller")) if x
        )
        lines.append(
            f"{index:>3}. {product['title']}\n     {facts}\n     {product.get('url') or ''}  [{product['id']}]"
        )
        if product.get("requested_url") not in (None, product.get("url")):
            lines.append(f"     read from {product['requested_url']}")
    failures: list[dict[str, str]] = data.get("failures") or []
    for failure in failures:
        lines.append(f"  failed: {failure['url']}: {failure['reason']}")
    if "total" in data and data.get("total") is not None:
        shown = f"{data['total']}{'' if data.get('total_exact', True) else '+'} in all"
        lines.append(f"{shown}; a larger --limit shows more" if data.get("next_cursor") else shown)
    for key in ("note", "next_step"):
        said = [s for s in _SENTENCE.split(data.get(key) or "") if s and "cursor" not in s and "Showing" not in s]
        if said:
            lines.append(" ".join(said))
    return "\n".join(lines)


_SENTENCE = re.compile(r"(?<=\.)\s+")


def _searched(data: dict[str, Any]) -> str:
    read: list[str] = data.get("filters_from_query") or []
    applied: dict[str, Any] = data.get("filters_applied") or {}
    if data.get("matched_text"):
        parts = [f"Searched for {data['matched_text']!r}"]
    else:  # filters alone list products; with neither, nothing was searched and the note says why
        parts = ["Listed"] if applied or data.get("products") else []
    for name, value in applied.items():
        parts.append(f"{name} {value}{' (from the query)' if name in read else ''}")
    if data.get("sort", "relevance") != "relevance":
        parts.append(f"sorted {data['sort']}{' (from the query)' if 'sort' in read else ''}")
    return "; ".join(parts)
