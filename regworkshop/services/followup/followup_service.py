"""Follow-up: the collaboration platform, and starting the follow-up round of the analysis."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from regworkshop.services.errors import InvalidInput
from regworkshop.services.guide.guide_facts import member_ids
from regworkshop.services.queries import get_live, live
from regworkshop.services.stakeholders.actor_service import tidy
from regworkshop.services.stakeholders.assessment_service import AssessmentService, RoundInfo
from regworkshop.store.models import Actor, Project
from regworkshop.store.project_store import ProjectStore

MAX_FIELD = 300


@dataclass(frozen=True)
class Platform:
    """The collaboration platform (samverkansplattform) that carries the follow-up."""

    name: str
    cadence: str
    member_ids: tuple[str, ...]
    member_names: tuple[str, ...]


class FollowUpService:
    """The platform recorded on the project, and the follow-up assessment round."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def platform(self) -> Platform:
        """Return the platform's name, meeting cadence and member organisations (live ones)."""
        with self.store.session() as db:
            project = db.get(Project, self.store.project_id)
            assert project is not None
            ids = member_ids(project.forum_members)
            actors = {
                a.id: a.name
                for a in db.scalars(live(Actor).where(Actor.project_id == self.store.project_id))
            }
            members = [(i, actors[i]) for i in ids if i in actors]
            members.sort(key=lambda m: m[1].casefold())
            return Platform(
                name=project.forum_name,
                cadence=project.forum_cadence,
                member_ids=tuple(i for i, _n in members),
                member_names=tuple(n for _i, n in members),
            )

    def set_platform(
        self, name: str, cadence: str, member_ids: list[str] | tuple[str, ...]
    ) -> Platform:
        """Record the platform (every field at once; undo sets the previous value back)."""
        name, cadence = tidy(name), tidy(cadence)
        if len(name) > MAX_FIELD or len(cadence) > MAX_FIELD:
            raise InvalidInput(
                f"the platform's name and cadence can be at most {MAX_FIELD} characters"
            )
        members = list(dict.fromkeys(member_ids))
        with self.store.unit_of_work() as db:
            for actor_id in members:
                get_live(db, Actor, actor_id)
            project = db.get(Project, self.store.project_id)
            assert project is not None
            raw = json.dumps(members)
            for field, value in (
                ("forum_name", name),
                ("forum_cadence", cadence),
                ("forum_members", raw),
            ):
                if getattr(project, field) != value:
                    setattr(project, field, value)
        return self.platform()

    def start_round(self, name: str, held_on: date, *, round_id: str | None = None) -> RoundInfo:
        """Start the follow-up round: a new assessment round from the current values."""
        assessments = AssessmentService(self.store)
        if assessments.current_round() is None:
            raise InvalidInput(
                "there is no stakeholder analysis to follow up yet: assess the actors first"
            )
        return assessments.create_round(name, held_on, round_id=round_id)
