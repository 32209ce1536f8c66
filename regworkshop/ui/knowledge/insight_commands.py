"""Undoable edits of insights and lessons and of their evidence links."""

from __future__ import annotations

from regworkshop.store.base import new_id
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.service_command import ServiceCommand


class CreateInsightCommand(ServiceCommand):
    """Write an insight (or lesson) with the selected notes as its evidence."""

    area = "knowledge"

    def __init__(self, ctx: AppContext, text: str, title: str, kind: str, note_ids, theme_id=None):
        super().__init__(ctx, text)
        self.insight_id = new_id()
        self.values = dict(title=title, kind=kind, theme_id=theme_id, note_ids=list(note_ids))
        self._created = False

    def apply(self) -> None:
        if self._created:
            self.services.insights.restore(self.insight_id)
        else:
            self.services.insights.create(insight_id=self.insight_id, **self.values)
            self._created = True

    def revert(self) -> None:
        self.services.insights.delete(self.insight_id)


class LinkEvidenceCommand(ServiceCommand):
    """Link notes to an insight as evidence (notes already linked stay as they are)."""

    area = "knowledge"

    def __init__(self, ctx: AppContext, text: str, insight_id: str, note_ids) -> None:
        super().__init__(ctx, text)
        self.insight_id = insight_id
        self.note_ids = list(note_ids)
        self.added: list[str] = []

    def apply(self) -> None:
        self.added = self.services.insights.link(self.insight_id, self.note_ids)

    def revert(self) -> None:
        self.services.insights.unlink(self.insight_id, self.added)


class DeleteInsightCommand(ServiceCommand):
    area = "knowledge"

    def __init__(self, ctx: AppContext, text: str, insight_id: str) -> None:
        super().__init__(ctx, text)
        self.insight_id = insight_id

    def apply(self) -> None:
        self.services.insights.delete(self.insight_id)

    def revert(self) -> None:
        self.services.insights.restore(self.insight_id)


class EditInsightCommand(ServiceCommand):
    """Change fields of an insight (title, text, section, theme, kind)."""

    area = "knowledge"

    def __init__(self, ctx: AppContext, text: str, insight_id: str, **changes) -> None:
        super().__init__(ctx, text)
        self.insight_id = insight_id
        self.changes = changes
        self.before: dict[str, object] = {}

    def apply(self) -> None:
        info = self.services.insights.get(self.insight_id)
        self.before = {name: getattr(info, name) for name in self.changes}
        self.services.insights.update(self.insight_id, **self.changes)

    def revert(self) -> None:
        self.services.insights.update(self.insight_id, **self.before)


class ReorderInsightsCommand(ServiceCommand):
    area = "knowledge"

    def __init__(self, ctx: AppContext, text: str, before: list[str], after: list[str]) -> None:
        super().__init__(ctx, text)
        self.before, self.after = before, after

    def apply(self) -> None:
        self.services.insights.reorder(self.after)

    def revert(self) -> None:
        self.services.insights.reorder(self.before)
