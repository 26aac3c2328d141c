"""Any markup is read as HTML and recovered; any script's text is read as text (issue 10, 4)."""

from __future__ import annotations

from newsextract import extract
from newsextract.decode import decode
from newsextract.pipeline import segment

UMLAUTS = "Grüße aus Köln, schöne Tage für alle Bürger und Gäste. ".encode("utf-8")


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    # a legacy-encoded alt text ("K\xfcchenblogs") inside a UTF-8 page
    page = b'<meta charset="utf-8"><p>' + UMLAUTS * 3 + b'<img alt="K\xfcchenblogs"></p>'
    text, enc = decode(page)
    assert enc == "utf-8"
    assert "Grüße aus Köln" in text and "K\ufffdchenblogs" in text


def test_a_legacy_page_is_not_read_as_utf8() -> None:
    page = "<p>Grüße aus Köln, schöne Tage für alle Bürger.</p>".encode("cp1252") * 5
    text, enc = decode(page)
    assert enc != "utf-8" and "Grüße aus Köln" in text


def _page(body: str, head: str = "<title>Ein Titel</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_ruby_readings_are_not_glued_into_the_text() -> None:
    html = _page("<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>は大きい。</p>")
    blocks, _ = segment(html, "html")
    assert [b.text for b in blocks] == ["東京は大きい。"]


# Bengali prose: its sentences end in the danda, with no full stop anywhere
BENGALI = ("আজ সকালে শহরের প্রধান সড়কে একটি বড় দুর্ঘটনা ঘটেছে এবং পুলিশ জানিয়েছে যে "
           "কয়েকজন আহত হয়েছেন।",
           "স্থানীয় বাসিন্দারা দ্রুত তাদের হাসপাতালে নিয়ে যান এবং চিকিৎসকেরা বলেছেন যে "
           "তাদের অবস্থা এখন স্থিতিশীল।",
           "সড়ক বিভাগ জানিয়েছে যে রাস্তাটি মেরামত করা হবে এবং আগামী সপ্তাহে কাজ শুরু হবে।")
# three paragraphs of three sentences each, every one in another order
PARAGRAPHS = [" ".join(BENGALI[i:] + BENGALI[:i]) for i in range(3)]


def test_sentences_of_other_scripts_are_prose_not_a_word_cloud() -> None:
    article = extract(_page("<h1>শিরোনাম</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)))
    assert article.body.split("\n\n") == PARAGRAPHS
