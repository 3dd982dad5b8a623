"""Author cards away from the headline: a name heading beside a portrait over a bio that
opens with the name, or an "About the author" label over a name; teaser cards, comment
authors, things described like people and several cards give nothing."""

from __future__ import annotations

import articlekit

HEAD = (
    '<html><head><meta property="og:type" content="article"><title>Growing tomatoes</title>'
    "</head><body><main><article><h1>Growing tomatoes on a balcony</h1>"
)
BODY = "".join(
    f"<p>Paragraph {i} about soil, pots, watering and the light a tomato plant needs to grow "
    "well on a small balcony in a city flat.</p>"
    for i in range(8)
)
TAIL = "</article></main></body></html>"


def card(name: str, bio: str, alt: str | None = None) -> str:
    return (
        f'<div class="box"><img src="/p.jpg" alt="{alt if alt is not None else name}">'
        f"<div><h3>{name}</h3><p>{bio}</p></div></div>"
    )


def authors(html: str) -> list[str]:
    return list(articlekit.extract(html).authors)


def test_name_heading_with_portrait_and_bio_opening_with_the_name() -> None:
    bio = "Maria Keller has grown vegetables in pots for ten years; she teaches balcony gardening."
    assert authors(HEAD + BODY + card("Maria Keller", bio) + TAIL) == ["Maria Keller"]


def test_one_word_name_with_a_pronoun_in_the_bio() -> None:
    bio = "Jonas started this blog in 2019; he tests every tool he writes about."
    assert authors(HEAD + BODY + card("Jonas", bio) + TAIL) == ["Jonas"]


def test_about_the_author_label_over_a_name_in_german() -> None:
    box = (
        "<section><h4>Über den Autor</h4><p>Lukas Brenner</p><p>Schreibt über Gärten.</p></section>"
    )
    assert authors(HEAD + BODY + box + TAIL) == ["Lukas Brenner"]


def test_a_thing_described_under_its_heading_is_no_author() -> None:
    bio = "Tomato Feed is a liquid fertiliser that it pays to dilute before use."
    assert authors(HEAD + BODY + card("Tomato Feed", bio) + TAIL) == []


def test_bio_that_does_not_open_with_the_name_is_no_card() -> None:
    bio = "A garden writer who has grown vegetables in pots for ten years; she lives in Bern."
    assert authors(HEAD + BODY + card("Maria Keller", bio) + TAIL) == []


def test_several_cards_are_a_team_and_give_nothing() -> None:
    one = card("Maria Keller", "Maria Keller grows herbs; she teaches balcony gardening.")
    two = card("Peter Lang", "Peter Lang covers city gardens; he teaches composting.")
    assert authors(HEAD + BODY + one + two + TAIL) == []


def test_cards_in_a_related_list_are_other_stories() -> None:
    related = (
        '<aside class="related-posts"><h2>Related posts</h2><ul>'
        + "".join(
            f"<li>{card('Maria Keller', 'Maria Keller grows herbs; she teaches.')}</li>"
            for _ in range(3)
        )
        + "</ul></aside>"
    )
    assert authors(HEAD + BODY + "</article>" + related + "</main></body></html>") == []


def test_comment_author_is_not_the_article_author() -> None:
    comments = (
        '<section id="comments" class="comments"><h2>3 Comments</h2><ol class="comment-list">'
        '<li class="comment"><img class="avatar" src="/a.png" alt="">'
        "<strong>Paul Weber</strong><p>Paul Weber here: he says thanks for the tips!</p></li>"
        "</ol></section>"
    )
    assert authors(HEAD + BODY + "</article>" + comments + "</main></body></html>") == []


def test_page_that_does_not_declare_an_article_gives_nothing() -> None:
    page = HEAD.replace('content="article"', 'content="website"')
    bio = "Maria Keller has grown vegetables in pots for ten years; she teaches balcony gardening."
    assert authors(page + BODY + card("Maria Keller", bio) + TAIL) == []


PLAIN_HEAD = "<html><head><title>Growing tomatoes</title></head><body><main><article>"
PLAIN_HEAD += "<h1>Growing tomatoes on a balcony</h1>"


def test_author_heading_over_a_name_on_an_undeclared_article() -> None:
    box = "<aside><h3>Published</h3><p>May 2, 2024</p><h3>Author</h3><p>Lena M. Ortiz</p></aside>"
    assert authors(PLAIN_HEAD + BODY + box + TAIL) == ["Lena M. Ortiz"]


def test_author_heading_over_a_sentence_is_no_name() -> None:
    box = "<aside><h3>Author</h3><p>Tell us what you think of this guide.</p></aside>"
    assert authors(PLAIN_HEAD + BODY + box + TAIL) == []


def test_undeclared_page_takes_no_unlabelled_card() -> None:
    bio = "Maria Keller has grown vegetables in pots for ten years; she teaches gardening."
    assert authors(PLAIN_HEAD + BODY + card("Maria Keller", bio) + TAIL) == []
