"""Plain text and absolute URLs out of what pages put in their fields."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

from aisle_mcp.providers.local.extractor.values import clean_text

_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# Block elements separate words; inline ones (<b>, <a>, <span>) sit inside them and must not split a word.
_BREAKS = re.compile(r"</?(?:br|p|div|li|ul|ol|h\d|tr|td|th|dd|dt|table|section|article|header|footer)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>|<!--.*?-->", re.DOTALL)


def plain_text(value: object, limit: int | None = None) -> str | None:
    """Markup and scripts stripped, entities decoded and whitespace collapsed."""
    text = clean_text(value)
    if text is None:
        return None
    if "<" in text:
        text = _TAG.sub("", _BREAKS.sub(" ", _INVISIBLE.sub(" ", text)))
    if "&" in text:
        # Some shops escape twice, so "&amp;amp;" has to come out as "&".
        text = html.unescape(html.unescape(text))
        if "<" in text:
            text = _TAG.sub("", _BREAKS.sub(" ", _INVISIBLE.sub(" ", text)))
    return clean_text(text, limit)


def absolute_url(value: object, base: str | None) -> str | None:
    """An http(s) URL, resolved against the page; ``None`` for data:, javascript: and the like."""
    text = clean_text(value)
    if text is None or text.startswith(("data:", "javascript:", "#", "blob:")):
        return None
    url = text if not base or _whole(text) else urljoin(base, text)
    if url.startswith("//"):
        url = "https:" + url
    return url if url.startswith(("http://", "https://")) and " " not in url else None


# What a URL joined to a base loses or gets checked for: a fragment, path parameters, brackets, an empty query.
_NOT_WHOLE = re.compile(r"[#;\[\]\t\r\n]|\?$")
_WHOLE_START = re.compile(r"https?://[^/?]")


def _whole(text: str) -> bool:
    """Whether the text is an http(s) URL with a host that joining to any base gives back unchanged, as most image
    and page URLs are; joining parses both, which costs more than all the rest of reading a URL."""
    return _WHOLE_START.match(text) is not None and _NOT_WHOLE.search(text) is None
