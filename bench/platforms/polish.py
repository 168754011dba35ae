"""Product pages as Polish shops (x-kom-, Allegro-like) write them."""

# Written in the characters shops use (local scripts and their digits, no-break spaces, multiplication signs).
# ruff: noqa: RUF001

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item
from platforms.money import LOCALES, money

LOC = LOCALES["pl"]


def polish(rng: random.Random) -> Page:
    """A Polish electronics or general shop: "1 299,00 zł" with a no-break space for thousands, "Kod produktu:"
    beside "Kod producenta:", the Omnibus "Najniższa cena z 30 dni przed obniżką", an instalment "Rata od … zł",
    "Dostępny" / "Produkt niedostępny", "Dostawa za darmo", "Dodaj do koszyka" and "Kup teraz", related prices."""
    item = draw_item(rng, LOC, sale=0.45, stock=0.75, sizes="none", scale=rng.choice([1, 3, 10]))
    chrome = Chrome.draw(rng, LOC)
    code = str(rng.randrange(100_000, 1_299_999))
    maker = f"{item.brand[:2].upper()}{rng.randrange(100, 999)}-{rng.choice(['BK', 'WH', 'EU'])}"
    show_code = rng.random() < 0.85
    lowest = (item.was * Decimal("0.97")).quantize(Decimal("0.01")) if item.was else None
    rate = (item.price / 20).quantize(Decimal("0.01"))
    when = rng.choice(["Wysyłka dziś", "Wysyłamy w 24h", "Kup teraz, wyślemy jutro"])
    stock = (
        f'<div class="availability availability--yes"><span>Dostępny</span> · <span>{when}</span></div>'
        if item.in_stock
        else '<div class="availability availability--no"><span>Produkt niedostępny</span></div>'
    )
    buttons = (
        '<button class="btn btn--primary add-to-cart" type="submit">Dodaj do koszyka</button>'
        '<button class="btn btn--secondary buy-now" type="submit">Kup teraz</button>'
        if item.in_stock
        else '<button class="btn btn--secondary" type="button">Powiadom o dostępności</button>'
    )
    main = (
        f'<div class="product-view"><h1 class="product-view__name">{esc(item.brand)} {esc(item.name)}</h1>'
        '<div class="product-view__codes">'
        + (f'<span class="product-code">Kod produktu: <span>{code}</span></span> ' if show_code else "")
        + f'<span class="producer-code">Kod producenta: <span>{maker}</span></span></div>'
        '<div class="product-view__price">'
        + (f'<span class="price-old">{money(item.was, LOC)}</span>' if item.was else "")
        + f'<span class="price-new" data-price="{item.price:.2f}">{money(item.price, LOC)}</span>'
        + (
            f'<p class="price-omnibus">Najniższa cena z 30 dni przed obniżką: {money(lowest, LOC)}</p>'
            if lowest
            else ""
        )
        + f'</div><div class="installments">Rata od <strong>{money(rate, LOC)}</strong> × 20 rat 0%</div>'
        f'{stock}<div class="delivery">Dostawa za darmo</div><form action="/koszyk/dodaj" method="post">'
        f'<input type="hidden" name="product_id" value="{code}">{buttons}</form>'
        f'<div class="product-description"><h2>Opis produktu</h2><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": code,
        "mpn": maker,
        "gtin": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "PLN",
            "availability": schema_stock(item.in_stock),
        },
    }
    host = rng.choice(["www.x-sklep.pl", "sklep.kompas.pl", "www.elektromarket.pl"])
    url = f"https://{host}/p/{code}-{item.handle}.html"
    page_html = wrap(
        host.split(".")[1],
        LOC,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(f"{item.brand} {item.name} - Sklep", f'<link rel="canonical" href="{url}">', "pl"),
        gtm(LOC, item, code, chrome),
    )
    return Page("polish", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))
