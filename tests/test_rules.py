"""Chrome rules as data (SPEC §4, docs/rules.md): names, switching off, user rules, guards.

Each page is written by hand so that the chrome under test sits where the option matters
(inside the article's content), and each expectation follows from the spec and the rule docs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import articlekit
from articlekit.rules import ChromeRule, RuleSet

SPEC_RULES = (
    "site-header", "navigation", "site-footer", "sidebar", "share-buttons", "follow-us",
    "google-cta", "newsletter", "related-stories", "ads", "cookie-banner", "comments",
    "author-bio", "paywall",
)  # fmt: skip

P1 = (
    "The lighthouse keeper kept a logbook for forty years, noting every passing ship, every "
    "storm and every night the lamp failed, in a neat hand that hardly changed with age."
)
P2 = (
    "Historians at the county archive have now transcribed the whole record, and they say it "
    "shows how traffic along the coast shifted from sail to steam within a single lifetime."
)
P3 = (
    "The transcription will be published online next month, together with photographs of the "
    "pages and a map of the wrecks the keeper described in the long winters of his service."
)
P4 = (
    "Volunteers who helped with the work said the hardest part was the faded ink of the early "
    "years, which they read with a lamp held low to the page, much as the keeper once wrote."
)
PARAS = [P1, P2, P3, P4]
HEADLINE = "A lighthouse logbook spanning forty years goes online"
SHARE_TEXT = "Pass this story on to a friend who loves the sea."


def page(article_inner: str, outside: str = "", lang: str = "en") -> str:
    """A whole document: a masthead, one <article> holding `article_inner`, `outside` after."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Coast Weekly</title></head><body>"
        "<header><a href='/'>Coast Weekly</a></header>"
        f"<main><article><h1>{HEADLINE}</h1>{article_inner}</article>{outside}</main>"
        "<footer><p>Coast Weekly, Harbour Street 1</p></footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


SHARE_PAGE = page(
    paras(P1, P2)
    + f"<div class='share-bar'><p>{SHARE_TEXT}</p>"
    + "<a href='https://facebook.example/sharer?u=x'>Facebook</a></div>"
    + paras(P3, P4)
)


def rules_fired(article: articlekit.Article) -> set[str]:
    return {r.rule for r in article.removed}


# --------------------------------------------------------------------------- names


def test_default_rule_names_hold_the_spec_rules() -> None:
    names = RuleSet.default().names()
    missing = [n for n in SPEC_RULES if n not in names]
    assert missing == []
    assert len(names) == len(set(names))


# --------------------------------------------------------------------------- switching off


def test_share_bar_inside_the_article_removed_by_default() -> None:
    art = articlekit.extract(SHARE_PAGE)
    assert SHARE_TEXT not in art.body
    assert "share-buttons" in rules_fired(art)
    assert all(p in art.body for p in PARAS)


def test_without_share_buttons_keeps_the_share_bar_text() -> None:
    rules = RuleSet.default().without("share-buttons")
    assert "share-buttons" not in rules.names()
    art = articlekit.extract(SHARE_PAGE, rules=rules)
    assert SHARE_TEXT in art.body
    assert "share-buttons" not in rules_fired(art)


def test_minus_name_in_rules_list_keeps_the_share_bar_text() -> None:
    art = articlekit.extract(SHARE_PAGE, rules=["-share-buttons"])
    assert SHARE_TEXT in art.body
    assert "share-buttons" not in rules_fired(art)


def test_unknown_rule_name_raises_value_error() -> None:
    with pytest.raises(ValueError, match="no-such-rule"):
        RuleSet.default().without("no-such-rule")
    with pytest.raises(ValueError, match="no-such-rule"):
        articlekit.extract(SHARE_PAGE, rules=["-no-such-rule"])


# --------------------------------------------------------------------------- user rules

STRIP_TEXT = "Tide tables for the whole week are printed on page twelve of this issue."
STRIP_PAGE = page(paras(P1, P2) + f"<div class='promo-strip'>{STRIP_TEXT}</div>" + paras(P3, P4))
PROMO = ChromeRule("promo-strip", "our site's promo strip", classes=r"promo-strip")


def _assert_strip_removed(art: articlekit.Article) -> None:
    assert STRIP_TEXT not in art.body
    assert all(p in art.body for p in PARAS)
    samples = [r.sample for r in art.removed if r.rule == "promo-strip"]
    assert len(samples) == 1
    assert samples[0]
    assert samples[0].split()[0] in STRIP_TEXT.split()[:3]


def test_promo_strip_text_stays_without_the_user_rule() -> None:
    # The premise of the next two tests: no shipped rule takes this strip.
    art = articlekit.extract(STRIP_PAGE)
    assert STRIP_TEXT in art.body


def test_user_rule_via_ruleset_removes_and_is_recorded() -> None:
    art = articlekit.extract(STRIP_PAGE, rules=RuleSet.default().with_rules(PROMO))
    _assert_strip_removed(art)


def test_user_rule_via_rules_list_removes_and_is_recorded() -> None:
    art = articlekit.extract(STRIP_PAGE, rules=[PROMO])
    _assert_strip_removed(art)


def test_invalid_regex_raises_value_error_naming_the_rule() -> None:
    bad = ChromeRule("broken-rule", "a rule with a bad pattern", classes=r"promo-(strip")
    with pytest.raises(ValueError, match="broken-rule"):
        RuleSet.default().with_rules(bad)
    with pytest.raises(ValueError, match="broken-rule"):
        articlekit.extract(STRIP_PAGE, rules=[bad])


# --------------------------------------------------------------------------- comments

COMMENT = (
    "I grew up two miles from that lighthouse and my grandmother knew the keeper; he used to "
    "give the village children boiled sweets when they walked up the hill to visit him."
)
COMMENT_PAGE = page(
    "<div class='entry-content'>"
    + paras(P1, P2, P3, P4)
    + "</div><section id='comments' class='comments-area'><h2>2 Comments</h2>"
    + "<ol class='comment-list'><li class='comment'><p class='comment-author'>Mary</p>"
    + f"<p>{COMMENT}</p></li><li class='comment'><p class='comment-author'>Tom</p>"
    + "<p>Wonderful to see this record saved for everyone to read at last.</p></li></ol>"
    + "</section>"
)


def test_comments_removed_by_default() -> None:
    art = articlekit.extract(COMMENT_PAGE)
    assert COMMENT not in art.body
    assert "comments" in rules_fired(art)
    assert all(p in art.body for p in PARAS)


def test_include_comments_keeps_the_comment_text() -> None:
    art = articlekit.extract(COMMENT_PAGE, include_comments=True)
    assert COMMENT in art.body
    assert all(p in art.body for p in PARAS)


# --------------------------------------------------------------------------- guards


def test_article_wrapper_with_share_class_is_protected() -> None:
    html = page(f"<div class='post share-enabled'>{paras(*PARAS)}</div>")
    art = articlekit.extract(html)
    assert all(p in art.body for p in PARAS)


def test_cookie_banner_dialog_is_recorded_as_cookie_banner() -> None:
    banner = (
        "<div role='dialog' aria-label='Privacy choices' class='consent-layer'>"
        "<p>We use cookies to give you the best experience on our website. By continuing you "
        "agree to our use of cookies.</p><button>Accept all</button></div>"
    )
    art = articlekit.extract(page(paras(*PARAS), outside=banner))
    assert "cookie-banner" in rules_fired(art)
    assert "We use cookies" not in art.body


# --------------------------------------------------------------------------- localized chrome

DE = [
    "Der Leuchtturmwärter führte vierzig Jahre lang ein Logbuch und notierte jedes "
    "vorbeifahrende Schiff, jeden Sturm und jede Nacht, in der die Lampe ausfiel.",
    "Historiker im Kreisarchiv haben die Aufzeichnungen nun vollständig abgeschrieben und "
    "sagen, dass sie den Wandel vom Segel zum Dampf innerhalb eines Lebens zeigen.",
    "Die Abschrift wird im nächsten Monat im Netz veröffentlicht, zusammen mit Fotos der "
    "Seiten und einer Karte der Wracks, die der Wärter in den langen Wintern beschrieb.",
]
FR = [
    "Le gardien du phare a tenu un journal pendant quarante ans, notant chaque navire, chaque "
    "tempête et chaque nuit où la lampe s'est éteinte, d'une écriture soignée.",
    "Les historiens des archives départementales ont transcrit l'ensemble du registre et "
    "affirment qu'il montre le passage de la voile à la vapeur en une seule vie.",
    "La transcription sera publiée en ligne le mois prochain, avec des photographies des pages "
    "et une carte des épaves que le gardien a décrites pendant les longs hivers.",
]
ES = [
    "El farero llevó un cuaderno de bitácora durante cuarenta años, anotando cada barco, cada "
    "tormenta y cada noche en que la lámpara se apagó, con una letra muy cuidada.",
    "Los historiadores del archivo provincial han transcrito todo el registro y dicen que "
    "muestra el paso de la vela al vapor en el transcurso de una sola vida.",
    "La transcripción se publicará en internet el mes que viene, junto con fotografías de las "
    "páginas y un mapa de los naufragios que el farero describió en los inviernos.",
]


def related_module(label: str, titles: tuple[str, str]) -> str:
    links = "".join(f"<li><a href='/story-{i}'>{t}</a></li>" for i, t in enumerate(titles))
    return f"<div class='box'><h3>{label}</h3><ul>{links}</ul></div>"


LOCALIZED = [
    pytest.param(
        "de",
        DE,
        "<div class='box'><p>Newsletter abonnieren</p>"
        "<p>Jeden Morgen die wichtigsten Nachrichten von der Küste.</p></div>",
        ("Newsletter abonnieren", "Jeden Morgen die wichtigsten"),
        "newsletter",
        id="de-newsletter",
    ),
    pytest.param(
        "de",
        DE,
        related_module("Lesen Sie auch", ("Neue Fähre ab Juni", "Deich früher fertig")),
        ("Lesen Sie auch", "Neue Fähre ab Juni", "Deich früher fertig"),
        "related-stories",
        id="de-related",
    ),
    pytest.param(
        "fr",
        FR,
        related_module("À lire aussi", ("Le nouveau ferry arrive", "La digue est réparée")),
        ("À lire aussi", "Le nouveau ferry arrive", "La digue est réparée"),
        "related-stories",
        id="fr-related",
    ),
    pytest.param(
        "es",
        ES,
        related_module("Te puede interesar", ("Llega el nuevo ferri", "El dique ya está listo")),
        ("Te puede interesar", "Llega el nuevo ferri", "El dique ya está listo"),
        "related-stories",
        id="es-related",
    ),
]


@pytest.mark.parametrize(("lang", "texts", "chrome", "leaks", "rule"), LOCALIZED)
def test_localized_chrome_removed(
    lang: str, texts: list[str], chrome: str, leaks: tuple[str, ...], rule: str
) -> None:
    inner = paras(texts[0], texts[1]) + chrome + paras(texts[2])
    art = articlekit.extract(page(inner, lang=lang))
    assert all(t in art.body for t in texts)
    assert [s for s in leaks if s in art.body] == []
    assert rule in rules_fired(art)


# --------------------------------------------------------------------------- more shipped rules

KIND_CHROME = [
    pytest.param(
        "<div class='author-bio'><p>Mary Smith writes about the coast and its people for "
        "Coast Weekly. She lives in a converted net loft.</p></div>",
        "converted net loft",
        "author-bio",
        id="author-bio",
    ),
    pytest.param(
        "<div class='paywall'><p>Subscribe to keep reading. Already a subscriber? Log in."
        "</p></div>",
        "Subscribe to keep reading",
        "paywall",
        id="paywall",
    ),
    pytest.param(
        "<div><a href='https://www.google.com/preferences/source?q=coastweekly.example'>"
        "Add Coast Weekly as a preferred source on Google</a></div>",
        "preferred source on Google",
        "google-cta",
        id="google-cta",
    ),
    pytest.param(
        "<div class='follow-us'><p>Follow us</p><a href='https://social.example/cw'>Mastodon"
        "</a> <a href='https://photos.example/cw'>Instagram</a></div>",
        "Follow us",
        "follow-us",
        id="follow-us",
    ),
    pytest.param(
        "<div class='ad-slot'><span>Advertisement</span><div id='div-gpt-ad-1'></div></div>",
        "Advertisement",
        "ads",
        id="ads",
    ),
    pytest.param(
        "<div class='newsletter'><h3>Sign up for the Tide Times</h3><p>Our best stories in "
        "your inbox every Friday.</p><form><input type='email'><button>Sign up</button>"
        "</form></div>",
        "Tide Times",
        "newsletter",
        id="newsletter",
    ),
]


@pytest.mark.parametrize(("chrome", "leak", "rule"), KIND_CHROME)
def test_kind_chrome_inside_the_article_removed_and_named(
    chrome: str, leak: str, rule: str
) -> None:
    art = articlekit.extract(page(paras(P1, P2) + chrome + paras(P3, P4)))
    assert leak not in art.body
    assert all(p in art.body for p in PARAS)
    assert rule in rules_fired(art)


def test_class_word_shared_is_not_share() -> None:
    # docs/rules.md: class patterns match whole words, so "shared" is not "share".
    note = "The keeper's logbook is a shared treasure of the three villages on the point."
    html = page(paras(P1, P2) + f"<div class='shared-heritage'><p>{note}</p></div>" + paras(P3))
    art = articlekit.extract(html)
    assert note in art.body


def test_removal_sample_is_short() -> None:
    # About a third of the page's prose: big enough to need cutting, too small to be protected.
    long_text = " ".join(f"Our newsletter item number {i} is worth reading." for i in range(7))
    box = f"<div class='newsletter'><p>{long_text}</p></div>"
    art = articlekit.extract(page(paras(*PARAS), outside=box))
    assert "newsletter item" not in art.body
    samples = [r.sample for r in art.removed if r.rule == "newsletter"]
    assert samples
    assert all(0 < len(s) <= 200 for s in samples), samples


def test_user_rule_with_a_default_name_replaces_it() -> None:
    inert = ChromeRule("share-buttons", "matches nothing here", classes=r"no-such-class-word")
    rules = RuleSet.default().with_rules(inert)
    assert rules.names().count("share-buttons") == 1
    art = articlekit.extract(SHARE_PAGE, rules=rules)
    assert SHARE_TEXT in art.body


def test_user_text_rule_removes_by_visible_text() -> None:
    rule = ChromeRule("tide-box", "tide table pointer", text=r"tide tables for")
    html = page(paras(P1, P2) + f"<div>{STRIP_TEXT}</div>" + paras(P3, P4))
    art = articlekit.extract(html, rules=[rule])
    assert STRIP_TEXT not in art.body
    assert "tide-box" in rules_fired(art)


def test_every_shipped_rule_is_documented() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [name for name in RuleSet.default().names() if f"| `{name}` |" not in doc]
    assert not missing, f"docs/rules.md lacks a row for: {missing}"
