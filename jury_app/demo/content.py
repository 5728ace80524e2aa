"""The demonstration sessions, with invented people: a TP CIP title session, then, on the next day,
a CCP3 session followed at its end by the capitalisation interview (RE, seed 002, l. 1509).

The title session (DEMO-CIP-2026-11) is the one the app opens; C06, who capitalises her CCPs, is not
in it (a title session would only have given her the final interview): she sits the CCP3 session she
still lacks, then the capitalisation interview, holding CCP1 under the 2017 version of the title (the
arrêté's equivalence) and CCP2, each with its proof. The CCP3 session also has a candidate absent.

Everything here is fictitious: names, centre, structures, dossiers and the role-play cards. Each
package is built by `jury_app.demo.package`, its documents drawn by `jury_app.demo.documents`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

from jury_app.data.package.format import Centre, JuryMemberIn, ScenarioCardIn
from jury_app.demo.ids import DEMO_SESSION_ID as DEMO_SESSION_ID

DAY1 = dt.date(2026, 12, 7)
DAY2 = dt.date(2026, 12, 8)
DAY3 = dt.date(2026, 12, 9)
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
DocKind = Literal["dossier_professionnel", "dossier_projet", "livret_certification", "preuve_stage", "preuve_ccp"]


@dataclass(frozen=True)
class HeldProof:
    """A CCP held before the session, and the document that proves it."""

    unit_id: str
    obtained_on: dt.date
    proof_title: str
    obtained_under: str | None = None  # CODE@VERSION; None: this version of the title


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
    company_hours: int | None = None  # in-company periods (formation): 385 h at least for the title
    company: str = ""  # where they were done, as the proof says
    ecf: tuple[tuple[str, Literal["acquis", "non_acquis"], dt.date], ...] = ()  # formation path: ECF results
    held: tuple[HeldProof, ...] = ()  # the CCPs of `units_held`, with their proof
    absent: bool = False  # does not come: the demo marks them absent


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
        company_hours=420,
        company="Mission locale du Val d'Ozon",
        slots=(("qp", DAY1, "08:30"), ("msp", DAY1, "10:25"), ("et", DAY1, "11:10"), ("ef", DAY1, "16:10")),
        birth_date=dt.date(1994, 3, 21),
        candidate_number="2026-1101",
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
        company_hours=400,
        company="PLIE Porte Sud",
        slots=(("msp", DAY1, "09:15"), ("et", DAY1, "10:00"), ("qp", DAY1, "14:00"), ("ef", DAY1, "16:40")),
        civility="M.",
        birth_date=dt.date(1988, 11, 2),
        candidate_number="2026-1102",
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
        company_hours=390,
        company="Maison France services de Saint-Ambroise",
        slots=(("msp", DAY2, "09:10"), ("et", DAY2, "10:10"), ("qp", DAY2, "13:30"), ("ef", DAY2, "15:30")),
        civility="Mme",
        birth_date=dt.date(1991, 2, 4),
        candidate_number="2026-1103",
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
    "preuve_stage": "Attestation des périodes en entreprise",
    "preuve_ccp": "Relevé de résultats",
}
DOC_MEMBER_SUFFIX: dict[DocKind, str] = {
    "dossier_professionnel": "dp",
    "dossier_projet": "projet",
    "livret_certification": "livret",
    "preuve_stage": "preuve-stage",
    "preuve_ccp": "ccp",
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


_C06_CONTEXT = (
    "Conseillère à la Mission locale des Coteaux depuis 2019 ; CCP1 obtenu en juin 2019 (titre de "
    "2017) et CCP2 en février 2025 ; CCP3 présenté pour compléter le titre."
)
_C06_EXAMPLES = (
    "Accueil et diagnostic partagé avec des jeunes en situation de décrochage scolaire, en lien avec "
    "la plateforme de suivi et d'appui aux décrocheurs.",
    "Animation d'un atelier collectif « Budget et mobilité » et suivi individuel de jeunes en Contrat "
    "d'engagement jeune.",
    "Mise en place d'un parrainage avec un club d'entreprises : rencontres métiers, stages "
    "d'observation et offres d'apprentissage.",
)
_C06_CCP1 = HeldProof(
    "CCP1",
    dt.date(2019, 6, 21),
    "Relevé de résultats — CCP1, titre CIP de 2017 (arrêté du 11/12/2017)",
    obtained_under="TP-00403@07",
)
_C06_CCP2 = HeldProof("CCP2", dt.date(2025, 2, 14), "Relevé de résultats — CCP2")
CCP3_SESSION_ID = "DEMO-CIP-CCP3-2026-12"
CAPITALISATION_SESSION_ID = "DEMO-CIP-CAPI-2026-12"
_C06_CCP3 = HeldProof("CCP3", DAY3, f"Relevé de décision du jury — CCP3, session {CCP3_SESSION_ID}")

CCP3_CANDIDATES: tuple[Candidate, ...] = (
    Candidate(
        id="C06",
        first_name="Aurélie",
        last_name="Dumas",
        path="capitalisation",
        civility="Mme",
        birth_date=dt.date(1990, 9, 12),
        candidate_number="2026-1206",
        context=_C06_CONTEXT,
        examples=_C06_EXAMPLES,
        units_sought=("CCP3",),
        units_held=("CCP1", "CCP2"),
        held=(_C06_CCP1, _C06_CCP2),
        slots=(("projet", DAY3, "08:30"),),
    ),
    Candidate(
        id="C07",
        first_name="Lucie",
        last_name="Perrin",
        path="formation",
        civility="Mme",
        birth_date=dt.date(1998, 1, 27),
        candidate_number="2026-1207",
        context=(
            "Période en entreprise de 150 heures au service emploi de la communauté de communes du "
            "Val de Saône : relations avec les entreprises du territoire."
        ),
        examples=(
            "Accueil de demandeurs d'emploi au point emploi intercommunal.",
            "Suivi de bénéficiaires du RSA en lien avec le Département.",
            "Organisation d'un forum de l'emploi saisonnier avec les entreprises de la vallée.",
        ),
        units_sought=("CCP3",),
        company_hours=150,
        company="Communauté de communes du Val de Saône",
        absent=True,
        slots=(("projet", DAY3, "09:45"),),
    ),
    Candidate(
        id="C08",
        first_name="Mehdi",
        last_name="Roux",
        path="vae",
        civility="M.",
        birth_date=dt.date(1983, 4, 8),
        candidate_number="2026-1208",
        context=(
            "Cinq ans de chargé de relations entreprises dans un groupement d'employeurs pour "
            "l'insertion et la qualification (GEIQ propreté)."
        ),
        examples=(
            "Accueil et positionnement de candidats orientés par France Travail.",
            "Suivi de salariés en contrat de professionnalisation jusqu'à la qualification.",
            "Prospection d'entreprises adhérentes et construction de parcours d'intégration.",
        ),
        units_sought=("CCP3",),
        slots=(("projet", DAY3, "11:00"),),
    ),
)

CAPITALISATION_CANDIDATES: tuple[Candidate, ...] = (
    replace(  # C06 again, now holding CCP3 too: the interview at the end of the last CCP's session
        CCP3_CANDIDATES[0],
        units_sought=(),
        units_held=("CCP1", "CCP2", "CCP3"),
        held=(_C06_CCP1, _C06_CCP2, _C06_CCP3),
        slots=(("entretien_capitalisation", DAY3, "16:00"),),
    ),
)


@dataclass(frozen=True)
class DemoSession:
    id: str
    title: str
    kind: Literal["title", "ccp", "capitalisation"]
    unit_id: str | None
    dates: tuple[dt.date, ...]
    dates_text: str
    candidates: tuple[Candidate, ...]
    scenario_cards: tuple[ScenarioCardIn, ...] = ()
    durations: tuple[tuple[str, int], ...] = ()  # what the référentiel leaves to the session
    rooms: tuple[str, ...] = (ROOM_MSP, ROOM_ORAL)
    number: str = SESSION_NUMBER  # the session's number with the DREETS


TITLE_SESSION = DemoSession(
    DEMO_SESSION_ID, SESSION_TITLE, "title", None, (DAY1, DAY2), SESSION_DATES_TEXT, CANDIDATES, SCENARIO_CARDS
)
CCP3_SESSION = DemoSession(
    CCP3_SESSION_ID,
    "Session CCP3 CIP — démonstration",
    "ccp",
    "CCP3",
    (DAY3,),
    "9 décembre 2026",
    CCP3_CANDIDATES,
    rooms=(ROOM_ORAL,),
    number="2026-CIP-1209",
)
CAPITALISATION_SESSION = DemoSession(
    CAPITALISATION_SESSION_ID,
    "Entretien de capitalisation CIP, en fin de session du CCP3 — démonstration",
    "capitalisation",
    None,
    (DAY3,),
    "9 décembre 2026",
    CAPITALISATION_CANDIDATES,
    durations=(("entretien_capitalisation", 30),),  # the session lead's choice: the RE sets none
    rooms=(ROOM_ORAL,),
    number="2026-CIP-1210",
)
SESSIONS: tuple[DemoSession, ...] = (TITLE_SESSION, CCP3_SESSION, CAPITALISATION_SESSION)


@dataclass(frozen=True)
class CandidateDocument:
    kind: DocKind
    suffix: str  # of the attachment's id and file name
    title: str
    lines: tuple[str, ...]


def documents_for(session: DemoSession, c: Candidate) -> tuple[CandidateDocument, ...]:
    """The candidate's documents in the package: dossiers, proof of the in-company periods (arrêté of
    21/11/2022, art. 5) and one proof per CCP held before."""
    if session.kind == "capitalisation":
        kinds: tuple[DocKind, ...] = ("livret_certification",)
    elif c.company_hours is not None:
        kinds = ("dossier_professionnel", "dossier_projet", "preuve_stage")
    else:
        kinds = ("dossier_professionnel", "dossier_projet")
    docs = [CandidateDocument(k, DOC_MEMBER_SUFFIX[k], DOC_TITLES[k], tuple(document_lines(session, c, k))) for k in kinds]
    for h in c.held:
        under = f" sous {h.obtained_under}" if h.obtained_under else ""
        lines = (
            "## Certificat de compétences professionnelles",
            f"- {h.unit_id} acquis le {h.obtained_on:%d/%m/%Y}{under}",
            "## Relevé",
            f"Le jury a déclaré {c.first_name} {c.last_name} titulaire du {h.unit_id} du titre "
            "professionnel Conseiller en insertion professionnelle.",
        )
        docs.append(CandidateDocument("preuve_ccp", f"ccp-{h.unit_id.lower()}", h.proof_title, lines))
    return tuple(docs)


def document_lines(session: DemoSession, c: Candidate, kind: DocKind) -> list[str]:
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
    if kind == "preuve_stage":
        minimum = "385 heures pour le titre" if session.kind == "title" else "140 heures pour le CCP3"
        return [
            "## Périodes en entreprise",
            f"- Structure d'accueil : {c.company}",
            f"- Durée totale : {c.company_hours} heures (minimum exigé : {minimum})",
            "## Attestation",
            f"La structure d'accueil atteste que {c.first_name} {c.last_name} a effectué les périodes en "
            "entreprise ci-dessus dans le cadre de sa formation. Copie conservée par le responsable de "
            "session dans le dossier de la session.",
        ]
    return [
        "## Parcours de certification",
        *(f"- {unit} : acquis (relevé de résultats joint)" for unit in c.units_held),
        *(f"- {unit} : présenté à la session {session.id}" for unit in c.units_sought),
        "## Synthèse de l'expérience",
        *(f"- {example}" for example in c.examples),
    ]
