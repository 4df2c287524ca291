"""The prose rules measured on the labelled corpus (tests/data/rules-corpus, test data).

The targets hold on the tuning part, but where a batch from a new writer took a rule below its
target and the gap is recorded in docs/rules.md: there the recorded figure is the floor, so that no
change widens the gap while it is open (issue 15 stays open until the target holds again). The
held-out part is written apart and never used for tuning: its figures are printed by
benchmarks/rules_quality.py, and only its shape is tested here, so that no failing test ever
invites tuning on it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import rules_quality  # noqa: E402

TYPES = {"condition overview", "treatment page", "exercise advice", "clinic service page", "FAQ answer"}
REGISTERS = {"marketing", "seed", "cautious"}
# A rule below issue 15's target on the tuning part, with the figure recorded in docs/rules.md as its
# floor: (precision, recall). None now: HC101, below its recall target from the thirteenth batch (soft-sell
# clinic copy) to the seventeenth, meets it again since the rules learnt from t16 and t17.
FLOORS: dict[str, tuple[float, float]] = {}


@pytest.fixture(scope="module")
def tuning() -> list[rules_quality.Score]:
    return rules_quality.scores("tuning")


@pytest.mark.parametrize("rule", sorted(rules_quality.TARGETS))
def test_claim_and_promotion_rules_meet_their_targets_or_the_recorded_floor_on_the_tuning_part(
        tuning: list[rules_quality.Score], rule: str) -> None:
    (score,) = [score for score in tuning if score.rule == rule]
    precision, recall = FLOORS.get(rule, rules_quality.TARGETS[rule])
    assert score.precision >= precision and score.recall >= recall, "\n".join(score.misses)


def test_a_floor_is_below_its_target_and_goes_once_the_target_holds(tuning: list[rules_quality.Score]) -> None:
    for rule, floor in FLOORS.items():
        (score,) = [score for score in tuning if score.rule == rule]
        target = rules_quality.TARGETS[rule]
        assert floor < target, rule
        met = score.precision >= target[0] and score.recall >= target[1]
        assert not met, f"{rule} meets its target again: drop its floor"


def test_every_prose_rule_is_measured(tuning: list[rules_quality.Score]) -> None:
    measured = {score.rule for score in tuning}
    assert {"HC101", "HC201", "HC202", "HC203", "HC305"} <= measured
    assert all(score.total > 0 for score in tuning)


@pytest.mark.parametrize("split", ["tuning", "heldout"])
def test_the_corpus_is_large_varied_and_fully_labelled(split: str) -> None:
    data: dict[str, Any] = rules_quality.load(split)
    passages = data["passages"]
    assert len({passage["id"] for passage in passages}) == len(passages)
    assert len({passage["topic"] for passage in passages}) >= 6
    assert {passage["type"] for passage in passages} == TYPES
    assert {passage["register"] for passage in passages} == REGISTERS
    for passage in passages:
        assert all(isinstance(passage[label], bool) for label in ("claim", "promo", "red_flag")), passage["id"]
    labels = Counter(label for passage in passages for label in ("claim", "promo", "red_flag") if passage[label])
    assert min(labels.values()) >= 10
    for article in data["interval_articles"]:
        for statement in article["statements"]:
            rules_quality.stated_minutes(statement["text"])  # each gives a range the corpus can read


def test_the_corpus_has_at_least_300_passages_and_says_it_is_test_data() -> None:
    total = sum(len(rules_quality.load(split)["passages"]) for split in ("tuning", "heldout"))
    assert total >= 300
    for split in ("tuning", "heldout"):
        head = (rules_quality.CORPUS / f"{split}.yaml").read_text(encoding="utf-8")[:400].lower()
        assert "test data" in head and "not medical advice" in head
