"""Reading the filters a shopper's words imply."""

from decimal import Decimal

import pytest

from aisle_mcp.products.query import understand


@pytest.mark.parametrize(
    ("query", "text", "implied"),
    [
        ("red linen shirt under $50", "shirt", {"color": "red", "material": "linen", "price_max": Decimal(50)}),
        ("in stock nike running shoes", "nike running shoes", {"in_stock": True}),
        ("headphones between 100 and 200", "headphones", {"price_min": Decimal(100), "price_max": Decimal(200)}),
        ("WH-1000XM5 $200-$300", "WH-1000XM5", {"price_min": Decimal(200), "price_max": Decimal(300)}),
        ("sneakers over 30", "sneakers", {"price_min": Decimal(30)}),
        ("boots below 79.99 dollars", "boots", {"price_max": Decimal("79.99")}),
        ("earbuds under 100 euros", "earbuds", {"price_max": Decimal(100)}),
        ("headphones around $100", "headphones", {"price_min": Decimal(80), "price_max": Decimal(120)}),
        ("$50 headphones", "headphones", {"price_min": Decimal(40), "price_max": Decimal(60)}),
        ("kettle under 40 pounds", "kettle", {"price_max": Decimal(40)}),
    ],
)
def test_filter_phrases_become_filters_and_leave_the_text(query: str, text: str, implied: dict[str, object]) -> None:
    understood = understand(query)
    assert understood.text == text
    assert understood.implied.model_dump(exclude_none=True) == implied


@pytest.mark.parametrize(
    "query",
    ["nike air max 90", "black and white sneakers", "up to date planner", "Canon RF lens - claim £200 cashback"],
)
def test_words_that_only_look_like_filters_stay_words(query: str) -> None:
    understood = understand(query)
    assert "price_max" not in understood.implied.model_dump(exclude_none=True)
    assert "color" not in understood.implied.model_dump(exclude_none=True)


@pytest.mark.parametrize(
    ("query", "text", "sort"),
    [
        ("cheapest running shoes", "running shoes", "price_asc"),
        ("tents, price: low to high", "tents,", "price_asc"),
        ("most expensive tent", "tent", "price_desc"),
        ("best rated headphones", "headphones", "rating"),
        ("top-rated kettle", "kettle", "rating"),
        ("newest laptops", "laptops", "newest"),
    ],
)
def test_words_that_ask_for_an_order_become_the_sort(query: str, text: str, sort: str) -> None:
    understood = understand(query)
    assert (understood.text, understood.sort) == (text, sort)


@pytest.mark.parametrize("query", ["low to high rise jeans", "best headphones", "kettle"])
def test_words_that_only_look_like_an_order_stay_words(query: str) -> None:
    understood = understand(query)
    assert (understood.text, understood.sort) == (query, None)
