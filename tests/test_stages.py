"""Each stage of the pipeline alone, on small inputs: values in, values out."""

from __future__ import annotations

import pytest

from newsextract.blocks import BODY, BOILERPLATE, RELATED, Block
from newsextract.classify import label_body, label_layout
from newsextract.errors import EmptyInputError
from newsextract.fields.authors import find_credits
from newsextract.fields.credit import read_tail
from newsextract.fields.dateline import find_dateline, place_and_site
from newsextract.fields.dates import choose_date, find_dates, with_default_offset
from newsextract.fields.language import page_language
from newsextract.fields.title import choose_title
from newsextract.metadata import Meta
from newsextract.pipeline import decode_input, segment, sniff_kind
from newsextract.profiles import get_profile, with_language_zone

ID = get_profile("id")
EN = get_profile("en")
PROSE = ("Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak "
         "akibat banjir pada awal bulan ini, kata kepala dinas kepada wartawan di kantornya.")


def _blocks(*texts: str) -> list:
    return [Block(t, i) for i, t in enumerate(texts)]


def _under_h1(headline: str) -> list:
    """A page's <h1> headline over a paragraph of prose."""
    blocks = _blocks(headline, PROSE)
    blocks[0].heading, blocks[0].tag = True, "h1"
    return blocks


def test_decode_cuts_at_the_limit_and_refuses_empty_input() -> None:
    text, warnings = decode_input(b"abc def", 3)
    assert text == "abc" and warnings == ["input cut at 3 bytes"]
    with pytest.raises(EmptyInputError):
        decode_input("  \n ", 100)


def test_segment_reads_markup_and_metadata_or_a_dump() -> None:
    html = ('<html lang="id"><head><meta property="og:site_name" content="Warta"></head><body>'
            '<nav><a href="/">Beranda</a></nav><h1>Judul</h1><p>Satu dua.</p></body></html>')
    assert sniff_kind(html) == "html"
    blocks, meta, notes = segment(html, "html")
    assert [b.text for b in blocks] == ["Beranda", "Judul", "Satu dua."]
    assert blocks[0].hint < 0 and blocks[0].link_density == 1.0  # inside <nav>, all link
    assert blocks[1].heading and meta.site == "Warta" and meta.language == "id"
    blocks, meta, notes = segment("Judul\n\n  • Beranda\n  • Berita\n  • Video\n\nSatu dua.\n", "text")
    assert [b.text for b in blocks] == ["Judul", "Beranda · Berita · Video", "Satu dua."]
    assert blocks[1].items == 3 and meta == Meta() and notes == []


def test_language_is_forced_declared_or_detected() -> None:
    assert page_language([PROSE], "en", "id") == ("id", "option")
    # a template that declares English over Indonesian text
    assert page_language([PROSE], "en", None)[0] == "id"
    assert page_language([PROSE], None, None) == ("id", "stopword count")
    # a declared language without a profile stands when no profile's words are frequent
    assert page_language([PROSE], "ms", None)[0] == "id"
    assert page_language(["眼前の風景を見ながら静かに考える時間が好きです"], "ja", None) == (
        "ja", "declared by the page")
    assert page_language(["眼前の風景を見ながら静かに考える時間が好きです"], None, None) == (None, "unknown")
    # a language with no profile takes a few short words of one ("a", "e", "o", "de"): too
    # few to be that language, so unknown rather than a wrong guess
    polish = ("Parlament Europejski poparł umowę handlową między Wielką Brytanią a Unią "
              "Europejską po brexicie, usuwając ostatnią przeszkodę na drodze do pełnej "
              "ratyfikacji porozumienia. W głosowaniu 660 europosłów było „za”, 5 - "
              "„przeciwko”, a 32 wstrzymało się od głosu. Zgoda PE jest uwieńczeniem ponad "
              "czterech lat trudnych negocjacji w sprawie wyjścia Wielkiej Brytanii z UE.")
    # (Polish has a profile since session 23: its words tell it; Slovak, with none, takes Czech's
    # and Portuguese's short words and stays unknown)
    assert page_language([polish] * 3, None, None) == ("pl", "stopword count")
    slovak = ("Európsky parlament podporil obchodnú dohodu medzi Veľkou Britániou a Úniou po "
              "brexite, čím odstránil poslednú prekážku na ceste k plnej ratifikácii dohody. Za "
              "hlasovalo 660 europoslancov, 5 bolo proti a 32 sa zdržalo hlasovania. Súhlas je "
              "zavŕšením viac ako štyroch rokov ťažkých rokovaní o odchode Británie z únie.")
    assert page_language([slovak] * 3, None, None) == (None, "unknown")
    # a page in a language without a profile under a template that declares English: a
    # hundred words with next to none of English's frequent words are not English
    swahili = ("Jeshi la Polisi mkoani humo limefanikiwa kukamata watu kwa kuhusishwa na makosa "
               "mbalimbali katika kipindi cha kuanzia mwezi Novemba hadi Desemba mwaka jana, "
               "kamanda wa polisi wa mkoa amesema leo akizungumza na waandishi wa habari ofisini "
               "kwake ambapo ameeleza kuwa operesheni hiyo itaendelea kwa wiki kadhaa zijazo.")
    assert page_language([swahili] * 3, "en", None) == (
        None, "unknown (the page declares a language its text does not read as)")


def test_labels_furniture_and_opens_the_body_at_the_dateline() -> None:
    blocks = _blocks("Judul Berita Hari Ini Tentang Jalan", "Baca juga: Jalan rusak lagi di kota",
                     "Foto kiriman warga", "JAKARTA, KOMPAS.com - " + PROSE, PROSE, "Bagikan")
    layout = label_layout(blocks)
    assert layout.dateline is not None and layout.dateline.location == "Jakarta"
    assert layout.start == 3 and layout.end == 5
    assert blocks[1].label == RELATED and blocks[5].label == BOILERPLATE
    body = label_body(blocks, layout, "Judul Berita Hari Ini Tentang Jalan")
    assert [b.index for b in body] == [3, 4] and blocks[3].label == BODY


@pytest.mark.parametrize("line,title", [
    ("JANGAN LEWATKAN!!! Armand Maulana & Rambut Gondrong Ikoniknya Dari Tahun ke Tahun",
     "Armand Maulana & Rambut Gondrong Ikoniknya Dari Tahun ke Tahun"),
    ("Don't miss: Hong Kong 'threatened with Chinese military intervention'",
     "Hong Kong 'threatened with Chinese military intervention'"),
    ("Baca juga! Harga Cabai Rawit Tembus Rp 90.000 per Kilogram",
     "Harga Cabai Rawit Tembus Rp 90.000 per Kilogram"),
    ("Baca juga Harga Cabai Rawit Tembus Rp 90.000", "Harga Cabai Rawit Tembus Rp 90.000"),
    # a sentence that opens with the label's words is no read-also line
    ("Jangan lewatkan Festival Jazz Jakarta yang digelar akhir pekan ini, kata panitia.", None),
    ("Don't miss Sunday's final, the coach told reporters on Friday.", None),
])
def test_a_read_also_label_takes_exclamation_marks(line: str, title: str) -> None:
    from newsextract.classify import related_title

    assert related_title(line) == title


def test_the_body_ends_where_the_prose_before_the_comments_ends() -> None:
    # (teasers that read as prose lie past the comments and won the run; the comments end it,
    # and the furniture between the text and them stays out)
    text = [f"{w} {PROSE}" for w in ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")]
    blocks = _blocks("JAKARTA, KOMPAS.com - " + text[0], text[1], text[2], "Bagikan", "Rate artikel ini",
                     "Suka (0) Tidak suka (0)", "0 Komentar", text[3], text[4], text[5], text[6])
    layout = label_layout(blocks)
    assert layout.start == 0 and layout.end == 3


def test_a_contact_box_is_not_the_text_however_long() -> None:
    # a footer's customer-service paragraph (an e-mail address and phone numbers) outweighed a
    # two-paragraph article in a dump; a year span is no phone number
    contact = ("Pusat layanan pelanggan dapat dihubungi untuk pertanyaan dan permintaan apa pun: "
               "Telepon (021) 555-1234 atau 0812-3456-7890, faks 021-5550000, surel "
               "layanan@contoh.co.id. Pusat layanan buka Senin sampai Jumat pukul 08.00 "
               "sampai 17.00 dan melayani pelanggan luar negeri lewat nomor +62 21 5550001. ") * 2
    blocks = _blocks("Judul Berita Hari Ini Tentang Jalan", "JAKARTA, KOMPAS.com - " + PROSE, PROSE,
                     "Berita lain hari ini", "Tentang Kami", contact)
    layout = label_layout(blocks)
    assert (layout.start, layout.end) == (1, 3)
    assert blocks[5].score < 0
    years = _blocks(PROSE + " Pada 2020-2021 dan 2022-2023 warga bisa menulis ke warga@contoh.id.")
    label_layout(years)
    assert years[0].score > 0
    # a paragraph that tells readers where to report, with numbers and an address, is text:
    # a contact box labels its lines
    hotline = _blocks("Warga yang melihat pelanggaran dapat melapor ke nomor 0812-3456-7890 atau "
                      "021-5550000, serta surel lapor@jakarta.go.id, kata Kepala Dinas kepada "
                      "wartawan di Balai Kota pada Senin.")
    label_layout(hotline)
    assert hotline[0].score > 0


def test_a_short_post_is_not_outweighed_by_its_comments() -> None:
    post = ("Our goal with these open threads is to give readers a place to raise questions "
            "about our work in the comments below. You are also welcome to write to us or to "
            "ask for a call with our staff if you would rather talk privately. We will try to "
            "answer quickly.")
    comment = ("I read your report and did not see any analysis of the cost of slower travel. "
               "I assume that slower but safer buses are a net gain, but I am not sure, and I "
               "would like to see the question weighed before we decide that the drivers are "
               "wrong about their own interest.")
    blocks = _blocks("Open thread for September", "September 10, 2018 | by Catherine", post,
                     "Posted in Open thread | Permalink | 10 Comments", "Previous Post",
                     "Next Post", "Share", "Comments", "Milan on September 12, 2018 at 4:47 pm said:", comment,
                     "Alex on September 17, 2018 at 6:34 am said:", comment + " " + comment,
                     comment)
    layout = label_layout(blocks)
    assert (layout.start, layout.end) == (2, 3)
    assert not blocks[2].label and blocks[9].score > 0
    # a comments link in the article's head is no comments section
    head = _blocks("Open thread for September", "September 10, 2018 | by Catherine", "Comments",
                   comment, comment + " " + comment)
    assert label_layout(head).start == 3


def test_a_pictures_alt_text_and_caption_printed_as_one_paragraph_are_no_text() -> None:
    caption = "Pedagang menata karung beras di Pasar Induk Beras Cipinang, Jakarta Timur."
    blocks = _blocks("Judul Berita Hari Ini Tentang Jalan", caption + " " + caption, PROSE, PROSE,
                     PROSE + " Sekali lagi: " + PROSE + " Demikian.")
    layout = label_layout(blocks)
    assert blocks[1].caption and layout.start == 2
    assert not blocks[4].caption  # (words repeated inside a paragraph do not make it one)


def test_a_dumps_long_paragraph_over_a_photo_credit_stays_text() -> None:
    # a picture with no caption under a paragraph: its credit follows the paragraph
    long_par = PROSE + " " + PROSE.replace("Pemerintah daerah", "Dinas pekerjaan umum")
    blocks = _blocks("Judul Berita Hari Ini Tentang Jalan", PROSE, long_par, "Foto: Istimewa",
                     "Warga melintas di jalan yang rusak akibat banjir di kawasan Cibubur, Jakarta "
                     "Timur, Senin pagi.", "Foto: Istimewa", PROSE, PROSE)
    label_layout(blocks)
    assert not blocks[2].caption and blocks[2].score > 0
    assert blocks[4].caption  # a caption's short line over the credit


def test_title_prefers_a_block_that_matches_the_metadata() -> None:
    blocks = _blocks("Menu Utama", "Harga Cabai Naik Jelang Lebaran di Pasar Induk", PROSE)
    title = choose_title(blocks, 2, ID, None, ("Harga Cabai Naik Jelang Lebaran di Pasar Induk",), None)
    assert (title.text, title.index, title.source) == (
        "Harga Cabai Naik Jelang Lebaran di Pasar Induk", 1, "block 1")
    title = choose_title(blocks, 2, ID, "Sesuatu yang Lain Sama Sekali", (), "og:title")
    assert title.text == "Sesuatu yang Lain Sama Sekali" and title.source == "og:title"


def test_a_dumps_title_line_wins_over_a_line_the_text_speaks_less_of() -> None:
    # a soup dump's first line is the page's <title>, far above the text (a long menu
    # between): the line over the text is a section's label that shares nothing with the
    # <title>, and the text speaks of what the <title> says: the <title> is the headline,
    # less the site's name printed again in the footer
    text = ("Emergency crews evacuated three villages in the river valley on Tuesday after two "
            "days of heavy rain pushed the river over its banks, the authorities said.")
    doc_title = "Flood waters rise in the river valley - Valley Herald"
    blocks = _blocks("Latest reports from our newsroom", text, text, "© 2024 Valley Herald")
    title = choose_title(blocks, 1, EN, None, (doc_title,), "the dump's first line", dump=True)
    assert title.text == "Flood waters rise in the river valley"
    # a line that the text speaks of as much stays the headline (as on any page)
    blocks = _blocks("Three villages evacuated as the river rises over its banks", text, text)
    title = choose_title(blocks, 1, EN, None, (doc_title,), "the dump's first line", dump=True)
    assert title.text == "Three villages evacuated as the river rises over its banks"


def test_a_dumps_title_line_is_the_headline_when_no_line_reads_as_one() -> None:
    # no line above the text reads as a headline (a script wrote it): the <title> is the
    # headline, less the site's name that the footer prints alone
    text = ("Emergency crews evacuated three villages in the river valley on Tuesday after two "
            "days of heavy rain pushed the river over its banks, the authorities said.")
    blocks = _blocks(text, text, "Valley Herald")
    title = choose_title(blocks, 0, EN, None, ("Flood waters rise in the river valley | Valley Herald",),
                         "the dump's first line", dump=True)
    assert (title.text, title.index) == ("Flood waters rise in the river valley", -1)


def test_a_gallerys_caption_printed_again_away_from_its_photo_is_no_headline() -> None:
    # a dump of a gallery prints each photo's caption over its credit, and the caption once
    # more over the share buttons: that printing is a caption too, not a headline printed twice
    caption = "The mayor admitted failings in public on Tuesday evening"
    text = ("The town admitted serious failings after the fire on New Year's night, in which forty "
            "people died, the council's spokesman told reporters on Tuesday.")
    blocks = _blocks(caption, "Photo: Bild: APA/KEYSTONE", caption, "Photo: Bild: APA/KEYSTONE",
                     caption, "Share", "Town admits failings after the fire", text, text)
    for b in blocks:
        b.caption = b.text.startswith("Photo:")
    title = choose_title(blocks, 7, EN, None, (), None, dump=True)
    assert title.text == "Town admits failings after the fire"


def test_a_dumps_kicker_printed_before_the_headline_on_its_line_is_not_the_headlines() -> None:
    # the page prints the headline alone, then its kicker and the headline on one line (a
    # heading of two parts): the headline is the line without the kicker
    text = ("Liverpool lost at Everton on Wednesday night and fell behind in the race for the "
            "title, two points behind the leaders with five games to play, the club said.")
    headline = "Setback in the title race as Liverpool lose at Everton"
    def head(line: str) -> list:
        return _blocks(headline, "Andrew Robertson of Liverpool FC", line, "25 April 2024, 23:04",
                       text, text)

    assert choose_title(head("Premier League " + headline), 4, EN, None, (), None, dump=True).text == headline
    # a topic before a colon or a dash is the headline's own
    line = "Bubi Bomber back: " + headline
    assert choose_title(head(line), 4, EN, None, (), None, dump=True).text == line


def test_a_dumps_run_that_opens_at_its_headline_keeps_it_a_candidate() -> None:
    # the run of prose took in the headline (a line with no stop over the standfirst and the
    # byline with its date): the headline is still found, not a menu's line above it
    standfirst = ("Norad's layered air defence sends American and Canadian fighters up to watch the "
                  "Russian jets exercising near Alaska, the command said on Tuesday.")
    text = ("The Russian bombers stayed in international airspace and did not enter the "
            "identification zone's inner part, the command said, and the fighters went home.")
    headline = "Russian jets over the Arctic and the US fighters that meet them"
    blocks = _blocks("Print subscription Digital subscription", "Follow us", headline, standfirst,
                     "Marco Rossi 4 February 2025 - 14:41", text, text)
    title = choose_title(blocks, 2, EN, None, (), None, dump=True)
    assert (title.text, title.index) == (headline, 2)
    # a longer line with no stop there is a standfirst, not the headline
    blocks = _blocks("Russian jets over the Arctic", standfirst[:-1] + " and the rest of the fleet stayed home",
                     "4 February 2025 - 14:41", text, text)
    assert choose_title(blocks, 1, EN, None, (), None, dump=True).text == "Russian jets over the Arctic"


def test_a_dumps_slot_line_printed_inside_the_text_is_not_the_texts_words() -> None:
    # an ad slot's line stands over the headline and again between the text's paragraphs:
    # its words are the slot's, not the text's, and it is no headline
    slot = "This advertisement has not loaded yet, but your article continues below."
    texts = ["Emergency crews evacuated three villages in the river valley on Tuesday after two "
             "days of heavy rain pushed the river over its banks, the authorities said.",
             "More rain is forecast for the valley on Wednesday, and the crews expect the river to "
             "rise further before the weekend, the weather service said.",
             "Residents of the three villages were taken to a school in the nearest town, where "
             "beds and a kitchen were set up for the families."]
    blocks = _blocks(slot, "Flood waters rise in the river valley", "By Jane Porter", texts[0], slot,
                     texts[1], slot, texts[2], slot)
    title = choose_title(blocks, 3, EN, None, (), None, dump=True)
    assert title.text == "Flood waters rise in the river valley"


def test_date_near_the_headline_and_metadata_of_the_same_day() -> None:
    blocks = _blocks("Judul", "Kamis, 5 November 2015 14:56 WIB", PROSE)
    date = choose_date(blocks, 0, 2, None, None, ID)
    assert (date.iso, date.index) == ("2015-11-05T14:56:00+07:00", 1)
    date = choose_date(_blocks("Judul", "5 November 2015", PROSE), 0, 2,
                       "2015-11-05T14:56:00+07:00", "JSON-LD datePublished", ID)
    assert (date.iso, date.source) == ("2015-11-05T14:56:00+07:00", "JSON-LD datePublished")
    assert with_default_offset("2015-11-05T14:56:00", ID) == "2015-11-05T14:56:00+07:00"
    assert with_default_offset("2015-11-05T14:56:00", get_profile("en")) == "2015-11-05T14:56:00"


def test_credits_around_the_body() -> None:
    blocks = _blocks("Judul", "Penulis: Dian Sari | Editor: Bambang Susilo", PROSE, PROSE)
    for b in blocks[2:]:
        b.label = BODY
    credits = find_credits(blocks, 0, 2, 4, ID, have_authors=False)
    assert credits.authors == ["Dian Sari"] and credits.editors == ["Bambang Susilo"]
    assert credits.lines == [(1, "credit line")]


def test_bylines_of_teasers_inside_the_body_are_not_the_articles() -> None:
    en = get_profile("en")
    blocks = _blocks("Headline of the story", "By Jane Miller", PROSE, "More on this",
                     "Another story of the site", "By Paul Stone", PROSE, PROSE)
    for b in blocks[2:]:
        b.label = BODY
    blocks[3].label = blocks[4].label = RELATED
    blocks[5].label = ""
    assert find_credits(blocks, 0, 2, 8, en, have_authors=False).authors == ["Jane Miller"]
    # no byline at the head: a byline under a related title is still the teaser's
    del blocks[1]
    for i, b in enumerate(blocks):
        b.index = i
    assert find_credits(blocks, 0, 1, 7, en, have_authors=False).authors == []


def test_a_byline_box_that_a_dump_folded_like_a_menu_gives_its_name() -> None:
    # a get_text() dump's byline box of short lines, folded into one block as a menu is
    en = get_profile("en")
    blocks = _blocks("Chelsea send clear message of intent on proud day at Cobham",
                     "Chelsea beat Tottenham on Thursday night",
                     "Getty Images · Nizaar Kinsella · 2 minutes ago", PROSE, PROSE)
    blocks[2].items, blocks[2].label = 3, "list"
    for b in blocks[3:]:
        b.label = BODY
    credits = find_credits(blocks, 0, 3, 5, en, have_authors=False, dump=True)
    assert credits.authors == ["Nizaar Kinsella"] and credits.guessed
    # (a menu of names with no date or age among them names no one; nor does an HTML page's)
    blocks[2] = Block("Getty Images · Nizaar Kinsella · Premier League", 2)
    blocks[2].items, blocks[2].label = 3, "list"
    assert find_credits(blocks, 0, 3, 5, en, have_authors=False, dump=True).authors == []
    blocks[2] = Block("Getty Images · Nizaar Kinsella · 2 minutes ago", 2)
    blocks[2].items, blocks[2].label = 3, "list"
    assert find_credits(blocks, 0, 3, 5, en, have_authors=False).authors == []


def test_a_dumps_author_box_after_the_text_label_name_and_role() -> None:
    de = get_profile("de")
    blocks = _blocks("Ein bisschen Fortschritt beim Selbstbestimmungsgesetz", PROSE_DE, PROSE_DE,
                     "Politik", "28. 4. 2023, 18:41 Uhr", "Kommentar von", "Nicole Opitz",
                     "Redakteurin", "Nicole Opitz")
    for b in blocks[1:3]:
        b.label = BODY
    credits = find_credits(blocks, 0, 1, 3, de, have_authors=False, dump=True)
    assert credits.authors == ["Nicole Opitz"]
    # (with no role under the name, a bare label after the text may head a teaser's byline:
    # not read; nor on an HTML page's blocks)
    blocks[7] = Block("Mehr zum Thema", 7)
    assert find_credits(blocks, 0, 1, 3, de, have_authors=False, dump=True).authors == []
    blocks[7] = Block("Redakteurin", 7)
    assert find_credits(blocks, 0, 1, 3, de, have_authors=False).authors == []


def test_a_name_alone_between_the_date_and_the_body() -> None:
    en = get_profile("en")
    blocks = _blocks("From adversity to advocacy", "May 14, 2025", "Mohloai Mpesi", PROSE, PROSE)
    for b in blocks[3:]:
        b.label = BODY
    credits = find_credits(blocks, 0, 3, 5, en, have_authors=False)
    assert credits.authors == ["Mohloai Mpesi"] and credits.guessed
    # a line that only opens with a date is a byline's or a teaser's, and a button is no name
    for above, line in (("8. Januar 2020 · by Aureliana · in Gefühle", "Priscilla Du Preez"),
                        ("December 29th 2019", "Tweet This")):
        blocks = _blocks("Unbefriedigt", above, line, PROSE, PROSE)
        for b in blocks[3:]:
            b.label = BODY
        assert line not in find_credits(blocks, 0, 3, 5, en, have_authors=False).authors


@pytest.mark.parametrize("date_line,name", [
    ("11:00 AM PDT • May 16, 2024", "Paul Sawers"),  # the time printed before the date
    ("May 16, 2024", "Paul Sawers"),
    ("Updated 11:00 AM", None),  # no date: a time alone does not make a name a byline
])
def test_a_name_alone_over_its_date_line(date_line: str, name: str) -> None:
    from newsextract.fields.byline import dated_name
    from newsextract.profiles import merged

    assert dated_name("Paul Sawers", date_line, merged()) == name


@pytest.mark.parametrize("line,names", [
    ("By Tom Davies - Associated Press - Friday, April 28, 2023", ["Tom Davies"]),
    ("By Tim Childers - Live Science Contributor", ["Tim Childers"]),
    ("Oleh Ani Rahma - Kompas.com", ["Ani Rahma"]),
    ("By Tom Davies - Friday", []),  # a dash and a word that is no outlet nor role
    ("Laporan Wartawan: 16 Mei 2022", []),  # a label and a date alone
    ("Laporan Reporter: 16/05/2022", []),
])
def test_a_byline_with_the_agency_or_role_after_a_dash(line: str, names: list) -> None:
    from newsextract.fields.byline import parse_credit
    from newsextract.profiles import merged

    assert parse_credit(line, merged())[0] == names


def test_the_outlet_as_its_own_author_in_metadata_is_dropped() -> None:
    import newsextract

    html = ('<html><head><meta name="author" content="Lesotho Times">'
            '<meta property="og:site_name" content="Lesotho Times"></head><body>'
            '<h1>From adversity to advocacy</h1><p>May 14, 2025</p><p>Mohloai Mpesi</p>'
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + '</body></html>')
    assert newsextract.extract(html).authors == ["Mohloai Mpesi"]


def test_a_date_line_in_the_body_or_after_it_when_none_stands_above() -> None:
    de = get_profile("de")
    blocks = _blocks("Titel", "erstellt: 01. April 2025, 15:25 in: Gesellschaft | Kommentare : 0",
                     PROSE, PROSE)
    for b in blocks[1:]:
        b.label = BODY
    assert choose_date(blocks, 0, 1, None, None, de).iso == "2025-04-01T15:25:00+02:00"
    # the metadata's date is the date then
    assert choose_date(blocks, 0, 1, "2025-04-01T13:25:00+00:00", "meta", de).iso == \
        "2025-04-01T13:25:00+00:00"
    # a caption with a date is no date line; a details box after the body is one
    blocks = _blocks("Titel", PROSE, "24. April 2023: Panzer bei Bachmut", PROSE,
                     "Mehr: Viele Tote nach der Angriffswelle 28.04.2023", "Datum 28.04.2023")
    blocks[2].caption = True
    blocks[1].label = blocks[3].label = BODY
    blocks[4].label = RELATED
    assert choose_date(blocks, 0, 1, None, None, de).iso == "2023-04-28"


def test_tail_takes_initials_and_agency_credits_off_the_body() -> None:
    tail = read_tail([PROSE, PROSE + " (Antara)"], ID)
    assert tail.paragraphs == [PROSE, PROSE] and tail.credit == "Antara"
    tail = read_tail([PROSE, "DINI TEJA"], ID)
    assert tail.paragraphs == [PROSE] and tail.authors == ["Dini Teja"]


def test_dateline_place_without_the_outlet() -> None:
    found = find_dateline("TAKENGON, Warta Nusantara – " + PROSE)
    assert found is not None
    assert place_and_site(found[0], "Warta Nusantara") == ("Takengon", "Warta Nusantara")
    assert place_and_site(None, "Warta") == (None, None)


def test_fallback_takes_prose_paragraphs_when_no_run_was_found() -> None:
    from newsextract.classify import label_fallback

    blocks = _blocks("Menu", PROSE, "Share", PROSE + " Dua.", PROSE + " Tiga.")
    for b, score in zip(blocks, (-10.0, 20.0, -10.0, 21.0, 22.0), strict=True):
        b.score = score
    assert [b.index for b in label_fallback(blocks)] == [1, 3, 4]
    assert blocks[1].label == BODY
    assert label_fallback(_blocks("Menu", PROSE)) == []  # fewer than three: no body at all


def test_jsonld_article_body_replaces_a_thin_page() -> None:
    import newsextract

    text = " ".join([PROSE] * 4)
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Jalan Rusak", "articleBody": "' + text + '\\n' + text + '"}</script>'
            '</head><body><h1>Jalan Rusak</h1><p>Berlangganan untuk membaca.</p></body></html>')
    article = newsextract.extract(html)
    assert article.body == text + "\n\n" + text
    assert any("articleBody" in w for w in article.warnings)


def test_title_without_the_site_name_or_a_glued_kicker() -> None:
    from newsextract.fields.title import without_site

    assert without_site("Doobie Brothers Unite for a Tour – Rolling Stone", "Rolling Stone") == \
        "Doobie Brothers Unite for a Tour"
    assert without_site("Saftiger Zitronenkuchen | Backen macht glücklich", "Backen macht glücklich") == \
        "Saftiger Zitronenkuchen"
    assert without_site("Harga Cabai Naik - Kata Pedagang", "Warta") == "Harga Cabai Naik - Kata Pedagang"
    # a name with a dash of its own
    assert without_site("Spiced Honey Pear Jam Recipe | The Anti-June Cleaver", "The Anti-June Cleaver") == \
        "Spiced Honey Pear Jam Recipe"
    assert without_site("Ultium Cells erhöht Kapazität - Battery-News.de", "Battery-News.de") == \
        "Ultium Cells erhöht Kapazität"
    assert without_site("Kapazität - Battery-News.de", "Battery-News.de") == "Kapazität - Battery-News.de"
    blocks = _under_h1("Neue Leipziger Schule Judy Lybke, ganz und gar nicht eigenartig")
    title = choose_title(blocks, 1, ID, None, ("Judy Lybke, ganz und gar nicht eigenartig",), None)
    assert title.text == "Judy Lybke, ganz und gar nicht eigenartig"


def test_the_metadata_tells_the_order_of_an_ambiguous_numeric_date() -> None:
    us = get_profile("en")  # month first
    blocks = _blocks("Headline of the story", "11/06/2025 10:00", PROSE)
    assert choose_date(blocks, 0, 2, None, None, us).iso == "2025-11-06T10:00:00"
    assert choose_date(blocks, 0, 2, "2025-06-11T10:00:00+01:00", "meta", us).iso == \
        "2025-06-11T10:00:00+01:00"
    # a metadata date of another day altogether does not overrule the printed one
    assert choose_date(blocks, 0, 2, "2025-06-12T10:00:00+01:00", "meta", us).iso == "2025-11-06T10:00:00"


def test_the_visible_headline_when_metadata_agrees_or_adds_only_a_name() -> None:
    en = get_profile("en")
    h1 = "A woman who lost 130 pounds shares 7 changes she was not expecting"
    blocks = _under_h1(h1)
    seo = "Woman who lost 130lb: seven unexpected changes of weight loss"
    # JSON-LD gives a search engine's headline, og:title the one printed: the printed one
    assert choose_title(blocks, 1, en, seo, (seo, h1), "JSON-LD headline").text == h1
    # no metadata title agrees with the block: the metadata's
    assert choose_title(blocks, 1, en, seo, (seo,), "JSON-LD headline").text == seo
    # a metadata title that ends with the block names the site in its tail: the block is a masthead
    blocks = _under_h1("Das Leben, der Meister und ich")
    assert choose_title(blocks, 1, en, "Nebelsuppe.", ("Nebelsuppe.", "Nebelsuppe. | Das Leben, der "
                        "Meister und ich"), "og:title").text == "Nebelsuppe."
    # the metadata's title is the block's and a name the page does not give as its site's
    blocks = _blocks("„Unermüdlicher Einsatz“", PROSE)
    meta = "„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung"
    assert choose_title(blocks, 1, en, meta, (meta,), "og:title").text == "„Unermüdlicher Einsatz“"


def test_a_language_spoken_in_one_zone_gives_printed_times_its_offset() -> None:
    de = get_profile("de")
    assert de.default_zone == "Europe/Berlin"
    summer = choose_date(_blocks("Titel", "28.04.2024, 17:19 Uhr", PROSE), 0, 2, None, None, de)
    winter = choose_date(_blocks("Titel", "6. November 2025, 17:06 Uhr", PROSE), 0, 2, None, None, de)
    assert (summer.iso, winter.iso) == ("2024-04-28T17:19:00+02:00", "2025-11-06T17:06:00+01:00")
    # an assumed offset does not outweigh the metadata's own moment on the same day; a printed zone does
    blocks = _blocks("Titel", "07.01.2026, 18:50 Uhr", PROSE)
    # (told in the zone the page prints its times in: the same moment)
    assert choose_date(blocks, 0, 2, "2026-01-07T17:34:29+00:00", "meta", de).iso == \
        "2026-01-07T18:34:29+01:00"
    blocks = _blocks("Judul", "Rabu, 07/01/2026 18:50 WIB", PROSE)
    assert choose_date(blocks, 0, 2, "2026-01-07T17:34:29+00:00", "meta", ID).iso == \
        "2026-01-07T18:50:00+07:00"
    assert with_default_offset("2024-04-28T17:19:00", de) == "2024-04-28T17:19:00+02:00"
    # English is printed in many zones: a naive time stays naive
    assert with_default_offset("2024-04-28T17:19:00", get_profile("en")) == "2024-04-28T17:19:00"


def test_dates_printed_with_spaces_glued_to_a_name_or_after_their_time() -> None:
    de, en = get_profile("de"), get_profile("en")
    assert [f.iso for f in find_dates("06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten", de)] == \
        ["2026-01-06T14:59:00+01:00"]
    assert [f.iso for f in find_dates("Tobias Mühlbauer24.04.2024, 19:35 Uhr", de)] == \
        ["2024-04-24T19:35:00+02:00"]
    assert [f.iso for f in find_dates("Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, "
                                      "27 April 2024", en)] == \
        ["2024-04-27T15:56:00+01:00", "2024-04-27T15:57:00+01:00"]
    # a score is no time
    assert [f.iso for f in find_dates("Endstand 3:1, 5 May 2024", en)] == ["2024-05-05"]


def test_a_dumps_date_line_under_the_body_is_read_whatever_its_label() -> None:
    de = get_profile("de")
    blocks = _blocks("Titel der Meldung", PROSE, PROSE, PROSE, PROSE, "22.11.2024 07.57", "Impressum")
    for b in blocks[1:5]:
        b.label = BODY
    blocks[5].label = BOILERPLATE
    assert choose_date(blocks, 0, 1, None, None, de).iso is None
    date = choose_date(blocks, 0, 1, None, None, de, dump=True)
    assert (date.iso, date.index) == ("2024-11-22T07:57:00+01:00", 5)


def test_a_dumps_date_line_far_above_the_text_is_a_guess() -> None:
    # (an "Updated:" line nearer the text is a modified date and is passed over)
    # the headline was not found by the text (a dump's long menus and share bars between):
    # the date's own line nearest above the text is read, and said to be a guess
    en = get_profile("en")
    blocks = _blocks("Posted 12 May 2019", "Economists weigh in on the latest jobs report",
                     "By Jane Roe", "Published Jun 05, 2026", "Updated: Jun 06, 2026",
                     *[f"Menu item {i}" for i in range(40)], PROSE)
    start = len(blocks) - 1
    assert choose_date(blocks, start, start, None, None, en).iso is None
    date = choose_date(blocks, start, start, None, None, en, dump=True)
    assert (date.iso, date.index, date.guessed) == ("2026-06-05", 3, True)


def test_an_images_name_is_no_date_line() -> None:
    de = get_profile("de")
    assert choose_date(_blocks("Titel", "[2022-05-11-sitzung-18]", PROSE), 0, 2, None, None, de).iso is None


def test_a_dumps_headline_is_not_the_caption_over_a_photo_credit() -> None:
    blocks = _blocks("Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec",
                     "Jona Niemiec will abziehen, Karol Mets bedrängt ihn",
                     "Jona Niemiec will abziehen, Karol Mets bedrängt ihn",
                     "Foto: Getty Images", PROSE)
    blocks[3].caption = True
    assert choose_title(blocks, 4, ID, None, (), None).index == 2
    assert choose_title(blocks, 4, ID, None, (), None, dump=True).index == 0


def test_a_dumps_headline_is_not_a_kicker_a_label_or_a_search_box() -> None:
    de = get_profile("de")
    text = ("Die Regierung in Kiew plant eine neue Offensive im Osten des Landes, sagen Militärs. "
            "Die Offensive soll vor dem Winter beginnen, die Armee braucht dafür mehr Munition.")
    # a kicker (a short line naming the topic) over the headline; a menu over both
    blocks = _blocks("Nachrichten Politik Wirtschaft Kultur Sport Wissen",
                     "Krieg in der Ukraine", "Ukrainische Gegenoffensive: Ziele, Chancen, Risiken",
                     "Umbau des Weissen Hauses –", "Sie befinden sich hier:",
                     "Suche nach: [          ] Suchen", text, text)
    # (a kicker, a kicker cut at its dash, labels)
    assert choose_title(blocks, 6, de, None, (), None, dump=True).index == 2
    # the line whose words the text uses, over a button's line nearer the text
    blocks = _blocks("Neue Offensive im Osten der Ukraine geplant", "Mit Plus einloggen Jetzt Plus beitreten",
                     text, text)
    assert choose_title(blocks, 2, de, None, (), None, dump=True).index == 0


def test_a_dumps_breadcrumb_that_ends_with_the_headline_counts_as_its_copy() -> None:
    blocks = _blocks("Startseite Debatte Berliner Imam über Kinderlosigkeit: Es geht um unser Leben",
                     "Berliner Imam über Kinderlosigkeit: Es geht um unser Leben",
                     "Muslime tauschen sich zum Thema Kinder aus",
                     "Ein Imam beim Gebet in der Kirche in Berlin",
                     PROSE)
    assert choose_title(blocks, 4, ID, None, (), None).index == 3
    assert choose_title(blocks, 4, ID, None, (), None, dump=True).index == 1


def test_a_dumps_line_that_its_breadcrumb_trail_ends_with_is_the_headline_however_short() -> None:
    de = get_profile("de")
    blocks = _blocks("Die Neue Südtiroler Tageszeitung", "Politik Gesellschaft Kultur Sport",
                     "Die Neue Südtiroler Tageszeitung",
                     "Du befindest dich hier: Home » Gesellschaft » „Unermüdlicher Einsatz“",
                     "„Unermüdlicher Einsatz“", "erstellt: 01. April 2025, 15:25 in: Gesellschaft",
                     PROSE_DE)
    found = choose_title(blocks, 6, de, None, (), None, dump=True)
    assert (found.text, found.index) == ("„Unermüdlicher Einsatz“", 4)
    # (the trail itself is never the headline, whatever stands under it)
    blocks[4] = Block("Artikel teilen", 4)
    assert choose_title(blocks, 6, de, None, (), None, dump=True).index != 3
    # (an HTML page's blocks are left as they were)
    blocks[4] = Block("„Unermüdlicher Einsatz“", 4)
    assert choose_title(blocks, 6, de, None, (), None).index != 4


def test_a_dumps_list_item_is_hardly_ever_its_headline() -> None:
    blocks = _blocks("Briefe an die SN", "Theater · Musik · Kino", "Briefe an die SN", "Video · Podcasts",
                     "Ex-Ministerin Raab neue Chefin von Migrations-Thinktank", "von APA",
                     "Donnerstag", "Artikel teilen", PROSE)
    blocks[0].bullet = blocks[2].bullet = True
    assert choose_title(blocks, 8, ID, None, (), None).index == 2  # (printed twice)
    assert choose_title(blocks, 8, ID, None, (), None, dump=True).index == 4


_STORY = ("The council voted on Tuesday to close the old bridge to cars for two years while "
          "engineers replace its deck, a job the city has put off since the floods of 2019.")
_LEAD = ("The bridge will close to cars from March; buses and bicycles keep a lane while the "
         "deck is replaced.")


def _lead_page(description: str, text_opening: str = "") -> str:
    paras = "".join(f"<p>{text_opening if i == 0 else ''}{_STORY} ({i})</p>" for i in range(5))
    return (f'<html><head><title>Old bridge closes</title>'
            f'<meta name="description" content="{description}"></head><body>'
            f'<article><h1>Old bridge closes to cars for two years</h1><p class="summary">{_LEAD}</p>'
            '<div class="meta"><span>By Ann Lee</span> <time>4 March 2024</time></div>'
            '<figure><img src="b.jpg"><figcaption>The bridge at dusk. Photo: Ann Lee</figcaption></figure>'
            f'<div class="text">{paras}</div></article></body></html>')


def test_a_standfirst_under_the_headline_opens_the_body() -> None:
    from newsextract import extract

    # the page's description repeats the standfirst; the byline, date and picture between
    # it and the text stay out of the body
    rec = extract(_lead_page(_LEAD).encode())
    assert rec.body.startswith(_LEAD + "\n\n" + _STORY)
    assert "Ann Lee" not in rec.body and "dusk" not in rec.body
    # a full sentence right under the headline is a standfirst too, without the description
    assert extract(_lead_page("A bridge story").encode()).body.startswith(_LEAD + "\n\n")
    # but what stands above a dateline is never the article's own
    rec = extract(_lead_page(_LEAD, "SPRINGFIELD (AP) — ").encode())
    assert rec.body.startswith(_STORY) and rec.location == "Springfield"


def test_the_article_head_inside_the_run_is_not_the_text() -> None:
    from newsextract import extract

    # the headline again under a kicker, a date-and-reading-time line and a byline sit in the
    # same container as the text; none of them is its first paragraph
    paras = "".join(f"<p>{_STORY} ({i})</p>" for i in range(4))
    page = ('<html><head><title>Old bridge closes to cars for two years</title></head><body>'
            '<h1>Old bridge closes to cars for two years</h1><div class="story">'
            '<h2>City works: Old bridge closes to cars for two years</h2>'
            '<p>4 March 2024, 10:15 - 3 min read</p><p>by Ann Lee</p>'
            f'{paras}</div></body></html>')
    rec = extract(page.encode())
    assert rec.body.startswith(_STORY + " (0)")
    # a motto that closes with its stop stays
    page = page.replace("<p>by Ann Lee</p>", "<p>“Bridges are for people.”</p>")
    assert extract(page.encode()).body.startswith("“Bridges are for people.”\n\n" + _STORY)


def _article(inner: str) -> bytes:
    return ('<html><head><title>Old bridge closes</title></head><body><nav><a href="/">Home</a>'
            f'</nav><h1>Old bridge closes</h1><div id="main"><div class="story">{inner}</div></div>'
            '</body></html>').encode()


def test_the_article_container_gives_back_what_the_run_left_out() -> None:
    from newsextract import extract

    # a table of contents of links cuts the run in two; the paragraphs after it are in the
    # same element as the ones before
    toc = "<ul>" + "".join(f'<li><a href="#s{i}">Section {i} of the story</a></li>'
                           for i in range(12)) + "</ul>"
    inner = f"<p>{_STORY} Part a.</p><p>{_STORY} Part b.</p>{toc}<p>{_STORY} Part c.</p><p>{_STORY} Part d.</p>"
    body = extract(_article(inner)).body
    assert all(f"Part {k}." in body for k in "abcd") and "Section 3" not in body
    # but past the article's end it stops at the comments
    inner += f"<h3>Comments</h3><p>{_STORY} Part reader.</p>"
    assert "Part reader." not in extract(_article(inner)).body


def test_a_link_line_inside_the_span_is_not_text() -> None:
    from newsextract import extract

    inner = (f"<p>{_STORY} Part a.</p><p>{_STORY} Part b.</p>"
             '<p><a href="/x">The city plans a second bridge over the river</a> | '
             '<a href="/y">Council meetings archive</a></p>'
             f"<p>{_STORY} Part c.</p>")
    body = extract(_article(inner)).body
    assert "Part c." in body and "second bridge" not in body


def test_a_dash_after_paragraphs_of_prose_is_no_dateline() -> None:
    from newsextract import extract

    # "No wonder –" opens a sentence three paragraphs in; it is not a place
    inner = (f"<p>{_STORY} Part a.</p><p>{_STORY} Part b.</p>"
             f"<p>No Wonder – the council had warned of this for years. {_STORY}</p>")
    rec = extract(_article(inner))
    assert rec.body.startswith(_STORY + " Part a.") and rec.location is None


def test_a_long_paragraph_above_a_photo_credit_is_text_in_html() -> None:
    from newsextract import extract

    long_par = _STORY + (" Work on the new deck starts in the spring, and buses will take a detour "
                         "over the harbour road until the bridge reopens to all traffic.")
    inner = f"<p>{_STORY} Part a.</p><p>{long_par}</p><p>Photo: Ann Lee</p><p>{_STORY} Part c.</p>"
    assert long_par in extract(_article(inner)).body


def test_a_date_line_inside_the_body_is_not_text() -> None:
    from newsextract import extract

    inner = f"<p>{_STORY} Part a.</p><p>Freitag, 28.04.2023, 19:25</p><p>{_STORY} Part b.</p>"
    body = extract(_article(inner)).body
    assert "Part b." in body and "28.04.2023" not in body


def test_a_credit_line_near_the_top_of_the_body_is_a_byline() -> None:
    from newsextract import extract

    inner = f"<p>{_STORY} Part a.</p><p>Von Nina Berger</p><p>{_STORY} Part b.</p>"
    rec = extract(_article(inner))
    assert "Part b." in rec.body and "Nina Berger" not in rec.body
    assert rec.authors == ["Nina Berger"]


def test_guessed_authors_and_dates_say_so_in_warnings() -> None:
    from newsextract import extract

    paras = "".join(f"<p>{_STORY} Part {k}.</p>" for k in "abcd")
    # a name alone under the date line, no label, no metadata: read, and said to be a guess
    page = ('<html><head><title>Old bridge closes</title></head><body><h1>Old bridge closes</h1>'
            f'<p>May 14, 2025</p><p>Mohloai Mpesi</p><div class="story">{paras}</div></body></html>')
    rec = extract(page.encode())
    assert rec.authors == ["Mohloai Mpesi"]
    assert any(w.startswith("low confidence: authors") for w in rec.warnings)
    # with a label, a name is no guess
    rec = extract(page.replace("<p>Mohloai Mpesi</p>", "<p>By Mohloai Mpesi</p>").encode())
    assert rec.authors == ["Mohloai Mpesi"] and not any("authors" in w for w in rec.warnings)
    # no date above the text and none in the metadata: a date line after it is a guess
    page = ('<html><head><title>Old bridge closes</title></head><body><h1>Old bridge closes</h1>'
            f'<div class="story">{paras}</div><p>Published 14 May 2025</p></body></html>')
    rec = extract(page.encode())
    assert rec.date == "2025-05-14"
    assert any(w.startswith("low confidence: date") for w in rec.warnings)


def test_dates_written_year_first_with_dots_or_unit_marks() -> None:
    en = get_profile("en")
    assert [f.iso for f in find_dates("2025年1月14日 20:00", en)] == ["2025-01-14T20:00:00"]
    # (its time with unit marks too, a weekday in brackets between or not; a Japanese page's
    # in Tokyo's offset)
    assert [f.iso for f in find_dates("渡辺洋介2025年1月13日 21時37分", en)] == ["2025-01-13T21:37:00"]
    assert [f.iso for f in find_dates("2025年1月14日（火）21時17分", en)] == ["2025-01-14T21:17:00"]
    ja = with_language_zone(en, "ja")
    assert [f.iso for f in find_dates("2025年1月13日 20時01分", ja)] == ["2025-01-13T20:01:00+09:00"]
    assert [f.iso for f in find_dates("2025년 1월 13일 20시 01분", en)] == ["2025-01-13T20:01:00"]
    # (a time's marks alone, with no date of marks before them, are no time of that date)
    assert [f.iso for f in find_dates("2025-01-13 20時01分", en)] == ["2025-01-13"]
    assert [f.iso for f in find_dates("2025년 5월 15일", en)] == ["2025-05-15"]
    assert [f.iso for f in find_dates("입력 2026.07.12 22:09", en)] == ["2026-07-12T22:09:00"]
    # a line with such a date is no headline: the one above it is
    blocks = _blocks("記事", "宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報 気象庁", "渡辺洋介2025年1月13日 21時37分",
                     "印刷する", PROSE)
    assert choose_title(blocks, 4, ID, None, (), None, dump=True).index == 1



def test_a_note_about_the_writer_closing_the_article_is_not_its_text() -> None:
    en = get_profile("en")
    tail = read_tail(["The vote is set for Friday.",
                      "Aaron Kliegman is a politics reporter for Fox News Digital."], en)
    assert tail.paragraphs == ["The vote is set for Friday."]
    # a sentence of the story that names someone's role stays
    tail = read_tail(["The vote is set for Friday.",
                      "The council is a body of reporters and editors, the mayor said."], en)
    assert len(tail.paragraphs) == 2
    de = get_profile("de")
    assert read_tail(["Die Abstimmung ist am Freitag.",
                      "Nina Berger ist Redakteurin im Ressort Politik."], de).paragraphs == [
        "Die Abstimmung ist am Freitag."]


def test_a_closing_note_on_a_book_and_its_price_is_not_the_text() -> None:
    en, de = get_profile("en"), get_profile("de")
    tail = read_tail(["He walks off shaking his head.",
                      "On Leadership: Lessons for the 21st Century, by Tony Blair, is out now "
                      "(Cornerstone, £25)"], en)
    assert tail.paragraphs == ["He walks off shaking his head."]
    assert read_tail(["Die Abstimmung ist am Freitag.", "Der Roman erscheint am Montag "
                      "(Kiepenheuer & Witsch, 24 Euro)."], de).paragraphs == ["Die Abstimmung ist am Freitag."]
    # a price in the story's own sentence, or in parentheses without a publisher, stays
    for last in ("Tickets for the show cost more this year (£25).",
                 "The council raised the fee to £25 (a rise of a fifth), the mayor said."):
        assert len(read_tail(["The vote is set for Friday.", last], en).paragraphs) == 2


def test_a_closing_paragraph_about_the_bylines_writer_is_not_the_text() -> None:
    from newsextract.fields.credit import about_the_writer

    de, en = get_profile("de"), get_profile("en")
    bio = ("Der Berliner Imam Abdul Adhim Kamouss ist Gründer der Stiftung Islam in Deutschland. "
           "Bis vor etwa zehn Jahren als Prediger bekannt, wirbt er seither für ein Miteinander.")
    assert about_the_writer(bio, ["Abdul Adhim Kamouss"], de)
    assert about_the_writer("Jane Doe is a senior fellow at the institute.", ["Jane Doe"], en)
    # the writers' names alone, as the byline gave them
    assert about_the_writer("Ярослав Кузишин, Антон Зелинский, Карина Гасимова",
                            ["Ярослав Кузишин", "Антон Зелинский", "Карина Гасимова"], en)
    # someone else's name, the writer named later in the paragraph, or no byline: the text
    assert not about_the_writer(bio, ["Nina Berger"], de)
    assert not about_the_writer("The mayor thanked the fire brigade. Jane Doe is a reporter.",
                                ["Jane Doe"], en)
    assert not about_the_writer(bio, [], de)
    assert not about_the_writer("Jane Doe and the mayor", ["Jane Doe"], en)


def test_a_paragraph_about_google_news_is_no_invitation_to_follow_it() -> None:
    from newsextract.classify import is_boilerplate

    assert is_boilerplate("Dapatkan berita terbaru setiap hari dari kami di Google News")
    assert is_boilerplate("Follow Berita Harian Kota di Google News")
    assert is_boilerplate("Download Apps Detikcom Sekarang https://apps.example.com/detik/.")
    assert not is_boilerplate("Liputan6.com, Jakarta - Google bersedia membayar USD 1 miliar untuk "
                              "perusahaan media di dunia. Komitmen tersebut merupakan bagian dari "
                              "produk baru bernama Google News Showcase.")


def test_a_read_on_button_and_a_news_tip_request_are_furniture() -> None:
    from newsextract.classify import is_boilerplate

    for line in ("Continue Reading Below", "Have a news tip? Email us at tips@example.com.",
                 "And if you have a news tip, correction or comment, let us know at: "
                 "community@example.com.", "Got a news tip? Send it to us."):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Reporters who got a tip from a neighbour found the mayor's "
                              "car outside the warehouse on Tuesday night.")


def test_donation_asks_subscription_pitches_and_wire_notes_are_furniture() -> None:
    from newsextract.classify import is_boilerplate

    for line in ("Deine Spende für digitale Freiheitsrechte",
                 "Denn unser Kampf finanziert sich zu fast 100 Prozent aus den Spenden unserer Leser:innen.",
                 "Nouveau : découvrez nos offres Premium !", "Je découvre les offres",
                 "有料会員になると会員限定の有料記事もお読みいただけます。",
                 "Bu sitede abonelere sunulan haberler özetlenerek yayımlanmaktadır. Abonelik için "
                 "lütfen iletişime geçiniz.", "NTV uygulamasını indirin, gelişmelerden haberdar olun",
                 "Google logo next to text reading 'Click to follow TechRadar'",
                 "You've successfully subscribed to this newsletter!",
                 "You must be logged in to join the discussion or read more comments."):
        assert is_boilerplate(line), line
    # a paragraph of a story on patients' consent and data is no legal notice
    story = ("Voraussetzung dafür ist die Einwilligung des Patienten. Die Einwilligung erfolgt vor "
             "Ort im System der Klinik, und der Patient entscheidet, wem er Zugriff auf seine "
             "Daten gibt. Sämtliche Daten liegen auf gesicherten Servern. ") * 2
    assert not is_boilerplate(story)
    notice = ("Wir und bis zu 223 Partner erheben Daten mit Cookies gemäß § 25 Abs. 1 TTDSG sowie "
              "Art. 6 Abs. 1 lit. a DSGVO, zur Anzeige personalisierter Werbung, zur Analyse und "
              "zur Optimierung eigener Produkte; die Verarbeitung kann auch außerhalb der EU "
              "erfolgen, beispielsweise in den USA, wo wir deine Daten gemäß Art. 45 ff. DSGVO "
              "schützen und du sie jederzeit einsehen kannst. Die Zwecke sind Werbung mit "
              "Profilbildung, Analyse, Personalisierung, A/B-Tests und Push-Benachrichtigungen.")
    assert len(notice) > 400 and is_boilerplate(notice)


def test_japanese_registration_walls_and_comment_forms_are_furniture() -> None:
    from newsextract.classify import is_boilerplate

    for line in ("記事に『リアクション』ができます。ご利用には会員登録が必要です。",
                 "『カテゴリーをフォロー』すると、マイページでまとめて記事を読むことができます。会員の方のみご利用いただけます。",
                 "コメント機能利用規約に違反していると思う理由を選択し、内容をお知らせください。"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("逮捕を受けて同医大は13日、記者会見を開いた。")


@pytest.mark.parametrize("text,furniture", [
    ("Diese Website verwendet Cookies, damit wir Dir die bestmögliche Benutzererfahrung bieten "
     "können. Cookie-Informationen werden in deinem Browser gespeichert und führen Funktionen "
     "aus, wie das Wiedererkennen von Dir, wenn Du auf unsere Website zurückkehrst, und hilft "
     "unserem Team zu verstehen, welche Abschnitte der Website für Dich am interessantesten und "
     "nützlichsten sind. Mehr dazu in der Datenschutzerklärung und im Impressum.", True),
    ("Nous utilisons des cookies pour mesurer l'audience.", True),
    # an article about data protection is not the site's notice
    ("Das Universitätsklinikum bietet seit 2014 eine Patientenakte an. Der Datenschutz sei "
     "gewahrt, sagt die Klinik: Jede Einwilligung werde dokumentiert, und der Datenschutz "
     "der Patienten habe Vorrang vor der Bequemlichkeit. Kritiker fordern dennoch mehr "
     "Kontrolle über die Daten, denn die Einwilligung der Patienten sei oft nur eine Formsache, "
     "und der Datenschutz werde in der Praxis zu selten geprüft.", False),
])
def test_a_cookie_notice_in_any_profiled_language_is_furniture(text: str, furniture: bool) -> None:
    from newsextract.classify import is_boilerplate

    assert is_boilerplate(text) is furniture


@pytest.mark.parametrize("text,caption", [
    ("La secrétaire générale de la CGT, Sophie Binet, à Matignon, le 12 juillet 2023. "
     "BERTRAND GUAY / AFP", True),  # a photographer's name in capitals, then the agency
    ("The talks ended on Friday. REUTERS/Clara Mendes", True),
    ("He said the US and CANADA / Mexico talks went well.", False),
])
def test_a_caption_closed_by_its_photographer_and_agency(text: str, caption: bool) -> None:
    from newsextract.classify import is_caption

    assert is_caption(text) is caption


@pytest.mark.parametrize("text,caption", [
    # a group photo's names, in the order its caption gives ("from left to right")
    ("Vorstandsmitglieder (von li nach re): Anna Muster, Berta Beispiel, Clara Probe", True),
    ("Board members (l-r): Ann Smith, Bea Jones and Cara Brown at the annual meeting", True),
    ("Les lauréats (de gauche à droite) : Anne Martin, Béa Petit et Claire Durand", True),
    ("Styrelsen (från vänster): Anna Svensson, Berit Larsson och Cecilia Nilsson", True),
    # the words in a sentence of the text, not in parentheses, mark no caption
    ("The party moved from left to right over the decade, its critics said on Monday.", False),
])
def test_a_group_photos_caption_names_its_people_from_left_to_right(text: str, caption: bool) -> None:
    from newsextract.classify import is_caption

    assert is_caption(text) is caption


@pytest.mark.parametrize("text", [
    "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von "
    "der Deutschen Presse-Agentur (dpa) übernommen.",
    "Stai utilizzando Internet Explorer: il browser non è più supportato.",
    "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
    "This article was originally published on coolimba and has been republished here.",
    'Dieser Artikel ist zuerst bei "Capital" erschienen.',
])
def test_syndication_notes_and_browser_warnings_are_furniture(text: str) -> None:
    from newsextract.classify import is_boilerplate

    assert is_boilerplate(text)


@pytest.mark.parametrize("text,place,site", [
    ("VIVA, Jakarta – Presiden meninjau lokasi banjir di Bekasi pada Senin pagi bersama menteri.",
     "Jakarta", "VIVA"),
    ("VIVA – Presiden meninjau lokasi banjir di Bekasi pada Senin pagi bersama menteri.", None, "VIVA"),
    ("BEKASI – Presiden meninjau lokasi banjir di Bekasi pada Senin pagi bersama menteri.",
     "Bekasi", None),
])
def test_an_outlet_known_by_name_before_the_place(text: str, place: str, site: str) -> None:
    d, _rest = find_dateline(text)
    assert (d.location, d.site) == (place, site)


@pytest.mark.parametrize("inner,code", [
    ("ant/rin", True), ("Ant/Rina", True), ("fik", True), ("H-4", True),
    ("Dok/Humas", False), ("Foto/Rina", False),  # a photo's credit, not a desk's code
])
def test_a_desk_code_is_not_a_photos_credit(inner: str, code: bool) -> None:
    from newsextract.fields.credit import desk_code

    assert desk_code(inner) is code


@pytest.mark.parametrize("text", [
    "Der Roman erschien zuerst bei Rowohlt und wurde später in zwölf Sprachen übersetzt.",
    "Die Stadtverwaltung verwendet Cookies auf ihrem Portal nur mit Zustimmung, sagte der Sprecher.",
    "Kementerian menggunakan cookie pelacak di situsnya tanpa izin, kata peneliti itu.",
])
def test_a_sentence_that_mentions_cookies_or_a_first_edition_is_text(text: str) -> None:
    from newsextract.classify import is_boilerplate

    assert not is_boilerplate(text)


def test_the_language_an_old_page_declares_in_an_http_equiv_meta() -> None:
    html = ('<html><head><meta http-equiv="Content-Language" content="tr"></head>'
            '<body><p>Bir iki.</p></body></html>')
    assert segment(html, "html")[1].language == "tr"


def test_og_title_that_cuts_the_headline_short_is_the_headline() -> None:
    en = get_profile("en")
    h1 = "Chelsea beat their rivals on a proud day at the training ground in a battling win"
    blocks = _under_h1(h1)
    short = "Chelsea beat their rivals on a proud day at the training ground"
    assert choose_title(blocks, 1, en, h1, (h1, short), "JSON-LD headline", social=short).text == short
    # the og:title with the site's name after the headline, or before it: the block
    for social in (h1 + " | The Daily Paper", "The Daily Paper: " + h1):
        assert choose_title(blocks, 1, en, h1, (h1, social), "JSON-LD headline", social=social).text == h1
    # another wording, or a name of a word or two: the block
    for social in ("Rivals beaten at the training ground", "Chelsea"):
        assert choose_title(blocks, 1, en, h1, (h1,), "JSON-LD headline", social=social).text == h1


def test_og_title_and_json_ld_headline_that_agree_word_the_headline() -> None:
    en = get_profile("en")
    h1 = "Minister pleads for help after the new attacks: 'Critical that partners understand'"
    blocks = _under_h1(h1)
    agreed = "Pleads for help after the attacks - 'critical'"
    title = choose_title(blocks, 1, en, agreed, (agreed, h1), "JSON-LD headline", social=agreed,
                         headline=agreed)
    assert (title.text, title.source, title.printed) == (agreed, "og:title", h1)
    # a kicker glued to the headline without its colon: the metadata's wording
    glued = "Basketball-EuroleagueAfter the brawl in Madrid: sanctions and regret"
    blocks = _under_h1(glued)
    meta = "Basketball-Euroleague: After the brawl in Madrid: sanctions and regret"
    assert choose_title(blocks, 1, en, meta, (meta,), "JSON-LD headline", social=meta,
                        headline=meta).text == meta
    # the two disagree, or og:title is only the block and the site's name: the block
    blocks = _under_h1(h1)
    for social, headline in ((agreed, h1), (agreed, "Another wording of the same story"),
                             (h1 + " | The Daily Paper", h1 + " | The Daily Paper")):
        title = choose_title(blocks, 1, en, headline, (headline, social), "JSON-LD headline",
                             social=social, headline=headline)
        assert (title.text, title.printed) == (h1, None)


def _crumb_h1_page(social: str) -> str:
    """A page whose <h1> is a breadcrumb trail's last item, a copy for search engines, and whose
    article header prints the headline it shows, a kicker before it, as an <h2>."""
    para = ("<p>Die Verkehrsbetriebe der Stadt haben nach dem Sommer ihre alten Wagen prüfen lassen, "
            "und die Prüfer fanden Risse in fast jedem zweiten Fahrgestell der Baureihe.</p>") * 4
    return ('<html><head><title>Alte Trams fallen bei Hitze aus, sagen Prüfer | Stadtblatt</title>'
            f'<meta property="og:title" content="{social}"></head><body><nav><ol class="breadcrumb">'
            '<li><a href="/">Stadtblatt</a></li><li><a href="/lokales">Lokales</a></li>'
            '<li><h1>Alte Trams fallen bei Hitze aus, sagen Prüfer</h1></li></ol></nav><article><header>'
            '<h2><strong>Verkehr</strong><span>:</span> Wenn die Straßenbahn in der Hitze schlappmacht</h2>'
            '<p>Von Anna Berg</p></header>' + para + '</article></body></html>')


@pytest.mark.parametrize("social, title", [
    # the og:title the article's header prints, with its kicker or without: that headline
    ("Verkehr: Wenn die Straßenbahn in der Hitze schlappmacht",
     "Verkehr: Wenn die Straßenbahn in der Hitze schlappmacht"),
    ("Wenn die Straßenbahn in der Hitze schlappmacht", "Wenn die Straßenbahn in der Hitze schlappmacht"),
    # an og:title the page prints nowhere: the <h1>
    ("Ein ganz anderer Titel für die sozialen Netze", "Alte Trams fallen bei Hitze aus, sagen Prüfer"),
])
def test_og_title_printed_under_a_breadcrumbs_h1_is_the_headline(social: str, title: str) -> None:
    from newsextract import extract

    article = extract(_crumb_h1_page(social))
    assert article.title == title
    assert article.body.startswith("Die Verkehrsbetriebe der Stadt")  # (the header's <h2> is no text)


def test_metadata_titles_escaped_twice_are_read() -> None:
    html = ('<html><head><title>Editor&amp;#039;s Letter: bye &amp;amp; hi</title>'
            '<meta property="og:title" content="Editor&amp;#8217;s Letter: bye &amp;amp; hi">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Editor&#039;s Letter: bye &amp; hi"}</script></head><body></body></html>')
    meta = segment(html, "html")[1]
    assert meta.headline == "Editor's Letter: bye & hi"
    assert meta.social_title == "Editor\u2019s Letter: bye & hi"
    assert meta.titles == ["Editor's Letter: bye & hi", "Editor\u2019s Letter: bye & hi",
                           "Editor's Letter: bye & hi"]
    html = ('<html><head><meta property="og:description" content="Verlinden (46) voor CD&amp;amp;V">'
            '<meta property="og:site_name" content="Druck GmbH &amp;amp; Co. KG"></head><body></body></html>')
    meta = segment(html, "html")[1]
    assert (meta.description, meta.site) == ("Verlinden (46) voor CD&V", "Druck GmbH & Co. KG")


PROSE_DE = ("Die Anleger an der Frankfurter Börse reagierten am Mittwoch verunsichert auf die "
            "steigenden Zinsen in den Vereinigten Staaten, und der Leitindex gab deutlich nach.")


def test_metadata_dates_of_a_page_that_holds_its_article_and_a_colon_spelled_key() -> None:
    import newsextract

    ld = ('{"@context": "https://schema.org", "@type": "WebPage", "name": "Page", "mainEntity": '
          '{"@type": "NewsArticle", "headline": "Climate summit opens", '
          '"datePublished": "2025-11-03T00:00:00Z"}}')
    html = (f'<html><head><script type="application/ld+json">{ld}</script>'
            '<meta name="dc.date" content="2025-11-03"></head><body><h1>Climate summit opens</h1>'
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</body></html>")
    assert newsextract.extract(html).date == "2025-11-03T00:00:00+00:00"
    # "article:published:time" beside a printed time without its half of the day
    html = ('<html lang="de"><head><meta property="article:published:time" '
            'content="2024-10-23T15:48:15+00:00"></head><body><h1>Steigende Zinsen setzen Dax zu</h1>'
            '<p>Frankfurt, October 23, 2024, 3:48: Uhr</p>'
            + "".join(f"<p>{PROSE_DE}</p>" for _ in range(4)) + "</body></html>")
    # (the moment the metadata gives, whatever offset it is told in)
    assert newsextract.extract(html).date in ("2024-10-23T15:48:15+00:00", "2024-10-23T17:48:15+02:00")


def test_names_parted_by_a_slash_under_the_standfirst() -> None:
    from newsextract.fields.byline import slashed_credit
    from newsextract.profiles import merged

    assert slashed_credit("Mathatisi Sebusi/Mohalenyane Phakela", merged()) == \
        ["Mathatisi Sebusi", "Mohalenyane Phakela"]
    # a photo's credit, a menu's path, a labelled credit: no people alone
    for line in ("Kyle Ross/USA TODAY Sports", "Fot. Lukasz Nowak/Agencja Gazeta",
                 "About The Game /Detail Berita", "Por Laura Jordán/Javier Urbina", "Ant/Fik"):
        assert slashed_credit(line, merged()) == [], line
    en = get_profile("en")
    blocks = _blocks("Mining blasts shatter homes", "…accuse chiefs of ignoring concerns",
                     "Mathatisi Sebusi/Mohalenyane Phakela", PROSE)
    blocks[1].label, blocks[2].label, blocks[3].label = BODY, "header", BODY
    assert find_credits(blocks, 0, 1, 4, en, False).authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]


def test_authors_from_a_share_cards_written_by_and_other_author_tags() -> None:
    import newsextract

    body = "".join(f"<p>{PROSE_DE}</p>" for _ in range(4))
    html = ('<html lang="de"><head><meta name="twitter:label1" content="Verfasst von">'
            '<meta name="twitter:data1" content="Anna Sleegers"></head><body><h1>Wero besteht '
            f'Praxistest im Handel</h1>{body}</body></html>')
    assert newsextract.extract(html).authors == ["Anna Sleegers"]
    html = html.replace('name="twitter:label1" content="Verfasst von"', 'name="twitter:misc:Written by"'
                        ' content="Dieter Kuckelkorn"')
    assert newsextract.extract(html).authors == ["Dieter Kuckelkorn"]
    # a blog's login, or a label that names no writer: no author
    html = ('<html lang="de"><head><meta name="twitter:label1" content="Verfasst von">'
            '<meta name="twitter:data1" content="sv_team"><meta name="twitter:label2" content='
            '"Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten"></head><body>'
            f'<h1>Wero besteht Praxistest im Handel</h1>{body}</body></html>')
    assert newsextract.extract(html).authors == []
    html = ('<html lang="ja"><head><meta name="cXenseParse:author" content="松岡大地"></head><body>'
            f'<h1>Wero besteht Praxistest im Handel</h1>{body}</body></html>')
    assert newsextract.extract(html).authors == ["松岡大地"]


def test_the_outlet_is_no_author_by_any_of_its_names() -> None:
    import newsextract

    # the dateline names the outlet "dpo", og:site_name "Der Postillon", JSON-LD's publisher
    # is the blog host: the author tag's outlet is none of the people
    ld = '{"@type": "BlogPosting", "headline": "Ostsee ist ein Krokodil", "publisher": {"name": "Blogger"}}'
    html = (f'<html lang="de"><head><script type="application/ld+json">{ld}</script>'
            '<meta property="og:site_name" content="Der Postillon">'
            '<meta property="article:author" content="Der Postillon"></head><body>'
            f'<h1>Ostsee ist ein Krokodil</h1><p>Kiel (dpo) - {PROSE_DE}</p>'
            + "".join(f"<p>{PROSE_DE}</p>" for _ in range(3)) + "</body></html>")
    assert newsextract.extract(html).authors == []


def test_tail_takes_a_line_of_picture_and_desk_credits_and_a_lead_in_to_no_text() -> None:
    de = get_profile("de")
    tail = read_tail([PROSE_DE, "ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18"], de)
    assert tail.paragraphs == [PROSE_DE]
    # desk initials alone, or a picture's credit alone, are not such a line
    assert read_tail([PROSE_DE, "ssi; dan"], de).paragraphs == [PROSE_DE, "ssi; dan"]
    # a short closing line that leads in to an embed the page gives as no text
    tail = read_tail([PROSE_DE, "Diese Artikel könnten dich ebenfalls interessieren:"], de)
    assert tail.paragraphs == [PROSE_DE]
    # a long sentence that ends with a colon is the text's own; a body of one paragraph stays
    long = ("So sah es aus, als der Hund den Neuangekommenen das erste Mal sah, ihn bequatschte "
            "und mit geschlossenen Augen beschnupperte:")
    assert read_tail([PROSE_DE, long], de).paragraphs == [PROSE_DE, long]
    assert read_tail(["Die Karte zum Abspeichern:"], de).paragraphs == ["Die Karte zum Abspeichern:"]


def test_a_name_and_its_date_that_the_run_took_in_is_the_byline() -> None:
    from newsextract.classify import DATED_NAME_IN_BODY

    en = get_profile("en")
    blocks = _blocks("Electric car chargers pass eleven thousand", PROSE,
                     "Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025", PROSE)
    from newsextract.classify import Layout

    body = label_body(blocks, Layout(1, 1, 4, None), blocks[0].text)
    assert [b.index for b in body] == [1, 3] and blocks[2].reason == DATED_NAME_IN_BODY
    assert find_credits(blocks, 0, 1, 4, en, False).authors == ["Sehernur Karsu"]


def test_a_bare_label_then_a_name_that_prints_its_own_label() -> None:
    en = get_profile("en")
    blocks = _blocks("Office space given up", "Author of the article:", "By Ben Andrews",
                     "Published May 25, 2026", PROSE)
    assert find_credits(blocks, 0, 4, 5, en, False).authors == ["Ben Andrews"]


def test_newsletter_sign_up_lines_are_furniture() -> None:
    from newsextract.classify import is_boilerplate

    for line in ("I would like to be emailed about offers, event and updates from the Standard. "
                 "Read our privacy notice.",
                 "By signing up you consent to receive the above newsletter from the publisher.",
                 "Thanks for signing up!", "A welcome email is on its way."):
        assert is_boilerplate(line), line


def test_a_name_alone_under_its_date_with_a_dumps_image_placeholder_between() -> None:
    en = get_profile("en")
    blocks = _blocks("From adversity to advocacy", "May 14, 2025", "[Mokitimi-Tsosane-980x593]",
                     "Mohloai Mpesi", PROSE)
    assert find_credits(blocks, 0, 4, 5, en, False).authors == ["Mohloai Mpesi"]
    # without the date above, a name alone is no byline
    blocks = _blocks("From adversity to advocacy", "In Local News", "[Mokitimi-Tsosane-980x593]",
                     "Mohloai Mpesi", PROSE)
    assert find_credits(blocks, 0, 4, 5, en, False).authors == []


def test_a_page_in_kana_or_hangul_is_japanese_or_korean_and_its_times_take_the_zone() -> None:
    import newsextract

    ja = "東京都内で新しい図書館が開館し、多くの市民が訪れた。" * 12
    text = "図書館が開館\n\n2025年1月14日 21:17\n\n" + "\n\n".join([ja] * 3) + "\n"
    article = newsextract.extract(text)
    assert article.language == "ja" and article.date == "2025-01-14T21:17:00+09:00"
    ko = "서울에서 새로운 도서관이 문을 열었고 많은 시민들이 방문했다. " * 10
    text = "도서관 개관\n\n2025.05.15 10:30\n\n" + "\n\n".join([ko] * 3) + "\n"
    article = newsextract.extract(text)
    assert article.language == "ko" and article.date == "2025-05-15T10:30:00+09:00"


def test_a_page_with_turkish_dotless_i_is_turkish_and_its_times_are_istanbuls() -> None:
    import newsextract

    tr = ("Türkiye'de elektrikli araç şarj istasyonu sayısı 11 bini aştı ve yatırımlar hızla "
          "artmaya devam ediyor, bakanlık açıklamasında bunu bildirdi. ")
    text = "Şarj istasyonu sayısı arttı\n\n30.04.2024 16:48\n\n" + "\n\n".join([tr * 2] * 3) + "\n"
    article = newsextract.extract(text)
    assert article.language == "tr" and article.date == "2024-04-30T16:48:00+03:00"


def test_an_og_title_printed_as_a_link_under_the_headline_is_no_headline() -> None:
    # a series' or live blog's label under the <h1>, which og:title also gives, is no headline
    from newsextract import extract

    para = ("<p>The council passed its budget on Tuesday after a long debate, and readers wrote "
            "in to say it was a mistake for the town and its schools.</p>") * 4
    page = ('<html><head><title>Why the council got the budget wrong | Daily Post</title>'
            '<meta property="og:title" content="Letters to the Editor"></head><body><article><header>'
            '<h1>Why the council got the budget wrong</h1>'
            '<div class="series"><a href="/series/letters">Letters to the Editor</a></div>'
            '<p class="byline">By Anna Berg</p></header>' + para + '</article></body></html>')
    assert extract(page).title == "Why the council got the budget wrong"
