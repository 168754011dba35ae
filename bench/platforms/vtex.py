"""Product pages as a VTEX IO store writes them."""

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
    schema_stock,
    truth,
    wrap,
)
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money, number
from platforms.vocabulary import WORDS


def vtex(rng: random.Random) -> Page:
    """VTEX IO (Brazil, Mexico): server-rendered price blocks with instalments, the product reference block, the
    __STATE__ page state in a template, VTEX's structured data with the item id as sku, "Avise-me" when sold out."""
    loc = LOCALES[rng.choice(["br", "br", "mx"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["shoes", "apparel", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com.{'br' if loc.currency == 'BRL' else 'mx'}"
    product_id = str(rng.randrange(1000, 99999))
    item_id = str(rng.randrange(10000, 999999))
    reference = rng.choice(
        [
            f"{rng.randrange(100000, 999999)}",
            f"{item.brand[:3].upper()}{rng.randrange(1000, 9999)}",
            f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
        ]
    )
    show_reference = rng.random() < 0.7
    pt = loc.lang == "pt"
    words = (
        ("Referência", "ou", "x de", "sem juros", "Avise-me quando chegar", "Produto indisponível", "Comprar")
        if pt
        else (
            "Referencia",
            "o",
            "MSI de",
            "sin intereses",
            "Avísame cuando esté disponible",
            "Producto agotado",
            "Agregar al carrito",
        )
    )
    url = f"https://{host}/{item.handle}/p"
    parts = rng.choice([3, 6, 10, 12])
    instalment = (item.price / parts).quantize(Decimal("0.01"))
    css = "vtex-product-price-1-x"
    hidden = "" if item.was else f" {css}-listPrice--hidden"
    price_html = (
        f'<div class="vtex-flex-layout-0-x-flexRow"><span class="{css}-listPrice{hidden}">'
        + (f'<span class="{css}-listPriceValue strike">{money(item.was, loc)}</span>' if item.was else "")
        + f'</span><span class="{css}-sellingPrice"><span class="{css}-sellingPriceValue">'
        f'<span class="{css}-currencyContainer"><span class="{css}-currencyCode">{loc.pattern.split("{")[0].strip()}'
        f'</span><span class="{css}-currencyLiteral">\u00a0</span><span class="{css}-currencyInteger">'
        f'{number(item.price, loc).split(loc.decimal)[0]}</span><span class="{css}-currencyDecimal">{loc.decimal}'
        f'</span><span class="{css}-currencyFraction">{number(item.price, loc).split(loc.decimal)[1]}</span>'
        f"</span></span></span>"
        + (f'<span class="{css}-savings">-{round((1 - item.price / item.was) * 100)}%</span>' if item.was else "")
        + f'</div><span class="{css}-installments">{words[1]} <span class="{css}-installmentsNumber">{parts}</span>'
        f'{words[2]} <span class="{css}-installmentValue">{money(instalment, loc)}</span> {words[3]}</span>'
    )
    if not item.in_stock:
        price_html = ""
    reference_html = (
        '<span class="vtex-product-identifier-0-x-product-identifier vtex-product-identifier-0-x-product-identifier'
        '--productReference"><span class="vtex-product-identifier-0-x-product-identifier__label">'
        f'{words[0]}</span><span class="vtex-product-identifier-0-x-product-identifier__separator">: </span>'
        f'<span class="vtex-product-identifier-0-x-product-identifier__value">{esc(reference)}</span></span>'
        if show_reference
        else ""
    )
    sizes = ""
    if item.sizes:
        sizes = (
            f'<div class="vtex-store-components-3-x-skuSelectorContainer"><div class="vtex-store-components-3-x-'
            f'skuSelectorSubcontainer--{slug(w["size"])}"><span class="vtex-store-components-3-x-skuSelectorName">'
            f"{w['size']}</span>"
            + "".join(
                f'<div class="vtex-store-components-3-x-skuSelectorItem"><div class="vtex-store-components-3-x-'
                f'skuSelectorInternalBox"><span class="vtex-store-components-3-x-skuSelectorItemTextValue">{s}'
                f"</span></div></div>"
                for s in item.sizes
            )
            + "</div></div>"
        )
    buy = (
        f'<button class="vtex-button bw1 ba fw5 v-mid relative pa0 lh-solid br2 min-h-regular t-action bg-action-'
        f'primary" type="button"><div class="vtex-button__label flex items-center justify-center h-100 ph6">'
        f'<div class="vtex-add-to-cart-button-0-x-buttonDataContainer flex justify-center">'
        f'<span class="vtex-add-to-cart-button-0-x-buttonText">{words[6]}</span></div></div></button>'
        if item.in_stock
        else f'<div class="vtex-store-components-3-x-availabilityMessage"><span>{words[5]}</span></div>'
        f'<div class="vtex-store-components-3-x-notifyMeContainer"><form class="vtex-store-components-3-x-form">'
        f'<div class="vtex-store-components-3-x-notifyMeTitle">{words[4]}</div><input type="email" placeholder="'
        f'E-mail"><button type="submit" class="vtex-button">OK</button></form></div>'
    )
    main = (
        '<div class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center"><div class="vtex-flex-layout-'
        '0-x-flexRow vtex-flex-layout-0-x-flexRow--product-main"><div class="vtex-store-components-3-x-productImage'
        f'Container"><img class="vtex-store-components-3-x-productImageTag" src="https://{host.split(".")[1]}.vteximg.'
        f'com.br/arquivos/ids/{item_id}/{item.handle}.jpg" alt="{esc(item.name)}"></div><div class="vtex-flex-layout'
        f'-0-x-flexCol"><h1 class="vtex-store-components-3-x-productNameContainer mv0 t-heading-4"><span class="vtex'
        f'-store-components-3-x-productBrand">{esc(item.name)}</span></h1><span class="vtex-store-components-3-x-'
        f'productBrandName">{esc(item.brand)}</span>{reference_html}{price_html}{sizes}{buy}</div></div>'
        f'<div class="vtex-store-components-3-x-productDescriptionContainer"><h2 class="vtex-store-components-3-x-'
        f'productDescriptionTitle">{w["desc"]}</h2><div class="vtex-store-components-3-x-productDescriptionText">'
        f"{esc(item.description)}</div></div></div>\n"
    )
    state = {
        f"Product:sp-{product_id}": {
            "cacheId": f"sp-{product_id}",
            "productId": product_id,
            "productName": item.name,
            "productReference": reference,
            "brand": item.brand,
            "linkText": item.handle,
            "items": [{"type": "id", "generated": True, "id": f"Product:sp-{product_id}.items.0", "typename": "SKU"}],
        },
        f"Product:sp-{product_id}.items.0": {
            "itemId": item_id,
            "name": item.name,
            "ean": item.gtin,
            "sellers": [{"type": "id", "id": f"Product:sp-{product_id}.items.0.sellers.0"}],
        },
        f"$Product:sp-{product_id}.items.0.sellers.0.commertialOffer": {
            "Price": float(item.price) if item.in_stock else 0,
            "ListPrice": float(item.was or item.price) if item.in_stock else 0,
            "PriceWithoutDiscount": float(item.was or item.price) if item.in_stock else 0,
            "AvailableQuantity": 99 if item.in_stock else 0,
            "Installments": [{"Value": float(instalment), "NumberOfInstallments": parts}],
        },
    }
    offers = (
        {
            "@type": "AggregateOffer",
            "lowPrice": float(item.price),
            "highPrice": float(item.price),
            "priceCurrency": loc.currency,
            "offers": [
                {
                    "@type": "Offer",
                    "price": float(item.price),
                    "priceCurrency": loc.currency,
                    "availability": schema_stock(item.in_stock, False),
                    "sku": item_id,
                    "itemCondition": "http://schema.org/NewCondition",
                    "priceValidUntil": "2027-12-07",
                    "seller": {"@type": "Organization", "name": shop},
                }
            ],
            "offerCount": 1,
        }
        if item.in_stock
        else None  # VTEX lists the sellers that have it: none
    )
    product_ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "@id": url,
        "name": item.name,
        "brand": {"@type": "Brand", "name": item.brand},
        "image": f"https://{host}/arquivos/ids/{item_id}.jpg",
        "description": item.description,
        "mpn": product_id,
        "sku": item_id,
        "category": "",
    }
    if offers:
        product_ld["offers"] = offers
    structured = ld(product_ld) if rng.random() < 0.7 else ""
    scripts = (
        f'<template data-type="json" data-varname="__STATE__"><script>'
        f"{json.dumps(state, ensure_ascii=False)}</script></template>"
        + gtm(loc, item, product_id, chrome, None if item.in_stock else Decimal(0))
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            '<section class="vtex-product-summary-2-x-container"><a class="vtex-product-summary-2-x-clearLink" '
            f'href="/{slug(name)}/p"><article class="vtex-product-summary-2-x-element"><h3 class="vtex-product-summary-'
            f'2-x-productNameContainer"><span class="vtex-product-summary-2-x-productBrand">{esc(name)}</span></h3>'
            f'<div class="vtex-product-price-1-x-sellingPrice"><span class="vtex-product-price-1-x-sellingPriceValue">'
            f"{money(price, loc)}</span></div>"
            + ("" if stock else f'<span class="vtex-product-summary-2-x-outOfStock">{w["sold"]}</span>')
            + "</article></a></section>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main + structured,
        head(f"{item.name} - {shop}", f'<link rel="canonical" href="{url}">', loc.lang),
        scripts,
        card,
    )
    return Page(
        "vtex",
        "",
        url,
        page_html,
        truth(item.price if item.in_stock else None, reference if show_reference else None, item.in_stock),
    )
