"""Product pages as Ukrainian shops (Rozetka-, Prom-, Epicentr-like) write them."""

# Written in the characters shops use (local scripts, no-break spaces, the hryvnia sign).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, number

LOC = LOCALES["ua"]


def ukrainian(rng: random.Random) -> Page:
    """Rozetka-like: "Код: 123456789" beside the rating, the price "1 299₴" with the symbol in its own span and the
    old price above it, "Є в наявності" / "Закінчився" / "Немає в наявності", "Готовий до відправлення", "Купити"
    and "Купити в кредит" with a payment per month, "Продавець: Rozetka"; or a Prom-like seller's page ("Код:
    AB-123", "В наявності", "Під замовлення", "1 299 грн.")."""
    front = rng.choice(["rozetka", "rozetka", "prom"])
    item = draw_item(rng, LOC, sale=0.45, stock=0.75, sizes="none", scale=rng.choice([1, 2]))
    chrome = Chrome.draw(rng, LOC)
    if front == "rozetka":
        code = str(rng.randrange(10**8, 4 * 10**8))
        symbol = '<span class="product-price__symbol">₴</span>'
        price = (
            '<div class="product-price">'
            + (f'<p class="product-price__small">{number(item.was, LOC)}{symbol}</p>' if item.was else "")
            + f'<p class="product-price__big{" product-price__big-color-red" if item.was else ""}">'
            f"{number(item.price, LOC)}{symbol}</p></div>"
        )
        if item.in_stock:
            stock = rng.choice(["Є в наявності", "Готовий до відправлення", "Закінчується"])
            button = (
                '<button class="buy-button button--green" type="button">Купити</button><button class="button--'
                f'credit" type="button">Купити в кредит від {number((item.price / 10).quantize(Decimal(1)), LOC)} '
                "₴/міс</button>"
            )
        else:
            stock = rng.choice(["Закінчився", "Немає в наявності"])
            button = '<button class="button--gray" type="button">Повідомити про наявність</button>'
        code_html = f'<p class="product__code detail-code">Код:&nbsp;{code}</p>'
        seller = '<p class="product-seller__title">Продавець: <strong>Rozetka</strong></p>'
    else:
        code = f"{item.brand[:2].upper()}-{rng.randrange(10, 9999)}"
        price = (
            '<div data-qaid="product_price_block">'
            + (f'<span data-qaid="old_price">{number(item.was, LOC)} грн.</span>' if item.was else "")
            + f'<span data-qaid="product_price">{number(item.price, LOC)}</span>'
            f'<span data-qaid="currency">грн.</span></div>'
        )
        stock = rng.choice(["В наявності", "Під замовлення"]) if item.in_stock else "Немає в наявності"
        button = (
            '<button data-qaid="buy-button" type="button">Купити</button>'
            if item.in_stock
            else '<button data-qaid="disabled_button" type="button" disabled>Немає в наявності</button>'
        )
        code_html = f'<span data-qaid="product-sku">Код: {code}</span>'
        seller = f'<div data-qaid="company_name">ФОП {esc(item.brand)} Store</div>'
    main = (
        f'<div class="product-about"><h1 class="product__title">{esc(item.brand)} {esc(item.name)}</h1>'
        f'<div class="product__rating">{rng.randrange(1, 400)} відгуків</div>{code_html}'
        f'<div class="product-trade">{price}<p class="status-label">{stock}</p>{button}</div>{seller}'
        f'<div class="product-about__description"><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": code,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price}",
            "priceCurrency": "UAH",
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<li class="catalog-grid__cell"><a class="goods-tile__heading" '
            f'href="/{slug(name)}/p{rng.randrange(10**8, 4 * 10**8)}/">'
            f'{esc(name)}</a><span class="goods-tile__price-value">{number(amount, LOC)}</span>'
            f'<span class="goods-tile__price-currency">₴</span></li>'
        )

    host = "rozetka.example" if front == "rozetka" else "prom.example"
    url = f"https://{host}/ua/{item.handle}/p{code}/"
    page_html = wrap(
        front.capitalize(),
        LOC,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.65 else ""),
        head(f"{item.brand} {item.name} – {front}", f'<link rel="canonical" href="{url}">', "uk"),
        gtm(LOC, item, code, chrome),
        card,
    )
    return Page("ukrainian", "", url, page_html, truth(item.price, code, item.in_stock))
