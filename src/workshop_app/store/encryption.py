"""Encrypting a plain workspace, or taking the encryption off one: the whole file is
written anew beside it, checked, and put in its place; its backups follow.

What this does not do (the README's privacy section says it too): the blocks of the disk
that held the plain file are released, not overwritten, so until the system reuses them
someone with the laptop and recovery tools could find old words there. On an SSD no
program can promise better; encrypting a workspace from its creation, or the whole disk,
leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from workshop_app.store import backups, cipher, connection
from workshop_app.store.errors import WorkspaceError, WriteFailed
from workshop_app.store.lock import WorkspaceLock
from workshop_app.store.workspace import Workspace


def change_encryption(path: Path | str, new_passphrase: str | None) -> int:
    """Encrypt ``path`` with ``new_passphrase`` (or decrypt it, with None). The current
    passphrase, if it is encrypted, must be remembered already (:func:`cipher.remember`,
    or opening it once). Returns how many backups were rewritten the same way.

    The workspace must not be open elsewhere (its lock is taken for the whole change).
    A failure leaves the workspace as it was."""
    path = Path(path).expanduser().absolute()
    if new_passphrase is not None:
        cipher.check_passphrase(new_passphrase)
        cipher.cipher_module()  # the binding is there before anything is touched
    old = cipher.passphrase_for(path)
    # open once: every check, the journal folded into the file, then closed
    Workspace.open(path, create=False).close()
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        _rewrite(path, old, new_passphrase)
        for side in connection.existing_side_files(path):
            with contextlib.suppress(OSError):
                side.unlink()  # emptied by the close above; they belonged to the old file
    finally:
        lock.release()
    if new_passphrase is None:
        cipher.forget(path)
    else:
        cipher.remember(path, new_passphrase)
    rewritten = 0
    for backup in backups.list_backups(path):
        try:
            _rewrite(backup.path, cipher.passphrase_for(backup.path) or old, new_passphrase)
        except (WorkspaceError, *_errors()):
            continue  # left as it was, with the passphrase it had (if any)
        rewritten += 1
        if new_passphrase is None:
            cipher.forget(backup.path)
        else:
            cipher.remember(backup.path, new_passphrase)
    return rewritten


def _errors() -> tuple[type[BaseException], ...]:
    return (*cipher.errors(), OSError, cipher.KeyRefused)


def _rewrite(path: Path, old: str | None, new: str | None) -> None:
    partial = path.with_name(f".{path.name}.rekey")
    with contextlib.suppress(OSError):
        partial.unlink()
    try:
        cipher.rekey_copy(path, partial, old, new)
        with contextlib.closing(cipher.connect(partial, new)) as check:
            verdict = check.execute("PRAGMA quick_check(1)").fetchone()[0]
        if verdict != "ok":
            raise WriteFailed(path, f"The rewritten copy of {path} did not check out ({verdict}).")
        os.replace(partial, path)
    except (*_errors(),) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise WriteFailed(
            path, f"Atelier could not rewrite {path} ({error}); it has not been changed."
        ) from error
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
