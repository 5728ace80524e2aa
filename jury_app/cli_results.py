"""`jury-app results export|import|status`: jurors' signed result files and the merge."""

from __future__ import annotations

import argparse


def add_results_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds the `results` group to the top-level commands."""
