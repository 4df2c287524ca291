"""The shipped JSON Schemas: load them once, validate documents, explain failures to editors.

Two engines: jsonschema-rs (Rust) decides whether a document is valid, in microseconds; only for
a document that fails does jsonschema load and explain, because its errors carry what editors need
(the schema keyword, best match among alternatives, the allowed keys). The two must agree on valid
and invalid; tests/test_engines.py checks that on generated and mutated documents.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alsinfo.loader import Document
from alsinfo.problems import JsonPath, Problem, ProblemKind, Severity

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

SCHEMA_SUFFIX = ".schema.json"

REQUIRED = ProblemKind("S201", "missing-key", Severity.ERROR, "A required key is missing.")
UNKNOWN_KEY = ProblemKind("S202", "unknown-key", Severity.ERROR, "A key the schema does not know.")
WRONG_TYPE = ProblemKind("S203", "wrong-type", Severity.ERROR, "A value is of the wrong type.")
BAD_VALUE = ProblemKind("S204", "invalid-value", Severity.ERROR, "A value is not one the schema allows.")
BAD_FORM = ProblemKind("S205", "invalid-format", Severity.ERROR, "A value does not have the expected form.")
BAD_SIZE = ProblemKind("S206", "invalid-size", Severity.ERROR, "A text or list is empty, too short or too long.")
OTHER = ProblemKind("S200", "schema", Severity.ERROR, "Another schema rule failed.")

KINDS = (OTHER, REQUIRED, UNKNOWN_KEY, WRONG_TYPE, BAD_VALUE, BAD_FORM, BAD_SIZE)

_KIND_BY_KEYWORD = {
    "required": REQUIRED, "additionalProperties": UNKNOWN_KEY, "type": WRONG_TYPE,
    "enum": BAD_VALUE, "const": BAD_VALUE, "pattern": BAD_FORM, "format": BAD_FORM,
    "minLength": BAD_SIZE, "maxLength": BAD_SIZE, "minItems": BAD_SIZE, "maxItems": BAD_SIZE,
    "uniqueItems": BAD_SIZE, "minProperties": BAD_SIZE,
}
_TYPE_WORDS = {"object": "a mapping of keys to values", "array": "a list", "string": "text",
               dict: "a mapping of keys to values", list: "a list", str: "text"}


def _quote(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def _subject(path: JsonPath) -> str:
    """How to name the value at ``path`` in a message: its key, or its place in a list."""
    if not path:
        return "the file"
    last = path[-1]
    if isinstance(last, int):
        return f"item {last + 1} of '{path[-2]}'" if len(path) > 1 else f"item {last + 1}"
    return f"'{last}'"


class SchemaSet:
    """The content schemas of one schemas folder, with a validator per kind of content file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __repr__(self) -> str:
        return f"SchemaSet({str(self.folder)!r})"

    @cached_property
    def schemas(self) -> Mapping[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for path in sorted(self.folder.glob(f"*{SCHEMA_SUFFIX}")):
            found[path.name[: -len(SCHEMA_SUFFIX)]] = json.loads(path.read_text(encoding="utf-8"))
        return found

    @cached_property
    def registry(self) -> Registry[Any]:
        from referencing import Registry, Resource

        resources = [(schema["$id"], Resource.from_contents(schema)) for schema in self.schemas.values()]
        return Registry().with_resources(resources)

    @cached_property
    def _validators(self) -> dict[str, Draft202012Validator]:
        from jsonschema import Draft202012Validator

        return {kind: Draft202012Validator(schema, registry=self.registry)
                for kind, schema in self.schemas.items() if kind != "common"}

    @cached_property
    def _deciders(self) -> dict[str, Any]:
        import jsonschema_rs

        # offline: every $ref is to one of our own schemas, given here by $id; nothing is fetched.
        registry = jsonschema_rs.Registry([(schema["$id"], schema) for schema in self.schemas.values()])
        return {kind: jsonschema_rs.validator_for(schema, registry=registry, offline=True)
                for kind, schema in self.schemas.items() if kind != "common"}

    def validator(self, kind: str) -> Draft202012Validator:
        """The explaining validator (jsonschema) for a kind of content file."""
        return self._validators[kind]

    def is_valid(self, kind: str, data: Any) -> bool:
        """Whether ``data`` is a valid document of ``kind``, decided by jsonschema-rs."""
        return bool(self._deciders[kind].is_valid(data))

    def check(self, kind: str, document: Document) -> list[Problem]:
        """Every schema problem of ``document``, located and worded for an editor."""
        if self.is_valid(kind, document.data):
            return []
        problems: list[Problem] = []
        errors = list(self.validator(kind).iter_errors(document.data))
        for error in errors:
            problems.extend(_explain(error, document))
        if not problems:  # never a silent pass: an invalid file always has a problem to show
            from jsonschema.exceptions import best_match

            best = best_match(errors)
            if best is not None:
                path: JsonPath = tuple(best.absolute_path)
                position = document.locate(path)
                problems.append(_KIND_BY_KEYWORD.get(str(best.validator), OTHER).at(
                    document.file, position.line, position.column, path, _message(best, path)))
        return problems


def _explain(error: ValidationError, document: Document) -> Iterator[Problem]:
    path: JsonPath = tuple(error.absolute_path)
    keyword = str(error.validator)
    if keyword in ("oneOf", "anyOf"):
        yield from _explain_alternatives(error, document)
        return
    if keyword == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        for key in [key for key in error.instance if key not in allowed]:
            key_path = (*path, key)
            position = document.locate(key_path, key=True)
            guess = difflib.get_close_matches(key, allowed, n=1)
            hint = f"did you mean '{guess[0]}'?" if guess else f"allowed keys: {', '.join(allowed)}"
            yield UNKNOWN_KEY.at(document.file, position.line, position.column, key_path,
                                 f"unknown key '{key}' ({hint})")
        return
    position = document.locate(path)
    kind = _KIND_BY_KEYWORD.get(keyword, OTHER)
    yield kind.at(document.file, position.line, position.column, path, _message(error, path))


def _explain_alternatives(error: ValidationError, document: Document) -> Iterator[Problem]:
    """Explain a oneOf/anyOf failure by the branch the value was meant for, not a dump of all."""
    by_branch: dict[Any, list[ValidationError]] = {}
    for sub in error.context or ():
        by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
    # A branch is the one meant when its discriminating `const` (e.g. `type: quote`) matched.
    meant = [errors for errors in by_branch.values()
             if not any(str(sub.validator) == "const" for sub in errors)]
    if len(meant) == 1:
        for sub in meant[0]:
            yield from _explain(sub, document)
        return
    if isinstance(error.instance, dict) and "type" in error.instance:
        return  # the `type` value itself is wrong: the enum on `type` already says so
    blocks = all("type" in branch.get("properties", {}) or "$ref" in branch for branch in error.validator_value)
    if isinstance(error.instance, dict) and len(meant) == len(by_branch) and blocks \
            and "type" not in error.instance:
        return  # a block without `type`: the `required` error on `type` already says so
    from jsonschema.exceptions import best_match

    best = best_match(error.context or ())
    if best is not None:
        yield from _explain(best, document)


def _message(error: ValidationError, path: JsonPath) -> str:
    keyword = str(error.validator)
    value: Any = error.validator_value
    instance = error.instance
    subject = _subject(path)
    if keyword == "required":
        missing = [key for key in value if isinstance(instance, dict) and key not in instance]
        return f"missing required key '{missing[0] if missing else value}'"
    if keyword == "type":
        expected = _TYPE_WORDS.get(value, str(value))
        found = _TYPE_WORDS.get(type(instance), type(instance).__name__)
        if not path:
            return f"the file must hold {expected} (such as 'key: value' lines), but it holds {found}"
        return f"{subject} must be {expected}, not {found}"
    if keyword in ("enum", "const"):
        options = value if keyword == "enum" else [value]
        choices = ", ".join(_quote(option) for option in options)
        guess = difflib.get_close_matches(str(instance), [str(o) for o in options], n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        return f"{subject} is {_quote(instance)}, which is not allowed; use one of: {choices}{hint}"
    if keyword in ("minLength", "pattern") and isinstance(instance, str) and not instance.strip():
        return f"{subject} must not be empty or blank"
    if keyword == "pattern":
        explanation = error.schema.get("description", f"it must match {value}")
        return f"{subject} is {_quote(instance)}, which does not have the expected form. {explanation}"
    if keyword == "minItems":
        return f"{subject} must have at least {value} item{'s' if value != 1 else ''}"
    if keyword == "maxLength":
        return f"{subject} is longer than {value} characters"
    if keyword == "uniqueItems":
        return f"{subject} lists the same value more than once"
    if keyword == "minProperties":
        return f"{subject} must not be empty"
    return f"{subject}: {error.message}"
