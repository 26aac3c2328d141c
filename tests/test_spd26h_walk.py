"""Shortcuts of the HTML walk (session 26's speed work): each gives what the plain reading
gave. The list items that may hold the page are found from the paragraphs up; an id's names
are read once for the hint, the footer's test and the FAQ's; the canonical link is taken from
the walk that found the scripts."""

from __future__ import annotations

from typing import Optional

import pytest

from newsextract.metadata import Meta, elements_by_tag, read_metadata
from newsextract.segment.html import _paragraph_holders, parse_html, segment_html

PARA = ("The council voted on Tuesday to rebuild the old harbour wall, which storms have "
        "battered for three winters, and to open a walkway along its top by next summer.")

# list items with 0..4 paragraphs, nested lists (an outer item counts its inner items'
# paragraphs), paragraphs inside a table, a <noscript> and a <template> in an item
LISTS = [
    "<ul><li>Home</li><li><a href='/'>News</a></li></ul>",
    "<ul><li><p>a</p><p>b</p></li><li><p>a</p><p>b</p><p>c</p></li></ul>",
    "<ul><li><ul><li><p>a</p></li><li><p>b</p></li></ul><p>c</p></li></ul>",
    "<ol><li><div><p>a</p><div><p>b</p></div></div><table><tr><td><p>c</p></td></tr></table></li></ol>",
    "<ul><li><noscript><p>a</p><p>b</p></noscript><template><p>c</p></template></li></ul>",
    "<ul><li><p>a<li><p>b</p><p>c</p><p>d</p></ul>",  # (unclosed: the parser nests or closes them)
    "<p>a</p><p>b</p><p>c</p>",
]


@pytest.mark.parametrize("markup", LISTS)
def test_the_items_holding_three_paragraphs_are_those_a_search_of_each_item_finds(markup: str) -> None:
    root = parse_html(f"<html><body>{markup}</body></html>")
    plain = {li for li in root.iter("li") if sum(1 for _ in li.iter("p")) >= 3}
    assert _paragraph_holders(root.iter("p")) == plain
    assert _paragraph_holders(elements_by_tag(root, ("p",))["p"]) == plain


def _item_page(wrap_open: str, wrap_close: str) -> str:
    # a sidebar's unclosed <li> around the article: its paragraphs are no list items
    article = "".join(f"<p>{PARA} ({k})</p>" for k in range(4))
    return (f"{wrap_open}<ul class='widgets'><li><a href='/'>Home</a></li><li><h1>Harbour wall</h1>"
            f"{article}</ul>{wrap_close}")


def test_paragraphs_in_an_item_that_swallowed_the_page_are_no_list_items() -> None:
    blocks, _ = segment_html(f"<html><body>{_item_page('', '')}</body></html>")
    assert [b.bullet for b in blocks if b.text.startswith(PARA[:20])] == [False] * 4
    assert [b.bullet for b in blocks if b.text == "Home"] == [True]


def test_the_same_in_a_framesets_markup_parsed_into_the_body() -> None:
    # (the frame's paragraphs are parsed after the page's were listed: found anew)
    page = f"<html><frameset><noframes>{_item_page('<body>', '</body>')}</noframes></frameset></html>"
    blocks, _ = segment_html(page)
    assert [b.bullet for b in blocks if b.text.startswith(PARA[:20])] == [False] * 4


def test_two_paragraphs_in_an_item_stay_list_items() -> None:
    page = f"<html><body><ul><li><p>{PARA}</p><p>{PARA} Again.</p></li></ul></body></html>"
    blocks, _ = segment_html(page)
    assert [b.bullet for b in blocks] == [True, True]


def _body(inner: str) -> str:
    return f"<html><head><title>t</title></head><body>{inner}</body></html>"


def test_a_footer_named_by_its_id_alone_ends_the_page() -> None:
    blocks, _ = segment_html(_body(f"<div><p>{PARA}</p></div><div id='site-footer'><p>Imprint</p></div>"
                                   f"<div class='popup'><p>{PARA} Box.</p></div>"))
    assert [b.past_footer for b in blocks] == [False, False, True]


def test_an_articles_own_footer_by_id_does_not() -> None:
    blocks, _ = segment_html(_body(f"<article><p>{PARA}</p><div id='article-footer'><p>Tags</p></div>"
                                   f"</article><div><p>{PARA} More.</p></div>"))
    assert not any(b.past_footer for b in blocks)


def test_a_faq_named_by_its_id_alone_is_marked_and_one_in_an_article_is_not() -> None:
    faq = "<div id='faq'><h3>Is the walkway open to dogs?</h3><p>Yes, on a lead.</p></div>"
    blocks, _ = segment_html(_body(f"<div><p>{PARA}</p></div>{faq}"))
    assert [b.faq for b in blocks] == [False, True, True]
    blocks, _ = segment_html(_body(f"<article><p>{PARA}</p>{faq}</article>"))
    assert not any(b.faq for b in blocks)


def test_an_ids_and_an_itemprops_names_weigh_on_the_hint_as_a_class_does() -> None:
    by_class, _ = segment_html(_body(f"<div class='sidebar'><p>{PARA}</p></div>"))
    by_id, _ = segment_html(_body(f"<div id='sidebar'><p>{PARA}</p></div>"))
    both, _ = segment_html(_body(f"<div class='sidebar' id='sidebar'><p>{PARA}</p></div>"))
    plain, _ = segment_html(_body(f"<div><p>{PARA}</p></div>"))
    body, _ = segment_html(_body(f"<div itemprop='articleBody'><p>{PARA}</p></div>"))
    assert by_id[0].hint == by_class[0].hint == both[0].hint < plain[0].hint == 0.0 < body[0].hint


@pytest.mark.parametrize("head, url", [
    ("<link rel='stylesheet' href='/a.css'><link rel='canonical' href=' https://example.org/a '>"
     "<meta property='og:url' content='https://example.org/og'>", "https://example.org/a"),
    # (none in the head: the body's, before og:url)
    ("<link rel='stylesheet' href='/a.css'><meta property='og:url' content='https://example.org/og'>",
     "https://example.org/late"),
    ("<link rel='canonical' href='/relative'>", None),
])
def test_the_canonical_link_from_the_listed_links_is_the_one_a_search_finds(head: str, url: Optional[str]) -> None:
    page = f"<html><head>{head}</head><body><p>{PARA}</p><link rel='canonical' href='https://example.org/late'></body></html>"
    listed, searched = Meta(), Meta()
    root, again = parse_html(page), parse_html(page)
    read_metadata(root, listed, elements_by_tag(root, ("script", "time", "link")))
    read_metadata(again, searched, elements_by_tag(again, ("script", "time")))
    assert listed.url == searched.url == url
    assert segment_html(page)[1].url == listed.url
