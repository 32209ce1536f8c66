"""Start the GUI: application object, preferences, translations, theme, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from regworkshop import APP_NAME, ORG_NAME, __version__, paths
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import new_project
from regworkshop.store.base import utcnow
from regworkshop.store.project_store import Clock
from regworkshop.ui.main_window import MainWindow
from regworkshop.ui.shell import appearance
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.file_open import install_file_open_filter, open_paths, split_arguments
from regworkshop.ui.shell.i18n import Translations, resolve_language, tr
from regworkshop.ui.shell.settings import Settings


def create_app(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating it with the app's names if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    icon = paths.resources_dir() / "icons" / "regworkshop.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(
    settings: Settings, *, interaction=None, apply_style: bool = True, clock: Clock = utcnow
) -> MainWindow:
    """Create the context and main window with the user's language and theme."""
    translations = Translations()
    ctx = AppContext(settings, interaction=interaction, device_id=device_id(), clock=clock)
    ctx.language = translations.install(resolve_language(settings.language))
    app = QApplication.instance()
    if apply_style and isinstance(app, QApplication):
        appearance.apply_theme(app, settings.theme)
    return MainWindow(ctx, translations)


def initial_project(args: list[str], settings: Settings) -> str:
    """Choose what to open: the project argument, else the last project, else the default."""
    projects, _bundles = split_arguments(args)
    if projects:
        return projects[0]
    last = settings.last_project
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(paths.default_project_path())


def prepare_gui(args: list[str], settings: Settings | None = None, **window_options) -> MainWindow:
    """Build the main window and open the project the command line or history asks for.

    Bundles among the arguments open the merge dialog on that project, with their preview.
    """
    app = create_app()
    settings = settings or Settings()
    window = build_window(settings, **window_options)
    projects, bundles = split_arguments(args)
    target = initial_project(args, settings)
    if not projects and not Path(target).exists() and "://" not in target:
        store = new_project(
            target, tr("My project"), device_id=window.ctx.device_id, language=window.ctx.language
        )
        store.close()
    window.open_project(target)
    if bundles:
        open_paths(window, bundles)
    install_file_open_filter(app, window)
    return window


def run_gui(args: list[str]) -> int:
    """Open the main window on a project and run the event loop."""
    window = prepare_gui(args)
    window.show()
    return QApplication.instance().exec()
