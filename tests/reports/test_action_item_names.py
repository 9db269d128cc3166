"""A participant's name in the "who" of an action item never prints unless names are asked
for, wherever it stands in the text; the rest of "who" prints literally."""

from __future__ import annotations

import openpyxl
import pytest

from tests.reports.pdf_reading import pdf_text, squash
from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.models import ActionItem, Participant, Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.store import Workspace

NAME = "Zorglubette Quintal"
GONE = "Bérangère Xyzzy"


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.open(tmp_path / "w.sqlite", create=True)
    programme = workspace.programmes.create_with_defaults(Programme(title="P", language="fr"))
    workshop = workspace.workshops.add(Workshop(programme_id=programme.id, title="W"))
    workspace.participants.add(
        Participant(programme_id=programme.id, display_name=NAME, role=ParticipantRole.RESIDENT)
    )
    gone = workspace.participants.add(
        Participant(
            programme_id=programme.id, display_name=GONE, role=ParticipantRole.SOCIAL_WORKER
        )
    )
    workspace.participants.soft_delete(gone.id)
    for what, who in [
        ("call the landlord", f"{NAME} (CCAS)"),
        ("write the letter", f"Karim et {NAME.upper()}"),
        ("book the room", f"{GONE}"),
        ("literal who", "role:resident <b>"),
    ]:
        workspace.action_items.add(ActionItem(workshop_id=workshop.id, what=what, who=who))
    yield workspace, workshop, programme
    workspace.close()


def _texts(ws, workshop, programme, tmp_path, with_names: bool) -> dict[str, str]:
    summary = tmp_path / f"s{with_names}.pdf"
    synthesis = tmp_path / f"p{with_names}.pdf"
    book = tmp_path / f"b{with_names}.xlsx"
    common = {"with_names": with_names}
    export(ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id, **common), summary)
    export(
        ws,
        ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=programme.id, **common),
        synthesis,
    )
    export(ws, ExportOptions(ExportFormat.XLSX, workshop_id=workshop.id, **common), book)
    cells = [
        str(c)
        for sheet in openpyxl.load_workbook(book)
        for row in sheet.iter_rows(values_only=True)
        for c in row
        if c is not None
    ]
    return {
        "summary": squash(pdf_text(summary)),
        "synthesis": squash(pdf_text(synthesis)),
        "xlsx": " | ".join(cells),
    }


def test_a_name_inside_who_is_masked_by_default(ws, tmp_path):
    texts = _texts(*ws, tmp_path, with_names=False)
    for where, text in texts.items():
        for part in (*NAME.split(), *GONE.split()):
            assert part.casefold() not in text.casefold(), (where, part)
        assert "Habitant·e / usager·ère (CCAS)" in text, where
        assert "Karim et Habitant·e / usager·ère" in text, where
        assert "Travailleur·se social·e" in text, where
        # a "who" typed by a person prints as typed, never read as a code
        assert "role:resident <b>" in text, where


def test_names_inside_who_print_when_asked(ws, tmp_path):
    texts = _texts(*ws, tmp_path, with_names=True)
    for where, text in texts.items():
        assert f"{NAME} (CCAS)" in text, where
