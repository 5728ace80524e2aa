"""`jury-app report sign|verify`: signing the procès-verbal and checking its signatures."""

from __future__ import annotations

import argparse


def add_signing_commands(report: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds the signing commands to the `report` group."""
