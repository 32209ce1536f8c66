"""Write a REFI-QDA .qdpx: project.qde (QDA-XML 1.0) and Sources/<guid>.txt, atomically."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from regworkshop import __version__
from regworkshop.export.atomic_file import atomic_target
from regworkshop.export.qdpx.qdpx_content import Code, QdpxContent, collect
from regworkshop.services.qdpx.qdpx_format import (
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


_ATTR = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#9;",
    }
)
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


class _Xml:
    """A streaming writer: ElementTree's serialiser was most of the export's time."""

    def __init__(self) -> None:
        self.parts: list[str] = ['<?xml version="1.0" encoding="utf-8"?>\n']

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self.parts.append(f"<{tag}")
        for key, value in attrs.items():
            self.parts.append(f' {key}="{value.translate(_ATTR)}"')

    def open(self, tag: str, **attrs: str) -> None:
        self._start(tag, attrs)
        self.parts.append(">")

    def empty(self, tag: str, **attrs: str) -> None:
        self._start(tag, attrs)
        self.parts.append("/>")

    def text(self, tag: str, value: str) -> None:
        self.parts.append(f"<{tag}>{value.translate(_TEXT)}</{tag}>")

    def close(self, tag: str) -> None:
        self.parts.append(f"</{tag}>")

    def bytes(self) -> bytes:
        return "".join(self.parts).encode("utf-8")


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _code(xml: _Xml, code: Code) -> None:
    attrs = {"guid": code.guid, "name": code.name, "isCodable": "true"}
    if code.colour:
        attrs["color"] = code.colour
    if not code.children:
        xml.empty("Code", **attrs)
        return
    xml.open("Code", **attrs)
    for child in code.children:
        _code(xml, child)
    xml.close("Code")


def build_qde(content: QdpxContent) -> bytes:
    """Return project.qde (element order as the schema's sequences demand)."""
    words = WORDS[content.language]
    user = derived_guid(content.project_id, "user")
    xml = _Xml()
    xml.open(
        "Project",
        xmlns=NS,
        name=content.name or "RegWorkshop",
        origin=f"RegWorkshop {__version__}",
        creatingUserGUID=user,
        creationDateTime=_when(content.created),
    )
    xml.open("Users")
    xml.empty("User", guid=user, name="RegWorkshop")
    xml.close("Users")
    if content.codes:
        xml.open("CodeBook")
        xml.open("Codes")
        for code in content.codes:
            _code(xml, code)
        xml.close("Codes")
        xml.close("CodeBook")
    variable_guids = {key: derived_guid(content.project_id, f"variable/{key}") for key in VARIABLES}
    xml.open("Variables")
    for key in VARIABLES:
        xml.empty("Variable", guid=variable_guids[key], name=words[key], typeOfVariable="Text")
    xml.close("Variables")
    if content.cases:
        xml.open("Cases")
        for case in content.cases:
            xml.open("Case", guid=case.guid, name=case.name)
            for key in VARIABLES:
                if case.values.get(key):
                    xml.open("VariableValue")
                    xml.empty("VariableRef", targetGUID=variable_guids[key])
                    xml.text("TextValue", case.values[key])
                    xml.close("VariableValue")
            for guid in case.selections:
                xml.empty("SelectionRef", targetGUID=guid)
            xml.close("Case")
        xml.close("Cases")
    if content.sources:
        xml.open("Sources")
        for source in content.sources:
            xml.open(
                "TextSource",
                guid=source.guid,
                name=source.name,
                plainTextPath=f"{INTERNAL}{source.guid}.txt",
                creatingUser=user,
                creationDateTime=_when(source.created),
            )
            for sel in source.selections:
                xml.open(
                    "PlainTextSelection",
                    guid=sel.guid,
                    startPosition=str(sel.start),
                    endPosition=str(sel.end),
                    creatingUser=user,
                    creationDateTime=_when(sel.created),
                )
                for code_guid in sel.codes:
                    xml.open(
                        "Coding",
                        guid=derived_guid(content.project_id, f"coding/{sel.guid}/{code_guid}"),
                        creatingUser=user,
                    )
                    xml.empty("CodeRef", targetGUID=code_guid)
                    xml.close("Coding")
                for memo in sel.memos:
                    xml.empty("NoteRef", targetGUID=memo)
                xml.close("PlainTextSelection")
            xml.close("TextSource")
        xml.close("Sources")
    if content.memos:
        xml.open("Notes")
        for memo in content.memos:
            xml.open("Note", guid=memo.guid, name=memo.name, creatingUser=user)
            xml.text("Description", memo.description)
            xml.text("PlainTextContent", memo.text)
            xml.close("Note")
        xml.close("Notes")
    if content.description:
        xml.text("Description", content.description)
    xml.close("Project")
    return xml.bytes()


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
    qde = build_qde(content)
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
