"""The layers below ui/ run headless: importing them must not load Qt."""

from __future__ import annotations

import subprocess
import sys

HEADLESS_MODULES = [
    "workshop_app.domain",
    "workshop_app.store",
    "workshop_app.reports",
    "workshop_app.demo",
    "workshop_app.cli",
    "workshop_app.launch",
]


def test_headless_layers_do_not_import_qt():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in HEADLESS_MODULES)
        + "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'reportlab', 'babel'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"loaded at import time: {result.stdout.strip()}"


def test_cli_list_runs_without_qt(tmp_path):
    from workshop_app.demo import create_demo_workspace

    db = create_demo_workspace(tmp_path / "demo.sqlite")
    code = (
        "import sys\n"
        "from workshop_app.cli import main\n"
        f"status = main(['list', '--db', {str(db)!r}])\n"
        "assert 'PySide6' not in sys.modules, 'the list command imported Qt'\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "workshop" in result.stdout
