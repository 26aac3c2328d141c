"""dttl24's reviewer's near misses (fixtures/dttl24/near/, w3m-shaped dumps): pages where the
branch's rules fired on the text or on the headline and the base did not. Each must keep the
base's answer: the headline printed, and the text opening with its first paragraph as built.

- a wire's short lead closed by its agency's name alone ("... (EFE)", "(AP)", "(ANSA)"), a
  lead that opens with a quote, a live blog's entries each closed by an agency, and a
  standfirst closed by the words' credit ("(Interview: Jane Roe)", "(Text: Anna Müller)"):
  none is a picture's caption;
- a headline opening with a role word ("Reporter ...", "Korrespondent ...", "Editor of ...")
  printed under a name set as a kicker over it: the headline, not the writer's box;
- a headline whose source is an agency ("..., meldt ANP", "... volgens ANP") over a date line.
Expectations read by eye from the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract

_NEAR = Path(__file__).resolve().parent.parent / "fixtures" / "dttl24" / "near"

_OPENINGS = {
    "es_lead_efe": "Un terremoto de magnitud 5,2 ha sacudido este jueves el sur de la provincia",
    "en_lead_ap": "A strong earthquake struck southern Japan on Thursday, officials said. (AP)",
    "en_quote_lead_reuters": '"I know I\'m not a young man, but I know how to do this job," Biden',
    "en_liveblog_agencies": "14:30 Russia launched a wave of missile attacks on Kharkiv overnight",
    "en_standfirst_interview_credit": "After a decade away, the band is back with a new album",
    "de_standfirst_text_credit": "Nach zehn Jahren Pause meldet sich die Band mit einem neuen Album",
    "it_lead_ansa": "La Protezione civile ha diramato l'allerta rossa per il rischio idrogeologico",
    "it_short_lead_ansa": "La Protezione civile ha diramato l'allerta rossa in Emilia-Romagna per",
}


@pytest.mark.parametrize("page", sorted(_OPENINGS))
def test_a_first_paragraph_closed_by_a_credit_of_the_words_opens_the_text(page: str) -> None:
    a = extract((_NEAR / f"{page}.txt").read_bytes())
    assert a.body.startswith(_OPENINGS[page]), a.body[:80]


_HEADLINES = {
    "en_name_kicker_reporter_headline": "Reporter sentenced to 16 years in Russian prison",
    "de_name_kicker_korrespondent_headline": "Korrespondent in Moskau festgenommen",
    "en_name_kicker_correspondent_for_headline": "Correspondent for US paper detained in Moscow",
    "en_name_kicker_editor_of_headline": "Editor of local paper resigns after row with owners",
    "en_name_kicker_title_case_headline": "Editor of Local Paper Resigns After Row With Owners",
    "en_name_kicker_reporter_covering_headline": "Reporter covering protests detained in Minsk",
    "nl_headline_meldt_anp": "Kabinet-Rutte gevallen over asielbeleid, meldt ANP",
    "nl_headline_volgens_anp": "Kabinet-Rutte valt over migratie volgens ANP",
}


@pytest.mark.parametrize("page", sorted(_HEADLINES))
def test_the_headline_under_a_kicker_or_over_a_date_stays_the_title(page: str) -> None:
    assert extract((_NEAR / f"{page}.txt").read_bytes()).title == _HEADLINES[page]
