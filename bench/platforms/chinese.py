"""Product pages as Chinese shops write them."""

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
    truth,
    wrap,
)
from platforms.items import draw_item
from platforms.money import LOCALES
from platforms.vocabulary import WORDS


def chinese(rng: random.Random) -> Page:
    """A Chinese shop (JD-, Tmall-like): "￥199.00" split over spans, a member price beside it, "商品编号：",
    "有货"/"无货", "加入购物车", a coupon line with its own amounts."""
    loc = LOCALES["cn"]
    w = WORDS["zh"]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["优品生活旗舰店", "山川户外专营店", "木子家居官方店"])
    code = str(rng.randrange(10**11, 10**12))
    show_code = rng.random() < 0.85
    full_width = rng.random() < 0.6
    yuan_unit = rng.random() < 0.2
    url = f"https://item.{rng.choice(['jd.example.cn', 'shop.example.com.cn'])}/{code}.html"
    sign = "￥" if full_width else "¥"

    def rmb(amount: Decimal, css: str = "price") -> str:
        if yuan_unit:
            return f'<span class="{css}">{amount}元</span>'
        return f'<span class="p-price"><span>{sign}</span><span class="{css} J-p-{code}">{amount}</span></span>'

    member = (item.price * Decimal("0.95")).quantize(Decimal("0.01"))
    coupon = Decimal(rng.choice([5, 10, 20]))
    price_html = (
        '<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">'
        f'{"促销价" if item.was else "京东价"}</div><div class="dd">{rmb(item.price)}'
        + (f'<del class="p-del">{sign}{item.was}</del>' if item.was else "")
        + f'</div></div><div class="summary-plus"><span class="plus-price">PLUS会员价 {sign}{member}</span></div>'
        f'<div class="summary-quan"><span class="quan-item">满{int(item.price) + 50}减{coupon}</span></div></div>'
    )
    stock = (
        f'<div id="summary-stock"><div class="dt">配送至</div><div class="dd"><div class="store-prompt"><strong>'
        f"{w['instock'] if item.in_stock else w['out']}</strong>{'，下单后48小时内发货' if item.in_stock else ''}"
        "</div></div></div>"
    )
    buy = (
        f'<div class="btn-box"><a href="//cart.example.cn/gate.action?pid={code}&amp;pcount=1&amp;ptype=1" id="InitCart'
        f'Url" class="btn-special1 btn-lg">{w["add"]}</a><a href="#" class="btn-special2 btn-lg">立即购买</a></div>'
        if item.in_stock
        else f'<div class="btn-box"><a href="#none" class="btn-disable btn-lg">{w["add"]}</a><a id="btn-notice" '
        f'class="btn-special2 btn-lg" href="#">到货通知</a></div>'
    )
    options = ""
    if item.sizes:
        options = (
            f'<div id="choose-attr-2" class="li p-choose"><div class="dt">选择{w["size"]}</div><div class="dd">'
            + "".join(f'<div class="item"><a href="#">{s}</a></div>' for s in item.sizes)
            + "</div></div>"
        )
    main = (
        f'<div class="w"><div class="product-intro clearfix"><div class="preview-wrap"><img id="spec-img" src="//img.'
        f'example.cn/n1/{code}.jpg" alt="{esc(item.name)}"></div><div class="itemInfo-wrap"><div class="sku-name">'
        f'{esc(item.name)}</div><div class="news"><div class="item">【{esc(item.brand)}】正品保障 7天无理由退货</div>'
        "</div>"
        f'{price_html}{stock}{options}<div id="choose-btns" class="choose-btns clearfix"><div class="choose-amount">'
        f'<input class="buy-num" value="1"></div>{buy}</div></div></div><div class="detail"><div class="p-parameter">'
        '<ul class="parameter2 p-parameter-list">'
        + (f'<li title="{code}">商品编号：{code}</li>' if show_code else "")
        + f"<li>品牌：{esc(item.brand)}</li><li>商品毛重：{rng.randrange(1, 20) / 10}kg</li></ul></div>"
        f'<div class="detail-content">{esc(item.description)}</div></div></div>\n'
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="rec-item"><a href="//item.example.cn/{rng.randrange(10**11, 10**12)}.html"><div class="p-'
            f'name">{esc(name)}</div><div class="p-price">{sign}{price}</div></a></li>'
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name}【行情 报价 价格 评测】-{shop}", "", "zh-CN"),
        gtm(loc, item, code, chrome),
        card,
    )
    return Page("chinese", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))
