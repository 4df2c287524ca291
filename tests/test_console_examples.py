"""The console examples in the README and docs/ are what alsinfo prints: each `$ command` of a
```console block is run (in bash, in a scratch folder holding a copy of the shipped content as
content/, 100 columns, no colour) and its output compared with the lines that follow it. A line
`…` stands for any number of lines."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from alsinfo.resources import embedded_content_root

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)


class Step:
    def __init__(self, command: str) -> None:
        self.command = command
        self.expected: list[str] = []


def parse(block: str) -> list[Step]:
    steps: list[Step] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append(Step(line[2:]))
        elif steps:
            steps[-1].expected.append(line)
    return steps


def blocks(document: Path) -> list[list[Step]]:
    return [parse(match.group(1)) for match in _BLOCK.finditer(document.read_text(encoding="utf-8"))]


CASES = [(document, number, steps) for document in DOCUMENTS for number, steps in enumerate(blocks(document), 1)]


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected``, where a line '…' in it stands for any lines."""
    if not expected:
        return not actual
    if expected[0] == "…":
        return any(matches(expected[1:], actual[start:]) for start in range(len(actual) + 1))
    return bool(actual) and actual[0].rstrip() == expected[0].rstrip() and matches(expected[1:], actual[1:])


def run_block(steps: list[Step], work: Path) -> list[tuple[Step, list[str]]]:
    """Run the steps one after another in one scratch folder, as a reader would type them."""
    shutil.copytree(embedded_content_root(), work / "content")
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "XDG_CACHE_HOME": str(work / ".cache"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for name in ("ALSINFO_CONTENT", "FORCE_COLOR", "CI", "ALSINFO_NO_CACHE"):
        env.pop(name, None)
    outputs = []
    status = 0
    for step in steps:
        if step.command == "echo $?":  # each step is its own shell: the status is the last step's
            outputs.append((step, [str(status)]))
            continue
        done = subprocess.run(["bash", "-c", step.command], cwd=work, env=env, capture_output=True, text=True,
                              timeout=120)
        status = done.returncode
        outputs.append((step, done.stdout.splitlines() + done.stderr.splitlines()))
    return outputs


@pytest.mark.parametrize("document, number, steps", CASES,
                         ids=[f"{document.relative_to(ROOT)}#{number}" for document, number, _ in CASES])
def test_console_example_is_what_alsinfo_prints(document: Path, number: int, steps: list[Step],
                                               tmp_path: Path) -> None:
    for step, actual in run_block(steps, tmp_path):
        assert matches(step.expected, actual), (
            f"{document.name}, block {number}: `{step.command}` printed:\n" + "\n".join(actual))


def test_every_document_has_been_looked_at() -> None:
    assert len(CASES) >= 5  # the README's and docs' examples are found, not silently skipped


def rewritten(steps: list[Step], work: Path) -> str:
    """A block's text with each step's output as it is now; an example cut short with '…' stays as
    long as it was."""
    lines = []
    for step, actual in run_block(steps, work):
        lines.append(f"$ {step.command}")
        cut = step.expected.index("…") if "…" in step.expected else None
        lines.extend(actual if cut is None or len(actual) <= cut else [*actual[:cut], "…"])
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    # Print what each example prints now; with --write, write that into the documents, to review
    # with `git diff` like any other change.
    import tempfile

    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for match in reversed(list(_BLOCK.finditer(text))):
            with tempfile.TemporaryDirectory() as scratch:
                new = rewritten(parse(match.group(1)), Path(scratch))
            if "--write" in sys.argv:
                text = text[:match.start(1)] + new + text[match.end(1):]
            else:
                print(f"===== {document.name}\n{new}")
        if "--write" in sys.argv:
            document.write_text(text, encoding="utf-8")
