"""`alsinfo rules`, the shipped article's editorial report, SARIF output and the pre-commit hook."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, Draft202012Validator

from alsinfo.exitcodes import ExitCode
from alsinfo.resources import embedded_content_root, schemas_dir
from tests.conftest import Invoke, edit
from tests.helpers import DATA

ROOT = Path(__file__).resolve().parent.parent

DOCS = ROOT / "docs" / "rules.md"


def test_rules_lists_every_check_validate_can_print(invoke: Invoke) -> None:
    from alsinfo.catalog import structural_kinds
    from alsinfo.rules import registry

    result = invoke("rules", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == sorted({*registry(), *(kind.rule for kind in structural_kinds())})
    assert any(line.startswith("HC101  claim-needs-citation") for line in result.stdout.splitlines())


@pytest.mark.parametrize("code", ["L108", "S202", "I302", "I305", "M001", "anchor-or-alias"])
def test_every_code_has_a_page(invoke: Invoke, code: str) -> None:
    result = invoke("rules", code, env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    heading, _, summary, _, page = result.stdout.splitlines()[:5]
    assert heading.endswith(("(error)", "(warning)", "(info)")) and summary and "Fix:" in page


def test_select_and_ignore_take_names_and_refuse_structural_checks(invoke: Invoke) -> None:
    by_name = invoke("validate", "--ignore", "readability", "-f", "json").stdout
    assert '"HC202"' not in by_name and '"HC101"' in by_name
    structural = invoke("validate", "--ignore", "L108")
    assert structural.exit_code == ExitCode.USAGE_ERROR and "structural check, which always runs" in structural.stderr
    assert invoke("validate", "--select", "I308").exit_code == ExitCode.USAGE_ERROR


def test_a_structural_warning_can_be_ignored(invoke: Invoke, article_dir: Path) -> None:
    dates = "language: en\npublished: 2025-05-01\nlast_reviewed: 2025-01-01\n"
    edit(article_dir / "article.yaml", "language: en\n", dates)
    assert "I308" in invoke("validate", str(article_dir), "--ignore", "HC").stdout
    quiet = invoke("validate", str(article_dir), "--ignore", "HC,review-before-publication")
    assert quiet.exit_code == ExitCode.OK and "I308" not in quiet.stdout


def test_rules_id_prints_its_documentation(invoke: Invoke) -> None:
    result = invoke("rules", "HC305", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith("HC305 inconsistent-interval  (warning)\n\nIntervals of the same thing are given "
                                    "one way.")
    assert "Why:" in result.stdout and "Bad:" in result.stdout
    by_name = invoke("rules", "readability", env={"COLUMNS": "200"})
    assert "Options:\n  audience = 'article'\n  max_grade = 0.0\n  min_ease = 0.0\n  min_words = 12" in by_name.stdout
    # a switch is shown as the configuration file writes it
    assert "\n  learnt = true\n" in invoke("rules", "HC201", env={"COLUMNS": "200"}).stdout + "\n"


def test_a_rules_documented_list_keeps_its_items_on_lines_of_their_own(invoke: Invoke) -> None:
    shown = invoke("rules", "HC101", env={"COLUMNS": "60"}).stdout
    assert "\n- safety (\"is safe\"" in shown and "\n  survival" in shown  # an item wraps under itself
    assert "health: - an effect" not in invoke("rules", "HC101", env={"COLUMNS": "200"}).stdout


def test_unknown_rule_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("rules", "HC31")
    assert result.exit_code == ExitCode.USAGE_ERROR and "no check 'HC31'; did you mean" in result.stderr


@pytest.mark.parametrize("args", [("rules", "--json"), ("rules", "HC101", "--json")])
def test_rules_json_matches_its_schema(invoke: Invoke, args: tuple[str, ...]) -> None:
    data = json.loads(invoke(*args).stdout)
    schema = json.loads((schemas_dir() / "output" / "rules.schema.json").read_text())
    Draft202012Validator(schema).validate(data)
    assert data["rules"][0]["documentation"].startswith(data["rules"][0]["summary"])


def test_shipped_article_report_is_explained_rule_by_rule(invoke: Invoke) -> None:
    """The seed's flaws are reported for an editor to decide on, never "fixed" in its words; docs/rules.md
    explains every rule that reports on it, and only those. (The counts a heuristic happens to produce
    are not pinned here: the rules' quality is measured on the labelled corpus.)"""
    result = invoke("validate", "--format", "json")
    assert result.exit_code == ExitCode.OK  # zero errors without --strict
    problems = json.loads(result.stdout)["problems"]
    assert not [p for p in problems if p["severity"] == "error"]
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## The shipped article, as the rules see it"):]
    section = section[:section.index("\n## ", 4)] if "\n## " in section[4:] else section
    explained = set(re.findall(r"\b(?:HC|M)\d{3}\b", section))
    for first, last in re.findall(r"\b(HC\d{3})–(HC\d{3})\b", section):
        explained |= {f"HC{number:03d}" for number in range(int(first[2:]), int(last[2:]) + 1)}
    reported = {p["rule"] for p in problems}
    assert reported <= explained, f"not explained in docs/rules.md: {sorted(reported - explained)}"
    assert {rule for rule in explained if re.search(rf"\({rule}[),]", section)} <= reported
    assert invoke("validate", "--strict").exit_code == ExitCode.CONTENT_PROBLEMS


def test_shipped_article_flags_the_pasted_draft(invoke: Invoke) -> None:
    problems = json.loads(invoke("validate", "--format", "json", "--select", "HC30").stdout)["problems"]
    headings = [p for p in problems if p["rule"] == "HC301"]
    assert headings[0]["message"].startswith("heading 'How is ALS Stem Cell Therapy Administered? Process and "
                                             "Protocols' repeats the heading of section 'administration'")
    (interval,) = [p for p in problems if p["rule"] == "HC305" and "45-60" in p["message"].split("disagrees")[0]]
    assert interval["path"] == "$.sections[6].sections[0].blocks[1].items[1].definition"


@pytest.fixture(scope="session")
def sarif_schema() -> dict[str, Any]:
    """The SARIF 2.1.0 schema (tests/data/README.md says where it comes from)."""
    schema: dict[str, Any] = json.loads((DATA / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    return schema


def test_sarif_validates_against_the_sarif_schema(invoke: Invoke, article_dir: Path,
                                                  sarif_schema: dict[str, Any]) -> None:
    edit(article_dir / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    broken = invoke("validate", "--format", "sarif", str(article_dir))
    clean = invoke("validate", "--format", "sarif")
    for result in (broken, clean):
        log = json.loads(result.stdout)
        Draft4Validator(sarif_schema).validate(log)
    log = json.loads(broken.stdout)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    (unknown_key,) = [r for r in run["results"] if r["ruleId"] == "S202"]
    assert rules[unknown_key["ruleIndex"]]["id"] == "S202"
    assert unknown_key["level"] == "error"
    region = unknown_key["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 6, "startColumn": 3}
    assert any(rule["id"] == "HC101" and "Why:" in rule["help"]["text"] for rule in rules)
    notes = json.loads(clean.stdout)["runs"][0]["results"]
    assert {r["level"] for r in notes} == {"warning", "note"}


@pytest.mark.slow
def test_pre_commit_hook_fails_on_a_bad_file(tmp_path: Path) -> None:
    repo = tmp_path / "site"
    shutil.copytree(embedded_content_root(), repo / "content")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    subprocess.run([*git, "add", "."], cwd=repo, check=True, env=env)
    subprocess.run([*git, "commit", "-qm", "content"], cwd=repo, check=True, env=env)

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "alsinfo-validate",
                               "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=600)

    good = try_repo()
    assert good.returncode == 0, good.stdout + good.stderr
    faq = repo / "content" / "als-stem-cell-therapy" / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8").replace("  question: Does stem", "  questoin: Does stem"),
                   encoding="utf-8")
    subprocess.run([*git, "add", "."], cwd=repo, check=True, env=env)
    bad = try_repo()
    assert bad.returncode != 0
    assert "faq.yaml:6:3: error S202 unknown key 'questoin'" in bad.stdout
