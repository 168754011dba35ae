"""Product pages as a flat-pack furniture chain (IKEA-like) writes them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, schema_stock, truth, wrap
from platforms.items import FURNITURE, draw_item, slug
from platforms.money import LOCALES, number

WORDS = {
    "en": (
        "Article number",
        "Add to bag",
        "Available for delivery",
        "Not available for delivery",
        "In stock at",
        "Out of stock at",
        "Previous price",
        "Price valid",
        "Related products",
        "Assembly service from",
    ),
    "de": (
        "Artikelnummer",
        "In den Warenkorb",
        "Lieferung verfügbar",
        "Lieferung nicht verfügbar",
        "Vorrätig in",
        "Nicht vorrätig in",
        "Vorheriger Preis",
        "Preis gültig",
        "Ähnliche Produkte",
        "Montageservice ab",
    ),
    "sv": (
        "Artikelnummer",
        "Lägg i varukorgen",
        "Tillgänglig för leverans",
        "Ej tillgänglig för leverans",
        "I lager på",
        "Slut i lager på",
        "Tidigare pris",
        "Priset gäller",
        "Liknande produkter",
        "Monteringstjänst från",
    ),
    "pl": (
        "Numer artykułu",
        "Dodaj do koszyka",
        "Dostępne w dostawie",
        "Niedostępne w dostawie",
        "Dostępne w",
        "Niedostępne w",
        "Poprzednia cena",
        "Cena obowiązuje",
        "Podobne produkty",
        "Usługa montażu od",
    ),
}


def flatpack(rng: random.Random) -> Page:
    """IKEA-like: "Article number 123.456.78" in a box with the code split by dots (the structured data writes it
    the same way as sku and mpn, the address without the dots), the price in split spans (currency, integer,
    separator, decimals) with a screen-reader copy, delivery and store availability apart, "Previous price" with the
    dates it was valid, an assembly service "from" a price, related products with prices."""
    site = rng.choice(["gb", "us", "de", "se", "pl"])
    loc = LOCALES[site]
    w = WORDS.get(loc.lang, WORDS["en"])
    item = draw_item(rng, loc, sale=0.25, stock=0.75, sizes="none", names=FURNITURE)
    item.name = item.name.split(" ", 1)[0].upper() + " " + item.name.split(" ", 1)[-1]
    chrome = Chrome.draw(rng, loc)
    digits = f"{rng.randrange(10**7, 10**8)}"
    code = f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
    symbol = loc.pattern.replace("{}", "").replace("\u00a0", "").strip()
    before = loc.pattern.index("{}") > 0

    def pip(amount: Decimal, size: str = "medium") -> str:
        whole, _, decimals = number(amount, loc).partition(loc.decimal)
        decimals = "" if set(decimals) <= {"0"} else decimals
        currency = f'<span class="pip-price__currency">{symbol}</span>'
        return (
            f'<span class="pip-price pip-price--{size}"><span class="pip-price__sr-text">{symbol if before else ""}'
            f'{number(amount, loc)}{"" if before else " " + symbol}</span><span class="pip-price__nowrap" '
            f'aria-hidden="true">{currency if before else ""}<span class="pip-price__integer">{whole}</span>'
            + (
                f'<span class="pip-price__separator">{loc.decimal}</span><span class="pip-price__decimals">'
                f"{decimals}</span>"
                if decimals
                else ""
            )
            + f"{'' if before else currency}</span></span>"
        )

    delivery = item.in_stock or rng.random() < 0.3
    store = rng.choice(["Wembley", "Tottenham", "Croydon"])
    assembly = (item.price * Decimal("0.2")).quantize(Decimal(1))
    main = (
        '<div class="pip-product__subgrid product-pip js-product-pip"><div class="pip-buy-module">'
        f'<div class="pip-header-section"><h1 class="pip-header-section__container-text"><span class="pip-header-'
        f'section__title--big">{esc(item.name.split(" ", 1)[0])}</span><span class="pip-header-section__description-'
        f'text">{esc(item.name.split(" ", 1)[-1])}</span></h1></div><div class="pip-temp-price-module__price">'
        + pip(item.price, "leading")
        + (
            f'<div class="pip-temp-price-module__previous-price">{w[6]} {pip(item.was, "small")}</div>'
            f'<div class="pip-price-package__validity">{w[7]} 01.12 - 31.12</div>'
            if item.was
            else ""
        )
        + "</div>"
        + (
            f'<button type="button" class="pip-btn pip-btn--emphasised"><span class="pip-btn__label">{w[1]}</span>'
            "</button>"
            if delivery
            else ""
        )
        + f'<div class="pip-delivery"><span class="pip-status pip-status--{"green" if delivery else "red"}"></span>'
        f'{w[2] if delivery else w[3]}</div><div class="pip-store"><span class="pip-status pip-status--'
        f'{"green" if item.in_stock else "red"}"></span>{w[4] if item.in_stock else w[5]} {store}</div>'
        f'<div class="pip-assembly">{w[9]} {pip(assembly, "small")}</div>'
        f'<div class="pip-product-identifier"><span class="pip-product-identifier__label">{w[0]}</span>'
        f'<span class="pip-product-identifier__value">{code}</span></div></div></div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code,
        "mpn": code,
        "brand": {"@type": "Brand", "name": "IKEA"},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(delivery),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="plp-fragment-wrapper"><a href="/p/{slug(name)}-{rng.randrange(10**7, 10**8)}/">'
            f'<span class="plp-price-module__product-name">{esc(name)}</span></a>{pip(amount, "small")}</div>'
        )

    url = f"https://www.ikea.com/{site}/{loc.lang}/p/{item.handle}-{digits}/"
    page_html = wrap(
        "IKEA",
        loc,
        chrome,
        item,
        main + ld(data),
        head(f"{item.name} - IKEA", f'<link rel="canonical" href="{url}">', loc.lang),
        card=card,
    )
    # In stock when it can be bought online (delivered); a store's shelf alone cannot be ordered from the page.
    return Page("flatpack", "", url, page_html, truth(item.price, code, delivery))
