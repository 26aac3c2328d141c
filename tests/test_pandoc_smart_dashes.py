"""pandoc's "smart" Markdown writes an em dash as three hyphens: read back as the dash, so that a
dateline printed "LEEDS, England — Rivers ..." is still a dateline in the dump, and the body
reads as the page printed it. Rules of a Markdown page ("---" on a line of its own) stay rules."""

from __future__ import annotations

import newsextract
from newsextract.segment.dumps import from_markdown

NAV = "[Home](/) [World](/world) [Sport](/sport)\n\n"


def _record(markdown: str) -> dict:
    return newsextract.extract(markdown.encode()).to_dict()


def test_an_em_dash_written_as_three_hyphens_opens_a_dateline() -> None:
    page = NAV + (
        "# Floods hit northern towns\n\nBy Jane Doe\n\nMarch 5, 2024\n\n"
        "LEEDS, England --- Rivers across northern England burst their banks on Tuesday, forcing "
        "hundreds of residents from their homes as crews worked through the night.\n\n"
        "The Environment Agency issued twelve severe flood warnings, the highest level there is.\n\n"
        "Forecasters expect more rain later in the week, and shelters stay open until Sunday.\n")
    record = _record(page)
    assert record["location"] == "Leeds, England"
    assert record["body"].startswith("Rivers across northern England")
    assert "---" not in record["body"]


def test_an_indonesian_dateline_with_the_outlet_and_an_em_dash() -> None:
    page = NAV + (
        "# Banjir Rendam Ratusan Rumah di Bekasi\n\nPenulis: Andi Saputra\n\n"
        "Selasa, 5 Maret 2024 10:00 WIB\n\n"
        "BEKASI, KOMPAS.com --- Ratusan rumah warga di Kecamatan Bekasi Timur terendam banjir sejak "
        "Senin malam setelah hujan deras mengguyur wilayah itu.\n\n"
        "\\\"Air mulai masuk rumah sekitar pukul 23.00 WIB,\\\" kata Siti Aminah, warga setempat.\n\n"
        "Petugas BPBD masih mengevakuasi warga lanjut usia ke posko pengungsian di kelurahan.\n")
    record = _record(page)
    assert record["location"] == "Bekasi"
    assert record["body"].startswith("Ratusan rumah warga")


def test_the_dash_between_words_and_a_rule_alone() -> None:
    text, _ = from_markdown("# A headline\n\nThe plan---approved on Monday---costs less.\n\n---\n\nNext part here.\n")
    assert "The plan—approved on Monday—costs less." in text
    assert "---" not in text
    assert "Next part here." in text


def test_hyphens_in_code_like_text_and_longer_runs_stay() -> None:
    # a command's long option is no dash; nor is a run of four hyphens typed as a divider
    text, _ = from_markdown("# Notes\n\nRun the tool with --verbose to see more.\n\nA ---- B\n")
    assert "--verbose" in text
    assert "A ---- B" in text



def test_hyphens_in_an_address_stay() -> None:
    text, _ = from_markdown("# Alps homes\n\nPhotos at https://cdn.example.com/media/Megeve---Les-Fermes.jpg "
                            "and in file chalet_2024---final.jpg today.\n")
    assert "https://cdn.example.com/media/Megeve---Les-Fermes.jpg" in text
    assert "chalet_2024---final.jpg" in text


def test_hyphens_in_a_mail_address_and_a_table_rule_stay() -> None:
    from newsextract.segment.dumps import _plain

    assert _plain("Write to a---b@x.com today") == "Write to a---b@x.com today"
    assert _plain("|---|---|") == "|---|---|"
    assert _plain("See example.com---news for more") == "See example.com---news for more"


def test_hyphens_in_a_domain_of_any_suffix_stay_and_a_glued_dash_between_words_is_one() -> None:
    from newsextract.segment.dumps import _plain

    # (a domain of any suffix the profiles know (domain_suffixes), not only ".com")
    assert _plain("Mehr auf wetter---online.net heute") == "Mehr auf wetter---online.net heute"
    assert _plain("Read news---today.co.uk first") == "Read news---today.co.uk first"
    assert _plain("Baca di berita---kini.co.id juga") == "Baca di berita---kini.co.id juga"
    # (pandoc's em dash glued between two words is still a dash)
    assert _plain("the vote---and its aftermath") == "the vote—and its aftermath"
