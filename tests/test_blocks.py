"""Body structure (SPEC §1 `blocks`, `body`): each block kind from a small hand-written page.

The body keeps in-article subheadings, lists, quotes, tables and code; it is plain text built
from the blocks, paragraphs separated by one blank line (README "From Python").
"""

from __future__ import annotations

import articlekit
from articlekit import Block

HEADLINE = "How the village saved its bakery"
P1 = (
    "When the last baker in the village announced that he would retire, a group of neighbours "
    "met in the church hall to work out whether they could keep the ovens burning themselves."
)
P2 = (
    "They formed a co-operative, sold shares at ten pounds each, and within three months had "
    "raised enough money to buy the building, the ovens and the old delivery bicycle."
)
P3 = (
    "The first loaves came out lopsided, but the queue outside the door on opening morning "
    "stretched past the post office, and by nine o'clock every shelf was bare."
)
P4 = (
    "A year later the co-operative employs two bakers and an apprentice, and the members say "
    "they have learnt more about yeast and patience than they ever expected to."
)


def page(inner: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Village Voice</title></head><body>"
        "<header><a href='/'>Village Voice</a></header>"
        f"<main><article><h1>{HEADLINE}</h1>{inner}</article></main>"
        "<footer><p>Village Voice, Market Square</p></footer></body></html>"
    )


def blocks_of(inner: str) -> list[Block]:
    return list(articlekit.extract(page(inner)).blocks)


def kinds(blocks: list[Block], kind: str) -> list[Block]:
    return [b for b in blocks if b.kind == kind]


def test_h2_h3_are_heading_blocks_with_levels() -> None:
    inner = (
        f"<p>{P1}</p><h2>Raising the money</h2><p>{P2}</p>"
        f"<h3>The first morning</h3><p>{P3}</p><p>{P4}</p>"
    )
    headings = kinds(blocks_of(inner), "heading")
    assert [(h.text, h.level) for h in headings] == [
        ("Raising the money", 2),
        ("The first morning", 3),
    ]


def test_headline_is_not_a_body_block() -> None:
    blocks = blocks_of(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>")
    assert all(b.text != HEADLINE for b in blocks)


def test_unordered_and_ordered_lists() -> None:
    inner = (
        f"<p>{P1}</p><p>{P2}</p>"
        "<ul><li>Flour from the mill</li><li>Salt</li><li>Fresh yeast</li></ul>"
        f"<p>{P3}</p>"
        "<ol><li>Mix the dough</li><li>Let it rise overnight</li><li>Bake at dawn</li></ol>"
        f"<p>{P4}</p>"
    )
    lists = kinds(blocks_of(inner), "list")
    assert [(lst.items, lst.ordered) for lst in lists] == [
        (("Flour from the mill", "Salt", "Fresh yeast"), False),
        (("Mix the dough", "Let it rise overnight", "Bake at dawn"), True),
    ]


def test_table_with_header_row() -> None:
    inner = (
        f"<p>{P1}</p><p>{P2}</p>"
        "<table><thead><tr><th>Year</th><th>Loaves sold</th></tr></thead>"
        "<tbody><tr><td>2022</td><td>41,000</td></tr><tr><td>2023</td><td>52,500</td></tr>"
        f"</tbody></table><p>{P3}</p>"
    )
    tables = kinds(blocks_of(inner), "table")
    assert len(tables) == 1
    assert tables[0].header is True
    assert tables[0].rows == (
        ("Year", "Loaves sold"),
        ("2022", "41,000"),
        ("2023", "52,500"),
    )


def test_pre_code_keeps_newlines_and_indentation() -> None:
    code = "def proof(dough):\n    if dough.risen:\n        return bake(dough)\n    return None"
    inner = f"<p>{P1}</p><p>{P2}</p><pre><code>{code}</code></pre><p>{P3}</p>"
    blocks = blocks_of(inner)
    codes = kinds(blocks, "code")
    assert [c.text for c in codes] == [code]


def test_double_br_splits_paragraphs() -> None:
    first = "The ovens were lit at four in the morning, long before the first customer came."
    second = "By six the smell of bread had reached the far end of the high street and beyond."
    inner = f"<p>{P1}</p><p>{first}<br><br>{second}</p><p>{P2}</p><p>{P3}</p>"
    texts = [b.text for b in kinds(blocks_of(inner), "paragraph")]
    assert first in texts
    assert second in texts


def test_blockquote_is_a_quote_block() -> None:
    quote = "We did not save a shop, we saved the reason people meet each other in the morning."
    inner = f"<p>{P1}</p><blockquote><p>{quote}</p></blockquote><p>{P2}</p><p>{P3}</p>"
    quotes = kinds(blocks_of(inner), "quote")
    assert [q.text for q in quotes] == [quote]


def test_trailing_back_to_top_link_is_not_in_the_body() -> None:
    inner = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p><a href='#top'>Back to top</a></p>"
    art = articlekit.extract(page(inner))
    assert "Back to top" not in art.body
    assert art.body.endswith(P3)


def test_body_is_the_blocks_joined_by_blank_lines() -> None:
    inner = f"<p>{P1}</p><p>{P2}</p><h2>One year on</h2><p>{P3}</p><p>{P4}</p>"
    art = articlekit.extract(page(inner))
    assert art.body == f"{P1}\n\n{P2}\n\nOne year on\n\n{P3}\n\n{P4}"
    assert [b.kind for b in art.blocks] == [
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
    ]


def test_pre_without_code_is_preformatted() -> None:
    verse = "The tide comes in,\n  the tide goes out,\n    the baker bakes regardless."
    inner = f"<p>{P1}</p><p>{P2}</p><pre>{verse}</pre><p>{P3}</p>"
    pres = kinds(blocks_of(inner), "preformatted")
    assert [p.text for p in pres] == [verse]


def test_table_without_th_has_no_header() -> None:
    inner = (
        f"<p>{P1}</p><p>{P2}</p><table><tr><td>Rye</td><td>2.40</td></tr>"
        f"<tr><td>Spelt</td><td>3.10</td></tr></table><p>{P3}</p>"
    )
    tables = kinds(blocks_of(inner), "table")
    assert [(t.rows, t.header) for t in tables] == [((("Rye", "2.40"), ("Spelt", "3.10")), False)]


def test_double_br_in_a_div_splits_paragraphs() -> None:
    first = "The ovens were lit at four in the morning, long before the first customer came."
    second = "By six the smell of bread had reached the far end of the high street and beyond."
    inner = f"<div class='text'>{P1}<br><br>{first}<br><br>{second}<br><br>{P2}</div>"
    texts = [b.text for b in kinds(blocks_of(inner), "paragraph")]
    assert texts == [P1, first, second, P2]


def test_figure_is_a_figure_block_and_its_caption_is_not_body_text() -> None:
    caption = "The co-operative's first loaves, cooling on the window sill."
    inner = (
        f"<p>{P1}</p><figure><img src='https://example.com/loaves.jpg' alt='Loaves'>"
        f"<figcaption>{caption}</figcaption></figure><p>{P2}</p><p>{P3}</p>"
    )
    art = articlekit.extract(page(inner))
    figures = kinds(list(art.blocks), "figure")
    assert len(figures) == 1
    assert figures[0].image is not None
    assert figures[0].image.src == "https://example.com/loaves.jpg"
    assert figures[0].image.caption == caption
    assert caption not in art.body


def test_inline_markup_and_white_space_inside_a_paragraph() -> None:
    inner = (
        f"<p>{P1}</p><p>The co-op sold   <strong>41,000</strong>\n loaves in "
        "<a href='/first-year'>its first\u00a0year</a>\u200b.</p>"
        f"<p>{P2}</p><p>{P3}</p>"
    )
    texts = [b.text for b in kinds(blocks_of(inner), "paragraph")]
    assert "The co-op sold 41,000 loaves in its first year." in texts


def test_a_content_root_that_is_one_paragraph_keeps_its_text() -> None:
    # The prose sits in one <p> directly among chrome: the paragraph itself is the content root.
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/f'>Forum</a></nav>"
        "<p>So reading up on these pans, they seem safe, but is it true that metal "
        "utensils scratch the enamel? What do people use instead?</p>"
        "<footer>© 2024 Example Forum</footer></body></html>"
    )
    article = articlekit.extract(page)
    assert article.body == (
        "So reading up on these pans, they seem safe, but is it true that metal "
        "utensils scratch the enamel? What do people use instead?"
    )
