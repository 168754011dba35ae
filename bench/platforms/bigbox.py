"""Product pages as the big US retailers' front ends write them (Home Depot-, Best Buy- and Walmart-like)."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import Item, draw_item, slug
from platforms.money import LOCALES, money

LOC = LOCALES["us"]


def split(amount: Decimal) -> tuple[str, str]:
    whole, _, cents = f"{amount:,.2f}".partition(".")
    return whole, cents


def home_improvement(rng: random.Random) -> tuple[str, str, str | None, bool, Decimal | None, Item]:
    """Home Depot-like: "Internet #", "Model #", "Store SKU #" in a bar under the title; the price in split spans
    with the cents apart; pickup and delivery blocks; a protection plan with its own price beside the buy box."""
    item = draw_item(rng, LOC, sizes="none", scale=rng.choice([1, 1, 3]))
    internet = str(rng.randrange(100_000_000, 330_000_000))
    model = f"{item.brand[:3].upper()}{rng.randrange(100, 9999)}-{rng.choice(['W', 'BK', 'SS', '2'])}"
    store_sku = str(rng.randrange(1_000_000_000, 1_009_999_999)) if rng.random() < 0.6 else None
    code = store_sku or internet
    whole, cents = split(item.price)
    was = (
        f'<div class="price-detailed__was-price"><span class="u__strike">{money(item.was, LOC)}</span> '
        f'<span class="price-detailed__savings">Save {money(item.was - item.price, LOC)} '
        f"({round((1 - item.price / item.was) * 100)}%)</span></div>"
        if item.was
        else ""
    )
    plan = (item.price * Decimal("0.12")).quantize(Decimal(1)) + Decimal("0.00")
    stores = rng.randrange(2, 80)
    if item.in_stock:
        fulfil = (
            '<div class="fulfillment__wrapper"><div class="fulfillment-tile"><p class="sui-font-bold">Pickup</p>'
            f"<p>at <a href='/l/store'>Cumberland</a></p><p class='sui-text-success'>{stores} in stock</p>"
            "<p>Free</p></div><div class='fulfillment-tile'><p class='sui-font-bold'>Delivery</p><p>Tomorrow</p>"
            "<p>Free</p></div></div>"
            '<div class="buybox__actions"><button class="sui-btn sui-btn-primary" type="button">Add to Cart</button>'
            "</div>"
        )
    else:
        fulfil = (
            '<div class="fulfillment__wrapper"><div class="fulfillment-tile"><p class="sui-font-bold">Pickup</p>'
            "<p>Unavailable at Cumberland</p><a href='#'>Check Nearby Stores</a></div><div class='fulfillment-tile'>"
            "<p class='sui-font-bold'>Delivery</p><p>Out of Stock Online</p></div></div>"
            '<div class="buybox__actions"><p class="alert-inline">This item is unavailable</p>'
            '<button class="sui-btn" type="button">Notify Me</button></div>'
        )
    protection = (
        '<div class="protection-plan"><h3>Add a protection plan</h3><label><input type="checkbox" name="plan">'
        f"2-Year Protection Plan <span class='protection-plan__price'>{money(plan, LOC)}</span></label></div>"
        if item.in_stock and rng.random() < 0.5
        else ""
    )
    card = (
        f'<div class="sui-text-sm">Pay {money(max(item.price - 25, Decimal(1)), LOC)} after $25 OFF your total '
        "qualifying purchase upon opening a new card.</div>"
        if rng.random() < 0.5
        else ""
    )
    main = (
        '<div class="product-details"><div class="product-details__badge-title--wrapper">'
        f'<a class="product-details__brand-name" href="/b/{slug(item.brand)}">{esc(item.brand)}</a>'
        f'<h1 class="sui-h4-bold sui-line-clamp-unset">{esc(item.name)}</h1></div>'
        '<div class="product-info-bar"><h2 class="sui-font-normal">Internet <span>#' + internet + "</span></h2>"
        f"<h2 class='sui-font-normal'>Model <span>#{model}</span></h2>"
        + (f"<h2 class='sui-font-normal'>Store SKU <span>#{store_sku}</span></h2>" if store_sku else "")
        + '</div><div class="price-format__large price-format__main-price"><span class="sui-text-3xl">$</span>'
        f'<span class="sui-text-9xl">{whole}</span><span class="sui-sr-only">.</span>'
        f'<span class="sui-text-3xl">{cents}</span></div>{was}{card}{fulfil}{protection}</div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "productID": internet,
        "sku": code,
        "model": model,
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "url": f"https://www.homedepot.com/p/{item.handle}/{internet}",
            "priceCurrency": "USD",
            "price": float(item.price),
            "availability": schema_stock(item.in_stock),
        },
    }
    url = f"https://www.homedepot.com/p/{esc(item.brand)}-{item.handle}/{internet}"
    return main + ld(data), url, code, item.in_stock, item.price, item


def electronics(rng: random.Random) -> tuple[str, str, str | None, bool, Decimal | None, Item]:
    """Best Buy-like: "Model:" and "SKU:" under the title, a hero price with a screen-reader sentence, "Was",
    financing per month, open-box offers "from", "Sold Out" or "Coming Soon" buttons."""
    item = draw_item(rng, LOC, sizes="none", scale=rng.choice([1, 2, 4]))
    sku = str(rng.randrange(6_100_000, 6_599_999))
    model = f"{item.brand[:2].upper()}{rng.randrange(10, 99)}{rng.choice('ABCX')}{rng.randrange(100, 999)}"
    state = "on" if item.in_stock else rng.choice(["sold", "soon"])
    price = money(item.price, LOC)
    was = f'<div class="pricing-price__regular-price">Was {money(item.was, LOC)}</div>' if item.was else ""
    save = f'<div class="pricing-price__savings">Save {money(item.was - item.price, LOC)}</div>' if item.was else ""
    monthly = (item.price / 12).quantize(Decimal("0.01"))
    open_box = (
        '<div class="open-box-option"><a href="#">Open-Box</a> <span>Excellent</span> from '
        f'<span class="open-box-option__price">{money((item.price * Decimal("0.85")).quantize(Decimal("0.01")), LOC)}'
        "</span></div>"
        if rng.random() < 0.4
        else ""
    )
    button = {
        "on": '<button class="c-button c-button-primary add-to-cart-button" type="button">Add to Cart</button>',
        "sold": '<button class="c-button c-button-disabled add-to-cart-button" disabled type="button">Sold Out'
        "</button>",
        "soon": '<button class="c-button c-button-disabled add-to-cart-button" disabled type="button">Coming Soon'
        "</button>",
    }[state]
    show_price = state != "soon"
    fulfil = (
        '<div class="fulfillment-fulfillment-summary"><div><strong>Pickup</strong> Ready today at Richfield</div>'
        "<div><strong>Shipping</strong> Get it by Tue, Dec 8</div></div>"
        if state == "on"
        else ""
    )
    main = (
        '<div class="shop-product-title"><div class="sku-title"><h1 class="heading-5 v-fw-regular">'
        f'{esc(item.brand)} - {esc(item.name)}</h1></div><div class="sku-model"><div class="model product-data">'
        f'<span class="product-data-label body-copy">Model:</span><span class="product-data-value body-copy">{model}'
        '</span></div><div class="sku product-data"><span class="product-data-label body-copy">SKU:</span>'
        f'<span class="product-data-value body-copy">{sku}</span></div></div></div>'
        + (
            '<div class="pricing-price"><div class="priceView-hero-price priceView-customer-price">'
            f'<span aria-hidden="true">{price}</span><span class="sr-only">Your price for this item is {price}</span>'
            f'</div>{save}{was}<div class="financing-offer">Or {money(monthly, LOC)}/mo. for 12 months*</div></div>'
            if show_price
            else ""
        )
        + f'{open_box}{fulfil}<div class="fulfillment-add-to-cart-button">{button}</div>\n'
    )
    data = {
        "@context": "http://schema.org/",
        "@type": "Product",
        "name": item.name,
        "sku": sku,
        "model": model,
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "priceCurrency": "USD",
            "price": str(item.price),
            "availability": schema_stock(state == "on", False),
        },
    }
    if not show_price:
        del data["offers"]
    url = f"https://www.bestbuy.com/site/{item.handle}/{sku}.p?skuId={sku}"
    return main + ld(data), url, sku, state == "on", item.price if show_price else None, item


def supercenter(rng: random.Random) -> tuple[str, str, str | None, bool, Decimal | None, Item]:
    """Walmart-like: "Now $" with the old price beside it, a price per ounce, "Price when purchased online", the
    seller line, "More seller options ... Starting from", an item id only in the structured data and the URL."""
    item = draw_item(rng, LOC, sizes="none")
    item_id = str(rng.randrange(10_000_000, 5_999_999_999))
    now = money(item.price, LOC)
    whole, cents = split(item.price)
    ounces = rng.choice([8, 12, 16, 24, 32])
    per = (item.price / ounces * 100).quantize(Decimal("0.1"))
    unit = "" if rng.random() < 0.6 else f"{per}¢/oz" if per < 100 else f"${per / 100:.2f}/oz"
    seller = rng.choice(["Walmart.com", "Harbour Supply Co", "OakLine Outlet"])
    hero = (
        f'<span itemprop="price" data-seo-id="hero-price" aria-hidden="false">{"Now " if item.was else ""}{now}</span>'
        if rng.random() < 0.5
        else f'<span class="price-group" aria-label="current price {now}"><span class="price-characteristic">$'
        f'{whole}</span><sup class="price-mantissa">{cents}</sup></span>'
    )
    others = (
        f'<div class="more-sellers"><a href="#">More seller options ({rng.randrange(2, 9)})</a> Starting from '
        f"{money((item.price * Decimal('0.9')).quantize(Decimal('0.01')), LOC)}</div>"
        if rng.random() < 0.4
        else ""
    )
    stock = (
        '<button class="w_hhLG w_8nsR w_jDfj" data-automation-id="atc" type="button">Add to cart</button>'
        if item.in_stock
        else '<div data-testid="out-of-stock"><span class="b">Out of stock</span></div>'
        '<button class="w_hhLG" type="button">Get in-stock alert</button>'
    )
    main = (
        f'<section data-testid="product-section"><a href="/brand/{slug(item.brand)}" class="prod-brandName">'
        f'{esc(item.brand)}</a><h1 itemprop="name" id="main-title">{esc(item.name)}</h1>'
        f'<div data-testid="price-wrap">{hero}'
        + (f'<span class="strike mr1">{money(item.was, LOC)}</span>' if item.was else "")
        + (f'<span class="unit-price">{unit}</span>' if unit else "")
        + '</div><div class="f7">Price when purchased online</div>'
        f'<div class="seller-info">Sold and shipped by <a href="/seller">{esc(seller)}</a></div>{others}{stock}'
        "</section>\n"
    )
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": item_id,
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": [
            {
                "@type": "Offer",
                "url": f"https://www.walmart.com/ip/{item.handle}/{item_id}",
                "priceCurrency": "USD",
                "price": float(item.price),
                "availability": schema_stock(item.in_stock),
                "itemCondition": "https://schema.org/NewCondition",
                "availableDeliveryMethod": "https://schema.org/OnSitePickup",
            }
        ],
    }
    url = f"https://www.walmart.com/ip/{item.handle}/{item_id}"
    return main + (ld(data) if rng.random() < 0.8 else ""), url, None, item.in_stock, item.price, item


def bigbox(rng: random.Random) -> Page:
    """One of three big US retailers' product pages, with the shop chrome around it."""
    front = rng.choice([home_improvement, electronics, supercenter])
    chrome = Chrome.draw(rng, LOC)
    main, url, code, in_stock, price, item = front(rng)
    shop = {"home_improvement": "The Home Depot", "electronics": "Best Buy", "supercenter": "Walmart"}[front.__name__]
    head_html = head(f"{item.name} - {shop}", f'<link rel="canonical" href="{url}">')
    page_html = wrap(
        shop,
        LOC,
        chrome,
        item,
        main,
        head_html,
        gtm(LOC, item, code or url.rsplit("/", 1)[-1], chrome) if price else "",
    )
    return Page("bigbox", "", url, page_html, truth(price, code, in_stock))
