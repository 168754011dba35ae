"""Product pages as Gulf shops (Noon-, Namshi-like and Salla / Zid stores) write them, right to left."""

# Written in the characters shops use (local scripts and their digits, no-break spaces, multiplication signs).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, schema_stock, truth, wrap
from platforms.items import NAMES, draw_item, slug
from platforms.money import LOCALES, number

INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic(rng: random.Random) -> Page:
    """A Gulf shop in Arabic: dir="rtl", "AED 1,299.00", "1,299.00 د.إ" or "ر.س", on some stores Arabic-Indic digits
    with the Arabic decimal and thousands signs ("١٬٢٩٩٫٠٠ ر.س"), "رمز المنتج" (product code) beside "رقم الموديل"
    (model number), "متوفر" / "نفدت الكمية", "أضف إلى السلة", "اشترِ الآن", a Tabby/Tamara split in four."""
    site = rng.choice(["ae", "sa"])
    loc = LOCALES[site]
    item = draw_item(rng, loc, sale=0.45, stock=0.75, sizes=rng.choice(["none", "apparel"]), names=NAMES["ar"])
    chrome = Chrome.draw(rng, loc)
    store = rng.choice(["market", "salla"])
    indic = store == "salla" and rng.random() < 0.5
    code = (
        "N" + str(rng.randrange(10**10, 10**11)) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        if store == "market"
        else str(rng.randrange(100_000_000, 999_999_999))
    )
    model = f"{item.brand[:2].upper()}-{rng.randrange(100, 9999)}"
    unit = {"AED": "د.إ", "SAR": "ر.س"}[loc.currency]
    latin_unit = rng.random() < 0.5

    def price(amount: Decimal) -> str:
        text = number(amount, loc)
        if indic:
            return text.replace(",", "٬").replace(".", "٫").translate(INDIC) + "\u00a0" + unit
        return f"{loc.currency}\u00a0{text}" if latin_unit else f"{text}\u00a0{unit}"

    if item.in_stock:
        stock = '<div class="stock-status in-stock">متوفر</div>'
        buttons = (
            '<button class="add-to-cart-btn" type="submit">أضف إلى السلة</button>'
            '<button class="buy-now-btn" type="button">اشترِ الآن</button>'
        )
    else:
        stock = '<div class="stock-status out-of-stock">نفدت الكمية</div>'
        buttons = '<button class="notify-btn" type="button" disabled>غير متوفر</button>'
    quarter = (item.price / 4).quantize(Decimal("0.01"))
    main = (
        f'<div class="product-details" dir="rtl"><div class="brand"><a href="/brand/{slug(item.brand)}">'
        f'{esc(item.brand)}</a></div><h1 class="product-title">{esc(item.name)}</h1>'
        '<div class="price-block">'
        + (f'<span class="old-price"><del>{price(item.was)}</del></span>' if item.was else "")
        + f'<span class="now-price">{price(item.price)}</span>'
        + (f'<span class="discount-badge">خصم {round((1 - item.price / item.was) * 100)}٪</span>' if item.was else "")
        + '<div class="vat-note">شامل ضريبة القيمة المضافة</div></div>'
        f'<div class="tabby-promo">قسّمها على 4 دفعات بقيمة {price(quarter)} بدون فوائد مع تابي</div>{stock}'
        + (
            '<div class="sizes"><span>المقاس:</span>'
            + "".join(f'<button type="button">{s}</button>' for s in item.sizes)
            + "</div>"
            if item.sizes
            else ""
        )
        + f'<form action="/cart/add" method="post">{buttons}</form><div class="specs"><table>'
        f'<tr><th>رمز المنتج</th><td dir="ltr">{code}</td></tr><tr><th>رقم الموديل</th><td dir="ltr">{model}</td>'
        f"</tr><tr><th>العلامة التجارية</th><td>{esc(item.brand)}</td></tr></table></div>"
        f'<div class="description"><h2>الوصف</h2><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code,
        "mpn": model,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="product-card"><a href="/p/{rng.randrange(10**8, 10**9)}">{esc(name)}</a>'
            f'<span class="product-card__price">{price(amount)}</span></div>'
        )

    host = ("www.souq-alkhaleej.com" if store == "market" else "matjar-alnakheel.com") + f"/{site}-ar"
    url = f"https://{host}/{code}/p/"
    page_html = wrap(
        "متجر",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(item.name, f'<link rel="canonical" href="{url}">', "ar").replace(
            '<html lang="ar">', '<html lang="ar" dir="rtl">'
        ),
        card=card,
        body_class="rtl",
    )
    return Page("arabic", "", url, page_html, truth(item.price, code, item.in_stock))
