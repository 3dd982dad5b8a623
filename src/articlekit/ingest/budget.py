"""The time budget: a cheap deadline that stages poll from their loops.

`Options.time_budget` is a wall-clock allowance for one `extract()` call. A stage cannot be
interrupted from outside without threads or signals (neither is safe in a library), so every
stage that loops over a page's nodes calls `Deadline.check(stage)` now and then; the call costs
one `time.monotonic()`. Parsing itself is a single C call and is bounded by `max_bytes` instead.

The deadline of the running extraction is kept in a context variable, so that code which does
not receive it as an argument (for instance `ingest.load()`, whose signature is fixed) can still
find it with `current()`.
"""

from __future__ import annotations

import contextvars
import time
from types import TracebackType

from articlekit.errors import LimitExceeded

_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "articlekit_deadline", default=None
)


class Deadline:
    """A point in time after which `check()` raises `LimitExceeded`.

    `Deadline(None)` never expires. Use it as a context manager to make it the `current()` one.
    """

    __slots__ = ("seconds", "_end", "_token")

    def __init__(self, seconds: float | None) -> None:
        if seconds is not None and seconds < 0:
            raise ValueError(f"a time budget cannot be negative: {seconds!r}")
        self.seconds = seconds
        self._end = None if seconds is None else time.monotonic() + seconds
        self._token: contextvars.Token[Deadline | None] | None = None

    def expired(self) -> bool:
        """True once the budget is spent."""
        return self._end is not None and time.monotonic() > self._end

    def remaining(self) -> float | None:
        """Seconds left (never negative), or None for an unlimited budget."""
        if self._end is None:
            return None
        return max(0.0, self._end - time.monotonic())

    def check(self, stage: str = "extracting") -> None:
        """Raise `LimitExceeded` if the budget is spent; `stage` names what was running."""
        if self._end is not None and time.monotonic() > self._end:
            raise LimitExceeded(f"time budget of {self.seconds:g}s exceeded while {stage}")

    def __enter__(self) -> Deadline:
        self._token = _CURRENT.set(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._token is not None:
            _CURRENT.reset(self._token)
            self._token = None


def current() -> Deadline | None:
    """The deadline of the extraction running in this context, if one was entered."""
    return _CURRENT.get()
