"""The ``workshop-app`` command line: headless commands and clear one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from workshop_app import __version__
from workshop_app.cli import main
from workshop_app.store import Workspace


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Atelier {__version__}"


def test_demo_then_list(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    with Workspace.open(db, lock=False) as ws:
        for workshop in ws.workshops.select():
            assert workshop.id in out
            assert workshop.title in out


def test_demo_goes_to_its_own_file_by_default(isolated_user_dirs, capsys):
    assert main(["demo"]) == 0
    data = isolated_user_dirs / "data" / "atelier"
    assert (data / "demo.sqlite").exists()
    assert not (data / "atelier.sqlite").exists()  # the real workspace is never touched


def test_demo_refuses_to_overwrite_without_replace(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["demo", "--db", str(db)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["demo", "--db", str(db), "--replace"]) == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"just some text\n", "not an Atelier workspace"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not an Atelier workspace"),
    ],
)
def test_list_on_a_bad_file_is_one_clear_line(tmp_path, content, expected):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    result = run_cli("list", "--db", str(bad))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0] and str(bad) in lines[0]
    assert bad.read_bytes() == content


def test_list_on_a_missing_file(tmp_path):
    result = run_cli("list", "--db", str(tmp_path / "nope.sqlite"))
    assert result.returncode == 1
    assert "no workspace" in result.stderr.lower()
    assert not (tmp_path / "nope.sqlite").exists()


def test_where_prints_the_data_folder(isolated_user_dirs, capsys):
    assert main(["where"]) == 0
    assert (
        str(isolated_user_dirs / "data" / "atelier" / "atelier.sqlite") in capsys.readouterr().out
    )


def test_window_without_display_says_so_in_one_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = run_cli("--db", str(tmp_path / "w.sqlite"), env=env)
    assert result.returncode == 1
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "no display" in message and "--platform offscreen" in message
    assert "qt.qpa" not in message and "plugin" not in message.lower()


def test_version_matches_the_package_metadata():
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert __version__ == declared


@pytest.mark.parametrize(
    ("number", "words"),
    [(28, "disk is full"), (13, "may not write"), (30, "may not write"), (5, "system refused")],
)
def test_system_failures_are_said_in_plain_words(number, words):
    from workshop_app.cli import os_error_text

    text = os_error_text(OSError(number, os.strerror(number), "/media/clé/atelier.sqlite"))
    assert words in text
    assert "/media/clé/atelier.sqlite" in text
    assert "Errno" not in text
