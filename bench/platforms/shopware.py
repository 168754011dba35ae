"""Product pages as Shopware 6's storefront writes them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    truth,
    wrap,
)
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money, number
from platforms.vocabulary import WORDS


def shopware(rng: random.Random) -> Page:
    """Shopware 6's storefront: microdata offers, "Produktnummer:", prices as "29,95 €*", a list price to strike,
    the base price per litre or kilo, the delivery note with its coloured dot, and an internal productID."""
    loc = LOCALES[rng.choice(["de", "de", "at", "nl", "gb"])]
    german = loc.lang == "de"
    item = draw_item(rng, loc, sizes=rng.choice(["none", "none", "shoes"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.{'de' if german else 'eu'}"
    code = rng.choice(
        [
            f"SW{rng.randrange(10000, 99999)}",
            f"{rng.randrange(100000, 999999)}",
            f"{item.brand[:3].upper()}-{rng.randrange(1000, 9999)}",
        ]
    )
    uuid = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    words = {
        "de": (
            "Produktnummer:",
            "Sofort verfügbar, Lieferzeit 1-3 Werktage",
            "Nicht verfügbar",
            "In den Warenkorb",
            "inkl. MwSt. zzgl. Versandkosten",
            "Statt:",
            "gespart",
            "Inhalt:",
        ),
        "nl": (
            "Productnummer:",
            "Direct leverbaar, levertijd 1-3 werkdagen",
            "Niet beschikbaar",
            "In winkelwagen",
            "incl. btw excl. verzendkosten",
            "In plaats van:",
            "bespaard",
            "Inhoud:",
        ),
        "en": (
            "Product number:",
            "Available, delivery time 1-3 days",
            "No longer available",
            "Add to shopping cart",
            "Prices incl. VAT plus shipping costs",
            "Previously",
            "saved",
            "Content:",
        ),
    }[loc.lang]
    unit = rng.random() < 0.4
    url = f"https://{host}/{item.handle}/{code}"
    starred = f"{money(item.price, loc)}*"
    list_price = (
        f'<span class="list-price"><span class="list-price-label">{words[5]}</span> <span class="list-price-price">'
        f'{money(item.was, loc)}*</span><span class="list-price-percentage">('
        f"{round((1 - item.price / item.was) * 100)}% {words[6]})</span></span>"
        if item.was
        else ""
    )
    unit_html = ""
    if unit:
        size = rng.choice([Decimal("0.5"), Decimal("0.75"), Decimal("0.25")])
        per = (item.price / size).quantize(Decimal("0.01"))
        unit_html = (
            f'<div class="product-detail-price-unit"><span class="price-unit-label">{words[7]}</span>'
            f'<span class="price-unit-content"> {number(size, loc, 2).rstrip("0").rstrip(",.")} Liter</span>'
            f'<span class="price-unit-reference-content"> ({money(per, loc)}* / 1 Liter)</span></div>'
        )
    delivery = (
        '<link itemprop="availability" href="http://schema.org/InStock"><p class="delivery-information delivery-'
        f'available"><span class="delivery-status-indicator bg-success"></span>{words[1]}</p>'
        if item.in_stock
        else '<link itemprop="availability" href="http://schema.org/OutOfStock">'
        '<p class="delivery-information delivery-'
        f'soldout"><span class="delivery-status-indicator bg-danger"></span>{words[2]}</p>'
    )
    buy = (
        f'<form action="/checkout/line-item/add" method="post" class="buy-widget" data-add-to-cart="true">'
        f'<div class="form-row buy-widget-container"><div class="col-4"><select name="lineItems[{uuid}][quantity]" '
        f'class="custom-select product-detail-quantity-select">'
        + "".join(f'<option value="{n}">{n}</option>' for n in range(1, 11))
        + f'</select></div><div class="col-8"><button class="btn btn-primary btn-block btn-buy" title="{words[3]}" '
        f'aria-label="{words[3]}">{words[3]}</button></div></div><input type="hidden" name="lineItems[{uuid}][id]" '
        f'value="{uuid}"></form>'
        if item.in_stock
        else ""
    )
    configurator = ""
    if item.sizes:
        configurator = (
            '<div class="product-detail-configurator"><form class="product-detail-configurator-form">'
            f'<div class="product-detail-configurator-group"><div class="product-detail-configurator-group-title">'
            f"{WORDS[loc.lang]['size']}</div>"
            + "".join(
                f'<div class="product-detail-configurator-option"><input type="radio" name="{uuid[:8]}" '
                f'value="{uuid[:24]}{i:08x}" class="product-detail-configurator-option-input"'
                f'{" checked" if i == 0 else ""}><label class="product-detail-configurator-option-label">{s}'
                "</label></div>"
                for i, s in enumerate(item.sizes)
            )
            + "</div></form></div>"
        )
    main = (
        '<div class="container-main"><div class="cms-page"><div class="cms-section"><div class="cms-block '
        'pos-0 cms-block-product-heading"><div class="product-detail" itemscope itemtype="https://schema.org/Product">'
        f'<div class="product-detail-headline"><h1 class="product-detail-name" itemprop="name">{esc(item.name)}</h1>'
        f'<div class="product-detail-manufacturer"><a href="/{slug(item.brand)}/" class="product-detail-manufacturer-'
        f'link"><meta itemprop="brand" content="{esc(item.brand)}">{esc(item.brand)}</a></div></div>'
        '<div class="row product-detail-main"><div class="col-lg-7 product-detail-media"><div class="gallery-slider">'
        f'<img src="https://{host}/media/{uuid[:2]}/{item.handle}.jpg" itemprop="image" alt="{esc(item.name)}"></div>'
        '</div><div class="col-lg-5 product-detail-buy"><div class="product-detail-buy" itemprop="offers" itemscope '
        'itemtype="https://schema.org/Offer"><meta itemprop="url" content="' + url + '">'
        '<meta itemprop="priceCurrency" content="' + loc.currency + '"><div class="product-detail-price-container">'
        f'<meta itemprop="price" content="{item.price}"><p class="product-detail-price'
        f'{" with-list-price" if item.was else ""}">{starred}</p>{list_price}{unit_html}</div>'
        f'<div class="product-detail-tax-container"><p class="product-detail-tax"><a class="product-detail-tax-link" '
        f'href="/widgets/cms/{uuid}">{words[4]}</a></p></div><div class="product-delivery-information">{delivery}'
        f"</div>{configurator}{buy}"
        '<div class="product-detail-ordernumber-container"><span class="product-detail-ordernumber-label">'
        f'{words[0]}</span> <meta itemprop="productID" content="{uuid}"><span class="product-detail-ordernumber" '
        f'itemprop="sku">{esc(code)}</span></div></div></div></div>'
        f'<div class="product-detail-description"><meta itemprop="gtin13" content="{item.gtin}">'
        f'<div class="product-detail-description-text" itemprop="description">{esc(item.description)}</div></div>'
        "</div></div></div></div></div>\n"
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<div class="cms-listing-col"><div class="card product-box box-standard"><div class="card-body">'
            f'<div class="product-info"><a href="/{slug(name)}/" class="product-name">{esc(name)}</a>'
            f'<div class="product-price-info"><div class="product-price-wrapper"><span class="product-price">'
            f'{money(price, loc)}*</span></div></div><div class="product-action">'
            + (
                f'<button class="btn btn-block btn-buy" title="{words[3]}">{words[3]}</button>'
                if stock
                else f'<div class="product-detail-soldout">{words[2]}</div>'
            )
            + "</div></div></div></div></div>"
        )

    head_html = head(
        f"{item.name} | {shop}",
        f'<link rel="canonical" href="{url}"><meta property="og:type" '
        f'content="product"><meta property="product:price:amount" content="{item.price}">'
        f'<meta property="product:price:currency" content="{loc.currency}">',
        loc.lang,
    )
    page_html = wrap(
        shop, loc, chrome, item, main, head_html, gtm(loc, item, code, chrome), card, "is-ctl-product is-act-index"
    )
    return Page("shopware", "", url, page_html, truth(item.price, code, item.in_stock))
