"""Undoable resolution of a conflict between texts edited on two laptops."""

from __future__ import annotations

from regworkshop.services.sync.conflict_service import ConflictInfo
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class ResolveConflictCommand(ServiceCommand):
    """Keep one text; undo puts back the text shown before (the conflict stays resolved)."""

    area = "notes"

    def __init__(self, ctx: AppContext, info: ConflictInfo, text: str) -> None:
        super().__init__(ctx, tr("Resolve conflict"))
        self.info, self.text = info, text

    def apply(self) -> None:
        self.services.conflicts.resolve(
            self.info.entity, self.info.row_id, self.info.field, self.text
        )

    def revert(self) -> None:
        self.services.conflicts.resolve(
            self.info.entity, self.info.row_id, self.info.field, self.info.current
        )
