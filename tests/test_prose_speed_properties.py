"""The prose rules' shortcuts answer as the plain search would (hypothesis).

A phrase list tries only the phrases whose first word a text holds, and a sentence frame is
searched only in sentences holding a word its matches need (rules/_phrases.py, rules/_english.py).
These tests build sentences from the lexicons' own words, the corpus and the shipped article, and
check that every shortcut finds exactly what searching every phrase everywhere finds; likewise the
words of a text found by translating bytes, and HC302's cheap key for sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alsinfo.resources import embedded_content_root
from alsinfo.rules import (
    _api,
    _claims,
    _english,
    _phrases,
    hc201_promotional_language,
    hc203_regulatory_red_flag,
    hc302_duplicate_text,
)
from alsinfo.rules._api import Prose, sentences, words
from alsinfo.rules._phrases import NUMBER, Phrases, first_word, required_words, words_in
from alsinfo.search import fold

LISTS: dict[str, Phrases] = {
    "HC201": hc201_promotional_language._BUILT_IN,
    "HC203 regulator": hc203_regulatory_red_flag._REGULATOR,
    "HC203 trial": hc203_regulatory_red_flag._TRIAL,
    "HC203 experimental": hc203_regulatory_red_flag._EXPERIMENTAL,
    "HC203 cure": hc203_regulatory_red_flag._CURE,
    "HC203 testimonial": hc203_regulatory_red_flag._TESTIMONIAL,
    **{f"claims {name}": getattr(_claims, name) for name in (
        "_EFFECT", "_HARM", "_HELP", "_SAFE", "_SIDE_EFFECTS", "_COMPARE", "_FIGURES", "_LIKELY", "_OUTCOME_PHRASE")},
}
FRAMES = [(_english._RESEARCH, _english._RESEARCH_NEEDS), (_english._ABSENCE, _english._ABSENCE_NEEDS),
          (_english._WARNING, _english._WARNING_NEEDS)]


_PLAIN: dict[int, list[tuple[re.Pattern[str], int, str, frozenset[str]]]] = {}


def every_pattern(phrases: Phrases) -> list[tuple[re.Pattern[str], int, str, frozenset[str]]]:
    """Each phrase as the plain pattern it stands for: its source behind a word boundary (compiled
    once per list: there are more than re's own cache holds)."""
    if id(phrases) not in _PLAIN:
        _PLAIN[id(phrases)] = [(re.compile(rf"\b(?:{phrase})(?![a-z0-9])"), behind, label, needs)
                               for word in sorted(phrases.first_words)
                               for phrase, behind, label, needs in phrases._sources[word]]
    return _PLAIN[id(phrases)]


def plain_search(phrases: Phrases, lower: str) -> list[tuple[int, int, str]]:
    """Every phrase tried everywhere: what the shortcut must equal."""
    found = [(match.start() - behind, match.end(), label) for pattern, behind, label, needs in every_pattern(phrases)
             for match in pattern.finditer(lower)]
    return sorted(found, key=lambda span: (span[0], -span[1]))


def vocabulary() -> list[str]:
    """The words the lexicons are written in, and everyday ones around them."""
    sources = " ".join(pattern.pattern for phrases in LISTS.values() for pattern, *_ in every_pattern(phrases))
    sources += " ".join(pattern.pattern for pattern, _ in FRAMES)
    words = set(re.findall(r"[a-z]{2,}", sources)) - {"b", "s", "w", "d"}
    return sorted(words | {"the", "a", "patients", "therapy", "is", "not", "our", "clinic", "30", "%", ",", "."})


WORDS = vocabulary()
SENTENCES = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)


def known_sentences() -> list[str]:
    import yaml

    from tests.helpers import DATA

    found = []
    for split in ("tuning", "heldout"):
        data = yaml.safe_load((DATA / "rules-corpus" / f"{split}.yaml").read_text(encoding="utf-8"))
        found += [passage["text"] for passage in data["passages"]]
    for path in (embedded_content_root() / "als-stem-cell-therapy").glob("*.yaml"):
        found += [line.split(":", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if ": " in line]
    return [_english.lowered(sentence) for text in found for sentence in sentences(text)]


@pytest.mark.parametrize("name", sorted(LISTS))
def test_no_phrase_is_listed_twice(name: str) -> None:
    """A phrase written twice is tried twice on every text with its first word, for nothing."""
    phrases = [phrase for sources in LISTS[name]._sources.values() for phrase, *_ in sources]
    assert len(phrases) == len(set(phrases)), sorted({phrase for phrase in phrases if phrases.count(phrase) > 1})


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_phrase_starts_with_the_word_it_is_filed_under(name: str) -> None:
    for word in LISTS[name].first_words:
        for phrase, *_ in LISTS[name]._sources[word]:
            assert first_word(phrase) == word
        assert LISTS[name].patterns(word)  # compiles


@pytest.mark.parametrize("phrase", ["(?:a|b) cure", "cure[sd]?", "cures?", "rejuvenat\\w+", "be[- ]?st",
                                    "cure for|heal", "(?<=a )cure|heal"])
def test_a_phrase_whose_first_word_cannot_be_told_is_refused(phrase: str) -> None:
    with pytest.raises(ValueError, match="must start with a whole word"):
        first_word(phrase)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_phrase_lists_find_what_trying_every_phrase_finds(sentence: str) -> None:
    for name, phrases in LISTS.items():
        # (a phrase that needs a word besides its first is skipped only where no match could be)
        assert phrases.finditer(sentence) == plain_search(phrases, sentence), name


def test_phrase_lists_find_what_trying_every_phrase_finds_in_real_sentences() -> None:
    for sentence in known_sentences():
        for name, phrases in LISTS.items():
            assert phrases.finditer(sentence) == plain_search(phrases, sentence), (name, sentence)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_sentence_frames_match_as_the_plain_search_does(sentence: str) -> None:
    for pattern, needs in FRAMES:
        assert _english.searched(pattern, needs, sentence) == bool(pattern.search(sentence)), pattern.pattern[:40]


def test_sentence_frames_match_as_the_plain_search_does_in_real_sentences() -> None:
    for sentence in known_sentences():
        for pattern, needs in FRAMES:
            assert _english.searched(pattern, needs, sentence) == bool(pattern.search(sentence)), sentence
        plain = [part for part in _english._CLAUSE_BREAK.split(sentence) if part and part.strip()]
        assert _english.clauses(sentence) == plain


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("abcxyz019 .,'-éß\u0130ı")), max_size=60))
def test_a_texts_words_are_what_the_word_pattern_finds(text: str) -> None:
    """words_in translates bytes instead of running a regular expression: it finds the same words
    in any text (letters outside ASCII, digits, surrogates and controls included)."""
    lower = text.lower()
    words = frozenset(re.findall(r"[a-z0-9]+", lower))
    expected = words | {NUMBER} if re.search(r"[0-9]", lower) else words
    assert words_in(lower) == expected


class _Paragraphs:
    """Just what HC302 asks of a rule context: paragraphs, and a file that locates a phrase."""

    def __init__(self, texts: list[str]) -> None:
        self.items = [Prose("sections", ("sections", 0, "blocks", index, "text"), text, "paragraph")
                      for index, text in enumerate(texts)]
        where = SimpleNamespace(locate_phrase=lambda path, phrase: SimpleNamespace(line=path[3]))
        self.documents = {"sections": SimpleNamespace(file="sections.yaml", **vars(where))}

    def prose(self, *roles: str) -> Iterator[Prose]:
        return iter(self.items)


def duplicates_by_every_sentences_words(texts: list[str], min_words: int) -> list[tuple[int, str]]:
    """HC302 as it reads: every sentence split into its folded words and compared."""
    seen: dict[tuple[str, ...], int] = {}
    found = []
    for index, text in enumerate(texts):
        for sentence in sentences(text):
            key = tuple(words(fold(sentence)))
            if len(key) < min_words:
                continue
            if key in seen:
                found.append((index, f"already in sections.yaml at line {seen[key]}: '{sentence}'"))
            else:
                seen[key] = index
    return found


_NEAR_WORDS = ["Cells", "cells", "CELLS", "café", "cafe", "Café", "stem-cell", "stem", "cell", "stemcell", "ALS",
               "it's", "it’s", "its", "a", "b", "ab", "a-b", "Ωmega", "ωmega", "x_y", "ﬁne", "fine", "1-2", "12"]
_NEAR_SENTENCES = st.lists(st.sampled_from(_NEAR_WORDS), min_size=1, max_size=5).map(
    lambda chosen: " ".join(chosen) + ".")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_NEAR_SENTENCES, min_size=1, max_size=3).map(" ".join), max_size=8),
       st.integers(min_value=1, max_value=4))
def test_duplicate_sentences_are_found_as_splitting_every_sentence_finds_them(texts: list[str],
                                                                              min_words: int) -> None:
    """HC302 splits into words only the sentences whose cheap key (the ASCII letters and digits of
    their folded text) came before; it reports what splitting every sentence reports."""
    context = _Paragraphs(texts)
    found = [(finding.path[3], finding.message.removeprefix("this sentence is "))
             for finding in hc302_duplicate_text.check(context, {"min_words": min_words})]  # type: ignore[arg-type]
    assert found == duplicates_by_every_sentences_words(texts, min_words)


# The reference for where sentences end: a lookbehind for the mark at every character, with the closing
# quotation marks and brackets after the mark kept with the sentence they close.
_SENTENCE_END_BEHIND = re.compile(r"(?<=[.!?…])([”’\"')\]]*)\s+(?=[“‘\"'(\[¿¡]?[^\W_])")


def _pieces_by_lookbehind(text: str) -> list[str]:
    parts = _SENTENCE_END_BEHIND.split(text)  # piece, its closing marks, piece, …
    return [piece + closing for piece, closing in zip(parts[::2], [*parts[1::2], ""], strict=True)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Z1.!?…”’\"')]([“‘¿¡ \n_-é"), max_size=60))
def test_sentence_ends_are_found_as_the_lookbehind_found_them(text: str) -> None:
    """The sentence end pattern starts with the mark, so that the engine skips to the next one; it cuts
    a text in the same places as a lookbehind for a mark at every character, and a closing quotation
    mark stays with its sentence ('He said "stop." Then …')."""
    assert _api._pieces(text) == _pieces_by_lookbehind(text)


def test_sentence_ends_are_found_as_the_lookbehind_found_them_in_real_texts() -> None:
    for sentence in known_sentences():
        assert _api._pieces(sentence) == _pieces_by_lookbehind(sentence)


def test_a_closing_quotation_mark_stays_with_its_sentence() -> None:
    assert sentences('Test data: he said "stop." Then he left.') == ('Test data: he said "stop."', "Then he left.")


_LEXICON = _claims.lexicon()
# The word set's phrases, their first words alone, words of neither, and a few of its plain words.
_PIECES = ["seizure-free", "parkinson's", "alzheimer's", "flare-ups", "seizure", "parkinson", "flare", "free", "ups",
           "s", "the", "patients", "were", "became", "-", "'", *sorted(_LEXICON.outcomes._words)[:5]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map(" ".join))
def test_a_word_sets_phrases_are_searched_only_where_their_first_word_is(text: str) -> None:
    """A word set searches for its phrases ("seizure-free") only in a text that holds their first word:
    it finds what searching every text would find."""
    outcomes = _LEXICON.outcomes
    plain = not outcomes._words.isdisjoint(words_in(text)) or bool(outcomes._phrases and outcomes._phrases.search(text))
    assert outcomes.found_in(text) == plain


def _alternatives_at_top_char_by_char(phrase: str) -> bool:
    """The reference: every character of the phrase read in turn."""
    depth, index, in_class = 0, 0, False
    while index < len(phrase):
        char = phrase[index]
        if char == "\\":
            index += 1  # the escaped character is plain
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1 if phrase[index + 1:index + 2] != "^" else 2
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab |()[]^\\-?:\n"), max_size=24))
def test_alternatives_outside_groups_are_told_as_reading_every_character_tells(phrase: str) -> None:
    assert _phrases._alternatives_at_top(phrase) == _alternatives_at_top_char_by_char(phrase)


def test_alternatives_outside_groups_are_told_alike_in_every_lexicon_phrase() -> None:
    for phrases in LISTS.values():
        for sources in phrases._sources.values():
            for phrase, *_ in sources:
                assert _phrases._alternatives_at_top(phrase) == _alternatives_at_top_char_by_char(phrase), phrase


def test_an_abbreviation_before_a_closing_bracket_does_not_end_a_sentence() -> None:
    assert sentences("Test data: results are shown (see Fig.) The effect was small.") == (
        "Test data: results are shown (see Fig.) The effect was small.",)


def _instruction_by_slices(clause: str) -> bool:
    """The reference: each tail after a comma cut out and matched from its start."""
    clause = clause.strip(" \"“”'(")
    if _english._INSTRUCTION.match(clause):
        return True
    if re.match(r"if\b", clause):
        return any(_english._INSTRUCTION.match(clause[comma.end():]) for comma in _english._COMMA.finditer(clause))
    opening = _english._OPENING_PHRASE.match(clause)
    return opening is not None and _english._INSTRUCTION.match(clause[opening.end():]) is not None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["if", "in", "the", "first", "week", ",", "stop", "rest", "it", "hurts", "please",
                                 "don't", "limit", "running", "is", "a", "cure", "\n", "after"]), max_size=14)
       .map(" ".join))
def test_an_instruction_after_a_comma_is_told_as_cutting_each_tail_tells(clause: str) -> None:
    """A clause's tails are matched where they start, not cut out one by one (which costs the square of a
    long clause's length): the answers are the same."""
    assert _english.is_instruction(clause) == _instruction_by_slices(clause)


@pytest.mark.parametrize("phrase, words", [
    ("places are limited", {"are", "limited"}),
    ("side[- ]effect[- ]free", {"effect", "free"}),  # a class of separators parts words as a space does
    ("(?<=the )most (?:[\\w-]+ ){1,4}in the (?:county|city)", {"in", "the"}),  # each pass ends with a space
    ("best (?:clinic|clinics)", set()),  # alternatives: none of them is needed
    ("no waiting lists?", {"waiting"}),  # "list" may go on to "lists"
    ("ab[ -]?cd ef", {"ef"}),  # "cd" may follow "ab" with nothing between
    ("x\\s*y", set()),
])
def test_the_words_a_phrase_needs_are_the_whole_words_every_match_holds(phrase: str, words: set[str]) -> None:
    assert required_words(phrase) == words


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted({phrase for phrases in LISTS.values() for sources in phrases._sources.values()
                               for phrase, *_ in sources})), SENTENCES)
def test_every_match_of_a_phrase_holds_the_words_it_needs(phrase: str, sentence: str) -> None:
    """Planted in a sentence or not, wherever a phrase matches, the text holds every word it is said to need."""
    for text in (sentence, f"{sentence} {_example(phrase)}"):
        if re.search(rf"\b(?:{phrase})(?![a-z0-9])", text):
            assert required_words(phrase) <= words_in(text), (phrase, text)


def _example(phrase: str) -> str:
    """A text the phrase may match: its plain words, with one word for each repeat or class."""
    plain = re.sub(r"\(\?<?[=!][^)]*\)", "", phrase)  # lookarounds out
    plain = re.sub(r"\(\?:([^()|]*)\|[^()]*\)", r"\1", plain)  # a group's first alternative
    plain = re.sub(r"\[[^\]]*\]|\\[dws]|[()?:*+]|\{[^}]*\}", " ", plain)
    return re.sub(r"\\(.)", r"\1", plain)
