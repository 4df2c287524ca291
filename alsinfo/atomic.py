"""Write an output file as a careful shell redirection would: a regular file is replaced atomically
(readers see the old content or the new, never half), keeping its mode; anything else (a device,
a FIFO) is written to in place and never replaced."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

# Temporary files are named by the process that made them, so that the next export to the folder
# can tell one left by a killed run (its process is gone) from one another export is writing.
_TEMPORARY_PREFIX = ".alsinfo-tmp-"


def write_output(path: Path, text: str | bytes) -> None:
    """Write ``text`` (UTF-8, or bytes as they are) to ``path``. Raises OSError; on failure a regular
    file is left as it was. A link is written through, as a shell would: the file it points at is
    replaced, the link stays."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        if stat.S_ISDIR(existing.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        with open(path, "wb") as device:  # /dev/stdout, a FIFO, a terminal
            device.write(data)
        return
    folder = path.parent
    _remove_abandoned(folder)
    # 0666 less the umask for a new file, as a shell would create it; an existing file keeps its mode.
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    temporary = folder / f"{_TEMPORARY_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _remove_abandoned(folder: Path) -> None:
    """Remove temporary files that killed runs left in ``folder`` (their process no longer exists)."""
    try:
        names = [name for name in os.listdir(folder) if name.startswith(_TEMPORARY_PREFIX)]
    except OSError:
        return
    for name in names:
        pid = name.removeprefix(_TEMPORARY_PREFIX).partition("-")[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                (folder / name).unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: running
        return True
    return True
