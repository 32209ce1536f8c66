"""Views reach the project only through the context's registry of services.

The tests take ``qapp`` only because every UI test resets the translators afterwards.
"""

from __future__ import annotations

import ast
from pathlib import Path

import regworkshop.ui

UI = Path(regworkshop.ui.__file__).parent
# The shell builds the registry and owns the open store; every other module asks it.
SHELL = UI / "shell"


def offences(source: str) -> list[str]:
    """List each service built and each ``.store`` reached in *source*, with its line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name.endswith("Service"):
                found.append(f"{node.lineno}: builds {name}")
        elif isinstance(node, ast.Attribute) and node.attr == "store":
            found.append(f"{node.lineno}: uses .store")
    return found


def ui_modules() -> list[Path]:
    return [p for p in sorted(UI.rglob("*.py")) if SHELL not in p.parents]


def test_the_scan_sees_both_ways_around_the_registry(qapp):
    source = "def f(ctx):\n    PrivacyService(ctx.store).people()\n    ctx.services.privacy\n"
    assert offences(source) == ["2: builds PrivacyService", "2: uses .store"]


def test_no_ui_module_outside_the_shell_builds_a_service_or_reaches_the_store(qapp):
    modules = ui_modules()
    assert len(modules) > 50  # the scan looks at the whole package
    found = [
        f"{path.relative_to(UI)}:{offence}"
        for path in modules
        for offence in offences(path.read_text(encoding="utf-8"))
    ]
    assert found == []
