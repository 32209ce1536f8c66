"""The installers' inputs: desktop entry, AppStream metainfo, MIME types, icons, macOS plist."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from installers.pyinstaller.bundle_settings import BUNDLE_ID, info_plist
from regworkshop import PROJECT_SUFFIX, __version__
from regworkshop.services.sync.bundle_format import SUFFIX as BUNDLE_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installers" / "linux"
ICONS = ROOT / "resources" / "icons"
MIME_TYPES = {"application/x-regworkshop-project", "application/x-regworkshop-bundle"}
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def run_tool(*args: str) -> subprocess.CompletedProcess:
    if shutil.which(args[0]) is None:
        pytest.skip(f"{args[0]} is not installed")
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def test_desktop_file_is_valid_and_opens_both_file_kinds():
    desktop = LINUX / f"{BUNDLE_ID}.desktop"
    lines = dict(
        line.split("=", 1) for line in desktop.read_text("utf-8").splitlines() if "=" in line
    )
    assert set(lines["MimeType"].strip(";").split(";")) == MIME_TYPES
    assert lines["Exec"] == "regworkshop %F" and lines["Icon"] == BUNDLE_ID
    done = run_tool("desktop-file-validate", str(desktop))
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_metainfo_is_valid_and_names_the_current_version():
    metainfo = LINUX / f"{BUNDLE_ID}.metainfo.xml"
    tree = ET.parse(metainfo)
    assert tree.findtext("id") == BUNDLE_ID
    assert tree.find("releases/release").get("version") == __version__
    assert {m.text for m in tree.iter("mediatype")} == MIME_TYPES
    done = run_tool("appstreamcli", "validate", "--no-net", str(metainfo))
    assert done.returncode == 0, done.stdout + done.stderr


def test_mime_types_match_the_file_suffixes(tmp_path):
    source = LINUX / f"{BUNDLE_ID}.xml"
    globs = {
        t.get("type"): t.find(f"{MIME_NS}glob").get("pattern")
        for t in ET.parse(source).iter(f"{MIME_NS}mime-type")
    }
    assert globs == {
        "application/x-regworkshop-project": f"*{PROJECT_SUFFIX}",
        "application/x-regworkshop-bundle": f"*{BUNDLE_SUFFIX}",
    }
    (tmp_path / "packages").mkdir()
    shutil.copy(source, tmp_path / "packages")
    done = run_tool("update-mime-database", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert f"*{PROJECT_SUFFIX}" in (tmp_path / "globs2").read_text()


def test_icon_sizes_ico_and_icns_are_generated():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (ICONS / f"regworkshop-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (ICONS / "regworkshop.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (ICONS / "regworkshop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_macos_bundle_declares_both_document_types():
    plist = info_plist(__version__)
    assert plist["CFBundleShortVersionString"] == __version__
    extensions = {
        ext
        for decl in plist["UTExportedTypeDeclarations"]
        for ext in decl["UTTypeTagSpecification"]["public.filename-extension"]
    }
    assert extensions == {PROJECT_SUFFIX[1:], BUNDLE_SUFFIX[1:]}
    declared = {decl["UTTypeIdentifier"] for decl in plist["UTExportedTypeDeclarations"]}
    handled = {t for doc in plist["CFBundleDocumentTypes"] for t in doc["LSItemContentTypes"]}
    assert handled == declared


def test_windows_installer_is_per_user_and_associates_both_kinds():
    iss = (ROOT / "installers" / "windows" / "regworkshop.iss").read_text("utf-8")
    assert "PrivilegesRequired=lowest" in iss and "ChangesAssociations=yes" in iss
    for suffix in (PROJECT_SUFFIX, BUNDLE_SUFFIX):
        assert f'Subkey: "Software\\Classes\\{suffix}"' in iss
    assert f'#define AppVersion "{__version__}"' in iss
