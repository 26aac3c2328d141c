"""rv-end21's near misses of the closing notes and of the writer's box (invented, shortened):
an interview's answer that asks for the reader's word, a page of a language with no profile
(every profile's phrases, as whole words only), a police appeal in the police's own voice, a
book's, a law's or a study's history told with "this article/story", words reported after a
comma, and a writer-box heading in the middle of a text (a crosshead, a contents list, a book
review's "Zur Autorin" over prose). Each stays in the body; the true notes and boxes still go."""

from __future__ import annotations

from typing import List, Sequence

import pytest

from newsextract import extract
from newsextract.fields.credit import closing_note
from newsextract.profiles import get_profile, merged

from test_body_end_dumps import PARAS, TITLE


@pytest.mark.parametrize("lang,line", [
    # an interview's answer after its speaker's label
    ("en", "A: Come down and volunteer on a Saturday. We'd love to hear from you."),
    ("de", "Schmidt: Wir bauen im März, und wir freuen uns über Ihre Hilfe."),
    ("nl", "Jansen: Iedereen kan helpen. Laat het ons weten als u tijd heeft."),
    ("es", "R: Venir los sábados a ayudar. Cuéntanos qué necesitas y te ayudamos."),
    ("fr", "Dupont : Les habitants peuvent participer. Écrivez-nous à la mairie si vous voulez aider."),
    ("it", "Rossi: I cittadini possono partecipare. Scriveteci, anzi scrivici direttamente in Comune."),
    # a police appeal in the police's own voice
    ("sv", "Polisen söker vittnen till händelsen. Har du sett något? Kontakta oss på 114 14."),
    ("no", "Politiet ber om tips fra publikum. Har du sett noe, kontakt oss på 02800."),
    ("da", "Politiet efterlyser vidner. Har du set noget, så kontakt os på 114."),
    # a book's, a law article's or a study's history
    ("en", "This story was first published anonymously in Putnam's Magazine in 1853, two years after Moby-Dick."),
    ("de", "Dieser Artikel wurde ursprünglich 1949 als Übergangsregel ins Grundgesetz geschrieben."),
    ("de", "Dieser Artikel wurde zuerst von der SPD vorgeschlagen, später stimmten auch die Grünen zu."),
    ("de", "Dieser Text erschien zuerst 1915 in der Monatsschrift Die weißen Blätter."),
    ("fr", "Cet article a été publié mardi dans la revue Nature par une équipe de chercheurs de Brest."),
    ("it", "Questo articolo è stato aggiornato dal Parlamento nel 2012 con la riforma costituzionale."),
    ("es", "Este artículo fue reformado en 2011 y este artículo ha sido actualizado varias veces por el Congreso."),
    # words reported after a comma
    ("en", "This article has been updated throughout, the editors say."),
    ("de", "Die Tierpfleger sind erleichtert. Wir freuen uns über ihren Nachwuchs, heißt es im Blog des Zoos."),
    ("de", "Wir freuen uns über ihren Nachwuchs."),  # ("ihr" is not "ihren")
])
def test_no_note_of_the_reviewer(lang: str, line: str) -> None:
    assert not closing_note(line, get_profile(lang))


@pytest.mark.parametrize("line", [
    "Policja prosi o kontakt osoby, które widziały zdarzenie lub mogą pomóc w ustaleniu sprawcy.",
    "Ratusz zapowiada, że kontakt osobisty z urzędnikami będzie możliwy od kwietnia.",
])
def test_a_page_of_no_profile_matches_whole_words_only(line: str) -> None:
    assert not closing_note(line, merged())


@pytest.mark.parametrize("lang,line", [
    ("en", "Correction: An earlier version of this article misstated the cost of the wall."),
    ("en", "This article was first published in 2019 by The Conversation."),  # (a recent year)
    ("de", "Korrektur: In einer früheren Version stand, die Mauer stamme aus dem Jahr 1850."),  # (a label's)
    ("en", "Update: This story has been updated with comment from the council."),  # (a note's label)
    ("de", "Anmerkung der Redaktion: Dieser Artikel wurde aktualisiert."),
    ("de", "Wir freuen uns über Ihre Meinung."),
    ("fr", "Cet article a été publié initialement dans Le Temps."),
    ("it", "Questo articolo è stato aggiornato alle 18.30."),
    ("es", "Nota: este artículo ha sido actualizado con nuevos datos."),
    ("sv", "Familjen har godkänt namn- och bildpubliceringen. Bilden är privat."),
    ("sv", "Har du tips? Mejla oss på tips@example.se"),
])
def test_notes_still_go(lang: str, line: str) -> None:
    assert closing_note(line, get_profile(lang))


LONG = {"en": "The town expects the work to take about four months and to cost around thirty million "
              "pounds, according to the plan that was presented to the council on Tuesday evening.",
        "de": "Die Stadt rechnet damit, dass die Arbeiten rund vier Monate dauern und etwa dreißig "
              "Millionen Euro kosten werden, wie aus dem Plan hervorgeht, den der Rat vorgelegt bekam."}


def _dump(lang: str, mid: Sequence[str], tail: Sequence[str] = ()) -> str:
    """A w3m dump: menu, headline, date, two paragraphs, `mid`, the rest of the text, `tail`,
    the tags and a footer."""
    lines = ["Home | News | Sport | Business | Culture", "", TITLE[lang], "", "12.03.2024, 09:30", ""]
    for p in [*PARAS[lang][:2], *mid, *PARAS[lang][2:], LONG[lang], *tail]:
        lines += [p, ""]
    lines += ["Tags: Harbour, Council", "", "© 2024 Harbour Times. All rights reserved.", "Imprint | Privacy | Contact"]
    return "\n".join(lines) + "\n"


def _body(text: str) -> List[str]:
    return extract(text).body.split("\n\n")


@pytest.mark.parametrize("lang,mid", [
    ("de", ["Zur Autorin", "Die Schriftstellerin lebt seit zwanzig Jahren in Hamburg und hat fünf Romane "
                           "über die Küste und ihre Menschen veröffentlicht."]),
    ("en", ["About the Author Who Vanished", "Nobody in the village has heard from the writer since he left "
                                             "for the coast in the winter of 1998, his sister told the council."]),
    ("en", ["Contents", "The plan", "The cost", "About the author"]),
    ("en", ["About the author", "Jane Doe is a reporter covering the coast."]),  # (the text goes on)
    ("de", ["Zum Autor Ernannt"]),
])
def test_a_writer_box_heading_in_the_middle_cuts_no_text(lang: str, mid: List[str]) -> None:
    body = _body(_dump(lang, mid))
    assert body[-1] == LONG[lang] and PARAS[lang][-1] in body


@pytest.mark.parametrize("lang,box", [
    ("en", ["About the author", "Jane Doe is a reporter covering the coast for the Harbour Times."]),
    ("de", ["Über die Autorin", "Carla Muster", "Carla schreibt seit 2022 über die Küste und den Hafen.",
            "Kontakt: carla.muster@example.de"]),
])
def test_a_writer_box_after_the_text_still_ends_it(lang: str, box: List[str]) -> None:
    body = _body(_dump(lang, [], box))
    assert body[-1] == LONG[lang]


def _html(lang: str, paras: Sequence[str]) -> bytes:
    body = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE[lang]}</title>
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00"></head>
<body><main><article><h1>{TITLE[lang]}</h1><div class="article-body">{body}</div></article>
<aside><h3>More news</h3><ul><li><a href="/a">Five walks along the coast this spring</a></li></ul></aside></main>
<footer>© 2024 Harbour Times.</footer></body></html>""".encode()


@pytest.mark.parametrize("lang,answer", [
    ("en", "<p><strong>A:</strong> Come down and volunteer on a Saturday. We'd love to hear from you.</p>"),
    ("de", "<p><strong>Schmidt:</strong> Wir bauen im März, und wir freuen uns über Ihre Hilfe.</p>"),
])
def test_an_interview_answer_closing_a_page_stays(lang: str, answer: str) -> None:
    body = _body(_html(lang, [*PARAS[lang], "<p><strong>Q: What now?</strong></p>", answer]))  # type: ignore[arg-type]
    assert body[-1].endswith(("hear from you.", "Ihre Hilfe."))


def test_a_writer_box_heading_mid_page_in_html_cuts_no_text() -> None:
    paras = [*PARAS["de"][:2], "<h2>Zur Autorin</h2>",
             "<p>Die Schriftstellerin lebt seit zwanzig Jahren in Hamburg und hat fünf Romane über die Küste "
             "veröffentlicht, zuletzt einen über Hafenarbeiter.</p>", "<h2>Das Buch</h2>", *PARAS["de"][2:], LONG["de"]]
    assert _body(_html("de", paras))[-1] == LONG["de"]  # type: ignore[arg-type]


# rv-fin21's near misses (invented): a story's own last sentence that holds a note's or a call's
# phrase (a comma right after it, the sentence going on, a colon's quoted sign, a long sentence
# closing on it, a call inside a sentence), a police appeal asking for tips, and a writer's box
# in the middle of the text followed by a crosshead and more text.
@pytest.mark.parametrize("lang,line", [
    ("en", "An earlier version of this article, published by the magazine in 2021, was the subject of the "
           "complaint the regulator upheld on Tuesday."),
    ("en", "Let us know what you think of the new walkway, is the message on the council's posters along "
           "the harbour."),
    ("fr", "Dites-nous la vérité, ont scandé les manifestants devant la mairie."),
    ("de", "Schreibt uns eure Wünsche auf einen Zettel, bat die Bürgermeisterin die Kinder."),
    ("de", "Auf dem Plakat am Hafen steht nur ein Satz: Schreiben Sie uns, wir reparieren alles."),
    ("en", "Parliament amended the constitution again in 2014, and this article was updated."),
    ("es", "El mensaje falso termina con un escríbenos y un número de teléfono."),
    ("no", "Har du sett noe? Tips oss på 02800, skriver politiet på Twitter."),
    ("sv", "Har du sett något? Tipsa oss på 114 14, skriver polisen."),
])
def test_a_storys_own_sentence_is_no_note(lang: str, line: str) -> None:
    assert not closing_note(line, get_profile(lang))


def test_a_writer_box_in_the_text_with_a_crosshead_after_it_cuts_no_text() -> None:
    body = _body(_dump("en", ["About the author", "Jane Doe is a historian in Hull.",
                              "A long fight over the wall"]))
    assert body[-1] == LONG["en"] and PARAS["en"][-1] in body


@pytest.mark.parametrize("line,call", [
    # (rv-fin21: "ihr", "ihre" in small letters are she, her, they; the desk's call addresses the
    # reader with a capital, as the German profile lists its words of address)
    ("Wir freuen uns über ihre Rückkehr, auch wenn sie nur zwei Wochen bleibt.", False),
    ("Wir freuen uns über ihr großes Engagement.", False),
    ("Wir freuen uns über Ihr großes Interesse.", True),
    ("Wir freuen uns über Ihre Meinung.", True),
    ("Schreiben Sie uns: leserbriefe@example.de", True),
])
def test_a_call_addresses_the_reader_with_a_capital(line: str, call: bool) -> None:
    assert closing_note(line, get_profile("de")) is call
    assert closing_note(line, merged()) is call


def test_the_words_of_address_are_read_in_the_case_given() -> None:
    # (reader_address was lower-cased on loading: the pattern took "sie" (she, they) and missed
    # "Sie", "Ihre" (the reader) and "Our" opening a promo's sentence)
    from newsextract.classify import _reader_address_rx
    found = _reader_address_rx().search
    assert found("Nachrichten der Berliner Zeitung finden Sie hier.")
    assert found("Jetzt für 9,99 Euro: Ihre Zeitung im Monat")
    assert found("Our journalism is independent and funded by readers.")
    assert not found("Die Ministerin sagte, sie werde ihre Pläne im Herbst vorlegen.")
    assert "Sie" in get_profile("de").reader_address and "sie" not in get_profile("de").reader_address
