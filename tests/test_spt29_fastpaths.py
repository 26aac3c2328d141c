"""Session 29's shortcuts on the text-dump path, each held to the plain reading it skips.

_share_bar: a share bar's words are names but for a quarter of them at most, so one of its
first few words (a quarter of the line's words, and one) is a name; a line whose first words
are none is passed by before its words are all stripped and looked up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import classify
from newsextract.profiles import get_profile, merged
from newsextract.weights import WEIGHTS as W

SETTINGS = settings(max_examples=3000, deadline=None)


def _plain_share_bar(low: str) -> bool:
    """A line of share buttons' names as the rule reads it, word by word, every word."""
    split = low.split()
    if not 2 <= len(split) <= W.share_bar_max_words:
        return False
    names = merged().share_names
    words = [w for w in (w.strip(".,:;|·•/") for w in split) if w]
    return len(words) >= 2 and sum(w in names for w in words) >= max(2, W.share_bar_share * len(words))


# names, words that are none, names glued to marks, marks alone, and spaces of several kinds
_BAR_PIECES = sorted(merged().share_names) + [
    "the", "news", "read", "more", "Facebook,", "|twitter|", "·", "•", "/", "|", ":", ".",
    "x.", "(x)", "e-mail:", "share:", "mailbox", "printer", "sharer", " ", " ", " ", "  ", "\t", "\u00a0",
]


@SETTINGS
@given(st.lists(st.sampled_from(_BAR_PIECES), max_size=16).map(" ".join))
def test_share_bar_is_the_plain_reading_on_spaced_words(line: str) -> None:
    assert classify._share_bar(line.lower()) == _plain_share_bar(line.lower())


@SETTINGS
@given(st.lists(st.sampled_from(_BAR_PIECES), max_size=16).map("".join))
def test_share_bar_is_the_plain_reading_on_glued_pieces(line: str) -> None:
    assert classify._share_bar(line.lower()) == _plain_share_bar(line.lower())


@SETTINGS
@given(st.text(alphabet=st.sampled_from("abcefilmnoprstwxy .,:;|·•/-+\u00a0"), max_size=80))
def test_share_bar_is_the_plain_reading_on_any_letters(line: str) -> None:
    assert classify._share_bar(line) == _plain_share_bar(line)


def test_share_bars_are_read() -> None:
    for line in ("Facebook Twitter WhatsApp", "Share: Facebook | Twitter | Email",
                 "facebook · twitter · linkedin · e-mail · print",
                 # (non-names up to a quarter, standing first: "Share this article" and a mark)
                 "Share this article: Facebook Twitter LinkedIn Email Print WhatsApp Telegram",
                 "Teilen: Facebook, X, WhatsApp, E-Mail, Telegram, Print, LinkedIn"):
        assert _plain_share_bar(line.lower()), line  # (the shape, as the rule reads it)
        assert classify._share_bar(line.lower()), line


def test_near_misses_are_no_share_bars() -> None:
    for line in (
            "Follow us on Facebook and Twitter for more news",  # a sentence naming two
            "The mayor posted the letter on Facebook.",  # one name in a sentence
            "Read more news from the region on our site today",  # no name
            "Print edition: subscribe now",  # a name, then words that are none
            "Facebook",  # one word
            "Teilen | Facebook | X | WhatsApp | E-Mail | Drucken",  # four names of six: under three quarters
            "Share the news of the day with your friends and family now",  # a name first only
            "Facebook Twitter WhatsApp Telegram Email Print LinkedIn Reddit Tumblr Pocket Xing VK",
    ):
        assert classify._share_bar(line.lower()) == _plain_share_bar(line.lower()), line
    assert not classify._share_bar("follow us on facebook and twitter for more news")
    assert not classify._share_bar("share the news of the day with your friends and family now")
    assert not classify._share_bar("teilen | facebook | x | whatsapp | e-mail | drucken")
    # (twelve names: a bar; thirteen words are over the rule's count, whatever they are)
    assert classify._share_bar("facebook twitter whatsapp telegram email print linkedin reddit tumblr pocket xing vk")
    assert not classify._share_bar(
        "facebook twitter whatsapp telegram email print linkedin reddit tumblr pocket xing vk sms")


def test_names_after_the_spare_words_are_still_read() -> None:
    # eight words, two of them no name, standing first: the quarter allowed, the bar read
    assert classify._share_bar("teilen auf: facebook twitter whatsapp telegram email print")
    # three words first that are none, of eight: over the quarter, no bar (the plain reading too)
    line = "jetzt hier teilen facebook twitter whatsapp telegram email"
    assert not classify._share_bar(line) and not _plain_share_bar(line)


# _desk_credit: the placed desk's pattern is tried only on a line holding its dash ("—" or "–"),
# which every match of it holds; portrait_name: the alt text glued to the name is looked for only
# where the line's last word is printed twice in it, as the name every match ends with is.

from newsextract.fields import byline, title  # noqa: E402

_DESK_PIECES = ["Por", "By", "Von", "g1", "SP", "AP", "Staff", "São", "Paulo", "Chicago", "Europe", "—", "–",
                "-", " — ", " – ", " ", "  ", "\t", "UN", "Standards", "2030", "Falls", "Short", "que", "o"]


def _plain_desk(text: str) -> bool:
    """title._PLACED_DESK tried on every line, as before the dash's test."""
    return title._PLACED_DESK.fullmatch(text) is not None


@SETTINGS
@given(st.lists(st.sampled_from(_DESK_PIECES), max_size=12).map("".join))
def test_desk_pattern_matches_only_lines_with_its_dash(line: str) -> None:
    if "—" not in line and "–" not in line:
        assert not _plain_desk(line)


def test_desk_credits_and_near_misses() -> None:
    en, pt = get_profile("en"), get_profile("pt")
    assert title._desk_credit("Por g1 SP — São Paulo", pt)
    assert title._desk_credit("By AP Staff – Chicago", en)
    # (near misses: a headline with the label's word and a dash; a hyphen is no desk's dash)
    assert not title._desk_credit("By UN Standards — Europe Falls Short", en)
    assert not title._desk_credit("Por que o dólar subiu — entenda", pt)
    assert not title._desk_credit("By AP Staff - Chicago", en)


_ALT_PIECES = ["Porträt", "von", "Photo", "of", "Foto", "de", "Anna", "Schmidt", "Jane", "Doe", "Ana", "Gómez",
               "![", "[", "]", "(/a.jpg)", "(x y)", " ", " ", "  ", "\t", "\u00a0", "Schmidt.", "-", "2025"]


@SETTINGS
@given(st.lists(st.sampled_from(_ALT_PIECES), max_size=14).map("".join))
def test_glued_alt_pattern_matches_only_lines_ending_with_a_word_printed_twice(line: str) -> None:
    text = line.strip()
    last = text.rsplit(None, 1)
    if not (len(last) == 2 and text.count(last[1]) >= 2):
        assert byline._ALT_GLUED.match(text) is None


def test_portrait_names_and_near_misses() -> None:
    de, en, es = get_profile("de"), get_profile("en"), get_profile("es")
    assert byline.portrait_name("Porträt von Anna SchmidtAnna Schmidt", "", de) == "Anna Schmidt"
    assert byline.portrait_name("[Photo of Jane Doe]Jane Doe", "", en) == "Jane Doe"
    assert byline.portrait_name("![Foto de Ana Gómez](/a.jpg)Ana Gómez", "", es) == "Ana Gómez"
    # (near misses: the name once, a name and another's, a sentence naming one twice)
    assert byline.portrait_name("Porträt von Anna Schmidt", "", de) is None
    assert byline.portrait_name("Porträt von Anna SchmidtJane Doe", "", de) is None
    assert byline.portrait_name("Anna Schmidt met Anna Schmidt's editor", "", en) is None
