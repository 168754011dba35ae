"""Records in Aisle's own shape (get_product's product, search's summary) read back as the products they describe."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from aisle_mcp.products import Availability, Money, Option, Product, Rating, Variant, stable_id
from aisle_mcp.providers.local.aisle_shape import export_line, is_aisle_record
from aisle_mcp.providers.local.feeds import FeedProblem, FeedWarning, read_feed


def read(tmp_path: Path, *records: dict[str, Any], name: str = "shop.ndjson") -> tuple[list[Product], list[str]]:
    path = tmp_path / name
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    products: list[Product] = []
    said: list[str] = []
    for item in read_feed(path):
        if isinstance(item, Product):
            products.append(item)
        else:
            assert isinstance(item, (FeedProblem, FeedWarning))
            said.append(f"{'skipped' if isinstance(item, FeedProblem) else 'warning'}: {item}")
    return products, said


def test_a_line_in_aisles_answer_shape_keeps_its_price_object_and_stock(tmp_path: Path) -> None:
    line = {"id": "ISO-A", "title": "Isolate A Widget", "price": {"amount": "44.00", "currency": "EUR"}}
    (product,), said = read(tmp_path, {**line, "availability": "in stock"}, name="iso.ndjson")
    assert said == []
    assert product.id == stable_id("local", "iso.ndjson", "ISO-A")  # a feed's own id, as for any feed
    assert product.source == "local"
    assert product.price == Money(amount=Decimal("44.00"), currency="EUR")
    assert product.availability is Availability.in_stock
    assert product.extra == {"feed_id": "ISO-A"}


def test_an_id_qualified_with_an_aisle_source_is_kept_with_its_source(tmp_path: Path) -> None:
    summary = {
        "id": "getcatalog:6e6bd7bd",
        "title": "Trailhead Court '07",
        "brand": "Stridewell",
        "availability": "in_stock",
        "url": "https://www.stridewell.example/t/court-07",
    }
    local = {"id": "local:3f9a0c1d2b4e5f60", "title": "Desk Lamp", "price": "19.99 USD"}
    products, said = read(tmp_path, summary, local)
    assert said == []
    assert [(p.id, p.source) for p in products] == [
        ("getcatalog:6e6bd7bd", "getcatalog"),
        ("local:3f9a0c1d2b4e5f60", "local"),
    ]
    assert products[0].url == summary["url"] and products[0].brand == "Stridewell"
    assert products[1].price == Money(amount=Decimal("19.99"), currency="USD")


def test_values_aisle_cannot_keep_are_left_out_and_each_is_said_with_its_line(tmp_path: Path) -> None:
    good = {"id": "local:1", "title": "Kept", "price": {"amount": "5", "currency": "USD"}}
    bad = {
        "id": "local:2",
        "title": "Partly Kept",
        "brand": "Acme",
        "source": "criteo",
        "url": "not-a-url",
        "availability": "maybe",
        "price": {"amount": "-5.00", "currency": "USD"},
        "list_price": {"amount": "12", "currency": "dollars"},
        "images": ["https://img.example/1.jpg", "img/2.jpg"],
        "rating": {"value": "great"},
        "colour": "red",
    }
    products, said = read(tmp_path, good, bad, {"id": "local:3", "price": {"amount": "1"}})
    assert [p.id for p in products] == ["local:1", "local:2"]
    assert said == [
        "warning: line 2: source 'criteo' is not the id's (local); the id's is kept",
        "warning: line 2: url 'not-a-url' is not an http(s) URL; left out",
        "warning: line 2: availability 'maybe' is not a stock state"
        " (in_stock, out_of_stock, preorder, backorder, limited, discontinued, unknown); left unknown",
        "warning: line 2: price amount '-5.00' is negative; price left out",
        "warning: line 2: list_price currency 'dollars' is not an ISO 4217 code; left out",
        "warning: line 2: image 'img/2.jpg' is not an http(s) URL; left out",
        "warning: line 2: 'colour' is not a field of Aisle's product; left out",
        "warning: line 2: rating.value: Input should be a valid decimal; rating left out",
        "skipped: line 3: no title",
    ]
    partly = products[1]
    assert (partly.brand, partly.source, partly.url, partly.price, partly.rating) == ("Acme", "local", None, None, None)
    assert partly.availability is Availability.unknown
    assert partly.list_price == Money(amount=Decimal("12.00"))
    assert partly.images == ["https://img.example/1.jpg"]


def test_a_full_product_written_for_export_reads_back_equal_field_by_field(tmp_path: Path) -> None:
    product = Product(
        id="local:9a0c1d2b4e5f6071",
        source="local",
        title="Trail Runner 2  (wide)",
        brand="Stridewell",
        seller="Northbay Goods",
        url="https://shop.example/p/runner",
        price=Money(amount=Decimal("89.9"), currency="EUR"),
        list_price=Money(amount=Decimal("120"), currency="EUR"),
        availability=Availability.limited,
        image="https://img.example/runner.jpg",
        images=["https://img.example/runner.jpg", "https://img.example/runner-2.jpg"],
        category="Shoes > Running",
        gtin="00012345678905",
        mpn="TR-2W",
        sku="TR2-W-42",
        description="Light, wide, and N/A on weekends.",
        attributes={"color": "Blue", "size": ["42", "43"]},
        options=[Option(name="Size", values=["42", "43"])],
        variants=[
            Variant(
                id="v1", sku="TR2-W-42", price=Money(amount=Decimal("89.9"), currency="EUR"), options={"Size": "42"}
            ),
            Variant(id="v2", availability=Availability.out_of_stock, options={"Size": "43"}),
        ],
        rating=Rating(value=Decimal("4.5"), count=12, scale=Decimal(5)),
        extra={"feed_id": "TR2", "tags": ["trail", "wide"], "nested": {"a": [1, 2.5, None]}},
        field_sources={"price": "json-ld"},
    )
    path = tmp_path / "export.ndjson"
    path.write_bytes(export_line(product))
    (again,) = [item for item in read_feed(path) if isinstance(item, Product)]
    assert again == product
    assert again.model_dump(mode="json") == product.model_dump(mode="json")
    assert export_line(again) == export_line(product)


def test_flat_records_and_other_providers_records_are_not_taken_for_aisles_shape() -> None:
    assert not is_aisle_record({"id": "SK-1", "title": "Lamp", "price": "10 USD"})
    assert not is_aisle_record({"id": "p1", "title": "Shoe", "price": {"current_value": 115, "currency": "USD"}})
    assert not is_aisle_record({"id": "sku:1", "title": "A feed's own id with a colon"})
    assert is_aisle_record({"id": "SK-1", "title": "Lamp", "price": {"amount": "10"}})
    assert is_aisle_record({"id": "criteo:131:86833674", "title": "Short"})
