"""Product pages: the description and specifications are the content; the buy box, reviews and
carousels of other products are not; tab panels the markup hides until clicked are content.

The pages below are hand-written models of common shop markup (no real page)."""

from __future__ import annotations

from lxml import html as lxml_html

import articlekit
from articlekit.blocks import build_blocks
from articlekit.dom import default_skip

PRODUCT_LD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Product", "name": "Trail Kettle 2",
 "offers": {"@type": "Offer", "price": "49.00", "priceCurrency": "USD"}}
</script>"""

DESCRIPTION = (
    "<p>The Trail Kettle boils half a litre of water in under four minutes on any camping "
    "stove, and its folding handle locks over the lid so nothing rattles in your pack.</p>"
    "<p>We anodised the aluminium body twice, which keeps the metal taste out of your tea and "
    "makes the outside shrug off soot from open fires after a long weekend outdoors.</p>"
    "<p>A pour spout shaped like a heron's beak gives a thin, steady stream, so you can make "
    "pour-over coffee at camp without spilling boiling water over your fingers.</p>"
)
SPECS = (
    "<table><tr><th>Capacity</th><td>0.9 litres</td></tr>"
    "<tr><th>Weight</th><td>212 grams</td></tr>"
    "<tr><th>Material</th><td>Hard-anodised aluminium</td></tr></table>"
)
CARDS = "".join(
    f'<li class="tile"><a href="/p/{n}"><img src="/i/{n}.jpg" alt=""></a>'
    f'<a href="/p/{n}">{name}</a><span class="amount">${price}</span></li>'
    for n, (name, price) in enumerate(
        [
            ("Folding Spork Titanium", "12.00"),
            ("Camp Mug Double Wall", "24.50"),
            ("Windscreen for Stoves", "18.00"),
            ("Fuel Canister Stand", "9.99"),
        ]
    )
)


def _page(main: str, head: str = PRODUCT_LD) -> str:
    return (
        f"<html><head><title>Trail Kettle 2 | Shop</title>{head}</head><body>"
        '<header class="site-header"><a href="/">Shop</a></header>'
        f"<main>{main}</main><footer>© 2024 Shop</footer></body></html>"
    )


def test_shop_page_keeps_description_and_specs_not_reviews_or_buy_box() -> None:
    html = _page(
        '<div class="product">'
        '<div class="buy-box"><h1>Trail Kettle 2</h1><span class="price">$49.00</span>'
        "<button>Add to cart</button><p>Free shipping on orders over $50.</p>"
        "<p>Order before three o'clock and we pack it the same day, with tracking.</p>"
        "<p>Returns are free for sixty days, even when the kettle has been used on a trip.</p>"
        "<p>Every order plants a tree with our partner charity in the Scottish Highlands.</p>"
        "<p>Questions? Our team answers by phone and e-mail seven days a week.</p></div>"
        f'<div class="product-description"><h2>Description</h2>{DESCRIPTION}'
        f"<h2>Specifications</h2>{SPECS}</div>"
        '<section class="reviews"><h2>Customer reviews</h2>'
        "<p>Great kettle, it boiled fast on my old stove and packs down small.</p>"
        "<p>The handle got hot after a while but overall I am happy with it.</p></section>"
        "</div>"
    )
    article = articlekit.extract(html)
    assert "heron's beak" in article.body
    assert "Hard-anodised aluminium" in article.body
    assert "Customer reviews" not in article.body
    assert "packs down small" not in article.body
    assert "Free shipping on orders" not in article.body
    assert "same day" not in article.body


def test_related_product_carousel_is_removed() -> None:
    html = _page(
        f"<h1>Trail Kettle 2</h1>{DESCRIPTION}{SPECS}"
        f'<div class="strip"><h3>Pairs well with</h3><ul class="row">{CARDS}</ul></div>'
    )
    article = articlekit.extract(html)
    assert "four minutes" in article.body
    assert "Camp Mug Double Wall" not in article.body
    assert "$24.50" not in article.body
    assert any(r.rule == "related-stories" and "Folding Spork" in r.sample for r in article.removed)


def test_hidden_tab_panels_of_a_product_are_content() -> None:
    html = _page(
        '<h1>Trail Kettle 2</h1><p class="price">$49.00</p>'
        '<div class="tabs"><ul role="tablist"><li>Description</li><li>Specifications</li></ul>'
        f'<div class="tab-pane active" role="tabpanel">{DESCRIPTION}</div>'
        f'<div class="tab-pane" role="tabpanel" style="display:none">{SPECS}'
        "<p>Not for use on induction hobs: the base is not magnetic at all.</p></div></div>"
        '<div style="display:none"><p>Your basket is empty. Sign in to see saved items.</p></div>'
    )
    article = articlekit.extract(html)
    assert "heron's beak" in article.body
    assert "212 grams" in article.body
    assert "induction hobs" in article.body
    assert "basket is empty" not in article.body


def test_hidden_panels_stay_hidden_on_an_article() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "K"}</script>'
    html = _page(
        f"<article><h1>Trail Kettle 2</h1>{DESCRIPTION}"
        f'<div class="tab-pane" style="display:none"><p>Hidden spec note: not for induction '
        "hobs, the base is not magnetic.</p></div></article>",
        head=ld,
    )
    article = articlekit.extract(html)
    assert "four minutes" in article.body
    assert "induction" not in article.body


def test_a_collection_of_products_keeps_its_cards() -> None:
    ld = "".join(
        f'<script type="application/ld+json">{{"@type": "Product", "name": "Item {n}"}}</script>'
        for n in range(12)
    )
    cards = "".join(
        f'<li class="card"><a href="/p/{n}"><img src="/i/{n}.jpg" alt=""></a>'
        f'<a href="/p/{n}">Lightweight camping kettle model {n}</a><span>${n + 20}.00</span></li>'
        for n in range(12)
    )
    html = _page(f'<h1>Camping kettles</h1><ul class="grid">{cards}</ul>', head=ld)
    article = articlekit.extract(html)
    assert "Lightweight camping kettle model 3" in article.body
    assert "Lightweight camping kettle model 11" in article.body


def test_description_list_with_wrapped_groups_keeps_its_items() -> None:
    root = lxml_html.document_fromstring(
        "<html><body><dl><div><dt>Capacity</dt><dd>0.9 litres</dd></div>"
        "<div><dt>Weight</dt><dd>212 grams</dd></div></dl></body></html>"
    )
    dl = next(root.iter("dl"))
    blocks = build_blocks(dl, default_skip, {}, False)
    assert [b.items for b in blocks] == [("Capacity", "0.9 litres", "Weight", "212 grams")]


def test_linked_picture_cards_without_prices_are_removed() -> None:
    cards = "".join(
        f'<div class="c"><a href="/p/{n}"><img src="/i/{n}.jpg" alt="">{name}</a></div>'
        for n, name in enumerate(
            ["Enamel Camp Plate Set", "Collapsible Water Bucket", "Long Handled Spoon Pair"]
        )
    )
    html = _page(f"<h1>Trail Kettle 2</h1>{DESCRIPTION}{SPECS}<div class='more'>{cards}</div>")
    article = articlekit.extract(html)
    assert "four minutes" in article.body
    assert "Collapsible Water Bucket" not in article.body


def test_identifier_spans_are_not_text() -> None:
    ids = [
        "0b7c2d1e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        "1c8d3e2f-5a6b-4c7d-9e8f-0a1b2c3d4e5f",
        "2d9e4f3a-6b7c-4d8e-af9a-1b2c3d4e5f6a",
    ]
    label = "".join(
        f"<span>{ch}</span><span class='x'>{u}</span>" for ch, u in zip("Pro", ids, strict=True)
    )
    html = _page(f"<h1>Trail Kettle 2</h1><div>{label}</div>{DESCRIPTION}{SPECS}")
    article = articlekit.extract(html)
    assert "four minutes" in article.body
    assert "4f5a" not in article.body
    assert "2d9e4f3a" not in article.body


def test_a_modal_with_the_shops_terms_is_not_the_product() -> None:
    terms = "".join(
        f"<p>Section {n}. By using this shop you agree that any dispute about an order, a "
        "delivery or a refund is settled by arbitration, and that these terms may change "
        "whenever we publish a new version of them on this page.</p>"
        for n in range(12)
    )
    html = _page(
        f"<h1>Trail Kettle 2</h1>{DESCRIPTION}{SPECS}"
        f'<div id="modal-terms" role="dialog" aria-modal="true"><h2>Terms</h2>{terms}</div>'
    )
    article = articlekit.extract(html)
    assert "heron's beak" in article.body
    assert "arbitration" not in article.body
    assert any(r.rule == "controls" and "Terms" in r.sample for r in article.removed)


def test_switching_a_rule_off_keeps_what_it_would_remove_on_a_product_page() -> None:
    html = _page(
        f"<h1>Trail Kettle 2</h1>{DESCRIPTION}{SPECS}"
        f'<div class="strip"><h3>Pairs well with</h3><ul class="row">{CARDS}</ul></div>'
        '<div style="display:none"><p>Your basket is empty. Sign in to see saved items.</p></div>'
    )
    article = articlekit.extract(html, rules=["-related-stories", "-hidden"])
    assert "Camp Mug Double Wall" in article.body
    assert "basket is empty" in article.body
    assert not any(r.rule in ("related-stories", "hidden") for r in article.removed)
