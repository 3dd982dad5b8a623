"""A Page built straight from markup and indexed (element order and positions), without the
rest of the pipeline: for tests of the Page helpers and of the walks that read its order."""

from __future__ import annotations

from lxml import html as lxml_html

from articlekit.metadata import Metadata
from articlekit.options import Options
from articlekit.page import Page


def indexed_page(markup: str) -> Page:
    root = lxml_html.document_fromstring(markup)
    page = Page(root=root, body=root.find("body"), meta=Metadata(), options=Options())
    page.index()
    return page
