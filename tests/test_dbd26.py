"""Where a dump's body starts and ends on outlets never seen (dbd26): invented pages in the
shapes of several countries' outlets (fixtures/dbd26, each checked by eye) and the near misses
each rule must leave alone."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.classify import related_title
from tests.conftest import FIXTURES

_DIR = FIXTURES / "dbd26"


def _record(name: str):  # type: ignore[no-untyped-def]
    return extract((_DIR / name).read_bytes())


# --- a read-also label in brackets: "【関連記事】X", "[관련기사] X" ---------------------------

@pytest.mark.parametrize("line,title", [
    ("【関連記事】都営バス、運転手不足で減便へ", "都営バス、運転手不足で減便へ"),
    ("[관련기사] 시내버스 기사 부족으로 일부 노선 감축", "시내버스 기사 부족으로 일부 노선 감축"),
    ("【相关新闻】北京地铁新线开通", "北京地铁新线开通"),
    ("関連記事：都営バス", "都営バス"),  # (the colon, as before)
])
def test_a_bracketed_read_also_label_gives_its_title(line: str, title: str) -> None:
    assert related_title(line) == title


@pytest.mark.parametrize("line", [
    "## [Mehr zum Thema]{#Mehr zum Thema}",  # a pandoc heading's id after a link's bracket
    "[Related](https://example.org/related) Bus plan",  # a Markdown link
    "[Mehr zum Thema][3]",  # a reference link
    "【ワシントン=山田太郎】米政府は13日、",  # a correspondent's dateline, no label
    "関連記事の一覧は以下の通り。",  # the word in a sentence
])
def test_brackets_that_close_no_read_also_label_are_no_read_also(line: str) -> None:
    assert related_title(line) is None


@pytest.mark.parametrize("name,last,related", [
    ("ja_related_brackets.w3m.txt", "住民向けの説明会を開く予定だ。", "都営バス、運転手不足で減便へ 来春から一部路線で"),
    ("ko_related_brackets.w3m.txt", "주민 설명회를 열 예정이다.", "시내버스 기사 부족으로 일부 노선 감축"),
])
def test_bracketed_read_also_lines_after_the_text_are_related_not_body(name: str, last: str, related: str) -> None:
    rec = _record(name)
    assert rec.body.endswith(last)
    assert related in rec.related


# --- a dump's short line over a paragraph of a script written without spaces ------------------

_JA_PARAS = [
    "東京都は13日、都内北部の住宅地を走る路線バスの運行本数を来年度から倍増させる計画を発表した。",
    "計画では、朝夕の混雑時間帯を中心に便数を増やすほか、深夜便を新たに設ける。",
    "一方、郊外の自治体からは「対象地域が限られている」との声も上がっている。",
    "都によると、運転手の確保が最大の課題で、来年度は新たに約200人を採用する方針だ。",
    "北部の住民団体は計画を歓迎しつつも、停留所の増設や案内表示の多言語化を求めている。",
    "専門家は、バスの増便だけでなく、鉄道との乗り継ぎの改善や運賃の見直しも合わせて進める必要があると指摘する。",
]


@pytest.mark.parametrize("style", ["w3m", "lynx"])
def test_a_share_buttons_name_over_a_japanese_paragraph_is_not_glued_to_it(style: str) -> None:
    # the share bar's last name ("はてなブックマーク") with no blank line under it, as a real
    # outlet's dump prints it: a short line, no wrapped line of the paragraph below it; the
    # paragraphs' own wrapped lines (full to the width) are still joined, each paragraph whole
    paras = _record(f"ja_share_label_over_text.{style}.txt").body.split("\n\n")
    assert len(paras) == len(_JA_PARAS)
    for got, opening in zip(paras, _JA_PARAS, strict=True):
        assert got.startswith(opening)
    assert "はてな" not in paras[0]
