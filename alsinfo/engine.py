"""Check articles with the cache: serve what it vouches for, check the rest (in parallel), in order.

For each article, the main process takes the folder's stamp and asks the cache; a row whose stamp
is the same (and whose date checks still hold) is served without reading a byte. Any other article
is examined (by a worker process when there are several): its folder is stamped, read once into a
snapshot and stamped again; the snapshot's key is compared with the cached row's, and only a
different key is checked. What is stored is computed from exactly that snapshot, and its stamp is
kept only if the folder stood still while it was read. Results come back in the targets' order, so
a parallel run reports what a serial run does.

A run served from the cache imports neither the loader nor the checks.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from alsinfo.cache import Cache, Entry, folder_key
from alsinfo.config import Config
from alsinfo.content import ArticleTarget
from alsinfo.problems import Problem, Severity
from alsinfo.results import (
    ArticleResult,
    CachedProblems,
    Verdict,
    decode_problems,
    display_path,
    encode_problems,
    horizon_text,
    narrow,
    shown_from,
)
from alsinfo.snapshot import context_key, context_salt, digest, read_snapshot, stamp
from alsinfo.snapshot import key as snapshot_key

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from alsinfo.schemas import SchemaSet

WINDOW_PER_JOB = 64  # articles in flight per process: enough to keep workers busy, few enough to bound memory
# A file changed this recently may change again within the file system's timestamp granularity
# without its stamp changing (git's "racily clean" files): such a stamp is not kept.
RACY_NS = 2_000_000_000


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@lru_cache(maxsize=2)
def _schemas(folder: Path, salt: str) -> SchemaSet:
    """The schemas, built once per process (validators included) for each version of them."""
    from alsinfo.schemas import SchemaSet

    return SchemaSet(folder)


class Job(NamedTuple):
    """One article to examine: its configuration and context, and the key of the cached row that
    still holds today ("" if none), which spares the check when the snapshot has that key."""

    folder: Path
    config: Config | None
    salt: str  # see context_salt
    context: str
    known: str
    today: dt.date
    schemas_folder: Path
    trusted_before: int  # a stamp whose newest file changed after this (ns) is not kept
    keep_data: bool = False


class Outcome(NamedTuple):
    """What examining an article found, as the cache keeps it (encoded in the worker, in parallel)."""

    key: str
    stamp: str  # the stamp the snapshot was read under; "" when the folder moved while read, or too lately
    entry: Entry | None  # None: the snapshot is the one cached under the job's `known` key


def examine(job: Job) -> tuple[Outcome, Verdict | None]:
    """Read the article once and check it, unless it is the one cached; the verdict when checked."""
    from alsinfo.check import check_article

    before = stamp(job.folder)
    snapshot = read_snapshot(job.folder)
    after = stamp(job.folder)
    # The stamp vouches for the snapshot only if the folder stood still while it was read: the same
    # stamp before and after, listing what the snapshot listed, and no file changed too lately.
    still = before is not None and before == after and before.listing == snapshot.listing \
        and before.newest_ns < job.trusted_before
    kept_stamp = before.text if still and before is not None else ""
    key = snapshot_key(job.context, snapshot)
    if key == job.known:
        return Outcome(key, kept_stamp, None), None
    schemas = _schemas(job.schemas_folder, job.salt)
    verdict = check_article(snapshot, schemas=schemas, today=job.today, config=job.config)
    problems = encode_problems(verdict.problems)
    data = json.dumps(verdict.data) if job.keep_data and verdict.data is not None else None
    entry = Entry(kept_stamp, key, job.today.isoformat(), horizon_text(verdict.valid_until), verdict.files_checked,
                  problems, data, digest(job.context, os.fsencode(job.folder), problems))
    return Outcome(key, kept_stamp, entry), verdict


def settled(cached: Entry | None, outcome: Outcome) -> tuple[Entry, bool]:
    """The row that stands once an article is examined, and whether the cache must be written: the
    new verdict, or the cached one, now vouched for by the stamp its snapshot was read under."""
    if outcome.entry is not None:
        return outcome.entry, True
    if cached is None:
        raise RuntimeError("an article judged unchanged with nothing cached to compare")
    return cached._replace(stamp=outcome.stamp), outcome.stamp != cached.stamp


def _examine_in_worker(job: Job) -> Outcome:
    return examine(job)[0]  # the verdict's documents and model stay in the worker


def _unreported(target: ArticleTarget, every: Sequence[Problem], reported: Sequence[Problem],
                base: Path) -> tuple[str, ...]:
    """When only some files of an article were named, what their report cannot say: that errors in
    its other files kept the cross-file checks and editorial rules from running."""
    # The rules need every file loaded and fitting its schema (see check_article).
    others = sorted({p.file for p in every if p.severity is Severity.ERROR and p not in reported
                     and (p.rule[0] in "LS" or p.rule == "I304")})
    if not others:
        return ()
    folder = display_path(target.folder, base)
    return (f"The editorial rules did not run on {folder}: {', '.join(others)} "
            f"{'has' if len(others) == 1 else 'have'} errors; `alsinfo validate {folder}` shows them.",)


class _Planned(NamedTuple):
    target: ArticleTarget
    job: Job
    cached: Entry | None  # the row that holds today, if any


class Engine:
    """Checks many targets with a cache and a number of processes."""

    def __init__(self, *, schemas_folder: Path, today: dt.date, base: Path,
                 config_for: Callable[[Path], Config | None], cache: Cache | None = None, jobs: int = 1,
                 display_root: Path | None = None) -> None:
        self.schemas_folder = schemas_folder
        self.today = today
        self.base = base
        self.display_root = display_root  # paths not below `base` are shown from here (see display_path)
        self.config_for = config_for
        self.cache = cache
        self.jobs = max(1, jobs)
        self.articles_from_cache = self.articles_checked = 0
        self._pool: ProcessPoolExecutor | None = None
        self._salt = context_salt(schemas_folder)
        # Stamps are kept only for files last changed before this run began, less the margin.
        self._trusted_before = time.time_ns() - RACY_NS

    @property
    def stats(self) -> tuple[int, int]:
        """Articles served from the cache, and articles checked, so far."""
        return self.articles_from_cache, self.articles_checked

    def run(self, targets: Sequence[ArticleTarget]) -> Iterator[ArticleResult]:
        """The result of every target, in order.

        Targets go through in windows: each is planned (stamped, cache asked) and handed to the
        workers; while they work on it, the next window is planned and handed out, so they never
        wait while the main process prints; at most two windows are in flight, bounding memory.
        """
        size = WINDOW_PER_JOB * self.jobs
        windows = [targets[start:start + size] for start in range(0, len(targets), size)]
        try:
            pending: deque[tuple[list[ArticleResult | _Planned], Iterator[Outcome]]] = deque()
            for window in windows:
                pending.append(self._start(window))
                if len(pending) == 2:
                    yield from self._finish(*pending.popleft())
            while pending:
                yield from self._finish(*pending.popleft())
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None

    def _start(self, targets: Sequence[ArticleTarget]) -> tuple[list[ArticleResult | _Planned], Iterator[Outcome]]:
        rows = self.cache.verdicts([target.folder for target in targets]) if self.cache is not None else {}
        plan: list[ArticleResult | _Planned] = []
        for target in targets:
            config = self.config_for(target.folder)
            context = context_key(self._salt, config)
            entry = rows.get((folder_key(target.folder), context))
            if entry is not None and not entry.holds_on(self.today):
                entry = None
            if entry is not None and entry.vouched_for_by_stamp(target.folder):
                self.articles_from_cache += 1
                plan.append(self._result(target, entry))
                continue
            job = Job(target.folder, config, self._salt, context, entry.key if entry is not None else "", self.today,
                      self.schemas_folder, self._trusted_before)
            plan.append(_Planned(target, job, entry))
        return plan, self._execute([item.job for item in plan if isinstance(item, _Planned)])

    def _finish(self, plan: list[ArticleResult | _Planned], outcomes: Iterator[Outcome]) -> Iterator[ArticleResult]:
        written: list[tuple[Path, str, Entry]] = []
        for item in plan:
            if isinstance(item, ArticleResult):
                yield item
                continue
            outcome = next(outcomes)
            entry, changed = settled(item.cached, outcome)
            if outcome.entry is None:
                self.articles_from_cache += 1
            else:
                self.articles_checked += 1
            if changed:
                written.append((item.target.folder, item.job.context, entry))
            yield self._result(item.target, entry)
        if self.cache is not None and written:
            self.cache.put_verdicts(written)

    def _result(self, target: ArticleTarget, entry: Entry) -> ArticleResult:
        if target.only is None:
            return ArticleResult(target, CachedProblems(entry.problems, target.folder, self.base, self.display_root),
                                 entry.files, entry.verdict)
        every = decode_problems(entry.problems)
        problems = narrow(target, every)
        return ArticleResult(target, shown_from(problems, target.folder, self.base, self.display_root),
                             len(target.only), notes=_unreported(target, every, problems, self.base))

    def _execute(self, work: list[Job]) -> Iterator[Outcome]:
        if self.jobs == 1 or len(work) < 2:
            return (_examine_in_worker(job) for job in work)
        if self._pool is None:  # started once, used by every window
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        chunk = max(1, min(16, len(work) // (self.jobs * 4)))
        return self._pool.map(_examine_in_worker, work, chunksize=chunk)
