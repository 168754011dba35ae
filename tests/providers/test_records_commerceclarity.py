from datetime import UTC, datetime
from typing import Any

import pytest

from aisle_mcp.products import Availability
from aisle_mcp.providers.commerceclarity.records import parse_product
from aisle_mcp.providers.fields import RecordError


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "_id": "507f1f77bcf86cd799439011",
        "product_code": "8001234567890",
        "sku": "CC-ESP-01",
        "countries": {
            "it": {"name": "Macchina per caffè espresso", "brand": "Caffettiera Lume", "category": "Casa > Cucina"},
            "fr": {"name": "Machine à espresso", "brand": "Caffettiera Lume", "category": "Maison > Cuisine"},
        },
        "tags": ["coffee", "kitchen"],
        "status": "completed",
        "publication_state": "online",
        "thumb": "https://example.com/images/product_thumb.jpg",
        "agent_model": "v2",
        "validation_messages": None,
        "created_at": "2024-01-15T10:30:00Z",
        "updated_at": "2024-01-15T10:30:00Z",
    }
    record.update(changes)
    return record


def test_product_is_read_in_its_first_country_by_default() -> None:
    product = parse_product(_record())

    assert product.id == "commerceclarity:507f1f77bcf86cd799439011"
    assert product.source == "commerceclarity"
    assert product.title == "Macchina per caffè espresso"
    assert product.brand == "Caffettiera Lume"
    assert product.category == "Casa > Cucina"
    assert product.image == "https://example.com/images/product_thumb.jpg"
    assert product.gtin == "8001234567890"
    assert product.sku == "CC-ESP-01"
    assert product.updated_at == datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
    assert product.availability is Availability.unknown
    assert product.price is None


def test_the_requested_country_names_the_product() -> None:
    product = parse_product(_record(), country="FR")

    assert product.title == "Machine à espresso"
    assert product.category == "Maison > Cuisine"
    assert product.extra["country"] == "fr"


def test_a_country_the_product_lacks_falls_back_to_the_first() -> None:
    assert parse_product(_record(), country="de").title == "Macchina per caffè espresso"


def test_extra_keeps_code_state_and_tags() -> None:
    assert parse_product(_record()).extra == {
        "code": "8001234567890",
        "country": "it",
        "publication_state": "online",
        "status": "completed",
        "tags": ["coffee", "kitchen"],
    }


def test_a_code_that_is_not_a_gtin_stays_in_extra_only() -> None:
    product = parse_product(_record(product_code="B08N5WRWNW"))

    assert product.gtin is None
    assert product.extra["code"] == "B08N5WRWNW"


def test_documented_code_field_is_read_too() -> None:
    product = parse_product(_record(product_code=None, code="4006381333931"))

    assert product.gtin == "4006381333931"


def test_without_an_id_the_code_gives_a_stable_id() -> None:
    first = parse_product(_record(_id=None))

    assert first.id.startswith("commerceclarity:")
    assert parse_product(_record(_id=None)).id == first.id


def test_a_product_named_in_no_country_is_an_error() -> None:
    with pytest.raises(RecordError, match="no name"):
        parse_product(_record(countries={}))


def test_validation_messages_are_kept() -> None:
    product = parse_product(_record(validation_messages=["Missing category"]))

    assert product.extra["validation_messages"] == ["Missing category"]
