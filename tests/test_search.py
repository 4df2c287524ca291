"""Matching words to FAQ entries and finding text in the article."""

from __future__ import annotations

import pytest

from alsinfo.cli.reader import should_page
from alsinfo.search import fold, rank_faq, search, stem, terms, within_one_edit
from tests.helpers import load_article

ARTICLE = load_article()


def test_fold_ignores_case_and_accents_one_character_for_one() -> None:
    assert fold("Erdinç ÖZEK") == "erdinc ozek"
    assert len(fold("ﬁ straße İ")) == len("ﬁ straße İ")


@pytest.mark.parametrize("a, b", [("effects", "effect"), ("cured", "cure"), ("diseases", "disease"),
                                  ("stabilization", "stabilize")])
def test_stems_meet(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_stop_words_are_not_terms() -> None:
    assert terms("Is the, is!") == []
    assert terms("Are there any side effects?") == ["sid", "effect"]


@pytest.mark.parametrize("a, b, close", [("effect", "efect", True), ("effect", "effcet", True),
                                         ("effect", "affects", False), ("barrier", "barrier", True)])
def test_within_one_edit(a: str, b: str, close: bool) -> None:
    assert within_one_edit(a, b) is close


def test_question_words_outrank_answer_words() -> None:
    ranked = rank_faq(ARTICLE, "exosome")
    assert ranked[0].entry.id == "exosome-vs-stem-cell"


def test_search_is_case_and_accent_insensitive_and_spans_whitespace() -> None:
    hits = search(ARTICLE, "ERDINC   ozek")
    assert {hit.kind for hit in hits} == {"section"}
    assert all(hit.text[hit.start:hit.end] == "Erdinç Özek" for hit in hits)


def test_search_matches_words_not_fragments() -> None:
    assert search(ARTICLE, "herap") == []
    assert all(hit.text[hit.start:hit.end].lower() == "the" for hit in search(ARTICLE, "the"))
    assert not any("therapy" in hit.text[hit.start:hit.end].lower() for hit in search(ARTICLE, "the"))


def test_search_forgives_word_endings_as_faq_does_and_needs_every_word() -> None:
    hits = search(ARTICLE, "side effect")
    assert hits and all({"side", "effects"} <= set(hit.text.lower().replace(",", " ").split()) or
                        "side effect" in hit.text.lower() for hit in hits)
    assert search(ARTICLE, "side effect nonexistentword") == []


def test_one_hit_per_place_and_article_texts_are_searched() -> None:
    hits = search(ARTICLE, "stem cell")
    places = [(hit.kind, hit.id, hit.field) for hit in hits]
    assert len(places) == len(set(places))
    assert ("article", ARTICLE.id, "title") in places


def test_search_never_looks_at_editorial_notes() -> None:
    assert search(ARTICLE, "YMYL") == []


@pytest.mark.parametrize("flag, terminal, lines, height, expected", [
    (None, True, 100, 40, True), (None, True, 10, 40, False), (None, False, 100, 40, False),
    (True, True, 1, 40, True), (True, False, 100, 40, False), (False, True, 100, 40, False),
])
def test_should_page(flag: bool | None, terminal: bool, lines: int, height: int, expected: bool) -> None:
    assert should_page(flag, is_terminal=terminal, lines=lines, height=height) is expected


@pytest.mark.parametrize("environ, expected", [
    ({}, ("less -R", True)),  # less shows colours only with -R; without it, escape codes as text
    ({"PAGER": "more"}, ("more", False)),  # a reader's own pager may not understand escape codes
    ({"PAGER": "  "}, ("less -R", True)),
])
def test_pager_command(environ: dict[str, str], expected: tuple[str, bool]) -> None:
    from alsinfo.cli.reader import pager_command

    assert pager_command(environ) == expected
