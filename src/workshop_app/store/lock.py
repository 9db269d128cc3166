"""One writer per workspace: an advisory lock file beside the database.

``atelier.sqlite`` is guarded by ``atelier.sqlite.lock``. The holder keeps an OS lock
on it (``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows) and writes
who it is (process id, host, program, start time) into it. The OS drops the lock when
the process dies, however it dies, so a lock file left by a crash is simply taken over:
no stale-lock heuristics are needed.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from pathlib import Path

from workshop_app.domain.ids import utc_now
from workshop_app.store.errors import (
    DiskFull,
    LockInTheWay,
    ReadOnlyLocation,
    WorkspaceError,
    WorkspaceLocked,
)

_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)  # away from the JSON text
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # the file system cannot lock (some network shares): go on unguarded
    return True


def read_holder(lock_path: Path) -> dict:
    """What the lock file says about its holder, or ``{}`` if it says nothing readable."""
    try:
        return json.loads(lock_path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def describe_holder(holder: dict) -> str:
    if not holder:
        return "another Atelier window"
    return "Atelier process {pid} on {host} (open since {since})".format(
        pid=holder.get("pid", "?"),
        host=holder.get("host", "?"),
        since=holder.get("since", "?"),
    )


def held_elsewhere(db_path: Path) -> bool:
    """Whether a running Atelier holds ``db_path`` now (asked without taking the lock).
    Always ``False`` on Windows, where the lock is not shared-readable this way."""
    lock = lock_path_for(db_path)
    if sys.platform == "win32" or not lock.is_file():  # pragma: no cover - Windows
        return False
    import fcntl

    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # also lets go of the shared lock, if it was taken
    return False


class WorkspaceLock:
    """Holds the lock of one workspace until :meth:`release` (or process exit)."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            if self._acquire_once():
                return
        raise WorkspaceLocked(self.db_path, f"{self.db_path} is being opened by another program.")

    def _acquire_once(self) -> bool:
        """Lock the file; ``False`` if the releaser unlinked it meanwhile (then retry)."""
        if self.path.is_dir() or (self.path.exists() and not self.path.is_file()):
            raise LockInTheWay(
                self.db_path,
                f"Atelier keeps its lock in {self.path}, but something else is there (a "
                "folder, a pipe or a device). Move it away, then open the workspace again.",
            )
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise ReadOnlyLocation(
                self.db_path,
                f"Atelier cannot write in the folder of {self.db_path}. "
                "Copy the workspace to a folder you can write to and open the copy.",
            ) from error
        if not _try_lock(fd):
            os.close(fd)
            holder = read_holder(self.path)
            raise WorkspaceLocked(
                self.db_path,
                f"{self.db_path} is already open in {describe_holder(holder)}. "
                "Switch to that window, or close it and try again.",
                holder,
            )
        try:
            same_file = os.path.samestat(os.fstat(fd), os.stat(self.path))
        except OSError:
            same_file = False
        if not same_file:
            os.close(fd)
            return False
        self._fd = fd
        info = {
            "pid": os.getpid(),
            "host": _host_name(),
            "program": Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "atelier",
            "since": utc_now()[:19].replace("T", " ") + " UTC",
        }
        data = json.dumps(info).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
        except OSError as error:
            self.release()  # no lock file left behind by a refusal
            raise _cannot_write(self.db_path, error) from error
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        if sys.platform != "win32":
            # Unlink while still holding the lock: whoever locks the old file after we
            # close sees that it is no longer at the path (samestat) and tries again.
            with contextlib.suppress(OSError):
                self.path.unlink()
        os.close(fd)  # closing the descriptor releases the OS lock

    @property
    def held(self) -> bool:
        return self._fd is not None


def _cannot_write(db_path: Path, error: OSError) -> WorkspaceError:
    if error.errno == errno.ENOSPC:
        return DiskFull(
            db_path,
            f"The disk holding {db_path} is full: Atelier cannot even note that the workspace "
            "is open. Free some space, then try again; nothing has been changed.",
        )
    return ReadOnlyLocation(
        db_path,
        f"Atelier cannot write beside {db_path} ({error.strerror}). "
        "Copy the workspace to a folder you can write to and open the copy.",
    )


def _host_name() -> str:
    """This computer's name, for the message a second Atelier shows."""
    if hasattr(os, "uname"):  # without importing socket (2 ms of start-up)
        return os.uname().nodename
    import socket

    return socket.gethostname()
