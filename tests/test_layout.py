"""The layout stays findable: one package per feature in each layer, contracts that cover it all."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "regworkshop"
LAYERS_WITH_FEATURES = ("services", "export", "ui")
# The few modules a layer keeps at its top: shared by all of its features.
LAYER_TOP = {
    "services": {"errors", "queries", "vocabulary"},
    "export": {"atomic_file", "export_language"},
    "ui": {"app", "main_window", "self_test"},
}


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def _modules_and_packages(folder: Path) -> set[str]:
    names = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    names |= {p.name for p in folder.iterdir() if (p / "__init__.py").exists()}
    return names


def test_the_qt_ban_covers_everything_but_the_ui():
    banned = set(_contracts()["Nothing but the UI imports Qt"]["source_modules"])
    expected = {f"regworkshop.{name}" for name in _modules_and_packages(PACKAGE)}
    # __main__ chooses between the command line and the GUI, so it may reach the UI.
    assert banned == expected - {"regworkshop.ui", "regworkshop.__main__"}


def test_every_ui_feature_is_in_the_independence_contract():
    contract = _contracts()["UI features stand alone: each imports only the shared pieces below it"]
    listed = {name.strip() for layer in contract["layers"] for name in layer.split("|")}
    assert listed == _modules_and_packages(PACKAGE / "ui")


@pytest.mark.parametrize("layer", LAYERS_WITH_FEATURES)
def test_a_layer_keeps_only_its_shared_modules_at_the_top(layer):
    top = {p.stem for p in (PACKAGE / layer).glob("*.py") if p.stem != "__init__"}
    assert top == LAYER_TOP[layer]


def test_every_package_says_what_it_holds():
    missing = [
        str(init.relative_to(ROOT))
        for init in PACKAGE.rglob("__init__.py")
        if "migrations" not in init.parts
        and not ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    ]
    assert missing == []


def test_no_source_file_is_over_500_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for path in PACKAGE.rglob("*.py")
        if "versions" not in path.parts
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}


@pytest.mark.parametrize("layer", (*LAYERS_WITH_FEATURES, "store"))
def test_tests_follow_the_features_of_their_layer(layer):
    test_folders = {p.name for p in (ROOT / "tests" / layer).iterdir() if p.is_dir()}
    test_folders -= {"__pycache__"}
    assert test_folders <= _modules_and_packages(PACKAGE / layer)
