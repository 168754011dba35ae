"""The page's tree and the nodes its readers ask for: found by the walk that builds it or on first ask, alike."""

from aisle_mcp.providers.local.extractor.page import parse_page
from aisle_mcp.providers.local.extractor.scan import scan

URL = "https://shop.example/p/kettle"


def marked(body: str, kind: str) -> list[str]:
    html = f"<!doctype html><html><head><title>Kettle</title></head><body>{body}</body></html>"
    page = parse_page(html, scan(html, URL))
    return [node.attributes.get("content") or node.text(deep=True) for node in page.marked[kind]]


def test_price_elements_come_in_page_order_each_once_and_none_from_parts_a_shopper_never_sees() -> None:
    body = (
        '<noscript><span class="price">1.00</span></noscript>'
        '<template><span class="price">2.00</span></template>'
        '<span itemprop="price" content="3.00"></span>'
        # Named for the price twice over, and by its id: still one element.
        '<div class="Price-Box product-price" id="price">4.00</div>'
        '<span data-price="5.00">5.00</span>'
    )
    assert marked(body, "price") == ["3.00", "4.00", "5.00"]


def test_stock_and_code_elements_marked_by_itemprop_sit_in_page_order_among_those_named_so() -> None:
    body = (
        '<meta itemprop="availability" content="InStock">'
        '<p class="availability">In stock</p>'
        '<p id="stock-note">Only 2 left</p>'
        '<span class="sku">K-1</span>'
        '<span itemprop="productID">K-2</span>'
        '<noscript><span itemprop="sku">K-3</span></noscript>'
    )
    assert marked(body, "stock") == ["InStock", "In stock", "Only 2 left"]
    assert marked(body, "sku") == ["K-1", "K-2"]


def test_an_itemprop_value_the_page_writes_nowhere_marks_nothing() -> None:
    body = '<span itemprop="name">Kettle</span><span class="product-sku">K-1</span>'
    assert marked(body, "sku") == ["K-1"]
    assert marked(body, "stock") == []


def test_rdfa_properties_are_found_on_first_ask_outside_noscript() -> None:
    body = (
        '<div vocab="https://schema.org/" typeof="Product"><span property="name">Kettle</span>'
        '<noscript><span property="sku">K-9</span></noscript></div>'
    )
    assert marked(body, "property") == ["Kettle"]
