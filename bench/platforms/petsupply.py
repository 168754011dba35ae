"""Product pages as pet-supply shops (Chewy-, Petco-, Zooplus-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import Item, gtin13, slug
from platforms.money import LOCALES, money

FOODS = [
    ("Grain-Free Salmon & Sweet Potato Dry Dog Food", ["4-lb bag", "12-lb bag", "24-lb bag"], [4, 12, 24]),
    ("Indoor Adult Chicken Recipe Dry Cat Food", ["3-lb bag", "7-lb bag", "16-lb bag"], [3, 7, 16]),
    ("Clumping Unscented Cat Litter", ["20-lb box", "40-lb box"], [20, 40]),
    ("Puppy Training Pads", ["50 count", "100 count", "150 count"], [50, 100, 150]),
    ("Wet Dog Food Variety Pack, 13.2-oz can", ["case of 12", "case of 24"], [12, 24]),
]


def petsupply(rng: random.Random) -> Page:
    """A pet-supply shop: the one-time price and, below it, the Autoship / Repeat Delivery price ("$52.24 Autoship
    price", "Save 35% on your first Autoship order") that only subscribers pay, sizes each with its own price and
    price per pound, "Item Number 123456" in the specifications table, "In stock" / "Out of Stock" / "Currently out
    of stock online", "Add to Cart" and "Set up Autoship", "Deal" badges with their own amounts."""
    loc = LOCALES["us"]
    name, sizes, amounts = rng.choice(FOODS)
    chosen = rng.randrange(len(sizes))
    base = Decimal(rng.randrange(9, 30)) + Decimal("0.99")
    prices = [
        (base * Decimal(a) / Decimal(amounts[0]) * Decimal("0.85") ** i).quantize(Decimal("0.01"))
        for i, a in enumerate(amounts)
    ]
    price = prices[chosen]
    was = (price * Decimal("1.15")).quantize(Decimal("0.01")) if rng.random() < 0.3 else None
    in_stock = rng.random() < 0.8
    brand = rng.choice(["Wildtrail", "Purrfect Pantry", "Kestrel Pet", "Northwind Naturals"])
    item = Item(name, brand, price, was, in_stock, [], slug(name), gtin13(rng), [], f"{name} by {brand}.")
    item.related = [(n, (Decimal(rng.randrange(9, 60)) + Decimal("0.99")), True) for n, _, _ in rng.sample(FOODS, 3)]
    chrome = Chrome.draw(rng, loc)
    front = rng.choice(["chewy", "petco"])
    number = str(rng.randrange(100_000, 399_999)) if front == "chewy" else str(rng.randrange(1_000_000, 3_999_999))
    autoship = (price * Decimal("0.95")).quantize(Decimal("0.01"))
    per = (price / Decimal(amounts[chosen])).quantize(Decimal("0.01"))
    unit = sizes[chosen].split(" ")[0].split("-")[-1] if "lb" in sizes[chosen] else "count"
    size_html = "".join(
        f'<button type="button" class="kib-selection-card{" kib-selection-card--selected" if i == chosen else ""}">'
        f"<span>{s}</span><span>{money(p, loc)}</span></button>"
        for i, (s, p) in enumerate(zip(sizes, prices, strict=True))
    )
    sub = "Autoship" if front == "chewy" else "Repeat Delivery"
    price_html = (
        '<div data-testid="price-section">'
        + f'<div data-testid="advertised-price" class="kib-product-price">{money(price, loc)}</div>'
        + (f'<div data-testid="list-price">List Price: <s>{money(was, loc)}</s></div>' if was else "")
        + f'<div class="per-unit">({money(per, loc)}/{unit.rstrip("s") if unit != "count" else "count"})</div>'
        + f'<div data-testid="autoship-price" class="autoship-pricing"><span class="kib-product-price">'
        f"{money(autoship, loc)}</span> {sub} price <p>Save 35% on your first {sub} order</p></div>" + "</div>"
    )
    if in_stock:
        stock = '<div data-testid="availability" class="availability in-stock">In stock</div>'
        button = (
            '<div class="buy-box-radios"><label><input type="radio" name="purchase" checked> One-time purchase</label>'
            f'<label><input type="radio" name="purchase"> {sub}</label></div>'
            '<button type="submit" data-testid="add-to-cart" class="kib-button-new">Add to Cart</button>'
        )
    else:
        gone = rng.choice(["Out of Stock", "Currently out of stock online"])
        stock = f'<div data-testid="availability" class="availability oos">{gone}</div>'
        button = '<button type="button" class="kib-button-new kib-button-new--secondary">Notify Me</button>'
    specs = (
        '<div data-testid="specifications"><h2>Specifications</h2><table>'
        f"<tr><th>{'Item Number' if front == 'chewy' else 'SKU'}</th><td>{number}</td></tr>"
        f"<tr><th>Brand</th><td>{esc(brand)}</td></tr><tr><th>Weight</th><td>{sizes[chosen]}</td></tr>"
        "<tr><th>Lifestage</th><td>Adult</td></tr></table></div>"
    )
    main = (
        f'<div data-testid="product-detail"><a href="/b/{slug(brand)}" data-testid="manufacture-name">By {esc(brand)}'
        f'</a><h1 data-testid="product-title">{esc(name)}</h1>'
        f"<div>{rng.randrange(30, 50) / 10} ({rng.randrange(50, 20000)}"
        f' Reviews)</div>{price_html}<div class="sizes"><p>Size: <b>{sizes[chosen]}</b></p>{size_html}</div>{stock}'
        f'{button}<div data-testid="description"><p>{esc(item.description)}</p></div>{specs}</div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "sku": number,
        "gtin12": item.gtin[1:],
        "brand": {"@type": "Brand", "name": brand},
        "offers": {
            "@type": "Offer",
            "price": f"{price:.2f}",
            "priceCurrency": "USD",
            "availability": schema_stock(in_stock),
        },
    }
    host = "www.chewy.example" if front == "chewy" else "www.petco.example"
    url = f"https://{host}/{slug(name)}/dp/{number}"
    page_html = wrap(
        front.capitalize(),
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(f"{brand} {name}, {sizes[chosen]}", f'<link rel="canonical" href="{url}">'),
        gtm(loc, item, number, chrome),
    )
    return Page("petsupply", "", url, page_html, truth(price, number, in_stock))
