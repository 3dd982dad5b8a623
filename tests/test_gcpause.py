"""extract() pauses the cyclic garbage collector and always gives back the state it found."""

from __future__ import annotations

import gc

import pytest

import articlekit
from articlekit.gcpause import gc_paused

PAGE = (
    "<html><body><article><h1>Title</h1><p>"
    + "Some words of prose. " * 20
    + "</p></article></body></html>"
)


def test_collector_is_off_inside_and_on_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_back_on_after_an_error() -> None:
    with pytest.raises(articlekit.ExtractionError):
        articlekit.extract(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert gc.isenabled()


def test_extract_leaves_the_collector_on() -> None:
    article = articlekit.extract(PAGE)
    assert "Some words of prose." in article.body
    assert gc.isenabled()


def test_a_caller_who_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    try:
        articlekit.extract(PAGE)
        assert not gc.isenabled()
    finally:
        gc.enable()
