"""Keys and timestamps of records."""

from __future__ import annotations

import re

from workshop_app.domain.ids import new_id, utc_now


def test_timestamps_are_utc_iso_with_microseconds_and_z():
    stamp = utc_now()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", stamp), stamp


def test_keys_are_distinct_uuid_text():
    keys = {new_id() for _ in range(1000)}
    assert len(keys) == 1000
    assert all(len(k) == 36 for k in keys)
