"""The result model: Article and its parts, their dict form, and the record's JSON Schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

from newsextract.domain import article_domain
from newsextract.fingerprint import fingerprint


@dataclass(frozen=True)
class Quote:
    """A direct quotation found in the body, with its speaker when the text names one."""

    text: str
    speaker: Optional[str]
    cue: Optional[str]

    def to_dict(self) -> Dict[str, Any]:
        """The quote as a JSON-ready dict."""
        return {"text": self.text, "speaker": self.speaker, "cue": self.cue}


@dataclass(frozen=True)
class Image:
    """An image of the article with its caption and credit."""

    src: Optional[str]
    caption: Optional[str]
    credit: Optional[str]

    def to_dict(self) -> Dict[str, Any]:
        """The image as a JSON-ready dict."""
        return {"src": self.src, "caption": self.caption, "credit": self.credit}


@dataclass(frozen=True)
class ErrorInfo:
    """Why an input produced no article."""

    type: str
    message: str

    def to_dict(self) -> Dict[str, Any]:
        """The error as a JSON-ready dict."""
        return {"type": self.type, "message": self.message}


@dataclass
class Article:
    """One extracted article. Every key is always present in `to_dict()`."""

    source: Optional[str] = None
    format: Optional[str] = None
    language: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    modified: Optional[str] = None
    authors: List[str] = field(default_factory=list)
    editors: List[str] = field(default_factory=list)
    site: Optional[str] = None
    location: Optional[str] = None
    credit: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    tags: List[str] = field(default_factory=list)
    body: str = ""
    quotes: List[Quote] = field(default_factory=list)
    related: List[str] = field(default_factory=list)
    images: List[Image] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    error: Optional[ErrorInfo] = None

    @property
    def word_count(self) -> int:
        """Words in the body."""
        return len(self.body.split())

    @property
    def domain(self) -> Optional[str]:
        """The registrable domain, from `url`, else from `site` when the site is a domain."""
        return article_domain(self.url, self.site)

    @property
    def fingerprint(self) -> Optional[str]:
        """The body's 64-bit SimHash as 16 hex digits (see `newsextract.fingerprint`)."""
        return fingerprint(self.body) if self.body else None

    def to_dict(self) -> Dict[str, Any]:
        """The record as a dict with the keys in their fixed order (see RECORD)."""
        return {key.name: key.get(self) for key in RECORD}


_STR: Dict[str, Any] = {"type": "string"}
_OPT_STR: Dict[str, Any] = {"type": ["string", "null"]}
_STR_LIST: Dict[str, Any] = {"type": "array", "items": _STR}


def _objects(props: Dict[str, Any]) -> Dict[str, Any]:
    """The schema of a list of small objects with every key required."""
    return {"type": "array", "items": _object(props)}


def _object(props: Dict[str, Any]) -> Dict[str, Any]:
    """The schema of an object with exactly these keys."""
    return {"type": "object", "properties": props, "required": list(props),
            "additionalProperties": False}


@dataclass(frozen=True)
class Key:
    """One key of the record: its name, its JSON Schema, and how it is read off an Article."""

    name: str
    schema: Dict[str, Any]
    get: Callable[[Article], Any]
    doc: str = ""


def _attr(name: str) -> Callable[[Article], Any]:
    """Read an attribute as it is."""
    return lambda a: getattr(a, name)


def _listed(name: str) -> Callable[[Article], Any]:
    """Read a list attribute as a new list."""
    return lambda a: list(getattr(a, name))


def _dicts(name: str) -> Callable[[Article], Any]:
    """Read a list of parts as their dicts."""
    return lambda a: [x.to_dict() for x in getattr(a, name)]


def _described(schema: Dict[str, Any], doc: str) -> Dict[str, Any]:
    """A key's schema with its description."""
    return {**schema, "description": doc}


# The record's keys, in their order: the one table that to_dict(), the JSON Schema, KEYS and
# the writers follow.
RECORD: Tuple[Key, ...] = (
    Key("source", _OPT_STR, _attr("source"), "the input's path, - for stdin"),
    Key("format", {"type": ["string", "null"], "enum": ["html", "text", None]}, _attr("format"),
        "html or text"),
    Key("language", _OPT_STR, _attr("language"), "the language profile used"),
    Key("title", _OPT_STR, _attr("title"), "the headline"),
    Key("date", _OPT_STR, _attr("date"), "ISO 8601 publication date, with offset when known"),
    Key("modified", _OPT_STR, _attr("modified"), "last modification (HTML metadata)"),
    Key("authors", _STR_LIST, _listed("authors"), "authors named by the byline or metadata"),
    Key("editors", _STR_LIST, _listed("editors"), "editors named by the byline"),
    Key("site", _OPT_STR, _attr("site"), "the outlet as the dateline or metadata names it"),
    Key("domain", _OPT_STR, _attr("domain"),
        "registrable domain of url, else of site when the site is a domain"),
    Key("location", _OPT_STR, _attr("location"), "dateline place"),
    Key("credit", _OPT_STR, _attr("credit"), "trailing agency or source credit"),
    Key("url", _OPT_STR, _attr("url"), "the page's own URL (canonical link, archive record)"),
    Key("description", _OPT_STR, _attr("description"), "summary from HTML metadata"),
    Key("tags", _STR_LIST, _listed("tags"), "keywords from HTML metadata"),
    Key("body", _STR, _attr("body"), "paragraphs joined by a blank line"),
    Key("word_count", {"type": "integer", "minimum": 0}, _attr("word_count"), "words in the body"),
    Key("fingerprint", {"type": ["string", "null"], "pattern": "^[0-9a-f]{16}$"},
        _attr("fingerprint"), "64-bit SimHash of the body's word 3-shingles, 16 hex digits"),
    Key("quotes", _objects({"text": _STR, "speaker": _OPT_STR, "cue": _OPT_STR}),
        _dicts("quotes"), "direct quotations"),
    Key("related", _STR_LIST, _listed("related"), "titles of read-also inserts and related lists"),
    Key("images", _objects({"src": _OPT_STR, "caption": _OPT_STR, "credit": _OPT_STR}),
        _dicts("images"), "the article's images"),
    Key("warnings", _STR_LIST, _listed("warnings"), "what went wrong short of an error"),
    Key("error", {**_object({"type": _STR, "message": _STR}), "type": ["object", "null"]},
        lambda a: a.error.to_dict() if a.error else None,
        "set when the input could not be parsed; the other keys are then empty"),
)

KEYS: Tuple[str, ...] = tuple(key.name for key in RECORD)


def json_schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every record satisfies."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsextract article record",
        "type": "object",
        "properties": {key.name: _described(key.schema, key.doc) for key in RECORD},
        "required": list(KEYS),
        "additionalProperties": False,
    }
