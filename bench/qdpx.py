"""REFI-QDA export and import of the demo project scaled up to 20,000 notes.

Export is compared with its floor: plain ElementTree serialisation of the same note
texts (one element per note) zipped the same way, i.e. the least any XML export of
this content costs. Import (read + defusedxml + schema validation + plan + one
transaction) is compared with its floor: defusedxml parsing the same project.qde.
Ratios are measured / floor (lower is better).

    python bench/qdpx.py [--notes 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET


def best_ms(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def scale_up(store, notes: int) -> int:
    """Copy the demo's notes round-robin until the project holds *notes* live notes."""
    from sqlalchemy import func, select

    from regworkshop.store.models import Note

    with store.unit_of_work() as db:
        have = db.scalar(select(func.count()).select_from(Note))
        model = db.scalars(select(Note)).all()
        for i in range(notes - have):
            n = model[i % len(model)]
            db.add(
                Note(
                    session_id=n.session_id,
                    theme_id=n.theme_id,
                    cluster_id=n.cluster_id,
                    text=f"{n.text} (kopia {i})",
                    actor_id=n.actor_id,
                    actor_type=n.actor_type,
                    person_id=n.person_id,
                    is_quote=n.is_quote,
                    position=1000 + i,
                )
            )
    with store.session() as db:
        return db.scalar(select(func.count()).select_from(Note))


def floor_export(texts: list[str]) -> bytes:
    root = ET.Element("Project")
    for text in texts:
        ET.SubElement(root, "Note").text = text
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", ET.tostring(root, encoding="utf-8"))
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["REGWORKSHOP_HOME"] = home
        import defusedxml.ElementTree as SafeET
        from sqlalchemy import select

        from regworkshop.export.qdpx.qdpx_writer import write_qdpx
        from regworkshop.services.demo.demo_service import create_demo
        from regworkshop.services.project.project_service import new_project
        from regworkshop.services.qdpx.qdpx_format import first_schema_error, schema
        from regworkshop.services.qdpx.qdpx_import_service import QdpxImportService
        from regworkshop.store.models import Note

        store = create_demo(Path(home) / "demo.rwproj", device_id="bench")
        count = scale_up(store, args.notes)
        with store.session() as db:
            texts = list(db.scalars(select(Note.text)))
        out = Path(home) / "demo.qdpx"
        export_ms, written = best_ms(lambda: write_qdpx(store, out), args.runs)
        floor_ms, _ = best_ms(lambda: floor_export(texts), args.runs)
        store.close()
        size = out.stat().st_size
        with zipfile.ZipFile(out) as archive:
            qde = archive.read("project.qde")
        parse_ms, root = best_ms(lambda: SafeET.fromstring(qde), args.runs)
        schema()  # compiled once per process; not part of each import
        validate_ms, error = best_ms(lambda: first_schema_error(root), args.runs)
        assert error is None, error
        targets = []

        def fresh():
            target = new_project(Path(home) / f"t{len(targets)}.rwproj", "T", device_id="b")
            targets.append(target)
            return QdpxImportService(target, Path(home) / "backups")

        preview_ms, plan = best_ms(lambda: fresh().preview(out), args.runs)
        apply_times = []
        for _ in range(args.runs):
            service = fresh()
            plan = service.preview(out)
            start = time.perf_counter()
            done = service.apply(plan)
            apply_times.append((time.perf_counter() - start) * 1000)
        apply_ms = statistics.median(apply_times)
        for target in targets:
            target.close()
    print(f"project: {count} notes, {written.sources} sessions; .qdpx {size / 1e6:.1f} MB")
    print(f"export (read project, map, XML, zip)  {export_ms:8.0f} ms")
    print(
        f"  floor: ElementTree of the same texts {floor_ms:8.0f} ms   ratio {export_ms / floor_ms:.1f}"
    )
    print(f"import preview (zip, parse, validate, plan) {preview_ms:8.0f} ms")
    print(f"  of which defusedxml parse            {parse_ms:8.0f} ms")
    print(f"  of which schema validation           {validate_ms:8.0f} ms")
    print(f"import apply (backup + one transaction, {done.notes} notes) {apply_ms:8.0f} ms")
    total = preview_ms + apply_ms
    print(f"import total {total:8.0f} ms   ratio to the parse floor {total / parse_ms:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
