"""Run mode: start, pause, move through and extend a session's agenda, recording actual times.

Every control is stored at once (the run's row and the items' actual times), so
closing the app in the middle of a meeting loses nothing: the run resumes where it
was, and the time kept counting while the app was closed, as the meeting did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput
from regworkshop.services.queries import get_live, live
from regworkshop.services.sessions.run_state import (
    FINISHED,
    NOT_STARTED,
    PAUSED,
    RUNNING,
    RunItem,
    RunState,
)
from regworkshop.store.models import AgendaItem, Session, SessionRun
from regworkshop.store.project_store import Clock, ProjectStore

# Leaving an item within this many seconds of reaching it counts as skipping it
# (a mis-pressed "next"): it gets no actual times.
SKIP_SECONDS = 10.0
EXTEND_MINUTES = 5


@dataclass(frozen=True)
class ItemTimes:
    id: str
    actual_start: datetime | None
    actual_end: datetime | None
    extra_minutes: int
    spent_seconds: float


@dataclass(frozen=True)
class RunSnapshot:
    """A run as it was before a reset, so the reset can be undone."""

    session_id: str
    run_id: str | None
    items: tuple[ItemTimes, ...]


class RunService:
    """The controls of run mode; each returns the new state."""

    def __init__(self, store: ProjectStore, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or store.clock

    def state(self, session_id: str) -> RunState:
        """Return the run's state (a new session's run has not started)."""
        with self.store.session() as db:
            session = get_live(db, Session, session_id)
            return _state(session, _run(db, session_id), _items(db, session_id))

    def start(self, session_id: str) -> RunState:
        """Start the run at the first item, or resume a paused one."""
        with self.store.unit_of_work() as db:
            session, run, items = self._load(db, session_id)
            now = self.clock()
            if not items:
                raise InvalidInput("the agenda has no items to run")
            if run is None:
                run = SessionRun(
                    session_id=session_id,
                    status=RUNNING,
                    started_at=now,
                    current_item_id=items[0].id,
                    segment_started_at=now,
                )
                db.add(run)
                _enter(items[0], now, running=True)
            elif run.status == FINISHED:
                raise InvalidInput("the run has finished; reset it to run the agenda again")
            elif run.status == PAUSED:
                self._resume(run, items, now)
            db.flush()
            return _state(session, run, items)

    def pause(self, session_id: str) -> RunState:
        """Stop the clock on the current item."""
        with self.store.unit_of_work() as db:
            session, run, items = self._load(db, session_id)
            if run is not None and run.status == RUNNING:
                current = _current(run, items)
                _close_segment(run, current, self.clock())
                run.segment_started_at = None
                run.status = PAUSED
            db.flush()
            return _state(session, run, items)

    def resume(self, session_id: str) -> RunState:
        """Restart the clock after a pause."""
        with self.store.unit_of_work() as db:
            session, run, items = self._load(db, session_id)
            if run is not None and run.status == PAUSED:
                self._resume(run, items, self.clock())
            db.flush()
            return _state(session, run, items)

    def toggle(self, session_id: str) -> RunState:
        """Start, pause or resume: what the space bar does."""
        status = self.state(session_id).status
        if status == RUNNING:
            return self.pause(session_id)
        return self.start(session_id)

    def next(self, session_id: str) -> RunState:
        """Close the current item and go to the next one; after the last, finish."""
        with self.store.unit_of_work() as db:
            session, run, items = self._load(db, session_id)
            run = _require_live(run)
            now = self.clock()
            current = _current(run, items)
            _close_segment(run, current, now)
            _leave(current, now)
            index = items.index(current) if current in items else len(items) - 1
            if index + 1 >= len(items):
                run.status = FINISHED
                run.ended_at = now
                run.segment_started_at = None
            else:
                following = items[index + 1]
                run.current_item_id = following.id
                _enter(following, now, running=run.status == RUNNING)
            db.flush()
            return _state(session, run, items)

    def previous(self, session_id: str) -> RunState:
        """Go back one item (after the end: reopen the last item, paused)."""
        with self.store.unit_of_work() as db:
            session, run, items = self._load(db, session_id)
            if run is None or not items:
                raise InvalidInput("the run has not started")
            now = self.clock()
            current = _current(run, items)
            if run.status == FINISHED:
                run.status = PAUSED
                run.ended_at = None
                run.current_item_id = current.id
                current.actual_end = None
            elif current is not items[0]:
                _close_segment(run, current, now)
                _leave(current, now)
                earlier = items[items.index(current) - 1]
                run.current_item_id = earlier.id
                _enter(earlier, now, running=run.status == RUNNING)
            db.flush()
            return _state(session, run, items)

    def extend(self, session_id: str, minutes: int = EXTEND_MINUTES) -> RunState:
        """Give the current item more time (negative minutes take extensions back)."""
        with self.store.unit_of_work() as db:
            session, run, items = self._load(db, session_id)
            run = _require_live(run)
            current = _current(run, items)
            current.extra_minutes = max(0, (current.extra_minutes or 0) + minutes)
            db.flush()
            return _state(session, run, items)

    def set_extra_minutes(self, item_id: str, minutes: int) -> None:
        """Set an item's extensions outright (what undo and redo of an extension do)."""
        with self.store.unit_of_work() as db:
            get_live(db, AgendaItem, item_id).extra_minutes = max(0, minutes)

    def finish(self, session_id: str) -> RunState:
        """End the run now, wherever it is."""
        with self.store.unit_of_work() as db:
            session, run, items = self._load(db, session_id)
            run = _require_live(run)
            now = self.clock()
            current = _current(run, items)
            _close_segment(run, current, now)
            _leave(current, now)
            run.status = FINISHED
            run.ended_at = now
            run.segment_started_at = None
            db.flush()
            return _state(session, run, items)

    def reset(self, session_id: str) -> RunSnapshot:
        """Forget the run and the recorded times, to run the agenda again; return what was."""
        with self.store.unit_of_work() as db:
            _session, run, items = self._load(db, session_id)
            snapshot = RunSnapshot(
                session_id,
                run.id if run is not None else None,
                tuple(
                    ItemTimes(
                        i.id,
                        i.actual_start,
                        i.actual_end,
                        i.extra_minutes or 0,
                        i.spent_seconds or 0,
                    )
                    for i in items
                ),
            )
            if run is not None:
                run.deleted_at = self.clock()
            for item in items:
                item.actual_start = item.actual_end = None
                item.extra_minutes = 0
                item.spent_seconds = 0.0
            return snapshot

    def restore(self, snapshot: RunSnapshot) -> RunState:
        """Put back a run as reset found it (undo of a reset)."""
        with self.store.unit_of_work() as db:
            session = get_live(db, Session, snapshot.session_id)
            for other in db.scalars(live(SessionRun).where(SessionRun.session_id == session.id)):
                other.deleted_at = self.clock()
            if snapshot.run_id:
                row = db.get(SessionRun, snapshot.run_id)
                if row is not None:
                    row.deleted_at = None
            for times in snapshot.items:
                item = db.get(AgendaItem, times.id)
                if item is not None:
                    item.actual_start, item.actual_end = times.actual_start, times.actual_end
                    item.extra_minutes, item.spent_seconds = (
                        times.extra_minutes,
                        times.spent_seconds,
                    )
            db.flush()
            return _state(session, _run(db, session.id), _items(db, session.id))

    def _load(
        self, db: DbSession, session_id: str
    ) -> tuple[Session, SessionRun | None, list[AgendaItem]]:
        session = get_live(db, Session, session_id)
        return session, _run(db, session_id), _items(db, session_id)

    def _resume(self, run: SessionRun, items: list[AgendaItem], now: datetime) -> None:
        run.status = RUNNING
        run.segment_started_at = now
        current = _current(run, items)
        run.current_item_id = current.id
        if current.actual_start is None:
            current.actual_start = now


def _run(db: DbSession, session_id: str) -> SessionRun | None:
    # Two laptops may each have run the session; after a merge the latest run counts.
    stmt = (
        live(SessionRun)
        .where(SessionRun.session_id == session_id)
        .order_by(SessionRun.updated_at.desc(), SessionRun.id)
    )
    return db.scalars(stmt).first()


def _items(db: DbSession, session_id: str) -> list[AgendaItem]:
    stmt = (
        live(AgendaItem)
        .where(AgendaItem.session_id == session_id)
        .order_by(AgendaItem.position, AgendaItem.created_at, AgendaItem.id)
    )
    return list(db.scalars(stmt))


def _current(run: SessionRun, items: list[AgendaItem]) -> AgendaItem:
    """The run's current item; if it was deleted, the first item not yet done."""
    if not items:
        raise InvalidInput("the agenda has no items to run")
    for item in items:
        if item.id == run.current_item_id:
            return item
    return next((i for i in items if i.actual_end is None), items[-1])


def _require_live(run: SessionRun | None) -> SessionRun:
    if run is None:
        raise InvalidInput("the run has not started")
    if run.status == FINISHED:
        raise InvalidInput("the run has finished")
    return run


def _close_segment(run: SessionRun, item: AgendaItem, now: datetime) -> None:
    if run.status == RUNNING and run.segment_started_at is not None:
        spent = max(0.0, (now - run.segment_started_at).total_seconds())
        item.spent_seconds = (item.spent_seconds or 0.0) + spent
        run.segment_started_at = now


def _leave(item: AgendaItem, now: datetime) -> None:
    if item.actual_start is None:
        return
    if (item.spent_seconds or 0.0) < SKIP_SECONDS:
        item.actual_start = item.actual_end = None
        item.spent_seconds = 0.0
        return
    item.actual_end = now


def _enter(item: AgendaItem, now: datetime, *, running: bool) -> None:
    item.actual_end = None
    if running and item.actual_start is None:
        item.actual_start = now


def _state(session: Session, run: SessionRun | None, items: list[AgendaItem]) -> RunState:
    run_items = tuple(
        RunItem(
            id=i.id,
            title=i.title,
            framing_question=i.framing_question,
            description=i.description,
            minutes=i.minutes,
            extra_minutes=i.extra_minutes or 0,
            spent_seconds=i.spent_seconds or 0.0,
            actual_start=i.actual_start,
            actual_end=i.actual_end,
        )
        for i in items
    )
    if run is None:
        return RunState(
            session.id,
            NOT_STARTED,
            run_items,
            0 if items else None,
            None,
            session.starts_at,
            None,
            None,
        )
    index = None
    if items:
        current = _current(run, items)
        index = items.index(current)
    return RunState(
        session_id=session.id,
        status=run.status,
        items=run_items,
        current_index=index,
        segment_started_at=run.segment_started_at,
        scheduled_start=session.starts_at,
        started_at=run.started_at,
        ended_at=run.ended_at,
    )
