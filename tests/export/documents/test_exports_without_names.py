"""Exports that leave the laptop carry no people's names unless asked: PDF, CSV, bundle."""

from __future__ import annotations

import zipfile

from pypdf import PdfReader
from sqlalchemy import select

from regworkshop.export.documents.agenda_pdf import export_agenda
from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.export.tables.stakeholder_export import export_table
from regworkshop.services.privacy.privacy_service import PrivacyService
from regworkshop.services.project.project_service import load_project
from regworkshop.services.stakeholders.stakeholder_listing import stakeholder_table
from regworkshop.store.models import Session
from tests.conftest import DEVICE


def test_handout_csv_and_bundle_hold_no_names(demo_path, tmp_path):
    store = load_project(demo_path, device_id=DEVICE, backup_dir=tmp_path / "b")
    try:
        names = [p.name for p in PrivacyService(store).people()]
        emails = [n.split()[0].lower() for n in names]
        with store.session() as db:
            workshop = db.scalars(select(Session).where(Session.kind == "workshop")).first()
        pdf = export_agenda(store, workshop.id, tmp_path / "agenda.pdf", "sv")
        csv = export_table(tmp_path / "intressenter.csv", stakeholder_table(store))
        write_bundle(store, tmp_path / "bunt.rwbundle")
    finally:
        store.close()
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Halmstads kommun" in pdf_text  # organisations are there
    csv_text = csv.read_bytes().decode("utf-8-sig")
    assert "Halmstads kommun" in csv_text
    bundle = zipfile.ZipFile(tmp_path / "bunt.rwbundle").read("data.json").decode()
    # The facilitator and note-taker are the region's own meeting roles, typed on the session.
    staff = {workshop.facilitator, workshop.note_taker, "Karin Åberg", "Peter Öberg"}
    for name in names:
        assert name not in csv_text, name
        if name not in staff:
            assert name not in pdf_text, name
            assert name not in bundle, name
    for local in emails:
        assert f"{local}." not in csv_text and f"{local}." not in bundle
