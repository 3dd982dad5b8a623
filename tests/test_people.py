"""Bylines -> person names (articlekit.metadata.people)."""

from __future__ import annotations

import pytest

from articlekit.metadata.people import looks_like_person, normalise_caps, split_byline


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], id="by-and"),
        pytest.param("By JANE DOE, Staff Writer", ["Jane Doe"], id="caps-and-role"),
        pytest.param(
            "Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], id="list"
        ),
        pytest.param(
            "Jane Doe, John Roe, and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], id="oxford"
        ),
        pytest.param("Jane Doe & John Roe", ["Jane Doe", "John Roe"], id="ampersand"),
        pytest.param("Jane Doe | Reuters", ["Jane Doe"], id="agency-after-bar"),
        pytest.param("Story by Jane Doe • Photos by John Roe", ["Jane Doe"], id="photographer"),
        pytest.param("Words by Jane Doe, photography by John Roe", ["Jane Doe"], id="photo-comma"),
        pytest.param("Written by Jane Doe, edited by John Roe", ["Jane Doe"], id="editor"),
        pytest.param("By Jane Doe. Illustration by John Roe", ["Jane Doe"], id="illustrator"),
        pytest.param("Medically reviewed by John Roe, MD", [], id="reviewer-only"),
    ],
)
def test_bylines(byline: str, expected: list[str]) -> None:
    assert split_byline(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param("Von Max Mustermann", ["Max Mustermann"], id="de"),
        pytest.param(
            "Von Max Mustermann und Erika Musterfrau",
            ["Max Mustermann", "Erika Musterfrau"],
            id="de-und",
        ),  # noqa: E501
        pytest.param("Par Jean Dupont", ["Jean Dupont"], id="fr"),
        pytest.param("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"], id="fr-et"),
        pytest.param("Por Juan Pérez", ["Juan Pérez"], id="es"),
        pytest.param("Por Juan Pérez y Ana López", ["Juan Pérez", "Ana López"], id="es-y"),
        pytest.param("Di Mario Rossi", ["Mario Rossi"], id="it"),
        pytest.param("Door Jan Jansen", ["Jan Jansen"], id="nl"),
        pytest.param("Автор: Иван Петров", ["Иван Петров"], id="ru"),
        pytest.param("Author: Jane Doe", ["Jane Doe"], id="en-label"),
        pytest.param("By: Jane Doe", ["Jane Doe"], id="by-colon"),
    ],
)
def test_language_prefixes(byline: str, expected: list[str]) -> None:
    assert split_byline(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param("Von Miller", ["Von Miller"], id="von-is-a-first-name"),
        pytest.param("By Di Smith", ["Di Smith"], id="di-is-a-first-name"),
        pytest.param("Ursula von der Leyen", ["Ursula von der Leyen"], id="particles"),
    ],
)
def test_prefix_words_that_are_names(byline: str, expected: list[str]) -> None:
    assert split_byline(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param("Senior Editor Jane Doe", ["Jane Doe"], id="role-before"),
        pytest.param("Jane Doe Senior Staff Writer", ["Jane Doe"], id="role-after-no-comma"),
        pytest.param("By Jane Doe, Special to The Post", ["Jane Doe"], id="special-to"),
        pytest.param("Jane Doe, Contributor", ["Jane Doe"], id="contributor"),
        pytest.param("Jane Doe, Reporter", ["Jane Doe"], id="reporter"),
        pytest.param("Jane Doe, Foreign Correspondent", ["Jane Doe"], id="correspondent"),
        pytest.param("Jane Doe is a reporter at the Post.", ["Jane Doe"], id="bio-sentence"),
        pytest.param(
            "Jane Doe, Sr. Director of Operations, Acme Van Lines", ["Jane Doe"], id="employer"
        ),
        pytest.param(
            "Jane Doe, Senior Editor, Acme Widgets and John Roe, Reporter",
            ["Jane Doe", "John Roe"],
            id="employer-then-next-author",
        ),
        pytest.param("Jane Doe, MS, RD", ["Jane Doe"], id="credentials"),
        pytest.param("Jane Doe (Reuters)", ["Jane Doe"], id="bracketed-agency"),
    ],
)
def test_roles_removed(byline: str, expected: list[str]) -> None:
    assert split_byline(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param("By Jane Doe jane.doe@example.com", ["Jane Doe"], id="email"),
        pytest.param("By Jane Doe https://example.com/jane", ["Jane Doe"], id="url"),
        pytest.param("By Jane Doe @janedoe", ["Jane Doe"], id="handle-after-name"),
        pytest.param("By Jane Doe | May 19, 2021 10:00 AM EDT", ["Jane Doe"], id="date-time"),
        pytest.param("By Jane Doe Updated May 20, 2021", ["Jane Doe"], id="updated"),
        pytest.param("Jane Doe — 19.05.2021", ["Jane Doe"], id="numeric-date"),
        pytest.param("Posted by Jane Doe on May 19, 2021", ["Jane Doe"], id="posted-by"),
    ],
)
def test_noise_removed(byline: str, expected: list[str]) -> None:
    assert split_byline(byline) == expected


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("Associated Press", id="ap"),
        pytest.param("The Associated Press", id="the-ap"),
        pytest.param("Reuters", id="reuters"),
        pytest.param("AFP", id="afp"),
        pytest.param("By Staff", id="staff"),
        pytest.param("The Editorial Board", id="editorial-board"),
        pytest.param("Acme News Team", id="team"),
        pytest.param("Acme Widgets Inc.", id="inc"),
        pytest.param("Staff Writer", id="role-only"),
        pytest.param("@janedoe", id="handle"),
        pytest.param("By @janedoe", id="handle-with-prefix"),
        pytest.param("admin", id="account"),
        pytest.param("janedoe", id="username"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("Read more from our team of experts", id="phrase"),
    ],
)
def test_not_persons(byline: str) -> None:
    assert split_byline(byline) == []


def test_none_is_empty() -> None:
    assert split_byline(None) == []


def test_persons_kept_beside_organisations() -> None:
    assert split_byline("By Jane Doe and The Associated Press") == ["Jane Doe"]
    assert split_byline("Jane Doe / AFP") == ["Jane Doe"]


def test_dedupe_case_insensitive_keeps_order() -> None:
    assert split_byline("John Roe, Jane Doe and JOHN ROE") == ["John Roe", "Jane Doe"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("JANE DOE", "Jane Doe", id="caps"),
        pytest.param("SEAN O'BRIEN", "Sean O'Brien", id="apostrophe"),
        pytest.param("MARY-JANE WATSON", "Mary-Jane Watson", id="hyphen"),
        pytest.param("JAN VAN DER BERG", "Jan van der Berg", id="particles-lowered"),
        pytest.param("Jane McDoe", "Jane McDoe", id="mixed-case-untouched"),
        pytest.param("ИВАН ПЕТРОВ", "Иван Петров", id="cyrillic"),
    ],
)
def test_normalise_caps(name: str, expected: str) -> None:
    assert normalise_caps(name) == expected


@pytest.mark.parametrize(
    "name",
    ["Jane Doe", "J. K. Rowling", "J.K. Rowling", "Ursula von der Leyen", "Juan Pérez",
     "Иван Петров", "山田太郎", "Mary-Jane O'Brien", "Dr. Jane Doe"],
)  # fmt: skip
def test_looks_like_person(name: str) -> None:
    assert looks_like_person(name)


@pytest.mark.parametrize(
    "name",
    ["Jane", "jane doe", "Reuters", "BBC News", "Editorial Board", "Staff Writer",
     "Jane Doe 2", "jane@example.com", "@jane", "https://example.com", "Click here to read",
     "Senior Editor", "A Very Long Name With Far Too Many Words In It", "", "Acme Dental Clinic"],
)  # fmt: skip
def test_does_not_look_like_person(name: str) -> None:
    assert not looks_like_person(name)


def test_long_text_is_cut() -> None:
    text = "By Jane Doe. " + "Lorem ipsum dolor sit amet. " * 500
    assert split_byline(text) == ["Jane Doe"]
