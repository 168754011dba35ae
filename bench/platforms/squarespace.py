"""Product pages as Squarespace Commerce writes them."""

from __future__ import annotations

import random

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


def squarespace(rng: random.Random) -> Page:
    """Squarespace Commerce: product-price with the sale and original prices, a "sold out" product mark and button,
    JSON-LD whose offers carry the SKU Squarespace makes up itself (never shown on the page), variant selects."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "au"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    made_up = f"SQ{rng.randrange(1000000, 9999999)}"
    url = f"https://{host}/shop/p/{item.handle}"
    price_html = (
        '<div class="product-price">'
        + (
            f'<span class="sr-only">Sale Price:</span>{money(item.price, loc)}<span class="sr-only">Original Price:'
            f'</span><span class="original-price">{money(item.was, loc)}</span>'
            if item.was
            else money(item.price, loc)
        )
        + "</div>"
    )
    variants = ""
    if item.sizes:
        variants = (
            f'<div class="product-variants" data-variants="[]"><div class="variant-option"><div class="variant-option-'
            f'title">{w["size"]}: </div><div class="variant-select-wrapper"><select aria-label="Select {w["size"]}" '
            f'data-variant-option-name="{w["size"]}"><option value="">Select {w["size"]}</option>'
            + "".join(f'<option value="{s}">{s}</option>' for s in item.sizes)
            + "</select></div></div></div>"
        )
    mark = "" if item.in_stock else '<div class="product-mark sold-out">sold out</div>'
    button = (
        f'<div class="sqs-add-to-cart-button-wrapper" role="button" tabindex="0"><div class="sqs-add-to-cart-button '
        f'sqs-suppress-edit-mode sqs-editable-button sqs-button-element--primary" role="button" tabindex="0" '
        f'data-dynamic-strings data-collection-id="5f1c" data-item-id="{rng.randrange(10**15, 10**16):x}" '
        f'data-product-type="1" data-use-custom-label="false" data-original-label="Add To Cart"><div class="sqs-add-to-'
        f'cart-button-inner">Add To Cart</div></div></div>'
        if item.in_stock
        else '<div class="sqs-add-to-cart-button-wrapper">'
        '<div class="sqs-add-to-cart-button sold-out" aria-disabled="true">'
        '<div class="sqs-add-to-cart-button-inner">Sold Out</div></div></div>'
    )
    main = (
        f'<section class="page-section"><article class="ProductItem" data-item-id="{made_up.lower()}"><div '
        f'class="ProductItem-gallery"><img src="https://images.squarespace-cdn.com/content/v1/{item.handle}.jpg" '
        f'alt="{esc(item.name)}"></div><div class="ProductItem-details"><div class="product-meta">{mark}'
        f'<h1 class="ProductItem-details-title product-title" data-content-field="title">{esc(item.name)}</h1>'
        f'{price_html}</div><div class="ProductItem-details-excerpt"><p>{esc(item.description)}</p></div>{variants}'
        f'<div class="product-quantity-input" data-item-id="1"><div class="quantity-label">{w["qty"]}:</div><input '
        f'aria-label="Quantity" size="4" max="9999" min="1" value="1" type="number" step="1"></div>{button}'
        "</div></article></section>\n"
    )
    offers = [
        {
            "@type": "Offer",
            "price": f"{item.price}",
            "priceCurrency": loc.currency,
            "url": url,
            "availability": schema_stock(item.in_stock, False),
            "sku": f"{made_up}{'-' + s if s else ''}",
            "priceValidUntil": "2027-12-07",
        }
        for s in (item.sizes or [""])
    ]
    data = {
        "url": url,
        "name": item.name,
        "description": item.description,
        "brand": shop,
        "image": f"https://images.squarespace-cdn.com/{item.handle}.jpg",
        "offers": offers if len(offers) > 1 else offers[0],
        "@context": "http://schema.org",
        "@type": "Product",
    }
    head_extra = (
        f'<meta property="og:type" content="product"><meta property="product:price:amount" '
        f'content="{item.price}"><meta property="product:price:currency" content="{loc.currency}">'
        f'<meta property="product:availability" content="{"instock" if item.in_stock else "oos"}">' + ld(data)
    )
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} — {shop}", head_extra, loc.lang),
        gtm(loc, item, made_up, chrome),
    )
    return Page("squarespace", "", url, page_html, truth(item.price, None, item.in_stock))
