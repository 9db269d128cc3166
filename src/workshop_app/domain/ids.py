"""Identifiers and timestamps shared by every record.

Keys are random UUIDs in text form so that files from several laptops merge without
collisions; times are UTC ISO-8601 strings with a ``Z`` suffix, which sort as text.
"""

from datetime import UTC, datetime


def new_id() -> str:
    """A fresh random key, e.g. ``'3f2b…'`` (UUID4, 36 characters)."""
    import uuid  # here, not above: importing uuid costs start-up 2 ms, before any key is made

    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in UTC."""
    # isoformat is about twice as fast as strftime; its "+00:00" becomes "Z".
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
