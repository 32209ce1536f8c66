"""Undoable edits of assessments, assessment rounds and the involvement plan."""

from __future__ import annotations

from datetime import date

from regworkshop.services.stakeholders.assessment_service import AssessmentInfo
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class _StakeholderCommand(ServiceCommand):
    area = "stakeholders"


class SetAssessmentCommand(_StakeholderCommand):
    """Place an actor on the grid; undo puts it back (or out of the round if it was not in it)."""

    def __init__(
        self,
        ctx: AppContext,
        round_id: str,
        actor_id: str,
        influence: float,
        interest: float,
        old: AssessmentInfo | None,
        actor_name: str = "",
    ) -> None:
        super().__init__(ctx, tr("Move “{0}” on the grid").format(actor_name))
        self.round_id, self.actor_id = round_id, actor_id
        self.influence, self.interest, self.old = influence, interest, old

    def apply(self) -> None:
        self.services.assessments.set(self.round_id, self.actor_id, self.influence, self.interest)

    def revert(self) -> None:
        if self.old is None:
            self.services.assessments.clear(self.round_id, self.actor_id)
        else:
            self.services.assessments.set(
                self.round_id, self.actor_id, self.old.influence, self.old.interest
            )


class CreateRoundCommand(_StakeholderCommand):
    """Start a new assessment round with the current values."""

    def __init__(self, ctx: AppContext, name: str, held_on: date) -> None:
        super().__init__(ctx, tr("New assessment round “{0}”").format(name))
        self.name, self.held_on = name, held_on
        self.round_id: str | None = None

    def apply(self) -> None:
        if self.round_id is None:
            self.round_id = self.services.assessments.create_round(self.name, self.held_on).id
        else:
            self.services.assessments.restore_round(self.round_id)

    def revert(self) -> None:
        assert self.round_id is not None
        self.services.assessments.delete_round(self.round_id)


class CreateInvolvementCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, actor_id: str, form: str) -> None:
        super().__init__(ctx, tr("Plan involvement"))
        self.actor_id, self.form = actor_id, form
        self.involvement_id: str | None = None

    def apply(self) -> None:
        if self.involvement_id is None:
            self.involvement_id = self.services.involvements.create(self.actor_id, self.form).id
        else:
            self.services.involvements.restore([self.involvement_id])

    def revert(self) -> None:
        assert self.involvement_id is not None
        self.services.involvements.delete([self.involvement_id])


class UpdateInvolvementCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, involvement_id: str, field: str, value, old) -> None:
        super().__init__(ctx, tr("Edit involvement"))
        self.involvement_id, self.field, self.value, self.old = involvement_id, field, value, old

    def apply(self) -> None:
        self.services.involvements.update(self.involvement_id, **{self.field: self.value})

    def revert(self) -> None:
        self.services.involvements.update(self.involvement_id, **{self.field: self.old})


class DeleteInvolvementsCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, involvement_ids: list[str]) -> None:
        super().__init__(ctx, tr("Delete involvement"))
        self.involvement_ids = list(involvement_ids)

    def apply(self) -> None:
        self.services.involvements.delete(self.involvement_ids)

    def revert(self) -> None:
        self.services.involvements.restore(self.involvement_ids)
