"""The local catalog on a size written as its dimensions joined by "by": the kind asked for is still the last word."""

from __future__ import annotations

from pathlib import Path

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from tests.providers.local.conftest import OpenCatalog


def test_by_between_two_sizes_joins_them_and_the_kind_is_the_last_word(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    # No Everbilt product is an angle: the angles of other brands are what "3 inch by 3 in angle" asks for, not
    # Everbilt's other products ("by" between two sizes is no "made by").
    titles = [
        "Everbilt 3 in. Flat Paint Brush",
        "Everbilt 3 in. Polyester Paint Brush",
        "Everbilt #9 x 3 in. Coated Deck Screws",
        "HDX 16-Gauge 3 in. x 3 in. Galvanized Angle",
        "Simpson Strong-Tie 12-Gauge 2 in. x 2 in. Angle",
        "Everbilt Door Hinge",
    ]
    catalog = open_catalog(tmp_path / "angles.db")
    catalog.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(titles)])
    page = catalog.search(SearchRequest(query="everbilt 3 inch by 3 in angle", filters=SearchFilters(), limit=10))
    assert [p.title for p in page.products[:2]] == [titles[3], titles[4]]
    # "by" before a word that is no size still ends the kind's words ("drill by dewalt" asks for a drill).
    made_by = catalog.search(SearchRequest(query="paint brush by everbilt", filters=SearchFilters(), limit=10))
    assert made_by.products[0].title in titles[:2]
