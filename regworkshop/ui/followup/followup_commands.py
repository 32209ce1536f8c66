"""Undoable edits of the follow-up: commitments, the collaboration platform, the new round."""

from __future__ import annotations

from datetime import date

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class _CommitmentCommand(ServiceCommand):
    area = "commitments"


class AddCommitmentCommand(_CommitmentCommand):
    def __init__(self, ctx: AppContext, actor_id: str | None, text: str) -> None:
        super().__init__(ctx, tr("Add commitment"))
        self.actor_id, self.text = actor_id, text
        self.commitment_id: str | None = None

    def apply(self) -> None:
        if self.commitment_id is None:
            self.commitment_id = self.services.commitments.create(self.actor_id, self.text).id
        else:
            self.services.commitments.restore(self.commitment_id)

    def revert(self) -> None:
        assert self.commitment_id is not None
        self.services.commitments.delete(self.commitment_id)


class EditCommitmentCommand(_CommitmentCommand):
    def __init__(self, ctx: AppContext, commitment_id: str, field: str, value, old) -> None:
        super().__init__(ctx, tr("Edit commitment"))
        self.commitment_id, self.field, self.value, self.old = commitment_id, field, value, old

    def apply(self) -> None:
        self.services.commitments.update(self.commitment_id, **{self.field: self.value})

    def revert(self) -> None:
        self.services.commitments.update(self.commitment_id, **{self.field: self.old})


class DeleteCommitmentCommand(_CommitmentCommand):
    def __init__(self, ctx: AppContext, commitment_id: str) -> None:
        super().__init__(ctx, tr("Delete commitment"))
        self.commitment_id = commitment_id

    def apply(self) -> None:
        self.services.commitments.delete(self.commitment_id)

    def revert(self) -> None:
        self.services.commitments.restore(self.commitment_id)


class SetPlatformCommand(ServiceCommand):
    """Record the collaboration platform (name, cadence, members) as one step."""

    area = "platform"

    def __init__(self, ctx: AppContext, name: str, cadence: str, members: list[str]) -> None:
        super().__init__(ctx, tr("Edit collaboration platform"))
        self.new = (name, cadence, list(members))
        old = ctx.services.followup.platform() if ctx.services else None
        self.old = (old.name, old.cadence, list(old.member_ids)) if old else ("", "", [])

    def apply(self) -> None:
        self.services.followup.set_platform(*self.new)

    def revert(self) -> None:
        self.services.followup.set_platform(*self.old)


class StartFollowUpRoundCommand(ServiceCommand):
    """Start the follow-up round of the stakeholder analysis (undo removes the round)."""

    area = "stakeholders"

    def __init__(self, ctx: AppContext, name: str, held_on: date) -> None:
        super().__init__(ctx, tr("Start follow-up round “{0}”").format(name))
        self.name, self.held_on = name, held_on
        self.round_id: str | None = None

    def apply(self) -> None:
        if self.round_id is None:
            self.round_id = self.services.followup.start_round(self.name, self.held_on).id
        else:
            self.services.assessments.restore_round(self.round_id)

    def revert(self) -> None:
        assert self.round_id is not None
        self.services.assessments.delete_round(self.round_id)
