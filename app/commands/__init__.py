"""Hearth's entry points: the `hearth` command (cli.py) and what its subcommands run.

Chat in a terminal, model management, the self-test and the benchmarks live here, apart
from the window (app.main, app.ui) and the Qt-free core they drive.
"""
