"""Undoable session and participant edits: each calls a service and tells the views."""

from __future__ import annotations

from regworkshop.services.sessions.participant_service import AddedOnTheSpot
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class _Command(ServiceCommand):
    area = "sessions"


class CreateSessionCommand(_Command):
    def __init__(self, ctx: AppContext, title: str, kind: str, **fields) -> None:
        super().__init__(ctx, tr("Add session “{0}”").format(title))
        self.title, self.kind, self.fields = title, kind, fields
        self.session_id: str | None = None

    def apply(self) -> None:
        if self.session_id is None:
            self.session_id = self.services.sessions.create(self.title, self.kind, **self.fields).id
        else:
            self.services.sessions.restore(self.session_id)

    def revert(self) -> None:
        assert self.session_id is not None
        self.services.sessions.delete(self.session_id)


class DeleteSessionCommand(_Command):
    def __init__(self, ctx: AppContext, session_id: str, title: str) -> None:
        super().__init__(ctx, tr("Delete session “{0}”").format(title))
        self.session_id = session_id

    def apply(self) -> None:
        self.services.sessions.delete(self.session_id)

    def revert(self) -> None:
        self.services.sessions.restore(self.session_id)


class UpdateSessionCommand(_Command):
    """Change some fields of a session; undo puts the old values back."""

    def __init__(self, ctx: AppContext, session_id: str, new: dict, old: dict) -> None:
        super().__init__(ctx, tr("Edit session"))
        self.session_id, self.new, self.old = session_id, new, old

    def apply(self) -> None:
        self.services.sessions.update(self.session_id, **self.new)

    def revert(self) -> None:
        self.services.sessions.update(self.session_id, **self.old)


class AddParticipantsCommand(_Command):
    """Invite people and organisations from the register."""

    area = "participants"

    def __init__(self, ctx: AppContext, session_id: str, picks: list[tuple[str, str]]) -> None:
        super().__init__(ctx, tr("Invite participants"))
        self.session_id, self.picks = session_id, picks  # ("person"|"actor", id)
        self.ids: list[str] = []

    def apply(self) -> None:
        if not self.ids:
            for kind, key in self.picks:
                option = {"person_id": key} if kind == "person" else {"actor_id": key}
                self.ids.append(self.services.participants.add(self.session_id, **option).id)
        else:
            for participation_id in self.ids:
                self.services.participants.restore(participation_id)

    def revert(self) -> None:
        for participation_id in self.ids:
            self.services.participants.remove(participation_id)


class AddOnTheSpotCommand(_Command):
    area = "participants"

    def __init__(
        self, ctx: AppContext, session_id: str, name: str, organisation: str, actor_type: str
    ) -> None:
        super().__init__(ctx, tr("Add participant “{0}”").format(name))
        self.session_id = session_id
        self.values = (name, organisation, actor_type)
        self.added: AddedOnTheSpot | None = None

    def apply(self) -> None:
        if self.added is None:
            name, organisation, actor_type = self.values
            self.added = self.services.participants.add_on_the_spot(
                self.session_id, name, organisation, actor_type
            )
        else:
            self.services.participants.redo_on_the_spot(self.added)

    def revert(self) -> None:
        assert self.added is not None
        self.services.participants.undo_on_the_spot(self.added)


class SetAttendanceCommand(_Command):
    area = "participants"

    def __init__(self, ctx: AppContext, participation_id: str, new: str, old: str) -> None:
        super().__init__(ctx, tr("Change attendance"))
        self.participation_id, self.new, self.old = participation_id, new, old

    def apply(self) -> None:
        self.services.participants.set_attendance(self.participation_id, self.new)

    def revert(self) -> None:
        self.services.participants.set_attendance(self.participation_id, self.old)


class RemoveParticipantCommand(_Command):
    area = "participants"

    def __init__(self, ctx: AppContext, participation_id: str, label: str) -> None:
        super().__init__(ctx, tr("Remove participant “{0}”").format(label))
        self.participation_id = participation_id

    def apply(self) -> None:
        self.services.participants.remove(self.participation_id)

    def revert(self) -> None:
        self.services.participants.restore(self.participation_id)
