"""Language profiles: everything newsextract knows about a language, kept as data.

A profile is read by general code; adding a language should mostly mean adding a module here
that builds a `Profile` and registering it in `_MODULES`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Tuple

_MODULES = {"id": "newsextract.profiles.id", "en": "newsextract.profiles.en"}


@dataclass(frozen=True, eq=False)  # hashed by identity: profiles are singletons
class Profile:
    """Language knowledge used by the field extractors and the block classifier."""

    code: str
    # Frequent short words, for language detection.
    stopwords: FrozenSet[str]
    # Month names and abbreviations (lower case) -> month number.
    months: Dict[str, int]
    # Day names (lower case), printed before dates.
    days: FrozenSet[str]
    # Time-zone words (lower case) -> UTC offset "+07:00".
    zones: Dict[str, str]
    # Offset assumed for a printed time with no zone (None: leave the date naive).
    default_offset: Optional[str]
    # Byline labels (lower case) naming authors, and editors.
    author_labels: Tuple[str, ...]
    editor_labels: Tuple[str, ...]
    # Labels that may stand without a colon ("By Jane Doe").
    bare_labels: FrozenSet[str]
    # Role words that prefix a name in a credit ("Kontributor Lhokseumawe, Masriadi").
    role_words: FrozenSet[str]
    # Words after "Name /" or "Name -" that mark a byline ("Dewi Kania / Jurnalis").
    byline_suffixes: FrozenSet[str]
    # Inline "read also" labels that introduce one related-article title.
    related_labels: Tuple[str, ...]
    # Headings that introduce a list of related-article titles.
    related_headings: Tuple[str, ...]
    # Headings of other lists (latest, popular...) whose items are neither body nor related.
    list_headings: Tuple[str, ...]
    # Lines that are page furniture when they start a block (matched lower case, as prefixes).
    boilerplate_prefixes: Tuple[str, ...]
    # Lines that are page furniture wherever they occur (lower case substrings).
    boilerplate_substrings: Tuple[str, ...]
    # Caption and photo-credit markers (lower case substrings).
    caption_markers: Tuple[str, ...]
    # Speech verbs that follow a quotation ('"...," kata X'), base forms.
    cue_after: FrozenSet[str]
    # Speech verbs that introduce a quotation ('X mengatakan, "..."').
    cue_before: FrozenSet[str]
    # Pronouns that stand for the last named person.
    pronouns: FrozenSet[str]
    # Suffix that turns a cue verb into a pronoun form ("katanya"), if the language has one.
    pronoun_suffix: str
    # Words that, after a cue verb, introduce a non-person or end the speaker phrase.
    speaker_stops: FrozenSet[str]
    # Honorifics and titles that may precede a name and are not part of it.
    titles: FrozenSet[str]
    # Words that mark an organisation, not a person, in an author credit.
    publisher_words: FrozenSet[str]
    # Agencies whose name alone at the end of an article is a credit.
    agencies: FrozenSet[str]
    extra: Dict[str, object] = field(default_factory=dict)


@lru_cache(maxsize=None)
def get_profile(code: str) -> Profile:
    """Return the profile for a language code ("id", "en"); unknown codes fall back to English."""
    module = importlib.import_module(_MODULES.get(code, _MODULES["en"]))
    profile: Profile = module.PROFILE
    return profile


def available() -> Tuple[str, ...]:
    """Language codes that have a profile."""
    return tuple(_MODULES)


@lru_cache(maxsize=None)
def merged_months() -> Dict[str, int]:
    """Month names of every profile: Indonesian pages print English months and the reverse."""
    out: Dict[str, int] = {}
    for code in _MODULES:
        out.update(get_profile(code).months)
    return out


@lru_cache(maxsize=None)
def merged_zones() -> Dict[str, str]:
    """Time-zone words of every profile."""
    out: Dict[str, str] = {}
    for code in _MODULES:
        out.update(get_profile(code).zones)
    return out


@lru_cache(maxsize=None)
def merged_days() -> FrozenSet[str]:
    """Day names of every profile."""
    out: set = set()
    for code in _MODULES:
        out |= get_profile(code).days
    return frozenset(out)
