"""The words a product is indexed under and a query asks for, the same function on both sides.

Model numbers are written many ways: ``WH-1000XM3``, ``WH1000XM3``, ``wh 1000 xm3``. Besides its plain words, a
text gives *code terms*: a hyphenated or dotted chunk joined (``wh1000xm3``), the letter and digit runs of a mixed
word (``1000xm3`` → ``1000``, ``xm``, ``3``), and short neighbouring chunks joined when one holds a digit
(``wh 1000 xm3`` → ``wh1000``, ``1000xm3``, ``wh1000xm3``). Whichever way either side writes the number, they
share terms. Measurements get one spelling on both sides too (``measured``): "27\"", "27 in.", "27-Inch" and
"27 inches" are all ``27in``, "1/2 in." is ``1d2in``, "5 gal." and "5 gallon" ``5gal``, "4.5 cu. ft." and "4.5 cubic
feet" ``4p5cuft``. The index stems words
as FTS5's porter tokenizer does, on both sides (``stems``), so neither side needs a prefix query and the index
needs no work in Python beyond the code terms.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from aisle_mcp.providers.local.stems import stems

_WORD = re.compile(r"[^\W_]+")
_RUNS = re.compile(r"[^\W\d_]+|\d+")
_DIGIT = re.compile(r"\d")
_FRACTION = re.compile(r"(?:\d+-)?\d+/\d+|\d+[.,]\d+")
# A neighbour joined onto a code is short: "wh" + "1000", not "headphones" + "1000".
_JOINABLE = 7


_UNITS: dict[str, str] = {
    **dict.fromkeys(('"', "''", "\u2033", "\u201d", "in", "inch", "inches"), "in"),
    **dict.fromkeys(("'", "\u2032", "ft", "foot", "feet"), "ft"),
    **dict.fromkeys(("yd", "yard", "yards"), "yd"),
    **dict.fromkeys(("mm", "millimeter", "millimeters", "millimetre", "millimetres"), "mm"),
    **dict.fromkeys(("cm", "centimeter", "centimeters", "centimetre", "centimetres"), "cm"),
    **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), "m"),
    **dict.fromkeys(("gal", "gallon", "gallons"), "gal"),
    **dict.fromkeys(("qt", "quart", "quarts"), "qt"),
    **dict.fromkeys(("oz", "ounce", "ounces"), "oz"),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), "lb"),
    **dict.fromkeys(("kg", "kilo", "kilos", "kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("l", "liter", "liters", "litre", "litres"), "l"),
    **dict.fromkeys(("ml", "milliliter", "milliliters", "millilitre", "millilitres"), "ml"),
    **dict.fromkeys(("w", "watt", "watts"), "w"),
    **dict.fromkeys(("kw", "kilowatt", "kilowatts"), "kw"),
    **dict.fromkeys(("v", "volt", "volts"), "v"),
    **dict.fromkeys(("amp", "amps", "ampere", "amperes"), "amp"),
    **dict.fromkeys(("mah",), "mah"),
    **dict.fromkeys(("gb", "gigabyte", "gigabytes"), "gb"),
    **dict.fromkeys(("tb", "terabyte", "terabytes"), "tb"),
    **dict.fromkeys(("mb", "megabyte", "megabytes"), "mb"),
    **dict.fromkeys(("hz", "hertz"), "hz"),
    **dict.fromkeys(("btu", "btus"), "btu"),
    **dict.fromkeys(("gauge", "ga"), "ga"),
    **dict.fromkeys(("pack", "pk", "packs"), "pk"),
    **dict.fromkeys(("port", "ports"), "port"),
    **dict.fromkeys(("hp", "horsepower"), "hp"),
    **dict.fromkeys(("psi",), "psi"),
    **dict.fromkeys(("cfm",), "cfm"),
    **dict.fromkeys(("gpm",), "gpm"),
    **dict.fromkeys(("ah",), "ah"),
    **dict.fromkeys(("lm", "lumen", "lumens"), "lm"),
    **dict.fromkeys(("grit",), "grit"),
    **dict.fromkeys(("mil", "mils"), "mil"),
    **dict.fromkeys(("tooth", "teeth"), "tooth"),
    **dict.fromkeys(("pc", "pcs", "piece", "pieces"), "pc"),
    **dict.fromkeys(("ct", "count"), "ct"),
    **dict.fromkeys(("cu ft", "cu. ft", "cu.ft", "cuft", "cubic ft", "cubic feet", "cubic foot"), "cuft"),
    **dict.fromkeys(("sq ft", "sq. ft", "sq.ft", "sqft", "square ft", "square feet", "square foot"), "sqft"),
    **dict.fromkeys(("fl oz", "fl. oz", "fl.oz", "floz", "fluid ounce", "fluid ounces"), "oz"),
    **dict.fromkeys(("awg",), "ga"),
}
"""A unit's spellings, in titles and queries, and the one spelling a measurement term is made with."""
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_MEASURE = re.compile(
    rf"(?<![\w.,/-])(\d+(?:[.,]\d+)?|\d+[- ]\d+/\d+|\d+/\d+)\s?\\?(?:-\s?)?({_UNIT})(?:(?<=[a-z])\.|(?![a-z0-9]))"
)
"""A number (whole, decimal, fraction, or whole and fraction: "1-1/2") and a unit after it, with a space, a hyphen
or nothing between; an abbreviation's dot goes with it ("in.", "gal.")."""
_NUMBER_PARTS = str.maketrans({".": "p", ",": "p", "/": "d", "-": "w", " ": "w"})


# A comma before three digits after one to three (no leading zero) groups thousands: "1,600 CFM"; "0,750 l" and
# "2,5 kg" are decimals.
_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")


def measure_term(number: str, unit: str) -> str:
    """The one spelling of a measurement: ``1/2`` and ``in.`` → ``1d2in``; ``2.5`` and ``"`` → ``2p5in``."""
    if _THOUSANDS.fullmatch(number):
        number = number.replace(",", "")  # "12,000 BTU" is twelve thousand, as "12000 btu" is typed
    elif "/" not in number and ("." in number or "," in number):
        number = number.rstrip("0").rstrip(".,")  # "4.0 Ah" is "4 Ah", "2.50 in." "2.5 in."
    return number.translate(_NUMBER_PARTS) + _UNITS[unit]


_SIZE = rf"(\d+(?:[.,]\d+)?|\d+[- ]\d+/\d+|\d+/\d+)\s?\\?(?:-\s?)?(?:{_UNIT})?\.?"
_DIMENSIONS = re.compile(rf"(?<![\w.,/-]){_SIZE}\s?[x\u00d7]\s?{_SIZE}(?:\s?[x\u00d7]\s?{_SIZE})?")
"""Sizes multiplied: "2 in. x 4 in. x 8 ft." or "2x4x8", whose numbers make ``2x4`` and ``2x4x8``."""


_DIMENSION_TERM = re.compile(r"\d[\dpdw]*x\d[\dpdw]*(?:x\d[\dpdw]*)?")


_SIGN_JOINED = re.compile(r"^x\d|[\da-z]x$")


def dimensions(term: str) -> bool:
    """Whether a term is sizes multiplied, as ``measures`` spells them ("2x4", "2x6x8", "1d2x10")."""
    return _DIMENSION_TERM.fullmatch(term) is not None


def measures(folded: str) -> list[str]:
    """The measurement terms of a folded text, in order, and its dimensions' ("2 in. x 4 in." → ``2x4``)."""
    found = [measure_term(m.group(1), m.group(2)) for m in _MEASURE.finditer(folded)]
    for m in _DIMENSIONS.finditer(folded):
        numbers = [n.translate(_NUMBER_PARTS) for n in m.groups() if n]
        found.append("x".join(numbers[:2]))
        if len(numbers) > 2:
            found.append("x".join(numbers))
    return found


_MEASURE_TERM = re.compile(r"(\d+)([a-z]+)")
_CANONICAL = frozenset(_UNITS.values())


def measure_number(term: str) -> str | None:
    """The whole number of a measurement term ("27in" → "27"), None for any other term."""
    found = _MEASURE_TERM.fullmatch(term)
    return found.group(1) if found and found.group(2) in _CANONICAL else None


_ANY_MEASURE_TERM = re.compile(r"\d[\dpdw]*?([a-z]+)")


def measure_unit(term: str) -> str | None:
    """The unit of a measurement term ("4tb" → "tb", "1d2in" → "in"), None for any other term."""
    found = _ANY_MEASURE_TERM.fullmatch(term)
    return found.group(1) if found and found.group(1) in _CANONICAL else None


def measured(folded: str) -> str:
    """A folded text with each measurement written as its one term: "1/2 inch pvc elbow" → "1d2in pvc elbow"."""
    return _MEASURE.sub(lambda m: f" {measure_term(m.group(1), m.group(2))} ", folded)


def fold(text: str) -> str:
    """Lowercase without accents: ``Café`` → ``cafe``."""
    text = text.lower()
    if text.isascii():
        return text
    # "½" comes apart as 1, a fraction slash and 2: written "1/2", as a keyboard writes it.
    folded = unicodedata.normalize("NFKD", text).replace("\u2044", "/")
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def singular(word: str) -> str:
    if len(word) > 3 and word[-1] == "s" and word[-2] not in "su" and word.isalpha():
        return word[:-1]
    return word


def forms(word: str) -> list[str]:
    """The spellings of a word a MATCH asks for: the index stems both sides (``stems``), so the word alone finds
    ``shoe`` and ``shoes``, ``magnet`` and ``magnetic``; but the stemmer keeps a plural in -ves apart from its
    singular in -f or -fe ("shelves" is "shelv", "shelf" stays "shelf"; "knives", "knife"), so both are asked for.
    A spelling no product has is dropped by the search."""
    if not word.isalpha() or len(word) < 4:
        return [word]
    if word.endswith("ves"):
        base = word[:-3]
        return [word, f"{base}f", *([f"{base}fe"] if base.endswith("i") else [])]
    if word.endswith("ife"):
        return [word, f"{word[:-2]}ves"]  # knife, life; not "safe" (safes), "cafe"
    if word.endswith("f") and not word.endswith("ff"):
        return [word, f"{word[:-1]}ves"]
    return [word]


def runs(word: str) -> list[str]:
    """A word's letter and digit runs, as code terms cut them: ``1000xm5`` → ``1000``, ``xm``, ``5``."""
    return _RUNS.findall(word)


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def words(text: str) -> list[str]:
    """The plain words of a text, folded, as the index tokenizes them."""
    return _WORD.findall(fold(text))


def name_terms(text: str) -> set[str]:
    """What a product's name offers a query, numbers folded: its words' stems and code terms."""
    return set(stems(words(text))) | set(code_terms(text))


def code_terms(text: str) -> list[str]:
    """The extra spellings of the model numbers in a text (see the module's docstring), without repeats."""
    folded = fold(text)
    if not _DIGIT.search(folded):
        return []  # every code term holds a digit, or is a run of a word that has one
    found: dict[str, None] = {}
    joined: list[str] = []
    digits: list[bool] = []
    short: list[bool] = []
    for chunk in folded.split():
        whole, has_digit, terms = _chunk(chunk)
        if not whole:
            continue
        joined.append(whole)
        digits.append(has_digit)
        short.append(len(whole) <= _JOINABLE)
        for term in terms:
            found[term] = None
    for term in measures(folded):
        found[term] = None
    # Neighbours joined in twos and threes, when one of them holds a digit and none is long; a three is tried
    # only when its first two were joined.
    last = len(joined) - 1
    for start in range(last):
        if not (digits[start] or digits[start + 1]) or not (short[start] and short[start + 1]):
            continue
        pair = joined[start] + joined[start + 1]
        found[pair] = None
        if start + 1 < last and short[start + 2]:
            found[pair + joined[start + 2]] = None
    return list(found)


# Remembered: names repeat their brands, lines and nouns from product to product (about 300 bytes a chunk).
@functools.lru_cache(maxsize=1 << 14)
def _chunk(chunk: str) -> tuple[str, bool, tuple[str, ...]]:
    """A folded chunk's word characters joined (empty when it has none), whether they hold a digit, and the code
    terms the chunk gives alone."""
    if chunk.isascii() and chunk.isalnum():
        # Most chunks: one plain word or number, which is its own only part (what _WORD would find).
        if chunk.isalpha():
            return chunk, False, ()
        return chunk, True, () if chunk.isdigit() else tuple(_RUNS.findall(chunk))  # letters and digits: 2 runs+
    parts = _WORD.findall(chunk)
    number = chunk.rstrip("\"'.\u2032\u2033\u201d")  # a unit's sign written onto it: 2.5", 1/2'
    if _FRACTION.fullmatch(number):
        # "1/2" is no "12", nor "1-1/2" "112", nor "2.5" "25": spelled as a measurement's number, joined to a unit
        # after it.
        return number.translate(_NUMBER_PARTS), True, ()
    whole = "".join(parts)
    if _DIGIT.search(whole) is None:
        return whole, False, ()
    terms = [whole] if len(parts) > 1 else []
    for part in parts:
        if not part.isalpha():
            runs = _RUNS.findall(part)
            if len(runs) > 1:
                terms.extend(runs)
    return whole, True, tuple(terms)


_NUMERATORS = {"one": "1", "a": "1", "an": "1", "three": "3", "five": "5", "seven": "7"}
_DENOMINATORS = {"half": "2", "quarter": "4", "quarters": "4", "eighth": "8", "eighths": "8"}
_SPELLED_SIZE = re.compile(
    r"\b(?:(\d+) and (?:a )?)?(?:(one|an?|three|five|seven|[1-7]) )?(half|quarters?|eighths?)"
    r"[ -]?(?=(?:inch|inches|in|foot|feet|ft)\b)"
)
"""A fraction of a unit in words, as shoppers type it ("half inch", "three quarter inch", "1 and a half inch")."""


def _figures(m: re.Match[str]) -> str:
    whole, numerator, denominator = m.groups()
    fraction = f"{_NUMERATORS.get(numerator, numerator or '1')}/{_DENOMINATORS[denominator]}"
    return f"{whole}-{fraction} " if whole else f"{fraction} "


_BY = re.compile(r"(\d(?:\s?(?:inches|inch|in|feet|foot|ft)\b\.?|[\"'])?)\s+by\s+(?=\d)")
"""A size said "by" another ("2 by 4", "2 in by 6 in"), the way titles write "x"."""


def spelled_sizes(folded: str) -> str:
    """A folded query with sizes in words written as titles write them: fractions before a unit in figures ("half
    inch pipe" → "1/2 inch pipe", "three quarter inch" → "3/4 inch", "1 and a half inch" → "1-1/2 inch") and
    "by" between sizes an "x" ("2 by 4" → "2 x 4")."""
    if "half" in folded or "quarter" in folded or "eighth" in folded:
        folded = _SPELLED_SIZE.sub(_figures, folded)
    return _BY.sub(r"\1 x ", folded) if " by " in folded else folded


def query_terms(text: str) -> tuple[list[str], list[str]]:
    """A query's plain words (each measurement one term: ``measured``; a fraction in words a number:
    ``spelled_sizes``) and its extra code terms, each without repeats."""
    folded = spelled_sizes(fold(text))
    plain = list(dict.fromkeys(_WORD.findall(measured(folded) if _DIGIT.search(folded) else folded)))
    codes = [t for t in code_terms(folded) if t not in plain]
    if any(dimensions(t) for t in [*plain, *codes]):
        # The sign between sizes joined to one of them ("6x", "x8ft"), and a dimension's runs ("2", "x", "4" of
        # "2x4"), are no model numbers: the dimensions say it.
        signs = {part for t in plain if dimensions(t) for part in _RUNS.findall(t)}
        codes = [t for t in codes if dimensions(t) or not (_SIGN_JOINED.search(t) or t in signs)]
    return plain, codes
