"""Images: the article's own figures with caption and credit kept apart.

Figures are taken from the article's scope (the content root, the article element around the
headline, and the lead zone around the headline just before the content) and never from marked
chrome or teaser cards of other stories. Three passes, all within that scope:

1. image first: each image (or <figure>, or native <video> figure) with the caption inside its
   wrapper or right after it;
2. caption first: a caption left over (a <figcaption> outside any <figure>, a caption block
   after a product card) goes to the nearest uncaptioned image before it;
3. a credit line standing alone at the end of the article ("Image: Name/Agency") goes to the
   lead image when it shows no caption of its own.

A credit comes from a credit-marked element (class, data-* attribute, <cite>), or from the
caption text itself when it reads as one ("Jane Roe/Getty Images", "Photo: Name", "(AP)").
`Image.credit` is the credit line as the page shows it next to the caption ("Photo: Jane Roe",
"(Jane Roe/AP)"), so that caption and credit together read as displayed; `image_credits` lists
the credits without their label, parentheses or final period.
"""

from __future__ import annotations

from lxml import etree

from articlekit.dom import (
    Element,
    class_id,
    default_skip,
    is_hidden,
    tag_of,
    text_of,
)
from articlekit.fields.cues import (
    CAPTION_CLASSES,
    CREDIT_CLASSES,
    CREDIT_IN_PARENS,
    CREDIT_LABEL,
    FIGURE_CLASSES,
    NON_ARTICLE_IMAGE,
)
from articlekit.fields.figcues import (
    AGENCY,
    CAPTION_TAIL,
    CREDIT_ATTR,
    CREDIT_ATTRS,
    CREDIT_JOINERS,
    CREDIT_LABELLED,
    CREDIT_LABELLED_MAX_CHARS,
    CREDIT_LINE_MAX_CHARS,
    CREDIT_LINE_MAX_WORDS,
    CREDIT_NAME_JOIN,
    CREDIT_WORD_LABEL,
    EMPTY_CAPTION,
    EXTRA_CREDIT_CLASSES,
    EXTRA_CREDIT_LABEL,
    GALLERY_CLASSES,
    IMAGE_CREDIT_LINE,
    INITIAL_END,
    INNER_SENTENCE_END,
    LEAD_CLIMB,
    LEAD_MAX_ELEMENTS,
    NAME_PARTICLES,
    ORPHAN_CLIMB,
    ORPHAN_REACH,
    RUN_CLIMB,
    RUN_MIN_FIGURES,
    SENTENCE_WORDS,
    TEASER_CLASSES,
    TEASER_CLIMB,
)
from articlekit.model import Image
from articlekit.page import Page
from articlekit.textnorm import clean, fold

ADJACENT_LEVELS = 3  # a caption may follow the image, its wrapper, or the wrapper's parent
FIGURE_CLIMB = 4  # how far above an image its figure wrapper may be
FIGURE_MAX_TEXT = 1200  # a figure wrapper holds an image and its caption, not an article
CAPTION_MAX_TEXT = 600  # a caption block, not a section of text
# A figure holding more than this much text besides its caption (paragraphs, a table) is a
# section of the story laid out in a <figure>: its images are read one by one, its text stays.
FIGURE_STORY_TEXT = 400
MIN_IMAGE_SIDE = 100  # declared width/height below this: an icon, an avatar or a pixel
CLOSING_REACH = 400  # how many of the content's last elements may hold the lead image credit
_SRC_ATTRS = (
    "src",
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-url",
    "data-srcset",
    "srcset",
)
_IMAGE_TAGS = ("img", "amp-img")
_INVISIBLE = frozenset({"noscript", "script", "style", "template", "source", "link", "meta"})
_LINE_TAGS = frozenset({"p", "div", "h4", "h5", "h6", "em", "i", "small", "span"})
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")
# Candidate elements; "aption"/"igure" catch both "caption" and "Caption" cheaply, and the
# class cues then decide.
_XPATH_FIGURES = etree.XPath(
    ".//figure|.//img|.//amp-img|.//figcaption"
    "|.//*[contains(@class,'aption') or contains(@class,'igure')]"
)
_XPATH_CAPTION_CLASSED = etree.XPath(".//*[contains(@class,'aption')]")


class FigureFound:
    """One figure: the Image plus the elements it consumed (so the body skips them)."""

    def __init__(self, image: Image, credits: list[str], nodes: list[Element]) -> None:
        self.image, self.credits, self.nodes = image, credits, nodes


def find_figures(page: Page, sources: bool = True) -> list[FigureFound]:
    """The article's figures in page order. Without `sources`, for a caller that keeps only
    the nodes (a page that shows no images of its own), the images' `src` is left None: the
    same figures, without resolving their links."""
    return _Finder(page, sources).run()


class _Finder:
    """The three passes over one page's figure candidates."""

    def __init__(self, page: Page, sources: bool = True) -> None:
        self.page = page
        self.sources = sources
        self.seen: set[Element] = set()
        self.found: list[FigureFound] = []
        self.by_image: dict[Element, int] = {}
        # Each scope with its figure nodes, read once for the candidates and the captions.
        self.scoped = [(scope, _figure_nodes(scope, page)) for scope in _scopes(page)]
        self.linked = _LinkedCaptions(page, self.scoped)

    def run(self) -> list[FigureFound]:
        orphans: list[Element] = []
        for item in _candidates(self.page, self.scoped):
            if item in self.seen or self.page.excluded(item):
                continue
            if _is_caption(item):
                if tag_of(item) == "figcaption":  # a caption class alone is too weak a cue
                    orphans.append(item)
                continue
            if tag_of(item) == "figure" and next(item.iterdescendants("figure"), None) is not None:
                continue  # a gallery of figures: each inner figure is read on its own
            if _story_figure(self.page, item):
                for img in list(item.iter(*_IMAGE_TAGS)):
                    self._add(_frame(img, item), img, None)
                continue
            self._add(item, _media_of(item), None)
        for caption in orphans:
            if caption in self.seen:
                continue
            if _teaser(self.page, caption, None):
                if _credit_like(text_of(caption)):
                    self.page.consumed.add(caption)
            else:
                self._adopt(caption)
        self._end_credit()
        self.found.sort(key=lambda f: self.page.pos(f.nodes[0]))
        return self.found

    def _add(self, container: Element, media: Element | None, caption: Element | None) -> None:
        if media is None:
            return
        if not _article_media(media, container, caption is not None):
            # A placeholder image (no usable src yet) counts when a caption follows it.
            if caption is not None or _caption_element(self.page, container) is None:
                return
            if not _article_media(media, container, captioned=True):
                # Not an article image (its alt may say "logo" of a photo of a sign), yet a
                # card's photo credit is still another story's: out of the body.
                if _teaser(self.page, container, media):
                    self._drop_teaser(container, media)
                return
        if media in self.by_image:
            return
        if _teaser(self.page, container, media):
            self._drop_teaser(container, media)
            return
        found = _read_figure(self.page, container, media, caption, self.linked, self.sources)
        if found is None:
            return
        if _card_link(media, found.nodes):
            self._drop_teaser(container, media)
            return
        self.seen.update(found.nodes)
        self.seen.update(container.iter())
        self.by_image[media] = len(self.found)
        self.found.append(found)

    def _drop_teaser(self, container: Element, media: Element) -> None:
        """A teaser card's photo credit is another story's: out of the body too. (Its caption,
        the card's title, is left to the chrome rules: on a listing it is the content.)"""
        caption = _caption_element(self.page, container)
        if caption is not None:
            self.seen.add(caption)
            if _credit_like(text_of(caption)):
                self.page.consumed.add(caption)
        credits = _credit_elements(self.page, container, media)
        for credit in credits or _adjacent_credits(container, media):
            self.page.consumed.add(credit)
        self.seen.update(container.iter())

    def _adopt(self, caption: Element) -> None:
        """A caption outside any figure: the nearest uncaptioned article image before it."""
        img = _image_before(self.page, caption)
        if img is None:
            return
        at = self.by_image.get(img)
        if at is not None:
            old = self.found[at]
            if old.image.caption or old.image.credit:
                return
            found = _read_figure(self.page, old.nodes[0], img, caption, self.linked, self.sources)
            if found is not None and not _card_link(img, found.nodes):
                self.found[at] = found
                self.seen.update(found.nodes)
            return
        if not self.page.excluded(img) and not _teaser(self.page, img, img):
            self._add(img, img, caption)

    def _end_credit(self) -> None:
        """A lone credit line closing the article is the lead image's credit-only caption."""
        content = self.page.content
        lead_at = self._lead_index()
        if content is None or lead_at is None:
            return
        line = _closing_credit(self.page, content, self.seen)
        if line is None:
            return
        text = text_of(line)
        credit = clean_credit(text)
        if not credit:
            return
        lead = self.found[lead_at]
        image = Image(lead.image.src, lead.image.alt, caption=None, credit=text)
        self.found[lead_at] = FigureFound(image, [credit], [*lead.nodes, line])
        self.seen.add(line)

    def _lead_index(self) -> int | None:
        """The lead image: the figure nearest the headline (else the first), if uncaptioned."""
        if not self.found:
            return None
        at = 0
        if self.page.headline_el is not None:
            h = self.page.pos(self.page.headline_el)
            at = min(
                range(len(self.found)),
                key=lambda i: abs(self.page.pos(self.found[i].nodes[0]) - h),
            )
        image = self.found[at].image
        return None if image.caption or image.credit else at


def _candidates(page: Page, scoped: list[tuple[Element, list[Element]]]) -> list[Element]:
    """Figure wrappers, images and captions of the article's scope (each scope with its
    `_figure_nodes`), in page order."""
    items: list[Element] = []
    added: set[Element] = set()
    for scope, nodes in scoped:
        own = [scope] if _figure_part(scope) else []
        for el in own + nodes:
            if not _figure_part(el) and not FIGURE_CLASSES.search(class_id(el)):
                continue
            item = el if _is_caption(el) else _outer_figure(page, el)
            if item not in added:
                added.add(item)
                items.append(item)
    items.sort(key=page.pos)
    return items


_FIGURE_NODE_TAGS = frozenset({"figure", "img", "amp-img", "figcaption"})


def _figure_nodes(scope: Element, page: Page | None = None) -> list[Element]:
    """What `_XPATH_FIGURES` finds below scope, in a loop over the page's element list (its
    slice for scope's subtree: a list is quicker to walk than `iter`, and twice as quick as
    the XPath)."""
    start = page.position.get(scope) if page is not None else None
    below = (
        page.order[start + 1 : page.end_pos(scope) + 1]
        if page is not None and start is not None
        else list(scope.iter(etree.Element))[1:]  # not indexed: walk the tree itself
    )
    out = []
    for el in below:
        if el.tag in _FIGURE_NODE_TAGS:
            out.append(el)
            continue
        cls = el.get("class")
        if cls is not None and ("aption" in cls or "igure" in cls):
            out.append(el)
    return out


def _scopes(page: Page) -> list[Element]:
    """The content root; the article element around the headline (its hero figure often sits
    above the headline); and the figures and captions of the lead zone, from just above the
    headline (or the content root) down to the content root."""
    content = page.content if page.content is not None else page.body
    scopes = [content]
    if page.headline_el is not None:
        article = _article_of(page.headline_el)
        if article is not None and not page.inside(article, content):
            scopes.append(article)
    scopes.extend(_lead_zone(page, content))
    return scopes


def _lead_zone(page: Page, content: Element) -> list[Element]:
    anchors = [content] + ([page.headline_el] if page.headline_el is not None else [])
    starts = [page.pos(_climb(a, LEAD_CLIMB, page.body)) for a in anchors]
    end = page.pos(content)
    if page.headline_el is not None and page.pos(page.headline_el) > end:
        end = page.pos(page.headline_el)
    start = max(min(starts), end - LEAD_MAX_ELEMENTS)
    zone: list[Element] = []
    for el in page.order[max(start, 0) : max(end, 0)]:
        if not _figure_part(el) or page.inside(el, content):
            continue
        if not any(page.inside(el, z) for z in zone[-1:]):
            zone.append(el.getparent() if tag_of(el) in _IMAGE_TAGS else el)
    return [z for z in zone if z is not None]


_FIGURE_PART_TAGS = frozenset({"figure", "figcaption", *_IMAGE_TAGS})


def _figure_part(el: Element) -> bool:
    tag = tag_of(el)
    if tag in _FIGURE_PART_TAGS:
        return True
    return tag not in ("body", "html") and CAPTION_CLASSES.search(class_id(el))


def _climb(el: Element, levels: int, stop: Element) -> Element:
    for _ in range(levels):
        parent = el.getparent()
        if parent is None or parent is stop or tag_of(parent) in ("body", "html"):
            break
        el = parent
    return el


def _article_of(el: Element, limit: int = 30) -> Element | None:
    """The nearest <article> (or articleBody/Article-typed element) around el."""
    for ancestor in el.iterancestors():
        if tag_of(ancestor) == "article" or "Article" in (ancestor.get("itemtype") or ""):
            return ancestor
        limit -= 1
        if not limit:
            break
    return None


def _outer_figure(page: Page, el: Element) -> Element:
    """An image's enclosing figure (a <figure> or a figure-classed wrapper up to a few levels
    above, through media divs, and holding no more than a caption's worth of text), else the
    link or picture around it, else the image."""
    node, wrapper = el, el
    for _ in range(FIGURE_CLIMB):
        parent = node.getparent()
        if parent is None:
            break
        stat = page.stats.get(parent)
        if stat is not None and stat.raw > FIGURE_MAX_TEXT:
            break
        if tag_of(parent) == "figure" or FIGURE_CLASSES.search(class_id(parent)):
            return parent
        # lxml nests an <img> inside a <picture>'s unclosed <source>: see through both.
        if wrapper is node and tag_of(parent) in ("a", "picture", "source", "span", "noscript"):
            wrapper = parent
        node = parent
    return el if tag_of(wrapper) == "a" else wrapper


def _story_figure(page: Page, container: Element) -> bool:
    """A figure wrapper that holds story text besides its caption (a table, paragraphs)."""
    if tag_of(container) in _IMAGE_TAGS:
        return False
    stat = page.stats.get(container)
    if stat is None or stat.raw <= FIGURE_STORY_TEXT:
        return False
    caption = _caption_element(page, container)
    inside = caption is not None and page.inside(caption, container)
    caption_stat = page.stats.get(caption) if inside and caption is not None else None
    return stat.raw - (caption_stat.raw if caption_stat is not None else 0) > FIGURE_STORY_TEXT


def _frame(img: Element, stop: Element) -> Element:
    """An image's own frame inside a larger block: the link or picture around it, not `stop`."""
    node = img
    while True:
        parent = node.getparent()
        if parent is None or parent is stop:
            return node
        if tag_of(parent) not in ("a", "picture", "source", "span", "noscript"):
            return node
        node = parent


def _media_of(container: Element) -> Element | None:
    """The image of a figure, or the native <video> of a <figure> captioned with a
    <figcaption> (a video player widget without one is not an image)."""
    if tag_of(container) in _IMAGE_TAGS:
        return container
    for img in container.iter(*_IMAGE_TAGS):
        return img
    if tag_of(container) == "figure":
        video = next(container.iter("video"), None)
        if video is not None and next(container.iter("figcaption"), None) is not None:
            return video
    return None


def _teaser(page: Page, container: Element, media: Element | None) -> bool:
    """A card of another story: inside a teaser/promo/feed block, a <figure> wrapped in a link
    with the card's title, or one of a run of linked images (a card grid, a carousel)."""
    node: Element | None = container
    for _ in range(TEASER_CLIMB):
        if node is None or tag_of(node) in ("body", "html"):
            break
        if TEASER_CLASSES.search(class_id(node)) and _links_away(node):
            return True
        if node is not container and tag_of(node) == "a" and tag_of(container) == "figure":
            return True
        node = node.getparent()
    return media is not None and _in_linked_run(container, media)


def _card_link(media: Element, nodes: list[Element]) -> bool:
    """Image and caption inside one link to another page (or two links to the same page):
    a card, not a figure."""
    link = next(media.iterancestors("a"), None)
    if link is None or len(nodes) < 2 or not _page_link(link.get("href")):
        return False
    href = link.get("href")
    for node in nodes[1:]:
        around = next(node.iterancestors("a"), None)
        if around is not None and (around is link or around.get("href") == href):
            return True
    return False


def _links_away(block: Element) -> bool:
    """The block links to another page (a card does; a "teaser image" slot alone does not)."""
    return any(_page_link(a.get("href")) for a in block.iter("a"))


def _in_linked_run(container: Element, media: Element) -> bool:
    link = next((a for a in media.iterancestors("a")), None)
    if link is None or not _page_link(link.get("href")):
        return False
    top = container
    for _ in range(RUN_CLIMB):
        if GALLERY_CLASSES.search(class_id(top)):
            return False  # the article's own gallery, its images linked to their pages
        parent = top.getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            break
        top = parent
    linked = 0
    for a in top.iter("a"):
        if _page_link(a.get("href")) and next(a.iter(*_IMAGE_TAGS), None) is not None:
            linked += 1
            if linked >= RUN_MIN_FIGURES:
                return True
    return False


def _page_link(href: str | None) -> bool:
    """A link to another page (not to the picture itself or its attachment page, an anchor
    or a script)."""
    href = (href or "").strip().lower()
    if not href or href.startswith(("#", "javascript:", "data:")):
        return False
    if "attachment" in href:
        return False
    return not href.split("?")[0].endswith(_IMAGE_EXTENSIONS)


class _LinkedCaptions:
    """Caption elements placed away from their image, by the values that link them to it:
    their id (for the image's aria-describedby) and their data-* values. Built on first use
    (most figures carry their caption inside or right after them)."""

    def __init__(self, page: Page, scoped: list[tuple[Element, list[Element]]]) -> None:
        self.page = page
        self.scoped = scoped  # the scopes with their `_figure_nodes`
        self._map: dict[str, Element] | None = None

    def find(self, img: Element) -> Element | None:
        keys = (img.get("aria-describedby") or "").split()
        keys += [v for n, v in img.items() if n == "id" or n.startswith("data-")]
        wrap = img.getparent()  # an image widget often carries its id on a wrapper of its own
        if wrap is not None and len(wrap) == 1:
            keys += [v for n, v in wrap.items() if n == "id" or n.startswith("data-")]
        if not keys:
            return None
        if self._map is None:
            self._map = self._build()
        for key in keys:
            if key in self._map:
                return self._map[key]
        return None

    def _build(self) -> dict[str, Element]:
        # Every scope of the article, not just the content root: when the root is the body
        # text alone, a caption placed after it (still inside the article) belongs too.
        out: dict[str, Element] = {}
        # What `_XPATH_CAPTION_CLASSED` finds below each scope: its figure nodes whose class
        # holds "aption" (all such elements are figure nodes), in page order.
        for _, nodes in self.scoped:
            for el in nodes:
                if "aption" not in (el.get("class") or ""):
                    continue
                if not CAPTION_CLASSES.search(class_id(el)):
                    continue
                for name, value in el.items():
                    if (name == "id" or name.startswith("data-")) and len(value) >= 4:
                        out.setdefault(value, el)
        return out


def _read_figure(
    page: Page,
    container: Element,
    media: Element,
    caption_el: Element | None,
    linked: _LinkedCaptions,
    sources: bool = True,
) -> FigureFound | None:
    if caption_el is None:
        caption_el = _caption_element(page, container)
    if caption_el is None:
        caption_el = linked.find(media)
    if caption_el is not None and page.excluded(caption_el):
        caption_el = None
    credit_els = _credit_elements(page, container, media) or _adjacent_credits(container, media)
    if caption_el is not None and not page.inside(caption_el, container):
        credit_els += [c for c in _credit_elements(page, caption_el, media) if c not in credit_els]
    caption, shown = _caption_and_credits(page, caption_el, credit_els)
    credits = _unique([c for c in (clean_credit(s) for s in shown) if c])
    image = Image(
        src=page.absolute(_media_src(media)) if sources else None,
        alt=clean(media.get("alt")) if media.get("alt") is not None else None,
        caption=caption or None,
        credit="; ".join(_unique(shown)) or None,
    )
    nodes = [container] + ([caption_el] if caption_el is not None else []) + credit_els
    return FigureFound(image, credits, nodes)


def _caption_and_credits(
    page: Page, caption_el: Element | None, credit_els: list[Element]
) -> tuple[str, list[str]]:
    """(caption text without its credits, the credit lines as shown)."""
    shown = _unique([t for t in (text_of(c) for c in credit_els) if t])
    if len(shown) == 1:  # a credit element holding the caption too ("Nets. | Photo by X")
        head, tails = split_caption_credit(shown[0])
        own = _caption_text(page, caption_el, credit_els) if caption_el is not None else ""
        if head and tails and not own:
            return head, tails
    if caption_el is None:
        return "", shown
    caption = _caption_text(page, caption_el, credit_els)
    if EMPTY_CAPTION.match(caption):
        return "", shown
    if not shown:
        tail = _credit_child(caption_el)
        if tail is not None:  # caption and credit spans with no space between them
            credit_els.append(tail)
            return _caption_text(page, caption_el, credit_els), [text_of(tail)]
        caption, inline = split_caption_credit(caption)
        return caption, inline
    if fold(caption) in {fold(s) for s in shown}:  # an overlay credit repeating the caption
        return "", shown
    return caption, shown


def _credit_child(caption_el: Element) -> Element | None:
    """The caption's last inline element (a level or two down) when it is a credit line that
    follows caption text ("<span>Caption.</span><span>courtesy of X.</span>")."""
    node = caption_el
    for _ in range(2):
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) == 1 and not (node.text or "").strip():
            node = children[0]
            continue
        if len(children) < 2 or (children[-1].tail or "").strip():
            return None
        last = children[-1]
        text = text_of(last)
        if text and CREDIT_LABELLED.match(text) and _credit_like(text):
            return last
        return None
    return None


def _article_media(media: Element, container: Element, captioned: bool = False) -> bool:
    """An image of the article: not an icon, avatar or logo. A <figure>'s image, or one with a
    caption, counts even without a usable source (the page fills it in with a script)."""
    if tag_of(media) == "video":
        return True
    if not _media_src(media) and tag_of(container) != "figure" and not captioned:
        return False
    if NON_ARTICLE_IMAGE.search(class_id(media) + " " + (media.get("alt") or "").lower()):
        return False
    for attr in ("width", "height"):
        value = (media.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < MIN_IMAGE_SIDE:
            return False
    return True


def _media_src(media: Element) -> str | None:
    """The image's real source: lazy-loading attributes win over a data: placeholder; a
    video's poster, else its first source."""
    if tag_of(media) == "video":
        source = next(media.iter("source"), None)
        first = source.get("src") if source is not None else None
        return media.get("poster") or media.get("src") or first
    for attr in _SRC_ATTRS:
        value = (media.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0] if "srcset" in attr else value
    return None


def _image_before(page: Page, caption: Element) -> Element | None:
    """The nearest article image before the caption, within a few levels above it."""
    at = page.pos(caption)
    node = caption
    for _ in range(ORPHAN_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            return None
        node = parent
        start = max(page.pos(node), at - ORPHAN_REACH)
        for i in range(at - 1, start, -1):
            el = page.order[i]
            if tag_of(el) not in _IMAGE_TAGS or not page.inside(el, node):
                continue
            if _article_media(el, el, captioned=True):
                return el
    return None


def _caption_element(page: Page, container: Element) -> Element | None:
    """The figure's caption: its <figcaption>, else its first caption-classed element (neither
    hidden nor chrome such as a "Show caption" button), else a caption right after it."""
    classed: Element | None = None
    for el in container.iter():
        if el is container or not isinstance(el.tag, str):
            continue
        if tag_of(el) == "figcaption" and not page.excluded(el):
            return el
        if classed is None and _is_caption(el) and not page.excluded(el):
            classed = el
    return classed if classed is not None else _adjacent_caption(page, container)


def _adjacent_caption(page: Page, container: Element) -> Element | None:
    """A caption placed right after the image's wrapper (or after the wrapper's parent, up to
    two levels), holding no image of its own; or a block right after it whose first element
    is such a caption."""
    node: Element | None = container
    for _ in range(ADJACENT_LEVELS):
        if node is None:
            return None
        follower = _next_visible(node)
        if follower is not None:
            return follower if _is_caption(follower) or _caption_block(page, follower) else None
        node = node.getparent()
    return None


def _next_visible(el: Element) -> Element | None:
    follower = el.getnext()
    while follower is not None and (
        not isinstance(follower.tag, str) or tag_of(follower) in _INVISIBLE
    ):
        follower = follower.getnext()
    return follower


def _caption_block(page: Page, el: Element) -> bool:
    """A short block without an image that opens with a caption (<p><span class=caption>…
    </span></p>, a credit figcaption followed by the caption text)."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or not _is_caption(first) or tag_of(el) == "a":
        return False
    if next(el.iter(*_IMAGE_TAGS), None) is not None:
        return False
    stat = page.stats.get(el)
    return stat is None or stat.raw <= CAPTION_MAX_TEXT


def _is_caption(el: Element) -> bool:
    if tag_of(el) != "figcaption" and not CAPTION_CLASSES.search(class_id(el)):
        return False
    if tag_of(el) in ("body", "html", *_IMAGE_TAGS):
        return False
    return next(el.iter(*_IMAGE_TAGS), None) is None


def _credit_cue(el: Element) -> bool:
    if tag_of(el) == "cite":
        return True
    cid = class_id(el)
    if cid and (CREDIT_CLASSES.search(cid) or EXTRA_CREDIT_CLASSES.search(cid)):
        return True
    return any(CREDIT_ATTR.search(el.get(a) or "") for a in CREDIT_ATTRS if a in el.attrib)


def _credit_elements(page: Page, container: Element, media: Element) -> list[Element]:
    out: list[Element] = []
    for el in container.iter():
        if el is container or el is media or not isinstance(el.tag, str):
            continue
        if not _credit_cue(el) or any(a in out for a in el.iterancestors()):
            continue
        # Markup that hides the credit counts, class-based chrome marks do not: responsive
        # utility classes ("l:before:hidden") hide a decoration, not the credit.
        if text_of(el) and not _hidden_below(el, container):
            out.append(el)
    return out


def _hidden_below(el: Element, container: Element) -> bool:
    """The markup hides el or one of its ancestors below the container."""
    node: Element | None = el
    while node is not None and node is not container:
        if is_hidden(node):
            return True
        node = node.getparent()
    return False


def _adjacent_credits(container: Element, img: Element) -> list[Element]:
    """A credit line placed right after the image (or after the link wrapping it)."""
    anchor = container
    if anchor is img and img.getparent() is not None and tag_of(img.getparent()) == "a":
        anchor = img.getparent()
    follower = _next_visible(anchor)
    if follower is not None and _credit_cue(follower) and text_of(follower):
        return [follower]
    return []


def _caption_text(page: Page, caption_el: Element, credit_els: list[Element]) -> str:
    """The caption's text without its credit elements and without chrome inside it (a "Hide
    caption" button)."""
    credits = set(credit_els)
    marks = page.marks
    return text_of(caption_el, skip=lambda e: e in credits or e in marks or default_skip(e))


def _closing_credit(page: Page, content: Element, seen: set[Element]) -> Element | None:
    """A block of its own near the end of the content root whose whole text is an image
    credit line ("Image: Name/Agency", "Featured photo: Name")."""
    first, last = page.pos(content), page.end_pos(content)
    for i in range(last, max(first, last - CLOSING_REACH), -1):
        el = page.order[i]
        own = el.text
        if not own or not IMAGE_CREDIT_LINE.match(own.lstrip()):
            continue
        if tag_of(el) not in _LINE_TAGS or el in seen or el in page.consumed:
            continue
        text = text_of(el)
        if len(text) > CREDIT_LINE_MAX_CHARS or not IMAGE_CREDIT_LINE.match(text):
            continue
        if _credit_like(text) and not page.excluded(el):
            return el
    return None


def _credit_like(text: str) -> bool:
    """A line that reads as a credit: labelled ("Photo: X"), or short and naming an agency or
    joining sources ("Jane Roe/Getty Images", "X | Getty Images", "X for The Courier")."""
    text = text.strip()
    if CREDIT_WORD_LABEL.match(text) and len(text) <= CREDIT_LABELLED_MAX_CHARS:
        return True
    if not text or len(text) > CREDIT_LINE_MAX_CHARS:
        return False
    if len(text.split()) > CREDIT_LINE_MAX_WORDS:
        return False
    if CREDIT_LABELLED.match(text):
        return True
    if len(SENTENCE_WORDS.findall(text)) >= 2 or INNER_SENTENCE_END.search(text):
        return False
    return bool(AGENCY.search(text) or CREDIT_JOINERS.search(text) or CREDIT_NAME_JOIN.match(text))


def split_caption_credit(caption: str) -> tuple[str, list[str]]:
    """(caption without a credit written into it, the credit lines as shown).

    A credit may close the caption after its last sentence ("… at dawn. Photo: Jane Roe",
    "… kitchen / Kent Dayton"), or in parentheses ("… at dawn. (Jane Roe/AP)"); or the whole
    line may be a credit ("Jane Roe/Getty Images"). Where credits in parentheses stand inside
    the sentence, they are taken while the caption stays whole, as the page shows it."""
    caption = clean(caption)
    parens = list(CREDIT_IN_PARENS.finditer(caption))
    if parens:
        last = parens[-1]
        if len(parens) == 1 and caption[last.end() :].strip(" .") == "":
            return caption[: last.start()].rstrip(), [m.group(0) for m in parens]
        return caption, [m.group(1) for m in parens]
    for match in CAPTION_TAIL.finditer(caption):
        head, tail = caption[: match.start()], caption[match.end() :]
        if not _sentence_head(head, strong=match.group(0).strip() in ("|", "—", "–")):
            continue
        sep = match.group(0).strip()
        if sep and _name_like(head) and _credit_like(caption):
            break  # "Name | Agency", "Name / Agency": one credit line
        if _credit_like(tail) or (sep in ("/", "|", "—", "–") and _name_like(tail)):
            return head.rstrip(" |/—–"), [tail]
    if _credit_like(caption):
        return "", [caption]
    return caption, []


def _sentence_head(head: str, strong: bool = False) -> bool:
    """Caption text before a credit: a sentence (not a name ending in an initial, "P."), or at
    least a phrase longer than a name; after a bar or a dash, any phrase of two words."""
    head = head.rstrip(" |/—–")
    if not head or INITIAL_END.search(head):
        return False
    if strong and len(head.split()) >= 2:
        return True
    return head[-1] in '.!?…”’")' or len(head.split()) >= 5


def _name_like(text: str) -> bool:
    """One to five capitalised words (name particles such as "and", "de", "van" aside): a
    person's, a studio's or an agency's name."""
    words = text.strip().rstrip(".").split()
    if not 1 <= len(words) <= 5 or SENTENCE_WORDS.search(text):
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def clean_credit(text: str) -> str:
    """A credit without its label, enclosing parentheses or final period."""
    text = clean(text)
    for _ in range(4):
        before = text
        text = text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1].strip()
        text = CREDIT_LABEL.sub("", text, count=1).strip()
        text = EXTRA_CREDIT_LABEL.sub("", text, count=1).strip()
        text = text.rstrip(".").lstrip("|/—–-·• ").strip()
        if text == before:
            break
    return text


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = fold(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
