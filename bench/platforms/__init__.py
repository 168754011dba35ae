"""Whole product pages as 20 shop platforms and front ends write them (see ``bench/extraction_platforms.py``)."""

from __future__ import annotations

import random
from collections.abc import Callable

from platforms.amazon import amazon
from platforms.bigcommerce import bigcommerce
from platforms.chinese import chinese
from platforms.chrome import Page
from platforms.classifieds import classifieds
from platforms.furniture import furniture
from platforms.japanese import japanese
from platforms.korean import korean
from platforms.magento import magento
from platforms.marketplace import marketplace
from platforms.nextjs import nextjs
from platforms.opencart import opencart
from platforms.oscommerce import oscommerce
from platforms.prestashop import prestashop
from platforms.sfcc import sfcc
from platforms.shopify import shopify
from platforms.shopware import shopware
from platforms.squarespace import squarespace
from platforms.vtex import vtex
from platforms.wix import wix
from platforms.woocommerce import woocommerce

PLATFORMS: dict[str, Callable[[random.Random], Page]] = {
    "shopify": shopify,
    "woocommerce": woocommerce,
    "magento": magento,
    "shopware": shopware,
    "prestashop": prestashop,
    "bigcommerce": bigcommerce,
    "sfcc": sfcc,
    "vtex": vtex,
    "nextjs": nextjs,
    "amazon": amazon,
    "korean": korean,
    "japanese": japanese,
    "chinese": chinese,
    "classifieds": classifieds,
    "marketplace": marketplace,
    "furniture": furniture,
    "opencart": opencart,
    "wix": wix,
    "oscommerce": oscommerce,
    "squarespace": squarespace,
}


def halves() -> dict[str, list[str]]:
    """Two fixed halves of the platforms: their names shuffled with seed 13, dealt alternately."""
    names = sorted(PLATFORMS)
    random.Random(13).shuffle(names)
    return {"dev": sorted(names[0::2]), "check": sorted(names[1::2])}


def pages(seed: int, per_platform: int, names: list[str]) -> list[Page]:
    out: list[Page] = []
    for name in names:
        for index in range(per_platform):
            page = PLATFORMS[name](random.Random(f"{seed}:{name}:{index}"))
            page.key = f"{name}-{seed}-{index}"
            out.append(page)
    return out
