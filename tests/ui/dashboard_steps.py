"""What the dashboard tests share: reading a chart back from its pyqtgraph items, and the
numbers it should show recounted with plain SQL, workshop by workshop (not through
``dashboard_data``)."""

from __future__ import annotations

import math
from collections import Counter

from workshop_app.domain.enums import ImprovementStatus


def bar_totals(panel) -> list[float]:
    """What the stacked bars of ``panel`` add up to, per category, read from the items."""
    totals: list[float] = []
    for item in panel.bars:
        values = list(bar_values(item))
        totals = [a + b for a, b in zip(totals, values, strict=True)] if totals else values
    return totals


def bar_values(item) -> list[float]:
    opts = item.opts
    return [float(v) for v in (opts["width"] if opts.get("x0") is not None else opts["height"])]


def series(panel, name: str) -> list[float]:
    """The plotted values of the series ``name`` (zeros where it has none)."""
    found = [i for i in panel.bars if i.series_name == name]
    if not found:
        return [0.0] * len(panel.table.categories)
    return bar_values(found[0])


def line(panel) -> tuple[list[float], list[float | None]]:
    """The x and y of the one line of ``panel`` (``None`` where there is a gap)."""
    (item,) = panel.lines
    xs, ys = item.getData()
    return [float(x) for x in xs], [None if math.isnan(y) else float(y) for y in ys]


def column(model, header: str) -> list[str]:
    index = model.headers().index(header)
    return [model.text(row, index) for row in range(model.rowCount())]


# -- the same numbers, recounted with plain SQL ----------------------------------------------
def selected_ids(ws, programme_id, territory="", kind=None, date_from="", date_to="") -> list:
    sql = "SELECT id FROM workshop WHERE programme_id = ? AND deleted_at IS NULL"
    params: list = [programme_id]
    if territory:
        sql += " AND lower(trim(territory)) = lower(trim(?))"
        params.append(territory)
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind.value)
    if date_from:
        sql += " AND starts_at != '' AND substr(starts_at, 1, 10) >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND starts_at != '' AND substr(starts_at, 1, 10) <= ?"
        params.append(date_to)
    sql += " ORDER BY starts_at, lower(title)"
    return [row[0] for row in ws.db.execute(sql, params).fetchall()]


def one(ws, sql: str, *params) -> int:
    return ws.db.execute(sql, params).fetchone()[0]


def present(ws, workshop_id: str, role: str | None = None) -> int:
    sql = """SELECT count(*) FROM attendance a JOIN participant p ON p.id = a.participant_id
             WHERE a.workshop_id = ? AND a.present = 1 AND a.deleted_at IS NULL"""
    if role is None:
        return one(ws, sql, workshop_id)
    return one(ws, sql + " AND p.role = ?", workshop_id, role)


def entries(ws, workshop_id: str) -> int:
    return one(
        ws, "SELECT count(*) FROM entry WHERE workshop_id = ? AND deleted_at IS NULL", workshop_id
    )


def improvements(ws, workshop_id: str) -> Counter:
    rows = ws.db.execute(
        """SELECT coalesce(nullif(status, ''), 'proposed'), count(*) FROM entry
           WHERE workshop_id = ? AND kind = 'improvement' AND deleted_at IS NULL
           GROUP BY 1""",
        [workshop_id],
    ).fetchall()
    return Counter({ImprovementStatus(status): count for status, count in rows})


def running_improvements(ws, ids: list[str]) -> list[Counter]:
    running, totals = Counter(), []
    for workshop_id in ids:
        running = running + improvements(ws, workshop_id)
        totals.append(Counter(running))
    return totals


def answers(ws, workshop_id: str, question_text: str) -> int | None:
    """Answers given in a workshop to the question of that text; ``None`` if not asked."""
    asked = one(
        ws,
        """SELECT count(*) FROM feedback_question WHERE workshop_id = ? AND text = ?
           AND deleted_at IS NULL""",
        workshop_id,
        question_text,
    )
    if not asked:
        return None
    return one(
        ws,
        """SELECT count(*) FROM feedback_answer a JOIN feedback_response r ON r.id = a.response_id
           JOIN feedback_question q ON q.id = a.question_id
           WHERE r.workshop_id = ? AND q.text = ? AND a.deleted_at IS NULL
           AND r.deleted_at IS NULL""",
        workshop_id,
        question_text,
    )


def indicator_sums(ws, indicator_id: str, territory="", date_from="", date_to="") -> list:
    """(date, sum of the values) of a count indicator's measurements."""
    sql = "SELECT measured_on, sum(value) FROM measurement WHERE indicator_id = ?"
    sql += " AND deleted_at IS NULL"
    params: list = [indicator_id]
    if territory:
        sql += " AND (trim(territory) = '' OR lower(trim(territory)) = lower(trim(?)))"
        params.append(territory)
    if date_from:
        sql += " AND measured_on >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND measured_on <= ?"
        params.append(date_to)
    sql += " GROUP BY measured_on ORDER BY measured_on"
    return [(day, float(total)) for day, total in ws.db.execute(sql, params).fetchall()]


def legend(panel) -> str:
    """The legend of ``panel`` as it reads (no markup, ordinary spaces)."""
    import html
    import re

    text = re.sub(r"<br\s*/?>", "\n", panel.legend.text())
    return html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\xa0", " ")
