"""Helpers for the audits of invented pages (tests/test_idaudit2_pages.py,
tests/test_idaudit3_pages.py): each page's fields against its hand-written gold, on the page
and on its dumps; the misses still known are strict expected failures."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, List, Optional, Set, Tuple

import pytest

import newsextract


def quote_starting(article: newsextract.Article, start: str) -> Optional[newsextract.model.Quote]:
    """The article's quotation that starts so, if any."""
    return next((q for q in article.quotes if q.text.startswith(start)), None)


def field_ok(article: newsextract.Article, gold: dict, field: str) -> bool:
    """The article's field as the gold has it ("speakers": each quotation found has its
    speaker)."""
    if field == "title":
        return article.title == gold["title"]
    if field == "date":  # (a page that prints the day only: its day)
        return (article.date or "").startswith(gold["date"])
    if field == "authors":
        return article.authors == gold["authors"]
    if field == "location":
        return article.location == gold["location"]
    if field == "body_first":
        return article.body.startswith(gold["body_first"])
    if field == "body_last":
        return article.body.endswith(gold["body_last"])
    if field == "clean":
        return not any(x in article.body for x in gold["must_not_contain"])
    if field == "quotes":
        return all(quote_starting(article, q["text_start"]) for q in gold["quotes"])
    found = [(quote_starting(article, q["text_start"]), q["speaker"]) for q in gold["quotes"]]
    return all(q is None or q.speaker == who for q, who in found)


def audit_params(names: Iterable[str], kinds: Iterable[str], fields: Iterable[str],
                 known: Set[Tuple[str, str, str]]) -> List[Any]:
    """Every (page, kind, field), a known miss ((page, kind or "*", field) in `known`) marked
    as a strict expected failure."""
    return [pytest.param(n, k, f, marks=pytest.mark.xfail(strict=True, reason="known miss"))
            if (n, k, f) in known or (n, "*", f) in known else (n, k, f)
            for n in names for k in kinds for f in fields]


@lru_cache(maxsize=None)
def read_page(path: Path) -> newsextract.Article:
    """An audit's page (its HTML or a dump), read once."""
    return newsextract.extract(path.read_bytes())


def _speakers(lang: str, headline: str, lead: str, par: str, last: str) -> List[Tuple[str, Optional[str]]]:
    """The quotations (first word, speaker) of paragraph `par` set in an article between two
    plain paragraphs."""
    html = (f"<html lang='{lang}'><body><article><h1>{headline}</h1><p>{lead}</p>"
            f"<p>{par}</p><p>{last}</p></article></body></html>")
    return [(q.text.split()[0], q.speaker) for q in newsextract.extract(html).quotes]


def en_speakers(par: str) -> List[Tuple[str, Optional[str]]]:
    """The quotations (first word, speaker) of an English paragraph `par` set between two
    plain ones."""
    return _speakers("en", "Council Votes on Budget After Long Debate",
                     "The city council met on Tuesday evening to vote on the budget for the coming year.", par,
                     "The council will meet again next month to discuss the remaining items on its agenda.")


def id_speakers(par: str) -> List[Tuple[str, Optional[str]]]:
    """The quotations (first word, speaker) of an Indonesian paragraph `par` set between two
    plain ones."""
    return _speakers("id", "Jalan Rusak Segera Diperbaiki Pemerintah Daerah",
                     "Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir.",
                     par, "Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari melintas.")
