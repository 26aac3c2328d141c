"""Two dump shapes read wrong: a short German w3m dump taken for unwrapped paragraphs (its wrapped
lines go on in capitals, as German nouns do, so each line stood as a paragraph of its own, and a
paragraph's last line was cut off the text by a read-also line under it); and a plain dump's short
headline, byline and date, three short lines, folded into a menu (no title)."""

from __future__ import annotations

from pathlib import Path

from newsextract import extract
from newsextract.segment.dumps import dump_style

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "wrap23"


def test_a_short_german_w3m_dump_is_read_as_wrapped() -> None:
    # fixtures/wrap23/de_short_w3m.txt is `w3m -dump -cols 100` of de_short.html (made by hand)
    article = extract((_FIXTURES / "de_short_w3m.txt").read_bytes())
    paragraphs = article.body.split("\n\n")
    assert "„Wir haben keine andere Wahl“, sagte GDL-Chef Claus Weselsky am Dienstagabend. Die Bahn " \
           "nannte den Streik unverhältnismäßig." in paragraphs
    assert paragraphs[-1] == "Ein Sprecher des Verkehrsministeriums sagte, man beobachte die Lage genau."
    assert article.title == "GDL legt Fernverkehr lahm – Pendler stranden"


def test_lines_cut_at_links_among_wide_paragraphs_are_no_wrapped_dump() -> None:
    # BeautifulSoup's get_text("\n", strip=True): a node ends where a link starts, at a word, but the
    # paragraphs around are wider than any terminal: no wrapped dump
    para = ("Die Bundesregierung will die Mietpreisbremse um weitere vier Jahre verlängern, wie das Kabinett "
            "am Mittwoch in Berlin beschlossen hat, und der Bundestag soll noch vor dem Sommer abstimmen.")
    cut = ["Der Mieterbund begrüßte die Entscheidung am Mittwoch und verwies auf die Lage in den Städten der",
           "Bundesrepublik",
           "sowie auf die Zahlen des Statistischen Bundesamts zu den Mieten in allen großen Städten des",
           "Landes",
           "und forderte schärfere Regeln für möblierte Wohnungen in den Ballungsräumen und in den Städten mit",
           "Wohnungsnot"]
    text = "\n".join([para, *cut, para.replace("Mittwoch", "Dienstag"), para.replace("vier", "fünf")]) + "\n"
    assert dump_style(text) != "terminal"


def _plain(*blocks: str) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode()


_TEXT = ("The city council voted on Tuesday to approve a new budget that includes more money for road repairs.",
         "Mayor Ann Lee said the plan would fix more than 200 streets by the end of next year.")


def test_a_short_headline_over_byline_and_date_is_no_menu() -> None:
    for head in (("Council Approves Budget", "By Jane Doe", "March 5, 2024"),
                 ("Council Approves Budget", "By Jane Doe\nMarch 5, 2024")):
        article = extract(_plain(*head, *_TEXT))
        assert article.title == "Council Approves Budget"
        assert article.authors == ["Jane Doe"]
        assert article.date is not None and article.date.startswith("2024-03-05")


def test_a_menu_s_browse_by_links_stay_a_menu() -> None:
    # "By Type", "By Region": a menu's links (one word after "By"), not a byline: the run stays folded
    from newsextract.segment.text import segment_dump

    blocks, _style, _title = segment_dump("\n\n".join(["Browse", "By Type", "By Region", "News",
                                                        "Council Approves New City Budget", "By Jane Doe",
                                                        *_TEXT]) + "\n")
    assert blocks[0].items == 4
    assert blocks[1].text == "Council Approves New City Budget" and blocks[2].text == "By Jane Doe"


# a review's near misses (rv-wrap): a short BeautifulSoup page whose lines are cut at links, the first
# teaser of a list of bylined teasers, one "Editors Pick" teaser over an article with no byline


def test_a_short_soup_page_cut_at_links_is_no_wrapped_dump() -> None:
    text = (_FIXTURES / "de_soup_strip_cut_at_links.txt").read_text(encoding="utf-8")
    assert dump_style(text) != "terminal"
    article = extract(text.encode())
    assert article.location == "Neubrandenburg"
    assert len(article.body.split("\n\n")) == 4


def test_a_teaser_over_its_byline_stays_in_the_menu() -> None:
    for name in ("en_teaser_byline_over_headline.txt", "en_editors_pick_teaser.txt"):
        assert extract((_FIXTURES / name).read_bytes()).title == "Council Approves New City Budget"
