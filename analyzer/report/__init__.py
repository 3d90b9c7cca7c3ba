"""Post-call reports: one content model (`sections.build`), one layout per format.

`render(analysis, "md" | "text")` is the entry point for the CLI, batch and the web service. A new format
(HTML) lays out `sections.build(analysis)` the same way; it must not read anything but the `Analysis`.
"""

from __future__ import annotations

from analyzer.models import Analysis

FORMATS = ("md", "text")


def render(analysis: Analysis, fmt: str) -> str:
    if fmt == "md":
        from analyzer.report.markdown import render as md

        return md(analysis)
    if fmt == "text":
        from analyzer.report.text import render as txt

        return txt(analysis)
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
