"""The human command line: a tool answer as lines a person reads."""

from __future__ import annotations

from aisle_mcp.server.cli import render


def test_a_search_answer_says_what_was_searched_and_leaves_out_the_agent_paging_instructions() -> None:
    answer = {
        "products": [
            {
                "id": "local:1",
                "title": "Rain Jacket",
                "brand": "Cairnline",
                "price": {"amount": "64.99", "currency": "USD"},
                "availability": "in_stock",
                "url": "https://shop.example/p/1",
            }
        ],
        "total": 8,
        "total_exact": True,
        "matched_text": "waterproof jacket",
        "filters_applied": {"price_max": "200", "brand": "Cairnline"},
        "filters_from_query": ["price_max", "sort"],
        "sort": "price_asc",
        "next_cursor": "eyJz",
        "note": "Searched for 'jacket' in place of 'jackt', which no product has. Showing 1-1 of 8. "
        "Call search_products again with the same arguments and cursor=next_cursor for more.",
    }
    lines = render(answer).splitlines()
    assert lines[0] == (
        "Searched for 'waterproof jacket'; price_max 200 (from the query); brand Cairnline; "
        "sorted price_asc (from the query)"
    )
    assert lines[1] == "  1. Rain Jacket"
    assert lines[-2] == "8 in all; a larger --limit shows more"
    assert lines[-1] == "Searched for 'jacket' in place of 'jackt', which no product has."


def test_an_inventory_page_without_more_has_no_paging_hint() -> None:
    lines = render({"products": [], "total": 0, "total_exact": True, "provider": "local"}).splitlines()
    assert lines == ["0 in all"]


def test_an_extracted_product_read_from_another_url_than_its_own_says_which() -> None:
    product = {"id": "local:2", "title": "Kettle", "url": "https://shop.example/kettle"}
    answer = {
        "job_id": "job_1",
        "status": "completed",
        "progress": {"total_urls": 2, "urls_done": 2, "products_found": 2, "urls_failed": 0},
        "products": [
            {**product, "requested_url": "https://shop.example/kettle?ref=mail"},
            {**product, "id": "local:3", "requested_url": "https://shop.example/kettle"},
        ],
    }
    lines = render(answer).splitlines()
    assert lines[0] == "job job_1: completed — 2/2 pages read, 2 products, 0 failed"
    assert "read from https://shop.example/kettle?ref=mail" in lines[4]
    assert len(lines) == 8  # the second product's page is its own address: nothing more to say


def test_a_search_with_no_meaningful_word_says_why_without_claiming_to_have_listed_anything() -> None:
    note = "Nothing matched the meaningful words: 'something' says what kind of answer is wanted, not what product."
    answer = {"products": [], "total": 0, "total_exact": True, "filters_applied": {}, "note": note}
    assert render(answer).splitlines() == ["0 in all", note]
