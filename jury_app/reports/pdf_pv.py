"""The procès-verbal de délibération as a PDF.

The PV carries no form field: the signing step adds one signature field per juror, named
`SignatureBlock.field_name`, and places it over the area this renderer leaves blank at the bottom
of the juror's box. `render_pv_with_areas` tells where those areas are (page and rectangle).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from jury_app.domain.wording import (
    NNBSP,
    absence_sentence,
    absent_word,
    capital,
    certification_word,
    fr,
    fr_date,
    fr_dates,
    fr_datetime,
    gendered,
    judgement_label,
    path_label,
    quoted,
    role_label,
    session_kind_label,
    unit_session_label,
)
from jury_app.reports.model import (
    MOCK_MENTION,
    TITLE,
    JurorInfo,
    PvCandidate,
    PvReport,
    SignatureBlock,
    UnitOutcome,
)
from jury_app.reports.pdf_base import (
    FONT,
    FONT_BOLD,
    GREEN,
    INK,
    MUTED,
    RED,
    RULE,
    ReportRenderer,
    grid_table,
    info_table,
    label_value,
    para,
    text,
)
from jury_app.reports.pdf_grid import incident_text
from jury_app.reports.people import candidate_identity

STATUS_COLOURS = {
    "granted": GREEN,
    "refused": RED,
    "held": MUTED,
    "not_presented": MUTED,
    "pending": colors.HexColor("#A15C00"),
    "complementary": colors.HexColor("#A15C00"),
    "absent": MUTED,
}


DRAFT_MENTION = "PROJET — une délibération au moins n'est pas close : ce procès-verbal ne peut pas être signé"


@dataclass(frozen=True)
class SignatureArea:
    """Where a juror's electronic signature goes: page index (0-based) and rectangle in points."""

    field_name: str
    page: int
    rect: tuple[float, float, float, float]  # x0, y0, x1, y1 from the page's bottom-left corner


@dataclass(frozen=True)
class RenderedPv:
    pdf: bytes
    signature_areas: tuple[SignatureArea, ...]


def _two_lines(label: str) -> str:
    """ "Évaluation complémentaire" on two lines: a decision cell is narrow."""
    return label.replace(" ", "\n", 1) if len(label) > 16 else label


def _profession(j: JurorInfo) -> str:
    """The juror's profession, and the profile of the référentiel they sit for (RNCP35667's rules)."""
    shown = text(j.profession)
    return f"{shown}<br/>Profil{NNBSP}: {text(j.profile)}" if j.profile else shown


class SignatureBox(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One juror's box: a frame whose inside is the juror's signature field. The page itself
    draws nothing there: the field shows « non signé » until the juror signs, then the stamp
    drawn at signing (handwritten strokes, name, role, date and time)."""

    def __init__(self, block: SignatureBlock, width: float, height: float, areas: list[SignatureArea]) -> None:
        super().__init__()
        self.block = block
        self.width = width
        self.height = height
        self.areas = areas

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=0)
        c.restoreState()
        ax0, ay0 = c.absolutePosition(0, 0)
        ax1, ay1 = c.absolutePosition(self.width, self.height)
        self.areas.append(
            SignatureArea(self.block.field_name, c.getPageNumber() - 1, (ax0 + 2, ay0 + 2, ax1 - 2, ay1 - 2))
        )


class PvRenderer(ReportRenderer):
    def __init__(self, report: PvReport) -> None:
        super().__init__(report.header)
        self.report = report
        self.areas: list[SignatureArea] = []

    def story(self) -> list[Any]:
        r = self.report
        h = r.header
        self.areas.clear()
        out: list[Any] = [
            para("Procès-verbal de délibération du jury", "title"),
            para(f"{h.certification_label} — {h.certification_code}, version {h.certification_version}", "subtitle"),
        ]
        if h.mock:
            out.append(para(MOCK_MENTION, "mention"))
        if r.draft:
            out.append(para(DRAFT_MENTION, "mention"))
        nature = h.session_definition_title
        if h.session_kind == "ccp":
            nature = f"{capital(unit_session_label(h.terms))} — {nature}"
        elif h.session_kind == "mock":
            nature = f"{capital(session_kind_label(h.session_kind))} — {nature}"
        rows = [
            ("Certification", f"{h.certification_code}, version {h.certification_version}"),
            ("Code RNCP", h.rncp or ""),
            ("Texte de référence", h.legal_basis),
            ("Session", f"{h.session_title} ({h.session_id})"),
            ("N° de session", h.session_number),
            ("Nature", nature),
            ("Objet des décisions", self.decided_text()),
            ("Dates", fr_dates(h.dates)),
            ("Lieu", ", ".join(x for x in (h.centre_name, h.centre_address) if x)),
            ("Agrément du centre", h.approval_number),
            ("Responsable de session", h.session_lead),
        ]
        if h.registration_ended_reason:
            ended = f"échu le {fr_date(h.registration_end)}" if h.registration_end else "échu"
            rows.append(
                ("Enregistrement", fr(f"{ended} ; session tenue après l'échéance : {h.registration_ended_reason}"))
            )
        out.append(info_table(rows, self.content_width, label_width=130))
        out.append(para("Composition du jury", "h2"))
        jury_rows: list[list[Any]] = [["Nom", "Qualité", "Profession"]]
        jury_rows += [
            [
                para(j.formal_name, "cell_bold"),
                capital(role_label(j.role, civility=j.civility)),
                para(_profession(j), "cell", markup=True),
            ]
            for j in r.jury
        ]
        out.append(grid_table(jury_rows, [150, 110, self.content_width - 260]))
        out.append(para("Résultats", "h2"))
        out.append(self.summary_table())
        legend = " · ".join(f"{u.unit_id}{NNBSP}: {u.title}" for u in r.units)
        out.append(Spacer(1, 3))
        out.append(para(legend, "small"))
        out.append(Spacer(1, 6))
        out.append(self.counts())
        if r.decision_basis:
            out.append(para("Fondement des décisions", "h2"))
            out.append(para("Le jury a évalué les compétences au vu de :", "body"))
            out += [para(line, "bullet") for line in r.decision_basis]
        details = [self.candidate_detail(cand) for cand in r.candidates]
        # The heading stays on the page of the first candidate it introduces.
        out.append(KeepTogether([para("Détail par candidat", "h2"), *details[:1]]))
        out += details[1:]
        if r.general_incidents:
            out.append(para("Incidents de la session", "h2"))
            out += [para(incident_text(i, h.zone, with_modality=True), "bullet") for i in r.general_incidents]
        out.append(self.signatures())
        return out

    def decided_text(self) -> str:
        """What this session decides, in the certification's words."""
        r = self.report
        terms = r.header.terms
        decided = {o.unit_id for c in r.candidates for o in c.units if o.status not in ("held", "not_presented")}
        units = ", ".join(u.unit_id for u in r.units if u.unit_id in decided or not r.candidates)
        if not r.decides_title:
            return fr(
                f"{units} seulement ({terms.unit_long}) ; {terms.certification_article} ne se décide pas "
                "dans cette session"
            )
        if not units:  # every unit already held: the capitalisation interview decides the certification alone
            return capital(terms.certification_article)
        return f"Chaque {terms.unit_short} ({units}) et {terms.certification_article}"

    def summary_table(self) -> Any:
        r = self.report
        head: list[Any] = ["Nom", "Parcours"] + [u.unit_id for u in r.units]
        if r.decides_title:
            head.append(capital(certification_word(r.header.terms)))
        n = len(head) - 2
        name_w, path_w = 150.0, 82.0
        cw = (self.content_width - name_w - path_w) / max(n, 1)
        rows: list[list[Any]] = [head]
        styles: list[tuple[Any, ...]] = []
        for i, c in enumerate(r.candidates, 1):
            name = f"<b>{c.candidate.last_name.upper()}</b> {c.candidate.first_name}"
            if c.absent:
                name += f"<br/><font size=7 color='#5A5F66'>{absent_word(c.candidate.civility)}</font>"
            elif c.abandoned:
                name += "<br/><font size=7 color='#5A5F66'>abandon</font>"
            path = capital(path_label(c.candidate.path, r.header.terms))
            row: list[Any] = [para(name, "cell", markup=True), para(path, "cell")]
            outcomes = list(c.units) + ([c.title] if c.title is not None else [])
            for j, o in enumerate(outcomes, 2):
                row.append(_two_lines(o.status_text))
                styles.append(("TEXTCOLOR", (j, i), (j, i), STATUS_COLOURS.get(o.status, INK)))
                if o.status in ("granted", "refused"):
                    styles.append(("FONT", (j, i), (j, i), FONT_BOLD, 8.5, 10.5))
            rows.append(row)
        return grid_table(rows, [name_w, path_w] + [cw] * n, styles=styles, zebra=True)

    def counts(self) -> Any:
        """Present, absent, titles delivered, units granted: the session's tally."""
        r = self.report
        present = [c for c in r.candidates if not c.absent]
        rows: list[tuple[str, str]] = [
            ("Candidats convoqués", str(len(r.candidates))),
            ("Présents", str(len(present))),
            ("Absents", str(len(r.candidates) - len(present))),
        ]
        if r.decides_title:
            titles = sum(1 for c in r.candidates if c.title is not None and c.title.status == "granted")
            rows.append((f"Délivrances ({r.certification_word})", str(titles)))
        for i, u in enumerate(r.units):
            granted = sum(1 for c in r.candidates if c.units[i].status == "granted")
            rows.append((f"{u.unit_id} acquis (hors {r.unit_word} déjà acquis)", str(granted)))
        return info_table(rows, self.content_width, label_width=250)

    def candidate_detail(self, c: PvCandidate) -> Any:
        info = c.candidate
        title = f"{info.formal_name} ({info.ref}) — {capital(path_label(info.path, self.header.terms))}"
        parts: list[Any] = [para(title, "h3")]
        identity = candidate_identity(info)
        civ = info.civility
        if c.absent:
            presence = gendered(civ, "absent", "absente", "absence constatée")
        else:
            presence = gendered(civ, "présent", "présente", "présence constatée")
            if c.abandoned:
                presence += ", abandon en cours d'épreuve"
        parts.append(label_value("Identité", identity))
        parts.append(label_value("Présence", presence))
        outcomes = [o for o in c.units if o.status != "not_presented"]
        if c.title is not None:
            outcomes.append(c.title)
        decided = any(o.status in ("granted", "refused") for o in outcomes)
        if c.absent and not decided:
            sentence = absence_sentence(info.civility)
            parts.append(para(fr(f"{sentence} : aucune modalité n'a eu lieu, aucune décision."), "body"))
        elif outcomes:
            parts.append(self.decision_table(outcomes))
            parts.append(Spacer(1, 3))
        if c.title is not None and c.title.status == "complementary":
            waiting = ", ".join(o.unit_id for o in c.units if o.status == "pending")
            article = self.header.terms.certification_article
            session = self.report.complementary_session or "une évaluation complémentaire"
            then = f"{waiting} et {article}" if waiting else article
            parts.append(
                para(
                    fr(f"Évaluation complémentaire ordonnée : la session « {session} » statuera ensuite sur {then}."),
                    "body",
                )
            )
        if c.next_step:
            parts.append(para(fr(c.next_step), "body"))
        for h in c.held:
            when = f" le {fr_date(h.obtained_on)}" if h.obtained_on else ""
            under = f"obtenu{when} sous {h.obtained_under}" + (
                " (équivalence réglementaire)" if h.through_equivalence else ""
            )
            proof = f"justificatif{NNBSP}: {quoted(h.proof)}" if h.proof else "aucun justificatif"
            parts.append(label_value(f"{h.unit_id} déjà acquis", f"{under} — {proof}"))
        for j in c.departures:
            value = f"{judgement_label(j.judgement)}, contre l'avis de chaque juré — motif{NNBSP}: {j.reason}"
            parts.append(label_value(f"Jugement commun {j.competence_id}", value))
        for o in c.overrides:
            parts.append(label_value("Clôture malgré", f"{o.message} — motif{NNBSP}: {o.reason}"))
        for ic in c.identity_changes:
            value = f"{ic.before} → {ic.after}, le {fr_datetime(ic.at, self.header.zone)} — motif{NNBSP}: {ic.reason}"
            parts.append(label_value("Identité modifiée", value))
        for sc in c.scenarios:
            value = f"{sc.ref} — {sc.title}" + (f" ({sc.structure_type})" if sc.structure_type else "")
            value += f", le {fr_datetime(sc.drawn_at, self.header.zone)}"
            if sc.redraws:
                value += f" ({sc.redraws} nouveau{'x' if sc.redraws > 1 else ''} tirage{'s' if sc.redraws > 1 else ''})"
            parts.append(label_value("Fiche scénario tirée au sort", value))
        for label, value in c.basis:
            parts.append(label_value(label, value, "small"))
        if c.declared_no_link:
            parts.append(
                label_value(
                    "Déclarations", f"aucun lien personnel ou professionnel déclaré par {', '.join(c.declared_no_link)}"
                )
            )
        for rec in c.recusals:
            note = f" — lien déclaré{NNBSP}: {quoted(rec.note)}" if rec.note else ""
            parts.append(label_value("Récusation", f"{rec.juror_name} ne participe pas à l'évaluation{note}"))
        for inc in c.incidents:
            parts.append(label_value("Incident", incident_text(inc, self.header.zone, with_modality=True)))
        if not c.closed:
            parts.append(para(fr("Délibération non close : les décisions peuvent encore changer."), "small"))
        parts.append(Spacer(1, 4))
        return KeepTogether(parts)

    def decision_table(self, outcomes: list[UnitOutcome]) -> Any:
        rows: list[list[Any]] = [["Objet", "Proposition", "Décision", "Motif"]]
        styles: list[tuple[Any, ...]] = []
        for i, o in enumerate(outcomes, 1):
            rows.append(
                [
                    capital(certification_word(self.header.terms)) if o.unit_id == TITLE else o.unit_id,
                    o.proposal_text if o.status not in ("held", "not_presented") else "—",
                    _two_lines(o.status_text),
                    para(o.reason, "cell") if o.reason else "",
                ]
            )
            styles.append(("TEXTCOLOR", (2, i), (2, i), STATUS_COLOURS.get(o.status, INK)))
            styles.append(("FONT", (2, i), (2, i), FONT_BOLD, 8.5, 10.5))
        widths = [66.0, 90.0, 80.0, self.content_width - 236]
        return grid_table(rows, widths, styles=styles)

    def signatures(self) -> Any:
        r = self.report
        parts: list[Any] = [
            para("Signatures du jury", "h2"),
            para(fr(f"Fait à {r.place}, le {fr_date(r.signed_on)}."), "body"),
            para(
                fr("Les membres du jury soussignés arrêtent les décisions consignées dans le présent procès-verbal."),
                "body",
            ),
            Spacer(1, 6),
        ]
        gap = 12.0
        box_w = (self.content_width - gap) / 2
        boxes = [SignatureBox(b, box_w, 128, self.areas) for b in r.signatures]
        cells: list[list[Any]] = [list(boxes[i : i + 2]) for i in range(0, len(boxes), 2)]
        if cells and len(cells[-1]) == 1:
            cells[-1].append("")
        if cells:
            table = Table(cells, colWidths=[box_w + gap, box_w], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), FONT, 9, 12),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
                    ]
                )
            )
            parts.append(table)
        return KeepTogether(parts)


def render_pv_with_areas(report: PvReport) -> RenderedPv:
    """The PV and where each juror's electronic signature goes."""
    renderer = PvRenderer(report)
    pdf = renderer.render()
    by_field = {a.field_name: a for a in renderer.areas}  # a box drawn once; the last placement wins anyway
    return RenderedPv(pdf, tuple(by_field[k] for k in sorted(by_field)))


def render_pv(report: PvReport) -> bytes:
    """The procès-verbal, as PDF bytes (no form field: the signing step adds them)."""
    return render_pv_with_areas(report).pdf
