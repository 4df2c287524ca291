"""Validate many articles: alsinfo cold, warm and with one file changed, against check-jsonschema and floors.

    python benchmarks/scale.py [--articles 500] [--jobs N] [--repeat 5] [--keep DIR] [--no-check-jsonschema]
                               [--distinct]

Generates N articles by copying the shipped one and varying its text, then times, in one run:
alsinfo validate cold (empty cache), warm (nothing changed, in text and in JSON) and after one
file changed; check-jsonschema on the same files with the same schemas (copies without `$id`, or it tries to
download `$ref` targets); the parse floor (one process loading every file with PyYAML's
CSafeLoader) and the jsonschema floor (the same plus jsonschema `iter_errors`). It prints each
time (the median of --repeat runs; check-jsonschema and the jsonschema floor run once), its ratio
to the parse floor and to check-jsonschema, and peak memory; and, for scale, `alsinfo --version`,
which is Python's and Typer's start alone. The articles share most of their text; with --distinct
every paragraph and answer differs from article to article, as in articles written apart. Not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("article", "sections", "tables", "faq", "references")


def generate(target: Path, count: int, source: Path, *, distinct: bool = False) -> None:
    """N valid articles, each the shipped one with its title, a paragraph and a FAQ answer varied;
    with ``distinct``, every text that ends a line with a full stop is varied too, so that no two
    articles share them (as articles written apart would not)."""
    for number in range(count):
        folder = target / f"article-{number:05d}"
        shutil.copytree(source, folder)
        for kind, old, new in (
            ("article", "title: Stem Cell Therapy in ALS Disease",
             f"title: Stem Cell Therapy in ALS Disease ({number})"),
            ("sections", "to protect motor neurons", f"to protect motor neurons (variant {number})"),
            ("faq", "may occur after the procedure.", f"may occur after the procedure ({number})."),
        ):
            path = folder / f"{kind}.yaml"
            text = path.read_text(encoding="utf-8").replace(old, new, 1)
            if distinct and kind in ("sections", "faq"):
                text = re.sub(r"\.$", f" (text {number}).", text, flags=re.MULTILINE)
            path.write_text(text, encoding="utf-8")


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time of one run, and the peak resident memory (KiB) of the process it started."""
    wrapped = ["/usr/bin/time", "-f", "%M", *command] if Path("/usr/bin/time").exists() else command
    start = time.perf_counter()
    done = subprocess.run(wrapped, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak


def compiled(env: dict[str, str], work: Path) -> dict[str, str]:
    """``env`` for processes that run alsinfo from compiled bytecode, as an installed tool does: a
    shell that forbids writing it (PYTHONDONTWRITEBYTECODE) would make each run compile alsinfo again."""
    env = {**env, "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "alsinfo")], env=env, check=True)
    return env


def median_of(runs: list[tuple[float, int]]) -> tuple[float, int]:
    """The median time of several runs (noise on a shared machine only ever adds), and the largest peak."""
    return statistics.median(took for took, _ in runs), max(peak for _, peak in runs)


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model or platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}"


FLOOR = textwrap.dedent("""
    import sys, pathlib, yaml
    files = sorted(pathlib.Path(sys.argv[1]).glob("*/*.yaml"))
    for path in files:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
""")
JSONSCHEMA_FLOOR = textwrap.dedent("""
    import json, sys, pathlib, yaml
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    schemas = {p.name.split(".")[0]: json.loads(p.read_text()) for p in pathlib.Path(sys.argv[2]).glob("*.schema.json")}
    registry = Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in schemas.values()])
    validators = {k: Draft202012Validator(s, registry=registry) for k, s in schemas.items() if k != "common"}
    for path in sorted(pathlib.Path(sys.argv[1]).glob("*/*.yaml")):
        data = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        list(validators[path.stem].iter_errors(data))
""")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=None, help="passed to alsinfo validate -j")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement; the median is shown")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--no-check-jsonschema", action="store_true", help="skip the slowest measurement")
    parser.add_argument("--distinct", action="store_true",
                        help="vary every paragraph and answer, so that no two articles share a text")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="alsinfo-bench-"))
    content, cache, schemas = work / "content", work / "cache", work / "schemas-without-id"
    if not content.exists():
        generate(content, args.articles, ROOT / "content" / "als-stem-cell-therapy", distinct=args.distinct)
    schemas.mkdir(exist_ok=True)
    for path in (ROOT / "schemas").glob("*.schema.json"):
        schema = json.loads(path.read_text())
        schema.pop("$id")
        (schemas / path.name).write_text(json.dumps(schema))
    files = sorted(content.glob("*/*.yaml"))
    size = sum(path.stat().st_size for path in files)
    print(f"{args.articles} articles, {len(files)} files, {size / 1e6:.1f} MB; {machine()}; "
          f"Python {sys.version.split()[0]}; median of {args.repeat} runs")

    bin_dir = Path(sys.executable).parent
    alsinfo = [str(bin_dir / "alsinfo")] if (bin_dir / "alsinfo").exists() else [sys.executable, "-m", "alsinfo"]
    validate = [*alsinfo, "validate", str(content)]  # the default text report, as people run it
    if args.jobs:
        validate += ["--jobs", str(args.jobs)]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("CI", None)
    env = compiled(env, work)
    repeat = max(1, args.repeat)

    def cold() -> tuple[float, int]:
        shutil.rmtree(cache, ignore_errors=True)
        return timed(validate, env)

    changed = content / "article-00000" / "faq.yaml"
    original = changed.read_text(encoding="utf-8")

    def one_changed(run: int) -> tuple[float, int]:
        timed(validate, env)  # warm, so that exactly one file differs from the cache
        edited = original.replace("may occur after the procedure", f"may occur after the procedure (edit {run})", 1)
        assert edited != original, f"{changed} does not hold the sentence the benchmark edits"
        changed.write_text(edited, encoding="utf-8")
        return timed(validate, env)

    results: dict[str, tuple[float, int]] = {}
    results["parse floor (CSafeLoader)"] = median_of([timed([sys.executable, "-c", FLOOR, str(content)], env)
                                                     for _ in range(repeat)])
    results["jsonschema floor"] = timed([sys.executable, "-c", JSONSCHEMA_FLOOR, str(content), str(ROOT / "schemas")],
                                        env)
    results["alsinfo validate, cold"] = median_of([cold() for _ in range(repeat)])
    results["alsinfo validate, warm"] = median_of([timed(validate, env) for _ in range(repeat)])
    timed([*validate, "--format", "json"], env)  # its first run makes the JSON items its cache keeps
    results["alsinfo validate --format json, warm"] = median_of([timed([*validate, "--format", "json"], env)
                                                                for _ in range(repeat)])
    results["alsinfo validate, one file changed"] = median_of([one_changed(run) for run in range(repeat)])
    results["alsinfo --version (start-up)"] = median_of([timed([*alsinfo, "--version"], env) for _ in range(repeat)])
    changed.write_text(original, encoding="utf-8")
    checker = shutil.which("check-jsonschema", path=str(bin_dir)) or shutil.which("check-jsonschema")
    if checker and not args.no_check_jsonschema:
        total, peak = 0.0, 0
        for kind in KINDS:
            took, used = timed([checker, "--schemafile", str(schemas / f"{kind}.schema.json"),
                                *map(str, content.glob(f"*/{kind}.yaml"))], env)
            total, peak = total + took, max(peak, used)
        results["check-jsonschema"] = (total, peak)
    floor = results["parse floor (CSafeLoader)"][0]
    other = results.get("check-jsonschema", (0.0, 0))[0]
    print(f"{'':40} {'seconds':>8} {'x parse floor':>14} {'x check-jsonschema':>19} {'peak MiB':>9}")
    for name, (took, peak) in results.items():
        versus = f"{took / other:.3f}" if other else "n/a"
        print(f"{name:40} {took:8.3f} {took / floor:14.2f} {versus:>19} {peak / 1024:9.0f}")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
