"""Where the body ends in a text dump (issue 11): a short last paragraph that is a sentence is the
text's, a newsletter box's line after it is not, and a gallery's next caption printed again under
the gallery is not either; the lines that look like them but belong to the text stay."""

from __future__ import annotations

from typing import List

import pytest

from newsextract import extract
from newsextract.classify import is_boilerplate

PARAS = {
    "en": [
        "The city council voted on Tuesday to rebuild the old harbour wall, which storms have "
        "battered for three winters, and to open a public walkway along its top by next summer.",
        "Engineers told the council that the wall could fail within five years if nothing is "
        "done, and that the cost of waiting would be far higher than the cost of the work now.",
        "Residents who live near the harbour said they welcomed the plan, although several asked "
        "how long the road along the water would be closed while the builders are at work.",
        "The mayor said the works would start in March and that the road would stay open to "
        "buses and bicycles, with cars sent through the town centre for about four months.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenmauer zu erneuern, die seit "
        "drei Wintern von Stürmen beschädigt wird, und auf ihr bis zum Sommer einen Weg zu bauen.",
        "Die Ingenieure sagten dem Rat, die Mauer könne in fünf Jahren nachgeben, wenn nichts "
        "geschehe, und das Warten werde viel teurer als die Arbeiten, die jetzt anstehen.",
        "Anwohner am Hafen begrüßten den Plan, fragten aber, wie lange die Straße am Wasser "
        "gesperrt bleibe, solange die Bauarbeiter dort mit ihren Maschinen unterwegs seien.",
        "Die Bürgermeisterin sagte, die Arbeiten begännen im März, und die Straße bleibe für "
        "Busse und Fahrräder offen, während Autos vier Monate durch die Innenstadt fahren.",
    ],
    "id": [
        "Pemerintah kota memutuskan pada Selasa untuk membangun kembali tembok pelabuhan lama yang "
        "rusak diterjang badai selama tiga musim, sekaligus membuka jalur pejalan kaki di atasnya.",
        "Para insinyur mengatakan kepada dewan bahwa tembok itu bisa runtuh dalam lima tahun jika "
        "tidak ada tindakan, dan biaya menunggu akan jauh lebih besar daripada biaya perbaikan.",
        "Warga yang tinggal di dekat pelabuhan menyambut rencana itu, meski beberapa bertanya berapa "
        "lama jalan di tepi air akan ditutup selama para pekerja bangunan berada di sana.",
        "Wali kota mengatakan pekerjaan akan dimulai pada Maret dan jalan tetap dibuka untuk bus "
        "dan sepeda, sementara mobil dialihkan melalui pusat kota selama sekitar empat bulan.",
    ],
    "pt": [
        "A câmara municipal decidiu na terça-feira reconstruir o velho muro do porto, danificado "
        "por tempestades há três invernos, e abrir um passeio público sobre ele até o verão.",
        "Os engenheiros disseram aos vereadores que o muro pode ceder em cinco anos se nada for "
        "feito, e que esperar custaria muito mais do que fazer as obras agora mesmo.",
        "Moradores que vivem perto do porto disseram que aprovam o plano, embora vários tenham "
        "perguntado por quanto tempo a rua à beira da água ficará fechada durante as obras.",
        "O prefeito disse que as obras começam em março e que a rua ficará aberta para ônibus e "
        "bicicletas, com os carros desviados pelo centro da cidade por cerca de quatro meses.",
    ],
}
TITLE = {"en": "Council backs harbour wall plan", "de": "Rat stimmt Plan für die Hafenmauer zu",
         "id": "Dewan Setujui Rencana Tembok Pelabuhan", "pt": "Câmara aprova plano para o muro do porto"}
AFTER = {"en": "Tags: Harbour · Council", "de": "Themen: Hafen · Gemeinderat", "id": "Tags: Pelabuhan Dewan Kota",
         "pt": "Tags: Porto · Câmara"}
RELATED = {"en": "Related stories", "de": "Mehr zum Thema", "id": "Berita Terkait", "pt": "Leia também"}


def _dump(lang: str, tail: List[str], after: List[str] = ()) -> str:
    """A w3m dump of an article: menu, headline, date, its paragraphs and then `tail`'s
    paragraphs, the tags, a related list, `after` and a footer."""
    lines = ["Home | News | Sport | Business | Culture", "", TITLE[lang], "", "12.03.2024, 09:30", ""]
    for p in PARAS[lang] + list(tail):
        lines += [p, ""]
    lines += [AFTER[lang], "", RELATED[lang], "", "  • Five walks along the coast this spring",
              "  • Ferry times change from Monday", "  • Harbour festival returns in July", ""]
    for p in after:
        lines += [p, ""]
    lines += ["© 2024 Harbour Times. All rights reserved.", "Imprint | Privacy | Contact"]
    return "\n".join(lines) + "\n"


def _last(text: str) -> str:
    return extract(text).body.split("\n\n")[-1]


# a last paragraph of ten words, a whole sentence: scored 0 (nine words scored 1, eleven
# scored 1), the run ended before it
@pytest.mark.parametrize("lang,last", [
    ("en", "Work on the walkway is due to finish next summer."),
    ("id", "Sidang akan dilanjutkan pekan depan dengan agenda pembacaan nota pembelaan."),
    ("de", "Der Stadtrat will im Februar über die neuen Kosten entscheiden."),
    ("pt", "A prefeitura prometeu uma contribuição de duzentos mil reais ontem."),
    ("en", '"We will be ready by the summer," the mayor said.'),  # a closing quote line
])
def test_a_ten_word_last_sentence_is_the_texts(lang: str, last: str) -> None:
    assert len(last.split()) == 10
    assert _last(_dump(lang, [last])) == last


@pytest.mark.parametrize("last", [
    "Police are appealing for witnesses.",  # a short final sentence, five words
    "The council meets again in May.",
])
def test_a_shorter_last_sentence_stays_the_texts(last: str) -> None:
    assert _last(_dump("en", [last])) == last


@pytest.mark.parametrize("teaser", [
    "Five things to know about the new harbour wall plan",  # a teaser's headline, no stop
    "Two people in the town have been injured by storm,...",  # a teaser cut short
])
def test_a_ten_word_teaser_after_the_text_is_not_the_texts(teaser: str) -> None:
    assert len(teaser.split()) == 10
    assert _last(_dump("en", [teaser])) == PARAS["en"][-1]


def test_a_pictures_caption_restating_the_lead_is_not_the_texts() -> None:
    # a photo page (id-news's detik galleries): the picture's caption under the text says again
    # what the paragraph above it says, with or without the gallery's marker over it
    caption = "Wali kota mengatakan jalan tetap dibuka untuk bus dan sepeda."
    for tail in ([caption], ["[gal_next] Dewan Setujui Rencana Tembok Pelabuhan", caption]):
        assert _last(_dump("id", tail)) == PARAS["id"][-1]


@pytest.mark.parametrize("last", [
    # most of its words are the paragraph's above, one is new: the text's
    "Wali kota mengatakan jalan tetap dibuka untuk bus mulai Maret.",
    # a short last sentence of five words, all of them said before
    "Jalan tetap dibuka untuk bus.",
    # a pull quote's words, printed with its speaker among the paragraphs, closing the text
    "\"Kami tidak akan menyerah soal jalan ini,\" kata wali kota.",
])
def test_a_last_sentence_that_says_something_new_or_is_short_is_the_texts(last: str) -> None:
    pull = '"Kami tidak akan menyerah soal jalan ini," kata wali kota Budi Santoso di balai kota.'
    paras = PARAS["id"]
    text = _dump("id", [last]).replace(paras[1], pull + "\n\n" + paras[1])
    assert _last(text) == last


def test_a_last_sentence_a_paragraph_further_up_holds_is_the_texts() -> None:
    # a caption among the paragraphs said it first, the last paragraph says it again
    caption = "Tembok pelabuhan lama kini dibuka kembali setelah perbaikan besar. Foto: Budi Santoso"
    last = "Tembok pelabuhan lama kini dibuka kembali."
    paras = PARAS["id"]
    text = _dump("id", [last]).replace(paras[2], caption + "\n\n" + paras[2])
    assert _last(text) == last


def test_a_ten_word_last_sentence_after_a_caption_is_the_texts() -> None:
    last = "Sidang akan dilanjutkan pekan depan dengan agenda pembacaan nota pembelaan."
    text = _dump("id", ["(Foto: ANTARA/Budi Santoso)", last])
    assert _last(text) == last


# a newsletter box's line, under the text's last paragraph
@pytest.mark.parametrize("lang,box", [
    ("de", "Der Newsletter am Morgen: Melden Sie sich jetzt kostenlos an."),
    ("pt", "Assine a newsletter e receba as principais notícias do dia."),
    ("en", "Sign up for our morning newsletter and get the news first."),
    ("en", "Morning Briefing newsletter: sign up to get the day's news."),
])
def test_a_newsletter_prompt_after_the_text_is_not_the_texts(lang: str, box: str) -> None:
    assert is_boilerplate(box)
    assert _last(_dump(lang, [box])) == PARAS[lang][-1]


@pytest.mark.parametrize("lang,last", [
    ("en", "The council will publish the results in its newsletter next month."),
    ("en", "Subscribers to the newsletter were told the plan would cost more."),
    ("en", "Readers of the newsletter have until Friday to sign up for the walks."),
    ("en", "Its newsletter, she said, was how most members heard: subscribe and wait."),
    ("de", "Der Verein will seine Mitglieder im nächsten Newsletter informieren."),
    ("de", "Melden Sie sich bei der Polizei, sagte die Sprecherin am Abend."),
    ("pt", "Os moradores receberão o boletim da associação já na próxima semana."),
])
def test_a_last_paragraph_that_speaks_of_a_newsletter_is_the_texts(lang: str, last: str) -> None:
    assert not is_boilerplate(last)
    assert _last(_dump(lang, [last])) == last


def test_a_long_paragraph_that_asks_to_sign_up_in_passing_is_no_prompt() -> None:
    text = ("Sign up for the newsletter, the society's chairwoman told the meeting, was the best way "
            "to hear of the walks, the talks and the cleaning days on the beach that the volunteers "
            "organise every month from April to October, and more than two hundred people did so.")
    assert not is_boilerplate(text)


# a prompt to comment, under the text's last paragraph: the comments begin there
@pytest.mark.parametrize("lang,prompt", [
    ("en", "Would you like to comment on this article?"),
    ("de", "Diesen Artikel kommentieren"),
    ("pt", "Comente esta notícia"),
])
def test_a_prompt_to_comment_on_the_article_ends_the_text(lang: str, prompt: str) -> None:
    after = ["Sign up (it's quick and free) or sign in now.", "Please read our Comment Policy before commenting."]
    text = _dump(lang, ["━━━━━━━━━━━━━━━━━━━━", prompt, *after])
    assert _last(text) == PARAS[lang][-1]


def test_an_interviewers_question_about_comment_is_the_texts() -> None:
    # a question of an interview among its answers asks for comment, on no article of the page's
    question = "Would you like to comment on the allegations against the harbour board?"
    answer = ("No. The board has answered every question put to it, and the minutes of every meeting "
              "are published on its website for anyone who wants to read them.")
    paras = PARAS["en"]
    text = _dump("en", [question, answer])
    body = extract(text).body.split("\n\n")
    assert body[-2:] == [question, answer] and body[0] == paras[0]
