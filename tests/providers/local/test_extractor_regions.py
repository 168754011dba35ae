"""Pages as shops in other regions write them: digits of other scripts, labels in Greek and Arabic, Thai written
without blanks, cents in an element of their own, a reduction told by its percentage, and a structured code the page
does not show. Pages are written here."""

# Written in the characters these shops use.
# ruff: noqa: RUF001

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from aisle_mcp.products import Availability, Product
from aisle_mcp.providers.local.extractor import extract_product
from aisle_mcp.providers.local.extractor.values import parse_number, price_in_text


def ld(document: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(document, ensure_ascii=False)}</script>'


def page(body: str, head: str = "", lang: str = "en") -> str:
    return f'<!doctype html><html lang="{lang}"><head><title>Shop</title>{head}</head><body>{body}</body></html>'


def extracted(html: str, url: str) -> Product:
    found = extract_product(html, url)
    assert found is not None
    return found


def amount(found: Product) -> Decimal | None:
    return found.price.amount if found.price is not None else None


# --- digits of other scripts ----------------------------------------------------------------------------------------


def test_amounts_in_arabic_indic_digits_read_as_numbers() -> None:
    assert parse_number("١٬٢٩٩٫٥٠") == Decimal("1299.50")
    assert parse_number("۴۵۰") == Decimal(450)
    assert price_in_text("٢٢٩٫٠٠ ر.س") == (Decimal("229.00"), "SAR")


def test_a_price_in_arabic_indic_digits_is_the_whole_amount_not_its_cents() -> None:
    body = (
        '<div dir="rtl"><h1>مقلاة من الحديد الزهر</h1><div class="price-block"><span class="now-price">٢٢٩٫٥٠ ر.س'
        '</span></div><div class="promo">قسّمها على 4 دفعات بقيمة ٥٧٫٣٨ ر.س</div>'
        '<button type="submit">أضف إلى السلة</button></div>'
    )
    found = extracted(page(body, lang="ar"), "https://matjar.example.sa/p/1")
    assert amount(found) == Decimal("229.50")
    assert found.price is not None and found.price.currency == "SAR"


# --- labels in Greek and Arabic, stock words in Thai --------------------------------------------------------------


def test_the_shops_code_under_an_arabic_label_beside_the_model_number() -> None:
    body = (
        '<div dir="rtl"><h1>سماعات لاسلكية</h1><span class="price">199.00 د.إ</span><button>أضف إلى السلة</button>'
        '<table><tr><th>رمز المنتج</th><td dir="ltr">926726347</td></tr><tr><th>رقم الموديل</th>'
        '<td dir="ltr">KE-9372</td></tr></table></div>'
    )
    found = extracted(page(body, lang="ar"), "https://souq.example.ae/p/headphones")
    assert found.sku == "926726347"
    assert found.mpn == "KE-9372"


def test_the_shops_code_under_a_greek_label() -> None:
    body = (
        '<h1>Τηγάνι από μαντέμι</h1><div class="p-code"><span>Κωδικός προϊόντος:</span> <span>943338</span></div>'
        '<strong class="price-final">187,00 €</strong><button>Προσθήκη στο καλάθι</button>'
    )
    found = extracted(page(body, lang="el"), "https://katastima.example.gr/tigani/")
    assert found.sku == "943338"


def test_a_czech_catalogue_number_is_as_apt_to_be_the_makers_as_the_shops() -> None:
    # "Katalogové číslo" (a catalogue, often the maker's part, number) does not outrank the shop's "Kód" before it.
    body = (
        '<h1>Batoh 22 l</h1><div class="p-code"><span>Kód:</span> <span>VA587f3</span></div>'
        '<strong class="price-final">7 760 Kč</strong><button>Do košíku</button>'
        "<table><tr><th>Katalogové číslo</th><td>VAN-6484</td></tr></table>"
    )
    found = extracted(page(body, lang="cs"), "https://obchod.example.cz/batoh/")
    assert found.sku == "VA587f3"


def test_a_swedish_sold_out_note_that_holds_the_words_for_in_stock() -> None:
    # "Slut i lager" (out of stock) holds "i lager" (in stock): the structured "out of stock" is what the page says.
    document = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": "Termosflaska 750 ml",
        "sku": "731-8910",
        "offers": {
            "@type": "Offer",
            "price": "279",
            "priceCurrency": "SEK",
            "availability": "https://schema.org/OutOfStock",
        },
    }
    body = (
        '<h1>Termosflaska 750 ml</h1><div class="price">279 kr</div><p>Art.nr: 731-8910</p>'
        '<div class="stock-status"><span>Webblager: Slut i lager</span></div>'
        '<form method="post" action="/cart/add"><button type="button" class="btn" disabled>Slut i lager</button></form>'
        + ld(document)
    )
    found = extracted(page(body, lang="sv"), "https://butik.example.se/produkt/termosflaska-731-8910")
    assert found.availability is Availability.out_of_stock


def test_whole_kronor_written_with_a_colon_and_dash() -> None:
    assert price_in_text("2 140:-", "https://butik.example.se/p/1") == (Decimal(2140), "SEK")
    assert price_in_text("2 140:-", "https://butikk.example.no/p/1") == (Decimal(2140), "NOK")
    body = (
        '<h1>Vandringskänga Gore-Tex</h1><div class="price-box"><span class="price price--sale">2 140:-</span>'
        '<span class="price-before">Ord. pris 2 860:-</span></div>'
        '<form method="post" action="/cart/add"><button type="submit">Lägg i varukorgen</button></form>'
    )
    found = extracted(page(body, lang="sv"), "https://butik.example.se/produkt/vandringskanga-5518295")
    assert amount(found) == Decimal(2140)
    assert found.price is not None and found.price.currency == "SEK"


def _maker_numbered(details: str) -> str:
    document = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": "Bio-Baumwoll-Hoodie",
        "sku": "KES-99147",
        "mpn": "KES-99147",
        "offers": {
            "@type": "Offer",
            "price": "125.00",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
        },
    }
    body = (
        f'<h1>Bio-Baumwoll-Hoodie</h1><div class="price">125,00 €</div><button>In den Warenkorb</button>'
        f"<table><caption>Produktdetails</caption><tbody>{details}</tbody></table>" + ld(document)
    )
    return page(body, lang="de")


def test_the_shops_own_code_outranks_a_structured_sku_that_is_the_makers_number() -> None:
    details = "<tr><td>Art.-Nr.</td><td>74906183</td></tr><tr><td>Hersteller-Nr.</td><td>KES-99147</td></tr>"
    found = extracted(_maker_numbered(details), "https://www.marktplatz.example/p/bio-baumwoll-hoodie/")
    assert found.sku == "74906183"
    assert found.mpn == "KES-99147"


def test_a_structured_sku_that_is_the_makers_number_stays_where_the_shop_shows_no_code_of_its_own() -> None:
    details = "<tr><td>Hersteller-Nr.</td><td>KES-99147</td></tr><tr><td>Material</td><td>Baumwolle</td></tr>"
    found = extracted(_maker_numbered(details), "https://www.marktplatz.example/p/bio-baumwoll-hoodie/")
    assert found.sku == "KES-99147"


def test_thai_stock_words_joined_to_the_words_after_them() -> None:
    body = '<h1>กระเป๋าเป้ 22 ลิตร</h1><div class="price">฿1,240</div><div class="stock">มีสินค้าทั้งหมด 701 ชิ้น</div>'
    found = extracted(page(body, lang="th"), "https://shop.example.co.th/p/backpack")
    assert found.availability is Availability.in_stock


# --- one price across elements ---------------------------------------------------------------------------------------


def test_cents_in_an_element_of_their_own_with_no_decimal_mark() -> None:
    body = (
        '<h1>Frigideira de Ferro Fundido</h1><div class="ui-pdp-price__second-line"><span class="andes-money-amount">'
        '<span class="andes-money-amount__currency-symbol">R$</span><span class="andes-money-amount__fraction">1.345'
        '</span><span class="andes-money-amount__cents">50</span></span><span class="discount">10% OFF</span></div>'
        "<button>Comprar agora</button>"
    )
    found = extracted(page(body, lang="pt"), "https://produto.example.com.br/p/1")
    assert amount(found) == Decimal("1345.50")


def test_cents_in_a_superscript() -> None:
    body = (
        '<h1>Cordless Drill</h1><div class="price-wrap"><span class="price-characteristic">$247</span>'
        '<sup class="price-mantissa">99</sup></div><button>Add to cart</button>'
    )
    found = extracted(page(body), "https://bigbox.example.com/ip/drill/123")
    assert amount(found) == Decimal("247.99")


def test_two_amounts_side_by_side_are_no_price_and_its_cents() -> None:
    body = (
        '<h1>Cordless Drill</h1><div class="price"><span>$247</span> <span>19</span> sold</div>'
        '<p class="stock">In stock</p><button>Add to cart</button>'
    )
    found = extracted(page(body), "https://bigbox.example.com/ip/drill/123")
    assert found.availability is Availability.in_stock
    assert amount(found) != Decimal("247.19")


def test_the_price_a_stated_percentage_reduces_is_the_one_before_the_reduction() -> None:
    body = (
        '<h1>Batoh 22 l</h1><div class="p-final-price-wrapper"><span class="price-standard"><span>Původní cena</span> '
        '<span>11 089 Kč</span></span><span class="price-save">–30 %</span><strong class="price-final">7 760 Kč'
        "</strong></div><button>Do košíku</button>"
    )
    found = extracted(page(body, lang="cs"), "https://obchod.example.cz/batoh/")
    assert amount(found) == Decimal(7760)


def test_two_prices_without_a_percentage_taking_one_to_the_other_keep_their_order() -> None:
    body = (
        '<h1>Batoh 22 l</h1><div class="p-final-price-wrapper"><span class="price-standard"><span>Cena</span> '
        '<span>11 089 Kč</span></span><span class="price-save">–5 %</span><strong class="price-final">7 760 Kč'
        "</strong></div><button>Do košíku</button>"
    )
    found = extracted(page(body, lang="cs"), "https://obchod.example.cz/batoh/")
    assert amount(found) == Decimal(11089)


# --- a structured code the page does not show ------------------------------------------------------------------------


def product(sku: str, price: str) -> dict[str, Any]:
    offer = {"@type": "Offer", "price": price, "priceCurrency": "USD", "availability": "https://schema.org/InStock"}
    return {"@context": "https://schema.org", "@type": "Product", "name": "Linen Shirt", "sku": sku, "offers": offer}


def test_a_structured_code_the_page_does_not_show_beside_the_price_it_shows_is_left_empty() -> None:
    body = '<h1>Linen Shirt</h1><span class="price">$59.95</span><button>Add to cart</button>'
    found = extracted(page(body, ld(product("4895487596", "59.95"))), "https://shop.example.com/p/linen-shirt")
    assert found.sku is None
    assert "does not show" in found.field_sources["sku"]


def test_a_structured_code_stays_where_scripts_draw_the_product() -> None:
    # The price is written only as a piece of a related product's price: the product itself is drawn by scripts.
    body = (
        '<h1>Linen Shirt</h1><div data-js="price"></div><button>Add to cart</button><ul><li class="card">'
        '<span class="price">$659.95</span></li></ul>'
    )
    found = extracted(page(body, ld(product("LS-2210", "59.95"))), "https://shop.example.com/p/linen-shirt")
    assert found.sku == "LS-2210"


def test_a_structured_code_written_without_its_marks_in_the_address_is_shown() -> None:
    body = '<h1>Oak Table</h1><span class="price">£450</span><button>Add to bag</button>'
    found = extracted(page(body, ld(product("002.937.72", "450"))), "https://shop.example.com/p/oak-table-00293772/")
    assert found.sku == "002.937.72"
