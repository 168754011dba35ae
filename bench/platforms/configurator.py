"""Product pages as computer makers' own shops (Dell-, Apple-, Lenovo-like configurators) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import Item, gtin13, slug
from platforms.money import LOCALES, money

MACHINES = ["XPS 14 Laptop", "Inspiron 16 Plus", "ThinkPad X1 Carbon", "Studio Desktop Tower", "Pro 13-inch Notebook"]

OPTIONS = [
    ("Processor", ["Core Ultra 7 155H", "Core Ultra 9 185H"], [0, 200]),
    ("Memory", ["16 GB LPDDR5x", "32 GB LPDDR5x", "64 GB LPDDR5x"], [0, 200, 500]),
    ("Storage", ["512 GB SSD", "1 TB SSD", "2 TB SSD"], [0, 150, 400]),
    ("Display", ['14.5" FHD+ 120Hz', '14.5" 3.2K OLED Touch'], [0, 300]),
]


def configurator(rng: random.Random) -> Page:
    """A maker's configurator: the price of the configuration shown ("Dell Price $1,249.99", "Estimated Value
    $1,599.99" struck through, "Order Code xps14-9440-7190") that changes with each option ("+ $200.00" beside
    each upgrade), a "Starting at" price in the header of other models, "Ships in 2-3 business days" or
    "Temporarily out of stock"; or an Apple-like buy page with models listed "From $999 or $41.62/mo. for 24 mo."
    and the chosen one's total ("Total $1,299.00")."""
    loc = LOCALES[rng.choice(["us", "us", "gb"])]
    front = rng.choice(["dell", "dell", "apple"])
    name = rng.choice(MACHINES)
    base = Decimal(rng.choice([799, 999, 1099, 1299, 1499])) + (Decimal("0.99") if front == "dell" else Decimal(0))
    picks = [rng.randrange(len(o[1])) for o in OPTIONS]
    price = base + sum((Decimal(o[2][p]) for o, p in zip(OPTIONS, picks, strict=True)), Decimal(0))
    value = (price * Decimal("1.25")).quantize(Decimal("1")) - Decimal("0.01") if rng.random() < 0.5 else None
    in_stock = rng.random() < 0.8
    brand = "Dell" if front == "dell" else rng.choice(["Northwind", "Lumen"])
    item = Item(name, brand, price, value, in_stock, [], slug(name), gtin13(rng), [], f"{name}, configured to order.")
    item.related = [(m, Decimal(rng.choice([699, 899, 1199])) + Decimal("0.99"), True) for m in rng.sample(MACHINES, 3)]
    chrome = Chrome.draw(rng, loc)
    code = None
    if front == "dell":
        stem = slug(name).split("-")[0][:4]
        code = f"{stem}{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        opts = "".join(
            f'<fieldset class="cf-option"><legend>{label}</legend>'
            + "".join(
                f'<label class="{"selected" if i == p else ""}">'
                f'<input type="radio"{" checked" if i == p else ""}> {esc(v)}'
                + (f' <span class="cf-delta">+ {money(Decimal(d - c[p]), loc)}</span>' if d > c[p] else "")
                + (f' <span class="cf-delta">- {money(Decimal(c[p] - d), loc)}</span>' if d < c[p] else "")
                + "</label>"
                for i, (v, d) in enumerate(zip(values, c, strict=True))
            )
            + "</fieldset>"
            for (label, values, c), p in zip(OPTIONS, picks, strict=True)
        )
        price_html = (
            '<div class="ps-price-summary">'
            + (f'<div class="ps-orig"><span>Estimated Value</span> <s>{money(value, loc)}</s></div>' if value else "")
            + f'<div class="ps-dell-price"><span>Dell Price</span> <span class="h3">{money(price, loc)}</span></div>'
            + (f'<div class="ps-savings">Save {money(value - price, loc)}</div>' if value else "")
            + f'<div class="ps-financing">As low as {money((price / 36).quantize(Decimal("1")), loc)}/mo.</div></div>'
        )
        code_html = f'<div class="cf-order-code">Order Code <span>{code}</span></div>'
        ship = "Ships in 2-3 business days" if in_stock else "Temporarily out of stock"
        button = (
            '<button class="btn btn-success" type="submit">Add to Cart</button>'
            if in_stock
            else '<button class="btn" type="button" disabled>Temporarily Unavailable</button>'
        )
        body = f'{code_html}{price_html}<p class="cf-ship">{ship}</p>{button}<div class="cf-options">{opts}</div>'
    else:
        models = [
            (f"{label} {v}", base + Decimal(d))
            for label, values, c in OPTIONS[:1]
            for v, d in zip(values, c, strict=True)
        ]
        chosen = picks[0]
        price = base + Decimal(OPTIONS[0][2][chosen])
        value = None
        item.price, item.was = price, None
        cards = "".join(
            f'<div class="rc-productbundle{" rc-productbundle--selected" if i == chosen else ""}"><h3>{esc(m)}</h3>'
            f'<p class="rc-prices-fullprice">{money(pr, loc)}</p>'
            f"<p>or {money((pr / 24).quantize(Decimal('0.01')), loc)}"
            '/mo. for 24 mo.*</p><button type="button">Select</button></div>'
            for i, (m, pr) in enumerate(models)
        )
        ship = "In stock. Free delivery" if in_stock else "Currently unavailable"
        button = (
            '<button class="button button-block" type="submit">Add to Bag</button>'
            if in_stock
            else '<button class="button button-block" disabled>Currently unavailable</button>'
        )
        body = (
            f'<p class="rf-hcard-copy">From {money(base, loc)} or {money((base / 24).quantize(Decimal("0.01")), loc)}'
            f'/mo. for 24 mo.*</p><div class="rc-productbundles">{cards}</div><div class="rf-summary">'
            f'<p>Total <span class="rf-summary-price">{money(price, loc)}</span></p><p>{ship}</p>{button}</div>'
        )
    main = (
        f'<div class="pdp-hero"><h1 class="pdp-title">{esc(brand)} {esc(name)}</h1>{body}'
        f'<section class="tech-specs"><h2>Tech Specs</h2><p>{esc(item.description)}</p></section></div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{brand} {name}",
        "sku": code or slug(name),
        "brand": {"@type": "Brand", "name": brand},
        "offers": {
            "@type": "AggregateOffer",
            "lowPrice": f"{base:.2f}",
            "highPrice": f"{base + 1100:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(in_stock),
        }
        if rng.random() < 0.5
        else {
            "@type": "Offer",
            "price": f"{price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(in_stock),
        },
    }

    def card(n: str, p: Decimal, stock: bool) -> str:
        return f'<div class="stack-card"><a href="/shop/{slug(n)}">{esc(n)}</a><p>Starting at {money(p, loc)}</p></div>'

    host = "www.dell.example/en-us/shop" if front == "dell" else "www.notebook-maker.example/shop/buy"
    url = f"https://{host}/{item.handle}/{'spd/' + code if code else ''}"
    page_html = wrap(
        brand,
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(f"{brand} {name} | {brand}", f'<link rel="canonical" href="{url}">'),
        gtm(loc, item, code or item.handle, chrome, price),
        card,
    )
    return Page("configurator", "", url, page_html, truth(price, code, in_stock))
