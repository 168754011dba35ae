from collections.abc import Callable
from decimal import Decimal
from urllib.parse import urljoin

import pytest

from aisle_mcp.products import Availability, stable_id
from aisle_mcp.providers.local.extractor import extract_product
from aisle_mcp.providers.local.extractor.lenient_json import loads_lenient
from aisle_mcp.providers.local.extractor.page import decode
from aisle_mcp.providers.local.extractor.text import absolute_url
from aisle_mcp.providers.local.extractor.values import currency_code, parse_number, price_in_text
from aisle_mcp.providers.local.extractor.words import stock_in_text

URL = "https://shop.example/p/kettle"


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head><title>Shop</title>{head}</head><body>{body}</body></html>"


def ld(document: str) -> str:
    return f'<script type="application/ld+json">{document}</script>'


def test_json_ld_product_gives_price_stock_codes_and_sources() -> None:
    html = page(
        '<link rel="canonical" href="/p/kettle-steel">'
        + ld(
            """{"@context": "https://schema.org", "@type": "Product", "name": "Steel Kettle 1.7 l",
            "brand": {"@type": "Brand", "name": "Hearth"}, "sku": "HK-17", "gtin13": "4006381333931",
            "mpn": "K17S", "image": ["/img/k1.jpg", "https://cdn.example/k2.jpg"],
            "description": "<p>Boils <b>fast</b>.</p><script>track()<\\/script>",
            "aggregateRating": {"ratingValue": "4.6", "reviewCount": "31"},
            "offers": {"@type": "Offer", "price": "39.99", "priceCurrency": "EUR",
                       "availability": "https://schema.org/InStock"}}"""
        )
    )
    product = extract_product(html, URL)
    assert product is not None
    assert product.url == "https://shop.example/p/kettle-steel"
    assert product.id == stable_id("local", "https://shop.example/p/kettle-steel")
    assert product.source == "local"
    assert product.title == "Steel Kettle 1.7 l"
    assert product.brand == "Hearth"
    assert product.price is not None and product.price.amount == Decimal("39.99") and product.price.currency == "EUR"
    assert product.availability is Availability.in_stock
    assert (product.sku, product.gtin, product.mpn) == ("HK-17", "4006381333931", "K17S")
    assert product.images == ["https://shop.example/img/k1.jpg", "https://cdn.example/k2.jpg"]
    assert product.description == "Boils fast."
    assert product.rating is not None and product.rating.value == Decimal("4.6") and product.rating.count == 31
    assert product.field_sources["price"] == "json-ld"
    assert product.field_sources["availability"] == "json-ld"


def test_graph_with_breadcrumbs_and_referenced_offer() -> None:
    html = page(
        ld(
            """{"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "mainEntity": {"@id": "#product"}},
              {"@type": "BreadcrumbList", "itemListElement": [
                 {"@type": "ListItem", "position": 2, "name": "Kettles"},
                 {"@type": "ListItem", "position": 1, "name": "Kitchen"}]},
              {"@type": "Product", "@id": "#product", "name": "Glass Kettle", "offers": {"@id": "#offer"}},
              {"@type": "Offer", "@id": "#offer", "price": 24.5, "priceCurrency": "GBP",
               "availability": "OutOfStock"}]}"""
        )
    )
    product = extract_product(html, URL)
    assert product is not None
    assert product.category == "Kitchen > Kettles"
    assert product.price is not None and product.price.amount == Decimal("24.5")
    assert product.availability is Availability.out_of_stock


def test_product_group_variants_become_variants_and_options() -> None:
    variants = ",".join(
        f"""{{"@type": "Product", "sku": "TEE-{size}", "size": "{size}", "color": "Blue",
        "offers": {{"@type": "Offer", "price": "{price}", "priceCurrency": "USD",
        "availability": "https://schema.org/{stock}"}}}}"""
        for size, price, stock in (("S", "20.00", "OutOfStock"), ("M", "22.00", "InStock"), ("L", "22.00", "InStock"))
    )
    html = page(
        ld(
            f'{{"@type": "ProductGroup", "name": "Linen Tee", "variesBy": ["https://schema.org/size"], '
            f'"hasVariant": [{variants}]}}'
        )
    )
    product = extract_product(html, URL)
    assert product is not None
    assert [variant.sku for variant in product.variants] == ["TEE-S", "TEE-M", "TEE-L"]
    assert product.variants[0].availability is Availability.out_of_stock
    assert [(option.name, option.values) for option in product.options] == [("size", ["S", "M", "L"])]
    # The price to pay now is the cheapest variant that can be bought.
    assert product.price is not None and product.price.amount == Decimal("22.00")
    assert product.availability is Availability.in_stock


def test_aggregate_offer_low_price_is_the_price_only_when_nothing_sells_dearer() -> None:
    def lamp(high: str) -> str:
        return page(
            ld(
                """[{"@type": "Organization", "name": "Shop"}, {"@type": "Product", "name": "Desk Lamp",
                "offers": {"@type": "AggregateOffer", "lowPrice": "15", "highPrice": "HIGH", "priceCurrency": "PLN",
                "offerCount": 3}}]""".replace("HIGH", high)
            )
        )

    product = extract_product(lamp("15"), URL)
    assert product is not None and product.price is not None
    assert (product.price.amount, product.price.currency) == (Decimal("15"), "PLN")
    # From 15 to 30 the low price is the cheapest offer's; a page that shows no price of its own gives none.
    product = extract_product(lamp("30"), URL)
    assert product is not None and product.price is None


def test_broken_json_ld_is_read_like_a_browser_would() -> None:
    broken = """<!-- {"@type": "Product", "name": "Bread Knife
    20 cm", "sku": "BK-20", "offers": [{"@type": "Offer", "price": "12.90", "priceCurrency": "EUR",
    "availability": "http://schema.org/LimitedAvailability",},],} -->"""
    product = extract_product(page(ld(broken)), URL)
    assert product is not None
    assert product.title == "Bread Knife 20 cm"
    assert product.sku == "BK-20"
    assert product.availability is Availability.limited


def test_json_ld_with_an_unescaped_inch_mark_is_read_whole() -> None:
    broken = """{"@type": "Product", "name": "Acer R272 - 69 cm (27") - Full HD", "sku": "UM.HR2EE.001",
    "offers": {"@type": "Offer", "price": "139.90", "priceCurrency": "EUR", "availability": "InStock"}}"""
    product = extract_product(page(ld(broken)), URL)
    assert product is not None
    assert product.title == 'Acer R272 - 69 cm (27") - Full HD'
    assert (product.sku, product.availability) == ("UM.HR2EE.001", Availability.in_stock)
    assert product.field_sources["price"] == "json-ld"


def test_lenient_json_reads_quotes_inside_strings_only_when_nothing_else_decodes() -> None:
    assert loads_lenient('{"a": "say "hi" twice", "b": [1, 2,]}') == [{"a": 'say "hi" twice', "b": [1, 2]}]
    # Escaped quotes stay as they are, and well-formed values are not read the loose way.
    assert loads_lenient('{"a": "x\\"y", "b": 1,}') == [{"a": 'x"y', "b": 1}]
    assert loads_lenient('{"a": "1"}{"b": "2",}') == [{"a": "1"}, {"b": "2"}]


def test_lenient_json_reads_concatenated_objects_and_cdata() -> None:
    assert loads_lenient('//<![CDATA[\n{"a": 1}{"b": [2,]}\n//]]>') == [{"a": 1}, {"b": [2]}]
    assert loads_lenient("not json at all") == []


def test_microdata_with_content_and_href_values() -> None:
    html = page(
        body="""<div itemscope itemtype="https://schema.org/Product">
          <h1 itemprop="name">Trail Shoe</h1><span itemprop="brand">Peak</span>
          <meta itemprop="sku" content="TS-42"><p>Style TS-42</p>
          <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
            <span itemprop="price" content="89.00">89,00 €</span><meta itemprop="priceCurrency" content="EUR">
            <link itemprop="availability" href="https://schema.org/OutOfStock">
          </div></div>"""
    )
    product = extract_product(html, URL)
    assert product is not None
    assert (product.title, product.brand, product.sku) == ("Trail Shoe", "Peak", "TS-42")
    assert product.price is not None and product.price.amount == Decimal("89.00")
    assert product.availability is Availability.out_of_stock
    assert product.field_sources["price"] == "microdata"


@pytest.mark.parametrize(
    ("model", "mpn"),
    [
        ('<span itemprop="model">NC5100EF</span>', "NC5100EF"),
        ('<meta itemprop="model" content="WH-1000XM4/B">', "WH-1000XM4/B"),
        # A model's name, not its number: no mpn.
        ('<span itemprop="model">Galaxy S21</span>', None),
        ('<span itemprop="model">Classic</span>', None),
        ('<span itemprop="model">NC5100EF</span><meta itemprop="mpn" content="NC-5100">', "NC-5100"),
    ],
)
def test_a_schema_org_model_number_is_the_mpn_when_none_is_given(model: str, mpn: str | None) -> None:
    html = page(
        body=f"""<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Doorbell</h1>{model}
          <meta itemprop="sku" content="1222"><div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <meta itemprop="price" content="229.99"><meta itemprop="priceCurrency" content="CAD">
          <link itemprop="availability" href="https://schema.org/InStock"></div></div>"""
    )
    product = extract_product(html, URL)
    assert product is not None
    assert product.mpn == mpn
    if mpn is not None:
        assert product.field_sources["mpn"] == "microdata"


def test_rdfa_lite_product() -> None:
    html = page(
        body="""<div vocab="https://schema.org/" typeof="Product"><span property="name">Oak Stool</span>
          <div property="offers" typeof="Offer"><span property="price">120</span>
          <span property="priceCurrency">CHF</span><span property="availability">InStock</span></div></div>"""
    )
    product = extract_product(html, URL)
    assert product is not None and product.price is not None
    assert (product.title, product.price.amount, product.price.currency) == ("Oak Stool", Decimal("120"), "CHF")
    assert product.field_sources["price"] == "rdfa"


def test_opengraph_product_meta_tags() -> None:
    html = page(
        """<meta property="og:title" content="Wool Scarf"><meta property="og:image" content="/scarf.jpg">
        <meta property="product:price:amount" content="25.00"><meta property="product:price:currency" content="SEK">
        <meta property="product:availability" content="in stock"><meta property="product:brand" content="Nord">"""
    )
    product = extract_product(html, URL)
    assert product is not None and product.price is not None
    assert (product.title, product.brand, product.price.currency) == ("Wool Scarf", "Nord", "SEK")
    assert product.availability is Availability.in_stock
    assert product.image == "https://shop.example/scarf.jpg"
    assert product.field_sources["title"] == "opengraph"


def test_shop_platform_product_json_prices_in_cents() -> None:
    html = page(
        body="""<h1>Canvas Tote</h1><script type="application/json" data-product-json>
        {"id": 1, "title": "Canvas Tote", "vendor": "Loom", "options": ["Color"],
         "variants": [{"id": 11, "title": "Red", "option1": "Red", "price": 3450, "available": false, "sku": "CT-R"},
                      {"id": 12, "title": "Sand", "option1": "Sand", "price": 2990, "available": true,
                       "sku": "CT-S"}]}</script>"""
    )
    product = extract_product(html, URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("29.9")
    assert product.brand == "Loom"
    assert product.availability is Availability.in_stock
    assert [(option.name, option.values) for option in product.options] == [("Color", ["Red", "Sand"])]
    assert product.field_sources["price"] == "page-state"


def test_visible_page_price_stock_and_labelled_code() -> None:
    html = page(
        body="""<header><span class="price">9,99 €</span></header>
        <main><h1>Kaffeemühle Classic</h1>
          <div class="product-price"><span class="old-price">59,00 €</span><span class="price">1.299,00 €</span></div>
          <p class="stock-info">Auf Lager</p><ul><li>Artikelnummer: KM-2201</li></ul>
          <button class="btn">In den Warenkorb</button></main>
        <section class="related-products"><span class="price">5,00 €</span></section>"""
    )
    product = extract_product(html, "https://shop.example.de/km")
    assert product is not None and product.price is not None
    assert (product.price.amount, product.price.currency) == (Decimal("1299.00"), "EUR")
    assert product.availability is Availability.in_stock
    assert product.sku == "KM-2201"
    assert product.field_sources["price"] == "visible"


@pytest.mark.parametrize(
    ("details", "brand"),
    [
        (
            "<li>Brand: 365 by Whole Foods Market</li><li>Manufacturer: 365 Everyday Value</li>",
            "365 by Whole Foods Market",
        ),
        ("<table><tr><th>Marque</th><td>KONMAY</td></tr></table>", "KONMAY"),
        ("<dl><dt>Бренд:</dt><dd>SAMSUNG</dd></dl>", "SAMSUNG"),
        ("<table><tr><td>Manufacturer</td><td>:</td><td>Brome Bird Care</td></tr></table>", "Brome Bird Care"),
        ("<nav><a>Brands</a><a>Kettles</a><a>Brand Outlet</a><a>Help</a></nav>", None),
        ("<p>Brand: our promise is quality you can taste in every single cup</p>", None),
    ],
)
def test_the_brand_is_read_from_a_labelled_detail_when_nothing_else_names_it(details: str, brand: str | None) -> None:
    html = page(body=f"<h1>Pour-Over Kettle</h1><span class='price'>$25.00</span><p>In stock</p>{details}")
    product = extract_product(html, URL)
    assert product is not None and product.brand == brand
    assert product.field_sources.get("brand") == ("visible" if brand else None)


def test_the_makers_codes_are_read_from_labelled_details_when_no_markup_gives_them() -> None:
    details = (
        "<table><tr><th>Item model number</th><td>1055-V01</td></tr><tr><th>EAN</th><td>4006381333931</td></tr></table>"
    )
    html = page(ld('{"@type": "Product", "name": "Squirrel Buster", "sku": "B001FK81PU"}'), details)
    product = extract_product(html, URL)
    assert product is not None and product.sku == "B001FK81PU"
    assert (product.mpn, product.gtin) == ("1055-V01", "4006381333931")
    assert product.field_sources["mpn"] == product.field_sources["gtin"] == "visible"


def test_a_brand_the_page_states_in_its_markup_wins_over_a_labelled_detail() -> None:
    html = page(
        '<meta property="og:title" content="Pour-Over Kettle"><meta property="product:brand" content="Hearth">'
        '<meta property="product:price:amount" content="25"><meta property="product:price:currency" content="USD">',
        "<h1>Pour-Over Kettle</h1><p>In stock</p><ul><li>Brand: Ferro &amp; Fig</li></ul>",
    )
    product = extract_product(html, URL)
    assert product is not None and product.availability is Availability.in_stock  # the visible page was read
    assert (product.brand, product.field_sources["brand"]) == ("Hearth", "opengraph")


def test_visible_out_of_stock_wording_beats_buy_button() -> None:
    html = page(body='<h1>Lampe</h1><span class="prix">45 €</span><div id="availability">Rupture de stock</div>'
                '<button>Ajouter au panier</button>')  # fmt: skip
    product = extract_product(html, URL)
    assert product is not None
    assert product.availability is Availability.out_of_stock


def test_locale_prices_and_currency_symbols() -> None:
    assert parse_number("1.299,00") == Decimal("1299.00")
    assert parse_number("1,299.00") == Decimal("1299.00")
    assert parse_number("1 299,00") == Decimal("1299.00")
    assert parse_number("12,99") == Decimal("12.99")
    assert price_in_text("R$ 1.059,90") == (Decimal("1059.90"), "BRL")
    assert price_in_text("249 zł") == (Decimal("249"), "PLN")
    assert price_in_text("CHF 79.-") == (Decimal("79"), "CHF")
    assert currency_code("$", "https://shop.example.ca/x") == "CAD"
    assert currency_code("kr", "https://butik.example.no/x") == "NOK"
    assert currency_code("£") == "GBP"
    assert currency_code("RUR") == "RUB"  # withdrawn, still written by Russian shops for today's rouble


def test_stock_words_in_several_languages() -> None:
    out = ["Out of stock", "Sold out", "nicht verfügbar", "rupture de stock", "Agotado", "esaurito", "uitverkocht"]
    available = ["In stock", "auf Lager", "en stock", "disponible", "op voorraad", "в наличии"]
    assert all(stock_in_text(text) is Availability.out_of_stock for text in out)
    assert all(stock_in_text(text) is Availability.in_stock for text in available)
    assert stock_in_text("Pre-order now") is Availability.preorder


def test_field_lengths_are_capped() -> None:
    images = ", ".join(f'"/i/{n}.jpg"' for n in range(40))
    html = page(ld(f'{{"@type": "Product", "name": "{"x" * 900}", "description": "{"word " * 3000}", '
                   f'"image": [{images}], "offers": {{"price": "1"}}}}'))  # fmt: skip
    product = extract_product(html, URL)
    assert product is not None
    assert len(product.title) == 500
    assert product.description is not None and len(product.description) <= 5000
    assert len(product.images) == 20


def test_pages_without_a_product_give_none() -> None:
    article = page(
        '<meta property="og:title" content="Ten tips for brewing tea">'
        + ld('{"@type": "Article", "headline": "Ten tips"}'),
        "<h1>Ten tips for brewing tea</h1><p>Warm the pot first.</p>",
    )
    assert extract_product(article, URL) is None
    assert extract_product(b"", URL) is None


def test_bytes_are_decoded_with_the_declared_charset() -> None:
    html = page('<meta charset="windows-1252">', '<h1>Café crème</h1><span class="price">4,50 €</span>')
    product = extract_product(html.encode("cp1252"), URL)
    assert product is not None and product.title == "Café crème"


@pytest.mark.parametrize(
    ("head", "encode"),
    [
        ('<meta charset="utf-8">', lambda text: text.encode()),
        ("", lambda text: text.encode()),
        ("", lambda text: b"\xef\xbb\xbf" + text.encode()),
        ('<meta charset="utf-8">', lambda text: text.encode() + b"<p>\xff</p>"),
        ('<meta charset="windows-1252">', lambda text: text.encode("cp1252")),
    ],
)
def test_a_page_read_from_its_bytes_gives_what_its_text_gives(head: str, encode: Callable[[str], bytes]) -> None:
    """UTF-8 bytes go to the tree's parser as they are; any other page's text is written out for it again."""
    html = page(head, '<h1>Café crème</h1><span class="price">4,50 €</span><p>Verfügbarkeit: Auf Lager</p>')
    raw = encode(html)
    from_bytes, from_text = extract_product(raw, URL), extract_product(decode(raw), URL)
    assert from_bytes is not None and from_bytes == from_text
    assert (from_bytes.title, from_bytes.availability) == ("Café crème", Availability.in_stock)


def test_labels_in_any_case_with_their_value_on_the_same_or_the_next_line() -> None:
    html = page(body="""<h1>Akku-Bohrschrauber</h1><span class="price">89,00 €</span>
        <dl><dt>ARTIKELNUMMER</dt><dd>BS-18-2</dd><dt>Ean-Code:</dt><dd>4006381333931</dd></dl>
        <p>Herstellernummer: 0601-9H</p><p>Verfügbarkeit: Auf Lager</p>""")  # fmt: skip
    product = extract_product(html, "https://shop.example.de/bs")
    assert product is not None
    assert (product.sku, product.gtin, product.mpn) == ("BS-18-2", "4006381333931", "0601-9H")
    assert product.availability is Availability.in_stock


def test_page_state_is_read_from_assignments_to_product_or_state_names_only() -> None:
    state = '{"product": {"@type": "Product", "name": "Desk Lamp", "sku": "DL-1", "offers": {"price": "24.50"}}}'
    for assignment, found in ((f"window.__PRODUCT_STATE__ = {state};", True), (f"product.cache = {state};", False)):
        product = extract_product(page(body=f"<script>{assignment}</script><p>Lamp</p>"), URL)
        assert (product is not None and product.sku == "DL-1") is found, assignment


def test_a_buy_button_is_read_from_the_start_of_a_long_label() -> None:
    words = " ".join(f"<span>word{n}</span>" for n in range(200))
    html = page(body=f'<h1>Mug</h1><span class="price">$12.00</span><button>Add to cart {words}</button>')
    product = extract_product(html, URL)
    assert product is not None and product.availability is Availability.in_stock
    assert product.field_sources["availability"] == "visible:buy-button"


def test_items_are_read_once_whatever_else_marks_them_and_not_from_noscript() -> None:
    html = page(
        body='<noscript><div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Ad</span>'
        '<span itemprop="price">1.00</span></div></noscript>'
        '<div itemscope itemtype="https://schema.org/Product" typeof="Product"><h1 itemprop="name">Kettle</h1>'
        '<span itemprop="sku">K-1</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        '<meta itemprop="price" content="29.90"><meta itemprop="priceCurrency" content="EUR">'
        '<link itemprop="availability" href="https://schema.org/InStock"></div></div>'
    )
    product = extract_product(html, URL)
    assert product is not None and product.price is not None
    assert (product.title, product.sku, product.price.amount) == ("Kettle", "K-1", Decimal("29.90"))
    assert product.field_sources["price"] == "microdata"


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.example/i/1.jpg?v=2",
        "http://cdn.example:8080/i/1.jpg",
        "https://cdn.example",
        "https:///i/1.jpg",
        "https://cdn.example/i/1.jpg#zoom",
        "https://cdn.example/i/1.jpg?",
        "https://cdn.example/i;v=1/1.jpg",
        "/i/1.jpg",
        "//cdn.example/i/1.jpg",
        "HTTPS://CDN.example/i/1.jpg",
    ],
)
def test_absolute_urls_are_what_joining_them_to_the_page_gives(url: str) -> None:
    for base in ("https://shop.example/p/kettle", "http://shop.example/p/kettle?x=1"):
        joined = urljoin(base, url)
        expected = "https:" + joined if joined.startswith("//") else joined
        assert absolute_url(url, base) == (expected if expected.startswith(("http://", "https://")) else None)


def test_elements_matched_by_several_candidate_selectors_count_once_against_the_cap() -> None:
    # Each note's class and id both say "price": matched twice, 90 entries would push the real price past the
    # 80 candidates read. Counted once each, the price is the 46th candidate.
    notes = "".join(f'<p class="price-note" id="price-note-{n}">Free returns</p>' for n in range(45))
    html = page(body=f'<h1>Tea Kettle</h1>{notes}<span class="price">$24.00</span><button>Add to cart</button>')
    product = extract_product(html, URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("24.00")


def test_a_charset_in_a_comment_is_not_the_pages_and_latin_1_is_read_as_browsers_do() -> None:
    body = "<h1>Café crème</h1><span class='price'>4,50 €</span>"
    commented = page('<!--<meta charset="iso-8859-1">--><meta charset="utf8">', body).encode()
    product = extract_product(commented, URL)
    assert product is not None and product.title == "Café crème"
    assert product.price is not None and product.price.currency == "EUR"
    # Windows-1252 bytes labelled Latin-1: the euro sign (0x80) is a euro sign, not a control character.
    latin = extract_product(page('<meta charset="iso-8859-1">', body).encode("cp1252"), URL)
    assert latin is not None and latin.price is not None and latin.price.currency == "EUR"


@pytest.mark.parametrize(
    "aside",
    [
        '<div class="breadcrumbs"><a href="/monitors"><h1>Monitors</h1></a></div>',
        '<div id="newsletter" style="display: none"><h1>Welcome to our shop</h1></div>',
        "<div hidden><h1>Sign up</h1></div>",
    ],
)
def test_a_heading_in_a_link_or_a_hidden_part_is_not_the_title(aside: str) -> None:
    html = page(body=f'{aside}<h1>NEC MultiSync E274F</h1><span class="price">214,19 €</span>')
    product = extract_product(html, URL)
    assert product is not None and product.title == "NEC MultiSync E274F"


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ('Samsung Odyssey G9 49" im Syswork IT Online Shop', "https://www.syswork.at/p/1", 'Samsung Odyssey G9 49"'),
        ("Oak Stool - Chairs | Nord-Home", "https://nord-home.example/p", "Oak Stool - Chairs"),
        # The shop's name inside the product's own name, and a title without it, stay whole.
        ("Syswork Mouse X1", "https://www.syswork.at/p/2", "Syswork Mouse X1"),
        ("Oak Stool - Natural", "https://nord-home.example/p", "Oak Stool - Natural"),
        ("Amazon.com: Gothamite Rolling Duffle Bag", "https://www.amazon.com/dp/1", "Gothamite Rolling Duffle Bag"),
    ],
)
def test_the_page_title_loses_the_shops_name_when_it_is_the_only_title(title: str, url: str, expected: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><span class='price'>1.299,00 €</span></body></html>"
    product = extract_product(html, url)
    assert product is not None and product.title == expected


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("lagernd, Lieferzeit 3-5 Werktage", Availability.in_stock),
        ("Vorrätig", Availability.in_stock),
        ("derzeit nicht lagernd", Availability.out_of_stock),
        ("Nachbestellt", Availability.backorder),
    ],
)
def test_more_german_stock_words(text: str, state: Availability) -> None:
    assert stock_in_text(text) is state


def test_labelled_ean13_and_the_makers_number_in_german() -> None:
    html = page(body="""<h1>Monitor</h1><span class="price">139,90 €</span>
        <p>EAN13 : 9782365775717</p><p>Artikelnummer des Herstellers: UM.HR2EE.001</p>""")  # fmt: skip
    product = extract_product(html, "https://shop.example.de/m")
    assert product is not None
    assert (product.gtin, product.mpn) == ("9782365775717", "UM.HR2EE.001")


def test_a_microdata_offer_without_a_currency_takes_the_one_its_price_writes() -> None:
    html = page(
        body="""<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Polo Shirt</h1>
          <div itemprop="offers" itemscope itemtype="http://schema.org/AggregateOffer">
          <div itemprop="lowPrice">&pound;40.00</div></div></div>"""
    )
    product = extract_product(html, "https://www.shop.example.co.uk/polo")
    assert product is not None and product.price is not None
    assert (product.price.amount, product.price.currency) == (Decimal("40.00"), "GBP")
    assert product.field_sources["price"] == "microdata"


@pytest.mark.parametrize(
    ("form", "state"),
    [
        ('<form class="addToTrolleyForm" action="OrderItemAdd" method="post">', Availability.in_stock),
        ('<form action="/cart/add" method="post">', Availability.in_stock),
        # A form that does not buy (a newsletter's) says nothing of the stock.
        ('<form action="/newsletter/subscribe" method="post">', Availability.unknown),
    ],
)
def test_a_submit_button_buys_when_its_form_adds_to_the_cart(form: str, state: Availability) -> None:
    html = page(
        body=f"""<h1>Apricots x5</h1><p class="pricePerItem">&pound;3.50</p>
          {form}<div><input class="button process" type="submit" name="Add" value="Add"></div></form>"""
    )
    product = extract_product(html, "https://www.shop.example.co.uk/apricots")
    assert product is not None
    assert product.availability is state


def test_a_dollar_sign_in_a_structured_price_does_not_choose_the_currency() -> None:
    html = page(
        body="""<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Skate Board</h1>
          <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price">$60</span>
          </div></div>"""
    )
    product = extract_product(html, "https://www.usedboards.example.com/ad/1")
    assert product is not None and product.price is not None
    assert (product.price.amount, product.price.currency) == (Decimal("60"), None)


def test_details_written_between_bars_on_one_line_are_read_one_by_one() -> None:
    details = "Artikel-Nr.: AGX1634723&nbsp;&nbsp;|&nbsp;&nbsp;Herstellernr.: 60005830 | NEC"
    html = page(body=f'<h1>NEC MultiSync E274F</h1><span class="price">214,19 €</span><span>{details}</span>')
    product = extract_product(html, "https://www.shop.example.de/m")
    assert product is not None
    assert (product.sku, product.mpn) == ("AGX1634723", "60005830")


@pytest.mark.parametrize(
    ("prices", "amount"),
    [
        # Grocers write the item's price "per unit" and the measure's beside it.
        ('<p class="pricePerUnit">&pound;3.50/unit</p><p class="pricePerMeasure">&pound;0.70/kg</p>', "3.50"),
        ('<p class="price">2,99 € / 100 g</p><p class="price">5,98 €</p>', "5.98"),
        ('<p class="unit-price">£1.40</p><p class="price">£7.00</p>', "7.00"),
    ],
)
def test_a_price_per_measure_is_not_the_products(prices: str, amount: str) -> None:
    html = page(body=f"<h1>Apricots x5</h1>{prices}")
    product = extract_product(html, "https://www.shop.example.co.uk/apricots")
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal(amount)
