"""Product pages as bookshops (Waterstones-, Blackwell's-, Thalia-, Barnes & Noble-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, truth, wrap
from platforms.items import Item, slug
from platforms.money import LOCALES, money

TITLES = {
    "en": [
        ("The Salt Road", "Mira Holt"),
        ("A Field Guide to Clouds", "Ed Kessler"),
        ("Small Rooms", "Ana Ferreira"),
        ("The Last Lighthouse Keeper", "J. T. Ward"),
        ("Cooking with Fire", "Sam Okafor"),
    ],
    "de": [
        ("Die Salzstraße", "Mira Holt"),
        ("Kleine Zimmer", "Ana Ferreira"),
        ("Der letzte Leuchtturmwärter", "J. T. Ward"),
        ("Kochen mit Feuer", "Sam Okafor"),
    ],
}

FORMATS = {
    "en": [("Paperback", 1), ("Hardback", 2), ("eBook", Decimal("0.6")), ("Audiobook", Decimal("1.5"))],
    "de": [("Taschenbuch", 1), ("Gebundene Ausgabe", 2), ("eBook", Decimal("0.7")), ("Hörbuch", Decimal("1.4"))],
}


def isbn13(rng: random.Random) -> str:
    digits = [9, 7, 8, rng.choice([0, 1, 3])] + [rng.randrange(10) for _ in range(8)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def books(rng: random.Random) -> Page:
    """A bookshop: the ISBN is the code ("ISBN: 9780141036144", "ISBN/EAN: 9783…", with hyphens on some), one per
    format: Paperback / Hardback / eBook each with its own price and ISBN, the one chosen shown; "RRP £12.99"
    struck through, "Usually dispatched within 48 hours" / "Currently unavailable" / "Not yet published" with a
    pre-order button; Book JSON-LD with workExample editions; "Customers also bought" with prices."""
    site = rng.choice(["gb", "gb", "us", "de"])
    loc = LOCALES[site]
    lang = loc.lang
    title, author = rng.choice(TITLES[lang])
    formats = rng.sample(FORMATS[lang], rng.randrange(1, 4))
    chosen = 0
    base = Decimal(rng.choice([8, 9, 10, 12, 14])) + rng.choice([Decimal("0.99"), Decimal("0.00"), Decimal("0.50")])
    prices = [(base * Decimal(m)).quantize(Decimal("0.01")) for _, m in formats]
    isbns = [isbn13(rng) for _ in formats]
    price = prices[chosen]
    rrp = None
    if rng.random() < 0.4:
        rrp = price
        price = (price * Decimal("0.8")).quantize(Decimal("0.01"))
    state = rng.choice(["in", "in", "in", "out", "pre"])
    in_stock = state != "out"
    hyphens = rng.random() < 0.3
    shown = isbns[chosen]
    if hyphens:
        shown = f"{shown[:3]}-{shown[3]}-{shown[4:8]}-{shown[8:12]}-{shown[12]}"
    item = Item(title, author, price, rrp, in_stock, [], slug(title), isbns[chosen], [], f"{title} by {author}.")
    item.related = [
        (t, (base + Decimal(rng.randrange(-2, 4))).quantize(Decimal("0.01")), True) for t, _ in TITLES[lang][:4]
    ]
    chrome = Chrome.draw(rng, loc)
    w = {
        "en": dict(
            isbn=rng.choice(["ISBN:", "ISBN13:", "ISBN"]),
            rrp="RRP",
            fmt="Format",
            pub="Publisher",
            ins="Usually dispatched within 48 hours",
            out="Currently unavailable",
            pre="Not yet published",
            add="Add to basket",
            preorder="Pre-order",
            notify="Notify me",
            by="by",
        ),
        "de": dict(
            isbn=rng.choice(["ISBN/EAN:", "ISBN:", "EAN"]),
            rrp="Gebundener Preis",
            fmt="Format",
            pub="Verlag",
            ins="Sofort lieferbar",
            out="Nicht lieferbar",
            pre="Erscheint demnächst",
            add="In den Warenkorb",
            preorder="Vorbestellen",
            notify="Benachrichtigen",
            by="von",
        ),
    }[lang]
    fmt_html = "".join(
        f'<li class="format{" format--selected" if i == chosen else ""}"><a href="/book/{slug(title)}/{b}">'
        f'<span>{f}</span> <span class="format-price">{money(price if i == chosen else p, loc)}</span></a></li>'
        for i, ((f, _), p, b) in enumerate(zip(formats, prices, isbns, strict=True))
    )
    price_html = (
        '<div class="book-price">'
        + (f'<span class="rrp">{w["rrp"]} <s>{money(rrp, loc)}</s></span>' if rrp and lang == "en" else "")
        + f'<b itemprop="price" class="price">{money(price, loc)}</b></div>'
    )
    stock = {"in": w["ins"], "out": w["out"], "pre": w["pre"]}[state]
    button = {
        "in": f'<button class="btn btn-basket" type="submit">{w["add"]}</button>',
        "out": f'<button class="btn" type="button">{w["notify"]}</button>',
        "pre": f'<button class="btn btn-basket" type="submit">{w["preorder"]}</button>',
    }[state]
    details = (
        '<div class="book-details"><h3>Details</h3><ul>'
        f'<li><b>{w["fmt"]}:</b> {formats[chosen][0]}</li><li><b>{w["isbn"]}</b> <span itemprop="isbn">{shown}'
        f"</span></li><li><b>{w['pub']}:</b> Harbour Press</li><li><b>Pages:</b> {rng.randrange(180, 640)}</li>"
        "</ul></div>"
    )
    main = (
        f'<div class="book-detail" itemscope itemtype="http://schema.org/Book"><h1 itemprop="name">{esc(title)}</h1>'
        f'<p class="author">{w["by"]} <a href="/author/{slug(author)}">{esc(author)}</a></p>'
        f'<ul class="formats">{fmt_html}</ul>{price_html}<p class="availability">{stock}</p>'
        f'<form action="/basket/add" method="post">{button}</form>{details}'
        f'<div class="synopsis"><p>{esc(item.description)}</p></div></div>\n'
    )
    stock_url = {"in": "InStock", "out": "OutOfStock", "pre": "PreOrder"}[state]
    data = {
        "@context": "https://schema.org",
        "@type": "Book",
        "name": title,
        "author": {"@type": "Person", "name": author},
        "isbn": isbns[chosen],
        "workExample": [
            {
                "@type": "Book",
                "isbn": b,
                "bookFormat": "https://schema.org/"
                + ("EBook" if f == "eBook" else "Paperback" if i == 0 else "Hardcover"),
                "offers": {
                    "@type": "Offer",
                    "price": f"{price if i == chosen else p:.2f}",
                    "priceCurrency": loc.currency,
                    "availability": f"https://schema.org/{stock_url if i == chosen else 'InStock'}",
                },
            }
            for i, ((f, _), p, b) in enumerate(zip(formats, prices, isbns, strict=True))
        ],
    }
    host = {"gb": "www.bookshop-lane.example", "us": "www.corner-books.example", "de": "www.buchhaus.example"}[site]
    url = f"https://{host}/book/{slug(title)}/{isbns[chosen]}"
    page_html = wrap(
        host,
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(f"{title} by {author} | {formats[chosen][0]}", f'<link rel="canonical" href="{url}">', lang),
        gtm(loc, item, isbns[chosen], chrome),
    )
    return Page("books", "", url, page_html, truth(price, shown, in_stock))
