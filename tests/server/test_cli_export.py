"""``aisle-mcp import`` says what it left out, and ``aisle-mcp export`` → ``import`` gives the same products."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from aisle_mcp.products import Product
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.owners import LOCAL_OWNER
from aisle_mcp.server import cli
from aisle_mcp.server.app import build_server, open_catalog
from aisle_mcp.server.settings import Settings

pytestmark = pytest.mark.anyio

ISSUE_FEED = [
    {"id": "ISO-A", "title": "Isolate A Widget", "price": {"amount": "44.00", "currency": "EUR"},
     "availability": "in stock"},
    {"id": "SK-001", "title": "Desk Lamp", "price": "27.5 USD", "availability": "in stock"},
    {"id": "SK-001", "title": "Desk Lamp Again", "price": "12 USD"},
    {"id": "SK-002", "title": "Floor Lamp", "price": "12", "currency": "USD", "url": "not-a-url"},
    {"id": "SK-003", "title": "Wall Lamp", "price": "19.99 USD", "availability": "maybe"},
    {"id": "SK-004", "title": "Broken Lamp", "price": "-5.00 USD"},
]  # fmt: skip


def run(argv: list[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("AISLE_DATA_DIR", str(data_dir))
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    return int(exited.value.code or 0)


def ndjson(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_the_import_report_gives_each_left_out_value_and_duplicate_its_line_and_counts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ndjson(tmp_path / "lamps.ndjson", ISSUE_FEED)

    assert run(["import", str(path)], tmp_path / "data", monkeypatch) == 0

    said = capsys.readouterr()
    assert said.out.strip() == (
        f"imported 5 products from {path} (0 bad records skipped, 1 duplicate id skipped, 3 values left out or changed)"
    )
    assert [line for line in said.err.splitlines() if line.startswith(str(path))] == [
        f"{path}:3: skipped: duplicate id 'SK-001', first on line 2 (the first is kept)",
        f"{path}:4: warning: url 'not-a-url' is not an http(s) URL; left out",
        f"{path}:5: warning: availability 'maybe' is not a stock state"
        " (in stock, out of stock, preorder, backorder, limited, discontinued); left unknown",
        f"{path}:6: warning: price '-5.00 USD' is negative; imported without a price",
    ]
    catalog = Catalog(Settings(data_dir=tmp_path / "data").database)
    stored = {p.extra["feed_id"]: p for p in catalog.products(None)}
    catalog.close()
    assert {key: p.price.model_dump(mode="json") if p.price else None for key, p in stored.items()} == {
        "ISO-A": {"amount": "44.00", "currency": "EUR"},
        "SK-001": {"amount": "27.50", "currency": "USD"},
        "SK-002": {"amount": "12.00", "currency": "USD"},
        "SK-003": {"amount": "19.99", "currency": "USD"},
        "SK-004": None,
    }
    assert (stored["ISO-A"].availability, stored["SK-001"].title) == ("in_stock", "Desk Lamp")


async def test_an_exported_catalog_imports_into_another_as_the_same_products_field_by_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    open_catalog(Settings(data_dir=first)).close()  # the demo catalog: variants, ratings, attributes, list prices
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    ndjson(feeds / "lamps.ndjson", ISSUE_FEED)
    (feeds / "shop.csv").write_text(
        "id,title,brand,price,sale_price,availability,link,image_link,color,updated_at,rating,review_count\n"
        "C1,Oak Stool,Fjellkatt,120 CHF,99.5 CHF,in stock,https://shop.example/c1,https://img.example/c1.jpg,"
        "Brown,2026-11-02T10:00:00+01:00,4.5,12\n",
        encoding="utf-8",
    )
    ndjson(
        feeds / "providers.ndjson",
        [
            {"id": "86833674", "name": "Flat Front Short", "retailerId": "131", "price": 39.99, "isInStock": True},
            {"id": "6e6b", "title": "Trailhead Court", "price": {"currency": "JPY", "current_value": 11500}},
        ],
    )
    for name in ("lamps.ndjson", "shop.csv", "providers.ndjson"):
        assert run(["import", str(feeds / name)], first, monkeypatch) == 0
    exported = tmp_path / "catalog.ndjson"

    assert run(["export", "--output", str(exported)], first, monkeypatch) == 0
    assert run(["import", str(exported)], second, monkeypatch) == 0

    said = capsys.readouterr()
    total = len(exported.read_text(encoding="utf-8").splitlines())
    assert said.out.splitlines()[-1] == (
        f"imported {total} products from {exported}"
        " (0 bad records skipped, 0 duplicate ids skipped, 0 values left out or changed)"
    )
    assert f"exported {total} products to {exported}" in said.err
    before, after = Catalog(Settings(data_dir=first).database), Catalog(Settings(data_dir=second).database)
    records = [p.model_dump(mode="json") for p in before.products(None)]
    assert records == [p.model_dump(mode="json") for p in after.products(None)]
    before.close()
    after.close()
    assert total == len(records) > 430
    assert {record["source"] for record in records} == {"local", "criteo", "getcatalog"}
    assert any(record["variants"] for record in records) and any(record["rating"] for record in records)

    # What an agent gets for each product is the same from both catalogs.
    async with (
        Client(build_server(Settings(data_dir=first, load_demo=False))) as old,
        Client(build_server(Settings(data_dir=second, load_demo=False))) as new,
    ):
        for record in records:
            was = await old.call_tool("get_product", {"id": record["id"]})
            now = await new.call_tool("get_product", {"id": record["id"]})
            assert not now.is_error and now.structured_content == was.structured_content

    # And the export of the copy is the export it was made from, byte for byte.
    again = tmp_path / "again.ndjson"
    assert run(["export", "-o", str(again)], second, monkeypatch) == 0
    assert again.read_bytes() == exported.read_bytes()


async def test_search_summaries_import_as_products_that_answer_the_same_summaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with Client(build_server(Settings(data_dir=tmp_path / "demo"))) as client:
        found = await client.call_tool("search_products", {"query": "linen shirt", "limit": 20})
    assert found.structured_content is not None
    summaries: list[dict[str, Any]] = found.structured_content["products"]
    path = ndjson(tmp_path / "summaries.ndjson", summaries)

    assert run(["import", str(path)], tmp_path / "copy", monkeypatch) == 0

    async with Client(build_server(Settings(data_dir=tmp_path / "copy", load_demo=False))) as copy:
        for summary in summaries:
            product = await copy.call_tool("get_product", {"id": summary["id"]})
            assert product.structured_content is not None
            assert {key: product.structured_content.get(key) for key in summary} == summary


async def test_export_writes_ndjson_to_standard_output_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = ndjson(tmp_path / "lamps.ndjson", ISSUE_FEED[:2])
    assert run(["import", str(path)], tmp_path / "data", monkeypatch) == 0
    capsysbinary.readouterr()

    assert run(["export"], tmp_path / "data", monkeypatch) == 0

    lines = capsysbinary.readouterr().out.splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Isolate A Widget", "Desk Lamp"]


async def test_export_to_a_path_it_cannot_write_says_so_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["export", "--output", str(tmp_path)], tmp_path / "data", monkeypatch) == 1
    assert f"aisle-mcp export: cannot write {tmp_path}: Is a directory" in capsys.readouterr().err


def test_export_leaves_out_what_was_read_for_an_http_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = Catalog(Settings(data_dir=tmp_path / "data").database)
    shared, mine, theirs = (
        Product(id=f"local:{name}", source="local", title=f"{name.title()} Lamp")
        for name in ("shared", "mine", "theirs")
    )
    catalog.upsert([shared])
    catalog.upsert([mine], LOCAL_OWNER)
    catalog.upsert([theirs], "tok_0123456789abcdef")
    catalog.close()

    assert run(["export"], tmp_path / "data", monkeypatch) == 0

    exported = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert exported == ["local:shared", "local:mine"]
