"""The review of the footer and FAQ rules (issue 10): pages that look like a site's FAQ or a box
after the footer and are not, invented by the reviewer; each checked by eye."""

from __future__ import annotations

from pathlib import Path

from newsextract import extract

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "review16"


def _read(name: str) -> dict:
    return extract((HERE / name).read_bytes()).to_dict()


def test_a_post_tagged_faq_is_no_faq():
    # WordPress writes the post's tags into its class: "tag-faq" names a tag, not a FAQ box
    r = _read("foot-wp.html")
    assert r["title"] == "Ferry fares rise by a fifth from April"
    assert "The island ferry company will raise its fares" in r["body"]


def test_an_explainers_questions_stay_in_its_body():
    # the questions and answers outweigh the one-paragraph opening, but not twice over
    body = _read("foot-faq2.html")["body"]
    assert body.startswith("The coastal toll road opens on Monday")
    assert "A car will pay three euros" in body
    assert "lower its speed limit to fifty kilometres" in body


def test_a_help_pages_faq_under_its_headline_is_its_text():
    body = _read("foot-en-help2.html")["body"]
    assert "We send out every order within two working days" in body
    assert "If a bottle breaks in transit" in body


def test_the_run_that_replaces_a_faq_is_not_after_the_footer():
    body = _read("foot-faq3b.html")["body"]
    assert "We deliver the printed edition" not in body
    assert "A car will pay three euros" in body


def test_a_quotes_footer_is_not_the_pages():
    # <blockquote>...<footer>Name</footer></blockquote>: HTML5's credit of a quotation
    # (the lead above the "Read more:" list is lost, before these rules as after them)
    body = _read("foot-bq4.html")["body"]
    assert "Residents who live near the harbour" in body
    assert "Fishermen who use the harbour" in body
