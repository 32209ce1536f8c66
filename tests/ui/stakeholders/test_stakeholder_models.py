"""Every item model of the stakeholder view passes Qt's model tester, filled from the demo."""

from __future__ import annotations

from dataclasses import replace

import pytest

from regworkshop.services.project.project_service import load_project
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.engagement_service import EngagementService
from regworkshop.services.stakeholders.involvement_service import InvolvementService
from regworkshop.services.stakeholders.stakeholder_import import preview
from regworkshop.services.stakeholders.table_source import read_table
from regworkshop.ui.stakeholders.actor_table_model import ActorRow, ActorTableModel
from regworkshop.ui.stakeholders.compare_model import CompareModel, CompareRow
from regworkshop.ui.stakeholders.import_preview_model import ImportPreviewModel
from regworkshop.ui.stakeholders.person_table_model import PersonTableModel
from regworkshop.ui.stakeholders.plan_model import PlanModel
from tests.conftest import DEVICE
from tests.services.stakeholders.import_files import write_csv


@pytest.fixture(autouse=True)
def app(qapp):
    return qapp


@pytest.fixture
def demo(demo_path):
    store = load_project(demo_path, device_id=DEVICE)
    yield store
    store.close()


def test_actor_table_model(qtmodeltester, demo):
    actors = ActorService(demo).list_actors()
    rounds = AssessmentService(demo)
    values = rounds.values(rounds.current_round().id)
    engagement = EngagementService(demo).measure()
    model = ActorTableModel()
    model.set_rows([ActorRow(a, values.get(a.id), engagement.get(a.id)) for a in actors])
    qtmodeltester.check(model)
    assert model.rowCount() == len(actors)
    # in place: the same ids update with dataChanged, no reset
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    rows = model.rows()
    rows[2] = ActorRow(rows[2].actor, None, rows[2].engagement)
    model.set_rows(rows)
    assert changed == [(2, 2)] and resets == []
    qtmodeltester.check(model)


def test_person_model(qtmodeltester, demo):
    actor = ActorService(demo).list_actors()[0]
    model = PersonTableModel()
    model.set_rows(ActorService(demo).list_people(actor.id))
    qtmodeltester.check(model)


def test_plan_model(qtmodeltester, demo):
    model = PlanModel()
    model.set_rows(InvolvementService(demo).list())
    qtmodeltester.check(model)
    assert model.rowCount() > 18
    changed, resets = [], []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.modelReset.connect(lambda: resets.append(1))
    rows = model.rows()
    rows[3] = replace(rows[3], how="Per telefon")
    model.set_rows(rows)
    assert changed == [(3, 3)] and resets == []
    assert model.index(3, model.column_of("how")).data() == "Per telefon"


def test_compare_model(qtmodeltester, demo):
    service = AssessmentService(demo)
    first, second = service.rounds()
    engagement = EngagementService(demo).measure()
    model = CompareModel()
    model.set_rows(
        [CompareRow(m, engagement.get(m.actor_id)) for m in service.compare(first.id, second.id)]
    )
    qtmodeltester.check(model)


def test_import_preview_model(qtmodeltester, demo, tmp_path):
    plan = preview(demo, read_table(write_csv(tmp_path / "l.csv")))
    model = ImportPreviewModel()
    model.set_rows(plan.rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
