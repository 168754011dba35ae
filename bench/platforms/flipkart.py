"""Product pages as Indian marketplaces (Flipkart-, Myntra-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES

LOC = LOCALES["in"]


def rupees(amount: Decimal) -> str:
    """Indian grouping: the last three digits, then twos ("₹1,29,999")."""
    digits = f"{amount:.0f}"
    head_, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head_) > 2:
        groups.insert(0, head_[-2:])
        head_ = head_[:-2]
    if head_:
        groups.insert(0, head_)
    return "₹" + ",".join([*groups, tail]) if groups else "₹" + tail


def flipkart(rng: random.Random) -> Page:
    """Flipkart-like: obfuscated class names, "₹1,29,999" in Indian grouping, the MRP struck through and "48% off",
    "Special price", bank offers with their own amounts ("up to ₹1,500"), "EMI from ₹5,417/month", "Add to Cart"
    and "Buy Now", "Sold Out" / "Currently Unavailable" / "Coming Soon", no product code a shopper sees (the
    item id only in the URL's pid), a "Model Number" in the specifications table."""
    item = draw_item(rng, LOC, sale=0.75, stock=0.75, sizes=rng.choice(["none", "apparel", "shoes"]))
    chrome = Chrome.draw(rng, LOC)
    pid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    model = f"{item.brand[:3].upper()}{rng.randrange(100, 999)}"
    state = "on" if item.in_stock else rng.choice(["sold", "unavailable", "soon"])
    show_price = state != "soon"
    emi = (item.price / 24).quantize(Decimal(1))
    offers = "".join(
        f'<li class="_7eSDEY"><span class="_3j4Zjq">Bank Offer</span><span>{p}% Instant Discount on {b} Credit Card'
        f" Transactions, up to {rupees(Decimal(cap))} on orders of {rupees(Decimal(minimum))} and above</span></li>"
        for p, b, cap, minimum in rng.sample(
            [(10, "HDFC Bank", 1500, 5000), (5, "Axis Bank", 750, 4999), (10, "SBI", 1250, 7500), (5, "ICICI", 500, 0)],
            rng.randrange(1, 4),
        )
    )
    if state == "on":
        buttons = (
            '<ul class="row"><li class="col col-6-12"><button class="QqFHMw vslbG+ In9uk2">Add to Cart</button></li>'
            '<li class="col col-6-12"><button class="QqFHMw vslbG+ _3Yl67G _7Pd1Fp">Buy Now</button></li></ul>'
        )
    else:
        buttons = {
            "sold": '<div class="Z8JjpR">Sold Out</div><div>This item is currently out of stock</div>',
            "unavailable": '<div class="Z8JjpR">Currently Unavailable</div>',
            "soon": '<div class="Z8JjpR">Coming Soon</div>',
        }[state] + '<button class="QqFHMw _3Yl67G">Notify Me</button>'
    price_html = (
        '<div class="x+7QT1"><div class="UOCQB1">Special price</div><div class="hl05eU">'
        f'<div class="Nx9bqj CxhGGd">{rupees(item.price)}</div>'
        + (
            f'<div class="yRaY8j A6+E6v">{rupees(item.was)}</div><div class="UkUFwK WW8yVX"><span>'
            f"{round((1 - item.price / item.was) * 100)}% off</span></div>"
            if item.was
            else ""
        )
        + f'</div></div><div class="emi">EMI from {rupees(emi)}/month. <a href="#">View Plans</a></div>'
        if show_price
        else ""
    )
    main = (
        f'<div class="C7fEHH"><h1 class="_6EBuvT"><span class="mEh187">{esc(item.brand)}</span> '
        f'<span class="VU-ZEz">{esc(item.name)}</span></h1><div class="_5OesEi"><span class="Y1HWO0">4.3★</span> '
        f"<span>{rng.randrange(20, 90000):,} Ratings &amp; {rng.randrange(5, 9000):,} Reviews</span></div>"
        f'{price_html}<div class="I+EQVr"><div class="_9Xa6Ef">Available offers</div><ul>{offers}</ul></div>'
        + (
            '<div class="size-row"><span>Size</span>'
            + "".join(f'<a class="CDDksN" href="?pid={pid}&size={s}">{s}</a>' for s in item.sizes)
            + "</div>"
            if item.sizes
            else ""
        )
        + f'<div class="buy-row">{buttons}</div><div class="_1AtVbE"><div class="_3k-BhJ">Specifications</div>'
        f"<table class='_0ZhAN9'><tr><td>Model Number</td><td>{model}</td></tr><tr><td>Brand</td>"
        f"<td>{esc(item.brand)}</td></tr></table></div><div class='yN+eNk'>{esc(item.description)}</div></div>\n"
    )
    data = [
        {
            "@context": "http://schema.org",
            "@type": "Product",
            "name": f"{item.brand} {item.name}",
            "brand": {"@type": "Brand", "name": item.brand},
            "offers": {
                "@type": "Offer",
                "price": int(item.price),
                "priceCurrency": "INR",
                "availability": schema_stock(state == "on", False),
            },
        }
    ]

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="_75nlfW"><a class="wjcEIp" href="/{slug(name)}/p/itm{rng.randrange(10**12, 10**13)}">'
            f'{esc(name)}</a><div class="Nx9bqj">{rupees(amount)}</div></div>'
        )

    url = f"https://www.flipkart.com/{item.handle}/p/itm{pid.lower()[:13]}?pid={pid}"
    page_html = wrap(
        "Flipkart",
        LOC,
        chrome,
        item,
        main + (ld(data) if show_price and rng.random() < 0.6 else ""),
        head(f"{item.brand} {item.name} - Buy online at best price in India | Flipkart", "", "en"),
        card=card,
    )
    return Page("flipkart", "", url, page_html, truth(item.price if show_price else None, None, state == "on"))
