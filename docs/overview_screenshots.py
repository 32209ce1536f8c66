"""Build the three projects the overview's screenshots show, and grab the window.

    QT_QPA_PLATFORM=offscreen python docs/overview_screenshots.py [OUT_FOLDER]

An empty project, the demo (mid-project) and a finished project: the demo with the
remaining work done through the services (every kommun met, the new actor
interviewed and planned, the booked interviews held, every manual item ticked).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from regworkshop.services.demo.demo_service import create_demo  # noqa: E402
from regworkshop.services.guide.guide_service import MANUAL_KEYS, MethodGuideService  # noqa: E402
from regworkshop.services.project.project_service import new_project  # noqa: E402
from regworkshop.services.sessions.participant_service import ParticipantService  # noqa: E402
from regworkshop.services.sessions.session_service import SessionService  # noqa: E402
from regworkshop.services.stakeholders.actor_service import ActorService  # noqa: E402
from regworkshop.services.stakeholders.involvement_service import InvolvementService  # noqa: E402
from regworkshop.store.project_store import ProjectStore  # noqa: E402

DEVICE = "00000000-0000-4000-8000-00000000d0c5"


def finish(store: ProjectStore) -> None:
    """Do what the demo still has left, as a project team would, through the services."""
    actors = ActorService(store).list_actors()
    sessions = SessionService(store)
    participants = ParticipantService(store)
    guide = MethodGuideService(store)
    met = {
        actor_id
        for s in guide.facts().sessions
        if s.kind == "municipality_meeting"
        for actor_id in s.attended_actors
    }
    first = min(s.starts_at for s in guide.facts().sessions if s.starts_at)
    for n, actor in enumerate(a for a in actors if a.actor_type == "municipality"):
        if actor.id in met:
            continue
        meeting = sessions.create(
            f"Kommunmöte {actor.municipality}",
            "municipality_meeting",
            starts_at=first + timedelta(days=2 + n),
            place=f"{actor.municipality}s kommunhus",
        )
        participants.add(meeting.id, actor_id=actor.id, attendance="attended")
    now = store.clock()
    for row in sessions.list():
        if row.starts_at and row.starts_at > now:
            sessions.update(row.id, starts_at=now - timedelta(days=3))
            for p in participants.list(row.id):
                participants.set_attendance(p.id, "attended")
    planned = {a for a in guide.facts().actors_with_plan}
    for actor in actors:
        if actor.id not in planned:
            InvolvementService(store).create(actor.id, "interview", where="Digitalt")
    for key in sorted(MANUAL_KEYS):
        guide.set_ticked(key, True)


def grab(project: Path, out: Path, *, theme: str = "light", area: str = "overview") -> None:
    from regworkshop.ui.app import build_window, create_app
    from regworkshop.ui.shell.settings import Settings

    app = create_app()
    settings = Settings(QSettings(str(out.with_suffix(".ini")), QSettings.Format.IniFormat))
    settings.language, settings.theme = "en", theme
    window = build_window(settings)
    window.resize(1400, 1040)
    window.show()
    window.open_project(str(project))
    window.navigate(area)
    app.processEvents()
    window.grab().save(str(out))
    window.ctx.close_project()
    window.close()
    out.with_suffix(".ini").unlink(missing_ok=True)


def main(folder: Path) -> None:
    work = Path(tempfile.mkdtemp())
    empty = work / "Nytt projekt.rwproj"
    new_project(empty, "Regionalt planeringsunderlag Hylte 2027", device_id=DEVICE).close()
    demo = work / "demo.rwproj"
    create_demo(demo, device_id=DEVICE).close()
    done = work / "finished.rwproj"
    store = create_demo(done, device_id=DEVICE)
    finish(store)
    store.close()
    grab(empty, folder / "overview-empty.png")
    grab(demo, folder / "overview-demo.png")
    grab(done, folder / "overview-finished.png")
    grab(demo, folder / "overview-demo-dark.png", theme="dark")
    grab(demo, folder / "followup-dark.png", theme="dark", area="followup:commitments")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
