"""Where a dump's body starts and ends on outlets never seen (dbd26): invented pages in the
shapes of several countries' outlets (fixtures/dbd26, each checked by eye) and the near misses
each rule must leave alone."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.classify import related_title
from tests.conftest import FIXTURES, dump_as

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
    # a bracket-closed label before a sentence (the reviewer's near misses): text, no headline
    "[Read more] The council said it would hold two more public hearings in January.",
    "[See also] the appendix was published with the budget on the city's website.",
    "【関連記事】の一覧は記事の末尾にあります。都によると、子育て支援の予算を増やした。",
    "[Read more]: https://example.com/budget-2027",  # a Markdown reference link's definition
])
def test_brackets_that_close_no_read_also_label_are_no_read_also(line: str) -> None:
    assert related_title(line) is None


def test_a_bracketed_read_also_label_before_a_headline_still_gives_it() -> None:
    assert related_title("[Related] Mayor signs the transit plan into law") == "Mayor signs the transit plan into law"


def test_a_bracketed_label_opening_a_body_sentence_leaves_it_in_the_text() -> None:
    # the reviewer's pages: a label's word in brackets opening a sentence of the text
    rec = _record("rv_quoted_related_word.txt")
    assert any(p.startswith('"[Related] costs will rise') for p in rec.body.split("\n\n"))
    assert rec.related == []
    rec = _record("rv_ja_label_in_sentence.txt")
    assert "都によると、子育て支援や防災対策の予算を大幅に増やした。" in rec.body
    assert rec.related == []
    # (the "[Read more] The council said ..." paragraph is lost from the body by main's code
    # too: here only that it is no read-also's title)
    assert _record("rv_read_more_sentence.txt").related == []
    rec = _record("rv_related_headline.txt")
    assert rec.related == ["Mayor signs the transit plan into law"]
    assert rec.body.endswith("his office said in a statement on Tuesday.")


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


@pytest.mark.parametrize("style", ["lynx", "links", "lynx_refs"])
@pytest.mark.parametrize("name,opening", [
    # the reviewer's pages: a paragraph whose opening words hold a plain space, and no
    # ideographic indent; lynx and links break it at that space, so its first line is short
    ("rv_zh_wire_dateline.html", "国家统计局7日发布数据显示，11月份全国居民消费价格"),
    ("rv_ja_correspondent.html", "米政府は6日、中国向けの先端半導体と製造装置"),
    ("rv_ja_spaced_subject.html", "JR東日本は7日、東北新幹線に導入する新型車両E10系"),
])
def test_a_cjk_paragraph_broken_at_a_plain_space_stays_whole(style: str, name: str, opening: str) -> None:
    rec = extract(dump_as((_DIR / name).read_text(encoding="utf-8"), style).encode())
    assert rec.body.startswith(opening)
    # (the paragraph's words after its first line's break are on the same paragraph)
    assert "\n\n" not in rec.body[:60]


@pytest.mark.parametrize("style", ["lynx_refs"])
def test_a_chinese_paragraph_of_spaced_names_keeps_its_subject(style: str) -> None:
    # (lynx's and links's dumps of this page lose "美国 苹果公司 CEO 库克" on main's code too)
    rec = extract(dump_as((_DIR / "rv_zh_spaced_names.html").read_text(encoding="utf-8"), style).encode())
    assert rec.body.startswith("美国 苹果公司 CEO 库克周二在加利福尼亚州")
