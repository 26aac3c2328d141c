"""Language profiles: everything newsextract knows about a language, kept as data.

Each language is one JSON file in this folder, named by its ISO 639-1 code (`id.json`,
`en.json`); `neutral.json` holds what holds in every language (domain suffixes, name
particles, class-name words of page templates). Adding a language is adding a file: it is
found, checked and merged in by the code below, which never asks which language it reads.

A file is checked when it loads: an unknown key, a value of the wrong type or a pattern that
does not compile is a `ProfileError` naming the file and the key. Patterns are plain regular
expressions; what the speed work needs of them (a pattern without its leading `\\b`, the
ASCII stopwords as bytes) is derived here, at load time.
"""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Pattern, Tuple

from newsextract.rxcache import longest_first, rx

_HERE = Path(__file__).resolve().parent
NEUTRAL = "neutral"


class ProfileError(ValueError):
    """A profile file that cannot be used: the message names the file and the key."""


# (hashed by identity: profiles are singletons; and no generated __repr__, which would print
# every word list, nor __init__: their source, 100 fields long, was compiled at every start-up)
@dataclass(frozen=True, eq=False, repr=False, init=False)
class Profile:
    """Language knowledge used by the field extractors and the block classifier.

    Word lists are lower case unless said otherwise. Every key of a profile file is a field
    here; a file may leave any list out (it is then empty).
    """

    code: str
    # The language's English name (for listings and messages).
    name: str = ""
    # Frequent short words, for language detection.
    stopwords: FrozenSet[str] = frozenset()
    # The least share of a page's words its stopwords take when the page is in this language
    # (measured: 0.2 and more for most, Indonesian 0.07 and more; a page in a language with no
    # profile gives one at most 0.11 of its short words): below it, a page's text is not told
    # to be in it.
    stopword_least_share: float = 0.12
    # Letters a neighbour writing much the same short words uses often and this language never
    # (Slovak "ľ", "ô", "ä" for Czech, Estonian "õ" for Finnish, Czech "ř", "č" for Polish): a
    # text holding them, one letter in a thousand, is not told to be in this language by its
    # stopwords (a Slovak page holds Czech's "a", "na", "je", "že").
    alien_letters: FrozenSet[str] = frozenset()
    # Letters this language writes in every few sentences and the near languages whose short
    # words it shares do not all write (Czech "ř", "ě", "ů", which Slovenian and Slovak lack):
    # a text of some hundreds of letters without one in two hundred is not told to be in it.
    own_letters: FrozenSet[str] = frozenset()
    # Month names and abbreviations -> month number.
    months: Dict[str, int] = None  # type: ignore[assignment]
    # Day names, printed before dates.
    days: FrozenSet[str] = frozenset()
    # Time-zone words -> UTC offset "+07:00".
    zones: Dict[str, str] = None  # type: ignore[assignment]
    # Zone abbreviations printed in capitals only, that name a region's time with its summer
    # time ("ET" -> "America/New_York": -05:00 in winter, -04:00 in summer).
    region_zones: Dict[str, str] = None  # type: ignore[assignment]
    # Zone words that are also ordinary words of some language (German "ist", Romance "est",
    # Dutch "wit", French "cet"): read only in capitals, but in any case on pages of a language
    # whose own zones hold them (neutral data).
    capital_zones: FrozenSet[str] = frozenset()
    # Heads of an elided word, before its apostrophe ("dall'inviato", "quest'anno",
    # "aujourd'hui", "jum'at"): no name's word, though a name may hold an apostrophe between
    # small letters ("Nafi'an", "Ma'ruf"). Lower-cased.
    elided_heads: FrozenSet[str] = frozenset()
    # Words before a version number ("Version 3.10.12", "v2.4.1"): a dotted run of three
    # numbers after one is no date with a two-digit year. Lower-cased.
    version_words: FrozenSet[str] = frozenset()
    # Offset assumed for a printed time with no zone (None: leave the date naive).
    default_offset: Optional[str] = None
    # The time zone a page in this language prints its times in when it names none (an IANA
    # name, "Europe/Berlin"; summer time follows from the date). Only for languages spoken in
    # one zone; default_offset, when set, wins.
    default_zone: Optional[str] = None
    # The zone of each language spoken in one zone that has no profile of its own ("ja" ->
    # "Asia/Tokyo"): its pages' printed times get that zone's offset (neutral data).
    language_zones: Dict[str, str] = None  # type: ignore[assignment]
    # The zone of each country kept in one zone, by its internet code ("fr" -> "Europe/Paris",
    # "uk" of .co.uk): a dump's printed time with no zone, on a page in a language spoken in
    # many zones, gets the zone of the country its site's domain names (neutral data).
    country_zones: Dict[str, str] = None  # type: ignore[assignment]
    # Countries of country_zones whose zone a dump's time gets only where the page's own address
    # names them, not a domain its text names ("es", "pt": Spanish and Portuguese are written in
    # many zones, a Brazilian page may name a Portuguese site) (neutral data).
    address_countries: FrozenSet[str] = frozenset()
    # Places kept in another zone than their country's mainland ("tenerife" -> "Atlantic/Canary"):
    # a dump whose date line or text's opening names one keeps its bare time without its
    # country's zone, where that place's offset differs (neutral data).
    place_zones: Dict[str, str] = None  # type: ignore[assignment]
    # Domains of link shorteners and embeds ("youtu.be", "redd.it"): addresses a page prints
    # that say nothing of its own site's country (neutral data).
    short_link_domains: FrozenSet[str] = frozenset()
    # Numeric dates are day first (5/11/2015 is 5 November) unless this is false.
    day_first: bool = True
    # Zones of countries that print numeric dates day first, on a page whose language reads
    # them month first ("04/03/2024 18:15 GMT" is 4 March: GMT, BST, IST, AEDT are printed by
    # British, Indian, Australian pages). Lower-cased.
    day_first_zones: FrozenSet[str] = frozenset()
    # Words that may stand before a printed time ("pukul 14.00", "at 8:59 pm").
    time_words: Tuple[str, ...] = ()
    # Conjunctions that follow an elided compound's hyphen ("Herkunfts- und Zielländer", "pre- and
    # post-war", "Ein- bzw. Ausreise"): a wrapped line's hyphen before one keeps its space.
    compound_conjunctions: FrozenSet[str] = frozenset()
    # Words printed after a time of day, telling it is one ("15:36 Uhr", "20:07 uur", "16:51 h").
    clock_words: FrozenSet[str] = frozenset()
    # Words that prefix a numeric offset ("GMT+7", "UTC-05:00").
    offset_prefixes: Tuple[str, ...] = ()
    # Words that introduce a page's modified date ("Diperbarui", "Updated"): a date after them
    # is not the publication date.
    modified_labels: Tuple[str, ...] = ()
    # Labels an article's own dated entries print before their date ("Update, 13 March 2024",
    # "Day one, 11 March", "Tag 2, 12.03.2024", "Episode 3"): its updates, a diary's or a
    # series' parts, not the outlet's teasers (a date line labelled by modified_labels is one
    # too). Lower-cased, matched at the start of a word.
    entry_labels: Tuple[str, ...] = ()
    # Labels of the first publication's stamp, printed under the page's last update ("Mon 4 Mar
    # 2024 18.15 GMT" over "First published on Sun 3 Mar 2024 22.00 GMT"): the date they label
    # is the publication's, wherever it stands. Lower-cased.
    first_published_labels: Tuple[str, ...] = ()
    # Byline labels naming authors, and editors.
    author_labels: Tuple[str, ...] = ()
    # Author labels that are common words in other languages (Italian "di X" is "by X", and
    # Indonesian "di" is "in"): read only on pages in this profile's language.
    own_author_labels: Tuple[str, ...] = ()
    # Own author labels that are also a surname's particle ("Di Maio", "Di Stefano"): printed
    # capitalised before one word, the two are a surname, not a label and a name.
    particle_labels: FrozenSet[str] = frozenset()
    editor_labels: Tuple[str, ...] = ()
    # Labels that may stand without a colon ("By Jane Doe").
    bare_labels: FrozenSet[str] = frozenset()
    # Labels a blog prints before the login that posted the text ("Posted by"): a name of one
    # word after them is a login ("Posted by Vortex"), not a byline.
    login_labels: FrozenSet[str] = frozenset()
    # Role words that prefix a name in a credit ("Kontributor Lhokseumawe, Masriadi").
    role_words: FrozenSet[str] = frozenset()
    # The role words a writer's place follows, before a comma and the name ("Kontributor
    # Lhokseumawe, Masriadi"); after any other ("Penulis X, Y") the comma parts names.
    placed_roles: FrozenSet[str] = frozenset()
    # Words that qualify a writer's role after a name ("Parliamentary editor", "Chief
    # political reporter"): the name ends before them.
    role_modifiers: FrozenSet[str] = frozenset()
    # Words after "Name /" or "Name -" that mark a byline ("Dewi Kania / Jurnalis").
    byline_suffixes: FrozenSet[str] = frozenset()
    # Labels of a photo credit or caption ("Foto:", "Photo by", "(Dok. X)").
    photo_labels: Tuple[str, ...] = ()
    # Author labels that credit the pictures ("Fotografer:"): the author of a gallery, where no
    # writer is named; beside a writer's credit, the photographer is no author of the text.
    photographer_labels: FrozenSet[str] = frozenset()
    # An article's genre printed before its headline as a kicker ("Meinung", "Opinion"), which
    # a terminal browser glues onto the headline's line (the label, then the headline).
    genre_labels: FrozenSet[str] = frozenset()
    # Words of a section's or a topic's name printed as a kicker ("Live Updates", "Middle
    # East"), which a dump may glue before the outlet's name as it glues a writer's.
    topic_words: FrozenSet[str] = frozenset()
    # A picture's source printed alone after its caption's last sentence ("... Kieswetter.
    # File image", "... Archivbild"): the caption's end, never a headline's.
    photo_sources: FrozenSet[str] = frozenset()
    # Labels of a credit for the words, not a picture: their writer, interviewer, translator or
    # source ("(Interview: Jane Roe)", "(Text: Anna Müller)", "(Quelle: ...)"). A short paragraph
    # closed by one in brackets is the text's, never a caption's. Lower-cased.
    text_credit_labels: FrozenSet[str] = frozenset()
    # One-word labels with a colon that credit no writer of the text, lower-cased: a source, a
    # contact, an interview's partner, a moderator, the photos, the topics ("Quelle:" / "Jane
    # Roe", "Themen:" / "Olaf Scholz"): the name alone under one is no byline.
    non_credit_labels: FrozenSet[str] = frozenset()
    # Inline "read also" labels that introduce one related-article title.
    related_labels: Tuple[str, ...] = ()
    # Read-also labels that also open sentences ("Jangan lewatkan", "Don't miss"): a label
    # only with a mark after it ("JANGAN LEWATKAN!!! ...", "Don't miss: ...").
    marked_related_labels: Tuple[str, ...] = ()
    # Headings that introduce a list of related-article titles.
    related_headings: Tuple[str, ...] = ()
    # Headings of other lists (latest, popular...) whose items are neither body nor related.
    list_headings: Tuple[str, ...] = ()
    # Headings of the sections of a recipe or a how-to ("Ingredients", "Method"): the list
    # under one, near the text, is the text's.
    section_headings: Tuple[str, ...] = ()
    # Headings a fact check prints over its verdict ("Kesimpulan", "Hasil Cek Fakta",
    # "Verdict"): the prose right under one, right after the text, is the text's.
    verdict_headings: Tuple[str, ...] = ()
    # Labels a fact check prints before its headline ("[HOAKS] ...", "Cek Fakta: ...",
    # "[FALSE] ..."): a dump's verdict heading after the text is the page's own there.
    fact_check_labels: Tuple[str, ...] = ()
    # Lines that are page furniture when they start a block (matched as prefixes).
    boilerplate_prefixes: Tuple[str, ...] = ()
    # Lines that are page furniture wherever they occur (substrings).
    boilerplate_substrings: Tuple[str, ...] = ()
    # Page counters of an article split over pages, "#" standing for a number ("1 dari 3
    # halaman", "Page 2 of 4"): a line that is only one is furniture.
    pagination: Tuple[str, ...] = ()
    # The page counter a paged or a print-all article's <title> carries after its headline,
    # "#" standing for a number ("... - Halaman 2 - Site", "... - Halaman all", "... Seite 2 |
    # Site"): no words of the headline.
    title_page_counters: Tuple[str, ...] = ()
    # Times told as an age ("2 hours ago", "vor 3 Stunden"), "#" standing for a number: a
    # byline's name may have one after it instead of a date ("Jane Doe 7 hours ago").
    relative_times: Tuple[str, ...] = ()
    # Caption and photo-credit markers (substrings).
    caption_markers: Tuple[str, ...] = ()
    # Markers whose word names other things as well and closes compounds of them ("Kredit:" a
    # credit line, "Autokredit:" a loan, "UniCredit:" a bank): at a longer word's end they
    # count only where a picture's word (photo_labels) comes before them ("Fotocredit:").
    caption_word_markers: Tuple[str, ...] = ()
    # The words of a credit for a part of the page before its equals sign, in brackets, in
    # the scripts without case ("【聞き手=山田太郎】" interviewer, "【文=…】" text, "(그래픽=연합뉴스)"
    # graphic): the credit's, never a wire dateline's place (fields/dateline.py).
    credit_heads: FrozenSet[str] = frozenset()
    # What a writer did, printed after the name in a wire dateline's credit of a script without
    # case ("（记者 张三 报道）" reported, "摄" photographed): no name (fields/dateline.py).
    credit_verbs: FrozenSet[str] = frozenset()
    # A newspaper's sections, printed as a label in brackets before the text ("【国際時事】",
    # international news by Jiji): no wire dateline's place (fields/dateline.py).
    section_words: FrozenSet[str] = frozenset()
    # Words of a share or view counter ("1.2k shares", "345 kali dibaca").
    counter_words: Tuple[str, ...] = ()
    # Words naming comments ("34 Comments", "12 komentar").
    comment_words: Tuple[str, ...] = ()
    # Words that head a comment section alone on a line ("Comments", "Komentar (12)").
    comment_headings: Tuple[str, ...] = ()
    # Words that may stand before the comment heading ("Top-rated comments").
    comment_qualifiers: Tuple[str, ...] = ()
    # Phrases that open a comment section ("Leave a reply", "Tulis komentar").
    comment_phrases: Tuple[str, ...] = ()
    # A prompt to comment on the article itself ("Would you like to comment on this article?",
    # "Diesen Artikel kommentieren"): a comment section's opening only as a whole line, since
    # its words open a text's sentences too ("Diesen Artikel kommentieren wollte das
    # Ministerium nicht.", '"Commenter cet article ne servirait à rien", a estimé ...').
    comment_prompts: Tuple[str, ...] = ()
    # Words of the site's legal notices (cookies, consent, trademarks).
    notice_words: Tuple[str, ...] = ()
    # Words of a closing line that asks readers to send something to the desk's e-mail address
    # ("Kirim surat pembaca Anda ke redaksi@...", "Punya tips? Kirimkan ke ...").
    reader_mail_words: Tuple[str, ...] = ()
    # Verbs that open the desk's call to readers, in the imperative, as a sentence's first word
    # ("Kirimkan tulisan Anda ke opini@...").
    reader_mail_openers: FrozenSet[str] = frozenset()
    # Words naming a newsletter ("newsletter", "nieuwsbrief", "boletín").
    newsletter_words: Tuple[str, ...] = ()
    # Imperatives that open a sign-up prompt ("sign up", "melden sie sich", "assine"): a short
    # line holding a newsletter word that opens with one, or that has one right after the colon
    # past a newsletter's name ("Der Newsletter am Morgen: Melden Sie sich jetzt kostenlos
    # an."), is a newsletter box's, not the text's.
    signup_openers: Tuple[str, ...] = ()
    # An ad slot's notice, printed where an ad failed to load or cuts the text ("this
    # advertisement has not loaded", "story continues below", "la suite après la publicité"):
    # never a headline. (Only the title's choice reads them: inside the text such a line is
    # left to the body's run, which bridges the slot.)
    ad_notices: Tuple[str, ...] = ()
    # The outlet's own offer in a sign-up line of more than a few words ("our", "unsere", "now",
    # "kostenlos"): advice in a text names another's newsletter ("Subscribe to newsletters
    # only from senders you know, ...") and holds none.
    box_marks: Tuple[str, ...] = ()
    # Verbs of advice or warning that close reported advice after a comma, besides cue_after
    # ("..., varnar polisen.", "..., aconselha a polícia."): a sign-up line ending on a speaker's
    # tag is someone's words in the text, not the outlet's box.
    advice_verbs: Tuple[str, ...] = ()
    # Words that limit or forbid what an imperative bids ("never", "only", "aldrig", "apenas",
    # "kun"): a short sign-up line with one and no box mark is advice in the text ("Registrera
    # dig aldrig för nyhetsbrev från okända avsändare"), not the outlet's box.
    limiting_words: Tuple[str, ...] = ()
    # Words by which a site speaks to its reader or of itself, matched in the case given
    # ("you", "our", German "Sie" not "sie", "Anda", "本报"), and a subscription's price
    # period ("a month"): a ten-word sentence holding one is no sentence of the text worth
    # lifting to a short sentence's score ("Get in-depth reporting ... for only N$85 a month.").
    reader_address: Tuple[str, ...] = ()
    # Words that end a text before "Name:" or "Name -" can be a dateline (not places).
    not_places: FrozenSet[str] = frozenset()
    # Speech verbs that follow a quotation ('"...," kata X'), base forms.
    cue_after: FrozenSet[str] = frozenset()
    # Speech verbs that introduce a quotation ('X mengatakan, "..."').
    cue_before: FrozenSet[str] = frozenset()
    # Speech verbs after a quotation that are nouns too ("nilai", "pesan", "kritik"): a cue only
    # right after the quotation and before a name, a title or the pronoun suffix ('"...," nilai
    # Budi', 'kritiknya'); before a quotation or after a word in marks they are the noun
    # ("Melalui pesan singkat, Budi mengatakan", 'Program "X" nilai anggarannya').
    cue_nouns: FrozenSet[str] = frozenset()
    # Adverbs between a speaker and the verb ("X juga mengatakan", "X also said").
    cue_adverbs: Tuple[str, ...] = ()
    # Words that may open the attribution after a quotation, before its verb ('"...,"
    # demikian kata X'), in its paragraph or opening the next ("Hal itu disampaikan X").
    cue_openers: Tuple[str, ...] = ()
    # Words saying that someone else said it too ("Hal itu disampaikan pula oleh X", "juga"):
    # a cue of the next paragraph with one names a second speaker, not the quotation's.
    also_words: FrozenSet[str] = frozenset()
    # Verbs of saying whose subject, a person named, may have their own words follow in marks
    # with no cue of their own ("Dewi Lestari mengatakan puncak ... pada Januari. \"Warga ...
    # waspada.\"", "Royce Mendes said growth would slow. \"We ...\""): past or plain forms
    # that report speech, no verb of writing, quoting or asking.
    reporting_verbs: FrozenSet[str] = frozenset()
    # Words in such a sentence after its verb that name another voice or a text the words in
    # marks may be (a statement, a letter, a note, a post, a relative, someone who called):
    # then the quotation is not given to the subject.
    other_voices: FrozenSet[str] = frozenset()
    # Verbs by which a person takes a stand on something, besides the verbs of saying
    # ("welcomed", "criticised", "expects"): a person named under a role in small letters that
    # opens a sentence with one is the one a later "he said" points back to ("Shipping
    # association chairman X welcomed the plan ... \"...,\" he said"), not one acted on ("died").
    stance_verbs: FrozenSet[str] = frozenset()
    # Words of a body that takes a name of its own after them ("Kelompok Tani Sri Rejeki",
    # "Paguyuban Ngesti Rahayu", "Yayasan Budi Luhur"): the capitalised words after one in an
    # office's run ("Ketua Kelompok Tani Sri Rejeki, Sutarjo, mengatakan") are the body's
    # name, no person's, though they read as one.
    named_bodies: FrozenSet[str] = frozenset()
    # Words of the first person ("saya", "kami", "we", "my"): a quotation with no cue given to
    # the subject of the sentence before that reports speech must speak in one of them (their
    # own words), not a law's, a sign's or an order's ("Every person has the right ...").
    first_person: FrozenSet[str] = frozenset()
    # Words of the second person ("kamu", "Anda", "you"), and words a quotation may call its
    # hearer by, set off by a comma at its start ("Sir, ...", "Pak, ..."): words said to
    # someone, often to the subject, not by them ("Sir, you cannot enter ...").
    second_person: FrozenSet[str] = frozenset()
    vocatives: FrozenSet[str] = frozenset()
    # Words that open a subordinate clause ("after", "when", "setelah", "ketika"): a person
    # named after one is not the sentence's subject ("After union chairman X criticised the
    # plan, the minister defended it").
    subordinators: FrozenSet[str] = frozenset()
    # Verbs of asking ("asked", "menanyakan"): their subject puts a question, and is not the
    # one a later "he said" answering it points back to.
    asking_verbs: FrozenSet[str] = frozenset()
    # Words of a group of people (residents, workers, "masyarakat", "korban"), and verbs whose
    # object is the hearer ("told", "urged", "mengimbau"): a group after a verb of saying is
    # another voice only where it opens the reported clause ("said residents were angry"), with
    # at most a word of clause_openers before it ("that", "the", "para"); after a verb of the
    # hearer, or further on ("said in a speech to students"), it is who heard the subject.
    # Words a sentence is cut after right before its date, where a dump puts the date on a line
    # of its own ("runs until" / "31 December 2025.", "gilt ab" / "1. Januar 2026"): the date
    # line goes on the sentence, not a headline's date line (segment.dumps._date_line_under).
    date_prepositions: FrozenSet[str] = frozenset()
    group_words: FrozenSet[str] = frozenset()
    hearer_verbs: FrozenSet[str] = frozenset()
    clause_openers: FrozenSet[str] = frozenset()
    # Words that open a lead-in clause before a sentence's subject ("Selain Budi Santoso, warga
    # lain ...", "Unlike John Smith, resident ...", "Menanggapi pernyataan ..."): a name after
    # one does not open its sentence.
    lead_in_words: FrozenSet[str] = frozenset()
    # Words after a verb of saying that open the medium the subject spoke in ("in a", "in his",
    # "dalam", "lewat", "via"): a text or a word of another voice right after one is the
    # subject's own medium ("said in a statement", "mengatakan hal itu lewat pesan singkat").
    own_medium_openers: Tuple[str, ...] = ()
    # Words of a medium (a message, a post, a release): after the word right after such an
    # opener, they go on naming the same medium ("via text message", "in a video message",
    # "lewat pesan singkat"), where a relative after it is another voice ("dalam surat ibunya").
    own_media: FrozenSet[str] = frozenset()
    # Words of a written text a colon announces ("banners that read:", "Der Titel lautet:",
    # "bertuliskan:"): the words in marks after it are printed, not said (no quotation).
    written_words: FrozenSet[str] = frozenset()
    # Nouns for a person by what they do ("agronomist", "pengamat"): "According to <role>
    # <Name>" names a person only when the role's words hold one, not a body's or
    # an outlet's kind ("tech website Gadget Review Daily", "laporan harian Suara Sukamaju").
    person_roles: FrozenSet[str] = frozenset()
    # Words that may follow a speech verb before the quote ("mengatakan bahwa", "said that").
    complementizers: Tuple[str, ...] = ()
    # Pronouns that stand for the last named person.
    pronouns: FrozenSet[str] = frozenset()
    # Plural personal pronouns ("mereka", "they", "ellos"): after "according to" ("Menurut
    # mereka, \"...\"") they point to a group, no one person, so the quotation has no speaker.
    plural_pronouns: FrozenSet[str] = frozenset()
    # Demonstratives that close an epithet standing for the last named person after a cue
    # verb ("tutur pelantun Could It Be tersebut", "kata pria yang akrab disapa Hendi itu").
    epithet_ends: FrozenSet[str] = frozenset()
    # Words of an epithet that stands for someone unnamed ("kata sumber itu", "ujar warga yang
    # enggan disebut namanya itu"): no named person is meant.
    unnamed_words: FrozenSet[str] = frozenset()
    # Relative words that may run on inside such an epithet ("pria yang akrab disapa Hendi
    # itu"), where any other stop word ends it ("perekam suara dalam video tersebut": the
    # demonstrative is the video's).
    epithet_relatives: FrozenSet[str] = frozenset()
    # Suffix that turns a cue verb into a pronoun form ("katanya"), if the language has one.
    pronoun_suffix: str = ""
    # Words that, after a cue verb, introduce a non-person or end the speaker phrase.
    speaker_stops: FrozenSet[str] = frozenset()
    # A speech verb in the passive that names its speaker after it ("diungkapkan oleh X").
    passive_by: Optional[str] = None
    # A verb in the passive right after a subject ("pelatih Andi Wijaya dipecat", "coach John
    # Smith was fired"): the person is acted on, not the one a later "katanya" points back to.
    passive_verb: Optional[str] = None
    # The words that link a name to its role in a writer's note closing an article
    # ("Jane Doe is a politics reporter for ..."), a pattern: "is an?".
    bio_link: Optional[str] = None
    # The same words, read only in a closing note that names the byline's writer ("Pieter Jansen
    # is verslaggever bij ...", "Marie Lefèvre est journaliste ..."): for a language whose
    # closing notes name the story's subject as often ("Jean Martin était correspondant à
    # Moscou ..."), where bio_link, which needs no byline, would drop them.
    writer_link: Optional[str] = None
    # Words that give the short name a person goes by right after the full name ("Basuki
    # Tjahaja Purnama atau Ahok"); where set, a short name in parentheses after a name is read
    # too ("Basuki Tjahaja Purnama (Ahok)"). Where parentheses mostly give a party, a post or
    # an acronym, leave it empty.
    nickname_links: FrozenSet[str] = frozenset()
    # A phrase that gives a nickname of the person just named ("yang akrab disapa Dani").
    nickname: Optional[str] = None
    # The short names the press gives public figures without linking them to the full name
    # ("Jokowi" -> "Joko Widodo", "Emil" of "Kang Emil" -> "Ridwan Kamil"): read only where
    # the text prints the full name too.
    known_nicknames: Dict[str, str] = None  # type: ignore[assignment]
    # Short forms the press gives an office, with the office spelled out ("Wapres" -> "Wakil
    # Presiden", "Menkeu" -> "Menteri Keuangan"): a cue with one form ('"...," kata Wapres')
    # stands for the one holder the text printed with either form before it.
    office_short_forms: Dict[str, str] = None  # type: ignore[assignment]
    # Words that join a second office to the first before the holder's name ("Ketua Umum
    # Partai X yang juga Menteri Pertahanan Budi Santoso", "selaku", "sekaligus").
    office_joins: FrozenSet[str] = frozenset()
    # Other countries as the press prints them after an office, before the holder's name
    # ("Menkeu AS Janet Yellen", "Presiden Prancis Emmanuel Macron"): another country's office,
    # whose holder a cue with the bare office ("kata Menteri Keuangan") does not name.
    foreign_countries: FrozenSet[str] = frozenset()
    # Words that are never part of a person's name in a credit: interface labels and
    # degrees ("Email Me", "Follow", "BSc", "RD").
    not_names: FrozenSet[str] = frozenset()
    # Words between a credit and the date printed after it ("X pada 16 Agu 2022", "X on May 5").
    date_connectives: FrozenSet[str] = frozenset()
    # Words that join a date's day, month and year ("4 de mayo de 2022", "4 de maio de 2022").
    date_joiners: Tuple[str, ...] = ()
    # Words that join two names in a credit ("Ani dan Budi", "Anna und Lea").
    name_conjunctions: FrozenSet[str] = frozenset()
    # Relative pronouns that only a person takes ("Walter Brooks, who ..."): the name before
    # them is a person's.
    person_relatives: Tuple[str, ...] = ()
    # Words that open an apposition describing a person ("Jane Doe, a teacher at X, said"):
    # with a title, a role or a person's relative pronoun, they tell that the name before the
    # apposition is a person's.
    apposition_openers: FrozenSet[str] = frozenset()
    # Definite articles before an office in lower case: '"...," the minister said' points to the
    # person the text printed with that office ("Energy Minister Grace Mwangi"); an indefinite
    # one, "a spokesman said", to someone else, unnamed.
    definite_articles: FrozenSet[str] = frozenset()
    # Words before an office that make its holder someone else than the office a cue names
    # ("former Mayor Peter Grant", "Prime Minister ..." for "the minister", "Wakil Bupati ..."
    # for "kata Bupati"): such a holder stands for the office only when the cue repeats them.
    office_qualifiers: FrozenSet[str] = frozenset()
    # Conjunctions that open a contrasting clause ("but", "tetapi"): a quotation before one is
    # not said by the speaker of a quotation after it.
    clause_contrasts: FrozenSet[str] = frozenset()
    # Sentence adverbs that open a clause before its subject ("Still Whitfield said",
    # "Also Forsythe said", "Dennoch sagte Vogel"): with the stopwords, subordinators and
    # contrasts, never a speaker's name's first word. Lower-cased.
    clause_adverbs: FrozenSet[str] = frozenset()
    # Honorifics and titles that may precede a name and are not part of it.
    titles: FrozenSet[str] = frozenset()
    # Words the language prints abbreviated with a dot inside a sentence, in lower case and
    # seldom at a sentence's end ("sog.", "bzw.", "vgl.", "ca."): no sentence ends at their dot
    # ("der sog. „Letzten Generation“"). Not "usw." or "etc.", which close sentences.
    abbreviations: FrozenSet[str] = frozenset()
    # Titles that are common words of names too ("Lukman Hakim Saifuddin"): inside a run of
    # capitalised words that goes on after them, part of the name.
    name_titles: FrozenSet[str] = frozenset()
    # Titles that are forms of address, no office ("Ibu Widyastuti", "Pak Budi", "Mrs Jane
    # Doe"): a run they open names the person, not an office whose holder stands before it.
    honorifics: FrozenSet[str] = frozenset()
    # Hereditary or religious titles printed as a name's first word, before a given name
    # ("Teuku Muhammad Rizal", "Raden Ahmad Sanusi", "Andi Muhammad Ali"): part of the name,
    # never the office's place that a word before a given name may otherwise be.
    name_prefixes: FrozenSet[str] = frozenset()
    # Given names that open a person's name: the birth order names of Bali ("Putu", "Made",
    # "Ketut") and Lombok's noble "Lalu" and "Baiq" (a place's or a body's rarely: "Gunung
    # Gede", "Kasat Lalu Lintas"). After an office, the name starts at the first of them, with
    # the titles printed before it (`name_articles` "I", "Ni", and `name_prefixes`): "Kepala
    # Kantor SAR Maumere Putu Arga Sujarwadi" -> "Putu Arga Sujarwadi", "Koordinator Balawista
    # Badung I Made Mudra" -> "I Made Mudra".
    name_openers: FrozenSet[str] = frozenset()
    name_articles: FrozenSet[str] = frozenset()
    # Titles of `name_prefixes` that open a name only beside another ("Anak Agung", "I Gusti
    # Agung") and alone end a body's name ("Kejaksaan Agung", "Perlindungan Anak").
    paired_prefixes: FrozenSet[str] = frozenset()
    # Offices that are always printed with their place ("Kepala Lapas Salemba", "Karutan
    # Cipinang"): a capitalised word after them, before a given name, is the place; after
    # other offices only the text's evidence ("di Kudus", a dateline) reads it so.
    placed_offices: FrozenSet[str] = frozenset()
    # Words that finish the title before them ("Direktur Utama", "Kepala Pelaksana", "Ketua
    # Harian"): read as the office's only right after a title or an office's word.
    office_tails: FrozenSet[str] = frozenset()
    # An institution's head noun whose own proper name follows ("Bandara Dhoho", "Universitas
    # Gadjah Mada", "Bank Mandiri"): after an office, the words the text prints after the noun
    # elsewhere are the institution's, the rest the holder's.
    named_facilities: FrozenSet[str] = frozenset()
    # Titles of national offices that never take a place after them ("Menteri", "Presiden"):
    # one capitalised word after the office spelled out is the holder's one name ("Menteri
    # Sekretaris Negara Pratikno"), unless it is a country ("Menteri Luar Negeri Jepang").
    unplaced_titles: FrozenSet[str] = frozenset()
    # Offices the press prints before a country's name ("Perdana Menteri Hongaria", "Menteri
    # Luar Negeri Yordania"): one word after them is the country, not the holder's one name.
    foreign_offices: FrozenSet[str] = frozenset()
    # Words that end the name after an office even in capitals ("Kapolres Bogor AKBP Iman
    # Imanuddin Bersama Bupati Bogor ...": a title-case sentence goes on with its connective).
    holder_breaks: FrozenSet[str] = frozenset()
    # Lower-case words that print another person's role before an office ("juru bicara Wapres,
    # Masduki Baidlowi", "staf khusus Menkeu X", "istri Wapres X"): the name after is the aide's,
    # not the office's holder. Never the office's own words ("the health secretary, Wes
    # Streeting", "foreign minister Annalena Baerbock": lower-case offices in English style).
    aide_words: FrozenSet[str] = frozenset()
    # Titles that are titles on the language's own pages only, among `titles` too: the ones it
    # prints abbreviated ("Atty.", "Gen.", "Sgt.": another language's writers spell the office
    # out, and the same letters are a name there, "Wali Kota Cimahi Atty Suharti") and forms
    # of address that are names elsewhere ("Gus Irfan"; "Gus Malzahn", "Kang Shao Pin").
    local_titles: FrozenSet[str] = frozenset()
    # The case endings the language writes after an apostrophe on a proper noun ("Ankara'da",
    # "Türkiye'nin"): such a word is a place or person a clause speaks of, never a speaker's
    # name. The page's own language's only: elsewhere the same letters end names ("Syafi'i").
    name_case_endings: FrozenSet[str] = frozenset()
    # Words of an office, body or place that a title takes before the holder's name ("Kepala
    # Dinas PU Budi Santoso", "Gubernur Jawa Barat Ahmad Heryawan"): the name is what follows
    # the last of them.
    office_words: FrozenSet[str] = frozenset()
    # Office words that name an administrative unit, whose place follows them ("Kota Bogor",
    # "Kabupaten Lebak"): in "Dinas Pendidikan Kota Bogor Budi Santoso" the word after one is
    # the place, not the first of the name.
    place_units: FrozenSet[str] = frozenset()
    # Words of a direction or part that follow a place's name and make it another place
    # ("Jakarta Selatan", "Jawa Barat", "Gunung Kidul", "North Carolina" the other way round):
    # office words elsewhere ("Polda Jawa Barat"), inside a place's name they are its own.
    place_directions: FrozenSet[str] = frozenset()
    # Cities whose name alone a site's dateline prints before its text with no dash or colon
    # of its own ("Liputan6.com, Jakarta Pemerintah ..."): after one, capitalised words that
    # are no direction are the text's or a kicker's, not more of the place. Printed in mixed
    # case with a colon before the text ("Mumbai: The ...", "Jakarta: Presiden ..."), one is a
    # dateline, where any other word and a colon is a label ("Definition:", "Hinweis:").
    dateline_cities: FrozenSet[str] = frozenset()
    # Listed cities whose names are common words too (Indonesian "medan", a field, "malang",
    # unlucky; English "solo"): opening a text with a full stop after them ("Solo. The band's
    # ..."), they are a dateline only in capitals ("SOLO. Pemerintah ...").
    word_cities: FrozenSet[str] = frozenset()
    # The world's news cities ("new york", "london", "hong kong"): only a byline's closing place
    # in capitals ("By Jane Doe, NEW YORK"), no dateline of the text (their names open
    # features, "Chicago: The Musical ...", "London. It is a city of ...").
    world_cities: FrozenSet[str] = frozenset()
    # Countries and the world's regions as this language prints them ("north korea", "new
    # zealand", "middle east", "latin america"): a place, never a person, so never an author
    # alone (a kicker or section label printed over a date line, "North Korea 09:31 August 20,
    # 2019", is no byline); a name that only holds one ("Jordan Peterson", "Chad Myers") is kept.
    country_names: FrozenSet[str] = frozenset()
    # A site's sections and kickers of more than one word ("real estate", "climate change",
    # "personal finance", "fact check", "most read"): printed over the date line or after the
    # text, they pass for a given name and a surname; never an author on their own.
    section_names: FrozenSet[str] = frozenset()
    # Outlets whose names are common words ("kompas", a compass, "tempo", "bola", a ball,
    # "suara", a voice): in capitals and a full stop opening a text ("KOMPAS. Itulah kata
    # ...") they are the outlet's mark only on a page that names that outlet as its own.
    word_outlets: FrozenSet[str] = frozenset()
    # Words that open a sentence by pointing back at the word before it ("London. It is a city
    # of ...", "Tokyo. Just saying it ...", "Bogor. Kota hujan ini ..."): after a city and a full
    # stop they make the city the feature's subject, no dateline.
    back_references: FrozenSet[str] = frozenset()
    # Words for a paper's kind that open its name ("Harian Kompas", "Koran Tempo", "Majalah
    # Tempo"): after other words they close a phrase, no outlet's name ("Catatan Harian", a
    # diary, "penulis Catatan Harian" a book's author, no paper's writer).
    outlet_kinds: FrozenSet[str] = frozenset()
    # Titles of a territory's head, which the territory's name follows with no unit word
    # ("Bupati Bogor Ade Yasin", "Kapolres Garut AKBP X"): like a place unit, the word after
    # one is the place when a name of two words or more follows it.
    territorial_titles: FrozenSet[str] = frozenset()
    # Bodies of a region, printed with the region's name right after them ("BPBD Kuningan",
    # "DPRD Garut", "Polres Bogor"): in "Kepala BPBD Kuningan Agus Mauludin" the word after one
    # is the place when a name of two words follows it.
    regional_offices: FrozenSet[str] = frozenset()
    # Many people go by one name only ("Daryono", "Budiyanto"): a lone capitalised word after an
    # office's acronym or a rank in capitals ("Kepala BMKG Daryono", "AKBP Budiyanto") is a
    # name. Where names have two parts, such a word is the body's ("IIFL Securities").
    mononyms: bool = False
    # Bylines may print a writer's name ending in initials in capitals ("Muhammad AR", "Ahmad
    # HS" over the date), as Indonesian outlets do; `not_initials` are the two-letter short forms
    # of courts, bodies, countries and trades that close a kicker's phrase the same way
    # ("Putusan MK", "Berita TV"), never a writer's initials.
    name_initials: bool = False
    not_initials: FrozenSet[str] = frozenset()
    # Editors close a text with their initials in capitals, three letters ("... akhir April.
    # (RIZ)", as metrotvnews and medcom do): such a code closes a short last paragraph as
    # "(fik)" does, where the paragraph holds this language's own short words (a block's
    # score is read before the page's language is known). `not_closing_codes` (neutral data):
    # three capitals that close a line of any language and are no one's initials, file types,
    # language codes and site words ("(PDF)", "(ENG)", "(MAP)", "(ABO)").
    closing_caps_initials: bool = False
    not_closing_codes: FrozenSet[str] = frozenset()
    # Common given names of people of the language (a modest list, lower case). They stand alone
    # before a writer's initials ("Muhammad AR", "Ahmad HS"): one word before the initials is a
    # name only when it is one of these ("Revisi UU", "Moto GP", "Timnas ID" are a kicker's
    # words). And a name alone under a headline (alone20's guess) that opens with none of them is
    # taken with a warning of low confidence ("Apple Podcasts", "Real Madrid" do not open so).
    given_names: FrozenSet[str] = frozenset()
    # Common nouns that open a kicker's or a topic's phrase printed where a byline stands
    # ("Arus Mudik | Nasional | DATE", "Resep Masakan", "Tol Cipali KM"): never a writer's
    # name's word in a byline of names without a label.
    common_nouns: FrozenSet[str] = frozenset()
    # The language's regional papers print a dateline, a place and a stop ("Berlin."), in an
    # element of its own before the text's first words: such a line above the text opens it.
    lone_place_datelines: bool = False
    # A word in capitals and a full stop opening a text in the language is an outlet's mark or
    # a kicker ("RMOL. Pemerintah ...", "KLIKPOSITIF. Pemerintah ...", "GREENPEACE. The group
    # ..."), no place: caps_stop_dateline, which reads the Nordic and Polish papers' dateline
    # so ("UPPSALA. Forskare ..."), reads none in such a text (a listed city still is one).
    caps_stop_marks: bool = False
    # Words a page prints in capitals and a full stop where a dateline's place stands, as a
    # kicker or an organisation's acronym ("EXKLUSIV.", "PILNE.", "NATO."): no place.
    caps_kickers: FrozenSet[str] = frozenset()
    # A correspondent's credit that opens the text, the place it was filed from after it ("dal
    # nostro inviato a", "de notre envoyé spécial à": "DAL NOSTRO INVIATO A KIEV. La notte
    # ..."); a phrase without its preposition ("dal nostro corrispondente") is followed by a
    # dateline. Read in the credit's line too.
    correspondent_leads: Tuple[str, ...] = ()
    # A correspondent's role and its preposition, the place after it, read in the credit's line
    # only ("Ana Souza, enviada especial a Kiev"): in the text they open sentences too
    # ("Inviato a Sanremo, il cantante ...").
    correspondent_roles: Tuple[str, ...] = ()
    # Ranks printed in short forms of mixed case ("Ipda", "Kompol", "Bripka"), among `titles`
    # too: like a rank in capitals ("AKBP Budiyanto"), one name alone may follow them.
    ranks: FrozenSet[str] = frozenset()
    # Name particles that, after a full name, open the person's organisation instead
    # ("Jacqueline Rioba von World Vision", "Bernd Bönte der Deutschen Presse-Agentur"); after
    # a first name they are the surname's ("Ursula von der Leyen").
    affiliation_particles: FrozenSet[str] = frozenset()
    # Words that, after a writer's full name in a byline, open the outlet the writer writes for
    # ("By Jane Doe For Dailymail.Com", "von Max Muster für die Zeit"): the outlet is no part
    # of the name.
    writing_for: FrozenSet[str] = frozenset()
    # How long the text takes to read, as a byline box prints it after the writer's name
    # ("Ntombizethu Ngcobo 2 minutes read"); "#" stands for the number. Like a date after a
    # name, it is no part of the name.
    reading_times: Tuple[str, ...] = ()
    # Endings of the language's abstract nouns ("-ung", "-heit"): where nouns are written
    # with a capital, a capitalised word before a dash that ends so is a kicker's topic
    # ("Strompreisbremse –" aside, "Beratung –", "Migration –"), not a dateline's place.
    noun_endings: Tuple[str, ...] = ()
    # Words that mark an organisation, not a person, in an author credit.
    publisher_words: FrozenSet[str] = frozenset()
    # Words that open a team's or desk's credit ("Tim Redaksi", "Tim detikBali"); the same word
    # may be a first name ("Tim Childers"), so a team is told by what follows the word.
    team_words: FrozenSet[str] = frozenset()
    # Phrases that open a source credit at the end of an article ("With inputs from PTI").
    credit_phrases: Tuple[str, ...] = ()
    # Phrases that open a closing line naming the agencies the text drew on, all of whose
    # names follow ("Mit Material von dpa und AFP", "avec AFP", "con información de EFE"): the
    # article's credit, not its text. Lower-cased; the names after it must all be agencies.
    source_credits: Tuple[str, ...] = ()
    # Phrases of a short note closing the text about the text itself, how it was made, first
    # ran or changed ("Dieser Artikel erschien zuerst bei ...", "This article was translated
    # with the help of AI", "Correction: an earlier version ..."), each naming the text or
    # opening as a note's label, so that no sentence of a story holds one. Lower-cased.
    closing_notes: Tuple[str, ...] = ()
    # The desk's call for the reader's word closing the text, each holding the desk's "us"
    # ("Schreiben Sie uns", "Let us know what you think", "Écrivez-nous", "Tipsa oss"): never
    # a police appeal's "Hinweise an ..." or a source's quoted plea, which name no "us" of the
    # desk's. Lower-cased.
    feedback_prompts: Tuple[str, ...] = ()
    # The site's call to get its app, opening a sentence ("Download the", "Descarga la",
    # "Laden Sie die", "Jetzt kostenlos herunterladen"), and the words that name an app ("app",
    # "application", "aplicación", "appen"): a closing line with both is the site's promo, read
    # as its calls for the reader's word are ("Residents can download the app ..." opens no
    # sentence with the call and stays). Lower-cased.
    app_prompts: Tuple[str, ...] = ()
    app_words: FrozenSet[str] = frozenset()
    # ...and the words by which the promo is the outlet's own ("our", "news", "unsere"; with a
    # hyphen, a word's end: "-zeitung" for "Hafenzeitung"): the line must name the outlet's
    # app, not any app ("Install the FloodAlert app to receive warnings", "Download the
    # application form" stay the story's).
    app_own_words: FrozenSet[str] = frozenset()
    # Words after a colon that name a call quoted as a slogan, a campaign's or a show's name
    # ("slogan", "campaign", "si chiama", "Motto"): "Raccontaci la tua Milano: è lo slogan ..."
    # is text; a call with none of them after its colon is made ("Scrivici la tua opinione: la
    # redazione risponde ogni venerdì"). Lower-cased.
    slogan_words: Tuple[str, ...] = ()
    # Headings of the box about the article's writer after the text ("About the author",
    # "Über die Autorin", "Sobre el autor"), lower-cased: the text ends over it, and the box,
    # left unlabelled, is the byline readers' to read.
    writer_box_headings: Tuple[str, ...] = ()
    # Links of a box about the writer after the text to the writer's other articles, the name
    # after them ("Mehr von Jana Müller", "More by Jane Doe", "Plus d'articles de Marie Dupont"),
    # lower-cased: words that say the person wrote them ("by", "von", "de"), never "about" or
    # "on", which head a topic's links ("Mehr zu Olaf Scholz", "More on Boris Johnson").
    writer_more_labels: Tuple[str, ...] = ()
    # Nouns of written pieces in a writer's label ("articles", "Beiträge", "stories", "tulisan"),
    # lower-cased: a label naming them ("Alle Artikel von", "More stories by") heads the writer's
    # own links, where a bare one ("Mehr von", "Más de") heads a topic's or a team's too.
    article_words: FrozenSet[str] = frozenset()
    # Labels of a book's or a product's fields ("Verlag", "ISBN", "Penerbit", "Harga", "Price"),
    # as printed: a box that prints one beside a glued "Autor"/"Penulis" names the book's author,
    # not the story's writer.
    box_field_labels: Tuple[str, ...] = ()
    # Nouns of places and buildings that close a place's name which opens with a given name
    # ("Jordan River", "Grace Church", "Victoria Station"): such a pair after "By" and before
    # "in" a place is no writer's name. Lower-cased.
    place_nouns: FrozenSet[str] = frozenset()
    # Nouns that close the name of a party, a firm, a charity, a team or a transport line
    # ("Christian Democrats", "Bill Gates Foundation", "Victoria Line", "Manchester United"): a
    # pair after "By" and before "in" a place that ends on one is a kicker's, no writer's name.
    # Lower-cased.
    group_nouns: FrozenSet[str] = frozenset()
    # Words of a note about a person that put a journalist's role in the past or give the
    # person another job ("a former reporter", "was a reporter", "a retired editor", "a
    # spokesperson and former journalist"): no note on the story's writer. Lower-cased.
    bygone_role_words: FrozenSet[str] = frozenset()
    # Forms of reporting words that are none of the cue verbs, reporting someone's words in a
    # closing clause after a comma (", the editors say", ", heißt es im Blog des Zoos"): a
    # closing note's or call's words so reported are the story's. Lower-cased.
    report_cues: FrozenSet[str] = frozenset()
    # Agencies whose name alone is a credit, not an author.
    agencies: FrozenSet[str] = frozenset()
    # Photo agencies: a picture's credit, never an author's or the article's.
    photo_agencies: FrozenSet[str] = frozenset()
    # Endings of compound titles ("Bundesministerin", "Vorstandschef"), lower-cased: a word
    # that ends in one is a title as the titles are.
    title_endings: Tuple[str, ...] = ()
    # The language capitalises its nouns (German): a capitalised word alone is no name.
    nouns_capitalised: bool = False
    # The press prints speech after a dash, its cue after a comma (Swedish, Norwegian, Danish:
    # "– Vi bygger nu, säger Anna Lindqvist."): such a paragraph is a quotation (quotes.py's
    # dash_quote); not where a dash opens a list's item ("– Apples, said to be fresh").
    dash_speech: bool = False
    # Demonstratives that stand for a quotation as the subject of its cue verb after it, the
    # speaker named after the verb ("»...« Det siger Thomas Danielsen til Jyllands-Posten.",
    # "„...“ Das sagte Merkel am Montag.", "Dat zegt wethouder Jan de Boer."), lower-cased.
    cue_demonstratives: FrozenSet[str] = frozenset()
    # Cue verbs of writing ("skriver", "skrev"): after a dash line, an outlet's as often as a
    # person's ("– ..., skriver Dagens Nyheter"): speech only when a pronoun or a given name
    # opens their subject. Lower-cased.
    written_cues: FrozenSet[str] = frozenset()
    # Phrases that name a quotation's source before it ("According to X, \"...\"", "Menurut
    # X, \"...\"", "Selon X, « ... »"), lower-cased.
    according_to: Tuple[str, ...] = ()
    # Phrases that name a written statement's maker after `according_to` ("According to a
    # statement from Senator Lisa Grant, \"...\""), lower-cased: the person named after one, a
    # title or a known given name opening the name, is the source (a body's or a firm's name,
    # "a statement from Meridian Motors", is none).
    statement_sources: Tuple[str, ...] = ()
    # Last words of a public body's or a utility's name that a place or a given name opens
    # ("Victoria Police", "Virginia Tech", "Austin Energy"): such a name is no person's.
    # Lower-cased.
    body_words: FrozenSet[str] = frozenset()
    # Words that end a company's name ("PT X Tbk", "X Inc").
    org_suffixes: FrozenSet[str] = frozenset()
    # Lower-case words inside a person's name ("bin", "van", "de"), as printed.
    name_particles: FrozenSet[str] = frozenset()
    # Abbreviations in a place's name that keep their capitals when the dateline prints the
    # place in capitals ("DKI JAKARTA" -> "DKI Jakarta"), lower-cased.
    place_acronyms: FrozenSet[str] = frozenset()
    # Lower-case words inside a place's name ("upon", "am"), as printed.
    place_particles: FrozenSet[str] = frozenset()
    # Prepositions, alone or with their article, that set a capitalised name as a place or a
    # body, not a person ("in Cape Town", "from the Road Users Forum", "di Bandung"): a name
    # after one is no speech verb's subject.
    locatives: FrozenSet[str] = frozenset()
    # The word that sets, after a writer's name, the place the story was filed from ("Helen
    # Davidson in Taipei", "Anna Muster aus Berlin", "Marie Dupont à Bruxelles"): the place is
    # no part of the name.
    filed_from: FrozenSet[str] = frozenset()
    # Lower-case words inside a speaker's title phrase ("Secretary of State"), as printed.
    speaker_links: Tuple[str, ...] = ()
    # Words that end an outlet's name in a dateline ("Detik News", "Bali Online").
    outlet_words: FrozenSet[str] = frozenset()
    # Words that open an outlet's name ("Harian Analisa", "Suara Merdeka", "Radar Bogor",
    # "Tribun Timur"): after a dateline's place, such a name is the outlet, not a region.
    outlet_openers: FrozenSet[str] = frozenset()
    # The outlet words that are also people's surnames ("Emily Post", "Ann Courier"): a name
    # that opens with one is still a person's ("Herald Smith").
    outlet_surnames: FrozenSet[str] = frozenset()
    # Labels of a contact box's lines ("Telephone", "Fax", "E-mail"), lower-cased: a paragraph
    # with an e-mail address, phone numbers and two of these is the site's contact box.
    contact_labels: FrozenSet[str] = frozenset()
    # Outlets' names printed without their domain before a dateline's place ("VIVA, Jakarta -"),
    # lower-cased: a name that could be a place's is an outlet's only when known.
    outlets: FrozenSet[str] = frozenset()
    # What a paper calls itself in its own dateline ("本报北京12月5日电", "this paper"): an
    # outlet's place in the dateline, but no site's name (the page's metadata names the site).
    self_outlets: FrozenSet[str] = frozenset()
    # Domain suffixes of outlets' names ("KOMPAS.com", "Antaranews.id").
    domain_suffixes: Tuple[str, ...] = ()
    # Words that open the heading of a box about the outlet after the article ("Tentang Cek
    # Fakta Liputan6.com", "About KOMPAS.com"), lower-cased.
    about_words: FrozenSet[str] = frozenset()
    # Words of class and id names: page furniture, article content, captions.
    class_furniture_words: FrozenSet[str] = frozenset()
    class_content_words: FrozenSet[str] = frozenset()
    class_caption_words: FrozenSet[str] = frozenset()
    # Words of class and id names of a footer ("site-footer", "footer"), the whole name or
    # its first or last part: the page's last such element outside its article ends the page.
    class_footer_words: FrozenSet[str] = frozenset()
    # Words of class and id names of a FAQ's element ("faq", "product-faq"), the whole name
    # or its first or last part.
    class_faq_words: FrozenSet[str] = frozenset()
    # What a FAQ page's headline says ("FAQ", "Frequently asked questions", "Häufige Fragen"),
    # lower-cased, matched as whole words: on such a page the FAQ is the text, elsewhere a
    # box of the site's (a shop's or a booking site's questions under a product).
    faq_titles: Tuple[str, ...] = ()
    # Words of class and id names of the element that holds the article's author ("byline",
    # "author-name", "penulis"), lower-cased; and of what around such an element makes it
    # another's author (a comment's, a teaser's, a sidebar's).
    class_author_words: FrozenSet[str] = frozenset()
    class_author_furniture: FrozenSet[str] = frozenset()
    # Class names of text for screen readers only, never shown ("visually-hidden", "sr-only"):
    # whole class names, matched as such.
    class_hidden_names: FrozenSet[str] = frozenset()
    # Surnames with a capital inside them that a name printed in capitals loses ("MACLEOD" ->
    # "MacLeod", "DIMAGGIO" -> "DiMaggio"), as they are spelled: "Mac" and "Di" open plain
    # names as often ("Machado", "Dini"), so only these are so cased. ("Mc" + a capital is
    # the rule of every name it opens: no list.)
    cased_surnames: FrozenSet[str] = frozenset()
    # Articles that open an outlet's name of two words ("Le Figaro", "Die Zeit", "The Guardian"),
    # lower-cased: a credit so named names no person. (Not particles that open surnames alone.)
    outlet_articles: FrozenSet[str] = frozenset()
    # Articles no person's name opens with, beside outlet_articles, lower-cased ("Den Haag",
    # "Gli Stati"); not a language's other small words, which open given names or surnames
    # elsewhere ("Una", "Elle", "Ma", "Ada"; "Lo", "Des": Lo Wei, Des Lynam).
    name_refused_articles: FrozenSet[str] = frozenset()
    # Name particles printed small inside a name, whatever its case ("VAN", "DER", "DA" in a
    # byline in capitals: "Jan van der Berg"), lower-cased; not those surnames capitalise ("Le
    # Pen", "Al Mansouri", "Di Maio", "La Russa").
    small_particles: FrozenSet[str] = frozenset()
    # Labels of those who helped with a story and are not its writers, in a closing credit line
    # ("Additional reporting by X", "Contributing: X"), lower-cased: such a piece keeps the line
    # a credit line, its names no authors.
    contributor_labels: Tuple[str, ...] = ()
    # Author labels after which a name may be followed by the place its writer files from
    # ("Reporting by Jane Doe in London"), lower-cased; after a bare "By" the words are a
    # headline's as often ("By Night Train in Europe").
    filing_labels: FrozenSet[str] = frozenset()
    # Headings a terminal browser puts over the list of a page's links (lynx: "References").
    dump_reference_headings: Tuple[str, ...] = ()
    # Dates written with unit marks after the year, the month and the day ("2025年1月13日"):
    # each entry the three marks, in that order.
    date_unit_marks: Tuple[str, ...] = ()
    # Times written with unit marks after the hour and the minute ("20時01分" after
    # "2025年1月13日"): each entry the two marks, in that order.
    time_unit_marks: Tuple[str, ...] = ()
    # The names on a share bar ("Facebook Twitter WhatsApp E-Mail"): a line of them is furniture.
    share_names: FrozenSet[str] = frozenset()
    # The words of an article's tool bar besides the networks' names ("Teilen", "Drucken",
    # "Anhören", "Print", "Listen"): a page's text on one line runs them into its first sentence.
    button_words: FrozenSet[str] = frozenset()
    # Social networks a site asks its readers to follow it on ("Follow us on Facebook and
    # Instagram"). (Not "iOS and Android": an article names them as often as an app pitch.)
    follow_networks: FrozenSet[str] = frozenset()
    # What a paywall says where the free part of an article ends ("To view the full story,
    # please subscribe", "already a subscriber"): the text ends there, the rest is its pitch.
    paywall_phrases: Tuple[str, ...] = ()
    # A paywall's prompt past its phrase, to log in or to subscribe ("please subscribe", "Je
    # moet nog even inloggen"): the phrase opens a notice only with one (or a question mark).
    paywall_prompts: Tuple[str, ...] = ()
    # A login box's question to the reader ("Vous possédez déjà un compte ?", "Already have an
    # account?"): a short line holding one is no headline. (Not a paywall's phrase: the box
    # stands inside an article's text as often as at its end, and the text goes on under it.)
    account_prompts: FrozenSet[str] = frozenset()
    # A site's copyright line's phrase ("Tous droits réservés", "Alle Rechte vorbehalten"): a
    # short line that opens or ends with it, or holds it after "©", is furniture (title.py's
    # copyright_line); not any text that holds it (not a boilerplate substring): a paragraph or a
    # headline may quote it ("« Tous droits réservés » : la bataille des photographes ...").
    copyright_phrases: FrozenSet[str] = frozenset()
    # A site's home link's word ("Home", "Startseite", "Accueil"), which opens a breadcrumb
    # trail: a dump's menu of a few items that opens with it ("Home · News · Politics") is the
    # trail over the headline (title.py's _home_trail).
    home_words: FrozenSet[str] = frozenset()

    def __init__(self, **values: Any) -> None:
        """A profile of the fields given by name, the others at their defaults."""
        # (the fields' names and defaults read once, the attributes set at once: `replace`
        # comes here too, and 30-odd profiles of 240-odd fields were a start-up cost)
        if not _DEFAULTS:
            _field_tables()
        own = {}
        for name, default in _DEFAULTS:
            if name in values:
                own[name] = values.pop(name)
            elif default is not MISSING:
                own[name] = default
            else:
                raise TypeError(f"Profile() needs the field {name!r}")
        self.__dict__.update(own)
        if values:
            raise TypeError(f"Profile() has no fields {', '.join(sorted(values))}")


_FIELDS = {f.name: f for f in fields(Profile)}
# (Profile.__init__'s names and defaults, and each field's type as written, which _convert
# reads for each key of each file: made when the first profile is, not at import, which
# `newsextract --version` pays too)
_DEFAULTS: Tuple[Tuple[str, Any], ...] = ()
_KINDS: Dict[str, str] = {}


def _field_tables() -> None:
    global _DEFAULTS, _KINDS
    _KINDS = {name: str(f.type) for name, f in _FIELDS.items()}
    _DEFAULTS = tuple((f.name, f.default) for f in fields(Profile))
# Facts of one language's grammar, which hold for no other: not merged (as the flags are not).
_GRAMMAR_KEYS = ("noun_endings",)
_PATTERN_KEYS = ("passive_by", "passive_verb", "nickname", "bio_link", "writer_link")
# Lists read in the case given, not lower-cased: a speaker's link words, and the words by which
# a site speaks to its reader (reader_address: German "Sie", "Ihre" are the reader, "sie",
# "ihre" she, her, they; lower-cased, the regex that reads them took "sie" and missed "Sie").
_CASED_KEYS = ("speaker_links", "reader_address", "cased_surnames")


def _convert(path: Path, key: str, value: Any) -> Any:
    """A JSON value as the field's type; a ProfileError names the file and the key."""
    kind = _KINDS[key]

    def fail(what: str) -> ProfileError:
        return ProfileError(f"{path}: key {key!r}: {what}")

    if kind.startswith(("FrozenSet", "Tuple")):
        # (a JSON value is a str exactly when its type is str: no subclass comes from json)
        if not isinstance(value, list) or not set(map(type, value)) <= {str} or "" in value:
            raise fail("must be a list of non-empty strings")
        words = list(map(str.lower, value)) if key not in _CASED_KEYS else list(value)
        return frozenset(words) if kind.startswith("FrozenSet") else tuple(words)
    if kind.startswith("Dict"):
        want = int if key == "months" else str
        if not isinstance(value, dict) or not all(isinstance(v, want) for v in value.values()):
            raise fail(f"must be an object of {want.__name__} values")
        return {k.lower(): v for k, v in value.items()}
    if kind == "bool":
        if not isinstance(value, bool):
            raise fail("must be true or false")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise fail("must be a number from 0 to 1")
        return float(value)
    if value is not None and not isinstance(value, str):
        raise fail("must be a string")
    if key in _PATTERN_KEYS and value is not None:
        try:
            rx(value)
        except re.error as exc:
            raise fail(f"pattern does not compile: {exc}") from exc
    if key == "default_offset" and value is not None and not re.fullmatch(r"[+-]\d\d:\d\d", value):
        raise fail("must be an offset like +07:00")
    return value


def load_profile(path: Path) -> Profile:
    """Read and check one profile file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProfileError(f"{path}: cannot read the profile: {exc}") from exc
    if not isinstance(data, dict):
        raise ProfileError(f"{path}: a profile is a JSON object")
    data = {k: v for k, v in data.items() if not k.startswith("//")}  # "//..." keys are comments
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ProfileError(f"{path}: unknown key(s): {', '.join(unknown)}")
    if data.get("code") != path.stem:
        raise ProfileError(f"{path}: key 'code' must be {path.stem!r}, the file's name")
    if not _KINDS:
        _field_tables()
    values = {k: _convert(path, k, v) for k, v in data.items() if k != "code"}
    values.setdefault("months", {})
    values.setdefault("zones", {})
    values.setdefault("region_zones", {})
    values.setdefault("language_zones", {})
    values.setdefault("country_zones", {})
    values.setdefault("place_zones", {})
    values.setdefault("known_nicknames", {})
    values.setdefault("office_short_forms", {})
    return Profile(code=path.stem, **values)


@lru_cache(maxsize=None)
def available() -> Tuple[str, ...]:
    """Language codes that have a profile, in alphabetical order."""
    return tuple(sorted(p.stem for p in _HERE.glob("*.json") if p.stem != NEUTRAL))


@lru_cache(maxsize=None)
def get_profile(code: Optional[str]) -> Profile:
    """The profile of a language code ("id", "en"), or of "neutral"; a language without a
    profile (or None) gets every profile's knowledge at once (`merged()`): the body and field
    rules still run, with no language's particular habits assumed."""
    if code != NEUTRAL and code not in available():
        return merged()
    return load_profile(_HERE / f"{code}.json")


@lru_cache(maxsize=None)
def with_language_zone(profile: Profile, code: Optional[str]) -> Profile:
    """The profile with the zone of a language spoken in one zone that has no profile of its
    own (neutral.json's language_zones), when the profile assumes no zone or offset itself."""
    zone = merged().language_zones.get(code or "")
    if not zone or profile.default_offset or profile.default_zone:
        return profile
    return replace(profile, default_zone=zone)


@lru_cache(maxsize=None)
def with_day_first(profile: Profile, day_first: bool) -> Profile:
    """The profile with numeric dates read day first or month first (one object per pair,
    so that what is cached per profile stays cached)."""
    return profile if profile.day_first == day_first else replace(profile, day_first=day_first)


@lru_cache(maxsize=None)
def merged() -> Profile:
    """Every profile's knowledge in one, for what does not depend on the page's language:
    credit labels, months, zones, furniture phrases. Indonesian pages print "By" and
    "Editor", English pages print Indonesian months in quotes; a label is a label."""
    profiles = [get_profile(NEUTRAL)] + [get_profile(c) for c in available()]
    values: Dict[str, Any] = {}
    for name, f in _FIELDS.items():
        if name in _GRAMMAR_KEYS:
            continue
        kind = str(f.type)
        if kind.startswith("FrozenSet"):
            values[name] = frozenset().union(*(getattr(p, name) for p in profiles))
        elif kind.startswith("Tuple"):
            seen: Dict[str, None] = {}
            for p in profiles:
                seen.update(dict.fromkeys(getattr(p, name)))
            values[name] = tuple(seen)
        elif kind.startswith("Dict"):
            values[name] = {k: v for p in profiles for k, v in getattr(p, name).items()}
    return Profile(code="*", name="all languages", **values)


@lru_cache(maxsize=None)
def merged_for(profile: Profile) -> Profile:
    """Every profile's knowledge (`merged()`) for reading names on a page in `profile`'s
    language: another language's title of one letter is an initial there ("M" is Monsieur on
    French pages, Muhammad's initial on Indonesian ones: "M Fauzi Ridwan"); every other title
    stays one ("Sen. Ted Cruz", "Gus Yahya Cholil"). A page of no known language: merged().
    A page whose language prints names ending in initials ("Muhammad AR") keeps that habit."""
    k = merged()
    if profile.code == "*":
        return k
    initials = frozenset(t for t in k.local_titles if len(t) == 1 and t not in profile.titles)
    if initials:
        k = replace(k, titles=k.titles - initials)
    # (and the page's habit of names ending in initials, "Muhammad AR", which no merge tells)
    return replace(k, name_initials=True) if profile.name_initials else k


def age_forms(digits: str, space: str, numbered: bool = False) -> List[str]:
    """Every profile's times told as an age ("# hours ago", "vor # Stunden") as pattern
    alternatives, longest first: "#" a number of `digits`, a space `space`; with `numbered`,
    only the forms that hold a number ("yesterday" left out)."""
    return sorted((re.escape(f).replace("\\#", digits).replace(r"\ ", space)
                   for f in merged().relative_times if not numbered or "#" in f), key=longest_first)


@lru_cache(maxsize=None)
def domain_suffixes() -> str:
    """Every profile's domain suffixes as a pattern alternation ("com|co|id|..."), for the
    patterns that tell an outlet's domain ("KOMPAS.com", "Tribun.co.id")."""
    return "|".join(map(re.escape, merged().domain_suffixes))


@lru_cache(maxsize=None)
def domain_rx() -> Pattern[str]:
    """A domain suffix after a dot, at a word's end: "KOMPAS.com", "SURYA.co.id"."""
    return rx(r"\.(?:" + domain_suffixes() + r")\b", re.I)


@lru_cache(maxsize=None)
def merged_months() -> Dict[str, int]:
    """Month names of every profile: Indonesian pages print English months and the reverse."""
    return merged().months


@lru_cache(maxsize=None)
def merged_zones() -> Dict[str, str]:
    """Time-zone words of every profile."""
    return merged().zones


@lru_cache(maxsize=None)
def merged_days() -> FrozenSet[str]:
    """Day names of every profile."""
    return merged().days


@lru_cache(maxsize=None)
def word_start_pattern(pattern: str) -> Tuple[Pattern[str], bool]:
    """A profile pattern compiled for search, and whether matches must start a word.

    A pattern that opens with \\b is compiled without it, and the caller checks the word
    start (quotes.word_matches): a pattern that opens with \\b makes the engine try every
    position, one that opens with a letter lets it skip ahead.
    """
    if pattern.startswith(r"\b"):
        return rx(pattern[2:]), True
    return rx(pattern), False
