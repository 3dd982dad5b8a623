"""Speed work of session 8 on the chrome text gate: leading optional items unfold into keyed
phrases, optional phrases are filtered by text length and by words (uncased letters count), and
a window ASCII only in its first characters is keyed by them. The gate must keep answering
exactly as one combined regex of all the phrases does."""

from __future__ import annotations

import re

# Hand-written phrases of the `phrases()` shape, one per generic case the gate sorts.
PHRASES = [
    r"^\W{0,3}(?:(?:please )?(?:donate|make a donation))",  # leading optional group
    r"^\W{0,3}(?:¿?quieres recibir (?:noticias|ofertas))",  # leading optional character
    r"^\W{0,3}(?:(?:bitte )?(?:jetzt )?(?:loslegen|starten)[.!]?$)",  # two optional groups
    r"^\W{0,3}(?:(?:[^.!?]|\.(?=\S)){1,30} likes this\.?$)",  # ends with $: a length bound
    r"^\W{0,3}(?:.{0,20}\bnewsletter\b.{0,20}\bsign up)",  # a word within a reach
    r"^\W{0,3}(?:.{0,10}订阅.{0,10}邮件)",  # uncased letters as the word
    r"^\W{0,3}(?:it’s (?:free|on us)$)",  # a keyed phrase with a non-ASCII third character
    r"^\W{0,3}(?:\d+ (?:comments?|replies)$)",  # a loose phrase (first character a class)
]

TEXTS = [
    "Please donate",
    "please make a donation today",
    "Donate now",
    "— Donate",
    "Donations are tax deductible",  # "donat" then "ions": the phrase still starts it
    "We never asked you to donate",
    "¿Quieres recibir noticias?",
    "Quieres recibir ofertas",
    "quieres recibir nada",
    "Bitte jetzt loslegen!",
    "Jetzt starten",
    "starten",
    "Loslegen und mehr",
    "Anna and Ben likes this",
    "Anna and Ben likes this.\n",
    "A very long line of people who came to the harbour likes this",
    "---" + "abcdefghij" * 3 + " likes this.\n",  # the longest text the phrase fits
    "---" + "abcdefghij" * 3 + "k likes this.\n",  # one longer
    "Our newsletter: sign up",
    "Get the weekly newsletter and sign up",
    "A newsletter, but no call to join it at all, ever",
    "点此订阅每日邮件",
    "请订阅",
    "It’s free",
    "IT’S ON US",
    "It’s a harbour",
    "it's free",  # an ASCII apostrophe is another character
    "12 comments",
    "3 replies",
    "12 comments and more",
    "İt’s free",
    "",
    "…",
]


def _combined(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def test_gate_answers_as_the_combined_regex() -> None:
    from articlekit.chrome import _TextGate

    gate = _TextGate(PHRASES)
    combined = _combined(PHRASES)
    for text in TEXTS:
        assert gate.match(text) == (combined.match(text) is not None), text
        assert gate.match(text) == (combined.match(text) is not None), text  # from the memos


def test_gate_answers_on_long_texts() -> None:
    from articlekit.chrome import _TextGate

    gate = _TextGate(PHRASES)
    combined = _combined(PHRASES)
    pad = "x" * 200
    for text in TEXTS:
        for variant in (text + " " + pad, pad + " " + text):
            assert gate.match(variant) == (combined.match(variant) is not None), variant


def test_known_answers() -> None:
    from articlekit.chrome import _TextGate

    gate = _TextGate(PHRASES)
    assert gate.match("Please donate")
    assert gate.match("¿Quieres recibir noticias?")
    assert gate.match("Anna and Ben likes this.\n")
    assert not gate.match("A very long line of people who came to the harbour likes this")
    assert gate.match("---" + "abcdefghij" * 3 + " likes this.\n")
    assert gate.match("点此订阅每日邮件")
    assert gate.match("IT’S ON US")
    assert not gate.match("it's free")
    assert not gate.match("We never asked you to donate")


def test_leading_optional_items_unfold() -> None:
    from articlekit.chrome import _unfolded

    assert _unfolded("(?:please )?donate") == ("(?:please )donate", "donate")
    assert _unfolded("¿?quieres") == ("¿quieres", "quieres")
    # A variant unfolds only until its first character is known ("a" here).
    assert _unfolded("(?:a )?(?:b )?c") == ("(?:a )(?:b )?c", "(?:b )c", "c")
    # Not unfolded: a lazy or possessive item, a pattern whose rest has no first character.
    assert _unfolded("(?:please )??donate") == ("(?:please )??donate",)
    assert _unfolded(".{0,40}newsletter") == (".{0,40}newsletter",)
    assert _unfolded("(?:note )?.{0,9}x") == ("(?:note )?.{0,9}x",)


def test_prefixes_of_a_short_ascii_run() -> None:
    from articlekit.chrome import _ascii_prefixes

    # On a text whose first three characters are ASCII, "it’s" cannot match; on one whose
    # first two only are, it starts with "it".
    assert _ascii_prefixes("it’s free", 3) == frozenset()
    assert _ascii_prefixes("it’s free", 2) == frozenset({"it"})
    assert _ascii_prefixes("(?:it|we)’re", 2) == frozenset({"it", "we"})


def test_words_with_uncased_letters() -> None:
    from articlekit.chrome import _required_words

    assert _required_words(r".{0,40}订阅.{0,20}邮件", False, letters=True) == ("订阅",)
    assert _required_words(r".{0,40}订阅.{0,20}邮件", True, letters=True) == ()
    # Cyrillic letters have case (and re's extra case pairs): they stay out of the words.
    assert _required_words(r".{0,9}рассылк", False, letters=True) is None
