"""Parallel and cached validation report exactly what a serial run does; the cache invalidates precisely."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from alsinfo import engine as engine_module
from alsinfo import snapshot as snapshot_module
from alsinfo.cache import Cache
from alsinfo.cli import validate as validate_module
from alsinfo.cli.environment import Environment
from alsinfo.cli.validate import PROGRESS_FROM, _progress
from alsinfo.config import Config
from alsinfo.content import resolve_targets
from alsinfo.engine import Engine
from alsinfo.exitcodes import ExitCode
from alsinfo.problems import Problem, Severity
from alsinfo.render.report import REPORTERS, KeptBlocks, report_block
from alsinfo.resources import embedded_content_root, schemas_dir
from alsinfo.results import CheckReport
from tests.conftest import ARTICLE_ID, Invoke, edit

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A content root of six articles, four of them broken in different files."""
    root = tmp_path / "content"
    for number in range(6):
        shutil.copytree(embedded_content_root() / ARTICLE_ID, root / f"article-{number}")
    edit(root / "article-1" / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    edit(root / "article-2" / "sections.yaml", "table: application-methods-comparison", "table: nowhere")
    (root / "article-3" / "tables.yaml").write_bytes(b"tables: !!python/object:os.system x\n")
    edit(root / "article-4" / "article.yaml", "language: en", "language: en\nlanguage: fr")
    return root


def run_json(invoke: Invoke, *args: str) -> tuple[int, dict[str, object]]:
    result = invoke("validate", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)


def test_jobs_and_cache_give_identical_reports_and_exit_codes(invoke: Invoke, tree: Path) -> None:
    serial = run_json(invoke, str(tree), "-j", "1", "--no-cache")
    parallel = run_json(invoke, str(tree), "-j", "2", "--no-cache")
    cold = run_json(invoke, str(tree), "-j", "2")
    warm = run_json(invoke, str(tree), "-j", "2")
    warm_serial = run_json(invoke, str(tree), "-j", "1")
    assert serial[0] == ExitCode.CONTENT_PROBLEMS
    assert serial == parallel == cold == warm == warm_serial
    rules = {problem["rule"] for problem in serial[1]["problems"]}  # type: ignore[union-attr]
    assert {"S202", "I302", "L109", "L106", "HC001"} <= rules


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_every_format_is_identical_too_and_equal_to_the_whole_report(
        invoke: Invoke, tree: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree.parent)
    outputs = {invoke("validate", "content", "-f", name, "-j", jobs, *extra).stdout
               for jobs, extra in (("1", ("--no-cache",)), ("2", ("--no-cache",)), ("2", ()), ("2", ()))}
    assert len(outputs) == 1
    # Written article by article, it is what the reporter makes of the whole report at once.
    report: Any = run_json(invoke, "content")[1]
    problems = tuple(Problem(**{**row, "severity": Severity(row["severity"])}) for row in report["problems"])
    assert outputs == {REPORTERS[name].render(CheckReport(problems, report["summary"]["files"], 6))}


def test_formats_keep_their_own_cached_output(invoke: Invoke, tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    original = KeptBlocks.of

    def spy(self: KeptBlocks, problems: Sequence[Problem], verdict: str) -> object:
        kept = self.cache.block(verdict, self.form) if self.cache is not None else None
        if kept is None:
            made.append(self.reporter.name)
        return original(self, problems, verdict)

    monkeypatch.setattr(KeptBlocks, "of", spy)
    first = {name: invoke("validate", str(tree), "-f", name, "-j", "1").stdout for name in ("text", "json", "github")}
    assert sorted(set(made)) == ["github", "json", "text"]
    made.clear()
    again = {name: invoke("validate", str(tree), "-f", name, "-j", "1").stdout for name in ("text", "json", "github")}
    assert again == first and made == []  # each run wrote what its format kept, none remade another's


def engine(cache: Cache, *, schemas: Path | None = None, config: Config | None = None,
           today: dt.date = TODAY) -> Engine:
    return Engine(schemas_folder=schemas or schemas_dir(), today=today, base=Path("/"),
                  config_for=lambda folder: config if config is not None else Config(), cache=cache, jobs=1)


def test_a_changed_file_invalidates_exactly_its_entry(tree: Path, tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    first = engine(store)
    before = [result.problems for result in first.run(targets)]
    assert first.stats == (0, 6)
    edit(tree / "article-5" / "faq.yaml", "may occur after the procedure.", "may occur afterwards.")
    second = engine(store)
    after = [result.problems for result in second.run(targets)]
    # Five articles come from the cache; the sixth is checked.
    assert second.stats == (5, 1)
    assert after[:5] == before[:5]
    third = engine(store)
    list(third.run(targets))
    assert third.stats == (6, 0)


def test_a_changed_schema_or_config_invalidates_everything(tree: Path, tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    schemas = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), schemas)
    list(engine(store, schemas=schemas).run(targets))
    warm = engine(store, schemas=schemas)
    list(warm.run(targets))
    assert warm.stats == (6, 0)
    faq = schemas / "faq.schema.json"
    faq.write_text(faq.read_text().replace("Questions readers ask", "Questions that readers ask"))
    changed_schema = engine(store, schemas=schemas)
    list(changed_schema.run(targets))
    assert changed_schema.stats == (0, 6)
    changed_config = engine(store, schemas=schemas, config=Config(ignore=("HC202",)))
    list(changed_config.run(targets))
    assert changed_config.stats == (0, 6)


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record which article folders have their files read."""
    read: list[Path] = []
    real = snapshot_module.read_snapshot

    def spy(folder: Path) -> snapshot_module.Snapshot:
        read.append(folder)
        return real(folder)

    monkeypatch.setattr(engine_module, "read_snapshot", spy)
    return read


def test_unchanged_articles_are_served_by_their_stamp_without_reading_a_file(
        tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "RACY_NS", 0)  # the tree's files count as old at once
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    before = [result.problems for result in engine(store).run(targets)]
    read = count_reads(monkeypatch)
    warm = engine(store)
    assert [result.problems for result in warm.run(targets)] == before
    assert warm.stats == (6, 0) and read == []


def test_an_edit_keeping_size_and_modification_time_is_still_seen(
        tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "RACY_NS", 0)
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    list(engine(store).run(targets))
    faq = tree / "article-0" / "faq.yaml"
    times = faq.stat()
    edit(faq, "  question: Does stem", "  questoin: Does stem")  # same length: now a schema error
    os.utime(faq, ns=(times.st_atime_ns, times.st_mtime_ns))  # as `cp -p` or a careless tool would
    read = count_reads(monkeypatch)
    second = engine(store)
    results = list(second.run(targets))
    assert read == [tree / "article-0"]  # its change time moved, so its bytes were compared
    assert second.stats == (5, 1)
    assert {problem.rule for problem in results[0].problems} >= {"S202"}


def test_a_touched_but_unchanged_file_is_compared_once_then_served_by_its_new_stamp(
        tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "RACY_NS", 0)
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    before = [result.problems for result in engine(store).run(targets)]
    faq = tree / "article-2" / "faq.yaml"
    earlier = faq.stat().st_mtime_ns - 10_000_000_000
    os.utime(faq, ns=(earlier, earlier))  # new times, same bytes: as a checkout or `touch -d` would leave it
    read = count_reads(monkeypatch)
    second = engine(store)
    assert [result.problems for result in second.run(targets)] == before
    assert second.stats == (6, 0) and read == [tree / "article-2"]
    read.clear()
    third = engine(store)
    list(third.run(targets))
    assert third.stats == (6, 0) and read == []


def test_files_changed_just_before_a_run_are_compared_by_content(
        tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Within the file system's timestamp granularity an edit may leave a stamp unchanged, so a
    # stamp is only trusted for files older than the run (by RACY_NS); these are brand new.
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    list(engine(store).run(targets))
    read = count_reads(monkeypatch)
    warm = engine(store)
    list(warm.run(targets))
    assert warm.stats == (6, 0) and len(read) == 6


def test_kept_blocks_follow_the_folder_they_are_shown_from(invoke: Invoke, tree: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree.parent)
    cold = invoke("validate", "content", "-j", "1").stdout
    assert cold.splitlines()[0].startswith("content/article-0/")
    assert invoke("validate", "content", "-j", "1").stdout == cold
    monkeypatch.chdir(tree)
    elsewhere = invoke("validate", ".", "-j", "1").stdout
    assert elsewhere.splitlines()[0].startswith("article-0/")
    assert elsewhere == invoke("validate", ".", "-j", "1", "--no-cache").stdout


@pytest.mark.parametrize("name", ["text", "json"])
def test_cached_reports_keep_severity_filters(invoke: Invoke, tree: Path, name: str) -> None:
    for floor in ("warning", "error"):
        fresh = invoke("validate", str(tree), "-f", name, "--min-severity", floor, "--no-cache")
        assert invoke("validate", str(tree), "-f", name).exit_code == fresh.exit_code  # fills the cache
        cached = invoke("validate", str(tree), "-f", name, "--min-severity", floor)
        assert (cached.exit_code, cached.stdout) == (fresh.exit_code, fresh.stdout)
    assert "warning" not in cached.stdout.replace('"warnings": 0', "") and "error" in cached.stdout


def test_articles_without_dates_hold_on_any_day(tree: Path, tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    today = [result.problems for result in engine(store).run(targets)]
    next_week = engine(store, today=TODAY + dt.timedelta(days=7))
    assert [result.problems for result in next_week.run(targets)] == today
    assert next_week.stats == (6, 0)


def test_a_review_date_holds_until_its_age_in_months_changes(tree: Path, tmp_path: Path) -> None:
    # HC003 states the review's age in months: reviewed on 20 October, that age is 1 from 20
    # November to 19 December, so the entry made on 25 November holds until 19 December.
    edit(tree / "article-0" / "article.yaml", "language: en\n", "language: en\nlast_reviewed: 2026-10-20\n")
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    first = [result.problems for result in engine(store).run(targets)]
    last_day = engine(store, today=dt.date(2026, 12, 19))
    assert [result.problems for result in last_day.run(targets)] == first
    assert last_day.stats == (6, 0)
    after = engine(store, today=dt.date(2026, 12, 20))
    list(after.run(targets))
    assert after.stats == (5, 1)  # article-0 is checked again



def test_a_new_verdict_is_never_shown_with_what_a_format_kept_of_the_old_one(tree: Path, tmp_path: Path) -> None:
    # The files stay the same, but a month later the review is a month older: the article is
    # checked again, and what the GitHub format kept of the old verdict must not be served.
    edit(tree / "article-0" / "article.yaml", "language: en\n", "language: en\nlast_reviewed: 2025-10-20\n")
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])

    def items(form: str, day: dt.date) -> list[tuple[list[str], list[str]]]:
        blocks = KeptBlocks(REPORTERS[form], store, str(tree))
        run = Engine(schemas_folder=schemas_dir(), today=day, base=tree, config_for=lambda folder: Config(),
                     cache=store, jobs=1)
        shown = [(blocks.of(result.problems, result.verdict_id).items,
                  report_block(result.problems, REPORTERS[form].item).items) for result in run.run(targets)]
        blocks.flush()
        return shown

    assert any("is 13 months old" in item for item in items("github", TODAY)[0][0])
    items("json", dt.date(2026, 12, 20))
    later = items("github", dt.date(2026, 12, 20))
    assert all(kept == made for kept, made in later)
    assert any("is 14 months old" in item for item in later[0][0])


def test_a_future_date_is_checked_again_the_next_day(tree: Path, tmp_path: Path) -> None:
    edit(tree / "article-0" / "article.yaml", "language: en\n", "language: en\npublished: 2026-11-26\n")
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    today = list(engine(store).run(targets))
    assert "I307" in {problem.rule for problem in today[0].problems}  # in the future, naming today
    tomorrow = engine(store, today=TODAY + dt.timedelta(days=1))
    results = list(tomorrow.run(targets))
    assert "I307" not in {problem.rule for problem in results[0].problems}
    assert tomorrow.stats == (5, 1)


def test_a_clock_set_back_checks_everything_again(tree: Path, tmp_path: Path) -> None:
    # Checked on the 25th, a date of the 25th is past; on the 24th it would be in the future.
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    list(engine(store).run(targets))
    yesterday = engine(store, today=TODAY - dt.timedelta(days=1))
    list(yesterday.run(targets))
    assert yesterday.stats == (0, 6)


def test_a_corrupt_cache_is_rebuilt(invoke: Invoke, tree: Path, tmp_path: Path) -> None:
    cache_home = tmp_path / "xdg-cache"
    baseline = run_json(invoke, str(tree))
    (cache_home / "alsinfo" / "alsinfo.sqlite3").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (cache_home / "alsinfo" / f"alsinfo.sqlite3{suffix}").unlink(missing_ok=True)
    rebuilt = invoke("validate", "--format", "json", str(tree))
    assert (rebuilt.exit_code, json.loads(rebuilt.stdout)) == baseline
    assert rebuilt.stderr.count("\n") == 1 and "rebuilt" in rebuilt.stderr
    assert run_json(invoke, str(tree)) == baseline
    assert run_json(invoke, str(tree)) == baseline


def test_an_unwritable_cache_only_costs_speed(invoke: Invoke, tree: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    result = invoke("validate", "--format", "json", str(tree), env={"XDG_CACHE_HOME": str(blocker)})
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS and result.stderr.count("\n") == 1
    assert "was not used" in result.stderr


def test_cache_info_and_clear(invoke: Invoke, tree: Path, tmp_path: Path) -> None:
    invoke("validate", str(tree))
    info = invoke("cache", "info")
    assert info.exit_code == ExitCode.OK
    assert "article verdicts: 6\nreport blocks: 6\n" in info.stdout
    assert str(tmp_path / "xdg-cache" / "alsinfo") in info.stdout
    assert invoke("cache", "clear").exit_code == ExitCode.OK
    assert "article verdicts: 0\n" in invoke("cache", "info").stdout


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
                    *args], cwd=repo, check=True, capture_output=True)


def test_changed_checks_only_articles_changed_since_a_ref(invoke: Invoke, tree: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tree.parent
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "content")
    git(repo, "checkout", "-q", "-b", "edits")
    edit(tree / "article-0" / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    git(repo, "commit", "-qam", "break article 0")
    shutil.copytree(tree / "article-5", tree / "article-6")  # new, untracked
    monkeypatch.chdir(repo)
    for args in (("--changed",), ("--changed", "--since", "main")):
        result = invoke("validate", *args, "content", "--ignore", "HC")
        assert result.exit_code == ExitCode.CONTENT_PROBLEMS
        files = {line.split(":")[0] for line in result.stdout.splitlines()[:-1]}
        assert files == {"content/article-0/faq.yaml"}
        assert result.stdout.splitlines()[-1].endswith("(10 files in 2 articles checked).")
    since_head = invoke("validate", "--changed", "--since", "HEAD", "content", "--ignore", "HC")
    assert since_head.stdout == "No problems found: 5 files in 1 article checked.\n"  # only article-6
    bad_ref = invoke("validate", "--changed", "--since", "no-such-ref", "content")
    assert bad_ref.exit_code == ExitCode.USAGE_ERROR and "no-such-ref" in bad_ref.stderr
    lonely = invoke("validate", "--since", "main", "content")
    assert lonely.exit_code == ExitCode.USAGE_ERROR and "--since goes with --changed" in lonely.stderr


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_for_a_person_at_a_terminal() -> None:
    terminal = Environment(io.StringIO(), FakeTerminal(), {}, Path.cwd(), TODAY)
    assert _progress(terminal, PROGRESS_FROM) is not None
    assert _progress(terminal, PROGRESS_FROM - 1) is None
    assert _progress(terminal._replace(environ={"CI": "true"}), 500) is None
    assert _progress(terminal._replace(stderr=io.StringIO()), 500) is None


def test_no_progress_output_when_piped(invoke: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "many"
    for number in range(PROGRESS_FROM + 1):
        shutil.copytree(embedded_content_root() / ARTICLE_ID, root / f"a-{number:02d}")
    result = invoke("validate", str(root), "--ignore", "HC")
    assert result.exit_code == ExitCode.OK and result.stderr == ""



@pytest.mark.parametrize("name", ["text", "json"])
def test_output_held_behind_a_progress_bar_is_the_same(invoke: Invoke, tree: Path, name: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console
    from rich.progress import Progress

    plain = invoke("validate", str(tree), "-f", name)
    bars = io.StringIO()
    monkeypatch.setattr(validate_module, "_progress",
                        lambda env, articles: Progress(console=Console(file=bars, force_terminal=True)))
    behind_a_bar = invoke("validate", str(tree), "-f", name)
    assert (behind_a_bar.exit_code, behind_a_bar.stdout) == (plain.exit_code, plain.stdout)
    assert "Validating" in bars.getvalue()

def test_a_change_to_alsinfo_itself_invalidates_everything(tree: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's edited checkout keeps its version number: its results must not be served.
    assert {"engine.py", "rules/hc202_readability.py", "rules/models/promotion.json"} <= {
        entry.split(":")[0] for entry in snapshot_module.code_stamp().split("|")}
    store = Cache(tmp_path / "cache")
    targets = resolve_targets([tree])
    list(engine(store).run(targets))
    monkeypatch.setattr(snapshot_module, "code_stamp", lambda: "rules/hc202_readability.py:1234:1")
    edited = engine(store)
    list(edited.run(targets))
    assert edited.stats == (0, 6)
