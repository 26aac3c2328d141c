"""The end of an article: agency credits "(Antara)", editor initials "(ren)", signatures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import FrozenSet, List, Optional, Pattern, Sequence, Set, Tuple

from newsextract.blocks import Block, word_tree_pattern
from newsextract.fields.byline import clean_name, label_starts, parse_credit, split_names
from newsextract.fields.dates import find_dates
from newsextract.profiles import Profile, available, domain_rx, get_profile, merged
from newsextract.rxcache import longest_first, rx
from newsextract.weights import WEIGHTS as W

_TRAILING_PARENS = rx(r"\s*[(\[]\s*([^()\[\]]{1,40}?)\s*[)\]]\s*[.]?\s*$")
_INITIALS = rx(r"^[a-z]{1,6}(?:\s*[/,]\s*[a-z]{1,6})*$")
# a desk's code that closes an article: "(H-4)" (a letter and a number), "(***)", "(*)"
_DESK_CODE = rx(r"^(?:[A-Z]{1,3}-\d{1,3}|\*{1,5})$")
# an agency's short code and an editor's name or initials: "(Ant/Rina)", "(ant/rin)", "(mdk/fik)"
_AGENCY_EDITOR = rx(r"^(?:[a-z]{1,6}|[A-Z][a-z]{1,4})(?:\s*/\s*[A-Za-z][a-z]{0,11})+$")
# an editor's initials in capitals ("(RIZ)", "(OJE)": metrotvnews, medcom): not an agency's name
_CAPS_INITIALS = rx(r"^[A-Z]{3}$")


@lru_cache(maxsize=None)
def _caps_initials_words() -> FrozenSet[str]:
    """The short words and subordinators of the languages whose editors close a text with
    their initials in capitals (profiles' closing_caps_initials) that no other language's
    profile lists ("yang", "tersebut", "sebelum")."""
    own: Set[str] = set()
    other: Set[str] = set()
    for code in available():
        p = get_profile(code)
        (own if p.closing_caps_initials else other).update(p.stopwords | p.subordinators)
    return frozenset(own - other)


def _caps_initials(inner: str, head: str) -> bool:
    """"(RIZ)" closing a paragraph of a language whose editors sign so ("... akhir April.
    (RIZ)"), not a file's type, a language's code or a site's word ("(PDF)", "(ENG)", "(ABO)")
    nor an agency's name, nor three capitals closing another language's line."""
    if not _CAPS_INITIALS.match(inner):
        return False
    k = merged()
    if inner.casefold() in k.agencies or inner.casefold() in k.not_closing_codes:
        return False
    words = _caps_initials_words()
    return any(w in words for w in re.findall(r"[^\W\d_]+", head.casefold()))


_CREDIT = rx(r"^[A-Z][\w.&'/ \-]{1,38}$")


@lru_cache(maxsize=None)
def _glued_credit_rx() -> Pattern[str]:
    """Where a labelled credit starts after a sentence's end in the same element: any
    language's author or editor label, its colon, a capitalised word."""
    labels = sorted({w for w in label_starts(merged()) if len(w) > 2 and w[:1].isalpha()},
                    key=longest_first)
    return rx(r"(?<=[.!?\"”’])\s+(?=(?i:" + "|".join(map(re.escape, labels))
                      + r")\s?:\s*[A-Z])")


# a credit glued to the text holds a few names and labels, perhaps a copyright notice
_GLUED_CREDIT_CHARS = 160
_GLUED_CREDIT_HEAD = 60  # (the text before it: a paragraph's, not a caption's few words)


def split_glued_credit(text: str) -> Optional[Tuple[str, str]]:
    """A paragraph with the article's labelled credits run on after its last sentence, as a
    scraper that joins an element's text keeps them ("... dan Kementerian Perdagangan.
    Pewarta: Mentari Dwi Gayati Editor: Ahmad Wijaya COPYRIGHT © ANTARA 2020"): (the text,
    the credit line), or None. Only the paragraph's end: a label mid-text is a sentence's."""
    if ":" not in text[-_GLUED_CREDIT_CHARS:]:
        return None
    for m in _glued_credit_rx().finditer(text, max(_GLUED_CREDIT_HEAD, len(text) - _GLUED_CREDIT_CHARS)):
        tail = text[m.end():]
        authors, editors, _bare = parse_credit(tail, merged())
        if (authors or editors) and _names_only(tail, authors + editors):
            return text[:m.start()], tail
    return None


def _names_only(tail: str, names: List[str]) -> bool:
    """A glued credit holds labels and names (and a copyright notice): no word in small
    letters but a name's particle, no name of a common word or a title ("Autor: Ja, das
    stimmt so nicht.", "Journalist: Mr President" are a sentence and a quotation's speaker)."""
    k = merged()
    head = re.split(r"©|\(c\)|copyright", tail, maxsplit=1, flags=re.I)[0]
    for w in head.split():
        w = w.strip(".,;:|()\"'“”")
        if w[:1].islower() and w.casefold() not in k.name_particles:
            return False
    words = [w.casefold().strip(".") for n in names for w in n.split()]
    return not any((w in k.stopwords or w in k.titles) and w not in k.name_particles for w in words)


def desk_code(inner: str, head: str = "") -> bool:
    """The text inside a closing pair of parentheses is an editor's or desk's code ("fik",
    "ant/rin", "Ant/Rina", "H-4", "***"), not a photo's credit ("Dok/Humas", "Foto/Rina")
    or a source. `head`: the paragraph before it, which tells an editor's initials in
    capitals ("(RIZ)") by its language."""
    inner = inner.strip()
    if "/" in inner and inner.split("/")[0].strip().casefold() in merged().photo_labels:
        return False
    return bool(_INITIALS.match(inner) or _DESK_CODE.match(inner) or _AGENCY_EDITOR.match(inner)
                or head and _caps_initials(inner, head))


def split_trailing_credit(paragraph: str, profile: Profile) -> Tuple[str, Optional[str], bool]:
    """Take a trailing "(Antara)" or "(ren)" off the last paragraph.

    Returns (paragraph without it, the credit if it names a source, whether anything was cut).
    Editor initials are dropped; a capitalised source is returned as the credit.
    """
    m = _TRAILING_PARENS.search(paragraph)
    if not m:
        return paragraph, None, False
    inner = m.group(1).strip()
    head = paragraph[: m.start()].rstrip()
    # "(12/3)" dates or "(37)" ages end sentences too: only credits and initials are cut
    if _INITIALS.match(inner):
        # a desk's initials, or agencies' short names in small letters ("(ant/ap)": Antara and
        # AP; "(ant)" alone is Antara's desk code, FIELD-GUIDE): two and more, all agencies,
        # are the credit
        several = "/" in inner and agencies_named(inner)
        return head, inner if several else None, True
    if _DESK_CODE.match(inner) and (not head or head[-1] in ".!?\"”’'"):
        return head, None, True
    if "-" in inner and _AGENCY_EDITOR.match(inner) and head[-1:] in tuple(".!?\"”’'"):
        return head, None, True  # a desk's code after an editor's name: "(Fer/P-2)"
    if paragraph[m.start():].lstrip()[:1] == "[":
        return paragraph, None, False  # brackets close an article only round initials: "[fik]"
    low = inner.lower()
    for phrase in profile.credit_phrases:
        if low.startswith(phrase) and len(inner) > len(phrase) + 1:
            # "(With inputs from PTI)", "(Additional reporting by X)": the source after it
            return head, inner[len(phrase):].strip(" :"), True
    if "/" in inner and agencies_named(inner) and (not head or head[-1] in ".!?\"”’'"):
        return head, inner, True  # "(dpa/AFP)", "(AFP/Reuters)": the agencies, closing a sentence
    if _CREDIT.match(inner) and not any(c.isdigit() for c in inner):
        words = inner.split()
        if len(words) <= 3 and (not head or head[-1] in ".!?\"”’'" or inner.lower() in profile.agencies
                                                            and (len(inner) > 3 or inner.isupper())):
            # (an agency's short name as agencies print it, "(AP)", "(TT)"; not a party's "(Ap)")
            return head, inner, True
    return paragraph, None, False


def signature(paragraph: str, profile: Profile) -> Tuple[Optional[str], Optional[str]]:
    """A last line that is only a name in capitals: (author, credit) - an agency is a credit."""
    s = paragraph.strip()
    words = s.split()
    if not 1 <= len(words) <= 4 or s.upper() != s or not re.fullmatch(r"[A-Z][A-Z .'\-/]+", s):
        return None, None
    if any(w.lower() in profile.stopwords or w.lower() in profile.not_names for w in words):
        return None, None  # (a button in capitals, "NEXT ARTICLE", is no signature)
    if s.lower() in profile.agencies or s.lower().split("/")[0] in profile.agencies:
        return None, s  # an agency's name as printed ("ANTARA")
    if len(words) >= 2:
        return " ".join(w.capitalize() for w in words), None
    return None, None


def signed_person(name: Optional[str], profile: Profile) -> Optional[str]:
    """A signature's name when it is a person's: a desk's or a section's signature in
    capitals ("ESPORTS NEWS", "DIGITAL DESK", "NORTH KOREA") is furniture, no writer."""
    return name if name and clean_name(name, profile) is not None else None


@dataclass
class Tail:
    """What the end of the body held: the paragraphs without it, and the names and credit it gave."""

    paragraphs: List[str]
    authors: List[str] = field(default_factory=list)
    editors: List[str] = field(default_factory=list)
    credit: Optional[str] = None
    credit_source: Optional[str] = None


_HELPER_WORDS = 12  # "Additional reporting by Ann Lee in London and Tom Roe in Paris"


def _credit_line(text: str) -> bool:
    """A paragraph that is only credit pieces, each naming someone ("Reporting by X; Editing
    by Y"), or credits of the text and its pictures with the desk's initials and the date it
    first ran ("ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18")."""
    pieces = [p.strip(" ()") for p in re.split(r"[;|]", text) if p.strip(" ()")]
    starts = label_starts(merged())
    # (a helper's credit, "Additional reporting by Ann Lee", counts as a credit's piece: its
    # names, no writers', parse_credit leaves out)
    helped = tuple(merged().contributor_labels)
    named = [p[:40].casefold().startswith(starts) and any(parse_credit(p, merged())[:2]) or
             _helpers_credit(p, helped) for p in pieces]
    if bool(pieces) and all(named):
        return True
    if len(pieces) < 2 or not any(_photo_credit(p) for p in pieces):
        return False
    return all(n or _photo_credit(p) or _INITIALS.match(p) or _dated_note(p)
               for p, n in zip(pieces, named, strict=True))


def _helpers_credit(piece: str, labels: Tuple[str, ...]) -> bool:
    """"Additional reporting by Ann Lee in London": a helpers' label (contributor_labels) and
    names alone after it; not a sentence that opens so ("Additional reporting by the paper
    found ...")."""
    low = piece.casefold()
    label = next((x for x in labels if low.startswith(x)), None)
    return label is not None and len(piece.split()) <= _HELPER_WORDS and \
        bool(split_names(piece[len(label):].strip(" :"), merged()))


def _photo_credit(piece: str) -> bool:
    """"Foto [M]: Shutterstock", "Photos: Jane Doe": a picture's label, a colon, a name."""
    head, colon, rest = piece.partition(":")
    label = re.sub(r"\[[^\]]*\]", "", head).strip().casefold()
    return bool(colon) and label in merged().photo_labels and 0 < len(rest.split()) <= 6


def _dated_note(piece: str) -> bool:
    """"Erstveröffentlichung: 4.4.18": one or two words, a colon and a date alone."""
    head, colon, rest = piece.partition(":")
    rest = rest.strip()
    return bool(colon) and len(head.split()) <= 2 and bool(rest) and \
        bool(re.fullmatch(r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})", rest) or
             any(f.start == 0 and f.end >= len(rest) - 1 for f in find_dates(rest, merged())))


@lru_cache(maxsize=None)
def _writers_note_rx(profile: Profile) -> Optional[Pattern[str]]:
    """A name, the profile's linking words, a few words, then a role ("Jane Doe is a senior
    politics reporter"); None for a profile without the linking words."""
    if not profile.bio_link or not profile.role_words:
        return None
    roles = "|".join(sorted(map(re.escape, profile.role_words), key=longest_first))
    return rx(r"^[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){1,3} (?:" + profile.bio_link
                      + r") (?:[\w'’\-]+ ){0,6}?(?i:" + roles + r")\b")


def writers_note(text: str, profile: Profile) -> bool:
    """A short closing note about the writer: a name, "is a", a role."""
    rx = _writers_note_rx(profile)
    return rx is not None and len(text.split()) <= 40 and bool(rx.match(text))


# a closing note on a book, a record or a show and where to get it: "On Leadership, by Tony
# Blair, is out now (Cornerstone, £25)", "(Kiepenheuer & Witsch, 24 Euro)": its publisher and
# its price in parentheses end it
_PRICE_NOTE = rx(r"\([^()]{2,60},\s*(?:[£$€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euros?|dollars?|"
                         r"pounds?|kr|chf|fr\.))[^()]{0,12}\)\s*\.?$", re.I)


_EMAIL = rx(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)


def reader_mail(text: str, profile: Profile) -> bool:
    """A short closing line that asks readers to write to the desk at an e-mail address
    ("Punya cerita atau keluhan? Kirim surat pembaca Anda ke redaksi@...", "Kirimkan tulisan Anda
    ke opini@..."): an address, and a sentence that opens with one of the profile's
    reader_mail_openers (the desk's call, in the imperative) or one of its reader_mail_words
    anywhere ("surat pembaca"). Never a line that quotes or reports someone: the story's own
    last sentence may ask readers to send something ('"Warga bisa kirim foto ke aduan@...,"
    kata Hartono'; "Hartono meminta warga hubungi kami lewat posko@...")."""
    if "@" not in text or not (profile.reader_mail_words or profile.reader_mail_openers) \
            or len(text.split()) > W.tail_note_words or not _EMAIL.search(text):
        return False
    if any(q in text for q in _QUOTE_MARKS):
        return False
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if any(w in profile.cue_before or w.endswith("nya") and w[:-3] in profile.cue_after for w in words) \
            or any(m.group(1).casefold() in profile.cue_after for m in _SAID_AFTER_COMMA.finditer(text)):
        return False
    low = " " + " ".join(words) + " "
    if any(f" {w} " in low for w in profile.reader_mail_words):
        return True
    openers = [m.group(1).casefold() for m in _SENTENCE_OPENER.finditer(text)]
    return any(w in profile.reader_mail_openers for w in openers)


_QUOTE_MARKS = ('"', "“", "”", "„", "«", "»")
_SAID_AFTER_COMMA = rx(r",\s+([^\W\d_]+)\b")  # '..., kata dia', ', ujarnya'
_SENTENCE_OPENER = rx(r"(?:^|[.?!]\s+)([^\W\d_]+)")  # the first word of each sentence


def publication_note(text: str) -> bool:
    """A short closing note naming a publisher and a price in parentheses: what the article
    was about and where to buy it, not the article."""
    return len(text.split()) <= W.tail_note_words and bool(_PRICE_NOTE.search(text))


def about_the_writer(text: str, authors: Sequence[str], profile: Profile) -> bool:
    """A closing paragraph about the article's writer, whose name the byline gave: the name
    and the profile's linking words in its first sentence ("Der Berliner Imam Abdul Adhim
    Kamouss ist Gründer der Stiftung ...", "Jane Doe is a reporter ..."), or the writers'
    names alone ("Jane Doe, John Roe")."""
    names = [a for a in authors if len(a.split()) >= 2]
    if not names or len(text.split()) > W.tail_note_words:
        return False
    # (the names alone: a text that holds no writer's surname, in any case, holds none of them)
    folded = text.casefold()
    found = split_names(text, profile) if len(text) < 200 and any(
        a.split()[-1].casefold() in folded for a in names) else []
    if found and {n.casefold() for n in found} <= {a.casefold() for a in names} \
            and len(" ".join(found)) >= len(text) * 0.8:
        return True  # (the names, a comma or "and" between them, nothing else)
    link = profile.bio_link or profile.writer_link
    if not link:
        return False
    first = _first_sentence(text)
    # (the pattern is made for the names the first sentence holds: few pages have any)
    return any(a in first and re.search(re.escape(a) + r"(?:\s*\([^()]{1,40}\))?,?\s+(?:"
                                        + link + r")\b", first) for a in names)


def _first_sentence(text: str) -> str:
    """A paragraph's first sentence, to its stop."""
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


def writer_note_at(paragraphs: Sequence[str], authors: Sequence[str], profile: Profile) -> Optional[int]:
    """Where a note on the byline's writer closes the text (about_the_writer), the text ending
    before it: the last paragraph, or one among the last W.writer_note_reach that no paragraph
    of the story's prose follows (a dump's run goes on past the note to its second sentences,
    a pitch, the outlet's teasers). A note with prose after it is the story's own line: a
    first-person essay whose writer introduces herself, a name printed among the paragraphs.
    Only the note's next paragraph of a sentence's length may go on about the writer (a
    button's words may stand between them); prose further on is the story's, whatever its
    first words."""
    last = len(paragraphs) - 1
    for i in range(last, max(0, last + 1 - W.writer_note_reach) - 1, -1):
        if i > 0 and about_the_writer(paragraphs[i], authors, profile):
            next_to_note = True
            for p in paragraphs[i + 1:]:
                if _story_prose(p, authors, profile, next_to_note):
                    return None
                next_to_note = next_to_note and len(p.split()) < W.note_prose_words
            return i
    return None


def _story_prose(text: str, authors: Sequence[str], profile: Profile, next_to_note: bool) -> bool:
    """A paragraph of the story's prose: a sentence of W.note_prose_words words or more closed
    by its stop; right after a note (`next_to_note`), only one whose first sentence names
    neither the writer nor anyone by a pronoun, and that opens on no linking verb with its
    subject left out (a note's second paragraph goes on about its writer: "Bis vor etwa zehn
    Jahren ... wirbt er seither ...", "Es jefa de ...")."""
    words = text.split()
    if len(words) < W.note_prose_words or not text.rstrip().endswith((".", "!", "?", "\"", "”")):
        return False
    if not next_to_note:
        return True
    if profile.bio_link and re.match(r"(?:" + profile.bio_link + r")\b", text, re.I):
        return False  # (its subject left out, as the note's: "Es jefa de la delegación de Bruselas. ...")
    first = _first_sentence(text)
    said = {w.strip(",.;:!?()\"“”'’").casefold() for w in first.split()}
    surnames = {a.split()[-1].casefold() for a in authors if a.split()}
    return not said & (set(profile.pronouns) | surnames)


def _outlet_and_writer(credit: str, profile: Profile) -> Optional[str]:
    """The writer's full name in a closing credit that names the outlet by its domain first and
    the writer after a slash ("Tribunnews.com/Rina Marlina"); None for initials, anything else,
    and an agency's name first ("REUTERS/Danny Moloshok" under a picture is its photographer)."""
    outlet, slash, name = credit.partition("/")
    outlet = outlet.strip()
    if not slash or "/" in name or not domain_rx().search(outlet):
        return None
    writer = clean_name(name, profile)
    return writer if writer and len(writer.split()) >= 2 else None


_CLOSING_PARENS = rx(r"^\(([^()]{3,60})\)\.?$")


def closing_writer(blocks: Sequence[Block], last: int, profile: Profile) -> Optional[str]:
    """The writer a closing credit names on its own line right under the text, outside the
    body ("(Tribunnews.com/Rina Marlina)"; see _outlet_and_writer), or None."""
    if last + 1 >= len(blocks):
        return None
    m = _CLOSING_PARENS.match(blocks[last + 1].text.strip())
    if not m:
        return None
    writer = _outlet_and_writer(m.group(1), profile)
    if writer:
        return writer
    # "(Ditulis oleh X)", "(Penulis: X)": a labelled credit in parentheses closing the text
    inner = m.group(1).strip()
    if not inner.casefold().startswith(label_starts(merged())):
        return None
    authors = parse_credit(inner, merged())[0]
    return authors[0] if len(authors) == 1 and len(authors[0].split()) >= 2 else None


@lru_cache(maxsize=1)
def _agency_joins() -> Pattern[str]:
    """What joins agencies' names in a credit: a comma, slash, semicolon, '&' or '+', or a
    word the profiles list as joining names (name_conjunctions: "und", "and", "og", "dan")."""
    words = sorted(merged().name_conjunctions, key=longest_first)
    return rx(r"\s*(?:[,/;&+]|\b(?:" + "|".join(map(re.escape, words)) + r")\b)\s*", re.I)


# what wraps an agency's name on its line and is no part of it: "(©NTB)", "/ritzau/", "(dpa)."
_AGENCY_WRAP = " .()©/"


def agency_parts(text: str) -> List[str]:
    """The names a list of agencies joins ("AFP, Reuters und dpa": three)."""
    return [n for n in _agency_joins().split(text.strip(_AGENCY_WRAP)) if n]


def agencies_named(text: str) -> Optional[str]:
    """The text names agencies and nothing else ("dpa", "dpa/AFP", "AFP, Reuters und dpa",
    "/ritzau/", "(©NTB)"): the text as printed without its wrapping, or None."""
    bare = text.strip(_AGENCY_WRAP)
    names = agency_parts(bare)
    known = merged().agencies
    return bare if names and all(n.casefold() in known for n in names) else None


def source_credit(text: str, profile: Profile) -> Optional[str]:
    """A closing line that credits the agencies the text drew on, alone or in parentheses
    ("Mit Material von dpa und AFP.", "(avec AFP)", "Con información de EFE y Reuters",
    "(dpa/AFP)"): the agencies it names, or None. Whatever else follows the phrase ("Quelle:
    Statistisches Bundesamt", a chart's source) is no agency's credit and stays."""
    line = text.strip()
    if len(line) > W.tail_lead_in_chars:
        return None
    bracketed = line[:1] == "(" and line.endswith(")")
    inner = line[1:-1] if bracketed else line.rstrip(".")
    low = inner.casefold()
    for phrase in sorted(profile.source_credits, key=longest_first):
        if low.startswith(phrase):
            return agencies_named(inner[len(phrase):])
    # (agencies alone: in parentheses, or two and more with a slash, "dpa/AFP"; a name alone
    # on the line is a signature's, read_tail's signature reads it)
    return agencies_named(inner) if bracketed or "/" in inner else None


# a speaker's label opening an interview's answer ("A: ", "Schmidt: ", "Dupont : "): one or
# two words and a colon
_SPEAKER = rx(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)? ?: ")
_YEAR = rx(r"\b(1[5-9]\d\d)\b")
_NOTE_QUOTES = ('"', "“", "”", "„", "«", "»", "‘", "’ ", "'")
_SENTENCE_OPENS = ".!?:;()–—"


def _phrase_at(low: str, phrase: str, opens_sentence: bool) -> int:
    """Where the phrase stands in the line as whole words (-1 where it does not): after the
    line's start or a non-letter, a label's (ending in ":") only at the start, a sentence's only
    opening or closing a sentence where opens_sentence ("Nota: este artículo ha sido
    actualizado", "Familjen har godkänt namnpublicering.", not "... y este artículo ha sido
    actualizado por el Congreso"); its last word ending there
    ("kontakt os" is not in "kontakt osoby", "über ihr" not in "über ihren")."""
    at = low.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        before = low[:at].rstrip()
        starts = at == 0 or not phrase.endswith(":") and not low[at - 1].isalnum() and (
            not opens_sentence or not before or before[-1] in _SENTENCE_OPENS
            or low[end:].lstrip()[:1] in ("", ".", "!"))
        if starts and not (phrase[-1].isalnum() and end < len(low) and low[end].isalnum()):
            return at
        at = low.find(phrase, at + 1)
    return -1


def _polite_as_printed(text: str, low: str, at: int, phrase: str, profile: Profile) -> bool:
    """The phrase's words of address that the profile lists only with a capital (reader_address:
    German "Sie", "Ihre" are the reader; "sie", "ihre" she, her, they) have that capital in the
    line as printed ("Wir freuen uns über Ihre Meinung", not "... über ihre Rückkehr"). `low`
    is the line case-folded, at the phrase's place in it."""
    listed = set(profile.reader_address)
    polite = {w.casefold() for w in listed if w != w.casefold() and w.casefold() not in listed}
    if not polite:
        return True
    printed = [i for i, ch in enumerate(text) for _ in ch.casefold()]  # (folding "ß" makes two)
    if len(printed) != len(low):
        return True
    offset = 0
    for word in phrase.split(" "):
        if word in polite and not text[printed[at + offset]].isupper():
            return False
        offset += len(word) + 1
    return True


def _names_app(low: str, profile: Profile) -> bool:
    """The line names the outlet's app: one of the profile's app_words and one of its
    app_own_words, whole words ("our", "news"), or a word's end where the word is written
    with a hyphen before it ("-zeitung": the compounds of "Hafenzeitung", "Morgenpost")."""
    if not any(_phrase_at(low, w, False) >= 0 for w in profile.app_words):
        return False
    words = re.findall(r"[^\W\d_]+", low)
    return any(any(word.endswith(w[1:]) for word in words) if w.startswith("-") else _phrase_at(low, w, False) >= 0
               for w in profile.app_own_words)


_CONTACT = rx(r"@|https?://|www\.|\d{3}")


def _call_named(text: str, after: int, profile: Profile) -> bool:
    """A call's phrase, with its object, is named before a colon, and what follows the colon
    is no address (an e-mail, a site, a number) and speaks to no reader: the call is quoted as
    a slogan, a campaign's or a show's name ("Raccontaci la tua Milano: è lo slogan della
    campagna"), not made ("Schreiben Sie uns: leserbriefe@...", "Tell us: what do you think?")."""
    sentence = re.split(r"[.!?]", text[after:], maxsplit=1)[0]
    named, colon, rest = sentence.partition(":")
    if not colon or not named.strip() or not rest.strip():
        return False
    if not any(_phrase_at(rest.casefold(), w, False) >= 0 for w in profile.slogan_words):
        return False  # (nothing after the colon names the call: it is made)
    words = re.findall(r"[^\W\d_]+", rest)
    return not _CONTACT.search(text[after:]) and not any(w in profile.reader_address for w in words)


def closing_note(text: str, profile: Profile) -> bool:
    """A short note closing the text about the text itself ("Dieser Artikel erschien zuerst
    bei ...", "This story has been updated.", "Correction: an earlier version ..."), or the
    desk's call for the reader's word ("Schreiben Sie uns: leserbriefe@...", "Let us know what
    you think in the comments"): one of the profile's closing_notes or feedback_prompts in a
    line of W.tail_note_words words at most, none quoted (a source's own words about a text:
    '"Dieser Artikel wurde aktualisiert", sagt ...'). A note's label counts only opening the
    line; a phrase that names the text, opening a sentence; a call, anywhere in it. Never an
    interview's answer after a speaker's label ("A: ... We'd love to hear from you"), never a
    note with a year of long ago (a book's or a law's history: "This story was first published
    anonymously in 1853"), never words reported ("..., the editors say")."""
    if not (profile.closing_notes or profile.feedback_prompts or profile.app_prompts) \
            or len(text.split()) > W.tail_note_words:
        return False
    low = text.casefold().replace("’", "'")
    if any(q in low for q in _NOTE_QUOTES if q != "'") or low.lstrip().startswith(("'", "—", "–", "-")):
        return False  # (a quotation, a line of dialogue)
    label = _SPEAKER.match(low)
    if label and not low.startswith(profile.closing_notes) and not low[label.end():].startswith(profile.closing_notes):
        # (an interview's answer: "A: ... We'd love to hear from you", "Schmidt: ..."; not a
        # note's label over a note: "Nota: este artículo ha sido actualizado")
        return False
    old_year = any(int(y) < W.note_oldest_year for y in _YEAR.findall(text))
    notes = set(profile.closing_notes)
    apps = set(profile.app_prompts) if _names_app(low, profile) else set()
    for phrase in (*profile.closing_notes, *profile.feedback_prompts, *apps):
        is_note = phrase in notes
        at = _phrase_at(low, phrase, is_note)
        if at < 0 or is_note and old_year and not phrase.endswith(":"):
            continue  # (a correction's label may well name an old year: "Correction: ... in 1850")
        if not is_note and not _polite_as_printed(text, low, at, phrase, profile):
            continue  # ("Wir freuen uns über ihre Rückkehr": her return, not the reader's word)
        if not is_note and phrase not in apps and _call_named(text, at + len(phrase), profile):
            continue  # ("Raccontaci la tua Milano: è lo slogan della campagna")
        end_ = at + len(phrase)
        sent = re.split(r"[.!?]", low[end_:], maxsplit=1)[0]
        tail_ = sent.partition(", ")[2]
        before_ = low[:at].rstrip()
        if not phrase.endswith(":"):
            if low[end_:end_ + 1] == ",":
                continue  # ("An earlier version of this article, published in 2021, was ...")
            joiners = merged().name_conjunctions | merged().compound_conjunctions
            if tail_ and (is_note and tail_.split()[:1] and tail_.split()[0] in joiners
                          or not is_note and not any(w in profile.reader_address or w.capitalize() in profile.reader_address
                                                     for w in re.findall(r"[^\W\d_]+", tail_))):
                continue  # (the sentence goes on past the phrase: the story's, or words reported)
            lead_in = re.split(r"[.!?]", before_)[-1]
            if before_[-1:] == ":" and len(lead_in.split()) > 3 and not (phrase in apps and _names_app(lead_in, profile)):
                # (after a sentence's colon: a sign's, an ad's words quoted; not the promo's own
                # lead-in naming the app: "Mehr Lesekomfort mit unserer App: Jetzt ...")
                continue
            if is_note and len(re.split(r"[.!?:;()]", before_)[-1].split()) > 6:
                continue  # (closing a long sentence of the story's: "... and this article was updated.")
            if not is_note and before_ and before_[-1] not in ".!?:":
                continue  # (a call inside a sentence: "termina con un escríbenos")
        # (not someone's words reported, a cue verb outside the phrase: "Wir freuen uns über
        # Ihren Besuch, sagte die Leiterin"; the phrase's own "Schreibt uns" is no cue)
        rest = low[:at] + " " + low[at + len(phrase):]
        if any(w in profile.cue_after or w in profile.cue_before
               for w in re.findall(r"[^\W\d_]+", rest)):
            return False
        # (nor in a closing clause: "..., the editors say.", "..., heißt es im Blog des Zoos")
        clause = low[at + len(phrase):].rpartition(", ")[2] if ", " in low[at + len(phrase):] else ""
        return not any(w in profile.report_cues for w in re.findall(r"[^\W\d_]+", clause))
    return False


# what a dump leaves after the text's last sentence where the page had a picture or a mark:
# pandoc's empty image "[]"; lynx's image named by its file ("[ExtImage-68380-6361.png]") or by
# a machine's id ("[vgzm.821225-63de8306]": letters, digits, dots, dashes, underscores, with a
# run of six digits or hex characters or more), not a bracket of the text ("[COVID-19]",
# "[v2.1-final]", "[ANTARA-2026]", "[doi:10.1016/...]"); a footnote's or an emphasis's closing
# stars hugging the sentence's end ("... fallen.*"; a rating stands apart: "worth a visit. **")
_PICTURE_ID = (r"\[(?=[\w.-]*[._-])(?=[\w.-]*\d)(?=[\w.-]*[^\W\d_])"
               r"(?:[\w.-]*\.(?:png|jpe?g|gif|webp|svg|avif)"
               r"|[\w.-]*?(?<![0-9a-f])(?=[0-9a-f]*\d)[0-9a-f]{6,}(?![0-9a-f])[\w.-]*)\]")
_DUMP_MARK_END = rx(r"(?<=[.!?…\"”“»’)])(?:\s*(?:\[\]|" + _PICTURE_ID + r")|\*{1,2})$|^\s*\[\]$", re.I)


def without_dump_mark(text: str) -> str:
    """A paragraph without the mark a dump leaves after its last sentence (_DUMP_MARK_END).
    Closing stars go only when they are the paragraph's only stars: with stars before them they
    close an emphasis ("... in **Why the wall is failing.**", "*„Wir warten ab“, sagte einer.*")."""
    if not text.endswith(("]", "*")):
        return text
    if text.endswith("*") and "*" in text.rstrip("*"):
        return text
    return _DUMP_MARK_END.sub("", text)


_QUOTING = frozenset("\"“”„«»‘‹›「」")  # (no "’": an apostrophe too)


@lru_cache(maxsize=1)
def _ad_notice_rx() -> "re.Pattern[str]":
    """The profiles' ad_notices, as whole words."""
    return rx(r"(?<!\w)(?:" + word_tree_pattern(merged().ad_notices) + r")(?!\w)")


@lru_cache(maxsize=1)
def _speech_verbs() -> FrozenSet[str]:
    m = merged()
    return frozenset(m.cue_after | m.cue_before)


def ad_slot_notice(text: str) -> bool:
    """A paragraph that is an ad slot's notice and little more ("This advertisement has not
    loaded yet.", "Weiter nach der Anzeige"): it opens on one of the profiles' ad_notices, as
    whole words, and the rest is filler: no more than W.ad_notice_rest short words (of
    W.ad_notice_filler_letters letters at most: "yet, but your"), and no quotation mark or
    speech verb. A sentence of the text that holds a notice's words has more, or opens on
    others, or quotes ("Their history continues below ground.", "Lo show continua dopo la
    pubblicità.", '"The story continues below ground," she said.', "Weiter nach der Anzeige,
    sagte er lachend.")."""
    if len(text) > W.ad_notice_chars or any(c in _QUOTING for c in text):
        return False
    low = text.casefold()
    notice = _ad_notice_rx()
    m = notice.search(low)
    if m is None or re.search(r"\w", low[:m.start()]):
        return False  # the notice opens the paragraph (past a bracket or a dash at most)
    rest = re.findall(r"[^\W\d_]+|\d+", notice.sub(" ", low))
    verbs = _speech_verbs()
    return len(rest) <= W.ad_notice_rest and all(
        len(w) <= W.ad_notice_filler_letters and w not in verbs for w in rest)


def read_tail(paragraphs: List[str], profile: Profile) -> Tail:
    """Take credits, editor initials and signatures off the end of the body."""
    out = Tail(list(paragraphs))
    pars = out.paragraphs
    while pars:
        last = pars[-1]
        bare = without_dump_mark(last)
        if bare != last:
            pars[-1] = bare
            if not bare:
                pars.pop()
            continue
        text, credit, cut = split_trailing_credit(last, profile)
        if cut:
            writer = _outlet_and_writer(credit, profile) if credit else None
            if credit and writer:
                # "(Tribunnews.com/Rina Marlina)": the outlet, and the writer it credits
                credit = credit.partition("/")[0].strip()
                if writer not in out.authors:
                    out.authors.append(writer)
            if credit and not out.credit:
                out.credit, out.credit_source = credit, "trailing parentheses"
            pars[-1] = text
            if not text.strip():
                pars.pop()
            continue
        if len(last) < 200 and _credit_line(last):
            # "Reporting by X and Y; Editing by Z" closing a wire story
            authors, editors, _label_only = parse_credit(last, merged())
            # (a one-word name in such a line is seldom a person's: "Text: Mein Motto ...")
            out.authors += [a for a in authors if a not in out.authors and len(a.split()) > 1]
            out.editors += [e for e in editors if e not in out.editors]
            pars.pop()
            continue
        author, agency = signature(last, profile)
        if author or agency:
            signed = signed_person(author, profile)
            if signed:
                out.authors.append(signed)
            elif agency and not out.credit:
                out.credit, out.credit_source = agency, "signature line"
            pars.pop()
            continue
        agencies = source_credit(last, profile) if len(pars) > 1 else None
        if agencies:
            # "Mit Material von dpa und AFP", "(avec AFP)": the agencies' credit, not the text
            if not out.credit:
                out.credit, out.credit_source = agencies, "a source's credit closing the text"
            pars.pop()
            continue
        if len(pars) > 1 and closing_note(last, profile):
            pars.pop()  # "Dieser Artikel erschien zuerst bei ...", "Let us know what you think"
            continue
        if len(pars) > 1 and publication_note(last):
            pars.pop()  # "On Leadership, by Tony Blair, is out now (Cornerstone, £25)"
            continue
        if len(pars) > 1 and ad_slot_notice(last):
            pars.pop()  # "This advertisement has not loaded yet.": an ad's slot under the text
            continue
        if len(pars) > 1 and reader_mail(last, profile):
            pars.pop()  # "Punya cerita? Kirim surat pembaca Anda ke redaksi@...": the desk's call
            continue
        if writers_note(last, profile):
            pars.pop()  # "Jane Doe is a politics reporter for ...": about the writer, not the story
            continue
        if len(pars) > 1 and len(last) < W.tail_lead_in_chars and last.rstrip().endswith(":"):
            # "Watch the video below:", "Diese Artikel könnten dich interessieren:": the text
            # ends on a lead-in to what the page gives as no text (an embed, a list of links)
            pars.pop()
            continue
        break
    return out
