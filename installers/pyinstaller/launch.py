"""PyInstaller's entry script: the installed `regworkshop` executable starts here."""

import sys

from regworkshop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
