"""The registrable domain of an article: from its URL, else from a site name that is a domain.

The Public Suffix List decides where the registrable part starts (`news.detik.com` ->
`detik.com`, `www.bbc.co.uk` -> `bbc.co.uk`). It comes bundled with the `publicsuffixlist`
package (no network, no cache files); loading it takes ~40 ms, so it is loaded on first
use. (tldextract does the same from its own bundled copy, but pulls in requests: ~95 ms
to import plus ~25 ms to load, measured on this project's machine.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional
from urllib.parse import urlsplit

_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f:.]*:[0-9a-f:.]*\]?", re.I)
# A site name that is itself a domain: "KOMPAS.com", "Liputan6.com", "INDONEWS.ID".
_DOMAIN_LIKE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?", re.I)


@lru_cache(maxsize=1)
def _psl() -> Any:
    """The Public Suffix List, loaded once."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def warm() -> None:
    """Load the suffix list now (before worker processes fork, so they share it)."""
    _psl()


def registrable(host: str) -> Optional[str]:
    """The registrable domain of a host name, lower case; an IP address as it is; else None."""
    host = host.strip().rstrip(".").lower()
    if not host:
        return None
    if _IP.fullmatch(host):
        return host.strip("[]")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    found: Optional[str] = _psl().privatesuffix(host)
    return found


def from_url(url: Optional[str]) -> Optional[str]:
    """The registrable domain of an http(s) URL (or a scheme-less "host/path"), or None."""
    if not url:
        return None
    url = url.strip()
    if "://" not in url:
        if url.startswith("//"):
            url = "http:" + url
        elif _DOMAIN_LIKE.match(url.split("/", 1)[0]):
            url = "http://" + url
        else:
            return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return registrable(host)


def from_site(site: Optional[str]) -> Optional[str]:
    """The registrable domain when the site name is a domain ("KOMPAS.com"), else None."""
    if not site or not _DOMAIN_LIKE.fullmatch(site.strip()):
        return None
    return registrable(site)


def article_domain(url: Optional[str], site: Optional[str]) -> Optional[str]:
    """The domain of a record: from its URL, else from its site name."""
    return from_url(url) or from_site(site)
