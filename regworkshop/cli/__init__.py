"""The command line: the same services as the GUI, one module per command group. Qt-free.

`run` and `build_parser` are its stable entry points.
"""

from regworkshop.cli.main import (
    build_parser,
    is_command_line,
    run,
    subcommand_names,
    unknown_command,
)

__all__ = ["build_parser", "is_command_line", "run", "subcommand_names", "unknown_command"]
