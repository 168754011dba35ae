"""Product pages as Israeli shops write them: right to left, in Hebrew, in shekels."""

# Written in the characters shops use (Hebrew punctuation, the shekel sign, right-to-left marks).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

LOC = LOCALES["il"]


def hebrew(rng: random.Random) -> Page:
    """An Israeli shop, dir="rtl": "₪ 299.90" or "299.90 ₪" (sometimes with a right-to-left mark), "מק״ט: 12345"
    (catalogue number, written with the gershayim or an ASCII quote), "מחיר מבצע" / "מחיר קודם" for sales,
    "עד 12 תשלומים ללא ריבית" with the amount per payment, "במלאי" / "אזל מהמלאי", "הוספה לסל", "עדכנו אותי
    כשיחזור למלאי"; a Magento or WooCommerce front underneath."""
    item = draw_item(rng, LOC, sale=0.45, stock=0.75)
    chrome = Chrome.draw(rng, LOC)
    code = (
        str(rng.randrange(10_000, 9_999_999))
        if rng.random() < 0.6
        else f"{item.brand[:2].upper()}{rng.randrange(100, 9999)}"
    )
    quote = rng.choice(["\u05f4", '"', "&quot;"])
    label = rng.choice([f"מק{quote}ט", f"מק{quote}ט:", "קוד מוצר:"])
    after = rng.random() < 0.5

    def shekels(amount: Decimal) -> str:
        return f"{amount:,.2f}\u00a0₪" if after else money(amount, LOC)

    payments = rng.choice([3, 6, 10, 12])
    part = (item.price / payments).quantize(Decimal("0.01"))
    price = (
        '<div class="price-box">'
        + (
            f'<span class="old-price"><span class="price-label">מחיר קודם</span> <span class="price">'
            f"{shekels(item.was)}</span></span>"
            if item.was
            else ""
        )
        + f'<span class="{"special-price" if item.was else "regular-price"}">'
        + ('<span class="price-label">מחיר מבצע</span> ' if item.was else "")
        + f'<span class="price">\u200f{shekels(item.price)}</span></span>'
        + (
            f'<div class="payments">עד {payments} תשלומים ללא ריבית של {shekels(part)}</div>'
            if rng.random() < 0.5
            else ""
        )
        + "</div>"
    )
    if item.in_stock:
        stock = '<p class="availability in-stock"><span>במלאי</span></p>'
        button = '<button type="submit" title="הוספה לסל" class="action tocart primary"><span>הוספה לסל</span></button>'
    else:
        stock = '<p class="availability out-of-stock"><span>אזל מהמלאי</span></p>'
        button = '<button type="button" class="action alert"><span>עדכנו אותי כשיחזור למלאי</span></button>'
    sizes = (
        '<div class="swatch-attribute size"><span class="swatch-attribute-label">מידה</span>'
        + "".join(f'<div class="swatch-option text">{s}</div>' for s in item.sizes)
        + "</div>"
        if item.sizes
        else ""
    )
    main = (
        f'<div class="product-info-main"><h1 class="page-title"><span class="base">{esc(item.name)}</span></h1>'
        f'<div class="product attribute sku"><strong class="type">{label}</strong> <div class="value">{code}</div>'
        f"</div>{price}{sizes}{stock}"
        f'<form action="/checkout/cart/add" method="post"><input type="hidden" name="product" value="'
        f'{rng.randrange(1000, 99999)}">{button}</form><div class="product attribute description"><p>'
        f"{esc(item.description)}</p><p>מותג: {esc(item.brand)}</p></div></div>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "ILS",
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<li class="product-item"><a class="product-item-link" href="/{slug(name)}.html">{esc(name)}</a>'
            f'<span class="price">{shekels(amount)}</span></li>'
        )

    url = f"https://www.hanut-tova.example/{rng.randrange(1000, 99999)}.html"
    page_html = wrap(
        "חנות טובה",
        LOC,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.55 else ""),
        head(item.name, f'<link rel="canonical" href="{url}">', "he"),
        gtm(LOC, item, code, chrome),
        card,
        body_class="rtl catalog-product-view",
    ).replace('<html lang="he">', '<html lang="he" dir="rtl">')
    return Page("hebrew", "", url, page_html, truth(item.price, code, item.in_stock))
