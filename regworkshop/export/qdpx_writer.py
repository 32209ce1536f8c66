"""Write a REFI-QDA .qdpx: project.qde (QDA-XML 1.0) and Sources/<guid>.txt, atomically."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from regworkshop import __version__
from regworkshop.export.atomic_file import atomic_target
from regworkshop.export.qdpx_content import Code, QdpxContent, collect
from regworkshop.services.qdpx_format import (
    INTERNAL,
    NS,
    QDE_NAME,
    SOURCES_DIR,
    WORDS,
    derived_guid,
)
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]
# Fixed entry times make a second export of an unchanged project byte for byte the same.
ENTRY_TIME = (2019, 3, 18, 0, 0, 0)
VARIABLES = ("case_kind", "actor_type", "municipality", "organisation")


@dataclass(frozen=True)
class QdpxWritten:
    path: Path
    sources: int
    selections: int
    codes: int
    cases: int
    memos: int


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sub(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, _q(tag), attrs)


def _code(parent: ET.Element, code: Code) -> None:
    attrs = {"guid": code.guid, "name": code.name, "isCodable": "true"}
    if code.colour:
        attrs["color"] = code.colour
    element = _sub(parent, "Code", **attrs)
    for child in code.children:
        _code(element, child)


def build_qde(content: QdpxContent) -> ET.Element:
    """Return the project.qde tree (element order as the schema's sequences demand)."""
    words = WORDS[content.language]
    user = derived_guid(content.project_id, "user")
    root = ET.Element(
        _q("Project"),
        {
            "name": content.name or "RegWorkshop",
            "origin": f"RegWorkshop {__version__}",
            "creatingUserGUID": user,
            "creationDateTime": _when(content.created),
        },
    )
    users = _sub(root, "Users")
    _sub(users, "User", guid=user, name="RegWorkshop")
    if content.codes:
        codes = _sub(_sub(root, "CodeBook"), "Codes")
        for code in content.codes:
            _code(codes, code)
    variable_guids = {key: derived_guid(content.project_id, f"variable/{key}") for key in VARIABLES}
    variables = _sub(root, "Variables")
    for key in VARIABLES:
        _sub(
            variables, "Variable", guid=variable_guids[key], name=words[key], typeOfVariable="Text"
        )
    if content.cases:
        cases = _sub(root, "Cases")
        for case in content.cases:
            element = _sub(cases, "Case", guid=case.guid, name=case.name)
            for key in VARIABLES:
                if case.values.get(key):
                    value = _sub(element, "VariableValue")
                    _sub(value, "VariableRef", targetGUID=variable_guids[key])
                    _sub(value, "TextValue").text = case.values[key]
            for guid in case.selections:
                _sub(element, "SelectionRef", targetGUID=guid)
    if content.sources:
        sources = _sub(root, "Sources")
        for source in content.sources:
            element = _sub(
                sources,
                "TextSource",
                guid=source.guid,
                name=source.name,
                plainTextPath=f"{INTERNAL}{source.guid}.txt",
                creatingUser=user,
                creationDateTime=_when(source.created),
            )
            for sel in source.selections:
                selection = _sub(
                    element,
                    "PlainTextSelection",
                    guid=sel.guid,
                    startPosition=str(sel.start),
                    endPosition=str(sel.end),
                    creatingUser=user,
                    creationDateTime=_when(sel.created),
                )
                for code_guid in sel.codes:
                    coding = _sub(
                        selection,
                        "Coding",
                        guid=derived_guid(content.project_id, f"coding/{sel.guid}/{code_guid}"),
                        creatingUser=user,
                    )
                    _sub(coding, "CodeRef", targetGUID=code_guid)
                for memo in sel.memos:
                    _sub(selection, "NoteRef", targetGUID=memo)
    if content.memos:
        notes = _sub(root, "Notes")
        for memo in content.memos:
            note = _sub(notes, "Note", guid=memo.guid, name=memo.name, creatingUser=user)
            _sub(note, "Description").text = memo.description
            _sub(note, "PlainTextContent").text = memo.text
    if content.description:
        _sub(root, "Description").text = content.description
    return root


def write_qdpx(
    store: ProjectStore,
    out: Path,
    *,
    include_names: bool = False,
    language: str = "sv",
    progress: Progress | None = None,
) -> QdpxWritten:
    """Export the project as a REFI-QDA .qdpx, written atomically."""
    out = Path(out)
    content = collect(store, include_names=include_names, language=language)
    total = len(content.sources) + 1
    if progress:
        progress(0, total)
    root = build_qde(content)
    ET.register_namespace("", NS)
    qde = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    with atomic_target(out) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(QDE_NAME, ENTRY_TIME), qde, zipfile.ZIP_DEFLATED)
        if progress:
            progress(1, total)
        for done, source in enumerate(content.sources, start=2):
            info = zipfile.ZipInfo(f"{SOURCES_DIR}{source.guid}.txt", ENTRY_TIME)
            archive.writestr(info, source.text.encode("utf-8"), zipfile.ZIP_DEFLATED)
            if progress:
                progress(done, total)
    return QdpxWritten(
        path=out,
        sources=len(content.sources),
        selections=sum(len(s.selections) for s in content.sources),
        codes=sum(1 + len(c.children) for c in content.codes),
        cases=len(content.cases),
        memos=len(content.memos),
    )
