"""A judged set of home-improvement search-box queries, made the way a retailer's judged set is made (seeded, pure).

A real judged set from a large home-improvement shop starts from its search log and its own engine: a query is
what a shopper typed, the engine (which reads each product's description, attributes and features, not just its
title) answered it, raters were shown a few of the products it answered with and graded each 1-3, and the set
keeps the products' titles only. This module makes such a set from nothing but the vocabulary of
``judged_kinds``:

1. **The shop's products** (``products``): for each kind, families of one brand and line with their material,
   features and uses; each family comes in one to six sizes and colors (near-duplicates), each its own product with
   its own model number and popularity. A product has hidden fields (every feature, the rooms and uses its
   description names, its color and model number) and a title written from some of them as such shops write
   titles ("Hampton Bay Glendale 52 in. LED Indoor/Outdoor Ceiling Fan in Oil-Rubbed Bronze"): a title names
   the color in seven products of ten, at most two features, never a use, a model number in one in eight.
2. **The log** (``queries``): a kind is drawn by how often shoppers look for it, and one of its products by
   popularity (what a shopper had in mind); the query names a few of that product's facts as shoppers type them:
   the kind by its title name, its aisle's name ("shower faucet"), a name no title uses ("paddle fan",
   "sheetrock") or its head noun alone ("faucet"); a brand, a line, a size in any spelling ("1/2 in", "2x4x8",
   "30in", "18v", "1/2 pvc"), a color or finish as shoppers say it, a material, a feature, a use ("for bathroom",
   "outdoor"), a model number. 1-5 words; a slip in one query in ten ("toliet", "sprinkeler", keyboard slips),
   words run together in a few. ``SHAPES`` says how often each shape is drawn.
3. **What raters saw** (``_judged``): the shop's engine scores every product of the kinds the query could mean by
   its hidden fields (so a product can match a query its title does not), with noise, and raters are shown
   3-10 of its top 20 (6.4 on average), the higher ones more often.
4. **Grades**: three raters each read the query against the product's full record and grade 1-3; the grade is
   their mean (1, 1.33, ... 3). A rater's view: how well the product is the kind the words name (the named kind
   1, the aisle's other kinds 0.7-0.9, an accessory for it 0.35, a kind that only shares a word 0.3) times how
   many of the query's facts it has, plus each rater's own noise.
5. **The catalog** is every product some query of the log judged, ``id,title`` only, in a shuffled order; queries
   are drawn until it holds ``catalog_size`` products. A product no query judged is not in it; one that a query
   did not judge counts 0 for that query.
"""

from __future__ import annotations

import itertools
import math
import random
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench.judged_kinds import CATEGORY_NAMES, EXCLUSIVE, KINDS, LINEAR, SLIPS, UNITS, USE_WORDS, Color, Kind

SEED = 20261214
PER_WEIGHT = 300
"""Products a kind has per unit of its weight (1-5) before the log picks what is judged."""
CATALOG_SIZE = 54_000
TOP = 20
"""Raters are shown products from the engine's top this many."""
JUDGED = {3: 6, 4: 10, 5: 13, 6: 14, 7: 13, 8: 11, 9: 8, 10: 7}
"""How many products raters graded for one query, and how often."""
SHAPES = {
    "kind": 23,
    "brand": 11,
    "size": 13,
    "color": 8,
    "use": 8,
    "feature": 9,
    "material": 4,
    "model": 4,
    "brandonly": 3,
    "sizeonly": 2,
    "two": 11,
    "three": 4,
}
"""What a query names besides the kind ("two"/"three": that many of brand, size, color, material, feature, use)."""
PHRASES = {"name": 56, "category": 14, "other": 20, "head": 10}
"""How a query names the kind: its title name, its aisle's name, a name no title uses, its head noun alone."""
SLIP = 0.10
JOINED = 0.03
KIND_FIRST = 0.05
RATER_NOISE = 0.6
ENGINE_NOISE = 0.6
TITLE_WEIGHT = 2.0
"""The shop's engine is good, not perfect: raters see products a little worse than the best now and then."""
HEADS = {
    "faucet",
    "fan",
    "light",
    "saw",
    "drill",
    "driver",
    "screws",
    "bolt",
    "door",
    "ladder",
    "heater",
    "freezer",
    "microwave",
    "dryer",
    "outlet",
    "switch",
    "tile",
    "flooring",
    "paint",
    "stain",
    "filter",
    "valve",
    "pipe",
    "blade",
    "mower",
    "trimmer",
    "blower",
    "vacuum",
    "cabinet",
    "hose",
    "sink",
    "bathtub",
    "lock",
    "knob",
    "pull",
    "shelf",
    "moulding",
    "wire",
    "cord",
    "bulb",
    "nails",
    "hinge",
    "blinds",
    "window",
    "rug",
    "caulk",
    "mulch",
    "planter",
    "grill",
    "toilet",
    "thermostat",
    "lantern",
    "chandelier",
    "vanity",
    "washer",
}
"""Head nouns a shopper types alone for every kind they end ("faucet"); not "head", "kit" or "set"."""
_STOP = {"and", "with", "in", "for", "the", "of", "a", "to"}
_WORD = re.compile(r"[a-z0-9]+")
_DECIMAL = {"1/4": ".25", "1/2": ".5", "3/4": ".75", "1/8": ".125", "3/8": ".375", "5/8": ".625"}


@dataclass
class Product:
    id: str
    kind: Kind
    family: int
    brand: str
    line: str
    sizes: tuple[tuple[str, str], ...]
    color: Color | None
    material: str
    features: tuple[str, ...]
    uses: frozenset[str]
    model: str
    popularity: float
    title: str = ""


@dataclass
class Query:
    id: str
    query: str
    shape: str
    grades: dict[str, float] = field(default_factory=dict[str, float])
    expected: Callable[[str], float] | None = field(default=None, repr=False, compare=False)
    """The grade raters would give any product of the catalog by its id (0: a kind they would not be shown), for
    pooled judging (``judged_search``): the mean of their votes without their noise."""


def _words(text: str) -> list[str]:
    """Lowercase words with a plural's "s" dropped, as a rater reads words as the same."""
    found = _WORD.findall(text.lower().replace("-", " "))
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in found]


def _number(value: str, rng: random.Random) -> str:
    """A number as a shopper types it: "1-1/2" as "1 1/2" or "1.5", "1/2" as ".5" now and then."""
    whole, _, frac = value.partition("-")
    if frac in _DECIMAL and rng.random() < 0.25:
        return whole + _DECIMAL[frac]
    if frac and rng.random() < 0.4:
        return f"{whole} {frac}"
    if value in _DECIMAL and rng.random() < 0.1:
        return _DECIMAL[value]
    return value


def _title_measure(number: str, unit: str) -> str:
    if unit == "btu":
        number = f"{int(number):,}"
    return UNITS[unit][0].format(v=number)


def render_size(sizes: Sequence[tuple[str, str]]) -> str:
    linear = [m for m in sizes if m[1] in LINEAR]
    other = [m for m in sizes if m[1] not in LINEAR]
    parts = [" x ".join(_title_measure(n, u) for n, u in linear)] if linear else []
    return " ".join(parts + [_title_measure(n, u) for n, u in other])


def _typed_measure(number: str, unit: str, rng: random.Random) -> str:
    form = rng.choice(UNITS[unit][1])
    if unit == "btu" and rng.random() < 0.3:
        return f"{int(number) // 1000}k btu"
    typed = _number(number, rng) if unit in ("in", "ft", "hp") else number
    return form.format(v=typed, dash=number.replace("/", "-"), space=number.replace("/", " "))


def typed_size(sizes: Sequence[tuple[str, str]], rng: random.Random) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A size as a shopper types it, and the measures it names."""
    if len(sizes) >= 2 and all(u in LINEAR for _, u in sizes):
        style = rng.random()
        if style < 0.35:
            return "x".join(n for n, _ in sizes), tuple(sizes)
        if style < 0.5:
            return " x ".join(_number(n, rng) for n, _ in sizes), tuple(sizes)
        if style < 0.8:
            first = sizes[0]
            return _typed_measure(*first, rng), (first,)
        return " x ".join(_typed_measure(n, u, rng) for n, u in sizes), tuple(sizes)
    measure = rng.choice(list(sizes))
    if measure[1] in ("in", "v", "gal") and rng.random() < 0.15:
        return _number(measure[0], rng), (measure,)  # "1/2 pvc", "30 vanity"
    return _typed_measure(*measure, rng), (measure,)


def title(product: Product, rng: random.Random, differ: dict[str, bool] | None = None) -> str:
    """The title a shop writes for ``product``, in its kind's template order."""
    kind = product.kind
    parts: list[str] = []
    shown = product.features[: rng.choices((0, 1, 2), (25, 45, 30))[0]]
    tokens = kind.template.split()
    for i, token in enumerate(tokens):
        if token == "B" and product.brand and rng.random() < 0.96:
            parts.append(product.brand)
        elif token == "L" and product.line and rng.random() < 0.85:
            parts.append(product.line)
        elif token == "S" and product.sizes and (rng.random() < 0.92 or (differ or {}).get("S")):
            parts.append(render_size(product.sizes))
        elif token == "M" and product.material and not _said(product.material, parts, kind.name):
            parts.append(product.material)
        elif token == "F":
            parts.extend(f for f in shown if not _said(f, parts, kind.name))
        elif token == "N":
            parts.append(kind.name)
        elif token == "c" and product.color and (rng.random() < 0.7 or (differ or {}).get("c")):
            last = i == len(tokens) - 1
            parts.append(f"in {product.color.title}" if last else product.color.title)
    if product.model and rng.random() < 0.12:
        parts.append(product.model)
    return " ".join(parts)


def _said(part: str, parts: list[str], name: str) -> bool:
    """Whether the title has every word of ``part`` already (a "Wicker" feature after the material "Wicker")."""
    return set(_words(part)) <= set(_words(" ".join([*parts, name])))


def _clash(one: str, other: str) -> bool:
    return any(one in group and other in group for group in EXCLUSIVE)


def _model(brand: str, rng: random.Random) -> str:
    letters = "".join(w[0] for w in _WORD.findall(brand.lower())).upper()[:2] or "X"
    letters += rng.choice("ABCDEFGHJKLMNPRSTVWXZ") if rng.random() < 0.6 else ""
    return f"{letters}{rng.randint(100, 99999)}"


def products(rng: random.Random, per_weight: int = PER_WEIGHT) -> list[Product]:
    """Every product the shop has: families of one brand and line, each in a few sizes and colors."""
    made: list[Product] = []
    family = 0
    for kind in KINDS:
        brands = list(kind.brands) or [("", "")]
        brand_weights = [1 / (i + 1) ** 0.8 for i in range(len(brands))]  # a few brands carry an aisle
        target = kind.weight * per_weight
        count = 0
        while count < target:
            family += 1
            brand, line = rng.choices(brands, brand_weights)[0]
            material = rng.choice(kind.materials) if kind.materials else ""
            want = rng.randint(2, 4)
            features: list[tuple[str, str]] = []
            for feature in rng.sample(kind.features, len(kind.features)):
                if len(features) < want and not any(_clash(feature[0], f) for f, _ in features):
                    features.append(feature)
            uses = set(rng.sample(kind.uses, min(len(kind.uses), rng.randint(1, 3))))
            uses.update(use for f, use in features if use)
            base = _model(brand or kind.name, rng)
            options = [(s, c) for s in (kind.sizes or ((),)) for c in (kind.palette or (None,))]
            variants = rng.sample(options, min(len(options), rng.choices((1, 2, 3, 4, 6), (30, 25, 20, 15, 10))[0]))
            popularity = rng.paretovariate(1.6)
            plan = rng.random()  # every size and color of a family is titled alike, naming what tells them apart
            differ = {"S": len({s for s, _ in variants}) > 1, "c": len({c for _, c in variants}) > 1}
            for n, (sizes, color) in enumerate(variants):
                product = Product(
                    id="",
                    kind=kind,
                    family=family,
                    brand=brand,
                    line=line,
                    sizes=tuple(sizes),
                    color=color,
                    material=material,
                    features=tuple(f for f, _ in features),
                    uses=frozenset(uses),
                    model=f"{base}-{n + 1}" if len(variants) > 1 and rng.random() < 0.7 else f"{base}{n or ''}",
                    popularity=popularity * rng.uniform(0.3, 1.0),
                )
                product.title = title(product, random.Random(plan), differ)
                made.append(product)
                count += 1
    return made


@dataclass
class Intent:
    """What a query asks, in the products' own terms: how each kind answers its words, and the facts it names."""

    text: str
    shape: str
    kinds: dict[str, float]
    brand: str = ""
    line: str = ""
    sizes: tuple[tuple[str, str], ...] = ()
    color: str = ""
    material: list[str] = field(default_factory=list[str])
    feature: str = ""
    use: str = ""
    model: str = ""
    family: int = 0
    seed: Product | None = None

    def named(self) -> int:
        return sum(bool(x) for x in (self.brand, self.line, self.sizes, self.color, self.material, self.feature,
                                     self.use))  # fmt: skip

    def keys(self) -> list[tuple[str, str]]:
        """The facts the query names, as ``_facts`` keys."""
        keys = [("brand", self.brand), ("line", self.line), ("color", self.color), ("feature", self.feature)]
        keys += [("use", self.use), ("material", self.material[0] if self.material else "")]
        keys += [("size", f"{n} {u}") for n, u in self.sizes[:1]]
        return [(k, v) for k, v in keys if v]

    def met(self, p: Product) -> int:
        found = 0
        found += bool(self.brand) and p.brand == self.brand
        found += bool(self.line) and p.line == self.line
        found += bool(self.sizes) and set(self.sizes) <= set(p.sizes)
        found += bool(self.color) and p.color is not None and p.color.color == self.color
        found += bool(self.material) and set(self.material) <= set(_words(p.material))
        found += bool(self.feature) and self.feature in p.features
        found += bool(self.use) and self.use in p.uses
        return found

    def truth(self, p: Product) -> float:
        """How well ``p`` answers the query, 0-1, as a rater who reads its whole record sees it."""
        if self.model:
            if p.model == self.model:
                return 1.0
            return 0.8 if p.family == self.family else 0.5 * self.kinds.get(p.kind.name, 0.0)
        kind = self.kinds.get(p.kind.name, 0.0)
        asked = self.named()
        return kind * (0.3 + 0.7 * self.met(p) / asked) if asked else kind


def _facts(p: Product) -> list[tuple[str, str]]:
    """The facts of ``p`` its shop's engine finds it by, as index keys."""
    keys = [("brand", p.brand), ("line", p.line), ("material", _words(p.material)[0] if p.material else "")]
    keys += [("size", f"{n} {u}") for n, u in p.sizes]
    keys += [("color", p.color.color if p.color else "")]
    keys += [("feature", f) for f in p.features] + [("use", u) for u in p.uses]
    return [(k, v) for k, v in keys if v]


class _Vocabulary:
    """Which kinds a phrase names, and how closely, read as a rater reads it."""

    def __init__(self) -> None:
        self.by_name = {k.name: k for k in KINDS}
        self.names: dict[str, set[str]] = defaultdict(set)  # phrase words -> kinds it names outright
        self.categories: dict[str, set[str]] = defaultdict(set)
        self.heads: dict[str, set[str]] = defaultdict(set)
        self.word_kinds: dict[str, set[str]] = defaultdict(set)
        self.aisle: dict[str, set[str]] = defaultdict(set)
        self.accessories: dict[str, set[str]] = defaultdict(set)
        for k in KINDS:
            for phrase in (k.name, *k.other_names):
                self.names[" ".join(_words(phrase))].add(k.name)
            for phrase in CATEGORY_NAMES[k.category]:
                self.categories[" ".join(_words(phrase))].add(k.name)
            self.heads[_words(k.name)[-1]].add(k.name)
            for w in set(_words(k.name)) - _STOP:
                self.word_kinds[w].add(k.name)
            self.aisle[k.category].add(k.name)
            if k.accessory_of:
                self.accessories[k.accessory_of].add(k.name)

    def kinds(self, phrase: str) -> dict[str, float]:
        key = " ".join(_words(phrase))
        scores: dict[str, float] = {}

        def at_least(names: set[str], value: float) -> None:
            for name in sorted(names):  # a set's order changes from run to run; the draws that follow must not
                scores[name] = max(scores.get(name, 0.0), value)

        named = self.names.get(key, set())
        at_least(named, 1.0)
        at_least(self.categories.get(key, set()), 0.9)
        at_least(self.heads.get(key, set()), 0.85)
        for name in sorted(named | self.categories.get(key, set())):
            at_least(self.aisle[self.by_name[name].category], 0.55)
        for name in [n for n, s in scores.items() if s >= 0.85]:
            at_least(self.accessories[name], 0.35)
        for w in sorted(set(_words(phrase)) - _STOP):
            at_least(self.word_kinds.get(w, set()), 0.3)
        return scores


def _some(products: list[Product], most: int, rng: random.Random) -> list[Product]:
    return products if len(products) <= most else rng.sample(products, most)


def _slip(word: str, rng: random.Random) -> str:
    if word in SLIPS and rng.random() < 0.6:
        return rng.choice(SLIPS[word])
    i = rng.randrange(1, len(word) - 1)
    how = rng.randrange(4)
    if how == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == 1:
        return word[:i] + word[i + 1 :]
    if how == 2:
        return word[:i] + word[i] + word[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "i", "u": "y", "r": "t", "t": "r", "n": "m", "m": "n", "s": "a"}
    return word[:i] + near.get(word[i], word[i]) + word[i + 1 :]


def _typed(text: str) -> str:
    return text.lower().replace("-", " ").replace("/", " ").replace("  ", " ").strip()


class _Log:
    def __init__(self, rng: random.Random, catalog: list[Product]) -> None:
        self.rng = rng
        self.vocabulary = _Vocabulary()
        self.of_kind: dict[str, list[Product]] = defaultdict(list)
        self.of_brand: dict[str, list[Product]] = defaultdict(list)
        for p in catalog:
            self.of_kind[p.kind.name].append(p)
            if p.brand:
                self.of_brand[p.brand].append(p)
        self.facts: dict[str, dict[tuple[str, str], list[Product]]] = defaultdict(lambda: defaultdict(list))
        self.popular: dict[str, list[float]] = {}
        self.of_family: dict[int, list[Product]] = defaultdict(list)
        for p in catalog:
            for key in _facts(p):
                self.facts[p.kind.name][key].append(p)
            self.of_family[p.family].append(p)
        for name, pool in self.of_kind.items():
            self.popular[name] = list(itertools.accumulate(p.popularity for p in pool))
        self.kinds = list(KINDS)
        self.kind_weights = [float(k.weight) for k in KINDS]

    def intent(self) -> Intent | None:
        rng = self.rng
        kind = rng.choices(self.kinds, self.kind_weights)[0]
        pool = self.of_kind[kind.name]
        seed = rng.choices(pool, [p.popularity for p in pool])[0]
        shape = rng.choices(list(SHAPES), list(SHAPES.values()))[0]
        facts = {
            "brand": bool(seed.brand),
            "size": bool(seed.sizes),
            "color": seed.color is not None,
            "material": bool(seed.material),
            "feature": bool(seed.features),
            "use": bool(seed.uses),
        }
        if shape in ("two", "three"):
            have = [f for f, ok in facts.items() if ok]
            wanted = 2 if shape == "two" else 3
            if len(have) < wanted:
                return None
            chosen = rng.sample(have, wanted)
        elif shape in ("kind", "model"):
            chosen = []
        elif shape == "brandonly":
            if not seed.brand:
                return None
            chosen = ["brand"]
        elif shape == "sizeonly":
            if len(seed.sizes) < 2 or not all(u in LINEAR for _, u in seed.sizes):
                return None
            chosen = ["size"]
        else:
            if not facts[shape]:
                return None
            chosen = [shape]
        phrase_how = rng.choices(list(PHRASES), list(PHRASES.values()))[0]
        phrase = self._phrase(kind, phrase_how)
        if phrase is None:
            return None
        parts: dict[str, str] = {}
        intent = Intent(text="", shape=shape, kinds={}, seed=seed)
        for fact in chosen:
            if fact == "brand":
                parts["brand"] = seed.brand.lower()
                intent.brand = seed.brand
                if seed.line and rng.random() < 0.35:
                    parts["brand"] += " " + seed.line.lower()
                    intent.line = seed.line
            elif fact == "size":
                parts["size"], intent.sizes = typed_size(seed.sizes, rng)
            elif fact == "color" and seed.color:
                parts["color"] = rng.choice(seed.color.typed)
                intent.color = seed.color.color
            elif fact == "material":
                words = _typed(seed.material).split()
                said = words[: rng.choice((1, 2))] if len(words) > 1 else words
                parts["material"] = " ".join(said)
                intent.material = _words(" ".join(said))
            elif fact == "feature":
                feature = rng.choice(seed.features)
                parts["feature"] = _typed(feature.removeprefix("with "))
                intent.feature = feature
            elif fact == "use":
                use = rng.choice(sorted(seed.uses))
                parts["use"] = rng.choice(USE_WORDS.get(use, (use,)))
                intent.use = use
        tags = [shape]
        if shape == "model":
            model = seed.model
            typed = rng.choice((model, model.lower(), model.replace("-", ""), model.lower().replace("-", "")))
            text = typed if rng.random() < 0.7 else f"{typed} {phrase}"
            intent.model, intent.family = model, seed.family
            siblings = sorted(self.vocabulary.aisle[kind.category] - {kind.name})
            intent.kinds = {kind.name: 1.0} | dict.fromkeys(siblings, 0.55)
            return self._finish(intent, text, tags + (["phrase"] if " " in text else []), phrase)
        if shape == "brandonly":
            intent.kinds = dict.fromkeys(sorted({p.kind.name for p in self.of_brand[seed.brand]}), 1.0)
            return self._finish(intent, parts["brand"], tags)
        if shape == "sizeonly":
            intent.kinds = dict.fromkeys(sorted(self.vocabulary.aisle[kind.category]), 1.0)
            return self._finish(intent, parts["size"], tags)
        tags.append(phrase_how)
        intent.kinds = self.vocabulary.kinds(phrase)
        if kind.name not in intent.kinds:
            return None
        before = [parts[f] for f in ("brand", "size", "color", "material", "feature") if f in parts]
        words = [*before, phrase]
        if "use" in parts:
            use = parts["use"]
            if use.startswith("for ") or rng.random() < 0.4:
                words.append(use)
            else:
                words.insert(len(before), use)
        if rng.random() < KIND_FIRST and len(words) > 1:
            words.remove(phrase)
            words.insert(0, phrase)
            tags.append("kindfirst")
        text = " ".join(words)
        if len(text.split()) > 5:
            return None
        return self._finish(intent, text, tags, phrase)

    def _phrase(self, kind: Kind, how: str) -> str | None:
        rng = self.rng
        if how == "name":
            name = _typed(kind.name)
            return name + "s" if rng.random() < 0.2 and not name.endswith("s") else name
        if how == "category":
            return rng.choice(CATEGORY_NAMES[kind.category])
        if how == "other":
            return rng.choice(kind.other_names) if kind.other_names else None
        head = _typed(kind.name).split()[-1]
        return head if head in HEADS else None

    def _finish(self, intent: Intent, text: str, tags: list[str], phrase: str = "") -> Intent:
        rng = self.rng
        words = text.split()
        if rng.random() < SLIP:
            long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
            if long:
                i = rng.choice(long)
                words[i] = _slip(words[i], rng)
                tags.append("slip")
        elif len(words) >= 2 and rng.random() < JOINED:
            pairs = [i for i in range(len(words) - 1) if f"{words[i]} {words[i + 1]}" in phrase]
            if pairs:  # shoppers run a compound of the kind's name together ("ceilingfan"), not any two words
                i = rng.choice(pairs)
                words[i : i + 2] = [words[i] + words[i + 1]]
                tags.append("joined")
        intent.text = " ".join(words)
        intent.shape = "+".join(tags)
        return intent

    def judged(self, intent: Intent) -> list[tuple[Product, float]]:
        """The products raters were shown for ``intent``, with their mean grade."""
        rng = self.rng
        pool: dict[int, Product] = {}
        keys = intent.keys()
        for name, closeness in intent.kinds.items():
            near = closeness >= 0.85
            index = self.facts[name]
            having = [index.get(key, []) for key in keys]
            if having:  # the kind's products with every fact the query names, then with any
                every = set.intersection(*(set(map(id, found)) for found in having))
                whole = [p for p in having[0] if id(p) in every]
                found = [p for found in having for p in found]
                chosen = _some(whole, 200 if near else 30, rng) + _some(found, 100 if near else 20, rng)
            else:
                chosen = []
            products = self.of_kind[name]
            chosen += rng.choices(products, cum_weights=self.popular[name], k=60 if near else 12)  # popular ones
            for p in chosen:
                pool[id(p)] = p
        if intent.family:
            for p in self.of_family[intent.family]:
                pool[id(p)] = p
        scored: list[tuple[float, int, Product]] = []
        asked = set(_words(intent.text))
        for n, p in enumerate(pool.values()):
            in_title = len(asked & set(_words(p.title))) / len(asked) if asked else 0.0
            score = 2.2 * intent.kinds.get(p.kind.name, 0.0) + intent.met(p) + 0.3 * math.log(p.popularity)
            score += TITLE_WEIGHT * in_title  # the engine reads the title too, and weighs it most
            if intent.model:
                score += 3.0 if p.model == intent.model else 1.5 if p.family == intent.family else 0.0
            scored.append((score + rng.gauss(0, ENGINE_NOISE), n, p))
        scored.sort(key=lambda s: (-s[0], s[1]))
        top = [p for _, _, p in scored[:TOP]]
        count = min(len(top), rng.choices(list(JUDGED), list(JUDGED.values()))[0])
        picked: list[Product] = []
        weights = [1 / (rank + 3) for rank in range(len(top))]
        while len(picked) < count:
            i = rng.choices(range(len(top)), weights)[0]
            if weights[i]:
                picked.append(top[i])
                weights[i] = 0.0
        return [(p, self.grade(intent.truth(p))) for p in picked]

    def grade(self, truth: float) -> float:
        mean = 0.75 + 2.2 * truth  # a perfect match is 3 to most raters, not all
        votes = [min(3, max(1, round(mean + self.rng.gauss(0, RATER_NOISE)))) for _ in range(3)]
        return round(sum(votes) / 3, 2)


def generate(
    seed: int = SEED, catalog_size: int = CATALOG_SIZE, per_weight: int = PER_WEIGHT
) -> tuple[list[dict[str, str]], list[Query]]:
    """The catalog (``id``, ``title``: every product some query judged, shuffled) and the log's queries in order,
    drawn until the catalog holds ``catalog_size`` products."""
    rng = random.Random(seed)
    shop = products(rng, per_weight)
    log = _Log(rng, shop)
    queries: list[tuple[Intent, list[tuple[Product, float]]]] = []
    judged: dict[int, Product] = {}
    seen: set[str] = set()
    while len(judged) < catalog_size:
        intent = log.intent()
        if intent is None or intent.text in seen or len(intent.text.split()) > 5 or _repeats(intent.text):
            continue
        seen.add(intent.text)
        graded = log.judged(intent)
        if not graded:
            continue
        queries.append((intent, graded))
        for p, _ in graded:
            judged[id(p)] = p
    catalog = list(judged.values())
    rng.shuffle(catalog)
    for n, p in enumerate(catalog):
        p.id = str(100001 + n)
    rows = [{"id": p.id, "title": p.title} for p in catalog]
    by_id = {p.id: p for p in catalog}
    made = [
        Query(f"j{n}", intent.text, intent.shape, {p.id: grade for p, grade in graded}, _expected(intent, by_id))
        for n, (intent, graded) in enumerate(queries)
    ]
    return rows, made


def _repeats(text: str) -> bool:
    """Whether a word comes twice ("roof roof": a use that is also the aisle's name), which shoppers do not type."""
    said = _words(text)
    return len(said) != len(set(said))


def _expected(intent: Intent, by_id: dict[str, Product]) -> Callable[[str], float]:
    def grade(product_id: str) -> float:
        truth = intent.truth(by_id[product_id])
        return min(3.0, max(1.0, 0.75 + 2.2 * truth)) if truth > 0 else 0.0

    return grade


def ndcg(ranked: Sequence[str], grades: dict[str, float], k: int = 10) -> float:
    """nDCG@k with gain 2^grade - 1 (the project's benches' formula); an unjudged product gains 0."""
    gains = sum((2 ** grades.get(d, 0.0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return gains / best if best else 0.0
