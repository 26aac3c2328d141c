"""Authors and editors of a page: credit lines around the body, a signature after it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import FrozenSet, List, Optional, Pattern, Sequence, Set, Tuple

from newsextract.blocks import BODY, BOILERPLATE, BYLINE, DATE, HEADER, LIST, MENU_JOIN, RELATED, Block, at_least_units
from newsextract.classify import (DATED_NAME_IN_BODY, LIST_ITEM, date_line, is_boilerplate,
                                  name_under_date)
from newsextract.fields.dates import find_dates, update_stamp
from newsextract.fields.byline import (FOOTNOTE_MARK, brand_byline, brand_names, clean_name, section_topic, conjunction_alone, credits_no_person, dated_name,
                                        desk_after_role,
                                        dated_names, glued_label_line, glued_name, glued_title_credit, glued_role, is_team, linked_items, listed_names,
                                        lone_label, name_before_role, names_near_date, one_placed_writer, parse_credit, plain_name, plain_name_word,
                                        caps_name_words, glued_dated_name, glued_tail_name, portrait_name, reading_time,
                                        role_byline, slashed_credit, split_names, unmarked_credit,
                                        without_buttons, without_outlet_name, without_role_phrase)
from newsextract.fields.dateline import city_agency, is_outlet
from newsextract.fields.credit import about_the_writer, agencies_named, writers_note, agency_parts as _agency_parts, signature, signed_person, source_credit, split_trailing_credit
from newsextract.fields.title import match_key
from newsextract.profiles import Profile, domain_rx, merged, merged_for
from newsextract.rxcache import longest_first, rx


@dataclass
class Credits:
    """What the credit lines say: names, an agency signature, and the lines read."""

    authors: List[str] = field(default_factory=list)
    editors: List[str] = field(default_factory=list)
    agency: Optional[str] = None  # a signature that names an agency, not a person
    source: Optional[str] = None  # where the authors were read, for `explain`
    source_is_firm: bool = False  # a name read after a bare label: it names the source outright
    guessed: bool = False  # the authors were read from unlabelled lines only (metadata beats them)
    # a name read on its shape alone (a line of its own, no label, no date) that opens with no
    # given name the profiles know: a writer's as likely as a product's or a subject's
    unknown_given: bool = False
    lines: List[Tuple[int, str]] = field(default_factory=list)  # (block index, why)


_IMAGE_ALT = rx(r"^\[[^\[\]]{1,80}\]$")  # a dump's image placeholder alone on its line


_MENU_ITEMS = 8  # a block folded from more lines than this is a menu, never a byline box
_BOX_GAP = 2  # the lines of one box of writers stand this close (a name, its e-mail, a name)


_OWN_BYLINE_REACH = 3  # the story's byline stands this many lines under its headline at most


def _drop_teasers(out: Credits, by_line: List[Tuple[int, List[str], bool]], start: int, anchor: int,
                  marked: Set[int], blocks: List[Block]) -> None:
    """Three or more lines above the body that each name someone else are the bylines of a
    list of teasers ("By Paolo Ricci · 2 hours ago" under each headline of a section page),
    not the article's: none of them names its author."""
    head = [(j, names) for j, names, _g in by_line if j < start and names]
    if len(head) < 3 or len({n for _j, names in head for n in names}) < len(head):
        return
    if 0 <= anchor and head[0][0] < anchor < head[-1][0] <= anchor + _OWN_BYLINE_REACH \
            and not blocks[anchor].text.endswith((".", "。")):
        # (the teasers' bylines stand above the headline, the story's own right under it: "Most
        # read" / "Flood waters recede" / "By John Roe" / ... / headline / "By Jane Doe"; not
        # under a teaser's blurb taken for the headline on a section's page, a sentence)
        head = [(j, names) for j, names in head if j < anchor]
        if len(head) < 2:
            return
    if all(b - a <= _BOX_GAP and all(" " not in blocks[k].text.strip() for k in range(a + 1, b))
           for (a, _n), (b, _m) in zip(head, head[1:], strict=False)):
        return  # a box of the writers' lines, each with its e-mail under it, not teasers (whose
        # headlines stand between their bylines)
    drop = {n for _j, names in head for n in names}
    out.authors = [n for n in out.authors if n not in drop]
    lines = {j for j, _names in head}
    out.lines = [(j, why) for j, why in out.lines if j not in lines]
    marked -= lines
    if out.source and int(out.source.split()[-1]) in lines:
        out.source = None


def _agency(text: str) -> bool:
    """A line that only names a news agency ("Associated Press", "The Associated Press")."""
    low = text.strip().lower()
    low = low[4:] if low.startswith("the ") else low
    return low in merged().agencies


def _agencies_byline(text: str) -> Optional[str]:
    """A byline that names news agencies only, after its label ("BY AP AND REUTERS", "Von dpa
    und AFP", "Por EFE y AFP"): the agencies as printed (a credit: an agency is no author), or
    None. Two agencies and more: one alone after a label is parse_credit's to weigh."""
    line = text.strip()
    m = _author_label_rx().match(line)
    rest = line[m.end():] if m else ""
    named = agencies_named(rest) if rest else None
    return named if named and len(_agency_parts(named)) > 1 else None


def _byline_source(text: str) -> Optional[str]:
    """The agencies a byline's closing phrase credits, after its label and names ("Par Marie
    Dupont avec AFP", "Por Ana Silva com Lusa"): the source-credit phrase of any language that
    joins them to the names, its agencies alone after it; or None."""
    line = text.strip()
    m = _author_label_rx().match(line)
    rest = line[m.end():] if m else ""
    low = rest.casefold()
    for phrase in merged().source_credits:
        at = low.rfind(" " + phrase + " ") if not phrase.endswith((":", "'")) else -1
        if at > 0:
            named = source_credit(rest[at + 1:], merged())
            if named:
                return named
    return None


@lru_cache(maxsize=None)
def _author_label_rx() -> "re.Pattern[str]":
    """Any language's author label opening a line, with its colon and the space after it."""
    labels = sorted(merged().author_labels, key=longest_first)
    return rx(r"(?i:" + "|".join(map(re.escape, labels)) + r")\s*:?\s+")


def _labelled(text: str) -> bool:
    """A credit line with a label and a colon ("Editor: X", "Pewarta : X")."""
    return ":" in text[:40]


@lru_cache(maxsize=None)
def _other_fields_rx() -> Pattern[str]:
    """Any profile's labels of a book's or a product's fields (profile key box_field_labels),
    capitalised as a label is ("Verlag", "ISBN"; not the word in a sentence, "tahun lalu")."""
    return rx("(?:" + "|".join(re.escape(w[:1].upper()) + "(?i:" + re.escape(w[1:]) + ")"
                               for w in sorted(merged().box_field_labels, key=longest_first)) + ")")


def _glued_credit_after_text(blocks: List[Block], j: int, end: int) -> bool:
    """Block j is one of the two blocks just after the text's last paragraph ("Pewarta" and
    "Editor" glued to their names under an Antara story), with no other field's label in it
    or its neighbours (a book's or a product's box: "Verlag", "ISBN", "Harga")."""
    if not end <= j <= end + 1 or j == 0 or blocks[end - 1].label != BODY or blocks[j].bullet:
        return False
    first = blocks[end].text.strip()
    if not glued_title_credit(first) or first[:first.find(" ")].rstrip(":").casefold().startswith(
            tuple(w for w in merged().editor_labels if len(w) >= 4)):
        # (a writer's credit first, the editor's after it, as Antara prints them: an aside's
        # "EditorLetters Page" / "ReporterNotebook Archive" opens with the editor)
        return False
    if any(not glued_title_credit(blocks[i].text) for i in range(end, j + 1)):
        # (the credits stand alone right under the text: a newsletter's "EditorJane Doe" then
        # "Sign up for ...", or a list's items, are no story's credit)
        return False
    if j + 1 < len(blocks) and not glued_title_credit(blocks[j + 1].text) and len(blocks[j + 1].text.split()) >= 6:
        return False
    return not _other_fields_near(blocks, j, end)


def _other_fields_near(blocks: List[Block], j: int, first: int = 0) -> bool:
    """Block j or a block beside it prints another field's label ("Verlag", "ISBN", "Harga"):
    a book's or a product's box, whose "Autor" names the book's author."""
    return any(_other_fields_rx().search(blocks[i].text) for i in range(max(first, j - 1), min(len(blocks), j + 2)))


def _after_teaser(blocks: List[Block], j: int) -> bool:
    """The block just above j is a related article's title or a related heading."""
    return j > 0 and blocks[j - 1].label == RELATED


def _under_list(blocks: List[Block], j: int) -> bool:
    """The block just above j is a list's heading or item ("Meistgelesen", "Most read" and a
    story's title under it)."""
    if not (j > 0 and blocks[j].label == LIST and blocks[j].reason == LIST_ITEM and
            blocks[j - 1].label == LIST and blocks[j - 1].reason == LIST_ITEM):
        return False
    # (teasers repeat their shape: in a list of two stories and more, another item names its
    # writer too; an author box under the list's last story is the page's)
    items = []
    k = j - 1
    while k >= 0 and blocks[k].label == LIST and blocks[k].reason == LIST_ITEM:
        items.append(blocks[k])
        k -= 1
    return len(items) < 2 or any(_byline_word().match(b.text) for b in items[1:])


def _below_related(blocks: List[Block], end: int, j: int) -> bool:
    """Block j stands in a related list after the text: under the list's heading with its
    items between ("Mehr zum Thema" / a story's title / its date / "Von X"), what follows is
    the related stories' (their titles, their bylines). Furniture ends the list, a share bar,
    an ad's marker ("Anzeige", "Publicidad"), an update's stamp ("Updated May 14, 2025") or a
    writer box's heading ("Über den Autor", "About the author"): a byline under it is the
    page's again. A one-line read-also label ("Lesen Sie auch: ...",
    "See also: ...") opens no list: it names one story, with no byline of its own under it;
    a bare date does not end one, though a dump's date alone is read as furniture (a teaser
    prints its date under its title)."""
    for k in range(j - 1, max(end, 0) - 1, -1):
        b = blocks[k]
        if b.label == RELATED and b.reason == "related heading":
            return k + 1 < j  # (the heading with no item under it: _after_teaser's)
        if update_stamp(b.text) or b.label == BOILERPLATE and not date_line(b.text) or _box_heading(b.text):
            return False
    return False


@lru_cache(maxsize=None)
def _byline_word() -> "re.Pattern[str]":
    """A line opened by a one-word byline label of any profile ("By", "Von", "Oleh")."""
    k = merged()
    words = sorted({w for w in (*k.bare_labels, *k.own_author_labels) if " " not in w and w.isalpha()},
                   key=longest_first)
    return rx(r"^\W{0,3}(?:" + "|".join(map(re.escape, words)) + r")\s+\S", re.I)


def without_outlet(names: List[str], site: Optional[str]) -> List[str]:
    """The names that are not the outlet's own ("Lesotho Times", "Der Postillon", "MDR
    Thüringen" on mdr's pages): an outlet credited as author is no person."""
    if not site:
        return names
    key = match_key(site)
    tokens = key.split()
    if not tokens:
        return names
    out = []
    for n in names:
        k = match_key(n)
        same = k == key or k.replace(" ", "") == key.replace(" ", "")
        if not same and len(tokens) == 1 and len(key) >= 3:
            same = k.split()[:1] == tokens  # the outlet's one-word name opens the credit
        if not same:
            out.append(n)
    return out


def without_desks(names: List[str], outlets: Sequence[Optional[str]] = ()) -> List[str]:
    """The names that are not an outlet's desk ("CNBC INDONESIA RESEARCH", "Kompas Media",
    "Reuters Staff" printed as "Example News Desk"): an outlet's name (a known outlet's, or the
    page's) and a publisher's word after it credit the outlet, no person (FIELD-GUIDE: an
    agency or a desk alone is a credit, not an author)."""
    k = merged()
    keys = {match_key(o) for o in outlets if o}
    out = []
    for n in names:
        words = n.split()
        head = " ".join(words[:-1])
        desk = len(words) >= 2 and words[-1].casefold() in k.publisher_words and (
            head.casefold() in k.outlets or match_key(head) in keys)
        if not desk:
            out.append(n)
    return out


def without_teams(names: List[str]) -> List[str]:
    """A team's or a desk's credit ("Tim Cek Fakta", "Tim Redaksi") is kept as printed only
    where no person is named (FIELD-GUIDE): a desk over the text and "(Ditulis oleh X)" under
    it give X."""
    people = [n for n in names if not is_team(n, merged())]
    return people or names


def without_glued_connective(names: List[str]) -> List[str]:
    """A name read with the word after it glued on ("Arny Christika Putrion" from "Putri" and
    "on 16 Feb" run together, beside "Arny Christika Putri" read elsewhere): when the name
    with a date connective (any language's: a byline's words are often not the text's) taken
    off its end is found too, that name stands in its place."""
    if len(names) < 2:
        return names
    keys = {n.casefold(): n for n in names}
    out: List[str] = []
    for n in names:
        k = n.casefold()
        short = next((keys[k[:-len(c)]] for c in merged().date_connectives
                      if len(c) >= 2 and k.endswith(c) and k[:-len(c)] in keys), None)
        add_names(out, [short or n])
    return out


@lru_cache(maxsize=None)
def _credit_profile(profile: Profile) -> Profile:
    """Every language's credit labels, and the page language's own ones that are other
    languages' common words (Italian "di"); one-word names where the page's language has them
    ("Penulis Andi Wijaya, Sutrisno")."""
    # (the page's language's code kept: its own labels, see byline._page_labels)
    base = replace(merged(), mononyms=profile.mononyms, code=profile.code)
    if not profile.own_author_labels:
        return base
    own = profile.own_author_labels
    return replace(base, author_labels=merged().author_labels + own,
                   bare_labels=merged().bare_labels | frozenset(own))


def add_names(target: List[str], names: List[str]) -> None:
    """Append the names not already in target."""
    for n in names:
        if n not in target:
            target.append(n)


_CLOSING_TAG_CHARS = 60  # (a writer's name and the outlet's tag under the text: a short line)
# an outlet's tag printed in camel case ("detikNews", "okezoneNews")
_CAMEL_TAG = rx(r"^[a-z]+[A-Z]\w*$")


def _outlet_tag(tag: str, outlets: Sequence[str]) -> bool:
    """The tag after a closing "Name - Tag" line names the page's outlet: a domain
    ("Kompas.com"), a camel-case tag ("detikNews"), an outlet the profiles know ("Okezone")
    or the publisher the page's metadata names; never an agency (a photo's credit, "Lionel
    Messi - Reuters"), a section ("Nasional"), a network ("Twitter") or a button's words."""
    t = tag.strip()
    low = t.casefold()
    k = merged()
    if not t or low in k.agencies or low in k.photo_agencies:
        return False
    if domain_rx().search(t) or _CAMEL_TAG.match(t) or low in k.outlets:
        return True
    return any(low == o.casefold() or low == o.casefold().replace(" ", "") for o in outlets if o)


@lru_cache(maxsize=None)
def _button_words() -> FrozenSet[str]:
    """Words that open a button's or a link's label in some language ("Baca Selengkapnya",
    "Read More", "Kirim Komentar"): the first words of the labels of links to other stories and
    of furniture lines, of four letters and more (shorter ones are names too: "Lee", "Les")."""
    k = merged()
    firsts = (x.split()[0].strip(":").casefold() for lst in (k.related_labels, k.related_headings,
                                                             k.boilerplate_prefixes) for x in lst if x.split())
    return frozenset(w for w in firsts if len(w) >= 4 and w.isalpha())
# a dump's name alone in the head is a byline when a date or an age stands this many lines
# from it at most
_NAME_DATE_REACH = 3
_LIST_ITEM_WORDS = 6  # (a name over items of this many words heads a list)
_TEXT_LINE_CHARS = 120  # a paragraph of the text is longer (where a desk tag's words recur)


def find_credits(blocks: List[Block], anchor: int, start: int, end: int, profile: Profile,
                 have_authors: bool, date_index: int = -1, dump: bool = False,
                 outlets: Sequence[str] = ()) -> Credits:
    """Credit lines in a window around the headline and after the body, and a signature in
    capitals just after the body when no credit line names anyone.

    anchor: the headline's block (or the body's start); have_authors: the body's end already
    named an author; date_index: the block the date was read from (never a signature); dump:
    the blocks are a text dump's; outlets: the names the page's metadata gives its publisher.
    """
    names_k = merged_for(profile)  # (every language's names, the page's titles)
    head_end = max(0, min(anchor, start) - 8)  # (the lines above it: see _far_byline)
    window = list(range(head_end, min(len(blocks), start + 2)))
    # credit lines inside the body span (e.g. "Editor: X" that the run swallowed); in a dump
    # read before those after the body: a byline under the date the run took in is the
    # article's, a "By X" after the text a teaser's (a page's markup sets its bylines apart,
    # and the lines its body span holds are more often the text's own "von der X")
    inside = [b.index for b in blocks[start:end] if b.label != BODY]
    after = list(range(end, min(len(blocks), end + 25)))
    window += inside + after if dump else after + inside
    out = Credits()
    marked: Set[int] = set()
    by_line: List[Tuple[int, List[str], bool]] = []  # (block, names, guessed) of each credit line
    wire_at: Optional[int] = None  # the block of a listed city and an agency ("New Delhi | PTI")
    expect_name = expect_editor = loose_label = False
    outlet_byline = False  # a byline under the headline credits the outlet, no person
    lone: Optional[Tuple[int, List[str]]] = None  # a dump's names alone in the head, a date near
    seen: Set[int] = set()
    for j in window:
        if j in seen:
            continue
        seen.add(j)
        b = blocks[j]
        if b.label == BODY:
            continue
        if expect_name:
            expect_name = False
            # (the name's line may print its own label: "Author of the article:", "By Jane Doe")
            # (or glued to its role by a dump: "Nicole OpitzRedakteurin")
            glued = glued_name(b.text, merged()) if dump else None
            a = [glued] if glued else \
                parse_credit(b.text, merged())[0] or split_names(b.text.strip(), merged())
            if loose_label:
                # (after a label with no colon, only names in full: "Redaktion" then
                # "Kategorien" in a menu names no one)
                a = [n for n in a if len(n.split()) >= 2]
            if expect_editor:
                add_names(out.editors, a)
                if a and not _labelled(b.text):
                    # ("Editor" / "Dewi Lestari" on lines of one block: the editor's name is
                    # read, and not read again below as a writer's name alone near the date; a line
                    # with its own labelled credit, "Dewi Lestari | Penulis: Budi Santoso", is read
                    # on below for the writer)
                    continue
                a = []
            if a:
                more, used = _conjoined_names(blocks, j, profile)
                add_names(a, more)
                seen.update(used)
                marked.update(used)
                add_names(out.authors, a)
                out.lines.append((j, "name after a bare byline label"))
                marked.add(j)
                out.source, out.source_is_firm = f"block {j}", True
                continue
        if out.authors and b.text[:1].islower() and not _labelled(b.text) and \
                _goes_on_from_above(blocks, j, anchor):
            # once a byline named the authors, "von Hafenstadt Rovers" under "Es war schon das
            # zwölfte Spiel in der zweiten Liga": a sentence a dump broke at a link, the
            # label's word its own
            continue
        found_any = False
        # credit labels of every language apply: Indonesian pages print "By" and "Editor" too
        # (of a menu folded into one block, its first item only: a byline box folded with its
        # share buttons opens with the byline, "By Aaron Kliegman · | Fox News · Facebook ·
        # ...", where a menu's later items may read as one, "... · Door Dash · Walmart")
        a, e, label_only = parse_credit(b.text if b.items <= _MENU_ITEMS else b.text.split(" · ", 1)[0],
                                        _credit_profile(profile))
        if (a or e) and any(glued_title_credit(x) for x in b.text.split(MENU_JOIN)) and not (
                anchor < j <= start and not (a and out.authors) and not (e and out.editors)
                and not _other_fields_near(blocks, j) or _glued_credit_after_text(blocks, j, end)):
            # (a label's span glued to a name's is read in the byline's place only, under the
            # headline before the text and before any byline, or as the credit just after the
            # text's last paragraph: a kicker's "ReporterTanpa Batas" above the headline, a
            # book's box "AutorMax Frisch" / "VerlagSuhrkamp", an aside's "EditorLetters Page",
            # a team list or a newsletter's "EditorJane Doe" name no one)
            a, e = [], []
        if a and out.authors and glued_label_line(b.text):
            # (a second credit read only from a label glued to its words, once a byline named
            # the writers: a box's "WartawanMuda Berprestasi", a phrase, not another writer)
            a = []
        if a and not _labelled(b.text) and (
                (j > start and out.authors) or (start < j and _after_teaser(blocks, j))
                or (end <= j and (_under_list(blocks, j) or _below_related(blocks, end, j)))
                or (start < j < end and _login_line(b.text))):
            # "Von X" / "By X" inside or below the body, once the head named the authors, or
            # under a related article's title, or below the text under a list's heading or
            # item ("Most read", "Meistgelesen"), or anywhere below a related list's heading or
            # item after the text ("Mehr zum Thema" / a title / "Von X"): the bylines of
            # teasers, not of this one; and
            # a login's line below the body's start ("Posted by X on Sunday, ..."), an
            # embedded post's, which names the post's writer
            a = []
        if not a and not e and not label_only and anchor < j < start and not b.caption and not b.quote \
                and not _under_quote(blocks, j, anchor):
            # "By Jane Doe in Kyiv": one writer and the place filed from, in the byline's place
            # only (a quote's signature, "By Mark Twain in London", or a caption's is none)
            one = one_placed_writer(b.text, _credit_profile(profile))
            a = [one] if one else []
        if a or e:
            add_names(out.authors, a)
            add_names(out.editors, e)
            by_line.append((j, list(a), False))
            found_any = True
        expect_name, expect_editor, loose_label = label_only, False, False
        if not found_any and not label_only:
            # "Penulis" or "Editor :" alone, the name on the next line (a label with no colon
            # only in the head: below the body, "By" alone heads the teasers' bylines)
            kind = lone_label(b.text, merged())
            loose_label = True  # (names in full only: "Redaktion:" then "E-Mail" names no one)
            listed = _listed_under(blocks, j, profile) if kind == "author" and dump and \
                j < start + 2 and not out.authors else []
            if listed:
                # (a bare "By" over the writers as a list, which may stand under the standfirst
                # the run opened with)
                add_names(out.authors, listed)
                out.lines.append((j + 1, "names listed under a bare byline label"))
                marked.add(j + 1)
                out.source, out.source_is_firm = f"block {j + 1}", True
                continue
            # (an author's label after a name is the name's role: "Ryan Reed" / "Reporter")
            # (or a dump's author box after the text: the label, the name, the name's role,
            # "Kommentar von" / "Nicole Opitz" / "Redakteurin", the role maybe glued to the name)
            if kind and (j < start or ":" in b.text or "：" in b.text or
                         (dump and kind == "author" and (_role_under_name(blocks, j) or (
                             j + 1 < len(blocks) and glued_role(blocks[j + 1].text))))) and \
                    not (kind == "author" and out.authors):
                expect_name, expect_editor = True, kind == "editor"
                continue
        if not found_any and not label_only and anchor < j < start and credits_no_person(b.text, profile):
            # "Par Les Echos", "By The Guardian" under the headline: the byline credits the
            # outlet, no person; no name alone elsewhere in the head is guessed for it ("Dow
            # Jones" in a ticker over the headline)
            outlet_byline = True
        sourced = _byline_source(b.text) if anchor < j < start and out.agency is None else None
        if sourced:
            # "Par Marie Dupont avec AFP", "Par Le Figaro avec AFP": the agencies the byline
            # says the story draws on (the names before them, if any, read above)
            out.agency = sourced
            out.lines.append((j, "agency credit after the byline's names"))
        agencies = _agencies_byline(b.text) if not found_any and anchor < j < start and out.agency is None else None
        if agencies:
            # "BY AP AND REUTERS" under the headline: the agencies the story is credited to
            out.agency = agencies
            out.lines.append((j, "agency credit"))
            marked.add(j)
            continue
        if not found_any and anchor < j < start:
            role_name = role_byline(b.text, merged())
            a = unmarked_credit(b.text, merged()) or slashed_credit(b.text, merged()) or \
                ([role_name] if role_name else []) or \
                ([b.text.strip()] if is_team(b.text.strip(), profile) else [])
            if a:
                add_names(out.authors, a)
                by_line.append((j, list(a), False))
                found_any = True
        elif not found_any and start < j < end and b.label == HEADER:
            # (the names under a standfirst that the run took in: "…accuse chiefs …", then
            # "Mathatisi Sebusi/Mohalenyane Phakela", then the first paragraph)
            a = slashed_credit(b.text, merged())
            if a:
                add_names(out.authors, a)
                by_line.append((j, list(a), False))
                found_any = True
        wire = city_agency(b.text) if not found_any and j < start and out.agency is None else None
        if not found_any and j < start and out.agency is None and len(b.text) < 40 and \
                (_agency(b.text) or wire):
            # "Associated Press" alone under the byline: a credit (or after the place it is
            # filed from, "New Delhi | PTI")
            out.agency = wire or b.text.strip()
            wire_at = j if wire else wire_at
            out.lines.append((j, "agency credit"))
            marked.add(j)
            continue
        if not found_any and b.label == BYLINE and b.reason == DATED_NAME_IN_BODY:
            name = dated_name(b.text, "", names_k, context=_story_opening(blocks, anchor, start, end)) or \
                name_under_date(blocks, j) or glued_dated_name(
                    b.text, names_k, _lines_around(blocks, j, anchor, _NAME_DATE_REACH, own=False), b.caption)
            if name:
                add_names(out.authors, [name])
                by_line.append((j, [name], False))
                found_any = True
        if not found_any and (j < start or anchor < j <= start + 1):
            # ("X, Y - detikNews": two writers; but a teaser's link, its outlet's tag inside
            # the link, "Harga Cabai Naik, Pedagang Mengeluh - detikFinance", names no one)
            # (a name and its outlet after a comma in or under a photo's caption credit the
            # photo: "Petugas menambal jalan." / "Agus Salim, Kompas.com")
            by_photo = b.caption or b.tag in _FIGURE_TAGS or j > 0 and blocks[j - 1].caption
            # (or below a byline that named the writers already: "Sam Lee, The New York Times"
            # under a photo's caption the dump did not mark, between the byline and the text)
            # (a "Name, Outlet" line right under one of the same shape is a co-author's; under
            # a plain byline, a photo's credit)
            by_photo = by_photo or bool(out.authors and by_line) and (
                by_line[-1][0] < j - 1 or by_line[-1][0] == j - 1 and "," not in blocks[j - 1].text)
            branded = brand_names(b.text, profile, not by_photo) if not _teaser_link(b, blocks, j) else []
            if len(branded) > 1 and (j < anchor and "," in b.text or _in_headline(branded, blocks, anchor) or
                                     _common_words(branded, blocks, start, end)):
                branded = []  # a page's title and the outlet ("Pasar Induk Terbakar, Pedagang
                # Berhamburan Keluar - Kompas.com"), its parts read as names: parted by a comma
                # above the headline (a byline stands under it), the headline's own words, or words the text prints
                # in small letters ("Harga Cabai Naik": the body's "harga cabai naik")
            if len(branded) == 1 and section_topic(b.text, branded[0], _headline_and_text(blocks, anchor)):
                branded = []  # "Sport - Real Madrid, AFP": the story's topic after its section
            name = branded[0] if branded else None
            guessed = False
            if not name and j > anchor and not any(n and not g for _j, n, g in by_line):
                # (not once a labelled credit line named the writers: "Written by X" over
                # "New Delhi | Updated: DATE", the place the story was filed from)
                # (the line right above the body may stand under its date: "May 14, 2025",
                # then "Mohloai Mpesi"; the line under the lead, over its date: "Fatma Sevinç
                # Çetin", then "20 Nisan 2026")
                # (a dump's image placeholder may stand between: "[photo-980x593]")
                k = j - 1
                while j == start - 1 and k - 1 > anchor and _IMAGE_ALT.match(blocks[k].text):
                    k -= 1
                above = blocks[k].text if j == start - 1 and k > anchor else ""
                names = dated_names(b.text, blocks[j + 1].text if j + 1 < len(blocks) else "",
                                    names_k, above, _story_opening(blocks, anchor, start, end))
                if len(names) == 1 and j - 1 > anchor and desk_after_role(b.text.strip(), names[0], blocks[j - 1].text, names_k):
                    names = []  # a role's desk under the writer's name ("Lucía Fernández" / "Redactora de Economía")
                name = names[0] if names else None
                if name and name in blocks[j - 1].text and \
                        len(blocks[j - 1].text.split()) > len(name.split()) + 2:
                    # the person a caption above names, under it as the photo's credit ("Emma
                    # Jayne after she had surgery." / "Emma Jayne"), is the story's subject
                    name, names = None, []
                guessed = bool(name)
            # (a dump may print the box's links between the name and its role: "Kevin Liu",
            # "Email Me", "Follow", "Staff Writer"; or glue them to the name)
            r = j + 1
            while not name and r < min(len(blocks), j + 1 + _BOX_LINK_LINES) and _links_line(blocks[r].text):
                r += 1
            role = blocks[r].text.strip().casefold() if not name and j != anchor and \
                r < len(blocks) and len(blocks[r].text) < 30 else ""
            if role in profile.byline_suffixes:
                # "Dewi Kania" over a line "Jurnalis" (not the headline over "Staff")
                name = brand_byline(b.text + " / " + blocks[r].text.strip(), profile)
            elif _role_line(role) and plain_name(without_buttons(b.text.strip(), names_k), names_k):
                # an author box's name over its role alone, any language's ("Tania
                # Broughton" / "Journalist")
                name = clean_name(without_buttons(b.text.strip(), names_k), names_k)
            if name:
                names = names if guessed else branded if branded and name == branded[0] else [name]
                add_names(out.authors, names)
                by_line.append((j, list(names), guessed))
                found_any = True
        if not found_any and dump and lone is None and anchor < j < start and not b.heading:
            lone = _lone_name(blocks, j, anchor)  # (a heading, "## Information Hinweis", names no one)
            if lone is not None:
                lone = _more_role_lines(blocks, lone, anchor, start)
            if lone is None and 1 < b.items:
                lone = _name_in_box(b, blocks[j + 1].text if j + 1 < len(blocks) else "")
        if found_any and out.authors:
            more, used = _conjoined_names(blocks, j, profile)
            add_names(out.authors, more)
            seen.update(used)
            marked.update(used)
        if found_any:
            out.lines.append((j, "credit line"))
            marked.add(j)
            if out.source is None:
                out.source = f"block {j}"
    _drop_teasers(out, by_line, start, anchor, marked, blocks)
    if dump and not out.authors and not have_authors and head_end > 0 and not outlet_byline:
        far = _far_byline(blocks, head_end, _credit_profile(profile))
        if far:
            add_names(out.authors, far[1])
            by_line.append((far[0], list(far[1]), False))
            out.lines.append((far[0], "the head's one labelled credit line, above the headline read"))
            marked.add(far[0])
            out.source = out.source or f"block {far[0]}"
    out.authors = without_teams(out.authors)
    out.authors = _without_photographers(out.authors, by_line, blocks)
    named = [g for _j, names, g in by_line if names]
    # (names after a bare label are not in by_line: with any of them, nothing is a guess)
    out.guessed = bool(named) and all(named) and out.source_is_firm is False
    # "(With inputs from PTI)" standing alone just after the text
    for b in blocks[end:end + 2]:
        if out.agency is None and b.label in ("", HEADER) and b.text[:1] == "(" and b.text.endswith(")"):
            inner = b.text[1:-1].strip().lower()
            if inner.startswith(merged().credit_phrases) or inner in merged().agencies:
                out.agency = split_trailing_credit(b.text, merged())[1]
        if out.agency is None and b.label in ("", HEADER):
            # "Mit Material von dpa und AFP", "(dpa/AFP)", "(avec AFP)": the agencies' credit
            out.agency = source_credit(b.text, merged())
    # a signature in capitals just after the body ("DINI TEJA")
    for j in range(end, min(len(blocks), end + 3)):
        if out.authors or have_authors:
            break
        b = blocks[j]
        free = b.label in ("", HEADER) and j not in marked and not (j == date_index and not b.label)
        if free and not is_boilerplate(b.text):
            who, agency = signature(b.text, profile)
            if who and not signed_person(who, profile):
                break  # (a desk's signature, "ESPORTS NEWS", closes the text: no writer's)
            # (the tag an outlet's name: "Name - twitter" is an author box's link, "Lionel
            # Messi - Reuters" a photo's credit, "Kategori Berita - Nasional" a section's)
            tagged = brand_byline(b.text, profile) if not (who or agency) and \
                len(b.text) < _CLOSING_TAG_CHARS and \
                _outlet_tag(re.split(r"\s[-–]\s", b.text)[-1], outlets) and \
                b.text.split()[0].casefold() not in _button_words() else None
            if tagged:
                # "Nurul Arifin - Okezone" closing the text: the writer and the outlet's tag
                add_names(out.authors, [tagged])
                out.lines.append((j, "the writer and the outlet's tag after the body"))
                break
            if who:
                add_names(out.authors, [who])
                out.lines.append((j, "signature in capitals after the body"))
            elif agency:
                out.agency = agency
            if who or agency:
                break
    boxed = _writer_box_after(blocks, end, profile, marked) if not out.authors and not have_authors \
        and not outlet_byline else None
    if boxed and _printed_in_story(boxed[1], blocks, anchor, start, end):
        boxed = None  # (a box on the person the story is about: a reviewed book's author)
    if boxed is not None:
        add_names(out.authors, boxed[1])
        out.lines.append((boxed[0], "the writer's box after the text"))
        out.source = out.source or f"block {boxed[0]}"
    if dump and lone is None and not out.authors and not have_authors:
        lone = _name_alone(blocks, anchor, start, end)
    if lone and not out.authors and not have_authors and not outlet_byline:
        # (a dump prints a byline box's lines apart: "Duncan Walker" under "1 day ago" and
        # "Share"; "Nicole Opitz" over the lead and its date line): the name is a guess, taken
        # only when no line names anyone
        add_names(out.authors, lone[1])
        out.unknown_given = not all(given_name(n) for n in lone[1])
        out.lines.append((lone[0], "a name alone in the head, a date near it"))
        out.source = out.source or f"block {lone[0]}"
        out.guessed = True
    if dump and not out.authors and not have_authors and not outlet_byline:
        opening = _byline_in_opening(blocks, anchor, start, end, profile)
        if opening:
            add_names(out.authors, opening[1])
            out.lines.append((opening[0], "a byline line among the text's first lines"))
            out.source = out.source or f"block {opening[0]}"
    if wire_at is not None and wire_at != date_index and out.authors and out.agency == city_agency(blocks[wire_at].text):
        # ("Jakarta - Antara" over "Rina Marlina" and the date: a photo's credit above the
        # byline, where the city and the agency alone on a line are the byline only when no
        # writer is named; null rather than a picture's source as the story's credit)
        out.agency = None
        out.lines.remove((wire_at, "agency credit"))
    return out


_QUOTE_OPENERS = ('"', "“", "„", "«", "»", "‘", "'", ">")
_QUOTE_CLOSERS = ('"', "”", "“", "»", "«", "’", "'")


def _under_quote(blocks: List[Block], j: int, anchor: int) -> bool:
    """The line above, under the headline, is a quotation (opens or closes on a quotation mark,
    or is a markdown quote's "> ..."), or this line is one: a line under it is the quote's
    signature, no byline."""
    above = blocks[j - 1].text.strip() if j - 1 > anchor else ""
    return blocks[j].text.lstrip().startswith(">") or bool(above) and (
        above.startswith(_QUOTE_OPENERS) or above.rstrip(".").endswith(_QUOTE_CLOSERS)
        or blocks[j - 1].quote)


_WRITER_BOX_REACH = 8  # a box about the writer stands this many lines under the text at most
_BOX_TRIM = " :»›→>|·-–—"


def _writer_box_after(blocks: List[Block], end: int, profile: Profile,
                      marked: Set[int]) -> Optional[Tuple[int, List[str]]]:
    """The writer a box after the text names, when no byline did: a link to the writer's other
    articles with the name ("Mehr von Jana Müller", "More by Jane Doe"), the name alone over the
    box's note that names the same person in a writer's role ("Jane Doe" / "Jane Doe is a
    transport correspondent."), or a writer-box heading over the name and a journalist's role
    ("About the author" / "Jane Doe" / "Senior Reporter"). A name alone after the text is no
    writer by itself (a caption's subject, a quote's speaker, a comment's poster, a list's
    person, a name under "Über den Autor" in a book's review). The box stands among the first
    lines under the text, before any list's heading ("Most read") whose items' writers are
    other stories'; a dump may fold its few lines into one block ("About the author · Jane Doe
    · Senior Reporter")."""
    names_k = merged_for(profile)
    k = merged()
    lines: List[Tuple[int, str]] = []
    for j in range(end, min(len(blocks), end + _WRITER_BOX_REACH)):
        b = blocks[j]
        if j in marked or b.label == BODY or b.caption or b.items > _BOX_ITEMS:
            continue
        if b.items == 1 and b.label in (RELATED, LIST) and not _more_by(b.text, names_k):
            break  # (a list's heading: the lines under it are its teasers')
        for t in (b.text.split(" · ") if b.items > 1 else [b.text]):
            if lines and lines[-1][1].strip("[]") == t.strip():
                lines.pop()  # (a portrait's alt text, the name printed over the name)
            lines.append((j, t.strip()))
    for i, (j, text) in enumerate(lines):
        low = text.casefold().rstrip(" :")
        if low in k.list_headings or low in k.related_headings:
            return None
        name = _more_by(text, names_k)
        if name and (_of_articles(low) or any(t.strip(_BOX_TRIM) == name for _, t in lines[max(0, i - 2):i])):
            # ("Mehr von X", "Más de X", "More by X" head a topic's, an artist's or a club's
            # links too: a bare label counts only under the name printed alone in the box,
            # unless it says the links are articles, "Mehr Artikel von", "More stories by")
            return j, [name]
        below = lines[i + 1][1] if i + 1 < len(lines) else ""
        if low in k.writer_box_headings and i + 2 < len(lines):
            # (a name alone under the heading may be a reviewed book's author's)
            name = _boxed_name(below, names_k)
            role = lines[i + 2][1].casefold()
            if name and _role_line(role) and not set(role.split()) & _picture_words() \
                    and not _bygone_role(role):
                return lines[i + 1][0], [name]
        # (the name over its note only as the box's first line or under a writer box's heading:
        # "Meet our team", "3 comments", "Letters", a podcast's box or a photo's credit above
        # it head someone else's note; and only with the writer's present job, not "a former
        # reporter", "a spokesperson and former journalist", "was a reporter ...; she died")
        name = _boxed_name(text, names_k) if i == 0 or lines[i - 1][1].casefold().strip(_BOX_TRIM) \
            in k.writer_box_headings else None
        if name and below.startswith(name + " ") and not _bygone_role(below) and (
                writers_note(below, profile) or about_the_writer(below, [name], profile) and _writes(below)):
            return j, [name]
        if i and _box_heading(lines[i - 1][1]):
            # (a writer box's heading over its note, the name opening it in bold, the name's
            # node and the note's one line: "Über die Autorin" / "Anna Muster ist Redakteurin
            # im Politikressort."; a journalist's role in its first sentence, not a reviewed
            # book's author's box, "Max Frisch war ein Schweizer Schriftsteller")
            name = _note_opening_name(text, names_k)
            if name and not _bygone_role(text) and _writes(text) and not _surname_in_text(name, blocks, end):
                return j, [name]
    return None


def _surname_in_text(name: str, blocks: List[Block], end: int) -> bool:
    """The text before `end` prints the name's surname: the box is about a person the story
    is about (a reviewed book's author, "Das Buch von Emcke"), no writer's."""
    surname = name.split()[-1].casefold()
    return any(surname in re.findall(r"\w+", b.text.casefold()) for b in blocks[:end] if b.label == BODY)


def _box_heading(text: str) -> bool:
    """A writer box's heading ("Über die Autorin", "À propos de l’auteure")."""
    return text.casefold().replace("’", "'").strip(_BOX_TRIM) in merged().writer_box_headings


_NOTE_NAME_WORDS = (4, 3, 2)  # the words of a name that opens a writer's note, longest first


def _note_opening_name(text: str, profile: Profile) -> Optional[str]:
    """The name a writer's note opens with, a linking word in small letters after it ("Anna
    Muster ist ...", "Claire Dubois est ...", "Rina Marlina adalah ..."), or None."""
    words = text.split()
    for n in _NOTE_NAME_WORDS:
        if len(words) > n and words[n][:1].islower() and words[n].isalpha():
            name = _boxed_name(" ".join(words[:n]), profile)
            if name == " ".join(words[:n]):
                return name
    return None


def _of_articles(low: str) -> bool:
    """A writer's label that names the links as articles ("alle artikel von"; profile key
    article_words, every language's)."""
    return not merged().article_words.isdisjoint(re.findall(r"[^\W\d_]+", low)[:5])


def _bygone_role(note: str) -> bool:
    """A note's first sentence puts the role in the past or gives another job ("a former
    reporter", "was a reporter", "a spokesperson and former journalist", "a retired editor";
    profile key bygone_role_words, every language's)."""
    first = re.split(r"(?<=[.!?;])\s", note, maxsplit=1)[0]
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", first)}
    return not words.isdisjoint(merged().bygone_role_words)


def _more_by(text: str, profile: Profile) -> Optional[str]:
    """The name after a link to a writer's other articles ("Mehr von Jana Müller"), or None."""
    low = text.strip().casefold().replace("’", "'")
    for label in merged().writer_more_labels:
        if low.startswith(label) and low[len(label):len(label) + 1] in (" ", ":"):
            name = _boxed_name(text.strip()[len(label):], profile)
            # (a person's name, opening with a given name: not a club's, "Mehr von Bayern München")
            return name if name and name.split()[0].casefold() in merged().given_names else None
    return None


_OPENING_REACH = 6  # a dump's text may open this many blocks over its byline (a teaser, a standfirst)
_HEAD_AGAIN_REACH = 15  # ... or the headline printed again within so many blocks of the run
_UNDER_HEAD_AGAIN = 3  # ... with the byline at most so many blocks under it
_OPENING_BYLINE_CHARS = 60  # that byline is a short line of its own


_WORD_RUN = rx(r"\w+")


def _first_word_key(text: str) -> str:
    """The first word of match_key(text) ("" for none): its first run of word characters, in
    small letters (match_key parts the runs with a space and lowers them)."""
    m = _WORD_RUN.search(text)
    return m.group().lower() if m else ""


def _byline_in_opening(blocks: List[Block], anchor: int, start: int, end: int, profile: Profile
                       ) -> Optional[Tuple[int, List[str]]]:
    """A byline that a dump's text run took in when it opened at a teaser or a standfirst
    above it: a short block of its own among the run's first blocks, opening with an author's
    label that names people ("Von Anna Sleegers, Frankfurt" under the standfirst the run opened
    with). Not a block after a quote's or a caption's, nor names the headline or the rest of
    the text prints (a quote's source, the story's subject)."""
    # (and the lines under the headline printed again inside the run: a hero's teaser, the
    # picture's caption, then the headline, its deck and the byline)
    head = match_key(blocks[anchor].text) if 0 <= anchor < len(blocks) else ""
    # (a line's key is read only where its first word is the headline's: the run's paragraphs
    # are long, and the first word is the key's first, in small letters)
    first = head.split(" ", 1)[0]
    again = [i for i in range(start, min(end, start + _HEAD_AGAIN_REACH))
             if head and i != anchor and _first_word_key(blocks[i].text) == first
             and match_key(blocks[i].text) == head]
    reach = range(start, min(end, start + _OPENING_REACH))
    if again:
        reach = range(start, min(end, again[-1] + _UNDER_HEAD_AGAIN + 1))
    for j in reach:
        b = blocks[j]
        text = b.text.strip()
        if len(text) > _OPENING_BYLINE_CHARS or b.caption or b.quote or b.bullet or "\n" in text:
            continue
        if not _author_label_rx().match(text):
            continue
        if _below_related(blocks, start, j):
            return None  # (a short text's run goes on into a related list: its teasers' bylines)
        names, _editors, _label = parse_credit(text, _credit_profile(profile))
        if not names or _under_quote(blocks, j, anchor):
            return None
        told = " ".join([blocks[anchor].text if 0 <= anchor < len(blocks) else ""]
                        + [x.text for x in blocks[start:end] if x.index != j]).casefold()
        if any(re.search(r"(?<!\w)" + re.escape(n.casefold()) + r"(?!\w)", told) for n in names):
            return None
        return j, names
    return None


def _printed_in_story(names: List[str], blocks: List[Block], anchor: int, start: int, end: int) -> bool:
    """The headline or the text prints a name in full: the story's subject (news names a person
    in full at the first mention), not its writer; a surname alone may be another person's
    (a writer Yasmin Hassan, a story on a Hassan)."""
    told = " ".join([blocks[anchor].text if 0 <= anchor < len(blocks) else ""]
                    + [b.text for b in blocks[start:end]])
    told = " ".join(re.findall(r"\w+", told.casefold()))
    return any(re.search(r"\b" + re.escape(" ".join(re.findall(r"\w+", n.casefold()))) + r"\b", told)
               for n in names)


def _writes(note: str) -> bool:
    """A note's first sentence gives its person a writer's role ("ist seit 2015 Redakteurin",
    "es periodista"): a box about the story's subject ("Olaf Scholz is a German politician")
    gives another."""
    first = re.split(r"(?<=[.!?])\s", note, maxsplit=1)[0]
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", first)}
    return bool(words & merged().role_words)


@lru_cache(maxsize=1)
def _picture_words() -> FrozenSet[str]:
    """The words of every profile's photo labels ("photo", "foto", "bild"): a role with one is a
    photographer's or a picture editor's ("Photo Editor")."""
    k = merged()
    return frozenset(w.strip(":()") for label in (*k.photo_labels, *k.photographer_labels) for w in label.split())


def _boxed_name(text: str, profile: Profile) -> Optional[str]:
    """A person's name printed alone in a writer's box (two to four words, no title, no
    outlet), or None."""
    text = text.strip(_BOX_TRIM).strip()
    if not text or not plain_name(text, profile) or is_team(text, profile):
        return None
    return clean_name(text, profile)


_FAR_LABELS = ("", BYLINE, HEADER, DATE)


def _without_photographers(authors: List[str], by_line: List[Tuple[int, List[str], bool]],
                           blocks: List[Block]) -> List[str]:
    """The authors without those only a photographer's line names ("Fotografer: X"), when
    another credit line names a writer ("Reporter: Y"): a gallery's photographer is its
    author, a story's is not."""
    shot: Set[str] = set()
    wrote: Set[str] = set()
    for j, names, _guess in by_line:
        (shot if _photographer_line(blocks[j].text) else wrote).update(names)
    if not shot or not wrote - shot:
        return authors
    # (one who wrote and shot is kept, however a glued dump spelt the name in the other line:
    # "By Arny Christika Putrion 16 Feb 2016" and "PhotographerArny Christika Putri")
    words = {w for name in wrote for w in name.split()}
    return [a for a in authors if a not in shot or words.intersection(a.split())]


def _photographer_line(text: str) -> bool:
    """A credit line that a photographer's label opens ("Fotografer: X", "Photographer X")."""
    words = text.strip().casefold().replace(":", " ").split()
    return bool(words) and words[0] in merged().photographer_labels


def _far_byline(blocks: List[Block], before: int, profile: Profile) -> Optional[Tuple[int, List[str]]]:
    """The one labelled credit line of a dump's head above the window the headline sets
    ("Author of the article:" / "By Denise Paglinawan" over a standfirst and a photo's caption
    that a dump's headline was read from): the names of the only line above `before` that a
    label opens, outside lists and teasers; None where none or several lines name writers."""
    found: Optional[Tuple[int, List[str]]] = None
    for j in range(before):
        b = blocks[j]
        if b.label not in _FAR_LABELS or b.items > 1 or len(b.text) > 120 or not _byline_word().match(b.text) \
                and ":" not in b.text[:40]:
            continue
        a = parse_credit(b.text, profile)[0]
        if not a or not _far_box(blocks, j, a) or any(_function_word(n) for n in a):
            # (a promotion's or a section's line that a label's word opens, "By Invitation
            # Only", "Door De Bril Van", or a teaser's byline under its title: a byline's box
            # has its date or its label on a line of its own beside the name)
            continue
        if found is not None or _after_teaser(blocks, j) or any(len(n.split()) < 2 for n in a):
            # (names in full only, this far from the headline: "BY: Beachbody" is the site's
            # brand)
            return None
        found = (j, a)
    return found


_FAR_BOX_REACH = 2  # a far byline's date or label stands this many lines from it, at most
_FAR_DATE_CHARS = 60  # a date's line beside a far byline is this short


def _far_box(blocks: List[Block], j: int, names: List[str]) -> bool:
    """A date's line, a label alone ("Author of the article:") or the name alone (its link in the
    box: "By Emily Zemler" / "Emily Zemler") within reach of block j: the byline box of the
    page's writer ("Published Jun 05, 2026" under the name), not a teaser's line under its
    title nor a promotion's."""
    for k in range(max(0, j - _FAR_BOX_REACH), min(len(blocks), j + _FAR_BOX_REACH + 1)):
        t = blocks[k].text.strip()
        if k == j or not t:
            continue
        # (the date may open a line of the box's other stamps: "Published Jun 04, 2026 • Last
        # updated 1 day ago • 2 minute read Join the conversation ...")
        head = t[:_FAR_DATE_CHARS]
        if date_line(t) or any(c.isdigit() for c in head) and find_dates(head, merged()) or \
                len(t) < _FAR_DATE_CHARS and (t in names or lone_label(t, merged()) is not None):
            return True
    return False


def _function_word(name: str) -> bool:
    """A name with a capitalised word some profile has as a function word ("Por Amor Al Arte",
    "Door De Bril Van"); a particle in small letters ("Jan de Vries") is a name's."""
    return any(w[:1].isupper() and w.casefold() in merged().stopwords for w in name.split())


_FIGURE_TAGS = frozenset({"figure", "figcaption"})
_CONJOINED_NAME_CHARS = 60  # a name after a conjunction on a line of its own: a short line


def _conjoined_names(blocks: List[Block], j: int, profile: Profile) -> Tuple[List[str], List[int]]:
    """The names after a credit line (block j) that a dump printed on the lines under it, a
    conjunction before each: "Andi Wijaya" / "&" / "Budi Santoso" (a conjunction alone on its
    line, see conjunction_alone), or "& Budi Santoso", "dan Budi Santoso" (each linked name a
    node of its own); the names and the blocks read. A line that opens with another language's
    conjunction, or with one in capitals, opens a headline or a name ("Dan Brown Rilis Novel",
    "E Street Band", "And Just Like That"), not a second writer."""
    own = profile.name_conjunctions | {"&"}  # (in small letters: the profiles print them so)
    names: List[str] = []
    used: List[int] = []
    k = j + 1
    while k < len(blocks) and len(blocks[k].text) < _CONJOINED_NAME_CHARS and not blocks[k].label == BODY:
        text = blocks[k].text.strip()
        word, _sp, rest = text.partition(" ")
        if conjunction_alone(text) and k + 1 < len(blocks) and \
                len(blocks[k + 1].text) < _CONJOINED_NAME_CHARS and blocks[k + 1].label != BODY:
            rest, step = blocks[k + 1].text.strip(), 2
        elif word in own and rest:
            step = 1
        else:
            break
        more = split_names(rest, merged())
        if not more or any(len(n.split()) < 2 or not plain_name(n, merged()) for n in more):
            break
        add_names(names, more)
        used.extend(range(k, k + step))
        k += step
    return names, used


_LISTED_ITEMS = 12  # a byline's list of writers has at most this many items


# an item of a list of writers that another follows: a comma, "&" or an ellipsis at its end
_LIST_GOES_ON = rx(r"(?:[,&]|…|\.\.\.)\s*$")
_FOOTNOTE_ONLY = rx(r"^" + FOOTNOTE_MARK + r"[,&]?$")  # a name's footnote mark alone: "0,", "⁰"


def _listed_under(blocks: List[Block], j: int, profile: Profile) -> List[str]:
    """The names listed under block j, a bare author label, in a dump: the items of the list
    folded into the next block, or the short lines that follow while each ends with a list's
    mark ("Xiaoying You0,", "Davide Castelvecchi &", "…", then "Jeff Tollefson"); every item
    a name, else none."""
    if j + 1 >= len(blocks):
        return []
    nxt = blocks[j + 1]
    if nxt.items > 1:
        items = nxt.text.split(" · ")
    elif nxt.bullet and " • " in nxt.text:
        items = nxt.text.split(" • ")  # (two items a dump printed as one wrapped line)
    else:
        items = []
        for k in range(j + 1, min(len(blocks), j + 1 + _LISTED_ITEMS)):
            text = blocks[k].text
            if len(text) > 60:
                break
            if items and _FOOTNOTE_ONLY.match(text):
                items[-1] += text  # (a name's footnote mark on a line of its own: "0,")
            else:
                items.append(text)
            if not _LIST_GOES_ON.search(items[-1]) and not (
                    k + 1 < len(blocks) and _FOOTNOTE_ONLY.match(blocks[k + 1].text)):
                break
    return listed_names(items, merged())


@lru_cache(maxsize=None)
def _furniture_words() -> frozenset:
    """Words of list and related headings and of outlets' names ("Berita Terkait", "Most
    Read", "Daily Herald"), every profile's: never in a person's name."""
    k = merged()
    phrases = (*k.related_headings, *k.related_labels, *k.list_headings)
    words = {w for p in phrases for w in p.split() if len(w) > 3}
    return frozenset(words | set(k.publisher_words) | set(k.outlet_words))


def _role_under_name(blocks: List[Block], j: int) -> bool:
    """The line two under block j (a label, then a name) names a writer's role alone
    ("Redakteurin", "Reporter")."""
    return j + 2 < len(blocks) and blocks[j + 2].text.strip().casefold() in merged().role_words


_BOX_ITEMS = 4  # a byline box's lines that a dump folds into one "menu" block, at most
_BOX_BELOW_ITEMS = 3  # a box this short may have its date on the line under it


def _name_in_box(b: Block, below: str = "") -> Optional[Tuple[int, List[str]]]:
    """A name among the few short lines of a byline box that a dump folded into one block
    as if a menu ("Getty Images · Nizaar Kinsella · 2 minutes ago"): an item that reads as a
    name with a date or an age among the others or on the line `below`, or with its role
    alone after it."""
    # (a box folded with its share buttons: its first lines, "November 6, 2025 · Ntombizethu
    # Ngcobo · 2 minutes read · Facebook · X · ...")
    items = linked_items(b.text.split(" · ", _BOX_ITEMS + 2)[:_BOX_ITEMS + 2])[:_BOX_ITEMS]
    if len(items) > _BOX_BELOW_ITEMS:
        below = ""  # (a longer fold is a list or a menu: only a date among its own items counts)
    for i, item in enumerate(items):
        if item.split()[-1:] and item.split()[-1].casefold() in merged().outlet_words and \
                without_outlet_name(item.split()) == item.split():
            continue  # the outlet's name over its writer's ("Jakarta Globe · Jane Doe")
        # (the date may stand on the line under the box: "Jane Doe · and · John Roe", then
        # "November 5, 2015")
        names = names_near_date(item, items[:i] + items[i + 1:] + [below], merged(),
                                _box_links_near(items, i))
        r = i + 1
        while r < len(items) and _links_line(items[r]):
            r += 1  # (the box's links between the name and its role: "Email Me · Follow")
        # (or on the line under the box when only links follow the name in it)
        role = items[r] if r < len(items) else below if r > i + 1 else ""
        if not names and _role_line(role.strip().casefold()) and plain_name(item.strip(), merged()):
            # (or the name over its role alone: "Tania Broughton · Journalist · Expand")
            name = clean_name(item.strip(), merged())
            names = [name] if name else []
        if names:
            return (b.index, names)
    return None


def _lone_name(blocks: List[Block], j: int, anchor: int) -> Optional[Tuple[int, List[str]]]:
    """Block j's text as a name (or a few) when it stands alone with a date or an age on a
    line at most _NAME_DATE_REACH lines from it (not counting the headline's line and those
    above)."""
    # (an outlet's name after the writer's is not the line's: "Jon Kelly BBC News"; nor is the
    # role a dump prints after the name, "Jane Roe Parliamentary editor", whose "editor" is a
    # furniture heading's word too, "Pilihan Editor")
    own = without_outlet_name(_without_printed_role(blocks[j].text).split())
    if blocks[j].label or not _furniture_words().isdisjoint(" ".join(own).casefold().rstrip(":").split()):
        return None  # (a heading, "Kumpulan Berita Terkait:", or an outlet, "Daily Herald")
    if j + 1 < len(blocks) and blocks[j + 1].bullet and \
            at_least_units(blocks[j + 1].text, _LIST_ITEM_WORDS):
        return None  # a list's heading ("Key Points" over its points), not a name
    if j - 1 > anchor and _photo_label_ends(blocks[j - 1].text):
        return None  # a caption's credit a dump broke off at its label: "... Foto:" over
        # "ANTARA/Galih Pradipta", "... Photo:" over "Jane Barlow"
    if blocks[j].text.isupper() and j + 1 < len(blocks) and _caps_words_line(blocks[j + 1].text):
        return None  # (names in capitals each on a line, "GIORGIA MELONI" / "ELLY SCHLEIN": tags, or
        # a box's writers, of which the one nearest the date is read, as in title case)
    # (a byline box's lines that a dump folded into one block are read one by one: "1 day
    # ago · Share · Save")
    near = _lines_around(blocks, j, anchor, _NAME_DATE_REACH, own=False)
    links = any(_links_line(t) for t in _lines_around(blocks, j, anchor, _BOX_LINKS_REACH, own=True))
    names = names_near_date(blocks[j].text, near, merged(), links)
    if len(names) == 1 and j - 1 > anchor and desk_after_role(blocks[j].text.strip(), names[0], blocks[j - 1].text, merged()):
        return None  # a role's desk under the writer's name ("Lucía Fernández" / "Redactora de Economía")
    glued = glued_name(blocks[j].text, merged()) if not names and glued_role(blocks[j].text) else None
    if glued and _button_words().isdisjoint(glued.casefold().split()) and given_name(glued):
        # (its role glued on by a dump, the name's node and the role's joined: "Jane DoeSenior
        # Reporter", "Anna SchmidtRedakteurin", over the date's line; not a button's label
        # glued to a role, "Sign UpStaff Writer")
        names = names_near_date(glued, near, merged(), links)
    tailed = glued_tail_name(blocks[j].text, merged(), near, blocks[j].caption) if not names else None
    if tailed and _button_words().isdisjoint(tailed[0].casefold().split()):
        # (its place and date glued on, "María LópezMadrid - 14 mar 2024", or its outlet's
        # tag, "Anna SchmidtRND", over the date's line)
        names = [tailed[0]] if tailed[1] else names_near_date(tailed[0], near, merged(), links)
    if not names and j - 1 > anchor:
        # (or under its portrait's alt text, "Bilde av Per-Erik Ofstad", its date's line
        # printed with no year)
        name = portrait_name(blocks[j].text, blocks[j - 1].text, merged())
        names = [name] if name else []
    if not names and j - 1 > anchor and date_line(blocks[j - 1].text):
        # (or glued by a dump to the text under it, right under the date's line: "Frankfurt,
        # October 23, 2024" / "Dieter KuckelkornDie Aussichten ...")
        name = glued_name(blocks[j].text, merged())
        names = [name] if name else []
    if names and any(t.endswith(", " + blocks[j].text.strip()) for t in near):
        return None  # the outlet a credit line names after its writer ("X, Business Insider")
    if names and name_before_role(blocks[j].text.strip(), merged()):
        # a picture's caption on a person the text quotes, name and role ("Jan Nowak redaktor
        # naczelny Polityki" over "powiedział Jan Nowak"): a byline's writer is not in the story
        # (the surname searched alone: wherever the whole name stands as words, its last does)
        surname = re.compile(r"(?<!\w)" + re.escape(names[0].casefold().split()[-1]) + r"(?!\w)")
        if any(k != j and len(b.text) > _TEXT_LINE_CHARS and surname.search(b.text.casefold())
               for k, b in enumerate(blocks)):
            return None
    if names and " | " in blocks[j].text and any(
            k != j and len(b.text) > _TEXT_LINE_CHARS and names[0].casefold() in b.text.casefold()
            for k, b in enumerate(blocks)):
        return None  # a tag over the desk that the text is about ("Olimpiade Paris | Olahraga")
    if names and 0 <= anchor < len(blocks):
        headline = set(re.findall(r"\w+", blocks[anchor].text.casefold()))
        for name in names:
            words = name.casefold().split()
            if sum(w in headline for w in words) * 2 >= len(words):
                # the story's subject, named in the headline ("FOTO: Dian Sastrowardoyo ...",
                # "Brandon Salim Makin Dekat ..." over "Brandon Nicholas Salim")
                return None
    return (j, names) if names else None


def _photo_label_ends(text: str) -> bool:
    """A line that ends with a photo's label and its colon ("Foto:", "Photo :", "Fot."): the
    credit's name stands on the next line."""
    words = text.rstrip().rstrip(":：").rstrip().casefold().split()
    return bool(words) and text.rstrip()[-1:] in ":：." and \
        (words[-1] in merged().photo_labels or words[-1] + "." in merged().photo_labels)


_ALONE_REACH = 8  # the lines between the headline and the text a name alone may stand among


def _name_alone(blocks: List[Block], anchor: int, start: int, end: int) -> Optional[Tuple[int, List[str]]]:
    """The one line between the headline and the text that is only a person's name (or two
    joined by a conjunction, "Jane Doe and John Roe"), no date near it: a dump of a byline box
    that printed its date apart or none ("Maria Fernandez" between "4 min read" and the
    standfirst). The other lines are furniture or a standfirst: none of them another name alone
    (two are a photo's people or a list). A name the headline or the text prints is the story's
    subject ("Joe Biden" over a story about him), a kicker's, a caption's or a tag's; a name
    under an image's placeholder is the photo's."""
    if not 0 <= anchor < start <= len(blocks) or start - anchor - 1 > _ALONE_REACH:
        return None
    found: Optional[Tuple[int, List[str]]] = None
    for j in range(anchor + 1, start):
        b = blocks[j]
        # (a dump may fold the box's lines into one block, as if a menu: "Maria Fernandez · Share
        # · Facebook"; each item is read as a line)
        if b.items > _MENU_ITEMS:
            return None  # a menu between: the headline read is a navigation's, no story's head
        items = b.text.split(" · ") if 1 < b.items else [b.text]
        if any(lone_label(item, merged()) for item in items):
            return None  # a credit's label over a list: read (or refused) as a credit line
        if 1 < b.items and any(item.strip().casefold() in merged().photo_agencies for item in items):
            return None  # a photo's credit ("Getty Images · Nizaar Kinsella"), no date to say a box
        for i, item in enumerate(items):
            names = _alone_names(item.strip())
            if not names:
                continue
            if i and items[i - 1].strip().casefold() in merged().share_names:
                return None  # a share bar's button after its networks ("Flipboard · Linki Kopyala")
            below = items[i + 1] if i + 1 < len(items) else blocks[j + 1].text.split(" · ")[0] \
                if i + 1 == len(items) and j + 1 < len(blocks) else ""
            if reading_time(below):
                # a kicker's topic over the reading time ("Climate Change" / "5 min read"): a
                # name is taken over it only in a byline box, among its share links or by a date
                # (see name_near_date)
                return None
            if item.strip().isupper() and _caps_words_line(below):
                return None  # (names in capitals each on a line, "GIORGIA MELONI" / "ELLY SCHLEIN": tags)
            if i + 1 < len(items) and items[i + 1].strip() == "".join(w[0] for w in item.split()).upper():
                return None  # a body's name and its short form: "Anadolu Ajansı · AA"
            if j + 1 < len(blocks) and blocks[j + 1].bullet and blocks[j + 1].items == 1:
                return None  # a list's heading over its points ("Key Points")
            if found is not None or b.label not in ("", LIST) or b.heading or b.caption or \
                    b.bullet and b.items == 1 and (_in_list_run(blocks, j) or not given_name(
                        names[0].replace("-", " ")) or not (j - 1 == anchor or blocks[j - 1].label == BODY)):
                # (a list's item among others; a link alone on its line, as Markdown prints a
                # byline's "[Jane Doe](/author/jane-doe)", is no list right under the headline
                # or the standfirst; under a picture it is its credit's link; a linked kicker,
                # section, team or company, "Net Zero", "Real Madrid", opens with no given name)
                return None
            found = (j, names)
        if found is None or found[0] != j:
            continue
        above = blocks[j - 1].text.strip() if j - 1 > anchor else ""
        last = above.split()[-1].casefold() if above.split() else ""
        if (above.endswith(":") and (len(above.split()) > 1 or blocks[j].bullet or _photo_label_ends(above) or
                                     above.rstrip(":：").strip().casefold() in merged().non_credit_labels) or
                len(above.split()) > 1 and last in merged().stopwords and
                last not in merged().name_particles) and not lone_label(above, merged()):
            # the name goes on from a phrase above ("Presented By" / "Acme Insurance") or stands
            # under another label ("Themen:" / "Olaf Scholz", "Foto:", "Quelle:"); a credit's word
            # alone over it ("di" / "Luca Monaco", "By"), or a one-word label over the name on its
            # own line ("Testo:", "Redactor:", "Av:"), makes it the writer's
            return None
        if above and (blocks[j - 1].caption and not _credited_caption(above) or _IMAGE_ALT.match(above)):
            # the name under a photo: its subject's or its maker's (not under a caption that
            # closes with its own credit, "... (Photo: John Lee)")
            return None
    if found is None:
        return None
    printed = set(re.findall(r"\w+", " ".join([blocks[anchor].text] + [b.text for b in blocks[start:end]]).casefold()))
    if any(w.casefold() in printed for name in found[1] for w in name.split() if len(w) > 2):
        return None
    return found


def _in_list_run(blocks: List[Block], j: int) -> bool:
    """Block j is one of a list's items: a neighbour of the same group (no blank line
    between) is an item too."""
    return any(0 <= k < len(blocks) and blocks[k].bullet and blocks[k].group == blocks[j].group
               for k in (j - 1, j + 1))


def given_name(name: str) -> bool:
    """The name opens with a given name some profile lists ("Anna Schmidt", "Pieter de Vries"):
    a person's, where "Google Pixel" or "Premier Inn" is not."""
    words = name.split()
    return bool(words) and words[0].casefold() in merged().given_names


def _credited_caption(text: str) -> bool:
    """A caption closing with its photo's credit in parentheses ("... (Photo: John Lee)",
    "(Foto: dpa)")."""
    if not text.endswith(")") or "(" not in text:
        return False
    inner = text[:-1].rpartition("(")[2].strip().casefold()
    label = re.split(r"[:/\s]", inner, maxsplit=1)[0]
    k = merged()
    return label in k.photo_labels or label in k.photographer_labels


def _alone_names(text: str) -> List[str]:
    """The names of a line that is only a person's name, or two joined by a conjunction or
    "&"; none when a word is a place's, a body's, an office's, an outlet's, a desk's, a team's,
    a topic's or a section's (see _alone_name)."""
    if len(text) > 80:
        return []
    parts = re.split(r"\s+(?:&|and|und|dan|et|y|e|og|och|en)\s+", text, flags=re.IGNORECASE)
    if len(parts) > 2:
        return []
    names = [_alone_name(p) for p in parts]
    return [n for n in names if n] if all(names) else []


def _alone_name(text: str) -> Optional[str]:
    """A person's name alone, two to four words in title case or in capitals, no word of a
    place, a body, an office, an outlet, a desk, a team, a topic, a section, a month or a day,
    and no listed city, section, agency or not-name as a whole ("New Delhi", "Web Desk",
    "Home Office", "Red Cross" when its words are listed)."""
    k = merged()
    if text.isupper():
        # (a name in capitals opens with a given name a profile lists: a kicker or a section
        # in capitals over the text, "POLITICA INTERNA", "KOMMUNALE FINANZEN", is no one's)
        text = text.title()
        if not caps_name_words(text):
            return None
    words = text.split()
    if len(words) > 2 and words[-1].casefold() in k.not_names:
        words = words[:-1]  # a box's button after the name: "Jane Doe E-Mail"
        text = " ".join(words)
    if not 2 <= len(words) <= 4 or not all(plain_name_word(w) or w.casefold() in k.name_particles for w in words):
        return None
    low = text.casefold()
    if low in k.dateline_cities or low in k.world_cities or low in k.agencies or low in k.not_names or \
            low in k.section_headings or is_outlet(text):
        return None
    for i, w in enumerate(w.casefold() for w in words):
        if w in k.stopwords and w not in k.name_particles:
            return None  # a phrase's small word: "Zoom In", "By Reuters", "Home of Sport"
        if i == 0 and w in k.given_names and (w in k.months or w in k.days):
            continue  # a given name that is a month's in some language ("Marco", Portuguese "março")
        if any(w in group for group in (k.not_names, k.office_words, k.common_nouns, k.place_directions, k.named_bodies, k.org_suffixes, k.team_words,
                                        k.publisher_words, k.outlet_words, k.topic_words, k.place_units,
                                        k.dateline_cities, k.world_cities, k.word_cities, k.section_words,
                                        k.months, k.days, k.titles, k.role_words, k.genre_labels,
                                        k.photo_labels, k.photographer_labels, _furniture_words(), _button_words())):
            return None
    if not plain_name(text, k):
        return None
    return clean_name(text, k)


def _caps_words_line(text: str) -> bool:
    """A line of two to four words in capitals and nothing else ("ELLY SCHLEIN", "MARCO ROSSI")."""
    words = text.split()
    return text.isupper() and 2 <= len(words) <= 4 and all(w.replace("-", "").isalpha() for w in words)


def _lines_around(blocks: List[Block], j: int, anchor: int, reach: int, own: bool) -> List[str]:
    """The lines of the blocks within `reach` of block j under the headline's (a folded box's
    items apart), block j's own too when `own`."""
    return [t for k in range(max(anchor + 1, j - reach), min(len(blocks), j + reach + 1))
            if own or k != j for t in ([blocks[k].text] if blocks[k].items == 1 else blocks[k].text.split(" · "))]


def _without_printed_role(text: str) -> str:
    """The line without the role a dump printed after the name in a node of its own, in
    sentence case ("Jane Roe Parliamentary editor", "Jane Doe Chief political reporter"): a
    role in title case ends a promotion's line as often ("Now Hiring Deputy Editor", "Weekend
    Edition Senior Editor"), the line is left whole."""
    cut = without_role_phrase(text, merged())
    role = text[len(cut):].split() if cut and text.startswith(cut) else []
    return cut if len(role) > 1 and role[-1].islower() and role[0][:1].isupper() else text


def _more_role_lines(blocks: List[Block], lone: Tuple[int, List[str]], anchor: int, start: int
                     ) -> Tuple[int, List[str]]:
    """The names of the name-and-role lines right under a lone name's one ("Jane Roe
    Parliamentary editor" / "John Doe Senior reporter"): each a writer of the story."""
    j, names = lone[0], list(lone[1])
    if _without_printed_role(blocks[j].text) == blocks[j].text:
        return lone
    k = j + 1
    while k < start and k < len(blocks) and _without_printed_role(blocks[k].text) != blocks[k].text:
        more = _lone_name(blocks, k, anchor)
        if not more:
            break
        names += [n for n in more[1] if n not in names]
        k += 1
    return (j, names)


_ROLE_LINE_WORDS = 3
_BOX_LINK_LINES = 3  # a byline box's link lines ("Email Me", "Follow") a dump prints apart, at most


_CAMEL_JOINT = rx(r"(?<=[a-z])(?=[A-Z])")


_BOX_LINKS_REACH = 2  # a byline box's share links stand this many lines from its name, at most


def _box_links_near(items: List[str], i: int) -> bool:
    """A line of links among a folded box's items within reach of item i: the box is a byline's
    (its name, reading time and share buttons), where a reading time stands for the date."""
    return any(_links_line(t) for k, t in enumerate(items) if k != i and abs(k - i) <= _BOX_LINKS_REACH)


def _links_line(text: str) -> bool:
    """A line of a byline box's links alone ("Email Me", "Follow", "EmailFollow"): short, each
    word (glued ones apart) a word no name has."""
    if len(text.split(None, 3)) > 3:
        return False  # (cheap first: parting glued words only adds words; a paragraph is not split whole)
    words = _CAMEL_JOINT.sub(" ", text).split()
    return 0 < len(words) <= 3 and all(w.lower() in merged().not_names for w in words)


def _story_opening(blocks: List[Block], anchor: int, start: int, end: int = -1) -> str:
    """The headline's and the first paragraph's text: where a name read from a thin shape
    (initials closing it, a section after it) is the story's subject, not its writer."""
    rest = [b.text for b in blocks[start + 1:end] if b.label != BYLINE] if end > start else []
    return "\n".join([blocks[i].text for i in (anchor, start) if 0 <= i < len(blocks)] + rest)


def _headline_and_text(blocks: List[Block], anchor: int) -> str:
    """The headline's and the body's text, one block a line."""
    return "\n".join(b.text for i, b in enumerate(blocks) if i == anchor or b.label == BODY)


def _in_headline(names: List[str], blocks: List[Block], anchor: int) -> bool:
    """Half the words of some name are the headline's: the line is the headline's, not a
    byline."""
    if not 0 <= anchor < len(blocks):
        return False
    headline = set(re.findall(r"\w+", blocks[anchor].text.casefold()))
    return any(sum(w in headline for w in n.casefold().split()) * 2 >= len(n.split()) for n in names)


_TEASER_LINK_DENSITY = 0.9  # a line inside one link all through, the tag after the name too


def _teaser_link(b: Block, blocks: List[Block], j: int) -> bool:
    """Block j is a link to another story or a section: labelled related, under a related
    title, or a link all through with a tag after a dash, a slash or a bar (a byline links its
    name, never the outlet's tag after it; "Devon Gorry, PhD" may be one link, a degree and
    all)."""
    return b.label == RELATED or _after_teaser(blocks, j) or b.link_density >= _TEASER_LINK_DENSITY and \
        bool(_TAG_MARK.search(b.text))


_TAG_MARK = rx(r"\s[-–—/|]\s|\|")


def _common_words(names: List[str], blocks: List[Block], start: int, end: int) -> bool:
    """Half the names' words or more are words the body prints in small letters ("Harga Cabai
    Naik" beside the text's "harga cabai naik"): a headline's words in title case, no names."""
    words = [w for n in names for w in n.casefold().split()]
    if not words:
        return False
    body = {w for b in blocks[start:end] if b.label == BODY for w in re.findall(r"\b[^\W\d_A-Z][^\W\d_]*", b.text)}
    return sum(w in body for w in words) * 2 >= len(words)


_SENTENCE_WORDS = 5  # a line that a sentence goes on from has this many words at least


def _goes_on_from_above(blocks: List[Block], j: int, anchor: int) -> bool:
    """The block above j is a sentence's start that block j goes on from: words enough, no
    sentence's end, not the headline and no date in it (a byline box's line, "Lokales
    6. November 2023 15:00 Kommentar schreiben", over "von Erika Mustermann")."""
    if j - 1 <= anchor:
        return False
    above = blocks[j - 1].text.rstrip()
    return len(above.split()) >= _SENTENCE_WORDS and above[-1:] not in ".!?:;\"”»)…" and \
        blocks[j - 1].label in ("", BODY) and not find_dates(above, merged())


def _role_line(text: str) -> bool:
    """A line, lower-cased, that is a writer's role alone ("journalist", "senior reporter",
    "chief political correspondent"): its last word a role's, at most three words."""
    words = text.split()
    return bool(words) and len(words) <= _ROLE_LINE_WORDS and words[-1] in merged().role_words and \
        (len(words) == 1 or all(w.isalpha() for w in words))


def _login_line(text: str) -> bool:
    """A line that opens with a blog's login label ("Posted by")."""
    labels = merged().login_labels
    return bool(labels) and text[:30].casefold().startswith(tuple(labels))
