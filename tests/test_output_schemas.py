"""Every --json output validates against its schema under schemas/output/, shipped with the package."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from alsinfo.exitcodes import ExitCode
from alsinfo.resources import schemas_dir
from tests.conftest import Invoke

OUTPUT = schemas_dir() / "output"
SCHEMAS = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in OUTPUT.glob("*.schema.json")}
REGISTRY: Registry[Any] = Registry().with_resources(
    [(schema["$id"], Resource.from_contents(schema)) for schema in SCHEMAS.values()])

CASES = [
    ("faq", ("faq",)), ("faq", ("faq", "--all")), ("faq", ("faq", "side effects")), ("faq", ("faq", "2")),
    ("table", ("table",)), ("table", ("table", "stem-cell-therapy-comparison")),
    ("sections", ("sections",)), ("section", ("section", "exosome-therapy")), ("section", ("section", "faq")),
    ("section", ("section", "quality-of-life")), ("section", ("section", "expected-effects-2")),
    ("refs", ("refs",)), ("search", ("search", "barrier")), ("search", ("search", "Özek")),
    ("article", ("show",)), ("article", ("read",)), ("validate", ("validate", "--format")),
    ("validate", ("validate",)), ("rules", ("rules",)), ("rules", ("rules", "HC101")), ("cache", ("cache", "info")),
]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_output_schema_is_valid_and_described(name: str) -> None:
    schema = SCHEMAS[name]
    Draft202012Validator.check_schema(schema)
    assert schema["$id"].endswith(f"/output/{name}")
    assert schema.get("description")


@pytest.mark.parametrize("schema_name, args", CASES, ids=[" ".join(args) for _, args in CASES])
def test_json_output_matches_its_schema(invoke: Invoke, schema_name: str, args: tuple[str, ...]) -> None:
    flag = ("json",) if args[-1] == "--format" else ("--json",)
    result = invoke(*args, *flag)
    assert result.exit_code == ExitCode.OK, result.stderr
    validator = Draft202012Validator(SCHEMAS[f"{schema_name}.schema.json"], registry=REGISTRY)
    errors = [error.message for error in validator.iter_errors(json.loads(result.stdout))]
    assert errors == []


@pytest.mark.parametrize("args", [("faq", "zzzqqq"), ("search", "zzzqqq")])
def test_json_says_nothing_matched_as_data_with_the_same_exit_code(invoke: Invoke, args: tuple[str, ...]) -> None:
    text = invoke(*args)
    for flag in (("--json",), ("--format", "json"), ("-f", "json")):
        result = invoke(*args, *flag)
        assert result.exit_code == text.exit_code == ExitCode.CONTENT_PROBLEMS
        data = json.loads(result.stdout)
        assert data.get("entries", data.get("hits")) == []
        assert result.stderr == text.stderr and result.stderr.startswith("alsinfo: error: no ")
    assert text.stdout == ""


def test_every_reader_view_has_text_and_json_renderers() -> None:
    from alsinfo.render.views import registered_views

    views = registered_views()
    for view in ("faq", "table", "sections", "section", "refs", "search", "show"):
        assert (view, "text") in views and (view, "json") in views


def test_json_texts_are_the_contents_texts_exactly(invoke: Invoke) -> None:
    from tests.helpers import load_article

    article = load_article()
    data = json.loads(invoke("faq", "--all", "--json").stdout)
    assert [(e["question"], e["answer"]) for e in data["entries"]] == [(e.question, e.answer) for e in article.faq]
    tables = json.loads(invoke("table", "--json").stdout)["tables"]
    assert [tuple(map(tuple, t["rows"])) for t in tables] == [t.rows for t in article.tables]
