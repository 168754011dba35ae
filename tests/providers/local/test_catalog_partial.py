"""The local catalog reading a slip: a letter left out before a letter changed, and a name of a kind it hides."""

from __future__ import annotations

from pathlib import Path

from tests.providers.local.conftest import OpenCatalog, search_page, with_titles


def test_a_letter_left_out_is_read_before_a_letter_changed(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    # "waher" is "washer" with a letter left out and "water" with one changed; more products have "water".
    titles = [
        *(f"Toro {2000 + 100 * n} PSI Pressure Washer" for n in range(5)),
        *(f"Toro {n} gal. Water Tank" for n in range(12)),
        *(f"Rheem {n} gal. Water Heater" for n in range(12)),
    ]
    catalog = with_titles(open_catalog(tmp_path / "waher.db"), titles)
    page = search_page(catalog, "toro waher", 5)
    assert [p.title for p in page.products] == [f"Toro {2000 + 100 * n} PSI Pressure Washer" for n in range(5)]
    assert any("'washer'" in note for note in page.notes)


def test_a_name_a_corrected_slip_completes_is_searched_as_its_other_names(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    # "power waher" is "power washer" once "waher" is read as "washer": no product has that name, and its other
    # name "pressure washer" is searched as it is for the name typed right.
    toro = [f"Toro {2000 + 100 * n} PSI Electric Pressure Washer" for n in range(4)]
    others = [f"Ryobi {2000 + 100 * n} PSI Gas Pressure Washer" for n in range(6)]
    ego = [f"EGO POWER+ {n} in. Cordless Leaf Blower" for n in range(10)]
    catalog = with_titles(open_catalog(tmp_path / "power.db"), [*ego, *others, *toro])
    for query in ("toro power washer", "toro power waher"):
        page = search_page(catalog, query, 4)
        assert {p.title for p in page.products} == set(toro), query
        assert any("'pressure washer'" in note for note in page.notes), query


def test_among_common_words_names_with_them_side_by_side_are_sampled(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    # Every word of "ceiling fan light" is in thousands of names, and the candidates are a sample of them in the
    # index's order: the exhaust fans with a light, listed first. The light kits, with the words side by side as
    # typed, are a few among them, away from where the sample's runs start.
    exhaust = [f"Broan {50 + n % 100} CFM Ceiling Mount Bathroom Exhaust Fan with Light" for n in range(2400)]
    kits = [f"Hunter {finish} Ceiling Fan Light Kit" for finish in ("White", "Black", "Bronze", "Nickel")]
    catalog = with_titles(open_catalog(tmp_path / "kits.db"), [*exhaust[:300], *kits, *exhaust[300:]])
    page = search_page(catalog, "ceiling fan light", 4)
    assert {p.title for p in page.products} == set(kits)
