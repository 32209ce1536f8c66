"""`regworkshop notes list|add` and `regworkshop photo add`: a session's board from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from regworkshop.cli.shared import EXIT_ERROR, EXIT_OK, Parser
from regworkshop.services.board.note_service import NoteService
from regworkshop.services.board.photo_service import PhotoService
from regworkshop.services.board.voting_service import VotingService
from regworkshop.services.errors import InvalidInput
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project, project_language
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.themes.theme_service import ThemeService


def add_parser(sub) -> None:
    """Add `notes` (list, add) and `photo` (add) to the main parser's subcommands."""
    notes = sub.add_parser(
        "notes",
        help="list or add the sticky notes of a session",
        description="The notes of a session's board. SESSION is a session id or its first "
        "characters (`regworkshop info` does not list them; the app shows them).",
    )
    inner = notes.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    notes.set_defaults(func=lambda _a: _usage(notes))
    p = inner.add_parser("list", help="print the notes by theme, with who said them and dots")
    p.add_argument("project", help="the project file")
    p.add_argument("session", help="the session's id (or its start)")
    p.set_defaults(func=cmd_list)
    p = inner.add_parser("add", help="add a note under a theme (committed at once)")
    p.add_argument("project", help="the project file")
    p.add_argument("session", help="the session's id (or its start)")
    p.add_argument("--theme", required=True, help="the theme's name (as shown in the app)")
    p.add_argument("text", help="the note's text")
    p.set_defaults(func=cmd_add)

    photo = sub.add_parser("photo", help="attach photos of paper walls to a session")
    inner = photo.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    photo.set_defaults(func=lambda _a: _usage(photo))
    p = inner.add_parser("add", help="store a JPEG, PNG, GIF or WebP picture in the project")
    p.add_argument("project", help="the project file")
    p.add_argument("session", help="the session's id (or its start)")
    p.add_argument("file", help="the picture")
    p.add_argument("--caption", default="", help="a caption (default: the file name)")
    p.set_defaults(func=cmd_photo_add)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_ERROR


def _theme_id(store, session_id: str, name: str) -> str:
    language = project_language(store)
    wanted = " ".join(name.split()).casefold()
    for theme in ThemeService(store).list(session_id):
        if wanted in (theme.name.casefold(), theme.label(language).casefold()):
            return theme.id
    raise InvalidInput(f"no theme named {name!r} in this session")


def cmd_list(args: argparse.Namespace) -> int:
    store = load_project(args.project, device_id=device_id())
    try:
        session = SessionService(store).find(args.session)
        language = project_language(store)
        themes = ThemeService(store).list(session.id)
        notes = NoteService(store).list(session.id)
        rounds = VotingService(store).list(session.id)
    finally:
        store.close()
    print(f"{session.title}: {len(notes)} notes, {len(rounds)} voting round(s)")
    for theme in themes:
        mine = [n for n in notes if n.theme_id == theme.id]
        if not mine and theme.hidden:
            continue
        print(f"\n{theme.label(language)} ({len(mine)})")
        for note in mine:
            dots = f"  [{note.votes}]" if note.votes else ""
            print(f"  - {' '.join(note.text.split())}{dots}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    store = load_project(args.project, device_id=device_id())
    try:
        session = SessionService(store).find(args.session)
        theme_id = _theme_id(store, session.id, args.theme)
        note = NoteService(store).capture(session.id, theme_id, args.text)
    finally:
        store.close()
    print(f"added note {note.id}")
    return EXIT_OK


def cmd_photo_add(args: argparse.Namespace) -> int:
    data = Path(args.file).read_bytes()
    store = load_project(args.project, device_id=device_id())
    try:
        session = SessionService(store).find(args.session)
        photo = PhotoService(store).add(session.id, data, args.caption or Path(args.file).stem)
    finally:
        store.close()
    print(f"added photo {photo.id} ({photo.mime}, {photo.size} bytes)")
    return EXIT_OK
