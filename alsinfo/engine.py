"""Validate many articles fast: skip what the cache vouches for, check the rest in parallel, in order.

The main process reads each article's files, fingerprints them and asks the cache; articles it
cannot serve are handed to worker processes in chunks (each worker builds the schema validators
and rules once), and their results come back, and are yielded, in the targets' order, so a
parallel run reports exactly what a serial run does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from alsinfo import __version__
from alsinfo.check import (
    ArticleResult,
    check_article,
    display_path,
    files_in,
    narrow,
    problem_from_dict,
    problem_to_dict,
)
from alsinfo.config import Config
from alsinfo.content import KINDS, SUFFIX, ArticleTarget
from alsinfo.loader import MAX_BYTES
from alsinfo.schemas import SchemaSet
from alsinfo.store import ValidationStore

WINDOW_PER_JOB = 64  # articles in flight per process: enough to keep workers busy, few enough to bound memory


class Job(NamedTuple):
    """One article to check, with what the main process already knows of it."""

    target: ArticleTarget
    config: Config | None
    sources: dict[str, bytes] | None
    cached: dict[str, dict[str, Any]]
    today: dt.date
    base: Path
    schemas_folder: Path


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
    return SchemaSet(folder)  # built once per process, validators included


class Outcome(NamedTuple):
    """What a worker sends back: the result (without documents) and its cache entries, already
    encoded as JSON, so that encoding runs in the workers, in parallel, not in the main process."""

    result: ArticleResult
    files: dict[str, str]
    article: str


def _run(job: Job) -> Outcome:
    result = check_article(job.target, schemas=_schemas(job.schemas_folder), today=job.today, base=job.base,
                           config=job.config, sources=job.sources, cached=job.cached)
    files = {kind: json.dumps(payload, ensure_ascii=False) for kind, payload in result.file_payloads.items()}
    article = json.dumps(_article_payload(result), ensure_ascii=False)
    return Outcome(result._replace(documents={}, file_payloads={}), files, article)


def _article_payload(result: ArticleResult) -> list[dict[str, Any]]:
    """The article's problems as cache data, each naming its file by absolute path."""
    absolute: dict[str, str] = {}
    rows = []
    for problem in result.all_problems:
        row = problem_to_dict(problem)
        if problem.file not in absolute:
            absolute[problem.file] = str(result.target.folder / Path(problem.file).name)
        row["file"] = absolute[problem.file]
        rows.append(row)
    return rows


def _digest(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def _read_sources(target: ArticleTarget) -> dict[str, bytes] | None:
    """Each present content file's bytes (at most the loader's limit and one byte), or None if one
    cannot be read, so that the check itself reports it."""
    sources = {}
    for kind in KINDS:
        path = target.kind_path(kind)
        if path.is_file():
            try:
                with path.open("rb") as stream:
                    sources[kind] = stream.read(MAX_BYTES + 1)
            except OSError:
                return None
        elif path.exists() or path.is_symlink():
            return None  # not a regular file: the check reports it
    return sources


class Engine:
    """Runs checks over many targets with a cache and a number of processes."""

    def __init__(self, *, schemas_folder: Path, today: dt.date, base: Path,
                 config_for: Callable[[Path], Config | None], store: ValidationStore | None = None,
                 jobs: int = 1) -> None:
        self.schemas_folder = schemas_folder
        self.today = today
        self.base = base
        self.config_for = config_for
        self.store = store
        self.jobs = max(1, jobs)
        self.articles_from_cache = self.files_from_cache = self.files_checked = 0
        self._pool: ProcessPoolExecutor | None = None
        schema_bytes = b"".join(path.read_bytes() for path in sorted(schemas_folder.glob("*.json")))
        self._salt = _digest(__version__, schema_bytes)

    @property
    def stats(self) -> Stats:
        return Stats(self.articles_from_cache, self.files_from_cache, self.files_checked)

    def run(self, targets: Sequence[ArticleTarget]) -> Iterator[ArticleResult]:
        """The result of every target, in order.

        Targets go through in windows: each is planned (files read, cache asked), checked, yielded
        and written to the cache before the next is read, so memory does not grow with the tree.
        """
        window = WINDOW_PER_JOB * self.jobs
        try:
            for start in range(0, len(targets), window):
                yield from self._run_window(targets[start:start + window])
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None

    def _run_window(self, targets: Sequence[ArticleTarget]) -> Iterator[ArticleResult]:
        plan: list[ArticleResult | Job] = []
        keys: dict[int, tuple[str, dict[str, str]]] = {}
        for target in targets:
            entry = self._plan(target)
            if isinstance(entry, ArticleResult):  # served from the cache
                plan.append(entry)
            else:
                job, article_key, file_keys = entry
                keys[len(plan)] = (article_key, file_keys)
                plan.append(job)
        done = self._execute([item for item in plan if isinstance(item, Job)])
        pending_files: list[tuple[str, str, str]] = []
        pending_articles: list[tuple[str, str, str]] = []
        for index, item in enumerate(plan):
            if not isinstance(item, Job):
                yield item
                continue
            outcome = next(done)
            self.files_checked += len(outcome.files)
            self.files_from_cache += len(item.cached)
            if keys[index][0] and self.store is not None:
                article_key, file_keys = keys[index]
                folder = item.target.folder
                pending_files.extend((str(folder / f"{kind}{SUFFIX}"), file_keys[kind], encoded)
                                     for kind, encoded in outcome.files.items())
                pending_articles.append((str(folder), article_key, outcome.article))
            yield outcome.result
        if self.store is not None:
            self.store.put_encoded("files", pending_files)
            self.store.put_encoded("articles", pending_articles)

    def _plan(self, target: ArticleTarget) -> ArticleResult | tuple[Job, str, dict[str, str]]:
        config = self.config_for(target.folder)
        sources = _read_sources(target)
        if sources is None or self.store is None:
            return Job(target, config, sources, {}, self.today, self.base, self.schemas_folder), "", {}  # uncached
        config_key = repr(config)
        file_keys = {kind: _digest(self._salt, config_key, raw) for kind, raw in sources.items()}
        try:
            entries = sorted(entry.name for entry in target.folder.iterdir())
        except OSError:
            return Job(target, config, sources, {}, self.today, self.base, self.schemas_folder), "", {}
        article_key = _digest(self._salt, config_key, self.today.isoformat(), *entries,
                              *(f"{kind}={key}" for kind, key in sorted(file_keys.items())))
        hit = self.store.get("articles", str(target.folder), article_key)
        if hit is not None:
            self.articles_from_cache += 1
            shown = {file: display_path(Path(file), self.base) for file in {row["file"] for row in hit}}
            every = tuple(problem_from_dict(row, shown[row["file"]]) for row in hit)
            return ArticleResult(target, narrow(target, every, self.base), {}, files_in(target, set(sources)),
                                 {}, every)
        cached = {}
        for kind, key in file_keys.items():
            payload = self.store.get("files", str(target.kind_path(kind)), key)
            if payload is not None:
                cached[kind] = payload
        return Job(target, config, sources, cached, self.today, self.base, self.schemas_folder), article_key, file_keys

    def _execute(self, work: list[Job]) -> Iterator[Outcome]:
        if self.jobs == 1 or len(work) < 2:
            return (_run(job) for job in work)
        if self._pool is None:  # started once, used by every window
            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        chunk = max(1, min(16, len(work) // (self.jobs * 4)))
        return self._pool.map(_run, work, chunksize=chunk)
