"""Undoable board edits. Each calls services, then tells the board exactly what changed.

The board updates only the rows concerned (a capture appends one row); other
views hear of it a moment later through one coalesced "notes" notification, so a
fast typist never waits for them.
"""

from __future__ import annotations

import uuid
from typing import Protocol

from regworkshop.services.board.note_service import Attribution, NotePlace
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class BoardSink(Protocol):
    def note_added(self, note) -> None: ...
    def refresh_notes(self, note_ids: list[str]) -> None: ...
    def refresh_clusters(self) -> None: ...
    def refresh_votes(self) -> None: ...
    def refresh_photos(self) -> None: ...


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 40 else line[:39] + "…"


class BoardCommand(ServiceCommand):
    def __init__(self, ctx: AppContext, board: BoardSink, text: str) -> None:
        super().__init__(ctx, text)
        self.board = board

    def areas(self) -> tuple[str, ...]:
        return ()  # the board is told directly; see the module note


class CaptureNoteCommand(BoardCommand):
    def __init__(self, ctx, board, session_id, theme_id, text, attribution: Attribution):
        super().__init__(ctx, board, tr("Add note “{0}”").format(_short(text)))
        self.session_id, self.theme_id, self.text = session_id, theme_id, text
        self.attribution = attribution
        self.note_id = str(uuid.uuid4())
        self.stored = False

    def apply(self) -> None:
        if self.stored:
            self.services.notes.restore([self.note_id])
            self.board.refresh_notes([self.note_id])
        else:
            note = self.services.notes.capture(
                self.session_id, self.theme_id, self.text, self.attribution, note_id=self.note_id
            )
            self.stored = True
            self.board.note_added(note)

    def revert(self) -> None:
        self.services.notes.delete([self.note_id])
        self.board.refresh_notes([self.note_id])


class EditNoteCommand(BoardCommand):
    def __init__(self, ctx, board, note_id: str, text: str, old_text: str) -> None:
        super().__init__(ctx, board, tr("Edit note “{0}”").format(_short(text)))
        self.note_id, self.text, self.old_text = note_id, text, old_text

    def apply(self) -> None:
        self.services.notes.edit_text(self.note_id, self.text)
        self.board.refresh_notes([self.note_id])

    def revert(self) -> None:
        self.services.notes.edit_text(self.note_id, self.old_text)
        self.board.refresh_notes([self.note_id])


class MoveNotesCommand(BoardCommand):
    def __init__(self, ctx, board, note_ids, theme_id, before_id=None, cluster_id=None) -> None:
        super().__init__(ctx, board, tr("Move {0} note(s)").format(len(note_ids)))
        self.note_ids, self.theme_id = list(note_ids), theme_id
        self.before_id, self.cluster_id = before_id, cluster_id
        self.before: list[NotePlace] = []

    def apply(self) -> None:
        self.before = self.services.notes.move(
            self.note_ids, self.theme_id, self.before_id, cluster_id=self.cluster_id
        )
        self.board.refresh_notes(self.note_ids)

    def revert(self) -> None:
        self.services.notes.place(self.before)
        self.board.refresh_notes(self.note_ids)


class DeleteNotesCommand(BoardCommand):
    def __init__(self, ctx, board, note_ids: list[str]) -> None:
        super().__init__(ctx, board, tr("Delete {0} note(s)").format(len(note_ids)))
        self.note_ids = list(note_ids)

    def apply(self) -> None:
        self.services.notes.delete(self.note_ids)
        self.board.refresh_notes(self.note_ids)

    def revert(self) -> None:
        self.services.notes.restore(self.note_ids)
        self.board.refresh_notes(self.note_ids)


class AttributeNotesCommand(BoardCommand):
    def __init__(self, ctx, board, note_ids: list[str], attribution: Attribution) -> None:
        super().__init__(ctx, board, tr("Set who said it"))
        self.note_ids, self.attribution = list(note_ids), attribution
        self.before: list[Attribution] = []

    def apply(self) -> None:
        self.before = self.services.notes.attribute(self.note_ids, self.attribution)
        self.board.refresh_notes(self.note_ids)

    def revert(self) -> None:
        self.services.notes.restore_attributions(self.note_ids, self.before)
        self.board.refresh_notes(self.note_ids)


class GroupNotesCommand(BoardCommand):
    def __init__(self, ctx, board, session_id, theme_id, name, note_ids) -> None:
        super().__init__(ctx, board, tr("Group {0} notes").format(len(note_ids)))
        self.session_id, self.theme_id, self.name = session_id, theme_id, name
        self.note_ids = list(note_ids)
        self.cluster_id = str(uuid.uuid4())
        self.places: list[NotePlace] = []
        self.created = False

    def apply(self) -> None:
        if not self.places:
            self.places = self.services.notes.places(self.note_ids)
        if self.created:
            self.services.clusters.restore(self.cluster_id, self.note_ids)
        else:
            self.services.clusters.group(
                self.session_id, self.theme_id, self.name, self.note_ids, cluster_id=self.cluster_id
            )
            self.created = True
        self.board.refresh_clusters()
        self.board.refresh_notes(self.note_ids)

    def revert(self) -> None:
        self.services.clusters.ungroup(self.cluster_id)
        self.services.notes.place(self.places)
        self.board.refresh_clusters()
        self.board.refresh_notes(self.note_ids)


class UngroupCommand(BoardCommand):
    def __init__(self, ctx, board, cluster_id: str) -> None:
        super().__init__(ctx, board, tr("Ungroup"))
        self.cluster_id = cluster_id
        self.note_ids: list[str] = []

    def apply(self) -> None:
        self.note_ids = self.services.clusters.ungroup(self.cluster_id)
        self.board.refresh_clusters()
        self.board.refresh_notes(self.note_ids)

    def revert(self) -> None:
        self.services.clusters.restore(self.cluster_id, self.note_ids)
        self.board.refresh_clusters()
        self.board.refresh_notes(self.note_ids)


class ClusterCommand(BoardCommand):
    """Rename a cluster or fold it (``field`` is "name" or "collapsed")."""

    def __init__(self, ctx, board, cluster_id: str, field: str, value, old) -> None:
        title = tr("Rename cluster") if field == "name" else tr("Collapse or expand cluster")
        super().__init__(ctx, board, title)
        self.cluster_id, self.field, self.value, self.old = cluster_id, field, value, old

    def _set(self, value) -> None:
        clusters = self.services.clusters
        if self.field == "name":
            clusters.rename(self.cluster_id, value)
        else:
            clusters.set_collapsed(self.cluster_id, value)
        self.board.refresh_clusters()

    def apply(self) -> None:
        self._set(self.value)

    def revert(self) -> None:
        self._set(self.old)


class StartRoundCommand(BoardCommand):
    def __init__(self, ctx, board, session_id: str, name: str, dots: int) -> None:
        super().__init__(ctx, board, tr("Start voting round “{0}”").format(name))
        self.session_id, self.name, self.dots = session_id, name, dots
        self.round_id = str(uuid.uuid4())
        self.created = False

    def apply(self) -> None:
        if self.created:
            self.services.voting.restore(self.round_id)
        else:
            self.services.voting.start(
                self.session_id, self.name, self.dots, round_id=self.round_id
            )
            self.created = True
        self.board.refresh_votes()

    def revert(self) -> None:
        self.services.voting.delete(self.round_id)
        self.board.refresh_votes()


class EndRoundCommand(BoardCommand):
    def __init__(self, ctx, board, round_id: str) -> None:
        super().__init__(ctx, board, tr("End voting round"))
        self.round_id = round_id

    def apply(self) -> None:
        self.services.voting.end(self.round_id)
        self.board.refresh_votes()

    def revert(self) -> None:
        self.services.voting.reopen(self.round_id)
        self.board.refresh_votes()


class VoteCommand(BoardCommand):
    def __init__(self, ctx, board, round_id: str, note_id: str, delta: int) -> None:
        super().__init__(ctx, board, tr("Add a dot") if delta > 0 else tr("Remove a dot"))
        self.round_id, self.note_id, self.delta = round_id, note_id, delta

    def apply(self) -> None:
        self.services.voting.vote(self.round_id, self.note_id, self.delta)
        self.board.refresh_votes()
        self.board.refresh_notes([self.note_id])

    def revert(self) -> None:
        self.services.voting.vote(self.round_id, self.note_id, -self.delta)
        self.board.refresh_votes()
        self.board.refresh_notes([self.note_id])


class AddPhotoCommand(BoardCommand):
    def __init__(self, ctx, board, session_id: str, data: bytes, caption: str) -> None:
        super().__init__(ctx, board, tr("Add photo “{0}”").format(_short(caption)))
        self.session_id, self.data, self.caption = session_id, data, caption
        self.photo_id = str(uuid.uuid4())
        self.created = False

    def apply(self) -> None:
        if self.created:
            self.services.photos.restore(self.photo_id)
        else:
            self.services.photos.add(
                self.session_id, self.data, self.caption, photo_id=self.photo_id
            )
            self.created = True
            self.data = b""  # the project holds it now
        self.board.refresh_photos()

    def revert(self) -> None:
        self.services.photos.delete(self.photo_id)
        self.board.refresh_photos()


class DeletePhotoCommand(BoardCommand):
    def __init__(self, ctx, board, photo_id: str) -> None:
        super().__init__(ctx, board, tr("Remove photo"))
        self.photo_id = photo_id

    def apply(self) -> None:
        self.services.photos.delete(self.photo_id)
        self.board.refresh_photos()

    def revert(self) -> None:
        self.services.photos.restore(self.photo_id)
        self.board.refresh_photos()
