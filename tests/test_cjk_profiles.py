"""The profiles of the languages written without spaces or case (ja, ko, zh) and what code they
need beyond data: the wire datelines of their press ("【ワシントン=山田太郎】", "(서울=연합뉴스)
홍길동 기자 =", "新华社北京12月5日电（记者 张三）"), a role glued to a name ("记者王敬照"), their
pages' language told by the script while their profiles count no stopwords; and the read-also
labels of languages with no profile (Czech, Polish, Turkish, Russian, Ukrainian). Each rule
with the lines that look like its shape and are not."""

from __future__ import annotations

from typing import Optional, Tuple

import pytest

import newsextract
from newsextract.classify import _labelled_title, is_boilerplate, is_list_heading, is_related_heading, opens_comments
from newsextract.fields.byline import parse_credit, role_byline
from newsextract.fields.dateline import find_dateline
from newsextract.fields.language import page_language, stopword_shares
from newsextract.profiles import available, get_profile, merged


def _wire(text: str) -> Optional[Tuple[Optional[str], Optional[str], Tuple[str, ...]]]:
    found = find_dateline(text)
    return (found[0].location, found[0].site, found[0].names) if found else None


JA_REST = "米政府は5日、新たな関税措置を発表した。対象は鉄鋼とアルミニウムの輸入品となる。"
KO_REST = "정부가 5일 부동산 대책을 발표했다. 수도권 주택 공급을 늘리는 것이 핵심이다."
ZH_REST = "国务院总理5日主持召开国务院常务会议，研究部署下一阶段的经济工作。"


@pytest.mark.parametrize("text, want", [
    # Japanese: the place and the writer, or the place and the agency, in lenticular brackets
    ("【ワシントン=山田太郎】" + JA_REST, ("ワシントン", None, ("山田太郎",))),
    ("【ワシントン＝山田太郎】" + JA_REST, ("ワシントン", None, ("山田太郎",))),
    ("【ニューヨーク=山田太郎、鈴木一郎】" + JA_REST, ("ニューヨーク", None, ("山田太郎", "鈴木一郎"))),
    ("【ソウル共同】" + JA_REST, ("ソウル", "共同", ())),
    ("【北京=共同】" + JA_REST, ("北京", "共同", ())),
    ("【ワシントン時事】" + JA_REST, ("ワシントン", "時事", ())),
    # (an agency's story relayed by another: the place, then the first agency's name)
    ("【ワシントンAFP=時事】" + JA_REST, ("ワシントン", "時事", ())),
    ("【ワシントンAFP時事】" + JA_REST, ("ワシントン", "時事", ())),
    # Korean: the place and the agency in parentheses or brackets, the reporter and "기자 ="
    ("(서울=연합뉴스) 홍길동 기자 = " + KO_REST, ("서울", "연합뉴스", ("홍길동",))),
    ("[세종=뉴스1] 김철수 기자 = " + KO_REST, ("세종", "뉴스1", ("김철수",))),
    ("(부산=예시일보) 김민수 기자 = " + KO_REST, ("부산", "예시일보", ("김민수",))),
    ("(서울=연합뉴스) " + KO_REST, ("서울", "연합뉴스", ())),
    # Chinese: the outlet, the place, the day, "电", and the reporters in parentheses
    ("新华社北京12月5日电（记者 张三）" + ZH_REST, ("北京", "新华社", ("张三",))),
    ("本报杭州12月5日电（记者 李明 陈静）" + ZH_REST, ("杭州", None, ("李明", "陈静"))),
    ("新华社北京12月5日电（记者张三、李四）" + ZH_REST, ("北京", "新华社", ("张三", "李四"))),
    ("中新网12月5日电 " + ZH_REST, (None, "中新网", ())),
    # near misses: a bracketed label with no place and no writer, a caption's credit, an
    # outlet no agency's with no reporter after it, a sentence that opens on a day and "电"
    # (a telephone), a note in parentheses, an English tag
    ("【速報】" + JA_REST, None),
    ("【写真】" + JA_REST, None),
    ("【独自】" + JA_REST, None),
    ("【写真=共同】" + JA_REST, None),
    ("【図解・政治】" + JA_REST, None),
    ("【NHK=共同】" + JA_REST, None),
    ("(사진=연합뉴스) " + KO_REST, None),
    ("(서울=예시일보) " + KO_REST, None),
    ("(출처=통계청) 자료에 따르면 " + KO_REST, None),
    ("(서울=연합뉴스) 기자회견을 연 장관은 " + KO_REST, ("서울", "연합뉴스", ())),
    ("他12月5日电话告诉记者，这个项目明年就会开工，目前各项准备工作都已经就绪。", None),
    ("记者12月5日电话采访了该公司负责人，对方表示将尽快公布调查结果。", None),
    ("（记者 张三）" + ZH_REST, None),
])
def test_wire_datelines_of_scripts_without_case(text: str, want) -> None:
    assert _wire(text) == want


def test_a_wire_dateline_needs_a_text_after_it() -> None:
    # (a related link's line, "【ソウル共同】" and a few words, is no text's opening)
    assert _wire("【ソウル共同】韓国で大雪") is None


@pytest.mark.parametrize("line, name", [
    ("홍길동 기자", "홍길동"),
    ("이영희 논설위원", "이영희"),
    # near misses: a sentence that holds "기자" (reporter) in a compound ("기자회견", a press
    # conference), a related link's headline with its writer, a role alone
    ("기자회견을 열었다", None),
    ("장관 기자회견", None),
    ("기자", None),
])
def test_korean_role_bylines(line: str, name: Optional[str]) -> None:
    assert role_byline(line, merged()) == name


@pytest.mark.parametrize("credit, authors, editors", [
    ("作者： 记者王敬照 编辑： 王华军", ["王敬照"], ["王华军"]),  # a role glued before the name
    ("作者：刘洋", ["刘洋"], []),
    ("责任编辑：王芳", [], ["王芳"]),
    # near misses: sentences that hold the words (a press conference, an editorial office)
    ("首相は記者会見で「方針に変わりはない」と述べた。", [], []),
    ("编辑部表示，将尽快核实读者反映的问题。", [], []),
    ("기자회견에서 장관은 이같이 말했다.", [], []),
])
def test_cjk_credits(credit: str, authors, editors) -> None:
    found = parse_credit(credit, merged())
    assert (found[0], found[1]) == (authors, editors)


def test_cjk_profiles_count_no_stopwords() -> None:
    # (words not parted by spaces: the script tells these languages, no word count)
    assert {"ja", "ko", "zh"} <= set(available())
    assert all(not get_profile(c).stopwords for c in ("ja", "ko", "zh"))
    shares, _ = stopword_shares("the cat and the dog were in the garden with her")
    assert not {"ja", "ko", "zh"} & set(shares)


HAN_HEAVY = ("東京都千代田区霞が関一丁目所在国土交通省本省庁舎内会議室開催予定関係閣僚会議出席者一覧表"
             "内閣総理大臣官房長官財務大臣経済産業大臣国土交通大臣環境大臣防衛大臣外務大臣法務大臣" * 3)


def test_a_page_declaring_japanese_stays_japanese_with_few_kana() -> None:
    # a table of Chinese characters with little kana on a page that declares "ja": Japanese,
    # as it was when Japanese had no profile (not Chinese, which the script alone would say)
    assert page_language([HAN_HEAVY], "ja", None)[0] == "ja"
    assert page_language([HAN_HEAVY], "zh", None)[0] == "zh"


@pytest.mark.parametrize("heading", ["関連記事", "あわせて読みたい", "관련기사", "관련 기사", "相关阅读", "相关新闻",
                                     "Související články", "Czytaj także", "İlgili Haberler", "Читайте также"])
def test_related_headings(heading: str) -> None:
    assert is_related_heading(heading)


@pytest.mark.parametrize("line, title", [
    ("あわせて読みたい：地方の図書館、利用者が増加", "地方の図書館、利用者が増加"),
    ("관련기사: 한은, 기준금리 동결", "한은, 기준금리 동결"),
    ("相关阅读：前三季度经济运行稳中有进", "前三季度经济运行稳中有进"),
    ("Čtěte také: Kraj rozdělil dotace malým obcím", "Kraj rozdělil dotace malým obcím"),
    ("Czytaj także: Smog w małych miastach", "Smog w małych miastach"),
    ("Ayrıca okuyun: Meteorolojiden yeni uyarı", "Meteorolojiden yeni uyarı"),
    ("Читайте также: Новые правила вступают в силу", "Новые правила вступают в силу"),
    # near misses: the words opening a sentence of the text ("see also how the town changed",
    # "the related article's figures show")
    ("Zobacz także, jak zmieniło się miasto w ostatnich latach.", None),
    ("Czytaj także, co o planach miasta mówią mieszkańcy.", None),
    ("관련 기사를 보면 정부는 지난해에도 같은 대책을 내놓았다.", None),
    ("関連記事によると、同市は来年度も事業を続ける。", None),
])
def test_read_also_labels(line: str, title: Optional[str]) -> None:
    assert _labelled_title(line) == title


@pytest.mark.parametrize("line, furniture", [
    ("Zapisz się na newsletter i otrzymuj najważniejsze informacje.", True),
    ("Přihlaste se k odběru newsletteru a dostávejte zprávy každé ráno.", True),
    ("Bültenimize abone olun, günün haberleri her sabah e-postanızda.", True),
    # near misses: the text's sentences about newsletters and subscriptions
    ("Mieszkańcy mogą zapisać się na listę oczekujących do końca miesiąca.", False),
    ("Gazete, abone sayısının geçen yıl yüzde on arttığını açıkladı.", False),
])
def test_newsletter_prompts(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) == furniture


def test_a_korean_wire_story_gives_its_place_and_reporter() -> None:
    page = ("<html lang='ko'><body><article><h1>정부, 내년 성장률 전망 하향</h1>"
            "<p>(세종=연합뉴스) 홍길동 기자 = 기획재정부는 5일 발표한 경제정책방향에서 내년 성장률 전망치를 "
            "기존 2.4%에서 2.1%로 내려 잡았다고 밝혔다. 수출 증가세가 둔화하고 내수 회복이 늦어지고 있다는 "
            "판단에 따른 것이다.</p><p>정부는 상반기에 재정을 집중적으로 집행하고 소상공인 지원도 확대하기로 "
            "했다. 물가 상승률은 2% 안팎에서 안정될 것으로 내다봤다.</p></article></body></html>")
    a = newsextract.extract(page)
    assert (a.location, a.authors) == ("세종", ["홍길동"])
    assert a.body.startswith("기획재정부는 5일")


@pytest.mark.parametrize("line, furniture", [
    # Chinese furniture lines: they open with the phrase, or hold the copyright sign after it
    ("扫一扫，关注我们的微信公众号", True),
    ("扫一扫 分享到微信", True),
    ("版权所有 © 2024 示例新闻网 京ICP备12345678号", True),
    ("版权所有：示例日报社", True),
    ("Copyright 2024 示例网 版权所有©", True),
    ("分享到：微信 微博 QQ空间", True),
    ("未经授权禁止转载", True),
    # near misses: the text's sentences holding the same words (review rv-profiles17, item 1)
    ("市民只需用手机扫一扫窗口旁的二维码，就能在线预约办理业务，不必再到大厅排队等候。", False),
    ("法院审理认为，原告是涉案作品的版权所有人，被告未经许可使用该作品，构成侵权。", False),
    ("专家提醒，不要随意点击朋友圈里的“分享到：”按钮授权第三方应用读取个人信息。", False),
    ("扫一扫，就能在线预约办理业务，市民不必再到大厅排队，这项服务自本月起在全市各区推广开来，"
     "目前已有三十多个街道的服务中心开通了这项功能。", False),
])
def test_chinese_furniture_phrases(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) == furniture


_KO_CAPTION = ("<figure><img src='/p.jpg' alt=''><figcaption>(세종=연합뉴스) 김사진 기자 = 5일 정부세종청사에서 "
               "경제정책방향을 발표하는 장관. 2024.12.5 photo@yna.co.kr</figcaption></figure>")
_KO_TEXT = ("기획재정부는 5일 발표한 경제정책방향에서 내년 국내총생산 성장률 전망치를 기존 2.4%에서 2.1%로 내려 "
            "잡았다고 밝혔다.</p><p>수출 증가세가 둔화하고 내수 회복이 늦어지고 있다는 판단에 따른 것이다.</p>"
            "<p>정부는 상반기에 재정을 집중적으로 집행하고 소상공인 지원도 확대하기로 했다. 물가 상승률은 2% 안팎에서 "
            "안정될 것으로 내다봤다.</p>")


@pytest.mark.parametrize("opening, authors, location", [
    # the text's own wire dateline names its reporter; the photo's caption above it, printed in
    # the same shape, names the photographer, no writer of the text (review rv-profiles17, item 2)
    ("(세종=연합뉴스) 홍길동 기자 = ", ["홍길동"], "세종"),
    # the text opens with no dateline: the caption's gives neither a place nor a writer
    ("", [], None),
])
def test_a_captions_wire_dateline_is_not_the_texts(opening: str, authors, location) -> None:
    page = ("<html lang='ko'><body><article><h1>정부, 내년 성장률 전망 2.1%로 하향 조정</h1>" + _KO_CAPTION
            + "<div class='article-body'><p>" + opening + _KO_TEXT + "</div></article></body></html>")
    a = newsextract.extract(page)
    assert (a.authors, a.location) == (authors, location)
    assert a.body.startswith("기획재정부는 5일")


@pytest.mark.parametrize("text, want", [
    # a credit for a part of the page in brackets is no dateline: its head is no place
    # (review rv-profiles17, item 3)
    ("【聞き手=山田太郎】" + JA_REST, None),
    ("【文=山田太郎】" + JA_REST, None),
    ("【構成=山田太郎】" + JA_REST, None),
    ("【解説=山田太郎】" + JA_REST, None),
    ("【寄稿=山田太郎】" + JA_REST, None),
    ("【撮影=山田太郎】" + JA_REST, None),
    ("【取材・文=山田太郎】" + JA_REST, None),
    ("(자료사진=연합뉴스) " + KO_REST, None),
    ("(그래픽=연합뉴스) " + KO_REST, None),
    ("(영상=연합뉴스) " + KO_REST, None),
    # a foreign agency after the place, in Japanese: the site, never a writer
    ("【ロンドン=ロイター】" + JA_REST, ("ロンドン", "ロイター", ())),
    ("【モスクワ=タス】" + JA_REST, ("モスクワ", "タス", ())),
    ("【ソウル=聯合】" + JA_REST, ("ソウル", "聯合", ())),
    ("【ワシントン=ブルームバーグ】" + JA_REST, ("ワシントン", "ブルームバーグ", ())),
    # one not listed, in katakana: no writer either (no dateline read)
    ("【ジャカルタ=アンタラ】" + JA_REST, None),
    # a role before the writer, parted by a middle dot: the role's
    ("【ワシントン=編集委員・山田太郎】" + JA_REST, ("ワシントン", None, ("山田太郎",))),
    # near misses: places that hold a credit's letters, and a writer after them
    ("【文京=山田太郎】" + JA_REST, ("文京", None, ("山田太郎",))),
    ("【ニュー・デリー=山田太郎】" + JA_REST, ("ニュー・デリー", None, ("山田太郎",))),
])
def test_credits_and_foreign_agencies_in_wire_brackets(text: str, want) -> None:
    assert _wire(text) == want


@pytest.mark.parametrize("text, want", [
    # roles of several words or glued compounds are no names (review rv-profiles17, item 4)
    ("新华社北京12月5日电（记者 张三 见习记者 李四）" + ZH_REST, ("北京", "新华社", ("张三", "李四"))),
    ("新华社北京12月5日电（记者 张三 实习生 李四）" + ZH_REST, ("北京", "新华社", ("张三", "李四"))),
    ("新华社北京12月5日电（本报记者 张三）" + ZH_REST, ("北京", "新华社", ("张三",))),
    ("新华社北京12月5日电（首席记者 张三）" + ZH_REST, ("北京", "新华社", ("张三",))),
    # what the writer did after the name: spaced, or glued as a dump prints it
    ("新华社北京12月5日电（记者 张三 报道）" + ZH_REST, ("北京", "新华社", ("张三",))),
    ("新华社北京12月5日电（记者张三报道）" + ZH_REST, ("北京", "新华社", ("张三",))),
    # two names glued after the role: where one ends is not told, no writer
    ("新华社北京12月5日电（记者张三李四）" + ZH_REST, ("北京", "新华社", ())),
    ("(서울=연합뉴스) 홍길동 수습 기자 = " + KO_REST, ("서울", "연합뉴스", ("홍길동",))),
    ("(서울=연합뉴스) 홍길동 인턴기자 = " + KO_REST, ("서울", "연합뉴스", ("홍길동",))),
    # near misses: names of three letters glued to the role, a Japanese name of four after a
    # role and its middle dot, a name that holds a modifier's letter
    ("新华社北京12月5日电（记者王敬照）" + ZH_REST, ("北京", "新华社", ("王敬照",))),
    ("【ワシントン=編集委員・山田太郎】" + JA_REST, ("ワシントン", None, ("山田太郎",))),
    ("【ワシントン=山田太郎記者】" + JA_REST, ("ワシントン", None, ("山田太郎",))),
    ("新华社北京12月5日电（记者 高首席）" + ZH_REST, ("北京", "新华社", ("高首席",))),
])
def test_roles_and_their_words_in_wire_credits(text: str, want) -> None:
    assert _wire(text) == want


@pytest.mark.parametrize("text, want", [
    # the longest agency's name is the outlet's, not a shorter one it opens with
    # (review rv-profiles17, item 5)
    ("共同社东京12月5日电 " + ZH_REST, ("东京", "共同社", ())),
    ("共同社12月5日电 " + ZH_REST, (None, "共同社", ())),
    ("时事社东京12月5日电 " + ZH_REST, ("东京", "时事社", ())),
    # a reporter's name run into the place: no place told
    ("中央社記者張三台北5日電 " + ZH_REST, None),
    ("新华社记者张三北京12月5日电 " + ZH_REST, None),
    # near misses: the agency and a place, and a place that holds an agency's letters
    ("中央社台北5日電 " + ZH_REST, ("台北", "中央社", ())),
    ("新华社共青城12月5日电 " + ZH_REST, ("共青城", "新华社", ())),
])
def test_the_longest_agency_opens_a_chinese_wire(text: str, want) -> None:
    assert _wire(text) == want


@pytest.mark.parametrize("line, heading", [
    ("アクセスランキング", True),
    ("人気記事（5件）", True),
    ("热门新闻", True),
    ("많이 본 뉴스", True),
    ("인기 기사", True),
    ("Most read", True),
    ("More stories...", True),
    # near misses: subheads in the text that open with a list's words, and a sentence
    # (review rv-profiles17, item 6)
    ("ランキング（上位5位）", False),
    ("人気記事の傾向", False),
    ("排行榜（前五名）", False),
    ("热门新闻背后的故事", False),
    ("인기 기사 1위는 부동산 대책이었다.", False),
])
def test_list_headings_of_scripts_without_spaces(line: str, heading: bool) -> None:
    assert is_list_heading(line) == heading


@pytest.mark.parametrize("line, opens", [
    ("网友评论", True),
    ("发表评论", True),
    ("コメント一覧", True),
    ("댓글", True),
    # near misses: subheads over a comment or a commentary in the text
    ("コメント", False),
    ("评论", False),
    ("評論", False),
])
def test_comment_headings_of_cjk(line: str, opens: bool) -> None:
    assert opens_comments(line) == opens


ZH_TW_REST = "經濟部長5日在立法院備詢時表示，今年出口可望創下新高，但仍須留意國際景氣變化。"


@pytest.mark.parametrize("text, want", [
    # a section's label ending in a Japanese agency's name: no dateline (review rv-profiles17,
    # item 7); a Chinese text holds no kana, which a Japanese wire's text does
    ("【國際時事】" + ZH_TW_REST, None),
    ("【国際時事】" + JA_REST, None),
    ("【国際=共同】" + JA_REST, None),
    ("【台北共同】" + ZH_TW_REST, None),
    # near misses: a Japanese wire's place and agency in a Japanese text
    ("【北京共同】" + JA_REST, ("北京", "共同", ())),
    ("【ソウル時事】" + JA_REST, ("ソウル", "時事", ())),
    ("【北京=共同】" + JA_REST, ("北京", "共同", ())),
])
def test_section_labels_are_no_japanese_wire(text: str, want) -> None:
    assert _wire(text) == want


@pytest.mark.parametrize("line, title", [
    # the read-also labels of Czech, Polish, Turkish, Russian and Ukrainian are verbs that open
    # sentences too: a label only with a mark after it (review rv-profiles17, item 8)
    ("Zobacz także Kazimierz, dawną dzielnicę żydowską, gdzie w zimowe wieczory działają "
     "klimatyczne kawiarnie i galerie.", None),
    ("Zobacz też Nową Hutę – to dzielnica, która zaskakuje architekturą socrealizmu i szerokimi "
     "alejami.", None),
    ("Czytaj także Raport NIK o stanie dróg w regionie, który opublikowano w piątek.", None),
    ("Zobacz także: Kraków w zimie: najpiękniejsze miejsca", "Kraków w zimie: najpiękniejsze miejsca"),
    ("Czytaj także: Rząd przyjął projekt, opozycja krytykuje", "Rząd przyjął projekt, opozycja krytykuje"),
    ("Читайте также: Власти Москвы объявили о ремонте", "Власти Москвы объявили о ремонте"),
    ("Ayrıca okuyun: Kapadokya'da balon turları yeniden başladı", "Kapadokya'da balon turları yeniden başladı"),
    # near misses: the labels of languages with a profile still need no mark
    ("Baca juga Polisi Tangkap Pelaku, Ini Motifnya", "Polisi Tangkap Pelaku, Ini Motifnya"),
])
def test_read_also_labels_against_sentences(line: str, title: Optional[str]) -> None:
    assert _labelled_title(line) == title


@pytest.mark.parametrize("line", ["JANGAN LEWATKAN!!!", "Terpopuler", "Most read this week"])
def test_list_headings_of_spaced_scripts_still_read(line: str) -> None:
    assert is_list_heading(line)


@pytest.mark.parametrize("line, date", [
    # a date's line is no headline in HTML, where Chinese is counted in characters
    # (review rv-profiles17, item 9: a Baidu encyclopedia page's title was its birth date)
    ("1975年1月28日（农历1974年腊月十七）", True),
    ("2024年12月5日 14:30", True),
    ("2024-12-05 14:30", True),
    # near misses: headlines holding a year or a date
    ("2024年中央经济工作会议在北京召开", False),
    ("国务院：2025年起实施新规", False),
    ("12月5日，国务院召开常务会议研究经济工作", False),
    ("9/11: 20 years on", False),
])
def test_a_dates_line_is_no_headline(line: str, date: bool) -> None:
    from newsextract.fields.title import _mostly_date
    assert _mostly_date(line) == date


def test_a_chinese_pages_date_line_is_not_its_title() -> None:
    page = ("<html lang='zh'><head><title>示例网</title></head><body><div class='info'>"
            "<p>2024年12月5日（农历十一月初五）</p></div><article><h1>国务院召开常务会议研究部署经济工作</h1>"
            "<p>国务院总理5日主持召开国务院常务会议，研究部署下一阶段的经济工作，会议听取了有关部门的汇报。</p>"
            "<p>会议指出，当前经济运行总体平稳，但外部环境依然复杂严峻，需要加大宏观政策调节力度。</p>"
            "<p>会议要求，各地区各部门要抓好政策落实，确保各项措施尽快见效，稳住就业和物价。</p>"
            "</article></body></html>")
    assert newsextract.extract(page).title == "国务院召开常务会议研究部署经济工作"


_XINHUA_REST = "记者从杭州市交通运输局获悉，为方便新建小区居民出行，该市近日新开通三条公交线路。"


@pytest.mark.parametrize("opening, place, names, rest_opens", [
    ("新华社北京12月5日电（记者 张三）", "北京", ("张三",), "记者从"),
    ("本报北京12月5日电（本报记者 张三 李四）", "北京", ("张三", "李四"), "记者从"),
    # a dump that glued the two names: the credit goes, its names are not guessed
    ("本报杭州12月5日电（记者李明陈静）", "杭州", (), "记者从"),
    # a note in the parentheses that names no reporter ("authorised release") stays the text's
    ("新华社北京12月5日电（受权发布）", "北京", (), "（受权发布）"),
])
def test_a_chinese_wire_credit_is_cut_only_when_a_role_names_it(opening: str, place: str, names: tuple,
                                                                 rest_opens: str) -> None:
    found = find_dateline(opening + _XINHUA_REST)
    assert found is not None
    dateline, rest = found
    assert (dateline.location, dateline.names) == (place, names)
    assert rest.startswith(rest_opens)


@pytest.mark.parametrize("note", [
    "（记者张三、李四；通讯员王五）",  # names the credit parser does not read: left in the text, not lost
    "（本报记者会同市场监管部门暗访）",  # a clause that opens with the role: the text's
])
def test_a_chinese_wire_credit_not_read_stays_in_the_text(note: str) -> None:
    found = find_dateline("新华社北京12月5日电" + note + _XINHUA_REST)
    assert found is not None and found[1].startswith(note)


@pytest.mark.parametrize("credit, names", [
    ("（记者 张三 摄影记者 王小明）", ("张三", "王小明")),  # a photographer's role is no name
    ("（视频记者 王小明）", ("王小明",)),
])
def test_a_chinese_wire_credit_with_compound_roles(credit: str, names: tuple) -> None:
    found = find_dateline("新华社北京12月5日电" + credit + _XINHUA_REST)
    assert found is not None and found[0].names == names and found[1].startswith("记者从")
