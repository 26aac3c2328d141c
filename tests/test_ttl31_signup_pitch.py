"""ttl31: a dump's newsletter box's pitch is no headline (FIELD-GUIDE: newsletter sign-ups).

A line that speaks to the reader ("... in your inbox", "... für Sie ...") right over a line that
opens with a sign-up imperative ("Sign up for ...", "Melden Sie sich ...") is the box's pitch; it
is weighed down, not dropped. Near misses keep their headline: a headline over a sign-up line
(with and without words to the reader), a headline to the reader over a standfirst that opens
with "Subscribers", a "Live" kicker over the headline over a sign-up line. Fixtures are invented,
w3m-shaped (fixtures/ttl31/); expected titles read by eye."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.fields.title import _signup_pitch
from newsextract.profiles import get_profile

_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "ttl31"

_TITLES = {
    # the box's pitch over its sign-up line, printed again inside the text; a long headline
    "en_pitch_over_signup": "'We did not cut corners on the tests we ran': Regulators open an inquiry "
                            "into battery claims made by three phone makers",
    "de_pitch_over_signup": "„Wir haben nicht gespart“: Stadtrat beschließt nach langem Streit den "
                            "neuen Haushalt für die Schulen",
    # near misses
    "en_headline_over_signup": "Council approves new budget for city schools",
    "en_you_headline_over_signup": "Your guide to the new council tax bands",
    "en_you_headline_over_subscribers": "What the streaming price rise means for your bill",
    "en_kicker_live_over_signup": "Storm Ciara: trains cancelled as winds reach 90mph",
}


@pytest.mark.parametrize("page", sorted(_TITLES))
def test_the_headline_not_the_newsletter_pitch(page: str) -> None:
    assert extract((_DIR / f"{page}.txt").read_bytes()).title == _TITLES[page]


@pytest.mark.parametrize("text, below, lang, expected", [
    ("Get daily insight, inspiration and deals in your inbox",
     "Sign up for breaking news, reviews, opinion, top tech deals, and more.", "en", True),
    ("Das Wichtigste für Sie jeden Morgen", "Melden Sie sich jetzt kostenlos an.", "de", True),
    # a headline that does not speak to the reader
    ("Council approves new budget for city schools", "Sign up for our morning newsletter", "en", False),
    # a standfirst that opens with a word the imperative begins
    ("What the price rise means for your bill", "Subscribers will pay more from May.", "en", False),
    # German "sie" (they) is not the reader's "Sie"
    ("Warum sie den Haushalt ablehnen", "Melden Sie sich jetzt an.", "de", False),
])
def test_signup_pitch(text: str, below: str, lang: str, expected: bool) -> None:
    assert _signup_pitch(text, below, get_profile(lang)) is expected
