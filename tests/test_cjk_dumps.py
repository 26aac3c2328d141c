"""Text dumps of pages in scripts written without spaces (Chinese, Japanese) or with long words
(Korean): a line's and a paragraph's length in words (blocks.dump_words), what reads as prose,
as a menu's item and as a headline there, and the lines that look like them and are not."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.blocks import dump_words
from newsextract.segment.dumps import _menu_item, _prose, from_fragments
from newsextract.segment.widths import _width

ZH_PARA = ("国家统计局5日发布数据显示，今年前11个月，全国规模以上工业增加值同比增长5.8%，"
           "增速比前10个月加快0.1个百分点。从行业看，高技术制造业增加值增长较快，装备制造业保持稳定增长。"
           "有关部门表示，下一步将继续加大对制造业企业的支持力度，推动经济持续回升向好。"
           "专家认为，随着一系列政策落地见效，工业生产有望保持平稳增长态势。")
JA_PARA = "同省の報道官は記者会見で「安全保障上の懸念に対応するための措置だ」と説明した。"
KO_PARA = "기획재정부는 5일 발표한 경제정책방향에서 내년 국내총생산 성장률 전망치를 기존 2.4%에서 2.1%로 내려 잡았다고 밝혔다."


def test_a_chinese_paragraph_counts_its_characters() -> None:
    # 160 characters of Chinese (140 ideographs, the rest stops and numbers) say what some 70
    # words of English say
    assert len(ZH_PARA) >= 150 and dump_words(ZH_PARA) >= 65 and _prose(ZH_PARA)
    assert dump_words("Ordinary English words here") == 4  # (a text in spaced scripts: its words)


def test_a_korean_paragraph_of_a_dozen_words_is_prose() -> None:
    # a dozen Korean words (each a stem with its particles) and a sentence's end
    short = "기획재정부는 5일 내년 성장률 전망치를 2.1%로 내려 잡았다고 밝혔다."
    assert len(short.split()) == 9 and dump_words(short) == 13
    assert len(KO_PARA.split()) == 14 and dump_words(KO_PARA) >= 16 and _prose(KO_PARA)


@pytest.mark.parametrize("line", [
    "国際", "トップ", "リンクをコピーする", "习近平讲话", "홈", "정치", "경제 사회",
])
def test_short_lines_of_wide_scripts_are_no_prose(line: str) -> None:
    # a section's label, a button, a Chinese line of five characters, a menu's links
    assert not _prose(line)


@pytest.mark.parametrize("line, item", [
    ("国際", True), ("经济", True), ("习近平讲话", True), ("홈", True),
    (JA_PARA, False), ("規制は来年1月から適用される。", False),  # (a sentence's end: a paragraph)
])
def test_menu_items_of_wide_scripts(line: str, item: bool) -> None:
    assert _menu_item(line) is item


def test_short_paragraphs_of_japanese_are_not_folded_into_a_menu() -> None:
    lines = ["国際", "", "同省の報道官は記者会見で説明した。", "",
             "日本政府は対応を検討する方針だ。", "", "規制は来年1月から適用される。"]
    out = from_fragments(lines).rstrip("\n")
    assert "•" not in out and "規制は来年1月から適用される。" in out.split("\n\n")


def test_a_japanese_nav_row_stays_a_menu() -> None:
    out = from_fragments(["トップ", "国内", "国際", "経済", "地域", "", JA_PARA])
    assert "• トップ\n• 国内\n• 国際\n• 経済\n• 地域" in out


def test_a_full_line_of_wide_characters_goes_on_in_the_next() -> None:
    first = "【ワシントン=山田太郎】米商務省は5日、先端半導体と製造装置の輸出規制の対象を広げると発表した。新た"
    out = from_fragments([first, "に二十数社が規制の対象となる。"], wrap=_width(first)).rstrip("\n")
    assert out == first + "に二十数社が規制の対象となる。"
    # (unless the dump was wrapped at that width: a line as long in a dump of unwrapped lines
    # is a paragraph, or a headline, of its own)
    assert from_fragments([first, "に二十数社が規制の対象となる。"]).count("\n\n") == 1
    # a short line (a headline) over the text is no wrapped line
    out = from_fragments(["米政府、半導体の輸出規制を拡大", "米商務省は5日、輸出規制の対象を広げると発表した。"])
    assert out.count("\n\n") == 1


PAGE = """トップ 国内 国際 経済 地域

国際

{head}

2024年12月5日 14時30分

リンクをコピーする

米商務省は5日、先端半導体と製造装置の輸出規制の対象を広げると発表した。新たに二十数社が規制の対象となる。

同省の報道官は記者会見で「安全保障上の懸念に対応するための措置だ」と説明した。

日本やオランダなど製造装置に強い国にも同様の措置を求めている。日本政府は対応を検討する方針だ。

規制は来年1月から適用される。
"""


@pytest.mark.parametrize("head", [
    "米政府、半導体の輸出規制を拡大 同盟国にも協力求める",  # Japanese, kana and kanji
    "国家统计局：工业增加值同比增长",  # Chinese
    "让社区食堂办得更长久",  # a Chinese headline of ten ideographs
])
def test_a_dumps_headline_in_a_wide_script(head: str) -> None:
    art = newsextract.extract(PAGE.format(head=head).encode())
    assert art.title == head
    assert art.body.startswith("米商務省は5日") and art.body.endswith("規制は来年1月から適用される。")


def test_no_headline_of_a_nav_row_a_button_or_a_label() -> None:
    # the headline's place holds a Chinese line of five characters: the nav row over it, the
    # section's label next to the date, the button under it are no headline either
    art = newsextract.extract(PAGE.format(head="习近平讲话").encode())
    assert art.title not in ("トップ 国内 国際 経済 地域", "国際", "リンクをコピーする")


@pytest.mark.parametrize("line, heading", [
    ("【関連記事】", True), ("【相关阅读】", True), ("【関連ニュース】", True),
    ("【ワシントン=山田太郎】", False),  # a wire's dateline in the same brackets
    ("【関連記事】東京女子医大の教員に寄付を強いる制度", False),  # a label with its link: no heading alone
    ("【速報】", False),  # a flash's mark, no related list's
])
def test_a_related_heading_in_lenticular_brackets(line: str, heading: bool) -> None:
    from newsextract.classify import is_related_heading
    assert is_related_heading(line) is heading


@pytest.mark.parametrize("text, opens", [
    ("規制は来年1月から適用される。", True), ("国家统计局5日发布数据。", True),
    ("「安全だ」と述べた。", False),  # (a quotation's mark: the quotation rules read it)
    ("기획재정부는 밝혔다.", False),  # (Korean: a newsletter's prompt of two sentences reads so too)
    ("and so on.", False),
])
def test_a_sentence_of_a_script_without_case_opens_as_one(text: str, opens: bool) -> None:
    from newsextract.classify import _opens_sentence
    assert _opens_sentence(text) is opens


def test_a_long_unwrapped_paragraph_does_not_take_the_link_under_it() -> None:
    # get_text("\n"): a paragraph on one line, longer than any terminal, then a link's text
    para = "一方で、イスラエル軍は13日、ガザ北部の戦闘でイスラエル兵5人が死亡したと発表した。ガザでは約100人の人質が拘束されている。【エルサレム松岡大地】"
    out = from_fragments([para, "【時系列で見る】"])
    assert "【時系列で見る】" not in out.split("\n\n")[0]
