"""Review fixes: a region's zone read only in its language, the subject nearest a speech verb
after other clauses, and a name printed before its office."""

from __future__ import annotations

from typing import List, Optional

import pytest

from newsextract.fields.dates import find_dates
from newsextract.fields.quotes import extract_quotes
from newsextract.profiles import get_profile

_QUOTE_ID = '"Kami akan memperbaiki semua jalan yang rusak tahun ini,"'


def _speakers(paragraphs: List[str], lang: str) -> List[Optional[str]]:
    return [q.speaker for q in extract_quotes(paragraphs, get_profile(lang))]


@pytest.mark.parametrize("text, lang, iso, has_zone", [
    # "PT" opens a company's name and "MT" a ship's, in Indonesian: the page's own offset
    ("Senin, 16 Mei 2022 pukul 10.00 PT Pertamina menyatakan", "id", "2022-05-16T10:00:00+07:00", False),
    ("Senin, 16 Mei 2022 14.30 MT Arman 114", "id", "2022-05-16T14:30:00+07:00", False),
    # nor is it a zone in English, before a capitalised word
    ("Monday, May 16, 2022 10:00 PT Pertamina said", "en", "2022-05-16T10:00:00", False),
    # a US zone in an English page, with its summer time
    ("Nov. 19, 2019 7:07 p.m. ET", "en", "2019-11-19T19:07:00-05:00", True),
    ("July 4, 2023 10:00 ET", "en", "2023-07-04T10:00:00-04:00", True),
    ("Published 7:07 p.m. ET Nov. 19, 2019", "en", "2019-11-19T19:07:00-05:00", True),
    ("Updated 9:02 AM EST Nov 3, 2021", "en", "2021-11-03T09:02:00-05:00", True),
    ("Nov 3, 2021 9:02 AM EST", "en", "2021-11-03T09:02:00-05:00", True),
    # an Indonesian page does not read "ET" as New York's time
    ("Nov. 19, 2019 7:07 p.m. ET", "id", "2019-11-19T19:07:00+07:00", False),
])
def test_a_region_zone_only_in_its_language_and_not_before_a_name(text: str, lang: str, iso: str,
                                                                   has_zone: bool) -> None:
    found = find_dates(text, get_profile(lang))
    assert (found[0].iso, found[0].has_zone) == (iso, has_zone)


@pytest.mark.parametrize("paragraphs, lang, speakers", [
    # other clauses set off by commas before the subject and its apposition
    (['In Boston, on Monday, Jane Doe, a spokeswoman for the city, said the roads would be '
      'cleared.', '"We will clear every road by tonight, that is our promise," she said.'],
     "en", ["Jane Doe"]),
    (['In Boston, on Monday, Jane Doe, a spokeswoman for the city, said "the roads will be '
      'cleared by tonight, we promise."'], "en", ["Jane Doe"]),
    (['Ditemui di Bandung, kemarin, Budi Santoso, mengatakan bahwa jalan akan segera diperbaiki.',
      _QUOTE_ID + ' ujarnya.'], "id", ["Budi Santoso"]),
    # an apposition that names a body after the office: the person is the first name
    (['In 2018, the world sent 452 objects into space. James Causey, executive director of the '
      'Global Spaceport Alliance, an international association for launch sites, told reporters '
      'the demand is growing.', '"But the demand is definitely increasing," he said.'],
     "en", ["James Causey"]),
    # a place set off by commas after the name is no subject
    (['Abu Hassan Amer said the choice was wrong.', 'Amer, in Gaza, stressed the point.',
      '"Choosing a military leadership now can harm the negotiations," he said.'],
     "en", ["Abu Hassan Amer"]),
])
def test_the_subject_nearest_the_verb_after_other_clauses(paragraphs: List[str], lang: str,
                                                          speakers: List[Optional[str]]) -> None:
    assert _speakers(paragraphs, lang) == speakers


@pytest.mark.parametrize("paragraphs, speakers", [
    # the name before the office and its province
    ([_QUOTE_ID + " kata Ridwan Kamil Gubernur Jawa Barat."], ["Ridwan Kamil"]),
    ([_QUOTE_ID + " kata Ridwan Kamil Gubernur Jabar."], ["Ridwan Kamil"]),
    ([_QUOTE_ID + " kata Budi Santoso Kepala Dinas PU Kota Bandung."], ["Budi Santoso"]),
    # the name after the office, as before
    ([_QUOTE_ID + " kata Gubernur Jawa Barat Ridwan Kamil."], ["Ridwan Kamil"]),
    ([_QUOTE_ID + " kata Kepala Dinas PU Budi Santoso."], ["Budi Santoso"]),
    ([_QUOTE_ID + " kata Kapolda Metro Jaya Irjen Fadil Imran."], ["Fadil Imran"]),
    ([_QUOTE_ID + " kata Kapolri Jenderal Listyo Sigit Prabowo."], ["Listyo Sigit Prabowo"]),
    # the region after the office, when the text prints the word as a place
    (["Banjir kembali melanda Kabupaten Bandung pekan ini.",
      _QUOTE_ID + " kata Bupati Bandung Dadang Supriatna."], ["Dadang Supriatna"]),
])
def test_a_name_before_or_after_its_office(paragraphs: List[str], speakers: List[Optional[str]]) -> None:
    assert _speakers(paragraphs, "id") == speakers


def test_a_name_whose_first_word_is_printed_after_a_particle_is_kept_whole() -> None:
    # "to Van Der Beek" prints the name itself, not a place "Van"
    paragraphs = ["Brooke offered her spot to Van Der Beek.",
                  '"My wife Kimberly and I went through every expecting parent\'s worst nightmare," '
                  "Van Der Beek said."]
    assert _speakers(paragraphs, "en") == ["Van Der Beek"]


def test_a_quote_left_open_takes_the_speaker_of_the_next_paragraph_only() -> None:
    # the paragraph after the open quotation is too short to be a quote; the next quote
    # found is a paragraph further on, and another's
    pars = ['"Kami akan memperbaiki jalan itu secepatnya karena warga sudah lama menunggu',
            '"Ya."',
            '"Itu tidak benar sama sekali dan kami menolaknya," kata Andi Wijaya.']
    quotes = extract_quotes(pars, get_profile("id"))
    assert [q.speaker for q in quotes] == [None, "Andi Wijaya"]
