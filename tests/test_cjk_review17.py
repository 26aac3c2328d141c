"""The harms the review of cjkdump17 found, on its invented pages (fixtures/cjkreview17), and
the lines that look like them but are not (each checked by eye)."""

from __future__ import annotations

from functools import lru_cache

import pytest

import newsextract
from newsextract.blocks import wide_words
from newsextract.classify import _polite_notice
from newsextract.fields.title import _title_head, _wide_row
from newsextract.segment.dumps import _menu_item, _menu_link, _prose, _wide_wrap_width, normalise_dump
from tests.conftest import FIXTURES

PAGES = FIXTURES / "cjkreview17"


@lru_cache(maxsize=None)
def _art(name: str) -> newsextract.Article:
    return newsextract.extract((PAGES / name).read_bytes())


def _paragraphs(name: str) -> list:
    return [p for p in (_art(name).body or "").split("\n") if p.strip()]


# 1. a wide line joins the next only where the dump was wrapped at its width

def test_a_long_korean_headline_in_a_soup_dump_is_no_wrapped_line() -> None:
    art = _art("ko_longhead.soup.txt")
    assert art.title == "바다시 해안 산책로 5㎞ 새로 연결… 주말마다 시민 발길 이어질 듯 다음 달부터 개방"
    assert art.authors == ["김바다"]


def test_a_long_japanese_title_is_not_glued_to_the_nav_nor_the_headline_to_the_byline() -> None:
    art = _art("ja_longhead2.soup.txt")
    assert art.title == "山田市の新駅計画、国の補助金決定で着工へ 周辺の再開発や道路整備も同時に進める方針"
    assert "山田太郎" not in (art.body or "") and "トップ" not in (art.body or "")


@pytest.mark.parametrize("name, caption", [
    ("ja_caption.soup.txt", "山田市役所で）"), ("ko_caption.soup.txt", "바다시 제공"),
])
def test_a_caption_is_not_glued_to_the_lead(name: str, caption: str) -> None:
    assert not any(caption in p and len(p) > p.find(caption) + len(caption) + 5 for p in _paragraphs(name))


def test_the_wrap_width_of_a_dump() -> None:
    wrapped = ["山田市が進める新駅の建設計画について、国土交通省は五日、補助金の交付を決めた。市は来年度中の着工を",
               "目指すとしている。"]
    assert _wide_wrap_width(wrapped) == 98
    # a line wider than any terminal: BeautifulSoup's unwrapped paragraphs, none wrapped
    assert _wide_wrap_width(wrapped + ["あ" * 60]) is None
    assert _wide_wrap_width(["見出し", "本文です。"]) is None  # (no line fills a terminal's)
    # get_text() and a browser's copy are never wrapped: the join is a plain dump's only
    text = "\n".join(wrapped)
    assert "着工を目指す" in normalise_dump(text, "plain")[0]
    assert "着工を目指す" not in normalise_dump(text, "soup_lines")[0]


def test_korean_wrapped_at_a_space_joins_with_one() -> None:
    lines = ["바다시가 해안 산책로 5㎞ 구간을 새로 연결했다고 5일 밝혔다 시는 이번 사업으로 시민들이",
             "해안을 따라 걸을 수 있게 됐다고 설명했다."]
    out = normalise_dump("\n".join(lines), "plain")[0]
    assert "시민들이 해안을" in out


# 4. a wide headline or caption is no prose without a stop

@pytest.mark.parametrize("line, prose", [
    ("山田市の新駅計画、国の補助金決定で着工へ　周辺の再開発や道路整備も同時に進める方針", False),  # a headline
    ("記者会見で新駅の計画について説明する山田市の川村一郎市長と国土交通省の担当者ら（五日、山田市役所で）", False),
    ("바다시 해안 산책로 5㎞ 새로 연결… 주말마다 시민 발길 이어질 듯 다음 달부터 개방", False),
    # paragraphs: a stop inside or at the end, in Japanese, Chinese and Korean
    ("山田市が進める新駅の建設計画について、国土交通省は五日、補助金の交付を決めた。市は来年度中の着工を目指す", True),
    ("海城市新建的滨海步道于五日正式开放，全长五公里，沿线设有休息区和观景台。", True),
    ("바다시가 해안 산책로 5㎞ 구간을 새로 연결했다고 5일 밝혔다. 시는 이번 사업으로 시민들이 해안을 따라 걸을 수 있게 됐다고", True),
    # Thai writes no stops: its length tells
    ("เทศบาลเมืองทะเลเปิดทางเดินริมหาดสายใหม่ ระยะทางห้ากิโลเมตร เมื่อวันที่ห้ามีนาคม "
     "โดยมีประชาชนจำนวนมากเดินทางมาร่วมงานเปิดตัวตั้งแต่ช่วงเช้า", True),
])
def test_wide_prose_holds_a_stop(line: str, prose: bool) -> None:
    assert _prose(line) is prose


def test_a_lynx_headline_does_not_swallow_the_date_and_lead() -> None:
    paras = _paragraphs("ja_longhead.lynx.txt")
    assert not any("方針" in p and "2025年3月5日" in p for p in paras)
    assert any(p.startswith("山田市が進める新駅の建設計画") for p in paras)
    assert not any("（五日、山田市役所で）" in p and "山田市が進める" in p for p in _paragraphs("ja_caption.lynx.txt"))


# 6. a menu's link is told by its spaced words and its Chinese and Japanese characters only

@pytest.mark.parametrize("line", ["국제 외교 안보", "오늘의 주요 뉴스", "ข่าวเศรษฐกิจและการเงิน", "国際", "経済"])
def test_korean_and_thai_links_are_menu_items(line: str) -> None:
    assert _menu_item(line) and _menu_link(line)


def test_menu_words() -> None:
    assert wide_words("국제 외교 안보") == 3 and wide_words("ข่าวเศรษฐกิจและการเงิน") == 1
    assert wide_words("国際ニュース") == 4
    # (a sentence is no menu's item, however it is counted)
    assert not _menu_item("規制は来年1月から適用される。")


# 2. a Korean headline with a hanja abbreviation is no menu's row

@pytest.mark.parametrize("name", ["ko_hanja.soup.txt", "ko_hanja.lynx.txt", "ko_hanja.w3m.txt"])
def test_a_korean_headline_with_hanja(name: str) -> None:
    art = _art(name)
    assert art.title == "美 연준 금리 또 동결" and art.authors == ["김바다"]


@pytest.mark.parametrize("line, row", [
    ("美 연준 금리 또 동결", False), ("北 또 미사일 도발", False),
    ("トップ 国内 国際 経済 地域", True), ("首页 国内 国际 财经", True),  # (Chinese and Japanese menus still are)
])
def test_wide_rows(line: str, row: bool) -> None:
    assert _wide_row(line) is row


def test_a_korean_nav_row_is_still_no_headline() -> None:
    assert _art("ko_plain.soup.txt").title == "바다시 해안 산책로 새로 연결"


# 3. a kicker, a series' label or a promotion over a short headline the <title> names

@pytest.mark.parametrize("name", ["ja_label.soup.txt", "ja_label2.soup.txt", "ja_label3.soup.txt"])
def test_the_titles_headline_beats_a_label_above_it(name: str) -> None:
    assert _art(name).title == "新駅の着工決まる"


@pytest.mark.parametrize("name", ["zh_nav.w3m.txt", "zh_nav.lynx.txt"])
def test_with_no_title_a_breadcrumb_does_not_unseat_the_headline(name: str) -> None:
    assert _art(name).title == "海城新建滨海步道正式开放"


def test_the_headline_part_of_a_title() -> None:
    assert _title_head("新駅の着工決まる - 山田新聞") == "新駅の着工決まる"
    assert _title_head("宮崎県で震度5弱 気象庁 [宮崎県]：朝日新聞デジタル") == "宮崎県で震度5弱 気象庁"
    # (a Chinese headline's own colon is no site's)
    assert _title_head("国家统计局：工业增加值同比增长 - 示例网") == "国家统计局 工业增加值同比增长"


# 5. a site's polite notice is no short sentence of the text

@pytest.mark.parametrize("name", ["ja_notice.w3m.txt", "ja_notice.html"])
def test_polite_notices_stay_out_of_the_text(name: str) -> None:
    body = _art(name).body or ""
    assert "写真はイメージです。" not in body and body.startswith("山田市が進める")
    # (the page's, right under the text's last paragraph, is kept there still: the HTML's
    # text ends at the next block that reads as no text, the paywall's line)
    assert name == "ja_notice.html" or "ご意見やご感想をお寄せください。" not in body


@pytest.mark.parametrize("line, notice", [
    ("写真はイメージです。", True), ("ご意見やご感想をお寄せください。", True), ("この記事は会員限定です。", True),
    ("規制は来年1月から適用される。", False),  # the news's plain style
    ("市長は「安全です。」と述べた。", False), ("「ありがとうございます。」", False),  # quoted
    ("市は対応を急ぐ考えだ。", False),
])
def test_polite_notice(line: str, notice: bool) -> None:
    assert _polite_notice(line) is notice


# the later review (rv-fixcjk): a headline of short phrases with a figure is no menu row; a
# byline's line, a reporter's role in it, is no headline however long

@pytest.mark.parametrize("name, title", [
    ("late_f_ja.soup.txt", "大谷 3戦連発 初回 先制弾"),
    ("late_f_zh.soup.txt", "海城队 客场 2比1 逆转 夺冠"),
    ("late_h_zh.w3m.txt", "海城市政府常务会议审议通过老旧小区改造三年行动计划明年起全面推进实施"),
    ("late_h_zh.soup.txt", "海城市政府常务会议审议通过老旧小区改造三年行动计划明年起全面推进实施"),
])
def test_short_phrase_headlines_and_byline_lines(name: str, title: str) -> None:
    assert _art(name).title == title


def test_a_menu_row_of_short_pieces_is_still_no_headline() -> None:
    from newsextract.fields.title import _wide_row

    assert _wide_row("トップ 国内 国際 経済 地域") and _wide_row("首页 国内 国际 财经")
    assert not _wide_row("大谷 3戦連発 初回 先制弾")


@pytest.mark.parametrize("line, credit", [
    ("海城晚报记者 李文华 通讯员 陈小明", True),
    ("海城晚报记者李文华通讯员陈小明", True),
    ("本报记者 张三", True),
    # a role word as a word of the story: a headline's
    ("海浜市長が記者会見 新庁舎建設を正式表明", False),
    ("海城举行庆祝第二十七个记者节座谈会", False),
    ("大学实习生被拖欠工资三个月 劳动部门介入调查", False),
    ("ロシアで拘束の特派員 解放へ 外務省が確認", False),
    ("外交部举行例行记者会", False),
])
def test_a_credit_line_is_a_role_with_names_only(line: str, credit: bool) -> None:
    from newsextract.fields.title import _credit_line

    assert _credit_line(line) is credit


@pytest.mark.parametrize("row", [
    "首页 本地 国内 24小时 5G 视频", "首页 本地 国内 24小时 视频 财经", "首页 上一页 1 2 3 下一页", "トップ 速報 3D 動画 特集",
])
def test_a_menu_row_with_a_number_is_still_a_row(row: str) -> None:
    from newsextract.fields.title import _wide_row

    assert _wide_row(row)
