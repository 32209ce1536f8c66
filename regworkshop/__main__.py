"""Entry point: a subcommand runs the command line; anything else opens the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run `regworkshop [COMMAND …]`, `--self-test`, or the GUI on an optional project or bundle."""
    args = sys.argv[1:] if argv is None else argv
    from regworkshop.cli import main as cli

    if args[:1] == ["--self-test"]:
        from regworkshop.ui.self_test import run_self_test

        return run_self_test()
    if args and (args[0] in cli.SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        return cli.run(args)
    from regworkshop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
