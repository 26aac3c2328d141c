"""A printed time's offset: read where the page prints its zone, guessed from the page's
language where it prints none, and the guess said so in the record's warnings."""

from __future__ import annotations

import newsextract
from newsextract.fields.dates import find_dates
from newsextract.profiles import get_profile

DE = get_profile("de")

_DE_BODY = ("Der Stadtrat hat am Mittwoch einen neuen Plan für den alten Hafen beschlossen und damit "
            "eine Debatte beendet, die mehr als drei Jahre gedauert hatte. Das Spiel endete 2:1 nach "
            "90 Minuten.")
_DE_MORE = ("Die Opposition kritisierte den Beschluss scharf und kündigte an, die Pläne im Landtag "
            "erneut zur Sprache zu bringen, sobald die Kosten feststehen, sagte die Sprecherin.")
_EN_BODY = ("The city council approved a new plan for the old harbor on Wednesday, ending a debate "
            "that had lasted more than three years and split the ruling coalition down the middle.")
_ASSUMED = "language assumes"


def _de_dump(stamp: str) -> str:
    lines = ["Startseite | Politik | Sport", "Neuer Plan für den alten Hafen", "Von Lena Korb",
             stamp, _DE_BODY, _DE_MORE, _DE_BODY[::-1], "Kommentare",
             "Peter am 13.03.2024 um 10:00", "Gut so, endlich!"]
    return "\n\n".join(line for line in lines if line)


def test_a_german_dumps_bare_time_takes_the_languages_zone_and_says_it_guessed() -> None:
    rec = newsextract.extract(_de_dump("12.03.2024, 18:05 Uhr"))
    assert rec.date == "2024-03-12T18:05:00+01:00"
    assert any(_ASSUMED in w and "Europe/Berlin" in w for w in rec.warnings)
    # (summer time by the rule of that date)
    rec = newsextract.extract(_de_dump("12.07.2024, 18:05 Uhr"))
    assert rec.date == "2024-07-12T18:05:00+02:00"
    assert any(_ASSUMED in w for w in rec.warnings)


def test_a_zone_the_page_prints_is_no_guess() -> None:
    for stamp, iso in [("12.03.2024, 18:05 Uhr MEZ", "2024-03-12T18:05:00+01:00"),
                       ("12.03.2024, 18:05 MEZ", "2024-03-12T18:05:00+01:00"),
                       ("12.07.2024, 18:05 Uhr MESZ", "2024-07-12T18:05:00+02:00"),
                       # (a zone that is not the language's own: the page's word stands)
                       ("12.03.2024, 18:05 Uhr UTC", "2024-03-12T18:05:00+00:00"),
                       ("12.03.2024, 18:05 GMT+2", "2024-03-12T18:05:00+02:00")]:
        rec = newsextract.extract(_de_dump(stamp))
        assert rec.date == iso, stamp
        assert not any(_ASSUMED in w for w in rec.warnings), stamp


def test_the_clock_word_before_a_zone_is_read_only_before_a_zone() -> None:
    # "Uhr" then a word that names no zone: the time as before, its end at the time
    (f,) = find_dates("12.03.2024, 18:05 Uhr Mehr zum Thema", DE)
    assert f.iso == "2024-03-12T18:05:00+01:00" and not f.has_zone
    (f,) = find_dates("12.03.2024, 18:05 Uhr MEZ", DE)
    assert f.has_zone and f.end == len("12.03.2024, 18:05 Uhr MEZ")


def test_what_looks_like_a_time_or_a_date_but_is_not_one_dates_nothing() -> None:
    # a score, a duration, a version number; a reader's comment under the text dates the
    # comment, not the page
    for text in ["Das Spiel endete 2:1 nach 90 Minuten.", "Version 3.10.12 behebt den Fehler",
                 "Update auf 3.10.12, 18:05 Uhr"]:
        assert find_dates(text, DE) == (), text
    rec = newsextract.extract(_de_dump(""))
    assert rec.date is None
    assert not any(_ASSUMED in w for w in rec.warnings)


def test_an_english_pages_bare_time_stays_without_an_offset() -> None:
    # English is printed in many zones: no offset guessed, no warning about one
    text = "\n\n".join(["Home | News", "City approves harbor plan", "By Jane Doe | New York",
                        "June 5, 2024 10:30", _EN_BODY, _EN_BODY[::-1], _EN_BODY.replace("a", "o")])
    rec = newsextract.extract(text)
    assert rec.date == "2024-06-05T10:30:00"
    assert rec.authors == ["Jane Doe"]
    assert not any("time zone" in w for w in rec.warnings)
    # a zone it prints is read
    rec = newsextract.extract(text.replace("10:30", "10:30 a.m. ET"))
    assert rec.date == "2024-06-05T10:30:00-04:00"
    assert not any("time zone" in w for w in rec.warnings)


def test_a_metadata_moment_with_no_offset_takes_the_languages_and_says_so() -> None:
    pars = "".join(f"<p>{_DE_BODY} Absatz {i}.</p>" for i in range(4))
    page = ("<html lang='de'><head><title>Neuer Plan</title>"
            "<meta property='article:published_time' content='{}'></head><body><article>"
            "<h1>Neuer Plan</h1>" + pars + "</article></body></html>")
    rec = newsextract.extract(page.format("2024-03-12T18:05:00"))
    assert rec.date == "2024-03-12T18:05:00+01:00"
    assert any(_ASSUMED in w for w in rec.warnings)
    rec = newsextract.extract(page.format("2024-03-12T18:05:00+01:00"))
    assert rec.date == "2024-03-12T18:05:00+01:00"
    assert not any(_ASSUMED in w for w in rec.warnings)


def test_a_related_storys_date_under_the_text_does_not_date_the_page() -> None:
    from newsextract.blocks import Block
    from newsextract.fields.dates import choose_date

    en = get_profile("en")
    lines = ["UK economy", "Budget plans questioned", _EN_BODY, _EN_BODY[::-1], "Related",
             "Chippy facing constant struggle for survival", "13 May 2024", "Birmingham"]
    blocks = [Block(t, i) for i, t in enumerate(lines)]
    for b in blocks[2:4]:
        b.label = "body"
    for b in blocks[4:]:
        b.label = "related"
    assert choose_date(blocks, 1, 2, None, None, en, dump=True).iso is None
    # the page's own date line under its text is read (a details box, no list's heading above)
    for b in blocks[4:]:
        b.label = ""
    lines[4:6] = ["Published", "By Jane Doe"]
    blocks = [Block(t, i) for i, t in enumerate(lines)]
    for b in blocks[2:4]:
        b.label = "body"
    got = choose_date(blocks, 1, 2, None, None, en, dump=True)
    assert (got.iso, got.guessed) == ("2024-05-13", True)


def test_a_spanish_dumps_bare_time_takes_spains_zone_only_where_its_site_is_spanish() -> None:
    body = ("El ayuntamiento aprobó el miércoles un nuevo plan para el puerto viejo, poniendo fin a "
            "un debate que duraba más de tres años y que dividía a la coalición de gobierno.")
    text = "\n\n".join(["[Portada](https://www.diario.es/) | [Política](https://www.diario.es/politica)",
                        "El plan para el puerto viejo, aprobado", "4 de marzo de 2024 09:12 h", body,
                        body[::-1], body.replace("a", "e", 3), "© 2024 [diario.es](https://www.diario.es/)"])
    rec = newsextract.extract(text)
    assert rec.date == "2024-03-04T09:12:00+01:00"
    assert any("domain names (.es)" in w for w in rec.warnings)
    # a Mexican site's page (Mexico keeps several zones), a .com site's: no offset guessed
    for host in ("diario.com.mx", "diario.com"):
        rec = newsextract.extract(text.replace("diario.es", host))
        assert rec.date == "2024-03-04T09:12:00", host
        assert not any("time zone" in w for w in rec.warnings), host


def test_zones_of_the_southern_and_far_regions_are_read() -> None:
    for printed, iso in [("21 May 2025 - 14:19 SAST", "2025-05-21T14:19:00+02:00"),
                         ("5 March 2025, 09:00 NZDT", "2025-03-05T09:00:00+13:00"),
                         ("5 July 2025, 09:00 AWST", "2025-07-05T09:00:00+08:00"),
                         ("5 July 2025, 09:00 ACST", "2025-07-05T09:00:00+09:30"),
                         ("5 July 2025, 09:00 MSK", "2025-07-05T09:00:00+03:00"),
                         ("July 5, 2025 9:00 a.m. HST", "2025-07-05T09:00:00-10:00")]:
        (f,) = find_dates(printed, get_profile("en"))
        assert (f.iso, f.has_zone) == (iso, True), printed
    # (words of other languages that spell a zone elsewhere are no zones here: Dutch "eet"
    # (eats), Estonian "eest", Polish "pkt" (points) after a time)
    nl = get_profile("nl")
    (f,) = find_dates("5 juli 2025 12:30 eet hij", nl)
    assert not f.has_zone


_PAD = ("Die Stadt hat am Mittwoch einen Plan beschlossen, der den alten Hafen neu ordnet und "
        "Wohnungen schafft. ")


def test_a_day_in_the_middle_of_a_sentence_is_an_events_not_the_pages() -> None:
    from newsextract.fields.dates import _in_prose

    de, en, nl = get_profile("de"), get_profile("en"), get_profile("nl")

    def prose(text: str, profile: object) -> bool:
        return _in_prose(_PAD + text, find_dates(_PAD + text, profile)[0])  # type: ignore[arg-type]

    # a deadline, an event told in a sentence: lower-case words on both sides
    assert prose("Bewerbungen können bis zum 28. Februar 2022 eingereicht werden.", de)
    assert prose("Sie groeide na een goed resultaat op 9 juni 2024 uit tot een sterkhouder.", nl)
    assert prose("The mayor said on March 3, 2024 that the plan was over budget.", en)
    # a stamp a dump joined with the text: its label before it, its writer after it
    assert not prose("Politik Posted on March 3, 2024 by admin the council met again", en)
    assert not prose("Von Lena Korb veröffentlicht am 12. März 2024 der Stadtrat", de)
    assert not prose("gepubliceerd op 9 juni 2024 door Jan de Vries", nl)
    # a time makes it a stamp; a sentence that starts after the day; a short line
    assert not prose("Die Sitzung begann am 12. März 2024 um 18:05 Uhr im Rathaus.", de)
    assert not prose("Erschienen am 12. März 2024 Der Stadtrat hat entschieden.", de)
    (f,) = find_dates("erschienen am 12. März 2024 im Heft", de)
    assert not _in_prose("erschienen am 12. März 2024 im Heft", f)
