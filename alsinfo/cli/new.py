"""`alsinfo new` (start an article folder) and `alsinfo schemas` (the content schemas, for editors)."""

from pathlib import Path
from typing import Annotated

import typer

from alsinfo.cli.common import ContentOption, UsageError, fail, find_content, guarded
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode


def _write_schemas(folder: Path) -> list[Path]:
    """Copy the content schemas into ``folder`` (made if missing); the files written."""
    from alsinfo.atomic import write_output
    from alsinfo.resources import schemas_dir
    from alsinfo.scaffold import schema_files

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, raw in schema_files(schemas_dir()).items():
        write_output(folder / name, raw)
        written.append(folder / name)
    return written


@guarded
def new(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="The new article's id, e.g. 'ms-exercise': "
                                                                 "lower-case words joined by hyphens.")],
    title: Annotated[str | None, typer.Option("--title", help="The article's title (default: from the id).")] = None,
    language: Annotated[str, typer.Option("--language", help="The article's language, e.g. 'en'.")] = "en",
    content: ContentOption = None,
) -> None:
    """Start an article folder that validates, with schema modelines that work wherever the content lives."""
    from alsinfo.render.safe import one_line
    from alsinfo.scaffold import ID_PATTERN, SCHEMAS_FOLDER, article_files, next_steps

    env = Environment.from_process()
    if not ID_PATTERN.fullmatch(article_id) or len(article_id) > 80:
        raise UsageError(f"'{one_line(article_id)}' is not an article id: use lower-case letters and digits in words "
                         "joined by single hyphens, e.g. 'ms-exercise'")
    if content is not None:
        root = content
    else:
        source = find_content(None, env)
        root = env.cwd / "content" if source.embedded else source.root
    if (root / "article.yaml").is_file() or (root / "sections.yaml").is_file():
        raise UsageError(f"'{one_line(str(root))}' is an article folder; give the content root that holds the "
                         "article folders")
    from alsinfo.snapshot import is_translation_name

    if not is_translation_name(language):
        raise UsageError(f"'{one_line(language)}' is not a language tag: give a BCP 47 tag such as 'en', 'de' or "
                         "'pt-BR'")
    if title is not None and (not title.strip() or not title.isprintable() or title != title.strip()):
        raise UsageError("--title must be one line of visible text, without leading or trailing spaces")
    folder = root / article_id
    if folder.exists():
        raise UsageError(f"'{one_line(str(folder))}' already exists")
    files = article_files(title or article_id.replace("-", " ").capitalize(), language)
    try:
        folder.mkdir(parents=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        schemas = root / SCHEMAS_FOLDER
        if not (schemas / "article.schema.json").is_file():
            _write_schemas(schemas)
    except OSError as error:
        raise fail(env, f"cannot create '{one_line(str(folder))}': {error.strerror or error}",
                   ExitCode.OUTPUT_ERROR) from None
    shown = one_line(_relative(folder, env.cwd))
    env.stdout.write(f"Created {shown} with {', '.join(files)}; the schemas are in "
                     f"{one_line(_relative(root / SCHEMAS_FOLDER, env.cwd))}.\nNext:\n")
    for number, step in enumerate(next_steps(shown), start=1):
        env.stdout.write(f"  {number}. {step}\n")


def _relative(path: Path, base: Path) -> str:
    from alsinfo.results import display_path

    return display_path(path.absolute(), base.absolute())


@guarded
def schemas(
    write: Annotated[Path | None, typer.Option(
        "--write", metavar="DIR", show_default=False,
        help="Copy the content schemas into DIR (made if missing), e.g. content/_schemas, for editors' YAML "
             "language servers.")] = None,
) -> None:
    """List the content schemas, or copy them beside your content with --write DIR."""
    import json

    from alsinfo.render.safe import one_line
    from alsinfo.resources import schemas_dir
    from alsinfo.scaffold import schema_files

    env = Environment.from_process()
    if write is None:
        for name, raw in schema_files(schemas_dir()).items():
            env.stdout.write(f"{name}  {json.loads(raw)['$id']}\n")
        env.stdout.write(f"Shipped in {schemas_dir()}; `alsinfo schemas --write DIR` copies them.\n")
        return
    try:
        written = _write_schemas(write)
    except OSError as error:
        raise fail(env, f"cannot write to '{one_line(str(write))}': {error.strerror or error}",
                   ExitCode.OUTPUT_ERROR) from None
    env.stdout.write(f"Wrote {len(written)} schemas to {one_line(_relative(write, env.cwd))}.\n")
