"""The last review of session 20 (rv-last20): what the mends of q20, idf20 and body20 broke
against the session's start, each a shape a user's pages hold, with the near misses the rule
must keep (checked by eye against the base's records: each listed speaker, writer or body line
is what a reader takes from the invented text)."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

import newsextract
from tests.audit import en_speakers, id_speakers


# a group word after the verb of saying: who heard the subject, unless it opens the reported
# clause as its subject ("said residents were angry": another voice)
@pytest.mark.parametrize("par, found", [
    ('Budi Santoso mengatakan hal itu di hadapan para buruh pabrik. "Kami akan memperjuangkan upah yang layak."',
     [("Kami", "Budi Santoso")]),
    ('Bupati Budi Santoso menyampaikan hal itu kepada para korban. "Kami akan membangun kembali rumah yang rusak."',
     [("Kami", "Budi Santoso")]),
    ('Budi Santoso mengimbau masyarakat agar tetap waspada. "Kami minta semua warga menjauhi tebing yang rawan."',
     [("Kami", "Budi Santoso")]),
])
def test_a_group_that_heard_the_subject_id(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert id_speakers(par) == found


@pytest.mark.parametrize("par, found", [
    ('John Smith told residents on Tuesday. "We will rebuild every home that was lost in the fire."',
     [("We", "John Smith")]),
    ('John Smith said at a meeting with farmers. "We will not cut the subsidy this year or next year."',
     [("We", "John Smith")]),
    ('John Smith said in a statement to employees. "We are proud of what we have built together."',
     [("We", "John Smith")]),
    # a capitalised word of a text's kind is a name's ("the Daily Post"), no text of its own
    ('Mayor Jane Roe said in an interview with the Daily Post. "We will reopen the bridge next month."',
     [("We", "Jane Roe")]),
    # near misses: the group opens the reported clause, it is another voice
    ('John Smith said residents were angry about the delays. "We have waited for three years already."',
     [("We", None)]),
    ('John Smith said protesters chanted outside the hall. "We want our jobs back now, not next year."',
     [("We", None)]),
])
def test_a_group_that_heard_the_subject_en(par: str, found: List[Tuple[str, Optional[str]]]) -> None:
    assert en_speakers(par) == found


def test_a_holder_after_a_bodys_name_keeps_the_quotation() -> None:
    # "Ketua Yayasan Peduli Anak Andi Wijaya, 54,": the given name opens the holder's name,
    # not the body's
    par = 'Ketua Yayasan Peduli Anak Andi Wijaya, 54, mengatakan: "Kami akan membuka sekolah baru tahun depan."'
    assert id_speakers(par) == [("Kami", "Andi Wijaya")]


def _dump(head: str, title: str, pars: List[str]) -> newsextract.Article:
    return newsextract.extract("\n\n".join(["Home News Business Sport", title, head, *pars]) + "\n")


PARS = ["The White House said on Monday it would send more aid to the region as the floods spread across three states.",
        "Officials said the package would be announced within days."]


def test_a_tag_line_naming_the_storys_subject_names_no_writer() -> None:
    # the name under the headline before a section is the story's subject where the text
    # names them further down; a writer's name stands on the byline's line only
    a = _dump("Joe Biden | Politics | December 2, 2024", "White House pledges more flood aid",
              PARS + ["President Joe Biden is expected to visit the area next week, his spokesman said."])
    assert a.authors == []
    b = _dump("Jane Roe | Politics | December 2, 2024", "White House pledges more flood aid",
              PARS + ["President Joe Biden is expected to visit the area next week, his spokesman said."])
    assert b.authors == ["Jane Roe"]


@pytest.mark.parametrize("lead, url", [
    ("Download the Courier app:", "https://play.google.com/store/apps/details?id=com.millbrook.courier"),
    ("Gabung saluran WhatsApp kami:", "https://whatsapp.com/channel/0029VaExample"),
    ("Ikuti kanal Telegram kami:", "https://t.me/millbrookcourier"),
])
def test_an_app_store_or_a_channels_address_is_no_line_of_the_text(lead: str, url: str) -> None:
    # (a lead-in ending in ':' keeps the addresses under it: "Sources:", tests/test_body20.py;
    # an app store's, a channel's, a stock picture's address is the outlet's pitch or a credit)
    def body(lead: str, url: str) -> str:
        html = ("<html><body><article><h1>Council approves the flood plan</h1>"
                "<p>The council approved the flood plan on Tuesday after a long debate about its cost to households.</p>"
                f"<p>{lead}</p><p><a href='{url}'>{url}</a></p>"
                "<p>The plan adds new pumps and raises the river walls along the northern districts of the town.</p>"
                "</article></body></html>")
        return newsextract.extract(html.encode()).body
    got = body(lead, url)
    assert "council approved" in got and "river walls" in got and url not in got
    assert "https://millbrook.example/flood-plan" in body("Sources:", "https://millbrook.example/flood-plan")
