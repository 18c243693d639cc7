"""Fetching pages: the address rules, redirects, time-outs, failures and the size limit."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from claimtrail.errors import InputRejected
from claimtrail.ingest.fetch import FetchPolicy, PinnedTransport, check_url, fetch

sys.path.insert(0, str(Path(__file__).parent / "web"))
from local_server import LocalServer  # noqa: E402

LOCAL = FetchPolicy(allow_private=True, timeout=0.5, deadline=2.0)
PUBLIC = "93.184.216.34"  # a public address; connections to it are routed to the test server


@pytest.fixture(scope="module")
def base():
    with LocalServer() as url:
        yield url


@pytest.fixture
def port(base) -> int:
    return urlsplit(base).port


class FakeDns:
    """Stands in for the system resolver and the internet.

    `answers[name]` lists what successive look-ups of `name` return (the last one repeats),
    so a name can resolve to a public address at first and to a private one later, as a
    rebinding DNS server does. Connections to PUBLIC go to the test server on 127.0.0.1;
    every address a connection was opened to is recorded in `connects`.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: dict[str, list[str]] = {}
        self.lookups: Counter[str] = Counter()
        self.connects: list[str] = []
        self._getaddrinfo = socket.getaddrinfo
        self._create_connection = socket.create_connection
        monkeypatch.setattr(socket, "getaddrinfo", self.getaddrinfo)
        monkeypatch.setattr(socket, "create_connection", self.create_connection)

    def getaddrinfo(self, host, port, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name not in self.answers:
            return self._getaddrinfo(host, port, *args, **kwargs)
        self.lookups[name] += 1
        answers = self.answers[name]
        address = answers[min(self.lookups[name], len(answers)) - 1]
        return self._getaddrinfo(address, port, *args, **kwargs)

    def create_connection(self, address, *args, **kwargs):
        host, port = address[:2]
        self.connects.append(host)
        routed = "127.0.0.1" if host == PUBLIC else host
        return self._create_connection((routed, port), *args, **kwargs)


@pytest.fixture
def dns(monkeypatch) -> FakeDns:
    return FakeDns(monkeypatch)


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


def test_every_redirect_hop_is_checked(port, dns):
    dns.answers = {"news.test": [PUBLIC], "localhost": ["127.0.0.1"]}
    with pytest.raises(InputRejected, match="host localhost resolves to non-public"):
        fetch(f"http://news.test:{port}/redirect-localhost", FetchPolicy(timeout=0.5))
    assert dns.connects == [PUBLIC]


def test_rebinding_name_is_connected_to_the_address_that_was_checked(port, dns):
    # Public when checked, loopback when asked again: only one look-up may be made.
    dns.answers["rebind.test"] = [PUBLIC, "127.0.0.1"]
    page = fetch(f"http://rebind.test:{port}/news/2.html", FetchPolicy(timeout=0.5))
    assert page.status == 200 and b"Brenmoor" in page.data
    assert dns.lookups["rebind.test"] == 1
    assert dns.connects == [PUBLIC]


def test_rebinding_on_a_redirect_hop_is_refused(port, dns):
    # Each hop is resolved once and checked; the second look-up turns private.
    dns.answers["rebind.test"] = [PUBLIC, "127.0.0.1"]
    with pytest.raises(InputRejected, match="rebind.test resolves to non-public address 127"):
        fetch(f"http://rebind.test:{port}/redirect", FetchPolicy(timeout=0.5))
    assert dns.connects == [PUBLIC]


def test_substituted_resolver_is_the_only_one_asked(port, dns):
    asked = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return [PUBLIC] if len(asked) == 1 else ["10.0.0.7"]

    page = fetch(f"http://news.test:{port}/news/3.html", FetchPolicy(timeout=0.5), resolver)
    assert b"Dunmere" in page.data
    assert asked == ["news.test"] and dns.connects == [PUBLIC] and not dns.lookups


def test_falls_back_to_the_next_checked_address(port):
    # Nothing listens on 127.0.0.2 (the server is bound to 127.0.0.1 only).
    page = fetch(
        f"http://news.test:{port}/news/4.html", LOCAL, lambda host, port: ["127.0.0.2", "127.0.0.1"]
    )
    assert b"Carrick Cape" in page.data


def test_a_host_without_checked_addresses_is_never_connected(base):
    with httpx.Client(transport=PinnedTransport(), timeout=0.5) as client:
        with pytest.raises(httpx.ConnectError, match="no checked address"):
            client.get(f"{base}/news/1.html")


@pytest.mark.parametrize(
    ("answer", "reason"),
    [([], "no address"), (["not-an-address"], "bad address 'not-an-address'")],
)
def test_unusable_resolver_answers_are_refused(answer, reason):
    with pytest.raises(InputRejected, match=reason):
        check_url("http://news.test/a", FetchPolicy(allow_private=True), lambda h, p: answer)


def test_an_address_in_the_url_is_not_resolved():
    def resolver(host: str, port: int) -> list[str]:
        raise AssertionError("an IP address needs no look-up")

    assert check_url(f"http://{PUBLIC}/a", FetchPolicy(), resolver) == (PUBLIC,)
    assert check_url("http://[::1]:8080/a", LOCAL, resolver) == ("::1",)


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


class _EchoHost(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server hook name
        body = f"Host: {self.headers.get('Host')}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def _https_server(cert: Path, key: Path) -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHost)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for the name news.test only."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
        + ["-nodes", "-days", "1", "-subj", "/CN=news.test"]
        + ["-addext", "subjectAltName=DNS:news.test", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_tls_to_a_pinned_address_checks_the_name_and_keeps_the_host_header(certificate):
    cert, key = certificate
    trusted = ssl.create_default_context(cafile=str(cert))
    loopback = lambda host, port: ["127.0.0.1"]  # noqa: E731
    with _https_server(cert, key) as port:
        page = fetch(f"https://news.test:{port}/", LOCAL, loopback, verify=trusted)
        assert page.data == f"Host: news.test:{port}".encode()
        # Same address, another name: the certificate does not cover it, so no page.
        with pytest.raises(InputRejected, match="fetch failed"):
            fetch(f"https://other.test:{port}/", LOCAL, loopback, verify=trusted)
