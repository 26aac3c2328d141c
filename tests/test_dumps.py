"""Dump styles: the detector tells them apart and the normaliser brings each to a terminal
dump's shape.

The fixtures fixtures/dump_<style>.txt are one page, fixtures/dump_source.html, saved the ways
scrapers save text: `w3m -dump -T text/html -cols 100`, `lynx -dump -nolist -width=100`,
BeautifulSoup `get_text("\\n")` (soup_lines), html2text with body_width=0 (markdown) and with
its default, paragraphs broken at 78 columns (markdown_wrapped), and with ignore_links and
ignore_images (markdown_nolinks) of the page as it is, `get_text()` (soup_glued) of the page with the whitespace between its tags
taken out (as a minifying server sends it), and by hand a browser's select-all copy and the
article's paragraphs alone (plain). Their expected records (tests/test_golden.py) are the
same page read by a reader: the same fields whatever the style.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsextract
from newsextract.segment import dumps
from newsextract.segment.dumps import split_glued_dates
from newsextract.segment.dumps import (BROWSER_COPY, LOW_CONFIDENCE, MARKDOWN, PLAIN, SOUP_GLUED,
                                       SOUP_LINES, SOUP_PRETTY, SOUP_SPACED, STYLES, TERMINAL, document_title,
                                       dump_style,
                                       from_fragments, from_markdown, normalise_dump, unglue)
from newsextract.segment.text import segment_dump, segment_text
from tests.conftest import FIXTURES

FIXTURE_STYLES = {"w3m": TERMINAL, "lynx": TERMINAL, "soup_lines": SOUP_LINES,
                  "soup_glued": SOUP_GLUED, "markdown": MARKDOWN, "browser_copy": BROWSER_COPY,
                  "plain": PLAIN,
                  # html2text's default: the Markdown's paragraphs broken at 78 columns; and
                  # told to leave links and images out
                  "markdown_wrapped": MARKDOWN, "markdown_nolinks": MARKDOWN}


def _fixture(name: str) -> str:
    return (FIXTURES / f"dump_{name}.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# the detector

@pytest.mark.parametrize("name", sorted(FIXTURE_STYLES))
def test_each_fixture_is_recognised(name: str) -> None:
    assert dump_style(_fixture(name)) == FIXTURE_STYLES[name]


def test_the_other_browser_copy_fixture_is_a_browser_copy() -> None:
    text = (FIXTURES / "id_detik_browser_copy.txt").read_text(encoding="utf-8")
    assert dump_style(text) == BROWSER_COPY


def test_terminal_dumps_leave_before_the_line_statistics(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text path is speed-benchmarked on w3m dumps: bulleted menus settle the style
    before any line is looked at."""
    def boom(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the slow path ran")

    monkeypatch.setattr(dumps, "_wrapped", boom)
    assert dump_style(_fixture("w3m")) == TERMINAL
    assert dump_style(_fixture("lynx")) == TERMINAL


def test_a_wrapped_dump_without_bullets_is_terminal() -> None:
    para = ("Banjir merendam sedikitnya 320 rumah di Kecamatan Palu Barat, Kota Palu, Sulawesi "
            "Tengah, setelah hujan deras mengguyur kawasan itu sejak Rabu sore dan warga "
            "mengungsi ke masjid terdekat bersama anak-anak mereka. ") * 3
    import textwrap

    text = "\n\n".join(textwrap.fill(para, 78) for _ in range(4))
    assert dump_style(text) == TERMINAL


def test_markdown_needs_links_or_a_heading_with_a_link() -> None:
    assert dump_style("# Judul\n\nTeks [tautan](http://a.id) di sini.\n") == MARKDOWN
    assert dump_style("[a](/a) [b](/b) [c](/c)") == MARKDOWN
    # a hash sign alone is no Markdown ("#1 di dunia")
    assert dump_style("# 1 di dunia\n\nTeks biasa di sini.\n\nDan lagi.\n\nDan lagi.\n") == PLAIN


def test_markdown_without_links_or_bold_is_told_by_its_list_items_indent() -> None:
    # html2text's ignore_links of a page that prints little bold: its menus' items two
    # columns in and a heading, which neither lynx (three columns) nor w3m ("•") prints
    menu = "".join(f"  * {w}\n" for w in ("Politik", "Sport", "Kultur", "Wetter"))
    para = "Mitte Mai kommen die Eisheiligen, und mit ihnen oft noch einmal Frost in der Nacht."
    text = f"Zum Inhalt springen\n\n{menu}\n## Die Eisheiligen 2024\n\n{para}\n\n{para}\n"
    assert dump_style(text) == MARKDOWN
    # (lynx's items, three columns in, under a line that opens with a hash sign: no Markdown)
    lynx = text.replace("  * ", "   * ")
    assert dump_style(lynx) != MARKDOWN
    # (items two columns in with no heading: no Markdown either)
    assert dump_style(text.replace("## ", "")) != MARKDOWN


def test_glued_sentences_mark_get_text_without_a_separator() -> None:
    text = "Hujan turun sejak sore.Warga mengungsi.Air naik cepat.Editor: Sri WahyuniCOPYRIGHT"
    assert dump_style(text) == SOUP_GLUED


def test_get_text_of_pretty_printed_html_with_nodes_glued_warns() -> None:
    # (the source's own lines, indented, with nodes glued inside them where it had no break)
    lines = ["  <title>", "    Harga Cabai Naik Jelang Lebaran | Warta", "  Beranda", "  Ekonomi"]
    glued = ["    NasionalUmumPolkam", "    Pedagang menaikkan harga cabai menjelang Lebaran.",
             "    Stok aman kata dinas.", "  Bagikan", "   Komentar"]
    text = "\n".join(lines[1:] + glued * 3) + "\n"
    assert dump_style(text) == SOUP_PRETTY
    assert SOUP_PRETTY in LOW_CONFIDENCE
    # (the same lines with no glue read as one node a line, and say nothing)
    plain = "\n".join(lines[1:] + ["    Pedagang menaikkan harga.", "    Editor: Rahmat", "  Bagikan",
                                    "   Komentar"] * 3) + "\n"
    assert dump_style(plain) == SOUP_LINES


def test_every_style_that_warns_is_a_style() -> None:
    assert set(LOW_CONFIDENCE) <= set(STYLES)
    assert all(msg.startswith("low confidence: ") for msg in LOW_CONFIDENCE.values())


# ---------------------------------------------------------------------------------------------
# get_text() fragments

def test_a_sentence_cut_at_a_link_is_joined_again() -> None:
    lines = ["Banjir merendam 320 rumah di ", "Kecamatan Palu Barat", ", Kota Palu."]
    assert from_fragments(lines, True) == "Banjir merendam 320 rumah di Kecamatan Palu Barat, Kota Palu.\n"


def test_a_comma_on_a_line_of_its_own_stays_with_its_sentence() -> None:
    # a name in a link, the comma after it its own text node: neither a separator nor lost
    lines = ["\t\tSang bos yang kini kehilangan semua uangnya, ", "Sam Bankman", "\t\t\tFried",
             ",", "\t\tmembela diri."]
    assert from_fragments(lines, True) == \
        "Sang bos yang kini kehilangan semua uangnya, Sam Bankman Fried, membela diri.\n"
    # (a comma between menu links, after a blank line, still parts them)
    assert from_fragments(["Berita", "", ",", "", "Olahraga"], True) == "Berita\n\nOlahraga\n"


def test_a_text_node_that_opens_with_a_space_goes_on_inline() -> None:
    lines = ["Strava", " on Thursday announced new features."]
    assert from_fragments(lines, True) == "Strava on Thursday announced new features.\n"


def test_a_label_takes_the_value_under_it() -> None:
    assert from_fragments(["Pewarta:", "", " ", "Nur Imansyah"], True) == "Pewarta: Nur Imansyah\n"
    assert from_fragments(["By", "", "Corry Anestia", "", "on 16 Feb 2016"], True) == \
        "By Corry Anestia\n\non 16 Feb 2016\n"


def test_a_credit_line_is_whole() -> None:
    lines = ["Penulis: Nabilla Tashandra ", "Editor", ": Bayu Galih"]
    assert from_fragments(lines) == "Penulis: Nabilla Tashandra\n\nEditor: Bayu Galih\n"


def test_a_datelines_dash_stays_with_its_place() -> None:
    assert from_fragments(["Jakarta", "-", "", "Polisi masih mendalami kasus itu."], True) == \
        "Jakarta -\n\nPolisi masih mendalami kasus itu.\n"
    assert from_fragments(["DEPOK, KOMPAS.com", "- Pusat perbelanjaan terbakar."], True) == \
        "DEPOK, KOMPAS.com - Pusat perbelanjaan terbakar.\n"


def test_a_paragraph_broken_by_a_pretty_printer_is_joined() -> None:
    lines = ["\t\tSalah satu fakta yang terkuak dalam kebangkrutan", "\t\tperusahaan",
             "\t\tperdagangan kripto ", "FTX ", "adalah bos dan", "\t\tpetingginya hobi membeli rumah."]
    assert from_fragments(lines, True) == (
        "Salah satu fakta yang terkuak dalam kebangkrutan perusahaan perdagangan kripto FTX "
        "adalah bos dan petingginya hobi membeli rumah.\n")


def test_paragraphs_that_end_are_not_joined() -> None:
    lines = ["Polisi menangkap dua pria.", "Keduanya ditahan di Mapolsek Regol."]
    assert from_fragments(lines, True) == \
        "Polisi menangkap dua pria.\n\nKeduanya ditahan di Mapolsek Regol.\n"


def test_a_headline_closed_with_a_low_high_quote_is_no_open_quotation() -> None:
    lines = ["\t\tBennett: „Ich bin kein Spielball“\t\t", "MK Naftali Bennett erklärte am Samstag, warum."]
    assert from_fragments(lines, True) == \
        "Bennett: „Ich bin kein Spielball“\n\nMK Naftali Bennett erklärte am Samstag, warum.\n"
    # (a quotation opened low and not yet closed goes on)
    assert from_fragments(["„Wir kommen wieder,", "sagte er."], True) == "„Wir kommen wieder, sagte er.\n"


def test_the_headline_stands_alone_whatever_follows_it() -> None:
    text = ("Raab neue Chefin von Thinktank | SN.at\n\n  Politik\n"
            "  Raab neue Chefin von Thinktank von APA Donnerstag 15:44 Uhr\n"
            "  Die frühere Ministerin wird neue Generaldirektorin des Zentrums.\n")
    out, _ = normalise_dump(text, SOUP_LINES)
    assert "\n\nRaab neue Chefin von Thinktank\n\nvon APA Donnerstag" in out
    # (a headline with a dash in it is whole: only the parts the page prints count)
    text = "Netz-Spott über FDP - Generalsekretär tritt zurück - Freie Presse\n\n" \
           "Netz-Spott über FDP - Generalsekretär tritt zurück\n"
    assert dumps._headline(text, document_title(text, SOUP_LINES)) == \
        "Netz-Spott über FDP - Generalsekretär tritt zurück"


def test_a_headline_glued_inside_a_line_stands_alone() -> None:
    text = "Four suspects held in fraud probe | NTV\nNewsFour suspects held in fraud probe 10.11.2025 17:59\n"
    out, _ = normalise_dump(text, SOUP_GLUED)
    assert "\n\nFour suspects held in fraud probe\n\n10.11.2025 17:59\n" in out
    # (the whole title printed again inside a line, site's name and all, is a share button's)
    text = "Four suspects held in fraud probe - NTV\nShare: Four suspects held in fraud probe - NTV\n" \
           "Four suspects held in fraud probe\n"
    assert dumps._headline(text, document_title(text, SOUP_GLUED)) == "Four suspects held in fraud probe"
    assert dumps._headline("A b c d - NTV\nShare: A b c d - NTV\n", "A b c d - NTV") == "A b c d"


@pytest.mark.parametrize("glued, parted", [
    ("laget av journalister.Søskenbarna går", "laget av journalister.\nSøskenbarna går"),
    ("wie er gesagt hat.Über den Winter", "wie er gesagt hat.\nÜber den Winter"),
    ("bunu açıkladı.İstanbul'da", "bunu açıkladı.\nİstanbul'da"),
])
def test_a_sentence_glued_to_one_opening_with_any_latin_capital_comes_apart(glued: str, parted: str) -> None:
    """In BeautifulSoup's dumps a sentence glued at a tag to the next parts there whatever the
    next one's first letters ("Søskenbarna", "Über"); a browser's copy keeps the old, narrower
    reading (an ASCII capital and letter)."""
    assert dumps.unglue(glued) == parted
    assert dumps.unglue(glued, False) == glued
    assert dumps.unglue("the U.S.Army base") == "the U.S.Army base"


def test_a_name_glued_to_an_outlets_capitals_comes_apart() -> None:
    """A byline's name on a line of its own glued to the outlet's or agency's short word in
    capitals after it ("Jane PorterBBC"); a name alone, or a word in capitals inside a line, is
    left as it is."""
    assert dumps.unglue("Jane PorterNTB") == "Jane Porter\nNTB"
    assert dumps.unglue("Jane PorterNTB", False) == "Jane PorterNTB"
    assert dumps.unglue("Jane Porter") == "Jane Porter"
    assert dumps.unglue("The deal was signed by Jane PorterNTB") == "The deal was signed by Jane PorterNTB"


def test_a_title_glued_to_the_sites_name_gives_its_headline() -> None:
    """The <title>'s node glued to the site's name ("... wieder nichtMotorsport-Magazin.com"):
    the headline is the title up to the glued name, a dash and all, where the page prints it."""
    title = "Kawasaki quits at the end of 2024 - or maybe notRacing-Weekly.com"
    text = title + "\nNewsKawasaki quits at the end of 2024 - or maybe notKawasaki pulls its team.\n"
    assert dumps._headline(text, title) == "Kawasaki quits at the end of 2024 - or maybe not"
    # (a brand in lower case before a capital is no glued name: "buy an iPhone")
    assert dumps._GLUED_SITE.search("Where to buy an iPhone") is None


def test_a_line_of_nodes_spaced_apart_joins_no_line_beside_it() -> None:
    # (get_text() of pretty-printed HTML: several elements on a line, their indentation kept)
    lines = [" von APA  Donnerstag  05. Juni 2025  15:44 Uhr        0 Kommentare",
             "    Artikel drucken  Artikel teilen ",
             "  Die frühere Ministerin wird neue Generaldirektorin des Zentrums."]
    assert from_fragments(lines, True) == (
        "von APA Donnerstag 05. Juni 2025 15:44 Uhr 0 Kommentare\n\nArtikel drucken Artikel teilen\n\n"
        "Die frühere Ministerin wird neue Generaldirektorin des Zentrums.\n")


def test_a_run_of_short_lines_is_a_bulleted_menu() -> None:
    lines = ["Beranda", "", "Palu", "", "Sigi", "", "Islam in the Archipelago", "Donggala",
             "", "Banjir Rendam Ratusan Rumah di Palu Barat, Warga Mengungsi ke Masjid"]
    assert from_fragments(lines, True) == (
        "• Beranda\n• Palu\n• Sigi\n• Islam in the Archipelago\n• Donggala\n\n"
        "Banjir Rendam Ratusan Rumah di Palu Barat, Warga Mengungsi ke Masjid\n")


def test_a_wide_gap_ends_a_menu() -> None:
    lines = ["Dewi Kania", "", "", "Jurnalis"] + [""] * 8 + ["Share", "Tweet", "Email"]
    assert from_fragments(lines, True) == "Dewi Kania\n\nJurnalis\n\n• Share\n• Tweet\n• Email\n"


def test_separators_between_links_go() -> None:
    assert from_fragments(["TOP NEWS", " |", "TERKINI", " | ", "RSS"], True) == \
        "• TOP NEWS\n• TERKINI\n• RSS\n"


def test_runs_of_blank_lines_collapse() -> None:
    out = from_fragments(["Satu kalimat.", "", "", "", "", "", "", "Dua kalimat."], True)
    assert out == "Satu kalimat.\n\nDua kalimat.\n"


def test_a_possessive_and_a_drop_cap_join_the_word_before_them() -> None:
    assert from_fragments(["at the summit, ", "Travis Kelce", "’s mom confirmed it"], True) == \
        "at the summit, Travis Kelce’s mom confirmed it\n"
    assert from_fragments(["I", "N the heart of Lesotho, where tales"], True) == \
        "IN the heart of Lesotho, where tales\n"
    assert from_fragments(["O", "man’s dream for a spaceport"], True) == "Oman’s dream for a spaceport\n"
    assert from_fragments(["A", "Chinese-owned quarry company has"], True) == \
        "A Chinese-owned quarry company has\n"

def test_a_soup_dump_opens_with_the_pages_title() -> None:
    text = "\n\n\nHarga Cabai Naik Jelang Lebaran | Warta\n\n\n   Beranda\n"
    assert document_title(text, SOUP_LINES) == "Harga Cabai Naik Jelang Lebaran | Warta"
    assert document_title(text, TERMINAL) is None  # (a terminal browser prints no <title>)
    assert document_title("Beranda\n", SOUP_GLUED) is None  # (one word: not a title)


def test_a_page_glued_onto_one_line_opens_with_its_titles_node() -> None:
    # get_text() of a page whose whole text is one line: the <title>'s node ends where the
    # skip link is glued on ("Riverside HeraldSkip to Content")
    pars = ["The city council approved extra money on Tuesday to repair roads damaged by the "
            "floods earlier this month.",
            "The head of public works said repairs would start next week and finish before the "
            "next rainy season arrives.",
            "Residents hope the work will not block the traffic that passes every day on the way "
            "to the city centre."]
    text = ("Council approves money for flood-damaged roads | Riverside HeraldSkip to Content "
            "HomeNewsSportOpinionAccess articles from across the region with one account. "
            "Share this Story : Riverside Herald   Copy Link   Email   X   Reddit Council approves "
            "money for flood-damaged roadsThe repairs start next week.Author of the article:Jane Doe"
            + "".join(pars) + "Share this story\n")
    assert dump_style(text) == SOUP_GLUED
    assert document_title(text, SOUP_GLUED) == "Council approves money for flood-damaged roads | Riverside Herald"
    # (the headline is then the title's, not the share bar's words glued before it)
    record = newsextract.extract(text)
    assert record.title == "Council approves money for flood-damaged roads"
    assert record.authors == ["Jane Doe"]
    # (a one-line page that opens with no title node gives none)
    assert document_title("x" * 300 + "\n", SOUP_GLUED) is None

def test_an_embedded_posts_signature_stands_apart() -> None:
    post = "A standing ovation for 12-year-old @_JoeyAlexander! #GRAMMYs"
    sign = "— The GRAMMYs (@TheGRAMMYs) February 16, 2016"
    assert unglue(post + " " + sign) == post + "\n" + sign
    assert from_fragments([post, sign]) == post + "\n\n" + sign + "\n"


def test_a_name_in_capitals_under_the_body_is_no_menu_link() -> None:
    last = "Ia juga menjelaskan, sebenarnya jika seseorang ingin sehat, aktivitas sederhana " \
        "seperti jalan kaki setiap pagi saja sudah bisa dilakukan."
    out = from_fragments([last, "", "DINI TEJA", "", "bagikan", "", "Pint it", "", "Like", "", "Twitter"])
    assert out == last + "\n\nDINI TEJA\n\n• bagikan\n• Pint it\n• Like\n• Twitter\n"

def test_a_date_line_glued_to_the_paragraph_after_it_comes_apart() -> None:
    par = "Es war bereits der zwölfte Einsatz in der 2. Bundesliga von Fortuna Düsseldorfs Bubi."
    assert unglue("Von: JÖRG ZSCHOCHE 15.05.2023 - 13:52 Uhr " + par) == \
        "Von: JÖRG ZSCHOCHE 15.05.2023 - 13:52 Uhr\n" + par
    head = "House China Committee demands answers from FBI on Chinese police stations in US"
    assert unglue("Email China Published April 26, 2023 2:20pm EDT " + head) == \
        "Email China Published April 26, 2023 2:20pm EDT\n" + head
    # (not in dumps that part their text nodes, nor before a few words)
    assert unglue("15.05.2023 - 13:52 Uhr " + par, glued=False) == "15.05.2023 - 13:52 Uhr " + par
    assert unglue("Von: JÖRG ZSCHOCHE am 15.05.2023 - 13:52 Uhr Es war knapp und spannend bis zum Ende") == \
        "Von: JÖRG ZSCHOCHE am 15.05.2023 - 13:52 Uhr Es war knapp und spannend bis zum Ende"

def _split_glued_dates_lines(line: str) -> list:
    return split_glued_dates(line).split("\n")


def test_a_date_glued_to_the_text_nodes_around_it_stands_alone() -> None:
    assert _split_glued_dates_lines("BookmarkShareTravel News Reporter11:58, 23 APR 2024BookmarkA crowd gathered") == [
        "BookmarkShareTravel News Reporter", "11:58, 23 APR 2024", "BookmarkA crowd gathered"]
    assert _split_glued_dates_lines("PolitikDeutschland28. 4. 2023, 18:41 Uhr") == ["PolitikDeutschland",
                                                              "28. 4. 2023, 18:41 Uhr"]
    # a year glued to a word with no date around it, and a list's clock, stay
    for line in ["TrendingUS Elections 2024Ashley Paul Griffith", "korun8:20 • Zuzana Hodková"]:
        assert _split_glued_dates_lines(line) == [line]


def test_a_row_of_links_run_together_is_bulleted() -> None:
    row = "Karriere Jobs in Salzburg Karriere-Blog Immobilien Mieten in Salzburg Kaufen in Salzburg " \
        "Immobilien-Blog Unternehmen Salzburger Verlagshaus"
    assert from_fragments([row]) == "• " + row + "\n"
    # a headline, and a sentence, are no link rows
    for line in ["Every Outfit Zendaya Has Worn to Promote Dune Ranked",
                 "Die Ministerin wird neue Chefin des Wiener Zentrums für Migrationspolitik in Wien."]:
        assert from_fragments([line]) == line + "\n"


def test_a_paragraphs_last_sentence_is_not_continued_by_a_menu_link() -> None:
    last = "Ende November wurde der Abriss des Internierungstrakts verkündet, der bis heute niemals " \
        "in Betrieb genommen worden war."
    assert from_fragments([last + "      ", "    Salzburg", "  ", "    Politik"], True) == \
        last + "\n\nSalzburg\n\nPolitik\n"

def test_a_datelines_place_set_apart_inline_rejoins_its_paragraph() -> None:
    par = "Die Boxwelt fiebert auf die Schwergewichts-Show des Jahrhunderts hin. Der Brite Fury " \
        "und der Ukrainer Usyk wollen Champion werden."
    assert from_fragments(["Riad.", " " + par], True) == "Riad. " + par + "\n"
    # (a sentence's end before a new paragraph stays apart)
    assert from_fragments(["Es regnet.", " " + par], True) == "Es regnet.\n\n" + par + "\n"

def test_furniture_glued_after_a_paragraphs_last_sentence_comes_apart() -> None:
    par = "MacDonald, senior vice president and head of hotels at Oxford Properties, said so " \
        "today. Fairmont Jasper Park Lodge is now open."
    assert unglue(par + " Article contentShare this article in your social network") == \
        par + "\nArticle contentShare this article in your social network"
    # (no joint after the last sentence: nothing to part)
    assert unglue(par + " Article content Share this") == par + " Article content Share this"

def test_unglue_breaks_where_text_nodes_met() -> None:
    assert unglue("katanya.Editor:Ade MarboenCOPYRIGHT © ANTARA") == \
        "katanya.\nEditor: Ade Marboen\nCOPYRIGHT © ANTARA"
    assert unglue("(13/3/2024).Baca juga") == "(13/3/2024).\nBaca juga"
    assert unglue("(KABAR.com/Andi)PALU, KABAR.com -") == "(KABAR.com/Andi)\nPALU, KABAR.com -"
    # an opening quote goes with the sentence after it, a closing one with the sentence before
    assert unglue('beberapa titik."Sebanyak 412 warga') == 'beberapa titik.\n"Sebanyak 412 warga'
    assert unglue('"Kami siap," katanya."Kami') == '"Kami siap," katanya.\n"Kami'
    assert unglue('"Kami siap bertugas."Menurut dia') == '"Kami siap bertugas."\nMenurut dia'


def test_unglue_parts_a_menus_links() -> None:
    assert unglue("NasionalUmumPolkamHukum") == "Nasional\nUmum\nPolkam\nHukum"
    assert unglue("Bintang.comBola.comLiputan6.com") == "Bintang.com\nBola.com\nLiputan6.com"
    assert unglue("Warta BumiPemanasan GlobalFlora Fauna") == "Warta Bumi\nPemanasan Global\nFlora Fauna"


def test_unglue_leaves_brands_and_single_joints_alone() -> None:
    for line in ["Andi Saputra - detikNews", "Pakai WhatsApp di YouTube", "iPhone baru dirilis"]:
        assert unglue(line) == line



def test_unglue_parts_a_quotation_closed_before_its_full_stop() -> None:
    assert unglue('le poisson reviendra".Journaliste') == 'le poisson reviendra".\nJournaliste'
    assert unglue("sonst «gute Nacht Schweiz».Newsletter") == "sonst «gute Nacht Schweiz».\nNewsletter"


def test_unglue_parts_an_editors_code_at_a_lines_end() -> None:
    assert unglue("dan Smartfren.(Cas/Isk)") == "dan Smartfren.\n(Cas/Isk)"
    assert unglue("kata dia.(fik)") == "kata dia.\n(fik)"
    # (a labelled source, longer)
    assert unglue("gegen die Presse rechtfertigen.(Quelle: APA/sda/dpa)") == \
        "gegen die Presse rechtfertigen.\n(Quelle: APA/sda/dpa)"


def test_unglue_parts_a_list_at_times_glued_to_its_items() -> None:
    line = ("Popular Videos02:06telah dilihat 12810 kali Ini Tanda Perempuan Tidak Perawan00:48telah "
            "dilihat 7693 kali Ini Komentar Ahok Mengenai Pentolan Kalijodo00:57telah dilihat 8652 kali")
    assert unglue(line).split("\n")[1:] == [
        "02:06telah dilihat 12810 kali Ini Tanda Perempuan Tidak Perawan",
        "00:48telah dilihat 7693 kali Ini Komentar Ahok Mengenai Pentolan Kalijodo",
        "00:57telah dilihat 8652 kali"]


def test_unglue_parts_a_heading_glued_inside_a_line() -> None:
    assert unglue("Email berhasil dikirim, sekarang anda sudah berlangganan disini Related News 30 Des "
                  "2015 14:18") == "Email berhasil dikirim, sekarang anda sudah berlangganan disini \nRelated News\n 30 Des 2015 14:18"
    assert unglue("Tumbuh Pesat, Telkomsel Fokus Genjot Layanan Data dan Digital 0 Comments Sign in to post") == \
        "Tumbuh Pesat, Telkomsel Fokus Genjot Layanan Data dan Digital \n0 Comments\n Sign in to post"
    # (in lower case it is words of a sentence)
    line = "kata dia kepada wartawan yang ingin read more tentang hal itu di kantornya hari ini"
    assert unglue(line) == line


def test_unglue_parts_a_list_heading_from_its_glued_items() -> None:
    assert unglue("Jangan Lewatkan'HEART BEAT' Terjebak Cinta Segitiga'HEART BEAT' Bukan Karir"
                  "Beri Pujian Buat Blink") == \
        "Jangan Lewatkan\n'HEART BEAT' Terjebak Cinta Segitiga\n'HEART BEAT' Bukan Karir\n" \
        "Beri Pujian Buat Blink"


PARAGRAPH = "Das Schiff hat mindestens zehn Millionen Barrel Öl nach China transportiert und " \
    "achtmal den Namen gewechselt."


def test_unglue_parts_a_paragraph_from_the_furniture_glued_before_it() -> None:
    assert unglue("News folgenArtikel teilen" + PARAGRAPH) == "News folgenArtikel teilen\n" + PARAGRAPH
    # (a function word after the joint: the piece before it may be short)
    assert unglue("Setzen Dax zu" + PARAGRAPH.replace("Das", "Die", 1)) == \
        "Setzen Dax zu\n" + PARAGRAPH.replace("Das", "Die", 1)
    # only in a dump known to glue its text nodes
    assert unglue("Artikel teilen" + PARAGRAPH, glued=False) == "Artikel teilen" + PARAGRAPH


def test_unglue_parts_a_lists_items_spaced_apart_in_one_line() -> None:
    items = ["Layanan VoLTE Diprediksi Raup US$ 120 Miliar di 2020", "14 Des 2015 16:11",
             "Adopsi 4G LTE di ASEAN-Oseania Capai 75% di 2021", "16 Jun 2015 17:48",
             "Traffic Data Bakal Melonjak 9 Kali Lipat", "Pelanggan 4G Telkomsel Capai 300 Ribu",
             "Indosat Agresif Modernisasi Jaringan 42 Mbps di 2015", "XL Raup Keuntungan dari Layanan Data"]
    assert unglue("  ".join(items)).split("\n") == items
    # (a gap after a function word is a link's text inside a sentence: it stays)
    line = "Es war bereits der zwölfte Einsatz in der  2. Bundesliga von  Fortuna Düsseldorfs " \
           "Stürmer, der nach 67 Minuten eingewechselt wurde  und an der Latte scheiterte. " * 2
    assert "\n" not in unglue(line.strip())


def test_unglue_leaves_capitals_inside_words_alone() -> None:
    # a brand opening a paragraph; a language that writes capitals after prefixes
    for line in ["YouTube star Logan Paul said he would be stepping away from the platform for a while.",
                 "Owayesakuba nguMphathiswa wamaShishini oLuntu, uGqirha Malusi Gigaba, akabanjwanga "
                 "emva kotyelelo lwakhe kwiofisi yecandelo"]:
        assert unglue(line) == line

# ---------------------------------------------------------------------------------------------
# Markdown

def test_markdown_headings_are_plain_lines_and_reported() -> None:
    text, headings = from_markdown("# **Banjir Rendam Ratusan Rumah**\n\nTeks.\n\n## Sub judul\n")
    assert text == "Banjir Rendam Ratusan Rumah\n\nTeks.\n\nSub judul\n"
    assert headings == {"Banjir Rendam Ratusan Rumah": 1, "Sub judul": 2}


def test_setext_headings_are_headings() -> None:
    text, headings = from_markdown("Judul Berita\n============\n\nTeks.\n")
    assert text == "Judul Berita\n\nTeks.\n"
    assert headings == {"Judul Berita": 1}


def test_a_heading_that_is_a_link_is_a_related_title_not_a_heading() -> None:
    text, headings = from_markdown("### [Berita lain yang terkait](http://a.id/b)\n")
    assert text == "• Berita lain yang terkait\n"
    assert headings == {}


def test_links_keep_their_text_only() -> None:
    text, _ = from_markdown('Kepala [BPBD](/tag/bpbd "BPBD") Kota Palu, [Hendra](<a b>), hadir.\n')
    assert text == "Kepala BPBD Kota Palu, Hendra, hadir.\n"


def test_a_line_of_links_is_a_menu() -> None:
    text, _ = from_markdown("[Makro](/m)[Moneter](/mo \"t\") | [Bisnis](/b)\n\n  * [Home](/)\n")
    assert text == "• Makro\n• Moneter\n• Bisnis\n\n• Home\n"


def test_images_keep_their_alt_text_as_w3m_prints_it() -> None:
    # (w3m -dump prints an image's alt text bare, linked or not: "Banjir di Palu Warga
    # mengungsi." and "Logo" for the HTML these lines come from)
    text, _ = from_markdown("![Banjir di Palu](/f.jpg) Warga mengungsi.\n\n![](/x.gif)\n\n"
                            "[![Logo](/l.png)](/)\n")
    assert text == "Banjir di Palu Warga mengungsi.\n\nLogo\n"


def test_emphasis_escapes_and_tables_go() -> None:
    text, _ = from_markdown("**PALU** \\- selalu _update_ , kata **Budi**.\n\n"
                            "**Redaktur** | : | Sri  \n---|---|---  \n")
    assert text == "PALU - selalu update, kata Budi.\n\nRedaktur : Sri\n"


def test_mailto_targets_with_spaces_go_whole() -> None:
    text, _ = from_markdown("[Email](mailto:?subject=Judul Berita&body=Isi berita) Copy Link\n")
    assert text == "Email Copy Link\n"


def test_targets_with_spaces_quotes_or_a_leading_space_go_whole() -> None:
    text, _ = from_markdown("![Logo](data:image/svg+xml,%3Csvg xmlns='http://w3.org'%3E) a\n\n"
                            "![]( https://taz.de/a.jpg) b [[Whatsapp]](https://wa.me/?text=Dua kata) c\n")
    assert text == "Logo a\n\nb [Whatsapp] c\n"


def test_a_link_over_several_lines_keeps_its_text_as_laid_out() -> None:
    text, _ = from_markdown("Baca [Judul berita\nyang panjang](/berita/1) hari ini.\n")
    assert text == "Baca Judul berita\n\nyang panjang hari ini.\n"


def test_a_long_links_text_broken_by_a_wrapping_converter_is_one_line() -> None:
    # html2text at 78 columns broke the link's text; the link, target and all, is longer than a
    # line: the page printed the name on one line
    text, _ = from_markdown('**Kapanlagi.com** \\- [**Brandon Nicholas\nSalim**](/indonesia/b/'
                            'brandon_nicholas_salim/berita/ "Berita Brandon Nicholas\nSalim"), putra '
                            'sulung aktor.\n')
    assert text == "Kapanlagi.com - Brandon Nicholas Salim, putra sulung aktor.\n"


def test_a_short_links_text_broken_where_the_converter_wrapped_its_line_is_one_name() -> None:
    # the link is shorter than a line, but the word after the break, its target glued on,
    # would not have fitted on the line it opens on: the converter broke the name
    text, _ = from_markdown("Von [Dominik Bath](/autoren/dominik-bath/) und [Theresa\n"
                            "Martus](/autoren/theresa-martus/) 06.11.2025, 21:00 Uhr\n")
    assert text.split("\n")[0] == "Von Dominik Bath und Theresa Martus 06.11.2025, 21:00 Uhr"
    # a link's text over a break that no wrapping made (the line is short) keeps the break
    text, _ = from_markdown("[Banjir\nBandung](/a/)\n")
    assert "Banjir\n" in text


@pytest.mark.parametrize("above", ["# Titel der Seite\n", "Titel der Seite\n===============\n", "\n"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_byline_broken_at_a_link_under_a_heading_is_one_line(above: str, newline: str) -> None:
    # a heading's line above opens a paragraph as a blank line does (html2text prints the
    # byline right under the headline), and so with Windows line ends
    text, _ = from_markdown((above + "Von [Dominik Bath](/autoren/dominik-bath/) und [Theresa\n"
                             "Martus](/autoren/theresa-martus/) 06.11.2025, 21:00 Uhr\n").replace("\n", newline))
    assert "Von Dominik Bath und Theresa Martus 06.11.2025, 21:00 Uhr" in text.split("\n")


def test_a_wrapped_line_broken_before_a_long_word_or_a_closing_quote_goes_on() -> None:
    # the next line opens with a link whose target would not fit on the line before
    text, _ = from_markdown("Setelah jadi pemeran utama, kini ia juga bakal muncul di film pertama\n"
                            '[**Blink**](/indonesia/b/blink/berita/ "Berita Blink"), _HEART BEAT_.\n')
    assert text == "Setelah jadi pemeran utama, kini ia juga bakal muncul di film pertama Blink, " \
        "HEART BEAT.\n"
    # a quotation closed at the line's end, its verb on the next line
    text, _ = from_markdown('Kakak Raoul Salim ini mau bermain dalam film ini. "Bagus karena positif,"\n'
                            "tuturnya.\n")
    assert text == 'Kakak Raoul Salim ini mau bermain dalam film ini. "Bagus karena positif," tuturnya.\n'
    # (a short line, a sentence's end, then a capital: two paragraphs, as before)
    text, _ = from_markdown("Judul berita hari ini.\nIsi berita dimulai di sini.\n")
    assert text == "Judul berita hari ini.\n\nIsi berita dimulai di sini.\n"


def test_a_link_inside_a_links_text_goes_too() -> None:
    text, _ = from_markdown('[ [ Promo Lego](https://a.id/b "Promo") ](https://a.id/c)\n')
    assert text == "• Promo Lego\n"


def test_bold_left_open_over_a_paragraph_break_goes() -> None:
    text, _ = from_markdown("**Layanan 4G\n\n**Menyusul operator lain, Tri juga.\n")
    assert text == "Layanan 4G\n\nMenyusul operator lain, Tri juga.\n"


def test_markdown_headings_become_heading_blocks() -> None:
    blocks = segment_text(_fixture("markdown"))
    heads = [(b.text, b.tag) for b in blocks if b.heading]
    assert heads == [("Banjir Rendam Ratusan Rumah di Palu Barat, Warga Mengungsi ke Masjid", "h1"),
                     ("Berita Terkait", "h2")]


def test_the_body_read_from_markdown_is_plain_text() -> None:
    body = newsextract.extract(_fixture("markdown")).body
    for syntax in ("](", "**", "# ", "![", "\\-", "_Sungai", "/tag/"):
        assert syntax not in body


# ---------------------------------------------------------------------------------------------
# the whole: one page, every style, one record

def test_every_style_reads_as_the_same_article() -> None:
    records = {name: newsextract.extract(_fixture(name)).to_dict() for name in FIXTURE_STYLES}
    expected = json.loads((FIXTURES / "dump_w3m.expected.json").read_text(encoding="utf-8"))
    for name, rec in records.items():
        for key in ("title", "date", "authors", "editors", "location", "body", "quotes"):
            assert rec[key] == expected[key], (name, key)


def test_terminal_dumps_pass_through_unchanged() -> None:
    text = _fixture("w3m")
    assert normalise_dump(text) == (text, {})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["", " ", "\t\t", "Pewarta:", "Nur Imansyah", "#", "# Judul", "[a](b)", "![x](y)", "**b**",
     "_i_", "* [Home](/)", "---|---", "a | b", "Jakarta", "-", ", kata dia.", "NasionalUmum",
     "katanya.Editor", "(foto)", "x" * 300, "•", "   * item", "===", "“", "\""]), max_size=40))
def test_any_mix_of_styles_segments_without_error(lines: list) -> None:
    text = "\n".join(lines)
    style = dump_style(text)
    assert style in STYLES
    out, headings = normalise_dump(text, style)
    assert isinstance(out, str) and all(isinstance(v, int) for v in headings.values())
    segment_text(text)


def test_a_compound_cut_at_a_link_is_joined_whole() -> None:
    from newsextract.segment.dumps import from_fragments

    # get_text("\n") of "<a>Phishing</a>-Masche": the compound's tail on a line of its own
    assert from_fragments(["Aufhänger der betrügerischen Phishing",
                           "-Masche sind angebliche neue EU-Richtlinien."], one_node_a_line=True) \
        == "Aufhänger der betrügerischen Phishing-Masche sind angebliche neue EU-Richtlinien.\n"
    # a dateline's dash with a space after it is no compound
    assert from_fragments(["Jakarta", "- Pemerintah daerah menyiapkan anggaran tambahan."],
                          one_node_a_line=True) == \
        "Jakarta - Pemerintah daerah menyiapkan anggaran tambahan.\n"


# ---------------------------------------------------------------------------------------------
# titles of dumps

_BODY = """\
Emergency crews evacuated three villages in the river valley on Tuesday after two days of
heavy rain pushed the river over its banks, the regional authorities said.

More rain is forecast for the valley on Wednesday, and the crews expect the river to rise
further before the weekend, according to the regional weather service.

Residents of the three villages were taken to a school in the nearest town, where the
authorities set up beds and a kitchen for the families who had to leave their homes.
"""


_DECK_PAGE = """\
  • World
  • Europe
  • Sport

Flood waters rise in the river valley as more rain is forecast

Emergency crews in the valley evacuate three villages after two days of heavy rain swell the river

By Jane Porter
12 March 2024

""" + _BODY


def test_a_dumps_headline_wins_over_the_longer_deck_under_it() -> None:
    """A dump prints the headline, then a deck that tells more of the story: the deck stands
    nearer the byline and shares more words with the text, but the line above it is the title."""
    article = newsextract.extract(_DECK_PAGE)
    assert article.title == "Flood waters rise in the river valley as more rain is forecast"
    assert article.authors == ["Jane Porter"]


def test_a_dated_line_over_a_headline_is_no_headline_with_a_deck_under_it() -> None:
    """A line with a date over the headline ("Published April 26, 2023 2:20pm EDT") makes no
    deck of the headline: the headline stays the title."""
    page = _DECK_PAGE.replace(
        "Flood waters rise in the river valley as more rain is forecast\n\n"
        "Emergency crews in the valley evacuate three villages after two days of heavy rain swell the river\n",
        "Published on 12 March 2024 at 14:20 in the morning\n\n"
        "Flood waters rise in the river valley as more rain is forecast\n")
    assert newsextract.extract(page).title == \
        "Flood waters rise in the river valley as more rain is forecast"


# ---------------------------------------------------------------------------------------------
# bylines of dumps


def _head(*lines: str) -> str:
    return "  • World\n  • Europe\n  • Sport\n\nFlood waters rise in the river valley\n\n" + \
        "\n\n".join(lines) + "\n\n" + _BODY


def test_a_dumps_name_alone_with_an_age_near_it_is_a_guessed_byline() -> None:
    """A dump prints a byline box's lines apart: the age, a share button, then the name; a
    name alone with a date or an age within three lines is the writer, read as a guess."""
    article = newsextract.extract(_head("3 hours ago", "Share", "Jane Porter"))
    assert article.authors == ["Jane Porter"]
    assert any(w.startswith("low confidence: authors") for w in article.warnings)


def test_a_dumps_unlabelled_names_over_their_date_are_the_writers() -> None:
    """The line under the headline may name two writers, or one and the outlet in
    parentheses, with no label: over a date line they are the byline."""
    two = newsextract.extract(_head("Rina Marlina, Budi Santoso", "Senin, 12 Februari 2024 - 10:00 WIB"))
    assert two.authors == ["Rina Marlina", "Budi Santoso"]
    both = newsextract.extract(_head("Jane Porter and Tom Miller", "12 March 2024"))
    assert both.authors == ["Jane Porter", "Tom Miller"]
    outlet = newsextract.extract(_head("Dian Septiari (The Jakarta Post)", "Jakarta ● Fri, January 5, 2024"))
    assert outlet.authors == ["Dian Septiari"]


def test_a_dumps_unlabelled_place_or_outlet_list_names_no_one() -> None:
    places = newsextract.extract(_head("Jakarta, Bandung", "12 March 2024"))
    assert places.authors == []
    person_and_place = newsextract.extract(_head("Jane Porter (Kota Bandung)", "12 March 2024"))
    assert person_and_place.authors == []


def test_a_name_printed_twice_over_its_date_is_the_byline_not_the_headline() -> None:
    """A browser copy glues a writer's portrait's alt text to the name ("Andina
    LibriantyAndina Librianty"): the line is the byline box, the headline stands above it."""
    article = newsextract.extract(_head("Andina LibriantyAndina Librianty", "02 Okt 2020, 19:00 WIB"))
    assert article.title == "Flood waters rise in the river valley"
    assert article.authors == ["Andina Librianty"]


def test_only_a_persons_name_printed_twice_is_a_doubled_name() -> None:
    from newsextract.fields.byline import doubled_name
    from newsextract.profiles import merged

    assert doubled_name("Sean Martin Sean Martin", merged()) == "Sean Martin"
    assert doubled_name("nj’s Logonj’s Logo", merged()) is None  # a logo's alt text twice
    assert doubled_name("Jane Doe", merged()) is None


def test_a_fact_checks_verdict_in_brackets_opens_its_headline_not_an_image() -> None:
    """w3m prints an image's alt text in brackets ("[Foto Presiden]"); a fact check prints its
    verdict so before the headline ("[SALAH] Video ..."): that line is the headline."""
    page = _head("12 March 2024 | Ditulis oleh Aditya Sahrul", "KATEGORI: Konten yang Menyesatkan").replace(
        "Flood waters rise in the river valley", "[SALAH] Video Banjir Bandang di Bandung Pekan Ini")
    assert newsextract.extract(page).title == "[SALAH] Video Banjir Bandang di Bandung Pekan Ini"
    # (a picture's placeholder in capitals stays one)
    from newsextract.classify import is_caption
    assert is_caption("[VIDEO] Banjir bandang melanda Bandung")
    assert not is_caption("[HOAKS] Banjir bandang melanda Bandung")


def test_a_dumps_lone_name_gives_way_to_a_byline() -> None:
    article = newsextract.extract(_head("Tom Miller", "By Jane Porter", "12 March 2024"))
    assert article.authors == ["Jane Porter"]


def test_a_dumps_list_heading_over_its_points_is_no_name() -> None:
    points = ("  • Three villages in the river valley were evacuated after two days of rain\n"
              "  • More rain is forecast for Wednesday and the river may rise further")
    article = newsextract.extract(_head("12 March 2024", "Key Points", points))
    assert article.authors == []


def test_a_dumps_lone_name_with_no_date_is_the_writer_unless_the_text_names_it() -> None:
    """(alone20) A name alone between the headline and the text, no date near it, is the
    writer's, a guess; the same name printed in the text is the story's subject."""
    article = newsextract.extract(_head("Share", "Jane Porter"))
    assert article.authors == ["Jane Porter"]
    assert any(w.startswith("low confidence: authors") for w in article.warnings)
    subject = _head("Share", "Jane Porter") + "\nJane Porter, a farmer in the valley, said the water rose fast.\n"
    assert newsextract.extract(subject).authors == []


def test_a_dumps_lone_name_that_the_headline_names_is_its_subject() -> None:
    """A celebrity page prints the star's name under the date: the headline names the same
    person, so the name is the story's subject, not its writer."""
    page = _head("12 March 2024", "Jane Elizabeth Porter", "Share").replace(
        "Flood waters rise in the river valley", "Jane Porter sings by the river valley")
    assert newsextract.extract(page).authors == []


_SOUP_PAGE = """Flood waters rise in the river valley - Valley Herald



 Home
 News
 Sport



Flood waters rise in the river valley



Emergency crews evacuated three villages in the river valley on Tuesday after two days of heavy rain pushed the river over its banks, the regional authorities said.

More rain is forecast for the valley on Wednesday, and the crews expect the river to rise further before the weekend, according to the regional weather service.

Residents of the three villages were taken to a school in the nearest town, where the authorities set up beds and a kitchen for the families who had to leave their homes.

© 2024 Valley Herald
"""


def test_a_soup_dumps_title_line_loses_the_sites_name_printed_elsewhere() -> None:
    """get_text() opens with the page's <title>, the site's name after the headline; the
    site's name stands again in the footer, without the headline: it is cut."""
    assert newsextract.extract(_SOUP_PAGE).title == "Flood waters rise in the river valley"


def test_a_soup_dumps_title_keeps_a_tail_that_only_the_headline_prints() -> None:
    page = _SOUP_PAGE.replace("- Valley Herald", "- and more rain is forecast").replace(
        "\nFlood waters rise in the river valley\n\n", "\nFlood waters rise in the river valley"
        " - and more rain is forecast\n\n")
    assert newsextract.extract(page).title == \
        "Flood waters rise in the river valley - and more rain is forecast"


@pytest.mark.parametrize("sep", [" - ", " | "])
def test_a_soup_dumps_title_keeps_a_second_part_the_text_speaks_of(sep: str) -> None:
    """A <title> of two parts before the site's name ("Floods - Mayor Declares Emergency -
    Site"): the second part is cut only where it stands alone as a menu's item (a section's
    name), not where the text's words hold it."""
    title = "River valley floods" + sep + "Mayor Declares Emergency"
    page = _SOUP_PAGE.replace("Flood waters rise in the river valley - Valley Herald", title + sep + "Valley Herald") \
        .replace("\nFlood waters rise in the river valley\n", "\n") \
        .replace("More rain is forecast", "The mayor declares emergency powers as more rain is forecast")
    assert newsextract.extract(page).title == title
    # (a section's name the menu prints alone is cut with the site's)
    page = page.replace("Mayor Declares Emergency", "Weather").replace(" Sport\n", " Sport\n\n\nWeather\n\n\n")
    assert newsextract.extract(page).title == "River valley floods"


def test_a_dumps_credit_line_under_the_standfirst_dates_it() -> None:
    """The run may open at the standfirst and take in the credit line under it ("By X, in
    News · 31 Jan 2025, 20:02"): its date is the article's, not the masthead's day above."""
    standfirst = ("Emergency crews evacuated three villages in the river valley on Tuesday after "
                  "two days of heavy rain pushed the river over its banks, the authorities said.")
    page = ("01 Feb 2025\n\n  • World\n  • Europe\n  • Sport\n\n"
            "Flood waters rise in the river valley\n\n" + standfirst + "\n\n"
            "By Jane Porter, in News, Europe · 31 Jan 2025, 20:02 · 0 Comments\n\n" + _BODY)
    assert newsextract.extract(page).date[:16] == "2025-01-31T20:02"


@pytest.mark.parametrize("glued, parted", [
    ("storms both Friday and SaturdayBy Matthew CappucciApril 26, 2024",
     "storms both Friday and Saturday\nBy Matthew CappucciApril 26, 2024"),
    ("Nizaar Kinsella2 minutes agoChelsea have delivered a message",
     "Nizaar Kinsella\n2 minutes ago\nChelsea have delivered a message"),
    ("Jonisayi Maromo|Published 1 day agoCopy to Clipboard",
     "Jonisayi Maromo|Published 1 day ago\nCopy to Clipboard"),
])
def test_a_byline_glued_into_its_neighbours_comes_apart(glued: str, parted: str) -> None:
    """get_text() without a separator glues a byline's label to the standfirst before it and
    an age to the name before it and the text after it."""
    assert dumps._split_glued_byline(glued) == parted


@pytest.mark.parametrize("text", ["Stand By Me is a film", "were foundBy Dolores Chang For the Mail",
                                  "posted 3 hours ago. The river rose", "the StandBy mode"])
def test_text_with_no_glued_byline_stays_whole(text: str) -> None:
    assert dumps._split_glued_byline(text) == text


@pytest.mark.parametrize("glued, parted", [
    ("Ein Kommentar vonMarta Keller", "Ein Kommentar von Marta Keller"),
    ("after the long winterAuthor of the article: Paul Hines Published May 2, 2026",
     "after the long winter\nAuthor of the article: Paul Hines\nPublished May 2, 2026"),
    ("Ola Nordbakkmandag 5. august kl. 14:47", "Ola Nordbakk\nmandag 5. august kl. 14:47"),
    ("a long talk on peace in the regionMary Stone3 hours ago",
     "a long talk on peace in the region\nMary Stone\n3 hours ago"),
    ("Author of the article: Paul Hines Published May 2, 2026 • 3 minute read Join us",
     "Author of the article: Paul Hines\nPublished May 2, 2026 • 3 minute read Join us"),
    ("det nya avtaletLena Berg Publicerad 22:31", "det nya avtalet\nLena Berg\nPublicerad 22:31"),
])
def test_a_byline_boxs_nodes_glued_together_come_apart(glued: str, parted: str) -> None:
    """A label in lower case glued to the name after it takes its space back; a labelled byline
    or a weekday opening a date glued to a word, and a name glued between the standfirst and its
    age, go on lines of their own."""
    assert dumps._split_glued_name(glued) == parted


@pytest.mark.parametrize("text", ["Stand-by Me", "the vonKarman vortex", "a Monday 5 times",
                                  "Paul Hines published 2 books", "Paul Hines Published nothing",
                                  "Email China Published April 26, 2023",
                                  "He met Mary Stone 3 hours ago", "taken byTrain", "Author: none"])
def test_text_with_no_glued_byline_box_stays_whole(text: str) -> None:
    assert dumps._split_glued_name(text) == text


def test_a_dumps_lone_name_near_a_labelled_date_line() -> None:
    """The date's line may hold words before the date ("In Local News, May 14, 2025"), and the
    name a bar after it ("Sehernur Karsu |")."""
    assert newsextract.extract(_head("In Local News, News May 14, 2025", "Share",
                                     "Jane Porter |")).authors == ["Jane Porter"]


@pytest.mark.parametrize("line", ["Kumpulan Berita Terkait:", "Daily Herald"])
def test_a_dumps_related_heading_or_outlet_near_a_date_is_no_name(line: str) -> None:
    assert newsextract.extract(_head("14 May 2025", "Share", line)).authors == []


def test_the_outlet_after_a_writers_name_is_no_name() -> None:
    page = _head("Business Wire", "  • Jane Porter, Business Wire", "  • 13.11.2019, 23:06")
    assert "Business Wire" not in newsextract.extract(page).authors


def test_a_dumps_lone_name_over_a_labelled_time() -> None:
    """A byline box may print only the time, after its label ("Uppdaterad 15.59 | Publicerad
    14.14"), the day standing elsewhere."""
    assert newsextract.extract(_head("Jane Porter", "Updated 15.59 | Published 14.14",
                                     "Share")).authors == ["Jane Porter"]


def test_a_dumps_headline_is_not_a_short_button_whose_one_long_word_the_text_uses() -> None:
    # "Find a new job" right above the text: its one word of four letters is in the text, as
    # most of the headline's words are; a share counted over at least four words tells them apart
    dump = (
        "Home | News | Careers\n\n"
        "Universities in exile count the costs of starting afresh\n\n"
        "War and political unrest force staff and students to uproot their lives.\n\n"
        "By Rachel Brazil\n\n"
        "Find a new job\n\n"
        "Scholars who fled the war say that universities in exile find it hard to keep their "
        "staff, and many find new posts abroad within a year of the move, leaving courses "
        "without teachers.\n\n"
        "The costs of starting afresh fall on the scholars themselves: each new home for the "
        "university means new contracts, new rooms and new students to find, often in a city "
        "far from the old campus.\n\n"
        "Exile has also changed what the universities teach, with new courses on "
        "reconstruction and on the law of war that the staff say they would not have offered "
        "before the move.\n")
    assert newsextract.extract(dump).title == "Universities in exile count the costs of starting afresh"


def test_markdown_wrapped_at_a_width_keeps_its_headings_and_links_whole() -> None:
    # html2text's default breaks a long heading, a link's title and an image's address too
    md = ("# Banjir Rendam Ratusan Rumah di Palu Barat, Warga Mengungsi ke Masjid dan Balai\n"
          "Kelurahan\n\n"
          "Von [Rina Marlina](/redaksi/rina-marlina \"Profil von Rina Marlina\n"
          "ansehen\")\n\n"
          "![Banjir di Palu](https://cdn.example.com/wp-\n"
          "content/banjir.jpg)\n")
    text, headings = from_markdown(md)
    assert headings == {"Banjir Rendam Ratusan Rumah di Palu Barat, Warga Mengungsi ke Masjid "
                        "dan Balai Kelurahan": 1}
    assert "Von Rina Marlina\n" in text and "ansehen" not in text and "content/banjir" not in text


def test_a_date_line_under_a_paragraphs_full_last_line_stands_alone() -> None:
    # w3m wraps at 100 columns: the standfirst's last line leaves no room for the place of
    # the date line under it, but a sentence ended there, and the date line is a line of its own
    para = ("Der Zahlungsdienst hat den Praxistest im Onlinehandel bestanden, mit zwei Banken und "
            "einem Verein aus der zweiten Liga. Für nächstes Jahr ist die Anbindung des Handels "
            "in Deutschland und in den Niederlanden geplant, sagen die beteiligten Institute am "
            "Montag in Frankfurt am Main und Berlin.")
    import textwrap

    lines = textwrap.wrap(para, 100)
    assert len(lines[-1]) > 90  # (the fixture's point: "Frankfurt," would not fit after it)
    body = ("Das europäische Zahlungssystem hat den Test bestanden, teilten die Banken am Montag "
            "mit. ") * 4
    menu = "  • Home\n  • Wirtschaft\n  • Finanzen\n\n"  # (a terminal dump's bullets)
    text = menu + "\n".join(lines) + "\nFrankfurt, December 16, 2024, 12:30 Uhr\nAnna Muster\n\n" \
        + "\n\n".join([textwrap.fill(body, 100)] * 3) + "\n"
    texts = [b.text for b in segment_text(text)][1:]
    assert texts[:3] == [para, "Frankfurt, December 16, 2024, 12:30 Uhr", "Anna Muster"]
    # a line of the paragraph that holds a date goes on joining it
    text = menu + "\n".join(lines[:-1]) + "\n" + lines[-1][:-1] + ",\nDecember 16, 2024 in Frankfurt.\n\n" \
        + "\n\n".join([textwrap.fill(body, 100)] * 3) + "\n"
    assert segment_text(text)[1].text == para[:-1] + ", December 16, 2024 in Frankfurt."



def test_a_line_printed_under_each_writer_is_no_headline() -> None:
    """A dump prints each writer's links under the name ("Search author on: PubMed Google
    Scholar"): a line printed more than three times whose words the text does not use is a
    label, not the headline printed again."""
    writers = "".join(f"{name}\n\nView author publications\n\nSearch author on: PubMed Google Scholar\n\n"
                      for name in ("Ann Smith", "Bea Jones", "Cara Brown", "Dan White"))
    page = ("Flood waters rise in the river valley\n\n12 March 2024\n\nBy\n\n" + writers + _BODY)
    assert newsextract.extract(page).title == "Flood waters rise in the river valley"
    # a headline printed again in the site's lists of news, however often, is what the text
    # speaks of
    teasers = "".join("  • Flood waters rise in the river valley\n  • Ferry times change on Monday\n\n"
                      for _ in range(4))
    page = (teasers + "Flood waters rise in the river valley\n\n12 March 2024\n\n" + _BODY)
    assert newsextract.extract(page).title == "Flood waters rise in the river valley"


def test_an_images_alt_text_before_a_name_is_not_the_names() -> None:
    # w3m prints a writer's photo as its alt text (or file name) in brackets before the byline
    texts = [b.text for b in segment_text("[jane_porter] Jane Porter Reporter\n\n"
                                          "[AP-logo] Associated Press March 12, 2024, 9:02 AM\n\n"
                                          "[photo-1] The river burst its banks on Tuesday night.\n")]
    assert texts == ["Jane Porter Reporter", "Associated Press March 12, 2024, 9:02 AM",
                     # (a sentence keeps its bracket: the sign of a picture's caption)
                     "[photo-1] The river burst its banks on Tuesday night."]
    page = "Flood waters rise in the river valley\n\n[jane_porter] Jane Porter\n\n12 March 2024\n\n" + _BODY
    assert newsextract.extract(page).authors == ["Jane Porter"]


def test_unglue_breaks_after_a_sentence_whose_last_letters_are_not_ascii() -> None:
    # get_text() glued the writer's name to the text's last sentence; the word before the stop
    # ends in letters outside ASCII ("açıkladı.", "groß.")
    assert unglue("bedeli 18 bin lira olarak açıkladı.Fatma Sevinç Çetin") == \
        "bedeli 18 bin lira olarak açıkladı.\nFatma Sevinç Çetin"
    assert unglue("Die Sorge ist groß.Die Aussichten") == "Die Sorge ist groß.\nDie Aussichten"
    assert unglue("Version 2.Ein Test") == "Version 2.Ein Test"  # (one digit before the stop: no sentence's end)


def test_a_name_under_its_portraits_alt_text_is_the_dumps_byline() -> None:
    # a byline box as w3m prints it: the portrait's alt text ending with the name, the name,
    # then a date with no year (nothing else dates the name as a byline's)
    pars = ["Søskenbarna setter av ett år for å reise Norge rundt, og de har allerede gått og "
            "padlet over tre tusen kilometer langs kysten.",
            "De ble nesten påkjørt av cruiseskip, holdt på å blåse til Island og gikk førtifem "
            "dager uten å dusje underveis.",
            "Nå er de omtrent halvveis, og planen er å være hjemme i Snåsa igjen til jul, "
            "forteller de to til avisen."]
    head = ["  • Nyheter", "  • Sport", "", "Fredrik og Vetle er på et ekstremt eventyr rundt hele Norge",
            "", "  • Bilde av Per-Erik Ofstad", "", "  • Per-Erik Ofstad", "",
            "mandag 5. august kl. 14:47", ""]
    text = "\n".join(head) + "\n" + "\n\n".join(pars) + "\n"
    assert newsextract.extract(text).authors == ["Per-Erik Ofstad"]
    # (without the portrait the name is a one-item list right under the headline, the byline's
    # place, read as a name alone there (ath27: Markdown prints a byline's link so); under a
    # picture's alt text that does not end with the name, it stays unread)
    assert newsextract.extract(text.replace("  • Bilde av Per-Erik Ofstad\n", "")).authors == ["Per-Erik Ofstad"]
    other = text.replace("Bilde av Per-Erik Ofstad", "Bilde fra Snåsa kommune i Trøndelag")
    assert newsextract.extract(other).authors == []


def test_an_author_box_after_a_dumps_text_names_its_writer() -> None:
    # "Kommentar von" alone, the name, the name's role: a box under the article, as w3m
    # prints it
    pars = ["Justiz- und Familienministerium haben sich auf einen Entwurf zum "
            "Selbstbestimmungsgesetz geeinigt, der nun in die Verbandsanhörung geht.",
            "Der Entwurf sieht vor, dass Menschen ihren Geschlechtseintrag künftig beim "
            "Standesamt ändern können, ohne ein Gutachten vorzulegen.",
            "Kritik kommt von mehreren Verbänden, die sich mehr Schutz für Minderjährige wünschen "
            "und Nachbesserungen am Entwurf fordern."]
    head = "Ein bisschen Fortschritt beim Selbstbestimmungsgesetz der Regierung\n\n"
    box = "\n\n  • Politik\n  • Deutschland\n\nKommentar von\n\nNicole Opitz\n\nRedakteurin\n"
    text = head + "\n\n".join(pars) + box
    assert newsextract.extract(text).authors == ["Nicole Opitz"]
    # ("Kommentar" alone is a heading, no label: the name under it is not read)
    assert newsextract.extract(text.replace("Kommentar von", "Kommentar")).authors == []


def test_a_page_on_one_line_is_parted_at_its_headline_date_sentences_labels_and_menus() -> None:
    # get_text(" ", strip=True): the <title>, the menus, the headline again, its date, the text
    # and the credit, all on one line
    menu = " ".join(["Home", "News", "Nasional", "Regional", "Megapolitan", "Internasional",
                     "Olahraga", "Sains", "Edukasi", "Ekonomi", "Bisnis", "Bola", "Tekno"])
    title = "Banjir Rendam Ratusan Rumah di Kampung Melayu"
    pars = ["Ratusan rumah warga di Kampung Melayu terendam banjir setinggi satu meter setelah "
            "hujan deras mengguyur kawasan itu sejak Senin malam.",
            "Petugas gabungan dari kepolisian dan relawan mengevakuasi warga lanjut usia dan "
            "anak-anak ke tempat pengungsian sementara di masjid terdekat.",
            "Hingga Selasa pagi, ketinggian air di beberapa titik mulai surut, namun warga masih "
            "diminta bertahan di pengungsian sampai keadaan aman.",
            "Pemerintah kota menyiapkan dapur umum dan posko kesehatan bagi warga yang mengeluhkan "
            "gatal-gatal setelah terendam air selama berjam-jam.",
            "Warga berharap pemerintah segera memperbaiki tanggul yang jebol agar banjir serupa "
            "tidak terulang pada musim hujan berikutnya."]
    menus = " ".join([menu] * 8)  # (a page's menus are long: the line is a page's length)
    line = (f"{title} - Kompas.com {menus} {title} Selasa, 24 Maret 2015 | 13:37 WIB "
            f"{' '.join(pars)} Penulis : Andi Wijaya Editor : Budi Santoso {menus}")
    assert dump_style(line) == "soup_spaced"
    page = newsextract.extract(line)
    assert page.title == title
    assert page.date == "2015-03-24T13:37:00+07:00"
    assert page.body == "\n\n".join(pars)
    assert page.authors == ["Andi Wijaya"]
    assert any("one line" in w for w in page.warnings)


def test_a_rule_across_the_page_parts_paragraphs_and_is_no_block() -> None:
    # w3m draws an <hr> as a line of "━", lynx as "____"; writers type "=====" between sections
    par = ("Warga diminta tetap waspada dan melaporkan genangan melalui layanan pengaduan yang "
           "disediakan pemerintah kota selama musim hujan berlangsung.")
    for rule in ("━" * 40, "     " + "_" * 60, "=====", "___"):
        blocks = segment_text(f"{par}\n\n{rule}\n\n{par}\n")
        assert [b.text for b in blocks] == [par, par]


@pytest.mark.parametrize("lead, rest", [
    ("Mataram, NTB (ANTARA News) -", "Sebanyak 29 penerbangan dibatalkan hari ini."),
    ("JAKARTA, KOMPAS.com -", "Kebakaran melanda pusat perbelanjaan itu pada Kamis pagi."),
    ("TEMPO.CO, Jakarta -", "Menteri itu mengumumkan paket kebijakan baru."),
    ("LONDON (Reuters) -", "Prices rose again on Monday."),
])
def test_a_dateline_inside_a_one_line_page_opens_a_paragraph(lead: str, rest: str) -> None:
    # a photo's caption and its credit run on into the body's first paragraph
    caption = "Petugas memantau sebaran abu vulkanik di Banyuwangi. (ANTARA FOTO/Budi Setya)"
    parts = dumps._unspace(f"{caption} {lead} {rest}", None).split("\n\n")
    assert parts[-1].strip() == f"{lead} {rest}"
    # (a dash inside a sentence, after a lower-case word, parts nothing)
    line = "Harga naik lagi - Menurut pedagang, pasokan cabai berkurang."
    assert dumps._unspace(line, None).strip() == line


@pytest.mark.parametrize("credit", [
    "(AP Photo/Jon Roe)", "(Jane Roe/Getty Images)", "(Budi Santoso/detikcom)", "(abc/xyz)",
    "(Fred Roe/SIPA)", "(dpa/picture alliance)", "(Ana Ruiz/Cuartoscuro)",
])
def test_a_credit_in_brackets_with_a_slash_ends_its_caption(credit: str) -> None:
    caption = f"Firefighters at the warehouse on Monday. {credit}"
    assert dumps._unspace(f"{caption} The fire started at dawn.", None).split("\n\n") == [
        caption, "The fire started at dawn.\n"]


def test_two_capitalised_words_about_a_slash_in_a_sentence_are_no_credit() -> None:
    sentence = "The owner of the network (Meta/Facebook) Vice President Nick Clegg denied it."
    assert dumps._unspace(f"Sales fell. {sentence}", None).split("\n\n") == ["Sales fell.", sentence + "\n"]


def test_a_one_line_pages_date_line_keeps_its_clock_word() -> None:
    title = "Ex-Ministerin Raab neue Chefin von Migrations-Thinktank"
    text = (f"{title} | SN.at Politik Innenpolitik {title} von APA Donnerstag 05. Juni 2025 "
            "15:44 Uhr Die frühere Ministerin wird neue Generaldirektorin.")
    parts = dumps._unspace(text, f"{title} | SN.at").split("\n\n")
    assert parts[-2].endswith("15:44 Uhr")
    assert parts[-1].strip() == "Die frühere Ministerin wird neue Generaldirektorin."


def test_a_one_line_page_is_not_parted_after_an_ordinal() -> None:
    # "in der 2. Bundesliga", "am 3. Januar": a number of one or two digits with its dot is an
    # ordinal; a year before a full stop ends a sentence
    text = ("Es war bereits der zwölfte Einsatz in der 2. Bundesliga für ihn. Die Saison begann "
            "im Jahr 2015. Danach kam der 1. FC Köln.")
    assert dumps._unspace(text, None).split("\n\n") == [
        "Es war bereits der zwölfte Einsatz in der 2. Bundesliga für ihn.",
        "Die Saison begann im Jahr 2015.", "Danach kam der 1. FC Köln.\n"]


def test_a_headline_printed_twice_in_a_row_stands_once_on_its_own_line() -> None:
    text = ("Home News 550 Kinder gezeugt: Gericht stoppt Samenspender 550 Kinder gezeugt: "
            "Gericht stoppt Samenspender Ein Mann bot sein Sperma vielen Kliniken an.")
    assert dumps._unspace(text, None).split("\n\n") == [
        "Home News", "550 Kinder gezeugt: Gericht stoppt Samenspender",
        "Ein Mann bot sein Sperma vielen Kliniken an.\n"]


def test_a_date_with_its_time_ends_a_line_of_a_one_line_page() -> None:
    text = ("Premier League Stand: 24.04.2024 22:58 Uhr Der FC Liverpool hat das Derby verloren. "
            "Das Spiel begann am 24.04.2024 um 21:00 Uhr und endete spät.")
    assert dumps._unspace(text, None).split("\n\n") == [
        # (and starts one, with its label: the kicker before it is a line of its own)
        "Premier League", "Stand: 24.04.2024 22:58 Uhr", "Der FC Liverpool hat das Derby verloren.",
        "Das Spiel begann am 24.04.2024 um 21:00 Uhr und endete spät.\n"]
    # (published and updated, each with its label, stay on one line as the page prints them)
    text = "Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57 Die Feuerwehr kam."
    assert dumps._unspace(text, None).split("\n\n") == [
        "Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57", "Die Feuerwehr kam.\n"]


def test_a_one_line_pages_headline_is_its_dated_printing() -> None:
    # the outlet's popular stories list the headline before the article prints it with its date
    head = "Indonesia can Learn from Finland Peatland Fire Case"
    popular = " ".join(["Rupiah Opened Higher on Tuesday as Investors Returned"] * 5)
    text = (f"{head} | National | Tempo.Co Popular Ahok Solves Trash Problems {head} {popular} "
            f"Home National Wednesday, 04 November 2015 | 07:28 WIB {head} Zoom Out Zoom In "
            "Normal TEMPO.CO, Jakarta - Indonesia could learn from Finland.")
    parts = dumps._unspace(text, f"{head} | National | Tempo.Co").split("\n\n")
    assert parts[-3:] == [head, "Zoom Out Zoom In Normal", "TEMPO.CO, Jakarta - Indonesia could learn from Finland.\n"]
    # (the popular list's printing stands apart too, as a link's text is a line of its own;
    # the article's own is the one with its date under it)
    assert parts.count(head) == 2


def test_a_sentence_cut_at_a_link_in_a_stripped_dump_is_one_line() -> None:
    # get_text("\n", strip=True): the link's text on a line of its own, no space kept
    lines = ["Kapanlagi.com - Pesona kecantikan yang dimiliki", "Dian Sastrowardoyo",
             "memang sudah tak diragukan lagi.", "Menu", "Berita terkini dari kami",
             "2 minutes ago", "Chelsea", "have delivered a message of intent.",
             "Duqm, oman dan sekitarnya", "O", "man’s dream sits in a desert."]
    assert dumps._join_cut_links(lines) == [
        "Kapanlagi.com - Pesona kecantikan yang dimiliki Dian Sastrowardoyo memang sudah tak "
        "diragukan lagi.", "Menu", "Berita terkini dari kami",
        # (a short line, a date's, and a drop cap are left to the joiner's other rules; a
        # sentence that opens with a link goes on when it is a sentence's length)
        "2 minutes ago", "Chelsea", "have delivered a message of intent.",
        "Duqm, oman dan sekitarnya", "O", "man’s dream sits in a desert."]
    lines = ["2 minutes ago", "Chelsea", "have delivered a message of intent and roared on.",
             "Home", "news economy lifestyle", "Ask The Expert", "berita terkini hari ini dari kami"]
    assert dumps._join_cut_links(lines) == [
        "2 minutes ago", "Chelsea have delivered a message of intent and roared on.", "Home",
        "news economy lifestyle", "Ask The Expert", "berita terkini hari ini dari kami"]
    # (a sentence cut at two links is one line too)
    lines = ["Sebuah kalimat yang dipotong oleh", "Tautan Satu", "lalu berlanjut lagi dengan",
             "Tautan Dua", "dan selesai di sini.", "Menu"]
    assert dumps._join_cut_links(lines) == [
        "Sebuah kalimat yang dipotong oleh Tautan Satu lalu berlanjut lagi dengan Tautan Dua dan "
        "selesai di sini.", "Menu"]


def test_a_sentence_cut_at_every_link_and_emphasis_is_one_line() -> None:
    # get_text("\n", strip=True) of a paragraph with links and <strong>s: each piece on a
    # line, the sentence opening with a preposition alone and ending after its last link
    lines = ["Ein Absatz endet hier.", "Nach", "kräftigen Regenfällen", "ist der Pegel des Flusses",
             "Elbe", "gestiegen", ". Die Stadt warnt die Anwohner.", "Danach"]
    assert dumps._join_cut_links(lines) == [
        "Ein Absatz endet hier.",
        "Nach kräftigen Regenfällen ist der Pegel des Flusses Elbe gestiegen. Die Stadt warnt "
        "die Anwohner.", "Danach"]
    # a German line stops at a capitalised noun, the next goes on in lower case
    lines = ["Im Jahr fiel in Europa deutlich mehr Niederschlag", "als im Mittel. Ein Drittel der Flüsse",
             "trat über die Ufer."]
    assert dumps._join_cut_links(lines) == [
        "Im Jahr fiel in Europa deutlich mehr Niederschlag als im Mittel. Ein Drittel der Flüsse "
        "trat über die Ufer."]
    # a sentence opening with a link phrase, then going on to a stop
    lines = ["Ein neuer Chip", "in kleinerer Fertigung soll für eine bessere Effizienz sorgen.", "Weiter"]
    assert dumps._join_cut_links(lines) == [
        "Ein neuer Chip in kleinerer Fertigung soll für eine bessere Effizienz sorgen.", "Weiter"]


def test_a_sentence_opening_with_a_function_word_and_a_link_is_one_line() -> None:
    # "Der" / a link / words in lower case / a link / ...: the first word is the sentence's,
    # not the end of the photo credit above it
    lines = ["© Agentur/Fotograf Name/bilder", "Der", "FC Beispiel", "hat in der", "Ersten Liga",
             "das Derby beim", "SV Muster", "verloren und wichtige Punkte liegen gelassen.", "Tabelle"]
    assert dumps._join_cut_links(lines) == [
        "© Agentur/Fotograf Name/bilder",
        "Der FC Beispiel hat in der Ersten Liga das Derby beim SV Muster verloren und wichtige "
        "Punkte liegen gelassen.", "Tabelle"]
    # a link of one letter closed by the sentence's stop; a quotation closed after a link
    lines = ["Das schrieb der Präsident", "am Abend auf", "X", ".", "Die Behörde ermittelt nun wegen",
             "„schweren“ oder", "gewerbsmäßigen Betrugs", "“ und Untreue, sagte ein Sprecher."]
    assert dumps._join_cut_links(lines) == [
        "Das schrieb der Präsident am Abend auf X.",
        "Die Behörde ermittelt nun wegen „schweren“ oder gewerbsmäßigen Betrugs“ und Untreue, sagte ein "
        "Sprecher."]
    # (but a line that stops at a lower-case word, then a link and a stop alone, is left to
    # the joiner's other rules: a closing pitch, "insights on the" / "Exam Results 2026" / ".")
    lines = ["Get real-time updates and result insights on the", "Exam Results 2026", ".", "More:"]
    assert dumps._join_cut_links(lines) == lines


def test_menus_and_teaser_bylines_are_not_joined_as_cut_sentences() -> None:
    # a teaser's headline and its byline; a menu printed in lower case; a button's words
    lines = ["Zwei Klapphandys im Vergleich - Es gibt einen klaren Gewinner", "von Anna Beispiel",
             "Politik", "politik deutschland europa amerika afrika asien nahost netzpolitik",
             "ökonomie ökologie arbeit konsum verkehr", "Ein Teaser ohne Punkt am Ende hier", "mehr anzeigen"]
    assert dumps._join_cut_links(lines) == lines
    # (a letter alone may be a drop cap or the article "A": left to the joiner's other rules)
    lines = ["Ein Absatz endet hier.", "A", "study",
             "published last year found that more people were prescribed drugs."]
    assert dumps._join_cut_links(lines) == lines


def test_a_share_bar_on_a_one_line_page_stands_apart_as_links() -> None:
    text = ("Die Preise steigen weiter. (Foto: Mario Jasso/Cuartoscuro) Share Facebook Twitter "
            "Linkedin Email The 25% tariffs on steel were announced. He went on on foot.")
    assert dumps._unspace(text, None).split("\n\n") == [
        "Die Preise steigen weiter. (Foto: Mario Jasso/Cuartoscuro)",
        "• Share\n• Facebook\n• Twitter\n• Linkedin\n• Email",
        "The 25% tariffs on steel were announced.", "He went on on foot.\n"]


@pytest.mark.parametrize("sentence", [
    # a comment's or a button's word in lower case before "on" and a network is a sentence's
    "After the vote, in her response on Bluesky Senator Maria Lopez called the result a disgrace.",
    "The minister posted her comments on X Wednesday and left for Brussels.",
    "Fans could comment on YouTube Live during the match.",
    # (two networks' names after a word in lower case: the sentence runs on through them)
    "The group now owns WhatsApp Messenger Business accounts in forty countries.",
])
def test_a_networks_name_inside_a_sentence_is_no_share_bar(sentence: str) -> None:
    text = f"The storm passed. {sentence} Roads reopened on Friday."
    assert dumps._unspace(text, None).split("\n\n") == [
        "The storm passed.", sentence, "Roads reopened on Friday.\n"]


def test_a_tool_bars_two_buttons_before_a_sentence_stand_apart() -> None:
    text = "Von Anna Beispiel 12.03.2024 Kommentare Teilen In Hamburg regnet es seit Tagen."
    assert "• Kommentare\n• Teilen" in dumps._unspace(text, None)
    # (the sentence's word in lower case before a bar stays with the sentence)
    text = "Read the comments Share Facebook Twitter The council met again."
    assert dumps._unspace(text, None).split("\n\n")[:2] == [
        "Read the comments", "• Share\n• Facebook\n• Twitter"]


_FLOOD_PARS = ["The river rose two metres overnight and the town's lower streets were under water by "
               "the morning, the mayor said on Tuesday.",
               "Emergency crews moved three hundred people to the school on the hill, where beds "
               "and food had been brought in the evening before.",
               "The water is expected to fall again by the weekend, though more rain is forecast "
               "for the hills upstream on Thursday."]


def test_writers_listed_under_a_bare_by_are_the_dumps_byline() -> None:
    # "By" alone, then the writers as a list, one name an item, with a footnote's number, the
    # list's commas and "&", and an ellipsis for the names the page folds away: the list as
    # w3m prints it, as get_text("\n") prints it (the footnote on a line of its own)
    head = ("How one town kept its streets dry when the river rose\n\n"
            "The flood came in a night, and the plan the town had made worked.\n")
    listed = ("By\n\n  • Jane Porter^1,\n  • Tom Reed &\n  • …\n  • Ana Silva\n\n"
              "5 March 2024\n\n")
    text = head + "\n" + listed + "\n\n".join(_FLOOD_PARS) + "\n"
    assert newsextract.extract(text).authors == ["Jane Porter", "Tom Reed", "Ana Silva"]
    # (one line an item, the footnote's number on a line of its own, as get_text("\n") prints
    # the list: the lines are read while each ends with a list's mark)
    from newsextract.blocks import Block
    from newsextract.fields.authors import _listed_under
    from newsextract.profiles import get_profile

    texts = ["By", "Jane Porter", "1,", "Tom Reed &", "…", "Ana Silva", "5 March 2024", "Share"]
    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    assert _listed_under(blocks, 0, get_profile("en")) == ["Jane Porter", "Tom Reed", "Ana Silva"]
    # (a list under "By" one of whose items is no name is a menu, not the writers)
    menu = listed.replace("Tom Reed &", "Weather warnings &")
    assert newsextract.extract(head + "\n" + menu + "\n\n".join(_FLOOD_PARS) + "\n").authors == []


def test_an_agency_named_before_the_writer_is_not_the_writers_name() -> None:
    # the date's line, then the agency and the writer on a line of their own
    head = ("How one town kept its streets dry when the river rose\n\n"
            "The flood came in a night, and the plan the town had made worked.\n"
            "Riverton, March 05, 2024, 5:09 PM\n")
    text = head + "Reuters, Jane Porter\n\n" + "\n\n".join(_FLOOD_PARS) + "\n"
    assert newsextract.extract(text).authors == ["Jane Porter"]
    # (a word that is no agency's name before the comma leaves the line unread as a name)
    text = head + "Riverside, Jane Porter\n\n" + "\n\n".join(_FLOOD_PARS) + "\n"
    assert newsextract.extract(text).authors == []


def test_a_name_a_dash_and_a_role_is_a_byline() -> None:
    from newsextract.fields.byline import brand_byline
    from newsextract.profiles import get_profile

    en = get_profile("en")
    assert brand_byline("Jane Porter – Journalist", en) == "Jane Porter"
    # (with where the writer works from, or the role printed twice by a dump)
    assert brand_byline("Tom Reed – Correspondent in Paris Correspondent in Paris", en) == "Tom Reed"
    # (a dash and a word that names no role: a headline's kicker, not a byline)
    assert brand_byline("Tom Reed – Comeback in Paris", en) is None


def test_the_headline_keeps_the_colon_another_line_prints_it_with() -> None:
    # the dump runs the kicker into the headline ("Flood 2024 How ..."), where the trail
    # above prints the colon between them
    head = ("  • Home\n  • Weather\n  • Flood 2024: How one town kept its streets dry\n\n"
            "Flood 2024 How one town kept its streets dry\n\n5 March 2024\n\n")
    text = head + "\n\n".join(_FLOOD_PARS) + "\n"
    assert newsextract.extract(text).title == "Flood 2024: How one town kept its streets dry"
    # (Markdown: the trail's item a heading that keeps its mark, "* # Flood 2024: How ...")
    head = ("  * [Home](https://example.com/)\n  * [Weather](https://example.com/weather/)\n"
            "  * # Flood 2024: How one town kept its streets dry\n\n"
            "## Flood 2024 How one town kept its streets dry\n\n5 March 2024\n\n")
    text = head + "\n\n".join(_FLOOD_PARS) + "\n"
    assert dump_style(text) == MARKDOWN
    assert newsextract.extract(text).title == "Flood 2024: How one town kept its streets dry"


def test_a_label_glued_to_the_name_by_a_dump_is_read() -> None:
    # Markdown "_di[Luca Monaco](...)_" and "by[Jane Doe](...)" lose the space between the
    # label and the link's text
    from newsextract.fields.authors import _credit_profile
    from newsextract.fields.byline import parse_credit
    from newsextract.profiles import get_profile

    it, en = _credit_profile(get_profile("it")), _credit_profile(get_profile("en"))
    assert parse_credit("diLuca Monaco", it)[0] == ["Luca Monaco"]
    assert parse_credit("byJane Doe", en)[0] == ["Jane Doe"]
    # (a label printed with its capital glued to a word is a word: "DiCaprio", "ByJane")
    assert parse_credit("DiCaprio Monaco", it)[0] == []
    assert parse_credit("ByJane Doe", en)[0] == []
    assert parse_credit("byUSA Today", en)[0] == []


def test_the_site_a_dumps_title_line_names_is_no_author() -> None:
    # get_text() opens with the <title>, "headline - Site"; the site's name stands alone on
    # the page's logo and footer lines, and its byline credits the outlet beside the writer
    lines = ["", "", "How one town kept its streets dry when the river rose - Valley Times", "", "",
             "   Valley Times", "", "   Home", "   News", "", "Valley Times", "",
             "How one town kept its streets dry when the river rose", "by Valley Times", "",
             "Jane Porter/Tom Reed", ""] + [line for par in _FLOOD_PARS for line in (par, "")] + \
        ["Valley Times", "", "© 2024 Valley Times. All rights reserved."]
    text = "\n".join(lines) + "\n"
    assert dump_style(text) == SOUP_LINES
    assert newsextract.extract(text).authors == ["Jane Porter", "Tom Reed"]
    # (printed alone once only, the name is still shaped as an outlet's, an outlet's word
    # last, and the <title> names the site so: no writer)
    once = text.replace("   Valley Times\n", "", 1)
    assert newsextract.extract(once).authors == ["Jane Porter", "Tom Reed"]
    # (but a blog named for its writer, her name printed alone less often than a site's is,
    # keeps her as its author)
    blog = once.replace("Valley Times", "Jane Porter")
    assert newsextract.extract(blog).authors == ["Jane Porter", "Tom Reed"]


def test_a_name_under_a_date_line_that_the_run_took_in_is_the_byline() -> None:
    # the standfirst, the date's line with its place, then the writer (with the agency named
    # first), as get_text() and lynx print a byline box under the standfirst the text's run
    # opens with
    for name, want in (("Dieter Kuckelkorn", ["Dieter Kuckelkorn"]),
                       ("Reuters, Thorsten Kramer", ["Thorsten Kramer"])):
        text = ("Die Zinsen steigen und der Dax gibt nach\n\n"
                "Die in den USA steigenden Zinsen haben sich als eine Belastung für den Dax "
                "erwiesen. Analysten gehen davon aus, dass der Index nur eine Pause einlegt.\n\n"
                "Frankfurt, October 23, 2024, 3:48 PM\n\n" + name + "\n\n"
                "Die Aussichten der Anleger haben sich nach Ansicht von Beobachtern deutlich "
                "verschlechtert, und der Dollar legt weiter zu.\n\n"
                "Die Händler rechnen damit, dass die Notenbank die Zinsen noch länger auf dem hohen "
                "Niveau hält, als bisher erwartet worden war.\n\n"
                "Am Nachmittag gab der Index weiter nach und schloss deutlich im Minus, belastet "
                "von den Werten der Autobauer und der Banken.\n")
        article = newsextract.extract(text)
        assert article.authors == want
        assert name not in article.body


def test_a_name_glued_to_its_role_under_a_bare_label_is_read() -> None:
    # Markdown and get_text() glue the author box's text nodes: the name, its role, the
    # portrait's alt text
    from newsextract.fields.byline import glued_name, glued_role
    from newsextract.profiles import merged

    assert glued_name("Nicole OpitzRedakteurinNicole Opitz", merged()) == "Nicole Opitz"
    assert glued_role("Nicole OpitzRedakteurinNicole Opitz")
    # (a name's own capital inside a word is no glue: "McDonald", "DeLuca")
    assert glued_name("Jane McDonaldReporter", merged()) == "Jane McDonald"
    assert glued_name("Anna DeLuca", merged()) is None
    assert not glued_role("Jane McDonaldTwitter")
    # the box after the text: the label, then the name glued to its role
    text = ("Ein bisschen Fortschritt beim Selbstbestimmungsgesetz der Regierung\n\n"
            + "\n\n".join(_FLOOD_PARS) + "\n\n  • Politik\n  • Deutschland\n\nKommentar von\n\n"
            "Nicole OpitzRedakteurinNicole Opitz\n")
    assert newsextract.extract(text).authors == ["Nicole Opitz"]


def test_a_name_glued_to_the_text_under_the_date_line_is_the_byline() -> None:
    # Markdown glues the writer's name to the caption's text under it; the date's line is
    # right above
    from newsextract.blocks import Block
    from newsextract.fields.authors import _lone_name

    texts = ["Die Zinsen steigen und der Dax gibt nach", "Frankfurt, October 23, 2024, 3:48 PM",
             "Dieter KuckelkornDie Aussichten der Anleger haben sich verschlechtert.", "Teilen"]
    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    assert _lone_name(blocks, 2, 0) == (2, ["Dieter Kuckelkorn"])
    # (not without the date's line above it)
    blocks[1] = Block("Frankfurt", index=1)
    assert _lone_name(blocks, 2, 0) is None


def test_a_name_over_a_date_line_or_beside_a_folded_age_is_the_byline() -> None:
    from newsextract.blocks import Block
    from newsextract.classify import name_under_date
    from newsextract.fields.authors import _lone_name

    # get_text("\n"): the name (its bar kept), then the date's line, both in the run
    texts = ["Die Händler rechnen mit weiter hohen Zinsen.", "Sehernur Karsu |",
             "05.04.2025 - Güncelleme : 05.04.2025", "Ankara"]
    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    assert name_under_date(blocks, 1) == "Sehernur Karsu"
    # (a name between two sentences is none)
    blocks[2] = Block("Die Händler rechnen mit weiter hohen Zinsen.", index=2)
    assert name_under_date(blocks, 1) is None
    # a byline box whose age a dump folded with its buttons into one block
    texts = ["How the alliance weighs its members' spending", "1 day ago · Share · Save",
             "Add as preferred on Google", "Duncan Walker", "BBC"]
    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    blocks[1].items = 3
    assert _lone_name(blocks, 3, 0) == (3, ["Duncan Walker"])
    blocks[1] = Block("Share · Save · Comment", index=1)
    blocks[1].items = 3
    assert _lone_name(blocks, 3, 0) is None


def _spaced_page(par_sep: str = " ") -> str:
    """A page's text as get_text(" ") prints it: menus, the headline, five paragraphs."""
    menu = " ".join(["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wissen"] * 40)
    pars = ["Die Stadt hat am Montag einen neuen Plan für den Verkehr in der Innenstadt vorgestellt.",
            "Demnach sollen mehrere Straßen ab dem kommenden Jahr für Autos gesperrt werden.",
            "Die Händler in der Altstadt befürchten deutliche Einbußen bei ihren Umsätzen.",
            "Der Bürgermeister verweist dagegen auf gute Erfahrungen in anderen Städten.",
            "Über den Plan soll der Stadtrat im Herbst abstimmen, nach einer Anhörung."]
    return f"Neuer Verkehrsplan für die Innenstadt {menu} " + par_sep.join(pars) + f" {menu}"


def test_a_page_on_a_few_long_lines_is_read_as_one_line() -> None:
    # a text node with line breaks of its own (a <pre>, a caption typed over two lines) puts
    # a few breaks into get_text(" ")'s one line: still a page on one line
    page = _spaced_page()
    assert dump_style(page) == "soup_spaced"
    broken = page.replace(" Die Händler", " Die Händler\nin der Altstadt\n", 1) \
        .replace(" Der Bürgermeister", "\nDer Bürgermeister", 1).replace(" Über", "\n\nÜber", 1)
    assert dump_style(broken) == "soup_spaced"
    # (get_text() with no separator glues a menu's links into one word and each paragraph to
    # the next: that stays glued text, however long its lines)
    glued = _spaced_page("").replace("Startseite Politik Wirtschaft", "StartseitePolitikWirtschaft")
    assert dump_style(glued) == "soup_glued"


def test_a_one_line_page_in_a_script_without_spaces_between_sentences_is_parted() -> None:
    # Japanese puts no space after "。" inside a paragraph; get_text(" ") puts one between
    # two nodes: there a paragraph ends
    pars = ["東京都は十二日、新しい交通計画を発表した。市内の道路を一部閉鎖する。",
            "商店街の店主らは売り上げの減少を心配している。",
            "都知事は他の都市での経験を挙げて理解を求めた。"]
    parts = dumps._unspace("ニュース 政治 経済 " + " ".join(pars), None).split("\n\n")
    assert [p.strip() for p in parts[-2:]] == pars[1:]
    assert parts[0].endswith(pars[0])  # (the menu's words before it are not told apart)


@pytest.mark.parametrize("title, site", [
    # a dash inside the headline, which the <title>'s first separator would cut
    ("Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird", " - Nachrichten"),
    # a <title> with no separator at all: its node runs on into the menus
    ("Eskalation im Nordatlantik: Wenn die Ozeane überhitzen", ""),
])
def test_a_one_line_pages_title_is_the_run_of_first_words_it_prints_again(title: str, site: str) -> None:
    page = _spaced_page().replace("Neuer Verkehrsplan für die Innenstadt", f"{title}{site}", 1)
    page = page.replace(" Die Stadt hat", f" {title} Die Stadt hat", 1)
    assert dump_style(page) == "soup_spaced"
    assert dumps.document_title(page, "soup_spaced") == title
    assert title in dumps._unspace(page, title).split("\n\n")
    # (words printed again that are fewer than a headline's are no title: a menu's "Startseite
    # Politik" comes again in the footer)
    assert dumps._repeated_lead("Startseite Politik Wirtschaft Text. Startseite Politik Sport") is None


def test_a_one_line_pages_headline_stands_apart_wherever_it_is_printed() -> None:
    # a breadcrumb's <h1> first, then the kicker and the headline over the date and the text
    head = "Rückschlag im Titelkampf - Liverpool verliert bei Everton"
    text = (f"{head} | sportschau.de Fußball Tennis {head} Premier League {head} Stand: "
            "24.04.2024 22:58 Uhr Der FC Liverpool hat das Derby verloren. Das war bitter.")
    parts = [p.strip() for p in dumps._unspace(text, head).split("\n\n")]
    assert parts.count(head) == 2
    assert "Premier League" in parts
    assert parts[-2:] == ["Der FC Liverpool hat das Derby verloren.", "Das war bitter."]


@pytest.mark.parametrize("run, byline, after", [
    # a date after the name: the comma ends the name
    ("Von Jan Kixmüller Heute, 12:37 Uhr", "Von Jan Kixmüller", "Heute, 12:37 Uhr"),
    # buttons after it: a third capitalised word followed by a word is not the name's
    ("Von: Nadja Zinsmeister Kommentare Teilen", "Von: Nadja Zinsmeister", "Kommentare Teilen"),
    # two names joined by a conjunction, a caption's first word after them
    ("Pewarta: Budi Santoso dan Agus S Dokumentasi petugas", "Pewarta: Budi Santoso dan Agus S",
     "Dokumentasi petugas"),
    # a third word followed by no word is the name's
    ("By Duy Linh Dinh 28.04.2024 | 09:36", "By Duy Linh Dinh", "28.04.2024 | 09:36"),
])
def test_a_byline_on_a_one_line_page_stands_on_its_own_line(run: str, byline: str, after: str) -> None:
    parts = dumps._part_bylines(f"Das war bitter. {run}").split("\n\n")
    assert parts == ["Das war bitter.", byline, after]


@pytest.mark.parametrize("text", [
    "Ein Bericht von Peter Müller zeigt das.",  # (a lower-case label is a sentence's word)
    "By Monday the storm had passed.",  # (one capitalised word is no name)
])
def test_a_label_word_inside_a_sentence_parts_nothing(text: str) -> None:
    assert dumps._part_bylines(text) == text


def test_a_one_line_pages_date_line_starts_a_line_with_its_label() -> None:
    text = ("Nach Massenschlägerei in Madrid: Sanktionen und Reue Aktualisiert am 28. April 2023, "
            "20:22 Uhr Die Polizei kam spät.")
    assert dumps._after_dates(text).split("\n\n") == [
        "Nach Massenschlägerei in Madrid: Sanktionen und Reue",
        "Aktualisiert am 28. April 2023, 20:22 Uhr", "Die Polizei kam spät."]
    # (a sentence's date keeps its words before it: a word in lower case that is no label)
    prose = "Die beiden trafen sich am 3. Mai 2024 um 14:00 Uhr Der Rest"
    assert dumps._after_dates(prose).split("\n\n")[0] == "Die beiden trafen sich am 3. Mai 2024 um 14:00 Uhr"
    # (published and updated, each with its label, stay on one line)
    both = "Haberler 30.04.2024 - 16:48 Son Güncelleme : 30.04.2024 - 16:49 Paylaş"
    assert dumps._after_dates(both).split("\n\n") == [
        "Haberler 30.04.2024 - 16:48 Son Güncelleme : 30.04.2024 - 16:49", "Paylaş"]


def test_a_byline_at_a_lines_end_stands_apart_from_the_text_before_it() -> None:
    text = "Strong tornadoes are possible across the central states By Matthew Cappucci\n\nApril 26"
    assert dumps._part_bylines(text).split("\n\n")[:2] == [
        "Strong tornadoes are possible across the central states", "By Matthew Cappucci"]


def test_a_photos_credit_with_its_agency_ends_a_line_of_a_one_line_page() -> None:
    text = ("Eingefrorenes Sperma in einer Klinik. Friso Gentsch/dpa Nach der Zeugung von 550 "
            "Kindern hat ein Gericht den Mann gestoppt.")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert parts == ["Eingefrorenes Sperma in einer Klinik.", "Friso Gentsch/dpa",
                     "Nach der Zeugung von 550 Kindern hat ein Gericht den Mann gestoppt."]
    # (a slash before a word that is no agency's parts nothing: "und/oder")
    line = "Das gilt für Mieter und/oder Eigentümer in der Stadt."
    assert dumps._unspace(line, None).strip() == line


def test_a_one_line_page_whose_nodes_keep_their_indented_line_breaks_is_read_as_one_line() -> None:
    # pretty-printed HTML's text nodes hold a line break and the next line's indentation;
    # get_text(" ", strip=True) strips only a node's ends, so the page's one line is broken
    # at each of them, every piece after the first indented
    words = _spaced_page().split(" ")
    broken = "".join(w + ("\n\t\t\t\t" if i % 9 == 8 else " ") for i, w in enumerate(words))
    assert broken.count("\n") > 12
    assert dump_style(broken) == "soup_spaced"
    # (get_text("\n", strip=True) puts a node a line with no indentation: not one line)
    assert dump_style(broken.replace("\n\t\t\t\t", "\n")) != "soup_spaced"


def test_a_one_line_page_is_parted_at_a_stop_spaced_from_its_sentence() -> None:
    # a link's text before the sentence's stop: get_text(" ") puts a space between them
    text = "Es gibt einen Entwurf zum Selbstbestimmungsgesetz . Die Ministerien haben sich geeinigt."
    assert dumps._unspace(text, None).split("\n\n") == [
        # (and the space goes: the page prints none)
        "Es gibt einen Entwurf zum Selbstbestimmungsgesetz.", "Die Ministerien haben sich geeinigt.\n"]
    # (a stop alone before an abbreviation's capitals parts nothing: "U . S . Army")
    line = "Er diente in der U . S . Army viele Jahre lang."
    assert dumps._unspace(line, None).strip() == "Er diente in der U. S. Army viele Jahre lang."


def test_a_menus_first_links_after_a_paragraph_go_with_the_menu() -> None:
    # the menu's run (ten capitalised words) starts after a word in lower case; the words before
    # it, after the text's last sentence, are its links too, not the paragraph's
    menu = " ".join(["Engelhorn", "Gutscheine", "Groupon", "Gutscheine", "Galeria", "Gutscheine",
                     "Galaxus", "Gutscheine", "Thalia", "Gutscheine", "Baur", "Gutscheine"])
    text = ("Er muss aber noch zulegen, um so aufzutrumpfen wie am Millerntor. "
            f"BILD Gutscheine DAZN Gutscheine Nike Store adidas Gutscheine {menu}")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n") if p.strip()]
    assert parts[0] == "Er muss aber noch zulegen, um so aufzutrumpfen wie am Millerntor."
    assert all(p.startswith("•") for p in parts[1:])
    # (words that read as prose, which introduce a list below them, stay text)
    text = ("Der Sturm kommt am Freitag. Cities that could be affected include "
            "Dallas Austin Houston Tulsa Wichita Denver Omaha Lincoln Topeka Memphis Jackson")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n") if p.strip()]
    assert parts[1] == "Cities that could be affected include"


def test_a_one_line_page_s_repeated_headline_ends_at_a_whole_word() -> None:
    # the <title>'s words printed again as the headline: "Home" of the menu is no word of it
    # when the page prints "Homeoffice" after the headline
    text = ("Der Stadtrat beschließt neue Radwege Home Politik Sport Der Stadtrat beschließt "
            "neue Radwege Homeoffice bleibt erlaubt. Die Stadt will mehr Wege bauen.")
    assert document_title(text, SOUP_SPACED) == "Der Stadtrat beschließt neue Radwege"


def test_a_one_line_pages_editor_credit_ends_before_the_furniture_after_it() -> None:
    # an editor's label with its colon ends the credits: the names, not the share bar's words
    # or the next label after them, stand on its line
    text = ("Warga diminta tetap tenang. Penulis : Rina Hapsari Editor : Dodi Wirawan Sumber : "
            "Antaranews.com komentar salin tautan Terpopuler")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert "Penulis : Rina Hapsari" in parts
    assert "Editor : Dodi Wirawan" in parts
    # (a bare "Editor" or "Red" without its colon is a sentence's word)
    line = "Kata Editor Dodi Wirawan itu benar."
    assert dumps._unspace(line, None).strip() == line


def test_a_one_line_pages_ranked_list_with_counts_is_bulleted() -> None:
    text = ("Hujan reda pada sore hari. Terpopuler 1 Harga Beras Naik Lagi di Pasar Induk "
            "dibaca 12,345 kali 2 Banjir Rendam Dua Desa dibaca 9,870 kali 3 Jalan Tol Baru "
            "Dibuka Pekan Depan dibaca 5,432 kali Tentang Kami")
    lines = [x for x in dumps._unspace(text, None).split("\n") if x]
    assert lines[:2] == ["Hujan reda pada sore hari.", "Terpopuler"]
    assert lines[2:5] == ["• 1 Harga Beras Naik Lagi di Pasar Induk dibaca 12,345 kali",
                          "• 2 Banjir Rendam Dua Desa dibaca 9,870 kali",
                          "• 3 Jalan Tol Baru Dibuka Pekan Depan dibaca 5,432 kali"]
    # (counts without ranks, as a byline's comment count beside a sentence, are left alone)
    text = ("By Jane Porter 12 comments The council met on Monday. It voted 7 to 2. Mayor Tom "
            "Reed said 40 likes Nothing else was decided. Then 3 shares Another thing happened.")
    assert "• " not in dumps._unspace(text, None)


def test_a_one_line_pages_picture_credit_ends_its_line() -> None:
    # an agency's name alone after a caption's label, or a copyright sign before a name in
    # capitals: the credit, not the sentence the page prints next
    text = ("Warga antre di depan toko. Foto: Getty Images Jakarta - Harga minyak goreng naik "
            "lagi pekan ini.")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert parts[-1] == "Jakarta - Harga minyak goreng naik lagi pekan ini."
    text = "The mayor in her office © JOHN SMITH The city council voted on Monday to close the bridge."
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert parts[-1] == "The city council voted on Monday to close the bridge."
    # (not "Getty" of "Getty Images/Name": the credit runs on to its photographer)
    text = "(Foto: Getty Images/Anna Lee / Press) Jakarta - Harga naik lagi."
    assert "Getty\n" not in dumps._unspace(text, None)


def test_a_one_line_pages_headline_is_found_with_a_space_before_its_colon() -> None:
    # a kicker's and a headline's nodes parted by get_text(" "): "Kicker : Headline"
    title = "Bridge works: City closes the old bridge for a year"
    text = (f"{title} | Daily Post Home News Sport Weather Subscribe Bridge works : City closes "
            "the old bridge for a year Updated 5 May 2025, 10:30 The old bridge will close "
            "on Monday. Drivers must use the ring road.")
    parts = [p.strip() for p in dumps._unspace(text, f"{title} | Daily Post").split("\n\n")]
    assert title in parts[1:]


def test_a_one_line_page_parts_after_a_quotation_in_single_marks() -> None:
    text = ("He spoke on 'Morning Live.' The council met on Monday. Nothing was decided.")
    assert dumps._unspace(text, None).split("\n\n")[:2] == [
        "He spoke on 'Morning Live.'", "The council met on Monday."]


def test_a_one_line_pages_picture_credit_in_brackets_ends_its_line() -> None:
    # a caption's credit in brackets, then the text's dateline: the dateline opens a line
    text = ("Petugas memeriksa kendaraan di gerbang tol. (Budi Santoso/detikcom) Jakarta - "
            "Polisi memeriksa ratusan kendaraan pada Senin.")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert parts[-1] == "Jakarta - Polisi memeriksa ratusan kendaraan pada Senin."
    text = "Warga di pasar. (Foto: Humas Pemkot) Harga beras turun pekan ini."
    assert [p.strip() for p in dumps._unspace(text, None).split("\n\n")][-1] == "Harga beras turun pekan ini."
    # (a date's "(1/12)" in brackets is no credit: the sentence goes on)
    text = "Razia digelar Selasa malam (1/12) Petugas menemukan dua pasangan."
    assert dumps._unspace(text, None).strip() == text


def test_a_one_line_pages_tool_bar_words_part_from_the_first_sentence() -> None:
    # two words of an article's tool bar before a sentence's capital stand apart, as links
    text = "Kommentare Drucken Teilen Ambrosia breitet sich in deutschen Gärten aus."
    lines = [x for x in dumps._unspace(text, None).split("\n") if x]
    assert lines == ["• Kommentare", "• Drucken", "• Teilen", "Ambrosia breitet sich in deutschen Gärten aus."]
    text = "Share Print The council met on Monday."
    assert [x for x in dumps._unspace(text, None).split("\n") if x][-1] == "The council met on Monday."
    # (two such words inside a sentence, not before a capital, stay in it)
    text = "Readers can print or share comment threads here. They did."
    assert "• " not in dumps._unspace(text, None)


def test_a_one_line_pages_head_before_its_headline_is_furniture() -> None:
    # what a page's text on one line prints between its <title> and the headline's dated
    # printing (a subscription offer's sentences, a menu) gets a furniture hint; the body after
    # the headline does not
    title = "Hujan Deras Rendam Ratusan Rumah di Bekasi"
    text = (f"{title} - Kabar Kota Beranda Berita Olahraga Hiburan Nikmati akses tanpa batas ke "
            f"semua artikel kami. Berlangganan sekarang dan dapatkan diskon. Masuk Daftar {title} "
            "Senin, 12 Februari 2024 10:15 WIB Bekasi - Hujan deras sejak pagi merendam ratusan "
            "rumah warga. Petugas mengevakuasi warga ke tempat aman. Banjir surut pada sore hari. "
            + " ".join(f"Warga di blok {n} membersihkan lumpur dari rumah mereka bersama relawan."
                       for n in "ABCDEFGHIJKLMNOPQRST") + " Tentang Kami Kontak Redaksi")
    blocks, style, got = segment_dump(text)
    assert style == SOUP_SPACED and got == title
    at = next(b.index for b in blocks[1:] if b.text == title)
    offer = next(b for b in blocks if b.text.startswith("Berlangganan"))
    assert offer.index < at and offer.hint < 0
    assert all(b.hint == 0 for b in blocks[at:])
    record = newsextract.extract(text)
    assert record.body.startswith("Hujan deras sejak pagi merendam ratusan rumah warga.")


def test_a_one_line_pages_headline_between_a_tag_and_the_site_in_its_title() -> None:
    # "Tag | Headline - Site": the headline is the part between two separators that the page
    # prints again; the outlet's domain alone before a dash opens the text
    head = "FOTO: Rina Nose Tampil Beda di Konser Amal Akhir Pekan"
    text = (f"Rina Nose | {head} - Hiburanku.com HOME ARTIS FILM MUSIK FOTO VIDEO Iklan Kontak "
            f"Redaksi {head} Minggu, 14 Februari 2016 09:15 | Rina Nose Hiburanku.com - Penyanyi "
            "itu tampil dengan gaun merah di panggung utama. "
            + " ".join(f"Penonton ke-{n} bertepuk tangan panjang untuk penampilannya malam itu."
                       for n in range(1, 25)))
    assert document_title(text, SOUP_SPACED) == head
    parts = [p.strip() for p in dumps._unspace(text, head).split("\n\n")]
    assert head in parts
    assert any(p.startswith("Hiburanku.com - Penyanyi itu tampil") for p in parts)
    record = newsextract.extract(text)
    assert record.title == head and record.date == "2016-02-14T09:15:00+07:00"
    assert record.body.startswith("Penyanyi itu tampil dengan gaun merah")


def test_a_one_line_page_with_brands_capitals_glued_is_still_spaced() -> None:
    # brands glued to their capitals ("detikINET", "FotoINET") are no sentences glued: a page on
    # one line whose sentences' ends are all followed by a space is get_text(" ")'s
    body = " ".join(f"Kalimat nomor {n} tentang ponsel baru itu ditulis di sini dengan panjang, "
                    "karena sebuah halaman berita memuat kalimat yang panjang dan berisi, dan "
                    "kalimat ini terus berlanjut sampai titiknya di ujung sana." for n in range(8))
    text = ("Ponsel Baru Dirilis Hari Ini Home News FotoINET detikINET VideoINET SportINET detikNews "
            "detikFinance detikSport detikHot detikTravel detikFood "
            f"Ponsel Baru Dirilis Hari Ini Jakarta - {body}")
    assert dump_style(text) == SOUP_SPACED
    # (get_text() with no separator glues sentences: that stays SOUP_GLUED)
    glued = "".join(f"Kalimat nomor {n} tentang ponsel baru.Berita" for n in range(40))
    assert dump_style("detikINET FotoINET VideoINET " + glued) != SOUP_SPACED


def test_a_menu_run_on_a_one_line_page_leaves_the_dateline_after_it() -> None:
    # a menu's capitalised run that goes on into the text's dateline and its sentence in
    # lower case: the dateline and its words open the text, the rest is the menu's links
    text = ("Kabar Terbaru. Foto Video Galeri Ekonomi Bisnis Olahraga Bola Otomotif Jakarta - "
            "Harga Cabai Rawit, dengan pasokan yang tipis, naik lagi pekan ini.")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n") if p.strip()]
    assert parts[-1] == "Jakarta - Harga Cabai Rawit, dengan pasokan yang tipis, naik lagi pekan ini."
    assert parts[1].startswith("• Foto\n• Video")


def test_a_one_line_pages_dateline_in_capitals_leaves_the_link_before_it() -> None:
    # a list's last link runs on into the dateline: the place is the words in capitals alone
    text = ("Warga Antre Minyak Goreng Murah di Pasar Ayu LOS ANGELES, KOMPAS.com - Pendiri "
            "perusahaan itu menyewa pengawal baru.")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert parts == ["Warga Antre Minyak Goreng Murah di Pasar Ayu",
                     "LOS ANGELES, KOMPAS.com - Pendiri perusahaan itu menyewa pengawal baru."]


def test_a_one_line_pages_quotation_of_several_sentences_stays_on_one_line() -> None:
    # the sentences' ends part a quotation the page prints in one paragraph: it goes on until
    # its closing mark, so the quotation and its speaker's cue stand together
    text = ('Polisi sudah memeriksa saksi. "Korbannya kita dampingi. Kemarin kita buat laporan. '
            'Kasusnya masih kami dalami," kata Kapolsek Budi Santoso. Pemeriksaan berlanjut besok.')
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert parts == ["Polisi sudah memeriksa saksi.",
                     '"Korbannya kita dampingi. Kemarin kita buat laporan. Kasusnya masih kami dalami," '
                     "kata Kapolsek Budi Santoso.", "Pemeriksaan berlanjut besok."]
    record = newsextract.extract("Judul Berita Hari Ini Beranda " + text + " " + " ".join(
        f"Kalimat penutup nomor {n} dari berita ini cukup panjang untuk dibaca." for n in range(30)))
    assert any(q.speaker == "Budi Santoso" and q.text.startswith("Korbannya kita dampingi.")
               for q in record.quotes)
    # (a mark that no later line closes joins nothing)
    text = 'Ia berkata "tidak. Lalu pergi. Semua diam. Hari berganti. Malam tiba. Pagi datang. Selesai.'
    assert dumps._unspace(text, None).count("\n\n") == 6


def test_a_one_line_pages_headline_printed_again_under_its_text_marks_nothing() -> None:
    from newsextract.blocks import Block

    title = "Harbour bridge to close for repairs"
    pars = [f"Paragraph {n} tells how the council plans the works on the old bridge this year." for n in range(6)]
    texts = ["Harbour bridge to close for repairs | Daily Post", "Home News Sport", "Bridge works ahead",
             *pars, "Most read", title, *[f"Teaser number {n} about another story of the day" for n in range(12)]]
    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    dumps.mark_before_headline(blocks, title)
    assert all(b.hint == 0 for b in blocks)
    # (the printing over the text is the headline: the menu before it is furniture)
    texts[3:3] = [title]
    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    dumps.mark_before_headline(blocks, title)
    assert [b.hint < 0 for b in blocks[:5]] == [False, True, True, False, False]


def test_a_menu_item_run_on_after_a_one_line_pages_title_is_not_its_headline() -> None:
    # a short <title>, then the menu's items parted by dashes: one item, printed again in the
    # footer, has a headline's length
    menu = "Front Page - Local - Weather and Climate Desk - Sport - Opinion"
    text = (f"Flood warning | Riverside Post {menu} Flood warning By Ann Lee The river rose. "
            "More: Weather and Climate Desk")
    assert dumps.document_title(text, SOUP_SPACED) is None
    # (the headline between the tag's name and the site's is read)
    text = ("Ana Ruiz | PHOTO: Ana Ruiz Wins The City Marathon Again - Riverside Post Home "
            "PHOTO: Ana Ruiz Wins The City Marathon Again She ran it in record time.")
    assert dumps.document_title(text, SOUP_SPACED) == "PHOTO: Ana Ruiz Wins The City Marathon Again"


def test_a_line_that_closes_a_quotation_opens_none() -> None:
    # a quotation of more sentences than the joiner reaches over is left on its lines: its
    # last line, which closes it, is not read as opening another and glued to the next ones
    lines = ['"We will appeal.', "The ruling is wrong.", "We said so.", "We say it again.", "Nothing changed.",
             "It never will.", 'We will win," the mayor said.', "The court sat again on Monday.",
             "Its judges did not comment.", '"The case is closed," a clerk said.']
    assert dumps._quoted_sentences(list(lines)) == lines
    # (an inch's mark after a number opens no quotation either)
    lines = ['The tablet has an 11" screen.', "It costs $499.", '"It sells well.', 'Very well," she said.']
    assert [x for x in dumps._quoted_sentences(list(lines)) if x] == [
        'The tablet has an 11" screen.', "It costs $499.", '"It sells well. Very well," she said.']


def test_a_dateline_in_capitals_after_a_one_line_pages_date_keeps_its_first_word() -> None:
    text = ("Flood warning By Ann Lee June 3, 2024 9:40 AM LOS ANGELES (AP) - The river rose. "
            "It fell again. Published June 3, 2024 9:40 AM PDT The river rose again.")
    parts = dumps._unspace(text, None).split("\n\n")
    assert any(p.startswith("LOS ANGELES (AP) - The river rose.") for p in parts)
    # (a zone's name after the time stays on the date's line)
    assert any(p.endswith("9:40 AM PDT") for p in parts)


def test_a_one_line_page_keeps_the_mark_that_closes_a_quotation() -> None:
    # the sentence's end is found after the closing mark: the mark stays with its sentence
    text = ('The mayor spoke last. "We will rebuild the bridge." Work starts in May. '
            "Sie sagte: „Wir bauen die Brücke neu.“ Die Arbeiten beginnen im Mai.")
    assert dumps._unspace(text, None).split("\n\n") == [
        "The mayor spoke last.", '"We will rebuild the bridge."', "Work starts in May.",
        "Sie sagte: „Wir bauen die Brücke neu.“", "Die Arbeiten beginnen im Mai.\n"]
    # (and a stop after the closing mark ends a sentence too)
    text = 'The council called it "a good start". What comes next is unclear.'
    assert dumps._unspace(text, None).split("\n\n") == [
        'The council called it "a good start".', "What comes next is unclear.\n"]


def test_a_one_line_pages_sentence_may_end_with_an_acronym() -> None:
    text = ("Er arbeitete lange für die FAO. Danach ging er nach Genf. Der Zug kam um 9.45 MEZ. "
            "Dann fuhr er weiter.")
    assert dumps._unspace(text, None).split("\n\n") == [
        "Er arbeitete lange für die FAO.", "Danach ging er nach Genf.",
        # (a time's zone after a time ends no sentence the page's reader can tell)
        "Der Zug kam um 9.45 MEZ. Dann fuhr er weiter.\n"]
    # (a Roman number and a sentence in capitals are no acronym's)
    text = "Der Papst Pius XII. Sprach gestern. FREE TO READ REGISTER NOW. Create an account here."
    assert "Pius XII. Sprach" in dumps._unspace(text, None)
    assert "NOW. Create" in dumps._unspace(text, None)


def test_a_shouted_quotation_is_no_menu() -> None:
    text = ('The minister said: "WE WILL NOT LEAVE THIS TOWN, AND WE WILL NOT FORGET ITS PEOPLE." '
            "She spoke for an hour.")
    assert "•" not in dumps._unspace(text, None)


def test_a_writers_initials_after_the_last_sentence_end_its_line() -> None:
    text = "Der Markt beginnt um zehn Uhr. (kas) Auch interessant Kontakt Impressum Datenschutz"
    assert dumps._unspace(text, None).split("\n\n") == [
        "Der Markt beginnt um zehn Uhr. (kas)", "Auch interessant Kontakt Impressum Datenschutz\n"]


def test_a_long_run_of_names_ending_no_sentence_is_a_list() -> None:
    # after the text's last sentence, the story's tags and the related headlines run on with
    # no stop: one list item, as a terminal browser bullets a list's links
    run = ("Weather Ferries in the harbour Anna Berg City Council Related Storm Closes the old bridge "
           "Harbour Fees rise again 3 hours ago")
    text = f"Riverside Post Home The ferry will run again in May. Its crew was hired last week. {run}"
    assert dumps._unspace(text, None).split("\n\n") == [
        "Riverside Post Home The ferry will run again in May.", "Its crew was hired last week.", f"• {run}\n"]
    # (not a sentence's words in lower case, nor a run that holds a sentence's end)
    text = ("The ferry will run again in May. the crew that was hired last week for the new boat will "
            "start work on Monday morning")
    assert "•" not in dumps._unspace(text, None)
    text = "The ferry will run again in May. Anna Berg of the City Council said So. Its Crew Was Hired Last Week"
    assert "•" not in dumps._unspace(text, None)


def test_a_one_line_pages_sentences_end_in_turkish_and_czech_letters() -> None:
    text = "Köyde yangın çıktı! İtfaiye hemen geldi. Soud rozhodl včera. Žalobu zamítl."
    assert dumps._unspace(text, None).split("\n\n") == [
        "Köyde yangın çıktı!", "İtfaiye hemen geldi.", "Soud rozhodl včera.", "Žalobu zamítl.\n"]


def test_a_writers_name_before_a_one_line_pages_date_line_is_a_line_of_its_own() -> None:
    text = ("Ferry service returns to the islands this summer Anna Berg Reporter 03.05.2024 15:42 Uhr "
            "Die Fähre fährt wieder. Sie fährt ab Mai.")
    assert dumps._unspace(text, None).split("\n\n")[:3] == [
        "Ferry service returns to the islands this summer", "Anna Berg Reporter", "03.05.2024 15:42 Uhr"]
    # (a time printed before the date goes with it; a byline's label with the name)
    text = ("Ferry service returns and more John Roe 11:00 AM PDT • May 16, 2024 The ferry runs again. "
            "Storms hit the coast on Friday By Ann Lee April 26, 2024 at 11:24 The storms came.")
    parts = dumps._unspace(text, None).split("\n\n")
    assert parts[:3] == ["Ferry service returns and more", "John Roe", "11:00 AM PDT • May 16, 2024"]
    assert "By Ann Lee" in parts
    # (not a longer name's last words, nor the last of names a conjunction joins)
    for names in ("Emma Rosa Lind", "Laura Berg und Alexander Roe"):
        text = f"Die Fähre fährt wieder. {names} 03.05.2024 15:42 Uhr Sie fährt ab Mai."
        assert f"{names}\n\n03.05.2024" in dumps._unspace(text, None)


def test_a_date_line_under_a_one_line_pages_headline_is_cut_before_its_date_too() -> None:
    # a reading time after the date (a number, no capital) and a weekday's name before it
    text = "Meinung Warum der Hafen schliesst von Anna Berg 05. November 2024 15:36 Uhr 3 Min Der Hafen ist zu."
    parts = dumps._unspace(text, None).split("\n\n")
    assert "05. November 2024 15:36 Uhr" in parts and "Anna Berg" in parts
    text = "Kapal tiba di pelabuhan Ani Lestari - detikNews Sabtu, 10 Des 2022 13:19 WIB Kapal itu tiba pagi."
    assert "Sabtu, 10 Des 2022 13:19 WIB" in dumps._unspace(text, None).split("\n\n")
    # (a number after a date in a sentence cuts nothing: "am ... um 15:36 Uhr 3 Menschen")
    text = "Die Feuerwehr kam am 05. November 2024 um 15:36 Uhr 3 Menschen wurden verletzt. Sie kamen frei."
    assert dumps._unspace(text, None).split("\n\n")[0] == (
        "Die Feuerwehr kam am 05. November 2024 um 15:36 Uhr 3 Menschen wurden verletzt.")


def test_a_one_line_pages_space_before_a_comma_or_stop_is_dropped() -> None:
    # get_text(" ") spaces a link's node from the comma or stop after it
    text = "Von Anna Berg , John Roe und Ann Lee 09.09.2025, 14:55 Uhr Sie lobte den Entwurf . Er wartet ... ab."
    assert dumps._unspace(text, None).split("\n\n") == [
        "Von Anna Berg, John Roe und Ann Lee", "09.09.2025, 14:55 Uhr", "Sie lobte den Entwurf.",
        "Er wartet ... ab.\n"]


def test_a_writers_name_with_the_storys_age_is_a_byline_line() -> None:
    text = "Why the harbour closed at night Anna Berg 7 hours The harbour closed at ten. It opened again."
    assert dumps._unspace(text, None).split("\n\n")[:3] == [
        "Why the harbour closed at night", "Anna Berg 7 hours", "The harbour closed at ten."]
    # (not a count in a sentence: "for 7 hours" after a word in lower case names no one)
    text = "The ferry waited for 7 hours Then it left. It came back."
    assert "\n\n7 hours" not in dumps._unspace(text, None)


def test_a_one_line_pages_headline_printed_with_other_quotation_marks() -> None:
    # the <title> has a typewriter apostrophe, the page's heading a typographic one (and
    # typographic double marks for typewriter ones): the heading is still the headline's
    # printing, a line of its own, not the end of the line of counters before it
    title = "The baker's last loaf: a village says \"goodbye\""
    printed = "The baker’s last loaf: a village says “goodbye”"
    assert dumps._unspaced_title(f"{title} - Valley Post Home {printed} In Town", title) == \
        f"{title} - Valley Post Home {title} In Town"
    text = (f"{title} - Valley Post Skip to content Home News Town Sport Home > News 812 views 4 mins "
            f"2 comments {printed} In Town, News March 3, 2025 Ann Roe The bakery on the square "
            "closed on Saturday after ninety years. "
            + " ".join(f"Neighbour number {n} queued for bread before dawn." for n in range(1, 60)))
    parts = [p.strip() for p in dumps._unspace(text, document_title(text, SOUP_SPACED)).split("\n\n")]
    assert title in parts[1:]
    assert not any(p.endswith(printed) for p in parts)
    assert newsextract.extract(text).title == title


def test_a_one_line_pages_title_line_over_the_mastheads_date_ends_with_the_headline() -> None:
    # the <title>'s node runs on into the site's name, then the masthead's date line: the
    # first line is the headline alone (the page prints it again further on), the site's name
    # a line of its own, so that no "Headline - Site" reads as the headline over a date
    head = "Hafenfest lockt so viele Besucher an wie nie zuvor"
    text = (f"{head} - Küstenbote Dienstag, 12. März 2024 10:15 Uhr Politik Sport Kultur Wetter "
            f"Lokales Ratgeber Anmelden Abo Lokales {head} "
            "Mehr als zwanzigtausend Menschen kamen am Wochenende an den Hafen. "
            + " ".join(f"Stand Nummer {n} verkaufte bis zum Abend frischen Fisch." for n in range(1, 60)))
    assert document_title(text, SOUP_SPACED) == head
    parts = [p.strip() for p in dumps._unspace(text, head).split("\n\n")]
    assert parts[:3] == [head, "- Küstenbote", "Dienstag, 12. März 2024 10:15 Uhr"]
    assert newsextract.extract(text).title == head
    # (with no date line under it, the <title>'s line is left as it runs on)
    lines = [f"{head} - Küstenbote", "", "Politik Sport Kultur Wetter"]
    assert dumps._title_over_date(lines, head) == lines


def test_a_one_line_pages_sentence_listing_linked_names_is_no_menu() -> None:
    # the names a sentence lists, each a link (get_text(" ") spaces the commas after them),
    # then "and" the last name and the sentence's rest in lower case: a sentence, kept whole
    text = ("The prize for the new harbour wall went to the engineers Ruth Abel , Omar Lind , "
            "Greta Moss , Ivan Pike , Nora Quist and Felix Rowe for their design.")
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert parts == ["The prize for the new harbour wall went to the engineers Ruth Abel, Omar Lind, "
                     "Greta Moss, Ivan Pike, Nora Quist and Felix Rowe for their design."]
    text = ("Mayor Ada Brand , Deputy Mayor Leon Falk , Chief Planner Rosa Hild or Town Clerk Erik Voss "
            "will open the fair on Friday.")
    assert dumps._unspace(text, None).strip() == text.replace(" ,", ",")
    # (a menu's run that goes on with "and" and no name stays the menu's links)
    text = ("Politics Business Technology Science Health Sport Culture Travel Weather Video and more "
            "of our stories are free.")
    assert dumps._unspace(text, None).lstrip().startswith("• Politics\n• Business")


def test_a_one_line_pages_byline_keeps_its_label_of_several_words() -> None:
    # a byline's label of several words ending in "by" before the name and the story's age:
    # the label stays with the name, which is read as the author
    text = ("Ferry timetable to change in spring Posted by Tessa Quill 5 hours ago The harbour "
            "board agreed the new times on Monday. "
            + " ".join(f"Crossing number {n} will leave ten minutes earlier." for n in range(1, 40)))
    parts = [p.strip() for p in dumps._unspace(text, None).split("\n\n")]
    assert "Posted by Tessa Quill" in parts
    assert newsextract.extract(text).authors == ["Tessa Quill"]
    # (a lower-case "by" of a sentence is no label: the name stands alone)
    text = "The plan was backed by Tessa Quill 5 hours ago The board agreed."
    assert "Tessa Quill 5 hours ago" in dumps._unspace(text, None).split("\n\n")


def test_a_one_line_pages_prose_of_many_capitals_is_no_list_of_names() -> None:
    # a sentence's half the menu rule left, many names and figures in it, opens as a
    # sentence does (a capital, then a word in lower case closing a clause): no list's item
    line = ("Bu arada, Kaya-Demir-Yıldız ikilisinin ardından gelen isimler 12 golle Ankara Gücü "
            "Spor'dan Ali Tekin, 11'er golle de")
    assert dumps._name_runs(["", line], "")[1] == line
    # (German prose, its nouns capitalised, no three capitals in a row: no list's item)
    line = ("Die Stadtverwaltung möchte laut Auskunft aus Ratskreisen im Winter in jedem Bezirk "
            "Einsparungen bei Beleuchtung und Heizung vornehmen Hamburg")
    assert dumps._name_runs(["", line], "")[1] == line
    # (a menu's links that open with a capital and a word in lower case stay a list's)
    line = ("Mehr lesen über Energie Berlin zur Startseite Nachrichtenportale Politik Sport "
            "Kultur Wetter")
    assert dumps._name_runs(["", line], "")[1] == "• " + line


# get_text("\n", strip=True): one node a line and no blank lines, the shape of a browser's copy,
# but opening with the page's <title>
_STRIPPED_PAGE = """Harbour strike: Dock workers walk out over pay | News | Bay Courier
Skip to content
Home
News
Sport
Harbour strike
Dock workers walk out over pay
By Ann Lee
12 March 2025
Dock workers at the city's harbour walked out on Tuesday after talks over pay broke down, leaving dozens of ships waiting to unload.
The union said the strike would go on until the port authority made a better offer, and that its members would picket the gates every day.
The port authority said it was disappointed and asked the union to come back to the table before the ships began to leave for other ports.
© 2025 Bay Courier
"""


def test_a_stripped_soup_dump_opens_with_the_pages_title() -> None:
    assert dump_style(_STRIPPED_PAGE) == BROWSER_COPY
    # (a later line prints a part of it, the headline under its kicker: the first line is the
    # <title>)
    assert document_title(_STRIPPED_PAGE, BROWSER_COPY) == \
        "Harbour strike: Dock workers walk out over pay | News | Bay Courier"
    # (a browser's copy that opens with its menu: no later line prints the first one)
    copy = "Home News Sport Weather\nDock workers walk out over pay\nBy Ann Lee\n"
    assert document_title(copy, BROWSER_COPY) is None
    # (nor does a short line held in it count: "Home" is a menu's)
    assert document_title("Home News Sport Weather\nHome\nNews\n", BROWSER_COPY) is None


# a browser's copy of a page with no <title> line: menu, headline, byline, text, footer
_COPIED_PAGE = """Skip to content
Home
News
Sport
Dock workers walk out over pay at the harbour
By Ann Lee
12 March 2025
Dock workers at the city's harbour walked out on Tuesday after talks over pay broke down, leaving dozens of ships waiting to unload.
The union said the strike would go on until the port authority made a better offer, and that its members would picket the gates every day.
The port authority said it was disappointed and asked the union to come back to the table before the ships began to leave for other ports.
About us
© 2025 Bay Courier
"""


@pytest.mark.parametrize("first, again", [
    # a menu on one line, printed again over the footer
    ("Home News Sport Business Culture", "Home News Sport Business Culture"),
    # a cookie banner, and its copy in the footer's settings
    ("We use cookies to improve your experience on our site",
     "We use cookies to improve your experience on our site"),
    # the site's tagline, printed again in the footer
    ("Bay Courier - News for the whole bay", "Bay Courier - News for the whole bay"),
    # a ticker's line, and the story in a list of more news under the text
    ("Breaking: Ferry fares to rise again in spring", "Ferry fares to rise again in spring"),
])
def test_a_browser_copys_first_line_printed_again_under_the_text_is_no_title(first: str, again: str) -> None:
    """A browser's copy whose first line the page prints again only under the text (a footer,
    a list of more news): that line is the page's furniture, not its <title>, and the headline
    is the one the page prints over its byline."""
    page = first + "\n" + _COPIED_PAGE.replace("About us\n", again + "\nAbout us\n")
    assert dump_style(page) == BROWSER_COPY
    assert document_title(page, BROWSER_COPY) is None
    assert newsextract.extract(page).title == "Dock workers walk out over pay at the harbour"


def test_a_browser_copys_first_line_and_the_sites_logo() -> None:
    """The site's name a logo prints over the menu is no printing of the <title>'s headline,
    after a tagline ("Tagline | Site") or before it ("Site - Tagline", the tagline's words
    printed again with it in the footer); a short headline before the site's name, which
    stands alone in the footer, is."""
    for first, logo in (("News for the whole of the bay | The Bay Courier Daily", "The Bay Courier Daily"),
                        ("Bay Courier - News for the whole bay", "Bay Courier")):
        page = first + "\n" + logo + "\n" + _COPIED_PAGE.replace("About us\n", first + "\nAbout us\n")
        assert document_title(page, BROWSER_COPY) is None
    first = "Harbour strike - Bay Courier"
    page = first + "\n" + _COPIED_PAGE.replace("Dock workers walk out over pay at the harbour\n",
                                                "Harbour strike\n")
    assert document_title(page, BROWSER_COPY) == first
    assert newsextract.extract(page).title == "Harbour strike"
    # (a kicker before the headline's short form: the page prints the kicker over its own,
    # longer headline, which is the title)
    first = "Harbour strike - Workers Walk Out | Bay Courier"
    page = first + "\n" + _COPIED_PAGE.replace("Dock workers walk out over pay at the harbour\n",
                                                "Harbour strike\nWorkers Walk Out as ships wait at the gates\n")
    assert document_title(page, BROWSER_COPY) is None
    assert newsextract.extract(page).title == "Workers Walk Out as ships wait at the gates"


def test_a_titles_kicker_and_its_section_and_site_names() -> None:
    """The <title> words the headline with its kicker ("Harbour strike: ..."), which the page
    prints on a line of its own over the headline; the section's name before the site's stands
    alone in the menu, as the site's does in the footer: both are cut."""
    assert newsextract.extract(_STRIPPED_PAGE).title == "Harbour strike: Dock workers walk out over pay"
    # (a tail that stands nowhere else alone is not cut: the <title> keeps a part after a
    # separator, and the line the page prints is the headline then)
    page = _STRIPPED_PAGE.replace("\nNews\n", "\nLatest\n")
    assert newsextract.extract(page).title == "Dock workers walk out over pay"


def test_the_dumps_title_line_is_no_printing_of_the_headline_over_a_kicker() -> None:
    """What stands under a dump's first line, the <title> itself, is the page's menu, not a
    kicker and a headline: the headline stays the one the page prints under its kicker."""
    page = _STRIPPED_PAGE.replace("Skip to content\nHome\nNews\nSport\n",
                                  "Our newsroom\nShips waiting at the port authority gates\nNews\n")
    assert newsextract.extract(page).title == "Harbour strike: Dock workers walk out over pay"


def test_a_dumps_title_for_search_engines_gives_way_to_the_printed_headline() -> None:
    """A <title> the page prints nowhere ("100 years at ...") is a title for search engines:
    the headline the page prints, worded otherwise, is the one it shows its readers."""
    page = _SOUP_PAGE.replace("Flood waters rise in the river valley - Valley Herald",
                              "Flood waters rise in river valley after two days of rain - Valley Herald") \
        .replace(" Sport\n", " Sport\n\n\nAdvertisement\n") \
        .replace("river valley\n\n\n\nEmergency", "river valley\n\nBy Jane Porter\n\nEmergency")
    assert document_title(page, dump_style(page)).startswith("Flood waters rise in river valley")
    assert newsextract.extract(page).title == "Flood waters rise in the river valley"


def test_a_dumps_unprinted_title_stays_over_a_line_that_shares_little_of_it() -> None:
    """Where the line that would be chosen shares little of that <title> (a caption under the
    photo, a menu's line), the <title> is the headline still, though the text speaks of the
    caption's words more than of the <title>'s (a feature's title, "Seven things ...")."""
    page = _SOUP_PAGE.replace("Flood waters rise in the river valley - Valley Herald",
                              "Seven things nobody tells you before moving abroad - Valley Herald") \
        .replace(" Sport\n", " Sport\n\n\nAdvertisement\n") \
        .replace("\nFlood waters rise in the river valley\n",
                 "\nMaria Lopez on the day she left for Lisbon with two suitcases.\n\nBy Jane Porter\n")
    text = ("Maria Lopez packed two suitcases and left her job at the bank in March, and she has "
            "lived in Lisbon since then, in a small flat near the river.\n\n"
            "She says the first weeks were hard: the language, the paperwork at the town hall, and "
            "the long wait for a bank account took most of her savings.\n\n"
            "Her sister, who stayed at home, visits twice a year, and Maria says she does not plan "
            "to go back before her contract at the school ends next summer.\n\n")
    page = page[:page.index("Emergency crews")] + text + page[page.index("© 2024"):]
    assert newsextract.extract(page).title == "Seven things nobody tells you before moving abroad"


def test_a_menus_first_line_is_not_taken_for_the_unprinted_title() -> None:
    """A dump whose first line is read as its <title> ("• Home") while its first block is the
    menu folded ("Home • News"): the menu is no printing of that title, and gets none of its
    weight back when the headline shares nothing with the title."""
    page = ("  • Home\n  • News\n\nThe harbour strike shows what the port got wrong\n\nBy Ann Lee\n"
            "12 March 2025\n\n"
            "The harbour strike went on for a third day on Tuesday after talks over pay broke down, "
            "and the port said it had lost millions while ships waited to unload.\n\n"
            "The union said the strike would go on until the port made a better offer, and that its "
            "members would picket the gates every day.\n")
    assert newsextract.extract(page).title == "The harbour strike shows what the port got wrong"


_GERMAN_TEXT = ("Von Anna Lehmann\n12.03.2025\n\n"
                "Die Stadt kann ihre Brücken nicht mehr reparieren, weil das Geld für die Arbeiten "
                "fehlt, sagte der Bürgermeister am Dienstag vor dem Stadtrat.\n\n"
                "Drei Brücken über den Fluss sind seit dem Winter gesperrt, und die Stadt sucht nun "
                "Hilfe beim Land, um wenigstens die größte wieder zu öffnen.\n")
_ENGLISH_TEXT = ("By Ann Lee\n12 March 2025\n\n"
                 "The harbour strike went on for a third day on Tuesday after talks over pay broke "
                 "down, and the port said it had lost millions while ships waited to unload.\n\n"
                 "The union said the strike would go on until the port made a better offer, and "
                 "that its members would picket the gates every day.\n")
_INDONESIAN_TEXT = ("Jakarta - Badan Pusat Statistik mencatat jumlah penduduk miskin turun pada Maret "
                    "2025, kata Kepala BPS di Jakarta, Selasa (15/4/2025).\n\n"
                    "Menurut data tersebut, penurunan terbesar terjadi di daerah perdesaan, sementara "
                    "di perkotaan jumlahnya relatif tetap dibandingkan tahun lalu.\n")


_TEXTS = {"de": _GERMAN_TEXT, "en": _ENGLISH_TEXT, "id": _INDONESIAN_TEXT}


@pytest.mark.parametrize("line, lang", [
    # Title Case headlines whose first word is a genre's name, or another language's
    # ("Tribune", French), with nothing on the page to tell a label glued on: kept whole
    ("Opinion Polls Show Labour Ahead In Key Marginal Seats", "en"),
    ("Analysis Shows Harbour Strike Cost The Port Millions", "en"),
    ("Tribune Media shares jump after Sinclair makes a bid", "en"),
    ("Opini Publik Terbelah Soal Kenaikan Harga BBM Tahun Ini", "id"),
    ("Analisis Data BPS Tunjukkan Angka Kemiskinan Turun", "id"),
    ("Kommentar Von Scholz Sorgt Im Bundestag Für Empörung", "de"),
    # (nor is a label glued on cut where the page prints nothing more of it)
    ("Meinung Warum die Stadt ihre Brücken nicht mehr reparieren kann", "de"),
    # with a colon, the label is the headline's own kicker; in small letters after it, a word
    # of the sentence ("Analysis shows ...")
    ("Analyse: Warum die Stadt ihre Brücken nicht mehr reparieren kann", "de"),
    ("Analysis shows the harbour strike cost the port millions", "en"),
])
def test_a_headline_opening_with_a_genres_name_is_kept_whole(line: str, lang: str) -> None:
    page = "  • Home\n  • News\n\n" + line + "\n\n" + _TEXTS[lang]
    assert newsextract.extract(page).title == line


@pytest.mark.parametrize("trail", [
    # the trail's last item prints the headline without the label
    "  • Home\n  • Politik\n  • Warum die Stadt ihre Brücken nicht mehr reparieren kann\n",
    # or the trail's last item is the label itself, alone
    "Home » Politik » Meinung\n",
])
def test_a_genres_label_glued_before_a_dumps_headline_is_cut_where_the_page_parts_them(trail: str) -> None:
    """A terminal browser prints a kicker's node and the headline's on one line ("Meinung
    Warum ..."): the label is cut where the page prints the rest without it, or the label
    alone near the headline."""
    page = trail + "\nMeinung Warum die Stadt ihre Brücken nicht mehr reparieren kann\n\n" + _GERMAN_TEXT
    assert newsextract.extract(page).title == "Warum die Stadt ihre Brücken nicht mehr reparieren kann"


def test_a_menus_genre_item_is_no_label_glued_on() -> None:
    """A site's menu names its genres ("Opinion"): where its last item stands over a Title Case
    headline that opens with the same word, the headline is kept whole."""
    line = "Opinion Polls Show Labour Ahead In Key Marginal Seats"
    page = "  • Home\n  • News\n  • Opinion\n\n" + line + "\n\n" + _ENGLISH_TEXT
    assert newsextract.extract(page).title == line


def test_a_wrapped_line_whose_link_ends_on_it_measures_the_link_s_target() -> None:
    # html2text broke the link's text over two lines ("[Real\nMadrid](/thema/real-madrid)"); the
    # second line, its target taken out, is shorter than the width it was wrapped at, but
    # the paragraph goes on below it all the same
    md = ("Nach der Massenschlägerei beim Euroleague-Spiel zwischen [Real\n"
          "Madrid](/thema/real-madrid) und Partizan Belgrad hat ein Disziplinarrichter\n"
          "der kontinentalen Basketball-Liga strenge Sanktionen festgesetzt.\n")
    text, _ = from_markdown(md)
    assert text == ("Nach der Massenschlägerei beim Euroleague-Spiel zwischen Real Madrid und Partizan "
                    "Belgrad hat ein Disziplinarrichter der kontinentalen Basketball-Liga strenge "
                    "Sanktionen festgesetzt.\n")
    # (a short line with no link in it still closes its paragraph: a caption over the text)
    text, _ = from_markdown("Der Trainer an der Seitenlinie\nNach dem Spiel sprach er lange mit den Fans.\n")
    assert text.split("\n")[0] == "Der Trainer an der Seitenlinie"


def test_a_word_a_wrapping_converter_broke_after_its_hyphen_is_one_word() -> None:
    # html2text breaks "five-year" after the hyphen; the paragraph's lines join with no space
    md = ("It has three members, including the current chair Richard Hughes, whose five-\n"
          "year term began in October 2020.\n")
    assert from_markdown(md)[0] == ("It has three members, including the current chair Richard Hughes, "
                                    "whose five-year term began in October 2020.\n")
    # an elided compound's hyphen has a word of its own after it: a stopword ("und", "and")
    md = ("Die Zahl der Herkunftsländer ist weiter gestiegen, so das Ministerium, die Herkunfts-\n"
          "und Zielländer wollen nun gemeinsam nach Lösungen suchen.\n")
    assert "die Herkunfts- und Zielländer" in from_markdown(md)[0]
    # a conjunction of the language's, not any stopword: "bzw.", "sowie", "versus" keep the
    # space; "in" and "ce" below a hyphen go on the word ("drive-in", "est-ce que")
    pad = "Die Zahl der Herkunftsländer ist weiter gestiegen, so das Ministerium, die "
    for head, below, joined in [("Ein-", "bzw. Ausreise wird nun streng kontrolliert.", "die Ein- bzw. Ausreise"),
                                ("Vor-", "sowie Nachteile wurden lange diskutiert.", "die Vor- sowie Nachteile"),
                                ("first-", "versus second-round results were compared.", "die first- versus second"),
                                ("drive-", "in cinema reopened on Monday in the town.", "die drive-in cinema"),
                                ("est-", "ce que la ville va reconstruire le pont.", "die est-ce que")]:
        assert joined in from_markdown(pad + head + "\n" + below + "\n")[0], head


def test_a_link_alone_on_a_wrapped_paragraphs_line_is_a_word_of_the_paragraph() -> None:
    # html2text put a link with a long target on a line of its own, the paragraph going on
    # below it in lower case: the link's text is the paragraph's word, not a menu's item
    md = ("Ursprünglich stammt Ambrosia, auch als Traubenkraut bekannt, aus Nordamerika.\n"
          "Dennoch breiten sich einige Arten dieser\n"
          "[Pflanze](https://www.example.de/mein-garten/pflanzen-sti1515528/ \"Pflanzen\")\n"
          "invasiv in deutschen Gärten aus und verdrängen dort heimische Arten.\n")
    text, _ = from_markdown(md)
    assert "Dennoch breiten sich einige Arten dieser Pflanze invasiv in deutschen Gärten aus" in text
    # a link alone between two paragraphs stays an item
    text, _ = from_markdown("Ein Absatz endet hier.\n\n[Mehr zum Thema](/thema)\n\nDer nächste Absatz.\n")
    assert "• Mehr zum Thema" in text


def test_a_link_whose_target_the_converter_broke_at_a_hyphen_is_measured_by_its_last_line() -> None:
    # html2text breaks a long target at an address's hyphen: the line the link ends on is as
    # wide as its layout, and the paragraph goes on below it
    md = ("Walt Disney Co. executive Kevin Mayer said overwhelming demand and a computer-\n"
          "coding glitch led to [widespread\n"
          "problems](https://www.latimes.com/entertainment-\n"
          "arts/business/story/2019-11-12/disney-faces-glitches-on-launch-day) last week\n"
          "when the Burbank entertainment giant launched Disney+.\n")
    assert from_markdown(md)[0] == ("Walt Disney Co. executive Kevin Mayer said overwhelming demand and a "
                                    "computer-coding glitch led to widespread problems last week when the "
                                    "Burbank entertainment giant launched Disney+.\n")


def test_an_images_alt_text_broken_after_a_hyphen_reads_as_its_caption_does() -> None:
    # the alt text and the caption under the picture, both wrapped after "Ampel-": the same words
    md = ("![Diese Pyramide zeigt den angedachten Ablauf der einzelnen Phasen zum Ampel-\n"
          "Aus.](/img/1.jpg)\n\nDiese Pyramide zeigt den angedachten Ablauf der einzelnen Phasen zum Ampel-\n"
          "Aus. Bild: Screenshot\n")
    text = from_markdown(md)[0]
    assert "zum Ampel-Aus." in text and "Ampel- Aus" not in text
