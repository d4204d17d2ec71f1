"""Dates as the tables and labels show them."""

from __future__ import annotations

import datetime as dt


def date_text(value: dt.date | dt.datetime | None) -> str:
    """2025-03-01; "" for no date."""
    return f"{value:%Y-%m-%d}" if value is not None else ""
