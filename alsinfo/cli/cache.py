"""`alsinfo cache info` and `alsinfo cache clear`: where the cache is, what it holds, and emptying it."""

import typer

from alsinfo.cli.common import guarded
from alsinfo.cli.environment import Environment

app = typer.Typer(help="Inspect or clear the cache of validation results.", no_args_is_help=True)


@app.command("info")
@guarded
def info() -> None:
    """Where the cache is, how big, and how many files, articles and reader verdicts it holds."""
    from alsinfo.render.safe import printable
    from alsinfo.store import ValidationStore

    env = Environment.from_process()
    folder = env.cache_dir
    entries = list(folder.glob("*")) if folder.is_dir() else []
    size = sum(entry.stat().st_size for entry in entries if entry.is_file())
    database = folder / "validate.sqlite3"
    counts = ValidationStore(database).counts() if database.exists() else {"files": 0, "articles": 0}
    verdicts = len([entry for entry in entries if entry.name.startswith("verdict-")])
    state = " (disabled by ALSINFO_NO_CACHE)" if env.cache_disabled else ""
    env.stdout.write(f"cache: {printable(str(folder))}{state}\n"
                     f"size: {size / 1024:.1f} KiB\n"
                     f"validated files: {counts['files']}\n"
                     f"validated articles: {counts['articles']}\n"
                     f"reader verdicts: {verdicts}\n")


@app.command("clear")
@guarded
def clear() -> None:
    """Remove every cached result; the next run checks everything again."""
    import shutil

    env = Environment.from_process()
    folder = env.cache_dir
    if folder.is_dir():
        shutil.rmtree(folder)
    env.stdout.write(f"cleared {folder}\n")
