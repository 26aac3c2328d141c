"""The review of the dend18 rules (session 18) with its invented dumps (fixtures/rvdend18): a
prompt to comment on the article is a comment section's opening only as a whole line; a sign-up
line of more than a few words needs the box's own mark; a ten-word sentence in which the site
speaks to its reader is not lifted into the body; a ten-word last sentence that repeats words of
the text stays when furniture the run took in follows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.options import Options

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "rvdend18"


def _body(name: str) -> str:
    return extract((PAGES / f"{name}.w3m.txt").read_bytes(), Options(input_format="text")).body or ""


# each page's sentence of the text that the rule took for furniture, and the text's last line
@pytest.mark.parametrize("name, kept", [
    ("C1_de_v2", "Diesen Artikel kommentieren wollte das Ministerium auf Anfrage nicht."),
    ("C2_fr_quote", "« Commenter cet article ne servirait à rien », a estimé le maire"),
    ("C3b_en_qa", "Would you like to comment on this story about the harbour board's spending?"),
    ("A4_it_abbonati", "Abbonati e lettori della newsletter hanno ricevuto l'avviso"),
    ("A8_fr_question", "Recevez-vous encore la lettre d'information de la mairie ?"),
    ("A3_en_tip", "Subscribe to newsletters only from senders you know"),
    ("A5_de_advice", "Melden Sie sich für den Newsletter der Verbraucherzentrale an"),
    ("B3_en_echo_pitch", "The council will vote on the plan again next month."),
    ("B3d_id_echo_pitch", "Sidang akan dilanjutkan pekan depan dengan agenda pembacaan nota pembelaan."),
])
def test_the_texts_own_line_stays(name: str, kept: str) -> None:
    body = _body(name)
    assert kept in body
    # and what the text says after it (the page's last paragraph) is not cut away
    assert body.rstrip().endswith((".", "?", "»"))


def test_comment_prompt_does_not_cut_the_rest() -> None:
    body = _body("C1_de_v2")
    assert body.rstrip().endswith("während Autos vier Monate durch die Innenstadt fahren.")


def test_a_promo_of_ten_words_is_not_lifted() -> None:
    body = _body("B1_en_promo_after")
    assert "Our journalism is independent and funded by readers like you." not in body
    assert "Please share this story with your friends." not in body
    assert "with cars sent through the town centre for about four months." in body
