"""Product pages as BigCommerce's Cornerstone theme writes them."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from typing import Any

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    ld,
    pay_later,
    schema_stock,
    truth,
    wrap,
)
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money
from platforms.vocabulary import WORDS


def bigcommerce(rng: random.Random) -> Page:
    """BigCommerce's Cornerstone: data-product-sku, the Was/Now/MSRP price sections, productView-info list,
    BCData in a script, newer themes' JSON-LD, an "Out of stock" add-to-cart input."""
    loc = LOCALES[rng.choice(["us", "us", "au", "gb"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.com"
    pid = rng.randrange(100, 9999)
    code = f"{item.brand[:3].upper()}-{rng.randrange(100, 9999)}"
    show_sku = rng.random() < 0.8
    structured = rng.random() < 0.6
    msrp = (item.was or item.price) + Decimal(rng.choice([5, 10, 20])) if rng.random() < 0.3 else None
    url = f"https://{host}/{item.handle}/"
    stock_count = rng.randrange(1, 60) if item.in_stock else 0
    show_stock = rng.random() < 0.4
    hide = ' style="display: none;"'
    price_html = (
        '<div class="productView-price">'
        f'<div class="price-section price-section--withoutTax rrp-price--withoutTax"'
        f"{'' if msrp else hide}>MSRP: <span data-product-rrp-price-without-tax "
        f'class="price price--rrp">{money(msrp, loc) if msrp else ""}</span></div>'
        f'<div class="price-section price-section--withoutTax non-sale-price--withoutTax"'
        f"{'' if item.was else hide}>Was: <span data-product-non-sale-price-without-tax "
        f'class="price price--non-sale">{money(item.was, loc) if item.was else ""}</span></div>'
        '<div class="price-section price-section--withoutTax"><span class="price-label"></span>'
        f'<span class="price-now-label"{"" if item.was else hide}>Now:</span>'
        f'<span data-product-price-without-tax class="price price--withoutTax">{money(item.price, loc)}</span></div>'
        "</div>"
    )
    info = (
        '<dl class="productView-info">'
        + (
            f'<dt class="productView-info-name sku-label">SKU:</dt><dd class="productView-info-value" '
            f"data-product-sku>{esc(code)}</dd>"
            if show_sku
            else ""
        )
        + f'<dt class="productView-info-name">Weight:</dt><dd class="productView-info-value" data-product-weight>'
        f"{rng.randrange(1, 9)}.00 LBS</dd>"
        + (
            f'<dt class="productView-info-name" data-stock-label>Current Stock:</dt><dd class="productView-info-value" '
            f"data-product-stock>{stock_count}</dd>"
            if show_stock
            else ""
        )
        + "</dl>"
    )
    options = ""
    if item.sizes:
        options = (
            f'<div class="form-field" data-product-attribute="set-rectangle"><label class="form-label form-label--'
            f'alternate form-label--inlineSmall">{w["size"]}: <span data-option-value></span>'
            "<small>Required</small></label>"
            + "".join(
                f'<input class="form-radio" type="radio" id="attribute_rectangle__{pid}_{i}" name="attribute[{pid}]"'
                f' value="{100 + i}" required><label class="form-option" for="attribute_rectangle__{pid}_{i}" '
                f'data-product-attribute-value="{100 + i}"><span class="form-option-variant">{s}</span></label>'
                for i, s in enumerate(item.sizes)
            )
            + "</div>"
        )
    add = (
        f'<form class="form" method="post" action="https://{host}/cart.php" enctype="multipart/form-data" '
        f'data-cart-item-add><input type="hidden" name="action" value="add"><input type="hidden" name="product_id" '
        f'value="{pid}"><div data-product-option-change>{options}</div><div class="form-field form-field--increments">'
        '<label class="form-label form-label--alternate" for="qty[]">Quantity:</label><input class="form-input '
        'form-input--incrementTotal" id="qty[]" name="qty[]" type="tel" value="1" data-quantity-min="0"></div>'
        '<div class="alertBox productAttributes-message" style="display:none"><div class="alertBox-column '
        'alertBox-icon"><icon glyph="ic-success" class="icon"></icon></div><p class="alertBox-column '
        'alertBox-message"></p></div><div class="form-action"><input id="form-action-addToCart" data-wait-message='
        f'"Adding to cart…" class="button button--primary" type="submit" value="'
        + ('Add to Cart"' if item.in_stock else 'Out of stock" disabled')
        + "></div></form>"
    )
    bcdata = {
        "csrf_token": "8a1f",
        "product_attributes": {
            "sku": code if show_sku else None,
            "upc": None,
            "mpn": None,
            "gtin": None,
            "weight": None,
            "base": True,
            "image": None,
            "price": {
                "without_tax": {
                    "formatted": money(item.price, loc),
                    "value": float(item.price),
                    "currency": loc.currency,
                },
                "tax_label": "Tax",
            },
            "stock": stock_count if show_stock else None,
            "instock": item.in_stock,
            "stock_message": None,
            "purchasable": True,
            "purchasing_message": None,
        },
    }
    main = (
        '<div class="container"><div class="page" data-product-page><div class="productView" '
        f'data-event-type="product" data-entity-id="{pid}" data-name="{esc(item.name)}" data-product-brand="'
        f'{esc(item.brand)}" data-product-price="{item.price}"><section class="productView-images" '
        f'data-image-gallery><figure class="productView-image"><img src="https://cdn11.bigcommerce.com/s-abc123/'
        f'images/stencil/500x659/products/{pid}/{item.handle}.jpg" alt="{esc(item.name)}"></figure></section>'
        '<section class="productView-details product-data"><div class="productView-product">'
        f'<h1 class="productView-title">{esc(item.name)}</h1><h2 class="productView-brand"><a href="/brands/'
        f'{slug(item.brand)}.html"><span>{esc(item.brand)}</span></a></h2>{price_html}{pay_later(rng, loc, item)}'
        '<div class="productView-rating"><span class="productView-reviewLink"><a href="#product-reviews">'
        f'Write a Review</a></span></div>{info}</div></section><section class="productView-details product-options">'
        f'<div class="productView-options">{add}</div></section>'
        f'<article class="productView-description"><div class="tab-content is-active" id="tab-description">'
        f"<p>{esc(item.description)}</p></div></article></div></div></div>\n"
    )
    if structured:
        offer: dict[str, Any] = {
            "@type": "Offer",
            "priceCurrency": loc.currency,
            "price": float(item.price),
            "availability": schema_stock(item.in_stock),
            "url": url,
            "itemCondition": "https://schema.org/NewCondition",
        }
        data: dict[str, Any] = {
            "@context": "https://schema.org/",
            "@type": "Product",
            "@id": url,
            "url": url,
            "name": item.name,
            "brand": {"@type": "Brand", "name": item.brand},
            "description": item.description,
            "offers": [offer],
        }
        if show_sku:
            data["sku"] = code
        main += ld(data)

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(100, 9999)
        return (
            f'<li class="product"><article class="card" data-test="card-{other}"><figure class="card-figure"><a '
            f'href="/{slug(name)}/" class="card-figure__link"><img src="/products/{other}.jpg" alt="{esc(name)}"></a>'
            f'</figure><div class="card-body"><h3 class="card-title"><a href="/{slug(name)}/">{esc(name)}</a></h3>'
            f'<div class="card-text" data-test-info-type="price"><div class="price-section price-section--withoutTax">'
            f'<span data-product-price-without-tax class="price price--withoutTax">{money(price, loc)}</span></div>'
            f'</div><div class="card-figcaption-body"><a href="/cart.php?action=add&amp;product_id={other}" '
            f'data-event-type="product-click" class="button button--small card-figcaption-button" '
            f'data-product-id="{other}">{"Add to Cart" if stock else "Out of stock"}</a></div></div></article></li>'
        )

    scripts = f"<script>var BCData = {json.dumps(bcdata, ensure_ascii=False)};</script>" + gtm(
        loc, item, str(pid), chrome
    )
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} - {shop}", f'<link rel="canonical" href="{url}">', loc.lang),
        scripts,
        card,
        "page-type-product",
    )
    return Page("bigcommerce", "", url, page_html, truth(item.price, code if show_sku else None, item.in_stock))
