"""`jury-app backup|archive|purge`: copies of the database, the session's archive, purging."""

from __future__ import annotations

import argparse


def add_archive_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds the `backup`, `archive` and `purge` groups to the top-level commands."""
