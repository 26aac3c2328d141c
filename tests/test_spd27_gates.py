"""Session 27's speed gates (spd27): each skips work whose answer a cheap test already gives,
and each is checked here against the plain reading it stands for, on text made of the pieces
the rules care about (labels, dates, figures, names, headline-like lines, Greek and Turkish
letters whose small forms are special).

- parse_credit: a piece that opens with no label is read after a date only where a figure
  stands in its first 60 characters (after_date finds nothing otherwise);
- title._under_headed_credit: no headline-like line within twice the reach above the line, no
  byline line is looked for;
- title._wide_candidates: a line's key is read only when a <title> part or the line's reading
  as a headline asks for it;
- authors._byline_in_opening: a paragraph's key is read only where its first word is the
  headline key's first (authors._first_word_key).
"""

from __future__ import annotations

from typing import List

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsextract.blocks import Block
from newsextract.fields import authors, byline, title
from newsextract.fields.authors import _credit_profile
from newsextract.fields.title import _CREDIT_REACH, _headline_like, _looks_byline, _signed_below
from newsextract.profiles import get_profile, merged

SETTINGS = settings(max_examples=400, deadline=None)

PIECES = ["By", "by", "Von", "Oleh", "Penulis", "Editor", ":", " ", "  ", "|", "·", "/", "(", ")",
          "Jane Doe", "Budi Santoso", "Anna Schmidt", "a column by", "Posted on", "March 3, 2023",
          "21 Juli 2024", "17:30 WITA", "2023", "9", "٣", "Fotografer:", "Photos by", "and", "und",
          "The council said", "a", ".", ",", "—", "-", "ΟΔΟΣ", "Σ", "İstanbul", "ß", "\u3000", "記者",
          "WIB", "Updated", "Redakteurin", "PenulisBudi"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _after_date_plain(text: str) -> str:
    """after_date as written, with no shortcut."""
    found = byline.find_dates(text[:120], merged())
    if not found or found[0].start > 40:
        return ""
    return text[found[0].end:].lstrip(byline._SEPARATORS + ")")


@SETTINGS
@given(TEXT)
@example("Posted on March 3, 2023 by Jane Doe")
@example("a column by Jane Doe, 21 Juli 2024")
def test_no_figure_in_the_first_60_characters_no_date_before_a_label(text: str) -> None:
    # the lemma parse_credit's gate stands on: with no figure in a piece's first 60 characters,
    # after_date gives "" (which opens with no label), whatever the label words say
    if not byline._ANY_DIGIT.search(text, 0, 60):
        assert byline.after_date(text) == ""
        assert _after_date_plain(text) == ""
    else:
        assert byline.after_date(text) == _after_date_plain(text)


def test_a_date_before_the_label_is_still_read() -> None:
    en = _credit_profile(get_profile("en"))
    assert byline.parse_credit("Posted on March 3, 2023 by Jane Doe", en)[0] == ["Jane Doe"]
    assert byline.parse_credit("Minggu, 21 Juli 2024 17:30 WITA Penulis: Budi Santoso",
                               _credit_profile(get_profile("id")))[0] == ["Budi Santoso"]
    # (a line of the text with "a" and no figure: no credit, as before)
    assert byline.parse_credit("The council said a new wall would be built by the harbour", en) == ([], [], False)


# blocks for the headline-under-credit test: headline-like lines (five to 30 words, no stop),
# bylines, dates, sentences, menus, bullets, labelled furniture
LINES = ["Dam bursts after three days of rain in the northern valley towns",
         "Council votes to rebuild the old harbour wall by next summer",
         "By Jane Doe", "Von Anna Schmidt und Max Muster", "Oleh: Budi Santoso", "March 3, 2023",
         "09.09.2025", "Updated 3 hours ago", "Home News Politics Business Sport Opinion",
         "The mayor said the work would begin in May.", "Share", "Video title", "autoplay",
         "Most read", "Krieg in der Ukraine"]


def _under_headed_credit_plain(blocks: List[Block], j: int, lo: int, profile) -> bool:
    """title._under_headed_credit as written before its gate."""
    for c in range(j - 1, max(lo, j - _CREDIT_REACH) - 1, -1):
        t = blocks[c].text
        if len(t) < 100 and _looks_byline(t, profile):
            return any(_headline_like(blocks[h]) and not blocks[h].bullet and not title._menu_run(blocks[h].text)
                       and any(len(d.text) < 100 and title.find_dates(d.text, profile) for d in blocks[h + 1:j])
                       for h in range(max(lo, c - _CREDIT_REACH), c)) \
                and not _signed_below(blocks, j, profile)
    return False


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(LINES), st.booleans(), st.sampled_from(["", "", "boilerplate"])),
                min_size=2, max_size=14), st.data())
def test_the_headline_gate_gives_what_the_plain_reading_gives(rows, data) -> None:
    blocks = []
    for i, (text, bullet, label) in enumerate(rows):
        b = Block(text, i, bullet)
        b.label = label
        blocks.append(b)
    profile = get_profile("en")
    lo = data.draw(st.integers(0, len(blocks) - 1))
    for j in range(lo + 1, len(blocks)):
        assert title._under_headed_credit(blocks, j, lo, profile) == _under_headed_credit_plain(blocks, j, lo, profile)


@SETTINGS
@given(TEXT)
@example("ΟΔΟΣ ΑΘΗΝΩΝ")
@example("  — İSTANBUL'da")
@example("...")
def test_the_first_word_key_is_match_keys_first_word(text: str) -> None:
    assert authors._first_word_key(text) == title.match_key(text).split(" ", 1)[0]
