"""`alsinfo translations`: where each translation stands against its source; `... mark` records it current."""

from pathlib import Path
from typing import Annotated, Any

import typer

from alsinfo.cli.common import ArticleOption, ContentOption, UsageError, fail, find_content, guarded
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode

app = typer.Typer(help="Translations: where each stands against its source, and marking them current.",
                  invoke_without_command=True)


def _articles(env: Environment, content: Path | None, article_id: str | None) -> list[Path]:
    from alsinfo.content import articles_in_root, is_article_folder
    from alsinfo.reading import choose_article

    root = find_content(content, env).root
    if article_id is not None or is_article_folder(root):
        return [choose_article(root, article_id)]
    return [target.folder for target in articles_in_root(root) if is_article_folder(target.folder)]


@app.callback()
@guarded
def translations(ctx: typer.Context, article_id: ArticleOption = None,
                 as_json: Annotated[bool, typer.Option("--json", help="Print plain JSON "
                                                       "(schemas/output/translations.schema.json).")] = False,
                 content: ContentOption = None) -> None:
    """A table per article and language: items current, stale (the source changed since the
    translation was marked current), missing and extra, with the ids of the stale and missing ones."""
    if ctx.invoked_subcommand is not None:
        return
    from alsinfo.render.safe import dumps_json, printable
    from alsinfo.resources import schemas_dir
    from alsinfo.schemas import SchemaSet
    from alsinfo.snapshot import read_snapshot
    from alsinfo.translations import read_translations, status

    env = Environment.from_process()
    schemas = SchemaSet(schemas_dir())
    report: list[dict[str, Any]] = []
    for folder in _articles(env, content, article_id):
        found = read_translations(read_snapshot(folder), schemas)
        for language, (data, lock) in found.translations.items():
            state = status(found.source, data, lock)
            report.append({"article": folder.name, "language": language, "marked": lock is not None,
                           "lock_unreadable": language in found.unreadable_locks,
                           "current": len(state.current), "stale": state.stale, "missing": state.missing,
                           "extra": state.extra})
    if as_json:
        env.stdout.write(dumps_json({"version": 1, "translations": report}))
        return
    if not report:
        env.stdout.write("No translations: a translation is a sub-folder of its article named by its language "
                         "tag, e.g. content/<article-id>/de/.\n")
        return
    for row in report:
        counts = (f"{row['current']} current, {len(row['stale'])} stale, {len(row['missing'])} missing, "
                  f"{len(row['extra'])} extra")
        env.stdout.write(printable(f"{row['article']} [{row['language']}]: {counts}"
                                   + ("" if row["marked"] else " (its translation.lock cannot be read: mark it "
                                                               "again)" if row["lock_unreadable"]
                                      else " (never marked current)") + "\n"))
        for word in ("stale", "missing", "extra"):
            if row[word]:
                env.stdout.write(printable(f"  {word}: {', '.join(row[word])}\n"))


@app.command("mark")
@guarded
def mark(
    language: Annotated[str, typer.Argument(metavar="LANG", help="The translation's language tag, e.g. 'de'.")],
    item_ids: Annotated[list[str] | None, typer.Argument(
        metavar="[ITEM-ID]...", show_default=False,
        help="Sections, FAQ entries or tables to mark (by id, or as section:ID); all when none are given.")] = None,
    article_id: ArticleOption = None,
    content: ContentOption = None,
) -> None:
    """Record that the translation (or the items named) is current against the source as it is now.

    What is recorded is the lock `LANG/translation.lock`: the source items' hashes, written by this
    command only, reviewed in diffs like any other file."""
    from alsinfo.atomic import write_output
    from alsinfo.render.safe import one_line
    from alsinfo.resources import schemas_dir
    from alsinfo.schemas import SchemaSet
    from alsinfo.snapshot import LOCK_NAME, read_snapshot
    from alsinfo.translations import lock_text, read_translations, resolve_items

    env = Environment.from_process()
    folders = _articles(env, content, article_id)
    if len(folders) != 1:
        raise UsageError(f"choose the article with --article ID ({len(folders)} articles)")
    folder = folders[0]
    found = read_translations(read_snapshot(folder), SchemaSet(schemas_dir()))
    language = next((tag for tag in found.translations if tag.lower() == language.lower()), language)
    if language not in found.translations:
        known = ", ".join(found.translations) or "none"
        raise UsageError(f"article '{folder.name}' has no translation '{one_line(language)}' (translations: {known})")
    if not found.source_sound:
        raise fail(env, f"the source of '{folder.name}' has errors (see `alsinfo validate`): a translation is "
                        "marked current against a sound source only", ExitCode.CONTENT_PROBLEMS)
    keys = None
    if item_ids:
        keys, unknown = resolve_items(found.source, item_ids)
        if unknown:
            raise UsageError(f"no section, FAQ entry, table or reference {', '.join(map(repr, unknown))} in "
                             f"'{folder.name}'")
    lock = folder / language / LOCK_NAME
    try:
        translated, previous = found.translations[language]
        write_output(lock, lock_text(found.source, translated, previous or {}, keys, env.today))
    except OSError as error:
        raise fail(env, f"cannot write '{one_line(str(lock))}': {error.strerror or error}",
                   ExitCode.OUTPUT_ERROR) from None
    what = "every item" if keys is None else f"{len(keys)} item{'s' if len(keys) != 1 else ''}"
    env.stdout.write(f"Marked {what} of '{folder.name}' [{language}] current in {one_line(str(lock))}.\n")
