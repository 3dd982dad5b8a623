"""Frozen extraction options: the few user choices plus the resource limits.

Limits are generous by default; they exist so that unattended runs over millions of pages never
hang on one pathological page. What happens over each limit is documented in docs/limits.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Favor = Literal["balanced", "precision", "recall"]

DEFAULT_MAX_BYTES = 50_000_000
DEFAULT_MAX_ELEMENTS = 1_000_000
DEFAULT_MAX_DEPTH = 256  # deeper content is flattened into siblings, not lost; docs/limits.md
DEFAULT_TIME_BUDGET = 30.0


@dataclass(frozen=True, slots=True)
class Options:
    """Everything a stage may consult besides the tree itself."""

    favor: Favor = "balanced"
    include_comments: bool = False
    rules: object | None = None  # a rules.RuleSet; typed loosely to keep this module light
    max_bytes: int = DEFAULT_MAX_BYTES
    max_elements: int = DEFAULT_MAX_ELEMENTS
    max_depth: int = DEFAULT_MAX_DEPTH
    time_budget: float | None = DEFAULT_TIME_BUDGET
    # Ask readability-lxml for a second opinion where our content root is weak. Internal and off:
    # its gain did not pay for its time (numbers in second_opinion.py).
    second_opinion: bool = False

    def __post_init__(self) -> None:
        if self.favor not in ("balanced", "precision", "recall"):
            raise ValueError(
                f"favor must be 'balanced', 'precision' or 'recall', not {self.favor!r}"
            )
