"""Fit the prose rules' learnt models to the labelled corpus's tuning part, and say how they do.

    python benchmarks/train_models.py            # write alsinfo/rules/models/*.json
    python benchmarks/train_models.py --check    # exit 1 if a shipped model is not what fitting gives
    python benchmarks/train_models.py --cross    # leave one writer's batch out: figures on unseen prose

Only `tests/data/rules-corpus/tuning.yaml` is read: the held-out part is never fitted to (see its
GUIDELINES.md). Fitting is deterministic, so the shipped weights are exactly what this script
writes from the corpus in the repository; `tests/test_learnt_model.py` checks that.

--cross fits each model without each writer's batch (`t20-…`, `t21-…`, …) in turn and scores that
batch with the rule that reads it (HC201 for promotion, HC101 for claims), as the rule runs (its
phrases and frames, then the model), at several thresholds. The phrases and frames were tuned on
every batch, so their figures there flatter them; the model's part does not.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alsinfo.rules import hc201_promotional_language as hc201  # noqa: E402
from alsinfo.rules._api import sentences  # noqa: E402
from alsinfo.rules._claims import first_claim  # noqa: E402
from alsinfo.rules._english import lowered  # noqa: E402
from alsinfo.rules._learnt import Model, fit  # noqa: E402

TUNING = ROOT / "tests" / "data" / "rules-corpus" / "tuning.yaml"
MODELS = ROOT / "alsinfo" / "rules" / "models"
# Each model: the corpus label it learns, and its threshold, chosen with --cross on the tuning part
# (a score above it says yes).
SPECS = {"promotion": ("promo", 2.0), "claim": ("claim", 2.0)}
CROSS_BATCHES = ("t20", "t21", "t22", "t24", "t26", "t27", "t28", "t29", "t30")
THRESHOLDS = (1.0, 1.5, 2.0, 2.5, 3.0)


def passages() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = yaml.safe_load(TUNING.read_text("utf-8"))["passages"]
    return found


def fitted(name: str, rows: Sequence[dict[str, Any]]) -> Model:
    label, threshold = SPECS[name]
    return fit(name, [(lowered(row["text"]), bool(row[label])) for row in rows], threshold)


def batch(passage_id: str) -> str:
    found = re.match(r"(t\d+)-", passage_id)
    return found.group(1) if found else "team"


def _figures(counts: Counter[tuple[bool, bool]]) -> str:
    hits, wrong, missed = counts[(True, True)], counts[(False, True)], counts[(True, False)]
    return f"{hits / max(1, hits + wrong):.2f} / {hits / max(1, hits + missed):.2f}"


def _rule_says(name: str, text: str, model: Model | None) -> bool:
    """Whether the rule that reads ``name``'s model reports ``text`` (as the paragraph it would be)."""
    if name == "promotion":
        return any(hc201.promotion(sentence, (), model) is not None for sentence in sentences(text))
    return first_claim(sentences(text), None, (), (), model) is not None


def cross(rows: Sequence[dict[str, Any]], name: str) -> list[str]:
    """Precision / recall on each batch left out, of the rule without its model and with it (at the shipped
    threshold); and with it at other thresholds, over all the batches."""
    label, shipped = SPECS[name]
    lines = [f"{name}: batch left out: the rule without its model, with it at {shipped} (precision / recall)"]
    by_threshold: dict[float | None, Counter[tuple[bool, bool]]] = {value: Counter() for value in (None, *THRESHOLDS)}
    for left_out in CROSS_BATCHES:
        model = fitted(name, [row for row in rows if batch(row["id"]) != left_out])
        counts: dict[float | None, Counter[tuple[bool, bool]]] = {None: Counter(), shipped: Counter()}
        for row in rows:
            if batch(row["id"]) != left_out:
                continue
            for value in (None, *THRESHOLDS):
                outcome = (bool(row[label]),
                           _rule_says(name, row["text"], None if value is None else model._replace(threshold=value)))
                by_threshold[value][outcome] += 1
                if value in counts:
                    counts[value][outcome] += 1
        lines.append(f"  {left_out}: {_figures(counts[None])}, {_figures(counts[shipped])}")
    lines.append(f"  all: {_figures(by_threshold[None])}, {_figures(by_threshold[shipped])}")
    lines.append("  with the model, all batches, by threshold: " + ", ".join(
        f"{value}: {_figures(counts)}" for value, counts in by_threshold.items() if value is not None))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--check", action="store_true", help="compare the shipped models with a fresh fit")
    what.add_argument("--cross", action="store_true", help="leave-one-batch-out figures")
    args = parser.parse_args()
    rows = passages()
    if args.cross:
        for name in SPECS:
            print("\n".join(cross(rows, name)))
        return 0
    stale = []
    for name in SPECS:
        path = MODELS / f"{name}.json"
        text = fitted(name, rows).as_json()
        if args.check:
            if not path.is_file() or path.read_text("utf-8") != text:
                stale.append(name)
        else:
            MODELS.mkdir(exist_ok=True)
            path.write_text(text, "utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({len(text.splitlines())} lines)")
    if stale:
        print(f"not what fitting the tuning part gives: {', '.join(stale)}; run benchmarks/train_models.py")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
