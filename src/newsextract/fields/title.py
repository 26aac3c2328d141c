"""The headline: not the site name, a menu item or a related-article title."""

from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, replace
from typing import Dict, FrozenSet, Iterator, List, Optional, Set, Tuple

from newsextract.blocks import (LIST_HEADING, LIST_ITEM, MENU_JOIN, Block, cjk_rx, dump_words, short_text_cache, units,
                                 word_tree_pattern)
from newsextract.fields.byline import (brand_byline, credits_no_person, dated_names, doubled_name, lone_label, name_before_role, parse_credit,
                                       plain_name, plain_name_word, portrait_name, unmarked_credit)
from newsextract.fields.dateline import find_dateline, uncased_roles
from newsextract.fields.dates import find_dates
from newsextract.profiles import Profile, merged
from newsextract.rxcache import longest_first, rx
from newsextract.weights import WEIGHTS as W

_NON_WORD = rx(r"\W+")
_LONG_WORD = rx(r"\w{4,}")
_FORM_FIELD = rx(r"\[ +_*\]")  # a dump's text box: "[          ]"
_ONLY_ALTS = rx(r"^(?:\[[^\]]{0,80}\]\s*)+$")
_LETTER = rx(r"[^\W\d_]")
_MD_HEADING = rx(r"#{1,6}\s+\S")  # a Markdown heading's marks: "# Headline", "##  Headline"
# a line that ends with a comma and a short word in small letters: a clause's joining word
# ("Try refreshing your browser, or"), the sentence going on on the next line
_CUT_CLAUSE = rx(r",\s[a-zß-öø-ÿ]{1,4}$")


def match_key(s: str) -> str:
    """A string reduced to lower-case words, for comparing headlines."""
    return _NON_WORD.sub(" ", s).strip().lower()


@short_text_cache(maxsize=8192, limit=120)
def _looks_byline(text: str, profile: Profile) -> bool:
    """A credit line: "Oleh : X", "By X", "X - detikNews", a desk's "Por g1 SP — São Paulo"
    (never over 120 characters)."""
    return _person_credit(text, profile) or _desk_credit(text, profile)


def _split_byline(blocks: List[Block], at: int, profile: Profile) -> bool:
    """A writer's label alone on line `at` ("By", "Von:", "Por") and the name on the next line,
    as BeautifulSoup and terminal dumps split a byline: the two read as one credit line ("By
    Rachel Brazil", a dump's footnote mark after the name left out). (A label over a line that
    is no name, "By" / "Topic", reads as none.)"""
    return at + 1 < len(blocks) and len(blocks[at].text) <= W.title_label_chars \
        and lone_label(blocks[at].text, profile) == "author" \
        and _person_credit(f"{blocks[at].text} {_FOOTNOTE_MARK.sub('', blocks[at + 1].text)}", profile)


_FOOTNOTE_MARK = rx(r"\^\d+$")  # w3m's <sup> after a name: "Rachel Brazil^0", the writer's note


@short_text_cache(maxsize=8192, limit=120)
def _person_credit(text: str, profile: Profile) -> bool:
    """A credit line that names its writers or a brand (_looks_byline, less a desk's credit)."""
    if len(text) > 120:
        return False
    authors, editors, label_only = parse_credit(text, _with_particles(profile))
    if authors or editors or label_only or brand_byline(text, profile) or credits_no_person(text, profile):
        return True
    # (or a portrait's alt text glued to the name, "Porträt von Anna SchmidtAnna Schmidt")
    return doubled_name(text, profile) is not None or portrait_name(text, "", profile) is not None


@lru_cache(maxsize=None)
def _with_particles(profile: Profile) -> Profile:
    """The page's profile with every language's name particles: a byline over the date names
    "Jan de Vries", "Anna ter Horst" on any page (its names are read so, see authors.py)."""
    return replace(profile, name_particles=profile.name_particles | merged().name_particles)


@lru_cache(maxsize=None)
def _with_joins(profile: Profile) -> Profile:
    """The page's profile with every language's words that join names: writers of another
    language join their names so on any page ("Jana Nováková a Petr Novák", "Laura Korhonen ja
    Timo Nieminen" over the date on a page read as English); a headline's "a", "ja", "i"
    ("Praha a Brno", "Trump i Putin rozmawiali") is no names line, which dated_names reads."""
    return replace(profile, name_conjunctions=profile.name_conjunctions | merged().name_conjunctions)


# "Por g1 SP — São Paulo": an author's label, a desk's name, a dash and the desk's place
_PLACED_DESK = rx(r"(?P<label>[^\W\d_]+)\s+(?P<desk>\S+(?:\s+\S+){0,3})\s+[—–]\s+(?P<place>\S+(?:\s+\S+)?)")


def _desk_credit(text: str, profile: Profile) -> bool:
    """A desk's credit, which names no person: an author's label, the desk's name and its
    place after a dash ("Por g1 SP — São Paulo", "By AP Staff — Chicago"), or a newsroom's
    word and an agency's name alone ("Redazione ANSA", "Redacción EFE"). Not a headline that
    opens with the label's word as a word of its own ("Por que o dólar subiu — entenda",
    "By 2030 — Europe's plan"): the desk's first word is a name's, in a capital or with a
    figure in a word of letters ("g1"), and none of its words is a number."""
    words = text.split()
    if len(words) < 2:
        return False
    if len(words) <= _DESK_WORDS and words[0].casefold() in profile.publisher_words:
        # (an agency's name, not any word in capitals: "NEWS FEATURE", "MEDIA CENTER" are labels)
        return " ".join(words[1:]).casefold() in merged().agencies
    # (the dash first: nine lines in ten asked hold none, and the pattern tries each split of them)
    m = _PLACED_DESK.fullmatch(text) if "—" in text or "–" in text else None
    if not m or m.group("label").casefold() not in profile.author_labels or not m.group("label")[0].isupper():
        return False
    desk = m.group("desk").split()
    first = desk[0]
    # (a desk's name holds an abbreviation or a letter and figure's name, "g1 SP", "AP"; a
    # column's name, "Por Dentro da Copa — Catar", none)
    # (and a letter and figure's word, "g1", or an agency's or a newsroom's word, "AP",
    # "Staff": a headline's "By UN Standards — Europe Falls Short", "Von KI erzeugt – Die
    # Fälschungen" names none; the place is of two words at most)
    k = merged()
    return (first[0].isupper() or first[0].isalpha() and any(c.isdigit() for c in first)) \
        and not any(w.isdigit() for w in desk) and all(w[:1].isupper() for w in m.group("place").split()) \
        and any(len(w) > 1 and (w.isupper() or w.isalnum() and not w.isalpha()) for w in desk) \
        and any(w.isalnum() and not w.isalpha() and not w.isdigit()
                or w.casefold() in k.agencies or w.casefold() in k.publisher_words for w in desk)


_DESK_WORDS = 3  # a newsroom's word and an agency's name: "Redazione ANSA", "Redacción EFE"


@short_text_cache(maxsize=8192, limit=120)
def _placed_role(text: str, profile: Profile) -> bool:
    """"Kontributor Garut, Ahmad Rizal Fauzi": the writer's role and place, a comma, then a
    plain name of two to four words and nothing else. A headline may open with a role too
    ("Pewarta Foto Dianiaya, Polisi Buru Pelaku"): the line is a byline only where no headline's
    mark is on it (see _role_credit)."""
    if "," not in text or len(text) > 120 or not unmarked_credit(text, profile):
        return False
    name = text.rsplit(",", 1)[1].strip()
    # (one word is a name too: "Kontributor Lhokseumawe, Masriadi")
    return plain_name(name, profile) or " " not in name and plain_name_word(name)


def _role_credit(blocks: List[Block], j: int, hinted: bool, profile: Profile) -> bool:
    """Whether a candidate line is a placed role's byline: not a heading, not the <title>'s
    line, and no byline under it (a writer is not credited twice: "Wartawan Senior, Budi
    Santoso Tutup Usia" / "Penulis: Siti Rohmah" is a headline over its byline)."""
    if blocks[j].heading or hinted or not _placed_role(blocks[j].text.strip(), profile):
        return False
    return not (j + 1 < len(blocks) and _looks_byline(blocks[j + 1].text, profile))


def _role_under_name(blocks: List[Block], j: int, profile: Profile) -> bool:
    """Whether a candidate line is a writer's role and place alone ("Enviada especial a Kiev",
    "Correspondente em Lisboa", "Korrespondentin in Brüssel") under the writer's name on a line
    of its own: not a heading. The role is any profile's correspondent's role ("enviada especial
    a") or role word and a short word in small letters ("Korrespondentin in"), the place one to
    three words in capitals and nothing after it (a headline goes on: "Korrespondentin in
    Brüssel festgenommen", "Enviado especial de la ONU llega a Kiev")."""
    if not j or blocks[j].heading:
        return False
    # (the line itself first: most candidates are no role, and the name above costs more to read)
    text = blocks[j].text.strip()
    folded = text.casefold()
    words = text.split()
    lead = next((len(r.split()) for r in merged().correspondent_roles if folded.startswith(r + " ")), 0)
    if not lead and len(words) >= 3 and words[0].casefold() in merged().role_words \
            and words[1].islower() and len(words[1]) <= _ROLE_JOIN_CHARS:
        lead = 2
    place = words[lead:]
    if not (lead and 1 <= len(place) <= _ROLE_PLACE_WORDS and all(w[:1].isupper() for w in place)
            and text[-1].isalpha()):
        return False
    if j < 2 or len(blocks[j - 2].text.split()) < 4 or _MENU_SIGNS & set(blocks[j - 2].text):
        return False  # (no headline over the writer's name: the name is a kicker, "Deniz Yücel" / "Journalist in Haft")
    return bool(plain_name(blocks[j - 1].text.strip(), profile))


_ROLE_JOIN_CHARS = 4  # the short word between a role and its place: "in", "em", "à", "aus", "w"
_ROLE_PLACE_WORDS = 3  # "Nova Iorque", "Buenos Aires", "Den Haag"


_CRUMB_SEPARATORS = (" » ", " › ", " > ")


@lru_cache(maxsize=None)
def _prompt_rx(profile: Profile) -> "re.Pattern[str]":
    """A login box's question in any language ("Vous possédez déjà un compte", "Already have
    an account") and the page's own language's paywall phrases ("Suscríbete para seguir
    leyendo"); another language's paywall words are a headline's words ("Dieci libri per
    continuare a leggere" is no English "to continue reading")."""
    return _whole_phrases_rx(frozenset({*merged().account_prompts, *profile.account_prompts,
                                        *profile.paywall_phrases}))


def _login_prompt(text: str, profile: Profile) -> bool:
    """A login box's question or a paywall's prompt (see _prompt_rx) as a line of its own: the
    line asks ("Vous possédez déjà un compte ?") or opens with the phrase ("Suscríbete para
    seguir leyendo"); a headline that holds the words ("Libros para seguir leyendo") is none."""
    m = _prompt_rx(profile).search(text)
    return m is not None and (m.start() == 0 or text.rstrip().endswith("?"))


@lru_cache(maxsize=None)
def _signup_rx() -> "re.Pattern[str]":
    """A line that opens with any profile's sign-up imperative as whole words ("Sign up for
    ...", "Melden Sie sich ...", "Abonnez-vous ..."), not a word they begin ("Subscribers ...",
    "Recevez-vous ...?")."""
    return rx(r"^\W{0,3}(?:" + word_tree_pattern(merged().signup_openers) + r")\b(?![-?])", re.I)


@lru_cache(maxsize=None)
def _address_rx(profile: Profile) -> "re.Pattern[str]":
    """The words with which the page's language speaks to its reader ("you", "your", "Ihr",
    "Sie"), case as the profile lists them (see reader_address)."""
    words = [w for w in profile.reader_address if " " not in w] + list(profile.second_person)
    return rx(r"(?<!\w)(?:" + word_tree_pattern(words) + r")(?!\w)") if words else rx(r"(?!)")


def _signup_pitch(text: str, below: str, profile: Profile) -> bool:
    """A newsletter box's pitch: a line that speaks to the reader ("Get daily insight,
    inspiration and deals in your inbox", "Das Wichtigste für Sie am Morgen") right over a line
    that opens with a sign-up imperative ("Sign up for breaking news, reviews and more.",
    "Melden Sie sich jetzt an"). A headline over a sign-up line speaks of its story, not to its
    reader ("Council approves new budget" / "Sign up for our newsletter"), and a headline that
    does ("What the price rise means for your bill") stands over a standfirst, which tells the
    story ("Subscribers will pay more from May")."""
    return bool(below) and _signup_rx().match(below) is not None and _address_rx(profile).search(text) is not None


@lru_cache(maxsize=None)
def _account_rx() -> "re.Pattern[str]":
    """Every profile's login box's question ("Vous possédez déjà un compte", "Already have an
    account")."""
    return _whole_phrases_rx(frozenset(merged().account_prompts))


def _whole_phrases_rx(phrases: FrozenSet[str]) -> "re.Pattern[str]":
    """Any of `phrases` as words of their own, in any case (longest first, then in letters'
    order: one pattern in every process, whatever the set's order)."""
    return rx(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(phrases, key=longest_first))) + r")(?!\w)", re.I)


def account_question(text: str) -> bool:
    """A login box's question on a line of its own, which asks and says no more ("Vous
    possédez déjà un compte ?", "Already have an account? Log in"): furniture wherever it
    stands (not a paywall's end: the text goes on under the box)."""
    if len(text) > 60 or "?" not in text:
        return False
    m = _account_rx().match(text)
    return m is not None and text[m.end():].lstrip()[:1] == "?" \
        and len(text.split()) <= W.title_prompt_words


@lru_cache(maxsize=None)
def _copyright_rx() -> "re.Pattern[str]":
    """Every profile's copyright phrase ("Tous droits réservés", "Alle Rechte vorbehalten")."""
    phrases = sorted(merged().copyright_phrases, key=longest_first)
    # (or glued, in a capital, to a caption's last word, as a dump prints the credit's node:
    # "The European CommissionTous droits réservés Euronews")
    glued = "|".join(re.escape(p[:1].upper()) + re.escape(p[1:]) for p in phrases)
    return rx(r"(?P<glued>(?<=[a-zß-ÿ])(?:" + glued + r"))(?!\w)|(?<!\w)(?i:"
              + "|".join(map(re.escape, phrases)) + r")(?!\w)")


@lru_cache(maxsize=None)
def copyright_stems() -> Tuple[str, ...]:
    """The copyright phrases in small letters, which a line holds wherever _copyright_rx finds one."""
    return tuple(sorted({p.lower() for p in merged().copyright_phrases}))


_QUOTE_MARKS = "\"'«»„“”‚‘’‹›"
# "©", "(c)" or "Copyright" opening what stands before the phrase, or a year alone there ("2025 -
# Alle Rechte vorbehalten"; not "Depuis 2019, tous droits réservés ...", a sentence)
_COPYRIGHT_BEFORE = rx(r"^\W*(?:©|\(c\)|copyright\b)|^\W*(?:19|20)\d\d\W*$", re.I)


def copyright_line(text: str) -> bool:
    """A site's copyright line ("Tous droits réservés Euronews", "© 2025 Le Monde - Alle Rechte
    vorbehalten"): its phrase opens or ends a line of W.title_copyright_words words at most, or
    follows "©", "Copyright" or a year alone; never a phrase in quotation marks ("« Tous droits
    réservés » : la bataille des photographes ...", a headline quoting it), nor one a clause or a
    headline goes on from ("Tous droits réservés, a répondu l'avocat.", "Alle Rechte vorbehalten:
    Fotografen gegen die KI"), nor one after a sentence's year ("Depuis 2019, tous droits
    réservés sur ses chansons reviennent à une fondation.")."""
    low = text.lower()
    if not any(map(low.__contains__, copyright_stems())):
        return False  # (a test of the plain phrases first: most lines hold none)
    m = _copyright_rx().search(text)
    if not m:
        return False
    before, after = "" if m.group("glued") else text[:m.start()].rstrip(), text[m.end():].lstrip()
    if before and before[-1] in _QUOTE_MARKS or after and after[0] in _QUOTE_MARKS:
        return False
    if _COPYRIGHT_BEFORE.search(before):
        return True
    if after[:1] in (",", ";", ":", "?") and after[1:].strip():
        return False  # "Tous droits réservés, a répondu l'avocat.", "Tous droits réservés : les photographes ..."
    return len(text.split()) <= W.title_copyright_words and (not before or not after.strip(" .:|-–—"))


def _ad_notice(text: str) -> bool:
    """An ad slot's notice (the profiles' ad_notices), in any language."""
    low = text.lower()
    return any(map(low.__contains__, merged().ad_notices))


def _piped_kicker(text: str) -> bool:
    """"BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors", "EDITORIAL | Why is ...":
    a kicker in capitals, a bar, then the headline, all on one line (a bar elsewhere parts a
    menu's links, "A+ | Reset | A-", or a <title>'s headline from the site's name, and no
    line with one is a headline): one bar, a kicker of a few words in capitals before it,
    a headline of more than a kicker's words after it, opening with a capital. (A dump's
    first line, the <title>, "CNN | Headline", is not read so: find_title asks it of no
    first block.)"""
    head, bar, rest = text.partition(" | ")
    head, rest = head.strip(), rest.strip()
    return bool(bar) and "|" not in head and "|" not in rest and 1 <= len(head.split()) <= W.title_kicker_words \
        and head.isupper() and len(rest.split()) > W.title_kicker_words and rest[:1].isupper()


_CREDIT_REACH = 3  # a kicker's bar line under a byline or a date this many lines up is a teaser's


def _under_credit(blocks: List[Block], j: int, profile: Profile) -> bool:
    """Whether a line stands under the headline's byline or date (a line of them a few lines
    up): "EDITORIAL | Why the harbour strike must end ..." there is a teaser over the text,
    not the headline, which stands above its credit."""
    return any(_credit_under(b.text, profile) for b in blocks[max(0, j - _CREDIT_REACH):j])


def _credit_under(text: str, profile: Profile) -> bool:
    """A short line that is a byline or holds a date: a headline's credit (see _credit_line for a
    byline's line in a script without case)."""
    return len(text) < 100 and (_looks_byline(text, profile) or bool(find_dates(text, profile)))


def _signed_below(blocks: List[Block], j: int, profile: Profile) -> bool:
    """Whether a byline or a short line with a date stands within _CREDIT_REACH lines under
    line j, as under a headline."""
    return any(_credit_under(b.text, profile) for b in blocks[j + 1:j + 1 + _CREDIT_REACH])


def _lone_item(blocks: List[Block], j: int, profile: Profile) -> bool:
    """Whether block j, taken for an item under a list's heading, is the story's headline under a
    section's label: the last line over the story's own byline or date, "Latest News" / "Police
    Arrest Two Thieves" / "By Jane Doe", "Berita Terkini" / "Home > News" / headline / "Penulis:
    ...". A list's teasers have more teasers under them, or a date or a writer's line of their own
    over them ("2 hours ago" under the teaser above): those stay the list's. So do a list under a
    headline's own byline or date ("Headline" / "By Jane Doe" / "Related" / teaser / date), an item
    with another line under its credit that has a credit of its own (a dated teaser over a short
    headline), and one over a menu's folded lines."""
    if blocks[j].reason != LIST_ITEM or not j or j + 1 >= len(blocks) \
            or blocks[j + 1].items > 1 or not _credit_under(blocks[j + 1].text, profile) \
            or blocks[j - 1].reason != LIST_HEADING and _credit_under(blocks[j - 1].text, profile):
        return False
    h = j - 1
    while h > 0 and blocks[h].reason == LIST_ITEM:
        h -= 1  # (the list's heading)
    c = h - 1
    while c > 0 and _credit_under(blocks[c].text, profile):
        c -= 1
    if c < h - 1 and not blocks[c].label and units(blocks[c].text) >= W.title_kicker_words:
        return False  # a list under a headline's byline or date: "Related", "Meest gelezen"
    k = j + 2
    while k < len(blocks) and _credit_under(blocks[k].text, profile):
        k += 1
    if k < len(blocks) and blocks[k].reason != LIST_ITEM and not blocks[k].label \
            and _signed_below(blocks, k, profile):
        return False  # a line with a credit of its own under the item's: the item is a teaser
    for b in blocks[j + 2:]:
        if b.reason != LIST_ITEM:
            return True
        if not _credit_under(b.text, profile):
            return False  # a teaser under it: a list
    return True


def _under_headed_credit(blocks: List[Block], j: int, lo: int, profile: Profile) -> bool:
    """Whether a dump's line j stands under a byline (within _CREDIT_REACH lines up) that itself
    stands under a headline-like line, not a list's item (within _CREDIT_REACH lines up of it),
    and has no byline or date of its own under it: "Headline / Standfirst. / Von A und B /
    09.09.2025 / Video title / autoplay". (A teaser's writer over the page's headline, "Most
    read" / "Teaser" / "By John Doe" / "Headline" / "By Jane Roe", leaves the headline alone:
    it has its own credit under it. Nor does a column's byline over its headline, under a menu
    bar or a slogan, "Menu line / By Jane Roe / Headline / Standfirst": the headline-like line
    must have a short dated line under it, as an article's credit has.)"""
    # (no headline-like line within twice the reach above: none the byline could stand under,
    # whichever line is the byline, and the lines are not read for one)
    if not any(_headline_like(blocks[h]) for h in range(max(lo, j - 2 * _CREDIT_REACH), j - 1)):
        return False
    for c in range(j - 1, max(lo, j - _CREDIT_REACH) - 1, -1):
        t = blocks[c].text
        if len(t) < 100 and _looks_byline(t, profile):
            return any(_headline_like(blocks[h]) and not blocks[h].bullet and not _menu_run(blocks[h].text)
                       and any(len(d.text) < 100 and find_dates(d.text, profile) for d in blocks[h + 1:j])
                       for h in range(max(lo, c - _CREDIT_REACH), c)) \
                and not _signed_below(blocks, j, profile)
    return False


def _menu_run(text: str) -> bool:
    """A menu bar printed as one line: three or more capitalised words, each a section's name,
    with no mark between them and no small word but a function word ("Home News Politics
    Business Sport Opinion", "Home News Sport Life and Style Opinion", "Inicio España Economía
    y Empleo", "Home News U.S. World E-Edition"); a headline has a small word that is no
    function word ("Why the county's road plan matters ...") or a mark. A headline in Title
    Case reads as a menu here too: the rule asking this then keeps out, as before it was
    written."""
    words = text.split()
    stop = merged().stopwords
    return sum(1 for w in words if w[:1].isupper()) >= 3 and all(
        w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() or w in stop for w in words)


def _breadcrumb(text: str) -> bool:
    """A short line of section names parted by », › or > ("Home » Cities » Delhi")."""
    if len(text) > 100:
        return False
    # (a loop, not any() over a generator: it is asked of every candidate headline and the
    # line above it)
    for sep in _CRUMB_SEPARATORS:
        if text.count(sep) >= 2:
            return True
    return False


@lru_cache(maxsize=None)
def _home_trail_rx() -> "re.Pattern[str]":
    """A dump's menu that opens with a home link's word (every profile's home_words, in any case) and has
    two to four items more, parted by the " · " a dump's segmenter joins a menu's items with."""
    words = "|".join(re.escape(w) for w in sorted(merged().home_words, key=longest_first))
    return rx(rf"(?:{words}) · [^·]{{1,40}}(?: · [^·]{{1,40}}){{1,3}}$", re.I)


@lru_cache(maxsize=None)
def _list_headings() -> FrozenSet[str]:
    """Every profile's list headings ("Most read", "Meistgelesen"), casefolded."""
    return frozenset(h.casefold() for h in merged().list_headings)


def _home_trail(text: str) -> bool:
    """"Home · News · Politics": a breadcrumb trail a dump prints as a short menu (its home link,
    then two to four sections), over the headline; a site's menu bar has more items ("Home ·
    News · Sport · Business · Opinion · Culture · Video"), or none opening with home."""
    # (not where it ends with a list's heading, "Startseite · Politik · Meistgelesen": the line
    # under it is the list's first teaser)
    return len(text) <= 100 and _home_trail_rx().match(text) is not None \
        and text.rsplit(" · ", 1)[1].strip().casefold() not in _list_headings()


def _under_home_trail(blocks: List[Block], j: int, text: str, body_start: int, text_words: "_TextWords",
                      profile: Profile) -> bool:
    """Whether a dump's line j (its `text`) stands under a home link's short menu as under a trail: only a
    line that speaks of the text (a small site's main menu, "Home · News · Sports ·
    Obituaries", stands over its promo line too), and not where another headline-like line
    stands right under it with no credit, date or the text itself within _CREDIT_REACH lines
    (a promo line over the headline and its standfirst)."""
    return _home_trail(blocks[j - 1].text) \
        and (not text_words or _share(_long_words(text), text_words) >= W.title_dump_title_share) \
        and not (j + 1 < body_start and _headline_like(blocks[j + 1]) and body_start > j + _CREDIT_REACH
                 and not _signed_below(blocks, j, profile))


def _last_crumb(text: str) -> str:
    """A breadcrumb trail's last item, casefolded ("" if no separator parts it off)."""
    at = max(text.rfind(sep) + len(sep) if sep in text else -1 for sep in _CRUMB_SEPARATORS)
    return text[at:].strip().casefold() if at > 0 else ""


def _photo_story(text: str) -> bool:
    """'FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?': the headline of a photo
    story, which opens with a photo label as a caption does but reads as a headline (five
    words or more after the label, no credit after it)."""
    head, colon, rest = text.partition(":")
    if not colon or len(head.split()) > 2 or head.strip().lower() not in merged().photo_labels:
        return False
    return len(rest.split()) >= 5 and "/" not in rest and not rest.rstrip().endswith(")")


def find_title(blocks: List[Block], body_start: int, profile: Profile,
               hints: Tuple[str, ...] = (), dump: bool = False) -> Optional[Tuple[str, int]]:
    """The headline and its block index, searched in the blocks before the body.

    A headline is a short line, not a sentence, near the body; it is often printed twice (in
    a list of the site's latest news or above and below the photo) and stands by the date.
    `hints` are titles from page metadata; a block that matches one wins.

    dump: the blocks are a text dump's, which has no heading marks: there a line right above
    a photo's credit is the photo's caption, and a breadcrumb trail that ends with a line
    counts as a second printing of it.
    """
    # how often each line is printed; blocks are already whitespace-folded, so case and end
    # punctuation are all that can differ
    # (only lines short enough to be a headline's copy are counted: paragraphs are many and
    # long, and no candidate below is over 250 characters)
    # (each line casefolded once: for these counts, and for the breadcrumbs' search below)
    short = [(b.text, b.text.casefold()) for b in blocks if len(b.text) < 400]
    counts = Counter(folded.rstrip(" .:") for text, folded in short if len(text) < 300)
    dated: Dict[int, bool] = {}  # block index -> a short line with a date, not a dateline
    credit: Dict[int, bool] = {}  # block index -> reads as a byline
    hint_keys = [match_key(h) for h in hints if h]
    signed_off = _footer_names(blocks)
    minor_parts = _minor_title_parts(hints) if dump else frozenset()
    best: Optional[Tuple[float, str, int]] = None
    short_lines: Optional[_Lines] = None  # lines a breadcrumb may be, casefolded
    captioned: Optional[Set[str]] = None  # a dump's lines printed over a photo's credit
    lo = max(0, body_start - (W.title_dump_reach if dump else 45))
    # (a dump's run of prose may open at the headline, a line with no stop over the standfirst
    # and the byline: it is a candidate too, and the text is read from under it)
    hi = body_start + 1 if dump and _opens_with_head(blocks, body_start, profile) else body_start
    # a dump's first line, its <title>, that no line under it prints again: a title for search
    # engines, which the page's headline words otherwise (the same story in other words, a
    # number spelled out, a place named in full); it is no hint to itself
    seo_title = dump and bool(hint_keys) and lo == 0 and not _printed_below(blocks, hi, hint_keys)
    unhinted: Optional[Tuple[float, str, int]] = None  # the <title>'s line, had it been hinted
    # (a dump: a headline names what the text is about, its words recur there; a menu's, a
    # button's or a teaser's seldom do)
    # (a line printed more than twice is a slot's, "This advertisement has not loaded yet",
    # not the text's)
    text_words = _TextWords(" ".join([b.text for b in blocks[hi:hi + W.title_text_blocks]
                                      if len(b.text) >= 300 or counts[b.text.casefold().rstrip(" .:")] <= 2])
                            [:W.title_text_chars] if dump else "")
    wide = _wide_candidates(blocks, lo, hi, counts, hints, profile) if dump else frozenset()
    for j in range(hi - 1, lo - 1, -1):
        b = blocks[j]
        if b.label in ("boilerplate", "related", "list") and not _lone_item(blocks, j, profile):
            continue  # (first: a dump's window holds many menus and markers)
        text = b.text.strip()
        if dump and text[:1] == "#" and _MD_HEADING.match(text):
            # (a Markdown dump the style's sniff missed, one with no links: its heading's marks,
            # "# How RPA vendors aim ...", are no part of the headline)
            text = text.lstrip("#").strip()
        # (in words; a headline in Chinese or Japanese, written without spaces, is one "word"
        # to a split: in HTML its characters count, two a word; in a dump, where no <h1> tells
        # the headline from the buttons and links of a few characters, "リンクをコピーする",
        # only a line that reads as a headline by more than its length)
        n = units(text) if not dump else dump_words(text) if j in wide else len(text.split())
        if n < 2 or n > 30 or len(text) > 250:
            continue
        if dump and n >= 3 and not text.isascii() and _wide_row(text):
            continue  # "トップ 国内 国際 経済 地域": a menu's links of a few wide characters each, on a line
        if dump and not text.isascii() and _credit_line(text):
            continue  # "海城晚报记者 李文华 通讯员 陈小明": a byline's line, its words spaced
        if n < 5 and sum(1 for w in text.split() if len(w) > 1 and (
                w.isalpha() or sum(map(str.isalpha, w)) >= 2)) < 2:
            continue  # fewer than two words of two letters: "A+ A-", "12 | 3"
        if not dump and n != len(text.split()) and _mostly_date(text):
            # "1975年1月28日（农历1974年腊月十七）": a date's line, its characters counted as words
            continue
        if dump and n >= 5 and not _LETTER.search(text, 0, 20):
            continue  # "* * * * * *": a Markdown rule, or a row of bullets, with no word
        if dump and ("://" in text or "(BUTTON)" in text):
            continue  # lynx's "IFRAME: https://...", "金融機関 (BUTTON)": a frame's address, a button
        if text[:1] == "[" and _ONLY_ALTS.match(text):
            continue  # "[facebook-i] [twitter-ic]": a dump's row of image placeholders
        if dump and (text.endswith((":", " –", " -", " —")) or text[0] == "("
                     or "[ " in text and _FORM_FIELD.search(text)):
            continue  # "Sie befinden sich hier:", "(Photos by ...)", "Search for: [ ] Search"
        if dump and text[-1:].islower() and _CUT_CLAUSE.search(text) and j + 1 < len(blocks) \
                and blocks[j + 1].text[:1].islower():
            continue  # "Try refreshing your browser, or" / "tap here to ...": a sentence cut in two
        if dump and n <= W.title_prompt_words and _login_prompt(text, profile):
            continue  # "Vous possédez déjà un compte ?", "Déjà abonné ?": a login box's prompt
        if copyright_line(text):
            continue  # "Tous droits réservés Euronews": the site's copyright line
        if _ad_notice(text):
            continue  # "This advertisement has not loaded yet, but your article continues below."
        if dump and "/" in text and _agency_credit(text, profile):
            continue  # "Jane Roe / AP Photo": a picture's credit alone
        if dump and ". " in text and _credited_caption(text, profile):
            continue  # "X after she had surgery. Emma Jayne": a picture's caption and its credit
        if dump and n >= W.title_button_repeats and _button_row(text):
            continue  # "이메일에 공유하기 카카오톡에 공유하기 ...": a share bar's buttons, one word each
        if "|" in text and not (j and _piped_kicker(text) and not _under_credit(blocks, j, profile)) \
                or text.count(">") >= 2 or dump and _breadcrumb(text):
            continue  # "A+ | Reset | A-", "Home > Nasional > Hukum", "Home » Gesellschaft » ..."
        # (most dumps have no hint, their style printing no <title>: no line's key is needed then)
        k = match_key(text) if hint_keys else ""
        hinted = _hinted(k, hint_keys) and k not in minor_parts
        # (the <title>'s own line, its hint held back: it is weighed with the hint too, below)
        seo_line = hinted and not j and seo_title
        # printed again elsewhere: likely the headline (in the latest-news list, above and
        # below the photo); a short line printed many times is a section label
        count = counts[text.casefold().rstrip(" .:")]
        if count > 1 and text.casefold().rstrip(" .:") in signed_off:
            count -= 1  # ("Copyright © 2024" / "Harian Jogja Online": the site's name in the footer)
        after_crumb = j > 0 and (_breadcrumb(blocks[j - 1].text)
                                 or dump and _under_home_trail(blocks, j, text, body_start, text_words, profile))
        crumb_end = after_crumb and dump and _last_crumb(blocks[j - 1].text) == text.casefold()
        # (the lines are read from the body up: a line that could not beat the best one below
        # it, whatever its dearer terms say, is passed by before they are read)
        if best is not None and _most_from(_ceiling(b, text, n, hinted, dump, count), body_start - j, after_crumb,
                                           crumb_end, bool(text_words)) < best[0] - _ROUNDING:
            continue
        # (a desk's credit never in a heading or the line the <title> repeats: "By UN Standards
        # — Europe Falls Short" as an <h1>)
        if find_dates(text, profile) or text.endswith((",", ";")) or _person_credit(text, profile) \
                or not (b.heading or hinted) and _desk_credit(text, profile) \
                or _role_credit(blocks, j, hinted, profile) or _role_under_name(blocks, j, profile) \
                or dump and not hinted and name_before_role(text, merged()) and _dated_below(blocks, j, profile):
            # (a dump's name and its role in lower case over the date, "Anna Kowalska
            # dziennikarka działu Gospodarka": the byline)
            continue
        # "Marie Dupont et Jean Martin", "Marie Dupont (avec AFP)" over the date: the writers,
        # with no label; a headline only when no other line is one ("Taylor Swift and Travis
        # Kelce in Paris")
        names_line = dump and n <= W.title_names_words and j + 1 < len(blocks) \
            and _joins_names(text, _with_joins(profile)) \
            and bool(dated_names(text, blocks[j + 1].text, _with_joins(profile)))
        if dump and j > 0 and len(blocks[j - 1].text) <= W.title_label_chars \
                and lone_label(blocks[j - 1].text, profile) and all(w[:1].isupper() for w in text.split()):
            continue  # "By" / "Sophie FosterTravel News Reporter": the name under a byline's label
        score = W.title_caption if names_line else 0.0
        if hinted and (j or not seo_title):
            score += W.title_hint
        if b.heading:
            score += W.title_h1 if b.tag == "h1" else W.title_heading
        if dump and n >= 4 and count < 3:
            if short_lines is None:
                short_lines = _Lines([text for text, _ in short], [folded for _, folded in short])
            count += _printed_after_crumbs(text, short_lines)
        # (in a dump, a longer line printed more than three times whose words the text does
        # not use is a label too: "Search author on: PubMed Google Scholar" under each writer's
        # name; a headline printed in many lists of the site's news is what the text speaks of)
        # (of a few longer words at least: a script whose words are short tells nothing so)
        label = count > 3 and (n <= 4 or dump and bool(text_words)
                               and len(_long_words(text)) >= W.title_body_min_words
                               and _share(_long_words(text), text_words) < W.title_dump_label_share)
        score += W.title_section_label if label else min(count - 1, 2) * W.title_repeat
        # a short headline over its deck that is one sentence ("Riksdagen klubbar klimatlagen" /
        # "Oppositionen kallar lagen för tandlös."): not too short a line, and no kicker
        # (not a genre's label with its colon, "Opinion: Climate bill", over a headline that is
        # a sentence)
        over_deck = dump and n < 4 and ":" not in text and text[:1] not in _OPEN_QUOTES \
            and not (j > lo and _headline_like(blocks[j - 1]) and not _MENU_SIGNS & set(blocks[j - 1].text)) \
            and j + 1 < body_start and _sentence(blocks[j + 1].text) \
            and _deck_under(b, len(blocks[j + 1].text.split()), profile, True, text_words)
        if 4 <= n <= 22:
            score += W.title_good_length
        elif n < 4 and not over_deck:
            score += W.title_too_short
        if text.endswith((".", "。")) and not text.endswith(".."):
            # headlines do not end with a full stop; captions do (and standfirsts: in Chinese
            # and Japanese, the ideographic stop)
            score += W.title_full_stop_long if n > 12 else W.title_full_stop
        if text[0].islower():
            score += W.title_lower_case  # "id tag, tag": tag lines and fragments start in lower case
        if b.bullet:
            # (a dump bullets every link of a list: its headline is hardly ever an item)
            score += W.title_dump_bullet if dump else W.title_bullet
        if b.caption and not _photo_story(text):
            score += W.title_caption
        elif dump and j + 1 < body_start and (_credit_below(blocks, j, profile)
                                              or n <= W.title_picture_words and blocks[j + 1].caption):
            score += W.title_caption  # (a picture's caption, or its title over the caption)
        elif dump and j + 1 == body_start and _agency_tail(text):
            score += W.title_caption  # "Toeristen in de binnenstad van Amsterdam ANP": a caption and its credit
        elif dump and count > 1:
            if captioned is None:
                captioned = {blocks[i].text for i in range(lo, body_start - 1) if _credit_below(blocks, i, profile)}
            if text in captioned:
                # (a gallery's caption printed again away from its photo: its other printings
                # stand over the photo's credit)
                score += W.title_caption - (0 if label else min(count - 1, 2) * W.title_repeat)
        if b.link_density > 0.5:
            score += W.title_links
        if dump and not b.heading and j + 1 < len(blocks) and _signup_pitch(text, blocks[j + 1].text, profile):
            # "Get daily insight ... in your inbox" / "Sign up for breaking news ...": a newsletter
            # box's pitch (weighed, not dropped: a headline that speaks to its reader may stand
            # over a sign-up line too, "Your guide to the new tax bands" / "Subscribe to ...")
            score += W.title_signup_pitch
        if dump and n <= W.title_kicker_words and j + 1 < body_start and _headline_like(blocks[j + 1]) \
                and not over_deck:
            score += W.title_kicker  # "Krieg in der Ukraine" over the headline
        if dump and j > lo and _under_headed_credit(blocks, j, lo, profile):
            # the headline stands over its byline and date; a line under them, where a
            # headline-like line stands over them, is a picture's or a video's title, a teaser
            score += W.title_under_credit
        if dump and j > lo and (_deck_under(blocks[j - 1], n, profile, _sentence(text), text_words)
                                or j + 1 < body_start and _deck_past(blocks, j, lo, n, profile, text_words)):
            # (a line right over the text's start is the headline, whatever stands above it:
            # a live item or a teaser over a picture is no headline with its deck)
            # a deck under its headline: the headline, then a longer line that tells more of
            # the story (and stands nearer the byline and shares more words with the text)
            score += W.title_deck
        if best is not None and _most_from(score + (W.title_hint if seo_line else 0.0), body_start - j, after_crumb,
                                           crumb_end, bool(text_words)) < best[0] - _ROUNDING:
            continue
        # a date or a byline right after the headline is the commonest layout
        date_bonus = byline_bonus = 0.0
        for d in range(1, 4):
            if j + d >= len(blocks):
                break
            at = j + d
            nxt = blocks[at].text
            if not date_bonus:
                if at not in dated:
                    # (a photo's caption dates the photo, not the headline above it)
                    # (nor does an image's name, "[2022-05-11-schuze-18]", date anything)
                    dated[at] = len(nxt) < 120 and not blocks[at].caption and \
                        bool(find_dates(nxt, profile)) and not find_dateline(nxt) and \
                        not (nxt[:1] == "[" and _ONLY_ALTS.match(nxt))
                if dated[at]:
                    date_bonus = W.title_date_next - 2 * d
            if not byline_bonus:
                if at not in credit:
                    credit[at] = _looks_byline(nxt, profile) or _placed_role(nxt, profile) \
                        or _split_byline(blocks, at, profile)
                if credit[at]:
                    byline_bonus = W.title_byline_next - d
        score += date_bonus + byline_bonus
        if after_crumb:
            score += W.title_after_breadcrumb  # "Home » Cities » Delhi", then the headline
            if crumb_end:
                # (a trail that ends with the line names the page: "Home » Gesellschaft »
                # „Unermüdlicher Einsatz“", then that headline, however short)
                score += W.title_crumb_end
        score += (body_start - j) * W.title_distance
        # (the words are read only where they could make the line the best so far)
        own = _long_words(text) if text_words and (
            best is None or score + W.title_body_words + (W.title_hint if seo_line else 0.0) >= best[0]) else None
        if own:
            # (a share of at least a few words: "Find a new job" is one word of four letters,
            # which any text uses)
            score += W.title_body_words * _share(own, text_words)
        if seo_line:
            unhinted = (score + W.title_hint, text, j)
        if best is None or score >= best[0]:
            best = (score, text, j)
    if best is None:
        return None
    if unhinted and best[2] and unhinted[0] > best[0] and weak_title(best[1], hints[0]) \
            and not _name_over_signed(hints[0], blocks, best[2], profile, body_start) \
            and unhinted[1].casefold().rstrip(" .:") not in signed_off:
        # (the line chosen over that <title> shares little of it: a caption, a menu's line,
        # not the headline worded otherwise; the <title> is hinted as ever then; not a <title>
        # line the footer prints again under its copyright mark, the site's name)
        best = unhinted
    # (the <title> is a dump's first line: a hint where the dump's style gives it as one, or
    # the line the chosen one prints again)
    if dump and (_hinted(match_key(best[1]), hint_keys) or best[2] > 0 and blocks[0].text == best[1]):
        # the <title>'s copy as a trail's last item, then the page's own heading under it: a
        # kicker and the headline ("Home" / "Politik" / <title> / "Stromausfall in Berlin" /
        # "Ampeln tot, S-Bahnen stoppen: ..."), which the page words otherwise
        # (not from the dump's first line, the <title> itself, where the page prints the
        # headline further on: what stands under the <title> is the page's menu then, a skip
        # link and a menu's first item, not a kicker and a heading)
        first = 1 if best[2] > 0 and hint_keys and match_key(blocks[0].text) in hint_keys else 0
        under = _heading_under_title(blocks, max(lo, first), body_start, best[1], profile)
        if under:
            return under
    if dump:
        # a kicker printed before the headline on its line ("Premier League Rückschlag im
        # Titelkampf - ..."), where the page prints the headline alone on a line of its own too
        # (a kicker is a bare label: a topic before a colon or a dash is the headline's,
        # "Bubi-Bomber wieder da: Thioune ...", "Wann sie sind - und wie ...")
        for i in range(lo, body_start):
            t = blocks[i].text
            # (the <title> line a dump opens with is the hint's, weighed as such above)
            if i != best[2] and len(t) < len(best[1]) and best[1].endswith(" " + t) \
                    and match_key(t) not in hint_keys \
                    and best[1][:-len(t)].rstrip()[-1:].isalnum() \
                    and len(t.split()) > W.title_kicker_words \
                    and len(best[1].split()) - len(t.split()) <= W.title_kicker_words:
                return t, i
        if best[2] == lo:
            # the dump's first line, the page's <title> where the style prints none as such,
            # chosen over the headline under it that it prints whole before the site's name
            # ("Headline - SURYA.co.id" over "Headline"): the headline is the line's
            tail = _site_tail(best[1])
            head = best[1][:tail.start()].rstrip() if tail else ""
            for i in range(lo + 1, body_start):
                if head and blocks[i].text == head:
                    return head, i
        if ":" not in best[1]:
            # the headline as another line prints it with its kicker's colon, where the line
            # chosen runs the kicker into it ("Die Eisheiligen 2024 Wann sie sind ..." under a
            # trail that ends "Die Eisheiligen 2024: Wann sie sind ..."): a dump drops the
            # colon that the page's markup set between the two
            # (a Markdown heading inside a list's item keeps its marks: "* # Kicker: Headline")
            key = match_key(best[1])
            for i in range(lo, body_start):
                t = blocks[i].text
                if t[:1] == "#":
                    t = t.lstrip("#").strip()
                if ": " in t and len(t) == len(best[1]) + 1 and match_key(t) == key:
                    return t, best[2]
        else:
            headline = _kicker_parted(best[1], blocks, best[2])
            if headline:
                return headline, best[2]
    return best[1], best[2]


def _kicker_parted(text: str, blocks: List[Block], index: int) -> Optional[str]:
    """A dump's headline line without the kicker a dump runs into it, where another line
    of the page (a photo's alt text, a teaser's copy) parts the kicker off with a colon and
    the headline holds a colon of its own ("European Payments Initiative Statt Paypal & Co.:
    So könnte ..." / "European Payments Initiative: Statt Paypal & Co.: So könnte ..."): a
    headline has one colon, its own; the first of two is a kicker's. None where no line
    parts it so (a headline with one colon, "Analyse: Warum ...", is printed so everywhere)."""
    words = text.split()
    key = match_key(text)
    for b in blocks:
        t = b.text
        if b.index == index or ": " not in t or t == text or not match_key(t).startswith(key):
            continue
        head = t.partition(": ")[0].lstrip("#!*[ ")
        n = len(head.split())
        rest = " ".join(words[n:])
        # (a line that prints the colon after the kicker, "Basketball-Euroleague: Nach
        # Massenschlägerei in Madrid: Sanktionen und Reue", is the headline with both as the
        # page gives it: only a kicker run in with no colon is cut)
        if 1 <= n <= W.title_kicker_words and not words[n - 1].endswith(":") \
                and match_key(" ".join(words[:n])) == match_key(head) and ": " in rest \
                and len(rest.split()) > W.title_kicker_words and rest[:1].isupper():
            return rest
    return None


def _printed_below(blocks: List[Block], hi: int, hint_keys: List[str]) -> bool:
    """Whether a line of blocks[1:hi] prints the dump's <title> (its first line): whole, held
    in it or holding it (see _hinted)."""
    return any(_hinted(match_key(b.text), hint_keys) for b in blocks[1:hi])


# how far a sum of the same terms taken in another order may stray from the loop's score
_ROUNDING = 1e-9


def _ceiling(b: Block, text: str, n: int, hinted: bool, dump: bool, count: int) -> float:
    """The most a candidate line's terms in find_title up to its deck's may add: those read
    from the line alone at once (its hint, heading, length, stop, case, bullet and links) as
    they are, the others (its printings', a caption's, a kicker's, a deck's and a names line's
    terms) at their most; `count`: its printings, before those after breadcrumbs are added (one
    more at most). find_title's tests prove it never below a line's score."""
    most = W.title_hint if hinted else 0.0
    if b.heading:
        most += W.title_h1 if b.tag == "h1" else W.title_heading
    # (the printings' term is a label's or one repeat for each other printing, up to two; a
    # caption's term is added to it, or stands for it: a caption printed again has the
    # repeats taken off)
    top = count + 1 if dump and n >= 4 and count < 3 else count
    printed = max(W.title_section_label, min(count - 1, 2) * W.title_repeat, min(top - 1, 2) * W.title_repeat)
    most += max(printed + max(0.0, W.title_caption), W.title_caption, W.title_section_label + W.title_caption)
    most += max(0.0, W.title_caption)  # (a names line's)
    if 4 <= n <= 22:
        most += W.title_good_length
    elif n < 4:
        most += W.title_too_short
    if text.endswith((".", "。")) and not text.endswith(".."):
        most += W.title_full_stop_long if n > 12 else W.title_full_stop
    if text[0].islower():
        most += W.title_lower_case
    if b.bullet:
        most += W.title_dump_bullet if dump else W.title_bullet
    if b.link_density > 0.5:
        most += W.title_links
    return most + max(0.0, W.title_kicker) + max(0.0, W.title_deck)


def _most_from(score: float, distance: int, after_crumb: bool, crumb_end: bool,
               text_words: bool) -> float:
    """The most a candidate scoring `score` before its date's and byline's bonuses may score in
    find_title: those bonuses at their most (the line right under it), its breadcrumb's and
    distance's terms, and the text's words all its own."""
    return score + max(0.0, W.title_date_next - 2) + max(0.0, W.title_byline_next - 1) \
        + (W.title_after_breadcrumb if after_crumb else 0.0) + (W.title_crumb_end if crumb_end else 0.0) \
        + distance * W.title_distance + (max(0.0, W.title_body_words) if text_words else 0.0)


def _joins_names(text: str, profile: Profile) -> bool:
    """A line with a word that joins names in it ("et", "y", "and", "&"), or one that ends in
    parentheses ("Marie Dupont (avec AFP)", an agency's tag after the name): a byline with no
    label may be one (see dated_names)."""
    return "&" in text or text[-1] == ")" or not profile.name_conjunctions.isdisjoint(text.split()) \
        or _name_and_role(text)


def _name_and_role(text: str) -> bool:
    """"Anna Schmidt, Korrespondentin in Brüssel", "Jane Doe, Washington correspondent": a
    name, a comma, and a writer's role among the first words after it (any language's role
    words): a byline with no label (see dated_names, which must read a name there too)."""
    head, comma, tail = text.partition(",")
    words = tail.split()[:_ROLE_REACH]
    return bool(comma) and 2 <= len(head.split()) <= 4 and any(
        w.strip(".,;").casefold() in merged().role_words for w in words)


_ROLE_REACH = 3  # the role word stands among the first words after the comma: "Washington correspondent"


def _credited_caption(text: str, profile: Profile) -> bool:
    """A caption with its photo's credit after its last sentence ("Emma Jayne after she had
    bariatric surgery and lost 130lb. Emma Jayne", "... with Edward Kieswetter. File image"):
    the part after the last stop is a person's name alone or a picture's source, where a
    headline's second sentence says something ("Oman wants to help")."""
    head, _stop, tail = text.rpartition(". ")
    tail = tail.strip().rstrip(".")
    bracketed = len(tail) > 2 and tail[0] + tail[-1] in ("()", "[]")
    if bracketed:
        # the credit in brackets, "... on Thursday. (Photo: John Roe/AP)": a labelled credit or
        # a picture's source only (a name alone in brackets may be a headline's, "(Jane Roe)")
        tail = tail[1:-1].strip()
    words = head.split()
    if len(words) < W.title_kicker_words:
        return False
    last = words[-1]
    if "." in last or len(last) <= 2 or last.isupper() or last.casefold() in merged().titles:
        return False  # a dot of an abbreviation, not a stop: "L.A. Auto Show", "Rep. Ilhan Omar"
    return not bracketed and plain_name(tail, profile) or tail.casefold() in merged().photo_sources \
        or _labelled_credit(tail, profile)


def _labelled_credit(tail: str, profile: Profile) -> bool:
    """A picture's credit after a caption's sentence: a photo label and its colon
    ("Bildrechte: MDR/David Straub", "Foto: Jan Roe"), or a source and a name parted by a
    slash ("Reprodução/TV Globo", "Archivbild/dpa"); a few words, where a headline's second
    sentence says something ("Oman wants to help")."""
    if len(tail.split()) > W.title_credit_words:
        return False
    k = merged()
    head, colon, rest = tail.partition(":")
    if colon and head.strip().casefold() in k.photo_labels:
        # (a credit past the label: a name, an agency, or a source and a name by a slash
        # ("MDR/David Straub", "Teresa Suarez/AP"), not a headline's words: "Fotos: So war
        # das Wochenende", "Bild: Die Karte der Umleitungen")
        rest = rest.strip().rstrip(".")
        parts = [p.strip() for p in rest.split("/")]
        if len(parts) == 2:  # (a source's name of one word beside a name: "Oliver Lane/RegionalHUB")
            return any(map(_credit_part, parts, (profile, profile))) \
                and all(_credit_part(p, profile) or p.isalpha() and p[:1].isupper() for p in parts)
        return len(parts) == 1 and _credit_part(rest, profile)
    label, _sp, rest = tail.partition(" ")
    if label.casefold() in k.photo_labels and rest:
        # (the label with no colon, before an agency's credit, "Photo AFP / Valentine Chapuis",
        # "Foto Ansa": an agency named, and each part a credit's; "Photo finish decides the
        # title", "Foto Ansa zeigt den Weg" say something)
        parts = [p.strip() for p in rest.split("/")]
        if len(parts) <= 2 and all(parts) and any(p.casefold() in k.agencies or p.casefold() in k.photo_agencies
                                                  for p in parts) \
                and all(_credit_part(p, profile) for p in parts):
            return True
    parts = [p.strip().casefold() for p in tail.split("/")]
    # (each part a short name, its words in capitals: "Flickr/SmugMug deal explained" is a
    # headline's second sentence)
    return len(parts) == 2 and all(parts) and any(p in k.photo_sources or p in k.photo_agencies for p in parts) \
        and all(p.casefold() in k.photo_sources or p.casefold() in k.photo_agencies or p.casefold() in k.agencies
                or len(p.split()) <= 3 and all(w[:1].isupper() for w in p.split())
                for p in (q.strip() for q in tail.split("/")))


def _credit_part(part: str, profile: Profile) -> bool:
    """A picture's credit's part: a person's name, an agency or a picture's source ("AP",
    "dpa", "MDR"), each word of it opening with a capital."""
    k = merged()
    low = part.casefold()
    if low in k.agencies or low in k.photo_sources or low in k.photo_agencies:
        return True
    words = part.split()
    if len(words) == 1:
        return len(part) >= 2 and part.isupper() and part.isalpha()  # "MDR", "ZDF"
    return len(words) <= 3 and plain_name(part, profile)


def _button_row(text: str) -> bool:
    """A dump's row of buttons: one word printed in every button's label ("Facebookで共有する
    (BUTTON) この記事を共有する", "Share on X Share on Facebook ..."): a word of two letters or
    more said W.title_button_repeats times or more and in a third of the line's words, or a lynx
    dump's "(BUTTON)" mark."""
    if "(BUTTON)" in text:
        return True
    spaced = [w.strip(".,;:!?") for w in text.casefold().split()]
    if len(set(spaced)) > len(spaced) - W.title_button_repeats + 1:
        return False  # (most lines: no word said that often)
    words = _BUTTON_WORD.findall(text.casefold())
    if len(words) < W.title_button_repeats:
        return False
    said = max(map(words.count, set(words)))  # (a line's few words: no Counter needed)
    # (a third of the words at least: a headline says its function words three times too,
    # "de ... de ... de", among many others)
    return said >= W.title_button_repeats and 3 * said >= len(words)


_BUTTON_WORD = rx(r"[^\W\d_]{2,}")


def _heading_under_title(blocks: List[Block], lo: int, hi: int, title: str,
                         profile: Profile) -> Optional[Tuple[str, int]]:
    """The headline under a kicker right under a printing of the chosen line, the <title>'s
    headline (see find_title), and its block (the first such); None if no printing has one under it. Not a
    byline over a deck ("di Luca Monaco"), nor the <title>'s own two parts, which it prints
    with a colon between ("Bubi-Bomber wieder da" / "Thioune fordert Geduld mit Niemiec")."""
    key = match_key(title)
    for i in range(lo, hi - 2):
        # (a printing of the line, or of its headline without the site's name)
        if blocks[i].text != title and not (len(blocks[i].text) > 20 and _hinted(match_key(blocks[i].text), [key])):
            continue
        kicker, head = blocks[i + 1], blocks[i + 2]
        if not kicker.label and not kicker.bullet and 1 <= len(kicker.text.split()) <= W.title_kicker_words \
                and not kicker.text[:1].islower() and not find_dates(kicker.text, profile) \
                and not _looks_byline(kicker.text, profile) \
                and _headline_like(head) and not head.bullet and not _looks_byline(head.text, profile) \
                and not find_dates(head.text, profile) and match_key(head.text) != key \
                and match_key(kicker.text + " " + head.text) != key:
            return head.text, head.index
    return None


def _minor_title_parts(hints: Tuple[str, ...]) -> FrozenSet[str]:
    """The site's name after a dump's <title> line's headline ("Headline | Dagblad van het
    Oosten", see _site_tail), as match_key reads it: a line that prints it alone is the
    masthead's, not the headline, however many of the <title>'s words it holds. (A part of the
    headline itself, before a dash inside it, "Wann sie sind - und wie ...", is none; nor is
    anything of a <title> with no site's name after it.)"""
    out: Set[str] = set()
    for h in hints[:1]:
        tail = _site_tail(h or "")
        if tail and len(h[:tail.start()].split()) > len(tail.group("site").split()):
            # (a headline is longer than a site's name; "Kicker | Headline" with no site
            # name after it has the headline as its shorter, last part)
            out.add(match_key(tail.group("site")))
    return frozenset(out)


def _hinted(key: str, hint_keys: List[str]) -> bool:
    """A line (as match_key reads it) that is a metadata title, or holds one or is held in one
    (a <title> with the site's name after the headline)."""
    if not hint_keys:  # (a dump's candidates, most often: no generator made for nothing)
        return False
    return any(key == h or (len(key) > 20 and (key in h or h in key)) for h in hint_keys)


def _opens_with_head(blocks: List[Block], start: int, profile: Profile) -> bool:
    """Whether a dump's run opens with its headline: a line that could be one (no stop at its
    end), with a byline or a short dated line within the three blocks under it."""
    if start >= len(blocks) or not _headline_like(blocks[start]) \
            or len(blocks[start].text.split()) > W.title_run_head_words:
        return False  # (a standfirst with no stop is longer)
    return _signed_below(blocks, start, profile)


def _share(own: FrozenSet[str], text_words: "_TextWords") -> float:
    """The share of a line's longer words that the text uses, counted over
    W.title_body_min_words at least ("Find a new job" is one word of four letters, which any
    text uses)."""
    return sum(w in text_words for w in own) / max(len(own), W.title_body_min_words)


def _words_of(text: str) -> FrozenSet[str]:
    """The words of four letters or more in a text, lower-cased."""
    return frozenset(_LONG_WORD.findall(text.casefold()))


# a candidate line's words, cached: a site's menu lines and labels are candidates on each of
# its pages (a line is 250 characters at most; the text's own words are not cached)
_long_words = lru_cache(maxsize=8192)(_words_of)


class _TextWords:
    """The words of four letters or more of a text (as _words_of reads them), asked one by
    one: the few words of the lines that could be the headline are looked up in the text,
    which is not cut into all of its words (a pattern's pass over 3,000 characters)."""

    def __init__(self, text: str) -> None:
        self.text = text.casefold()
        self.any = bool(_LONG_WORD.search(self.text))

    def __bool__(self) -> bool:
        """The text holds a word of four letters or more."""
        return self.any

    def __contains__(self, word: str) -> bool:
        """`word`, a run of word characters, stands in the text as a whole run (no word
        character on either side)."""
        text, n = self.text, len(word)
        at = text.find(word)
        while at >= 0:
            if (not at or not _word_char(text[at - 1])) and \
                    (at + n == len(text) or not _word_char(text[at + n])):
                return True
            at = text.find(word, at + 1)
        return False


def _word_char(ch: str) -> bool:
    """A character a pattern's \\w matches: a letter or digit of any script, or "_"."""
    return ch.isalnum() or ch == "_"


def _wide_candidates(blocks: List[Block], lo: int, hi: int, counts: "Counter[str]",
                     hints: Tuple[str, ...], profile: Profile) -> FrozenSet[int]:
    """The blocks between lo and hi of a dump that read as a headline in Chinese or Japanese
    (_wide_headline, a date's line under it: _dated_below). A kicker, a series' label or a
    promotion over the headline reads as one as well ("連載「まちの未来を考える」第三回" over
    "新駅の着工決まる"): where the dump prints the page's <title> (the hints), only a line the
    <title> holds, and the <title>'s headline part at any length."""
    found = []
    if not hints and lo == 0 and hi > 1 and _TITLE_TAIL.search(blocks[0].text):
        # (a <title> too short for the dump's reading of it, "新駅の着工決まる - 山田新聞", is one
        # still when a line under it prints its headline part alone)
        head = _title_head(blocks[0].text)
        if head and any(match_key(b.text) == head for b in blocks[1:hi]):
            hints = (blocks[0].text,)
    heads = [_title_head(h) for h in hints if h and not h.isascii() and cjk_rx().search(h)]
    for j in range(lo, hi):
        b = blocks[j]
        text = b.text.strip()
        if b.bullet or text.isascii() or b.label in ("boilerplate", "related", "list"):
            continue
        # (the line's key is read for the <title>'s headline parts, or once the line reads as a
        # headline: most pages have no part in Chinese or Japanese, and most lines are none)
        key = match_key(text) if heads else ""
        if key and any(key == head for head in heads):
            found.append((j, True))
        elif _wide_headline(text, counts[text.casefold().rstrip(" .:")]) and not _wide_row(text) \
                and _dated_below(blocks, j, profile) and not _credit_line(text):
            key = key or match_key(text)
            found.append((j, bool(key) and any(key in match_key(h) for h in hints if h)))
    titled = frozenset(j for j, titled in found if titled)
    if heads and titled:
        return titled
    # (with no <title>, or one that holds none of them, a page whose <title> words its story
    # otherwise than its headline: each; two of them are as often a headline and a breadcrumb
    # trail over it, "海城新闻网 > 本地新闻", as a kicker and its headline)
    return frozenset(j for j, _ in found)


def _credit_line(text: str) -> bool:
    """A byline's line in a script without case ("海城晚报记者 李文华 通讯员 陈小明", glued or
    spaced): a reporter's role, and besides it nothing but names of two to four ideographs and
    an outlet's name (ending in 报, 社, 网, 台); no headline, though as long, with the date under
    it. (A headline holding a role word as a word of its story, "海浜市長が記者会見 …", "记者节",
    is none: its other pieces are no names.)"""
    roles = _wide_roles()
    if not any(r in text for r in roles):
        return False
    pieces = _CREDIT_SPLIT.split(_roles_rx().sub(" ", text))
    return all(_NAME_HAN.fullmatch(p) or len(p) <= 8 and _HAN.fullmatch(p[:1] or "a") and p.endswith(_OUTLET_ENDS)
               for p in pieces if p)


@lru_cache(maxsize=None)
def _roles_rx() -> "re.Pattern[str]":
    return rx("|".join(map(re.escape, _wide_roles())))


_CREDIT_SPLIT = rx(r"[\s、，,/：:；;・]+")
_NAME_HAN = rx("[㐀-䶿一-鿿]{2,4}")
_OUTLET_ENDS = ("报", "報", "社", "网", "網", "台")


@lru_cache(maxsize=None)
def _wide_roles() -> Tuple[str, ...]:
    """Every profile's role words written in Chinese or Japanese characters ("记者", "通讯员",
    "記者", "特派員"), the longest first: those of the scripts without case less Korean's."""
    return tuple(r for r in uncased_roles() if cjk_rx().match(r))


def _title_head(title: str) -> str:
    """The headline part of a page's <title> (as match_key reads it): before the site's name
    after it (" - 山田新聞", "｜日本経済新聞", "：朝日新聞デジタル")."""
    cuts = list(_TITLE_TAIL.finditer(title))
    return match_key(title[:cuts[-1].start()] if cuts else title)


# (not a colon alone: a Chinese headline holds one, "国家统计局：工业增加值同比增长")
_TITLE_TAIL = rx(r"\s+[-|–—_]\s+|[｜_]|\s*\[[^\]]*\]\s*[:：]")


def _wide_headline(text: str, printed: int) -> bool:
    """A dump's line in Chinese or Japanese that may be a headline: W.title_wide_chars of
    their characters at least (a button, a menu's link, a section's label are a few), or
    W.title_han_chars of them, two thirds ideographs (a short headline in Chinese; a button's
    words in Japanese are kana, "リンクをコピーする", "この記事をシェアする"); no sentence's end
    in it or at its end; printed twice at most (a menu's line is printed in the footer
    again, and again)."""
    if printed > 2 or text.isascii() or any(c in text for c in _WIDE_STOPS):
        return False
    wide = len(cjk_rx().findall(text))
    return wide >= W.title_wide_chars or wide >= W.title_han_chars and 3 * len(_HAN.findall(text)) >= 2 * wide


def _wide_row(text: str) -> bool:
    """A line of three pieces or more, each of _ROW_PIECE_CHARS characters at most and
    Chinese or Japanese ones among them: a menu's links on one line, no headline, whose
    pieces are a clause each. (Not Korean: its headline is spaced words of a few syllables,
    "바다시, 해안 산책로 5㎞ 새로 연결".)"""
    # (nor a Korean line with a hanja abbreviation in it, "美 연준 금리 또 동결", "北 또 미사일
    # 도발": a headline of short Korean words)
    # (nor a line with a figure in it, "大谷 3戦連発 初回 先制弾", "海城队 客场 2比1 逆转 夺冠": a
    # headline in short phrases; a menu's links hold no number)
    pieces = text.split()
    return len(pieces) >= 3 and all(len(p) <= _ROW_PIECE_CHARS for p in pieces) and bool(cjk_rx().search(text)) \
        and not _HANGUL_ROW.search(text) and not _figure_headline(pieces)


def _figure_headline(pieces: List[str]) -> bool:
    """Short phrases with a figure run into their words ("3戦連発", "2比1"), a headline's, not
    a menu's ("24小时", "5G", "1 2 3" pages; a menu opens with its home link, "首页")."""
    runs = [(p, m) for p in pieces for m in _DIGITS.finditer(p)]
    return bool(runs) and pieces[0] not in _HOME_LINKS and all(
        cjk_rx().fullmatch(p[m.start() - 1:m.start()] or "a") or cjk_rx().fullmatch(p[m.end():m.end() + 1] or "a")
        for p, m in runs) and not any(p.isdigit() for p in pieces)


_DIGITS = rx(r"\d+")
# (a menu's first link, home or a page's turn: "首页 本地 国内 24小时 视频")
_HOME_LINKS = frozenset({"首页", "首頁", "主页", "トップ", "ホーム", "上一页", "上一頁"})


_ROW_PIECE_CHARS = 4
_HANGUL_ROW = rx("[\uac00-\ud7a3]")


def _dated_below(blocks: List[Block], j: int, profile: Profile) -> bool:
    """Whether a short line with a date stands within W.title_date_blocks blocks under block j
    (a headline's byline and date, a menu of the story's topics between them at most): what
    tells a dump's headline from a photo's caption, a service's link or a teaser over the text,
    which are as long."""
    return any(len(b.text) <= _DATE_LINE_CHARS and find_dates(b.text, profile)
               for b in blocks[j + 1:j + 1 + W.title_date_blocks])


_DATE_LINE_CHARS = 80
_HAN = rx("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WIDE_STOPS = "。！？"


def _deck_under(above: Block, n: int, profile: Profile, sentence: bool = False,
                text_words: Optional["_TextWords"] = None) -> bool:
    """Whether a dump's line of n words stands under `above` as a deck under its headline:
    the line above reads as a headline of W.title_deck_words or more (not a list's item, a
    breadcrumb trail or a date line) and is shorter than the deck. A deck that is a sentence
    (`sentence`: it ends with a full stop, which headlines seldom do) stands under a shorter
    headline too, of W.title_sentence_deck_head_words or more, that speaks of what the text
    does (one of its longer words in `text_words`): "Koalition einigt sich auf Klimagesetz" /
    "Die Opposition hält es für zu schwach." (not a menu's or a label's line over a headline
    that ends with a stop: "Politik Wirtschaft Sport Kultur", "Breaking News Live Updates";
    nor a kicker over its headline, which is no sentence)."""
    text = above.text
    words = len(text.split())
    if sentence:
        headline = not above.label and not above.caption and W.title_sentence_deck_head_words <= words <= 30 \
            and not text.endswith(".") and text_words is not None \
            and any(w in text_words for w in _long_words(text))
    else:
        headline = W.title_deck_words <= words and _headline_like(above)
    # (a deck that is a sentence may be the shorter line: "Wind farm approvals to be
    # fast-tracked" / "Councils complain of being sidelined.")
    return headline and (words < n or sentence) and not above.bullet \
        and not text[0].isdigit() and " / " not in text and not _breadcrumb(text) \
        and not find_dates(text, profile)


def _deck_past(blocks: List[Block], j: int, lo: int, n: int, profile: Profile,
               text_words: Optional["_TextWords"] = None) -> bool:
    """Whether a dump's line j of n words stands as a deck under the headline a few lines up,
    past lines the page sets between them (_PAST_LINES at most): a picture's caption with its
    credit ("... in Berlin. Foto: dpa/X"), an image's placeholder ("[x]"), or a first deck of
    sentences ending with a full stop, twice a deck's least words (a headline ends with none)."""
    k = j - 1
    while k > lo and j - k <= _PAST_LINES and _set_between(blocks[k], profile):
        k -= 1
    return k < j - 1 and _deck_under(blocks[k], n, profile, _sentence(blocks[j].text), text_words)


def _sentence(text: str) -> bool:
    """A line that ends as a sentence does, with one full stop (not an ellipsis's dots)."""
    return text.endswith(".") and not text.endswith("..")


_PAST_LINES = 2


def _set_between(b: Block, profile: Profile) -> bool:
    """A line a page sets between its headline and its deck: a picture's caption or its
    placeholder, or a first deck (see _deck_past)."""
    text = b.text
    if not text:
        return False
    if b.caption or text[:1] == "[" and _ONLY_ALTS.match(text):
        return True
    if not _sentence(text) or len(text.split()) < W.title_deck_words * 2:
        return _credit_below_text(text, profile)
    return True


def _credit_below_text(text: str, profile: Profile) -> bool:
    """A caption's line that ends with its photo's credit ("... Foto: dpa/X")."""
    return ". " in text and _credited_caption(text, profile)


def _headline_like(b: Block) -> bool:
    """A line that could be a headline: five to 30 words, not a sentence, not furniture."""
    n = len(b.text.split(None, 30))  # (31 for any longer text: no paragraph is cut into all its words)
    return not b.label and not b.caption and W.title_kicker_words < n <= 30 and not b.text.endswith(".")


class _Lines:
    """A page's lines, casefolded and joined into one text with a break after each, for
    finding the lines that end with a given text in one search of the whole instead of a
    test of each line."""

    BREAK = "\n"

    def __init__(self, texts: List[str], folded: Optional[List[str]] = None) -> None:
        """`folded`: the texts casefolded, when the caller has them."""
        self.lengths = [len(t) for t in texts]  # (of the text as printed, not casefolded)
        self.folded = [t.casefold() for t in texts] if folded is None else folded
        self.starts = list(accumulate((len(t) + 1 for t in self.folded), initial=0))
        self.joined = self.BREAK.join(self.folded) + self.BREAK
        self.plain = self.joined.count(self.BREAK) == len(self.folded)  # no line holds one

    def ending_with(self, key: str) -> Iterator[int]:
        """The indexes of the lines whose casefolded text ends with key."""
        if not self.plain or self.BREAK in key:
            # (a break inside a line or the key would blur where lines end)
            yield from (i for i, t in enumerate(self.folded) if t.endswith(key))
            return
        # key + break found in the whole text ends a line: key has no break, so it lies
        # inside one line, and the break after it is that line's end
        end = key + self.BREAK
        at = self.joined.find(end)
        while at >= 0:
            yield bisect_right(self.starts, at) - 1
            at = self.joined.find(end, at + 1)


def _footer_names(blocks: List[Block]) -> Set[str]:
    """The lines (casefolded, without end stops) right under a copyright mark alone ("Copyright
    © 2024" / "Harian Jogja Online Indonesia", a dump's two nodes of the footer's line): the
    site's name, no second printing of a headline."""
    # (only the dump's last mark, the footer's, even when its line goes on with the name, and
    # one with a year or the word: a lone "©" or "© 2024" before it is a photo's credit, over
    # a teaser's headline in a most-read list)
    for i in range(len(blocks) - 1, -1, -1):
        mark = blocks[i].text
        if mark[:1] in _MARK_OPENS and _MARK_START.match(mark):
            if i + 1 < len(blocks) and _COPYRIGHT_MARK.match(mark) and \
                    (any(c.isdigit() for c in mark) or "copyright" in mark.casefold()):
                return {blocks[i + 1].text.casefold().rstrip(" .:")}
            return set()
    return set()


def _printed_after_crumbs(text: str, lines: _Lines) -> int:
    """1 when a short line elsewhere ends with the text after other words: a breadcrumb trail
    that ends with the headline ("Startseite Debatte <headline>", "Home <headline>"), which
    a dump prints as one line. Not the footer's copyright line that ends with the site's name
    ("© 2024 Il Giornale di Roma" under the logo's "Il Giornale di Roma"): no crumbs before it."""
    key = text.casefold()
    return int(any(len(key) < lines.lengths[i] < len(key) + 80
                   and not _COPYRIGHT_MARK.match(lines.folded[i][:len(lines.folded[i]) - len(key)])
                   for i in lines.ending_with(key)))


_MARK_OPENS = frozenset("©(Cc")  # a copyright mark's first character: "©", "(c)", "Copyright"
_COPYRIGHT_MARK = rx(r"^\W*(?:©|\(c\)|copyright\b)[\W\d]*$", re.I)  # "© 2024 ", "Copyright © 2010-2024 "
_MARK_START = rx(r"^\W*(?:©|\(c\)|copyright\b)", re.I)  # a line a copyright mark opens


def _agency_tail(text: str) -> bool:
    """A caption that ends with its picture's agency printed in capitals, with no stop or
    label between ("Toeristen in de binnenstad van Amsterdam ANP", "Police at the scene on
    Sunday. EPA-EFE"): a few words of the caption before it, the last of them no short word
    in small letters (a headline's agency is its verb's object: "White House bars AP", "Kritiek
    op ANP")."""
    words = text.split()
    if len(words) < W.title_kicker_words + 1 or not words[-1].isupper():
        return False
    k = merged()
    parts = [p for p in re.split(r"[/-]", words[-1].strip(".")) if p]
    if not parts or not all(p.casefold() in k.agencies or p.casefold() in k.photo_agencies for p in parts):
        return False
    before = words[-2].rstrip(".,")
    return bool(before) and (before[:1].isupper() or len(before) > 4)


def _bare_credit(text: str) -> bool:
    """A photo's credit alone: a photo label, then a name ("Foto: Getty Images")."""
    head, colon, rest = text.partition(":")
    return bool(colon) and head.strip().casefold() in merged().photo_labels and len(rest.split()) <= 6


def _credit_below(blocks: List[Block], j: int, profile: Profile) -> bool:
    """A photo's caption or credit under block j: j is the photo's caption. Past a second
    printing of j's line (a dump prints an image's alt text, then its caption) only a bare
    credit counts ("Foto: Getty Images"): a headline may be printed again as a photo's alt
    text over a caption of its own."""
    below = blocks[j + 1]
    if below.text == blocks[j].text and j + 2 < len(blocks):
        below = blocks[j + 2]
    # (a name and an agency's under a sentence: a caption's credit; a headline, which ends with
    # no stop, may stand right over its lead photo's credit)
    return below.text.startswith("©") or (below.caption and _bare_credit(below.text)) \
        or blocks[j].text.endswith(".") and _agency_credit(below.text, profile)


def _agency_credit(text: str, profile: Profile) -> bool:
    """A photo's credit alone, a name and a picture agency's parted by a slash ("Future
    Publishing/Getty Images", "Getty Images/Mario Carlini", "Jane Roe / AP Photo"): no
    headline's line, nor a text's agencies ("dpa/AFP", a news agency's is no picture's)."""
    if "/" not in text or len(text) > W.title_credit_chars:
        return False
    parts = [p.strip() for p in text.split("/")]
    agencies = merged().photo_agencies
    # (the other part a name, a photographer's or a firm's: "Getty Images/Shutterstock merger
    # cleared" and "Imago/Getty: Bildagenturen fusionieren" are headlines)
    return len(parts) == 2 and all(parts) and any(p.casefold() in agencies for p in parts) \
        and all(p.casefold() in agencies or plain_name(p, profile) for p in parts)


@dataclass(frozen=True)
class TitleChoice:
    """The headline chosen for a page, the block it was read from, and its source."""

    text: Optional[str]
    index: int  # the headline's block, -1 if no block was chosen
    source: Optional[str]
    printed: Optional[str] = None  # the block's own wording, where the metadata's replaced it


def choose_title(blocks: List[Block], body_start: int, profile: Profile, meta_title: Optional[str],
                 meta_titles: Tuple[str, ...], meta_source: Optional[str],
                 site: Optional[str] = None, dump: bool = False,
                 social: Optional[str] = None, headline: Optional[str] = None,
                 domain: Optional[str] = None, body_end: Optional[int] = None) -> TitleChoice:
    """The headline among the blocks before the body, steered by the metadata's titles; the
    metadata's own title when no block is found or the block shares little with it. A kicker
    glued before the headline ("Neue Leipziger Schule Judy Lybke, ...") and the site's name
    after it ("... - Die Neue Suedtiroler Tageszeitung") are not the headline's. `social` is the
    page's og:title: where it words the headline otherwise, it is the headline's given form, and
    so where the JSON-LD `headline` words it the same way as og:title does."""
    # (a paged article's counter is no part of any title: "... - Halaman all - Site"; but
    # where the page prints it in its own headline, "<h1>Mein Tagebuch aus Kiew – Seite 12</h1>",
    # it is the headline's)
    kept = any(_counter_printed(t, blocks, body_start, dump) for t in meta_titles[:1] + ((meta_title,) if meta_title else ()))
    if not kept:
        meta_titles = tuple(without_page_counter(t) for t in meta_titles)
        meta_title = without_page_counter(meta_title) if meta_title else meta_title
    found = find_title(blocks, body_start, profile, meta_titles, dump)
    printed: Optional[str] = None
    text, index, source = (found[0], found[1], f"block {found[1]}") if found else (None, -1, None)
    # the block is weak when it shares little with the metadata's own title; an <h1> is kept
    # when any of the page's metadata titles agrees with it (og:title where JSON-LD gives a
    # search engine's headline), and any block when a metadata title is it and a name after it
    # (a metadata title whose tail is the block, "Nebelsuppe. | Das Leben, der Meister und ich",
    # names the site in its tail: the <h1> is the site's masthead then)
    others = meta_titles if found and blocks[found[1]].tag == "h1" else ()
    if meta_title and (not found or (weak_title(found[0], meta_title)
                                     and all(weak_title(found[0], h) or _tail_is(h, found[0])
                                             for h in others)
                                     and not any(_with_suffix(h, found[0])
                                                 for h in (meta_title, *meta_titles)))):
        text, source = meta_title, meta_source or "metadata"
    elif dump and not found and meta_titles:
        text, source = meta_titles[0], "the dump's first line"  # (no line reads as a headline)
    elif dump and found and meta_titles and weak_title(found[0], meta_titles[0]) and \
            not _kicked_under_title(blocks, found[1], meta_titles[0], profile, body_start) and \
            not _name_over_signed(meta_titles[0], blocks, found[1], profile, body_start) and \
            meta_titles[0].casefold().rstrip(" .:") not in _footer_names(blocks) and \
            _text_share(found[0], blocks, body_start) < _text_share(meta_titles[0], blocks, body_start) \
            >= W.title_dump_title_share:
        # a dump's <title> line over a line that shares little of it, when the text speaks
        # more of the <title> than of the line (a button's, a section's, a caption's): the
        # headline is the <title>'s (the site's name cut below)
        text, source = meta_titles[0], "the dump's first line"
    elif not dump and not meta_title and found and meta_titles and not blocks[found[1]].heading and \
            blocks[found[1]].link_density >= W.title_link_row and blocks[found[1]].hint < 0 and \
            weak_title(found[0], meta_titles[0]) and \
            _text_share(found[0], blocks, body_start) < _text_share(_before_site(meta_titles[0]), blocks,
                                                                    body_start) >= W.title_dump_title_share:
        # a page whose only title is its <title> (no og:title, no JSON-LD headline, no <h1>) over
        # a line of links that shares little of it, a menu's ("Home News": in a <nav>, or an
        # element whose class or id names furniture), when the text speaks more of the <title>'s
        # headline than of the links: the <title> (the site's name cut below; not a headline
        # that links to itself, "<h2><a href=...>Storm hits the coast hard</a></h2>", under a
        # <title> that words it otherwise or is the site's name, which the footer speaks of)
        text, source = meta_titles[0], "<title>"
    elif text:
        for h in meta_titles:
            if len(h) >= 20 and len(text) > len(h) + 5 and text.endswith(h):
                text = h  # the block prints a kicker before the headline the metadata gives
                break
    if dump and found and text == found[0] and meta_titles and len(text.split()) >= W.title_kicker_words - 1:
        # a soup dump's <title> line that holds the chosen line whole and more, its kicker
        # ("Breakpoint: " / "Hilfe, die Fundis kommen!") or its second sentence: the page's
        # headline in full, which the page parts into a kicker and a heading
        # (not where what the <title> adds holds a separator: " - n-tv.de", " – DW – 13.06.2023",
        # a site's name or a section's that no name below cut off)
        head = _without_lone_site(meta_titles[0], blocks)
        at = f" {head} ".find(f" {text} ") if len(head) > len(text) else -1
        if at >= 0 and not _PART_SEPARATOR.search(head[:at] + " " + head[at + len(text):] + " ") \
                and not (at == 0 and _ends_in_counter(head[len(text):])):
            text, source = head, "the dump's first line"
    if text and social:
        reworded = social_wording(text, social, site)
        agreed = None if reworded else agreed_wording(text, social, headline, site)
        if reworded:
            text, source = reworded, "og:title"
        elif agreed:
            # (the block's own wording is the headline the body must not repeat; a block the
            # og:title cuts short may run on into a button, "... Back to video", so not there)
            printed, text, source = text, agreed, "og:title"
        elif found:
            shown = _social_printed_under(blocks, found[1], body_start, text, social, site)
            under = None if shown is not None else _kicker_over_head(blocks, found[1], social, site)
            if shown is not None:
                printed, text, source = shown.text, without_site(social, site), "og:title"
            elif under is not None:
                # (the heading under the kicker is the headline the body must not repeat)
                printed, text, index, source = under.text, without_site(social, site), under.index, "og:title"
    if text and meta_titles and text != meta_titles[0] and without_page_counter(text) == meta_titles[0]:
        text = meta_titles[0]  # (the <title>'s own line chosen as a block: without its counter too)
    if (dump or source == "<title>") and text and meta_titles and text == meta_titles[0]:
        text = _without_lone_site(text, blocks)
    if dump and text and found and text == found[0]:
        text = _without_glued_quote(_without_genre(text, blocks, found[1], profile))
    if not text and not dump and not meta_title and len(meta_titles) == 1:
        # a page with no headline block and no title for machines ("<title>Baumgutachten</title>",
        # a small firm's page): its <title>, which is at least what the page calls itself
        text, source = _without_lone_site(meta_titles[0], blocks), "<title>"
    text = without_page_counter(text, printed=source != "<title>") if text and not kept else text  # (a block that is the <title>'s line)
    if text and not dump and not (source or "").startswith("block"):
        # (a title the metadata gives, <title>, og:title, JSON-LD: a headline the page prints
        # as its own block, "<h1>Klimagipfel in Bonn – Zeit zu handeln</h1>", is the page's)
        top = index if 0 <= index < body_start else body_start
        text = without_domain_tail(without_site(text, site), domain, blocks, site, top, body_end)
    return TitleChoice(without_site(text, site) if text else text, index, source, printed)


def _name_over_signed(title: str, blocks: List[Block], index: int, profile: Profile, body_start: int) -> bool:
    """Whether a dump's <title> line is a few words only, a site's name ("IDN Times", "Berita
    Terkini"), and the line at `index` has a byline or a short dated line under it: the page's
    headline, which a <title> of a site's name cannot word otherwise (a <title> that is a
    headline has more words; the text's words it shares tell nothing when they are one or two,
    an outlet's name in a dateline, "Bekasi, IDN Times -"). A name's words open in capitals, and
    the headline under it shares the text's words (a short headline in sentence case over a live
    blog's label, "Mietpreisbremse wird verlängert" / "Liveblog: ...", stays the <title>'s)."""
    return units(title) < W.title_kicker_words and _signed_below(blocks, index, profile) \
        and all(w[:1].isupper() or not w[:1].isalpha() for w in title.split()) \
        and _text_share(blocks[index].text, blocks, body_start) >= W.title_dump_title_share


def _kicked_under_title(blocks: List[Block], index: int, title: str, profile: Profile,
                        body_start: int) -> bool:
    """Whether the line at `index` is the page's own heading under a kicker under a printing of
    the <title> below the dump's first line ("<title>" / "UN-Generalversammlung" / "Feldkamp
    zur UN: ..."): the page words its headline otherwise than its <title> (see
    _heading_under_title), and stands over its byline as a headline does (_bylined_below; a
    video's or a teaser's heading there has its own date or writer): the <title> is no better
    headline for the text's words then."""
    at = index - 2
    return at > 0 and len(blocks[at].text) > 20 and _hinted(match_key(blocks[at].text), [match_key(title)]) \
        and _bylined_below(blocks, index, body_start, profile)


def _bylined_below(blocks: List[Block], index: int, body_start: int, profile: Profile) -> bool:
    """Whether the first credit line within _CREDIT_REACH under line `index` is a byline (a video's
    or a teaser's date comes first), and the credit lines between it and the body form one block
    (no line of more than a kicker's words between them: a teaser's writer, then the page's)."""
    at = [c for c in range(index + 1, min(body_start, len(blocks))) if _credit_under(blocks[c].text, profile)]
    return bool(at) and at[0] <= index + _CREDIT_REACH and _looks_byline(blocks[at[0]].text, profile) \
        and all(len(blocks[c].text.split()) <= W.title_kicker_words
                for c in range(at[0] + 1, at[-1]) if c not in at)


def _without_genre(text: str, blocks: List[Block], index: int, profile: Profile) -> str:
    """A dump's headline without the genre's label glued before it (a terminal browser prints
    a kicker's node and the headline's on one line: the label, then the headline): a label of
    the page's own profile, then a word in a capital and more than a kicker's words; and only
    where the page parts the two elsewhere: it prints the rest without the label (a trail's
    last item, a list's line; a dump's <title> line that does is hinted, and chosen over this
    one), or the label alone just above the line, on a line of its own or as a trail's last
    item (not a menu's: a site's menu names its genres). A Title Case headline may open with
    a genre's word ("Opinion Polls Show ...", "Analysis Shows ..."), which nothing else on the
    page prints apart. A label with a colon is the headline's own kicker ("Analyse: ..."), and
    kept."""
    head, _, rest = text.partition(" ")
    label = head.casefold()
    if label not in profile.genre_labels or not rest[:1].isupper() \
            or len(rest.split()) <= W.title_kicker_words:
        return text
    key = match_key(rest)
    if any(b.index != index and key in map(match_key, _items(b)) for b in blocks) \
            or any(b.items == 1 and match_key(_items(b)[-1]) == label
                   for b in blocks[max(0, index - _LABEL_REACH):index]) \
            or _reworded_apart(rest, label, blocks, index):
        return rest
    return text


_REWORDED_OPENING = 3  # words a headline's other wording opens with as the headline does


def _reworded_apart(rest: str, label: str, blocks: List[Block], index: int) -> bool:
    """Whether another line of the page (a trail's last item, the <title>'s line) words the
    headline otherwise with no genre's label before it: after a topic and its colon, it opens
    with the headline's first words past the label ("Meinung Warum Kritik an Trumps Charakter
    ..." / "Donald Trump: Warum Kritik an seinem Charakter ..."), and the label is none of its
    words. (A headline that opens with the label's word as a word of its own, "Opinion Polls
    Show ...", is worded otherwise by no line as "Topic: Polls Show ...".)"""
    opening = match_key(rest).split()[:_REWORDED_OPENING]
    if len(opening) < _REWORDED_OPENING or all(w[:1].isupper() for w in rest.split() if len(w) >= 4):
        # (a headline in Title Case, "Opinion Polls Show Labour Ahead in the Marginals", is
        # no label and a headline: a teaser's "Election 2025: Polls show Labour ahead ..."
        # words it so too)
        return False
    for b in blocks:
        if b.index >= index:
            break  # (the lines above the headline only: a teaser below the text is no wording of it)
        if ": " not in b.text:
            continue
        for item in _items(b):
            topic, colon, after = item.partition(": ")
            words = match_key(after).split()
            if colon and topic.strip() and words[:_REWORDED_OPENING] == opening and len(words) > len(opening) \
                    and label not in match_key(item).split():
                return True
    return False


# a quotation at a line's head whose closing mark a letter follows with no space between:
# '"Es wird bald beginnen"Trump spricht ...'
# (the marks in pairs, double ones only: a single mark is an apostrophe too, "d’Ukraine",
# "O’Rourke", inside a quotation in ‘…’ or «…»)
_GLUED_QUOTE = rx(r"(?:\"[^\"“”„«»]{3,120}?\"|„[^\"“”„«»]{3,120}?[“”]|“[^\"“”„«»]{3,120}?”"
                  r"|«[^\"“”„«»]{3,120}?»)(?=[^\W\d_])")


def _without_glued_quote(text: str) -> str:
    """A dump's headline without the quotation a terminal browser glues before it ('"Es wird
    bald beginnen"Trump spricht ...'): the page sets a quote as the kicker in a node of its
    own, and the dump prints the two with no space between, which no writer does (a headline
    that opens with its quotation parts it with a space, a colon or a dash: '"Es wird bald
    beginnen": Trump ...', kept whole). The headline left holds more than a kicker's words
    and opens with a capital."""
    m = _GLUED_QUOTE.match(text)
    if not m:
        return text
    rest = text[m.end():]
    return rest if rest[:1].isupper() and len(rest.split()) > W.title_kicker_words else text


_LABEL_REACH = 2  # a genre's label alone stands this many blocks above the headline at most


def _items(b: Block) -> List[str]:
    """A block's items: a dump's menu folded into one block, a breadcrumb trail's, or the block
    itself."""
    if b.items > 1:
        return b.text.split(MENU_JOIN)
    last = _last_crumb(b.text) if _breadcrumb(b.text) else ""
    return [b.text, last] if last else [b.text]


def _social_printed_under(blocks: List[Block], index: int, body_start: int, found: str,
                          social: str, site: Optional[str]) -> Optional[Block]:
    """The block under the chosen one, at the article's head, that prints the og:title as its
    headline, alone or after a kicker ("European Payments Initiative" / "Statt Paypal & Co.:
    So könnte ..."), where the chosen block words it otherwise: the chosen block is a copy for
    search engines (a breadcrumb trail's last item), the block under it the heading that
    the article shows (a link under the headline, a series' or live blog's label, is none).
    None if no such block."""
    key = match_key(without_site(social, site))
    if len(key.split()) < W.title_social_words or key == match_key(found) or key in match_key(found):
        return None
    for b in blocks[index + 1:min(body_start + 2, index + W.title_social_reach + 1)]:
        k = match_key(b.text)
        if (k == key or k.endswith(" " + key) and len(k[:-len(key)].split()) <= W.title_kicker_words) \
                and not b.text.endswith(".") and not b.caption and b.heading:
            return b
    return None


def _kicker_over_head(blocks: List[Block], index: int, social: str, site: Optional[str]) -> Optional[Block]:
    """The heading right under the chosen block, where the og:title is the two joined by a
    kicker's mark ("Siemens und die Kohlemine Adani" / <h1>"Kaeser verarscht Neubauer" under
    og:title "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"): the chosen block is
    the kicker the page sets apart over its headline, and the og:title words the two as one.
    None where the og:title is no such join (a teaser's heading under the headline, a deck
    the og:title does not hold, a kicker of its own with no heading under it)."""
    if index + 1 >= len(blocks):
        return None
    top, below = blocks[index], blocks[index + 1]
    if not below.heading or below.caption or not _lesser_over(top, below):
        return None
    own = without_site(social, site)
    kicker, head = match_key(blocks[index].text), match_key(below.text)
    if not kicker or len(head.split()) < W.title_social_words:
        return None
    for m in _KICKER_JOINT.finditer(own):
        if match_key(own[:m.start()]) == kicker and match_key(own[m.end():]) == head:
            return below
    return None


def _lesser_over(top: Block, below: Block) -> bool:
    """Whether a block is set as a kicker over the heading under it: a lesser element over the
    page's <h1> (an <h4>, a <p>, a <span>), or a lesser heading (<h3> to <h6>) over an <h2>.
    Never by length alone: a short headline over its deck in a heading of the same rank, or in
    a <div> over an <h2>, is the headline ("Rail workers walk out" over "What commuters need to
    know..."), and the og:title joining the two is the headline with its deck."""
    rank_top, rank_below = _HEADING_RANK.get(top.tag, 7), _HEADING_RANK.get(below.tag, 7)
    if rank_below == 1:
        return rank_top > 2
    return rank_below == 2 and 3 <= rank_top <= 6


_HEADING_RANK = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_KICKER_JOINT = rx(r"\s*[:：]\s+|\s[-–—|]\s")  # "Kicker: Headline", "Kicker – Headline"


def _text_share(title: str, blocks: List[Block], body_start: int) -> float:
    """The share of a line's longer words that the text's first blocks use."""
    own = _long_words(title)
    text = _TextWords(" ".join(b.text for b in blocks[body_start:body_start + W.title_text_blocks])
                      [:W.title_text_chars])
    return sum(w in text for w in own) / len(own) if own else 0.0


_SITE_WORDS = 5  # a site's name after a <title> has at most this many words


def _without_lone_site(title: str, blocks: List[Block]) -> str:
    """A page's <title> (a dump's <title> line), chosen as the headline, without the site's
    name after it (" - taz.de", " - Lesotho Times"): with no site's name to compare it with,
    the name is what stands elsewhere in the page without the headline (a footer, a logo, a
    copyright line), where a headline's own tail (" - und wie das Wetter wird") does not. A
    section's name before the site's is cut where it stands elsewhere alone, a block or a
    menu's item of its own ("Headline | Section | Site"); a headline's second part, which the
    text's sentences may hold, is not."""
    for part in range(_NAME_PARTS):
        m = _site_tail(title)
        if not m:
            return title  # (a name opens in a capital, or is a domain: "– das erwarten wir" is neither)
        head, tail = title[:m.start()].rstrip(), m.group("site").strip()
        low_head, low_tail = head.casefold(), tail.casefold()
        if part:
            # (a section's name stands alone, a menu's item; a headline's second part is
            # printed, if at all, inside the text's sentences)
            key = match_key(tail)
            if not any(key in map(match_key, _items(b)) for b in blocks[1:]):
                return title
        elif not any(low_tail in b.text.casefold() and low_head not in b.text.casefold()
                     for b in blocks[1:]):
            return title
        title = head
    return title


_OPEN_QUOTES = frozenset('"“„«»‘‚\'')  # a pull quote's opening marks
_MENU_SIGNS = frozenset('|›»>·•/')  # a menu's or a crumb trail's separators
_NAME_PARTS = 2  # a <title>'s tail names a site, and a section before it, at most


def _before_site(title: str) -> str:
    """A page's <title> without what site_after reads as the site's name after it."""
    m = _site_tail(title)
    return title[:m.start()].rstrip() if m else title


def site_after(title: str) -> Optional[str]:
    """The site's name a page's <title> prints after its headline (" - Lesotho Times", " |
    taz.de"): a name of a few words opening with a capital, or a domain; None when the
    <title> has no such tail."""
    m = _site_tail(title)
    return m.group("site").strip() if m else None


def _site_tail(title: str) -> "Optional[re.Match[str]]":
    """The match of a site's name after a <title>'s headline (see site_after), or None."""
    m = _SITE_SUFFIX.search(title)
    if not m or m.start() < 10:
        return None
    tail = m.group("site").strip()
    if not tail or len(tail.split()) > _SITE_WORDS or tail[0].islower() and "." not in tail:
        return None
    return m


_SITE_SUFFIX = rx(r"\s*(?:\s[-–—|:·»]|[|ㅣ])\s*(?P<site>[^-–—|ㅣ]{2,80})$")


def without_site(title: str, site: Optional[str]) -> str:
    """A headline without the site's name printed after it (" - Site", " | Site")."""
    m = _SITE_SUFFIX.search(title)
    if not site:
        return title
    name = match_key(site)
    if m and m.start() >= 10:
        tail = match_key(m.group("site"))
        if tail and name and (tail == name or tail.endswith(name) or name.endswith(tail)):
            return title[:m.start()].rstrip()
    if name and "-" in site and match_key(title).endswith(" " + name):
        # a name with a dash of its own ("Battery-News.de"): the last separator before it
        for sep in reversed(list(_PART_SEPARATOR.finditer(title))):
            if sep.start() >= 10 and match_key(title[sep.end():]) == name:
                return title[:sep.start()].rstrip()
    return title


def without_domain_tail(title: str, host: Optional[str], blocks: List[Block], site: Optional[str] = None,
                        top: int = 0, end: Optional[int] = None) -> str:
    """A metadata title without the site's name after it where no og:site_name names it: the
    part after a separator (" | ", " - ", " • ", " / ") is the page's own domain ("MODEPILOT.de"
    on modepilot.de or under the site's name "Modepilot", "petri-heil.ch | Dein Schweizer
    Fischereimagazin" with its tagline), its words joined are the host's name ("La Stampa" on
    lastampa.it, "Biathlon Antholz" on biathlon-antholz.it), or open or end with it where the
    page's furniture prints the name without the headline ("St.Galler Tagblatt" on tagblatt.ch,
    its copyright line; `top` and `end`: the blocks above the headline and past the text). A
    headline's own last part stays: "... – Zeit zu handeln" on zeit.de (its words in the text
    are a quote), another site's domain ("– kinox.to"), another outlet's name, a phrase ("the
    company behind Next.js"), a part of more than a name's words."""
    labels = _host_labels(host)
    for m in _TAIL_SEPARATOR.finditer(title):
        if m.start() < _HEAD_CHARS:
            continue
        parts = [p.strip() for p in _TAIL_SEPARATOR.split(title[m.end():])]
        if len(parts) > _NAME_PARTS or any(not p or len(p.split()) > _SITE_WORDS for p in parts):
            continue
        head = title[:m.start()].rstrip()
        if _names_host(parts[0], labels, site, _Furniture(head, blocks, top, end)):
            return head
    return title


_TAIL_SEPARATOR = rx(r"\s[-–—|·•/»]\s|\s::\s|\s?[|ㅣ]\s?")
_HEAD_CHARS = 10  # a headline before a site's name has at least this many characters
_HOST_LABEL_CHARS = 4  # a host's label matched as part of a name has at least this many letters
_DOMAIN_WORD = rx(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,6}", re.I)
# a host's labels that name no site: the web's, a section's, an edition's or a language's
_NOT_NAMES = frozenset({"www", "www2", "m", "amp", "mobile", "web", "news", "sport", "sports", "edition",
                        "en", "de", "fr", "it", "es", "pt", "nl", "pl", "id", "blog", "blogs"})


_NOT_LETTER = rx(r"[\W_]")


def _letters(text: str) -> str:
    """A text's letters and digits alone ("st-galler" -> "stgaller"), to compare a name with a
    host's label."""
    return _NOT_LETTER.sub("", text)


def _host_labels(host: Optional[str]) -> Tuple[str, ...]:
    """The labels of a page's host that may name its site, letters and digits only ("lastampa",
    "biathlonantholz", "sportowefakty" of sportowefakty.wp.pl): not the top-level label, not a
    generic one ("www", "news", "en")."""
    if not host:
        return ()
    labels = host.lower().split(".")[:-1]
    return tuple(k for k in (_letters(x) for x in labels if x not in _NOT_NAMES) if k)


_LOGO_WORDS = 12  # a logo's or a masthead's line, its tagline with it, has at most this many words


@dataclass(frozen=True)
class _Furniture:
    """A title's headline and the page's blocks, to ask whether the furniture prints a name."""

    head: str
    blocks: List[Block]
    top: int
    end: Optional[int]

    def prints(self, name: str) -> bool:
        """Whether the page's furniture prints `name` (small letters) without the headline: a
        short line above the headline that opens with it (the logo's, the masthead's with its
        tagline; not a deck's or a standfirst's sentence naming it), a copyright line, or past the
        text a line that is the name or ends with it after a separator (the footer's, a link's
        "Familienberatung - Bundeskanzleramt Österreich"). Never the text's own blocks: a quote
        of the headline's last words there is no site's name."""
        head = self.head.casefold()
        for i, b in enumerate(self.blocks):
            low = b.text.casefold()
            if name not in low or head in low:
                continue
            if (i < self.top and low.startswith(name) and len(low.split()) <= _LOGO_WORDS) or \
                    _MARK_START.match(low) or copyright_line(b.text):
                return True
            if self.end is not None and i >= self.end and (
                    low.strip(" .") == name or (low.endswith(name) and _TAIL_SEPARATOR.search(
                        low[-len(name) - 3:-len(name)] + " "))):
                return True
        return False


def _names_host(part: str, labels: Tuple[str, ...], site: Optional[str], furniture: _Furniture) -> bool:
    """Whether a <title>'s part names the page's site (see without_domain_tail)."""
    words = part.split()
    low = part.casefold()
    if _DOMAIN_WORD.fullmatch(words[-1]):
        # (the page's own domain: its host's, its site's name's, or one its furniture prints;
        # another site's named in the text, "Razzia gegen Streamingportal – kinox.to", is not)
        name = _letters(words[-1].casefold().split(".")[0])
        own = site is not None and _letters(site.casefold()) == name
        return name in labels or own or furniture.prints(low)
    keys = [_letters(w.casefold()) for w in words]
    whole = "".join(keys)
    if not whole or not labels:
        return False
    if whole in labels:
        return True
    joins = {"".join(keys[:n]) for n in range(1, len(keys))} | {"".join(keys[n:]) for n in range(1, len(keys))}
    return any(k in joins for k in labels if len(k) >= _HOST_LABEL_CHARS) and furniture.prints(low)


def social_wording(headline: str, social: str, site: Optional[str]) -> Optional[str]:
    """The og:title, when it is the headline cut short at a word ("Chelsea send clear message
    of intent" of "Chelsea send clear message of intent in battling win over Tottenham"): the
    page's own short form of a headline that runs on. Not a name ("Site"), nor the headline
    with a name after it (that is longer than the headline, not shorter)."""
    own = without_site(social, site)
    a, b = match_key(headline), match_key(own)
    if len(b.split()) < W.title_social_words or not a.startswith(b + " "):
        return None
    return own


def agreed_wording(found: str, social: str, headline: Optional[str],
                   site: Optional[str]) -> Optional[str]:
    """The og:title, when the JSON-LD headline words the headline the same way and the block
    otherwise: the two titles a page writes for machines agree, and the block is a variant of
    them (a kicker glued on without its colon, a longer or older wording on screen). Not when
    og:title is the block with the site's name after it."""
    if not headline:
        return None
    own = without_site(social, site)
    key, printed = match_key(own), match_key(found)
    if len(key.split()) < W.title_social_words or key != match_key(without_site(headline, site)) \
            or key == printed or _named_after(key, printed):
        return None
    return own


def _named_after(meta_key: str, found_key: str) -> bool:
    """A metadata title (as match_key reads it) that is the block's words and a few more after
    them: a site's or a section's name ("Tote Hummeln unter Linden - Battery-News.de")."""
    return meta_key.startswith(found_key + " ") and \
        len(meta_key[len(found_key):].split()) <= W.title_name_words


_PART_SEPARATOR = rx(r"\s[-–—|:·»]\s|\s::\s|[|ㅣ]")  # (" :: " too: "Trouw :: Headline")


@lru_cache(maxsize=None)
def _counter_forms() -> str:
    """Every profile's page counters of a <title> (title_page_counters) as one alternation."""
    forms = (re.escape(f).replace("\\#", r"\d{1,3}").replace(r"\ ", r"\s+")
             for f in sorted(merged().title_page_counters, key=longest_first))
    return "|".join(forms)


@lru_cache(maxsize=None)
def _parted_counter_rx() -> "re.Pattern[str]":
    """A page counter standing as a part of its own in a <title>: after a separator, before
    another or the title's end ("... - Halaman all - Site", "... | Seite 2"), or in brackets."""
    # (a print-all form, no number in it, glued on with a space alone too: "Headline Halaman
    # all - Site"; a number's form needs its separator: "Why The Sun dropped Page 3")
    whole = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(merged().title_page_counters,
                                                                       key=longest_first) if "#" not in f)
    glued = rf"|\s+(?:{whole})" if whole else ""
    return rx(rf"(?:(?:\s[-–—|:·»]\s+|\s*[|ㅣ]\s*|\s\()(?:{_counter_forms()})\)?{glued})"
              r"(?=\s[-–—|:·»]\s|\s*[|ㅣ]|\s*$)", re.I)


def without_page_counter(title: str, printed: bool = False) -> str:
    """A <title> without the page counter of a paged or a print-all article, where it stands
    as a part of its own ("Banjir di Bekasi - Halaman all - Kompas.com" -> "Banjir di Bekasi -
    Kompas.com"); a headline's own words stay ("Page 2 of the report shows ...")."""
    if not title or not _counter_forms():
        return title
    m = _parted_counter_rx().search(title)
    if not m or m.start() < 10:
        return title
    if printed and not title[m.end():].strip() and (any(c.isdigit() for c in m.group()) or m.group()[:1].isspace()
                                                    and m.group().split()[0].isalpha()):
        # (a printed headline's own last part: "Rugby diary · Page 2", "... - Página 12", or its
        # own last words, glued on with no separator: "Cerita di balik Halaman All")
        return title
    return (title[:m.start()] + title[m.end():]).strip()


def _counter_printed(title: str, blocks: List[Block], body_start: int, dump: bool) -> bool:
    """Whether a <title>'s page counter is the headline's own: a heading before the body (in a
    dump, a line other than the <title>'s own first line) prints the <title>'s opening words
    with the counter as a part of them ("Rugby World Cup diary · Page 2")."""
    if without_page_counter(title) == title:
        return False
    own = dump  # (a dump's first line that is the whole <title> is the <title>'s, not the page's)
    for block in blocks[:body_start if body_start > 0 else _COUNTER_LOOK]:
        line = " ".join(block.text.split())
        if not (block.heading or dump) or without_page_counter(line) == line or not title.startswith(line):
            continue
        if own and line == title:
            own = False
            continue
        return True
    return False


_COUNTER_LOOK = 12  # blocks looked at for a printed counter where no body start is known


def _ends_in_counter(added: str) -> bool:
    """What a <title> adds after the headline it holds is a page counter alone ("Halaman 2")."""
    return bool(_counter_forms()) and rx(rf"^\s*(?:{_counter_forms()})\s*$", re.I).match(added) is not None


def _tail_is(meta: str, found: str) -> bool:
    """The metadata title ends with the block's text after a separator ("Headline | Found")."""
    key = match_key(found)
    return any(m.start() > 0 and match_key(meta[m.end():]) == key
               for m in _PART_SEPARATOR.finditer(meta))


def _with_suffix(meta: str, found: str) -> bool:
    """The metadata title is the block's headline and a name after it ("„Unermüdlicher
    Einsatz“ - Die Neue Südtiroler Tageszeitung"), whatever the name is."""
    if not meta.startswith(found) or len(found) < 10:
        return False
    m = _SITE_SUFFIX.search(meta)
    return m is not None and m.start() == len(found.rstrip())


def weak_title(found: str, meta_title: str) -> bool:
    """The block title shares little with the metadata title: trust the metadata."""
    a, b = set(match_key(found).split()), set(match_key(meta_title).split())
    return not a or len(a & b) / max(1, len(b)) < 0.5


_DATE_SIGNS = frozenset("年月日时時分秒号號/.-:")


def _mostly_date(text: str) -> bool:
    """Digits and a date's signs ("年", "月", "日", "/", ":") are over half of the line's
    characters other than spaces: a date's line, no headline ("2024年12月5日 14:30")."""
    chars = [c for c in text if not c.isspace()]
    return 2 * sum(1 for c in chars if c.isdigit() or c in _DATE_SIGNS) > len(chars)
