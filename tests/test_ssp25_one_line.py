"""Pages dumped on one line (BeautifulSoup's get_text(" ", strip=True)): a short page's line
is read as one, a list's heading after the text's tags ends the text, abbreviations and a
copyright sign part no sentence wrongly. The pages are invented, in the shapes outlets print."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.segment import dumps
from newsextract.segment.dumps import dump_style

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


def _record(text: str) -> dict:
    return newsextract.extract(text.encode()).to_dict()


def _body(text: str) -> list:
    return _record(text)["body"].split("\n\n")


def _page(paras: list, after: str, top: str = _TOP) -> str:
    return " ".join([top, *paras, after, _FOOT])


# --- a list's heading after the text's tags ---

@pytest.mark.parametrize("after", [
    # (tags in sentence case, then the heading and headlines with their dates)
    "Flooding Weather Leeds UK transport Related Storm warning issued for the coast 11 March 2024 "
    "What is a flood plain and who pays for defences? Rail lines reopen after landslip 2 March 2024 Transport",
    # (a heading of two words, tags of people's names)
    "Mary Jones Leeds City Council Most read Storm warning issued for the coast What is a flood plain "
    "and who pays for the defences that failed this week?",
])
def test_a_list_heading_after_the_texts_tags_ends_the_body(after: str) -> None:
    body = _body(_page(_PARAS, after))
    assert body[0] == _PARAS[0] and body[-1] == _PARAS[-1]


@pytest.mark.parametrize("head, paras, after", [
    ("Unwetter in Sachsen: Straßen bleiben gesperrt", ["Nach dem schweren Unwetter am Wochenende sind in Sachsen noch immer mehrere Straßen gesperrt.",
            "Die Feuerwehr war nach eigenen Angaben mehr als 400 Mal im Einsatz, vor allem wegen Bäumen.",
            "Die Schäden werden auf mehrere Millionen Euro geschätzt, sagte ein Sprecher der Stadt."],
     "Unwetter Sachsen Feuerwehr Mehr zum Thema Gewitter: Was Autofahrer jetzt wissen müssen "
     "Hochwasser an der Elbe: Pegel steigt weiter, die Stadt hat die Ufer gesperrt."),
    ("Torino, incendio in un capannone: nessun ferito", ["Un incendio è divampato nella notte in un capannone industriale alla periferia di Torino.",
            "Sul posto sono intervenute sei squadre dei vigili del fuoco, che hanno lavorato fino all'alba.",
            "Le cause dell'incendio sono ancora in corso di accertamento."],
     "Torino Incendio Vigili del Fuoco Leggi anche Milano, crolla un cornicione in centro: nessun ferito "
     "tra i passanti che si trovavano in via Roma."),
    # (the text's last paragraph short: a sentence's line above the tags is enough)
    ("Rząd obniża podatek dla małych firm", ["Rząd przyjął we wtorek projekt ustawy o obniżeniu podatku dla małych firm.",
            "Zmiany mają obowiązywać od stycznia przyszłego roku i objąć dwa miliony przedsiębiorców.",
            "Projekt trafi teraz do Sejmu."],
     "Podatki Firmy Sejm Czytaj także Inflacja spada trzeci miesiąc z rzędu, a ceny paliw "
     "rosną od poniedziałku na wszystkich stacjach w kraju."),
])
def test_the_heading_ends_the_body_in_other_languages(head: str, paras: list, after: str) -> None:
    top = f"{head} - Kurier Kurier Start Politik Wirtschaft Sport Kultur {head} Anna Nowak 14.03.2024, 10:00"
    record = _record(" ".join([top, *paras, after, "Impressum Datenschutz Kontakt"]))
    assert record["title"] == head
    assert record["body"].split("\n\n") == paras


def test_the_cut_before_a_heading_needs_tags_before_it() -> None:
    # (words in lower case in a row: a sentence's, its nouns capitalised as German writes them)
    lines = ["Ein Satz des Textes, der lang genug ist, um als Absatz zu gelten, steht hier.",
             "Im hohen Alter machte er noch einmal mit seinem Privatleben Schlagzeilen Kurz danach zog er um"]
    assert dumps._list_heads(list(lines), "") == lines
    # ("The" is the heading's own: "The Latest")
    lines = [lines[0], "The Latest Storm warning issued for the coast"]
    assert dumps._list_heads(list(lines), "") == lines


def test_a_one_word_heading_after_a_few_capitalised_words_is_a_subheads_word() -> None:
    # (a subhead in title case; a page's tags run on longer: five words at least)
    first = "A sentence of the text, long enough to count as a paragraph of prose, stands here."
    for line in ("Apple Watch Series 9 Latest Update Brings New Faces", "What Comes Next Related Features Are Coming"):
        assert dumps._list_heads([first, line], "") == [first, line]
    assert dumps._list_heads([first, "Flooding Weather Leeds UK transport Related Storm warning"], "") == [
        first, "Flooding Weather Leeds UK transport", "", "Related", "", "Storm warning"]


def test_a_heading_that_opens_its_line_stays_with_its_list() -> None:
    lines = ["Ein Satz des Textes, der lang genug ist, um als Absatz zu gelten, steht hier.",
             "Mehr zum Thema Gewitter: Was Autofahrer jetzt wissen müssen"]
    assert dumps._list_heads(list(lines), "") == lines


def test_a_heading_with_the_text_going_on_after_it_is_no_end() -> None:
    # (a sentence's name before "Related Companies", an inline box's topic: as much text again
    # after it)
    paras = list(_PARAS)
    paras.insert(2, "Stephen Ross Related Companies Chairman told reporters the deal closed last week.")
    body = _body(_page(paras, ""))
    assert body[0] == paras[0] and body[-1] == paras[-1]
    assert any(p.startswith("Stephen Ross Related Companies") for p in body)


def test_an_inline_read_more_keeps_the_rest_of_the_text() -> None:
    paras = list(_PARAS)
    paras.insert(2, "Read more Storm warning issued for the coast")
    body = _body(_page(paras, ""))
    assert body[-1] == _PARAS[-1] and _PARAS[3] in body


# --- a short page on one line ---

def test_a_short_page_on_one_line_is_read_as_one() -> None:
    page = _page(_PARAS[:3], "")
    assert len(page) < 1500 and "\n" not in page
    assert dump_style(page) == dumps.SOUP_SPACED
    record = _record(page)
    assert record["title"] == _HEAD and record["authors"] == ["Jane Roe"]
    assert record["body"].split("\n\n") == _PARAS[:3]


def test_a_french_short_page_counts_its_guillemets_sentences() -> None:
    paras = ["Le gouvernement a annoncé mardi un nouveau plan de soutien aux agriculteurs.",
             "Selon le ministre, 500 millions d'euros seront débloqués d'ici la fin de l'année.",
             "« C'est une réponse à la hauteur de la crise », a déclaré le président de la FNSEA à l'AFP.",
             "Les syndicats jugent toutefois ces mesures insuffisantes."]
    top = "Sécheresse : un plan d'aide - Le Quotidien Le Quotidien Accueil Politique Économie Sport " \
          "AGRICULTURE Sécheresse : un plan d'aide Par Marie Dupont Publié le 14/03/2024 à 08h12"
    page = " ".join([top, *paras, "© Le Quotidien 2024"])
    assert dump_style(page) == dumps.SOUP_SPACED
    assert _body(page) == paras


@pytest.mark.parametrize("text", [
    # (too few sentences for a page: a plain line)
    "A short note. It has two sentences and nothing else to say about the floods in the north of the city, "
    "which the council will discuss at length on Monday evening in the town hall with the residents.",
    # (two lines: a title over a paragraph, a plain text)
    "Floods close schools\n" + " ".join(_PARAS),
])
def test_a_plain_text_stays_plain(text: str) -> None:
    assert dump_style(text) == dumps.PLAIN


def test_one_paragraph_of_prose_on_one_line_keeps_every_sentence() -> None:
    text = " ".join(_PARAS) + " Dr. Smith said the U.S. team arrived at 10.30 on Monday."
    body = _body(text)
    assert " ".join(body) == text


# --- abbreviations and the copyright sign ---

@pytest.mark.parametrize("sentence", [
    "„Wir haben so etwas nicht erlebt“, sagte Einsatzleiter Dr. Thomas Müller am Sonntag um 10.30 Uhr.",
    "Der Wetterdienst erwartet z. B. weitere Gewitter mit bis zu 3.5 Litern Regen je Stunde.",
    "The plan was backed by Prof. Anne Smith and Gen. Mark Jones at No. 10 on Monday.",
    "Capt. Lee said the ship would sail, u. a. nach Hamburg.",
])
def test_an_abbreviations_dot_ends_no_sentence(sentence: str) -> None:
    parts = dumps._unspace(f"{_PARAS[0]} {sentence} {_PARAS[1]}", None).rstrip("\n").split("\n\n")
    assert parts == [_PARAS[0], sentence, _PARAS[1]]


@pytest.mark.parametrize("text, parts", [
    # (a word a sentence may end with, though a title's too)
    ("The film was written by Stephen King. The studio bought it.",
     ["The film was written by Stephen King.", "The studio bought it."]),
    ("Sie sprach mit dem Chef. Der sagte nichts.", ["Sie sprach mit dem Chef.", "Der sagte nichts."]),
])
def test_a_titles_word_at_a_sentences_end_still_ends_it(text: str, parts: list) -> None:
    assert dumps._unspace(text, None).rstrip("\n").split("\n\n") == parts


def test_a_copyright_sign_after_the_last_sentence_opens_the_footers_line() -> None:
    text = "Die Schäden werden auf mehrere Millionen Euro geschätzt. © Sächsische Rundschau GmbH."
    assert dumps._unspace(text, None).rstrip("\n").split("\n\n") == [
        "Die Schäden werden auf mehrere Millionen Euro geschätzt.", "© Sächsische Rundschau GmbH."]


@pytest.mark.parametrize("credit", ["© IMAGO / Cinema Publishers Collection", "© Victoria Jones/PA Wire/dpa",
                                    "© dpa", "© Getty Images"])
def test_a_pictures_credit_after_its_caption_stays_on_the_captions_line(credit: str) -> None:
    caption = "Prinz Harry, Herzog von Sussex, bei einem Termin in London."
    parts = dumps._unspace(f"{_PARAS[0]} {caption} {credit} {_PARAS[1]}", None).rstrip("\n").split("\n\n")
    assert not any(p.startswith("©") for p in parts)


def test_a_dateline_opening_the_text_on_one_line_gives_the_place() -> None:
    # (an article element's text alone: the dateline is the line's first words)
    text = ("JAKARTA, KOMPAS.com - Pemerintah resmi menaikkan harga BBM bersubsidi mulai Sabtu malam ini. "
            "Menteri Energi mengatakan kenaikan itu diperlukan untuk menjaga anggaran negara. "
            "\"Kami sudah menghitung dampaknya,\" kata dia. Sejumlah mahasiswa berencana menggelar unjuk rasa.")
    record = _record(text)
    assert record["location"] == "Jakarta"
    assert record["body"].startswith("Pemerintah resmi") and record["body"].endswith("unjuk rasa.")


# --- mends of rv-ssp25's harms ---

@pytest.mark.parametrize("text", [
    # (one paragraph piped on one line: no page's head before its first stop, no ©)
    "Stocks fell sharply on Monday. Investors worried about rising interest rates and weak earnings from "
    "technology companies, while oil prices climbed for a third day. The Dow Jones Industrial Average lost "
    "2 percent by the close. Analysts said the selloff could continue this week. The statement was released "
    "by the office late in the evening, and officials declined to answer further questions.",
    "Dr. Anna Lee, a cardiologist at St. Mary’s Hospital, said the study was important. Prof. James Kim of the "
    "U.S. National Institutes of Health disagreed. Gen. Mark Milley was not involved. The findings were "
    "published in the journal Nature on Wednesday, Nov. 3. The statement was released by the office late in "
    "the evening, and officials declined to answer further questions.",
    "The company released its earnings on Thursday. Revenue rose 12 percent. Profit beat analyst forecasts. "
    "Shares jumped in after-hours trading. The deal was advised by Goldman Sachs Morgan Stanley JPMorgan Chase "
    "Bank Of America Related Companies and Blackstone, according to a person familiar with the matter.",
    "Title: Council approves budget. Author: John Doe. Date: March 12, 2024. The city council voted on Tuesday "
    "to approve a new budget for the coming year. The plan includes funding for three new schools and a "
    "renovation of the central library. Mayor Jane Smith said the vote was a victory for all residents.",
])
def test_one_paragraph_on_one_line_stays_plain_and_whole(text: str) -> None:
    assert len(text) >= 300 and dump_style(text) == dumps.PLAIN
    record = _record(text)
    assert record["body"] == text
    assert record["authors"] == [] and not any("get_text" in w for w in record["warnings"])


def test_a_cookie_banner_on_one_line_is_no_page() -> None:
    text = ("We use cookies to improve your experience on our site. By continuing to browse, you agree to our use "
            "of cookies. You can change your settings at any time. Read our Privacy Policy and Cookie Policy for "
            "more information. Accept All Cookies Manage Settings Reject All Related Privacy Policy Terms of Use.")
    assert dump_style(text) == dumps.PLAIN
    assert not any("get_text" in w for w in _record(text)["warnings"])


@pytest.mark.parametrize("subhead, last", [
    # (a subhead in title case whose heading words follow one word: the last section stays)
    ("What's Up Next For The Council", "The council meets again on April 2 to vote on the school plans."),
    ("Five Most Popular Projects", "The library renovation drew the most support from residents in the survey."),
])
def test_a_title_case_subhead_near_the_end_keeps_the_last_section(subhead: str, last: str) -> None:
    body = _body(_page(_PARAS, f"{subhead} {last}"))
    assert body[0] == _PARAS[0] and body[-1].endswith(last)


def test_a_subhead_over_the_texts_price_list_keeps_it() -> None:
    # (a one-word list heading, "Terbaru", ending a subhead over label: value pairs)
    paras = ["PT Pertamina kembali menyesuaikan harga bahan bakar minyak nonsubsidi mulai Sabtu di seluruh Indonesia.",
             "Penyesuaian ini dilakukan mengikuti tren harga minyak dunia dan nilai tukar rupiah, kata pejabat.",
             "Menurut dia, penyesuaian harga dilakukan secara berkala setiap bulan sesuai ketentuan pemerintah.",
             "Pertamina memastikan stok bahan bakar di seluruh SPBU dalam kondisi aman dan distribusi normal."]
    after = ("Daftar Lengkap Harga BBM Pertamina Terbaru Pertamax: Rp 12.950 per liter Pertamax Turbo: Rp 14.000 "
             "per liter Dexlite: Rp 13.250 per liter Harga tersebut berlaku di wilayah Jakarta dan sekitarnya.")
    lines = dumps._list_heads(dumps._unspace(" ".join([*paras, after]), None).split("\n"), "")
    assert "Terbaru" not in lines


@pytest.mark.parametrize("text, parts", [
    # (a lower-case abbreviation of the profiles before a low quotation mark: no sentence's end)
    ("Die Aktivisten der sog. „Letzten Generation“ kündigten Proteste an. Beobachter sprachen bzw. "
     "„Fridays for Future“ von einer Welle.",
     ["Die Aktivisten der sog. „Letzten Generation“ kündigten Proteste an.",
      "Beobachter sprachen bzw. „Fridays for Future“ von einer Welle."]),
    # (a low mark closed by a plain '"': no quotation the cut before it reads)
    ('Der Verband begrüßte den Beschluss. „Wir haben lange darauf gewartet", sagte sie.',
     ['Der Verband begrüßte den Beschluss. „Wir haben lange darauf gewartet", sagte sie.']),
    # (closed by its own mark: the cut stays)
    ("Der Verband begrüßte den Beschluss. „Wir haben lange darauf gewartet“, sagte sie.",
     ["Der Verband begrüßte den Beschluss.", "„Wir haben lange darauf gewartet“, sagte sie."]),
    ("Le ministre a parlé. « C'est une réponse forte », a-t-il dit.",
     ["Le ministre a parlé.", "« C'est une réponse forte », a-t-il dit."]),
])
def test_low_marks_and_guillemets_cut_only_before_a_closed_quotation(text: str, parts: list) -> None:
    assert dumps._unspace(text, None).rstrip("\n").split("\n\n") == parts


@pytest.mark.parametrize("caption, credit, after", [
    ("Mayor Jane Smith speaks at City Hall.", "© Michael Brown", _PARAS[1]),
    ("Der Bürgermeister im Rathaus.", "© Michael Braun", "Der Stadtrat beriet am Abend lange über den Plan."),
    ("Flood defences in Leeds.", "© Mary Ann Jones", "Officials said the walls held."),
])
def test_a_photographers_credit_closes_its_caption_and_the_text_goes_on(caption: str, credit: str,
                                                                         after: str) -> None:
    parts = dumps._unspace(f"{_PARAS[0]} {caption} {credit} {after}", None).rstrip("\n").split("\n\n")
    assert parts == [_PARAS[0], f"{caption} {credit}", after]


@pytest.mark.parametrize("notice", ["© Berliner Zeitung GmbH", "© Berliner Morgenpost 2024 Alle Rechte vorbehalten."])
def test_a_publishers_notice_still_opens_the_footers_line(notice: str) -> None:
    assert dumps._unspace(f"{_PARAS[0]} {notice}", None).rstrip("\n").split("\n\n") == [_PARAS[0], notice]


def test_a_low_marks_quotation_of_two_sentences_still_opens_its_line() -> None:
    text = "Er trat zurück. „Ich übernehme die Verantwortung. Es tut mir leid“, sagte er."
    parts = dumps._unspace(text, None).rstrip("\n").split("\n\n")
    assert parts[0] == "Er trat zurück." and parts[1].startswith("„Ich übernehme")
