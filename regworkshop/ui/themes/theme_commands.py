"""Undoable theme edits: each command calls the theme service and tells views."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr


class _ThemeCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx

    @property
    def themes(self):
        assert self.ctx.services is not None
        return self.ctx.services.themes

    def _changed(self) -> None:
        self.ctx.notify("themes")


class CreateThemeCommand(_ThemeCommand):
    def __init__(self, ctx: AppContext, name: str, colour: str) -> None:
        super().__init__(ctx, tr("Add theme “{0}”").format(name))
        self.name, self.colour = name, colour
        self.theme_id: str | None = None

    def redo(self) -> None:
        if self.theme_id is None:
            self.theme_id = self.themes.create(self.name, self.colour).id
        else:
            self.themes.restore(self.theme_id)
        self._changed()

    def undo(self) -> None:
        assert self.theme_id is not None
        self.themes.delete(self.theme_id)
        self._changed()


class RenameThemeCommand(_ThemeCommand):
    def __init__(
        self, ctx: AppContext, theme_id: str, name: str, old_name: str, old_key: str | None
    ) -> None:
        super().__init__(ctx, tr("Rename theme to “{0}”").format(name))
        self.theme_id, self.name = theme_id, name
        self.old_name, self.old_key = old_name, old_key

    def redo(self) -> None:
        self.themes.rename(self.theme_id, self.name)
        self._changed()

    def undo(self) -> None:
        self.themes.rename(self.theme_id, self.old_name, builtin_key=self.old_key)
        self._changed()


class RecolourThemeCommand(_ThemeCommand):
    def __init__(self, ctx: AppContext, theme_id: str, colour: str, old_colour: str) -> None:
        super().__init__(ctx, tr("Change theme colour"))
        self.theme_id, self.colour, self.old_colour = theme_id, colour, old_colour

    def redo(self) -> None:
        self.themes.recolour(self.theme_id, self.colour)
        self._changed()

    def undo(self) -> None:
        self.themes.recolour(self.theme_id, self.old_colour)
        self._changed()


class HideThemeCommand(_ThemeCommand):
    def __init__(self, ctx: AppContext, theme_id: str, hidden: bool) -> None:
        super().__init__(ctx, tr("Hide theme") if hidden else tr("Show theme"))
        self.theme_id, self.hidden = theme_id, hidden

    def redo(self) -> None:
        self.themes.set_hidden(self.theme_id, self.hidden)
        self._changed()

    def undo(self) -> None:
        self.themes.set_hidden(self.theme_id, not self.hidden)
        self._changed()


class DeleteThemeCommand(_ThemeCommand):
    """Delete a theme; its notes move to another theme and come back on undo."""

    def __init__(self, ctx: AppContext, theme_id: str, move_notes_to: str | None) -> None:
        super().__init__(ctx, tr("Delete theme"))
        self.theme_id, self.move_notes_to = theme_id, move_notes_to
        self.moved: list[str] = []

    def redo(self) -> None:
        self.moved = self.themes.delete(self.theme_id, self.move_notes_to)
        self._changed()

    def undo(self) -> None:
        self.themes.restore(self.theme_id, self.moved)
        self._changed()


class ReorderThemesCommand(_ThemeCommand):
    def __init__(self, ctx: AppContext, new_order: list[str], old_order: list[str]) -> None:
        super().__init__(ctx, tr("Reorder themes"))
        self.new_order, self.old_order = new_order, old_order

    def redo(self) -> None:
        self.themes.reorder(self.new_order)
        self._changed()

    def undo(self) -> None:
        self.themes.reorder(self.old_order)
        self._changed()
