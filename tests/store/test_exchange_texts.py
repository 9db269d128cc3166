"""Exchange files on generated text: what is sent arrives exactly as typed, and a file sent
without names holds none of them, even typed inside the entries (issue 14)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain import Entry, EntryKind, Participant, Programme, Workshop
from workshop_app.store import Workspace
from workshop_app.store.exchange import merge_files
from workshop_app.store.exchange.names import pseudonym
from workshop_app.store.exchange.pack import pack

TEXT = st.lists(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
    | st.sampled_from(["😀", "𝔘", "ع", "é", "<b>", "&amp;", "\r\n", "\x00", "'", '"']),
    max_size=12,
).map("".join).filter(str.strip) | st.sampled_from(["x" * 100_000, "🇫🇷" * 2000, " \n."])
NAME = st.builds(
    lambda first, last: f"Zq{first} Xv{last}",
    st.text("abcdefghijklmnopqrstuvwxyzéèà", min_size=2, max_size=8),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8),
)
RUN = settings(
    derandomize=True,
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _laptop(folder: Path, texts: list[str], name: str) -> tuple[Path, str]:
    path = folder / "animateur.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        person = ws.participants.add(Participant(programme_id=programme.id, display_name=name))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
        ws.attendance.check_in(workshop.id, person.id)
        for n, text in enumerate(texts):
            said = f"{text} — dit à {name}" if n % 2 else text
            ws.entries.add(
                Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=said, author_id=person.id)
            )
        return path, workshop.id


@RUN
@given(st.lists(TEXT, min_size=1, max_size=4), NAME)
def test_what_is_sent_with_names_arrives_exactly(texts, name):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        laptop, workshop_id = _laptop(folder, texts, name)
        with Workspace.open(laptop) as ws:
            sent = sorted(e.text for e in ws.entries.for_workshop(workshop_id))
            pack(ws, folder / "atelier.atelier", workshop_id=workshop_id, with_names=True)
        with Workspace.open(folder / "coordination.sqlite") as ws:
            merge_files(ws, [folder / "atelier.atelier"])
            assert sorted(e.text for e in ws.entries.select()) == sent
            assert [p.display_name for p in ws.participants.select()] == [name]


@RUN
@given(st.lists(TEXT, min_size=1, max_size=4), NAME)
def test_a_file_sent_without_names_holds_none(texts, name):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        laptop, workshop_id = _laptop(folder, texts, name)
        with Workspace.open(laptop) as ws:
            pack(ws, folder / "atelier.atelier", workshop_id=workshop_id)
        data = (folder / "atelier.atelier").read_bytes()
        assert name.encode("utf-8") not in data
        assert name.casefold().encode("utf-8") not in data.lower()
        with Workspace.open(folder / "coordination.sqlite") as ws:
            merge_files(ws, [folder / "atelier.atelier"])
            [person] = ws.participants.select()
            assert person.display_name == pseudonym(person.id)  # "Participant 3F2A"
            assert len(ws.entries.select()) == len(texts)
