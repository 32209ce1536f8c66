"""`regworkshop --self-test`: prove that an installed copy works, offscreen, then exit.

The checks: the shipped resources are found (from a source checkout or a frozen
bundle), the main window opens on a fresh temporary project, a note is written
and read back after reopening the project (migrations run from the bundle), and
the agenda handout is rendered to a PDF with the bundled font. Each step prints
one line; the first failure prints what broke on stderr and the exit code is 1.
Nothing outside a temporary folder is touched: preferences, device id and caches
all go there.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from regworkshop import APP_NAME, PROJECT_SUFFIX, __version__, paths

NOTE_TEXT = "Självtest: åäö fungerar"
Step = tuple[str, Callable[[], str]]


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def check_resources() -> str:
    """Find the fonts, icons, translations and migrations the app needs at run time."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from regworkshop.store.project_file import MIGRATIONS_DIR

    folder = paths.resources_dir()
    for name in (
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVu-LICENSE.txt",
        "icons/regworkshop.svg",
        "schemas/Project-mrt2019.xsd",
    ):
        _require((folder / name).is_file(), f"missing resource {folder / name}")
    try:  # .qdpx imports validate against it; compiling needs xmlschema's own data files
        from regworkshop.services.qdpx.qdpx_format import schema

        schema()
    except Exception as exc:  # noqa: BLE001 - any failure here is a broken installation
        _require(False, f"cannot compile the REFI-QDA schema: {exc}")
    _require(
        (MIGRATIONS_DIR / "env.py").is_file() and any((MIGRATIONS_DIR / "versions").glob("*.py")),
        f"missing database migrations in {MIGRATIONS_DIR}",
    )
    ours = QTranslator()
    _require(
        ours.load("regworkshop_sv", str(folder / "translations")),
        f"cannot load regworkshop_sv.qm from {folder / 'translations'}",
    )
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _require(qt.load("qtbase_sv", qt_dir), f"cannot load Qt's qtbase_sv.qm from {qt_dir}")
    return str(folder)


def check_licences() -> str:
    """The About dialog's licence texts and component versions are in the installation."""
    from PySide6.QtCore import qVersion

    from regworkshop.third_party import components
    from regworkshop.ui.shell.about_dialog import licence_texts

    texts = licence_texts()
    for name in ("GPL-3.0.txt", "LGPL-3.0.txt", "DejaVu-LICENSE.txt"):
        _require(name in texts, f"missing licence text {name}")
    found = {c.name: c.version for c in components(qVersion())}
    for name in ("PySide6 (Qt for Python)", "qt-material", "ReportLab", "SQLAlchemy"):
        _require(bool(found.get(name)), f"no version found for {name} (package metadata missing)")
    return f"{len(found)} components"


class _Run:
    """The state the steps share: a temporary home, the window, the project."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.project = home / f"Självtest{PROJECT_SUFFIX}"
        self.pdf = home / "dagordning.pdf"
        self.window = None
        self.session_id = ""
        self.note_id = ""

    def open_window(self) -> str:
        from PySide6.QtCore import QSettings, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from regworkshop.ui.app import build_window, create_app
        from regworkshop.ui.shell.interaction import Interaction
        from regworkshop.ui.shell.settings import Settings

        class Refuse(Interaction):
            """No dialog may appear during the self-test: any question is a failure."""

            def error(self, parent, title, text):
                raise SelfTestFailure(f"{title}: {text}")

        # The offscreen platform warns about every window it cannot size; that is not news.
        qInstallMessageHandler(
            lambda _kind, _ctx, text: (
                None
                if "propagateSizeHints" in text or sys.stderr is None
                else print(text, file=sys.stderr)
            )
        )
        create_app()
        settings = Settings(QSettings(str(self.home / "settings.ini"), QSettings.Format.IniFormat))
        settings.language = "sv"
        self.window = build_window(settings, interaction=Refuse())
        self.window.show()
        QApplication.processEvents()
        return QApplication.platformName()

    def create_project(self) -> str:
        self.window.ctx.create_project(str(self.project), "Självtest")
        _require(self.window.ctx.is_open, "the new project did not open")
        return self.project.name

    def write_note(self) -> str:
        services = self.window.ctx.services
        self.session_id = services.sessions.create("Självtest av installationen").id
        services.agenda.create(self.session_id, "Välkomna", framing_question="Vad gäller?")
        self.note_id = services.self_check.add_note(self.session_id, NOTE_TEXT)
        self.window.ctx.close_project()
        _require(self.window.open_project(str(self.project)), "the project did not reopen")
        text = self.window.ctx.services.self_check.note_text(self.note_id)
        _require(text == NOTE_TEXT, f"the note reads back as {text!r}, expected {NOTE_TEXT!r}")
        return "written, reopened, read back"

    def export_pdf(self) -> str:
        from regworkshop.export.documents.agenda_pdf import build_handout, write_agenda_pdf

        handout = build_handout(self.window.ctx.services.export_source(), self.session_id, "sv")
        write_agenda_pdf(handout, self.pdf)
        data = self.pdf.read_bytes()
        _require(data.startswith(b"%PDF"), f"{self.pdf} is not a PDF")
        _require(b"DejaVuSans" in data, "the PDF does not embed the bundled DejaVu Sans font")
        return f"{len(data) // 1024} KiB"

    def close(self) -> None:
        if self.window is not None:
            self.window.ctx.close_project()
            self.window.close()
            self.window.deleteLater()


def run_steps(steps: list[Step], out: TextIO, err: TextIO) -> int:
    """Run *steps* in order, one line each; stop at the first failure and return 1."""
    started = time.perf_counter()
    for name, step in steps:
        begun = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # every failure becomes one clear line, never a crash
            message = str(exc) or type(exc).__name__
            print(f"FAILED {name}: {message}", file=out)
            print(f"{APP_NAME} self-test failed at '{name}': {message}", file=err)
            if not isinstance(exc, SelfTestFailure):
                traceback.print_exc(file=err)
            return 1
        print(f"ok     {name} ({(time.perf_counter() - begun) * 1000:.0f} ms) {detail}", file=out)
    print(
        f"{APP_NAME} {__version__} self-test passed in {time.perf_counter() - started:.2f} s",
        file=out,
    )
    return 0


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check offscreen in a throw-away home folder; return the exit code."""
    # A windowed executable (Windows regworkshop.exe) has no streams: the exit code still tells.
    out = out or sys.stdout or open(os.devnull, "w")  # noqa: SIM115
    err = err or sys.stderr or out
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved_home = os.environ.get(paths.HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="regworkshop-selftest-") as tmp:
        os.environ[paths.HOME_ENV] = tmp
        run = _Run(Path(tmp))
        print(f"{APP_NAME} {__version__} self-test ({sys.executable})", file=out)
        try:
            return run_steps(
                [
                    ("resources", check_resources),
                    ("licences", check_licences),
                    ("window", run.open_window),
                    ("project", run.create_project),
                    ("note", run.write_note),
                    ("pdf", run.export_pdf),
                ],
                out,
                err,
            )
        finally:
            run.close()
            if saved_home is None:
                os.environ.pop(paths.HOME_ENV, None)
            else:
                os.environ[paths.HOME_ENV] = saved_home
