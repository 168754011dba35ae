"""Product pages as Russian-language shops (Ozon-, Wildberries-like and shops on 1C-Bitrix) write them."""

# Written in the characters shops use (local scripts and their digits, no-break spaces, multiplication signs).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

LOC = LOCALES["ru"]


def russian(rng: random.Random) -> Page:
    """A Russian shop: "12 990 ₽" (a no-break or thin space for thousands, sometimes "руб."), "Артикул:" or
    "Код товара:", the old price struck through with "-25%", a card price ("с Картой") below the ordinary one,
    "Рассрочка от 1 083 ₽/мес", "В наличии" / "Нет в наличии", "Добавить в корзину" / "Купить в 1 клик",
    "Сообщить о поступлении", Bitrix's microdata or JSON-LD."""
    item = draw_item(rng, LOC, sale=0.5, stock=0.75, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, LOC)
    front = rng.choice(["market", "bitrix"])
    code = str(rng.randrange(10_000_000, 1_999_999_999)) if front == "market" else f"{rng.randrange(10000, 99999)}"
    label = "Артикул" if front == "market" or rng.random() < 0.6 else "Код товара"
    rub = rng.random() < 0.3

    def price(amount: Decimal) -> str:
        text = money(amount, LOC)
        return text.replace("₽", "руб.") if rub else text

    card_price = (
        (item.price * Decimal("0.95")).quantize(Decimal(10)) if front == "market" and rng.random() < 0.5 else None
    )
    monthly = (item.price / 12).quantize(Decimal(1))
    if item.in_stock:
        stock = (
            f'<div class="product-stock product-stock--yes">В наличии{rng.choice(["", ": много", " (5 шт.)"])}</div>'
        )
        buttons = (
            '<button class="btn btn-primary js-add2basket" type="button">Добавить в корзину</button>'
            '<button class="btn btn-link js-one-click" type="button">Купить в 1 клик</button>'
        )
    else:
        stock = '<div class="product-stock product-stock--no">Нет в наличии</div>'
        buttons = '<button class="btn btn-secondary" type="button">Сообщить о поступлении</button>'
    # A market shows the shopper's price (with its own card) first; the ordinary price is the one without a card.
    price_html = (
        '<div class="product-price">'
        + (
            f'<div class="product-price__card"><span class="product-price__value">{price(card_price)}</span> '
            '<span class="product-price__label">с Картой</span></div>'
            if card_price
            else ""
        )
        + f'<div class="product-price__current" itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        f'<meta itemprop="price" content="{item.price:.0f}"><meta itemprop="priceCurrency" content="RUB">'
        f'<link itemprop="availability" href="{schema_stock(item.in_stock)}">'
        f'<span class="price-value">{price(item.price)}</span>'
        + (' <span class="product-price__label">без Карты</span>' if card_price else "")
        + "</div>"
        + (
            f'<div class="product-price__old"><s>{price(item.was)}</s> '
            f'<span class="discount">-{round((1 - item.price / item.was) * 100)}%</span></div>'
            if item.was
            else ""
        )
        + f'<div class="product-price__credit">Рассрочка от {price(monthly)}/мес</div></div>'
    )
    main = (
        '<div class="product-detail" itemscope itemtype="https://schema.org/Product">'
        f'<h1 class="product-detail__title" itemprop="name">{esc(item.name)} {esc(item.brand)}</h1>'
        f'<div class="product-detail__code">{label}: <span class="copy-code">{code}</span></div>'
        f'<div class="product-detail__rating">★ 4,8 · {rng.randrange(5, 9000)} отзывов</div>{price_html}{stock}'
        + (
            '<div class="product-sizes"><span>Размер:</span>'
            + "".join(f'<label><input type="radio" name="size">{s}</label>' for s in item.sizes)
            + "</div>"
            if item.sizes
            else ""
        )
        + f'<div class="product-buttons">{buttons}</div><div class="product-detail__description" '
        f'itemprop="description"><h2>Описание</h2><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code,
        "brand": item.brand,
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.0f}",
            "priceCurrency": "RUB",
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="tile"><a href="/product/{slug(name)}-{rng.randrange(10**6, 10**7)}/">{esc(name)}</a>'
            f'<span class="tile__price">{price(amount)}</span><button type="button">В корзину</button></div>'
        )

    host = "www.market-ozero.ru" if front == "market" else "shop-sever.ru"
    url = f"https://{host}/product/{item.handle}-{code}/"
    page_html = wrap(
        host,
        LOC,
        chrome,
        item,
        main + (ld(data) if front == "market" and rng.random() < 0.6 else ""),
        head(f"{item.name} — купить по цене {price(item.price)}", f'<link rel="canonical" href="{url}">', "ru"),
        gtm(LOC, item, code, chrome),
        card,
    )
    return Page("russian", "", url, page_html, truth(item.price, code, item.in_stock))
