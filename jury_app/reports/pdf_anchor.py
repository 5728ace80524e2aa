"""The head of the audit trail written into the procès-verbal the jurors sign, and read back.

At generation (`pv_issue.issue_pv`) the PV's metadata gets /JuryAppPvTrail: the session and the
trail's last entry then (its number and hash). It is written before the first signature, so every
signature covers it; an update after the last signature shows as one (`modified_after_last_signature`)
and the PV then vouches for nothing. Once a juror has signed, the PV vouches for the whole trail up
to that entry (jury_app.data.anchors).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session as Orm

from jury_app.data import audit
from jury_app.data.audit import TrailHead
from jury_app.reports.signing import pdf_info

INFO_TRAIL = "PvTrail"


@dataclass(frozen=True)
class PdfAnchor:
    session_id: str
    head: TrailHead


def trail_info(orm: Orm, session_id: str) -> dict[str, str]:
    """The PV's metadata entry sealing the session's trail as it stands."""
    head = audit.head(orm, session_id)
    value = json.dumps({"session": session_id, "entries": head.entries, "head": head.head}, sort_keys=True)
    return {INFO_TRAIL: value}


def trail_anchor(pdf: bytes) -> PdfAnchor | None:
    """The anchor the PDF carries, or None (a PDF made elsewhere, or before anchors existed)."""
    try:
        data = json.loads(pdf_info(pdf).get(INFO_TRAIL, "null"))
    except Exception:
        return None
    if not isinstance(data, dict):
        return None
    session, entries, head = data.get("session"), data.get("entries"), data.get("head")
    if not isinstance(session, str) or type(entries) is not int or not isinstance(head, str):
        return None
    return PdfAnchor(session, TrailHead(entries, head))
