"""The demo catalog a new user searches before adding any source: about 400 invented, realistic products.

Built from a fixed seed, so every install gets the same products and the same ids. Brands, shops and
models are invented; the GTINs use the GS1 restricted-circulation prefix 2, so they never name a real product.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from aisle_mcp.products import Availability, Money, Option, Product, Rating, Variant, stable_id

SEED = 20250601
BASE_URL = "https://demo.aisle.example"

_ADULT_SIZES = ("XS", "S", "M", "L", "XL", "XXL")
_SHOE_SIZES = ("6", "7", "8", "8.5", "9", "9.5", "10", "10.5", "11", "12", "13")


@dataclass(frozen=True)
class _Line:
    """One kind of product a brand makes: its name, the materials it comes in and what is always true of it."""

    noun: str
    materials: tuple[str, ...] = ("",)
    attributes: dict[str, str] = field(default_factory=dict[str, str])
    words: str = ""  # what the description says about it
    price: tuple[int, int] | None = None  # when it differs from the rest of its kind


@dataclass(frozen=True)
class _Kind:
    code: str
    category: str
    brands: tuple[str, ...]
    sellers: tuple[str, ...]
    lines: tuple[_Line, ...]
    colors: tuple[str, ...]
    price: tuple[int, int]
    count: int
    sizes: tuple[str, ...] = ()
    size_name: str = "Size"
    names: tuple[str, ...] = ()  # collection or model names put before the noun
    attributes: dict[str, str] = field(default_factory=dict[str, str])
    anchors: tuple[tuple[str, str, str, int], ...] = ()  # (noun, material, color, highest price) that must exist
    model: bool = False  # electronics carry a model number in the title
    plain_title: bool = False  # gear and goods are named without their material


_W = {"water_resistance": "waterproof"}
_NC = {"noise_cancelling": "active", "connectivity": "Bluetooth 5.3"}
_APPAREL = "Apparel & Accessories > Clothing"
_SHOES = "Apparel & Accessories > Shoes"

_KINDS: tuple[_Kind, ...] = (
    _Kind("SHI", f"{_APPAREL} > Shirts & Tops", ("Loomwell", "Tidewater Thread", "Marlowe & Finch", "Saltmarsh"),
          ("Northbay Goods", "Cobble & Crate"),
          (_Line("Camp Shirt", ("Linen", "Cotton"), words="A relaxed camp collar and a straight hem worn untucked."),
           _Line("Button-Down Shirt", ("Linen", "Oxford Cotton", "Chambray"), words="A soft button-down collar."),
           _Line("Short Sleeve Shirt", ("Linen", "Cotton Poplin"), words="Cut for warm days."),
           _Line("Flannel Shirt", ("Brushed Cotton Flannel",), words="Brushed on both sides for warmth.")),
          ("Red", "White", "Navy", "Sky Blue", "Olive", "Sand", "Black"), (24, 79), 40, _ADULT_SIZES,
          names=("Coastline", "Harbor", "Weekend", "Everyday", "Meadow"), attributes={"gender": "unisex"},
          anchors=(("Camp Shirt", "Linen", "Red", 45), ("Button-Down Shirt", "Linen", "Red", 49),
                   ("Short Sleeve Shirt", "Linen", "White", 39))),
    _Kind("DRE", f"{_APPAREL} > Dresses", ("Petal & Pine", "Verano Studio", "Maison Alouette"), ("Northbay Goods",),
          (_Line("Wrap Dress", ("Viscose", "Silk", "Cotton Jersey"), words="Ties at the waist; falls below the knee."),
           _Line("Midi Dress", ("Linen", "Cotton", "Silk"), words="A midi length with side pockets."),
           _Line("Slip Dress", ("Silk", "Satin"), words="Bias cut with adjustable straps."),
           _Line("Sundress", ("Linen", "Cotton"), words="Light and breathable for summer.")),
          ("Red", "Black", "Emerald", "Blush Pink", "Navy", "Mustard", "Ivory"), (39, 189), 30, _ADULT_SIZES[:5],
          names=("Riviera", "Juniper", "Solstice", "Marigold"), attributes={"gender": "female"},
          anchors=(("Sundress", "Linen", "Red", 79),)),
    _Kind("JEA", f"{_APPAREL} > Pants > Jeans", ("Indigo Foundry", "Rivetline", "Loomwell"), ("Cobble & Crate",),
          (_Line("Slim Jeans", ("Stretch Denim", "Organic Cotton Denim"), words="A slim leg with a little stretch."),
           _Line("Straight Leg Jeans", ("Rigid Denim", "Organic Cotton Denim"), words="Classic five-pocket fit."),
           _Line("Relaxed Jeans", ("Denim",), words="Roomy through the seat and thigh."),
           _Line("Bootcut Jeans", ("Stretch Denim",), words="Fitted to the knee, flared over boots.")),
          ("Indigo", "Black", "Light Wash", "Grey"), (39, 129), 25, ("28", "30", "32", "34", "36", "38"),
          size_name="Waist", names=("No. 3", "No. 7", "Workwear", "Selvedge"), attributes={"gender": "unisex"}),
    _Kind("JAC", f"{_APPAREL} > Outerwear > Coats & Jackets",
          ("Ridgeback Outfitters", "Stormhollow", "Cairnline", "Tidewater Thread"), ("Summit Supply Co.",),
          (_Line("Waterproof Rain Jacket", ("Recycled Nylon", "Polyester"), _W,
                 "Fully taped seams and a storm hood keep the rain out."),
           _Line("Waterproof Hardshell Jacket", ("3-Layer Nylon",), _W, "A breathable waterproof membrane.",
                 price=(179, 299)),
           _Line("Insulated Puffer Jacket", ("Recycled Polyester", "Duck Down"), words="Warm, packable insulation."),
           _Line("Denim Jacket", ("Denim",), words="A trucker jacket that softens with wear.", price=(49, 129)),
           _Line("Fleece Jacket", ("Fleece",), words="A full-zip midlayer.", price=(49, 119))),
          ("Black", "Navy", "Olive", "Red", "Yellow", "Forest Green"), (49, 299), 30, _ADULT_SIZES,
          names=("Squall", "Ridge", "Tempest", "Harbor", "Nimbus"), attributes={"gender": "unisex"},
          anchors=(("Waterproof Rain Jacket", "Recycled Nylon", "Navy", 149),
                   ("Waterproof Hardshell Jacket", "3-Layer Nylon", "Black", 299))),
    _Kind("RUN", f"{_SHOES} > Athletic Shoes > Running Shoes", ("Stridewell", "Kestrel Run", "Pacefield"),
          ("Pace Athletics", "Summit Supply Co."),
          (_Line("Road Running Shoes", ("Engineered Mesh",), words="A cushioned midsole for daily miles."),
           _Line("Trail Running Shoes", ("Ripstop Mesh",), {"terrain": "trail"}, "Lugged outsole for grip."),
           _Line("Cushioned Running Shoes", ("Knit",), words="Maximum cushioning for long runs."),
           _Line("Racing Running Shoes", ("Mono Mesh",), words="Light, with a carbon-fibre plate.")),
          ("Black", "White", "Blue", "Coral", "Volt Green", "Grey"), (79, 189), 30, _SHOE_SIZES,
          names=("Tempo 4", "Glide 9", "Swift 2", "Drift 6", "Surge 3"), attributes={"gender": "unisex"},
          anchors=(("Road Running Shoes", "Engineered Mesh", "Blue", 129),)),
    _Kind("BOO", f"{_SHOES} > Boots", ("Bramblecrest", "Ironvale Boot Co.", "Stridewell"), ("Summit Supply Co.",),
          (_Line("Waterproof Hiking Boots", ("Nubuck Leather", "Suede"), _W, "A waterproof lining and a grippy sole."),
           _Line("Chelsea Boots", ("Leather", "Suede"), words="Elastic sides and pull tabs."),
           _Line("Leather Work Boots", ("Full-Grain Leather",), words="Goodyear welted and resoleable."),
           _Line("Winter Snow Boots", ("Waterproof Nylon",), _W, "Insulated to -25 °C.")),
          ("Brown", "Black", "Tan", "Grey"), (89, 249), 22, _SHOE_SIZES, names=("Fell", "Tor", "Moor", "Crag")),
    _Kind("SNE", f"{_SHOES} > Sneakers", ("Courtside Lane", "Pavement Club", "Stridewell"), ("Cobble & Crate",),
          (_Line("Low-Top Sneakers", ("Leather", "Canvas"), words="A clean cupsole silhouette."),
           _Line("High-Top Sneakers", ("Canvas", "Suede"), words="Padded collar for ankle support."),
           _Line("Slip-On Sneakers", ("Canvas",), words="Elastic gores, no laces.")),
          ("White", "Black", "Red", "Navy", "Green"), (45, 139), 22, _SHOE_SIZES,
          names=("Court", "Classic", "Vintage")),
    _Kind("AUD", "Electronics > Audio > Headphones", ("Auralis", "Veltro Audio", "Hushline"),
          ("Brightwire Electronics", "Northbay Goods"),
          (_Line("Wireless Noise Cancelling Headphones", attributes={**_NC, "battery_life": "30 hours"},
                 words="Active noise cancelling and a 30-hour battery.", price=(149, 399)),
           _Line("Noise Cancelling Earbuds", attributes={**_NC, "battery_life": "8 hours (32 with case)"},
                 words="Adaptive noise cancelling in a pocketable case.", price=(79, 249)),
           _Line("Wired Studio Headphones", attributes={"connectivity": "3.5 mm wired"}, words="Flat, honest sound.",
                 price=(49, 199)),
           _Line("Sport Earbuds", attributes={"connectivity": "Bluetooth 5.3", "water_resistance": "IPX5"},
                 words="Sweat resistant, with ear hooks.", price=(29, 99))),
          ("Black", "Silver", "Midnight Blue", "White"), (29, 399), 30, model=True,
          anchors=(("Wireless Noise Cancelling Headphones", "", "Black", 349),
                   ("Noise Cancelling Earbuds", "", "White", 199))),
    _Kind("LAP", "Electronics > Computers > Laptops", ("Corvex", "Novaline", "Quillon"), ("Brightwire Electronics",),
          (_Line('14" Ultrabook', ("Aluminium",), words="Under 1.3 kg with an all-day battery."),
           _Line('15.6" Laptop', ("Aluminium", "Polycarbonate"), words="A full keyboard with a number pad.",
                 price=(499, 999)),
           _Line('16" Creator Laptop', ("Aluminium",), words="A colour-accurate 16-inch display.", price=(1499, 2499)),
           _Line('13" 2-in-1 Laptop', ("Magnesium Alloy",), words="Folds into a tablet; pen included.",
                 price=(599, 1299))),
          ("Silver", "Space Grey", "Black"), (499, 2499), 20, ("8GB / 256GB", "16GB / 512GB", "32GB / 1TB"),
          size_name="Memory / Storage", model=True),
    _Kind("PHO", "Electronics > Communications > Telephony > Mobile Phones", ("Novaline", "Corvex", "Lumo Mobile"),
          ("Brightwire Electronics",),
          (_Line("5G Smartphone", ("Glass and Aluminium",), words="A 6.4-inch OLED display and a triple camera."),
           _Line("Compact Smartphone", ("Glass and Aluminium",), words="A one-handed 5.9-inch phone.",
                 price=(199, 699))),
          ("Graphite", "Silver", "Sage Green", "Blue"), (199, 1199), 16, ("128GB", "256GB", "512GB"),
          size_name="Storage", model=True),
    _Kind("KIT", "Home & Garden > Kitchen & Dining > Cookware & Bakeware", ("Copperleaf Kitchen", "Ferro & Fig"),
          ("Hearth & Table",),
          (_Line("Cast Iron Skillet", ("Cast Iron",), words="Pre-seasoned and oven safe.", price=(24, 69)),
           _Line("Nonstick Frying Pan", ("Aluminium",), words="PFAS-free ceramic coating.", price=(19, 59)),
           _Line("Stainless Steel Saucepan", ("Stainless Steel",), words="Tri-ply for even heat.", price=(39, 129)),
           _Line("Dutch Oven", ("Enameled Cast Iron",), words="5.5 quarts, for braises and bread.", price=(79, 249)),
           _Line("Pour-Over Kettle", ("Stainless Steel",), words="A gooseneck spout for a steady pour.",
                 price=(29, 89)),
           _Line("French Press", ("Borosilicate Glass", "Stainless Steel"), words="Makes eight cups.", price=(19, 59))),
          ("Black", "Red", "Cream", "Steel"), (19, 249), 30, names=("Classic", "Pro", "Chef's"),
          plain_title=True),
    _Kind("HOM", "Home & Garden > Linens & Bedding", ("Linen Lane Home", "Hearthstead", "Driftwood & Co."),
          ("Hearth & Table", "Northbay Goods"),
          (_Line("Duvet Cover Set", ("Linen", "Cotton Percale"), words="Includes two pillowcases."),
           _Line("Bath Towel Set", ("Turkish Cotton",), words="Six plush towels.", price=(39, 99)),
           _Line("Throw Blanket", ("Merino Wool", "Cotton"), words="Soft, with fringed ends.", price=(35, 149)),
           _Line("Sheet Set", ("Linen", "Bamboo Lyocell"), words="Deep pockets fit mattresses to 16 inches.")),
          ("White", "Oat", "Sage", "Terracotta", "Charcoal"), (29, 229), 25, ("Twin", "Queen", "King")),
    _Kind("OUT", "Sporting Goods > Outdoor Recreation > Camping & Hiking", ("Ridgeback Outfitters", "Fernhollow"),
          ("Summit Supply Co.",),
          (_Line("2-Person Backpacking Tent", ("Ripstop Nylon",), _W, "Weighs 1.4 kg; pitches in three minutes.",
                 price=(199, 499)),
           _Line("Down Sleeping Bag", ("Duck Down",), {"temperature_rating": "-5 °C"}, "Rated to -5 °C.",
                 price=(129, 349)),
           _Line("35L Hiking Backpack", ("Recycled Nylon",), words="A ventilated back panel and rain cover.",
                 price=(79, 189)),
           _Line("Insulated Water Bottle", ("Stainless Steel",), words="Cold for 24 hours, hot for 12.",
                 price=(19, 45)),
           _Line("Rechargeable Headlamp", ("Aluminium",), {"water_resistance": "IPX4"}, "400 lumens, USB-C.",
                 price=(19, 59))),
          ("Orange", "Green", "Blue", "Grey", "Black"), (19, 499), 30, names=("Trailhead", "Basecamp", "Alpine"),
          plain_title=True),
    _Kind("BEA", "Health & Beauty > Personal Care > Cosmetics", ("Lumé Botanics", "Petalwise", "Dewline Skin"),
          ("Glow Apothecary",),
          (_Line("Hydrating Face Serum", words="Hyaluronic acid and niacinamide."),
           _Line("Daily Moisturizer SPF 30", words="Broad-spectrum sun protection."),
           _Line("Gentle Foaming Cleanser", words="Fragrance free, for sensitive skin."),
           _Line("Matte Lipstick", words="Long wearing and non-drying."),
           _Line("Repair Hair Mask", words="Shea butter and argan oil.")),
          ("Clear", "Rose", "Berry", "Nude", "Coral"), (8, 68), 30, ("30 ml", "50 ml"),
          plain_title=True),
    _Kind("TOY", "Toys & Games > Toys", ("Brickwise", "Tumbletop", "Little Acorn"), ("Little Acorn Toys",),
          (_Line("Wooden Building Blocks (60 pcs)", ("Beech Wood",), words="Smooth, water-based paints."),
           _Line("1000-Piece Jigsaw Puzzle", ("Recycled Cardboard",), words="A poster of the finished picture.",
                 price=(14, 29)),
           _Line("Magnetic Tile Set (48 pcs)", ("ABS Plastic",), words="Builds 3D shapes with strong magnets."),
           _Line("Remote Control Car", ("ABS Plastic",), words="2.4 GHz control and a rechargeable battery.",
                 price=(39, 89)),
           _Line("Plush Bear", ("Recycled Polyester",), words="Machine washable.", price=(12, 35))),
          ("Multicolor", "Red", "Blue", "Natural"), (12, 89), 25, attributes={"age_group": "kids"},
          plain_title=True),
    _Kind("SPO", "Sporting Goods > Exercise & Fitness", ("Apexa Sport", "Corefit", "Pacefield"), ("Pace Athletics",),
          (_Line("Non-Slip Yoga Mat", ("Natural Rubber", "TPE"), words="6 mm thick with alignment lines.",
                 price=(25, 89)),
           _Line("Adjustable Dumbbell Set", ("Steel",), words="Adjusts from 2.5 to 24 kg.", price=(149, 349)),
           _Line("Resistance Band Set", ("Latex",), words="Five bands with handles.", price=(15, 39)),
           _Line("Foam Roller", ("EVA Foam",), words="Firm density for recovery.", price=(19, 45)),
           _Line("Speed Jump Rope", ("Steel Cable",), words="Ball-bearing handles.", price=(9, 29))),
          ("Black", "Purple", "Teal", "Grey"), (9, 349), 25,
          plain_title=True),
)  # fmt: skip

_UNNAMED_COLORS = frozenset({"Clear", "Multicolor", "Natural"})
_EXTRA_CURRENCIES = (("EUR", "Kanalhaus Berlin"), ("GBP", "Fenwick Row London"))


def demo_products() -> list[Product]:
    """The demo catalog, the same on every call: about 400 products across 16 categories."""
    rng = random.Random(SEED)
    used_gtins: set[str] = set()
    products: list[Product] = []
    for kind in _KINDS:
        combos = [
            (line.noun, material, color) for line in kind.lines for material in line.materials for color in kind.colors
        ]
        rng.shuffle(combos)
        chosen = [(noun, material, color, ceiling) for noun, material, color, ceiling in kind.anchors]
        anchored = {anchor[:3] for anchor in kind.anchors}
        # Kinds with few combinations repeat them; each repeat gets another model or collection name.
        while len(chosen) < kind.count:
            chosen += [(n, m, c, None) for n, m, c in combos if (n, m, c) not in anchored]
        for index, (noun, material, color, ceiling) in enumerate(chosen[: kind.count]):
            line = next(item for item in kind.lines if item.noun == noun)
            products.append(_product(rng, kind, line, material, color, index, ceiling, used_gtins))
    return products


def _product(
    rng: random.Random,
    kind: _Kind,
    line: _Line,
    material: str,
    color: str,
    index: int,
    ceiling: int | None,
    used_gtins: set[str],
) -> Product:
    brand = rng.choice(kind.brands)
    name = _model(rng, brand, line) if kind.model else (rng.choice(kind.names) if kind.names else "")
    material_word = "" if kind.model or kind.plain_title else _material_word(material, line.noun)
    title = " ".join(part for part in (brand, name, material_word, line.noun) if part)
    if color not in _UNNAMED_COLORS:
        title += f" - {color}"  # one style comes in several colors, each its own product
    sku = f"{kind.code}-{re.sub(r'[^A-Z]', '', brand.upper())[:3]}-{index + 1:03d}"
    anchor = ceiling is not None
    currency, seller = "USD", rng.choice((*kind.sellers, f"{brand} Store"))
    if not anchor and rng.random() < 0.06:
        currency, seller = rng.choice(_EXTRA_CURRENCIES)
    low, high = line.price or kind.price
    price = _price(rng, low, min(high, ceiling) if ceiling else high)
    list_price = (
        _price(rng, int(price * Decimal("1.15")) + 1, int(price * Decimal("1.6")) + 2) if rng.random() < 0.25 else None
    )
    stock = Availability.in_stock if anchor else _availability(rng)
    attributes: dict[str, str | list[str]] = {**kind.attributes, **line.attributes, "color": color}
    if material:
        attributes["material"] = material
    options = [Option(name="Color", values=[color])]
    variants: list[Variant] = []
    if kind.sizes:
        options.append(Option(name=kind.size_name, values=list(kind.sizes)))
        if rng.random() < 0.3 or kind.model:
            variants = _variants(rng, kind, sku, color, price, currency, stock)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    updated = datetime(2025, 6, 1, tzinfo=UTC) - timedelta(days=rng.randint(0, 180), minutes=rng.randint(0, 1439))
    sentences = [line.words, f"Made of {material.lower()}." if material else "", f"Shown in {color.lower()}."]
    return Product(
        id=stable_id("local", "demo", sku),
        source="local",
        title=title,
        brand=brand,
        seller=seller,
        url=f"{BASE_URL}/products/{slug}-{sku.lower()}",
        price=Money(amount=price, currency=currency),
        list_price=Money(amount=list_price, currency=currency) if list_price and list_price > price else None,
        availability=stock,
        image=f"{BASE_URL}/img/{sku.lower()}.jpg",
        images=[f"{BASE_URL}/img/{sku.lower()}.jpg", f"{BASE_URL}/img/{sku.lower()}-2.jpg"],
        category=kind.category,
        gtin=_gtin(rng, used_gtins),
        mpn=name.replace(" ", "-").upper() if kind.model else f"{sku.split('-')[1]}{rng.randint(1000, 9999)}",
        sku=sku,
        description=" ".join(s for s in (f"{title}.", *sentences) if s),
        attributes=attributes,
        options=options,
        variants=variants,
        rating=_rating(rng),
        updated_at=updated,
    )


def _material_word(material: str, noun: str) -> str:
    """The material in the title when it is a word shoppers search for and the noun does not already say it."""
    word = material.split()[-1] if material else ""
    return material if word and word.lower() not in noun.lower() and len(material) <= 16 else ""


def _model(rng: random.Random, brand: str, line: _Line) -> str:
    prefix = "".join(word[0] for word in brand.split())[:2].upper().ljust(2, "X")
    suffix = "NC" if line.attributes.get("noise_cancelling") else rng.choice(("", "S", "X"))
    return f"{prefix}-{rng.randint(3, 9)}{rng.choice((0, 5))}0{suffix}"


def _price(rng: random.Random, low: int, high: int) -> Decimal:
    whole = rng.randint(low, max(low, high - 1))
    return Decimal(f"{whole}.{rng.choice(('99', '00', '95', '50', '99'))}")


def _availability(rng: random.Random) -> Availability:
    roll = rng.random()
    if roll < 0.80:
        return Availability.in_stock
    if roll < 0.89:
        return Availability.out_of_stock
    if roll < 0.95:
        return Availability.limited
    return Availability.preorder if roll < 0.98 else Availability.backorder


def _variants(
    rng: random.Random, kind: _Kind, sku: str, color: str, price: Decimal, currency: str, stock: Availability
) -> list[Variant]:
    variants: list[Variant] = []
    for step, size in enumerate(kind.sizes):
        # Bigger storage and memory cost more; clothing sizes cost the same.
        amount = price + Decimal(step * (100 if kind.model else 0))
        code = re.sub(r"[^A-Z0-9]", "", size.upper())
        in_stock = stock is Availability.in_stock and rng.random() < 0.85
        variants.append(
            Variant(
                id=f"{sku}-{code}",
                title=f"{color} / {size}",
                sku=f"{sku}-{code}",
                price=Money(amount=amount, currency=currency),
                availability=Availability.in_stock if in_stock else Availability.out_of_stock,
                options={"Color": color, kind.size_name: size},
            )
        )
    return variants


def _gtin(rng: random.Random, used: set[str]) -> str:
    while True:
        body = "2" + "".join(str(rng.randint(0, 9)) for _ in range(11))
        code = body + gtin_check_digit(body)
        if code not in used:
            used.add(code)
            return code


def gtin_check_digit(body: str) -> str:
    """The GS1 check digit for the digits before it (weights 3 and 1 from the right)."""
    total = sum(int(digit) * (3 if position % 2 == 0 else 1) for position, digit in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def _rating(rng: random.Random) -> Rating | None:
    if rng.random() < 0.12:
        return None
    return Rating(value=Decimal(rng.randint(32, 49)) / 10, count=rng.randint(3, 2500), scale=Decimal(5))
