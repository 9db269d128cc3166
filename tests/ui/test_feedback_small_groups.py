"""The feedback tab under five answers (issue 15, privacy): the count and the comments,
no mean, no distribution; the comments apart from the questions, in alphabetical order."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPlainTextEdit

from tests.reports.feedback_groups import build, expected_session, means_in, programmes
from tests.reports.pdf_reading import squash
from workshop_app.domain.models import FeedbackQuestion, FeedbackResponse, Programme, Workshop
from workshop_app.store import Workspace
from workshop_app.store.feedback import comment_order
from workshop_app.ui.feedback.panel import FeedbackPanel
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.session import WorkshopSession

FOUR = [(1, "Merci 😀"), (2, "<b>trop</b> long"), (2, ""), (5, "J’ai pu parler")]
FIVE = [(1, "Zut"), (2, ""), (4, "Bien"), (4, "à refaire"), (5, "")]


def workshop_with(ws: Workspace, answers: list[tuple[int, str]]) -> str:
    programme = ws.programmes.create_with_defaults(Programme(title="Essai"))
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
    question = ws.feedback_questions.add(
        FeedbackQuestion(workshop_id=workshop.id, text="Satisfait·e ?")
    )
    for rating, comment in answers:
        ws.feedback.submit(
            FeedbackResponse(workshop_id=workshop.id, comment=comment), {question.id: rating}
        )
    return workshop.id


@pytest.fixture
def open_ws(tmp_path, qapp):
    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    yield ws
    ws.close()


@pytest.fixture
def panel(qtbot, qapp):
    """The feedback tab alone, shown, speaking English (its plural forms included)."""
    translators = install_translators(qapp, "en")
    widget = FeedbackPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    for translator in translators:
        qapp.removeTranslator(translator)


def settle() -> None:
    """Let the panel's new rows show and its old ones go (they leave with deleteLater)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def texts(widget) -> list[str]:
    """Every text the panel shows: its labels and its comments box."""
    settle()
    shown = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    boxes = widget.findChildren(QPlainTextEdit)
    return shown + [box.toPlainText() for box in boxes if box.isVisibleTo(widget)]


def comments_shown(panel: FeedbackPanel) -> str:
    settle()
    return squash(panel.comments_view.toPlainText()) if panel.comments_view else ""


def listed(comments: list[str]) -> str:
    """``comments`` as the panel lists them: a bullet each, in this order."""
    return squash("\n\n".join(f"• {c}" for c in comments))


def boxes(panel: FeedbackPanel) -> list[QFrame]:
    settle()
    return list(panel.body.findChildren(QFrame, "feedbackQuestion"))


def test_four_answers_show_the_count_and_the_comments_only(open_ws, panel):
    panel.set_session(WorkshopSession(open_ws, workshop_with(open_ws, FOUR)))
    shown = texts(panel)
    assert panel.charts == []
    assert not [t for t in shown if "Mean" in t or "/ 5" in t]
    assert means_in(shown) == []
    (box,) = boxes(panel)
    assert box.findChild(QLabel, "feedbackStats").text() == "4 answers"
    assert (
        box.findChild(QLabel, "distributionHidden")
        .text()
        .startswith("Fewer than 5 answers: neither the mean nor the distribution")
    )
    # the comments: in their own box, in alphabetical order, not in the order given
    assert panel.comments == ["<b>trop</b> long", "J’ai pu parler", "Merci 😀"]
    assert comments_shown(panel) == "• <b>trop</b> long • J’ai pu parler • Merci 😀"
    assert panel.comments_view.parent().objectName() == "feedbackComments"
    assert not [t for t in texts(box) if "Merci" in t]


def test_five_answers_show_the_mean_and_the_chart(open_ws, panel):
    panel.set_session(WorkshopSession(open_ws, workshop_with(open_ws, FIVE)))
    (box,) = boxes(panel)
    assert box.findChild(QLabel, "feedbackStats").text() == "Mean 3.2 / 5 · 5 answers"
    assert panel.hidden_notes == []
    (chart,) = panel.charts
    assert list(chart.bars.opts["width"]) == [1, 1, 0, 2, 1]


def test_the_fifth_answer_brings_the_mean(open_ws, panel):
    """The panel follows the answers as they come (the kiosk records one at a time)."""
    workshop_id = workshop_with(open_ws, FOUR)
    session = WorkshopSession(open_ws, workshop_id)
    panel.set_session(session)
    assert panel.charts == []
    question = open_ws.feedback_questions.for_workshop(workshop_id)[0]
    response = FeedbackResponse(workshop_id=workshop_id)
    assert session.run_write(
        lambda ws: ws.feedback.submit(response, {question.id: 4}),
        entries_changed=False,
        tables=("feedback_response",),
    )
    assert len(panel.charts) == 1
    assert boxes(panel)[0].findChild(QLabel, "feedbackStats").text().startswith("Mean 2.8 / 5")


def test_french_says_one_answer_without_a_mean(open_ws, panel, qapp):
    translators = install_translators(qapp, "fr")
    try:
        panel.set_session(WorkshopSession(open_ws, workshop_with(open_ws, [(2, "Seul·e")])))
        shown = texts(panel)
        assert "1 réponse des participant·es." in shown
        assert "1 réponse" in shown and "1 réponses" not in " ".join(shown)
        assert not [t for t in shown if "Moyenne" in t or "2,0" in t or "2.0" in t]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_window_shows_no_mean_for_the_demo_s_four_answers(window, demo_path):
    window.open_workspace(demo_path)
    panel = window.feedback_panel
    window.page.side_tabs.setCurrentWidget(panel)
    programme = window.tree_model.index(0, 0)
    window.tree.setCurrentIndex(window.tree_model.index(1, 0, programme))  # four answers
    assert panel.charts == []
    shown = texts(panel)
    assert means_in(shown) == []
    assert not [t for t in shown if "Mean" in t]
    workshop_id = window.session.workshop_id
    comments = window.session.workspace.feedback.comments(workshop_id)
    assert comments and comments_shown(panel) == listed(comments)


@settings(
    max_examples=20,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(programmes())
def test_the_panel_follows_the_rule_on_generated_feedback(panel, spec):
    """0 to 8 answers per question: a mean and a chart for exactly the questions with five
    answers, the count for the others, every comment once, in alphabetical order."""
    with tempfile.TemporaryDirectory(prefix="atelier-panel-") as folder:
        built = build(spec, Path(folder) / "w.sqlite")
        try:
            for w, workshop_id in zip(spec.workshops, built.workshop_ids, strict=True):
                panel.set_session(WorkshopSession(built.ws, workshop_id))
                expected = expected_session(w)
                assert len(boxes(panel)) == len(expected)
                means = []
                for box, e in zip(boxes(panel), expected, strict=True):
                    stats = box.findChild(QLabel, "feedbackStats").text()
                    if e.mean is None:
                        assert "Mean" not in stats and means_in([stats]) == []
                        assert (box.findChild(QLabel, "distributionHidden") is None) == (
                            e.answers == 0
                        )
                    else:
                        mean = panel.locale().toString(e.mean, "f", 1)
                        assert stats.startswith(f"Mean {mean} / 5")
                        means.append(mean)
                assert means_in(texts(panel)) == means
                widths = [list(chart.bars.opts["width"]) for chart in panel.charts]
                assert widths == [e.distribution for e in expected if e.distribution]
                assert comments_shown(panel) == listed(sorted(w.comments(), key=comment_order))
        finally:
            panel.set_session(None)
            built.ws.close()
