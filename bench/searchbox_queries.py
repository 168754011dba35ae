"""Short, noisy search-box queries with graded judgments, generated at run time from a catalog CSV's titles
(the shared ``search/catalog.csv``: its ``id``, ``title`` and, for judging only, ``cluster_id``).

Search-box queries are not product names: they are two to four words typed fast, with measurements in any
spelling ("27 inch monitor", "5' hose"), a brand and a kind ("jabra headset"), a model number with or without
its hyphens ("wh 1000xm3"), compounds written apart or together ("head set", "powerbank") and slips ("headest").
This set asks such questions of a catalog that has nothing but titles, as the real search-box set does.

How a query is made (seeded, so every run makes the same set): a product is drawn, and from its title

- the *kind*: the first of ``shopper_queries.NOUNS`` its title has (either number);
- a *measurement*: a number with a unit (``UNITS``), rewritten in another of the unit's spellings, with or
  without a space ("27\\"" → "27 in.", "5'" → "5 ft");
- a *brand*: the title's first word, when at least ``MIN_BRAND`` titles start with it;
- a *model number*: a chunk of letters and at least two digits, rewritten with its hyphens dropped or spaced, or
  a space put between its first letters and digits;
- a *compound*: a long word of the title split into two words that titles use on their own ("headset" →
  "head set"), or two neighbouring words joined ("power bank" → "powerbank").

One of four shapes is drawn (``SHAPES``: measurement + kind, brand + kind, model number, compound + kind), and
with a fixed chance one word of five letters or more gets a typing slip (two letters swapped, one dropped, one
doubled, or one replaced by its neighbour on the keyboard).

Judgments (graded; a transparent rule on the title and the data set's own product labels, never on the ranker):

- 3: the drawn product, or another offer of the same product (same ``cluster_id``);
- 2: a title with every part of the query as meant (before the slip): the kind (either number), the measurement in
  any spelling, the brand word, the model number with its punctuation ignored, the compound written apart,
  together or hyphenated;
- 1: a title with the kind (for a query without one: with the brand);
- 0: everything else.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from bench.shopper_queries import NOUNS, Query

SEED = 20261207
MIN_BRAND = 3
MIN_PART = 5
MIN_COMMON = 20
MAX_JOINED = 13
MAX_CLUSTER = 20
"""A cluster with more offers than this is the data set's bin of unlabelled offers, not one product."""
UNITS: dict[str, tuple[str, ...]] = {
    "in": ('"', "in", "in.", "inch", "inches", "-inch"),
    "ft": ("'", "ft", "ft.", "foot", "feet", "-foot"),
    "tb": ("tb", "terabyte"),
    "gb": ("gb", "gigabyte"),
    "mm": ("mm", "millimeter"),
    "cm": ("cm",),
    "w": ("w", "watt", "watts", "-watt"),
    "v": ("v", "volt", "volts", "-volt"),
    "mah": ("mah",),
    "port": ("port", "-port", "ports"),
    "gal": ("gal", "gal.", "gallon", "gallons"),
    "oz": ("oz", "oz.", "ounce"),
    "pack": ("pack", "-pack", "pk"),
    "hz": ("hz",),
}
"""Units a title's measurements are written in, each with the spellings a shopper may type (the first is the
canonical name used for judging)."""
_SPELLINGS = sorted(((s.lstrip("-"), unit) for unit, ss in UNITS.items() for s in ss), key=lambda p: -len(p[0]))
_MEASURE = re.compile(
    r"(?<![\w./])(\d+(?:/\d+|\.\d+)?)\s?-?\s?(" + "|".join(re.escape(s) for s, _ in _SPELLINGS) + r")(?=$|[\s,;)(|/-])",
    re.I,
)
_UNIT_OF = {s.lower(): unit for s, unit in _SPELLINGS}
_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = frozenset(("with", "for", "and", "the", "from", "new", "inch", "pack", "set", "only", "black", "white"))
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
SHAPES = ("measure", "measure", "brand", "model", "compound")
"""Drawn with equal chance each: measurements twice as often as the rest, as in home-improvement search boxes."""
SLIP = 0.25


def _clean(title: str) -> str:
    return title.replace("\\", "").lower()


def measurements(title: str) -> set[str]:
    """A title's measurements, canonical: "27\\" LED" → {"27in"}, "5-Port" → {"5port"}."""
    return {f"{m.group(1)}{_UNIT_OF[m.group(2).lower()]}" for m in _MEASURE.finditer(_clean(title))}


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _forms(noun: str) -> set[str]:
    one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return {noun, one, one + "s", one + "es"}


def _models(title: str) -> list[str]:
    found: list[str] = []
    for chunk in _clean(title).split():
        chunk = chunk.strip("()[]|,;:.")
        coded = len(chunk) >= 5 and re.search(r"[a-z]", chunk) and len(re.findall(r"\d", chunk)) >= 2
        if coded and not _MEASURE.fullmatch(chunk) and re.fullmatch(r"[a-z0-9-]+", chunk):
            found.append(chunk)
    return found


def _model_variant(model: str, rng: random.Random) -> str:
    if "-" in model:
        return model.replace("-", rng.choice(("", " ")))
    runs = re.findall(r"[a-z]+|\d+", model)
    if len(runs) < 2:
        return model
    cut = len(runs[0])
    return model[:cut] + rng.choice((" ", "-")) + model[cut:]


def _slip(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("swap", "drop", "double", "near"))
    if how == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "double":
        return word[:i] + word[i] + word[i:]
    row = next((r for r in _KEYS if word[i] in r), None)
    if row is None:
        return word
    at = row.index(word[i])
    near = row[at - 1] if at > 0 and (at + 1 >= len(row) or rng.random() < 0.5) else row[at + 1]
    return word[:i] + near + word[i + 1 :]


def _together(first: str, second: str, cleaned: Mapping[str, str]) -> Callable[[str], bool]:
    pattern = re.compile(rf"\b{re.escape(first)}[\s-]?{re.escape(second)}")
    return lambda i: pattern.search(cleaned[i]) is not None


def generate(rows: Sequence[Mapping[str, str]], count: int = 600, seed: int = SEED) -> list[Query]:
    rng = random.Random(seed)
    titles = {r["id"]: _WORD.findall(_clean(r["title"])) for r in rows}
    words = {i: set(ws) for i, ws in titles.items()}
    used = Counter(w for ws in words.values() for w in ws)
    firsts = Counter(ws[0] for ws in titles.values() if ws)
    measured = {r["id"]: measurements(r["title"]) for r in rows}
    cleaned = {r["id"]: _clean(r["title"]) for r in rows}
    compact = {i: _compact(t) for i, t in cleaned.items()}
    sizes = Counter(r.get("cluster_id") or "" for r in rows)
    queries: list[Query] = []
    while len(queries) < count:
        row = rng.choice(rows)
        own = titles[row["id"]]
        noun = next((n for n in NOUNS if _forms(n) & words[row["id"]]), None)
        shape = rng.choice(SHAPES)
        brand = own[0] if own and len(own[0]) >= 3 and firsts[own[0]] >= MIN_BRAND else None
        parts: list[str] = []
        checks: list[Callable[[str], bool]] = []
        if shape == "measure":
            found = list(_MEASURE.finditer(_clean(row["title"])))
            if not found or noun is None:
                continue
            match = rng.choice(found)
            unit = _UNIT_OF[match.group(2).lower()]
            spelling = rng.choice([s for s in UNITS[unit] if s.lstrip("-") != match.group(2).lower()] or [unit])
            gap = "" if spelling[0] in "\"'-" else rng.choice(("", " "))
            parts.append(f"{match.group(1)}{gap}{spelling}")
            canonical = f"{match.group(1)}{unit}"
            checks.append(lambda i, c=canonical: c in measured[i])
        elif shape == "brand":
            if brand is None or noun is None or brand in _forms(noun):
                continue
            parts.append(brand)
            checks.append(lambda i, b=brand: b in words[i])
        elif shape == "model":
            models = _models(row["title"])
            if not models:
                continue
            model = rng.choice(models)
            if brand and brand not in model and rng.random() < 0.5:
                parts.append(brand)
                checks.append(lambda i, b=brand: b in words[i])
            parts.append(_model_variant(model, rng))
            whole = _compact(model)
            checks.append(lambda i, m=whole: m in compact[i])
            if rng.random() < 0.5:
                noun = None
        else:
            split = [
                (w[:i], w[i:])
                for w in sorted(set(own))
                if len(w) >= 7 and w not in _STOP and used[w] >= MIN_BRAND
                for i in range(3, len(w) - 2)
                if used[w[:i]] >= MIN_PART and used[w[i:]] >= MIN_PART
            ]
            # Two words of a kind (each in many titles, not the brand), as one compound would be written.
            joined = [
                (a, b)
                for a, b in itertools.pairwise(_TOKEN.findall(_clean(row["title"]))[1:])
                if min(len(a), len(b)) >= 3 and len(a + b) <= MAX_JOINED and a != b and (a + b).isalpha()
                and min(used[a], used[b]) >= MIN_COMMON and not {a, b} & _STOP
            ]  # fmt: skip
            if rng.random() < 0.5 and split:
                first, second = rng.choice(split)
                parts.append(f"{first} {second}")
            elif joined:
                first, second = rng.choice(joined)
                parts.append(first + second)
            else:
                continue
            if noun is not None and noun in _forms(first + second) | _forms(second):
                noun = None
            checks.append(_together(first, second, cleaned))
        if noun is not None:
            parts.append(noun)
        text = " ".join(parts)
        kinds = [shape]
        long_words = [w for w in text.split() if len(w) >= 5 and w.isalpha()]
        if long_words and rng.random() < SLIP:
            target = rng.choice(long_words)
            text = " ".join(_slip(w, rng) if w == target else w for w in text.split())
            kinds.append("typo")
        if any(q.query == text for q in queries):
            continue
        grades: dict[str, int] = {}
        for other in rows:
            has_kind = noun is not None and bool(_forms(noun) & words[other["id"]])
            if other["id"] == row["id"] or (
                0 < sizes[row.get("cluster_id") or ""] <= MAX_CLUSTER and other.get("cluster_id") == row["cluster_id"]
            ):
                grades[other["id"]] = 3
            elif (noun is None or has_kind) and all(check(other["id"]) for check in checks):
                grades[other["id"]] = 2
            elif has_kind or (noun is None and brand is not None and brand in words[other["id"]] and shape == "model"):
                grades[other["id"]] = 1
        queries.append(Query(f"b{len(queries)}", text, "+".join(kinds), grades))
    return queries
