"""Product pages as Japanese mall shops write them."""

# Written in the characters shops use (full-width colons and yen, multiplication signs, en dashes).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    ld,
    schema_stock,
    truth,
    wrap,
)
from platforms.items import draw_item
from platforms.money import LOCALES, money, number
from platforms.vocabulary import WORDS


def japanese(rng: random.Random) -> Page:
    """A Japanese mall shop (Rakuten-, Yahoo-like): "3,980円（税込）" or "￥3,980", points earned beside the price,
    a free-shipping threshold in yen, "商品番号：" with a full-width colon, "在庫あり"/"売り切れ"."""
    loc = LOCALES["jp"]
    w = WORDS["ja"]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["くらしの道具店 みなも", "アウトドアショップ 風見", "雑貨のこのは"])
    store = rng.choice(["minamo", "kazami", "konoha"])
    code = rng.choice(
        [
            f"{store}-{rng.randrange(1000, 9999)}",
            f"{rng.randrange(10**7, 10**8)}",
            f"{item.brand[:2].lower()}{rng.randrange(100, 999)}",
        ]
    )
    show_code = rng.random() < 0.85
    label = rng.choice(["商品番号", "品番", "商品コード"])
    colon = rng.choice(["：", ":", " "])
    yen_prefix = rng.random() < 0.3
    url = f"https://item.{rng.choice(['rakuten.co.jp', 'shopping.yahoo.co.jp'])}/{store}/{code}/"
    points = int(item.price / 100)

    def yen(amount: Decimal) -> str:
        return f"￥{number(amount, loc)}" if yen_prefix else money(amount, loc)

    stock_line = (
        rng.choice(["在庫あり", "残りわずか", "在庫あり（即納）"])
        if item.in_stock
        else rng.choice(["売り切れました", "在庫切れ", "SOLD OUT"])
    )
    price_html = (
        '<div class="price-area">'
        + (
            f'<div class="original-price">通常価格 <span class="strike">{yen(item.was)}</span></div>'
            if item.was
            else ""
        )
        + f'<div class="price2">{"セール価格 " if item.was else "価格 "}<span class="price--value">{yen(item.price)}'
        f'</span><span class="tax">（税込）</span><span class="shipping">送料無料</span></div>'
        f'<div class="point"><span class="point-value">{points}</span>ポイント（1倍）</div></div>'
    )
    buy = (
        f'<form action="https://basket.example.jp/rms/mall/bs/cartadd/" method="post"><input type="hidden" '
        f'name="itemid" value="{rng.randrange(10**7, 10**8)}"><span class="units">{w["qty"]}</span><input type="text" '
        f'name="units" value="1" size="3"><button type="submit" class="cart-button">{w["add"]}</button>'
        "</form>"
        if item.in_stock
        else f'<div class="soldout-button">{w["sold"]}</div><a class="restock" href="#">再入荷お知らせ</a>'
    )
    options = ""
    if item.sizes:
        options = (
            '<table class="item-option"><tr><th>サイズ</th><td><select name="size">'
            + "".join(f"<option>{s}</option>" for s in item.sizes)
            + "</select></td></tr></table>"
        )
    main = (
        f'<div id="pagebody"><table width="100%" class="item-main"><tr><td class="image"><img src="https://image.'
        f'example.jp/{store}/{code}.jpg" alt="{esc(item.name)}"></td><td class="info"><span class="catch_copy">'
        f'【{esc(item.brand)}】</span><h1 class="item_name">{esc(item.name)}</h1>'
        + (f'<span class="item_number">{label}{colon}{esc(code)}</span>' if show_code else "")
        + f'{price_html}<div class="stock">{stock_line}</div>{options}{buy}</td></tr></table>'
        f'<div class="item_desc"><h2>{w["desc"]}</h2><p>{esc(item.description)}</p><p>※{number(chrome.threshold, loc)}'
        "円以上のご注文で送料無料</p></div></div>\n"
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="recommend"><a href="/{store}/{rng.randrange(1000, 9999)}/"><img src="/r.jpg"><p>'
            f'{esc(name)}</p><p class="price">{yen(price)}</p>{"" if stock else "<p>売り切れ</p>"}</a></li>'
        )

    head_extra = f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:type" content="product">'
    if rng.random() < 0.3:
        head_extra += ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": item.name,
                "brand": {"@type": "Brand", "name": item.brand},
                "offers": {
                    "@type": "Offer",
                    "price": int(item.price),
                    "priceCurrency": "JPY",
                    "availability": schema_stock(item.in_stock, False),
                },
            }
        )
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"【楽天市場】{item.name}：{shop}", head_extra, "ja"),
        gtm(loc, item, code, chrome),
        card,
    )
    return Page("japanese", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))
