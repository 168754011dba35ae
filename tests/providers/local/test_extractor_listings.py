"""Availability where a page has no stock wording: classified ads and image-only buy buttons."""

from decimal import Decimal

import pytest

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor import extract_product

URL = "https://ads.example/ad/1234"


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head><title>Ads</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "button",
    [
        '<button class="f-button contact-button"><strong>Kontaktieren</strong></button>',
        "<button>Contact seller</button>",
        '<a class="btn" href="/reply">Reply to this ad</a>',
    ],
)
def test_a_priced_ad_whose_only_button_contacts_the_seller_is_on_sale(button: str) -> None:
    html = page(body=f'<main><h1>Road bike</h1><span class="price">€ 250,-</span><aside>{button}</aside></main>')
    product = extract_product(html, "https://ads.example.at/ad/1")
    assert product is not None
    assert product.availability is Availability.in_stock
    assert product.field_sources["availability"] == "visible:contact-button"


def test_contact_us_in_the_footer_or_an_unpriced_ad_says_nothing() -> None:
    footer = '<footer><button class="contact-button">Contact</button></footer>'
    html = page(body=f'<main><h1>Road bike</h1><span class="price">$250</span></main>{footer}')
    product = extract_product(html, URL)
    assert product is not None and product.availability is Availability.unknown
    unpriced = page(body="<main><h1>Road bike</h1><p>SKU: RB-1</p><button>Contact seller</button></main>")
    product = extract_product(unpriced, URL)
    assert product is not None and product.availability is Availability.unknown


def test_a_contact_button_does_not_outrank_a_sold_out_buy_button() -> None:
    body = (
        '<main><h1>Road bike</h1><span class="price">$250</span>'
        '<button disabled class="add-to-cart">Add to cart</button><button>Contact seller</button></main>'
    )
    product = extract_product(page(body=body), URL)
    assert product is not None and product.availability is Availability.out_of_stock


def test_the_ad_number_is_its_code() -> None:
    html = page(body='<main><h1>Boat</h1><span class="price">€ 206</span><p>Anzeige:</p><p>200532255</p></main>')
    product = extract_product(html, "https://ads.example.at/boat")
    assert product is not None and product.sku == "200532255"


def test_an_image_only_buy_button_reads_the_price_written_beside_it() -> None:
    body = (
        "<main><h1>Garlic pork strips</h1><ul><li>"
        '<div class="deal-line">Was <strike>$1,390</strike> now from $<span>99</span> a pack</div>'
        '<a id="buy_btn" href="#"><div class="buy_btn"></div></a>'
        "</li></ul></main>"
    )
    product = extract_product(page(body=body), "https://fresh.example.tw/deal/1409")
    assert product is not None
    assert product.price is not None and product.price.amount == Decimal("99")
    assert product.availability is Availability.in_stock
    assert product.field_sources["availability"] == "visible:buy-button"


def test_a_buy_box_in_an_aside_still_buys() -> None:
    body = '<main><h1>Kettle</h1><span class="price">$29.90</span></main><aside><button>Add to cart</button></aside>'
    product = extract_product(page(body=body), "https://shop.example/kettle")
    assert product is not None and product.availability is Availability.in_stock


def test_consent_dialog_buttons_do_not_crowd_out_the_buy_button() -> None:
    toggles = "".join(f'<input type="button" class="CookieConsentToggle" value="Vendor {n}">' for n in range(400))
    body = f'<div id="cookie-dialog">{toggles}</div><main><h1>Kettle</h1><span class="price">$29.90</span>'
    body += "<button>Add to cart</button></main>"
    product = extract_product(page(body=body), "https://shop.example/kettle")
    assert product is not None and product.availability is Availability.in_stock


def test_a_zero_price_in_structured_data_is_no_price() -> None:
    document = (
        '{"@context": "https://schema.org", "@type": "Product", "name": "Perfume", "sku": "P-1",'
        ' "offers": {"@type": "Offer", "price": "0", "priceCurrency": "ILS",'
        ' "availability": "https://schema.org/InStock"}}'
    )
    product = extract_product(page(head=f'<script type="application/ld+json">{document}</script>'), URL)
    assert product is not None and product.price is None


def test_a_code_whose_colon_sits_on_a_line_of_its_own_is_read() -> None:
    body = "<main><h1>Jazz album</h1><table><tr><td>ASIN</td><td>:</td><td>B081ZQK4BZ</td></tr></table></main>"
    product = extract_product(page(body=body), "https://shop.example/album")
    assert product is not None and product.sku == "B081ZQK4BZ"


def test_the_shops_own_code_label_wins_over_a_reference_that_may_be_the_makers() -> None:
    body = (
        '<main><h1>Hose connector</h1><span class="price">12,44 €</span>'
        "<dl><dt>Référence</dt><dd>QB737</dd><dt>ASIN</dt><dd>B08LNDXM65</dd></dl></main>"
    )
    product = extract_product(page(body=body), "https://shop.example.fr/hose")
    assert product is not None and product.sku == "B08LNDXM65"
    only_reference = body.replace("<dt>ASIN</dt><dd>B08LNDXM65</dd>", "")
    product = extract_product(page(body=only_reference), "https://shop.example.fr/hose")
    assert product is not None and product.sku == "QB737"


def test_a_delivery_threshold_beside_the_buy_button_is_not_its_price() -> None:
    box = '<div class="box">{} <a id="buy_btn" href="#"><img src="b.png"></a> Free delivery on orders over $50</div>'
    product = extract_product(page(body=f"<main><h1>Tea set</h1><p>SKU: TS-1</p>{box.format('')}</main>"), URL)
    assert product is not None and product.price is None
    product = extract_product(page(body=f"<main><h1>Tea set</h1>{box.format('Only $126')}</main>"), URL)
    assert product is not None and product.price is not None and product.price.amount == Decimal("126")


def test_an_old_table_layout_without_markup_gives_the_price_its_label_names() -> None:
    html = (
        "<html><head><title>Brass Door Hinge - Hardware Depot</title></head><body><table>"
        "<tr><td><font size=4><b>Brass Door Hinge</b></font></td></tr><tr><td><table>"
        "<tr><td>Finish:</td><td>Brass</td></tr><tr><td>List price:</td><td>$15.00</td></tr>"
        "<tr><td>Our price:</td><td>$12.50</td></tr><tr><td>Availability:</td><td>In stock</td></tr>"
        "</table></td></tr><tr><td><form action='/cgi-bin/order.pl' method=post>"
        "<input type=text name=qty size=2 value=1><input type=submit value='Order'></form></td></tr>"
        "</table></body></html>"
    )
    product = extract_product(html, "http://www.hardwaredepot.com/hinge.html")
    assert product is not None and product.price is not None
    assert (product.title, product.price.amount, product.price.currency) == (
        "Brass Door Hinge",
        Decimal("12.50"),
        "USD",
    )
    assert product.field_sources["price"] == "visible:labelled-price"
    assert product.availability is Availability.in_stock


def test_a_price_label_before_a_unit_price_or_a_part_payment_gives_no_price() -> None:
    rows = "<tr><td>Unit price:</td><td>€ 2,50 / kg</td></tr><tr><td>Price</td><td>12 x € 4,99 per month</td></tr>"
    html = f"<html><body><h1>Coffee Beans</h1><p>Item #: CB-100</p><table>{rows}</table></body></html>"
    product = extract_product(html, "https://beans.example/cb")
    assert product is not None
    assert product.price is None


def test_a_price_label_whose_value_is_words_before_an_amount_gives_no_price() -> None:
    rows = "<tr><td>Cena bez DPH 25,40 €</td></tr>"
    html = f"<html><body><h1>Desk PC</h1><p>Kód: PC-27</p><table>{rows}</table></body></html>"
    product = extract_product(html, "https://pc.example/desk")
    assert product is not None
    assert product.price is None


def test_a_delivery_price_named_in_the_shops_language_is_not_the_price() -> None:
    body = (
        '<div class="head"><h1>Montre Pro</h1><p>Express <span class="product__livraison--price">2,99€</span></p></div>'
        '<div class="box"><div><span class="product-price">259,00 €</span></div></div>'
    )
    product = extract_product(f"<html><body>{body}</body></html>", "https://montres.example/p/pro")
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("259.00")
