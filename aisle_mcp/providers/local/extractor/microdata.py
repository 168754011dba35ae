"""Microdata (itemscope/itemprop) and RDFa lite (typeof/property) items as schema.org-shaped dicts."""

from __future__ import annotations

from typing import Any, cast

from selectolax.lexbor import LexborHTMLParser, LexborNode

_SRC_TAGS = frozenset({"img", "audio", "video", "source", "embed", "iframe", "track"})
_HREF_TAGS = frozenset({"a", "area", "link"})


def _value(node: LexborNode, attrs: dict[str, str | None], rdfa: bool) -> str | None:
    tag = node.tag
    content = attrs.get("content")
    if content is not None:
        return content
    if rdfa:
        resource = attrs.get("resource") or attrs.get("href") or attrs.get("src")
        if resource is not None and tag in _HREF_TAGS | _SRC_TAGS:
            return resource
    if tag == "meta":
        return None
    if tag in _SRC_TAGS:
        return attrs.get("src") or attrs.get("data-src")
    if tag in _HREF_TAGS:
        return attrs.get("href")
    if tag == "object":
        return attrs.get("data")
    if tag in ("data", "meter") and attrs.get("value") is not None:
        return attrs.get("value")
    if tag == "time" and attrs.get("datetime"):
        return attrs.get("datetime")
    return node.text(deep=True, separator=" ")


def _add(item: dict[str, Any], names: str, value: Any, rdfa: bool) -> None:
    for name in names.split():
        if rdfa:
            name = name.rsplit(":", 1)[-1] if not name.startswith("http") else name.rstrip("/").rsplit("/", 1)[-1]
        else:
            name = name.rstrip("/").rsplit("/", 1)[-1] if name.startswith("http") else name
        present = item.get(name)
        if present is None:
            item[name] = value
        elif isinstance(present, list):
            cast("list[Any]", present).append(value)
        else:
            item[name] = [present, value]


def _items(
    scopes: list[LexborNode], props: list[LexborNode], scope: str, prop: str, kind: str, rdfa: bool
) -> list[dict[str, Any]]:
    if not scopes:
        return []
    items: dict[int, dict[str, Any]] = {}
    top: list[dict[str, Any]] = []
    for node in scopes:
        attrs = node.attributes
        types = (attrs.get(kind) or "").split()
        item: dict[str, Any] = {"@type": types if len(types) != 1 else types[0]} if types else {}
        items[node.mem_id] = item
        if attrs.get(prop) is None:
            top.append(item)
    for node in props:
        attrs = node.attributes
        names = attrs.get(prop) or ""
        owner = node.parent
        while owner is not None and owner.mem_id not in items:
            owner = owner.parent
        if owner is None:
            # A scope that names itself a property of nothing on the page ("mainEntityOfPage") is an item still.
            if scope in attrs and node.mem_id in items:
                top.append(items[node.mem_id])
            continue
        value: Any = items.get(node.mem_id) if scope in attrs else _value(node, attrs, rdfa)
        if value is not None:
            _add(items[owner.mem_id], names, value, rdfa)
    return top


def microdata_items(tree: LexborHTMLParser, marked: dict[str, list[LexborNode]] | None = None) -> list[dict[str, Any]]:
    """Microdata items; ``marked`` holds the nodes with each attribute when the tree was walked for them already."""
    scopes = marked["itemscope"] if marked else tree.css("[itemscope]")
    props = marked["itemprop"] if marked else tree.css("[itemprop]")
    return _items(scopes, props, "itemscope", "itemprop", "itemtype", rdfa=False)


def rdfa_items(tree: LexborHTMLParser, marked: dict[str, list[LexborNode]] | None = None) -> list[dict[str, Any]]:
    """RDFa lite items; ``marked`` holds the nodes with each attribute when the tree was walked for them already."""
    scopes = marked["typeof"] if marked else tree.css("[typeof]")
    props = marked["property"] if marked else tree.css("[property]")
    return _items(scopes, props, "typeof", "property", "typeof", rdfa=True)
