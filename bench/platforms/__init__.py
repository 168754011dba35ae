"""Whole product pages as shop platforms and front ends write them (see ``bench/extraction_platforms.py``): the first
20, and a second blind set (``FRESH``) of shops in other regions and on other platforms, written later by another author
before they read the extractor, and a third (``THIRD``) of shop fronts neither of those covers, written the same way
by a third author."""

from __future__ import annotations

import random
from collections.abc import Callable

from platforms.amazon import amazon
from platforms.arabic import arabic
from platforms.argos import argos
from platforms.beauty import beauty
from platforms.bhphoto import bhphoto
from platforms.bigbox import bigbox
from platforms.bigcommerce import bigcommerce
from platforms.bol import bol
from platforms.books import books
from platforms.chinese import chinese
from platforms.chrome import Page
from platforms.classifieds import classifieds
from platforms.configurator import configurator
from platforms.crossborder import crossborder
from platforms.czech import czech
from platforms.ebay import ebay
from platforms.emag import emag
from platforms.etsy import etsy
from platforms.fashion import fashion
from platforms.flatpack import flatpack
from platforms.flipkart import flipkart
from platforms.french import french
from platforms.furniture import furniture
from platforms.grocery import grocery
from platforms.headless import headless
from platforms.hebrew import hebrew
from platforms.iberia import iberia
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
from platforms.petsupply import petsupply
from platforms.pharmacy import pharmacy
from platforms.polish import polish
from platforms.prestashop import prestashop
from platforms.russian import russian
from platforms.seasia import seasia
from platforms.sfcc import sfcc
from platforms.shopify import shopify
from platforms.shopware import shopware
from platforms.squarespace import squarespace
from platforms.turkish import turkish
from platforms.ukrainian import ukrainian
from platforms.vtex import vtex
from platforms.warehouse import warehouse
from platforms.wayfair import wayfair
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


# The third blind set (``--half third``): shop fronts unlike the 35 above (big US retailers' own fronts, UK, French,
# Benelux, Iberian and Italian, Romanian/Hungarian/Bulgarian, Ukrainian and Hebrew shops, fashion, beauty, grocery,
# pharmacy, books, home goods, pet supply, cross-border marketplaces, configurators, camera specialists).
THIRD: dict[str, Callable[[random.Random], Page]] = {
    "argos": argos,
    "beauty": beauty,
    "bhphoto": bhphoto,
    "bol": bol,
    "books": books,
    "configurator": configurator,
    "crossborder": crossborder,
    "emag": emag,
    "fashion": fashion,
    "french": french,
    "grocery": grocery,
    "hebrew": hebrew,
    "iberia": iberia,
    "petsupply": petsupply,
    "pharmacy": pharmacy,
    "ukrainian": ukrainian,
    "warehouse": warehouse,
    "wayfair": wayfair,
}


def halves() -> dict[str, list[str]]:
    """The groups ``--half`` selects. The first 20 in two fixed halves (their names shuffled with seed 13, dealt
        alternately); the second blind set whole ("fresh") and in two fixed halves of its own (shuffled with seed 29);
    the third likewise ("third", and its halves shuffled with seed 43)."""
    names = sorted(PLATFORMS)
    random.Random(13).shuffle(names)
    fresh = sorted(FRESH)
    random.Random(29).shuffle(fresh)
    third = sorted(THIRD)
    random.Random(43).shuffle(third)
    return {
        "dev": sorted(names[0::2]),
        "check": sorted(names[1::2]),
        "fresh": sorted(FRESH),
        "fresh-dev": sorted(fresh[0::2]),
        "fresh-check": sorted(fresh[1::2]),
        "third": sorted(THIRD),
        "third-dev": sorted(third[0::2]),
        "third-check": sorted(third[1::2]),
    }


def pages(seed: int, per_platform: int, names: list[str]) -> list[Page]:
    out: list[Page] = []
    for name in names:
        for index in range(per_platform):
            page = (PLATFORMS.get(name) or FRESH.get(name) or THIRD[name])(random.Random(f"{seed}:{name}:{index}"))
            page.key = f"{name}-{seed}-{index}"
            out.append(page)
    return out
