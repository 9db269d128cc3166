"""``workshop-app FILE``: a workspace or an exchange file given to open, as the desktop
does when one is double-clicked, and the options of the window.

    workshop-app FILE           open the workspace FILE, or offer to merge the exchange
    workshop-app gui FILE       file FILE (.atelier) into the workspace opened as usual

A file that Atelier cannot open (missing, a folder, not an Atelier file) is one line on
stderr and exit code 2; launched by the desktop (``--desktop``, as the desktop entry and the
installers' file associations pass it, or without any stderr, as a Windows program without
a console) the window opens and says it instead. An unknown argument says what was expected.
No Qt here.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

WINDOW_VALUE_OPTIONS = {"--db", "--platform", "--lang", "--workshop"}
"""Options before the command that take a value (``workshop-app --db X FILE``)."""

WORKSPACE, EXCHANGE = "workspace", "exchange"
"""What a file given to ``workshop-app FILE`` is opened as."""
MISSING, FOLDER, EMPTY, UNREADABLE, NOT_ATELIER, OTHER_DATABASE = (
    "missing",
    "folder",
    "empty",
    "unreadable",
    "not_atelier",
    "other_database",
)
"""Why a file given cannot be opened."""
FILE_PROBLEMS = (MISSING, FOLDER, EMPTY, UNREADABLE, NOT_ATELIER, OTHER_DATABASE)
EXPECTED = "a workspace (a .sqlite file made by Atelier) or an exchange file (.atelier) to open"


def classify_file(path: Path) -> str:
    """What ``path`` is, from its first 100 bytes: :data:`WORKSPACE`, :data:`EXCHANGE`, or
    one of :data:`FILE_PROBLEMS`. An encrypted file cannot tell: ``.atelier`` is taken as
    an exchange file, anything else as a workspace (its passphrase is asked either way).
    A SQLite file without an Atelier id goes to the workspace checks, which say why."""
    import stat

    from workshop_app.store import cipher
    from workshop_app.store.schema import APPLICATION_ID, EXCHANGE_APPLICATION_ID

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return MISSING
    except OSError:
        return UNREADABLE
    if stat.S_ISDIR(mode):
        return FOLDER
    if not stat.S_ISREG(mode):
        return NOT_ATELIER  # a pipe, a device: reading it could block
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return UNREADABLE
    if not header:
        return EMPTY
    if cipher.is_plain_sqlite(header):
        owner = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
        if owner == EXCHANGE_APPLICATION_ID:
            return EXCHANGE
        if owner in (APPLICATION_ID, 0):
            return WORKSPACE
        return OTHER_DATABASE
    if cipher.looks_encrypted(path, header):
        return EXCHANGE if path.suffix.lower() == ".atelier" else WORKSPACE
    return NOT_ATELIER


def file_problem_text(path: Path, problem: str) -> str:
    """One line for the terminal: what is wrong with ``path`` and what Atelier expected."""
    return {
        MISSING: f"there is no file {path}: give {EXPECTED}.",
        FOLDER: f"{path} is a folder; give {EXPECTED}.",
        EMPTY: f"{path} is empty: it is not an Atelier file. Give {EXPECTED}.",
        UNREADABLE: f"Atelier cannot read {path}: check that you may open it.",
        NOT_ATELIER: f"{path} is not an Atelier file. Give {EXPECTED}.",
        OTHER_DATABASE: f"{path} is a database of another program, not an Atelier file. "
        f"Give {EXPECTED}.",
    }[problem]


def file_as_command(argv: list[str], commands: list[str]) -> list[str]:
    """``workshop-app FILE`` as ``workshop-app gui FILE``: the first word that is not an
    option, nor an option's value, nor a command, is a file to open when it looks like one
    (it exists, or has a folder or an extension). A word that does not is refused with
    what was expected (exit code 2). macOS's ``-psn_…`` argument is dropped."""
    argv = [arg for arg in argv if not arg.startswith("-psn_")]
    index, dashes = 0, False
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            index, dashes = index + 1, True
            break
        if arg in WINDOW_VALUE_OPTIONS:
            index += 2
            continue
        if not arg.startswith("-") or arg == "-":
            break
        index += 1
    if index >= len(argv) or argv[index] in commands:
        return argv
    word = argv[index]
    looks_like_file = (
        os.path.exists(word) or os.sep in word or "/" in word or bool(Path(word).suffix)
    )
    if not looks_like_file:
        print(
            f"workshop-app: {word!r} is neither a command nor a file. Give {EXPECTED}, "
            f"or one of the commands: {', '.join(commands)} (see workshop-app --help).",
            file=sys.stderr,
        )
        raise SystemExit(2)
    if dashes:  # "workshop-app -- -odd name.sqlite": everything after is the file
        return [*argv[: index - 1], "gui", "--", *argv[index:]]
    return [*argv[:index], "gui", *argv[index:]]


class Parser(argparse.ArgumentParser):
    """argparse, saying what it expected when it meets an argument it does not know."""

    def error(self, message: str):
        if message.startswith("unrecognized arguments:"):
            unknown = message.partition(":")[2].strip()
            message = (
                f"unknown argument {unknown}. workshop-app expects {EXPECTED}, or a "
                "command and its options: 'workshop-app --help' lists them, "
                "'workshop-app COMMAND --help' a command's."
            )
        super().error(message)


def add_window_options(parser, prefix: str = "") -> None:
    """The options of the window, on ``workshop-app`` and again on ``workshop-app gui FILE``
    (stored as ``prefix`` + name there: :func:`window_option` reads either)."""
    parser.add_argument(
        "--platform",
        metavar="NAME",
        dest=prefix + "platform",
        help="Qt window system plugin, e.g. 'offscreen' to run without a display",
    )
    parser.add_argument(
        "--lang", choices=["fr", "en"], dest=prefix + "lang", help="interface language"
    )
    parser.add_argument(
        "--workshop",
        metavar="ID",
        dest=prefix + "workshop",
        help="open straight into this workshop (see 'list')",
    )
    # Hidden: the desktop entry and the installers' file associations pass --desktop (a
    # problem with the file is then shown in the window: nobody reads a desktop's stderr);
    # --smoke-test opens the window, says whether the workspace opened, and quits (CI).
    parser.add_argument(
        "--desktop", action="store_true", dest=prefix + "desktop", help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--smoke-test", action="store_true", dest=prefix + "smoke_test", help=argparse.SUPPRESS
    )


def window_option(args, name: str):
    """An option of the window, given before the command or after ``gui``."""
    return getattr(args, "sub_" + name, None) or getattr(args, name, None)


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def file_to_open(args: argparse.Namespace) -> tuple[Path, str] | None:
    """``workshop-app FILE``: the file and what it is; a problem with it ends the command
    (exit code 2) unless the desktop launched Atelier: the window then says it."""
    if args.command != "gui" or not args.file:
        return None
    path = Path(args.file).expanduser()
    kind = classify_file(path)
    desktop = window_option(args, "desktop") or sys.stderr is None
    if kind in FILE_PROBLEMS and not desktop:
        _error(file_problem_text(path, kind))
        raise SystemExit(2)
    given = args.db or getattr(args, "sub_db", None)
    if kind == WORKSPACE and given and Path(given).expanduser().absolute() != path.absolute():
        _error(f"two workspaces given ({given} and {path}): give one.")
        raise SystemExit(2)
    return path, kind


def _error(message: str) -> None:
    print(f"workshop-app: {message}", file=sys.stderr)
