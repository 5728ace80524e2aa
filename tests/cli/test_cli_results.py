"""`jury-app results export|import|status` through jury_app.cli.run."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from jury_app.cli import run

SID = "DEMO-CIP-2026-11"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def folders(tmp_path: Path, laptops: Any) -> dict[str, Path]:
    """Copies of J1's laptop and of the lead's, for the commands to write into."""
    shutil.copytree(laptops.j1, tmp_path / "j1")
    shutil.copytree(laptops.lead_template, tmp_path / "lead")
    return {"j1": tmp_path / "j1", "lead": tmp_path / "lead"}


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv("JURY_APP_PASSPHRASE", raising=False)
    monkeypatch.delenv("JURY_APP_PIN", raising=False)


def test_export(
    folders: dict[str, Path], tmp_path: Path, laptops: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "phrase secrète de Martine")
    monkeypatch.setenv("JURY_APP_PIN", "1111")
    out = tmp_path / "usb" / "j1.json"
    export = ["--data-dir", str(folders["j1"]), "results", "export", "--juror", "J1", "--out", str(out)]
    code = run([*export, "--candidate", "C01", "--candidate", "C05"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert laptops.fingerprints["J1"] in printed.out and str(out) in printed.out
    doc = json.loads(out.read_text("utf-8"))
    assert doc["scope"]["candidates"] == ["C01", "C05"] and doc["juror"]["id"] == "J1"


def test_export_wrong_passphrase_or_unknown_candidate(
    folders: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    base = ["--data-dir", str(folders["j1"]), "results", "export", "--juror", "J1", "--out", str(tmp_path / "o.json")]
    monkeypatch.setenv("JURY_APP_PIN", "1111")
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "pas la bonne phrase")
    assert run(base) == 2
    assert "phrase secrète incorrecte" in capsys.readouterr().err
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "phrase secrète de Martine")
    assert run([*base, "--candidate", "C99"]) == 2
    assert "candidat inconnu" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_export_without_terminal_nor_passphrase(
    folders: dict[str, Path], tmp_path: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    export = ["--data-dir", str(folders["j1"]), "results", "export", "--juror", "J1", "--out", str(tmp_path / "o.json")]
    assert run(export) == 2
    assert "JURY_APP_PIN" in capsys.readouterr().err  # the juror's PIN first
    monkeypatch.setenv("JURY_APP_PIN", "1111")
    assert run(export) == 2
    assert "JURY_APP_PASSPHRASE" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_export_in_another_jurors_name_needs_their_pin(
    folders: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """J2 at J1's laptop (J1 logged in or not) cannot export, nor make a key, in J1's name."""
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "n'importe quelle phrase")
    out = tmp_path / "o.json"
    for pin in ("2222", "0000", "111"):
        monkeypatch.setenv("JURY_APP_PIN", pin)
        base = ["--data-dir", str(folders["j1"]), "results", "export", "--out", str(out)]
        assert run([*base, "--juror", "J1"]) == 2
        assert "code personnel incorrect pour Martine Roussel" in capsys.readouterr().err
    assert not out.exists()


def test_export_asks_the_passphrase_on_a_terminal(
    folders: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.delenv("JURY_APP_PASSPHRASE", raising=False)
    monkeypatch.delenv("JURY_APP_PIN", raising=False)
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    monkeypatch.setattr(
        "getpass.getpass", lambda prompt="": "1111" if "Code" in prompt else "phrase secrète de Martine"
    )
    out = tmp_path / "o.json"
    assert run(["--data-dir", str(folders["j1"]), "results", "export", "--juror", "J1", "--out", str(out)]) == 0
    assert out.exists()


def test_import_without_terminal_needs_the_fingerprint_for_a_new_key(
    folders: dict[str, Path], laptops: Any, no_terminal: None, capsys: Any
) -> None:
    lead = ["--data-dir", str(folders["lead"]), "results"]
    for yes in ([], ["--yes"]):  # --yes never confirms a juror's key
        assert run([*lead, "import", str(laptops.j1_v1), *yes]) == 2
        printed = capsys.readouterr()
        assert laptops.fingerprints["J1"] in printed.out
        assert "[REFUSÉ]" in printed.out and "clé inconnue" in printed.out
        assert "--trust EMPREINTE" in printed.err
    trust = ["--trust", laptops.fingerprints["J1"][:16], "--trust", laptops.fingerprints["J2"].upper()]
    assert run([*lead, "import", str(laptops.j1_v1), str(laptops.j2_v1), *trust]) == 0
    printed = capsys.readouterr()
    assert printed.out.count("[IMPORTÉ]") == 2
    assert "critère CP1.3 : — → non satisfait (ajouté)" in printed.out
    assert "Bilan : 2 importé(s), 0 inchangé(s), 0 refusé(s)." in printed.out

    assert run([*lead, "import", str(laptops.j1_v1), str(laptops.j1_v2)]) == 0  # the key is known now
    printed = capsys.readouterr()
    assert "[INCHANGÉ]" in printed.out and "déjà importé" in printed.out
    assert "critère CP1.1 : satisfait → non satisfait (modifié)" in printed.out

    tampered = folders["lead"].parent / "altéré.json"
    tampered.write_bytes(laptops.j2_v1.read_bytes().replace(b'"satisfied"', b'"not_satisfied"', 1))
    assert run([*lead, "import", str(tampered)]) == 2
    printed = capsys.readouterr()
    assert "[REFUSÉ]" in printed.out and "signature invalide" in printed.out

    assert run(["--data-dir", str(folders["lead"]), "audit", "verify"]) == 0


def test_import_confirms_a_new_key_on_a_terminal(
    folders: dict[str, Path], laptops: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    lead = ["--data-dir", str(folders["lead"]), "results", "import"]
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    fingerprint = laptops.fingerprints["J1"]
    answers = iter(
        ["o", "", fingerprint[:7], ("0" if fingerprint[0] != "0" else "1") + fingerprint[1:8], fingerprint[:8]]
    )
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or next(answers))
    for _declined in range(4):  # "yes", nothing, too short, wrong: the key is not confirmed
        assert run([*lead, str(laptops.j1_v1)]) == 2
        assert "[REFUSÉ]" in capsys.readouterr().out
    assert run([*lead, str(laptops.j1_v1)]) == 0  # its first 8 characters, read on the juror's laptop
    assert all(fingerprint[:8] not in prompt for prompt in asked)  # the question does not give the answer
    printed = capsys.readouterr()
    assert "[IMPORTÉ]" in printed.out and f"enregistré (empreinte {laptops.fingerprints['J1']})" in printed.out


def test_status(folders: dict[str, Path], laptops: Any, no_terminal: None, capsys: Any) -> None:
    status = ["--data-dir", str(folders["lead"]), "results", "status"]
    assert run(status) == 0
    before = capsys.readouterr().out
    assert "Il manque des données" in before and "Martine Roussel :" in before
    trust = ["--trust", laptops.fingerprints["J1"]]
    assert run(["--data-dir", str(folders["lead"]), "results", "import", *trust, str(laptops.j1_v1)]) == 0
    capsys.readouterr()
    assert run([*status, "--session", SID]) == 0
    after = capsys.readouterr().out
    assert "Mise en situation professionnelle — Martine Roussel : complète, importée, signée (fichier du" in after
    assert run([*status, "--session", "INCONNUE"]) == 2


def test_jurors_list_pin_and_reset(
    folders: dict[str, Path], laptops: Any, no_terminal: None, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    j1 = ["--data-dir", str(folders["j1"]), "jurors"]
    assert run([*j1, "list"]) == 0
    listed = capsys.readouterr().out
    assert f"J1     Martine Roussel — code personnel choisi ; clé {laptops.fingerprints['J1']}" in listed
    assert run([*j1, "reset", "--juror", "J1", "--reason", "phrase oubliée"]) == 2  # no lead passphrase
    assert "JURY_APP_LEAD_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("JURY_APP_LEAD_PASSPHRASE", "phrase du responsable")
    assert run([*j1, "reset", "--juror", "J1", "--reason", "phrase oubliée"]) == 0
    done = capsys.readouterr().out
    assert "Clé du responsable de session créée" not in done  # made when the PINs were confirmed
    assert f"sa clé (empreinte {laptops.fingerprints['J1']}, révoquée)" in done
    assert run([*j1, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0] == {
        "id": "J1",
        "name": "Martine Roussel",
        "has_pin": False,
        "key_fingerprint": None,
    }
    monkeypatch.setenv("JURY_APP_PIN", "97531")
    assert run([*j1, "pin", "--juror", "J1"]) == 0
    assert run([*j1, "pin", "--juror", "J1"]) == 2  # once only: a new one after a reset
    assert "déjà un code" in capsys.readouterr().err
    assert run(["--data-dir", str(folders["j1"]), "audit", "verify"]) == 0
