"""Precision and recall of the prose rules on the labelled corpus in tests/data/rules-corpus.

    python benchmarks/rules_quality.py [--split tuning|heldout|all] [--misses] [--json]

Each passage of the corpus becomes the one uncited paragraph of a small test article (with the
passage's `terms` as the article's definitions), and the article is checked as `alsinfo validate`
checks it. A rule "says yes" to a passage when it reports that paragraph. Each interval article of
the corpus becomes an article with one paragraph per statement; HC305 should report exactly the
statements that disagree with another of the same thing (see GUIDELINES.md).

The tuning and held-out parts are reported apart: the held-out part is never used while tuning
(see tests/data/rules-corpus/GUIDELINES.md). --misses lists the passages a rule got wrong — for the
tuning part only, unless you ask for the held-out part by name. Not a test; tests/test_rules_quality.py
holds the targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alsinfo.problems import Problem  # noqa: E402
from tests.rule_fixture import TODAY, clean, run, write  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "rules-corpus"
PARAGRAPH = "$.sections[1].blocks[0].text"  # the fixture's uncited paragraph
LABELS = {"HC101": "claim", "HC201": "promo", "HC203": "red_flag", "HC202": "hard"}
# (labelled yes, rule said yes) → index into true positives, false positives, false negatives, true negatives
OUTCOME = {(True, True): 0, (False, True): 1, (True, False): 2, (False, False): 3}
TARGETS = {"HC101": (0.9, 0.85), "HC201": (0.9, 0.85)}  # precision, recall (issue 15)


class Score(NamedTuple):
    rule: str
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    misses: tuple[str, ...]  # ids of passages the rule got wrong, with what it said

    @property
    def precision(self) -> float:
        said_yes = self.true_positives + self.false_positives
        return self.true_positives / said_yes if said_yes else 1.0

    @property
    def recall(self) -> float:
        positives = self.true_positives + self.false_negatives
        return self.true_positives / positives if positives else 1.0

    @property
    def total(self) -> int:
        return self.true_positives + self.false_positives + self.false_negatives + self.true_negatives


def load(split: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CORPUS / f"{split}.yaml").read_text(encoding="utf-8"))
    if data.get("split") != split:
        raise SystemExit(f"{split}.yaml says it is split {data.get('split')!r}")
    return data


def passage_article(passage: Mapping[str, Any]) -> dict[str, Any]:
    """The clean fixture article with the passage as its uncited paragraph and its terms defined."""
    data = clean()
    blocks = data["sections"]["sections"][1]["blocks"]
    blocks[0]["text"] = passage["text"]
    if passage.get("terms"):
        blocks.append({"type": "definitions", "items": [
            {"term": term, "definition": "Defined for the test."} for term in passage["terms"]]})
    return data


def said(problems: Iterable[Problem], path: str) -> dict[str, str]:
    """Rule id → first message, of the problems at ``path``."""
    found: dict[str, str] = {}
    for problem in problems:
        if problem.path == path:
            found.setdefault(problem.rule, problem.message)
    return found


def score_passages(passages: list[Mapping[str, Any]], workdir: Path) -> list[Score]:
    counts: dict[str, list[int]] = {rule: [0, 0, 0, 0] for rule in LABELS}
    misses: dict[str, list[str]] = {rule: [] for rule in LABELS}
    for number, passage in enumerate(passages):
        verdicts = said(run(write(workdir / f"p{number}", passage_article(passage)), today=TODAY), PARAGRAPH)
        for rule, label in LABELS.items():
            if label not in passage:
                continue
            expected, got = bool(passage[label]), rule in verdicts
            counts[rule][OUTCOME[expected, got]] += 1
            if expected != got:
                why = verdicts[rule] if got else "nothing"
                misses[rule].append(f"{passage['id']}: expected {label}={expected}; said {why}\n    {passage['text']}")
    return [Score(rule, counts[rule][0], counts[rule][1], counts[rule][2], counts[rule][3], tuple(misses[rule]))
            for rule in LABELS]


_UNIT = r"(minute|hour|day|week|month|year)s?"
_RANGE = re.compile(rf"(\d+)\s*(?:{_UNIT}\s*)?(?:to|-|–)\s*(\d+)[\s-]*{_UNIT}", re.IGNORECASE)
_SINGLE = re.compile(rf"(\d+)[\s-]*{_UNIT}", re.IGNORECASE)  # "every 12 months": the range 12 to 12
_MINUTES = {"minute": 1, "hour": 60, "day": 24 * 60, "week": 7 * 24 * 60, "month": 30 * 24 * 60, "year": 365 * 24 * 60}


def stated_minutes(text: str) -> tuple[int, int]:
    """The range of minutes a labelled statement gives (the corpus's own reading, not the rule's)."""
    found = _RANGE.search(text)
    if found is None:
        single = _SINGLE.search(text)
        if single is None:
            raise SystemExit(f"no interval in corpus statement {text!r}")
        minutes = int(single[1]) * _MINUTES[single[2].lower()]
        return minutes, minutes
    high_unit = found[4].lower()
    return int(found[1]) * _MINUTES[(found[2] or high_unit).lower()], int(found[3]) * _MINUTES[high_unit]


def expected_disagreements(statements: list[Mapping[str, Any]]) -> set[int]:
    ranges = [stated_minutes(statement["text"]) for statement in statements]
    return {index for index, statement in enumerate(statements) for other, rival in enumerate(statements)
            if other != index and rival["of"] == statement["of"]
            and (ranges[other][1] < ranges[index][0] or ranges[index][1] < ranges[other][0])}


def score_intervals(articles: list[Mapping[str, Any]], workdir: Path) -> Score:
    counts = [0, 0, 0, 0]
    misses: list[str] = []
    for number, article in enumerate(articles):
        data = clean()
        statements = article["statements"]
        data["sections"]["sections"][1]["blocks"][:1] = [{"type": "paragraph", "text": statement["text"]}
                                                          for statement in statements]
        problems = run(write(workdir / f"i{number}", data), today=TODAY)
        expected = expected_disagreements(statements)
        for index, statement in enumerate(statements):
            messages = said(problems, f"$.sections[1].blocks[{index}].text")
            got = "HC305" in messages
            counts[OUTCOME[index in expected, got]] += 1
            if (index in expected) != got:
                misses.append(f"{article['id']}: expected {'a' if index in expected else 'no'} disagreement; said "
                              f"{messages.get('HC305', 'nothing')}\n    {statement['text']}")
    return Score("HC305", counts[0], counts[1], counts[2], counts[3], tuple(misses))


def scores(split: str) -> list[Score]:
    data = load(split)
    with tempfile.TemporaryDirectory(prefix="alsinfo-quality-") as scratch:
        workdir = Path(scratch)
        return [*score_passages(data["passages"], workdir), score_intervals(data.get("interval_articles", []), workdir)]


def report(split: str, found: list[Score]) -> Iterator[str]:
    yield f"{split}:"
    yield f"  {'rule':<6} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}  target"
    for score in found:
        target = TARGETS.get(score.rule)
        aim = f"≥{target[0]:.2f} / ≥{target[1]:.2f}" if target else ""
        yield (f"  {score.rule:<6} {score.precision:>9.2f} {score.recall:>7.2f} {score.true_positives:>4} "
               f"{score.false_positives:>4} {score.false_negatives:>4} {score.true_negatives:>4}  {aim}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tuning", "heldout", "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="list the passages each rule got wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    splits = ["tuning", "heldout"] if args.split == "all" else [args.split]
    splits = [split for split in splits if (CORPUS / f"{split}.yaml").exists()]
    results = {split: scores(split) for split in splits}
    if args.json:
        print(json.dumps({split: {score.rule: {"precision": round(score.precision, 3), "recall": round(score.recall, 3),
                                               "tp": score.true_positives, "fp": score.false_positives,
                                               "fn": score.false_negatives, "tn": score.true_negatives}
                                  for score in found} for split, found in results.items()}, indent=2))
        return
    print(f"alsinfo prose rules on the labelled corpus (today = {TODAY}, {dt.date.today()} run)")
    for split, found in results.items():
        print("\n".join(report(split, found)))
        if args.misses and (split == "tuning" or args.split == "heldout"):
            for score in found:
                for miss in score.misses:
                    print(f"  {score.rule} {miss}")


if __name__ == "__main__":
    main()
