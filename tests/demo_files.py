"""The demo workspace and an exchange file packed from it, for the tests of files given to
open (the command line and the window)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from workshop_app.cli import main
from workshop_app.demo import create_demo_workspace


def demo_and_exchange(folder: Path) -> tuple[Path, Path]:
    """Write the demo into ``folder`` and pack one of its workshops beside it."""
    workspace = create_demo_workspace(folder / "demo.sqlite")
    with closing(sqlite3.connect(workspace)) as conn:
        workshop = conn.execute("SELECT id FROM workshop LIMIT 1").fetchone()[0]
    exchange = folder / "sent back.atelier"
    assert main(["pack", "--workshop", workshop, "-o", str(exchange), "--db", str(workspace)]) == 0
    return workspace, exchange
