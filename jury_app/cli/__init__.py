"""The `jury-app` command: `main.py` parses and dispatches, `common.py` holds what every command
shares, and each other module holds one group of commands."""

from jury_app.cli.main import main, run

__all__ = ["main", "run"]
