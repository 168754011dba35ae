"""Product pages whose content a script builds in the browser (Ecwid, a Nuxt front end, a headless Shopify)."""

from __future__ import annotations

import json
import random

from platforms.chrome import Page, esc, head, ld, schema_stock, truth
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money


def headless(rng: random.Random) -> Page:
    """A skeleton served to every visitor, the product drawn by JavaScript: Ecwid's widget (only the store and
    product ids in the HTML, sometimes with its static "ec-static" copy of the product for crawlers), a Nuxt page
    whose payload passes the values as positional arguments to a function, or a headless shop that adds JSON-LD to
    the head for search engines. What the HTML itself shows or states is the truth; nothing else is."""
    loc = LOCALES[rng.choice(["us", "gb", "de", "fr", "nl"])]
    item = draw_item(rng, loc, stock=0.75, sizes="none")
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.com"
    kind = rng.choice(["ecwid", "ecwid-static", "nuxt", "nuxt-ld"])
    code = f"{rng.randrange(10000, 99999)}"
    store_id = rng.randrange(10_000_000, 99_999_999)
    product_id = rng.randrange(100_000_000, 699_999_999)
    url = (
        f"https://{host}/products/{item.handle}-p{product_id}"
        if kind.startswith("ecwid")
        else (f"https://{host}/p/{item.handle}")
    )
    price = sku = stock = None
    body = ""
    extra = f'<link rel="canonical" href="{url}"><meta property="og:title" content="{esc(item.name)}">'
    if kind.startswith("ecwid"):
        static = ""
        if kind == "ecwid-static":
            static = (
                '<div id="static-ec-store"><div class="ec-static-container"><div class="ecwid-productBrowser-'
                f'details"><h1 class="ec-static-product-title">{esc(item.name)}</h1><div class="ec-static-price">'
                f'{money(item.price, loc)}</div><div class="ec-static-sku">SKU {code}</div>'
                f'<div class="ec-static-description">{esc(item.description)}</div></div></div></div>'
            )
            price, sku = item.price, code
        body = (
            f'<div id="my-store-{store_id}"></div>{static}<div><script data-cfasync="false" type="text/javascript" '
            f'src="https://app.ecwid.com/script.js?{store_id}&data_platform=code" charset="utf-8"></script>'
            '<script type="text/javascript">xProductBrowser("categoriesPerRow=3","views=grid(20,3) list(60) '
            f'table(60)","categoryView=grid","searchView=list","defaultProductId={product_id}","id=my-store-'
            f'{store_id}");</script></div>'
        )
    else:
        args = [item.name, str(item.price), loc.currency, item.in_stock, code, item.brand, item.description]
        payload = (
            'window.__NUXT__=(function(a,b,c,d,e,f,g){return {layout:"default",data:[{product:{name:a,'
            "price:{amount:b,currencyCode:c},availableForSale:d,sku:e,vendor:f,description:g}}],state:{cart:"
            "{lines:[]}},serverRendered:true}}(" + ",".join(json.dumps(a, ensure_ascii=False) for a in args) + "));"
        )
        body = (
            '<div id="__nuxt"><div id="__layout"><div class="app"><header class="app-header"><a href="/">'
            f'{esc(shop)}</a><a href="/cart">Cart (0)</a></header><main class="app-main"><div class="skeleton '
            'skeleton--image"></div><div class="skeleton skeleton--title"></div><div class="skeleton skeleton--'
            'price"></div></main></div></div></div>'
            f'<script>{payload}</script><script src="/_nuxt/{rng.randrange(10**7, 10**8):x}.js" defer></script>'
        )
        if kind == "nuxt-ld":
            extra += ld(
                {
                    "@context": "https://schema.org",
                    "@type": "Product",
                    "name": item.name,
                    "brand": item.brand,
                    "offers": {
                        "@type": "Offer",
                        "price": str(item.price),
                        "priceCurrency": loc.currency,
                        "availability": schema_stock(item.in_stock),
                    },
                }
            )
            price, stock = item.price, item.in_stock
    page_html = (
        head(f"{item.name} | {shop}", extra, loc.lang)
        + f"<body><noscript>You need to enable JavaScript to run this app.</noscript>{body}</body></html>\n"
    )
    return Page("headless", "", url, page_html, truth(price, sku, stock))
