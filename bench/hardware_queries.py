"""A home-improvement catalog of titles only, and short search-box queries over it with graded judgments, all made
at run time from hand-written parts (no real data: no title or query here is copied from anywhere).

Search-box queries at a hardware store name a kind of product with a size in whatever spelling comes to hand
("1/2 inch plywood", "10 foot pvc pipe", "2x4x8"), a brand and its product line ("milwaukee m18"), a compound
apart or together ("doorknob", "lawnmower"), a plural, a slip in the head noun ("toliet seat"). The titles are
written the way large home-improvement shops write them: brand, line, sizes with abbreviated units ("1/2 in. x
10 ft.", "7-1/4 in.", "12-Gauge", "15 Amp", "5 gal."), features, then the kind ("Everbilt-style").

How the catalog is made (seeded): for each kind of product in ``KINDS`` (a head noun and its title words, the
shop's brands and lines, sizes, features and finishes), ``PER_KIND`` titles are drawn by picking one of each.
A product's parts are kept beside its title, so the judgments read the parts, never the title's text.

How a query is made (seeded): a product is drawn, then one of the shapes in ``SHAPES`` takes some of its parts,
each written as a shopper might ("in." → "inch", "\"", "in" or nothing; "ft." → "foot", "'", "feet"; a
dimension "2 in. x 4 in. x 8 ft." → "2x4x8"; "12-Gauge" → "12 gauge"; the kind in the other number, or as a
compound the other way round when the kind has one), and with a fixed chance the head noun gets a typing slip.

Judgments (a rule on the parts):

- 3: same kind, and every part the query names (size, brand, line, feature, finish) is the product's;
- 2: same kind and at least half of the named parts;
- 1: same kind;
- 0: any other product.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bench.shopper_queries import Query

SEED = 20261207
PER_KIND = 120
SLIP = 0.15


@dataclass(frozen=True)
class Kind:
    name: str
    """The kind as titles write it ("Circular Saw")."""
    said: tuple[str, ...]
    """How shoppers write the kind: the title's words lowercased first, then other spellings of the same words
    (a compound together or apart, the other number)."""
    brands: tuple[tuple[str, tuple[str, ...]], ...]
    """Brands with their product lines (a line may be empty)."""
    sizes: tuple[tuple[str, ...], ...] = ()
    """Groups of sizes; a product draws one from each group (a dimension is one size)."""
    features: tuple[str, ...] = ()
    finishes: tuple[str, ...] = ()


_TOOLS = (("Milwaukee", ("M18", "M12", "M18 FUEL")), ("DEWALT", ("20V MAX", "ATOMIC 20V MAX")),
          ("RYOBI", ("ONE+ 18V", "40V HP")), ("RIDGID", ("18V", "OCTANE")), ("Makita", ("18V LXT", "")))  # fmt: skip
_PLUMBING = (("Glacier Bay", ("",)), ("Delta", ("Lahara", "Trinsic", "")), ("Moen", ("Adler", "Align", "")),
             ("KOHLER", ("Cimarron", "")), ("American Standard", ("Cadet", "")))  # fmt: skip
_HARDWARE = (("Everbilt", ("",)), ("Simpson Strong-Tie", ("",)), ("Husky", ("",)), ("HDX", ("",)))
_ELECTRIC = (("Commercial Electric", ("",)), ("Leviton", ("Decora", "")), ("Southwire", ("",)), ("Eaton", ("",)))
_LIGHTING = (("Hampton Bay", ("",)), ("Home Decorators Collection", ("",)), ("Lithonia Lighting", ("",)),
             ("Feit Electric", ("",)), ("Philips", ("",)))  # fmt: skip
_PAINT = (("BEHR", ("PREMIUM PLUS", "PREMIUM PLUS ULTRA", "MARQUEE", "DYNASTY")), ("Glidden", ("Premium", "")),
          ("Rust-Oleum", ("Painter's Touch", "Stops Rust")), ("KILZ", ("",)))  # fmt: skip
_LOCKS = (("Kwikset", ("Tylo", "Juno", "SmartKey")), ("Schlage", ("Plymouth", "Georgian")), ("Defiant", ("",)))
_OUTDOOR = (("Greenworks", ("",)), ("RYOBI", ("40V HP", "ONE+ 18V")), ("Toro", ("Recycler", "")),
            ("Husqvarna", ("",)), ("EGO", ("POWER+", "")))  # fmt: skip
_LUMBER = (("", ("",)),)
_FRACTIONS = ("1/4 in.", "3/8 in.", "1/2 in.", "3/4 in.", "1 in.", "1-1/4 in.", "1-1/2 in.", "2 in.")

KINDS: tuple[Kind, ...] = (
    Kind(
        "Pipe",
        ("pipe", "pipes"),
        (*_HARDWARE, ("Charlotte Pipe", ("",))),
        (tuple(f"{d} x {n} ft." for d in _FRACTIONS for n in (2, 5, 10)),),
        ("Galvanized Steel", "Black Steel", "PVC Schedule 40", "Copper Type L", "CPVC"),
    ),
    Kind(
        "Angle",
        ("angle", "angles"),
        _HARDWARE,
        (("12-Gauge", "14-Gauge", "16-Gauge", "18-Gauge"), ("1-1/2 in. x 1-1/2 in.", "2 in. x 2 in.", "3 in. x 3 in.")),
        ("Galvanized", "Zinc-Plated", "ZMAX"),
    ),
    Kind(
        "Joist Hanger",
        ("joist hanger", "joist hangers"),
        _HARDWARE,
        (("2 in. x 4 in.", "2 in. x 6 in.", "2 in. x 8 in.", "2 in. x 10 in."), ("16-Gauge", "18-Gauge")),
        ("Galvanized", "ZMAX", "Double"),
    ),
    Kind(
        "Circular Saw",
        ("circular saw", "circular saws"),
        _TOOLS,
        (("6-1/2 in.", "7-1/4 in.", "8-1/4 in."), ("15 Amp", "13 Amp", "")),
        ("Cordless", "Corded", "Brushless", "Worm Drive"),
    ),
    Kind(
        "Drill/Driver",
        ("drill", "drills", "drill driver"),
        _TOOLS,
        (("1/2 in.", "3/8 in."),),
        ("Cordless", "Brushless", "Compact", "Hammer"),
    ),
    Kind("Impact Driver", ("impact driver", "impact drivers"), _TOOLS, (("1/4 in.",),), ("Cordless", "Brushless")),
    Kind(
        "Plywood",
        ("plywood",),
        _LUMBER,
        (
            (
                "1/4 in. x 4 ft. x 8 ft.",
                "1/2 in. x 4 ft. x 8 ft.",
                "3/4 in. x 4 ft. x 8 ft.",
                "23/32 in. x 4 ft. x 8 ft.",
                "1/2 in. x 2 ft. x 4 ft.",
                "3/4 in. x 2 ft. x 4 ft.",
            ),
        ),
        ("Sanded Pine", "BC Sanded", "Birch", "CDX"),
    ),
    Kind(
        "Stud",
        ("stud", "studs", "lumber"),
        _LUMBER,
        (("2 in. x 4 in. x 8 ft.", "2 in. x 4 in. x 10 ft.", "2 in. x 6 in. x 8 ft.", "2 in. x 4 in. x 92-5/8 in."),),
        ("Premium Kiln-Dried", "Pressure-Treated", "Douglas Fir", "Whitewood"),
    ),
    Kind(
        "Shower Head",
        ("shower head", "showerhead", "shower heads"),
        _PLUMBING,
        (("6 in.", "8 in.", "10 in.", "12 in."), ("1.8 GPM", "2.5 GPM")),
        ("Rain", "Handheld", "Fixed", "Multi-Function", "Dual"),
        ("Chrome", "Matte Black", "Brushed Nickel"),
    ),
    Kind(
        "Door Knob",
        ("door knob", "doorknob", "door knobs"),
        _LOCKS,
        (),
        ("Entry", "Passage", "Privacy", "Keyed"),
        ("Satin Nickel", "Polished Brass", "Matte Black", "Venetian Bronze"),
    ),
    Kind(
        "Toilet Seat",
        ("toilet seat", "toilet seats"),
        _PLUMBING,
        (),
        ("Round", "Elongated", "Slow Close"),
        ("White", "Biscuit", "Bone"),
    ),
    Kind(
        "Ceiling Fan",
        ("ceiling fan", "ceiling fans"),
        _LIGHTING,
        (("44 in.", "52 in.", "60 in."),),
        ("Indoor", "Indoor/Outdoor", "Outdoor", "LED"),
        ("with Light Kit", "with Remote", ""),
    ),
    Kind(
        "Interior Paint",
        ("paint", "interior paint"),
        _PAINT,
        (("1 gal.", "5 gal.", "1 qt.", "8 oz."),),
        ("Flat", "Eggshell", "Satin", "Semi-Gloss"),
        ("Ultra Pure White", "Polar Bear", "Swiss Coffee"),
    ),
    Kind(
        "Wood and Concrete Coating",
        ("deckover", "deck over", "deck coating"),
        (("BEHR", ("DeckOver",)),),
        (("1 gal.", "5 gal."),),
        ("Solid Color", "Smooth", "Textured"),
        ("Cappuccino", "Slate", "Redwood"),
    ),
    Kind(
        "Light Bulb",
        ("light bulb", "lightbulb", "light bulbs"),
        _LIGHTING,
        (("40-Watt", "60-Watt", "75-Watt", "100-Watt"), ("(4-Pack)", "(8-Pack)", "")),
        ("LED", "A19", "BR30", "Dimmable"),
        ("Soft White", "Daylight", "Bright White"),
    ),
    Kind(
        "Wire",
        ("wire", "wires"),
        _ELECTRIC,
        (("10-Gauge", "12-Gauge", "14-Gauge"), ("50 ft.", "100 ft.", "500 ft.")),
        ("Solid Copper THHN", "Stranded Copper", "Romex SIMpull"),
        ("Black", "White", "Red", "Green"),
    ),
    Kind(
        "Extension Cord",
        ("extension cord", "extension cords"),
        _ELECTRIC,
        (("25 ft.", "50 ft.", "100 ft."), ("16/3", "14/3", "12/3")),
        ("Outdoor", "Indoor", "Heavy Duty"),
    ),
    Kind(
        "Outlet",
        ("outlet", "outlets", "receptacle"),
        _ELECTRIC,
        (("15 Amp", "20 Amp"),),
        ("Duplex", "GFCI", "Tamper Resistant", "USB"),
        ("White", "Almond", "Light Almond"),
    ),
    Kind(
        "Circuit Breaker",
        ("breaker", "circuit breaker", "breakers"),
        _ELECTRIC,
        (("15 Amp", "20 Amp", "30 Amp", "50 Amp"),),
        ("Single-Pole", "Double-Pole", "AFCI"),
    ),
    Kind(
        "Garden Hose",
        ("garden hose", "hose", "hoses"),
        _OUTDOOR + _HARDWARE,
        (("5/8 in. x 50 ft.", "5/8 in. x 75 ft.", "1/2 in. x 25 ft.", "3/4 in. x 100 ft."),),
        ("Heavy Duty", "Lightweight", "Expandable", "Rubber"),
    ),
    Kind(
        "Lawn Mower",
        ("lawn mower", "lawnmower", "mower"),
        _OUTDOOR,
        (("21 in.", "20 in.", "30 in."),),
        ("Gas", "Cordless", "Self-Propelled", "Push", "Walk Behind"),
    ),
    Kind(
        "String Trimmer",
        ("string trimmer", "trimmer", "weed trimmer"),
        _OUTDOOR,
        (("13 in.", "15 in.", "17 in."),),
        ("Cordless", "Gas", "Attachment Capable"),
    ),
    Kind(
        "Pressure Washer",
        ("pressure washer", "power washer"),
        _OUTDOOR,
        (("2000 PSI", "3100 PSI", "3600 PSI"), ("1.2 GPM", "2.5 GPM")),
        ("Gas", "Electric", "Cold Water"),
    ),
    Kind(
        "Wood Screws",
        ("wood screw", "wood screws", "screws"),
        _HARDWARE,
        (("#8 x 1-1/4 in.", "#8 x 2 in.", "#10 x 3 in.", "#6 x 1 in."), ("(100-Pack)", "(1 lb.)", "(5 lb.)")),
        ("Phillips Flat-Head", "Star Drive", "Zinc-Plated", "Exterior"),
    ),
    Kind(
        "Sandpaper",
        ("sandpaper", "sand paper"),
        (*_HARDWARE, ("3M", ("Pro Grade", ""))),
        (("60-Grit", "80-Grit", "120-Grit", "220-Grit"), ("9 in. x 11 in.", "5 in.")),
        ("Sanding Sheets", "Disc"),
    ),
    Kind(
        "Step Ladder",
        ("step ladder", "stepladder", "ladder"),
        (("Werner", ("",)), ("Little Giant", ("",)), *_HARDWARE),
        (("4 ft.", "6 ft.", "8 ft.", "10 ft."), ("250 lb.", "300 lb.")),
        ("Fiberglass", "Aluminum"),
    ),
    Kind(
        "Water Heater",
        ("water heater", "water heaters"),
        (("Rheem", ("Performance", "")), ("A.O. Smith", ("",))),
        (("40 Gal.", "50 Gal.", "30 Gal."), ("6-Year", "12-Year")),
        ("Gas", "Electric", "Tankless", "Short"),
    ),
    Kind(
        "Silicone Caulk",
        ("caulk", "silicone caulk"),
        (("GE", ("Silicone 2+", "")), ("DAP", ("Alex Plus", ""))),
        (("10.1 oz.", "2.8 oz."),),
        ("Kitchen and Bath", "Window and Door", "100%"),
        ("White", "Clear", "Almond"),
    ),
    Kind(
        "Floor and Wall Tile",
        ("tile", "floor tile", "tiles"),
        (("Daltile", ("",)), ("MSI", ("",))),
        (("12 in. x 24 in.", "6 in. x 24 in.", "3 in. x 6 in.", "12 in. x 12 in."),),
        ("Porcelain", "Ceramic", "Marble", "Subway"),
        ("Gray", "White", "Beige", "Black"),
    ),
    Kind(
        "Air Filter",
        ("air filter", "furnace filter", "air filters"),
        (("Filtrete", ("",)), ("HDX", ("",))),
        (
            (
                "20 in. x 25 in. x 1 in.",
                "16 in. x 25 in. x 1 in.",
                "20 in. x 20 in. x 1 in.",
                "14 in. x 20 in. x 1 in.",
            ),
            ("(4-Pack)", ""),
        ),
        ("Pleated", "FPR 7", "MERV 8", "MERV 11"),
    ),
    Kind(
        "Concrete Mix",
        ("concrete", "concrete mix"),
        (("Quikrete", ("",)), ("Sakrete", ("",))),
        (("80 lb.", "60 lb.", "50 lb."),),
        ("Fast-Setting", "High Strength", "Crack-Resistant"),
    ),
    Kind(
        "Kitchen Faucet",
        ("kitchen faucet", "faucet", "kitchen faucets"),
        _PLUMBING,
        (),
        ("Pull-Down", "Single-Handle", "Touchless", "Pull-Out"),
        ("Stainless", "Matte Black", "Chrome"),
    ),
    Kind(
        "Tape Measure",
        ("tape measure", "measuring tape"),
        _TOOLS + _HARDWARE,
        (("16 ft.", "25 ft.", "35 ft."),),
        ("Magnetic", "Compact", "Auto-Lock"),
    ),
    Kind(
        "Vanity",
        ("vanity", "bathroom vanity", "vanities"),
        (("Glacier Bay", ("",)), ("Home Decorators Collection", ("",))),
        (("30 in.", "36 in.", "48 in.", "60 in."),),
        ("Single Sink", "Double Sink", "Freestanding"),
        ("White", "Gray", "Espresso"),
    ),
    Kind(
        "Mailbox",
        ("mailbox", "mail box", "mailboxes"),
        (("Gibraltar Mailboxes", ("",)), ("Architectural Mailboxes", ("",))),
        (),
        ("Post Mount", "Wall Mount", "Locking"),
        ("Black", "Bronze", "Silver"),
    ),
    Kind(
        "Wet/Dry Vac",
        ("wet dry vac", "shop vac", "vacuum"),
        _TOOLS + _HARDWARE,
        (("6 Gal.", "12 Gal.", "16 Gal."), ("5.0-Peak HP", "6.5-Peak HP")),
        ("Portable", "Stainless Steel"),
    ),
    # Accessories and parts, whose titles hold another kind's words: "circular saw" is not a saw blade.
    Kind(
        "Circular Saw Blade",
        ("circular saw blade", "saw blade", "saw blades"),
        (*_TOOLS, ("Diablo", ("",))),
        (("6-1/2 in.", "7-1/4 in.", "8-1/4 in."), ("24-Tooth", "40-Tooth", "60-Tooth")),
        ("Framing", "Finish", "Carbide"),
    ),
    Kind(
        "Drill Bit Set",
        ("drill bit set", "drill bits", "drill bit"),
        _TOOLS,
        (("(21-Piece)", "(29-Piece)", "(100-Piece)"),),
        ("Titanium", "Cobalt", "Black Oxide", "Impact Ready"),
    ),
    Kind(
        "Garden Hose Nozzle",
        ("hose nozzle", "nozzle", "spray nozzle"),
        _OUTDOOR + _HARDWARE,
        (),
        ("8-Pattern", "Metal", "Pistol Grip", "Fireman"),
    ),
    Kind(
        "Hose Reel",
        ("hose reel", "hose reels"),
        _OUTDOOR + _HARDWARE,
        (("100 ft.", "150 ft.", "200 ft."),),
        ("Wall Mount", "Cart", "Retractable"),
    ),
    Kind(
        "Lawn Mower Blade",
        ("mower blade", "lawn mower blade", "mower blades"),
        _OUTDOOR,
        (("21 in.", "20 in.", "30 in."),),
        ("Mulching", "High-Lift", "Replacement"),
    ),
    Kind(
        "Paint Roller Cover",
        ("paint roller", "roller cover", "roller covers"),
        _PAINT + _HARDWARE,
        (("9 in. x 3/8 in.", "9 in. x 1/2 in.", "4 in. x 3/8 in."), ("(3-Pack)", "")),
        ("Microfiber", "Woven", "Knit"),
    ),
    Kind(
        "Paint Brush",
        ("paint brush", "paintbrush", "brushes"),
        _PAINT + _HARDWARE,
        (("2 in.", "2-1/2 in.", "3 in."),),
        ("Angled Sash", "Flat", "Polyester"),
    ),
    Kind(
        "Toilet Seat Hinge",
        ("toilet seat hinge", "seat hinges", "toilet hinge"),
        _PLUMBING,
        (),
        ("Replacement", "Quick-Release", "Slow Close"),
        ("White", "Chrome", "Biscuit"),
    ),
    Kind(
        "Ceiling Fan Light Kit",
        ("fan light kit", "light kit", "ceiling fan light"),
        _LIGHTING,
        (("3-Light", "1-Light"),),
        ("LED", "Bowl", "Schoolhouse"),
        ("White", "Brushed Nickel", "Oil-Rubbed Bronze"),
    ),
    Kind(
        "Pipe Wrench",
        ("pipe wrench", "wrench", "pipe wrenches"),
        _TOOLS + _HARDWARE,
        (("10 in.", "14 in.", "18 in.", "24 in."),),
        ("Aluminum", "Cast Iron", "Straight"),
    ),
    Kind(
        "Pipe Insulation",
        ("pipe insulation", "pipe wrap", "insulation"),
        _HARDWARE,
        (("1/2 in. x 6 ft.", "3/4 in. x 6 ft.", "1 in. x 6 ft."),),
        ("Foam", "Self-Sealing", "Fiberglass"),
    ),
    Kind(
        "Caulk Gun",
        ("caulk gun", "caulking gun", "caulk guns"),
        _TOOLS + _HARDWARE,
        (("10 oz.", "28 oz."),),
        ("Dripless", "Heavy Duty", "Cordless"),
    ),
    Kind(
        "Extension Ladder",
        ("extension ladder", "ladder", "extension ladders"),
        (("Werner", ("",)), ("Little Giant", ("",))),
        (("16 ft.", "20 ft.", "24 ft.", "28 ft."), ("250 lb.", "300 lb.")),
        ("Fiberglass", "Aluminum"),
    ),
    Kind(
        "Light Switch",
        ("light switch", "switch", "light switches"),
        _ELECTRIC,
        (("15 Amp", "20 Amp"),),
        ("Single-Pole", "3-Way", "Dimmer", "Smart"),
        ("White", "Almond", "Black"),
    ),
    Kind(
        "Deck Screws",
        ("deck screws", "deck screw", "screws"),
        _HARDWARE,
        (("#8 x 2-1/2 in.", "#9 x 3 in.", "#10 x 3-1/2 in."), ("(1 lb.)", "(5 lb.)")),
        ("Star Drive", "Coated", "Composite"),
    ),
)


@dataclass
class Product:
    id: str
    title: str
    kind: int
    parts: dict[str, str] = field(default_factory=dict[str, str])


def catalog(seed: int = SEED, per_kind: int = PER_KIND) -> list[Product]:
    """The products, ``per_kind`` of each kind, each title drawn from its kind's parts."""
    rng = random.Random(seed)
    made: list[Product] = []
    for number, kind in enumerate(KINDS):
        for _ in range(per_kind):
            brand, lines = rng.choice(kind.brands)
            parts = {"brand": brand, "line": rng.choice(lines)}
            for group, sizes in enumerate(kind.sizes):
                parts[f"size{group}"] = rng.choice(sizes)
            if kind.features:
                parts["feature"] = rng.choice(kind.features)
            if kind.finishes:
                parts["finish"] = rng.choice(kind.finishes)
            said = [parts["brand"], parts["line"]]
            said += [parts[f"size{g}"] for g in range(len(kind.sizes)) if not parts[f"size{g}"].startswith("(")]
            said += [parts.get("feature", ""), kind.name]
            finish = parts.get("finish", "")
            said.append(finish if finish.startswith("with") else f"in {finish}" if finish else "")
            said += [parts[f"size{g}"] for g in range(len(kind.sizes)) if parts[f"size{g}"].startswith("(")]
            title = " ".join(w for w in said if w)
            made.append(Product(f"h{len(made)}", title, number, {k: v for k, v in parts.items() if v}))
    rng.shuffle(made)
    return made


_INCH = ("inch", "in", '"', "", " inch", " in")
_FOOT = ("foot", "ft", "'", " foot", " ft", " feet", "ft")


def typed(size: str, rng: random.Random) -> str:
    """A size as a shopper types it: "1/2 in. x 10 ft." → "1/2 inch x 10 foot", "2 in. x 4 in. x 8 ft." → "2x4x8"."""
    text = size.strip("()")
    if " x " in text and rng.random() < 0.5 and "#" not in text:
        numbers = [part.split()[0] for part in text.split(" x ")]
        return "x".join(numbers)
    out: list[str] = []
    for chunk in text.split():
        low = chunk.lower().rstrip(".")
        if low == "in":
            unit = rng.choice(_INCH)
            out[-1] += unit if not unit.startswith(" ") and unit not in ("inch", "in") else f" {unit.strip()}"
        elif low == "ft":
            unit = rng.choice(_FOOT)
            out[-1] += unit if not unit.startswith(" ") and unit not in ("foot", "ft") else f" {unit.strip()}"
        elif low in ("gal", "lb", "oz", "qt"):
            out.append({"gal": "gallon", "lb": "pound", "oz": "oz", "qt": "quart"}[low] if rng.random() < 0.6 else low)
        elif "-" in chunk and chunk.split("-")[0].isdigit() and not chunk.split("-")[1][:1].isdigit():
            number, unit = chunk.split("-", 1)  # "12-Gauge", "60-Watt", "120-Grit"
            out.append(f"{number} {unit.lower()}" if rng.random() < 0.7 else f"{number}{unit.lower()[:1]}")
        else:
            out.append(chunk.lower())
    return " ".join(out).replace(" x ", rng.choice((" x ", "x", " by "))).strip()


def _slip(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    how = rng.randrange(3)
    if how == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


SHAPES = ("kind", "size+kind", "brand+kind", "brand+line", "feature+kind", "finish+kind", "brand+size+kind")


def generate(products: Sequence[Product], count: int = 400, seed: int = SEED) -> list[Query]:
    """``count`` queries over ``products`` with their judgments (see the module's docstring)."""
    rng = random.Random(seed + 1)
    queries: list[Query] = []
    while len(queries) < count:
        product = rng.choice(products)
        kind = KINDS[product.kind]
        shape = rng.choice(SHAPES)
        named: dict[str, str] = {}
        noun = rng.choice(kind.said)
        # A noun two kinds share ("ladder": step and extension ladders) asks for either.
        meant = {n for n, k in enumerate(KINDS) if n == product.kind or noun in k.said}
        words: list[str] = []
        if "brand" in shape:
            if not product.parts.get("brand"):
                continue
            named["brand"] = product.parts["brand"]
            words.append(product.parts["brand"].lower())
        if "line" in shape:
            if "line" not in product.parts:
                continue
            named["line"] = product.parts["line"]
            words.append(product.parts["line"].lower())
        if "size" in shape:
            sizes = [k for k in product.parts if k.startswith("size")]
            if not sizes:
                continue
            which = rng.choice(sizes)
            named[which] = product.parts[which]
            words.append(typed(product.parts[which], rng))
        if "feature" in shape:
            if "feature" not in product.parts:
                continue
            named["feature"] = product.parts["feature"]
            words.append(product.parts["feature"].lower())
        if "finish" in shape:
            finish = product.parts.get("finish", "")
            if not finish:
                continue
            named["finish"] = finish
            words.append(finish.lower().removeprefix("with "))
        if "kind" in shape:
            if rng.random() < SLIP:
                *first, last = noun.split()
                noun = " ".join([*first, _slip(last, rng)])
                shape += "+slip"
            if "finish" in shape and named["finish"].startswith("with"):
                words.insert(0, noun)
                words.insert(1, "with")
            else:
                words.append(noun)
        text = " ".join(words)
        grades: dict[str, int] = {}
        for other in products:
            if other.kind not in meant:
                continue
            have = sum(1 for key, value in named.items() if other.parts.get(key) == value)
            whole = have == len(named)
            grades[other.id] = 3 if whole else 2 if named and have * 2 >= len(named) else 1
        if "kind" not in shape:  # a brand and its line: any kind of theirs is what was asked for
            grades = {o.id: 3 for o in products if all(o.parts.get(key) == value for key, value in named.items())}
        queries.append(Query(f"h{len(queries)}", text, shape, grades))
    return queries


# Typed as shoppers type ------------------------------------------------------------------------------------------
# What real search-box traffic at a home-improvement shop adds to the shapes above (``generate_typed``): the kind
# first and its modifiers after ("paint exterior white", "pipe pvc 2 inch", "faucet kitchen"), a slip in any word,
# phonetic ones included ("facet", "swich", "galvinized"), one word alone (a kind, a brand, a model number), a word
# in another form of its stem ("magnet" for "Magnetic"), words no title uses ("for bathroom", "heavy duty",
# "outdoor"), queries of five to eight words, and sizes with their units dropped ("2x4 8", "pipe 1/2 10").

FILLERS = ("for bathroom", "for kitchen", "heavy duty", "outdoor", "for house", "for garage", "commercial",
           "replacement", "best", "cheap", "for deck", "home", "indoor", "small", "large", "for basement")  # fmt: skip
"""Words shoppers add that name no part of a product: judged as nothing (a title may still hold one)."""
VARIANTS = {"magnetic": "magnet", "galvanized": "galvanize", "pleated": "pleat", "dimmable": "dimmer",
            "textured": "texture", "expandable": "expanding", "retractable": "retracting", "mulching": "mulch",
            "locking": "lock", "fiberglass": "fiber glass", "self-propelled": "self propelled", "zinc-plated":
            "zinc plated", "pressure-treated": "pressure treated", "kiln-dried": "kiln dried", "handheld": "hand held",
            "cordless": "battery", "porcelain": "porcelin", "stainless": "stainless steel",
            "coated": "coat"}  # fmt: skip
"""Other forms of a feature's word as shoppers type them (a stem's other ending, a compound apart)."""
_VOWELS = "aeiou"


def misspelt(word: str, rng: random.Random) -> str:
    """A slip or a phonetic misspelling of ``word`` (5+ letters): a letter dropped, doubled or swapped, a vowel
    dropped or written as another ("facet", "galvinized"), a consonant of a cluster dropped ("swich"), "ph"/"f",
    "c"/"k"."""
    if len(word) < 5 or not word.isalpha():
        return word
    how = rng.randrange(5)
    if how == 0:
        return _slip(word, rng)
    inner = range(1, len(word) - 1)
    if how == 1:  # a vowel dropped or written as another
        at = [i for i in inner if word[i] in _VOWELS]
        if at:
            i = rng.choice(at)
            other = rng.choice([v for v in _VOWELS if v != word[i]] + [""])
            return word[:i] + other + word[i + 1 :]
    if how == 2:  # a doubled letter written once, or a single one twice
        doubled = [i for i in inner if word[i] == word[i - 1]]
        if doubled:
            i = rng.choice(doubled)
            return word[:i] + word[i + 1 :]
        i = rng.choice([i for i in inner if word[i] not in _VOWELS] or list(inner))
        return word[:i] + word[i] + word[i:]
    if how == 3:  # a consonant of a cluster dropped ("switch" → "swich")
        at = [i for i in inner if word[i] not in _VOWELS and word[i + 1] not in _VOWELS and word[i - 1] in _VOWELS]
        if at:
            i = rng.choice(at)
            return word[:i] + word[i + 1 :]
    for written, sounded in (("ph", "f"), ("ck", "k"), ("c", "k"), ("ei", "ie"), ("ie", "ei"), ("ou", "o")):
        if written in word[1:]:
            i = word.index(written, 1)
            return word[:i] + sounded + word[i + len(written) :]
    return _slip(word, rng)


def _unitless(size: str, rng: random.Random) -> str:
    """A size with its units dropped: "2 in. x 4 in. x 8 ft." → "2x4 8", "1/2 in. x 10 ft." → "1/2 10"."""
    numbers = [re.sub(r"^(\d+)-[A-Za-z].*", r"\1", part.split()[0]) for part in size.strip("()").split(" x ")]
    if len(numbers) == 3 and rng.random() < 0.5:
        return f"{numbers[0]}x{numbers[1]} {numbers[2]}"
    return " ".join(numbers) if rng.random() < 0.5 else "x".join(numbers)


def model_code(product: Product) -> str:
    """A model number for some products (a seeded one per product: letters of the brand, digits, a letter)."""
    rng = random.Random(f"{SEED}:{product.id}")
    letters = "".join(c for c in product.parts.get("brand", "X").upper() if c.isalpha())[:2] or "X"
    return f"{letters}{rng.randrange(100, 99999)}{rng.choice('ABCKX')}"


def coded(products: Sequence[Product]) -> list[Product]:
    """The catalog with a model number at the end of one title in four ("... (Model MI28391K)")."""
    out: list[Product] = []
    for product in products:
        if random.Random(f"{SEED}:code:{product.id}").random() < 0.25:
            code = model_code(product)
            parts = {**product.parts, "code": code}
            product = Product(product.id, f"{product.title} (Model {code})", product.kind, parts)
        out.append(product)
    return out


TYPED_SHAPES = ("kind", "kind-first", "kind-first", "slip", "slip", "unitless", "variant", "filler", "long", "long",
                "brand", "code", "kind")  # fmt: skip


def generate_typed(products: Sequence[Product], count: int = 400, seed: int = SEED) -> list[Query]:
    """``count`` queries typed as shoppers type at a home-improvement shop (see the section's comment), judged by
    the rule of the module's docstring on the parts named (a filler names none; a brand alone grades 3 every
    product of the brand, a model number the products with it)."""
    rng = random.Random(seed + 2)
    queries: list[Query] = []
    while len(queries) < count:
        product = rng.choice(products)
        kind = KINDS[product.kind]
        shape = rng.choice(TYPED_SHAPES)
        if shape in ("brand", "code"):
            value = product.parts.get(shape)
            if not value:
                continue
            text = value.lower() if shape == "brand" else value if rng.random() < 0.5 else value.lower()
            if shape == "brand" and rng.random() < 0.3:
                text = misspelt(text, rng)
                shape += "+slip"
            grades = {o.id: 3 for o in products if o.parts.get(shape.split("+")[0]) == value}
            queries.append(Query(f"t{len(queries)}", text, shape, grades))
            continue
        noun = rng.choice(kind.said)
        meant = {n for n, k in enumerate(KINDS) if n == product.kind or noun in k.said}
        named: dict[str, str] = {}
        before: list[str] = []  # the modifiers, as typed
        pool = [k for k in ("brand", "line", "feature", "finish") if product.parts.get(k)]
        pool += [k for k in product.parts if k.startswith("size") and not product.parts[k].startswith("(")]
        wanted = {"kind": 0, "kind-first": rng.randint(1, 2), "slip": rng.randint(0, 2), "unitless": 1,
                  "variant": 1, "filler": rng.randint(0, 1), "long": rng.randint(3, 5)}[shape]  # fmt: skip
        if shape == "unitless":
            pool = [k for k in pool if k.startswith("size")]
        if shape == "variant":
            pool = [k for k in ("feature", "finish") if product.parts.get(k, "").lower() in VARIANTS]
        if len(pool) < wanted:
            continue
        for key in rng.sample(pool, wanted):
            value = product.parts[key]
            named[key] = value
            if key.startswith("size"):
                before.append(_unitless(value, rng) if shape == "unitless" or rng.random() < 0.2 else typed(value, rng))
            elif shape == "variant":
                before.append(VARIANTS[value.lower()])
            else:
                before.append(value.lower().removeprefix("with "))
        if "line" in named and "brand" not in named:
            named["brand"] = product.parts["brand"]
            before.insert(0, product.parts["brand"].lower())
        noun_words = noun.split()
        if shape == "kind-first" and len(noun_words) == 2 and rng.random() < 0.5:
            noun_words.reverse()  # "faucet kitchen", "saw circular"
        if shape in ("filler", "long") or rng.random() < 0.15:
            extra = [f for f in FILLERS if f.removeprefix("for ") not in product.title.lower()]
            before.append(rng.choice(extra))
        if shape == "kind-first" or (shape in ("long", "unitless") and rng.random() < 0.4):
            said = [*noun_words, *before]
        else:
            said = [*before, *noun_words]
        if shape == "slip" or rng.random() < 0.1:
            shape = shape.removesuffix("slip").rstrip("+") or "any"
            at = [i for i, w in enumerate(said) if len(w) >= 5 and w.isalpha()]
            if at:
                i = rng.choice(at)
                said[i] = misspelt(said[i], rng)
                shape += "+slip"
        text = " ".join(said)
        grades: dict[str, int] = {}
        for other in products:
            if other.kind not in meant:
                continue
            have = sum(1 for key, value in named.items() if other.parts.get(key) == value)
            grades[other.id] = 3 if have == len(named) else 2 if named and have * 2 >= len(named) else 1
        queries.append(Query(f"t{len(queries)}", text, shape, grades))
    return queries
