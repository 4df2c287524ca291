"""The learnt models HC101 and HC201 read: reproducible from the tuning corpus, free of the corpus's own
names, judging only what the frames leave open, and pointing editors at the sentence and the words that
weigh most. The sentences here are test data."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsinfo.config import Config, RuleSettings
from alsinfo.rules import hc101_claim_needs_citation as hc101
from alsinfo.rules._claims import claim
from alsinfo.rules._english import lowered
from alsinfo.rules._learnt import MIN_PASSAGES, Model, _in_text_order, _span, features, fit, model
from alsinfo.rules.hc201_promotional_language import MODEL, promotion
from tests.rule_fixture import clean, paragraph, run, write

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import train_models

# Test data: clinic copy that sells without any of HC201's phrases, and plain patient copy.
SELLING = "Why settle for months on a list when you could see our consultant this Thursday?"
SELLING_STATEMENT = "Our members don't just live longer, they live better, and you can join them today."
PLAIN = "Physiotherapy usually starts a few weeks after the operation, once the wound has healed."


def test_the_shipped_models_are_what_fitting_the_tuning_part_gives() -> None:
    rows = train_models.passages()
    for name in train_models.SPECS:
        shipped = (train_models.MODELS / f"{name}.json").read_text("utf-8")
        assert shipped == train_models.fitted(name, rows).as_json(), f"run benchmarks/train_models.py ({name})"


def test_no_word_of_fewer_passages_than_the_minimum_travels_with_the_package() -> None:
    # invented clinic and product names, and whole sentences, stay in the test corpus
    seen_in = Counter(feature for row in train_models.passages() for feature in features(lowered(row["text"])))
    for name in train_models.SPECS:
        assert all(seen_in[feature] >= MIN_PASSAGES for feature in model(name).weights)


def test_features_are_words_and_neighbouring_pairs_with_one_apostrophe() -> None:
    assert features("don’t wait!") == ["!", "don't", "don't wait", "wait", "wait !"]
    # a quotation mark is not part of a word, whichever kind it is
    assert features("our ‘gold standard’") == features("our 'gold standard'") == features('our "gold standard"')


@given(st.text(alphabet="ab c'’!?.,\"“”‘$%£1-", max_size=30))
def test_every_feature_of_a_text_is_found_in_it(text: str) -> None:
    # the words a message quotes are always where the text has them
    lower = text.lower()
    for feature in _in_text_order(lower):
        assert _span(lower, feature) is not None, feature


def test_fitting_is_deterministic_and_learns_what_it_is_shown() -> None:
    # test data: two kinds of sentence, each in several passages
    rows = [("book today, only three places left!", True), ("the nurse checks your wound", False)] * 4
    first, second = fit("toy", rows, 0.0), fit("toy", rows, 0.0)
    assert first == second
    assert first.says_yes("only three places left!") and not first.says_yes("the nurse checks your wound")


def test_the_strongest_words_are_found_where_the_text_has_them() -> None:
    toy = Model("toy", -1.0, 0.0, {"limited !": 3.0, "book": 2.0, "now": 0.1})
    text = "book now, places are limited!"
    assert [text[start:end] for start, end in toy.strongest(text)] == ["book", "limited!"]


def test_hc201_reports_selling_none_of_its_phrases_names_with_the_words_that_weigh_most(tmp_path: Path) -> None:
    assert promotion(SELLING_STATEMENT) is None  # none of the phrases
    found = promotion(SELLING_STATEMENT, (), model(MODEL))
    assert found is not None and found.learnt
    assert found.phrase == "Our members don't just live longer, …" and "reads as selling" in found.advice
    data = clean()
    paragraph(data, SELLING_STATEMENT)
    folder = write(tmp_path / "a", data)
    (problem,) = [p for p in run(folder) if p.rule == "HC201"]
    assert problem.message.startswith("promotional wording in a paragraph: the sentence 'Our members don't just "
                                      "live longer, …'; it reads as selling")
    line = (folder / "sections.yaml").read_text().splitlines()[problem.line - 1]
    assert line[problem.column - 1:].startswith("Our members")  # the sentence's start, not an earlier "our"


@pytest.mark.parametrize("text", [
    "We will never tell you our treatment is a miracle cure.",
    "Our members have not been cured, and we tell them so.",
    "We are not the best clinic for everyone; our team will tell you today.",
])
def test_a_phrase_negated_or_out_of_scope_is_not_handed_to_the_model(text: str) -> None:
    assert promotion(text) is None  # the phrase is there, and the frame says it is not asserted
    assert promotion(text, (), model(MODEL)) is None


@pytest.mark.parametrize("where", ["heading", "reference title"])
def test_hc201s_model_does_not_judge_headings_or_the_titles_of_references(tmp_path: Path, where: str) -> None:
    data = clean()
    if where == "heading":
        data["sections"]["sections"][1]["title"] = SELLING_STATEMENT
    else:  # a paper's title, which an editor cannot rewrite
        data["references"]["references"][1]["title"] = SELLING_STATEMENT
    assert not [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC201"]


HOPE = "Researchers hope our members may one day live longer, starting today!"


@pytest.mark.parametrize("text", [SELLING, PLAIN, HOPE])
def test_questions_plain_copy_and_research_hopes_are_not_judged_selling(text: str) -> None:
    assert promotion(text, (), model(MODEL)) is None
    assert model(MODEL).says_yes(lowered(text)) == (text != PLAIN)  # the frame decides, not the weights


def test_the_learnt_model_can_be_turned_off(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, SELLING_STATEMENT)
    folder = write(tmp_path / "a", data)
    phrases_only = Config(rules={"HC201": RuleSettings(options={"learnt": False})})
    assert [p.rule for p in run(folder) if p.rule == "HC201"] == ["HC201"]
    assert not [p for p in run(folder, phrases_only) if p.rule == "HC201"]


# Test data for HC101's model: a claim no frame reads, an aim, and how a condition behaves.
OUTCOME_WITHOUT_A_VERB_WE_KNOW = "Patients on our programme keep walking for longer."
AIM = "At this stage, the main expectation is to maintain the current condition and reduce complications."
CONDITION = "Feeling warm can make symptoms show for a short time."
NO_TREATMENT = "The symptoms of a relapse are often gone within a few weeks."


def test_hc101_reads_a_claim_its_frames_miss_and_quotes_the_sentence(tmp_path: Path) -> None:
    assert claim(OUTCOME_WITHOUT_A_VERB_WE_KNOW) is None
    found = claim(OUTCOME_WITHOUT_A_VERB_WE_KNOW, learnt=model(hc101.MODEL))
    assert found is not None and found.kind == "learnt"
    assert found.phrase == "Patients on our programme keep walking …"  # the sentence, by its first six words
    data = clean()
    paragraph(data, OUTCOME_WITHOUT_A_VERB_WE_KNOW)
    folder = write(tmp_path / "a", data)
    (problem,) = [p for p in run(folder) if p.rule == "HC101"]
    assert ("the sentence 'Patients on our programme keep walking …', as a model learnt from labelled health prose "
            "reads it; its words ") in problem.message
    # the words that weigh most are the sentence's own, as written, so the editor finds the claim in it
    weighing = problem.message.split("its words ")[1].split(" weigh most")[0]
    assert found.weighing and all(f"'{word}'" in weighing and word in OUTCOME_WITHOUT_A_VERB_WE_KNOW
                                  for word in found.weighing)
    frames_only = Config(rules={"HC101": RuleSettings(options={"learnt": False})})
    assert not [p for p in run(folder, frames_only) if p.rule == "HC101"]


def test_hc101s_model_leaves_aims_and_what_a_condition_does_alone() -> None:
    learnt = model(hc101.MODEL)
    assert learnt.says_yes(lowered(AIM))  # the words weigh as a claim's do, but an aim is not one
    assert claim(AIM, learnt=learnt) is None
    assert claim(CONDITION, learnt=learnt) is None
    # a sentence that names no treatment claims none for one
    assert learnt.says_yes(lowered(NO_TREATMENT)) and claim(NO_TREATMENT, learnt=learnt) is None


def test_a_short_sentence_is_quoted_whole_on_one_line(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Patients on our programme\nkeep walking.")  # a block whose sentence runs over two lines
    (problem,) = [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC101"]
    assert "the sentence 'Patients on our programme keep walking.'," in problem.message
    assert "\n" not in problem.message  # nor in the words that weigh most
