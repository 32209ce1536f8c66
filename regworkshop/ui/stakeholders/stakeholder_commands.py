"""Undoable edits of the stakeholder register: actors, contact people and imports."""

from __future__ import annotations

from regworkshop.services.stakeholders.change_receipt import ChangeReceipt
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class _StakeholderCommand(ServiceCommand):
    area = "stakeholders"


class CreateActorCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, name: str, actor_type: str) -> None:
        super().__init__(ctx, tr("Add actor “{0}”").format(name))
        self.name, self.actor_type = name, actor_type
        self.actor_id: str | None = None

    def apply(self) -> None:
        if self.actor_id is None:
            self.actor_id = self.services.actors.create_actor(self.name, self.actor_type).id
        else:
            self.services.actors.restore_actors([self.actor_id])

    def revert(self) -> None:
        assert self.actor_id is not None
        self.services.actors.delete_actors([self.actor_id])


class UpdateActorCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, actor_id: str, field: str, value, old) -> None:
        super().__init__(ctx, tr("Edit actor"))
        self.actor_id, self.field, self.value, self.old = actor_id, field, value, old

    def apply(self) -> None:
        self.services.actors.update_actor(self.actor_id, **{self.field: self.value})

    def revert(self) -> None:
        self.services.actors.update_actor(self.actor_id, **{self.field: self.old})


class DeleteActorsCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, actor_ids: list[str]) -> None:
        super().__init__(ctx, tr("Delete {0} actors").format(len(actor_ids)))
        self.actor_ids = list(actor_ids)

    def apply(self) -> None:
        self.services.actors.delete_actors(self.actor_ids)

    def revert(self) -> None:
        self.services.actors.restore_actors(self.actor_ids)


class CreatePersonCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, actor_id: str, name: str) -> None:
        super().__init__(ctx, tr("Add contact person “{0}”").format(name))
        self.actor_id, self.name = actor_id, name
        self.person_id: str | None = None

    def apply(self) -> None:
        if self.person_id is None:
            self.person_id = self.services.actors.create_person(self.actor_id, self.name).id
        else:
            self.services.actors.restore_people([self.person_id])

    def revert(self) -> None:
        assert self.person_id is not None
        self.services.actors.delete_people([self.person_id])


class UpdatePersonCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, person_id: str, fields: dict, old: dict) -> None:
        super().__init__(ctx, tr("Edit contact person"))
        self.person_id, self.fields, self.old = person_id, fields, old

    def apply(self) -> None:
        self.services.actors.update_person(self.person_id, **self.fields)

    def revert(self) -> None:
        self.services.actors.update_person(self.person_id, **self.old)


class DeletePeopleCommand(_StakeholderCommand):
    def __init__(self, ctx: AppContext, person_ids: list[str]) -> None:
        super().__init__(ctx, tr("Delete contact person"))
        self.person_ids = list(person_ids)

    def apply(self) -> None:
        self.services.actors.delete_people(self.person_ids)

    def revert(self) -> None:
        self.services.actors.restore_people(self.person_ids)


class ImportCommand(_StakeholderCommand):
    """An import already applied (off the GUI thread); undo takes back every row it wrote."""

    def __init__(self, ctx: AppContext, receipt: ChangeReceipt, file_name: str) -> None:
        super().__init__(ctx, tr("Import {0}").format(file_name))
        self.receipt = receipt
        self._applied = True

    def apply(self) -> None:
        if self._applied:
            self._applied = False  # the first redo is the import itself, already done
            return
        self.services.redo_receipt(self.receipt)

    def revert(self) -> None:
        self.services.undo_receipt(self.receipt)
