"""The cache as readers use it: a hit skips validation, an edit is never served stale, damage is survivable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from alsinfo.cache import Cache
from alsinfo.config import Config
from alsinfo.editorial import config_for
from alsinfo.exitcodes import ExitCode
from alsinfo.reading import open_article
from alsinfo.resources import schemas_dir
from tests.conftest import Invoke, edit


def open_with(cache: Cache | None, folder: Path):  # type: ignore[no-untyped-def]
    return open_article(folder, schemas_folder=schemas_dir(), cache=cache, today=dt.date(2026, 11, 25),
                        base=folder.parent, config=Config())


def test_second_open_is_a_hit(tmp_path: Path, article_dir: Path) -> None:
    cache = Cache(tmp_path / "cache")
    assert open_with(cache, article_dir).from_cache is False
    again = open_with(cache, article_dir)
    assert again.from_cache is True
    assert again.article == open_with(None, article_dir).article


def test_edit_is_a_miss_and_is_served_fresh(tmp_path: Path, article_dir: Path) -> None:
    cache = Cache(tmp_path / "cache")
    open_with(cache, article_dir)
    edit(article_dir / "faq.yaml", "Does stem cell therapy completely cure ALS?", "Does it cure ALS?")
    opened = open_with(cache, article_dir)
    assert opened.from_cache is False
    assert opened.article is not None and opened.article.faq[0].question == "Does it cure ALS?"


def test_edit_that_breaks_content_is_never_hidden_by_the_cache(tmp_path: Path, article_dir: Path) -> None:
    cache = Cache(tmp_path / "cache")
    open_with(cache, article_dir)
    edit(article_dir / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    opened = open_with(cache, article_dir)
    assert opened.article is None and [p.rule for p in opened.problems] == ["S201", "S202"]


def test_new_file_in_the_folder_is_a_miss(tmp_path: Path, article_dir: Path) -> None:
    cache = Cache(tmp_path / "cache")
    open_with(cache, article_dir)
    (article_dir / "faqs.yaml").write_text("entries: []\n")
    opened = open_with(cache, article_dir)
    assert opened.article is None and "I305" in {problem.rule for problem in opened.problems}


def test_changed_schema_is_a_miss(tmp_path: Path, article_dir: Path) -> None:
    import shutil

    schemas = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), schemas)
    cache = Cache(tmp_path / "cache")
    first = open_article(article_dir, schemas_folder=schemas, cache=cache, today=dt.date(2026, 11, 25),
                         base=tmp_path, config=Config())
    assert first.article is not None
    path = schemas / "faq.schema.json"
    path.write_text(path.read_text().replace('"required": ["id", "question", "answer"]',
                                             '"required": ["id", "question", "answer", "references"]'))
    second = open_article(article_dir, schemas_folder=schemas, cache=cache, today=dt.date(2026, 11, 25),
                          base=tmp_path, config=Config())
    assert second.from_cache is False and second.article is None


@pytest.mark.parametrize("garbage", [b"", b"this is not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_database_is_rebuilt(tmp_path: Path, article_dir: Path, garbage: bytes) -> None:
    cache = Cache(tmp_path / "cache")
    open_with(cache, article_dir)
    cache.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{cache.path}{suffix}").unlink(missing_ok=True)
    cache.path.write_bytes(garbage)
    again = Cache(tmp_path / "cache")
    assert open_with(again, article_dir).from_cache is False
    assert open_with(again, article_dir).from_cache is True


def test_a_damaged_row_is_a_miss(tmp_path: Path, article_dir: Path) -> None:
    import sqlite3

    cache = Cache(tmp_path / "cache")
    open_with(cache, article_dir)
    cache.close()
    with sqlite3.connect(cache.path) as db:
        db.execute("UPDATE verdicts SET problems = '[not json', data = '{'")
    opened = open_with(Cache(tmp_path / "cache"), article_dir)
    assert opened.from_cache is False and opened.article is not None


def test_unwritable_cache_dir_still_reads(tmp_path: Path, article_dir: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    cache = Cache(blocker / "alsinfo")
    opened = open_with(cache, article_dir)
    assert opened.article is not None and opened.from_cache is False
    assert cache.notice is not None and "was not used" in cache.notice


def test_cli_uses_xdg_cache_home_and_no_cache_skips_it(invoke: Invoke, tmp_path: Path, article_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cache_home = tmp_path / "xdg"
    assert invoke("faq", "--content", str(article_dir), env={"XDG_CACHE_HOME": str(cache_home)}).exit_code == 0
    assert (cache_home / "alsinfo" / "alsinfo.sqlite3").is_file()

    def no_validation(*args: object, **kwargs: object) -> None:
        raise AssertionError("validated although the cache holds a verdict")

    monkeypatch.setattr("alsinfo.check.check_article", no_validation)
    assert invoke("faq", "--content", str(article_dir), env={"XDG_CACHE_HOME": str(cache_home)}).exit_code == 0
    # --no-cache and ALSINFO_NO_CACHE=1 validate again (and so hit the patched checker).
    for args, env in ((("--no-cache",), {}), ((), {"ALSINFO_NO_CACHE": "1"})):
        result = invoke("faq", *args, "--content", str(article_dir), env={"XDG_CACHE_HOME": str(cache_home), **env})
        assert result.exit_code == ExitCode.INTERNAL_ERROR


def test_cli_with_unwritable_cache_home_works(invoke: Invoke, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("faq", "1", env={"XDG_CACHE_HOME": str(blocker)})
    assert result.exit_code == ExitCode.OK and result.stdout.startswith("1. Does stem cell therapy")
    assert result.stderr.count("\n") == 1 and "was not used" in result.stderr


def test_a_verdict_lasts_only_as_long_as_its_date_checks(tmp_path: Path, article_dir: Path) -> None:
    # With HC003 made an error, an article reviewed twelve months ago reads today and not next month.
    (article_dir / ".alsinfo.toml").write_text('[rules.HC003]\nseverity = "error"\n')
    edit(article_dir / "article.yaml", "language: en\n", "language: en\nlast_reviewed: 2025-11-25\n")
    cache = Cache(tmp_path / "cache")
    config = config_for(article_dir)

    def open_on(day: dt.date):  # type: ignore[no-untyped-def]
        return open_article(article_dir, schemas_folder=schemas_dir(), cache=cache, today=day,
                            base=article_dir.parent, config=config)

    assert open_on(dt.date(2026, 11, 25)).article is not None
    assert open_on(dt.date(2026, 12, 24)).from_cache is True  # still twelve months
    late = open_on(dt.date(2026, 12, 25))
    assert late.article is None
    assert [problem.rule for problem in late.problems if problem.severity == "error"] == ["HC003"]
    assert open_on(dt.date(2026, 11, 24)).from_cache is False  # a clock set back checks again
