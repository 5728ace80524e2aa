"""The demonstration session package: a TP CIP title session with invented people.

`build_demo_package()` returns the same bytes on every call, on any machine, in any timezone and on
any day: the manifest is built through the `Manifest` model (so it is valid by construction) and
serialised with sorted keys; the candidates' documents are small PDFs drawn with reportlab in
invariant mode with a fixed date and identifier, in the DejaVu Sans fonts shipped in
resources/fonts; the zip members have a fixed order, date and attributes.

Everything here is fictitious: names, centre, structures and dossiers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from jury_app.data.package.format import (
    ATTACHMENTS_DIR,
    MANIFEST,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    Accommodations,
    AttachmentIn,
    CandidateIn,
    Centre,
    CertificationRef,
    JuryMemberIn,
    Manifest,
    ScenarioCardIn,
    ScheduleEntry,
    SessionInfo,
)
from jury_app.resources import resource

DEMO_SESSION_ID = "DEMO-CIP-2026-11"
DEMO_PACKAGE_FILENAME = f"{DEMO_SESSION_ID}.zip"

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_ZIP_MODE = 0o644 << 16
_ZIP_CREATE_SYSTEM = 3  # Unix, whatever the platform building the package
_PDF_DATE = "D:20261116090000+01'00'"  # dossiers "received" by the centre on 16/11/2026, 9:00
# One embedded font only, to keep each PDF small (a DejaVu subset weighs some 20 KB): headings
# are drawn bold by stroking the glyph outlines (text render mode 2) instead of a second font.
_FONT = "JuryAppDemo-DejaVuSans"

_DAY1 = dt.date(2026, 12, 7)
_DAY2 = dt.date(2026, 12, 8)
_ROOM_MSP = "Salle Condorcet — mises en situation"
_ROOM_ORAL = "Salle Olympe-de-Gouges — entretiens et questionnement"
_CENTRE = Centre(
    name="Centre AFPA de démonstration",
    address="14 rue des Tanneurs, 69007 Lyon",
)
_SESSION_TITLE = "Session titre CIP — démonstration"
_SESSION_DATES_TEXT = "7 et 8 décembre 2026"
_CERTIFICATION_TEXT = "Titre professionnel Conseiller en insertion professionnelle (TP-00403, version 08)"

PathId = Literal["formation", "vae", "capitalisation"]
DocKind = Literal["dossier_professionnel", "dossier_projet", "livret_certification"]


@dataclass(frozen=True)
class _Candidate:
    id: str
    first_name: str
    last_name: str
    path: PathId
    context: str  # where the practice described in the dossiers took place
    examples: tuple[str, str, str]  # one example of practice per activité type (CCP1..CCP3)
    units_sought: tuple[str, ...] = ("CCP1", "CCP2", "CCP3")
    units_held: tuple[str, ...] = ()
    extra_time_percent: int = 0
    accommodation_notes: str = ""
    slots: tuple[tuple[str, dt.date, str], ...] = ()  # (modality, day, "HH:MM")


_CANDIDATES: tuple[_Candidate, ...] = (
    _Candidate(
        id="C01",
        first_name="Camille",
        last_name="Lefèvre",
        path="formation",
        context=(
            "Période en entreprise de 420 heures à la Mission locale du Val d'Ozon : accueil de "
            "jeunes de 16 à 25 ans, suivi d'une cohorte en Contrat d'engagement jeune, "
            "animation d'ateliers collectifs et prospection auprès des employeurs du bassin."
        ),
        examples=(
            "Premier accueil d'un jeune de 18 ans sorti du lycée sans diplôme : analyse de la "
            "demande, repérage des freins (mobilité, logement) et pistes d'un diagnostic partagé.",
            "Contractualisation et suivi d'un parcours en Contrat d'engagement jeune : étapes, "
            "entretiens de suivi, atelier collectif « Se préparer à l'entretien d'embauche ».",
            "Préparation d'un job dating « Métiers de la logistique » avec deux entreprises "
            "partenaires : analyse des besoins, présélection, suivi des intégrations.",
        ),
        slots=(("qp", _DAY1, "08:30"), ("msp", _DAY1, "10:25"), ("et", _DAY1, "11:10"), ("ef", _DAY1, "16:10")),
    ),
    _Candidate(
        id="C02",
        first_name="Thomas",
        last_name="Girard",
        path="formation",
        context=(
            "Période en entreprise de 400 heures au PLIE Porte Sud : accompagnement renforcé de "
            "demandeurs d'emploi de longue durée et de bénéficiaires du RSA, en lien avec les "
            "structures d'insertion par l'activité économique du territoire."
        ),
        examples=(
            "Accueil d'une femme de 45 ans orientée par le Département : présentation de l'offre "
            "de services du PLIE, analyse de la demande, accord sur les premières étapes.",
            "Construction d'un parcours vers un emploi d'agent de propreté : immersion "
            "professionnelle (PMSMP), levée des freins de garde d'enfants, bilan à trois mois.",
            "Visite d'une entreprise de nettoyage industriel, identification de postes "
            "accessibles et mise en relation de trois participants du PLIE.",
        ),
        slots=(("msp", _DAY1, "09:15"), ("et", _DAY1, "10:00"), ("qp", _DAY1, "14:00"), ("ef", _DAY1, "16:40")),
    ),
    _Candidate(
        id="C03",
        first_name="Inès",
        last_name="Haddad",
        path="formation",
        context=(
            "Période en entreprise de 390 heures à l'espace emploi de la Maison France services "
            "de Saint-Ambroise : accueil tout public, accompagnement aux démarches en ligne, "
            "orientation vers les partenaires de l'emploi et de la formation."
        ),
        examples=(
            "Accueil d'un homme de 52 ans licencié économique, peu à l'aise avec le numérique : "
            "information sur les services en ligne et premier diagnostic partagé.",
            "Accompagnement d'une personne vers une formation qualifiante d'aide à domicile : "
            "recherche de financement, dossier d'inscription, suivi pendant la formation.",
            "Organisation d'une matinée de recrutement avec un service d'aide à domicile : "
            "fiche de poste, information collective, entretiens, bilan avec l'employeur.",
        ),
        extra_time_percent=33,
        accommodation_notes="tiers temps — RQTH",
        slots=(("msp", _DAY2, "09:10"), ("et", _DAY2, "10:10"), ("qp", _DAY2, "13:30"), ("ef", _DAY2, "15:30")),
    ),
    _Candidate(
        id="C04",
        first_name="Julien",
        last_name="Moreau",
        path="vae",
        context=(
            "Six ans d'expérience comme chargé d'accompagnement socioprofessionnel dans "
            "l'atelier chantier d'insertion « Les Jardins de la Chaux » (maraîchage biologique, "
            "vingt-quatre salariés en parcours)."
        ),
        examples=(
            "Entretien d'accueil d'un salarié en contrat à durée déterminée d'insertion à son "
            "arrivée : recueil de la situation, attentes, premiers objectifs partagés.",
            "Suivi d'un parcours de dix-huit mois : entretiens mensuels, formation aux premiers "
            "secours, préparation du permis de conduire, bilan de sortie.",
            "Développement d'un partenariat avec une coopérative agricole pour des immersions et "
            "des embauches saisonnières de salariés en fin de parcours.",
        ),
        slots=(("msp", _DAY1, "11:35"), ("et", _DAY1, "12:20"), ("qp", _DAY1, "15:05"), ("ef", _DAY1, "17:10")),
    ),
    _Candidate(
        id="C05",
        first_name="Sophie",
        last_name="Marchand",
        path="vae",
        context=(
            "Quatre ans d'expérience comme conseillère emploi dans l'entreprise de travail "
            "temporaire d'insertion « Tremplin Intérim » : accueil, délégation de missions, "
            "suivi des intérimaires et relation avec les entreprises clientes."
        ),
        examples=(
            "Accueil d'un jeune réfugié orienté par une association : information sur l'intérim "
            "d'insertion, évaluation du niveau de français, premières pistes de missions.",
            "Accompagnement d'une intérimaire vers un contrat à durée indéterminée dans le "
            "bâtiment : suivi des missions, formation CACES, entretien tripartite.",
            "Négociation d'une clause sociale avec une entreprise de travaux publics : "
            "analyse du besoin, sélection des candidats, suivi des heures d'insertion.",
        ),
        slots=(("qp", _DAY2, "08:30"), ("msp", _DAY2, "10:50"), ("et", _DAY2, "11:35"), ("ef", _DAY2, "16:15")),
    ),
    _Candidate(
        id="C06",
        first_name="Aurélie",
        last_name="Dumas",
        path="capitalisation",
        context=(
            "Conseillère à la Mission locale des Coteaux depuis 2023 ; CCP1 obtenu en juin 2024 "
            "et CCP2 en février 2025 ; CCP3 présenté pour compléter le titre."
        ),
        examples=(
            "Accueil et diagnostic partagé avec des jeunes en situation de décrochage scolaire, "
            "en lien avec la plateforme de suivi et d'appui aux décrocheurs.",
            "Animation d'un atelier collectif « Budget et mobilité » et suivi individuel de "
            "jeunes en Contrat d'engagement jeune.",
            "Mise en place d'un parrainage avec un club d'entreprises : rencontres métiers, "
            "stages d'observation et offres d'apprentissage.",
        ),
        units_sought=("CCP3",),
        units_held=("CCP1", "CCP2"),
        slots=(("ef", _DAY2, "14:55"),),
    ),
)

_JURY = (
    JuryMemberIn(
        id="J1",
        last_name="Roussel",
        first_name="Martine",
        role="president",
        profession="Conseillère en insertion professionnelle, Mission locale de l'Est lyonnais",
    ),
    JuryMemberIn(
        id="J2",
        last_name="Benali",
        first_name="Karim",
        role="member",
        profession="Chargé d'accompagnement, PLIE Uni-Est",
    ),
)

_SCENARIO_CARDS = (
    ScenarioCardIn(
        id="S1",
        title="Jeune sans diplôme venu chercher une aide financière",
        structure_type="Mission locale",
        actor_text=(
            "Vous jouez Lucas, 19 ans. Vous avez quitté le lycée professionnel en terminale "
            "(bac pro commerce) sans le diplôme, il y a un an. Depuis, vous avez fait quelques "
            "missions d'intérim en logistique, irrégulières. Vous vivez chez votre mère. Un "
            "copain vous a dit que la Mission locale « donne de l'argent » : votre demande est "
            "d'obtenir une aide financière rapidement. Vous êtes poli mais méfiant, vous "
            "répondez brièvement au début et regardez souvent votre téléphone. Seulement si le "
            "conseiller vous met en confiance et vous interroge : vous aimeriez passer le permis "
            "de conduire, vous avez une dette de téléphone de 300 euros, vous avez aimé votre "
            "stage dans un magasin de sport. Ne parlez pas de vous-même des tensions avec votre "
            "mère, qui voudrait que vous partiez."
        ),
    ),
    ScenarioCardIn(
        id="S2",
        title="Aide-soignante déclarée inapte, demande de formation",
        structure_type="France Travail",
        actor_text=(
            "Vous jouez Nadia Ferhat, 47 ans, aide-soignante pendant vingt ans en EHPAD. Après "
            "une hernie discale reconnue en accident du travail, le médecin du travail a "
            "prononcé votre inaptitude et vous avez été licenciée il y a quatre mois. Vous êtes "
            "inscrite à France Travail et indemnisée. Vous demandez « une formation de "
            "secrétaire médicale », parce qu'une ancienne collègue l'a faite. Vous êtes "
            "fatiguée, un peu découragée, et parlez avec émotion de votre ancien métier. "
            "Seulement si on vous pose la question : vous êtes mal à l'aise avec l'ordinateur, "
            "vous avez déposé une demande de reconnaissance de la qualité de travailleur "
            "handicapé sans réponse à ce jour, et vous aimeriez au fond garder un lien avec "
            "les personnes âgées."
        ),
    ),
    ScenarioCardIn(
        id="S3",
        title="Mère isolée au RSA qui veut « n'importe quel travail »",
        structure_type="PLIE",
        actor_text=(
            "Vous jouez Sandrine Lopes, 38 ans, mère de deux enfants de 6 et 10 ans, séparée "
            "depuis un an. Vous êtes bénéficiaire du RSA, orientée vers le PLIE par votre "
            "référente du Département. Vous avez été serveuse avant la naissance de votre "
            "premier enfant, puis vous avez arrêté de travailler. Votre demande : « trouver "
            "n'importe quel travail, vite ». Vous êtes volontaire et bavarde, vous vous "
            "dispersez parfois. Vous ne le dites que si on vous interroge : vous n'avez pas de "
            "solution de garde le mercredi ni après 18 heures, vous n'avez pas de voiture et le "
            "bus passe toutes les heures. Au fond, vous aimeriez travailler dans la vente ou "
            "l'accueil, mais vous n'osez pas le dire."
        ),
    ),
    ScenarioCardIn(
        id="S4",
        title="Salarié en fin de parcours d'insertion, peur de la sortie",
        structure_type="Structure d'insertion par l'activité économique",
        actor_text=(
            "Vous jouez Didier Kowalski, 54 ans, salarié en contrat à durée déterminée "
            "d'insertion depuis dix-huit mois dans un atelier chantier d'insertion d'entretien "
            "des espaces verts. Votre contrat se termine dans trois mois et vous êtes reçu pour "
            "préparer la sortie. Vous êtes ponctuel et apprécié de l'encadrant technique, mais "
            "vous répétez que « personne n'embauche à mon âge » et souhaitez rester dans la "
            "structure. Vous avez le permis B mais plus de voiture. Vous ne le dites que si on "
            "vous le demande : vous avez obtenu un CACES pendant le contrat, une entreprise de "
            "paysage vous a proposé un remplacement l'été dernier, refusé par peur d'échouer, "
            "et vous remboursez une dette de loyer."
        ),
    ),
)

_DOC_TITLES: dict[DocKind, str] = {
    "dossier_professionnel": "Dossier professionnel",
    "dossier_projet": "Dossier projet — questionnement à partir de production(s)",
    "livret_certification": "Livret de certification",
}
_DOC_MEMBER_SUFFIX: dict[DocKind, str] = {
    "dossier_professionnel": "dp",
    "dossier_projet": "projet",
    "livret_certification": "livret",
}
_PATH_TEXT: dict[PathId, str] = {
    "formation": "formation",
    "vae": "validation des acquis de l'expérience (VAE)",
    "capitalisation": "capitalisation de CCP",
}
_ACTIVITY_TYPES = (
    "Activité-type 1 — Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
    "Activité-type 2 — Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
    "Activité-type 3 — Mettre en œuvre une offre de services auprès des employeurs pour "
    "favoriser l'insertion professionnelle",
)
_PROJECT_PARTS = (
    "1. Présentation de la structure et de son offre de services",
    "2. Diagnostic du territoire : ressources, atouts et faiblesses socio-économiques",
    "3. Les partenariats et le travail en réseau",
    "4. Analyse d'un accompagnement individuel",
    "5. Analyse d'une action collective",
    "6. Mise en œuvre de l'offre de services auprès des employeurs",
    "7. Bilan et perspectives professionnelles",
)


def _documents_for(c: _Candidate) -> tuple[DocKind, ...]:
    if c.path == "capitalisation":
        return ("dossier_professionnel", "livret_certification")
    return ("dossier_professionnel", "dossier_projet")


# --- PDF -----------------------------------------------------------------------------------------


@cache
def _register_fonts() -> None:
    path = resource("fonts", "DejaVuSans.ttf")
    if not path.is_file():
        raise FileNotFoundError(f"Police introuvable : {path} (ressources incomplètes)")
    pdfmetrics.registerFont(TTFont(_FONT, str(path)))


@contextmanager
def _invariant_reportlab() -> Iterator[None]:
    previous = rl_config.invariant
    rl_config.invariant = 1
    try:
        yield
    finally:
        rl_config.invariant = previous


class _Page:
    """A few helpers over one reportlab canvas: a cursor going down the page, wrapped text."""

    MARGIN = 56.0

    def __init__(self, c: canvas.Canvas, doc_label: str) -> None:
        self.c = c
        self.doc_label = doc_label
        self.width, self.height = A4
        self.page_no = 1
        self.y = self.height - self.MARGIN

    def text(
        self,
        text: str,
        *,
        size: float = 10.5,
        bold: bool = False,
        gap: float = 4.0,
        indent: float = 0.0,
        bullet: bool = False,
    ) -> None:
        if bullet:
            indent += 12
        width = self.width - 2 * self.MARGIN - indent
        leading = size * 1.35
        for i, line in enumerate(simpleSplit(text, _FONT, size, width)):
            if self.y - leading < self.MARGIN + 20:
                self.new_page()
            if bullet and i == 0:
                self.c.setFont(_FONT, size)
                self.c.drawString(self.MARGIN + indent - 10, self.y - size, "•")
            self.c.saveState()  # the render mode and line width belong to the graphics state
            t = self.c.beginText(self.MARGIN + indent, self.y - size)
            t.setFont(_FONT, size)
            if bold:
                self.c.setLineWidth(size * 0.035)
                t.setTextRenderMode(2)  # fill and stroke: a bold weight from the regular font
            t.textLine(line)
            self.c.drawText(t)
            self.c.restoreState()
            self.y -= leading
        self.y -= gap

    def rule(self) -> None:
        self.c.setLineWidth(0.6)
        self.c.line(self.MARGIN, self.y, self.width - self.MARGIN, self.y)
        self.y -= 12

    def footer(self) -> None:
        self.c.setFont(_FONT, 8)
        self.c.drawString(self.MARGIN, 30, f"{self.doc_label} — document fictif de démonstration")
        self.c.drawRightString(self.width - self.MARGIN, 30, f"page {self.page_no}")

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page_no += 1
        self.y = self.height - self.MARGIN


def _render_pdf(c: _Candidate, kind: DocKind) -> bytes:
    _register_fonts()
    doc_title = _DOC_TITLES[kind]
    full_name = f"{c.first_name} {c.last_name}"
    buf = io.BytesIO()
    with _invariant_reportlab():
        cv = canvas.Canvas(
            buf,
            pagesize=A4,
            pageCompression=1,
            invariant=1,
            initialFontName=_FONT,
            initialFontSize=10,
            lang="fr-FR",
        )
        # The creation date and the /ID must not depend on SOURCE_DATE_EPOCH nor on the clock.
        cv.setDateFormatter(lambda *_: _PDF_DATE)
        cv._doc.signature = hashlib.md5(
            f"jury_app demo {DEMO_SESSION_ID} {c.id} {kind}".encode(), usedforsecurity=False
        )
        cv.setTitle(f"{doc_title} — {full_name}")
        cv.setAuthor(full_name)
        cv.setSubject(f"{_SESSION_TITLE} ({DEMO_SESSION_ID}) — document fictif")
        cv.setCreator("jury_app — paquet de démonstration")
        cv.setProducer("jury_app")
        cv.setKeywords("démonstration, TP-00403, CIP")

        page = _Page(cv, f"{doc_title} — {full_name}")
        page.text(_CERTIFICATION_TEXT, size=9, gap=24)
        page.text(doc_title, size=22, bold=True, gap=10)
        page.rule()
        page.text(f"Candidat·e : {full_name} ({c.id})", size=13, bold=True, gap=6)
        page.text(f"Parcours : {_PATH_TEXT[c.path]}", gap=2)
        if c.units_held:
            page.text(f"CCP déjà acquis : {', '.join(c.units_held)}", gap=2)
        page.text(f"CCP visés à cette session : {', '.join(c.units_sought)}", gap=2)
        page.text(f"Session : {_SESSION_TITLE} ({DEMO_SESSION_ID}), {_SESSION_DATES_TEXT}", gap=2)
        page.text(f"Centre : {_CENTRE.name}, {_CENTRE.address}", gap=16)
        page.text("Contexte d'exercice", bold=True, size=12)
        page.text(c.context, gap=16)
        for line in _body(c, kind):
            if line.startswith("## "):
                page.y -= 6
                page.text(line[3:], bold=True, size=12, gap=4)
            elif line.startswith("- "):
                page.text(line[2:], indent=8, bullet=True, gap=4)
            elif line.startswith("### "):
                page.text(line[4:], size=10.5, bold=True, gap=3)
            else:
                page.text(line, gap=8)
        page.y -= 10
        page.text(
            "Document fictif produit pour la démonstration de jury_app : les personnes, les "
            "structures et les situations décrites sont inventées.",
            size=8.5,
        )
        page.footer()
        cv.showPage()
        cv.save()
    return buf.getvalue()


def _body(c: _Candidate, kind: DocKind) -> list[str]:
    if kind == "dossier_professionnel":
        lines = ["## Exemples de pratique professionnelle"]
        for activity, example in zip(_ACTIVITY_TYPES, c.examples, strict=True):
            lines += [f"### {activity}", f"- {example}"]
        lines += [
            "## Déclaration sur l'honneur",
            f"Je soussigné·e {c.first_name} {c.last_name} déclare sur l'honneur que les "
            "renseignements fournis dans ce dossier sont exacts et que je suis l'auteur·e des "
            "réalisations jointes.",
        ]
        return lines
    if kind == "dossier_projet":
        return [
            "## Sommaire",
            *(f"- {part}" for part in _PROJECT_PARTS),
            "## Introduction",
            "Ce dossier présente l'analyse de ma pratique d'accompagnement individuel et "
            "collectif et la mise en œuvre de l'offre de services auprès des employeurs, à "
            "partir des situations suivantes :",
            *(f"- {example}" for example in c.examples),
        ]
    return [
        "## Parcours de certification",
        *(f"- {unit} : acquis (relevé de résultats joint)" for unit in c.units_held),
        *(f"- {unit} : présenté à la session {DEMO_SESSION_ID}" for unit in c.units_sought),
        "## Synthèse de l'expérience",
        *(f"- {example}" for example in c.examples),
    ]


# --- Manifest and zip ----------------------------------------------------------------------------


def _start(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return dt.datetime(day.year, day.month, day.day, int(hours), int(minutes))


def _schedule() -> list[ScheduleEntry]:
    entries = [
        ScheduleEntry(
            candidate_id=c.id,
            modality_id=modality,
            start=_start(day, hhmm),
            room=_ROOM_MSP if modality == "msp" else _ROOM_ORAL,
        )
        for c in _CANDIDATES
        for modality, day, hhmm in c.slots
    ]
    return sorted(entries, key=lambda e: (e.start, e.candidate_id))


def _attachments() -> list[tuple[AttachmentIn, bytes]]:
    out: list[tuple[AttachmentIn, bytes]] = []
    for c in _CANDIDATES:
        for kind in _documents_for(c):
            data = _render_pdf(c, kind)
            suffix = _DOC_MEMBER_SUFFIX[kind]
            meta = AttachmentIn(
                id=f"{c.id}-{suffix}",
                candidate_id=c.id,
                kind=kind,
                title=f"{_DOC_TITLES[kind]} — {c.first_name} {c.last_name}",
                member=f"{ATTACHMENTS_DIR}{c.id}-{suffix}.pdf",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            )
            out.append((meta, data))
    return out


def _manifest(attachments: Sequence[AttachmentIn]) -> Manifest:
    return Manifest(
        format=PACKAGE_FORMAT,
        format_version=PACKAGE_FORMAT_VERSION,
        session=SessionInfo(
            id=DEMO_SESSION_ID,
            title=_SESSION_TITLE,
            certification=CertificationRef(code="TP-00403", version="08"),
            kind="title",
            dates=[_DAY1, _DAY2],
            centre=_CENTRE,
            rooms=[_ROOM_MSP, _ROOM_ORAL],
            session_lead="Nathalie Berthier",
        ),
        jury=list(_JURY),
        candidates=[
            CandidateIn(
                id=c.id,
                last_name=c.last_name,
                first_name=c.first_name,
                path=c.path,
                units_sought=list(c.units_sought),
                units_held=list(c.units_held),
                accommodations=Accommodations(extra_time_percent=c.extra_time_percent, notes=c.accommodation_notes),
            )
            for c in _CANDIDATES
        ],
        schedule=_schedule(),
        scenario_cards=list(_SCENARIO_CARDS),
        attachments=list(attachments),
    )


def _add(z: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = _ZIP_MODE
    info.create_system = _ZIP_CREATE_SYSTEM
    z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def build_demo_package() -> bytes:
    """The demonstration package, as zip bytes: the same bytes on every call."""
    attachments = _attachments()
    manifest = _manifest([meta for meta, _ in attachments])
    manifest_bytes = (
        json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    ).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _add(z, MANIFEST, manifest_bytes)
        for meta, data in attachments:
            _add(z, meta.member, data)
    return buf.getvalue()


def write_demo_package(out: Path) -> Path:
    """Write the demo package to `out` (or into it, when it is a folder), atomically."""
    target = out / DEMO_PACKAGE_FILENAME if out.is_dir() else out
    data = build_demo_package()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.chmod(0o644)  # mkstemp makes it private; a package is an ordinary document
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
