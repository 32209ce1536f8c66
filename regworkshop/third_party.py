"""The software RegWorkshop ships with, and under which licence (shown in the About dialog).

Versions are read from the installed distributions, so a rebuilt bundle always
lists what it actually contains. Licence texts that a licence requires us to ship
are in resources/licences/ (GPL, LGPL) and resources/fonts/ (DejaVu).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

APP_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str
    licence_file: str = ""  # relative to the resources folder, when we ship the text


# (display name, distribution name or "" when not a Python distribution, licence, url, file)
_COMPONENTS = (
    ("Qt", "", "LGPL-3.0-only", "https://www.qt.io/", "licences/LGPL-3.0.txt"),
    (
        "PySide6 (Qt for Python)",
        "PySide6-Essentials",
        "LGPL-3.0-only",
        "https://wiki.qt.io/Qt_for_Python",
        "licences/LGPL-3.0.txt",
    ),
    ("Shiboken6", "shiboken6", "LGPL-3.0-only", "https://wiki.qt.io/Qt_for_Python", ""),
    (
        "DejaVu Sans",
        "",
        "Bitstream Vera / public domain",
        "https://dejavu-fonts.github.io/",
        "fonts/DejaVu-LICENSE.txt",
    ),
    ("Python", "", "PSF-2.0", "https://www.python.org/", ""),
    ("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org/", ""),
    ("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org/", ""),
    ("Mako", "Mako", "MIT", "https://www.makotemplates.org/", ""),
    ("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com/", ""),
    ("qt-material", "qt-material", "BSD-2-Clause", "https://github.com/UN-GCPDS/qt-material", ""),
    ("Jinja2", "Jinja2", "BSD-3-Clause", "https://palletsprojects.com/p/jinja/", ""),
    ("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "https://palletsprojects.com/p/markupsafe/", ""),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", ""),
    ("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/", ""),
    ("et-xmlfile", "et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile", ""),
    ("defusedxml", "defusedxml", "PSF-2.0", "https://github.com/tiran/defusedxml", ""),
    ("xmlschema", "xmlschema", "MIT", "https://github.com/sissaschool/xmlschema", ""),
    ("elementpath", "elementpath", "MIT", "https://github.com/sissaschool/elementpath", ""),
    (
        "REFI-QDA project schema (QDA-XML 1.0)",
        "",
        "MIT (notice inside resources/schemas/Project-mrt2019.xsd)",
        "https://www.qdasoftware.org/",
        "",
    ),
    ("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org/", ""),
)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def components(qt_version: str = "") -> list[Component]:
    """Return the shipped components with their versions; *qt_version* comes from the UI."""
    found = []
    for name, dist, licence, url, licence_file in _COMPONENTS:
        if name == "Qt":
            version = qt_version
        elif name == "Python":
            version = platform.python_version()
        elif dist:
            version = _version(dist)
            if not version:
                continue  # not installed in this build
        else:
            version = ""
        found.append(Component(name, version, licence, url, licence_file))
    return found
