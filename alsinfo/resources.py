"""Where the shipped article and schemas live: inside the installed package, or in a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE_DATA = "_data"


def _data_dir(name: str) -> Path:
    # A built wheel carries content/ and schemas/ under alsinfo/_data/ (see pyproject.toml).
    packaged = Path(str(files("alsinfo"))) / _PACKAGE_DATA / name
    if packaged.is_dir():
        return packaged
    # In a source checkout (editable install, tests), they sit at the repository's top level.
    return Path(__file__).resolve().parent.parent / name


def embedded_content_root() -> Path:
    """The content root of the article that ships with alsinfo."""
    return _data_dir("content")


def schemas_dir() -> Path:
    """The folder of the shipped content schemas (with output schemas under output/)."""
    return _data_dir("schemas")
