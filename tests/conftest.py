"""Shared fixtures: every test runs with its own settings, data folder and workspace files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep platformdirs and QSettings away from the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log (issue 17)
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def forget_passphrases():
    """Passphrases live in the process's memory (store/cipher.py): none leaks between tests."""
    yield
    from workshop_app.store import cipher

    cipher._keys.clear()
    cipher._derived.clear()
