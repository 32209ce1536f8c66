"""The method guide: the five phases as a checklist that ticks itself from the project.

Automatic items are rules over ``GuideFacts`` (one small function each, below);
manual items are ticked by the user and stored as ``ChecklistTick`` rows. Each
item names the view where its work is done (``link``: ``area`` or ``area:part``).
Tips are the method card's conditions for success, shown where they matter.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from regworkshop.services.errors import InvalidInput
from regworkshop.services.guide.gap_rules import Gaps, compute_gaps
from regworkshop.services.guide.guide_facts import GuideFacts, collect_facts
from regworkshop.store.enums import ActorType, MethodPhase, SessionKind
from regworkshop.store.models import ChecklistTick
from regworkshop.store.project_store import ProjectStore

# "Many interviews with many kinds of actors": the interview item ticks at these.
MIN_INTERVIEWS, MIN_INTERVIEW_TYPES = 6, 3
# An interview booked less than this ahead is a warning (start planning early).
INTERVIEW_LEAD = timedelta(weeks=3)
# More interviews than this in one week leave the interviewer no time to write up.
INTERVIEWS_PER_WEEK = 4


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    phase: MethodPhase
    manual: bool
    done: bool
    link: str
    progress: tuple[int, int] | None = None  # (done, of) where a count says more than a tick
    numbers: tuple[int, ...] = ()  # figures the item's wording uses


@dataclass(frozen=True)
class Tip:
    """A condition for success; ``warning`` when the project's data says it is at risk."""

    key: str
    phase: MethodPhase
    warning: bool
    link: str
    numbers: tuple[int, ...] = ()
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Guide:
    items: tuple[ChecklistItem, ...]
    tips: tuple[Tip, ...]
    gaps: Gaps
    current_phase: MethodPhase = field(default=MethodPhase.PREPARE)

    def phase_items(self, phase: MethodPhase) -> list[ChecklistItem]:
        return [i for i in self.items if i.phase == phase]

    def phase_tips(self, phase: MethodPhase) -> list[Tip]:
        return [t for t in self.tips if t.phase == phase]

    def item(self, key: str) -> ChecklistItem:
        return next(i for i in self.items if i.key == key)


Rule = Callable[[GuideFacts], tuple[bool, tuple[int, int] | None, tuple[int, ...]]]


def _all_of(done: int, total: int) -> tuple[bool, tuple[int, int], tuple[int, ...]]:
    return total > 0 and done >= total, (done, total), ()


def _actors_mapped(f: GuideFacts):
    types = {a.actor_type for a in f.actors}
    return len(f.actors) > 0, None, (len(f.actors), len(types))


def _stakeholder_analysis(f: GuideFacts):
    return _all_of(len(f.assessed_in_current_round), len(f.actors))


def _involvement_plan(f: GuideFacts):
    return _all_of(len(f.actors_with_plan), len(f.actors))


def _municipalities_met(f: GuideFacts):
    kommuner = {a.id for a in f.actors if a.actor_type == ActorType.MUNICIPALITY}
    met: set[str] = set()
    for s in f.sessions_of(SessionKind.MUNICIPALITY_MEETING):
        met |= s.attended_actors & kommuner
    return _all_of(len(met), len(kommuner))


def _reference_group(f: GuideFacts):
    meetings = [s for s in f.sessions_of(SessionKind.REFERENCE_GROUP) if s.participants]
    return bool(meetings), None, (len(meetings),)


def _held(kind: str) -> Rule:
    def rule(f: GuideFacts):
        held = len(f.sessions_of(kind, held=True))
        return held > 0, None, (held,)

    return rule


def _interviews(f: GuideFacts):
    held = f.sessions_of(SessionKind.INTERVIEW, held=True)
    types = set().union(*(s.actor_types for s in held)) if held else set()
    done = len(held) >= MIN_INTERVIEWS and len(types) >= MIN_INTERVIEW_TYPES
    return done, None, (len(held), len(types))


def _insights(f: GuideFacts):
    return f.insights > 0, None, (f.insights,)


def _insights_evidenced(f: GuideFacts):
    return _all_of(f.insights_with_evidence, f.insights)


def _platform(f: GuideFacts):
    return bool(f.forum_name) and f.forum_members > 0, None, (f.forum_members,)


def _commitments(f: GuideFacts):
    return f.commitments > 0, None, (f.commitments, len(f.actors_with_commitments))


def _followup_round(f: GuideFacts):
    return f.rounds >= 2, None, (f.rounds,)


def _lessons(f: GuideFacts):
    return f.lessons > 0, None, (f.lessons,)


# (key, phase, rule or None for a manual item, link), in the order of the method card.
CHECKLIST: tuple[tuple[str, MethodPhase, Rule | None, str], ...] = (
    ("internal_resources", MethodPhase.PREPARE, None, "stakeholders:register"),
    ("actors_mapped", MethodPhase.PREPARE, _actors_mapped, "stakeholders:register"),
    ("stakeholder_analysis", MethodPhase.PREPARE, _stakeholder_analysis, "stakeholders:grid"),
    ("involvement_plan", MethodPhase.PREPARE, _involvement_plan, "stakeholders:plan"),
    (
        "municipalities_met",
        MethodPhase.PREPARE,
        _municipalities_met,
        "sessions:municipality_meeting",
    ),
    ("reference_group", MethodPhase.CONDUCT, _reference_group, "sessions:reference_group"),
    ("kickoff", MethodPhase.CONDUCT, _held(SessionKind.KICKOFF), "sessions:kickoff"),
    ("anchoring", MethodPhase.CONDUCT, None, "sessions:kickoff"),
    ("workshops", MethodPhase.CONDUCT, _held(SessionKind.WORKSHOP), "sessions:workshop"),
    ("interviews", MethodPhase.CONDUCT, _interviews, "interviews"),
    ("insights", MethodPhase.COMPILE, _insights, "knowledge"),
    ("insights_evidenced", MethodPhase.COMPILE, _insights_evidenced, "knowledge"),
    ("knowledge_discussed", MethodPhase.COMPILE, None, "sessions:reference_group"),
    ("platform", MethodPhase.FOLLOW_UP, _platform, "followup:platform"),
    ("commitments", MethodPhase.FOLLOW_UP, _commitments, "followup:commitments"),
    ("declaration_signed", MethodPhase.FOLLOW_UP, None, "followup:commitments"),
    ("followup_round", MethodPhase.FOLLOW_UP, _followup_round, "stakeholders:compare"),
    (
        "internal_evaluation",
        MethodPhase.LESSONS,
        _held(SessionKind.INTERNAL_EVALUATION),
        "sessions:internal_evaluation",
    ),
    ("key_people_interviewed", MethodPhase.LESSONS, None, "interviews"),
    ("lessons", MethodPhase.LESSONS, _lessons, "knowledge:lessons"),
    ("lessons_shared", MethodPhase.LESSONS, None, "followup"),
)
MANUAL_KEYS = frozenset(key for key, _phase, rule, _link in CHECKLIST if rule is None)


def checklist(facts: GuideFacts) -> tuple[ChecklistItem, ...]:
    """Return every item of the checklist, ticked from *facts* (manual ones from the ticks)."""
    items = []
    for key, phase, rule, link in CHECKLIST:
        if rule is None:
            items.append(ChecklistItem(key, phase, True, key in facts.ticked, link))
            continue
        done, progress, numbers = rule(facts)
        items.append(ChecklistItem(key, phase, False, done, link, progress, numbers))
    return tuple(items)


def tips(facts: GuideFacts, gaps: Gaps) -> tuple[Tip, ...]:
    """Return the conditions for success, each a warning when the project is at risk of it."""
    upcoming = [
        (s, s.starts_at)
        for s in facts.sessions_of(SessionKind.INTERVIEW)
        if s.starts_at is not None and s.starts_at > facts.now and not s.held
    ]
    short = [s for s, starts in upcoming if starts - s.created_at < INTERVIEW_LEAD]
    weeks: dict[tuple[int, int], int] = {}
    for _s, starts in upcoming:
        week = starts.isocalendar()[:2]
        weeks[week] = weeks.get(week, 0) + 1
    crowded = max(weeks.values(), default=0)
    no_interviews = not facts.sessions_of(SessionKind.INTERVIEW)
    unheard = len(gaps.types_not_heard) + len(gaps.municipalities_not_heard)
    return (
        Tip(
            "plan_early",
            MethodPhase.PREPARE,
            bool(short),
            "sessions:interview",
            (len(short), INTERVIEW_LEAD.days // 7),
            tuple(s.title for s in short),
        ),
        Tip("internal_resources", MethodPhase.PREPARE, False, "stakeholders:register"),
        Tip(
            "widen_view",
            MethodPhase.CONDUCT,
            unheard > 0 and bool(facts.sessions),
            "stakeholders:register",
            (len(gaps.types_not_heard), len(gaps.municipalities_not_heard)),
        ),
        Tip(
            "consultant_time",
            MethodPhase.CONDUCT,
            crowded > INTERVIEWS_PER_WEEK,
            "interviews",
            (crowded, INTERVIEWS_PER_WEEK),
        ),
        Tip(
            "book_interviews",
            MethodPhase.CONDUCT,
            no_interviews and facts.rounds > 0,
            "interviews",
        ),
    )


def current_phase(items: tuple[ChecklistItem, ...]) -> MethodPhase:
    """Return the first phase with work left (the last one when all is done)."""
    for phase in MethodPhase:
        if any(not i.done for i in items if i.phase == phase):
            return phase
    return MethodPhase.LESSONS


def tick_id(project_id: str, key: str) -> str:
    """Return the id of an item's tick row, the same on every laptop."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"regworkshop:checklist:{project_id}:{key}"))


class MethodGuideService:
    """The overview's method guide: checklist, tips and gaps; ticking manual items."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def facts(self) -> GuideFacts:
        return collect_facts(self.store, self.store.clock())

    def guide(self) -> Guide:
        """Return the checklist, tips and gaps for the project as it is now."""
        facts = self.facts()
        items = checklist(facts)
        gaps = compute_gaps(facts)
        return Guide(items, tips(facts, gaps), gaps, current_phase(items))

    def gaps(self) -> Gaps:
        return compute_gaps(self.facts())

    def is_ticked(self, key: str) -> bool:
        return key in self.facts().ticked

    def set_ticked(self, key: str, ticked: bool) -> bool:
        """Tick or untick a manual item; return whether it was ticked before (for undo)."""
        if key not in MANUAL_KEYS:
            raise InvalidInput(f"{key!r} is not a checklist item that is ticked by hand")
        row_id = tick_id(self.store.project_id, key)
        with self.store.unit_of_work() as db:
            row = db.get(ChecklistTick, row_id)
            if row is None:
                if not ticked:
                    return False
                db.add(
                    ChecklistTick(
                        id=row_id, project_id=self.store.project_id, item_key=key, ticked=True
                    )
                )
                return False
            before = row.ticked and row.deleted_at is None
            if row.deleted_at is not None:
                row.deleted_at = None
            if row.ticked != ticked:
                row.ticked = ticked
            return before
