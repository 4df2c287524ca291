"""The registry of reader views: each view has a renderer per mode (text, json), registered by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MODES = ("text", "json")
Renderer = Callable[..., Any]
_RENDERERS: dict[tuple[str, str], Renderer] = {}


def renderer(view: str, mode: str) -> Callable[[Renderer], Renderer]:
    """Register the ``mode`` renderer of ``view``: text ones return Rich renderables, json ones plain data."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")

    def add(function: Renderer) -> Renderer:
        _RENDERERS[(view, mode)] = function
        return function

    return add


def get_renderer(view: str, mode: str) -> Renderer:
    # Importing the modules registers their renderers; done on first use to keep start-up light.
    if mode == "json":
        from alsinfo.render import data  # noqa: F401
    else:
        from alsinfo.render import terminal  # noqa: F401
    return _RENDERERS[(view, mode)]


def registered_views() -> list[tuple[str, str]]:
    from alsinfo.render import data, terminal  # noqa: F401

    return sorted(_RENDERERS)
