"""Undoable agenda edits, templates and run-mode extensions: each calls a service."""

from __future__ import annotations

from regworkshop.services.sessions.run_service import EXTEND_MINUTES, RunSnapshot
from regworkshop.services.sessions.template_service import AppliedTemplate
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class _AgendaCommand(ServiceCommand):
    area = "agenda"


class AddItemCommand(_AgendaCommand):
    def __init__(
        self, ctx: AppContext, session_id: str, title: str, index: int, minutes: int = 15
    ) -> None:
        super().__init__(ctx, tr("Add agenda item “{0}”").format(title))
        self.session_id, self.title, self.index, self.minutes = session_id, title, index, minutes
        self.item_id: str | None = None

    def apply(self) -> None:
        if self.item_id is None:
            self.item_id = self.services.agenda.create(
                self.session_id, self.title, minutes=self.minutes, index=self.index
            ).id
        else:
            self.services.agenda.restore(self.item_id)

    def revert(self) -> None:
        assert self.item_id is not None
        self.services.agenda.delete(self.item_id)


class DeleteItemCommand(_AgendaCommand):
    def __init__(self, ctx: AppContext, item_id: str, title: str) -> None:
        super().__init__(ctx, tr("Delete agenda item “{0}”").format(title))
        self.item_id = item_id

    def apply(self) -> None:
        self.services.agenda.delete(self.item_id)

    def revert(self) -> None:
        self.services.agenda.restore(self.item_id)


class EditItemCommand(_AgendaCommand):
    """Change fields of an item (title, framing question, description, time box)."""

    def __init__(self, ctx: AppContext, item_id: str, new: dict, old: dict) -> None:
        super().__init__(ctx, tr("Edit agenda item"))
        self.item_id, self.new, self.old = item_id, new, old

    def apply(self) -> None:
        self.services.agenda.update(self.item_id, **self.new)

    def revert(self) -> None:
        self.services.agenda.update(self.item_id, **self.old)


class ReorderItemsCommand(_AgendaCommand):
    def __init__(
        self, ctx: AppContext, session_id: str, new_order: list[str], old_order: list[str]
    ) -> None:
        super().__init__(ctx, tr("Reorder agenda"))
        self.session_id, self.new_order, self.old_order = session_id, new_order, old_order

    def apply(self) -> None:
        self.services.agenda.reorder(self.session_id, self.new_order)

    def revert(self) -> None:
        self.services.agenda.reorder(self.session_id, self.old_order)


class SetItemThemesCommand(_AgendaCommand):
    def __init__(self, ctx: AppContext, item_id: str, new: list[str], old: list[str]) -> None:
        super().__init__(ctx, tr("Choose themes for an agenda item"))
        self.item_id, self.new, self.old = item_id, new, old

    def apply(self) -> None:
        self.services.agenda.set_themes(self.item_id, self.new)

    def revert(self) -> None:
        self.services.agenda.set_themes(self.item_id, self.old)


class ApplyTemplateCommand(_AgendaCommand):
    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        template_id: str,
        name: str,
        actor_type: str | None = None,
    ) -> None:
        super().__init__(ctx, tr("Apply template “{0}”").format(name))
        self.session_id, self.template_id, self.actor_type = session_id, template_id, actor_type
        self.language = ctx.content_language()
        self.applied: AppliedTemplate | None = None

    def areas(self) -> tuple[str, ...]:
        return ("agenda", "themes")

    def apply(self) -> None:
        templates = self.services.templates
        if self.applied is None:
            self.applied = templates.apply(
                self.session_id, self.template_id, self.language, actor_type=self.actor_type
            )
        else:
            templates.reapply(self.applied)

    def revert(self) -> None:
        assert self.applied is not None
        self.services.templates.unapply(self.applied)


class SaveTemplateCommand(_AgendaCommand):
    area = "templates"

    def __init__(self, ctx: AppContext, session_id: str, name: str) -> None:
        super().__init__(ctx, tr("Save agenda as template “{0}”").format(name))
        self.session_id, self.name, self.language = session_id, name, ctx.content_language()
        self.template_id: str | None = None

    def apply(self) -> None:
        if self.template_id is None:
            self.template_id = self.services.templates.save_from_session(
                self.session_id, self.name, self.language
            ).id
        else:
            self.services.templates.restore(self.template_id)

    def revert(self) -> None:
        assert self.template_id is not None
        self.services.templates.delete(self.template_id)


class ExtendItemCommand(_AgendaCommand):
    """Five more minutes for the item being run (undo takes them back)."""

    area = "run"

    def __init__(self, ctx: AppContext, session_id: str, minutes: int = EXTEND_MINUTES) -> None:
        super().__init__(ctx, tr("Extend by {0} minutes").format(minutes))
        self.session_id, self.minutes = session_id, minutes
        self.item: tuple[str, int, int] | None = None  # item id, extensions before, after

    def apply(self) -> None:
        runs = self.services.runs
        if self.item is None:
            before = runs.state(self.session_id).current
            after = runs.extend(self.session_id, self.minutes).current
            assert before is not None and after is not None
            self.item = (after.id, before.extra_minutes, after.extra_minutes)
        else:
            runs.set_extra_minutes(self.item[0], self.item[2])

    def revert(self) -> None:
        assert self.item is not None
        self.services.runs.set_extra_minutes(self.item[0], self.item[1])


class ResetRunCommand(_AgendaCommand):
    """Forget a run's recorded times to run the agenda again; undo brings them back."""

    area = "run"

    def __init__(self, ctx: AppContext, session_id: str) -> None:
        super().__init__(ctx, tr("Reset run"))
        self.session_id = session_id
        self.snapshot: RunSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = self.services.runs.reset(self.session_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.services.runs.restore(self.snapshot)
