"""The reranker's reading of product names agrees with the tokenizer the index uses."""

from __future__ import annotations

from aisle_mcp.providers.local.ranking import Candidate, Weights, features, in_name, kinds, names_head, rerank
from aisle_mcp.providers.local.stems import stem, stem_all
from aisle_mcp.providers.local.tokens import name_terms, query_terms

NAMES = [
    "Sony WH-1000XM3 Wireless Noise Cancelling Headphones",
    "Corsair Hydro Series H55 Quiet Liquid CPU Cooler - 120mm (CW-9060010-WW)",
    "D'Addario NYXL0942 Nickel Guitar Strings Super Light 9-42",
    "Epson C13S051160 toner 6000 pages",
    "Kingston 8GB 1600MHz DDR3 CL10 DIMM HyperX Fury Black",
    "Café Crème Bodum 1.5 l",
    "wh 1000 xm3 headband",
    "Huawei Summit XE-123 Bike Computer",
    "Linen Shirt",
    "",
]
QUERIES = [
    "WH1000XM3",
    "wh 1000 xm3",
    "xm cooler",
    "h55 cw9060010ww 120 mm",
    "nyxl 0942 9 42",
    "ddr 3 cl 10 8gb",
    "cafe creme 1 5",
    "cycling headphones shirts",
    "xe123 xe summit",
]


def test_in_name_is_membership_in_the_names_terms() -> None:
    asked = {term for query in QUERIES for part in query_terms(query) for term in part}
    asked |= {term for name in NAMES for term in name_terms(name)}
    assert len(asked) > 100
    for name in NAMES:
        terms = name_terms(name)
        for term in asked:
            assert in_name(term, name) == (term in terms), (term, name)


POOL = [
    Candidate(1, -9.0, "Cedar Fence Picket 6 ft.", None),
    Candidate(2, -8.5, "Cedar Fence Panel", None),
    Candidate(3, -4.0, "Fence Picket", None),
    Candidate(4, -12.0, "Cedar Planter Box with Fence Picket Trim and Cedar Cedar Cedar", None, complete=False),
    Candidate(5, -2.0, "Picket", None),
]
TERMS = {"cedar": 40, "fenc": 90, "picket": 30}


def test_with_no_bonus_each_part_is_in_bm25_order() -> None:
    ranked = [c.rowid for c, _ in rerank(POOL, TERMS, 1000, "picket", tuning=Weights(0, 0, 0, 0, 0))]
    # Those with every word first, each part in BM25 order.
    assert ranked == [1, 2, 3, 5, 4]


def test_no_bonus_outweighs_a_bm25_lead_larger_than_their_bound() -> None:
    tuning = Weights()
    signs = features(POOL, TERMS, 1000, "picket")
    assert all(0 <= s.score(tuning) - s.bm25 <= tuning.bound() for s in signs)
    best = max(-c.bm25 for c in POOL)
    ranked = [c.rowid for c, _ in rerank(POOL, TERMS, 1000, "picket", tuning=tuning)]
    for a in POOL:
        for b in POOL:
            if a.complete == b.complete and (b.bm25 - a.bm25) / best > tuning.bound():
                assert ranked.index(a.rowid) < ranked.index(b.rowid)


def test_the_fitted_bonuses_favour_a_name_of_the_query_and_its_head() -> None:
    # "Fence Picket" (BM25 well behind "Cedar Fence Panel") is all query words and has the head: it passes it.
    ranked = [c.rowid for c, _ in rerank(POOL, TERMS, 1000, "picket")]
    assert ranked.index(3) < ranked.index(2)
    assert ranked[0] == 1


def test_a_names_kind_is_its_head_noun() -> None:
    assert kinds("Everbilt 1/2 in. x 10 ft. Galvanized Steel Pipe") == stem_all(["pipe"])
    assert kinds("Everbilt 24 in. Straight Pipe Wrench") == stem_all(["wrench"])
    assert kinds("Toro 21 in. Lawn Mower Blade for Recycler Mowers") == stem_all(["blade"])
    assert kinds("Hampton Bay 52 in. Outdoor Ceiling Fan with Light Kit") == stem_all(["fan"])
    assert kinds("RIDGID 18V Cordless 1/2 in. Drill/Driver Kit (Tool Only)") == stem_all(["kit"])
    assert kinds("RIDGID 18V Cordless 1/2 in. Drill/Driver") == stem_all(["drill", "driver"])
    assert kinds("Interior Paint and Primer in One, 1 gal.") == stem_all(["paint", "primer"])
    assert kinds("Sony WH-1000XM3 Wireless Noise Cancelling Headphones, Black") == stem_all(["headphones"])
    assert kinds("Kitchen Faucet Pull-Down") == stem_all(["faucet"])
    assert kinds("27-Inch") == frozenset()
    # A comma in a number is no end of the name's first part.
    assert kinds("Natural Light 1,600 CFM Gable Vent in Black") == stem_all(["vent"])
    assert kinds("Glidden Premium Interior Paint, 1 gal.") == stem_all(["paint"])


def test_a_word_made_an_adjective_with_ed_is_not_the_head() -> None:
    assert names_head("Forney 5 in. Grinding Wheel", stem("wheels"))
    assert not names_head("Toter 13 Gal. Wheeled Trash Can in Black", stem("wheel"))
    assert not names_head("Purdy 3 in. Angled Sash Brush", stem("angle"))
    assert names_head("Everbilt 3 in. Zinc-Plated Angle", stem("angle"))
    assert not names_head("Woods Lighted Outdoor Extension Cord", stem("light"))
    assert names_head("Progress Lighting 3-Light Vanity Light", stem("lights"))
    assert names_head("Veranda Deck Railing Kit", stem("railing"))
    assert names_head("Raised Garden Bed", stem("bed"))
    assert not names_head("Forney Grinding Wheel", stem("angle"))


def test_the_head_is_not_the_kind_when_a_kind_the_query_names_covers_more_of_it() -> None:
    # "black caster wheel": no product has every word. The casters have "caster" and "black", the grinding wheels
    # only the head "wheel": a name titles do not use for casters. The casters come first (the head's bonus would
    # put the wheels first).
    pool = [
        Candidate(1, -5.0, "Forney Grinding Wheel", None, complete=False),
        Candidate(2, -5.5, "Waxman Rigid Plate Caster in Black", None, complete=False),
    ]
    weights = {"black": 600, "caster": 16, "wheel": 15}
    assert [c.rowid for c, _ in rerank(pool, weights, 5000, "wheel")] == [2, 1]
    # Where the other word names no kind ("outdoor"), the head is the kind asked for.
    outdoor = [
        Candidate(1, -5.0, "Moen Kitchen Faucet", None, complete=False),
        Candidate(2, -5.0, "Hampton Bay Outdoor Wall Light", None, complete=False),
    ]
    assert [c.rowid for c, _ in rerank(outdoor, {"outdoor": 10, "faucet": 15}, 5000, "faucet")] == [1, 2]


def test_the_names_kind_decides_between_names_that_have_the_head() -> None:
    pool = [
        Candidate(1, -5.0, "Straight Pipe Wrench 14 in.", None),
        Candidate(2, -5.0, "Black Steel Pipe 10 ft.", None),
    ]
    ranked = [c.rowid for c, _ in rerank(pool, {"pipe": 50}, 1000, "pipe")]
    assert ranked == [2, 1]
    unweighted = [c.rowid for c, _ in rerank(pool, {"pipe": 50}, 1000, "pipe", tuning=Weights(kind=0))]
    assert unweighted == [1, 2]


def test_the_products_with_every_word_are_candidates_beside_a_longer_querys_rare_terms() -> None:
    from aisle_mcp.providers.local.relevance import candidates

    six = {f'"w{n}"': 300 + 100 * n for n in range(6)}
    every = " AND ".join(six)
    expression, sampled, window = candidates(six, every)
    assert not sampled and expression == f'"w0" OR ({every})'
    assert window == 300 + 300  # the rare term's products, and at most as many more as the rarest has
    name = {f'"w{n}"': 300 + 100 * n for n in range(10)}  # a product's whole name: its rare words find it
    assert "AND" not in candidates(name, " AND ".join(name))[0]


def test_a_name_stating_another_size_or_color_than_the_querys_is_not_consistent() -> None:
    pool = [
        Candidate(1, -6.0, "LaCie 2TB Mobile Drive Moon Silver", "LaCie"),
        Candidate(2, -5.0, "LaCie 4TB Mobile Drive", "LaCie"),
        Candidate(3, -5.0, "LaCie Mobile Drive Space Grey 4TB", "LaCie"),
        Candidate(4, -5.0, "LaCie Mobile Drive Silver", "LaCie"),
    ]
    terms = {"laci": 20, "4tb": 30, "mobil": 40, "drive": 90, "silver": 50}
    signs = features(pool, terms, 1000, "drive")
    assert [s.consistent for s in signs] == [0.0, 1.0, 0.0, 1.0]
    ranked = [c.rowid for c, _ in rerank(pool, terms, 1000, "drive")]
    assert ranked.index(2) < ranked.index(1)
