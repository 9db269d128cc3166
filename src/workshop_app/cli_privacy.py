"""Encrypted workspaces on the command line.

    workshop-app encrypt [--db FILE]     encrypt a workspace (and its backups) with a passphrase
    workshop-app decrypt [--db FILE]     take the encryption off
    workshop-app empty-bin [WORKSPACE] [--dry-run]   erase for good what was removed

A passphrase is never an argument (arguments land in the shell's history and in the list
of running processes): it is read from the ``ATELIER_PASSPHRASE`` variable, or asked at
the terminal without being shown. ``encrypt`` asks for the new one twice, or reads
``ATELIER_NEW_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from pathlib import Path

NEW_PASSPHRASE_VARIABLE = "ATELIER_NEW_PASSPHRASE"


class NoPassphrase(Exception):
    """No passphrase could be had (no variable, no terminal); ``str()`` says what to do."""


def add_parsers(commands) -> None:
    encrypting = commands.add_parser(
        "encrypt",
        help="encrypt the workspace and its backups with a passphrase (a new file: "
        "create it encrypted)",
        description="Encrypt the workspace (and its backups) with a passphrase, asked at the "
        f"terminal or read from {NEW_PASSPHRASE_VARIABLE}. Keep it safe: without it, "
        "nobody can read the workspace again, not even Atelier.",
    )
    encrypting.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")
    decrypting = commands.add_parser(
        "decrypt", help="take the encryption off the workspace and its backups"
    )
    decrypting.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")
    _add_empty_bin_parser(commands)


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise NoPassphrase(
            "This needs a passphrase: set ATELIER_PASSPHRASE (or ATELIER_NEW_PASSPHRASE for "
            "a new one), or run the command in a terminal to type it."
        )
    return getpass.getpass(prompt)


def unlock(path: Path, ask: bool = True) -> None:
    """If ``path`` is an encrypted file, remember its passphrase (from the variable, or
    asked unless ``ask`` is false: the window asks in its own way); a plain file, or one
    already unlocked, needs nothing."""
    from workshop_app.store import cipher

    path = Path(path).expanduser()
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return  # a pipe would block the read: the usual checks refuse it
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return  # a missing or unreadable file: the usual checks say so
    if cipher.passphrase_for(path) is not None or not cipher.looks_encrypted(path, header):
        return
    passphrase = os.environ.get(cipher.PASSPHRASE_VARIABLE)
    if not passphrase and ask:
        passphrase = _ask(f"Passphrase of {path.name}: ")
    if passphrase:
        cipher.remember(path, passphrase)


def run(command: str, db: Path, args: argparse.Namespace) -> int:
    from workshop_app.store import cipher
    from workshop_app.store.encryption import change_encryption

    if command == "encrypt":
        if cipher.passphrase_for(db) is not None:
            print(f"{db} is already encrypted.", file=sys.stderr)
            return 1
        new = os.environ.get(NEW_PASSPHRASE_VARIABLE)
        if not new:
            new = _ask("New passphrase: ")
            if new != _ask("The same passphrase again: "):
                print("The two passphrases differ; nothing was changed.", file=sys.stderr)
                return 1
        if not new:
            print("An empty passphrase protects nothing; nothing was changed.", file=sys.stderr)
            return 1
        if not db.exists():  # a new workspace, encrypted from its first byte
            from workshop_app.store import Workspace

            Workspace.open(db, passphrase=new).close()
            print(f"{db} is a new encrypted workspace. Keep the passphrase safe.")
            return 0
        count = change_encryption(db, new)
        print(f"{db} is encrypted ({count} backup(s) too). Keep the passphrase safe.")
        return 0
    if cipher.passphrase_for(db) is None:
        print(f"{db} is not encrypted.", file=sys.stderr)
        return 1
    count = change_encryption(db, None)
    print(f"{db} is no longer encrypted ({count} backup(s) too).")
    return 0


def _add_empty_bin_parser(commands) -> None:
    from workshop_app.store.recycle_bin import RETENTION_DAYS

    emptying = commands.add_parser(
        "empty-bin",
        help="empty the bin: what was removed is erased for good",
        description="Erase for good what was removed from the workspace (entries, agenda "
        "steps, action items, feedback answers…), in it and in its backups: their texts are "
        "blanked, their words leave the search index, and no merge brings them back. "
        f"Without this, removed items stay in the bin {RETENTION_DAYS} days (undo brings "
        "them back), then are emptied when the workspace is opened.",
    )
    emptying.add_argument(
        "sub_db", nargs="?", metavar="WORKSPACE", help="workspace file (default: yours)"
    )
    emptying.add_argument(
        "--dry-run", action="store_true", help="only say what the bin holds; change nothing"
    )


_PLURALS = {"entry": "entries", "feedback_response": "feedback answers"}


def _records(counts: dict[str, int]) -> str:
    """``{"entry": 3, "agenda_step": 1}`` as "3 entries, 1 agenda step"."""
    said = []
    for table, number in counts.items():
        word = "feedback answer" if table == "feedback_response" else table.replace("_", " ")
        plural = _PLURALS.get(table, word + "s")
        said.append(f"{number} {word if number == 1 else plural}")
    return ", ".join(said)


def empty_bin(db: Path, dry_run: bool) -> int:
    """Empty the bin of the workspace now (and of its backups), or say what it holds."""
    from workshop_app.cli import _count, _print_error
    from workshop_app.store import Workspace, recycle_bin

    if dry_run:
        with Workspace.open(db, create=False, read_only=True) as ws:
            counts = recycle_bin.contents(ws.conn)
        if not counts:
            print(f"The bin of {db} is empty.")
        else:
            print(f"The bin of {db} holds {_records(counts)}.")
        return 0
    with Workspace.open(db, create=False) as ws:
        on_opening = ws.emptied  # what was removed long ago went as the file opened
        result = recycle_bin.empty_now(ws)
    total = on_opening + result.total
    if not total:
        print(f"The bin of {db} was empty.")
    else:
        detail = f" ({_records(result.counts)})" if result.total and not on_opening else ""
        print(f"Emptied the bin of {db}: {_count(total, 'item')} erased for good{detail}.")
    if result.backups:
        print(f"Emptied in its backups too ({_count(result.backups, 'backup')}).")
    for path in result.backups_failed:
        _print_error(f"warning: the backup {path} could not be emptied (is it in use?).")
    if not result.folded:
        _print_error(
            "warning: another program is reading the workspace; the old text leaves its "
            "journal file (-wal) when that program stops and the workspace is next closed."
        )
    return 0
