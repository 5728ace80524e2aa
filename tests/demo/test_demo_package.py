"""The demonstration package: valid, deterministic, realistic, with real PDFs."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import math
import os
import subprocess
import sys
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from jury_app.data.package.format import MANIFEST, Manifest
from jury_app.data.package.validate import ValidatedPackage, validate_package
from jury_app.demo.content import DEMO_SESSION_ID
from jury_app.demo.package import DEMO_PACKAGE_FILENAME, build_demo_package, write_demo_package
from jury_app.domain.referentiel import JuryPresence, Modality


@pytest.fixture(scope="module")
def package_bytes() -> bytes:
    return build_demo_package()


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory, package_bytes: bytes) -> ValidatedPackage:
    path = tmp_path_factory.mktemp("demo") / "demo.zip"
    path.write_bytes(package_bytes)
    return validate_package(path)


@pytest.fixture(scope="module")
def manifest(validated: ValidatedPackage) -> Manifest:
    return validated.manifest


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


# --- validity and determinism --------------------------------------------------------------------


def test_written_package_passes_validation(tmp_path: Path) -> None:
    path = write_demo_package(tmp_path / "demo.zip")
    assert path == tmp_path / "demo.zip"
    result = validate_package(path)
    session = result.manifest.session
    assert session.id == DEMO_SESSION_ID
    assert (session.certification.code, session.certification.version) == ("TP-00403", "08")
    assert session.kind == "title"
    assert session.unit_id is None
    assert result.session_definition.id == "titre"
    assert not result.referentiel_embedded
    assert len(session.rooms) == 2
    assert session.session_lead
    assert session.centre.name and session.centre.address


def test_two_builds_give_the_same_bytes(package_bytes: bytes) -> None:
    assert build_demo_package() == package_bytes


def test_build_leaves_reportlab_invariant_setting_alone() -> None:
    before = rl_config.invariant
    build_demo_package()
    assert rl_config.invariant == before


def test_same_bytes_in_another_process_timezone_and_epoch(package_bytes: bytes) -> None:
    code = (
        "import hashlib, sys\n"
        "from jury_app.demo.package import build_demo_package\n"
        "sys.stdout.write(hashlib.sha256(build_demo_package()).hexdigest())\n"
    )
    env = dict(os.environ, TZ="Pacific/Auckland", SOURCE_DATE_EPOCH="1700000000", PYTHONHASHSEED="12345")
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == hashlib.sha256(package_bytes).hexdigest()


def test_write_into_a_folder_replaces_atomically(tmp_path: Path, package_bytes: bytes) -> None:
    target = tmp_path / DEMO_PACKAGE_FILENAME
    target.write_bytes(b"old content")
    path = write_demo_package(tmp_path)
    assert path == target
    assert path.read_bytes() == package_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == [DEMO_PACKAGE_FILENAME]


def test_zip_layout_is_fixed(package_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(package_bytes)) as z:
        infos = z.infolist()
        assert infos[0].filename == MANIFEST
        for info in infos:
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr == 0o644 << 16
            assert info.compress_type == zipfile.ZIP_DEFLATED
            assert info.create_system == 3
        raw = z.read(MANIFEST).decode("utf-8")
        data = json.loads(raw)
        assert raw == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        assert [i.filename for i in infos[1:]] == [a["member"] for a in data["attachments"]]


# --- content ---------------------------------------------------------------------------------------


def test_candidates_cover_every_path_of_the_title_session(manifest: Manifest) -> None:
    candidates = manifest.candidates
    assert 5 <= len(candidates) <= 8
    assert [c.id for c in candidates] == [f"C{i:02d}" for i in range(1, len(candidates) + 1)]
    paths = [c.path for c in candidates]
    assert paths.count("formation") >= 2
    assert "vae" in paths
    # RE: capitalisation candidates take their interview at the end of the last CCP session, not here.
    assert "capitalisation" not in paths
    for c in candidates:
        assert c.first_name and c.last_name
        assert c.units_sought == ["CCP1", "CCP2", "CCP3"]
        assert c.units_held == []
    extra = [c for c in candidates if c.accommodations.extra_time_percent]
    assert len(extra) == 1
    assert extra[0].accommodations.extra_time_percent == 33
    assert extra[0].accommodations.notes == "tiers temps — RQTH"


def test_jury_and_scenario_cards(manifest: Manifest) -> None:
    assert [j.id for j in manifest.jury] == ["J1", "J2"]
    assert [j.role for j in manifest.jury].count("president") == 1
    assert all(j.profession for j in manifest.jury)
    cards = manifest.scenario_cards
    assert [c.id for c in cards] == ["S1", "S2", "S3", "S4"]
    assert len({c.structure_type for c in cards}) == 4
    for card in cards:
        assert 80 <= len(card.actor_text.split()) <= 150, card.id
        assert card.title


def _intervals(
    mod: Modality, start: dt.datetime, extra_percent: int
) -> tuple[tuple[dt.datetime, dt.datetime], list[tuple[dt.datetime, dt.datetime]]]:
    """The whole modality and the times the jury must be there, lengthened by extra time."""
    assert mod.duration_min is not None
    factor = (100 + extra_percent) / 100

    def at(minutes: float) -> dt.datetime:
        return start + dt.timedelta(minutes=math.ceil(minutes * factor))

    known = sum(p.duration_min or 0 for p in mod.phases)
    unknown = [p for p in mod.phases if p.duration_min is None]
    share = (mod.duration_min - known) / len(unknown) if unknown else 0.0
    jury: list[tuple[dt.datetime, dt.datetime]] = []
    offset = 0.0
    for phase in mod.phases:
        length = phase.duration_min if phase.duration_min is not None else share
        if phase.jury_presence == JuryPresence.REQUIRED:
            jury.append((at(offset), at(offset + length)))
        offset += length
    return (start, at(mod.duration_min)), jury


def _no_overlap(windows: list[tuple[dt.datetime, dt.datetime, str]], what: str) -> None:
    ordered = sorted(windows)
    for (_, end1, who1), (start2, _, who2) in itertools.pairwise(ordered):
        assert end1 <= start2, f"{what} : {who1} et {who2} se chevauchent"


def test_schedule_is_plausible(validated: ValidatedPackage) -> None:
    manifest = validated.manifest
    modalities = {m.id: m for m in validated.session_definition.modalities}
    candidates = {c.id: c for c in manifest.candidates}
    per_candidate: dict[str, dict[str, tuple[dt.datetime, dt.datetime]]] = defaultdict(dict)
    rooms: dict[str, list[tuple[dt.datetime, dt.datetime, str]]] = defaultdict(list)
    jury: list[tuple[dt.datetime, dt.datetime, str]] = []
    for entry in manifest.schedule:
        cand = candidates[entry.candidate_id]
        who = f"{entry.candidate_id}/{entry.modality_id}"
        whole, jury_windows = _intervals(
            modalities[entry.modality_id], entry.start, cand.accommodations.extra_time_percent
        )
        per_candidate[cand.id][entry.modality_id] = whole
        assert entry.room in manifest.session.rooms
        rooms[entry.room].append((*whole, who))
        jury += [(*w, who) for w in jury_windows]
        assert dt.time(8, 0) <= entry.start.time() and whole[1].time() <= dt.time(18, 30)

    assert set(per_candidate) == set(candidates)
    for cid, slots in per_candidate.items():
        if candidates[cid].path == "capitalisation":
            assert set(slots) == {"ef"}
        else:
            assert set(slots) == set(modalities)
        assert len({start.date() for start, _ in slots.values()}) == 1, cid
        for mod_id, (start, _) in slots.items():
            for before in modalities[mod_id].after:
                assert slots[before][1] <= start, f"{cid}: {mod_id} avant la fin de {before}"
        _no_overlap([(*w, m) for m, w in slots.items()], cid)
    for room, windows in rooms.items():
        _no_overlap(windows, room)
    _no_overlap(jury, "jury")


# --- attachments -----------------------------------------------------------------------------------


def _font_descriptors(reader: PdfReader) -> list[tuple[str, Any]]:
    found = []
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font")
        assert fonts is not None
        for font in fonts.get_object().values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type0":
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            else:
                descriptor = font.get("/FontDescriptor")
            found.append((str(font.get("/BaseFont")), descriptor))
    return found


def test_attachments_are_small_readable_pdfs_with_embedded_fonts(package_bytes: bytes, manifest: Manifest) -> None:
    members = _members(package_bytes)
    candidates = {c.id: c for c in manifest.candidates}
    kinds: dict[str, set[str]] = defaultdict(set)
    for a in manifest.attachments:
        assert a.candidate_id is not None
        candidate = candidates[a.candidate_id]
        kinds[candidate.id].add(a.kind)
        data = members[a.member]
        assert data.startswith(b"%PDF-")
        assert len(data) == a.size < 30 * 1024
        assert hashlib.sha256(data).hexdigest() == a.sha256
        reader = PdfReader(io.BytesIO(data))
        assert 1 <= len(reader.pages) <= 3
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert candidate.last_name in text
        assert DEMO_SESSION_ID in text
        assert reader.metadata is not None
        assert candidate.last_name in (reader.metadata.title or "")
        fonts = _font_descriptors(reader)
        assert fonts
        for name, descriptor in fonts:
            assert descriptor is not None, f"{a.member}: police non incorporée {name}"
            assert "/FontFile2" in descriptor.get_object(), f"{a.member}: {name}"
    for cid, candidate in candidates.items():
        assert "dossier_professionnel" in kinds[cid]
        if candidate.path in ("formation", "vae"):
            assert "dossier_projet" in kinds[cid]
