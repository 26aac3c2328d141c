"""The mark a dump leaves after the text's last sentence (den31, issue 11): pandoc's empty
image "[]", lynx's reference to a picture by its file or id name, a footnote's or an emphasis's
stars. The near misses keep theirs: a citation's number, an editor's "[sic]", a bracket of
words, a date in brackets, stars in a sum or a rating, a paragraph emphasised whole."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.fields.credit import ad_slot_notice, without_dump_mark


@pytest.mark.parametrize("text,bare", [
    ("Barrel gestiegen, was auf eine schwache Nachfrage hindeutet. [vgzm.821225-63de8306-6a39]",
     "Barrel gestiegen, was auf eine schwache Nachfrage hindeutet."),
    ("the mayor said the works would start in March. [ExtImage-6838058-636184000.png]",
     "the mayor said the works would start in March."),
    ("\u201cWe will start in March,\u201d the mayor said. [harbour_wall_2.jpg]",
     "\u201cWe will start in March,\u201d the mayor said."),
    ("Die Arbeiten beginnen im März. []", "Die Arbeiten beginnen im März."),
    ("Die Arbeiten beginnen im März.[]", "Die Arbeiten beginnen im März."),
    ("[]", ""),
    ("die ihr zum Opfer fallen.*", "die ihr zum Opfer fallen."),
    ("Will the wall hold?**", "Will the wall hold?"),
    ("the road would be closed while the builders are at work (see map).*",
     "the road would be closed while the builders are at work (see map)."),
    ("ditutup selama pekerjaan berlangsung.*", "ditutup selama pekerjaan berlangsung."),
    ("The wall was built in 1850. [ANTARA_2026_harbour.JPEG]", "The wall was built in 1850."),
    ("The wall was built in 1850. [63de8306-6a39]", "The wall was built in 1850."),
])
def test_a_dump_s_mark_after_the_last_sentence_is_no_text(text: str, bare: str) -> None:
    assert without_dump_mark(text) == bare


@pytest.mark.parametrize("text", [
    "The study found the same effect in mice [1]",
    "The wall was built in 1850 [citation needed]",
    "He said the wall was \u201cfine\u201d [sic].",
    "The council met on Tuesday. [Updated at 5pm]",
    "The works were approved. [2024-05-01]",
    "The ferry costs 5 * 3 euros",
    "The harbour restaurant got a rating of 4.5*",
    "*The council will publish the plan on Friday.*",
    "**Correction: an earlier version gave the wrong date.**",
    # closing stars with others before them close an emphasis: a title, a magazine, a quotation
    "the builders are at work, as we reported in **Why the wall is failing.**",
    "solange die Bauarbeiter dort zugange seien, berichtet das Magazin *Hafen und Küste.*",
    "solange die Bauarbeiter dort zugange seien. *\u201eWir warten ab\u201c, sagte einer.*",
    # stars apart from the sentence: a rating
    "The harbour restaurant is cheap and friendly. Our verdict: worth a visit. **",
    # brackets of the text: no picture's file, no machine's id (no run of six digits or hex)
    "The builders are at work. [COVID-19]",
    "The builders are at work. [v2.1-final]",
    "The builders are at work. [v2.1-decade]",
    "Pekerjaan berlangsung. [ANTARA-2026]",
    "The study was published in Coastal Engineering. [doi:10.1016/j.coastaleng-2024.104]",
])
def test_brackets_and_stars_of_the_text_stay(text: str) -> None:
    assert without_dump_mark(text) == text


TEXT = [
    "The city council voted on Tuesday to rebuild the old harbour wall, which storms have "
    "battered for three winters, and to open a public walkway along its top by next summer.",
    "Engineers told the council that the wall could fail within five years if nothing is "
    "done, and that the cost of waiting would be far higher than the cost of the work now.",
    "Residents who live near the harbour said they welcomed the plan, although several asked "
    "how long the road along the water would be closed while the builders are at work.",
]


@pytest.mark.parametrize("mark", [" []", " [harbour-wall-2026.jpg]", "*"])
def test_the_body_ends_on_the_text_s_last_sentence(mark: str) -> None:
    page = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n12 May 2026\n\n" + "\n\n".join(TEXT) + mark
            + "\n\nAbout us · Contact · Privacy · Terms · Careers\n\n© 2026 Harbour Times\n")
    body = extract(page.encode()).body
    assert body.split("\n\n") == TEXT


@pytest.mark.parametrize("notice", [
    "This advertisement has not loaded yet.",
    "This advertisement has not loaded yet, but your article continues below.",
    "Story continues below",
    "Weiter nach der Anzeige",
    "La suite après la publicité",
])
def test_an_ad_slot_s_notice_under_the_text_is_left_out(notice: str) -> None:
    page = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n12 May 2026\n\n" + "\n\n".join(TEXT)
            + f"\n\nAdvertisement 1\n\n{notice}\n\nAbout us · Contact · Privacy · Terms · Careers\n\n"
            "© 2026 Harbour Times\n")
    assert extract(page.encode()).body.split("\n\n") == TEXT


@pytest.mark.parametrize("text,notice", [
    ("This advertisement has not loaded yet.", True),
    ("This advertisement has not loaded yet, but your article continues below.", True),
    ("[Article continues below]", True),
    ("Scroll to continue with content", True),
    # a notice's words inside a word, after other words, with a quotation or a speech verb,
    # or with words of the text after it
    ("Their history continues below ground.", False),
    ("Story continues below ground.", False),
    ("Lo show continua dopo la pubblicit\u00e0.", False),
    ("\"The story continues below ground,\" she said.", False),
    ("Weiter nach der Anzeige, sagte er lachend.", False),
    ("Story continues below, she said.", False),
])
def test_an_ad_slot_s_notice_opens_its_paragraph_and_holds_little_more(text: str, notice: bool) -> None:
    assert ad_slot_notice(text) is notice


@pytest.mark.parametrize("last", [
    # the text's own last sentences that hold a notice's words, with more words of their own
    "The council said the story continues below the surface, where divers found the old stones.",
    "\u201cThe article continues below our expectations,\u201d the mayor joked after the vote.",
    "Their history continues below ground.",
    "\"The story continues below ground,\" she said.",
    "Weiter nach der Anzeige, sagte er lachend.",
    "Lo show continua dopo la pubblicit\u00e0.",
])
def test_a_last_sentence_with_a_notice_s_words_stays(last: str) -> None:
    assert not ad_slot_notice(last)
    page = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n12 May 2026\n\n" + "\n\n".join(TEXT + [last])
            + "\n\nAbout us · Contact · Privacy · Terms · Careers\n\n© 2026 Harbour Times\n")
    assert extract(page.encode()).body.split("\n\n") == TEXT + [last]


@pytest.mark.parametrize("tail", [
    ", as we reported in **Why the wall is failing.**",
    ". *\u201cWe will wait and see,\u201d one of them said.*",
    ". Our verdict: worth a visit. **",
    ". [COVID-19]",
    ". [v2.1-final]",
])
def test_the_text_s_own_stars_and_brackets_stay_at_the_body_s_end(tail: str) -> None:
    last = TEXT[-1][:-1] + tail
    page = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n12 May 2026\n\n" + "\n\n".join(TEXT[:-1] + [last])
            + "\n\nAbout us · Contact · Privacy · Terms · Careers\n\n© 2026 Harbour Times\n")
    assert extract(page.encode()).body.split("\n\n") == TEXT[:-1] + [last]
