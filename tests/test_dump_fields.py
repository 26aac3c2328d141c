"""Title and authors in text dumps of pages in many languages (issue 11): the headline and the
byline among a dump's furniture, read without the page's markup."""

from __future__ import annotations

from typing import List

import pytest

from newsextract.blocks import Block
from newsextract.fields.title import _button_row, choose_title, find_title
from newsextract.profiles import get_profile, merged

HEADLINE = "Die Stadt hielt ihre Straßen trocken, als der Fluss stieg"


def _blocks(texts: List[str]) -> List[Block]:
    return [Block(t, index=i) for i, t in enumerate(texts)]


def test_a_row_of_share_buttons_is_no_headline() -> None:
    # one word in every button's label ("share on ..."), or lynx's "(BUTTON)" mark
    assert _button_row("이메일에 공유하기 카카오톡에 공유하기 페이스북에 공유하기 트위터에 공유하기 링크 복사하기")
    assert _button_row("Facebookで共有する (BUTTON) この記事を共有する")
    assert _button_row("Share on Facebook Share on X Share on WhatsApp")
    # (a headline says its function words three times among many others)
    assert not _button_row("Albares defiende el embargo de armas a Israel en la reunión de "
                           "ministros árabes y europeos de Madrid")
    assert not _button_row("What an American Crime Film Can Teach About Doing What's Right, "
                           "Not What's Easy")
    texts = ["Teilen", "Share on Facebook Share on X Share on WhatsApp", HEADLINE,
             "5. März 2024", "Die Nacht war lang, und der Plan, den die Stadt gemacht hatte, ging auf."]
    found = find_title(_blocks(texts), 4, get_profile("de"), dump=True)
    assert found == (HEADLINE, 2)


def test_a_dumps_headline_far_above_its_text_is_found() -> None:
    # a page that prints its header again, then a long run of furniture (a summary box, a
    # menu of one-word items) before the text: the headline's second printing, over its
    # date, stands over 45 blocks above the text
    furniture = [f"Menüpunkt {i}" for i in range(60)]
    texts = ["Politik", HEADLINE, "5. März 2024", *furniture,
             "Die Nacht war lang, und der Plan, den die Stadt gemacht hatte, ging auf."]
    found = find_title(_blocks(texts), len(texts) - 1, get_profile("de"), dump=True)
    assert found == (HEADLINE, 1)
    # (beyond the dump's reach, no line is taken)
    texts = ["Politik", HEADLINE, "5. März 2024", *furniture, *furniture,
             "Die Nacht war lang, und der Plan, den die Stadt gemacht hatte, ging auf."]
    found = find_title(_blocks(texts), len(texts) - 1, merged(), dump=True)
    assert found is None or found[0] != HEADLINE


def test_the_outlet_a_writer_writes_for_is_no_part_of_the_name() -> None:
    from newsextract.fields.byline import parse_credit

    assert parse_credit("By Dolores Chang For Dailymail.Com", merged())[0] == ["Dolores Chang"]
    # (get_text() cuts the line at the domain's dot)
    assert parse_credit("By Dolores Chang For Dailymail.", merged())[0] == ["Dolores Chang"]
    assert parse_credit("Von Max Muster für Zeit Online", merged())[0] == ["Max Muster"]
    # (an institution's own "für" names no outlet: the line stays unread as a name)
    assert parse_credit("Von der Bayerischen Landesanstalt für Wald und Forstwirtschaft", merged())[0] == []
    # (two words of the name are always kept: "For" as a name's second word is the name's)
    assert parse_credit("By Jane For Doe", merged())[0] == ["Jane For Doe"]


PARAS = [
    "The flood came in a night, and the plan the town had made years before worked as it was "
    "meant to, street by street.",
    "Volunteers filled sandbags at the fire station from dusk, and the pumps the council had "
    "bought last spring ran until the morning.",
    "By noon the water had fallen back below the bank, and the shops on the high street opened "
    "their doors again to dry out.",
]


def test_a_name_before_the_time_the_text_takes_to_read_is_the_byline() -> None:
    import newsextract
    from newsextract.fields.byline import before_date

    assert before_date("Ntombizethu Ngcobo 2 minutes read") == "Ntombizethu Ngcobo"
    assert before_date("Jakob Hartung Lesedauer: 4 Min.") == "Jakob Hartung"
    # (a reading time that opens the line leaves no name)
    assert before_date("6 minute read") == ""
    text = ("How one town kept its streets dry when the river rose\n\nMarch 5, 2024\n\n"
            "Jane Porter 2 minutes read\n\n" + "\n\n".join(PARAS) + "\n")
    assert newsextract.extract(text).authors == ["Jane Porter"]


def test_a_caption_with_its_credit_or_a_cut_sentence_is_no_headline() -> None:
    from newsextract.fields.title import _credited_caption

    en = get_profile("en")
    assert _credited_caption("Emma Roma Jayne after she had bariatric surgery and lost 130lb. "
                             "Emma Roma Jayne", en)
    # (a headline's second sentence says something)
    assert not _credited_caption("The world needs more spaceports. Oman wants to help", en)
    # (or a picture's source after the stop)
    assert _credited_caption("Finance minister Enoch Godongwana with Sars commissioner Edward "
                             "Kieswetter. File image", en)
    # (an abbreviation's dot is no stop: "L.A.", "Rep.")
    assert not _credited_caption("New SUVs and electric vehicles highlight L.A. Auto Show", en)
    assert not _credited_caption("New York man pleads guilty to threatening to kill Rep. Ilhan Omar", en)
    head = "How one town kept its streets dry when the river rose"
    caption = "Volunteers fill sandbags at the fire station on Tuesday night. Jane Porter"
    texts = [head, "Share", caption, "March 5, 2024", *PARAS]
    assert find_title(_blocks(texts), 4, en, dump=True) == (head, 0)
    # a browser's message cut in two lines: "..., or" over a line in small letters
    texts = [head, "Share", "Try refreshing your browser, or", "tap here to see other videos.",
             "March 5, 2024", *PARAS]
    assert find_title(_blocks(texts), 5, en, dump=True) == (head, 0)


def test_a_bare_label_after_a_labels_colon_is_no_part_of_the_name() -> None:
    from newsextract.fields.byline import parse_credit

    # a dump joins the byline box's label and the byline's line
    assert parse_credit("Author of the article: By Denise Paglinawan", merged())[0] == ["Denise Paglinawan"]
    assert parse_credit("Autor: Von Max Muster", merged())[0] == ["Max Muster"]


def test_a_byline_the_run_took_in_outranks_a_teasers_byline_after_the_text() -> None:
    import newsextract

    # the run opens at a long caption over the byline and its date line; a teaser after the
    # text prints its own writer's byline
    caption = ("A large construction site in an arid landscape, with a tall metallic structure "
               "like a crane, and blue lift machines and a yellow truck around a concrete block "
               "on the sandy ground, under a hazy sky.")
    text = ("Features\n\nHow one town kept its streets dry when the river rose\n\n"
            "Can a small town plan for a flood it has never seen?\n\n" + caption + "\n\n"
            "By Jane Porter\n21 October 2025 • Riverton\n\n" + "\n\n".join(PARAS) + "\n\n"
            "Weather\n\nWhy the bridge was closed for a week\n\n"
            "The council says the repairs took longer than it had planned for.\n\nBy Tom Reed\n\n"
            "  • About us\n  • Contact\n")
    assert newsextract.extract(text).authors == ["Jane Porter"]


def test_a_name_a_slash_and_a_title_word_is_a_photos_subject_not_a_byline() -> None:
    from newsextract.fields.byline import brand_byline

    de, idn = get_profile("de"), get_profile("id")
    # a picture's alt text names the man in it and his office
    assert brand_byline("Hendrik Streeck / Drogenbeauftragter", de) is None
    # an outlet's tag is printed as no common word is, or names an agency
    assert brand_byline("Fino Yurio Kristo - detikinet", idn) == "Fino Yurio Kristo"
    assert brand_byline("Rina Marlina - detikNews", idn) == "Rina Marlina"
    assert brand_byline("Rina Marlina / Kompas.com", idn) == "Rina Marlina"
    # (after a dash, a word of a capital and small letters is the outlet's name)
    assert brand_byline("Rasyid Ridho - Okezone", idn) == "Rasyid Ridho"


def test_names_in_a_script_without_case_before_the_writers_role_are_the_byline() -> None:
    from newsextract.fields.authors import find_credits
    from newsextract.fields.byline import role_byline

    assert role_byline("배윤경 기자", merged()) == "배윤경"
    # (a cased headline that ends with a role word names no writer)
    assert role_byline("Trump Attacks Reporter", merged()) is None
    # four writers in a box, each with an e-mail under the name: not teasers' bylines
    texts = ["‘흙수저’ 소년공이 쏘아올린 정치 신화", "TOP", "배윤경 기자", "bykj@example.com",
             "이상현 기자", "lee@example.com", "한수진 기자", "han@example.com", "입력 :",
             "2025-06-04 02:37:08",
             "가난과 장애를 딛고 일어선 소년공이 변호사 출신 정치인을 거쳐 대통령 당선을 확정했다."]
    blocks = _blocks(texts)
    credits = find_credits(blocks, 0, 10, 11, merged(), False, 9, dump=True)
    assert credits.authors == ["배윤경", "이상현", "한수진"]


def test_a_kicker_and_headline_under_the_titles_copy_give_the_headline() -> None:
    import newsextract
    from newsextract.segment.dumps import SOUP_LINES, dump_style

    # get_text("\n"): the <title>, the trail's items one a line, its last the <title>'s
    # headline, then the page's own heading, a kicker over a headline worded otherwise
    lines = ["", "", "Blackout in the city: how safe is our power grid? - Valley Times", "", "",
             "   Valley Times", "", "   Home", "   News", "", "Home", "", "Politics", "",
             "Blackout in the city: how safe is our power grid?", "",
             "Power cut", "", "Lights out, trains stopped: how safe is the country's grid?", "",
             "By Jane Porter", "", "March 5, 2024", ""] + [line for par in PARAS for line in (par, "")] + \
        ["Valley Times", "", "© 2024 Valley Times. All rights reserved."]
    text = "\n".join(lines) + "\n"
    assert dump_style(text) == SOUP_LINES
    want = "Lights out, trains stopped: how safe is the country's grid?"
    assert newsextract.extract(text).title == want
    # (a kicker and a headline that are the <title>'s own two parts leave the <title>'s)
    both = text.replace("Power cut", "Blackout in the city").replace(want, "how safe is our power grid?")
    assert newsextract.extract(both).title == "Blackout in the city: how safe is our power grid?"


def test_an_author_boxs_name_over_its_role_alone_is_the_byline() -> None:
    import newsextract
    from newsextract.fields.byline import clean_name

    head = "How one town kept its streets dry when the river rose\n\nMarch 5, 2024\n\n"
    # the box's lines one a line, a template's key after the role (no name: a key)
    text = head + "Jane Porter\nJournalist\nlead-art-block.fullscreen-enter\n\n" + "\n\n".join(PARAS) + "\n"
    assert newsextract.extract(text).authors == ["Jane Porter"]
    assert clean_name("lead-art-block.fullscreen-enter", merged()) is None
    # folded by the dump into one block, as a menu's items
    text = head + "  • Jane Porter\n  • Journalist\n  • Expand\n\n" + "\n\n".join(PARAS) + "\n"
    assert newsextract.extract(text).authors == ["Jane Porter"]


def test_a_portraits_alt_text_before_the_labelled_byline_is_not_the_names() -> None:
    from newsextract.fields.byline import brand_byline, clean_name

    # Markdown prints the portrait's alt text, then the byline: "Von Name, Redakteur DATE"
    assert clean_name("Christian Unger Von Christian Unger", merged()) == "Christian Unger"
    assert brand_byline("Christian Unger Von Christian Unger, Redakteur 09.09.2025, 09:58 Uhr",
                        get_profile("de")) == "Christian Unger"
    # (two names with a label word between are not one printed twice)
    assert clean_name("Christian Unger Von Anna Berg", merged()) != "Christian Unger"


def test_a_menus_later_items_and_a_captions_subject_name_no_author() -> None:
    import newsextract

    head = "How one town kept its streets dry when the river rose\n\n"
    # a menu folded into one block whose later item reads as a Dutch byline ("door X")
    menu = "  • Business\n  • Tech\n  • Finance\n  • Markets\n  • Coupons\n  • Door Dash\n" \
           "  • Walmart\n  • Dell\n  • Staples\n  • Culture\n\n"
    text = menu + head + "By Jane Porter\n\nMarch 5, 2024\n\n" + "\n\n".join(PARAS) + "\n"
    assert newsextract.extract(text).authors == ["Jane Porter"]
    # (a byline box folded with its share buttons opens with the byline)
    box = "  • By Tom Reed\n  • Facebook\n  • Twitter\n  • Flipboard\n  • Comments\n  • Print\n" \
          "  • Email\n  • Share\n  • close\n\n"
    text = head + box + "March 5, 2024\n\n" + "\n\n".join(PARAS) + "\n"
    assert newsextract.extract(text).authors == ["Tom Reed"]
    # the person a caption names, under it as the photo's credit, over the date's line
    from newsextract.fields.authors import find_credits

    texts = [head.strip(), "Tom Reed after the water had gone down on Tuesday.", "Tom Reed",
             "March 5, 2024", *PARAS]
    assert find_credits(_blocks(texts), 0, 4, 7, merged(), False, 3).authors == []
    texts[1] = "The water had gone down by Tuesday."
    assert find_credits(_blocks(texts), 0, 4, 7, merged(), False, 3).authors == ["Tom Reed"]


def test_a_name_in_a_byline_box_folded_with_its_share_buttons_is_read() -> None:
    from newsextract.fields.authors import _name_in_box

    box = Block("November 6, 2025 · Jane Porter · 2 minutes read · Facebook · X · LinkedIn · "
                "Tumblr · Pinterest · WhatsApp · Telegram · Share via Email · Print", index=3)
    box.items = 12
    assert _name_in_box(box) == (3, ["Jane Porter"])
    # (a menu's items past the box's first lines are not read: "... · Jane Porter" far along)
    menu = Block("Home · News · Sport · Weather · Culture · Travel · November 6, 2025 · Jane Porter",
                 index=3)
    menu.items = 8
    assert _name_in_box(menu) is None


def test_a_kicker_and_headline_under_the_dumps_first_line_printed_again() -> None:
    import newsextract
    from newsextract.segment.dumps import BROWSER_COPY, dump_style

    # get_text("\n", strip=True): no <title> line told apart, but the page's first line is
    # its <title>, printed again as the trail's last item over the page's own heading
    lines = ["Blackout in the city: how safe is our power grid?", "Subscribe", "E-Paper", "Sign in",
             "Home", "Politics", "Blackout in the city: how safe is our power grid?", "Power cut",
             "Lights out, trains stopped: how safe is the country's grid?", "Berlin.",
             "The city went dark for a night, and the operator says that it could happen again.",
             "By Jane Porter", "March 5, 2024", *PARAS, "© 2024 Valley Times. All rights reserved."]
    text = "\n".join(lines) + "\n"
    assert dump_style(text) == BROWSER_COPY
    assert newsextract.extract(text).title == "Lights out, trains stopped: how safe is the country's grid?"


def test_a_markdown_headings_marks_are_no_part_of_the_headline() -> None:
    # a Markdown dump with no links, which the style's sniff takes for plain text: its "# "
    # marks stay on the heading's line
    texts = ["TechCrunch", "Open Navigation", "# " + HEADLINE, "5. März 2024",
             "Die Nacht war lang, und der Plan, den die Stadt gemacht hatte, ging auf."]
    assert find_title(_blocks(texts), 4, get_profile("de"), dump=True) == (HEADLINE, 2)


def test_a_row_of_stars_a_frames_address_and_a_button_are_no_headline() -> None:
    # a Markdown rule of stars, lynx's "IFRAME: <address>" and "<label> (BUTTON)": no headline
    # among them, and none is taken
    texts = ["* * * * * * * * * * * *", "IFRAME: https://www.example.com/ns.html?id=GTM-X1",
             "金融機関 (BUTTON)", "5. März 2024",
             "Die Nacht war lang, und der Plan, den die Stadt gemacht hatte, ging auf."]
    assert find_title(_blocks(texts), 4, get_profile("de"), dump=True) is None


def test_the_name_under_a_bylines_label_alone_is_no_headline() -> None:
    # an author box a dump splits: its label alone, then the name run into the role
    # ("By" / "Sophie FosterTravel News Reporter"), under the headline
    texts = ["Travel", "'I sell holidays - booking the right day could save you thousands'",
             "Brits who want to save money on a trip can book on the right day.", "Travel", "By",
             "Sophie FosterTravel News Reporter", "11:58, 23 APR 2024",
             "We Brits love a good theme park holiday, and for many a trip to Florida is the dream."]
    found = find_title(_blocks(texts), 7, get_profile("en"), dump=True)
    assert found == (texts[1], 1)


def test_a_soup_dumps_title_line_holding_the_heading_and_its_kicker_is_the_headline() -> None:
    # the <title> line a soup dump opens with prints the kicker and the heading the page
    # parts into two lines ("Breakpoint:" / "Hilfe, die Fundis kommen!"): the headline whole;
    # not where what it adds is the site's name after a separator
    pars = ["Die Nacht war lang, und der Plan, den die Stadt gemacht hatte, ging auf, sagte sie.",
            "Der Fluss stieg bis zum Morgen, doch die Straßen blieben trocken."]
    texts = ["Unwetter in Köln: " + HEADLINE, "Unwetter in Köln", HEADLINE, "5. März 2024", *pars]
    title = choose_title(_blocks(texts), 4, get_profile("de"), None, (texts[0],),
                         "the dump's first line", dump=True)
    assert title.text == texts[0]
    texts[0] = HEADLINE + " - Rheinische Nachrichten"
    title = choose_title(_blocks(texts), 4, get_profile("de"), None, (texts[0],),
                         "the dump's first line", dump=True)
    assert title.text == HEADLINE


def test_an_hour_with_no_minutes_is_a_time_only_with_its_zone() -> None:
    from newsextract.fields.dates import find_dates

    en = get_profile("en")
    # a US page prints the hour alone with its zone: Pacific summer time, Eastern winter time
    assert [f.iso for f in find_dates("March 3, 2024 7 AM PT", en)] == ["2024-03-03T07:00:00-08:00"]
    assert [f.iso for f in find_dates("Updated July 9, 2025 11 a.m. ET", en)] == ["2025-07-09T11:00:00-04:00"]
    assert [f.iso for f in find_dates("14 May 2025, 9 pm BST", en)] == ["2025-05-14T21:00:00+01:00"]
    # (no zone after it: a forecast's hour, "4PM 19°C", or a count, is not the date's time)
    assert [f.iso for f in find_dates("Friday, Feb 2nd 2024 3PM 11°C 6PM 9°C", en)] == ["2024-02-02"]


@pytest.mark.parametrize("line, authors", [
    ("Por Rita Lopes, da Redação", ["Rita Lopes"]),
    ("Por Rita Lopes, de Coimbra", ["Rita Lopes"]),
    ("Door Joost Bakker, van Utrecht", ["Joost Bakker"]),
    # (a second person whose name has a particle has a given name first)
    ("Door Joost Bakker, Sanne van Dijk", ["Joost Bakker", "Sanne van Dijk"]),
])
def test_a_desk_or_a_town_after_the_name_is_no_author(line: str, authors: List[str]) -> None:
    from newsextract.fields.byline import parse_credit

    assert parse_credit(line, merged())[0] == authors


def test_an_unlabelled_byline_with_a_desk_after_a_comma_names_the_writer() -> None:
    from newsextract.fields.byline import dated_names

    assert dated_names("Rita Lopes, da Redação", "12/03/2024 09h40", merged()) == ["Rita Lopes"]


@pytest.mark.parametrize("lang, head, date", [
    ("it", ["Approvato il piano per il porto vecchio", "Luca Ferri",
            "12 marzo 2024 (modifica il 12 marzo 2024 | 18:05)"], "2024-03-12"),
    ("de", ["Neuer Plan für den alten Hafen", "Lena Korb",
            "12.03.2024 · Zuletzt geändert: 13.03.2024, 18:05 Uhr"], "2024-03-12"),
    ("es", ["Aprobado el plan para el puerto viejo", "Rita Vidal",
            "12/03/2024 - Modificado: 13/03/2024 18:05"], "2024-03-12"),
])
def test_a_modified_date_in_the_pages_language_is_not_the_publication(lang: str, head: List[str],
                                                                     date: str) -> None:
    import newsextract

    text = {
        "it": "Il consiglio comunale ha approvato mercoledì un nuovo piano per il porto vecchio, "
              "chiudendo un dibattito che durava da più di tre anni e che aveva diviso la maggioranza.",
        "de": "Der Stadtrat hat am Mittwoch einen neuen Plan für den alten Hafen beschlossen und damit "
              "eine Debatte beendet, die mehr als drei Jahre gedauert und die Koalition gespalten hatte.",
        "es": "El ayuntamiento aprobó el miércoles un nuevo plan para el puerto viejo, poniendo fin a "
              "un debate que duraba más de tres años y que dividía a la coalición de gobierno.",
    }[lang]
    article = newsextract.extract("\n\n".join([*head, text, text.replace("a", "e", 3), text[::-1]]))
    assert article.date == date


@pytest.mark.parametrize("line, names", [
    ("Claire Morel, avec AFP", ["Claire Morel"]),
    ("Lena Korb, mit dpa", ["Lena Korb"]),
    ("Claire Morel (à Lyon)", ["Claire Morel"]),
    ("Rita Vidal | @ritavidal", ["Rita Vidal"]),
    # (two writers stay two)
    ("Lena Korb, Paul Weber", ["Lena Korb", "Paul Weber"]),
])
def test_an_unlabelled_byline_without_its_agency_place_or_handle(line: str, names: List[str]) -> None:
    from newsextract.fields.byline import dated_names

    assert dated_names(line, "12/03/2024", merged()) == names


@pytest.mark.parametrize("line, names", [
    ("Par Claire Morel, avec AFP", ["Claire Morel"]),
    ("Par Claire Morel (à Lyon)", ["Claire Morel"]),
])
def test_a_labelled_byline_without_its_agency_or_place(line: str, names: List[str]) -> None:
    from newsextract.fields.byline import parse_credit

    assert parse_credit(line, merged())[0] == names


@pytest.mark.parametrize("lang, line, iso", [
    ("fr", "Le 12 mars 2024 à 18 h 05", "2024-03-12T18:05:00"),
    ("fr", "1er mars 2024", "2024-03-01"),
    ("pt", "1º de março de 2024", "2024-03-01"),
])
def test_french_and_portuguese_printings_of_a_date(lang: str, line: str, iso: str) -> None:
    from newsextract.fields.dates import find_dates

    assert [f.iso for f in find_dates(line, get_profile(lang))][:1] == [iso]


def test_a_short_year_with_its_time_after_a_bar() -> None:
    from newsextract.fields.dates import find_dump_dates

    assert [f.iso for f in find_dump_dates("Di 12.03.24 | 18:05 Uhr", get_profile("de"))] == \
        ["2024-03-12T18:05:00+01:00"]
    # (with no time after it, a dotted short year may be anything: none is read)
    assert find_dump_dates("Di 12.03.24 | Politik", get_profile("de")) == ()


def test_writers_listed_under_a_bare_label_as_one_wrapped_line() -> None:
    import newsextract

    # (w3m prints a short list's items on consecutive lines, which a dump's reader may join)
    text = "\n\n".join([
        "Neuer Plan für den alten Hafen",
        "Von",
        "  • Lena Korb\n  • Paul Weber",
        "12.03.2024",
        "Der Stadtrat hat am Mittwoch einen neuen Plan für den alten Hafen beschlossen und damit "
        "eine Debatte beendet, die mehr als drei Jahre gedauert und die Koalition gespalten hatte.",
        "Der Plan sieht Geld für eine neue Promenade, zwei Parks und einen Fähranleger vor, und er "
        "bittet private Investoren, für die Hotels zu zahlen, die auf dem östlichen Pier geplant sind.",
    ])
    assert newsextract.extract(text).authors == ["Lena Korb", "Paul Weber"]


def test_a_month_first_date_glued_to_a_name_by_a_dump() -> None:
    from newsextract.fields.byline import dated_names
    from newsextract.fields.dates import find_dates, find_dump_dates

    en = get_profile("en")
    # (the name is short enough to read as a month's word with the month: "KorbMarch")
    assert [f.iso for f in find_dump_dates("Lena KorbMarch 12, 2024", en)] == ["2024-03-12"]
    assert [f.iso for f in find_dump_dates("Lena KorbMarch 12, 2024 6:05 PM EDT", en)] == \
        ["2024-03-12T18:05:00-04:00"]
    # (a page's markup has no glued words: find_dates reads none there)
    assert find_dates("Lena KorbMarch 12, 2024", en) == ()
    assert dated_names("Lena KorbMarch 12, 2024", "", merged()) == ["Lena Korb"]
    # (an outlet glued to the date names no one; a word that is no month is left alone)
    assert dated_names("Valley TimesMarch 12, 2024", "", merged()) == []
    assert dated_names("an iPhone 5, 2024 edition", "", merged()) == []
