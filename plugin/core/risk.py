"""Risk and revisit settings (SPEC.md), in plain Python.

The rule itself — risk from the latest visit in which the household was met, next visit one cycle
after it — is kept by the database (the triggers of :mod:`.schema`, the functions of :mod:`.pg`);
tests hold both engines to SPEC.md's statement of it (tests/oracle.py).
"""
from __future__ import annotations

#: Revisit cycle by risk level, in days (settable per database).
DEFAULT_CYCLE_DAYS = {"high": 30, "medium": 90, "low": 180}

def display_class(risk_level: str | None, status: str = "active") -> str | None:
    """The map class of a household: its risk, 'unvisited', or None (off the working map)."""
    if status != "active":
        return None
    return risk_level or "unvisited"
