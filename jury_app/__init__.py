"""jury_app: certification juries' evaluations, deliberations and signed reports, offline."""

__version__ = "0.1.0"
