"""Open what the command line or the operating system hands the app.

A project file (.rwproj) opens that project. A bundle (.rwbundle) is merged
into the open project after the merge dialog's preview, never silently. On
macOS a double-clicked file arrives as a QFileOpenEvent rather than an argument;
``FileOpenFilter`` routes it through the same ``open_path``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from regworkshop.services.sync.bundle_format import SUFFIX as BUNDLE_SUFFIX
from regworkshop.ui.shell.i18n import tr


def is_bundle(path: str) -> bool:
    return Path(path).suffix.lower() == BUNDLE_SUFFIX


def split_arguments(args: list[str]) -> tuple[list[str], list[str]]:
    """Return (projects, bundles) among the paths given on the command line."""
    return [a for a in args if not is_bundle(a)], [a for a in args if is_bundle(a)]


def open_paths(window, paths: list[str]) -> None:
    """Open a project, or preview a merge of the bundles into the open project."""
    projects, bundles = split_arguments(paths)
    if projects:
        window.open_project(projects[0])
    if not bundles:
        return
    if not window.ctx.is_open:
        window.ctx.interaction.error(
            window,
            tr("Merge bundles"),
            tr("Open the project the bundle belongs to first, then merge {0}.").format(bundles[0]),
        )
        return
    window.raise_()
    window.bundles.open_merge_dialog(bundles)


class FileOpenFilter(QObject):
    """Application event filter: files the operating system asks the app to open."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                open_paths(self.window, [path])
                return True
        return super().eventFilter(watched, event)


_installed: list[FileOpenFilter] = []


def install_file_open_filter(app: QObject, window) -> FileOpenFilter:
    """Route the OS's file-open events to *window*; a newer window replaces an older one."""
    while _installed:
        previous = _installed.pop()
        with contextlib.suppress(RuntimeError):  # its window is gone, and the filter with it
            app.removeEventFilter(previous)
    handler = FileOpenFilter(window)
    app.installEventFilter(handler)
    _installed.append(handler)
    return handler
