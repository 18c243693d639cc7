"""Fetching pages: the address rules, redirects, time-outs, failures and the size limit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrail.errors import InputRejected
from claimtrail.ingest.fetch import FetchPolicy, check_url, fetch

sys.path.insert(0, str(Path(__file__).parent / "web"))
from local_server import LocalServer  # noqa: E402

LOCAL = FetchPolicy(allow_private=True, timeout=0.5, deadline=2.0)


@pytest.fixture(scope="module")
def base():
    with LocalServer() as url:
        yield url


def test_fetches_a_page_from_loopback_when_allowed(base):
    page = fetch(f"{base}/news/2.html", LOCAL)
    assert page.status == 200
    assert b"Brenmoor" in page.data
    assert page.charset == "utf-8"
    assert page.headers["content-type"].startswith("text/html")


def test_loopback_is_refused_by_default(base):
    with pytest.raises(InputRejected, match="non-public address 127.0.0.1"):
        fetch(f"{base}/news/2.html", FetchPolicy(timeout=0.5))


def test_follows_a_redirect(base):
    page = fetch(f"{base}/redirect", LOCAL)
    assert page.final_url == f"{base}/news/1.html"
    assert page.url == f"{base}/redirect"


def test_every_redirect_hop_is_checked(base):
    # 127.0.0.1 passes as if public; the hop to "localhost" must still be refused.
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34"] if host == "127.0.0.1" else ["127.0.0.1"]

    policy = FetchPolicy(timeout=0.5)
    with pytest.raises(InputRejected, match="host localhost resolves to non-public"):
        fetch(f"{base}/redirect-localhost", policy, resolver)


def test_redirect_loop_is_bounded(base):
    with pytest.raises(InputRejected, match="more than 5 redirects"):
        fetch(f"{base}/loop", LOCAL)


def test_server_error_is_a_rejection(base):
    with pytest.raises(InputRejected, match="HTTP 500"):
        fetch(f"{base}/error", LOCAL)


def test_slow_server_times_out(base):
    with pytest.raises(InputRejected, match="timed out"):
        fetch(f"{base}/slow", LOCAL)


def test_page_over_the_size_limit_is_refused(base):
    policy = FetchPolicy(allow_private=True, timeout=2, max_bytes=100_000)
    with pytest.raises(InputRejected, match="too large"):
        fetch(f"{base}/big", policy)


@pytest.mark.parametrize(
    "addresses",
    [
        ["10.1.2.3"],
        ["192.168.0.10"],
        ["169.254.169.254"],
        ["127.0.0.1"],
        ["::1"],
        ["fe80::1"],
        ["::ffff:127.0.0.1"],
        ["93.184.216.34", "10.0.0.1"],  # one private address among public ones is enough
        ["0.0.0.0"],
        ["224.0.0.1"],
    ],
)
def test_non_public_addresses_are_refused(addresses):
    with pytest.raises(InputRejected, match="non-public address"):
        check_url("http://news.test/a", FetchPolicy(), lambda host, port: addresses)


def test_public_address_passes():
    check_url("https://news.test/a", FetchPolicy(), lambda host, port: ["93.184.216.34"])


@pytest.mark.parametrize("url", ["ftp://news.test/a", "file:///etc/hosts", "http:///nohost"])
def test_only_http_urls(url):
    with pytest.raises(InputRejected, match="not an http"):
        check_url(url, FetchPolicy(allow_private=True))
