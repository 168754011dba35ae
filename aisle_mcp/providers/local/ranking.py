"""The order of the best candidates: the index's BM25, plus how much of the query a product's name covers.

BM25 sums what each matching word is worth, so a product that repeats two rare words can beat the one that
has every word the shopper typed. A known-item query is mostly the product's own name, so the share of the
query's weight (each word weighted by its rarity) found in the product's title, brand and model numbers is
added, and a product whose brand the query names gets a little more.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from aisle_mcp.products.query import COLORS
from aisle_mcp.providers.local import intent
from aisle_mcp.providers.local.stems import stem_all, stems
from aisle_mcp.providers.local.tokens import code_terms, fold, has_digit, measure_unit, words

_WHOLE = 1 - 1e-9


@dataclass(frozen=True)
class Weights:
    """What each sign of a match is worth beside BM25, which counts 1 for the best candidate of the pool: each
    bonus is bounded, so no sum of them outweighs more than ``bound()`` of BM25 between two candidates."""

    coverage: float = 0.1
    """Covering the whole query's weight (each word by its rarity) in the name."""
    name: float = 0.75
    """The name's own words all asked for (a name of nothing but the query)."""
    head: float = 1.0
    """The query's head (the word that names the kind of product) in the name."""
    brand: float = 0.0
    """The product's brand named in the query."""
    kind: float = 0.1
    """The query's head is the product's own kind, its name's head ("pipe" is a pipe, not a pipe wrench)."""
    consistent: float = 0.75
    """The name states no other size (same unit) or color than one the query names ("4TB ... White" is not the
    "2TB ... Black" listing)."""

    def bound(self) -> float:
        return self.coverage + self.name + self.head + self.brand + self.kind + self.consistent


TUNED = Weights()
"""Fitted by ``bench/ranking_fit.py`` on the "a" halves of four query sets (same product, shopper-style,
search-box over titles only, home-improvement titles) and judged on their "b" halves (the weights before the
name's kind and the consistency of sizes and colors were read were 0 / 0.75 / 0.5 / 0, fitted on three sets; set by
hand before that 1.0 / 0.5 / 0.5 / 0.15). The head in the name counts most; that it is the name's own kind ("pipe",
not "pipe wrench") decides between names that both have it; a name stating another size or color than the query's
is most often another variant of the product (same product MRR@10 on half b 0.694 -> 0.704)."""
# The index's BM25 column weights (title, brand; the rest lie between 8 for model numbers and 1 for the body).
TITLE = 10.0
BRAND = 6.0
ELSEWHERE = 3.0


@dataclass(frozen=True)
class Candidate:
    rowid: int
    bm25: float
    """FTS5's bm25(): negative, lower is better."""
    title: str
    brand: str | None
    complete: bool = True
    """Whether the product has every searched word (in any field): such products come first."""


def idf(df: int, total: int) -> float:
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


_NAMES: dict[str, tuple[str, frozenset[str]]] = {}
"""Names already read (``_own``): the same products come back as candidates for search after search."""
_NAMES_LIMIT = 16_384


def remember_names(names: Sequence[str]) -> None:
    """Read the names not yet read, their words stemmed together: one call to the stemmer for a whole pool."""
    missing = list(dict.fromkeys(n for n in names if n not in _NAMES))
    if not missing:
        return
    if len(_NAMES) + len(missing) > _NAMES_LIMIT:
        _NAMES.clear()
    said = [words(name) for name in missing]
    stemmed = stems([w for ws in said for w in ws])
    at = 0
    for name, ws in zip(missing, said, strict=True):
        _NAMES[name] = (fold(name), frozenset(stemmed[at : at + len(ws)]))
        at += len(ws)


def _own(name: str) -> tuple[str, frozenset[str]]:
    """A product's name folded, and its own words' stems."""
    found = _NAMES.get(name)
    if found is None:
        found = (fold(name), stem_all(words(name)))
        if len(_NAMES) < _NAMES_LIMIT:
            _NAMES[name] = found
    return found


@functools.lru_cache(maxsize=16_384)
def _codes(name: str) -> frozenset[str]:
    return frozenset(code_terms(name))


def in_name(term: str, name: str) -> bool:
    """Whether a query term is among what a product's name offers (``tokens.name_terms``): its words' stems and
    the spellings of its model numbers.

    The model-number spellings are worked out only when they could hold the term: each of them has a digit or is
    a run of letters cut from a word of the name, so a term of letters alone that the name does not contain is
    not among them.
    """
    folded, own = _own(name)
    if term in own:
        return True
    if " " in term:  # a name of several words ("string trimmer"): every one of them
        return own.issuperset(term.split())
    if not has_digit(term) and term not in folded:
        return False
    return term in _codes(name)


def field_score(title: str, brand: str | None, weights: Mapping[str, int], total: int) -> float:
    """A stand-in for BM25 (negated, like FTS5's) where every candidate has every query word somewhere.

    Each word counts its rarity times the weight of the field it is in, as the index's BM25 weights them: the
    brand, else the rest of the name (title and model numbers), else somewhere else (category, description).
    The name's terms are the ones ``rerank`` reads (and remembers) next.
    """
    name = f"{brand or ''} {title}"
    in_brand = _own(brand)[1] if brand else frozenset[str]()
    score = 0.0
    for term, df in weights.items():
        if df > 0:
            field = BRAND if term in in_brand else TITLE if in_name(term, name) else ELSEWHERE
            score += field * idf(df, total)
    return -score


# A comma between digits is a number's ("1,600 CFM Gable Vent" is a vent), not the end of the name's first part.
_SEPARATOR = re.compile(r"(?<!\d),|,(?!\d)|\(|\||\s[-\u2013\u2014]\s")


@functools.lru_cache(maxsize=16_384)
def kinds(title: str) -> frozenset[str]:
    """The stems of what a product's title says it is: its head noun (``intent.head`` read over the title's first
    part, before a comma, a bracket or a dash), with the other parts of a word joined by a slash ("Drill/Driver")
    and a noun joined to it by "and" ("Paint and Primer"). "Everbilt 24 in. Pipe Wrench" is a wrench, "Lawn Mower
    Blade for 21 in. Mowers" a blade, "Ceiling Fan with Light Kit" a fan."""
    return stem_all(intent.kind_words(_SEPARATOR.split(title, maxsplit=1)[0], COLORS))


_COLORS = stem_all(sorted(COLORS))


def _by_unit(terms: Iterable[str]) -> dict[str, set[str]]:
    """The measurement terms among these, by unit: {"tb": {"4tb"}, "in": {"27in", "1d2in"}}."""
    found: dict[str, set[str]] = {}
    for term in terms:
        unit = measure_unit(term)
        if unit is not None:
            found.setdefault(unit, set()).add(term)
    return found


@functools.lru_cache(maxsize=16_384)
def _said(name: str) -> dict[str, frozenset[str]]:
    """A name's words by stem, as it writes them."""
    said = words(name)
    found: dict[str, set[str]] = {}
    for word, root in zip(said, stems(said), strict=True):
        found.setdefault(root, set()).add(word)
    return {root: frozenset(forms) for root, forms in found.items()}


def names_head(name: str, head: str) -> bool:
    """Whether a name has the query's head as a noun: a word of its stem that is not the word made an adjective
    with "-ed" ("Wheeled Trash Can" is no wheel, "3 in. Angled Brush" no angle, a "Lighted Extension Cord" no
    light)."""
    if head not in _own(name)[1]:
        return False
    return any(not (w.endswith("ed") and w[:-2].rstrip("e") == head.rstrip("e")) for w in _said(name).get(head, ()))


def _rival(
    candidates: Sequence[Candidate], has: list[bool], shares: list[float], weights: Mapping[str, int], head: str | None
) -> bool:
    """Whether a candidate without the query's head is a kind another word of the query names and covers more of
    the query than every candidate with the head: then the head is a name titles do not use for what is asked
    ("black caster wheel": casters, not grinding wheels; "light switch covers": not grill covers)."""
    if head is None:
        return False
    best = max((s for h, s in zip(has, shares, strict=True) if h), default=0.0)
    named = {term for term in weights if term != head and not has_digit(term)}
    return any(
        not h and s > best + 1e-9 and kinds(c.title) & named for c, h, s in zip(candidates, has, shares, strict=True)
    )


@dataclass(frozen=True)
class Signs:
    """What one candidate shows of a match, each from 0 to 1 (``features``)."""

    bm25: float
    """Its BM25 against the pool's best."""
    coverage: float
    name: float
    head: float
    brand: float
    kind: float
    consistent: float
    first: bool
    """Whether it is among those ranked first whatever the weights (every word, see ``rerank``)."""

    def score(self, tuning: Weights) -> float:
        return (
            self.bm25
            + tuning.coverage * self.coverage
            + tuning.name * self.name
            + tuning.head * self.head
            + tuning.brand * self.brand
            + tuning.kind * self.kind
            + tuning.consistent * self.consistent
        )


@functools.lru_cache(maxsize=16_384)
def _before_kind(title: str) -> frozenset[str]:
    """The stems of the words just before a title's kind ("light" in "... Ceiling Fan Light Kit in White")."""
    own = kinds(title)
    said = stems(words(_SEPARATOR.split(title, maxsplit=1)[0]))
    return frozenset(said[i - 1] for i in range(1, len(said)) if said[i] in own)


def kind_asked(candidates: Sequence[Candidate], weights: Mapping[str, int], head: str | None) -> str | None:
    """The kind of product the query asks for: its head, or when no candidate is that kind of product and other
    words of the query are kinds of some candidates, the one most of them are (the later on a tie): shoppers
    type the kind first ("ladder step 6 ft little giant", "light kit home decorators collection"), where the
    last word is a brand's. Only the ``kind`` sign reads it: the head in the name still counts for the head
    ("softgels saw" asks for a saw, though the candidates are Saw Palmetto softgels)."""
    if head is None or any(head in kinds(c.title) or head in _before_kind(c.title) for c in candidates):
        return head  # the kind, or a word of its name ("ceiling fan light": a "Ceiling Fan Light Kit")
    counts = {term: 0 for term in weights if not has_digit(term)}
    for candidate in candidates:
        for term in kinds(candidate.title) & counts.keys():
            counts[term] += 1
    best = max(reversed(counts.items()), key=lambda item: item[1], default=None)
    return best[0] if best is not None and best[1] > 0 else head


def features(
    candidates: Sequence[Candidate],
    weights: Mapping[str, int],
    total: int,
    head: str | None = None,
    by_name: bool = False,
) -> list[Signs]:
    """Each candidate's signs of a match, in the candidates' order (a pure function of the candidate rows and the
    query's terms, whichever store found them).

    ``weights`` maps each query term (words' stems, and model-number spellings) to how many products have it;
    ``head`` is the stem of the word naming the kind of product, when the query has one.
    """
    if not candidates:
        return []
    remember_names([name for c in candidates for name in (f"{c.brand or ''} {c.title}", c.brand or "")])
    kind = kind_asked(candidates, weights, head)
    rarity = {term: idf(df, total) for term, df in weights.items() if df > 0}
    whole = sum(rarity.values()) or 1.0
    best = max(-c.bm25 for c in candidates) or 1.0
    asked = set(weights)
    sizes = _by_unit(asked)
    colors = asked & _COLORS
    names = [f"{c.brand or ''} {c.title}" for c in candidates]
    shares = [sum(weight for term, weight in rarity.items() if in_name(term, name)) / whole for name in names]
    has = [head is not None and names_head(name, head) for name in names]
    rival = _rival(candidates, has, shares, weights, head)
    found: list[Signs] = []
    for candidate, name, covered, with_head in zip(candidates, names, shares, has, strict=True):
        own = _own(name)[1]
        # Only when the query names a size or a color: most do not, and the name's terms need not be read.
        stated = _by_unit(own | _codes(name)) if sizes else {}
        other_size = any(stated.get(unit, terms).isdisjoint(terms) for unit, terms in sizes.items())
        other_color = bool(colors) and colors.isdisjoint(own) and bool(own & _COLORS)
        found.append(
            Signs(
                bm25=-candidate.bm25 / best,
                coverage=covered,
                name=len(own & asked) / len(own) if own else 0.0,
                # Not when the head is a name titles do not use for what is asked (``_rival``): "Grinding Wheel" is
                # no nearer "black caster wheel" than "Rigid Plate Caster in Black".
                head=1.0 if with_head and not rival else 0.0,
                brand=1.0 if candidate.brand and _own(candidate.brand)[1] <= asked else 0.0,
                kind=1.0 if kind is not None and not rival and kind in kinds(candidate.title) else 0.0,
                consistent=0.0 if other_size or other_color else 1.0,
                # Those with every word first: as the index found them, or else (``by_name``) in the name.
                first=covered >= _WHOLE if by_name else candidate.complete,
            )
        )
    return found


def rerank(
    candidates: Sequence[Candidate],
    weights: Mapping[str, int],
    total: int,
    head: str | None = None,
    by_name: bool = False,
    tuning: Weights = TUNED,
) -> list[tuple[Candidate, float]]:
    """Candidates best first (those with every word before the others, then by BM25 and the weighed signs of
    ``features``), each with the share of the query's weight its name covers (0 to 1)."""
    signs = features(candidates, weights, total, head, by_name)
    order = sorted(range(len(signs)), key=lambda i: (not signs[i].first, -signs[i].score(tuning), i))
    return [(candidates[i], signs[i].coverage) for i in order]
