"""What run mode shows at a moment, worded once for the laptop and the projector."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from regworkshop.services.sessions.agenda_timing import clock_text, countdown_text, duration_text
from regworkshop.services.sessions.run_state import FINISHED, NOT_STARTED, PAUSED, RUNNING, RunState
from regworkshop.ui.shell.i18n import tr

WARNING_SECONDS = 120  # the countdown turns amber in the last two minutes


@dataclass(frozen=True)
class RunDisplay:
    status: str
    status_text: str
    session_title: str
    position: str
    title: str
    question: str
    description: str
    countdown: str
    progress: float  # share of the time box used, 0..1 (beyond 1 when over)
    warning: bool
    overrun: bool
    next_text: str
    drift_text: str
    drift_minutes: int
    end_text: str
    clock: str


def status_name(status: str) -> str:
    return {
        NOT_STARTED: tr("Not started"),
        RUNNING: tr("Running"),
        PAUSED: tr("Paused"),
        FINISHED: tr("Finished"),
    }.get(status, status)


def drift_text(minutes: int) -> str:
    if minutes == 0:
        return tr("On schedule")
    if minutes > 0:
        return tr("{0} behind schedule").format(duration_text(minutes))
    return tr("{0} ahead of schedule").format(duration_text(-minutes))


def make_display(
    state: RunState, now: datetime, tz: tzinfo | None, session_title: str
) -> RunDisplay:
    """Word the run's state at *now* for the facilitator and the room."""
    item = state.current
    status = state.status
    drift = round(state.drift_seconds(now) / 60) if state.items else 0
    common = {
        "status": status,
        "status_text": status_name(status),
        "session_title": session_title,
        "clock": clock_text(now, tz=tz),
    }
    if item is None:
        return RunDisplay(
            **common,
            position="",
            title=tr("The agenda is empty"),
            question=tr("Add agenda items to run the session."),
            description="",
            countdown="—",
            progress=0.0,
            warning=False,
            overrun=False,
            next_text="",
            drift_text="",
            drift_minutes=0,
            end_text="",
        )
    index = state.current_index or 0
    remaining = state.remaining_seconds(now)
    box = item.box_seconds
    following = state.next_item
    if status == FINISHED:
        next_text = tr("The agenda is done.")
        countdown = "✓"
        progress = 1.0
    else:
        next_text = (
            tr("Next: {0} ({1})").format(following.title, duration_text(following.minutes))
            if following
            else tr("Next: the end of the session")
        )
        countdown = countdown_text(remaining)
        progress = 1.0 if box <= 0 else (box - remaining) / box
    end = state.projected_end(now)
    end_text = (
        tr("Ended {0}").format(clock_text(end, tz=tz))
        if status == FINISHED
        else tr("Ends about {0}").format(clock_text(end, now, tz))
    )
    live = status != FINISHED
    return RunDisplay(
        **common,
        position=tr("Item {0} of {1}").format(index + 1, len(state.items)),
        title=item.title,
        question=item.framing_question,
        description=item.description,
        countdown=countdown,
        progress=max(0.0, progress),
        warning=live and 0 < remaining <= WARNING_SECONDS,
        overrun=live and remaining <= 0 and status != NOT_STARTED,
        next_text=next_text,
        drift_text=drift_text(drift),
        drift_minutes=drift,
        end_text=end_text,
    )
