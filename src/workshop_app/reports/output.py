"""Writing an export file safely: into a temporary file beside the destination, then moved
in place, so that a failed or cancelled export leaves any earlier file untouched."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from workshop_app.reports.options import ExportFailed


def explain_os_error(error: OSError, path: Path) -> ExportFailed:
    """Why ``path`` could not be written, as an :class:`ExportFailed`."""
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ExportFailed(
            f"The disk is full: {path} could not be written. Free some space and export again.",
            "disk_full",
            str(path),
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(
            f"Atelier may not write in {path.parent} (the folder is read-only or protected). Choose another folder.",
            "read_only",
            str(path.parent),
        )
    if code == errno.ENOENT:
        return ExportFailed(
            f"The folder {path.parent} does not exist. Choose another folder.",
            "no_folder",
            str(path.parent),
        )
    if code == errno.EISDIR:
        return ExportFailed(f"{path} is a folder. Choose a file name.", "is_folder", str(path))
    if code == errno.ENAMETOOLONG:
        return ExportFailed(
            f"The file name {path.name} is too long. Choose a shorter one.",
            "name_too_long",
            path.name,
        )
    return ExportFailed(
        f"{path} could not be written: {error.strerror or error}.", "write_failed", str(path)
    )


@contextlib.contextmanager
def atomic_destination(destination: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``destination``; on success it replaces the destination.

    On any exception the temporary file is removed and the destination is left as it was.
    OS errors become :class:`ExportFailed` with a plain sentence.
    """
    path = Path(destination).expanduser().absolute()
    try:
        is_folder = path.is_dir()  # raises for a name too long, among others
    except OSError as error:
        raise explain_os_error(error, path) from error
    if is_folder:
        raise ExportFailed(f"{path} is a folder. Choose a file name.", "is_folder", str(path))
    sweep_stale_parts(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem[:40]}-", suffix=".part" + path.suffix, dir=path.parent
        )
        os.close(handle)
    except OSError as error:
        raise explain_os_error(error, path) from error
    temp_path = Path(temporary)
    try:
        yield temp_path
        _flush(temp_path)
        os.replace(temp_path, path)
    except OSError as error:
        _discard(temp_path)
        raise explain_os_error(error, path) from error
    except BaseException:
        _discard(temp_path)
        raise
    with contextlib.suppress(OSError):
        # mkstemp creates 0600 files; an export is an ordinary document.
        os.chmod(path, 0o666 & ~_umask())


STALE_PART_SECONDS = 15 * 60
"""A hidden ``.part`` file older than this beside a destination is left by an export that
was killed (a running export touches its file far more often): the next export removes it."""


def sweep_stale_parts(path: Path, now: float | None = None) -> int:
    """Remove what killed exports to ``path`` left beside it; returns how many."""
    import time

    now = time.time() if now is None else now
    removed = 0
    pattern = f".{glob.escape(path.stem[:40])}-*.part{glob.escape(path.suffix)}"
    with contextlib.suppress(OSError):
        for stale in path.parent.glob(pattern):
            with contextlib.suppress(OSError):
                if stale.is_file() and now - stale.stat().st_mtime > STALE_PART_SECONDS:
                    stale.unlink()
                    removed += 1
    return removed


def _umask() -> int:
    """The process's umask, read without setting it: ``os.umask`` would change it for the
    whole process for a moment, while the GUI thread may be creating files."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    return 0o022


def _flush(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
