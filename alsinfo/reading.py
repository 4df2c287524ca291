"""Open an article for reading: pick its folder, validate it (or trust a cached verdict), build the model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

from alsinfo import __version__
from alsinfo.cache import VerdictCache
from alsinfo.config import Config
from alsinfo.content import KINDS, SUFFIX, ContentPathError, articles_in_root, is_article_folder
from alsinfo.fingerprints import code_stamp
from alsinfo.model import Article, build_article
from alsinfo.problems import Problem
from alsinfo.results import holds_on, horizon_text


class Opened(NamedTuple):
    """An article ready to read, or the problems that keep it from being read."""

    article: Article | None
    problems: tuple[Problem, ...]
    from_cache: bool = False
    files_checked: int = 0  # when it was checked, not served from the cache


def choose_article(root: Path, article_id: str | None) -> Path:
    """The article folder to read: ``root`` itself, or the article ``article_id`` (or the only one) in it."""
    if not root.is_dir():
        raise ContentPathError(f"'{root}' is not a folder: give a content root or an article folder")
    if is_article_folder(root):
        if article_id is not None and article_id != root.name:
            raise ContentPathError(f"'{root}' is the article '{root.name}', not '{article_id}'")
        return root
    ids = [target.article_id for target in articles_in_root(root) if is_article_folder(target.folder)]
    if article_id is not None:
        if article_id in ids:
            return root / article_id
        raise ContentPathError(f"no article '{article_id}' in '{root}'; articles: {', '.join(ids) or 'none'}")
    if len(ids) == 1:
        return root / ids[0]
    if not ids:
        raise ContentPathError(f"no articles found in '{root}'")
    raise ContentPathError(f"'{root}' holds several articles; choose one with --article: {', '.join(ids)}")


def snapshot(folder: Path, schemas_folder: Path, config: Config) -> dict[str, Any]:
    """Everything validity depends on but the date: the folder's entries and their bytes, the
    schemas, the configuration of the editorial rules, alsinfo's version and code.

    Bytes are kept as latin-1 text, which maps every byte to one character and back, so that the
    snapshot is JSON and compares exactly.
    """
    files = {}
    for entry in sorted(folder.iterdir()):
        is_content = entry.is_file() and entry.suffix == SUFFIX
        files[entry.name] = entry.read_bytes().decode("latin-1") if is_content else None
    schemas = {path.name: path.read_bytes().decode("latin-1") for path in sorted(schemas_folder.glob("*.json"))}
    settings = {"file": str(config.file) if config.file else None, "text": config.text,
                "select": config.select, "ignore": list(config.ignore)}
    return {"version": __version__, "code": code_stamp(), "schemas": schemas, "files": files, "config": settings}


def open_article(folder: Path, *, schemas_folder: Path, cache: VerdictCache | None, today: dt.date,
                 base: Path, config: Config | None = None) -> Opened:
    """Validate ``folder`` (a cached verdict for the same inputs skips it) and build the article.

    The article is refused when validation finds errors, editorial errors included: what
    `alsinfo validate` fails, readers do not show.
    """
    config = config if config is not None else Config()
    before = snapshot(folder, schemas_folder, config)
    if cache is not None:
        hit = cache.get(folder, before)
        # A verdict lasts as long as its date checks say the same (an overridden HC003 can turn
        # an article that reads fine today into one refused next month).
        if hit is not None and isinstance(hit.get("data"), dict) and \
                holds_on(today, hit.get("made_on"), hit.get("valid_until")):
            return Opened(build_article(folder.name, hit["data"]), (), from_cache=True)
    # Only a cache miss pays for jsonschema and the checks.
    from alsinfo.check import check_article
    from alsinfo.content import ArticleTarget
    from alsinfo.schemas import SchemaSet

    result = check_article(ArticleTarget(folder), schemas=SchemaSet(schemas_folder), today=today, base=base,
                           config=config)
    if not result.valid:
        return Opened(None, tuple(result.problems), files_checked=result.files_checked)
    data = {kind: document.data for kind, document in result.documents.items() if kind in KINDS}
    # Store only if nothing changed while we were checking, so the verdict matches the bytes it names.
    if cache is not None and snapshot(folder, schemas_folder, config) == before:
        cache.put(folder, before, {"data": data, "made_on": today.isoformat(), "valid_until": horizon_text(result)})
    return Opened(build_article(folder.name, data), tuple(result.problems), files_checked=result.files_checked)
