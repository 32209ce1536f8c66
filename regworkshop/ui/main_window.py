"""The main window: a sidebar of the method's areas, menus, and nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from regworkshop import APP_NAME
from regworkshop.services.demo.demo_service import create_demo
from regworkshop.store.errors import DamagedProject, ProjectError
from regworkshop.ui.exports.exports_view import ExportsView
from regworkshop.ui.followup.followup_view import FollowUpView
from regworkshop.ui.interviews.interviews_view import InterviewsView
from regworkshop.ui.knowledge.knowledge_view import KnowledgeView
from regworkshop.ui.overview.overview_view import OverviewView
from regworkshop.ui.privacy.privacy_view import PrivacyView
from regworkshop.ui.qdpx.qdpx_actions import QdpxActions
from regworkshop.ui.safety.safety_actions import SafetyActions
from regworkshop.ui.sessions.sessions_view import SessionsView
from regworkshop.ui.shell import appearance, error_messages
from regworkshop.ui.shell.about_dialog import AboutDialog
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import Translations, resolve_language, tr
from regworkshop.ui.shell.welcome_view import WelcomeView
from regworkshop.ui.stakeholders.stakeholders_view import StakeholdersView
from regworkshop.ui.sync.bundle_actions import BundleActions

AREAS = (
    "overview",
    "stakeholders",
    "sessions",
    "interviews",
    "knowledge",
    "followup",
    "exports",
    "privacy",
)


def _area_title(key: str) -> str:
    return {
        "overview": tr("Overview"),
        "stakeholders": tr("Stakeholders"),
        "sessions": tr("Sessions"),
        "interviews": tr("Interviews"),
        "knowledge": tr("Knowledge base"),
        "followup": tr("Follow-up"),
        "exports": tr("Exports"),
        "privacy": tr("Privacy"),
    }[key]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, translations: Translations | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.translations = translations or Translations()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.stack = QStackedWidget()
        self.welcome = WelcomeView(ctx)
        self.views: dict[str, QWidget] = {
            "overview": OverviewView(ctx),
            "stakeholders": StakeholdersView(ctx),
            "sessions": SessionsView(ctx),
            "privacy": PrivacyView(ctx),
            "interviews": InterviewsView(ctx),
            "knowledge": KnowledgeView(ctx),
            "followup": FollowUpView(ctx),
            "exports": ExportsView(ctx),
        }
        self.stack.addWidget(self.welcome)
        for key in AREAS:
            self.stack.addWidget(self.views[key])
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_area)
        self.views["overview"].navigate.connect(self.navigate)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_actions()
        self._build_menus()
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_project_dialog)
        self.welcome.demo_requested.connect(self.create_demo_project)
        self.welcome.recent_requested.connect(self.open_project)
        ctx.project_opened.connect(self._on_project_changed)
        ctx.project_closed.connect(self._on_project_changed)
        self.resize(1360, 860)
        if ctx.settings.window_geometry is not None:
            self.restoreGeometry(ctx.settings.window_geometry)
        if ctx.settings.window_state is not None:
            self.restoreState(ctx.settings.window_state)
        self.retranslate()
        self._on_project_changed()

    # -- actions and menus -------------------------------------------------
    def _build_actions(self) -> None:
        self.act_new = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.act_open = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.act_close = QAction(self, shortcut=QKeySequence.StandardKey.Close)
        self.act_demo = QAction(self)
        self.act_quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.act_new.triggered.connect(self.new_project)
        self.act_open.triggered.connect(self.open_project_dialog)
        self.act_close.triggered.connect(self.ctx.close_project)
        self.act_demo.triggered.connect(self.create_demo_project)
        self.act_quit.triggered.connect(self.close)
        stack = self.ctx.undo_stack
        self.act_undo = QAction(self, shortcut=QKeySequence.StandardKey.Undo, enabled=False)
        self.act_redo = QAction(self, enabled=False)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_undo.triggered.connect(stack.undo)
        self.act_redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.indexChanged.connect(lambda _i: self._update_undo_texts())
        self.theme_group = QActionGroup(self)
        self.act_theme = {name: QAction(self, checkable=True) for name in ("light", "dark")}
        for name, action in self.act_theme.items():
            self.theme_group.addAction(action)
            action.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
        self.language_group = QActionGroup(self)
        self.act_language = {code: QAction(self, checkable=True) for code in ("", "sv", "en")}
        for code, action in self.act_language.items():
            self.language_group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
        self.bundles = BundleActions(self.ctx, self)
        self.qdpx = QdpxActions(self.ctx, self)
        self.safety = SafetyActions(self.ctx, self)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.act_theme[self.ctx.settings.theme].setChecked(True)
        self.act_language[self.ctx.settings.language].setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_open])
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.setObjectName("recentMenu")
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        self.menu_file.addAction(self.act_close)
        self.menu_file.addSeparator()
        self.bundles.add_to(self.menu_file)
        self.menu_file.addSeparator()
        self.qdpx.add_to(self.menu_file)
        self.menu_file.addSeparator()
        self.safety.add_to(self.menu_file)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_demo)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_view = bar.addMenu("")
        self.menu_theme = self.menu_view.addMenu("")
        self.menu_theme.addActions(list(self.act_theme.values()))
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addActions(list(self.act_language.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        recent = self.ctx.settings.recent_files
        for path in recent:
            action = self.menu_recent.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        if not recent:
            self.menu_recent.addAction(tr("(no recent projects)")).setEnabled(False)

    def _update_undo_texts(self) -> None:
        stack = self.ctx.undo_stack
        self.act_undo.setText(
            tr("&Undo {0}").format(stack.undoText()) if stack.canUndo() else tr("&Undo")
        )
        self.act_redo.setText(
            tr("&Redo {0}").format(stack.redoText()) if stack.canRedo() else tr("&Redo")
        )

    def retranslate(self) -> None:
        self.act_new.setText(tr("&New project…"))
        self.act_open.setText(tr("&Open project…"))
        self.act_close.setText(tr("&Close project"))
        self.act_demo.setText(tr("Create &demo project…"))
        self.act_quit.setText(tr("&Quit"))
        self._update_undo_texts()
        self.act_theme["light"].setText(tr("Light"))
        self.act_theme["dark"].setText(tr("Dark"))
        self.act_language[""].setText(tr("System language"))
        self.act_language["sv"].setText("Svenska")
        self.act_language["en"].setText("English")
        self.act_about.setText(tr("&About RegWorkshop"))
        self.bundles.retranslate()
        self.qdpx.retranslate()
        self.safety.retranslate()
        self.menu_file.setTitle(tr("&File"))
        self.menu_recent.setTitle(tr("Open &recent"))
        self.menu_edit.setTitle(tr("&Edit"))
        self.menu_view.setTitle(tr("&View"))
        self.menu_theme.setTitle(tr("&Theme"))
        self.menu_language.setTitle(tr("&Language"))
        self.menu_help.setTitle(tr("&Help"))
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setText(_area_title(item.data(Qt.ItemDataRole.UserRole)))
        self.welcome.retranslate()
        for view in self.views.values():
            view.retranslate()
        self._update_title()

    # -- project lifecycle -------------------------------------------------
    def _on_project_changed(self) -> None:
        is_open = self.ctx.is_open
        self.sidebar.setEnabled(is_open)
        self.act_close.setEnabled(is_open)
        if is_open:
            for view in self.views.values():
                view.refresh()
            area = self.ctx.settings.last_area
            self.sidebar.setCurrentRow(AREAS.index(area) if area in AREAS else 0)
            self._show_area(self.sidebar.currentRow())
        else:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
            self.sidebar.clearSelection()
        self._update_title()

    def _show_area(self, row: int) -> None:
        if not self.ctx.is_open or not 0 <= row < len(AREAS):
            return
        self.stack.setCurrentWidget(self.views[AREAS[row]])
        self.ctx.settings.last_area = AREAS[row]

    def show_area(self, key: str) -> None:
        """Switch to an area of the sidebar by its key."""
        self.sidebar.setCurrentRow(AREAS.index(key))

    def navigate(self, link: str) -> None:
        """Follow a method-guide link: "area" or "area:part" (a tab, a kind of session …)."""
        area, _, part = link.partition(":")
        if area not in AREAS:
            return
        self.show_area(area)
        view = self.views[area]
        if part and hasattr(view, "show_part"):
            view.show_part(part)

    def _update_title(self) -> None:
        services = self.ctx.services
        if services is None:
            self.setWindowTitle(APP_NAME)
            self.status_label.setText(tr("No project open"))
            return
        name = services.path.name if services.path else str(services.target)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.status_label.setText(
            tr("Every edit is stored as you make it · {0}").format(services.path or services.target)
        )

    def open_project(self, target: str) -> bool:
        """Open *target*; on failure say why and keep the current project."""
        checked = self.safety.safe_target(str(target))
        if checked is None:
            return False
        target = checked
        try:
            self.ctx.open_project(target)
        except DamagedProject as exc:
            return self.safety.recover(Path(target), exc)
        except ProjectError as exc:
            self.ctx.interaction.error(self, tr("Open project"), error_messages.describe(exc))
            if isinstance(exc, ProjectError) and not Path(str(target)).exists():
                self.ctx.settings.remove_recent(str(target))
            return False
        return True

    def open_project_dialog(self) -> None:
        path = self.ctx.interaction.open_project_path(self)
        if path:
            self.open_project(path)

    def new_project(self) -> None:
        path = self.ctx.interaction.new_project_path(self)
        if not path:
            return
        try:
            self.ctx.create_project(path, Path(path).stem)
        except ProjectError as exc:
            self.ctx.interaction.error(self, tr("New project"), error_messages.describe(exc))

    def create_demo_project(self) -> None:
        path = self.ctx.interaction.new_project_path(self)
        if not path:
            return
        try:
            self.ctx.create_with(path, create_demo)
        except ProjectError as exc:
            self.ctx.interaction.error(self, tr("Demo project"), error_messages.describe(exc))

    # -- preferences ---------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        """Switch between light and dark at once, and remember it."""
        self.ctx.settings.theme = theme
        self.act_theme[theme].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            appearance.apply_theme(app, theme)
        for view in self.views.values():
            if hasattr(view, "set_dark"):
                view.set_dark(theme == "dark")

    def set_language(self, code: str) -> None:
        """Switch the UI language at once ('' follows the system), and remember it."""
        self.ctx.settings.language = code
        self.act_language[code].setChecked(True)
        self.ctx.language = self.translations.install(resolve_language(code))
        self.ctx.language_changed.emit(self.ctx.language)
        self.retranslate()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.settings.window_geometry = self.saveGeometry()
        self.ctx.settings.window_state = self.saveState()
        self.ctx.settings.sync()
        self.ctx.close_project()
        super().closeEvent(event)
