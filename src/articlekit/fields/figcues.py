"""Figure cues as data: the markup words and text patterns that tell an article's own figure from
a teaser card, and a credit line from a caption. Generic patterns only; no site names.

Kept apart from `cues.py` (shared by every field) because only the figure finder reads them.
"""

from __future__ import annotations

import re

from articlekit.fields.cues import class_words

# Class/id words of the blocks that hold other stories' cards: a figure inside one is a teaser
# image (its caption and credit belong to another story).
TEASER_CLASSES = class_words(
    """
        promo promos promoted promote-content teaser teasers recirc recirculation related
        related-stories related-posts feed feed-item feed__item river most-popular mostpopular
        popular-posts trending recommended recommendations more-stories more-articles read-next
        up-next next-story also-read you-may-like outbrain taboola story-card story-list
        card-list post-list latest-posts latest-news
    """
)
# The article's own galleries and slideshows: a run of linked images inside one is not a grid
# of teaser cards.
GALLERY_CLASSES = class_words(
    """
        gallery wp-block-gallery blocks-gallery-grid tiled-gallery gallery-item slideshow
        image-gallery photo-gallery article-gallery lightbox
    """
)
TEASER_CLIMB = 7  # how far above a figure a teaser block may sit
RUN_CLIMB = 3  # how far above a linked figure its run of sibling cards may start
RUN_MIN_FIGURES = 3  # this many linked figures side by side: a card grid or a carousel

# Attribute values (data-*, itemprop) that name a credit element where its class does not.
CREDIT_ATTR = re.compile(r"(?<![a-z])(?:credit|creditor|copyright|attribution|photographer)", re.I)
CREDIT_ATTRS = ("itemprop", "data-theme-key", "data-testid", "data-component", "data-role")

# Agencies, stock libraries and licences that mark a line as a credit wherever they stand
# ("Jane Roe/Getty Images", "Kathyn8 | Getty Images", "AP Photo/John Roe").
AGENCY = re.compile(
    r"(?<![\w])(?:getty(?: images)?|reuters|associated press|ap photo|ap|afp|epa(?:-efe)?|"
    r"shutterstock|istock(?:photo)?|alamy|adobe ?stock|unsplash|pexels|pixabay|wikimedia"
    r"(?: commons)?|creative commons|cc by(?:-sa)?|flickr|redux|dpa|anadolu|xinhua|"
    r"bloomberg|sipa|zuma(?: press)?|nurphoto|picture alliance|imago|keystone|pa images|"
    r"pa wire|aap|canva|midjourney|dall-e|firefly|courtesy)(?![\w])",
    re.I,
)
# Separators inside a credit line ("Name/Agency", "Name | Agency", "Name via Agency").
CREDIT_JOINERS = re.compile(r"\S/\S|\s/\s|\s\|\s")
# "Name for Publication", "Name via Agency": a joiner word between capitalised names.
CREDIT_NAME_JOIN = re.compile(r"^(?:[A-Z][\w.’'-]*\s){1,4}(?:for|via)\s(?:the\s)?[A-Z]", re.UNICODE)
# A labelled credit line may run long where the label says credit ("Credit: Studio; Source:
# Journal, vol. 117").
CREDIT_WORD_LABEL = re.compile(r"^\W{0,2}(?:(?:photo|image|picture)\s+)?credits?\s*[:：]", re.I)
CREDIT_LABELLED_MAX_CHARS = 300
CREDIT_LINE_MAX_CHARS = 90
CREDIT_LINE_MAX_WORDS = 12
# Words that give a line away as a sentence of caption, not a credit.
SENTENCE_WORDS = re.compile(
    r"(?<![\w])(?:is|are|was|were|has|have|the|a|an|of|in|on|at|with|this|that|from)(?![\w])",
    re.I,
)
# A sentence ending inside a line ("… says Sun. Photograph …"; not an initial as in "J. Roe").
INNER_SENTENCE_END = re.compile(r"(?:[a-z]{2}|\d)[.!?]\s+\S")
# A name ending in an initial ("… Jan Vondrák, P."): its period ends no sentence.
INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")
# Lower-case words inside names ("Studio Light and Shade", "Georgia de Silva", "Jan van Eyck").
NAME_PARTICLES = frozenset(
    [
        "and",
        "&",
        "of",
        "de",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "y",
        "e",
        "zu",
    ]
)
# "Photo: Name", "Image credit: Name", "Photograph by Name", "© Name", "Credit: Name": a label
# that starts a credit line (kept with the line, so the caption reads as shown).
CREDIT_LABELLED = re.compile(
    r"^\W{0,2}(?:(?:top |lead |header |featured |hero )?(?:photo(?:graph)?s?|images?|pictures?|"
    r"illustrations?|graphics?|video|foto(?:s|grafie)?|bild|credits?|source|quelle|crédits?)"
    r"(?: credits?)?\s*[:：]|(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video)"
    r"\s+(?:by|courtesy(?: of)?)\s|courtesy(?: of)?\s|©|\(c\)\s)",
    re.I,
)
# A line of its own that credits the article's image ("Image: Name/Agency", "Featured photo:
# Name", "Top image credit: Name"): where it stands apart from the image (at the end of the
# article) it is the lead image's credit. "Credit:"/"Source:" alone are not enough there (a
# chart's source line ends many articles).
IMAGE_CREDIT_LINE = re.compile(
    r"^\W{0,2}(?:(?:top|lead|header|featured|hero|cover|main)\s+)?(?:photo(?:graph)?s?|"
    r"images?|pictures?|illustrations?|artwork|foto|bild|imagen|immagine)"
    r"(?:\s+credits?)?\s*(?:[:：]|by\s)",
    re.I,
)
# A credit line at the end of a caption, after the caption's last sentence: "… at dawn. Jane
# Roe/Getty Images", "… at dawn. | Photo by Jane Roe", "… kitchen / Kent Dayton".
CAPTION_TAIL = re.compile(r"(?:(?<=[.!?…”’\")])\s+(?:\|\s+)?|\s+[|/—–]\s+)(?=\S)")
# Short phrases that a caption may hold alone without being a credit (a lone "." placeholder).
EMPTY_CAPTION = re.compile(r"^[\W_]*$")
# Credit labels that the shared CREDIT_LABEL lacks ("Photographer: Name", "Image courtesy of:").
EXTRA_CREDIT_LABEL = re.compile(
    r"^(?:photographer|fotograf(?:in)?|photographe|fotógrafo|image courtesy of|"
    r"photo courtesy of|courtesy of)\s*[:：]?\s+",
    re.I,
)
# Credit class words that the shared CREDIT_CLASSES lacks: the owner line of a caption, a
# photo agency slot, an image attribution.
EXTRA_CREDIT_CLASSES = class_words(
    """
        caption-owner figure-article-caption-owner agency imgagency image-agency
        image-attribution content-image-attribution caption-source photo-source
    """
)
LEAD_CLIMB = 3  # the lead zone starts this many levels above the headline / the content root
LEAD_MAX_ELEMENTS = 400  # and holds at most this many elements (a bound on its cost)
ORPHAN_CLIMB = 3  # a caption outside any figure looks for its image this many levels up
ORPHAN_REACH = 250  # and at most this many elements back
