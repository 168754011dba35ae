from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from aisle_mcp.products import Availability
from aisle_mcp.providers.catalogai.records import parse_product
from aisle_mcp.providers.fields import RecordError


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "813",
        "title": "Giulietta Dress",
        "description": "Long dress with thin straps. Fluid silk fabric. <b>Lined.</b>",
        "vendor": "Maison Alouette",
        "url": "https://www.alouette.example/us/product/giulietta-dress/ecru-polka-dots",
        "is_available": True,
        "image_url": "https://media.alouette.example/image/upload/h_816,w_582/cbwis0utx.jpg",
        "attributes.aesthetic": "feminine",
        "attributes.age_group": "adult",
        "attributes.color_family": "brown",
        "attributes.gender": "women",
        "attributes.material": "silk",
        "attributes.occasion": "everyday",
        "attributes.pattern": "polka dots on chocolate print",
        "attributes.season": "spring",
        "created_at": 1745119358,
        "updated_at": 1745882098,
        "price_currency": "USD",
        "price_display": 295,
        "price_value": 295,
        "variants_in_stock": [True, True, False],
        "variants_price_display": [295, 295, 310.5],
        "variants_size": ["2", "4", "6"],
        "variants_title": ["Giulietta Dress - 2", "Giulietta Dress - 4", "Giulietta Dress - 6"],
    }
    record.update(changes)
    return record


def test_search_result_is_read() -> None:
    product = parse_product(_record())

    assert product.id == "catalogai:813"
    assert product.source == "catalogai"
    assert product.title == "Giulietta Dress"
    assert product.brand == "Maison Alouette"
    assert product.seller == "www.alouette.example"
    assert product.url == "https://www.alouette.example/us/product/giulietta-dress/ecru-polka-dots"
    assert product.availability is Availability.in_stock
    assert product.image == "https://media.alouette.example/image/upload/h_816,w_582/cbwis0utx.jpg"
    assert product.description == "Long dress with thin straps. Fluid silk fabric. Lined."
    assert product.updated_at == datetime.fromtimestamp(1745882098, UTC)
    assert product.extra == {"created_at": datetime.fromtimestamp(1745119358, UTC).isoformat()}


def test_price_has_its_currency() -> None:
    product = parse_product(_record())

    assert product.price is not None
    assert (product.price.amount, product.price.currency) == (Decimal(295), "USD")


def test_flattened_attributes_lose_their_prefix() -> None:
    attributes = parse_product(_record()).attributes

    assert attributes["material"] == "silk"
    assert attributes["gender"] == "women"
    assert attributes["pattern"] == "polka dots on chocolate print"
    assert "attributes.material" not in attributes


def test_color_family_stands_in_for_a_missing_color() -> None:
    assert parse_product(_record()).attribute("color") == "brown"
    assert parse_product(_record(**{"attributes.color": "Chocolate"})).attribute("color") == "Chocolate"


def test_fabric_flags_become_the_material() -> None:
    fabric = {"cotton": True, "linen": True, "wool": False}
    record = _record(**{"attributes.material": None, "attributes.fabric": fabric})

    product = parse_product(record)

    assert product.attributes["fabric"] == ["cotton", "linen"]
    assert product.attribute("material") == "cotton, linen"


def test_parallel_variant_lists_become_variants() -> None:
    product = parse_product(_record())

    assert [(o.name, o.values) for o in product.options] == [("Size", ["2", "4", "6"])]
    last = product.variants[-1]
    assert last.title == "Giulietta Dress - 6"
    assert last.options == {"Size": "6"}
    assert last.availability is Availability.out_of_stock
    assert last.price is not None
    assert (str(last.price.amount), last.price.currency) == ("310.50", "USD")  # in cents, as USD is written


def test_availability_falls_back_to_variants() -> None:
    assert parse_product(_record(is_available=None)).availability is Availability.in_stock
    sold_out = _record(is_available=None, variants_in_stock=[False, False, False])
    assert parse_product(sold_out).availability is Availability.out_of_stock


def test_display_price_stands_in_for_a_missing_value() -> None:
    product = parse_product(_record(price_value=None, price_display="149.95"))

    assert product.price is not None and product.price.amount == Decimal("149.95")


def test_a_nested_attributes_object_is_read_too() -> None:
    product = parse_product(_record(attributes={"color": "Navy Blue", "style": ["wrap", "midi"]}))

    assert product.attributes["color"] == "Navy Blue"
    assert product.attributes["style"] == ["wrap", "midi"]


def test_a_result_without_title_is_an_error() -> None:
    with pytest.raises(RecordError, match="no title"):
        parse_product(_record(title=None))
