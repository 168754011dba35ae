"""The local catalog on queries typed as shoppers type at a home-improvement shop: a word no title of the kind
uses beside the ones that name the product, and long queries of common words whose products with every word the
rarest words alone do not reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp import Client

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.server import Settings, build_server
from tests.providers.local.conftest import search_page, with_titles

pytestmark = pytest.mark.anyio

TITLES = [
    "American Standard Cadet Pull-Down Kitchen Faucet in Stainless",
    "American Standard Pull-Down Kitchen Faucet in Chrome",
    "Moen Adler Pull-Out Kitchen Faucet in Chrome",
    "Hampton Bay 52 in. Outdoor Ceiling Fan",
    "Hampton Bay 44 in. Outdoor Ceiling Fan",
    "Southwire 50 ft. Outdoor Extension Cord",
    "Glidden 9 in. x 1/2 in. Knit Paint Roller Cover",
    "Glidden 2 in. Polyester Paint Brush",
    "Commercial Electric 15 Amp Duplex Outlet",
    "BEHR DeckOver 1 gal. Textured Wood and Concrete Coating",
    "Everbilt #8 x 2-1/2 in. Coated Deck Screws",
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return with_titles(Catalog(tmp_path / "catalog.db"), TITLES)


def search(catalog: Catalog, query: str, limit: int = 10) -> SearchPage:
    return search_page(catalog, query, limit)


@pytest.mark.parametrize(
    ("query", "title", "left_out"),
    [
        # "outdoor" is in fans' and cords' titles, never beside a faucet's words.
        ("faucet pull-down cadet american standard outdoor", TITLES[0], "outdoor"),
        # "commercial" is a brand's word (Commercial Electric), not a roller cover's.
        ("glidden commercial roller cover", TITLES[6], "commercial"),
    ],
)
def test_a_word_no_product_has_with_the_others_is_left_out_and_said(
    catalog: Catalog, query: str, title: str, left_out: str
) -> None:
    page = search(catalog, query)
    assert page.products[0].title == title
    # No product has every word: none is counted as having them, and the note names the word left out.
    assert page.total == 0
    assert any(f"every word but '{left_out}'" in note for note in page.notes)
    # The kinds the left-out word would pull up come after the products with all the other words.
    kinds = [p.title for p in page.products]
    assert not any("Ceiling Fan" in t or "Outlet" in t for t in kinds[:1])


def test_two_words_no_product_has_with_the_others_are_left_out_and_said(tmp_path: Path) -> None:
    # "heavy duty" is in tool bags' titles, never beside a filter's words; no single word left out leaves
    # products with all the rest, so the words the best partial match has, and every other word some product
    # has beside them, are the query.
    found = Catalog(tmp_path / "filters.db")
    titles = [f"HDX 20 in. x 20 in. x 1 in. FPR 7 Air Filter {n}-Pack" for n in range(1, 40)]
    titles += ["HDX 20 in. x 25 in. x 1 in. FPR 7 Air Filter", "HDX 16 in. x 25 in. x 1 in. FPR 7 Air Filter"]
    titles += ["HDX Heavy Duty Tool Bag", "Husky Heavy Duty Work Gloves", "Husky Heavy Duty Air Hose"]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    page = search(found, "hdx fpr 7 20 in by 25 in by 1 in heavy duty furnace filter")
    assert page.products[0].title == "HDX 20 in. x 25 in. x 1 in. FPR 7 Air Filter"
    assert page.total == 0
    assert page.partial_from == 0
    assert any("every word but 'heavy' and 'duty'" in note for note in page.notes)


def test_a_long_query_leaves_out_no_word_when_its_best_match_has_half_of_them_or_fewer(tmp_path: Path) -> None:
    found = Catalog(tmp_path / "few.db")
    titles = ["Acme Red Garden Hose", "Acme Blue Garden Hose", "Zeta Brass Hose Nozzle", "Omega Steel Rake"]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    page = search(found, "garden hose omega zeta brass steel rake nozzle blue")
    assert not any("every word but" in note for note in page.notes)


def test_when_either_of_two_words_could_be_left_out_neither_is(catalog: Catalog) -> None:
    # Without "behr": coated deck screws; without "deck": BEHR's coating. Which one was not meant is unknown.
    page = search(catalog, "behr deck coating")
    assert not any("every word but" in note for note in page.notes)
    assert page.products[0].title == "BEHR DeckOver 1 gal. Textured Wood and Concrete Coating"


def test_of_two_words_that_could_be_left_out_the_one_leaving_the_rest_as_typed_is(tmp_path: Path) -> None:
    # Without "home": "DeckOver 1" side by side in BEHR's coating; without "deckover": "1" and "home" only apart
    # in Home Decorators' light kits. The shopper's "home" names nothing.
    found = Catalog(tmp_path / "deck.db")
    titles = [f"Home Decorators Collection 1-Light Ceiling Fan Light Kit {n}" for n in range(5)]
    titles += ["BEHR DeckOver 1 gal. Textured Wood and Concrete Coating", "BEHR DeckOver 5 gal. Smooth Coating"]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    page = search(found, "deckover 1 home")
    assert page.products[0].title == "BEHR DeckOver 1 gal. Textured Wood and Concrete Coating"
    assert page.total == 0
    assert any("every word but 'home'" in note for note in page.notes)


def test_every_word_found_together_needs_no_word_left_out(catalog: Catalog) -> None:
    page = search(catalog, "american standard cadet faucet")
    assert page.total == 1
    assert page.products[0].title == TITLES[0]
    assert not any("every word but" in note for note in page.notes)


def test_a_long_query_finds_the_products_with_every_word_past_its_rarest_words(tmp_path: Path) -> None:
    # The rarest words ("acme", "foam") have many short titles of their own, which BM25 over them alone ranks
    # above the long title with every word; the common ones ("pipe", "wrap", ...) are in hundreds of titles.
    found = Catalog(tmp_path / "long.db")
    titles = [f"Acme Foam Block {n}" for n in range(150)]
    titles += [f"Brand{n % 7} Pro Pipe Wrap Insulation Sleeve Tape Kit {n}" for n in range(700)]
    wanted = "Acme Foam Pro Pipe Wrap Insulation Sleeve Tape Kit with Self-Sealing Seam and Extra Long Reach"
    titles.append(wanted)
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    page = search(found, "acme foam pro pipe wrap insulation sleeve tape kit")
    assert page.total == 1
    assert page.products[0].title == wanted
    assert page.partial_from == 1


async def test_search_products_leaves_out_the_one_word_no_product_has_with_the_others(tmp_path: Path) -> None:
    shop = Catalog(tmp_path / "aisle.db")
    shop.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(TITLES)])
    shop.close()
    async with Client(build_server(Settings(data_dir=tmp_path))) as client:
        query = "faucet pull-down cadet american standard outdoor"
        result = await client.call_tool("search_products", {"query": query})
        assert not result.is_error, result.content
        found = result.structured_content
        assert found is not None
        assert found["products"][0]["title"] == TITLES[0]
        assert found["total"] == 0
        assert "every word but 'outdoor'" in found["note"]


def test_a_word_that_names_a_kind_of_product_is_never_the_one_left_out(tmp_path: Path) -> None:
    # No Fuji product is a lens, but lenses are what "fuji film lens" asks for: the partial matches stay ranked
    # as they were, and no note says the lens was left out.
    found = Catalog(tmp_path / "lens.db")
    titles = ["Fuji Instax Square Film 10 Pack", "Fuji Instax Mini Film", "Canon RF 50 mm Lens", "Sony FE Lens"]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    page = search(found, "fuji film lens")
    assert not any("every word but" in note for note in page.notes)
    assert any("Lens" in p.title for p in page.products)


GUN = "Everbilt {n} oz. Cordless Caulk Gun"
CAULK = "GE Silicone 2+ {n} oz. 100% Silicone Caulk in Almond"


def kind_by_kind(path: Path, guns: int, caulks: int) -> Catalog:
    """A catalog written kind by kind, as many are: every caulk gun (shorter names) before every caulk."""
    found = Catalog(path)
    titles = [GUN.format(n=n) for n in range(guns)] + [CAULK.format(n=n) for n in range(caulks)]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    return found


@pytest.mark.parametrize(
    ("guns", "caulks"),
    [
        (300, 300),  # few enough matches for BM25 over them all: its best are the shortest names, the guns
        (2_000, 1_100),  # so many that a sample of the products with the word is scored
    ],
)
def test_a_common_word_finds_the_products_it_names_not_only_its_shortest_names(
    tmp_path: Path, guns: int, caulks: int
) -> None:
    page = search(kind_by_kind(tmp_path / "caulk.db", guns, caulks), "caulk")
    assert "Silicone Caulk" in page.products[0].title


def test_pages_of_a_common_word_join_without_losing_or_repeating(tmp_path: Path) -> None:
    catalog = kind_by_kind(tmp_path / "pages.db", 150, 150)
    seen: list[str] = []
    for offset in range(0, 300, 40):
        page = catalog.search(SearchRequest(query="caulk", filters=SearchFilters(), offset=offset, limit=40))
        seen.extend(p.id for p in page.products)
    assert len(seen) == len(set(seen)) == 300


def test_the_kind_typed_first_is_the_kind_asked_when_the_last_word_is_no_products_kind(tmp_path: Path) -> None:
    # "toro" (the last word) is every product's brand and none's kind; "reel" is what the shopper asks for.
    found = Catalog(tmp_path / "reels.db")
    titles = ["Toro 200 ft. Hose Reel Cart", "Toro 200 ft. Hose Cart Reel", "Toro 200 ft. Reel Hose Cart"]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    assert search(found, "hose reel 200 foot toro").products[0].title == "Toro 200 ft. Hose Cart Reel"
    # A last word that is the kind of some product stays the head.
    assert search(found, "toro reel cart").products[0].title != "Toro 200 ft. Hose Cart Reel"


def test_a_run_together_word_is_split_in_a_long_query_and_past_a_slip_that_fits_nothing(tmp_path: Path) -> None:
    found = Catalog(tmp_path / "split.db")
    titles = ["Husqvarna 20 in. Cordless Lawn Mower", "Husqvarna 20 in. Replacement Lawn Mower Blade"]
    titles += ["Greenworks 20 in. Replacement Lawn Mower Blade", "Husqvarna 20 in. Cordless Leaf Blower"]
    titles += ["KILZ 2-1/2 in. Polyester Paint Brush", "HDX 2-1/2 in. Flat Paint Brush"]
    # "brs" (one letter from "brsh") is a word of these codes, never beside "paint".
    titles += [f"Moen BRS-{n} Shower Valve" for n in range(5)]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    page = search(found, "husqvarna cordless 20 inch lawnmower with bag")
    assert page.products[0].title == titles[0]
    assert any("'lawn mower' in place of 'lawnmower'" in note for note in page.notes)
    page = search(found, "2-1/2 polyester paintbrsh")
    assert page.products[0].title == titles[4]
    assert any("'paint brush' in place of 'paintbrsh'" in note for note in page.notes)
