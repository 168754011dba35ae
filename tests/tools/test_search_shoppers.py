"""search_products on queries typed the way shoppers type, through a real MCP client, on the demo catalog."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from aisle_mcp.server import Settings, build_server

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[Client]:
    async with Client(build_server(Settings(data_dir=tmp_path))) as c:
        yield c


async def search(client: Client, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool("search_products", arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def test_a_gift_for_a_child_who_likes_science_finds_nothing_and_says_the_word_no_product_has(
    client: Client,
) -> None:
    found = await search(client, {"query": "gift for a 10 year old who likes science under $40"})
    assert found["products"] == [] and found["total"] == 0
    assert found["matched_text"] == "kids science"
    assert found["filters_applied"] == {"price_max": "40", "currency": "USD"}
    assert "No product has 'science'" in found["note"]


@pytest.mark.parametrize("query", ["something nice for my mom", "a", "the", "gift"])
async def test_filler_alone_finds_nothing_and_says_nothing_matched_the_meaningful_words(
    client: Client, query: str
) -> None:
    found = await search(client, {"query": query})
    assert found["products"] == [] and found["total"] == 0
    assert "Nothing matched the meaningful words" in found["note"]


async def test_not_purple_excludes_purple_mats(client: Client) -> None:
    found = await search(client, {"query": "yoga mat not purple", "limit": 50})
    assert found["filters_applied"] == {"exclude": ["purple"]}
    assert found["products"]
    assert all("Yoga Mat" in p["title"] and "purple" not in p["title"].lower() for p in found["products"])
    everything = await search(client, {"query": "yoga mat", "limit": 50})
    assert any("Purple" in p["title"] for p in everything["products"])


@pytest.mark.parametrize("query", ["sneakers under 50 euros", "under €50"])
async def test_a_price_in_euros_compares_euro_prices_only_and_says_how_many_were_left_out(
    client: Client, query: str
) -> None:
    found = await search(client, {"query": query, "limit": 50})
    assert found["filters_applied"]["currency"] == "EUR"
    assert found["filters_applied"]["price_max"] == "50"
    for product in found["products"]:
        assert product["price"]["currency"] == "EUR" and Decimal(product["price"]["amount"]) <= 50
    assert "in other currencies; prices are compared in EUR only" in found["note"]


async def test_a_price_sort_compares_one_currency_and_names_it(client: Client) -> None:
    found = await search(client, {"query": "boots", "sort": "price_asc", "limit": 50})
    assert found["filters_applied"] == {"currency": "USD"}
    amounts = [Decimal(p["price"]["amount"]) for p in found["products"]]
    assert amounts == sorted(amounts)
    assert {p["price"]["currency"] for p in found["products"]} == {"USD"}


async def test_an_answer_with_several_currencies_says_so(client: Client) -> None:
    found = await search(client, {"query": "yoga mat", "limit": 50})
    currencies = {p["price"]["currency"] for p in found["products"]}
    assert len(currencies) > 1
    assert f"Prices here are in {', '.join(sorted(currencies))}; they are not converted." in found["note"]


async def test_the_readme_query_counts_only_products_with_every_meaningful_word(client: Client) -> None:
    found = await search(client, {"query": "red linen shirt under $50", "limit": 50})
    assert found["total"] == len(found["products"]) == 2
    assert all("Linen" in p["title"] and "Red" in p["title"] for p in found["products"])
    assert "partial_from" not in found


async def test_partial_matches_are_marked_after_the_products_with_every_word(client: Client) -> None:
    found = await search(client, {"query": "plush bear for kids", "limit": 20})
    first_partial = found["partial_from"]
    assert found["total"] == first_partial == 6  # the products with every word, all shown before the others
    assert all("Plush Bear" in p["title"] for p in found["products"][:first_partial])
    assert all("Plush Bear" not in p["title"] for p in found["products"][first_partial:])
    assert "6 products match every word; from position 7 on, products match only some of the words." in found["note"]


async def test_when_no_product_has_every_word_the_total_is_zero_and_every_product_is_marked(client: Client) -> None:
    found = await search(client, {"query": "puzzle bear"})
    assert found["total"] == 0 and found["partial_from"] == 0 and found["products"]
    assert "No product matched every word; these match some of the words." in found["note"]


async def test_science_kit_for_kids_is_not_led_by_a_sku_that_says_kit(client: Client) -> None:
    found = await search(client, {"query": "science kit for kids"})
    assert not any("French Press" in p["title"] or "Pan" in p["title"] for p in found["products"])
    assert "No product has 'science', 'kit'" in found["note"]


async def test_a_multi_word_color_filter_matches_the_color_it_names(client: Client) -> None:
    found = await search(client, {"query": "shirt", "filters": {"color": "navy blue"}, "limit": 50})
    assert found["products"]
    assert all(p["title"].endswith("- Navy") for p in found["products"])


async def test_a_seller_filter_matches_part_of_the_name_in_any_case(client: Client) -> None:
    found = await search(client, {"query": "tent", "filters": {"seller": "summit supply"}, "limit": 50})
    assert found["products"]
    assert {p["seller"] for p in found["products"]} == {"Summit Supply Co."}


async def test_a_seller_filter_that_matches_nothing_lists_the_sellers_that_exist(client: Client) -> None:
    found = await search(client, {"query": "tent", "filters": {"seller": "nowhere shop"}})
    assert found["products"] == []
    assert "Seller values in the catalog: " in found["note"] and "Summit Supply Co." in found["note"]


async def test_a_negative_amount_is_ignored_and_said(client: Client) -> None:
    found = await search(client, {"query": "boots under -20 dollars"})
    assert found["matched_text"] == "boots"
    assert "price_min" not in found["filters_applied"] and "price_max" not in found["filters_applied"]
    assert "Ignored 'under -20 dollars': a price cannot be negative." in found["note"]
    assert found["products"]


async def test_a_plural_and_a_stem_find_the_same_products(client: Client) -> None:
    one = await search(client, {"query": "magnet", "limit": 50})
    many = await search(client, {"query": "magnetic", "limit": 50})
    assert one["products"] and [p["id"] for p in one["products"]] == [p["id"] for p in many["products"]]


async def test_a_color_no_product_is_listed_in_is_searched_as_a_word_and_said(client: Client) -> None:
    found = await search(client, {"query": "purple tent"})
    assert found["products"] and found["matched_text"] == "purple tent"
    assert found["filters_applied"] == {} and "filters_from_query" not in found
    assert "No product is listed as purple; searched for the word." in found["note"]
    explicit = await search(client, {"query": "tent", "filters": {"color": "purple"}})
    assert explicit["products"] == []  # a filter the shopper gave stays a filter


async def test_a_sorted_search_no_product_has_every_word_of_counts_none_and_marks_all(client: Client) -> None:
    found = await search(client, {"query": "puzzle bear", "sort": "price_asc"})
    assert found["total"] == 0 and found["partial_from"] == 0 and found["products"]
    assert "No product matched every word" in found["note"]
