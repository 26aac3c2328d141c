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
from newsextract.profiles import get_profile

ID = get_profile("id")
PROSE = ("Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak "
         "akibat banjir pada awal bulan ini, kata kepala dinas kepada wartawan di kantornya.")


def _blocks(*texts: str) -> list:
    return [Block(t, i) for i, t in enumerate(texts)]


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


def test_labels_furniture_and_opens_the_body_at_the_dateline() -> None:
    blocks = _blocks("Judul Berita Hari Ini Tentang Jalan", "Baca juga: Jalan rusak lagi di kota",
                     "Foto kiriman warga", "JAKARTA, KOMPAS.com - " + PROSE, PROSE, "Bagikan")
    layout = label_layout(blocks)
    assert layout.dateline is not None and layout.dateline.location == "Jakarta"
    assert layout.start == 3 and layout.end == 5
    assert blocks[1].label == RELATED and blocks[5].label == BOILERPLATE
    body = label_body(blocks, layout, "Judul Berita Hari Ini Tentang Jalan")
    assert [b.index for b in body] == [3, 4] and blocks[3].label == BODY


def test_title_prefers_a_block_that_matches_the_metadata() -> None:
    blocks = _blocks("Menu Utama", "Harga Cabai Naik Jelang Lebaran di Pasar Induk", PROSE)
    title = choose_title(blocks, 2, ID, None, ("Harga Cabai Naik Jelang Lebaran di Pasar Induk",), None)
    assert (title.text, title.index, title.source) == (
        "Harga Cabai Naik Jelang Lebaran di Pasar Induk", 1, "block 1")
    title = choose_title(blocks, 2, ID, "Sesuatu yang Lain Sama Sekali", (), "og:title")
    assert title.text == "Sesuatu yang Lain Sama Sekali" and title.source == "og:title"


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
    blocks = _blocks("Neue Leipziger Schule Judy Lybke, ganz und gar nicht eigenartig", PROSE)
    blocks[0].heading, blocks[0].tag = True, "h1"
    title = choose_title(blocks, 1, ID, None, ("Judy Lybke, ganz und gar nicht eigenartig",), None)
    assert title.text == "Judy Lybke, ganz und gar nicht eigenartig"


def test_a_language_spoken_in_one_zone_gives_printed_times_its_offset() -> None:
    de = get_profile("de")
    assert de.default_zone == "Europe/Berlin"
    summer = choose_date(_blocks("Titel", "28.04.2024, 17:19 Uhr", PROSE), 0, 2, None, None, de)
    winter = choose_date(_blocks("Titel", "6. November 2025, 17:06 Uhr", PROSE), 0, 2, None, None, de)
    assert (summer.iso, winter.iso) == ("2024-04-28T17:19:00+02:00", "2025-11-06T17:06:00+01:00")
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


def test_a_dumps_date_line_is_read_inside_or_under_the_body() -> None:
    de = get_profile("de")
    body = _blocks("Titel der Meldung", PROSE, PROSE, "22.11.2024 07.57", "Impressum")
    for b in body[1:4]:
        b.label = BODY
    assert choose_date(body, 0, 1, None, None, de).iso is None  # (an HTML page's blocks)
    date = choose_date(body, 0, 1, None, None, de, dump=True)
    assert (date.iso, date.index) == ("2024-11-22T07:57:00+01:00", 3)
    # an image's name is no date line
    assert choose_date(_blocks("Titel", "[2022-05-11-sitzung-18]", PROSE), 0, 2, None, None, de,
                       dump=True).iso is None


def test_a_dumps_headline_is_not_the_caption_over_a_photo_credit() -> None:
    blocks = _blocks("Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec",
                     "Jona Niemiec will abziehen, Karol Mets bedrängt ihn",
                     "Jona Niemiec will abziehen, Karol Mets bedrängt ihn",
                     "Foto: Getty Images", PROSE)
    blocks[3].caption = True
    assert choose_title(blocks, 4, ID, None, (), None).index == 2
    assert choose_title(blocks, 4, ID, None, (), None, dump=True).index == 0


def test_a_dumps_breadcrumb_that_ends_with_the_headline_counts_as_its_copy() -> None:
    blocks = _blocks("Startseite Debatte Berliner Imam über Kinderlosigkeit: Es geht um unser Leben",
                     "Berliner Imam über Kinderlosigkeit: Es geht um unser Leben",
                     "Muslime tauschen sich zum Thema Kinder aus",
                     "Ein Imam beim Gebet in der Kirche in Berlin",
                     PROSE)
    assert choose_title(blocks, 4, ID, None, (), None).index == 3
    assert choose_title(blocks, 4, ID, None, (), None, dump=True).index == 1


def test_a_dumps_list_item_is_hardly_ever_its_headline() -> None:
    blocks = _blocks("Briefe an die SN", "Theater · Musik · Kino", "Briefe an die SN", "Video · Podcasts",
                     "Ex-Ministerin Raab neue Chefin von Migrations-Thinktank", "von APA",
                     "Donnerstag", "Artikel teilen", PROSE)
    blocks[0].bullet = blocks[2].bullet = True
    assert choose_title(blocks, 8, ID, None, (), None).index == 2  # (printed twice)
    assert choose_title(blocks, 8, ID, None, (), None, dump=True).index == 4
