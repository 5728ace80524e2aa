"""The demonstration session: a TP CIP title session with invented people.

Everything here is fictitious: names, centre, structures, dossiers and the role-play cards. The
package is built from it by `jury_app.demo.package`, its documents drawn by `jury_app.demo.documents`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from jury_app.data.package.format import Centre, JuryMemberIn, ScenarioCardIn

DEMO_SESSION_ID = "DEMO-CIP-2026-11"

DAY1 = dt.date(2026, 12, 7)
DAY2 = dt.date(2026, 12, 8)
ROOM_MSP = "Salle Condorcet — mises en situation"
ROOM_ORAL = "Salle Olympe-de-Gouges — entretiens et questionnement"
CENTRE = Centre(
    name="Centre AFPA de démonstration",
    address="14 rue des Tanneurs, 69007 Lyon",
)
SESSION_TITLE = "Session titre CIP — démonstration"
APPROVAL_NUMBER = "AGR-69-2026-0412"  # invented, like everything here
SESSION_NUMBER = "2026-CIP-1107"
SESSION_DATES_TEXT = "7 et 8 décembre 2026"
CERTIFICATION_TEXT = "Titre professionnel Conseiller en insertion professionnelle (TP-00403, version 08)"

PathId = Literal["formation", "vae", "capitalisation"]
DocKind = Literal["dossier_professionnel", "dossier_projet", "livret_certification"]


@dataclass(frozen=True)
class Candidate:
    id: str
    first_name: str
    last_name: str
    path: PathId
    context: str  # where the practice described in the dossiers took place
    examples: tuple[str, str, str]  # one example of practice per activité type (CCP1..CCP3)
    units_sought: tuple[str, ...] = ("CCP1", "CCP2", "CCP3")
    units_held: tuple[str, ...] = ()
    extra_time_percent: int = 0
    accommodation_notes: str = ""  # private to the session lead: never printed
    slots: tuple[tuple[str, dt.date, str], ...] = ()  # (modality, day, "HH:MM")
    civility: Literal["M.", "Mme", ""] = ""
    birth_date: dt.date | None = None
    candidate_number: str = ""
    company_hours: int | None = None  # formation path: in-company hours done
    ecf: tuple[tuple[str, Literal["acquis", "non_acquis"], dt.date], ...] = ()  # formation path: ECF results
    held_on: tuple[tuple[str, dt.date], ...] = ()  # units held: when each was obtained


CANDIDATES: tuple[Candidate, ...] = (
    Candidate(
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
        slots=(("qp", DAY1, "08:30"), ("msp", DAY1, "10:25"), ("et", DAY1, "11:10"), ("ef", DAY1, "16:10")),
        birth_date=dt.date(1994, 3, 21),
        candidate_number="2026-1101",
        company_hours=420,
        ecf=(
            ("CCP1", "acquis", dt.date(2026, 6, 12)),
            ("CCP2", "acquis", dt.date(2026, 9, 18)),
            ("CCP3", "acquis", dt.date(2026, 11, 6)),
        ),
    ),
    Candidate(
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
        slots=(("msp", DAY1, "09:15"), ("et", DAY1, "10:00"), ("qp", DAY1, "14:00"), ("ef", DAY1, "16:40")),
        civility="M.",
        birth_date=dt.date(1988, 11, 2),
        candidate_number="2026-1102",
        company_hours=400,
        ecf=(
            ("CCP1", "acquis", dt.date(2026, 6, 12)),
            ("CCP2", "acquis", dt.date(2026, 9, 18)),
            ("CCP3", "non_acquis", dt.date(2026, 11, 6)),
        ),
    ),
    Candidate(
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
        slots=(("msp", DAY2, "09:10"), ("et", DAY2, "10:10"), ("qp", DAY2, "13:30"), ("ef", DAY2, "15:30")),
        civility="Mme",
        birth_date=dt.date(1991, 2, 4),
        candidate_number="2026-1103",
        company_hours=390,
        ecf=(
            ("CCP1", "acquis", dt.date(2026, 6, 12)),
            ("CCP2", "acquis", dt.date(2026, 9, 18)),
            ("CCP3", "acquis", dt.date(2026, 11, 6)),
        ),
    ),
    Candidate(
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
        slots=(("msp", DAY1, "11:35"), ("et", DAY1, "12:20"), ("qp", DAY1, "15:05"), ("ef", DAY1, "17:10")),
        civility="M.",
        birth_date=dt.date(1979, 7, 15),
        candidate_number="2026-1104",
    ),
    Candidate(
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
        slots=(("qp", DAY2, "08:30"), ("msp", DAY2, "10:50"), ("et", DAY2, "11:35"), ("ef", DAY2, "16:15")),
        civility="Mme",
        birth_date=dt.date(1985, 5, 30),
        candidate_number="2026-1105",
    ),
)

JURY = (
    JuryMemberIn(
        id="J1",
        last_name="Roussel",
        first_name="Martine",
        civility="Mme",
        role="president",
        profession="Conseillère en insertion professionnelle, Mission locale de l'Est lyonnais",
    ),
    JuryMemberIn(
        id="J2",
        last_name="Benali",
        first_name="Karim",
        civility="M.",
        role="member",
        profession="Chargé d'accompagnement, PLIE Uni-Est",
    ),
)

SCENARIO_CARDS = (
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

DOC_TITLES: dict[DocKind, str] = {
    "dossier_professionnel": "Dossier professionnel",
    "dossier_projet": "Dossier projet — questionnement à partir de production(s)",
    "livret_certification": "Livret de certification",
}
DOC_MEMBER_SUFFIX: dict[DocKind, str] = {
    "dossier_professionnel": "dp",
    "dossier_projet": "projet",
    "livret_certification": "livret",
}
PATH_TEXT: dict[PathId, str] = {
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


def documents_for(c: Candidate) -> tuple[DocKind, ...]:
    if c.path == "capitalisation":
        return ("dossier_professionnel", "livret_certification")
    return ("dossier_professionnel", "dossier_projet")


def document_lines(c: Candidate, kind: DocKind) -> list[str]:
    """The dossier's body: `## ` a heading, `### ` a sub-heading, `- ` a bullet, else a paragraph."""
    if kind == "dossier_professionnel":
        lines = ["## Exemples de pratique professionnelle"]
        for activity, example in zip(_ACTIVITY_TYPES, c.examples, strict=True):
            lines += [f"### {activity}", f"- {example}"]
        lines += [
            "## Déclaration sur l'honneur",
            f"Je soussigné{'e' if c.civility == 'Mme' else ''} {c.first_name} {c.last_name} déclare sur l'honneur "
            "que les renseignements fournis dans ce dossier sont exacts et que les réalisations jointes "
            "sont les miennes.",
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
