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
    ],
)
def test_filter_phrases_become_filters_and_leave_the_text(query: str, text: str, implied: dict[str, object]) -> None:
    understood = understand(query)
    assert understood.text == text
    assert understood.implied.model_dump(exclude_none=True) == implied


@pytest.mark.parametrize("query", ["nike air max 90", "black and white sneakers", "up to date planner"])
def test_words_that_only_look_like_filters_stay_words(query: str) -> None:
    understood = understand(query)
    assert "price_max" not in understood.implied.model_dump(exclude_none=True)
    assert "color" not in understood.implied.model_dump(exclude_none=True)
