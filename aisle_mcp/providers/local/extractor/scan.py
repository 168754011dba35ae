"""A first look at a page without a tree: script blocks and head tags found by scanning the raw text.

Building the whole tree costs milliseconds on a large page, while ``str.find`` and regexes with a literal
start skim it in a fraction of that. Most shops put what an agent needs in JSON-LD and meta tags, so the
tree is built only when this look leaves a core field unknown (see ``extract_product``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import islice
from unicodedata import normalize

from aisle_mcp.providers.local.extractor.agree import amount_forms
from aisle_mcp.providers.local.extractor.text import absolute_url
from aisle_mcp.providers.local.extractor.values import prices_in_text

Attributes = dict[str, str | None]
# A script's type attribute, the only one read from its tag, and its raw text.
Script = tuple[str | None, str]

_SCRIPT_OPEN = re.compile(r"<script\b(?P<attributes>[^>]*)>", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script", re.IGNORECASE)
# The scans try each "<" of the page; a lookahead on the tag's first letter turns most away in one test, where the
# case-blind alternatives would each be tried in turn.
_SCRIPT_OR_HEADING = re.compile(r"<(?=[sh])(?:script|(?P<heading>h1))\b(?P<attributes>[^>]*)>", re.IGNORECASE)
_SCRIPT_OR_HEAD_TAG = re.compile(
    r"<(?=[smlb])(?:script|(?P<head>meta|link|base|body))\b(?P<attributes>[^>]*)>", re.IGNORECASE
)
_ATTRIBUTE = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
# Microdata and RDFa scopes: where they are, only a tree tells which property belongs to which item.


def attributes(raw: str) -> Attributes:
    """A start tag's attributes as a parser gives them: names lower-cased, first one wins, entities decoded."""
    found: Attributes = {}
    for match in _ATTRIBUTE.finditer(raw):
        name = match.group(1).lower()
        if name in found:
            continue
        value = match.group(2)
        if value is None:
            value = match.group(3)
        if value is None:
            value = match.group(4)
        found[name] = html.unescape(value) if value is not None and "&" in value else value
    return found


def script_type(raw: str) -> str | None:
    """A script tag's type attribute, as ``attributes(raw).get("type")`` reads it. Pages carry dozens of scripts, most
    tags naming no type (``<script src=… async>``), and a find tells without parsing them."""
    # Lower-casing works character by character, so a name that lower-cases to "type" leaves "type" in the whole.
    return _tagged_type(raw) if "type" in raw.lower() else None


@lru_cache(maxsize=1024)
def _tagged_type(raw: str) -> str | None:
    # Most pages repeat a few exact tags (``type="text/javascript"``) many times, and shops share them.
    return attributes(raw).get("type")


def scripts(text: str) -> tuple[list[Script], list[re.Match[str]]]:
    """Every script's type and raw text, in page order, and the head's meta, link and base tags outside them.

    One scan finds both until the body starts (a page's head is often half its text); then only scripts are looked
    for. A head tag is one that a scan outside the scripts finds: one with a script opening inside it
    (``<meta content="<script>">``) hides behind that script instead.
    """
    found, heads, _ = _scripts(text)
    return found, heads


def _scripts(text: str) -> tuple[list[Script], list[re.Match[str]], int]:
    """As ``scripts``, and where the body's first heading (``<h1>``) starts, or -1: the same scan finds it for
    little more than finding a page's scripts costs, where a find of its own reads the whole page again."""
    found: list[Script] = []
    heads: list[re.Match[str]] = []
    pattern = _SCRIPT_OR_HEAD_TAG
    position = 0
    heading = -1
    while (tag := pattern.search(text, position)) is not None:
        opening = tag
        if pattern is _SCRIPT_OR_HEAD_TAG and tag.group("head"):
            inside = _SCRIPT_OPEN.search(text, tag.start() + 1) if "<" in tag.group("attributes") else None
            if inside is None or inside.start() >= tag.end():
                position = tag.end()
                if tag.group("head").lower() == "body":
                    pattern = _SCRIPT_OR_HEADING
                else:
                    heads.append(tag)
                continue
            opening = inside
        elif pattern is _SCRIPT_OR_HEADING and tag.group("heading"):
            heading, position, pattern = tag.start(), tag.end(), _SCRIPT_OPEN
            continue
        position = _script(text, opening, found)
    return found, heads, heading


def _script(text: str, opening: re.Match[str], found: list[Script]) -> int:
    """Adds the script that starts with the opening tag, and tells where the page goes on after it."""
    start = opening.end()
    # A page writes its closing tags the way it writes its opening ones; find() is many times faster.
    if text.startswith("<script", opening.start()):
        end = text.find("</script", start)
    else:
        closing = _SCRIPT_CLOSE.search(text, start)
        end = closing.start() if closing else -1
    if end < 0:
        end = len(text)
    found.append((script_type(opening.group("attributes")), text[start:end]))
    closing_end = text.find(">", end)
    return closing_end + 1 if closing_end >= 0 else len(text)


@dataclass
class Head:
    """What the scan finds: the page's own URL and base, its meta tags and its scripts."""

    url: str
    base: str
    metas: dict[str, list[str]]
    scripts: list[Script]
    heading: int = -1
    """Where the body's first ``<h1>`` starts in the text, or -1."""


def scan(text: str, url: str) -> Head:
    base, based, canonical = url, False, None
    metas: dict[str, list[str]] = {}
    # Tags inside scripts are template text, not the page's; the scan skips the script bodies. Links and metas belong
    # in the head, which ends where the body starts; the tree, when it is built, reads the body's (see ``meta_tags``).
    page_scripts, heads, heading = _scripts(text)
    for match in heads:
        kind = match.group("head").lower()
        raw = match.group("attributes")
        # Pages link dozens of stylesheets, fonts and preloads; only a canonical link is read.
        if kind == "link" and (canonical is not None or "canonical" not in raw.lower()):
            continue
        attrs = attributes(raw)
        if kind == "meta":
            content = attrs.get("content")
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            if key and content is not None and content.strip():
                metas.setdefault(key.strip().lower(), []).append(content.strip())
        elif kind == "base" and not based and attrs.get("href"):
            base, based = absolute_url(attrs.get("href"), url) or url, True
        elif kind == "link" and canonical is None and "canonical" in (attrs.get("rel") or "").lower().split():
            canonical = attrs.get("href")
    page_url = (absolute_url(canonical, base) or url) if canonical is not None else url
    return Head(
        url=page_url,
        base=base,
        metas=metas,
        scripts=page_scripts,
        heading=heading,
    )


def item_markup(text: str) -> tuple[bool, bool]:
    """Whether the page has microdata items, and whether it has RDFa ones (``typeof`` alone is also a script
    keyword): a page whose meta tags give all that JSON-LD does not is built a tree only when it has some, which
    could outrank them. Once a tree is built anyway, it tells instead (see ``parse_page``)."""
    # Three finds skim a page several times faster than one regex without a literal start.
    return "itemscope" in text or "itemScope" in text, "typeof=" in text


_TITLE = re.compile(r"<title\b[^>]*>([^<]{1,2000})</title", re.IGNORECASE)
_TITLE_REACH = 200_000


def page_title(text: str) -> str | None:
    """The page's ``<title>`` text, entities decoded, found by a scan of the head's part of the page."""
    found = _TITLE.search(text, 0, _TITLE_REACH)
    return html.unescape(found.group(1)).strip() or None if found else None


# The product's heading, price, stock note and buy box sit together; a page's related products, further on, do not.
_HEADING_REACH = 2500
_STOCK_REACH = 20_000
_TEXT_BUDGET = 600
_TAG = re.compile(r"<[^>]*>")
_SECTION = re.compile(r"<h[2-6][\s>]", re.IGNORECASE)
_HIDDEN = re.compile(r"display:\s*none|\shidden(?:[\s=>/]|$)", re.IGNORECASE)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


def stock_beside_heading(text: str, head: Head, words: re.Pattern[str]) -> bool:
    """Whether the page writes stock words (``words.SOLD``: "sold out", "in stores only", "notify me"; or
    ``words.STOCKED``) in the shown text just after its first heading: a stock note that structured data saying
    otherwise does not settle (see ``extract_product``). Tags are cut out by splitting, which costs a fraction of a
    regex over the markup; hidden elements (the notes a shop renders for every state and shows one of) are left out
    only when a phrase is found at all."""
    if head.heading < 0:
        return False
    end, read = _stock_region(text, head.heading)
    # A first look at the text with its tags cut out and its blanks squeezed, which the phrase regex, tried at every
    # position, reads in a fraction of the time the markup costs; only a page where it finds a phrase is looked at
    # closer, hidden elements left out.
    if words.search(read) is None:
        return False
    return words.search(_shown(text[head.heading : end].split("<")).lower()) is not None


def _stock_region(text: str, start: int) -> tuple[int, str]:
    """Where the look for a stock note after the heading ends, and the text up to there, its tags cut out and its
    blanks squeezed: past the first ``_HEADING_REACH`` characters only as far as a shopper has read
    ``_TEXT_BUDGET`` characters of text, within the heading's section (the next section's heading, ``<h2>`` to
    ``<h6>``, starts a description or the recommended products) and ``_STOCK_REACH`` characters: a buy box after
    heavy markup (inline icons, a gallery) is reached, other products' notes are not."""
    limit = min(len(text), start + _STOCK_REACH)
    section = _SECTION.search(text, start + _HEADING_REACH, limit)
    limit = section.start() if section is not None else limit
    # Each piece ends where a tag starts, so that no piece starts inside a tag (a long inline icon's path).
    end = _tag_start(text, start + _HEADING_REACH, limit)
    words = _TAG.sub(" ", text[start:end]).split()
    read = sum(map(len, words))
    if read < _TEXT_BUDGET and end < limit:
        # The rest of the section at once (one regex over it costs less than piece by piece), its words taken until
        # enough are read; the look ends after the last one taken (its first place there: a short word may end it
        # sooner, never later).
        more = _TAG.sub(" ", text[end:limit]).split()
        for count, word in enumerate(more):
            read += len(word)
            if read >= _TEXT_BUDGET:
                more = more[: count + 1]
                last = text.find(more[-1], end, limit)
                limit = last + len(more[-1]) if last >= 0 else limit
                break
        words += more
        end = limit
    return end, " ".join(words).lower()


def _tag_start(text: str, at: int, limit: int) -> int:
    """Where the first tag at or after ``at`` starts, looked for within another ``_HEADING_REACH`` characters (a
    script's text holds none), else there."""
    reach = min(limit, at + _HEADING_REACH)
    found = text.find("<", at, reach) if at < reach else -1
    return found if found >= 0 else reach


def price_beside_heading(text: str, head: Head, amount: Decimal, url: str) -> str:
    """How the shown text just after the page's first heading writes a structured price: ``SHOWN`` as it is,
    ``STRUCK`` only struck through or named old (a price before a reduction) while another amount written as money
    is shown, ``OTHER`` not at all while another amount is; else ``""`` (no heading, no other amount there).
    A cheap look without a tree, so that a page whose JSON-LD gives every field has its price checked against the
    page too; the tree's price elements then settle it (see ``extract_product``)."""
    if head.heading < 0:
        return ""
    region = text[head.heading : head.heading + _HEADING_REACH]
    # Thousands grouped by a no-break or narrow space, or their entities, as a blank (a few finds, where a regex
    # would try every position).
    if amount >= _THOUSAND and ("&" in region or not region.isascii()):
        for space in _GROUPING:
            if space in region:
                region = region.replace(space, " ")
    forms = amount_forms(amount)
    # Most pages write the structured amount there, in no struck or old-price element: finds in the raw text and a
    # look at the markup just before the amount tell, without splitting it.
    at = min((found for form in forms if (found := region.find(form)) >= 0), default=-1)
    if at >= 0 and _STRUCK_MARK.search(region[max(0, at - _OPENED_REACH) : at].lower()) is None:
        return SHOWN
    struck: list[str] = []
    current = _shown(region.split("<"), struck)
    if any(form in current for form in forms):
        return SHOWN
    if not _another_amount(current, amount, url):
        return ""
    return STRUCK if any(form in "\n".join(struck) for form in forms) else OTHER


SHOWN, STRUCK, OTHER = "shown", "struck", "other"
# Elements that write a price before a reduction: struck through, or named so.
_STRUCK_TAGS = frozenset({"s", "del", "strike"})
_OLD_NAMES = r"class\s*=\s*[\"']?[^\"'>]*(?:old|orig|strike|was-|compare|rrp|uvp|msrp)"
_OLD = re.compile(_OLD_NAMES, re.IGNORECASE)
_STRUCK_MARK = re.compile(rf"<(?:s|del|strike)[\s>]|{_OLD_NAMES}")
_AMOUNT = re.compile(r"\d[\d.,\u00a0\u202f ]*")
_MARK_REACH = 4
_CENTS = re.compile(r"\d[.,]\d\d(?!\d)")
_GROUPING = ("&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "\u00a0", "\u202f", "\u2009")
_THOUSAND = Decimal(1000)
# How far before an amount the markup that opens its element is looked at; how many numbers are read as prices.
_OPENED_REACH = 300
_MAX_AMOUNTS = 12


def _another_amount(current: str, amount: Decimal, url: str) -> bool:
    """Whether the text writes an amount other than ``amount`` as money: with a currency beside it, or with cents
    ("2,446.90", not "4.5 stars" nor "12.50 %"). Each number's few characters around are read as a price (reading the
    whole text so costs many times more), in NFKC form (a full-width "￥")."""
    for match in islice(_AMOUNT.finditer(current), _MAX_AMOUNTS):
        around = current[max(0, match.start() - _MARK_REACH) : match.end() + _MARK_REACH]
        around = around if around.isascii() else normalize("NFKC", around)
        cents = "%" not in around and _CENTS.search(match.group()) is not None
        if any(found != amount and (currency is not None or cents) for found, currency in prices_in_text(around, url)):
            return True
    return False


def _shown(parts: list[str], struck: list[str] | None = None) -> str:
    """The text of markup split at its "<", without what hidden elements hold; with ``struck``, the text of struck
    or old-price elements goes there instead."""
    kept: list[str] = []
    depth = 0
    # The depth of the hidden element being skipped; the text before the heading's own end leaves depths below 0.
    hidden: int | None = None
    old: int | None = None
    for part in parts:
        end = part.find(">")
        tag = part[:end] if end >= 0 else ""
        if tag.startswith("/"):
            depth -= 1
            if hidden is not None and depth < hidden:
                hidden = None
            if old is not None and depth < old:
                old = None
        elif (
            tag
            and not tag.startswith("!")
            and not tag.endswith("/")
            and (name := tag.split(None, 1)[0].lower()) not in _VOID
        ):
            depth += 1
            # The regex is tried only on a tag that holds one of its words: trying it on every tag costs most of the
            # walk.
            if hidden is None and ("idden" in (lowered := tag.lower()) or "none" in lowered) and _HIDDEN.search(tag):
                hidden = depth
            if struck is not None and old is None and (name in _STRUCK_TAGS or _OLD.search(tag)):
                old = depth
        if hidden is None:
            (kept if old is None or struck is None else struck).append(part[end + 1 :])
    return "\n".join(kept)
