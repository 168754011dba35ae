"""Shapes of shop fronts of a third blind set: prices whose cents, mark or currency sit in elements of their own, a
range of prices where the price would be, a currency in letters glued to a word, a code written inside a longer one,
a button that is a ``role="button"`` element, other products within reach of the buy button, and a data layer that
says which of two prices is the one to pay. Pages are written here."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from aisle_mcp.products import Availability, Product
from aisle_mcp.providers.local.extractor import extract_product
from aisle_mcp.providers.local.extractor.values import prices_in_text

URL = "https://shop.example/p/trail-shoe"


def page(body: str, head: str = "", title: str = "Trail Shoe | Shop") -> str:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def ld(document: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(document, ensure_ascii=False)}</script>'


def extracted(html: str, url: str = URL) -> Product:
    found = extract_product(html, url)
    assert found is not None
    return found


def price(found: Product) -> tuple[Decimal, str | None] | None:
    return (found.price.amount, found.price.currency) if found.price is not None else None


BUY = '<button type="submit" class="btn-cart">Add to cart</button>'


def test_cents_raised_before_the_currency_are_the_prices_cents() -> None:
    body = '<h1>Trail Shoe</h1><p class="product-new-price">1.299<sup>99</sup> <span>Lei</span></p>' + BUY
    assert price(extracted(page(body), "https://shop.example.ro/p/1")) == (Decimal("1299.99"), "RON")
    body = '<h1>Trail Shoe</h1><p class="product-new-price">316<sup>79</sup> <span>лв.</span></p>' + BUY
    assert price(extracted(page(body))) == (Decimal("316.79"), "BGN")


def test_the_euro_sign_written_as_the_decimal_mark_reads_as_one_price() -> None:
    body = '<h1>Trail Shoe</h1><span class="price">199<sup>€99</sup></span>' + BUY
    assert price(extracted(page(body))) == (Decimal("199.99"), "EUR")
    body = "<h1>Trail Shoe</h1><div class='offer'><b>Prix : 12€50</b></div>" + BUY
    assert price(extracted(page(body))) == (Decimal("12.50"), "EUR")
    # Not a price and a sign before another amount, nor an amount followed by a percentage.
    body = '<h1>Trail Shoe</h1><span class="price">124<sup>€00</sup></span><p>dont 2,00 € d\'éco-participation</p>'
    assert price(extracted(page(body + BUY))) == (Decimal("124.00"), "EUR")
    # Two amounts each with its sign ("30€25€") are not euros and cents.
    assert Decimal("30.25") not in {amount for amount, _ in prices_in_text("30€25€")}


def test_cents_with_their_mark_in_an_element_of_their_own_are_the_prices_cents() -> None:
    body = (
        '<h1>Trail Shoe</h1><ul class="price"><li class="price-current">$<strong>404</strong><sup>.00</sup></li></ul>'
        '<div class="combo"><span class="combo-price">Combo Price $1,716.00</span></div>' + BUY
    )
    assert price(extracted(page(body), "https://shop.example/p/1")) == (Decimal("404.00"), "USD")


def test_a_currency_in_letters_is_a_word_of_its_own() -> None:
    # "rs" ending "Trousers" before "12K+ sold" is no rupee: the price is the one with its dollar sign.
    body = (
        '<div class="pdp"><h1>Slim Fit Chino Trousers</h1><div class="buy"><p>Chino Trousers 12K+ sold</p>'
        "<span>$160.76</span><button>Add to cart</button></div></div>"
    )
    assert price(extracted(page(body, title="Slim Fit Chino Trousers"))) == (Decimal("160.76"), "USD")
    # A letter of another script before it parts it: "售價NT$29" is 29 New Taiwan dollars.
    body = (
        '<div class="pdp"><h1>Trail Shoe</h1><div class="buy"><p>售價NT$29</p><button>Add to cart</button></div></div>'
    )
    assert price(extracted(page(body), "https://shop.example.tw/p/1")) == (Decimal("29"), "TWD")


def test_an_element_that_says_it_is_a_button_is_read_by_its_words() -> None:
    body = '<div class="pdp"><h1>Trail Shoe</h1><span>$50.00</span><div role="button" class="_q1">{}</div></div>'
    assert extracted(page(body.format("Add to cart"))).availability == Availability.in_stock
    assert extracted(page(body.format("Notify me"))).availability == Availability.out_of_stock


def test_a_range_of_prices_beside_the_buy_button_is_no_price_but_says_it_is_on_sale() -> None:
    body = (
        '<div class="pdp"><h1>Trail Shoe</h1><div class="pc"><span>US $95.50 - 171.90</span></div>'
        '<div class="actions"><button class="v2-btn">Buy now</button></div></div>'
    )
    found = extracted(page(body))
    assert found.price is None and found.availability == Availability.in_stock
    # A reduction after a dash is no range: the price stands.
    body = '<div class="pdp"><h1>Trail Shoe</h1><div><span>$12.00</span> <span>-20%</span></div>' + BUY + "</div>"
    assert price(extracted(page(body))) == (Decimal("12.00"), "USD")


def test_two_numbers_joined_by_a_dash_without_a_currency_are_no_range() -> None:
    body = (
        '<div class="ad"><h1>Trail Shoe</h1><p>Call 250-557-7781</p><p>Price $15</p>'
        '<button class="btn">Buy now</button></div>'
    )
    assert price(extracted(page(body))) == (Decimal("15"), "USD")


def test_a_structured_code_written_only_inside_a_longer_one_is_not_the_code_the_page_shows() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Trail Shoe",
        "sku": "840880732",
        "offers": {"@type": "Offer", "price": "71.40", "priceCurrency": "USD", "availability": "InStock"},
    }
    body = '<h1>Trail Shoe</h1><span class="price">$71.40</span><div><em>Item#: N82E16840880732</em></div>' + BUY
    found = extracted(page(body, ld(data)), "https://shop.example/p/N82E16840880732")
    assert found.sku == "N82E16840880732"
    # A letter glued to the code, as addresses write ids ("-x3410048.php"), parts it: the code is shown there.
    data["sku"] = "3410048"
    found = extracted(
        page('<h1>Trail Shoe</h1><span class="price">$71.40</span>', ld(data)), "https://s.example/a-x3410048.php"
    )
    assert found.sku == "3410048"


def test_an_abbreviated_article_number_label_is_read() -> None:
    body = (
        '<h1>Trail Shoe</h1><span class="price">£28.50</span>' + BUY + '<p class="product-code">Art. no. 0928444001</p>'
    )
    assert extracted(page(body)).sku == "0928444001"


def test_prices_of_other_products_within_reach_of_the_buy_button_are_not_the_price() -> None:
    # A members-only item: no price of its own, the button sits beside related products' cards.
    cards = "".join(
        f'<li class="product-card"><a href="/p/{n}">Item {n}</a><span class="card__cost">${n}.00</span></li>'
        for n in (207, 279)
    )
    body = (
        "<main><h1>Trail Shoe</h1><p>Members Only Item. Sign In to see price</p>"
        '<input type="button" class="btn" value="Add to Cart">'
        f'<section class="related-products"><h2>Also</h2><ul>{cards}</ul></section></main>'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Trail Shoe",
        "sku": "1380489",
        "offers": {"@type": "Offer", "priceCurrency": "USD", "availability": "InStock"},
    }
    found = extracted(page(body, ld(data)))
    assert found.price is None and found.sku == "1380489"


def layer(price_now: str) -> str:
    pushed = {"event": "view_item", "ecommerce": {"items": [{"item_id": "TS-1", "price": price_now}]}}
    return f"<script>dataLayer.push({json.dumps(pushed)});</script>"


TWO = (
    '<h1>Trail Shoe</h1><div class="product-price"><p class="product-price__small">46 140 ₴</p>'
    '<p class="product-price__big">32 300 ₴</p></div>' + BUY
)


def test_the_data_layer_makes_the_lower_of_two_shown_prices_the_one_to_pay() -> None:
    assert price(extracted(page(TWO + layer("32300")))) == (Decimal("32300"), "UAH")


def test_the_data_layer_never_makes_the_higher_of_two_shown_prices_the_price() -> None:
    assert price(extracted(page(TWO + layer("46140")))) == (Decimal("32300"), "UAH")


def test_romanian_and_hungarian_unavailable_words_say_sold_out() -> None:
    for words, button in (("Indisponibil", "Adaugă la Favorite"), ("Nem elérhető", "Kedvencekhez")):
        body = (
            f'<h1>Trail Shoe</h1><span class="price">129,99 Lei</span><span class="label-stock">{words}</span>'
            f'<button type="button" class="btn">{button}</button>'
        )
        assert extracted(page(body)).availability == Availability.out_of_stock
    body = '<h1>Trail Shoe</h1><span class="price">129,99 Lei</span><span class="label-stock">Stoc limitat</span>'
    assert extracted(page(body)).availability == Availability.in_stock


def test_a_code_the_address_writes_between_dots_is_one_of_its_codes() -> None:
    # Shown alone under a label no word list knows, and named by the address's last piece between dots.
    body = '<h1>Trail Shoe</h1><p class="item-number">Item <span>1503473</span></p><span class="price">$795.00</span>'
    assert extracted(page(body), "https://shop.example/trail-shoe.product.1503473.html").sku == "1503473"


def test_of_two_bare_prices_side_by_side_the_lower_is_the_one_to_pay() -> None:
    # The old price first or last, struck through only by a style sheet.
    assert price(extracted(page(TWO))) == (Decimal("32300"), "UAH")
    later = (
        '<h1>Trail Shoe</h1><div class="price-box"><span class="price-now">€ 59,95</span>'
        '<span class="price-then">€ 79,95</span></div>' + BUY
    )
    assert price(extracted(page(later))) == (Decimal("59.95"), "EUR")
    # A word beside one of them names it: the rule stands back.
    worded = TWO.replace("32 300 ₴</p>", "32 300 ₴ з карткою</p>")
    assert price(extracted(page(worded))) == (Decimal("46140"), "UAH")


def variant_list(active_class: str) -> str:
    options = "".join(
        f'<li class="variant{extra}"><a href="/p/zinc-{size}"><span>{size} pcs</span> '
        f'<span class="variant-price">€\u00a0{amount}</span></a></li>'
        for size, amount, extra in (("20", "4,03", ""), ("40", "11,44", active_class))
    )
    return (
        f'<div class="product"><h1>Zinc Effervescent Tablets</h1><p>40 pcs</p><ul class="variants">{options}</ul>'
        '<div class="price-box"><div class="price-current">€\u00a011,44</div>'
        '<div class="price-base">€\u00a00,29 / 1 pc</div><div>incl. VAT</div></div><p>In stock</p>'
        '<form action="/cart/add" method="post"><button type="submit">Add to cart</button></form></div>'
    )


def test_a_price_among_the_options_of_a_variant_list_gives_way_to_the_products_own() -> None:
    # The chosen option adds a class name of its own; the options are alike all the same, and the price the page
    # gives outside them is the one to pay, not the first option's.
    for active in (" variant--active", " is-selected"):
        assert price(extracted(page(variant_list(active)))) == (Decimal("11.44"), "EUR")


def test_an_amount_in_a_link_beside_the_buy_button_is_another_pages() -> None:
    # A price the page writes without currency or decimal mark ("9" and a raised dash) is not read; the link to
    # other sellers' offers beside the buy button names their lowest price, which is not this offer's: no price.
    body = (
        '<h1 class="page-heading">Cast Iron Skillet 26 cm</h1><div class="buy-block"><div class="price-block">'
        '<span class="promo-price">9<sup class="promo-price__fraction">-</sup></span></div>'
        '<p>Sold by the shop</p><div class="delivery"><span>In stock</span><p>Order by 23:59, delivered tomorrow</p>'
        '</div><a class="btn btn--primary js-basket-button" href="#">Add to basket</a>'
        '<a class="other-sellers" href="#sellers">Other sellers (3) from € 8,00</a></div>'
        '<div class="specs"><dl><dt>EAN</dt><dd>0627916954861</dd><dt>Brand</dt><dd>Tidewater</dd></dl></div>'
    )
    assert extracted(page(body)).price is None


def test_a_price_in_a_wrapper_named_old_is_the_price_before_a_reduction_whatever_its_label_says() -> None:
    # The label is in a language no word list has; the wrapper's class name says which price is the old one.
    box = (
        '<div class="price-box"><span class="old-price"><span class="price-label">מחיר קודם</span> '
        '<span class="price">₪ 127.00</span></span><span class="special-price"><span class="price-label">מחיר מבצע'
        '</span> <span class="price">₪ 107.95</span></span></div>'
    )
    found = extracted(page(f"<h1>Down Jacket</h1>{box}{BUY}"))
    assert price(found) == (Decimal("107.95"), "ILS")
    assert found.list_price is not None and found.list_price.amount == Decimal("127.00")


def test_a_wrapper_whose_name_only_contains_old_inside_a_word_is_no_old_price() -> None:
    # "price-holder", "bold-price", "gold": the letters "old" inside a word name no old price.
    for name in ("price-holder", "bold-price", "gold-member"):
        box = f'<div class="{name}"><span class="price">€ 50.00</span></div>'
        assert price(extracted(page(f"<h1>Down Jacket</h1>{box}{BUY}"))) == (Decimal("50.00"), "EUR")
