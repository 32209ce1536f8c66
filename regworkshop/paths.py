"""Where RegWorkshop keeps its files: user data, backups, caches, shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from regworkshop import APP_NAME, PROJECT_SUFFIX

# Tests and portable installs point everything at one folder with this variable.
HOME_ENV = "REGWORKSHOP_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Return the user's data folder, creating it if needed."""
    path = _base("data")
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Return the user's configuration folder, creating it if needed."""
    path = _base("config")
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Return the user's cache folder, creating it if needed."""
    path = _base("cache")
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """Return the backups folder beside the user data (not beside the project)."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_project_path() -> Path:
    """Return the project opened when the user has never opened one."""
    return data_dir() / f"Mitt projekt{PROJECT_SUFFIX}"


def resources_dir() -> Path:
    """Return the shipped resources folder, in a source checkout or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
