"""A person mentioned in a text ("avec @kar mardi") is stored as a reference, not as a copy
of their name.

The stored text holds a mark: two characters of Unicode's private use area around the
person's id. Nobody types them (and :func:`clean` drops any that come from outside), so a
mark always comes from Atelier. Wherever the text is shown it is *rendered*: each mark
becomes what the reader may see of that person — their display name (a pseudonym) in the
window, their role in an export without names, "[…]" once they are erased — so renaming a
person renames every mention, and an erased name is nowhere to be found.

    >>> pid = "3f2a0c5e-1111-4222-8333-944455556666"
    >>> stored = f"avec {mark(pid)} mardi"
    >>> render(stored, {pid: "Karima B."}.get)
    'avec Karima B. mardi'
    >>> render(stored, lambda _id: None)
    'avec […] mardi'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

OPEN = "\ue000"
CLOSE = "\ue001"
ERASED = "[…]"
"""What stands for a person no longer known (erased, or not in this workspace)."""

_MARK = re.compile(OPEN + r"([0-9A-Za-z_\-]{1,64})" + CLOSE)
_STRAY = re.compile(f"[{OPEN}{CLOSE}]")
_HIDDEN = "\ue002"


def mark(person_id: str) -> str:
    return f"{OPEN}{person_id}{CLOSE}"


def has_marks(text: str) -> bool:
    return OPEN in text


def mentioned(text: str) -> list[str]:
    """The ids mentioned in ``text``, in order, each once."""
    if OPEN not in text:
        return []
    return list(dict.fromkeys(_MARK.findall(text)))


def render(text: str, name_of: Callable[[str], str | None]) -> str:
    """``text`` with each mark replaced by ``name_of(id)`` (``ERASED`` when that is None or
    empty); stray mark characters are dropped."""
    if OPEN not in text and CLOSE not in text:
        return text
    shown = _MARK.sub(lambda m: name_of(m.group(1)) or ERASED, text)
    return _STRAY.sub("", shown)


def hidden(text: str) -> str:
    """``text`` with each mark (id included) turned into as many private-use signs that are
    no letters: a search for names finds none inside a reference, and the positions it
    gives are the positions in ``text``."""
    if OPEN not in text:
        return text
    return _MARK.sub(lambda m: _HIDDEN * len(m.group(0)), text)


def render_span(
    text: str, start: int, end: int, name_of: Callable[[str], str | None]
) -> tuple[str, int, int]:
    """``text`` rendered, and where ``text[start:end]`` (outside any mark) stands in it."""
    before = render(text[:start], name_of)
    middle = render(text[start:end], name_of)
    return before + middle + render(text[end:], name_of), len(before), len(before) + len(middle)


def clean(text: str) -> str:
    """Text from outside (typed, pasted, imported) without any mark characters."""
    if OPEN not in text and CLOSE not in text:
        return text
    return _STRAY.sub("", text)


def remark(text: str, names: Mapping[str, str]) -> str:
    """``text`` (as shown, with names) with each of ``names`` (id → name as shown) turned
    back into its person's mark, as whole words: an edited entry keeps the references of
    the people it mentioned. Longer names first ("Anne-Marie" before "Anne")."""
    wanted = [(pid, name) for pid, name in names.items() if name and name.strip()]
    if not wanted:
        return text
    wanted.sort(key=lambda item: len(item[1]), reverse=True)
    by_name = {name: pid for pid, name in wanted}
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(name) for _pid, name in wanted) + r")(?!\w)"
    )
    return pattern.sub(lambda m: mark(by_name[m.group(0)]), text)


def names_in(texts: Iterable[str], name_of: Callable[[str], str | None]) -> dict[str, str]:
    """id → name shown, for every person mentioned in ``texts``."""
    found: dict[str, str] = {}
    for text in texts:
        for pid in mentioned(text):
            name = name_of(pid)
            if name:
                found[pid] = name
    return found
