"""The jury's deliberation: marks side by side, common judgements, decisions, closing."""

from jury_app.ui.deliberation.deliberation_screen import DeliberationScreen

__all__ = ["DeliberationScreen"]
