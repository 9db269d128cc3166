"""The quick conversions of stored values read like the enum machinery's own (issue 18:
reading 10,000 entries spent most of its time in ``Enum.__call__``)."""

from __future__ import annotations

from enum import Enum

from hypothesis import given
from hypothesis import strategies as st

from workshop_app.domain import enums
from workshop_app.domain.models import _member
from workshop_app.store._repo import tolerant

VOCABULARIES = [
    vocabulary
    for vocabulary in vars(enums).values()
    if isinstance(vocabulary, type)
    and issubclass(vocabulary, Enum)
    and vocabulary is not Enum
    and list(vocabulary)
]


def plain(vocabulary: type[Enum], fallback: Enum, value):
    try:
        return vocabulary(value)
    except ValueError:
        return fallback


stored = st.one_of(
    st.sampled_from([m.value for v in VOCABULARIES for m in v]),  # every word, of any vocabulary
    st.sampled_from([m for v in VOCABULARIES for m in v]),  # members themselves
    st.text(max_size=30),  # words of a newer Atelier, or typed by hand
    st.sampled_from([m.value.upper() for v in VOCABULARIES for m in v] + ["", " issue", "issue "]),
    st.integers(),
    st.floats(allow_nan=False),
)


@given(vocabulary=st.sampled_from(VOCABULARIES), value=stored, data=st.data())
def test_tolerant_reads_as_the_plain_call(vocabulary, value, data):
    fallback = data.draw(st.sampled_from(list(vocabulary)))
    got = tolerant(vocabulary, fallback)(value)
    expected = plain(vocabulary, fallback, value)
    assert got is expected


@given(vocabulary=st.sampled_from(VOCABULARIES), value=stored)
def test_member_is_the_plain_call(vocabulary, value):
    try:
        expected = vocabulary(value)
    except ValueError as error:
        expected = type(error)
    try:
        got = _member(vocabulary, value)
    except ValueError as error:
        got = type(error)
    assert got is expected


def plain_from_row(repository, row):
    """The reading of a row by field names, as it was before issue 18."""
    from workshop_app.store._repo import _as_text

    if bytes in map(type, row):
        row = [_as_text(v) if type(v) is bytes else v for v in row]
    values = dict(zip(repository._fields, row, strict=True))
    if None in values.values():
        for name in repository._texts:
            if values[name] is None:
                values[name] = ""
    for name, convert in repository.converters.items():
        if values.get(name) is not None:
            values[name] = convert(values[name])
    return repository.record_type(**values)


def _repositories():
    from workshop_app.store.action_items import ActionItemRepository
    from workshop_app.store.entries import EntryRepository
    from workshop_app.store.indicators import IndicatorRepository
    from workshop_app.store.participants import AttendanceRepository, ParticipantRepository
    from workshop_app.store.workshops import WorkshopRepository

    return [
        EntryRepository,
        ParticipantRepository,
        AttendanceRepository,
        WorkshopRepository,
        ActionItemRepository,
        IndicatorRepository,
    ]


cell = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from([m.value for v in VOCABULARIES for m in v]),
    st.binary(max_size=20),
    st.integers(min_value=-5, max_value=10**12),
    st.floats(allow_nan=False),
)


def outcome(read, repository, row):
    try:
        return read(repository, row)
    except Exception as error:  # the same refusal, or the same record
        return type(error)


@given(data=st.data())
def test_rows_read_as_by_the_plain_path(data):
    from workshop_app.store._repo import Repository

    kind = data.draw(st.sampled_from(_repositories()))
    repository = kind.__new__(kind)
    Repository.__init__(repository, None)
    width = len(repository._fields)
    size = data.draw(st.sampled_from([width, width, width, width - 1, width + 1]))
    row = tuple(data.draw(st.lists(cell, min_size=size, max_size=size)))
    expected = outcome(plain_from_row, repository, row)
    got = outcome(type(repository).from_row, repository, row)
    assert got == expected
