"""Validate many articles: alsinfo cold, warm and with one file changed, against check-jsonschema and floors.

    python benchmarks/scale.py [--articles 500] [--jobs N] [--keep DIR]

Generates N articles by copying the shipped one and varying its text, then times, in one run:
alsinfo validate cold (empty cache), warm (nothing changed) and after one file changed;
check-jsonschema on the same files with the same schemas (copies without `$id`, or it tries to
download `$ref` targets); the parse floor (one process loading every file with PyYAML's
CSafeLoader) and the jsonschema floor (the same plus jsonschema `iter_errors`). It prints each
time, its ratio to the parse floor and to check-jsonschema, and peak memory. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("article", "sections", "tables", "faq", "references")


def generate(target: Path, count: int, source: Path) -> None:
    """N valid articles, each the shipped one with its title, a paragraph and a FAQ answer varied."""
    for number in range(count):
        folder = target / f"article-{number:05d}"
        shutil.copytree(source, folder)
        for kind, old, new in (
            ("article", "title: Stem Cell Therapy in ALS Disease", f"title: Stem Cell Therapy in ALS Disease ({number})"),
            ("sections", "to protect motor neurons", f"to protect motor neurons (variant {number})"),
            ("faq", "may occur after the procedure.", f"may occur after the procedure ({number})."),
        ):
            path = folder / f"{kind}.yaml"
            path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def timed(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, int]:
    """Wall time of one run, and the peak resident memory (KiB) of the process it started."""
    wrapped = ["/usr/bin/time", "-f", "%M", *command] if Path("/usr/bin/time").exists() else command
    start = time.perf_counter()
    done = subprocess.run(wrapped, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak


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
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="alsinfo-bench-"))
    content, cache, schemas = work / "content", work / "cache", work / "schemas-without-id"
    if not content.exists():
        generate(content, args.articles, ROOT / "content" / "als-stem-cell-therapy")
    shutil.rmtree(cache, ignore_errors=True)
    schemas.mkdir(exist_ok=True)
    for path in (ROOT / "schemas").glob("*.schema.json"):
        schema = json.loads(path.read_text())
        schema.pop("$id")
        (schemas / path.name).write_text(json.dumps(schema))
    files = sorted(content.glob("*/*.yaml"))
    size = sum(path.stat().st_size for path in files)
    print(f"{args.articles} articles, {len(files)} files, {size / 1e6:.1f} MB; {os.cpu_count()} CPUs; "
          f"Python {sys.version.split()[0]}")

    bin_dir = Path(sys.executable).parent
    alsinfo = [str(bin_dir / "alsinfo")] if (bin_dir / "alsinfo").exists() else [sys.executable, "-m", "alsinfo"]
    validate = [*alsinfo, "validate", str(content)]  # the default text report, as people run it
    if args.jobs:
        validate += ["--jobs", str(args.jobs)]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("CI", None)
    results: dict[str, tuple[float, int]] = {}
    results["parse floor (CSafeLoader)"] = timed([sys.executable, "-c", FLOOR, str(content)])
    results["jsonschema floor"] = timed([sys.executable, "-c", JSONSCHEMA_FLOOR, str(content), str(ROOT / "schemas")])
    results["alsinfo validate, cold"] = timed(validate, env)
    results["alsinfo validate, warm"] = timed(validate, env)
    changed = content / "article-00000" / "faq.yaml"
    changed.write_text(changed.read_text(encoding="utf-8").replace("(0).", "(0, edited)."), encoding="utf-8")
    results["alsinfo validate, one file changed"] = timed(validate, env)
    checker = shutil.which("check-jsonschema", path=str(bin_dir)) or shutil.which("check-jsonschema")
    if checker:
        total, peak = 0.0, 0
        for kind in KINDS:
            took, used = timed([checker, "--schemafile", str(schemas / f"{kind}.schema.json"),
                                *map(str, content.glob(f"*/{kind}.yaml"))])
            total, peak = total + took, max(peak, used)
        results["check-jsonschema"] = (total, peak)
    floor = results["parse floor (CSafeLoader)"][0]
    other = results.get("check-jsonschema", (0.0, 0))[0]
    print(f"{'':38} {'seconds':>8} {'x parse floor':>14} {'x check-jsonschema':>19} {'peak MiB':>9}")
    for name, (took, peak) in results.items():
        versus = f"{took / other:.3f}" if other else "n/a"
        print(f"{name:38} {took:8.2f} {took / floor:14.2f} {versus:>19} {peak / 1024:9.0f}")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
