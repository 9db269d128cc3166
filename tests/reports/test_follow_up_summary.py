"""The summary of a workshop says what moved since the previous workshop of its actions,
and which improvements of earlier workshops are still open; read back from the PDF."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reports.pdf_reading import pdf_text, squash
from workshop_app.domain import (
    Action,
    ActionItem,
    Entry,
    EntryKind,
    ImprovementStatus,
    Participant,
    ParticipantRole,
    Programme,
    Workshop,
)
from workshop_app.domain.enums import ActionItemStatus
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.store import Workspace


def _day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


@pytest.fixture
def followed(tmp_path):
    ws = Workspace.open(tmp_path / "suivi.sqlite")
    programme = ws.programmes.create_with_defaults(Programme(title="Habiter mieux"))
    heating = ws.actions.add(Action(programme_id=programme.id, number=3, title="Chauffage"))
    ws.participants.add(
        Participant(
            programme_id=programme.id, display_name="Nadia Benali", role=ParticipantRole.RESIDENT
        )
    )
    first = ws.workshops.add(
        Workshop(programme_id=programme.id, title="Diagnostic partagé", starts_at=_day(-30))
    )
    second = ws.workshops.add(
        Workshop(programme_id=programme.id, title="Point d’étape", starts_at=_day(0))
    )
    for workshop in (first, second):
        ws.workshops.set_action_ids(workshop.id, [heating.id])

    def improvement(text, status=ImprovementStatus.PROPOSED):
        return ws.entries.add(
            Entry(
                workshop_id=first.id,
                kind=EntryKind.IMPROVEMENT,
                text=text,
                action_id=heating.id,
                status=status,
            )
        )

    done = improvement("Visites chez Nadia Benali", ImprovementStatus.PLANNED)
    improvement("Un numéro direct")
    ws.entries.update(dataclasses.replace(ws.entries.get(done.id), status=ImprovementStatus.DONE))
    item = ws.action_items.add(ActionItem(workshop_id=first.id, what="Écrire au bailleur"))
    ws.action_items.update(dataclasses.replace(item, status=ActionItemStatus.DONE))
    yield ws, first, second
    ws.close()


def _summary(ws, tmp_path, workshop, **options) -> str:
    path = tmp_path / f"summary-{options.get('language', 'fr')}.pdf"
    export(ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id, **options), path)
    return squash(pdf_text(path))


def test_the_summary_lists_what_moved_since_the_previous_workshop(followed, tmp_path):
    ws, _first, second = followed
    text = _summary(ws, tmp_path, second, language="fr")
    assert "Suivi depuis l’atelier précédent" in text
    assert "Depuis l’atelier « Diagnostic partagé » du" in text
    assert "Pistes d’amélioration dont le statut a changé" in text
    assert "Prévue → Réalisée" in text or "Prévue → Faite" in text, text
    assert "Actions de suivi dont le statut a changé" in text
    assert "Écrire au bailleur" in text
    assert "toujours proposées ou prévues" in text
    assert "Un numéro direct" in text
    # Without names (the default) the name typed in the improvement reads as a role.
    assert "Nadia" not in text
    assert "Visites chez [une habitante" in text or "Visites chez [un·e habitant·e]" in text


def test_the_english_summary_and_names_when_asked(followed, tmp_path):
    ws, _first, second = followed
    text = _summary(ws, tmp_path, second, language="en", with_names=True)
    assert "Follow-up since the previous workshop" in text
    assert "Improvements whose status changed" in text
    assert "Visites chez Nadia Benali" in text
    assert "Planned → Done" in text


def test_the_first_workshop_has_no_follow_up_section(followed, tmp_path):
    ws, first, _second = followed
    text = _summary(ws, tmp_path, first, language="fr")
    assert "Suivi depuis" not in text


TEXTS = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=400
) | st.sampled_from(["<b>gras</b> & <i>", "تحسين الخدمة", "Cải thiện 🏠🎉", "x" * 5000])


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
def test_any_text_that_moved_is_gathered_and_printed(followed, tmp_path, texts):
    from workshop_app.reports.gather import gather_session

    ws, first, second = followed
    typed = []
    for text in texts:
        entry = ws.entries.add(
            Entry(
                workshop_id=first.id,
                kind=EntryKind.IMPROVEMENT,
                text=text if text.strip() else "·",
                status=None,
            )
        )
        ws.entries.update(dataclasses.replace(entry, status=ImprovementStatus.PLANNED))
        typed.append(entry.text)
    ws.workshops.set_action_ids(second.id, [])  # every action, and none
    gathered = gather_session(ws, second.id, language="en", with_names=True).follow_up
    moved = [row.text for row in gathered.improvements]
    for text in typed:
        assert text in moved
    printed = _summary(ws, tmp_path, second, language="en", with_names=True)
    assert "Improvements whose status changed" in printed
    for text in typed:  # words of plain letters read back as typed (other scripts are shaped)
        word = squash(text).split(" ")[0]
        if word.isascii() and word.isalnum() and len(word) < 30:
            assert word in printed
