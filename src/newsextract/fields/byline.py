"""Authors and editors from credit lines: "Penulis : X | Editor : Y", "By X", "X - detikNews"."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Pattern, Sequence, Set, Tuple

from newsextract.blocks import ACRONYM, short_line_cache, short_text_cache, word_tree_pattern
from newsextract.fields.dateline import is_outlet, without_glued_role
from newsextract.fields.dates import find_dates, mostly_dates
from newsextract.profiles import (NEUTRAL, Profile, age_forms, available, domain_rx, domain_suffixes, get_profile, merged,
                                  merged_days, merged_months)
from newsextract.rxcache import longest_first, rx
from newsextract.weights import WEIGHTS as W

# a word of a name opens with a letter of any script (Čapek, Ярослав, 松岡大地)
_NAME_TOKEN = rx(r"^[^\W\d_][\w'’.\-]*$")
_INITIALS = rx(r"^\(?[a-z]{1,6}(?:/[a-z]{1,6})*\)?$")
_GENDERED = r"(?:[:*_/]?in)?(?:nen)?\b"  # "Autor:innen", "Autor*in" + "nen", "Redakteur_innen"
_GENDERED_END = rx(_GENDERED + "$")
_GLUED_TAIL = rx(r"^([A-Z][a-z]{3,})[A-Z][\w.]+$")
_DOTTED = rx(r"^[^\W\d_]+(?:\.[^\W\d_]+)+\.?$")  # "christian.stadtfeld", "Interia.pl"


@lru_cache(maxsize=None)
def _neutral_not_names() -> FrozenSet[str]:
    """Words that are no person's name in any language ("publisher", "twitter")."""
    return get_profile(NEUTRAL).not_names


# pieces of a credit line: at bars, semicolons and middle dots ("By X · 2 hours ago"), and at
# slashes that a label follows
_PIECES = rx(r"\s*[|;·•]\s*|\s*/\s*(?=[A-Za-z]{2,12}\s*[:：])")


def _may_split(text: str) -> bool:
    return "|" in text or ";" in text or "/" in text or "·" in text or "•" in text


_GLUED_OPENING = rx(r"^[^\W\d_][^\W\d_A-Z]+[A-Z][^\W\d_A-Z]")  # "PenulisBudi": a word, then a capital


def glued_label_line(text: str) -> bool:
    """A line whose first word runs into a capital ("PenulisBudi Santoso"): a credit read only
    from a label glued to its name, weaker than one the page spaces or colons."""
    return _GLUED_OPENING.match(text.strip()) is not None


_GLUED_TITLE = rx(r"^([A-Z][^\W\d_A-Z]{3,})(?=[A-Z][^\W\d_A-Z])")  # "Penulis" of "PenulisBudi"


def glued_title_credit(text: str) -> bool:
    """A line opening with a capitalised author's or editor's label glued to a capital
    ("PenulisBudi Santoso", "AutorMax Frisch"): a credit only the glued-label reading finds."""
    m = _GLUED_TITLE.match(text.strip())
    if m is None:
        return False
    k = merged()
    return m.group(1).casefold() in (*k.author_labels, *k.editor_labels)


@lru_cache(maxsize=None)
def _second_glued_label() -> Pattern[str]:
    """A capitalised one-word label glued to the name after it, behind another credit on
    the line ("ReporterBudi Santoso EditorDewi Lestari", "SantosoEditorDewi")."""
    k = merged()
    words = sorted({w.capitalize() for w in (*k.editor_labels, *k.author_labels)
                    if " " not in w and w.isalpha() and len(w) >= 4}, key=longest_first)
    return rx(r"(?:" + "|".join(words) + r")(?=[A-Z][^\W\d_A-Z])")


@lru_cache(maxsize=None)
def _second_label() -> Pattern[str]:
    """A capitalised one-word label and its colon after another credit on the same line
    ("Reporter : Denny Marhendri Editor : Agus Salim", glued: "MarhendriEditor :"), a
    picture's label too ("Text: Anna Svensson Foto: Erik Johansson": the photographer's piece,
    no author's)."""
    k = merged()
    words = sorted({w.capitalize() for w in (*k.editor_labels, *k.author_labels, *k.photo_labels)
                    if " " not in w and w.isalpha()}, key=longest_first)
    return rx(r"(?:" + "|".join(words) + r")(?=\s*[:：])")


@lru_cache(maxsize=None)
def _slash_label() -> Pattern[str]:
    """A slash between spaces before an editor's label and the editor's name ("Penulis X /
    Editor Y", "/ Red: Y"); not a slash inside a name or before a code ("Ant/X", "Adi
    Marsiela / WBP"), nor before an author's label or a desk ("/ Kontributor Salatiga", "/
    Laporan Utama", "/ Red Bull Content Pool": "Red" an editor's label only with its stop)."""
    words = sorted({w.capitalize() for w in merged().editor_labels
                    if " " not in w and w.isalpha() and len(w) >= 4}, key=longest_first)
    return rx(r"\s+/\s+(?:(?:" + "|".join(words) + r")\s*:?|Red[.:])\s*(?P<editor>[^/]+)")


def _slash_split(text: str) -> List[str]:
    """The text cut at each slash that an editor's label and a person's name follow."""
    pieces, at = [], 0
    for m in _slash_label().finditer(text):
        if _name_words(m.group("editor").strip()):
            pieces.append(text[at:m.start()])
            at = m.start() + len(m.group(0)) - len(m.group(0).lstrip().lstrip("/").lstrip())
    pieces.append(text[at:])
    return pieces


def _split_before(label: Pattern[str], text: str) -> List[str]:
    r"""The text cut before each of the label's matches that a non-space stands before, the
    spaces between going with neither piece: re.split(r"(?<=\S)\s*(?=LABEL)", text), found by
    the label's words (that split tried its look-behind and the labels at every place of the
    line; a label's words first let the engine skip ahead by their letters). Each search goes
    on from the place after the last label's first letter, where a label that ends another
    may start ("责任编辑", "编辑")."""
    pieces, done = [], 0
    m = label.search(text)
    while m is not None:
        cut = m.start()
        while cut and text[cut - 1].isspace():
            cut -= 1
        if cut:
            pieces.append(text[done:cut])
            done = m.start()
        m = label.search(text, m.start() + 1)
    pieces.append(text[done:])
    return pieces


def _without_picture_word(piece: str) -> str:
    """A credit's piece less a picture label's word that closes it ("Jane Doe Photo", split
    before "Illustration:"), where a name stays before it."""
    words = piece.split()
    if len(words) > 1 and words[-1].casefold() in _picture_words():
        return piece[:piece.rstrip().rfind(words[-1])].rstrip()
    return piece


@lru_cache(maxsize=None)
def _picture_words() -> FrozenSet[str]:
    """Every profile's picture labels, casefolded (read once, not at each credit's piece)."""
    return frozenset(w.casefold() for w in merged().photo_labels)


_FULL_STOP_NAME = rx(r"[^\W\d_]{3}\.$")  # a word of three letters and more, its full stop after it

_DATE_WORDS = merged_days() | frozenset(merged_months())
_WEEKDAYS = merged_days()
_WEEKDAY_LEAST = 5  # (a day's full name, not "Sat", "Min")


@lru_cache(maxsize=None)
def _brand_rx() -> Pattern[str]:
    """An outlet's tag after a name: "detikNews", "Kompas.com", "Tribun.co.id"."""
    return rx(r"^[a-z]+[A-Z][\w.]*$|^\w+(?:\.(?:" + domain_suffixes() + r"))+$", re.I)


@lru_cache(maxsize=None)
def _label_rx(labels: Tuple[str, ...]) -> Pattern[str]:
    """A credit line opening with one of the labels: (label, colon, rest). No labels (a
    profile without editor labels) match nothing, not an empty label before every line."""
    alts = "|".join(re.escape(x) for x in sorted(labels, key=longest_first)) or "(?!)"
    # (a gendered plural glued to the label is the label's: "Autor:innen", "Redakteur*innen")
    return rx(r"^(?P<label>" + alts + r")(?:" + _GENDERED + r")?\s*(?P<colon>[:：])?\s*(?P<rest>.*)$", re.I)


@lru_cache(maxsize=None)
def _label_words(profile: Profile) -> FrozenSet[str]:
    """The first words of the profile's credit labels ("by", "oleh", "fotografer:")."""
    words = {x.casefold().split()[0] for x in profile.editor_labels + profile.author_labels}
    return frozenset(words | {w + ":" for w in words})


@lru_cache(maxsize=None)
def label_starts(profile: Profile) -> Tuple[str, ...]:
    """The profile's credit labels in lower case, for a prefix test."""
    return tuple({x.casefold() for x in profile.editor_labels + profile.author_labels})


_CAPS_RUN = rx(r"[^\W\d_]{3}")  # three letters in a row: a word, not initials ("J.O.")
_NAME_PARTS = rx(r"([\-'’])")


_MC = rx(r"^Mc(?=[^\W\d_]{3})")  # "Mcdonald" as "MCDONALD" title-cases: "Mc" and a capital


@lru_cache(maxsize=None)
def _cased_surnames() -> dict:
    """The surnames with an inner capital (neutral.json's cased_surnames), by their casefold."""
    return {n.casefold(): n for n in get_profile(NEUTRAL).cased_surnames}


def _title_part(part: str) -> str:
    """One part of a name's word in capitals, title-cased: "MCDONALD" -> "McDonald",
    "MACLEOD" -> "MacLeod" (a listed surname), "SMITH" -> "Smith"."""
    plain = part.capitalize()
    cased = _cased_surnames().get(plain.casefold())
    if cased:
        return cased
    return "Mc" + plain[2:].capitalize() if _MC.match(plain) else plain


_PAIRED_PARTICLES = ("van",)  # printed small only before another particle: "van der", "van den"
_DOTTED_INITIALS = rx(r"^(?:[^\W\d_]\.)+$")  # "J.R.R.", "A.": initials, each with its dot


def _title_word(word: str) -> str:
    """One word of a name in capitals, title-cased part by part ("SCHMOLL-TRAUTMANN" ->
    "Schmoll-Trautmann", "O'BRIEN" -> "O'Brien", "MCDONALD" -> "McDonald"); initials stay
    ("J.R.R.")."""
    if _DOTTED_INITIALS.match(word):
        return word
    return "".join(_title_part(p) for p in _NAME_PARTS.split(word))


def _title_name(name: str) -> str:
    """Title-case a name printed in capitals ("DINI TEJA" -> "Dini Teja"), or the words of
    it printed so ("André Oliver KLEIN" -> "André Oliver Klein": a surname in capitals);
    initials ("JD"), a generation ("III") and a name in a script without case stay."""
    if name.upper() == name and any(c.isalpha() for c in name):
        words = name.split()
        # (a particle inside the name is printed small: "URSULA VON DER LEYEN" -> "Ursula von
        # der Leyen", "JAN VAN DER BERG" -> "Jan van der Berg"; neutral.json's small_particles,
        # and "van" before one of them; not "De", "Van", "Le", "Di" alone, which surnames
        # capitalise as often: "Robert De Niro", "Chris Van Hollen", "Marine Le Pen")
        small = get_profile(NEUTRAL).small_particles
        low = [w.lower() for w in words]
        return " ".join(w.lower() if 0 < i < len(words) - 1 and (
            low[i] in small or low[i] in _PAIRED_PARTICLES and low[i + 1] in small) else _title_word(w)
            for i, w in enumerate(words))
    return " ".join(_title_word(w) if w.isupper() and _CAPS_RUN.search(w) and not _ROMAN.match(w)
                    else w for w in name.split())


_PARENS_AFTER = rx(r"(?<=\w)\s*\((?:[A-Z][a-z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]*){0,2}|[a-z][a-z ./]{1,30})\)$")


_PARENS_CODE = rx(r"(?<=\w)\s*\(([A-Z][A-Za-z]{0,11}(?:[ /-][A-Z][A-Za-z]{1,11})?)\)$")


def _uncased(word: str) -> bool:
    """A word of letters of a script without case (Hangul, Chinese, Japanese)."""
    return any(c.isalpha() for c in word) and word.lower() == word.upper()


def _credit_tag(word: str, profile: Profile) -> bool:
    """A word a credit prints after a name's slash: a role, initials, an agency."""
    low = word.lower()
    return low in profile.byline_suffixes or abbreviation(word) or low in profile.agencies


# a name printed twice, as a dump glues an avatar's alt text and the name, or a link and its
# text: "Andina LibriantyAndina Librianty", "Sean Martin Sean Martin"
_TWICE = rx(r"^(\S[^\n]*? \S+?)\s*\1$")


def printed_once(text: str) -> str:
    """A name printed twice over, once ("Andina LibriantyAndina Librianty")."""
    # (a line printed twice holds its first three characters again past them, the least a
    # name of two words is: most lines do not, and the pattern, which tries each cut of the
    # line, is not run on them)
    m = _TWICE.match(text) if len(text) < 120 and text.find(text[:3], 3) >= 0 else None
    return m.group(1) if m else text


def doubled_name(text: str, profile: Profile) -> Optional[str]:
    """The name of a line that prints a person's name twice over ("Andina LibriantyAndina
    Librianty"): a dump's byline box (a portrait's alt text glued to the name), never a
    headline. None for any other line."""
    once = printed_once(text)
    return clean_name(once, profile) if once != text and _plain_name(once, profile) else None


def without_slash_tag(s: str, profile: Profile) -> str:
    """A credit without the role, editor's initials or agency a slash or a bar sets after its
    names ("Rina Marlina/FER", "Jayanty Nada Shofa, Dina Manafe / JNS", "X | Reuters")."""
    return _SLASH_TAG.sub(lambda m: "" if _credit_tag(m.group(1), profile) or (
        " " in m.group(1) and m.group(1).split()[-1].lower() in profile.agencies) else m.group(0), s)


# a slash or a bar, then a tag of one word or a few ending in an agency's ("Agencia EFE")
_SLASH_TAG = rx(r"(?<=\w)\s*[/|]\s*([A-Za-z]+(?: [A-Z][A-Za-z]*){0,2})$")
# "(avec AFP)", "(with AP)", "(mit dpa)": a phrase in small letters naming an agency
_WITH_AGENCY = rx(r"(?<=\w)\s*\(([^\W\d_A-Z]+ [^()]{2,30})\)$")
# (or after a comma: "Marie Dupont, avec AFP", "Anna Muster, mit dpa")
_COMMA_WITH_AGENCY = rx(r"(?<=\w),\s*([^\W\d_A-Z]+ [^(),]{2,30})$")


def _own_initials(head: str, code: str) -> bool:
    """The code spells the initials of the words before it: a body's own short name
    ("Metropolitan Transit Authority (MTA)", "Badan Pusat Statistik (BPS)")."""
    caps = "".join(w[0] for w in head.split() if w[:1].isupper())
    if not (len(code) >= 2 and code in caps):
        return False
    # (a body's name holds an office's, a firm's or a publisher's word, or a small word, "of",
    # "dan", or spells its code in three words or more, "Metropolitan Transit Authority (MTA)";
    # a writer's own initials after a name of two words sign it: "Rina Sari (RS)")
    k = merged()
    words = head.split()
    return len(words) >= 3 and code == caps or any(
        w[:1].islower() or w.casefold() in k.office_words or w.casefold() in k.org_suffixes
        or w.casefold() in k.publisher_words or w.casefold() in k.place_units for w in words)


def without_agency_parens(s: str) -> str:
    """A credit without the agency it names in parentheses at its end ("Marie Dupont (AFP)",
    "Marie Dupont (avec AFP)", or after a comma, "Marie Dupont, avec AFP"): the agency the
    writer files for, or with; or without the place in parentheses the story was filed from
    ("Marie Dupont (à Marseille)")."""
    m = _PARENS_CODE.search(s) or _WITH_AGENCY.search(s) or _COMMA_WITH_AGENCY.search(s)
    if m and (m.group(1).casefold() in merged().agencies or
              m.group(1).split()[-1].casefold() in merged().agencies):
        return s[:m.start()]
    if m and m.re is _PARENS_CODE and (ACRONYM.match(m.group(1)) and not _ROMAN.match(m.group(1))
                                       and not _own_initials(s[:m.start()], m.group(1))
                                       or is_outlet(m.group(1))):
        return s[:m.start()]  # "Paul Grant (CNN)", "Ann Lee (Daily Herald)": the outlet written for
    if m and m.re is _WITH_AGENCY and m.group(1).split()[0] in merged().filed_from \
            and m.group(1).split()[-1][:1].isupper():
        return s[:m.start()]  # "Marie Dupont (à Marseille)": where the story was filed from
    return s


def without_role_phrase(text: str, profile: Profile) -> str:
    """A name without the role a dump printed after it, the role's node joined to the name's
    with a space, the role qualified: "Jane Roe Parliamentary editor", "Jane Doe Chief
    political reporter", "Jane Doe Senior Reporter" (a role word last, a word of the
    profiles' role_modifiers before it). Two words of the name are always left."""
    words = text.split()
    if len(words) < 4 or words[-1].lower() not in profile.role_words:
        return text
    modifiers = merged().role_modifiers
    k = len(words) - 1
    while k > 2 and (words[k - 1].lower() in modifiers or words[k - 1].lower() in profile.role_words):
        k -= 1
    if k > 2 and k < len(words) - 1 and ACRONYM.match(words[k - 1]) and not text.isupper():
        k -= 1  # the outlet's short name before the role: "Jane Doe BBC Political Editor"
    left = words[:k]
    low = {w.lower() for w in left}
    if k == len(words) - 1 or not any(w.lower() in modifiers for w in words[k:]) or not all(
            plain_name_word(w) or w in profile.name_particles for w in left) or \
            left[-1].lower() in modifiers or not low.isdisjoint(merged().not_names | merged().apposition_openers):
        # (what is left of "AP National Security Writer" is no name, nor what is left of a
        # promotion's line, "Meet Your Local News Reporter", "Hire Local Freelance Writer")
        return text
    if _names_outlet(left):
        return ""  # an outlet's role, no person: "Daily Mail Royal Correspondent"
    return " ".join(left)


_ACRONYM_END = rx(r"^(?P<head>\w*[a-z])?[A-Z]{2,}$")
_ACRONYM_MOST = 4  # an outlet's acronym before its word has at most so many letters ("BBC News")


def without_outlet_name(words: List[str]) -> List[str]:
    """A name's words without an outlet's name printed after them, an acronym and an outlet's
    word ("Jon Kelly BBC News"), glued on by a dump or not ("Jon KellyBBC News"); the words
    as they are otherwise, or when fewer than two would be left."""
    m = _ACRONYM_END.match(words[-2]) if len(words) > 2 and words[-1].lower() in merged().outlet_words else None
    if not m or len(words) - 2 + bool(m.group("head")) < 2:
        return words
    left = words[:-2] + ([m.group("head")] if m.group("head") else [])
    k = merged()
    cased = [w for w in left if w.lower() not in k.name_conjunctions and w.lower() not in k.bare_labels]
    if not m.group("head") and (len(words[-2]) > _ACRONYM_MOST or not any(c.islower() for w in cased for c in w)):
        # (a name in capitals has its last word in capitals too: "JOHN DOE and JANE POST",
        # "By MARY ANN LEE POST"; an outlet's acronym is short, "BBC", "USA")
        return words
    if left[-1].lower() in k.name_conjunctions:
        return words  # (nor a conjunction left last: "Ann Lee and MARY POST")
    return left


@short_text_cache(maxsize=4096, limit=200)
def clean_name(raw: str, profile: Profile) -> Optional[str]:
    """A person's name from a credit fragment, or None if it is not one."""
    s = without_role_phrase(printed_once(raw.strip().strip(",;:|-–—").strip()), profile)
    # "Rina Marlina / Reporter", "Rina Marlina/FER", "Rina Marlina/Ant": the writer's role, an
    # editor's initials or an agency's short name after a slash or a bar
    s = without_slash_tag(s, profile)
    # "Rahmat Hidayat (Makassar)": the correspondent's city after the name is not the name's,
    # nor are words in lower case, "(rin)" (the writer's initials), "(opens in new tab)"
    # (a code in capitals, "(D)", "(AP)", is left: what it follows may be no person)
    s = _PARENS_AFTER.sub("", s)
    # "Marie Dupont (AFP)", "Meg Kinnard (AP)": an agency's code in capitals after the name is
    # the agency the writer files for (a code no agency's, "(D)", is left: what it follows may
    # be no person)
    s = without_agency_parens(s)
    # "Kontributor Lhokseumawe, Masriadi": a role (and its place) before a comma; but
    # "Reporter Andi Wijaya, Jakarta": the role, the name, then the writer's town
    if "," in s:
        head, _, tail = s.partition(",")
        if head.split() and head.split()[0].lower() in profile.role_words:
            s = tail.strip() if _placed(head, tail, profile) else " ".join(head.split()[1:])
    words = [w for w in s.split() if not w.startswith("@")]  # "Sean Martin @seanmartin"
    words = without_outlet_name(words)
    if len(words) > 1:
        # "Jonathan GarberFOXBusiness", "Eric SongBy Eric Song": a page's next words glued to
        # a surname (not "McKay", "DeArdo", "LaMotte": a prefix of three letters or fewer)
        words = [m.group(1) if (m := _GLUED_TAIL.match(w)) else w for w in words]
    s = " ".join(words)
    # "Editor: Bambang Susilo Rabu, 14 Juni 2023": a date glued after the name
    while len(words) > _NAME_LEAST_WORDS and words[-1].lower().strip(",") in _DATE_WORDS and \
            words[-2].lower() not in _surname_particles():
        words.pop()  # (but "Lena Sun", "Ana Domingo": a surname; "Luigi Di Maio", "Ana De Mayo":
        # a month's name after a particle is the surname's word)
    if len(words) > 2:
        words = _without_tail(words, profile)
    s = " ".join(words)
    if len(words) > 3 and words[-1].lower() in profile.role_words:
        at = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in profile.agencies), 0)
        if at and all(w[:1].isupper() for w in words[at:]):
            # "MEG KINNARD AP Political Writer": the name, then its role at the agency
            words = words[:at]
            s = " ".join(words)
    # (with the role: "JERUSALEM POST STAFF" is a desk; but "Staff" before a role is the
    # role's, "Dan Rivera Staff Writer"; not after an outlet's name, "Seattle Times Staff
    # Reporter", "Daily Herald Staff Writer": the paper's desk)
    staff_role = len(words) > 3 and words[-1].lower() in profile.role_words and \
        words[-2].lower() in profile.role_words and not is_outlet(" ".join(words[:-2])) and \
        not _names_outlet(words[:-2])
    printed = {w.lower() for w in (words[:-2] if staff_role else words)}
    if len(words) > 1 and words[-1].lower() in profile.role_words:
        # "Meg James, Staff Writer" as a dump glues it ("Meg JamesStaff Writer"): the role off;
        # what is left of "AP National Security Writer" or "Contributing Writer" is no name
        # (but a name in a script without spaces or case is one word: "신현주 기자")
        words = _without_role(words, profile)
        if not words or len(words) < 2 and not _uncased(words[0]) or \
                any(w.lower() in profile.agencies for w in words) or words[-1].lower() in merged().role_modifiers:
            return None  # (nor what a qualified role leaves that no name is left of: "Hire Local Freelance")
        s = " ".join(words)
    if words and words[0].lower() in profile.role_words:
        s = " ".join(words[1:])  # a role alone ("Redakteurin") is no name
        words = words[1:]
        if words and words[0][:1].islower() and words[0].lower() not in profile.name_particles:
            return None  # "Reporter for The Guardian": the role's outlet, no name
    if not words or len(words) > 6:
        return None
    if len(words) == 1 and len(words[0]) >= _WEEKDAY_LEAST and words[0].lower() in _WEEKDAYS:
        # "By Tuesday, officials had counted ...": a day's name alone is no writer's (a month's
        # may be: "June", "May", "Jan" sign blogs)
        return None
    if len(words) == 1 and _uncased(words[0]):
        # "记者王敬照", "山田太郎記者": a role glued to a name in a script without spaces
        words = [without_glued_role(words[0])]
        s = words[0]
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 1 and words[:half] == words[half:]:
        words = words[:half]  # "Sean Martin Sean Martin": a name printed twice (a link and its text)
        s = " ".join(words)
    elif len(words) % 2 == 1 and half > 1 and words[:half] == words[half + 1:] and \
            words[half].casefold() in merged().bare_labels:
        # "Christian Unger Von Christian Unger": the portrait's alt text, then the byline
        words = words[:half]
        s = " ".join(words)
    if _INITIALS.match(s) and (s.startswith("(") or "/" in s):
        return None
    if any(ch.isdigit() for ch in s) or "@" in s or "http" in s.lower() or "www." in s.lower():
        return None
    if not all(_NAME_TOKEN.match(w) for w in words) or "_" in s:
        return None
    if len(words) == 1 and (_DOTTED.match(s) or "." in s.strip(".") and s.islower()):
        # a login or a domain ("christian.stadtfeld", "Interia.pl"), a template's key
        # ("lead-art-block.fullscreen-enter")
        return None
    if len(words) > 1 and any(w[0].islower() and w.lower() not in profile.name_particles
                              and not _second_particle(words, i, profile)
                              for i, w in enumerate(words) if i):
        return None  # "Bundesministerium für Wirtschaft", "Fuchsy designed": no person's name
    if len(words) > 1 and words[-1][:1].islower() and words[-1] in profile.name_particles:
        return None  # "Iron Man ten", "Jan ter": a particle opens a surname, never ends a name
    low = {w.lower().strip(".") for w in words}
    if not low.isdisjoint(profile.not_names) or not low.isdisjoint(_neutral_not_names()):
        return None
    # "MM-Redaktion", "NZZ-Redaktion": a compound that ends with a desk's word is the desk
    low |= {w.rsplit("-", 1)[1] for w in low if "-" in w}
    if (low | printed) & profile.publisher_words or s.lower() in profile.agencies or \
            s.lower() in merged().photo_agencies or _team(words, profile):
        return None
    if _company(words):
        return None  # "bergportal GmbH", "Naturstrom AG": a company
    if len(words) > 1 and words[0].lower() in merged().outlet_words and \
            words[0].lower() not in merged().outlet_surnames:
        return None  # "Daily Nation", "Express Tribune": an outlet's name opens with its word
    if "." in s and any(domain_rx().search(w) for w in words):
        return None
    if not any(w[0].isupper() for w in words) and len(words) > 1 and \
            any(w[0].lower() != w[0].upper() for w in words):  # (scripts without case pass)
        return None
    if (len(words) > 1 or "-" in words[0]) and place_or_section(words):
        # (of two words or more: a name of one word the page labels is a person's, "By
        # Jordan", "Penulis: Iran", and a one-word kicker over a date line is no credit already)
        return None
    return s if abbreviation(s) else _title_name(s)  # ("TPN" stays as printed: no name to case)


@lru_cache(maxsize=None)
def _places() -> FrozenSet[str]:
    """Every profile's countries, regions and news cities, and its sections of several
    words, in small letters."""
    k = merged()
    return k.country_names | k.foreign_countries | k.world_cities | k.dateline_cities | k.section_names


def place_or_section(words: Sequence[str]) -> bool:
    """The words are a place or a section's label, no person: a country, a region or a news
    city alone ("North Korea", "Middle East", "London"), a topic's word alone or after one
    ("Politics", "Asia Business"), as a kicker printed over a date line or a desk's signature
    names them. A name that only holds such a word is a person's ("Jordan Peterson", "Paris
    Hilton", "Jack London", "Georgia Smith")."""
    low = [w.lower().strip(".,:;&'’") for w in words if w.strip("&")]
    topics, places = merged().topic_words, _places()
    while low and low[-1] in topics and " ".join(low) not in places:
        low.pop()  # ("Asia Business", "Europe Politics": a region's section)
    return not low or " ".join(low) in places


_SECOND_PARTICLE_CHARS = 3  # "den", "ter", "het": the short word of a particle of two


def _second_particle(words: List[str], i: int, profile: Profile) -> bool:
    """words[i] is the second word of a surname's particle of two words, between a particle
    in small letters and the surname ("Pieter van den Berg", "Jan van het Hof"): a short word
    in small letters (not "Amt von und für Kunst", which no surname follows), after one given
    name (after a name in full it is an affiliation: "Anna Schmidt von den Grünen"), a given
    name the profiles list (not "Raad van het Verzet", "Stimmen von den Rängen")."""
    prev = words[i - 1]
    return i == 2 and i < len(words) - 1 and words[0].casefold() in merged().given_names \
        and prev[:1].islower() and prev.lower() in profile.name_particles \
        and len(words[i]) <= _SECOND_PARTICLE_CHARS and words[i].isalpha() and words[i + 1][:1].isupper()


def abbreviation(name: str) -> bool:
    """Initials or an abbreviation standing for a writer, a desk or an outlet ("mh", "AgE",
    "SID", "TPN"): a credit line's name (the line is a byline all the same), not a person's.
    A first name alone ("Jan", all a blog may print) is a name."""
    s = name.strip(".")
    return " " not in s and len(s) <= 3 and not _uncased(s) and not (s[:1].isupper() and s[1:].islower())


@lru_cache(maxsize=None)
def _surname_particles() -> FrozenSet[str]:
    """Every language's name particles, with those that are also a label ("di")."""
    return merged().name_particles | merged().particle_labels


def _without_tail(words: List[str], profile: Profile) -> List[str]:
    """A name's words without what a page prints after it on the same line: an agency ("MEG
    KINNARD Associated Press"), the outlet written for ("Jane Doe For Dailymail.Com"), links
    of the byline box ("Jane Doe Email Me Follow"). Two words are always left."""
    agencies = profile.agencies | merged().agencies
    writing_for = merged().writing_for  # (a byline's words are often not the page's language)
    # (a tail longer than the longest agency's name, and a word before it, is none: not
    # joined, as a paragraph run on after a byline would be joined again for each word)
    longest = _most_words(agencies) + 1
    for k in range(2, len(words)):
        if len(words) - k <= longest:
            tail = " ".join(words[k:]).lower()
            if tail in agencies or words[k][:1].islower() and tail.partition(" ")[2] in agencies:
                return words[:k]  # (or after a word in lower case: "Jean Dupont avec AFP")
        if words[k].lower() in writing_for and k + 1 < len(words) and words[k + 1][:1].isupper() \
                and _names_outlet(words[k + 1:]):
            # "Dolores Chang For Dailymail.Com": the outlet written for (an institution's
            # own "für", "Landesanstalt für Wald", names no outlet)
            return words[:k]
    while len(words) > 2 and words[-1].lower() in profile.not_names:
        words = words[:-1]
    return words


@lru_cache(maxsize=None)
def _most_words(names: FrozenSet[str]) -> int:
    """The most words a name of the set has."""
    return max((len(n.split()) for n in names), default=0)


def _names_outlet(words: List[str]) -> bool:
    """Words that name an outlet: a domain ("Dailymail.Com", "Dailymail."), an agency, or an
    outlet's or publisher's word ("The Mail on Sunday Times", "Daily Herald")."""
    k = merged()
    low = [w.casefold().strip(".,") for w in words]
    return any("." in w for w in words) or " ".join(low) in k.agencies or \
        not set(low).isdisjoint(k.outlet_words | k.publisher_words) or _glued_outlet(low[0])


_GLUED_OUTLET_LEAST = 5  # an outlet's word of this many letters at least closes a word glued of two


def _glued_outlet(word: str) -> bool:
    """One word that an outlet's word closes after a few letters ("mailonline", "tagesnachrichten"
    as a byline in capitals prints "MAILONLINE")."""
    return any(word.endswith(w) and len(word) >= len(w) + 3 and w.isalpha()
               for w in merged().outlet_words | merged().publisher_words if len(w) >= _GLUED_OUTLET_LEAST)


def _company(words: List[str]) -> bool:
    """A company's name: a legal form among its words ("GmbH", "Ltd", "AG"; a two-letter one
    only in capitals, as "Co" is a surname too)."""
    return any(w.lower().strip(".") in merged().org_suffixes and (len(w.strip(".")) > 2 or w.isupper())
               for w in words)


_GLUED_WORD = rx(r"^(?P<head>\w*[a-z])(?P<tail>[A-Z][a-z]+)$")


def _without_role(words: List[str], profile: Profile) -> List[str]:
    """A name's words without the role printed after it, and a role word glued to the name
    ("JamesStaff")."""
    words = list(words)
    while words and words[-1].lower() in profile.role_words:
        words.pop()
        m = _GLUED_WORD.match(words[-1]) if words else None
        if m and m.group("tail").lower() in profile.role_words:
            words[-1] = m.group("head")
    return words


# a name's box links that a dump glues to the name and to each other ("Kevin LiuEmail
# MeFollow"): the name's last word, then the buttons' words
_GLUED_LINK = rx(r"(?<=[a-z])(?=[A-Z][a-z]*$)")
_GLUED_LINK_CHARS = 5  # a link's word glued on has this many letters ("Email", "Follow"), the name's three


def without_buttons(text: str, profile: Profile) -> str:
    """A name's line without the byline box's links printed after it, spaced or glued on by
    a dump ("Kevin Liu Email Me Follow", "Kevin LiuEmail MeFollow" -> "Kevin Liu"); the line
    as it is when nothing after its second word is a link's. Two words are always left."""
    words = text.split()
    while len(words) >= 2:
        last = words[-1]
        parts = _GLUED_LINK.split(last) if len(last) > 3 else [last]
        if len(parts) > 1 and (len(parts[-1]) < _GLUED_LINK_CHARS or len(parts[0]) < _GLUED_LINK_CHARS - 2
                               and parts[0].lower() not in profile.not_names):
            parts = [last]  # (a short word glued on may end a surname: "McMore", "DeView")
        if parts[-1].lower() not in profile.not_names:
            break
        if len(parts) > 1:
            # (only the glued tail is a link's word; the head is the name's last word or a
            # button's first: "LiuEmail", "MeFollow")
            words[-1] = "".join(parts[:-1])
        elif len(words) > 2:
            words.pop()
        else:
            break
    return " ".join(words)


def _team_credit(text: str, profile: Profile) -> bool:
    """A team's or desk's credit as printed ("Tim Redaksi", "Tim detikBali"): a team word,
    then one or two words; three when the first is a desk's word ("Tim Riset CNBC Indonesia")."""
    words = text.split()
    return (2 <= len(words) <= 3 or len(words) == 4 and words[1].lower() in profile.publisher_words
            and all(w.isalnum() for w in words)) and \
        words[0].lower() in profile.team_words and \
        words[0][:1].isupper() and not any(ch.isdigit() for ch in text)


def is_team(name: str, profile: Profile) -> bool:
    """A credit that names a team or desk, not a person (see _team_credit)."""
    return _team_credit(name, profile) and clean_name(name, profile) is None


def _team(words: List[str], profile: Profile) -> bool:
    """A team's credit: a team word alone, or before a word that is no name ("detikBali",
    "Kompas.com")."""
    if words[0].lower() not in profile.team_words:
        return False
    return len(words) == 1 or any(w[:1].islower() or "." in w for w in words[1:])


@lru_cache(maxsize=None)
def _conjunctions_rx(profile: Profile) -> str:
    """The words that join two names ("and", "dan", "und", "et", "y"), as a pattern."""
    return "|".join(r"\b" + re.escape(w) + r"\b" for w in sorted(profile.name_conjunctions, key=longest_first))


def split_names(raw: str, profile: Profile, placed: bool = True) -> List[str]:
    """Several names in one credit ("A dan B", "A, B and C"); with `placed`, a name may be
    followed by the place its writer files from ("Jane Doe in London", see _placed_name)."""
    joins = _conjunctions_rx(profile)
    if joins and raw.isupper() and profile.code in available():
        # a credit in capitals prints its joins in capitals ("BY JANE DOE AND JOHN ROE", "VON
        # ANNA SCHMIDT UND MAX MÜLLER"); a letter with its dot is an initial there, no join
        # ("MARIA E. COSTA", "JOSÉ Y. PÉREZ"). Only the joins of the language's own profile:
        # another language's join in capitals is a name or an initial ("DAN SMITH", with
        # Indonesian "dan"; "MARIA E COSTA" on an English page), and a profile read with every
        # language's names lists them all
        own = _conjunctions_rx(get_profile(profile.code))
        if own:
            joins = r"(?i:" + own + r")(?!\.)"
    after = re.search(r"(?:&|" + joins + r")\s+([«\"“„‹'‘]|[^\W\d_]+)", raw) if joins else None
    if after and (after.group(1)[:1] in _OPENING_MARKS or after.group(1)[:1].islower() and after.group(1).lower() not in profile.name_particles):
        # "Von Halloween und anderen Gruselgestalten", "Von Sprachregeln und «ganz normalem
        # Deutsch»": what a conjunction joins to a name opens with a capital; these are a
        # headline's phrase after a preposition that bylines use as their label
        return []
    split = r"\s*(,|&|;|" + joins + r")\s*"
    text = raw
    if "," in raw:
        # keep the role-prefixed form whole ("Kontributor X, Name")
        first = raw.split(",")[0].split()
        if first and first[0].lower() in profile.role_words and \
                _placed(raw.partition(",")[0], raw.partition(",")[2], profile):
            split, text = r"\s*(&|;|" + joins + r")\s*", raw.partition(",")[2]
    pieces = re.split(split, text)
    # the parts, and the mark or word each part follows (None for the first)
    parts, seps = pieces[::2], [None] + pieces[1::2]
    out: List[str] = []
    places = 0
    for i, p in enumerate(parts):
        first = p.split()[:1]
        if i and first and first[0][:1].islower() and first[0].lower() not in profile.name_particles \
                and _label_words(profile).isdisjoint(p.casefold().split()):
            # "By TPN, in News, Portugal, Business": the sections the story is filed in
            # (but "A, B, with reporting by C" goes on)
            break
        if i and _desk_or_town(p, profile):
            continue  # "Por Ana Silva, da Redação", "Por Ana Silva, de Lisboa"
        if _company(p.split()):
            break  # "Süddeutsche.de GmbH, Munich, Germany": a company, then its address
        if i and ACRONYM.match(p.strip()):
            continue  # "By Jane Doe, CNN": the outlet after the name, no second person
        if i and seps[i] == "," and len(p.split()) > 1 and is_outlet(p) and \
                all(sep in (",", ";") for sep in seps[i + 1:]):
            # "By Anil Mehta, Hindustan Times", "By Jane Doe, Washington Post": the outlet after
            # a comma, its word last (not "Ann Lee and Mary Sentinel", nor a list's member,
            # "Ann Lee, Tom Guardian and Joe Ray": a person whose surname is an outlet's word).
            # "By Ann Lee, Emily Post" loses its second writer: a syndicated writer's outlet
            # ("Denver Post", "Boston Herald") is far more common, and no word tells them apart
            continue
        if i == len(parts) - 1 and seps[i] == "," and p.isupper() and len(p.split()) > 1 and \
                not parts[0].isupper() and _caps_outlet_or_place(p):
            # "von David Straub, MDR THÜRINGEN", "By Jane Doe, NEW DELHI": words in capitals
            # after the last name, printed in small letters, are the outlet's or the place's
            # as a template prints them; a name in capitals is a co-writer's ("By Jane Doe,
            # JOHN ROE"), no word but an outlet's or a place's telling them apart
            continue
        if i and not p.isupper() and any(len(w) >= 3 and ACRONYM.match(w) and not _ROMAN.match(w) for w in p.split()):
            # "Alex Durán, AMP Project Marketing, Google": a team or body, its acronym in it
            # (not a name's initials, "TJ Miller", nor its numeral, "Martin Luther King III")
            continue
        if i and first and first[0].lower() in profile.role_words:
            continue  # "Rina Marlina, Jurnalis Kompas TV": the role and outlet of the name before
        if i and any(w.lower() in merged().office_words for w in p.split()):
            continue  # "Penulis Andi Wijaya, Kota Bandung": the writer's town or office
        if i and len(p.split()) == 1 and not profile.mononyms and all(len(n.split()) > 1 for n in out):
            continue  # "Von Max Muster und Erika Mustermann, Hamburg": where they write from
        # (the place a writer files from after the name: "Reporting by Jane Doe in London and
        # Max Miller in Paris")
        name = clean_name(p, profile) or (_placed_name(p, profile) if placed else None)
        if name and name not in out:
            out.append(name)
        elif not name and len(p.split()) == 1 and place_or_section(p.split()):
            # (a region's name of one word, hyphenated: an address's part, "..., Rheinland-Pfalz";
            # a place of several words after the names is where they write from, "Smith and
            # Jones, Hong Kong", and leaves the names theirs)
            places += 1
    if len(out) + places >= _ONE_WORD_LIST and not profile.mononyms and all(" " not in n for n in out):
        return []  # "Kirche und Leben, Münster, Germany": an outlet and its address
    return out


def _placed_name(part: str, profile: Profile) -> Optional[str]:
    """A writer's name before the place of filing ("Jane Doe in London"), of two to four words
    that open with no function word or particle ("From Edward Qorro in Dodoma", "Iron Man zu
    Hause" name no one so), each a name's word; or None."""
    words = without_place(part).split()
    if len(words) == len(part.split()) or not 2 <= len(words) <= 4:
        return None
    k = merged()
    if words[0].casefold() in k.stopwords or words[-1].casefold() in k.name_particles or \
            not all(_name_word(w) or w in k.name_particles for w in words):
        return None
    return clean_name(" ".join(words), profile)


def credits_no_person(text: str, profile: Profile) -> bool:
    """A credit line that names no person, which parse_credit reads as no one's: an outlet
    with its article after a label ("Par Le Figaro avec AFP", "By The Guardian"), or a
    helpers' credit ("Additional reporting by Ann Lee"). Never a headline."""
    low = text.strip().casefold()
    if low.startswith(tuple(merged().contributor_labels)):
        return True
    m = _label_rx(profile.author_labels).match(text.strip())
    if not m or not m.group("rest"):
        return False
    return any(_outlet_with_article(n, profile, m.group("label")) for n in split_names(m.group("rest").strip(), profile))


@lru_cache(maxsize=None)
def _outlet_articles(profile: Optional[Profile], label: str = "") -> FrozenSet[str]:
    """The articles that open an outlet's name in the page's language ("Les Echos" on a French
    page; "Les Carpenter", "Le Thu", "Das Gupta" are people on an English one), and "The";
    and in the language of the byline's label ("Par Le Monde" on a page of another language:
    "par" is a French label, "by" no French one)."""
    code = profile.code if profile is not None else "*"
    if code not in available():
        return merged().outlet_articles
    out = get_profile(NEUTRAL).outlet_articles | get_profile(code).outlet_articles
    low = label.casefold()
    for other in available() if low else ():
        if low in get_profile(other).author_labels:
            out |= get_profile(other).outlet_articles
    return out


def _outlet_with_article(part: str, profile: Optional[Profile] = None, label: str = "") -> bool:
    """A credit's name of two words, an article and a capitalised word ("Le Figaro", "La
    Stampa", "Die Zeit", "The Guardian"): an outlet's name as bylines print it, no person's
    (neutral.json's outlet_articles: not "De", "Di", "Da", particles of surnames alone)."""
    words = part.split()
    return len(words) == 2 and words[0].casefold() in _outlet_articles(profile, label) and words[0][:1].isupper() and \
        words[1][:1].isupper() and not words[1].isupper()


def _outlet_alone(part: str) -> bool:
    """An outlet's name as a credit's only name ("By Lesotho Times", "BBC News"): words whose
    last is an outlet's word no one has for a surname; like an agency or a desk alone, a credit
    that names no person ("Emily Post" and "Tom Courier" are names; the short words too,
    Indonesian "pos" a Dutch surname, "Jan Pos"; in a list of names such a word is a
    co-writer's surname, "Ann Lee and Mary Sentinel")."""
    words = part.split()
    last = words[-1].lower() if words else ""
    return 1 < len(words) <= _OUTLET_ALONE_WORDS and len(last) > 3 and last in merged().outlet_words and \
        last not in merged().outlet_surnames and all(w[:1].isupper() for w in words) and \
        merged().writing_for.isdisjoint(w.lower() for w in words)  # (not "Max Muster für Zeit Online")


_OUTLET_ALONE_WORDS = 4  # "The Sydney Morning Herald"


def _caps_outlet_or_place(part: str) -> bool:
    """Words in capitals that are an outlet's ("MDR THÜRINGEN", "AP WRITERS": a short acronym
    with no vowel or an agency's, or an outlet's word) or a listed place's ("NEW DELHI"),
    not a name's ("JOHN ROE", "J.R. SMITH")."""
    low = part.strip().casefold()
    return is_outlet(part) or low in merged().dateline_cities or low in merged().world_cities or any(
        ACRONYM.match(w) and (w.casefold() in merged().agencies or not _VOWEL.search(w)) for w in part.split())


_VOWEL = rx(r"[AEIOUYÄÖÜÅÆØÉÈÁÀÍÓÚ]")
_ROMAN = rx(r"^[IVX]+$")
_OPENING_MARKS = "«\"“„‹'‘"
_ONE_WORD_LIST = 3  # so many one-word "names" in a row, where people have surnames, are none


def _name_word(word: str) -> bool:
    """A word of a name as bylines print it: a capital, then small letters ("Sebusi",
    "McKay", "O'Neil"); not an abbreviation ("Fot.") nor capitals ("USA")."""
    return word[:1].isupper() and word[1:2].islower() and not word.endswith(".")


def _slashed_names(part: str) -> List[str]:
    """"Mathatisi Sebusi/Mohalenyane Phakela": full names parted by a slash are two people; a
    slash beside a code or a single word ("Ant/X", "Reporter/Editor") parts no names."""
    if "/" not in part:
        return [part]
    pieces = [p.strip() for p in part.split("/")]
    if all(len(p.split()) >= 2 and all(w[:1].isupper() for w in p.split()) for p in pieces):
        return pieces
    return [part]


_LOWER_NAME = rx(r"^[^\W\d_A-Z][^\W\d_]*(?: [^\W\d_A-Z][^\W\d_]*){1,3}$")


_GLUED_LABEL_CHARS = 60  # a credit line whose label a dump glued to the name is this short


def without_portrait_alt(text: str, profile: Profile) -> str:
    """A byline without its writer's portrait's alt text, which a dump prints before it: the
    name, then the labelled byline naming the same ("Vivien Valentiner Von Vivien Valentiner,
    Redakteurin 06.11.2025", a Markdown dump's linked image, then the byline). The line as it
    is otherwise ("Anna Berg Von Max Muster": a name before another's byline stays, the line
    reads as no credit)."""
    glued = _glued_portrait_alt(text, profile)
    if glued:
        return glued
    if not _opens_name_twice(text):
        return text  # (the name printed twice: most lines are not, and go at once)
    words = text.split(" ", _PORTRAIT_ALT_WORDS + 1)
    starts = label_starts(profile)
    for k in range(2, min(_PORTRAIT_ALT_WORDS, len(words) - 2) + 1):
        head, rest = " ".join(words[:k]), text.split(" ", k)[k]
        if not rest[:40].casefold().startswith(starts):
            continue
        m = _label_rx(profile.author_labels).match(rest)
        after = m.group("rest") if m else ""
        tail = after[len(head):].strip(" ,|")
        if after.startswith(head) and after[len(head):len(head) + 1] in ("", " ", ",", "|") and \
                _plain_name(head, profile) and _byline_goes_on(tail):
            return rest
    return text


_PORTRAIT_ALT_WORDS = 4  # a name of two to four words


def _opens_name_twice(text: str) -> bool:
    """without_portrait_alt's first test: a line of four words or more whose first word it
    prints twice (the portrait's alt text naming the writer, then the byline naming the same)."""
    words = text.split(" ", _PORTRAIT_ALT_WORDS + 1)
    return len(words) >= 4 and text.count(words[0]) >= 2


# a small letter and a capital with no space between: where a dump glued an image's alt text
# to the label after it ("Foto Profil Dinda PravitasariOleh Dinda Pravitasari")
_GLUED_CAPITAL = rx(r"(?<=[^\W\d_A-Z])(?=[A-Z])|(?<=[^\W\d_] )(?=[A-Z])")


def _glued_portrait_alt(text: str, profile: Profile) -> str:
    """The labelled byline after the writer's portrait's alt text, glued to its label or a
    space before it, as w3m and lynx print an <img> before a <span>: "Foto Profil Dinda
    PravitasariOleh Dinda Pravitasari" -> "Oleh Dinda Pravitasari" (the alt ends with the name
    the label gives, two words of it at least, and holds no label or bar itself: "Penulis X
    Editor X" is two credits). "" when the line holds no such join (a name glued to a date,
    "Gayuh Tri Pinjungwati02 Jun 2020", is read elsewhere)."""
    if not _may_glue_portrait_alt(text):
        return ""
    starts = label_starts(profile)
    if text[:40].casefold().startswith(starts):
        return ""
    for m in _GLUED_CAPITAL.finditer(text):
        rest = text[m.start():]
        if not rest[:40].casefold().startswith(starts):
            continue
        lm = _label_rx(profile.author_labels).match(rest)
        name = lm.group("rest").split() if lm else []
        alt = text[:m.start()].rstrip()
        glued = alt == text[:m.start()]
        for k in range(min(_PORTRAIT_ALT_WORDS, len(name)), 1, -1):
            head = " ".join(name[:k])
            if not (alt.endswith(head) and (len(alt) == len(head) or alt[-len(head) - 1] == " ")):
                continue
            tail = lm.group("rest")[len(head):].strip(" ,|") if lm else ""
            # (the byline ends the line or goes on as one; and the join is a dump's, glued, or
            # the alt holds more than the name: "Lena Marsh By Lena Marsh" is a headline's)
            if (not tail or _byline_goes_on(tail)) and (glued or len(alt) > len(head)):
                return rest
    return ""


def _may_glue_portrait_alt(text: str) -> bool:
    """_glued_portrait_alt's first tests: a line of up to 160 characters, a space and no bar in
    it, whose last word, or the word before it (before a role or a date), is a capitalised word
    printed twice in it, as the name the alt text ends with and the byline gives. Most lines are
    none, and go before any search for a join."""
    if len(text) > 160 or " " not in text or "|" in text:
        return False
    end = text.rfind(" ")
    word = text[end + 1:].strip(",.")
    if word[:1].isupper() and text.count(word) > 1:
        return True
    word = text[text.rfind(" ", 0, end) + 1:end].strip(",.")
    return word[:1].isupper() and text.count(word) > 1


def _byline_goes_on(tail: str) -> bool:
    """What follows the repeated name is a byline's: a role word, a date opening it (after one
    role word at most), or a co-writer's plain name ending the line or followed by a role or a
    date ("Redakteurin 06.11.2025", "December 4, 2024", "and John Roe"); not nothing, a
    headline's "Lena Marsh by Lena Marsh" or "Tom Reed by Tom Reed and Friends", nor a
    sentence, "Anna Berg von Anna Berg, erschienen im ...", "Lena Marsh By Lena Marsh, out on 4
    March 2025 from Harbor Press, is her first memoir.", a book and its author."""
    k = merged()
    words = tail.split()
    if not words or _SENTENCE_END.search(tail):
        return False
    first = words[0].lower()
    if _date_opens(tail, k):
        return True
    if first in k.role_words:  # (then only roles, "Autorin und Malerin", and a date or nothing:
        # not "Autorin und Malerin, liest am Freitag", a reading's notice)
        roles = list(itertools.dropwhile(
            lambda w: w.strip(",").lower() in k.role_words or w.strip(",").lower() in k.role_modifiers
            or w.lower() in k.name_conjunctions, words))
        return not roles or _date_opens(" ".join(roles), k)
    if first not in k.name_conjunctions:
        return False
    name: List[str] = []
    for i, w in enumerate(words[1:_PORTRAIT_ALT_WORDS + 1], 1):
        if not _name_word(w.rstrip(",")) or _date_opens(" ".join(words[i:]), k):
            break
        name.append(w)
        if w.endswith(","):
            break
    if len(name) < 2:
        return False  # (one capitalised word is no co-writer: "and Friends", a show's)
    rest = " ".join(words[1 + len(name):]).strip(" ,|")
    return not rest or rest.split()[0].lower() in k.role_words or _date_opens(rest, k)


def _date_opens(text: str, k: Profile) -> bool:
    """A date opens `text`, or the text after its first word, a role's ("Redakteurin
    06.11.2025"); a date further on is a sentence's ("out on 4 March 2025")."""
    text = text.strip(" ,|")
    rest = text.split(" ", 1)[1].strip(" ,|") if " " in text and text.split()[0].strip(",").lower() in k.role_words \
        else ""
    return any(d.start == 0 for t in (text, rest) if t for d in find_dates(t[:_ALT_DATE_CHARS], k))


_SENTENCE_END = rx(r"[^\W\d_A-Z]{3}[.!?][\"”’)]*$")  # a sentence's stop after a word, not "Dec."


_ALT_DATE_CHARS = 40  # the date of a byline after a role, "Redakteurin 06.11.2025, 17:06 Uhr"


_LEAD_DASH = rx(r"^(?:[—–]|--)\s*(?=[^\W\d_])")


def _names_alone_after_dash(rest: str, profile: Profile) -> bool:
    """After a closing credit's dash, a label and names alone: every word after the label's
    capitalised, a particle, a conjunction or "in" (a place of filing), no sentence's stop."""
    k = merged()
    small = k.name_particles | k.name_conjunctions | {"in", "and", "&"}
    words = rest.rstrip().split()
    if rest.rstrip().endswith((".", "!", "?", "…")) or len(words) < 2:
        return False
    low = rest.casefold()
    label = next((x for x in sorted(profile.author_labels, key=len, reverse=True) if low.startswith(x + " ")), None)
    after = rest[len(label):].split() if label else words
    return all(w[:1].isupper() or w.strip(",").casefold() in small for w in after)


def _browse_menu(pieces: List[str], profile: Profile) -> bool:
    """A menu's links that sort by a word, "Browse · By Type · By Region · News", "Shop · By
    Brand · By Price": two pieces or more that are the same author's label and one word, no
    name ("Penulis Andi · Editor Budi · 12 Jan 2025" names two people with two labels)."""
    labels = set(label_starts(profile))
    seen: Set[str] = set()
    for p in pieces:
        words = p.split()
        if len(words) == 2 and words[0].casefold() in labels:
            if words[0].casefold() in seen:
                return True
            seen.add(words[0].casefold())
    return False


@short_text_cache(maxsize=4096)
def parse_credit(text: str, profile: Profile) -> Tuple[List[str], List[str], bool]:
    """Read one credit line; return (authors, editors, label_only). Cached: do not mutate.

    label_only is True when the line is a bare label ("Oleh :") whose name follows on the
    next line.
    """
    # (nine lines in ten asked about are no credit, and most of them a plain line that
    # read_credit passes by at its first test of a piece: made here first, at a third of the
    # cost; a longer text is read at once, as read_credit reads only a piece's head)
    if len(text) <= _PLAIN_LINE_CHARS and _plain_line(text, profile):
        return [], [], False
    return read_credit(text, profile)


_PLAIN_LINE_CHARS = 300  # (a credit is short)
# what makes read_credit part a line into pieces: a bar, a slash, a dot (_may_split), a colon
# (a second label's)
_PIECE_MARK = rx(r"[|;/·•:：]")
# what read_credit may take off a line's opening: a bracket, a closing credit's dash (_LEAD_DASH)
_LINE_OPENERS = ("(", "—", "–", "-")


@lru_cache(maxsize=None)
def _shared_label_tests() -> Tuple[Pattern[str], FrozenSet[str]]:
    """Every language's credit labels as one pattern matched at a casefolded text's start
    (what startswith(label_starts(merged())) tells, in a tenth of its time: the tree tries a
    letter's few branches, startswith every label), and their first words (_label_words):
    built once, for every profile."""
    k = merged()
    return rx(word_tree_pattern(label_starts(k))), _label_words(k)


@lru_cache(maxsize=None)
def _label_tests(profile: Profile) -> Tuple[Pattern[str], FrozenSet[str]]:
    """_shared_label_tests, for a profile whose labels merged() holds (every language's
    profile: a label of theirs is a label of all); the profile's own for one that adds a
    label (a page language's own, Italian "di", which merged() leaves out)."""
    if set(label_starts(profile)) <= set(label_starts(merged())):
        return _shared_label_tests()
    return rx(word_tree_pattern(label_starts(profile))), _label_words(profile)


def _plain_line(text: str, profile: Profile) -> bool:
    """A line read_credit reads as one piece, the line itself, and passes by at its first
    test: no bracket, dash or space opens it, no mark parts it, no label is glued to a name
    in its first word, no portrait's alt text can stand before a byline in it; and the piece
    opens with no label, and holds no label's first word after a figure (a date, then the
    label: "Posted on March 3, 2023 by X"). read_credit's first steps, made in the order
    that passes by most lines soonest; the labels of every language are looked for, those
    of the profile among them (a line holding another language's is read)."""
    if _PIECE_MARK.search(text) is not None or text[:1] in _LINE_OPENERS or text[:1].isspace() \
            or _GLUED_OPENING.match(text) is not None:
        return False
    if _opens_name_twice(text):
        return False  # (without_portrait_alt looks for a byline after the name printed twice)
    if _may_glue_portrait_alt(text):
        return False  # (and for a label glued to the alt text's last name: "Foto Profil Dinda PravitasariOleh Dinda Pravitasari")
    opening, first_words = _label_tests(profile)
    piece = text.rstrip()
    return opening.match(piece[:40].casefold()) is None and (
        _ANY_DIGIT.search(piece, 0, 60) is None or first_words.isdisjoint(piece[:160].casefold().split()))


def read_credit(text: str, profile: Profile) -> Tuple[List[str], List[str], bool]:
    """parse_credit's reading of any line (parse_credit passes by the plain lines that read
    as no credit, and caches)."""
    authors: List[str] = []
    editors: List[str] = []
    shot: List[str] = []  # the names a photographer's label gives ("Photos by X")
    label_only = False
    if text[:1] == "(" and text.endswith(")"):
        text = text[1:-1]  # "(Ditulis oleh X)"
    # "— By Jane Doe", "-- Von Anna Schmidt": a signed text's closing byline behind its dash
    # (not a single hyphen, a list's bullet in a markdown dump)
    dashed = _LEAD_DASH.match(text)
    closing = dashed is not None and _names_alone_after_dash(text[dashed.end():], profile)
    if dashed is not None and closing:
        text = text[dashed.end():]  # (a dialogue's line opens with its dash too: "— Por Dios, María, vuelve a casa")
    text = without_portrait_alt(text, profile)
    # "Penulis : X | Editor : Y", "Rep: C31/ Red: Israr Itah": pieces split at bars, and at
    # slashes that a label follows
    # (a line with no bar, semicolon or slash is one piece: most lines, and the split is slow)
    pieces = [p for p in _PIECES.split(text) if p.strip()] if _may_split(text) else [text]
    if "/" in text:
        # "Penulis X / Editor Y": a slash with spaces and a label after it, no colon
        pieces = [q for p in pieces for q in _slash_split(p) if q.strip()]
    if len(pieces) > 2 and _browse_menu(pieces, profile):
        return [], [], False
    if len(pieces) == 1 and (text.count(":") + text.count("：") > 1 or (
            ":" in text or "：" in text) and text[:40].casefold().startswith(label_starts(profile))):
        # (or a label with no colon, then one with: "Laporan Wartawan Tribunnews.com, X
        # Editor: Y", as a dump joins the lines)
        pieces = [p for p in _split_before(_second_label(), text) if p.strip()]
        # (a sentence's full stop may close a piece before the next label: "Texte : Marie
        # Dupont. Photos : Jean Martin"; an initial keeps its dot, "Text: Anna K. Foto: X")
        pieces = [p.rstrip()[:-1] if i < len(pieces) - 1 and _FULL_STOP_NAME.search(p.rstrip()) else p
                  for i, p in enumerate(pieces)]
        # (a picture's label of two words is split before its last: the first is no part of
        # the name before it, "By Jane Doe Photo Illustration: John Roe")
        pieces = [_without_picture_word(p) if i < len(pieces) - 1 else p for i, p in enumerate(pieces)]
    if len(pieces) == 1 and _GLUED_OPENING.match(text) and len(text) <= 2 * _GLUED_LABEL_CHARS:
        # "ReporterBudi Santoso EditorDewi Lestari": each label's span glued to its name's, a
        # second label glued the same way starts a second piece
        pieces = [p for p in _split_before(_second_glued_label(), text) if p.strip()]
    if len(pieces) > 2:
        pieces = linked_items(pieces)
    if len(pieces) > 1:
        # "Penulis · Andi Wijaya · Editor · Budi": a dump put each label and each name on a
        # line of its own, and the lines were joined: a label alone goes with the piece after it
        joined: List[str] = []
        for p in pieces:
            # (a role word after a name is the name's role, not a label over the next piece:
            # "Jane Porter · Journalist · Expand")
            if joined and lone_label(joined[-1], profile) and not lone_label(p, profile) and not (
                    len(joined) > 1 and joined[-1].strip().casefold() in profile.role_words
                    and _plain_name(joined[-2].strip(), profile)):
                joined[-1] = joined[-1].strip().rstrip(":：").strip() + ": " + p.strip()
            else:
                joined.append(p)
        pieces = joined
    starts = label_starts(profile)
    # "Penulis X | Editor Y": in a line whose every piece opens with a label, labels need no colon
    # (a piece may print its date before its label: "Kompas.com - 16/05/2022, 09:20 WIB Penulis
    # X | Editor Y", as a dump joins the date's line and the credit's)
    all_labelled = len(pieces) > 1 and all(
        p.strip()[:40].casefold().startswith(starts) or
        after_date(p.strip())[:40].casefold().startswith(starts) for p in pieces)
    for piece in pieces:
        piece = piece.strip()
        dated = False
        if not piece[:40].casefold().startswith(starts):
            # "Posted on March 3, 2023 by X", "Minggu, 21 Juli 2024 17:30 WITA Fotografer: X":
            # a date printed before the credit (looked for only where a label stands later)
            # (and only where a figure stands in the first 60 characters, as after_date asks
            # first: tested before the label's words, at a fifth of their cost, it passes by
            # most lines, which English's "a column by" would send on)
            if not _ANY_DIGIT.search(piece, 0, 60) or _label_words(profile).isdisjoint(piece[:160].casefold().split()):
                continue
            piece, dated = after_date(piece), True
            if not piece[:40].casefold().startswith(starts):
                continue  # every credit piece opens with a label
        m = _label_rx(profile.editor_labels).match(piece)
        target = editors
        if not m:
            m = _label_rx(profile.author_labels).match(piece)
            target = authors
        if not m:
            continue
        label = m.group("label").lower()
        rest = m.group("rest").strip()
        if m.group("colon") and target is authors and " " in rest:
            # "Author of the article: By Denise Paglinawan": a second label, bare, after the
            # first one's colon (a dump joins the box's label and the byline's line)
            first, _sp, after = rest.partition(" ")
            if first.casefold() in profile.bare_labels and after[:1].isupper():
                rest = after
        if not m.group("colon"):
            # a bare label must be a known one (or any label in a line of several credit
            # pieces: "Penulis X | Editor Y"), followed by a space and a capital letter
            glued = not piece[len(m.group("label")):][:1].isspace()
            if not rest or not rest[0].isupper() or (
                    label not in profile.bare_labels and not all_labelled
                    and not (glued and piece[len(m.group("label")):][:1].isupper()
                             and _glued_title_label(m.group("label"), rest, profile))):
                continue
            if glued and not (
                    (m.group("label").islower() or piece[len(m.group("label")):][:1].isupper()
                     and _glued_title_label(m.group("label"), rest, profile)
                     and not rest.casefold().startswith(label))
                    and len(piece) <= _GLUED_LABEL_CHARS and rest[1:2].islower()):
                # (but a label in small letters glued to a name by a dump that dropped the
                # space before a link's or an emphasis's text: "diLuca Monaco", "byJane Doe";
                # or a label of four letters and more glued to a name in full, as BeautifulSoup
                # joins the label's node and the link's: "OlehAndi Wijaya Saputra")
                continue
        if not rest:
            label_only = target is authors
            continue
        rest = before_date(rest)
        if " / " in rest:
            # "By: Maria Santos - Reporter / @msantosINQ Philippine Daily Ledger / DATE": the
            # writer's handle, the outlet or the role after a spaced slash, not a second
            # writer's name ("By Jane Roe / John Doe" names two)
            head, _sl, after = rest.partition(" / ")
            after = after.strip(" /")
            if head.strip() and (after[:1] == "@" or _the_outlet(after) or _a_role(after)
                                 or after and is_outlet(after) and not _plain_name(after, profile)):
                rest = head.strip()
        if m.group("colon") and _LOWER_NAME.match(rest):
            # "Penulis: danang triatmojo": a CMS that prints names in lower case, after a label
            rest = " ".join(w.capitalize() for w in rest.split())
        tail = _DASHED_TAIL.search(rest)
        if tail and tail.start() and (is_outlet(tail.group("tag")) or not profile.role_words.isdisjoint(
                tail.group("tag").lower().split())):
            # "By Tom Davies - Associated Press", "By X - Staff Writer": the agency or the role
            rest = rest[:tail.start()]
        if label in profile.role_words and not m.group("colon") and "," in rest and (
                label in profile.placed_roles or _a_place(rest.partition(",")[0], profile)):
            # "Kontributor Bandung, Rina Marlina", "Reporter Bandung Barat, Rina Marlina": the
            # writer's place, then the name (but "Penulis Andi Wijaya, Budi Santoso",
            # "Penulis Sutrisno, Andi Wijaya": a label no place follows,
            # the names of two writers, one of a single word)
            rest = rest.partition(",")[2].strip()
        elif len(label.split()) > 1 and label.split()[-1] in profile.role_words:
            # "Laporan Wartawan Tribunnews.com, X": the outlet, then X (the comma may be left
            # out, or the name put on the next line)
            if "," in rest:
                rest = rest.partition(",")[2].strip()
            elif rest and domain_rx().search(rest.split()[0]):
                rest = rest.partition(" ")[2].strip()
            if not rest:
                label_only = target is authors
                continue
        # (a writer's place of filing after the name is read only after a filing label,
        # "Reporting by Jane Doe in London", in a closing credit behind its dash, or for
        # several writers each with a place, "By Jane Doe in Kyiv and Tom Roe in Moscow": a
        # headline's "By Night Train in Europe", "By Sea Kayak in Norway" names no one)
        # (one writer and a place, "By Jane Doe in Kyiv", is read by one_placed_writer, in the
        # byline's place under the headline only)
        rest = _without_trailing_agency(rest)
        names = split_names(rest, profile, placed=True)
        if not closing and label not in merged().filing_labels and len(names) < 2:
            names = split_names(rest, profile, placed=False)
        if target is authors:
            # "Par Le Figaro avec AFP": the outlet after the label, no person (a byline's only:
            # a pen name in metadata, "Der Spendenteddy", is the name the writer goes by)
            names = [n for n in names if not _outlet_with_article(n, profile, label)]
        if target is authors and len(names) == 1 and _outlet_alone(names[0]) and not _team_credit(rest, profile):
            continue  # "By Lesotho Times": the outlet credited, no writer (an editor's line
            # may print the wire's name, "Editor: PR Wire", which stays as printed)
        if not names and target is authors and _team_credit(rest, profile):
            names = [rest.strip()]  # "Penulis: Tim Redaksi": kept while no person is named
        for name in names:
            if (dated or label in profile.login_labels) and len(name.split()) < 2:
                continue  # "Posted on ... by admin": a blog's user name, not a byline
            if label in profile.particle_labels and \
                    m.group("label")[:1].isupper() and not m.group("colon") and len(name.split()) < 2:
                # (a bare label that is also a surname's particle, Italian "Di", printed
                # capitalised as a name's first word is, names a writer in full: "Di Maio", "Di
                # Stefano" are surnames, "Di Mario Rossi" a byline; "di Redazione", "Av Berg" stay)
                continue
            if target is authors and label in profile.photographer_labels and len(pieces) > 1:
                shot.append(name)  # (weighed below, against the writers the line names)
            elif name not in target:
                target.append(name)
    # "Words by Jane Doe | Photos by John Roe": in a line that credits a writer, one who only
    # took the pictures is no author (a gallery's photographer alone is its author; one who
    # wrote and shot is named once)
    if not authors:
        authors.extend(n for i, n in enumerate(shot) if n not in shot[:i])
    return authors, editors, label_only


def one_placed_writer(text: str, profile: Profile) -> Optional[str]:
    """One writer and the place filed from after a bare author's label, "By Jane Doe in Kyiv",
    "Door Jan de Vries in Brussel", a line parse_credit reads no name in; or None. The name
    opens with a given name a profile lists (not "By Night Train in Europe") and closes on no
    noun of a place or a body (profile keys place_nouns, group_nouns, common_nouns: not "Jordan
    River", "Christian Democrats", "Victoria Line", "Bill Gates Foundation"). The caller takes
    it only where a byline stands, between the headline and the text, never from a quote's
    or a caption's line."""
    text = text.strip()
    m = _label_rx(profile.author_labels).match(text)
    if not m or m.group("colon") or m.group("label").lower() not in profile.bare_labels \
            or not text[len(m.group("label")):][:1].isspace() or parse_credit(text, profile)[0]:
        return None
    rest = _without_trailing_agency(before_date(m.group("rest").strip()))
    if not rest[:1].isupper() or split_names(rest, profile, placed=False):
        return None
    placed = split_names(rest, profile, placed=True)
    if len(placed) != 1:
        return None
    words = [w.casefold() for w in placed[0].split()]
    k = merged()
    if len(words) < 2 or words[0] not in k.given_names or not (
            k.place_nouns | k.group_nouns | k.common_nouns).isdisjoint(words[1:]):
        return None
    return placed[0]


def _without_trailing_agency(rest: str) -> str:
    """A byline's names without an agency of two words or more run on after them with no comma
    or dash ("MARIA LOPEZ and TOM OKAFOR Associated Press"); an agency of one word may be a
    name's last ("Sri Ani")."""
    low = rest.casefold().rstrip(" .")
    for agency in _long_agencies():
        if low.endswith(" " + agency):
            return rest.rstrip(" .")[:-len(agency)].rstrip(" ,")
    return rest


@lru_cache(maxsize=1)
def _long_agencies() -> Tuple[str, ...]:
    """Every profile's agencies of two words or more, longest first."""
    return tuple(sorted((a for a in merged().agencies if " " in a), key=len, reverse=True))


@lru_cache(maxsize=None)
def _glued_title_label(printed: str, rest: str, profile: Profile) -> bool:
    """A capitalised label of the page's own language glued to a name in full by inline markup
    ("PenulisBudi Santoso", "EditorDewi Lestari", "VonAnna Schmidt": the label's span and the
    name's span joined with no space): the label is whole (the name's capital follows it), of
    four letters at least, and the rest is two to four name words (never "Reporterin",
    "Editorial", "Bynum", "Porsche": no capital follows)."""
    label = printed.casefold()
    own = get_profile(profile.code) if profile.code in available() else profile
    if not printed.istitle() or label not in own.author_labels + own.editor_labels:
        return False
    if len(label) < 4:
        # (a short label with its capital glued to a word is a brand's or a name's word:
        # "RedBull Racing", "ByHeart Formula", "DiCaprio", "VonDutch Clothing")
        return False
    name = before_date(rest)
    k = merged()
    if name.split(" ", 1)[0].casefold() in k.author_labels:
        return False  # (a label's second word: "LaporanWartawan Tribunnews Budi Santoso", an outlet next)
    # (a name in full, no common word: "ReporterTanpa Batas", "LaporanKeuangan Tahunan" read
    # as a label and a phrase, not a byline)
    return rest[1:2].islower() and _name_words(name) and _plain_name(name, profile) and \
        not _common_noun_in(name) and k.stopwords.isdisjoint(w.casefold() for w in name.split()) and \
        k.role_modifiers.isdisjoint(w.casefold() for w in name.split())


_GLUED_NAME_WORDS = (2, 4)  # a name in full that a capitalised label is glued to


def _name_words(text: str) -> bool:
    """Two to four words, each printed as a name's word is."""
    words = text.split()
    return _GLUED_NAME_WORDS[0] <= len(words) <= _GLUED_NAME_WORDS[1] and all(map(plain_name_word, words))


def _placed(head: str, tail: str, profile: Profile) -> bool:
    """A role and what follows it before a comma ("Kontributor Lhokseumawe", "Reporter Bandung
    Barat", "Reporter Tanjung Pinang, Andi Wijaya"; not "Reporter Andi Wijaya, Jakarta") name
    the writer's place: a placed role, a place, or words a name follows after the comma."""
    role, _sp, rest = head.strip().partition(" ")
    return role.lower() in profile.placed_roles or not rest or _a_place(rest, profile) or \
        _plain_name(tail.strip(), profile)


def _a_place(part: str, profile: Profile) -> bool:
    """A credit's part before a comma that names a place, not a writer: words no name has
    ("Bandung Barat", "Kota Bandung", "Jawa Barat": a place's or an office's word in them);
    a single capitalised word after a writer's label is a name ("Penulis Sutrisno, X")."""
    words = part.split()
    if len(words) == 1 and plain_name_word(words[0]):
        return False
    return not _plain_name(part, profile)


def conjunction_alone(text: str) -> bool:
    """A line or an item that holds nothing but a conjunction of some language or "&" ("and",
    "und", "dan", "AND"), as a dump prints the word between two linked names; a capital letter
    alone ("E", "Y") is an initial, not Italian's or Spanish's "and"."""
    t = text.strip()
    return (t == "&" or t.islower() or len(t) > 1 and t.isupper()) and \
        t.casefold() in merged().name_conjunctions


def linked_items(items: List[str]) -> List[str]:
    """Items of a folded box or a credit's pieces with the names a dump printed apart, as each
    name is a link of its own, joined again: "Jane Doe · and · John Roe", "Von Max Muster ·
    und · Erika Mustermann" (a conjunction, "&" or a comma alone between two items)."""
    out: List[str] = []
    i = 0
    while i < len(items):
        item = items[i].strip()
        if out and i + 1 < len(items) and (item in ("&", ",") or conjunction_alone(item)):
            out[-1] = f"{out[-1]} {item} {items[i + 1].strip()}"
            i += 2
            continue
        out.append(item)
        i += 1
    return out


def lone_label(text: str, profile: Profile) -> Optional[str]:
    """A credit label standing alone on its line, with or without its colon ("Penulis",
    "Reporter :", "By"), as BeautifulSoup and lynx dumps split a byline: "author" or "editor"
    for the kind of name the next line holds, else None."""
    if len(text) > 60:
        return None  # (most lines: at once)
    low = text.strip().rstrip(":：").strip().casefold()
    if not low or len(low) > 30:
        return None
    authors, editors = _label_sets(profile)
    if low.endswith(("in", "nen")) and low not in authors and low not in editors:
        low = _GENDERED_END.sub("", low)  # ("Autor:innen", "Autor*in")
    if low in authors:
        return "author"
    return "editor" if low in editors else None


@lru_cache(maxsize=None)
def _label_sets(profile: Profile) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """The profile's author and editor labels as sets (lone_label asks of thousands of short
    lines a batch; the tuples are scanned label by label)."""
    return frozenset(profile.author_labels), frozenset(profile.editor_labels)


def unmarked_credit(text: str, profile: Profile) -> List[str]:
    """A credit line whose label has no colon, where the label is not one that stands bare
    in running text ("Penulis Andi Wijaya", "Reporter Denny Marhendri"): the whole line is the
    label and one name of two to four capitalised words. Only for the lines between the
    headline and the body (elsewhere a headline in title case may open with the same word)."""
    words = text.split()
    if words and words[0].lower() in profile.role_words and "," in text and len(text) <= 60 \
            and ":" not in text:
        # "Kontributor Bandung, Rina Marlina": the writer's role and place, a comma, the name
        name = clean_name(text, profile)
        return [name] if name and name != text.strip() and len(name.split()) <= 4 else []
    if not 3 <= len(words) <= 5 or len(text) > 60 or ":" in text:
        return []
    m = _label_rx(profile.author_labels).match(text.strip())
    if not m or not m.group("rest") or not all(w[:1].isupper() for w in m.group("rest").split()) or \
            not text.strip()[len(m.group("label")):][:1].isspace():
        # (a label glued to the name is parse_credit's to read, in the page's language only:
        # "DoorDash Drivers Protest" opens with Dutch "Door")
        return []
    name = clean_name(m.group("rest"), profile)
    if name and (_outlet_alone(name) or _outlet_with_article(name, profile, m.group("label"))) and not _team_credit(m.group("rest"), profile):
        return []  # "By Lesotho Times" over the date: the outlet credited, no writer (a team
        # credited is kept, as parse_credit keeps it: "Oleh Tim Harian")
    return [name] if name and 2 <= len(name.split()) <= 4 else []


# what a list of writers prints after a name: a footnote's number ("Xiaoying You^0", a dump
# that drops the caret glues it on, "Xiaoying You0"), then a comma or "&" before the next
# (a footnote mark after a name, as a dump prints it: "^0", or in superscript digits, "⁰", "¹²")
FOOTNOTE_MARK = r"(?:\^?\d{1,2}|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,2})"
_LISTED_TAIL = rx(r"(?:" + FOOTNOTE_MARK + r")?[\s,;&]*$")
_ELLIPSIS = ("…", "...")  # a list's item that stands for the names a page folds away


def listed_names(items: List[str], profile: Profile) -> List[str]:
    """The writers of a byline printed as a list, one name an item, under a bare label ("By",
    then "Xiaoying You^0,", "Davide Castelvecchi &", "…", "Jeff Tollefson"): every item a
    name (an ellipsis item aside), else none."""
    names: List[str] = []
    for item in items:
        item = item.strip()
        if item in _ELLIPSIS:
            continue
        words = _LISTED_TAIL.sub("", item).split()
        if words and words[-1].casefold() in profile.name_conjunctions:
            words = words[:-1]  # ("Davide Castelvecchi and", the last name on the next item)
        text = " ".join(words)
        if not text or not _plain_name(text, profile):
            return []
        name = clean_name(text, profile)
        if name and name not in names:
            names.append(name)
    return names


_ROLE_BYLINE_CHARS = 30  # a name and its role alone on a line, in a script without case


def role_byline(text: str, profile: Profile) -> Optional[str]:
    """A writer's name in a script without case and the role after it, with no label:
    Korean "배윤경 기자" (reporter Bae Yun-kyung), the byline's own form there; None for any
    other line (a cased "Trump Attacks Reporter" is a headline's words)."""
    if len(text) > _ROLE_BYLINE_CHARS:
        return None
    words = text.split()
    if not 2 <= len(words) <= 3 or words[-1].casefold() not in merged().role_words \
            or not all(_uncased(w) for w in words[:-1]):
        return None
    return clean_name(" ".join(words[:-1]), profile)


def slashed_credit(text: str, profile: Profile) -> List[str]:
    """A line of names alone, parted by slashes ("Mathatisi Sebusi/Mohalenyane Phakela"): two
    to four people, each named in two to four capitalised words. Only for the lines between
    the headline and the body."""
    if len(text) > 100 or text.count("/") not in (1, 2, 3):
        return []
    pieces = _slashed_names(text.strip())
    if len(pieces) < 2 or any(not 2 <= len(p.split()) <= 4 for p in pieces):
        return []
    labels = {*profile.author_labels, *profile.photo_labels}
    if any(not _name_word(w) or w.casefold() in profile.stopwords for p in pieces for w in p.split()) \
            or pieces[0].split()[0].casefold() in labels:
        # ("Kyle Ross/USA TODAY Sports", "Fot. Jan Nowak/Agencja": a photo's credit; "About
        # The Game /Detail Berita": a menu's path)
        return []
    names = [clean_name(p, profile) for p in pieces]
    return [n for n in names if n] if all(names) else []


_BRAND = rx(r"^(?P<name>[^\-–—/|]{3,60}?)\s+[-–—/]\s+(?P<tag>\S+)$")
# "Jane Doe, AP Sports Writer", "Jane Doe | Reuters", "Dewi Kania, Jurnalis": a name, a comma,
# bar or dot, and the outlet or the role
_TAGGED = rx(r"^(?P<name>[^|·•,]{3,60}?)\s*(?:[|·•]|,)\s*(?P<tag>[^|·•,]{2,40})$")
# a name, a dash, a role word and a few words more ("Jane Doe – Reporter i Paris")
_DASHED_ROLE = rx(r"^(?P<name>[^\-–—/|,]{3,60}?)\s+[-–—]\s+(?P<role>[^\W\d_]+)(?:\s+[^-–—|]{1,40})?$")
_DASHED_TAIL = rx(r"\s+[-–—]\s+(?P<tag>[^-–—]{2,40})$")
_GLUED_DATE = rx(r"(?<=[a-z])(?=[0-3]?\d\s?[A-Za-z]{3}[a-z]*\.?\s(?:19|20)\d\d)")
_GLUED_MDY = rx(r"(?<=[a-z])(?=[A-Z][a-z]{2,9}\.?\s[0-3]?\d(?:st|nd|rd|th)?,?\s(?:19|20)\d\d)")
_SEPARATORS = " ,;:|·•/-–—("


@lru_cache(maxsize=None)
def _glued_day_rx() -> "re.Pattern[str]":
    """A day's name, capitalised, that a dump glued to the word before it, a date's number
    after it ("Andi WijayaSelasa, 12 Desember 2023"): every profile's days of four letters
    and more. (The days as a tree of their shared beginnings: the pattern is tried after every
    small letter of a credit, and the tree tries the branch of the letter there, not all the
    days: 8 ms -> 1 ms a zyte-text run.)"""
    days = sorted((d.capitalize() for d in merged_days() if len(d) >= 4 and d.isalpha()), key=longest_first)
    return rx(r"(?<=[a-z])(?=(?:" + word_tree_pattern(days) + r"),?\s*\d)")
# what stands between a name and its tag in every shape brand_byline reads (cutting a date
# off adds none of them)
_BRAND_MARKS = "-/–—,|·•"
# a section's name of one word or two, a dash, a credit with a comma ("Market - X, CNBC Indonesia")
_SECTION_FIRST = rx(r"^[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?\s+[-–—]\s+(?P<rest>[^-–—|]{3,80},[^-–—|,]{2,40})$")


# (a credit's line is read so by several tests, and a site prints the same on each page)
@short_line_cache(maxsize=4096, limit=200)
def before_date(text: str) -> str:
    """A credit without the date printed after it ("X pada 16 Agu 2022, 09:20 WIB",
    "Gayuh Tri Pinjungwati02 Jun 2020, 19:15 WIB")."""
    if not _ANY_DIGIT.search(text):
        return text
    text = _GLUED_DATE.sub(" ", text, count=1)
    text = _glued_day_rx().sub(" ", text, count=1)
    found = find_dates(text, merged())
    if not found and _GLUED_MDY.search(text):
        # (a month-first date glued on: "Jane RoeJune 5, 2025", where the glued word is a
        # month's name)
        parted = _GLUED_MDY.sub(" ", text, count=1)
        found = find_dates(parted, merged())
        text = parted if found else text
    if found:
        head = text[:found[0].start]
    else:
        age = _relative_time(text) or _reading_time(text)
        if not age:
            return text
        head = text[:age.start()]
    # (a time of day before the date is the date's: "Jane Doe Updated 9:02 AM EST, Nov. 20")
    head = _CLOCK_END.sub("", head) if _ANY_DIGIT.search(head) else head
    words = head.rstrip(_SEPARATORS).split()
    connectives, days = merged().date_connectives, merged().days
    # (a day's name only where the date follows it: in "Lena Sun Updated 9:02 AM EST", "Ana
    # DomingoUpdated ...", "Sun" and "Domingo" are surnames)
    direct = True
    while words:
        low = words[-1].lower().strip(_SEPARATORS)
        if low in connectives:
            words.pop()
            direct = False
            continue
        if low in days and direct:
            words.pop()
            direct = False  # (one day's name before a date: "Maria Domingo, Selasa, 12 Desember")
            continue
        stem, _dash, day = words[-1].rpartition("-")
        if stem and day.lower().strip(_SEPARATORS) in days:
            words[-1] = stem  # "Jurnalis-Senin,": the day's name hyphened to the word before
            continue
        glued = _GLUE_POINT.split(words[-1])
        if len(glued) > 1 and glued[-1].lower().strip(_SEPARATORS) in connectives:
            words[-1] = "".join(glued[:-1])  # "DoeUpdated": a dump glued the label to the name
            direct = False
            continue
        break
    return " ".join(words).rstrip(_SEPARATORS)


_ANY_DIGIT = rx(r"\d")
_NAME_LEAST_WORDS = 2  # a day's name or a month's after a name is cut only where more words stand


def _relative_time(text: str) -> "Optional[re.Match[str]]":
    """The relative time that ends the text, if any (see _relative_time_rx)."""
    # (the pattern has no literal to skip ahead by and is tried at every position of the
    # line; a time it finds ends within a few characters of the line's end, where the last
    # word of one of its forms must then stand: a search of the line's tail for those words
    # rules out most lines at once)
    ends = _relative_time_ends()
    if ends is not None and not ends[0].search(text, max(0, len(text) - ends[1])):
        return None
    return _relative_time_rx().search(text)


def _reading_time(text: str) -> "Optional[re.Match[str]]":
    """The time the text takes to read that ends the line ("2 minutes read", "Lesedauer: 4
    Min."), if any: every profile's reading_times."""
    return _reading_time_rx().search(text) if len(text) < _READING_LINE_CHARS else None


_READING_LINE_CHARS = 100  # a byline's line with its reading time is this short


def reading_time(text: str) -> bool:
    """Whether the line ends with the time the text takes to read (see _reading_time)."""
    return _reading_time(text.strip()) is not None


@lru_cache(maxsize=None)
def _reading_time_rx() -> "re.Pattern[str]":
    """A reading time at the end of a line (see _reading_time)."""
    forms = sorted((re.escape(f).replace("\\#", r"\d{1,2}").replace(r"\ ", r"\s+")
                    for f in merged().reading_times), key=longest_first)
    return rx(r"\b(?:" + "|".join(forms) + r")\W{0,3}$", re.I) if forms else rx("(?!)")


@lru_cache(maxsize=None)
def _relative_time_ends() -> "Optional[Tuple[re.Pattern[str], int]]":
    """The last words of the relative-time forms ("ago", "lalu", "stunden"), as a pattern,
    and how far from a text's end one stands when _relative_time_rx matches the text (the
    longest word and the pattern's closing \\W{0,3}$, which may stand before a last "\\n");
    None when a form ends in a number, not a word."""
    lasts = {f.split()[-1] for f in merged().relative_times if f.split()}
    if not lasts or any("#" in w for w in lasts):
        return None
    return rx("|".join(map(re.escape, sorted(lasts))), re.I), max(map(len, lasts)) + 4


@lru_cache(maxsize=None)
def _relative_time_rx() -> "re.Pattern[str]":
    """A time told as an age at the end of a line ("7 hours", "2 minutes ago", "|Published 1
    day ago", "vor 3 Stunden"), glued to the word before it or not."""
    forms = age_forms(r"\d{1,2}", r"\s+")
    return rx(r"(?:(?<=[^\W\d_])|\b)(?:" + "|".join(forms) + r")\W{0,3}$", re.I)
# a time of day and its zone before a date ("11:00 AM PDT • May 16, 2024")
_CLOCK_END = rx(r"(?<!\S)\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\b\.?)?(?:\s+[A-Z]{2,4}\b)?[\s,;|·•/-]*$")
_CLOCK = rx(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\b\.?)?(?:\s+[A-Z]{2,4}\b)?")


def _date_alone(text: str, whole: bool = False) -> bool:
    """A short line that opens with a date ("May 14, 2025", "02 Jun 2020, 19:15 WIB"); with
    `whole`, a line that is a date and nothing else."""
    if not text or len(text) > 60 or not _ANY_DIGIT.search(text):
        return False
    found = find_dates(text, merged())
    if not found:
        return False
    if before_date(text) and _CLOCK.sub("", text[:found[0].start]).strip(_SEPARATORS + ". "):
        return False  # (a time before the date is the date's: "11:00 AM PDT • May 16, 2024")
    rest = text[found[-1].end:].strip(_SEPARATORS + ".")
    # (a clock's word after the time is the date's: "07.03.2024, 14:22 Uhr")
    return not whole or not rest or rest.casefold() in merged().clock_words


def after_date(text: str) -> str:
    """The text after a date that opens it (with the words that introduce the date: "Posted
    on"), or "" when no date stands in its first 60 characters."""
    if not _ANY_DIGIT.search(text[:60]):
        return ""
    found = find_dates(text[:120], merged())
    if not found or found[0].start > 40:
        return ""
    return text[found[0].end:].lstrip(_SEPARATORS + ")")


def _named_outlet(name: str, tag: str, profile: Profile) -> bool:
    """A name, then the outlet it writes for named in more than one word or with its domain
    ("Rina Marlina, CNN Indonesia", "Rina Marlina, Kompas.com", as "X, CNN" is written in
    English); a place before the outlet is a dateline's ("Kota Bogor, Kompas.com"), and a
    headline's clause before its site's name is no outlet ("X, Rilis Akhir Tahun -
    KapanLagi.com"): the tag is the outlet's name and nothing else, two words at most."""
    tag = tag.strip()
    return len(tag.split()) <= W.outlet_tag_words and not _DASHED_TAIL.search(tag) and is_outlet(tag) \
        and _plain_name(name.strip(), profile) and not name.strip().isupper()



def _role_tag(tag: str, profile: Profile) -> bool:
    """The part after a name that says who the person writes for, or as what: an outlet's
    tag ("detikNews"), an agency, a role ("AP Sports Writer", "Jurnalis"), an acronym ("CNN")."""
    low = tag.lower().strip()
    words = low.split()
    if low in merged().follow_networks:
        return False  # "Taylor Swift | TikTok": a post's network, not an outlet the name writes for
    return bool(words) and (low in profile.byline_suffixes or low in profile.agencies
                            or words[-1] in profile.role_words or bool(ACRONYM.match(tag.strip()))
                            or bool(_brand_rx().match(tag.strip()) and any(c.isupper() for c in tag[1:])))


@lru_cache(maxsize=None)
def _filed_from_rx() -> "re.Pattern[str]":
    """A locative and a place after a writer's name: where the story was filed from."""
    words = sorted(merged().filed_from, key=longest_first)
    return rx(r"(?<=\w)\s+(?:" + "|".join(map(re.escape, words)) +
                      r")\s+[A-ZÀ-Þ][\w'’.\-]*(?:[\s/][A-ZÀ-Þ][\w'’.\-]*){0,2}$")


def without_place(text: str) -> str:
    """A byline's names without the place they write from ("Helen Davidson in Taipei",
    "Anna Muster aus Berlin", "Marie Dupont à Bruxelles"): the place is no part of a name."""
    return _filed_from_rx().sub("", text.strip()) if " " in text.strip() else text


_PLACE_WORD = rx(r"^[A-ZÀ-Þ][a-zß-ÿ]+$")
_HANDLE = rx(r"^@\w{2,30}$")  # "Ana Gómez | @anagomez": the writer's social handle


def dated_names(text: str, next_text: str, profile: Profile, above: str = "", context: str = "") -> List[str]:
    """The names of an unlabelled byline under the headline, a date beside it or alone on the
    line below (or above): one (see dated_name) or several joined as bylines join them ("Jane
    Doe and John Roe", "Anna Muster und Max Mann"); the place they write from is left out."""
    if len(text) > _DATED_NAMES_MOST or _city_tagged(text):
        return []  # (a paragraph: no byline, whatever a place or an agency cut from it; or a
        # listed city's line, "New Delhi | PTI")
    text = without_place(text)
    text = _without_box_words(text, profile)
    one = dated_name(text, next_text, profile, above, context)
    if not one and (text.rstrip().endswith(")") or "," in text):
        text = without_agency_parens(text.rstrip())
        one = dated_name(text, next_text, profile, above, context)
    if not one and ("/" in text or "|" in text or "," in text):
        # "Antara, Jayanty Nada Shofa / FER": an agency named first, the editor's initials last
        # (or the agency after a comma, "Anna Muster, dpa"; or the place after a bar or a comma,
        # one word, "María García | Madrid", where two names would be the writer's and the
        # editor's; or the writer's desk or town, "da Redação", or handle, "| @mgarcia")
        text = without_agency(without_slash_tag(text.strip(), profile))
        head, sep, tail = text.rpartition("," if "," in text else "|")
        if sep and _plain_name(head.strip(), profile) and (
                tail.strip().casefold() in profile.agencies or _PLACE_WORD.match(tail.strip())
                or _the_outlet(tail) or _role_after_name(tail, profile)
                or _desk_or_town(tail, profile) or _HANDLE.match(tail.strip())):
            text = head
        one = dated_name(text, next_text, profile, above, context)
    if not one:
        one = _name_before_outlet(text, profile)
    if one and desk_after_role(text, one, above, profile):
        return []
    if one:
        return [one]
    head = before_date(text).strip()
    if len(head) > _NAMES_LINE_CHARS or not re.search(r"[,&]|" + _conjunctions_rx(profile), head):
        return []
    if head == text.strip() and not (_date_alone(next_text) or _date_alone(above, whole=True)):
        return []
    parts = re.split(r"\s*(?:,|&|" + _conjunctions_rx(profile) + r")\s*", head)
    # (names in full: "Sentra I-Style Makes a Statement" splits at a word that is one in
    # another language, leaving a word alone)
    if not 2 <= len(parts) <= _NAMES_IN_LINE or not all(
            len(without_place(p).split()) >= 2 and _plain_name(without_place(p), profile) for p in parts):
        return []
    if any(_a_role(p) for p in parts):
        return []  # "Jane Doe, Senior Photographer": a role in capitals is no second name
    names = [clean_name(without_place(p), profile) for p in parts]
    return [n for n in names if n] if all(names) else []


def desk_after_role(text: str, one: str, above: str, profile: Profile) -> bool:
    """The name read from a role's line is its desk after a particle ("Redactora de Economía",
    "Redattrice di Cronaca": "de Economía") under a name on the line above, the writer's: a
    role line with no name over it keeps its surname ("Giornalista de Luca")."""
    words = one.split()
    first = text.split()[0].casefold() if text.split() else ""
    return len(words) == 2 and words[0] in profile.name_particles and first in profile.role_words and \
        bool(above.strip()) and _plain_name(above.strip(), profile) and clean_name(above.strip(), profile) == above.strip()


def _without_box_words(text: str, profile: Profile) -> str:
    """A byline box's line as a dump prints it, the name and the date kept and the words
    between them left out: the writer's handle (spelling the name) and qualified role ("Jane Doe Transport
    Correspondent @janedoe Tue 12 Mar 2024", see without_role_phrase), the name printed twice
    (a portrait's alt text, then the link). Only where what is left before the date is a name
    alone; otherwise the line is returned unchanged."""
    head = before_date(text).strip()
    if not head or head == text.strip() or not text.strip().startswith(head):
        return text
    words = head.split()
    while len(words) > 2 and _HANDLE.match(words[-1]) and any(
            len(w) > 2 and w.casefold() in words[-1].casefold() for w in words[:-1]):
        words.pop()  # (a handle that spells a word of the name: "@janedoe", not "@bfi")
    name = printed_once(without_role_phrase(" ".join(words), profile))
    if name == head or not name or not _plain_name(name, profile):
        return text
    return name + " " + text.strip()[len(head):].strip()


# an outlet's name opening with "The" that a dump glued to the name before it ("Lachlan
# WardThe Sydney Morning Herald"): no word of a name ends in a small letter before "The "
_GLUED_THE = rx(r"(?<=[a-z])(?=The [A-Z])")


def _name_before_outlet(text: str, profile: Profile) -> Optional[str]:
    """The writer of an unlabelled byline under the headline that prints the outlet between
    the name and the date on the same line: "Lachlan Ward | The Sydney Morning Herald |
    December 4, 2024", or the outlet glued on by a dump, "Lachlan WardThe Sydney Morning
    HeraldDecember 4, 2024" (the guide's "X | Reuters", with a date). Only an outlet's name
    with its article and an outlet's word, or an agency, after the name: a story's section there ("Naufal Zuhdi |
    Politik dan Hukum | DATE") reads as a breadcrumb's ("Berita Utama | Politik | DATE"),
    whose first item may read as a name."""
    head = before_date(text).strip()
    if head == text.strip() or len(head) > _NAMES_LINE_CHARS:
        return None  # (the date on the line: a bar alone parts a menu's or a headline's words too)
    head, glued = _GLUED_THE.subn(" | ", head, count=1)
    name, sep, tag = (p.strip() for p in head.partition("|"))
    k = merged()
    if glued and "|" not in text and not k.topic_words.union(k.place_directions).isdisjoint(name.lower().split()):
        return None  # (a kicker glued on, "Middle EastThe Daily Telegraph...", "Live UpdatesThe
        # Sydney Morning Herald...": a section's or a topic's words are no name's)
    if not sep or not _plain_name(name, profile) or \
            not k.genre_labels.union(k.photo_labels).isdisjoint(name.lower().split()):
        return None  # (a gallery's or a genre's label is no name: "Photo Gallery | The Daily
        # Ledger | DATE", "Opinion Jane DoeThe Sydney Morning Herald...")
    if not (_the_outlet(tag) and tag.split()[-1].lower() in k.outlet_words
            or tag.casefold() in profile.agencies):
        return None  # (a kicker's "The" is no outlet's, nor a show's: the outlet's word ends the
        # tag, "Taylor Swift | The Eras Tour | DATE", "Jon Stewart | The Daily Show | DATE")
    return clean_name(name, profile)


def _role_after_name(part: str, profile: Profile) -> bool:
    """The writer's role after a comma, in small letters as French, Dutch and Indonesian print
    it, the place it is filed from cut off before ("Marie Dupont, correspondante à Lille",
    "Jan de Vries, correspondent in Brussel", "Marie Dupont, journaliste"): a role word opens
    or ends a part of a few words (not "Marie Dupont, Paris", a place, read elsewhere)."""
    words = part.lower().split()
    k = merged()
    if not 1 <= len(words) <= _ROLE_PART_WORDS or not k.photographer_labels.isdisjoint(words) or \
            not set(k.photo_labels).isdisjoint(words):
        return False  # ("Budi Santoso, fotografer", "pewarta foto", "reportero gráfico": a photo's credit)
    # (a role word first, then only what qualifies it: capitals, the place it is filed from, a
    # modifier, "rédactrice en chef", "penulis lepas"; not "penulis novel", "staff nurse", a
    # subject's description, a modifier such as "staff" opening no role)
    if words[0] in profile.role_words and words[0] not in k.role_modifiers and all(
            w[:1].isupper() or w.lower() in k.role_words or w.lower() in k.role_modifiers
            or w.lower() in k.filed_from or w == "a" for w in part.split()[1:]) and \
            _caps_after_role_outlet(part.split()[1:], k):
        return True  # (Italian "a", "inviato a Milano", is here a locative; no filed_from word,
        # which would part headlines, "Makes a Statement")
    # (the words before a role its modifiers: "senior staff writer"; not "a reporter", "former
    # reporter", a subject's description)
    return words[-1] in profile.role_words and \
        all(w in k.role_modifiers or w in profile.role_words for w in words[:-1])


_ROLE_PART_WORDS = 3  # "senior staff writer"


def _caps_after_role_outlet(words: List[str], k: Profile) -> bool:
    """Capitals after a role word, before any filed-from word, are an outlet's name: its
    outlet word last or an agency ("correspondent NOS Nieuws", "reporter AFP"); not a book's
    or a show's title, "penulis Laskar Senja", "producer The Crown", "periodista Premio
    Nacional", nor a phrase that a paper's kind closes, "penulis Catatan Harian". A listed place is one without its filed-from word ("kontributor Bandung"), and
    after a filed-from word they are the place ("correspondante à Lille")."""
    caps: List[str] = []
    for w in words:
        if w.lower() in k.filed_from or w == "a":
            break
        if w[:1].isupper():
            caps.append(w)
    named = " ".join(caps).casefold()
    if len(caps) > 1 and caps[-1].lower() in k.outlet_kinds and not is_outlet(" ".join(caps[:-1])):
        return False  # ("penulis Catatan Harian": a paper's kind closing a phrase, a book's title)
    return not caps or caps[-1].lower() in k.outlet_words or named in k.agencies or \
        all(c.casefold() in k.agencies for c in caps) or named in k.dateline_cities or is_outlet(" ".join(caps))


def _a_role(part: str) -> bool:
    """A part of a names' line that ends with any language's role word or a photographer's
    label ("Senior Photographer", "Staff Writer"): a role, printed in capitals as names are."""
    words = part.lower().split()
    k = merged()
    return bool(words) and (words[-1] in k.role_words or words[-1] in k.photographer_labels)


def _the_outlet(part: str) -> bool:
    """An outlet's name with its article, after a writer's name ("Sam Lee, The New York
    Times", "The Hindu"): "The" and capitalised words, which no person's name opens with."""
    words = part.split()
    return 2 <= len(words) <= _THE_OUTLET_WORDS and words[0] == "The" and \
        all(w[:1].isupper() for w in words)


_THE_OUTLET_WORDS = 5  # "The Sydney Morning Herald": an outlet's name, its article first


def _desk_or_town(part: str, profile: Profile) -> bool:
    """A byline's part after the name that opens with a particle and holds one word more: the
    writer's desk or town ("da Redação", "de Lisboa", "van Amsterdam"), never a second person,
    whose name with a particle has a given name first ("Jan de Vries")."""
    words = part.split()
    return len(words) == 2 and words[0] in profile.name_particles


def dated_name(text: str, next_text: str, profile: Profile, above: str = "", context: str = "") -> Optional[str]:
    """A name printed with no label under the headline, the date beside it ("X | DATE",
    "X02 Jun 2020, 19:15 WIB") or on the next line alone, or (when the caller passes the
    line `above`) under a date alone: the byline of mediaindonesia, cnnindonesia, liputan6
    and the like. context: the headline's and the first paragraph's text, where a name read
    by the thin shapes (a section after it, initials closing it) must not stand: there it is
    the story's subject or topic ("Prabowo Subianto | Nasional" under "Prabowo resmikan ...")."""
    if len(text) > 80:
        return None
    head = before_date(text)
    if head and text.strip()[len(head):].lstrip()[:1] in (":", "："):
        return None  # "Son Güncelleme : 30.04.2024": a label before the date, not a name
    if head.casefold().split()[:1] and not _label_words(profile).isdisjoint(head.casefold().split()[:1]):
        return None  # "By Reuters": a credit line, read (or refused) as one elsewhere
    if head == text.strip():  # no date on this line: the next (or above) line must be a date alone
        if not (_date_alone(next_text) or _date_alone(above, whole=True)):
            return None
    parts = [p.strip() for p in head.split("|")]
    topical = len(parts) == 2 and not merged().topic_words.isdisjoint(parts[0].casefold().split())
    if len(parts) == 2 and not topical and all(_plain_name(p, profile) for p in parts):
        # "X | Y" over the date, or before it on the line: the writer, then the editor (suara)
        # (not a breadcrumb's section and subsection, "Sepak Bola | Liga Inggris | DATE")
        head = parts[0]
    elif len(parts) == 2 and head != text.strip() and _section_piece(parts[1]) and not topical:
        # "Naufal Zuhdi | Politik dan Hukum | DATE": the writer, the story's section, the date on
        # the line (not a breadcrumb's "Berita Utama | Politik | DATE": a topic's word first;
        # nor a topic's common nouns, "Arus Mudik | Nasional", nor the story's subject, named
        # in the headline or the first paragraph, "Joe Biden | Politics")
        if _common_noun_in(parts[0]) or _named_in(parts[0].split(), context):
            return None
        head = parts[0]
    if head and head != text.strip() and not _plain_name(head, profile) and _initialled_name(head, profile):
        # (the date on the same line only: "Muhammad AR | Senin, 9 Juni 2025 - 12:30 WIB"; not a
        # kicker's words the headline or the first paragraph print, "Moto GP", "Persija JK")
        words = head.split()
        if _named_in(words[:-1] if len(words) > 2 else words, context):
            return None
        return clean_name(head, profile)
    return clean_name(head, profile) if head and _plain_name(head, profile) and not _article_first(head) else None


def _article_first(head: str) -> bool:
    """Words opening with a definite article of some language, which no name opens with ("Das
    Rathaus", left of a caption's "Das Rathaus in Köln." once the place is cut); only articles
    (profile data): other small words open given names elsewhere ("Una", "Elle", "Ma", "Ada");
    not a name's particle ("De Vries", "Le Minh Tuan") nor a given name."""
    first = head.split()[0].casefold()
    k = merged()
    return first in k.outlet_articles | k.name_refused_articles and first not in k.name_particles \
        and first not in k.given_names


_SECTION_WORDS = 4  # "Politik dan Hukum", "Ekonomi dan Bisnis"


def _section_piece(part: str) -> bool:
    """A section's name as a byline's line prints it between the name and the date ("Politik
    dan Hukum", "Olahraga"): a few capitalised words (a small function word between), one a
    topic's word; not a second person's name, nor a sentence."""
    words = part.split()
    k = merged()
    return 1 <= len(words) <= _SECTION_WORDS and all(w[:1].isupper() or w in k.stopwords for w in words) and \
        not k.topic_words.isdisjoint(w.casefold() for w in words)


def _common_noun_in(name: str) -> bool:
    """A word of a topic's phrase printed where a name stands ("Arus Mudik", "Tol Cipali"):
    a listed common noun (common_nouns)."""
    return not merged().common_nouns.isdisjoint(w.casefold() for w in name.split())


def _named_in(words: List[str], context: str) -> bool:
    """The words (a name's, or a given name and its initials) printed in the headline or the
    first paragraph (`context`), each as a word of its own: half of them or more, and all of
    one or two."""
    if not context or not words:
        return False
    seen = set(re.findall(r"\w+", context.casefold()))
    hits = sum(w.casefold() in seen for w in words)
    return hits == len(words) if len(words) <= 2 else hits * 2 >= len(words)


def _initialled_name(head: str, profile: Profile) -> bool:
    """A name ending in the writer's initials in capitals, as the page's language prints
    bylines ("Muhammad AR", "Ahmad Fauzi HS"): two letters in capitals after one name's word
    or a plain name, no body's, country's or trade's short form ("Putusan MK", "Berita TV"),
    no agency's, place's or company's; the words before are a name's, none a listed word of
    an office, a title, a topic, a section or a day ("Sidang DK", "Senin AR")."""
    words = head.split()
    if not profile.name_initials or not 2 <= len(words) <= 4:
        return False
    last, low = words[-1], words[-1].casefold()
    k = merged()
    if not (len(last) == 2 and last.isalpha() and last.isupper()) or low in profile.not_initials or \
            low in k.agencies or low in k.place_acronyms or low in k.org_suffixes or low in k.stopwords:
        return False
    rest = words[:-1]
    if _common_noun_in(" ".join(rest)):
        return False  # ("Tol Cipali KM", "Grand Prix GP": a topic's words, no name's)
    if len(rest) > 1:
        return _plain_name(" ".join(rest), profile)
    word = rest[0].casefold()
    # (one word before the initials: a given name's, "Muhammad AR"; not "Revisi UU", "Moto GP")
    return word in k.given_names and plain_name_word(rest[0]) and len(word) >= 3 and not any(
        word in group for group in (k.titles, k.office_words, k.stopwords, k.not_names, k.topic_words,
                                    k.publisher_words, k.place_units, k.genre_labels, k.dateline_cities,
                                    k.section_headings, k.days, k.outlet_words, k.team_words, k.photo_labels,
                                    k.photographer_labels, k.role_words)) and \
        word not in k.months


# an agency named before the writer on a credit line of names alone ("Reuters, Thorsten
# Kramer", "dpa/Anna Muster")
_AGENCY_FIRST = rx(r"^(?P<agency>[^,/]{2,30}?)\s*[,/]\s*(?P<rest>\S.*)$")


def without_agency(text: str) -> str:
    """A credit line of names without the agency named first ("Reuters, Thorsten Kramer" ->
    "Thorsten Kramer"); the line as it is when no known agency opens it."""
    m = _AGENCY_FIRST.match(text) if ("," in text or "/" in text) else None
    if m and m.group("agency").casefold() in merged().agencies:
        return m.group("rest")
    return text


def name_near_date(text: str, near: List[str], profile: Profile, reading: bool = False) -> Optional[str]:
    """A name printed alone in a dump's head with a date or an age ("1 day ago") on a line
    within reach, not right beside it: a dump prints the byline box's lines apart (the
    name, a share button, the date), so the line next to the name is not always the date.
    An agency named before the name is not the name's ("Reuters, Thorsten Kramer").
    reading: the lines are a byline box's own (its share links among them), where the story's
    reading time stands for the date; beside a kicker or a teaser it is no writer's."""
    # ("Sehernur Karsu |": the date stood after the bar)
    text = without_agency(printed_once(text.rstrip(_SEPARATORS)))
    if text.isupper() and len(text) <= 60:
        # a name in capitals ("MARCO ROSSI", "GIULIA BIANCHI" over the date), read title-cased
        # when a given name opens it: a kicker or a topic in capitals over the date ("KOMMUNALE
        # FINANZEN", "BREAKING NEWS") is no one's
        text = _title_name(text)
        if not caps_name_words(text):
            return None
    if len(text) > 60 or not _plain_name(text, profile):
        return None
    if not _label_words(profile).isdisjoint(text.casefold().split()[:1]):
        return None
    # (a date's line may have words before its date: "In Local News, May 14, 2025"; or print
    # only the time, after its label: "Uppdaterad 15.59 | Publicerad 14.14"; or the box may
    # print the story's reading time where others print its date, "Jane Doe · 2 minutes read ·
    # Facebook", which a topic's kicker over it does too: "Climate Change" / "5 min read")
    if not any(_date_alone(t) or (len(t) < 40 and (_relative_time_rx().search(t) or reading and _reading_time(t)))
               or (len(t) < _NEAR_DATE_LINE_CHARS and _ANY_DIGIT.search(t) and find_dates(t, merged()))
               or (len(t) < 40 and _labelled_time_rx().search(t))
               for t in near):
        return None
    return clean_name(text, profile)


_ROLE_TAIL_WORDS = 4  # a role phrase after a name: "dziennikarka działu Gospodarka"


def name_before_role(text: str, profile: Profile) -> Optional[str]:
    """A name of two to four words in title case and the role a dump printed after it, that
    role opening with a role word in lower case, as most languages write it: "Anna Kowalska
    dziennikarka działu Gospodarka", "Claire Dupont journaliste au service Politique", "Jan
    Novák redaktor". The role is the role word alone or closes with a capitalised desk's word;
    a headline's clause does not ("Taylor Swift producer sues label"), nor words in title
    case before the desk's ("Jane Doe editor Quits The Times")."""
    words = text.split()
    for k in range(2, min(len(words), 5)):
        w = words[k]
        if w[:1].isupper() or w.casefold() not in profile.role_words:
            continue
        rest = words[k + 1:]
        if len(rest) >= _ROLE_TAIL_WORDS or rest and not rest[-1][:1].isupper() \
                or not all(x[:1].islower() for x in rest[:-1]):
            # (the desk's word last, the role's other words in lower case: "Jane Doe editor
            # Quits The Times" is a headline in title case)
            return None
        head = " ".join(words[:k])
        if not all(x[:1].isupper() for x in words[:k]) or words[k - 1].casefold() in merged().role_modifiers \
                or not _plain_name(head, profile):
            # ("Jane Roe Parliamentary editor": the role opens with its modifier, read by
            # without_role_phrase)
            return None
        return clean_name(head, profile)
    return None




def names_near_date(text: str, near: List[str], profile: Profile, reading: bool = False) -> List[str]:
    """The names of an unlabelled byline alone in a dump's head, a date within reach (see
    name_near_date): one name, several ("Rina Marlina, Budi Santoso", "Jane Doe and John
    Roe"), or one with its outlet in parentheses ("Dian Septiari (The Jakarta Post)")."""
    one = name_near_date(text, near, profile, reading)
    if one:
        return [one]
    text = text.strip()
    role = name_before_role(text, profile)
    if role:
        # (its role after it, in lower case: "Anna Kowalska dziennikarka działu Gospodarka")
        one = name_near_date(role, near, profile, reading)
        return [one] if one else []
    if len(text) > _NAMES_LINE_CHARS:
        return []
    head, bar, desk = text.partition(" | ")
    if bar and _desk_name(desk, profile) and profile.topic_words.isdisjoint(head.casefold().split()):
        # (the writer, then the desk the page files the story under: "Despian Nurhidayat |
        # Politik dan Hukum"; a person's name, opening with a given name some profile lists,
        # where a topic's tag over the desk is not: "Olimpiade Paris | Olahraga", "Lihat Foto |
        # Nasional")
        given = head.split()[:1] and head.split()[0].casefold() in profile.given_names
        one = name_near_date(head, near, profile, reading) if given else None
        return [one] if one else []
    if text.endswith(")") and "(" in text:
        head, _, tag = text[:-1].rpartition("(")
        one = name_near_date(head, near, profile, reading) if _outlet_tag(tag) else None
        return [one] if one else []
    if "," not in text and "&" not in text and " " not in text:
        return []
    parts = re.split(r"\s*(?:,|&|" + _conjunctions_rx(profile) + r")\s*", text)
    # (the outlet after the writers is none of them: "Jane Porter, Business Wire")
    parts = parts[:1] + [p for p in parts[1:] if not _outlet_tag(p)]
    if not 2 <= len(parts) <= _NAMES_IN_LINE:
        return []
    names = [name_near_date(p, near, profile, reading) for p in parts]
    return [n for n in names if n] if all(names) else []


def _desk_name(text: str, profile: Profile) -> bool:
    """A section's name: one to four words, each a topic's word or a small word between them
    ("Politik dan Hukum", "Ekonomi", "Sepak Bola")."""
    words = text.casefold().split()
    topics = [w for w in words if w in profile.topic_words]
    return 1 <= len(words) <= 4 and bool(topics) and \
        all(w in profile.topic_words or w in profile.stopwords for w in words)


_NAMES_LINE_CHARS = 120  # an unlabelled line of several names is this short at most
_DATED_NAMES_MOST = 250  # names and a date beside them: a line this long at most
_NAMES_IN_LINE = 4


def _outlet_tag(tag: str) -> bool:
    """The outlet a byline names in parentheses after its writer: a domain or a tag
    ("KOMPAS.com", "ANTARA"), an agency, or a name with an outlet's word ("The Jakarta Post")."""
    words = tag.casefold().split()
    k = merged()
    return bool(words) and (is_outlet(tag) or tag.casefold() in k.agencies
                            or not set(words).isdisjoint(k.outlet_words | k.publisher_words))


_NEAR_DATE_LINE_CHARS = 80  # a line holding a date near a dump's lone name is this short
_PORTRAIT_WORDS = 3  # a portrait's alt text has at most this many words before the name


# a portrait's alt text (a few words ending with the name) and the name, on one line: a dump
# glues them ("Porträt von Anna SchmidtAnna Schmidt", "[Photo of Jane Doe]Jane Doe",
# "![Foto de Ana Gómez](/a.jpg)Ana Gómez" as a Markdown dump prints the image)
_ALT_GLUED = rx(r"^!?\[?(?P<alt>(?:[^\W\d_][\w'’.:\-]* ){1,3}?)(?P<name>[^\W\d_][^\n\[\]()]*? \S+?)\]?"
                r"(?:\([^()\s]*\))?\s*(?P=name)$")


def portrait_name(text: str, above: str, profile: Profile) -> Optional[str]:
    """A name printed alone under its portrait's alt text, which ends with it ("Bilde av
    Per-Erik Ofstad", "Bild av Leo Pettersson", "Portrait of Jane Doe", then the name): a
    dump's byline box whose date may print no year ("mandag 5. august kl. 14:47"); or the alt
    text glued to the name on one line ("Porträt von Anna SchmidtAnna Schmidt")."""
    text = text.strip()
    # (the name, printed twice, ends the line: so does its last word, which is in the line twice;
    # most lines go at that count, before the pattern tries each split of them)
    last = text.rsplit(None, 1)
    m = _ALT_GLUED.match(text) if len(text) < 2 * 60 and len(last) == 2 and text.count(last[1]) >= 2 else None
    if m and not above.endswith(" " + text):
        text, above = m.group("name"), m.group("alt") + m.group("name")
    if len(text) > 60 or not above.endswith(" " + text) or not _plain_name(text, profile):
        return None
    if not 1 <= len(above[:-len(text)].split()) <= _PORTRAIT_WORDS:
        return None
    return clean_name(text, profile)


@lru_cache(maxsize=None)
def _labelled_time_rx() -> "re.Pattern[str]":
    """A time of day after a publication or update label ("Publicerad 22:31", "Updated
    9:02 AM"): every profile's date connectives and modified-date labels."""
    k = merged()
    labels = sorted({w for w in (*k.date_connectives, *k.modified_labels) if len(w) > 3},
                    key=longest_first)
    return rx(r"(?i)\b(?:" + "|".join(re.escape(w) for w in labels)
                      + r")\b:?\s+[0-2]?\d[:.][0-5]\d\b")


# where a dump glued two text nodes: a small letter, then a capital ("OpitzRedakteurin")
_GLUE_POINT = rx(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


def glued_name(text: str, profile: Profile) -> Optional[str]:
    """A name that a dump glued to the text node after it, its role's or its portrait's
    ("Nicole OpitzRedakteurinNicole Opitz"): the words up to the first glue, when they read
    as a name; None otherwise."""
    for m in _GLUE_POINT.finditer(text, 0, _GLUED_NAME_CHARS):
        head = text[:m.start()]
        if head.endswith(_GLUED_PREFIXES):
            continue  # ("Jane McDonald", "Anna DeLuca": a name's own capital)
        return clean_name(head, profile) if _plain_name(head, profile) else None
    return None


_GLUED_NAME_CHARS = 60  # a glued name ends this early in its line
_GLUED_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "Du")


def glued_role(text: str) -> bool:
    """A name with its role glued on by a dump ("Nicole OpitzRedakteurin", "Jane DoeSenior
    Reporter"): the text node after the name's is a role word alone, or after its modifiers."""
    parts = _GLUE_POINT.split(text[:_GLUED_NAME_CHARS + 30], 2)
    if len(parts) < 2:
        return False
    k = merged()
    role = parts[1].strip().casefold().split()
    return 0 < len(role) <= _GLUED_ROLE_WORDS and role[-1] in k.role_words and \
        all(w in k.role_modifiers for w in role[:-1])


_GLUED_ROLE_WORDS = 3  # "Senior Political Reporter"
# where a name in capitals meets the next node's word in title case ("MARÍA LÓPEZMadrid")
_CAPS_GLUE_POINT = rx(r"(?<=[A-ZÀ-ÖØ-Þ]{2})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
_GLUED_TAIL_CHARS = 80  # the place and the date glued after a name: a short run
_GLUED_DATE_SHARE = 0.4  # the date's share of the run glued after a name, at least (a label and a day before it)


def caps_name_words(name: str) -> bool:
    """Whether a name printed in capitals (given title-cased) reads as a person's: a listed
    given name opens it and any word between it and the last is a given name or a particle
    ("Maria Jose Lopez", "Ana de la Fuente"); a section or a topic in capitals that a given
    name opens is not ("James Webb Telescope", "Kommunale Finanzen")."""
    words = [w.casefold() for w in name.split()]
    k = merged()
    return bool(words) and words[0] in k.given_names and \
        all(w in k.given_names or w in k.name_particles for w in words[1:-1])


# a letter glued straight to a digit in the run after a name: two nodes glued, a caption's
# place and a date's element ("Berlin14.03.2024"), where a byline box prints its place and
# date in one node with a mark between ("Madrid - 14 mar 2024")
_LETTER_DIGIT = rx(r"[^\W\d_]\d")


def glued_tail_name(text: str, profile: Profile, near: Sequence[str] = (),
                    image: bool = False) -> Optional[Tuple[str, bool]]:
    """A writer's name that a dump glued to the next node of its byline box: the place and the
    date ("María LópezMadrid - 14 mar 2024 - 08:12 CET", "MARÍA LÓPEZMadridActualizado
    14 marzo 2024"), or the outlet's tag ("Anna SchmidtRND", whose date stands on a line near).
    The name (title-cased from capitals), and whether the line holds its date; None for any
    other line (the tag or a listed city alone, "MARÍA LÓPEZMadrid", is read with a date on a
    line near). A given name opens the name: a kicker glued to a headline is no one's. Not a
    photo's alt text glued to its caption (`image`, or a Markdown image's "![...]"), nor a name
    whose glued date is another day than a date line's near it (`near`: a caption's date over
    the page's, "Pedro SánchezMadrid - 13 mar 2024" over "14 mar 2024 - 08:12 CET")."""
    if image or text.lstrip().startswith(("![", "[")):
        return None
    points = [m.start() for m in (_GLUE_POINT.search(text, 0, _GLUED_NAME_CHARS),
                                  _CAPS_GLUE_POINT.search(text, 0, _GLUED_NAME_CHARS)) if m]
    if not points:
        return None
    head, tail = text[:min(points)].strip(), text[min(points):].strip()
    if head.endswith(_GLUED_PREFIXES) or len(tail) > _GLUED_TAIL_CHARS:
        return None
    acro = _TAIL_LETTERS.match(tail)
    if acro and acro.group(0).casefold() not in merged().agencies:
        return None  # (a party's or a club's letters, "Lars KlingbeilSPD14.03.2024")
    caps = head.isupper()
    head = _title_name(head) if caps else head
    if not _plain_name(head, profile) or head.split()[0].casefold() not in merged().given_names:
        return None
    name = clean_name(head, profile)
    if not name:
        return None
    if _ANY_DIGIT.search(tail) and mostly_dates(tail, _GLUED_DATE_SHARE):
        # (the date most of the run: a caption glued on, "Olaf ScholzBundeskanzler am 14.03.2024
        # in Berlin", names the photo's subject)
        return (name, True) if not _LETTER_DIGIT.search(tail) and _same_day_as_near(tail, near) else None
    k = merged()
    # (a place's one word after a name in capitals, "MARÍA LÓPEZMadrid": two nodes, as the
    # cases say; after a name in title case one word may be a glued surname's, or a photo's
    # alt text glued to its caption's place, "Friedrich MerzBerlin")
    place = caps and (tail.casefold() in k.dateline_cities or tail.casefold() in k.world_cities or
                      bool(_PLACE_WORD.match(tail)))
    # (an agency's or an outlet's tag, not any letters in capitals: "Lars KlingbeilSPD" is a
    # politician and the party)
    tag = tail.casefold() in k.agencies or is_outlet(tail)
    return (name, False) if tag or place else None


_TAIL_LETTERS = rx(r"^[A-ZÄÖÜ]{2,}(?=\d|\s|$)")  # letters in capitals opening a glued run ("SPD")


def _same_day_as_near(tail: str, near: Sequence[str]) -> bool:
    """Whether the glued run's date is the day of the date lines near it (or none is near)."""
    own = find_dates(tail, merged())
    days = {d.iso[:10] for t in near if len(t) < _NEAR_DATE_LINE_CHARS for d in find_dates(t, merged())}
    return not days or bool(own) and own[0].iso[:10] in days


def glued_dated_name(text: str, profile: Profile, near: Sequence[str] = (), image: bool = False) -> Optional[str]:
    """The name of a line that glues a writer's name to its place and date (see
    glued_tail_name), or None."""
    got = glued_tail_name(text, profile, near, image)
    return got[0] if got and got[1] else None


def plain_name(text: str, profile: Profile) -> bool:
    """Whether a text is a person's name alone, as printed (see _plain_name)."""
    return _plain_name(text, profile)


def _plain_name(text: str, profile: Profile) -> bool:
    """Two to four words printed as a person's name is, and read as one; not opening with a
    title ("Mayor Byron Brown" over a date is a caption's or a teaser's, not a byline), and no
    word of an office, a body or a place ("Kota Bandung", "Jawa Barat", "Berita Daerah")."""
    text = " ".join(without_outlet_name(without_role_phrase(text, profile).split()))
    name = clean_name(text, profile)
    words = text.split()
    return name is not None and 2 <= len(name.split()) <= 4 and not is_outlet(text) and \
        not _any_title(words[0], profile) and \
        not any(w.lower() in merged().office_words for w in words) and \
        all(plain_name_word(w) or w.lower() in profile.name_particles for w in words)


def _any_title(word: str, profile: Profile) -> bool:
    """A title in the page's language, or in any other but a local one there ("Gus", "Atty":
    names on other languages' pages)."""
    low = word.lower().strip(".")
    return low in profile.titles or low in merged().titles and low not in merged().local_titles


# a word of a name as printed alone: a capital, then no capital glued on ("bySauli",
# "Jervis-BardyThe" are words a dump glued together); "McDonald", "O'Neil" are names
_NAME_PREFIXES = ("Mc", "Mac", "O'", "O’", "D'", "D’")
# the word's shape: each capital an A, each small letter an a ("Çetin" -> "Aaaaa")
# (an apostrophe inside a word of small letters is an Arabic name's glottal stop, "Nafi'an",
# "Ma'ruf", "Syafi'i"; not a possessive's or an English contraction's, "Trump's", "We've",
# which plain_name_word turns away)
_CONTRACTIONS = tuple(m + end for m in "'’" for end in ("s", "t", "d", "m", "ve", "re", "ll"))
_PLAIN_NAME_SHAPE = rx(r"^Aa*(?:[-'’]Aa*|(?<=a)['’]a+)*\.?$")


def plain_name_word(word: str) -> bool:
    """A word of a name as printed alone, in any script ("Çetin", "Ofstad", "McDonald")."""
    if word.endswith(_CONTRACTIONS):
        return False  # a possessive or a contraction: "Trump's Team", "We've detected", "Don't"
    if ("'" in word or "’" in word) and \
            word.replace("’", "'").split("'", 1)[0].casefold() in merged().elided_heads:
        return False  # an elided word: "Dall'inviato", "Quest'anno", "Aujourd'hui", "Jum'at"
    if word.startswith(_NAME_PREFIXES) and len(word) > 3:
        word = word[2:] if word[1] in "'’c" else word[3:]
    shape = "".join("A" if c.isupper() else "a" if c.islower() else c for c in word)
    return bool(_PLAIN_NAME_SHAPE.match(shape))


# names, then a dash or a bar, then the tag ("Jane Doe and John Roe | Reuters", "Budi Santoso
# Putra, Andi Wijaya - detikNews", "Tim detikcom - detikNews", "Rina Marlina | CNN
# Indonesia")
# (a hyphen inside a word is a name's: "Jean-Pierre Dupont, Anna Berg - detikNews")
_TAGGED_NAMES = rx(r"^(?P<names>(?:[^|\-–—/]|(?<=\w)-(?=\w)){3,120}?)\s*(?:\s[-–—]|\|)\s+(?P<tag>[^|\-–—/,]{2,40})$")


# an outlet's name of an outlet's word and a number glued to it ("News24"), as no person's or
# place's name is spelt: after a bar only ("Thandi Mokoena | News24"; not "| Liga1", "| Covid19")
_NUMBERED_BRAND = rx(r"^[A-Z][a-z]{2,}\d{1,3}$")


# a listed city, then a bar, a bullet or a dash, then a tag: "New Delhi | PTI", "Jakarta - Antara"
_CITY_TAG = rx(r"^(?P<city>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2})\s*(?:\||[●•·/]|\s[-\u2013\u2014])\s+\S")


def _city_tagged(text: str) -> bool:
    """A credit's line whose name before its tag is a listed city ("New Delhi | PTI", "Jakarta -
    Antara"): the place the story is filed from, then the agency or the outlet, no writer."""
    m = _CITY_TAG.match(text.strip())
    return m is not None and m.group("city").casefold() in merged().dateline_cities


def brand_names(text: str, profile: Profile, bare_outlet: bool = True) -> List[str]:
    """The names of a byline tagged with the outlet (see brand_byline), or the several names
    or the team such a line credits: "X, Y - detikNews", "X and Y | Reuters", "Tim detikcom -
    detikNews", "X | CNN Indonesia" (an outlet of more than one word after a bar or a dash).
    A tag after a dash that names an agency is a photo's credit ("Lionel Messi - Reuters").
    bare_outlet False: a name and its outlet after a comma alone is no byline (under a photo's
    caption, "Agus Salim, Kompas.com" credits the photo)."""
    one = brand_byline(text, profile, bare_outlet)
    if one:
        return [one]
    if _city_tagged(text):
        return []
    if len(text) > _NAMES_LINE_CHARS + 40 or not ("|" in text or " -" in text or "–" in text or "—" in text):
        return []
    m = _TAGGED_NAMES.match(before_date(text.strip()))
    if not m:
        return []
    tag, head = m.group("tag").strip(), m.group("names").strip()
    low = tag.casefold()
    barred = "|" in m.group(0)[m.end("names"):m.start("tag")]
    if low in merged().photo_agencies or (low in merged().agencies and not barred) or low in merged().follow_networks:
        return []  # (a photo's credit, or a post's network: "Taylor Swift, Travis Kelce | TikTok")
    if not (_brand_rx().match(tag) and any(c.isupper() for c in tag[1:]) or is_outlet(tag)
            or low in merged().agencies or barred and _NUMBERED_BRAND.match(tag)
            and tag.rstrip("0123456789").casefold() in merged().outlet_words):
        return []
    if _team_credit(head, profile) and is_team(head, profile):
        return [head]  # "Tim detikcom - detikNews": a team, kept while no person is named
    parts = re.split(r"\s*(?:,|&|" + _conjunctions_rx(profile) + r")\s*", head)
    if not 1 <= len(parts) <= _NAMES_IN_LINE or not all(_plain_name(p, profile) for p in parts):
        return []
    names = [clean_name(p, profile) for p in parts]
    return [n for n in names if n] if all(names) else []


def section_topic(text: str, name: str, context: str) -> bool:
    """The name brand_byline read after a section's name ("Sport - Real Madrid, AFP") is the
    story's topic, not its writer: a word of it printed capitalised in `context` (the headline
    and the text; a writer's name seldom is, a topic's always), or the tag a wire agency's and
    no known given name opening the name (an agency's credit names a topic's picture or its
    report there, "Tech - Samsung Galaxy, Reuters"; a site's writer carries the site's name,
    "Market - Romys Binekasri, CNBC Indonesia"). The line stays a byline's all the same."""
    section = _SECTION_FIRST.match(before_date(text.strip()))
    if not section or not name:
        return False
    words = name.split()
    if not set(words).isdisjoint(re.findall(r"\w+", context)):
        return True
    m = _TAGGED.match(section.group("rest"))
    k = merged()
    return m is not None and m.group("tag").strip().casefold() in k.agencies and words[0].casefold() not in k.given_names


def brand_byline(text: str, profile: Profile, bare_outlet: bool = True) -> Optional[str]:
    """'Name - detikNews', 'Name / Jurnalis', 'Name, AP Sports Writer', 'Name | Reuters': a
    name tagged with the outlet or a role (a date after it is left out)."""
    if not any(map(text.__contains__, _BRAND_MARKS)) or _city_tagged(text):
        return None  # (most lines: no tag can follow a name, and no date need be cut first)
    text = before_date(text.strip())
    section = _SECTION_FIRST.match(text)
    if section and bare_outlet:
        # "Market - Romys Binekasri, CNBC Indonesia": the section's name, a dash, then the
        # writer tagged with the outlet (the credit read as it is read without the section)
        # (the name read as a person's: printed as a name, its first word a known given name
        # or no word of it a topic's common noun or a body's: "Video - Gempa Cianjur, CNN
        # Indonesia", "Travel - Pantai Kuta, Kompas.com", "Liverpool - Manchester United, BBC
        # Sport" are a section's or a fixture's topic over the outlet)
        m = _TAGGED.match(section.group("rest"))
        if m and _named_outlet(m.group("name"), m.group("tag"), profile):
            name = clean_name(m.group("name"), profile)
            if name and len(name.split()) >= 2 and (
                    name.split()[0].casefold() in merged().given_names or not _common_noun_in(name)):
                return name
    if "-" in text or "/" in text or "–" in text or "—" in text:
        m = _BRAND.match(text)
        if m:
            tag = m.group("tag")
            if "/" in text[len(m.group("name")):m.start("tag")] and (
                    tag.lower() in merged().agencies or tag.lower() in merged().photo_agencies):
                return None  # "Andrew Harnik / AP": a photo's credit, not the article's
            # (after a slash, an outlet's tag is printed as no common word is, "detikNews",
            # "Kompas.com", or names an agency: a word of a capital and small letters is a role
            # or an office there, "Hendrik Streeck / Drogenbeauftragter" naming a photo's man;
            # after a dash it is the outlet's, "Rasyid Ridho - Okezone")
            slashed = "/" in text[len(m.group("name")):m.start("tag")]
            if _brand_rx().match(tag) and not (slashed and tag[:1].isupper() and tag[1:].isalpha()
                                               and tag[1:].islower()
                                               and tag.lower() not in merged().agencies) \
                    or tag.lower() in profile.byline_suffixes:
                name = clean_name(m.group("name"), profile)
                if name and len(name.split()) >= 2:
                    return name
        m = _DASHED_ROLE.match(text)
        if m and m.group("role").casefold() in merged().role_words:
            # "Mathias Hagen – Journalist", "Anders Skjerdingstad – Journalist i Paris": the
            # name, a dash, the writer's role (and where, or the role again, as a dump prints
            # a box's hidden label beside its shown one)
            name = clean_name(m.group("name"), profile)
            if name and len(name.split()) >= 2:
                return name
    m = _TAGGED.match(text) if ("," in text or "|" in text or "·" in text or "•" in text) else None
    # ("X, The Millbrook Herald": the outlet with its article after a comma, its last word an
    # outlet's; not a title-case headline that names a person, "Lorna Vesk, The Night Mayor")
    the_outlet = m is not None and bare_outlet and text[m.end("name"):m.start("tag")].strip() == "," and \
        _the_outlet(m.group("tag")) and m.group("tag").split()[-1].casefold() in merged().outlet_words and \
        _plain_name(m.group("name").strip(), profile)
    if m and (_role_tag(m.group("tag"), profile) or the_outlet
              or bare_outlet and _named_outlet(m.group("name"), m.group("tag"), profile)) and not (
            "," in text and m.group("tag").strip().lower() in profile.agencies):
        # (but "Al Goldis, Associated Press" with no label is how a photo is credited)
        name = clean_name(m.group("name"), profile)
        if name and len(name.split()) >= 2:
            return name
    return None
