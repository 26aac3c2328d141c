"""Bodies on pages of other shapes (session 19, issue 10; fixtures/zero19).

A notice page: a page whose headline is a notice's name and little else ("Harbour Lab privacy
policy") is that notice, and its sentences naming it are its text; an article about a policy
("Facebook changes its privacy policy after outcry") keeps its sign-up box's "you agree to our
privacy policy" out of the body.

The text's opening line: a quotation or a sentence printed as a paragraph beside the first
paragraph ("„Endlich Ruhe im Hafen“") opens the text and is no part of the head; the head's
own lines there (a byline, a date, a share or read-time line, the headline again) stay out."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.options import Options

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "zero19"
FIRST = "The committee met on Tuesday to discuss the new rules for the harbour"


def _body(page: str, replace: tuple = ()) -> str:
    html = (PAGES / page).read_text(encoding="utf-8")
    if replace:
        html = html.replace(*replace)
    return extract(html.encode("utf-8"), Options(input_format="html")).body or ""


def test_a_notice_page_keeps_its_sentences_naming_the_notice() -> None:
    body = _body("notice_page.html")
    assert body.startswith("This privacy policy has been compiled to better serve those")
    assert "Google, as a third-party vendor, uses cookies to serve ads on our site" in body
    assert "If there are any questions regarding this privacy policy" in body
    assert "Privacy policy\n" not in body + "\n"  # (the footer's link is no part of it)


def test_an_article_about_a_policy_keeps_its_signup_box_out() -> None:
    body = _body("notice_article.html")
    assert body.startswith("Facebook said on Monday it would rewrite the rules")
    assert "A spokesman said the new text would be published" in body
    assert "By subscribing you agree to our privacy policy" not in body


@pytest.mark.parametrize("title", ["Home | News | Local | Gazette", "Newsletter", "Read more"])
def test_a_headline_of_furniture_that_names_no_notice_changes_nothing(title: str) -> None:
    body = _body("notice_article.html", ("<title>Facebook changes its privacy policy after outcry</title>",
                                         f"<title>{title}</title>"))
    assert "A spokesman said the new text would be published" in body
    assert "By subscribing you agree to our privacy policy" not in body


def test_a_quotation_opening_the_text_is_its_first_paragraph() -> None:
    body = _body("lead_quote.html")
    assert body.startswith("„Endlich Ruhe im Hafen“\n\n" + FIRST)


@pytest.mark.parametrize("line", [
    "<p>By Jane Doe.</p>",  # a byline
    "<p>Von Anna Schmidt.</p>",
    "<p>Tuesday, 3 March 2024.</p>",  # a date line
    "<p>Harbour rules agreed after two years.</p>",  # the headline again
    "<p>Photo: Reuters.</p>",
    "<p>Listen to this article.</p>",
    "<p>Lesedauer: drei Minuten.</p>",
    "<p>5 min read.</p>",
    "<p>Sponsored content.</p>",
    "<p>Share this article!</p>",
])
def test_the_heads_own_lines_beside_the_first_paragraph_stay_out(line: str) -> None:
    body = _body("lead_quote.html", ("<p>„Endlich Ruhe im Hafen“</p>", line))
    assert body.startswith(FIRST)


def test_a_kicker_in_its_own_element_stays_out() -> None:
    assert _body("head_kicker.html").startswith(FIRST)
    assert _body("head_byline.html").startswith(FIRST)
