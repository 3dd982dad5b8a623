"""Field cues as data: the class words and text labels that reveal headlines, deks, kickers,
bylines, editorial notes and image credits. Generic patterns only; no site names.
"""

from __future__ import annotations

import re


class ClassCue:
    """A class/id word test, memoised: the same class strings recur across a page and a site."""

    MAX_CACHE = 50_000

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self._cache: dict[str, bool] = {}

    def search(self, cid: str) -> bool:
        hit = self._cache.get(cid)
        if hit is None:
            if len(self._cache) >= self.MAX_CACHE:
                self._cache.clear()
            hit = self._cache[cid] = self.pattern.search(cid) is not None
        return hit


def class_words(spec: str) -> ClassCue:
    """Match any of the white-space separated words as a whole word of a lower-cased class/id
    string."""
    return ClassCue(r"(?<![a-z0-9])(?:" + "|".join(spec.split()) + r")(?![a-z0-9])")


HEADLINE_CLASSES = class_words(
    """
        headline entry-title post-title article-title story-title page-title article-headline
        story-headline title heading-title main-title
    """
)
# React's server-streamed segments ("<div hidden id="S:0">"): hidden until a script moves them
# into place, so what they hold is shown, not hidden.
STREAMED_BOUNDARY_ID = re.compile(r"^[SB]:\d+$")
# Parts of a heading element that are not its title: a date or byline set inside the h1.
HEADING_NOISE_CLASSES = class_words(
    """
        date title-date post-date entry-date dateline timestamp pubdate posted-on byline
        comment-count comments-count reading-time read-time
    """
)
DEK_CLASSES = class_words(
    """
        subhed sub-hed subheading article-subheading story-deck
        dek deck standfirst subtitle sub-title subhead sub-head subheadline sub-headline strapline
        summary article-summary excerpt intro article-intro synopsis description article-description
        lede lead-in tagline abstract teaser-text article-dek post-excerpt sapo chapo entry-summary
        post-subtitle story-summary
    """
)
KICKER_CLASSES = class_words(
    """
        kicker eyebrow overline rubric section section-name section-label category categories
        cat-links post-category article-category topic label flag supertitle super-title pre-title
        pretitle tagline breadcrumb story-section
    """
)
BYLINE_CLASSES = class_words(
    """
        byline by-line bylines author authors author-name article-author post-author entry-author
        contributor contributors writer posted-by meta-author author-link authorname story-byline
        article-byline credits
    """
)
DATE_CLASSES = class_words(
    """
        meta post-meta entry-meta article-meta card-meta meta-info
        date dateline published updated timestamp time pubdate post-date entry-date article-date
        publish-date posted-on meta-date
    """
)
CREDIT_CLASSES = class_words(
    """
        credit credits image-credit photo-credit caption-credit copyright photographer attribution
        image-source media-credit source photo-byline image-byline wp-media-credit img-credit
        picture-credit fotograf
        credito
    """
)
CAPTION_CLASSES = class_words(
    """
        caption figcaption wp-caption-text image-caption photo-caption media-caption caption-text
        img-caption legend legende
    """
)
FIGURE_CLASSES = class_words(
    """
        wp-caption figure image-block photo media-image article-image lead-image featured-image
        hero-image inline-image post-thumbnail wp-block-image
    """
)
# Images that are never the article's: avatars, logos, icons, tracking pixels, badges.
NON_ARTICLE_IMAGE = re.compile(
    r"(?<![a-z0-9])(?:avatar|logo|icon|emoji|gravatar|author-photo|author-image|headshot|"
    r"profile|badge|sprite|pixel|spacer|tracking|cta|button|thumb-author)(?![a-z0-9])"
)

# Editorial notes: the label, then ":" or a dash or a period within a few words.
NOTE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "editors_note",
        re.compile(
            r"^\W{0,4}(?:editor[’']?s[’']? ?note|note from the editor|editorial note|"
            r"anmerkung der redaktion|hinweis der redaktion|note de la rédaction|"
            r"nota del editor|nota de la redacción|nota do editor|nota da redação|"
            r"nota della redazione|noot van de redactie|от редакции|nota redakcji)\b",
            re.I,
        ),
    ),
    (
        "correction",
        re.compile(
            r"^\W{0,4}(?:corrections?|clarifications?|korrektur|berichtigung|rectificatif|"
            r"correctif|corrección|correção|correzione|rettifica|correctie|rectificatie|"
            r"поправка|sprostowanie)\b",
            re.I,
        ),
    ),
    (
        "update",
        re.compile(
            r"^\W{0,4}(?:updated?|aktualisierung|aktualisiert|nachtrag|mise à jour|"
            r"actualización|actualizado|atualização|atualizado|aggiornamento|aggiornato|"
            r"bijgewerkt|обновлено|обновление|aktualizacja)\b",
            re.I,
        ),
    ),
)
# After the label: how far the ":" / "—" that ends it may be (e.g. "Update 5/19 10 p.m. ET:").
# The label ends at a colon or dash ("Update 5/19 10 p.m. ET:", "Correction —"), at closing
# bold marks ("**Update** As of …"), or after a parenthesised date ("Update (May 19) …").
NOTE_LABEL_END = re.compile(r"^[^:—–\n]{0,48}?(?:[—–]|:(?!\d))|^\*\*\s|^\s*\([^)]{0,40}\)\s*[:—–]?")
# Unlabelled statements of an article's update history ("This article was originally
# published in April 2020 and was updated in April 2024 …").
UPDATE_HISTORY = re.compile(
    r"^(?:this|the) (?:article|story|post|guide|page|piece) (?:was|has been|is) "
    r"(?:originally |first )?(?:published|written|posted)\b.{0,120}?\bupdated\b",
    re.I,
)
NOTE_MIN_WORDS = 5

# Credit labels removed from the start of a credit string.
CREDIT_LABEL = re.compile(
    r"^\W{0,2}(?:top (?:photo|image) credit|image credits?|photo credits?|picture credits?|"
    r"photographs?(?: by)?|photos?(?: by)?|images?(?: by)?|pictures?|credits?|illustrations?"
    r"(?: by)?|graphics?(?: by)?|source|foto(?:s|grafie)?|bild|quelle|crédit(?:s)? photo|"
    r"crédit|créditos?|fuente|courtesy(?: of)?|copyright)(?:\s*[:：]\s*|\s+)"
    r"|^\W{0,2}(?:©|\(c\))\s*",
    re.I,
)
# A credit written inside caption text: "(Name/Agency)", "Photo: Name", "AP Photo/Name".
CREDIT_IN_PARENS = re.compile(
    r"\(([^()]{0,80}?(?:/|photo|image|credit|©|courtesy|getty|"
    r"reuters|shutterstock|wikimedia|creative commons|afp|\bap\b|"
    r"epa|alamy|unsplash|pexels|istock)[^()]{0,80})\)",
    re.I,
)
CREDIT_TRAILING = re.compile(
    r"(?:^|[.;|—–-]\s*|\s)("
    r"(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?)\s+by\s+|"
    r"(?:photo(?:graph)?s?|image|picture|credit|foto|bild|illustration)(?: credit)?\s*[:：]\s*)"
    r"[^.;|]{2,120}?|©\s*[^.;|]{2,120}?)\s*\.?$",
    re.I,
)
