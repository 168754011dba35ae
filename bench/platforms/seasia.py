"""Product pages as South-East Asian marketplaces (Shopee-, Tokopedia-, Lazada-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

WORDS = {
    "id": dict(
        sold="Terjual",
        stock="Stok: {}",
        left="Sisa {}",
        out="Stok habis",
        cart="+ Keranjang",
        buy="Beli Langsung",
        ship="Gratis Ongkir",
        qty="Kuantitas",
        variant="Pilih variasi",
        spec="Spesifikasi Produk",
        brand="Merek",
        off="OFF",
        remind="Ingatkan Saya",
    ),
    "vi": dict(
        sold="Đã bán",
        stock="{} sản phẩm có sẵn",
        left="Chỉ còn {}",
        out="Hết hàng",
        cart="Thêm vào giỏ hàng",
        buy="Mua ngay",
        ship="Miễn phí vận chuyển",
        qty="Số lượng",
        variant="Phân loại",
        spec="Chi tiết sản phẩm",
        brand="Thương hiệu",
        off="GIẢM",
        remind="Nhắc tôi",
    ),
    "th": dict(
        sold="ขายแล้ว",
        stock="มีสินค้าทั้งหมด {} ชิ้น",
        left="เหลือ {} ชิ้น",
        out="สินค้าหมด",
        cart="เพิ่มไปยังรถเข็น",
        buy="ซื้อสินค้า",
        ship="ส่งฟรี",
        qty="จำนวน",
        variant="ตัวเลือก",
        spec="ข้อมูลจำเพาะของสินค้า",
        brand="ยี่ห้อ",
        off="ลด",
        remind="แจ้งเตือนฉัน",
    ),
}


def seasia(rng: random.Random) -> Page:
    """A South-East Asian marketplace: "Rp1.299.000", "1.299.000 ₫" / "₫1.299.000", "฿1,299"; a price range
    ("Rp45.000 - Rp89.000") until a variation is chosen, "10RB+ Terjual" / "Đã bán 1,2k", stock as a count,
    "+ Keranjang" / "Beli Langsung", flash-sale counters, a "SKU" row in Lazada-like specifications."""
    site = rng.choice(["id", "id", "vn", "th"])
    loc = LOCALES[site]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sale=0.6, stock=0.8, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    front = rng.choice(["shopee", "tokopedia", "lazada"])
    ranged = front == "shopee" and bool(item.sizes) and rng.random() < 0.5
    top = item.price * 2 if ranged else item.price
    sku = f"{rng.randrange(10**8, 10**10)}_{site.upper()}AMZ-{rng.randrange(10**9, 10**10)}"
    show_sku = front == "lazada" and rng.random() < 0.7
    count = rng.randrange(1, 900)
    sold = rng.choice(["10RB+", "1,2RB", "250+", "87"]) if site == "id" else rng.choice(["1,2k", "356", "5k+"])

    def vnd(amount: Decimal) -> str:
        text = money(amount, loc)
        return "₫" + text.replace("\u00a0₫", "") if site == "vn" and front == "shopee" else text

    price_text = f"{vnd(item.price)} - {vnd(top)}" if ranged else vnd(item.price)
    if item.in_stock:
        stock = f'<div class="stock">{(w["left"] if count < 10 else w["stock"]).format(count)}</div>'
        buttons = (
            f'<button class="btn btn-tinted btn--l" type="button">{w["cart"]}</button>'
            f'<button class="btn btn-solid-primary btn--l" type="button">{w["buy"]}</button>'
        )
    else:
        stock = f'<div class="stock stock--empty">{w["out"]}</div>'
        buttons = f'<button class="btn btn--l" type="button" disabled>{w["remind"]}</button>'
    main = (
        f'<div class="product-briefing"><div class="product-title"><span>{esc(item.name)}</span></div>'
        f'<div class="product-rating">4.9 · {sold} {w["sold"]}</div><div class="product-price">'
        + (f'<div class="price-original">{vnd(item.was)}</div>' if item.was and not ranged else "")
        + f'<div class="price-current">{price_text}</div>'
        + (
            f'<div class="price-discount">{round((1 - item.price / item.was) * 100)}% {w["off"]}</div>'
            if item.was and not ranged
            else ""
        )
        + f'</div><div class="shipping">{w["ship"]}</div>'
        + (
            f'<div class="variations"><label>{w["variant"]}</label>'
            + "".join(f'<button class="product-variation" type="button">{s}</button>' for s in item.sizes)
            + "</div>"
            if item.sizes
            else ""
        )
        + f'<div class="quantity"><label>{w["qty"]}</label><input type="number" value="1"></div>{stock}'
        f'<div class="product-actions">{buttons}</div><div class="product-detail"><h2>{w["spec"]}</h2><table>'
        f"<tr><td>{w['brand']}</td><td>{esc(item.brand)}</td></tr>"
        + (f"<tr><td>SKU</td><td>{sku}</td></tr>" if show_sku else "")
        + f"</table><p>{esc(item.description)}</p></div></div>\n"
    )
    offers: dict[str, object] = (
        {
            "@type": "AggregateOffer",
            "lowPrice": f"{item.price:.2f}",
            "highPrice": f"{top:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock, False),
        }
        if ranged
        else {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock, False),
        }
    )
    data = {
        "@context": "http://schema.org",
        "@type": "Product",
        "name": item.name,
        "brand": item.brand,
        "offers": offers,
        **({"sku": sku} if show_sku else {}),
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="shopee-search-item-result__item"><a href="/{slug(name)}-i.{rng.randrange(10**8, 10**9)}.'
            f'{rng.randrange(10**9, 10**10)}"><div class="item-name">{esc(name)}</div><div class="item-price">'
            f"{vnd(amount)}</div></a></div>"
        )

    host = {
        ("shopee", "id"): "shopee.co.id",
        ("shopee", "vn"): "shopee.vn",
        ("shopee", "th"): "shopee.co.th",
        ("tokopedia", "id"): "www.tokopedia.com",
        ("lazada", "id"): "www.lazada.co.id",
        ("lazada", "vn"): "www.lazada.vn",
        ("lazada", "th"): "www.lazada.co.th",
    }.get((front, site), f"shopee.{site}")
    url = f"https://{host}/{item.handle}-i.{rng.randrange(10**8, 10**9)}.{rng.randrange(10**9, 10**10)}"
    page_html = wrap(
        host,
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(item.name, f'<link rel="canonical" href="{url}">', loc.lang),
        card=card,
    )
    # A range is no price to pay until a variation is chosen.
    return Page(
        "seasia", "", url, page_html, truth(None if ranged else item.price, sku if show_sku else None, item.in_stock)
    )
