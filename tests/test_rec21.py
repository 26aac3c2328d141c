"""Recall of the body on pages of unseen outlets (issue 10), session 21 (rec21): what the body
loses when a class name over the whole text lowers its lines too.

- a short line that opens the text in the text's own element ("Ihr kennt es sicher auch!" over
  the first paragraph, broken off by <br>) is the text's, though a class name that lowers the
  text's paragraphs lowers it as well: only a class score lower than the paragraph's own is
  furniture's (a promo line under a class of its own stays out);
- the line's other tests are unchanged: no stop, a date, a name, a label's colon stay out.
"""

from __future__ import annotations

import newsextract

PARAS = [
    "Ihr möchtet Tomaten in Scheiben schneiden, weil ihr sie hübsch auf einem Teller anrichten "
    "möchtet, und dann fallen die Kerne heraus.",
    "Mit einem scharfen Messer und der richtigen Richtung bleibt das Fruchtfleisch in der Scheibe, "
    "und der Teller sieht aus wie im Restaurant.",
    "Schneidet die Tomate deshalb immer quer zum Stielansatz, dann halten die Kammern die Kerne "
    "fest und nichts rutscht mehr über das Brett.",
]


def _page(first: str, cls: str = "widget-text") -> str:
    """A how-to page whose text stands in elements of class `cls` (a class name our hints
    read as a widget's: it lowers every paragraph), `first` in the first of them."""
    return (
        "<html><head><title>Tomaten richtig schneiden</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/rezepte'>Rezepte</a></nav>"
        "<h1>Tomaten richtig schneiden: so geht es</h1><p class='author'>von Redaktion</p>"
        f"<div class='{cls}'>{first}</div>"
        f"<div class='{cls}'><p>{PARAS[1]}</p></div><div class='{cls}'><p>{PARAS[2]}</p></div>"
        "<footer>© 2024 Kochseite</footer></body></html>")


def _body(html: str) -> str:
    return newsextract.extract(html.encode("utf-8")).body


def test_opening_line_under_the_texts_own_lowering_class_is_kept():
    body = _body(_page(f"Ihr kennt es sicher auch!<br>{PARAS[0]}"))
    assert body.startswith("Ihr kennt es sicher auch!\n\n" + PARAS[0])
    assert body.endswith(PARAS[2])


def test_opening_line_in_its_own_paragraph_under_the_same_class_is_kept():
    body = _body(_page(f"<p>Ihr kennt es sicher auch!</p><p>{PARAS[0]}</p>"))
    assert body.startswith("Ihr kennt es sicher auch!\n\n" + PARAS[0])


def test_opening_line_under_a_neutral_class_is_kept_as_before():
    body = _body(_page(f"Ihr kennt es sicher auch!<br>{PARAS[0]}", cls="entry"))
    assert body.startswith("Ihr kennt es sicher auch!\n\n")


def test_a_line_under_a_lower_class_of_its_own_stays_out():
    # (the promo line's class lowers it below the text's paragraph: furniture)
    body = _body(_page(f"<p class='promo-note'>Jetzt abonnieren und sparen!</p><p>{PARAS[0]}</p>"))
    assert body.startswith(PARAS[0])
    assert "abonnieren" not in body


def test_lines_the_rule_never_took_stay_out():
    for line in ("Ihr kennt es sicher auch",  # no stop: a name's or an outlet's line
                 "12.03.2024, 10:15 Uhr",     # a date line
                 "Anna Schmidt",              # a name
                 "Tipp: Messer schärfen!",    # a label's colon
                 "Werbung"):
        body = _body(_page(f"{line}<br>{PARAS[0]}"))
        assert body.startswith(PARAS[0]), line
