"""Bylines: the passes that read authors by the headline, and the line helpers they share.

A byline is a short element with a byline/author cue (class, rel=author, itemprop=author) near
the headline or at the start of the content; its text is split into person names. The order in
which the passes are tried is `fields.authors`; the passes away from the headline (author
cards, signatures, labelled lines anywhere) are `fields.authorcards`. The dates
shown by a byline or near the headline are read in `fields.dated`, which shares this module's
windows and line helpers.
"""

from __future__ import annotations

import itertools
import re

from lxml import etree

from articlekit.dom import (
    BLOCK_TAGS,
    SKIP_TAGS,
    Element,
    ancestors,
    class_id,
    is_hidden,
    tag_of,
    text_of,
)
from articlekit.fields.cues import BYLINE_CLASSES
from articlekit.metadata.dates import (
    date_spans,
    label_kind,
)
from articlekit.metadata.people import (
    credit_kind,
    ends_with_author_label,
    looks_like_person,
    split_byline,
)
from articlekit.metadata.words import (
    ABOUT_AUTHOR_LABELS,
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
TEXTS_WITH = etree.XPath("//text()[contains(., $name)]")
# "By" that credits an author in running page text: at a line's start or after a word that
# makes it a credit ("Posted by", "All articles by"), not "Browse by" or "Sort by".
_BY_NAME = re.compile(
    r"(?:^|[|.!?:]\s*|\b(?:written|posted|story|words|article|articles|posts|stories|authored"
    r"|text|reporting|geschrieben|écrit|escrito|scritto|geschreven)\s+)"
    r"(?:by|von|par|por|da|door)\s+"
)
CAPTION_TAGS = frozenset({"figure", "figcaption", "caption", "blockquote", "cite"})
ROLE_LINE_MAX = 60  # characters of a line that is a job title
WORDS = re.compile(r"[^\W\d_]+")
# A declared author that is no person's name ("Acme Editorial Team", "jdoe") is the byline
# only where the page shows it by the headline, on a line of its own (a label, a date and a
# reading time beside it at most): the page then says who wrote it, person or not.
DECLARED_NEAR_BEFORE = 20  # elements before the headline where such a line may stand
DECLARED_NEAR_AFTER = 30  # elements after it
DECLARED_LINE_SPARE = 60  # characters such a line may hold besides the name
# A byline by the headline whose name part fails the person test but reads as a name (a team,
# a desk, a site, a user name) is the page's own statement of who wrote the article.
ANYWHERE_LINE_MAX = 120  # characters of a labelled line read away from the headline
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
LABEL_PREFIX = re.compile(
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


def author_href(href: str | None) -> bool:
    """`AUTHOR_HREF` finds something in `href`. Every match holds "aut", "writer", "contributor"
    or "redacteur" (ASCII case aside): an ASCII link without any of them is answered without
    the regex (most of a page's links; the regex tries every position of the link)."""
    if not href:
        return False
    if href.isascii():
        low = href.lower()
        if not ("aut" in low or "writer" in low or "contributor" in low or "redacteur" in low):
            return False
    return AUTHOR_HREF.search(href) is not None


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


def one_of_a_list(el: Element) -> bool:
    """True when the element stands in one item of a list of several (a list of authors or
    contributors: which one wrote the article, the list does not say)."""
    for node in ancestors(el, AUTHOR_MARK_LEVELS):
        if tag_of(node) == "li" or node.get("role") == "listitem":
            parent = node.getparent()
            items = 0 if parent is None else sum(1 for c in parent if c.tag == node.tag)
            return items > 1
    return False


def dated_line_names(el: Element) -> list[str]:
    """The names of a dated name line ("Jane Doe in Gardening · May 2, 2024")."""
    parts = _META_SEPARATORS.split(strip_dates(_byline_text(el)[0]))
    return split_byline(" | ".join(_IN_SECTION.sub("", p) for p in parts))


def far_from_headline(page: Page, cued: list[Element]) -> bool:
    """True when the first byline-cued element by the headline stands farther from it than a
    byline line right under it would (a teaser card's author link further down the window):
    an uncued dated name line closer to the headline is then the article's byline."""
    if not cued or page.headline_el is None:
        return False
    return abs(page.pos(cued[0]) - page.pos(page.headline_el)) > BYLINE_TEXT_NEAR


def co_author_links(
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


_ABOUT_AUTHOR = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in ABOUT_AUTHOR_LABELS) + r")\s*:?$", re.I
)


def teaser_or_hidden(page: Page, el: Element) -> bool:
    """Inside a teaser list, a comment thread or a hidden part: its bylines are others'."""
    if not page.excluded(el):
        return False
    for node in [el, *ancestors(el, 200)]:
        if page.marks.rule_of.get(node) in NOT_THIS_ARTICLE_RULES or is_hidden(node):
            return True
    return False


def declared_shown(page: Page) -> tuple[list[str], list[Element]]:
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


def unnamed_bylines(
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
        listed = el in far and (one_of_a_list(el) or "|" in text)
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
        or (tag_of(el) == "a" and author_href(el.get("href")))
    )


def _byline_name_part(text: str, name_cued: bool) -> str | None:
    """The first part of a byline line (dates, reading times and date labels aside) when it
    reads as a name; after an author label a one-word lower-case user name counts too."""
    labelled = False
    for part in _META_SEPARATORS.split(strip_dates(text)):
        part = part.strip(" .:")
        bare = LABEL_PREFIX.sub("", part).strip(" .:")
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
        part = LABEL_PREFIX.sub("", part.strip(" .:")).strip(" .:")
        words = part.split()
        while words and words[-1].casefold() in DATE_CONNECTORS:  # "Posted by Acme on <date>"
            words.pop()
        if fold(" ".join(words)) in wanted:
            return True
    return False


def name_parts(el: Element) -> list[str]:
    """The names of a byline's name-marked parts ("<span class='author__name'>Jane Doe</span>
    <span class='author__position'>Founder at Acme</span>": the whole reads as no name)."""
    names: list[str] = []
    for node in itertools.islice(el.iter(), 1, NAME_PARTS_READ):
        if isinstance(node.tag, str) and _NAME_CUE.search(node.get("class") or ""):
            names += [n for n in split_byline(text_of(node)) if n not in names]
    return names


def as_declared(names: list[str], declared: list[str]) -> list[str]:
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
    # `walk(el, default_skip)` inlined, each node's tag read once (default_skip is a skipped
    # tag, or "" for a comment).
    walker = etree.iterwalk(el, events=("start", "end"))
    pruned = None
    for event, node in walker:
        if pruned is not None:  # the "end" of a pruned node
            pruned = None
            continue
        tag = node.tag
        if tag.__class__ is not str or "}" in tag or not tag.islower():
            tag = tag_of(node)
        start = event == "start"
        if start and node is not el and (not tag or tag in SKIP_TAGS):
            walker.skip_subtree()
            pruned = node
            parts.append(f" {node.tail or ''}")
            continue
        parts.append(" | " if tag in BLOCK_TAGS else " ")
        if start:
            if tag == "a":
                links.append(("".join(parts), node))
            parts.append(node.text or "")
        elif node is not el:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split()), links


def dated_name_lines(page: Page) -> list[Element]:
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


def name_role_lines(page: Page) -> list[Element]:
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
        if role is not None and is_role_line(text_of(role)) and _named_again(page, text):
            return [el]
    return []


def bare_name_lines(page: Page) -> list[Element]:
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
    by_name = None  # compiled when a short enough line needs it (a name's own regex)
    for node in TEXTS_WITH(page.root, name=name)[:AUTHOR_MENTIONS_READ]:
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        if el is None or tag_of(el) in NOT_TEXT_TAGS or page.inside(el, line):
            continue
        holder = el.getparent() if len(text_of(el)) <= len(name) + 2 else el
        text = text_of(holder) if holder is not None else ""
        if len(text) <= ANYWHERE_LINE_MAX:
            if by_name is None:
                by_name = re.compile(_BY_NAME.pattern + re.escape(name) + r"\b", re.I)
            if by_name.search(text):
                return True
        if any(author_marked(page, a) for a in [el, *ancestors(el, AUTHOR_MARK_LEVELS)]):
            return True
    return False


def author_marked(page: Page, el: Element) -> bool:
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


def is_role_line(text: str) -> bool:
    """A short line naming a job: "Tech Writer", "Co-Founder & Marketing Director"."""
    if not text or len(text) > ROLE_LINE_MAX or any(c.isdigit() for c in text):
        return False
    words = {w for w in WORDS.findall(text.lower())}
    return bool(words & ROLE_CORE)


def labelled_author_links(page: Page) -> list[Element]:
    """Lines anywhere on the page (chrome aside) that read "By <a href=/author/jane-doe>Jane
    Doe</a>": an author label and a link to an author's page, without any byline markup and
    away from the headline. Returns the line (the link's parent or grandparent)."""
    found: list[Element] = []
    for el in page.root.iter("a"):  # the page's <a> elements in order, found in C
        if not author_href(el.get("href")):
            continue
        for anc in [el, *ancestors(el, BYLINE_LINE_LEVELS)]:
            text = flat_text(anc)
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


def boxes_person(page: Page) -> list[str]:
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


def bylines_by_text(page: Page) -> tuple[list[Element], list[Element]]:
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
    return bool(BYLINE_TEXT.match(text) or BYLINE_TEXT.match(flat_text(el)))


def flat_text(el: Element) -> str:
    """The element's text with a space wherever markup parts meet."""
    return " ".join(_byline_text(el)[0].replace("|", " ").split())


def _byline_allowed(page: Page, el: Element, close: bool) -> bool:
    """Not chrome; or, right by the headline, chrome that is not hidden: a rule that took the
    line holding the byline (a comment count beside it) did not make the byline another's."""
    if not page.excluded(el):
        return True
    return close and not hidden_near(el)


def byline_candidates(page: Page) -> tuple[list[Element], list[Element]]:
    """Byline-cued elements, outermost of nested cues: (those by the headline, nearest first;
    else, as the second list, those anywhere in the document)."""
    near: list[Element] = []
    if page.headline_el is not None:
        window = page.window(page.headline_el, BYLINE_WINDOW_BEFORE, BYLINE_WINDOW_AFTER)
        near = [el for el in window if _is_byline(page, el, boxes=True)]
    if near:
        return _outermost(near), []
    scope = page.content if page.content is not None else page.body
    # _is_byline rejects what is not measured or longer than a byline: not read at all.
    cued = [el for el in _author_cued(page, scope, BYLINE_MAX_CHARS) if _is_byline(page, el)]
    return [], _outermost(cued[:10])


def _author_cued(page: Page, scope: Element, max_chars: int | None = None) -> list[Element]:
    """What `_XPATH_AUTHOR_CUES` finds (it searches the whole document, whatever the scope),
    read from the page's element list: a Python loop over it is twice as fast as the XPath.
    With `max_chars`, elements not measured or with more raw text are left out unread (most
    containers): for a caller that rejects them anyway, as `_is_byline` does."""
    if scope.getroottree().getroot() is not page.root or not page.order:
        return _XPATH_AUTHOR_CUES(scope)
    out = []
    stats, limit = (page.stats, max_chars) if max_chars is not None else (None, 0)
    for el in page.order:
        if stats is not None:
            stat = stats.get(el)
            if stat is None or stat.raw > limit:
                continue
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
        or (tag_of(el) == "a" and author_href(el.get("href")))
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
