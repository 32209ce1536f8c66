"""Check a written .qdpx the way another program would read it: XSD, sources, selections."""

from __future__ import annotations

import zipfile
from pathlib import Path

import defusedxml.ElementTree as SafeET
import xmlschema

from regworkshop import paths
from regworkshop.services.qdpx.qdpx_format import NS, QDE_NAME, SCHEMA_FILE

Q = f"{{{NS}}}"
_SCHEMA: list[xmlschema.XMLSchema10] = []


def xsd() -> xmlschema.XMLSchema10:
    if not _SCHEMA:
        _SCHEMA.append(xmlschema.XMLSchema10(paths.resources_dir() / "schemas" / SCHEMA_FILE))
    return _SCHEMA[0]


def check_qdpx(path: Path):
    """Validate project.qde against the XSD; return (root, {source guid: text})."""
    with zipfile.ZipFile(path) as archive:
        qde = archive.read(QDE_NAME)
        root = SafeET.fromstring(qde)
        xsd().validate(root)  # raises with the first error
        texts = {}
        for source in root.iter(f"{Q}TextSource"):
            ref = source.get("plainTextPath")
            assert ref.startswith("internal://")
            texts[source.get("guid")] = archive.read("Sources/" + ref[len("internal://") :]).decode(
                "utf-8"
            )
    return root, texts


def selected_texts(root, texts) -> dict[str, str]:
    """Return every selection's text by its guid, cut from its source as another tool would."""
    found = {}
    for source in root.iter(f"{Q}TextSource"):
        text = texts[source.get("guid")]
        for sel in source.iter(f"{Q}PlainTextSelection"):
            found[sel.get("guid")] = text[
                int(sel.get("startPosition")) : int(sel.get("endPosition"))
            ]
    return found
