"""Fetch a web page for reading, defensively.

Rules, each refused input getting a one-line reason:
- only http and https;
- every hop's host is resolved and *every* address it resolves to must be public: private,
  loopback, link-local, reserved and multicast addresses are refused unless the caller
  allows private addresses (a local test server, an intranet archive);
- redirects are followed by hand, at most `max_redirects`, each hop checked as above;
- connect and read time out, and the whole fetch has a deadline, so a server that drips
  bytes cannot hold the batch;
- the body is streamed and refused as soon as it passes the size limit;
- a status of 400 or more is a rejection naming the status.
Known gap: the address is checked, then httpx resolves the name again to connect; a DNS
server answering differently the second time (rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

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
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, policy: FetchPolicy, resolver: Resolver = resolve) -> None:
    """Refuse a URL whose scheme is not http(s) or whose host has a non-public address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputRejected(f"not an http(s) URL: {url}")
    if policy.allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise InputRejected(f"bad port in URL: {url}") from None
    for address in resolver(parts.hostname, port):
        if not _public(address):
            raise InputRejected(
                f"refused: host {parts.hostname} resolves to non-public address {address} "
                "(use --allow-private to allow)"
            )


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def fetch(url: str, policy: FetchPolicy | None = None, resolver: Resolver = resolve) -> Fetched:
    """GET `url` under `policy`; raises InputRejected with the reason it was not read."""
    policy = policy or FetchPolicy()
    started = time.monotonic()
    timeout = httpx.Timeout(policy.timeout)
    headers = {"User-Agent": policy.user_agent, "Accept": "text/html,application/xml;q=0.9,*/*"}
    current = url
    try:
        with httpx.Client(timeout=timeout, headers=headers, trust_env=False) as client:
            for _ in range(policy.max_redirects + 1):
                check_url(current, policy, resolver)
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
