"""The fast path (JSON-LD, head tags and scripts read from the raw text) and buy-button evidence."""

from decimal import Decimal

import pytest

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor import extract_product
from aisle_mcp.providers.local.extractor.scan import attributes, item_markup, scan, script_type, scripts

URL = "https://shop.example/p/kettle"
KETTLE = (
    '{"@context": "https://schema.org", "@type": "Product", "name": "Kettle", "sku": "K-1",'
    ' "offers": {"@type": "Offer", "price": "29.90", "priceCurrency": "EUR",'
    ' "availability": "https://schema.org/InStock"}}'
)


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head><title>Shop</title>{head}</head><body>{body}</body></html>"


def test_scan_reads_scripts_in_any_case_and_keeps_their_raw_text() -> None:
    text = '<SCRIPT type="application/ld+json">{"a": "<b>&amp;"}</SCRIPT><script src=x.js></script><p>after</p>'
    found, heads = scripts(text)
    assert found == [("application/ld+json", '{"a": "<b>&amp;"}'), (None, "")]
    assert heads == []


def test_a_head_tag_with_a_script_opening_inside_hides_behind_that_script() -> None:
    text = '<meta name="a" content="<script>x</script><meta name="b" content="c"><body><meta name="d" content="e">'
    found, heads = scripts(text)
    assert found == [(None, "x")]
    assert [tag.group(0) for tag in heads] == ['<meta name="b" content="c">']


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " src=x.js async",
        ' TYPE="application/ld+json"',
        ' data-type="module" type=\'text/x&amp;y\' type="second"',
        ' data-type="module"',
        " typeof=x",
        ' src="/js/type.js"',
    ],
)
def test_a_script_type_is_the_type_attribute_a_full_read_of_the_tag_gives(raw: str) -> None:
    assert script_type(raw) == attributes(raw).get("type")


def test_attributes_are_lower_cased_first_wins_and_entities_decoded() -> None:
    assert attributes(' Content="a &amp; b" content="other" data-x=1 hidden') == {
        "content": "a & b",
        "data-x": "1",
        "hidden": None,
    }


def test_scan_finds_canonical_base_and_metas_but_not_tags_inside_scripts() -> None:
    html = page(
        head='<base href="https://cdn.example/shop/"><link rel="Canonical" href="p/kettle">'
        '<meta property="og:title" content=" Kettle ">'
        '<script>document.write(\'<meta property="og:title" content="Ad">\')</script>'
    )
    head = scan(html, URL)
    assert head.url == "https://cdn.example/shop/p/kettle"
    assert head.metas == {"og:title": ["Kettle"]}


def test_the_head_ends_at_the_body_tag_in_any_case_but_not_at_one_a_script_writes() -> None:
    html = (
        '<html><head><script>document.write("<body>")</script><meta property="og:title" content="Kettle"></head>'
        '<BODY><meta property="og:title" content="Ad"></BODY></html>'
    )
    assert scan(html, URL).metas == {"og:title": ["Kettle"]}


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<div itemscope itemtype="https://schema.org/Product">', (True, False)),
        ('<div vocab="https://schema.org/" typeof="Product">', (False, True)),
        ('<div itemScope itemType="https://schema.org/Offer" typeof="Offer">', (True, True)),
        ("<script>if (typeof x === 'y') {}</script>", (False, False)),
    ],
)
def test_item_markup_tells_microdata_and_rdfa_from_the_script_keyword(html: str, expected: tuple[bool, bool]) -> None:
    assert item_markup(html) == expected


def test_complete_json_ld_wins_over_microdata_without_a_tree() -> None:
    html = page(
        head=f'<script type="application/ld+json">{KETTLE}</script>',
        body='<div itemscope itemtype="https://schema.org/Product"><span itemprop="price">99</span></div>',
    )
    product = extract_product(html, URL)
    assert product is not None and product.price is not None
    assert (product.price.amount, product.sku, product.availability) == (Decimal("29.90"), "K-1", Availability.in_stock)
    assert product.field_sources["price"] == "json-ld"


@pytest.mark.parametrize(
    "button",
    [
        "<button>Add to bag</button>",
        '<button type="submit">In den Warenkorb</button>',
        '<a class="btn" href="#">Ajouter au panier</a>',
        "<button>Añadir a la cesta</button>",
        '<input type="submit" value="Aggiungi al carrello">',
        '<div class="product-buy">Dodaj do koszyka</div>',
        '<button class="add-to-cart"><span class="icon"></span></button>',
    ],
)
def test_an_enabled_buy_button_beside_a_price_means_in_stock(button: str) -> None:
    html = page(body=f'<main><h1>Kettle</h1><span class="price">29,90 €</span><form>{button}</form></main>')
    product = extract_product(html, "https://shop.example.de/kettle")
    assert product is not None
    assert product.availability is Availability.in_stock
    assert product.field_sources["availability"] == "visible:buy-button"


def test_a_buy_button_that_also_renders_its_cannot_buy_label_still_buys() -> None:
    button = (
        '<a class="add-to-basket" href="#"><span class="can-buy-label">Dodaj do koszyka</span>'
        '<span class="cannot-buy-label">Produkt niedostępny</span></a>'
    )
    html = page(body=f'<h1>Kettle</h1><span class="price">129 zł</span><div class="sidebar-right">{button}</div>')
    product = extract_product(html, "https://shop.example.pl/kettle")
    assert product is not None and product.availability is Availability.in_stock


@pytest.mark.parametrize(
    "button",
    [
        '<button disabled class="add-to-cart">Add to cart</button>',
        '<button class="btn">Notify me when available</button>',
    ],
)
def test_a_disabled_buy_button_or_notify_me_means_out_of_stock(button: str) -> None:
    html = page(body=f'<main><h1>Kettle</h1><span class="price">$29.90</span>{button}</main>')
    product = extract_product(html, URL)
    assert product is not None and product.availability is Availability.out_of_stock
    assert product.field_sources["availability"] == "visible:buy-button"


def test_buy_buttons_of_related_products_and_unpriced_pages_say_nothing() -> None:
    related = '<section class="related-products"><button>Add to cart</button></section>'
    html = page(body=f'<main><h1>Kettle</h1><span class="price">$29.90</span></main>{related}')
    product = extract_product(html, URL)
    assert product is not None and product.availability is Availability.unknown
    unpriced = page(body="<main><h1>Kettle</h1><p>SKU: K-100</p><button>Add to cart</button></main>")
    product = extract_product(unpriced, URL)
    assert product is not None and product.availability is Availability.unknown


def test_of_several_prices_the_one_that_sits_with_the_title_and_buy_button_counts() -> None:
    other = '<div class="grid"><div class="card"><span class="price">$5.00</span></div></div>'
    product_box = '<main><h1>Kettle</h1><div><span class="price">$29.90</span><button>Add to cart</button></div></main>'
    for body in (other + product_box, product_box + other):
        product = extract_product(page(body=body), URL)
        assert product is not None and product.price is not None
        assert product.price.amount == Decimal("29.90")


def test_a_heading_or_meta_tag_inside_noscript_is_not_the_page_s() -> None:
    html = page(body='<noscript><h1>Enable JavaScript</h1></noscript><h1>Kettle</h1><span class="price">$29.90</span>')
    product = extract_product(html, URL)
    assert product is not None and product.title == "Kettle"
