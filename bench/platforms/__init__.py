"""Whole product pages as shop platforms and front ends write them (see ``bench/extraction_platforms.py``): the first
20, and a second blind set (``FRESH``) of shops in other regions and on other platforms, written later by another author
before they read the extractor."""

from __future__ import annotations

import random
from collections.abc import Callable

from platforms.amazon import amazon
from platforms.arabic import arabic
from platforms.bigbox import bigbox
from platforms.bigcommerce import bigcommerce
from platforms.chinese import chinese
from platforms.chrome import Page
from platforms.classifieds import classifieds
from platforms.czech import czech
from platforms.ebay import ebay
from platforms.etsy import etsy
from platforms.flatpack import flatpack
from platforms.flipkart import flipkart
from platforms.furniture import furniture
from platforms.headless import headless
from platforms.japanese import japanese
from platforms.korean import korean
from platforms.magento import magento
from platforms.marketplace import marketplace
from platforms.mercadolibre import mercadolibre
from platforms.nextjs import nextjs
from platforms.nordic import nordic
from platforms.opencart import opencart
from platforms.oscommerce import oscommerce
from platforms.otto import otto
from platforms.polish import polish
from platforms.prestashop import prestashop
from platforms.russian import russian
from platforms.seasia import seasia
from platforms.sfcc import sfcc
from platforms.shopify import shopify
from platforms.shopware import shopware
from platforms.squarespace import squarespace
from platforms.turkish import turkish
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


FRESH: dict[str, Callable[[random.Random], Page]] = {
    "arabic": arabic,
    "bigbox": bigbox,
    "czech": czech,
    "ebay": ebay,
    "etsy": etsy,
    "flatpack": flatpack,
    "flipkart": flipkart,
    "headless": headless,
    "mercadolibre": mercadolibre,
    "nordic": nordic,
    "otto": otto,
    "polish": polish,
    "russian": russian,
    "seasia": seasia,
    "turkish": turkish,
}


def halves() -> dict[str, list[str]]:
    """The groups ``--half`` selects. The first 20 in two fixed halves (their names shuffled with seed 13, dealt
    alternately); the second blind set whole ("fresh") and in two fixed halves of its own (shuffled with seed 29)."""
    names = sorted(PLATFORMS)
    random.Random(13).shuffle(names)
    fresh = sorted(FRESH)
    random.Random(29).shuffle(fresh)
    return {
        "dev": sorted(names[0::2]),
        "check": sorted(names[1::2]),
        "fresh": sorted(FRESH),
        "fresh-dev": sorted(fresh[0::2]),
        "fresh-check": sorted(fresh[1::2]),
    }


def pages(seed: int, per_platform: int, names: list[str]) -> list[Page]:
    out: list[Page] = []
    for name in names:
        for index in range(per_platform):
            page = (PLATFORMS.get(name) or FRESH[name])(random.Random(f"{seed}:{name}:{index}"))
            page.key = f"{name}-{seed}-{index}"
            out.append(page)
    return out
