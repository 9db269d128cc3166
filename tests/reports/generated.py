"""Whole workspaces made up at random, for the property tests of the exports.

:func:`workspaces` is a hypothesis strategy of :class:`WorkspaceSpec`: a plain description
of a programme (1–3 workshops, every kind of entry, participants, attendance, agenda,
feedback, action items) whose texts mix scripts, markup-like text, controls, line breaks
and sizes from one character to 100 KB. :func:`build` writes a description into a real
SQLite workspace through the store API.

Texts are made from building blocks (``st.sampled_from``) repeated a drawn number of
times, never character by character: drawing is fast, and a failure shrinks to fewer or
smaller blocks instead of crawling through a 100 KB string.

Participant names all hold ``NAME_MARK`` followed by digits, a token nothing else
generated contains: a report that prints no name holds no ``NAME_MARK`` anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
    WorkshopKind,
)
from workshop_app.domain.models import (
    Action,
    ActionItem,
    AgendaStep,
    Entry,
    FeedbackQuestion,
    FeedbackResponse,
    Participant,
    Programme,
    Theme,
    Workshop,
)
from workshop_app.store import Workspace

NAME_MARK = "Zorglub"

SENTENCES = (
    "Les habitant·es de l’Œuvre « Côté cœur » : déjà 12 € ! ",
    "Le loyer, le chauffage et la cage d'escalier. ",
    "The residents of the estate want to be heard. ",
    "Người dân ở khu phố muốn được lắng nghe. ",
    "Ελληνικά: οι κάτοικοι θέλουν να ακουστούν. ",
    "Русский: жители квартала хотят, чтобы их услышали. ",
    "يريد السكان أن يُسمع صوتهم ",
    "Symbols → ✓ ★ ½ ≤ œ Æ ß ",
)
WORDS = (
    "loyer", "chauffage", "œuvre", "déjà", "Ông", "người", "Ελλάδα", "жители", "السكان",
    "residents", "x", "é", "12", "½",
)  # fmt: skip
MARKUP = (
    "<b>", "</b>", "&amp;", "&lt;", "<img src=x>", '<a href="https://example.invalid/">',
    "<para>", "</td></tr>", "<br/>", "]]>", "<!-- -->", "%PDF-1.4", "\\", "(", ")",
)  # fmt: skip
EMOJI = ("😀", "🎉", "👩🏽\u200d🌾", "❤️", "🇫🇷", "𝄞")
"""Emoji and a musical symbol, outside the Basic Multilingual Plane (most not in the font)."""
CONTROLS = ("\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\t")
BREAKS = ("\r\n", "\r", "\n", "\u2028", "\ufeff", "\u00a0", " ", "  ")
FORMULAS = ("=1+1", "+33 6 12", "-5 points", "@SUM(A1)", '=HYPERLINK("x")')

PIECES = SENTENCES + WORDS + MARKUP + EMOJI + CONTROLS + BREAKS + FORMULAS
"""What ordinary texts are made of."""
WORD_PIECES = ("x", "é", "Ω", "ж", "ư", "ب", "W", "1", "😀", "&", "<")
"""What a single long word (no whitespace) is made of."""

HUGE = 100_000
LONG = 5_000
SIZES = ("short",) * 10 + ("medium",) * 4 + ("long", "word")
"""How often each size is drawn; 100 KB texts are added apart (see :func:`workshop_specs`)."""


def _joined(pieces: list[str], times: int, limit: int) -> str:
    once = "".join(pieces)
    if not once:
        return ""
    return (once * min(times, limit // len(once) + 1))[:limit]


@st.composite
def texts(draw, *, limit: int = LONG, huge: bool = False, blank: bool = True) -> str:
    """A text from empty (if ``blank``) to ``limit`` characters; 100 KB if ``huge``."""
    size = "huge" if huge else draw(st.sampled_from(SIZES))
    if size == "word":
        piece = draw(st.sampled_from(WORD_PIECES))
        text = piece * draw(st.integers(1, max(1, limit // len(piece))))
    else:
        pieces = draw(st.lists(st.sampled_from(PIECES), min_size=0 if blank else 1, max_size=6))
        if size == "huge":
            text = _joined(pieces, HUGE, HUGE)
        elif size == "long":
            text = _joined(pieces, limit, draw(st.integers(1, limit)))
        else:
            times = draw(st.integers(1, 20)) if size == "medium" else 1
            text = _joined(pieces, times, limit)
    if not blank and not text.strip():
        text += draw(st.sampled_from(WORDS))
    return text


def required(limit: int = LONG, huge: bool = False) -> st.SearchStrategy[str]:
    """A text the store accepts where one is required (not blank)."""
    return texts(limit=limit, huge=huge, blank=False)


def tall(limit: int = 12_000) -> st.SearchStrategy[str]:
    """A short text, or now and then up to ``limit`` characters (place, title, names...)."""
    return st.one_of(required(60), required(60), required(60), required(limit))


@dataclass
class EntrySpec:
    kind: EntryKind
    text: str
    action: int | None = None
    theme: int | None = None
    author: int | None = None
    votes: int = 0
    status: ImprovementStatus | None = None


@dataclass
class IssueSpec:
    issue: EntrySpec
    improvements: list[EntrySpec]


@dataclass
class ResponseSpec:
    comment: str
    ratings: dict[int, int]
    """Question index → rating."""


@dataclass
class ItemSpec:
    what: str
    who: str
    due: str
    status: ActionItemStatus


@dataclass
class StepSpec:
    title: str
    planned: int
    note: str
    actual: int | None


@dataclass
class WorkshopSpec:
    title: str
    kind: WorkshopKind
    starts_at: str
    ends_at: str
    place: str
    territory: str
    facilitators: str
    language: str
    agenda: list[StepSpec]
    issues: list[IssueSpec]
    lone_improvements: list[EntrySpec]
    others: list[EntrySpec]
    present: list[int]
    """Indexes of the participants checked in."""
    questions: list[str]
    responses: list[ResponseSpec]
    items: list[ItemSpec]
    objective: str = ""
    """The free text of the workshop dialog, printed under the summary's heading."""


@dataclass
class WorkspaceSpec:
    title: str
    language: str
    actions: list[str]
    """Titles of actions 1, 2, …"""
    themes: list[str]
    """Themes added to the five defaults."""
    participants: list[tuple[str, ParticipantRole]]
    workshops: list[WorkshopSpec]
    chosen: int = 0
    """The workshop whose summary is written."""

    def entries(self, workshop: int) -> list[EntrySpec]:
        spec = self.workshops[workshop]
        pairs = [e for i in spec.issues for e in (i.issue, *i.improvements)]
        return pairs + spec.lone_improvements + spec.others


@dataclass
class Built:
    """A description written into a workspace, with the ids it was given."""

    ws: Workspace
    spec: WorkspaceSpec
    programme_id: str
    workshop_ids: list[str]
    entries: list[list[Entry]] = field(default_factory=list)
    """Per workshop, in the order of :meth:`WorkspaceSpec.entries`."""
    answers: dict[str, str] = field(default_factory=dict)
    """Improvement id → id of the issue it answers."""


@st.composite
def names(draw, count: int) -> list[tuple[str, ParticipantRole]]:
    people = []
    for n in range(count):
        extra = draw(st.sampled_from(["", " Quetzalwick", " Ωmega-Ябл", " بلال", " " + "Ň" * 30]))
        if draw(st.integers(0, 9)) == 0:
            extra += " " + "Vrrmblx" * draw(st.integers(1, 1_700))  # up to ~12,000 characters
        role = draw(st.sampled_from(list(ParticipantRole)))
        people.append((f"{NAME_MARK}{n:04d}{extra}", role))
    return people


def _who(draw, people: list[tuple[str, ParticipantRole]]) -> str:
    """Who does an action item: free text, or a participant's whole name in some form."""
    if not people or draw(st.booleans()):
        return draw(texts(limit=300))
    name = people[draw(st.integers(0, len(people) - 1))][0]
    other = people[draw(st.integers(0, len(people) - 1))][0]
    forms = [name, f"{name} (CCAS)", f"{name} et {other}", f"  {name}\n", f"avec {name}, merci"]
    if name.upper().lower() == name.lower():
        forms.append(name.upper())
    return draw(st.sampled_from(forms))


@st.composite
def entry_specs(draw, kind: EntryKind, actions: int, themes: int, people: int) -> EntrySpec:
    action = draw(st.one_of(st.none(), st.integers(0, actions - 1))) if actions else None
    theme = draw(st.one_of(st.none(), st.integers(0, themes - 1)))
    author = draw(st.one_of(st.none(), st.integers(0, people - 1))) if people else None
    status = (
        draw(st.sampled_from(list(ImprovementStatus))) if kind is EntryKind.IMPROVEMENT else None
    )
    return EntrySpec(
        kind, draw(required()), action, theme, author, draw(st.integers(0, 12)), status
    )


@st.composite
def workshop_specs(
    draw, number: int, actions: int, themes: int, people, small: bool = False
) -> WorkshopSpec:
    def entry(kind: EntryKind) -> st.SearchStrategy[EntrySpec]:
        return entry_specs(kind, actions, themes, len(people))

    issues = []
    for _ in range(draw(st.integers(0, 3 if small else 6))):
        count = draw(st.sampled_from([0, 0, 1, 1, 2, 5, 30]))
        issue = draw(entry(EntryKind.ISSUE))
        improvements = [draw(entry(EntryKind.IMPROVEMENT)) for _ in range(count)]
        issues.append(IssueSpec(issue, improvements))
    lone = draw(st.lists(entry(EntryKind.IMPROVEMENT), max_size=3))
    if issues and not small and draw(st.integers(0, 7)) == 0:  # now and then, a 100 KB issue
        issues[draw(st.integers(0, len(issues) - 1))].issue.text = draw(required(huge=True))
    other_kinds = [EntryKind.IDEA, EntryKind.QUESTION, EntryKind.DECISION, EntryKind.SUCCESS_FACTOR]
    others = []
    for kind in other_kinds:
        many = draw(st.sampled_from([0, 1, 3, 8] + ([] if small else [45])))
        others += [draw(entry(kind)) for _ in range(draw(st.integers(0, many)))]
    questions = draw(st.lists(tall(2_000), max_size=4))
    responses = []
    for _ in range(draw(st.sampled_from([0, 1, 3, 6, 20]))):
        ratings = {
            q: draw(st.integers(1, 5)) for q in range(len(questions)) if draw(st.integers(0, 3))
        }
        comment = draw(st.one_of(st.just(""), texts(limit=3_000)))
        if not ratings and not comment.strip():
            comment = "ok"
        responses.append(ResponseSpec(comment, ratings))
    items = []
    for _ in range(draw(st.integers(0, draw(st.sampled_from([3, 3, 25]))))):
        items.append(
            ItemSpec(
                draw(required(300)),
                _who(draw, people),
                draw(st.sampled_from(["", "2026-06-30", "2027-01-15"])),
                draw(st.sampled_from(list(ActionItemStatus))),
            )
        )
    agenda = [
        StepSpec(
            draw(tall(400)),
            draw(st.integers(0, 240)),
            draw(st.one_of(st.just(""), texts(limit=600))),
            draw(st.one_of(st.none(), st.integers(0, 20_000))),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    day = f"2026-0{number + 3}-1{number}"
    return WorkshopSpec(
        title=draw(tall()),
        kind=draw(st.sampled_from(list(WorkshopKind))),
        starts_at=draw(st.sampled_from(["", day, f"{day}T09:30"])),
        ends_at=draw(st.sampled_from(["", f"{day}T12:00"])),
        place=draw(st.one_of(st.just(""), tall())),
        territory=draw(st.one_of(st.just(""), tall(200))),
        facilitators=draw(st.one_of(st.just(""), tall())),
        language=draw(st.sampled_from(["fr", "en"])),
        agenda=agenda,
        issues=issues,
        lone_improvements=lone,
        others=others,
        present=draw(st.lists(st.integers(0, len(people) - 1), unique=True)) if people else [],
        questions=questions,
        responses=responses,
        items=items,
        objective=draw(st.one_of(st.just(""), texts(limit=1500))),
    )


@st.composite
def workspaces(draw, small: bool = False) -> WorkspaceSpec:
    """A whole programme; ``small`` draws fewer entries and no 100 KB text (the bounded
    profile of the default suite)."""
    actions = draw(st.lists(tall(), max_size=3))
    themes = draw(st.lists(tall(), max_size=2))
    people = draw(names(draw(st.integers(0, 6))))
    count = draw(st.integers(1, 3))
    workshops = [
        draw(workshop_specs(n, len(actions), 5 + len(themes), people, small)) for n in range(count)
    ]
    return WorkspaceSpec(
        title=draw(tall()),
        language=draw(st.sampled_from(["fr", "en"])),
        actions=actions,
        themes=themes,
        participants=people,
        workshops=workshops,
        chosen=draw(st.integers(0, count - 1)),
    )


def build(spec: WorkspaceSpec, path: Path) -> Built:
    """Write ``spec`` into a new workspace at ``path`` (the caller closes ``built.ws``)."""
    ws = Workspace.open(path, create=True)
    programme = ws.programmes.create_with_defaults(
        Programme(title=spec.title, language=spec.language)
    )
    actions = [
        ws.actions.add(Action(programme_id=programme.id, number=n, title=title)).id
        for n, title in enumerate(spec.actions, start=1)
    ]
    for n, name in enumerate(spec.themes):
        ws.themes.add(Theme(programme_id=programme.id, name=name, position=10 + n))
    themes = [t.id for t in ws.themes.for_programme(programme.id)]
    people = [
        ws.participants.add(Participant(programme_id=programme.id, display_name=name, role=role)).id
        for name, role in spec.participants
    ]
    built = Built(ws, spec, programme.id, [])
    for number, w in enumerate(spec.workshops):
        workshop = ws.workshops.add(
            Workshop(
                programme_id=programme.id,
                title=w.title,
                kind=w.kind,
                starts_at=w.starts_at,
                ends_at=w.ends_at if w.starts_at else "",
                place=w.place,
                territory=w.territory,
                facilitators=w.facilitators,
                language=w.language,
                agenda=w.objective,
            )
        )
        built.workshop_ids.append(workshop.id)
        built.entries.append(_add_entries(built, number, workshop.id, actions, themes, people))
        for position, step in enumerate(w.agenda):
            ws.agenda.add(
                AgendaStep(
                    workshop_id=workshop.id,
                    position=position,
                    title=step.title,
                    planned_minutes=step.planned,
                    method_note=step.note,
                    actual_seconds=step.actual,
                )
            )
        for index in w.present:
            ws.attendance.check_in(workshop.id, people[index])
        questions = [
            ws.feedback_questions.add(
                FeedbackQuestion(workshop_id=workshop.id, text=text, position=n)
            ).id
            for n, text in enumerate(w.questions)
        ]
        for response in w.responses:
            ws.feedback.submit(
                FeedbackResponse(workshop_id=workshop.id, comment=response.comment),
                {questions[q]: rating for q, rating in response.ratings.items()},
            )
        for item in w.items:
            ws.action_items.add(
                ActionItem(
                    workshop_id=workshop.id,
                    what=item.what,
                    who=item.who,
                    due_date=item.due,
                    status=item.status,
                )
            )
    return built


def _add_entries(
    built: Built,
    number: int,
    workshop_id: str,
    actions: list[str],
    themes: list[str],
    people: list[str],
) -> list[Entry]:
    spec = built.spec.workshops[number]
    made: list[Entry] = []

    def entry(e: EntrySpec, answers: str | None = None) -> Entry:
        record = Entry(
            workshop_id=workshop_id,
            kind=e.kind,
            text=e.text,
            action_id=actions[e.action] if e.action is not None else None,
            theme_id=themes[e.theme] if e.theme is not None else None,
            author_id=people[e.author] if e.author is not None else None,
            answers_id=answers,
            status=e.status,
            votes=e.votes,
            position=float(len(made)),
        )
        made.append(record)
        return record

    for pair in spec.issues:
        issue = entry(pair.issue)
        for improvement in pair.improvements:
            built.answers[entry(improvement, issue.id).id] = issue.id
    for e in spec.lone_improvements + spec.others:
        entry(e)
    built.ws.entries.add_many(made)
    return made


def bounded(max_examples: int) -> settings:
    """Settings of a bounded profile in the test suite: the same examples at every run
    (``derandomize``), no database, no deadline, and no shrinking (shrinking a whole
    workspace takes minutes: the failing example is reported as drawn)."""
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
