"""A cached answer always equals a fresh one: each way a cache was once seen to go stale or to
crash, reproduced. A run with the cache must report what `--no-cache` reports, with at most one
line on stderr saying the cache was skipped or rebuilt."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import Result

from alsinfo import cache as cache_module
from alsinfo import engine as engine_module
from alsinfo.exitcodes import ExitCode
from alsinfo.snapshot import Snapshot
from tests.conftest import Invoke, edit


def assert_same_as_fresh(invoke: Invoke, *args: str, env: dict[str, str] | None = None) -> Result:
    """Run ``args`` with the cache and without it: the same exit code, stdout and stderr, but for at
    most one line on stderr about the cache."""
    cached = invoke(*args, env=env)
    fresh = invoke(*args, "--no-cache", env=env)
    assert (cached.exit_code, cached.stdout) == (fresh.exit_code, fresh.stdout)
    notes = [line for line in cached.stderr.splitlines() if line.startswith("alsinfo: note: ")]
    assert len(notes) <= 1 and cached.stderr.replace(notes[0] + "\n" if notes else "", "") == fresh.stderr
    return cached


def test_messages_do_not_keep_the_folder_of_the_run_that_cached_them(
        invoke: Invoke, content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for folder in (Path("/"), elsewhere, content_copy):
        monkeypatch.chdir(folder)
        for form in ("text", "json"):
            result = assert_same_as_fresh(invoke, "validate", str(content_copy), "-f", form)
            assert "HC305" in result.stdout and "HC302" in result.stdout
    assert "(sections.yaml, line 126)" in result.stdout  # the other place, named as seen from its article


def test_a_file_that_vanishes_and_comes_back_while_read_leaves_no_lasting_pass(
        invoke: Invoke, article_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "RACY_NS", 0)  # stamps count at once, as for old files
    stray = article_dir / "notes.txt"
    stray.write_text("a draft left in the article folder\n")
    real = engine_module.read_snapshot

    def while_away(folder: Path) -> Snapshot:
        hidden = stray.with_name(".hidden-notes")
        stray.rename(hidden)
        try:
            return real(folder)
        finally:
            hidden.rename(stray)

    monkeypatch.setattr(engine_module, "read_snapshot", while_away)
    assert invoke("validate", str(article_dir), "--ignore", "HC").exit_code == ExitCode.OK  # what it saw
    monkeypatch.setattr(engine_module, "read_snapshot", real)
    after = assert_same_as_fresh(invoke, "validate", str(article_dir), "--ignore", "HC")
    assert after.exit_code == ExitCode.CONTENT_PROBLEMS and "I305" in after.stdout


def test_an_edit_landing_during_a_check_is_never_served_as_checked(
        invoke: Invoke, article_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "RACY_NS", 0)
    faq = article_dir / "faq.yaml"
    good = faq.read_text(encoding="utf-8")
    real = engine_module.read_snapshot

    def then_broken(folder: Path) -> Snapshot:
        snapshot = real(folder)  # what this check consumes: the good file
        faq.write_text(good.replace("  question: Does stem", "  questoin: Does stem"), encoding="utf-8")
        return snapshot

    monkeypatch.setattr(engine_module, "read_snapshot", then_broken)
    assert invoke("export", "--content", str(article_dir), "-f", "json").exit_code == ExitCode.OK
    monkeypatch.setattr(engine_module, "read_snapshot", real)
    for command in (("export", "--content", str(article_dir), "-f", "json"), ("validate", str(article_dir))):
        result = assert_same_as_fresh(invoke, *command)
        assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    faq.write_text(good, encoding="utf-8")
    assert assert_same_as_fresh(invoke, "export", "--content", str(article_dir), "-f", "json").exit_code == 0


def test_configurations_keep_their_own_verdicts(invoke: Invoke, content_copy: Path) -> None:
    edit(content_copy / "als-stem-cell-therapy" / "references.yaml", "pmid: ", "pmid: x")  # an HC103 warning
    for _ in range(2):
        for extra in ((), ("--ignore", "HC103"), ("--select", "HC1"), ("--isolated",)):
            assert_same_as_fresh(invoke, "validate", str(content_copy), "--strict", *extra)


def cached_rows(home: Path) -> int:
    with sqlite3.connect(home / "alsinfo" / "alsinfo.sqlite3") as db:
        return int(db.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0])


def test_a_busy_database_is_left_alone(invoke: Invoke, content_copy: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "xdg-cache"
    edit(content_copy / "als-stem-cell-therapy" / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    invoke("validate", str(content_copy))
    assert cached_rows(home) == 1
    monkeypatch.setattr(cache_module, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(home / "alsinfo" / "alsinfo.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another process in the middle of writing
    edit(content_copy / "als-stem-cell-therapy" / "faq.yaml", "  questoin: Does stem", "  question: Does stem")
    try:
        result = assert_same_as_fresh(invoke, "validate", str(content_copy), "--ignore", "HC")
        assert result.exit_code == ExitCode.OK and "locked" in result.stderr
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert cached_rows(home) >= 1  # still there: nobody deleted another process's database


def broken_home(tmp_path: Path, how: str) -> Path:
    home = tmp_path / "home"
    folder = home / "alsinfo"
    if how == "file for folder":
        home.mkdir()
        folder.write_text("a file where the cache folder should be")
    elif how == "folder for database":
        (folder / "alsinfo.sqlite3").mkdir(parents=True)
    elif how == "bad bytes":
        folder.mkdir(parents=True)
        (folder / "alsinfo.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    elif how == "non-UTF-8 name":
        home = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9-cache"))
    return home


@pytest.mark.parametrize("how", ["file for folder", "folder for database", "bad bytes", "non-UTF-8 name"])
@pytest.mark.parametrize("command", [("validate", "-f", "json"), ("faq", "side effects"), ("export", "-f", "json")])
def test_odd_cache_folders_cost_only_speed(invoke: Invoke, content_copy: Path, tmp_path: Path, how: str,
                                           command: tuple[str, ...]) -> None:
    env = {"XDG_CACHE_HOME": str(broken_home(tmp_path, how))}
    where = (str(content_copy),) if command[0] == "validate" else ("--content", str(content_copy))
    for _ in range(2):
        result = assert_same_as_fresh(invoke, *command, *where, env=env)
        assert result.exit_code in (ExitCode.OK, ExitCode.CONTENT_PROBLEMS) and result.stdout


def test_a_read_only_database_costs_only_speed(invoke: Invoke, content_copy: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # As after one `sudo alsinfo validate`: the database is there, but another user's. (Tests run
    # as root here, which file modes do not stop, so SQLite is asked to open it read-only.)
    invoke("validate", str(content_copy))
    real = sqlite3.connect
    monkeypatch.setattr(cache_module.sqlite3, "connect",
                        lambda path, **options: real(f"file:{path}?mode=ro", uri=True, **options))
    edit(content_copy / "als-stem-cell-therapy" / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    result = assert_same_as_fresh(invoke, "validate", str(content_copy))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS


def test_content_folders_with_names_that_are_not_utf8(invoke: Invoke, content_copy: Path) -> None:
    odd = Path(os.fsdecode(bytes(content_copy) + b"/r\xe9sum\xe9"))
    (content_copy / "als-stem-cell-therapy").rename(odd)
    (odd / "notes.txt").write_text("stray\n")
    for _ in range(2):
        result = assert_same_as_fresh(invoke, "validate", str(content_copy), "--ignore", "HC")
        assert result.exit_code == ExitCode.CONTENT_PROBLEMS and "r\\udce9sum\\udce9/notes.txt" in result.stdout


def test_names_with_line_breaks_are_escaped_in_reports(invoke: Invoke, content_copy: Path) -> None:
    forged = content_copy / "x\nfaq.yaml:1:1: error S999 forged"
    (content_copy / "als-stem-cell-therapy").rename(forged)
    (forged / "notes.txt").write_text("stray\n")
    result = assert_same_as_fresh(invoke, "validate", str(content_copy), "--ignore", "HC")
    assert len(result.stdout.splitlines()) == 2 and "x\\x0afaq.yaml" in result.stdout
    report = json.loads(invoke("validate", str(content_copy), "-f", "json", "--ignore", "HC").stdout)
    assert report["problems"][0]["file"].startswith(str(forged))  # JSON escapes it its own way


def test_cache_clear_through_a_link_removes_only_the_caches_files(invoke: Invoke, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "keep.txt").write_text("not alsinfo's\n")
    home = tmp_path / "home"
    home.mkdir()
    (home / "alsinfo").symlink_to(shared)
    env = {"XDG_CACHE_HOME": str(home)}
    assert invoke("validate", "--ignore", "HC", env=env).exit_code == ExitCode.OK
    assert (shared / "alsinfo.sqlite3").is_file()
    cleared = invoke("cache", "clear", env=env)
    assert cleared.exit_code == ExitCode.OK and cleared.stderr == ""
    assert (home / "alsinfo").is_symlink() and (shared / "keep.txt").is_file()
    assert not (shared / "alsinfo.sqlite3").exists()


def test_listings_that_would_join_alike_never_share_a_stamp(invoke: Invoke, article_dir: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "RACY_NS", 0)
    for name in (".a", "Zstray"):
        (article_dir / name).write_text("x\n")
    assert invoke("validate", str(article_dir), "--ignore", "HC").exit_code == ExitCode.CONTENT_PROBLEMS
    for name in (".a", "Zstray"):
        (article_dir / name).unlink()
    (article_dir / ".a|Zstray").write_text("x\n")  # hidden: not a problem
    assert assert_same_as_fresh(invoke, "validate", str(article_dir), "--ignore", "HC").exit_code == ExitCode.OK
    (article_dir / ".a|Zstray").unlink()
    for name in (".a", "Zstray"):
        (article_dir / name).write_text("x\n")
    for command in (("validate", str(article_dir), "--ignore", "HC"), ("export", "--content", str(article_dir))):
        assert assert_same_as_fresh(invoke, *command).exit_code == ExitCode.CONTENT_PROBLEMS


def test_per_file_ignores_follow_where_a_file_stands_not_where_its_link_points(
        invoke: Invoke, content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "RACY_NS", 0)
    article = content_copy / "als-stem-cell-therapy"
    drafts, live = tmp_path / "drafts", tmp_path / "live"
    drafts.mkdir()
    live.mkdir()
    (article / "article.yaml").rename(drafts / "article.yaml")
    (live / "article.yaml").write_bytes((drafts / "article.yaml").read_bytes())
    (article / "article.yaml").symlink_to(drafts / "article.yaml")
    (tmp_path / ".alsinfo.toml").write_text('[per-file-ignores]\n"drafts/*" = ["HC0"]\n')
    first = assert_same_as_fresh(invoke, "validate", str(content_copy), "--select", "HC0", "--strict")
    (article / "article.yaml").unlink()
    (article / "article.yaml").symlink_to(live / "article.yaml")
    assert assert_same_as_fresh(invoke, "validate", str(content_copy), "--select", "HC0", "--strict").stdout \
        == first.stdout


def test_a_working_folder_whose_name_is_not_utf8(invoke: Invoke, content_copy: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/lat\xe9"))
    odd.mkdir()
    monkeypatch.chdir(odd)
    for form in ("text", "json", "github", "sarif"):
        for _ in range(2):
            result = assert_same_as_fresh(invoke, "validate", str(content_copy), "-f", form)
            assert result.exit_code == ExitCode.OK and "alsinfo: note" not in result.stderr


def test_names_that_are_not_utf8_in_every_format_and_the_cache_stays_in_use(invoke: Invoke,
                                                                           content_copy: Path) -> None:
    article = content_copy / "als-stem-cell-therapy"
    (article / os.fsdecode(b"x\xe9")).write_text("stray\n")
    for form in ("text", "json", "github", "sarif"):
        for _ in range(2):
            result = assert_same_as_fresh(invoke, "validate", str(content_copy), "-f", form, "--ignore", "HC")
            assert result.exit_code == ExitCode.CONTENT_PROBLEMS and result.stderr == ""
    sarif = json.loads(invoke("validate", str(content_copy), "-f", "sarif").stdout)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]]
    assert any(uri.endswith("/x%E9") for uri in uris)


def test_a_database_with_damaged_pages_is_rebuilt(invoke: Invoke, content_copy: Path, tmp_path: Path) -> None:
    for number in range(30):  # enough rows for the database to span several pages
        shutil.copytree(content_copy / "als-stem-cell-therapy", content_copy / f"copy-{number:02d}")
    invoke("validate", str(content_copy))
    database = tmp_path / "xdg-cache" / "alsinfo" / "alsinfo.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(database.read_bytes())
    data[4096:12288] = b"A" * 8192
    database.write_bytes(bytes(data))
    damaged = assert_same_as_fresh(invoke, "validate", str(content_copy))
    assert "rebuilt" in damaged.stderr or "was not used" in damaged.stderr
    again = assert_same_as_fresh(invoke, "validate", str(content_copy))
    assert again.stderr == ""  # rebuilt, and in use again


def test_an_article_folder_that_is_a_link_is_judged_where_it_points(
        invoke: Invoke, content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The link is retargeted to a byte-identical copy that a per-file ignore covers: the cached
    verdict of the first target must not stand for the second."""
    monkeypatch.setattr(engine_module, "RACY_NS", 0)
    article = content_copy / "als-stem-cell-therapy"
    drafts, live = tmp_path / "drafts", tmp_path / "live"
    drafts.mkdir()
    live.mkdir()
    shutil.copytree(article, drafts / article.name)
    article.rename(live / article.name)
    (tmp_path / ".alsinfo.toml").write_text('[per-file-ignores]\n"drafts/*/*.yaml" = ["HC0"]\n')
    article.symlink_to(live / article.name)
    first = assert_same_as_fresh(invoke, "validate", str(content_copy), "--select", "HC0", "--strict")
    article.unlink()
    article.symlink_to(drafts / article.name)
    second = assert_same_as_fresh(invoke, "validate", str(content_copy), "--select", "HC0", "--strict")
    assert "HC0" in first.stdout and "HC0" not in second.stdout


def test_validate_and_the_readers_take_a_linked_article_folder_s_configuration_from_one_place(
        invoke: Invoke, content_copy: Path, tmp_path: Path) -> None:
    article = content_copy / "als-stem-cell-therapy"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    article.rename(elsewhere / article.name)
    article.symlink_to(elsewhere / article.name)
    # Beside the link's target, a configuration that makes a warning of the shipped article an error.
    (elsewhere / ".alsinfo.toml").write_text('[rules.HC202]\nseverity = "error"\n')
    (content_copy / ".alsinfo.toml").write_text("")
    validated = invoke("validate", str(content_copy))
    read = invoke("faq", "--content", str(content_copy))
    assert validated.exit_code == read.exit_code == ExitCode.CONTENT_PROBLEMS


def test_a_linked_article_folder_is_known_by_the_name_of_the_folder_it_points_to(
        invoke: Invoke, content_copy: Path, tmp_path: Path) -> None:
    article = content_copy / "als-stem-cell-therapy"
    article.rename(tmp_path / "als-article")
    (content_copy / "link-name").symlink_to(tmp_path / "als-article")
    assert invoke("faq", "--content", str(content_copy), "-a", "als-article").exit_code == ExitCode.OK
    assert "als-article" in invoke("sections", "--content", str(content_copy), "--json").stdout
