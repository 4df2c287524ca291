"""What the editorial rules cost per article, all together and each one, on distinct articles.

    python benchmarks/rules_cost.py [--articles 150] [--repeat 5]
    python benchmarks/rules_cost.py --compare /path/to/other/checkout [--rounds 3] [--cpu]

Generates N articles as `benchmarks/scale.py --distinct` does (the shipped one, every paragraph and
answer varied so that no two share a text), loads each once, then times, per article:
- all the rules as `alsinfo validate` runs them (`editorial.check_rules`: findings located in the
  file, suppressions applied), the median of --repeat passes over all articles;
- each rule alone, on a context whose shared prose is already gathered (the walk every prose rule
  shares is timed apart, as "shared prose").

Caches keyed by a text (sentence splits, the words of a sentence, its clauses …) are cleared before
every pass and every rule, since a run sees each text once: a pass over the same articles must not
find them already split. Syllable counts and pyphen's dictionary stay warm after the first pass, as
they are over a run of many articles (their words recur). Each rule alone pays for the sentence
splits it would share with others in a run, so the rules' sum is above the total.

With --cpu, only the first line is measured ("all rules, as validate runs them"), in CPU time, as the
least of --repeat passes: a busy machine slows a pass but never speeds one up, so the least is the
steadiest figure when wall-clock medians wander from run to run.

With --compare, the same measure runs on another checkout (e.g. `git worktree add /tmp/base <commit>`)
and on this one, each in a process of its own, in turns (a busy machine slows both alike), and both
medians are printed side by side with their ratio. Not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import pkgutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 4)
KEEP_WARM = {"_hyphenator"}  # pyphen's dictionary: loaded once per process, whatever the texts


def text_caches() -> list[Any]:
    """Every cache in the rules package keyed by what it is asked (texts, mostly), but pyphen's."""
    import alsinfo.rules

    found = []
    for module_info in pkgutil.iter_modules(alsinfo.rules.__path__, "alsinfo.rules."):
        module = importlib.import_module(module_info.name)
        found += [value for name, value in vars(module).items()
                  if hasattr(value, "cache_clear") and name not in KEEP_WARM]
    return list({id(cache): cache for cache in found}.values())


def clear(caches: list[Any]) -> None:
    for cache in caches:
        cache.cache_clear()


def loaded_articles(count: int, work: Path) -> list[tuple[Any, Any, Path]]:
    from scale import generate

    from alsinfo.check import load_folder
    from alsinfo.model import build_article
    from alsinfo.resources import embedded_content_root, schemas_dir
    from alsinfo.schemas import SchemaSet
    from alsinfo.snapshot import read_snapshot

    generate(work, count, embedded_content_root() / "als-stem-cell-therapy", distinct=True)
    schemas = SchemaSet(schemas_dir())
    articles = []
    for folder in sorted(work.iterdir()):
        loaded = load_folder(read_snapshot(folder), schemas)
        data = {kind: document.data for kind, document in loaded.documents.items()}
        articles.append((build_article(folder.name, data), loaded.documents, folder))
    return articles


def validate_passes(articles: list[tuple[Any, Any, Path]], repeat: int, clock: Callable[[], float]) -> list[float]:
    """Seconds (by ``clock``) of each of ``repeat`` passes of all the rules over ``articles``, as validate
    runs them; a first pass, which loads pyphen's dictionary and counts syllables, is left out."""
    from alsinfo.config import Config
    from alsinfo.editorial import check_rules

    caches = text_caches()
    config = Config()
    passes = []
    for _ in range(repeat + 1):
        clear(caches)
        start = clock()
        for article, documents, folder in articles:
            check_rules(article, documents, folder, today=TODAY, config=config)
        passes.append(clock() - start)
    return passes[1:]


def measure(count: int, repeat: int) -> dict[str, float]:
    """ms per article: "all" (as validate runs them), "shared prose", and each rule by id."""
    from alsinfo.rules import registry
    from alsinfo.rules._api import RuleContext

    caches = text_caches()
    with tempfile.TemporaryDirectory(prefix="alsinfo-rules-cost-") as scratch:
        articles = loaded_articles(count, Path(scratch))
        costs = {"all": statistics.median(validate_passes(articles, repeat, time.perf_counter))}
        contexts = [RuleContext(article, documents, TODAY) for article, documents, _ in articles]
        start = time.perf_counter()
        for context in contexts:
            list(context.prose())
        costs["shared prose"] = time.perf_counter() - start
        for rule in registry().values():
            clear(caches)
            start = time.perf_counter()
            for context in contexts:
                list(rule.check(context, rule.options))
            costs[rule.id] = time.perf_counter() - start
    return {name: 1000 * seconds / count for name, seconds in costs.items()}


def cpu_all(count: int, repeat: int) -> dict[str, float]:
    """ms of CPU per article for all the rules as validate runs them: the least of ``repeat`` passes."""
    with tempfile.TemporaryDirectory(prefix="alsinfo-rules-cost-") as scratch:
        articles = loaded_articles(count, Path(scratch))
        least = min(validate_passes(articles, repeat, time.process_time))
    return {"all (CPU, least)": 1000 * least / count}


def names() -> dict[str, str]:
    from alsinfo.rules import registry

    return {rule.id: rule.name for rule in registry().values()}


def in_process(root: Path, count: int, repeat: int, cpu: bool = False) -> dict[str, Any]:
    """The measure of the checkout at ``root``, run in a Python process of its own."""
    how = "cpu_all" if cpu else "measure"
    script = (f"import sys, json; sys.path[:0] = [{str(root)!r}, {str(HERE / 'benchmarks')!r}]; "
              f"import rules_cost as bench; "
              f"print(json.dumps({{'costs': bench.{how}({count}, {repeat}), 'names': bench.names()}}))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=root)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def compare(other: Path, count: int, repeat: int, rounds: int, cpu: bool = False) -> None:
    runs: dict[str, list[dict[str, Any]]] = {"other": [], "this": []}
    for _ in range(rounds):
        runs["other"].append(in_process(other, count, repeat, cpu))
        runs["this"].append(in_process(HERE, count, repeat, cpu))
    rule_names = {**runs["other"][0]["names"], **runs["this"][0]["names"]}
    keys = list(dict.fromkeys([*runs["other"][0]["costs"], *runs["this"][0]["costs"]]))
    print(f"{count} distinct articles, {rounds} rounds in turns; ms per article, median over rounds")
    print(f"  {'':34} {other.name[:10]:>10} {'this':>10} {'ratio':>7}")
    for key in keys:
        medians = [statistics.median(run["costs"][key] for run in runs[side]) if key in runs[side][0]["costs"]
                   else None for side in ("other", "this")]
        label = f"{key} {rule_names.get(key, '')}".strip()
        before, after = (f"{value:10.3f}" if value is not None else f"{'—':>10}" for value in medians)
        ratio = f"{medians[1] / medians[0]:7.2f}" if medians[0] and medians[1] is not None else ""
        print(f"  {label:<34} {before} {after} {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout to measure in turns with this one")
    parser.add_argument("--rounds", type=int, default=3, help="with --compare: how many turns each")
    parser.add_argument("--cpu", action="store_true",
                        help="all the rules only, in CPU time, the least of --repeat passes (steadier)")
    args = parser.parse_args()
    if args.compare:
        compare(args.compare.resolve(), args.articles, args.repeat, args.rounds, args.cpu)
        return
    sys.path[:0] = [str(HERE), str(HERE / "benchmarks")]
    if args.cpu:
        print(f"{args.articles} distinct articles; all rules, as validate runs them: "
              f"{cpu_all(args.articles, args.repeat)['all (CPU, least)']:.2f} ms of CPU per article (least of "
              f"{args.repeat} passes)")
        return
    costs = measure(args.articles, args.repeat)
    rule_names = names()
    print(f"{args.articles} distinct articles; ms per article")
    print(f"  all rules, as validate runs them: {costs.pop('all'):.2f}")
    print(f"  shared prose (one walk, all rules): {costs.pop('shared prose'):.3f}")
    for rule_id, cost in costs.items():
        print(f"  {rule_id} {rule_names[rule_id]:<26} {cost:.3f}")


if __name__ == "__main__":
    main()
