"""The chrome rescue: when one structural rule removes nearly all prose it is retried off,
but tags written out as text inside <noscript> are not prose and never trigger it."""

from __future__ import annotations

import articlekit

PARAGRAPHS = [
    "The harbour authority approved the new ferry timetable on Tuesday after a long debate "
    "about early sailings, which islanders had asked for since the winter storms.",
    "Under the plan the first boat leaves at half past five, an hour earlier than now, and "
    "a second crew will be hired so that the evening service can run until midnight.",
    "Fares stay the same for residents, while visitors will pay a small surcharge in summer "
    "to cover the extra crossings, the authority said in a statement.",
]

PIXEL = (
    "&lt;div style=&quot;position:absolute;&quot;&gt;&lt;img width=1 height=1 alt=&quot;&quot; "
    "src=&quot;http://pixel.example/b?P=" + "x" * 400 + "&quot;&gt;&lt;/div&gt;"
)


def _page(noscripts: int) -> str:
    paras = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    pixels = "".join(
        f"<div class='slot'><noscript>{PIXEL}</noscript></div>" for _ in range(noscripts)
    )
    return (
        "<html><head><title>Ferry timetable</title></head><body>"
        "<nav><ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul></nav>"
        f"{pixels}<article><h1>Earlier ferries from May</h1>{paras}</article>{pixels}"
        "</body></html>"
    )


def test_escaped_markup_in_noscript_does_not_trigger_the_rescue() -> None:
    article = articlekit.extract(_page(noscripts=15))
    assert "<div" not in article.body
    assert "pixel.example" not in article.body
    for text in PARAGRAPHS:
        assert text in article.body
    assert "noscript" in {r.rule for r in article.removed}


def test_noscript_with_real_prose_is_still_rescued() -> None:
    # A page whose whole article sits in <noscript> (a script-rendered page saved raw): the
    # rescue keeps it, because that text is prose, not markup.
    paras = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    page = f"<html><body><noscript><h1>Earlier ferries</h1>{paras}</noscript></body></html>"
    article = articlekit.extract(page)
    assert PARAGRAPHS[0] in article.body
