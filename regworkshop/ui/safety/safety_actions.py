"""Data safety in the window: automatic backups, the backups dialog, checks, safe opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from regworkshop import paths
from regworkshop.services.safety.backup_service import BackupService, list_backups, restore_backup
from regworkshop.services.safety.file_location import location_risk
from regworkshop.services.safety.project_check import check_project
from regworkshop.services.safety.salvage import salvage
from regworkshop.store import project_file
from regworkshop.store.errors import DamagedProject, ProjectError
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr

TICK_MS = 60_000


class SafetyActions:
    """Backs up the open project on open and while editing; guards opening risky files."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        self.ctx, self.window = ctx, window
        self.service: BackupService | None = None
        self.backups_action = QAction(window)
        self.check_action = QAction(window)
        self.backups_action.triggered.connect(self.open_backups)
        self.check_action.triggered.connect(self.check)
        self.timer = QTimer(window)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        ctx.project_opened.connect(self._opened)
        ctx.project_closed.connect(self._closed)
        self.last_dialog: QWidget | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.backups_action, self.check_action])

    def retranslate(self) -> None:
        self.backups_action.setText(tr("&Backups…"))
        self.check_action.setText(tr("Check &project…"))
        self._update()

    def _update(self) -> None:
        on_file = self.ctx.services is not None and self.ctx.services.path is not None
        self.backups_action.setEnabled(on_file)
        self.check_action.setEnabled(on_file)

    # -- automatic backups -------------------------------------------------------
    def _opened(self) -> None:
        services = self.ctx.services
        self._update()
        if services is None or services.path is None:
            self.service = None
            return
        self.service = services.backups
        service = self.service
        self.ctx.tasks.start(lambda _c: service.on_open(), None, self._backup_failed)
        self.timer.start()

    def _closed(self) -> None:
        self.timer.stop()
        self.service = None
        self._update()

    def tick(self) -> None:
        """Back up after 30 minutes of edits (called every minute; runs off the GUI thread)."""
        service = self.service
        if service is not None:
            self.ctx.tasks.start(lambda _c: service.tick(), None, self._backup_failed)

    def _backup_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(tr("Automatic backup failed: {0}").format(exc), 15000)

    def take_backup(self, reason: str):
        """Take a backup now on the GUI thread (before an erasure or an import)."""
        return self.service.take(reason) if self.service else None

    # -- dialogs -----------------------------------------------------------------
    def open_backups(self):
        from regworkshop.ui.safety.backup_dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self, self.window)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def check(self) -> None:
        """Run the full integrity check and the app's own invariants, off the GUI thread."""
        services = self.ctx.services
        if services is None or services.path is None:
            return
        path = services.path
        self.ctx.tasks.start(lambda _c: check_project(path), self._checked, self._check_failed)

    def _checked(self, report) -> None:
        if report.ok:
            self.ctx.interaction.inform(
                self.window,
                tr("Check project"),
                tr(
                    "The project file is sound: SQLite's integrity check passed and nothing links "
                    "to rows that are missing."
                ),
            )
        else:
            self.ctx.interaction.error(
                self.window,
                tr("Check project"),
                tr(
                    "Problems were found:\n{0}\n\nRestore a backup (File → Backups…) or ask for help."
                ).format("\n".join(report.problems)),
            )

    def _check_failed(self, exc: BaseException) -> None:
        self.ctx.interaction.error(self.window, tr("Check project"), error_messages.describe(exc))

    # -- opening safely ----------------------------------------------------------
    def safe_target(self, target: str) -> str | None:
        """Warn about a network share or a synced folder; return what to open, or None."""
        if "://" in target:
            return target
        risk = location_risk(target)
        if risk is None:
            return target
        where = (
            tr("a network share")
            if risk.kind == "network"
            else tr("a folder synced by {0}").format(risk.detail)
        )
        choice = self.ctx.interaction.choose(
            self.window,
            tr("Open project"),
            tr(
                "{0} is in {1}. SQLite cannot lock files safely there, and edits can be lost or the "
                "file damaged. Work on a copy on this computer instead?"
            ).format(Path(target).name, where),
            [("copy", tr("Work on a local copy")), ("open", tr("Open it anyway"))],
        )
        if choice == "open":
            return target
        if choice != "copy":
            return None
        copies = paths.data_dir() / "local copies"
        copy = copies / Path(target).name
        if copy.exists():
            copy = (
                copies
                / f"{Path(target).stem} ({self.ctx.clock():%Y-%m-%d %H%M}){Path(target).suffix}"
            )
        project_file.backup_file(Path(target), copy)
        self.ctx.interaction.inform(
            self.window,
            tr("Open project"),
            tr(
                "Working on a copy: {0}. Send a bundle, or copy the file back, when you are done."
            ).format(copy),
        )
        return str(copy)

    def recover(self, target: Path, exc: DamagedProject) -> bool:
        """Offer the newest good backup or a salvage for a damaged file (never writing to it)."""
        project_id = _project_id_or_empty(target)
        good = [
            b
            for b in list_backups(self.ctx.backup_dir)
            if b.project_id == project_id
            or (not project_id and b.path.name.startswith(target.stem + "."))
        ]
        options = []
        if good:
            options.append(
                (
                    "restore",
                    tr("Restore the newest backup ({0})").format(
                        f"{good[0].taken_at:%Y-%m-%d %H:%M}"
                    ),
                )
            )
        options.append(("salvage", tr("Salvage what can be read into a new file")))
        choice = self.ctx.interaction.choose(
            self.window,
            tr("Open project"),
            error_messages.describe(exc) + "\n\n" + tr("What do you want to do?"),
            options,
        )
        try:
            if choice == "restore":
                restore_backup(good[0].path, target, self.ctx.backup_dir, clock=self.ctx.clock)
                self.ctx.open_project(target)
                return True
            if choice == "salvage":
                new = target.with_name(f"{target.stem} (räddad){target.suffix}")
                report = salvage(target, new, device_id=self.ctx.device_id, clock=self.ctx.clock)
                self.ctx.open_project(new)
                self.ctx.interaction.inform(
                    self.window,
                    tr("Open project"),
                    tr(
                        "Saved {0} rows into {1}; {2} could not be read. The damaged file is "
                        "unchanged."
                    ).format(report.total_copied, new, report.total_lost),
                )
                return True
        except (ProjectError, OSError) as err:
            self.ctx.interaction.error(
                self.window, tr("Open project"), error_messages.describe(err)
            )
        return False


def _project_id_or_empty(path: Path) -> str:
    try:
        conn = project_file.readonly_connect(path)
        try:
            row = conn.execute("SELECT id FROM rw_project").fetchone()
        finally:
            conn.close()
        return row[0] if row else ""
    except Exception:  # a damaged file may not even say its id
        return ""
