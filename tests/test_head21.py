"""head21: a dump's headline against its <title>'s site name, a caption's label-only credit,
and the <title> glued to the page's next nodes.

(1) The site's name after a dump's <title> line's headline ("Headline | Dagblad van het
Oosten") is no hint of the headline: a masthead line that prints the site's name alone is
not the headline, however long the name. Near misses: the headline's line is hinted still; a
<title> with no site's name has no such part; a dash inside a word or inside the headline
("Wann sie sind - und wie ...") parts no site off.

(2) A caption whose credit has a photo label with no colon before an agency ("... mardi.
Photo AFP / Valentine Chapuis", "Foto Ansa") is a caption. Near misses: the label's word
opening a headline's words ("Photo finish decides ..."), a name with no agency.

(3) A get_text() dump of a page with no line breaks glues the <title>'s node to the next
ones ("Headline of the storySkip to contentThe Herald"): the <title> is its part up to the
joint that the page prints again as its headline, also where the date's node is glued after
that printing ("... an05.06.2025, 14:32 Uhr"). Near miss: a capital inside a word of the
headline ("iPhone") is no joint: the printing goes on as the <title> does.
"""

from __future__ import annotations

import newsextract
from newsextract.fields.title import _deck_past, _labelled_credit, _minor_title_parts
from newsextract.profiles import get_profile
from newsextract.segment.dumps import _reprinted_head
from newsextract.segment.text import segment_text

_NL = "Huizenprijzen stijgen voor het eerst in twee jaar weer flink"


def test_minor_title_parts() -> None:
    assert _minor_title_parts((f"{_NL} | Dagblad van het Oosten",)) == {"dagblad van het oosten"}
    # (a dash inside the headline parts no site off: "... sind - und wie ..." is the headline's)
    assert _minor_title_parts(("Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird | Dagblad van "
                               "het Oosten",)) == {"dagblad van het oosten"}
    assert _minor_title_parts((_NL,)) == frozenset()
    assert _minor_title_parts(("Ex-Ministerin Raab neue Chefin von Migrations-Thinktank",)) == frozenset()


_SOUP_LINES = f"""{_NL} | Dagblad van het Oosten


Ga naar de inhoud


Dagblad van het Oosten


Home

Nieuws

Politiek


Binnenland


{_NL}


Een rij nieuwbouwwoningen in Utrecht. Foto: ANP


Door Pieter de Vries


De gemiddelde verkoopprijs van een bestaande koopwoning lag in februari ruim acht procent hoger dan een jaar eerder, blijkt uit nieuwe cijfers van het Centraal Bureau voor de Statistiek.


Makelaars wijzen op de gedaalde hypotheekrente en het beperkte aanbod als belangrijkste oorzaken van de prijsstijging.


Starters hebben het daardoor opnieuw moeilijker om een woning te vinden.

"""


def test_a_masthead_printing_the_site_name_is_no_headline() -> None:
    assert newsextract.extract(_SOUP_LINES).title == _NL


def test_the_headline_part_of_the_title_is_still_hinted() -> None:
    # (the masthead line gone: the headline's line is the <title>'s longest part, found)
    text = _SOUP_LINES.replace("\n\nDagblad van het Oosten\n\n", "\n\n", 1)
    assert newsextract.extract(text).title == _NL


def test_label_only_credit() -> None:
    fr, it, en = get_profile("fr"), get_profile("it"), get_profile("en")
    assert _labelled_credit("Photo AFP / Valentine Chapuis", fr)
    assert _labelled_credit("Foto Ansa", it)
    assert not _labelled_credit("Photo finish decides the title", en)
    assert not _labelled_credit("Foto Ansa zeigt den Weg", it)
    assert not _labelled_credit("Photo Valentine Chapuis", fr)


_FR_HEAD = "Les agriculteurs bloquent les autoroutes autour de Toulouse pour la troisième journée"
_FR_W3M = f"""  • Accueil
  • Politique
  • International

International

{_FR_HEAD}

[a]
Des tracteurs sur l’A64, près de Toulouse, mardi. Photo AFP / Valentine Chapuis

Par Julien Moreau Publié le 23 janvier 2024 à 18h05

Les barrages se sont multipliés mardi dans la région Occitanie, où plusieurs centaines
d’exploitants ont installé leurs tracteurs sur les voies rapides, et la circulation reste
très perturbée.

Le gouvernement a promis de recevoir les représentants de la profession dans la semaine, sans
convaincre les manifestants, qui disent vouloir tenir aussi longtemps que nécessaire.

La préfecture a conseillé aux automobilistes d’éviter les axes concernés jusqu’à nouvel ordre.
"""


def test_a_caption_with_a_label_only_credit_is_no_headline() -> None:
    assert newsextract.extract(_FR_W3M).title == _FR_HEAD


_EN_HEAD = "Council approves plan to close three libraries despite protests"
_PARAS = ("The city council voted on Tuesday night to close three branch libraries as part of a package "
          "of cuts designed to save four million pounds next year.Dozens of residents packed the public "
          "gallery, and several speakers warned that the closures would leave children without a quiet "
          "place to study.The council leader said the decision had been difficult but unavoidable.Campaigners "
          "said they would fight on.A petition has gathered more than five thousand names.")


def test_a_title_glued_to_the_skip_link() -> None:
    text = (f"{_EN_HEAD}Skip to contentThe Northern HeraldHomeNewsPoliticsBusinessSign inSearchHomeWorld"
            f"Europe{_EN_HEAD}By Sarah JonesShareFacebookTwitterEmail{_PARAS}© 2024")
    assert newsextract.extract(text).title == _EN_HEAD


def test_a_title_glued_and_its_printing_glued_to_the_date() -> None:
    head = "Regierung kündigt neue Regeln für Mietpreise in Großstädten an"
    text = (f"{head}Zum Inhalt springenRheinische AbendpostStartseitePolitikWirtschaftSportAnmelden"
            f"SucheStartseitePolitikAusland{head}05.06.2025, 14:32 UhrVon Anna SchmidtTeilenFacebook"
            "Die Bundesregierung hat am Mittwoch einen Entwurf vorgelegt, der die Mietpreisbremse bis 2029 "
            "verlängern soll.Der Mieterbund begrüßte den Schritt, forderte aber schärfere Kontrollen.Im "
            "Bundestag soll das Gesetz noch vor der Sommerpause beraten werden.Die Opposition kündigte "
            "Widerstand an.Vermieterverbände sprachen von einem Eingriff in das Eigentum.© 2024")
    assert _reprinted_head(f"{head}Zum Inhalt springenRheinische Abendpost", text) == head
    assert newsextract.extract(text).title == head


def test_a_capital_inside_a_word_is_no_joint() -> None:
    first = "Apple unveils new iPhone with a bigger screen at eventSkip to content"
    text = first + "HomeTech" + "Apple unveils new iPhone with a bigger screen at eventBy Jo Roe"
    assert _reprinted_head(first, text) == "Apple unveils new iPhone with a bigger screen at event"
    # (no printing of any part again: the line is left as it is)
    assert _reprinted_head(first, first + "HomeTechSomething else entirely") is None


# (4) A deck under its headline past a picture's caption and its placeholder, or past a first
# deck of full sentences, is a deck still: the headline above it wins. Near misses: a short
# section label over the picture is no headline, and the line under the picture is the
# headline then; a short sentence between is no first deck.

_EN_DECK_HEAD = "Death toll in apartment fire rises to ten as remains of last missing person found"
_EN_DECK = "Police in the city continue to search the debris after a blaze that consumed one of the buildings"
_EN_TAIL = """
Associated Press in Valencia

Sat 24 Feb 2024 12.42 CET

The death toll from a fire that left two residential buildings charred ruins in the city rose to
ten on Saturday after the authorities announced they had located the remains of the last person.

Forensic police found the tenth victim inside the building, the government delegate told
journalists. Police will proceed with testing to confirm the identities of all the victims.

Firefighters would continue the complex work of combing the debris in search of any other
possible victim, she said, and the city has declared three days of mourning.

It was not immediately known how many people were in the two buildings when the fire broke out,
but the complex had about 140 apartments, many of them rented to young families.

The regional government said it would pay for temporary housing for all the residents, and the
mayor promised a full inquiry into the cladding used on the two buildings.

Neighbours gathered outside the ruins on Saturday to leave flowers and candles for the victims.
"""


def _deck_page(between: str, head: str = _EN_DECK_HEAD) -> str:
    return f"  • News\n  • World\n\nSpain\n\n{head}\n\n{between}\n\n{_EN_DECK}\n\n{_EN_TAIL}"


def test_a_deck_past_a_caption_is_no_headline() -> None:
    between = "[x]\nRescuers outside the burnt building on Friday. Photograph: Eva Manez/Reuters"
    assert newsextract.extract(_deck_page(between)).title == _EN_DECK_HEAD


def test_a_second_deck_is_a_deck() -> None:
    # (read on the dump's blocks: a page this short reads its first deck as the text's start)
    en = get_profile("en")
    first = "The fire spread through the two blocks in less than an hour, and residents fled onto the street."
    blocks = segment_text(f"Spain\n\n{_EN_DECK_HEAD}\n\n{first}\n\n{_EN_DECK}\n")
    assert _deck_past(blocks, 3, 0, len(_EN_DECK.split()), en)
    # (a short sentence between is no first deck, nor is a headline-like line with no stop)
    for between in ("It burned.", "Firefighters battle the flames for a second night in the city"):
        blocks = segment_text(f"Spain\n\n{_EN_DECK_HEAD}\n\n{between}\n\n{_EN_DECK}\n")
        assert not _deck_past(blocks, 3, 0, len(_EN_DECK.split()), en)


def test_a_short_label_over_the_picture_is_no_headline() -> None:
    page = f"  • News\n  • World\n\nSpain\n\n[x]\nRescuers outside the burnt building. Photograph: Eva Manez/Reuters\n\n" \
           f"{_EN_DECK_HEAD}\n\n{_EN_TAIL}"
    assert newsextract.extract(page).title == _EN_DECK_HEAD


# rv-head21's harms, mended: a short last part of the <title> is a headline after its kicker,
# not a site's name; the joint of a glued <title> is judged by its next letter alone (eBay,
# ArenA); a line right over the text's start is the headline whatever stands above it.

_TEXT = ("The city council voted on Tuesday night to close three branch libraries as part of a package of "
         "cuts designed to save four million pounds next year.")
_MORE = ("Dozens of residents packed the public gallery, and several speakers warned that the closures would "
         "leave children without a quiet place to study.")


def _title(text: str) -> str:
    return newsextract.extract(text).title or ""


def test_a_kicker_before_a_longer_headline_in_the_title_line_is_no_site_name() -> None:
    assert _minor_title_parts(("Cost of living crisis | Council closes three libraries",)) == frozenset()
    dump = "\n".join(["Cost of living crisis | Council closes three libraries", "Skip to content",
                      "The Northern Herald", "Home", "News", "Cost of living crisis",
                      "Council closes three libraries", "By Sarah Jones", "Tue 23 Jan 2024 18.05 GMT",
                      _TEXT, _MORE])
    assert _title(dump) == "Council closes three libraries"


def test_a_capital_inside_the_last_word_of_a_glued_title_is_no_joint() -> None:
    head = "Man arrested for selling fake watches on eBay"
    page = (f"{head} | The Northern HeraldSkip to contentThe Northern HeraldHomeNewsPoliticsBusinessSport"
            f"{head}By Sarah JonesTue 23 Jan 2024 18.05 GMT{_TEXT}{_MORE}"
            "The council leader said the decision had been difficult but unavoidable, and promised that "
            "mobile library services would visit the affected areas.Campaigners said they would fight on and "
            "seek a judicial review of the decision in the coming weeks.© 2024 The Northern Herald")
    assert _title(page) == head


def test_a_live_item_over_a_picture_above_the_headline_is_no_headline() -> None:
    head = "Council approves plan to close three branch libraries despite angry protests from residents"
    dump = "\n\n".join(["  • News\n  • Local", "Live: Storm Isha latest updates across the north", "[x]",
                        head, _TEXT, _MORE])
    assert _title(dump) == head
