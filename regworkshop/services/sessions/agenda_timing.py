"""Agenda time arithmetic: when each item starts and ends, the total, and the overrun.

Pure functions over minutes and aware datetimes, shared by the agenda editor, run
mode and the handout. Times are kept in UTC; ``tz`` only decides how they are shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

MAX_ITEM_MINUTES = 600  # ten hours: a whole working day in one time box is the most we plan


@dataclass(frozen=True)
class Slot:
    """Where one item sits in the plan: minutes from the agenda's start, and clock times."""

    offset: int
    minutes: int
    start: datetime | None
    end: datetime | None
    overruns: bool  # ends after the session's planned end


@dataclass(frozen=True)
class Timeline:
    """An agenda laid out from its start: slots, total, end and the overrun."""

    start: datetime | None
    slots: tuple[Slot, ...]
    total_minutes: int
    planned_minutes: int | None

    @property
    def end(self) -> datetime | None:
        return None if self.start is None else self.start + timedelta(minutes=self.total_minutes)

    @property
    def planned_end(self) -> datetime | None:
        if self.start is None or self.planned_minutes is None:
            return None
        return self.start + timedelta(minutes=self.planned_minutes)

    @property
    def overrun_minutes(self) -> int:
        """Minutes the agenda runs past the planned end (negative: time to spare; 0 if unplanned)."""
        if self.planned_minutes is None:
            return 0
        return self.total_minutes - self.planned_minutes

    @property
    def overruns(self) -> bool:
        return self.planned_minutes is not None and self.total_minutes > self.planned_minutes


def lay_out(
    start: datetime | None, minutes: Sequence[int], planned_minutes: int | None = None
) -> Timeline:
    """Lay items of the given lengths end to end from *start*."""
    slots = []
    offset = 0
    for length in minutes:
        begin = None if start is None else start + timedelta(minutes=offset)
        end = None if begin is None else begin + timedelta(minutes=length)
        over = planned_minutes is not None and offset + length > planned_minutes
        slots.append(Slot(offset, length, begin, end, over))
        offset += length
    return Timeline(start, tuple(slots), offset, planned_minutes)


def check_minutes(minutes: object) -> int:
    """Return a valid time box in whole minutes, or raise ValueError."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError("a time box is a whole number of minutes")
    if not 0 <= minutes <= MAX_ITEM_MINUTES:
        raise ValueError(f"a time box is 0 to {MAX_ITEM_MINUTES} minutes")
    return minutes


def clock_text(moment: datetime, day_of: datetime | None = None, tz: tzinfo | None = None) -> str:
    """Return "HH:MM" in *tz* (local if None), with "(+1)" when it falls on a later day."""
    local = moment.astimezone(tz)
    text = local.strftime("%H:%M")
    if day_of is None:
        return text
    days = (local.date() - day_of.astimezone(tz).date()).days
    if days == 0:
        return text
    return f"{text} ({days:+d})"


def duration_text(minutes: int) -> str:
    """Return "45 min", "2 h" or "2 h 30 min" (the same in Swedish and English)."""
    sign = "−" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return f"{sign}{hours} h {rest} min"
    if hours:
        return f"{sign}{hours} h"
    return f"{sign}{rest} min"


def countdown_text(seconds: float) -> str:
    """Return a countdown as "M:SS" or "H:MM:SS"; past zero it counts up with a "+"."""
    whole = math.ceil(seconds)  # "0:00" only once the time is really up
    sign = "+" if whole < 0 else ""
    whole = abs(whole)
    hours, rest = divmod(whole, 3600)
    mins, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{mins:02d}:{secs:02d}"
    return f"{sign}{mins}:{secs:02d}"
