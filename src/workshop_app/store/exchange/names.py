"""How a person is named in a file sent without names."""

from __future__ import annotations

PSEUDONYM = "Participant {}"


def pseudonym(participant_id: str) -> str:
    """The same on every laptop and in every file: "Participant 3F2A" (from the person's
    key), so that two files name one person alike and a workspace that knows the key
    knows who it is."""
    return PSEUDONYM.format(participant_id.replace("-", "")[:4].upper())
