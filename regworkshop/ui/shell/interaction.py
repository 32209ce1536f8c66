"""Every question the app asks the user, behind one interface tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from regworkshop import PROJECT_SUFFIX
from regworkshop.ui.shell.choice_dialogs import ChooseManyDialog, NewParticipantDialog
from regworkshop.ui.shell.i18n import tr


def project_filter() -> str:
    return tr("RegWorkshop projects (*{0});;All files (*)").format(PROJECT_SUFFIX)


class Interaction:
    """Modal dialogs. Each method returns None (or False) when the user cancels."""

    def open_project_path(self, parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, tr("Open project"), "", project_filter())
        return path or None

    def new_project_path(self, parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, tr("New project"), "", project_filter())
        if path and not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return path or None

    def save_file_path(
        self, parent: QWidget | None, title: str, file_filter: str, suffix: str, suggested: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        if path and not path.endswith(suffix):
            path += suffix
        return path or None

    def open_file_paths(self, parent: QWidget | None, title: str, file_filter: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
        return list(paths)

    def open_table_path(self, parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Import stakeholders"),
            "",
            tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        return path or None

    def save_table_path(self, parent: QWidget | None, suggested: str) -> str | None:
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            tr("Export stakeholders"),
            suggested,
            tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if path and not path.lower().endswith((".csv", ".xlsx")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        return path or None

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, text=value)
        return text if ok else None

    def colour(self, parent: QWidget | None, initial: str) -> str | None:
        colour = QColorDialog.getColor(QColor(initial), parent, tr("Choose a colour"))
        return colour.name().upper() if colour.isValid() else None

    def choose(
        self, parent: QWidget | None, title: str, label: str, options: list[tuple[str, str]]
    ) -> str | None:
        labels = [text for _key, text in options]
        text, ok = QInputDialog.getItem(parent, title, label, labels, 0, False)
        if not ok:
            return None
        return options[labels.index(text)][0]

    def choose_many(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        options: list[tuple[str, str]],
        selected: list[str] | None = None,
    ) -> list[str] | None:
        """Let the user tick any number of options; return their keys (None on cancel)."""
        dialog = ChooseManyDialog(parent, title, label, options, selected or [])
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_participant(
        self, parent: QWidget | None, organisations: list[str], kinds: list[tuple[str, str]]
    ) -> tuple[str, str, str] | None:
        """Ask for a participant's name, organisation and the organisation's kind."""
        dialog = NewParticipantDialog(parent, organisations, kinds)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> str | None:
        """Ask where to save a file."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def run_dialog(self, dialog) -> int:
        """Show a form dialog modally and return its result code (tests fill and accept it)."""
        return dialog.exec()

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_file(self, path: str) -> None:
        """Open a written file in the program the desktop uses for it."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
