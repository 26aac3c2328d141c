"""Pages dumped on one line: a tool bar's buttons printed just before the text's first sentence
("Listen 5 min Share Comment Save Friday marks ...") stand apart from it, so the text opens with
its sentence; a sentence or a headline that holds a button's word as its own keeps it. The pages
are invented, in the shapes outlets print."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.segment.dumps import _button_leads

_PARAS = [
    "Heavy rain flooded dozens of streets in the north of the city on Monday, forcing schools to close.",
    "The council said it had opened three shelters for families whose homes were damaged overnight.",
    "\"We have never seen the river rise so fast,\" said Mary Jones, who has lived beside it for forty years.",
    "Forecasters expect more rain on Wednesday, and warned people to stay away from the banks.",
    "Repairs to the main bridge could take several months, the transport authority said.",
]
_HEAD = "Floods close schools across the north"
_TOP = f"{_HEAD} - The Daily Courier The Daily Courier Home News Sport Business Culture Weather WEATHER {_HEAD} " \
       "By Jane Roe 12 March 2024, 10:05 GMT"
_FOOT = "Copyright 2024 The Daily Courier. All rights reserved."


@pytest.mark.parametrize("bar", [
    "Listen 4 min Share Comment on this story Comment Add to your saved stories Save",
    "Share Comment Save",
    "0:00 Listen",
])
def test_a_tool_bar_before_the_first_sentence_stays_out_of_the_body(bar):
    page = " ".join([_TOP, bar, *_PARAS, _FOOT])
    body = newsextract.extract(page.encode()).to_dict()["body"].split("\n\n")
    assert body[0] == _PARAS[0]


@pytest.mark.parametrize("line, parts", [
    ("0:00 Anhören Bijan Djir-Sarai übernimmt die Verantwortung für das Agieren der Partei.",
     ["0:00 Anhören", "Bijan Djir-Sarai übernimmt die Verantwortung für das Agieren der Partei."]),
    ("Compartir Guardar El Gobierno aprobó este martes la reforma de las pensiones.",
     ["Compartir Guardar", "El Gobierno aprobó este martes la reforma de las pensiones."]),
    ("Delen Opslaan Het kabinet heeft dinsdag de begroting voor volgend jaar gepresenteerd.",
     ["Delen Opslaan", "Het kabinet heeft dinsdag de begroting voor volgend jaar gepresenteerd."]),
])
def test_buttons_glued_to_a_sentence_are_a_line_of_their_own(line, parts):
    assert [x.removeprefix("• ") for x in _button_leads([line], "") if x] == parts[0].split() + parts[1:]


@pytest.mark.parametrize("line", [
    # a sentence's own title or name that holds a button's word
    "The film Listen Up Philip premiered at Sundance and was praised by critics.",
    "Save the Children said on Monday that the aid had not arrived yet.",
    "Share Price Index fell sharply on Monday as traders sold their holdings.",
    "Comment Is Free editor Jane Smith said the section would close next year.",
    "“Save Our Seas” Director Ana Ruiz said the campaign was a success this year.",
    # a headline in title case whose verb is a button's word, glued to the lead
    "Fans Share Their Memories Thousands gathered on Sunday to mourn the singer.",
    "Ministers Listen To Farmers As Protests Grow In Paris and the crowd is big.",
    # one button alone before the sentence: as often the sentence's own first word
    "Teilen Sie Ihre Meinung mit uns in den Kommentaren unter dem Artikel.",
    "Condividi Il governo ha approvato oggi la riforma delle pensioni in Senato.",
    # a short line: no sentence after the buttons
    "Share Comment Save",
    # a sentence's own capitalised opening before one button's word (nouns, names, titles)
    "In Teilen Deutschlands hat es am Montag so stark geregnet wie seit Jahren nicht mehr.",
    "Zahlreiche Kommentare Betroffener in sozialen Netzwerken zeigen, wie groß der Ärger über die Behörden ist.",
    "Beim Drucken Hunderter Stimmzettel ist der Stadtverwaltung ein folgenschwerer Fehler unterlaufen.",
    "The Save Our NHS campaign gathered more than a million signatures in its first week, organisers said.",
    "Global Share Prices fell sharply on Monday as investors worried about the floods.",
    "A Comment Section Moderator at the paper said readers had sent in hundreds of photos of the floods.",
    "Presiden Joko Widodo Bagikan Sembako kepada warga di Pasar Senen, Jakarta, pada Senin pagi.",
    "Het Deel Twee van het rapport verschijnt volgende week, zei de minister dinsdag in de Kamer.",
    # two buttons' words in a sentence's prose, not a tool bar's
    "Die Kommentare der Leser zeigen, dass man in Teilen Deutschlands wütend ist über die Entscheidung der Behörden.",
    "Comments from readers show that people Save Our Streets groups were furious about the closures on Monday.",
])
def test_a_buttons_word_of_a_sentence_or_headline_stays(line):
    assert _button_leads([line], "") == [line]


def test_the_headline_line_is_left_alone():
    head = "Listen Share Comment What the storm left behind in the north of the city."
    assert _button_leads([head], head) == [head]
