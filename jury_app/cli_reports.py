"""`jury-app report grid|pv|feedback|results`: the session's PDF reports and result exports."""

from __future__ import annotations

import argparse


def add_report_commands(report: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds the report-producing commands to the `report` group."""
