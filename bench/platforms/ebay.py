"""Listing pages as an eBay-like marketplace writes them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

WORDS = {
    "en": dict(
        number="eBay item number:",
        bin="Buy It Now",
        cart="Add to cart",
        watch="Add to Watchlist",
        bid="Place bid",
        current="Current bid:",
        bids="bids",
        price="Price:",
        shipping="Shipping:",
        std="Standard Shipping",
        avail="available",
        sold="sold",
        out="This item is out of stock.",
        cond="Condition:",
        new="New",
        seller="Seller's other items",
        returns="Returns:",
        approx="Approximately",
        similar="Similar sponsored items",
        ends="Ends in",
        best="or Best Offer",
    ),
    "de": dict(
        number="eBay-Artikelnr.:",
        bin="Sofort-Kaufen",
        cart="In den Warenkorb",
        watch="Auf die Beobachtungsliste",
        bid="Bieten",
        current="Aktuelles Gebot:",
        bids="Gebote",
        price="Preis:",
        shipping="Versand:",
        std="Standardversand",
        avail="verfügbar",
        sold="verkauft",
        out="Dieser Artikel ist nicht vorrätig.",
        cond="Artikelzustand:",
        new="Neu",
        seller="Andere Artikel des Verkäufers",
        returns="Rücknahmen:",
        approx="Ca.",
        similar="Ähnliche gesponserte Artikel",
        ends="Endet in",
        best="oder Preisvorschlag",
    ),
}


def ebay(rng: random.Random) -> Page:
    """eBay-like: the item number in the description tab's header and beside the title ("eBay item number:"),
    fixed price with "Buy It Now" or an auction with a current bid and a "Buy It Now" price, a shipping line with
    its own amount, "3 available / 27 sold", "This item is out of stock." on a listing that sold its last one,
    an approximate price in another currency, and sponsored similar items with prices."""
    site = rng.choice(["us", "us", "gb", "de"])
    loc = LOCALES[site]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sale=0.2, stock=0.8, sizes="none")
    chrome = Chrome.draw(rng, loc)
    number = str(rng.randrange(110_000_000_000, 406_999_999_999))
    auction = rng.random() < 0.3
    bin_price = item.price
    bid = (item.price * Decimal(rng.choice(["0.35", "0.5", "0.62"]))).quantize(Decimal("0.01"))
    shipping = Decimal(rng.choice(["0", "4.99", "5.99", "12.50"]))
    quantity = rng.randrange(1, 40)
    sold = rng.randrange(0, 300)
    in_stock = item.in_stock or auction
    prefix = {"USD": "US ", "GBP": "", "EUR": "EUR "}[loc.currency]

    def amount(value: Decimal) -> str:
        if loc.currency == "EUR":
            return f"EUR {value:.2f}".replace(".", ",")
        return prefix + money(value, loc)

    ship = (
        f'<div class="ux-labels-values__labels">{w["shipping"]}</div><div class="ux-labels-values__values">'
        + (
            f"<span class='ux-textspans--BOLD'>{'Free' if loc.lang == 'en' else 'Kostenlos'}</span> {w['std']}"
            if not shipping
            else f"<span class='ux-textspans--BOLD'>{amount(shipping)}</span> {w['std']}"
        )
        + ". See details</div>"
    )
    approx = (
        f'<div class="x-price-approx"><span class="ux-textspans--SECONDARY">{w["approx"]}</span> '
        f"<span class='x-price-approx__price'>EUR {(item.price * Decimal('0.92')).quantize(Decimal('0.01'))}</span>"
        "</div>"
        if loc.currency == "USD" and rng.random() < 0.4
        else ""
    )
    if auction:
        price_html = (
            f'<div class="x-bid-price"><div class="x-bid-price__label">{w["current"]}</div>'
            f'<div class="x-price-primary"><span class="ux-textspans">{amount(bid)}</span></div>'
            f'<div class="x-bid-count">{rng.randrange(1, 19)} {w["bids"]} · {w["ends"]} 2d 4h</div></div>'
            f'<a class="ux-call-to-action fake-btn" href="#">{w["bid"]}</a>'
            f'<div class="x-bin-price"><div class="x-bin-price__label">{w["price"]}</div>'
            f'<div class="x-price-primary"><span class="ux-textspans">{amount(bin_price)}</span></div></div>'
            f'<a class="ux-call-to-action fake-btn fake-btn--primary" href="#">{w["bin"]}</a>'
        )
    else:
        was = (
            f'<div class="x-additional-info"><span class="ux-textspans--STRIKETHROUGH">{amount(item.was)}</span></div>'
            if item.was
            else ""
        )
        best = f'<span class="ux-textspans--SECONDARY">{w["best"]}</span>' if rng.random() < 0.3 else ""
        buttons = (
            f'<a class="ux-call-to-action fake-btn fake-btn--primary" href="#">{w["bin"]}</a>'
            f'<a class="ux-call-to-action fake-btn" href="#">{w["cart"]}</a>'
            if item.in_stock
            else f'<div class="d-statusmessage"><span class="ux-textspans">{w["out"]}</span></div>'
        )
        price_html = (
            f'<div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">'
            f"{amount(item.price)}</span></div>{best}{was}{buttons}"
        )
    qty = (
        f'<div class="x-quantity__availability"><span class="ux-textspans--SECONDARY">{quantity} {w["avail"]}'
        f'</span><span class="ux-textspans--SECONDARY">{sold} {w["sold"]}</span></div>'
        if item.in_stock and not auction
        else ""
    )
    similar = "".join(
        f'<li class="s-item"><a href="/itm/{rng.randrange(10**11, 4 * 10**11)}"><span class="s-item__title">'
        f'{esc(n)}</span></a><span class="s-item__price">{amount(p)}</span>'
        f'<span class="s-item__shipping">+{amount(Decimal("4.99"))} {w["shipping"].rstrip(":").lower()}</span></li>'
        for n, p, _ in item.related
    )
    main = (
        '<div class="x-item-title"><h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">'
        f"{esc(item.brand)} {esc(item.name)}</span></h1></div>"
        f'<div class="x-item-condition"><span class="ux-textspans">{w["cond"]}</span> <span>{w["new"]}</span></div>'
        f"{price_html}{approx}{qty}<div class='ux-labels-values'>{ship}</div>"
        f'<div class="ux-labels-values"><div class="ux-labels-values__labels">{w["returns"]}</div>'
        "<div class='ux-labels-values__values'>30 days returns</div></div>"
        f'<div class="x-sellercard-atf"><a href="/str/{slug(item.brand)}">{slug(item.brand)}_outlet</a> (4871) '
        "99.6% positive</div>"
        f'<div class="tabs__content"><div class="ux-layout-section__textual-display--itemId"><span class="ux-textspans'
        f' ux-textspans--SECONDARY">{w["number"]}</span> <span class="ux-textspans ux-textspans--BOLD">{number}</span>'
        f"</div><div class='x-about-this-item'><p>{esc(item.description)}</p></div></div>"
        + (f'<div class="x-sims"><h2>{w["similar"]}</h2><ul>{similar}</ul></div>' if similar else "")
        + "\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "image": f"https://i.ebayimg.com/images/g/{number[-6:]}/s-l1600.jpg",
        "brand": {"@type": "Brand", "name": item.brand},
        "gtin13": item.gtin,
        "offers": {
            "@type": "Offer",
            "price": f"{(bid if auction else item.price):.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(in_stock),
            "itemCondition": "https://schema.org/NewCondition",
            "shippingDetails": {
                "@type": "OfferShippingDetails",
                "shippingRate": {"@type": "MonetaryAmount", "value": f"{shipping:.2f}", "currency": loc.currency},
            },
        },
    }
    tld = {"us": "com", "gb": "co.uk", "de": "de"}[site]
    url = f"https://www.ebay.{tld}/itm/{number}"
    page_html = wrap(
        "eBay",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(f"{item.brand} {item.name} | eBay", f'<link rel="canonical" href="{url}">', loc.lang),
        card=lambda n, p, s: "",
    )
    # An auction's price to pay now is its Buy It Now price; the bid is not a price a shopper can pay.
    return Page("ebay", "", url, page_html, truth(bin_price, number, in_stock))
