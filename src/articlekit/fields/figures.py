"""Images: the article's own figures with caption and credit kept apart.

Figures are taken from the article's scope (the content root, plus the lead zone between the
headline and the content) and never from marked chrome (teasers, promos, author boxes).
A credit comes from a credit-classed element or <cite>, or from the caption text itself:
"(Name/Agency)", "Photo: Name", "© Name".
"""

from __future__ import annotations

from lxml import etree

from articlekit.dom import Element, class_id, default_skip, tag_of, text_of
from articlekit.fields.cues import (
    CAPTION_CLASSES,
    CREDIT_CLASSES,
    CREDIT_IN_PARENS,
    CREDIT_LABEL,
    CREDIT_TRAILING,
    FIGURE_CLASSES,
    NON_ARTICLE_IMAGE,
)
from articlekit.model import Image
from articlekit.page import Page
from articlekit.textnorm import clean, fold

ADJACENT_LEVELS = 3  # a caption may follow the image, its wrapper, or the wrapper's parent
FIGURE_CLIMB = 4  # how far above an image its figure wrapper may be
FIGURE_MAX_TEXT = 1200  # a figure wrapper holds an image and its caption, not an article
MIN_IMAGE_SIDE = 100  # declared width/height below this: an icon, an avatar or a pixel
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
_XPATH_FIGURES = etree.XPath(
    ".//figure|.//img|.//amp-img|.//*[contains(@class,'caption') or contains(@class,'figure')]"
)


class FigureFound:
    """One figure: the Image plus the elements it consumed (so the body skips them)."""

    def __init__(self, image: Image, credits: list[str], nodes: list[Element]) -> None:
        self.image, self.credits, self.nodes = image, credits, nodes


def find_figures(page: Page) -> list[FigureFound]:
    """The article's figures in page order."""
    seen: set[Element] = set()
    out: list[FigureFound] = []
    linked = _linked_captions(page)
    for container in _figure_containers(page):
        if container in seen or page.excluded(container):
            continue
        found = _read_figure(page, container, linked)
        if found is None:
            continue
        seen.update(found.nodes)
        seen.update(container.iter())
        out.append(found)
    return out


def _figure_containers(page: Page) -> list[Element]:
    scopes = _scopes(page)
    items: list[Element] = []
    for scope in scopes:
        for el in _XPATH_FIGURES(scope):
            items.append(_outer_figure(page, el))
    items.sort(key=page.pos)
    return items


def _scopes(page: Page) -> list[Element]:
    """The content root; the article element around the headline (its hero figure often sits
    above the headline); and the images of the lead zone between headline and content."""
    content = page.content if page.content is not None else page.body
    scopes = [content]
    if page.headline_el is None:
        return scopes
    article = _article_of(page.headline_el)
    if article is not None and not page.inside(article, content):
        scopes.append(article)
    if page.pos(page.headline_el) < page.pos(content):
        start, end = page.pos(page.headline_el), page.pos(content)
        for el in page.order[start + 1 : end]:
            if tag_of(el) in ("figure", *_IMAGE_TAGS) and not page.inside(content, el):
                scopes.append(el.getparent() if tag_of(el) in _IMAGE_TAGS else el)
    return scopes


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
        if wrapper is node and tag_of(parent) in ("a", "picture", "span", "noscript"):
            wrapper = parent
        node = parent
    return el if tag_of(wrapper) == "a" else wrapper


def _linked_captions(page: Page) -> dict[str, Element]:
    """Caption elements placed away from their image, by the values that link them to it:
    their id (for the image's aria-describedby) and their data-* values."""
    out: dict[str, Element] = {}
    for el in page.order:
        if not CAPTION_CLASSES.search(class_id(el)) or page.excluded(el):
            continue
        for name, value in el.items():
            if (name == "id" or name.startswith("data-")) and len(value) >= 4:
                out.setdefault(value, el)
    return out


def _linked_caption(img: Element, linked: dict[str, Element]) -> Element | None:
    keys = (img.get("aria-describedby") or "").split()
    keys += [v for n, v in img.items() if n == "id" or n.startswith("data-")]
    for key in keys:
        if key in linked:
            return linked[key]
    return None


def _read_figure(page: Page, container: Element, linked: dict[str, Element]) -> FigureFound | None:
    img = container if tag_of(container) in _IMAGE_TAGS else _first_img(container)
    if img is None or not _article_image(img, container):
        return None
    caption_el = _caption_element(container)
    if caption_el is None:
        caption_el = _linked_caption(img, linked)
    credit_els = _credit_elements(container, img) or _adjacent_credits(container, img)
    if caption_el is not None and not page.inside(caption_el, container):
        credit_els += _credit_elements(caption_el, img)
    credit_texts = [clean_credit(text_of(c)) for c in credit_els]
    caption = _caption_text(page, caption_el, credit_els) if caption_el is not None else ""
    if not caption and len(credit_texts) == 1:
        caption, credit_texts = _caption_in_credit(text_of(credit_els[0]), credit_texts)
    caption, inline = split_inline_credits(caption)
    credits = _unique([c for c in credit_texts + inline if c])
    image = Image(
        src=page.absolute(_image_src(img)),
        alt=clean(img.get("alt")) if img.get("alt") is not None else None,
        caption=caption or None,
        credit="; ".join(credits) or None,
    )
    nodes = [container] + ([caption_el] if caption_el is not None else []) + credit_els
    return FigureFound(image, credits, nodes)


def _first_img(container: Element) -> Element | None:
    for img in container.iter(*_IMAGE_TAGS):
        return img
    return None


def _article_image(img: Element, container: Element) -> bool:
    """An image of the article: not an icon, avatar or logo. A captioned <figure> counts even
    when its image has no usable source (the page fills it in with a script)."""
    if not _image_src(img) and tag_of(container) != "figure":
        return False
    if NON_ARTICLE_IMAGE.search(class_id(img) + " " + (img.get("alt") or "").lower()):
        return False
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < MIN_IMAGE_SIDE:
            return False
    return True


def _image_src(img: Element) -> str | None:
    """The image's real source: lazy-loading attributes win over a data: placeholder."""
    for attr in _SRC_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0] if "srcset" in attr else value
    return None


def _caption_element(container: Element) -> Element | None:
    for el in container.iter():
        if tag_of(el) == "figcaption" or CAPTION_CLASSES.search(class_id(el)):
            return el
    return _adjacent_caption(container)


def _adjacent_caption(container: Element) -> Element | None:
    """A caption placed right after the image's wrapper (or after the wrapper's parent, up to
    two levels), holding no image of its own."""
    node: Element | None = container
    for _ in range(ADJACENT_LEVELS):
        if node is None:
            return None
        follower = node.getnext()
        while follower is not None and not isinstance(follower.tag, str):
            follower = follower.getnext()
        if follower is not None and _is_caption(follower):
            return follower
        if follower is not None:
            return None
        node = node.getparent()
    return None


def _is_caption(el: Element) -> bool:
    if tag_of(el) != "figcaption" and not CAPTION_CLASSES.search(class_id(el)):
        return False
    return next(el.iter(*_IMAGE_TAGS), None) is None


def _credit_elements(container: Element, img: Element) -> list[Element]:
    out: list[Element] = []
    for el in container.iter():
        if el is container or el is img or not isinstance(el.tag, str):
            continue
        credit_cue = tag_of(el) == "cite" or CREDIT_CLASSES.search(class_id(el))
        if credit_cue and not any(a in out for a in el.iterancestors()) and text_of(el):
            out.append(el)
    return out


def _adjacent_credits(container: Element, img: Element) -> list[Element]:
    """A credit line placed right after the image (or after the link wrapping it)."""
    anchor = container
    if anchor is img and img.getparent() is not None and tag_of(img.getparent()) == "a":
        anchor = img.getparent()
    follower = anchor.getnext()
    if follower is not None and CREDIT_CLASSES.search(class_id(follower)) and text_of(follower):
        return [follower]
    return []


def _caption_in_credit(text: str, credit_texts: list[str]) -> tuple[str, list[str]]:
    """A credit element that holds the caption as well ("Guests pick pastries. | Photo by
    Jane Doe"): (caption, [credit]); else ("", the credits as they were)."""
    caption, credits = split_inline_credits(text)
    if caption and credits and len(caption) > 20:
        return caption, credits
    return "", credit_texts


def _caption_text(page: Page, caption_el: Element, credit_els: list[Element]) -> str:
    """The caption's text without its credit elements and without chrome inside it (a "Hide
    caption" button)."""
    credits = set(credit_els)
    marks = page.marks
    return text_of(caption_el, skip=lambda e: e in credits or e in marks or default_skip(e))


def clean_credit(text: str) -> str:
    """A credit without its label, enclosing parentheses or final period."""
    text = clean(text)
    for _ in range(4):
        before = text
        text = text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1].strip()
        text = CREDIT_LABEL.sub("", text, count=1).strip()
        text = text.rstrip(".").strip()
        if text == before:
            break
    return text


def split_inline_credits(caption: str) -> tuple[str, list[str]]:
    """(caption without a trailing credit, credits written inside the caption text).

    A lone trailing "(credit)" is cut from the caption; where credits stand inside the
    sentence, the caption is kept whole, as the page shows it."""
    credits: list[str] = []
    for match in CREDIT_IN_PARENS.finditer(caption):
        credits.append(clean_credit(match.group(1)))
    trailing = CREDIT_TRAILING.search(caption)
    if trailing and not credits:
        credits.append(clean_credit(trailing.group(1)))
        caption = caption[: trailing.start(1)].rstrip(" .;|—–-") + (
            "." if caption[: trailing.start(1)].rstrip().endswith(".") else ""
        )
    elif len(credits) == 1 and caption.rstrip().endswith(")"):
        last = list(CREDIT_IN_PARENS.finditer(caption))[-1]
        if caption[last.end() :].strip() == "":
            caption = caption[: last.start()].rstrip()
    return clean(caption), [c for c in credits if c]


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = fold(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
