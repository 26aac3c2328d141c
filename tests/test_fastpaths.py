"""The shortcuts taken for speed find what the plain patterns find.

Each shortcut skips a slow pattern when a cheap test shows it cannot match, or replaces a
pattern by a faster form; these properties check, on text made of the characters the patterns
care about, that nothing the plain pattern finds is lost.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsextract import classify
from newsextract.blocks import _RULE
from newsextract.fields import byline, dateline, dates, language, quotes, title
from newsextract.profiles import get_profile

SETTINGS = settings(max_examples=300, deadline=None)

PIECES = ["Budi", "Santoso", "kata", "said", "Said", "unsaid", "according to", "Jakarta",
          "JAKARTA", "KOMPAS.com", "-", "–", "—", "--", "/", "|", ";", ":", ",", ".", " ", "  ",
          "\n", "_", "=", "~", "*", "─", "“", "”", "\"", "'", "’", "(", ")", "Foto:", "photo by",
          "(Foto: Ant)", "privacy policy", "Privacy Policy", "uses cookies", "Oleh", "Editor",
          "Penulis :", "By", "2023", "1999", "10/05/2023", "15:08", "WIB", "Rabu", "Mei", "x",
          "é", "É", "Ørsted", "9", "akrab disapa", "Dani", "mengatakan", "ujarnya", "tutur"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _spans(matches) -> list:
    return [(m.start(), m.end(), m.groups()) for m in matches]


@SETTINGS
@given(TEXT)
def test_word_matches_is_finditer_with_a_word_boundary(text: str) -> None:
    prof = get_profile("id")
    for pattern in [r"[A-Z][\w'’\-]*", r"(?:kata|said|mengatakan|tutur)\b",
                    r"according to\s+((?:[A-Z][\w'’.\-]* ?){1,4})"]:
        plain = re.finditer(r"\b" + pattern, text)
        assert _spans(quotes.word_matches(re.compile(pattern), text)) == _spans(plain)
    # a profile's pattern that opens with \b, as the quote finder runs it
    assert prof.nickname and prof.nickname.startswith(r"\b")
    pattern = prof.nickname + r"([A-Z][\w'’\-]+)"
    assert _spans(quotes._profile_matches(pattern, text)) == _spans(re.finditer(pattern, text))


@SETTINGS
@given(TEXT)
def test_a_dump_with_no_character_thrice_holds_no_rule(text: str) -> None:
    from newsextract.segment import text as segment_text

    thrice = any(c * 3 in text for c in segment_text._RULE_CHARS)
    assert thrice == bool(re.search(r"([━─=_*~\-])\1\1", text))
    if not thrice:
        assert segment_text._RULE.sub("", text) == text


@SETTINGS
@given(TEXT)
def test_dateline_dash_test_never_hides_a_lead(text: str) -> None:
    if dateline._LEAD.match(text) or dateline._LEAD_ONLY.match(text):
        assert dateline._dash_near_start(text)


@SETTINGS
@given(st.lists(TEXT, max_size=8))
def test_phrase_search_finds_what_the_alternation_finds(texts: list) -> None:
    page = "\n".join(texts).lower()
    for phrases in (classify._substrings(), classify._caption_markers()):
        rx = re.compile("|".join(re.escape(p) for p in phrases))
        found = classify._occurrences(page, classify.minimal_phrases(phrases))
        blocks = {page.count("\n", 0, at) for at in found}
        assert {page.count("\n", 0, m.start()) for m in rx.finditer(page)} == blocks


@SETTINGS
@given(TEXT)
@example("**Jakarta --** Polda")
@example("a---__b")
@example("----**")
@example("x-----**")
@example("-─---**y")
@example("--**─")
@example("---**=")
@example("=-- **")
@example("_---__")
def test_rule_pattern_is_the_plain_one(text: str) -> None:
    rule = "[\u2500-\u257f\u2014_=~*-]"
    plain = re.compile("(?<!-)(?!-{2,3}(?:\\*\\*|__)(?!" + rule + "))" + rule + "{4,}")
    assert _RULE.sub(" ", text) == plain.sub(" ", text)
    # (and where no pandoc dash stands before a bold's mark, the plain repeat's)
    if "-**" not in text and "-__" not in text:
        assert _RULE.sub(" ", text) == re.sub("(?<!-)" + rule + "{4,}", " ", text)


@SETTINGS
@given(TEXT)
def test_credit_shortcuts_skip_only_what_cannot_match(text: str) -> None:
    if not byline._may_split(text):
        assert [p for p in byline._PIECES.split(text) if p.strip()] == \
            ([text] if text.strip() else [])
    for code in ("id", "en"):
        prof = get_profile(code)
        piece = text.strip()
        for labels in (prof.author_labels, prof.editor_labels):
            if byline._label_rx(labels).match(piece):
                assert piece[:40].casefold().startswith(byline.label_starts(prof))
        if byline._BRAND.match(piece):
            assert any(c in text for c in "-/–—")


@SETTINGS
@given(TEXT)
def test_lead_words_test_skips_only_what_cannot_match(window: str) -> None:
    if not quotes._may_end_with_name(window):
        assert quotes._LEAD_WORDS.search(window) is None


@SETTINGS
@given(TEXT)
def test_dates_need_a_year(text: str) -> None:
    if not dates._ANY_YEAR.search(text):
        assert all(rx.search(text) is None for rx in dates._patterns()[:4])


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("abzAZ \n.,'-éÉİıKßſ\u00a0\u3000中😀")), max_size=80))
def test_language_words_are_the_letter_runs(text: str) -> None:
    low = text.lower()
    words = low.encode("ascii", "replace").translate(language._LETTERS_ONLY).split()
    assert [w.decode() for w in words] == re.findall(r"[a-zA-Z]+", low)



def _plain_shares(text: str) -> dict:
    """stopword_shares without shortcuts: each profile's words counted in the text, those of
    other letters between spaces (str.count's occurrences)."""
    from collections import Counter

    from newsextract.profiles import available, get_profile

    low = text[:8000].lower()
    counts = Counter(re.findall(r"[a-z]+", low))
    total = sum(counts.values())
    shares = {}
    # (a profile with no stopwords, of a language not written with spaces, counts none)
    for code in (c for c in available() if get_profile(c).stopwords):
        n = 0
        for w in get_profile(code).stopwords:
            n += counts[w] if w.isascii() and w.isalpha() else (" " + low + " ").count(" " + w + " ")
        shares[code] = n / total if total else 0.0
    return shares


@SETTINGS
@given(st.lists(st.sampled_from(["für", "FÜR", "über", "på", "été", "é", "è", "a", "the", "und",
                                 "yang", "dan", "più", "não", "ü", "“x”", " ", "  ", ".", "\n"]),
                max_size=40).map(" ".join))
def test_stopword_shares_are_the_plain_counts(text: str) -> None:
    # (a stopword with a letter beyond a-z is counted only where the text holds that letter)
    assert language.stopword_shares(text)[0] == _plain_shares(text)

ODD = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u1680\u202f\u205f\u3000\u2000\u2005\u200a\u2028\u2029"


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab -_\n\r\t\x00\x07\x0b\x1f\x7f\x85─—" + ODD)),
               max_size=60))
def test_text_clean_up_is_the_plain_patterns(text: str) -> None:
    from newsextract.blocks import _TRANSLATE, clean_text, normalise_text

    lines = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    control = re.sub("[\x00-\x08\x0b-\x1f\x7f]", "", lines)
    assert normalise_text(text) == control
    odd = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u1680\u202f\u205f\u3000\u2000-\u200a"
                 "\u0085\u2028\u2029]",
                 lambda m: _TRANSLATE[ord(m.group())] or "", text)
    assert clean_text(text) == _RULE.sub(" ", odd)


def test_clean_text_leaves_plain_spaces_only() -> None:
    # segmentation folds a line's spaces only where two stand together: no other whitespace
    # may be left in a line (tabs are expanded by segmentation itself)
    import sys

    from newsextract.blocks import clean_text, normalise_text

    left = [c for c in map(chr, range(sys.maxunicode + 1))
            if c.isspace() and c != "\t" and clean_text(normalise_text(c)) not in ("", " ", "\n")]
    assert left == []


@SETTINGS
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab 中文한ᄀ😀é’\u3001")), max_size=40),
                max_size=12))
def test_line_widths_are_each_lines_width(lines: list) -> None:
    from newsextract.segment.text import _width, line_widths

    plain = [len(x) if len(x) < 20 or x.isascii() else _width(x) for x in lines]
    assert line_widths(lines, maybe_wide=True) == plain


def test_caches_keep_short_texts_only() -> None:
    # a long batch must not keep its paragraphs alive in the per-text caches
    from newsextract.blocks import Block
    from newsextract.fields.byline import parse_credit
    from newsextract.fields.title import _looks_byline

    paragraph = "Kata dia, " + "kalimat yang panjang sekali " * 40 + "selesai."
    prof = get_profile("id")
    caches = [classify._text_label, classify._text_shape, parse_credit, _looks_byline,
              dates.find_dates]
    before = [c.cache_info().currsize for c in caches]
    classify.label_furniture([Block(paragraph), Block(paragraph + " Lagi.")])
    parse_credit(paragraph, prof)
    _looks_byline(paragraph, prof)
    dates.find_dates(paragraph + " 10/05/2023", prof)
    assert [c.cache_info().currsize for c in caches] == before


CLASS_PIECES = ["related", "Related", "posts", "post", "footer", "entry", "content", "ad", "ads",
                "tag", "category", "-", "_", "--", " ", "  ", "\n", "x", "4711", "articleBody",
                "article", "body", "caption", "wp", "text", "credit", "keterangan", "é",
                "postid", "status", "photo", "_-"]
CLASS = st.lists(st.sampled_from(CLASS_PIECES), max_size=12).map("".join)


_PLAIN_TAXONOMY = re.compile(r"^(?:tag|category|categories|post|format|status|type|author|postid)-")
_PLAIN_SEGMENTS = re.compile(r"[-_]+")


def _plain_class_hint(attrs: str) -> float:
    """The class hint read as the rule says, the whole string at once (no per-name cache),
    with patterns where html.py tests prefixes and splits with str methods."""
    from newsextract.segment import html
    from newsextract.weights import WEIGHTS as W

    low = attrs.lower()
    neg_words, pos_words, any_word = html._hint_words()
    if not any_word.search(low):
        return 0.0
    neg = pos = False
    for name in low.split():
        if _PLAIN_TAXONOMY.match(name):
            continue
        parts = [p for p in _PLAIN_SEGMENTS.split(name) if p]
        if not parts:
            continue
        ends = {parts[0], parts[-1], name.replace("-", "").replace("_", "")}
        neg = neg or bool(ends & neg_words)
        pos = pos or bool(ends & pos_words)
    return (W.class_furniture if neg else 0.0) + (W.class_content if pos else 0.0)


@SETTINGS
@given(CLASS)
def test_class_hint_read_name_by_name_is_the_whole_strings(attrs: str) -> None:
    from newsextract.segment import html

    assert html._class_hint(attrs) == _plain_class_hint(attrs)
    words = html._hint_words()[0] | html._hint_words()[1]
    assert all(w.isalnum() for w in words)  # (what lets a name be read apart from the others)


@SETTINGS
@given(CLASS)
def test_class_reading_is_the_three_readings_of_the_whole_string(cls: str) -> None:
    # (one reading of the names for the three questions the walk asks of a class attribute)
    from newsextract.segment import html
    from newsextract.weights import WEIGHTS as W

    body = W.class_article_body if "articlebody" in cls.lower().replace("-", "").replace("_", "") else 0.0
    want = (html._screen_reader_only(cls), html._is_caption_class(cls), _plain_class_hint(cls) + body,
            html._class_bits(cls.lower()))
    html._CLASS_READINGS.pop(cls, None)
    assert html._class_reading(cls) == want  # (read)
    assert html._class_reading(cls) == want  # (and as the readings' dict keeps it)
    assert html._CLASS_READINGS[cls] == want


def test_class_readings_kept_are_bounded() -> None:
    # (a long batch meets the class strings of thousands of sites: the dict the walk looks
    # them up in is emptied when full, and a string read again is read as before)
    from newsextract.segment import html

    first = html._class_reading("sr-only")
    for i in range(html._CLASS_READINGS_MOST + 5):
        html._class_reading(f"card-{i} teaser")
    assert len(html._CLASS_READINGS) <= html._CLASS_READINGS_MOST
    assert html._class_reading("sr-only") == first and first[0]  # (text for screen readers only)


# (with the parts of a word, "authorbox", that is no word's whole part: "author-box")
NAMES = st.lists(st.sampled_from([*CLASS_PIECES, "author", "box", "authorbox", "Author"]),
                 max_size=12).map("".join)


@SETTINGS
@given(NAMES)
def test_name_reading_searches_the_words_only_where_a_joined_name_needs_it(cls: str) -> None:
    # (the pattern that finds a word inside a name is asked only of a name whose parts joined
    # are a word and whose first and last parts are none: the reading is the plain rule's)
    from newsextract.segment import html

    for name in cls.lower().split():
        bits = html._name_bits.__wrapped__(name)
        assert (bool(bits & html._FURNITURE), bool(bits & html._CONTENT)) == _plain_hint(name)


def _plain_hint(name: str) -> tuple:
    """The plain rule of a class or id name's furniture and content reading: one of the words
    is its first or last part or its parts joined, split at every - and _; none for a
    taxonomy's name or a name holding no word."""
    from newsextract.segment import html

    neg_words, pos_words, any_word = html._hint_words()
    if not any_word.search(name) or _PLAIN_TAXONOMY.match(name):
        return (False, False)
    parts = [p for p in _PLAIN_SEGMENTS.split(name) if p]
    ends = {parts[0], parts[-1], "".join(parts)} if parts else set()
    return (bool(ends & neg_words), bool(ends & pos_words))


# (with the footer's, the FAQ's and the article body's words, and a name of separators only)
NAME_BITS = st.lists(st.sampled_from([*CLASS_PIECES, "author", "box", "faq", "list", "site", "article",
                                      "body", "articlebody", "caption", "sr", "only", "tag", "-", "_"]),
                     max_size=8).map("".join)


@SETTINGS
@given(NAME_BITS)
def test_name_bits_are_the_word_by_word_readings(cls: str) -> None:
    # (a name's parts are found once for the hint's, the footer's, the FAQ's and the article
    # body's tests: each reading is still the plain rule's, parts split at every - and _)
    from newsextract.profiles import merged
    from newsextract.segment import html

    k = merged()
    for name in cls.lower().split():
        parts = [p for p in _PLAIN_SEGMENTS.split(name) if p]
        ends = {parts[0], parts[-1]} if parts else set()
        bits = html._name_bits.__wrapped__(name)
        neg, pos = _plain_hint(name)
        assert bool(bits & html._FURNITURE) == neg and bool(bits & html._CONTENT) == pos
        assert bool(bits & html._HIDDEN) == (name in k.class_hidden_names)
        assert bool(bits & html._ARTICLE_BODY) == ("articlebody" in "".join(parts))
        assert bool(bits & html._FOOTER) == (neg and bool(ends & k.class_footer_words))
        assert bool(bits & html._FAQ) == ("faq" in name and not _PLAIN_TAXONOMY.match(name)
                                          and bool(ends & k.class_faq_words))
        assert bool(bits & html._CAPTION) == html._caption_name(name)


def test_name_bits_of_known_names() -> None:
    from newsextract.segment import html

    bits = html._name_bits.__wrapped__
    assert bits("site-footer") & html._FOOTER and bits("site-footer") & html._FURNITURE
    assert bits("footer") & html._FOOTER
    assert bits("faq-list") & html._FAQ and bits("faq") & html._FAQ
    assert not bits("tag-faq") & html._FAQ  # (a post's taxonomy class)
    assert bits("article-body") & html._ARTICLE_BODY and bits("articlebody") & html._ARTICLE_BODY
    assert bits("--") == 0 and bits("_") == 0
    assert not bits("tag-footer") & (html._FOOTER | html._FURNITURE)


@SETTINGS
@given(CLASS)
def test_caption_class_test_is_the_word_by_word_test(cls: str) -> None:
    from newsextract.profiles import merged
    from newsextract.segment import html

    words = merged().class_caption_words
    stems = [w for w in words if not any(v != w and v in w for v in words)]
    plain = re.compile("|".join(map(re.escape, stems)) or "(?!)")
    assert html._is_caption_class(cls) == _plain_caption_class(cls, words, plain)


def _plain_caption_class(cls: str, words: frozenset, stems: "re.Pattern[str]") -> bool:
    """The caption class rule with its patterns: a name whose first, last or next-to-last
    part is a caption word."""
    low = cls.lower()
    if not stems.search(low):
        return False
    for name in low.split():
        parts = [p for p in _PLAIN_SEGMENTS.split(name) if p]
        if parts and (parts[0] in words or parts[-1] in words
                      or (len(parts) > 1 and parts[-2] in words)):
            return True
    return False


@SETTINGS
@given(st.lists(TEXT, max_size=10), TEXT)
def test_lines_ending_with_a_text_are_the_lines_tested_one_by_one(texts: list, key: str) -> None:
    from newsextract.fields.title import _Lines

    key = key.casefold()
    plain = sorted(i for i, t in enumerate(texts) if t.casefold().endswith(key))
    assert sorted(_Lines(texts).ending_with(key)) == plain


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u00a0\u3000中文かな한.")), max_size=40),
       st.integers(min_value=0, max_value=12))
def test_at_least_units_is_the_count_compared(text: str, k: int) -> None:
    from newsextract.blocks import at_least_units, units

    assert at_least_units(text, k) == (units(text) >= k)


def test_starts_wide_is_the_wide_class_on_every_character() -> None:
    from newsextract.segment.widths import _WIDE_CLASS, starts_wide

    wide = re.compile(_WIDE_CLASS)
    chars = [chr(c) for c in range(0x20000) if not 0xd800 <= c <= 0xdfff]
    assert [c for c in chars if starts_wide(c + "x") != bool(wide.match(c))] == []
    assert not starts_wide("")


_PHRASES = classify.minimal_phrases(classify._substrings()) + classify.minimal_phrases(classify._caption_markers())
_PHRASE_PIECES = sorted({w for p in _PHRASES for w in p.split()} | set(_PHRASES) | {" ", "\n", "x"})


@SETTINGS
@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=30).map("".join))
def test_grouped_phrase_search_finds_every_occurrence(page: str) -> None:
    for phrases in (classify.minimal_phrases(classify._substrings()),
                    classify.minimal_phrases(classify._caption_markers())):
        plain = sorted(m.start() for p in phrases for m in re.finditer(f"(?={re.escape(p)})", page))
        assert sorted(classify._occurrences(page, phrases)) == plain
    grouped = [p for _key, group in classify._phrase_groups(_PHRASES) for p in group]
    assert sorted(grouped) == sorted(_PHRASES)  # every phrase in exactly one group


@SETTINGS
@given(st.lists(st.text(alphabet="abcd", min_size=1, max_size=5), max_size=8),
       st.text(alphabet="abcd-_ ", max_size=30))
def test_word_tree_pattern_finds_what_the_alternation_finds(words: list, text: str) -> None:
    from newsextract.blocks import word_tree_pattern

    flat = re.compile("|".join(sorted(set(words), key=len, reverse=True)))
    tree = re.compile(word_tree_pattern(words))
    starts = range(len(text) + 1)
    # at every position the same longest word matches (the alternation tries longest first)
    assert [m.group() if (m := tree.match(text, i)) else None for i in starts] == \
        [m.group() if (m := flat.match(text, i)) else None for i in starts]


@pytest.mark.parametrize("words, shortest_first, pattern", [
    (["advertising", "ads", "ad", "advert", "ads"], False, "ad(?:(?:s|vert(?:ising)?))?"),  # (an optional group of branches: in two)
    (["advertising", "ads", "ad", "advert"], True, "ad(?:(?:s|vert(?:ising)??))??"),
    (["a", "a.b", "b"], False, r"(?:a(?:\.b)?|b)"),
    (["x"], False, "x"),
    (["", "on"], False, "(?:on)?"),  # (an empty word: the tree may match nothing)
    ([""], False, ""),
    ([], False, ""),
])
def test_word_tree_pattern_reads_as_the_tree_of_shared_beginnings(words: list, shortest_first: bool,
                                                                   pattern: str) -> None:
    from newsextract.blocks import word_tree_pattern

    assert word_tree_pattern(words, shortest_first) == pattern


@SETTINGS
@given(st.lists(st.text(alphabet="ab c", min_size=1, max_size=5), max_size=8),
       st.text(alphabet="abc- ", max_size=30), st.sampled_from([r"\b", "c", r"\s*$", ""]))
@example(["ab", "ab c", "b"], "ab c ab-b", r"\b")  # ("ab" first in sorted order, "ab c" first when longest)
def test_word_trees_take_the_alternations_word_where_a_pattern_goes_on(words: list, text: str, after: str) -> None:
    from newsextract.blocks import word_tree_pattern

    # longest first, and in sorted order (a word before the longer ones it begins): where
    # the rest of the pattern fails after one word, the engine goes back to the next in turn
    for order, shortest in ((sorted(set(words), key=lambda w: (-len(w), w)), False), (sorted(set(words)), True)):
        flat = re.compile("(?:" + "|".join(map(re.escape, order)) + ")" + after)
        tree = re.compile("(?:" + word_tree_pattern(words, shortest_first=shortest) + ")" + after)
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


# the profile lists the classifier reads as trees, case and spaces as the patterns take them
_TREE_FIELDS = ("related_labels", "related_headings", "list_headings", "boilerplate_prefixes",
                "comment_words", "comment_headings", "paywall_phrases", "notice_words", "counter_words")


def _tree_texts() -> st.SearchStrategy:
    from newsextract.profiles import merged

    words = sorted({w for f in _TREE_FIELDS for p in getattr(merged(), f) for w in p.split()})
    piece = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper),
                      st.sampled_from(words).map(str.title), st.sampled_from([" ", "  ", "\t", ": ", "-", "...", "x"]))
    return st.lists(piece, max_size=12).map("".join)


@SETTINGS
@given(_tree_texts(), st.sampled_from(_TREE_FIELDS), st.sampled_from([r"\b", r"\s*:?\s*$", ""]))
def test_the_classifiers_word_trees_match_as_their_alternations(text: str, field: str, after: str) -> None:
    from newsextract.profiles import merged
    from newsextract.rxcache import longest_first

    phrases = sorted(set(getattr(merged(), field)), key=longest_first)
    for tree, flat in ((classify._words(phrases), "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)),
                       (classify._alternation(field), "|".join(map(re.escape, phrases)))):
        a = re.compile(r"\b(?:" + tree + ")" + after, re.I)
        b = re.compile(r"\b(?:" + flat + ")" + after, re.I)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def _plain_share_bar(low: str) -> bool:
    """A line of share buttons' names as the rule reads it, word by word."""
    from newsextract.profiles import merged
    from newsextract.weights import WEIGHTS as W

    split = low.split()
    if not 2 <= len(split) <= W.share_bar_max_words:
        return False
    names = merged().share_names
    words = [w for w in (w.strip(".,:;|·•/") for w in split) if w]
    return len(words) >= 2 and sum(w in names for w in words) >= max(2, W.share_bar_share * len(words))


def _share_pieces() -> list:
    from newsextract.profiles import merged

    return sorted(merged().share_names) + ["share", "the", "news", " ", "  ", ",", "|", "·", "/", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(_share_pieces()), max_size=14).map("".join))
def test_share_bar_test_is_the_word_by_word_reading(line: str) -> None:
    assert classify._share_bar(line.lower()) == _plain_share_bar(line.lower())


WORDS = st.lists(st.sampled_from(["a", "Foto", "Sophie", "Binet", "à", "Paris,", "2023.", "AFP",
                                  "1", "min", "x"]), min_size=1, max_size=12)


@SETTINGS
@given(WORDS, st.lists(st.sampled_from(["1", "min", "Foto", "vergrößern"]), max_size=3), WORDS)
def test_doubled_shortcut_loses_no_doubled_paragraph(half: list, gap: list, other: list) -> None:
    # (blocks are whitespace-folded: one space between words)
    for words in (half + gap + half, half + other, other + gap + other):
        text = " ".join(words)
        assert classify._doubled(text) == classify._same_words_twice(text.split())


@SETTINGS
@given(TEXT)
def test_brand_byline_shortcut_skips_only_lines_no_tag_can_follow(text: str) -> None:
    if not any(c in text for c in byline._BRAND_MARKS):
        head = byline.before_date(text.strip())
        assert byline._BRAND.match(head) is None and byline._TAGGED.match(head) is None


@SETTINGS
@given(TEXT)
def test_boilerplate_phrase_test_is_the_alternation(text: str) -> None:
    rx = re.compile("|".join(re.escape(p) for p in classify._substrings()))
    assert classify.is_boilerplate(text) == \
        classify.is_boilerplate(text, bool(rx.search(text.lower())))


def test_quotation_marks_around_a_name_alone_give_no_quote() -> None:
    prof = get_profile("en")
    # (the early return: no span of three words or more, so no quotation and no people read)
    assert quotes.extract_quotes(['The ship "Aurora" left on Monday.', 'Its "crew" slept.'],
                                 prof) == []
    found = quotes.extract_quotes(['The ship "Aurora" left.',
                                   '"We are ready to sail," Jane Doe said.'], prof)
    assert [(q.text, q.speaker, q.cue) for q in found] == \
        [("We are ready to sail,", "Jane Doe", "said")]


NAMEY = st.lists(st.sampled_from(["Budi", "Santoso", "Dr.", "Jane", "Doe", "the", "minister",
                                  " ", "  ", ",", ".", "\n", "O'Neil", "Ørsted", "x", "said"]),
                 max_size=40).map("".join)


@SETTINGS
@given(NAMEY, st.integers(min_value=0, max_value=60))
def test_subject_search_from_the_fifth_space_back_is_the_whole_windows(body: str, back: int) -> None:
    _verb, subject_rx, _apposed = quotes._subject_rxs(get_profile("en"))
    end = len(body)
    lo = max(0, end - back)
    plain = subject_rx.search(body, lo, end)
    fast = subject_rx.search(body, quotes._after_spaces(body, lo, end, 5), end)
    assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))


@SETTINGS
@given(st.lists(TEXT, max_size=4), TEXT)
def test_text_words_asked_one_by_one_are_the_words_of_the_text(texts: list, line: str) -> None:
    text = " ".join(texts)
    words = title._words_of(text)
    asked = title._TextWords(text)
    assert bool(asked) == bool(words)
    for w in title._words_of(line + " " + text[:40]) | words:
        assert (w in asked) == (w in words)


@SETTINGS
@given(st.lists(st.sampled_from(["<html ", "xmlns:h", "xmlns:og", "xmlns=", " = ", "=", "'", '"',
                                 "http://www.w3.org/1999/xhtml", "http://ogp.me/ns#", ">", "<h:p>",
                                 "</h:p>", "x", " "]), max_size=30).map("".join))
def test_xhtml_prefixes_found_where_xmlns_stands_are_the_findall(text: str) -> None:
    from newsextract.segment import html

    prefixes = set(html._XHTML_PREFIX.findall(text))
    if not prefixes:
        assert html._unprefix_xhtml(text) == text
    else:
        names = "|".join(re.escape(p) for p in sorted(prefixes))
        assert html._unprefix_xhtml(text) == re.sub(rf"<(/?)(?:{names}):(?=[A-Za-z])", r"<\1", text)


CLASS_PIECES = ["visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
                "element-invisible", "a11y-hidden", "hidden", "only", "text", "entry", "nav",
                "article-content", "u-visually-hidden", "SR-ONLY", "Visually-Hidden", " ", "-",
                "_", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(CLASS_PIECES), max_size=8).map("".join))
def test_the_screen_reader_class_shortcut_finds_what_the_names_find(cls: str) -> None:
    # the stems' test only skips class attributes in which no whole name can stand
    from newsextract.profiles import merged
    from newsextract.segment.html import _screen_reader_only

    plain = not merged().class_hidden_names.isdisjoint(cls.lower().split())
    assert _screen_reader_only(cls) == plain


AGE_PIECES = ["Jane Doe", " ", "  ", "2", "12", "hours", "HOURS", "Hours", "ago", "AGO", "hour",
              "vor", "Stunden", "lalu", "jam", "yang", "il y a", "heures", "fa", "ore", "hace",
              "días", "DÍAS", "|", ".", "!", ",", "\n", "–", "Published", "in Paris", "x", "é"]


@SETTINGS
@given(st.lists(st.sampled_from(AGE_PIECES), max_size=14).map("".join))
def test_relative_time_searched_after_its_last_word_in_the_tail_is_the_plain_search(
        text: str) -> None:
    plain = byline._relative_time_rx().search(text)
    fast = byline._relative_time(text)
    assert (fast and fast.span()) == (plain and plain.span())


def test_relative_time_shortcut_keeps_the_time_at_a_line_end() -> None:
    assert byline._relative_time("Jane Doe 2 hours ago").group().strip() == "2 hours ago"
    assert byline._relative_time("Jane Doe vor 3 Stunden |\n").group().startswith("vor 3 Stunden")
    assert byline._relative_time("2 hours ago in Paris") is None


DATE_PIECES = ["2", "12", "31", "2019", "2024", "1999", "19", "20", "Nov", "November", "mei",
               "Jan.", "de", " ", "  ", "\t", ".", ". ", "/", "-", ",", "x", "Budi", "_", "é",
               "th", "st", "\n", "Pinjungwati", "ı", "K", "24", "kl.", "14:47", "09:56"]


@SETTINGS
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=16).map("".join))
def test_dates_tested_for_their_start_where_the_rest_matches_are_the_whole_patterns(
        text: str) -> None:
    for short_years in (False, True):
        pats = dates._patterns((), short_years)
        for rx, start in ((pats[0], pats[7]), (pats[2], pats[8])):
            whole = re.compile(start.pattern + rx.pattern, rx.flags)
            assert _spans(dates._starting(rx, start, text)) == _spans(whole.finditer(text))


def test_marked_author_elements_are_the_ones_the_plain_xpath_finds() -> None:
    from lxml import etree

    from newsextract.metadata import _author_stems, _marked_elements
    from newsextract.segment.html import parse_html

    page = ('<html><head><meta itemprop="author" content="A"></head><body>'
            '<div class="post-Author"><span class="byline">Oleh <a rel="author">Budi</a></span></div>'
            '<p class="autore">Maria</p><p class="authority">x</p><p class="Author">y</p>'
            '<p id="author">not by its id</p><span itemprop="author name">z</span>'
            '<span itemprop="author">Jane</span><div data-testid="authorName">Ann</div>'
            '<div data-testid="Byline" class="x">Bo</div></body></html>')
    root = parse_html(page)
    test = " or ".join(f"contains(@class, '{w}')" for w in _author_stems())
    tested = " or ".join(f"contains(@data-testid, '{w}')" for w in _author_stems())
    plain = etree.XPath(f"//*[@class][{test}] | //*[@data-testid][{tested}] | "
                        "//*[@itemprop='author' or @rel='author']")
    found = _marked_elements(root)
    assert found == plain(root)
    # (a class holding the stem inside a word counts, "authority"; an id or a longer itemprop
    # does not; a test id does, with or without a class)
    assert [el.tag for el in found] == ["meta", "div", "span", "a", "p", "p", "p", "span", "div", "div"]


def test_marked_elements_after_a_headline_are_the_ones_preceding_h1_finds() -> None:
    # (an element inside the headline, and one in a headline inside another, has that
    # headline around it, not before it)
    from newsextract.metadata import _after_headline, _marked_and_headlines
    from newsextract.segment.html import parse_html

    page = ('<html><body><p class="byline">before</p><h1 class="author">A <span class="byline">'
            'in</span><div><h1>inner <b class="byline">deep</b></h1></div>'
            '<i class="byline">after inner</i></h1><p class="byline">after</p>'
            '<h1>second</h1><p rel="author">last</p></body></html>')
    root = parse_html(page)
    found, before, headlines = _marked_and_headlines(root)
    assert [el.text for el in found] == ["before", "A ", "in", "deep", "after inner", "after", "last"]
    read = [_after_headline(el, headlines[:n]) for el, n in zip(found, before, strict=True)]
    assert read == [bool(el.xpath("boolean(preceding::h1)")) for el in found]
    # (how libxml2 nests a headline in a headline is its own: the first three stand before
    # or inside the first headline, the last two after two)
    assert read[:3] == [False, False, False] and read[-2:] == [True, True]


WORD_PIECES = ["Budi", "café", "ÉTÉ", "İstanbul", "straße", "x_y", "_", "2023", "٣", "中文", "a",
               " ", "\n", "\u00a0", ".", ",", "'", "-", "“", "”", "’", "–", "—", "…", "«", "©",
               "°C", "½", "²", "\u0301", "\u200b", "¿", "€", "😀", "\x85", "\u2028"]


@SETTINGS
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=40).map("".join))
def test_fingerprint_words_are_the_word_pattern_runs(text: str) -> None:
    from newsextract.fingerprint import _MARKS, word_runs

    assert word_runs(text) == re.findall(r"\w+", text.lower())
    assert not re.search(r"\w", _MARKS)  # (the marks made spaces are no word characters)



def _plain_holder(blocks: list, up: bool = False):
    """classify._holder keyed by the whole path of each element, as the rule reads."""
    from newsextract.weights import WEIGHTS as W

    weight: dict = {}
    held: dict = {}
    total = 0.0
    for b in blocks:
        if b.score <= 0:
            continue
        total += b.score
        for depth in range(1, len(b.path) + 1):
            key = b.path[:depth]
            weight[key] = weight.get(key, 0.0) + b.score
            if up:
                held[key] = held.get(key, 0) + 1
    if total <= 0:
        return None
    best = max((k for k, w in weight.items() if w >= W.main_container_share * total), key=len,
               default=None)
    if up and best and len(best) > 1 and held.get(best) == 1:
        return best[:-1]
    return best or None


@SETTINGS
@given(st.lists(st.tuples(st.integers(-2, 3), st.sampled_from([-1.5, 0.0, 0.5, 1.0, 2.25, 7.0])),
                max_size=25), st.booleans())
def test_the_holder_keyed_by_element_is_the_holder_keyed_by_path(steps: list, up: bool) -> None:
    # a walk that opens (+) and closes (-) elements, numbered as the HTML walk numbers them,
    # with a block at each step
    from newsextract.blocks import Block

    path: list = []
    counter = 0
    blocks = []
    for move, score in steps:
        for _ in range(max(0, -move)):
            if path:
                path.pop()
        for _ in range(max(0, move)):
            counter += 1
            path.append(counter)
        b = Block(f"x{len(blocks)}", len(blocks))
        b.path, b.score = tuple(path), score
        blocks.append(b)
    assert classify._holder(blocks, up) == _plain_holder(blocks, up)


PHRASE_WORDS = st.lists(st.sampled_from(["news", "newsletter", "link", "links", "ab", "b", "x",
                                         "read", "more", "read more", "foto:", "(foto:"]),
                        min_size=1, max_size=4).map(" ".join)


@SETTINGS
@given(st.lists(PHRASE_WORDS, max_size=12).map(tuple))
def test_minimal_phrases_found_in_one_joined_search_are_the_pairwise_test(phrases: tuple) -> None:
    from newsextract.blocks import minimal_phrases

    plain = tuple(p for p in phrases if not any(q != p and q in p for q in phrases))
    assert minimal_phrases.__wrapped__(phrases) == plain


def _plain_phrase_groups(phrases: tuple) -> tuple:
    """The phrase groups as first written: the best word looked for among all at each step."""
    holders = {w: frozenset(i for i, p in enumerate(phrases) if w in p)
               for w in sorted({w for p in phrases for w in p.split()
                                if len(w) >= classify._GROUP_WORD_LEAST}
                               | {m for p in phrases for m in classify._GROUP_MARKS if m in p})}
    left = set(range(len(phrases)))
    groups = []
    while holders:
        word = max(holders, key=lambda w: (len(holders[w] & left), len(w), w))
        members = sorted(holders.pop(word) & left)
        if len(members) < 2:
            break
        groups.append((word, tuple(phrases[i] for i in members)))
        left.difference_update(members)
    groups.extend((None, (phrases[i],)) for i in sorted(left))
    return tuple(groups)


@SETTINGS
@given(st.lists(PHRASE_WORDS, max_size=12).map(tuple))
def test_phrase_groups_from_a_heap_are_the_best_word_taken_each_time(phrases: tuple) -> None:
    assert classify._phrase_groups.__wrapped__(phrases) == _plain_phrase_groups(phrases)


def test_phrase_groups_of_the_profiles_are_the_plain_greedy_ones() -> None:
    for phrases in (classify._substrings(), classify._caption_markers()):
        minimal = classify.minimal_phrases(phrases)
        assert classify._phrase_groups(minimal) == _plain_phrase_groups(minimal)


@SETTINGS
@given(st.lists(st.sampled_from(["Budi", "Santoso", "words", "é", "ß", "ᄀ", "ᇿ", "ㄱ", "ぁ", "カタカナ",
                                 "漢字", "한국어", "“", "—", "9", "_", " ", "\n", "abcde"]),
                max_size=30).map("".join))
def test_long_words_are_the_alphabet_letters_pattern(text: str) -> None:
    full = re.compile("[^\\W\\d_\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3]{5,}")
    assert classify._long_words(text) == full.findall(text)


@SETTINGS
@given(st.lists(st.sampled_from(["<div>", "</div>", "<title>a</title>", "<h1>b</h1>", "<p>c",
                                 "<head>", "</head>", "<body>", "<svg><title>d</title></svg>",
                                 "<noscript>", "</noscript>", "x"]), max_size=12).map("".join))
def test_first_descendant_child_by_child_is_the_find(markup: str) -> None:
    from newsextract.metadata import _first_descendant
    from newsextract.segment.html import parse_html

    root = parse_html("<html>" + markup + "<p>end</p></html>")
    for tag in ("title", "h1", "p", "svg"):
        assert _first_descendant(root, tag) is root.find(".//" + tag)


_LONG = "<p>" + "Nine bears raised cubs in the park this year, the rangers said. " * 12 + "</p>"


@SETTINGS
@given(st.lists(st.sampled_from(["<head>", "</head>", "<body>", "<mbox>", "</mbox>", "<noscript>",
                                 "</noscript>", "<div>", "</div>", _LONG, "<p>x</p>", "<title>t</title>"]),
                max_size=10).map("".join))
def test_noscripts_found_in_the_first_walk_are_the_bodys_own(markup: str) -> None:
    # (the body's <noscript> elements, taken from a walk made before the body was recovered,
    # open the same one as a walk of the recovered body)
    from newsextract.metadata import elements_by_tag
    from newsextract.segment.html import parse_html, recover_body

    page = "<html>" + markup + "<p>end</p></html>"
    plain, walked = parse_html(page), parse_html(page)
    a = recover_body(plain)
    b = recover_body(walked, elements_by_tag(walked, ("noscript",))["noscript"])
    assert [el.tag for el in a.iter()] == [el.tag for el in b.iter()]


_SPACED_PIECES = ["a", "Bär", "x.", " ", "  ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\u00a0", "\u2009",
                  "\u200b", "\u2028", "\u3000", "\ufeff", "字", "😀"]


@SETTINGS
@given(st.lists(st.sampled_from(_SPACED_PIECES), min_size=1, max_size=12).map("".join))
def test_printable_text_with_single_spaces_is_its_own_folding(raw: str) -> None:
    # (the HTML walk's blocks keep such text as it is, without a split and join)
    if raw.isprintable() and "  " not in raw and raw[0] != " " and raw[-1] != " ":
        assert " ".join(raw.split()) == raw


def test_every_space_but_the_plain_one_is_unprintable() -> None:
    import sys

    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " " and c.isprintable()]


@SETTINGS
@given(st.lists(st.sampled_from(["Home", " » ", " › ", " > ", "»", ">", " ", "News", "x" * 30]),
                max_size=12).map("".join))
def test_breadcrumb_counts_each_separator_in_turn(text: str) -> None:
    plain = len(text) <= 100 and any(text.count(sep) >= 2 for sep in title._CRUMB_SEPARATORS)
    assert title._breadcrumb(text) == plain


def _plain_hits(pieces: list, phrases: tuple) -> set:
    """The blocks of the pieces whose lower-cased text holds a phrase starting before the
    piece's limit, each piece searched in its own lower-cased text (a longer small form, "İ"
    to "i̇", shifts no other piece's hits)."""
    page = "\n".join(text.lower() for _i, text, _limit in pieces)
    starts = [0]
    for _i, text, _limit in pieces:
        starts.append(starts[-1] + len(text.lower()) + 1)
    found = set()
    for p in phrases:
        for m in re.finditer(f"(?={re.escape(p)})", page):
            k = max(j for j, s in enumerate(starts[:-1]) if s <= m.start())
            if m.start() - starts[k] < pieces[k][2]:
                found.add(pieces[k][0])
    return found


_HIT_PIECES = _PHRASE_PIECES + ["é", "’", "İ", "😀", "会員", "PRIVACY POLICY", "Ü"]


@SETTINGS
@given(st.lists(st.tuples(st.lists(st.sampled_from(_HIT_PIECES), max_size=12).map("".join),
                          st.integers(0, 40)), max_size=8))
def test_hits_searched_as_bytes_are_the_plain_search(pieces: list) -> None:
    pieces = [(i // 2, text, limit) for i, (text, limit) in enumerate(pieces)]
    for phrases in (classify.minimal_phrases(classify._substrings()),
                    classify.minimal_phrases(classify._caption_markers())):
        assert classify._hits(pieces, phrases) == _plain_hits(pieces, phrases)


def _plain_page_hits(blocks: list) -> tuple:
    """_page_hits read as its docstring says: a furniture phrase anywhere in a block of up to
    400 characters, a caption marker anywhere in one under 240, else starting in its first
    100 or its last 140 characters; a folded menu's text read for neither."""
    phrases = classify.minimal_phrases(classify._substrings())
    markers = classify.minimal_phrases(classify._caption_markers())
    reach = max(map(len, markers), default=0)
    phrase_hits, marker_hits = set(), set()
    for i, b in enumerate(blocks):
        if b.items > 1:
            continue
        low = b.text.lower()
        if len(b.text) <= 400 and any(p in low for p in phrases):
            phrase_hits.add(i)
        n = len(b.text)
        # (a long block's head and tail, each lower-cased apart: a capital whose small form is
        # longer, "İ" to "i̇", shifts what follows it in the whole text's lower case, not in a
        # piece that starts after it)
        pieces = [(low, n)] if n < 240 else [(b.text[:100 + reach].lower(), 100), (b.text[n - 140:].lower(), 140)]
        for text, limit in pieces:
            if any(0 <= text.find(m) < limit for m in markers):
                marker_hits.add(i)
    return phrase_hits, marker_hits


# (texts about the 240 and 400 characters where the searches' reach changes, markers at their
# head, middle and tail)
_LONG_PIECES = _HIT_PIECES + ["x" * 37, "y " * 23, "Foto: ", "(Photo: AFP)", " REUTERS/"]


_PLACED = st.tuples(st.integers(0, 320), st.sampled_from(["Foto: Jane Doe", "(Photo: AFP)", " REUTERS/", "İ Foto:",
                                                          "Privacy Policy", "é ©"]), st.integers(0, 320)).map(
    lambda t: "x" * t[0] + " " + t[1] + " " + "y" * t[2])  # (a piece at any place in a text)


@SETTINGS
@given(st.lists(st.tuples(st.one_of(st.lists(st.sampled_from(_LONG_PIECES), max_size=40).map("".join), _PLACED),
                          st.integers(1, 3)), max_size=8))
@example(texts=[("x" * 96 + " İ Foto: " + "y" * 135, 1)])  # (a dotted capital in a 240-character block)
def test_page_hits_searched_once_for_both_are_the_plain_reading(texts: list) -> None:
    from newsextract.blocks import Block

    blocks = []
    for k, (text, items) in enumerate(texts):
        b = Block(text, k)
        b.items = 1 if items < 3 else 3  # (a folded menu now and then)
        blocks.append(b)
    assert classify._page_hits(blocks) == _plain_page_hits(blocks)


def test_a_caption_marker_counts_in_a_blocks_head_and_tail_only() -> None:
    from newsextract.blocks import Block

    def marked(before: int, after: int) -> bool:
        return bool(classify._page_hits([Block("x" * before + " Foto: Jane Doe " + "y" * after)])[1])

    assert marked(150, 50)  # (a block under 240 characters: anywhere)
    assert marked(10, 300) and marked(300, 10)  # (its head, its tail)
    assert not marked(150, 150)  # (the middle of a block of 240 or more)
    assert not marked(250, 300) and marked(5, 500)  # (a block of more than 400, the same)


def test_a_dotted_capital_shifts_no_later_blocks_hits() -> None:
    # "İ" lower-cases to two characters: a phrase at a block's end is still that block's
    pieces = [(0, "İİİİİİ juga", 400), (1, "lihat", 400)]
    assert classify._hits(pieces, ("juga",)) == {0}


def test_wide_or_spaceless_class_written_as_its_complement_is_the_plain_one() -> None:
    from newsextract.blocks import _WIDE_OR_SPACELESS

    plain = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\U0010ffff]")
    chars = [chr(c) for c in range(0x110000) if not 0xd800 <= c <= 0xdfff]
    assert [c for c in chars if bool(plain.match(c)) != bool(_WIDE_OR_SPACELESS.match(c))] == []


@SETTINGS
@given(st.lists(st.sampled_from(PIECES + ["!", "?", "…", "。", "！", "？", "»", "«", "」", "\n", "a"]),
                max_size=30).map("".join))
def test_sentence_end_searched_in_the_last_three_characters_is_the_whole_search(text: str) -> None:
    for rx in (classify._CLOSED, classify._SHORT_SENTENCE_END):
        assert bool(rx.search(text[-3:])) == bool(rx.search(text))


@SETTINGS
@given(st.lists(st.sampled_from(PIECES + ["Baca juga", "baca", "A", "a ", "à", "Most read", "— ", "» "]),
                max_size=12).map("".join))
def test_label_words_by_their_heads_are_the_plain_startswith(text: str) -> None:
    plain = text.lstrip(classify._LEAD_PUNCT)[:40].lower().startswith(classify._starts()[1])
    assert classify._may_be_label(text) == plain


@SETTINGS
@given(st.lists(st.text(alphabet="abé:", max_size=4), max_size=10), st.text(alphabet="abé: ", max_size=6))
def test_starts_with_any_is_startswith_of_all_the_words(words: list, low: str) -> None:
    assert classify._starts_with_any(low, classify._by_head(tuple(words))) == low.startswith(tuple(words))


def _lone_label_by_tuples(text: str, profile) -> object:
    """lone_label as written before its label sets: the profile's tuples scanned."""
    if len(text) > 60:
        return None
    low = text.strip().rstrip(":：").strip().casefold()
    if not low or len(low) > 30:
        return None
    if low.endswith(("in", "nen")) and low not in profile.author_labels and low not in profile.editor_labels:
        low = byline._GENDERED_END.sub("", low)
    if low in profile.author_labels:
        return "author"
    return "editor" if low in profile.editor_labels else None


def test_lone_label_by_sets_answers_as_the_label_tuples() -> None:
    from newsextract.profiles import available, merged
    for profile in [merged()] + [get_profile(c) for c in available()]:
        labels = list(profile.author_labels) + list(profile.editor_labels)
        lines = [f(w) for w in labels for f in (str, str.upper, lambda w: w + " :", lambda w: w + "innen",
                                                lambda w: w + ":in", lambda w: " " + w.title() + "：")]
        lines += ["Penulis", "Autorin", "Autor:innen", "Redakteurin", "Budi Santoso", "", ":", "By Jane Doe"]
        for line in lines:
            assert byline.lone_label(line, profile) == _lone_label_by_tuples(line, profile), line


@SETTINGS
@given(st.lists(st.sampled_from(["Jane", "Doe", "Associated", "Press", "AP", "avec", "AFP", "For", "dpa",
                                 "Reuters", "the", "x"]), max_size=12))
def test_name_tails_only_as_long_as_an_agency_are_joined(words: list) -> None:
    from newsextract.fields import byline
    from newsextract.profiles import get_profile, merged

    def plain(words: list, profile) -> list:  # (every tail joined, as before)
        agencies = profile.agencies | merged().agencies
        for k in range(2, len(words)):
            tail = " ".join(words[k:]).lower()
            if tail in agencies or words[k][:1].islower() and tail.partition(" ")[2] in agencies:
                return words[:k]
            if words[k].lower() in merged().writing_for and k + 1 < len(words) \
                    and words[k + 1][:1].isupper() and byline._names_outlet(words[k + 1:]):
                return words[:k]
        while len(words) > 2 and words[-1].lower() in profile.not_names:
            words = words[:-1]
        return words

    for lang in ("en", "fr", "id"):
        profile = get_profile(lang)
        assert byline._without_tail(words, profile) == plain(words, profile)


CREDIT_PIECES = ["Pewarta", "Editor", "Penulis", "Reporter", "By", ":", ": ", "Mentari", "Dwi", "Gayati",
                 "Ahmad", "Wijaya", " ", ".", ". ", "\"", "”", "Perdagangan", "dan", "kata", "COPYRIGHT ©",
                 "ANTARA", "2020", "x" * 30, "y" * 70]


def _credits_apart_plain(blocks: list) -> list:
    """_credits_apart as first written: each block's end sliced, every block tried."""
    from dataclasses import replace

    from newsextract.fields.credit import split_glued_credit
    if not any(":" in b.text[-200:] for b in blocks):
        return blocks
    out = []
    for b in blocks:
        parts = split_glued_credit(b.text) if not b.heading and b.items == 1 else None
        if parts:
            out.append(replace(b, text=parts[0]))
            out.append(replace(b, text=parts[1]))
        else:
            out.append(b)
    if len(out) == len(blocks):
        return blocks
    for i, b in enumerate(out):
        b.index = i
    return out


@SETTINGS
@given(st.lists(st.tuples(st.lists(st.sampled_from(CREDIT_PIECES), max_size=40).map("".join),
                          st.booleans(), st.sampled_from([1, 1, 3])), max_size=6))
def test_credits_apart_tries_only_blocks_with_a_colon(specs: list) -> None:
    from newsextract.blocks import Block
    from newsextract.pipeline import _credits_apart

    def make() -> list:
        return [Block(text, index=i, heading=heading, items=items)
                for i, (text, heading, items) in enumerate(specs)]

    fast, plain = make(), make()
    got, want = _credits_apart(fast), _credits_apart_plain(plain)
    assert [(b.text, b.index, b.heading, b.items) for b in got] == \
        [(b.text, b.index, b.heading, b.items) for b in want]
    assert (got is fast) == (want is plain)  # (no split: the same list, untouched)


def test_credits_apart_splits_a_glued_credit_and_passes_a_page_with_none() -> None:
    from newsextract.blocks import Block
    from newsextract.pipeline import _credits_apart
    para = "Harga beras naik lagi di pasar, kata pejabat Kementerian Perdagangan."
    glued = Block(para + " Pewarta: Mentari Dwi Gayati Editor: Ahmad Wijaya", index=1)
    blocks = [Block("Judul", index=0, heading=True), glued, Block("Baca juga berita lain", index=2)]
    got = _credits_apart(blocks)
    assert [b.text for b in got] == ["Judul", para, "Pewarta: Mentari Dwi Gayati Editor: Ahmad Wijaya",
                                     "Baca juga berita lain"]
    assert [b.index for b in got] == [0, 1, 2, 3]
    plain = [Block("No colon here.", index=0), Block("Nor here", index=1)]
    assert _credits_apart(plain) is plain


@SETTINGS
@given(st.lists(st.sampled_from(_PHRASE_PIECES + ["é", "’", "会", "ı"]), max_size=30).map("".join))
def test_phrase_search_in_bytes_skips_only_keys_whose_lead_byte_is_missing(page: str) -> None:
    data = page.encode("utf-8")
    for phrases in (classify.minimal_phrases(classify._substrings()),
                    classify.minimal_phrases(classify._caption_markers())):
        plain = sorted(m.start() for p in phrases for m in re.finditer(re.escape(p.encode("utf-8")).join([b"(?=", b")"]), data))
        assert sorted(classify._occurrences(data, phrases)) == plain


def test_phrase_search_in_bytes_finds_accented_and_japanese_phrases() -> None:
    phrases = ("lien copié", "会員登録が必要です", "privacy policy")
    page = "read our privacy policy\nlien copié\n".encode("utf-8")
    assert sorted(classify._occurrences(page, phrases)) == [9, 24]
    japanese = "x 会員登録が必要です".encode("utf-8")
    assert classify._occurrences(japanese, phrases) == [2]
    assert classify._occurrences(b"lien copie, privacy", phrases) == []


HOST_PIECES = ["http://", "https://", "www.", "@", ".", "-", "/", ":", "\n", " ", "a", "news", "be",
               "co.uk", "fr", "harbour", "my-www", "x1", "_", "+", "WWW."]


@SETTINGS
@given(st.lists(st.sampled_from(HOST_PIECES), max_size=40).map("".join))
def test_named_domains_searches_only_lines_with_an_address_mark(text: str) -> None:
    # the dump's hosts are sought only in the lines that hold "://", "@" or "www.": the same
    # hosts as the pattern run over the whole text
    from collections import Counter

    from newsextract import pipeline
    from newsextract.domain import registrable
    from newsextract.profiles import merged

    plain: Counter = Counter()
    for m in pipeline._NAMED_HOST.finditer(text):
        site = registrable(m.group(m.lastindex or 0))
        if site and site not in merged().short_link_domains:
            plain[site] += 1
    assert pipeline._named_domains(text) == plain


# the plain forms the quotation finder's shortcuts replace, kept as the reference
_OLD_MARK_RX = re.compile("[\"“”„«»‘’]")
LOWER_PIECES = ["pelatih", "pelatihan", "kata", "coach", "president", "timnas", "ketua", "warga", "the",
                "Shin", "Tae-yong", "Budi", "Santoso", "O’Neil", "enggan", "said", " ", " ", " ", ". ",
                ", ", "! ", "? ", "\n", ".", ",", "-", "’", "‘", "'", "é", "dr", "x", "9", "_"]
LOWER_TEXT = st.lists(st.sampled_from(LOWER_PIECES), max_size=50).map("".join)
MARK_PIECES = ["don", "’", "‘", "t", "s", " ", "“", "”", "\"", "«", "»", "„", "9", "_", "é", ",", ".",
               "\n", "Kami", "’s", "‘90s", "rock ‘n’ roll", "X", "١", "²"]
MARK_TEXT = st.lists(st.sampled_from(MARK_PIECES), max_size=40).map("".join)


def _old_lower_titled(body: str, titles) -> list:
    return [m for m in quotes._LOWER_TITLED.finditer(body) if m.group(1) in titles]


def _old_find_marks(par: str) -> list:
    return [(m.group(0), m.start()) for m in _OLD_MARK_RX.finditer(par)
            if m.group(0) not in "‘’" or quotes._single_mark(par, m.start())]


def _new_find_marks(par: str) -> list:
    return [(m.group(0), m.start()) for m in quotes._SPAN_MARK_RX.finditer(par)
            if m.group(0) not in "‘’" or quotes._single_mark(par, m.start())]


@SETTINGS
@given(LOWER_TEXT)
def test_lower_titled_matches_are_the_titled_finditer_matches(text: str) -> None:
    for lang in ("id", "en"):
        titles = get_profile(lang).titles | {"pelatih", "coach", "president", "ketua"}
        assert _spans(quotes._lower_titled_matches(text, titles)) == _spans(_old_lower_titled(text, titles))


@SETTINGS
@given(MARK_TEXT)
def test_span_marks_skip_only_the_apostrophes_single_mark_refuses(text: str) -> None:
    assert _new_find_marks(text) == _old_find_marks(text)


def test_quotation_shortcuts_on_the_fixture_pages() -> None:
    """The same on every page of text among the fixtures, paragraph by paragraph."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "fixtures"
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.rglob("*"))
             if p.suffix in (".txt", ".html", ".md")]
    assert len(pages) > 20
    pages.append("Sementara itu, pelatih timnas Shin Tae-yong enggan berkomentar.\npelatih Budi Santoso "
                 "datang. ketua RT Ahmad Yani mengatakan, pelatih kepala Andi Wijaya dipecat.")
    found = 0
    for page in pages:
        for lang in ("id", "en", "de"):
            titles = get_profile(lang).titles
            old = _spans(_old_lower_titled(page, titles))
            assert _spans(quotes._lower_titled_matches(page, titles)) == old
            found += len(old)
        for par in page.split("\n"):
            assert _new_find_marks(par) == _old_find_marks(par)
    assert found > 0


@SETTINGS
@given(st.lists(st.sampled_from(["Andina", "Librianty", "Sean", "Martin", "An", "A", "x", "é", " ", "  ",
                                 "\n", "|"]), max_size=10).map("".join),
       st.sampled_from(["", " ", "  ", "\n"]), st.booleans())
@example("Sean Martin", " ", True)
@example("Andina Librianty", "", True)
def test_a_line_printed_twice_is_read_where_its_head_stands_again(text: str, gap: str, doubled: bool) -> None:
    line = text + gap + text if doubled else text
    m = byline._TWICE.match(line) if len(line) < 120 else None
    assert byline.printed_once(line) == (m.group(1) if m else line)
    if doubled and text in ("Sean Martin", "Andina Librianty"):
        assert byline.printed_once(line) == text


@SETTINGS
@given(st.lists(st.sampled_from(["Wali", "Kota", "Bima", "Arya", "meninjau", "lokasi", "O’Brien", "Jean-Pierre",
                                 ".", "!", "?", " ", "  ", "\n", ",", "É", "x", "A"]), max_size=30).map("".join))
@example("Wali Kota Bogor Bima Arya meninjau. Ketua DPR Puan\nMenteri Budi")
@example("É Wali")  # (a capital beyond A-Z opens a sentence too)
@example("Kota.\n Bima Arya.\nWali Kota!\n\nBima Arya")  # (a line break then a space opens none)
def test_sentence_openers_are_the_finditer_with_the_start(body: str) -> None:
    # (the module's "A-Z" stands for the Latin alphabets' capitals: quotes._u)
    plain = re.finditer(quotes._u(r"(?:^|[.!?] |\n)([A-Z][\w'’\-]*) (?=[A-Z])"), body)
    assert [(m.span(1), m.group(1)) for m in quotes._sentence_openers(body)] == \
        [(m.span(1), m.group(1)) for m in plain]


@SETTINGS
@given(st.lists(st.sampled_from(["Rep", "Dr", "Gov", "state", "Linda", "said", ".", ". ", " ", "\n", ",", "x"]),
                max_size=20).map("".join))
@example("said state Rep. Linda Moore.")
def test_title_dots_dropped_only_where_a_dot_and_a_space_stand_is_the_plain_sub(text: str) -> None:
    profile = quotes._with_all_titles(get_profile("en"))
    assert quotes._without_title_dots(text, profile) == quotes._title_dots(profile).sub(r"\1", text)


@SETTINGS
@given(st.lists(st.sampled_from(["Andi", "Wijaya", "Selasa", "Senin", "Sabtu", "Sab", "Monday", "Mon", "Montag",
                                 "Mittwoch", "Mercoledì", "miércoles", ",", " ", "12", "3", "x"]),
                max_size=14).map("".join))
@example("Andi WijayaSelasa, 12 Desember 2023")
def test_glued_day_tree_is_the_days_alternation(text: str) -> None:
    from newsextract.fields.dates import merged_days
    from newsextract.rxcache import longest_first

    days = sorted((d.capitalize() for d in merged_days() if len(d) >= 4 and d.isalpha()), key=longest_first)
    plain = re.compile(r"(?<=[a-z])(?=(?:" + "|".join(map(re.escape, days)) + r"),?\s*\d)")
    assert byline._glued_day_rx().sub(" ", text, count=1) == plain.sub(" ", text, count=1)
    assert [m.span() for m in byline._glued_day_rx().finditer(text)] == [m.span() for m in plain.finditer(text)]


@SETTINGS
@given(TEXT)
@example("MADRID (EFE).- El Gobierno aprobó ...")
@example("Pariaman (Inmas)- Pemerintah ...")
@example("BOGOR -- Pemerintah ...")
def test_lead_dash_test_never_hides_a_lead(text: str) -> None:
    if dateline._LEAD.match(text):
        assert dateline._spaced_dash_near_start(text)


@SETTINGS
@given(st.integers(0, 95), st.sampled_from(["", " ", "   ", "\n", "\u00a0"]),
       st.sampled_from(["-", "--", "–", "—", ".-", ")-", "a-", "aaa-", "aaa--"]),
       st.sampled_from(["", " ", "\n", "x", "X", " X", "-"]), st.sampled_from(["Jakarta", "well", "x"]))
def test_lead_dash_test_at_the_reachs_end(n: int, gap: str, dash: str, after: str, rest: str) -> None:
    text = "J" + "a" * n + gap + dash + after + rest
    if dateline._LEAD.match(text):
        assert dateline._spaced_dash_near_start(text)
    assert not dateline._spaced_dash_near_start("Jakarta well-known Covid-19 cases rose")


# what a sentence that a role in small letters opens is made of: capitals, roles, stops, line
# breaks, a stop with no space after it, apostrophes and hyphens in names
ROLE_PIECES = ["Shipping", "association", "chairman", "Hendro", "Gunawan", "welcomed", "Chief",
               "economist", "O’Neil", "Mendes-Ruiz", "expects", "x", "A", "I", " ", " ", " ", ". ",
               "! ", "? ", ".", ", ", "\n", "-", "'", "é", "É"]


@SETTINGS
@given(st.lists(st.sampled_from(ROLE_PIECES), max_size=40).map("".join))
@example("Shipping association chairman Hendro Gunawan welcomed it. Chief economist Royce Mendes expects")
@example("x. Chief economist Royce Mendes expects\nChief economist Royce Mendes expects")
@example("x.Chief economist Royce Mendes expects")
def test_role_opened_pattern_is_the_one_with_its_sentence_start_first(text: str) -> None:
    plain = re.compile(quotes._u(r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z\-]+)((?: [a-z][a-z\-]*){0,2}) ([a-z][a-z\-]+)"
                                 r"((?: [A-Z][\w'’\-]*){2,4}) ([a-z][\w\-]*)"))
    assert _spans(quotes._ROLE_OPENED.finditer(text)) == _spans(plain.finditer(text))


SCRIPT_TEXT = st.text(alphabet="日本語テキスト中文内容Привет мирЇжакіґанокыэελληνικάمرحباپچ ক্ষঅৰৱ한국어שלוםไทยabcéüçąłß ",
                      min_size=0, max_size=300)


@SETTINGS
@given(SCRIPT_TEXT)
def test_script_shares_counted_when_asked_are_the_eager_ones(text: str) -> None:
    letters = max(1, sum(map(str.isalpha, text)))
    shares = language._ScriptShares(text, letters)
    for code, pat in language._other_script_patterns():
        assert shares[code] == len(pat.findall(text)) / letters


@SETTINGS
@given(SCRIPT_TEXT)
def test_stopwords_of_other_letters_are_counted_where_their_letters_stand(text: str) -> None:
    low = text.lower()
    codes = language.counted()
    absent = {ch for ch in language._other_letters(codes) if ch not in low}
    for _word, beyond in language._other_words(codes):
        assert absent.isdisjoint(beyond) == all(ch in low for ch in beyond)


# the plain form of quotes._TITLE_NAME_VERB: the look-behind first, the words' letters greedy
_PLAIN_TITLE_NAME_VERB = re.compile(r"(?<![\w'’\-])([a-z][\w\-]*) ((?:[A-Z][\w'’\-]* ){1,3}[A-Z][\w'’\-]*)"
                                    r"(?: \([A-Z][\w\-]{0,11}\))? ([a-z][\w\-]*)")
TITLED = st.lists(st.sampled_from(["minister", "Ann", "Lee", "Van", "said", " ", " ", "-", "'", "’", "(SPD)",
                                   "x", "A", "é", "_", "1", "\n", ".", ","]), max_size=24).map("".join)


@SETTINGS
@given(TITLED)
def test_title_name_verb_finds_what_its_plain_form_finds(text: str) -> None:
    from newsextract.fields import quotes

    def found(p: "re.Pattern[str]") -> list:
        return [(m.span(), m.groups()) for m in p.finditer(text)]

    assert found(quotes._TITLE_NAME_VERB) == found(_PLAIN_TITLE_NAME_VERB)


@pytest.mark.parametrize("text, names", [
    ("and transport minister Thomas Danielsen is ready", ["Thomas Danielsen"]),
    ("minister Ann Lee (SPD) said", ["Ann Lee"]),
    ("ex-minister Ann Lee said", ["Ann Lee"]),  # (the word is "ex-minister", from its start)
    ("the Ann Lee Bob said", ["Ann Lee Bob"]),  # (any small word: the role is tested after)
    ("said Ann Lee.", []),  # (no small word after the name)
    ("’minister Ann Lee said", []),
    ("Aminister Ann Lee said", []),
    ("minister Ann said", []),  # (one capitalised word: no name)
])
def test_title_name_verb_shapes(text: str, names: list) -> None:
    from newsextract.fields import quotes

    assert [m.group(2) for m in quotes._TITLE_NAME_VERB.finditer(text)] == names


def _plain_label_split(glued: bool, text: str) -> list:
    """The plain form of byline's second-label split: a look-behind first, tried everywhere."""
    from newsextract.profiles import merged
    k = merged()
    words = sorted({w.capitalize() for w in (*k.editor_labels, *k.author_labels, *(() if glued else k.photo_labels))
                    if " " not in w and w.isalpha() and (len(w) >= 4 or not glued)}, key=lambda w: (-len(w), w))
    after = r"[A-Z][^\W\d_A-Z]" if glued else r"\s*[:：]"
    return re.split(r"(?<=\S)\s*(?=(?:" + "|".join(words) + ")" + after + ")", text)


LABELS = st.lists(st.sampled_from(["Editor", "Reporter", "Foto", "Text", "Penulis", "Redaktur", "EditorDewi",
                                   "Budi", "Santoso", "ReporterBudi", "editor", "EDITOR", "Dewi", " ", "  ",
                                   "\n", "\t", "\u00a0", "\u3000", "\x1c", "\x85", ":", "：", " :", "|", ".",
                                   "é", "A", "x", "Photo Illustration:", "责任编辑", "编辑", "X"]), max_size=30).map("".join)


@SETTINGS
@given(LABELS)
@example("MarhendriEditor : Agus")
@example(" Editor: a")
@example("Editor:Reporter:Foto:")
@example("x \u3000Editor\x1c:")
@example("SantosoEditorDewi ReporterBudi")
@example("X责任编辑：王五 编辑：李四")  # (a label ending another: "编辑" in "责任编辑")
def test_second_label_split_is_the_plain_split(text: str) -> None:
    assert byline._split_before(byline._second_label(), text) == _plain_label_split(False, text)
    assert byline._split_before(byline._second_glued_label(), text) == _plain_label_split(True, text)




def _plain_ymd(short_years: bool) -> tuple:
    """The year-first named date pattern, and as written before, a word's bound first."""
    ymd = dates._profile_patterns(get_profile("en"), short_years)[11]
    plain = ymd.pattern.replace(r"(?P<year>(?:19|20)(?<!\w\d\d)\d\d)", r"\b(?P<year>(?:19|20)\d\d)")
    assert plain != ymd.pattern
    return ymd, re.compile(plain, re.I)


DATED = st.lists(st.sampled_from(["May", "május", "márc.", "március", "xMay", "2024", "1999", "12024", "x2024",
                                  "_2024", "é2024", "٢2024", " ", "  ", "\t", "\n", ".", ",", "5", "12", "31", "a",
                                  "_", "é"]), max_size=20).map("".join)


@SETTINGS
@given(DATED)
@example("2024. május 12.")
@example("a2024. május 12.")
@example("12024. május 12.")
@example("x 2024. márc. 12. 14:35")
def test_year_first_date_opening_with_its_digits_is_the_plain_pattern(text: str) -> None:
    for short_years in (False, True):
        ymd, plain = _plain_ymd(short_years)
        assert _spans(ymd.finditer(text)) == _spans(plain.finditer(text))


_DAY = r"(?P<day>\d(?:(?<=[0-3])\d)?)"
_FIRST = r"(?P<a>\d(?:(?<=[0-3])\d)?)"
DIGITS = st.lists(st.sampled_from(["0", "1", "3", "4", "9", "12", "31", "45", "05", "2024", "1999", "24", ".", ". ",
                                   "/", "-", " ", "\t", "th", "st", "Juni", "June", "de", "mayo", "x", "é", "14:30",
                                   ",", "|"]), max_size=24).map("".join)


@SETTINGS
@given(DIGITS)
@example("11. Juni 2025")
@example("5th June 2025")
@example("45.06.2025 31.12.2024")
@example("4 de mayo de 2022")
@example("05.08.24 kl. 14:47")
def test_day_first_dates_opening_with_a_digit_are_the_plain_patterns(text: str) -> None:
    # ("\d(?:(?<=[0-3])\d)?" for "[0-3]?\d": the same digits, tried in the same order)
    for code in ("en", "de", "es"):
        for short_years in (False, True):
            pats = dates._profile_patterns(get_profile(code), short_years)
            for pat, plain in ((pats[0], pats[0].pattern.replace(_DAY, r"(?P<day>[0-3]?\d)", 1)),
                               (pats[2], pats[2].pattern.replace(_FIRST, r"(?P<a>[0-3]?\d)", 1))):
                assert plain != pat.pattern
                assert _spans(pat.finditer(text)) == _spans(re.compile(plain, pat.flags).finditer(text))


# the title, name and verb pattern's matches, found only where a name of two capitalised words
# follows a space (_title_name_verb_matches), are finditer's: pieces that make and break them
# (a role word, a name, a party's letters, an apostrophe or a hyphen before the role word, a
# word in capitals glued to a small one, a name's words run on with no small word after)
NAME_VERB_PIECES = ["minister", "council", "member", "chairman", "Ann", "Lee", "Bob", "Ray", "Élise",
                    "O’Neil", "D'Arcy", "Jean-Luc", "(R-Texas)", "(S)", "said", "voted", "is", "x-ray",
                    "ça", "9", "_", "-", "’", "'", "(", ")", " ", " ", " ", "  ", ". ", ", ", "\n", "é", "A",
                    "aB"]
NAME_VERB_TEXT = st.lists(st.sampled_from(NAME_VERB_PIECES), max_size=40).map("".join)


@SETTINGS
@given(NAME_VERB_TEXT)
@example("and budget director Ann Lee defended it, minister Bob Ray said")
@example("officials Ann Lee minister Bob Ray said")  # (the first match takes "minister": no second)
@example("-minister Ann Lee said ’chief Bob Ray said x_chief Ann Lee voted")
@example("Senator Jane Roe (R-Texas) voted")
def test_title_name_verb_matches_are_the_finditer_matches(text: str) -> None:
    assert _spans(quotes._title_name_verb_matches(text)) == _spans(quotes._TITLE_NAME_VERB.finditer(text))


def test_title_name_verb_matches_read_in_a_sentence() -> None:
    # checked by eye: the role, the name and the verb; a match that takes the next one's role
    # word as its verb leaves that one out, as finditer does ("minister Bob Ray said")
    found = [m.groups() for m in quotes._title_name_verb_matches(
        "Critics said transport minister Thomas Danielsen is ready. Two officials Ann Lee minister Bob Ray said.")]
    assert found == [("minister", "Thomas Danielsen", "is"), ("officials", "Ann Lee", "minister")]


@SETTINGS
@given(MARK_TEXT)
@example("plain words, no mark")
@example("l’école")  # (a mark _single_mark refuses: the pattern is asked all the same)
def test_span_marks_are_sought_only_in_a_paragraph_holding_one(text: str) -> None:
    assert quotes._may_hold_mark(text) == (quotes._SPAN_MARK_RX.search(text) is not None
                                           or "’" in text)
    if not quotes._may_hold_mark(text):
        assert quotes.find_spans(text) == []


@SETTINGS
@given(TEXT)
@example("Budi Santoso kata")
def test_a_line_is_no_hint_where_the_page_gives_none(text: str) -> None:
    # find_title reads no candidate line's key when the page gives no hint (a dump's style that
    # prints no <title>): no key is a hint then, whatever the line holds
    assert not title._hinted(title.match_key(text), [])
    assert not title._hinted("", [])
    # (and a hinted line still is one: the shortcut is taken only when there are no hints)
    assert title._hinted(title.match_key(text), [title.match_key(text)])


# a heading's and a headline's tests split a text no further than one word past the most they
# allow (a paragraph is not cut into all its words): the same answers as the full split's
SPLIT_PIECES = ["About", "about", "KOMPAS.com", "Liputan6.com", "the", "author", "Author", "Jane", "Doe", "Über",
                "die", "Autor:in", "Carla", "Muster", "news", "x", "word", ".", ":", " :", " ", " ", "  ", "\n",
                "\t", "\u00a0", "’"]
SPLIT_TEXT = st.lists(st.sampled_from(SPLIT_PIECES), max_size=45).map("".join)


def _full_split_writer_box_heading(text: str) -> bool:
    """classify._writer_box_heading as written before its split was capped (the reference)."""
    from newsextract.profiles import merged
    from newsextract.weights import WEIGHTS as W

    words = text.rstrip(" :").split()
    if not words or len(words) > W.section_heading_words or words[-1].endswith(classify._SENTENCE_END):
        return False
    line = " ".join(words).replace("’", "'")
    low = line.casefold()
    for h in merged().writer_box_headings:
        if low == h:
            return True
        if low.startswith(h) and not low[len(h)].isalnum():
            return classify._name_words(line[len(h):].strip(" -–—:|").split())
    return False


@SETTINGS
@given(SPLIT_TEXT)
@example("About KOMPAS.com")
@example("About the author Jane Doe")
@example("About x x x x x x x x KOMPAS.com ")  # (ten words and a trailing space)
@example("About x x x x x x x x x KOMPAS.com ")  # (eleven)
@example("About the author: ")
def test_capped_splits_answer_as_the_full_split(text: str) -> None:
    from newsextract.blocks import Block
    from newsextract.profiles import merged
    from newsextract.weights import WEIGHTS as W

    most = W.section_heading_words
    words = text.split()
    # the full split's answers, as _about_box, _writer_box_heading and _headline_like read them
    about = 2 <= len(words) <= most and not text.endswith(classify._SENTENCE_END) \
        and words[0].lower() in merged().about_words \
        and (bool(classify.domain_rx().search(text)) or any(w.lower() in merged().outlets for w in words[1:]))
    assert classify._about_box(text) == about
    assert classify._writer_box_heading(text) == _full_split_writer_box_heading(text)
    n = len(words)
    block = Block(text)
    assert title._headline_like(block) == (W.title_kicker_words < n <= 30 and not text.endswith("."))


def test_capped_splits_on_headings_and_paragraphs() -> None:
    # checked by eye: a box's heading is one, a paragraph that opens with the same words is none
    from newsextract.blocks import Block

    paragraph = "About KOMPAS.com and its readers, the editors wrote a long note that runs on for far more " \
                "words than any heading has, and it ends with a stop"
    assert classify._about_box("About KOMPAS.com")
    assert not classify._about_box(paragraph)
    assert classify._writer_box_heading("About the author")
    assert not classify._writer_box_heading("About the author " + paragraph)
    assert title._headline_like(Block("Council votes to close the old bridge for repairs"))
    assert not title._headline_like(Block(paragraph + " " + paragraph))
