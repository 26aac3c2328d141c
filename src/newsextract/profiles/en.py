"""English news conventions."""

from newsextract.profiles import Profile

PROFILE = Profile(
    code="en",
    stopwords=frozenset(
        "the and of to is in that for was on with as it his her by at from are be this have "
        "has said which were but not an they he she according meanwhile but".split()
    ),
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    days=frozenset(
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
        "thurs fri sat sun".split()
    ),
    zones={
        "utc": "+00:00", "gmt": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00",
        "cest": "+02:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
        "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "ist": "+05:30",
        "sgt": "+08:00", "myt": "+08:00", "jst": "+09:00", "kst": "+09:00", "aest": "+10:00",
        "aedt": "+11:00", "ict": "+07:00", "hkt": "+08:00",
    },
    default_offset=None,
    author_labels=("by", "author", "authors", "written by", "words by", "reporter", "reporting by",
                   "photographer", "photos by", "story by"),
    editor_labels=("editor", "edited by", "editing by"),
    bare_labels=frozenset({"by", "author", "editor", "photographer", "written by", "edited by",
                           "reporting by", "editing by", "story by", "words by"}),
    role_words=frozenset("correspondent reporter contributor staff writer".split()),
    byline_suffixes=frozenset({"reporter", "correspondent", "contributor", "staff"}),
    related_labels=("read also", "also read", "read more", "related", "see also", "more:",
                    "related:", "read:", "recommended", "watch:"),
    related_headings=("related articles", "related stories", "related news", "related",
                      "read more", "more on this story", "you may also like", "see also",
                      "more from"),
    list_headings=("latest news", "latest", "most popular", "most read", "popular", "trending",
                   "top stories", "recommended", "editor's picks", "more stories", "you might like"),
    boilerplate_prefixes=(
        "advertisement", "read also", "also read", "read more", "share this", "share on",
        "follow us", "sign up", "subscribe", "click here", "copyright", "all rights reserved",
        "related:", "tags:", "topics:", "comments", "loading", "skip to", "photo:", "image:",
        "watch:", "(c) ", "© ", "sponsored", "newsletter", "click to share", "click to email",
        "click to print", "share on", "permalink", "back to top", "report error",
    ),
    boilerplate_substrings=("all rights reserved", "terms of use", "privacy policy", "uses cookies",
                            "use cookies", "accept cookies", "cookie settings",
                            "registered trademark", "sign up for our newsletter",
                            "subscribe to our newsletter", "this material may not be published",
                            "cookie policy", "[ins::ins]"),
    caption_markers=("(photo:", "photo:", "photograph:", "(photo by", "photo by", "image:",
                     "getty images", "/ reuters", "/reuters", "(reuters/", "(ap photo", "ap photo/",
                     "afp photo", "/afp", "credit:", "illustration:", "file photo"),
    cue_after=frozenset("said says told added explained noted wrote asked stressed argued "
                        "recalled continued insisted warned declared concluded stated emphasized "
                        "emphasised affirmed remarked commented announced confirmed acknowledged "
                        "admitted claimed replied responded observed suggested urged maintained "
                        "reiterated underlined underscored highlighted revealed disclosed conceded "
                        "cautioned predicted tweeted pointed explains adds notes".split()),
    cue_before=frozenset("said says told added explained noted wrote stressed argued recalled "
                         "insisted warned declared".split()),
    pronouns=frozenset({"he", "she", "they"}),
    pronoun_suffix="",
    speaker_stops=frozenset("in on at to during when while after before who which that as "
                            "and in a an the of".split()),
    titles=frozenset(
        "mr mrs ms dr prof president minister secretary governor senator rep sen chairman "
        "chief director spokesman spokeswoman spokesperson ceo coach manager sir lord lady judge "
        "general gen col maj capt lt sgt officer detective inspector mayor premier king queen "
        "prince princess pope rev father professor analyst state prime deputy vice foreign "
        "finance interior defence defense health trade".split()
    ),
    publisher_words=frozenset("media news network group inc ltd llc press staff team online "
                              "digital associated newsroom editorial".split()),
    extra={
        "passive_by": r"\baccording to\s+",
        "nickname": r"\b(?:known as|nicknamed|dubbed)\s+",
        "day_first": False,
    },
    agencies=frozenset("reuters ap afp bloomberg antara upi dpa bernama xinhua kyodo "
                       "pti ians".split()),
)
