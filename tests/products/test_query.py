"""Reading the filters a shopper's words imply."""

from decimal import Decimal

import pytest

from aisle_mcp.products.query import as_words, understand
from aisle_mcp.products.search import SearchFilters


@pytest.mark.parametrize(
    ("query", "text", "implied"),
    [
        (
            "red linen shirt under $50",
            "shirt",
            {"color": "red", "material": "linen", "price_max": Decimal(50), "currency": "USD"},
        ),
        ("in stock nike running shoes", "nike running shoes", {"in_stock": True}),
        ("headphones between 100 and 200", "headphones", {"price_min": Decimal(100), "price_max": Decimal(200)}),
        (
            "WH-1000XM5 $200-$300",
            "WH-1000XM5",
            {"price_min": Decimal(200), "price_max": Decimal(300), "currency": "USD"},
        ),
        ("sneakers over 30", "sneakers", {"price_min": Decimal(30)}),
        ("boots below 79.99 dollars", "boots", {"price_max": Decimal("79.99"), "currency": "USD"}),
        ("earbuds under 100 euros", "earbuds", {"price_max": Decimal(100), "currency": "EUR"}),
        ("sneakers under €50", "sneakers", {"price_max": Decimal(50), "currency": "EUR"}),
        (
            "headphones around $100",
            "headphones",
            {"price_min": Decimal(80), "price_max": Decimal(120), "currency": "USD"},
        ),
        ("$50 headphones", "headphones", {"price_min": Decimal(40), "price_max": Decimal(60), "currency": "USD"}),
        ("kettle under 40 pounds", "kettle", {"price_max": Decimal(40), "currency": "GBP"}),
        ("desk lamp between 20 and 40", "desk lamp", {"price_min": Decimal(20), "price_max": Decimal(40)}),
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
    "query",
    [
        "5 gallon bucket",
        "1/2 in. pvc elbow",
        "8 ft ladder",
        "60 watt bulb",
        "30 amp breaker",
        "2x4",
        "bag of sand 50 pounds",
        "100 ft extension cord",
        "12 gauge wire 500 ft",
    ],
)
def test_search_box_measurements_are_sizes_and_keep_every_word(query: str) -> None:
    understood = understand(query)
    assert understood.implied.model_dump(exclude_none=True) == {}
    assert understood.text == query


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


@pytest.mark.parametrize("query", ["low to high rise jeans", "kettle"])
def test_words_that_only_look_like_an_order_stay_words(query: str) -> None:
    understood = understand(query)
    assert (understood.text, understood.sort) == (query, None)


@pytest.mark.parametrize(
    ("query", "text", "filler"),
    [
        ("something nice for my mom", "", ("for my mom", "something", "nice")),
        ("best headphones", "headphones", ("best",)),
        ("i need a cordless drill for my dad", "a cordless drill", ("for my dad", "i need")),
        ("gift ideas for a gardener", "for a gardener", ("gift ideas",)),
    ],
)
def test_filler_and_intent_words_are_read_and_not_searched(query: str, text: str, filler: tuple[str, ...]) -> None:
    understood = understand(query)
    assert (understood.text, understood.filler) == (text, filler)


@pytest.mark.parametrize(
    ("query", "text", "audience"),
    [
        ("gift for a 10 year old who likes science", "kids science", "kids"),
        ("science kit for kids", "kids science kit", "kids"),
        ("rain jacket for women", "women rain jacket", "women"),
        ("3 year warranty drill", "3 year warranty drill", None),
    ],
)
def test_who_a_product_is_for_becomes_one_word_products_use(query: str, text: str, audience: str | None) -> None:
    understood = understand(query)
    assert (understood.text, understood.audience) == (text, audience)


@pytest.mark.parametrize(
    ("query", "text", "excluded"),
    [
        ("yoga mat not purple", "yoga mat", ["purple"]),
        ("sofa without arms", "sofa", ["arms"]),
        ("non-leather wallet", "wallet", ["leather"]),
        ("no wool sweater", "sweater", ["wool"]),
        ("non-slip yoga mat", "non-slip yoga mat", None),
    ],
)
def test_what_the_shopper_does_not_want_is_excluded_not_searched(
    query: str, text: str, excluded: list[str] | None
) -> None:
    understood = understand(query)
    assert (understood.text, understood.implied.exclude) == (text, excluded)
    assert understood.implied.color is None and understood.implied.material is None


@pytest.mark.parametrize("query", ["boots under -20 dollars", "boots over -5", "boots under - $20"])
def test_a_negative_amount_is_ignored_never_turned_into_a_range(query: str) -> None:
    understood = understand(query)
    assert understood.text == "boots"
    assert understood.implied.price_min is None and understood.implied.price_max is None
    assert understood.ignored


def test_a_long_query_is_a_product_name_whose_color_stays_a_word() -> None:
    understood = understand("TP-LINK N300 Universal Wi-Fi Range Extender - White (TL-WA860RE)")
    assert understood.implied.color is None and "White" in understood.text
    assert understand("white range extender").implied.color == "white"


def test_w_slash_o_is_without() -> None:
    assert understand("suction cup base w/o ball").implied.exclude == ["ball"]


@pytest.mark.parametrize(
    ("query", "stated", "text"),
    [
        # In a catalog that states no material, "glass" goes back where it was typed: products write "fiberglass".
        ("fiber glass extension ladders", (), "fiber glass extension ladders"),
        # Last, it would stand for the head noun: it goes in front instead.
        ("shelf bracket white", (), "white shelf bracket"),
        # A catalog that states colors keeps the color a filter, and the material goes back in its place.
        ("black fiber glass ladder", ("color",), "fiber glass ladder"),
    ],
)
def test_an_implied_color_or_material_no_product_states_goes_back_in_its_place(
    query: str, stated: tuple[str, ...], text: str
) -> None:
    assert as_words(understand(query), SearchFilters(), stated)[0].text == text
