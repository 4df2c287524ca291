"""What the editorial rules cost per article, all together and each one, on distinct articles.

    python benchmarks/rules_cost.py [--articles 200] [--repeat 3]

Generates N articles as `benchmarks/scale.py --distinct` does (the shipped one, every paragraph and
answer varied so that no two share a text), loads each once, then times, per article:
- all the rules as `alsinfo validate` runs them (`editorial.check_rules`: findings located in the
  file, suppressions applied), the median of --repeat passes over all articles;
- each rule alone, on a context whose shared prose is already gathered (the walk every prose rule
  shares is timed apart, as "shared prose").
The caches rules share (sentence splits, syllable counts, pyphen's dictionary) are warm after the
first pass, as they are within one validate process. Not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import generate  # noqa: E402

from alsinfo.check import load_folder  # noqa: E402
from alsinfo.config import Config  # noqa: E402
from alsinfo.editorial import check_rules  # noqa: E402
from alsinfo.model import build_article  # noqa: E402
from alsinfo.resources import embedded_content_root, schemas_dir  # noqa: E402
from alsinfo.rules import registry  # noqa: E402
from alsinfo.rules._api import RuleContext  # noqa: E402
from alsinfo.schemas import SchemaSet  # noqa: E402
from alsinfo.snapshot import read_snapshot  # noqa: E402

TODAY = dt.date(2026, 12, 4)


def loaded_articles(count: int, work: Path) -> list[tuple[Any, Any, Path]]:
    generate(work, count, embedded_content_root() / "als-stem-cell-therapy", distinct=True)
    schemas = SchemaSet(schemas_dir())
    articles = []
    for folder in sorted(work.iterdir()):
        loaded = load_folder(read_snapshot(folder), schemas)
        data = {kind: document.data for kind, document in loaded.documents.items()}
        articles.append((build_article(folder.name, data), loaded.documents, folder))
    return articles


def per_article_ms(seconds: float, count: int) -> float:
    return 1000 * seconds / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="alsinfo-rules-cost-") as scratch:
        articles = loaded_articles(args.articles, Path(scratch))
        config = Config()
        passes = []
        for _ in range(args.repeat + 1):  # the first pass warms the shared caches
            start = time.perf_counter()
            for article, documents, folder in articles:
                check_rules(article, documents, folder, today=TODAY, config=config)
            passes.append(time.perf_counter() - start)
        total = statistics.median(passes[1:])
        contexts = [RuleContext(article, documents, TODAY) for article, documents, _ in articles]
        start = time.perf_counter()
        for context in contexts:
            list(context.prose())
        shared = time.perf_counter() - start
        costs = {}
        for rule in registry().values():
            start = time.perf_counter()
            for context in contexts:
                list(rule.check(context, rule.options))
            costs[rule.id] = time.perf_counter() - start
    count = len(articles)
    print(f"{count} distinct articles; ms per article")
    print(f"  all rules, as validate runs them: {per_article_ms(total, count):.2f}")
    print(f"  shared prose (one walk, all rules): {per_article_ms(shared, count):.3f}")
    for rule_id, seconds in costs.items():
        print(f"  {rule_id} {registry()[rule_id].name:<26} {per_article_ms(seconds, count):.3f}")


if __name__ == "__main__":
    main()
