#!/usr/bin/env python3
"""The local catalog at scale: import a generated feed of N products, then time searches in-process and over stdio.

    python bench/catalog_scale.py --products 1000000 [--queries 300] [--keep DIR] [--database-url URL]

1. Writes N products as NDJSON in a temp dir: Merchant-style flat records (id, title, brand, price, availability,
   category, color, material, mpn, link, description) with varied titles built from brands, product lines, model
   numbers (``WH-1000XM3``-like), nouns and attributes, from a fixed seed.
2. Imports them with ``import_feed``, the code behind ``aisle-mcp import`` (records read by worker processes,
   rows written here), and reports products per second and the peak RSS of the import: this process and its
   workers together (their resident sets summed, sampled every 250 ms from /proc), or this process's
   ``ru_maxrss`` where /proc is missing.
3. Runs a few hundred varied queries (names, model numbers in other spellings, typos, with and without filters,
   some sorted by price) the way search_products does (``understand()`` then the local provider), and reports p50
   and p95 latency. Then the same queries through the real server over stdio with an MCP client.

With ``--owned N``, N more products (of the same kinds) are written as another owner's own, as extraction for an
HTTP token writes them: every search then runs as the stdio owner, who may not see them, so each one carries the
owner condition. Without it the catalog is all shared and searches run as they would with no owners at all.

With ``--database-url`` (a PostgreSQL server, as ``AISLE_DATABASE_URL``), the same feed is imported and searched
twice in the run: into the SQLite file, then into PostgreSQL (a fresh database made on that server for the run and
dropped after it), and the JSON object gives both engines' figures (``sqlite``, ``postgres``). With
``--in-database`` the feed goes into the database of ``--database-url`` itself, which is kept; ``--search-only
--in-database`` then searches it again as it is (one import, searched by several versions of the code in turn).

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import anyio
from mcp import Client, StdioServerParameters
from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aisle_mcp.products import Availability, Money, Product
from aisle_mcp.products.query import understand
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local.owners import LOCAL_OWNER
from aisle_mcp.providers.local.provider import LocalCatalog
from aisle_mcp.server.app import open_catalog
from aisle_mcp.server.cli import import_feed
from aisle_mcp.server.settings import Settings
from aisle_mcp.storage.interfaces import ProductCatalog
from bench.search_quality import fresh_database

SEED = 20261123
BRANDS = [
    "Sony", "Samsung", "Apple", "Bose", "Logitech", "Corsair", "Asus", "Lenovo", "Dell", "HP", "Canon", "Nikon",
    "Garmin", "Philips", "Bosch", "Makita", "DeWalt", "Nike", "Adidas", "Patagonia", "Levi's", "Ikea", "Lego",
    "Kingston", "Seagate", "Western Digital", "Jabra", "Sennheiser", "Anker", "Ubiquiti", "Netgear", "TP-Link",
    "Shimano", "SRAM", "Elixir", "D'Addario", "Epson", "Brother", "Xiaomi", "Huawei", "Dyson", "Miele", "Tefal",
    "Le Creuset", "Fjällräven", "Salomon", "Merrell", "Columbia", "The North Face", "Casio", "Seiko", "Citizen",
]  # fmt: skip
LINES = [
    "Pro", "Max", "Ultra", "Lite", "Air", "Plus", "Elite", "Sport", "Studio", "Classic", "Evolve", "Vengeance",
    "Rugged", "Crystal", "Fury", "Prospex", "Nanoweb", "UniFi", "Deore", "Eagle", "Trail", "Summit", "Nomad",
]  # fmt: skip
NOUNS = {
    "Electronics > Audio > Headphones": ["Wireless Headphones", "Noise Cancelling Headphones", "Earbuds", "Headset"],
    "Electronics > Computers > Storage": ["Portable SSD", "External Hard Drive", "USB Flash Drive", "NAS"],
    "Electronics > Computers > Memory": ["DDR4 Memory Kit", "DDR5 RAM", "SODIMM Module"],
    "Electronics > Networking": ["PoE Switch", "WiFi Router", "Access Point", "Mesh System"],
    "Electronics > Cameras": ["Mirrorless Camera", "DSLR Body", "Zoom Lens", "Action Camera"],
    "Apparel > Shoes": ["Running Shoes", "Trail Shoes", "Hiking Boots", "Sneakers"],
    "Apparel > Jackets": ["Rain Jacket", "Down Jacket", "Fleece Jacket", "Softshell"],
    "Apparel > Shirts": ["Linen Shirt", "Oxford Shirt", "T-Shirt", "Polo Shirt"],
    "Home > Kitchen": ["Dutch Oven", "Frying Pan", "Coffee Grinder", "Kettle", "Blender"],
    "Home > Furniture": ["Desk Lamp", "Office Chair", "Bookshelf", "Side Table"],
    "Tools > Power Tools": ["Cordless Drill", "Impact Driver", "Circular Saw", "Angle Grinder"],
    "Sports > Cycling": ["Disc Brake Rotor", "Cassette", "Chain", "Bike Computer"],
    "Music > Strings": ["Electric Guitar Strings", "Acoustic Guitar Strings", "Bass Strings"],
    "Office > Printing": ["Ink Cartridge", "Toner Cartridge", "Laser Printer", "Photo Paper"],
    "Watches": ["Automatic Watch", "Chronograph", "Dive Watch", "Smartwatch"],
}
COLORS = ["black", "white", "red", "blue", "green", "grey", "silver", "navy", "beige", "orange"]
MATERIALS = ["cotton", "linen", "wool", "leather", "aluminium", "steel", "nylon", "polyester"]
EXTRAS = ["2TB", "1TB", "8GB", "16GB", "USB-C", "Bluetooth 5.3", "IPX7", "144Hz", "4K", "Gen 2", "XL", "10-Pack"]
AVAILABILITY = ["in stock", "in stock", "in stock", "out of stock", "preorder", "limited availability"]
WORDS = "durable lightweight premium everyday travel compact quiet fast warranty original genuine new".split()  # noqa: SIM905


def model_number(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(rng.randint(1, 3)))
    shape = rng.randint(0, 3)
    if shape == 0:
        return f"{letters}-{rng.randint(100, 9999)}{rng.choice(['XM', 'X', 'S', 'K', ''])}{rng.randint(1, 5)}"
    if shape == 1:
        return f"{letters}{rng.randint(10, 999)}"
    if shape == 2:
        return f"{letters}-{rng.randint(1000, 99999)}-{rng.choice(['WW', 'EU', 'US', 'B'])}"
    return f"{rng.randint(1, 99)}{letters}{rng.randint(10, 99)}"


def product_record(rng: random.Random, number: int) -> dict[str, Any]:
    category = rng.choice(list(NOUNS))
    brand = rng.choice(BRANDS)
    line = rng.choice(LINES)
    noun = rng.choice(NOUNS[category])
    code = model_number(rng)
    color = rng.choice(COLORS)
    parts = [brand, line, code, noun]
    if rng.random() < 0.5:
        parts.append(rng.choice(EXTRAS))
    if rng.random() < 0.4:
        parts.append(color.title())
    material = rng.choice(MATERIALS) if rng.random() < 0.3 else None
    return {
        "id": f"SKU{number:08d}",
        "title": " ".join(parts),
        "brand": brand,
        "price": f"{rng.lognormvariate(3.8, 1.0):.2f} USD",
        "availability": rng.choice(AVAILABILITY),
        "category": category,
        "color": color,
        **({"material": material} if material else {}),
        "mpn": code,
        "link": f"https://shop{number % 97}.example/p/{number}",
        "description": f"{brand} {line} {noun.lower()}, {' '.join(rng.sample(WORDS, 5))}. Model {code}.",
    }


def write_feed(path: Path, count: int) -> list[dict[str, Any]]:
    """The feed file, and a sample of its records for queries."""
    rng = random.Random(SEED)
    sample: list[dict[str, Any]] = []
    with path.open("w", encoding="utf8") as out:
        for number in range(count):
            record = product_record(rng, number)
            if number % max(count // 2000, 1) == 0:
                sample.append(record)
            out.write(json.dumps(record) + "\n")
    return sample


def sample_records(count: int) -> list[dict[str, Any]]:
    """The records ``write_feed`` samples, without writing the feed."""
    rng = random.Random(SEED)
    step = max(count // 2000, 1)
    return [record for number in range(count) if (record := product_record(rng, number)) and number % step == 0]


def respell(code: str, rng: random.Random) -> str:
    """A model number as another shop writes it: without dashes, lowercased, or split."""
    plain = code.replace("-", "")
    return rng.choice([plain, code.lower(), " ".join(code.split("-")), plain.lower()])


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    at = rng.randint(1, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def queries(sample: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """Tool arguments: names, model numbers, typos, generic words, with and without filters and sorts."""
    rng = random.Random(SEED + 1)
    out: list[dict[str, Any]] = []
    for index in range(count):
        record = rng.choice(sample)
        noun = record["category"].split(" > ")[-1]
        kind = index % 8
        arguments: dict[str, Any]
        if kind == 0:
            arguments = {"query": record["title"]}
        elif kind == 1:
            arguments = {"query": respell(record["mpn"], rng)}
        elif kind == 2:
            arguments = {"query": f"{record['brand']} {typo(record['category'].split(' > ')[-1].lower(), rng)}"}
        elif kind == 3:
            arguments = {"query": f"{record['brand']} {noun} under $100"}
        elif kind == 4:
            arguments = {"query": f"{noun.lower()}", "filters": {"in_stock": True, "price_max": 50}}
        elif kind == 5:
            arguments = {"query": f"{rng.choice(COLORS)} {noun.lower()}", "sort": "price_asc"}
        elif kind == 6:
            arguments = {"query": f"{record['brand']} {record['mpn']}", "filters": {"brand": record["brand"]}}
        else:
            arguments = {"filters": {"brand": record["brand"], "price_min": 20, "price_max": 80}}
        out.append(arguments)
    return out


def request_of(arguments: dict[str, Any]) -> SearchRequest:
    """The request search_products sends its provider for these arguments."""
    text = str(arguments.get("query") or "").strip()
    understood = understand(text) if text else None
    explicit = SearchFilters.model_validate(arguments.get("filters") or {})
    applied = explicit.merged_over(understood.implied) if understood else explicit
    words = understood.text if understood else ""
    sort = arguments.get("sort", "relevance")
    return SearchRequest(query=words or None, filters=applied, sort=sort, limit=10, owner=LOCAL_OWNER)


OTHER_OWNER = "tok_bench0000000000"


def write_owned(catalog: ProductCatalog, count: int) -> None:
    """``count`` products of the generated kinds, written as another owner's (see ``--owned``)."""
    rng = random.Random(SEED + 2)
    products: list[Product] = []
    for number in range(count):
        record = product_record(rng, number)
        products.append(
            Product(
                id=f"local:owned-{number}",
                source="local",
                title=record["title"],
                brand=record["brand"],
                url=record["link"],
                price=Money(amount=record["price"].split()[0], currency="USD"),
                availability=Availability.in_stock,
                category=record["category"],
                mpn=record["mpn"],
                attributes={"color": record["color"]},
                description=record["description"],
            )
        )
    for start in range(0, len(products), 5000):
        catalog.upsert(products[start : start + 5000], OTHER_OWNER)


class TreeMemory:
    """The peak, over time, of the summed resident memory of this process and all its descendants."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.peak_parts: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.25):
            sizes = tree_rss_kb(os.getpid())
            if sum(sizes) > self.peak_kb:
                self.peak_kb, self.peak_parts = sum(sizes), sizes

    @property
    def peak_mb(self) -> float:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return max(own, self.peak_kb / 1024)

    @property
    def sampled_peak_mb(self) -> float:
        """The sampled peak alone: ``ru_maxrss`` covers the whole life of the process, an earlier engine's run too."""
        return self.peak_kb / 1024 if self.peak_kb else self.peak_mb


def tree_rss_kb(root: int) -> list[int]:
    """The resident memory (kB) of ``root`` and of each of its descendants, ``root``'s first."""
    parents: dict[int, int] = {}
    sizes: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        parents[pid] = int(fields.get("PPid", "0"))
        sizes[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    found = [sizes.get(root, 0)]
    for pid, size in sizes.items():
        at = parents.get(pid, 0)
        while at and at != root:
            at = parents.get(at, 0)
        if at == root and pid != root:
            found.append(size)
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def in_process(catalog: ProductCatalog, calls: list[dict[str, Any]]) -> list[float]:
    provider = LocalCatalog(catalog)
    for arguments in calls[:20]:  # warm the page cache the way a running server's would be
        await provider.search(request_of(arguments))
    times: list[float] = []
    for arguments in calls:
        started = time.perf_counter()
        await provider.search(request_of(arguments))
        times.append(1000 * (time.perf_counter() - started))
    return times


async def over_stdio(data_dir: Path, calls: list[dict[str, Any]], database_url: str | None = None) -> list[float]:
    env = {"AISLE_DATA_DIR": str(data_dir), "AISLE_LOAD_DEMO": "false"}
    if database_url:
        env["AISLE_DATABASE_URL"] = database_url
    params = StdioServerParameters(command=sys.executable, args=["-m", "aisle_mcp"], env=env)
    times: list[float] = []
    async with Client(params) as client:
        for arguments in calls[:20]:
            await client.call_tool("search_products", arguments)
        for arguments in calls:
            started = time.perf_counter()
            result = await client.call_tool("search_products", arguments)
            times.append(1000 * (time.perf_counter() - started))
            if result.is_error:
                raise RuntimeError(f"search_products failed for {arguments}: {result.content}")
    return times


def measure(
    settings: Settings, feed: Path | None, calls: list[dict[str, Any]], owned_products: int, first: bool = True
) -> dict[str, Any]:
    """Import ``feed`` (None: search what is there) into the catalog ``settings`` name, then time the searches
    (``first``: the first engine measured in this process, whose own peak memory counts)."""
    import_s = peak_rss_mb = float("nan")
    count = 0
    engine = "PostgreSQL" if settings.database_url else "SQLite"
    if feed is not None:
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as said, TreeMemory() as memory:
            import_feed(settings, feed, None)
        import_s = time.perf_counter() - started
        peak_rss_mb = memory.peak_mb if first else memory.sampled_peak_mb
        parts = " + ".join(f"{kb / 1024:.0f}" for kb in memory.peak_parts)
        done = f"into {engine} in {import_s:.1f} s, peak RSS {peak_rss_mb:.0f} MB (this process first: {parts})"
        print(said.getvalue().strip(), done, file=sys.stderr)
    catalog = open_catalog(settings)
    count = catalog.count()
    if owned_products:
        write_owned(catalog, owned_products)
    local = anyio.run(in_process, catalog, calls)
    catalog.close()
    url = settings.database_url.get_secret_value() if settings.database_url else None
    stdio = anyio.run(over_stdio, settings.data_dir, calls, url)
    owned, size_mb = _stored(settings)
    print(f"{engine}: searched in-process and over stdio", file=sys.stderr)
    return {
        "import_s": round(import_s, 1),
        "import_per_s": round(count / import_s) if import_s == import_s and import_s > 0 else None,
        "peak_rss_mb": round(peak_rss_mb) if peak_rss_mb == peak_rss_mb else None,
        "db_mb": round(size_mb),
        "owned_products": owned,
        "queries": len(calls),
        "search_p50_ms": round(statistics.median(local), 2),
        "search_p95_ms": round(percentile(local, 0.95), 2),
        "search_max_ms": round(max(local), 2),
        "mcp_stdio_p50_ms": round(statistics.median(stdio), 2),
        "mcp_stdio_p95_ms": round(percentile(stdio, 0.95), 2),
    }


def _stored(settings: Settings) -> tuple[int, float]:
    """How many products belong to an owner, and the catalog's size on disk (MB)."""
    if settings.database_url is None:
        with contextlib.closing(sqlite3.connect(settings.database)) as db:
            owned = int(db.execute("SELECT count(*) FROM product_owners").fetchone()[0])
        return owned, settings.database.stat().st_size / 2**20
    import psycopg

    with psycopg.connect(settings.database_url.get_secret_value()) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM products WHERE owner IS NOT NULL), pg_total_relation_size('products')"
        ).fetchone()
    return (int(row[0]), int(row[1]) / 2**20) if row else (0, 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--keep", type=Path, help="use this data dir (kept) instead of a temp one")
    parser.add_argument("--search-only", action="store_true", help="search the catalog already in --keep")
    parser.add_argument("--owned", type=int, default=0, help="products of another owner to add (see above)")
    parser.add_argument("--database-url", help="also import and search in PostgreSQL (a fresh database on this server)")
    parser.add_argument("--only-postgres", action="store_true", help="with --database-url, skip the SQLite run")
    parser.add_argument(
        "--in-database",
        action="store_true",
        help="with --database-url: import into that database itself and keep it (with --search-only: search it as"
        " it is), so that several versions of the code can search one import in turn",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aisle-scale-") as temp:
        data_dir = args.keep or Path(temp) / "data"
        feed = Path(temp) / "products.ndjson"
        if args.search_only:
            sample = sample_records(args.products)
        else:
            started = time.perf_counter()
            sample = write_feed(feed, args.products)
            print(f"generated {args.products} products in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        calls = queries(sample, args.queries)
        source = None if args.search_only else feed
        report: dict[str, Any] = {"products": args.products}
        if not (args.database_url and args.only_postgres):
            sqlite = measure(Settings(data_dir=data_dir, load_demo=False), source, calls, args.owned)
            if not args.database_url:
                print(json.dumps(report | sqlite))
                return
            report["sqlite"] = sqlite
        kept = contextlib.nullcontext(args.database_url) if args.in_database else fresh_database(args.database_url)
        with kept as url:
            settings = Settings(data_dir=Path(temp) / "pg-data", load_demo=False, database_url=SecretStr(url or ""))
            feed_or_none = None if args.search_only else feed
            owned = 0 if args.search_only else args.owned
            report["postgres"] = measure(settings, feed_or_none, calls, owned, first="sqlite" not in report)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
