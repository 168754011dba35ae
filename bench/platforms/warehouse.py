"""Product pages as the big US general retailers' own front ends write them (Target-, Costco-, Newegg-like)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import Item, draw_item, slug
from platforms.money import LOCALES, money

LOC = LOCALES["us"]


@dataclass
class Front:
    item: Item
    main: str
    url: str
    code: str  # the retailer's own item number, as the page shows it
    price: Decimal | None  # what a shopper pays now; None where the page shows none
    data: Mapping[str, object]


def _target(rng: random.Random) -> Front:
    """Target-like: "TCIN" and "UPC" in the specifications, "reg $29.99" beside a sale price "when purchased
    online", a Circle member deal below it, Pick up / Deliver it / Ship it fulfilment tiles."""
    item = draw_item(rng, LOC, sale=0.4, stock=0.75, sizes=rng.choice(["apparel", "none", "none"]))
    tcin = str(rng.randrange(10_000_000, 99_999_999))
    upc = item.gtin[1:]
    member = (item.price * Decimal("0.9")).quantize(Decimal("0.01"))
    circle = rng.random() < 0.3 and item.in_stock
    price = (
        f'<div data-test="product-price-wrapper"><span data-test="product-price" class="styles_CurrentPriceFontSize">'
        f"{money(item.price, LOC)}</span>"
        + (
            f'<span class="h-text-red">Sale</span> <span data-test="product-regular-price">reg {money(item.was, LOC)}'
            "</span>"
            if item.was
            else ""
        )
        + '<div class="h-text-sm">When purchased online</div></div>'
        + (
            f'<div data-test="circle-offer"><span class="h-text-red">{money(member, LOC)} with Target Circle</span>'
            " <a href='/circle'>Join free</a></div>"
            if circle
            else ""
        )
    )
    if item.in_stock:
        tiles = (
            '<div data-test="fulfillment-cell-shipping"><h3>Shipping</h3><span>Get it by Fri, Dec 11</span></div>'
            '<div data-test="fulfillment-cell-pickup"><h3>Pickup</h3><span>Ready within 2 hours</span></div>'
        )
        button = '<button type="button" data-test="shippingButton" class="styles_ndsButtonPrimary">Add to cart</button>'
    else:
        tiles = (
            '<div data-test="fulfillment-cell-shipping"><h3>Shipping</h3><span>Out of stock</span></div>'
            '<div data-test="fulfillment-cell-pickup"><h3>Pickup</h3><span>Not available at Springfield</span></div>'
        )
        button = (
            '<div data-test="outOfStockMessage">Out of stock</div><button type="button" '
            'data-test="notifyMeButton">Notify me when it\'s back</button>'
        )
    sizes = (
        '<div data-test="SizeVariationSelector"><span>Size</span>'
        + "".join(f'<button type="button" aria-label="{s}">{s}</button>' for s in item.sizes)
        + "</div>"
        if item.sizes
        else ""
    )
    main = (
        f'<div data-test="product-details"><a data-test="@web/ProductDetailPage/ProductDetailBrand" href="/b/'
        f'{slug(item.brand)}">Shop all {esc(item.brand)}</a><h1 data-test="product-title">{esc(item.name)}</h1>'
        f'<div data-test="ratings">4.5 out of 5 stars with {rng.randrange(5, 2000)} reviews</div>{price}{sizes}'
        f"{tiles}{button}"
        '<div data-test="item-details-specifications"><h3>Specifications</h3>'
        f"<div><b>Dimensions (Overall):</b> 10 inches (H) x 8 inches (W)</div>"
        f"<div><b>TCIN</b>: {tcin}</div><div><b>UPC</b>: {upc}</div>"
        "<div><b>Origin</b>: Imported</div></div></div>\n"
    )
    data = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": item.name,
        "sku": tcin,
        "gtin12": upc,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": str(item.price),
            "priceCurrency": "USD",
            "availability": schema_stock(item.in_stock),
        },
    }
    url = f"https://www.target.example/p/{item.handle}/-/A-{tcin}"
    return Front(item, main, url, tcin, item.price, data)


def _costco(rng: random.Random) -> Front:
    """Costco-like: "Item 1234567 Model ABC-123" under the title, "Online Price" less an instant saving gives
    "Your Price", or a price shown only to members who sign in; "Out of Stock" as the button."""
    item = draw_item(rng, LOC, sale=0.0, stock=0.8, sizes="none", scale=rng.choice([1, 3]))
    number = str(rng.randrange(1_000_000, 1_999_999))
    model = f"{item.brand[:3].upper()}{rng.randrange(100, 9999)}"
    saving = rng.random() < 0.4
    members_only = rng.random() < 0.15
    off = Decimal(rng.choice([20, 30, 50, 100]))
    pay = item.price - off if saving and item.price > off * 2 else item.price
    saving = pay != item.price
    if members_only:
        price = (
            '<div class="member-only"><p>Members Only Item</p><p>Sign In to see price and add to cart</p>'
            '<a class="btn" href="/LogonForm">Sign In</a></div>'
        )
    elif saving:
        price = (
            '<div id="pull-right-price" class="your-price row"><div class="online-price">Online Price <span>'
            f'{money(item.price, LOC)}</span></div><div class="less">Less: <span>-{money(off, LOC)}</span> OFF</div>'
            f'<div class="your-price">Your Price <span class="value">{money(pay, LOC)}</span></div>'
            f'<p class="promo">Instant Savings valid 12/7/26 - 12/24/26</p></div>'
        )
    else:
        price = f'<div id="pull-right-price" class="your-price row"><span class="value">{money(pay, LOC)}</span></div>'
    button = (
        '<input type="button" id="add-to-cart-btn" class="btn btn-primary" value="Add to Cart">'
        if item.in_stock
        else '<input type="button" id="add-to-cart-btn" class="btn btn-primary out-of-stock" '
        'value="Out of Stock" disabled>'
    )
    main = (
        f'<div class="product-h1-container"><h1 itemprop="name">{esc(item.brand)} {esc(item.name)}</h1></div>'
        f'<div class="product-info-details"><p class="item-number">Item <span>{number}</span></p>'
        f'<p class="model-number">Model <span>{model}</span></p></div>{price}'
        '<div class="shipping-statement">Shipping &amp; Handling Included*</div>'
        f'<div class="qty-picker"><label>Quantity</label><input type="text" value="1"></div>{button}'
        f'<div class="product-details"><h2>Product Details</h2><p>{esc(item.description)}</p></div>\n'
    )
    data = {
        "@context": "http://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": number,
        "mpn": model,
        "brand": item.brand,
        "offers": {
            "@type": "Offer",
            "priceCurrency": "USD",
            "availability": schema_stock(item.in_stock, False),
            **({} if members_only else {"price": f"{pay:.2f}"}),
        },
    }
    url = f"https://www.costco.example/{item.handle}.product.{number}.html"
    return Front(item, main, url, number, None if members_only else pay, data)


def _newegg(rng: random.Random) -> Front:
    """Newegg-like: "Item#: N82E16834234123" at the foot of the buy box, the price as "$<strong>1,299</strong>
    <sup>.99</sup>" with "Save: 12%", the seller's name, "OUT OF STOCK." and combo deals with their own prices."""
    item = draw_item(rng, LOC, sale=0.45, stock=0.75, sizes="none", scale=rng.choice([1, 2, 4]))
    number = f"N82E168{rng.randrange(10, 99)}{rng.randrange(100, 999)}{rng.randrange(100, 999)}"
    model = f"{item.brand[:2].upper()}-{rng.randrange(1000, 9999)}{rng.choice('ABX')}"
    whole, cents = f"{item.price:,.2f}".split(".")
    price = (
        '<div class="product-price"><ul class="price">'
        + (f'<li class="price-was"><span class="price-was-data">{money(item.was, LOC)}</span></li>' if item.was else "")
        + f'<li class="price-current"><span class="price-current-label"></span>$<strong>{whole}</strong><sup>.{cents}'
        "</sup></li>"
        + (
            f'<li class="price-save"><span class="price-save-label">Save: </span><span class="price-save-percent">'
            f"{round((1 - item.price / item.was) * 100)}%</span></li>"
            if item.was
            else ""
        )
        + "</ul></div>"
    )
    seller = rng.choice(["Newegg", "Antonline", "GearDepot"])
    stock = (
        '<div class="product-inventory"><strong>In stock.</strong></div>'
        if item.in_stock
        else '<div class="product-inventory"><strong>OUT OF STOCK.</strong></div>'
    )
    button = (
        '<button class="btn btn-primary btn-wide" type="button">Add to cart <i class="fas fa-caret-right"></i></button>'
        if item.in_stock
        else '<button class="btn btn-wide btn-mini" type="button">Auto Notify</button>'
    )
    combo = "".join(
        f'<div class="combo-cell"><a href="/p/{slug(n)}">{esc(n)}</a><span class="combo-price">Combo Price '
        f"{money(p + item.price, LOC)}</span><span>Save {money(Decimal(15), LOC)}</span></div>"
        for n, p, _ in item.related[:2]
    )
    main = (
        f'<div class="product-wrap"><h1 class="product-title">{esc(item.brand)} {esc(item.name)}</h1>'
        f'<div class="product-buy-box">{price}<div class="product-seller">Sold and Shipped by <strong>{seller}</strong>'
        f'</div><div class="product-flag">Free Shipping</div>{stock}{button}'
        f'<div class="product-item-number"><em>Item#: {number}</em></div></div>'
        + (f'<div class="combo-deals"><h3>Combo Deals</h3>{combo}</div>' if combo else "")
        + '<div class="tab-panes"><table class="table-horizontal"><caption>Model</caption>'
        f"<tr><th>Brand</th><td>{esc(item.brand)}</td></tr><tr><th>Model</th><td>{model}</td></tr></table></div>"
        "</div>\n"
    )
    data = {
        "@context": "http://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": number[-9:] if rng.random() < 0.5 else number,
        "mpn": model,
        "brand": item.brand,
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "USD",
            "availability": schema_stock(item.in_stock, False),
            "itemCondition": "http://schema.org/NewCondition",
        },
    }
    url = f"https://www.newegg.example/{item.handle}/p/{number}"
    return Front(item, main, url, number, item.price, data)


def warehouse(rng: random.Random) -> Page:
    """Target-, Costco- or Newegg-like product pages: each retailer's own item number shown to shoppers beside a
    UPC or a maker's model number, member and instant-saving prices, fulfilment tiles, combo deals."""
    name, front = rng.choice([("Target", _target), ("Costco", _costco), ("Newegg", _newegg)])
    built = front(rng)
    item = built.item
    chrome = Chrome.draw(rng, LOC)
    page_html = wrap(
        name,
        LOC,
        chrome,
        item,
        built.main + (ld(built.data) if rng.random() < 0.7 else ""),
        head(f"{item.name} : {name}", f'<link rel="canonical" href="{built.url}">'),
        # A price shown only to members who sign in is in none of the page (nor its analytics).
        gtm(LOC, item, built.code, chrome, built.price) if built.price is not None else "",
    )
    return Page("warehouse", "", built.url, page_html, truth(built.price, built.code, item.in_stock))
