"""Property test: whatever happens to the files and the calendar between runs, a cached run reports
exactly what checking everything afresh reports."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from alsinfo.store import ValidationStore
from hypothesis import given, settings
from hypothesis import strategies as st

from alsinfo import engine as engine_module
from alsinfo.config import Config
from alsinfo.content import resolve_targets
from alsinfo.engine import Engine, Preparer
from alsinfo.render.report import REPORTERS, ReportBlock, block_maker, report_block
from alsinfo.resources import embedded_content_root, schemas_dir
from tests.conftest import ARTICLE_ID

START = dt.date(2026, 11, 25)
KINDS = ("article", "sections", "faq", "tables", "references")

# What can happen between two runs: (what, article number, kind of file).
EVENTS = st.tuples(
    st.sampled_from(["break", "mend", "same-size edit, times kept", "touch", "date", "stray file", "remove",
                     "next day", "next month", "clock back"]),
    st.integers(0, 2), st.sampled_from(KINDS))


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


def report(store: ValidationStore | None, root: Path, day: dt.date, form: str) -> list[object]:
    """Each article's problems, and its report items in ``form`` as the engine prepared (and, with a
    store, cached) them, or as made afresh from the problems."""
    prepare = Preparer(form, f"{form}:{root}", block_maker(form), ReportBlock.decode)
    engine = Engine(schemas_folder=schemas_dir(), today=day, base=root, config_for=lambda folder: Config(),
                    store=store, jobs=1, prepare=prepare)
    return [(result.target.article_id, tuple(result.problems), result.prepared,
             report_block(result.problems, REPORTERS[form].item)) for result in engine.run(resolve_targets([root]))]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(EVENTS, st.sampled_from(sorted(REPORTERS))), min_size=1, max_size=8))
def test_a_cached_run_reports_what_a_fresh_check_does(events: list[tuple[tuple[str, int, str], str]]) -> None:
    # Stamps are trusted at once here, so that they, not only content hashes, decide what is served.
    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as work:
        patch.setattr(engine_module, "RACY_NS", 0)
        root, original = Path(work) / "content", embedded_content_root() / ARTICLE_ID
        for number in range(3):
            shutil.copytree(original, root / f"article-{number}")
        store = ValidationStore(Path(work) / "cache.sqlite3")
        day = START
        report(store, root, day, "text")
        for (what, number, kind), form in events:  # each run in a format: formats keep their own items
            day = happen(root, original, what, number, kind, day)
            cached, fresh = report(store, root, day, form), report(None, root, day, form)
            assert cached == fresh, (what, number, kind, form)
            assert all(prepared == made for _, _, prepared, made in cached), (what, number, kind, form)
        store.close()
