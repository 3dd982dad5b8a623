"""The field stage's figure walk read from the page's element list: the same elements, in the
same order, as the XPath it stands for, whatever comments close a subtree."""

from __future__ import annotations

from lxml import html as lxml_html

from articlekit.fields.figures import _XPATH_FIGURES, _figure_nodes
from articlekit.metadata import Metadata
from articlekit.options import Options
from articlekit.page import Page


def _page(markup: str) -> Page:
    root = lxml_html.document_fromstring(markup)
    page = Page(root=root, body=root.find("body"), meta=Metadata(), options=Options())
    page.index()
    return page


def test_figure_nodes_from_the_element_list_equal_the_xpath() -> None:
    page = _page(
        "<html><body><p class='figure-note'>before</p><main>"
        "<figure><img src='a.jpg'><figcaption>Cap</figcaption></figure>"
        "<div><p class='wp-Caption'>x</p><!-- a trailing comment --></div>"
        "<section><amp-img src='b.jpg'></amp-img><span class='ImageFigure'>y</span>"
        "<!-- c --></section><!-- d --></main>"
        "<p class='caption'>after the main element</p></body></html>"
    )
    main = page.root.find(".//main")
    found = _figure_nodes(main, page)
    assert found == _XPATH_FIGURES(main)
    # by hand: the figure, its image and caption, the 'aption' p, the amp-img, the 'igure' span
    assert [el.tag for el in found] == ["figure", "img", "figcaption", "p", "amp-img", "span"]


def test_figure_nodes_of_a_leaf_scope_is_empty() -> None:
    page = _page("<html><body><main><img class='figure' src='a.jpg'></main><p>x</p></body></html>")
    img = page.root.find(".//img")
    assert _figure_nodes(img, page) == []
