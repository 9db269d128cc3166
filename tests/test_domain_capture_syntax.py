"""Markers typed while capturing: #theme, @person, !action."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_app.domain.capture_syntax import Choice, find_tokens, is_complete, resolve, token_at

THEMES = [
    Choice("impl", ("Implementation", "Mise en œuvre")),
    Choice("mon", ("Monitoring", "Suivi", "Suivi-évaluation")),
    Choice("fin", ("Financing", "Financement")),
]
PEOPLE = [Choice("nadia", ("Nadia B.",)), Choice("nathalie", ("Nathalie K.",))]
ACTIONS = [Choice("a1", ("1",)), Choice("a12", ("12",))]


def read(text: str):
    return resolve(text, themes=THEMES, people=PEOPLE, actions=ACTIONS)


def test_markers_at_the_end_are_taken_out():
    got = read("Les loyers sont trop chers #fin @nadia !12")
    assert got.text == "Les loyers sont trop chers"
    assert (got.theme_id, got.author_id, got.action_id) == ("fin", "nadia", "a12")


def test_a_marker_inside_a_sentence_keeps_its_word():
    got = read("Le #suivi des ménages est mauvais")
    assert got.text == "Le suivi des ménages est mauvais"
    assert got.theme_id == "mon"


@pytest.mark.parametrize("typed", ["#Mise_en_œuvre", "#mise_en_oeuvre", "#MISE", "#implementation"])
def test_themes_match_by_any_name_accents_and_case_ignored(typed):
    assert read(f"Texte {typed}").theme_id == "impl"


def test_ambiguous_or_unknown_markers_stay_and_are_reported():
    got = read("Appeler #1 priorité @na")
    assert got.text == "Appeler #1 priorité @na"
    assert got.unresolved == ["#1", "@na"]


def test_one_marker_of_each_kind():
    got = read("Texte #fin #suivi")
    assert got.theme_id == "fin"
    assert "#suivi" in got.text


def test_email_addresses_are_not_markers():
    assert find_tokens("écrire à contact@mairie.fr") == []


def test_exact_names_are_complete_and_prefixes_are_not():
    assert is_complete("1", ACTIONS)
    assert not is_complete("Mise", THEMES)
    assert is_complete("Nadia_B.", PEOPLE)


def test_token_at_the_cursor():
    assert token_at("abc #fi", 7).word == "fi"
    assert token_at("abc #", 5).sigil == "#"
    assert token_at("abc", 3) is None


def test_token_at_a_cursor_out_of_range_is_at_the_nearest_end():
    assert token_at("café 😀", 7) is None  # a UTF-16 position, one too far: never raises
    assert token_at("😀 #fi", 99).word == "fi"
    assert token_at("#fi", -3) is None


MARKED = st.lists(
    st.characters(blacklist_categories=("Cs",))
    | st.sampled_from(["😀", "𝔘", "🇫🇷", "e\u0301", "ع", "#", "@", "!", " #imp", " !1", "_"])
).map("".join)


@given(MARKED, st.integers(-10, 200))
def test_token_at_never_raises_and_names_the_text_it_covers(text, cursor):
    token = token_at(text, cursor)
    if token is not None:
        assert text[token.start : token.end] == token.sigil + token.word
        assert token.start < max(0, min(len(text), cursor)) <= token.end
