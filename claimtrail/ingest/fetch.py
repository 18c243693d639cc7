"""Fetch a web page for reading, defensively.

Rules, each refused input getting a one-line reason:
- only http and https;
- every hop's host is resolved once and *every* address it resolves to must be public:
  private, loopback, link-local, reserved and multicast addresses are refused unless the
  caller allows private addresses (a local test server, an intranet archive);
- the connection goes to one of those checked addresses, never to a second lookup of the
  name, so a DNS server that answers differently the second time (rebinding) cannot steer
  the fetch elsewhere; the Host header, TLS SNI and certificate check still use the name;
- redirects are followed by hand, at most `max_redirects`, each hop checked as above;
- connect and read time out, and the whole fetch has a deadline, so a server that drips
  bytes cannot hold the batch;
- the body is streamed and refused as soon as it passes the size limit;
- a status of 400 or more is a rejection naming the status.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from claimtrail import __version__
from claimtrail.errors import InputRejected

REDIRECTS = frozenset({301, 302, 303, 307, 308})
Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False
    timeout: float = 10.0  # seconds for connecting and for each read
    deadline: float = 30.0  # seconds for the whole fetch, redirects included
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    user_agent: str = f"claimtrail/{__version__} (+news evidence ledger)"


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str] = field(hash=False)
    data: bytes = b""

    @property
    def charset(self) -> str | None:
        content_type = self.headers.get("content-type", "")
        for part in content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset":
                return value.strip("\"' ") or None
        return None


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise InputRejected(f"cannot resolve host {host!r} ({error})") from None
    # In the resolver's order, which puts the preferred address first.
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_url(url: str, policy: FetchPolicy, resolver: Resolver = resolve) -> tuple[str, ...]:
    """The addresses to connect to for `url`, each checked; refuse a URL that may not be read.

    Refused: a scheme other than http(s), and a host with any non-public address (unless the
    policy allows private addresses). An IP address in the URL is taken as it is. The URL is
    parsed as httpx parses it, so the host checked is the host connected to.
    """
    host, port = _host_and_port(url)
    addresses = _addresses(host, port, resolver)
    if not policy.allow_private:
        for address in addresses:
            if not _public(address):
                raise InputRejected(
                    f"refused: host {host} resolves to non-public address {address} "
                    "(use --allow-private to allow)"
                )
    return addresses


def _host_and_port(url: str) -> tuple[str, int]:
    """The host (IDNA-encoded, as looked up and connected to) and port of an http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise InputRejected(f"bad URL {url} ({_first_line(error)})") from None
    if parsed.scheme not in ("http", "https") or not parsed.raw_host:
        raise InputRejected(f"not an http(s) URL: {url}")
    host = parsed.raw_host.decode("ascii").lower()
    return host, parsed.port or (443 if parsed.scheme == "https" else 80)


def _addresses(host: str, port: int, resolver: Resolver) -> tuple[str, ...]:
    if _ip(host) is not None:
        return (host,)
    addresses = tuple(resolver(host, port))
    if not addresses:
        raise InputRejected(f"cannot resolve host {host!r} (no address)")
    for address in addresses:
        if _ip(address) is None:
            raise InputRejected(f"cannot resolve host {host!r} (bad address {address!r})")
    return addresses


def _ip(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.split("%")[0])  # drop an IPv6 zone: fe80::1%eth0
    except ValueError:
        return None


def _public(address: str) -> bool:
    ip = _ip(address)
    if ip is None:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    resolver: Resolver = resolve,
    *,
    verify: ssl.SSLContext | bool = True,
) -> Fetched:
    """GET `url` under `policy`; raises InputRejected with the reason it was not read.

    `verify` is the TLS certificate check (True: the system's trusted authorities).
    """
    policy = policy or FetchPolicy()
    started = time.monotonic()
    timeout = httpx.Timeout(policy.timeout)
    headers = {"User-Agent": policy.user_agent, "Accept": "text/html,application/xml;q=0.9,*/*"}
    transport = PinnedTransport(verify)
    current = url
    try:
        with httpx.Client(
            transport=transport, timeout=timeout, headers=headers, trust_env=False
        ) as client:
            for _ in range(policy.max_redirects + 1):
                transport.pin(_host_and_port(current)[0], check_url(current, policy, resolver))
                with client.stream("GET", current) as response:
                    location = response.headers.get("location")
                    if response.status_code in REDIRECTS and location:
                        current = urljoin(current, location)
                        continue
                    _check_status(response, current)
                    data = _read_body(response, policy, started)
                    return Fetched(
                        url, current, response.status_code, _lower(response.headers), data
                    )
    except httpx.TimeoutException:
        raise InputRejected(f"timed out after {policy.timeout:g} s fetching {current}") from None
    except httpx.HTTPError as error:
        raise InputRejected(f"fetch failed for {current}: {_first_line(error)}") from None
    raise InputRejected(f"more than {policy.max_redirects} redirects from {url}")


class PinnedTransport(httpx.BaseTransport):
    """An httpx transport that connects each host name only to the addresses pinned for it.

    The URL is sent unchanged, so the Host header, TLS SNI and the certificate check use the
    name; only the TCP destination comes from the pinned, already checked addresses. A host
    with no pinned address is never connected to.
    """

    def __init__(self, verify: ssl.SSLContext | bool = True) -> None:
        self._backend = _PinnedBackend()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            network_backend=self._backend,
        )

    def pin(self, host: str, addresses: Iterable[str]) -> None:
        """Connect `host` (IDNA-encoded, as in the request) only to `addresses`, in order."""
        self._backend.pins[host.lower()] = tuple(addresses)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = self._pool.handle_request(core)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _PinnedBackend(httpcore.NetworkBackend):
    """Opens TCP connections to pinned addresses instead of resolving the host name."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self.pins: dict[str, tuple[str, ...]] = {}

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.pins.get(host.lower())
        if not addresses:
            raise httpcore.ConnectError(f"no checked address for host {host}")
        for address in addresses[:-1]:  # like a browser, fall back to the next address
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue
        return self._inner.connect_tcp(addresses[-1], port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("fetching over a unix socket is not allowed")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Body(httpx.SyncByteStream):
    """The response body of the connection pool, with its errors raised as httpx errors."""

    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)


@contextmanager
def _httpx_errors() -> Iterator[None]:
    """Raise the connection pool's errors as their httpx counterparts, as httpx itself does."""
    try:
        yield
    except Exception as error:
        for core_type, httpx_type in _ERRORS:
            if isinstance(error, core_type):
                raise httpx_type(str(error) or type(error).__name__) from error
        raise


def _check_status(response: httpx.Response, url: str) -> None:
    if response.status_code >= 400:
        phrase = response.reason_phrase or "error"
        raise InputRejected(f"HTTP {response.status_code} {phrase} from {url}")


def _read_body(response: httpx.Response, policy: FetchPolicy, started: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise InputRejected(
            f"page too large ({int(declared):,} bytes; the limit is {policy.max_bytes:,})"
        )
    chunks, total = [], 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > policy.max_bytes:
            raise InputRejected(f"page too large (over {policy.max_bytes:,} bytes)")
        if time.monotonic() - started > policy.deadline:
            raise InputRejected(f"timed out: fetch took over {policy.deadline:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _lower(headers: httpx.Headers) -> dict[str, str]:
    return {key.lower(): value for key, value in headers.items()}


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
