"""Base for undoable commands over services: a refused first redo leaves the stack untouched."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from regworkshop.services.errors import ServiceError
from regworkshop.ui import error_messages
from regworkshop.ui.context import AppContext


class ServiceCommand(QUndoCommand):
    """Subclasses implement ``do`` and ``undo_it``; ``area`` names what views refresh."""

    area = "stakeholders"

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.error: ServiceError | None = None
        self._done_once = False

    @property
    def services(self):
        assert self.ctx.services is not None
        return self.ctx.services

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.do()
        except ServiceError as exc:
            if self._done_once:
                raise
            # Refused on push: Qt drops an obsolete command instead of stacking it.
            self.error = exc
            self.setObsolete(True)
            return
        self._done_once = True
        self.ctx.notify(self.area)

    def undo(self) -> None:
        self.undo_it()
        self.ctx.notify(self.area)


def push(ctx: AppContext, parent: QWidget | None, command: ServiceCommand, title: str) -> bool:
    """Push *command*; if the service refused it, say why and return False."""
    ctx.undo_stack.push(command)
    if command.error is not None:
        ctx.interaction.error(parent, title, error_messages.describe(command.error))
        return False
    return True
