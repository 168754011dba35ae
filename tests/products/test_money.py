"""Amounts carry their currency's minor-unit places, and are never rounded."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aisle_mcp.products import Money
from aisle_mcp.products.currency import minor_places


@pytest.mark.parametrize(
    ("amount", "currency", "written"),
    [
        ("27.5", "USD", "27.50"),
        ("12", "USD", "12.00"),
        ("19.99", "USD", "19.99"),
        ("44.000", "EUR", "44.00"),
        ("1200.00", "JPY", "1200"),
        ("1.5", "KWD", "1.500"),
        ("2", "BHD", "2.000"),
        ("1E+2", "EUR", "100.00"),
        ("1.799", "USD", "1.799"),  # a price per litre: more places than cents are kept, not rounded
        ("1200.5", "JPY", "1200.5"),
        ("27.5", None, "27.5"),  # without a currency its places are unknown
        ("27.5", "BTC", "27.5"),  # and so for a code that is no ISO 4217 currency
    ],
)
def test_an_amount_has_its_currencys_minor_unit_places_without_rounding(
    amount: str, currency: str | None, written: str
) -> None:
    money = Money(amount=Decimal(amount), currency=currency)
    assert money.model_dump(mode="json")["amount"] == written
    assert money.amount == Decimal(amount)


def test_an_amount_read_from_json_is_written_the_same_way_and_reads_back_unchanged() -> None:
    read = Money.model_validate_json('{"amount": "27.5", "currency": "usd"}')
    assert read.model_dump_json() == '{"amount":"27.50","currency":"USD"}'
    assert Money.model_validate_json(read.model_dump_json()) == read


def test_minor_places_follow_iso_4217() -> None:
    assert [minor_places(code) for code in ("USD", "EUR", "JPY", "KRW", "KWD", "CLF", "XYZ", None)] == [
        2, 2, 0, 0, 3, 4, None, None,
    ]  # fmt: skip
