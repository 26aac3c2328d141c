"""The body on pages of sites nobody tuned on (issue 10): a blog's short headline in a heading
that the <title> prints before the site's name, a recipe card's section headings over lines the
body took with their element, and the outlet's pitches under the text."""

from __future__ import annotations

import pytest

from newsextract import extract

MENU = "".join(f'<li><a href="/{w}">{w}</a></li>'
               for w in ["Startseite", "Grundrezept", "Herzhaft", "Schokoladig", "Fruchtig", "Vegan"])
INTRO = ("Für Experimentierfreudige ist dieses Grundrezept ideal. Es lässt sich mit allen möglichen "
         "Zutaten erweitern, ob Schokostückchen, Kokosraspeln oder Kirschen: erlaubt ist, was schmeckt.")
INGREDIENTS = ["250 Gramm Mehl", "250 Gramm Butter", "150 Gramm Zucker", "4 Eier", "1 Teelöffel Backpulver"]
STEPS = ["Als erstes das Mehl in eine Schüssel sieben und dann den Rest der Zutaten nach und nach "
         "dazugeben und zu einem glatten Teig verrühren.",
         "Eine Muffinform mit etwas Butter einfetten und leicht mit Mehl bestreuen, alternativ mit "
         "Papierförmchen auskleiden.",
         "Die Muffins im vorgeheizten Backofen bei 180 Grad zwischen 15 und 30 Minuten backen, bis sie "
         "goldbraun sind."]


def _recipe_post() -> str:
    """A recipe blog's post: the post's title in a linked <h2> (the site's name is the page's
    <h1> logo), an intro paragraph, a recipe card whose section headings are <div>s, and a
    reader's comment that prints an ingredient's line again."""
    card = ('<div class="recipe"><div class="name">Einfaches Muffin Grundrezept</div>'
            '<a href="#print">Drucken</a><div class="ingredients"><div class="h">Zutaten</div><ul>'
            + "".join(f"<li>{i}</li>" for i in INGREDIENTS) + '</ul></div><div class="steps">'
            '<div class="h">Zubereitung</div>' + "".join(f"<p>{s}</p>" for s in STEPS) + "</div></div>")
    comments = ('<div id="comments"><h3>2 Kommentare</h3><div class="comment"><p>sarah sagt:</p>'
                '<p>Ich nehme immer</p><p>250 Gramm Butter</p></div></div>')
    return ("<html><head><title>Muffin Grundrezept : Muffin Rezepte</title></head><body>"
            f"<div id='head'><h1 class='logo'><a href='/'>Muffin Rezepte</a></h1><ul>{MENU}</ul></div>"
            "<div id='content'><div class='post'><h2><a href='/muffin'>Muffin Grundrezept</a></h2>"
            f"<div class='entry'><p>{INTRO}</p>{card}</div></div>{comments}</div>"
            "<div id='foot'>Impressum</div></body></html>")


@pytest.mark.xfail(strict=True, reason="taken out after a second review: a section's name in a heading over a "
                   "short <h1> ('<title>Breaking News | Valley Gazette' over 'Dam bursts') took the title")
def test_a_short_headline_in_a_heading_is_the_title_s_first_part() -> None:
    # "Muffin Grundrezept" is too short to be found inside the <title> by its words alone;
    # the <title> is it and the site's name after " : ", and it stands in a heading: it is the
    # headline (not the ingredient's line the comment prints again), and the intro under it
    # opens the text
    art = extract(_recipe_post())
    assert art.title == "Muffin Grundrezept"
    assert art.body.split("\n\n") == [INTRO, "Zutaten", *INGREDIENTS, "Zubereitung", *STEPS]


P1 = ("Le tribunal a rendu sa décision mardi après trois semaines d'audience, en présence des deux "
      "prévenus et de leurs avocats, dans une salle comble où de nombreux journalistes avaient pris place.")
P2 = ("Les avocats de la défense ont annoncé leur intention de faire appel de ce jugement, qu'ils "
      "jugent disproportionné au regard des faits reprochés et de la jurisprudence récente.")
P3 = ("Le parquet, qui avait requis une peine plus lourde, dispose lui aussi de dix jours pour "
      "contester la décision devant la juridiction supérieure, selon une source proche du dossier.")


def _article(title: str, above: str, h1: str, nav: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body><ul class='menu'>{nav}</ul>"
            f"<div class='article'>{above}<h1>{h1}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>")


H1 = "Penelope Fillon condamnée en appel à deux ans"


@pytest.mark.parametrize("page", [
    # a kicker's link that prints the <title>'s part before its colon
    _article("Affaire Fillon : Penelope Fillon condamnée en appel", "<a class='tag' href='/t'>Affaire Fillon</a>", H1),
    # the same kicker as a heading over the <h1>
    _article("Affaire Fillon : Penelope Fillon condamnée en appel", "<h3 class='kicker'>Affaire Fillon</h3>", H1),
    _article("Affaire Fillon : la condamnation confirmée", "<h2>Affaire Fillon</h2>", H1),
    # a section's name, a menu's item, first in the <title>
    _article("Rezepte Vegan | Kochblog", "", H1,
             "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ["Rezepte Vegan", "Rezepte Fleisch"])),
    # a breadcrumb trail that ends with the <title>'s first part
    _article("Geschichte | Klänge des Verschweigens", "<div class='crumbs'>Start » Film » Geschichte</div>", H1),
    # an English kicker before a dash
    _article("Fillon appeal - Daily Post", "<a class='kicker' href='/k'>Fillon appeal</a>", H1),
])
def test_a_line_that_prints_the_title_s_first_part_is_no_headline_over_the_h1(page: str) -> None:
    art = extract(page)
    assert art.title == H1
    assert art.body.split("\n\n") == [P1, P2, P3]


EN = ["The city council voted on Tuesday to rebuild the old harbour wall, which storms have battered "
      "for three winters, and to open a public walkway along its top by next summer.",
      "Engineers told the council that the wall could fail within five years if nothing is done, and "
      "that the cost of waiting would be far higher than the cost of the work now.",
      "The mayor said the works would start in March and that the road would stay open to buses and "
      "bicycles, with cars sent through the town centre for about four months."]


def _news(last: str) -> str:
    return ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in EN)
            + f"<p>{last}</p></article></body></html>")


@pytest.mark.parametrize("pitch", [
    "Join our Newsletter for the latest news right to your inbox",
    "Never miss the latest news by signing up to our newsletter today!",
    "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
])
def test_the_outlet_s_pitch_under_the_text_is_no_paragraph_of_it(pitch: str) -> None:
    assert extract(_news(pitch)).body.split("\n\n") == EN


@pytest.mark.parametrize("last", [
    # the text's own sentences that speak of an inbox, a newsletter or reading a post
    "The app sends flood alerts right to your inbox whenever the river rises above the old mark.",
    "Residents can join the newsletter of the harbour board to hear when the road will close.",
    "She said she enjoyed reading the post office letters her grandfather kept about the old wall.",
])
def test_a_closing_sentence_that_speaks_of_newsletters_stays(last: str) -> None:
    assert extract(_news(last)).body.split("\n\n") == EN + [last]


@pytest.mark.parametrize("last", [
    # the text's own words that hold a pitch's phrase, not at a line's start
    "Thousands of users said they enjoyed reading this post, which the minister deleted two hours later.",
    '"We want people to join our newsletter and come to the meetings," said Ann Lee, who founded the '
    "tenants' association in 2019.",
])
def test_a_pitch_s_phrase_inside_the_text_s_sentence_stays(last: str) -> None:
    assert extract(_news(last)).body.split("\n\n") == EN + [last]


ACME = "Acme to open new plant in the north, creating 300 jobs"
NEWS = ["The company said on Monday that it would open a new plant in the north of the country, "
        "creating about three hundred jobs by 2026. Shares rose two percent.",
        "Unions welcomed the news and said they would press for the jobs to go to people from the "
        "region, many of whom lost work when the old mill closed.",
        "Work on the site starts in May, and the first lines should run by the end of next year, the "
        "company's head of operations told reporters."]


def _section_page(title: str, head: str) -> str:
    return (f"<html><head><title>{title}</title></head><body>{head}"
            + "".join(f"<p>{p}</p>" for p in NEWS) + "</body></html>")


@pytest.mark.parametrize("page", [
    # a section's name that the <title> prints before the site's name, in a heading over the <h1>
    _section_page("Local news | Daily Courier", f"<h2>Local news</h2><h1>{ACME}</h1>"),
    # ... under it
    _section_page("Press release | Acme Corp", f"<h1>{ACME}</h1><h2>Press release</h2>"),
    # ... over a headline that is no heading but a <div> of the headline's class
    _section_page("Local news | Daily Courier", f"<h3>Local news</h3><div class='headline'>{ACME}</div>"),
    _section_page("Comunicati stampa | Comune di Lucca",
                  f"<h3>Comunicati stampa</h3><p><strong>{ACME}</strong></p>"),
])
def test_a_section_s_name_in_a_heading_is_no_headline(page: str) -> None:
    art = extract(page)
    assert art.title == ACME
    assert art.body.split("\n\n")[-3:] == NEWS


def test_a_lone_instructions_box_under_the_text_is_no_recipe_s_section() -> None:
    # an app's promo under the text, headed "Instructions": one section's heading is no recipe card
    promo = ('<div class="promo"><div class="h">Instructions</div><div>Download our app</div>'
             "<div>Turn on notifications</div><div>Choose your town</div></div>")
    page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1><div class='content'>" + "".join(f"<p>{p}</p>" for p in EN)
            + promo + "</div></article><footer>Contact</footer></body></html>")
    assert extract(page).body.split("\n\n") == EN
