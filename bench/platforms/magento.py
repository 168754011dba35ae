"""Product pages as Magento 2 on its Luma theme writes them."""

from __future__ import annotations

import json
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
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money
from platforms.vocabulary import WORDS


def magento(rng: random.Random) -> Page:
    """Magento 2 on Luma: the price-box with data-price-amount, the SKU attribute block, the stock div, swatches
    configured by a text/x-magento-init script, related and upsell blocks with their own price-boxes."""
    loc = LOCALES[rng.choice(["us", "gb", "de", "nl", "fr"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    entity = rng.randrange(100, 4000)
    code = f"{rng.choice(['MJ', 'WS', 'MH', 'WB', '24-MB', '24-UG'])}{rng.randrange(1, 99):02d}"
    if rng.random() < 0.5:
        code = f"{item.brand[:3].upper()}{rng.randrange(100000, 999999)}"
    labels = {
        "en": ("SKU", "In stock", "Out of stock", "Special Price", "Regular Price", "Add to Cart", "As low as"),
        "de": (
            "Artikelnummer",
            "Auf Lager",
            "Nicht auf Lager",
            "Sonderpreis",
            "Regulärer Preis",
            "In den Warenkorb",
            "Ab",
        ),
        "nl": (
            "Artikelnummer",
            "Op voorraad",
            "Niet op voorraad",
            "Speciale prijs",
            "Normale prijs",
            "In winkelwagen",
            "Vanaf",
        ),
        "fr": (
            "UGS",
            "En stock",
            "En rupture de stock",
            "Prix spécial",
            "Prix normal",
            "Ajouter au panier",
            "À partir de",
        ),
    }[loc.lang]
    configurable = bool(item.sizes)
    json_ld = rng.random() < 0.35
    url = f"https://{host}/{item.handle}.html"

    def price_box(product_id: int, price: Decimal, was: Decimal | None, main_box: bool) -> str:
        final = (
            '<span class="price-container price-final_price tax weee"'
            + (' itemprop="offers" itemscope itemtype="http://schema.org/Offer"' if main_box else "")
            + ">"
            + (f'<span class="price-label">{labels[3]}</span>' if was else "")
            + f'<span id="product-price-{product_id}" data-price-amount="{price.normalize():f}" '
            f'data-price-type="finalPrice" class="price-wrapper "><span class="price">{money(price, loc)}</span></span>'
            + (
                f'<meta itemprop="price" content="{price.normalize():f}"><meta itemprop="priceCurrency" '
                f'content="{loc.currency}">'
                if main_box
                else ""
            )
            + "</span>"
        )
        if was:
            return (
                f'<div class="price-box price-final_price" data-role="priceBox" data-product-id="{product_id}" '
                f'data-price-box="product-id-{product_id}"><span class="special-price">{final}</span>'
                f'<span class="old-price"><span class="price-container price-final_price tax weee">'
                f'<span class="price-label">{labels[4]}</span><span id="old-price-{product_id}" '
                f'data-price-amount="{was.normalize():f}" data-price-type="oldPrice" class="price-wrapper ">'
                f'<span class="price">{money(was, loc)}</span></span></span></span></div>'
            )
        return (
            f'<div class="price-box price-final_price" data-role="priceBox" data-product-id="{product_id}" '
            f'data-price-box="product-id-{product_id}">{final}</div>'
        )

    stock_html = (
        f'<div class="stock available" title="Availability"><span>{labels[1]}</span></div>'
        if item.in_stock
        else f'<div class="stock unavailable" title="Availability"><span>{labels[2]}</span></div>'
    )
    swatch = ""
    if configurable:
        children = {str(entity + i + 1): size for i, size in enumerate(item.sizes)}
        config = {
            "[data-role=swatch-options]": {
                "Magento_Swatches/js/swatch-renderer": {
                    "jsonConfig": {
                        "attributes": {
                            "144": {
                                "id": "144",
                                "code": "size",
                                "label": w["size"],
                                "options": [
                                    {"id": str(160 + i), "label": s, "products": [k]}
                                    for i, (k, s) in enumerate(children.items())
                                ],
                            }
                        },
                        "template": f"{loc.pattern.replace('{}', '<%- data.price %>')}",
                        "optionPrices": {
                            k: {
                                "oldPrice": {"amount": float(item.was or item.price)},
                                "basePrice": {"amount": float(item.price)},
                                "finalPrice": {"amount": float(item.price)},
                            }
                            for k in children
                        },
                        "prices": {
                            "oldPrice": {"amount": float(item.was or item.price)},
                            "basePrice": {"amount": float(item.price)},
                            "finalPrice": {"amount": float(item.price)},
                        },
                        "productId": str(entity),
                        "chooseText": "Choose an Option...",
                        "sku": {k: f"{code}-{s}" for k, s in children.items()},
                    },
                    "jsonSwatchConfig": {
                        "144": {k: {"type": "0", "value": s, "label": s} for k, s in children.items()}
                    },
                }
            }
        }
        swatch = (
            '<div class="product-add-form"><div class="swatch-opt" data-role="swatch-options"></div>'
            f'<script type="text/x-magento-init">{json.dumps(config, ensure_ascii=False)}</script></div>'
        )
    cart = (
        f'<form data-product-sku="{esc(code)}" action="https://{host}/checkout/cart/add/uenc/aHR0cHM6Ly9/product/'
        f'{entity}/" method="post" id="product_addtocart_form"><input type="hidden" name="product" value="{entity}">'
        f'<input type="hidden" name="form_key" value="Xy7Qk2LmZp9Rt3Ab">{swatch}<div class="box-tocart"><div '
        f'class="fieldset"><div class="field qty"><label class="label" for="qty"><span>Qty</span></label>'
        f'<div class="control"><input type="number" name="qty" id="qty" min="0" value="1" title="Qty" '
        f'class="input-text qty"></div></div><div class="actions"><button type="submit" title="{labels[5]}" '
        f'class="action primary tocart" id="product-addtocart-button"><span>{labels[5]}</span></button></div></div>'
        "</div></form>"
        if item.in_stock
        else ""
    )
    head_extra = (
        f'<meta property="og:type" content="product"><meta property="og:title" content="{esc(item.name)}">'
        f'<meta property="og:url" content="{url}"><meta property="product:price:amount" '
        f'content="{item.price.normalize():f}"><meta property="product:price:currency" content="{loc.currency}">'
        f'<link rel="canonical" href="{url}">'
    )
    if json_ld:
        head_extra += ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": item.name,
                "sku": code,
                "description": item.description,
                "brand": {"@type": "Brand", "name": item.brand},
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": loc.currency,
                    "price": float(item.price),
                    "availability": schema_stock(item.in_stock, False),
                    "url": url,
                },
            }
        )
    main = (
        '<div class="columns"><div class="column main"><div class="product-info-main">'
        '<div class="page-title-wrapper product"><h1 class="page-title"><span class="base" '
        f'data-ui-id="page-title-wrapper" itemprop="name">{esc(item.name)}</span></h1></div>'
        '<div class="product-reviews-summary empty"><div class="reviews-actions">'
        '<a class="action add" href="#review-form">'
        "Be the first to review this product</a></div></div>"
        f'<div class="product-info-price">{price_box(entity, item.price, item.was, True)}'
        f'<div class="product-info-stock-sku">{stock_html}<div class="product attribute sku">'
        f'<strong class="type">{labels[0]}</strong><div class="value" itemprop="sku">{esc(code)}</div>'
        "</div></div></div>"
        f'{cart}<div class="product-social-links"><div class="product-addto-links" data-role="add-to-links">'
        '<a href="#" class="action towishlist"><span>Add to Wish List</span></a></div></div>'
        f'<div class="product attribute overview"><div class="value" itemprop="description">{esc(item.description)}'
        "</div></div></div>"
        '<div class="product media"><div class="gallery-placeholder _block-content-loading" data-gallery-role='
        f'"gallery-placeholder"><img alt="main product photo" class="gallery-placeholder__image" '
        f'src="https://{host}/media/catalog/product/{item.handle}.jpg"></div></div></div></div>\n'
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(4000, 9000)
        return (
            f'<li class="item product product-item"><div class="product-item-info"><a href="/{slug(name)}.html" '
            f'class="product photo product-item-photo"><img src="/media/{slug(name)}.jpg"></a><div class="product '
            f'details product-item-details"><strong class="product name product-item-name"><a class="product-item-'
            f'link" href="/{slug(name)}.html">{esc(name)}</a></strong>{price_box(other, price, None, False)}'
            f'<div class="product actions product-item-actions"><div class="actions-primary">'
            + (
                f'<button class="action tocart primary" '
                f'data-post=\'{{"action":"/checkout/cart/add/product/{other}/"}}\''
                f' type="button" title="{labels[5]}"><span>{labels[5]}</span></button>'
                if stock
                else f'<div class="stock unavailable"><span>{labels[2]}</span></div>'
            )
            + "</div></div></div></div></li>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {shop}", head_extra, loc.lang),
        gtm(loc, item, code, chrome),
        card,
        f"catalog-product-view product-{item.handle} page-layout-1column",
    )
    return Page("magento", "", url, page_html, truth(item.price, code, item.in_stock))
