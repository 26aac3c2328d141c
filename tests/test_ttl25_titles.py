"""ttl25: a headline's punctuation that the page gives screen readers only, and the <title> a
markdownify dump prints as its first line.

1. "<h1><span>Kicker</span><span class=visually-hidden>:</span> <span>Headline</span></h1>": the
   page parts its kicker from its headline by their look and writes the colon for screen
   readers; the headline is "Kicker: Headline" (its og:title says so too), not the two run
   together. Near misses: a separator for screen readers at the heading's start or end, after
   another one, outside a heading, or words for screen readers ("Artikel:") stay unread.
2. markdownify prints the page's <title> bare on the dump's first line, where the other
   converters open with the page's markup (a link, a list, a <div>): it steers the headline as
   a soup dump's <title> line does. Near misses: a dump that opens with a logo's name alone,
   or with a link.
3. A dump's byline split over two lines, its label alone ("By" / "Rachel Brazil^0", w3m's
   footnote mark after the name), is a byline under the headline as "By Rachel Brazil" is: the
   headline over its deck and that byline is not beaten by a photo's alt text further down.
   Near misses: a label over a line that is no name, a label of another language's.
4. " :: " parts a site's name from the headline in a <title> as " | " does ("Trouw :: Headline"):
   a soup dump's <title> line that holds the headline after it is not the headline with a
   kicker. Near miss: a kicker glued with no separator is still the headline's."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.blocks import Block
from newsextract.fields.title import _split_byline
from newsextract.profiles import get_profile
from newsextract.segment.dumps import MARKDOWN, document_title

_PARAS = ["Der Bundestag hat am Donnerstag nach langer Debatte das umstrittene Gesetz beschlossen, mit dem "
          "die Regeln für den Heizungstausch neu gefasst werden.",
          "„Das ist ein guter Tag für den Klimaschutz“, sagte der Minister nach der Abstimmung im Plenum vor "
          "zahlreichen Journalisten.",
          "Die Opposition kritisierte das Verfahren scharf und kündigte an, vor dem Bundesverfassungsgericht "
          "gegen das Gesetz klagen zu wollen."]
_HEAD = "Bundestag beschließt umstrittene Reform"


def _page(h1: str, extra: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html lang=de><head><meta charset=utf-8></head><body><nav><a href=/>Start</a> "
            f"<a href=/p>Politik</a></nav><article><h1>{h1}</h1><p>Von Anna Schmidt</p>"
            f"<p>14.03.2024, 08:12 Uhr</p>{extra}{body}</article></body></html>").encode()


@pytest.mark.parametrize("h1, title", [
    (f'<span class="kicker">Heizungsgesetz</span><span class="visually-hidden">:</span> <span>{_HEAD}</span>',
     f"Heizungsgesetz: {_HEAD}"),
    (f'<span>Heizungsgesetz</span><span class="sr-only"> - </span><span>{_HEAD}</span>',
     f"Heizungsgesetz - {_HEAD}"),
    (f'<span>„Wir schaffen das“</span><span class="visually-hidden">:</span> <span>{_HEAD}</span>',
     f"„Wir schaffen das“: {_HEAD}"),
])
def test_a_kickers_colon_for_screen_readers_is_the_headlines(h1: str, title: str) -> None:
    assert extract(_page(h1)).title == title


@pytest.mark.parametrize("h1, title", [
    (f'{_HEAD}<span class="sr-only">|</span>', _HEAD),  # (at the end: it parts nothing)
    (f'<span class="sr-only">:</span>{_HEAD}', _HEAD),  # (at the start)
    (f'<span class="sr-only">Artikel:</span> {_HEAD}', _HEAD),  # (a label's words, not a separator)
    (f'<span>Heizungsgesetz</span><span class="sr-only">:</span><span class="sr-only">:</span> <span>{_HEAD}</span>',
     f"Heizungsgesetz: {_HEAD}"),  # (a second one after the first)
])
def test_other_text_for_screen_readers_in_a_heading_stays_unread(h1: str, title: str) -> None:
    assert extract(_page(h1)).title == title


def test_a_separator_for_screen_readers_outside_a_heading_stays_unread() -> None:
    art = extract(_page(_HEAD, '<p class="meta">Lesezeit<span class="sr-only">:</span> 3 Minuten</p>'))
    assert art.title == _HEAD
    assert "Lesezeit:" not in art.body


_MD_BODY = """* [Accueil](/Accueil)
* [Politique](/Politique)
* [International](/International)


Réforme des retraites : le Sénat adopte le texte après quinze jours de débats
=============================================================================

Après quinze jours de débats, la chambre haute a voté le texte, que les syndicats contestent toujours.

Par Marie Dupont

Publié le 14 mars 2024 à 08h12

Le Sénat a adopté mardi soir le projet de loi par 195 voix contre 112, après plus de quinze jours de débats souvent houleux dans l'hémicycle.

« C'est une étape importante pour notre pays », a déclaré la ministre du travail à l'issue du vote, saluant « un texte équilibré ».

Les syndicats ont toutefois annoncé une nouvelle journée de mobilisation jeudi, estimant que le gouvernement n'avait pas entendu la rue.
"""
_MD_TITLE = "Réforme des retraites : le Sénat adopte le texte après quinze jours de débats"


def test_a_markdownify_dump_opens_with_the_pages_title() -> None:
    text = f"{_MD_TITLE} - Le Monde\n[Le Monde](/)\n\n{_MD_BODY}"
    assert document_title(text, MARKDOWN) == f"{_MD_TITLE} - Le Monde"
    # (the deck under the headline, a sentence that shares the text's words, no longer wins)
    assert extract(text.encode()).title == _MD_TITLE


@pytest.mark.parametrize("opening", [
    "[Le Monde](/)\n\n",  # a link first: the page's markup, no <title>
    "Le Monde\n\n",  # a logo's name alone, which no headline's line prints again
])
def test_a_markdown_dump_that_opens_with_the_pages_markup_has_no_title_line(opening: str) -> None:
    assert document_title(opening + _MD_BODY, MARKDOWN) is None
    assert extract((opening + _MD_BODY).encode()).title == _MD_TITLE


_SPLIT = """Skip to main content

  • Journals
  • Search
  • Log in

 1. science
 2. feature

FEATURE

06 February 2026

Universities in exile: scholars count the costs of starting afresh

War and unrest can force staff and students to uproot their lives, exacting a heavy toll.
{label}

  • {name}

View author publications

  • Email
  • Facebook

A soldier walks through rubble outside a badly damaged university building with columns

Residents clear debris in the old town after the storm surge. Credit: Jane Roe/Coastal Images/Getty

“I will never forget the evening I first saw tanks in the streets of my city,” says Viktoria Petrenko, a vice-rector whose university left its campus in 2014 and has moved twice since. Most of its staff followed, leaving homes and parents behind.

The university now teaches most of its classes online from a smaller building in the west of the country. Its student body has shrunk from 18,000 to fewer than 3,000, and many lecturers hold second jobs to make ends meet.

Institutions in Sudan and Myanmar have also had to relocate. What unites their scholars is a will to keep education alive, and the hope that one day they can return home.
"""
_EXILE = "Universities in exile: scholars count the costs of starting afresh"


@pytest.mark.parametrize("name", ["Rachel Brazil^0", "Rachel Brazil"])
def test_a_byline_split_under_its_label_counts_for_the_headline_over_it(name: str) -> None:
    assert extract(_SPLIT.format(label="By", name=name).encode()).title == _EXILE


def _blocks(*texts: str) -> list:
    return [Block(index=i, text=t) for i, t in enumerate(texts)]


@pytest.mark.parametrize("texts, split", [
    (("By", "Rachel Brazil^0"), True),
    (("By", "Rachel Brazil"), True),
    (("By", "12 comments on this story"), False),  # (no name under the label)
    (("Photo", "Rachel Brazil"), False),  # (no writer's label)
    (("By", ), False),  # (nothing under it)
])
def test_a_split_byline_is_a_writers_label_over_a_name(texts: tuple, split: bool) -> None:
    assert _split_byline(_blocks(*texts), 0, get_profile("en")) is split


_SOUP = """{title}


Trouw
Home
Binnenland
Politiek


Kabinet stuurt omstreden asielwet toch naar de Kamer
Na urenlang overleg is de coalitie eruit, maar de oppositie spreekt van een gemiste kans.


Door Jan de Vries
14 maart 2024 08:12


Het kabinet heeft vrijdag na urenlang overleg besloten het omstreden wetsvoorstel over het asielbeleid toch naar de Tweede Kamer te sturen.
"We hebben een goed compromis bereikt", zei de premier na afloop van de ministerraad tegen verzamelde journalisten in Den Haag.
De oppositie reageerde verdeeld op het besluit en sprak van een gemiste kans om de problemen in de opvang echt aan te pakken.


© 2024 Trouw
"""
_KABINET = "Kabinet stuurt omstreden asielwet toch naar de Kamer"


@pytest.mark.parametrize("title, headline", [
    (f"Trouw :: {_KABINET}", _KABINET),
    (f"Trouw | {_KABINET}", _KABINET),
    (f"Asielcrisis {_KABINET}", f"Asielcrisis {_KABINET}"),  # (a kicker run in: the page's full headline)
])
def test_a_sites_name_before_double_colons_is_no_kicker(title: str, headline: str) -> None:
    assert extract(_SOUP.format(title=title).encode()).title == headline


# rv-ttl25's near misses: a bar or a dash for screen readers that parts no kicker from its headline
@pytest.mark.parametrize("h1", [
    f'{_HEAD}<span class="sr-only">|</span><span class="badge">Video</span>',  # (a bar before a badge)
    f'{_HEAD}<span class="sr-only"> | </span><span class="badge">Video</span>',
    f'{_HEAD}<span class="sr-only">:</span> <span class="badge">Video</span>',  # (a headline is no kicker)
])
def test_a_separator_for_screen_readers_after_the_headline_leaves_the_headline(h1: str) -> None:
    title = extract(_page(h1)).title or ""
    assert title.startswith(_HEAD) and "|" not in title and ": Video" not in title


def test_a_bar_for_screen_readers_after_a_paywall_label_leaves_the_headline() -> None:
    h1 = f'<span class="label">Plus</span><span class="sr-only">|</span><span>{_HEAD}</span>'
    assert (extract(_page(h1)).title or "").endswith(_HEAD)


@pytest.mark.parametrize("sep", ["|", "-"])
def test_a_separator_for_screen_readers_between_two_writers_keeps_both(sep: str) -> None:
    byline = f'<h3 class="author"><a>Anna Schmidt</a><span class="sr-only">{sep}</span><a>Peter Müller</a></h3>'
    html = _page(_HEAD).replace(b"<p>Von Anna Schmidt</p>", byline.encode())
    assert extract(html).authors == ["Anna Schmidt", "Peter Müller"]
