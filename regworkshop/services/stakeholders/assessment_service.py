"""Assessment rounds: influence and interest per actor, round after round, and how they moved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.queries import get_live, live
from regworkshop.services.stakeholders.actor_service import tidy
from regworkshop.store.models import Actor, Assessment, AssessmentRound
from regworkshop.store.project_store import ProjectStore

LOW, HIGH = 1.0, 5.0
# The grid is split at the middle of the scale; an actor on the line counts as low.
MIDDLE = 3.0
DEFAULT_VALUE = 3.0
MAX_ROUND_NAME = 200


class Quadrant:
    MANAGE_CLOSELY = "manage_closely"  # high influence, high interest
    KEEP_SATISFIED = "keep_satisfied"  # high influence, low interest
    KEEP_INFORMED = "keep_informed"  # low influence, high interest
    MONITOR = "monitor"  # low influence, low interest


def quadrant(influence: float, interest: float) -> str:
    """Return the quadrant of the power/interest grid a pair of values falls in."""
    if influence > MIDDLE:
        return Quadrant.MANAGE_CLOSELY if interest > MIDDLE else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if interest > MIDDLE else Quadrant.MONITOR


def clean_value(value: float, what: str) -> float:
    """Return a scale value rounded to one decimal, or raise InvalidInput outside 1–5."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{what} must be a number from 1 to 5") from None
    if not LOW <= number <= HIGH:  # also refuses NaN
        raise InvalidInput(f"{what} must be from 1 to 5, not {value}")
    return round(number, 1)


@dataclass(frozen=True)
class RoundInfo:
    id: str
    name: str
    held_on: date
    assessed: int


@dataclass(frozen=True)
class AssessmentInfo:
    actor_id: str
    influence: float
    interest: float
    comment: str

    @property
    def quadrant(self) -> str:
        return quadrant(self.influence, self.interest)


@dataclass(frozen=True)
class Movement:
    """How one actor moved between round A and round B (None: not assessed in that round)."""

    actor_id: str
    actor_name: str
    actor_type: str
    before: AssessmentInfo | None
    after: AssessmentInfo | None

    @property
    def influence_change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after.influence - self.before.influence, 1)

    @property
    def interest_change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after.interest - self.before.interest, 1)

    @property
    def moved_quadrant(self) -> bool:
        return bool(self.before and self.after and self.before.quadrant != self.after.quadrant)


class AssessmentService:
    """Rounds of the stakeholder analysis and the values set in them."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def rounds(self) -> list[RoundInfo]:
        """Return the live rounds, oldest first (the last one is the current round)."""
        stmt = (
            live(AssessmentRound)
            .where(AssessmentRound.project_id == self.store.project_id)
            .order_by(AssessmentRound.held_on, AssessmentRound.created_at)
        )
        with self.store.session() as db:
            return [_round_info(db, r) for r in db.scalars(stmt)]

    def current_round(self) -> RoundInfo | None:
        """Return the latest round, or None before the first assessment."""
        rounds = self.rounds()
        return rounds[-1] if rounds else None

    def create_round(
        self, name: str, held_on: date, *, copy_from: str | None = None, round_id: str | None = None
    ) -> RoundInfo:
        """Start a round; it begins with the values of *copy_from* (default: the current round)."""
        name = tidy(name)
        if not name:
            raise InvalidInput("an assessment round needs a name")
        if len(name) > MAX_ROUND_NAME:
            raise InvalidInput(f"a round name can be at most {MAX_ROUND_NAME} characters")
        if copy_from is None and (current := self.current_round()) is not None:
            copy_from = current.id
        with self.store.unit_of_work() as db:
            new = AssessmentRound(project_id=self.store.project_id, name=name, held_on=held_on)
            if round_id:
                new.id = round_id
            db.add(new)
            db.flush()
            if copy_from:
                get_live(db, AssessmentRound, copy_from)
                for old in db.scalars(_live_assessments(copy_from)):
                    db.add(
                        Assessment(
                            round_id=new.id,
                            actor_id=old.actor_id,
                            influence=old.influence,
                            interest=old.interest,
                            comment=old.comment,
                        )
                    )
                db.flush()
            return _round_info(db, new)

    def delete_round(self, round_id: str) -> None:
        """Tombstone a round (its values stay with it for a restore)."""
        with self.store.unit_of_work() as db:
            get_live(db, AssessmentRound, round_id).deleted_at = self.store.clock()

    def restore_round(self, round_id: str) -> None:
        with self.store.unit_of_work() as db:
            rnd = db.get(AssessmentRound, round_id)
            if rnd is None:
                raise NotFound("assessment round", round_id)
            rnd.deleted_at = None

    def values(self, round_id: str) -> dict[str, AssessmentInfo]:
        """Return the values of a round by actor id (live actors only)."""
        stmt = (
            select(Assessment)
            .join(Actor, Actor.id == Assessment.actor_id)
            .where(
                Assessment.round_id == round_id,
                Assessment.deleted_at.is_(None),
                Actor.deleted_at.is_(None),
            )
        )
        with self.store.session() as db:
            return {a.actor_id: _info(a) for a in db.scalars(stmt)}

    def get(self, round_id: str, actor_id: str) -> AssessmentInfo | None:
        """Return one actor's values in a round, or None if it is not assessed there."""
        with self.store.session() as db:
            row = db.scalars(
                _live_assessments(round_id).where(Assessment.actor_id == actor_id)
            ).first()
            return _info(row) if row else None

    def set(
        self, round_id: str, actor_id: str, influence: float, interest: float
    ) -> AssessmentInfo:
        """Set an actor's influence and interest (1–5) in a round."""
        influence = clean_value(influence, "influence")
        interest = clean_value(interest, "interest")
        with self.store.unit_of_work() as db:
            get_live(db, AssessmentRound, round_id)
            get_live(db, Actor, actor_id)
            row = db.scalars(
                select(Assessment).where(
                    Assessment.round_id == round_id, Assessment.actor_id == actor_id
                )
            ).first()
            if row is None:
                row = Assessment(round_id=round_id, actor_id=actor_id)
                db.add(row)
            row.deleted_at = None
            if row.influence != influence:
                row.influence = influence
            if row.interest != interest:
                row.interest = interest
            db.flush()
            return _info(row)

    def clear(self, round_id: str, actor_id: str) -> None:
        """Take an actor out of a round (tombstones its values; undo of a first placement)."""
        with self.store.unit_of_work() as db:
            for row in db.scalars(
                _live_assessments(round_id).where(Assessment.actor_id == actor_id)
            ):
                row.deleted_at = self.store.clock()

    def compare(self, round_a: str, round_b: str) -> list[Movement]:
        """Return per live actor how influence and interest moved from round A to round B."""
        before, after = self.values(round_a), self.values(round_b)
        stmt = live(Actor).where(Actor.project_id == self.store.project_id)
        with self.store.session() as db:
            actors = list(db.scalars(stmt))
        rows = [
            Movement(a.id, a.name, a.actor_type, before.get(a.id), after.get(a.id))
            for a in actors
            if a.id in before or a.id in after
        ]
        return sorted(rows, key=lambda m: m.actor_name.casefold())


def _live_assessments(round_id: str):
    return live(Assessment).where(Assessment.round_id == round_id)


def _info(row: Assessment) -> AssessmentInfo:
    return AssessmentInfo(row.actor_id, float(row.influence), float(row.interest), row.comment)


def _round_info(db: DbSession, rnd: AssessmentRound) -> RoundInfo:
    assessed = len(
        db.scalars(
            select(Assessment.id)
            .join(Actor, Actor.id == Assessment.actor_id)
            .where(
                Assessment.round_id == rnd.id,
                Assessment.deleted_at.is_(None),
                Actor.deleted_at.is_(None),
            )
        ).all()
    )
    return RoundInfo(rnd.id, rnd.name, rnd.held_on, assessed)
