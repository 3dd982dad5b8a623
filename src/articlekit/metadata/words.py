"""Word lists the metadata stage reads: month names, byline prefixes, role and organisation words.

Data only, no code: `dates.py` and `people.py` compile these once at import. Every entry is a
generic word of a language, never a phrase taken from one site. All entries are lower case.
"""

from __future__ import annotations

# Month names and their usual abbreviations in English, German, French, Spanish, Portuguese,
# Italian and Dutch. No abbreviation names two different months across these languages, so one
# table serves all of them.
MONTHS: dict[str, int] = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "jän": 1, "februar": 2, "märz": 3, "mrz": 3, "mär": 3,
    "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
    "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11,
    "dezembro": 12,
    # Italian
    "gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5, "giugno": 6,
    "giu": 6, "luglio": 7, "lug": 7, "settembre": 9, "ottobre": 10, "ott": 10, "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
}  # fmt: skip

# Weekday names (and abbreviations) that may precede a visible date and carry no information.
WEEKDAYS: frozenset[str] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    }
)  # fmt: skip

# Time-zone abbreviations that name one offset only. Ambiguous ones (CST, IST, BST) are left out:
# a visible time with such a zone is kept without an offset rather than given a wrong one.
ZONES: dict[str, str] = {
    "utc": "Z", "gmt": "Z", "z": "Z",
    "est": "-05:00", "edt": "-04:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
    "pst": "-08:00", "pdt": "-07:00", "akst": "-09:00", "akdt": "-08:00", "hst": "-10:00",
    "cet": "+01:00", "cest": "+02:00", "mez": "+01:00", "mesz": "+02:00", "eet": "+02:00",
    "eest": "+03:00", "wet": "+00:00", "west": "+01:00", "jst": "+09:00", "kst": "+09:00",
    "aest": "+10:00", "aedt": "+11:00", "nzst": "+12:00", "nzdt": "+13:00",
}  # fmt: skip

# Labels in front of a visible date that say which date it is.
PUBLISHED_LABELS: tuple[str, ...] = (
    "published", "posted", "first published", "released", "created", "date",
    "veröffentlicht", "erschienen", "publié", "publie", "mis en ligne", "publicado",
    "publicada", "pubblicato", "gepubliceerd", "geplaatst", "опубликовано",
)  # fmt: skip
MODIFIED_LABELS: tuple[str, ...] = (
    "updated", "last updated", "modified", "last modified", "revised", "edited",
    "aktualisiert", "zuletzt aktualisiert", "geändert", "mis à jour", "mise à jour",
    "actualizado", "actualizada", "atualizado", "atualizada", "aggiornato", "bijgewerkt",
    "обновлено",
)  # fmt: skip

# Labels of a date that is not the text's publication or update: an event's, an offer's or a
# call's ("Deadline: 3 May 2025", "Event date", "Closes 12 June"). A date so labelled dates
# nothing, even where a "date" label would otherwise read as the publication's. ("Start date"
# is left out: forums label a thread's opening post with it, which is the thread's date.)
OTHER_DATE_LABELS: tuple[str, ...] = (
    "deadline", "closes", "closing date", "closing", "event date", "end date", "ends",
    "expires", "expiry date", "expiration date", "due date", "due", "valid until",
    "open until", "apply by", "register by", "registration closes",
    "frist", "anmeldeschluss", "bewerbungsschluss", "einsendeschluss", "gültig bis",
    "date limite", "date de clôture", "clôture", "fecha límite", "fecha de cierre",
    "válido hasta", "scadenza", "data di scadenza", "sluitingsdatum",
    "prazo", "data limite", "válido até", "крайний срок", "дедлайн", "действует до",
    "termin zgłoszeń", "ważne do", "截止日期", "截止", "有效期至", "締め切り", "締切",
    "有効期限", "الموعد النهائي", "آخر موعد", "صالح حتى",
)  # fmt: skip

# Labels that name a text's first publication apart from its current stamp ("This article was
# originally published on 26 Sep 2019 and has been updated since"): the date they label is the
# publication's, whatever date the byline shows. In the 11 major languages.
ORIGINAL_PUBLISHED_LABELS: tuple[str, ...] = (
    "originally published", "first published", "originally posted", "first posted",
    "ursprünglich veröffentlicht", "erstmals veröffentlicht", "zuerst veröffentlicht",
    "zuerst erschienen", "erstmals erschienen",
    "publié initialement", "initialement publié", "publié à l'origine",
    "publié pour la première fois",
    "publicado originalmente", "originalmente publicado", "publicado por primera vez",
    "publicada originalmente", "publicado pela primeira vez", "publicada pela primeira vez",
    "pubblicato originariamente", "originariamente pubblicato", "pubblicato originalmente",
    "pubblicato per la prima volta",
    "oorspronkelijk gepubliceerd", "voor het eerst gepubliceerd", "eerst gepubliceerd",
    "первоначально опубликовано", "впервые опубликовано", "изначально опубликовано",
    "pierwotnie opublikowano", "pierwotnie opublikowany", "po raz pierwszy opublikowano",
    "首次发布于", "首次发表于", "最初发表于", "首发于", "首次發布於", "最初發表於",
    "初出", "初公開", "初回公開",
    "نُشر في الأصل", "نشر في الأصل", "نُشر لأول مرة", "نشر لأول مرة",
)  # fmt: skip

# Byline prefixes that introduce the authors, longest first within a language so that
# "written by" wins over "by". Matched case-insensitively at the start of a byline part.
AUTHOR_PREFIXES: tuple[str, ...] = (
    "this post was written by", "this article was written by", "this story was written by",
    "this post is written by", "this article is written by", "geschrieben von",
    "ein beitrag von", "écrit par", "rédigé par", "escrito por", "scritto da",
    "geschreven door", "story by", "words by", "written by", "text by", "reporting by", "posted by",
    "published by", "article by", "authored by", "author:", "authors:", "by:", "by",
    "von", "text:", "autor:", "autorin:", "par", "texte:", "por", "texto:", "di", "testo:",
    "door", "tekst:", "автор:", "авторы:", "автор",
)  # fmt: skip
# Labels heading a box about the article's writer, below or beside the text ("About the
# author" over "<h4>Jane Doe</h4><p>Jane writes about ...</p>"), matched on the whole line.
ABOUT_AUTHOR_LABELS: tuple[str, ...] = (
    "about the author", "about the writer", "meet the author", "über den autor",
    "über die autorin", "à propos de l'auteur", "à propos de l’auteur", "sobre el autor",
    "sobre la autora", "sobre o autor", "sobre a autora", "informazioni sull'autore",
    "informazioni sull’autore", "l'autore", "over de auteur", "об авторе", "o autorze",
    "关于作者", "作者简介", "著者について", "عن الكاتب",
)  # fmt: skip
# Whole-line labels over the name of whoever wrote the text ("<h3>Author</h3><p>Jane Doe</p>").
AUTHOR_HEADING_LABELS: tuple[str, ...] = (
    "author", "authors", "written by", "article by", "posted by", "autor", "autorin", "autoren",
    "auteur", "auteurs", "autrice", "autore", "autori", "autores", "autora", "auteur(s)",
    "autorzy", "автор", "авторы", "作者", "著者", "الكاتب",
    "author(s)", "autor(es)", "autore/i", "autor(en)", "article written by", "post written by",
    "story written by", "artikel geschrieben von",
    "beitrag geschrieben von", "article écrit par", "artículo escrito por", "artigo escrito por",
    "articolo scritto da", "artikel geschreven door", "автор статьи", "autor artykułu",
    "本文作者", "記事の著者",
)  # fmt: skip
# Prefixes that are also common name parts ("Von Miller", "Di Smith", "Par Larsson"): stripped
# only when at least two words remain after them.
SHORT_PREFIXES: frozenset[str] = frozenset({"von", "par", "por", "di", "door", "автор"})

# Byline parts that credit someone other than an author: the whole part is dropped.
NON_AUTHOR_PREFIXES: tuple[str, ...] = (
    "photo by", "photos by", "photograph by", "photographs by", "photography by",
    "photo:", "photos:", "photo credit", "image by", "images by", "image:", "illustration by",
    "illustrations by", "illustration:", "video by", "videos by", "video:", "graphics by",
    "graphic by", "design by", "designed by", "edited by", "editor:", "reviewed by",
    "medically reviewed by", "fact checked by", "fact-checked by", "additional reporting by",
    "additional reporting", "with reporting by", "translated by", "translation by",
    "foto:", "fotos:", "fotos von", "bild:", "photo :", "crédit photo", "fotografía:",
    "foto di", "foto's:", "updated by", "data analysis by", "fact check by", "checked by",
    "verified by",
)  # fmt: skip

# Words that join two names in a byline.
NAME_JOINERS: tuple[str, ...] = ("and", "&", "und", "et", "y", "e", "en", "и", "with")

# Job titles that follow or replace a name in a byline ("Jane Doe, Staff Writer").
ROLE_CORE: frozenset[str] = frozenset(
    {
        "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent",
        "correspondents", "contributor", "contributors", "columnist", "journalist", "analyst",
        "producer", "photographer", "critic", "blogger", "intern", "researcher", "author",
        "editor-in-chief", "anchor", "host", "redakteur", "redakteurin", "korrespondent",
        "korrespondentin", "journaliste", "rédacteur", "rédactrice", "correspondant",
        "correspondante", "periodista", "redactor", "redactora", "corresponsal",
        "jornalista", "repórter", "giornalista", "redattore", "corrispondente", "verslaggever",
        "redacteur", "корреспондент", "журналист", "director", "manager", "founder",
        "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "cmo", "president", "officer",
        "expert", "specialist", "consultant", "coordinator", "strategist", "dietitian",
        "nutritionist", "vp", "owner", "partner", "attorney", "lawyer", "physician",
        "therapist", "coach", "trainer", "instructor", "professor", "lecturer", "scientist",
        "engineer", "developer", "designer", "advisor", "adviser", "planner", "marketer",
        "fellow", "student", "teacher", "chair", "chairman", "chairwoman", "curator",
        "architect", "qa", "tester", "evangelist", "administrator", "programmer",
    }
)  # fmt: skip
ROLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "staff", "senior", "chief", "contributing", "associate", "assistant", "deputy",
        "managing", "executive", "special", "guest", "freelance", "political", "national",
        "foreign", "international", "business", "technology", "tech", "science", "health",
        "sports", "entertainment", "investigative", "digital", "news", "features", "opinion",
        "copy", "web", "lead", "head", "global", "economics", "finance", "culture", "arts",
        "travel", "food", "fashion", "style", "legal", "white", "house", "congressional",
        "regional", "local", "city", "metro", "general", "assignment", "data", "social",
        "media", "video", "photo", "audio", "the", "a", "an", "of", "for", "at", "in",
        "leitender", "freier", "freie", "stellvertretender", "envoyé", "spécial", "envoyée",
        "spéciale", "especial", "enviado", "enviada", "inviato", "speciale", "sr", "sr.",
        "vice", "marketing", "operations", "product", "content", "communications", "program",
        "project", "brand", "sales", "research", "clinical", "medical", "certified",
        "registered", "licensed", "principal", "founding", "creative", "art",
        "account", "community",
    }
)  # fmt: skip
# Phrases that start a part which is a role or affiliation, never a name.
ROLE_PREFIXES: tuple[str, ...] = ("special to", "for the", "for ", "at the", "exclusive to")

# Words that mark an organisation, a desk or a generic account rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "news", "newsroom", "press", "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc",
        "gmbh", "corp", "corp.", "corporation", "company", "co.", "staff", "team", "editorial",
        "board", "desk", "agency", "agencies", "agence", "agencia", "agenzia", "wire",
        "wires", "media", "magazine", "newspaper", "journal", "daily", "weekly", "online",
        "digital", "group", "network", "foundation", "institute", "university", "society",
        "association", "council", "committee", "department", "ministry", "office", "bureau",
        "services", "radio", "tv", "television", "broadcasting", "admin", "administrator",
        "webmaster", "editors", "contributors", "redaktion", "rédaction", "redaction",
        "redacción", "redaccion", "redação", "redazione", "redactie", "nachrichten",
        "zeitung", "presse", "prensa", "stampa", "partners", "sponsored", "studio", "studios",
        "labs", "blog", "website", "official", "reuters", "afp", "ap", "upi", "dpa", "efe",
        "ansa", "xinhua", "kyodo", "tass", "pti", "ians", "anp", "belga", "apa", "sda",
        "epa", "reporters", "writers", "guest", "anonymous", "unknown", "user", "support",
        "customer", "marketing", "sales", "hq", "headquarters", "shop", "store", "clinic",
        "hospital", "center", "centre", "college", "school", "academy", "solutions",
        "consulting", "systems", "technologies", "software", "insurance", "dentistry",
        "dental", "ventures", "holdings", "enterprises", "industries", "international",
        "global", "usa", "lines", "travel", "tours", "realty", "properties",
        "редакция", "новости",
    }
)  # fmt: skip
# Multi-word organisation names too generic to be keyed on one site: news agencies.
ORG_PHRASES: tuple[str, ...] = (
    "associated press", "agence france-presse", "agence france presse", "press association",
    "united press", "editorial board", "staff writer", "staff reporter", "news service",
    "news desk", "web desk", "guest author", "guest post",
)  # fmt: skip

# Lower-case name particles that may sit between the capitalised parts of a person's name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "do", "dos",
        "du", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu", "st.", "mac",
        "ben", "bint", "abu", "het", "'t",
    }
)  # fmt: skip

# Common function words: a "name" that holds one of them is a phrase, not a person.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {
        "the", "of", "for", "our", "your", "my", "to", "in", "on", "at", "from", "about",
        "more", "all", "this", "that", "is", "are", "was", "be", "by", "an", "a", "or",
        "read", "view", "posts", "articles", "profile", "follow", "contact", "email",
        "share", "subscribe", "login", "home", "page", "here", "click", "see", "latest",
        "updated", "published", "posted", "comments", "comment", "und", "die",
        "les", "des", "et", "pour", "los", "las", "para", "il", "per",
        "fact", "checked", "reviewed", "bio", "disclosure", "advertiser", "privacy", "policy",
    }
)  # fmt: skip

# Abbreviations that end with a full stop inside a name ("Prof. Jane Doe", "John Doe Jr."): a
# full stop after any other word ends a sentence, and a byline ends with its first sentence.
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "rev", "fr", "gen", "sen",
        "rep", "gov", "lt", "col", "capt", "sgt", "hon", "mme", "mlle", "dra", "sra", "srta",
        "ing", "dipl", "mag",
    }
)  # fmt: skip
# Words that tie a name to a date that was cut out ("Jane Doe on May 19", "Max Muster am 19.").
DATE_CONNECTORS: frozenset[str] = frozenset(
    {"on", "at", "am", "um", "le", "el", "em", "il", "op", "dated", "del", "de", "den", "du"}
)

# Declared author values that name a site account, not whoever wrote the article.
GENERIC_ACCOUNTS = frozenset({"webmaster", "admin", "administrator", "site admin", "wpadmin"})
