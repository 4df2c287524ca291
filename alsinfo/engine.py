"""Validate many articles fast: skip what the cache vouches for, check the rest in parallel, in order.

The main process stamps each article folder (see fingerprints) and asks the cache; an article whose
stamp is unchanged is served without reading a byte. The others go to worker processes in chunks
(each worker builds the schema validators and rules once): a worker reads and fingerprints the
files, serves an article that was only touched from its entry, takes unchanged files from the
cache and checks the rest. Results come back, and are yielded, in the targets' order, so a
parallel run reports exactly what a serial run does.

A cached run imports neither the loader nor the checks: they are imported when something is checked.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from alsinfo import __version__, fingerprints
from alsinfo.config import CONFIG_NAMES, Config
from alsinfo.content import KINDS, SUFFIX, ArticleTarget
from alsinfo.fingerprints import Keys
from alsinfo.problems import Problem
from alsinfo.results import (
    ArticleResult,
    CachedProblems,
    encode_problems,
    files_in,
    holds_on,
    horizon_text,
    narrow,
)
from alsinfo.store import ArticleEntry, ValidationStore

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from alsinfo.schemas import SchemaSet

WINDOW_PER_JOB = 64  # articles in flight per process: enough to keep workers busy, few enough to bound memory
# A file changed this recently may change again within the file system's timestamp granularity
# without its stamp changing (git's "racily clean" files): its article is not served by stamp.
RACY_NS = 2_000_000_000


class Preparer(NamedTuple):
    """What the caller wants made from each article's problems, and kept in the cache beside them.

    ``make`` runs where the article is checked, worker processes included, so it must be a
    module-level function; it returns text, as the cache keeps it, which ``revive`` turns into
    what the caller uses (the encoding is the caller's: the engine only carries and stores it).
    ``key`` names the preparation and all it depends on: a cached one is used only under the same key.
    ``slot`` is where the cache keeps it (one per article and slot): preparations for different
    uses (report formats) keep different slots, so they do not displace each other.
    """

    slot: str
    key: str
    make: Callable[[Sequence[Problem]], str]
    revive: Callable[[str], Any]


class Job(NamedTuple):
    """One article to check, with what the main process knows of it.

    With a ``store``, the worker reads the files, fingerprints them under ``context`` (the folder
    listed as ``entries``) and, if ``lookup``, asks the cache for them itself, so the main process
    never reads content: if the article turns out to be the one cached as ``known`` (its files were
    touched, not changed), the worker says so and checks nothing.
    """

    target: ArticleTarget
    config: Config | None
    today: dt.date
    base: Path
    schemas_folder: Path
    prepare: Callable[[Sequence[Problem]], str] | None
    store: Path | None = None
    context: str = ""
    entries: tuple[str, ...] = ()
    known: str = ""
    lookup: bool = False


class Stats(NamedTuple):
    articles_from_cache: int
    files_from_cache: int
    files_checked: int


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@cache
def _schemas(folder: Path) -> SchemaSet:
    from alsinfo.schemas import SchemaSet

    return SchemaSet(folder)  # built once per process, validators included


class Outcome(NamedTuple):
    """What a worker sends back: the result (without documents) and its cache entries, already
    encoded as JSON, so that encoding runs in the workers, in parallel, not in the main process."""

    result: ArticleResult | None  # None: the article is the one cached, unchanged
    files: dict[str, str]
    article: str  # its problems travel as this JSON, not as objects: most runs never need them
    prepared: str  # what the Preparer made; "" when nothing was prepared
    keys: Keys | None  # the fingerprints, when the worker read the files
    files_from_cache: int = 0


@cache
def _store(path: Path, process: int) -> ValidationStore:
    # One connection per process, for reading file entries; keyed by the process too, since a
    # connection must never cross a fork (a serial run may open it before the pool starts).
    return ValidationStore(path)


def _run(job: Job) -> Outcome:
    from alsinfo.check import check_article

    sources = fingerprints.read_sources(job.target) if job.store is not None else None
    keys, cached = None, {}
    if sources is not None and job.store is not None:
        keys = fingerprints.keys(job.context, job.entries, sources)
        if keys.article == job.known:
            return Outcome(None, {}, "", "", keys)
        if job.lookup:  # files are cached with their article: none without it
            store = _store(job.store, os.getpid())
            for kind, key in keys.files.items():
                payload = store.file(str(job.target.kind_path(kind)), key)
                if payload is not None:
                    cached[kind] = payload
    result = check_article(job.target, schemas=_schemas(job.schemas_folder), today=job.today, base=job.base,
                           config=job.config, sources=sources, cached=cached)
    files = {kind: json.dumps(payload, ensure_ascii=False) for kind, payload in result.file_payloads.items()}
    article = _article_payload(result, job.base)
    # Prepared from every problem of the article, as the cache keeps it for any later run.
    prepared = job.prepare(result.all_problems) if job.prepare else ""
    light = result._replace(problems=(), documents={}, file_payloads={}, all_problems=())
    return Outcome(light, files, article, prepared, keys, len(cached))


def _article_payload(result: ArticleResult, base: Path) -> str:
    """The article's problems as cache data, each file named by its absolute path (a shown name is
    relative to ``base``, or already absolute, which joining keeps)."""
    return encode_problems(result.all_problems, lambda file: str(base / file))


class _Plan(NamedTuple):
    """An article the cache could not serve from its stamp: what to check, and how to file the result."""

    job: Job
    entry: ArticleEntry | None  # what the cache holds for the folder, if anything
    stamp: str


class _Window(NamedTuple):
    """Targets under way: each served from the cache or planned, the workers' results as they come,
    and the cache entries found right by content whose stamp or preparation is to be refreshed."""

    plan: deque[ArticleResult | _Plan]
    done: Iterator[Outcome]
    refreshed: list[ArticleEntry]
    busy: bool  # some articles went to the workers


class Engine:
    """Runs checks over many targets with a cache and a number of processes."""

    def __init__(self, *, schemas_folder: Path, today: dt.date, base: Path,
                 config_for: Callable[[Path], Config | None], store: ValidationStore | None = None,
                 jobs: int = 1, prepare: Preparer | None = None) -> None:
        self.schemas_folder = schemas_folder
        self.today = today
        self.base = base
        self.config_for = config_for
        self.store = store
        self.jobs = max(1, jobs)
        self.prepare = prepare
        self.articles_from_cache = self.files_from_cache = self.files_checked = 0
        self._pool: ProcessPoolExecutor | None = None
        schema_bytes = b"".join(path.read_bytes() for path in sorted(schemas_folder.glob("*.json")))
        self._salt = fingerprints.digest(__version__, fingerprints.code_stamp(), schema_bytes)
        self._contexts: dict[str, str] = {}
        self._slot = prepare.slot if prepare is not None else ""
        # Stamps are trusted only for files last changed before this run began, less the margin.
        self._trusted_before = time.time_ns() - RACY_NS

    @property
    def stats(self) -> Stats:
        return Stats(self.articles_from_cache, self.files_from_cache, self.files_checked)

    def run(self, targets: Sequence[ArticleTarget]) -> Iterator[ArticleResult]:
        """The result of every target, in order.

        Targets go through in windows: each is planned (stamped, cache asked) and handed to the
        workers, then its results are yielded and written to the cache. While workers have work,
        the next window is handed out before a window's results are taken, so they never wait
        while the main process prints or writes; at most two windows are in flight, so memory does
        not grow with the tree.
        """
        size = WINDOW_PER_JOB * self.jobs
        windows = [targets[start:start + size] for start in range(0, len(targets), size)]
        if not windows:
            return
        try:
            current = self._start(windows[0])
            for following in windows[1:]:
                if current.busy:  # workers are on it: give them the next window before waiting
                    upcoming = self._start(following)
                    yield from self._finish(current)
                else:  # all from the cache: one window at a time keeps memory down
                    yield from self._finish(current)
                    upcoming = self._start(following)
                current = upcoming
            yield from self._finish(current)
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None

    def _start(self, targets: Sequence[ArticleTarget]) -> _Window:
        plan: deque[ArticleResult | _Plan] = deque()
        refreshed: list[ArticleEntry] = []
        entries = self.store.articles([str(target.folder) for target in targets], self._slot) if self.store else {}
        for target in targets:
            plan.append(self._plan(target, entries.pop(str(target.folder), None), refreshed))
        jobs = [item.job for item in plan if isinstance(item, _Plan)]
        return _Window(plan, self._execute(jobs), refreshed, bool(jobs))

    def _finish(self, window: _Window) -> Iterator[ArticleResult]:
        plan, done, refreshed, _ = window
        pending_files: list[tuple[str, str, str]] = []
        pending_articles: list[ArticleEntry] = []
        while plan:
            item = plan.popleft()  # let go of each result once yielded: memory holds about one window
            if not isinstance(item, _Plan):  # served from the cache
                yield item
                continue
            outcome = next(done)
            target = item.job.target
            result = outcome.result
            if result is None:  # touched, not changed: the cached entry stands
                if item.entry is None:
                    raise RuntimeError(f"{target.folder}: judged unchanged with nothing cached to compare")
                yield self._from_cache(target, item.entry, refreshed, item.stamp, item.job.entries)
                continue
            self.files_checked += len(outcome.files)
            self.files_from_cache += outcome.files_from_cache
            every = CachedProblems(outcome.article, self.base)
            prepared = None
            if outcome.prepared and self.prepare is not None and target.only is None:
                prepared = self.prepare.revive(outcome.prepared)
            keys = outcome.keys
            if keys is not None and self.store is not None:
                folder = target.folder
                pending_files.extend((str(folder / f"{kind}{SUFFIX}"), keys.files[kind], encoded)
                                     for kind, encoded in outcome.files.items())
                prepared_key = self.prepare.key if self.prepare is not None and outcome.prepared else ""
                pending_articles.append(ArticleEntry(str(folder), keys.article, outcome.article, item.stamp,
                                                     self.today.isoformat(), horizon_text(result),
                                                     prepared_key, outcome.prepared))
            yield result._replace(problems=narrow(target, every, self.base), all_problems=every, prepared=prepared)
        if self.store is not None:
            self.store.put_files(pending_files)
            self.store.put_articles(pending_articles, self._slot)
            self.store.refresh_articles(refreshed, self._slot)

    def _context_key(self, config: Config | None) -> str:
        """What every entry depends on besides the files: alsinfo, the schemas, the configuration."""
        described = repr(config)
        if described not in self._contexts:
            self._contexts[described] = fingerprints.digest(self._salt, described)
        return self._contexts[described]

    def _plan(self, target: ArticleTarget, entry: ArticleEntry | None,
              refreshed: list[ArticleEntry]) -> ArticleResult | _Plan:
        """The cached result, if the cache can vouch for it (from ``entry``); else what to check.

        Adds to ``refreshed`` the entries found right by content whose stamp or preparation is new.
        """
        prepare = self.prepare.make if self.prepare is not None else None
        try:
            stamp = fingerprints.stamp(target.folder) if self.store is not None else None
        except OSError:
            stamp = None  # the check reports the folder
        # A folder whose listing holds no configuration file has its parent's configuration,
        # which the run's memo answers for every sibling without looking at each folder again.
        listed_config = stamp is None or not CONFIG_NAMES.isdisjoint(stamp.entries)
        config = self.config_for(target.folder if listed_config else target.folder.parent)
        job = Job(target, config, self.today, self.base, self.schemas_folder, prepare)
        if self.store is None or stamp is None:
            return _Plan(job, None, "")
        context = self._context_key(config)
        # A stamp is kept only when every file is older than the run: a later edit changes it.
        stamp_text = f"{context}|{stamp.text}" if stamp.newest_ns < self._trusted_before else ""
        current = entry is not None and holds_on(self.today, entry.made_on, entry.valid_until)
        if entry is not None and current and stamp_text and entry.stamp == stamp_text:
            return self._from_cache(target, entry, refreshed, stamp_text, stamp.entries)
        known = entry.fingerprint if entry is not None and current else ""
        return _Plan(job._replace(store=self.store.path, context=context, entries=stamp.entries, known=known,
                                  lookup=entry is not None), entry, stamp_text)

    def _from_cache(self, target: ArticleTarget, entry: ArticleEntry, refreshed: list[ArticleEntry],
                    stamp: str, entries: tuple[str, ...]) -> ArticleResult:
        self.articles_from_cache += 1
        every = CachedProblems(entry.payload, self.base)
        prepared, prepared_key, prepared_text = None, entry.prepared_key, entry.prepared
        if self.prepare is not None:
            if entry.prepared_key != self.prepare.key:  # for another folder, or not yet: make it here, once
                prepared_key, prepared_text = self.prepare.key, self.prepare.make(every)
            prepared = self.prepare.revive(prepared_text)
        if (stamp, prepared_key) != (entry.stamp, entry.prepared_key):
            remade = prepared_key != entry.prepared_key  # else only the stamp is new: keep the prepared row
            refreshed.append(entry._replace(stamp=stamp, prepared_key=prepared_key if remade else "",
                                            prepared=prepared_text if remade else ""))
        present = {kind for kind in KINDS if f"{kind}{SUFFIX}" in entries}
        return ArticleResult(target, narrow(target, every, self.base), {}, files_in(target, present), {}, every,
                             prepared if target.only is None else None)

    def _execute(self, work: list[Job]) -> Iterator[Outcome]:
        if self.jobs == 1 or len(work) < 2:
            return (_run(job) for job in work)
        if self._pool is None:  # started once, used by every window
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        chunk = max(1, min(16, len(work) // (self.jobs * 4)))
        return self._pool.map(_run, work, chunksize=chunk)
