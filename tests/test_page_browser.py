"""The exported page in a real browser (Debian's Chromium, driven by playwright-core, checked by
axe-core): at phone, tablet and desktop widths, in light and dark colour schemes, no WCAG 2 A/AA
violation, no sideways page scroll, no clipped table caption, and the page's landmarks.

Marked `browser`: it runs where Chromium and tests/browser/node_modules are installed (.ci/run
installs them: `apt-get install chromium` and `npm ci --prefix tests/browser`) and is skipped
elsewhere. Screenshots are kept in pytest's temporary folder for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from alsinfo.exitcodes import ExitCode
from tests.conftest import Invoke

BROWSER = Path(__file__).parent / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FIXTURE = Path(__file__).parent / "data" / "fixture-content"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists() or shutil.which("node") is None
                       or not (BROWSER / "node_modules" / "axe-core").is_dir(),
                       reason="needs Chromium, Node.js and `npm ci --prefix tests/browser`"),
]


def test_pages_pass_axe_and_fit_phones_in_light_and_dark(invoke: Invoke, tmp_path: Path) -> None:
    site = tmp_path / "site"
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content, ignore=shutil.ignore_patterns("README.md"))
    shutil.copytree(Path(__file__).parent.parent / "content" / "als-stem-cell-therapy",
                    content / "als-stem-cell-therapy")
    # With its Arabic translation: a right-to-left page must not scroll sideways either.
    shutil.copytree(Path(__file__).parent / "data" / "translations" / "ar", content / "ms-exercise" / "ar")
    assert invoke("translations", "mark", "ar", "--content", str(content), "-a", "ms-exercise").exit_code == 0
    result = invoke("export", "--content", str(content), "-f", "html", "-o", str(site))
    assert result.exit_code == ExitCode.OK, result.stderr
    pages = [site / "index.html", site / "als-stem-cell-therapy" / "index.html", site / "ms-exercise" / "index.html",
             site / "ms-exercise" / "ar" / "index.html"]
    shots = tmp_path / "screenshots"
    shots.mkdir()
    checked = subprocess.run(["node", str(BROWSER / "check.mjs"), str(shots), *map(str, pages)],
                             capture_output=True, text=True, timeout=300, check=False,
                             env={**os.environ, "CHROMIUM": CHROMIUM})
    assert checked.returncode == 0, checked.stderr
    results = json.loads(checked.stdout)
    assert len(results) == len(pages) * 3 * 2
    for run in results:
        where = f"{run['page']} at {run['width']} px, {run['scheme']}"
        assert run["violations"] == [], where
        assert not run["sidewaysScroll"], where
        assert run["clippedCaptions"] == [], where
        if run["page"].endswith("ms-exercise/index.html"):
            assert {"header", "nav", "main", "footer"} <= set(run["landmarks"]), where
    assert len(list(shots.iterdir())) == len(results)
