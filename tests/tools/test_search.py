"""search_products and get_product through a real MCP client, in both protocol eras."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from aisle_mcp.products import Product
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.server import Settings, build_server

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["auto", "legacy"])
async def client(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Client]:
    server = build_server(Settings(data_dir=tmp_path))
    async with Client(server, mode=request.param) as c:
        yield c


async def call(client: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def error_text(client: Client, tool: str, arguments: dict[str, Any]) -> str:
    result = await client.call_tool(tool, arguments)
    assert result.is_error
    return " ".join(getattr(block, "text", "") for block in result.content)


async def test_every_tool_is_listed_with_annotations_and_an_output_schema(client: Client) -> None:
    listed = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert {
        "search_products",
        "get_product",
        "extract_product_urls",
        "get_extract_status",
        "cancel_extract",
        "list_extract_jobs",
        "list_inventory",
    } <= set(listed)
    for tool in listed.values():
        assert tool.annotations is not None
        assert tool.output_schema is not None
        assert tool.description and "call" in tool.description.lower()


async def test_search_answers_out_of_the_box_with_short_summaries(client: Client) -> None:
    found = await call(client, "search_products", {"query": "running shoes"})
    assert found["products"], "the demo catalog should answer a plain query"
    assert found["provider"] == "local"
    for product in found["products"]:
        assert set(product) <= {"id", "title", "brand", "price", "availability", "seller", "url"}
        assert product["id"].startswith("local:")


async def test_text_twin_is_the_compact_json_of_the_structured_content(client: Client) -> None:
    result = await client.call_tool("search_products", {"query": "headphones", "limit": 3})
    text = result.content[0].text  # type: ignore[union-attr]
    assert json.loads(text) == result.structured_content
    assert "\n" not in text and ": " not in text


async def test_filters_implied_by_the_query_are_applied_and_shown(client: Client) -> None:
    found = await call(client, "search_products", {"query": "shirt under $50", "limit": 50})
    assert found["filters_applied"]["price_max"] == "50"
    assert found["filters_from_query"] == ["currency", "price_max"]
    assert found["products"]
    assert all(Decimal(p["price"]["amount"]) <= 50 for p in found["products"])


async def test_explicit_filters_win_over_implied_ones(client: Client) -> None:
    found = await call(client, "search_products", {"query": "jacket under $50", "filters": {"price_max": 400}})
    assert found["filters_applied"]["price_max"] == "400"


async def test_an_order_the_query_asks_for_sorts_the_products_unless_a_sort_is_given(client: Client) -> None:
    found = await call(client, "search_products", {"query": "cheapest running shoes", "limit": 20})
    assert (found["sort"], found["matched_text"], found["filters_from_query"]) == (
        "price_asc",
        "running shoes",
        ["sort"],
    )
    prices = [Decimal(p["price"]["amount"]) for p in found["products"]]
    assert len(prices) > 5 and prices == sorted(prices)
    given = await call(client, "search_products", {"query": "cheapest running shoes", "sort": "price_desc"})
    assert (given["sort"], given.get("filters_from_query")) == ("price_desc", None)
    prices = [Decimal(p["price"]["amount"]) for p in given["products"]]
    assert prices == sorted(prices, reverse=True)


async def test_in_stock_filter_keeps_only_buyable_products(client: Client) -> None:
    found = await call(client, "search_products", {"query": "in stock jacket", "limit": 50})
    assert found["filters_applied"]["in_stock"] is True
    assert {p["availability"] for p in found["products"]} <= {"in_stock", "limited"}


async def all_pages(client: Client, arguments: dict[str, Any], limit: int) -> tuple[list[str], int]:
    ids: list[str] = []
    cursor = None
    for _ in range(100):
        page = await call(
            client, "search_products", {**arguments, "limit": limit, **({"cursor": cursor} if cursor else {})}
        )
        ids.extend(p["id"] for p in page["products"])
        cursor = page.get("next_cursor")
        if not cursor:
            return ids, page["total"]
        assert "cursor=next_cursor" in page["note"]
    raise AssertionError("the cursor never ran out")


async def test_pages_joined_by_cursor_lose_and_repeat_nothing(client: Client) -> None:
    arguments: dict[str, Any] = {"query": "shoes", "sort": "price_asc"}
    small, total = await all_pages(client, arguments, 4)
    large, _ = await all_pages(client, arguments, 50)
    assert total > 8
    assert small == large
    assert len(small) == total == len(set(small))


async def test_a_tampered_cursor_is_refused_clearly(client: Client) -> None:
    page = await call(client, "search_products", {"query": "shoes", "limit": 2})
    cursor = page["next_cursor"]
    tampered = cursor[:-3] + ("AAA" if not cursor.endswith("AAA") else "BBB")
    assert "not one search_products gave out" in await error_text(
        client, "search_products", {"query": "shoes", "limit": 2, "cursor": tampered}
    )
    assert "different search_products request" in await error_text(
        client, "search_products", {"query": "boots", "limit": 2, "cursor": cursor}
    )


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({}, "Nothing to search for"),
        ({"query": "   "}, "Nothing to search for"),
        ({"query": "?!*"}, "Nothing to search for"),
        ({"query": "shoes", "filters": {"price_min": -5}}, "greater than or equal to 0"),
        ({"query": "shoes", "filters": {"price_max": 10**12}}, "beyond any price"),
        ({"query": "shoes", "filters": {"price_min": 90, "price_max": 10}}, "above price_max"),
        ({"query": "shoes", "limit": 0}, "greater than or equal to 1"),
        ({"query": "shoes", "limit": 500}, "less than or equal to 50"),
        ({"query": "shoes", "filters": {"colour": "red"}}, "colour"),
        ({"query": "shoes", "provider": "getcatalog"}, "should be"),
        ({"query": "shoes", "provider": "catalogai"}, "CATALOGAI_API_KEY"),
    ],
)
async def test_bad_search_input_gets_an_actionable_error(
    client: Client, arguments: dict[str, Any], expected: str
) -> None:
    assert expected in await error_text(client, "search_products", arguments)
    # and the server keeps serving
    assert (await call(client, "search_products", {"query": "shoes", "limit": 1}))["products"]


async def test_a_search_without_hits_says_what_to_relax(client: Client) -> None:
    found = await call(client, "search_products", {"query": "zyxwvut", "filters": {"brand": "Nobody"}})
    assert found["products"] == []
    # No product has the word at all: dropping the brand would not help, so the note names the word, and the
    # brands that exist for the next try.
    assert "No product has 'zyxwvut'" in found["note"]
    assert "Brand values in the catalog: " in found["note"]
    assert "without some of these filters" not in found["note"]


async def test_fields_add_to_the_summary(client: Client) -> None:
    found = await call(client, "search_products", {"query": "headphones", "limit": 2, "fields": ["category", "sku"]})
    assert all("category" in p and "sku" in p for p in found["products"])


async def test_get_product_gives_the_full_record(client: Client) -> None:
    first = (await call(client, "search_products", {"query": "jacket", "limit": 1}))["products"][0]
    product = await call(client, "get_product", {"id": first["id"]})
    assert product["id"] == first["id"]
    assert product["title"] == first["title"]
    assert "description" in product
    assert "not found" not in json.dumps(product)
    assert "No product with id" in await error_text(client, "get_product", {"id": "local:0000000000000000"})


async def test_list_inventory_pages_the_local_catalog(client: Client) -> None:
    first = await call(client, "list_inventory", {"limit": 5})
    assert len(first["products"]) == 5
    assert first["total"] > 5
    second = await call(client, "list_inventory", {"limit": 5, "cursor": first["next_cursor"]})
    assert not {p["id"] for p in first["products"]} & {p["id"] for p in second["products"]}
    brand = first["products"][0]["brand"]
    same_brand = await call(client, "list_inventory", {"brand": brand, "limit": 100})
    assert same_brand["products"]
    assert {p["brand"] for p in same_brand["products"]} == {brand}
    assert "CRITEO_CLIENT_ID" in await error_text(client, "list_inventory", {"provider": "criteo"})


async def test_a_price_range_written_high_to_low_is_read_low_to_high(client: Client) -> None:
    for query in ("shoes between $150 and $50", "shoes $150-$50"):
        found = await call(client, "search_products", {"query": query, "limit": 50})
        assert found["filters_applied"]["price_min"] == "50", query
        assert found["filters_applied"]["price_max"] == "150", query
        assert found["products"]
        assert all(50 <= Decimal(p["price"]["amount"]) <= 150 for p in found["products"])


async def test_blank_text_filters_mean_any(client: Client) -> None:
    plain = await call(client, "search_products", {"query": "shoes", "limit": 1})
    blank = await call(
        client, "search_products", {"query": "shoes", "limit": 1, "filters": {"brand": "  ", "seller": ""}}
    )
    assert blank["total"] == plain["total"] > 0
    assert blank["filters_applied"] == {}
    padded = await call(client, "search_products", {"query": "shoes", "limit": 1, "filters": {"brand": " Pacefield "}})
    assert padded["filters_applied"]["brand"] == "Pacefield"
    assert padded["products"][0]["brand"] == "Pacefield"


async def test_a_search_stopped_by_one_filter_names_it_without_blaming_the_words(client: Client) -> None:
    found = await call(client, "search_products", {"query": "shoes", "filters": {"brand": "Nobody"}})
    assert found["products"] == []
    assert "without the brand filter" in found["note"]
    assert "fewer or more general words" not in found["note"]
    assert found["note"].count("brand") == 1


@pytest.mark.parametrize(
    ("product_id", "expected"),
    [
        ("https://demo.aisle.example/products/some-shirt", "call extract_product_urls with it"),
        ("25287c8a3e04647b", "Product ids start with their source"),
        ("job_0123456789abcdef01234567", "call get_extract_status with it"),
    ],
)
async def test_get_product_says_what_a_misplaced_id_looks_like(client: Client, product_id: str, expected: str) -> None:
    text = await error_text(client, "get_product", {"id": product_id})
    assert "No product with id" in text
    assert expected in text


async def test_every_argument_of_every_tool_is_described(client: Client) -> None:
    undescribed = [
        f"{tool.name}.{name}"
        for tool in (await client.list_tools()).tools
        for name, schema in tool.input_schema.get("properties", {}).items()
        if not schema.get("description")
    ]
    assert undescribed == []
    search = next(t for t in (await client.list_tools()).tools if t.name == "search_products")
    assert "cheapest first" in search.input_schema["properties"]["sort"]["description"]


@pytest.mark.parametrize(
    ("tool", "arguments", "expected"),
    [
        ("search_products", {"query": "shoes", "max_price": 50}, 'max_price\' (put it in filters as "price_max")'),
        ("search_products", {"query": "shoes", "brand": "Pacefield"}, 'brand\' (put it in filters as "brand")'),
        ("search_products", {"query": "shoes", "colour": "red"}, "'colour' (did you mean filters.color?)"),
        ("search_products", {"q": "shoes"}, "'q' (did you mean 'query'?)"),
        ("search_products", {"query": "shoes", "page_size": 5}, "'page_size' (did you mean 'limit'?)"),
        ("list_inventory", {"max_price": 5}, "list_inventory: does not take 'max_price'"),
        ("get_product", {"id": "local:0000000000000000", "verbose": True}, "get_product: does not take 'verbose'"),
        ("list_extract_jobs", {"page": 2}, "'page' (did you mean 'cursor'?)"),
    ],
)
async def test_an_argument_the_tool_does_not_take_is_refused_not_ignored(
    client: Client, tool: str, arguments: dict[str, Any], expected: str
) -> None:
    # Ignored, max_price=50 would search every price and the agent would never know.
    text = await error_text(client, tool, arguments)
    assert expected in text
    assert "Call it again with only its own arguments" in text


def moved_past_the_end(data_dir: Path, cursor: str, offset: int) -> str:
    """The same request's cursor, re-signed to resume at ``offset``: what a cursor becomes once results shrink."""
    from aisle_mcp.server.app import cursor_key
    from aisle_mcp.tools.paging import Cursors

    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    scope = json.loads(raw[:-12])["s"]
    return Cursors(cursor_key(data_dir)).encode(scope, offset)


@pytest.mark.parametrize("tool", ["search_products", "list_inventory"])
async def test_a_cursor_past_the_last_result_says_so_instead_of_blaming_the_words(tmp_path: Path, tool: str) -> None:
    arguments: dict[str, Any] = {"query": "shoes", "limit": 2} if tool == "search_products" else {"limit": 2}
    async with Client(build_server(Settings(data_dir=tmp_path))) as client:
        first = await call(client, tool, arguments)
        stale = moved_past_the_end(tmp_path, first["next_cursor"], 5000)
        page = await call(client, tool, {**arguments, "cursor": stale})
    assert page["products"] == []
    assert "No more products" in page["note"]
    if tool == "search_products":
        assert f"all {first['total']} results were on the pages before" in page["note"]
    assert "Leave cursor out" in page["note"]
    assert "words" not in page["note"] and "filters" not in page["note"]


@pytest.mark.parametrize(
    ("query", "implied"),
    [
        ("tv under 55 inches", None),
        ("laptop under 2 kg", None),
        ("ssd over 2 TB", None),
        ("power bank over 20000 mAh", None),
        ("bike between 20 and 30 lbs", None),
        ("tv under 55 inches under $400", {"price_max": "400", "currency": "USD"}),
        # No currency named: the catalog's most common one is the one compared in, and shown.
        ("headphones under 100", {"price_max": "100", "currency": "USD"}),
        ("shoes under 50 in stock", {"price_max": "50", "in_stock": True, "currency": "USD"}),
    ],
)
async def test_a_measurement_in_the_query_is_not_read_as_a_price(
    client: Client, query: str, implied: dict[str, Any] | None
) -> None:
    found = await call(client, "search_products", {"query": query, "limit": 1})
    assert found["filters_applied"] == (implied or {})


async def test_a_color_is_a_filter_where_products_state_colors_and_a_ranked_word_where_none_does(
    tmp_path: Path,
) -> None:
    # A catalog of titles only (as a search-box export gives it): no product states a color.
    titles_only = Catalog(tmp_path / "titles" / "aisle.db")
    titles_only.upsert(
        [
            Product(id="local:1", source="local", title="Everbilt White Shelf Bracket"),
            Product(id="local:2", source="local", title="Everbilt Shelf Bracket Zinc"),
            Product(id="local:3", source="local", title="White Bathroom Shelf"),
            Product(id="local:4", source="local", title="Garden Hose"),
        ]
    )
    titles_only.close()
    async with Client(build_server(Settings(data_dir=tmp_path / "titles"))) as plain:
        found = await call(plain, "search_products", {"query": "white shelf bracket"})
        assert "color" not in found["filters_applied"]
        assert "color" not in found.get("filters_from_query", [])
        titles = [p["title"] for p in found["products"]]
        # Every word first, then the bracket that leaves the color out, ranked rather than dropped.
        assert titles[0] == "Everbilt White Shelf Bracket"
        assert "Everbilt Shelf Bracket Zinc" in titles
        assert "Garden Hose" not in titles
    # The demo catalog states its products' colors: there the color is a filter, as before.
    async with Client(build_server(Settings(data_dir=tmp_path / "demo"))) as demo:
        found = await call(demo, "search_products", {"query": "red linen shirt"})
        assert found["filters_applied"]["color"] == "red"
