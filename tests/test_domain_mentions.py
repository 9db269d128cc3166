"""Mentions stored as references (domain/mentions.py), over generated text: what is saved
reads exactly as what the preview showed, and a reference never leaks a name."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.domain import mentions
from workshop_app.domain.capture_syntax import Choice, resolve

wild = st.text(
    st.characters(blacklist_categories=("Cs",)), max_size=300
)  # every script, emoji, controls, and now and then a mark character itself
names = st.text(
    st.characters(whitelist_categories=("L", "N", "Zs", "Pd", "So")), min_size=1, max_size=30
).filter(lambda n: n.strip() and mentions.clean(n) == n)


@given(wild)
def test_clean_leaves_no_mark_and_changes_nothing_else(text):
    cleaned = mentions.clean(text)
    assert mentions.OPEN not in cleaned and mentions.CLOSE not in cleaned
    assert cleaned == text.replace(mentions.OPEN, "").replace(mentions.CLOSE, "")
    assert mentions.mentioned(cleaned) == []
    assert mentions.render(cleaned, lambda _id: "X") == cleaned


@given(st.lists(st.tuples(wild.map(mentions.clean), names), min_size=1, max_size=5), wild)
def test_a_reference_reads_as_the_name_now_and_as_nothing_once_erased(pieces, tail):
    ids = [str(uuid.uuid4()) for _ in pieces]
    stored = "".join(
        text + mentions.mark(pid) for (text, _name), pid in zip(pieces, ids, strict=True)
    )
    stored += mentions.clean(tail)
    by_id = {pid: name for pid, (_text, name) in zip(ids, pieces, strict=True)}
    shown = mentions.render(stored, by_id.get)
    expected = "".join(text + name for text, name in pieces) + mentions.clean(tail)
    assert shown == expected
    assert mentions.mentioned(stored) == list(dict.fromkeys(ids))
    erased = mentions.render(stored, lambda _id: "")
    assert erased == "".join(text + mentions.ERASED for text, _name in pieces) + mentions.clean(
        tail
    )


@given(
    st.lists(names, min_size=1, max_size=4, unique_by=str.casefold),
    st.lists(
        st.sampled_from(["avec", "et", "—", "🙂", "شكرا", "được", "<b>", "&amp;"]), max_size=4
    ),
)
def test_an_edit_keeps_the_references_of_the_names_still_there(people, words):
    ids = [str(uuid.uuid4()) for _ in people]
    by_id = dict(zip(ids, people, strict=True))
    stored = " ".join([*words, *(mentions.mark(pid) for pid in ids), "fin"])
    shown = mentions.render(stored, by_id.get)
    again = mentions.remark(shown, by_id)
    assert mentions.render(again, by_id.get) == shown  # reads the same
    assert set(mentions.mentioned(again)) == set(ids)  # every reference kept


people_choices = [
    Choice("5f0e9a8c-0000-4000-8000-000000000001", ("Nadia B.",)),
    Choice("5f0e9a8c-0000-4000-8000-000000000002", ("Karim T.",)),
    Choice("5f0e9a8c-0000-4000-8000-000000000003", ("Zoé L.",)),
]
by_choice = {c.id: c.names[0] for c in people_choices}
said = st.lists(
    st.one_of(
        wild,
        st.sampled_from(["@nad", "@kar", "@zo", "@Nadia_B.", "@x", " ", "\n", "@", "#", "!2"]),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300)
@given(said)
def test_what_is_stored_reads_exactly_as_the_preview(typed):
    resolved = resolve(typed, people=people_choices)
    assert mentions.render(resolved.stored, by_choice.get) == resolved.text
    for name in ("Nadia", "Karim", "Zoé"):
        if name not in mentions.clean(typed):
            assert name not in resolved.stored  # a mention saves no copy of the name
