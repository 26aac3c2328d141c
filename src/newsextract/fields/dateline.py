"""The dateline that opens an article: "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -"..."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import FrozenSet, List, Optional, Tuple

from newsextract.blocks import ACRONYM, short_text_cache
from newsextract.fields.language import stopword_shares
from newsextract.profiles import domain_rx, get_profile, merged, merged_days, merged_months
from newsextract.rxcache import rx
from newsextract.weights import WEIGHTS as W

# The lead-in: up to ~90 characters, then a dash with space around it (or an em/en dash, or
# "--", or the Spanish ".-": "MADRID (EFE).- El ..."). The lead may hold commas, dots (in
# outlet domains), slashes and one parenthesised tag.
# The text after the dash opens a sentence: "Adobe Flash – co by złego o nim nie mówić" is an
# aside in a sentence, not a dateline.
# (or a dash glued to the lead's last word or tag, a space after it: "Pariaman (Inmas)- ...";
# not to a letter alone, a font-size button's "A-")
_LEAD = rx(
    r"^(?P<lead>[^\s\"“”'‘(][^\"“”\n]{0,88}?)\s*(?:\s--?|\s?[\u2013\u2014]|\s-|\.-(?=\s)|(?:(?<=\))|(?<=[^\W\d_]{3}))--?(?=\s))"
    r"(?:\s+|(?=[A-Z\"“]))(?![a-zа-яѐ-џґ])"
)
_LEAD_ONLY = rx(r"^(?P<lead>[^\"“”\n]{1,90}?)\s*(?:--?|[\u2013\u2014])$")
_PARENS = rx(r"\(([^()]{1,40})\)")
_WIRE = rx(r"/([A-Z][\w ]{1,30}?)/")
# the capitals of Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian)
CYRILLIC_CAPITALS = "\u0400-\u042f\u0490"
# TASS's dateline: the place in capitals, the day and month, a stop and the agency between
# slashes ("МОСКВА, 7 сентября. /ТАСС/. В столице ..."), with no dash after it
_SLASH_AGENCY = rx(r"^(?P<lead>[^\W\d_][^/\n]{2,60}?)\.?\s+/(?P<site>[^\W\d_][^/\n]{1,30}?)/\.?\s+(?=[^\W\d_]|[«\"„“])")
_YEAR = rx(r"^(?:19|20)\d\d$")
# detikNews, KompasOtomotif: a lower-case letter, then a capitalised word. Not "McALLEN" or
# "DeKALB": a name's prefix before capitals, as wire datelines print such places.
_CAMEL = rx(r"^[A-Za-z]*[a-z][A-Z][a-z]\w*$")
# "McALLEN", "DeKALB", "LaGRANGE": a capitalised prefix of a name, then the rest in capitals
_PREFIXED_CAPITALS = rx(r"^([A-Z][a-z]{1,2})([A-Z]{2,})$")
_DIGIT = rx(r"\d")
# the day of the month, or the day and month in figures ("5", "5/11"), an agency's tag after it
_DAY = rx(r"^(?:0?[1-9]|[12]\d|3[01])(?:/(?:0?[1-9]|1[0-2]))?$")
_ABBREVIATION = rx(r"^(?:[A-Za-z]\.){2,}$")
# "Fimela.com, Jakarta Pemerintah ..." / "Metrotvnews.com, Jakarta: ...": the outlet's domain,
# a comma and a one-word place, then the text with no dash (a colon, or nothing)
# "Suarasurabaya.net| Pemerintah ...": the outlet's domain alone, then a bar
_SITE_BAR = rx(r"^(?P<site>[\w\-]+\.[A-Za-z.]{2,12})\s*\|\s*(?=[A-Z\"“])")
# (a dash glued to the place leaves the lead to _LEAD, which reads a place of several words:
# "Liputan6.com, Banda Aceh- ...")
_GLUED_DASH = rx(r"[^\W\d_]-\s")
# (a place of several words only before a colon, which ends it: "Metrotvnews.com, Banda Aceh:";
# with no colon the place's end cannot be told from the text's first word)
_SITE_FIRST_ONE = rx(r"^(?P<lead>[\w\-]+\.[A-Za-z.]{2,12}, [A-Z][\w'’]+(?:-[\w'’]+)*)(?::\s+|\s+(?=[A-Z\"“]))")
_SITE_FIRST = rx(r"^(?P<lead2>[\w\-]+\.[A-Za-z.]{2,12}, [A-Z][\w'’]+(?: [A-Z][\w'’]+){1,2}):\s+(?=[A-Z\"“])"
                 r"|^(?P<lead>[\w\-]+\.[A-Za-z.]{2,12}, [A-Z][\w'’]+(?:-[\w'’]+)*)(?::\s+|\s+(?=[A-Z\"“]))")


@lru_cache(maxsize=None)
def _word_rx() -> "re.Pattern[str]":
    """A word of a place's name: capitalised, in capitals, or a particle ("Frankfurt am Main")."""
    particles = "|".join(map(re.escape, sorted(merged().place_particles)))
    return rx(r"^[A-Z" + CYRILLIC_CAPITALS + r"][\w'’.\-]*$|^[A-Z]{2,}[\w.\-]*$|^(?:" + particles + r")$")


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: the place, the outlet tag, and the text as printed."""

    location: Optional[str]
    site: Optional[str]
    raw: str
    standalone: bool  # the dateline stood alone in its block ("Jakarta -")
    byline: Optional[str] = None  # a credit run into it ahead ("Laporan Wartawan X.com, Name")
    # the writers a wire dateline of a script without case names ("【ワシントン=山田太郎】")
    names: Tuple[str, ...] = ()
    # a wire dateline of a script without case (_uncased_wire): a caption above the text prints
    # one too ("(세종=연합뉴스) 김사진 기자 = ... photo@yna.co.kr"), the text's is the one it opens with
    uncased: bool = False


def _glued_outlet(word: str, endings: FrozenSet[str], openers: FrozenSet[str]) -> bool:
    """One word in capitals that glues an outlet's word to a place's or a brand's name, as
    regional papers print their name in a dateline ("PALANGKA RAYA, BORNEONEWS -",
    "PEKANBARU, RIAUPOS -", "BATAM, TRIBUNBATAM -"): the word ends with an outlet's word
    ("news", "pos", "post", "times") or opens with an opener of outlets' names of four letters
    or more ("tribun", "radar"; a short one opens places' names too: "POSADAS, Argentina",
    "POSITANO, Italy", "POSIGADAN, KOMPAS.com -"), three letters or more left beside it ("POSO"
    is a place)."""
    if not (word.isupper() and word.isalpha() and len(word) >= W.glued_outlet_chars):
        return False
    low = word.lower()
    rest = W.glued_outlet_rest
    return any(len(w) >= W.glued_outlet_word and w != "com" and low.endswith(w) and len(low) - len(w) >= rest
               for w in endings) \
        or any(len(w) >= W.glued_outlet_opener and low.startswith(w) and len(low) - len(w) >= rest for w in openers)


def is_outlet(part: str) -> bool:
    """An outlet's name or tag: a domain, a camel-case tag, an acronym and a word, an agency."""
    p = part.strip()
    if not p:
        return False
    if domain_rx().search(p) or _CAMEL.match(p):
        return True
    words = p.split()
    if len(words) > 1 and len(words[0]) >= 3 and words[0].isupper() and words[0].isalpha() \
            and not p.isupper():
        return True  # "CNN Indonesia", "IDN Times": an outlet's acronym and a word
    k = merged()
    if len(words) == 1 and _glued_outlet(p, k.outlet_words, k.outlet_openers):
        return True
    # (an agency's name that is also a place's acronym in a dateline is the place: "MATARAM,
    # NTB (ANTARA)" is West Nusa Tenggara, not Norway's NTB)
    agency = p.lower() in k.agencies and p.lower() not in k.place_acronyms
    return words[-1].lower() in k.outlet_words or agency or p.lower() in k.outlets or \
        len(words) > 1 and words[0].lower() in k.outlet_openers and words[1][:1].isupper()




def _is_date(part: str) -> bool:
    low = part.lower()
    return bool(_DIGIT.search(part)) and any(w.strip(".,") in merged_months() for w in low.split())


_REGNAL = rx(r"^(?:I{2,3}|I?V|VI{1,3}|I?X|XI{1,3}|XI?V|XVI{1,3})\.?$")  # "Benedikt XVI."


def _is_place(part: str, noun_endings: Tuple[str, ...] = ()) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 4 or _DIGIT.search(part):
        return False
    if len(words) == 1 and not part.isupper() and part.lower().endswith(noun_endings):
        # "Beratung –", "Migration –": a topic, in a language that capitalises its nouns (and
        # not elsewhere: "Badung –", "Bandung –" are places)
        return False
    if len(words) > 1 and _REGNAL.match(words[-1]):
        return False  # a ruler's or pope's number: a person
    if re.match("[" + CYRILLIC_CAPITALS + "]", words[0]) and (
            any(w.casefold().strip(".") in _caps_kickers() for w in words)
            or not part.isupper() and part.casefold() not in merged().dateline_cities):
        # (a Cyrillic place is never a month, a weekday, a stopword or a kicker in capitals,
        # "СЕНТЯБРЬ –", "ЭКСКЛЮЗИВ –"; in title case it is a listed city, "Київ –", not a
        # sentence's first word, "Сегодня – Международный день ..."; Latin leads keep their rules)
        return False
    return all(_word_rx().match(w) for w in words) and bool(re.match(r"[A-Z" + CYRILLIC_CAPITALS + "]", words[0]))


def _title_case_word(word: str) -> str:
    """'JAKARTA' -> 'Jakarta', "O'NEILL" -> "O'Neill", 'WINSTON-SALEM' -> 'Winston-Salem'."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


_NAMED_PLACE_PREFIXES = frozenset({"north", "south", "east", "west", "new", "old", "port", "fort",
                                   "mount", "cape", "lake", "villa", "upper", "lower"})


def title_case_place(place: str) -> str:
    """Title-case a place printed in capitals; keep abbreviations (NTB, DKI, N.Y.) as they are."""
    acronyms = merged().place_acronyms
    parts = []
    for part in place.split(", "):
        words = part.split()
        if part.upper() == part and any(c.isalpha() for c in part):
            if len(words) == 1 and len(part) <= 3:
                parts.append(part)
            else:
                # an abbreviation with dots keeps its case: "N.Y.", "S.C.", "D.C."
                # (a particle inside a place's name is written small: "RIO DE JANEIRO" ->
                # "Rio de Janeiro", "FRANKFURT AM MAIN", "ISLE OF WIGHT"; not as its first word,
                # "LA PAZ", "DEN HAAG", nor as its last, "CIUDAD DEL ESTE" keeps "Este")
                particles = merged().place_particles
                # (not after a word that makes a new place of a named one: "SOUTH EL MONTE",
                # "WEST DE PERE", "VILLA EL SALVADOR", "NORTH VAN BUREN")
                parts.append(" ".join(w.lower() if 0 < i < len(words) - 1 and w.lower() in particles
                                      and (w.lower() in ("of", "upon", "on")
                                           or words[i - 1].lower() not in _NAMED_PLACE_PREFIXES) else
                                      w if _ABBREVIATION.match(w) or w.lower() in acronyms else
                                      _title_case_word(w) if len(w) > 2 or len(words) > 1 else w
                                      for i, w in enumerate(words)))
        else:
            parts.append(" ".join(_PREFIXED_CAPITALS.sub(lambda m: m.group(1) + m.group(2).capitalize(), w)
                                  for w in words))
    return ", ".join(parts)


# the outlet's name that opens the dateline after a byline run into it: a word with a domain
_OUTLET_AFTER_NAME = rx(r"(?<=\s)(?=[\w\-]+\.[A-Za-z.]{2,12},)")


def _byline_ahead(lead: str) -> Tuple[Optional[str], str]:
    """A reporter's credit that a page runs into the dateline after it ("Laporan Wartawan
    Tribunnews.com, Rina Marlina TRIBUNNEWS.COM, JAKARTA"): (the credit, the dateline), or
    (None, the lead). The credit opens with a label; the dateline with the outlet's domain."""
    if not lead[:40].casefold().startswith(_label_starts()):
        return None, lead
    found = list(_OUTLET_AFTER_NAME.finditer(lead))
    if not found:
        return None, lead
    at = found[-1].start()
    return lead[:at].strip(), lead[at:]


@lru_cache(maxsize=None)
def _label_starts() -> Tuple[str, ...]:
    """Every language's author labels of more than a word, in lower case ("laporan wartawan")."""
    return tuple(w.casefold() + " " for w in merged().author_labels if " " in w)


def parse_lead(lead: str, noun_endings: Tuple[str, ...] = ()) -> Optional[Dateline]:
    """Read a dateline lead (without its dash); None if it is not a dateline. `noun_endings`:
    the page's language's abstract nouns' endings (see Profile.noun_endings)."""
    lead = lead.strip().rstrip(",")
    byline, lead = _byline_ahead(lead)
    if byline:
        d = parse_lead(lead, noun_endings)
        return replace(d, raw=byline + " " + d.raw, byline=byline) if d else None
    if not lead or len(lead.split()) > 9:
        return None
    if lead.split()[0].lower().rstrip(":") in merged().not_places:
        return None  # "By Justine Coleman - 11/18/19": a byline, not a dateline
    sites: List[str] = [m.group(1).strip() for m in _PARENS.finditer(lead)]
    rest = _PARENS.sub(",", lead)
    # a press release's wire between slashes ("NEW YORK, Nov. 19, 2019 /PRNewswire/")
    sites += [m.group(1) for m in _WIRE.finditer(rest)]
    rest = _WIRE.sub(",", rest)
    places: List[str] = []
    dated = False
    for part in (p.strip() for p in rest.split(",")):
        if not part:
            continue
        if is_outlet(part) or dated and places and part.casefold() in merged().agencies:
            # (an agency after the place and the date is its tag: "Accra, Dec. 4, GNA -", as "New
            # Delhi, Dec 4 (PTI)" prints it in parentheses; any acronym is not: "PERTH, Dec 4,
            # WA -" is the state, "Jakarta, 5 Desember 2024, KPK -" a body)
            sites.append(part)
        elif _is_date(part) or _YEAR.match(part):
            dated = True
            continue
        elif sites and _DAY.match(part):
            continue  # "MADRID, 5 (EUROPA PRESS) -", "Jakarta, 5/11 (ANTARA) -": the day, before the tag
        elif _is_place(part, noun_endings):
            places.append(part)
        elif sites and part.count("/") == 1 and all(_is_place(p, noun_endings) for p in part.split("/")):
            # "Frankfurt/Main (dpa) -", "Halle/Saale (dpa) -": a place and the river or region
            # that tells it from another, an agency's tag after it (bare, "München/London –" or
            # "Pro/Contra –" may be two places or a kicker)
            places.append(part)
        else:
            return None
    if not places and not sites:
        return None
    if not (dated or sites) and any(re.match("[" + CYRILLIC_CAPITALS + "]", p) and p.casefold()
                                    not in merged().dateline_cities for p in places):
        return None  # ("ТРАМП –", "ХРОНИКА –", "ВЛАДИМИР ПУТИН –": unlisted and undated, no place)
    # a lone capitalised word is only a place when it is short; "Menurut" and the like are not
    # capitalised nouns, but a single word of a sentence start could look like one
    location = title_case_place(", ".join(places)) if places else None
    site = sites[0] if sites else None
    if site and "/" in site:
        site = site.split("/")[0].strip()
    return Dateline(location=location, site=site, raw=lead, standalone=False)


# "NEW DELHI: Their American dream..." - a place in capitals and a colon (South Asian and
# some wire styles); only capitals, so that "Note: ..." is not a dateline
_CAPS_COLON = rx(r"^(?P<lead>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+)?)"
                         r"\s*:\s+(?=[A-Z\"“‘'])")


# "Mumbai: The civic body ...", "Jakarta: Presiden ...": a city the profiles list, in mixed case,
# and a colon; not before a run of capitalised words ("Solo: A Star Wars Story is ...": a title)
_CITY_COLON = rx(r"^(?P<lead>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?=[A-Z\"“‘'])")
_TITLE_RUN = rx(r"[\"“‘']?(?:[A-Z][\w'’\-]*[\s:,]+){4}")
_CITY_IN_LIST = rx(r"(?P<lead>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+[A-Z\"“]")
def _listed_next(text: str, start: int) -> bool:
    """The sentence after the first one from `start` opens with a listed city and a colon: a
    list's items, one sentence each ("Agra: The Taj Mahal ... Jaipur: The old city ..."), no
    dateline."""
    end = _SENTENCE_END.search(text, start)
    c = _CITY_IN_LIST.match(text, end.end()) if end else None
    return c is not None and c.group("lead").casefold() in merged().dateline_cities


_SENTENCE_END = rx(r"[.!?][\"”’]?(?:\s|$)")  # (a headline's words run on with none)


def _dash_near_start(text: str) -> bool:
    """Whether a dash stands where _LEAD or _LEAD_ONLY could find one: within 90 characters
    of the start, or after spaces that begin there (the leads are at most 90 characters).
    Most paragraphs fail this at once, and the lazy leads are slow to fail."""
    head = _dash_reach(text)
    return "-" in head or "\u2013" in head or "\u2014" in head


def _dash_reach(text: str) -> str:
    """The head of a text where a lead's dash may stand (see _dash_near_start)."""
    end = 91
    while end <= len(text) and text[end - 1].isspace():
        end += 1
    return text[:end]


def _spaced_dash_near_start(text: str) -> bool:
    """Whether a dash stands where _LEAD could take one: an en or em dash, or a hyphen with a
    space before or after it ("Jakarta - ", "MADRID (EFE).- El", "Pariaman (Inmas)- ...",
    "BOGOR -- ") in the head _dash_near_start reads (and the two characters after it, where
    a doubled hyphen's space stands). A word's hyphen ("well-known", "Covid-19"), the only
    dash in most paragraphs that have one, is none: _LEAD, slow to fail, is not tried."""
    head = text[:len(_dash_reach(text)) + 2]
    if "\u2013" in head or "\u2014" in head:
        return True
    at = head.find("-")
    while at >= 0:
        if head[at - 1:at].isspace() or head[at + 1:at + 2].isspace():
            return True
        at = head.find("-", at + 1)
    return False


# "KONTAN.CO.ID - JAKARTA. Memasuki ...": the outlet's domain, a dash, the place in capitals
# and a full stop
_SITE_DASH_PLACE = rx(r"^(?P<site>[\w\-]+\.[A-Za-z.]{2,12})\s*(?:--?|[\u2013\u2014])\s*"
                              r"(?P<place>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3})\.\s+(?=[A-Z\"“])")
_VOWELS = frozenset("AEIOUY")


def _capitals_place(place: str) -> bool:
    """Words in capitals before a full stop read as a place: none a company's form, an
    outlet's or an office's word, a section's or a kicker's label, a common word or a date's
    ("PT.", "CATATAN REDAKSI.", "EKSKLUSIF."), nor an acronym, a short word of one vowel or
    none ("IHSG.", "OJK.", "BI."; "BALI.", "ACEH.", "PALU." are places)."""
    k = merged()
    for w in place.split():
        low = w.casefold()
        if low in k.org_suffixes or low in k.publisher_words or low in k.office_words or \
                low in k.not_places or low in k.stopwords or low in _date_words():
            return False
        if len(w) <= 4 and sum(c in _VOWELS for c in w) < 2:
            return False
    return True


def plain_place(place: str) -> bool:
    """Words that may be a place's name (see _plain_place)."""
    return bool(place.split()) and _plain_place(place)


def _plain_place(place: str) -> bool:
    """Words of a place's name, none a day's, a month's, an office's, an outlet's or a common
    word ("Senin Pagi", "Kementerian Keuangan" name no place); a unit may open it ("Kota Bogor"),
    a direction follow its first word ("Jakarta Selatan", "Nusa Tenggara Timur"), and a name's
    particle open a name of more before a word that is not common ("Los Angeles", "El Paso"; not
    "In Brief", "Baca Juga", "Hari Ini", "Kata Netizen")."""
    k = merged()
    words = place.split()
    if words[0].casefold() in k.place_units:
        words = words[1:]  # ("Kota Bogor", "Kabupaten Bekasi": a unit, then the place's name)

    def common(w: str) -> bool:
        return w in k.stopwords or w in k.office_words or w in k.publisher_words or w in k.not_places \
            or w in _date_words() or w in k.team_words or w in k.outlet_openers

    folded = [w.casefold() for w in words]
    return bool(words) and not any(
        common(w) and not (i and w in k.place_directions)
        and not (i == 0 and w in k.name_particles and i + 1 < len(folded) and not common(folded[i + 1]))
        for i, w in enumerate(folded))


# a byline's rest after its dash: a date, short ("Name - Bisnis.com15 Agustus 2019 | 14:20
# WIB"), where a dateline's rest is the paragraph
_BYLINE_REST = 80
_SECOND_DASH = rx(r"^(?:--?|[\u2013\u2014])\s+")


def _dated_rest(text: str) -> bool:
    """A date and little else: an outlet's tag perhaps, a time, a zone ("Bisnis.com15 Agustus
    2019 | 14:20 WIB"), where a sentence opening on a date goes on in words ("Januari 2024
    menjadi bulan terpanas ...")."""
    if not _is_date(text):
        return False
    words = [w for w in text.split() if not (_DIGIT.search(w) or w.strip(".,").casefold() in merged_months()
                                             or not any(c.isalnum() for c in w) or (w.isupper() and len(w) <= 4))]
    return len(words) <= 1


# "(CNN) The president ...", "(Reuters) - ...": an outlet's tag and no place
_TAG_ONLY = rx(r"^\((?P<site>[^()]{2,30})\)\s*(?:(?:--?|[\u2013\u2014])\s*)?(?=[A-Z\"“‘'])")
# "New Delhi, Nov 19 (PTI) The ...": a place (and a date), an agency's tag, and no dash
# (a colon may follow the tag: "OSLO (NTB): Regjeringen ...")
_AGENCY_TAG = rx(r"^(?P<lead>[A-Z][^\"“”\n()\-\u2013\u2014:]{1,60}\((?P<site>[^()]{2,30})\)):?\s+(?=[A-Z\"“‘'])")


# "Hamburg. Der Senat hat ...", "Frankfurt/Main. Die ...": the place and a full stop, as German
# regional papers open the first paragraph; the sentence after opens with a small common word
# (an article, a preposition), which a one-word sentence's follower need not
# (one word, or two in capitals: "Trochowskis HSV-Comeback." is a heading's phrase, where
# "BAD OLDESLOE." is a place)
_PERIOD_LEAD = rx(r"^(?P<lead>[A-ZÀ-Þ][\w'’\-]{2,}(?:/[A-ZÀ-Þ][\w'’\-]+)?|[A-ZÀ-Þ]{2,} [A-ZÀ-Þ\-]{3,})\.\s+"
                          r"(?P<next>[A-ZÀ-Þ][\w'’]*)\s")
_PERIOD_REST_CHARS = 80  # the text after such a place is a paragraph's, at least this long


def period_place(text: str, noun_endings: Tuple[str, ...] = ()) -> Optional[str]:
    """The place of a place and a full stop opening the first paragraph ("Hamburg. Der ...",
    "ERDEN. Wie ..."), as German regional papers print their dateline, or None. The caller
    keeps the place in the text, as the page shows it (and as a paragraph that opens the
    teaser below a headline prints it too)."""
    if "." not in text[:40]:
        return None
    m = _PERIOD_LEAD.match(text)
    if not m or len(text) - m.end("lead") < _PERIOD_REST_CHARS:
        return None
    k = merged()
    if m.group("next").casefold() not in k.stopwords:
        return None
    words = [w.casefold() for w in re.split(r"[ /]", m.group("lead"))]
    if any(w in k.stopwords or w in k.not_places or w in _date_words() for w in words):
        return None  # "Sonntag. Der ...", "Fazit. Die ...", "Ja. Das ..."
    d = parse_lead(m.group("lead"), noun_endings)
    return d.location if d and not d.site else None


# "Palangkaraya ● Mon, December 2, 2024", "New Delhi | PTI": a listed city printed in the date's
# or the credit's line under the headline, a bar, a bullet or a spaced dash after it, then the
# date alone or an agency alone
_HEAD_PLACE = rx(r"^(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2})\s*(?:\||[●•·]|\s[-\u2013\u2014])\s+"
                 r"(?P<rest>\S.{1,60})$")


def header_place(text: str) -> Optional[str]:
    """The place of a date's or a credit's line that opens with a listed city ("Palangkaraya
    ● Mon, December 2, 2024", "New Delhi | PTI"), or that a correspondent's credit names
    (correspondent_place), or None: only a listed city (an unlisted
    word there is as often a writer's name, "Dimas ● Mon, December 2, 2024"), and only the
    date or an agency after it (not "Jakarta | Politik | DATE", a breadcrumb, nor "Jakarta -
    Pemerintah ...", a sentence)."""
    m = _HEAD_PLACE.match(text.strip())
    if not m or m.group("place").casefold() not in merged().dateline_cities:
        # (or the place a correspondent's credit names: "Ana Souza, enviada especial a Kiev")
        return correspondent_place(text)
    rest = m.group("rest").strip()
    if any(c in rest for c in "|●•·") or not (rest.casefold() in merged().agencies or _dated_rest(rest)):
        return None  # (a breadcrumb's section between, "Jakarta | Politik | DATE")
    if rest.casefold() not in merged().agencies and (_relative_time(rest) or not _date_words_only(rest)):
        return None  # (a teaser's age, "Mumbai · 3 hours ago"; an event's word before the date,
        # "Mumbai | Premiere December 2, 2024", a review's venue and night, no dateline)
    return title_case_place(m.group("place"))


def _relative_time(text: str) -> bool:
    """An age as a teaser or a list prints it ("3 hours ago", "2 jam lalu"): any profile's
    relative time, its number any digits."""
    low = " ".join(text.casefold().split())
    return any(re.search(_relative_rx(form), low) for form in merged().relative_times)


@lru_cache(maxsize=None)
def _relative_rx(form: str) -> str:
    """A relative time's form ("# hours ago") as a pattern of whole words, "#" any digits."""
    return r"(?<!\w)" + r"\d+".join(re.escape(part) for part in form.split("#")) + r"(?!\w)"


_MERIDIEM = frozenset({"am", "pm", "a.m", "p.m"})


def _date_words_only(text: str) -> bool:
    """A date's words and nothing else beside its numbers: months, days, a zone's capitals, a
    label a date line prints ("Updated", "Diperbarui", "Published:"); not "Premiere"."""
    k = merged()
    labels = set(k.date_connectives).union(k.clock_words, _MERIDIEM, *(set(label.split()) for label in k.modified_labels))
    for word in text.split():
        w = word.strip(".,:;()").casefold()
        if not w or _DIGIT.search(w) or not any(c.isalnum() for c in w) or word.strip(".,:;()").isupper() and \
                len(w) <= 4 or w in merged_months() or w in merged_days() or w in labels:
            continue
        return False
    return True


def city_agency(text: str) -> Optional[str]:
    """The agency of a credit's line that names a listed city and the agency alone ("New Delhi
    | PTI" -> "PTI"), or None: the place the story is filed from, and the wire's credit."""
    m = _HEAD_PLACE.match(text.strip())
    if not m or m.group("place").casefold() not in merged().dateline_cities:
        return None
    rest = m.group("rest").strip()
    return rest if rest.casefold() in merged().agencies else None


# "Jakarta. The government plans ...": a listed city and a full stop opening the text, as some
# English-language papers print their dateline; the sentence after it opens with a capital
_CITY_STOP = rx(r"^(?P<lead>[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?)\.\s+(?=[A-Z\"“‘'])")
_CITY_STOP_REST = 80  # the text after such a place is a paragraph's, at least this long


_CITY_STOP_FEATURE = 150  # a title-case city's paragraph of one sentence is a report's from this length
# the sentence after a city opening with a title-case phrase ("Abu Dhabi. Doha.", "Hilton
# Hotels ...") or a quotation ("'Ich bin ein Berliner' ..."): the city is the feature's word
_PHRASE_OR_QUOTE = rx(r"^(?:[\"“‘']|[A-Z][\w'’-]*[.,]?\s+[A-Z])")


def _feature_opening(lead: str, rest: str, title: str) -> bool:
    """Whether a title-case city and a full stop open a feature rather than a report: the
    headline names the city ("A weekend in Paris" over "Paris. The name alone ..."), the next
    sentence is a word or three ("London. Again.", "Jakarta. Macet. Banjir."), opens by
    pointing back at the city ("It", "That", "Itulah", "Kota ..."), with a title-case phrase or
    a quotation, or the paragraph is one short sentence ("Chicago. The musical returns to
    Broadway ...", a review's or a teaser's line); a report's first paragraph runs longer."""
    first = _SENTENCE_END.search(rest)
    words = rest[:first.start()].split() if first else rest.split()
    opener = words[0].strip("\"“‘'").casefold() if words else ""
    if len(words) < 4 or opener in merged().back_references:
        return True
    if _PHRASE_OR_QUOTE.match(rest) and opener not in merged().stopwords:
        return True  # (a name's or a quotation's words: "Abu Dhabi Investment ...", "'Ich bin ..."; an
        # article before capitals is a report's subject, "The Indonesian government said ...")
    if title and re.search(r"\b" + re.escape(lead.casefold()) + r"\b", title.casefold()):
        return True
    one_sentence = not first or not rest[first.end():].strip()
    return one_sentence and len(rest) < _CITY_STOP_FEATURE


def city_stop_dateline(text: str, title: str = "", page: str = "") -> Optional[tuple]:
    """The dateline of a text's first paragraph that opens with a listed city and a full stop
    ("Jakarta. The government ...", "SURABAYA. Pemerintah ..."), and the paragraph's rest; or
    None. Only the first paragraph's opening (the caller's: "Jakarta. That is why ..." inside
    a text is a sentence), only a listed city (not "Indonesia. The ...", "Finally. The ..."),
    and a paragraph's length after it with a sentence's end (not a caption's "Jakarta. Photo:
    X"), nor cities listed one a sentence ("Jakarta. Bandung. Surabaya. The four ..."); or any
    place in capitals so printed (caps_stop_dateline), backed by the headline or the `page`'s
    other text."""
    m = _CITY_STOP.match(text)
    if not m or m.group("lead").casefold() not in merged().dateline_cities:
        # (or any place in capitals, as Nordic and Polish papers print it: "UPPSALA. ...")
        return caps_stop_dateline(text, backing=title + "\n" + page)
    if m.group("lead").casefold() in merged().word_cities and not m.group("lead").isupper():
        return None  # ("Solo. The band's new record ...": a city's name that is a word too)
    rest = text[m.end():]
    if len(rest) < _CITY_STOP_REST or not _SENTENCE_END.search(rest):
        return None
    after = _CITY_STOP.match(rest)
    if after and after.group("lead").casefold() in merged().dateline_cities:
        return None  # (cities listed one a sentence, "Jakarta. Bandung. Surabaya. The ...")
    if not m.group("lead").isupper() and _feature_opening(m.group("lead"), rest, title):
        return None  # (a feature's opening word, "London. It is a city of ...", "Paris. The name alone ...")
    return Dateline(title_case_place(m.group("lead")), None, text[:m.end()].strip(), False), rest


# "RMOL. Pemerintah berencana ...": a listed outlet's name in capitals and a full stop opening
# the text, the outlet's mark where others print "RMOL.id -"
_OUTLET_STOP = rx(r"^(?P<site>[A-Z][A-Z0-9]{2,}(?: [A-Z][A-Z0-9]{2,})?)\.\s+(?=[A-Z\"“‘'])")


def _own_outlet(mark: str, known: Tuple[str, ...]) -> bool:
    """The mark names the page's own outlet: a word of one of its names (og:site_name, the
    publisher's: "Kantor Berita Politik RMOL", "Tempo.co") or its address's host's first label
    ("https://www.rmol.id/..." -> "rmol")."""
    letters = "".join(c for c in mark.casefold() if c.isalnum())
    for k in known:
        host = re.match(r"^[a-z]+://(?:www\.)?([^/.]+)", k.casefold())
        if host and host.group(1) == letters or letters in re.findall(r"[^\W_]+", k.casefold()):
            return True
    return False


def outlet_stop_dateline(text: str, known: Tuple[str, ...] = ()) -> Optional[tuple]:
    """The outlet's mark of a text's first paragraph that opens with a listed outlet's name in
    capitals and a full stop ("RMOL. Pemerintah ...", "TEMPO. Presiden ..."), no place, and the
    paragraph's rest; or None. Only the first paragraph's opening (the caller's: "TEMPO." or
    "MERDEKA." opening a later paragraph is a word, and no mark), only a listed outlet printed in
    capitals (not a body's acronym, "BMKG.", "PLN.", nor the word in its own case, "Tempo."),
    the page's own (`known`: its outlet's names and address) when the page names it, else one
    whose name is no common word (word_outlets: "KOMPAS. Itulah kata ...", a feature's word),
    and a paragraph's length after it (not "RMOL. Baca juga ..."), which does not name it again
    (a feature's word, "MERDEKA. Kata itu diteriakkan ribuan warga: merdeka!")."""
    m = _OUTLET_STOP.match(text)
    if not m or m.group("site").casefold() not in merged().outlets:
        return None
    if any(known):
        if not _own_outlet(m.group("site"), known):
            return None  # (another outlet's name, or a word, on a page that names its own)
    elif m.group("site").casefold() in merged().word_outlets:
        return None  # (an outlet named by a common word, "KOMPAS. Itulah kata ...", "SUARA.",
        # "BOLA.": on a page that names no outlet, the word opening a feature)
    rest = text[m.end():]
    if len(rest) < _CITY_STOP_REST or not _SENTENCE_END.search(rest) or \
            m.group("site").casefold() in rest.casefold():
        # (the word again in the paragraph: a feature's opening word, "MERDEKA. Kata itu
        # diteriakkan ... merdeka ...", no mark)
        return None
    return Dateline(None, m.group("site"), text[:m.end()].strip(), False), rest


@lru_cache(maxsize=None)
def _date_words() -> FrozenSet[str]:
    """Every profile's day and month names, lower-cased."""
    return frozenset(merged_months()) | merged_days()


def _uncased_word(word: str) -> bool:
    """Letters of a script without case (kana, Chinese characters, Hangul), a name's or a
    place's middle dot among them ("ニュー・デリー")."""
    letters = word.replace("・", "").replace("·", "")
    return bool(letters) and letters.isalpha() and letters.lower() == letters.upper()


@lru_cache(maxsize=None)
def uncased_roles() -> Tuple[str, ...]:
    """Every profile's role words in a script without case ("记者", "記者", "기자"), longest
    first."""
    return tuple(sorted((r for r in merged().role_words if _uncased_word(r)), key=len, reverse=True))


@lru_cache(maxsize=None)
def _glued_credit_rx() -> "re.Pattern[str]":
    """A role and names glued with nothing between them, "记者李明陈静": the role, then two to
    eight ideographs (two or three names of two to four)."""
    return rx("(?:" + "|".join(map(re.escape, uncased_roles())) + ")[\u3400-\u4dbf\u4e00-\u9fff]{2,8}")


def without_glued_role(word: str) -> str:
    """A name in a script without case without the role glued before or after it ("记者王敬照"
    -> "王敬照", "山田太郎記者" -> "山田太郎"): two letters of the name at least are left."""
    for role in uncased_roles():
        # (the middle dot or space between them goes with the role: "編集委員・山田太郎")
        if word.startswith(role) and len(word.lstrip()) - len(role) >= 2:
            rest = word[len(role):].lstrip("・· ")
            return rest if len(rest) >= 2 else word
        if word.endswith(role) and len(word) - len(role) >= 2:
            rest = word[:-len(role)].rstrip("・· ")
            return rest if len(rest) >= 2 else word
    return word


# Wire datelines of the scripts without case, each printed in one shape across its language's
# press (the writers' names have no capitals and no spaces: the shape, not the words, tells):
# the place and the writer or the agency in lenticular brackets, "【ワシントン=山田太郎】",
# "【ソウル共同】"; the place and the agency in parentheses or brackets, then the reporter, the
# role and an equals sign, "(서울=연합뉴스) 홍길동 기자 =", "[세종=뉴스1] 김철수 기자 ="; the
# outlet, the place and the day, "电" (wired), and the reporters in parentheses,
# "新华社北京12月5日电（记者 张三）", "本报北京12月5日电（记者 张三 李四）".
_LENTICULAR = rx(r"^【(?P<inside>[^【】\n]{2,40})】\s*")
_PAREN_WIRE = rx(r"^[(\[](?P<place>[^()\[\]=＝\s]{1,12})\s?[=＝]\s?(?P<site>[^()\[\]=＝\n]{1,15}?)\s?[)\]]\s*")
_WRITER_EQUALS = rx(r"(?P<who>[^=＝\n]{2,40}?)\s*[=＝]\s*")
_WIRED = rx(r"^(?P<lead>[^\W\d_]{2,14}?)(?:\d{1,2}月)?\d{1,2}日[电電]\s*"
            r"(?:[（(](?P<who>[^（()）\n]{2,40})[）)]\s*)?")
# a word in katakana only: a Japanese wire's foreign agency ("ロイター", "タス"), not its writer,
# whose name the press prints in Chinese characters
_KATAKANA_WORD = rx(r"^[\u30a0-\u30ff]+$")
_KANA = rx(r"[\u3041-\u309f\u30a1-\u30fa]")  # (hiragana, katakana; not the middle dot)
_NAME_PARTS = rx(r"[\s、，,/]+")
_WIRE_REST_CHARS = 20  # the text after a wire dateline: a sentence at least (some ten words)


def _uncased_names(text: str) -> Optional[Tuple[str, ...]]:
    """The writers a wire dateline names, without their roles ("记者 张三 李四", "홍길동
    기자", "山田太郎"): each a word of two to five letters of a script without case; None
    when any part is something else (a place, a sentence, a Latin name)."""
    k = merged()
    names: List[str] = []
    for part in _NAME_PARTS.split(text.strip()):
        if not part or part.casefold() in k.role_words or part in k.role_modifiers or part in k.credit_verbs:
            continue  # ("记者", "수습 기자": a role and its modifier; "报道", "摄": what the writer did)
        verb = next((v for v in k.credit_verbs if part.endswith(v) and len(part) - len(v) >= 2), None)
        if verb:
            part = part[:-len(verb)]  # ("张三报道": the verb glued after the name)
        name = without_glued_role(part)  # ("记者张三", "山田太郎記者")
        if name in k.role_modifiers:
            continue  # ("见习记者", "本报记者": a role with its modifier glued before it)
        if name != part and part.endswith(name) and len(name) > 3 and part[:-len(name)][-1:] not in "・· ":
            # "记者张三李四": a role glued before more than one name's letters, two names glued
            # (a dump's), where one ends is not told
            return None
        if not (2 <= len(name) <= 5 and _uncased_word(name)):
            return None
        names.append(name)
    return tuple(names) if names else None


@lru_cache(maxsize=None)
def _agencies_longest_first() -> Tuple[str, ...]:
    """Every profile's agencies, the longest first (a name's end is tried for the longest)."""
    return tuple(sorted(merged().agencies, key=lambda a: (-len(a), a)))


def _without_relayed_agency(place: str) -> str:
    """The place without the agency a wire relays after it ("ワシントンAFP" of
    "【ワシントンAFP=時事】", AFP's story through Jiji): a listed agency at its end, where the
    rest is the place's letters."""
    low = place.casefold()
    for a in _agencies_longest_first():
        if low.endswith(a) and len(place) > len(a) and _uncased_word(place[:-len(a)]):
            return place[:-len(a)]
    return place


def _photo_head(place: str) -> bool:
    """A caption's label before its equals sign ("사진=연합뉴스", "写真=共同"), or a credit's
    for a part of the page ("聞き手", "取材・文", "그래픽": profiles' credit_heads), no place."""
    low = place.casefold()
    k = merged()
    return any(m.startswith(low) and m[len(low):len(low) + 1] in "=＝" for m in k.caption_markers) or \
        any(part in k.credit_heads for part in low.split("・"))


def _uncased_wire(text: str) -> Optional[tuple]:
    """A wire dateline of a script without case opening the paragraph (see _LENTICULAR), and
    the rest of the paragraph; None for anything else: a bracketed label with no place and no
    writer ("【速報】", "【写真】"), a caption's credit ("(사진=연합뉴스)")."""
    k = merged()
    first = text[:1]
    m = None
    if first == "【":
        m = _LENTICULAR.match(text)
        if not m:
            return None
        inside = m.group("inside").strip()
        place, eq, who = inside.replace("＝", "=").partition("=")
        names: Optional[Tuple[str, ...]] = ()
        site: Optional[str] = None
        if eq:
            who = who.strip()
            if who.casefold() in k.agencies:
                site = who
            else:
                names = _uncased_names(who)
                if names and all(map(_KATAKANA_WORD.match, names)):
                    return None  # ("【ジャカルタ=アンタラ】": an agency not listed, no writer)
        else:
            # "【ソウル共同】": the place, then the agency (a Japanese wire's, in a Japanese text:
            # kana in it; not a section's label, "【國際時事】", international current affairs)
            site = next((a for a in _agencies_longest_first()
                         if inside.casefold().endswith(a) and len(inside) > len(a)), None)
            place = inside[:len(inside) - len(site)] if site else ""
            if site and not _KANA.search(text, m.end(), m.end() + 200):
                return None
        place = _without_relayed_agency(place.strip())
        if place in k.section_words:
            return None  # ("【国際=共同】", "【国際時事】": a section's label)
        if not site and not names or not (1 <= len(place) <= 12 and _uncased_word(place)) or _photo_head(place):
            return None
        end = m.end()
    elif first in "([":
        m = _PAREN_WIRE.match(text)
        if not m or not _uncased_word(m.group("place")) or _photo_head(m.group("place")):
            return None
        place, site, names = m.group("place"), m.group("site").strip(), ()
        end = m.end()
        w = _WRITER_EQUALS.match(text, end)
        who = w.group("who").split() if w else []
        if w and who and who[-1].casefold() in k.role_words:
            names = _uncased_names(w.group("who"))
            if names is None:
                return None
            end = w.end()
        elif site.casefold() not in k.agencies:
            return None  # (an agency's tag, or a reporter's credit after it, tells a wire)
    elif _uncased_word(first) and "日" in text[:20]:
        m = _WIRED.match(text)
        if not m:
            return None
        lead = m.group("lead")
        site = next((a for a in sorted(k.agencies | k.outlets | k.self_outlets, key=len, reverse=True)
                     if lead.casefold().startswith(a)), None)
        if not site:
            return None
        place = lead[len(site):]
        if any(r in place for r in uncased_roles()):
            return None  # ("中央社記者張三台北5日電": the reporter's name and the place run together)
        if site in k.self_outlets:
            site = None  # ("本报", this paper: the page's metadata names it)
        # (the reporters in parentheses, a credit the role names, "（记者 张三）", "（本报记者 张三）",
        # which goes with the dateline even when its names are not told apart, a role and then
        # ideographs only, "（记者李明陈静）" of a dump that glued them; anything else there stays
        # the text's, "（受权发布）", "（本报记者会同市场监管部门暗访）")
        who = m.group("who")
        names = _uncased_names(who) if who and any(r in who for r in uncased_roles()) else ()
        glued = bool(who) and not names and bool(_glued_credit_rx().fullmatch(who.strip()))
        end = m.end() if names or glued or not who else m.start("who") - 1
    else:
        return None
    rest = text[end:]
    if len(rest) < _WIRE_REST_CHARS:
        return None
    return Dateline(place or None, site, text[:end].strip(), False, names=tuple(names or ()), uncased=True), rest


def _placed_after_tag(rest: str, noun_endings: Tuple[str, ...] = ()) -> Optional[Tuple[str, int]]:
    """The place and day after an agency's tag that opens a paragraph, and then a dash, as
    Italian wires print them ("(ANSA) - ROMA, 04 MAR - ", "(AGI) - Milano, 4 mar. - "): the
    place and where the text starts. Only with the day after the place, which tells a dateline
    from a sentence's aside ("(Reuters) - Tesla Inc - the carmaker ...")."""
    m = _LEAD.match(rest) if _spaced_dash_near_start(rest) else None
    if not m:
        return None
    place, _, day = m.group("lead").rpartition(", ")
    # (the day as the European wires print it, its number first: "04 MAR", "4 mar.", "4. März";
    # not "Apple, March 4 2024 -", a kicker's words and a date)
    if not place or not day[:1].isdigit() or not _is_date(day) or len(day.split()) > 3:
        return None
    # (the place in capitals, "ROMA", or one word before a month cut short, "Milano, 4 mar.":
    # not a name or a topic, "Mattarella, 4 marzo", "La Juventus, 3 marzo", "Borsa, 4 marzo")
    if not place.isupper() and (" " in place or not day.rstrip().endswith(".")):
        return None
    d = parse_lead(place, noun_endings)
    if not d or not d.location or d.site or d.byline:
        return None
    return d.location, m.end()


def _slash_agency_dateline(text: str, noun_endings: Tuple[str, ...] = ()) -> Optional[tuple]:
    """"МОСКВА, 7 сентября. /ТАСС/. ...": (Dateline, the rest) when the place is in capitals,
    a day and month follow it and the slashes hold an agency (in capitals or a listed one);
    not a sentence's "and/or" nor a path ("Главная / Новости / ...")."""
    m = _SLASH_AGENCY.match(text)
    if not m or len(text) - m.end() < 40:
        return None
    site = m.group("site").strip()
    place, _, day = m.group("lead").partition(", ")
    if not (site.isupper() or site.casefold() in merged().agencies) or not place.isupper() \
            or not day[:1].isdigit() or not _is_date(day) or len(day.split()) > 3:
        return None
    d = parse_lead(place + ", " + day, noun_endings)  # (dated: an unlisted place passes)
    if not d or not d.location or d.site or d.byline:
        return None
    return Dateline(d.location, site, text[:m.end()].strip(), False), text[m.end():]


# (a line's answer kept: the classifier, the field finders and the body's end ask of the same
# short lines, a third of the calls on the zyte pages a line asked before; the answer, a frozen
# Dateline and a string, is no caller's to change. A paragraph's is not kept: a cache of them
# would hold megabytes over a long batch)
_DATELINE_KEPT_CHARS = 300


def find_dateline(text: str, noun_endings: Tuple[str, ...] = ()) -> Optional[tuple]:
    """Find a dateline at the start of a paragraph; return (Dateline, rest of the paragraph)."""
    return _kept_dateline(text, noun_endings)


def _find_dateline(text: str, noun_endings: Tuple[str, ...] = ()) -> Optional[tuple]:
    """find_dateline, read."""
    if text[:1].isalpha() and merged().correspondent_leads:
        # (a correspondent's credit before the place: "DAL NOSTRO INVIATO A KIEV. ...", whose
        # words are no place's, "DAL NOSTRO CORRISPONDENTE WASHINGTON —")
        found = correspondent_dateline(text, noun_endings)
        if found:
            return found
    if text[:1] in "【([" or text[:1] > "\u3000":
        found = _uncased_wire(text)
        if found:
            return found
    if text[:1] == "(":
        m = _TAG_ONLY.match(text)
        if m and len(text) - m.end() > 40 and (
                ACRONYM.match(m.group("site")) or is_outlet(m.group("site"))):
            placed = _placed_after_tag(text[m.end():], noun_endings)
            if placed:
                location, end = placed
                end += m.end()
                return Dateline(location, m.group("site"), text[:end].strip(), False), text[end:]
            return Dateline(None, m.group("site"), text[:m.end()].strip(), False), text[m.end():]
    if "/" in text[:90]:
        found = _slash_agency_dateline(text, noun_endings)
        if found:
            return found
    m = _CAPS_COLON.match(text)
    if m and len(text) - m.end() > 40:
        d = parse_lead(m.group("lead"), noun_endings)
        if d and d.location and not d.site:
            return Dateline(d.location, None, text[:m.end()].strip(), False), text[m.end():]
    m = _CITY_COLON.match(text)
    if m and len(text) - m.end() > 40 and m.group("lead").casefold() in merged().dateline_cities and \
            not _TITLE_RUN.match(text, m.end()) and _SENTENCE_END.search(text, m.end()) and \
            not _listed_next(text, m.end()):
        return Dateline(m.group("lead"), None, text[:m.end()].strip(), False), text[m.end():]
    if "|" in text[:40]:
        m = _SITE_BAR.match(text)
        if m and len(text) - m.end() > 40 and domain_rx().search(m.group("site")):
            return Dateline(None, m.group("site"), text[:m.end()].strip(), False), text[m.end():]
    if "." in text[:40] and "," in text[:50] and not any(d in text[:60] for d in (" - ", " – ", " — ", " --")) \
            and not _GLUED_DASH.search(text, 0, 60):
        # (with a dash the lead may hold a place of several words: "Liputan6.com, Banda Aceh -")
        m = _SITE_FIRST.match(text)
        if m and len(text) - m.end() > 40:
            d, end = None, m.end()
            if m.group("lead2"):
                site, place = m.group("lead2").split(", ", 1)
                first, *more = place.split()
                k = merged()
                if first.casefold() in k.dateline_cities:
                    # a listed city, the directions after it ("Jakarta Utara"), and then two words
                    # or more, or one that is no place's, are a kicker's ("Liputan6.com, Jakarta
                    # Pemerintah Tegaskan: ..."): the place ends before them, which stay in the
                    # text; one more word of a place's stays with it ("Depok Lama", "Medan Johor")
                    n = 0
                    while n < len(more) and more[n].casefold() in k.place_directions:
                        n += 1
                    if len(more) - n >= 2 or n < len(more) and not _plain_place(place):
                        place = " ".join([first, *more[:n]])
                        end = m.start("lead2") + len(site) + 2 + len(place)
                        end += len(text[end:]) - len(text[end:].lstrip())
                    d = parse_lead(site + ", " + place, noun_endings)
                elif _plain_place(place):
                    d = parse_lead(site + ", " + place, noun_endings)
            else:
                d = parse_lead(m.group("lead"), noun_endings)
            if d and d.location and d.site:
                return Dateline(d.location, d.site, text[:end].strip(), False), text[end:]
    if "(" in text[:70]:
        m = _AGENCY_TAG.match(text)
        # (an agency's tag only: "British Virgin Islands (BVI) Governor ..." is a sentence)
        if m and len(text) - m.end() > 40 and m.group("site").lower() in merged().agencies:
            d = parse_lead(m.group("lead"), noun_endings)
            if d and d.location:
                return Dateline(d.location, d.site, text[:m.end()].strip(), False), text[m.end():]
    if not _dash_near_start(text):
        return None
    m = _SITE_DASH_PLACE.match(text)
    if m and len(text) - m.end() > 40 and domain_rx().search(m.group("site")):
        d = parse_lead(m.group("place"), noun_endings) if _capitals_place(m.group("place")) else None
        if d and d.location and not d.site:
            return Dateline(d.location, m.group("site"), text[:m.end()].strip(), False), text[m.end():]
    m = _LEAD_ONLY.match(text)
    if m:
        d = parse_lead(m.group("lead"), noun_endings)
        if d:
            return Dateline(d.location, d.site, text, True), ""
    m = _LEAD.match(text) if _spaced_dash_near_start(text) else None
    if not m:
        return None
    lead = m.group("lead")
    if m.group(0).rstrip().endswith(".-") and not (lead.endswith(")") or lead.isupper()):
        return None  # ("Nota.- Este artículo ...": a label; the place is in capitals or tagged)
    d = parse_lead(lead, noun_endings)
    if not d:
        return None
    if lead[-1:].isalpha() and text[m.end("lead"):m.end("lead") + 1] == "-" and not (
            d.site or _PARENS.sub("", lead).isupper()):
        # a dash glued to a word is a dateline's with its evidence only, an outlet or the place
        # in capitals ("KABARBARU.COM, SORONG- ..."): in prose it joins words ("Anti-
        # Government protesters", "Kinder- Jugend- und Familienministerin", "Anak- Anak")
        return None
    # (a second dash after the first, as a wire's copy may print it: "PARIS (AFP) - – More ...")
    rest = _SECOND_DASH.sub("", text[m.end():].lstrip())
    first = rest.split(",")[0]
    if len(rest.split()) < 4 or rest[:1].isdigit() or len(first.split()) <= 3 and _is_date(first) \
            or len(rest) < _BYLINE_REST and _dated_rest(rest):
        # "Name - detikSport", "Name - 11/18/19 11:04 PM", "Chris Davies - Nov 19, 2019,
        # 8:15 pm CST", "Name - Bisnis.com15 Agustus 2019 | 14:20 WIB": bylines, not datelines
        return None
    return Dateline(d.location, d.site, text[:len(text) - len(rest)].strip(), False, d.byline), rest


# (the line's answer kept by the cache the other line readers use: blocks.short_text_cache)
_kept_dateline = short_text_cache(maxsize=8192, limit=_DATELINE_KEPT_CHARS)(_find_dateline)


def place_and_site(dateline: Optional[Dateline], meta_site: Optional[str]) -> Tuple[Optional[str], Optional[str]]:
    """The dateline's place and outlet; the outlet's name from the page's metadata is no place
    ("TAKENGON, Warta Nusantara –") and names the site when the dateline does not."""
    location = dateline.location if dateline else None
    site = dateline.site if dateline else None
    if location and meta_site:
        parts = [p for p in location.split(", ") if p.casefold() != meta_site.casefold()]
        if len(parts) < len(location.split(", ")):
            location = ", ".join(parts) or None
            site = site or meta_site
    return location, site


def cut_dateline(paragraph: str, dateline: Dateline) -> str:
    """The opening paragraph without the dateline that starts it."""
    if dateline.standalone:
        return paragraph
    found = find_dateline(paragraph)
    return found[1] if found else paragraph


# "UPPSALA. Forskare vid ...", "WARSZAWA. Sejm przyjął ...", "TROMSØ. Det ...": a place in
# capitals (any script's capitals, one to three words) and a full stop opening the text, as
# Swedish, Polish, Norwegian and Finnish papers print their dateline; the text's first word
# after it in its sentence case (a capital, then small letters), or a quotation mark or a dash
_CAPS_STOP = rx(r"^(?P<lead>[^\W\d_][^\W\d_'’\-]+(?: [^\W\d_][^\W\d_'’\-]+){0,2})\.\s+"
                r"(?=[\"“„«»‘'\u2013\u2014-]|[^\W\d_][^\W\d_]*[^\W\d_])(?P<next>[^\s]+)")
_CAPS_STOP_LETTERS = 4  # a place in capitals of fewer letters is as often an acronym ("USA.", "PIS.")


def caps_stop_dateline(text: str, noun_endings: Tuple[str, ...] = (), backing: str = "",
                       vouched: bool = False) -> Optional[tuple]:
    """The dateline of a text's first paragraph that opens with a place in capitals and a full
    stop ("UPPSALA. Forskare ...", "WARSZAWA. Sejm ..."), and the paragraph's rest; or None.
    Only the first paragraph's opening (the caller's), only capitals (not "Finally. The ..."),
    not a kicker's or an organisation's word (caps_kickers, genre and topic labels: "PILNE.",
    "ANALYS.", "NATO."), not a run of capitals after it ("UPPSALA. STOCKHOLM." lists, "BREAKING.
    NEWS"), and a paragraph's length after it with a sentence's end. The place needs backing (a
    kicker, a section, an organisation or a name the lists lack looks the same: "FOTBOLL.",
    "STATNETT.", "ZELENSKY."): a listed place, or the same word in title case in the paragraph's
    rest or in `backing` (the page's headline and other paragraphs: "UPPSALA. Forskare vid
    Uppsala universitet ..."), see _backed_place; or `vouched`, a correspondent's credit before it."""
    m = _CAPS_STOP.match(text)
    if not m:
        return None
    lead = m.group("lead")
    letters = [c for c in lead if c.isalpha()]
    if not lead.isupper() or len(letters) < _CAPS_STOP_LETTERS or any(len(w) < 2 for w in lead.split()):
        return None
    nxt = m.group("next").strip("\"“„«»‘'\u2013\u2014-")
    if nxt and (nxt.isupper() and len(nxt) > 1 or not nxt[:1].isupper() and nxt[:1].isalpha()):
        return None  # (a run of capitals, or a small letter: a heading's, not a sentence's)
    words = [w.casefold() for w in lead.split()]
    banned = _caps_kickers()
    if lead.casefold() in banned or any(w in banned for w in words):
        return None
    rest = text[m.start("next"):]
    if len(rest) < _CITY_STOP_REST or not _SENTENCE_END.search(rest):
        return None
    shares, _total = stopword_shares(rest)
    lang = max(shares, key=lambda c: shares[c]) if shares and max(shares.values()) > 0 else None
    if lang and get_profile(lang).caps_stop_marks:
        return None  # (an outlet's mark or a kicker: "KLIKPOSITIF. Pemerintah ...", "GREENPEACE. The ...")
    d = parse_lead(lead, noun_endings)
    if not d or not d.location or d.site:
        return None
    if not vouched and not _backed_place(lead, rest, backing):
        return None
    return Dateline(d.location, None, text[:m.start("next")].strip(), False), rest


def _backed_place(lead: str, rest: str, backing: str) -> bool:
    """A place in capitals opening a text is a place: a listed one (dateline_cities,
    world_cities), or its name in title case stands in the text's rest or in `backing` where a
    place's name stands ("Forskare vid Uppsala universitet", "w mieście Zielona Góra"), not
    opening a line or a sentence ("Zelensky chiede più armi": a headline's subject), nor after
    a capitalised word or a title ("Volodymyr Zelensky", "il presidente Macron": a person)."""
    k = merged()
    if lead.casefold() in k.dateline_cities or lead.casefold() in k.world_cities:
        return True
    name = title_case_place(lead)
    people = k.titles | k.honorifics | k.office_words
    for part in (rest, backing):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", part):
            before = part[:m.start()].rstrip(" \t\"“„«»‘'(")
            if not before or before[-1] in ".!?:\n\u2013\u2014-|":
                continue
            prev = before.split()[-1].strip(",;")
            if prev[:1].isupper() or prev.casefold() in people:
                continue
            return True
    return False


@lru_cache(maxsize=None)
def _caps_kickers() -> FrozenSet[str]:
    """Words that are no place in capitals and a full stop opening a text: caps_kickers,
    genre, topic and section labels, stopwords, not_places, agencies, outlets, modified
    labels, day and month names, of every profile."""
    k = merged()
    return frozenset().union(k.caps_kickers, k.genre_labels, k.topic_words, k.section_words, k.stopwords,
                             k.not_places, k.agencies, k.outlets, k.modified_labels, _date_words())


@lru_cache(maxsize=None)
def _correspondent_rx(roles: bool = False) -> "re.Pattern[str]":
    """Every profile's correspondent_leads (and correspondent_roles too if `roles`) opening a
    text, the longest first."""
    k = merged()
    leads = sorted({*k.correspondent_leads, *(k.correspondent_roles if roles else ())},
                   key=lambda w: (-len(w), w))
    if not leads:
        return rx(r"(?!)")
    return rx(r"(?i)^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in leads) + r")(?!\w)")


# the place after a correspondent's lead: one to four words, capitalised or in capitals (a
# particle between: "Rio de Janeiro"), up to a stop, a comma, a colon or a dash
_FILED_PLACE = rx(r"\s+(?P<place>[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,3}?)\s*(?P<stop>[.,:;]\s|\s[-\u2013\u2014]\s|[\u2013\u2014]\s|\s*$)")


def correspondent_dateline(text: str, noun_endings: Tuple[str, ...] = ()) -> Optional[tuple]:
    """The dateline of a text that opens with a correspondent's credit and the place it was
    filed from ("DAL NOSTRO INVIATO A KIEV. La notte ...", "De notre envoyé spécial à Kiev, ...",
    "DAL NOSTRO CORRISPONDENTE WASHINGTON — Il ..."), and the text's rest; or None. The credit
    is no place: without its preposition, a dateline must follow it."""
    m = _correspondent_rx().match(text)
    if not m:
        return None
    after = text[m.end():]
    lead = m.group(0).casefold().split()
    if lead[-1] in _correspondent_prepositions():
        p = _FILED_PLACE.match(after)
        if not p:
            return None
        d = parse_lead(p.group("place"), noun_endings)
        rest = after[p.end():]
        if not d or not d.location or d.site or len(rest) < _CITY_STOP_REST:
            return None
        return Dateline(d.location, None, text[:len(text) - len(rest)].strip(), False), rest
    found = find_dateline(after.lstrip(" ,:\u2013\u2014-"), noun_endings) or \
        caps_stop_dateline(after.lstrip(" ,:\u2013\u2014-"), noun_endings, vouched=True)
    if not found or not found[0].location:
        return None
    d, rest = found
    return Dateline(d.location, d.site, text[:len(text) - len(rest)].strip(), False), rest


_PREPOSITION_CHARS = 3  # a lead's last word this short is its preposition ("a", "à", "in", "em", "da", "ao")


@lru_cache(maxsize=None)
def _correspondent_prepositions() -> FrozenSet[str]:
    """The last words of correspondent_leads and correspondent_roles that are prepositions
    (the place follows them): words of a lead's end no longer than _PREPOSITION_CHARS (the
    roles and credits end with nouns: "corrispondente", "correspondant")."""
    k = merged()
    return frozenset(w.split()[-1] for w in (*k.correspondent_leads, *k.correspondent_roles)
                     if len(w.split()) > 1 and len(w.split()[-1]) <= _PREPOSITION_CHARS)


def correspondent_place(text: str, noun_endings: Tuple[str, ...] = ()) -> Optional[str]:
    """The place a credit's line names after a correspondent's role and its preposition ("Ana
    Souza, enviada especial a Kiev", "Enviada especial a Kiev", "Marco Rossi, inviato a Kiev"),
    or None: the role opens the line or follows a comma, and the place ends it."""
    for start in (0, *(i + 1 for i, c in enumerate(text) if c == ",")):
        part = text[start:].strip()
        m = _correspondent_rx(True).match(part)
        if not m or m.group(0).casefold().split()[-1] not in _correspondent_prepositions():
            continue
        place = part[m.end():].strip().rstrip(".")
        if not place or len(place.split()) > 4:
            return None
        d = parse_lead(place, noun_endings)
        return d.location if d and d.location and not d.site else None
    return None
