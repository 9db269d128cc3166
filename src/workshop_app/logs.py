"""Atelier's log: a small file in the platform's log folder, for whoever helps a facilitator
after something went wrong. No Qt here: the command line keeps the same log.

    Linux    ~/.local/state/atelier/log/atelier.log
    macOS    ~/Library/Logs/atelier/atelier.log
    Windows  %LOCALAPPDATA%\\atelier\\Logs\\atelier.log

What it holds: start-ups (version, system, Qt), the command run (never its arguments), the
kind of file opened, and unexpected problems with their traceback. What it never holds:
participants' names, entry texts, feedback comments, and file names or folders (a workspace
called "Atelier Nadia.sqlite" names a person). The rules that keep it so:

- files are described by :func:`file_label`: their kind and extension, never their name;
- a record's string arguments are written as ``<withheld>`` (``log.info("saved %s", path)``
  writes "saved <withheld>"): only the message template and numbers are kept;
- an exception is written as its type and the code lines of its traceback (no local
  values), never its message, which may quote what a person typed; an ``OSError`` keeps
  its error name (ENOSPC…) and an SQLite error its result code (SQLITE_BUSY…).

The file rotates at 1 MB and five old ones are kept. ``logging.handlers`` is not imported
(sockets, pickle and queues, for a few milliseconds of start-up): :class:`RotatingFile`
does the little that is needed, and never fails the program when the file cannot be
written or renamed.
"""

from __future__ import annotations

import errno
import logging
import os
import platform
import sys
import traceback
from pathlib import Path

LOGGER_NAME = "workshop_app"
LOG_FILE_NAME = "atelier.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
WITHHELD = "<withheld>"
KNOWN_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".atelier", ".csv", ".xlsx", ".pdf", ".txt")
"""Extensions a log may name; any other could be part of a name ("Atelier.Nadia")."""
MAX_CHAIN = 5
"""Exceptions of a chain (``raise … from …``) written, the last one first."""

log = logging.getLogger(LOGGER_NAME)


def log_folder() -> Path:
    """The platform's per-user log folder for Atelier (not created here)."""
    from platformdirs import user_log_path

    return user_log_path("atelier", appauthor=False)


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


class RotatingFile(logging.FileHandler):
    """A log file that starts over past ``max_bytes``, keeping ``backups`` old ones
    (``atelier.log.1`` the newest). A rename refused (Windows, another Atelier running)
    leaves the file growing a while longer rather than losing records."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT):
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if os.path.getsize(self.baseFilename) >= self.max_bytes:
                self.rotate()
        except OSError:
            pass  # no file yet, or it cannot be measured: write on
        super().emit(record)

    def rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        try:
            for number in range(self.backups - 1, 0, -1):
                older = f"{self.baseFilename}.{number}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{number + 1}")
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        except OSError:
            pass


class PrivateFormatter(logging.Formatter):
    """Writes a record without the words of the people in it (see the module's rules)."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        message = _template_only(record)
        line = f"{self.formatTime(record)} {record.levelname} {record.name}: {message}"
        if record.exc_info and record.exc_info[1] is not None:
            line += "\n" + describe_exception(record.exc_info[1])
        return line  # record.exc_text is neither read nor set: another handler's full text


def _template_only(record: logging.LogRecord) -> str:
    template = str(record.msg)
    args = record.args
    if not args:
        return template
    if isinstance(args, dict):
        args = {key: _safe_value(value) for key, value in args.items()}
    else:
        args = tuple(_safe_value(value) for value in args)
    try:
        return template % args
    except (TypeError, ValueError, KeyError):
        return template


def _safe_value(value: object) -> object:
    return value if type(value) in (bool, int, float) else WITHHELD


def describe_exception(error: BaseException) -> str:
    """``error``'s chain as types and traceback frames, without any message."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < MAX_CHAIN:
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts = []
    for number, link in enumerate(reversed(chain)):
        if number:
            parts.append("The above led to:")
        parts.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(link.__traceback__):
            parts.append(
                f'  File "{short_source(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
            if frame.line:
                parts.append(f"    {frame.line.strip()}")
        parts.append(exception_summary(link))
    return "\n".join(parts)


def exception_summary(error: BaseException) -> str:
    """The type of ``error`` and what of it is never a person's words."""
    kind = type(error)
    name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
    details = []
    if isinstance(error, OSError) and error.errno in errno.errorcode:
        details.append(errno.errorcode[error.errno])
    code = getattr(error, "sqlite_errorname", None)
    if isinstance(code, str) and code.startswith("SQLITE_"):
        details.append(code)
    text = str(error)
    if text:
        details.append(f"message withheld, {len(text)} characters")
    return f"{name} ({'; '.join(details)})" if details else name


def short_source(filename: str) -> str:
    """A source file's path from its package on (``workshop_app/ui/app.py``): the folders
    above it hold the user's name (``C:\\Users\\nadia\\…``)."""
    parts = tuple(part for part in filename.replace("\\", "/").split("/") if part)
    for marker in ("site-packages", "dist-packages", "src", "_internal"):
        if marker in parts[:-1]:
            index = len(parts) - 1 - parts[::-1].index(marker)
            return "/".join(parts[index + 1 :])
    if "workshop_app" in parts:
        return "/".join(parts[parts.index("workshop_app") :])
    return parts[-1] if parts else filename


def file_label(path: Path | str, kind: str = "file") -> str:
    """A file as the log may name it: its kind, extension and size, never its name or
    folder ("workspace: a .sqlite file of 1.2 MB", "the default workspace")."""
    from workshop_app.store.paths import default_workspace_path, demo_workspace_path

    path = Path(path)
    for known, label in (
        (default_workspace_path(), "the default"),
        (demo_workspace_path(), "the demo"),
    ):
        try:
            if path.absolute() == known.absolute():
                return f"{label} {kind}"
        except OSError:
            break
    suffix = path.suffix.lower()
    shown = suffix if suffix in KNOWN_SUFFIXES else "(other)" if suffix else "(no extension)"
    try:
        size = f" of {path.stat().st_size / 1_000_000:.1f} MB"
    except OSError:
        size = ""
    return f"{kind}: a {shown} file{size}"


_handler: RotatingFile | None = None


def setup(command: str | None = None) -> Path | None:
    """Write Atelier's records to its log file from now on, and note this start; the log
    file's path, or None if it cannot be written (Atelier runs on without it). Calling it
    again is cheap, and follows a log folder that changed (tests)."""
    global _handler
    try:
        path = log_file()
        if _handler is None or _handler.baseFilename != os.path.abspath(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8"):
                pass  # a file that cannot be written is said now, not at the first record
            handler = RotatingFile(path)
            handler.setFormatter(PrivateFormatter())
            if _handler is not None:
                log.removeHandler(_handler)
                _handler.close()
            _handler = handler
            log.addHandler(handler)
            log.setLevel(logging.INFO)
    except OSError:
        return None
    from workshop_app import __version__

    frozen = " (installed bundle)" if getattr(sys, "frozen", False) else ""
    log.info(
        f"Atelier {__version__} started{frozen}: command {command or 'gui'}; "
        f"{platform.system()} {platform.release()} {platform.machine()}; "
        f"Python {platform.python_version()}"
    )
    return path


def current_log_file() -> Path | None:
    """The file records go to, or None when no log could be opened."""
    return Path(_handler.baseFilename) if _handler is not None else None


def log_exception(kind, error: BaseException, trace) -> None:
    """An unexpected problem, with its traceback, in the log (and nowhere else)."""
    if error.__traceback__ is None and trace is not None:
        error = error.with_traceback(trace)
    log.error("unexpected problem", exc_info=(kind, error, error.__traceback__))


def log_opened(path: Path | str, kind: str) -> None:
    log.info(f"opened {file_label(path, kind)}")
