"""A référentiel as a workbook a certifier edits in a spreadsheet, and back.

One sheet per kind of thing (competences, criteria, modalities with their paths, phases and
durations, decision rules…), one row per thing, French headings; lists in a cell are separated by
commas (line breaks for the decision basis), yes/no as « oui »/« non ». Reading a workbook builds the
référentiel's JSON and remembers where each value came from, so that every problem is told with its
sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Value = Any
Convert = Callable[[str], Value]

LIST_SEP = ","
LINES_SEP = "\n"


@dataclass(frozen=True)
class Column:
    field: str  # the JSON field ("jury.min_members" for a nested one)
    header: str  # the heading the certifier reads
    kind: str = "text"  # text | int | float | bool | list | lines
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class Table:
    sheet: str
    columns: tuple[Column, ...]
    help: str

    def column(self, field: str) -> Column:
        return next(c for c in self.columns if c.field == field)


def _c(field: str, header: str, kind: str = "text", required: bool = False, help: str = "") -> Column:
    return Column(field, header, kind, required, help)


CERTIFICATION = Table(
    "Certification",
    (
        _c("code", "Code", required=True, help="TP-00403, RNCP35667…"),
        _c("version", "Version", required=True, help="Millésime ou version : 08, 1…"),
        _c("kind", "Type", required=True, help="titre_professionnel ou rncp"),
        _c("rncp", "Code RNCP"),
        _c("title", "Intitulé", required=True),
        _c("short_title", "Sigle"),
        _c("level", "Niveau"),
        _c("legal_basis", "Texte de référence", help="L'arrêté ou la décision d'enregistrement"),
        _c("source", "Source des données"),
        _c("registration.start", "Début d'enregistrement", help="AAAA-MM-JJ"),
        _c("registration.end", "Échéance de l'enregistrement", help="AAAA-MM-JJ, dernier jour"),
        _c("registration.source", "Source de l'enregistrement"),
        _c("min_company_hours_title", "Heures en entreprise (certification entière)", "int"),
        _c("terms.unit_short", "Mot pour un bloc", help="CCP, bloc…"),
        _c("terms.unit_long", "Mot pour un bloc, en entier"),
        _c("terms.unit_plural", "Mot pour les blocs"),
        _c("terms.certification", "Mot pour la certification", help="titre professionnel, certification…"),
        _c("terms.certification_article", "La certification, avec l'article", help="le titre, la certification…"),
    ),
    "Une ligne par champ : colonne A le champ, colonne B sa valeur.",
)
UNITS = Table(
    "Blocs",
    (
        _c("id", "Identifiant", required=True),
        _c("number", "Numéro", "int", required=True),
        _c("kind", "Type", required=True, help="ccp ou bloc"),
        _c("title", "Intitulé", required=True),
        _c("min_company_hours", "Heures en entreprise", "int"),
    ),
    "Les CCP ou blocs de compétences ; leurs compétences sont celles de la feuille Compétences.",
)
COMPETENCES = Table(
    "Compétences",
    (
        _c("id", "Identifiant", required=True),
        _c("number", "Numéro", "int", required=True),
        _c("unit_id", "Bloc", required=True, help="identifiant d'une ligne de la feuille Blocs"),
        _c("title", "Intitulé", required=True),
        _c("criteria_to_be_set", "Sans critère", "bool", help="oui : jugée directement, sans critère détaillé"),
    ),
    "Les compétences, dans l'ordre de leur bloc.",
)
CRITERIA = Table(
    "Critères",
    (
        _c("competence", "Compétence", required=True, help="identifiant d'une ligne de la feuille Compétences"),
        _c("id", "Identifiant", required=True),
        _c("text", "Critère", required=True),
    ),
    "Les critères de performance de chaque compétence.",
)
TRANSVERSAL = Table(
    "Transversales",
    (
        _c("id", "Identifiant", required=True),
        _c("title", "Intitulé", required=True),
        _c("description", "Description"),
        _c("evaluated_through", "Évaluée à travers", "list", help="identifiants de compétences"),
    ),
    "Les compétences transversales, évaluées à travers des compétences professionnelles.",
)
TRANSVERSAL_CRITERIA = Table(
    "Critères transversaux",
    (
        _c("competence", "Compétence transversale", required=True),
        _c("id", "Identifiant", required=True),
        _c("text", "Critère", required=True),
    ),
    "Les critères de performance des compétences transversales.",
)
PATHS = Table(
    "Parcours",
    (
        _c("id", "Identifiant", required=True, help="formation, vae ou capitalisation"),
        _c("title", "Intitulé", required=True),
        _c("description", "Description"),
        _c("session_ids", "Sessions", "list", help="identifiants de la feuille Sessions"),
    ),
    "Les voies d'accès à la certification et les sessions qu'elles traversent.",
)
SESSIONS = Table(
    "Sessions",
    (
        _c("id", "Identifiant", required=True),
        _c("scope", "Portée", required=True, help="title (certification entière) ou unit (un bloc)"),
        _c("unit_id", "Bloc", help="pour une session d'un bloc"),
        _c("title", "Intitulé", required=True),
        _c("total_duration_min", "Durée totale (min)", "int"),
        _c("jury.min_members", "Membres du jury (minimum)", "int", required=True),
        _c("jury.composition", "Composition du jury"),
        _c("jury.presence_min", "Présence du jury (min)", "int"),
        _c("decision_basis", "Le jury décide au vu de", "lines", help="une ligne par élément"),
    ),
    "Les sessions de la certification (entière ou par bloc) ; leurs modalités sont dans la feuille Modalités.",
)
PROFILES = Table(
    "Profils du jury",
    (
        _c("session", "Session", required=True),
        _c("id", "Identifiant", required=True),
        _c("title", "Profil", required=True),
        _c("min_count", "Minimum", "int", required=True),
    ),
    "Les profils de membres que le jury d'une session doit compter.",
)
MODALITIES = Table(
    "Modalités",
    (
        _c("session", "Session", required=True),
        _c("id", "Identifiant", required=True),
        _c("kind", "Nature", required=True, help="mise_en_situation, entretien_technique, etude_livret_2…"),
        _c("title", "Intitulé", required=True),
        _c("assessment", "Évaluation", help="timed (chronométrée) ou document (sur document)"),
        _c("duration_min", "Durée (min)", "int", help="vide : à définir pour la session"),
        _c("to_be_set", "Durées à définir", "list", help="duration_min, phases.<phase>.duration_min"),
        _c("paths", "Parcours", "list", help="formation, vae, capitalisation : au moins un"),
        _c("documents", "Documents évalués", "list", help="livret_2, note_de_synthese, dossier_ecrit…"),
        _c("evaluates", "Compétences évaluées", "list"),
        _c("evaluates_whole_certification", "Évalue la certification entière", "bool"),
        _c("after", "Après", "list", help="modalités qui la précèdent obligatoirement"),
        _c("scenario_drawn_by_lot", "Tirage au sort", "bool"),
        _c("description", "Description"),
    ),
    "Les modalités de chaque session, avec les parcours qu'elles servent.",
)
PHASES = Table(
    "Phases",
    (
        _c("session", "Session", required=True),
        _c("modality", "Modalité", required=True),
        _c("id", "Identifiant", required=True),
        _c("title", "Intitulé", required=True),
        _c("duration_min", "Durée (min)", "int", help="vide : à définir pour la session"),
        _c("jury_presence", "Présence du jury", help="required ou not_required"),
        _c("description", "Description"),
    ),
    "Les phases des modalités, dans leur ordre.",
)
RULES = Table(
    "Règles de décision",
    (
        _c("competence_judgements", "Jugements possibles", "list"),
        _c("suggest_acquired_min_satisfied_ratio", "Part des critères satisfaits pour proposer « acquis »", "float"),
        _c("units_kept_on_title_failure", "Blocs conservés en cas d'échec", "bool"),
        _c("reason_required_for", "Motif obligatoire pour", "list", help="departure_from_proposal, refusal"),
        _c("complementary_evaluation", "Évaluation complémentaire possible", "bool"),
    ),
    "Une ligne par règle : colonne A la règle, colonne B sa valeur.",
)
UNIT_RULES = Table(
    "Règles par bloc",
    (
        _c("target", "Objet", required=True, help="identifiant d'un bloc, ou « certification »"),
        _c("rule", "Règle", required=True, help="all_competences_acquired (bloc), all_units_acquired (certification)"),
    ),
    "Quand chaque bloc est acquis, et quand la certification est délivrée.",
)
EQUIVALENCES = Table(
    "Correspondances",
    (
        _c("from_code", "Code d'origine", required=True),
        _c("from_version", "Version d'origine", required=True),
        _c("from_unit", "Bloc d'origine", required=True),
        _c("to_unit", "Bloc correspondant", required=True),
        _c("source", "Source"),
    ),
    "Les blocs d'une autre version qui valent un bloc de celle-ci.",
)
NOTES = Table("Notes", (_c("text", "Note", required=True),), "Remarques sur les données.")

KEY_VALUE = (CERTIFICATION, RULES)
TABLES = (
    CERTIFICATION,
    UNITS,
    COMPETENCES,
    CRITERIA,
    TRANSVERSAL,
    TRANSVERSAL_CRITERIA,
    PATHS,
    SESSIONS,
    PROFILES,
    MODALITIES,
    PHASES,
    RULES,
    UNIT_RULES,
    EQUIVALENCES,
    NOTES,
)
EXPLANATIONS = "Explications"
CERTIFICATION_TARGET = "certification"
