"""extract(): normalise the input, build Options, run the stages, return the Article.

bytes -> parsed tree (ingest) -> metadata -> headline (so chrome spares it) -> chrome marks ->
content root -> fields -> blocks -> frozen Article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from articlekit import ingest, second_opinion
from articlekit.blocks import build_blocks, links_only
from articlekit.chrome import Marks, mark_chrome, share_tiers
from articlekit.content import (
    BEFORE_HEADLINE_RULE,
    LINK_PAGE_MASS,
    LINK_ROW_RULE,
    STRAY_LINES_RULE,
    TRAILING_HEADING_RULE,
    TRAILING_LINK_LIST_RULE,
    before_headline,
    drop_repeats,
    drop_stray_lines,
    drop_trailing_heading,
    drop_trailing_link_list,
    link_rows,
    select_root,
)
from articlekit.dom import Element, excluding, memoised
from articlekit.fields import Fields, read_fields
from articlekit.fields.headline import find_headline
from articlekit.gcpause import gc_paused
from articlekit.ingest.budget import Deadline
from articlekit.kind import (
    declared_kind,
    declares_one_product,
    declares_product,
    in_footer,
    is_article,
    is_discussion,
)
from articlekit.measure import Stat, measure, remeasure
from articlekit.metadata import read_metadata
from articlekit.model import Article, Block, Removal
from articlekit.options import Favor, Options
from articlekit.page import Page
from articlekit.product import narrow, product_chrome
from articlekit.render.text import body_from_blocks
from articlekit.rules.registry import ChromeRule, RuleSet, resolve_rules
from articlekit.textnorm import clean

# If chrome removal leaves less than this share of the page's prose (and the page has at least
# RESCUE_MIN_MASS of it), the rule that removed the most is retried off, if it is one of these.
# A page made of nothing but teaser modules ("Latest news" blocks on a news page, a category
# page) shows them as its content: related-stories taking nearly all of it is wrong there.
RESCUE_SHARE = 0.2
RESCUE_MIN_MASS = 400.0
RESCUABLE_RULES = frozenset({"hidden", "sidebar", "controls", "noscript", "related-stories"})
# A tag written out as text: what a page saved after its scripts ran leaves in <noscript>
# (tracking pixels, "enable JavaScript" boxes as escaped markup). That text is not prose.
_MARKUP_TEXT = re.compile(r"<\s*/?[a-zA-Z][^<>]{0,4000}>")
MARKUP_SHARE = 0.5
# On a page that declares no kind, comment blocks holding nearly all of its prose are a thread's
# posts (a forum or link aggregator without schema.org markup), not a comment section.
UNDECLARED_RESCUABLE = RESCUABLE_RULES | {"comments"}
# A consent manager's preference center can outweigh a short page many times over: its prose
# never counts as the page's when judging how much of the page a rule took.
UNCOUNTED_RULES = frozenset({"cookie-banner"})


def extract(
    source: Any,
    url: str | None = None,
    *,
    favor: Favor = "balanced",
    include_comments: bool = False,
    rules: RuleSet | Iterable[ChromeRule | str] | None = None,
    encoding: str | None = None,
    options: Options | None = None,
) -> Article:
    """Extract the article from one page.

    `source` is HTML as str, bytes, a pathlib.Path, a binary file object, a BeautifulSoup
    object or an lxml element. `url` resolves relative links and fills `Article.url` when the
    page declares no canonical URL. `encoding` is a hint for bytes without a BOM.
    Raises ExtractionError (or a subclass) when the input is not an HTML document at all.
    """
    opts = options or Options(favor=favor, include_comments=include_comments)
    ruleset = _ruleset(rules if rules is not None else opts.rules, opts.include_comments)
    with gc_paused(), Deadline(opts.time_budget) as deadline:
        root = ingest.load(source, encoding=encoding, options=opts)
        deadline.check("parsing")
        with memoised():  # the tree is final from here on
            return _run(root, url, opts, ruleset, deadline)


def _ruleset(rules: Any, include_comments: bool) -> RuleSet:
    ruleset = resolve_rules(rules)
    if include_comments and "comments" in ruleset.names():
        ruleset = _without(ruleset, "comments")
    return ruleset


@lru_cache(maxsize=64)
def _without(ruleset: RuleSet, name: str) -> RuleSet:
    """`ruleset.without(name)`, compiled once for repeated calls."""
    variant = ruleset.without(name)
    share_tiers(variant, ruleset)
    return variant


def _run(
    root: Element, url: str | None, opts: Options, ruleset: RuleSet, deadline: Deadline
) -> Article:
    meta = read_metadata(root, url)
    page = Page(root=root, body=_body_of(root), meta=meta, options=opts)
    page.base_url = url or meta.canonical_url
    page.index()
    headline, page.headline_el = find_headline(root, meta, page.base_url)
    if "comments" in ruleset.names() and is_discussion(root, meta):
        ruleset = _without(ruleset, "comments")  # a thread's replies are its content
    deadline.check("reading metadata")
    _choose_content(page, ruleset, deadline)
    article = is_article(page)
    fields = read_fields(page, headline, article)
    deadline.check("reading fields")
    return _assemble(page, fields, article, url, ruleset)


def _choose_content(page: Page, ruleset: RuleSet, deadline: Deadline) -> None:
    """Mark the chrome (`page.marks`, `page.stats`), then choose the content root."""
    root, body, meta, opts = page.root, page.body, page.meta, page.options
    declared = declared_kind(root, meta)
    product = declared != "article" and declares_one_product(root, meta)
    spare = _spared(page.headline_el)
    rescuable = RESCUABLE_RULES if declared else UNDECLARED_RESCUABLE
    marking = _without(ruleset, "hidden") if product and "hidden" in ruleset.names() else ruleset
    page.marks, page.stats = _remove_chrome(body, marking, spare, declared == "article", rescuable)
    if product:  # a product's tabs and drawers are its content, its modals are not
        page.stats = product_chrome(body, page.marks, page.stats, ruleset, spare)
    deadline.check("removing chrome")
    one_item = declared == "article" or declares_product(root, meta)
    anchor = page.headline_el if declared == "article" else None
    page.content = select_root(body, page.stats, opts.favor, one_item, anchor)
    if opts.second_opinion:
        page.content = second_opinion.review(page)
        deadline.check("asking readability-lxml for a second opinion")
    if product and opts.favor != "recall":
        page.content = narrow(page.content, page.marks, page.stats, ruleset, page.headline_el)


def _assemble(
    page: Page, fields: Fields, article: bool, url: str | None, ruleset: RuleSet
) -> Article:
    """The blocks of the content root and the frozen Article."""
    stats, meta = page.stats, page.meta
    link_page = stats[page.content].mass < LINK_PAGE_MASS if page.content in stats else True
    keep_links = link_page or not article
    blocks = (
        []  # only the footer was left: the page has no content of its own
        if in_footer(page.content, page.stats)
        else _body_blocks(page, fields, keep_links, ruleset.names())
    )
    return Article(
        headline=fields.headline,
        dek=fields.dek,
        authors=tuple(fields.authors),
        published=fields.published,
        modified=fields.modified,
        section=fields.section,
        site_name=meta.site_name,
        language=meta.language,
        url=meta.canonical_url or url,
        tags=tuple(meta.tags or _visible_tags(page)),
        update_notes=tuple(fields.notes),
        images=tuple(fields.figures.values()),
        image_credits=tuple(fields.image_credits),
        blocks=tuple(blocks),
        body=body_from_blocks(blocks),
        removed=tuple(page.marks.removed),
    )


def _body_blocks(page: Page, fields: Fields, keep_links: bool, rules: list[str]) -> list[Block]:
    """The content root's blocks, less repeated runs and, where those rules are on, the chrome
    left at the body's end."""
    lists: dict[int, Element] = {}
    skip = _block_skip(page)
    if BEFORE_HEADLINE_RULE in rules:
        for el in before_headline(page.content, page.headline_el, page.stats, skip):
            page.marks.add(el, BEFORE_HEADLINE_RULE)
    if LINK_ROW_RULE in rules:
        for row in link_rows(page.content, skip):
            page.marks.add(row, LINK_ROW_RULE)
    blocks = drop_repeats(build_blocks(page.content, skip, fields.figures, keep_links, lists))
    removed = page.marks.removed
    if STRAY_LINES_RULE in rules:
        blocks, stray = drop_stray_lines(blocks)
        removed.extend(Removal(STRAY_LINES_RULE, b.text) for b in stray)
    if TRAILING_LINK_LIST_RULE in rules:
        blocks, trailing = drop_trailing_link_list(blocks, lambda b: _links_only(lists, b))
        removed.extend(Removal(TRAILING_LINK_LIST_RULE, b.text) for b in trailing[:1])
    if TRAILING_HEADING_RULE in rules:
        blocks, heading = drop_trailing_heading(blocks)
        if heading is not None:
            removed.append(Removal(TRAILING_HEADING_RULE, heading.text))
    return blocks


def _links_only(lists: dict[int, Element], block: Block) -> bool:
    el = lists.get(id(block))
    return el is not None and links_only(el, block)


def _remove_chrome(
    body: Element,
    ruleset: RuleSet,
    spare: set[Element],
    article: bool,
    rescuable: frozenset[str] = RESCUABLE_RULES,
) -> tuple[Marks, dict[Element, Stat]]:
    """Mark chrome and measure what is left. When one structural rule took nearly all of the
    page's prose between its many small removals (a page that hides its sections until a
    script reveals them, a page builder that calls every column a sidebar), that rule is
    wrong for this page: mark again without it."""
    before = measure(body)
    marks = mark_chrome(body, ruleset, before, spare, article)
    total = before[body].mass if body in before else 0.0
    removed = _removed_mass(marks, before)
    total -= sum(removed.pop(rule, 0.0) for rule in UNCOUNTED_RULES)
    culprit = max(removed, key=removed.__getitem__) if removed else None
    if culprit == "noscript":
        total -= _markup_mass(marks, before)
    # remeasure leaves `before` as it is: what `measure(body)` would give again for the retry.
    after = remeasure(before, marks.rule_of)
    if total < RESCUE_MIN_MASS or body not in after or after[body].mass >= RESCUE_SHARE * total:
        return marks, after
    if culprit not in rescuable or culprit not in ruleset.names():
        return marks, after
    marks = mark_chrome(body, _without(ruleset, culprit), before, spare, article)
    return marks, remeasure(before, marks.rule_of)


def _removed_mass(marks: Marks, stats: dict[Element, Stat]) -> dict[str, float]:
    """The prose mass each rule removed."""
    removed: dict[str, float] = {}
    for el, rule in marks.rule_of.items():
        stat = stats.get(el)
        if stat is not None:
            removed[rule] = removed.get(rule, 0.0) + stat.mass
    return removed


def _markup_mass(marks: Marks, stats: dict[Element, Stat]) -> float:
    """Prose mass of the <noscript> blocks whose text is mostly tags written out as text."""
    mass = 0.0
    for el, rule in marks.rule_of.items():
        stat = stats.get(el)
        if rule != "noscript" or stat is None:
            continue
        text = el.text_content()
        tags = sum(len(m) for m in _MARKUP_TEXT.findall(text))
        if text and tags >= MARKUP_SHARE * len(text.strip()):
            mass += stat.mass
    return mass


def _visible_tags(page: Page) -> list[str]:
    """Tag links the page shows (in blocks the tag-list rule removed), when no tags are
    declared."""
    tags: list[str] = []
    for el, rule in page.marks.rule_of.items():
        if rule != "tag-list":
            continue
        for link in el.iter("a"):
            text = clean(link.text_content())
            if text and len(text) <= 60 and text not in tags:
                tags.append(text)
    return tags


def _body_of(root: Element) -> Element:
    for child in root:
        if isinstance(child.tag, str) and child.tag.lower() == "body":
            return child
    return root


def _spared(headline_el: Element | None) -> set[Element]:
    """The headline and its ancestors: no chrome rule but 'hidden' may remove them."""
    if headline_el is None:
        return set()
    return {headline_el, *headline_el.iterancestors()}


def _block_skip(page: Page) -> Callable[[Element], bool]:
    """What the block builder leaves out: non-text elements, chrome, and consumed nodes."""
    return excluding(page.marks.rule_of, page.consumed)  # the dict: no method call per element
