"""Dates: machine and visible date strings -> ISO 8601 (articlekit.metadata.dates)."""

from __future__ import annotations

import pytest

from articlekit.metadata.dates import date_spans, find_date_in_text, find_dates_in_text, to_iso

# --- machine formats: the page's own value, normalised, offset kept as given -----------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2021-05-19T22:00:00-04:00", "2021-05-19T22:00:00-04:00", id="offset-kept"),
        pytest.param("2021-05-19T22:00:00Z", "2021-05-19T22:00:00Z", id="z-stays-z"),
        pytest.param("2021-05-19T22:00:00+00:00", "2021-05-19T22:00:00+00:00", id="zero-offset"),
        pytest.param("2021-05-19 22:00:00", "2021-05-19T22:00:00", id="space-becomes-T"),
        pytest.param("2021-05-19T22:00", "2021-05-19T22:00:00", id="seconds-added"),
        pytest.param("2021-05-19", "2021-05-19", id="date-only"),
        pytest.param("  2021-05-19\n", "2021-05-19", id="white-space"),
        pytest.param("2021-05-19T22:00:00.123+0000", "2021-05-19T22:00:00+00:00", id="fraction"),
        pytest.param("2021-05-19 22:00:00 -0400", "2021-05-19T22:00:00-04:00", id="sailthru"),
        pytest.param("20210519", "2021-05-19", id="compact"),
        pytest.param("2021/05/19", "2021-05-19", id="slashes-year-first"),
        pytest.param("2021-5-9", "2021-05-09", id="single-digits"),
        pytest.param("1621476000", "2021-05-20T02:00:00Z", id="epoch-seconds"),
        pytest.param("1621476000000", "2021-05-20T02:00:00Z", id="epoch-milliseconds"),
        pytest.param("Wed, 19 May 2021 22:00:00 GMT", "2021-05-19T22:00:00Z", id="rfc2822"),
        pytest.param("Wed, 19 May 2021 22:00:00 +0200", "2021-05-19T22:00:00+02:00", id="rfc-off"),
        pytest.param(
            "Wed May 19 2021 22:00:00 GMT-0400 (Eastern Daylight Time)",
            "2021-05-19T22:00:00-04:00",
            id="javascript-date-string",
        ),
    ],
)
def test_machine_formats(value: str, expected: str) -> None:
    assert to_iso(value) == expected


# --- visible formats, month names in seven languages -----------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("May 19, 2021", "2021-05-19", id="en-mdy"),
        pytest.param("May 19 2021", "2021-05-19", id="en-mdy-no-comma"),
        pytest.param("19 May 2021", "2021-05-19", id="en-dmy"),
        pytest.param("Sept. 3, 2020", "2020-09-03", id="en-abbrev-dot"),
        pytest.param("May 19th, 2021", "2021-05-19", id="en-ordinal"),
        pytest.param("Wednesday, May 19, 2021", "2021-05-19", id="en-weekday"),
        pytest.param("Mai 19, 2021", "2021-05-19", id="de-month-us-order"),
        pytest.param("19. Mai 2021", "2021-05-19", id="de"),
        pytest.param("3. März 2021", "2021-03-03", id="de-umlaut"),
        pytest.param("1er mai 2021", "2021-05-01", id="fr-premier"),
        pytest.param("19 février 2021", "2021-02-19", id="fr-accent"),
        pytest.param("19 de mayo de 2021", "2021-05-19", id="es"),
        pytest.param("19 de maio de 2021", "2021-05-19", id="pt"),
        pytest.param("19 maggio 2021", "2021-05-19", id="it"),
        pytest.param("19 mei 2021", "2021-05-19", id="nl"),
        pytest.param("19 maart 2021", "2021-03-19", id="nl-march"),
        pytest.param("2021年5月19日", "2021-05-19", id="cjk"),
        pytest.param("19-May-2021", "2021-05-19", id="dashed-month-name"),
    ],
)
def test_visible_formats(value: str, expected: str) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("5/19/2021", "2021-05-19", id="us-order-only-reading"),
        pytest.param("19/5/2021", "2021-05-19", id="day-first-only-reading"),
        pytest.param("5/6/2021", None, id="ambiguous-slashes"),
        pytest.param("05-06-2021", None, id="ambiguous-dashes"),
        pytest.param("5/5/2021", "2021-05-05", id="same-both-ways"),
        pytest.param("06.05.2021", "2021-05-06", id="dots-are-day-first"),
        pytest.param("19.05.21", "2021-05-19", id="dots-two-digit-year"),
        pytest.param("5/19/21", None, id="slashes-two-digit-year"),
    ],
)
def test_numeric_order(value: str, expected: str | None) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2021-02-30", id="no-such-day"),
        pytest.param("2021-13-01", id="no-such-month"),
        pytest.param("1850-01-01", id="too-early"),
        pytest.param("2150-01-01", id="too-late"),
        pytest.param("February 30, 2021", id="no-such-day-visible"),
        pytest.param("May 2021", id="no-day"),
        pytest.param("May 19", id="no-year-never-filled-from-today"),
        pytest.param("2021", id="year-only"),
        pytest.param("Tuesday", id="weekday-only"),
        pytest.param("n/a", id="text"),
        pytest.param("", id="empty"),
        pytest.param(None, id="none"),
        pytest.param("12345", id="short-number"),
        pytest.param("x" * 1000, id="long-junk"),
    ],
)
def test_no_date(value: str | None) -> None:
    assert to_iso(value) is None


def test_impossible_time_keeps_the_date() -> None:
    assert to_iso("2021-05-19T25:00:00") == "2021-05-19"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("May 19, 2021 at 10:00 a.m.", "2021-05-19T10:00:00", id="am"),
        pytest.param("May 19, 2021, 5:30 pm", "2021-05-19T17:30:00", id="pm"),
        pytest.param("May 19, 2021 12:15 a.m.", "2021-05-19T00:15:00", id="midnight-am"),
        pytest.param("May 19, 2021 12:30 PM", "2021-05-19T12:30:00", id="noon-pm"),
        pytest.param("May 19, 2021 10:00 AM EDT", "2021-05-19T10:00:00-04:00", id="named-zone"),
        pytest.param("May 19, 2021 10:00 CST", "2021-05-19T10:00:00", id="ambiguous-zone-dropped"),
        pytest.param("19. Mai 2021, 22:00 Uhr", "2021-05-19T22:00:00", id="de-uhr"),
        pytest.param("19 mai 2021 à 10h30", "2021-05-19T10:30:00", id="fr-h"),
    ],
)
def test_visible_times(value: str, expected: str) -> None:
    assert to_iso(value) == expected


# --- dates inside visible text -----------------------------------------------------------------


def test_byline_with_time() -> None:
    text = "By Jane Doe | Published May 19, 2021 at 10:00 a.m."
    assert find_date_in_text(text) == "2021-05-19T10:00:00"


def test_update_label_alone() -> None:
    text = "Updated: May 20, 2021"
    assert find_date_in_text(text) == "2021-05-20"
    assert find_date_in_text(text, kind="modified") == "2021-05-20"
    assert find_date_in_text(text, kind="published") is None  # an update date is not published


def test_published_preferred_over_earlier_update() -> None:
    text = "Updated May 20, 2021, 5:00 PM · Published May 19, 2021"
    assert find_date_in_text(text) == "2021-05-19"
    assert find_date_in_text(text, kind="modified") == "2021-05-20T17:00:00"


def test_labels_are_read_per_date() -> None:
    text = "Posted on 19.05.2021 — Last updated 20.05.2021"
    assert find_dates_in_text(text) == [("published", "2021-05-19"), ("modified", "2021-05-20")]


def test_unlabelled_date() -> None:
    assert find_date_in_text("Jane Doe · 19 May 2021 · 4 min read") == "2021-05-19"
    assert find_date_in_text("Jane Doe · 19 May 2021", kind="published") == "2021-05-19"


def test_other_language_labels() -> None:
    assert find_dates_in_text("Veröffentlicht am 19. Mai 2021") == [("published", "2021-05-19")]
    assert find_dates_in_text("Mis à jour le 20 mai 2021") == [("modified", "2021-05-20")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("By Jane Doe", id="no-date"),
        pytest.param("Call 555-1234 or visit room 12/3", id="phone-and-room"),
        pytest.param("In 2021, 5 of 6 readers agreed", id="numbers"),
        pytest.param("Score 3.5/10", id="score"),
    ],
)
def test_text_without_date(text: str) -> None:
    assert find_date_in_text(text) is None


def test_date_spans_cover_date_and_time() -> None:
    text = "By Jane Doe May 19, 2021 10:00 AM EDT and more"
    ((start, end),) = date_spans(text)
    assert text[start:end] == "May 19, 2021 10:00 AM EDT"
