"""The « Nouvelle session » wizard: a session package made, imported and opened from the lead's lists."""

from jury_app.ui.wizard.wizard import SessionWizard

__all__ = ["SessionWizard"]
