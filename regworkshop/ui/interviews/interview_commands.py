"""Undoable edits of interviews: notes (typing merges into one step per note), status, consent."""

from __future__ import annotations

from regworkshop.store.base import new_id
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.service_command import ServiceCommand

TEXT_EDIT_ID = 6101


class AddInterviewNoteCommand(ServiceCommand):
    area = "interviews"

    def __init__(self, ctx: AppContext, title: str, session_id: str, **values) -> None:
        super().__init__(ctx, title)
        self.session_id = session_id
        self.note_id = new_id()
        self.values = values

    def apply(self) -> None:
        self.services.interviews.add_note(self.session_id, note_id=self.note_id, **self.values)

    def revert(self) -> None:
        self.services.interviews.delete_note(self.note_id)


class EditInterviewNoteCommand(ServiceCommand):
    """Change fields of a note; consecutive typing in one note is one undo step."""

    area = "interview_notes"  # the list of interviews does not change

    def __init__(self, ctx: AppContext, text: str, note_id: str, before: dict, after: dict):
        super().__init__(ctx, text)
        self.note_id = note_id
        self.before, self.after = before, after

    def id(self) -> int:
        return TEXT_EDIT_ID if set(self.after) == {"text"} else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditInterviewNoteCommand) or other.note_id != self.note_id:
            return False
        if set(other.after) != {"text"}:
            return False
        self.after = other.after
        return True

    def apply(self) -> None:
        self.services.interviews.update_note(self.note_id, **self.after)

    def revert(self) -> None:
        self.services.interviews.update_note(self.note_id, **self.before)


class SetInterviewStatusCommand(ServiceCommand):
    area = "interviews"

    def __init__(self, ctx: AppContext, text: str, session_id: str, status: str) -> None:
        super().__init__(ctx, text)
        self.session_id, self.status = session_id, status
        self.before = "planned"

    def apply(self) -> None:
        self.before = self.services.interviews.set_status(self.session_id, self.status)

    def revert(self) -> None:
        self.services.interviews.set_status(self.session_id, self.before)


class SetConsentCommand(ServiceCommand):
    area = "interviews"

    def __init__(self, ctx: AppContext, text: str, person_id: str, field: str, value: str):
        super().__init__(ctx, text)
        self.person_id, self.field, self.value = person_id, field, value
        self.before = "unknown"

    def apply(self) -> None:
        self.before = self.services.interviews.set_consent(self.person_id, self.field, self.value)

    def revert(self) -> None:
        self.services.interviews.set_consent(self.person_id, self.field, self.before)
