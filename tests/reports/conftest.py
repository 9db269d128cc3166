"""Fixtures of the report tests: the demo workspace, open, on a fresh copy for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.demo import create_demo_workspace
from workshop_app.store.workspace import Workspace


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo workspace, built once per session; tests open a copy of it."""
    return create_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture
def demo_ws(demo_file, tmp_path):
    """An open :class:`Workspace` on a copy of the demo workspace."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    workspace = Workspace.open(copy)
    yield workspace
    workspace.close()


@pytest.fixture
def tmp_out(tmp_path) -> Path:
    """An empty folder for export files."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
