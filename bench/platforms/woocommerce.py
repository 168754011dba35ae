"""Product pages as WooCommerce on a stock theme writes them."""

from __future__ import annotations

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


def woocommerce(rng: random.Random) -> Page:
    """WooCommerce on a stock theme: its own JSON-LD (often with Yoast's graph), <del>/<ins> sale price, the
    p.stock note, SKU in product_meta, related products with data-product_sku."""
    loc = LOCALES[rng.choice(["us", "gb", "de", "fr", "es", "it", "nl"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes="none")
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.shop"
    post_id = rng.randrange(100, 9999)
    show_sku = rng.random() < 0.75
    code = (
        f"{slug(item.name).split('-')[0][:4].upper()}-{rng.randrange(100, 999)}"
        if rng.random() < 0.6
        else f"{rng.randrange(10000, 99999)}"
    )
    sku_label = {
        "en": "SKU:",
        "de": "Artikelnummer:",
        "fr": "UGS\u00a0:",
        "es": "SKU:",
        "it": "COD:",
        "nl": "Artikelnummer:",
    }[loc.lang]
    stock_text = {
        "en": (f"{rng.randrange(2, 40)} in stock", "In stock", "Out of stock"),
        "de": (f"{rng.randrange(2, 40)} vorrätig", "Vorrätig", "Nicht vorrätig"),
        "fr": (f"{rng.randrange(2, 40)} en stock", "En stock", "Rupture de stock"),
        "es": (f"{rng.randrange(2, 40)} disponibles", "Hay existencias", "Sin existencias"),
        "it": (f"{rng.randrange(2, 40)} disponibili", "Disponibile", "Esaurito"),
        "nl": (f"{rng.randrange(2, 40)} op voorraad", "Op voorraad", "Uitverkocht"),
    }[loc.lang]
    url = f"https://{host}/product/{item.handle}/"
    yoast = rng.random() < 0.5
    structured = rng.random() < 0.85
    woo_symbol = {"USD": "&#36;", "GBP": "&pound;", "EUR": "&euro;"}[loc.currency]

    def amount(value: Decimal) -> str:
        n = number(value, loc)
        inner = (
            f'<span class="woocommerce-Price-currencySymbol">{woo_symbol}</span>{n}'
            if loc.lang == "en"
            else f'{n}&nbsp;<span class="woocommerce-Price-currencySymbol">{woo_symbol}</span>'
        )
        return f'<span class="woocommerce-Price-amount amount"><bdi>{inner}</bdi></span>'

    if item.was is not None:
        price_html = (
            f'<p class="price"><del aria-hidden="true">{amount(item.was)}</del> <span class="screen-reader-text">'
            f'Original price was: {money(item.was, loc)}.</span><ins aria-hidden="true">{amount(item.price)}</ins>'
            f'<span class="screen-reader-text">Current price is: {money(item.price, loc)}.</span></p>'
        )
    else:
        price_html = f'<p class="price">{amount(item.price)}</p>'
    if item.in_stock:
        note = rng.choice([stock_text[0], stock_text[1], ""])
        stock_html = f'<p class="stock in-stock">{note}</p>' if note else ""
        form = (
            f'<form class="cart" action="{url}" method="post" enctype="multipart/form-data"><div class="quantity">'
            f'<label class="screen-reader-text" for="quantity_{post_id}">{esc(item.name)} quantity</label>'
            f'<input type="number" id="quantity_{post_id}" class="input-text qty text" name="quantity" value="1" '
            f'aria-label="Product quantity" min="1" step="1" inputmode="numeric" autocomplete="off"></div>'
            f'<button type="submit" name="add-to-cart" value="{post_id}" class="single_add_to_cart_button button alt">'
            f"{w['add']}</button></form>"
        )
    else:
        stock_html = f'<p class="stock out-of-stock">{stock_text[2]}</p>'
        form = ""
    offer: dict[str, Any] = {
        "@type": "Offer",
        "price": plain(item.price, loc),
        "priceValidUntil": "2027-12-31",
        "priceCurrency": loc.currency,
        "availability": schema_stock(item.in_stock, False),
        "url": url,
        "seller": {"@type": "Organization", "name": shop, "url": f"https://{host}"},
    }
    if item.was is not None and rng.random() < 0.6:
        offer["priceSpecification"] = [
            {
                "@type": "UnitPriceSpecification",
                "price": plain(item.price, loc),
                "priceCurrency": loc.currency,
                "valueAddedTaxIncluded": False,
                "validThrough": "2027-12-31",
            },
            {
                "@type": "UnitPriceSpecification",
                "price": plain(item.was, loc),
                "priceCurrency": loc.currency,
                "valueAddedTaxIncluded": False,
                "validThrough": "2027-12-31",
                "priceType": "https://schema.org/ListPrice",
            },
        ]
    else:
        offer["priceSpecification"] = {
            "price": plain(item.price, loc),
            "priceCurrency": loc.currency,
            "valueAddedTaxIncluded": "false",
        }
    product: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "@id": f"{url}#product",
        "name": item.name,
        "url": url,
        "description": item.description,
        "image": f"https://{host}/wp-content/uploads/2026/03/{item.handle}.jpg",
        "sku": code if show_sku else post_id,
        "offers": [offer],
    }
    graph: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@graph": [
            {
                "@context": "https://schema.org/",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "item": {"name": w["home"], "@id": f"https://{host}"}},
                    {"@type": "ListItem", "position": 2, "item": {"name": item.name, "@id": url}},
                ],
            },
            product,
        ],
    }
    yoast_graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["WebPage", "ItemPage"],
                "@id": url,
                "url": url,
                "name": f"{item.name} - {shop}",
                "isPartOf": {"@id": f"https://{host}/#website"},
                "datePublished": "2025-04-02T09:13:44+00:00",
                "inLanguage": loc.lang,
            },
            {"@type": "WebSite", "@id": f"https://{host}/#website", "url": f"https://{host}/", "name": shop},
            {"@type": "Organization", "@id": f"https://{host}/#organization", "name": shop},
        ],
    }
    head_html = head(
        f"{item.name} - {shop}",
        f'<link rel="canonical" href="{url}"><meta property="og:type" content="product">'
        f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:url" content="{url}">'
        + (ld(yoast_graph, True) if yoast else "")
        + f'<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = '
        f'{{"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart","cart_url":"https:\\/\\/{host}'
        f'\\/cart\\/","is_cart":"","cart_redirect_after_add":"no"}};</script>',
        loc.lang,
    )
    meta = (
        '<div class="product_meta">'
        + (f'<span class="sku_wrapper">{sku_label} <span class="sku">{esc(code)}</span></span>' if show_sku else "")
        + f'<span class="posted_in">Category: <a href="https://{host}/product-category/{slug(item.brand)}/" rel="tag">'
        f"{esc(item.brand)}</a></span></div>"
    )
    classes = (
        f"product type-product post-{post_id} status-publish first {'instock' if item.in_stock else 'outofstock'}"
        f"{' sale' if item.was else ''} shipping-taxable purchasable product-type-simple"
    )
    main = (
        '<div id="primary" class="content-area"><div class="woocommerce-notices-wrapper"></div>'
        f'<div id="product-{post_id}" class="{classes}">'
        + ('<span class="onsale">Sale!</span>' if item.was else "")
        + '<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images">'
        f'<figure class="woocommerce-product-gallery__wrapper"><img src="/wp-content/uploads/{item.handle}.jpg">'
        '</figure></div><div class="summary entry-summary">'
        f'<h1 class="product_title entry-title">{esc(item.name)}</h1>{price_html}'
        f'<div class="woocommerce-product-details__short-description"><p>{esc(item.description)}</p></div>'
        f"{pay_later(rng, loc, item)}{stock_html}{form}{meta}</div>"
        '<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">'
        f'<li class="description_tab"><a href="#tab-description">{w["desc"]}</a></li></ul>'
        f'<div class="woocommerce-Tabs-panel" id="tab-description"><p>{esc(item.description)}</p></div></div>'
        "</div></div>\n" + (ld(graph, True) if structured else "")
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(100, 9999)
        return (
            f'<li class="product type-product post-{other} {"instock" if stock else "outofstock"}">'
            f'<a href="https://{host}/product/{slug(name)}/" class="woocommerce-LoopProduct-link">'
            f'<img src="/wp-content/uploads/{slug(name)}.jpg"><h2 class="woocommerce-loop-product__title">'
            f'{esc(name)}</h2><span class="price">{amount(price)}</span></a>'
            f'<a href="?add-to-cart={other}" data-quantity="1" class="button product_type_simple add_to_cart_button '
            f'ajax_add_to_cart" data-product_id="{other}" data-product_sku="{slug(name)[:6].upper()}-{other % 97}" '
            f'rel="nofollow">{w["add"] if stock else "Read more"}</a></li>'
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head_html,
        gtm(loc, item, str(post_id), chrome),
        card,
        f"product-template-default single single-product postid-{post_id} woocommerce",
    )
    return Page("woocommerce", "", url, page_html, truth(item.price, code if show_sku else None, item.in_stock))
