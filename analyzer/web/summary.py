"""The summary view: advance rate and no-ask rate, overall and per rep, and the bar chart as inline SVG.

Definitions (Rackham): a call *advances* when it ends in an Advance or an Order; a call *asked for no
specific commitment* when the rep asked nothing or only vaguely (`Analysis.no_specific_ask`). A call with
several reps counts once for each of them; a call whose rep is unknown counts under "(rep unknown)".
The chart is a few SVG rectangles written here: a charting library would bring a JS bundle or a build step
for what is two bars per rep.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

from analyzer.web.storage import CallSummary

UNKNOWN_REP = "(rep unknown)"
OUTCOMES = ("order", "advance", "continuation", "no_sale")


@dataclass
class Row:
    name: str
    calls: int
    advanced: int
    no_ask: int
    outcomes: Counter

    @property
    def advance_rate(self) -> float:
        return self.advanced / self.calls if self.calls else 0.0

    @property
    def no_ask_rate(self) -> float:
        return self.no_ask / self.calls if self.calls else 0.0


def _row(name: str, calls: list[CallSummary]) -> Row:
    return Row(
        name=name,
        calls=len(calls),
        advanced=sum(c.outcome in ("order", "advance") for c in calls),
        no_ask=sum(c.no_specific_ask for c in calls),
        outcomes=Counter(c.outcome for c in calls),
    )


def summarize(calls: list[CallSummary]) -> tuple[Row, list[Row]]:
    """(all calls, one row per rep sorted by number of calls then name)."""
    by_rep: dict[str, list[CallSummary]] = {}
    for c in calls:
        for name in c.reps or [UNKNOWN_REP]:
            by_rep.setdefault(name, []).append(c)
    reps = [_row(n, cs) for n, cs in by_rep.items()]
    reps.sort(key=lambda r: (-r.calls, r.name == UNKNOWN_REP, r.name))
    return _row("all", calls), reps


def bar_chart(rows: list[Row], *, width: int = 720) -> Markup:
    """Horizontal bars: advance rate (green) and no-ask rate (red) per rep, 0–100 %."""
    label_w, bar_h, gap, top = 180, 14, 12, 28
    plot_w = width - label_w - 60
    height = top + len(rows) * (2 * bar_h + gap) + 10
    parts = [
        (f'<svg class="chart" role="img" aria-label="Advance rate and no-ask rate per rep" viewBox="0 0 {width} {height}"'
         f' width="100%" xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif" font-size="12">'),
        f'<rect x="{label_w}" y="6" width="10" height="10" fill="#16a34a"/><text x="{label_w + 14}" y="15">advance rate</text>',
        (f'<rect x="{label_w + 110}" y="6" width="10" height="10" fill="#dc2626"/>'
         f'<text x="{label_w + 124}" y="15">no specific ask</text>'),
    ]
    for pct in (0, 50, 100):
        x = label_w + plot_w * pct / 100
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 6}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{x:.1f}" y="{height}" text-anchor="middle" fill="#6b7280" font-size="10">{pct}%</text>')
    for i, r in enumerate(rows):
        y = top + i * (2 * bar_h + gap)
        name = r.name if len(r.name) <= 24 else r.name[:23] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + bar_h + 4}" text-anchor="end">{escape(name)}'
                     f'<title>{escape(r.name)}: {r.calls} call(s)</title></text>')
        for j, (rate, colour) in enumerate(((r.advance_rate, "#16a34a"), (r.no_ask_rate, "#dc2626"))):
            by = y + j * bar_h
            w = max(plot_w * rate, 1.5)
            parts.append(f'<rect x="{label_w}" y="{by}" width="{w:.1f}" height="{bar_h - 2}" rx="2" fill="{colour}"/>')
            parts.append(f'<text x="{label_w + w + 5:.1f}" y="{by + bar_h - 3}" fill="#374151">{rate:.0%}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
