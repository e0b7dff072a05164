"""The probability a logistic model over named binary features gives (the learned
recipient scorer of events and the learned reader of stances share it)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping


def probability(weights: Mapping[str, float], names: Iterable[str]) -> float:
    """The logistic of the summed weights of the features present, computed without
    overflow for large scores of either sign."""
    score = sum(weights.get(name, 0.0) for name in names)
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    odds = math.exp(score)
    return odds / (1.0 + odds)
