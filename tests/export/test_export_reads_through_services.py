"""Exports read the project through services: no module under regworkshop/export queries it."""

from __future__ import annotations

import ast
from pathlib import Path

import regworkshop.export

EXPORT = Path(regworkshop.export.__file__).parent


def sqlalchemy_imports(source: str) -> list[int]:
    """Return the lines of *source* that import sqlalchemy (or one of its modules)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name == "sqlalchemy" or name.startswith("sqlalchemy.") for name in names):
            lines.append(node.lineno)
    return lines


def test_the_scan_sees_every_form_of_import():
    source = "import sqlalchemy\nfrom sqlalchemy.orm import Session\nimport sqlalchemy_utils\n"
    assert sqlalchemy_imports(source) == [1, 2]


def test_no_export_module_imports_sqlalchemy():
    modules = sorted(EXPORT.rglob("*.py"))
    assert len(modules) > 10  # the scan looks at the whole package
    found = [
        f"{path.relative_to(EXPORT)}:{line}"
        for path in modules
        for line in sqlalchemy_imports(path.read_text(encoding="utf-8"))
    ]
    assert found == []
