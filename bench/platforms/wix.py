"""Product pages as Wix Stores write them."""

from __future__ import annotations

import random
from typing import Any

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
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money
from platforms.vocabulary import WORDS


def wix(rng: random.Random) -> Page:
    """Wix Stores: data-hook attributes, the formatted primary and secondary prices, "SKU: ..." under the title
    when the owner fills it, an "Out of stock" button, Wix's Product JSON-LD."""
    loc = LOCALES[rng.choice(["us", "gb", "au", "de"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    code = rng.choice([f"{rng.randrange(10**14, 10**15)}", f"{item.brand[:2].upper()}-{rng.randrange(100, 999)}"])
    show_code = rng.random() < 0.6
    url = f"https://{host}/product-page/{item.handle}"
    out_label = {"en": "Out of stock", "de": "Nicht auf Lager"}[loc.lang]
    price_html = (
        '<div data-hook="product-prices-wrapper"><div data-hook="product-price">'
        + (
            f'<span data-hook="formatted-secondary-price" class="secondary-price">{money(item.was, loc)}</span>'
            f'<span class="sr-only" data-hook="sr-formatted-secondary-price">Regular Price</span>'
            if item.was
            else ""
        )
        + f'<span data-hook="formatted-primary-price" class="primary-price">{money(item.price, loc)}</span>'
        f'<span class="sr-only" data-hook="sr-formatted-primary-price">{"Sale Price" if item.was else "Price"}</span>'
        "</div></div>"
    )
    options = ""
    if item.sizes:
        options = (
            f'<div data-hook="product-options"><div data-hook="dropdown-label">{w["size"]}</div><div data-hook'
            f'="dropdown-base"><span data-hook="dropdown-base-text">Select</span></div></div>'
        )
    button = (
        f'<button data-hook="add-to-cart" class="add-to-cart"{"" if item.in_stock else " disabled"}><span '
        f'class="content">{w["add"] if item.in_stock else out_label}</span></button>'
    )
    main = (
        f'<div id="SITE_CONTAINER"><div data-hook="product-page"><section data-hook="product-page-main"><div '
        f'data-hook="product-gallery-root"><img src="https://static.wixstatic.com/media/{item.handle}.jpg" alt="'
        f'{esc(item.name)}"></div><section data-hook="details-placeholder"><h1 data-hook="product-title">'
        f"{esc(item.name)}</h1>"
        + (f'<div data-hook="sku" class="sku">SKU: {esc(code)}</div>' if show_code else "")
        + f'{price_html}<div data-hook="product-quantity-container"><label>{w["qty"]}</label><input type="number" '
        f'value="1" data-hook="number-input-spinner-input"></div>{options}<div data-hook="add-to-cart-wrapper">'
        f'{button}</div><div data-hook="info-section-description"><p>{esc(item.description)}</p></div></section>'
        "</section></div></div>\n"
    )
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": item.name,
        "description": item.description,
        "image": [{"@type": "ImageObject", "contentUrl": f"https://static.wixstatic.com/media/{item.handle}.jpg"}],
        "Offers": {
            "@type": "Offer",
            "url": url,
            "priceCurrency": loc.currency,
            "price": f"{item.price}",
            "Availability": schema_stock(item.in_stock),
        },
    }
    if show_code:
        data["sku"] = code
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {shop}", ld(data) if rng.random() < 0.8 else "", loc.lang),
        gtm(loc, item, code, chrome),
    )
    return Page("wix", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))
