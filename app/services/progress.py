"""Progress and cancelling for long operations (imports, exports).

A service that takes long accepts `progress(done, total)`; total 0 means "not known yet". The
caller (a worker thread of the GUI, the command line) may raise `Cancelled` from inside the
callback to stop the work: the service then leaves nothing behind (its transaction rolls back,
its half-written file is removed) and the exception reaches the caller.
"""

from __future__ import annotations

from collections.abc import Callable

from app.services.errors import ServiceError

ProgressCallback = Callable[[int, int], None]


class Cancelled(ServiceError):
    """The user stopped a long operation; nothing was changed."""

    def __init__(self, message: str = "Cancelled; nothing was changed."):
        super().__init__(message)


def no_progress(done: int, total: int) -> None:
    """The callback used when the caller passes none."""


class Stages:
    """One progress bar over several stages of known relative size.

    `Stages(progress, reading=1, checking=1, writing=1)` maps each stage's own (done, total) to a
    share of one bar that ends at 1000, so the bar moves evenly whatever the row count.
    """

    SCALE = 1000

    def __init__(self, progress: ProgressCallback | None, **weights: int):
        self._progress = progress or no_progress
        self._starts: dict[str, float] = {}
        self._spans: dict[str, float] = {}
        total = sum(weights.values()) or 1
        position = 0.0
        for name, weight in weights.items():
            self._starts[name] = position
            self._spans[name] = weight / total
            position += weight / total

    def report(self, stage: str, done: int, total: int) -> None:
        """Report `done` of `total` within `stage` (total 0: somewhere inside the stage)."""
        fraction = min(done / total, 1.0) if total > 0 else 0.0
        value = self._starts[stage] + self._spans[stage] * fraction
        self._progress(int(value * self.SCALE), self.SCALE)

    def callback(self, stage: str) -> ProgressCallback:
        """A plain (done, total) callback that reports within `stage`."""
        return lambda done, total: self.report(stage, done, total)
