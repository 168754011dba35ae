"""Classified ads: a price, no product code, a seller to contact."""

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
    truth,
    wrap,
)
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money, number


def classifieds(rng: random.Random) -> Page:
    """A classifieds ad (Gumtree-, Kleinanzeigen-, Leboncoin-like): a price (sometimes "VB", negotiable), no
    product code, "Contact seller"/"Reply", view counts and a phone button; an open ad is there to be bought."""
    loc = LOCALES[rng.choice(["gb", "de", "fr", "us"])]
    item = draw_item(rng, loc, sale=0, stock=1, sizes="none")
    item.price = Decimal(rng.randrange(5, 900) * rng.choice([1, 1, 5]))
    chrome = Chrome.draw(rng, loc)
    host = {"en": "www.classifieds.example", "de": "www.kleinanzeigen.example", "fr": "www.annonces.example"}[loc.lang]
    ad = rng.randrange(10**9, 10**10)
    words = {
        "en": (
            "Contact seller",
            "Reply",
            "Show number",
            "Posted",
            "days ago",
            "views",
            "Description",
            "Condition",
            "Used - good",
            "Report ad",
            "Make an offer",
        ),
        "de": (
            "Nachricht schreiben",
            "Anfragen",
            "Nummer anzeigen",
            "Eingestellt vor",
            "Tagen",
            "Besucher",
            "Beschreibung",
            "Zustand",
            "Gut",
            "Anzeige melden",
            "Preisvorschlag",
        ),
        "fr": (
            "Contacter",
            "Répondre",
            "Voir le numéro",
            "Publiée il y a",
            "jours",
            "vues",
            "Description",
            "État",
            "Bon état",
            "Signaler l'annonce",
            "Faire une offre",
        ),
    }[loc.lang]
    negotiable = loc.lang == "de" and rng.random() < 0.5
    money_text = money(item.price, loc) if item.price % 1 else loc.pattern.format(number(item.price, loc, 0))
    url = f"https://{host}/ad/{slug(item.name)}/{ad}"
    main = (
        f'<div class="vip"><div class="vip-gallery"><img src="https://img.{host}/{ad}/1.jpg" alt="{esc(item.name)}">'
        f'</div><section class="vip-details"><h1 class="ad-title">{esc(item.name)}</h1>'
        f'<h2 class="ad-price" id="viewad-price">{money_text}{" VB" if negotiable else ""}</h2>'
        '<div class="ad-meta"><span class="ad-location">'
        f"{rng.choice(['Leeds', 'Bristol', 'München', 'Lyon', 'Austin'])}"
        f"</span> · <span>{words[3]} {rng.randrange(1, 20)} {words[4]}</span> · <span>{rng.randrange(20, 3000)} "
        f'{words[5]}</span></div><dl class="ad-attributes"><dt>{words[7]}</dt><dd>{words[8]}</dd></dl>'
        f'<div class="ad-description"><h3>{words[6]}</h3><p>{esc(item.description)} '
        f"{rng.choice(['Collection only.', 'Smoke-free home.', 'Barely used.', ''])}</p></div></section>"
        f'<aside class="seller-box"><div class="seller-name">{rng.choice(["Sam", "Jonas", "Camille", "Alex"])}</div>'
        f'<div class="seller-since">Member since 20{rng.randrange(10, 25)}</div>'
        f'<button class="button button-primary contact-seller" type="button">{rng.choice(words[:2])}</button>'
        f'<button class="button show-phone" type="button">{words[2]}</button>'
        + (f'<button class="button make-offer" type="button">{words[10]}</button>' if rng.random() < 0.4 else "")
        + f'<a class="report" href="/report/{ad}">{words[9]}</a></aside></div>\n'
    )
    if rng.random() < 0.4:
        main += ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": item.name,
                "offers": {
                    "@type": "Offer",
                    "price": f"{item.price}",
                    "priceCurrency": loc.currency,
                    "itemCondition": "https://schema.org/UsedCondition",
                    "availability": "https://schema.org/InStock",
                },
            }
        )
    item.related = [(n, Decimal(rng.randrange(5, 900)), True) for n, _, _ in item.related]
    chrome.cart_items = []
    page_html = wrap(
        "Classifieds",
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {host}", "", loc.lang),
        gtm(loc, item, str(ad), chrome),
    )
    return Page("classifieds", "", url, page_html, truth(item.price, None, True))
