"""Follow-ups decided in a session, and those still open from earlier sessions."""

from workshop_app.domain import ActionItem, ActionItemStatus, Programme, Workshop


def _item(ws, workshop, what, status=ActionItemStatus.OPEN, **fields):
    return ws.action_items.add(
        ActionItem(workshop_id=workshop.id, what=what, status=status, **fields)
    )


def test_status_comes_back_as_an_enum(ws, workshop):
    item = _item(ws, workshop, "Écrire au bailleur", ActionItemStatus.DROPPED)
    assert ws.action_items.get(item.id).status is ActionItemStatus.DROPPED


def test_items_of_a_workshop_are_listed_by_due_date(ws, workshop):
    _item(ws, workshop, "Plus tard", due_date="2024-06-01")
    _item(ws, workshop, "Bientôt", due_date="2024-04-01")
    assert [i.what for i in ws.action_items.for_workshop(workshop.id)] == ["Bientôt", "Plus tard"]


def test_open_before_carries_over_open_items_of_earlier_workshops(ws, make_workshop):
    january = make_workshop("Janvier", starts_at="2024-01-10")
    february = make_workshop("Février", starts_at="2024-02-10")
    march = make_workshop("Mars", starts_at="2024-03-10")
    still_open = _item(ws, january, "Relancer la mairie", ActionItemStatus.OPEN)
    _item(ws, january, "Réserver la salle", ActionItemStatus.DONE)
    _item(ws, january, "Idée abandonnée", ActionItemStatus.DROPPED)
    in_progress = _item(ws, february, "Former les bénévoles", ActionItemStatus.IN_PROGRESS)
    _item(ws, march, "Item de ce jour", ActionItemStatus.OPEN)

    carried = ws.action_items.open_before(march.id)

    assert sorted(i.id for i in carried) == sorted([still_open.id, in_progress.id])


def test_open_before_ignores_later_workshops(ws, make_workshop):
    january = make_workshop("Janvier", starts_at="2024-01-10")
    february = make_workshop("Février", starts_at="2024-02-10")
    _item(ws, february, "Plus tard")
    assert ws.action_items.open_before(january.id) == []


def test_open_before_ignores_other_programmes(ws, make_workshop):
    elsewhere = ws.programmes.create_with_defaults(Programme(title="Autre programme"))
    earlier_elsewhere = ws.workshops.add(
        Workshop(programme_id=elsewhere.id, title="Ailleurs", starts_at="2024-01-01")
    )
    _item(ws, earlier_elsewhere, "Pas chez nous")
    today = make_workshop("Aujourd'hui", starts_at="2024-03-10")
    assert ws.action_items.open_before(today.id) == []


def test_open_before_ignores_soft_deleted_items_and_workshops(ws, make_workshop):
    january = make_workshop("Janvier", starts_at="2024-01-10")
    february = make_workshop("Février", starts_at="2024-02-10")
    march = make_workshop("Mars", starts_at="2024-03-10")
    ws.action_items.soft_delete(_item(ws, january, "Supprimé").id)
    _item(ws, february, "Dans un atelier supprimé")
    ws.workshops.soft_delete(february.id)
    assert ws.action_items.open_before(march.id) == []


def test_open_before_ignores_undated_workshops(ws, make_workshop):
    undated = make_workshop("Sans date")
    today = make_workshop("Aujourd'hui", starts_at="2024-03-10")
    _item(ws, undated, "Date inconnue")
    assert ws.action_items.open_before(today.id) == []
