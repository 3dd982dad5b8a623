"""Forum threads and listings: their posts and cards are the content; consent panels, and
classes that only say how an ad slot is hidden, are not reasons to drop them."""

from __future__ import annotations

import articlekit

_CONSENT_PARAGRAPH = (
    "<p>When you visit any website, it may store or retrieve information on your browser, "
    "mostly in the form of cookies. This information might be about you, your preferences or "
    "your device and is mostly used to make the site work as you expect it to.</p>"
)


def _forum_with_consent_center() -> str:
    """A short thread (three posts) and a consent manager's preference center that holds more
    prose than the thread itself."""
    posts = "".join(
        f'<div class="post"><span class="author">user{n}</span><p>{text}</p></div>'
        for n, text in (
            (1, "My new case arrived today, but the front panel rattles when the fans spin up."),
            (2, "Check the two screws behind the mesh, mine were loose from the factory."),
            (3, "Same here; a strip of felt tape under the panel's clips fixed it for good."),
        )
    )
    center = "".join(
        f"<section><h4>Category {n}</h4>{_CONSENT_PARAGRAPH}</section>" for n in range(1)
    )
    return (
        "<html><head><title>Front panel rattles</title></head><body>"
        f'<div class="thread"><h1>Front panel rattles</h1>{posts}</div>'
        f'<div id="consent-sdk"><div class="cookie-preference-center" role="dialog">'
        f"<h2>Privacy Preference Center</h2>{center}</div></div>"
        "</body></html>"
    )


def test_consent_center_larger_than_the_thread_is_removed() -> None:
    art = articlekit.extract(_forum_with_consent_center())
    assert "felt tape under the panel" in art.body
    assert "loose from the factory" in art.body
    assert "retrieve information on your browser" not in art.body
    assert "cookie-banner" in {r.rule for r in art.removed}
