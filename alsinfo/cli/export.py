"""`alsinfo export`: the article as Markdown, HTML, JSON, JSON-LD or CSL-JSON, to stdout or a file."""

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from alsinfo.cli.common import (
    ArticleOption,
    ContentOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    UsageError,
    an_article_id,
    fail,
    guarded,
)
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode
from alsinfo.export import EXPORTERS

if TYPE_CHECKING:
    from alsinfo.model import Article

# The --format choices are the exporter registry's names.
ExportFormat = Enum("ExportFormat", {name: name for name in EXPORTERS}, type=str)  # type: ignore[misc]

FORMAT_HELP = "Output format: " + ", ".join(f"{e.name} ({e.description})" for e in EXPORTERS.values()) + "."


@guarded
def export(
    positional_id: Annotated[str | None, typer.Argument(
        metavar="[ARTICLE]", show_default=False, hidden=True, callback=an_article_id,
        help="The article's id, as --article gives it (kept for scripts written before --article).")] = None,
    article_id: ArticleOption = None,
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help=FORMAT_HELP)] = ExportFormat["markdown"],
    as_json: JsonOption = False,
    output_name: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Write to FILE instead of stdout ('-' is stdout). A regular file is replaced atomically and keeps "
             "its mode; a device or FIFO is written to in place. HTML and Markdown name images by file name: "
             "they are copied beside FILE. Without --article, an existing folder (or any name, when the content "
             "holds several articles) gets every article: ID/index.<suffix> with its images, and for HTML an "
             "index.html.")] = None,
    content: ContentOption = None,
    language: LangOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Export the validated article; invalid content is not exported, and editorial notes never are."""
    from alsinfo.cli.reader import open_active

    env = Environment.from_process()
    if output_name == "":  # as a Path, '' would be '.', and every article would be written here
        raise UsageError("--output needs a file or folder name ('-' writes to stdout)")
    output = None if output_name is None else Path(output_name)
    if positional_id is not None and article_id is not None and positional_id != article_id:
        raise UsageError(f"two articles asked for: '{positional_id}' and --article '{article_id}'")
    form = "json" if as_json else ExportFormat(output_format).value
    if output is not None and str(output) != "-" and not (article_id or positional_id) \
            and (output.is_dir() or _several_articles(env, content)):
        export_site(env, content, form, output, no_cache, language)
        return
    opened = open_active(env, content, article_id or positional_id, no_cache)
    if opened.article is None:
        from alsinfo.render.report import styled_text
        from alsinfo.results import CheckReport

        report = CheckReport(opened.problems, opened.files_checked, 1)
        env.console(stderr=True).print(styled_text(report), soft_wrap=True)
        raise fail(env, "the article has errors and was not exported; fix them (see `alsinfo validate`)",
                   ExitCode.CONTENT_PROBLEMS)
    article = opened.in_language(language)
    assert article is not None
    # One page alone cannot know where the others will be: it links only those with a canonical URL.
    known = tuple(version for version in article.versions if version[1])
    article = article._replace(versions=known if len(known) > 1 and article.versions[0][1] else ())
    text = EXPORTERS[form].render(article)
    if output is None or str(output) == "-":
        # UTF-8 whatever the terminal's encoding (a test's StringIO has no bytes to write)
        getattr(env.stdout, "write_utf8", env.stdout.write)(text)
        return
    from alsinfo.render.safe import one_line

    try:
        _write_page(output, text, article, opened.folder, EXPORTERS[form].shows_images)
    except OSError as error:
        # A temporary file's name means nothing to the user: name the output, or the image that failed.
        where = error.filename if isinstance(error.filename, str) and ".alsinfo-tmp-" not in error.filename \
            else output
        raise fail(env, f"cannot write '{one_line(str(where))}': {error.strerror or error}",
                   ExitCode.OUTPUT_ERROR) from None


def _write_page(page: Path, text: str, article: "Article", folder: Path, shows_images: bool) -> None:
    """Write an exported page, and beside it the images it shows (from the article's ``folder``)."""
    from alsinfo.atomic import write_output

    write_output(page, text)
    if shows_images:
        from alsinfo.export.images import copy_images

        copy_images(article, folder, page)


def export_site(env: Environment, content: Path | None, form: str, folder: Path, no_cache: bool,
                language: str | None = None) -> None:
    """Every article of the content into ``folder``: ``ID/index.<suffix>`` with the images it shows,
    each translation at ``ID/LANG/index.<suffix>`` (only ``language``'s, when given), and for HTML
    an index page linking the articles. Articles with errors are left out, named, and make the exit
    status 1; the others are written."""
    from alsinfo.atomic import write_output
    from alsinfo.cli.common import find_content
    from alsinfo.cli.reader import open_active
    from alsinfo.content import articles_in_root, is_article_folder
    from alsinfo.render.safe import one_line

    root = find_content(content, env).root
    targets = [root] if is_article_folder(root) else [t.folder for t in articles_in_root(root)
                                                         if is_article_folder(t.folder)]
    exporter = EXPORTERS[form]
    written, refused = [], []
    for target in targets:
        opened = open_active(env, target, None, no_cache)
        if opened.article is None:
            refused.append(target.name)
            continue
        # A language with a canonical URL is linked there; one without, by its place in the site.
        versions = [(folder / target.name, opened.article)]
        versions += [(folder / target.name / tag, translated) for tag, translated in opened.translations.items()]
        if language is not None:
            versions = [(place, article) for place, article in versions if article.language == language]
        for place, article in versions:
            page = place / f"index{exporter.suffix}"
            try:
                page.parent.mkdir(parents=True, exist_ok=True)
                _write_page(page, exporter.render(article), article, opened.folder, exporter.shows_images)
            except OSError as error:
                raise fail(env, f"cannot write '{one_line(str(page))}': {error.strerror or error}",
                           ExitCode.OUTPUT_ERROR) from None
        if language is None or opened.article.language == language:
            written.append((target.name, opened.article))
    if form == "html" and written:
        from alsinfo.export.html import render_index

        try:
            write_output(folder / "index.html", render_index(written))
        except OSError as error:
            raise fail(env, f"cannot write '{one_line(str(folder / 'index.html'))}': {error.strerror or error}",
                       ExitCode.OUTPUT_ERROR) from None
    env.stdout.write(f"Exported {len(written)} article{'s' if len(written) != 1 else ''} to "
                     f"{one_line(str(folder))}.\n")
    if refused:
        raise fail(env, f"not exported, since they have errors (see `alsinfo validate`): {', '.join(refused)}",
                   ExitCode.CONTENT_PROBLEMS)


def _several_articles(env: Environment, content: Path | None) -> bool:
    from alsinfo.cli.common import find_content
    from alsinfo.content import articles_in_root, is_article_folder

    root = find_content(content, env).root
    return not is_article_folder(root) and sum(is_article_folder(t.folder) for t in articles_in_root(root)) > 1
