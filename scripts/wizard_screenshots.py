"""Prepares a 12-candidate, 2-day TP CIP session through the « Nouvelle session » wizard, as a session
lead would (lists in a workbook, a folder of PDFs), and saves each page into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/wizard_screenshots.py [OUT_DIR]

Everything goes through the real widgets and actions, on a throwaway data folder. It prints how long
the app took on each page and the actions the lead makes (clicks, fields typed, files chosen).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from reportlab.pdfgen import canvas

from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui import i18n
from jury_app.ui.app import make_application
from jury_app.ui.main_window import MainWindow
from jury_app.ui.wizard.wizard import CANDIDATES, CARDS, DOCUMENTS, DURATIONS, JURORS, PLAN, RESULT, SESSION

CANDIDATES_ROWS = [
    ("2026-001", "Mme", "Lefèvre", "Anaïs", "14/02/1988", "formation", "", "", 420),
    ("2026-002", "M.", "N'Diaye", "Moussa", "03/05/1990", "VAE", "", "", None),
    ("2026-003", "Mme", "D'Almeida", "Élodie", "03/07/1979", "formation", "", "", 400),
    ("2026-004", "M.", "Nguyen", "Bao", "21/11/1995", "formation", "", "", 390),
    ("2026-005", "Mme", "Peyrac", "Chloé", "01/01/1985", "VAE", "", "", None),
    ("2026-006", "M.", "Martin", "Hugo", "12/12/1992", "formation", "", "", 385),
    ("2026-007", "Mme", "Moreau", "Léa", "05/06/1991", "formation", "", "", 410),
    ("2026-008", "M.", "Lambert", "Théo", "09/09/1989", "VAE", "", "", None),
    ("2026-009", "Mme", "Girard", "Inès", "17/03/1983", "formation", "", "", 450),
    ("2026-010", "M.", "Fontaine", "Jules", "28/02/1994", "formation", "", "", 390),
    ("2026-011", "Mme", "Rousseau", "Manon", "30/10/1987", "VAE", "", "", None),
    ("2026-012", "M.", "Blanc", "Nathan", "11/04/1993", "formation", "", "", 400),
]
JURORS_ROWS = [
    ("Mme", "Roussel", "Martine", "présidente", "Conseillère en insertion", "Mission locale de Vienne"),
    ("M.", "Durand", "Paul", "membre", "Formateur", "AFPA"),
    ("Mme", "Benali", "Sofia", "présidente", "Conseillère", "France Travail"),
    ("M.", "O'Connor", "Liam", "membre", "Directeur", "PLIE du Nord-Isère"),
]
CARDS_ROWS = [
    ("Jeune sans qualification", "Mission locale", "Vous avez 19 ans et cherchez un premier emploi."),
    ("Reconversion", "France Travail", "Vous avez 45 ans et voulez changer de métier."),
    ("Travailleur handicapé", "Cap emploi", "Vous avez 38 ans."),
    ("Sortie de détention", "SPIP", "Vous avez 30 ans."),
    ("Mère isolée", "CCAS", "Vous avez 33 ans."),
    ("Senior", "APEC", "Vous avez 58 ans."),
]


def workbook(path: Path) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    sheets = {
        "Candidats": (
            ["Numéro de candidat", "Civilité", "Nom", "Prénom", "Date de naissance", "Parcours",
             "CCP ou blocs déjà acquis", "Temps supplémentaire (%)", "Heures en entreprise"],
            CANDIDATES_ROWS,
        ),
        "Jurés": (["Civilité", "Nom", "Prénom", "Rôle", "Profession", "Organisme"], JURORS_ROWS),
        "Fiches scénario": (["Titre", "Type de structure", "Texte du comédien"], CARDS_ROWS),
    }  # fmt: skip
    for name, (header, rows) in sheets.items():
        ws = book.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(list(row))
    book.save(path)
    return path


def documents(folder: Path) -> Path:
    for number, _civ, last, first, *_ in CANDIDATES_ROWS:
        for kind in ("dossier professionnel", "dossier projet"):
            path = folder / f"{number} {last} {first} - {kind}.pdf"
            path.parent.mkdir(parents=True, exist_ok=True)
            c = canvas.Canvas(str(path))
            c.drawString(72, 720, f"{kind.capitalize()} — {first} {last}")
            c.save()
    return folder


def save(widget: QWidget, out: Path, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(out / name), "PNG")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    i18n.install(app, os.environ.get("JURY_APP_LANG", "fr"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        book, folder = workbook(work / "session-mars.xlsx"), documents(work / "dossiers")
        ctx = AppContext(resolve(work / "data"))
        window = MainWindow(ctx, FakeClock(dt.datetime(2026, 2, 2, 8, 0, tzinfo=dt.UTC)))
        window.resize(1280, 720)
        window.show()
        window.show_welcome()
        timings: list[tuple[str, float, int]] = []
        started = time.perf_counter()

        def step(name: str, actions: int) -> None:
            timings.append((name, time.perf_counter() - started - sum(t for _, t, _ in timings), actions))

        window.welcome.new_button.click()
        wizard = window.wizard
        assert wizard is not None
        wizard.resize(1280, 720)
        save(wizard, out, "wizard-certification.png")
        step("Certification (TP CIP, session du titre : les choix par défaut)", 2)
        wizard.next()
        page = wizard.pages[SESSION]
        page.name.setText("Session CIP mars 2026")
        page.place.setText("Centre AFPA de Lyon")
        page.address.setText("12 rue de la Gare, 69003 Lyon")
        page.add_date(dt.date(2026, 3, 9))
        page.add_date(dt.date(2026, 3, 10))
        page.rooms.setValue(2)
        page.approval.setText("AG-69-0042")
        page.number.setText("2026-CIP-07")
        save(wizard, out, "wizard-session.png")
        step("Session : nom, lieu, adresse, 2 dates, 2 salles, agrément, numéro", 12)
        wizard.next()
        wizard.pages[JURORS].import_file(book)
        step("Jurés : importer le classeur", 3)
        wizard.next()
        wizard.pages[CANDIDATES].import_file(book)
        save(wizard, out, "wizard-candidates.png")
        step("Candidats : importer le classeur", 3)
        wizard.next()
        wizard.pages[DOCUMENTS].add_files([folder])
        save(wizard, out, "wizard-documents.png")
        step("Documents : glisser le dossier des 24 PDF", 2)
        wizard.next()
        wizard.pages[CARDS].import_file(book)
        step("Fiches scénario : importer le classeur", 3)
        wizard.next()
        wizard.pages[DURATIONS].set_minutes("et/presentation", 10)
        save(wizard, out, "wizard-durations.png")
        step("Durées à définir : présentation de l'entretien technique, 10 min", 2)
        wizard.next()
        assert wizard.currentId() == PLAN and not wizard.pages[PLAN].problem_list.count()
        save(wizard, out, "wizard-plan.png")
        step("Planning : relire les 48 passages proposés", 1)
        wizard.next()
        assert wizard.currentId() == RESULT
        wizard.pages[RESULT].path.setText(str(work / "cip-mars-2026.zip"))
        wizard.button(QWizard.WizardButton.FinishButton).click()
        for _ in range(20):
            app.processEvents()
        step("Paquet : écrire, vérifier, importer, ouvrir", 2)
        if window.ready_box is not None:  # where the package is, and what to do with it
            save(window.ready_box, out, "wizard-ready.png")
        assert window.session_id is not None, [
            p.problems.text() for p in wizard.pages.values() if hasattr(p, "problems")
        ]
        for name, seconds, actions in timings:
            print(f"{seconds * 1000:7.0f} ms  {actions:2d} action(s)  {name}")
        print(
            f"total : {sum(t for _, t, _ in timings):.2f} s de calcul, {sum(a for *_, a in timings)} actions de l'utilisateur"
        )
        ctx.close()


if __name__ == "__main__":
    main()
