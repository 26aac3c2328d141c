"""The registrable domain of an article: from its URL, else from a site name that is a domain.

The Public Suffix List decides where the registrable part starts (`news.detik.com` ->
`detik.com`, `www.bbc.co.uk` -> `bbc.co.uk`, `user.github.io` stays whole). The list is
the copy bundled with the `publicsuffixlist` package (no network, no cache files); its
rules are looked up here per top-level label on first need (well under a millisecond
each): the package's own loader parses the whole list, ~40 ms in every process, as much
as parsing a few pages.
(tldextract does the same from its own bundled copy, but pulls in requests: ~95 ms to
import plus ~25 ms to load, measured on this project's machine.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional
from urllib.parse import urlsplit

from newsextract.rxcache import rx

_IP = rx(r"\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f:.]*:[0-9a-f:.]*\]?", re.I)
# A site name that is itself a domain: "KOMPAS.com", "Liputan6.com", "INDONEWS.ID".
_DOMAIN_LIKE = rx(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?", re.I)


@lru_cache(maxsize=1)
def _list_bytes() -> bytes:
    """The bundled Public Suffix List, one rule a line, framed by newlines."""
    from publicsuffixlist import PSLFILE

    with open(PSLFILE, "rb") as fh:
        return b"\n" + fh.read().replace(b"\r\n", b"\n") + b"\n"


@lru_cache(maxsize=None)
def _rules(tld: str) -> FrozenSet[str]:
    """The list's rules that end in this top-level label ("com", "*.ck", "!www.ck"...).

    One scan of the text for lines ending in the label (~1.5 ms), so a process pays only
    for the labels its pages use; comment lines start with "//" and are passed over.
    """
    data = _list_bytes()
    key = re.escape(tld.encode("utf-8"))
    lines = re.findall(rb"\n([^\n/][^\n]*\." + key + rb"|" + key + rb")(?=\n)", data)
    return frozenset(line.strip().decode("utf-8") for line in lines)


def warm() -> None:
    """Read the list now (before worker processes fork, so they share it)."""
    _list_bytes()


def _suffix_labels(labels: List[str]) -> int:
    """How many trailing labels are the public suffix (the list's rules; "*" by default)."""
    rules = _rules(labels[-1])
    exceptions = [n for n in range(2, len(labels) + 1) if "!" + ".".join(labels[-n:]) in rules]
    if exceptions:  # an exception rule wins: its suffix is the rule less its first label
        return max(exceptions) - 1
    longest = 1
    for n in range(2, len(labels) + 1):
        if ".".join(labels[-n:]) in rules or "*." + ".".join(labels[-n + 1:]) in rules:
            longest = n
    return longest


def registrable(host: str) -> Optional[str]:
    """The registrable domain of a host name, lower case; an IP address as it is; else None."""
    host = host.strip().rstrip(".").lower()
    if not host:
        return None
    if _IP.fullmatch(host):
        return host.strip("[]")
    try:
        labels = [_unicode_label(label) for label in host.split(".")]
    except UnicodeError:
        return None
    if not all(labels):
        return None
    n = _suffix_labels(labels)
    if len(labels) <= n:
        return None  # the host is a public suffix itself
    return ".".join(host.split(".")[-n - 1:])


def _unicode_label(label: str) -> str:
    """A label as the list writes it: punycode ("xn--...") decoded."""
    return label.encode("ascii").decode("idna") if label.startswith("xn--") else label


def host_of(url: Optional[str]) -> Optional[str]:
    """The host name of an http(s) URL (or a scheme-less "host/path"), small letters, as the
    URL writes it (not punycode-encoded), or None."""
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
    return host


def from_url(url: Optional[str]) -> Optional[str]:
    """The registrable domain of an http(s) URL (or a scheme-less "host/path"), or None."""
    host = host_of(url)
    if not host:
        return None
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
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
