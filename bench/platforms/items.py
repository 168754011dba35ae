"""What the pages sell: names in several languages, brands, sizes, and one drawn item."""

# Written in the characters shops use (full-width colons and yen, multiplication signs, en dashes).
# ruff: noqa: RUF001

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from platforms.money import Locale, draw_price, reduce

# --- what is sold --------------------------------------------------------------------------------------------------

NAMES = {
    "en": [
        "Merino Crew Neck Sweater",
        "Waxed Canvas Tote Bag",
        "Ceramic Pour-Over Coffee Set",
        "Trail Running Shoe",
        "Linen Button-Down Shirt",
        "Insulated Steel Water Bottle 750 ml",
        "Organic Cotton Hoodie",
        "Cast Iron Skillet 26 cm",
        "Wireless Noise Cancelling Headphones",
        "Leather Card Holder",
        "Down Puffer Jacket",
        "Bamboo Cutting Board Set",
        "Wool Blend Beanie",
        "Stainless Chef's Knife 20 cm",
        "Recycled Nylon Backpack 22L",
        "Slim Fit Chino Trousers",
        "Glass Storage Jars (Set of 3)",
        "Yoga Mat 6 mm",
        "Cordless Drill Driver 18V",
        "Scented Soy Candle",
    ],
    "de": [
        "Merino Pullover mit Rundhalsausschnitt",
        "Gusseisenpfanne 26 cm",
        "Trinkflasche aus Edelstahl 750 ml",
        "Wanderschuh Gore-Tex",
        "Leinenhemd Regular Fit",
        "Daunenjacke mit Kapuze",
        "Akku-Bohrschrauber 18 V",
        "Bio-Baumwoll Hoodie",
        "Kochmesser aus Damaststahl",
        "Rucksack aus recyceltem Nylon 22 L",
    ],
    "fr": [
        "Pull col rond en mérinos",
        "Poêle en fonte 26 cm",
        "Gourde isotherme en inox 750 ml",
        "Chaussures de randonnée",
        "Chemise en lin coupe droite",
        "Doudoune à capuche",
        "Sac à dos 22 L",
        "Sweat à capuche en coton bio",
        "Couteau de chef 20 cm",
        "Bougie parfumée à la cire de soja",
    ],
    "es": [
        "Jersey de lana merino",
        "Sartén de hierro fundido 26 cm",
        "Zapatillas de trail",
        "Mochila 22 L",
        "Camisa de lino",
        "Chaqueta acolchada",
    ],
    "it": [
        "Maglione in lana merino",
        "Padella in ghisa 26 cm",
        "Scarpe da trail running",
        "Zaino 22 L",
        "Camicia di lino",
        "Piumino con cappuccio",
    ],
    "nl": [
        "Merino trui met ronde hals",
        "Gietijzeren koekenpan 26 cm",
        "Trailrunningschoen",
        "Rugzak 22 L",
        "Linnen overhemd",
        "Donsjas met capuchon",
    ],
    "pt": [
        "Tênis de Corrida Trail",
        "Camisa de Linho",
        "Mochila 22 L",
        "Jaqueta Puffer",
        "Garrafa Térmica 750 ml",
        "Frigideira de Ferro Fundido 26 cm",
    ],
    "ko": [
        "남성 메리노 울 니트",
        "스테인리스 텀블러 750ml",
        "무선 노이즈캔슬링 헤드폰",
        "여성 경량 패딩 점퍼",
        "캠핑 의자 접이식",
        "유기농 면 후드티",
    ],
    "ja": [
        "メリノウール クルーネックセーター",
        "南部鉄器 急須 0.6L",
        "ワイヤレスイヤホン ノイズキャンセリング",
        "撥水 リュックサック 22L",
        "今治タオル バスタオル 2枚セット",
        "ステンレス 真空断熱ボトル 500ml",
    ],
    "zh": [
        "男士美利奴羊毛针织衫",
        "不锈钢保温杯 750ml",
        "无线降噪蓝牙耳机",
        "女士轻薄羽绒服",
        "户外折叠露营椅",
        "纯棉连帽卫衣",
    ],
    "pl": [
        "Sweter z wełny merino",
        "Patelnia żeliwna 26 cm",
        "Buty do biegania w terenie",
        "Plecak 22 l",
        "Kurtka puchowa z kapturem",
        "Wiertarko-wkrętarka akumulatorowa 18 V",
    ],
    "sv": [
        "Tröja i merinoull",
        "Gjutjärnspanna 26 cm",
        "Vandringskänga Gore-Tex",
        "Ryggsäck 22 l",
        "Dunjacka med huva",
        "Termosflaska i rostfritt stål 750 ml",
    ],
    "nb": [
        "Genser i merinoull",
        "Støpejernspanne 26 cm",
        "Tursko Gore-Tex",
        "Ryggsekk 22 l",
        "Dunjakke med hette",
        "Termoflaske i rustfritt stål 750 ml",
    ],
    "da": [
        "Sweater i merinould",
        "Støbejernspande 26 cm",
        "Vandresko Gore-Tex",
        "Rygsæk 22 l",
        "Dunjakke med hætte",
        "Termoflaske i rustfrit stål 750 ml",
    ],
    "ru": [
        "Свитер из мериносовой шерсти",
        "Чугунная сковорода 26 см",
        "Кроссовки для трейлраннинга",
        "Рюкзак 22 л",
        "Пуховик с капюшоном",
        "Термос из нержавеющей стали 750 мл",
    ],
    "tr": [
        "Merinos Yün Kazak",
        "Döküm Tava 26 cm",
        "Arazi Koşu Ayakkabısı",
        "Sırt Çantası 22 L",
        "Kapüşonlu Şişme Mont",
        "Çelik Termos 750 ml",
    ],
    "ar": [
        "كنزة من صوف المارينو",
        "مقلاة من الحديد الزهر 26 سم",
        "حذاء جري للطرق الوعرة",
        "حقيبة ظهر 22 لتر",
        "سترة منفوخة بقلنسوة",
        "سماعات لاسلكية عازلة للضوضاء",
    ],
    "cs": [
        "Svetr z merino vlny",
        "Litinová pánev 26 cm",
        "Trailová běžecká obuv",
        "Batoh 22 l",
        "Péřová bunda s kapucí",
        "Aku vrtačka 18 V",
    ],
    "el": [
        "Πουλόβερ από μαλλί merino",
        "Τηγάνι από μαντέμι 26 εκ.",
        "Παπούτσια τρεξίματος trail",
        "Σακίδιο πλάτης 22 L",
        "Μπουφάν puffer με κουκούλα",
        "Ανοξείδωτο θερμός 750 ml",
    ],
    "id": [
        "Sweater Rajut Pria Merino",
        "Wajan Besi Cor 26 cm",
        "Sepatu Lari Trail",
        "Tas Ransel 22L",
        "Jaket Puffer Wanita",
        "Botol Minum Stainless 750 ml",
    ],
    "vi": [
        "Áo len nam lông cừu merino",
        "Chảo gang 26 cm",
        "Giày chạy bộ địa hình",
        "Balo 22L",
        "Áo phao nữ có mũ",
        "Bình giữ nhiệt inox 750ml",
    ],
    "th": [
        "เสื้อสเวตเตอร์ขนแกะเมอริโน",
        "กระทะเหล็กหล่อ 26 ซม.",
        "รองเท้าวิ่งเทรล",
        "กระเป๋าเป้ 22 ลิตร",
        "เสื้อแจ็คเก็ตพัฟเฟอร์",
        "กระบอกน้ำสแตนเลส 750 มล.",
    ],
    # The third blind set's languages (``--half third``).
    "ro": [
        "Pulover din lână merinos",
        "Tigaie din fontă 26 cm",
        "Pantofi de alergare trail",
        "Rucsac 22 L",
        "Geacă de puf cu glugă",
        "Aspirator vertical fără fir",
    ],
    "hu": [
        "Merinó gyapjú pulóver",
        "Öntöttvas serpenyő 26 cm",
        "Terepfutó cipő",
        "Hátizsák 22 l",
        "Kapucnis pehelykabát",
        "Vezeték nélküli fejhallgató",
    ],
    "bg": [
        "Пуловер от мериносова вълна",
        "Чугунен тиган 26 см",
        "Маратонки за трейл бягане",
        "Раница 22 л",
        "Пухено яке с качулка",
        "Безжични слушалки",
    ],
    "uk": [
        "Светр з вовни мериноса",
        "Чавунна сковорода 26 см",
        "Кросівки для трейлранінгу",
        "Рюкзак 22 л",
        "Пуховик з капюшоном",
        "Бездротові навушники",
    ],
    "he": [
        "סוודר צמר מרינו",
        "מחבת ברזל יצוק 26 ס״מ",
        "נעלי ריצת שטח",
        "תיק גב 22 ליטר",
        "מעיל פוך עם קפוצ׳ון",
        "אוזניות אלחוטיות",
    ],
}


FURNITURE = [
    "Harlow 3-Seater Sofa",
    "Oslo Oak Dining Table",
    "Marlow Velvet Armchair",
    "Fjord Bed Frame 160x200",
    "Haven Corner Sofa",
    "Atlas Sideboard in Walnut",
]


BRANDS = [
    "Northwind",
    "Fjellkatt",
    "Tidewater",
    "Brightline",
    "Ostara",
    "Kestrel & Co",
    "Lumen",
    "Hollis",
    "Marrow",
    "Quarry",
    "Vantage",
    "Solberg",
]


SIZES = {
    "apparel": ["XS", "S", "M", "L", "XL"],
    "shoes": ["40", "41", "42", "43", "44", "45"],
    "kr": ["90", "95", "100", "105"],
    "none": [],
}


SHOP_NAMES = ["Harbour Supply", "Alder & Pine", "Copperleaf", "Greywell", "Kindred Goods", "Parcel Row", "Juniper Lane"]


@dataclass
class Item:
    name: str
    brand: str
    price: Decimal  # what a shopper pays now
    was: Decimal | None  # the price before a reduction, when on sale
    in_stock: bool
    sizes: list[str]
    handle: str
    gtin: str
    related: list[tuple[str, Decimal, bool]]  # name, price, in stock
    description: str


def slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() and c.isascii() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "item"


def gtin13(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(12)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def draw_item(
    rng: random.Random,
    loc: Locale,
    *,
    sale: float = 0.4,
    stock: float = 0.7,
    sizes: str = "",
    names: list[str] | None = None,
    scale: int = 1,
) -> Item:
    name = rng.choice(names or NAMES.get(loc.lang, NAMES["en"]))
    price = draw_price(rng, loc, scale)
    was = None
    if rng.random() < sale:
        price, was = reduce(rng, price, loc)
    kind = sizes or rng.choice(["apparel", "shoes", "none", "none"])
    related = [
        (rng.choice(names or NAMES.get(loc.lang, NAMES["en"])), draw_price(rng, loc, scale), rng.random() < 0.8)
        for _ in range(rng.choice([0, 3, 4, 4, 6]))
    ]
    description = {
        "en": f"Made to last, the {name.lower()} is finished by hand. Free returns within 30 days.",
        "de": f"{name}: langlebig verarbeitet. Kostenloser Rückversand innerhalb von 30 Tagen.",
        "fr": f"{name} : fabrication durable. Retours gratuits sous 30 jours.",
        "ko": f"{name} - 꼼꼼한 마감, 30일 무료 반품.",
        "ja": f"{name}。丁寧に仕上げました。30日間返品無料。",
        "zh": f"{name}，做工精细，30天无忧退换。",
    }.get(loc.lang, f"{name}.")
    return Item(
        name,
        rng.choice(BRANDS),
        price,
        was,
        rng.random() < stock,
        list(SIZES[kind]),
        slug(name),
        gtin13(rng),
        related,
        description,
    )
