"""Errors of the storage layer that upper layers name, kept free of heavy imports."""


class DatabaseError(Exception):
    """The database cannot be opened or brought up to date (message in French)."""
