import gzip
import json
import tracemalloc
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aisle_mcp.products import Availability, Money, Product
from aisle_mcp.providers.fields import price_in_text
from aisle_mcp.providers.local.feeds import FeedItem, FeedProblem, FeedWarning, detect_format, read_feed

CRITEO_ROW: dict[str, Any] = {
    "id": "86833674",
    "name": 'Flat Front Short 46 x 10.5" - Black',
    "category": "clothing|men's clothing|bottoms|shorts",
    "categoryId": "3051218",
    "brandId": "40095",
    "brandName": "Test Brand",
    "retailerId": "131",
    "retailerName": "Retailer Name",
    "price": 39.99,
    "isInStock": True,
    "minBid": 0.4,
    "gtin": "none",
    "mpn": None,
    "imageUrl": "https://img.retailer.example/a610.jpg",
    "updatedAt": "2024-07-25T19:52:30Z",
}
GETCATALOG_PRODUCT: dict[str, Any] = {
    "id": "6e6bd7bd-bfb5-4e05-85ee-4969628e741a",
    "title": "Trailhead Court '07",
    "brand": "Stridewell",
    "vendor": "stridewell.example",
    "url": "https://www.stridewell.example/t/court-07",
    "is_available": True,
    "price": {"currency": "USD", "current_value": 115, "compare_at_value": None},
}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _products(results: list[FeedItem]) -> list[Product]:
    return [r for r in results if isinstance(r, Product)]


def _problems(results: list[FeedItem]) -> list[str]:
    return [str(r) for r in results if isinstance(r, FeedProblem)]


def _warnings(results: list[FeedItem]) -> list[str]:
    return [str(r) for r in results if isinstance(r, FeedWarning)]


# Newline-delimited JSON ---------------------------------------------------------------------------------


def test_ndjson_lines_are_read_by_their_shape(tmp_path: Path) -> None:
    lines = [
        json.dumps(CRITEO_ROW),
        json.dumps(GETCATALOG_PRODUCT),
        json.dumps({"url": "https://shop.example/p/9", "product": {**GETCATALOG_PRODUCT, "id": "p9"}, "success": True}),
    ]
    results = list(read_feed(_write(tmp_path / "catalog.ndjson", "\n".join(lines) + "\n")))

    products = _products(results)
    assert [p.id for p in products] == [
        "criteo:131:86833674",
        f"getcatalog:{GETCATALOG_PRODUCT['id']}",
        "getcatalog:p9",
    ]
    assert products[0].category == "clothing > men's clothing > bottoms > shorts"
    assert products[1].price is not None and products[1].price.amount == Decimal(115)
    assert _problems(results) == []


def test_ndjson_bad_lines_are_reported_and_good_ones_survive(tmp_path: Path) -> None:
    lines = [
        json.dumps(CRITEO_ROW),
        "",
        '{"id": "2", "name": "Broken" "price": 3}',
        "[1, 2]",
        json.dumps({**CRITEO_ROW, "id": "3", "name": ""}),
        json.dumps({"url": "https://shop.example/x", "product": None, "success": False, "error": "timeout"}),
        json.dumps({**CRITEO_ROW, "id": "4"}),
    ]
    results = list(read_feed(_write(tmp_path / "catalog.jsonl", "\n".join(lines))))

    assert [p.id for p in _products(results)] == ["criteo:131:86833674", "criteo:131:4"]
    assert _problems(results) == [
        "line 3: not JSON: Expecting ',' delimiter (column 30)",
        "line 4: not a JSON object but list",
        "line 5: no name",
        "line 6: the extraction failed: timeout",
    ]


def test_values_a_providers_record_has_that_its_reader_leaves_out_are_said(tmp_path: Path) -> None:
    criteo = {**CRITEO_ROW, "price": -5, "isInStock": "maybe", "imageUrl": "/img/a610.jpg", "updatedAt": "soon"}
    getcatalog = {**GETCATALOG_PRODUCT, "url": "not-a-url", "price": {"currency": "USD", "current_value": "POA"}}
    lines = [json.dumps(CRITEO_ROW), json.dumps(criteo), json.dumps(getcatalog)]
    results = list(read_feed(_write(tmp_path / "providers.ndjson", "\n".join(lines) + "\n")))

    assert len(_products(results)) == 3
    assert _warnings(results) == [  # nothing for the first: its gtin "none" says there is none
        "line 2: price -5 is negative; imported without a price",
        "line 2: imageUrl '/img/a610.jpg' is not an http(s) URL; left out",
        "line 2: isInStock 'maybe' is not a stock state"
        " (in stock, out of stock, preorder, backorder, limited, discontinued); left unknown",
        "line 2: updatedAt 'soon' is not a date; left out",
        "line 3: url 'not-a-url' is not an http(s) URL; left out",
        "line 3: price.current_value 'POA' is not a number; imported without a price",
    ]


def test_ndjson_currency_is_applied_to_rows_without_one(tmp_path: Path) -> None:
    path = _write(tmp_path / "criteo.ndjson", json.dumps(CRITEO_ROW) + "\n")

    (product,) = _products(list(read_feed(path, currency="USD")))

    assert product.price is not None
    assert (str(product.price.amount), product.price.currency) == ("39.99", "USD")


def test_large_ndjson_streams_without_loading_the_file(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    count = 50_000
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps({**CRITEO_ROW, "id": str(number), "price": number / 100}) + "\n")

    results = read_feed(path)
    first = next(results)
    # A line added after reading began is still read: the file is consumed as it goes, not loaded up front.
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps({**CRITEO_ROW, "id": "late", "price": "12.34"}) + "\n")
    rest = _products(list(results))

    assert isinstance(first, Product) and first.id == "criteo:131:0"
    assert len(rest) == count
    assert rest[-2].price == Money(amount=Decimal("499.99"))
    assert rest[-1].id == "criteo:131:late"


def test_gzipped_ndjson_is_read(tmp_path: Path) -> None:
    path = tmp_path / "catalog.ndjson.gz"
    path.write_bytes(gzip.compress((json.dumps(CRITEO_ROW) + "\n").encode()))

    assert detect_format(path) == "ndjson"
    assert len(_products(list(read_feed(path)))) == 1


# JSON documents -----------------------------------------------------------------------------------------

SHOPIFY: dict[str, Any] = {
    "products": [
        {
            "id": 632910392,
            "title": "Harbor Linen Shirt",
            "handle": "harbor-linen-shirt",
            "body_html": "<p>Breathable <strong>linen</strong> shirt.</p>",
            "published_at": "2025-03-01T10:00:00-05:00",
            "updated_at": "2025-03-02T10:00:00-05:00",
            "vendor": "Tidewater Thread",
            "product_type": "Shirts",
            "tags": "linen, summer",
            "variants": [
                {
                    "id": 1,
                    "title": "Red / M",
                    "option1": "Red",
                    "option2": "M",
                    "sku": "TT-LIN-RED-M",
                    "barcode": "4006381333931",
                    "price": "44.00",
                    "compare_at_price": "59.00",
                    "available": True,
                },
                {
                    "id": 2,
                    "title": "Red / L",
                    "option1": "Red",
                    "option2": "L",
                    "sku": "TT-LIN-RED-L",
                    "price": "39.50",
                    "compare_at_price": None,
                    "available": False,
                },
            ],
            "images": [{"id": 9, "src": "https://cdn.shop.example/files/harbor.jpg", "position": 1}],
            "options": [
                {"name": "Color", "position": 1, "values": ["Red"]},
                {"name": "Size", "position": 2, "values": ["M", "L"]},
            ],
        },
        {
            "id": 632910393,
            "title": "Gift Card",
            "handle": "gift-card",
            "body_html": "",
            "variants": [{"id": 3, "title": "Default Title", "option1": "Default Title", "price": "25.00"}],
            "options": [{"name": "Title", "position": 1, "values": ["Default Title"]}],
            "images": [],
        },
        {"id": 632910394, "handle": "untitled", "body_html": "", "variants": []},
    ]
}


def test_shopify_products_json_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "products.json", json.dumps(SHOPIFY, indent=2))

    results = list(read_feed(path, currency="USD", base_url="https://tidewater.example"))

    shirt, card = _products(results)
    assert shirt.title == "Harbor Linen Shirt"
    assert shirt.brand == "Tidewater Thread"
    assert shirt.seller == "tidewater.example"
    assert shirt.url == "https://tidewater.example/products/harbor-linen-shirt"
    assert shirt.description == "Breathable linen shirt."
    assert shirt.category == "Shirts"
    assert shirt.availability is Availability.in_stock
    assert shirt.price is not None and shirt.list_price is not None
    assert (shirt.price.amount, shirt.price.currency, shirt.list_price.amount) == (
        Decimal("44.00"),
        "USD",
        Decimal("59.00"),
    )
    assert [(o.name, o.values) for o in shirt.options] == [("Color", ["Red"]), ("Size", ["M", "L"])]
    assert [v.options for v in shirt.variants] == [{"Color": "Red", "Size": "M"}, {"Color": "Red", "Size": "L"}]
    assert shirt.variants[0].gtin == "4006381333931"
    assert shirt.variants[1].availability is Availability.out_of_stock
    assert shirt.image == "https://cdn.shop.example/files/harbor.jpg"
    assert shirt.extra["tags"] == ["linen", "summer"]
    assert card.options == [] and card.variants == []
    assert card.availability is Availability.unknown
    assert _problems(results) == ["item 3: no title"]


def test_shopify_ids_are_stable_across_reads(tmp_path: Path) -> None:
    path = _write(tmp_path / "products.json", json.dumps(SHOPIFY))

    first = [p.id for p in _products(list(read_feed(path)))]

    assert first == [p.id for p in _products(list(read_feed(path)))]
    assert all(i.startswith("local:") for i in first)


def test_a_getcatalog_status_response_is_read_as_a_document(tmp_path: Path) -> None:
    response = {
        "status": "completed",
        "results": {"products": [{"url": GETCATALOG_PRODUCT["url"], "product": GETCATALOG_PRODUCT, "success": True}]},
    }
    path = _write(tmp_path / "results.json", json.dumps(response))

    assert detect_format(path) == "json"
    (product,) = _products(list(read_feed(path)))
    assert product.source == "getcatalog"


def test_a_broken_json_document_is_one_problem(tmp_path: Path) -> None:
    path = _write(tmp_path / "products.json", '{\n  "products": [\n    {"title": "A",}\n  ]\n}')

    results = list(read_feed(path))

    assert _problems(results) == ["line 3: not JSON: Expecting property name enclosed in double quotes (column 19)"]


# CSV and Google Merchant TSV --------------------------------------------------------------------------------


def test_merchant_tsv_is_read(tmp_path: Path) -> None:
    rows = [
        "id\ttitle\tdescription\tlink\timage_link\tadditional_image_link\tavailability\tprice\tsale_price\tbrand"
        "\tgtin\tmpn\tgoogle_product_category\tproduct_type\tcolor\tmaterial\tsize\titem_group_id",
        "TT-1\tHarbor Linen Shirt\tLight &amp; airy\thttps://shop.example/p/tt-1\thttps://shop.example/i/1.jpg"
        "\thttps://shop.example/i/2.jpg,https://shop.example/i/3.jpg\tin stock\t59.00 USD\t44.00 USD\tTidewater"
        "\t4006381333931\tTT-LIN\t212\tApparel > Shirts\tRed\tLinen\tM\tTT",
        "TT-2\t\t\t\t\t\tin stock\t10 USD\t\t\t\t\t\t\t\t\t\t",
        "TT-3\tHarbor Linen Shirt Blue\t\t\t\t\tout of stock\tUSD 15.00\t\tTidewater\t\t\t"
        "Apparel & Accessories > Clothing > Shirts & Tops\t\tBlue\tLinen\tL\tTT",
    ]
    path = _write(tmp_path / "merchant.txt", "\n".join(rows) + "\n")

    assert detect_format(path) == "tsv"
    results = list(read_feed(path))

    first, third = _products(results)
    assert first.price is not None and first.list_price is not None
    assert (first.price.amount, first.price.currency) == (Decimal("44.00"), "USD")
    assert first.list_price.amount == Decimal("59.00")
    assert first.availability is Availability.in_stock
    assert first.description == "Light & airy"
    assert first.images == [
        "https://shop.example/i/1.jpg",
        "https://shop.example/i/2.jpg",
        "https://shop.example/i/3.jpg",
    ]
    assert first.category == "Apparel > Shirts"
    assert first.extra["google_product_category_id"] == "212"
    assert first.extra["item_group_id"] == "TT"
    assert first.attributes == {"color": "Red", "material": "Linen", "size": "M"}
    assert (first.gtin, first.mpn) == ("4006381333931", "TT-LIN")
    assert third.price is not None and (third.price.amount, third.price.currency) == (Decimal("15.00"), "USD")
    assert str(third.price.amount) == "15.00"
    assert third.category == "Apparel & Accessories > Clothing > Shirts & Tops"
    assert third.availability is Availability.out_of_stock
    assert _problems(results) == ["line 3: no title"]


def test_csv_with_common_column_names(tmp_path: Path) -> None:
    text = (
        "SKU,Name,Brand,Price,Currency,Availability,URL,Image,Category,Description,Colour\n"
        "SH-1,Oxford Shirt,Loomwell,29.99,USD,yes,https://shop.example/sh-1,/img/sh-1.jpg,Apparel|Shirts,"
        '"Crisp cotton,\nbutton-down collar",White\n'
        "SH-2,Field Jacket,Loomwell,abc,USD,yes,,,,,\n"
        "SH-3,Rain Shell,Loomwell,89,EUR,0,,,,,Green\n"
    )
    path = _write(tmp_path / "export.csv", text)

    results = list(read_feed(path, base_url="https://shop.example"))

    shirt, jacket, shell = _products(results)
    assert shirt.sku == "SH-1"
    assert shirt.price is not None and (str(shirt.price.amount), shirt.price.currency) == ("29.99", "USD")
    assert shirt.availability is Availability.in_stock
    assert shirt.image == "https://shop.example/img/sh-1.jpg"
    assert shirt.category == "Apparel > Shirts"
    assert shirt.description == "Crisp cotton, button-down collar"
    assert shirt.attributes == {"color": "White"}
    assert shell.price is not None and shell.price.currency == "EUR"
    assert shell.availability is Availability.out_of_stock
    assert (jacket.title, jacket.price) == ("Field Jacket", None)
    assert _problems(results) == []
    assert _warnings(results) == ["line 4: price 'abc' is not a number; imported without a price"]


def test_a_record_whose_price_is_no_number_is_imported_without_one_after_a_warning(tmp_path: Path) -> None:
    text = (
        "id,title,brand,price,sale_price\n"
        "1,Dutch Oven,Le Creuset,POA,\n"
        "2,Frying Pan,Tefal,Sold Out,\n"
        "3,Kettle,Tefal,39.00 EUR,ask us\n"
        "4,Blender,Tefal,,\n"
    )
    results = list(read_feed(_write(tmp_path / "export.csv", text)))

    assert [(type(r).__name__, getattr(r, "title", None)) for r in results] == [
        ("FeedWarning", None),
        ("Product", "Dutch Oven"),
        ("FeedWarning", None),
        ("Product", "Frying Pan"),
        ("FeedWarning", None),
        ("Product", "Kettle"),
        ("Product", "Blender"),
    ]
    assert _warnings(results) == [
        "line 2: price 'POA' is not a number; imported without a price",
        "line 3: price 'Sold Out' is not a number; imported without a price",
        "line 4: sale price 'ask us' is not a number; left out",
    ]
    oven, pan, kettle, blender = _products(results)
    assert (oven.brand, oven.price, pan.price, blender.price) == ("Le Creuset", None, None, None)
    assert kettle.price == Money(amount=Decimal("39.00"), currency="EUR")


def test_every_value_a_flat_feed_gives_that_is_left_out_or_cut_is_said_with_its_line(tmp_path: Path) -> None:
    text = (
        "id,title,price,currency,availability,link,image_link,gtin,updated_at,rating\n"
        "1,Desk Lamp,-5.00,USD,maybe,not-a-url,img/1.jpg,12345,yesterday,great\n"
        "2,Floor Lamp,12,dollars,n/a,https://shop.example/2,,none,,\n"
        f"3,{'Long ' * 120},19.99,JPY,in stock,,,,,\n"
        "4,Wall Lamp,USD -3,,,,,,,\n"
        "5,Plain Lamp,27.5,usd,instock,https://shop.example/5,,,2026-11-02,\n"
    )
    results = list(read_feed(_write(tmp_path / "lamps.csv", text)))

    assert _problems(results) == []
    assert _warnings(results) == [
        "line 2: price '-5.00' is negative; imported without a price",
        "line 2: image 'img/1.jpg' is not an http(s) URL; left out",
        "line 2: availability 'maybe' is not a stock state"
        " (in stock, out of stock, preorder, backorder, limited, discontinued); left unknown",
        "line 2: url 'not-a-url' is not an http(s) URL; left out",
        "line 2: gtin '12345' is not a GTIN (8, 12, 13 or 14 digits); left out",
        "line 2: rating 'great' is not a number; left out",
        "line 2: updated_at 'yesterday' is not a date; left out",
        "line 3: currency 'dollars' is not an ISO 4217 code; left out",
        "line 4: title of 599 characters cut to 500",
        "line 5: price 'USD -3' is negative; imported without a price",
    ]
    desk, floor, long, wall, plain = _products(results)
    assert (desk.price, desk.url, desk.image, desk.gtin, desk.availability) == (None, None, None, None, "unknown")
    assert floor.price == Money(amount=Decimal("12"))  # "n/a" and "none" say nothing: nothing to report
    assert long.price is not None and long.price.model_dump(mode="json") == {"amount": "19.99", "currency": "JPY"}
    assert wall.price is None
    assert plain.price is not None and plain.price.model_dump(mode="json") == {"amount": "27.50", "currency": "USD"}


def test_a_column_no_field_reads_is_said_once_at_its_first_row(tmp_path: Path) -> None:
    text = "id,title,price,Shipping,source\n1,Desk Lamp,3 USD,4.95,local\n2,Floor Lamp,4 USD,0,local\n"
    results = list(read_feed(_write(tmp_path / "lamps.csv", text)))
    assert len(_products(results)) == 2
    assert _warnings(results) == ["line 2: columns no product field takes, left out: 'shipping'"]


def test_warnings_carry_the_item_position_in_xml_and_json_documents(tmp_path: Path) -> None:
    xml = (
        '<rss xmlns:g="http://base.google.com/ns/1.0"><channel>'
        "<item><g:id>1</g:id><title>Desk Lamp</title><g:price>15.00 USD</g:price></item>"
        "<item><g:id>2</g:id><title>Floor Lamp</title><g:price>Call for price</g:price></item>"
        "</channel></rss>"
    )
    results = list(read_feed(_write(tmp_path / "feed.xml", xml)))

    assert [p.title for p in _products(results)] == ["Desk Lamp", "Floor Lamp"]
    (warning,) = [r for r in results if isinstance(r, FeedWarning)]
    assert (warning.unit, warning.line) == ("item", 2)
    assert str(warning) == "item 2: price 'Call for price' is not a number; imported without a price"


@pytest.mark.parametrize(
    ("text", "currency", "price", "before"),
    [
        ("€16,99 per stuk", None, ("16.99", "EUR"), None),
        ("$180.19/set", None, ("180.19", "USD"), None),
        ("12.99 USD each", None, ("12.99", "USD"), None),
        ("R 619,99 incl tax", None, ("619.99", "ZAR"), None),
        ("R2 756,51 excl tax", None, ("2756.51", "ZAR"), None),
        ("Pret:110,24RON", None, ("110.24", "RON"), None),
        ("63,40KM", None, ("63.40", "BAM"), None),
        ("$\u200e147.95", None, ("147.95", "USD"), None),
        ("$17.40 (AUD)", None, ("17.40", "AUD"), None),  # a code in the text settles a mark several use
        ("$17.40", "NZD", ("17.40", "NZD"), None),  # and so does the feed's currency
        ("5 kr", "SEK", ("5.00", "SEK"), None),
        ("Pack of 10 $5.99", None, ("5.99", "USD"), None),  # the mark before an amount is that amount's
        ("Regular Price:$218.90Special Price$196.9", None, ("196.90", "USD"), ("218.90", "USD")),
        ("Was €30, now €20", None, ("20.00", "EUR"), ("30.00", "EUR")),
        ("£20 (was £30)", None, ("20.00", "GBP"), ("30.00", "GBP")),
    ],
)
def test_a_price_among_words_is_read_when_the_text_leaves_no_doubt(
    text: str, currency: str | None, price: tuple[str, str], before: tuple[str, str] | None
) -> None:
    read = price_in_text(text, currency)
    assert read is not None
    assert (str(read[0].amount), read[0].currency) == price
    assert (None if read[1] is None else (str(read[1].amount), read[1].currency)) == before


@pytest.mark.parametrize(
    "text", ["POA", "Sold Out", "CALL FOR PRICE", "$10 - $20", "from 3 units", "Call 555-1234", "USD 5 or EUR 4"]
)
def test_text_without_one_clear_price_is_not_read_as_one(text: str) -> None:
    assert price_in_text(text) is None


def test_a_price_column_stating_the_earlier_price_gives_the_list_price(tmp_path: Path) -> None:
    text = 'id,title,price,currency\n1,Kettle,"Regular Price:$218.90Special Price$196.90Incl. GST",AUD\n'

    (kettle,) = _products(list(read_feed(_write(tmp_path / "export.csv", text))))

    assert kettle.price == Money(amount=Decimal("196.90"), currency="AUD")
    assert kettle.list_price == Money(amount=Decimal("218.90"), currency="AUD")


def test_semicolon_csv_with_decimal_commas(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.csv", "id;title;price\n1;Teekanne;12,99 €\n2;Becher;1.299,00 EUR\n")

    results = list(read_feed(path))

    prices = [(p.price.amount, p.price.currency) for p in _products(results) if p.price]
    assert prices == [(Decimal("12.99"), "EUR"), (Decimal("1299.00"), "EUR")]


def test_csv_rows_with_too_many_fields_are_reported(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.csv", "id,title,price\n1,Mug,5\n2,Mug, large,6\n3,Bowl,7\n")

    results = list(read_feed(path))

    assert [p.title for p in _products(results)] == ["Mug", "Bowl"]
    assert _problems(results) == ["line 3: 4 fields but the header has 3; is a value unquoted?"]


def test_csv_without_a_title_column_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.csv", "id,price\n1,5\n")

    (problem,) = list(read_feed(path))

    assert isinstance(problem, FeedProblem)
    assert problem.line == 1
    assert "no title or name column" in problem.reason


def test_csv_row_without_any_identity_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.csv", "title,price\nMug,5\n")

    assert _problems(list(read_feed(path))) == ["line 2: no id, sku, gtin or link to tell the product apart"]


# Google Merchant XML -------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
  <channel>
    <title>Tidewater feed</title>
    <link>https://shop.example</link>
    <item>
      <g:id>TT-1</g:id>
      <title>Harbor Linen Shirt</title>
      <link>https://shop.example/p/tt-1</link>
      <description>Light linen</description>
      <g:image_link>https://shop.example/i/1.jpg</g:image_link>
      <g:additional_image_link>https://shop.example/i/2.jpg</g:additional_image_link>
      <g:additional_image_link>https://shop.example/i/3.jpg</g:additional_image_link>
      <g:price>15.00 USD</g:price>
      <g:availability>in_stock</g:availability>
      <g:brand>Tidewater</g:brand>
      <g:color>Red</g:color>
      <g:shipping><g:country>US</g:country><g:price>4.95 USD</g:price></g:shipping>
    </item>
    <item>
      <g:id>TT-2</g:id>
      <g:price>15.00 USD</g:price>
    </item>
    <item>
      <g:id>TT-3</g:id>
      <g:title>Harbor Linen Shorts</g:title>
      <g:price>USD 24.50</g:price>
      <g:availability>preorder</g:availability>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">
  <title>Feed</title>
  <entry>
    <id>tag:shop.example,2025:1</id>
    <g:id>A-1</g:id>
    <title>Trail Runner 2</title>
    <link href="https://shop.example/p/a-1" rel="alternate"/>
    <summary>Light running shoe</summary>
    <g:price>120.00 GBP</g:price>
    <g:sale_price>99.00 GBP</g:sale_price>
    <g:availability>in stock</g:availability>
  </entry>
</feed>
"""


def test_merchant_rss_is_read(tmp_path: Path) -> None:
    results = list(read_feed(_write(tmp_path / "feed.xml", RSS)))

    shirt, shorts = _products(results)
    assert shirt.title == "Harbor Linen Shirt"
    assert shirt.url == "https://shop.example/p/tt-1"
    assert shirt.price is not None and (shirt.price.amount, shirt.price.currency) == (Decimal("15.00"), "USD")
    assert shirt.availability is Availability.in_stock
    assert shirt.images == [
        "https://shop.example/i/1.jpg",
        "https://shop.example/i/2.jpg",
        "https://shop.example/i/3.jpg",
    ]
    assert shirt.attributes == {"color": "Red"}
    assert shorts.price is not None and shorts.price.amount == Decimal("24.50")
    assert shorts.availability is Availability.preorder
    assert _problems(results) == ["item 2: no title"]


def test_merchant_atom_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed", ATOM)

    assert detect_format(path) == "xml"
    (shoe,) = _products(list(read_feed(path)))
    assert shoe.url == "https://shop.example/p/a-1"
    assert shoe.description == "Light running shoe"
    assert shoe.price is not None and shoe.list_price is not None
    assert (shoe.price.amount, shoe.price.currency, shoe.list_price.amount) == (
        Decimal("99.00"),
        "GBP",
        Decimal("120.00"),
    )
    assert shoe.id == next(p.id for p in _products(list(read_feed(_write(tmp_path / "feed", ATOM)))))


def test_broken_xml_keeps_what_came_before_and_says_where(tmp_path: Path) -> None:
    broken = RSS.replace("</channel>", "<item><title>x</titel></item></channel>")

    results = list(read_feed(_write(tmp_path / "feed.xml", broken)))

    assert len(_products(results)) == 2
    (problem,) = [r for r in results if isinstance(r, FeedProblem) and r.unit == "line"]
    assert problem.line == 30
    assert problem.reason.startswith("not well-formed XML (mismatched tag")


def test_large_xml_feed_streams_in_flat_memory(tmp_path: Path) -> None:
    # Long descriptions make the feed large beside what the process keeps anyway (bounded memos of prices, ids and
    # validators, some hundreds of KB whatever ran before): a quarter of the file is far below a loaded feed.
    description = "Stoneware mug, glazed inside and out. " * 48
    item = "<item><g:id>{n}</g:id><title>Mug {n}</title><description>{d}</description><g:price>{n}.50 USD</g:price>"
    path = tmp_path / "feed.xml"
    with path.open("w", encoding="utf-8") as out:
        out.write('<rss xmlns:g="http://base.google.com/ns/1.0"><channel>\n')
        for n in range(3_000):
            out.write(item.format(n=n, d=description) + "</item>\n")
        out.write("</channel></rss>\n")
    assert sum(1 for _ in read_feed(path)) == 3_000  # a first pass fills caches that are not the feed's memory

    tracemalloc.start()
    try:
        count = sum(1 for result in read_feed(path) if isinstance(result, Product))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 3_000
    assert peak < path.stat().st_size / 4, f"peak {peak} bytes for a {path.stat().st_size}-byte feed"


# Formats -------------------------------------------------------------------------------------------------


def test_a_json_file_of_lines_is_detected_as_ndjson(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.json", json.dumps(CRITEO_ROW) + "\n" + json.dumps(CRITEO_ROW) + "\n")

    assert detect_format(path) == "ndjson"


def test_an_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.dat", "id\ttitle\tprice\n1\tMug\t5 USD\n")

    (product,) = _products(list(read_feed(path, "tsv")))

    assert product.price is not None and product.price.currency == "USD"


def test_an_unknown_format_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown feed format 'yaml'"):
        read_feed(_write(tmp_path / "feed.yaml", ""), "yaml")


def test_an_empty_file_yields_nothing(tmp_path: Path) -> None:
    assert list(read_feed(_write(tmp_path / "empty.csv", ""))) == []
    assert list(read_feed(_write(tmp_path / "empty.ndjson", ""))) == []


def test_values_a_catalog_api_or_commerceclarity_record_has_that_its_reader_leaves_out_are_said(tmp_path: Path) -> None:
    catalogai = {
        "id": "41", "title": "Linen Shirt", "url": "/p/41", "price_value": "about ten", "image_url": "ftp://x/a.jpg",
        "is_available": "maybe", "gtin": "12", "updated_at": "soon",
    }  # fmt: skip
    commerceclarity = {
        "_id": "cc-7", "name": "Wool Scarf", "countries": {"US": {"name": "Wool Scarf"}}, "thumb": "img.jpg",
        "updated_at": "yesterday",
    }  # fmt: skip
    lines = [json.dumps(catalogai), json.dumps(commerceclarity)]
    results = list(read_feed(_write(tmp_path / "providers.ndjson", "\n".join(lines) + "\n")))

    assert len(_products(results)) == 2
    assert _warnings(results) == [
        "line 1: url '/p/41' is not an http(s) URL; left out",
        "line 1: price_value 'about ten' is not a number; imported without a price",
        "line 1: image_url 'ftp://x/a.jpg' is not an http(s) URL; left out",
        "line 1: is_available 'maybe' is not a stock state"
        " (in stock, out of stock, preorder, backorder, limited, discontinued); left unknown",
        "line 1: gtin '12' is not a GTIN (8, 12, 13 or 14 digits); left out",
        "line 1: updated_at 'soon' is not a date; left out",
        "line 2: thumb 'img.jpg' is not an http(s) URL; left out",
        "line 2: updated_at 'yesterday' is not a date; left out",
    ]
