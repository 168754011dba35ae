"""The reranker's reading of product names agrees with the tokenizer the index uses."""

from __future__ import annotations

from aisle_mcp.providers.local.ranking import in_name
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
