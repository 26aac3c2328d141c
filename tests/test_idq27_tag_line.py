"""A furniture label with its colon ("Tag:", "Topik:", "Sumber:") opening a short line right
under a paragraph's last sentence, with no blank line between (w3m's print of an old template
whose body is set with <br> and whose tags sit in a <div> under it), is the furniture's own
line: the last paragraph stays the text's. Near misses: a paragraph's wrapped words that open
with such a word in the middle of a sentence, a label in lower case."""

from __future__ import annotations

import newsextract
from newsextract.segment.text import _furniture_label_after_sentence, segment_dump

HEAD = ("Anggaran Pajak Dibahas di DPR\n\nLiputan6.com, Jakarta - Menteri Keuangan memastikan defisit "
        "anggaran tetap terjaga di bawah tiga persen dari produk domestik bruto tahun ini.\n\n"
        "Dia mengakui penerimaan pajak hingga Juli baru mencapai separuh dari target yang ditetapkan\n"
        "pemerintah bersama DPR dalam undang-undang anggaran tahun berjalan.\n\n")
LAST = ("Anggota Komisi XI DPR Muhammad Misbakhun meminta pemerintah lebih realistis menyusun target\n"
        "pajak. \"Jangan sampai target terlalu tinggi lalu meleset lagi,\" ungkap politikus itu.\n")


def test_a_tags_line_under_the_last_paragraph() -> None:
    page = newsextract.extract(HEAD + LAST + "Tag: Berita Nasional\n\nBerita Terkait\n")
    assert page.body.endswith("ungkap politikus itu.")
    assert "Tag:" not in page.body


def test_the_topic_label_too() -> None:
    page = newsextract.extract(HEAD + LAST + "Topik: Pajak APBN\n")
    assert page.body.endswith("ungkap politikus itu.")


def test_the_rule_reads_a_sentence_end_a_capital_and_a_short_line() -> None:
    # a line above that ends no sentence, a label in lower case, a line as long as a
    # paragraph's: the line may be the paragraph's wrapped words
    assert _furniture_label_after_sentence("ungkap politikus itu.", "Tag: Berita Nasional")
    assert not _furniture_label_after_sentence("meminta pemerintah lebih realistis menyusun",
                                               "Tag: kata yang dipakai untuk menandai artikel lama.")
    assert not _furniture_label_after_sentence("ungkap politikus itu.", "tag: berita nasional")
    assert not _furniture_label_after_sentence("ungkap politikus itu.", "Tagihan: Rp 5 juta per bulan")


def test_a_long_line_is_not_parted() -> None:
    # a line as long as a paragraph's under a sentence's end: a wrapped paragraph's words
    long = "Sumber: " + "kata " * 40 + "akhir."
    blocks, _, _ = segment_dump(HEAD + LAST + long + "\n")
    assert not any(b.text == long for b in blocks)


def test_labels_that_open_prose_and_lines_ending_a_sentence_are_not_parted() -> None:
    # "Photo:", "Image:", "Source:" open captions and prose as often as furniture; a line
    # with a sentence's end in it is a paragraph's words
    assert not _furniture_label_after_sentence("from roads.", "Photo: a clip shared by residents")
    assert not _furniture_label_after_sentence("from roads.", "Image: Reuters")
    assert not _furniture_label_after_sentence("ungkap politikus itu.", "Sumber: Antara. Dia menambahkan")
    assert _furniture_label_after_sentence("ungkap politikus itu.", "Sumber: Antara")
    assert _furniture_label_after_sentence("ungkap politikus itu.", "Editor: Rina Anggraini")
