"""Time reader commands against the bare import of their libraries; print ratios of median wall times.

    python benchmarks/startup.py [--runs 30]

Not a test: run it on a quiet machine and read the ratios. The floor is
`python -c "import typer, rich.console, rich.table, yaml"`; targets (issue 4): `alsinfo faq QUERY`
at most 1.25x the floor and at most 0.55x `check-jsonschema --version` (when it is installed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import compiled


def wall_times(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    bin_dir = Path(sys.executable).parent
    alsinfo = [str(bin_dir / "alsinfo")] if (bin_dir / "alsinfo").exists() else [sys.executable, "-m", "alsinfo"]
    work = Path(tempfile.mkdtemp(prefix="alsinfo-startup-"))
    env = compiled({**os.environ, "COLUMNS": "100"}, work)
    commands = {
        "floor: import typer, rich, yaml": [sys.executable, "-c", "import typer, rich.console, rich.table, yaml"],
        "alsinfo faq 'side effects'": [*alsinfo, "faq", "side effects"],
        "alsinfo faq --json": [*alsinfo, "faq", "--json"],
        "alsinfo table": [*alsinfo, "table"],
    }
    checker = shutil.which("check-jsonschema", path=str(bin_dir)) or shutil.which("check-jsonschema")
    if checker:
        commands["check-jsonschema --version"] = [checker, "--version"]
    subprocess.run([*alsinfo, "validate"], stdout=subprocess.DEVNULL, env=env, check=False)  # warm the cache
    # Interleave the commands run by run, so that load on the machine hits them all alike.
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            samples[name].extend(wall_times(command, 1, env))
    shutil.rmtree(work)
    medians = {name: statistics.median(times) for name, times in samples.items()}
    floor = medians["floor: import typer, rich, yaml"]
    print(f"{'command':<34} {'median':>9} {'x floor':>8} {'x check-jsonschema':>19}")
    for name, median in medians.items():
        versus = f"{median / medians['check-jsonschema --version']:.2f}" if checker else "n/a"
        print(f"{name:<34} {median * 1000:7.1f}ms {median / floor:8.2f} {versus:>19}")


if __name__ == "__main__":
    main()
