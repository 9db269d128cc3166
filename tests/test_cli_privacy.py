"""Encrypted workspaces on the command line: the passphrase from a variable or typed at a
prompt (never an argument), a wrong one refused plainly."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest

PASSPHRASE = "marché couvert, jeudi"


def run_cli(*args: str, extra_env: dict | None = None, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ATELIER_")}
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=stdin,
        timeout=120,
    )


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    done = run_cli("encrypt", "--db", str(db), extra_env={"ATELIER_NEW_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    assert "encrypted" in done.stdout
    return db


def test_encrypt_then_list_with_the_variable(encrypted):
    assert b"Vaulx" not in encrypted.read_bytes()
    listed = run_cli("list", "--db", str(encrypted), extra_env={"ATELIER_PASSPHRASE": PASSPHRASE})
    assert listed.returncode == 0, listed.stderr
    assert "Vaulx-en-Velin" in listed.stdout


def test_without_a_terminal_or_variable_it_says_what_to_do(encrypted):
    listed = run_cli("list", "--db", str(encrypted))
    assert listed.returncode == 1
    assert "ATELIER_PASSPHRASE" in listed.stderr
    assert "Traceback" not in listed.stderr


def test_a_wrong_passphrase_is_refused_plainly(encrypted):
    before = encrypted.read_bytes()
    listed = run_cli("list", "--db", str(encrypted), extra_env={"ATELIER_PASSPHRASE": "non"})
    assert listed.returncode == 1
    assert "passphrase does not open" in listed.stderr
    assert "damaged" not in listed.stderr and "Traceback" not in listed.stderr
    assert encrypted.read_bytes() == before


def test_the_passphrase_can_be_typed_at_a_prompt(encrypted):
    """In a terminal, the passphrase is asked without being shown (getpass), so it never
    lands in the shell's history."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ATELIER_")}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command in a terminal
        os.execve(
            sys.executable,
            [sys.executable, "-m", "workshop_app", "list", "--db", str(encrypted)],
            env,
        )
    output = b""
    deadline = time.monotonic() + 60
    typed = False
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        if not typed and b"Passphrase of demo.sqlite:" in output:
            os.write(fd, PASSPHRASE.encode() + b"\n")
            typed = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert typed, output
    assert os.waitstatus_to_exitcode(status) == 0, output
    assert b"Vaulx-en-Velin" in output
    assert PASSPHRASE.encode() not in output  # not echoed


def test_decrypt_gives_a_plain_file_back(encrypted):
    done = run_cli("decrypt", "--db", str(encrypted), extra_env={"ATELIER_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    assert encrypted.read_bytes().startswith(b"SQLite format 3\x00")
    again = run_cli("decrypt", "--db", str(encrypted))
    assert again.returncode == 1 and "not encrypted" in again.stderr


def test_there_is_no_passphrase_argument():
    result = run_cli("list", "--passphrase", "x")
    assert result.returncode == 2


def test_encrypt_creates_a_new_workspace_encrypted_from_its_first_byte(tmp_path):
    db = tmp_path / "new.sqlite"
    done = run_cli("encrypt", "--db", str(db), extra_env={"ATELIER_NEW_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    assert "new encrypted workspace" in done.stdout
    assert not db.read_bytes().startswith(b"SQLite format 3")
    listed = run_cli("list", "--db", str(db), extra_env={"ATELIER_PASSPHRASE": PASSPHRASE})
    assert listed.returncode == 0, listed.stderr
