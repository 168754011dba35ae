"""The local catalog weighs every word of the query in the candidates, also the common words that pick none."""

from __future__ import annotations

from pathlib import Path

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from tests.providers.local.conftest import OpenCatalog

SHORT_NAMES = ("Router Bit Set", "Rotary Tool Kit", "Cut-Off Tool", "Jig Saw", "Trim Router", "Belt Sander", "Blower")
BRANDS = ("DEWALT", "Milwaukee", "Ryobi", "RIDGID", "Bosch")


def test_the_common_words_count_in_the_candidates_the_rare_word_picks(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    # "makita" is the rare word: its 300 products are the candidates. Each other word is in hundreds of products
    # and picks none; Makita's short names, with nothing but the brand, are the best by the brand alone. The two
    # Makita drivers have every word but one: they come first.
    makita = [f"Makita {SHORT_NAMES[n % len(SHORT_NAMES)]}" for n in range(300)]
    drivers = ["Makita 18V Brushless Impact Driver", "Makita 18V Cordless Impact Driver"]
    others = [
        f"{BRANDS[n % len(BRANDS)]} 20V {'Cordless Impact Driver' if n % 2 else 'Brushless Drill'} Kit"
        for n in range(1600)
    ]
    hinges = [f"Everbilt {finish} Door Hinge" for finish in ("Zinc", "Brass", "Steel") for _ in range(1000)]
    titles = [*makita[:150], *drivers, *makita[150:], *others, *hinges]
    catalog = open_catalog(tmp_path / "makita.db")
    catalog.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(titles)])
    request = SearchRequest(query="makita brushless cordless impact driver", filters=SearchFilters(), limit=10)
    page = catalog.search(request)
    assert {p.title for p in page.products[:2]} == set(drivers)
    assert page.total == 0 and page.partial_from == 0  # none has every word
