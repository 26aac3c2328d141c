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

import pytest

from newsextract.api import extract

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "prf27"

PAGES = {
    "ar": ("الحكومة تقر خطة الكهرباء الجديدة بعد جلسة مطولة", "2024-03-12T14:35:00", ["سمير الخوري"],
           "ارتفاع أسعار المحروقات", "اقرأ أيضا ما كتبه الخبراء", "وكتب النائب المعارض"),
    "he": ("הממשלה אישרה את תקציב המדינה לשנת 2025 לאחר דיון סוער", "2024-03-12T14:35:00+02:00",
           ["דנה כהן"], "בנק ישראל הותיר", "קראו עוד על התוכנית", "מאת האוצר נמסר"),
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
    # a paragraph opens with the modified date's label word, no date after it
    ("nm2", "עודכן כי הדיון הבא", "דנה כהן"),
    # a paragraph opens with the byline label and its colon, a quote after it
    ("nm3", 'كتب: "لن نتراجع عن الخطة', "سمير الخوري"),
])
def test_near_misses(name: str, kept: str, author: str) -> None:
    d = extract((HERE / f"{name}.html").read_bytes()).to_dict()
    assert any(p.startswith(kept) for p in d["body"].split("\n\n"))
    assert d["authors"] == [author]
    assert d["date"].startswith("2024-03-12T14:35")
