"""Entry point of the packaged app (PyInstaller): the same `hearth` command as a pip install."""

import sys

from app.commands.cli import main

if __name__ == "__main__":
    sys.exit(main())
