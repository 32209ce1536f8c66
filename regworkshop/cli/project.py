"""`regworkshop new|demo|info|check`: create, describe and check a project."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from regworkshop import PROJECT_SUFFIX
from regworkshop.cli.shared import EXIT_OK, EXIT_PROBLEMS, suffixed
from regworkshop.services.demo.demo_service import create_demo
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project, new_project, overview
from regworkshop.services.safety.project_check import check_project


def add_parser(sub) -> None:
    """Add `new`, `demo`, `info` and `check` to the main parser's subcommands."""
    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument(
        "path", help=f"the new project file (suffix {PROJECT_SUFFIX}) or a PostgreSQL URL"
    )
    p.add_argument("--title", default="", help="project title (default: the file name)")
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="project language")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="create a project filled with realistic demo content")
    p.add_argument("path", type=Path, help="the new project file")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="print what a project holds")
    p.add_argument("path", help="a project file or a database URL")
    p.add_argument("--json", action="store_true", help="print a stable JSON object")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="check a project file's integrity (read-only)")
    p.add_argument("path", type=Path, help="the project file")
    p.set_defaults(func=cmd_check)


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty project."""
    path = suffixed(args.path)
    title = args.title or (Path(path).stem if isinstance(path, Path) else "RegWorkshop")
    store = new_project(path, title, device_id=device_id(), language=args.lang)
    store.close()
    print(f"created {path}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a project filled with demo content."""
    path = suffixed(args.path)
    store = create_demo(path, device_id=device_id())
    counts = overview(store).counts
    store.close()
    print(
        f"created {path}: {counts['actors']} actors, {counts['sessions']} sessions, "
        f"{counts['notes']} notes"
    )
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    """Print what a project holds, as text or JSON."""
    store = load_project(args.path, device_id=device_id())
    try:
        info = overview(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(info.title)
    print(f"  id: {info.project_id}")
    for phase in info.phases:
        line = ", ".join(f"{item.key.replace('_', ' ')} {item.count}" for item in phase.items)
        print(f"  {phase.phase.value}: {line}")
    for s in info.sessions:
        when = s.starts_at.date().isoformat() if s.starts_at else "no date"
        print(f"    {when}  {s.id[:8]}  {s.kind:<22} {s.title}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Check a project file's integrity; exit 1 when it finds problems."""
    report = check_project(args.path)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_PROBLEMS
