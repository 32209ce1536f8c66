"""A group of File-menu actions on the open project, and the export flow bundles and .qdpx share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.widgets.name_choice import choose_names

DialogT = TypeVar("DialogT", bound=QDialog)


@dataclass(frozen=True)
class NamedExport:
    """What one export that may show people's names says and writes."""

    title: str
    intro: str  # why pseudonyms are the default
    names_option: str  # the choice that includes names
    file_filter: str
    suffix: str
    # write(store, path, include_names=, language=, progress=) -> what was written
    write: Callable[..., Any]
    written: Callable[[Any], str]  # the message once the file is written


class FileMenuActions:
    """Owns some File-menu actions of one window; they are enabled while a project is open."""

    def __init__(self, ctx: AppContext, window: QWidget, actions: list[QAction]) -> None:
        self.ctx, self.window = ctx, window
        self.actions = actions  # in menu order
        ctx.project_opened.connect(self.update)
        ctx.project_closed.connect(self.update)
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests reach it)

    def add_to(self, menu: QMenu) -> None:
        """Add the actions to *menu* in their order."""
        menu.addActions(self.actions)

    def update(self) -> None:
        """Enable the actions while a project is open."""
        for action in self.actions:
            action.setEnabled(self.ctx.is_open)

    def show_dialog(self, dialog: DialogT) -> DialogT:
        """Open *dialog* without blocking and remember it."""
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def export_with_names(self, export: NamedExport) -> None:
        """Ask names or pseudonyms and a file, write it off the GUI thread, then say so."""
        ctx, window = self.ctx, self.window
        services = ctx.services
        if services is None:
            return
        choice = choose_names(ctx, window, export.title, export.intro, export.names_option)
        if choice is None:
            return
        stem = services.path.stem if services.path else "projekt"
        path = ctx.interaction.save_file_path(
            window, export.title, export.file_filter, export.suffix, f"{stem}{export.suffix}"
        )
        if not path:
            return
        language = ctx.content_language()
        ctx.tasks.start(
            lambda control: export.write(
                services.export_source(),
                Path(path),
                include_names=choice == "names",
                language=language,
                progress=control.progress,
            ),
            lambda written: ctx.interaction.inform(window, export.title, export.written(written)),
            lambda exc: ctx.interaction.error(window, export.title, str(exc)),
        )
