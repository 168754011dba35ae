"""The import's lean path writes the very rows the product path writes, and model-number terms keep their spellings."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from typing import Any

import pytest

from aisle_mcp.products import Money, Product
from aisle_mcp.providers.local import store, tokens
from aisle_mcp.providers.local.aisle_shape import is_aisle_record
from aisle_mcp.providers.local.feeds import FeedOptions, line_fields, parse_line
from aisle_mcp.providers.local.tokens import code_terms

ADDED_AT = "2026-11-23T12:00:00+00:00"
RECORDS: list[dict[str, Any]] = [
    {
        "id": "SKU1",
        "title": "Sony WH-1000XM3 Wireless Headphones",
        "brand": "Sony",
        "price": "147.84 USD",
        "availability": "in stock",
        "category": "Electronics > Audio",
        "color": "Black",
        "mpn": "WH-1000XM3",
        "link": "https://shop.example/p/1",
        "description": "Quiet, <b>light</b> &amp; folding.",
    },
    {
        "id": 7,
        "title": "  Café   Crème  Mug ",
        "price": 12.5,
        "currency": "eur",
        "quantity": 0,
        "gtin": "0012345678905",
    },
    {"sku": "AB-12", "name": "Desk Lamp", "sale_price": "19.99 USD", "price": "25.00 USD", "tags": "Lamp, Desk ,lamp"},
    {"id": "x", "title": "Lamp POA", "price": "POA", "compare_at_price": "€30", "colour": ["Red", "Blue"]},
    {"id": "y", "title": "Jacket", "price": "€16,99 per stuk", "size": "XL", "material": "Wool", "gender": "male"},
    {
        "id": "z",
        "title": "Shoe",
        "image_link": "https://img.example/1.jpg",
        "additional_image_link": "https://img.example/2.jpg, https://img.example/3.jpg",
    },
    {
        "id": "g",
        "title": "Tent 2P",
        "google_product_category": "1013",
        "product_type": "Outdoor|Tents",
        "item_group_id": "T-2",
    },
    {"id": "r", "title": "Rated Kettle", "rating": "4.5", "review_count": 12, "updated_at": "2024-07-25T19:52:30Z"},
    {
        "id": "c",
        "title": "Ctrl \u0001 and \u2028 and emoji 😀 in text",
        "description": 'tab\there "quoted" back\\slash',
    },
    {"id": "n", "title": "Unknown Stock", "availability": "n/a", "brand": "N/A", "mpn": "none", "tags": ["a", "b"]},
    {"id": "t", "title": "A" * 600, "description": "word " * 400, "tags": ""},
    {"retailerId": "131", "id": "86833674", "name": "Criteo Row", "price": 39.99, "isInStock": True},
    {
        "id": "w",
        "title": "Warned",
        "price": "-5",
        "currency": "dollars",
        "availability": "maybe",
        "link": "x",
        "gtin": 1,
    },
    {
        "id": "local:abc",
        "title": "Aisle's Own",
        "price": {"amount": "4.5", "currency": "USD"},
        "availability": "limited",
    },
]


@pytest.mark.parametrize("record", RECORDS, ids=[str(index) for index in range(len(RECORDS))])
def test_the_lean_path_writes_the_rows_of_the_product_path(record: dict[str, Any]) -> None:
    options = FeedOptions("shop.ndjson", None, None)
    line = json.dumps(record).encode()
    (product,) = [item for item in parse_line(line, 1, options) if isinstance(item, Product)]
    (lean,) = [item for item in line_fields(line, 1, options) if isinstance(item, (dict, Product))]
    row = store.fields_row(lean, ADDED_AT) if isinstance(lean, dict) else None
    assert row is None or row == (store.row_values(product, ADDED_AT), store.text_values(product))
    # only other providers' records and Aisle's own take the product path
    assert row is not None or record.get("retailerId") or is_aisle_record(record)


@pytest.mark.parametrize(
    ("record", "said"),
    [
        (RECORDS[3], ["line 4: price 'POA' is not a number; imported without a price"]),
        (
            RECORDS[-2],
            [
                "line 4: currency 'dollars' is not an ISO 4217 code; left out",
                "line 4: price '-5' is negative; imported without a price",
                "line 4: availability 'maybe' is not a stock state"
                " (in stock, out of stock, preorder, backorder, limited, discontinued); left unknown",
                "line 4: url 'x' is not an http(s) URL; left out",
                "line 4: gtin 1 is not a GTIN (8, 12, 13 or 14 digits); left out",
            ],
        ),
    ],
)
def test_warnings_are_the_same_on_both_paths(record: dict[str, Any], said: list[str]) -> None:
    options = FeedOptions("shop.ndjson", None, None)
    line = json.dumps(record).encode()
    full = [str(item) for item in parse_line(line, 4, options) if not isinstance(item, Product)]
    lean = [str(item) for item in line_fields(line, 4, options) if not isinstance(item, (dict, Product))]
    assert full == lean == said


# Spelled by the earlier, slower code_terms: the index and the queries must keep every spelling they had.
CODE_TERMS = [
    ("Sony WH-1000XM3 Wireless Noise Cancelling Headphones", ["wh1000xm3", "1000", "xm", "3"]),
    ("wh 1000 xm3", ["xm", "3", "wh1000", "wh1000xm3", "1000xm3"]),
    ("Corsair CC-9011050-WW", ["cc9011050ww"]),
    ("D'addario NYXL0942 Nickel 9-42", ["nyxl", "0942", "942", "nickel942"]),
    ("Café 2TB USB-C Gen 2", ["2", "tb", "2tb", "cafe2tb", "cafe2tbusbc", "2tbusbc", "2tbusbcgen", "gen2"]),
    ("Ubiquiti UniFi AC In-Wall 5-pack (UAP-AC-IW-5)", ["5pack", "uapaciw5", "5pk", "inwall5pack"]),
    ("½ inch 3²", ["1d2in", "1d2inch", "1d2inch32", "inch32"]),
    ("\uff21\uff22\uff11\uff12\uff13 pro", ["ab", "123", "ab123pro"]),
    ("a_b 12_3 x-1.5", ["123", "x15", "ab123", "ab123x15", "123x15"]),
    ("Headphones 1000 pro", ["1000pro"]),
    ('RAP-B-400U RAM Small Tough-Claw 1" Ball', ["rapb400u", "400", "u", "1in", "1ball"]),
    ("iPhone 15 Pro Max 256GB", ["256", "gb", "256gb", "iphone15", "iphone15pro", "15pro", "15promax", "max256gb"]),
    (
        "F-8936K4 Acoustic Guitar Strings 1TB Red F-8936K4",
        [
            "f8936k4",
            "8936",
            "k",
            "4",
            "1",
            "tb",
            "1tb",
            "strings1tb",
            "strings1tbred",
            "1tbred",
            "1tbredf8936k4",
            "redf8936k4",
        ],
    ),
    ("no digits here", []),
    ("", []),
    ("٣ arabic ٣x", ["٣", "x", "٣arabic", "٣arabic٣x", "arabic٣x"]),
    (
        "x1 y2 z3 w4 v5",
        [
            "x",
            "1",
            "y",
            "2",
            "z",
            "3",
            "w",
            "4",
            "v",
            "5",
            "x1y2",
            "x1y2z3",
            "y2z3",
            "y2z3w4",
            "z3w4",
            "z3w4v5",
            "w4v5",
        ],
    ),
]


@pytest.mark.parametrize(("text", "terms"), CODE_TERMS)
def test_code_terms_keep_their_spellings(text: str, terms: list[str]) -> None:
    assert code_terms(text) == terms


def test_code_terms_are_the_same_whether_or_not_their_chunks_were_seen_before() -> None:
    texts = [text for text, _ in CODE_TERMS]
    texts += [f"{a} {b}" for a, b in zip(texts, reversed(texts), strict=True)]
    cold: list[list[str]] = []
    for text in texts:
        tokens._chunk.cache_clear()  # pyright: ignore[reportPrivateUsage]
        cold.append(code_terms(text))
    warm = [code_terms(text) for text in reversed(texts)][::-1]  # every chunk remembered from another text
    assert warm == cold
    assert cold[: len(CODE_TERMS)] == [terms for _, terms in CODE_TERMS]


def test_the_lean_path_writes_the_rows_of_the_product_path_for_random_records() -> None:
    rng = random.Random(20261123)
    keys = [
        *sorted(
            {
                key
                for record in RECORDS
                if not record.get("retailerId") and not is_aisle_record(record)
                for key in record
            }
        ),
        "url",
        "vendor",
        "Image Link",
        "g:price",
        "seller",
    ]
    values: list[object] = [None, "", "x", "Red", ["a", "b"], 3, 2.5, "12.00 USD", "€5", "POA", "in stock", "0"]
    values += ["https://a.example/x", "/rel", "4006381333931", "A-1 B2", "<b>hi</b> &amp;", "n/a", "1013", "A|B"]
    options = FeedOptions("shop.ndjson", "EUR", "https://shop.example")
    compared = 0
    for number in range(1, 1500):
        record = {key: rng.choice(values) for key in rng.sample(keys, rng.randint(1, 14))}
        record["title"] = rng.choice(["Lamp 2", "Café", "x", "", None])
        line = json.dumps(record).encode()
        full = parse_line(line, number, options)
        lean = line_fields(line, number, options)
        assert [str(i) for i in full if not isinstance(i, Product)] == [
            str(i) for i in lean if not isinstance(i, (dict, Product))
        ]
        products = [i for i in full if isinstance(i, Product)]
        rows = [store.fields_row(i, ADDED_AT) for i in lean if isinstance(i, dict)]
        assert rows == [(store.row_values(p, ADDED_AT), store.text_values(p)) for p in products]
        compared += len(rows)
    assert compared > 500


def test_a_price_read_again_is_the_same_price() -> None:
    options = FeedOptions("shop.ndjson", None, None)
    lines = [json.dumps({"id": str(number), "title": "Lamp", "price": "12.50 EUR"}).encode() for number in (1, 2)]
    first, second = (line_fields(line, number, options)[0] for number, line in enumerate(lines, 1))
    assert isinstance(first, dict) and isinstance(second, dict)
    assert first["price"] == second["price"] == Money(amount=Decimal("12.50"), currency="EUR")
    assert store.fields_row(second, ADDED_AT)[0][6:8] == (12.5, "EUR")
