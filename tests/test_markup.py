"""Any markup is read as HTML and recovered; any script's text is read as text (issue 10, 4)."""

from __future__ import annotations

from newsextract.decode import decode

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
