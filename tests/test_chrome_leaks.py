"""Chrome that used to leak into the body (issues #3, #4): one generic pattern per test class,
each with a page where the chrome must go and a page where look-alike content must stay.

Every page is written by hand; the expected outcome follows from reading the page.
"""

from __future__ import annotations

import articlekit

HEADLINE = "Harbour town rebuilds its sea wall after the winter storms"
P1 = (
    "The council approved the repairs in March, after two storms in January had broken the old "
    "wall in three places and flooded the lower streets of the town for several days."
)
P2 = (
    "Engineers say the new wall will be a metre higher and will be built from granite blocks "
    "quarried inland, which they expect to last at least a century in the open sea."
)
P3 = (
    "Residents of the harbour streets were moved to a school hall during the floods, and most "
    "of them have now returned to homes that were dried out over the spring by volunteers."
)
P4 = (
    "Work on the first section begins next week; the council hopes to finish the whole wall "
    "before the autumn gales, although the contractor warns that the schedule is tight."
)


def page(inner: str, article: bool = True) -> str:
    """A whole document whose <article> holds the headline, `inner` and nothing else."""
    og = "<meta property='og:type' content='article'>" if article else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Coast News</title>{og}</head><body>"
        "<header><a href='/'>Coast News</a></header>"
        f"<main><article><h1>{HEADLINE}</h1>{inner}</article></main>"
        "<footer><p>Coast News, Quay Road 4</p></footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def body_of(html: str) -> str:
    return articlekit.extract(html).body


TEASER_TITLES = (
    "Fishing fleet returns to port early as prices fall",
    "Lifeboat crew honoured for a night rescue off the point",
)


def teaser_cards(titles: tuple[str, ...] = TEASER_TITLES) -> str:
    cards = "".join(
        f"<div class='card'><a href='/story-{i}'><img src='/t{i}.jpg' alt=''></a>"
        f"<span>Local</span><h3><a href='/story-{i}'>{t}</a></h3></div>"
        for i, t in enumerate(titles)
    )
    return f"<div class='grid'>{cards}</div>"


class TestTeaserCards:
    """Cards titled by a heading that links to another story, inside the article's text."""

    def test_unlabelled_card_list_inside_the_article_goes(self) -> None:
        body = body_of(page(paras(P1, P2) + teaser_cards() + paras(P3, P4)))
        assert P1 in body and P4 in body
        for title in TEASER_TITLES:
            assert title not in body

    def test_removal_is_recorded_under_related_stories(self) -> None:
        article = articlekit.extract(page(paras(P1, P2) + teaser_cards() + paras(P3, P4)))
        assert "related-stories" in [r.rule for r in article.removed]

    def test_linked_section_headings_with_their_text_stay(self) -> None:
        # A buying guide: each product is a linked heading followed by its own paragraph.
        inner = (
            "<h3><a href='https://shop.example/kettle'>The Harbour steel kettle for boats</a></h3>"
            + paras(P1, P2)
            + "<h3><a href='https://shop.example/lamp'>The Lighthouse brass cabin lamp</a></h3>"
            + paras(P3, P4)
        )
        body = body_of(page(inner))
        assert "The Harbour steel kettle for boats" in body
        assert "The Lighthouse brass cabin lamp" in body

    def test_bare_list_of_linked_headings_stays(self) -> None:
        # Nothing but titles: the text's own list, not cards.
        items = "".join(
            f"<li><h3><a href='/trail-{i}'>{t}</a></h3></li>" for i, t in enumerate(TEASER_TITLES)
        )
        body = body_of(page(paras(P1, P2) + f"<ul>{items}</ul>" + paras(P3, P4)))
        for title in TEASER_TITLES:
            assert title in body

    def test_cards_are_kept_on_a_page_that_does_not_declare_an_article(self) -> None:
        body = body_of(page(paras(P1, P2) + teaser_cards() + paras(P3, P4), article=False))
        assert TEASER_TITLES[0] in body

    def test_anchor_headings_stay(self) -> None:
        inner = (
            "<div class='toc-entry'><img src='/i.png' alt=''><span>Part one</span>"
            "<h2><a href='#repairs'>How the repairs will be paid for</a></h2></div>"
            + paras(P1, P2, P3, P4)
        )
        assert "How the repairs will be paid for" in body_of(page(inner))


class TestSupportAppeal:
    """'If you enjoy this, consider supporting our journalism' inside the article's text."""

    APPEAL = (
        "If you're enjoying this article, consider supporting our journalism by subscribing, "
        "so that reporting like this can continue."
    )

    def test_appeal_paragraph_goes(self) -> None:
        body = body_of(page(paras(P1, P2, P3, P4, self.APPEAL)))
        assert "consider supporting" not in body
        assert P4 in body

    def test_appeal_in_italian_goes(self) -> None:
        appeal = "Sostieni il nostro giornalismo con un abbonamento."
        body = body_of(page(paras(P1, P2, P3, P4, appeal)))
        assert "Sostieni" not in body

    def test_reporting_about_support_stays(self) -> None:
        text = (
            "The fishermen's union said it would consider supporting the plan if the council "
            "kept the slipway open during the works."
        )
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body


class TestNewsletterInText:
    """A newsletter plug written as a paragraph of the article."""

    PLUG = (
        "Love the coast? Our Tide Times newsletter has the week's best stories, delivered "
        "right to your inbox. Sign up now."
    )

    def test_plug_goes(self) -> None:
        body = body_of(page(paras(P1, P2, self.PLUG, P3, P4)))
        assert "Tide Times newsletter" not in body
        assert P3 in body

    def test_paragraph_that_mentions_a_newsletter_stays(self) -> None:
        text = (
            "The harbour master still sends a printed newsletter to every boat owner each "
            "month, listing tides, berth fees and the dates of the works."
        )
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body


class TestAuthorBio:
    """A short biography of the writer after the article's text."""

    BIO = (
        "Mara Lind is a freelance reporter who covers the coast and its fisheries for several "
        "regional papers."
    )

    def test_bio_paragraph_goes(self) -> None:
        body = body_of(page(paras(P1, P2, P3, P4, self.BIO)))
        assert "Mara Lind" not in body
        assert P4 in body

    def test_sentence_about_a_council_member_stays(self) -> None:
        text = (
            "Councillor Ben Ortiz, who chairs the works committee, said the granite had "
            "already been ordered and would arrive by barge."
        )
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body

    def test_byline_with_a_role_is_not_a_bio(self) -> None:
        inner = "<p class='byline'>By MARA LIND, Staff Writer</p>" + paras(P1, P2, P3, P4)
        assert articlekit.extract(page(inner)).authors == ("Mara Lind",)


class TestCallToAction:
    """Lead-generation prompts and buttons in a company blog post."""

    def test_cta_heading_and_button_go(self) -> None:
        box = (
            "<div><h3>Talk to our coastal engineering experts</h3>"
            "<a href='/contact'>Book a demo</a></div>"
        )
        body = body_of(page(paras(P1, P2) + box + paras(P3, P4)))
        assert "Talk to our" not in body
        assert "Book a demo" not in body
        assert P3 in body

    def test_sentence_starting_like_a_cta_stays(self) -> None:
        text = (
            "Contact us was the only sign left on the flooded tourist office, and it pointed "
            "to a telephone number that no longer worked."
        )
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body


class TestReadingTime:
    """'5 min read' labels beside the byline."""

    def test_label_goes(self) -> None:
        body = body_of(page(paras(P1, P2) + "<p><em>6 min read</em></p>" + paras(P3, P4)))
        assert "min read" not in body

    def test_cooking_time_stays(self) -> None:
        steps = "<ul><li>Soak the beans: 10 min</li><li>Boil the beans: 45 min</li></ul>"
        body = body_of(page(paras(P1, P2) + steps + paras(P3, P4)))
        assert "10 min" in body and "45 min" in body


POST_1 = (
    "Has anyone fitted the new granite blocks to an older wall? I would like to know how the "
    "joints held up after the first winter, because ours cracked in two places last year."
)
POST_2 = (
    "We did it on the north pier in 2019. The joints were fine, but we had to seal them again "
    "after the second winter, so budget for a yearly check by a mason."
)


def forum_page(extras: str) -> str:
    posts = "".join(
        f"<div class='post'><div class='poster'><a class='username' href='/u/{i}'>{name}</a>"
        f"{extras}</div><div class='post-body'><p>{text}</p></div></div>"
        for i, (name, text) in enumerate((("harbourfan", POST_1), ("pierman", POST_2)))
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Granite sea walls - Coast Forum</title>"
        f"</head><body><main><h1>Granite sea walls</h1>{posts}</main></body></html>"
    )


class TestPosterInfo:
    """A forum poster's rank and counts; the name and the post stay."""

    def test_rank_and_counts_go(self) -> None:
        extras = (
            "<div class='user-title'>Well-known member</div>"
            "<dl><dt>Joined</dt><dd>Feb 8, 2023</dd></dl><div>Messages 512</div>"
        )
        body = body_of(forum_page(extras))
        assert POST_1 in body and POST_2 in body
        assert "Well-known member" not in body
        assert "Messages 512" not in body

    def test_post_text_that_mentions_joining_stays(self) -> None:
        body = body_of(forum_page(""))
        assert "harbourfan" in body or POST_1 in body
        short = "Joined the crew in May."
        html = forum_page("").replace(POST_2, f"{POST_2}</p><p>{short}")
        assert short in body_of(html)


class TestSideWidget:
    """A sidebar built of 'side-widget' boxes inside the same container as the article."""

    EXPERT = (
        "Our panel of experts explains what every town should know about sea defences, in a "
        "short interview series with engineers from across the region."
    )

    def test_side_widget_goes(self) -> None:
        widget = (
            f"<div class='post-side-wrap'><div class='side-widget'><p>{self.EXPERT}</p></div></div>"
        )
        body = body_of(page(paras(P1, P2, P3, P4) + widget))
        assert "panel of experts" not in body
        assert P4 in body

    def test_side_by_side_comparison_stays(self) -> None:
        # "side" alone, or "side-by-side", is not a sidebar word.
        table = f"<div class='side-by-side'><p>{self.EXPERT}</p></div>"
        body = body_of(page(paras(P1, P2, P3, P4) + table))
        assert "panel of experts" in body


class TestShopControls:
    """Shop buttons and stock labels on a product page."""

    DESCRIPTION = (
        "A hand-thrown stoneware mug glazed in sea green, made in a small harbour workshop; "
        "each one holds about three hundred millilitres and is safe in the dishwasher."
    )

    def product(self, controls: str) -> str:
        return (
            "<!DOCTYPE html><html lang='en'><head><title>Harbour mug - Quay Pottery</title>"
            "</head><body><main><h1>Harbour mug</h1>"
            f"<p>{self.DESCRIPTION}</p>{controls}<p>{P1}</p></main></body></html>"
        )

    def test_cart_link_and_stock_label_go(self) -> None:
        controls = "<div><span>Out of stock</span><a href='/cart?add=7'>Add to cart</a></div>"
        body = body_of(self.product(controls))
        assert self.DESCRIPTION in body
        assert "Add to cart" not in body and "Out of stock" not in body

    def test_sentence_about_stock_stays(self) -> None:
        text = "Out of stock items are restocked every Friday, when the kiln is opened."
        body = body_of(self.product(f"<p>{text}</p>"))
        assert text in body


class TestModuleClimbStopsAtTheHeadline:
    """A bio line in the byline box next to the headline climbs to its small module, but never
    into the headline's own header block (which would take the headline and the dek along)."""

    def test_header_with_bio_line_keeps_headline_and_dek(self) -> None:
        dek = "The new wall will be a metre higher and built from granite blocks."
        header = (
            f"<div class='article-top'><h1>{HEADLINE}</h1><p class='subheading'>{dek}</p>"
            "<div class='byline'><span>By Jane Marlow</span>"
            "<span class='tip'>Jane Marlow is a senior reporter covering the coast.</span></div>"
            "</div>"
        )
        html = (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{HEADLINE} | Coast News</title></head><body><main><article>{header}"
            f"<div class='body'>{''.join(f'<p>{p}</p>' for p in (P1, P2, P3, P4))}</div>"
            "</article></main></body></html>"
        )
        art = articlekit.extract(html)
        assert art.headline == HEADLINE
        assert art.dek == dek
        assert "senior reporter covering" not in art.body
        assert P1 in art.body


class TestLoginPrompt:
    """Sign-in and registration lines of a forum thread; the posts stay."""

    def test_sign_in_lines_go(self) -> None:
        html = forum_page("").replace(
            "</main>",
            "<div><p>Create an account or sign in to comment</p>"
            "<p>You need to be a member in order to leave a comment</p></div></main>",
        )
        body = body_of(html)
        assert POST_1 in body and POST_2 in body
        assert "sign in to comment" not in body
        assert "be a member" not in body

    def test_german_prompt_goes(self) -> None:
        html = forum_page("").replace(
            "</main>", "<p>Sie müssen angemeldet sein, um zu antworten.</p></main>"
        )
        assert "angemeldet" not in body_of(html)

    def test_post_about_registering_stays(self) -> None:
        short = "Register to vote before the harbour referendum in May."
        html = forum_page("").replace(POST_2, f"{POST_2}</p><p>{short}")
        assert short in body_of(html)


class TestPageTools:
    """Feedback prompts and 'Back to top' / 'Report an error' links after the text."""

    def test_feedback_and_links_go(self) -> None:
        tools = (
            "<div><p>Was this article helpful? <button>Yes</button> <button>No</button></p>"
            "<p><a href='#top'>Back to top</a></p><p><a href='/fix'>Report an error</a></p></div>"
        )
        body = body_of(page(paras(P1, P2, P3, P4) + tools))
        assert P4 in body
        assert "helpful" not in body
        assert "Back to top" not in body and "Report an error" not in body

    def test_french_prompt_goes(self) -> None:
        tools = "<p>Cet article vous a-t-il été utile ?</p>"
        assert "utile" not in body_of(page(paras(P1, P2, P3, P4) + tools))

    def test_sentences_starting_alike_stay(self) -> None:
        text = "Back to top form after the winter, the lifeboat crew trained twice a week."
        body = body_of(page(paras(P1, P2, f"{text}", P3, P4)))
        assert text in body


class TestDeliveryLabels:
    """Delivery and payment labels as a product page's whole elements."""

    def test_labels_go(self) -> None:
        shop = TestShopControls()
        labels = "<ul><li>Free shipping</li><li>Secure payment</li><li>Free returns</li></ul>"
        body = body_of(shop.product(labels))
        assert shop.DESCRIPTION in body
        assert "Free shipping" not in body and "Secure payment" not in body

    def test_get_notified_button_goes(self) -> None:
        shop = TestShopControls()
        notify = "<p><a href='/n'>Get notified by email when this product is in stock</a></p>"
        assert "Get notified" not in body_of(shop.product(notify))

    def test_delivery_terms_with_conditions_stay(self) -> None:
        shop = TestShopControls()
        terms = "<p>Free shipping over $75 to the mainland; islands take a day longer.</p>"
        assert "Free shipping over $75" in body_of(shop.product(terms))


class TestResultCounter:
    """'Showing 24 of 133 results' and 'Page 1 of 8' counters."""

    def test_counters_go(self) -> None:
        inner = paras(P1, P2) + "<p>Page 1 of 8</p>" + paras(P3, P4)
        body = body_of(page(inner))
        assert "Page 1 of 8" not in body
        assert P3 in body

    def test_sentence_with_counts_stays(self) -> None:
        text = "Showing 24 of 133 homes flooded, the survey maps the lower streets one by one."
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body


class TestBioNameRoleComma:
    """'Name, Editor, Site, studied …' biographies; quoted names with a role stay."""

    def test_name_role_comma_bio_goes(self) -> None:
        bio = "Mara Lind, Senior Editor, Coast News, studied geography and sails in the summer."
        body = body_of(page(paras(P1, P2, P3, P4, bio)))
        assert "studied geography" not in body
        assert P4 in body

    def test_quote_with_role_stays(self) -> None:
        text = "Mara Lind, editor at the Coast Gazette, said the wall had been long overdue."
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body

    def test_capitalised_list_of_trades_stays(self) -> None:
        text = "Harbour Masons, editors, carpenters and divers all worked on the wall."
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body


class TestSloganThenPrompt:
    """A call to action after a short slogan in the same heading."""

    def test_slogan_and_prompt_go(self) -> None:
        cta = "<h3>Stop guessing. Talk to our coastal engineering experts</h3>"
        dash = "<h3>Protect your harbour – Get a free consultation</h3>"
        body = body_of(page(paras(P1, P2) + cta + paras(P3) + dash + paras(P4)))
        assert "engineering experts" not in body
        assert "free consultation" not in body
        assert P3 in body and P4 in body

    def test_sentence_mentioning_experts_stays(self) -> None:
        text = "The council hired engineers. They talked to our experts about granite too."
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body


class TestReadAlsoLine:
    """A one-link 'More on the topic:' line inside the article's text."""

    def test_label_and_link_go(self) -> None:
        line = (
            "<p><strong>More on the topic: </strong>"
            "<a href='/storm-damage'>How the winter storms broke the old wall</a></p>"
        )
        body = body_of(page(paras(P1, P2) + line + paras(P3, P4)))
        assert "How the winter storms broke" not in body
        assert P2 in body and P3 in body

    def test_long_paragraph_starting_alike_stays(self) -> None:
        text = "More on the topic of money: " + P2
        body = body_of(page(paras(P1, text, P3, P4)))
        assert text in body


class TestAffiliateAndSocialLines:
    """An affiliate note, 'Pin this for later!' and 'Join our Facebook group' lines."""

    def test_lines_go(self) -> None:
        lines = paras(
            "We earn a commission for products purchased through some links in this article.",
            "Pin this for later!",
            "Join our Facebook group",
        )
        body = body_of(page(paras(P1, P2, P3) + lines + paras(P4)))
        assert "commission" not in body
        assert "Pin this" not in body and "Facebook group" not in body
        assert P4 in body

    def test_sentence_about_commissions_stays(self) -> None:
        text = "The council earns a commission on every mooring let in the new harbour basin."
        body = body_of(page(paras(P1, P2, text, P3, P4)))
        assert text in body


class TestGuestNoticeAndComposer:
    """A forum's long guest notice and its 'Reply to this topic...' composer placeholder."""

    NOTICE = (
        "You're browsing the Coast Forum as a guest. Sign up for free (or log in if you already "
        "have an account) to post messages and see pictures in posts."
    )

    def test_notice_and_placeholder_go(self) -> None:
        extra = f"<div><p>{self.NOTICE}</p></div><div class='composer'>Reply to this topic...</div>"
        body = body_of(forum_page("").replace("</main>", extra + "</main>"))
        assert POST_1 in body
        assert "as a guest" not in body
        assert "Reply to this topic" not in body

    def test_post_quoting_a_reply_stays(self) -> None:
        short = "Reply to this topic was slow, but the mason answered in the end."
        html = forum_page("").replace(POST_2, f"{POST_2}</p><p>{short}")
        assert short in body_of(html)


class TestQuestionThenDemo:
    """'Ready to …? Book your free demo now.' as one heading."""

    def test_heading_goes(self) -> None:
        cta = "<h3>Ready to protect your harbour? Book your free demo now.</h3>"
        body = body_of(page(paras(P1, P2, P3) + cta + paras(P4)))
        assert "free demo" not in body
        assert P4 in body

    def test_question_without_prompt_stays(self) -> None:
        heading = "Ready for the autumn gales? The wall will be finished by October."
        inner = paras(P1, P2) + f"<h3>{heading}</h3>" + paras(P3, P4)
        assert heading in body_of(page(inner))


class TestLabelsAroundTheText:
    """'Advertisement: …', 'Jump to the list', 'Get the free eBook!',
    'Other posts you may enjoy' as whole elements."""

    LINES = (
        "Advertisement: Granite Tiles",
        "Jump to the list",
        "Get the free eBook!",
        "Other Posts You May Enjoy",
    )

    def test_labels_go(self) -> None:
        body = body_of(page(paras(P1, P2, *self.LINES, P3, P4)))
        assert P3 in body and P4 in body
        for line in self.LINES:
            assert line not in body

    def test_sentences_starting_alike_stay(self) -> None:
        texts = (
            "Advertisement: the council paid for a poster campaign to explain the closures.",
            "Jump to the list of streets that will close and you will see the lower town first.",
            "Get the free eBook from the library if you want the history of the old wall.",
        )
        body = body_of(page(paras(P1, P2, *texts, P3, P4)))
        for text in texts:
            assert text in body


class TestUtilityClassesAreNotCues:
    """CSS-framework utility classes name colours and sizes: a cue word inside one
    ("text-dark-secondary", "lg:bg-sidebar-muted") marks nothing, while the same word as a
    class of its own still does."""

    PLANS = "".join(
        f"<div class='card'><h3>Plan {n}</h3>"
        "<p class='font-normal text-text-dark-secondary lg:text-lg'>"
        f"Monthly harbour berth with water, power and a locker for {n} boats.</p></div>"
        for n in range(6)
    )

    def test_colour_utility_with_a_cue_word_keeps_the_text(self) -> None:
        art = articlekit.extract(page(f"<p>{P1}</p><p>{P2}</p>{self.PLANS}", article=False))
        assert "sidebar" not in {r.rule for r in art.removed}
        for n in range(6):
            assert f"a locker for {n} boats" in art.body

    def test_the_cue_word_as_its_own_class_still_removes(self) -> None:
        aside = "<div class='secondary'><p>Popular this week: ten ways to see the harbour.</p>"
        art = articlekit.extract(page(f"<p>{P1}</p><p>{P2}</p>{aside}</div><p>{P3}</p>"))
        assert "ten ways to see the harbour" not in art.body
        assert P3 in art.body
