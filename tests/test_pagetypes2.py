"""Body text of non-article pages and of articles laid out in unusual blocks (session 3).

Hand-written pages, each modelling one generic markup pattern:
- a <figure> used as a layout block around a table and the rest of the story;
- "meta"-classed layout blocks that hold content, not a byline or a date;
- byline/date lines that still belong to the fields, not to the body.
"""

from __future__ import annotations

import articlekit

PROSE = (
    "The kettle came to a boil in four minutes, and the grounds steeped for another four, "
    "which left a clear, sweet cup with very little sediment at the bottom of the mug."
)


def test_figure_holding_a_table_and_the_story_keeps_its_text() -> None:
    html = f"""<html><body><article><h1>Testing presses</h1>
    <p>{PROSE}</p><p>{PROSE}</p>
    <figure class="block-table"><img src="press.jpg" width="600" height="400">
      <div><table><tr><th>Press</th><th>Material</th></tr><tr><td>Clara</td><td>Steel</td></tr>
      </table>
      <p>Glass carafes were the easiest to watch. {PROSE}</p>
      <h2>Insulation helped</h2>
      <p>Double walls kept the heat longer. {PROSE}</p>
      <p>{PROSE}</p></div></figure>
    </article></body></html>"""
    article = articlekit.extract(html)
    kinds = [b.kind for b in article.blocks]
    assert "table" in kinds
    assert "Glass carafes were the easiest to watch." in article.body
    assert "Insulation helped" in article.body
    assert "Double walls kept the heat longer." in article.body
    # the image itself is still the article's figure
    assert [i.src for i in article.images] == ["press.jpg"]


def test_figure_with_a_short_caption_is_still_one_image() -> None:
    html = f"""<html><body><article><h1>Testing presses</h1>
    <p>{PROSE}</p><p>{PROSE}</p>
    <figure><img src="press.jpg" width="600" height="400">
      <figcaption>The steel press on the test bench.</figcaption></figure>
    <p>{PROSE}</p></article></body></html>"""
    article = articlekit.extract(html)
    assert [i.caption for i in article.images] == ["The steel press on the test bench."]
    assert "test bench" not in article.body


def test_meta_classed_layout_blocks_keep_their_content() -> None:
    sections = "".join(
        f"""<section class="jss-meta-block-section"><div class="jss-meta-block">
        <h2>Plan {n}</h2><p>Watch live channels on every screen in the house, plan {n}.</p>
        <div class="meta__button-container"><a href="/plan{n}">See plan {n}</a></div>
        </div></section>"""
        for n in range(1, 6)
    )
    html = f"""<html><head><meta property="og:type" content="article"></head><body><main>
    <h1>Television plans</h1><p>{PROSE}</p>{sections}</main></body></html>"""
    body = articlekit.extract(html).body
    for n in range(1, 6):
        assert f"Watch live channels on every screen in the house, plan {n}." in body


def test_meta_line_with_a_date_or_byline_stays_out_of_the_body() -> None:
    html = f"""<html><head><meta property="og:type" content="article"></head><body><article>
    <h1>Testing presses</h1>
    <div class="entry-meta">Posted on March 3, 2024 in Kitchen</div>
    <p>{PROSE}</p><p>{PROSE}</p>
    <div class="post-meta">By Jane Roe</div>
    </article></body></html>"""
    body = articlekit.extract(html).body
    assert "March 3, 2024" not in body
    assert "Jane Roe" not in body
    assert PROSE in body


def test_root_above_main_steps_into_main() -> None:
    """Prose outside <main> (a shop's testimonials and service blurbs in unclassed divs) does not
    make the whole page the content."""
    blurbs = "".join(
        f"<div><div><p>Customer {n} wrote that the service was friendly, quick, and reliable, "
        f"and that every order, large or small, arrived well packed.</p></div></div>"
        for n in range(8)
    )
    html = f"""<html><head><script type="application/ld+json">
    {{"@context": "https://schema.org", "@type": "Product", "name": "Steel press"}}
    </script></head><body><div><div><main><h1>Steel press</h1>
    <p>A double-walled steel press that keeps coffee hot, brews four cups, and comes apart
    for cleaning. The fine mesh filter holds back most of the grounds, and the lid locks.</p>
    <p>{PROSE}</p><p>{PROSE}</p></main>
    <div>{blurbs}</div></div></div></body></html>"""
    body = articlekit.extract(html).body
    assert "double-walled steel press" in body
    assert "Customer 3 wrote" not in body
