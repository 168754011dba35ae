"""A shopper-style query set with graded judgments, generated at run time from a catalog CSV (the shared
``search/catalog.csv``: id, brand, title, price, cluster_id).

How a query is made (seeded, so every run makes the same set):

1. A product is drawn whose title names one of ``NOUNS`` — a fixed list of product-type words a shopper types
   ("headset", "toner", "tripod", "mattress", "wrench", ...), written by hand, not read from the ranker.
2. Its query is that noun, the way shoppers write it, after zero to two *modifiers*: its brand, or other words of
   its title that at least ``MIN_SHARED`` titles have (words of a kind, "wireless", "gaming", not its model
   number). The noun comes last ("wireless gaming headset"), or first with the modifier after "for"
   ("cartridge for epson").
3. Variations, each drawn with a fixed chance: the noun's other grammatical number ("headsets"), one typing slip
   in the noun (two letters swapped), filler and intent words in front ("i need a", "best", "gift for my dad"),
   or a price bound ("under $X", X the product's price rounded up past 25% more).

Judgments (graded, a transparent rule on the title, the brand and the data set's own product labels):

- 3: the drawn product, or another offer of the same product (same ``cluster_id``, from the data set's labels; a
  "cluster" of more than ``searchbox_queries.MAX_CLUSTER`` offers is the data set's bin of unlabelled ones, no product);
- 2: a title with the noun (either number) and every modifier, within the price bound if any;
- 1: a title with the noun (either number) and none or only some of the modifiers;
- 0: everything else (a product without the noun is not what the shopper asked for, whatever else it shares).
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

SEED = 20261207
MAX_CLUSTER = 20
MIN_SHARED = 3
NOUNS = (
    "headphones", "headset", "case", "drive", "ssd", "switch", "lens", "cartridge", "ink", "toner", "card",
    "camera", "watch", "battery", "charger", "cable", "adapter", "mouse", "keyboard", "monitor", "printer",
    "router", "tripod", "webcam", "memory", "processor", "cooler", "fan", "mattress", "jacket", "strings",
    "pedals", "tire", "wrench", "clamp", "chain", "cassette", "filter", "label", "paper", "ribbon", "mount",
    "speaker", "microphone", "helmet", "gloves", "shoes", "bag", "backpack", "tent", "lamp", "light", "tool",
    "drill", "saw", "screwdriver", "knife", "sword", "ball", "stand", "dock", "hub", "enclosure", "rack",
    "shield", "film", "glass", "cover", "strap", "bracket", "jersey", "shirt", "boots", "sneakers",
)  # fmt: skip
FILLERS = ("i need a", "best", "looking for", "a good", "gift for my dad:", "something like a", "cheap")
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset(
    ("with", "for", "and", "the", "from", "new", "of", "in", "to", "by", "on", "inch", "size", "pack", "set", "only")
)


@dataclass
class Query:
    id: str
    query: str
    kind: str
    grades: dict[str, int] = field(default_factory=dict[str, int])


def _forms(noun: str) -> set[str]:
    one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return {noun, one, one + "s", one + "es"}


def _price(text: str) -> Decimal | None:
    cleaned = re.sub(r"[^\d.]", "", text or "")
    try:
        return Decimal(cleaned) if cleaned else None
    except InvalidOperation:
        return None


def _slip(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def generate(rows: Sequence[Mapping[str, str]], count: int = 600, seed: int = SEED) -> list[Query]:
    rng = random.Random(seed)
    titles = {r["id"]: set(_WORD.findall(r["title"].lower())) for r in rows}
    brands = {r["id"]: set(_WORD.findall((r.get("brand") or "").lower())) for r in rows}
    shared = Counter(w for words in titles.values() for w in words)
    by_noun: dict[str, list[Mapping[str, str]]] = {}
    for row in rows:
        for noun in NOUNS:
            if _forms(noun) & titles[row["id"]]:
                by_noun.setdefault(noun, []).append(row)
    nouns = sorted(by_noun)
    sizes = Counter(r.get("cluster_id") or "" for r in rows)
    queries: list[Query] = []
    while len(queries) < count:
        noun = rng.choice(nouns)
        row = rng.choice(by_noun[noun])
        own = titles[row["id"]]
        kinds: list[str] = []
        pool = sorted(
            w for w in own if w not in _STOP and w not in _forms(noun) and shared[w] >= MIN_SHARED and len(w) >= 3
        )
        brand = (row.get("brand") or "").lower().strip()
        modifiers: list[str] = []
        if brand and rng.random() < 0.4:
            modifiers.append(brand)
            kinds.append("brand")
        modifiers += rng.sample(pool, min(len(pool), rng.choice((0, 1, 1, 2))))
        written = noun
        if rng.random() < 0.3:
            written = next(f for f in sorted(_forms(noun)) if f != noun and f in {noun[:-1], noun + "s"})
            kinds.append("number")
        if rng.random() < 0.12:
            written = _slip(written, rng)
            kinds.append("typo")
        if modifiers and rng.random() < 0.2:
            text = f"{written} for {' '.join(modifiers)}"
            kinds.append("for")
        else:
            text = " ".join([*modifiers, written])
        if rng.random() < 0.2:
            text = f"{rng.choice(FILLERS)} {text}"
            kinds.append("filler")
        bound: Decimal | None = None
        price = _price(row.get("price", ""))
        if price is not None and price > 0 and rng.random() < 0.15:
            bound = Decimal(math.ceil(float(price) * 1.25 / 10) * 10)
            text = f"{text} under ${bound}"
            kinds.append("price")
        wanted = {w for m in modifiers for w in _WORD.findall(m)}
        cluster = row.get("cluster_id") or ""
        grades: dict[str, int] = {}
        for other in rows:
            words = titles[other["id"]] | brands[other["id"]]
            if other["id"] == row["id"] or (0 < sizes[cluster] <= MAX_CLUSTER and other.get("cluster_id") == cluster):
                grades[other["id"]] = 3
                continue
            if not _forms(noun) & titles[other["id"]]:
                continue
            other_price = _price(other.get("price", ""))
            within = bound is None or (other_price is not None and other_price <= bound)
            grades[other["id"]] = 2 if wanted <= words and within else 1
        queries.append(Query(f"s{len(queries)}", text, "+".join(kinds) or "plain", grades))
    return queries


def ndcg(ranked: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    gains = [(2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k])]
    ideal = sorted(grades.values(), reverse=True)[:k]
    best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return sum(gains) / best if best else 0.0
