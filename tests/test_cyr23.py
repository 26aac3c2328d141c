"""Cyrillic pages and Hungarian dates (session 23, cyr23): quote speakers named in Cyrillic,
TASS's dateline and a Cyrillic place before a dash, Hungarian year-first dates. Each shape with
the near misses it must leave alone; the expected values were read off the invented text by eye."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract
from newsextract.fields.dateline import find_dateline
from newsextract.fields.dates import find_dates
from newsextract.profiles import get_profile, with_language_zone

REST = "В столице в субботу открылась новая линия метрополитена, которая соединила районы."


@pytest.mark.parametrize("text, place, site", [
    ("МОСКВА, 7 сентября. /ТАСС/. " + REST, "Москва", "ТАСС"),
    ("ТОКИО, 12 марта. /ТАСС/. " + REST, "Токио", "ТАСС"),
    ("Київ – " + REST, "Київ", None),
    ("КИЇВ, 5 березня – " + REST, "Київ", None),
    ("ХАРКІВ – " + REST, "Харків", None),
    # (Latin ones as before)
    ("Praha – Vláda schválila rozpočet na příští rok, opozice protestuje proti němu.", "Praha", None),
    ("NEW YORK, Nov. 19, 2019 /PRNewswire/ -- Acme Corp announced today that it has completed it.",
     "New York", "PRNewswire"),
])
def test_cyrillic_datelines(text: str, place: str, site: Optional[str]) -> None:
    found = find_dateline(text)
    assert found and (found[0].location, found[0].site) == (place, site)
    assert found[1].startswith(("В столице", "Vláda", "Acme"))


@pytest.mark.parametrize("text", [
    "ЭКСКЛЮЗИВ – " + REST,  # a kicker in capitals
    "СРОЧНО – " + REST,
    "ТЕРМІНОВО – " + REST,
    "ПОЛИТИКА – " + REST,  # a section's name, a body's acronym
    "НОВОСТИ – " + REST,
    "ПОЛІТИКА – " + REST,
    "НАТО – " + REST,
    "СЕНТЯБРЬ – " + REST,  # a month
    "Сентябрь – " + REST,
    "Сегодня – Международный день грамотности, который отмечают во всём мире с 1966 года.",
    "Путин – Это был трудный год для всех нас, сказал он журналистам в Кремле в пятницу.",
    "Москва – столица России и крупнейший город страны, в котором живут миллионы людей.",
    # slashes: not a title-cased place, no day, no agency, a menu's path
    "Москва, 7 сентября. /ТАСС/. " + REST,
    "МОСКВА. /ТАСС/. " + REST,
    "МОСКВА, 7 сентября. /и/или/ в столице в субботу открылась новая линия метро, которая соединила.",
    "ГЛАВНАЯ, НОВОСТИ. /ПОЛИТИКА/ " + REST,
    "ВАШИНГТОН, 7 сентября. /Корр. ТАСС Иван Лебедев/. Президент США в субботу подписал указ о пошлинах.",
])
def test_cyrillic_near_misses_give_no_dateline(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found[0].location is None


HU = with_language_zone(get_profile("hu"), "hu")


@pytest.mark.parametrize("text, iso", [
    ("2024. március 12. 14:35", "2024-03-12T14:35:00+01:00"),
    ("2024. március 12.", "2024-03-12"),
    ("2024. márc. 12. 14:35", "2024-03-12T14:35:00+01:00"),
    ("2023. december 31. 23:59", "2023-12-31T23:59:00+01:00"),
    ("Frissítve: 2024. 03. 12. 14:30", "2024-03-12T14:30:00+01:00"),
    ("2024.03.12. 14:30", "2024-03-12T14:30:00+01:00"),
    ("2024.03.12 14:30", "2024-03-12T14:30:00+01:00"),  # (as before)
])
def test_hungarian_year_first_dates(text: str, iso: str) -> None:
    found = find_dates(text, HU)
    assert found and found[0].iso == iso


@pytest.mark.parametrize("text", [
    "Elected in 2024. May 12. was the day he took office.",  # a month in capitals after a stop
    "in 2024. március 12-én",  # no day's dot (a case ending: prose)
    "Version 2024. 1. 2. is out",  # a version's number
    "Ár: 2024. 10. 5 forint",  # spaced figures with no closing dot
    "Score 2024. 13. 40. x",
    "2024. március 32.",
])
def test_hungarian_near_misses(text: str) -> None:
    assert find_dates(text, HU) == ()


def test_english_prose_after_a_year_is_no_date() -> None:
    assert find_dates("Elected in 2024. May 12. was the day.", get_profile("en")) == ()
    assert find_dates("Version 2024. 1. 2. is out", get_profile("en")) == ()


FILLER = ["В субботу в столице открылась новая линия метрополитена в северных районах.",
          "Пассажиропоток новой линии составит до 500 тысяч человек в день."]


def _speakers(lang: str, quote_para: str) -> List[Optional[str]]:
    paras = [FILLER[0], quote_para, FILLER[1]] * 2
    html = ("<html lang='%s'><head><title>Новость дня о метро</title></head><body><article>"
            "<h1>Новость дня о метро</h1>%s</article></body></html>"
            % (lang, "".join("<p>%s</p>" % p for p in paras)))
    return [q.speaker for q in newsextract.extract(html.encode()).quotes]


@pytest.mark.parametrize("lang, para, speaker", [
    ("ru", "«Это важный день для всех москвичей», — сказал мэр Сергей Собянин на церемонии.",
     "Сергей Собянин"),
    # a territory's head, its place in the genitive, then the name
    ("ru", "«Это важный день для всех москвичей», — сказал мэр Москвы Сергей Собянин на церемонии.",
     "Сергей Собянин"),
    ("ru", "«Мы не видим оснований для оптимизма», — заявил Дмитрий Песков журналистам в пятницу.",
     "Дмитрий Песков"),
    ("ru", "«Это важный день для всех москвичей», — сказал глава МИД России Сергей Лавров журналистам.",
     "Сергей Лавров"),
    ("ru", "«Это важный день для всех москвичей», — сказала Мария Иванова, жительница Митино.",
     "Мария Иванова"),
    ("ru", "Сергей Собянин отметил: «Это важный день для всех москвичей, и мы гордимся строителями».",
     "Сергей Собянин"),
    ("uk", "«Ми зробили все можливе, щоб захистити виплати», – сказала Марія Іваненко, міністерка фінансів.",
     "Марія Іваненко"),
    ("uk", "«Це важливий день для всіх киян», – заявив Віталій Кличко під час церемонії.", "Віталій Кличко"),
    # (Russian's free order: a place before the name, "в Москве Сергей Собянин")
    ("ru", "«Это важный день», — сказал в Москве Сергей Собянин.", "Сергей Собянин"),
    ("ru", "«Это важный день», — сказал президент России Владимир Путин.", "Владимир Путин"),
    ("ru", "«Это важный день», — сказал глава Чечни Рамзан Кадыров.", "Рамзан Кадыров"),
    ("uk", "«Це важливий день для всіх киян», – сказав мер Києва Віталій Кличко.", "Віталій Кличко"),
    # a surname alone after the title, its ending no place's ("Матвиенко", "Воробьёв", "Токаев")
    ("ru", "«Это важный день», — сказал губернатор Воробьёв журналистам.", "Воробьёв"),
    ("ru", "«Это важный день», — сказала председатель Матвиенко.", "Матвиенко"),
    ("ru", "«Это важный день», — сказал президент Токаев.", "Токаев"),
    # near misses: the territory alone after its head's title is no one ("губернатор Подмосковья")
    ("ru", "«Это важный день для всех москвичей», — сказал губернатор Подмосковья.", None),
    ("ru", "«Это важный день», — сказал мэр Москвы в пятницу.", None),
    ("ru", "«Это важный день для всех москвичей», — отметили в Минтрансе России.", None),
    ("ru", "«Это важный день для всех москвичей», — сказал он. Вчера Москва отметила праздник.", None),
    # near misses: a day, a month, a place or a pronoun where the name would stand
    ("ru", "«Это важный день для всех москвичей», — заявил в пятницу Песков журналистам в Кремле.", None),
    ("ru", "«Это важный день для всех москвичей», — сообщили в Сентябре Москва и область.", None),
    ("ru", "«Это важный день для всех москвичей», — говорится в Понедельник сообщении мэрии.", None),
    ("ru", "В Сентябре Москва отметит День города. «Это важный день для всех москвичей», — сказал он.", None),
    ("ru", "«Это важный день для всех москвичей», — пишет Коммерсант со ссылкой на источники.", None),
    ("uk", "«Це важливий день для всіх киян», – сказав у Вівторок Київ журналістам.", None),
    ("uk", "«Це важливий день для всіх киян», – повідомили в Березні Укрінформ і КМДА.", None),
])
def test_cyrillic_speakers(lang: str, para: str, speaker: Optional[str]) -> None:
    assert set(_speakers(lang, para)) == {speaker}


# a review's near misses (rv-cyr23): a region's adjective, an unlisted word in capitals before a dash,
# "Сегодня" with a date, a version's number in Hungarian
@pytest.mark.parametrize("html,field,expected", [
    ("<p>«Мы будем работать дальше», – сказал губернатор Московской области Андрей Воробьев.</p>", "speaker", None),
    ("<p>«Это важное решение», – сказал Генеральный секретарь НАТО Марк Рютте на пресс-конференции.</p>",
     "speaker", None),
    ("<p>ТРАМП – Американский президент снова выступил с заявлением о торговых пошлинах в понедельник вечером.</p>",
     "location", None),
    ("<p>ХРОНИКА – Данас су у Београду одржани протести против нове владе и њеног програма реформи.</p>",
     "location", None),
    ("<p>СЕГОДНЯ, 7 сентября – Правительство снова выступило с заявлением о пошлинах в понедельник утром.</p>",
     "location", None),
    ("<p>A program 2024. 10. 12. verziója megjelent, sok új funkcióval és javítással, amelyeket a fejlesztők "
     "a tavasz óta készítettek.</p>", "date", None),
])
def test_review_near_misses(html: str, field: str, expected: object) -> None:
    from newsextract import extract

    article = extract(("<html><body>" + html + "</body></html>").encode())
    got = article.quotes[0].speaker if field == "speaker" and article.quotes else getattr(article, field, None)
    assert got == expected
