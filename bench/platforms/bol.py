"""Product pages as the Dutch and Belgian marketplaces and shops (bol-, Coolblue-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money


def _bol_price(amount: Decimal) -> str:
    """bol's promo price: the euros, the cents in a superscript (or "-" for whole euros), no currency sign."""
    whole, cents = f"{amount:.2f}".split(".")
    fraction = "-" if cents == "00" else cents
    return (
        f'<span class="promo-price" data-test="price">{whole}<sup class="promo-price__fraction">{fraction}</sup></span>'
    )


def bol(rng: random.Random) -> Page:
    """bol-like: the price as "24" and a superscript "99" with no euro sign, the list price struck through with
    "Adviesprijs", "Verkoop door bol" or a partner, "Andere verkopers vanaf €21,99", "Op voorraad" with "Voor 23:59
    uur besteld, morgen in huis", "Niet leverbaar" / "Tijdelijk niet leverbaar", and no shop code a shopper sees
    (the specifications give the EAN); or Coolblue-like: "Artikelnummer 912345" in the specifications, "Morgen in
    huis", "Tijdelijk uitverkocht", "In mijn winkelwagen"."""
    site = rng.choice(["nl", "be"])
    loc = LOCALES["nl" if site == "nl" else "be"]
    front = rng.choice(["bol", "bol", "coolblue"])
    item = draw_item(rng, loc, sale=0.4, stock=0.75, sizes="none", names=None)
    chrome = Chrome.draw(rng, loc)
    internal = str(rng.randrange(9_200_000_000_000_000, 9_300_000_000_000_000))
    if front == "bol":
        code = None
        price = (
            '<div class="price-block">'
            + (f'<del class="buy-block__list-price">Adviesprijs {money(item.was, loc)}</del>' if item.was else "")
            + _bol_price(item.price)
            + "</div>"
        )
        seller = rng.choice(["bol", "Partner: Wonenmetstijl", "Partner: TechOutlet BV"])
        if item.in_stock:
            stock = (
                '<div class="buy-block__delivery"><span class="buy-block__highlight">Op voorraad</span>'
                "<p>Voor 23:59 uur besteld, morgen in huis</p></div>"
            )
            button = '<a class="ui-btn ui-btn--primary js_floating_basket_btn" href="#">In winkelwagen</a>'
        else:
            stock = (
                '<div class="buy-block__delivery"><span class="buy-block__highlight--no-stock">'
                f"{rng.choice(['Niet leverbaar', 'Tijdelijk niet leverbaar'])}</span></div>"
            )
            button = '<a class="ui-btn ui-btn--secondary" href="#">Houd mij op de hoogte</a>'
        others = (
            f'<a class="other-sellers" href="#sellers">Andere verkopers ({rng.randrange(2, 6)}) vanaf '
            f"{money(item.price - Decimal(rng.randrange(1, 5)), loc)}</a>"
            if item.in_stock and rng.random() < 0.4
            else ""
        )
        specs = (
            '<div class="specs"><h3>Overige kenmerken</h3><dl class="specs__list">'
            f'<dt class="specs__title">EAN</dt><dd class="specs__value">{item.gtin}</dd>'
            f'<dt class="specs__title">Merk</dt><dd class="specs__value">{esc(item.brand)}</dd></dl></div>'
        )
        buy = (
            f'<div class="buy-block">{price}<p class="buy-block__seller">Verkoop door {seller}</p>'
            f"{stock}{button}{others}</div>"
        )
    else:
        code = str(rng.randrange(800_000, 999_999))
        price = (
            '<div class="sales-price">'
            + (f'<span class="sales-price__former">{money(item.was, loc)}</span>' if item.was else "")
            + f'<strong class="sales-price__current">{money(item.price, loc).replace(",00", ",-")}</strong></div>'
        )
        if item.in_stock:
            stock = '<div class="delivery-message"><span class="color--available">Morgen in huis</span></div>'
            button = '<button class="button button--order" type="submit">In mijn winkelwagen</button>'
        else:
            stock = '<div class="delivery-message"><span class="color--unavailable">Tijdelijk uitverkocht</span></div>'
            button = '<button class="button button--secondary" type="button">Mail mij als het er weer is</button>'
        specs = (
            '<div class="product-specs"><h3>Productnummers</h3><dl>'
            f"<dt>Artikelnummer</dt><dd>{code}</dd><dt>Fabrikantcode</dt><dd>{item.brand[:2].upper()}"
            f"{rng.randrange(1000, 9999)}</dd><dt>Merk</dt><dd>{esc(item.brand)}</dd></dl></div>"
        )
        buy = (
            f'<div class="product-order">{price}{stock}<form action="/winkelwagen" method="post">{button}</form></div>'
        )
    main = (
        f'<div class="product-page"><a class="brand" href="/nl/b/{slug(item.brand)}">{esc(item.brand)}</a>'
        f'<h1 class="page-heading"><span data-test="title">{esc(item.name)}</span></h1>'
        f'<div class="rating">{rng.randrange(30, 50) / 10} ({rng.randrange(2, 900)} reviews)</div>{buy}'
        f'<div class="product-description"><p>{esc(item.description)}</p></div>{specs}</div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code or internal,
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "EUR",
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<li class="product-item"><a href="/nl/p/{slug(name)}/{rng.randrange(10**15, 10**16)}/">{esc(name)}</a>'
            f"{_bol_price(amount) if front == 'bol' else money(amount, loc)}</li>"
        )

    host = ("www.bol.example" if front == "bol" else "www.coolblue.example") + f"/{site}"
    url = f"https://{host}/p/{item.handle}/{code or internal}/"
    page_html = wrap(
        front.capitalize(),
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(f"{item.brand} {item.name} | {front}", f'<link rel="canonical" href="{url}">', "nl"),
        gtm(loc, item, code or internal, chrome),
        card,
    )
    return Page("bol", "", url, page_html, truth(item.price, code, item.in_stock))
