"""Text dumps to blocks: blank-line groups, wrapped lines joined back into paragraphs.

Dumps made by w3m or lynx wrap paragraphs at a fixed width; a browser copy or get_text() does
not. The wrap width is measured from the dump itself, and a line is joined to the one before it
only when its first word could not have fitted on that line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Tuple

from newsextract.blocks import BULLET_CHARS, GOES_ON, MENU_JOIN, Block, clean_text, normalise_text, strip_bullet
from newsextract.fields.byline import plain_name_word
from newsextract.fields.dates import find_dates, mostly_dates
from newsextract.profiles import merged
from newsextract.rxcache import longest_first, rx
from newsextract.segment.dumps import (LYNX_MARGIN_LINES, SOUP_SPACED, TERMINAL, document_title, dump_style,
                                       level_one_headings, mark_after_list_heading, mark_before_headline,
                                       normalise_dump, set_in, signature_line, strip_raw_tags, undecorate)
from newsextract.segment.widths import _MAYBE_WIDE, _width, line_widths, margin_width, starts_wide, wrap_width
from newsextract.weights import WEIGHTS as W

_BULLET_START = frozenset(BULLET_CHARS + "*-+")  # every first character strip_bullet knows


# the links browser prints the <head>'s <link> elements first ("Link: publisher", "Link:
# canonical"): no line of the page's
# (elinks prints them too; one whose media query it wrapped, its parenthesis left open, goes on
# over the lines under it while more parentheses are open than closed: "Link:
# apple-touch-startup-image ((device-width: 320px) and" / "(device-height: 568px) and" /
# "(orientation: portrait))"; one closed on its line, "Link: Blog (Kommentare) Feed", takes none)
_HEAD_LINK = rx(r"[ \t]*Link: ([^\n]{1,80})\n")
_HEAD_LINK_GOES_ON = rx(r"[ \t]+(?!Link: )([^\n]{1,80})\n")
_HEAD_LINK_LINES = 6  # (a wrapped link's lines under its first: a media query's pieces)
_HEAD_LINKS_CHARS = 200
_LINK_NUMBER = rx(r"\[\d{1,5}\]")
_RULE_CHARS = "━─=_*~-"  # a rule drawn with one of these, three times or more
_RULE = rx(r"(?m)^[^\S\n]*([" + re.escape(_RULE_CHARS) + r"])\1{2,}[^\S\n]*$")


@lru_cache(maxsize=None)
def _references_rx() -> "re.Pattern[str]":
    """The heading over the list of a dump's link addresses (lynx: "References")."""
    heads = "|".join(re.escape(h).replace(r"\ ", " ") for h in merged().dump_reference_headings)
    return rx(r"\n\s*(?:" + heads + r")\s*\n", re.I)


def _strip_link_numbers(text: str) -> Tuple[str, Optional[List[str]]]:
    """lynx -dump numbers every link ("[12]Home") and lists the addresses at the end: the text
    without them, and its lines with them (None where the dump numbers no links). lynx wrapped
    its lines with the numbers in them: a line cut before "[31]niederländisches" was full,
    though it is short once the number goes (_numbers_between)."""
    if len(_LINK_NUMBER.findall(text[:200_000])) < 5:
        return text, None
    ends = list(_references_rx().finditer(text))
    if ends and ends[-1].start() > len(text) // 3:
        text = text[:ends[-1].start()]
    return _LINK_NUMBER.sub("", text), text.split("\n")


def _numbers_between(numbered: List[str], above: int, at: int, last: str) -> int:
    """The columns lynx's link numbers added to a line (`last` its text; `numbered[above]` as
    lynx printed it) and to the first word of the line under it, as lynx measured them when it
    broke the line ("... zwischen [59]Real" / "Madrid und ..."; "... hat ein" /
    "[31]niederländisches"). None under a line that opens with a link: a list of links, one a
    line, is laid out as its own lines, full or not ("[81]Armand Maulana ..." / "[82]Selena
    Gomez ..."), nor under a line of links (a menu, a share row, a row of tags: "[9]banjir
    [10]jakarta utara [11]bpbd dki", "[12]whatsapp WhatsApp whatsapp [13]linkedin"), which
    lynx fills as it fills any line, but whose lines end where the row's items do as often
    (unless the line ends on a comma: "By TPN, in [115]News, ... [118]Property," / "[119]Tourism
    · 31 Jan 2025", a list that goes on).
    The next line's own number only under a sentence cut inside, at a word in lower case or a
    comma (a headline over a row of buttons, "... Fire Case: Pratikno" / "[55]Zoom Out [56]Zoom
    In", ends otherwise), where that word is no link's own text ("... evacuation centres and
    [10]roads", a kicker's last link)."""
    line = numbered[above]
    if last.rstrip().rstrip("\"”’»)")[-1:] in ".!?":
        # (under a line that ends its sentence, a line after a <br> is as likely as the
        # paragraph's next: a byline ("von [9]Anna Schmidt", "Par Claire Dubois et ..."), a
        # subhead, a related headline; the numbers the line above lost do not join it)
        return 0
    if "[" not in line:
        own = 0
    else:
        words = line.split()
        marks = [i for i, word in enumerate(words) if "[" in word and _LINK_NUMBER.search(word)]
        if marks and marks[0] == 0:
            return 0
        listing = line.rstrip()[-1:] == ","  # (links listed with commas go on below: "[118]Property,")
        if len(marks) >= 2 and not listing and _link_row(words, marks):
            return 0
        own = sum(map(len, _LINK_NUMBER.findall(line)))
        if marks and marks[-1] == len(words) - 1 and not listing:
            # (its last word is a link's text: no sentence cut inside it; over a line that
            # opens with a link of its own, two links back to back, a kicker's last link over
            # the headline's, its numbers are not counted either)
            return 0 if _LINK_NUMBER.match(numbered[at].lstrip()) else own
    if not (last[last.rfind(" ") + 1:][:1].islower() or last[-1:] == ","):
        return own
    first = numbered[at].lstrip().split(" ", 1)[0]
    return own + (sum(map(len, _LINK_NUMBER.findall(first))) if "[" in first else 0)


def _link_row(words: List[str], marks: List[int]) -> bool:
    """A line of links' text (`marks` the places of its words that carry lynx's numbers, two or
    more): each link's text is read as the words up to the next link or the line's end, where
    there are at most _ROW_ITEM_WORDS of them (a menu's, a share button's, a tag's label), and
    the words before the first link as the last link's of the line above, if fewer; such words
    make more than half of the line's, and none ends a sentence (a list of linked names inside
    a sentence, "... Pashchenko[62]. However,", is prose)."""
    if marks[0] >= _ROW_ITEM_WORDS or any(word[-1] in ".!?;" for word in words):
        return False
    runs = zip(marks, marks[1:] + [len(words)], strict=True)
    covered = marks[0] + sum(end - start for start, end in runs if end - start <= _ROW_ITEM_WORDS)
    return covered * 2 > len(words)


_ROW_ITEM_WORDS = 3


def segment_text(text: str) -> List[Block]:
    """Split a text dump into blocks, one per paragraph or list item."""
    return segment_dump(text)[0]


def segment_dump(text: str) -> Tuple[List[Block], str, Optional[str]]:
    """Split a text dump into blocks, and tell the style it was made in (segment/dumps.py)
    and the page's <title> when the style prints it."""
    text = normalise_text(text)
    # (read before clean_text makes the ideographic space a plain one)
    indents = _paragraph_indents(text) if "\u3000" in text else frozenset()
    # (read before clean_text takes a setext heading's "====" underline off as a rule)
    level_one = level_one_headings(text) if text[:1].isalnum() else ()
    text = clean_text(text)
    if "Link: " in text[:_HEAD_LINKS_CHARS]:
        text = _without_head_links(text)
    if "<" in text:  # (Markdown that kept some of the page's HTML: its tags go first)
        text = strip_raw_tags(text)
    text = undecorate(text)
    # other dump styles (BeautifulSoup, Markdown) brought to a terminal browser's shape first
    style = dump_style(text)
    title = document_title(text, style, level_one)
    text, headings = normalise_dump(text, style)
    text, numbered = _strip_link_numbers(text)
    if "\t" in text:
        text = "\n".join(line.expandtabs(8) for line in text.split("\n"))
    # (a rule drawn across the page, "━━━━" of an <hr>, "=====" typed between a text's
    # sections, parts paragraphs as a blank line does: it is no block of its own)
    # (most dumps hold no rule: a search for each character thrice first, which is faster than
    # the pattern's pass over the whole text)
    if any(c * 3 in text for c in _RULE_CHARS):
        text = _RULE.sub("", text)
    raw_lines = [x.rstrip() for x in text.split("\n")]
    widths = line_widths(raw_lines, bool(_MAYBE_WIDE.search(text)))
    width = wrap_width(raw_lines, widths, stripped=True)
    if width is None and style == TERMINAL:
        # (a lynx dump told by its margin alone, too short for its wrap width to be measured:
        # its longest line stands for the width, or its paragraphs' lines would part)
        filled = [x for x in raw_lines if x]
        if len(filled) >= LYNX_MARGIN_LINES and set_in(filled):
            width = max(w for x, w in zip(raw_lines, widths, strict=True) if x)
    # units are [text, bullet, group]: Block objects are made once menus are folded
    units: List[list] = []
    group = 0
    prev_raw: Optional[str] = None  # the previous non-blank raw line in this group
    prev_w = prev_at = 0
    prev_indent = 0
    room = width - 2 if width else 0  # two columns of slack: tools count wide and
    # combining characters differently
    # (a set-in line's own room, where the page's set-in paragraphs stop short of its width)
    inner = margin_width(raw_lines, widths, width) if width else None
    room_in = inner - 1 if inner else room
    for at, (raw, raw_w) in enumerate(zip(raw_lines, widths, strict=True)):
        if not raw:
            group += 1
            prev_raw = None
            continue
        stripped = raw.lstrip()
        item = strip_bullet(stripped) if stripped[0] in _BULLET_START else None
        indent = len(raw) - len(stripped)
        if item is None and prev_raw is not None and units and width:
            cut = stripped.find(" ")
            first = stripped if cut < 0 else stripped[:cut]
            need = prev_w + 1 + (len(first) if first.isascii() else _width(first))
            if numbered and need <= room:
                # (only where the line would otherwise fit: the numbers only add columns)
                need += _numbers_between(numbered, prev_at, at, prev_raw)
            if need > room and starts_wide(first) and _width(first) > room * W.wide_wrap_share \
                    and stripped[:_INDENT_KEY_CHARS] in indents:
                # (a script written without spaces wraps at any character, and its line has no
                # first word to measure: a line above it that fills less than a share of the width
                # was no wrapped line, "はてなブックマーク" over a paragraph; a share, not a
                # character's room, as tools wrap such lines short of the width, and lynx's link
                # numbers, taken out, leave gaps in them)
                # (only over a line the page set in by an ideographic space, a Japanese
                # paragraph's indent: tools break such text at a plain space too, and the
                # line above one of a paragraph's lines, "（記者 張三 李四）...", is short)
                need = prev_w + room - int(room * W.wide_wrap_share)
            # (under a set-in paragraph's own edge only a line that goes on in lower case: a
            # list of links, each a line of its capital, stops short of it as often)
            # (not under a line that ends its sentence: a byline's, a caption's or a tag's line
            # under a paragraph's last one, "di Mario Rossi", "photo: Reuters / John Smith")
            fits = need <= room and (need <= room_in or not first[:1].islower()
                                     or prev_raw[:3] != "   " or _centred(prev_raw, prev_w, width)
                                     or prev_raw.rstrip()[-1:] in ".!?")
            # w3m indents a list item's wrapped lines to its text column
            if not fits and (not units[-1][1] or indent >= prev_indent) \
                    and not _date_line_after_sentence(units[-1][0], stripped) \
                    and not _labelled_line(stripped) \
                    and not _related_line_after_sentence(units[-1][0], stripped) \
                    and not _furniture_label_after_sentence(units[-1][0], stripped) \
                    and not signature_line(stripped):
                # (an embedded post's signature, "— Name (@handle) February 16, 2016", is a
                # line of its own under the post's text, however full that line is)
                tail = stripped if "  " not in stripped else " ".join(stripped.split())
                if tail:
                    # a line broken between two wide characters was broken inside a word
                    glue = "" if starts_wide(tail) and starts_wide(units[-1][0][-1:]) else " "
                    units[-1][0] = units[-1][0] + glue + tail
                prev_raw, prev_w, prev_at = raw, raw_w, at
                continue
        body = stripped if item is None else item
        if body[:3] == _NO_ALT and _name_opens(body[3:], bare=not _prose_above(units)):
            # pandoc's plain text prints an image with no alt text as "[]": a writer's portrait
            # before the name, as w3m prints its alt text ("[] Jane Doe – Reporter", "[jane]
            # Jane Doe Reporter"); before a teaser's kicker or a promotion's line ("[]
            # Straßenumfrage in Friedrichshain") the mark stays, the sign of a picture's line;
            # under the text's first paragraph only before a name with its role or a dash: a
            # name alone there is a topic's or a place's picture ("[] Olaf Scholz", "[] Lower
            # Saxony") as often as a writer's
            body = body[3:]
        if body[:1] == "[" and len(body) < _ALT_LINE_CHARS:
            # w3m prints an image's alt text before the line beside it: a writer's photo
            # before the byline ("[dani] Daniel Großert Redakteur"), a logo before the
            # agency's ("[Associated] Associated Press November 19, 2019")
            # (a name, or a credit with its date: a caption or a sentence keeps its bracket,
            # the sign of a picture's caption)
            # (a figure is no date where the bracket's word is in capitals, a label's: "[HOAKS]
            # Bantuan Tunai Rp2,5 Juta ...", a fact check's verdict before its headline, keeps
            # its bracket; a file's name, "[ann-lee] Ann Lee · 3 hours ago", goes at any figure)
            m = _ALT_BEFORE.match(body)
            if m and body[-1] not in ".!?" and (body.count(" ") <= _ALT_NAME_WORDS
                                                  or any(c.isdigit() for c in body[m.end():])
                                                  and (not _alt_label(body[:m.end()])
                                                       or bool(find_dates(body[m.end():], merged())))):
                body = body[m.end():]
        if "  " in body:  # (clean_text left plain spaces only: a single one needs no folding)
            body = " ".join(body.split())
        if not body:
            prev_raw = None
            continue
        units.append([body, item is not None, group])
        prev_raw, prev_w, prev_at = raw, raw_w, at
        prev_indent = indent + (2 if item is not None else 0)
    # joining wrapped lines can leave "word -\nword" style hyphen breaks intact: that is right,
    # w3m does not hyphenate, so a hyphen at a line end is a real hyphen.
    blocks = _fold_menus(units)
    if style == SOUP_SPACED and title:
        mark_before_headline(blocks, title)
    if style == SOUP_SPACED:
        mark_after_list_heading(blocks)
    if headings:  # Markdown headings ("# Title") are headings, as <h1> is in HTML
        for b in blocks:
            level = headings.get(b.text) if not b.bullet else None
            if level:
                b.heading, b.tag = True, f"h{level}"
    return blocks, style, title


_INDENT_KEY_CHARS = 6  # (a paragraph's opening characters name its line after the text is cleaned)


def _paragraph_indents(text: str) -> FrozenSet[str]:
    """The opening characters of the lines the page set in by an ideographic space (U+3000),
    the indent of a Japanese paragraph's first line."""
    return frozenset(line.lstrip(" \u3000")[:_INDENT_KEY_CHARS].replace("\u3000", " ")
                     for line in text.split("\n") if line.lstrip(" ")[:1] == "\u3000")


def _centred(raw: str, w: int, width: int) -> bool:
    """A line set in further than a paragraph's margin by as many columns as it stops short of
    the page's width: a centred line (a terminal browser centres a <center>'s lines and a
    heading's, each on its own), which keeps the page's room: it is no paragraph's line."""
    indent = len(raw) - len(raw.lstrip())
    return indent > _PARA_MARGIN and abs(indent - (width - w)) <= _CENTRE_SLACK


_PARA_MARGIN = 3  # (elinks's, links's and lynx's paragraphs are set in by three columns)
_CENTRE_SLACK = 3  # (the width is read from the lines, up to 2 columns short of the screen, and an
# odd column left over is set on either side)


# an image's alt text or file name in brackets, before a capitalised word on a short line
_ALT_BEFORE = rx(r"\[[A-Za-z0-9_.\-]{2,30}\] (?=[A-ZÀ-ÖØ-Þ])")
_ALT_LINE_CHARS = 80
_NO_ALT = "[] "  # an image without alt text, as pandoc's plain text prints it
_NAME_DASHES = ("–", "—", "-", "|")  # between a name and its role or date


def _alt_label(bracket: str) -> bool:
    """An image's alt text in capitals, a label's ("[HOAKS] ", "[IMG] "), not a file's name."""
    word = bracket.strip()[1:-1]
    return word.isupper()
_ALT_NAME_WORDS = 4  # the bracket and a name of three words, or a name and its role


def _without_head_links(text: str) -> str:
    """The text without the <head>'s links printed first ("Link: canonical"), a wrapped one's
    lines under it taken while more of its parentheses are open than closed, each such line
    holding a parenthesis of the query's (so a smiley's "(" takes no headline along)."""
    pos = len(text) - len(text.lstrip())
    found = False
    while m := _HEAD_LINK.match(text, pos):
        found, pos = True, m.end()
        depth = m[1].count("(") - m[1].count(")")
        for _ in range(_HEAD_LINK_LINES):
            if depth <= 0:
                break
            more = _HEAD_LINK_GOES_ON.match(text, pos)
            if more is None or ("(" not in more[1] and ")" not in more[1]):
                break
            depth += more[1].count("(") - more[1].count(")")
            pos = more.end()
    return text[pos:] if found else text


def _prose_above(units: List[list]) -> bool:
    """A paragraph of prose (a sentence of _PROSE_WORDS words or more, ended) stands among the
    lines read so far."""
    return any(u[0][-1:] in ".!?" and u[0].count(" ") >= _PROSE_WORDS - 1 for u in units)


_PROSE_WORDS = 12


def _name_opens(text: str, bare: bool = True) -> bool:
    """The text is a name of two or three words, alone (where `bare`) or with its role, as the
    w3m alt rule takes it: "Jane Doe", "Daniel Großert Redakteur" (one role word), "Mathias
    Hagen – Journalist" (a dash, then anything); at most _ALT_NAME_WORDS words otherwise, and no
    sentence's end. A headline teaser that opens with a name or a place ("Joe Biden signs the
    flood relief bill in Washington", "North Korea fires missile over Japan") is none."""
    if not text or text[-1] in ".!?":
        return False
    words = text.split()
    n = 0
    while n < 3 and n < len(words) and plain_name_word(words[n]):
        n += 1
    if n < 2:
        return False
    rest = words[n:]
    if not rest:
        return bare
    if rest[0] in _NAME_DASHES:
        return True
    # (a date after two capitalised words is no sign of a name: an event's teaser, "[] Hannover
    # Messe 12 March 2024", prints the same)
    return len(words) <= _ALT_NAME_WORDS and len(rest) == 1 and rest[0].casefold() in merged().role_words


def _date_line_after_sentence(last: str, line: str) -> bool:
    """A short line that is mostly a date ("Frankfurt, December 16, 2024, 12:30 Uhr") under
    a paragraph whose last line ends a sentence: the article's date line, not the paragraph's
    wrapped words, however little room the paragraph's last line left."""
    if len(line) > _DATE_LINE_CHARS or not last.endswith(_SENTENCE_ENDS) \
            or not any(c.isdigit() for c in line):
        return False
    return mostly_dates(line, 0.5)


_DATE_LINE_CHARS = 60


@lru_cache(maxsize=None)
def _label_colon_rx() -> "re.Pattern[str]":
    """A credit's label and its colon opening a line ("Pewarta: X", "Editor : X")."""
    labels = sorted({w.lower() for w in merged().author_labels + merged().editor_labels
                     if len(w) > 1 and w[:1].isalpha()}, key=longest_first)
    return rx(r"(?i:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in labels)
                      + r") ?: ?\S")


def _labelled_line(line: str) -> bool:
    """A line that opens with a credit's label and its colon: the credit's own line, however
    little room the line above left ("... gunung batujari" / "Pewarta: Nur Imansyah" in a dump
    wrapped at 80 columns), never a paragraph's wrapped words: the label has its capital ("a"
    / "text: ..." goes on a sentence)."""
    return ":" in line[:30] and line[:1].isupper() and bool(_label_colon_rx().match(line))
_SENTENCE_ENDS = tuple(".!?\"”’»")


@lru_cache(maxsize=None)
def _related_colon_rx() -> "re.Pattern[str]":
    """A related-article label and its colon opening a line ("Baca juga: X", "BACA: X"), or a
    related list's heading alone on the line ("Baca Juga", "Berita Terkait")."""
    k = merged()
    labels = sorted({w.rstrip(":").lower() for w in k.related_labels if w[:1].isalpha()},
                    key=longest_first)
    heads = sorted({w.rstrip(":").lower() for w in k.related_labels + k.related_headings if w[:1].isalpha()},
                   key=longest_first)
    return rx(r"(?i:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in labels) + r") ?: ?\S|(?i:"
              + "|".join(re.escape(w).replace(r"\ ", " ") for w in heads) + r") ?:?$")


def _related_line_after_sentence(last: str, line: str) -> bool:
    """A "Baca juga: X" line, or a "Baca Juga" heading over its list, under a paragraph whose
    last line ends a sentence: the insert a page sets in a <div> of its own, which lynx prints
    with no blank line between it and the paragraph, never the paragraph's wrapped words."""
    return len(line) < W.related_line_chars and line[:1].isupper() and last.endswith(_SENTENCE_ENDS) \
        and bool(_related_colon_rx().match(line))



# labels that open a furniture line and never a sentence of prose ("Photo:", "Source:",
# "Image:" open captions and prose as often: "Photo: a clip shared by residents shows ...")
_FURNITURE_LINE = rx(r"(?i:tags?|topik|topics?|sumber|penulis|editor)\s*:\s*\S")
_FURNITURE_LINE_CHARS = 60  # a furniture line is short
_SENTENCE_INSIDE = rx(r"[.!?…](?:\s|$)")


def _furniture_label_after_sentence(last: str, line: str) -> bool:
    """A short line that opens with a furniture's label and its colon ("Tag: Berita
    Nasional") under a paragraph whose last line ends a sentence: the tags' own line, which
    w3m prints with no blank line under an old template's last paragraph set with <br>, never
    the paragraph's wrapped words (its label has its capital, and the line ends no sentence)."""
    return len(line) < _FURNITURE_LINE_CHARS and line[:1].isupper() and last.endswith(_SENTENCE_ENDS) \
        and _FURNITURE_LINE.match(line) is not None and _SENTENCE_INSIDE.search(line) is None


def _fold_menus(units: List[list]) -> List[Block]:
    """Blocks from [text, bullet, group] units; runs of three or more list items of one to
    three words fold into one menu block.

    Dumps of news pages are mostly menus ("• Home", "• News", "  □ Regional"); folding them
    keeps every later stage from weighing each item on its own. Longer items (headlines in a
    related list) are kept apart.
    """
    out: List[Block] = []
    run: List[list] = []

    def add(text: str, bullet: bool, group: int) -> Block:
        # (text, index, bullet) by position: keyword calls of the dataclass's fourteen-field
        # __init__ cost twice as much, and dumps have thousands of blocks
        b = Block(text, len(out), bullet)
        b.group = group
        out.append(b)
        return b

    def flush() -> None:
        # (items a sentence introduces, ending with commas, are its enumeration: "... data
        # berupa:" "• Nama," "• Alamat, dan" "• Nomor telepon.", which a menu's never are)
        enumerated = bool(out) and out[-1].text.endswith(":") and not out[-1].bullet \
            and any(u[0].endswith(GOES_ON) for u in run[:-1])
        if len(run) >= 3 and not enumerated:
            add(MENU_JOIN.join(u[0] for u in run), True, run[0][2]).items = len(run)
        else:
            for u in run:
                add(u[0], True, u[2])
        run.clear()

    for u in units:
        if u[1] and len(u[0]) < 40 and u[0].count(" ") < 3:
            run.append(u)
            continue
        if run:
            flush()
        add(u[0], u[1], u[2])
    flush()
    return out
