"""A first look at a page without a tree: script blocks and head tags found by scanning the raw text.

Building the whole tree costs milliseconds on a large page, while ``str.find`` and regexes with a literal
start skim it in a fraction of that. Most shops put what an agent needs in JSON-LD and meta tags, so the
tree is built only when this look leaves a core field unknown (see ``extract_product``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from aisle_mcp.providers.local.extractor.text import absolute_url

Attributes = dict[str, str | None]
# A script's type attribute, the only one read from its tag, and its raw text.
Script = tuple[str | None, str]

_SCRIPT_OPEN = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script", re.IGNORECASE)
_HEAD_TAG = re.compile(r"<(meta|link|base|body)\b([^>]*)>", re.IGNORECASE)
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


def scripts(text: str) -> tuple[list[Script], list[tuple[int, int]]]:
    """Every script's type and raw text, in page order, and the spans of the page outside them."""
    found: list[Script] = []
    outside: list[tuple[int, int]] = []
    position = 0
    while (opening := _SCRIPT_OPEN.search(text, position)) is not None:
        start = opening.end()
        # A page writes its closing tags the way it writes its opening ones; find() is many times faster.
        if text.startswith("<script", opening.start()):
            end = text.find("</script", start)
        else:
            closing = _SCRIPT_CLOSE.search(text, start)
            end = closing.start() if closing else -1
        if end < 0:
            end = len(text)
        found.append((script_type(opening.group(1)), text[start:end]))
        outside.append((position, opening.start()))
        closing_end = text.find(">", end)
        position = closing_end + 1 if closing_end >= 0 else len(text)
    outside.append((position, len(text)))
    return found, outside


@dataclass
class Head:
    """What the scan finds: the page's own URL and base, its meta tags and its scripts."""

    url: str
    base: str
    metas: dict[str, list[str]]
    scripts: list[Script]


def scan(text: str, url: str) -> Head:
    base, based, canonical = url, False, None
    metas: dict[str, list[str]] = {}
    # Tags inside scripts are template text, not the page's; the scan skips the script bodies.
    page_scripts, outside = scripts(text)
    # Links and metas belong in the head, which ends where the body starts; the tree, when it is built, reads the
    # body's (see ``meta_tags``). The scan that finds them finds the body's start as well.
    for match in (found for start, end in outside for found in _HEAD_TAG.finditer(text, start, end)):
        kind = match.group(1).lower()
        if kind == "body":
            break
        raw = match.group(2)
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
    )


def item_markup(text: str) -> tuple[bool, bool]:
    """Whether the page has microdata items, and whether it has RDFa ones (``typeof`` alone is also a script
    keyword): a page whose meta tags give all that JSON-LD does not is built a tree only when it has some, which
    could outrank them. Once a tree is built anyway, it tells instead (see ``parse_page``)."""
    # Three finds skim a page several times faster than one regex without a literal start.
    return "itemscope" in text or "itemScope" in text, "typeof=" in text
