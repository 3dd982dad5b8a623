"""Authors: visible bylines first, declared metadata as the fallback.

A byline is a short element with a byline/author cue (class, rel=author, itemprop=author) near
the headline or at the start of the content; its text is split into person names. The dates
shown by a byline or near the headline are read in `fields.dated`, which shares this module's
windows and line helpers.
"""

from __future__ import annotations

import itertools
import re

from lxml import etree

from articlekit.dom import (
    BLOCK_TAGS,
    Element,
    ancestors,
    class_id,
    default_skip,
    is_hidden,
    tag_of,
    text_of,
    walk,
)
from articlekit.fields.cues import BYLINE_CLASSES
from articlekit.kind import declared_kind, is_article
from articlekit.metadata.dates import (
    date_spans,
    label_kind,
)
from articlekit.metadata.people import (
    credit_kind,
    ends_with_author_label,
    looks_like_person,
    normalise_caps,
    split_byline,
)
from articlekit.metadata.words import (
    ABOUT_AUTHOR_LABELS,
    AUTHOR_HEADING_LABELS,
    AUTHOR_PREFIXES,
    DATE_CONNECTORS,
    MONTHS,
    NAME_JOINERS,
    ORG_WORDS,
    ROLE_CORE,
    ROLE_MODIFIERS,
    WEEKDAYS,
)
from articlekit.page import Page
from articlekit.textnorm import fold

BYLINE_WINDOW_BEFORE = 20
BYLINE_WINDOW_AFTER = 80
BYLINE_MAX_CHARS = 250
BYLINE_TEXT_WINDOW = 40
BYLINE_TEXT_NEAR = 12
NAME_ROLE_WINDOW = 20  # elements after the headline where a name-and-title card may stand
NAME_LINE_MAX = 60  # characters of a line that is a name alone
AUTHOR_MENTIONS_READ = 20  # mentions of a name read for one as an author's
AUTHOR_MARK_LEVELS = 4  # ancestors of a mention that may mark it as an author's
NOT_TEXT_TAGS = frozenset({"script", "style", "title", "noscript", "template"})
_TEXTS_WITH = etree.XPath("//text()[contains(., $name)]")
# "By" that credits an author in running page text: at a line's start or after a word that
# makes it a credit ("Posted by", "All articles by"), not "Browse by" or "Sort by".
_BY_NAME = re.compile(
    r"(?:^|[|.!?:]\s*|\b(?:written|posted|story|words|article|articles|posts|stories|authored"
    r"|text|reporting|geschrieben|écrit|escrito|scritto|geschreven)\s+)"
    r"(?:by|von|par|por|da|door)\s+"
)
CAPTION_TAGS = frozenset({"figure", "figcaption", "caption", "blockquote", "cite"})
ROLE_LINE_MAX = 60  # characters of a line that is a job title
_WORDS = re.compile(r"[^\W\d_]+")
# A declared author that is no person's name ("Acme Editorial Team", "jdoe") is the byline
# only where the page shows it by the headline, on a line of its own (a label, a date and a
# reading time beside it at most): the page then says who wrote it, person or not.
DECLARED_NEAR_BEFORE = 20  # elements before the headline where such a line may stand
DECLARED_NEAR_AFTER = 30  # elements after it
DECLARED_LINE_SPARE = 60  # characters such a line may hold besides the name
# A byline by the headline whose name part fails the person test but reads as a name (a team,
# a desk, a site, a user name) is the page's own statement of who wrote the article.
# Labelled lines read anywhere on a page without any other byline (chrome that holds other
# stories' or readers' bylines aside).
LABEL_HEAD_CHARS = 40
ANYWHERE_LINE_MAX = 120
ANYWHERE_READ = 100_000  # elements read for them
NOT_THIS_ARTICLE_RULES = frozenset(
    {"related-stories", "comments", "link-carousel", "carousel-item", "login-prompt", "hidden"}
)
UNNAMED_BYLINES_READ = 3  # bylines by the headline read for such a name
UNNAMED_WORDS_MAX = 5
UNNAMED_LINE_MAX = 100  # characters of a line by the headline read for such a byline
SHORT_LINES_BEFORE = 4  # elements before the headline where such a line may stand
UNNAMED_BLOCK_WORDS = 10  # words of one markup block of a byline line: more is a sentence
_NAME_CLASS = re.compile(r"author|name|creator|writer|user", re.I)
_ROLES = ROLE_CORE | ROLE_MODIFIERS
_IN_SECTION = re.compile(r"\s+in\s+\S.*$")  # "by Acme in Gardening": the section it was filed in
_PLAIN_WORD = re.compile(r"^[^\W_][\w.&'’-]*$|^&$")
# Lower-case words such a name may hold ("the Harbour Desk", "Acme editors").
NAME_SMALL_WORDS = (
    frozenset(
        {"the", "of", "and", "&", "for", "at", "de", "du", "la", "le", "der", "die", "von", "van"}
    )
    | ORG_WORDS
    | ROLE_CORE
    | ROLE_MODIFIERS
)
# Words of a link label or a sentence, never of a name ("View all posts", "Read more").
LINK_LABEL_WORDS = frozenset(
    {
        "read", "view", "posts", "articles", "profile", "follow", "contact", "email", "share",
        "subscribe", "login", "home", "page", "here", "click", "see", "latest", "comments",
        "comment", "more", "all", "this", "that", "is", "are", "was", "you", "your", "our", "my",
    }
)  # fmt: skip
_LABEL_PREFIX = re.compile(
    r"^(?:"
    + "|".join(re.escape(p) for p in sorted(AUTHOR_PREFIXES, key=len)[::-1])
    + r")(?:(?<=:)|(?!\w))\s*:?\s*",
    re.I,
)
# What may stand between two co-authors' links of one byline: a comma, "&", "·", "|", "/", or a
# joining word of the NAME_JOINERS ("and", "und", "et", "y", "e", "en", "и").
_CO_AUTHOR_SEPARATOR = re.compile(
    r"[,;&·•|/]|,?\s*(?:" + "|".join(re.escape(j) for j in NAME_JOINERS) + r")", re.I
)
AUTHOR_LINKS_READ = 3  # labelled author links read, first ones first
BYLINE_LINE_ELEMENTS = 6  # elements a byline line may hold ("<p>By <a>Jane</a> and <a>…")
# A line that starts with an author label ("By Jane Doe", "by: Jane Doe", "Written by Jane").
BYLINE_TEXT = re.compile(
    r"^(?:"
    + "|".join(re.escape(p) for p in sorted({*AUTHOR_PREFIXES, "av", "af", "przez"}, key=len)[::-1])
    + r")(?:(?<=:)\s*|\s*:\s*|\s+)[^\W\d_]",
    re.I,
)
# A link to an author's page ("/author/jane-doe/", "/authors/jane", "?author=12"): a byline cue
# of its own, for bylines without any class or rel.
AUTHOR_HREF = re.compile(
    r"(?:/(?:authors?|autor(?:en)?|auteurs?|writers?|contributors?|redacteurs?)/[^/?#]+/?"
    r"(?:[?#]|$)|[?&]author=)",
    re.I,
)
# An icon that pictures a person, opening a byline without any label: "bi-person", "fa-user",
# "icon-author" (not "fa-users", a group).
PERSON_ICON = re.compile(r"(?:^|[\s_-])(?:person|user|author)(?:-circle|-alt)?(?:$|\s)", re.I)
ICON_TAGS = frozenset({"i", "span", "svg", "em"})
# Chrome rules whose boxes still name this article's author: an author-bio box is chrome for
# the body, but its name is the byline's when the page has no other.
AUTHOR_BOX_RULES = frozenset({"author-bio"})
# A byline part whose class names someone other than an author ("byline-reviewer-link",
# "byline__photographer"): a reviewer's or photographer's name, not the article's author.
NOT_AUTHOR_CLASS = re.compile(r"review(?:er|ed)|fact-?check|photograph|illustrat|translat", re.I)
# Inside an author box, the element that holds the name.
_NAME_CUE = re.compile(r"name", re.I)
BOX_MAX_CHARS = 1500
NAME_PARTS_READ = 30  # elements of a byline searched for name-marked parts
CARD_DEPTH = 8  # ancestors looked at for the list item (a teaser card) a date stands in
BYLINE_LINE_LEVELS = 2  # levels above a byline where its line (and its date) may stand
DATE_LINE_MAX = 100  # characters of a line that may be a date line
_META_SEPARATORS = re.compile(r"\s*[|•·/,–—]\s*|\s+-\s+")
_READ_TIME = re.compile(r"\d+\s*(?:min(?:ute)?s?|m)\.?(?:\s+read(?:ing)?(?:\s+time)?)?", re.I)

_XPATH_AUTHOR_CUES = etree.XPath(
    "//*[@rel='author' or @itemprop='author' or contains(@class,'author') "
    "or contains(@class,'byline') or contains(@class,'Byline') or contains(@class,'Author')]"
)


def find_authors(page: Page) -> tuple[list[str], list[Element]]:
    """(author names, the byline elements they came from)."""
    near, far = _bylines_by_text(page)
    cued_near, cued_far = _byline_candidates(page)
    nearer = _dated_name_lines(page) if _far_from_headline(page, cued_near) else []
    for el in nearer + cued_near + near:
        if el in nearer:
            return _dated_line_names(el), [el]
        names = names_in_byline(el) or _name_parts(el)
        if names:
            names, els = _co_author_links(names, el, cued_near)
            return _as_declared(names, page.meta.authors), els
    if page.meta.authors:
        # a byline-cued element away from the headline may be a teaser card's: the page's
        # own declaration outranks it
        return list(page.meta.authors), []
    # a dated name line by the headline outranks byline cues away from it (a teaser card's)
    for el in _dated_name_lines(page):
        return _dated_line_names(el), [el]
    for el in cued_far:
        names = names_in_byline(el) or _name_parts(el)
        if names:
            return names, [el]
    for el in far:
        names = names_in_byline(el)
        if names:
            return names, [el]
    for el in _name_role_lines(page):
        return split_byline(text_of(el)), [el]
    for el in _labelled_author_links(page):
        names = names_in_byline(el)
        if names:
            return names, [el]
    names = _boxes_person(page)
    if names:
        return names, []
    names, line = _declared_shown(page)
    if names:
        return names, line
    names, line = _unnamed_bylines(page, cued_near + near, cued_far[:1])
    if names:
        return names, line
    for el in _bare_name_lines(page):
        return split_byline(text_of(el)), [el]
    names, line = _labelled_anywhere(page)
    if names:
        return names, line
    names, line = _standfirst_credit(page)
    if names:
        return names, line
    names, line = _signature_line(page)
    if names:
        return names, line
    names = _author_card(page)
    if names:
        return names, []
    return _declared_in_author_markup(page)


def _declared_in_author_markup(page: Page) -> tuple[list[str], list[Element]]:
    """A declared author value (person or not) that the page shows, alone, inside an author
    box or an author-marked element anywhere (teaser lists, comments and hidden parts aside):
    "<div class='post-author-info'><a>Acme Editors</a></div>" far from the headline."""
    for name in page.meta.declared_authors[:3]:
        for node in _TEXTS_WITH(page.root, name=name)[:AUTHOR_MENTIONS_READ]:
            el = node.getparent()
            if el is not None and node.is_tail:
                el = el.getparent()
            if el is None or tag_of(el) in NOT_TEXT_TAGS:
                continue
            if fold(" ".join(text_of(el).split())) != fold(name):
                continue  # a mention in a sentence or a longer line
            if fold(name) in GENERIC_ACCOUNTS or _one_of_a_list(el):
                continue  # a site account ("Webmaster"), or one of several people listed
            marked = any(_author_marked(page, a) for a in [el, *ancestors(el, AUTHOR_MARK_LEVELS)])
            if marked and not _teaser_or_hidden(page, el) and not hidden_near(el):
                return [name], [el]
    return [], []


# Declared values that name a site account, not whoever wrote the article.
GENERIC_ACCOUNTS = frozenset({"webmaster", "admin", "administrator", "site admin", "wpadmin"})


def _one_of_a_list(el: Element) -> bool:
    """True when the element stands in one item of a list of several (a list of authors or
    contributors: which one wrote the article, the list does not say)."""
    for node in ancestors(el, AUTHOR_MARK_LEVELS):
        if tag_of(node) == "li" or node.get("role") == "listitem":
            parent = node.getparent()
            items = 0 if parent is None else sum(1 for c in parent if c.tag == node.tag)
            return items > 1
    return False


# A standfirst under the headline that ends by crediting its writer in capitals, the way a
# byline is set ("…, says OLIVE RYAN.", "…, writes JANE DOE"): capitals tell the writer's
# credit from a quoted source's name, which is set like the rest of the sentence.
_STANDFIRST_CREDIT = re.compile(
    r"[,—–]\s*(?:says|writes|reports|explains|schreibt|sagt|écrit|dit|escribe|dice|scrive|"
    r"escreve|diz|schrijft|zegt|pisze|mówi|пишет|рассказывает)\s+"
    r"([A-ZÀ-ÖØ-ÞА-Я][A-ZÀ-ÖØ-ÞА-Я'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-Я][A-ZÀ-ÖØ-ÞА-Я'’.-]+){1,3})\s*\.?$"
)
STANDFIRST_MAX = 400  # characters of a standfirst read for such a credit


def _standfirst_credit(page: Page) -> tuple[list[str], list[Element]]:
    """The writer credited in capitals at the end of a short text right by the headline."""
    if page.headline_el is None:
        return [], []
    for el in page.window(page.headline_el, 0, BYLINE_TEXT_NEAR):
        stat = page.stats.get(el)
        if stat is None or stat.raw > STANDFIRST_MAX or stat.size > 3:
            continue
        match = _STANDFIRST_CREDIT.search(" ".join(text_of(el).split()))
        if match and not page.inside(el, page.headline_el):
            names = split_byline(normalise_caps(match.group(1)))
            if len(names) == 1:
                return names, []
    return [], []


# A signature at the foot of the text: the author's name in bold, then their job
# ("<p><strong>Jane Doe</strong> <em>Science Writer</em></p>"), in its last few paragraphs.
SIGNATURE_BLOCKS_READ = 6
SIGNATURE_TAGS = frozenset({"strong", "b"})
_SIGNATURE_GLUE = " ,|–—-:"


def _signature_line(page: Page) -> tuple[list[str], list[Element]]:
    """The author named by a signature line among the last paragraphs of the content, on a
    page that declares itself (or is found to be) an article."""
    if page.content is None or declared_kind(page.root, page.meta) == "other":
        return [], []
    read = 0
    for el in reversed(list(page.content.iter("p"))):
        text = " ".join(text_of(el).split())
        if not text:
            continue
        read += 1
        if read > SIGNATURE_BLOCKS_READ:
            break
        name = _signature_name(el, text)
        if name and not _teaser_or_hidden(page, el) and is_article(page):
            return [name], [el]
    return [], []


def _signature_name(el: Element, text: str) -> str | None:
    """The bold name that opens a line whose rest is a job title, else None."""
    first = next(iter(el), None)
    if first is None or tag_of(first) not in SIGNATURE_TAGS or (el.text or "").strip():
        return None
    name = " ".join(text_of(first).split())
    if not name or split_byline(name) != [name] or not text.startswith(name):
        return None
    rest = text[len(name) :].strip(_SIGNATURE_GLUE)
    return name if _is_role_line(rest) else None


def _dated_line_names(el: Element) -> list[str]:
    """The names of a dated name line ("Jane Doe in Gardening · May 2, 2024")."""
    parts = _META_SEPARATORS.split(strip_dates(_byline_text(el)[0]))
    return split_byline(" | ".join(_IN_SECTION.sub("", p) for p in parts))


def _far_from_headline(page: Page, cued: list[Element]) -> bool:
    """True when the first byline-cued element by the headline stands farther from it than a
    byline line right under it would (a teaser card's author link further down the window):
    an uncued dated name line closer to the headline is then the article's byline."""
    if not cued or page.headline_el is None:
        return False
    return abs(page.pos(cued[0]) - page.pos(page.headline_el)) > BYLINE_TEXT_NEAR


def _co_author_links(
    names: list[str], el: Element, cued: list[Element]
) -> tuple[list[str], list[Element]]:
    """A byline set as one author link per name ("<a>Jane Doe</a>, <a>John Roe</a> & <a>Ann
    Poe</a>"): the names of the cued links that follow the first one in the same line (same
    parent, nothing but separators between them) join its names."""
    parent = el.getparent()
    if tag_of(el) != "a" or parent is None:
        return names, [el]
    out, els = list(names), [el]
    for other in cued[cued.index(el) + 1 :] if el in cued else []:
        if other.getparent() is not parent or tag_of(other) != "a":
            break
        between = (els[-1].tail or "").strip()
        if between and not _CO_AUTHOR_SEPARATOR.fullmatch(between):
            break
        for name in names_in_byline(other):
            if fold(name) not in {fold(n) for n in out}:
                out.append(name)
        els.append(other)
    return out, els


def _labelled_anywhere(page: Page) -> tuple[list[str], list[Element]]:
    """The one person a page's labelled lines name, wherever they stand ("Posted by Jane Doe
    on May 2" in a post footer, "<h4>Written by</h4><p>Jane Doe</p>" under the text, "By Jane
    Doe" far above the headline), teaser lists and comments aside: a page without a byline by
    its headline, on a page that declares itself an article. Lines that name different
    people are other stories': none is taken."""
    if declared_kind(page.root, page.meta) != "article":
        return [], []  # a listing's or a service page's lines: not an article's byline
    found: dict[tuple[str, ...], tuple[list[str], Element]] = {}
    for el in page.order:
        head = (el.text or "").lstrip()[:LABEL_HEAD_CHARS]
        if not head or not _LABEL_PREFIX.match(head):
            continue
        line = el if _LABEL_PREFIX.sub("", head).strip(" .:") else el.getparent()
        if line is None or _teaser_or_hidden(page, line):
            continue
        text = _flat_text(line)
        if len(text) > ANYWHERE_LINE_MAX or BYLINE_TEXT.match(text) is None:
            continue
        names = names_in_byline(line)
        if names:
            found.setdefault(tuple(fold(n) for n in names), (names, line))
        if len(found) > 1 or len(found) == 0 and page.pos(el) > ANYWHERE_READ:
            break
    if len(found) != 1:
        return [], []
    names, line = next(iter(found.values()))
    if not all(" " in n for n in names):  # "By State", "Sort by: Review": no person's name
        return [], []
    return names, [line]


# An author card below or beside the text: a name heading, then a bio that opens with the
# name ("<h3>Jane Doe</h3><p>Jane Doe is a science writer ...</p>"), or an "About the author"
# label over a name.
CARD_NAME_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})
CARD_IMAGE_LEVELS = 4  # ancestors of a card's name heading where its portrait may stand
CARD_HEADS_READ = 400  # heading-like elements read for author cards
_ABOUT_AUTHOR = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in ABOUT_AUTHOR_LABELS) + r")\s*:?$", re.I
)
_AUTHOR_HEADING = re.compile(
    r"^(?:"
    + "|".join(re.escape(p) for p in ABOUT_AUTHOR_LABELS + AUTHOR_HEADING_LABELS)
    + r")\s*:?$",
    re.I,
)
_BIO_AFTER_NAME = re.compile(r"[\s,’']")
_SCREEN_READER = re.compile(r"sr-only|screen-reader|visually-?hidden|visuallyhidden", re.I)
LABELLED_LIST_MAX = 8  # names a list under an "Authors" label may hold
# A bio that introduces its person in the first person, under their name ("<h5>Jane Doe</h5>
# <p>Hello! I'm the editor of this site …"), read in its first words.
FIRST_PERSON_WORDS = 12
_FIRST_PERSON_BIO = re.compile(
    r"(?<!\w)(?:i['’]m|i am|my name is|ich bin|mein name ist|je suis|je m['’]appelle|soy|"
    r"me llamo|sou|meu nome é|mi chiamo|sono|ik ben|mijn naam is|меня зовут|я\s+—|jestem|"
    r"nazywam się)(?!\w)|我是|私は",
    re.I,
)
_PORTRAIT = re.compile(r"avatar|author|portrait|profile|headshot", re.I)
CARD_BIO_WORDS = 60  # words of a card's bio read for a sign that it is about a person
# Third-person pronouns that tell a bio about a person from a paragraph about a thing
# ("Jane Doe ... she", "Mouthwash ... it"): with a job word (ROLE_CORE), a person's bio.
PERSON_PRONOUNS = frozenset(
    {"he", "she", "his", "her", "him", "er", "elle", "él", "ella", "ele", "ela", "lui", "hij"}
)  # fmt: skip


def _author_card(page: Page) -> list[str]:
    """The people the page's author cards are about, on a page that declares itself an
    article (on one found to be an article, only a card labelled "Author"); teaser lists and
    comments aside. Cards about different people (a team page, a
    list of profiles) give nothing."""
    declared = declared_kind(page.root, page.meta)
    if declared == "other":
        return []
    found: dict[tuple[str, ...], list[str]] = {}
    read = 0
    for el in page.order:
        if el.tag not in CARD_NAME_TAGS:
            continue
        read += 1
        if read > CARD_HEADS_READ:
            break
        names = _card_names(el, labelled_only=declared is None)
        if names and not _teaser_or_hidden(page, el):
            found.setdefault(tuple(fold(n) for n in names), names)
    if len(found) != 1 or declared is None and not is_article(page):
        return []  # several people (a team page), or a page not found to be one article
    return next(iter(found.values()))


def _card_names(head: Element, labelled_only: bool = False) -> list[str]:
    """The people a heading names when it heads an author card: its own text, beside their
    portrait and followed by a bio that opens with it (or that introduces them in the first
    person); or, after an "About the author" or "Author" heading, the name line (or the list
    of names) that follows it."""
    if _SCREEN_READER.search(class_id(head)):
        return []  # a landmark's name for screen readers ("Primary Sidebar"), never shown
    text = " ".join(text_of(head).split())
    if _AUTHOR_HEADING.match(text):
        return _names_under_label(head)
    if labelled_only or not text or len(text) > NAME_LINE_MAX:
        return []
    if not looks_like_person(text, single=True):
        return []
    nxt = _next_text_element(head)
    bio = " ".join(text_of(nxt).split()) if nxt is not None else ""
    if len(bio) <= len(text):
        return []
    if bio.startswith(text) and _BIO_AFTER_NAME.match(bio[len(text)]):
        words = {w.casefold() for w in _WORDS.findall(bio[len(text) :])[:CARD_BIO_WORDS]}
        if not words & (ROLE_CORE | PERSON_PRONOUNS):
            return []  # a section about a thing ("Mouthwash is ..."), not a person's bio
    elif not _first_person_bio(bio, text):
        return []
    return [text] if _beside_portrait(head, text) else []


def _first_person_bio(bio: str, name: str) -> bool:
    """True when the bio's first words introduce its person in the first person ("I'm the
    editor of this site"), not someone else by name ("Hi, I'm Jen" under another heading)."""
    match = _FIRST_PERSON_BIO.search(" ".join(bio.split()[:FIRST_PERSON_WORDS]))
    if match is None:
        return False
    after = bio[match.end() :].split()[:1]
    word = after[0].strip(",.!") if after else ""
    return not (word[:1].isupper() and word.casefold() not in name.casefold().split())


def _names_under_label(head: Element) -> list[str]:
    """The name line after an "Author" heading ("Jane Doe, MD" gives "Jane Doe"), its first
    name-sized part, or the list of names under it ("<h6>Author(s)</h6><ul><li>Jane Doe…")."""
    nxt = _next_text_element(head)
    if nxt is None:
        return []
    if tag_of(nxt) in ("ul", "ol"):
        items = [" ".join(text_of(li).split()) for li in nxt.iterchildren("li")]
        names = [split_byline(item) for item in items[: LABELLED_LIST_MAX + 1]]
        ok = 0 < len(items) <= LABELLED_LIST_MAX and all(len(n) == 1 for n in names)
        return [n[0] for n in names] if ok else []
    line = " ".join(text_of(nxt).split())
    if len(line) <= NAME_LINE_MAX and looks_like_person(line):
        names = split_byline(line)  # "Jane Doe, MD, FACP": the name without credentials
        return names if len(names) == 1 else [line]
    inner = next((e for e in nxt.iter(*CARD_NAME_TAGS) if e is not nxt), None)
    line = " ".join(text_of(inner).split()) if inner is not None else ""
    return [line] if line and looks_like_person(line) else []


def _next_text_element(el: Element) -> Element | None:
    """The first following sibling with text, of the element or of its parent."""
    for node in (el, el.getparent()):
        if node is None:
            return None
        for sib in node.itersiblings():
            if isinstance(sib.tag, str) and text_of(sib).strip():
                return sib
    return None


def _beside_portrait(el: Element, name: str) -> bool:
    """True when a portrait of the person stands within a few levels above the element: a
    picture whose alt text names them, or one marked as an avatar or author photo."""
    first = name.split()[0].casefold()
    for node in ancestors(el, CARD_IMAGE_LEVELS):
        for img in node.iter("img"):
            if first in (img.get("alt") or "").casefold() or _PORTRAIT.search(class_id(img)):
                return True
    return False


def _teaser_or_hidden(page: Page, el: Element) -> bool:
    """Inside a teaser list, a comment thread or a hidden part: its bylines are others'."""
    if not page.excluded(el):
        return False
    for node in [el, *ancestors(el, 200)]:
        if page.marks.rule_of.get(node) in NOT_THIS_ARTICLE_RULES or is_hidden(node):
            return True
    return False


def _declared_shown(page: Page) -> tuple[list[str], list[Element]]:
    """The declared author values (persons or not) that a byline line by the headline shows,
    and that line: a byline the person test alone would not take."""
    declared = page.meta.declared_authors
    if not declared or page.headline_el is None:
        return [], []
    wanted = {fold(name): name for name in declared}
    for el in page.window(page.headline_el, DECLARED_NEAR_BEFORE, DECLARED_NEAR_AFTER):
        own = fold(" ".join([el.text or "", *(c.tail or "" for c in el)]))
        found = [name for key, name in wanted.items() if key and key in own]
        if not found or page.inside(el, page.headline_el) or page.excluded(el):
            continue
        line = _declared_line(el, found[0])
        if line is not None and _shows_as_byline(line, wanted):
            return found, [line]
    return [], []


def _unnamed_bylines(
    page: Page, bylines: list[Element], far: list[Element] | None = None
) -> tuple[list[str], list[Element]]:
    """The names of the first byline by the headline that the other passes could not read: a
    team, desk, site or user name ("By the Harbour Desk", "<p class=authorname>Acme Staff</p>",
    "by jdoe"), or a person's name on a line that opens with a date ("May 2, 2024 By Jane Doe")
    or holds more parts than a byline usually does. Unlabelled, the line must be marked as a
    name by its class (a byline line of categories and dates is not). `far`: the first
    byline-cued element away from the headline, read last ("Posted by jdoe" above a thread)."""
    far = far or []
    cued = bylines[:UNNAMED_BYLINES_READ] + far
    for el in cued + [el for el in _short_lines(page) if el not in cued]:
        text = _byline_text(el)[0]
        # a date's words are no sentence's, in a line by the headline
        blocks = (text if el in far else strip_dates(text)).split("|")
        if any(len(block.split()) > UNNAMED_BLOCK_WORDS for block in blocks):
            continue  # a sentence ("By subscribing, you agree to …"), not a byline
        # far from the headline, a name-marked element in (or holding) several list items
        # or lines is a list of people (contributors, posters), not the byline
        listed = el in far and (_one_of_a_list(el) or "|" in text)
        marked = el in cued and _name_marked(el) and not listed
        name = _byline_name_part(text, marked)
        if name:
            return split_byline(name, single=True) or [name], [el]
    return [], []


def _short_lines(page: Page) -> list[Element]:
    """Short lines right by the headline (a few before it, more after), chrome aside."""
    if page.headline_el is None:
        return []
    found = []
    for el in page.window(page.headline_el, SHORT_LINES_BEFORE, BYLINE_TEXT_NEAR):
        stat = page.stats.get(el)  # none for chrome
        if stat is None or stat.raw > UNNAMED_LINE_MAX or page.excluded(el):
            continue
        if not (page.inside(el, page.headline_el) or page.inside(page.headline_el, el)):
            found.append(el)
    return found


def _name_marked(el: Element) -> bool:
    """Marked as a name: by its class ("author-name"), as an author link (rel=author, a link
    to an author's page) or as an author property."""
    return (
        bool(_NAME_CLASS.search(class_id(el)))
        or el.get("rel") == "author"
        or el.get("itemprop") == "author"
        or (tag_of(el) == "a" and bool(AUTHOR_HREF.search(el.get("href") or "")))
    )


def _byline_name_part(text: str, name_cued: bool) -> str | None:
    """The first part of a byline line (dates, reading times and date labels aside) when it
    reads as a name; after an author label a one-word lower-case user name counts too."""
    labelled = False
    for part in _META_SEPARATORS.split(strip_dates(text)):
        part = part.strip(" .:")
        bare = _LABEL_PREFIX.sub("", part).strip(" .:")
        labelled = labelled or bare != part
        words = _IN_SECTION.sub("", bare).split()  # "by Acme in Gardening"
        while words and words[-1] in DATE_CONNECTORS:  # "by Acme on <date>" (not "Acme On")
            words.pop()
        if labelled:
            words = _cut_at_time(words)  # "by jdoe on @08:00PM from the … dept."
        if not words or _READ_TIME.fullmatch(bare) or label_kind(bare):
            continue
        if credit_kind(part) == "other" or not (labelled or name_cued):
            return None  # "Reviewed by …", or a category or a date part first
        return " ".join(words) if _name_like(words, labelled) else None
    return None


def _cut_at_time(words: list[str]) -> list[str]:
    """The words before a date connector followed by what is left of a date or time (a
    weekday, a month, digits): "jdoe on Friday from the desk" gives "jdoe"."""
    for i, word in enumerate(words[1:-1], 1):
        nxt = words[i + 1].casefold().strip(",.")
        if word in DATE_CONNECTORS and (
            nxt in WEEKDAYS or nxt in MONTHS or any(c.isdigit() for c in nxt)
        ):
            return words[:i]
    return words


def _name_like(words: list[str], labelled: bool) -> bool:
    """A few capitalised words ("Acme Editorial Team", "the Harbour Desk", "3i Global") or,
    after an author label, one user name ("jdoe"); no sentence, link label or date part."""
    if len(words) > UNNAMED_WORDS_MAX or not all(_PLAIN_WORD.match(w) for w in words):
        return False
    lowered = [w.casefold().rstrip(".") for w in words]
    if any(w in LINK_LABEL_WORDS or w in MONTHS or w in WEEKDAYS or w.isdigit() for w in lowered):
        return False
    if all(w in ORG_WORDS or w in NAME_SMALL_WORDS - ORG_WORDS - _ROLES for w in lowered):
        return False  # a wire agency or a bare "Staff": a credit, not whose article it is
    if len(words) == 1 and not words[0][0].isupper():
        return labelled and words[0].isalnum() and any(c.isalpha() for c in words[0])
    return any(w[0].isupper() for w in words) and all(
        w[0].isupper() or w[0].isdigit() or lw in NAME_SMALL_WORDS
        for w, lw in zip(words, lowered, strict=True)
    )


def _declared_line(el: Element, name: str) -> Element | None:
    """The largest of `el` and its nearest ancestors whose text is the name and a little more."""
    line = None
    for node in [el, *ancestors(el, BYLINE_LINE_LEVELS)]:
        if len(text_of(node)) > len(name) + DECLARED_LINE_SPARE:
            break
        line = node
    return line


def _shows_as_byline(line: Element, wanted: dict[str, str]) -> bool:
    """True when one part of the line (between separators and markup blocks, dates taken out)
    is a wanted name alone, after an author label at most: "By: Acme Team | May 2, 2024"."""
    text = strip_dates(_byline_text(line)[0])
    for part in _META_SEPARATORS.split(text):
        part = _LABEL_PREFIX.sub("", part.strip(" .:")).strip(" .:")
        words = part.split()
        while words and words[-1].casefold() in DATE_CONNECTORS:  # "Posted by Acme on <date>"
            words.pop()
        if fold(" ".join(words)) in wanted:
            return True
    return False


def _name_parts(el: Element) -> list[str]:
    """The names of a byline's name-marked parts ("<span class='author__name'>Jane Doe</span>
    <span class='author__position'>Founder at Acme</span>": the whole reads as no name)."""
    names: list[str] = []
    for node in itertools.islice(el.iter(), 1, NAME_PARTS_READ):
        if isinstance(node.tag, str) and _NAME_CUE.search(node.get("class") or ""):
            names += [n for n in split_byline(text_of(node)) if n not in names]
    return names


def _as_declared(names: list[str], declared: list[str]) -> list[str]:
    """A visible name that runs on into a role ("Jane Doe Senior Editor", set inline) is the
    declared name it starts with."""
    out = []
    for name in names:
        key = name.casefold()
        longer = [d for d in declared if key.startswith(d.casefold() + " ")]
        out.append(longer[0] if longer else name)
    return out


def names_in_byline(el: Element) -> list[str]:
    """The person names of a byline: its author links when they read as names (roles, badges
    and dates sit outside them; a link after "Reviewed by" is not an author's), else its text
    split into names."""
    text, links = _byline_text(el)
    linked: list[str] = []
    for before, link in links:
        if NOT_AUTHOR_CLASS.search(link.get("class") or ""):
            text = text.replace(_byline_text(link)[0], " | ")  # a reviewer's link: not a name
            continue
        if credit_kind(before) == "other":
            continue
        # the names of the link's first line: its other lines are a role or a badge
        lines = (line.strip() for line in _byline_text(link)[0].split("|"))
        first = next((line for line in lines if line), "")
        for name in split_byline(first, ends_with_author_label(before)):
            if name.casefold() not in {n.casefold() for n in linked}:
                linked.append(name)
    if not linked:
        return split_byline(text)
    # "By <span>Jane Doe</span> and <a>John Roe</a>": a co-author without a link, joined to a
    # linked name by "and" (a role beside a name is not)
    in_text = split_byline(text)
    keys = {n.casefold() for n in linked}
    extra = [n for n in in_text if n.casefold() not in keys]
    if len(extra) == 1 and any(_joined(extra[0], n, text) for n in linked):
        return [n for n in in_text if n in extra or n.casefold() in keys]
    return linked


def _joined(one: str, other: str, text: str) -> bool:
    """True when `text` says "one and other" or "other and one" (or with "&" or a comma)."""
    a, b = re.escape(one), re.escape(other)
    joiner = r"\s*(?:,|&|\b(?:and|und|et|y|e|en)\b)\s*"
    return bool(re.search(rf"{a}{joiner}{b}|{b}{joiner}{a}", text, re.I))


def _byline_text(el: Element) -> tuple[str, list[tuple[str, Element]]]:
    """The element's text with " | " between block-level parts (a label and a name set apart by
    markup stay apart), and each link as (text before it, its own text)."""
    parts: list[str] = []
    links: list[tuple[str, Element]] = []
    for event, node in walk(el, default_skip):
        block = tag_of(node) in BLOCK_TAGS
        if event == "skip":
            parts.append(f" {node.tail or ''}")
            continue
        parts.append(" | " if block else " ")
        if event == "start":
            if tag_of(node) == "a":
                links.append(("".join(parts), node))
            parts.append(node.text or "")
        elif node is not el:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split()), links


def _dated_name_lines(page: Page) -> list[Element]:
    """A short line by the headline that holds a date and otherwise only person names and a
    reading time ("Dec 17, 2025 · Jane Doe", "Jane Doe • 5 min read • May 2, 2024"): a byline
    without any cue or label. The date is what tells it from a line of the text."""
    if page.headline_el is None:
        return []
    for el in page.window(page.headline_el, SHORT_LINES_BEFORE, BYLINE_TEXT_NEAR):
        stat = page.stats.get(el)
        if stat is None or stat.raw > DATE_LINE_MAX or page.inside(el, page.headline_el):
            continue
        if page.inside(page.headline_el, el):
            continue  # a header block around the headline
        text = _byline_text(el)[0]
        spans = date_spans(text)
        if not spans or page.excluded(el):
            continue
        rest = strip_dates(text)
        # "Jane Doe in Gardening": the section the article was filed in
        parts = [_IN_SECTION.sub("", p).strip(" .:") for p in _META_SEPARATORS.split(rest)]
        parts = [p for p in parts if p and not _READ_TIME.fullmatch(p) and not label_kind(p)]
        if parts and all(looks_like_person(p) for p in parts):
            return [el]
    return []


def _name_role_lines(page: Page) -> list[Element]:
    """A line by the headline that is a person's name alone, followed by a line that is a job
    title ("<p>Jane Doe</p><p>Tech Writer</p>"), the name given again elsewhere on the page:
    an author card without any cue or label. Returns the name's element."""
    if page.headline_el is None:
        return []
    for el in page.window(page.headline_el, 0, NAME_ROLE_WINDOW):
        stat = page.stats.get(el)
        if stat is None or stat.size > 2 or stat.raw > NAME_LINE_MAX:
            continue
        if page.inside(el, page.headline_el) or page.excluded(el):
            continue
        text = text_of(el)
        names = split_byline(text)
        if len(names) != 1 or fold(names[0]) != fold(text):
            continue
        role = el.getnext()
        if role is not None and _is_role_line(text_of(role)) and _named_again(page, text):
            return [el]
    return []


def _bare_name_lines(page: Page) -> list[Element]:
    """A line right by the headline that is a person's name alone, not a caption's, the name
    given again elsewhere on the page (an author bio, a picture's alt text): a byline without
    any cue, label or date."""
    if page.headline_el is None:
        return []
    for el in page.window(page.headline_el, SHORT_LINES_BEFORE, BYLINE_TEXT_NEAR):
        stat = page.stats.get(el)
        if stat is None or stat.size > 2 or stat.raw > NAME_LINE_MAX or page.excluded(el):
            continue
        if page.inside(el, page.headline_el) or page.inside(page.headline_el, el):
            continue
        if any(tag_of(a) in CAPTION_TAGS for a in [el, *ancestors(el, CARD_DEPTH)]):
            continue
        text = text_of(el)
        names = split_byline(text)
        if len(names) == 1 and fold(names[0]) == fold(text) and _named_as_author(page, el, text):
            return [el]
    return []


def _named_as_author(page: Page, line: Element, name: str) -> bool:
    """True when the page names the person again as an author: inside an author box or an
    author-marked element, or after an author label ("All posts by Jane Doe"). (A topic in
    capitals, "Harbour Policy", is named in sentences, never as an author.)"""
    by_name = re.compile(_BY_NAME.pattern + re.escape(name) + r"\b", re.I)
    for node in _TEXTS_WITH(page.root, name=name)[:AUTHOR_MENTIONS_READ]:
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        if el is None or tag_of(el) in NOT_TEXT_TAGS or page.inside(el, line):
            continue
        holder = el.getparent() if len(text_of(el)) <= len(name) + 2 else el
        text = text_of(holder) if holder is not None else ""
        if len(text) <= ANYWHERE_LINE_MAX and by_name.search(text):
            return True
        if any(_author_marked(page, a) for a in [el, *ancestors(el, AUTHOR_MARK_LEVELS)]):
            return True
    return False


def _author_marked(page: Page, el: Element) -> bool:
    """An author box, or an element whose class or rel says it holds an author."""
    if page.marks.rule_of.get(el) in AUTHOR_BOX_RULES or el.get("rel") == "author":
        return True
    return bool(BYLINE_CLASSES.search(class_id(el))) and not NOT_AUTHOR_CLASS.search(
        el.get("class") or ""
    )


def _named_again(page: Page, name: str) -> bool:
    """True when the page names the person once more (a bio, a picture's alt text): a card
    about the author, not a quoted person's caption."""
    body = page.body if page.body is not None else page.root
    alts = " ".join(img.get("alt") or "" for img in body.iter("img"))
    return text_of(body).count(name) + alts.count(name) >= 2


def _is_role_line(text: str) -> bool:
    """A short line naming a job: "Tech Writer", "Co-Founder & Marketing Director"."""
    if not text or len(text) > ROLE_LINE_MAX or any(c.isdigit() for c in text):
        return False
    words = {w for w in _WORDS.findall(text.lower())}
    return bool(words & ROLE_CORE)


def _labelled_author_links(page: Page) -> list[Element]:
    """Lines anywhere on the page (chrome aside) that read "By <a href=/author/jane-doe>Jane
    Doe</a>": an author label and a link to an author's page, without any byline markup and
    away from the headline. Returns the line (the link's parent or grandparent)."""
    found: list[Element] = []
    for el in page.order:
        if el.tag != "a" or not AUTHOR_HREF.search(el.get("href") or ""):
            continue
        for anc in [el, *ancestors(el, BYLINE_LINE_LEVELS)]:
            text = _flat_text(anc)
            if len(text) > BYLINE_MAX_CHARS:
                break
            if BYLINE_TEXT.match(text):
                if not page.excluded(anc):
                    found.append(anc)
                break
        if len(found) >= AUTHOR_LINKS_READ:
            break
    return found


def _author_boxes(page: Page) -> list[Element]:
    """Author-bio boxes (chrome for the body) that name the article's author."""
    boxes = [el for el, rule in page.marks.rule_of.items() if rule in AUTHOR_BOX_RULES]
    boxes.sort(key=page.pos)
    return [el for el in boxes[:5] if not _hidden_or_chrome(page, el)]


def _boxes_person(page: Page) -> list[str]:
    """The one person the page's author boxes name; boxes naming different people are a team
    or a list of contributors, not this article's byline. Without a person's name, the one
    name-marked part of a box that reads as a user or brand name ("jdoe", "acme bikes")."""
    boxes = _author_boxes(page)
    named = [names for names in map(_box_name, boxes) if names]
    if not named:
        named = [names for names in map(_box_account, boxes) if names]
    people = {fold(names[0]) for names in named}
    return named[0] if len(people) == 1 else []


BOX_ACCOUNT_WORDS = 3  # words of a user or brand name in an author box


def _box_account(box: Element) -> list[str]:
    """The text of the box's one name-marked part when it is a few plain words, no link
    label or sentence ("<h4 class='author-box__name'>acme bikes</h4>")."""
    found = []
    for el in itertools.islice(box.iter(), 1, NAME_PARTS_READ):
        if not isinstance(el.tag, str) or not _NAME_CUE.search(el.get("class") or ""):
            continue
        if not _credited_otherwise(el, box):
            words = text_of(el).split()
            if 0 < len(words) <= BOX_ACCOUNT_WORDS and all(_PLAIN_WORD.match(w) for w in words):
                lowered = {w.casefold() for w in words}
                if not lowered & (LINK_LABEL_WORDS | WEEKDAYS | MONTHS.keys()):
                    found.append(" ".join(words))
    return found[:1] if len(set(found)) == 1 else []


def _box_name(box: Element) -> list[str]:
    """The one name an author box is about: its name-marked part, else its first line when the
    box names it again (in its bio text or a picture's alt text)."""
    text = text_of(box)
    if len(text) > BOX_MAX_CHARS:
        return []
    for el in box.iter():
        if el is box or not isinstance(el.tag, str):
            continue
        if _NAME_CUE.search(class_id(el)) or tag_of(el) in ("h2", "h3", "h4", "h5", "strong"):
            if _ABOUT_AUTHOR.match(" ".join(text_of(el).split())):
                continue  # the box's label ("Über den Autor"), not the name under it
            if _credited_otherwise(el, box):
                continue  # "Reviewed by <a class=name>Jane Doe</a>": a reviewer's name
            names = split_byline(text_of(el))
            if len(names) == 1:
                return names
    lines = (line.strip() for line in _byline_text(box)[0].split("|"))
    first = next((line for line in lines if line), "")
    names = split_byline(first)[:1]
    alts = " ".join(img.get("alt") or "" for img in box.iter("img"))
    if names and f"{text} {alts}".count(names[0]) >= 2:
        return names
    # "This post was written by Jane Doe, Head of …": the box's own label names the author
    return names if names and len(first) <= ANYWHERE_LINE_MAX and BYLINE_TEXT.match(first) else []


def _credited_otherwise(el: Element, box: Element) -> bool:
    """True when the label right before the element (or before its parent, inside the box)
    credits someone other than an author ("Reviewed by", "Fact checked by")."""
    node = el
    for _ in range(BYLINE_LINE_LEVELS + 1):
        if node is box or node is None:
            return False
        prev = node.getprevious()
        if prev is not None and isinstance(prev.tag, str):
            return credit_kind(text_of(prev)) == "other"
        node = node.getparent()
    return False


def _hidden_or_chrome(page: Page, el: Element) -> bool:
    """`page.excluded`, except that an author box does not exclude its own name."""
    if not page.excluded(el):
        return False
    for node in [el, *ancestors(el, 200)]:
        rule = page.marks.rule_of.get(node)
        if (rule is not None and rule not in AUTHOR_BOX_RULES) or is_hidden(node):
            return True
    return False


def _bylines_by_text(page: Page) -> tuple[list[Element], list[Element]]:
    """Short lines right after the headline (else at the start of the content) that read
    "By Name" (pages with no byline markup): (near ones, farther ones). A near one outranks
    the declared authors, a farther one (past a picture and its caption) does not."""
    start = page.headline_el if page.headline_el is not None else page.content
    if start is None:
        return [], []
    near: list[Element] = []
    far: list[Element] = []
    at = page.pos(start)
    for el in page.window(start, 0, BYLINE_TEXT_WINDOW):
        if el is start or start is page.headline_el and page.inside(el, start):
            continue
        close = page.pos(el) - at <= BYLINE_TEXT_NEAR
        by_headline = close and start is page.headline_el
        if (
            _small(page, el, by_headline)
            and _reads_by(el)
            and _byline_allowed(page, el, by_headline)
        ):
            (near if close else far).append(el)
    return near, far


def _small(page: Page, el: Element, by_headline: bool) -> bool:
    """A line of a few elements: measured where measured (chrome is not), else counted, for
    lines by the headline only."""
    stat = page.stats.get(el)
    if stat is not None:
        return stat.size <= BYLINE_LINE_ELEMENTS
    if not by_headline or not isinstance(el.tag, str):
        return False
    return sum(1 for _ in itertools.islice(el.iter(), BYLINE_LINE_ELEMENTS + 1)) <= (
        BYLINE_LINE_ELEMENTS
    )


def _reads_by(el: Element) -> bool:
    """True when the element's text opens with an author label, also where markup alone sets
    the label apart ("<span>By</span><span>Jane Doe</span>" reads "ByJane Doe" as bare text)."""
    text = text_of(el)
    if len(text) > BYLINE_MAX_CHARS:
        return False
    return bool(BYLINE_TEXT.match(text) or BYLINE_TEXT.match(_flat_text(el)))


def _flat_text(el: Element) -> str:
    """The element's text with a space wherever markup parts meet."""
    return " ".join(_byline_text(el)[0].replace("|", " ").split())


def _byline_allowed(page: Page, el: Element, close: bool) -> bool:
    """Not chrome; or, right by the headline, chrome that is not hidden: a rule that took the
    line holding the byline (a comment count beside it) did not make the byline another's."""
    if not page.excluded(el):
        return True
    return close and not hidden_near(el)


def _byline_candidates(page: Page) -> tuple[list[Element], list[Element]]:
    """Byline-cued elements, outermost of nested cues: (those by the headline, nearest first;
    else, as the second list, those anywhere in the document)."""
    near: list[Element] = []
    if page.headline_el is not None:
        window = page.window(page.headline_el, BYLINE_WINDOW_BEFORE, BYLINE_WINDOW_AFTER)
        near = [el for el in window if _is_byline(page, el, boxes=True)]
    if near:
        return _outermost(near), []
    scope = page.content if page.content is not None else page.body
    cued = [el for el in _author_cued(page, scope) if _is_byline(page, el)]
    return [], _outermost(cued[:10])


def _author_cued(page: Page, scope: Element) -> list[Element]:
    """What `_XPATH_AUTHOR_CUES` finds (it searches the whole document, whatever the scope),
    read from the page's element list: a Python loop over it is twice as fast as the XPath."""
    if scope.getroottree().getroot() is not page.root or not page.order:
        return _XPATH_AUTHOR_CUES(scope)
    out = []
    for el in page.order:
        cls = el.get("class")
        if (
            cls is not None
            and ("author" in cls or "byline" in cls or "Byline" in cls or "Author" in cls)
        ) or (el.get("rel") == "author" or el.get("itemprop") == "author"):
            out.append(el)
    return out


def _is_byline(page: Page, el: Element, boxes: bool = False) -> bool:
    """A short byline-cued element; `boxes`: one inside an author box counts too (next to the
    headline, such a box is the byline)."""
    if not isinstance(el.tag, str):
        return False
    if _hidden_or_chrome(page, el) if boxes else page.excluded(el):
        return False
    cue = (
        el.get("rel") == "author"
        or el.get("itemprop") == "author"
        or bool(BYLINE_CLASSES.search(class_id(el)))
        or (tag_of(el) == "a" and bool(AUTHOR_HREF.search(el.get("href") or "")))
        or _person_icon(el)
    )
    if not cue or tag_of(el) in ("img", "meta", "link", "figure"):
        return False
    if page.headline_el is not None and page.inside(page.headline_el, el):
        return False  # a header block around the headline (its class may name "credits")
    if NOT_AUTHOR_CLASS.search(el.get("class") or ""):
        return False
    stat = page.stats.get(el)
    if stat is None or stat.raw > BYLINE_MAX_CHARS:
        return False
    text = text_of(el)
    return 0 < len(text) <= BYLINE_MAX_CHARS


def _person_icon(el: Element) -> bool:
    """True when the element opens with an empty person icon ("<li><i class='bi-person'></i>
    Jane Doe</li>"): a byline marked by its picture instead of a label."""
    first = next(iter(el), None)
    if first is None or tag_of(first) not in ICON_TAGS or (el.text or "").strip():
        return False
    if len(first) > 3 or text_of(first):
        return False
    return bool(PERSON_ICON.search(first.get("class") or ""))


def _outermost(elements: list[Element]) -> list[Element]:
    chosen: list[Element] = []
    inside = set(elements)
    for el in elements:
        if not any(a in inside for a in ancestors(el, 8)):
            chosen.append(el)
    return chosen


def strip_dates(text: str) -> str:
    """`text` without the dates it writes (a byline line's names, a date line's label)."""
    for start, end in reversed(date_spans(text)):
        text = text[:start] + text[end:]
    return text


def hidden_near(el: Element) -> bool:
    """Hidden by its own markup or an ancestor's (a few levels)."""
    return any(is_hidden(node) for node in [el, *ancestors(el, 8)])
