"""Decoding and parsing a page once, and what every kind of evidence reads from it."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser, LexborNode

from aisle_mcp.providers.local.extractor.scan import Head
from aisle_mcp.providers.local.extractor.words import LABEL_LINE

# A bar with a blank on each side; the literal first lets the scan skip to bars instead of trying every blank.
_BETWEEN_BARS = re.compile(r"\|(?<=[ \t\xa0]\|)(?=[ \t\xa0])")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.DOTALL)
# Browsers read these labels as Windows-1252, whose 0x80-0x9F are characters (€, quotes, dashes), not controls.
_WINDOWS_1252 = frozenset({"iso8859-1", "ascii"})


# What NFKC changes that label and word matching depends on: no-break, thin and ideographic spaces become blanks,
# full-width ASCII (a full-width colon or letter) the ASCII it stands for. The full normalization of a long page costs
# more; short texts get it (see ``layout.node_text``). The no-break space, found on most pages, is replaced as a
# string: a regex scan for a class of characters tries every position. The rarer spaces are looked for one by one
# (a search for one character skims a text many times faster than a class is tried at each position), and full-width
# letters first by the byte they start with in UTF-8, then by their first two (a hit only means the regex is run).
# En quad to hair space, narrow no-break, medium mathematical and ideographic space.
_RARE_SPACES = tuple(map(chr, [*range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]))
_FULL_WIDTH = re.compile("[\uff01-\uff5e]+")
_FULL_WIDTH_OFFSET = 0xFEE0
_FULL_WIDTH_BYTES = (b"\xef\xbc", b"\xef\xbd")


def nfkc(text: str) -> str:
    """The text with its spaces and full-width ASCII in NFKC form."""
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    for space in _RARE_SPACES:
        if space in text:
            text = text.replace(space, " ")
    data = text.encode("utf-8", "surrogatepass")
    if b"\xef" not in data or not any(start in data for start in _FULL_WIDTH_BYTES) or _FULL_WIDTH.search(text) is None:
        return text
    return _FULL_WIDTH.sub(lambda run: "".join(chr(ord(char) - _FULL_WIDTH_OFFSET) for char in run.group()), text)


def decode(html: str | bytes) -> str:
    """Bytes as the page declares them, else UTF-8, else the Windows code page browsers fall back to."""
    return read(html)[0]


def read(html: str | bytes) -> tuple[str, bytes | None]:
    """The page's text (see ``decode``), and its bytes when they are exactly that text in UTF-8: the tree's parser
    reads UTF-8, and takes those as they are instead of the text written out again."""
    if isinstance(html, str):
        return html, None
    if html.startswith(b"\xef\xbb\xbf"):
        return _utf8(html[3:])
    start = html[:4096]
    # A charset inside a comment is no longer the page's: browsers look past comments.
    declared = _CHARSET.search(_COMMENT.sub(b"", start) if b"<!--" in start else start)
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            if name == "utf-8":
                return _utf8(html)
            return html.decode("cp1252" if name in _WINDOWS_1252 else name, "replace"), None
        except LookupError:
            pass
    try:
        return html.decode("utf-8"), html
    except UnicodeDecodeError:
        return html.decode("cp1252", "replace"), None


def _utf8(html: bytes) -> tuple[str, bytes | None]:
    try:
        return html.decode("utf-8"), html
    except UnicodeDecodeError:
        return html.decode("utf-8", "replace"), None


@dataclass
class Page:
    tree: LexborHTMLParser
    url: str
    base: str
    scripts: list[tuple[str | None, str]]
    # In page order, by kind (see ``Marked``): microdata scopes and properties (``itemscope``, ``itemprop``), RDFa ones
    # (``typeof``, ``property``), the headings (``h1``), the meta tags with content (``meta``), and the price, stock
    # and code elements (``price``, ``stock``, ``sku``).
    marked: dict[str, list[LexborNode]] = field(default_factory=dict[str, list[LexborNode]])
    _lines: list[str] | None = None
    _text: str | None = None
    _lowered: str | None = None
    _label_lines: list[int] | None = None
    # Whether a node or one of its ancestors marks a part of the page that is not the product's, per pattern.
    asides: dict[tuple[int, int], bool] = field(default_factory=dict[tuple[int, int], bool])
    # The blocks that hold the product's heading: the product's own part of the page, whatever their class names.
    own: frozenset[int] = frozenset()

    def lines(self) -> list[str]:
        """The visible text of the body, one stripped, non-empty line per text node, read once."""
        if self._lines is None:
            body = self.tree.body
            # Blank text nodes (the indentation between tags, most of a page's) would only give blank lines.
            text = body.text(deep=True, separator="\n", skip_empty=True) if body is not None else ""
            # Labels and words are matched on one form of the text: no-break and thin spaces as blanks, full-width
            # punctuation as ASCII ("Réf\u00a0:", a full-width colon).
            text = text if text.isascii() else nfkc(text)
            # Details written on one line between bars ("Art.-Nr.: 1634 | Herstellernr.: 6000") are read as a
            # shopper does, one to a line.
            if "|" in text:
                text = _BETWEEN_BARS.sub("\n", text)
            self._lines = list(filter(None, map(str.strip, text.split("\n"))))
        return self._lines

    def text(self) -> str:
        """The visible lines joined, with a newline before and after each, for one regex scan over the page."""
        if self._text is None:
            self._text = "\n" + "\n".join(self.lines()) + "\n"
        return self._text

    def labels(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """A label pattern's matches in the visible text (see ``words.LABEL_LINE``), as ``finditer`` gives them."""
        text = self.text()
        if self._label_lines is None:
            lowered = self.lowered()
            # Lower-casing that lengthened a character ("İ") leaves no positions to share: every line is tried.
            found = LABEL_LINE.finditer(lowered) if len(lowered) == len(text) else re.finditer("\n", text)
            self._label_lines = [match.start() for match in found]
        end = 0
        for start in self._label_lines:
            # A label whose value is on the next line has taken that line's start.
            if start < end:
                continue
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match

    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text().lower()
        return self._lowered

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """A case-blind pattern's matches in the visible text, as ``pattern.finditer(self.text())`` gives them.

        Case-blind scans of long alternations are several times slower than case-sensitive ones, so the page's
        lower-cased text is scanned with a case-sensitive twin and each hit is read again from the original.
        """
        text = self.text()
        lowered = self.lowered()
        if len(lowered) != len(text):
            # Lower-casing lengthened a character ("İ"): positions no longer line up.
            yield from pattern.finditer(text)
            return
        for found in lower_twin(pattern).finditer(lowered):
            match = pattern.match(text, found.start())
            if match is not None:
                yield match


@cache
def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without ``IGNORECASE``, for lower-cased text: its literals must be written lower-case."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_UNREAD = frozenset({"script", "style", "noscript", "template"})
# The elements the visible page's price, stock notes and codes are read from: named as such, or marked so by an
# ``itemprop`` (price, availability, sku or productID).
CANDIDATES = {
    "price": '[class*="price" i], [id*="price" i], [data-price]',
    "stock": '[class*="stock" i], [id*="stock" i], [class*="availab" i], [id*="availab" i]',
    "sku": '[class*="sku" i], [id*="sku" i]',
}
# The ``itemprop`` values that also mark each kind.
_PROPERTIES = {"price": ("price",), "stock": ("availability",), "sku": ("sku", "productID")}
# Each selector of a query tests every node of the tree. The walk that builds the tree finds what most pages read
# (the parts that leave the tree, microdata and RDFa scopes, microdata properties, headings, meta tags); the
# candidates and the RDFa properties are found on first ask (see ``Marked``): of the 49 dev pages that need a tree,
# 17 never read their price elements, 15 their code elements, 21 their stock elements, and all but 4 (those with
# RDFa items) their RDFa properties.
_WALKED = ", ".join([*_UNREAD, "[itemscope]", "[itemprop]", "[typeof]", "h1", "meta[content]"])


class Marked(dict[str, list[LexborNode]]):
    """The nodes ``parse_page`` found, by kind; the price, stock and code elements and the RDFa properties are found
    on first ask, by a query of their own over the tree without its unread parts (script, style, noscript, template), in
    page order: as the walk would have found them outside those parts."""

    def __init__(self, tree: LexborHTMLParser, found: dict[str, list[LexborNode]], properties: set[str | None]) -> None:
        super().__init__(found)
        self.tree = tree
        # The ``itemprop`` values the walk saw (those inside a noscript too: a value named for nothing only costs a
        # selector that matches nothing).
        self.properties = properties

    def __missing__(self, kind: str) -> list[LexborNode]:
        if kind == "property":
            self[kind] = nodes = _once(self.tree.css("[property]"))
            return nodes
        if kind not in CANDIDATES:
            raise KeyError(kind)
        # A value no microdata property of the page carries needs no selector, which would test every node again.
        marks = [f'[itemprop="{value}"]' for value in _PROPERTIES[kind] if value in self.properties]
        self[kind] = nodes = _once(self.tree.css(", ".join([CANDIDATES[kind], *marks])))
        return nodes


def _once(nodes: list[LexborNode]) -> list[LexborNode]:
    """A query's nodes, each once: a node that several selectors of the list match comes once for each, next to
    itself."""
    kept: list[LexborNode] = []
    last = -1
    for node in nodes:
        if node.mem_id != last:
            kept.append(node)
            last = node.mem_id
    return kept


def parse_page(text: str, head: Head, source: bytes | None = None) -> Page:
    """The page's tree, with the URL, base and scripts the scan found; ``source`` is the text's UTF-8 when the page
    came as such (see ``read``)."""
    # Mutation events serve scripts editing the tree; a read-only parse does without them.
    tree = LexborHTMLParser(text if source is None else source, options=LexborDocumentOptions.WO_EVENTS)
    # Script and style text is not what a shopper reads; the scan kept the scripts. They leave the tree as
    # ``strip_tags`` would take them out, and the same walk finds what microdata, RDFa, meta tags and the title are
    # read from.
    unread: list[LexborNode] = []
    marked: dict[str, list[LexborNode]] = {name: [] for name in ("itemscope", "itemprop", "typeof", "h1", "meta")}
    headings, metas = marked["h1"], marked["meta"]
    scopes, props, types = marked["itemscope"], marked["itemprop"], marked["typeof"]
    properties: set[str | None] = set()
    last = -1
    noscript = False
    # Each property of a node builds a Python object when read: each is read once.
    for node in tree.css(_WALKED):
        # A node that several selectors of the list match comes once for each.
        mem_id = node.mem_id
        if mem_id == last:
            continue
        last = mem_id
        tag = node.tag
        if tag in _UNREAD:
            unread.append(node)
            noscript = noscript or tag == "noscript"
            continue
        attrs = node.attributes
        if tag == "h1":
            headings.append(node)
        elif tag == "meta" and "content" in attrs:
            metas.append(node)
        if "itemscope" in attrs:
            scopes.append(node)
        if "itemprop" in attrs:
            props.append(node)
            properties.add(attrs["itemprop"])
        if "typeof" in attrs:
            types.append(node)
    if noscript:
        # Markup inside <noscript> leaves with it; only there can a marked node sit inside what leaves.
        marked = {name: [node for node in nodes if not _inside_noscript(node)] for name, nodes in marked.items()}
    for node in unread:
        node.decompose(recursive=False)
    return Page(tree=tree, url=head.url, base=head.base, scripts=head.scripts, marked=Marked(tree, marked, properties))


def _inside_noscript(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "noscript":
            return True
        parent = parent.parent
    return False
