"""The project's themes: list with add, rename, recolour, hide, reorder and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.errors import InvalidInput
from regworkshop.services.themes.theme_service import DEFAULT_THEMES, clean_theme_name
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.themes.theme_commands import (
    CreateThemeCommand,
    DeleteThemeCommand,
    HideThemeCommand,
    RecolourThemeCommand,
    RenameThemeCommand,
    ReorderThemesCommand,
)
from regworkshop.ui.themes.theme_model import ThemeListModel

NEW_THEME_COLOURS = [d.colour for d in DEFAULT_THEMES] + ["#FFCC80", "#80CBC4", "#B0BEC5"]


class ThemePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ThemeListModel(self)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName("themeList")
        self.list.setModel(self.model)
        self.list.setMinimumHeight(180)
        self.list.doubleClicked.connect(lambda _i: self.rename_selected())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, slot in (
            ("add", self.add_theme),
            ("rename", self.rename_selected),
            ("colour", self.recolour_selected),
            ("hide", self.toggle_hidden_selected),
            ("up", lambda: self.move_selected(-1)),
            ("down", lambda: self.move_selected(1)),
            ("delete", self.delete_selected),
        ):
            button = QPushButton()
            button.setObjectName(f"theme_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Themes"))
        self.hint.setText(
            tr(
                "Notes are captured under these themes. The defaults are the workshop's "
                "framing questions from the method; add your own as needed."
            )
        )
        labels = {
            "add": tr("Add…"),
            "rename": tr("Rename…"),
            "colour": tr("Colour…"),
            "hide": tr("Hide/show"),
            "up": tr("Move up"),
            "down": tr("Move down"),
            "delete": tr("Delete…"),
        }
        for key, button in self.buttons.items():
            button.setText(labels[key])
        self.model.set_language(self.ctx.language)

    def refresh(self) -> None:
        """Reload the themes from the project, keeping the selection."""
        current = self.current_id()
        themes = self.ctx.services.themes.list() if self.ctx.services else []
        self.model.set_language(self.ctx.language)
        self.model.set_themes(themes)
        if current and (row := self.model.row_of(current)) >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def _on_data_changed(self, area: str) -> None:
        if area in ("themes", "notes", "project"):
            self.refresh()

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(ThemeListModel.IdRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for key in ("rename", "colour", "hide", "up", "down", "delete"):
            self.buttons[key].setEnabled(has)

    def _push(self, command) -> None:
        self.ctx.undo_stack.push(command)

    def add_theme(self) -> None:
        name = self.ctx.interaction.text(self, tr("Add theme"), tr("Name of the new theme:"))
        if name is None:
            return
        try:
            name = clean_theme_name(name)
        except InvalidInput as exc:
            self.ctx.interaction.error(self, tr("Add theme"), error_messages.describe(exc))
            return
        colour = NEW_THEME_COLOURS[self.model.rowCount() % len(NEW_THEME_COLOURS)]
        command = CreateThemeCommand(self.ctx, name, colour)
        self._push(command)
        if command.theme_id and (row := self.model.row_of(command.theme_id)) >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def rename_selected(self) -> None:
        theme = self.model.theme_at(self.list.currentIndex().row())
        if theme is None:
            return
        name = self.ctx.interaction.text(
            self, tr("Rename theme"), tr("New name:"), theme.label(self.ctx.language)
        )
        if name is None:
            return
        try:
            name = clean_theme_name(name)
        except InvalidInput as exc:
            self.ctx.interaction.error(self, tr("Rename theme"), error_messages.describe(exc))
            return
        if name != theme.label(self.ctx.language):
            self._push(RenameThemeCommand(self.ctx, theme.id, name, theme.name, theme.builtin_key))

    def recolour_selected(self) -> None:
        theme = self.model.theme_at(self.list.currentIndex().row())
        if theme is None:
            return
        colour = self.ctx.interaction.colour(self, theme.colour)
        if colour and colour.upper() != theme.colour.upper():
            self._push(RecolourThemeCommand(self.ctx, theme.id, colour.upper(), theme.colour))

    def toggle_hidden_selected(self) -> None:
        theme = self.model.theme_at(self.list.currentIndex().row())
        if theme is not None:
            self._push(HideThemeCommand(self.ctx, theme.id, not theme.hidden))

    def move_selected(self, step: int) -> None:
        row = self.list.currentIndex().row()
        order = self.model.ids()
        target = row + step
        if row < 0 or not 0 <= target < len(order):
            return
        new_order = list(order)
        new_order[row], new_order[target] = new_order[target], new_order[row]
        self._push(ReorderThemesCommand(self.ctx, new_order, order))
        self.list.setCurrentIndex(self.model.index(target))

    def delete_selected(self) -> None:
        theme = self.model.theme_at(self.list.currentIndex().row())
        if theme is None:
            return
        label = theme.label(self.ctx.language)
        move_to = None
        if theme.note_count:
            others = [
                (t.id, t.label(self.ctx.language))
                for t in (self.model.theme_at(r) for r in range(self.model.rowCount()))
                if t is not None and t.id != theme.id
            ]
            if not others:
                self.ctx.interaction.error(
                    self,
                    tr("Delete theme"),
                    tr(
                        "“{0}” holds notes and is the only theme; add another theme to move "
                        "them to first."
                    ).format(label),
                )
                return
            move_to = self.ctx.interaction.choose(
                self,
                tr("Delete theme"),
                tr("“{0}” holds {1} notes. Move them to:").format(label, theme.note_count),
                others,
            )
            if move_to is None:
                return
        elif not self.ctx.interaction.confirm(
            self, tr("Delete theme"), tr("Delete the theme “{0}”? You can undo this.").format(label)
        ):
            return
        self._push(DeleteThemeCommand(self.ctx, theme.id, move_to))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.current_id():
            self.delete_selected()
            return
        super().keyPressEvent(event)
