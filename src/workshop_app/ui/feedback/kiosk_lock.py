"""The kiosk's way out, guarded: the PIN, a growing wait after wrong tries, a lock-out.

No Qt here: :class:`PinGuard` only counts, hashes and reads a clock, so that tests move the
clock instead of sleeping.

- The first 3 wrong PINs cost nothing. After the 3rd, every new try must wait: 5 s, then
  15 s, 1 min, then 5 min after each further wrong PIN (:data:`WAITS`). While a wait runs,
  nothing typed is checked, not even the right PIN.
- After 10 wrong PINs (:data:`LOCK_OUT_AFTER`) the PIN no longer works at all: only the
  unlock code lifts the lock-out (and leaves the kiosk). The unlock code is 12 digits,
  drawn at random when the kiosk starts and shown to the facilitator that once; it also
  stands in for a forgotten PIN at any time. A wrong unlock code costs a short pause.

>>> now = [0.0]
>>> guard = PinGuard("2468", "1234 5678 9012", clock=lambda: now[0])
>>> [guard.check("1111") for _ in range(3)][-1], guard.wait_left()
(<Verdict.WAIT: 'wait'>, 5.0)
>>> guard.check("2468")  # refused: still waiting
<Verdict.WAIT: 'wait'>
>>> now[0] += 5; guard.check("2468")
<Verdict.OPEN: 'open'>

Both secrets are kept only as salted PBKDF2 hashes and compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from enum import Enum

FREE_TRIES = 3
"""Wrong PINs allowed before the first wait."""
LOCK_OUT_AFTER = 10
"""Wrong PINs that lock the PIN out until the unlock code is typed."""
WAITS = (5, 15, 60, 300)
"""Seconds to wait after the 3rd, 4th, 5th wrong PIN; the last one after every later one."""
CODE_PAUSE = 5
"""Seconds to wait after a wrong unlock code, during the lock-out."""
UNLOCK_DIGITS = 12
_ITERATIONS = 20000


class Verdict(Enum):
    OPEN = "open"
    """The right PIN (or the unlock code): the kiosk may close."""
    EMPTY = "empty"
    """Nothing typed: not counted."""
    WRONG = "wrong"
    """A wrong PIN; the next try may come at once."""
    WAIT = "wait"
    """A wrong PIN that starts a wait, or a try refused because a wait runs."""
    LOCKED = "locked"
    """The PIN is locked out (this try made it so, or it already was): only the code opens."""
    WRONG_CODE = "wrong code"
    """During the lock-out: not the unlock code. A short pause follows."""


def new_unlock_code() -> str:
    """12 random digits in groups of four, easy to copy down: ``"4821 0739 5514"``."""
    digits = "".join(secrets.choice("0123456789") for _ in range(UNLOCK_DIGITS))
    return " ".join(digits[i : i + 4] for i in range(0, UNLOCK_DIGITS, 4))


def compact_code(text: str) -> str:
    """An unlock code as typed, without its spaces and dashes."""
    return "".join(text.split()).replace("-", "")


class PinGuard:
    """Checks what the facilitator types to leave the kiosk, and how often they may try."""

    def __init__(self, pin: str, unlock_code: str, *, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._salt = secrets.token_bytes(16)
        self._pin_hash = self._hash(pin)
        self._code_hash = self._hash(compact_code(unlock_code))
        self.wrong = 0
        """Wrong PINs so far (a wrong unlock code is not counted here)."""
        self.locked_out = False
        self._until = 0.0

    def _hash(self, secret: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", secret.encode(), self._salt, _ITERATIONS)

    def _is(self, typed: str, digest: bytes) -> bool:
        return hmac.compare_digest(self._hash(typed), digest)

    def wait_left(self) -> float:
        """Seconds before the next try is looked at; 0 when one may type now."""
        return max(0.0, self._until - self._clock())

    def tries_before_lock_out(self) -> int:
        return max(0, LOCK_OUT_AFTER - self.wrong)

    def check(self, typed: str) -> Verdict:
        """Whether ``typed`` opens the kiosk; counts a wrong try and starts any wait."""
        if self.wait_left() > 0:
            return Verdict.WAIT
        typed = typed.strip()
        if not typed:
            return Verdict.EMPTY
        code = compact_code(typed)
        if code.isdigit() and len(code) == UNLOCK_DIGITS and self._is(code, self._code_hash):
            self.wrong, self.locked_out = 0, False
            return Verdict.OPEN
        if self.locked_out:
            self._until = self._clock() + CODE_PAUSE
            return Verdict.WRONG_CODE
        if self._is(typed, self._pin_hash):
            self.wrong = 0
            return Verdict.OPEN
        self.wrong += 1
        if self.wrong >= LOCK_OUT_AFTER:
            self.locked_out = True
            return Verdict.LOCKED
        if self.wrong >= FREE_TRIES:
            self._until = self._clock() + WAITS[min(self.wrong - FREE_TRIES, len(WAITS) - 1)]
            return Verdict.WAIT
        return Verdict.WRONG
