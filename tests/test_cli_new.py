"""`alsinfo new` starts an article that validates, with modelines that resolve wherever the content
lives; `alsinfo schemas --write` puts the schemas beside the content for editors."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from alsinfo.exitcodes import ExitCode
from alsinfo.resources import schemas_dir
from tests.conftest import Invoke

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def test_new_article_validates_and_its_modelines_resolve_to_schemas_that_accept_it(
        invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("new", "ms-exercise", "--title", "Exercise with MS")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout.startswith("Created content/ms-exercise with article.yaml, sections.yaml")
    assert "Check it: alsinfo validate content/ms-exercise" in result.stdout
    # `new` never invents who wrote or reviewed an article, when, who paid or how to reach them
    checked = invoke("validate", "--strict", "--ignore", "HC001,HC002,HC003,HC004,HC006,HC007,HC008")
    assert checked.exit_code == ExitCode.OK and checked.stdout.startswith("No problems found: 2 files in 1 article")
    folder = tmp_path / "content" / "ms-exercise"
    for name in ("article.yaml", "sections.yaml"):
        text = (folder / name).read_text(encoding="utf-8")
        found = MODELINE.match(text.splitlines()[0])
        assert found is not None
        schema_path = (folder / found.group(1)).resolve()
        assert schema_path.is_file()
        # The copy validates the file on its own, as an editor's language server would: its
        # references resolve to its neighbours.
        neighbours = {path.name: json.loads(path.read_text()) for path in schema_path.parent.glob("*.json")}
        registry: Registry[Any] = Registry().with_resources(
            (schema["$id"], Resource.from_contents(schema)) for schema in neighbours.values())
        validator = Draft202012Validator(neighbours[schema_path.name], registry=registry)
        assert list(validator.iter_errors(yaml.safe_load(text))) == []
    assert "Exercise with MS" in invoke("sections", "--content", str(tmp_path / "content")).stdout


def test_the_schemas_folder_is_never_taken_for_an_article(invoke: Invoke, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    invoke("new", "first")
    invoke("new", "second")
    result = invoke("validate", "--ignore", "HC")
    assert result.exit_code == ExitCode.OK and "4 files in 2 articles checked" in result.stdout


def test_the_article_template_lists_every_field_the_article_rules_ask_for(invoke: Invoke, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    invoke("new", "ms-exercise")
    path = tmp_path / "content" / "ms-exercise" / "article.yaml"
    # An editor fills in every field the template's comments list (test data, not health content):
    # each "..." and date by the key before it, or the section it is under.
    today = dt.date.today()
    values = {"authors": "Test Author", "medical_reviewer": "Test Reviewer", "email": "editor@example.org",
              "next_review": str(today + dt.timedelta(days=180))}
    lines, section = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"^# (?:[a-z_]+:|- |  )", line):
            line = line[2:]
            key = re.match(r"^[ -]*([a-z_]+):", line)
            section = key[1] if key and not line.startswith((" ", "-")) else section
            name = key[1] if key else ""
            line = line.replace("...", values.get(name, values.get(section, "Test data")))
            line = line.replace("YYYY-MM-DD", values.get(name, str(today - dt.timedelta(days=30))))
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("validate", "--strict", "--select", "HC0")
    assert result.exit_code == ExitCode.OK, result.stdout
    assert "author" not in result.stdout


@pytest.mark.parametrize("args, message", [
    (("new", "Bad Id"), "'Bad Id' is not an article id"),
    (("new", "als-stem-cell-therapy", "--content", "{content}"), "already exists"),
    (("new", "x", "--content", "{article}"), "is an article folder; give the content root"),
])
def test_new_refuses_what_it_cannot_do(invoke: Invoke, content_copy: Path, args: tuple[str, ...],
                                       message: str) -> None:
    filled = [arg.format(content=content_copy, article=content_copy / "als-stem-cell-therapy") for arg in args]
    result = invoke(*filled)
    assert result.exit_code == ExitCode.USAGE_ERROR and message in result.stderr and result.stdout == ""


def test_schemas_lists_and_writes_the_content_schemas(invoke: Invoke, tmp_path: Path) -> None:
    listed = invoke("schemas").stdout
    assert "people.schema.json  https://alsinfo.example/schemas/people.schema.json" in listed
    target = tmp_path / "editor" / "schemas"
    assert invoke("schemas", "--write", str(target)).exit_code == ExitCode.OK
    for path in target.iterdir():
        assert path.read_bytes() == (schemas_dir() / path.name).read_bytes()
    assert len(list(target.iterdir())) == 7
