"""Fit the prose rules' learnt models to the labelled corpus's tuning part, and say how they do.

    python benchmarks/train_models.py            # write alsinfo/rules/models/*.json
    python benchmarks/train_models.py --check    # exit 1 if a shipped model is not what fitting gives
    python benchmarks/train_models.py --cross    # leave one writer's batch out: figures on unseen prose

Only `tests/data/rules-corpus/tuning.yaml` is read: the held-out part is never fitted to (see its
GUIDELINES.md). Fitting is deterministic, so the shipped weights are exactly what this script
writes from the corpus in the repository; `tests/test_learnt_model.py` checks that.

--cross fits a model without each writer's batch (`t20-…`, `t21-…`, …) in turn and scores that
batch with it: the model alone, and HC201 as it runs (its phrases, then the model). The phrases
were tuned on every batch, so the rule's figures there flatter it; the model's do not.
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
from alsinfo.rules._english import lowered  # noqa: E402
from alsinfo.rules._learnt import Model, fit  # noqa: E402

TUNING = ROOT / "tests" / "data" / "rules-corpus" / "tuning.yaml"
MODELS = ROOT / "alsinfo" / "rules" / "models"
# Each model: the corpus label it learns, and its threshold, chosen with --cross on the tuning part
# (a score above it says yes).
SPECS = {"promotion": ("promo", 2.0)}
CROSS_BATCHES = ("t20", "t21", "t22", "t24", "t26", "t27", "t28", "t29")
THRESHOLDS = (0.5, 1.0, 1.5, 2.0, 2.5, 3.0)


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


def cross(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Precision / recall on each batch left out: the model alone and HC201 with it, at the shipped
    threshold; and HC201 with it at other thresholds, over all the batches."""
    threshold = SPECS["promotion"][1]
    lines = [f"batch left out: model alone, HC201 with it, at {threshold} (precision / recall)"]
    totals: dict[str, Counter[tuple[bool, bool]]] = {"model": Counter(), "rule": Counter()}
    by_threshold: dict[float, Counter[tuple[bool, bool]]] = {value: Counter() for value in THRESHOLDS}
    for left_out in CROSS_BATCHES:
        model = fitted("promotion", [row for row in rows if batch(row["id"]) != left_out])
        counts: dict[str, Counter[tuple[bool, bool]]] = {"model": Counter(), "rule": Counter()}
        for row in rows:
            if batch(row["id"]) != left_out:
                continue
            labelled = bool(row["promo"])
            phrases = any(hc201.promotion(sentence) is not None for sentence in sentences(row["text"]))
            # the best score among the sentences the model may judge (the rule asks it of those only)
            best = max((model.score(lowered(sentence)) for sentence in sentences(row["text"])
                        if hc201.promotion(sentence, (), model._replace(threshold=-1e9)) is not None), default=-1e9)
            for kind, said in (("model", best > threshold), ("rule", phrases or best > threshold)):
                counts[kind][(labelled, said)] += 1
                totals[kind][(labelled, said)] += 1
            for value in THRESHOLDS:
                by_threshold[value][(labelled, phrases or best > value)] += 1
        lines.append(f"  {left_out}: {_figures(counts['model'])}, {_figures(counts['rule'])}")
    lines.append(f"  all: {_figures(totals['model'])}, {_figures(totals['rule'])}")
    lines.append("HC201 with the model, all batches left out in turn, by threshold: "
                 + ", ".join(f"{value}: {_figures(counts)}" for value, counts in by_threshold.items()))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the shipped models with a fresh fit")
    parser.add_argument("--cross", action="store_true", help="leave-one-batch-out figures")
    args = parser.parse_args()
    rows = passages()
    if args.cross:
        print("\n".join(cross(rows)))
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
