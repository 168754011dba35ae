"""Product pages as the UK electronics and catalogue shops (Argos-, Currys-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, pay_later, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

LOC = LOCALES["gb"]


def argos(rng: random.Random) -> Page:
    """Argos-like: "Cat. no. 804/1234" under the title (the structured data writes it without the slash), "Save
    £50 - Was £249.99", "Check stock and delivery", Delivery / "Reserve & collect" availability tiles, "Not
    available for delivery" and "Sorry, this item is currently unavailable"; or Currys-like: "Product code: 123456"
    beside the maker's model, "Was £… Save £…", a care plan and a recycling service with their own prices,
    "Sold out" / "Free delivery"."""
    front = rng.choice(["argos", "argos", "currys"])
    item = draw_item(rng, LOC, sale=0.45, stock=0.75, sizes="none", scale=rng.choice([1, 2]))
    chrome = Chrome.draw(rng, LOC)
    if front == "argos":
        digits = f"{rng.randrange(100, 999)}{rng.randrange(1000, 9999)}"
        shown = f"{digits[:3]}/{digits[3:]}"
        label = rng.choice(["Cat. no.", "Cat. no:"])
        code_html = f'<p class="product-catalogue-number" data-test="product-catalogue-number">{label} {shown}</p>'
        structured = digits
    else:
        shown = str(rng.randrange(100_000, 999_999))
        code_html = (
            f'<div class="product-code-block"><span>Product code: {shown}</span> <span>Manufacturer code: '
            f"{item.brand[:3].upper()}{rng.randrange(1000, 9999)}</span></div>"
        )
        structured = shown
    saving = (item.was - item.price) if item.was else None
    price = (
        f'<div class="pdp-pricing" data-test="product-price"><li class="Price"><h2>{money(item.price, LOC)}</h2></li>'
        + (
            f'<p class="was-price" data-test="product-was-price">Save {money(saving, LOC)} - Was '
            f"{money(item.was, LOC)}</p>"
            if item.was and saving
            else ""
        )
        + "</div>"
    )
    if front == "argos":
        tiles = (
            '<div class="fulfilment"><div data-test="delivery-tile"><h3>Delivery</h3><p>'
            + ("Available - Get it tomorrow" if item.in_stock else "Not available for delivery")
            + '</p></div><div data-test="collection-tile"><h3>Reserve &amp; collect</h3><p>'
            + ("In stock at Croydon store" if item.in_stock else "Not available to collect")
            + "</p></div></div>"
        )
        button = (
            '<button data-test="add-to-trolley-button-button" type="button">Add to trolley</button>'
            if item.in_stock
            else '<div data-test="unavailable-message">Sorry, this item is currently unavailable.</div>'
            '<button type="button" data-test="check-stock">Check stock and delivery</button>'
        )
    else:
        tiles = (
            '<div class="delivery-options"><p>'
            + ("Free delivery - Tomorrow" if item.in_stock else "Sold out")
            + "</p><p>"
            + ("Order &amp; collect in 1 hour" if item.in_stock else "Not available for collection")
            + "</p></div>"
        )
        care = (item.price * Decimal("0.12")).quantize(Decimal("1")) + Decimal("0.99")
        button = (
            '<div class="care-plan"><label><input type="checkbox"> Care &amp; Repair - '
            f'{money(care, LOC)} a year</label></div><div class="recycling"><label><input type="checkbox"> '
            f"Recycle your old product - {money(Decimal('19.99'), LOC)}</label></div>"
            + (
                '<button class="btn add-to-basket" type="submit">Add to basket</button>'
                if item.in_stock
                else '<button class="btn notify" type="button">Email me when back in stock</button>'
            )
        )
    main = (
        f'<section class="product-details"><h1 data-test="product-title"><span>{esc(item.brand)} {esc(item.name)}'
        f"</span></h1>{code_html}"
        f'<div class="rating">{rng.randrange(30, 50) / 10} ({rng.randrange(3, 900)})</div>'
        f"{price}{pay_later(rng, LOC, item)}{tiles}{button}"
        f'<div class="product-description"><h2>Description</h2><p>{esc(item.description)}</p></div></section>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": structured,
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "GBP",
            "availability": schema_stock(item.in_stock),
            "url": f"/product/{structured}",
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="ProductCardstyles__Wrapper"><a href="/product/{rng.randrange(1000000, 9999999)}">'
            f'{esc(name)}</a><div class="ProductCardstyles__PriceText">{money(amount, LOC)}</div>'
            f'<button type="button">{"Add to trolley" if stock else "Out of stock"}</button></div>'
        )

    host = "www.argos.example" if front == "argos" else "www.currys.example"
    url = f"https://{host}/product/{slug(item.name)}-{structured}"
    page_html = wrap(
        front.capitalize(),
        LOC,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(f"Buy {item.brand} {item.name} | {front.capitalize()}", f'<link rel="canonical" href="{url}">'),
        gtm(LOC, item, structured, chrome),
        card,
    )
    return Page("argos", "", url, page_html, truth(item.price, shown, item.in_stock))
