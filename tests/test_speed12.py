"""The field stage's figure walk read from the page's element list: the same elements, in the
same order, as the XPath it stands for, whatever comments close a subtree."""

from __future__ import annotations

from articlekit.fields.figures import _XPATH_FIGURES, _figure_nodes
from indexed import indexed_page as _page


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


def test_author_cues_with_a_length_limit_skip_long_and_unmeasured_elements() -> None:
    from articlekit.fields.byline import _author_cued
    from articlekit.measure import measure

    page = _page(
        "<html><body><div class='author-box'>"
        + "A long biography of the writer. " * 10
        + "<span class='byline'>By Ann Lee</span></div>"
        "<a rel='author' href='/ann'>Ann Lee</a></body></html>"
    )
    page.stats = measure(page.root)
    body = page.body
    # by hand: the long author box (320+ chars) goes; the short byline span and link stay
    everything = _author_cued(page, body)
    assert [el.tag for el in everything] == ["div", "span", "a"]
    assert [el.tag for el in _author_cued(page, body, 40)] == ["span", "a"]


def test_elements_below_from_the_element_list_stop_at_the_subtree_end() -> None:
    from articlekit.fields import _below

    page = _page(
        "<html><body><h2>Before</h2><main><p>a<b>b</b><!-- c --></p><ul><li>d</li></ul>"
        "<!-- e --></main><footer>f</footer></body></html>"
    )
    main = page.root.find(".//main")
    # by hand: p, b, ul, li; neither main itself, nor the comments, nor what follows main
    assert [el.tag for el in _below(page, main)] == ["p", "b", "ul", "li"]
    assert _below(page, main) == list(main.iterdescendants("*"))


def test_may_be_note_reads_the_first_text_piece_and_remembers_it() -> None:
    from articlekit.fields.notes import _may_be_note

    page = _page(
        "<html><body><div> \n <p>Editor's note: this story was corrected.</p></div>"
        "<div><p>  </p><span>Plain words here.</span></div><div> </div></body></html>"
    )
    outer, plain, empty = page.body.findall("div")
    starts: dict[str, bool] = {}
    assert _may_be_note(outer, starts)  # its first piece is the paragraph's label
    assert _may_be_note(outer.find("p"), starts)  # the same piece, answered from memory
    assert list(starts.values()) == [True]
    assert not _may_be_note(plain, starts)  # blank pieces skipped: 'Plain words' is no label
    assert not _may_be_note(empty, starts)  # no text at all
