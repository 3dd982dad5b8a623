"""Main content of pages that are not articles (issue #3): a product's description and
specifications, all posts of a forum thread, the sections of a service page.

Every page here is hand-written and models one generic markup pattern.
"""

from __future__ import annotations

import json

import articlekit
from articlekit.ingest import load
from articlekit.kind import declared_kind, declares_product
from articlekit.metadata import read_metadata
from articlekit.options import Options

DESCRIPTION = (
    "This walnut desk lamp is turned by hand from a single block of oiled walnut, and its "
    "linen shade softens the light of a warm LED bulb for reading late into the evening."
)
FEATURES = ["Solid walnut base, oiled", "Natural linen shade", "Warm 2700K LED bulb included"]
SPECS = [("Height", "42 cm"), ("Weight", "1.3 kg"), ("Cable", "1.8 m, braided cotton")]
CHROME_LINES = [
    "Add to basket",
    "Customers also bought",
    "Brass floor lamp £120.00",
    "Oak bedside lamp £80.00",
    "Free delivery on orders over £50.",
]


def product_page(og_type: str = "product") -> str:
    ld = {"@context": "https://schema.org", "@type": "Product", "name": "Walnut desk lamp"}
    ld["description"] = DESCRIPTION
    features = "".join(f"<li>{f}</li>" for f in FEATURES)
    specs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in SPECS)
    related = "".join(f"<li><a href='/p{i}'>{t}</a></li>" for i, t in enumerate(CHROME_LINES[2:4]))
    return (
        "<html><head><title>Walnut desk lamp | Lampworks</title>"
        f"<meta property='og:type' content='{og_type}'>"
        f"<meta name='description' content='{DESCRIPTION}'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/lamps'>Lamps</a></nav>"
        "<main><div class='product'><h1>Walnut desk lamp</h1>"
        "<div class='price'>£95.00</div><button>Add to basket</button>"
        "<div class='product-info'>"
        f"<div class='description'><p>{DESCRIPTION}</p><ul>{features}</ul></div>"
        f"<h2>Specifications</h2><table>{specs}</table></div></div>"
        f"<section class='upsell'><h2>Customers also bought</h2><ul>{related}</ul></section>"
        f"<p class='note'>{CHROME_LINES[4]}</p></main></body></html>"
    )


def test_product_declared_in_json_ld_is_not_an_article_even_with_og_type_article() -> None:
    root = load(product_page("article"), options=Options())
    assert declared_kind(root, read_metadata(root)) == "other"


def test_product_description_stays_in_the_body_not_in_the_dek() -> None:
    article = articlekit.extract(product_page("article"))
    assert article.dek is None
    assert DESCRIPTION in article.body


def test_product_body_keeps_description_features_and_specifications() -> None:
    body = articlekit.extract(product_page()).body
    assert DESCRIPTION in body
    for line in FEATURES:
        assert line in body
    for name, value in SPECS:
        assert name in body and value in body


CARD_NAMES = [
    "Folding oak stepladder, three steps",
    "Cast iron doorstop shaped like a hare",
    "Copper watering can with long spout",
    "Enamel bread bin in sage green",
    "Wicker log basket with rope handles",
    "Galvanised planter for herbs and salad",
]


def card_listing_page() -> str:
    """A shop category: each card opens with a picture link, then a link wrapping the name."""
    cards = "".join(
        f"<div class='col-4 item-{i} product-card'>"
        f"<a href='/p/{i}' class='thumb'><img src='/img/{i}.jpg' alt=''></a>"
        f"<a href='/p/{i}' class='box'><div class='name'>{name}</div>"
        f"<div class='maker'>Maker: Hollow Lane</div></a>"
        f"<div class='price'>Price: ${20 + i}.00, delivered in three to five days.</div></div>"
        for i, name in enumerate(CARD_NAMES)
    )
    return (
        "<html><head><title>Garden and home | Hollow Lane</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/garden'>Garden</a></nav>"
        f"<main><h1>Garden and home</h1><div class='product-list'>{cards}</div></main>"
        "</body></html>"
    )


def test_card_list_whose_cards_open_with_a_picture_keeps_the_card_titles() -> None:
    body = articlekit.extract(card_listing_page()).body
    for name in CARD_NAMES:
        assert name in body


OPENING_POST = (
    "My sourdough starter rose well for a week, then stopped doubling even though I feed it "
    "twice a day with equal weights of flour and water. The kitchen sits at about nineteen "
    "degrees. Has anyone had this happen, and what did you change to wake it up again?"
)
REPLIES = [
    "Nineteen degrees is on the cool side. Try a warmer spot for a few days, near the oven "
    "light or on top of the fridge, and you should see it pick up again.",
    "Switch part of the flour to wholemeal rye for a few feeds. It gives the yeast more to "
    "eat, and mine went from sluggish to overflowing the jar within two days.",
    "Check your water as well. Chlorinated tap water slowed mine down; letting it stand "
    "overnight before feeding made a clear difference to how fast it rose.",
    "Same here last winter. A warm spot and a little rye flour brought mine back in about "
    "three days, and it has been lively ever since, so do not give up on it yet.",
]


def thread_page(declared: bool) -> str:
    """A thread whose replies sit in a container the page calls a comment section."""
    ld = {"@context": "https://schema.org", "@type": "DiscussionForumPosting"}
    ld["headline"] = "Starter stopped rising"
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if declared else ""
    replies = "".join(
        f"<div class='reply'><span class='user'>baker{i}</span><p>{text}</p></div>"
        for i, text in enumerate(REPLIES)
    )
    return (
        f"<html><head><title>Starter stopped rising - Bread Forum</title>{script}</head><body>"
        "<nav><a href='/'>Forum</a> <a href='/bread'>Bread</a></nav>"
        "<main><h1>Starter stopped rising</h1>"
        f"<div class='post'><span class='user'>crumb</span><p>{OPENING_POST}</p></div>"
        f"<div class='comments-area'>{replies}</div></main></body></html>"
    )


def test_declared_discussion_thread_keeps_every_reply() -> None:
    body = articlekit.extract(thread_page(declared=True)).body
    assert OPENING_POST in body
    for reply in REPLIES:
        assert reply in body


def link_thread_page() -> str:
    """A link aggregator's thread without schema.org markup: a shared link, then the replies,
    each in a block the page calls a comment thread."""
    replies = "".join(
        f"<div class='comment-thread'><a href='/u/{i}'>reader{i}</a><p>{text}</p></div>"
        for i, text in enumerate(REPLIES)
    )
    return (
        "<html><head><title>Starter stopped rising</title></head><body>"
        "<nav><a href='/'>Front page</a> <a href='/new'>New</a></nav>"
        "<div class='story'><h1><a href='https://bread.example/starter'>Starter stopped rising"
        "</a></h1><span class='domain'>bread.example</span></div>"
        f"<div class='thread'>{replies}</div></body></html>"
    )


def test_undeclared_thread_whose_replies_are_all_its_prose_keeps_them() -> None:
    body = articlekit.extract(link_thread_page()).body
    for reply in REPLIES:
        assert reply in body


STORY = [
    "The council voted on Tuesday to reopen the old swimming baths on the river front, ten "
    "years after they closed because the roof had become unsafe and the boilers had failed.",
    "Repairs will take eighteen months and cost about four million pounds, most of it from a "
    "heritage grant, with the rest raised by residents through a share offer last spring.",
    "Swimmers who used the baths as children spoke at the meeting, and several said they had "
    "learnt to swim there before the building was boarded up and left to the pigeons.",
    "The new pool will keep the tiled walls and the cast iron balcony, and a smaller learner "
    "pool will be added in the old laundry, which has stood empty since the late nineties.",
]
AROUND = ["Subscribe from £4.99 a month, cancel at any time.", "Print this page. Email it."]


def wrapped_story_page() -> str:
    """A declared article whose body sits in a wrapper beside short, punctuated extras."""
    story = "".join(f"<p>{text}</p>" for text in STORY)
    extras = "".join(f"<p>{text}</p>" for text in AROUND)
    return (
        "<html><head><title>Baths to reopen | Riverside News</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<h1>Baths to reopen</h1><div class='wrap'>"
        f"<div class='story'>{story}</div><div class='extras'>{extras}</div>"
        "</div></body></html>"
    )


def test_declared_article_root_steps_into_the_child_holding_its_prose() -> None:
    body = articlekit.extract(wrapped_story_page()).body
    for text in STORY:
        assert text in body
    for text in AROUND:
        assert text not in body


def test_a_product_is_declared_by_schema_org_data_not_by_og_type_alone() -> None:
    declared = load(product_page(), options=Options())
    assert declares_product(declared, read_metadata(declared))
    og_only = load(product_page().replace("application/ld+json", "text/plain"), options=Options())
    assert not declares_product(og_only, read_metadata(og_only))


def test_declared_product_root_steps_into_the_child_holding_its_prose() -> None:
    page = product_page().replace("</table></div></div>", "</table></div><p>Ships today.</p></div>")
    body = articlekit.extract(page).body
    assert DESCRIPTION in body
    assert "Ships today." not in body


INTRO = (
    "Fifteen years ago the baths were the busiest building on the river front. Every school "
    "in the town sent its pupils there for lessons, the swimming club trained in the early "
    "mornings, and on summer evenings the queue reached the bridge. When the roof was found "
    "to be unsafe the doors were locked within a week, and the campaign to reopen them began "
    "almost at once, led by a retired lifeguard and two teachers who had learnt to swim "
    "there. This is the story of how that campaign finally won, what it cost the families "
    "who gave their weekends to it, and what happens next now that the builders have keys. "
    "Work starts in the spring, and the first swimmers are expected the summer after next."
)


def story_with_intro_page() -> str:
    """A declared article: an intro block above the section that holds most of its prose."""
    story = "".join(f"<p>{text}</p>" for text in STORY * 6)
    return (
        "<html><head><title>Baths to reopen | Riverside News</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<h1>Baths to reopen</h1><div class='content'>"
        f"<div class='intro'><p>{INTRO}</p></div><div class='sections'>{story}</div>"
        "</div></body></html>"
    )


def test_step_down_keeps_an_intro_of_real_prose_beside_the_main_section() -> None:
    body = articlekit.extract(story_with_intro_page()).body
    assert INTRO in body
    assert STORY[0] in body
