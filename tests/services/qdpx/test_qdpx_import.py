"""Importing a .qdpx: the ATLAS.ti sample, the round trip of the demo, one transaction."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from regworkshop.export.qdpx.qdpx_writer import write_qdpx
from regworkshop.services.errors import InvalidInput
from regworkshop.services.project.project_service import load_project, new_project
from regworkshop.services.qdpx.qdpx_format import QdpxError
from regworkshop.services.qdpx.qdpx_import_service import QdpxImportService
from regworkshop.store.enums import Consent, SessionKind
from regworkshop.store.models import Actor, Cluster, Evidence, Insight, Note, Person, Session, Theme
from tests.conftest import DEVICE
from tests.demo_counts import demo_counts
from tests.services.sync.merge_helpers import snapshot

ATLAS = Path("/work/shared/standards/refi-qda/sample-atlas-project.qdpx")
ATLAS_COPY = Path(__file__).resolve().parents[2] / "data" / "sample-atlas-project.qdpx"


def _notes(store) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    """Each live note by id: (text, theme name, actor name, actor type)."""
    with store.session() as db:
        rows = db.execute(
            select(Note.id, Note.text, Theme.name, Actor.name, Note.actor_type, Actor.actor_type)
            .outerjoin(Theme, Theme.id == Note.theme_id)
            .outerjoin(Actor, Actor.id == Note.actor_id)
            .where(Note.deleted_at.is_(None))
        ).all()
    return {r[0]: (r[1], r[2], r[3], r[4] or r[5]) for r in rows}


def test_the_atlas_ti_sample_imports_without_error(store, tmp_path):
    before = {t.name for t in _themes(store)}
    service = QdpxImportService(store, tmp_path / "backups")
    plan = service.preview(ATLAS_COPY)
    assert plan.origin.startswith("ATLAS.ti")
    assert dict(plan.unmapped) == {"User": 2}
    done = service.apply(plan)
    assert done.themes == 3
    names = {t.name for t in _themes(store)} - before
    assert names == {
        "Commits",
        "Commits › 2022-05-10T02:05:59Z 19e4dce",
        "Commits › 2022-02-11T10:39:25Z cdbfd92",
    }


def test_the_shipped_copy_of_the_atlas_sample_is_the_real_file():
    if ATLAS.exists():
        assert ATLAS.read_bytes() == ATLAS_COPY.read_bytes()


def _themes(store):
    with store.session() as db:
        return db.scalars(select(Theme).where(Theme.deleted_at.is_(None))).all()


def _round_trip(demo_path, tmp_path, *, include_names=False):
    source = load_project(demo_path, device_id=DEVICE)
    try:
        write_qdpx(source, tmp_path / "demo.qdpx", include_names=include_names)
        expected = _notes(source)
        with source.session() as db:
            withheld = set(
                db.scalars(
                    select(Note.id)
                    .join(Person, Person.id == Note.person_id)
                    .where(Person.consent_name_org != Consent.GIVEN)
                )
            )
    finally:
        source.close()
    target = new_project(tmp_path / "ny.rwproj", "Ny", device_id=DEVICE)
    try:
        service = QdpxImportService(target, tmp_path / "backups")
        done = service.apply(service.preview(tmp_path / "demo.qdpx", SessionKind.WORKSHOP))
        return expected, _notes(target), withheld, done, target
    except BaseException:
        target.close()
        raise


def test_a_round_trip_of_the_demo_keeps_every_note_text_theme_and_actor(demo_path, tmp_path):
    expected, imported, withheld, done, target = _round_trip(demo_path, tmp_path)
    try:
        demo = demo_counts(demo_path)
        assert done.notes == len(expected) == demo["notes"]
        # Our ids travel as GUIDs, so the imported notes keep them.
        assert imported.keys() == expected.keys()
        for note_id, (text, theme, actor, kind) in expected.items():
            got_text, got_theme, got_actor, got_kind = imported[note_id]
            assert (got_text, got_theme, got_kind) == (text, theme, kind)
            # Consent decides: an organisation that may not be named arrives as its kind only.
            assert got_actor == (None if note_id in withheld else actor)
        assert withheld
        with target.session() as db:
            assert db.scalar(select(Session.kind).limit(1)) == SessionKind.WORKSHOP
            assert len(db.scalars(select(Cluster)).all()) == demo["clusters"]
            assert len(db.scalars(select(Insight)).all()) == demo["insights"]
            assert len(db.scalars(select(Evidence)).all()) == demo["evidence"]
    finally:
        target.close()


def test_with_consent_to_name_organisations_every_actor_survives(demo_path, tmp_path):
    store = load_project(demo_path, device_id=DEVICE)
    with store.unit_of_work() as db:
        for person in db.scalars(select(Person)):
            person.consent_name_org = Consent.GIVEN
    store.close()
    expected, imported, _, _, target = _round_trip(demo_path, tmp_path, include_names=True)
    target.close()
    assert imported == expected


def test_importing_the_same_file_again_changes_nothing(demo_path, tmp_path):
    _, _, _, _, target = _round_trip(demo_path, tmp_path)
    try:
        before = snapshot(target)
        plan = QdpxImportService(target).preview(tmp_path / "demo.qdpx")
        assert not plan.changes_anything
        assert dict(plan.unmapped)["source_exists"] == demo_counts(demo_path)["sessions"]
        assert snapshot(target) == before
    finally:
        target.close()


def test_a_failure_during_the_import_changes_nothing(demo_path, tmp_path):
    source = load_project(demo_path, device_id=DEVICE)
    write_qdpx(source, tmp_path / "demo.qdpx")
    source.close()
    target = new_project(tmp_path / "ny.rwproj", "Ny", device_id=DEVICE)
    try:
        before = snapshot(target)
        service = QdpxImportService(target, tmp_path / "backups")
        plan = service.preview(tmp_path / "demo.qdpx")

        def fail(done, total):
            raise OSError("disk full")

        with pytest.raises(OSError):
            service.apply(plan, progress=fail)
        assert snapshot(target) == before
        # The same plan still applies afterwards, once.
        service.apply(plan)
        with pytest.raises(QdpxError, match="changed since the preview"):
            service.apply(plan)
    finally:
        target.close()


def test_a_bad_session_kind_is_refused(store):
    with pytest.raises(InvalidInput, match="not a kind of session"):
        QdpxImportService(store).preview(ATLAS_COPY, "party")


def test_a_file_in_other_programs_habits_imports(store, tmp_path):
    """Braced upper-case GUIDs, a UTF-16 source, an inline source, a case per interview file."""
    text = "Intervjuare: Hur reser ni?\nSvar: Vi tar bussen till Halmstad, men den går sällan."
    start = text.index("Vi tar")
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="NVivo-projekt" origin="NVivo 14">'
        "<CodeBook><Codes>"
        '<Code guid="{A1111111-1111-4111-8111-111111111111}" name="Resor" isCodable="true" '
        'color="#00FF00"><Code guid="{B2222222-2222-4222-8222-222222222222}" name="Buss" '
        'isCodable="true"/></Code></Codes></CodeBook>'
        '<Variables><Variable guid="C3333333-3333-4333-8333-333333333333" name="Kommun" '
        'typeOfVariable="Text"/></Variables>'
        '<Cases><Case guid="D4444444-4444-4444-8444-444444444444" name="Halmstads kommun">'
        '<VariableValue><VariableRef targetGUID="C3333333-3333-4333-8333-333333333333"/>'
        "<TextValue>Halmstad</TextValue></VariableValue>"
        '<SourceRef targetGUID="E5555555-5555-4555-8555-555555555555"/></Case></Cases>'
        "<Sources>"
        '<TextSource guid="E5555555-5555-4555-8555-555555555555" name="Intervju Halmstad" '
        'plainTextPath="internal://e5555555.txt">'
        f'<PlainTextSelection guid="F6666666-6666-4666-8666-666666666666" '
        f'startPosition="{start}" endPosition="{len(text)}">'
        '<Coding guid="A7777777-7777-4777-8777-777777777777">'
        '<CodeRef targetGUID="B2222222-2222-4222-8222-222222222222"/></Coding>'
        "</PlainTextSelection></TextSource>"
        '<TextSource guid="A8888888-8888-4888-8888-888888888888" name="Anteckning">'
        "<PlainTextContent>Kort anteckning.</PlainTextContent>"
        '<PlainTextSelection guid="A9999999-9999-4999-8999-999999999999" startPosition="0" '
        'endPosition="4"/></TextSource></Sources></Project>'
    )
    path = tmp_path / "nvivo.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/E5555555.txt", text.encode("utf-16"))
    service = QdpxImportService(store, tmp_path / "backups")
    plan = service.preview(path, SessionKind.INTERVIEW)
    assert [a.name for a in plan.new_actors] == ["Halmstads kommun"]
    assert plan.new_actors[0].municipality == "Halmstad"
    assert dict(plan.unmapped)["uncovered_text"] > 0
    service.apply(plan)
    with store.session() as db:
        bus = db.get(Note, "f6666666-6666-4666-8666-666666666666")
        assert bus.text == text[start:]
        assert db.get(Theme, bus.theme_id).name == "Resor"
        assert db.get(Cluster, bus.cluster_id).name == "Buss"
        assert db.get(Actor, bus.actor_id).name == "Halmstads kommun"
        short = db.get(Note, "a9999999-9999-4999-8999-999999999999")
        assert short.text == "Kort" and short.theme_id is None and short.actor_id is None
        sessions = db.scalars(select(Session.title).order_by(Session.title)).all()
        assert sessions == ["Anteckning", "Intervju Halmstad"]
