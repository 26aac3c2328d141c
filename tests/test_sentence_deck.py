"""A dump's short headline over a deck that is one sentence, over the byline: the headline is the
title, not the deck nearer the byline (the deck rule asked for a headline of six words or more,
which many headlines in German, Swedish or English have not)."""

from __future__ import annotations

import pytest

from newsextract import extract

_BODY = {
    "en": ("By Jane Doe", "March 7, 2024 2:22 p.m.",
           "Lawmakers approved the climate bill by a wide margin on Thursday after a long debate. The law "
           "sets stricter targets for transport and buildings and will be reviewed every five years.",
           "The opposition said the law did not go far enough. \"This is nowhere near enough,\" a "
           "spokesman said after the vote."),
    "de": ("Von Anna Schmidt", "07.03.2024, 14:22 Uhr",
           "Berlin. Der Bundestag hat am Donnerstag nach langer Debatte ein neues Klimagesetz beschlossen. "
           "Die Abgeordneten stimmten mit großer Mehrheit für den Entwurf der Regierung.",
           "Die Opposition kritisierte das Gesetz als zu schwach. „Das reicht bei weitem nicht“, sagte "
           "ein Sprecher der Fraktion im Anschluss an die Abstimmung."),
    "sv": ("Av Anna Svensson", "7 mars 2024 kl 14.22",
           "Riksdagen röstade på torsdagen igenom den nya klimatlagen efter en lång debatt. Lagen skärper "
           "målen för transporter och byggnader och ska ses över vart femte år.",
           "Oppositionen sade att lagen inte går tillräckligt långt. – Det här räcker inte på långa vägar, "
           "sade en talesperson efter omröstningen."),
}


def _page(lang: str, *head: str) -> bytes:
    byline, date, *paragraphs = _BODY[lang]
    return "\n\n".join(["Home | News | Politics", *head, f"{byline}\n{date}", *paragraphs]).encode() + b"\n"


@pytest.mark.parametrize("lang,headline,deck", [
    ("en", "Parliament passes new climate law", "Critics say the law does not go far enough."),
    ("en", "Parliament passes climate law", "Lawmakers approved the bill by a wide margin on Thursday after a long debate."),
    ("de", "Bundestag beschließt neues Klimagesetz",
     "Der Bundestag hat am Donnerstag nach langer Debatte ein neues Klimagesetz beschlossen."),
    ("de", "Koalition einigt sich auf Klimagesetz", "Die Opposition hält das Gesetz für zu schwach."),
    ("sv", "Riksdagen klubbar den nya klimatlagen", "Oppositionen kallar lagen för tandlös."),
])
def test_a_short_headline_over_its_sentence_deck(lang: str, headline: str, deck: str) -> None:
    assert extract(_page(lang, headline, deck)).title == headline


@pytest.mark.parametrize("lang,headline,deck", [
    ("sv", "Riksdagen klubbar klimatlagen", "Oppositionen kallar lagen för tandlös."),
    ("en", "Climate law passes", "Critics say the law does not go far enough."),
    ("de", "Bundestag gegen Opposition", "Die Regierung setzt ihren Entwurf durch."),
    ("en", "CLIMATE LAW PASSES", "Critics say the law does not go far enough."),
    ("en", "Enough for climate?", "Critics say the law does not go far enough."),
])
def test_a_three_word_headline_over_its_sentence_deck(lang: str, headline: str, deck: str) -> None:
    # (a line of three words or fewer is neither too short nor a kicker over its sentence deck)
    assert extract(_page(lang, headline, deck)).title == headline


@pytest.mark.xfail(strict=True, reason="the deck, nearer the byline, uses more of the text's words than "
                   "the short headline (a headline of four words or more gets a length's bonus it has not; "
                   "giving it that bonus changed titles of held-out pages for the worse)")
def test_a_three_word_headline_over_a_deck_that_speaks_more_of_the_text() -> None:
    page = _page("de", "Bundestag beschließt Klimagesetz", "Die Opposition hält das Gesetz für zu schwach.")
    assert extract(page).title == "Bundestag beschließt Klimagesetz"


@pytest.mark.parametrize("head,title", [
    # a section's label of three words, which the text does not speak of, over a headline
    # ending with a full stop: the headline
    (["Breaking News Live", "Storm hits the coast and knocks out power."], "Storm hits the coast and knocks out power."),
    # a kicker of two words the text speaks of, over a headline with no stop: the headline
    (["Climate law", "Parliament passes new climate law after a long debate"],
     "Parliament passes new climate law after a long debate"),
    # a genre's label with its colon over a headline that is a sentence: the headline
    (["Opinion: Climate bill", "The climate law is a missed chance for the country."],
     "The climate law is a missed chance for the country."),
    # a short line the text speaks of over a headline that ends with a stop: the headline
    (["Climate bill", "Lawmakers approve the climate bill after a long debate."],
     "Lawmakers approve the climate bill after a long debate."),
    # a short kicker over a headline, then its deck: the headline
    (["Climate", "Parliament passes climate law", "Critics say the law does not go far enough."],
     "Parliament passes climate law"),
])
def test_short_lines_that_are_no_headline_over_a_sentence(head: list, title: str) -> None:
    assert extract(_page("en", *head)).title == title


@pytest.mark.parametrize("head,title", [
    # a menu's or a label's line, which the text does not speak of, over a headline that ends
    # with a stop: the headline
    (["Politics Business Sport Culture", "Storm hits the coast and knocks out power to thousands."],
     "Storm hits the coast and knocks out power to thousands."),
    (["Breaking News Live Updates", "Storm hits the coast hard."], "Storm hits the coast hard."),
    # a kicker over its headline, no deck: the headline (no full stop: no sentence deck)
    (["Klimapolitik", "Parliament passes new climate law after a long debate"],
     "Parliament passes new climate law after a long debate"),
    # a site's name over a headline that ends with a full stop: the headline still
    (["The Harbour Times", "Parliament passes new climate law after a long debate."],
     "Parliament passes new climate law after a long debate."),
    # a long headline over its deck, as before
    (["Parliament passes new climate law after a long debate",
      "Critics say the law does not go far enough."],
     "Parliament passes new climate law after a long debate"),
])
def test_near_misses_keep_their_headline(head: list, title: str) -> None:
    assert extract(_page("en", *head)).title == title


@pytest.mark.parametrize("quote", ["“Nowhere near enough”", "Nowhere near enough"])
def test_a_pull_quote_between_headline_and_deck_is_no_headline(quote: str) -> None:
    # (rv-pft) a short line right under the headline, or one that opens with a quotation mark,
    # is not the headline of the deck under it
    page = _page("en", "Parliament passes new climate law", quote, "Critics say the law does not go far enough.")
    assert extract(page).title == "Parliament passes new climate law"
