"""Product pages as a Shopify shop on a Dawn-like theme writes them."""

# Written in the characters shops use (full-width colons and yen, multiplication signs, en dashes).
# ruff: noqa: RUF001

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
from platforms.money import LOCALES, money, number, plain
from platforms.vocabulary import WORDS

# --- the platforms -------------------------------------------------------------------------------------------------
# Each takes a seeded random source and returns one page. Flags are drawn first, so a page's variation reads in one
# place; the truth is what the page was built to show.


def shopify(rng: random.Random) -> Page:
    """Shopify, a Dawn-like theme: JSON-LD Product (or ProductGroup) with one offer per variant, the analytics meta
    and the variants' JSON in scripts, prices in cents there, a "Sold out" disabled button."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "au", "de", "fr", "nl"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "shoes", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.com"
    show_sku = rng.random() < 0.5
    group = rng.random() < 0.4  # newer themes write a ProductGroup with hasVariant
    structured = rng.random() < 0.85
    with_currency_code = rng.random() < 0.5
    product_id = rng.randrange(7_000_000_000_000, 8_999_999_999_999)
    style = f"{item.brand[:2].upper()}{rng.randrange(1000, 9999)}"
    options = item.sizes or ["Default Title"]
    variants: list[dict[str, Any]] = []
    for index, size in enumerate(options):
        available = item.in_stock and (index == 0 or rng.random() < 0.75)
        code = (f"{style}-{size}" if item.sizes else style) if show_sku else ""
        variants.append(
            {
                "id": rng.randrange(40_000_000_000_000, 49_999_999_999_999),
                "title": size,
                "option1": size,
                "sku": code,
                "available": available,
            }
        )
    if item.in_stock and not any(v["available"] for v in variants):
        variants[0]["available"] = True
    chosen = next((v for v in variants if v["available"]), variants[0])
    by_address = rng.random() < 0.4 and len(variants) > 1
    url = f"https://{host}/products/{item.handle}" + (f"?variant={chosen['id']}" if by_address else "")
    cents = int(item.price * 100)
    was_cents = int(item.was * 100) if item.was else None

    def shown(amount: Decimal) -> str:
        text = money(amount, loc)
        return f"{text} {loc.currency}" if with_currency_code else text

    offers = [
        {
            "@type": "Offer",
            "sku": v["sku"],
            "availability": schema_stock(v["available"], False),
            "price": plain(item.price, loc),
            "priceCurrency": loc.currency,
            "url": f"https://{host}/products/{item.handle}?variant={v['id']}",
        }
        for v in variants
    ]
    title = item.name
    if group and item.sizes:
        data: dict[str, Any] = {
            "@context": "http://schema.org/",
            "@id": f"https://{host}/products/{item.handle}#product",
            "@type": "ProductGroup",
            "brand": {"@type": "Brand", "name": item.brand},
            "category": "",
            "description": item.description,
            "hasVariant": [
                {
                    "@id": f"https://{host}/products/{item.handle}?variant={v['id']}#variant",
                    "@type": "Product",
                    "image": f"https://{host}/cdn/shop/files/{item.handle}.jpg",
                    "name": f"{item.name} - {v['title']}",
                    "offers": {**offers[i], "@id": f"https://{host}/products/{item.handle}?variant={v['id']}#offer"},
                    "sku": v["sku"],
                }
                for i, v in enumerate(variants)
            ],
            "name": item.name,
            "productGroupID": str(product_id),
            "url": f"https://{host}/products/{item.handle}",
        }
    else:
        data = {
            "@context": "http://schema.org/",
            "@type": "Product",
            "@id": f"https://{host}/products/{item.handle}#product",
            "name": title,
            "url": url,
            "image": [f"https://{host}/cdn/shop/files/{item.handle}.jpg"],
            "description": item.description,
            "sku": chosen["sku"],
            "brand": {"@type": "Brand", "name": item.brand},
            "offers": offers,
        }
        if rng.random() < 0.5:
            data["gtin13"] = item.gtin
    meta = {
        "product": {
            "id": product_id,
            "gid": f"gid://shopify/Product/{product_id}",
            "vendor": item.brand,
            "type": "",
            "variants": [
                {
                    "id": v["id"],
                    "price": cents,
                    "name": f"{item.name} - {v['title']}",
                    "public_title": v["title"],
                    "sku": v["sku"],
                }
                for v in variants
            ],
        },
        "page": {"pageType": "product", "resourceType": "product", "resourceId": product_id},
    }
    head_html = head(
        f"{item.name} – {shop}",
        f'<link rel="canonical" href="https://{host}/products/{item.handle}">'
        f'<meta property="og:site_name" content="{esc(shop)}"><meta property="og:url" content="{url}">'
        f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:type" content="product">'
        f'<meta property="og:price:amount" content="{number(item.price, loc)}">'
        f'<meta property="og:price:currency" content="{loc.currency}">'
        f"<script>var meta = {json.dumps(meta, ensure_ascii=False)};\nfor (var attr in meta) "
        "{window.ShopifyAnalytics.meta[attr] = meta[attr];}</script>",
        loc.lang,
    )
    section = f"template--{rng.randrange(10**13, 10**14)}__main"
    sale = item.was is not None
    price_html = (
        f'<div class="no-js-hidden" id="price-{section}" role="status"><div class="price price--large'
        f'{" price--on-sale" if sale else ""}{" price--sold-out" if not item.in_stock else ""} price--show-badge">'
        '<div class="price__container"><div class="price__regular">'
        '<span class="visually-hidden visually-hidden--inline">Regular price</span>'
        f'<span class="price-item price-item--regular">{shown(item.price)}</span></div>'
        '<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span>'
        f'<span><s class="price-item price-item--regular">{shown(item.was) if item.was else ""}</s></span>'
        '<span class="visually-hidden visually-hidden--inline">Sale price</span>'
        f'<span class="price-item price-item--sale price-item--last">{shown(item.price)}</span></div>'
        '<small class="unit-price caption hidden"><span class="visually-hidden">Unit price</span>'
        '<span class="price-item price-item--last"><span></span><span aria-hidden="true">/</span>'
        '<span class="visually-hidden">&nbsp;per&nbsp;</span><span></span></span></small></div>'
        f'<span class="badge price__badge-sale color-scheme-4">Sale</span>'
        f'<span class="badge price__badge-sold-out color-scheme-3">{w["sold"]}</span></div></div>'
    )
    picker = ""
    if item.sizes:
        radios = "".join(
            f'<input type="radio" id="{section}-1-{i}" name="{w["size"]}" value="{esc(v["title"])}" '
            f'form="product-form-{section}"{" checked" if v is chosen else ""}'
            f"{'' if v['available'] else ' class=disabled'}>"
            f'<label for="{section}-1-{i}">{esc(v["title"])}'
            f'<span class="visually-hidden label-unavailable">{w["sold"]}</span></label>'
            for i, v in enumerate(variants)
            if True
        )
        variant_json = [
            {
                "id": v["id"],
                "title": v["title"],
                "option1": v["title"],
                "sku": v["sku"],
                "available": v["available"],
                "price": cents,
                "compare_at_price": was_cents,
                "name": f"{item.name} - {v['title']}",
                "public_title": v["title"],
            }
            for v in variants
        ]
        picker = (
            f'<variant-radios id="variant-radios-{section}" class="no-js-hidden" data-section="{section}" '
            f'data-url="/products/{item.handle}"><fieldset class="js product-form__input">'
            f'<legend class="form__label">{w["size"]}</legend>{radios}</fieldset>'
            f'<script type="application/json">{json.dumps(variant_json, ensure_ascii=False)}</script></variant-radios>'
        )
    sku_html = (
        f'<p class="product__sku caption no-js-hidden" id="Sku-{section}" role="status">'
        f'<span class="visually-hidden">SKU:</span>{esc(chosen["sku"])}</p>'
        if show_sku
        else ""
    )
    disabled = not chosen["available"]
    button = (
        f'<button id="ProductSubmitButton-{section}" type="submit" name="add" class="product-form__submit button '
        f'button--full-width button--secondary"{" disabled" if disabled else ""}>'
        f"<span>{w['sold'] if disabled else w['add']}</span>"
        '<div class="loading-overlay__spinner hidden"><svg class="spinner"></svg></div></button>'
    )
    dynamic = (
        '<div data-shopify="payment-button" class="shopify-payment-button">'
        '<button class="shopify-payment-button__button '
        'shopify-payment-button__button--unbranded" type="button">Buy it now</button></div>'
        if not disabled
        else ""
    )
    main = (
        f'<section id="MainProduct-{section}" class="page-width section-{section}-padding" data-section="{section}">'
        '<div class="product product--large product--left grid grid--1-col product--mobile-hide">'
        '<div class="grid__item product__media-wrapper"><media-gallery><ul class="product__media-list">'
        f'<li class="product__media-item"><img src="//{host}/cdn/shop/files/{item.handle}.jpg" alt="{esc(item.name)}">'
        '</li></ul></media-gallery></div><div class="product__info-wrapper grid__item">'
        f'<div id="ProductInfo-{section}" class="product__info-container product__column-sticky">'
        f'<p class="product__text inline-richtext caption-with-letter-spacing">{esc(item.brand)}</p>'
        f'<div class="product__title"><h1>{esc(item.name)}</h1></div>{sku_html}{price_html}'
        '<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> '
        f"calculated at checkout.</div>{pay_later(rng, loc, item)}{picker}"
        f'<div class="product-form__input product-form__quantity"><label class="quantity__label form__label">'
        f'{w["qty"]}</label><quantity-input class="quantity"><input class="quantity__input" type="number" '
        f'name="quantity" value="1" min="1"></quantity-input></div>'
        f'<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-{section}" '
        'accept-charset="UTF-8" class="form" enctype="multipart/form-data" data-type="add-to-cart-form">'
        '<input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">'
        f'<input type="hidden" name="id" value="{chosen["id"]}" class="product-variant-id">'
        f'<div class="product-form__buttons">{button}{dynamic}</div></form></product-form></div>'
        f'<div class="product__description rte quick-add-hidden"><p>{esc(item.description)}</p></div>'
        "</div></div></div></section>\n" + (ld(data) if structured else "")
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard">'
            f'<div class="card__content"><h3 class="card__heading">'
            f'<a href="/products/{slug(name)}" class="full-unstyled'
            f'-link">{esc(name)}</a></h3><div class="price{"" if stock else " price--sold-out"}"><div class="price__'
            f'container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular '
            f'price</span><span class="price-item price-item--regular">{shown(price)}</span></div></div></div>'
            f"</div></div></div></li>"
        )

    page_html = wrap(
        shop, loc, chrome, item, main, head_html, gtm(loc, item, str(chosen["id"]), chrome), card, "template-product"
    )
    return Page("shopify", "", url, page_html, truth(item.price, chosen["sku"] if show_sku else None, item.in_stock))
