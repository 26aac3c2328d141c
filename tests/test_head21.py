"""head21: a dump's headline against its <title>'s site name, a caption's label-only credit,
and the <title> glued to the page's next nodes.

(1) The parts of a dump's <title> other than its longest ("Headline | Dagblad van het
Oosten") are no hint of the headline: a masthead line that prints the site's name alone is
not the headline, however long the name. Near misses: the longest part (the headline) is
hinted still; a <title> of one part has no minor part; a dash inside a word parts nothing.

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
from newsextract.fields.title import _labelled_credit, _minor_title_parts
from newsextract.profiles import get_profile
from newsextract.segment.dumps import _reprinted_head

_NL = "Huizenprijzen stijgen voor het eerst in twee jaar weer flink"


def test_minor_title_parts() -> None:
    assert _minor_title_parts((f"{_NL} | Dagblad van het Oosten",)) == {"dagblad van het oosten"}
    assert _minor_title_parts((f"Dagblad van het Oosten - {_NL}",)) == {"dagblad van het oosten"}
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
