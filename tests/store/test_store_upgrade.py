"""A workspace written by an earlier Atelier opens, and is upgraded in place.

``tests/fixtures/workspace-v1.sqlite`` is the demo as the first schema wrote it. It must
never be regenerated: it stands for the files people already have.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workshop_app.store import Workspace
from workshop_app.store.errors import NeedsUpgrade
from workshop_app.store.schema import SCHEMA_VERSION, pending

FIXTURE = Path(__file__).parent.parent / "fixtures" / "workspace-v1.sqlite"


@pytest.fixture
def v1(tmp_path) -> Path:
    copy = tmp_path / "ancien.sqlite"
    shutil.copy(FIXTURE, copy)
    return copy


def test_a_version_1_workspace_opens_with_everything_in_it(v1):
    with Workspace.open(v1) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert pending(ws.db) == []
        assert ws.programmes.count() == 1
        assert ws.workshops.count() == 3
        assert ws.entries.count() == 42
        assert ws.participants.count() == 15
        programme = ws.programmes.select()[0]
        assert ws.entries.search(programme.id, "plateforme")


def test_opening_twice_changes_nothing_more(v1):
    with Workspace.open(v1):
        pass
    with Workspace.open(v1) as ws:
        assert ws.schema_version == SCHEMA_VERSION


def test_read_only_opening_asks_for_an_upgrade_only_when_one_is_due(tmp_path, v1):
    if SCHEMA_VERSION == 1:
        with Workspace.open(v1, read_only=True) as ws:
            assert ws.programmes.count() == 1
    else:
        with pytest.raises(NeedsUpgrade):
            Workspace.open(v1, read_only=True)
