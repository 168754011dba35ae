"""The words shops use, in the languages we meet, for stock, buying and product codes."""

from __future__ import annotations

import re

from aisle_mcp.products import Availability

# Negative wording first: "not available" must not be read as "available".
_OUT_OF_STOCK = (
    r"out of stock|sold out|currently unavailable|temporarily unavailable|no longer available|not available|"
    r"unavailable|not in stock|nicht verfügbar|nicht auf lager|nicht lieferbar|nicht lagernd|nicht vorrätig|"
    r"ausverkauft|vergriffen|"
    r"rupture de stock|en rupture|épuisé|indisponible|non disponible|agotado|sin stock|sin existencias|"
    r"no disponible|esaurito|non disponibile|uitverkocht|niet op voorraad|niet leverbaar|niet beschikbaar|"
    r"brak w magazynie|brak towaru|niedostępny|wyprzedany|нет в наличии|нет на складе|товара нет|распродано|"
    r"není skladem|vyprodáno|nie je skladom|vypredané|slutsåld|slut i lager|tillfälligt slut|ej i lager|inte i lager|"
    r"utsolgt|ikke på lager|"
    r"udsolgt|loppuunmyyty|ei varastossa|esgotado|indisponível|sem estoque|stokta yok|tükendi|nincs raktáron|"
    r"nem elérhető|"
    r"elfogyott|ni na zalogi|razprodano|nav noliktavā|nėra sandėlyje|išparduota|品切れ|在庫なし|缺货|售罄|已售完|"
    # Croatian, Serbian, Bosnian; Romanian; Bulgarian; Ukrainian; Greek; Hebrew; Arabic; Korean; Chinese; Japanese;
    # Vietnamese; Thai; Indonesian and Malay.
    r"nema na stanju|nije dostupno|rasprodano|stoc epuizat|nu este în stoc|indisponibil|изчерпан|няма наличност|"
    r"немає в наявності|розпродано|μη διαθέσιμο|εξαντλήθηκε|εξαντλημένο|אזל מהמלאי|אזל במלאי|לא במלאי|"
    r"غير متوفر|نفذت الكمية|نفدت الكمية|품절|일시품절|재고 없음|无货|暂时缺货|已售罄|在庫切れ|売り切れ|"
    r"hết hàng|สินค้าหมด|stok habis|"
    # Sold in the shop's stores only: not to be bought online.
    r"in-store only|in store only|instore only|only available in stores?|only available to reserve in stores?|"
    r"available to reserve in stores? only|available in stores? only|reserve in store only|"
    r"reserve (?:&|&amp;|and) collect only|not (?:sold|available) online|"
    r"disponible uniquement en magasin|uniquement en magasin|seulement en magasin|vente en magasin uniquement|"
    r"nur im markt erhältlich|nur im markt|nur in der filiale|nur im geschäft|nur im laden|online nicht verfügbar|"
    r"nicht online (?:verfügbar|bestellbar)|solo en tienda|sólo en tienda|solo disponible en tienda|"
    r"solo in negozio|disponibile solo in negozio|alleen in de winkel|alleen verkrijgbaar in de winkel|"
    r"tylko w sklepie stacjonarnym|dostępny tylko w sklepie|dostupno samo u trgovini|samo u trgovini|"
    r"samo u poslovnicama|nema na zalihi|nije na zalihi|trenutno nedostupno|nedostupno|"
    r"uniquement en retrait magasin|retrait magasin uniquement|uniquement disponible en magasin|"
    r"매장 전용|매장에서만 구매 가능|仅限门店|仅门店有售|店舗限定|店頭のみ|店舗でのみ販売"
)
_IN_STOCK = (
    r"in stock|available now|available|ready to ship|ships today|auf lager|am lager|lagernd|vorrätig|"
    r"sofort lieferbar|lieferbar|verfügbar|"
    r"en stock|disponible|en existencia|disponibile|in magazzino|op voorraad|leverbaar|w magazynie|dostępny|"
    r"в наличии|есть в наличии|на складе|skladem|na skladě|skladom|na sklade|i lager|på lager|varastossa|"
    r"em estoque|disponível|stokta|dobavljivo|na voljo|raktáron|na zalogi|noliktavā|sandėlyje|"
    r"在庫あり|在庫有り|有货|现货|"
    r"na stanju|dostupno|în stoc|stoc limitat|disponibil|elérhető|в наличност|в наявності|є в наявності|διαθέσιμο|"
    r"άμεσα διαθέσιμο|"
    r"במלאי|متوفر|متوفر في المخزن|재고 있음|구매 가능|有库存|còn hàng|มีสินค้า|tersedia|stok tersedia|"
    r"na zalihi|"
    r"raspoloživo"
)
_NOTIFY_WORDS = (
    r"notify me|email me when|alert me when|let me know when|back in stock|benachrichtig|erinnern sie mich|"
    r"m'alerter|me prévenir|prévenez-moi|avísame|avisarme|avvisami|powiadom mnie|powiadom o dostępności|"
    r"houd me op de hoogte|сообщить о поступлении|уведомить о поступлении|hlídat dostupnost|upozornit|"  # noqa: RUF001
    r"obavijesti me|javi mi kad|재입고 알림|到货通知|再入荷のお知らせ|入荷お知らせ"
)
# Word edges, except between letters of scripts written without blanks ("仅限门店购买" holds "仅限门店"): Japanese
# kana, Chinese, Korean, and Thai, Lao, Myanmar and Khmer ("มีสินค้าทั้งหมด" holds "มีสินค้า").
_JOINED = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_BEFORE, _AFTER = rf"(?<![^\W{_JOINED}])", rf"(?![^\W{_JOINED}])"
_STOCK = re.compile(rf"{_BEFORE}(?:(?P<out>{_OUT_OF_STOCK})|(?P<in>{_IN_STOCK})){_AFTER}", re.IGNORECASE)
_PREORDER = re.compile(r"(?<!\w)(?:pre-?order|vorbestell\w*|précommande|pre-?venta|preordina)(?!\w)", re.IGNORECASE)
# Made or fetched to order: the shopper can still buy it, later.
_BACKORDER = re.compile(
    r"(?<!\w)(?:back-?order\w*|on order|auf bestellung|sur commande|bajo pedido|su ordinazione|op bestelling|"
    r"na zamówienie|под заказ|na objednávku|na objednanie|na objednávku|na naročilo|ships within|usually ships|"
    r"expédié sous|versandfertig in|lieferzeit|nachbestellt|wird nachbestellt)(?!\w)",
    re.IGNORECASE,
)


def stock_in_text(text: str) -> Availability | None:
    """The availability a short piece of visible text states, if it states one."""
    if _PREORDER.search(text):
        return Availability.preorder
    match = _STOCK.search(text)
    if match is None:
        return Availability.backorder if _BACKORDER.search(text) else None
    return Availability.out_of_stock if match.group("out") else Availability.in_stock


_WHOLE = re.compile(rf"(?:{_OUT_OF_STOCK}|{_IN_STOCK})", re.IGNORECASE)


def stock_phrase(text: str) -> bool:
    """Whether the text is a stock phrase and nothing more."""
    return _WHOLE.fullmatch(text.strip()) is not None and text.strip().lower() not in ("available", "disponible")


BUY = re.compile(
    r"add to (?:cart|bag|basket|trolley)|buy now|buy it now|in den warenkorb|in den einkaufswagen|jetzt kaufen|"
    r"ajouter au panier|acheter|añadir al carrito|agregar al carrito|añadir a la cesta|comprar|aggiungi al carrello|"
    r"acquista|in winkelwagen|in winkelmand|bestellen|do koszyka|kup teraz|в корзину|купить|do košíku|do košíka|koupit|"
    r"naroči|"
    r"kúpiť|kosárba|ostoskoriin|lägg i varukorg|köp|legg i handlekurv|kjøp|læg i kurv|sepete ekle|"
    r"satın al|"  # noqa: RUF001
    r"adicionar ao carrinho|v košarico|u košaricu|pievienot grozam|į krepšelį|ostukorvi|カートに入れる|加入购物车|"
    # Croatian, Serbian; Romanian; Bulgarian; Ukrainian; Greek; Hebrew; Arabic; Korean; Chinese; Japanese;
    # Vietnamese; Thai; Indonesian and Malay.
    r"dodaj u košaricu|dodaj u korpu|kupi odmah|adaugă în coș|adauga in cos|cumpără acum|добави в количката|"
    r"купи сега|додати в кошик|в кошик|купити|προσθήκη στο καλάθι|αγορά τώρα|הוסף לסל|הוספה לסל|קנה עכשיו|"  # noqa: RUF001
    r"أضف إلى السلة|أضف الى السلة|اشتر الآن|장바구니 담기|장바구니|바로구매|구매하기|立即购买|加入購物車|立即購買|"
    r"カートに追加|購入する|今すぐ購入|thêm vào giỏ|mua ngay|"
    r"ใส่ตะกร้า|หยิบใส่ตะกร้า|ซื้อเลย|เพิ่มไปยังรถเข็น|เพิ่มลงรถเข็น|เพิ่มลงตะกร้า|หยิบใส่รถเข็น|ซื้อทันที|ซื้อสินค้า|"
    r"tambah ke keranjang|masukkan keranjang|beli sekarang|beli langsung",
    re.IGNORECASE,
)
BUY_ATTRIBUTE = re.compile(
    r"add[-_]?to[-_]?(?:cart|bag|basket|trolley)|buy[-_]?(?:now|btn|button)|btn[-_]?buy|addtocart|add-cart|btn[-_]cart",
    re.IGNORECASE,
)
# "Tell me when it is back": the buttons shops show instead of a buy button when a product is out of stock.
NOTIFY = re.compile(_NOTIFY_WORDS, re.IGNORECASE)
NOTIFY_ATTRIBUTE = re.compile(r"notify[-_]?me|back[-_]?in[-_]?stock|stock[-_]?(?:alert|notif)", re.IGNORECASE)
# Classified ads are sold by getting in touch with the seller: a listing's only button is one of these.
CONTACT = re.compile(
    r"contact (?:the )?(?:seller|user|advertiser|owner|dealer|poster)|reply to (?:this |the )?ad|"
    r"message (?:the )?seller|"
    r"e-?mail (?:the )?(?:seller|user|advertiser)|show (?:phone|number)|anbieter kontaktieren|verkäufer kontaktieren|"
    r"nachricht (?:an den )?(?:anbieter|verkäufer)|contacter (?:le )?(?:vendeur|annonceur)|"
    r"contactar (?:con )?(?:el |al )?(?:vendedor|anunciante)|contatta (?:il )?(?:venditore|inserzionista)|"
    r"verkoper contacteren|napisz do sprzedającego|написать продавцу|связаться с продавцом|показать телефон|"  # noqa: RUF001
    r"kontaktovat prodejce",
    re.IGNORECASE,
)
# The bare verb counts only as the whole label: "Contact us" in a shop is not about the product.
CONTACT_ALONE = re.compile(
    r"contact|kontaktieren|contacter|contactar|contatta|contattare|contacteren|kontakt|связаться|kontaktovat",
    re.IGNORECASE,
)
CONTACT_ATTRIBUTE = re.compile(r"contact[-_]?(?:btn|button|seller|advertiser)|reply[-_]?(?:to[-_]?)?ad", re.IGNORECASE)


def by_first_letter(words: str) -> str:
    """An alternation of words regrouped by their first letter (``s(?:ku|tock)``), for patterns whose hits' places, not
    which word made them, count: a line is then tried against one group instead of every word. Each word must start
    with a letter; ``|`` inside groups and classes is left alone."""
    groups: dict[str, list[str]] = {}
    for word in _alternatives(words):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def _alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives."""
    found: list[str] = []
    depth, start, position, in_class = 0, 0, 0, False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(pattern[start:position])
            start = position + 1
        position += 1
    found.append(pattern[start:])
    return found


# Sold out, sold in stores only, or "tell me when it is back", as a page's lower-cased raw text writes it (see
# ``scan.sold_beside_heading``).
# In stock, as a page's lower-cased raw text writes it; "available" alone says too little ("available in 3 colours").
_STOCKED_WORDS = by_first_letter(_IN_STOCK.replace("|available|", "|")).lower()
_SOLD_WORDS = by_first_letter(_OUT_OF_STOCK + "|" + _NOTIFY_WORDS).lower()


def _first_letters(words: str) -> str:
    """A lookahead for the first letters of an alternation's words: a scan that tries every place turns most away
    with one test of a character set, where it would try each letter's group in turn."""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in _alternatives(words)})) + "])"


STOCKED = re.compile(
    rf"{_first_letters(_STOCKED_WORDS)}{_BEFORE}(?:{_STOCKED_WORDS}){_AFTER}(?![^\n]{{0,40}}(?:{_OUT_OF_STOCK}))"
)
SOLD = re.compile(rf"{_first_letters(_SOLD_WORDS)}{_BEFORE}(?:{_SOLD_WORDS}){_AFTER}")

# Labels are matched at the start of a line of the page's visible text (lines joined by newlines, so one C-level
# scan covers the page), their value after them on the same line or alone on the next one.
# A word before the label and a blank (possessive: a word never gives back what the blank after it needs); or, in
# scripts written without blanks, a few letters joined to it as a qualifier ("商品货号" is "goods" + "item number").
_LEAD = r"\n(?:[^\W\d]++[ \t]+|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}?)?"
# Tables render the colon in a cell of its own: a line with nothing else may sit between a label and its value.
# A second word of the label ("SKU number") is a whole word: not the letters a code starts with ("SKU MKI6IK").
# Blanks around a label's colon, with the direction marks pages put there ("ASIN \u200f:\u200e B0…"), which show
# nothing and which normalization keeps.
_BLANK = r"[ \t\u200e\u200f]"
_SEPARATOR = rf"(?:{_BLANK}+[^\W\d]+(?!\w))?{_BLANK}*[:#.]?{_BLANK}*[:#]?{_BLANK}*(?:\n{_BLANK}*[:#]{_BLANK}*(?=\n))?"
_CODE = r"[A-Za-z0-9][A-Za-z0-9._/-]{1,40}"


# A label's word is whole ("Referencia" is not "Ref" with the value "erencia"); a digit may follow ("SKU123").
_WHOLE_WORD = r"(?![^\W\d_])"


def _value(pattern: str) -> str:
    return rf"(?:(?P<value>{pattern})[ \t]*(?=\n)|(?=\n)\n[ \t]*(?P<next>{pattern})[ \t]*(?=\n))"


# The shop's own number for the item, by a name that says so.
_OWN_CODE_WORDS = (
    r"sku|item number|numero oggetto|número de artículo|numéro de l'objet|item no\.?|item ?#|"
    r"article number|art\.?-?[ ]?nr\.?|art\. ?no\.?|artikelnummer|artikelnr\.?|artikel-nr\.?|product code|"
    r"product id|item code|"
    r"stock code|codice articolo|cod\. articolo|kod produktu|код товара|артикул|kód produktu|"
    r"cikkszám|varenummer|varenr\.?|tuotenumero|ürün kodu|asin|item id|"
    r"style #|style no\.?|style number|style(?=[ \t]*[:#])|cat\.? no\.?|catalog(?:ue)? number|"
    r"bestellnummer|bestell-nr\.?|"
    # French for SKU (unité de gestion de stock).
    r"ugs|"
    r"code article|code produit|codice prodotto|productcode|artikelcode|kataloški broj|šifra proizvoda|"
    # Korean, Chinese (simplified and traditional), Japanese.
    r"상품번호|상품코드|상품 번호|제품번호|제품코드|품번|"
    r"商品编号|商品編號|商品编码|商品編碼|产品编号|產品編號|货号|貨號|商品番号|商品コード|品番|製品番号|管理番号|품목코드|"
    # Greek; Arabic; Vietnamese; Thai; Indonesian and Malay.
    r"κωδικός προϊόντος|κωδ\. προϊόντος|κωδικός είδους|κωδ\. είδους|رمز المنتج|رقم المنتج|كود المنتج|رمز السلعة|"
    r"رقم السلعة|رقم الصنف|كود الصنف|mã sản phẩm|mã sp|รหัสสินค้า|kode produk|kode barang|"
    # A classified ad's number is its code.
    r"ad #|ad id|ad no\.?|ad number|anzeige|anzeigennummer|anzeigen-nr\.?|n° d'annonce|id annuncio|numer ogłoszenia|"
    # The product's or item's code in more of the languages whose stock and buy words are above (Vietnamese, Malay,
    # Hebrew, Romanian, Bulgarian, Ukrainian, Serbian, Slovenian, Polish, Hungarian, Lithuanian, Latvian, Estonian,
    # Finnish, Spanish, Portuguese, Italian, Turkish, Hindi, Persian).
    r"mã hàng|kod produk|מק\"ט|מק״ט|קוד מוצר|מספר פריט|cod produs|код на продукта|артикулен номер|"  # noqa: RUF001
    r"код товару|шифра производа|koda izdelka|šifra izdelka|indeks|"
    r"termékkód|prekės kodas|preces kods|artikuls|tootekood|tuotekoodi|código de producto|código del producto|"
    r"código de artículo|código do produto|cod\. art\.|stok kodu|उत्पाद कोड|کد محصول"
)
# Words as apt to name the maker's reference as the shop's: read when no label above is on the page.
_REFERENCE_WORDS = (
    r"ref\.?|référence|réf\.?|reference|referencia|referência|riferimento|código|cód\.|codice|nr ref\.?|"
    r"numer referencyjny|numer katalogowy|nr katalogowy|katalogové číslo|katalógové číslo|код|"
    r"šifra artikla|šifra|шифра артикла|kód|κωδικός|шифра|kood|kodas|kods"
)
_SKU_WORDS = _OWN_CODE_WORDS + "|" + _REFERENCE_WORDS
_GTIN_WORDS = r"ean|gtin|upc|isbn|kod ean|ean-code|ean code|ean-?13|ean-?8|isbn-?13|isbn-?10|gtin-?1[234]|upc-?a"
_MPN_WORDS = (
    r"mpn|mfr\.?|manufacturer part number|part number|herstellernummer|hersteller-nr\.?|herstellernr\.?|"
    r"artikelnummer des herstellers|hersteller-artikelnummer|référence fabricant|ražotāja kods|"
    r"model number|model no\.?|numéro du modèle de l'article|numéro de modèle|modellnummer|número de modelo|"
    r"numero di modello|numer modelu|номер модели|모델명|모델번호|型号|型號|型番|"
    r"κωδικός κατασκευαστή|αριθμός μοντέλου|رقم الموديل|رقم الطراز|رقم القطعة|mã nhà sản xuất|รหัสรุ่น"
)
# A maker's number label at the end of the text before a code ("Hersteller-Nr.", "MPN:"), read on a tag-free text.
MAKER_CODE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_MPN_WORDS})[ \t]*[:#.]?[ \t]*$", re.IGNORECASE)
_AVAILABILITY_WORDS = (
    r"availability|stock|verfügbarkeit|disponibilité|disponibilidad|disponibilità|beschikbaarheid|"
    r"dostępność|razpoložljivost|dostupnost|dostupnosť|наличие|elérhetőség|tillgänglighet|saatavuus|lagerstatus|"
    r"재고|库存|庫存|在庫|διαθεσιμότητα|التوفر|tình trạng|สถานะสินค้า|ketersediaan"
)
# The label words regrouped by their first letter (see ``by_first_letter``): the same matches, since words that start
# with different letters never match at one place, for fewer tries at each line.
_SKU_START, _OWN_START = by_first_letter(_SKU_WORDS), by_first_letter(_OWN_CODE_WORDS)
SKU_LABEL = re.compile(_LEAD + rf"(?:{_SKU_START})" + _WHOLE_WORD + _SEPARATOR + _value(_CODE), re.IGNORECASE)
OWN_CODE_LABEL = re.compile(_LEAD + rf"(?:{_OWN_START})" + _WHOLE_WORD + _SEPARATOR + _value(_CODE), re.IGNORECASE)
# The same label before a colon and a value of several words with a digit ("Product Code: Product 48"), which is no
# code the label reader takes, but says the page shows its code.
OWN_CODE_LINE = re.compile(
    _LEAD + rf"(?:{_OWN_START})[ \t]*[:#][ \t]*(?=[^\n]{{0,40}}\d)(?P<words>[^\n]*[ \t][^\n]*)(?=\n)",
    re.IGNORECASE,
)
REFERENCE_LABEL = re.compile(
    _LEAD + rf"(?:{by_first_letter(_REFERENCE_WORDS)})" + _WHOLE_WORD + _SEPARATOR + _value(_CODE), re.IGNORECASE
)
GTIN_LABEL = re.compile(
    _LEAD + rf"(?:{by_first_letter(_GTIN_WORDS)})" + _WHOLE_WORD + _SEPARATOR + _value(r"\d[\d -]{6,16}\d"),
    re.IGNORECASE,
)
MPN_LABEL = re.compile(
    _LEAD + rf"(?:{by_first_letter(_MPN_WORDS)})" + _WHOLE_WORD + _SEPARATOR + _value(_CODE), re.IGNORECASE
)
AVAILABILITY_LABEL = re.compile(
    rf"\n(?:{by_first_letter(_AVAILABILITY_WORDS)})[ \t]*:[ \t]*" + _value(r"[^\n]{1,60}"),
    re.IGNORECASE,
)
# The maker's name, in the product's details ("Brand: Casio", a "Marque | Casio" row): the shop's own word for it
# first, then the manufacturer's, which can be a company rather than the brand ("365 EVERYDAY VALUE").
_BRAND_WORDS = (
    r"brand|marque|marke|marca|merk|marka|značka|znamka|бренд|kaubamärk|zīmols|märke|merkki|brändi|μάρκα|"
    r"العلامة التجارية|الماركة|thương hiệu|ยี่ห้อ|แบรนด์"
)
_MAKER_WORDS = (
    r"manufacturer|hersteller|fabricant|fabricante|produttore|producent|výrobca|výrobce|производитель|gyártó|"
    r"tillverkare|valmistaja|tootja|gamintojas|ražotājs|κατασκευαστής|الشركة المصنعة|nhà sản xuất|ผู้ผลิต|produsen"
)
# Only "name" may follow the word ("Brand name:"), and a value on the same line comes after a colon: "Brands" and
# "Brand Outlet" are links, not labels. In a table the value is alone on the next line.
_NAME = r"[^\W_][^\n:]{0,59}"
_NAMED = (
    rf"(?:{_BLANK}+name)?(?!\w)(?:{_BLANK}*[:#]{_BLANK}*(?P<value>" + _NAME + r")[ \t]*(?=\n)"
    rf"|{_BLANK}*[:#]?{_BLANK}*(?:\n{_BLANK}*:{_BLANK}*(?=\n))?\n[ \t]*(?P<next>" + _NAME + r")[ \t]*(?=\n))"
)
BRAND_LABEL = re.compile(_LEAD + rf"(?:{by_first_letter(_BRAND_WORDS)})" + _NAMED, re.IGNORECASE)
MAKER_LABEL = re.compile(_LEAD + rf"(?:{by_first_letter(_MAKER_WORDS)})" + _NAMED, re.IGNORECASE)
# The start of every line that any of the labels above could start, in lower-cased text: one scan of a long page
# finds the few lines each label is then tried on.
# The price as a table or a details list labels it ("Price:", "Our price", "Preis"), for pages with no price markup;
# a word before the label that makes it another price ("List price", "Unit price") is told apart by the caller.
_PRICE_WORDS = (
    r"price|preis|prix|precio|prezzo|prijs|preço|cena|pris|hinta|hind|kaina|cijena|fiyat|ár|цена|ціна|τιμή|"
    r"מחיר|السعر|سعر|가격|판매가|价格|價格|価格|giá|ราคา|harga"
)
PRICE_LABEL = re.compile(
    r"\n(?:(?P<lead>[^\W\d]++)[ \t]+)?(?:" + _PRICE_WORDS + r")(?!\w)[ \t]*[:#]?[ \t]*" + _value(r"[^\n]{1,40}"),
    re.IGNORECASE,
)
_LABEL_WORDS = "|".join((_SKU_WORDS, _GTIN_WORDS, _MPN_WORDS, _AVAILABILITY_WORDS, _BRAND_WORDS, _MAKER_WORDS))
_LABEL_START = by_first_letter(_LABEL_WORDS)
# ``_LEAD``'s three ways to a label (none, a word and a blank, a few joined letters) written as alternatives: the scan
# tries every line, and an optional group costs each try more than a plain alternative.
# A lookahead for the labels' first letters turns most lines away with one test of a character set.
_LABEL_FIRST = "[" + "".join(sorted({re.escape(word[0]) for word in _alternatives(_LABEL_WORDS)})) + "]"
LABEL_LINE = re.compile(
    rf"\n(?:(?={_LABEL_FIRST})(?:{_LABEL_START})|[^\W\d]++[ \t]+(?={_LABEL_FIRST})(?:{_LABEL_START})"
    rf"|[{_JOINED}]{{1,4}}?(?:{_LABEL_START}))"
)
# A line that says nothing but the stock state ("In stock.", "— Sold out —").
STOCK_LINE = re.compile(
    rf"\n[^\w\n]*(?:{by_first_letter(_OUT_OF_STOCK + '|' + _IN_STOCK)})[^\w\n]*(?=\n)", re.IGNORECASE
)
