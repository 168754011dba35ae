"""Where Aisle may send a request on an agent's behalf: pure checks of host names and addresses.

A URL an agent hands us is untrusted. These checks refuse every target that reaches the machine
Aisle runs on or its private networks, in every spelling a resolver accepts. They read text and
addresses only; the fetcher applies them to the addresses it actually connects to.
"""

import re
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

IPAddress = IPv4Address | IPv6Address

_SHARED_ADDRESS_SPACE = IPv4Network("100.64.0.0/10")
_UNIQUE_LOCAL = IPv6Network("fc00::/7")
_NAT64 = IPv6Network("64:ff9b::/96")
_NAT64_LOCAL_USE = IPv6Network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = IPv6Network("::/96")

# Names that never leave the machine or the site, whatever a resolver says about them.
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain"})
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".localdomain")

# The number syntax of inet_aton, which getaddrinfo falls back to: 0x hex, leading-zero octal, decimal.
_NUMBER = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")
_NUMBER_LIKE = re.compile(r"0[xX][0-9a-fA-F]*|[0-9]+")


def normalize_host(host: str) -> str:
    """The host as resolvers compare it: lower case, no brackets, no trailing dot, zone id unescaped."""
    text = host.strip().lower()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    return text.replace("%25", "%").removesuffix(".")


def parse_ip(host: str) -> IPAddress | None:
    """The address a host spells literally, in any form a resolver accepts; None when it is a name.

    Besides dotted quads this reads what inet_aton reads (``2130706433``, ``0x7f000001``,
    ``0177.0.0.1``, ``127.1``) and IPv6 literals with or without a zone id.
    """
    text = normalize_host(host)
    if ":" in text:
        try:
            return IPv6Address(text)
        except ValueError:
            return None
    return _parse_ipv4(text)


def _parse_ipv4(text: str) -> IPv4Address | None:
    parts = text.split(".")
    if not 1 <= len(parts) <= 4 or not all(_NUMBER.fullmatch(part) for part in parts):
        return None
    values = [_number(part) for part in parts]
    # The last part fills every byte the earlier parts left, so 127.1 is 127.0.0.1.
    last_limit = 256 ** (5 - len(values))
    if any(value > 255 for value in values[:-1]) or values[-1] >= last_limit:
        return None
    number = values[-1]
    for index, value in enumerate(values[:-1]):
        number += value << (8 * (3 - index))
    return IPv4Address(number)


def _number(part: str) -> int:
    if part[:2] in ("0x", "0X"):
        return int(part[2:] or "0", 16)
    if len(part) > 1 and part.startswith("0"):
        return int(part, 8)
    return int(part)


def host_refusal(host: str) -> str | None:
    """Why a URL's host must not be fetched, judged from its text alone; None when only resolving can tell."""
    name = normalize_host(host)
    if not name:
        return "the URL has no host"
    address = parse_ip(name)
    if address is not None:
        return address_refusal(address)
    # A host that ends in a number but is no valid address is a spelling some resolver may still read as one.
    if ":" in name or _NUMBER_LIKE.fullmatch(name.rsplit(".", 1)[-1]):
        return f"host {host} is not a valid address"
    if name in _LOCAL_NAMES or name.endswith(_LOCAL_SUFFIXES):
        return f"host {host} is a local name"
    return None


def address_refusal(address: IPAddress) -> str | None:
    """Why Aisle must not connect to an address; None for a public one."""
    if isinstance(address, IPv6Address):
        if address.is_loopback or address.is_unspecified:
            return f"address {address} is {_category(address)}"
        for inner in _embedded_ipv4(address):
            why = _category(inner)
            if why is not None:
                return f"address {address} embeds {inner}, which is {why}"
        # Packets to these go to the embedded IPv4 address, judged public just above.
        if address.ipv4_mapped is not None or address in _NAT64:
            return None
    why = _category(address)
    return None if why is None else f"address {address} is {why}"


def _embedded_ipv4(address: IPv6Address) -> list[IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: mapped, compatible, NAT64, 6to4 and Teredo forms."""
    found: list[IPv4Address] = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address in _NAT64 or address in _IPV4_COMPATIBLE:
        found.append(IPv4Address(int(address) & 0xFFFFFFFF))
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    return found


def _category(address: IPAddress) -> str | None:
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, IPv4Address) and address in _SHARED_ADDRESS_SPACE:
        return "shared address space"
    if isinstance(address, IPv6Address):
        # Python counts these three as global; they are not reachable from the internet.
        if address.is_site_local:
            return "site-local"
        if address in _UNIQUE_LOCAL:
            return "unique-local"
        if address in _NAT64_LOCAL_USE:
            return "a local-use NAT64 address"
    if address.is_reserved:
        return "reserved"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "not publicly routable"
    return None
