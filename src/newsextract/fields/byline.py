"""Authors and editors from credit lines: "Penulis : X | Editor : Y", "By X", "X - detikNews"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Pattern, Tuple

from newsextract.blocks import short_text_cache
from newsextract.profiles import Profile, merged, merged_days, merged_months

# a word of a name opens with a letter of any script (Čapek, Ярослав, 松岡大地)
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_INITIALS = re.compile(r"^\(?[a-z]{1,6}(?:/[a-z]{1,6})*\)?$")


_PIECES = re.compile(r"\s*[|;]\s*|\s*/\s*(?=[A-Za-z]{2,12}\s*[:：])")


def _may_split(text: str) -> bool:
    return "|" in text or ";" in text or "/" in text


_DATE_WORDS = merged_days() | frozenset(merged_months())


@lru_cache(maxsize=None)
def _domain_rx() -> Pattern[str]:
    """A domain suffix at a word's end or before a dot: "Kompas.com", "Tribun.co.id"."""
    return re.compile(r"\.(?:" + "|".join(map(re.escape, merged().domain_suffixes)) + r")\b", re.I)


@lru_cache(maxsize=None)
def _brand_rx() -> Pattern[str]:
    """An outlet's tag after a name: "detikNews", "Kompas.com", "Tribun.co.id"."""
    sfx = "|".join(map(re.escape, merged().domain_suffixes))
    return re.compile(r"^[a-z]+[A-Z][\w.]*$|^\w+(?:\.(?:" + sfx + r"))+$", re.I)


@lru_cache(maxsize=None)
def _label_rx(labels: Tuple[str, ...]) -> Pattern[str]:
    alts = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return re.compile(r"^(?P<label>" + alts + r")\s*(?P<colon>[:：])?\s*(?P<rest>.*)$", re.I)


@lru_cache(maxsize=None)
def _label_starts(profile: Profile) -> Tuple[str, ...]:
    return tuple({x.casefold() for x in profile.editor_labels + profile.author_labels})


def _title_name(name: str) -> str:
    """Title-case a name printed in capitals ("DINI TEJA" -> "Dini Teja")."""
    if name.upper() == name and any(c.isalpha() for c in name):
        return " ".join(w.capitalize() for w in name.split())
    return name


def clean_name(raw: str, profile: Profile) -> Optional[str]:
    """A person's name from a credit fragment, or None if it is not one."""
    s = raw.strip().strip(",;:|-–—").strip()
    s = re.sub(r"\s*[/|]\s*(?:[A-Za-z]+)$", lambda m: "" if m.group(0).strip(" /|").lower()
               in profile.byline_suffixes else m.group(0), s)
    # "Kontributor Lhokseumawe, Masriadi": a role (and its place) before a comma
    if "," in s:
        head, _, tail = s.partition(",")
        if head.split() and head.split()[0].lower() in profile.role_words:
            s = tail.strip()
    words = s.split()
    # "Editor: Bambang Susilo Rabu, 14 Juni 2023": a date glued after the name
    while len(words) > 1 and words[-1].lower().strip(",") in _DATE_WORDS:
        words.pop()
    s = " ".join(words)
    if words and words[0].lower() in profile.role_words:
        s = " ".join(words[1:])  # a role alone ("Redakteurin") is no name
        words = words[1:]
    if not words or len(words) > 6:
        return None
    if _INITIALS.match(s) and (s.startswith("(") or "/" in s):
        return None
    if any(ch.isdigit() for ch in s) or "@" in s or "http" in s.lower() or "www." in s.lower():
        return None
    if not all(_NAME_TOKEN.match(w) for w in words):
        return None
    if len(words) > 1 and any(w[0].islower() and w.lower() not in profile.name_particles
                              for w in words[1:]):
        return None  # "Bundesministerium für Wirtschaft", "Fuchsy designed": no person's name
    low = {w.lower().strip(".") for w in words}
    if low & profile.not_names:
        return None
    if low & profile.publisher_words or s.lower() in profile.agencies or _team(words, profile):
        return None
    if "." in s and any(_domain_rx().search(w) for w in words):
        return None
    if not any(w[0].isupper() for w in words) and len(words) > 1 and \
            any(w[0].lower() != w[0].upper() for w in words):  # (scripts without case pass)
        return None
    return _title_name(s)


def _team(words: List[str], profile: Profile) -> bool:
    """A team's credit: a team word alone, or before a word that is no name ("detikBali",
    "Kompas.com")."""
    if words[0].lower() not in profile.team_words:
        return False
    return len(words) == 1 or any(w[:1].islower() or "." in w for w in words[1:])


@lru_cache(maxsize=None)
def _conjunctions_rx(profile: Profile) -> str:
    """The words that join two names ("and", "dan", "und", "et", "y"), as a pattern."""
    return "|".join(r"\b" + re.escape(w) + r"\b" for w in sorted(profile.name_conjunctions, key=len, reverse=True))


def split_names(raw: str, profile: Profile) -> List[str]:
    """Several names in one credit ("A dan B", "A, B and C")."""
    joins = _conjunctions_rx(profile)
    parts = re.split(r"\s*(?:,|&|;|" + joins + r")\s*", raw)
    if "," in raw:
        # keep the role-prefixed form whole ("Kontributor X, Name")
        first = raw.split(",")[0].split()
        if first and first[0].lower() in profile.role_words:
            parts = [raw.partition(",")[2]]
            parts = re.split(r"\s*(?:&|;|" + joins + r")\s*", parts[0])
    out = []
    for p in parts:
        name = clean_name(p, profile)
        if name and name not in out:
            out.append(name)
    return out


@short_text_cache(maxsize=4096)
def parse_credit(text: str, profile: Profile) -> Tuple[List[str], List[str], bool]:
    """Read one credit line; return (authors, editors, label_only). Cached: do not mutate.

    label_only is True when the line is a bare label ("Oleh :") whose name follows on the
    next line.
    """
    authors: List[str] = []
    editors: List[str] = []
    label_only = False
    # "Penulis : X | Editor : Y", "Rep: C31/ Red: Israr Itah": pieces split at bars, and at
    # slashes that a label follows
    # (a line with no bar, semicolon or slash is one piece: most lines, and the split is slow)
    pieces = [p for p in _PIECES.split(text) if p.strip()] if _may_split(text) else [text]
    starts = _label_starts(profile)
    for piece in pieces:
        piece = piece.strip()
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
        if not m.group("colon"):
            # a bare label must be a known one, followed by a space and a capital letter
            if label not in profile.bare_labels or not rest or not rest[0].isupper():
                continue
            if not piece[len(m.group("label")):][:1].isspace():
                continue
        if not rest:
            label_only = target is authors
            continue
        for name in split_names(rest, profile):
            if name not in target:
                target.append(name)
    return authors, editors, label_only


_BRAND = re.compile(r"^(?P<name>[^\-–—/|]{3,60}?)\s+[-–—/]\s+(?P<tag>\S+)$")


def brand_byline(text: str, profile: Profile) -> Optional[str]:
    """'Name - detikNews' or 'Name / Jurnalis': a name tagged with the outlet or a role."""
    if "-" not in text and "/" not in text and "–" not in text and "—" not in text:
        return None
    m = _BRAND.match(text.strip())
    if not m:
        return None
    tag = m.group("tag")
    if not (_brand_rx().match(tag) or tag.lower() in profile.byline_suffixes):
        return None
    name = clean_name(m.group("name"), profile)
    if name and len(name.split()) >= 2:
        return name
    return None
