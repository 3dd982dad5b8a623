"""Authors: the order in which the byline passes are tried, first found wins.

Visible bylines by the headline come first (`fields.byline` reads them), then the page's
declared authors, then bylines further away, author boxes and lines that show a declared
value; the passes of `fields.authorcards` (labelled lines anywhere, standfirst credits,
signatures, author cards) come last. Returns the names and the elements they came from, which
the body leaves out.
"""

from __future__ import annotations

from articlekit.dom import Element, text_of
from articlekit.fields.authorcards import (
    author_card,
    declared_in_author_markup,
    labelled_anywhere,
    signature_line,
    standfirst_credit,
)
from articlekit.fields.byline import (
    as_declared,
    bare_name_lines,
    boxes_person,
    byline_candidates,
    bylines_by_text,
    co_author_links,
    dated_line_names,
    dated_name_lines,
    declared_shown,
    far_from_headline,
    labelled_author_links,
    name_parts,
    name_role_lines,
    names_in_byline,
    unnamed_bylines,
)
from articlekit.metadata.people import split_byline
from articlekit.page import Page


def find_authors(page: Page) -> tuple[list[str], list[Element]]:
    """(author names, the byline elements they came from)."""
    near, far = bylines_by_text(page)
    cued_near, cued_far = byline_candidates(page)
    nearer = dated_name_lines(page) if far_from_headline(page, cued_near) else []
    for el in nearer + cued_near + near:
        if el in nearer:
            return dated_line_names(el), [el]
        names = names_in_byline(el) or name_parts(el)
        if names:
            names, els = co_author_links(names, el, cued_near)
            return as_declared(names, page.meta.authors), els
    if page.meta.authors:
        # a byline-cued element away from the headline may be a teaser card's: the page's
        # own declaration outranks it
        return list(page.meta.authors), []
    # a dated name line by the headline outranks byline cues away from it (a teaser card's)
    for el in dated_name_lines(page):
        return dated_line_names(el), [el]
    for el in cued_far:
        names = names_in_byline(el) or name_parts(el)
        if names:
            return names, [el]
    for el in far:
        names = names_in_byline(el)
        if names:
            return names, [el]
    for el in name_role_lines(page):
        return split_byline(text_of(el)), [el]
    for el in labelled_author_links(page):
        names = names_in_byline(el)
        if names:
            return names, [el]
    names = boxes_person(page)
    if names:
        return names, []
    names, line = declared_shown(page)
    if names:
        return names, line
    names, line = unnamed_bylines(page, cued_near + near, cued_far[:1])
    if names:
        return names, line
    for el in bare_name_lines(page):
        return split_byline(text_of(el)), [el]
    return _away_from_headline(page)


def _away_from_headline(page: Page) -> tuple[list[str], list[Element]]:
    """The passes of `fields.authorcards`, in order: the first that names anyone wins."""
    for find in (labelled_anywhere, standfirst_credit, signature_line):
        names, line = find(page)
        if names:
            return names, line
    names = author_card(page)
    if names:
        return names, []
    return declared_in_author_markup(page)
