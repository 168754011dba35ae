from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from aisle_mcp.products import Availability, stable_id
from aisle_mcp.providers.fields import RecordError
from aisle_mcp.providers.getcatalog.records import parse_product, parse_result


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "6e6bd7bd-bfb5-4e05-85ee-4969628e741a",
        "title": "Trailhead Court '07",
        "description": "Comfortable, durable and timeless. ... Style: TC2288-111",
        "vendor": "stridewell.example",
        "brand": "Stridewell",
        "url": "https://www.stridewell.example/t/trailhead-court-07/TC2288-111",
        "handle": "tc2288-111",
        "is_available": True,
        "attributes": {
            "additional_attributes": ["classic construction", "smooth leather upper", "... more ..."],
            "age_group": "adult",
            "gender": "unisex",
            "summary": "Timeless court sneakers in smooth leather.",
            "features": "Durable construction, cushioned midsole.",
            "color": {"iscc_family": "white", "merchant_label": "White/White"},
            "material": {"primary": "leather", "merchant_label": "Smooth Leather"},
            "pattern": "solid",
            "season": ["year-round"],
            "style": ["casual", "classic", "streetwear"],
        },
        "price": {"currency": "USD", "current_value": 115, "compare_at_value": 115},
        "images": [
            {"id": "img-0", "url": "https://static.stridewell.example/a/images/court-07.png", "position": 1},
            "...",
            {"id": "img-1", "url": "https://static.stridewell.example/a/images/.../court-07-side.png"},
        ],
        "options": [
            {"name": "Size", "values": ["6", "6.5", "7", "...", "18"], "position": 2},
            {"name": "Color", "values": ["White/White"], "position": 1},
        ],
        "variants": [
            {
                "id": "variant-0",
                "sku": "TC2288-111",
                "url": "https://www.stridewell.example/t/trailhead-court-07/TC2288-111#size-6",
                "image": {"id": "img-variant-0", "url": "https://static.stridewell.example/a/images/court-07.png"},
                "price": {"currency": "USD", "current_value": 99.99, "compare_at_value": 115},
                "title": "Trailhead Court '07 - White/white - 6",
                "option1": "White/White",
                "option2": "6",
                "is_available": True,
                "affiliate_link": "https://wild.example/e?...#size-6",
            },
            "...",
        ],
        "store_canonical_url": "https://www.stridewell.example/",
        "store_domain": "www.stridewell.example",
        "platform": None,
        "platform_id": "TC2288-111",
        "description_html": "<html>...</html>",
        "product_type": "FOOTWEAR",
        "google_product_category_id": "187",
        "google_product_category_path": "Apparel & Accessories > Shoes",
        "tags": ["FOOTWEAR"],
        "review_count": None,
        "average_rating": None,
        "rating_scale": None,
        "updated_at": "2026-01-28T22:53:52.255Z",
        "affiliate_link": "https://wild.example/e?...TC2288-111",
    }
    record.update(changes)
    return record


def test_product_fields_are_read_from_the_documented_record() -> None:
    product = parse_product(_record())

    assert product.id == "getcatalog:6e6bd7bd-bfb5-4e05-85ee-4969628e741a"
    assert product.source == "getcatalog"
    assert product.title == "Trailhead Court '07"
    assert product.brand == "Stridewell"
    assert product.seller == "stridewell.example"
    assert product.url == "https://www.stridewell.example/t/trailhead-court-07/TC2288-111"
    assert product.price is not None
    assert product.price.amount == Decimal("115")
    assert product.price.currency == "USD"
    assert product.availability is Availability.in_stock
    assert product.category == "Apparel & Accessories > Shoes"
    assert product.description == "Comfortable, durable and timeless. ... Style: TC2288-111"
    assert product.updated_at == datetime(2026, 1, 28, 22, 53, 52, 255000, tzinfo=UTC)
    assert product.sku == "TC2288-111"


def test_compare_at_equal_to_price_is_not_a_discount() -> None:
    assert parse_product(_record()).list_price is None


def test_compare_at_above_price_becomes_list_price() -> None:
    product = parse_product(_record(price={"currency": "EUR", "current_value": "89.90", "compare_at_value": 120}))

    assert product.price is not None and product.list_price is not None
    assert (product.price.amount, product.price.currency) == (Decimal("89.90"), "EUR")
    assert (product.list_price.amount, product.list_price.currency) == (Decimal("120"), "EUR")


def test_float_prices_stay_exact() -> None:
    product = parse_product(_record(price={"currency": "USD", "current_value": 39.99}))

    assert product.price is not None
    assert str(product.price.amount) == "39.99"


def test_image_placeholders_and_elided_urls_are_skipped() -> None:
    product = parse_product(_record())

    assert product.images == ["https://static.stridewell.example/a/images/court-07.png"]
    assert product.image == "https://static.stridewell.example/a/images/court-07.png"


def test_options_follow_position_and_drop_placeholder_values() -> None:
    product = parse_product(_record())

    options = [(o.name, o.values) for o in product.options]
    assert options == [("Color", ["White/White"]), ("Size", ["6", "6.5", "7", "18"])]


def test_variant_options_are_named_by_option_position() -> None:
    (variant,) = parse_product(_record()).variants

    assert variant.options == {"Color": "White/White", "Size": "6"}
    assert variant.sku == "TC2288-111"
    assert variant.url == "https://www.stridewell.example/t/trailhead-court-07/TC2288-111#size-6"
    assert variant.image == "https://static.stridewell.example/a/images/court-07.png"
    assert variant.availability is Availability.in_stock
    assert variant.price is not None and variant.list_price is not None
    assert (variant.price.amount, variant.list_price.amount) == (Decimal("99.99"), Decimal("115"))


def test_attributes_are_flattened_to_text() -> None:
    attributes = parse_product(_record()).attributes

    assert attributes["color"] == "White/White"
    assert attributes["material"] == "Smooth Leather"
    assert attributes["gender"] == "unisex"
    assert attributes["age_group"] == "adult"
    assert attributes["pattern"] == "solid"
    assert attributes["style"] == ["casual", "classic", "streetwear"]
    assert attributes["additional_attributes"] == ["classic construction", "smooth leather upper"]
    assert "summary" not in attributes


def test_a_color_family_the_label_does_not_name_is_kept_for_search() -> None:
    record = _record()
    record["attributes"]["color"] = {"iscc_family": "red", "merchant_label": "Crimson Sunset"}
    record["attributes"]["material"] = {"primary": "linen", "merchant_label": "Washed Flax Blend"}

    product = parse_product(record)

    assert product.attributes["color"] == ["Crimson Sunset", "red"]
    assert product.attribute("material") == "Washed Flax Blend, linen"


def test_extra_keeps_what_an_agent_may_need_and_nothing_empty() -> None:
    extra = parse_product(_record()).extra

    assert extra == {
        "affiliate_link": "https://wild.example/e?...TC2288-111",
        "handle": "tc2288-111",
        "platform_id": "TC2288-111",
        "product_type": "FOOTWEAR",
        "tags": ["FOOTWEAR"],
    }


def test_rating_is_read_when_present() -> None:
    product = parse_product(_record(average_rating=4.6, review_count=1832, rating_scale=5))

    assert product.rating is not None
    assert (product.rating.value, product.rating.count, product.rating.scale) == (Decimal("4.6"), 1832, Decimal(5))


def test_missing_rating_is_none() -> None:
    assert parse_product(_record()).rating is None


def test_product_type_is_the_category_when_there_is_no_google_path() -> None:
    assert parse_product(_record(google_product_category_path=None)).category == "FOOTWEAR"


def test_html_description_is_plain_text_when_there_is_no_text_one() -> None:
    record = _record(description=None, description_html="<p>Soft &amp; light</p><script>x()</script>")

    assert parse_product(record).description == "Soft & light"


def test_unavailable_product_is_out_of_stock() -> None:
    assert parse_product(_record(is_available=False)).availability is Availability.out_of_stock


def test_availability_falls_back_to_variants() -> None:
    assert parse_product(_record(is_available=None)).availability is Availability.in_stock


def test_seller_falls_back_to_store_domain() -> None:
    assert parse_product(_record(vendor=None)).seller == "www.stridewell.example"


def test_without_an_id_the_url_gives_a_stable_id() -> None:
    product = parse_product(_record(id=None))

    assert product.id == stable_id("getcatalog", "https://www.stridewell.example/t/trailhead-court-07/TC2288-111")
    assert parse_product(_record(id=None)).id == product.id


def test_a_record_without_title_is_an_error() -> None:
    with pytest.raises(RecordError, match="no title"):
        parse_product(_record(title="  "))


def test_a_record_without_id_or_url_is_an_error() -> None:
    with pytest.raises(RecordError, match="no id or url"):
        parse_product(_record(id=None, url=None))


def test_result_entry_is_unwrapped() -> None:
    entry = {"url": "https://www.stridewell.example/x", "product": _record(), "success": True}

    product = parse_result(entry)

    assert product is not None and product.title == "Trailhead Court '07"


def test_result_entry_gives_its_url_to_a_product_without_one() -> None:
    entry = {"url": "https://www.stridewell.example/x", "product": _record(url=None), "success": True}

    product = parse_result(entry)

    assert product is not None and product.url == "https://www.stridewell.example/x"


def test_failed_result_entry_is_none() -> None:
    assert parse_result({"url": "https://www.stridewell.example/x", "product": None, "success": False}) is None
    assert parse_result({"url": "https://www.stridewell.example/x", "success": False, "product": _record()}) is None


def test_the_product_serializes_to_json() -> None:
    text = parse_product(_record()).model_dump_json()

    assert '"amount":"115.00"' in text  # in the currency's minor units (USD: cents)
