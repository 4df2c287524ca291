"""Where the shipped article and schemas live: inside the installed package, or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DATA = "_data"


def _data_dir(name: str) -> Path:
    # A built wheel carries content/ and schemas/ under alsinfo/_data/ (see pyproject.toml); the
    # package is always a folder on disk (the data is read as files, never from a zip), so its
    # location is known without importlib.resources, which would cost every start zipfile and tempfile.
    package = Path(__file__).resolve().parent
    packaged = package / _PACKAGE_DATA / name
    if packaged.is_dir():
        return packaged
    # In a source checkout (editable install, tests), they sit at the repository's top level.
    return package.parent / name


def embedded_content_root() -> Path:
    """The content root of the article that ships with alsinfo."""
    return _data_dir("content")


def schemas_dir() -> Path:
    """The folder of the shipped content schemas (with output schemas under output/)."""
    return _data_dir("schemas")
