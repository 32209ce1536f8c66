"""Read a .qdpx as untrusted input: ZIP defences, defusedxml, the QDA-XML schema.

Nothing is extracted to disk and nothing is written to the project here; the
result is plain data for the import planner (services/qdpx_import_plan.py).
"""

from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from regworkshop.services.qdpx.qdpx_format import (
    INTERNAL,
    NS,
    QDE_NAME,
    SOURCES_DIR,
    DamagedQdpx,
    NotAQdpx,
    QdpxSchemaError,
    UnsafeQdpx,
    first_schema_error,
    normal_guid,
)
from regworkshop.services.safety.zip_safety import check_archive, open_zip, read_entry

OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")


@dataclass
class QCode:
    guid: str
    name: str
    colour: str | None
    children: list[QCode] = field(default_factory=list)


@dataclass
class QSelection:
    guid: str
    start: int
    end: int
    codes: list[str]
    memos: list[str]


@dataclass
class QSource:
    guid: str
    name: str
    text: str | None  # None: the text could not be found in the archive
    selections: list[QSelection]
    whole_codings: int = 0
    memos: list[str] = field(default_factory=list)
    variable_values: int = 0


@dataclass
class QCase:
    guid: str
    name: str
    values: dict[str, str]  # variable name (case-folded) -> value as text
    selections: list[str]
    sources: list[str]
    code_refs: int = 0


@dataclass
class QMemo:
    guid: str
    name: str
    text: str
    description: str


@dataclass
class QdpxProject:
    """A .qdpx read and validated in memory."""

    path: Path
    name: str
    origin: str
    codes: list[QCode]
    cases: list[QCase]
    sources: list[QSource]
    memos: list[QMemo]
    # What the file holds that has no place in a RegWorkshop project: kind -> count.
    other: Counter = field(default_factory=Counter)


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def read_qdpx(path: Path) -> QdpxProject:
    """Open, check, validate and read a .qdpx; raise a QdpxError subclass if it is refused."""
    path = Path(path)
    if not path.is_file():
        raise NotAQdpx(f"{path}: no such file")
    with open_zip(path, NotAQdpx, DamagedQdpx) as archive:
        by_name = check_archive(path, archive, UnsafeQdpx)
        qde = next((i for n, i in by_name.items() if n.lower() == QDE_NAME), None)
        if qde is None:
            raise NotAQdpx(
                f"{path.name}: a ZIP archive without a {QDE_NAME} (not a REFI-QDA project)"
            )
        root = _parse(path, read_entry(archive, qde, UnsafeQdpx))
        error = first_schema_error(root)
        if error is not None:
            raise QdpxSchemaError(
                f"{path.name}: {QDE_NAME} does not follow the QDA-XML schema. First error: {error}"
            )
        return _project(path, root, lambda name: _source_text(archive, by_name, name))


def _parse(path: Path, data: bytes) -> Element:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise UnsafeQdpx(
            f"{path.name}: {QDE_NAME} declares a DTD or entities, which a project file never needs "
            f"(refused: {exc})"
        ) from exc
    except ParseError as exc:
        raise DamagedQdpx(f"{path.name}: {QDE_NAME} is not well-formed XML ({exc})") from exc
    if root.tag != _q("Project"):
        raise QdpxSchemaError(
            f"{path.name}: {QDE_NAME} does not follow the QDA-XML schema. First error: the root "
            f"element is {root.tag!r}, not Project in {NS}"
        )
    return root


def _source_text(archive: zipfile.ZipFile, by_name: dict, name: str) -> str | None:
    info = by_name.get(name)
    if info is None:
        lowered = {n.lower(): i for n, i in by_name.items()}
        info = lowered.get(name.lower())
    if info is None:
        return None
    data = read_entry(archive, info, UnsafeQdpx)
    # The standard says UTF-8; some Windows programs write UTF-16 with a byte order mark.
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _guid(element: Element, attr: str = "guid") -> str:
    return normal_guid(element.get(attr, ""))


def _text_of(element: Element, read_file) -> str | None:
    content = element.find(_q("PlainTextContent"))
    if content is not None:
        return content.text or ""
    path = element.get("plainTextPath") or ""
    if path.startswith(INTERNAL):
        return read_file(SOURCES_DIR + path[len(INTERNAL) :])
    return None  # a path outside the archive: never followed


def _codes(parent: Element | None) -> list[QCode]:
    if parent is None:
        return []
    return [
        QCode(_guid(c), c.get("name", ""), c.get("color"), _codes(c))
        for c in parent.findall(_q("Code"))
    ]


def _refs(element: Element, tag: str) -> list[str]:
    return [_guid(r, "targetGUID") for r in element.findall(_q(tag))]


def _codings(element: Element) -> list[str]:
    # The schema, checked before reading, requires a CodeRef in every Coding.
    refs = (cast(Element, c.find(_q("CodeRef"))) for c in element.findall(_q("Coding")))
    return [_guid(r, "targetGUID") for r in refs]


def _project(path: Path, root: Element, read_file) -> QdpxProject:
    other: Counter = Counter()
    book = root.find(_q("CodeBook"))
    codes = _codes(book.find(_q("Codes")) if book is not None else None)
    variables = {
        _guid(v): v.get("name", "").casefold()
        for v in root.iterfind(f"{_q('Variables')}/{_q('Variable')}")
    }
    cases = []
    for c in root.iterfind(f"{_q('Cases')}/{_q('Case')}"):
        values = {}
        for vv in c.findall(_q("VariableValue")):
            ref = vv.find(_q("VariableRef"))
            name = variables.get(_guid(ref, "targetGUID"), "") if ref is not None else ""
            value = next((e.text or "" for e in vv if e.tag != _q("VariableRef")), "")
            if name:
                values[name] = value.strip()
        cases.append(
            QCase(
                _guid(c),
                (c.get("name") or "").strip(),
                values,
                _refs(c, "SelectionRef"),
                _refs(c, "SourceRef"),
                len(c.findall(_q("CodeRef"))),
            )
        )
    sources = []
    sources_el = root.find(_q("Sources"))
    for s in sources_el if sources_el is not None else ():
        kind = s.tag.removeprefix(f"{{{NS}}}")
        if kind in OTHER_SOURCES:
            other[kind] += 1
            continue
        selections = [
            QSelection(
                _guid(sel),
                int(sel.get("startPosition", "0")),
                int(sel.get("endPosition", "0")),
                _codings(sel),
                _refs(sel, "NoteRef"),
            )
            for sel in s.findall(_q("PlainTextSelection"))
        ]
        sources.append(
            QSource(
                _guid(s),
                (s.get("name") or "").strip(),
                _text_of(s, read_file),
                selections,
                len(s.findall(_q("Coding"))),
                _refs(s, "NoteRef"),
                len(s.findall(_q("VariableValue"))),
            )
        )
    memos = []
    for n in root.iterfind(f"{_q('Notes')}/{_q('Note')}"):
        description = n.find(_q("Description"))
        memos.append(
            QMemo(
                _guid(n),
                (n.get("name") or "").strip(),
                _text_of(n, read_file) or "",
                (description.text or "").strip() if description is not None else "",
            )
        )
    # Descriptions of codes, cases, sources and selections, and memos attached to codes:
    # RegWorkshop has no field for them.
    for tag in ("Code", "Case", "TextSource", "PlainTextSelection"):
        for element in root.iter(_q(tag)):
            if element.find(_q("Description")) is not None:
                other["description"] += 1
            if tag == "Code":
                other["code_memo"] += len(element.findall(_q("NoteRef")))
    for tag, key in (("Links", "Link"), ("Sets", "Set"), ("Graphs", "Graph"), ("Users", "User")):
        count = len(root.findall(f"{_q(tag)}/{_q(key)}"))
        if count:
            other[key] += count
    other = Counter({k: n for k, n in other.items() if n})
    return QdpxProject(
        path=path,
        name=root.get("name", ""),
        origin=root.get("origin", ""),
        codes=codes,
        cases=cases,
        sources=sources,
        memos=memos,
        other=other,
    )
