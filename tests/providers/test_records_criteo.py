from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from aisle_mcp.products import Availability
from aisle_mcp.providers.criteo.records import parse_row
from aisle_mcp.providers.fields import RecordError

BRAND_ROW: dict[str, Any] = {
    "id": "sku1",
    "name": "Product One",
    "category": "category1",
    "brandId": "7672171780147256541",
    "brandName": "Brand 123",
    "retailerId": "3239117063738827231",
    "retailerName": "Retailer 123",
    "price": 1.00,
    "isInStock": True,
    "minBid": 0.30,
    "gtin": "abc123",
    "mpn": "789xyz",
    "imageUrl": "/image1.jpg",
    "updatedAt": "2020-04-06T02:23:07Z",
}

SELLER_ROW: dict[str, Any] = {
    "id": "86833674",
    "name": 'Flat Front Short 46 x 10.5" - Black',
    "category": "clothing, shoes & accessories|men\u2019s clothing|bottoms|shorts",
    "categoryId": "3051218",
    "brandId": "40095",
    "brandName": "Test Brand",
    "retailerId": "131",
    "retailerName": "Retailer Name",
    "price": 39.99,
    "isInStock": True,
    "minBid": 0.4000,
    "gtin": "0012345678905",
    "mpn": None,
    "imageUrl": "https://example.com/is/image/a610-881aa9a71c93",
    "updatedAt": "2024-07-25T19:52:30Z",
    "sellerId": "60axxxxxxxxxxxxxxxx",
    "sellerName": "Test Seller",
}


def test_brand_row_is_read() -> None:
    product = parse_row(BRAND_ROW)

    assert product.id == "criteo:3239117063738827231:sku1"
    assert product.source == "criteo"
    assert product.title == "Product One"
    assert product.brand == "Brand 123"
    assert product.seller == "Retailer 123"
    assert product.availability is Availability.in_stock
    assert product.category == "category1"
    assert product.mpn == "789xyz"
    assert product.sku == "sku1"
    assert product.updated_at == datetime(2020, 4, 6, 2, 23, 7, tzinfo=UTC)


def test_seller_row_names_the_seller_and_splits_the_category_path() -> None:
    product = parse_row(SELLER_ROW)

    assert product.id == "criteo:131:86833674"
    assert product.seller == "Test Seller"
    assert product.category == "clothing, shoes & accessories > men\u2019s clothing > bottoms > shorts"
    assert product.image == "https://example.com/is/image/a610-881aa9a71c93"
    assert product.gtin == "0012345678905"
    assert product.mpn is None


def test_price_is_exact_and_has_no_currency_unless_given() -> None:
    product = parse_row(SELLER_ROW)

    assert product.price is not None
    assert str(product.price.amount) == "39.99"
    assert product.price.currency is None


def test_currency_from_the_catalog_status_is_applied() -> None:
    product = parse_row(SELLER_ROW, currency="EUR")

    assert product.price is not None and product.price.currency == "EUR"


def test_a_currency_in_the_row_wins() -> None:
    product = parse_row({**SELLER_ROW, "currency": "GBP"}, currency="USD")

    assert product.price is not None and product.price.currency == "GBP"


def test_placeholder_and_malformed_codes_are_none() -> None:
    product = parse_row({**BRAND_ROW, "gtin": "none", "mpn": "none"})

    assert product.gtin is None
    assert product.mpn is None
    assert parse_row(BRAND_ROW).gtin is None  # "abc123" is not a GTIN


def test_relative_and_empty_images_are_dropped() -> None:
    assert parse_row(BRAND_ROW).image is None
    assert parse_row({**SELLER_ROW, "imageUrl": ""}).image is None


def test_out_of_stock_row() -> None:
    assert parse_row({**BRAND_ROW, "isInStock": False}).availability is Availability.out_of_stock


def test_missing_stock_flag_is_unknown() -> None:
    row = {key: value for key, value in BRAND_ROW.items() if key != "isInStock"}

    assert parse_row(row).availability is Availability.unknown


def test_extra_keeps_the_criteo_ids_and_the_minimum_bid() -> None:
    assert parse_row(SELLER_ROW).extra == {
        "brandId": "40095",
        "retailerId": "131",
        "retailerName": "Retailer Name",
        "sellerId": "60axxxxxxxxxxxxxxxx",
        "categoryId": "3051218",
        "minBid": "0.4",
    }


def test_seller_falls_back_to_the_retailer() -> None:
    assert parse_row({**SELLER_ROW, "sellerName": None}).seller == "Retailer Name"


def test_missing_price_is_none() -> None:
    assert parse_row({**BRAND_ROW, "price": None}).price is None
    assert parse_row({**BRAND_ROW, "price": 5}).price == parse_row({**BRAND_ROW, "price": "5"}).price
    assert parse_row({**BRAND_ROW, "price": 5}).price is not None


def test_integer_price_stays_exact() -> None:
    product = parse_row({**BRAND_ROW, "price": 1299})

    assert product.price is not None and product.price.amount == Decimal(1299)


def test_a_row_without_id_or_name_is_an_error() -> None:
    with pytest.raises(RecordError, match="no id"):
        parse_row({**BRAND_ROW, "id": None})
    with pytest.raises(RecordError, match="no name"):
        parse_row({**BRAND_ROW, "name": ""})
