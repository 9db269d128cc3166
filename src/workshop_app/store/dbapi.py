"""SQLite's exception classes, whichever SQLite raised them.

A plain workspace runs on Python's own ``sqlite3``; an encrypted one on SQLCipher's binding
(:mod:`.cipher`), whose exceptions are classes of their own. ``dbapi.Error`` (and the
other DB-API names) is ``sqlite3.Error`` while the binding is not loaded, and the pair of
both once it is: ``except dbapi.OperationalError:`` catches either. The binding is never
imported here: a plain workspace never pays for it.
"""

from __future__ import annotations

import sqlite3
import sys

_NAMES = frozenset(
    {
        "Error",
        "DatabaseError",
        "OperationalError",
        "IntegrityError",
        "ProgrammingError",
        "InterfaceError",
        "NotSupportedError",
        "DataError",
        "InternalError",
    }
)


def __getattr__(name: str) -> tuple[type[BaseException], ...]:
    """Always a tuple: ``except dbapi.Error:`` works, and so does ``except (*dbapi.Error,
    OSError):`` (an ``except`` clause does not look inside a tuple nested in its tuple)."""
    if name not in _NAMES:
        raise AttributeError(name)
    plain = getattr(sqlite3, name)
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (plain, getattr(cipher, name)) if cipher is not None else (plain,)
