"""A .qdpx is untrusted: hostile or broken files are refused with a clear message, no change."""

from __future__ import annotations

import stat
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from regworkshop.export.qdpx.qdpx_writer import write_qdpx
from regworkshop.services.project.project_service import new_project
from regworkshop.services.qdpx.qdpx_format import (
    DamagedQdpx,
    NotAQdpx,
    QdpxSchemaError,
    UnsafeQdpx,
    xml_safe,
)
from regworkshop.services.qdpx.qdpx_import_service import QdpxImportService
from regworkshop.store.models import Note, Session, Theme
from tests.conftest import DEVICE
from tests.services.sync.merge_helpers import snapshot

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
GOOD = (
    '<Project xmlns="urn:QDA-XML:project:1.0" name="p">'
    "<CodeBook><Codes>"
    '<Code guid="11111111-1111-4111-8111-111111111111" name="Trafik" isCodable="true"/>'
    "</Codes></CodeBook>"
    "<Sources>"
    '<TextSource guid="22222222-2222-4222-8222-222222222222" name="Intervju 1" '
    'plainTextPath="{path}">'
    '<PlainTextSelection guid="33333333-3333-4333-8333-333333333333" startPosition="0" '
    'endPosition="{end}"><Coding guid="44444444-4444-4444-8444-444444444444">'
    '<CodeRef targetGUID="11111111-1111-4111-8111-111111111111"/></Coding>'
    "</PlainTextSelection></TextSource></Sources></Project>"
)
SOURCE = "Bussen går för sällan."


def _qdpx(path, qde: str, entries=None, *, source=SOURCE, link=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", qde.encode("utf-8"))
        archive.writestr("Sources/s.txt", source.encode("utf-8"))
        for name, data in (entries or {}).items():
            archive.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


def _good(end=None, path="internal://s.txt"):
    return HEAD + GOOD.format(end=len(SOURCE) if end is None else end, path=path)


def refused(store, path, error, match):
    before = snapshot(store)
    with pytest.raises(error, match=match):
        QdpxImportService(store).preview(path)
    assert snapshot(store) == before


def test_a_good_small_file_imports(store, tmp_path):
    service = QdpxImportService(store, tmp_path / "b")
    service.apply(service.preview(_qdpx(tmp_path / "ok.qdpx", _good())))
    with store.session() as db:
        note = db.scalars(select(Note)).one()
        assert note.text == SOURCE
        assert db.get(Theme, note.theme_id).name == "Trafik"


@pytest.mark.parametrize(
    ("name", "match"),
    [("../../evil.txt", "outside"), ("/etc/cron.d/x", "absolute"), ("C:/x.txt", "drive")],
)
def test_zip_slip_entries_are_refused(store, tmp_path, name, match):
    refused(store, _qdpx(tmp_path / "slip.qdpx", _good(), {name: b"x"}), UnsafeQdpx, match)


def test_links_are_refused(store, tmp_path):
    path = _qdpx(tmp_path / "link.qdpx", _good(), link="Sources/link.txt")
    refused(store, path, UnsafeQdpx, "link")


def test_a_zip_bomb_is_refused(store, tmp_path):
    path = _qdpx(tmp_path / "bomb.qdpx", _good(), {"Sources/bomb.txt": b"\0" * (8 << 20)})
    refused(store, path, UnsafeQdpx, "zip bomb")


def test_entity_expansion_is_refused(store, tmp_path):
    laughs = (
        HEAD + '<!DOCTYPE Project [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>'
    )
    refused(store, _qdpx(tmp_path / "laughs.qdpx", laughs), UnsafeQdpx, "DTD or entities")


def test_external_entities_are_refused(store, tmp_path):
    external = (
        HEAD + '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>'
    )
    refused(store, _qdpx(tmp_path / "xxe.qdpx", external), UnsafeQdpx, "DTD or entities")


def test_an_invalid_project_names_the_first_schema_error(store, tmp_path):
    bad = _good().replace(' isCodable="true"', "")
    refused(store, _qdpx(tmp_path / "bad.qdpx", bad), QdpxSchemaError, "First error: .*isCodable")
    bad = _good().replace('startPosition="0"', 'startPosition="zero"')
    refused(store, _qdpx(tmp_path / "bad2.qdpx", bad), QdpxSchemaError, "PlainTextSelection.*zero")


def test_xml_that_does_not_parse_is_damaged(store, tmp_path):
    path = _qdpx(tmp_path / "cut.qdpx", _good()[:200])
    refused(store, path, DamagedQdpx, "not well-formed")


def test_a_file_that_is_not_a_zip_or_has_no_project_is_refused(store, tmp_path):
    (tmp_path / "text.qdpx").write_text("hej")
    refused(store, tmp_path / "text.qdpx", NotAQdpx, "not a ZIP")
    with zipfile.ZipFile(tmp_path / "empty.qdpx", "w") as archive:
        archive.writestr("readme.txt", "hej")
    refused(store, tmp_path / "empty.qdpx", NotAQdpx, "project.qde")
    refused(store, tmp_path / "missing.qdpx", NotAQdpx, "no such file")


def test_paths_outside_the_archive_are_never_followed(store, tmp_path):
    plan = QdpxImportService(store).preview(
        _qdpx(tmp_path / "abs.qdpx", _good(path="file:///etc/passwd"))
    )
    assert dict(plan.unmapped) == {"source_without_text": 1}
    assert not plan.notes


def test_selections_outside_their_text_are_listed_not_imported(store, tmp_path):
    plan = QdpxImportService(store).preview(_qdpx(tmp_path / "far.qdpx", _good(end=10_000)))
    assert dict(plan.unmapped)["bad_selection"] == 1
    assert not plan.notes


TEXTS = st.text(
    st.one_of(
        st.characters(exclude_categories=("Cs",)),
        st.sampled_from("\x00\x01\x08\x0b\x0c\x1f\r\n\t\ufffe\uffff<&>\"'åäö€😀"),
    ),
    min_size=1,
    max_size=40,
)


@pytest.fixture
def target(project_target):
    store = new_project(project_target("ziel"), "Ziel", device_id=DEVICE)
    yield store
    store.close()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(TEXTS, min_size=1, max_size=5))
def test_any_note_text_survives_export_and_import_as_far_as_xml_allows(
    store, target, tmp_path_factory, texts
):
    tmp = tmp_path_factory.mktemp("prop")
    with store.unit_of_work() as db:
        session = Session(project_id=store.project_id, title="Egenskapstest")
        db.add(session)
        db.flush()
        notes = [Note(session_id=session.id, text=t, position=i) for i, t in enumerate(texts)]
        db.add_all(notes)
    write_qdpx(store, tmp / "p.qdpx")
    service = QdpxImportService(target, tmp / "backups")
    service.apply(service.preview(tmp / "p.qdpx"))
    # XML cannot carry control characters: they arrive as U+FFFD, everything else as typed.
    expected = {n.id: xml_safe(n.text.replace("\x00", "")) for n in notes}
    expected = {k: v for k, v in expected.items() if v.strip()}
    with target.session() as db:
        got = dict(
            db.execute(select(Note.id, Note.text).where(Note.session_id == session.id)).all()
        )
    assert got == expected


def test_what_has_no_place_in_a_project_is_listed_with_counts(store, tmp_path):
    qde = _good().replace(
        'isCodable="true"/>',
        'isCodable="true"><Description>Allt om trafik</Description></Code>',
    )
    qde = qde.replace(
        "</TextSource></Sources>",
        '</TextSource><PDFSource guid="55555555-5555-4555-8555-555555555555" name="Rapport"/>'
        "</Sources>"
        '<Links><Link guid="66666666-6666-4666-8666-666666666666"/></Links>',
    )
    plan = QdpxImportService(store).preview(_qdpx(tmp_path / "more.qdpx", qde))
    assert dict(plan.unmapped) == {"description": 1, "PDFSource": 1, "Link": 1}
    assert len(plan.notes) == 1
