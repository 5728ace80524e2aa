"""The version of the database schema this app knows: the newest migration's.

Checked against the migration scripts by a test; comparing it with the database's own version
avoids importing Alembic (0.2 s) at every start. A module of its own, so that the backups read it
without the database module (which reads the backups when a base is hurt).
"""

SCHEMA_HEAD = "0011"
