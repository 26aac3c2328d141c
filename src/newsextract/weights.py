"""The scoring weights, in one place: what a block's shape, its markup and its neighbours count
for when the body, the headline and the date are chosen.

They were set by hand against the corpora in ../shared (see bench/); they are kept here as one
frozen object so that they can be read as a set, compared, tuned or fitted from data.
Every consumer reads `WEIGHTS` when it is imported; to try another set, change the defaults
here and run the benchmarks (bench/), which measure it on the corpora beside the anchors.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Dict


def _landmarks() -> Dict[str, float]:
    return {"nav": -30.0, "footer": -25.0, "aside": -20.0, "header": -8.0, "form": -12.0,
            "menu": -25.0, "article": 6.0, "main": 4.0}


# (no generated __repr__, __init__ or __eq__: their source, a function of 146 fields each, was
# compiled at every start-up, 5 ms; the one set of weights is read, never built with other
# values or compared, and its fields are read as a set with dataclasses.fields or asdict)
@dataclass(frozen=True, repr=False, init=False, eq=False)
class Weights:
    """Every weight of the scorers. A block's prose score starts from its length in words."""

    def __init__(self) -> None:
        """The weights at their defaults."""
        for f in fields(self):
            factory = f.default_factory
            object.__setattr__(self, f.name, factory() if callable(factory) else f.default)


    # --- a block's prose score from its text (classify._text_shape) ---
    words_cap: int = 120  # words past this add nothing
    words_offset: float = 10.0  # a block scores words - this: under ten words is below zero
    caption: float = -3.0  # a caption or photo credit (images sit inside articles: no veto)
    cloud: float = -5.0  # many words and no sentence punctuation: a tag cloud or a menu
    cloud_min_words: int = 20
    contact: float = -5.0  # an e-mail address and two phone numbers: the site's contact box
    cloud_punct_per_word: float = 1 / 60  # fewer sentence marks than this per word: a cloud
    short_words: int = 10  # a block under this many words is short
    short_per_word: float = 0.5  # a short block loses this for each word it lacks
    short_base: float = -1.0
    short_sentence: float = 1.0  # a short complete sentence of at least four words
    no_sentence_end: float = -3.0  # a block of under 25 words that ends without punctuation
    no_sentence_end_words: int = 25

    # --- a block's prose score from its markup (classify._shape_score) ---
    bullet: float = -6.0  # a list item (mostly menus and teasers) ...
    bullet_per_word: float = -0.5  # ... and this for each of its words
    heading: float = -4.0
    link_list_density: float = 0.5  # a block with more of its text in links is a link list
    link_list: float = -8.0  # a link list's score (besides -0.5 a word and its negative hint)
    link_list_per_word: float = -0.5
    link_per_word: float = -2.0  # a block's words times its link density times this
    hint_full_words: int = 20  # a positive class hint counts in full from this many words
    # a page's text on one line (segment/dumps.py): what it prints before the article's headline
    # is its furniture, as a furniture class marks an element's blocks
    before_headline_hint: float = -20.0
    # (and its tags and a related or list heading after the text: what follows them is the
    # page's lists and footer, their headlines run on into lines that score as paragraphs, and
    # nothing there may join the text's run)
    after_list_hint: float = -200.0

    # --- furniture labels (classify.label_furniture) ---
    menu_per_item: float = -10.0  # a text dump's folded menu, per item
    boilerplate: float = -10.0
    related: float = -8.0  # a related or latest-news heading or read-also line
    introduced_list_floor: float = -1.0  # list items after "...:" are part of the text
    repeated_caption: float = -3.0  # a paragraph printed twice in a row, or over a photo credit
    steps_least: int = 3  # bare numbers "1.", "2.", "3." over this many steps' sentences are a list's
    step_reach: int = 4  # ... each within this many blocks of the last
    step_words: int = 5  # ... and a sentence of this many words or more after each

    # --- choosing the run of blocks (classify.main_run) ---
    bonus_reach: float = 60.0  # runs further than this below the best are not examined
    dateline_run: float = 40.0  # a run that opens with a dateline
    date_above_dateline: float = 20.0  # ... and a date line stands just above it
    date_above_run: float = 15.0  # a date in the six short blocks above a run
    byline_above_run: float = 10.0  # a credit line in the six short blocks above a run
    # the body goes on past this many blocks of inline furniture (an ad, a read-also box of
    # a heading and a few titles) when prose follows them
    inline_furniture_run: int = 6
    # a dump's teaser under a related list's heading: its blurb is one paragraph of at most this
    # many words, and no paragraph longer stands in the few blocks after it
    teaser_blurb_words: int = 40
    teaser_look: int = 6
    section_heading_words: int = 10  # at most: a section's heading after a page counter
    # a dump's copyright line with a year and this many words (the sign counts as one), or
    # saying the word "copyright", closes the article ("© 2024 Example Media Group"); a
    # picture's credit is shorter with its year ("© 2024 Jane Doe") or has none
    notice_least_words: int = 5
    notice_most_words: int = 30  # at most: a copyright line, not a paragraph glued to a credit
    # between two paragraphs of prose a notice closes the article from this many words on: a
    # credit with its year names one person ("Copyright © 2024 Jane Doe", five)
    notice_amid_words: int = 6
    notice_amid_reach: int = 2  # blocks on each side of a credit the paragraphs around it are sought in
    notice_skip_words: int = 12  # under this many words: a caption, crosshead or stamp passed over there
    # a site's notice closes the article only with this much of the run's text above it
    notice_tail_share: float = 0.5
    notice_sentence_small_words: int = 2  # small-letter words after its first three: a sentence
    notice_slash_reach: int = 60  # a slash between words so near its start: a picture's credit
    writer_box_name_words: int = 4  # a writer's box heading may name the writer in this many words
    writer_box_prose_chars: int = 80  # a paragraph this long after a writer's box: the box was a crosshead
    verdict_heading_chars: int = 40  # at most: a fact check's verdict heading ("Hasil Cek Fakta:")
    verdict_title_reach: int = 10  # blocks above the run's start a dump's fact check's headline is sought in
    verdict_title_chars: int = 200  # at most: a line read as that headline
    verdict_title_words: int = 2  # longer words a dump's verdict shares with its fact check's headline
    comments_gap: int = 8  # blocks between an article's end and the comments heading under it
    comments_article_least: float = 20.0  # the article before the comments scores this at least
    comments_article_words: int = 30  # and holds a paragraph of this many words
    # HTML: a run after the page's footer (a pop-up's text) loses to the best run above the
    # footer that scores this much at least, and this share of its own total
    footer_rival_least: float = 30.0
    footer_rival_share: float = 0.25
    # HTML: a run held by a FAQ's element (on a page whose headline names no FAQ) loses to
    # the best run outside any FAQ that scores this much at least
    faq_rival_least: float = 80.0
    # ... and only when the FAQ's prose outweighs the run's own this many times over (an
    # explainer's questions and answers may outweigh its opening paragraphs)
    faq_over_text: float = 2.0
    resume_reach: int = 25  # a dump's text resumes within this many blocks of a box of headlines...
    resume_least: int = 2  # ...when this many paragraphs of prose follow in a row
    alt_line_chars: int = 200  # a dump's alt text over its caption is shorter than this
    caption_copy_words: int = 8  # a dump's alt text printed again as its caption: this many words at least...
    caption_copy_extra: int = 4  # ... the caption's credit after the copy this many words at most
    caption_copy_most: int = 25  # ... an exact copy under this many words (a paragraph's length: printed twice)
    colon_items: int = 12  # a dump's text ending on a colon takes this many lines at most ...
    colon_item_words: int = 12  # ... of at most this many words each, as the items it introduces
    resume_line_words: int = 20  # a line of the box is shorter than this
    # a dump's text that a slot (an ad, a video, a newsletter or subscription box) cut off
    # above the run: runs of this much prose at least, each within this many blocks of the
    # next, the first with a date or byline in this many blocks above it
    reach_back_least: float = 15.0
    reach_back_blocks: int = 60
    reach_back_head: int = 10
    reach_back_shared: float = 0.2  # ... this share of the opening's longer words in the prose below it
    reach_back_words: int = 8  # ... of this many longer words at least
    # HTML: the text's opening paragraphs set apart above it by lines of no prose stand
    # within this many blocks, are at most so many, have this many words at least together,
    # and this share of their longer words in the body's
    opening_paragraph_reach: int = 30
    opening_paragraphs: int = 3
    opening_paragraph_words: int = 25
    opening_paragraph_shared: float = 0.2
    head_line_chars: int = 100  # a line of the article's head (a date, a byline) is no longer
    # the article's container: the deepest element holding this share of the run's prose
    main_container_share: float = 0.7
    # an element after the container, built as it is, goes on its text when it holds this many
    # paragraphs of prose (a note in a box of its own is one), one of this many words (a pitch
    # or a slogan is shorter)
    sibling_part_paragraphs: int = 2
    sibling_part_words: int = 20
    # ... and shares this share of its longer words (this many at least) with the text, words
    # compared by their first letters ("airline" and "Airlines"): a site's standing box about
    # the text's subject (a company's or a topic's note) shares a quarter
    sibling_shared: float = 0.3
    sibling_least_shared: int = 2
    sibling_stem: int = 5

    # --- body fallbacks (pipeline.py) ---
    tail_lead_in_chars: int = 80  # a last paragraph this short ending with ":" leads in to no text
    note_oldest_year: int = 1990  # a year before this in a closing line is history, no note's
    ad_notice_chars: int = 160  # an ad slot's notice closing a text is shorter than this ...
    ad_notice_rest: int = 3  # ... and holds this many words at most besides the profiles' ad_notices ...
    ad_notice_filler_letters: int = 4  # ... each a filler of this many letters at most ("yet, but your")
    tail_note_words: int = 60  # a closing note about the writer or a book is no longer than this
    # a standfirst under the headline (find_lead): how far above the text it may stand (from
    # the headline on, when the headline is found), how
    # much of its opening must match the page's description, its least words, its most links,
    # and the words that stand for a closing stop when it has none
    lead_reach: int = 8
    opening_caption_lines: int = 3  # a dump's caption over the text: this many lines at most...
    opening_caption_words: int = 45  # ...and this many words
    lead_reach_from_title: int = 30
    lead_date_line_chars: int = 100
    lead_key_chars: int = 40
    lead_min_words: int = 8
    lead_link_density: float = 0.2
    lead_unended_words: int = 20
    lead_head_lines: int = 8  # a standfirst stands under the headline past at most this many short lines
    # a heading above the text that holds this share of the headline's words repeats it
    head_title_share: float = 0.5
    # the head is at most this many blocks; a date line in it scores below this
    head_reach: int = 6
    head_date_line_score: float = 10.0
    # a line of at most so many words, this share of them share buttons' names, is a share bar
    share_bar_max_words: int = 12
    share_bar_share: float = 0.75
    # inside the body's span, a block this link-dense or scoring this low is furniture
    span_link_density: float = 0.5
    span_least_score: float = -14.0
    # ... but a sentence links cover much of (this share at least) stays: some words outside its links, this many
    # words at least, and this share of its cased words in lower case
    linked_sentence_least_links: float = 0.3
    linked_sentence_link_density: float = 0.95
    linked_sentence_words: int = 8
    linked_sentence_lower: float = 0.5
    card_link_share: float = 0.9  # an inline card in a paragraph (a portrait and links) is this much links
    linked_item_words: int = 4  # a linked item of the text's list has this many words at least
    linked_paragraph_words: int = 20  # (the article's container gives such a paragraph of this many words)
    linked_sentence_least_score: float = -30.0  # (and it scores above this)
    linked_sentence_label_chars: int = 40  # (and no label's colon in its first so many characters)
    # the article's container fills the body only when it is this deep (not the page's top)
    fill_least_depth: int = 2
    # on a page of stacked articles, the page's own one holds this many paragraphs of prose
    stacked_least: int = 2
    # a recipe's sections ("Ingredients", "Method"): a heading this many blocks from the body at
    # most, in the element this many levels above the body's, over this many lines at most
    section_reach: int = 40
    section_levels: int = 4
    section_items: int = 60
    # a paragraph of fewer words than this among the text's last ones that names two social
    # networks is the site's pitch ("Follow us on Twitter and Facebook")
    pitch_max_words: int = 40
    pitch_tail: int = 2
    newsletter_prompt_words: int = 25  # a newsletter box's line holds this many words at most
    newsletter_plain_words: int = 12  # a longer sign-up line needs the box's mark (our, now, a colon)
    # a dump: the body's last line past a line of furniture scoring under this is no text when
    # it has no stop or the page prints it twice (_thin_tail)
    thin_tail_score: float = 10.0
    thin_tail_words: int = 8  # ... and holds this many words at most (a tag's, a promo's)
    # a note on the byline's writer among the body's last this many paragraphs ends the text
    writer_note_reach: int = 4
    # a dump's stamp run into the text: read in the body's first this many blocks (a dump whose
    # lines were run together puts the date line inside the first paragraphs), after this many
    # words of a name's or a label's, none in lower case
    stamp_reach: int = 7
    stamp_label_words: int = 2
    # ... when no paragraph of the story's prose, a closed sentence of this many words or more, follows it
    note_prose_words: int = 20
    # a text written in <p>s (this many at least, with this share of the body's words): a short
    # <div> among them, no sibling of theirs, is a box's (_boxes_among_paragraphs)
    box_least_paragraphs: int = 3
    box_paragraph_share: float = 0.8
    box_max_words: int = 40  # ... and under this many words
    paywall_max_words: int = 40  # a paragraph with a paywall's phrase is its notice under this many words...
    paywall_reach: int = 40  # ... the phrase within this many characters of its start
    paywall_prompt_words: int = 12  # ... its line a few words under this, or the prompt's line below
    opening_lines: int = 2  # short lines just above the text's first paragraph, beside it, taken
    closing_lines: int = 5  # short lines after the text's last paragraph, beside it, taken
    fact_item_units: int = 3  # an item of a list of facts set between two paragraphs (no lead-in)
    subheading_reach: int = 3  # a subheading over the run's first paragraph: captions and credits between
    closing_paragraph_lines: int = 3  # a <p> of this many <br>-parted lines after the text is its own
    closing_section_lines: int = 4  # past the text, sections under headings with this many lines close it
    section_least: int = 2  # past the run, a subhead with this many paragraphs of prose under it goes on
    section_lines_reach: int = 12  # ...or with this many short lines at most (a list) between it and them
    continue_gap: int = 30  # past the text's element, a second element of its make opens within this many blocks
    sectioned_least: int = 2  # ... one paragraph, when the body holds this many subheads of its kind
    # a "dateline" with this much prose above it in the run is a sentence's opening words
    dateline_prose_above: float = 40.0
    # a "dateline" over fewer words than this, with no stop and no date, heads a headline
    # ("Firefox – Weniger Werbung, mehr Speed unter Android"), not a paragraph
    dateline_headline_words: int = 16
    # a paragraph a photo credit follows is the photo's caption only under this many words
    credit_caption_max_words: int = 20
    # ...but not one that opens with a quotation of this many words (a speaker's sentence)
    spoken_quote_words: int = 4
    # a block of this many characters at most may hold a dateline whose dash opens the next
    split_dateline_chars: int = 60
    dump_credit_caption_max_words: int = 45  # (a dump prints no figure: a longer caption is a guess)
    # a dump's dateline set apart from its text ("Metrotvnews.com, Jakarta:" / "Pemerintah ..."):
    # the text under it holds at least this many spaces, a sentence's, no link's (segment/dumps.py)
    dump_dateline_text_words: int = 5
    # a regional paper's name glued into one word in capitals after a dateline's place
    # ("PEKANBARU, RIAUPOS -", "BATAM, TRIBUNBATAM -", fields/dateline.py): this many letters
    # at least ("RIAUPOS"), an outlet's word of three letters at least ending it, or one of
    # four at least opening it ("TRIBUN", "RADAR"; "POS" opens places' names, "POSADAS",
    # "POSITANO"), and three letters at least beside it ("POSO" is a place)
    glued_outlet_chars: int = 7
    glued_outlet_word: int = 3
    glued_outlet_opener: int = 4
    glued_outlet_rest: int = 3
    # lynx: a "Baca juga: X" line or a related list's heading right under a paragraph's last
    # line is a line of its own under this many characters (segment/text.py)
    related_line_chars: int = 200
    # "Rina Marlina, CNN Indonesia": the outlet after a bare name's comma, at most this many
    # words (fields/byline.py)
    outlet_tag_words: int = 2
    # inside the body, a line of at most so many characters that is this much a date is a
    # teaser's or a video's time stamp
    date_line_max_chars: int = 60
    # blocks over a text's first paragraph searched for the page's own date (a teaser list's
    # dates are older; the text's own dated updates are not)
    page_day_reach: int = 8
    glued_date_line_chars: int = 160  # HTML: a line this short is read for a date glued to a name
    date_line_share: float = 0.5
    fallback_least_words: int = 10  # a paragraph the fallback takes: this many words or more
    thin_body_share: float = 3.0  # the fallback's paragraphs hold this many times the thin body's words
    # a body under this many words is thin: the page's prose paragraphs may replace it
    # (classify.label_fallback), and metadata's articleBody of this many words at least and
    # three times the body's replaces it (pipeline)
    thin_body_words: int = 60
    # an empty body takes the page's description when it holds this many words: an excerpt of
    # the text, as blogs and shops cut one (a short one is a summary in other words, which
    # shares no words with the text it stands for)
    description_body_words: int = 40
    thin_container_levels: int = 3  # a thin body's element grows by at most this many levels
    hidden_pages_least: int = 3  # hidden sibling pages built alike: a list paged by a script
    thread_least_posts: int = 3  # sibling elements with a date line and prose each: a thread
    thread_shape_lines: int = 2  # ... built alike: their first two lines (a post's head and its first
    # paragraph) at the same depths and tags; the lines past them are the text's own shape (a quote)
    thin_container_least: int = 2  # ... and gives at least this many lines more
    button_max_words: int = 3  # a line of no more words, no stop, no colon is a button's

    # --- HTML markup hints (segment/html.py), added to every block inside the element ---
    landmarks: Dict[str, float] = field(default_factory=_landmarks)
    class_furniture: float = -12.0  # a class or id word of page furniture
    class_content: float = 8.0  # a class or id word of article content
    class_article_body: float = 10.0  # "articleBody" in a class, id or itemprop
    role_furniture: float = -20.0  # role=navigation, banner, contentinfo, complementary, search
    hidden: float = -30.0  # aria-hidden or display:none
    hint_floor: float = -40.0  # hints add up to no less ...
    hint_ceiling: float = 25.0  # ... and no more than these
    caption_max_chars: int = 600  # a longer text under a caption class is the page's content
    # a line that a single <br> ends with no mark after a word, of this many words at least,
    # is carried on by the next line of its element when that opens in lower case
    br_sentence_words: int = 4
    # loose words past a box that split a <p> are the <p>'s paragraph at this many words
    split_paragraph_words: int = 8

    # --- the headline (fields/title.py) ---
    title_hint: float = 30.0  # matches a title from the page's metadata
    title_button_repeats: int = 3  # a word said this often in one line labels a row of buttons
    title_dump_reach: int = 90  # a dump's headline is searched this many blocks above its text
    title_h1: float = 8.0
    title_heading: float = 3.0  # any other heading element
    title_repeat: float = 3.0  # per other printing of the same line (at most two)
    title_section_label: float = -4.0  # a short line printed more than three times
    title_good_length: float = 3.0  # four to 22 words
    title_too_short: float = -3.0
    title_full_stop: float = -3.0  # headlines do not end with a full stop; captions do
    title_full_stop_long: float = -6.0  # ... and a long one with a full stop is a sentence
    title_lower_case: float = -3.0
    title_bullet: float = -2.0
    title_dump_bullet: float = -6.0  # ... in a text dump, where every link of a list is bulleted
    title_caption: float = -5.0
    title_links: float = -4.0
    title_signup_pitch: float = -5.0  # a dump's line that speaks to the reader over a sign-up imperative's line
    title_date_next: float = 6.0  # a date line right below (less 2 per block further)
    title_byline_next: float = 3.0  # a credit line right below (less 1 per block further)
    title_credit_chars: int = 60  # a photo's credit alone under its caption is this long at most
    title_credit_words: int = 6  # a photo's credit after a caption's sentence has this many words at most
    title_prompt_words: int = 6  # a login box's prompt with a paywall's phrase has this many words at most
    title_copyright_words: int = 8  # a copyright line that opens or ends with its phrase has this many words at most
    title_distance: float = -0.12  # per block between the candidate and the body
    title_after_breadcrumb: float = 4.0  # the line right under a breadcrumb trail
    title_crumb_end: float = 6.0  # ... in a dump, the line the trail ends with
    title_kicker_words: int = 4  # a kicker has at most this many words; a headline more
    title_wide_chars: int = 12  # a dump's headline in Chinese or Japanese holds this many of their characters
    title_han_chars: int = 8  # ... or this many, two thirds of them ideographs
    title_date_blocks: int = 4  # ... and a line with a date stands within this many blocks under it
    title_label_chars: int = 12  # a byline's label alone on its line ("By", "Von:") is this short at most
    title_names_words: int = 12  # a dump's line of writers' names with no label has at most this many words
    title_picture_words: int = 6  # a dump's line this short over a caption is the picture's title
    title_text_blocks: int = 30  # the text's words are read from this many blocks of it,
    title_text_chars: int = 3000  # ... up to this many characters
    title_under_credit: float = -4.0  # a dump's line under a byline or date that a headline-like line stands over
    title_deck: float = -4.0  # a dump's line right under a shorter headline-like line: a deck
    title_deck_words: int = 6  # ... of this many words at least (a kicker or a crumb has fewer)
    title_sentence_deck_head_words: int = 3  # ... or this many, over a deck that ends with a full stop
    title_kicker: float = -4.0  # a line of four words or fewer over a longer headline-like line
    printed_meta_close_minutes: float = 60.0  # a zoned printed time this near the metadata's: the same moment
    title_body_words: float = 4.0  # times the share of the line's words that the text uses
    title_body_min_words: int = 4  # ... the share counted over this many words at least
    title_run_head_words: int = 18  # a dump's run may open at its headline, of this many words at most
    title_dump_label_share: float = 0.5  # a dump's line printed over three times is a label below this share
    # a dump's <title> line (the site's name cut) is the headline over a line that shares
    # little of it when the text uses this share of its words at least, and more than the line's
    title_dump_title_share: float = 0.5
    title_link_row: float = 0.9  # a block this much inside links is a row of links, no page's own headline
    # a dump's <title> names its site after the headline when the name stands alone on this
    # many lines of the page (a logo, a footer): a writer's name is printed alone less often
    site_name_lines: int = 3
    title_social_words: int = 3  # an og:title of fewer words is a name, not a headline's short form
    title_social_reach: int = 4  # blocks under the chosen headline searched for the og:title printed
    title_name_words: int = 5  # words after a headline that are a name (site, section), not more headline
    # lines under the headline searched for a listed city in the date's or the credit's line
    # ("Palangkaraya ● Mon, December 2, 2024", "New Delhi | PTI"): the byline box's reach
    head_place_lines: int = 4

    # --- the printed date (fields/dates.py choose_date) ---
    date_time: float = 3.0  # the date prints a time
    date_zone: float = 1.0  # ... and a zone
    date_short_line: float = 1.0  # it stands in a line under 80 characters
    date_distance: float = -0.2  # per block from the headline
    # at an equal distance, a date under the headline rather than above it (a teaser's)
    date_below_title: float = 0.1
    # a dump's line of a script written without spaces was no wrapped line where it fills no
    # more than this share of the dump's width (segment/text.py)
    wide_wrap_share: float = 0.5


WEIGHTS = Weights()
