"""Pages a framework renders in the browser: the article's markup comes in the scripts' data."""

from __future__ import annotations

import json

from newsextract import extract
from newsextract.segment.scripts import script_markup

PARAS = [
    "The city council voted on Tuesday to rebuild the old harbour wall, which storms have "
    "battered for three winters, and to open a public walkway along its top by next summer.",
    "Engineers told the council that the wall could fail within five years if nothing is "
    "done, and that the cost of waiting would be far higher than the cost of the work now.",
    "Residents who live near the harbour said they welcomed the plan, although several asked "
    "how long the road along the water would be closed while the builders are at work.",
    "The mayor said the works would start in March and that the road would stay open to "
    "buses and bicycles, with cars sent through the town centre for about four months.",
]
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
