"""Peak memory of `alsinfo validate` for a small and a large tree: does it stay flat?

    python benchmarks/memory.py [--small 100] [--large 1000] [--format text] [--keep DIR]

Generates both trees as benchmarks/scale.py does, then runs alsinfo validate on each, cold (empty
cache) and warm, in the report format asked for, and prints each run's peak resident memory and
the large-to-small ratio (the target is at most 1.2). Not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from scale import ROOT, compiled, generate, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--format", default="text", help="the report format to validate with (text, json, ...)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="alsinfo-memory-"))
    env = compiled({**os.environ}, work)
    env.pop("CI", None)
    bin_dir = Path(sys.executable).parent
    alsinfo = [str(bin_dir / "alsinfo")] if (bin_dir / "alsinfo").exists() else [sys.executable, "-m", "alsinfo"]
    peaks: dict[tuple[str, int], int] = {}
    for count in (args.small, args.large):
        content, cache = work / f"content-{count}", work / f"cache-{count}"
        if not content.exists():
            generate(content, count, ROOT / "content" / "als-stem-cell-therapy")
            time.sleep(2.1)  # files younger than two seconds are compared by content, in any run
        shutil.rmtree(cache, ignore_errors=True)
        run_env = {**env, "XDG_CACHE_HOME": str(cache)}
        for kind in ("cold", "warm"):
            peaks[kind, count] = timed([*alsinfo, "validate", str(content), "--format", args.format], run_env)[1]
    print(f"--format {args.format}")
    print(f"{'':6} {f'{args.small} articles':>14} {f'{args.large} articles':>14} {'ratio':>7}")
    for kind in ("cold", "warm"):
        small, large = peaks[kind, args.small], peaks[kind, args.large]
        print(f"{kind:6} {small / 1024:10.1f} MiB {large / 1024:10.1f} MiB {large / small:7.2f}")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
