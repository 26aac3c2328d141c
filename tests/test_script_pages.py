"""Pages a framework renders in the browser: the article's markup comes in the scripts' data."""

from __future__ import annotations

import json
import time

import pytest

from newsextract import extract
from newsextract.segment.scripts import script_markup
from tests.test_body import PARAS as BODY_PARAS

PARAS = BODY_PARAS[:4]  # (the harbour story the body tests tell)
MARKUP = ('<figure><img src="/wall.jpg"><figcaption><p>The harbour wall in January.</p></figcaption></figure>'
          + "".join(f'<p class="text">{p}</p>' for p in PARAS))


def _pushed(stream: str) -> str:
    """A stream of rows as the framework's scripts push it, in pieces of 200 characters."""
    return "".join(f"<script>self.__next_f.push([1,{json.dumps(stream[i:i + 200])}])</script>"
                   for i in range(0, len(stream), 200))


def _page(scripts: str) -> str:
    return ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            f"<div id='root'></div>{scripts}</body></html>")


def test_a_page_that_prints_no_text_gives_the_markup_its_script_stream_carries() -> None:
    # rows of the stream: a JSON row, then a text row whose length is counted in UTF-8 bytes
    size = len(MARKUP.encode("utf-8"))
    stream = f'0:["$","div",null,{{"className":"page"}}]\n1a:T{size:x},{MARKUP}2:["$","footer",null,{{}}]\n'
    article = extract(_page(_pushed(stream)))
    assert article.body.split("\n\n") == PARAS
    assert any("scripts carry" in w for w in article.warnings)


def test_a_page_that_prints_no_text_gives_the_markup_of_its_next_data() -> None:
    data = {"props": {"pageProps": {"story": {"teaser": "<p>Harbour news</p>", "html": MARKUP}}}}
    scripts = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    assert extract(_page(scripts)).body.split("\n\n") == PARAS


def test_a_page_that_prints_its_text_keeps_it() -> None:
    # the scripts' data may repeat the text, or hold another article's: what the page
    # prints is read
    printed = "".join(f"<p>{p} It said so again.</p>" for p in PARAS)
    size = len(MARKUP.encode("utf-8"))
    page = _page(_pushed(f"1a:T{size:x},{MARKUP}")).replace("<div id='root'></div>",
                                                           f"<article>{printed}</article>")
    assert extract(page).body.split("\n\n") == [f"{p} It said so again." for p in PARAS]


def test_markup_with_fewer_than_three_paragraphs_is_no_article() -> None:
    short = "<p>Harbour news</p><p>Ferry times</p>"
    assert script_markup(_pushed(f"1a:T{len(short):x},{short}")) is None


# another story the same data carries (the next one, a related one), longer than the article
OTHER = "".join(f"<p>The county library will close its doors for {n} weeks this winter while workers "
                "replace the roof, the heating and the shelves of the reading room upstairs.</p>"
                for n in ("two", "three", "four", "five", "six", "seven"))


def _next_data(data: object) -> str:
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


def test_the_article_under_its_own_key_is_taken_not_a_longer_related_story() -> None:
    data = {"props": {"pageProps": {"post": {"bodyHtml": MARKUP},
                                    "relatedPosts": [{"bodyHtml": OTHER}]}}}
    assert extract(_page(_next_data(data))).body.split("\n\n") == PARAS


def test_the_next_article_and_a_comment_are_never_the_text() -> None:
    # what the page prints stays: the data's markup is another story's, or a reader's
    printed = "<main><h1>Harbour wall to be rebuilt</h1><p>The council voted on Tuesday.</p></main>"
    for data in ({"props": {"pageProps": {"nextArticle": {"body": OTHER}}}},
                 {"props": {"pageProps": {"comments": [{"html": MARKUP}]}}}):
        page = _page(_next_data(data)).replace("<div id='root'></div>", printed)
        assert extract(page).body == "The council voted on Tuesday."


def test_markup_under_keys_that_say_nothing_is_taken_only_when_it_holds_the_titles_words() -> None:
    assert script_markup(_page(_next_data({"props": {"x": {"html": OTHER}}})),
                         ["Harbour wall to be rebuilt"]) is None
    assert script_markup(_page(_next_data({"props": {"x": {"html": MARKUP}}})),
                         ["Harbour wall to be rebuilt"]) == MARKUP


def test_a_text_row_right_after_another_is_read_too() -> None:
    # a text row ends where its counted bytes end, with no newline: the next row starts there
    summary = "<p>Harbour wall.</p><p>Walkway next summer.</p><p>Road stays open.</p>"
    stream = (f'0:["$","div",null,{{}}]\n5:T{len(summary):x},{summary}'
              f'6:T{len(MARKUP.encode("utf-8")):x},{MARKUP}7:["$","p",null,{{}}]\n')
    assert extract(_page(_pushed(stream))).body.split("\n\n") == PARAS


def test_a_text_row_of_another_story_in_the_stream_is_not_the_text() -> None:
    stream = f'1a:T{len(OTHER):x},{OTHER}'
    assert script_markup(_page(_pushed(stream)), ["Harbour wall to be rebuilt"]) is None


def test_json_nested_past_the_parsers_depth_is_no_data() -> None:
    page = _page('<script id="__NEXT_DATA__" type="application/json">' + "[" * 100_000
                 + "]" * 100_000 + "</script>")
    assert extract(page).body == ""


@pytest.mark.parametrize("page", [
    # a script tag opened again and again, the data's name after it
    "<p>x</p>" + "<script " * 400_000 + " __NEXT_DATA__",
    # the data's script opened again and again, never closed
    "<p>x</p>" + '<script id="__NEXT_DATA__">' * 80_000,
    # text rows each claiming four gigabytes
    "<p>x</p><script>self.__next_f.push([1," + json.dumps("\n1:Tffffffff," * 160_000) + "])</script>",
    # empty text rows one after another, each found where the last ends
    "<p>x</p><script>self.__next_f.push([1," + json.dumps("1:T0," * 400_000) + "])</script>",
])
def test_hostile_script_data_is_read_in_one_pass(page: str) -> None:
    assert len(page) > 1_900_000
    # a hang guard, not a speed figure: read in one pass these take milliseconds, read again
    # from each match they took minutes; the bound leaves room for a loaded machine
    t = time.monotonic()
    assert script_markup(page, ["x"]) is None
    assert time.monotonic() - t < 20


def test_a_title_in_a_script_without_spaces_is_found_in_its_text() -> None:
    # Japanese and Chinese write no spaces: the title and the text are compared by pairs of
    # characters, not by "words" that are whole phrases
    paras = ["政府は来年度の予算案の提出を来月まで延期すると発表した。財務省によると、税収の見通しを見直す必要があるという。",
             "野党は予算案の提出の延期に反発している。国会の審議日程が大きく遅れるおそれがあると批判した。",
             "与党の幹部は延期の理由を記者会見で説明した。景気の先行きが不透明なためだと述べた。",
             "予算案は来月の国会に提出される見通しだ。政府は年度内の成立を目指している。"]
    markup = "".join(f"<p>{p}</p>" for p in paras)
    stream = f"1a:T{len(markup.encode('utf-8')):x},{markup}"
    page = ("<html><head><title>政府、予算案の提出を延期</title></head><body><div id='root'></div>"
            f"{_pushed(stream)}</body></html>")
    assert extract(page).body.split("\n\n") == paras


def test_a_title_of_short_words_leaves_the_choice_to_the_keys() -> None:
    data = {"props": {"pageProps": {"data": {"html": MARKUP}}}}
    scripts = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    page = _page(scripts).replace("Harbour wall to be rebuilt", "War: Is it over?")
    assert extract(page).body.split("\n\n") == PARAS


def test_an_opinion_piece_under_commentary_is_no_readers_comment() -> None:
    for key, taken in (("commentary", True), ("comments", False), ("relatedStories", False)):
        data = {"props": {"pageProps": {key: {"html": MARKUP}}}}
        scripts = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
        assert (script_markup(_page(scripts), ["Harbour wall to be rebuilt"]) == MARKUP) is taken, key
