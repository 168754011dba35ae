"""Product pages as home-goods web shops (Wayfair-, Overstock-, Home Depot-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import FURNITURE, draw_item, slug
from platforms.money import LOCALES, money


def wayfair(rng: random.Random) -> Page:
    """Wayfair-like: the shop's "SKU: W005123456" at the end of the breadcrumb line, the maker's "Part #" in the
    specifications, "$459.99 $799.00 42% Off" with a "Limited Time Deal" badge, "Free Shipping", financing "$39/mo",
    colour options with their own prices, "Out of Stock" with a notify form; or Home Depot-like: "Internet #"
    and "Model #" side by side under the title of an online-only item (the Internet number is the page's own code)."""
    front = rng.choice(["wayfair", "wayfair", "homedepot"])
    loc = LOCALES["us"] if front == "homedepot" or rng.random() < 0.8 else LOCALES["gb"]
    item = draw_item(rng, loc, sale=0.55, stock=0.75, sizes="none", names=FURNITURE, scale=rng.choice([3, 5]))
    chrome = Chrome.draw(rng, loc)
    part = f"{item.brand[:3].upper()}-{rng.randrange(100, 9999)}{rng.choice(['', '-BLK', '-OAK'])}"
    monthly = (item.price / 24).quantize(Decimal("1"))
    if front == "wayfair":
        code = (
            f"W{rng.randrange(1_000_000, 9_999_999):09d}"
            if rng.random() < 0.6
            else (f"{item.brand[:4].upper()}{rng.randrange(1000, 9999)}")
        )
        crumbs = (
            '<nav class="Breadcrumbs"><ol><li><a href="/furniture">Furniture</a></li><li><a href="/living">Living Room '
            'Furniture</a></li><li><a href="/sofas">Sofas</a></li><li class="Breadcrumbs-sku"><span>'
            f"SKU: {code}</span></li></ol></nav>"
        )
        colours = rng.sample(["Grey", "Navy", "Oatmeal", "Emerald", "Charcoal"], 3)
        opt_prices = [
            item.price,
            item.price + Decimal(rng.choice([0, 20, 60])),
            item.price + Decimal(rng.choice([0, 40])),
        ]
        options = (
            f'<div class="OptionSelector"><p>Fabric: <b>{colours[0]}</b></p>'
            + "".join(
                f'<button type="button" aria-pressed="{str(i == 0).lower()}">{c}'
                + (f" <span>{money(p, loc)}</span>" if p != item.price else "")
                + "</button>"
                for i, (c, p) in enumerate(zip(colours, opt_prices, strict=True))
            )
            + "</div>"
        )
        price = (
            '<div class="PriceBlock">'
            + ('<span class="Badge">Limited Time Deal</span>' if item.was and rng.random() < 0.5 else "")
            + f'<span class="SFPrice" data-test-id="PriceDisplay">{money(item.price, loc)}</span>'
            + (
                f' <s class="SFPrice--list">{money(item.was, loc)}</s> <span class="SFPrice--discount">'
                f"{round((1 - item.price / item.was) * 100)}% Off</span>"
                if item.was
                else ""
            )
            + f'<p class="Financing">{money(monthly, loc)}/mo* with Wayfair Card</p></div>'
        )
        specs = (
            '<div class="Specifications"><h2>Specifications</h2><table><tr><td>Part Number</td>'
            if rng.random() < 0.5
            else '<div class="Specifications"><h2>Specifications</h2><table><tr><td>Part #</td>'
        ) + f"<td>{part}</td></tr><tr><td>Overall Width</td><td>84''</td></tr></table></div>"
        head_line = (
            '<div class="ProductHeader"><p class="ManufacturerInfo">'
            f'By <a href="/brand/{slug(item.brand)}">{esc(item.brand)}</a></p>'
        )
    else:
        code = str(rng.randrange(300_000_000, 330_000_000))
        crumbs = ""
        options = ""
        head_line = (
            f'<div class="ProductHeader"><p class="brand">{esc(item.brand)}</p><div class="product-info-bar">'
            f"<span>Internet #{code}</span> <span>Model #{part}</span></div>"
        )
        dollars, cents = f"{item.price:.2f}".split(".")
        price = (
            '<div class="price-format__main-price"><span class="price-format__currency">$</span>'
            f'<span>{dollars}</span><span class="price-format__cents">{cents}</span></div>'
            + (
                f'<div class="price-detailed__was-price"><span>Was</span> <s>{money(item.was, loc)}</s> <span>Save '
                f"{money(item.was - item.price, loc)} ({round((1 - item.price / item.was) * 100)}%)</span></div>"
                if item.was
                else ""
            )
        )
        specs = ""
    if item.in_stock:
        stock = '<div class="Delivery"><p>Free Shipping</p><p>Get it by Thu, Dec 17</p></div>'
        button = '<button type="submit" class="AddToCartButton" data-test-id="AddToCart">Add to Cart</button>'
    else:
        stock = '<div class="Delivery"><p class="OutOfStock">Out of Stock</p></div>'
        button = (
            '<form class="NotifyForm"><label>Email me when it\'s back in stock<input type="email"></label>'
            '<button type="submit">Notify Me</button></form>'
        )
    main = (
        f'{crumbs}<div class="ProductDetail">{head_line}<h1 data-hb-id="Heading">{esc(item.name)}</h1></div>'
        f'<div class="Reviews">{rng.randrange(30, 50) / 10} ({rng.randrange(5, 4000)})</div>'
        f"{price}{options}{stock}{button}"
        f'<div class="ProductOverview"><h2>Overview</h2><p>{esc(item.description)}</p></div>{specs}</div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code,
        "mpn": part,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock),
        },
    }
    host = "www.wayfair.example" if front == "wayfair" else "www.homedepot.example"
    url = (
        f"https://{host}/furniture/pdp/{item.handle}-{code.lower()}.html"
        if front == "wayfair"
        else f"https://{host}/p/{item.handle}/{code}"
    )
    page_html = wrap(
        front.capitalize(),
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.65 else ""),
        head(f"{item.brand} {item.name}", f'<link rel="canonical" href="{url}">'),
        gtm(loc, item, code, chrome),
    )
    return Page("wayfair", "", url, page_html, truth(item.price, code, item.in_stock))
