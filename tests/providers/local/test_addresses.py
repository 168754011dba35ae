from ipaddress import IPv4Address, IPv6Address, ip_address

import pytest

from aisle_mcp.providers.local.addresses import address_refusal, host_refusal, normalize_host, parse_ip


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0X7F000001", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0177.0.0.01", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("10.0x10.0377.1", "10.16.255.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("0x", "0.0.0.0"),
        ("4294967295", "255.255.255.255"),
        ("[::1]", "::1"),
        ("::ffff:127.0.0.1", "::ffff:7f00:1"),
        ("[FE80::1%25eth0]", "fe80::1%eth0"),
        ("fe80::1%eth0", "fe80::1%eth0"),
    ],
)
def test_parse_ip_reads_every_spelling_a_resolver_accepts(host: str, expected: str) -> None:
    assert parse_ip(host) == ip_address(expected)


@pytest.mark.parametrize(
    "host",
    ["shop.example", "localhost", "4294967296", "256.0.0.1", "1.2.3.4.5", "08.0.0.1", "0x1g.0.0.1", "1..1", "", "::g"],
)
def test_parse_ip_leaves_names_and_impossible_numbers_alone(host: str) -> None:
    assert parse_ip(host) is None


def test_normalize_host_strips_brackets_trailing_dot_and_case() -> None:
    assert normalize_host("[FE80::1%25Eth0]") == "fe80::1%eth0"
    assert normalize_host("Shop.Example.") == "shop.example"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "is loopback"),
        ("127.255.0.9", "is loopback"),
        ("0.0.0.0", "is unspecified"),
        ("0.1.2.3", "is private"),
        ("10.0.0.1", "is private"),
        ("172.16.5.4", "is private"),
        ("192.168.1.1", "is private"),
        ("169.254.169.254", "is link-local"),
        ("100.64.0.1", "is shared address space"),
        ("100.127.255.254", "is shared address space"),
        ("224.0.0.1", "is multicast"),
        ("240.0.0.1", "is reserved"),
        ("255.255.255.255", "is reserved"),
        ("192.0.2.10", "is private"),
        ("198.18.0.1", "is private"),
        ("::1", "is loopback"),
        ("::", "is unspecified"),
        ("fe80::1", "is link-local"),
        ("fe80::1%eth0", "is link-local"),
        ("fec0::1", "is site-local"),
        ("fc00::1", "is unique-local"),
        ("fd12:3456::1", "is unique-local"),
        ("ff02::1", "is multicast"),
        ("2001:db8::1", "is private"),
        ("64:ff9b:1::a00:1", "is a local-use NAT64 address"),
        ("::ffff:127.0.0.1", "embeds 127.0.0.1, which is loopback"),
        ("::ffff:10.0.0.1", "embeds 10.0.0.1, which is private"),
        ("::ffff:169.254.169.254", "embeds 169.254.169.254, which is link-local"),
        ("::127.0.0.1", "embeds 127.0.0.1, which is loopback"),
        ("::8.8.8.8", "is reserved"),
        ("2002:7f00:1::", "embeds 127.0.0.1, which is loopback"),
        ("2002:a00:1::1", "embeds 10.0.0.1, which is private"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "embeds 127.0.0.1, which is loopback"),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "is private"),
        ("64:ff9b::7f00:1", "embeds 127.0.0.1, which is loopback"),
        ("64:ff9b::a9fe:a9fe", "embeds 169.254.169.254, which is link-local"),
        ("64:ff9b::6440:1", "embeds 100.64.0.1, which is shared address space"),
    ],
)
def test_address_refusal_names_why_a_local_address_is_refused(address: str, reason: str) -> None:
    refusal = address_refusal(ip_address(address))
    assert refusal is not None
    assert refusal.endswith(reason)
    assert refusal.startswith(f"address {ip_address(address)} ")


@pytest.mark.parametrize(
    "address",
    [
        "8.8.8.8",
        "93.184.216.34",
        "1.1.1.1",
        "2001:4860:4860::8888",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::",
    ],
)
def test_address_refusal_lets_public_addresses_through(address: str) -> None:
    assert address_refusal(ip_address(address)) is None


def test_address_refusal_reads_the_ipv4_inside_a_mapped_address_as_a_real_ipv4() -> None:
    assert address_refusal(IPv6Address("::ffff:7f00:1")) == "address ::ffff:7f00:1 embeds 127.0.0.1, which is loopback"
    assert address_refusal(IPv4Address("10.0.0.1")) == "address 10.0.0.1 is private"


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("localhost", "host localhost is a local name"),
        ("LOCALHOST.", "host LOCALHOST. is a local name"),
        ("localhost.localdomain", "host localhost.localdomain is a local name"),
        ("shop.localhost", "host shop.localhost is a local name"),
        ("printer.local", "host printer.local is a local name"),
        ("metadata.google.internal", "host metadata.google.internal is a local name"),
        ("router.home.arpa", "host router.home.arpa is a local name"),
        ("2130706433", "address 127.0.0.1 is loopback"),
        ("0x7f.0.0.1", "address 127.0.0.1 is loopback"),
        ("0177.1", "address 127.0.0.1 is loopback"),
        ("[::1]", "address ::1 is loopback"),
        ("fe80::1%25eth0", "address fe80::1%eth0 is link-local"),
        ("999.1.1.1", "host 999.1.1.1 is not a valid address"),
        ("shop.123", "host shop.123 is not a valid address"),
        ("shop.0x1", "host shop.0x1 is not a valid address"),
        ("::zz", "host ::zz is not a valid address"),
        ("", "the URL has no host"),
    ],
)
def test_host_refusal_refuses_local_names_and_address_spellings(host: str, reason: str) -> None:
    assert host_refusal(host) == reason


@pytest.mark.parametrize(
    "host", ["shop.example", "www.local-shop.example", "localhost.example", "8.8.8.8", "xn--bcher-kva.example"]
)
def test_host_refusal_leaves_public_names_to_the_resolver(host: str) -> None:
    assert host_refusal(host) is None
