"""Product pages: the product's description and specifications are the content.

A page that declares one schema.org Product (`kind.declares_one_product`) shows one item, but its
best-scoring prose block is often the whole product area: buy box, prices, option pickers,
trust badges and carousels of other products around the description, while the specifications
sit in tab panels that the markup hides until clicked. This module owns what is special there:

- `product_chrome` (after the page was marked without the `hidden` rule): hidden elements are
  removed except tab panels, accordion bodies and drawers (`hide_all_but_panels`); modal
  dialogs named modal/popup (terms, cookie settings) go even when they hold most of the prose;
- `narrow` (after the content root was chosen): the root steps into the element whose class/id
  names a description (`product_root`), or the element around it when only disclosure panels
  sit beside it (`_with_panels`: accordions of details and features); carousels and grids of
  other products (short priced or linked-picture cards, `product_cards`) and UUID-only spans
  (`identifier_spans`) are chrome.

Both are called only on such a page (see `api._run`), so articles and other kinds are untouched.
Removals are recorded under the existing rule names (`hidden`, `controls`, `related-stories`),
and each step is skipped when the user switched that rule off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from articlekit.chrome import Marks, mark_chrome
from articlekit.dom import Element, raw_class_id
from articlekit.measure import Stat, remeasure
from articlekit.rules.registry import ChromeRule, RuleSet

# A description container with less prose than this is no content root (a one-line blurb) ...
MIN_MASS = 150.0
# ... nor one with less than this share of the chosen root's prose (a teaser of the product
# above a long page of features, which the reference keeps).
MIN_SHARE = 0.3
# A root with less prose than this is already the description area: it stays.
MIN_ROOT_MASS = 400.0
# Class/id naming a description: "product-description", "product__description", "tab-description",
# "short-descr", "desc" as a whole word.
_DESCRIPTION = re.compile(r"descr|(?<![a-z0-9])desc(?![a-z0-9])")


def product_root(root: Element, stats: dict[Element, Stat], headline_el: Element | None) -> Element:
    """The description container inside `root`, or `root` when there is none worth taking."""
    total = stats.get(root)
    if total is None or total.mass < MIN_ROOT_MASS:
        return root
    box = _described(root, stats, headline_el)
    if box is None:
        return root
    mass = stats[box].mass
    if mass < MIN_MASS or mass < MIN_SHARE * total.mass:
        return root
    return _with_panels(box, root, stats, headline_el)


def _with_panels(
    box: Element, root: Element, stats: dict[Element, Stat], headline_el: Element | None
) -> Element:
    """The description box, or the element around it when everything beside it there is a
    disclosure panel (an accordion of details, features, care) and the box is none: those
    panels are the rest of the product's description. Wrappers holding the same text as the
    box are climbed first."""
    wrapper, parent = box, box.getparent()
    while wrapper is not root and parent is not None and _same_text(parent, wrapper, stats):
        wrapper, parent = parent, parent.getparent()
    if wrapper is root or parent is None or parent not in stats:
        return box
    if _is_tab(box) or _is_tab(wrapper):
        return box  # the description is one tab among others: the reader sees one at a time
    if headline_el is not None and parent in set(headline_el.iterancestors()):
        return box
    beside = [
        child
        for child in parent
        if child is not wrapper and child in stats and stats[child].raw > 0
    ]
    if beside and all(_panel_like(child) for child in beside):
        return parent
    return box


# A tab panel: role=tabpanel, or a class/id word "tab"/"tabs" ("wc-tab", "tab-pane",
# "woocommerce-Tabs-panel", "tab-description").
_TAB = re.compile(r"(?<![a-z0-9])tabs?(?![a-z0-9])")


def _is_tab(el: Element) -> bool:
    if (el.get("role") or "").lower() == "tabpanel":
        return True
    return _TAB.search(raw_class_id(el)) is not None


def _same_text(parent: Element, child: Element, stats: dict[Element, Stat]) -> bool:
    stat = stats.get(parent)
    return stat is not None and stat.raw == stats[child].raw


def _panel_like(el: Element) -> bool:
    """A disclosure panel, or a wrapper whose first element is one."""
    if is_panel(el):
        return True
    first = next((child for child in el if isinstance(child.tag, str)), None)
    return first is not None and is_panel(first)


def _described(
    root: Element, stats: dict[Element, Stat], headline_el: Element | None
) -> Element | None:
    """The element with the most prose among those whose class/id names a description, outside
    the headline's ancestors (a description box never holds the product's name); the root
    itself when its own class names a description."""
    spared = set(headline_el.iterancestors()) if headline_el is not None else set()
    best, best_mass = None, 0.0
    for el in root.iter():
        stat = stats.get(el)
        if stat is None or stat.mass <= best_mass or el in spared:
            continue
        cid = raw_class_id(el)
        if _DESCRIPTION.search(cid):
            best, best_mass = el, stat.mass
    return best


# A price: a currency sign or code next to a number, either way round.
_PRICE = re.compile(
    r"(?:[$€£¥₹₽₩]|\b(?:USD|EUR|GBP|AUD|CAD|CHF|JPY|INR|PLN|SEK|NOK|DKK|BRL|MXN)\b)\s?\d"
    r"|\d(?:[\d.,\s]{0,12}\d)?\s?(?:[€£₽]|zł|kr|руб|\b(?:USD|EUR|GBP|CHF|PLN)\b)",
    re.I,
)
CARD_GROUP = 3  # at least this many sibling cards of one markup signature
CARD_PRICED = 0.6  # this share of them shows a price (or is a linked picture and name)
CARD_LINK_SHARE = 0.6  # a card without a price: at least this share of its text is link text
CARD_MAX_CHARS = 400  # each card is short: a name, a price, a badge
CARD_ROOT_SHARE = 0.5  # cards with this share of the root's text are the page's subject
_DIGITS = re.compile(r"\d+")


def product_cards(root: Element, stats: dict[Element, Stat]) -> list[Element]:
    """Carousels and grids of other products inside `root`: groups of >= CARD_GROUP sibling
    cards, each short and most showing a price and a link or picture. Each group's parent is
    returned (the whole carousel). Cards that hold CARD_ROOT_SHARE of the root's text are the
    page's own subject (a collection that declares its products), never removed."""
    found: list[Element] = []
    total = stats[root].raw if root in stats else 0
    for parent in root.iter():
        if parent is root or parent not in stats or len(parent) < CARD_GROUP:
            continue
        if stats[parent].raw >= CARD_ROOT_SHARE * total or _inside(parent, found):
            continue
        if any(_priced_cards(group, stats) for group in _groups(parent, stats)):
            found.append(parent)
    return found


def _inside(el: Element, found: list[Element]) -> bool:
    ancestors = set(el.iterancestors())
    return any(f is el or f in ancestors for f in found)


def _groups(parent: Element, stats: dict[Element, Stat]) -> list[list[Element]]:
    groups: dict[str, list[Element]] = {}
    for child in parent:
        if isinstance(child.tag, str) and child in stats:
            sig = child.tag + "|" + _DIGITS.sub("", child.get("class") or "")
            groups.setdefault(sig, []).append(child)
    return [g for g in groups.values() if len(g) >= CARD_GROUP]


def _priced_cards(group: list[Element], stats: dict[Element, Stat]) -> bool:
    priced = 0
    for card in group:
        stat = stats[card]
        if stat.raw > CARD_MAX_CHARS:
            return False
        if _PRICE.search(card.text_content() or "") and _pictured_or_linked(card, stat):
            priced += 1
        elif (
            stat.link >= CARD_LINK_SHARE * stat.raw > 0 and next(card.iter("img"), None) is not None
        ):
            priced += 1  # a picture and a name, both linking to the other product
    return priced >= CARD_PRICED * len(group)


def _pictured_or_linked(card: Element, stat: Stat) -> bool:
    """A product card links to its product or shows its picture."""
    return bool(stat.link) or next(card.iter("img", "picture"), None) is not None


# Hidden until a tab, an accordion or a "read more" opens them: the description, the
# specifications and the details of a product page. Matched as words of the class/id string.
_PANEL = re.compile(
    r"(?<![a-z0-9])(?:tab|tabs|tab-?pane|tab-?panel|tabs?__panel|tab-content|panel|pane|"
    r"accordion|accordion__content|collapse|collapsible|expander|expandable|"
    r"expander-content|drawer|toggle__content|read-?more|details|description|specs?|"
    r"specifications?|features|faq|answer)(?![a-z0-9])"
)
_PANEL_ROLES = frozenset({"tabpanel", "region"})


def is_panel(el: Element) -> bool:
    """A tab panel, accordion body or expander: hidden by the markup until the reader opens it."""
    if el.tag == "details" or (el.get("role") or "").lower() in _PANEL_ROLES:
        return True
    cid = raw_class_id(el)
    return bool(cid) and _PANEL.search(cid) is not None


@lru_cache(maxsize=8)
def _only(rule: ChromeRule) -> RuleSet:
    """A rule set of one rule, compiled once."""
    return RuleSet((rule,))


def hide_all_but_panels(
    body: Element,
    marks: Marks,
    stats: dict[Element, Stat],
    rule: ChromeRule,
    spare: set[Element],
) -> dict[Element, Stat]:
    """Mark the hidden elements (by `rule`, the 'hidden' rule) that are not panels, on a page
    marked without that rule; returns the stats without them."""
    # What the first pass removed is out of `stats`: a hidden element there is dropped below
    # anyway, so the walk passes over it.
    hidden = mark_chrome(body, _only(rule), stats, spare, passed=marks.rule_of)
    added = []
    for el in hidden.rule_of:
        if el in stats and not is_panel(el) and el not in marks:
            marks.add(el, rule.name)
            if el in marks.rule_of:
                added.append(el)
    return remeasure(stats, added) if added else stats


# A UUID as an element's whole text: letters of a "Sponsored" label interleaved with spans of
# random identifiers that a stylesheet hides, so that the label cannot be matched as text.
_UUID = re.compile(r"\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*", re.I)
UUID_CHARS = 36


def identifier_spans(root: Element, stats: dict[Element, Stat]) -> list[Element]:
    """Childless elements inside the content root whose whole text is one UUID."""
    found: list[Element] = []
    for el in root.iter():
        stat = stats.get(el)
        if stat is None or stat.raw != UUID_CHARS or len(el) or el is root:
            continue
        if _UUID.fullmatch(el.text or ""):
            found.append(el)
    return found


# Modal dialogs (terms of service, privacy policy, sign-up sheets) are no part of the product,
# however much text they hold: the 'controls' rule spares a dialog holding most of a page's
# prose, which a shop's legal text can be.
_MODAL = re.compile(r"modal|popup|pop-up")
# The elements whose role is 'dialog' or 'alertdialog' or that are aria-modal, and <dialog>s:
# found from the attributes (libxml2 walks the attribute axis about twice as fast as it tests
# every element's attributes in a predicate).
_DIALOGS = etree.XPath(
    "//@role[.='dialog' or .='alertdialog']/.. | //@aria-modal[.='true']/.. | //dialog"
)


def dialogs(body: Element, stats: dict[Element, Stat]) -> list[Element]:
    """The modal dialogs left in the page (a dialog role or element whose class/id names a
    modal or popup) that are not panels (see `is_panel`), outermost first. A dialog named
    otherwise (a seller card, a lightbox) may show the product's own details."""
    found: list[Element] = []
    for el in _DIALOGS(body):
        if el not in stats or el is body or is_panel(el) or _inside(el, found):
            continue
        if _MODAL.search(raw_class_id(el)):
            found.append(el)
    return found


def product_chrome(
    body: Element,
    marks: Marks,
    stats: dict[Element, Stat],
    rules: RuleSet,
    spare: set[Element],
) -> dict[Element, Stat]:
    """The product-page chrome pass, after the page was marked without the 'hidden' rule:
    hidden elements but panels, then modal dialogs; returns the stats without them."""
    hidden = next((rule for rule in rules if rule.name == "hidden"), None)
    if hidden is not None:
        stats = hide_all_but_panels(body, marks, stats, hidden, spare)
    if "controls" in rules.names():
        modal = dialogs(body, stats)
        for el in modal:
            marks.add(el, "controls")
        stats = remeasure(stats, [el for el in modal if el in marks.rule_of])
    return stats


def narrow(
    root: Element,
    marks: Marks,
    stats: dict[Element, Stat],
    rules: RuleSet,
    headline_el: Element | None,
) -> Element:
    """The product's content root inside `root` (see `product_root`), with the carousels of
    other products and identifier spans in it marked."""
    root = product_root(root, stats, headline_el)
    names = rules.names()
    if "related-stories" in names:
        for el in product_cards(root, stats):
            marks.add(el, "related-stories")
    if "hidden" in names:
        for el in identifier_spans(root, stats):
            marks.add(el, "hidden")
    return root
