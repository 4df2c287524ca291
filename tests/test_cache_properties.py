"""Differential property test: whatever happens between runs (edits, touches, removals, the day,
the working folder, the configuration, the report format) and however runs overlap (several
processes at once), every run with the cache reports exactly what a `--no-cache` run reports."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from alsinfo import engine as engine_module
from alsinfo.cli import app
from alsinfo.cli import environment as environment_module
from alsinfo.render.report import REPORTERS
from alsinfo.resources import embedded_content_root
from tests.conftest import ARTICLE_ID

START = dt.date(2026, 11, 25)
KINDS = ("article", "sections", "faq", "tables", "references")
CONFIGS = ((), ("--ignore", "HC103"), ("--select", "HC2,HC3"), ("--isolated",), ("--ignore", "HC"))
FORMATS = tuple(sorted(REPORTERS))

EDITS = st.tuples(
    st.sampled_from(["break", "mend", "same-size edit, times kept", "touch", "date", "stray file", "remove",
                     "next day", "next month", "clock back"]),
    st.integers(0, 2), st.sampled_from(KINDS))
RUNS = st.tuples(st.just("run"), st.sampled_from(["root", "content", "article", "elsewhere"]),
                 st.integers(0, len(CONFIGS) - 1), st.sampled_from(FORMATS))
PARALLEL = st.tuples(st.just("parallel"), st.lists(st.tuples(st.integers(0, len(CONFIGS) - 1),
                                                             st.sampled_from(FORMATS)), min_size=2, max_size=3))
STEPS = st.lists(st.one_of(EDITS, RUNS, PARALLEL), min_size=1, max_size=10)


def happen(root: Path, original: Path, what: str, number: int, kind: str, day: dt.date) -> dt.date:
    """Make ``what`` happen to article ``number``'s ``kind`` file; return the day of the next run."""
    folder = root / f"article-{number}"
    path = folder / f"{kind}.yaml"
    if what == "break" and path.exists():
        path.write_text(path.read_text(encoding="utf-8") + "\nunknown_key: 1\n", encoding="utf-8")
    elif what == "mend":
        shutil.copy(original / f"{kind}.yaml", path)
    elif what == "same-size edit, times kept" and path.exists():
        times = path.stat()
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("e", "a", 1), encoding="utf-8")
        os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    elif what == "touch" and path.exists():
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**9,) * 2)
    elif what == "date":
        article = folder / "article.yaml"
        text = (original / "article.yaml").read_text(encoding="utf-8")
        reviewed = (day - dt.timedelta(days=365 + 30 * number)).isoformat()
        article.write_text(text.replace("language: en\n", f"language: en\nlast_reviewed: {reviewed}\n"),
                           encoding="utf-8")
    elif what == "stray file":
        (folder / "notes.txt").write_text("draft\n")
    elif what == "remove" and kind not in ("article", "sections"):
        path.unlink(missing_ok=True)
    elif what == "next day":
        return day + dt.timedelta(days=1)
    elif what == "next month":
        return day + dt.timedelta(days=31)
    elif what == "clock back":
        return day - dt.timedelta(days=2)
    return day


class World:
    """A content root of three articles, a cache, a day, and runs of `alsinfo validate` in it."""

    def __init__(self, work: Path, patch: pytest.MonkeyPatch) -> None:
        self.work = work
        self.root = work / "content"
        self.original = embedded_content_root() / ARTICLE_ID
        for number in range(3):
            shutil.copytree(self.original, self.root / f"article-{number}")
        (work / "elsewhere").mkdir()
        self.env = {"XDG_CACHE_HOME": str(work / "cache")}
        self.day = START
        self.patch = patch
        real = environment_module.Environment.from_process
        patch.setattr(environment_module.Environment, "from_process",
                      classmethod(lambda cls: real()._replace(today=self.day)))

    def folder(self, where: str) -> Path:
        return {"root": self.work, "content": self.root, "article": self.root / "article-1",
                "elsewhere": self.work / "elsewhere"}[where]

    def args(self, config: int, form: str) -> list[str]:
        return ["validate", str(self.root), "-f", form, "-j", "2", *CONFIGS[config]]

    def run(self, where: str, config: int, form: str, *, cache: bool = True) -> tuple[int, str]:
        self.patch.chdir(self.folder(where))
        args = self.args(config, form) + ([] if cache else ["--no-cache"])
        result = CliRunner().invoke(app, args, env=self.env, catch_exceptions=False)
        return result.exit_code, result.stdout

    def run_at_once(self, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Start one process per run, all at once (they run on today's date, with real stamps)."""
        env = {**os.environ, **self.env}
        started = [subprocess.Popen([sys.executable, "-m", "alsinfo", *self.args(config, form)], cwd=self.work,
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                   for config, form in runs]
        outputs = [process.communicate(timeout=120)[0] for process in started]
        return [(process.returncode, output) for process, output in zip(started, outputs, strict=True)]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STEPS)
def test_every_cached_run_reports_what_a_fresh_run_does(steps: list[tuple[object, ...]]) -> None:
    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as work:
        patch.setattr(engine_module, "RACY_NS", 0)  # stamps, not only content keys, decide what is served
        world = World(Path(work), patch)
        world.run("root", 0, "text")
        for step in steps:
            if step[0] == "run":
                _, where, config, form = step
                assert world.run(where, config, form) == world.run(where, config, form, cache=False), step
            elif step[0] == "parallel":
                runs: list[tuple[int, str]] = step[1]  # type: ignore[assignment]
                world.day = dt.date.today()  # the processes run on the real date
                outcomes = world.run_at_once(runs)
                for (config, form), outcome in zip(runs, outcomes, strict=True):
                    assert outcome == world.run("root", config, form, cache=False), step
                    assert world.run("root", config, form) == outcome, step  # what they left is right too
            else:
                what, number, kind = step  # type: ignore[misc]
                world.day = happen(world.root, world.original, what, number, kind, world.day)
