"""Profiles of three languages with none before (session 27, prf27): Arabic, Hebrew, Greek.

The pages (fixtures/prf27/) are invented in the shapes Lebanese, Israeli and Greek outlets
print, with no metadata, so that every field comes from the visible page: a byline with its
label and colon, a date with the language's month (the Hebrew one glued to its "ב"), a share
bar, a caption, an inline read-also line, a related list and a most-read list. Their near
misses: a paragraph opening with the read-also words inside a sentence ("اقرأ أيضا ما كتبه",
"קראו עוד על", "Διαβάστε επίσης τι"), one opening with a label word that is a verb or a
preposition of the sentence ("وكتب النائب", "מאת האוצר נמסר", "Γράφει η αντιπολίτευση").
Expected values checked by eye against the pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest

from newsextract.api import extract

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "prf27"

PAGES = {
    "ar": ("الحكومة تقر خطة الكهرباء الجديدة بعد جلسة مطولة", "2024-03-12T14:35:00", ["سمير الخوري"],
           "ارتفاع أسعار المحروقات", "اقرأ أيضا ما كتبه الخبراء", "وكتب النائب المعارض"),
    "he": ("הממשלה אישרה את תקציב המדינה לשנת 2025 לאחר דיון סוער", "2024-03-12T14:35:00+02:00",
           [], "בנק ישראל הותיר", "קראו עוד על התוכנית", "מאת האוצר נמסר"),
    "el": ("Η κυβέρνηση ενέκρινε τον προϋπολογισμό του 2025 μετά από μαραθώνια συνεδρίαση",
           "2024-03-12T14:35:00+02:00", ["Γιάννης Παπαδόπουλος"], "Αμετάβλητα τα επιτόκια",
           "Διαβάστε επίσης τι προβλέπει", "Γράφει η αντιπολίτευση"),
}


@pytest.mark.parametrize("code", sorted(PAGES))
def test_invented_page(code: str) -> None:
    title, date, authors, related, kept, kept2 = PAGES[code]
    d = extract((HERE / f"{code}.html").read_bytes()).to_dict()
    assert d["title"] == title
    assert d["date"] == date
    assert d["authors"] == authors
    paras = d["body"].split("\n\n")
    # the inline read-also line is a related link, not the text's; the look-alikes are the text's
    assert not any(related in p for p in paras)
    assert any(related in r for r in d["related"])
    assert any(p.startswith(kept) for p in paras)
    assert any(p.startswith(kept2) for p in paras)
    # the lists under the text are no text
    assert not any("الأكثر قراءة" in p or "הנקראים" in p or "Δημοφιλή" in p for p in paras)


@pytest.mark.parametrize("text, want", [
    ("الثلاثاء 12 آذار 2024", "2024-03-12"),
    ("12 مارس 2024", "2024-03-12"),
    ("פורסם: 5 בינואר 2025, 09:10", "2025-01-05"),
    ("Δευτέρα 3 ΜΑΪΟΥ 2021", "2021-05-03"),
    ("3 Μαΐου 2021", "2021-05-03"),
])
def test_month_names(text: str, want: str) -> None:
    from newsextract.fields.dates import find_dates
    from newsextract.profiles import merged
    assert [f for f in find_dates(text, merged()) if f.iso.startswith(want)]


@pytest.mark.parametrize("name, kept, author", [
    # the article's own subhead is a related heading's words, and prose follows it
    ("nm1", "Στα σχετικά άρθρα του νόμου", "Γιάννης Παπαδόπουλος"),
    # a paragraph opens with the modified date's label word, no date after it (Hebrew has no
    # author label: "מאת:" and "כתב:" also head a book's info box and a credits line)
    ("nm2", "עודכן כי הדיון הבא", None),
    # a paragraph opens with the byline label and its colon, a quote after it
    ("nm3", 'كتب: "لن نتراجع عن الخطة', "سمير الخوري"),
])
def test_near_misses(name: str, kept: str, author: Optional[str]) -> None:
    d = extract((HERE / f"{name}.html").read_bytes()).to_dict()
    assert any(p.startswith(kept) for p in d["body"].split("\n\n"))
    assert d["authors"] == ([author] if author else [])
    assert d["date"].startswith("2024-03-12T14:35")


def _parse(name: str) -> dict:
    path = HERE / name
    return extract(path.read_bytes() if name.endswith(".html") else path.read_text()).to_dict()


@pytest.mark.parametrize("name, lang", [
    # Indonesian pages quoting Arabic prayers and verses (text, and HTML with no lang): the
    # stopword share counts only a-z words in its total, so Arabic stopwords on top told them "ar"
    ("id_verses.txt", "id"),
    ("id_verses.html", "id"),
    # an English report quoting Arabic banners and chants
    ("en_quote_ar.txt", "en"),
    # an Arabic page is still told by its script
    ("ar.html", "ar"),
    ("ar_qena.txt", "ar"),
])
def test_pages_quoting_arabic_keep_their_language(name: str, lang: str) -> None:
    assert _parse(name)["language"] == lang


@pytest.mark.parametrize("name, opening", [
    # "قنا" is Qatar's agency and Qena, an Egyptian governorate printed as a dateline
    ("ar_qena.txt", "قنا - افتتح محافظ قنا"),
    ("ar_qena.html", "قنا - افتتح محافظ قنا"),
    # "ΑΠΕ" alone is also "renewable energy sources"
    ("el_ape.txt", "ΑΠΕ - Οι ανανεώσιμες πηγές"),
])
def test_agency_lookalikes_are_no_credit(name: str, opening: str) -> None:
    d = _parse(name)
    assert d["site"] is None and d["credit"] is None
    assert d["body"].startswith(opening)


@pytest.mark.parametrize("name, line", [
    # a theatre review's credits line: the playwright and cast are no authors
    ("he_theatre.html", "כתב: חנוך לוין. בימוי: עודד קוטלר."),
    # a book's info box: the novelist is no author of the review
    ("he_book.html", None),
])
def test_hebrew_credit_lines_name_no_author(name: str, line: Optional[str]) -> None:
    d = _parse(name)
    assert d["authors"] == []
    if line:
        assert any(p.startswith(line) for p in d["body"].split("\n\n"))
