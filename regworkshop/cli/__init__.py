"""The command line: the same services as the GUI, one module per command group. Qt-free."""
