"""The PV in the data folder: generated where the jurors sign it, kept while the deliberations stand,
replaced once they change, and a signed one replaced only when the user said so (and kept aside).
Real SQLite, real PDFs read back, real signatures."""

from __future__ import annotations

import pytest

from jury_app.actions import deliberation_close
from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.pv_files import generate_pv, pv_path, pv_signatures
from jury_app.actions.signing import sign_report, verify_report
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from tests.helpers.jury_day import close_the_demo_session

SID = "DEMO-CIP-2026-11"


def test_a_signed_pv_is_replaced_only_when_the_user_said_so(ctx: AppContext, clock: FakeClock) -> None:
    close_the_demo_session(ctx, SID)
    assert pv_signatures(ctx, SID) == 0  # not generated yet
    path = generate_pv(ctx, SID, clock=clock)
    assert path == pv_path(ctx, SID) == ctx.paths.root / "reports" / SID / "proces-verbal.pdf"
    first = path.read_bytes()
    assert first.startswith(b"%PDF")
    clock.advance(60)
    assert generate_pv(ctx, SID, clock=clock) == path
    assert path.read_bytes() == first  # the deliberations stand: the same PV, not a new one

    set_pin(ctx, SID, "J1", "1111", lead_passphrase="phrase du responsable")
    sign_report(ctx, SID, path, "J1", "phrase secrète de J1", clock, pin="1111")
    assert pv_signatures(ctx, SID) == 1
    signed = path.read_bytes()
    assert generate_pv(ctx, SID, clock=clock) == path and path.read_bytes() == signed  # kept, signature and all

    # The jury reopens C01's deliberation: the signed PV no longer says what was decided.
    deliberation_close.reopen_deliberation(ctx, SID, "C01", "J1", "Motif du CCP3 à préciser", clock)
    with pytest.raises(InvalidInput) as refused:
        generate_pv(ctx, SID, clock=clock)
    assert [p.message for p in refused.value.problems] == [
        "le procès-verbal porte déjà 1 signature(s) mais n'est plus à jour : le régénérer le remplace (il est "
        "gardé à part), chaque juré devra signer le nouveau"
    ]
    assert path.read_bytes() == signed  # refused: the signed file is untouched

    assert generate_pv(ctx, SID, replace_signed=True, clock=clock) == path
    assert pv_signatures(ctx, SID) == 0
    kept = sorted(path.parent.glob("proces-verbal-remplace-*.pdf"))
    assert [k.read_bytes() for k in kept] == [signed]  # the signed one kept aside, never deleted
    assert verify_report(ctx, path, SID).signers == ()
