"""Signed cursors: lossless, and refused when altered or replayed on another request."""

import pytest

from aisle_mcp.errors import InvalidArgument
from aisle_mcp.tools.paging import Cursors, fingerprint


def test_a_cursor_resumes_at_its_offset() -> None:
    cursors = Cursors(b"k" * 32)
    scope = fingerprint("search_products", {"q": "shoes"})
    assert cursors.decode(cursors.encode(scope, 40), scope, "search_products") == 40


def test_a_cursor_from_another_key_or_request_is_refused() -> None:
    scope = fingerprint("search_products", {"q": "shoes"})
    cursor = Cursors(b"a" * 32).encode(scope, 10)
    with pytest.raises(InvalidArgument, match="not one"):
        Cursors(b"b" * 32).decode(cursor, scope, "search_products")
    other = fingerprint("search_products", {"q": "boots"})
    with pytest.raises(InvalidArgument, match="different"):
        Cursors(b"a" * 32).decode(cursor, other, "search_products")
    for garbage in ("", "x", "!!!!", cursor[:-2]):
        with pytest.raises(InvalidArgument):
            Cursors(b"a" * 32).decode(garbage, scope, "search_products")
