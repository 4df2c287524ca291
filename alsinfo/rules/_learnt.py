"""A learnt model of English prose: a sentence's words and word pairs, weighed (HC101, HC201).

Phrase lists learn a writer's wording only after reading it; on writers they had not read, HC201
found 0.55 to 0.89 of the promotion (docs/rules.md). A linear model over the words and pairs of
words of a sentence, fitted to the labelled corpus's tuning part, weighs every word a writer
chooses: with it, HC201 found 0.92 of the promotion of writers it had not been fitted on, at 0.91
precision (0.85 at 0.95 without it); HC101 reads a model of claims the same way (0.90 at 0.94,
against 0.83 at 0.95). It is logistic regression, fitted here in a few lines of Python:
deterministic (a fixed order, a seeded shuffle), so that `benchmarks/train_models.py` writes the
same weights from the same corpus, which a test checks.

A model is stored as JSON in `alsinfo/rules/models/` (its bias, its threshold and each feature's
weight); only features found in at least MIN_PASSAGES passages are kept, so that no invented name
or sentence of the test corpus travels with the package, only common words and pairs.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import Any, NamedTuple

# A word, with an apostrophe only inside it ("don't", not the quotation mark of "'gold"), or a ! or ?.
_TOKEN = re.compile(r"[a-z0-9£$€%]+(?:'[a-z0-9£$€%]+)*|[!?]")
MIN_PASSAGES = 3  # a feature must occur in this many passages to be learnt
EPOCHS = 12
RATE = 0.3  # the first epoch's step; each later one takes 0.8 of the one before
DECAY = 1e-4  # L2: keeps a feature seen in few passages from weighing much
SEED = 0
KEPT = 0.005  # weights closer to zero than this are left out of the stored model


@functools.lru_cache(maxsize=4096)
def _in_text_order(lower: str) -> tuple[str, ...]:
    """The words of a lower-cased text and each pair of neighbouring words, once each, in the order the
    text has them (a set's order would change a sum's last digit from run to run). Cached: HC101 and
    HC201 each score a sentence with a model of their own."""
    words = _TOKEN.findall(lower.replace("’", "'"))
    return (*dict.fromkeys(words), *dict.fromkeys(map(" ".join, itertools.pairwise(words))))


def features(lower: str) -> list[str]:
    """The words and word pairs of a lower-cased text, sorted (the order fitting sums them in)."""
    return sorted(_in_text_order(lower))


class Model(NamedTuple):
    name: str
    bias: float
    threshold: float  # a score above it says yes
    weights: dict[str, float]

    def score(self, lower: str) -> float:
        found = _in_text_order(lower)
        return self.bias + sum(map(self.weights.get, found, itertools.repeat(0.0, len(found))))

    def says_yes(self, lower: str) -> bool:
        return self.score(lower) > self.threshold

    def strongest(self, lower: str, count: int = 2) -> list[tuple[int, int]]:
        """Where in ``lower`` the ``count`` features that weigh most towards yes are, in the text's order."""
        weights = self.weights
        found = sorted((feature for feature in _in_text_order(lower) if weights.get(feature, 0.0) > 0),
                       key=lambda feature: (-weights[feature], feature))[:count]
        return sorted(span for span in (_span(lower, feature) for feature in found) if span is not None)

    def strongest_words(self, lower: str, written: str) -> list[str]:
        """The words of ``strongest``, as ``written`` has them (``lower`` lower-cased, offsets kept), each on
        one line: how a message names them."""
        return [" ".join(written[start:end].split()) for start, end in self.strongest(lower)]

    def as_json(self) -> str:
        return json.dumps({"name": self.name, "bias": self.bias, "threshold": self.threshold,
                           "weights": dict(sorted(self.weights.items()))}, ensure_ascii=False, indent=0) + "\n"


_CHARS = "a-z0-9£$€%"  # what a word is made of (and an apostrophe inside one)
_STARTS = rf"(?<![{_CHARS}])(?<![{_CHARS}]['’])"  # not inside a word, nor after "don'"
_ENDS = rf"(?![{_CHARS}])(?!['’][{_CHARS}])"


def _span(lower: str, feature: str) -> tuple[int, int] | None:
    """Where a feature (a word, or two, as ``features`` reads them) first occurs in ``lower``."""
    pattern, previous_word = "", False
    for index, token in enumerate(feature.split()):
        word = token not in ("!", "?")
        if index:  # what parts two tokens: other characters, or nothing before or after a mark
            pattern += (_ENDS if previous_word else "") + rf"[^{_CHARS}!?]{'+' if word and previous_word else '*'}"
        pattern += (_STARTS if word else "") + re.escape(token).replace("'", "['’]")
        previous_word = word
    found = re.search(pattern + (_ENDS if previous_word else ""), lower)
    return found.span() if found else None


def opening(sentence: str, count: int = 6) -> str:
    """A sentence's first ``count`` words, one space apart, and "…" when there are more: how a finding of a
    model, which reads the whole sentence, names it."""
    words = sentence.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def fit(name: str, passages: Sequence[tuple[str, bool]], threshold: float) -> Model:
    """Logistic regression by stochastic gradient descent on (lower-cased text, label) pairs."""
    rows = [(features(text), 1.0 if label else 0.0) for text, label in passages]
    passages_with = Counter(feature for found, _ in rows for feature in found)
    rows = [([feature for feature in found if passages_with[feature] >= MIN_PASSAGES], label) for found, label in rows]
    weights: dict[str, float] = dict.fromkeys(passages_with, 0.0)
    bias, rate, shuffle = 0.0, RATE, random.Random(SEED).shuffle
    for _ in range(EPOCHS):
        shuffle(rows)
        for found, label in rows:
            total = bias + sum(weights[feature] for feature in found)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total)))) - label
            bias -= rate * error
            for feature in found:
                weights[feature] -= rate * (error + DECAY * weights[feature])
        rate *= 0.8
    kept = {feature: round(weight, 4) for feature, weight in weights.items() if abs(weight) >= KEPT}
    return Model(name, round(bias, 4), threshold, kept)


def from_json(text: str) -> Model:
    data: dict[str, Any] = json.loads(text)
    return Model(data["name"], float(data["bias"]), float(data["threshold"]),
                 {str(feature): float(weight) for feature, weight in data["weights"].items()})


@functools.cache
def model(name: str) -> Model:
    """The model shipped as ``models/<name>.json`` (read once per process)."""
    return from_json(resources.files("alsinfo.rules").joinpath("models", f"{name}.json").read_text("utf-8"))

