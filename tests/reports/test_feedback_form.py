"""The paper feedback form: every question printed, written atomically."""

from __future__ import annotations

import pytest

from tests.reports.pdf_reading import pdf_text, squash
from workshop_app.reports import feedback_form
from workshop_app.reports.feedback_form import WORDS, write_feedback_form


def test_the_form_has_every_question(demo_ws, tmp_path):
    workshop = demo_ws.workshops.select()[0]
    questions = [q.text for q in demo_ws.feedback_questions.for_workshop(workshop.id)]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "form.pdf"
    assert (
        write_feedback_form(target, questions, language="fr", workshop_line=workshop.title)
        == target
    )
    text = squash(pdf_text(target))
    for question in questions:
        assert squash(question) in text
    for word in WORDS["fr"]["ratings"].values():
        assert word in text
    assert WORDS["fr"]["comment"] in text
    assert [p.name for p in out.iterdir()] == ["form.pdf"]  # no temporary file left


def test_english_words_and_markup_printed_literally(tmp_path):
    target = tmp_path / "form.pdf"
    write_feedback_form(target, ["<b>Bold?</b> & more"], language="en")
    text = pdf_text(target)
    assert "<b>Bold?</b> & more" in text
    assert "Completely" in text and "Not at all" in text


def test_a_failed_write_keeps_the_earlier_file(tmp_path, monkeypatch):
    target = tmp_path / "form.pdf"
    target.write_bytes(b"earlier")

    def broken(*_args, **_kwargs):
        raise RuntimeError("the printer caught fire")

    monkeypatch.setattr(feedback_form.SimpleDocTemplate, "build", broken)
    with pytest.raises(RuntimeError):
        write_feedback_form(target, ["Une question ?"])
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["form.pdf"]
