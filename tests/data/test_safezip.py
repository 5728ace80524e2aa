"""Reading hostile zips: every trick is refused with a clear French problem naming the member."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_app.data.package.safezip import SafeZip, ZipLimits, name_problem
from jury_app.data.package.validate import validate_package
from jury_app.domain.problems import InvalidInput, Problem
from tests.helpers.package_builder import ATTACHMENTS, build_zip, patch_file, symlink_info

MakePackage = Callable[..., Path]
ONE_ATTACHMENT = "attachments/C1-dossier-professionnel.pdf"


def problems_of(path: Path, limits: ZipLimits | None = None) -> list[Problem]:
    with pytest.raises(InvalidInput) as info:
        if limits is None:
            validate_package(path)
        else:
            validate_package(path, limits=limits)
    problems = info.value.problems
    assert problems
    for p in problems:
        assert p.message
        assert "Traceback" not in p.message
    return problems


def messages_for(problems: list[Problem], member: str) -> list[str]:
    return [p.message for p in problems if p.member == member]


# --- member names ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("/etc/x", "chemin absolu"),
        ("C:/x", "chemin absolu"),
        ("c:x", "chemin absolu"),
        ("../x", "« .. »"),
        ("attachments/../../x", "« .. »"),
        ("attachments/./x.pdf", "« .. »"),
        ("attachments\\x.pdf", "barre oblique inverse"),
        ("..\\..\\windows\\x", "barre oblique inverse"),
        ("", "vide ou trop long"),
        ("a" * 256, "vide ou trop long"),
        ("attachments/x\x01.pdf", "caractère de contrôle"),
        ("attachments/CON.pdf", "Windows"),
        ("attachments/lpt1", "Windows"),
        ("attachments/x.pdf.", "Windows"),
        ("attachments/x.pdf ", "Windows"),
        ("attachments/e\u0301.pdf", "NFC"),
    ],
)
def test_name_problem_refuses_unsafe_names(name: str, expected: str) -> None:
    why = name_problem(name)
    assert why is not None
    assert expected in why


@pytest.mark.parametrize(
    "name", ["manifest.json", "referentiel.json", "attachments/C1-dossier.pdf", "attachments/", "a/b/c.txt", "é.pdf"]
)
def test_name_problem_accepts_ordinary_names(name: str) -> None:
    assert name_problem(name) is None


_name_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=100, deadline=None)
@given(_name_text, _name_text, st.sampled_from(["dotdot", "leading-slash", "backslash"]))
def test_name_problem_never_accepts_traversal(before: str, after: str, trick: str) -> None:
    if trick == "dotdot":
        # ".." as a whole component: at the start, in the middle or at the end.
        name = "/".join(part for part in (before, "..", after) if part)
    elif trick == "leading-slash":
        name = "/" + before + after
    else:
        name = before + "\\" + after
    assert name_problem(name) is not None


@settings(max_examples=100, deadline=None)
@given(_name_text)
def test_name_problem_always_returns_none_or_a_message(name: str) -> None:
    why = name_problem(name)
    assert why is None or (isinstance(why, str) and why)
    if why is None:
        assert ".." not in name.split("/") and "\\" not in name and not name.startswith("/")


@pytest.mark.parametrize(
    "name",
    ["/etc/x", "C:/x", "../evil.pdf", "attachments/../../evil", "attachments\\evil.pdf"],
)
def test_zip_with_unsafe_member_name_is_refused(make_package: MakePackage, name: str) -> None:
    pkg = make_package(extra={name: b"evil"})
    problems = problems_of(pkg)
    assert any(p.member == name.replace("\\", "\\\\") for p in problems), problems


def test_every_unsafe_member_is_reported_at_once(make_package: MakePackage) -> None:
    pkg = make_package(extra=[("/etc/x", b"1"), ("../y", b"2"), ("a\\b", b"3"), (symlink_info("link"), b"/etc")])
    members = {p.member for p in problems_of(pkg)}
    assert {"/etc/x", "../y", "a\\\\b", "link"} <= members


# --- member kinds -------------------------------------------------------------------------
def test_symlink_member_is_refused(make_package: MakePackage) -> None:
    pkg = make_package(extra=[(symlink_info("attachments/lien.pdf"), b"/etc/passwd")])
    assert "lien symbolique interdit" in messages_for(problems_of(pkg), "attachments/lien.pdf")


def test_encrypted_member_is_refused(make_package: MakePackage) -> None:
    pkg = patch_file(make_package(), ONE_ATTACHMENT, flags_or=0x1)
    assert "membre chiffré interdit" in messages_for(problems_of(pkg), ONE_ATTACHMENT)


def test_unsupported_compression_is_refused(packages_dir: Path) -> None:
    path = packages_dir / "bz2.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as zf:
        zf.writestr("manifest.json", b"{}")
    assert "méthode de compression non prise en charge" in messages_for(problems_of(path), "manifest.json")


def test_directory_entries_are_allowed_but_not_members(make_package: MakePackage) -> None:
    pkg = make_package(extra={"attachments/": b""})
    validate_package(pkg)


# --- duplicates -----------------------------------------------------------------------------
@pytest.mark.parametrize("second", ["manifest.json", "MANIFEST.json", "Manifest.JSON"])
def test_duplicate_names_are_refused_case_insensitively(make_package: MakePackage, second: str) -> None:
    pkg = make_package(extra=[(second, b"{}")])
    assert "membre en double (la casse mise à part)" in messages_for(problems_of(pkg), second)


def test_duplicate_attachment_differing_by_case(make_package: MakePackage) -> None:
    pkg = make_package(extra=[(ONE_ATTACHMENT.upper().replace("ATTACHMENTS", "attachments"), b"%PDF autre")])
    assert any("membre en double" in p.message for p in problems_of(pkg))


# --- counts and sizes -----------------------------------------------------------------------
def test_too_many_members(make_package: MakePackage) -> None:
    pkg = make_package(extra={f"attachments/x{i}.pdf": b"x" for i in range(10)})
    problems = problems_of(pkg, ZipLimits(max_members=5))
    assert len(problems) == 1
    assert "trop de membres (13, au plus 5)" in problems[0].message
    assert problems[0].member == pkg.name


def test_member_over_the_size_cap(make_package: MakePackage) -> None:
    pkg = make_package(extra={"attachments/gros.pdf": bytes(range(256)) * 8})
    problems = problems_of(pkg, ZipLimits(max_member_bytes=1024))
    assert any(
        m.startswith("membre trop volumineux (2048 octets, au plus 1024)")
        for m in messages_for(problems, "attachments/gros.pdf")
    )


def test_total_uncompressed_size_is_capped(make_package: MakePackage) -> None:
    pkg = make_package()
    problems = problems_of(pkg, ZipLimits(max_total_bytes=100))
    assert any("contenu décompressé trop volumineux" in p.message for p in problems)


def test_archive_size_is_capped(make_package: MakePackage) -> None:
    pkg = make_package()
    problems = problems_of(pkg, ZipLimits(max_archive_bytes=100))
    assert problems[0].message.startswith("fichier trop volumineux")


def test_decompression_bomb_with_default_limits(make_package: MakePackage) -> None:
    pkg = make_package(extra={"attachments/bombe.pdf": bytes(4 * 1024 * 1024)})
    assert pkg.stat().st_size < 100_000
    messages = messages_for(problems_of(pkg), "attachments/bombe.pdf")
    assert messages == ["taux de compression suspect (bombe de décompression ?)"]


def test_decompression_bomb_with_small_caps(make_package: MakePackage) -> None:
    pkg = make_package(extra={"attachments/bombe.pdf": bytes(20_000)})
    limits = ZipLimits(max_ratio=10, ratio_applies_above=1000)
    assert any("bombe de décompression" in m for m in messages_for(problems_of(pkg, limits), "attachments/bombe.pdf"))


def test_high_ratio_under_the_threshold_is_fine(make_package: MakePackage) -> None:
    # A small member may compress well: the ratio cap only applies above 256 KiB.
    pkg = make_package(extra={"attachments/zeros.pdf": bytes(200_000)})
    problems = problems_of(pkg)  # refused, but only because it is not declared
    assert messages_for(problems, "attachments/zeros.pdf") == ["membre non déclaré dans le manifeste"]


def test_bomb_hidden_by_a_lying_header_is_stopped_while_reading(make_package: MakePackage) -> None:
    # The headers claim 100 bytes; the data inflates to 4 MiB. The cap is on the bytes read.
    pkg = make_package(extra={"attachments/bombe.pdf": bytes(4 * 1024 * 1024)})
    patch_file(pkg, "attachments/bombe.pdf", file_size=100)
    with SafeZip(pkg) as z, pytest.raises(InvalidInput) as info:
        z.read("attachments/bombe.pdf", 10 * 1024 * 1024)
    (problem,) = info.value.problems
    assert problem.member == "attachments/bombe.pdf"
    assert problem.message


# --- headers that lie -----------------------------------------------------------------------
def test_header_claiming_a_smaller_size_is_caught(make_package: MakePackage) -> None:
    real = len(ATTACHMENTS[ONE_ATTACHMENT])
    pkg = patch_file(make_package(), ONE_ATTACHMENT, file_size=real - 10)
    messages = messages_for(problems_of(pkg), ONE_ATTACHMENT)
    assert messages == [f"taille {real - 10} octets, le manifeste annonce {real}"]


def test_header_and_manifest_both_lying_about_size_are_caught_when_reading(make_package: MakePackage) -> None:
    # The manifest agrees with the lying header: the bytes actually read still give it away.
    real = len(ATTACHMENTS[ONE_ATTACHMENT])

    def lie(m: dict) -> None:
        m["attachments"][0]["size"] = real + 50

    pkg = patch_file(make_package(mutate=lie), ONE_ATTACHMENT, file_size=real + 50)
    messages = messages_for(problems_of(pkg), ONE_ATTACHMENT)
    assert messages == [f"taille {real} octets, le manifeste annonce {real + 50}"]


def test_header_claiming_less_than_read_gives_a_clear_problem(make_package: MakePackage) -> None:
    real = len(ATTACHMENTS[ONE_ATTACHMENT])

    def lie(m: dict) -> None:
        m["attachments"][0]["size"] = real - 10

    pkg = patch_file(make_package(mutate=lie), ONE_ATTACHMENT, file_size=real - 10)
    messages = messages_for(problems_of(pkg), ONE_ATTACHMENT)
    assert len(messages) == 1
    assert messages[0].startswith(("membre illisible ou corrompu", "taille réelle supérieure"))


def test_crc_corrupted_member_gives_a_clear_problem(make_package: MakePackage) -> None:
    pkg = patch_file(make_package(), ONE_ATTACHMENT, crc=0xDEADBEEF)
    messages = messages_for(problems_of(pkg), ONE_ATTACHMENT)
    assert len(messages) == 1
    assert messages[0].startswith("membre illisible ou corrompu")


def test_crc_corrupted_manifest_gives_a_clear_problem(make_package: MakePackage) -> None:
    pkg = patch_file(make_package(), "manifest.json", crc=0)
    messages = messages_for(problems_of(pkg), "manifest.json")
    assert messages and messages[0].startswith("membre illisible ou corrompu")


# --- not a zip ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is not a zip", b"PK\x03\x04" + b"\x00" * 40, b"%PDF-1.4\n"],
    ids=["empty", "text", "truncated-zip", "pdf"],
)
def test_not_a_zip(packages_dir: Path, content: bytes) -> None:
    path = packages_dir / "paquet.zip"
    path.write_bytes(content)
    (problem,) = problems_of(path)
    assert problem.member == "paquet.zip"
    assert problem.message.startswith("ce n'est pas une archive zip lisible")


def test_truncated_zip(make_package: MakePackage) -> None:
    pkg = make_package()
    pkg.write_bytes(pkg.read_bytes()[:-30])
    assert problems_of(pkg)[0].message.startswith("ce n'est pas une archive zip lisible")


def test_missing_file(packages_dir: Path) -> None:
    (problem,) = problems_of(packages_dir / "absent.zip")
    assert problem.message == "fichier introuvable"


def test_a_directory_is_not_a_package(packages_dir: Path) -> None:
    (problem,) = problems_of(packages_dir)
    assert problem.message


def test_empty_zip_has_no_manifest(packages_dir: Path) -> None:
    path = build_zip(packages_dir / "vide.zip", [])
    (problem,) = problems_of(path)
    assert problem.message == "le paquet ne contient pas manifest.json"


# --- reading --------------------------------------------------------------------------------
def test_read_is_capped_by_the_caller_limit(make_package: MakePackage) -> None:
    with SafeZip(make_package()) as z, pytest.raises(InvalidInput) as info:
        z.read(ONE_ATTACHMENT, 10)
    assert info.value.problems[0].message == "taille réelle supérieure à la taille annoncée ou permise"


def test_digest_copies_and_hashes(make_package: MakePackage, tmp_path: Path) -> None:
    import hashlib

    progress: list[int] = []
    with SafeZip(make_package()) as z, (tmp_path / "copie").open("wb") as sink:
        digest, size = z.digest(ONE_ATTACHMENT, sink, progress.append)
    data = ATTACHMENTS[ONE_ATTACHMENT]
    assert (digest, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert (tmp_path / "copie").read_bytes() == data
    assert sum(progress) == len(data)


def test_safezip_closes_on_failure(make_package: MakePackage) -> None:
    z = SafeZip(make_package(extra={"../x": b"1"}))
    with pytest.raises(InvalidInput):
        z.open()
    assert z._zip is None
