"""The capture box's draft is kept in the workspace, per workshop, exactly as typed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain import Programme, Workshop
from workshop_app.store import Workspace

WIDE = ["😀", "👩🏽\u200d🌾", "🇫🇷", "\U0010fffd", "e\u0301", "é", "œ", "ع", "صوتهم", "\u200f"]
MARKUP = ["<b>", "</b>", "&amp;", "<script>", "'", '"', "%", "_", "\\", "\n", "\r\n", "\t"]
PIECES = st.characters(blacklist_categories=("Cs",)) | st.sampled_from(
    [*WIDE, *MARKUP, "\ufeff", "\ufffe", " #thème", " @na", " !1", " "]
)


def drafts() -> st.SearchStrategy[str]:
    """Any text with something in it, from one character to a few KB."""
    short = st.lists(PIECES, min_size=1, max_size=80).map("".join)
    long = st.tuples(st.lists(PIECES, min_size=1, max_size=20), st.integers(20, 150))
    return (short | long.map(lambda run: "".join(run[0]) * run[1])).filter(str.strip)


def _two_workshops(ws: Workspace) -> tuple[str, str]:
    programme = ws.programmes.create_with_defaults(Programme(title="Brouillons"))
    first = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier 1"))
    second = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier 2"))
    return first.id, second.id


def test_a_draft_is_kept_per_workshop_and_cleared(ws):
    first, second = _two_workshops(ws)
    assert ws.drafts.get(first) == ""
    ws.drafts.put(first, "Les ménages ne savent pas")
    ws.drafts.put(second, "Autre atelier")
    ws.drafts.put(first, "Les ménages ne savent pas qui appeler")
    assert ws.drafts.get(first) == "Les ménages ne savent pas qui appeler"
    assert ws.drafts.get(second) == "Autre atelier"
    ws.drafts.put(first, "  \n ")  # an emptied box keeps nothing
    assert ws.drafts.get(first) == ""
    assert ws.conn.execute("SELECT count(*) FROM draft").fetchone()[0] == 1
    ws.drafts.clear(second)
    assert ws.drafts.get(second) == ""


def test_edits_in_place_are_kept_beside_the_capture_draft(ws):
    first, second = _two_workshops(ws)
    ws.drafts.put(first, "dans la zone de saisie")
    ws.drafts.put(first, "Nouvelle formulation 😀", "edit:entry-1")
    ws.drafts.put(second, "Ailleurs", "edit:entry-2")
    assert ws.drafts.edits(first) == [("entry-1", "Nouvelle formulation 😀")]
    assert ws.drafts.get(first) == "dans la zone de saisie"  # each place its own
    ws.drafts.put(first, "", "edit:entry-1")
    assert ws.drafts.edits(first) == []
    assert ws.drafts.edits(second) == [("entry-2", "Ailleurs")]


def test_a_draft_survives_closing_and_reopening(path):
    with Workspace.open(path) as ws:
        first, _second = _two_workshops(ws)
        ws.drafts.put(first, "à moitié tapé 😀")
    with Workspace.open(path) as ws:
        assert ws.drafts.get(first) == "à moitié tapé 😀"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=drafts())
def test_any_draft_round_trips_exactly(ws, text):
    workshop_id = ws.workshops.select()[0].id if ws.workshops.count() else _two_workshops(ws)[0]
    ws.drafts.put(workshop_id, text)
    assert ws.drafts.get(workshop_id) == text


def test_the_kind_of_a_draft_is_kept_with_it_and_goes_with_it(ws, workshop):
    ws.drafts.put(workshop.id, "Une idée pas finie", kind="idea")
    assert (ws.drafts.get(workshop.id), ws.drafts.kind(workshop.id)) == (
        "Une idée pas finie",
        "idea",
    )
    assert ws.drafts.edits(workshop.id) == []
    ws.drafts.put(workshop.id, "   ")  # emptied: both go
    assert (ws.drafts.get(workshop.id), ws.drafts.kind(workshop.id)) == ("", "")
