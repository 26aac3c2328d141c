"""The result model: Article and its parts, their dict form, and the record's JSON Schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional


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

    def to_dict(self) -> Dict[str, Any]:
        """The record as a dict with the keys in their fixed order."""
        return {
            "source": self.source,
            "format": self.format,
            "language": self.language,
            "title": self.title,
            "date": self.date,
            "modified": self.modified,
            "authors": list(self.authors),
            "editors": list(self.editors),
            "site": self.site,
            "location": self.location,
            "credit": self.credit,
            "url": self.url,
            "description": self.description,
            "tags": list(self.tags),
            "body": self.body,
            "word_count": len(self.body.split()),
            "quotes": [q.to_dict() for q in self.quotes],
            "related": list(self.related),
            "images": [i.to_dict() for i in self.images],
            "warnings": list(self.warnings),
            "error": self.error.to_dict() if self.error else None,
        }


KEYS = tuple(Article().to_dict())

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_STR_LIST = {"type": "array", "items": _STR}


def json_schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every record satisfies."""
    props: Dict[str, Any] = {
        "source": _OPT_STR,
        "format": {"type": ["string", "null"], "enum": ["html", "text", None]},
        "language": _OPT_STR,
        "title": _OPT_STR,
        "date": {**_OPT_STR, "description": "ISO 8601 publication date, with offset when known"},
        "modified": _OPT_STR,
        "authors": _STR_LIST,
        "editors": _STR_LIST,
        "site": _OPT_STR,
        "location": {**_OPT_STR, "description": "dateline place"},
        "credit": {**_OPT_STR, "description": "trailing agency or source credit"},
        "url": _OPT_STR,
        "description": _OPT_STR,
        "tags": _STR_LIST,
        "body": {**_STR, "description": "paragraphs joined by a blank line"},
        "word_count": {"type": "integer", "minimum": 0},
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"text": _STR, "speaker": _OPT_STR, "cue": _OPT_STR},
                "required": ["text", "speaker", "cue"],
                "additionalProperties": False,
            },
        },
        "related": _STR_LIST,
        "images": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"src": _OPT_STR, "caption": _OPT_STR, "credit": _OPT_STR},
                "required": ["src", "caption", "credit"],
                "additionalProperties": False,
            },
        },
        "warnings": _STR_LIST,
        "error": {
            "type": ["object", "null"],
            "properties": {"type": _STR, "message": _STR},
            "required": ["type", "message"],
            "additionalProperties": False,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsextract article record",
        "type": "object",
        "properties": props,
        "required": list(KEYS),
        "additionalProperties": False,
    }
