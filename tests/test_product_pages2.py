"""Pages whose own content is missing from the saved markup (a shop page saved before its script
drew the product): only the footer is left, and a footer is no article.

The pages below are hand-written models of common markup (no real page)."""

from __future__ import annotations

import articlekit

FOOTER_LISTS = (
    "<dl><dt>Help</dt><dd><a href='/help'>Help centre</a>, <a href='/returns'>Returns and "
    "refunds</a>, <a href='/report'>Report a listing</a>, <a href='/recalls'>Recalls</a></dd></dl>"
    "<dl><dt>Our sites</dt><dd><a href='/fr'>French</a>, <a href='/de'>German</a>, "
    "<a href='/es'>Spanish</a>, <a href='/it'>Italian</a>, <a href='/pl'>Polish</a></dd></dl>"
    "<dl><dt>Browse</dt><dd><a href='/c/1'>All categories</a>, <a href='/c/2'>Deals of the "
    "day</a>, <a href='/c/3'>Gift ideas</a>, <a href='/c/4'>New arrivals</a></dd></dl>"
    "<p>Shipping to most countries. Prices include VAT where it applies.</p>"
)


def _shell(footer: str) -> str:
    return (
        "<html><head><title>Camp Kettle | Shop</title>"
        '<meta property="og:type" content="product"></head><body>'
        '<div class="top"><h1>Shop</h1><ul><li><a href="/s">Search the shop</a></li></ul></div>'
        '<div id="app"></div>'  # the product would be drawn here by the page's script
        f"{footer}</body></html>"
    )


def test_a_page_left_with_only_its_footer_has_an_empty_body() -> None:
    page = _shell(f'<footer><div class="links">{FOOTER_LISTS}</div></footer>')
    assert articlekit.extract(page).body == ""


def test_a_footer_named_by_its_class_counts_as_the_footer() -> None:
    page = _shell(f'<div class="footer_container"><div class="cols">{FOOTER_LISTS}</div></div>')
    assert articlekit.extract(page).body == ""


def test_a_long_text_in_an_element_named_footer_is_kept() -> None:
    # A page builder may put a whole section group under a "footer" name: a long text there is
    # the page's own, not footer links.
    prose = "".join(
        f"<p>Paragraph {n} of the guide explains, step by step, how the kettle is cleaned, "
        "descaled and dried after a trip, so that it lasts for many seasons of camping.</p>"
        for n in range(12)
    )
    page = _shell(f'<div class="footer-group"><div class="text">{prose}</div></div>')
    assert "Paragraph 11 of the guide" in articlekit.extract(page).body


PRODUCT_LD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Product", "name": "Trail Kettle 2"}
</script>"""


def _tabbed_product(strip_attrs: str, label_tag: str = "div") -> str:
    labels = "".join(
        f'<{label_tag} class="tab-label">{name}</{label_tag}>'
        for name in ("Overview", "Specs", "Reviews (2)")
    )
    specs = "".join(
        f"<tr><th>{key}</th><td>{value}</td></tr>"
        for key, value in [
            ("Capacity", "0.9 litres"),
            ("Weight", "212 grams"),
            ("Material", "Hard-anodised aluminium"),
            ("Handle", "Folding, locking"),
        ]
    )
    intro = "".join(
        f"<p>The kettle boils half a litre of water in under four minutes on a camping stove "
        f"({n}), and its folding handle locks over the lid so nothing rattles in a pack.</p>"
        for n in range(4)
    )
    return (
        f"<html><head><title>Trail Kettle 2</title>{PRODUCT_LD}</head><body>"
        f'<div class="product"><h1>Trail Kettle 2</h1>{intro}'
        f'<div class="details"><div {strip_attrs}>{labels}</div>'
        f'<div class="panel-specs"><table class="spec-table">{specs}</table></div></div>'
        "</div></body></html>"
    )


def test_a_reviews_tab_label_takes_only_the_tab_strip() -> None:
    body = articlekit.extract(_tabbed_product('class="tab-navs"')).body
    assert "Hard-anodised aluminium" in body and "212 grams" in body
    assert "Reviews (2)" not in body


def test_a_tab_header_class_stops_the_reviews_label_too() -> None:
    body = articlekit.extract(_tabbed_product('class="tabs-header"')).body
    assert "Hard-anodised aluminium" in body and "Reviews (2)" not in body


def _description_page(panels: str, box_class: str = "product-description") -> str:
    buy_box = (
        '<div class="buy"><span class="price">$98.00</span><p>Free returns within thirty '
        "days, and delivery in two to four working days to most addresses.</p>"
        "<button>Add to cart</button></div>"
    )
    description = (
        "<p>We built this shell jacket for changeable mountain weather: the two-and-a-half "
        "layer fabric keeps rain out, lets sweat escape and packs into its own pocket.</p>"
        "<p>Underarm vents and an adjustable hood keep you comfortable on long climbs, and "
        "the front zip can be repaired rather than replaced when it finally wears out.</p>"
        "<p>The fabric is made from recycled polyamide and finished without fluorinated "
        "chemicals, so the jacket is kinder to the rivers that its buyers walk beside.</p>"
    )
    return (
        f"<html><head><title>Shell Jacket</title>{PRODUCT_LD}</head><body>"
        f'<div class="product"><h1>Shell Jacket</h1>{buy_box}'
        f'<section class="details"><div class="{box_class}">{description}</div>'
        f"{panels}</section></div></body></html>"
    )


ACCORDIONS = "".join(
    f'<div class="accordion"><h3>{title}</h3><div class="accordion__content">{text}</div></div>'
    for title, text in [
        ("Details", "<p>Shell: 100% polyamide, recycled.</p>"),
        ("Features", "<ul><li>Seam sealed</li><li>Adjustable cuffs</li></ul>"),
    ]
)


def test_accordions_beside_the_description_join_it() -> None:
    body = articlekit.extract(_description_page(ACCORDIONS)).body
    assert "kinder to the rivers" in body
    assert "100% polyamide, recycled" in body and "Adjustable cuffs" in body
    assert "Free returns within thirty days" not in body


def test_tabs_beside_a_description_tab_stay_out() -> None:
    # A description that is itself one tab among others: the reader sees one tab at a time.
    tabs = '<div class="tab-panel"><p>Shell: 100% polyamide, recycled.</p></div>'
    page = _description_page(tabs, box_class="tab-panel tab-description")
    body = articlekit.extract(page).body
    assert "kinder to the rivers" in body and "100% polyamide" not in body
