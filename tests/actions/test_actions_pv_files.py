"""The PV in the data folder: generated where the jurors sign it, and a signed one replaced only
when the user said so. Real SQLite, real PDFs read back, real signatures."""

from __future__ import annotations

import pytest

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.pv_files import generate_pv, pv_path, pv_signatures
from jury_app.actions.signing import sign_report, verify_report
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput

SID = "DEMO-CIP-2026-11"


def test_a_signed_pv_is_replaced_only_when_the_user_said_so(ctx: AppContext, clock: FakeClock) -> None:
    assert pv_signatures(ctx, SID) == 0  # not generated yet
    path = generate_pv(ctx, SID, clock=clock)
    assert path == pv_path(ctx, SID) == ctx.paths.root / "reports" / SID / "proces-verbal.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert generate_pv(ctx, SID, clock=clock) == path  # unsigned: generated again without a question

    set_pin(ctx, SID, "J1", "1111")
    sign_report(ctx, SID, path, "J1", "phrase secrète de J1", clock, pin="1111")
    assert pv_signatures(ctx, SID) == 1
    signed = path.read_bytes()
    with pytest.raises(InvalidInput) as refused:
        generate_pv(ctx, SID, clock=clock)
    assert [p.message for p in refused.value.problems] == [
        "le procès-verbal porte déjà 1 signature(s) : le régénérer les efface, chaque juré devra signer à nouveau"
    ]
    assert path.read_bytes() == signed  # refused: the signed file is untouched

    assert generate_pv(ctx, SID, replace_signed=True, clock=clock) == path
    assert pv_signatures(ctx, SID) == 0
    assert verify_report(ctx, path, SID).signers == ()
