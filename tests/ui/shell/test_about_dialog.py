"""Help > About: version, the app's licence, Qt's LGPL notice and the bundled font's licence."""

from __future__ import annotations

from PySide6.QtCore import qVersion

from regworkshop import __version__
from regworkshop.ui.shell.about_dialog import AboutDialog


def test_about_shows_version_licences_and_third_party_notices(qtbot, window):
    window.act_about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.summary.text()
    assert "GPL-3.0-or-later" in dialog.summary.text()
    third = dialog.third_party.toPlainText()
    assert "Lesser General Public License" in third and qVersion() in third
    for name in ("PySide6", "DejaVu Sans", "SQLAlchemy", "ReportLab", "qt-material"):
        assert name in third
    names = [dialog.licence_list.item(i).text() for i in range(dialog.licence_list.count())]
    assert names == ["GPL-3.0.txt", "LGPL-3.0.txt", "DejaVu-LICENSE.txt"]
    dialog.licence_list.setCurrentRow(2)
    assert "Bitstream" in dialog.licence_text.toPlainText()
    dialog.licence_list.setCurrentRow(1)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.close()
