"""Text data of the block-stage rules in `content`: headings that introduce a body's own closing
list of links (trailing-link-list: a reference list is the article's, however link-only it
is), and the stray lines a widget leaves in the text (stray-lines): placeholders, device signatures,
closing bylines and contact phone numbers standing alone."""

from __future__ import annotations

import re

REFERENCE_HEADINGS = (
    # English
    "see also",
    "references",
    "reference",
    "sources",
    "source",
    "further reading",
    "bibliography",
    "notes",
    "citations",
    "external links",
    "related documentation",
    "learn more",
    "what's next",
    # German, French, Spanish, Portuguese, Italian, Dutch
    "siehe auch",
    "literatur",
    "quellen",
    "weblinks",
    "einzelnachweise",
    "voir aussi",
    "références",
    "sources",
    "bibliographie",
    "véase también",
    "referencias",
    "fuentes",
    "bibliografía",
    "ver também",
    "referências",
    "fontes",
    "bibliografia",
    "vedi anche",
    "fonti",
    "zie ook",
    "bronnen",
)
REFERENCE_HEADING = re.compile(
    r"^\W*(?:" + "|".join(re.escape(h) for h in REFERENCE_HEADINGS) + r")\W*$", re.IGNORECASE
)

# A script's placeholder, the paragraph's whole text: "Loading...", "Wird geladen…".
PLACEHOLDER_LINE = re.compile(
    r"^\W{0,3}(?:loading|laden|wird geladen|lädt|chargement|cargando|carregando|caricamento"
    r"|bezig met laden|загрузка|ładowanie|加载中|読み込み中|جار(?:ٍ)? التحميل)\s*(?:\.{2,}|…)$",
    re.IGNORECASE,
)
# A forum post's device signature, the paragraph's whole text: "Sent from my Pixel 8 using
# Tapatalk", "Gesendet von meinem iPhone mit Tapatalk".
DEVICE_SIGNATURE = re.compile(
    r"^\W{0,3}(?:sent from my|gesendet von meinem|envoyé de mon|enviado desde mi|enviado do meu"
    r"|inviato dal mio|verzonden (?:vanaf|met) mijn|отправлено с моего|wysłane z mojego"
    r"|从我的|أرسلت من)\s.{1,60}\s(?:using|mit|en utilisant|avec|usando|utilizzando|con|met"
    r"|через|przy użyciu|使用|باستخدام)\s.{1,60}$",
    re.IGNORECASE,
)
# A byline left as the body's last paragraph: "Written by Jo Banks", "Posted by Jo at May 2,
# 2025 11:15 AM". Only the whole paragraph, and only at the very end (the byline field is read
# before the blocks are trimmed).
CLOSING_BYLINE = re.compile(
    r"^\W{0,3}(?:written|posted|published|authored) by|^\W{0,3}(?:geschrieben|verfasst"
    r"|veröffentlicht) von|^\W{0,3}(?:écrit|publié|rédigé) par|^\W{0,3}(?:escrito|publicado)"
    r" por|^\W{0,3}(?:scritto|pubblicato) da|^\W{0,3}(?:geschreven|gepubliceerd) door"
    r"|^\W{0,3}(?:автор|опубликовал[аи]?)[:\s]|^\W{0,3}(?:napisane|opublikowane) przez"
    r"|^\W{0,3}(?:作者|发布者|投稿者|執筆者)[:：]|^\W{0,3}(?:بقلم|كتبه|نشر بواسطة)\s",
    re.IGNORECASE,
)
# A phone number as a whole paragraph or heading, with an optional label: "(800) 555-0199",
# "Call 1-800-555-0199", "+44 20 7946 0958", "Telefon: 030 1234567". A header's or a contact
# box's line; a number inside a sentence ("call us at ...") is the sentence's.
_PHONE_LABEL = (
    r"(?:(?:phone|tel|telephone|call(?: us)?|telefon|téléphone|teléfono|telefone|telefono"
    r"|telefoon|телефон|电话|電話|هاتف)\.?\s?[:：]?\s*)?"
)
PHONE_LINE = re.compile(
    r"^\W{0,3}" + _PHONE_LABEL + r"(?:"
    r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"  # North American
    r"|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"  # international, with its +
    r"|(?<=[:：] )0\d{1,4}[\s/.-]?\d{3,8}(?:[\s.-]\d{2,5})?"  # national, after a label
    r")$",
    re.IGNORECASE,
)
