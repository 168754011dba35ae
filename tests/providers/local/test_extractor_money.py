"""Visible prices are money only with a currency or price markup, are never two amounts merged, and are not counts
or part payments; labels and buttons are read in one normalized form of the text. Pages are written here."""

from decimal import Decimal

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor import extract_product
from aisle_mcp.providers.local.extractor.values import prices_in_text

URL = "https://shop.example/p/kettle"


def document(body: str) -> str:
    return f"<!doctype html><html><head><title>Shop</title></head><body>{body}</body></html>"


def page(body: str) -> str:
    return document(f"<h1>Steel Kettle</h1>{body}")


def test_a_price_in_a_local_script_unit_is_read_with_its_currency() -> None:
    for written, amount, currency in (("12,900원", "12900", "KRW"), ("1,280円", "1280", "JPY"), ("88元", "88", "CNY")):
        product = extract_product(page(f'<span class="price">{written}</span><button>Buy</button>'), URL)
        assert product is not None and product.price is not None, written
        assert (product.price.amount, product.price.currency) == (Decimal(amount), currency)


def test_two_amounts_side_by_side_are_never_merged_through_a_blank() -> None:
    assert [amount for amount, _ in prices_in_text("$ 24 990 19 990")] == [Decimal("24990"), Decimal(19990)]
    assert [amount for amount, _ in prices_in_text("1 299,00 €")] == [Decimal("1299.00")]
    assert [amount for amount, _ in prices_in_text("$12 . 48")] == [Decimal("12.48")]


def test_a_code_written_with_dots_is_no_amount() -> None:
    # An article number ("904.230.19") groups digits as no amount does: a thousands mark takes three digits after it.
    assert list(prices_in_text("904.230.19")) == []
    assert [amount for amount, _ in prices_in_text("1.299.000 ₫")] == [Decimal("1299000")]
    html = page('<div class="price-package"><span class="price">904.230.19</span></div><button>Add to cart</button>')
    product = extract_product(html, URL)
    assert product is None or product.price is None


def test_a_count_in_an_element_named_price_is_not_the_price() -> None:
    body = '<span class="price-count">1520</span><span class="product-price">€ 39,90</span>'
    product = extract_product(page(body), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("39.90")


def test_a_part_payment_beside_the_price_is_not_the_price() -> None:
    body = '<h1>Steel Kettle</h1><div class="buy"><span class="price-monthly">4 x 12,50 €</span></div>'
    product = extract_product(page(body + '<p class="sku">Art.-Nr.: KS-1</p>'), URL)
    assert product is not None
    assert product.price is None


def test_a_french_label_with_a_no_break_space_before_its_colon_is_read() -> None:
    body = "<p>Réf\u00a0: KT-4410</p><p>Disponibilité\u00a0: En stock</p><span class='price'>29,90\u00a0€</span>"
    product = extract_product(page(body), URL)
    assert product is not None
    assert product.sku == "KT-4410"
    assert product.availability is Availability.in_stock
    assert product.price is not None and product.price.amount == Decimal("29.90")


def test_a_buy_button_whose_label_inline_markup_splits_is_still_a_buy_button() -> None:
    body = '<span class="price">$19.99</span><button class="action"><span>Add</span>  <b>to</b>\u00a0 cart</button>'
    product = extract_product(page(body), URL)
    assert product is not None
    assert product.availability is Availability.in_stock


def test_the_block_holding_the_product_heading_is_the_products_whatever_its_class_names() -> None:
    body = (
        '<div class="pdp-header"><h1>Steel Kettle</h1><span class="price">€ 39,90</span>'
        '<p class="stock">In stock</p></div>'
        '<div class="related"><span class="price">€ 9,90</span><p class="stock">Out of stock</p></div>'
    )
    product = extract_product(document(body), URL)
    assert product is not None and product.price is not None
    assert product.title == "Steel Kettle"
    assert product.price.amount == Decimal("39.90")
    assert product.availability is Availability.in_stock


def test_a_product_heading_in_an_articles_header_element_is_the_products() -> None:
    # HTML5 sections have headers of their own: the product's article header is not the page's chrome.
    body = (
        '<header class="site-header"><a href="/">Shop</a></header><main><article><header class="pdp-header">'
        '<h1>Steel Kettle</h1><span class="price">€ 39,90</span><p class="stock">In stock</p></header></article>'
        '<aside class="recommended"><span class="price">€ 9,90</span></aside></main>'
    )
    product = extract_product(document(body), URL)
    assert product is not None and product.price is not None
    assert (product.title, product.price.amount) == ("Steel Kettle", Decimal("39.90"))
    assert product.availability is Availability.in_stock


def test_a_submit_button_in_a_form_that_asks_how_many_is_a_buy_button_in_any_language() -> None:
    form = '<form action="/order"><input type="number" name="amount" value="1"><button type="submit">➔</button></form>'
    product = extract_product(page(f'<span class="price">€ 39,90</span>{form}'), URL)
    assert product is not None
    assert product.availability is Availability.in_stock
    assert product.field_sources["availability"] == "visible:buy-button"


def test_stock_and_buy_words_of_other_scripts_are_read() -> None:
    for stock, expected in (
        ("품절", Availability.out_of_stock),
        ("Nema na stanju", Availability.out_of_stock),
        ("Na stanju", Availability.in_stock),
        ("有货", Availability.in_stock),
    ):
        product = extract_product(page(f'<span class="price">€ 39,90</span><p class="stock">{stock}</p>'), URL)
        assert product is not None and product.availability is expected, stock
    product = extract_product(page('<span class="price">₩ 39,900</span><button>장바구니 담기</button>'), URL)
    assert product is not None and product.availability is Availability.in_stock


def test_an_add_on_ticked_in_a_checkbox_beside_the_buy_box_is_not_the_price() -> None:
    plan = (
        '<div class="protection"><label><input type="checkbox" name="plan"> 4-Year Protection for'
        ' <span class="a-color-price">$3.99</span></label></div>'
    )
    for first, second in ((plan, ""), ("", plan)):
        body = f'{first}<div class="buybox"><span class="price">$29.99</span>{second}<button>Add to cart</button></div>'
        product = extract_product(page(body), URL)
        assert product is not None and product.price is not None
        assert product.price.amount == Decimal("29.99")


def test_an_add_on_labelled_beside_its_checkbox_is_not_the_price() -> None:
    body = (
        '<div class="buybox"><input type="checkbox" id="wrap"><label for="wrap">Gift wrap'
        ' <span class="price">€ 2,50</span></label><button>In den Warenkorb</button></div><p>Art.-Nr.: KS-1</p>'
    )
    product = extract_product(page(body), URL)
    assert product is not None
    assert product.price is None


def test_code_and_stock_labels_of_korean_chinese_and_japanese_are_read() -> None:
    for label, stock in (("상품번호", "재고"), ("商品编号", "库存"), ("品番", "在庫")):
        body = f"<p>{label}\uff1a KT-4410</p><p>{stock}: In stock</p><span class='price'>$29.90</span>"
        product = extract_product(page(body), URL)
        assert product is not None, label
        assert product.sku == "KT-4410", label
        assert product.availability is Availability.in_stock, label


def test_a_buy_box_whose_class_names_sound_like_page_chrome_is_the_products() -> None:
    body = (
        '<header class="site"><a href="/">Shop</a><span class="price basket-total">€ 0,00</span></header>'
        '<div class="pdp"><div class="pdp-title"><h1>Steel Kettle</h1></div>'
        '<div class="pdp-slider"><img src="/k.jpg"></div>'
        '<div class="product-header-box menu-col"><span class="price">€ 39,90</span>'
        '<p class="stock-banner">In stock</p><button class="btn header-cta">Add to cart</button></div></div>'
        '<div class="related-products"><div class="card"><span class="price">€ 9,90</span>'
        '<p class="stock">Out of stock</p></div></div>'
    )
    product = extract_product(document(body), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("39.90")
    assert product.availability is Availability.in_stock


def test_an_amount_whose_surrounding_words_make_it_a_monthly_part_payment_is_not_the_price() -> None:
    body = (
        '<div class="finance"><span>in 20 rate da</span> <b><span class="finance-price">€ 79,95</span> /mese</b></div>'
        '<p class="sku">Art.-Nr.: KS-1</p>'
    )
    product = extract_product(page(body), URL)
    assert product is not None
    assert product.price is None
