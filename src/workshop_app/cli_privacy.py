"""Encrypted workspaces on the command line.

    workshop-app encrypt [--db FILE]     encrypt a workspace (and its backups) with a passphrase
    workshop-app decrypt [--db FILE]     take the encryption off

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
        help="encrypt the workspace and its backups with a passphrase",
        description="Encrypt the workspace (and its backups) with a passphrase, asked at the "
        f"terminal or read from {NEW_PASSPHRASE_VARIABLE}. Keep it safe: without it, "
        "nobody can read the workspace again, not even Atelier.",
    )
    encrypting.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")
    decrypting = commands.add_parser(
        "decrypt", help="take the encryption off the workspace and its backups"
    )
    decrypting.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")


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
        count = change_encryption(db, new)
        print(f"{db} is encrypted ({count} backup(s) too). Keep the passphrase safe.")
        return 0
    if cipher.passphrase_for(db) is None:
        print(f"{db} is not encrypted.", file=sys.stderr)
        return 1
    count = change_encryption(db, None)
    print(f"{db} is no longer encrypted ({count} backup(s) too).")
    return 0
