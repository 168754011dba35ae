"""Product pages as beauty retailers (Sephora-, Ulta-, Douglas-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, pay_later, schema_stock, truth, wrap
from platforms.items import Item, gtin13, slug
from platforms.money import LOCALES, money, reduce

PRODUCTS = [
    ("Soft Matte Foundation", "fl oz", ["1 oz/ 30 mL"], 38),
    ("Hydrating Face Serum", "fl oz", ["0.5 oz/ 15 mL", "1 oz/ 30 mL", "1.7 oz/ 50 mL"], 52),
    ("Satin Lipstick", "oz", ["0.12 oz/ 3.5 g"], 26),
    ("Eau de Parfum", "fl oz", ["1 oz/ 30 mL", "1.7 oz/ 50 mL", "3.4 oz/ 100 mL"], 95),
    ("Volumizing Mascara", "oz", ["0.27 oz/ 8 mL"], 28),
    ("Cream Blush", "oz", ["0.17 oz/ 5 g"], 30),
]

SHADES = [
    "110 Porcelain",
    "220 Light Beige",
    "245 Sand",
    "330 Warm Honey",
    "410 Caramel",
    "520 Espresso",
    "Rosewood",
    "Coral Crush",
    "Berry Bold",
]

BRANDS = ["Lumière Lab", "Ostara Beauty", "Northwind Skin", "Velvet & Vine", "Haus of Kestrel"]


def beauty(rng: random.Random) -> Page:
    """A beauty shop: "Item 2345678" under the brand and name (the structured data gives a shade-level sku), the
    size options each with its own price ("1.7 oz/ 50 mL"), a price per ounce, a "Value $45" on sets that is not
    the price, shade swatches some "Out of stock" (the shade shown decides), "Get It Shipped" / "Buy Online & Pick
    Up", "Add to Basket", loyalty points beside the price, "Sold out" when nothing can be bought."""
    loc = LOCALES[rng.choice(["us", "us", "ca"])]
    name, unit, sizes, base = rng.choice(PRODUCTS)
    chosen_size = rng.randrange(len(sizes))
    prices = [Decimal(base + 18 * i) + rng.choice([Decimal(0), Decimal("0.50")]) for i in range(len(sizes))]
    price = prices[chosen_size]
    was = None
    if rng.random() < 0.25:
        price, was = reduce(rng, price, loc)
    shades = rng.sample(SHADES, rng.randrange(3, 7)) if "Parfum" not in name and "Serum" not in name else []
    chosen_shade = rng.randrange(len(shades)) if shades else 0
    in_stock = rng.random() < 0.75
    gone: set[int] = {rng.randrange(len(shades))} if shades and rng.random() < 0.5 else set()
    if shades:
        if in_stock:
            gone.discard(chosen_shade)
        else:
            gone.add(chosen_shade)
    # Each shade is an item of its own: the item number shown changes with the shade chosen (and is the URL's skuId).
    shade_skus = [str(rng.randrange(1_000_000, 2_999_999)) for _ in shades]
    item_number = shade_skus[chosen_shade] if shades else str(rng.randrange(1_000_000, 2_999_999))
    brand = rng.choice(BRANDS)
    item = Item(name, brand, price, was, in_stock, [], slug(name), gtin13(rng), [], f"{name} by {brand}.")
    item.related = [(n, Decimal(b) + Decimal("0.00"), rng.random() < 0.8) for n, _, _, b in rng.sample(PRODUCTS, 3)]
    chrome = Chrome.draw(rng, loc)
    front = rng.choice(["sephora", "ulta"])
    amount = Decimal(sizes[chosen_size].split(" ")[0])
    per = (price / amount).quantize(Decimal("0.01"))
    value_set = rng.random() < 0.2
    price_html = (
        '<div class="css-price" data-comp="Price">'
        + (
            f'<b class="css-0">{money(price, loc)}</b> <s>{money(was, loc)}</s>'
            if was
            else f'<b class="css-0">{money(price, loc)}</b>'
        )
        + f' <span class="css-unit">({money(per, loc)} / {unit})</span>'
        + (f'<span class="css-value"> (${base * 2}.00 value)</span>' if value_set else "")
        + f'<p class="css-points">Earn {int(price)} points</p></div>'
    )
    size_html = (
        '<div data-comp="SizeSwatches"><p>Size: <span>'
        + esc(sizes[chosen_size])
        + "</span></p>"
        + "".join(
            f'<button type="button" aria-selected="{str(i == chosen_size).lower()}">{esc(s)} <span>'
            f"{money(p, loc)}</span></button>"
            for i, (s, p) in enumerate(zip(sizes, prices, strict=True))
        )
        + "</div>"
        if len(sizes) > 1
        else f'<p data-comp="SizeAndItemNumber">Size {esc(sizes[0])}</p>'
    )
    shade_html = (
        f'<div data-comp="Swatches"><p>Color: <span>{esc(shades[chosen_shade])}</span></p>'
        + "".join(
            f'<button type="button" aria-label="{esc(s)}{" - Out of stock" if i in gone else ""}" '
            f'aria-selected="{str(i == chosen_shade).lower()}" class="swatch{" swatch--oos" if i in gone else ""}">'
            f'<img src="/sku/s{k}-main-Lhero.jpg" alt=""></button>'
            for i, (s, k) in enumerate(zip(shades, shade_skus, strict=True))
        )
        + "</div>"
        if shades
        else ""
    )
    label = "Item" if front == "sephora" else rng.choice(["Item", "Item #"])
    if in_stock:
        fulfil = (
            '<div data-comp="DeliveryOptions"><label><input type="radio" checked> Get It Shipped</label><label><input'
            ' type="radio"> Buy Online and Pick Up</label></div><button type="button" class="css-add" '
            'data-at="add_to_basket_btn">Add to Basket</button>'
        )
    else:
        fulfil = (
            '<div data-comp="DeliveryOptions"><p class="css-oos">Out of Stock</p></div><button type="button" '
            'class="css-add" disabled>Sold Out</button><a href="#">Email me when available</a>'
        )
    main = (
        f'<div data-comp="ProductPage"><h1 data-at="product_name"><a href="/brand/{slug(brand)}">{esc(brand)}</a> '
        f'<span>{esc(name)}</span></h1><p data-comp="ItemNumber" class="css-item">{label} {item_number}</p>'
        f'<div class="css-rating">{rng.randrange(30, 50) / 10} stars, {rng.randrange(10, 9000)} reviews</div>'
        f"{price_html}{pay_later(rng, loc, item)}{size_html}{shade_html}{fulfil}"
        f'<div data-comp="Details"><h2>About the Product</h2><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "http://schema.org",
        "@type": "Product",
        "name": name,
        "brand": brand,
        "sku": shade_skus[chosen_shade] if shades else item_number,
        "offers": [
            {
                "@type": "Offer",
                "sku": shade_skus[i] if shades else item_number,
                "price": f"{price:.2f}",
                "priceCurrency": loc.currency,
                "availability": schema_stock(i not in gone if shades else in_stock, False),
            }
            for i in range(max(1, len(shades)))
        ],
    }
    host = "www.sephora.example" if front == "sephora" else "www.ulta.example"
    url = f"https://{host}/product/{slug(name)}-P{rng.randrange(100000, 999999)}?skuId={item_number}"

    def card(n: str, p: Decimal, stock: bool) -> str:
        return (
            f'<div class="css-card"><a href="/product/{slug(n)}">{esc(n)}</a>'
            f'<span class="css-price">{money(p, loc)}</span></div>'
        )

    page_html = wrap(
        front.capitalize(),
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(f"{name} - {brand} | {front.capitalize()}", f'<link rel="canonical" href="{url}">'),
        gtm(loc, item, item_number, chrome),
        card,
    )
    return Page("beauty", "", url, page_html, truth(price, item_number, in_stock))
