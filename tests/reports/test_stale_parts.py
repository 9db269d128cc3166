"""A killed export leaves a hidden .part file beside its destination; the next export to
that place removes it, never one that may still be written (issue 13)."""

from __future__ import annotations

import os
import time

from workshop_app.reports.output import STALE_PART_SECONDS, atomic_destination


def test_the_next_export_removes_what_a_killed_one_left(tmp_path):
    destination = tmp_path / "Synthèse [atelier] 2026.pdf"
    old = tmp_path / ".Synthèse [atelier] 2026-abc123.part.pdf"
    fresh = tmp_path / ".Synthèse [atelier] 2026-def456.part.pdf"
    other = tmp_path / ".Autre-xyz.part.pdf"
    for leftover in (old, fresh, other):
        leftover.write_bytes(b"%PDF half")
    long_ago = time.time() - STALE_PART_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    with atomic_destination(destination) as temporary:
        temporary.write_bytes(b"%PDF whole")
    assert destination.read_bytes() == b"%PDF whole"
    assert not old.exists()  # killed long ago: gone
    assert fresh.exists()  # may be another export, still running: kept
    assert other.exists()  # another destination's: not ours to remove


def test_a_text_longer_than_atelier_ever_saves_is_cut_visibly_in_reports():
    """The corpus: a 50 MB entry kept an export laying out for ever."""
    from workshop_app.domain import Entry, EntryKind
    from workshop_app.domain.validation import MAX_TEXT_CHARS
    from workshop_app.reports.gather import _known_references

    huge = Entry(workshop_id="w", kind=EntryKind.IDEA, text="a" * (MAX_TEXT_CHARS + 10))
    [kept] = _known_references([huge], {}, {})
    assert len(kept.text) == MAX_TEXT_CHARS + len(" […]") and kept.text.endswith(" […]")
