"""The chrome rules shipped with articlekit, as data.

Each rule names one kind of page chrome and the generic markup and text patterns that reveal
it. Class/id patterns are matched as whole words of the lower-cased "class id" string (a word
ends at anything that is not a letter or digit, so "share-bar" holds the word "share" but
"shared" does not). Text patterns carry their equivalents in the major web languages.
Nothing here names a site.
"""

from __future__ import annotations

from articlekit.rules.registry import ChromeRule


def words(spec: str) -> str:
    """A regex matching any of the white-space separated words as a whole word of a class/id
    string."""
    return r"(?<![a-z0-9])(?:" + "|".join(spec.split()) + r")(?![a-z0-9])"


def phrases(spec: str) -> str:
    """A regex matching text that starts with any of the patterns, one pattern a line."""
    lines = [line.strip() for line in spec.strip().splitlines() if line.strip()]
    return r"^\W{0,3}(?:" + "|".join(lines) + r")"


HIDDEN = ChromeRule(
    "hidden",
    "Elements the markup hides: the hidden attribute, aria-hidden, display:none, and the usual "
    "screen-reader-only or hiding classes.",
    hidden=True,
    # Not words(): "hidden-xs" or "hide-on-mobile" are responsive classes, visible elsewhere;
    # so are "md:hidden" (a breakpoint variant) and "before:hidden" (a pseudo-element), and
    # "overflow_hidden" clips an element, it does not hide it.
    classes=r"(?<![a-z0-9_:-])(?:hidden|is-hidden|d-none|sr-only|screen-reader-text|"
    r"visually-hidden|visuallyhidden|screenreader(?:-only)?|element-invisible|offscreen)"
    r"(?![a-z0-9_-])",
)

# A "dropdown" class word names a drop-down menu, except in an accordion's class
# ("accordion-item__dropdown", "accordion__dropdown"): there it is a panel of the page's own
# text. Fixed-width look-behinds after the literal, so the test costs next to nothing on the
# many class strings without "dropdown".
_NOT_ACCORDION = "".join(f"(?<!accordion{'.' * gap}dropdown)" for gap in range(12))

NAVIGATION = ChromeRule(
    "navigation",
    "Menus, breadcrumbs, skip links and pagination: <nav>, ARIA navigation/menu roles, nav and "
    "menu classes, drop-down menus; a thread's category badge and a forum's member pop-up menu.",
    tags=("nav",),
    roles=("navigation", "menubar", "menu", "tablist", "search"),
    classes=words(
        f"""
        nav navbar navigation nav-menu menu main-menu mega-menu breadcrumb breadcrumbs skip-link
        skip-links skiplink skip-to-content pagination pager site-nav subnav sub-nav toc-nav
        off-canvas offcanvas hamburger search-form searchform site-search language-switcher
        topic-category cat-links post-categories entry-categories popupbody
        dropdown{_NOT_ACCORDION}
        (?:left|right|top|side|main|sub|foot|global|primary|secondary)nav(?:bar|igation)?
    """
    ),
    text=phrases(
        r"""
        table of contents$
        inhaltsverzeichnis$
        sommaire$
        tabla de contenidos?$
        índice$
        skip to (?:main )?content
        skip (?:to (?:the )?)?(?:product list|listing|results)$
        showing \d+ ?(?:[-–] ?\d+ )?(?:of|out of) \d+(?: results| products| items)?$
        page \d+ of \d+$
        jump to (?:the )?(?:list|recipe|review|comments|deals?|products?)\W*$
        jump to (?:navigation|search)$
        zur (?:navigation|suche) springen$
        aller à la (?:navigation|recherche)$
        ir a la (?:navegación|búsqueda)$
        (?:saltar|ir) para (?:a )?(?:navegação|pesquisa|busca)$
        vai alla (?:navigazione|ricerca)$
        naar (?:navigatie|zoeken) springen$
        перейти к (?:навигации|поиску)$
        przejdź do (?:nawigacji|wyszukiwania)$
        跳(?:到|转到)(?:导航|搜索)$
        (?:ナビゲーション|検索)に移動$
        (?:اذهب|انتقل) إلى (?:التنقل|البحث)$
        go to (?:topic|thread|forum) (?:listing|list|index)$
        \d[\d,.]*\s(?:results?|products?|items?)\)?$
        \d[\d,.]*\s(?:ergebnisse?|produkte?|artikel)\)?$
        \d[\d\s,.]*\s(?:résultats?|produits?|articles?)\)?$
        \d[\d,.]*\s(?:resultados?|productos?|artículos?|produtos?|itens?)\)?$
        \d[\d,.]*\s(?:risultati|prodotti|articoli|resultaten|producten|artikelen)\)?$
        \d[\d\s,.]*\s(?:результат(?:ов|а)?|товар(?:ов|а)?|wynik(?:ów|i)?|produkt(?:ów|y)?)\)?$
        \d[\d,]*\s?(?:个结果|个商品|件商品|件の結果|件の商品)$
        \d[\d,]*\s(?:نتيجة|نتائج|منتجات?)$
        (?:filters|filter (?:&|and) sort|sort (?:&|and) filter|sort by|sort\s?:|refine by)\s?:?$
        (?:filter (?:&|und) sortieren|sortieren nach|sortierung\s?:)\s?:?$
        (?:filtres|filtrer (?:&|et) trier|trier par)\s?:?$
        (?:filtros|filtrar (?:&|y|e) ordenar|ordenar por)\s?:?$
        (?:filtri|filtra (?:&|e) ordina|ordina per)\s?:?$
        (?:filteren (?:&|en) sorteren|sorteer op|sorteren op)\s?:?$
        (?:фильтры|сортировать по|сортировка)\s?:?$
        (?:filtry|sortuj według|sortowanie)\s?:?$
        (?:筛选(?:和排序)?|排序方式)\s?[:：]?$
        (?:絞り込み|並び替え|並べ替え)\s?[:：]?$
        (?:تصفية|ترتيب حسب)\s?:?$
        more topics from this (?:board|forum)
        zum inhalt springen
        aller au contenu
    """
    ),
    max_text=40,
    tier="landmark",
)

SITE_HEADER = ChromeRule(
    "site-header",
    "The site's masthead: <header> and role=banner outside the article, masthead classes.",
    tags=("header",),
    roles=("banner",),
    classes=words(
        """
        site-header masthead global-header page-header-nav top-bar topbar header-bar navbar-header
        site-branding header-wrapper main-header top-header
    """
    ),
    scope="outside-article",
    tier="landmark",
)

SITE_FOOTER = ChromeRule(
    "site-footer",
    "The site's footer: <footer>, role=contentinfo, footer classes (also prefooter, footerUpper).",
    tags=("footer",),
    roles=("contentinfo",),
    classes=words(
        """
        site-footer global-footer footer page-footer main-footer colophon site-info
        prefooter footer(?:upper|lower|top|bottom|links|nav|menu|accordion|widgets?)
        footer-wrapper bottom-bar
    """
    ),
    tier="landmark",
    text=phrases(
        r"""
        copyright\s*(?:©|\(c\)|\d{4})
        ©\s*(?:\d{4}|copyright)
        all rights reserved
    """
    ),
    max_text=300,
)

SIDEBAR = ChromeRule(
    "sidebar",
    "Sidebars and rails: <aside>, role=complementary, sidebar and widget-area classes.",
    tags=("aside",),
    roles=("complementary",),
    # "secondary" is an adjective: a region only as the whole class or id (a theme's
    # id="secondary") or before a column word; "btn-secondary", "secondary-intro" and
    # "card__secondary" style or name a part of something else.
    classes=words(
        r"""
        sidebar side-bar sidebar-primary widget-area right-rail left-rail rail
        (?<![\w-])secondary(?![\w-]) secondary-(?:col|column|sidebar|rail|aside|widgets?)
        (?:left|right|side)[-_]?col(?:umn)? sidecol
        side-column aside side-widget side-wrap
    """
    ),
    tier="landmark",
)

SHARE_BUTTONS = ChromeRule(
    "share-buttons",
    "Share and social buttons: share/sharing/social-share classes, share-service widgets, and "
    "'Share this' labels.",
    classes=words(
        """
        share shares sharing share-bar sharebar share-buttons sharebuttons share-tools share-links
        share-icons social-share socialshare social-sharing sharedaddy addthis addtoany a2a_kit
        sharethis shariff jp-sharing share-container article-share post-share share-this print-share
        share-menu social-buttons socialbuttons
    """
    ),
    text=phrases(
        r"""
        share (?:this|on|via|the article|article|story|post)
        pin (?:this |it )?for later
        help (?:me|us) spread the word
        share:?$
        teilen
        partager
        compartir
        condividi
        compartilh
        delen
        поделиться
        udostępnij
        分享
        シェア
        مشاركة
    """
    ),
    max_text=60,
)

# A how-to's heading tells the reader to follow something ("Follow These Steps", "Follow Up"):
# not a profile's name after "Follow".
_NOT_HOW_TO = (
    r"(?!(?:these|this|that|those|up|along|through|steps?|instructions?|directions?"
    r"|the (?:steps?|instructions?|directions?|guide|link|rules?|recipe|money|signs?|leader))\b)"
)

FOLLOW_US = ChromeRule(
    "follow-us",
    "'Follow us' blocks of social profile icons; 'Follow <Name>' labels.",
    classes=words(
        """
        follow-us followus social-follow social-links social-icons social-media social-profiles
        social-nav socials social
    """
    ),
    text=phrases(
        r"""
        follow \w+(?: \w+)? on (?:facebook|x|twitter|instagram|linkedin|youtube|tiktok)
        follow \w+(?: \w+)? on (?:bluesky|threads)
        follow us
    """
        + rf"follow {_NOT_HOW_TO}(?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){{0,2}}$"
        + r"""
        folge (?-i:[A-ZÄÖÜ])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        suivez (?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        sigue a (?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        siga (?:o |a )?(?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        segui (?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        volg (?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        подписывайтесь на (?-i:[A-ZА-Я])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        obserwuj (?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’.&-]*(?: [\w'’.&-]+){0,2}$
        关注\S{1,20}$
        \S{1,20}をフォロー$
        تابع \S+(?: \S+){0,2}$
        stay connected(?: with (?:me|us))?[.!]?$
        join (?:the|our|my) (?:facebook|telegram|discord|whatsapp) (?:group|community|channel)
        join (?:the|our|my) (?:slack|discord|reddit) (?:community|server|channel)
        folgen sie uns
        suivez[- ]nous
        síguenos
        siga-nos
        seguici
        volg ons
        подписывайтесь на нас
        obserwuj nas
        关注我们
        フォローする
        تابعونا
    """
    ),
    max_text=60,
)

GOOGLE_CTA = ChromeRule(
    "google-cta",
    "Calls to add the site as a preferred source on Google or follow it on Google News.",
    classes=words(
        """
        google-cta googlecta preferred-source preferredsource google-news gnews google-news-cta
        follow-google-news
    """
    ),
    attrs=(("alt", r"^\s*google\s*(?:cta|news)\s*$"),),
    text=phrases(
        r"""
        add (?:us )?as a (?:reliable|trusted|preferred)
        google cta
        want more of our stories on google
        .{0,40}preferred source
        (?:follow|add) us on google
        folgen sie uns (?:auf|bei) google
        suivez[- ]nous sur google
        síguenos en google
    """
    ),
    max_text=160,
)

NEWSLETTER = ChromeRule(
    "newsletter",
    "Newsletter and e-mail signup boxes.",
    classes=words(
        """
        newsletter newsletters newsletter-signup signup sign-up subscribe subscription subscribe-box
        optin opt-in mailchimp mc4wp email-signup email-capture inline-signup nl-signup qiosk
    """
    ),
    text=phrases(
        r"""
        join (?:our|the|my) .{0,25}(?:newsletter|mailing list|email list)
        join [^.!?]{1,30} (?:for free )?to (?:get|receive) (?:updates|notifications|alerts) from
        want to (?:keep up|stay up to date|stay informed) with .{0,250}\b(?:subscribe|sign up)
        (?:möchten sie|willst du) .{0,40}auf dem laufenden bleiben.{0,150}(?:abonn|anmeld)
        (?:vous voulez|voulez-vous) (?:rester|être) informés?.{0,150}(?:abonn|inscri)
        ¿?quieres estar al (?:día|tanto).{0,150}suscr
        quer ficar (?:por dentro|atualizado).{0,150}(?:assin|inscrev)
        vuoi (?:rimanere|restare) aggiornat[oa].{0,150}iscriv
        wil je op de hoogte blijven.{0,150}(?:aanmeld|abonneer|schrijf je in)
        хотите быть в курсе.{0,150}подпиш
        chcesz być na bieżąco.{0,150}(?:zapisz|subskryb)
        想(?:要)?(?:了解|获取)最新.{0,80}订阅
        最新情報を.{0,40}(?:登録|購読)
        هل تريد البقاء على اطلاع.{0,150}اشترك
        sign up for (?:our |the )?(?:free )?newsletters?
        thank you.{0,3} please check your (?:inbox|email)
        receive .{0,40} (?:delivered )?(?:to|in) your inbox
        was this (?:newsletter|email) forwarded
        (?:our|the) free (?:daily|weekly) newsletter
        want more from .{1,40}\? sign up
        sign up for (?:our|the|my) .{0,30}newsletter
        subscribe to (?:our|the) .{0,30}newsletter
        (?:subscribe|sign up) (?:to|for) [^.!?]{0,60}\bnewsletter
        subscribe to (?:receive|get) .{0,80}\b(?:updates|news)
        (?:abonnieren sie|melden sie sich für) .{0,60}newsletter
        abonne(?:z-vous|r) (?:à|a) .{0,60}(?:newsletter|lettre d'information)
        (?:suscríbete|suscribirse) (?:a|al) .{0,60}(?:newsletter|boletín)
        (?:assine|inscreva-se (?:em|n[ao])) .{0,60}(?:newsletter|boletim)
        iscriviti (?:a|al|alla) .{0,60}newsletter
        abonneer je op .{0,60}(?:newsletter|nieuwsbrief)
        подпишитесь на .{0,60}рассылк
        zapisz się (?:do|na) .{0,60}newslett
        subscribe now
        get (?:our|the) .{0,30}newsletter
        newsletter$
        newsletter abonnieren
        jetzt newsletter
        abonnez-vous
        inscrivez-vous à
        suscríbete
        assine (?:a |nossa )
        iscriviti alla newsletter
        schrijf je in
        подпишитесь на (?:рассылку|новости)
        zapisz się do newslettera
        订阅
        メールマガジン
        اشترك في النشرة
        .{0,150}\bnewsletters?\b.{0,150}\b(?:sign up|subscribe)
        .{0,200}\b(?:delivered|sent|straight|directly) (?:right )?(?:to|in|into) your inbox
        .{0,150}\bnewsletter.{0,150}(?:abonnieren|anmelden|inscri|abonne|suscr|assin|iscriv)
        .{0,150}\b(?:boletín|boletim|nieuwsbrief).{0,150}(?:suscr|assin|aanmelden|abonneer)
        .{0,150}рассылк.{0,150}подпиш
        .{0,150}newsletter.{0,150}zapisz
        .{0,40}订阅.{0,20}(?:邮件|通讯|简报)
        .{0,40}メルマガ.{0,30}登録
        .{0,100}النشرة.{0,100}اشترك
    """
    ),
    max_text=300,
    target="module",
)

RELATED_STORIES = ChromeRule(
    "related-stories",
    "Teaser and related-story lists, recirculation modules, 'keep reading' teaser controls; on "
    "article pages also unlabelled teaser cards (see `teasers`).",
    classes=words(
        """
        related-products upsell upsells cross-sell crosssell recently-viewed
        recommended-products product-recommendations
        related related-posts related-articles related-stories related-content relatedposts
        jp-relatedposts yarpp recommended recommendations more-stories more-articles also-read
        read-also read-next readnext up-next recirc recirculation trending popular most-popular
        most-read mostread more-from you-may-like teasers teaser-list article-teaser latest-news
        latest-posts widget_recent_entries
        outbrain taboola
    """
    ),
    text=phrases(
        r"""
        (?:customers|people) (?:who (?:bought|viewed) this .{0,20})?also (?:bought|viewed|liked)
        frequently bought together
        recently viewed
        related products
        you may also (?:like|need)
        complete the look
        recommended (?:stories|articles|posts|reads)
        popular (?:posts|stories|articles)$
        you (?:may|might) (?:also )?be interested in
        (?:good|more) (?:articles|stories|posts) to read
        more perspectives$
        related:
        next (?:story|article|post):
        recent (?:posts|articles|stories)
        see similar questions
        catch up on .{0,60} coverage
        related (?:blog |news )?(?:articles|stories|posts|content|reading|coverage|news|links)
        related items$
        read (?:more|next|also)(?::|$)
        more (?:from|stories|on this|to read|news)
        more on (?:the|this) (?:topic|subject|story|issue)
        other (?:posts|articles|stories|recipes) you (?:may|might) (?:also )?(?:enjoy|like)
        what others are reading
        you (?:may|might) (?:also )?(?:like|enjoy)
        recommended(?: for you| reading|$)
        most (?:read|popular|viewed|shared)
        trending(?: now|$)
        keep explor(?:e|ing)\b.{0,30}$
        (?:this is )?what (?:customers|people) who viewed this .{0,20}bought
        weiter entdecken$
        continuer à explorer$
        sigue explorando$
        continue explorando$
        continua a esplorare$
        verder ontdekken$
        продолжить (?:изучение|знакомство)$
        odkrywaj dalej$
        继续探索$
        さらに探す$
        تابع الاستكشاف$
        latest(?: news| stories)?$
        keep reading$
        show less$
        continue reading$
        lesen sie auch
        mehr zum thema
        das könnte sie auch interessieren
        à lire aussi
        lire aussi
        sur le même sujet
        te puede interesar
        lee también
        noticias relacionadas
        leia também
        leggi anche
        potrebbe interessarti
        lees ook
        meer over
        читайте также
        похожие (?:статьи|новости)
        czytaj (?:także|też)
        zobacz (?:także|też)
        相关(?:文章|阅读|新闻)
        推荐阅读
        関連記事
        あわせて読みたい
        اقرأ أيضا
        مقالات ذات صلة
    """
    ),
    max_text=60,
    target="module",
    teasers=True,
)

ADS = ChromeRule(
    "ads",
    "Advertising and sponsored slots: ad classes and ids, ad-server attributes, 'Advertisement' "
    "labels.",
    tags=("ins",),
    classes=words(
        """
        ad ads advert adverts advertisement advertising ad-slot adslot ad-container ad-wrapper
        ad-unit adunit ad-banner adbox dfp gpt-ad sponsor sponsored sponsored-content promoted
        native-ad adsense google-ad banner-ad ad-placeholder adsbygoogle
        div-gpt-ad[a-z0-9_-]* ad-[a-z0-9]+-(?:slot|unit|container)
    """
    ),
    attrs=(("data-ad-slot", r"."), ("data-ad-unit", r"."), ("data-ad", r".")),
    text=phrases(
        r"""
        advertisement$
        (?:advertisement|sponsored|anzeige|publicité|publicidad|pubblicità|advertentie|реклама):
        sponsored$
        anzeige$
        publicité$
        publicidad$
        pubblicità$
        advertentie$
        реклама$
        reklama$
        广告$
        広告$
        إعلان$
        (?:in partnership with|presented by|sponsored by|brought to you by|paid partnership)$
        (?:in zusammenarbeit mit|präsentiert von|gesponsert von)$
        (?:en partenariat avec|présenté par|sponsorisé par)$
        (?:en colaboración con|presentado por|patrocinado por)$
        (?:em parceria com|apresentado por)$
        (?:in collaborazione con|presentato da|sponsorizzato da)$
        (?:in samenwerking met|gesponsord door)$
        (?:при поддержке|спонсор)$
        (?:we współpracy z|sponsorowane przez)$
        (?:赞助商?|合作伙伴)$
        (?:スポンサー|提供)$
        (?:برعاية|بالشراكة مع)$
    """
    ),
    max_text=30,
)

COOKIE_BANNER = ChromeRule(
    "cookie-banner",
    "Cookie and consent banners. A consent manager's preference center can hold more prose "
    "than a short forum thread or a page of cards, so the rule spares a block only when it "
    "holds nearly all of the page's prose (a cookie policy page).",
    classes=words(
        """
        cookie cookies cookie-banner cookie-notice cookie-consent consent gdpr cmp-banner onetrust
        cookiebot cc-banner cc-window privacy-banner cookielaw truste cookie-notice cookie-bar
    """
    ),
    text=phrases(
        r"""
        we use cookies
        this (?:web)?site uses cookies
        accept (?:all )?cookies
        by (?:using|continuing).{0,40}cookies
        wir verwenden cookies
        diese website verwendet cookies
        nous utilisons des cookies
        ce site utilise des cookies
        utilizamos cookies
        usamos cookies
        utilizziamo i cookie
        wij gebruiken cookies
        мы используем (?:файлы )?cookie
        używamy plików cookie
        我们使用cookie
        クッキーを使用
        نستخدم ملفات تعريف الارتباط
    """
    ),
    max_text=600,
    target="module",
    protect="sole",
)

COMMENTS = ChromeRule(
    "comments",
    "Reader comment sections and comment forms (switched off by include_comments=True). "
    "Spared when the thread is nearly all of the page's prose, unless the page declares itself "
    "an article: a forum thread is content, an article's comments are not. A count label "
    "('12 reviews') inside a link card is the card's rating count and removes nothing.",
    protect="sole",
    classes=words(
        """
        reviews customer-reviews product-reviews review-list reviews-list yotpo trustpilot-widget
        bv-reviews ratings-reviews
        comments comment-list commentlist comments-area comment-respond respond disqus_thread disqus
        comment-form commentform reply-form comments-section comment-section article-comments
        user-comments comments?[-_]?(?:listing|area|container|wrapper|block|box|thread|threads)
    """
    ),
    text=phrases(
        r"""
        customer reviews
        write a review
        \d+ reviews?$
        reviews? \(\d+\)$
        what do you think\?$
        comment via
        join the (?:conversation|discussion)
        leave a (?:comment|reply)
        post a comment
        add a comment
        \d+ comments?$
        comments?$
        kommentar (?:schreiben|verfassen)
        laisser un commentaire
        deja un comentario
        deixe um comentário
        lascia un commento
        laat een reactie achter
        оставить комментарий
        dodaj komentarz
        发表评论
        コメントを残す
        اترك تعليقا
    """
    ),
    max_text=40,
    target="module",
)

# A short biography opens with a capitalised name (matched case-sensitively) and says what the
# person writes; the name and the trade words are kept apart so that each line stays readable.
_NAME = r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
_NAME_RU = r"(?-i:[А-Я][\w-]+(?: [А-Я][\w-]+){1,2})"
_NAME_PL = r"(?-i:[A-ZŁŚŻ][\w-]+(?: [A-ZŁŚŻ][\w-]+){1,2})"
_ROLES = (
    r"(?:writer|reporter|journalist|editor|contributor|author|correspondent|columnist"
    r"|freelancer|photographer|blogger|critic)"
)
_WRITER = _ROLES + r"s?\b"
# The Latin-script lines share their opening name: it is written once, with the lines after it
# as one group, so a text is read for a name once and not once per line (same matches).
_BIO_LINES = (
    _NAME
    + "(?:"
    + "|".join(
        (
            r",? (?:is|was|has been|serves as) (?:an? |the |our )?(?:[\w-]+,? ){0,6}?" + _WRITER,
            # "Jane Doe, Senior Editor, Site Name, writes about ...": name, role, comma (a
            # quoted "Jane Doe, editor at X, said" has no comma after the role and stays).
            r", (?:(?:senior|contributing|associate|deputy|managing|staff|executive|features?"
            r"|news|digital|commerce|freelance|guest|lead|chief|section|style|health|fitness|tech"
            r"|travel|food|sports?|science) ){0,2}" + _ROLES + ",",
            r" ist (?:freie[rn]? |leitende[rn]? )?(?:\w+ )?"
            r"(?:journalist|redakteur|autor|korrespondent)(?:in)?\b",
            r" est (?:une? )?"
            r"(?:journaliste|rédact(?:eur|rice)|auteur|autrice|écrivaine?|correspondante?)\b",
            r" es (?:una? )?(?:periodista|escritora?|redactora?|editora?|corresponsal)\b",
            r" é (?:uma? )?(?:jornalista|escritora?|redatora?|editora?|correspondente)\b",
            r" è (?:una? |un')?"
            r"(?:giornalista|scrittore|scrittrice|redattore|redattrice|corrispondente)\b",
            r" is (?:een )?(?:journalist|schrijver|redacteur|auteur|correspondent)\b",
        )
    )
    + ")",
    _NAME_RU + r" [—-] (?:журналист|редактор|автор|корреспондент|обозреватель)",
    _NAME_PL + r" (?:jest|to) (?:dziennikar|redaktor|autor|korespondent)\w*",
)

AUTHOR_BIO = ChromeRule(
    "author-bio",
    "Author biography boxes at the end of an article.",
    classes=words(
        """
        author-bio authorbio about-author about-the-author author-box authorbox author-info
        author-card author-details author-profile bio-box biography author-description
        post-author-bio
    """
    ),
    text=phrases(
        r"""
        about the author
        über den autor
        à propos de l'auteur
        sobre el autor
        sobre o autor
        sull'autore
        over de auteur
        об авторе
        o autorze
        关于作者
        著者について
        عن الكاتب
    """
    )
    + "|"
    + phrases("\n".join(_BIO_LINES)),
    max_text=500,
    target="module",
)

PAYWALL = ChromeRule(
    "paywall",
    "Paywall and registration prompts.",
    classes=words(
        """
        paywall regwall piano tp-modal meter metered subscriber-prompt premium-banner
        subscription-wall article-gate
    """
    ),
    text=phrases(
        r"""
        this (?:article|story|content) is (?:exclusive|only available) (?:to|for) .{0,30}subscribers
        this (?:article|story|content) is available (?:to|for) .{0,30}subscribers
        you need to (?:log ?in|sign in|register)
        become a paid subscriber
        unlock (?:this|premium|ai)
        what is included in a subscription
        subscribe to (?:continue|read|keep)
        already a subscriber
        log in to continue
        sign in to continue
        create a free account
        jetzt abonnieren
        déjà abonné
        ya eres suscriptor
        já é assinante
        sei già abbonato
    """
    ),
    max_text=200,
    target="module",
)

TAG_LIST = ChromeRule(
    "tag-list",
    "Lists of topic tags under the article (they feed Article.tags, not the body).",
    classes=words(
        """
        tags tag-list taglist post-tags entry-tags article-tags tag-links tags-links topics
        topic-list keywords
    """
    ),
    text=phrases(
        r"""
        tags:
        (?:article|post|related|story) tags:?$
        schlagwörter
        mots-clés
        etiquetas:
        tópicos:
    """
    ),
    max_text=30,
    target="module",
)

NOSCRIPT = ChromeRule(
    "noscript",
    "<noscript> fallbacks (enable-JavaScript notices, tracking pixels). Protected: where a "
    "script-driven page keeps its only copy of the text in <noscript>, that text stays.",
    tags=("noscript",),
    tier="fallback",
)

JS_NOTICE = ChromeRule(
    "js-notice",
    "'Enable JavaScript' notices ('You need to enable JavaScript to run this app', 'JavaScript "
    "is disabled'), in the major languages, wherever they sit: never the page's text, even "
    "when an app shell shows nothing else (its body is then empty). Text only, at most 160 "
    "characters.",
    text=phrases(
        r"""
        (?:you need to |you must |please )?(?:enable|turn on) javascript
        javascript (?:is )?(?:required|disabled|turned off|must be enabled)[.!]?$
        javascript (?:is )?(?:required|needed) (?:to|for) (?:view|use|run|display|see|access)
        this (?:app|site|page|website) (?:requires|needs) javascript
        (?:bitte )?aktivieren sie javascript
        javascript (?:ist deaktiviert|muss aktiviert)
        (?:veuillez )?activ(?:er|ez) (?:le )?javascript
        javascript est désactivé
        (?:por favor,? )?(?:habilita|activa) (?:el )?javascript
        javascript está (?:deshabilitado|desactivado)
        (?:ative|habilite) o javascript
        o javascript está desativado
        (?:abilita|attiva) (?:il )?javascript
        javascript è disabilitato
        (?:schakel javascript in|javascript is uitgeschakeld)
        (?:включите|необходимо включить) javascript
        javascript отключ
        (?:włącz|należy włączyć) (?:obsługę )?javascript
        javascript jest wyłączony
        请?(?:启用|开启)\s?javascript
        javascript\s?(?:を|が)(?:有効|無効)
        (?:يرجى )?تفعيل (?:جافا ?سكريبت|javascript)
        """
    ),
    max_text=160,
    protect="never",
)

CONTROLS = ChromeRule(
    "controls",
    "Buttons and dialogs. Protected, because a stray unclosed <button> can hold a whole page.",
    tags=("button", "dialog"),
    roles=("button", "dialog", "alertdialog"),
    tier="fallback",
    text=phrases(
        r"""
        toggle (?:caption|navigation|menu|search)
        (?:hide|show) caption
        (?:close|open) (?:menu|search|navigation|form|dialog|modal|popup|window)$
        (?:expand|collapse) (?:all|description|details|section)$
        (?:formular|dialog|fenster) schließen$
        (?:alle|beschreibung) (?:ausklappen|einklappen)$
        fermer (?:le formulaire|la fenêtre|la boîte de dialogue)$
        (?:tout )?(?:développer|réduire)(?: la description)?$
        cerrar (?:el )?(?:formulario|ventana|diálogo)$
        (?:expandir|contraer) (?:todo|descripción)$
        fechar (?:o )?(?:formulário|janela)$
        (?:expandir|recolher) (?:tudo|descrição)$
        chiudi (?:il )?(?:modulo|finestra)$
        (?:espandi|comprimi) (?:tutto|descrizione)$
        (?:formulier|venster) sluiten$
        alles (?:uitvouwen|samenvouwen)$
        закрыть (?:форму|окно)$
        (?:развернуть|свернуть) (?:все|описание)$
        zamknij (?:formularz|okno)$
        (?:rozwiń|zwiń) (?:wszystko|opis)$
        关闭(?:表单|窗口|对话框)$
        (?:展开|折叠)(?:全部|描述)$
        (?:フォーム|ウィンドウ)を閉じる$
        (?:すべて|説明を)(?:展開|折りたたむ)$
        إغلاق (?:النموذج|النافذة)$
        (?:توسيع|طي) (?:الكل|الوصف)$
        (?:learn more|shop now|read (?:the )?full article)[!.]?\W*$
        (?:mehr erfahren|jetzt (?:kaufen|shoppen))\W*$
        (?:en savoir plus|acheter maintenant)\W*$
        (?:más información|saber más|comprar ahora)\W*$
        (?:saiba mais|compre agora)\W*$
        (?:scopri di più|per saperne di più|acquista ora)\W*$
        (?:meer informatie|lees meer|nu kopen)\W*$
        (?:узнать больше|подробнее|купить сейчас)\W*$
        (?:dowiedz się więcej|kup teraz)\W*$
        (?:了解更多|立即购买)\W*$
        (?:詳しく見る|詳細はこちら|今すぐ購入)\W*$
        (?:اعرف المزيد|معرفة المزيد|تسوق الآن)\W*$
    """
    ),
    max_text=40,
)

PROMO = ChromeRule(
    "promo",
    "House promotions and calls to action: republish, donate, membership and app boxes.",
    classes=words(
        """
        promo-box house-promo republish republish-cta donate cta-box post-cta
        donation donate-box membership member-cta support-us app-promo app-download
        """
    ),
    text=phrases(
        r"""
        disclosure:
        (?:if|when) you (?:buy|shop|click) through (?:our |my )?(?:affiliate )?links
        share your story$
        (?:since you made it|before you go).{0,60}(?:favou?r|support|ask)
        (?:please )?consider supporting
        (?:on )?supporting (?:\w+ ){0,2}journalism$
        if you(?:'|’| a)re enjoying (?:this|our|the)
        if you (?:like|enjoy|value|appreciate)d? (?:this|our|what).{0,80}(?:consider|please) \w+ing
        [^.!?]{3,80}[.!?] if you (?:like|enjoy)d? (?:this|our).{0,80}(?:consider|please) \w+ing
        support our mission
        this (?:story|article) (?:also |originally )?appeared (?:in|on)
        listen to this (?:article|story)
        summari[sz]e with ai
        products are chosen independently
        (?:we|this (?:site|post|article)) may (?:earn|receive) (?:a )?(?:small )?commission
        (?:we|this (?:site|post|article)) (?:earn|receive)s? (?:a )?commission (?:for|on|from|when)
        (?:we|this (?:site|post|article)) may (?:earn|receive) (?:a )?(?:small )?compensation
        as an amazon associate
        this (?:post|article) (?:may )?contains? affiliate links
        (?:note: )?(?:some|our|these) (?:posts|articles|pages) (?:may )?contain affiliate links
        (?:we|this (?:site|post|article)) (?:may be|are|is) compensated
        (?:[^.!?]|\.(?=\S)){1,40} is (?:reader-)?supported by (?:commissions|affiliate)
        (?:dieser|der) (?:beitrag|artikel) enthält (?:affiliate|partner)-?links
        (?:cet|cette) (?:article|page) contient des liens (?:d'affiliation|affiliés)
        (?:este|esta) (?:artículo|página|post) contiene enlaces de afiliados
        (?:este|esta) (?:artigo|página|post) contém links de afiliad
        questo (?:articolo|post) contiene link (?:di affiliazione|affiliati)
        (?:dit|deze) (?:artikel|bericht|pagina) bevat affiliate ?links
        (?:эта статья|этот пост) содержит партн[её]рские ссылки
        (?:ten|ten artykuł|ten wpis) zawiera linki afiliacyjne
        本文(?:包含|含有)(?:联盟|推广)链接
        この記事(?:には|は)アフィリエイトリンクを含
        (?:تحتوي|يحتوي) هذه? (?:المقالة|الصفحة|المقال) على روابط تابعة
        republish this (?:story|article)
        support (?:our|independent) journalism
        (?:please )?(?:donate|make a donation)
        become a (?:member|supporter)
        download (?:our|the) app
        unterstützen sie (?:unseren|unabhängigen) journalismus
        soutenez (?:notre|le) journalisme
        apoya (?:nuestro|el) periodismo
        apoie (?:o nosso|nosso|o) jornalismo
        sostieni (?:il nostro|il) giornalismo
        steun (?:onze|onafhankelijke) journalistiek
        поддержите (?:нашу |независимую )?(?:журналистику|редакцию)
        wesprzyj (?:nasze |niezależne )?dziennikarstwo
        支持我们的(?:新闻|报道)
        私たちの(?:報道|ジャーナリズム)を支援
        ادعم (?:صحافتنا|الصحافة المستقلة)
        """
    ),
    max_text=400,
    target="module",
)

CALL_TO_ACTION = ChromeRule(
    "call-to-action",
    "Sales and lead-generation prompts: 'Talk to our experts', 'Book a demo', 'Request a "
    "quote', 'Contact us' boxes and buttons.",
    text=phrases(
        r"""
        (?:talk|speak|chat) (?:to|with) (?:our|an|a|one of our) (?:\w+ ){0,3}(?:experts?|team)
        [^.!?]{3,60}[.!?] (?:talk|speak|chat) (?:to|with) (?:our|one of our) (?:\w+ ){0,3}experts?
        [^.!?]{3,60}[.!?] (?:book|schedule|request|get) (?:a|your) (?:free )?(?:demo|consultation)
        [^.!?]{3,60} [–—|-] (?:get|book|request) (?:a|your) (?:free )?(?:consultation|quote)[.!]?$
        [^.!?]{3,60} [–—|-] (?:get|book|request|start) (?:a|your) (?:free )?(?:demo|trial)[.!]?$
        (?:talk|speak|chat) (?:to|with) (?:our|an|a|one of our) (?:\w+ ){0,2}specialists?
        (?:talk|speak|chat) (?:to|with) (?:our|an|a|one of our) (?:\w+ ){0,2}advisors?
        (?:talk|speak|chat) (?:to|with) (?:our|an|a|one of our) (?:\w+ ){0,2}consultants?
        (?:book|schedule|request|get|claim|start) (?:a|an|your|my) (?:[\w-]+ ){0,2}(?:demo|call)
        (?:book|schedule|request|get|claim) (?:a|an|your|my) (?:[\w-]+ ){0,2}(?:consultation|quote)
        (?:book|schedule|request|get|claim) (?:a|an|your|my) (?:[\w-]+ ){0,2}(?:estimate|assessment)
        (?:book|schedule|request|start|claim) (?:a|an|your|my) (?:[\w-]+ ){0,2}(?:trial|lesson)
        request (?:a |more )?(?:information|info|pricing)[.!]?$
        (?:contact|call) (?:us|sales|our team)(?: today| now| for a (?:free )?\w+)?[.!]?$
        get in touch(?: with (?:us|our team))?(?: today)?[.!]?$
        let(?:'|’)s (?:talk|connect|chat)[.!]?$
        get started(?: (?:today|now|for free|free|with \w+)| [–—-] free)?[.!]?$
        (?:start|try) (?:your |a |it )?(?:for )?free(?: trial)?[.!]?$
        (?:sign up|register|join|apply|enroll|buy) (?:now|today|for free|free)[.!]?$
        ready to (?:get started|talk|take the next step)
        take the next step[.!]?$
        why (?:[\w&'’-]+ ){1,3}is the best place to (?:buy|shop)\b
        why (?:buy|shop|order) (?:from|with) us\W*$
        why trust us\W*$
        warum (?:bei uns (?:kaufen|bestellen)|uns vertrauen)\W*$
        pourquoi (?:acheter chez nous|nous faire confiance)\W*$
        por qué (?:comprar con nosotros|confiar en nosotros)\W*$
        por que (?:comprar conosco|confiar em nós)\W*$
        perché (?:acquistare da noi|fidarsi di noi)\W*$
        waarom (?:bij ons kopen|ons vertrouwen)\W*$
        почему (?:стоит )?(?:покупать у нас|нам доверяют)\W*$
        dlaczego (?:warto )?(?:kupować u nas|nam zaufać)\W*$
        为什么(?:在我们这里购买|信任我们)\W*$
        当店で(?:買う|購入する)理由\W*$
        لماذا (?:تشتري منا|تثق بنا)\W*$
        (?:start|begin) (?:building|deploying|creating|selling|learning)(?: now| today)?[.!]?$
        (?:jetzt )?(?:loslegen|starten)[.!]?$
        commencez (?:à créer|maintenant)[.!]?$
        (?:empieza|comienza) a (?:crear|construir)[.!]?$
        comece a (?:criar|construir)[.!]?$
        inizia a (?:creare|costruire)[.!]?$
        begin (?:met bouwen|nu)[.!]?$
        начните (?:создавать|сейчас)[.!]?$
        zacznij (?:tworzyć|budować)[.!]?$
        开始(?:构建|创建)[。!！]?$
        (?:構築|作成)を(?:開始|始める)[。!！]?$
        ابدأ (?:البناء|الآن)[.!]?$
        (?:get|download|grab) (?:the|our|your) free (?:e-?book|guide|checklist)s?(?: now)?[.!]?$
        [^.!?]{0,60}\b(?:get|with|and get) (?:up to )?[$€£]\d[\d,.]*k? in (?:free )?credits?\b
        [^.!?]{0,60}\d[\d.]* ?(?:€|\$) (?:gratis-?|kostenloses? )?(?:guthaben|startguthaben)
        [^.!?]{0,60}\d[\d\s]* ?(?:€|\$) de crédits? (?:gratuits?|offerts?)
        [^.!?]{0,60}(?:us)?\$ ?\d[\d.]* en créditos (?:gratis|gratuitos)
        [^.!?]{0,60}(?:us)?\$ ?\d[\d.]* em créditos (?:grátis|gratuitos)
        [^.!?]{0,60}\d[\d.]* ?(?:€|\$) di crediti gratuiti
        [^.!?]{0,60}(?:€|\$) ?\d[\d.]* (?:gratis )?tegoed
        [^.!?]{0,60}\d[\d\s]* ?(?:₽|\$) бесплатных кредитов
        [^.!?]{0,60}\d[\d\s]* ?(?:zł|\$) darmowych kredytów
        .{0,40}(?:赠送|免费)\s?\d+\s?(?:元|美元)(?:额度|赠金)
        .{0,40}\d[\d,]*\s?(?:円|ドル)(?:分)?の無料クレジット
        .{0,60}رصيد مجاني بقيمة
        kontaktieren sie uns
        (?:demo|beratung|angebot) (?:anfordern|vereinbaren)
        contactez-nous
        demander (?:une démo|un devis)
        contáct(?:e|a)nos
        solicit(?:a|e) (?:una demo|un presupuesto|información)
        (?:fale conosco|entre em contato)
        solicite (?:uma demonstração|um orçamento)
        contattaci
        richiedi (?:una demo|un preventivo)
        neem contact (?:met ons )?op
        vraag (?:een demo|een offerte) aan
        свяжитесь с нами
        запросить (?:демо|консультацию)
        skontaktuj się z nami
        umów (?:demo|konsultację)
        联系我们
        预约演示
        お問い合わせ
        資料請求
        اتصل بنا
        اطلب عرضا
        """
    ),
    max_text=90,
)

POSTER_INFO = ChromeRule(
    "poster-info",
    "The poster's rank, badges and counts beside a forum post ('Well-known member', 'Joined', "
    "'Messages 512'); the whole poster box where the markup calls it user-info or "
    "user-details; the poster's signature under a post.",
    classes=words(
        r"""
        usertitle user-title userbanner user-banner userextras user-extras user-stats userstats
        message-usertitle message-userbanner message-userextras userinfo_extra postbit-extra
        (?<![\w-])(?:post-)?signature(?![\w-])
        user-info user-details
        """
    ),
    text=phrases(
        r"""
        (?:joined|join date|member since|registered):? (?:on )?(?:\w{3,9}\.? \d|\d)
        (?:posts|messages|reaction score|likes received|points):? [\d,.]+k?$
        (?:new|well-known|active|senior|junior|full|premium|registered|valued) member$
        \d+\+? years? member$
        original poster$
        (?:mitglied seit|registriert seit|dabei seit)
        beiträge:? [\d.]+$
        (?:inscrit le|inscription|membre depuis)
        messages:? [\d\s]+$
        (?:fecha de registro|miembro desde|registrado):? \d
        mensa(?:j|g)ens?:? [\d.]+$
        (?:membro desde|registrado em)
        (?:iscritto (?:il|dal)|messaggi:? [\d.]+$)
        (?:lid sinds|berichten:? [\d.]+$)
        (?:регистрация|с нами с|сообщений):? ?\d
        (?:dołączył|postów|posty):? ?\d
        (?:注册(?:时间|日期)|帖子):? ?\d
        (?:登録日|投稿数):? ?\d
        (?:تاريخ التسجيل|المشاركات):? ?\d
        """
    ),
    max_text=40,
)

SHOP_CONTROLS = ChromeRule(
    "shop-controls",
    "Shop buttons and stock labels: 'Add to cart', 'Buy now', 'Out of stock'.",
    text=phrases(
        r"""
        add to (?:cart|bag|basket|wish ?list|registry)$
        (?:out of stock|sold out|in stock|back in stock|coming soon)[.!]?$
        (?:discontinued|no longer available|temporarily unavailable)[.!]?$
        notify me when (?:available|in stock|back in stock)
        benachrichtigen,? wenn (?:wieder )?verfügbar
        m'avertir (?:du|lors du) retour en stock
        avísame cuando (?:esté|vuelva a estar) disponible
        avise-me quando (?:estiver )?disponível
        avvisami quando (?:torna )?disponibile
        mail mij als (?:het )?(?:weer )?op voorraad
        сообщить о поступлении
        powiadom o dostępności
        到货通知$
        入荷(?:お知らせ|通知)
        أعلمني عند التوفر
        get notified (?:by e-?mail )?when (?:this|it|the)
        (?:free|fast|flat[- ]rate) (?:shipping|delivery|returns)(?: on .{0,30})?$
        (?:free|fast|flat[- ]rate) (?:\| )?(?:free|fast) (?:shipping|delivery|returns)$
        select (?:a |your )?(?:size|colou?r)
        (?:größe|farbe) (?:wählen|auswählen)
        (?:choisi(?:r|ssez)|sélectionne(?:r|z)) (?:une |la |votre )?(?:taille|couleur)
        selecciona(?:r)? (?:una |la |tu )?(?:talla|color)
        selecion(?:e|ar) (?:o |um |a |uma )?(?:tamanho|cor)
        seleziona (?:la |una )?(?:taglia|colore)
        kies (?:een |je )?(?:maat|kleur)
        выберите (?:размер|цвет)
        wybierz (?:rozmiar|kolor)
        选择(?:尺码|尺寸|颜色)
        (?:サイズ|カラー|色)を選(?:択|ぶ)
        اختر (?:المقاس|اللون)
        free returns?(?: (?:&|and) exchanges?)?(?: within \d+ days)?[.!]?$
        secure (?:payment|checkout)
        kostenlose[rn]? (?:versand|rückversand|lieferung)
        (?:livraison|retours?(?: & échanges?)?) gratuit
        paiement sécurisé
        (?:envío|devolución) gratis
        (?:frete grátis|pagamento seguro)
        (?:spedizione|reso) gratuit[oa]
        gratis (?:verzending|bezorging|retourneren)
        бесплатная доставка
        darmowa (?:dostawa|wysyłka)
        (?:免费(?:送货|配送)|包邮)
        送料無料
        شحن مجاني
        returns? (?:& |and )?exchanges? accepted$
        (?:subscribe|replenish|auto-?ship) (?:&|and) save\*?$
        (?:abonnieren|abo) (?:&|und) sparen\*?$
        (?:abonnez-vous|abonnement) (?:&|et) économisez\*?$
        suscr[ií]bete y ahorra\*?$
        assine e economize\*?$
        abbonati e risparmia\*?$
        abonneer (?:&|en) bespaar\*?$
        подпишитесь и экономьте\*?$
        subskrybuj i oszczędzaj\*?$
        订阅(?:并)?省钱\*?$
        定期(?:おトク)?便で(?:お得|割引)\*?$
        اشترك ووفر\*?$
        buy (?:it )?now$
        in den warenkorb$
        (?:ausverkauft|nicht (?:mehr )?verfügbar|auf lager)$
        ajouter au panier$
        (?:en stock|rupture de stock|épuisé)$
        (?:añadir|agregar) al carrito$
        (?:agotado|en existencia)$
        adicionar ao carrinho$
        (?:esgotado|em estoque)$
        aggiungi al carrello$
        (?:esaurito|disponibile)$
        (?:in (?:de )?winkel(?:wagen|mandje))$
        uitverkocht$
        (?:в корзину|нет в наличии|в наличии)$
        (?:do koszyka|brak w magazynie|dostępny)$
        加入购物车$
        (?:缺货|有货)$
        カートに入れる$
        (?:在庫切れ|在庫あり)$
        أضف إلى السلة$
        نفذت الكمية$
        """
    ),
    max_text=60,
)

READING_TIME = ChromeRule(
    "reading-time",
    "Reading-time labels ('5 min read') and similar page furniture next to the byline.",
    text=phrases(
        r"""
        reading time:? ?\d+ ?min
        \d+(?: ?(?:-|to) ?\d+)? ?min(?:ute)?s?\.? read(?:ing)?(?: time)?$
        [^|·•\d]{1,40} \| \d+ ?min(?:ute)?s?\.? read$
        lesezeit:? ?\d+ ?min
        \d+ ?min(?:uten)?\.? lesezeit$
        (?:temps de )?lecture:? ?\d+ ?min
        \d+ ?min(?:utes)? de lecture$
        tiempo de lectura:? ?\d+ ?min
        \d+ ?min(?:utos)? de lectura$
        tempo de leitura:? ?\d+ ?min
        \d+ ?min(?:utos)? de leitura$
        tempo di lettura:? ?\d+ ?min
        \d+ ?min(?:uti)? di lettura$
        leestijd:? ?\d+ ?min
        \d+ ?min(?:uten)? leestijd$
        время чтения:? ?\d+ ?мин
        \d+ ?мин(?:ут[аы]?)?\.? чтения$
        czas czytania:? ?\d+ ?min
        \d+ ?min(?:ut)?\.? czytania$
        阅读(?:时间|需要)?:? ?\d+ ?分钟$
        \d+ ?分(?:で読めます|で読める)$
        \d+ (?:دقائق|دقيقة) (?:للقراءة|قراءة)$
        """
    ),
    max_text=40,
)

LOGIN_PROMPT = ChromeRule(
    "login-prompt",
    "Sign-in and registration prompts of forums and member sites: 'Log in or register to "
    "reply', 'You are not logged in', 'Create an account or sign in to comment'.",
    text=phrases(
        r"""
        (?:create an account|sign up|register|join)(?: for free)? (?:or|/) (?:sign|log|regis|join)
        (?:log ?in|sign in)(?: now)? (?:or|/) (?:sign up|register|join|create)
        (?:log ?in|sign in|sign up|register|join) (?:now )?to (?:comment|reply|answer|post|see|view)
        (?:sign up|register|log ?in) to request
        (?:log ?in|sign in|sign up|register|join) (?:now )?to (?:leave|join|participate|download)
        you (?:need|must|have) to (?:be (?:a member|logged in|registered)|log ?in|sign in|register)
        you must (?:be logged in|log ?in|sign in|register) to (?:reply|comment|post|answer|view|see)
        you must (?:log ?in|sign in|register) or (?:register|sign up|log ?in) to
        you are not logged in
        you(?:'|’)re (?:browsing|viewing) .{0,60} as a guest
        register a new account
        reply to this (?:topic|thread)(?:\.\.\.|…)?$
        sent from my .{1,40} using
        melden sie sich an,? um
        (?:anmelden|einloggen) oder registrieren
        sie (?:müssen|sind nicht) (?:angemeldet|eingeloggt)
        connectez-vous (?:ou inscrivez-vous|pour)
        vous (?:devez être|n'êtes pas) connecté
        (?:inicia sesión|regístrate) (?:o|para)
        debes (?:estar registrado|iniciar sesión)
        (?:faça login|entre|cadastre-se) (?:ou|para) (?:cadastre|comentar|responder|entrar)
        (?:accedi|registrati) (?:o|per) (?:registrati|accedi|commentare|rispondere)
        devi (?:essere registrato|effettuare l'accesso)
        (?:log in|inloggen|registreer) (?:of|om) (?:registreer|te reageren|in te loggen)
        (?:войдите|зарегистрируйтесь),? (?:или|чтобы)
        вы не (?:вошли|авторизованы)
        (?:zaloguj się|zarejestruj się) (?:lub|aby)
        nie jesteś zalogowany
        (?:登录|注册)(?:后|以)(?:评论|回复|发表)
        您(?:还)?(?:未|没有)登录
        (?:ログイン|会員登録)(?:して|すると)(?:コメント|返信)
        (?:سجل الدخول|قم بالتسجيل) (?:أو|ل)
        يجب عليك تسجيل الدخول
        """
    ),
    max_text=240,
)

REPLY_FORM = ChromeRule(
    "reply-form",
    "The form for a new reply or answer under a forum thread or Q&A page, with its posting "
    "tips ('Your Answer', 'Thanks for contributing an answer'), by its class (post-form, "
    "reply-form, quick-reply, answer-form): unlike the comments rule's comment forms, it also "
    "runs on pages whose comments are the content (a thread's replies).",
    classes=words("post-form reply-form replyform quick-reply quickreply answer-form new-reply"),
)

PAGE_TOOLS = ChromeRule(
    "page-tools",
    "Page furniture around the text: feedback prompts ('Was this page helpful?', 'How was this "
    "issue?', 'Leave a star rating'), 'Back to top', 'Edit this page', 'Report an error' and "
    "'Submit a correction' links.",
    text=phrases(
        r"""
        (?:was|is) this (?:article|page|post|answer|guide|information|tip) (?:helpful|useful)
        (?:was|is) this helpful\??$
        rate this (?:page|article|post)$
        (?:war (?:das|dies) hilfreich\??|(?:diese )?seite bewerten)$
        (?:cela vous a-t-il été utile ?\??|évaluer cette page)$
        (?:¿)?(?:te |le )?(?:fue|resultó) útil\??$
        califica esta página$
        (?:isso foi útil\??|avalie esta página)$
        (?:è stato utile\??|valuta questa pagina)$
        (?:was dit nuttig\??|beoordeel deze pagina)$
        (?:это было полезно\??|оцените (?:эту )?страницу)$
        (?:czy to było pomocne\??|oceń tę stronę)$
        (?:这(?:对您)?有帮助吗[?？]?|评价此页)$
        (?:役に立ちましたか[?？]?|このページを評価)$
        (?:هل كان هذا مفيدا[؟?]?|قيم هذه الصفحة)$
        did you find this (?:article|page|post|guide) (?:helpful|useful)
        how (?:was|did you like|would you rate) this (?:issue|article|newsletter|post|edition)\??$
        did you (?:make|try) (?:this|one of (?:my|our|these)) recipes?
        (?:please )?(?:leave|give) (?:a|us a) (?:star )?rating
        back to top\W*$
        edit (?:this page|on github)$
        (?:submit|suggest|send) (?:a )?(?:correction|edits?)$
        report (?:an? )?(?:error|issue|typo|problem)(?: (?:with|on|in) this (?:page|article))?$
        print (?:this )?(?:page|article)$
        war (?:dieser artikel|diese seite) hilfreich
        (?:nach oben|seite bearbeiten|fehler melden)$
        (?:cet article|cette page) (?:vous )?a-t-(?:il|elle) été utile
        (?:retour en haut|modifier cette page|signaler une erreur)$
        (?:(?:este artículo|esta página) )?(?:te |le )?(?:fue|ha sido|resultó) útil
        (?:volver arriba|editar esta página|(?:informar de|reportar) un error)$
        (?:este artigo|esta página) foi útil
        (?:voltar ao topo|reportar (?:um )?erro)$
        (?:questo articolo|questa pagina) (?:ti )?è stat[oa] utile
        (?:torna su|modifica questa pagina|segnala un errore)$
        was (?:dit artikel|deze pagina) nuttig
        (?:terug naar boven|bewerk deze pagina|meld een fout)$
        (?:эта статья|эта страница) (?:была )?полезн
        (?:наверх|редактировать (?:эту )?страницу|сообщить об ошибке)$
        czy (?:ten artykuł|ta strona) (?:był[ao]? )?pomocn
        (?:do góry|na górę|edytuj tę stronę|zgłoś błąd)$
        (?:这篇文章|本页|此页面)(?:是否)?(?:对您)?有(?:帮助|用)
        (?:返回顶部|编辑此页|报告错误)$
        この(?:記事|ページ)は(?:役に立ちましたか|参考になりましたか)
        (?:ページの)?(?:トップ|先頭)へ戻る$
        このページを編集$
        هل كانت هذه (?:المقالة|الصفحة) مفيدة
        (?:العودة إلى الأعلى|تحرير هذه الصفحة|الإبلاغ عن خطأ)$
        """
    ),
    max_text=80,
)

VIDEO_PLAYER = ChromeRule(
    "video-player",
    "Video players and video embeds: the player box and what it overlays (the video's title, "
    "play and time controls). A video is not an image, and the title its player shows is not "
    "the article's text.",
    classes=words(
        r"""
        (?:video|vdo)[-_]?(?:embedd?(?:ed)?|player)s? videoplayer embed[-_]?(?:video|vdo)
        jwplayer jw-player video-js vjs-player
        """
    ),
)


SITE_NOTICE = ChromeRule(
    "site-notice",
    "A site's notices shown above every page of a forum or wiki (a list of notices, a site "
    "notice banner: 'Members are reminded…', 'Welcome to our forum…'), by class "
    "('notices', 'sitenotice', 'site-notice').",
    classes=words("notices sitenotice site-notice"),
)


LINK_CAROUSEL = ChromeRule(
    "link-carousel",
    "On an article page, carousels and sliders (ARIA carousels, carousel/slider/swiper classes) "
    "whose slides hold only links and images, with the one heading that titles them: a slider "
    "of other stories or programs to click through. A carousel with text of its own (captions, "
    "quotes, prices; more than 20 characters outside its links and title) or with a heading on "
    "each slide (product cards) stays.",
    attrs=(("aria-roledescription", r"^\s*carousel\s*$"),),
    # Whole class names only ("carousel", not "carousel-item"): the carousel, not its slides.
    classes=r"(?<![a-z0-9_-])(?:carousel|slider|swiper|slick-slider|splide|glide|owl-carousel|"
    r"slideshow)(?![a-z0-9_-])",
    tier="fallback",
)

THREAD_NOTICES = ChromeRule(
    "thread-notices",
    "Forum thread furniture: reply counters ('20 replies to this topic'), the 'Display posts "
    "from previous' sort form, 'Report inappropriate content' links and the buttons of a post "
    "or thread ('Reply with quote', 'Multi-quote', 'Start new topic', 'Post reply', 'Jump "
    "to', 'Reply'), its counters and sort labels ('12 likes', '3 Answers', 'Sorted by:', "
    "'Thread starter', 'Viewed 4k times'), like lines ('Mara likes this.'), in the major "
    "languages. Text only, at most 80 characters, as an element's whole text.",
    text=phrases(
        r"""
        \d[\d,.]* (?:replies|reply|posts?|messages?) (?:to|in) this (?:topic|thread)$
        display posts from previous
        report (?:inappropriate|abusive) (?:content|post|message)$
        \d[\d.]* (?:antworten|beiträge) (?:zu|in) diesem thema$
        \d[\d\s]* (?:réponses?|messages?) (?:à|dans) ce sujet$
        \d[\d.]* (?:respuestas?|mensajes?) (?:a|en) este tema$
        \d[\d.]* (?:respostas?|mensagens?) (?:a|neste|em este) tópico$
        \d[\d.]* (?:risposte|messaggi) (?:a|in) questa discussione$
        \d[\d.]* (?:reacties|berichten) (?:op|in) dit onderwerp$
        \d[\d\s]* (?:ответ\w*|сообщени\w*) в этой теме$
        \d[\d\s]* (?:odpowied\w*|post\w*) w tym temacie$
        (?:anzeige|beiträge) der letzten
        afficher les messages postés depuis
        reply with quote$
        multi-?quote(?: this(?: message| post)?)?$
        quote (?:this )?(?:post|message|reply)$
        start (?:a )?new (?:topic|thread|discussion)$
        post (?:a )?reply$
        jump to:?$
        (?:mit zitat antworten|neues thema(?: erstellen)?)$
        (?:répondre en citant|nouveau sujet)$
        (?:responder citando|nuevo tema)$
        (?:responder com citação|novo tópico)$
        (?:rispondi citando|nuova discussione)$
        (?:reageer met citaat|nieuw onderwerp)$
        (?:ответить с цитатой|новая тема)$
        (?:odpowiedz z cytatem|nowy temat)$
        (?:引用回复|发表新帖|发新帖)$
        (?:引用して返信|新規トピック)$
        (?:رد مع اقتباس|موضوع جديد)$
        \d[\d,.]*k? (?:likes?|votes?|reactions?|upvotes?|answers?|participants)$
        sort(?:ed)? by:?$
        (?:thread|discussion|topic) starter$
        jump to (?:latest|newest|first unread)$
        last post by
        viewed [\d,.]+k? times$
        (?:asked|modified|answered|edited) (?:\d+ \w+,? ?){1,3}ago$
        reply$
        (?:[^.!?]|\.(?=\S)){1,60} likes this\.?$
        (?:[^.!?]|\.(?=\S)){1,60} and \d+ others? like this\.?$
        (?:[^.!?]|\.(?=\S)){1,60} gefällt (?:das|dies)\.?$
        (?:[^.!?]|\.(?=\S)){1,60} aime(?:nt)? (?:ça|ceci)\.?$
        a (?:[^.!?]|\.(?=\S)){1,60} les? gusta esto\.?$
        (?:[^.!?]|\.(?=\S)){1,60} curti(?:u|ram) isso\.?$
        a (?:[^.!?]|\.(?=\S)){1,60} piace (?:questo|ciò)\.?$
        (?:[^.!?]|\.(?=\S)){1,60} vind(?:t|en) dit leuk\.?$
        (?:[^.!?]|\.(?=\S)){1,60} нравится это\.?$
        (?:[^.!?]|\.(?=\S)){1,60} lubi(?:ą)? to\.?$
        .{1,60}(?:赞了这个|觉得这个很赞)$
        .{1,60}が(?:これに)?いいね(?:！|!)?しました$
        (?:[^.!?]|\.(?=\S)){1,60} (?:أعجبه|أعجبها|أعجبهم) هذا$
        \d[\d.]* (?:antworten|stimmen|likes)$
        (?:sortiert nach|sortieren nach):?$
        (?:themenstarter|themenersteller)$
        \d[\d\s]* (?:réponses?|votes?|j'aime)$
        tri(?:é|er) par:?$
        auteur du sujet$
        \d[\d.]* (?:respuestas?|votos?|me gusta)$
        (?:ordenar por|ordenado por):?$
        autor del tema$
        \d[\d.]* (?:respostas?|votos?|curtidas?)$
        autor do tópico$
        \d[\d.]* (?:risposte|voti|mi piace)$
        ordina(?:to)? per:?$
        autore della discussione$
        \d[\d.]* (?:antwoorden|stemmen)$
        sorteer op:?$
        topicstarter$
        \d[\d\s]* (?:ответ\w*|голос\w*|лайк\w*)$
        сортировать по:?$
        автор темы$
        \d[\d\s]* (?:odpowied\w*|głos\w*|polubie\w*)$
        sortuj według:?$
        autor wątku$
        \d+ ?个?(?:回答|赞|票)$
        排序(?:方式)?[:：]?$
        楼主$
        \d+ ?件?の?(?:回答|いいね)$
        並べ替え[:：]?$
        スレ主$
        \d+ (?:إجابات|إجابة|إعجاب)$
        ترتيب حسب:?$
        صاحب الموضوع$
        """
    ),
    max_text=80,
)

# A page stamp: its label, then a date that ends it (a time and a "by" name may follow).
_STAMP_DATE = (
    r"(?: on| at| am| le| el| em| il| op)?:?\s.{0,40}\d{4}"
    r"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?(?: by .{2,40})?\.?$"
)
_STAMP_LABELS = (
    r"(?:last (?:modified|updated|edited|reviewed|changed)|page (?:last )?(?:modified|updated))",
    r"(?:zuletzt (?:aktualisiert|geändert|bearbeitet)|letzte änderung)",
    r"(?:dernière (?:mise à jour|modification)|modifié le)",
    r"(?:última (?:actualización|modificación|atualização|alteração))",
    r"(?:ultimo aggiornamento|ultima modifica)",
    r"(?:laatst bijgewerkt|laatst gewijzigd)",
    r"(?:последнее (?:обновление|изменение)|обновлено)",
    r"(?:ostatnia (?:aktualizacja|modyfikacja))",
)

# A documentation site's stamp names the change after its date: "Last modified November 18,
# 2025 at 11:47 AM PST: Fix typo in the install guide (1a2b3c4)".
_STAMP_COMMIT = (
    r"(?: on| at| am| le| el| em| il| op)?:?\s.{0,40}\d{4}"
    r"(?:,? (?:at |um |à |a las |às |alle |om |в |o )?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
    r"(?: [a-z]{2,5})?)?: \S.{0,160}$"
)

PAGE_STAMP = ChromeRule(
    "page-stamp",
    "'Last modified' stamps of a page or a post as an element's whole text ('Last modified "
    "November 18, 2025', 'Last updated March 3, 2025 by Jane Roe.', 'Last edited: Jul 9, "
    "2022'), in the major languages: page furniture, not text. Only a stamp that ends with "
    "its date (and an optional 'by' name) and is at most 90 characters, or a documentation "
    "site's stamp that names the change after the date and a colon ('Last modified May 2, "
    "2025 at 9:14 AM PST: Fix typo (1a2b3c4)', at most 250 characters); a sentence that "
    "starts the same way stays.",
    text=phrases(
        "\n".join(label + _STAMP_DATE for label in _STAMP_LABELS)
        + "\n"
        + "\n".join(label + _STAMP_COMMIT for label in _STAMP_LABELS)
    ),
    max_text=250,
)

# Block-stage rules: they test no element, so chrome marking never fires them; they name the
# trims `content` makes to the body's last blocks (`drop_trailing_heading`,
# `drop_trailing_link_list`), so that a user can list them and switch them off like any rule.
TRAILING_HEADING = ChromeRule(
    "trailing-heading",
    "Block stage: a heading left as the body's last block, with three text blocks or more "
    "before it and no heading right before it; what it introduced (a form, a button, a share "
    "bar) was removed as chrome. A run of closing headings stays.",
    tier="fallback",
)
TRAILING_LINK_LIST = ChromeRule(
    "trailing-link-list",
    "Block stage: a list of links alone (link text >= 85%) under its own heading at the very "
    "end of the body, after three text blocks or more (tags, related searches, site tools). "
    "A reference list ('See also', 'References', rules/tail.py) stays.",
    tier="fallback",
)

STRAY_LINES = ChromeRule(
    "stray-lines",
    "Block stage: a paragraph that is a widget's leftover line in the text: a 'Loading…' "
    "placeholder (one or two on the page; a run of them stands for a list's items), a "
    "'Sent from my phone using an app' signature of a forum post, a byline left as the "
    "body's last paragraph ('Written by Jo Banks'), a phone number alone on its line "
    "('Call 1-800-555-0199'), a dateline as the body's first paragraph ('15 Dec, 2025'), in "
    "the major languages.",
    tier="fallback",
)

BEFORE_HEADLINE = ChromeRule(
    "before-headline",
    "Block stage: what the content root holds before the page's headline, when that is short "
    "(at most 170 characters): a site's or section's name, a menu label or a banner line left "
    "above the headline. A longer run before it (an intro, a gallery's text) stays.",
    tier="fallback",
)

LINK_ROW = ChromeRule(
    "link-row",
    "Block stage: a row of links written as one line of text inside the content, with nothing "
    "but separators between them ('Home -- Search -- Authors', 'Guidelines | FAQ | Contact'), "
    "or two links or more after a short label ('Related searches: Boats, Fish'). A reference "
    "line ('Sources: A, B') stays, and so do links one per line.",
    tier="fallback",
)

# Order matters: the first rule that matches names the removal, so the rules that say what a
# block is (a cookie banner, a newsletter box) come before the ones that only say where it is
# (a sidebar, a dialog).
CHROME_RULES: tuple[ChromeRule, ...] = (
    HIDDEN,
    COOKIE_BANNER,
    GOOGLE_CTA,
    NEWSLETTER,
    FOLLOW_US,
    SHARE_BUTTONS,
    RELATED_STORIES,
    ADS,
    COMMENTS,
    AUTHOR_BIO,
    PAYWALL,
    LOGIN_PROMPT,
    REPLY_FORM,
    PAGE_TOOLS,
    PROMO,
    SITE_NOTICE,
    CALL_TO_ACTION,
    READING_TIME,
    POSTER_INFO,
    SHOP_CONTROLS,
    TAG_LIST,
    NAVIGATION,
    SITE_HEADER,
    SITE_FOOTER,
    SIDEBAR,
    CONTROLS,
    JS_NOTICE,
    NOSCRIPT,
    VIDEO_PLAYER,
    LINK_CAROUSEL,
    THREAD_NOTICES,
    PAGE_STAMP,
    BEFORE_HEADLINE,
    LINK_ROW,
    STRAY_LINES,
    TRAILING_LINK_LIST,
    TRAILING_HEADING,
)
