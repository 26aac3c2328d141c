"""Dates as printed on news pages, to ISO 8601 with the offset of the printed time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as _date
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Callable, FrozenSet, Iterator, List, Optional, Tuple

from newsextract.blocks import (BODY, BOILERPLATE, BYLINE, CAPTION, HEADER, MENU_JOIN, OUTSIDE, RELATED, STAMP_IN_CONTAINER,
                                Block, short_text_cache)
from newsextract.profiles import Profile, merged, merged_days, merged_months, merged_zones
from newsextract.rxcache import longest_first, rx
from newsextract.weights import WEIGHTS as W


@dataclass(frozen=True)
class FoundDate:
    """A date found in a string: where, how precise, and its ISO form."""

    iso: str
    start: int
    end: int
    has_time: bool
    has_zone: bool
    in_parens: bool


@lru_cache(maxsize=None)
def _share_words() -> str:
    """A share bar's link words as a dump prints them ("Share", "Facebook"), as a pattern."""
    return "|".join(re.escape(w.capitalize()) + r"(?:\b|(?=[A-Z]))"
                    for w in sorted(merged().share_names, key=longest_first) if w.isalpha())


@lru_cache(maxsize=None)
def _profile_patterns(profile: Profile, short_years: bool = False) -> tuple:
    """The date patterns for a page in the profile's language (its own region zones only; zone
    words that are other words too in capitals only, but those of its own zones)."""
    return _patterns(tuple(sorted(profile.region_zones)), short_years, _capitals_only(profile))


@lru_cache(maxsize=None)
def _capitals_only(profile: Profile) -> tuple:
    """The zone words a page in the profile's language reads only in capitals: neutral data's
    capital_zones but those of the language's own zones ("wit" is Indonesian time on an
    Indonesian page, Dutch "white" on a Dutch one); all of them on a page of no known language."""
    words = merged().capital_zones
    own = profile.zones if profile.code != "*" else {}
    return tuple(sorted(w for w in words if w not in own))


@lru_cache(maxsize=None)
def _patterns(region_zones: tuple = (), short_years: bool = False, capitals: tuple = ()) -> tuple:
    # any word of a month's length; whether it names a month is looked up after the match (a
    # pattern of every profile's month names is slow to compile and to try at each position)
    longest = max(map(len, merged_months()))
    mon = r"(?P<mon>[^\W\d_]{3," + str(longest) + r"})\.?"
    zones = sorted(merged_zones(), key=longest_first)
    k = merged()
    prefixes = "|".join(re.escape(p) for p in k.offset_prefixes)
    # a time word may be abbreviated with a dot ("pkl. 14.00")
    time_words = "|".join(re.escape(w) for w in sorted(k.time_words, key=longest_first))
    # (a zone may have a capitalised word glued on by a dump: "GMTUpdated")
    zone = (r"(?P<zone>(?:" + prefixes + r")\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|"
            + "|".join(("(?-i:" + re.escape(z.upper()) + ")" if z in capitals else re.escape(z))
                       for z in zones if len(z) > 1)
            # (a region's zone only in its own language's pages, and not before a capitalised
            # word: "10.00 PT Pertamina" names a company, "14.30 MT Arman" a ship)
            + "".join("|(?-i:" + re.escape(z.upper()) + r")(?!\s+[A-Z])" for z in region_zones)
            # (but after "p.m." the zone is one before a share bar's links a dump printed on
            # its line: "7:07 p.m. ET ShareFacebook", "ET Share Facebook"; not before another
            # word, "PM ET Bureau", "p.m. PT Barnum")
            + "".join(r"|(?-i:(?:(?<=[ap]\.m\.\s)|(?<=\d[apAP][mM]\s)|(?<=\d\s[apAP][mM]\s))"
                      + re.escape(z.upper()) + r"(?!\s+(?!" + _share_words() + r")[A-Z][a-z]+\b))"
                      for z in region_zones)
            + r")(?:\b|(?=(?-i:[A-Z][a-z])))")
    # (an ordinal's ending: "5th June", "1er juin", "1º de junho")
    # (the day's digits written "\d(?:(?<=[0-3])\d)?": the same days as "[0-3]?\d", tried in
    # the same order, but the day-first pattern opens with a digit's class, which the engine
    # skips ahead by, not with an optional one; test_fastpaths proves the two the same)
    day = r"(?P<day>\d(?:(?<=[0-3])\d)?)(?:st|nd|rd|th|er|º)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    # (a dot after the day: "11. Juni 2025", as German and the Nordic languages print it)
    # (or glued to the word before it by a dump: "Pinjungwati02 Jun 2020")
    # (a year may have its time glued on by a dump: "January 9, 202512:05 AM GMT")
    # (in a dump, or a counter glued on after it: "November 21, 202501747", a byline's date
    # and its view count printed without a space)
    # (in a dump, or a date's label glued on after it: "20 Apr 2026Updated 12:44", the
    # published and updated stamps of one line run together; not any word, "13 May
    # 2024Business" is a related list's item and its section)
    glued = (r"|(?=" + _glued_label_rx() + ")") if _stamp_labels() else ""
    year_end = r"(?:\b|(?=[0-2]?\d:[0-5]\d)" + (r"|(?=\d)" + glued if short_years else "") + ")"
    # (or joined by a word: "4 de mayo de 2022", "4 de maio de 2022")
    joiners = "|".join(re.escape(w) for w in sorted(k.date_joiners, key=longest_first))
    join = rf"(?:[ \t]+(?:{joiners})\b)?" if joiners else ""
    # (where a day-first date may start, a word's start or a letter glued before it, is tested
    # at each place the rest matches: a pattern that opens with either assertion is tried at
    # every position of the text, three times slower)
    dmy_start = r"(?:\b|(?<=[a-z]))"
    named_dmy = (rf"{day}\.?{join}[ \t]*[-\s]?[ \t]*{mon}{join}[\s,]*[ \t]*"
                 rf"{year}{year_end}")
    # (in a dump, its month may be glued to the name before it: "by Lesotho TimesNovember 21")
    mdy_start = r"(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))" if short_years else r"\b"
    named_mdy = rf"{mdy_start}{mon}[ \t]+{day},?[ \t]+{year}{year_end}"
    # the year first, a dot after it and after the day, as Hungarian prints it ("2024. március
    # 12.", "2024. márc. 12. 14:35"); the month in small letters (checked after the match: an
    # English sentence's "in 2024. May 12. ..." is none)
    # (a word's start, "\b", tested behind the century's digits: a pattern that opens with
    # the digits lets the engine skip ahead by them, one that opens with "\b" is tried at
    # every place of the text, three times slower here; not so the month-first pattern's
    # month, whose first letter is a class that most places of a text match; test_fastpaths
    # proves the two the same)
    named_ymd = r"(?P<year>(?:19|20)(?<!\w\d\d)\d\d)" + rf"\.[ \t]+{mon}[ \t]+(?P<day>[0-3]?\d)\.(?!\d)"
    # (glued to a name by a dump, "Mühlbauer24.04.2024"; dotted with spaces, "28. 4. 2023")
    # (short_years: a dotted date may print its year in two digits when its time follows,
    # "05.08.24 kl. 14:47", "15.04.25 09:56"; without a time, "05.08.24" may be anything)
    # (a bar may stand between the two: "Do 05.06.25 | 10:12 Uhr")
    yy = (r"|(?<=\.)(?P<yy>\d\d)(?=(?:,?[ \t]+|[ \t]+\|[ \t]+)(?:" + time_words
          + r")?\.?[ \t]*[0-2]?\d[:.][0-5]\d\b)"
          if short_years else "")
    numeric_start = r"(?:\b|(?<=[^\W\d_]))"
    numeric = (r"(?P<a>\d(?:(?<=[0-3])\d)?)(?P<sep>[/.\-]|\. )(?P<b>[01]?\d)(?P=sep)"
               r"(?:(?P<year>(?:19|20)\d\d)\b" + yy + ")")
    # (year first with dots too: "2025.05.15 20:00"; or with unit marks: "2025年1月13日")
    # (or dots and spaces, as Hungarian and Korean pages print it: "2024. 03. 12. 14:30")
    iso = (r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[/\-.]|\.[ \t])(?P<b>[01]?\d)(?P=sep)(?P<a>[0-3]?\d)"
           r"(?![\d/])")
    marks = [m for m in k.date_unit_marks if len(m) == 3]
    if marks:
        unit = "|".join(rf"{re.escape(m[0])}\s?(?P<b{i}>[01]?\d)\s?{re.escape(m[1])}\s?(?P<a{i}>[0-3]?\d)"
                        rf"\s?{re.escape(m[2])}" for i, m in enumerate(marks))
        iso = rf"(?:{iso}|(?P<uyear>(?:19|20)\d\d)\s?(?:{unit}))"
    # ("14h30" as French and Portuguese pages print it, "14 h 30" too)
    # (the clock's word may stand between the time and its zone: "18:05 Uhr MEZ")
    clock = "|".join(re.escape(w) for w in sorted(k.clock_words, key=longest_first))
    time = (r"\A[\s,|\-\u2013\u2014@·•/]{0,6}(?:(?:" + time_words + r")\.?\s+)?[\s,]{0,3}"
            r"(?P<h>[0-2]?\d)(?:[:.h]|[ \t]h[ \t])(?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?"
            r"(?:\s?(?P<ampm>[ap]\.?m\.?))?(?:[\s,]{0,3}(?:(?:" + clock + r")[ \t]+)?"
            + zone + ")?")
    # (an hour with no minutes, "June 26, 2023 5 AM PT", "Updated 9 a.m. ET": only with its
    # zone after it, which makes the number a time; "2024 4PM 19°C" is a forecast's)
    hour_time = (r"\A[\s,|\-\u2013\u2014@·•/]{0,6}(?:(?:" + time_words + r")\.?\s+)?[\s,]{0,3}"
                 r"(?P<h>[01]?\d)\s?(?P<ampm>[ap]\.?m\.?)[\s,]{0,3}" + zone)
    iso_time = (r"\A[T ](?P<h>[0-2]\d):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?"
                r"(?P<zone>Z|[+-]\d{2}:?\d{2})?")
    # a time printed before its date ("Published: 15:56 BST, 27 April 2024", "11:00 AM PDT •
    # May 16, 2024")
    # (the date's weekday may stand between: "3:45 PM EDT, Tue June 4, 2024")
    weekdays = "|".join(re.escape(d) for d in sorted(merged_days(), key=longest_first))
    time_before = (r"(?:^|(?<=[\s:|(]))(?P<h>[0-2]?\d):(?P<m>[0-5]\d)(?:\s?(?P<ampm>[ap]\.?m\.?))?"
                   r"(?:\s" + zone + r")?[\s,|\-\u2013\u2014·•∙]{1,4}(?:(?:" + weekdays
                   + r")\.?,?[ \t]+)?\Z")
    # (a time with unit marks after a date with them: "2025年1月13日 20時01分"; a weekday in
    # brackets may stand between, "2025年1月14日（火）21時17分")
    tmarks = [m for m in k.time_unit_marks if len(m) == 2]
    hour_marks = "".join(sorted({re.escape(m[0]) for m in tmarks}))
    minute_marks = "".join(sorted({re.escape(m[1]) for m in tmarks}))
    unit_time = (r"\A[ \t]?(?:[（(][^）)\s]{1,3}[）)])?[ \t]?(?P<h>[0-2]?\d)[ \t]?[" + hour_marks
                 + r"][ \t]?(?P<m>[0-5]?\d)[ \t]?[" + minute_marks + "]") if tmarks else r"(?!)"
    flags = re.I
    return (
        rx(named_dmy, flags),
        rx(named_mdy, flags),
        rx(numeric),
        rx(iso),
        rx(time, flags),
        rx(iso_time),
        rx(time_before, flags),
        rx(dmy_start, flags),
        rx(numeric_start),
        rx(unit_time),
        rx(hour_time, flags),
        rx(named_ymd, flags),
    )


@lru_cache(maxsize=None)
def _numeric_offset_rx() -> "re.Pattern[str]":
    prefixes = "|".join(re.escape(p) for p in merged().offset_prefixes)
    return rx(r"(?:" + prefixes + r")?([+-])(\d{1,2}):?(\d{2})?$", re.I)


def _offset(zone: Optional[str]) -> Optional[str]:
    if not zone:
        return None
    z = zone.replace(" ", "")
    known = merged_zones().get(z.lower())
    if known:
        return known
    m = _numeric_offset_rx().match(z)
    if not m:
        return "+00:00" if z.upper() == "Z" else None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14:
        return None
    return f"{m.group(1)}{hours:02d}:{minutes:02d}"


def _region_offset(zone: Optional[str], profile: Profile, y: int, mo: int, d: int, h: int,
                   mi: int) -> Optional[str]:
    """The offset of a region's zone printed in capitals ("ET", "PT") at that local moment,
    for a page whose language names it."""
    if not zone or not zone.isupper():
        return None
    return _zone_offset(profile.region_zones.get(zone.lower()), y, mo, d, h, mi)


def _after_version_word(s: str, start: int) -> bool:
    """The word right before `start` is one that a version number follows ("Version",
    "v" glued or apart, "Update")."""
    head = s[max(0, start - 12):start].rstrip().casefold()
    last = re.split(r"[\s(]", head)[-1] if head else ""
    return last in merged().version_words


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        _date(y, mo, d)
    except ValueError:
        return False
    return 1990 <= y <= 2100


def mostly_dates(text: str, share: float) -> bool:
    """Whether dates of any profile cover at least `share` of the text's characters (a date
    line: "12 March 2025", "Freitag, 28.04.2023, 19:25")."""
    found = find_dates(text, merged())
    return bool(found) and sum(d.end - d.start for d in found) >= share * len(text)


@short_text_cache(maxsize=16384, limit=500)
def find_dates(s: str, profile: Profile) -> tuple:
    """Every date in `s`, in order, with its following time and zone when printed."""
    return _find_dates(s, profile)


@short_text_cache(maxsize=4096, limit=500)
def find_dump_dates(s: str, profile: Profile) -> tuple:
    """find_dates, and a dotted date with a two-digit year when a time follows it ("05.08.24
    kl. 14:47", "15.04.25 09:56"): read in a text dump's head, which has no metadata to give
    the year in full (a page's markup has, and a short year there is left to it)."""
    return _find_dates(s, profile, True)


# every date pattern holds a year: a text without one is done at once (a year of two digits
# only in a dotted date: "05.08.24 kl. 14:47")
_ANY_YEAR = rx(r"(?:19|20)\d\d")
_ANY_SHORT_YEAR = rx(r"(?:19|20)\d\d|\d\.\d\d[\s,]")


# Dates that matter stand in short lines or at a paragraph's start: a long text is read only
# so far, and only so many dates are taken from it (the overlap test is quadratic).
_MAX_SCAN = 4000
_MAX_FOUND = 24


def _starting(rx: "re.Pattern[str]", start: "re.Pattern[str]", s: str) -> Iterator["re.Match[str]"]:
    """The matches re.finditer would give for the pattern `start` followed by `rx`, where
    `start` is a zero-width assertion: rx's matches, each taken only where `start` holds at
    its start (rx matches no empty string)."""
    pos = 0
    while True:
        m = rx.search(s, pos)
        if m is None:
            return
        if start.match(s, m.start()):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


_SPACED_TIME = rx(r"[ \t]+[0-2]?\d[:.][0-5]\d")  # a time after a spaced year-first date


def _find_dates(s: str, profile: Profile, short_years: bool = False) -> tuple:
    s = s[:_MAX_SCAN]
    if not (_ANY_SHORT_YEAR if short_years else _ANY_YEAR).search(s):
        return ()
    named_dmy, named_mdy, numeric, iso, time_re, iso_time, time_before, dmy_start, numeric_start, \
        unit_time, hour_time, named_ymd = _profile_patterns(profile, short_years)
    months = merged_months()
    found: List[FoundDate] = []
    taken: list = []
    for kind, pat, start in (("iso", iso, None), ("dmy", named_dmy, dmy_start), ("mdy", named_mdy, None),
                             ("num", numeric, numeric_start), ("ymd", named_ymd, None)):
        for m in pat.finditer(s) if start is None else _starting(pat, start, s):
            if len(taken) >= _MAX_FOUND:
                break
            month_first = False
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == "iso" and m.group("year") is None:  # unit marks: "2025年1月13日"
                g = {k[0]: int(v) for k, v in m.groupdict().items() if v and k[0] in "ab" and k[1:].isdigit()}
                y, mo, d = int(m.group("uyear")), g["b"], g["a"]
            elif kind in ("dmy", "mdy", "ymd"):
                y = int(m.group("year"))
                mo = months.get(m.group("mon").lower(), 0)
                if kind == "ymd" and not m.group("mon")[:1].islower():
                    continue
                if not mo and kind == "mdy" and short_years:
                    # (a dump's name glued before the month, short enough to be read as the
                    # month's word: "Jane RoeJune 5, 2025"; the month is the word's last part)
                    at = _glued_month(m.group("mon"), months)
                    if at:
                        mo = months[m.group("mon")[at:].lower()]
                        m = pat.match(s, m.start("mon") + at) or m
                if not mo:
                    continue
                d = int(m.group("day"))
            elif kind == "iso":
                if len(m.group("sep")) > 1 and (s[m.end():m.end() + 1] != "." or _after_version_word(s, m.start())
                                                or not _SPACED_TIME.match(s, m.end() + 1)):
                    continue  # (spaced, the day's dot closes it and a time follows: "2024. 03. 12. 14:30"; not
                    # "2024. 10. 5 Ft", nor "A program 2024. 10. 12. verziója", a version's number)
                y, mo, d = int(m.group("year")), int(m.group("b")), int(m.group("a"))
            else:
                yy = m.groupdict().get("yy")
                if yy and _after_version_word(s, m.start()):
                    continue  # "Version 3.10.12, 18:05 Uhr": a version's number, not 3 Oct 2012
                y = 2000 + int(yy) if yy else int(m.group("year"))
                a, b = int(m.group("a")), int(m.group("b"))
                # dotted dates are day first everywhere (11.06.2025); slashes follow the page
                month_first = not profile.day_first and a <= 12 and m.group("sep")[0] != "."
                d, mo = (b, a) if month_first else (a, b)
            if not _valid(y, mo, d):
                continue
            end = m.end()
            # (the day's dot before the time: "2024. 03. 12. 14:30", "2024.03.12. 14:30")
            skip = 1 if kind == "iso" and m.group("year") and m.group("sep")[0] == "." and \
                s[end:end + 2] in (". ", ".\t") else 0
            rest = s[end + skip:end + skip + 60]
            marked = kind == "iso" and m.group("year") is None
            tm = (iso_time.match(rest) if kind == "iso" else None) or time_re.match(rest) or \
                (unit_time.match(rest) if marked else None) or (hour_time.match(rest) if kind != "iso" else None)
            before = tm is None and kind in ("dmy", "mdy") and ":" in s[max(0, m.start() - 30):m.start()]
            if before:
                tm = time_before.search(s, max(0, m.start() - 30), m.start())
            h = mi = sec = 0
            zone = None
            has_time = False
            if tm:
                h, mi, sec = int(tm.group("h")), int(tm.groupdict().get("m") or 0), int(tm.groupdict().get("s") or 0)
                h = _clock_hour(h, tm.groupdict().get("ampm"))
                if h < 24:
                    has_time = True
                    zone = tm.groupdict().get("zone")
                    end += 0 if before else skip + tm.end()
                    if kind == "num" and month_first and _day_first_zone(zone, profile) and _valid(y, d, mo):
                        # (the zone printed tells the country: "04/03/2024 18:15 GMT" on an
                        # English page is a British page's 4 March)
                        d, mo = mo, d
            if kind == "num" and d != mo and d <= 12 and _named_day_on_line(s, m.start(), found, (y, d, mo)) \
                    and not _named_day_on_line(s, m.start(), found, (y, mo, d)):
                # (a numeric date whose other reading is the day a date in words on its line
                # names, "Mar 4, 2024 | 03/04/2024 15:00 IST": the words tell the order)
                d, mo = mo, d
            in_parens = _in_parens(s, m.start(), end)
            iso_str = _iso(y, mo, d, h, mi, sec, has_time, zone, profile)
            taken.append((m.start(), end))
            found.append(FoundDate(iso_str, m.start(), end, has_time,
                                   bool(_offset(zone) or _region_offset(zone, profile, y, mo, d, h, mi)), in_parens))
    found.sort(key=lambda f: f.start)
    return tuple(found)


def _named_day_on_line(s: str, at: int, found: List[FoundDate], day: Tuple[int, int, int]) -> bool:
    """A date of `found` names `day` (year, month, day) on the line of `s` that holds `at`
    (found holds the dates in words and year first; numeric ones are read after them)."""
    want = f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"
    # (not across a modified date's label: "Published Mar 4, 2024 | Updated 04/03/2024" may be
    # an update of April 3 on a page that reads month first)
    return any(f.iso[:10] == want and _PAIR_GAP.fullmatch(s[min(f.end, at):max(f.start, at)])
               and not _after_modified_label(s[min(f.end, at):max(f.start, at)]) for f in found)


# (the date in words and the numeric one side by side, a time, a zone or a separator between:
# "Mar 4, 2024 | 03/04/2024", not "Posted 03/04/2024 · Next game: April 3, 2024")
_PAIR_GAP = rx(r"[ \t\d:.,|·•/()\-\u2013\u2014]*(?:(?:[aApP]\.?[mM]\.?|[A-Z]{2,5})[ \t\d:.,|·•/()\-\u2013\u2014]*){0,2}")


def _day_first_zone(zone: Optional[str], profile: Profile) -> bool:
    """The zone printed after a numeric date is a day-first country's (the page's language
    reads numbers month first)."""
    return bool(zone) and zone.lower() in profile.day_first_zones  # type: ignore[union-attr]


def _clock_hour(h: int, ampm: Optional[str]) -> int:
    """An hour printed with "am"/"pm" ("3:36 pm", "12:30 a.m.") on the 24-hour clock."""
    ampm = (ampm or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        return h + 12
    return 0 if ampm == "am" and h == 12 else h


def _glued_month(word: str, months: dict) -> int:
    """Where a month's name starts inside a word a dump glued to it ("RoeJune"): a capital
    after a small letter that opens a month's name running to the word's end; 0 if none."""
    for i in range(1, len(word) - 2):
        if word[i].isupper() and word[i - 1].islower() and word[i:].lower() in months:
            return i
    return 0


def _in_parens(s: str, start: int, end: int) -> bool:
    before = s[max(0, start - 12):start]
    return "(" in before and ")" not in before and ")" in s[end:end + 3]


def _iso(y: int, mo: int, d: int, h: int, mi: int, sec: int, has_time: bool,
         zone: Optional[str], profile: Profile) -> str:
    if not has_time:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    off = _offset(zone) or _region_offset(zone, profile, y, mo, d, h, mi) or \
        _assumed_offset(profile, y, mo, d, h, mi)
    base = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{sec:02d}"
    return base + off if off else base


def _assumed_offset(profile: Profile, y: int, mo: int, d: int, h: int, mi: int) -> Optional[str]:
    """The offset of a local time printed with no zone, as the page's language assumes it:
    its fixed offset (WIB), else its zone's at that moment, else none."""
    return profile.default_offset or _zone_offset(profile.default_zone, y, mo, d, h, mi)


@lru_cache(maxsize=4096)
def _zone_offset(zone: Optional[str], y: int, mo: int, d: int, h: int, mi: int) -> Optional[str]:
    """The offset a time zone ("Europe/Berlin") has at a local moment, summer time counted;
    None without a zone or where the system has no zone data."""
    if not zone:
        return None
    try:
        from zoneinfo import ZoneInfo

        z = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone)).strftime("%z")
    except Exception:  # no tz database on the system, or a moment that does not exist
        return None
    return f"{z[:3]}:{z[3:]}" if z else None


def normalise_iso(value: str, profile: Profile) -> Optional[str]:
    """Normalise a machine date (meta tags, JSON-LD, <time datetime>) to ISO 8601."""
    v = value.strip()
    if not v:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", v):  # a Unix timestamp
        secs = int(v[:10])
        return datetime.fromtimestamp(secs, tz=timezone.utc).isoformat()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                 r"\s*(Z|[+-]\d{2}:?\d{2})?)?", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid(y, mo, d):
            return None
        if m.group(4) is None:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        zone = m.group(7)
        off = _offset(zone) if zone else None
        base = f"{y:04d}-{mo:02d}-{d:02d}T{m.group(4)}:{m.group(5)}:{m.group(6) or '00'}"
        return base + off if off else base
    found = find_dates(v, profile)
    return found[0].iso if found else None


@dataclass(frozen=True)
class DateChoice:
    """The publication date chosen for a page, the block it was printed in, and its source."""

    iso: Optional[str]
    index: int  # the block of the printed date near the headline, -1 if none
    source: Optional[str]
    guessed: bool = False  # read from the text's first lines or after it: nothing dated the page
    # its offset is the one the page's language assumes (a guess: the page printed no zone, and
    # the moment is a printed time with none or the metadata's that had none)
    zone_assumed: bool = False
    # the page's printed update ("Updated 12:24 am EST, ..."): it prints no publication date
    modified: bool = False
    # the printed update's moment ("Updated March 4, 2024 1:40 PM EST", "Aktualisiert am
    # 05.03.2024, 16:45 Uhr" under the publication's stamp), None where the page prints none
    updated: Optional[str] = None


_HAS_OFFSET = rx(r"[+-]\d\d:\d\d$")
_BYLINE_REACH = 3  # a dump's credit line this many blocks into the body is read for its date
# a text dump's image placeholders only: "[2022-05-11-schuze-18] [foto]"
_ONLY_ALTS = rx(r"^(?:\[[^\]]{0,80}\]\s*)+$")


def _only_a_date(text: str, profile: Profile, finder: Callable = find_dates) -> bool:
    """A short line that holds a date and little else ("22.11.2024 07.57", "Freitag,
    28.04.2023, 19:25"): never a paragraph of the article, whatever its label."""
    if len(text) > 60:
        return False
    found = finder(text, profile)
    return bool(found) and (found[0].end - found[0].start) * 2 >= len(text)


# a page with no date above its body may print it as the body's first lines: blocks up to this
# far past the body's start are read then
_SWALLOWED = 3
_DATE_LINE_CHARS = 100  # a date's line, not a paragraph
_LABEL_WORDS = 2  # "Datum", "Published on": the words a date's label may have


def _opens_with_date(text: str, profile: Profile, finder: Callable = find_dates) -> bool:
    """A short line that opens with a date or a label and a date ("Datum 28.04.2023", "erstellt:
    01. April 2025, 15:25 in: Gesellschaft"); not classify's date_line, a line mostly dates."""
    if len(text) >= _DATE_LINE_CHARS:
        return False
    found = finder(text, profile)
    return bool(found) and len(text[:found[0].start].split()) <= _LABEL_WORDS


def _date_in_body_span(blocks: List[Block], start: int, profile: Profile,
                       finder: Callable = find_dates) -> Optional[tuple]:
    """A date's line that the body's run took in, at its start or just below it (the first
    paragraph "erstellt: 01. April 2025, 15:25 in: Gesellschaft"), for a page that prints no
    date above the body and gives none in its metadata."""
    for b in blocks[start:start + _SWALLOWED]:
        if not b.caption and _opens_with_date(b.text, profile, finder):
            f = finder(b.text, profile)[0]
            return (0.0, f.iso, b.index, f.has_zone)
    return None


def _stamp_near_start(blocks: List[Block], start: int, profile: Profile,
                      finder: Callable = find_dates) -> Optional[tuple]:
    """A publication stamp run into the text's first W.stamp_reach blocks by a dump that joined
    its lines ("28.04.2024 um 08:52 Uhr - 12 Ergänzungen Bibelverse ...", "Yasmine Hassan ·
    CBC News · Posted: Aug 08, 2024 4:00 AM EDT", "21 October 2025 • Duqm, Oman ..."): the
    first date there that opens its paragraph, or prints its time before the paragraph's first
    sentence's stop with names or labels only before it (_stamp_shape); a modified date's only
    when no other stands there. Only the text's and the head's blocks are read: a related
    story's line, furniture and the comments past the text date other things. None where no
    such date is printed."""
    modified = None
    for b in blocks[start:start + W.stamp_reach]:
        if b.caption or b.label not in (BODY, HEADER):
            continue
        prev_end = 0
        for f in finder(b.text, profile):
            later = _after_modified_label(b.text[prev_end:f.start])
            prev_end = f.end
            if f.in_parens or not (_stamp_shape(b.text, f)):
                continue
            if later:
                modified = modified or (0.0, f.iso, b.index, f.has_zone)
                continue
            return (0.0, f.iso, b.index, f.has_zone)
    return modified


def _stamp_shape(text: str, f: FoundDate) -> bool:
    """A date that reads as a stamp in a paragraph a dump ran together: it opens the paragraph,
    or it prints its time, no sentence's stop stands before it, and the words right before it
    are a name's or a label's (none of the last W.stamp_label_words in lower case: a wire's
    photographer's or a writer's name, an outlet's name and a "Posted:" label before the date,
    a standfirst glued on before them); an event's date in prose ("Officials said the closure
    began on 3 May 2021 at 10:30") and a related story's stamp after prose are not the page's.
    A time with its zone makes a stamp's shape after any words of the paragraph's first
    sentence."""
    head = text[:f.start]
    if not head.strip():
        # (not where the sentence goes on after a day: "3 May 2021 was the last time ...")
        return f.has_time or not text[f.end:].lstrip()[:1].islower()
    if not f.has_time or _SENTENCE_STOP.search(head):
        return False
    if f.has_zone:
        return True  # (a stamp's whole shape, its zone printed: "... internasional Selasa, 23 Februari 2016 14:39 WIB")
    words = [w for w in head.split() if any(c.isalpha() for c in w)][-W.stamp_label_words:]
    # (an address names its writer: "김민수 기자 minsu@example.kr ... 입력 : 2025-06-04 02:37:08")
    return not any(w[:1].islower() and "@" not in w for w in words)


# a sentence's stop and the next sentence's start (not an initial's: "J.J. Guillén")
_SENTENCE_STOP = rx(r"(?<![\s.][A-Z])[.!?][\"”’»]?\s+[\"“„«]?[A-ZÀ-Þ]|。")


def _date_after_body(blocks: List[Block], profile: Profile,
                     finder: Callable = find_dates) -> Optional[tuple]:
    """A date's line just after the body (an article's details box: "Datum 28.04.2023"), for
    a page that prints no date above it and gives none in its metadata."""
    body = [b.index for b in blocks if b.label == BODY]
    if not body:
        return None
    opens_comments = _comments_test()
    for b in blocks[body[-1] + 1:body[-1] + 26]:
        if _comments_open(blocks, b.index, opens_comments, profile, finder):
            break  # (the readers' comments: their dates are the comments')
        if b.label in ("", HEADER) and _opens_with_date(b.text, profile, finder):
            f = finder(b.text, profile)[0]
            if not b.text[f.end:].strip(" ,|"):
                return (0.0, f.iso, b.index, f.has_zone)
    return None


_NO_COMMENTS = rx(r"^\W{0,3}0\s|\(0\)")


def _comments_open(blocks: List[Block], j: int, opens_comments: Callable[[str], bool],
                   profile: Profile, finder: Callable) -> bool:
    """Block j opens the readers' comments: a comments heading that counts more than none, and
    not a counter or link with a date's line right under it (a comment's date follows its
    writer's name, "Gaye" / "August 8, 2018 at 3:17 pm"; a details box's date, a toolbar's)."""
    text = blocks[j].text
    if blocks[j].tag and blocks[j].link_density >= 0.5:
        return False  # (HTML: a link to the comments, "Comments (3)" in a toolbar, is no heading)
    if not opens_comments(text) or _NO_COMMENTS.search(text):
        return False
    if j + 1 < len(blocks) and _only_a_date(blocks[j + 1].text, profile, finder):
        # (a date opening its own line: a comment's names its writer first, "Peter am ...",
        # "sarah sagt: Juli 30, ...")
        return finder(blocks[j + 1].text, profile)[0].start > 0
    return True


def _comments_test() -> Callable[[str], bool]:
    """The test of a line that opens the readers' comments (classify's; imported here, when
    called, as classify imports this module)."""
    from newsextract.classify import opens_comments
    return opens_comments


@lru_cache(maxsize=None)
def _modified_rx() -> "re.Pattern[str]":
    labels = sorted(merged().modified_labels, key=longest_first)
    # (or glued by a dump to the word before it, its first letter a capital: "By Tom
    # HarrisUpdated Aug 6, 2024", "Anna BergerAktualisiert: 06.08.2024", the byline's spans
    # run together; not a word that holds a label's letters, "outdated")
    glued = "|".join("(?-i:" + re.escape(w[0].upper()) + ")" + re.escape(w[1:]) for w in labels if w[:1].isalpha())
    return rx(r"(?:(?:^|[^\w])(?:" + "|".join(map(re.escape, labels)) + r")|(?<=[^\W_])(?:" + glued + r"))(?![\w])",
              re.I)


@lru_cache(maxsize=None)
def _update_opens_rx() -> "re.Pattern[str]":
    labels = sorted(merged().modified_labels, key=longest_first)
    return rx(r"(?:\A|\n|[|·•∙])[\s,;(\u2013\u2014-]*(?:\w+\s+)?(?:" + "|".join(map(re.escape, labels))
              + r")\b[^\n]{0,36}\Z", re.I)


def _update_label_opens(text: str) -> bool:
    """An update's label opens the text before its date (since the last date on its line, or
    its line's start): a stamp's "Updated ...", not a teaser's "Mayor faces vote - Updated ..."."""
    return bool(merged().modified_labels) and bool(_update_opens_rx().search(text))


def update_stamp(text: str) -> bool:
    """A short line that is an update's stamp: an update's label opens it before its first date
    ("Updated May 14, 2025", "Aktualisiert am 28.04.2023, 18:41 Uhr", "Actualizado: 14/05/2025")."""
    if len(text) > 100:
        return False
    found = find_dates(text, merged())
    return bool(found) and _update_label_opens(text[:found[0].start])


def _after_modified_label(text: str) -> bool:
    """The text before a date (since the last date on its line) holds a modified-date label."""
    return bool(merged().modified_labels) and bool(_modified_rx().search(text[-60:]))


_FIRST_PUBLISHED_BONUS = 100.0  # more than a stamp's distance and form can give another
# (the labelled stamp ends its line, or its separator follows: not "First published 12 January
# 2018 | Sign up now", "Originally published Mar 1, 2024: Mayor vetoes bill")
_ENDS_LINE = rx(r"(?:[ \t]*(?:uhr|h)\b\.?)?[ \t]*(?:$|[·|•∙\u2013\u2014][ \t]*(?:updated|last updated)\b)", re.M | re.I)


@lru_cache(maxsize=None)
def _first_published_rx() -> "re.Pattern[str]":
    labels = sorted(merged().first_published_labels, key=longest_first)
    # (the label opens its line or follows a separator, as a stamp's does: not a sentence's
    # words, "The photo was first published on 1 March 2024.")
    return rx(r"(?:\A|[\n·|•∙\u2013\u2014\-])[\s·|•∙]*(?:" + "|".join(re.escape(w) for w in labels)
              + r")\b[\s:]*(?:\w{1,3}\s+)?\W{0,3}\s*(?:\w+[.,]?\s+)?\Z", re.I)


def _after_first_published_label(text: str) -> bool:
    """The text just before a date ends with a first publication's label ("First published
    on ", "Erstmals veröffentlicht am ")."""
    return bool(merged().first_published_labels) and bool(_first_published_rx().search(text))


def _marked_credit(b: Block, dump: bool) -> bool:
    """An HTML line under the text's first paragraph that a furniture marker labelled, or
    that the article's container left out (a byline's box between the standfirst and the
    text), though it is the byline with its date ("Von Katrin Lehmann 04.03.2024, 17:45 Uhr Lesezeit: 3
    Min.": the reading time's marker)."""
    if dump or b.label not in (BOILERPLATE, OUTSIDE) or len(b.text) >= _STAMP_LINE_CHARS:
        return False
    from newsextract.fields.byline import parse_credit  # (byline reads dates: imported here)

    return bool(parse_credit(b.text, merged())[0])


def choose_date(blocks: List[Block], anchor: int, start: int, meta_date: Optional[str],
                meta_source: Optional[str], profile: Profile, dump: bool = False,
                meta_assumed: bool = False) -> DateChoice:
    """The publication date: printed near the headline (with a time if one is printed), or
    the metadata's when the page prints none, prints no time, or prints the same day without
    an offset. `meta_assumed`: the metadata's moment printed no offset, and has the one the
    page's language assumes."""
    best = modified = glued_best = short_best = update = below_best = None
    best_in_caption = False
    lo = max(0, min(anchor, start) - 30)
    # (a dump has no metadata to give a year in full: its short years are read, "05.08.24 kl. 14:47")
    finder = find_dump_dates if dump else find_dates
    # (a dump's run may take in the credit line under the standfirst, "By TPN, in News ·
    # 31 Jan 2025, 20:02": its date is read too)
    # (and an HTML text that opens with its standfirst, the byline and its date under it:
    # "Von Katrin Lehmann 04.03.2024, 17:45 Uhr" below the run's first paragraph)
    reach = start + 1 + _BYLINE_REACH
    # (a date's line above the text that the article's container gave the body, "<p
    # class=stamp>Published March 4, 2024 9:15 AM EST | Updated ...</p>", is read where nothing
    # else near the headline, and no metadata, dates the page: beside them such a line may be
    # a teaser's or a ticker's)
    body_lines = [j for j in range(lo, min(len(blocks), start))
                  if (blocks[j].label == BODY or blocks[j].reason == STAMP_IN_CONTAINER) and not dump
                  and not meta_date and not blocks[j].caption and _opens_with_date(blocks[j].text, profile, finder)]
    for second, j in [*((False, j) for j in range(lo, min(len(blocks), reach))), *((True, j) for j in body_lines)]:
        if second and (best is not None or modified is not None or glued_best is not None):
            break  # (the second pass, the body's date lines, only where the first found none)
        b = blocks[j]
        # (a dump's date line under the byline that the dump glued to the photo's caption below
        # it, "Von Anna Berger" / "05.12.2024, 14.30 Uhr Windräder am ... Foto: ...": a date and
        # its time opening the caption read as the byline's stamp)
        glued = dump and j > start and b.label == CAPTION and blocks[j - 1].label == BYLINE
        # (an HTML head's line under a standfirst the run took in, "By Tom Harris" / "Updated
        # ... Published ...", labelled the head's: read as a byline's, a fallback below; not
        # under the text's second paragraph, a schedule's "2. August 2024, 20:00 Uhr: Konzert")
        if j > start and b.label != BYLINE and not glued and not _marked_credit(b, dump) \
                and not (b.label == HEADER and not dump and not any(blocks[i].label == BODY for i in range(start + 1, j))):
            continue
        if (b.label == BODY or b.reason == STAMP_IN_CONTAINER) and not (dump and _only_a_date(b.text, profile, finder)) \
                and not second:
            continue
        if b.text[:1] == "[" and _ONLY_ALTS.match(b.text):
            continue  # (a dump's image placeholder: "[2022-05-11-schuze-18]" names a file)
        if b.label == RELATED and j < anchor:
            # (an item under a related list's heading above the headline: its date is the linked
            # story's; under the headline a dump's list may run on into the page's byline and
            # date lines, which are read)
            continue
        prev_end = 0
        text = b.text
        found = finder(text, profile)
        if not found and dump and b.items > 1 and j > anchor:
            # (a date line a dump's segmenter folded into a menu's links: read with its words
            # joined again, below the headline, and only with its time, which makes a run of
            # menu words a stamp: a masthead's menu may print the day the page was seen)
            text = _unfolded(b)
            found = tuple(f for f in finder(text, profile) if f.has_time)
        if dump:
            found = _zoned_as_its_line(found)
            if any(f.has_time and not f.has_zone for f in found):
                found = _zoned_below(found, blocks, j)
        if glued:
            found = tuple(f for f in found[:1] if f.start == 0 and f.has_time)
        # (a dotted date with its year in two digits, "12.01.23 14:00", read in a dump's head
        # only: a fallback where the head prints no date with its year in full; a timeline's or
        # a ticker's entry under the stamp prints its own time so, "Tijdlijn: 12.01.23 14:00")
        full = {(f.start, f.end) for f in find_dates(text, profile)} if dump and found else set()
        for f in found:
            if f.in_parens or _in_prose(text, f, b.label == CAPTION or b.caption):
                continue
            score = (W.date_time if f.has_time else 0) + (W.date_zone if f.has_zone else 0) \
                + abs(j - anchor) * W.date_distance
            if len(text) < _STAMP_LINE_CHARS:
                score += W.date_short_line
            if j > anchor:
                score += W.date_below_title
            # "Diperbarui: ...", "Updated ...": the page's modified date, taken only when it
            # prints no other
            later = _after_modified_label(text[prev_end:f.start])
            prev_start = prev_end
            if not (b.label == CAPTION or b.caption) and _ENDS_LINE.match(text, f.end) \
                    and _after_first_published_label(text[prev_end:f.start]):
                # ("First published on Sun 3 Mar 2024" under the last update's stamp: the
                # publication's date, over the nearer stamp)
                score += _FIRST_PUBLISHED_BONUS
            prev_end = f.end
            if glued:
                # (a fallback: a caption's own date may open it, "May 6, 2025, 2:30 p.m.
                # Protesters gather ...", where the page prints its stamp by the headline)
                if glued_best is None or score > glued_best[0]:
                    glued_best = (score, f.iso, j, f.has_zone)
            elif later:
                if modified is None or score > modified[0]:
                    modified = (score, f.iso, j, f.has_zone)
                if _update_label_opens(text[prev_start:f.start]) and (update is None or score > update[0]):
                    update = (score, f.iso, j, f.has_zone)
            elif dump and (f.start, f.end) not in full and _short_year_at(text, f):
                if short_best is None or score > short_best[0]:
                    short_best = (score, f.iso, j, f.has_zone)
            elif not dump and j > start:
                # (an HTML byline's date under the run's start: a fallback only, where nothing
                # at or above the start dates the page; a live blog's first entry prints its own)
                if below_best is None or score > below_best[0]:
                    below_best = (score, f.iso, j, f.has_zone)
            elif best is None or score > best[0]:
                best = (score, f.iso, j, f.has_zone)
                # (a caption's or a sentence's date, "Am 13.04.2025 ist ... gestorben.", is no
                # stamp that a short year's under it yields to)
                best_in_caption = b.label == CAPTION or b.caption or len(text) >= _STAMP_LINE_CHARS
    # (a modified date only when the page prints no other, and not over the metadata's
    # publication but where it is the same moment, told in the page's offset)
    # (nor to a full year's date below it, a teaser's or an event's: "Lees ook: ... op 22.11.2023")
    if short_best is not None and (best is None or (best_in_caption or best[2] > short_best[2])
                                   and short_best[0] > best[0]):
        best = short_best
    # (or to an update's stamp below the start too: "Updated Aug 6, 2024 ... Published Aug 5,
    # 2024" on a byline's line under the standfirst)
    if best is None and (modified is None or modified[2] > start) and below_best is not None and \
            (not meta_date or meta_date[:10] == below_best[1][:10]):
        best = below_best
    printed_modified = best is None and modified is not None
    best = best or modified
    guessed = False
    if best is None and glued_best is not None:
        best, guessed = glued_best, True  # (the glued caption's date: a guess, said so)
    if best is None and not meta_date:
        best = _date_in_body_span(blocks, start, profile, finder) or \
            _date_after_body(blocks, profile, finder) or \
            (_stamp_near_start(blocks, start, profile, finder) if dump else None)
        guessed = best is not None
    if best is None and dump:
        # (a dump's date printed under the article, further down than a details box; not in
        # the readers' comments, "Peter am 12.03.2025 um 10:00" dates a comment)
        opens_comments = _comments_test()
        text_end = max((b.index for b in blocks if b.label == BODY), default=start)
        for j in range(start + 1, len(blocks)):
            if j > text_end and _comments_open(blocks, j, opens_comments, profile, finder):
                break
            if blocks[j].label == RELATED and not _stamp_after_list(blocks, j, profile, finder):
                continue  # (a related story's date under the list's heading)
            if _only_a_date(blocks[j].text, profile, finder):
                f = finder(blocks[j].text, profile)[0]
                best = (0.0, f.iso, j, f.has_zone)
                guessed = True
                break
    if best is None and dump and not meta_date:
        # (a dump whose headline was not found where the text starts: the date's own line
        # nearest above the text, "Published Jun 05, 2026", further up than the head's reach)
        for j in range(lo - 1, -1, -1):
            b = blocks[j]
            if not b.caption and b.label not in (BODY, "related", "list") and \
                    _opens_with_date(b.text, profile, finder):
                f = finder(b.text, profile)[0]
                if _after_modified_label(b.text[:f.start]):
                    continue  # ("Updated: ...": a modified date, not the publication's)
                best = (0.0, f.iso, j, f.has_zone)
                guessed = True
                break
    if best is None and dump and not meta_date:
        best = _bare_short_year(blocks, anchor, start, profile)
        guessed = best is not None
    iso, index, source = (best[1], best[2], f"block {best[2]}") if best else (None, -1, None)
    zoned = bool(best and best[3])
    printed_zone = zoned
    if dump and iso and "T" not in iso:
        iso, printed_zone = _with_labelled_time(iso, blocks[lo:min(len(blocks), reach)], profile)
    if dump and iso and "T" not in iso and 0 <= index < len(blocks) - 1:
        iso, printed_zone = _with_time_below(iso, blocks[index], blocks[index + 1], profile, finder)
    # the metadata's moment wins on the printed day unless the page prints its zone (an offset
    # the language assumes is a guess; the metadata's is the page's own)
    # ("11/06/2025" read month first where the metadata says 11 June: the metadata's)
    local = _as_printed(meta_date, iso) if meta_date and iso and not zoned else None
    from_meta = False
    if local:
        # (the page prints the metadata's moment in its own time: "3 de mayo de 2022 21:25"
        # for 2022-05-04T00:25:56+00:00 tells the page's offset, -03:00)
        iso, source, guessed = local, meta_source or "metadata", False
        from_meta = True
    elif meta_date and (printed_modified or not iso or "T" not in iso or _swapped(iso, meta_date) or
                        ("T" in meta_date and meta_date[:10] == iso[:10] and not zoned) or
                        (zoned and minutes_apart(meta_date, iso) < W.printed_meta_close_minutes)):
        # (a zoned printed time minutes from the metadata's moment is the same publication,
        # printed as edited or rounded: the metadata's moment, told in the page's offset)
        printed = iso
        iso, source = meta_date, meta_source or "metadata"
        if printed and "T" in printed and _HAS_OFFSET.search(printed):
            iso = in_offset_of(meta_date, printed)
        guessed = False
        from_meta = True
    # (the offset is a guess where the page prints no zone and the moment is a printed time
    # the language's offset was given, or the metadata's that had none: not where the page
    # prints its zone by the metadata's moment, "13:30 WIB")
    assumed = bool(iso and "T" in iso and _HAS_OFFSET.search(iso) and not printed_zone and
                   (meta_assumed if from_meta else bool(source and source.startswith("block"))))
    return DateChoice(iso, index, source, guessed, assumed, printed_modified and not from_meta,
                      _printed_update(update, iso, index, anchor, start))


_STAMP_LINE_CHARS = 80  # a stamp's line, with its labels, is shorter than this

_SHORT_YEAR_DATE = rx(r"[0-3]?\d\.\s?[01]?\d\.\s?\d\d(?!\d)")


def _short_year_at(text: str, f: FoundDate) -> bool:
    """The date found at f prints its year in two digits ("12.01.23 14:00")."""
    return bool(_SHORT_YEAR_DATE.match(text, f.start))


_UPDATE_REACH = 2  # a printed update stands this many blocks from the stamp at most


def _printed_update(modified: Optional[tuple], published: Optional[str], index: int, anchor: int,
                    start: int) -> Optional[str]:
    """The printed update's moment (choose_date's best labelled one, `modified`): between the
    headline (block `anchor`) and the text (block `start`), or by the publication's stamp
    (block `index`), not further up (a masthead's "Last updated: Monday, March 4, 2024" is the
    site's); and not before the publication's day, which a label on another story's date may
    have given."""
    if modified is None:
        return None
    j = modified[2]
    if not (anchor <= j <= start or index >= 0 and abs(j - index) <= _UPDATE_REACH):
        return None
    iso = modified[1]
    if published and iso[:10] < published[:10]:
        return None
    return iso


def _stamp_after_list(blocks: List[Block], j: int, profile: Profile, finder: Callable) -> bool:
    """A date line a dump's related run took in that is the page's own stamp: under a stamp's
    label or opening with one ("Published" / "3 May 2024", "Published3 May 2024"), and the only
    date of the run (a list whose items print dates, "Published 13 May 2024" under each, is
    the linked stories')."""
    above = blocks[j - 1].text.strip(" :").casefold() if j > 0 else ""
    if above not in _stamp_label_set() and not _stamp_label_at().match(blocks[j].text):
        return False
    lo = hi = j
    while lo > 0 and blocks[lo - 1].label == RELATED:
        lo -= 1
    while hi + 1 < len(blocks) and blocks[hi + 1].label == RELATED:
        hi += 1
    return not any(finder(blocks[i].text, profile) for i in range(lo, hi + 1) if i != j)


# (a dotted date with its year in two digits and no time, alone on its line but a weekday's
# name: "25.4.24", "Montag, 25.04.24")
_BARE_SHORT_YEAR = rx(r"(?:(?P<day>[^\W\d_]+)\.?,?[ \t]+)?(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<yy>\d\d)[ \t]*")


def _bare_short_year(blocks: List[Block], anchor: int, start: int, profile: Profile) -> Optional[tuple]:
    """A dump's last fallback: a short year with no time on a line of its own ("25.4.24" under
    the byline) in the head only, above the text's first paragraph and by the headline or a
    byline, where the page prints no date with its year in full anywhere (a section's,
    a table's or a verse's number, "Abschnitt" / "3.1.12", is no date; nor one that a full
    date elsewhere outranks)."""
    if any(_ANY_YEAR.search(b.text) and find_dates(b.text, profile) for b in blocks):
        return None
    for j in range(max(0, anchor - 2), min(start, len(blocks))):
        b = blocks[j]
        if b.label in (BODY, RELATED, CAPTION) or b.caption:
            continue
        near = abs(j - anchor) <= 2 or any(blocks[i].label == BYLINE for i in (j - 1, j + 1) if 0 <= i < len(blocks))
        m = _BARE_SHORT_YEAR.fullmatch(b.text.strip())
        if not near or not m or (m.group("day") and m.group("day").casefold() not in merged_days()):
            continue
        day, month, year = int(m.group("a")), int(m.group("b")), 2000 + int(m.group("yy"))
        try:
            iso = datetime(year, month, day).date().isoformat()
        except ValueError:
            continue
        return (0.0, iso, j, False)
    return None


@lru_cache(maxsize=None)
def _stamp_label_set() -> FrozenSet[str]:
    """The stamps' labels (_stamp_labels), lower-cased."""
    return frozenset(w.casefold() for w in _stamp_labels())


@lru_cache(maxsize=None)
def _phrases(words: Tuple[str, ...]) -> str:
    """An alternation of the phrases in their order, a space in one matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=None)
def _stamp_label_at() -> "re.Pattern[str]":
    """A stamp's label opening a line, a date's digit or a colon after it ("Published3 May 2024",
    "Updated: 3 May 2024")."""
    return rx(r"(?i)\s*(?:" + _phrases(_stamp_labels()) + r")(?:\s*:\s*|\s*(?=\d))")


def _in_prose(text: str, f: FoundDate, caption: bool = False) -> bool:
    """A day in the middle of a paragraph's sentence, a lower-case word on either side ("na een
    goed persoonlijk resultaat op 9 juni 2024 uit tot een sterkhouder"): an event's date, not a
    stamp's (a stamp's line is short, or prints its time, or its words before it are a label's
    or a name's: "Veröffentlicht am 12. März 2024", "Posted on May 3, 2024 by"). `caption`:
    the line is a photo's caption."""
    if f.has_time:
        return False
    at = f.start
    before = text[max(0, at - 40):at].split()
    weekday = bool(before) and before[-1].rstrip(",").casefold() in merged_days()
    if weekday:
        # (a weekday before the day, "on Thursday, May 8, 2025.": the words before the weekday)
        at = text.rindex(before[-1], 0, f.start)
        before = before[:-1]
    after = text[f.end:f.end + 40].split()
    # (after a weekday and a day, a sentence's stop ends the prose as a lower-case word goes on
    # with it, in a line however short, where a lower-case word stands before the one before
    # the weekday: "... building in Ottawa, on Thursday, May 8, 2025.", a photo's caption; not
    # a name's, "Jan Kixmüller am Donnerstag, 8. Mai 2025.")
    # (or a weekday and a day set between commas in a sentence, a lower-case word after them:
    # "... at the Statehouse, Thursday, April 27, 2023, in Indianapolis.", an agency's caption)
    if len(after) > 1 and after[0] == ",":
        after = after[1:]  # (the word after a comma: "on 3 May 2021, the council ...")
        comma = True
    else:
        comma = False
    framed = comma and bool(before) and before[-1].endswith(",") and after[0].isalpha() and after[0].islower()
    stop = bool(after) and after[0] == "." and bool(before) and before[-1].isalpha() and before[-1].islower()
    ends = weekday and (stop or framed) and any(w.isalpha() and w.islower() for w in before[:-1])
    # (a short line is a stamp's but in a photo's caption, or a line with its photo's credit:
    # "Story by Jane Roe, Thursday, May 8, 2025, in Politics" and "Scritto da redazione giovedì
    # 8 maggio 2025." are bylines)
    if len(text) < _DATE_LINE_CHARS and not (ends and (caption or _PHOTO_CREDIT.search(text))):
        return False
    # (a writer's label opening the line, after one or two words at most, is a byline's: "Ein
    # Bericht von Anna Berger, Donnerstag, 8. Mai 2025, in Politik", "Written by admin on 8 May
    # 2025, in Uncategorized and tagged ..."; not one a sentence reaches later, "Residents were
    # taken out by boat on ...")
    if _author_label_opens().match(text, 0, at):
        return False
    # (a modified date's label after the comma: the stamps of a byline's long line, "..., on 8
    # May 2025, updated 9 May 2025")
    if comma and _modified_label_opens().match(" ".join(after)):
        return False
    if not (ends or before and after and before[-1].isalpha() and before[-1].islower() and
            after[0][:1].islower() and after[0].rstrip(".,;:").isalpha()):
        return False
    # (a stamp's label before it, a phrase too, or its writer's after it, a dump having joined
    # the stamp's line with the text: "... Posted on May 3, 2024 by admin", "gepubliceerd op 9
    # juni 2024 door", "mis à jour le 3 mai 2024"; or a label and a writer's opening the line,
    # "Posted by Jane Doemaker, harbour correspondent, on 3 May 2024 in ...")
    return not _stamp_label_before().search(text, max(0, at - 40), at) and \
        not (at < _LABEL_OPENS_CHARS and _stamp_label_opens().match(text)) and \
        after[0].rstrip(".,;:").casefold() not in merged().author_labels and \
        not (ends and text.split(None, 1)[0].casefold() in merged().author_labels)


_PHOTO_CREDIT = rx(r"\bPhotos?/|\b(?:Photos?|Fotos?)\s*:")  # "(AP Photo/Jane Doe)", "Photo: ", "Foto: "


@lru_cache(maxsize=None)
def _author_label_opens() -> "re.Pattern[str]":
    """A writer's label, a phrase, opening a line or after its first word or two ("By", "Story
    by", "Ein Bericht von", "Written by"), whole words, no stop after it."""
    labels = _phrases(tuple(sorted(merged().author_labels, key=longest_first)))
    # (not an abbreviation's stop after it: "Rep. Jane Roe, left, talks with ...", a caption)
    return rx(r"(?i)\W*(?:[^\W\d]+\s+){0,2}?(?:" + labels + r")(?![\w.])")


@lru_cache(maxsize=None)
def _modified_label_opens() -> "re.Pattern[str]":
    """A modified date's label opening a text ("updated 9 May 2025")."""
    labels = _phrases(tuple(sorted(merged().modified_labels, key=longest_first)))
    return rx(r"(?i)(?:" + labels + r")(?!\w)")


_LABEL_OPENS_CHARS = 80  # a stamp's label that opens its line dates a day this near its start


@lru_cache(maxsize=None)
def _stamp_label_before() -> "re.Pattern[str]":
    """A stamp's label (_stamp_labels, phrases too) with at most two words after it, ending a
    text: "mis à jour le ", "Posted on ", "pubblicata il "."""
    return rx(r"(?i)(?<!\w)(?:" + _phrases(_stamp_labels()) + r")(?!\w)[:,]?(?:\s+[^\W\d]+){0,2}\s*\Z")


@lru_cache(maxsize=None)
def _stamp_label_opens() -> "re.Pattern[str]":
    """A stamp's label and a writer's label after it opening a line ("Posted by ...",
    "Publicado por ..."): not a label's word opening a sentence ("Stand der Dinge ist ...")."""
    writers = "|".join(re.escape(w) for w in sorted(merged().author_labels, key=longest_first))
    return rx(r"(?i)\s*(?:" + _phrases(_stamp_labels()) + r")\s+(?:" + writers + r")(?!\w)")


def _zoned_as_its_line(found: tuple) -> tuple:
    """A line's dates with their times, the zone one of them prints given to those of the same
    day that print none ("15 oct 2024 - 08:22 Actualizado: 15 oct 2024 - 17:38 CEST": a page
    prints its times in one zone, and names it once on the line)."""
    zoned = [f for f in found if f.has_time and f.has_zone and _HAS_OFFSET.search(f.iso)]
    if not zoned or all(f.has_zone or not f.has_time for f in found):
        return found
    out = []
    for f in found:
        same = next((z for z in zoned if z.iso[:10] == f.iso[:10]), None)
        if same and f.has_time and not f.has_zone and not _HAS_OFFSET.search(f.iso):
            f = replace(f, iso=f.iso + same.iso[-6:], has_zone=True)
        out.append(f)
    return tuple(out)


_ZONE_BELOW_REACH = 2  # a stamp's zone on a line of its own this many lines below its time
_LONE_ZONE = rx(r"(?:(?P<time>[0-2]?\d[:.][0-5]\d)\s*)?(?P<zone>[A-Z]{3,5})")
_ENDS_WITH_TIME = rx(r"(?i)(?:^|\D)[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?\s?m\.?)?\s*$")  # ("11:24 a.m.")


def _code_word(text: str) -> bool:
    """A word of two or three capitals alone on its line: a language menu's code ("ENG", "РУС",
    "ESP"); a longer one is a share bar's or a section's word ("VIDEO", "SHARE"), which a
    stamp's zone may stand over."""
    t = text.strip()
    return 2 <= len(t) <= 3 and t.isalpha() and t.isupper()


def _zoned_below(found: tuple, blocks: List[Block], j: int) -> tuple:
    """A dump's stamp whose zone a line of its own prints under its last time ("15 oct 2024 -
    08:22" / "Actualizado: 15 oct 2024 - 17:38" / "CEST", or "... 15 oct 2024 -" / "17:38CEST"):
    that zone given to block j's times that print none (a page prints its stamps in one zone).
    Only a zone of
    three letters or more known to the profiles, alone on its line or opening a menu's folded
    items, under a line that ends with a time, or glued to its own time ("17:38CEST"); the lines
    between are the stamp's (each holds a date or a time), none of prose."""
    for k in range(j + 1, min(len(blocks), j + 1 + _ZONE_BELOW_REACH)):
        first, *others = [w.strip() for w in blocks[k].text.split(MENU_JOIN)]
        m = _LONE_ZONE.fullmatch(first)
        off = _offset(m.group("zone")) if m else None
        # (a language's or a section's menu is no zone: "EST · ENG · РУС", "ICT · Telecoms ·
        # Business", a lone "CAT" over "ESP" and "ENG"; a share bar may follow it, "CEST ·
        # Whatsapp · Facebook · ... · Copiar enlace", with no code in capitals)
        share = merged().share_names
        if m and others and (not any(w.casefold() in share for w in others) or any(map(_code_word, others))):
            m = None
        if m and not others and k + 1 < len(blocks) and _code_word(blocks[k + 1].text):
            m = None
        if m and off and (m.group("time") or _ENDS_WITH_TIME.search(blocks[k - 1].text)):
            out = []
            for f in found:
                if f.has_time and not f.has_zone and not _HAS_OFFSET.search(f.iso):
                    f = replace(f, iso=f.iso + off, has_zone=True)
                out.append(f)
            return tuple(out)
        if len(blocks[k].text) > _DATE_LINE_CHARS or not any(c.isdigit() for c in blocks[k].text):
            break
    return found


def _unfolded(b: Block) -> str:
    """A dump's menu block as its words ran, its folded items joined by spaces again: a run of
    short words the segmenter took for a menu's links may be a date line ("Published: · 15:56 ·
    BST, · 27 · April · 2024", from a dump that joined the page's lines)."""
    return b.text.replace(MENU_JOIN, " ")


def _with_labelled_time(day: str, head: List[Block], profile: Profile) -> tuple:
    """A dump's day with the time its head prints after a publication label and no date
    ("Uppdaterad 15.59 | Publicerad 14.14", "Published 9:02"): a page of the day prints only
    the time under its headline, the day elsewhere. The day alone when no line prints one;
    and whether the time's zone was printed ("Published 9:02 CET")."""
    for b in head:
        # (or opening a longer line, a photo's caption glued on after it: "Publicerad 22:31
        # Rök stiger över Kievs centrum ... Foto: ...", as lynx and Markdown dumps print a
        # byline box over its photo; a caption's own time is not the page's)
        m = _published_time_rx().search(b.text, 0, _LABELLED_TIME_LINE_CHARS)
        opens = m is not None and m.start() == 0
        if m and (opens or (len(b.text) <= _LABELLED_TIME_LINE_CHARS and not b.caption)) and \
                not find_dates(b.text, profile):
            y, mo, d = (int(x) for x in day.split("-"))
            h, mi = int(m.group(1)), int(m.group(2))
            if h < 24:
                tm = _profile_patterns(profile)[4].match(b.text[m.start(1):])
                zone = tm.group("zone") if tm and tm.group("ampm") is None else None
                printed = bool(_offset(zone) or _region_offset(zone, profile, y, mo, d, h, mi))
                return _iso(y, mo, d, h, mi, 0, True, zone, profile), printed
    return day, False


_LABELLED_TIME_LINE_CHARS = 60  # a head's line that prints a labelled time is this short


def _with_time_below(day: str, line: Block, below: Block, profile: Profile,
                     finder: Callable = find_dates) -> tuple:
    """A dump's day that ends its line with its time alone on the next ("05. November 2024" /
    "15:36 Uhr", "Stand: 28. April 2023," / "05:00 Uhr": a dump that puts each of a page's
    elements on a line of its own splits the date's from the time's): the two as one moment.
    The day alone where its line goes on after it or the next line is more than a time; and
    whether the time's line printed its zone."""
    text = _unfolded(line)
    found = [f for f in finder(text, profile) if f.iso == day]
    if not found or text[found[-1].end:].strip(" ,|·•-\u2013\u2014"):
        return day, False
    m = _profile_patterns(profile)[4].match(below.text)
    if not m:
        return day, False
    rest = below.text[m.end():].strip()
    clock = rest.casefold() in merged().clock_words or bool(m.group("ampm") or m.group("zone"))
    # (a stamp's label glued after the time ends it: "08:22Actualizado: 15 oct 2024 -")
    if rest and not clock and not _glued_label_at().match(rest):
        return day, False
    # (an hour in one digit, "2:30", with nothing to make it a clock's, is as often a video's
    # length under its date)
    if not clock and m.end("h") - m.start("h") < 2:
        return day, False
    h, mi = _clock_hour(int(m.group("h")), m.group("ampm")), int(m.group("m"))
    if h > 23:
        return day, False
    y, mo, d = (int(x) for x in day.split("-"))
    zone = m.group("zone")
    printed = bool(_offset(zone) or _region_offset(zone, profile, y, mo, d, h, mi))
    return _iso(y, mo, d, h, mi, 0, True, zone, profile), printed


@lru_cache(maxsize=None)
def _glued_label_at() -> "re.Pattern[str]":
    """A stamp's label opening a text (what a dump glued on after a time)."""
    return rx(_glued_label_rx()) if _stamp_labels() else rx(r"(?!)")


@lru_cache(maxsize=None)
def _stamp_labels(modified: bool = True) -> tuple:
    """The words that label a stamp's date or time: every profile's date connectives of four
    letters or more ("Published", "Actualizado", "Stand"), and its modified-date labels unless
    not `modified`; the longest first."""
    k = merged()
    later = {w.casefold() for w in k.modified_labels}
    words = {w for w in (*k.date_connectives, *(k.modified_labels if modified else ()))
             if len(w) > 3 and (modified or w.casefold() not in later)}
    return tuple(sorted(words, key=longest_first))


def _glued_label_rx() -> str:
    """A stamp's label glued on by a dump after a date or a time, its first letter a capital
    ("2026Updated 12:44", "08:22Actualizado: ..."); not any word ("13 May 2024Business" is a
    related list's item and its section)."""
    return "(?:" + "|".join("(?-i:" + re.escape(w[0].upper()) + ")" + re.escape(w[1:])
                            for w in _stamp_labels()) + r")\b"


@lru_cache(maxsize=None)
def _published_time_rx() -> "re.Pattern[str]":
    """A time of day after a publication label (_stamp_labels that are no modified-date
    labels: "Publicerad 14.14", "Published 9:02")."""
    labels = _stamp_labels(modified=False)
    return rx(r"(?i)\b(?:" + "|".join(re.escape(w) for w in labels)
                      + r")\b:?\s+([0-2]?\d)[:.]([0-5]\d)(?!\d|[.:]\d)")


# the widest offset from UTC a place keeps, in minutes, and the step offsets come in
_MAX_OFFSET = 14 * 60
_OFFSET_STEP = 15


def _as_printed(meta: str, printed: str) -> Optional[str]:
    """The metadata's moment in the offset the page prints it in, when a printed time without
    an offset is that moment to the minute in some offset; None otherwise."""
    if "T" not in printed or _HAS_OFFSET.search(printed) or not _HAS_OFFSET.search(meta):
        return None
    try:
        moment = datetime.fromisoformat(meta)
        shown = datetime.fromisoformat(printed)
    except ValueError:
        return None
    utc = moment.astimezone(timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    minutes = (shown.replace(second=0, microsecond=0) - utc).total_seconds() / 60
    if abs(minutes) > _MAX_OFFSET or minutes % _OFFSET_STEP:
        return None
    return moment.astimezone(timezone(timedelta(minutes=minutes))).isoformat()


def minutes_apart(a: str, b: str) -> float:
    """How many minutes lie between two ISO moments with offsets (infinity if either has
    none or does not read as one)."""
    try:
        x = datetime.fromisoformat(a.replace("Z", "+00:00"))
        y = datetime.fromisoformat(b.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    if x.tzinfo is None or y.tzinfo is None:
        return float("inf")
    return abs((x - y).total_seconds()) / 60


def _swapped(iso: str, other: str) -> bool:
    """`iso`'s day and month are `other`'s month and day (a numeric date read in the wrong
    order: both readings were possible, the metadata tells which one the page meant)."""
    y, m, d = iso[:4], iso[5:7], iso[8:10]
    return m != d and other[:10] == f"{y}-{d}-{m}"


def in_offset_of(iso: str, other: str) -> str:
    """`iso`'s moment told in the offset of `other` ("2016-02-16T02:09:27+00:00" told as
    "2016-02-16T09:09:27+07:00" on a page that prints its times in WIB); `iso` as it is when
    either has no offset."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        zone = datetime.fromisoformat(other.replace("Z", "+00:00")).tzinfo
    except ValueError:
        return iso
    if moment.tzinfo is None or zone is None or moment.utcoffset() == zone.utcoffset(None):
        return iso
    return moment.astimezone(zone).isoformat()


def with_default_offset(iso: Optional[str], profile: Profile) -> Optional[str]:
    """A machine date with a time and no offset gets the offset the page's language assumes
    (WIB for Indonesian pages); others are left as they are."""
    if iso and "T" in iso and not _HAS_OFFSET.search(iso) and not iso.endswith("Z"):
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", iso)
        off = _assumed_offset(profile, *map(int, m.groups())) if m else None
        if off:
            return iso + off
    return iso


def naive_time(iso: Optional[str]) -> bool:
    """A date with a time of day and no offset ("2024-03-04T09:12:00", not "...+01:00" or "...Z")."""
    return iso is not None and "T" in iso and not _HAS_OFFSET.search(iso) and not iso.endswith("Z")


def with_country_offset(iso: Optional[str], country: str) -> Optional[str]:
    """A printed date with a time and no offset, given the offset of the zone its site's
    country keeps (neutral data's country_zones, countries of one zone only); others as they are."""
    zone = merged().country_zones.get(country)
    if zone and iso and naive_time(iso):
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", iso)
        off = _zone_offset(zone, *map(int, m.groups())) if m else None
        if off:
            return iso + off
    return iso


def names_other_zone(text: str, iso: str) -> bool:
    """The text names a place (neutral data's place_zones, "Tenerife") whose offset at the
    moment `iso` is not the one `iso` was given."""
    if not merged().place_zones or not _HAS_OFFSET.search(iso):
        return False
    t = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", iso)
    for m in _place_rx().finditer(text) if t else ():
        zone = merged().place_zones[re.sub(r"\s+", " ", m.group(0)).casefold()]
        if _zone_offset(zone, *map(int, t.groups())) != iso[-6:]:  # type: ignore[union-attr]
            return True
    return False


@lru_cache(maxsize=None)
def _place_rx() -> "re.Pattern[str]":
    """Any place of neutral data's place_zones, as a phrase."""
    return rx(r"(?i)(?<!\w)(?:" + _phrases(tuple(sorted(merged().place_zones, key=longest_first))) + r")(?!\w)")


def strip_leading_timestamp(par: str, profile: Profile) -> str:
    """A date and time glued to the first paragraph ("11/18/19 11:04 PM EST A New York...")."""
    found = find_dates(par[:60], profile)
    if found and found[0].start == 0 and found[0].has_time:
        rest = par[found[0].end:].lstrip(" -–—|:")
        if len(rest.split()) >= 8 and rest[:1].isupper():
            return rest
    return par
