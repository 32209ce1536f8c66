"""Run mode's state at a moment: the current item, its countdown and the schedule's drift.

A ``RunState`` is read from the store once and then asked about any moment
(``remaining_seconds(now)`` …), so a countdown can tick every second without a query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

NOT_STARTED, RUNNING, PAUSED, FINISHED = "not_started", "running", "paused", "finished"
# A run that begins this far from the scheduled start is a rehearsal or a moved
# meeting: its drift is measured from when it began, not from the old schedule.
SCHEDULE_TOLERANCE = timedelta(hours=2)


@dataclass(frozen=True)
class RunItem:
    id: str
    title: str
    framing_question: str
    description: str
    minutes: int
    extra_minutes: int
    spent_seconds: float
    actual_start: datetime | None
    actual_end: datetime | None

    @property
    def box_seconds(self) -> float:
        """The item's time box with its extensions, in seconds."""
        return (self.minutes + self.extra_minutes) * 60.0

    @property
    def done(self) -> bool:
        return self.actual_end is not None


@dataclass(frozen=True)
class RunState:
    session_id: str
    status: str
    items: tuple[RunItem, ...]
    current_index: int | None
    segment_started_at: datetime | None
    scheduled_start: datetime | None
    started_at: datetime | None
    ended_at: datetime | None

    @property
    def current(self) -> RunItem | None:
        """The item being run (before the start: the first item)."""
        if self.current_index is None or not self.items:
            return None
        return self.items[self.current_index]

    @property
    def next_item(self) -> RunItem | None:
        if self.current_index is None or self.status == FINISHED:
            return None
        following = self.current_index + 1
        return self.items[following] if following < len(self.items) else None

    @property
    def is_live(self) -> bool:
        """True while running or paused (not before the start, not after the end)."""
        return self.status in (RUNNING, PAUSED)

    def elapsed_seconds(self, now: datetime) -> float:
        """Running time on the current item (pauses left out)."""
        item = self.current
        if item is None:
            return 0.0
        elapsed = item.spent_seconds
        if self.status == RUNNING and self.segment_started_at is not None:
            elapsed += max(0.0, (now - self.segment_started_at).total_seconds())
        return elapsed

    def remaining_seconds(self, now: datetime) -> float:
        """Time left in the current item's box; negative once it overruns."""
        item = self.current
        if item is None:
            return 0.0
        return item.box_seconds - self.elapsed_seconds(now)

    @property
    def baseline(self) -> datetime | None:
        """Where the schedule starts: the session's start, or when a far-off run began."""
        if self.scheduled_start is None:
            return self.started_at
        if self.started_at is None or abs(self.started_at - self.scheduled_start) <= (
            SCHEDULE_TOLERANCE
        ):
            return self.scheduled_start
        return self.started_at

    @property
    def planned_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    def planned_end(self, now: datetime) -> datetime:
        base = self.baseline or now
        return base + timedelta(minutes=self.planned_minutes)

    def projected_end(self, now: datetime) -> datetime:
        """When the agenda will end at this pace: the rest of this item, then later boxes."""
        if self.status == FINISHED and self.ended_at is not None:
            return self.ended_at
        if self.status == NOT_STARTED or self.current_index is None:
            start = max(now, self.baseline or now)
            total = sum(item.box_seconds for item in self.items)
            return start + timedelta(seconds=total)
        later = sum(
            max(item.box_seconds - item.spent_seconds, 0.0)
            for item in self.items[self.current_index + 1 :]
        )
        rest = max(self.remaining_seconds(now), 0.0)
        return now + timedelta(seconds=rest + later)

    def drift_seconds(self, now: datetime) -> float:
        """How far behind (positive) or ahead (negative) of the planned end the run is."""
        return (self.projected_end(now) - self.planned_end(now)).total_seconds()
