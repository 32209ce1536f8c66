"""Erasure, pseudonyms, names in free text, consent and document status."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.errors import InvalidInput
from regworkshop.services.knowledge.search_texts import note_texts
from regworkshop.services.privacy.privacy_service import PrivacyService
from regworkshop.services.privacy.pseudonyms import find_names, pseudonyms
from regworkshop.services.privacy.records import PublicRecordProtected
from regworkshop.services.project.project_service import load_project
from regworkshop.services.safety.backup_service import BackupService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.merge_service import MergeService
from regworkshop.store.models import Note, Participation, Person, Session
from tests.conftest import DEVICE

NAME = "Fatima Hassan"


@pytest.fixture
def demo(demo_path, tmp_path):
    store = load_project(demo_path, device_id=DEVICE, backup_dir=tmp_path / "bk")
    yield store
    store.close()


def person_id(store, name=NAME) -> str:
    with store.session() as db:
        return db.scalars(select(Person.id).where(Person.name == name)).one()


def mention(store, pid, text):
    with store.unit_of_work() as db:
        note = db.scalars(select(Note).where(Note.person_id == pid)).first()
        note.text = text
        return note.id


def test_people_lists_consent_and_where_they_appear(demo):
    people = {p.name: p for p in PrivacyService(demo).people()}
    fatima = people[NAME]
    assert fatima.organisation == "Kattegattkustens Logistik AB"
    assert (fatima.consent_store, fatima.consent_name_org) == ("given", "refused")
    assert fatima.sessions >= 1 and fatima.notes >= 1


def test_erasure_removes_the_person_everywhere_and_from_the_bytes(demo, tmp_path):
    pid = person_id(demo)
    noted = mention(demo, pid, f"{NAME} vill ha bättre el till hamnen, säger {NAME.upper()}.")
    backups = BackupService(demo, tmp_path / "bk")
    backups.take("before-erasure")
    report = PrivacyService(demo).erase(pid, backups=[b.path for b in backups.backups()])
    assert report.attributions >= 1 and report.participations >= 1
    assert report.flagged_notes == (noted,) and report.redacted_notes == 1
    with demo.session() as db:
        person = db.get(Person, pid)
        assert person.erased and person.name == person.email == person.role == ""
        assert not db.scalars(select(Note).where(Note.person_id == pid)).all()
        assert not db.scalars(select(Participation).where(Participation.person_id == pid)).all()
        assert "[namn borttaget]" in db.get(Note, noted).text
    assert NAME not in [p.name for p in PrivacyService(demo).people()]
    path = demo.path
    demo.close()
    for file in [path, *(tmp_path / "bk").glob("*.rwproj")]:
        raw = file.read_bytes()
        assert b"Fatima" not in raw and b"fatima.hassan" not in raw, file


def test_an_older_bundle_does_not_bring_an_erased_person_back(demo, tmp_path):
    pid = person_id(demo)
    old = tmp_path / "old.rwbundle"
    write_bundle(demo, old, include_names=True)
    PrivacyService(demo).erase(pid)
    MergeService(demo, tmp_path / "bk").merge([read_bundle(old)])
    with demo.session() as db:
        person = db.get(Person, pid)
        assert person.erased and person.name == ""


def test_erasure_is_blocked_by_an_allman_handling(demo):
    pid = person_id(demo)
    with demo.session() as db:
        session_id = db.scalars(
            select(Participation.session_id).where(Participation.person_id == pid)
        ).first()
    privacy = PrivacyService(demo)
    privacy.set_doc_status("session", session_id, "public_record", "RH 2026/123")
    with pytest.raises(PublicRecordProtected, match="gallringsbeslut") as info:
        privacy.erase(pid)
    assert "RH 2026/123" in str(info.value)
    with demo.session() as db:
        assert db.get(Person, pid).name == NAME  # nothing changed
    with pytest.raises(PublicRecordProtected):
        SessionService(demo).delete(session_id)


def test_document_status_needs_a_diarienummer_and_retention_is_listed(demo):
    privacy = PrivacyService(demo)
    with demo.session() as db:
        session_id = db.scalars(select(Session.id)).first()
    with pytest.raises(InvalidInput):
        privacy.set_doc_status("session", session_id, "public_record", " ")
    privacy.set_doc_status("session", session_id, "working", retain_until=date(2026, 6, 30))
    due = privacy.due_for_review(date(2026, 7, 1))
    assert [d.id for d in due] == [session_id]
    assert privacy.due_for_review(date(2026, 6, 1)) == []


def test_consent_is_recorded_with_date_and_how(demo):
    pid = person_id(demo, "Jonas Wikström")
    privacy = PrivacyService(demo)
    privacy.set_consent(
        pid,
        store="given",
        quote="refused",
        name_org="given",
        given_on=date(2026, 5, 7),
        how="Muntligt vid intervjun",
    )
    people = {p.id: p for p in privacy.people()}
    assert people[pid].consent_quote == "refused"
    assert people[pid].consent_how == "Muntligt vid intervjun"
    with pytest.raises(InvalidInput):
        privacy.set_consent(
            pid, store="kanske", quote="given", name_org="given", given_on=None, how=""
        )


def test_bundles_are_pseudonymised_by_default(demo, tmp_path):
    out = tmp_path / "p.rwbundle"
    write_bundle(demo, out)
    raw = zipfile.ZipFile(out).read("data.json")
    assert b"Fatima Hassan" not in raw and b"@" not in raw
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["pseudonymised"] is True
    names = pseudonyms(demo)
    assert names[person_id(demo)] in raw.decode()
    assert names == pseudonyms(demo)  # stable
    assert any(v.startswith("Intervjuperson") for v in names.values())
    assert any(v.startswith("Deltagare") for v in names.values())


def test_a_pseudonymised_bundle_never_overwrites_real_names(demo, tmp_path):
    out = tmp_path / "p.rwbundle"
    write_bundle(demo, out)
    MergeService(demo, tmp_path / "bk").merge([read_bundle(out)])
    with demo.session() as db:
        assert db.get(Person, person_id(demo)).email.endswith(".example.se")
    copy, _ = project_from_bundle(read_bundle(out), tmp_path / "kopia.rwproj", device_id=DEVICE)
    named = tmp_path / "named.rwbundle"
    write_bundle(demo, named, include_names=True)
    MergeService(copy, tmp_path / "bk").merge([read_bundle(named)])
    with copy.session() as db:
        assert db.get(Person, person_id(demo)).name == NAME  # the real name arrives and wins
    copy.close()


def test_names_typed_in_free_text_are_found(demo):
    pid = person_id(demo)
    noted = mention(demo, pid, "Enligt fatima hassan behöver hamnen mer el.")
    found = find_names(demo, note_texts(demo))
    assert [(m.key, m.name) for m in found] == [(noted, NAME)]


def test_an_insight_that_is_an_allman_handling_cannot_be_deleted(demo):
    from regworkshop.services.knowledge.insight_service import InsightService

    privacy = PrivacyService(demo)
    insight = next(r for r in privacy.records() if r.kind == "insight")
    privacy.set_doc_status("insight", insight.id, "public_record", "RH 2026/9")
    with pytest.raises(PublicRecordProtected):
        InsightService(demo).delete(insight.id)
