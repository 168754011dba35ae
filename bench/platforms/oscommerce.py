"""Product pages of an old table-layout shop (osCommerce, xt:Commerce, Zen Cart)."""

from __future__ import annotations

import random

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    head,
    truth,
)
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money


def oscommerce(rng: random.Random) -> Page:
    """An old table-layout shop (osCommerce, xt:Commerce, Zen Cart): no structured data, the name and price in
    pageHeading cells, the model in brackets or an "Art.Nr." line, a special price after the struck one, an image
    button to add to the cart, "nicht lieferbar" as the delivery time when none is left."""
    loc = LOCALES[rng.choice(["us", "gb", "de", "de"])]
    item = draw_item(rng, loc, sizes="none")
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.{'de' if loc.lang == 'de' else 'com'}"
    pid = rng.randrange(20, 3000)
    code = rng.choice(
        [
            f"{item.brand[:3].upper()}{rng.randrange(100, 999)}",
            f"{rng.randrange(10000, 99999)}",
            f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}",
        ]
    )
    german = loc.lang == "de"
    bracket = not german and rng.random() < 0.6
    if german:
        code_line = f"<br>Art.Nr.: {esc(code)}"
        stock_line = (
            f"<br>Lieferzeit: {rng.choice(['2-3 Tage', 'sofort lieferbar', '1-2 Werktage'])}"
            if item.in_stock
            else "<br>Lieferzeit: nicht lieferbar"
        )
        tax = "<br><small>inkl. 19 % MwSt. zzgl. <a href='/shipping'>Versandkosten</a></small>"
        cart_word = "In den Warenkorb"
    else:
        code_line = "" if bracket else f"<br>Model: {esc(code)}"
        stock_line = "" if item.in_stock else "<br><span class='markProductOutOfStock'>Out of Stock</span>"
        tax = ""
        cart_word = "Add to Cart"
    title = f"{esc(item.name)}" + (f'<br><span class="smallText">[{esc(code)}]</span>' if bracket else "")
    price = (
        f'<s>{money(item.was, loc)}</s> <span class="productSpecialPrice">{money(item.price, loc)}</span>'
        if item.was
        else money(item.price, loc)
    )
    url = f"https://{host}/product_info.php?products_id={pid}"
    cart = (
        f'<form name="cart_quantity" action="https://{host}/product_info.php?products_id={pid}&amp;action=add_product"'
        f' method="post"><input type="hidden" name="products_id" value="{pid}"><input type="image" src="includes/'
        f'languages/english/images/buttons/button_in_cart.gif" border="0" alt="{cart_word}" title=" {cart_word} ">'
        "</form>"
        if item.in_stock
        else ""
    )
    rows = "".join(
        f'<tr><td class="smallText" align="center"><a href="/product_info.php?products_id={rng.randrange(20, 3000)}">'
        f"{esc(n)}</a><br>{money(p, loc)}</td></tr>"
        for n, p, _ in item.related
    )
    page_html = head(f"{shop} : {item.name}", "", loc.lang) + (
        '<body marginwidth="0" marginheight="0" topmargin="0" bottommargin="0" leftmargin="0" rightmargin="0">'
        f'<table border="0" width="100%" cellspacing="0" cellpadding="1"><tr class="headerNavigation"><td '
        f'class="headerNavigation">&nbsp;&nbsp;<a href="/" class="headerNavigation">Top</a> &raquo; <a href="/" '
        f'class="headerNavigation">Catalog</a></td><td align="right" class="headerNavigation">'
        '<a href="/shopping_cart.php"'
        f' class="headerNavigation">Cart Contents</a> ({len(chrome.cart_items)})&nbsp;&nbsp;</td></tr></table>'
        '<table border="0" width="100%" cellspacing="3" cellpadding="3"><tr><td width="125" valign="top">'
        '<table border="0" width="125"><tr><td class="infoBoxHeading">Categories</td></tr><tr><td class="boxText">'
        '<a href="/index.php?cPath=1">Hardware</a><br><a href="/index.php?cPath=2">Software</a></td></tr></table></td>'
        f'<td width="100%" valign="top"><table border="0" width="100%" cellspacing="0" cellpadding="0"><tr><td>'
        f'<table border="0" width="100%" cellspacing="0" cellpadding="0"><tr><td class="pageHeading" valign="top">'
        f'{title}</td><td class="pageHeading" align="right" valign="top">{price}{tax}</td></tr></table></td></tr>'
        f'<tr><td class="main"><table border="0" cellspacing="0" cellpadding="2" align="right"><tr><td align="center" '
        f'class="smallText"><img src="images/{pid}.jpg" border="0" alt="{esc(item.name)}" width="100" height="80">'
        f"</td></tr></table><p>{esc(item.description)}{code_line}{stock_line}</p></td></tr>"
        f'<tr><td><table border="0" width="100%" class="infoBox"><tr class="infoBoxContents"><td class="main">'
        f'<a href="/product_reviews.php?products_id={pid}"><img src="includes/languages/english/images/buttons/'
        f'button_reviews.gif" alt="Reviews"></a></td><td class="main" align="right">{cart}</td></tr></table></td></tr>'
        + (
            f'<tr><td><table border="0" width="100%"><tr><td class="infoBoxHeading">Customers who bought this product '
            f"also purchased</td></tr>{rows}</table></td></tr>"
            if rows
            else ""
        )
        + "</table></td></tr></table>"
        f'<table border="0" width="100%"><tr class="footer"><td class="footer">Copyright &copy; 2026 {esc(shop)}'
        "</td></tr></table></body></html>\n"
    )
    return Page("oscommerce", "", url, page_html, truth(item.price, code, item.in_stock))
