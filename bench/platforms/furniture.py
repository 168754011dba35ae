"""Product pages of a furniture shop with a "from" price and configurable options."""

# Written in the characters shops use (full-width colons and yen, multiplication signs, en dashes).
# ruff: noqa: RUF001

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    ld,
    schema_stock,
    truth,
    wrap,
)
from platforms.items import FURNITURE, draw_item, slug
from platforms.money import LOCALES, money
from platforms.vocabulary import WORDS


def furniture(rng: random.Random) -> Page:
    """A furniture shop with configurable pieces: a "From" price (the default configuration's), options that add to
    it, delivery lead times ("Made to order", "In stock"), a product code, finance per month beside the price."""
    loc = LOCALES[rng.choice(["gb", "gb", "us", "de", "nl"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes="none", names=FURNITURE, scale=4, stock=0.75)
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["Loft & Linden", "Hearth House", "Nordhaus Living"])
    host = f"www.{slug(shop)}.com"
    code = rng.choice(
        [
            f"{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
            f"{item.name.split()[0][:3].upper()}-{rng.randrange(1000, 9999)}",
            f"W{rng.randrange(10**8, 10**9)}",
        ]
    )
    show_code = rng.random() < 0.8
    words = {
        "en": (
            "From",
            "Product code",
            "Made to order – delivered in 8–10 weeks",
            "In stock – delivered in 5 days",
            "Currently unavailable",
            "Fabric",
            "Size",
            "or",
            "/month with 0% finance",
            "Configure yours",
            "Email me when it's back",
        ),
        "de": (
            "Ab",
            "Artikelnummer",
            "Auf Bestellung gefertigt – Lieferung in 8–10 Wochen",
            "Auf Lager – Lieferung in 5 Tagen",
            "Derzeit nicht verfügbar",
            "Stoff",
            "Größe",
            "oder",
            "/Monat mit 0 % Finanzierung",
            "Jetzt konfigurieren",
            "Benachrichtigen",
        ),
        "nl": (
            "Vanaf",
            "Artikelnummer",
            "Op bestelling gemaakt – levering in 8–10 weken",
            "Op voorraad – levering in 5 dagen",
            "Momenteel niet beschikbaar",
            "Stof",
            "Maat",
            "of",
            "/maand met 0% financiering",
            "Stel samen",
            "Houd me op de hoogte",
        ),
    }[loc.lang]
    from_price = rng.random() < 0.6
    url = f"https://{host}/products/{item.handle}"
    fabrics = [
        ("Linen Natural", Decimal(0)),
        ("Velvet Forest", Decimal(rng.choice([100, 150, 200]))),
        ("Boucle Ivory", Decimal(rng.choice([150, 250]))),
    ]
    sizes = [
        ("2 seater", Decimal(0)),
        ("3 seater", Decimal(rng.choice([200, 300]))),
        ("4 seater", Decimal(rng.choice([400, 500]))),
    ]
    months = rng.choice([12, 24, 36])
    finance = (item.price / months).quantize(Decimal("0.01"))

    def option(group: str, choices: list[tuple[str, Decimal]]) -> str:
        return (
            f'<fieldset class="configurator__group"><legend>{group}</legend>'
            + "".join(
                f'<label class="configurator__option"><input type="radio" name="{slug(group)}" value="'
                f'{slug(n)}"{" checked" if i == 0 else ""}><span class="configurator__name">{n}</span>'
                + (f'<span class="configurator__delta">+{money(d, loc)}</span>' if d else "")
                + "</label>"
                for i, (n, d) in enumerate(choices)
            )
            + "</fieldset>"
        )

    price_html = (
        '<div class="product-price">'
        + (f'<span class="product-price__from">{words[0]}</span> ' if from_price else "")
        + f'<span class="product-price__amount">{money(item.price, loc)}</span>'
        + (f'<span class="product-price__was"><s>{money(item.was, loc)}</s></span>' if item.was else "")
        + f'<p class="finance">{words[7]} {money(finance, loc)}{words[8]}</p></div>'
    )
    lead = rng.choice([words[2], words[3]]) if item.in_stock else words[4]
    buy = (
        f'<button type="submit" class="btn btn--primary add-to-basket" name="add">{w["add"]}</button>'
        if item.in_stock
        else f'<button type="button" class="btn btn--secondary notify">{words[10]}</button>'
    )
    main = (
        f'<div class="pdp"><div class="pdp__gallery"><img src="https://{host}/img/{item.handle}-1.jpg" alt="'
        f'{esc(item.name)}"></div><div class="pdp__details"><h1 class="pdp__title">{esc(item.name)}</h1>'
        + (f'<p class="pdp__code">{words[1]}: {esc(code)}</p>' if show_code else "")
        + f'{price_html}<form class="configurator" action="/basket/add" method="post"><h2>{words[9]}</h2>'
        f'{option(words[5], fabrics)}{option(words[6], sizes)}<p class="pdp__lead-time">{lead}</p>{buy}</form>'
        f'<div class="pdp__description"><p>{esc(item.description)}</p><ul><li>W {rng.randrange(150, 260)} × D '
        f"{rng.randrange(80, 105)} × H {rng.randrange(75, 95)} cm</li><li>Seat height 45 cm</li></ul></div></div>"
        "</div>\n"
    )
    if rng.random() < 0.5:
        main += ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": item.name,
                **({"sku": code} if show_code else {}),
                "brand": {"@type": "Brand", "name": shop},
                "offers": {
                    "@type": "Offer",
                    "price": f"{item.price}",
                    "priceCurrency": loc.currency,
                    "availability": schema_stock(item.in_stock),
                    "url": url,
                },
            }
        )
    page_html = wrap(
        shop, loc, chrome, item, main, head(f"{item.name} | {shop}", "", loc.lang), gtm(loc, item, code, chrome)
    )
    return Page("furniture", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))
