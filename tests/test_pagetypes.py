"""Main content of pages that are not articles (issue #3): a product's description and
specifications, all posts of a forum thread, the sections of a service page.

Every page here is hand-written and models one generic markup pattern.
"""

from __future__ import annotations

import json

import articlekit
from articlekit.ingest import load
from articlekit.kind import declared_kind
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
