"""A real browser against a real server: Debian's Chromium driven by Playwright, `analyzer serve` on 127.0.0.1.

Uploads a fixture through the upload page (the page's own JS posts it), opens its report, and checks the
outcome badge and a highlighted customer commitment. Screenshots go to test-artifacts/ (gitignored).
Skipped when /usr/bin/chromium is absent (Playwright's own browser download does not work here).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from analyzer.pipeline import analyze_file
from analyzer.report.strings import OUTCOMES

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "2026-03-12-pinecrest-college-lms.vtt"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANALYZER_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "analyzer", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--db", str(tmp_path / "calls.db"), "--workers", "1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"server did not start: {proc.stdout.read().decode(errors='replace')[-2000:]}")
        time.sleep(0.2)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_upload_through_the_page_and_read_the_report(server):
    from playwright.sync_api import expect, sync_playwright

    expected = analyze_file(FIXTURE.name, data=FIXTURE.read_bytes())
    assert expected.customer_actions, "the fixture must carry a commitment to look for"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{server}/upload")
            page.set_input_files("#files", str(FIXTURE))
            page.fill("input[name=account]", "Pinecrest College")
            page.click("#submit")
            link = page.locator("#results a.open-report")
            expect(link).to_be_visible(timeout=60_000)
            page.screenshot(path=str(ARTIFACTS / "upload.png"), full_page=True)
            link.click()
            page.wait_for_url("**/calls/*")

            badge = page.locator(".report .badge")
            expect(badge).to_have_attribute("data-outcome", expected.outcome)
            expect(badge).to_have_text(OUTCOMES["en"][expected.outcome][0])
            quote = expected.customer_actions[0].quote
            mark = page.locator(f"#turn-{expected.customer_actions[0].turn} mark.hl-commitment").first
            expect(mark).to_be_visible()
            assert mark.inner_text() in quote
            # The highlight really is coloured, not just tagged.
            colour = mark.evaluate("el => getComputedStyle(el).backgroundColor")
            assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)

            page.goto(f"{server}/calls")
            expect(page.locator("table.calls tbody tr")).to_have_count(1)
            expect(page.locator("table.calls")).to_contain_text("Pinecrest College")
            page.goto(f"{server}/summary")
            expect(page.locator("svg.chart")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "summary.png"), full_page=True)
        finally:
            browser.close()
