"""Product pages as a Mercado Libre-like Latin American marketplace writes them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, schema_stock, truth, wrap
from platforms.items import NAMES, draw_item, slug
from platforms.money import LOCALES, number

WORDS = {
    "pt": dict(
        new="Novo",
        sold="vendidos",
        stock="Estoque disponível",
        qty="Quantidade:",
        unit="unidade",
        more="disponíveis",
        buy="Comprar agora",
        cart="Adicionar ao carrinho",
        paused="Anúncio pausado",
        nostock="Sem estoque",
        off="OFF",
        inst="em",
        free="sem juros",
        ship="Frete grátis",
        arrive="Chegará grátis amanhã",
        seller="Vendido por",
        related="Quem viu este produto também comprou",
        reais="reais",
        conj="e",
        cents="centavos",
        before="Antes:",
        now="Agora:",
    ),
    "es": dict(
        new="Nuevo",
        sold="vendidos",
        stock="Stock disponible",
        qty="Cantidad:",
        unit="unidad",
        more="disponibles",
        buy="Comprar ahora",
        cart="Agregar al carrito",
        paused="Publicación pausada",
        nostock="Sin stock",
        off="OFF",
        inst="en",
        free="sin interés",
        ship="Envío gratis",
        arrive="Llega gratis mañana",
        seller="Vendido por",
        related="Quienes vieron este producto también compraron",
        reais="pesos",
        conj="con",
        cents="centavos",
        before="Antes:",
        now="Ahora:",
    ),
}


def mercadolibre(rng: random.Random) -> Page:
    """Mercado Libre-like: the andes-money-amount markup (the currency symbol, the whole part with dot thousands and
    the cents in a superscript span, an aria-label in words), "12x R$ 108,33 sem juros", "Estoque disponível" and
    "(+50 disponíveis)", a paused listing with no buy buttons, the listing id in the URL (MLB-…) and nowhere a shopper
    reads it, JSON-LD Product with the same id as its sku."""
    site = rng.choice(["br", "br", "mx", "ar"])
    loc = LOCALES[site]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sale=0.45, stock=0.8, sizes="none", names=NAMES["pt" if loc.lang == "pt" else "es"])
    chrome = Chrome.draw(rng, loc)
    prefix = {"br": "MLB", "mx": "MLM", "ar": "MLA"}[site]
    listing = f"{prefix}{rng.randrange(1_000_000_000, 4_999_999_999)}"
    symbol = {"BRL": "R$", "MXN": "$", "ARS": "$"}[loc.currency]
    sold = rng.choice(["+100", "+500", "+1000", "+5mil", "25", "+50"])

    def andes(amount: Decimal, size: int = 36, strike: bool = False) -> str:
        whole = number(amount.to_integral_value(rounding="ROUND_DOWN"), loc, 0)
        cents = f"{amount % 1:.2f}"[2:]
        tag = "s" if strike else "span"
        words = f"{int(amount)} {w['reais']}" + (f" {w['conj']} {cents} {w['cents']}" if cents != "00" else "")
        return (
            f'<{tag} class="andes-money-amount{" andes-money-amount--previous" if strike else ""}" role="img" '
            f'aria-label="{words}" aria-roledescription="{"Preço" if loc.lang == "pt" else "Precio"}">'
            f'<span class="andes-money-amount__currency-symbol" aria-hidden="true">{symbol}</span>'
            f'<span class="andes-money-amount__fraction" aria-hidden="true">{whole}</span>'
            + (
                f'<span class="andes-money-amount__cents andes-money-amount__cents--superscript-{size}" '
                f'aria-hidden="true">{cents}</span>'
                if cents != "00"
                else ""
            )
            + f"</{tag}>"
        )

    months = rng.choice([6, 10, 12])
    part = (item.price / months).quantize(Decimal("0.01"))
    active = item.in_stock
    available = rng.randrange(2, 80)
    price_html = (
        '<div class="ui-pdp-price mt-16 ui-pdp-price--size-large">'
        + (f'<div class="ui-pdp-price__original-value">{andes(item.was, 16, True)}</div>' if item.was else "")
        + '<div class="ui-pdp-price__second-line">'
        + andes(item.price)
        + (
            f'<span class="ui-pdp-price__second-line__label andes-money-amount__discount">'
            f"{round((1 - item.price / item.was) * 100)}% {w['off']}</span>"
            if item.was
            else ""
        )
        + f'</div><div class="ui-pdp-price__subtitles"><p class="ui-pdp-color--BLACK">{w["inst"]} '
        f'<span class="ui-pdp-price__installments">{months}x {andes(part, 18)} {w["free"]}</span></p></div></div>'
    )
    if active:
        buybox = (
            f'<div class="ui-pdp-shipping"><p class="ui-pdp-color--GREEN">{w["arrive"]}</p></div>'
            f'<div class="ui-pdp-stock-information"><p class="ui-pdp-stock-information__title">{w["stock"]}</p></div>'
            f'<div class="ui-pdp-buybox__quantity"><p>{w["qty"]} <span>1 {w["unit"]}</span> '
            f'<span class="ui-pdp-buybox__quantity__available">(+{available} {w["more"]})</span></p></div>'
            '<div class="ui-pdp-actions"><form action="/checkout/buy" method="post">'
            f'<input type="hidden" name="item_id" value="{listing}"><button type="submit" class="andes-button '
            f'andes-button--loud"><span class="andes-button__content">{w["buy"]}</span></button></form>'
            '<form action="/cart/add" method="post"><button type="submit" class="andes-button andes-button--quiet">'
            f'<span class="andes-button__content">{w["cart"]}</span></button></form></div>'
        )
    else:
        buybox = (
            f'<div class="ui-pdp-message ui-vpp-message--warning"><p class="ui-pdp-message__title">{w["paused"]}</p>'
            f"<p>{w['nostock']}</p></div>"
        )
    main = (
        '<div class="ui-pdp-container ui-pdp-container--pdp"><div class="ui-pdp-header">'
        f'<div class="ui-pdp-header__subtitle"><span class="ui-pdp-subtitle">{w["new"]}  |  {sold} {w["sold"]}</span>'
        f'</div><h1 class="ui-pdp-title">{esc(item.name)} {esc(item.brand)}</h1></div>{price_html}{buybox}'
        f'<div class="ui-pdp-seller"><p>{w["seller"]} <a href="/perfil/{slug(item.brand)}">'
        f"{esc(item.brand.upper())}OFICIAL</a></p></div>"
        f'<div class="ui-pdp-description"><p class="ui-pdp-description__content">{esc(item.description)}</p></div>'
        "</div>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{item.name} {item.brand}",
        "sku": listing,
        "productID": listing,
        "brand": item.brand,
        "image": f"https://http2.mlstatic.com/D_NQ_NP_{listing[3:]}-O.webp",
        "offers": {
            "@type": "Offer",
            "price": float(item.price),
            "priceCurrency": loc.currency,
            "availability": schema_stock(active),
            "url": f"https://produto.mercadolivre.com.br/{listing[:3]}-{listing[3:]}-{item.handle}-_JM",
        },
    }

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<div class="ui-recommendations-card"><a href="/p/{slug(name)}"><p class="ui-recommendations-card__title">'
            f"{esc(name)}</p></a>{andes(price, 24)}</div>"
        )

    host = {
        "br": "produto.mercadolivre.com.br",
        "mx": "articulo.mercadolibre.com.mx",
        "ar": "articulo.mercadolibre.com.ar",
    }[site]
    url = f"https://{host}/{listing[:3]}-{listing[3:]}-{item.handle}-_JM"
    page_html = wrap(
        "Mercado Livre" if site == "br" else "Mercado Libre",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.75 else ""),
        head(f"{item.name} | Mercado Livre", f'<link rel="canonical" href="{url}">', loc.lang),
        card=card,
    )
    return Page("mercadolibre", "", url, page_html, truth(item.price, None, active))
