"""Product pages as the cross-border marketplaces (AliExpress-, Shein-, Temu-like) write them."""

from __future__ import annotations

import json
import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item
from platforms.money import LOCALES


def crossborder(rng: random.Random) -> Page:
    """AliExpress-like: the page built from ``window.runParams`` (the HTML carries the price block its server
    renders: "US $12.34" or, until a variation is chosen, "US $12.34 - 25.67"), a "-60%" badge beside the original
    price, "Extra 2% off with coins", "Sold out" per variation, "Buy now" / "Add to cart", "10,000+ sold", the item
    id in the URL only; Shein-like: "SKU: sz2212071234567890" under the title, "-30%" and the struck price, "Add
    to Bag", colours and sizes with "Sold Out" on some; Temu-like: "-64%", "Almost sold out", "ALMOST SOLD OUT"
    badges, "Add to cart" and prices in the page state."""
    front = rng.choice(["aliexpress", "shein", "temu"])
    loc = LOCALES[rng.choice(["us", "us", "gb"])]
    item = draw_item(rng, loc, sale=0.85, stock=0.85, sizes=rng.choice(["apparel", "none"]))
    chrome = Chrome.draw(rng, loc)
    ident = str(rng.randrange(10**15, 4 * 10**15))
    sym = "US $" if loc.currency == "USD" and front == "aliexpress" else ("$" if loc.currency == "USD" else "£")

    def amount(value: Decimal) -> str:
        return f"{sym}{value:,.2f}"

    ranged = front == "aliexpress" and bool(item.sizes) and rng.random() < 0.5
    top = (item.price * Decimal("1.8")).quantize(Decimal("0.01"))
    off = round((1 - item.price / item.was) * 100) if item.was else 0
    sku = None
    if front == "aliexpress":
        shown = f"{amount(item.price)} - {top:,.2f}" if ranged else amount(item.price)
        price = (
            '<div class="price--wrap--tA4MDk4 product-price">'
            '<div class="price--current--I3Zeidd product-price-current">'
            f'<span class="price--currentPriceText--V8_y_b5 pdp-comp-price-current product-price-value">{shown}</span>'
            "</div>"
            + (
                f'<div class="price--original--wEueRiZ"><span class="price--originalText--gxVO5_d">'
                f'{amount(item.was)}</span><span class="price--discount--Y9uG2LK">-{off}%</span></div>'
                if item.was and not ranged
                else ""
            )
            + '<div class="coin--wrap">Extra 2% off with coins</div></div>'
        )
        code_html = ""
        sold = f'<span class="reviewer--sold--ytPeoEy">{rng.choice(["10,000+", "5,000+", "856", "1,000+"])} sold</span>'
        buy = (
            '<button class="comet-v2-btn comet-v2-btn-primary">Buy now</button><button class="comet-v2-btn">Add to '
            "cart</button>"
            if item.in_stock
            else '<div class="quantity--info">Sold out</div><button class="comet-v2-btn" disabled>Sold out</button>'
        )
    elif front == "shein":
        sku = f"s{rng.choice('zw')}{rng.randrange(2200, 2312)}{rng.randrange(10**9, 10**10)}"
        price = (
            f'<div class="product-intro__head-mainprice"><div class="from original"><span>{amount(item.price)}</span>'
            "</div>"
            + (
                f'<del class="del-price">{amount(item.was)}</del><div class="discount-label">-{off}%</div>'
                if item.was
                else ""
            )
            + "</div>"
        )
        code_html = f'<div class="product-intro__head-sku">SKU: {sku}</div>'
        sold = '<div class="product-intro__head-reviews">(1000+ Reviews)</div>'
        buy = (
            '<button class="she-btn-black she-btn-xl">ADD TO BAG</button>'
            if item.in_stock
            else '<button class="she-btn-black she-btn-xl" disabled>SOLD OUT</button>'
        )
    else:
        price = (
            f'<div class="_2Ci4uR69" aria-label="{amount(item.price)}"><span>{amount(item.price)}</span>'
            + (
                f'<span class="_3TAPHDOX">{amount(item.was)}</span><span class="_2xhzvWLN">-{off}%</span>'
                if item.was
                else ""
            )
            + "</div>"
        )
        code_html = ""
        sold = f'<div class="_1Ac7Gr">{rng.choice(["12K+", "3.4K+", "956"])} sold</div>'
        buy = (
            ('<span class="_3TBlmzY7">Almost sold out</span>' if rng.random() < 0.3 else "")
            + '<div role="button" class="_2rlfnkj1">Add to cart</div>'
            if item.in_stock
            else '<div class="_1oWRCwv6">This item is out of stock</div>'
        )
    gone = set(item.sizes)
    if item.in_stock:
        gone = set(rng.sample(item.sizes, rng.randrange(0, len(item.sizes)))) if item.sizes else set[str]()
    sizes = (
        '<div class="sku-property"><div class="sku-title">Size:</div><ul>'
        + "".join(
            f'<li class="sku-item{" sku-item--soldout" if s in gone else ""}" title="{s}">{s}'
            + ("<span>Sold Out</span>" if s in gone and front != "aliexpress" else "")
            + "</li>"
            for s in item.sizes
        )
        + "</ul></div>"
        if item.sizes
        else ""
    )
    main = (
        f'<div class="pdp-body pdp-wrap"><h1 data-pl="product-title">{esc(item.name)}</h1>{code_html}{sold}'
        f'{price}{sizes}<div class="action--wrap">{buy}</div>'
        f'<div class="description--wrap"><p>{esc(item.description)}</p></div></div>\n'
    )
    state = {
        "productInfoComponent": {"id": ident, "subject": item.name},
        "priceComponent": {
            "discountPrice": {
                "minAmount": {"value": float(item.price), "currency": loc.currency},
                "maxAmount": {"value": float(top if ranged else item.price), "currency": loc.currency},
            },
            "origPrice": {"minAmount": {"value": float(item.was or item.price), "currency": loc.currency}},
            "discount": off,
        },
        "inventoryComponent": {"totalAvailQuantity": rng.randrange(1, 9999) if item.in_stock else 0},
        "skuComponent": {
            "skuPriceList": [
                {
                    "skuId": str(rng.randrange(10**13, 10**14)),
                    "skuAttr": f"14:{i}#{s}",
                    "skuVal": {
                        "skuAmount": {"value": float(item.price if not ranged else item.price + i)},
                        "availQuantity": 0 if s in gone else rng.randrange(1, 500),
                    },
                }
                for i, s in enumerate(item.sizes or ["One size"])
            ]
        },
    }
    shein_detail = {"goods_sn": sku, "goods_id": ident, "salePrice": {"amount": str(item.price)}}
    scripts = (
        f"<script>window.runParams = {{data: {json.dumps(state)}}};</script>\n"
        if front != "shein"
        else f"<script>var gbRawData = {json.dumps({'productIntroData': {'detail': shein_detail}})};</script>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": sku or ident,
        "offers": {
            "@type": "AggregateOffer" if ranged else "Offer",
            **(
                {"lowPrice": f"{item.price:.2f}", "highPrice": f"{top:.2f}"}
                if ranged
                else {"price": f"{item.price:.2f}"}
            ),
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock),
        },
    }
    host = {"aliexpress": "www.aliexpress.example", "shein": "us.shein.example", "temu": "www.temu.example"}[front]
    url = (
        f"https://{host}/item/{ident}.html"
        if front == "aliexpress"
        else f"https://{host}/{item.handle}-p-{ident}.html"
        if front == "shein"
        else f"https://{host}/{item.handle}-g-{ident}.html"
    )
    page_html = wrap(
        front.capitalize(),
        loc,
        chrome,
        item,
        main + (ld(data) if front == "shein" and rng.random() < 0.5 else ""),
        head(f"{item.name} - {front.capitalize()}", f'<link rel="canonical" href="{url}">'),
        scripts,
    )
    # A range is no price to pay until a variation is chosen.
    return Page("crossborder", "", url, page_html, truth(None if ranged else item.price, sku, item.in_stock))
