"""Where the body starts and ends in text dumps of pages in many languages (issue 11): the
furniture a terminal browser prints next to an article's first and last paragraphs."""

from __future__ import annotations

from typing import Sequence

from newsextract import extract
from tests.conftest import FIXTURES

MENU = "   • Nyheter\n   • Sport\n   • Nöje\n   • Ekonomi\n\n"
FOOTER = "\n   • Om oss\n   • Kontakt\n   • Annonsera\n   • Cookies\n"
HEAD = "Sökandet efter den försvunna kvinnan fortsätter\n\nPublicerad 2024-03-02 22:31\n\n"
PARAS = [
    "Polisen har under onsdagen inlett en särskild händelse efter att allmänheten hittat kläder "
    "som kan tillhöra kvinnan vid en badplats norr om staden.",
    "Hundpatruller, frivilliga och en helikopter har sökt igenom skogsområdet runt sjön under "
    "hela dagen, men ännu har inga fler spår hittats enligt polisen.",
    "Familjen har gått ut med en vädjan till alla som rört sig i området under tisdagskvällen "
    "att höra av sig till polisen med tips om vad de har sett.",
]


def _dump(before: Sequence[str] = (), after: Sequence[str] = ()) -> str:
    """A terminal browser's dump of a news page: menu, headline, date, the lines given, the
    article's paragraphs, the lines given after them, a footer."""
    return MENU + HEAD + "".join(p + "\n\n" for p in [*before, *PARAS, *after]) + FOOTER


def test_a_lede_opening_with_a_number_starts_the_body() -> None:
    # "18-åriga Hanna ...": a number is the sentence's first word, as a capital would be
    lede = "18-åriga Hanna försvann i staden i tisdags."
    body = extract(_dump([lede])).body
    assert body.split("\n\n") == [lede, *PARAS]


def test_a_closing_line_of_speech_after_a_dash_ends_the_body() -> None:
    # Nordic (and French, Spanish, Slavic) texts open a quotation with a dash
    speech = "– Ta hem henne nu! ropade de."
    body = extract(_dump(after=[speech])).body
    assert body.split("\n\n") == [*PARAS, speech]


def test_a_numbered_line_is_no_sentence_opening_with_a_number() -> None:
    # a list's "2." or a clip's running time "02:57" opens no sentence: the line scores as
    # short furniture, and the body does not open with it
    body = extract(_dump(["02:57 Min. Verfügbar bis 06.05.2024."])).body
    assert body.split("\n\n") == PARAS


def test_an_alt_text_printed_again_with_its_credit_is_a_caption() -> None:
    # a dump prints a picture's alt text, then its caption: the same words and the credit
    alt = ("Polisen, hemvärnet och hundratals frivilliga deltar i sökandet efter kvinnan i "
           "skogen norr om staden under onsdagen.")
    body = extract(_dump([alt, alt + " Foto: Anna Berg"])).body
    assert body.split("\n\n") == PARAS


def test_a_line_above_a_copyright_credit_is_a_caption() -> None:
    # "© Agency/Photographer" on a line of its own is a picture's credit: the line above it
    # is the picture's caption, however long
    caption = ("Frivilliga letar längs stranden vid sjön medan solen går ner över skogen norr om "
               "staden, dit kvinnan sågs gå på tisdagskvällen (arkivbild).")
    body = extract(_dump([caption, "© TT/Anna Berg"])).body
    assert body.split("\n\n") == PARAS


STORM_TOP = [
    "Stormen slog ut strömmen för tusentals hushåll längs kusten under natten mot lördag, och "
    "flera vägar är fortfarande avstängda.",
    "Räddningstjänsten har fått hundratals larm om träd som fallit över vägar och hus, och "
    "elbolagen räknar med att arbetet tar flera dagar.",
]
GALLERY = ["1/4", "[5e1344b1-75a5-3efb-b200-08ab69e9ca37]", "Ett träd över vägen. Foto: Anna Berg/TT",
           "[d224f5e2-c309-3cbc-88b6-0ec9fd159c78]", "Ett tak har blåst av. Foto: Anna Berg/TT",
           "[a224f5e2-c309-3cbc-88b6-0ec9fd159c78]", "Vågor mot piren. Foto: Anna Berg/TT"]
STORM_LOW = [
    "Enligt elbolaget är det framför allt ledningar i skogsområden som skadats av stormen, och "
    "reparatörer från hela landet har kallats in för att hjälpa till.",
    "Kommunen har öppnat en värmestuga i skolan för dem som saknar ström och värme, och "
    "frivilliga delar ut mat och vatten till äldre som bor ensamma.",
    "Meteorologerna varnar för att ännu en storm kan nå kusten under tisdagen, med vindbyar som "
    "kan bli lika kraftiga som under natten mot lördag.",
    "Polisen uppmanar alla att undvika onödiga resor längs kusten tills vägarna har röjts och "
    "strömmen har kommit tillbaka i hela området.",
]


def test_an_hour_of_publishing_heads_the_text_a_gallery_cuts_in_two() -> None:
    # "Publicerad 22:31" (a page of today gives the hour only) is the article's head: the
    # paragraphs under it, which a gallery's slots cut off from the longer run below, open
    # the text
    page = (MENU + "Stormen slog ut strömmen längs kusten\n\nPublicerad 22:31\n\n"
            + "".join(p + "\n\n" for p in STORM_TOP + GALLERY + STORM_LOW) + FOOTER)
    body = extract(page).body
    assert body.split("\n\n") == STORM_TOP + STORM_LOW


EN_MENU = "   • News\n   • Sport\n   • Business\n   • Culture\n\n"
EN_FOOTER = "\n   • About us\n   • Contact\n   • Advertise\n   • Cookies\n"
EN_PARAS = [
    "Residents of the valley say the mining company has not kept its promise to build a clinic "
    "and a school, five years after the first trucks arrived at the quarry.",
    "The company told this newspaper that it owes the community nothing, saying its duties lie "
    "with the owner of the lease, whose name it would not give.",
    "The minister would not say whether the ministry knew of the complaints, and only said:",
]


def _en_dump(before: Sequence[str] = (), after: Sequence[str] = ()) -> str:
    """An English page's dump, as _dump."""
    return (EN_MENU + "Villagers wait for a clinic the quarry promised\n\nPublished 5 May 2025\n\n"
            + "".join(p + "\n\n" for p in [*before, *EN_PARAS, *after]) + EN_FOOTER)


def test_a_quotation_of_ten_words_closing_the_text_is_body() -> None:
    # a quotation on a line of its own is the text's, however few its words (ten words
    # scored nothing, where nine scored as a short sentence)
    quote = "“Ask them to submit a formal complaint to the ministry”."
    body = extract(_en_dump(after=[quote])).body
    assert body.split("\n\n") == [*EN_PARAS, quote]


def test_an_access_notice_inside_the_text_is_furniture() -> None:
    # a publisher's note on who may read the page, which a dump prints among the paragraphs
    notice = "You have full access to this article via your institution."
    page = _en_dump().replace(EN_PARAS[1], notice + "\n\n" + EN_PARAS[1])
    body = extract(page).body
    assert body.split("\n\n") == EN_PARAS


DE_PARAS = [
    "Das Hutfestival im Herzen der Stadt ist eines der großen Feste des Jahres, und auch diesmal "
    "werden wieder Tausende Besucher in der Innenstadt erwartet.",
    "Am letzten Maiwochenende verwandeln Gaukler, Musiker und Artisten die Straßen rund um den "
    "Markt in eine Bühne für Straßenkunst aus vielen Ländern.",
    "Los geht es am Freitag um 17 Uhr, am Samstag und am Sonntag beginnt das Programm jeweils um "
    "12 Uhr, und der Eintritt ist an allen Tagen frei.",
]


def _de_page(lines: Sequence[str]) -> str:
    """A dump of a German regional page: menu, headline, byline, the lines given (the text
    and what stands around it), a footer."""
    return ("   • Nachrichten\n   • Sport\n   • Kultur\n   • Wirtschaft\n\n"
            "Hutfestival: Wann das Fest steigt und wer auftritt\n\nVon Jens Berg\n\n"
            + "".join(p + "\n\n" for p in lines)
            + "   • Impressum\n   • Kontakt\n   • Datenschutz\n   • Abo\n")


CARDS = [
    ("Werk in der Vorstadt stellt den Betrieb ein",
     "Nach dem Tod des Gründers findet das Familienunternehmen keinen Käufer, und die vierzig "
     "Beschäftigten verlieren zum Monatsende ihre Arbeit."),
    ("Weberei im Gebirge meldet Insolvenz an",
     "Das renommierte Familienunternehmen ist in wirtschaftliche Schwierigkeiten geraten, jetzt "
     "soll ein Verwalter einen Weg aus der Krise finden."),
    ("Neue Züge kommen erst im nächsten Jahr",
     "Der Hersteller der Batteriezüge für die Strecke meldet Probleme mit der Software, und die "
     "Fahrgäste müssen sich weiter gedulden."),
]


def test_teaser_cards_after_the_text_are_not_body() -> None:
    # each card prints its picture's link text ("Headline - blurb Headline"), its date and
    # place, then its headline and blurb again: long lines of sentences that a run of prose
    # took in, told by the headline printed twice
    cards = [line for h, b in CARDS for line in (f"{h} - {b} {h}", "29.04.2024 Mittweida", h, b)]
    body = extract(_de_page([*DE_PARAS, "Das könnte Sie auch interessieren", *cards])).body
    assert body.split("\n\n") == DE_PARAS


def test_a_heading_over_a_paragraph_that_opens_with_it_is_body() -> None:
    # the other way round (the short line first) is an article's heading and its paragraph
    heading = "Die Kunst kommt aus vielen Ländern"
    para = (heading + " und bleibt drei Tage: Gaukler, Musiker und Artisten zeigen ihre Nummern "
            "auf sechs Bühnen rund um den Markt.")
    body = extract(_de_page([DE_PARAS[0], heading, para, *DE_PARAS[1:]])).body
    assert body.split("\n\n") == [DE_PARAS[0], heading, para, *DE_PARAS[1:]]


def test_a_pitch_printed_with_its_button_after_the_text_is_not_body() -> None:
    # a box asking for support, printed as one paragraph with its button's words after its
    # last sentence ("... Sind Sie dabei? Jetzt unterstützen"), and the box's heading
    pitch = ("Gerade jetzt braucht es Zusammenhalt und Solidarität mit den Menschen, die sich vor "
             "Ort für eine offene Gesellschaft einsetzen. Eine offene Gesellschaft braucht guten, "
             "frei zugänglichen Journalismus. Finden Sie auch? Dann machen Sie mit und unterstützen "
             "Sie unsere Aktion. Sind Sie dabei? Jetzt unterstützen")
    body = extract(_de_page([*DE_PARAS, "Lesen und mitmachen", pitch, "Jens Berg"])).body
    assert body.split("\n\n") == DE_PARAS


def test_a_caption_printed_twice_over_its_credit_is_a_caption_both_times() -> None:
    # a dump prints a picture's alt text and its caption, the same words twice, and the
    # credit under them ("picture alliance / AP | Name"): neither copy opens the text
    caption = ("Die Aussichten des Kandidaten, die Wahl zu gewinnen, sind nach Ansicht von "
               "Beobachtern gestiegen. Das stärkt den Dollar und belastet die Börse.")
    body = extract(_dump([caption, caption, "picture alliance / AP | Alex Berg"])).body
    assert body.split("\n\n") == PARAS


def test_the_first_paragraph_above_a_box_of_headlines_opens_the_text() -> None:
    # "Schlagzeilen" heads a box of other stories' headlines set into the text: the paragraph
    # above it, under the article's date, is the text's first
    first = ("Nach der Schlägerei beim Spiel in der Halle hat ein Richter des Verbands am Freitag "
             "mehrere Spieler beider Mannschaften für bis zu fünf Spiele gesperrt.")
    rest = [
        "Am härtesten traf es den Flügelspieler der Gastgeber, der seinen Gegenspieler zu Boden "
        "geworfen hatte und nun die nächsten fünf Spiele von der Tribüne aus sehen muss. Der "
        "Verein kündigte an, gegen das Urteil keinen Einspruch einzulegen.",
        "Der Kapitän der Gäste bat am Abend um Entschuldigung. Was in der Halle passiert sei, "
        "dürfe auf keinem Spielfeld der Welt geschehen, sagte er, und er schäme sich für das Bild, "
        "das beide Mannschaften abgegeben hätten.",
        "Der Verband will nun prüfen, ob die Ordner in der Halle zu spät eingegriffen haben, und "
        "hat beide Vereine um eine Stellungnahme bis zum Ende der kommenden Woche gebeten.",
    ]
    box = ["Aktuelles", "Schlagzeilen", "Pokal", "Titelverteidiger hält Kurs auf das Finale", "Trainer",
           "Der Trainer und sein größter Fehler", "Vorschau", "Diesmal geht was für die Gäste",
           "Mehr News"]
    page = ("   • Nachrichten\n   • Sport\n   • Kultur\n   • Wirtschaft\n\n"
            "Nach Schlägerei: Sperren und Reue\n\nAktualisiert am 28. April 2023, 20:22 Uhr\n\n"
            "Quelle: dpa\n\nHinweis\n\nDie Redaktion hat diese Meldung nicht bearbeitet.\n\n"
            "Das Spiel wurde nach der Schlägerei abgebrochen.\n\n© Alba Berg/Agentur/dpa\n\n"
            + "".join(p + "\n\n" for p in [first, *box, *rest])
            + "   • Impressum\n   • Kontakt\n   • Datenschutz\n   • Abo\n")
    body = extract(page).body
    assert body.split("\n\n") == [first, *rest]


JA_PARAS = [
    "気象庁は十三日午後九時ごろ、沖合で震度五弱の地震があったと発表した。震源の深さは約三十キロで、"
    "地震の規模を示すマグニチュードは六・九と推定される。",
    "この地震で、気象庁は沿岸の二県に津波注意報を出した。予想される津波の高さは一メートルで、"
    "海岸の近くにいる人は直ちに高台へ避難するよう呼びかけている。",
]
JA_NOTICE = ("新聞デジタルに掲載の記事・写真の無断転載を禁じます。すべての内容は日本の著作権法並びに"
             "国際条約により保護されています。")


def test_a_japanese_copyright_notice_after_the_text_is_not_body() -> None:
    # the site's notice ("reproduction without permission is prohibited"), a paragraph of
    # sentences, is never the article's
    page = ("地震で津波注意報\n\n" + "".join(p + "\n\n" for p in [*JA_PARAS, JA_NOTICE])
            + "   • 利用規約\n   • お問い合わせ\n   • 会社案内\n")
    body = extract(page).body
    assert JA_NOTICE not in body and body.split("\n\n") == JA_PARAS


def test_a_line_of_glued_links_past_the_site_copyright_is_not_body() -> None:
    # past the site's copyright line ("© Hutmagazin") only a paragraph carries the text on:
    # a row of tags and teaser links that a dump glued into one line scores a little, and
    # is no paragraph
    glued = ("HutfestivalFestival-Porträt: Straßenkunst in der InnenstadtAlle ThemenLange Liste "
             "an Gästen: Gaukler aus zwölf Ländern kommen zum Markt")
    body = extract(_de_page([*DE_PARAS, "© Hutmagazin", glued, "Startseite", "Kommentare"])).body
    assert body.split("\n\n") == DE_PARAS


def test_a_list_a_sentence_introduces_and_the_paragraph_after_it_are_body() -> None:
    # a text does not end on a colon: the short items it introduces (ending with commas, no
    # menu's items) and the closing paragraph past its heading are the text's
    intro = ("Laman palsu itu kemudian meminta setiap pelamar mengisi sejumlah data pribadi "
             "berupa:")
    items = "   • Nama,\n   • Alamat, dan\n   • Nomor telepon aktif.\n\nKesimpulan\n\n"
    closing = ("Unggahan berisi tautan lowongan kerja itu merupakan konten palsu yang mengarah "
               "ke laman tidak resmi.")
    dump = MENU + HEAD + "".join(p + "\n\n" for p in [*PARAS, intro]) + items + closing + "\n\n" + FOOTER
    paragraphs = extract(dump).body.split("\n\n")
    assert paragraphs[-5:] == [intro, "Nama,", "Alamat, dan", "Nomor telepon aktif.", closing]


def test_short_items_a_sentence_introduces_without_commas_still_fold_into_a_menu() -> None:
    # after a colon, items with no comma at their ends are a menu's as before ("Share this:")
    share = "Dela artikeln med dina vänner och bekanta:"
    menu = "   • Facebook\n   • Twitter\n   • E-post\n\n"
    dump = MENU + HEAD + "".join(p + "\n\n" for p in [*PARAS, share]) + menu + FOOTER
    assert "Facebook" not in extract(dump).body


def test_an_alt_text_whose_words_its_caption_prints_again_is_a_caption() -> None:
    # w3m prints a picture's alt text, then the caption under it with more words and the credit
    alt = "Polisen och frivilliga vid sjön"
    caption = "Polisen och frivilliga söker vid sjön på onsdagen. Foto: Anna Berg"
    dump = MENU + HEAD + "".join(p + "\n\n" for p in [PARAS[0], alt, caption, *PARAS[1:]]) + FOOTER
    assert extract(dump).body.split("\n\n") == PARAS


def test_a_place_and_a_stop_on_a_line_above_the_text_opens_it() -> None:
    # German regional papers print "Berlin." in an element of its own before the text's first
    # words; a dump sets it on a line apart, and the text opens with it as the page shows it
    german = ["Die Stadt hat am Dienstag beschlossen, die alte Hafenmauer neu zu bauen, die seit "
              "drei Wintern von den Stürmen beschädigt wird, und oben einen Weg anzulegen.",
              "Die Ingenieure sagten dem Rat, dass die Mauer in fünf Jahren brechen könnte, wenn "
              "nichts geschieht, und dass das Warten viel teurer wäre als die Arbeit jetzt.",
              "Die Arbeiten sollen im März beginnen, und die Straße am Hafen bleibt für Busse und "
              "Fahrräder offen, während die Autos durch die Innenstadt fahren müssen."]
    dump = ("Startseite\n\nPolitik\n\nDie Hafenmauer wird neu gebaut\n\n16.05.2024, 11:26 Uhr\n\n"
            "Kiel.\n\n" + "".join(p + "\n\n" for p in german) + "Impressum\n")
    assert extract(dump).body.split("\n\n")[0] == "Kiel. " + german[0]


def test_a_word_and_a_stop_above_the_text_opens_it_only_where_papers_print_datelines_so() -> None:
    # an English page: "Exclusive." is a kicker, no place
    paras = ["The city council voted on Tuesday to rebuild the old harbour wall, which storms "
             "have battered for three winters, and to open a walkway along its top.",
             "Engineers told the council that the wall could fail within five years if nothing "
             "is done, and that waiting would cost far more than the work now."]
    dump = ("Home\n\nNews\n\nCouncil votes to rebuild harbour wall\n\nMay 16, 2024\n\n"
            "Exclusive.\n\n" + "".join(p + "\n\n" for p in paras) + "Contact us\n")
    assert extract(dump).body.split("\n\n")[0] == paras[0]


def test_teasers_bylines_above_the_headline_are_not_the_article_s_writers() -> None:
    # headline, byline, headline, byline: a section's teasers (a writers' box has only e-mails
    # between the names)
    teasers = "".join(f"{h}\n\nBy {n}\n\n" for h, n in [
        ("Storm closes harbour for a week", "Paolo Ricci"),
        ("Ferry times change from Monday", "Anna Verdi"),
        ("New bakery opens on the market square", "Marco Bianchi")])
    paras = ["The city council voted on Tuesday to rebuild the old harbour wall, which storms "
             "have battered for three winters, and to open a walkway along its top.",
             "Engineers told the council that the wall could fail within five years if nothing "
             "is done, and that waiting would cost far more than the work now.",
             "Residents who live near the harbour said they welcomed the plan, although several "
             "asked how long the road along the water would be closed."]
    dump = ("Home\n\nNews\n\nSport\n\nLatest stories\n\n" + teasers
            + "Council votes to rebuild harbour wall\n\nMay 16, 2024\n\n"
            + "".join(p + "\n\n" for p in paras) + "Contact us\n")
    assert extract(dump).authors == []


# pandoc's Markdown and CommonMark (fixtures/dump_pandoc_*.txt, `pandoc -f html -t markdown`
# and `-t commonmark` of fixtures/dump_source.html) read as html2text's Markdown does: their
# records are tests/test_golden.py's; here, the pieces.

def test_commonmark_that_kept_the_pages_divs_is_read_as_text() -> None:
    from newsextract.pipeline import sniff_kind

    text = (FIXTURES / "dump_pandoc_commonmark.txt").read_text(encoding="utf-8")
    assert "<div" in text and sniff_kind(text) == "text"
    # a page's own source, with its prose in <p>, stays HTML
    assert sniff_kind((FIXTURES / "dump_source.html").read_text(encoding="utf-8")) == "html"


def test_commonmark_whose_first_100_kb_are_a_pictures_data_is_read_whole() -> None:
    from newsextract.pipeline import sniff_kind

    # (pandoc keeps an <img> it cannot write with its data: URI, and the page's wrapping <div>s;
    # the Markdown comes after the sniffer's first window)
    picture = '<img src="data:image/svg+xml;base64,' + "PHN2ZyB4bWxucz0i" * 7000 + '" />'
    text = (picture + "\n\n<div class=\"page\">\n\n<div class=\"article\">\n\n"
            + "# Hafen bekommt eine neue Mauer\n\n"
            + "".join(f"-   [Rubrik {i}](/rubrik/{i})\n" for i in range(6))
            + "\nDer Stadtrat hat am Mittwoch den Bau einer neuen Hafenmauer beschlossen.\n\n</div>\n\n</div>\n")
    assert len(picture) > 100_000 and sniff_kind(text) == "text"
    # a short one whose few Markdown lines stand among <div>s, no paragraph's tag anywhere
    short = ("<div class=\"wrap\">\n\n# Council votes to rebuild harbour wall\n\n<div>\n\n"
             "-   [News](/news)\n-   [Sport](/sport)\n\nThe council voted on Tuesday.\n\n</div>\n\n</div>\n")
    assert sniff_kind(short) == "text"
    # markup written with <div>s alone and no Markdown line stays HTML
    assert sniff_kind("<div><div><h1>Council votes</h1><div>The council voted.</div></div></div>") == "html"


def test_pandoc_fences_attributes_and_spans_go() -> None:
    from newsextract.segment.dumps import undecorate

    text = ("::: {#main .content}\n"
            "::: header\n"
            "# Judul berita  {#judul .title data-x=\"1\"}\n"
            "[Penulis:]{.label} [Rahmat](/p/rahmat){.author}\n"
            "[[![Berlin](/b.svg){.lazy width=\"48\"}]{.icon}Berlin](/berlin)\n"
            ":::\n"
            "He wrote {something else} and [this] too.\\\n"
            "Next line.\n")
    assert undecorate(text).split("\n") == [
        "", "", "# Judul berita", "Penulis: [Rahmat](/p/rahmat)", "[![Berlin](/b.svg)Berlin](/berlin)", "",
        "He wrote {something else} and [this] too.", "Next line.", ""]


def test_pandoc_grid_table_cells_are_their_text() -> None:
    from newsextract.segment.dumps import undecorate

    text = ("Before.\n\n+------------+\n| ::: pic    |\n| ::: inner  |\n| ![A photo](/p.jpg) |\n"
            "| :::        |\n| :::        |\n+------------+\n\nAfter.")
    assert undecorate(text) == "Before.\n\n\n\n\n![A photo](/p.jpg)\n\n\n\n\nAfter."


def test_prose_with_a_pandoc_like_mark_or_two_keeps_them() -> None:
    from newsextract.segment.dumps import undecorate

    prose = ("::: Council members voted 7 to 2 in favour of the plan :::\n\n"
             "Template engines let you write [name]{.upper} to print a name in capitals.\n")
    assert undecorate(prose) == prose


def test_comments_go_and_an_unclosed_one_ends_the_search() -> None:
    from newsextract.segment.dumps import _grid_cell, _without_comments

    assert _without_comments("a<!-- x -->b<!-- y\n -->c<!-- open") == ("abc<!-- open", 2)
    assert _without_comments("<!--" * 1000) == ("<!--" * 1000, 0)
    assert _grid_cell("| cell text    |") == "cell text"
    assert _grid_cell("| " + " " * 10_000) == "| " + " " * 10_000  # (no closing bar)


def test_a_dump_printing_a_tag_or_two_keeps_them() -> None:
    from newsextract.segment.dumps import strip_raw_tags

    one = 'Please enable JavaScript to view the <a href="https://disqus.com/">comments by Disqus.</a>'
    assert strip_raw_tags(one) == one
    many = "\n".join(f'<div class="c{i}">\nline {i}\n</div>' for i in range(5))
    assert strip_raw_tags(many) == "\n".join(f"\nline {i}\n" for i in range(5))


def test_a_credit_line_under_a_full_line_is_not_its_wrapped_words() -> None:
    # a dump wrapped at 80 columns (elinks): the tag line above leaves no room for "Pewarta:",
    # yet the credit is a line of its own
    tags = "id penerbangan batal, abu vulkanik, gunung rinjani, gunung batujari lombok"
    page = ("Penerbangan di Lombok dibatalkan\n\n"
            f"   {tags}\n   Pewarta: Nur Imansyah\n"
            "   Mataram (ANTARA News) - Sebanyak 29 penerbangan dibatalkan menyusul ditutupnya\n"
            "   operasional bandara akibat abu vulkanik erupsi Gunung Baru Jari, kata petugas.\n\n"
            "   Petugas bandara mengatakan penerbangan akan dibuka kembali setelah abu vulkanik\n"
            "   tidak lagi mengganggu jalur penerbangan di atas Pulau Lombok dan sekitarnya.\n")
    assert len("   " + tags) + 1 + len("Pewarta:") > 80
    assert extract(page).authors == ["Nur Imansyah"]


def test_markdown_that_kept_the_sources_line_breaks_joins_its_paragraphs() -> None:
    # markdownify keeps the line breaks of the page's source inside a paragraph; html2text
    # and pandoc wrap at a width, or not at all
    page = ("* [Beranda](/)\n* [Palu](/palu)\n* [Sigi](/sigi)\n\n"
            "Banjir Rendam Ratusan Rumah di Palu\n"
            "===================================\n\n"
            "Rahmat Hidayat - kabarsulteng\n\n"
            "Kamis, 14 Mar 2024 10:25 WIB\n\n"
            "**Palu** -\n\n"
            "Banjir merendam sedikitnya 320 rumah\ndi Kecamatan Palu Barat, setelah hujan deras\n"
            "mengguyur kawasan itu sejak Rabu sore.\n\n"
            "\"Sebanyak 412 warga sudah kami evakuasi ke masjid,\"\nkata Kepala BPBD Kota Palu, "
            "Hendra Saputra,\nsaat ditemui di posko pengungsian.\n\n"
            "Menurut Hendra, luapan sungai yang tidak mampu\nmenampung debit air menjadi penyebab "
            "utama\nbanjir tersebut, dan warga diminta tetap waspada.\n\n"
            "Hingga Kamis siang, petugas masih menyalurkan bantuan makanan dan air bersih kepada "
            "para pengungsi di tiga lokasi.\n")
    rec = extract(page)
    assert rec.body.split("\n\n")[0] == ("Banjir merendam sedikitnya 320 rumah di Kecamatan Palu Barat, "
                                         "setelah hujan deras mengguyur kawasan itu sejak Rabu sore.")
    assert [(q.text, q.speaker) for q in rec.quotes] == [
        ("Sebanyak 412 warga sudah kami evakuasi ke masjid,", "Hendra Saputra")]


def test_pandocs_plain_text_reads_as_a_terminal_dump() -> None:
    from newsextract.segment.dumps import TERMINAL, dump_style

    text = (FIXTURES / "dump_pandoc_plain.txt").read_text(encoding="utf-8")
    assert "\n-   Palu\n" in text and "](" not in text
    assert dump_style(text) == TERMINAL


def test_a_dumps_address_after_a_label_at_its_head_is_the_url() -> None:
    # Jina's reader and other scrapers write the page's address above the text; a bare address
    # there is a logo's or a frame's, which terminal browsers print too
    text = (FIXTURES / "dump_markdown.txt").read_text(encoding="utf-8")
    jina = ("Title: Banjir Rendam Ratusan Rumah di Palu Barat, Warga Mengungsi ke Masjid\n\n"
            "URL Source: https://kabarsulteng.com/palu/banjir-palu-barat\n\n"
            "Published Time: 2024-03-14T10:25:00+07:00\n\nMarkdown Content:\n" + text)
    rec = extract(jina)
    assert rec.url == "https://kabarsulteng.com/palu/banjir-palu-barat"
    assert rec.title == "Banjir Rendam Ratusan Rumah di Palu Barat, Warga Mengungsi ke Masjid"
    assert rec.authors == ["Rahmat Hidayat"] and "URL Source" not in rec.body
    assert extract("http://images.example.com/logo.png\n\n" + text).url is None


def test_a_links_browser_dump_is_read_as_a_terminal_dump() -> None:
    # links prints the <head>'s <link> elements first and bullets items two columns in;
    # centred lines made the dump look like BeautifulSoup's of an indented source
    page = ("   Link: publisher\n   Link: canonical\n"
            "                                  kabarfinance\n"
            "  * kabarcom\n  * Home\n  * Ekonomi Bisnis\n  * Finansial\n  * Energi\n  * Indeks\n"
            "                          Selasa, 23/02/2016 15:32 WIB\n\n"
            "                   Gardu Induk Baru PLN Resmi Beroperasi di Tangerang\n\n"
            "                           Penulis: Andi Pratama\n"
            " PT PLN hari ini resmi mengoperasikan gardu induk baru di Tangerang.\n\n"
            " Gardu itu melayani kawasan industri dan permukiman di sekitarnya.\n\n"
            " Menurut manajer PLN setempat, gardu menambah pasokan listrik warga.\n\n"
            " Pembangunan gardu dimulai dua tahun lalu, kata dia kepada wartawan.\n")
    from newsextract.segment.dumps import TERMINAL, dump_style

    assert dump_style(page) == TERMINAL
    rec = extract(page)
    assert rec.title == "Gardu Induk Baru PLN Resmi Beroperasi di Tangerang"
    assert rec.authors == ["Andi Pratama"]
    assert rec.body.startswith("PT PLN hari ini resmi mengoperasikan gardu induk baru di Tangerang.")


def test_a_fragment_with_markdown_like_code_stays_html() -> None:
    from newsextract.pipeline import sniff_kind

    code = "\n".join([f"# step {i}: install the package" for i in range(6)]
                     + [f"- name: job{i}" for i in range(5)])
    page = ("<article><h1>How to deploy</h1>" + "".join(f"<p>Paragraph {i} of the text.</p>" for i in range(3))
            + f"<pre><code>\n{code}\n</code></pre></article>")
    assert sniff_kind(page) == "html"


def test_a_lower_case_label_goes_on_a_wrapped_sentence() -> None:
    from newsextract.segment.text import _labelled_line

    assert _labelled_line("Pewarta: Nur Imansyah")
    assert not _labelled_line("text: “I am outside, come down now,” which the court heard")


def test_a_dumps_url_loses_a_sentences_stop() -> None:
    from newsextract.pipeline import dump_url

    assert dump_url("URL: https://example.com/news/story-1.\n\nText.") == "https://example.com/news/story-1"


def test_a_headline_of_two_names_or_under_a_menus_label_stays_the_headline() -> None:
    en = "\n\n".join(["The couple were seen at a restaurant near the river on Monday night, where fans "
                      "gathered outside for hours to see them.",
                      "Witnesses said the pair stayed for dinner and left through a side door shortly "
                      "before midnight, waving at the crowd.",
                      "Neither of them has commented on the trip, which comes weeks after the end of the "
                      "football season in America."])
    page = "Home | News | Sport\n\nTaylor Swift and Travis Kelce in Paris\n\nNovember 5, 2024\n\nBy Jane Doe\n\n"
    assert extract(page + en + "\n").title == "Taylor Swift and Travis Kelce in Paris"
    de = "\n\n".join(["Der HSV hat nach sieben Spielen ohne Sieg wieder gewonnen, und die Fans in Kiel "
                      "jubelten lange nach dem Abpfiff im Stadion.",
                      "Trainer und Mannschaft feierten den Erfolg gemeinsam mit den mitgereisten Anhängern, "
                      "die den ganzen Abend sangen.",
                      "Am kommenden Wochenende wartet das nächste schwere Spiel auf die Mannschaft, die nun "
                      "wieder Mut geschöpft hat."])
    page = "Startseite\n\nRedaktion\n\nDer HSV gewinnt endlich wieder in Kiel\n\n5. März 2024, 19:25 Uhr\n\n"
    assert extract(page + de + "\n").title == "Der HSV gewinnt endlich wieder in Kiel"


EN_HEAD = "Home | News | Sport | Weather\n\nFloods close the coast road for a third day\n\nMarch 5, 2024\n\nBy Jane Doe\n\n"
EN_PARAS = [
    "The coast road between the two towns stayed closed on Tuesday after the river broke its banks "
    "for the third time this week, council officials said.",
    "Engineers spent the morning checking the bridge near the harbour, where the water rose above "
    "the footpath during the night and left a layer of mud on the road.",
    "Drivers have been told to use the inland route, which adds about forty minutes to the journey, "
    "until the water falls and the road can be cleaned.",
]
EN_FOOT = "\n\n   • About us\n   • Contact\n   • Advertise\n   • Privacy\n"


def test_a_promo_line_printed_twice_past_a_label_ends_no_dump_body() -> None:
    # the run goes on over the label to a promo's line that pays more than the label costs;
    # the page prints the line again further down: a template's, not the text's last sentence
    promo = "Have you seen our subscriber stories yet?"
    page = EN_HEAD + "\n\n".join([*EN_PARAS, "Advertisement", promo, "Try it now", promo]) + EN_FOOT
    assert extract(page).body.split("\n\n") == EN_PARAS


def test_a_tag_line_past_furniture_is_a_thin_tail() -> None:
    # a line of topics with no sentence's stop that the run took past the furniture closes
    # no text (a row of tags scores a little in some languages: "Protection de
    # l'environnement Mer Méditerranée Pêche"); a sentence printed once there is the text's
    from newsextract.blocks import BODY, BOILERPLATE, Block
    from newsextract.classify import _thin_tail

    def page(last: str) -> list:
        blocks = [Block(p, index=i, label=BODY, score=17.0) for i, p in enumerate(EN_PARAS)]
        blocks += [Block("Advertisement", index=3, label=BOILERPLATE, score=-10.0),
                   Block(last, index=4, label=BODY, score=2.0)]
        return blocks

    tags = page("Protection de l'environnement Mer Méditerranée Pêche")
    assert _thin_tail(tags, [b for b in tags if b.label == BODY]) == [tags[-1]]
    said = page("Police are appealing for witnesses.")
    assert _thin_tail(said, [b for b in said if b.label == BODY]) == []


def test_a_short_last_paragraph_past_an_ad_line_stays() -> None:
    # a sentence past the insert, printed once, is the text's own last paragraph, however
    # short; so are two sentences
    for last in ["Police are appealing for witnesses.",
                 "The council will meet on Friday. A decision on repairs is expected then."]:
        page = EN_HEAD + "\n\n".join([*EN_PARAS, "Advertisement", last]) + EN_FOOT
        assert extract(page).body.split("\n\n") == [*EN_PARAS, last]


def test_a_note_on_the_bylines_writer_ends_the_text_and_what_follows_it() -> None:
    # the run took on a pitch and the outlet's teasers past the note; the note on the writer
    # the byline names closes the article wherever among its last paragraphs it stands
    note = "Jane Doe is a politics reporter for the Harbour Times."
    pitch = "Get the latest updates from the campaign trail, exclusive interviews and more politics content."
    teaser = ("More from Politics 7 mins ago Council approves the new ferry timetable after months of "
              "complaints 20 mins ago Harbour wall repairs to start in spring")
    page = EN_HEAD + "\n\n".join([*EN_PARAS, note, pitch, teaser]) + EN_FOOT
    assert extract(page).body.split("\n\n") == EN_PARAS
    # a sentence on somebody else among the last paragraphs is the story's own
    other = "John Roe is a reporter who first wrote about the flooding on this coast in 2019."
    paras = [EN_PARAS[0], other, *EN_PARAS[1:]]
    page = EN_HEAD + "\n\n".join(paras) + EN_FOOT
    assert extract(page).body.split("\n\n") == paras


def test_a_note_on_the_writer_with_the_storys_prose_after_it_is_the_storys() -> None:
    # a first-person essay whose writer introduces herself in its second paragraph, and the
    # writer's name alone on a line among the paragraphs: prose follows, nothing is cut
    intro = "Jane Doe is a nurse at the harbour clinic. She has lived on the coast road for twenty years."
    paras = [EN_PARAS[0], intro, *EN_PARAS[1:]]
    assert extract(EN_HEAD + "\n\n".join(paras) + EN_FOOT).body.split("\n\n") == paras
    more = "The council will meet on Friday to decide whether the road can reopen before the weekend traffic."
    paras = [*EN_PARAS[:2], "Jane Doe", EN_PARAS[2], more]
    assert extract(EN_HEAD + "\n\n".join(paras) + EN_FOOT).body.split("\n\n") == paras
    # the note's second paragraph goes on about its writer: the note still closes the text
    bio = ("Before that she covered the courts for ten years, and she has written two books about "
           "the coast and the people who live on it.")
    page = EN_HEAD + "\n\n".join([*EN_PARAS, "Jane Doe is a politics reporter for the Harbour Times.", bio]) + EN_FOOT
    assert extract(page).body.split("\n\n") == EN_PARAS


def test_only_the_paragraph_next_to_the_note_may_go_on_about_the_writer() -> None:
    # a note in the third person, then the story's prose that opens on a pronoun: only the
    # paragraph right after the note may be its second paragraph; prose further on is the story's
    intro = ("Jane Doe is a nurse who worked on the ward for twenty years before it closed, and she wrote "
             "this piece for us.")
    story = ["They say the clinic kept the town going through two floods and a fire, and that nobody who "
             "worked there ever forgot the night the river came into the car park.",
             "She remembers the night the power failed and the nurses carried the patients up the stairs by "
             "torchlight while the generator was mended by a man from the harbour.",
             "They still talk about it in the market on Saturdays, and every year on that night somebody "
             "leaves flowers on the steps of the old building by the bridge."]
    paras = [*EN_PARAS[:2], intro, *story]
    assert extract(EN_HEAD + "\n\n".join(paras) + EN_FOOT).body.split("\n\n") == paras


def test_a_real_last_line_past_an_ad_line_stays_when_it_is_no_tags_size() -> None:
    # a last sentence with no stop, a credit line the credit finder reads, a pull quote's
    # sentence printed again at the end: none is a promo's or a row of tags
    for mid in ["Advertisement", "Read more: Storm warning for the weekend"]:
        last = "The road is expected to reopen on Friday, officials said, after engineers finish their checks"
        page = EN_HEAD + "\n\n".join([*EN_PARAS, mid, last]) + EN_FOOT
        assert extract(page).body.endswith(last), (mid, last)
        # (auth23: the wire's credit line is read off the text as its credits, its helpers
        # "Additional reporting by" no writers; the text ends on its last paragraph, not the ad)
        credit = "Additional reporting by Tom Roe in Leeds and Sam Poe in York; editing by Ann Low"
        article = extract(EN_HEAD + "\n\n".join([*EN_PARAS, mid, credit]) + EN_FOOT)
        assert article.body.endswith(EN_PARAS[-1]) and article.editors == ["Ann Low"], mid
        assert article.authors == ["Jane Doe"], mid
        quote = "We will not give up on this road."
        paras = [EN_PARAS[0], quote, *EN_PARAS[1:]]
        page = EN_HEAD + "\n\n".join([*paras, mid, quote]) + EN_FOOT
        assert extract(page).body.endswith("\n\n" + quote), mid


def test_a_note_on_the_writer_goes_on_with_its_subject_left_out() -> None:
    # a language that drops the subject goes on about the writer with the linking verb first
    # ("Es jefa de ..."): the note's second paragraph, no prose of the story's
    es = ["La carretera de la costa entre las dos ciudades siguió cerrada el martes después de que el río se "
          "desbordara por tercera vez esta semana, dijeron los funcionarios.",
          "Los ingenieros pasaron la mañana revisando el puente cerca del puerto, donde el agua subió por encima "
          "de la acera durante la noche y dejó barro en la carretera.",
          "Los conductores deben usar la ruta del interior, que añade unos cuarenta minutos al viaje, hasta que "
          "baje el agua y se limpie la carretera."]
    bio = ("Es jefa de la delegación de Bruselas. Antes, en Moscú, se ocupó de Rusia, Ucrania y el resto del "
           "espacio postsoviético, y ha cubierto la guerra desde el inicio.")
    page = ("Inicio | Noticias | Deportes\n\nLas inundaciones cierran la carretera de la costa\n\n5 de marzo de 2024\n\n"
            "Por María López\n\n" + "\n\n".join([*es, "María López", bio])
            + "\n\n   • Quiénes somos\n   • Contacto\n   • Privacidad\n")
    assert extract(page).body.split("\n\n") == es
