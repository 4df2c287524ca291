"""A time limit on searches with an editor's own regular expressions, which may backtrack for hours.

Python's regular expressions cannot be stopped from another thread, and no check of a pattern's text
catches every pattern that backtracks badly (alternatives that overlap, ".*.*.*", a backreference).
The engine does check for signals as it searches, so a timer signal (SIGALRM) stops a search that
runs too long, and the run ends with a configuration error instead of a hang. Where there is no
timer signal (Windows) or the search runs in a thread other than the main one, no limit is set,
and only the configuration's own check of each pattern guards.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class TooSlow(Exception):
    """A search under ``time_limit`` ran out of time."""


def _expire(signum: int, frame: FrameType | None) -> None:
    raise TooSlow


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TooSlow inside the block once ``seconds`` have passed (where a timer signal can be set)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
