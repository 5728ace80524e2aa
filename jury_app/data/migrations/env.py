"""Alembic environment: the engine comes from the application, never from a config file."""

from typing import Any, Literal

from alembic import context

from jury_app.data.models import Base, UTCDateTime


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # Migrations stay self-contained: the UTC decorator is stored as a plain DATETIME.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():  # does nothing inside the caller's transaction
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:  # the app's: already in its write transaction, which it commits
    run(given)
else:
    with context.config.attributes["engine"].connect() as connection:
        run(connection)
        connection.commit()
