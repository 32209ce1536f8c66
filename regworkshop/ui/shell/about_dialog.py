"""Help > About: the version, the app's licence, and every bundled component's licence."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from regworkshop import APP_NAME, __version__, paths
from regworkshop.third_party import APP_LICENCE, components
from regworkshop.ui.shell.appearance import theme_colour
from regworkshop.ui.shell.i18n import tr


def licence_texts() -> dict[str, str]:
    """Return the licence files shipped in the resources folder, by file name."""
    folder = paths.resources_dir()
    texts = {}
    for name in ("licences/GPL-3.0.txt", "licences/LGPL-3.0.txt", "fonts/DejaVu-LICENSE.txt"):
        file = folder / name
        if file.is_file():
            texts[file.name] = file.read_text(encoding="utf-8")
    return texts


def qt_notice() -> str:
    return tr(
        "RegWorkshop uses Qt {0} through PySide6 {1} (Qt for Python), both under the GNU "
        "Lesser General Public License version 3. The Qt and PySide6 libraries are separate "
        "files in the installation folder; you may replace them with your own build of a "
        "compatible version. Their source code is available from https://download.qt.io and "
        "https://code.qt.io."
    ).format(qVersion(), pyside_version)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About RegWorkshop"))
        self.resize(720, 520)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), tr("About"))
        self.third_party = QTextBrowser()
        self.third_party.setObjectName("thirdParty")
        self.third_party.setOpenExternalLinks(True)
        # qt-material paints all text in a browser in the accent colour; links must stand out.
        self.third_party.setStyleSheet(f"color: {theme_colour('secondaryTextColor', '#333333')};")
        self.third_party.setHtml(self._third_party_html())
        self.tabs.addTab(self.third_party, tr("Third-party software"))
        self.tabs.addTab(self._licences_tab(), tr("Licence texts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(paths.resources_dir() / "icons" / "regworkshop-128.png")))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        purpose = tr(
            "Workshops, interviews and the knowledge base of a regionalt "
            "planeringsunderlag — offline."
        )
        licence = tr(
            "Licence: GNU General Public License, version 3 or later ({0}). You may share and "
            "change it under those terms; it comes with no warranty."
        ).format(APP_LICENCE)
        toolkit = tr("Qt {0} · PySide6 {1}").format(qVersion(), pyside_version)
        self.summary.setText(
            f"<h2>{APP_NAME} {escape(__version__)}</h2><p>{escape(purpose)}</p>"
            f"<p>{escape(licence)}</p><p>{escape(toolkit)}</p>"
        )
        row = QHBoxLayout(page)
        row.setSpacing(24)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignTop)
        return page

    def _third_party_html(self) -> str:
        link = theme_colour("primaryColor", "#1f6fb2")
        rows = "".join(
            f"<tr><td><a style='color:{link}' href='{escape(c.url)}'>{escape(c.name)}</a></td>"
            f"<td>{escape(c.version)}</td><td>{escape(c.licence)}</td></tr>"
            for c in components(qVersion())
        )
        titles = (tr("Component"), tr("Version"), tr("Licence"))
        head = "<tr>" + "".join(f"<th align='left'>{escape(t)}</th>" for t in titles) + "</tr>"
        fonts = tr(
            "PDF exports embed the DejaVu Sans font (Bitstream Vera licence; DejaVu changes "
            "are in the public domain). Its licence text is under Licence texts."
        )
        return (
            f"<p>{escape(qt_notice())}</p><p>{escape(fonts)}</p>"
            f"<table cellspacing='0' cellpadding='4'>{head}{rows}</table>"
        )

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        self.licence_list = QListWidget()
        self.licence_list.setMaximumWidth(200)
        self.licence_text = QPlainTextEdit(readOnly=True)
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._texts = licence_texts()
        self.licence_list.addItems(list(self._texts))
        self.licence_list.currentTextChanged.connect(
            lambda name: self.licence_text.setPlainText(self._texts.get(name, ""))
        )
        self.licence_list.setCurrentRow(0)
        row = QHBoxLayout(page)
        row.addWidget(self.licence_list)
        row.addWidget(self.licence_text, 1)
        return page
