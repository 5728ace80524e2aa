"""The demonstration sessions of the two RNCP certifications of the seeds, with invented people.

RNCP35667 « Chargé d'insertion professionnelle » (seed 003) and RNCP35635 « Conseiller en transition
professionnelle » (seed 000). Everything here is fictitious: names, centres, structures, examples.
The référentiels leave the durations of their timed modalities to the session: the packages set
them (`durations`), and say why each session is held after its certification's registration ended
(both registrations had ended, on 17/06/2023 and 24/07/2025).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from jury_app.data.package.format import Centre, JuryMemberIn

PathId = Literal["formation", "vae"]


@dataclass(frozen=True)
class RncpCandidate:
    id: str
    civility: Literal["M.", "Mme"]
    first_name: str
    last_name: str
    path: PathId
    context: str  # where the practice the documents describe took place
    examples: tuple[str, ...]  # one example of practice per block, in the référentiel's order
    slots: tuple[tuple[str, str], ...] = ()  # (timed modality, "HH:MM") on the session's day
    weak: frozenset[str] = frozenset()
    """Competences both jurors judge not acquired."""
    split: frozenset[str] = frozenset()
    """Competences the jurors judge differently (the first acquired, the second not)."""
    complementary: str = ""
    """When not empty: the jury cannot agree on the certification and orders a complementary
    evaluation, for this reason."""


@dataclass(frozen=True)
class RncpDemo:
    code: str
    version: str
    session_id: str
    title: str
    day: dt.date
    centre: Centre
    rooms: tuple[str, ...]
    session_lead: str
    jury: tuple[JuryMemberIn, ...]
    candidates: tuple[RncpCandidate, ...]
    durations: dict[str, int] = field(default_factory=dict)
    registration_ended_reason: str = ""
    certification_text: str = ""


RNCP35667 = RncpDemo(
    code="RNCP35667",
    version="1",
    session_id="DEMO-RNCP35667",
    title="Certification Chargé d'insertion professionnelle — démonstration",
    day=dt.date(2026, 12, 14),
    centre=Centre(name="Maison familiale rurale de démonstration", address="3 chemin des Écoliers, 38430 Moirans"),
    rooms=("Salle Belledonne — oraux", "Salle Chartreuse — études de cas"),
    session_lead="Sylvie Garnier",
    jury=(
        JuryMemberIn(
            id="J1",
            last_name="Lambert",
            first_name="Philippe",
            role="president",
            civility="M.",
            profession="Directeur d'une association intermédiaire",
            organisation="Association Tremplin Voironnais",
            profile="directeur-expert-insertion",
        ),
        JuryMemberIn(
            id="J2",
            last_name="Caron",
            first_name="Émilie",
            role="member",
            civility="Mme",
            profession="Chargée d'insertion professionnelle",
            organisation="Chantier d'insertion Les Ateliers du Grésivaudan",
            profile="praticien-ou-formateur",
        ),
    ),
    candidates=(
        RncpCandidate(
            id="C01",
            civility="Mme",
            first_name="Léa",
            last_name="Fontaine",
            path="formation",
            context=(
                "Alternance de douze mois au service emploi d'une communauté de communes : accueil des "
                "demandeurs d'emploi, suivi d'un groupe de bénéficiaires du RSA, relations avec les "
                "entreprises du bassin."
            ),
            examples=(
                "Diagnostic territorial de l'emploi sur le Pays voironnais : secteurs en tension, freins "
                "à la mobilité, acteurs de l'insertion, présenté au comité de pilotage.",
                "Projet « Mobilité vers l'emploi » : partenariat avec une auto-école sociale et deux "
                "employeurs de la logistique, budget et calendrier.",
                "Accompagnement de six mois d'un bénéficiaire du RSA vers un emploi de préparateur de "
                "commandes : diagnostic partagé, immersion, suivi dans l'emploi.",
            ),
            slots=(
                ("bc01-oral-jury", "09:00"),
                ("bc02-etude-de-cas", "10:00"),
                ("bc03-entretien-professionnel", "14:00"),
            ),
        ),
        RncpCandidate(
            id="C02",
            civility="M.",
            first_name="Hugo",
            last_name="Perrin",
            path="formation",
            context=(
                "Contrat de professionnalisation dans une entreprise d'insertion de collecte et de "
                "recyclage : accueil et suivi des salariés en parcours, lien avec les prescripteurs."
            ),
            examples=(
                "Note de synthèse sur l'offre d'insertion par l'activité économique du sud de "
                "l'agglomération grenobloise.",
                "Projet d'atelier de remobilisation pour des jeunes sortis du système scolaire : objectifs "
                "posés, partenaires et financement encore à préciser.",
                "Suivi de trois salariés en parcours d'insertion : entretiens, formation interne, "
                "préparation de la sortie.",
            ),
            slots=(
                ("bc01-oral-jury", "11:45"),
                ("bc02-etude-de-cas", "13:30"),
                ("bc03-entretien-professionnel", "15:15"),
            ),
            weak=frozenset({"C12", "C13", "C16"}),
        ),
        RncpCandidate(
            id="C03",
            civility="Mme",
            first_name="Nadia",
            last_name="Benhamou",
            path="vae",
            context=(
                "Neuf ans de conseillère en insertion dans un plan local pour l'insertion et l'emploi, "
                "puis coordinatrice d'un dispositif d'accompagnement global avec le Département."
            ),
            examples=(
                "Animation du réseau des acteurs de l'emploi de trois cantons ruraux, tableau de bord "
                "des offres et des besoins.",
                "Conception d'un parcours d'accès aux métiers du soin à domicile avec un organisme de "
                "formation et quatre employeurs.",
                "Accompagnement renforcé de familles monoparentales : levée des freins de garde, "
                "retour à l'emploi, suivi après l'embauche.",
            ),
        ),
    ),
    durations={"bc01-oral-jury": 30, "bc02-etude-de-cas": 90, "bc03-entretien-professionnel": 45},
    registration_ended_reason=(
        "Session de démonstration : l'enregistrement au RNCP a pris fin le 17/06/2023 ; "
        "la session est tenue pour l'exemple, sans valeur certificative"
    ),
    certification_text="Certification Chargé d'insertion professionnelle (RNCP35667) — Maisons familiales rurales",
)

RNCP35635 = RncpDemo(
    code="RNCP35635",
    version="1",
    session_id="DEMO-RNCP35635",
    title="Certification Conseiller en transition professionnelle — démonstration",
    day=dt.date(2026, 12, 15),
    centre=Centre(name="Espace de reconversion de démonstration", address="12 avenue de la Libération, 33000 Bordeaux"),
    rooms=("Salle Garonne — entretiens",),
    session_lead="Commandant Claire Vidal",
    jury=(
        JuryMemberIn(
            id="J1",
            last_name="Mercier",
            first_name="Antoine",
            role="president",
            civility="M.",
            profession="Responsable d'un pôle de reconversion",
            organisation="Agence de reconversion de la Défense",
        ),
        JuryMemberIn(
            id="J2",
            last_name="Roux",
            first_name="Isabelle",
            role="member",
            civility="Mme",
            profession="Conseillère en évolution professionnelle",
            organisation="Cabinet d'accompagnement des transitions",
        ),
    ),
    candidates=(
        RncpCandidate(
            id="C01",
            civility="M.",
            first_name="Julien",
            last_name="Garcia",
            path="formation",
            context=(
                "Formation de conseiller en transition professionnelle, puis stage de quatre mois dans "
                "un pôle de reconversion : accueil de militaires en fin de contrat."
            ),
            examples=(
                "Réunion d'information collective sur les dispositifs de reconversion, fiche de "
                "synthèse de l'entretien d'accueil.",
                "Entretien de diagnostic d'un sous-officier et écrit de bilan d'orientation vers la "
                "maintenance industrielle.",
                "Présentation de trois candidats à un employeur de la sécurité et suivi des entretiens.",
                "Tableau de suivi des candidats accompagnés et compte rendu mensuel d'activité.",
            ),
        ),
        RncpCandidate(
            id="C02",
            civility="Mme",
            first_name="Sarah",
            last_name="Lemaire",
            path="formation",
            context=(
                "Formation de conseiller en transition professionnelle, puis stage dans une antenne "
                "régionale : accompagnement de conjoints de militaires."
            ),
            examples=(
                "Accueil et information de conjoints de militaires mutés, présentation de l'offre de services.",
                "Bilan d'orientation d'une conjointe souhaitant se reconvertir dans la petite enfance.",
                "Prospection d'employeurs du bassin bordelais : démarche engagée, peu de mises en "
                "relation abouties pendant le stage.",
                "Suivi des candidats et comptes rendus d'activité tenus à jour.",
            ),
            split=frozenset({"C17", "C18", "C19"}),
            complementary=(
                "Le jury ne s'accorde pas sur le bloc 3 (placement) : le passeport montre une "
                "prospection engagée mais peu de mises en relation ; une étude de cas pratique est demandée"
            ),
        ),
        RncpCandidate(
            id="C03",
            civility="M.",
            first_name="Karim",
            last_name="Haddou",
            path="vae",
            context=(
                "Douze ans de service dans les ressources humaines d'un régiment, dont cinq comme "
                "chargé de reconversion des militaires du rang."
            ),
            examples=(
                "Organisation des journées d'information reconversion du régiment.",
                "Entretiens d'orientation et construction de projets de reconversion.",
                "Partenariats avec des employeurs locaux du transport et de la logistique.",
                "Suivi statistique des reconversions et rapports au commandement.",
            ),
            slots=(("vae-entretien-jury", "14:00"), ("vae-mise-en-situation", "14:50")),
        ),
    ),
    durations={"vae-entretien-jury": 45, "vae-mise-en-situation": 30},
    registration_ended_reason=(
        "Session de démonstration : l'enregistrement au RNCP a pris fin le 24/07/2025 ; "
        "la session est tenue pour l'exemple, sans valeur certificative"
    ),
    certification_text="Certification Conseiller en transition professionnelle (RNCP35635) — ministère des Armées",
)

RNCP_DEMOS: dict[str, RncpDemo] = {d.code: d for d in (RNCP35667, RNCP35635)}
