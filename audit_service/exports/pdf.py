"""The evidence pack PDF (reportlab): metadata, score breakdown, violations with evidence, redacted transcript.

Only stored (redacted) text goes in. Every string passes through `_esc` because reportlab paragraphs are
markup and redaction tags such as "<CREDIT_CARD>" would otherwise be read as tags.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from audit_service.exports.service import EvidencePack
from audit_service.interactions import models as m

SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
_GRID = colors.HexColor("#c8ccd2")
_HEAD = colors.HexColor("#eef0f3")
_PII = "#8a4b00"

_styles = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_styles["BodyText"], fontSize=8.5, leading=11, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555b63"))
H1 = ParagraphStyle("h1", parent=_styles["Heading1"], fontSize=16, spaceAfter=2)
H2 = ParagraphStyle("h2", parent=_styles["Heading2"], fontSize=12, spaceBefore=10, spaceAfter=4)
H3 = ParagraphStyle("h3", parent=_styles["Heading3"], fontSize=9.5, spaceBefore=6, spaceAfter=2)


def _esc(value: Any) -> str:
    return escape("" if value is None else str(value))


def _p(value: Any, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(_esc(value), style)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(float(seconds), 60)
    return f"{int(minutes):02d}:{secs:04.1f}"


def _span(start: float | None, end: float | None) -> str:
    if start is None and end is None:
        return ""
    return f"{_clock(start)}–{_clock(end)}"


def _when(dt: datetime | None) -> str:
    if dt is None:
        return ""
    aware = dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def highlighted(text: str, spans: Iterable[m.RedactionSpan]) -> str:
    """Paragraph markup of a redacted utterance with its redaction spans shown in bold colour."""
    out: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda s: s.char_start):
        if s.char_start < pos or s.char_end > len(text):
            continue  # overlapping or stale span: show the text plainly rather than guess
        out.append(_esc(text[pos:s.char_start]))
        out.append(f'<font color="{_PII}"><b>{_esc(text[s.char_start:s.char_end])}</b></font>')
        pos = s.char_end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    cells = [[c if isinstance(c, Paragraph) else _p(c) for c in row] for row in rows]
    t = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), _HEAD))
    t.setStyle(TableStyle(style))
    return t


def _kv(pairs: list[tuple[str, Any]], width: float) -> Table:
    rows = [[Paragraph(f"<b>{_esc(k)}</b>", BODY), _p(v)] for k, v in pairs]
    t = _table(rows, [42 * mm, width - 42 * mm], header=False)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), _HEAD)]))
    return t


def render(pack: EvidencePack, *, generated_by: str, now: datetime | None = None) -> bytes:
    """The evidence pack as PDF bytes."""
    i = pack.interaction
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"Evidence pack {i.external_id}", author="Fairline",
                            subject="Compliance evidence (redacted)")
    width = A4[0] - 32 * mm
    generated = _when(now or datetime.now(UTC))
    story: list[Any] = [
        Paragraph("Evidence pack", H1),
        _p(f"Interaction {i.external_id} · generated {generated} by {generated_by} · "
           "contains redacted text only", SMALL),
        Spacer(0, 4 * mm),
        Paragraph("Interaction", H2),
        _kv([("Interaction id", i.id), ("External id", i.external_id),
             ("Brand", f"{pack.brand_name} ({pack.brand})"), ("Agent", pack.agent or "—"),
             ("Channel / direction", f"{i.channel} / {i.direction}"), ("Account", i.account_ref or "—"),
             ("Started", _when(i.started_at)),
             ("Duration", f"{i.duration_s:.1f} s" if i.duration_s is not None else "—"),
             ("Customer time zones", ", ".join(i.customer_timezones)), ("Status", i.status),
             ("Pipeline version", i.pipeline_version or "—"), ("Ruleset hash", i.ruleset_hash or "—"),
             ("Analysed", _when(i.analysed_at) or "—")], width),
    ]
    story += _score(pack, width)
    story += _violations(pack, width)
    story += _met(pack, width)
    story += _outcomes(pack, width)
    story += _transcript(pack, width)

    def footer(canvas: Any, d: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.HexColor("#555b63"))
        canvas.drawString(16 * mm, 9 * mm, f"Fairline evidence pack · {i.external_id}")
        canvas.drawRightString(A4[0] - 16 * mm, 9 * mm, f"page {d.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _score(pack: EvidencePack, width: float) -> list[Any]:
    i = pack.interaction
    out: list[Any] = [Paragraph("Score", H2)]
    if i.score is None:
        return [*out, _p("No score: the interaction has not been scored.")]
    verdict = "CRITICAL FAIL" if i.critical_fail else "pass"
    out.append(Paragraph(f"Overall <b>{i.score:.1f}</b> / 100 · {verdict} · "
                         f"{i.violation_count} violation(s)", BODY))
    if pack.sections:
        rows: list[list[Any]] = [["Section", "Score", "Weight"]]
        rows += [[s.section, f"{s.score:.1f}", f"{s.weight:g}"] for s in pack.sections]
        out += [Spacer(0, 2 * mm), _table(rows, [width - 50 * mm, 25 * mm, 25 * mm])]
    return out


def _evidence_table(evidence: list[dict[str, Any]], width: float) -> Table:
    rows: list[list[Any]] = [["Utterance", "Time", "Speaker", "Excerpt (redacted)"]]
    for e in evidence:
        rows.append([e.get("utterance", ""), _span(e.get("start"), e.get("end")), e.get("speaker_role") or "",
                     e.get("excerpt") or ""])
    return _table(rows, [17 * mm, 25 * mm, 20 * mm, width - 62 * mm])


def _violations(pack: EvidencePack, width: float) -> list[Any]:
    violated = sorted((f for f in pack.findings if f.status == "violated"),
                      key=lambda f: (SEVERITY_RANK.get(f.severity, 9), f.category, f.rule_id))
    out: list[Any] = [Paragraph(f"Violations ({len(violated)})", H2)]
    if not violated:
        return [*out, _p("No rule was violated.")]
    for f in violated:
        block: list[Any] = [
            Paragraph(f"{_esc(f.severity.upper())} · {_esc(f.title or f.rule_id)}", H3),
            _kv([("Rule", f"{f.rule_id} v{f.rule_version}"), ("Category", f.category), ("Pack", f.pack or "—"),
                 ("Detector", f"{f.detector} {f.detector_version}"), ("Confidence", f"{f.confidence:.2f}"),
                 ("Citation", f.citation or "—"), ("Explanation", f.explanation or "—"),
                 ("Remediation", f.remediation or "—"), ("Ruleset hash", f.ruleset_hash or "—")], width),
            Spacer(0, 1.5 * mm),
        ]
        if f.evidence:
            block.append(_evidence_table(f.evidence, width))
        else:
            block.append(_p("No utterance evidence: the rule was judged from metadata (e.g. contact history).",
                            SMALL))
        out.append(KeepTogether(block))
    return out


def _met(pack: EvidencePack, width: float) -> list[Any]:
    met = [f for f in pack.findings if f.status == "met"]
    if not met:
        return []
    rows: list[list[Any]] = [["Rule", "Category", "Detector", "Citation"]]
    rows += [[f"{f.rule_id} v{f.rule_version}", f.category, f"{f.detector} {f.detector_version}", f.citation]
             for f in sorted(met, key=lambda f: (f.category, f.rule_id))]
    return [Paragraph(f"Checks met ({len(met)})", H2), _table(rows, [50 * mm, 45 * mm, 35 * mm, width - 130 * mm])]


def _outcomes(pack: EvidencePack, width: float) -> list[Any]:
    if not pack.outcomes:
        return []
    rows: list[list[Any]] = [["Outcome", "Attributes", "Confidence", "Evidence (redacted)"]]
    for o in pack.outcomes:
        attrs = ", ".join(f"{k}: {v}" for k, v in sorted(o.attributes.items()) if v not in (None, "", []))
        excerpt = " | ".join(f"#{e.get('utterance')}: {e.get('excerpt', '')}" for e in o.evidence)
        rows.append([o.category, attrs, f"{o.confidence:.2f}", excerpt])
    return [Paragraph(f"Outcomes ({len(pack.outcomes)})", H2),
            _table(rows, [40 * mm, 45 * mm, 18 * mm, width - 103 * mm])]


def _transcript(pack: EvidencePack, width: float) -> list[Any]:
    out: list[Any] = [Paragraph("Redacted transcript", H2),
                      _p("Redacted spans are shown in bold; their values were never stored.", SMALL),
                      Spacer(0, 1.5 * mm)]
    if not pack.utterances:
        return [*out, _p("No transcript stored.")]
    spans: dict[int, list[m.RedactionSpan]] = {}
    for r in pack.redactions:
        if r.source == "text":
            spans.setdefault(r.utterance_idx, []).append(r)
    rows: list[list[Any]] = [["#", "Time", "Speaker", "Text"]]
    for u in pack.utterances:
        when = _span(u.start_s, u.end_s) if u.start_s is not None else _when(u.sent_at)
        rows.append([str(u.idx), _p(when, SMALL), u.role,
                     Paragraph(highlighted(u.text, spans.get(u.idx, [])), BODY)])
    return [*out, _table(rows, [9 * mm, 25 * mm, 18 * mm, width - 52 * mm])]
