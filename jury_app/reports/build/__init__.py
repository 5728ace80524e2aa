"""Report builders: each reads an open database session once and returns a plain report object.

The only part of `jury_app.reports` that reads storage: the objects (`reports.model`) and the
renderers (`pdf_*`, `results_export`) know nothing of the database.
"""
