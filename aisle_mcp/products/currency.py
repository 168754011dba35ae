"""ISO 4217 currencies and their minor units, so every amount of one currency is written with the same places.

``19.99``, ``27.50`` and ``12.00`` dollars; ``1200`` yen; ``1.250`` Kuwaiti dinars. An amount is never rounded:
one written with more places than its currency has (a price per litre, ``1.799``) keeps them.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

CURRENCIES = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD
    CDF CHF CLF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD
    HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL
    LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR
    PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND
    TOP TRY TTD TWD TZS UAH UGX USD UYI UYU UYW UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split()  # noqa: SIM905
)
"""The active ISO 4217 codes of money (not the funds, metals and test codes)."""

# ISO 4217's exponent where it is not 2.
_PLACES = {
    **dict.fromkeys("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(), 0),  # noqa: SIM905
    **dict.fromkeys("BHD IQD JOD KWD LYD OMR TND".split(), 3),  # noqa: SIM905
    **dict.fromkeys(("CLF", "UYW"), 4),
}
_STEPS = {code: Decimal(1).scaleb(-_PLACES.get(code, 2)) for code in CURRENCIES}


def minor_places(currency: str | None) -> int | None:
    """Decimal places of the currency's minor unit (2 for USD, 0 for JPY, 3 for KWD); ``None`` when unknown."""
    if currency is None or currency not in CURRENCIES:
        return None
    return _PLACES.get(currency, 2)


def in_minor_units(amount: Decimal, currency: str | None) -> Decimal:
    """``amount`` written with its currency's places (``27.5`` USD is ``27.50``), when that changes no digit of
    its value; otherwise, and for an unknown currency, ``amount`` as it is."""
    step = _STEPS.get(currency) if currency is not None else None
    if step is None or amount.same_quantum(step):  # most amounts, and every one already written so
        return amount
    try:
        written = amount.quantize(step)
    except InvalidOperation:  # more digits than the context holds, or not finite: left as it is
        return amount
    return written if written == amount else amount
