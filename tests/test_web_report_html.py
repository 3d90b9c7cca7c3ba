"""The self-contained HTML report (analyzer.report.html) and `analyzer report FILE --format html`."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.ingest import load
from analyzer.models import (
    Analysis,
    CallInfo,
    CustomerAction,
    EngineInfo,
    Flag,
    Praise,
    Turn,
)
from analyzer.pipeline import analyze_transcript
from analyzer.report.html import Mark, highlight, render_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_highlight_marks_each_quote_in_place_and_escapes_the_rest():
    text = "Great <b>demo</b>. Sure, Tuesday works & I'll book it."
    body, missing = highlight(text, [Mark("Sure, Tuesday works", "commitment", "t"), Mark("Great <b>demo</b>", "praise", "p")])
    assert missing == 0
    assert str(body) == ('<mark class="hl hl-praise" title="p">Great &lt;b&gt;demo&lt;/b&gt;</mark>. '
                         '<mark class="hl hl-commitment" title="t">Sure, Tuesday works</mark> &amp; I&#39;ll book it.')


def test_overlap_goes_to_the_stronger_category_character_by_character():
    text = "I love it, and I'll take it to my boss on Monday."
    body, _ = highlight(text, [Mark(text, "praise", "p"), Mark("I'll take it to my boss on Monday", "commitment", "c")])
    assert str(body) == ('<mark class="hl hl-praise" title="p">I love it, and </mark>'
                         '<mark class="hl hl-commitment" title="c">I&#39;ll take it to my boss on Monday</mark>'
                         '<mark class="hl hl-praise" title="p">.</mark>')


def test_whitespace_runs_may_differ_and_unplaced_quotes_are_counted():
    body, missing = highlight("Let's  meet\nnext Tuesday", [Mark("meet next Tuesday", "ask", "a"), Mark("nowhere", "ask", "a")])
    assert missing == 1 and '<mark class="hl hl-ask" title="a">meet\nnext Tuesday</mark>' in str(body)


def _analysis() -> Analysis:
    return Analysis(
        call=CallInfo(id="c1", source="c1.txt", meeting_date=date(2026, 3, 2), language="en", participants=[], turns=2),
        praise=[Praise(quote="<script>alert(1)</script> nice", speaker="Bob", turn=0)],
        customer_actions=[CustomerAction(quote="I'll <img src=x onerror=alert(2)> sign Monday", speaker="Bob", turn=1,
                                         action="Sign", type="sign", due_text="Monday", due_date=date(2026, 3, 9))],
        no_specific_ask=True, outcome="order", engine=EngineInfo(name="offline", version="t"),
        flags=[Flag(code="NO_ASK", message="Ask <b>for</b> something", turn=None)],
    )


def test_report_is_self_contained_and_inert():
    turns = [Turn(index=0, speaker="Bob<i>", text="<script>alert(1)</script> nice"),
             Turn(index=1, speaker="Bob", text="OK. I'll <img src=x onerror=alert(2)> sign Monday")]
    doc = render_html(_analysis(), turns)
    assert doc.startswith("<!doctype html>") and "<style>" in doc
    assert not re.search(r"<script|<img|<link|\bsrc=\"http|href=\"https?:", doc, re.IGNORECASE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc and "Bob&lt;i&gt;" in doc
    assert 'data-outcome="order"' in doc and '<code class="flag">NO_ASK</code> Ask &lt;b&gt;for&lt;/b&gt; something' in doc
    assert re.search(r'<mark class="hl hl-commitment" title="[^"]*">I&#39;ll &lt;img src=x onerror=alert\(2\)&gt; sign Monday</mark>', doc)
    assert "2026-03-09" in doc  # the commitment's resolved date


def test_without_turns_the_report_says_so():
    doc = render_html(_analysis(), None)
    assert "The transcript is not available" in doc and 'id="turn-' not in doc


def test_every_finding_of_a_fixture_is_highlighted_in_its_turn():
    transcript = load(FIXTURES / "2026-03-12-pinecrest-college-lms.vtt")
    analysis = analyze_transcript(transcript)
    doc = render_html(analysis, transcript.turns)
    assert "could not be placed" not in doc
    turns = dict(re.findall(r'<li id="turn-(\d+)".*?<div class="said">(.*?)</div>', doc, re.DOTALL))
    for category, items in (("commitment", analysis.customer_actions), ("praise", analysis.praise),
                            ("rep_task", analysis.rep_actions)):
        for item in items:
            marked = "".join(html.unescape(m) for m in re.findall(r'<mark class="hl hl-(?:\w+)" title="[^"]*">(.*?)</mark>', turns[str(item.turn)], re.DOTALL))
            # A placed quote is covered without gaps (by its own or a stronger colour), so it reads whole here.
            assert item.quote in marked, (category, item.quote)


def test_zh_report_uses_zh_headings():
    transcript = load(FIXTURES / "kaide-compressor-textile.txt")
    doc = render_html(analyze_transcript(transcript), transcript.turns)
    assert '<html lang="zh-CN">' in doc and "对话原文" in doc and "客户行动承诺" in doc


def test_cli_report_writes_the_html_file(tmp_path):
    out = tmp_path / "r.html"
    src = FIXTURES / "2026-03-12-pinecrest-college-lms.vtt"
    result = CliRunner().invoke(app, ["report", str(src), "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    transcript = load(src)
    assert out.read_text(encoding="utf-8") == render_html(analyze_transcript(transcript), transcript.turns)


def test_cli_report_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(bad)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("analyzer: ") and "bad.json" in lines[0] and "malformed JSON" in lines[0]
