"""A session's heading in the status bar: its title, days (as the centre writes them) and centre."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from jury_app.domain.wording import fr_date


class SessionHeading(Protocol):
    """A `SessionDocument`, or the session's sign-in read before the ORM (`actions.sign_in`)."""

    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def dates(self) -> Sequence[str]: ...
    @property
    def centre(self) -> str: ...
    @property
    def timezone(self) -> str: ...


def heading_text(doc: SessionHeading) -> str:
    days = ", ".join(fr_date(date.fromisoformat(d)) for d in doc.dates)
    return f"{doc.title} — {days} — {doc.centre}"
