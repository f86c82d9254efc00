"""Fetch a web page as text: opt-in (off by default in Settings), capped, public addresses only. Qt-free.

Only http(s); the host's addresses are checked before connecting, and again on each redirect:
loopback, private, link-local and other non-public addresses are refused (a page must not
make Hearth reach into the user's own network). The connection itself goes to an address that
was checked when it was made: a name that resolves to a public address for the check and to a
private one a moment later (DNS rebinding) cannot slip through. No proxy is used (one on the
user's own network would be the address connected to). ``allow`` (addresses let through) exists for
tests, which serve pages on loopback; the app never sets it. The text is untrusted: Gemma's markers are
defused as in MCP results.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.parse
from typing import Any

from app.mcp.results import capped, defuse

NAME = "web_fetch"
MAX_BYTES = 2_000_000
TIMEOUT_S = 10.0
MODEL_CHARS = 8_000
MAX_REDIRECTS = 5
USER_AGENT = "Hearth/1 (a desktop assistant fetching a page its user asked for)"
DECLARATION = {
    "type": "function",
    "function": {
        "name": NAME,
        "description": "Fetch a public web page (http or https) and read its text. The user approves each fetch.",
        "parameters": {
            "type": "object",
            "properties": {"url": {"type": "string", "description": "The address, starting with https://"}},
            "required": ["url"],
        },
    },
}


class FetchError(ValueError):
    """Why a page was not fetched, for the user and the model."""


def check_url(url: str, allow: frozenset[str] = frozenset()) -> str:
    """The URL if it may be fetched, else FetchError saying why."""
    parts = urllib.parse.urlsplit(str(url).strip())
    if parts.scheme not in ("http", "https"):
        raise FetchError("Only http and https addresses can be fetched.")
    host = parts.hostname
    if not host:
        raise FetchError("The address has no host name.")
    public_addresses(host, parts.port or (443 if parts.scheme == "https" else 80), allow)
    return parts.geturl()


def public_addresses(host: str, port: int, allow: frozenset[str] = frozenset()) -> list[tuple[Any, ...]]:
    """``host``'s addresses (getaddrinfo entries), each checked public; FetchError otherwise."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise FetchError(f"The host {host} could not be found ({exc}).") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global and str(address) not in allow:
            raise FetchError(f"{host} is a local or private address ({address}); only public web pages can be fetched.")
    return infos


def connect_checked(host: str, port: int, timeout: float | None, allow: frozenset[str]) -> socket.socket:
    """A connection to one of ``host``'s addresses, resolved and checked now (not earlier)."""
    last: OSError | None = None
    for family, kind, proto, _name, address in public_addresses(host, port, allow):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(timeout)
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError(f"could not connect to {host}")


def fetch(url: str, allow: frozenset[str] = frozenset(), timeout_s: float = TIMEOUT_S) -> dict[str, Any]:
    """The page's text (HTML reduced to its text), capped; FetchError if it cannot be had."""
    # Loaded on the first fetch, not with the window (urllib.request brings http.client, email...).
    import http.client
    import urllib.error
    import urllib.request

    from .html_text import html_text

    class Checked(urllib.request.HTTPRedirectHandler):
        """Follows redirects only to addresses that pass the same checks."""

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            check_url(newurl, allow)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    class PinnedHTTP(http.client.HTTPConnection):
        def connect(self) -> None:
            self.sock = connect_checked(self.host, self.port, self.timeout, allow)

    class PinnedHTTPS(http.client.HTTPSConnection):
        def connect(self) -> None:
            sock = connect_checked(self.host, self.port, self.timeout, allow)
            # The certificate is checked against the name asked for, as before.
            self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(PinnedHTTP, req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(PinnedHTTPS, req)

    target = check_url(url, allow)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), HTTP(), HTTPS(), Checked())
    opener.addheaders = [("User-Agent", USER_AGENT), ("Accept", "text/html, text/plain, application/json;q=0.9")]
    deadline = time.monotonic() + timeout_s
    try:
        with opener.open(target, timeout=timeout_s) as response:
            kind = response.headers.get_content_type()
            charset = response.headers.get_content_charset() or "utf-8"
            if not (kind.startswith("text/") or kind in ("application/json", "application/xhtml+xml")):
                raise FetchError(f"The page is {kind}, not text; it was not read.")
            body = bytearray()
            while len(body) <= MAX_BYTES:
                if time.monotonic() > deadline:
                    raise FetchError(f"The page took longer than {timeout_s:.0f} seconds; it was not read.")
                chunk = response.read(65536)
                if not chunk:
                    break
                body += chunk
            final_url = response.geturl()
            status = response.status
    except urllib.error.HTTPError as exc:
        raise FetchError(f"The server answered {exc.code} {exc.reason}.") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, FetchError):
            raise exc.reason from None
        raise FetchError(f"The page could not be fetched: {exc.reason}.") from None
    except TimeoutError:
        raise FetchError(f"The page took longer than {timeout_s:.0f} seconds; it was not read.") from None
    except OSError as exc:
        raise FetchError(f"The page could not be fetched: {exc}.") from None
    truncated = len(body) > MAX_BYTES
    try:
        text = bytes(body[:MAX_BYTES]).decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        text = bytes(body[:MAX_BYTES]).decode("utf-8", errors="replace")
    title = ""
    if kind in ("text/html", "application/xhtml+xml"):
        title, text = html_text(text)
    out: dict[str, Any] = {"url": final_url, "status": status, "title": defuse(title)}
    out["text"] = defuse(capped(text, MODEL_CHARS))
    if truncated:
        out["note"] = f"The page is larger than {MAX_BYTES} bytes; only the start was read."
    return out
