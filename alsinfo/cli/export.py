"""`alsinfo export`: the article as Markdown, HTML, JSON, JSON-LD or CSL-JSON, to stdout or a file."""

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from alsinfo.cli.common import ArticleOption, ContentOption, JsonOption, NoCacheOption, UsageError, fail, guarded
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode
from alsinfo.export import EXPORTERS

# The --format choices are the exporter registry's names.
ExportFormat = Enum("ExportFormat", {name: name for name in EXPORTERS}, type=str)  # type: ignore[misc]

FORMAT_HELP = "Output format: " + ", ".join(f"{e.name} ({e.description})" for e in EXPORTERS.values()) + "."


@guarded
def export(
    positional_id: Annotated[str | None, typer.Argument(
        metavar="[ARTICLE]", show_default=False, hidden=True,
        help="The article's id, as --article gives it (kept for scripts written before --article).")] = None,
    article_id: ArticleOption = None,
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help=FORMAT_HELP)] = ExportFormat["markdown"],
    as_json: JsonOption = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Write to FILE instead of stdout ('-' is stdout). A regular file is replaced atomically and keeps "
             "its mode; a device or FIFO is written to in place. HTML and Markdown name images by file name: "
             "they are copied beside FILE.")] = None,
    content: ContentOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Export the validated article; invalid content is not exported, and editorial notes never are."""
    from alsinfo.cli.reader import open_active

    env = Environment.from_process()
    if positional_id is not None and article_id is not None and positional_id != article_id:
        raise UsageError(f"two articles asked for: '{positional_id}' and --article '{article_id}'")
    opened = open_active(env, content, article_id or positional_id, no_cache)
    if opened.article is None:
        from alsinfo.render.report import styled_text
        from alsinfo.results import CheckReport

        report = CheckReport(opened.problems, opened.files_checked, 1)
        env.console(stderr=True).print(styled_text(report), soft_wrap=True)
        raise fail(env, "the article has errors and was not exported; fix them (see `alsinfo validate`)",
                   ExitCode.CONTENT_PROBLEMS)
    text = EXPORTERS["json" if as_json else ExportFormat(output_format).value].render(opened.article)
    if output is None or str(output) == "-":
        # UTF-8 whatever the terminal's encoding (a test's StringIO has no bytes to write)
        getattr(env.stdout, "write_utf8", env.stdout.write)(text)
        return
    from alsinfo.atomic import write_output
    from alsinfo.render.safe import one_line

    try:
        write_output(output, text)
        if EXPORTERS[ExportFormat(output_format).value].shows_images and not as_json:
            from alsinfo.export.images import copy_images

            copy_images(opened.article, opened.folder, output)
    except OSError as error:
        where = getattr(error, "filename", None) or output
        raise fail(env, f"cannot write '{one_line(str(where))}': {error.strerror or error}",
                   ExitCode.OUTPUT_ERROR) from None
