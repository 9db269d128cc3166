"""Damage to the bytes and the header: flips, truncations, foreign ids and versions,
and healthy controls."""

from __future__ import annotations

import struct
from pathlib import Path

from tests.corpus.common import (
    _copy,
    _flip,
    _page_size,
    _sql,
)


def k_control(folder, target, source, rng, sources):
    _copy(source, target)
    return "healthy copy", {"healthy": True}


def k_header_flip(folder, target, source, rng, sources):
    data = bytearray(source.read_bytes())
    flips = [_flip(data, rng.randrange(16, 100), rng) for _ in range(rng.randint(1, 3))]
    target.write_bytes(bytes(data))
    return "header " + " ".join(flips), {}


def k_page_flip(folder, target, source, rng, sources):
    data = bytearray(source.read_bytes())
    size = _page_size(data)
    pages = len(data) // size
    done = []
    for _ in range(rng.randint(1, 3)):
        page = rng.randrange(1, pages)  # never page 1 (its header is the other kind)
        burst = rng.choice((1, 1, 4, 32))
        start = page * size + rng.randrange(size - burst)
        for offset in range(start, start + burst):
            _flip(data, offset, rng)
        done.append(f"page {page + 1} @{start}+{burst}")
    target.write_bytes(bytes(data))
    return "; ".join(done), {}


def k_truncate(folder, target, source, rng, sources):
    data = source.read_bytes()
    size = _page_size(data)
    how = rng.choice(("header", "mid-page", "mid-page", "page-boundary", "last-byte"))
    if how == "header":
        length = rng.randrange(1, 100)
    elif how == "mid-page":
        length = rng.randrange(size + 1, len(data) - 1)
    elif how == "page-boundary":
        length = size * rng.randrange(1, len(data) // size)
    else:
        length = len(data) - 1
    target.write_bytes(data[:length])
    return f"{how}: {length} of {len(data)} bytes", {}


def _header_int(target: Path, offset: int, value: int) -> None:
    data = bytearray(target.read_bytes())
    data[offset : offset + 4] = struct.pack(">i" if value < 0 else ">I", value)
    target.write_bytes(bytes(data))


def _header_edit(target, source, rng, field_name, offset, value):
    _copy(source, target)
    if rng.random() < 0.5:
        _header_int(target, offset, value)
        return f"raw header {field_name} (offset {offset}) = {value}"
    _sql(target, f"PRAGMA {field_name} = {value}")
    return f"PRAGMA {field_name} = {value}"


def k_foreign_app_id(folder, target, source, rng, sources):
    value = rng.choice((0, 0x12345678, 0x4154_4C53, 1))
    return _header_edit(target, source, rng, "application_id", 68, value), {}


def k_newer_version(folder, target, source, rng, sources):
    from workshop_app.store.schema import SCHEMA_VERSION

    value = rng.choice((SCHEMA_VERSION + 1, SCHEMA_VERSION + 100, 0x7FFFFFFF))
    return _header_edit(target, source, rng, "user_version", 60, value), {}


def k_older_version(folder, target, source, rng, sources):
    from workshop_app.store.schema import SCHEMA_VERSION

    value = rng.choice(tuple(range(SCHEMA_VERSION)))
    return _header_edit(target, source, rng, "user_version", 60, value), {}


def k_negative_version(folder, target, source, rng, sources):
    value = rng.choice((-1, -2, -(2**31)))
    return _header_edit(target, source, rng, "user_version", 60, value), {}
