"""Session 31 (dst31): the head of a text dump read the same whatever the style printed it.

Markdown wrapped at a width (html2text at 78 columns, pandoc at 72) breaks a paragraph's line
inside a link: the link's text over two lines, or its target broken after an address's hyphen.
The paragraph's lines are one paragraph, as a terminal dump of the same page prints them, and
its first line is never cut off as a line of its own. Each case is invented in the shape such
converters print; the near misses are lines that stand alone on a page and must stay alone.
"""

from newsextract.segment.dumps import from_markdown
from newsextract.segment.text import segment_text


def _paragraphs(md: str) -> list:
    """The blocks from_markdown prints, blank lines apart."""
    text, _ = from_markdown(md)
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_link_text_broken_on_a_paragraphs_first_line_keeps_the_paragraph_whole() -> None:
    # the link's text broken over two lines, its long target on the second line: the converter
    # broke after the target because the next word did not fit
    md = ("Share\n\n"
          "Two hundred homes were lost, say the [figures released\n"
          "today](https://example.org/reports/2025/flood-damage-assessment-final.pdf)\n"
          "by the regional council, which met in an emergency session.\n")
    assert _paragraphs(md)[1] == (
        "Two hundred homes were lost, say the figures released today by the "
        "regional council, which met in an emergency session.")


def test_target_broken_after_its_hyphen_keeps_the_sentence_whole() -> None:
    md = ("Die [Radsport-WM](https://www.example.de/radsport/) erlebt am Mittwoch einen\n"
          "Paukenschlag. [Der Hersteller](https://www.example-\n"
          "magazin.de/themen/hersteller-alle-news-zu-den-dominatoren-251.html),\n"
          "nach Siegen der erfolgreichste des Sports, zieht sein Team zurück.\n")
    assert _paragraphs(md) == [
        "Die Radsport-WM erlebt am Mittwoch einen Paukenschlag. Der Hersteller, nach Siegen "
        "der erfolgreichste des Sports, zieht sein Team zurück."]


def test_line_broken_before_a_long_capitalised_word_goes_on() -> None:
    # 59 columns, then a word of 21 letters that would not fit in 78: a wrapped line, though the
    # word below opens in a capital (a German noun)
    md = ("Vor Kurzem fand im prunkvollen „Walthersaal“ in Klausen die\n"
          "Mitgliederversammlung der Gesellschaft für Allgemeinmedizin statt, die\n"
          "gleichzeitig das Bestehen des Vereins feierte.\n")
    assert len(_paragraphs(md)) == 1
    assert _paragraphs(md)[0].startswith("Vor Kurzem fand im prunkvollen „Walthersaal“ in Klausen die "
                                         "Mitgliederversammlung der")


def test_link_text_broken_before_a_capital_inside_a_paragraph_goes_on() -> None:
    md = ("One of the country's best-known mountain resorts has emerged from its most\n"
          "ambitious overhaul in decades. [Fairmont Alpine Park\n"
          "Lodge](https://www.alpine-park-lodge.example.com/) officially reopened this week\n"
          "following a property-wide transformation.\n")
    assert _paragraphs(md) == [
        "One of the country's best-known mountain resorts has emerged from its most ambitious "
        "overhaul in decades. Fairmont Alpine Park Lodge officially reopened this week following "
        "a property-wide transformation."]


def test_near_miss_a_short_kicker_over_a_capitalised_line_stays_apart() -> None:
    # a kicker or label is short: the headline's first word would have fitted beside it
    md = "War in Europe\nLeaders meet in Brussels to agree on the next steps\n"
    text, _ = from_markdown(md)
    assert "Europe Leaders" not in text


def test_near_miss_a_line_that_ends_its_sentence_stays_apart() -> None:
    # a caption that ends on its stop, a credit under it: the converter's break was no wrap
    md = ("Firefighters at the scene on Tuesday evening after the blaze was contained.\n"
          "Photo: Jane Example/Agency\n")
    text, _ = from_markdown(md)
    assert "contained. Photo" not in text


def test_near_miss_a_line_that_ends_on_a_colon_stays_apart() -> None:
    md = ("The ministry listed the roads that will stay closed until the end of the week:\n"
          "Northern Ring Road, the harbour bridge and the old town's main square.\n")
    text, _ = from_markdown(md)
    assert "week: Northern" not in text


def test_near_miss_a_byline_of_broken_links_stays_a_line_of_its_own() -> None:
    md = ("# Titel der Meldung\n\n"
          "Von [Max Muster](/autoren/max-muster/) und [Erika\n"
          "Mustermann](/autoren/erika-mustermann/) 06.11.2025\n\n"
          "Berlin. Der erste Absatz der Meldung beginnt hier und geht weiter.\n")
    paras = _paragraphs(md)
    assert "Von Max Muster und Erika Mustermann 06.11.2025" in paras
    assert paras[-1] == "Berlin. Der erste Absatz der Meldung beginnt hier und geht weiter."


# lynx -dump numbers its links ("[31]niederländisches") and wraps its lines with the numbers
# in them: the line above such a word was full, though it is short once the number goes
_LYNX_HEAD = """   [1]Startseite [2]Politik [3]Wirtschaft [4]Sport [5]Kultur

                   Gericht stoppt übereifrigen Samenspender

"""
_LYNX_PARAGRAPHS = """   Nach der Zeugung von mindestens 550 Kindern hat nun ein
   [31]niederländisches Gericht einen übereifrigen Samenspender gestoppt. Das
   Gericht untersagte dem Mann am Freitag jede weitere Samenspende. Bei einem
   Verstoß muss er 100.000 Euro Strafe zahlen. Eine Frau, die [32]eine
   Stiftung für Spenderkinder leitet, hatte geklagt und sprach von einem
   wichtigen Urteil für alle Familien.

   Der Mann hatte nach Angaben des Gerichts seit 2007 in mehreren Ländern
   gespendet und dabei falsche Angaben über die Zahl seiner Kinder gemacht,
   berichtete die [33]Nachrichtenagentur.
"""


def test_lynx_line_full_with_its_link_number_goes_on() -> None:
    texts = [b.text for b in segment_text(_LYNX_HEAD + _LYNX_PARAGRAPHS)]
    assert any(t.startswith("Nach der Zeugung von mindestens 550 Kindern hat nun ein niederländisches "
                            "Gericht einen übereifrigen Samenspender gestoppt.") for t in texts)
    assert "Nach der Zeugung von mindestens 550 Kindern hat nun ein" not in texts


def test_near_miss_lynx_short_line_over_a_numbered_word_stays_apart() -> None:
    # a byline is short: its next line's first word, number and all, would have fitted beside it
    dump = _LYNX_HEAD + "   Von [6]Max Muster\n   [7]Berlin, 12. Mai 2025\n\n" + _LYNX_PARAGRAPHS
    texts = [b.text for b in segment_text(dump)]
    assert "Von Max Muster" in texts


def test_near_miss_dump_without_link_numbers_measured_as_before() -> None:
    # a bracketed figure is no link number where the dump numbers fewer than five links
    dump = "Die Studie [1] nennt neue Zahlen.\n\nEin zweiter Absatz folgt hier.\n"
    texts = [b.text for b in segment_text(dump)]
    assert texts == ["Die Studie [1] nennt neue Zahlen.", "Ein zweiter Absatz folgt hier."]


def test_near_miss_a_menus_wrapped_links_stay_a_menu() -> None:
    # a footer's links wrapped by the converter: no sentence runs on, its links stay apart
    md = ("[ePaper](http://epaper.example.co.id/) \\-\n"
          "[Blog](http://blog.example.co.id/) \\- [Forum](http://forum.example.co.id/)\n"
          "\\- [Fokus](http://www.example.co.id/kanal/kolom/fokus) \\-\n"
          "[Jurnalhaji](http://www.jurnalhaji.example.com/) \\- [Rolshop](http://www.rolshop.example.co/)\n")
    text, _ = from_markdown(md)
    assert "Forum - Fokus" not in text


def test_near_miss_lynx_list_of_numbered_links_stays_a_list() -> None:
    # a related list, one link a line: each line its own, though its number and the next
    # line's would have filled the width
    dump = _LYNX_PARAGRAPHS + """
JANGAN LEWATKAN!!!

   [81]Armand Maulana & Rambut Gondrong Ikoniknya Dari Tahun ke Tahun
   [82]Selena Gomez Saat Masih Berusia 7 Tahun, Bikin Gemas Maksimal!
   [83]Dulu & Kini Maia Estianty Tak Ada Beda, Cantiknya Awet Sekali
"""
    texts = [b.text for b in segment_text(dump)]
    assert not any("Tahun ke Tahun Selena" in t for t in texts)


def test_near_miss_embedded_posts_signature_stays_under_the_post() -> None:
    dump = _LYNX_PARAGRAPHS + """
     A standing ovation for the 12-year-old [64]@_JoeyAlexander! [65]#GRAMMYs
     — The GRAMMYs (@TheGRAMMYs) [66]February 16, 2016
"""
    texts = [b.text for b in segment_text(dump)]
    assert not any("#GRAMMYs — The GRAMMYs" in t for t in texts)


# pandoc's Markdown of a page that writes its logo into the page, an inline SVG of many kB
# ahead of the article: the dump is told by its own lines after the picture
_LOGO = "![](data:image/svg+xml;base64," + "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmci" * 600 + "){.logo}"
_PANDOC_PAGE = ("[Zum Inhalt springen](#main)\n\n" + _LOGO + "\n\n"
                "-   [Politik](/politik/)\n-   [Sport](/sport/)\n-   [Kultur](/kultur/)\n\n"
                "# Gericht stoppt übereifrigen Samenspender\n\n"
                "Nach der Zeugung von mindestens 550 Kindern hat ein [niederländisches\n"
                "Gericht](/thema/gericht/) einen Samenspender gestoppt. Das Gericht\n"
                "untersagte dem Mann am Freitag jede weitere Spende.\n\n"
                "Eine Frau, die [eine Stiftung](/stiftung/) leitet, hatte geklagt.\n")


def test_markdown_after_an_inline_picture_is_read_as_markdown() -> None:
    from newsextract.segment.dumps import MARKDOWN, dump_style
    assert len(_LOGO) > 20_000
    assert dump_style(_PANDOC_PAGE) == MARKDOWN
    texts = [b.text for b in segment_text(_PANDOC_PAGE)]
    assert "Eine Frau, die eine Stiftung leitet, hatte geklagt." in texts
    assert not any("](" in t for t in texts)


def test_near_miss_a_short_data_address_in_a_terminal_dump_changes_nothing() -> None:
    from newsextract.segment.dumps import dump_style
    text = ("   The page embeds a tiny picture as data:image/png;base64,iVBORw0KGgo= in its\n"
            "   source, a trick web developers use to save a request.\n\n"
            "     • Home\n     • News\n     • Sport\n     • Contact\n")
    assert dump_style(text) == dump_style(text.replace("base64,", "base64 "))


def test_near_miss_lynx_headline_over_a_row_of_numbered_buttons_stays_apart() -> None:
    # the headline ends on a capitalised word, no sentence cut inside: the row of buttons under
    # it is no word of the headline's
    dump = _LYNX_HEAD + """   Wednesday, 04 November, 2015 | 07:28 WIB
   Indonesia can Learn from Finland`s Peatland Fire Case, Says Jokowi
   [55]Zoom Out [56]Zoom In [57]Normal

""" + _LYNX_PARAGRAPHS
    texts = [b.text for b in segment_text(dump)]
    assert "Indonesia can Learn from Finland`s Peatland Fire Case, Says Jokowi" in texts
