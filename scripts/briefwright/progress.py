"""Progress of ``briefwright convert`` on stderr: a rich progress bar on a terminal, plain lines elsewhere.

The bar is wanted only on an interactive terminal (not with ``--quiet``, under CI or ``TERM=dumb``);
messages printed while it runs (``say``) go above it. Nothing here changes a briefing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any


def _progress_wanted(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class _Progress:
    """A rich progress bar on stderr, or nothing at all; ``say`` prints above the bar."""

    def __init__(self, enabled: bool, echo: Callable[[str], None]):
        self._echo = echo
        self._bar: Any = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
                auto_refresh=False,  # no refresh thread: pool workers are forked from this process
            )

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def task(self, description: str, total: int) -> Callable[[int], None]:
        if self._bar is None or total == 0:
            return lambda n: None
        task_id = self._bar.add_task(description, total=total)
        self._bar.refresh()

        def advance(n: int) -> None:
            self._bar.advance(task_id, n)
            self._bar.refresh()

        return advance

    def say(self, message: str) -> None:
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
            self._bar.refresh()
        else:
            self._echo(message)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
