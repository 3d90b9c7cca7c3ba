"""Eval report → text: `table` (rich, for a terminal), `md` (for the README), `json` (for the baseline).

All three show the same figures: one row per figure, one column per language group, then the outcome
confusion matrix, then one line per miss / false alarm / wrong attribute so a failure reads in seconds.
"""

from __future__ import annotations

import io
import json

GROUPS = ("all", "zh", "en", "mixed")
ROWS = (
    ("praise.precision", "praise P"),
    ("praise.recall", "praise R"),
    ("praise.f1", "praise F1"),
    ("customer_actions.precision", "customer actions P"),
    ("customer_actions.recall", "customer actions R"),
    ("customer_actions.f1", "customer actions F1"),
    ("customer_actions.due_exact", "  due date exact (matched)"),
    ("customer_actions.type_acc", "  type accuracy (matched)"),
    ("rep_actions.precision", "rep actions P"),
    ("rep_actions.recall", "rep actions R"),
    ("rep_actions.f1", "rep actions F1"),
    ("asks.precision", "asks P"),
    ("asks.recall", "asks R"),
    ("asks.f1", "asks F1"),
    ("asks.specific_acc", "  specificity accuracy (matched)"),
    ("asks.response_acc", "  response accuracy (matched)"),
    ("outcome.acc", "outcome accuracy"),
    ("no_specific_ask.acc", "no_specific_ask accuracy"),
)
# The counts behind each ratio, shown next to it so "1.00" on two items is not mistaken for a strong result.
_BASIS = {
    "precision": ("tp", "pred"),
    "recall": ("tp", "gold"),
    "due_exact": ("due_ok", "due_n"),
    "type_acc": ("type_ok", "type_n"),
    "specific_acc": ("specific_ok", "specific_n"),
    "response_acc": ("response_ok", "response_n"),
}
OUTCOMES = ("order", "advance", "continuation", "no_sale")


def _cell(report: dict, group: str, key: str) -> str:
    value = report["figures"][group].get(key)
    if value is None:
        return "—"
    head, _, metric = key.rpartition(".")
    counts = report["counts"][group]
    if metric in _BASIS:
        num, den = _BASIS[metric]
        return f"{value:.2f} ({counts.get(f'{head}.{num}', 0)}/{counts.get(f'{head}.{den}', 0)})"
    if key in ("outcome.acc", "no_specific_ask.acc"):
        return f"{value:.2f} ({counts.get(f'{head}.ok', 0)}/{counts.get('calls', 0)})"
    return f"{value:.2f}"


def _groups(report: dict) -> list[str]:
    return [g for g in GROUPS if g == "all" or report["counts"][g].get("calls")]


def _header(report: dict, group: str) -> str:
    return f"{group} ({report['counts'][group].get('calls', 0)})"


def _mistake_line(m: dict) -> str:
    turn = f"t{m['turn']}" if m["turn"] is not None else "—"
    if m["kind"] in ("miss", "false_alarm"):
        label = "MISS" if m["kind"] == "miss" else "FALSE"
        return f"{m['case']}  {turn}  {m['list']}  {label}  \"{_short(m['quote'])}\""
    what = f"{m['kind']}: gold {m['gold']}, predicted {m['predicted']}"
    quote = f"  \"{_short(m['quote'])}\"" if m["quote"] else ""
    return f"{m['case']}  {turn}  {m['list']}  {what}{quote}"


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _title(report: dict) -> str:
    e = report["engine"]
    line = f"eval: engine {e['name']} {e['version']}, split {report['split']}, {report['cases']} cases"
    if e.get("usage"):  # an LLM engine: what the run cost
        u = e["usage"]
        line += (f"; {u['requests']} requests ({u['cached']} cached), {u['input_tokens']} tokens in, "
                 f"{u['output_tokens']} out, {e.get('fallbacks', 0)} fallback(s) to offline")
    return line


def _preamble(report: dict) -> list[str]:
    lines = [f"notice: {n}" for n in report["notices"]]
    lines += [f"error: {e}" for e in report["errors"]]
    return lines


def render_json(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False)


def render_md(report: dict) -> str:
    groups = _groups(report)
    out = [f"**{_title(report)}**", ""]
    out += [f"- {line}" for line in _preamble(report)]
    if _preamble(report):
        out.append("")
    out.append("| figure | " + " | ".join(_header(report, g) for g in groups) + " |")
    out.append("|---|" + "---|" * len(groups))
    for key, label in ROWS:
        out.append(f"| {label.strip()} | " + " | ".join(_cell(report, g, key) for g in groups) + " |")
    out += ["", "Outcome confusion (rows gold, columns predicted):", ""]
    out.append("| gold \\ predicted | " + " | ".join(OUTCOMES) + " |")
    out.append("|---|" + "---|" * len(OUTCOMES))
    for g in OUTCOMES:
        out.append(f"| {g} | " + " | ".join(str(report["confusion"]["all"][g][p]) for p in OUTCOMES) + " |")
    if report["mistakes"]:
        out += ["", f"Mistakes ({len(report['mistakes'])}):", "", "```"]
        out += [_mistake_line(m) for m in report["mistakes"]]
        out.append("```")
    return "\n".join(out) + "\n"


def render_table(report: dict, width: int = 120) -> str:
    from rich.console import Console
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=False, color_system=None, highlight=False)
    for line in _preamble(report):
        console.print(line, markup=False, soft_wrap=True)
    groups = _groups(report)
    table = Table(title=_title(report), title_justify="left")
    table.add_column("figure")
    for g in groups:
        table.add_column(_header(report, g), justify="right")
    for key, label in ROWS:
        table.add_row(label, *(_cell(report, g, key) for g in groups))
    console.print(table)
    matrix = Table(title="outcome confusion (rows gold, columns predicted)", title_justify="left")
    matrix.add_column("gold")
    for p in OUTCOMES:
        matrix.add_column(p, justify="right")
    for g in OUTCOMES:
        matrix.add_row(g, *(str(report["confusion"]["all"][g][p]) for p in OUTCOMES))
    console.print(matrix)
    if report["mistakes"]:
        console.print(f"mistakes ({len(report['mistakes'])}):", markup=False)
        for m in report["mistakes"]:
            console.print("  " + _mistake_line(m), markup=False, soft_wrap=True)
    return buf.getvalue()


def render(report: dict, fmt: str) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "md":
        return render_md(report)
    return render_table(report)
