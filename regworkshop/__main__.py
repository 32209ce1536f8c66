"""Entry point: a subcommand runs the command line, a project or bundle opens the app."""

from __future__ import annotations

import sys
from pathlib import Path

from regworkshop import PROJECT_SUFFIX
from regworkshop.services.sync.bundle_format import SUFFIX as BUNDLE_SUFFIX


def names_something_to_open(arg: str) -> bool:
    """Say whether *arg* is what the app opens: a path, a project or bundle name, or a URL."""
    if "://" in arg or Path(arg).exists():
        return True
    # A missing file is still a path, and the app says it is missing; only a bare word is a typo.
    path = Path(arg)
    return path.suffix.lower() in (PROJECT_SUFFIX, BUNDLE_SUFFIX) or path.name != arg


def main(argv: list[str] | None = None) -> int:
    """Run `regworkshop [COMMAND …]`, `--self-test`, or the GUI on an optional project or bundle."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--self-test"]:
        from regworkshop.ui.self_test import run_self_test

        return run_self_test()
    from regworkshop import cli

    if cli.is_command_line(args):
        return cli.run(args)
    if args and not names_something_to_open(args[0]):
        print(cli.unknown_command(args[0]), file=sys.stderr)
        return 2
    from regworkshop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
