"""Product pages as Turkish shops (Trendyol-, Hepsiburada-like and shops on Ticimax / IdeaSoft) write them."""

# Written in the characters shops use (local scripts and their digits, no-break spaces, multiplication signs).
# ruff: noqa: RUF001

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, number

LOC = LOCALES["tr"]


def turkish(rng: random.Random) -> Page:
    """A Turkish shop: "1.299,90 TL" or "₺1.299,90", "Stok Kodu:" / "Ürün Kodu:" beside "Barkod:", a struck
    price and "Sepette %10 indirim" (a basket price), an instalment table ("3 x 433,30 TL") under the price,
    "Stokta var" / "Tükendi", "Sepete Ekle" / "Hemen Al", "Gelince Haber Ver", "Kargo Bedava"."""
    item = draw_item(rng, LOC, sale=0.5, stock=0.75, sizes=rng.choice(["none", "apparel", "shoes"]), scale=10)
    chrome = Chrome.draw(rng, LOC)
    code = (
        f"{item.brand[:2].upper()}{rng.randrange(10000, 99999)}"
        if rng.random() < 0.6
        else str(rng.randrange(100000, 999999))
    )
    label = rng.choice(["Stok Kodu", "Ürün Kodu", "Stok Kodu"])
    show_code = rng.random() < 0.8
    lira = rng.random() < 0.5

    def tl(amount: Decimal) -> str:
        return f"₺{number(amount, LOC)}" if lira else f"{number(amount, LOC)} TL"

    basket = (item.price * Decimal("0.9")).quantize(Decimal("0.01")) if rng.random() < 0.25 else None
    table = "".join(
        f"<tr><td>{n} Taksit</td><td>{n} x {tl((item.price / n).quantize(Decimal('0.01')))}</td>"
        f"<td>{tl(item.price)}</td></tr>"
        for n in (2, 3, 6, 9)
    )
    if item.in_stock:
        stock = '<div class="stock-info"><span class="in-stock">Stokta var</span> · Kargo Bedava</div>'
        buttons = (
            '<button class="add-to-basket" type="button">Sepete Ekle</button>'
            '<button class="buy-now" type="button">Hemen Al</button>'
        )
    else:
        stock = '<div class="stock-info"><span class="sold-out">Tükendi</span></div>'
        buttons = '<button class="notify-me" type="button">Gelince Haber Ver</button>'
    main = (
        f'<div class="product-detail-container"><h1 class="pr-new-br"><a href="/{slug(item.brand)}">{esc(item.brand)}'
        f"</a> <span>{esc(item.name)}</span></h1>"
        f'<div class="product-rating">4,5 ({rng.randrange(3, 8000)} Değerlendirme)</div>'
        '<div class="product-price-container">'
        + (f'<span class="prc-org">{tl(item.was)}</span>' if item.was else "")
        + f'<span class="prc-dsc">{tl(item.price)}</span>'
        + (
            f'<div class="basket-discount">Sepette %10 İndirim <span class="prc-basket">{tl(basket)}</span></div>'
            if basket
            else ""
        )
        + "</div>"
        + (
            '<div class="variant-list"><span>Beden:</span>'
            + "".join(f'<div class="sp-itm">{s}</div>' for s in item.sizes)
            + "</div>"
            if item.sizes
            else ""
        )
        + f"{stock}<div class='product-button-container'>{buttons}</div>"
        '<div class="product-information"><ul>'
        + (f"<li>{label}: <b>{code}</b></li>" if show_code else "")
        + f"<li>Barkod: {item.gtin}</li><li>Marka: {esc(item.brand)}</li></ul><p>{esc(item.description)}</p>"
        f'</div><div class="installment-table"><h3>Taksit Seçenekleri</h3><table><thead><tr><th>Taksit Sayısı</th>'
        f"<th>Aylık Ödeme</th><th>Toplam Tutar</th></tr></thead><tbody>{table}</tbody></table></div></div>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": code,
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "TRY",
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="p-card-wrppr"><a href="/{slug(name)}-p-{rng.randrange(10**7, 10**8)}"><span class="prdct-desc'
            f'-cntnr-name">{esc(name)}</span><div class="prc-box-dscntd">{tl(amount)}</div></a></div>'
        )

    host = rng.choice(["www.modaevi.com.tr", "www.teknosepet.com", "www.kampcarsisi.com"])
    url = f"https://{host}/{item.handle}-p-{rng.randrange(10**6, 10**7)}"
    page_html = wrap(
        host.split(".")[1],
        LOC,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(f"{item.brand} {item.name} Fiyatı", f'<link rel="canonical" href="{url}">', "tr"),
        gtm(LOC, item, code, chrome),
        card,
    )
    return Page("turkish", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))
