"""The upload service's pages: list with filters and paging, upload form (no-JS path), report, summary."""

from __future__ import annotations

import html
import re

import pytest
from markupsafe import escape
from test_web import SRT, VTT, ZH, make_client, upload

from analyzer.web.storage import CallSummary
from analyzer.web.summary import UNKNOWN_REP, bar_chart, summarize


@pytest.fixture
def client(tmp_path):
    with make_client(tmp_path) as c:
        yield c


def test_home_goes_to_the_list(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/calls"


def test_empty_list_invites_an_upload(client):
    page = client.get("/calls").text
    assert "No calls yet" in page and 'href="/upload"' in page


def test_list_shows_each_call_with_badge_and_flags(client):
    calls = upload(client, VTT, ZH, SRT, account="ACME-1").json()["calls"]
    page = client.get("/calls").text
    for c in calls:
        assert f'href="/calls/{c["id"]}"' in page
    rows = re.findall(r'<span class="badge small badge-(\w+)">', page)
    assert rows == [c["analysis"]["outcome"] for c in reversed(calls)]  # newest first
    assert page.count("ACME-1") >= 3


def test_list_filters_and_pages(tmp_path):
    with make_client(tmp_path) as c:
        calls = upload(c, VTT, ZH, SRT).json()["calls"]
        outcome = calls[0]["analysis"]["outcome"]
        page = c.get("/calls", params={"outcome": outcome}).text
        shown = set(re.findall(r'href="/calls/(\d+)"', page))
        assert shown == {str(x["id"]) for x in calls if x["analysis"]["outcome"] == outcome}
        assert "No call matches" in c.get("/calls", params={"rep": "nobody at all"}).text
        # Paging: 27 distinct uploads (one byte differs) → two pages of 25 and 2 (+3 above).
        for i in range(24):
            upload(c, (f"c{i}.vtt", VTT.read_bytes() + b"\n" * (i + 1)))
        first, second = c.get("/calls").text, c.get("/calls", params={"page": 2}).text
        assert len(re.findall(r'<tr>\s*<td class="nowrap">', first)) == 25
        assert len(re.findall(r'<tr>\s*<td class="nowrap">', second)) == 2
        assert "Page 1 of 2" in first and 'href="/calls?page=2"' in first


def test_upload_form_without_js_redirects_to_the_report(client):
    with VTT.open("rb") as f:
        r = client.post("/upload", files=[("files", (VTT.name, f.read()))], data={"reps": "", "meeting_date": ""},
                        follow_redirects=False)
    assert r.status_code == 303 and re.fullmatch(r"/calls/\d+", r.headers["location"])
    report = client.get(r.headers["location"]).text
    assert 'data-outcome="' in report


def test_upload_form_shows_the_error_on_a_bad_file(client):
    r = client.post("/upload", files=[("files", ("x.json", b"{broken"))])
    assert r.status_code == 422 and "x.json: malformed JSON" in r.text and 'id="upload"' in r.text


def test_report_page_has_badge_banner_sections_and_highlighted_transcript(client):
    calls = upload(client, VTT, ZH, SRT).json()["calls"]
    flagged = [c for c in calls if c["analysis"]["flags"]]
    committed = [c for c in calls if c["analysis"]["customer_actions"]]
    assert flagged and committed, "these fixtures should give a flagged call and one with a commitment"
    for call in calls:
        a = call["analysis"]
        page = client.get(f"/calls/{call['id']}").text
        assert f'data-outcome="{a["outcome"]}"' in page
        assert f'href="/api/calls/{call["id"]}/report.md"' in page
        for flag in a["flags"]:  # the banner: code and coaching message
            assert f'<code class="flag">{flag["code"]}</code> {escape(flag["message"])}' in page
        marks = [html.unescape(m) for m in re.findall(r'<mark class="hl hl-commitment" title="[^"]*">(.*?)</mark>', page)]
        for action in a["customer_actions"]:  # each commitment is marked in its turn (possibly split by overlaps)
            assert any(m in action["quote"] for m in marks), action["quote"]
        for turn in range(a["call"]["turns"]):
            assert f'id="turn-{turn}"' in page


def test_report_page_404(client):
    r = client.get("/calls/4242")
    assert r.status_code == 404 and "No call with id 4242" in r.text


def test_delete_from_the_page(client):
    cid = upload(client, VTT).json()["calls"][0]["id"]
    r = client.post(f"/calls/{cid}/delete", follow_redirects=False)
    assert r.status_code == 303 and client.get(f"/api/calls/{cid}").status_code == 404


def test_summary_page_rates_come_from_the_stored_outcomes(client):
    calls = upload(client, VTT, ZH, SRT).json()["calls"]
    n = len(calls)
    advanced = sum(c["analysis"]["outcome"] in ("order", "advance") for c in calls)
    no_ask = sum(c["analysis"]["no_specific_ask"] for c in calls)
    page = client.get("/summary").text
    assert f"<b>{n}</b>" in page
    assert f"<b>{100 * advanced / n:.0f}%</b>" in page and f"<b>{100 * no_ask / n:.0f}%</b>" in page
    assert "<svg" in page and 'class="chart"' in page


def _s(i, outcome, reps, no_ask=False):
    return CallSummary(id=i, created_at="", file_name=f"{i}.txt", call_date="2026-01-01", account=None, reps=reps,
                       outcome=outcome, flags=[], no_specific_ask=no_ask, engine="offline", language="en")


def test_summarize_counts_each_rep_and_unknown():
    overall, reps = summarize([
        _s(1, "advance", ["Ann"]), _s(2, "continuation", ["Ann"], no_ask=True), _s(3, "order", ["Ann", "Bo"]),
        _s(4, "no_sale", [], no_ask=True),
    ])  # fmt: skip
    assert (overall.calls, overall.advanced, overall.no_ask) == (4, 2, 2)
    by = {r.name: r for r in reps}
    assert [r.name for r in reps] == ["Ann", "Bo", UNKNOWN_REP]
    assert by["Ann"].advance_rate == 2 / 3 and by["Ann"].no_ask_rate == 1 / 3
    assert by["Bo"].advance_rate == 1.0 and by[UNKNOWN_REP].no_ask_rate == 1.0


def test_bar_chart_escapes_names_and_scales_bars():
    _, reps = summarize([_s(1, "advance", ["<script>x</script>"]), _s(2, "no_sale", ["Half"], no_ask=True)])
    svg = str(bar_chart(reps, width=720))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    plot = 720 - 180 - 60
    widths = [float(w) for w in re.findall(r'<rect x="180" y="\d+" width="([\d.]+)" height="\d+" rx="2"', svg)]
    assert widths == [plot, 1.5, 1.5, plot]  # full advance bar, empty no-ask; then the reverse
