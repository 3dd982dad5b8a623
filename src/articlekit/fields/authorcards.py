"""Authors named far from the headline: the last passes of `fields.authors`.

Owns what is read only when nothing by the headline names anyone: labelled lines anywhere on
the page ("Posted by" in a post footer), a standfirst that credits its writer in capitals, a
signature line at the foot of the text, author cards (a name heading over a bio, an "About the
author" label over a name) and a declared author shown alone in author markup. Each pass gives
nothing when the page names several different people that way (a team page, a list of
profiles): which of them wrote the article, the page does not say.
"""

from __future__ import annotations

import re
from itertools import islice

from articlekit.dom import Element, ancestors, class_id, tag_of, text_of
from articlekit.fields.byline import (
    ANYWHERE_LINE_MAX,
    AUTHOR_MARK_LEVELS,
    AUTHOR_MENTIONS_READ,
    BYLINE_TEXT,
    BYLINE_TEXT_NEAR,
    LABEL_PREFIX,
    NAME_LINE_MAX,
    NOT_TEXT_TAGS,
    TEXTS_WITH,
    WORDS,
    author_marked,
    flat_text,
    hidden_near,
    is_role_line,
    names_in_byline,
    one_of_a_list,
    teaser_or_hidden,
)
from articlekit.kind import declared_kind, is_article
from articlekit.metadata.people import looks_like_person, normalise_caps, split_byline
from articlekit.metadata.words import (
    ABOUT_AUTHOR_LABELS,
    AUTHOR_HEADING_LABELS,
    GENERIC_ACCOUNTS,
    ROLE_CORE,
)
from articlekit.page import Page
from articlekit.textnorm import fold

# Labelled lines read anywhere on a page without any other byline (chrome that holds other
# stories' or readers' bylines aside).
LABEL_HEAD_CHARS = 40  # characters of an element's own text where its label may stand
ANYWHERE_READ = 100_000  # elements read for them


def declared_in_author_markup(page: Page) -> tuple[list[str], list[Element]]:
    """A declared author value (person or not) that the page shows, alone, inside an author
    box or an author-marked element anywhere (teaser lists, comments and hidden parts aside):
    "<div class='post-author-info'><a>Acme Editors</a></div>" far from the headline."""
    for name in page.meta.declared_authors[:3]:
        for node in TEXTS_WITH(page.root, name=name)[:AUTHOR_MENTIONS_READ]:
            el = node.getparent()
            if el is not None and node.is_tail:
                el = el.getparent()
            if el is None or tag_of(el) in NOT_TEXT_TAGS:
                continue
            if fold(" ".join(text_of(el).split())) != fold(name):
                continue  # a mention in a sentence or a longer line
            if fold(name) in GENERIC_ACCOUNTS or one_of_a_list(el):
                continue  # a site account ("Webmaster"), or one of several people listed
            marked = any(author_marked(page, a) for a in [el, *ancestors(el, AUTHOR_MARK_LEVELS)])
            if marked and not teaser_or_hidden(page, el) and not hidden_near(el):
                return [name], [el]
    return [], []


# A standfirst under the headline that ends by crediting its writer in capitals, the way a
# byline is set ("…, says OLIVE RYAN.", "…, writes JANE DOE"): capitals tell the writer's
# credit from a quoted source's name, which is set like the rest of the sentence.
_STANDFIRST_CREDIT = re.compile(
    r"[,—–]\s*(?:says|writes|reports|explains|schreibt|sagt|écrit|dit|escribe|dice|scrive|"
    r"escreve|diz|schrijft|zegt|pisze|mówi|пишет|рассказывает)\s+"
    r"([A-ZÀ-ÖØ-ÞА-Я][A-ZÀ-ÖØ-ÞА-Я'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-Я][A-ZÀ-ÖØ-ÞА-Я'’.-]+){1,3})\s*\.?$"
)


STANDFIRST_MAX = 400  # characters of a standfirst read for such a credit


def standfirst_credit(page: Page) -> tuple[list[str], list[Element]]:
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


def signature_line(page: Page) -> tuple[list[str], list[Element]]:
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
        if name and not teaser_or_hidden(page, el) and is_article(page):
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
    return name if is_role_line(rest) else None


def labelled_anywhere(page: Page) -> tuple[list[str], list[Element]]:
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
        if not head or not LABEL_PREFIX.match(head):
            continue
        line = el if LABEL_PREFIX.sub("", head).strip(" .:") else el.getparent()
        if line is None or teaser_or_hidden(page, line):
            continue
        text = flat_text(line)
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


def author_card(page: Page) -> list[str]:
    """The people the page's author cards are about, on a page that declares itself an
    article (on one found to be an article, only a card labelled "Author"); teaser lists and
    comments aside. Cards about different people (a team page, a
    list of profiles) give nothing."""
    declared = declared_kind(page.root, page.meta)
    if declared == "other":
        return []
    found: dict[tuple[str, ...], list[str]] = {}
    # Those tags' elements in page order (found in C), the first CARD_HEADS_READ of them.
    for el in islice(page.root.iter(*CARD_NAME_TAGS), CARD_HEADS_READ):
        names = _card_names(el, labelled_only=declared is None)
        if names and not teaser_or_hidden(page, el):
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
        words = {w.casefold() for w in WORDS.findall(bio[len(text) :])[:CARD_BIO_WORDS]}
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
