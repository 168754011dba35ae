"""Product pages as camera and pro-audio specialists (B&H-, Adorama-, Thomann-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

GEAR = [
    "Mirrorless Camera Body",
    "24-70mm f/2.8 Zoom Lens",
    "Shotgun Microphone",
    "Carbon Fiber Tripod Kit",
    "LED Video Light Panel",
    "Studio Monitor Headphones",
    "USB Audio Interface 2x2",
]


def bhphoto(rng: random.Random) -> Page:
    """B&H-like: "B&H # SOA7M4 • MFR # ILCE7M4/B" under the title (the structured data's sku is B&H's internal
    number), the price with "Instant Savings $200" and "Price before savings", "In Stock" / "More on the Way" /
    "Backordered" / "Special Order" / "Discontinued", protection plans with their own prices, kits and bundles
    priced beside the item; or Thomann-like ("Artikelnummer: 123456", "sofort lieferbar", "Lieferbar in 2-3
    Wochen", prices "1.299 €")."""
    front = rng.choice(["bh", "bh", "thomann"])
    loc = LOCALES["us"] if front == "bh" else LOCALES["de"]
    item = draw_item(rng, loc, sale=0.4, stock=0.0, sizes="none", names=GEAR, scale=rng.choice([2, 5]))
    chrome = Chrome.draw(rng, loc)
    mfr = f"{item.brand[:3].upper()}{rng.randrange(10, 99)}{rng.choice(['', '/B', '-K'])}"
    internal = str(rng.randrange(1_500_000, 1_899_999))
    if front == "bh":
        letter = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        code = f"{item.brand[:2].upper()}{letter}{rng.randrange(1, 99)}{rng.choice(['', 'K', 'B', 'M4'])}"
        state = rng.choice(["in", "in", "in", "more", "back", "special", "disc"])
        # Backordered and special-order items can be ordered now (they ship later); "More on the Way" cannot.
        in_stock = state in ("in", "back", "special")
        text = {
            "in": "In Stock",
            "more": "More on the Way",
            "back": "Backordered",
            "special": "Special Order - Expected availability: 2-3 weeks",
            "disc": "Discontinued",
        }[state]
        code_html = (
            f'<div class="codeCrumb" data-selenium="codeCrumb"><span>B&amp;H # {code}</span> <span>•</span> '
            f"<span>MFR # {mfr}</span></div>"
        )
        saving = (item.was - item.price) if item.was else None
        price = (
            '<div data-selenium="pricingPrice" class="price">'
            + f"{money(item.price, loc)}</div>"
            + (
                f'<div data-selenium="pricingInstantSavings">Instant Savings {money(saving, loc)}</div>'
                f'<div data-selenium="strikeThroughPrice">Price before savings <s>{money(item.was, loc)}</s></div>'
                if saving and item.was
                else ""
            )
            + f'<div class="financing">{money((item.price / 12).quantize(Decimal("0.01")), loc)}/mo. suggested '
            "payments for 12 Mos.</div>"
        )
        plans = (
            '<div data-selenium="protectionPlans"><h3>Protect Your Gear</h3>'
            f'<label><input type="radio"> 2 Year Protection <span>{money(Decimal("89.99"), loc)}</span></label>'
            f'<label><input type="radio"> 3 Year Protection <span>{money(Decimal("129.99"), loc)}</span></label></div>'
        )
        shows_price = state != "disc"
    else:
        code = str(rng.randrange(100_000, 599_999))
        state = rng.choice(["in", "in", "weeks", "out"])
        in_stock = state != "out"
        text = {"in": "sofort lieferbar", "weeks": "Lieferbar in 2-3 Wochen", "out": "Derzeit nicht lieferbar"}[state]
        code_html = f'<div class="product-meta"><span>Artikelnummer: {code}</span></div>'
        price = f'<div class="price-box"><span class="price">{money(item.price, loc)}</span></div>'
        plans = ""
        shows_price = True
    if in_stock:
        button = '<button type="submit" data-selenium="addToCartButton" class="add-to-cart">Add to Cart</button>'
        if front == "thomann":
            button = '<button type="submit" class="call-to-action__action">In den Warenkorb</button>'
    else:
        button = (
            '<button type="button" data-selenium="notifyAvailabilityButton">Notify When Available</button>'
            if front == "bh"
            else '<button type="button">Benachrichtigen</button>'
        )
    bundles = "".join(
        f'<div class="bundle"><a href="/c/product/{rng.randrange(10**6, 2 * 10**6)}-REG/{slug(n)}.html">{esc(n)} Kit'
        f"</a><span>{money(item.price + p, loc)}</span></div>"
        for n, p, _ in item.related[:2]
    )
    main = (
        f'<div data-selenium="productContainer"><h1 data-selenium="productTitle">{esc(item.brand)} {esc(item.name)}'
        f'</h1>{code_html}<div data-selenium="reviews">{rng.randrange(3, 900)} Reviews</div>'
        + (price if shows_price else "")
        + f'<div data-selenium="stockStatus" class="{"in-stock" if in_stock else "not-in-stock"}">{text}</div>'
        + (button if state != "disc" else "")
        + (plans if state != "disc" else "")
        + (f'<div class="bundles"><h3>Kits &amp; Bundles</h3>{bundles}</div>' if bundles else "")
        + f'<div data-selenium="overview"><p>{esc(item.description)}</p></div></div>\n'
    )
    schema = {
        "in": "InStock",
        "more": "OutOfStock",
        "back": "BackOrder",
        "special": "PreOrder",
        "disc": "Discontinued",
        "weeks": "InStock",
        "out": "OutOfStock",
    }[state]
    data = {
        "@context": "http://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": internal if front == "bh" else code,
        "mpn": mfr,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": f"http://schema.org/{schema}",
        },
    }
    if not shows_price:
        data["offers"] = {"@type": "Offer", "priceCurrency": loc.currency, "availability": schema_stock(False)}
    host = "www.bhphoto.example" if front == "bh" else "www.thomann.example"
    url = (
        f"https://{host}/c/product/{internal}-REG/{slug(item.brand)}_{slug(mfr)}_{item.handle}.html"
        if front == "bh"
        else f"https://{host}/de/{item.handle}.htm"
    )
    page_html = wrap(
        "B&H" if front == "bh" else "Thomann",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.75 else ""),
        head(f"{item.brand} {item.name} {mfr}", f'<link rel="canonical" href="{url}">', loc.lang),
        gtm(loc, item, internal if front == "bh" else code, chrome) if shows_price else "",
    )
    return Page("bhphoto", "", url, page_html, truth(item.price if shows_price else None, code, in_stock))
