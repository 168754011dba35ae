from datetime import UTC, datetime
from decimal import Decimal

import pytest

from aisle_mcp.products import Availability, Money
from aisle_mcp.providers.fields import (
    absolute_url,
    availability,
    category_path,
    gtin,
    list_price,
    parse_price,
    timestamp,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15.00 USD", (Decimal("15.00"), "USD")),
        ("USD 15.00", (Decimal("15.00"), "USD")),
        ("$1,299.99", (Decimal("1299.99"), "USD")),
        ("12,99 €", (Decimal("12.99"), "EUR")),
        ("1.299,00 EUR", (Decimal("1299.00"), "EUR")),
        ("£8", (Decimal("8"), "GBP")),
        ("39.99", (Decimal("39.99"), None)),
        (39.99, (Decimal("39.99"), None)),
        ("S$15.00", (Decimal("15.00"), "SGD")),
        ("฿2,400", (Decimal("2400"), "THB")),
        ("378,00 лв", (Decimal("378.00"), "BGN")),
        ("4,314.99 Lei;", (Decimal("4314.99"), "RON")),
        ("5,50 zł", (Decimal("5.50"), "PLN")),
        ("₹1,499", (Decimal("1499"), "INR")),
    ],
)
def test_price_text_parses_exactly(text: object, expected: tuple[Decimal, str | None]) -> None:
    parsed = parse_price(text)

    assert parsed == expected
    assert parsed is not None and str(parsed[0]) == str(expected[0])


@pytest.mark.parametrize("text", ["abc", "", "free", "-5 USD", "15 USD extra", "POA", "Sold Out", "15;20"])
def test_text_that_is_not_a_price_is_none(text: str) -> None:
    assert parse_price(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, Availability.in_stock),
        ("in stock", Availability.in_stock),
        ("https://schema.org/OutOfStock", Availability.out_of_stock),
        ("pre-order", Availability.preorder),
        ("backorder", Availability.backorder),
        ("maybe", Availability.unknown),
        (None, Availability.unknown),
    ],
)
def test_availability_words(value: object, expected: Availability) -> None:
    assert availability(value) is expected


def test_list_price_only_when_above_the_price() -> None:
    price = Money(amount=Decimal("10"), currency="USD")

    assert list_price(price, Money(amount=Decimal("10"))) is None
    assert list_price(price, Money(amount=Decimal("12"))) == Money(amount=Decimal("12"), currency="USD")


def test_timestamps_from_iso_text_and_unix_seconds() -> None:
    assert timestamp("2024-07-25T19:52:30Z") == datetime(2024, 7, 25, 19, 52, 30, tzinfo=UTC)
    assert timestamp("2024-01-15") == datetime(2024, 1, 15, tzinfo=UTC)
    assert timestamp(0) == datetime(1970, 1, 1, tzinfo=UTC)
    assert timestamp("yesterday") is None


def test_codes_urls_and_categories() -> None:
    assert gtin("0 012345-678905") == "0012345678905"
    assert gtin("none") is None
    assert absolute_url("/image1.jpg") is None
    assert absolute_url("//cdn.example/a.jpg") == "https://cdn.example/a.jpg"
    assert absolute_url("https://static.example/a/.../x.png") is None
    assert category_path("a|b | c", "|") == "a > b > c"


def test_prices_in_exponent_notation_parse_exactly() -> None:
    from decimal import Decimal

    from aisle_mcp.providers.fields import parse_price

    assert parse_price("3.726E2") == (Decimal("372.6"), None)
    assert parse_price("1e3") == (Decimal("1000"), None)
