"""The content schemas: well formed, self-documenting, and explained to editors when content fails."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from alsinfo.content import KINDS
from alsinfo.loader import load_bytes
from alsinfo.problems import Problem
from alsinfo.resources import schemas_dir
from tests.helpers import SCHEMAS

SCHEMA_FILES = sorted(schemas_dir().glob("*.schema.json"))


def subschemas(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from subschemas(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from subschemas(value, f"{path}/{index}")


def test_one_schema_per_kind_plus_common() -> None:
    assert sorted(path.name for path in SCHEMA_FILES) == sorted(
        [f"{kind}.schema.json" for kind in KINDS] + ["common.schema.json", "people.schema.json"])


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_schema_is_valid_2020_12_with_id(path: Any) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(path.name)


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_every_object_is_closed_and_every_property_described(path: Any) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    for where, node in subschemas(schema):
        if node.get("type") == "object" and "properties" in node and "oneOf" not in node:
            assert node.get("additionalProperties") is False, where
        for name, prop in node.get("properties", {}).items() if isinstance(node.get("properties"), dict) else ():
            assert prop.get("description"), f"{where}/properties/{name} has no description"


def test_shared_definitions_are_reached_by_ref() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in SCHEMA_FILES if path.name != "common.schema.json")
    assert text.count('"$ref": "common.schema.json#/$defs/') > 20


@pytest.mark.parametrize("kind", KINDS)
def test_shipped_files_start_with_the_editor_schema_line(kind: str) -> None:
    path = schemas_dir().parent / "content" / "als-stem-cell-therapy" / f"{kind}.yaml"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json"


def problems(kind: str, raw: str) -> list[Problem]:
    loaded = load_bytes(raw.encode(), f"{kind}.yaml")
    assert loaded.document is not None, loaded.problems
    return SCHEMAS.check(kind, loaded.document)


def test_unknown_key_suggests_the_meant_one_at_the_key() -> None:
    (problem,) = problems("faq", "entries:\n  - id: a\n    question: q\n    answer: a\n    anwser: b\n")
    assert (problem.rule, problem.line, problem.column) == ("S202", 5, 5)
    assert problem.path == "$.entries[0].anwser"
    assert problem.message == "unknown key 'anwser' (did you mean 'answer'?)"


def test_missing_key_points_at_its_mapping() -> None:
    (problem,) = problems("faq", "entries:\n  - id: a\n    answer: b\n")
    assert (problem.rule, problem.line, problem.path) == ("S201", 2, "$.entries[0]")
    assert problem.message == "missing required key 'question'"


def test_block_failure_shows_the_meant_branch_not_a_dump() -> None:
    raw = ("sections:\n  - id: s\n    title: T\n    blocks:\n      - type: quote\n        txt: hi\n"
           "      - type: pargraph\n        text: x\n")
    found = [(p.rule, p.line, p.message) for p in problems("sections", raw)]
    assert ("S202", 6, "unknown key 'txt' (did you mean 'text'?)") in found
    assert ("S201", 5, "missing required key 'text'") in found
    assert any(rule == "S204" and line == 7 and "did you mean 'paragraph'?" in message
               for rule, line, message in found)
    assert len(found) == 3


def test_wrong_top_level_type_is_explained() -> None:
    (problem,) = problems("article", "- a\n- b\n")
    assert problem.rule == "S203" and problem.line == 1
    assert "must hold a mapping of keys to values" in problem.message and "a list" in problem.message


def test_pattern_failure_explains_the_expected_form() -> None:
    (problem,) = problems("faq", "entries:\n  - id: Side Effects\n    question: q\n    answer: a\n")
    assert problem.rule == "S205" and problem.line == 2
    assert "lower-case letters and digits" in problem.message


def test_blank_text_is_refused() -> None:
    (problem,) = problems("faq", "entries:\n  - id: a\n    question: q\n    answer: '   '\n")
    assert problem.rule == "S205" and problem.message == "'answer' must not be empty or blank"


def test_yaml_11_booleans_are_text_the_schema_judges() -> None:
    (problem,) = problems("article", "title: T\nlanguage: en\nfoo: no\n")
    assert problem.message == "unknown key 'foo' (allowed keys: about, audience, authors, call_to_action, " \
        "canonical_url, contact, disclaimer, disclosures, editorial_notes, headline, language, last_reviewed, " \
        "medical_reviewer, next_review, published, summary, title)"
    assert problems("article", "title: no\nlanguage: en\n") == []
