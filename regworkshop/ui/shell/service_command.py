"""The base of undoable edits that call services, and pushing one so a refusal is shown.

``push_command`` performs the edit once before it goes on the undo stack: if the
service refuses it (bad input, a stale row), the user gets the message and the
stack stays as it was, instead of holding a command that never happened.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from regworkshop.services.errors import ServiceError
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext


class ServiceCommand(QUndoCommand):
    """An edit: ``apply`` and ``revert`` call services; views hear of it through ``area``."""

    area = ""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._already_applied = False

    @property
    def services(self):
        assert self.ctx.services is not None
        return self.ctx.services

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def areas(self) -> tuple[str, ...]:
        return (self.area,)

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
        else:
            self.apply()
        for area in self.areas():
            self.ctx.notify(area)

    def undo(self) -> None:
        self.revert()
        for area in self.areas():
            self.ctx.notify(area)


def push_command(
    ctx: AppContext, parent: QWidget | None, title: str, command: ServiceCommand
) -> bool:
    """Do *command* and put it on the undo stack; on a refusal say why and return False."""
    try:
        command.apply()
    except ServiceError as exc:
        ctx.interaction.error(parent, title, error_messages.describe(exc))
        return False
    command._already_applied = True
    ctx.undo_stack.push(command)
    return True
