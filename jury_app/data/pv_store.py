"""The session's procès-verbal in the data folder (`reports/<session>/proces-verbal.pdf`), and the
certificates that check it there and in the archive (`proces-verbal-certificats.json`).

A signed PV is never deleted: when a newer one takes its place, it is kept aside, dated, beside it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from jury_app.data.files import read_bounded, write_atomic
from jury_app.domain.messages import msg
from jury_app.paths import AppPaths

MAX_PV_BYTES = 256 * 1024**2
CERTIFICATES_NAME = "proces-verbal-certificats.json"


def stored_pv(paths: AppPaths, session_id: str) -> bytes | None:
    path = paths.session_pv(session_id)
    return read_bounded(path, MAX_PV_BYTES, msg("le procès-verbal")) if path.is_file() else None


def store_pv(paths: AppPaths, session_id: str, pdf: bytes, *, keep_previous: bool, now: datetime) -> Path:
    """Writes the session's PV; the previous one, when it carried signatures (`keep_previous`), is
    first kept aside as `proces-verbal-remplace-<date>.pdf`."""
    path = paths.session_pv(session_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    if keep_previous and path.is_file():
        stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        os.replace(path, path.with_name(f"proces-verbal-remplace-{stamp}.pdf"))
    return write_atomic(path, pdf, mode=0o644)


def certificates_path(paths: AppPaths, session_id: str) -> Path:
    return paths.session_reports(session_id) / CERTIFICATES_NAME


def store_certificates(paths: AppPaths, session_id: str, data: bytes) -> Path:
    path = certificates_path(paths, session_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, data, mode=0o644)
