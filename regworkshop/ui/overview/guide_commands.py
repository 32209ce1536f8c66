"""Undoable edits of the method guide: ticking the checklist's manual items."""

from __future__ import annotations

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class TickItemCommand(ServiceCommand):
    """Tick or untick a manual item of the checklist."""

    area = "guide"

    def __init__(self, ctx: AppContext, key: str, ticked: bool) -> None:
        super().__init__(ctx, tr("Tick checklist item") if ticked else tr("Untick checklist item"))
        self.key, self.ticked = key, ticked
        self.before = not ticked

    def apply(self) -> None:
        self.before = self.services.guide.set_ticked(self.key, self.ticked)

    def revert(self) -> None:
        self.services.guide.set_ticked(self.key, self.before)
