"""Recall of the body on pages of unseen outlets (issue 10), session 21 (rec21): what the body
loses when a class name over the whole text lowers its lines too.

- a short line that opens the text in the text's own element ("Ihr kennt es sicher auch!" over
  the first paragraph, broken off by <br>) is the text's, though a class name that lowers the
  text's paragraphs lowers it as well: only a class score lower than the paragraph's own is
  furniture's (a promo line under a class of its own stays out);
- the line's other tests are unchanged: no stop, a date, a name, a label's colon stay out;
- a caption marker closing a compound word in small letters ("Autokredit:", a loan's lead-in
  over a list of the text) is the word's, not a credit label, unless a picture's word opens
  the compound ("Fotocredit:"); other markers ("Symbolbild:", "Archivfoto:") are unchanged;
- past the run, the container's paragraphs are judged by what they score above a class that
  lowers the text's paragraphs too (no lower class of their own, nested no deeper than the
  text), and a subhead in <h1> that the run's span left out between two paragraphs is a kind
  of subhead the text holds: a section under such a subhead goes on, as it does under a
  neutral class (one paragraph under a heading, the next article's box, furniture stay out).
"""

from __future__ import annotations

import newsextract
from newsextract.classify import is_caption

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


# -- a caption marker at the end of a compound word (German compounds: "Autokredit:")

LOAN = [
    "Wer ein neues Auto kaufen möchte, steht vor der Frage, ob er bar bezahlt, least oder einen "
    "Kredit bei seiner Hausbank aufnimmt.",
    "Wenn Sie Ihren neuen Wagen finanzieren möchten, können Sie einen Autokredit bei einer Bank "
    "aufnehmen, bei dem das Auto als Sicherheit dient.",
    "Am Ende entscheidet die Gesamtbelastung über die beste Wahl, und ein Vergleich der Angebote "
    "lohnt sich in jedem Fall für die Käufer.",
]


def _loan_page(mid: str) -> str:
    return ("<html><head><title>Auto finanzieren</title></head><body>"
            "<nav><a href='/'>Start</a> <a href='/kredit'>Kredit</a></nav>"
            "<article><h1>Auto finanzieren oder leasen?</h1><div class='content'>"
            f"<p>{LOAN[0]}</p><p>{LOAN[1]}</p>{mid}<p>{LOAN[2]}</p></div></article>"
            "<footer>© 2024 Vergleichsportal</footer></body></html>")


ITEMS = ("<ul><li>Beim Verkäufer können Sie als Barzahler auftreten und einen Rabatt aushandeln.</li>"
         "<li>Die Laufzeit lässt sich frei festlegen.</li></ul>")


def test_a_compound_ending_on_a_credit_word_leads_in_and_is_no_caption():
    for text in ("Vorteile bei der Finanzierung über einen Autokredit:",
                 "Nachteile beim Ratenkredit: hohe Zinsen",
                 "Suku bunga KPR dan multikredit:"):
        assert not is_caption(text), text


def test_credit_labels_stay_captions():
    for text in ("Kredit: Antara",                  # the word alone
                 "Ein Autohaus in Köln. Foto: dpa",
                 "Fotocredit: Max Muster",          # a picture's word opens the compound
                 "Bildcredit: dpa",
                 "Imagecredit: Getty",
                 "Symbolbild: dpa",                 # a picture's compound: not a word marker
                 "Download Pressefoto:",
                 "A couple who died had eaten a large rodentCredit: The Siberian Times",  # glued by markup
                 "Videocredit: ZDF",                # a credit names someone with a capital
                 "Grafikcredit: Statista",
                 "Abbildungscredit: Stadtarchiv Köln",
                 "Die Bank. Foto: dpa / Autokredit:"):  # another marker stands in it
        assert is_caption(text), text


def test_the_heading_over_a_list_of_the_text_stays_in_the_body():
    for head in ("<h3>Vorteile bei der Finanzierung über einen Autokredit:</h3>",
                 "<p>Vorteile beim Ratenkredit:</p>"):
        paras = _body(_loan_page(head + ITEMS)).split("\n\n")
        assert paras[2] == head.split(">")[1].split("<")[0]
        assert paras[3].startswith("Beim Verkäufer") and paras[-1] == LOAN[2]


def test_captions_under_the_text_stay_out():
    for mid in ("<figure><img src='a.jpg'><figcaption>Ein Autohaus in Köln. Fotocredit: Max Muster"
                "</figcaption></figure>",
                "<p>Ein Autohaus in Köln. Kredit: Antara</p>",
                "<p>Ein Autohaus in KölnCredit: Max Muster</p>"):
        assert _body(_loan_page(mid)).split("\n\n") == LOAN


# -- a class over the whole text, and subheads in <h1> (a section past the run)

NEWS = [
    "El presidente viaja este viernes a Punta Arenas, la ciudad donde comenzó su carrera política y a "
    "la que representó durante dos periodos como diputado, en medio de una caída en las encuestas que "
    "preocupa a su coalición y a los partidos que lo apoyan en el Congreso.",
    "Diversas encuestas apuntan hacia un agudo descenso en la aprobación del joven jefe del Estado, al "
    "que apenas se le han cumplido tres meses de gobierno, marcados por errores de figuras ministeriales "
    "y por movilizaciones del gremio de transportistas en varias regiones del país.",
    "En este contexto, el mandatario retorna a su casa para tratar de difundir desde el terreno todas "
    "las medidas sociales que en medio de la vorágine ha impulsado el Ejecutivo en busca de la "
    "recuperación económica, y para retomar el pulso en esta compleja fase inicial de su gestión.",
    "El presidente será recibido cerca de las 13:00 horas con honores en la base aérea, donde lo "
    "esperará el gobernador regional.",
    "Luego de ello, el mandatario participará en una nueva sesión del gabinete regional, donde se "
    "abordarán materias de interés local.",
    "Además visitará Puerto Natales y la parte más septentrional de la Antártida chilena.",
]
SECTION = f"<h1>LA AGENDA EN PUNTA ARENAS</h1><p>{NEWS[3]}</p><p>{NEWS[4]}</p><p>{NEWS[5]}</p>"


def _news_page(tail: str, cls: str = "widget-text", extra: str = "") -> str:
    """A news page whose text's element has class `cls` (read as a widget's: it lowers every
    line of the text), its subheads in <h1> and in capitals, `tail` past its third paragraph."""
    return ("<html><head><title>El presidente viaja al sur</title></head><body>"
            "<nav><a href='/'>Inicio</a> <a href='/pais'>País</a></nav>"
            "<h1 class='titulo'>El presidente viaja al sur en medio de la caída en las encuestas</h1>"
            f"<div class='{cls}'><p>{NEWS[0]}</p><p>{NEWS[1]}</p><h1>RECUPERAR LA CONFIANZA</h1>"
            f"<p>{NEWS[2]}</p>{tail}</div>{extra}"
            "<p class='prompt'><a href='#'>LEER ARTICULO COMPLETO</a></p>"
            "<footer>© 2024 Radio</footer></body></html>")


FULL = [NEWS[0], NEWS[1], "RECUPERAR LA CONFIANZA", NEWS[2], "LA AGENDA EN PUNTA ARENAS", *NEWS[3:]]


def test_a_section_past_the_run_under_the_texts_own_lowering_class_is_kept():
    # (the same page under a neutral class gave this body before: the class is only a hint)
    assert _body(_news_page(SECTION)).split("\n\n") == FULL
    assert _body(_news_page(SECTION, cls="contenido")).split("\n\n") == FULL


def test_a_heading_over_one_paragraph_past_the_run_stays_out():
    paras = _body(_news_page(f"<h1>LA AGENDA EN PUNTA ARENAS</h1><p>{NEWS[3]}</p>")).split("\n\n")
    assert paras == [NEWS[0], NEWS[1], NEWS[2]]


def test_the_next_article_in_a_box_of_its_own_stays_out():
    nxt = (f"<div class='widget-text'><div><h1>Otra noticia: el Congreso vota la reforma</h1>"
           f"<p>{NEWS[3]}</p><p>{NEWS[4]}</p></div></div>")
    assert _body(_news_page("", extra=nxt)).split("\n\n") == [NEWS[0], NEWS[1], NEWS[2]]


def test_furniture_past_the_text_stays_out_under_either_class():
    for line in ("Síguenos en Twitter y Facebook para más noticias.",
                 "Lee también: El Congreso vota la reforma de pensiones",
                 "Comparte esta noticia", "Publicidad", "Foto: Agencia Uno",
                 "Etiquetas: Boric, Magallanes, Antártida",
                 "Suscríbete a nuestro boletín y recibe las noticias del día en tu correo."):
        for cls in ("widget-text", "contenido"):
            body = _body(_news_page(f"<p>{NEWS[3]}</p><p>{NEWS[4]}</p><p>{line}</p>", cls=cls))
            assert line not in body and body.endswith(NEWS[4]), (line, cls)


def test_a_line_under_a_lower_class_of_its_own_past_the_text_stays_out():
    body = _body(_news_page(f"<p>{NEWS[3]}</p><p class='promo-note'>Hazte socio y apoya el "
                            f"periodismo independiente hoy mismo.</p>"))
    assert "socio" not in body


_WIDGET = "<div class='elementor-widget elementor-widget-%s'><p>%s</p></div>"
_KOELN = ("Die Stadt Köln will bis zum Jahr 2030 alle städtischen Gebäude mit Solaranlagen ausstatten, "
          "wie der Stadtrat am Donnerstag mit großer Mehrheit beschlossen hat, und die Verwaltung soll "
          "dafür einen Plan vorlegen.",
          "Oberbürgermeisterin Henriette Reker sprach von einem wichtigen Schritt, der Klimaschutz und "
          "sinkende Energiekosten miteinander verbinde und Vorbild für andere Städte sein könne, wie sie sagte.",
          "Kritik kam von der Opposition, die die Finanzierung des Programms für unklar hält und vor einer "
          "Überlastung der städtischen Gebäudewirtschaft warnt, die schon jetzt zu wenig Personal habe.")


def test_a_sibling_widget_under_the_texts_class_stays_out():
    # (rv-rec21: a comments or form widget's class is as low as the text widgets', so the class
    # the text shares is lifted only off the text's own boxes)
    page = ("<html><body><h1>Köln setzt auf Solarstrom</h1><div class='wrap'>"
            + "".join(_WIDGET % ("text-editor", p) for p in _KOELN)
            + _WIDGET % ("post-comments", "Peter M.: Endlich tut sich etwas in dieser Stadt, das hätte "
                         "man schon früher machen sollen.")
            + _WIDGET % ("form", "Melde dich jetzt für unseren Newsletter an und verpasse keine "
                         "Neuigkeiten mehr aus deiner Stadt.")
            + "</div><footer>© 2024 Blog</footer></body></html>")
    assert _body(page).split("\n\n") == list(_KOELN)
