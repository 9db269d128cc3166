"""Rules a record must satisfy before it is written. Messages are for people."""

from __future__ import annotations

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry, FeedbackAnswer, Participant

MAX_TEXT_CHARS = 1_000_000
"""A pasted text longer than this (about a thick book) is refused rather than stored."""

RATING_MIN, RATING_MAX = 1, 5


class ValidationError(ValueError):
    """A record breaks a rule of the domain; ``str(error)`` says which, in plain words."""


def check_text(text: str, what: str = "text") -> str:
    """Return ``text`` if it is a non-blank string of reasonable size."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(f"The {what} is empty.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(
            f"The {what} holds a character that is not valid text (at position {error.start})."
        ) from error
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(
            f"The {what} is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,}."
        )
    return text


def validate_entry(entry: Entry) -> None:
    check_text(entry.text, "entry text")
    if entry.kind is not EntryKind.IMPROVEMENT:
        if entry.answers_id is not None:
            raise ValidationError("Only an improvement can answer an issue.")
        if entry.status is not None:
            raise ValidationError("Only an improvement has a status.")
    if entry.answers_id is not None and entry.answers_id == entry.id:
        raise ValidationError("An entry cannot answer itself.")
    if entry.votes < 0:
        raise ValidationError("Votes cannot be negative.")


def validate_participant(participant: Participant) -> None:
    if participant.erased_at is None:
        check_text(participant.display_name, "name")


def validate_rating(answer: FeedbackAnswer) -> None:
    if not (RATING_MIN <= answer.rating <= RATING_MAX):
        raise ValidationError(
            f"A rating goes from {RATING_MIN} to {RATING_MAX}; got {answer.rating}."
        )
