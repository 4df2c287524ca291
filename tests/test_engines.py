"""jsonschema-rs (which decides) and jsonschema (which explains) agree on valid and invalid.

Documents are the shipped article's and a test article's files, mutated by hypothesis against the
schemas: values replaced by text, numbers, lists, mappings or nulls, keys dropped or added, ids and
dates bent out of shape.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alsinfo.loader import load_file
from alsinfo.problems import JsonPath
from alsinfo.resources import embedded_content_root
from tests.helpers import SCHEMAS
from tests.rule_fixture import clean

KINDS = ("article", "sections", "tables", "faq", "references")
SEEDS: list[tuple[str, Any]] = [
    (kind, document.data) for kind in KINDS
    if (document := load_file(embedded_content_root() / "als-stem-cell-therapy" / f"{kind}.yaml", kind).document)
] + list(clean().items())

# Text that sits on the edges of our patterns: blanks, other whitespace, trailing newlines, near-ids.
EDGY_TEXT = st.sampled_from([
    "", " ", "\n", "a\n", "side-effects\n", "side effects", "Side-Effects", "-a", "a-", "a--b", "2026-02-30",
    "2026-1-1", "2026-01-01\n", "https://x", "http://x y", "ftp://x", "https://x\n", "en", "en-GB", "EN",
    "\u00a0", "\ufeff", "\x1c", "\x85", "\u2028", "a\u2029", "\u3000x", "x\u200b", "NCT01234567", "é",
])
VALUES = st.recursive(
    st.one_of(EDGY_TEXT, st.text(max_size=12), st.integers(), st.none(), st.booleans()),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(EDGY_TEXT | st.text(max_size=6), inner,
                                                                           max_size=3)),
    max_leaves=6,
)


def paths(node: Any, here: JsonPath = ()) -> list[JsonPath]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(paths(value, (*here, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(paths(value, (*here, index)))
    return found


def mutate(document: Any, path: JsonPath, operation: str, value: Any, key: str) -> Any:
    document = copy.deepcopy(document)
    if not path:
        return value if operation == "replace" else document
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if operation == "replace":
        parent[last] = value
    elif operation == "delete":
        del parent[last]
    elif operation == "add" and isinstance(parent[last], dict):
        parent[last][key] = value
    elif operation == "add" and isinstance(parent[last], list):
        parent[last].append(value)
    return document


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_both_engines_agree_on_valid_and_invalid(data: st.DataObject) -> None:
    kind, document = data.draw(st.sampled_from(SEEDS))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(paths(document)))
        operation = data.draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        value = data.draw(VALUES)
        key = data.draw(st.sampled_from(["id", "title", "text", "type", "answer", "x", "url", "cites", "pmid"]))
        document = mutate(document, path, operation, value, key)
    explained = not any(True for _ in SCHEMAS.validator(kind).iter_errors(document))
    assert SCHEMAS.is_valid(kind, document) == explained, (kind, document)


def test_seeds_are_valid_for_both() -> None:
    for kind, document in SEEDS:
        assert SCHEMAS.is_valid(kind, document)
        assert not list(SCHEMAS.validator(kind).iter_errors(document))


def test_trailing_newline_and_exotic_spaces_are_judged_alike() -> None:
    for text in ("side-effects\n", "a\n", "\ufeff", "\x85", "2026-01-01\n"):
        document = {"entries": [{"id": text, "question": text, "answer": text}]}
        explained = not list(SCHEMAS.validator("faq").iter_errors(document))
        assert SCHEMAS.is_valid("faq", document) == explained, repr(text)
