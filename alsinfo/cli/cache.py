"""`alsinfo cache info` and `alsinfo cache clear`: where the cache is, what it holds, and emptying it."""

import contextlib

import typer

from alsinfo.cli.common import FormatOption, JsonOption, OutputFormat, fail, guarded, wants_json
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode

app = typer.Typer(help="Inspect or clear the cache of validation results.", no_args_is_help=True)


@app.command("info")
@guarded
def info(output_format: FormatOption = OutputFormat.text, as_json: JsonOption = False) -> None:
    """Where the cache is, how big, and how many verdicts and report blocks it holds."""
    from alsinfo.cache import DATABASE_NAME, Cache
    from alsinfo.render.safe import dumps_json, printable

    env = Environment.from_process()
    folder = env.cache_dir
    database = folder / DATABASE_NAME
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += (folder / f"{DATABASE_NAME}{suffix}").stat().st_size
    counts = {"verdicts": 0, "blocks": 0}
    if database.is_file():
        cache = Cache(folder)
        counts = cache.counts()
        cache.close()
    if wants_json(output_format, as_json):
        env.stdout.write(dumps_json({"version": 1, "folder": str(folder), "disabled": env.cache_disabled,
                                     "bytes": size, **counts}))
        return
    state = " (disabled by ALSINFO_NO_CACHE)" if env.cache_disabled else ""
    env.stdout.write(f"cache: {printable(str(folder))}{state}\n"
                     f"size: {size / 1024:.1f} KiB\n"
                     f"article verdicts: {counts['verdicts']}\n"
                     f"report blocks: {counts['blocks']}\n")


@app.command("clear")
@guarded
def clear() -> None:
    """Remove every cached result; the next run checks everything again."""
    from alsinfo.cache import clear as clear_cache
    from alsinfo.render.safe import printable

    env = Environment.from_process()
    folder = env.cache_dir
    try:
        removed = clear_cache(folder)
    except OSError as error:
        raise fail(env, f"cannot clear the cache at {folder}: {error.strerror or error}",
                   ExitCode.USAGE_ERROR) from None
    env.stdout.write(f"cleared {printable(str(folder))} ({len(removed)} file{'s' if len(removed) != 1 else ''})\n")
