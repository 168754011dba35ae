"""Product pages as Korean open markets write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    truth,
    wrap,
)
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money, number
from platforms.vocabulary import WORDS


def korean(rng: random.Random) -> Page:
    """A Korean open-market page (Coupang-, 11st-, Gmarket-like): prices in 원, a card-discount price and monthly
    instalments beside the price, "상품번호" in the info table, "품절"/"일시품절", two buy buttons."""
    loc = LOCALES["kr"]
    w = WORDS["ko"]
    item = draw_item(rng, loc, sizes=rng.choice(["kr", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["다온마켓", "한빛몰", "누리샵"])
    host = rng.choice(["www.daonmarket.co.kr", "shop.hanbit.kr", "www.nurishop.com"])
    code = str(rng.randrange(10**9, 10**10))
    show_code = rng.random() < 0.8
    label = rng.choice(["상품번호", "상품코드"])
    won_symbol = rng.random() < 0.2
    url = f"https://{host}/vp/products/{code}" if rng.random() < 0.5 else f"https://{host}/goods/view?no={code}"

    def won(amount: Decimal) -> str:
        return f"₩{number(amount, loc)}" if won_symbol else money(amount, loc)

    card_price = (item.price * Decimal("0.93") / 10).quantize(Decimal(1)) * 10
    months = rng.choice([3, 6, 12])
    monthly = (item.price / months).quantize(Decimal(1))
    price_html = (
        '<div class="prod-price">'
        + (
            '<div class="prod-origin-price"><span class="discount-rate">'
            f"{round((1 - item.price / item.was) * 100)}"
            f'%</span><del class="origin-price">{won(item.was)}</del></div>'
            if item.was
            else ""
        )
        + f'<div class="prod-sale-price"><span class="total-price"><strong>{number(item.price, loc)}'
        + ("" if won_symbol else '<span class="unit">원</span>')
        + "</strong></span></div>"
        + (
            '<div class="prod-card-price"><span class="card-label">카드할인가</span> '
            f"<strong>{won(card_price)}</strong>"
            f"</div>"
            if rng.random() < 0.5
            else ""
        )
        + f'<div class="prod-installment">월 {won(monthly)} ({months}개월 무이자)</div></div>'
    )
    buttons = (
        f'<div class="prod-buy-btn-area"><button type="button" class="prod-cart-btn">{w["add"]}</button>'
        '<button type="button" class="prod-buy-btn">바로구매</button></div>'
        if item.in_stock
        else '<div class="prod-buy-btn-area">'
        f'<div class="oos-label">{rng.choice(["품절", "일시품절"])}</div><button type='
        '"button" class="prod-restock-btn">재입고 알림 신청</button></div>'
    )
    options = ""
    if item.sizes:
        options = (
            f'<div class="prod-option"><select class="prod-option__select" name="option"><option value="">'
            f"{w['size']} 선택</option>"
            + "".join(f'<option value="{s}">{s}{"" if item.in_stock else " (품절)"}</option>' for s in item.sizes)
            + "</select></div>"
        )
    table = (
        '<table class="prod-delivery-return-policy-table"><tbody>'
        + (f"<tr><th>{label}</th><td>{code}</td></tr>" if show_code else "")
        + f"<tr><th>브랜드</th><td>{esc(item.brand)}</td></tr><tr><th>배송비</th><td>무료배송</td></tr>"
        f"<tr><th>원산지</th><td>국내산</td></tr></tbody></table>"
    )
    main = (
        f'<div class="prod-atf"><div class="prod-image"><img src="//image.{host}/{code}.jpg" alt="{esc(item.name)}">'
        f'</div><div class="prod-buy"><div class="prod-buy-header"><a class="prod-brand-name" href="/brand/'
        f'{slug(item.brand)}">{esc(item.brand)}</a><h2 class="prod-buy-header__title">{esc(item.name)}</h2>'
        f'<div class="prod-buy-header__rating"><span class="rating-star-num" style="width:90%"></span><span class="'
        f'count">{rng.randrange(10, 9000):,}개 상품평</span></div></div>{price_html}'
        f'<div class="prod-shipping-fee-message">무료배송 · 내일({rng.choice(["목", "금", "토"])}) 도착 보장</div>'
        f'{options}{buttons}</div></div><div class="prod-description"><h3>{w["desc"]}</h3>{table}'
        f"<p>{esc(item.description)}</p></div>\n"
    )
    head_extra = f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:type" content="product">' + (
        f'<meta property="product:price:amount" content="{item.price}"><meta property="product:price:'
        f'currency" content="KRW">'
        if rng.random() < 0.5
        else ""
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="recommend-item"><a href="/vp/products/{rng.randrange(10**9, 10**10)}"><img src="/r.jpg">'
            f'<div class="name">{esc(name)}</div><div class="price-area"><strong class="price-value">'
            f"{number(price, loc)}</strong>원</div>{'' if stock else '<span class=soldout>품절</span>'}</a></li>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {shop}", head_extra, "ko"),
        gtm(loc, item, code, chrome),
        card,
    )
    return Page("korean", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))
