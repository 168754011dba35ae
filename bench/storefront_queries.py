"""A storefront's search box: a home-improvement catalog of titles only and the queries shoppers type into it,
with judgments as a real judged set has them. Everything is made here, seeded, with no real data.

The catalog. ``storefront_kinds.TABLE`` holds about 250 kinds of product in 14 departments, written by hand in the
style large US home-improvement shops title products: brands and their product lines, the names a kind's titles
use, sizes, finishes and colors, features, packs and model numbers ("Moen Adler Single-Handle Pull-Down Sprayer
Kitchen Faucet in Spot Resist Stainless", "Charlotte Pipe 1/2 in. x 10 ft. White PVC Schedule 40 Plain-End Pipe",
"BEHR PREMIUM 1 gal. #SC-141 Tugboat Textured DeckOver Wood and Concrete Coating"). A product draws one of each
part and its title writes them in its kind's order. ``UNIVERSE`` such titles are made; the catalog searched is the
products some judged query judged (``JUDGED`` queries: about 53,000 ``id,title`` rows), as a judged set's catalog
is the products its raters saw, and the first queries (600) are the ones scored.

A query. A product is drawn and the query takes some of its parts as a shopper types them into such a box, by a
drawn shape: the kind alone ("toilet", "ceiling fan", or the noun a kind shares with its siblings, "saw"); brand and
kind ("moen kitchen faucet"); the brand alone; a brand's line ("milwaukee m18"); a model number (whole, its first
part, or without its dashes); a size in a shopper's spelling and the kind ("1/2 pvc pipe", "60 inch vanity",
"2x4x8" alone); a finish, color or feature and the kind ("brushed nickel cabinet pulls", "outdoor led flood
light"); two or three of these; a name no title uses ("weed eater", "sheetrock"). Then, each with a fixed chance:
a typing slip in one word (a list of real misspellings, "toliet", "ceiling fam", or a dropped, doubled, swapped or
neighbouring key), the other number of the kind's noun, a compound written together or apart ("deckover" /
"deck over"), the kind first ("faucet kitchen"). Accessories share their kind's words ("toilet seat", "saw blade",
"mower blade", "fan light kit"): their queries, and the main kind's, are judged apart.

Judgments (the rule was written before any ranker ran on the set; it reads the products' parts and the query's
meaning, never a title and never the product the query was drawn from). A query means: the kinds it names (every
kind whose typed forms, shoppers' names or group noun it is; a word such as "step" in "step ladder" that only some
of a kind's names have must be in the product's name), and the parts it names (a brand, matched with the brand's
family, "behr" for every BEHR line; a line; a size, every number with its unit if given; finishes, colors and
features, every word of them or a shopper's name for them, "orb" for Oil-Rubbed Bronze; a model number, its letters
and digits within the product's). A judged product grades

- 3: a kind the query names, with every named part (a model-number query: the product with that model number;
  a brand or line alone: a product of it);
- 2: a kind the query names with at least half the named parts (a brand's line alone: the brand's other lines);
- 1: a kind the query names with fewer, or a related kind (an accessory for a kind query, the kind for an
  accessory's, the same kind for a model number);
- 0: anything else.

Only a few products are judged for each query, as in a real judged set: the drawn product and 1 to 11 more
(``POOL``; 6.6 judged a query on average) picked the way a shop's own engine would have shown them to raters: most
of the kinds the query names, more likely the better they match, and some of related kinds, the same brand's other
kinds, and products of the department that share a named part. Every other product is unjudged and counts 0 however
well it matches: a ranker is rewarded for putting the judged products first, as a real judged set rewards it.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bench.shopper_queries import Query
from bench.storefront_kinds import TABLE

SEED = 20261214
UNIVERSE = 150_000
JUDGED = 10_500
POOL = (1, 2, 3, 4, 4, 5, 5, 6, 7, 8, 9, 11)  # judged products beside the drawn one; mean 5.4
STYLES = {
    "F": "{brand} {line} {size} {feat} {name} {in_fin} {pack} {model}",
    "T": "{brand} {line} {size} {feat} {name} {in_fin} {pack} {model}",
    "M": "{brand} {size} {fin} {feat} {name} {pack} {model}",
    "P": "{brand} {line} {size} {model} {fin} {feat} {name}",
    "A": "{brand} {size} {feat} {name} {in_fin} {model}",
    "C": "{brand} {line} {fin} {size} {name} {feat} {pack} {model}",
}
SHAPES = (
    ("kind", 18), ("brand", 14), ("brand-only", 5), ("line", 5), ("model", 5), ("size", 13), ("attr", 13),
    ("multi", 10), ("alias", 6), ("size-only", 3),
)  # fmt: skip
TYPO = 0.15
FLIP_NUMBER = 0.2
KIND_FIRST = 0.05
_WORD = re.compile(r"[a-z0-9]+(?:[./-][a-z0-9]+)*")


# ---------------------------------------------------------------- the kinds, read from the table


@dataclass(frozen=True)
class Kind:
    key: str
    department: str
    group: str
    names: tuple[str, ...]
    typed: tuple[str, ...]
    aliases: tuple[str, ...]
    brands: tuple[tuple[str, tuple[str, ...]], ...]
    sizes: tuple[str, ...]
    fins: tuple[str, ...]
    features: tuple[tuple[str, ...], ...]
    packs: tuple[str, ...]
    style: str
    model_share: float
    related: tuple[str, ...]
    implied: tuple[str, ...]


def _values(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in text.split(";") if v.strip())


def read_kinds(table: str = TABLE) -> dict[str, Kind]:
    kinds: dict[str, Kind] = {}
    for block in table.strip().split("\n\n"):
        lines = block.strip().splitlines()
        key, department, group = (part.strip() for part in lines[0].split("|"))
        fields: dict[str, str] = {}
        for line in lines[1:]:
            code, _, rest = line.partition(":")
            fields[code.strip()] = rest
        brands: list[tuple[str, tuple[str, ...]]] = []
        for entry in _values(fields.get("b", "")):
            name, _, lines_text = entry.partition(":")
            brands.append(("" if name.strip() == "no brand" else name.strip(), tuple(
                v.strip() for v in lines_text.split(",") if v.strip())))  # fmt: skip
        features = tuple(tuple(v.strip() for v in g.split("|")) for g in fields.get("x", "").split(";") if g.strip())
        packs = tuple(v.strip() for v in fields.get("p", "").split(";"))
        kinds[key] = Kind(
            key=key, department=department, group=group, names=_values(fields["n"]),
            typed=tuple(t for t in _values(fields.get("t", "")) if not re.search(r"\d", t)),
            aliases=_values(fields.get("a", "")), brands=tuple(brands), sizes=_values(fields.get("s", "")),
            fins=_values(fields.get("f", "")), features=features, packs=packs if fields.get("p") else (),
            style=fields.get("st", "T").strip(), model_share=float(fields.get("m", "0.3")),
            related=_values(fields.get("r", "")), implied=_values(fields.get("i", "")),
        )  # fmt: skip
    return kinds


KINDS = read_kinds()


# ---------------------------------------------------------------- products


@dataclass(frozen=True)
class Product:
    id: str
    title: str
    kind: str
    name: str
    brand: str
    line: str
    size: str
    attrs: tuple[str, ...]
    model: str


def _model(rng: random.Random, brand: str, line: str, kind: str) -> str:
    """A model number in one of the shapes shops print, shared in its prefix by a brand's line."""
    prefix_rng = random.Random(f"{brand}|{line}|{kind}")
    letters = "".join(c for c in brand.upper() if c.isalpha())[:3] or "HD"
    shape = prefix_rng.randrange(5)
    lead = prefix_rng.randrange(10, 99)
    d = rng.randrange
    if shape == 0:
        return f"{letters[:2]}{lead}{d(10)}{rng.choice('BKSW')}"
    if shape == 1:
        return f"{lead}{d(10, 99)}-{d(10, 99)}"
    if shape == 2:
        return f"{letters}-{lead}{d(100, 999)}"
    if shape == 3:
        return f"{lead}{d(100, 999)}{rng.choice(('SRS', 'BL', 'W', 'ORB', 'C'))}"
    return f"{letters[:2]}{lead}{rng.choice('ABCDEFGH')}{d(10, 99)}{rng.choice(('SS', 'WW', 'BS', 'Z'))}"


def _paint_code(brand: str, color: str) -> str:
    rng = random.Random(f"{brand.split()[0]}|{color}")
    series = rng.choice(("PFC", "SC", "PPU", "M", "N", "BWC", "S", "MQ"))
    return f"#{series}{rng.randrange(1, 30)}-{rng.randrange(1, 99)}"


def _pack(text: str) -> str:
    return text if not text or text.startswith("(") or text == "Kit" else f"({text})"


def _product(rng: random.Random, number: int, kind: Kind) -> Product:
    weights = [1 / (i + 1) ** 0.6 for i in range(len(kind.brands))]
    brand, lines = rng.choices(kind.brands, weights)[0]
    line = rng.choice(lines) if lines and rng.random() < 0.85 else ""
    size = rng.choice(kind.sizes) if kind.sizes and rng.random() < 0.9 else ""
    fin = rng.choice(kind.fins) if kind.fins and rng.random() < 0.9 else ""
    feats = [f for f in (rng.choice(group) for group in kind.features) if f and rng.random() < 0.8]
    pack = _pack(rng.choice(kind.packs)) if kind.packs else ""
    name = rng.choice(kind.names)
    if kind.style == "P":
        model = _paint_code(brand, fin) if fin else ""
        shown = model
    else:
        model = _model(rng, brand, line, kind.key)
        shown = model if rng.random() < kind.model_share else ""
    # A part the name already says is not said twice ("Magnetic Tape Measure"); "with ..." and "(...)" follow it.
    said = [f for f in feats if f.lower() not in name.lower()]
    before = " ".join(f for f in said if not f.startswith(("with ", "(")))
    after = " ".join(f for f in said if f.startswith(("with ", "(")))
    shown_fin = "" if fin.lower() in name.lower() else fin
    parts = {
        "brand": brand, "line": line, "size": size, "feat": before, "name": f"{name} {after}".strip(),
        "fin": shown_fin, "in_fin": f"in {shown_fin}" if shown_fin else "", "pack": pack, "model": shown,
    }  # fmt: skip
    after = kind.style == "C" and bool(size) and rng.random() < 0.4  # "... Rollup Shade - 96 in. W x 72 in. L"
    if after:
        parts["size"] = ""
    title = " ".join(STYLES[kind.style].format(**parts).split()) + (f" - {size}" if after else "")
    attrs = tuple(a for a in (fin, *feats) if a)
    return Product(str(100001 + number), title, kind.key, name, brand, line, size, attrs, model)


def catalog(size: int = UNIVERSE, seed: int = SEED) -> list[Product]:
    """``size`` products over every kind (some kinds larger than others, as in a shop), titles unique."""
    rng = random.Random(seed)
    keys = sorted(KINDS)
    shares = {k: random.Random(f"{seed}|{k}").uniform(0.3, 2.0) for k in keys}
    total = sum(shares.values())
    products: list[Product] = []
    seen: set[str] = set()
    for key in keys:
        want = max(8, round(size * shares[key] / total))
        tries, limit = 0, want * 6
        while want and tries < limit:
            tries += 1
            product = _product(rng, len(products), KINDS[key])
            if product.title.lower() in seen:
                continue
            seen.add(product.title.lower())
            products.append(product)
            want -= 1
    return products


# ---------------------------------------------------------------- how shoppers write each part

BRAND_TYPED = {
    "DEWALT": ("dewalt",), "Rust-Oleum": ("rustoleum", "rust oleum", "rust-oleum"),
    "Rust-Oleum Specialty": ("rustoleum", "rust oleum"), "Miracle-Gro": ("miracle gro", "miracle grow", "miraclegro"),
    "QUIKRETE": ("quikrete", "quickrete"), "InSinkErator": ("insinkerator", "in sink erator"),
    "Broan-NuTone": ("broan", "nutone", "broan nutone"), "Simpson Strong-Tie": ("simpson", "simpson strong tie"),
    "Black+Decker": ("black and decker", "black decker"), "Kwikset": ("kwikset", "quickset"),
    "Google Nest": ("nest", "google nest"), "Honeywell Home": ("honeywell",), "USG Sheetrock": ("sheetrock", "usg"),
    "Home Decorators Collection": ("home decorators", "home decorators collection"), "A.O. Smith": ("ao smith",),
    "Little Giant": ("little giant",), "SharkBite": ("sharkbite", "shark bite"),
    "Thompson's WaterSeal": ("thompsons", "thompson water seal"), "Mr. Heater": ("mr heater",),
    "Dr. Infrared Heater": ("dr infrared",), "Custom Building Products": ("custom building products", "polyblend"),
    "Wall Control": ("wall control",), "Solo Stove": ("solo stove",), "MILL'S PRIDE": ("mills pride",),
    "Franklin Sensors": ("franklin",), "Shop-Vac": ("shop vac", "shopvac"),
}  # fmt: skip
FAMILY = {"BEHR PREMIUM PLUS": "BEHR", "BEHR MARQUEE": "BEHR", "BEHR ULTRA": "BEHR", "BEHR PREMIUM": "BEHR",
          "GE Profile": "GE", "Rust-Oleum Specialty": "Rust-Oleum", "Honeywell Home": "Honeywell"}  # fmt: skip
ATTR_TYPED = {
    "Oil-Rubbed Bronze": ("oil rubbed bronze", "bronze", "orb"), "Brushed Nickel": ("brushed nickel", "nickel"),
    "Spot Resist Stainless": ("stainless", "spot resist stainless"),
    "Stainless Steel": ("stainless steel", "stainless"),
    "Spot Resist Brushed Nickel": ("brushed nickel", "spot resist"), "Black Stainless Steel": ("black stainless",),
    "Fingerprint Resistant Stainless Steel": ("fingerprint resistant", "stainless steel"),
    "Matte Black": ("matte black", "black"), "Satin Nickel": ("satin nickel", "nickel"),
    "Soft White 2700K": ("soft white", "2700k"), "Daylight 5000K": ("daylight", "5000k"),
    "Bright White 3000K": ("bright white", "3000k"), "Cool White 4000K": ("cool white", "4000k"),
    "Touch2O": ("touch",), "Wi-Fi": ("wifi", "smart"), "Low-E": ("low e",), "5CCT": ("color selectable",),
    "Zinc-Plated": ("zinc",), "Hot-Dipped Galvanized": ("galvanized", "hot dipped"), "Lithium-Ion": ("lithium",),
    "(Valve Not Included)": ("trim only",), "MotionSense": ("motion sense", "touchless"),
    "Pressure-Treated": ("pressure treated", "treated"), "Seat Included": ("with seat",),
}  # fmt: skip
MISSPELLED = {
    "toilet": ("toliet", "toilit"), "faucet": ("facet", "faucett", "fauset"), "ceiling": ("cieling", "celing"),
    "fan": ("fam",), "vanity": ("vanaty", "vanitiy"), "plywood": ("plywod",), "drywall": ("drywal", "dry wall"),
    "chandelier": ("chandalier", "chandelere"), "dehumidifier": ("dehumidifer", "dehumidfier"),
    "refrigerator": ("refridgerator", "refrigerater"), "dishwasher": ("dishwaher", "dishwsher"),
    "microwave": ("microwve", "mircowave"), "thermostat": ("thermastat", "thermistat"), "bathroom": ("bathrom",),
    "shower": ("showe", "shwer"), "sprinkler": ("sprinkeler",), "insulation": ("insolation",),
    "galvanized": ("galvinized",), "nickel": ("nickle",), "stainless": ("stainles",), "cabinet": ("cabnet", "cabinate"),
    "garage": ("grage", "garge"), "pressure": ("presure",), "trimmer": ("trimer",), "hinge": ("hindge",),
    "outlet": ("outet",), "breaker": ("braker",), "vinyl": ("vynil", "vinal"), "laminate": ("lamanate",),
    "primer": ("primmer",), "caulk": ("calk",), "mulch": ("mulsh",), "ladder": ("lader",), "hammer": ("hamer",),
    "wrench": ("rench",), "ratchet": ("rachet",), "socket": ("soket",), "lumber": ("lumbar",), "grill": ("gril",),
    "mower": ("mowre",), "wheelbarrow": ("wheel barrel", "wheelbarrel"), "aluminum": ("aluminium",),
    "bronze": ("bronz",), "pendant": ("pendent",), "recessed": ("resessed",), "moulding": ("molding",),
    "extension": ("extention",), "sconce": ("scone",), "generator": ("generater",), "cordless": ("cordles",),
    "flooring": ("floring",), "porcelain": ("porcelin",), "ceramic": ("ceramik",), "weatherstrip": ("wetherstrip",),
    "disposal": ("disposel", "dispossal"), "heater": ("heator",), "conditioner": ("conditoner",),
    "kitchen": ("kichen", "kitchn"), "window": ("windo",), "blinds": ("blind's",), "curtain": ("curtin",),
    "bracket": ("braket",), "screws": ("screwa", "scews"), "pipe": ("pip",), "light": ("ligth", "lite"),
}  # fmt: skip
COMPOUNDS = (
    ("deckover", "deck over"), ("showerhead", "shower head"), ("doorknob", "door knob"), ("lawnmower", "lawn mower"),
    ("dishwasher", "dish washer"), ("flashlight", "flash light"), ("bathtub", "bath tub"),
    ("wheelbarrow", "wheel barrow"),
    ("chainsaw", "chain saw"), ("jigsaw", "jig saw"), ("doorbell", "door bell"), ("firepit", "fire pit"),
    ("snowblower", "snow blower"), ("floodlight", "flood light"), ("toolbox", "tool box"), ("workbench", "work bench"),
    ("weatherstrip", "weather strip"), ("sandpaper", "sand paper"), ("backsplash", "back splash"),
    ("countertop", "counter top"), ("baseboard", "base board"), ("deadbolt", "dead bolt"),
    ("stepladder", "step ladder"),
    ("paintbrush", "paint brush"), ("studfinder", "stud finder"), ("padlock", "pad lock"),
    ("screwdriver", "screw driver"), ("multitool", "multi tool"), ("drywall", "dry wall"), ("plywood", "ply wood"),
    ("sheetrock", "sheet rock"), ("downrod", "down rod"), ("sawzall", "saws all"), ("wallplate", "wall plate"),
    ("nightlight", "night light"), ("lightbulb", "light bulb"), ("toolset", "tool set"), ("firestop", "fire stop"),
)  # fmt: skip
MASS = frozenset(
    ("mulch", "soil", "paint", "insulation", "lumber", "drywall", "plywood", "caulk", "grout", "concrete", "cement",
     "sandpaper", "tape", "spray", "stain", "primer", "mortar", "thinset", "compost", "dirt", "wire", "rope", "osb",
     "fertilizer", "sealant", "silicone", "romex", "pex", "pvc", "emt", "trim", "vacuum", "sheetrock", "mud")
)  # nouns shoppers do not put in the plural  # fmt: skip
_NEIGHBOURS = dict(zip("qwertyuiopasdfghjklzxcvbnm", (
    "wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc", "drgv", "fthb", "gyjn",
    "hukm", "jil", "kop", "xas", "zcsd", "xvdf", "cbfg", "vnhg", "bmhj", "nkj"), strict=True))  # fmt: skip


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("-", " "))


def singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    if word.endswith("s"):
        return word
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x")):
        return word + "es"
    return word + "s"


def stems(text: str) -> set[str]:
    return {singular(w) for w in words(text)}


def brand_typed(brand: str) -> tuple[str, ...]:
    if brand in BRAND_TYPED:
        return BRAND_TYPED[brand]
    family = FAMILY.get(brand)
    if family:
        return (family.lower(), brand.lower())
    return (brand.lower().replace("-", " ").replace(".", ""),)


def family(brand: str) -> str:
    return FAMILY.get(brand, brand)


def attr_typed(value: str) -> tuple[str, ...]:
    if value in ATTR_TYPED:
        return ATTR_TYPED[value]
    text = re.sub(r"^with ", "", value.strip("()").lower()).replace("-", " ")
    return (text,)


# ---------------------------------------------------------------- sizes: numbers with units

_UNITS = {
    "in.": "in", "in": "in", "ft.": "ft", "ft": "ft", "gal.": "gal", "gal": "gal", "qt.": "qt", "oz.": "oz",
    "lb.": "lb", "mm": "mm", "volt": "v", "v": "v", "watt": "w", "amp": "a", "gauge": "ga", "hp": "hp", "btu": "btu",
    "cfm": "cfm", "gpm": "gpm", "psi": "psi", "tooth": "tooth", "tpi": "tpi", "grit": "grit", "pint": "pint",
    "outlet": "outlet", "tier": "tier", "piece": "piece", "step": "step", "lumens": "lm", "cc": "cc", "kw": "kw",
    "ah": "ah", "yds.": "yd", "sq.": "sqft", "cu.": "cuft", "burner": "burner", "drawer": "drawer", "degree": "deg",
    "space": "space", "circuit": "circuit", "station": "station", "gun": "gun", "mil": "mil", "tine": "tine",
    "sheet": "sheet", "lumen": "lm", "peak": "hp",
}  # fmt: skip
_MEASURE = re.compile(r"#?(\d[\d,]*(?:\.\d+)?(?:[- ]\d+/\d+|/\d+)?)(?:\s*-?\s*([A-Za-z]+\.?))?")


def measures(size: str) -> list[tuple[str, str]]:
    """The numbers of a size as (number, unit) pairs, the unit "" when none: "2 in. x 4 in. x 8 ft." →
    [("2", "in"), ("4", "in"), ("8", "ft")]."""
    found: list[tuple[str, str]] = []
    for number, unit in _MEASURE.findall(size):
        value = number.replace(",", "").replace(" ", "-")
        found.append((value, _UNITS.get(unit.lower(), unit.lower().strip(".")) if unit else ""))
    return found


_SPELL = {
    "in": ("", " in", " in.", " inch", "in", '"', " inches"), "ft": (" ft", "ft", " foot", "'", " feet", " ft."),
    "gal": (" gal", " gallon", "gal"), "v": ("v", " volt", "-volt", "v"), "w": (" watt", "w", "w"),
    "a": (" amp", "a", "amp"), "ga": (" gauge", " ga", "ga"), "cuft": (" cu ft", " cu. ft.", " cubic ft", " cu.ft"),
    "oz": (" oz", "oz", " ounce"), "lb": (" lb", "lb", " pound", " lbs"), "hp": (" hp", "hp"), "btu": (" btu", "btu"),
}  # fmt: skip


def size_typed(rng: random.Random, size: str) -> tuple[str, list[tuple[str, str]]]:
    """A size as a shopper types it, and what it asks for: every number, or one, in a spelling of its own
    ("1/2 in. x 10 ft." → "1/2 inch" or "1/2"; "2 in. x 4 in. x 8 ft." → "2x4x8")."""
    found = [m for m in measures(size) if m[0]]
    if not found:
        return "", []
    if len(found) >= 2 and rng.random() < 0.55:
        numbers = [n.replace("-", " ") if rng.random() < 0.3 else n for n, _ in found]
        joiner = rng.choice(("x", " x ", "x"))
        text = joiner.join(numbers)
        if rng.random() < 0.25 and found[-1][1] in _SPELL:
            text += rng.choice(_SPELL[found[-1][1]]).rstrip(".")
        return text, [(n, "") for n, _ in found]
    number, unit = found[0] if rng.random() < 0.75 else rng.choice(found)
    spelled = number.replace("-", " ") if "/" in number and rng.random() < 0.3 else number
    spelling = rng.choice(_SPELL[unit]) if unit in _SPELL else (f" {unit}" if unit and rng.random() < 0.7 else "")
    asked_unit = unit if spelling.strip() else ""
    return (spelled + spelling).strip(), [(number, asked_unit)]


def size_matches(asked: Sequence[tuple[str, str]], size: str) -> bool:
    have = measures(size)
    return all(any(n == hn and (not u or not hu or u == hu) for hn, hu in have) for n, u in asked)


# ---------------------------------------------------------------- what a query means, and the judging rule


@dataclass
class Meaning:
    """What a shopper asked for: kinds (None: any), each with the words its name must have; and named parts."""

    kinds: dict[str, frozenset[str]] | None
    brand: str = ""
    line: str = ""
    size: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    attrs: list[str] = field(default_factory=list[str])
    model: str = ""
    related: frozenset[str] = frozenset()


def _narrow(kind: Kind, phrase: str) -> frozenset[str]:
    """The words of ``phrase`` that only some of the kind's names have ("step" of "step ladder"): a product of the
    kind is that phrase only when its name has them."""
    named = [stems(n) for n in kind.names]
    general = stems(kind.key) | stems(kind.group)
    return frozenset(
        w for w in stems(phrase) if w not in general and any(w in n for n in named) and not all(w in n for n in named)
    )


def _kind_index() -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for kind in KINDS.values():
        for phrase in (*kind.typed, *kind.aliases, kind.group, kind.key):
            key = " ".join(singular(w) for w in words(phrase))
            if kind.key not in index[key]:
                index[key].append(kind.key)
    return index


KIND_INDEX = _kind_index()


def kinds_named(phrase: str) -> dict[str, frozenset[str]]:
    """Every kind ``phrase`` names, as a shopper means it: a kind's typed form, shoppers' name or group noun."""
    key = " ".join(singular(w) for w in words(phrase))
    return {k: _narrow(KINDS[k], phrase) for k in KIND_INDEX.get(key, [])}


def _brand_matches(typed: str, product: Product) -> bool:
    if not product.brand:
        return False
    if typed in brand_typed(product.brand):
        return True
    return family(product.brand).lower() == typed or typed in brand_typed(family(product.brand))


def _attr_matches(typed: str, product: Product) -> bool:
    asked = stems(typed)
    return any(typed in attr_typed(a) or asked <= stems(a) for a in product.attrs)


def _line_matches(typed: str, product: Product) -> bool:
    return bool(product.line) and stems(typed) <= stems(product.line)


def _model_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def grade(meaning: Meaning, product: Product) -> int:
    """The judging rule (see the module's docstring); it reads the product's parts, never its title."""
    if meaning.model:
        if product.model and meaning.model in _model_key(product.model):
            return 3
        return 1 if product.kind in meaning.related else 0
    checks: list[bool] = []
    if meaning.brand:
        checks.append(_brand_matches(meaning.brand, product))
    if meaning.line:
        checks.append(_line_matches(meaning.line, product))
    if meaning.size:
        checks.append(size_matches(meaning.size, product.size))
    checks.extend(_attr_matches(a, product) for a in meaning.attrs)
    if meaning.kinds is None:  # a brand or a line alone
        if not checks[0]:
            return 0
        return 3 if all(checks) else 2
    narrow = meaning.kinds.get(product.kind)
    if narrow is not None and narrow <= stems(product.name):
        matched = sum(checks)
        if matched == len(checks):
            return 3
        return 2 if 2 * matched >= len(checks) else 1
    if product.kind in meaning.kinds or product.kind in meaning.related:
        return 1
    return 0


def _related(kinds: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for key in kinds:
        out.update(KINDS[key].related)
        out.update(k.key for k in KINDS.values() if key in k.related)
    return frozenset(out) - set(kinds)


# ---------------------------------------------------------------- writing a query


def _typo(rng: random.Random, word: str) -> str:
    if word in MISSPELLED and rng.random() < 0.6:
        return rng.choice(MISSPELLED[word])
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    move = rng.randrange(4)
    if move == 0:
        return word[:i] + word[i + 1 :]
    if move == 1:
        return word[:i] + word[i] + word[i:]
    if move == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    near = _NEIGHBOURS.get(word[i], word[i])
    return word[:i] + rng.choice(near) + word[i + 1 :]


def _flip_number(phrase: str) -> str:
    parts = phrase.split()
    last = parts[-1]
    if not last.isalpha() or last.endswith(("ing", "x")) or last in MASS:
        return phrase
    parts[-1] = singular(last) if singular(last) != last else plural(last)
    return " ".join(parts)


def _flip_compound(rng: random.Random, text: str) -> str | None:
    pairs = list(COMPOUNDS)
    rng.shuffle(pairs)
    for joined, apart in pairs:
        if re.search(rf"\b{apart}\b", text):
            return re.sub(rf"\b{apart}\b", joined, text)
        if re.search(rf"\b{joined}\b", text):
            return re.sub(rf"\b{joined}\b", apart, text)
    return None


@dataclass
class Drawn:
    """A query being written: its text's parts (in the order typed) and its meaning."""

    parts: list[str]
    kind_phrase: str
    meaning: Meaning
    shape: list[str]


def _kind_phrase(rng: random.Random, kind: Kind, product: Product, alias: bool = False) -> str | None:
    """A typed form of the kind that fits the product (its narrow words are in the product's name)."""
    forms = list(kind.aliases if alias else (*kind.typed, kind.group))
    rng.shuffle(forms)
    for form in forms:
        named = kinds_named(form)
        if kind.key in named and named[kind.key] <= stems(product.name):
            return form
    return None


def _compose(rng: random.Random, shape: str, product: Product) -> Drawn | None:
    kind = KINDS[product.kind]
    if shape == "brand-only":
        if not product.brand:
            return None
        typed = rng.choice(brand_typed(product.brand))
        return Drawn([typed], "", Meaning(None, brand=typed), [shape])
    if shape == "model":
        if not product.model or product.model not in product.title:
            return None
        key = _model_key(product.model)
        way = rng.random()
        if way < 0.5:
            text = product.model.lower()
        elif way < 0.75 and "-" in product.model:
            text = key
        else:
            text = re.split(r"[-#]", product.model.strip("#"))[0].lower() if "-" in product.model else key[:-1]
            if len(text) < 4:
                text = key
        return Drawn([text], "", Meaning({}, model=_model_key(text), related=frozenset({product.kind})), [shape])
    if shape == "size-only":
        if not product.size or len([m for m in measures(product.size) if m[0]]) < 3:
            return None
        asked = [(n, "") for n, _ in measures(product.size)]
        text = "x".join(n for n, _ in asked)
        kinds = {k.key: frozenset[str]() for k in KINDS.values() if any(size_matches(asked, s) for s in k.sizes)}
        return Drawn([text], "", Meaning(kinds, size=asked, related=_related(kinds)), [shape])
    if shape == "line":
        if not product.line:
            return None
        line = product.line.lower()
        parts = [rng.choice(brand_typed(product.brand)), line]
        if rng.random() < 0.5:
            phrase = _kind_phrase(rng, kind, product)
            if phrase is None:
                return None
            named = kinds_named(phrase)
            return Drawn(parts, phrase, Meaning(named, brand=parts[0], line=line, related=_related(named)), [shape])
        return Drawn(parts, "", Meaning(None, brand=parts[0], line=line), [shape])
    phrase = _kind_phrase(rng, kind, product, alias=shape == "alias")
    if phrase is None:
        return None
    named = kinds_named(phrase)
    meaning = Meaning(named, related=_related(named))
    parts: list[str] = []
    tags = [shape]
    wanted = {"kind": [], "brand": ["brand"], "size": ["size"], "attr": ["attr"], "alias": []}.get(shape)
    if shape == "multi":
        wanted = rng.sample(["brand", "size", "attr", "attr"], rng.choice((2, 2, 3)))
    if shape == "alias" and rng.random() < 0.4:
        wanted = [rng.choice(["brand", "size", "attr"])]
    for part in sorted(wanted or [], key=("brand", "size", "attr").index):
        if part == "brand" and product.brand:
            meaning.brand = rng.choice(brand_typed(product.brand))
            parts.append(meaning.brand)
        elif part == "size" and product.size:
            text, asked = size_typed(rng, product.size)
            if text:
                meaning.size = asked
                parts.append(text)
        elif part == "attr":
            free = [a for a in product.attrs if "/" not in a and not any(attr_typed(a)[0] in p for p in parts)]
            if free:
                typed = rng.choice(attr_typed(rng.choice(free)))
                if not set(words(typed)) & set(words(phrase)):
                    meaning.attrs.append(typed)
                    parts.append(typed)
    if len(parts) < len(wanted or []):
        return None
    if kind.implied and rng.random() < 0.5:
        parts.insert(0, rng.choice(kind.implied))
    return Drawn(parts, phrase, meaning, tags)


def _text(rng: random.Random, drawn: Drawn) -> tuple[str, list[str]]:
    tags = list(drawn.shape)
    phrase = drawn.kind_phrase
    if phrase and rng.random() < FLIP_NUMBER and _flip_number(phrase) != phrase:
        phrase = _flip_number(phrase)
        tags.append("number")
    if phrase and drawn.parts and rng.random() < KIND_FIRST:
        text = " ".join([phrase, *drawn.parts])
        tags.append("kind-first")
    else:
        text = " ".join([*drawn.parts, phrase]).strip()
    flipped = _flip_compound(rng, text) if rng.random() < 0.35 else None
    if flipped:
        text = flipped
        tags.append("compound")
    if rng.random() < TYPO and "model" not in tags:
        tokens = text.split()
        spots = [i for i, t in enumerate(tokens) if t.isalpha() and len(t) >= 3]
        if spots:
            i = rng.choice(spots)
            slipped = _typo(rng, tokens[i])
            if slipped != tokens[i]:
                tokens[i] = slipped
                text = " ".join(tokens)
                tags.append("typo")
    if drawn.meaning.kinds and any(k in _accessories() for k in drawn.meaning.kinds):
        tags.append("accessory")
    return text, tags


_ACCESSORIES: set[str] = set()


def _accessories() -> set[str]:
    """Kinds whose names hold a related kind's words ("toilet seat" and "toilet"): their queries share words."""
    if not _ACCESSORIES:
        for kind in KINDS.values():
            mine = stems(kind.key)
            for other in kind.related:
                if other in KINDS and stems(other) < mine | stems(kind.group) and stems(other) & mine:
                    _ACCESSORIES.add(kind.key)
    return _ACCESSORIES


def _judged(rng: random.Random, meaning: Meaning, drawn_from: Product, index: Index) -> dict[str, int]:
    """The drawn product and a few more, as a shop's own engine would have shown them to raters (see above)."""
    pool = {drawn_from.id: grade(meaning, drawn_from)}
    size = rng.choice(POOL)
    kinds = list(meaning.kinds or ()) or [drawn_from.kind]
    same_kind = [p for k in kinds for p in index.by_kind[k]]
    related = [p for k in sorted(meaning.related) for p in index.by_kind.get(k, [])]
    by_brand = index.by_brand.get(family(drawn_from.brand), []) if (meaning.brand or meaning.kinds is None) else []
    department = index.by_department[KINDS[drawn_from.kind].department]
    for _ in range(size * 3):
        if len(pool) > size:
            break
        draw = rng.random()
        source = (
            same_kind if draw < 0.6 else related if draw < 0.75 else by_brand if draw < 0.87 else department
        ) or same_kind
        if meaning.kinds is None and by_brand:
            source = by_brand
        sample = rng.sample(source, min(12, len(source)))
        graded = [(p, grade(meaning, p)) for p in sample if p.id not in pool]
        if not graded:
            continue
        if source is department:  # the engine's partial matches: a named part, another kind
            graded = [(p, g) for p, g in graded if _shares_part(meaning, p)] or graded[:1]
        weights = [(0.5, 1.5, 3, 6)[g] if source is same_kind else 1 for _, g in graded]
        product, value = rng.choices(graded, weights)[0]
        pool[product.id] = value
    return pool


def _shares_part(meaning: Meaning, product: Product) -> bool:
    return (
        (bool(meaning.brand) and _brand_matches(meaning.brand, product))
        or (bool(meaning.size) and size_matches(meaning.size, product.size))
        or any(_attr_matches(a, product) for a in meaning.attrs)
    )


@dataclass
class Index:
    by_kind: dict[str, list[Product]]
    by_brand: dict[str, list[Product]]
    by_department: dict[str, list[Product]]


def index(products: Sequence[Product]) -> Index:
    by_kind: dict[str, list[Product]] = defaultdict(list)
    by_brand: dict[str, list[Product]] = defaultdict(list)
    by_department: dict[str, list[Product]] = defaultdict(list)
    for p in products:
        by_kind[p.kind].append(p)
        by_brand[family(p.brand)].append(p)
        by_department[KINDS[p.kind].department].append(p)
    return Index(dict(by_kind), dict(by_brand), dict(by_department))


def generate(products: Sequence[Product], count: int = 600, seed: int = SEED) -> list[Query]:
    """``count`` queries, each with its judged products graded by ``grade`` (unjudged products count 0)."""
    rng = random.Random(seed + 1)
    found = index(products)
    with_alias = [p for p in products if KINDS[p.kind].aliases]
    shapes = [s for s, _ in SHAPES]
    weights = [w for _, w in SHAPES]
    queries: list[Query] = []
    seen: set[str] = set()
    while len(queries) < count:
        shape = rng.choices(shapes, weights)[0]
        drawn = None
        for _ in range(200):  # the shape stays drawn: a product that cannot make it is passed over
            product = rng.choice(with_alias if shape == "alias" else products)
            drawn = _compose(rng, shape, product)
            if drawn is not None:
                break
        if drawn is None:
            continue
        text, tags = _text(rng, drawn)
        if not text or text in seen:
            continue
        seen.add(text)
        grades = _judged(rng, drawn.meaning, product, found)
        if not any(g for g in grades.values()):
            continue
        queries.append(Query(f"s{len(queries):04d}", text, "+".join(tags), grades))
    return queries


def storefront(queries: int = 600, judged: int = JUDGED, universe: int = UNIVERSE) -> tuple[list[Product], list[Query]]:
    """The catalog and the first ``queries`` of ``judged`` queries: a product is in the catalog when some judged
    query judged it (about 50,000 of them), as a judged set's catalog is the products its raters saw."""
    products = catalog(universe)
    every = generate(products, judged)
    seen = {d for q in every for d in q.grades}
    return [p for p in products if p.id in seen], every[:queries]
