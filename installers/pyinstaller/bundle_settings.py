"""Settings the PyInstaller spec shares with the platform installers.

Kept in plain Python so tests can check them (bundle id, document types, the
distributions whose metadata must travel in the bundle) without PyInstaller.
"""

from __future__ import annotations

BUNDLE_ID = "se.regworkshop.RegWorkshop"
PROJECT_UTI = "se.regworkshop.project"
BUNDLE_UTI = "se.regworkshop.bundle"

# importlib.metadata must find these in the frozen app.
METADATA = (
    "qt-material",
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "Mako",
    "reportlab",
    "platformdirs",
    "openpyxl",
    "et-xmlfile",
    "defusedxml",
    "xmlschema",
    "elementpath",
    "Jinja2",
    "MarkupSafe",
    "pillow",
)

# Never needed at run time; keeps the bundle smaller.
EXCLUDES = [
    "tkinter",
    "psycopg",
    "psycopg_binary",
    "pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "IPython",
    "matplotlib",
    "numpy",
]


def info_plist(version: str) -> dict:
    """The macOS Info.plist entries: document types for projects and bundles."""
    return {
        "CFBundleName": "RegWorkshop",
        "CFBundleDisplayName": "RegWorkshop",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "RegWorkshop contributors, GPL-3.0-or-later",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "RegWorkshop Project",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PROJECT_UTI],
                "CFBundleTypeIconFile": "regworkshop.icns",
            },
            {
                "CFBundleTypeName": "RegWorkshop Bundle",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [BUNDLE_UTI],
                "CFBundleTypeIconFile": "regworkshop.icns",
            },
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PROJECT_UTI,
                "UTTypeDescription": "RegWorkshop Project",
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["rwproj"],
                    "public.mime-type": ["application/x-regworkshop-project"],
                },
            },
            {
                "UTTypeIdentifier": BUNDLE_UTI,
                "UTTypeDescription": "RegWorkshop Bundle",
                "UTTypeConformsTo": ["public.data", "public.zip-archive"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["rwbundle"],
                    "public.mime-type": ["application/x-regworkshop-bundle"],
                },
            },
        ],
    }
