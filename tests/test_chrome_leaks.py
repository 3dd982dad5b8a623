"""Chrome that used to leak into the body (issues #3, #4): one generic pattern per test class,
each with a page where the chrome must go and a page where look-alike content must stay.

Every page is written by hand; the expected outcome follows from reading the page.
"""

from __future__ import annotations

import articlekit

HEADLINE = "Harbour town rebuilds its sea wall after the winter storms"
P1 = (
    "The council approved the repairs in March, after two storms in January had broken the old "
    "wall in three places and flooded the lower streets of the town for several days."
)
P2 = (
    "Engineers say the new wall will be a metre higher and will be built from granite blocks "
    "quarried inland, which they expect to last at least a century in the open sea."
)
P3 = (
    "Residents of the harbour streets were moved to a school hall during the floods, and most "
    "of them have now returned to homes that were dried out over the spring by volunteers."
)
P4 = (
    "Work on the first section begins next week; the council hopes to finish the whole wall "
    "before the autumn gales, although the contractor warns that the schedule is tight."
)


def page(inner: str, article: bool = True) -> str:
    """A whole document whose <article> holds the headline, `inner` and nothing else."""
    og = "<meta property='og:type' content='article'>" if article else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Coast News</title>{og}</head><body>"
        "<header><a href='/'>Coast News</a></header>"
        f"<main><article><h1>{HEADLINE}</h1>{inner}</article></main>"
        "<footer><p>Coast News, Quay Road 4</p></footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def body_of(html: str) -> str:
    return articlekit.extract(html).body


TEASER_TITLES = (
    "Fishing fleet returns to port early as prices fall",
    "Lifeboat crew honoured for a night rescue off the point",
)


def teaser_cards(titles: tuple[str, ...] = TEASER_TITLES) -> str:
    cards = "".join(
        f"<div class='card'><a href='/story-{i}'><img src='/t{i}.jpg' alt=''></a>"
        f"<span>Local</span><h3><a href='/story-{i}'>{t}</a></h3></div>"
        for i, t in enumerate(titles)
    )
    return f"<div class='grid'>{cards}</div>"


class TestTeaserCards:
    """Cards titled by a heading that links to another story, inside the article's text."""

    def test_unlabelled_card_list_inside_the_article_goes(self) -> None:
        body = body_of(page(paras(P1, P2) + teaser_cards() + paras(P3, P4)))
        assert P1 in body and P4 in body
        for title in TEASER_TITLES:
            assert title not in body

    def test_removal_is_recorded_under_related_stories(self) -> None:
        article = articlekit.extract(page(paras(P1, P2) + teaser_cards() + paras(P3, P4)))
        assert "related-stories" in [r.rule for r in article.removed]

    def test_linked_section_headings_with_their_text_stay(self) -> None:
        # A buying guide: each product is a linked heading followed by its own paragraph.
        inner = (
            "<h3><a href='https://shop.example/kettle'>The Harbour steel kettle for boats</a></h3>"
            + paras(P1, P2)
            + "<h3><a href='https://shop.example/lamp'>The Lighthouse brass cabin lamp</a></h3>"
            + paras(P3, P4)
        )
        body = body_of(page(inner))
        assert "The Harbour steel kettle for boats" in body
        assert "The Lighthouse brass cabin lamp" in body

    def test_bare_list_of_linked_headings_stays(self) -> None:
        # Nothing but titles: the text's own list, not cards.
        items = "".join(
            f"<li><h3><a href='/trail-{i}'>{t}</a></h3></li>" for i, t in enumerate(TEASER_TITLES)
        )
        body = body_of(page(paras(P1, P2) + f"<ul>{items}</ul>" + paras(P3, P4)))
        for title in TEASER_TITLES:
            assert title in body

    def test_cards_are_kept_on_a_page_that_does_not_declare_an_article(self) -> None:
        body = body_of(page(paras(P1, P2) + teaser_cards() + paras(P3, P4), article=False))
        assert TEASER_TITLES[0] in body

    def test_anchor_headings_stay(self) -> None:
        inner = (
            "<div class='toc-entry'><img src='/i.png' alt=''><span>Part one</span>"
            "<h2><a href='#repairs'>How the repairs will be paid for</a></h2></div>"
            + paras(P1, P2, P3, P4)
        )
        assert "How the repairs will be paid for" in body_of(page(inner))
