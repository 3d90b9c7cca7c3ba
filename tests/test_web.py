"""The upload service's HTTP API through FastAPI's TestClient: upload, list, fetch, reports, delete,
duplicates, the token, the size limit, hostile file names, hostile transcripts and malformed files.

Expected analyses come from calling the library (`analyze_file`) on the same bytes, never from literals, so
these tests check that the API returns exactly the contract whatever the engine concludes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from analyzer.models import Analysis
from analyzer.pipeline import analyze_file
from analyzer.web import Settings, create_app

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
VTT = FIXTURES / "2026-03-12-pinecrest-college-lms.vtt"
ZH = FIXTURES / "kaide-compressor-textile.txt"
SRT = FIXTURES / "2026-03-05-lakeshore-weld-cell.srt"


def make_client(tmp_path: Path, **settings) -> TestClient:
    settings.setdefault("pool", "thread")  # the process pool has its own test in test_web_store.py
    for name, default in (("api_token", None), ("llm_model", None), ("max_upload_mb", 10)):
        settings.setdefault(name, default)  # the developer's own ANALYZER_* variables must not leak in
    app = create_app(Settings(db=str(tmp_path / "calls.db"), **settings))
    return TestClient(app)


@pytest.fixture
def client(tmp_path):
    with make_client(tmp_path) as c:
        yield c


def upload(client, *paths_or_pairs, **fields):
    files = []
    for p in paths_or_pairs:
        name, data = (p.name, p.read_bytes()) if isinstance(p, Path) else p
        files.append(("files", (name, data)))
    return client.post("/api/calls", files=files, data=fields)


def expected(path: Path, **kw) -> dict:
    return json.loads(analyze_file(path.name, data=path.read_bytes(), **kw).model_dump_json())


# ------------------------------------------------------------------ upload, fetch, reports


def test_upload_one_returns_the_analysis_contract(client):
    r = upload(client, VTT, account="ACME-7")
    assert r.status_code == 201
    (call,) = r.json()["calls"]
    assert call["file_name"] == VTT.name and call["duplicate"] is False
    Analysis.model_validate(call["analysis"])  # exactly the contract, nothing added
    assert call["analysis"] == expected(VTT)
    got = client.get(f"/api/calls/{call['id']}").json()
    assert got["analysis"] == call["analysis"]
    assert got["account"] == "ACME-7" and got["outcome"] == call["analysis"]["outcome"]
    assert got["flags"] == [f["code"] for f in call["analysis"]["flags"]]


def test_upload_several_files_in_one_request(client):
    r = upload(client, VTT, ZH, SRT)
    assert r.status_code == 201
    calls = r.json()["calls"]
    assert [c["file_name"] for c in calls] == [VTT.name, ZH.name, SRT.name]
    assert len({c["id"] for c in calls}) == 3
    assert calls[1]["analysis"] == expected(ZH)
    assert client.get("/api/calls").json()["total"] == 3


def test_upload_options_reach_the_pipeline(client):
    r = upload(client, SRT, reps="Somebody Else, 王磊", meeting_date="2026-01-05")
    a = r.json()["calls"][0]["analysis"]
    assert a == expected(SRT, reps=["Somebody Else", "王磊"], meeting_date=__import__("datetime").date(2026, 1, 5))
    assert client.get("/api/calls").json()["items"][0]["reps"] == ["Somebody Else", "王磊"]


def test_reports_markdown_and_html(client):
    from analyzer.report import render

    call = upload(client, VTT).json()["calls"][0]
    md = client.get(f"/api/calls/{call['id']}/report.md")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text == render(Analysis.model_validate(call["analysis"]), "md")
    html = client.get(f"/api/calls/{call['id']}/report.html")
    assert html.status_code == 200 and html.text.startswith("<!doctype html>")
    commitment = call["analysis"]["customer_actions"][0]
    assert '<mark class="hl hl-commitment"' in html.text and commitment["quote"].replace("'", "&#39;") in html.text


def test_missing_call_is_404_json(client):
    for url in ("/api/calls/999", "/api/calls/999/report.md", "/api/calls/999/report.html"):
        r = client.get(url)
        assert r.status_code == 404 and r.json() == {"error": "no call with id 999"}
    assert client.delete("/api/calls/999").status_code == 404


def test_delete_removes_the_call(client):
    ids = [c["id"] for c in upload(client, VTT, ZH).json()["calls"]]
    assert client.delete(f"/api/calls/{ids[0]}").status_code == 204
    assert client.get(f"/api/calls/{ids[0]}").status_code == 404
    assert [c["id"] for c in client.get("/api/calls").json()["items"]] == [ids[1]]
    # Deleted means gone: uploading the same bytes again analyzes afresh under a new id.
    again = upload(client, VTT).json()["calls"][0]
    assert again["duplicate"] is False and again["id"] not in ids


# ------------------------------------------------------------------ list: pages, order, filters


def test_list_is_paged_newest_first(client):
    ids = [upload(client, p).json()["calls"][0]["id"] for p in (VTT, ZH, SRT)]
    first = client.get("/api/calls", params={"per_page": 2}).json()
    second = client.get("/api/calls", params={"per_page": 2, "page": 2}).json()
    assert first["total"] == second["total"] == 3
    assert [c["id"] for c in first["items"]] == ids[::-1][:2]
    assert [c["id"] for c in second["items"]] == ids[::-1][2:]
    assert client.get("/api/calls", params={"page": 0}).status_code == 422


def test_list_filters_by_outcome_flag_rep_account(client):
    calls = upload(client, VTT, ZH, SRT).json()["calls"]
    by_id = {c["id"]: c["analysis"] for c in calls}
    for outcome in {a["outcome"] for a in by_id.values()}:
        got = {c["id"] for c in client.get("/api/calls", params={"outcome": outcome}).json()["items"]}
        assert got == {i for i, a in by_id.items() if a["outcome"] == outcome}
    flags = {f["code"] for a in by_id.values() for f in a["flags"]}
    assert flags, "the fixtures chosen here should raise at least one flag"
    for flag in flags:
        got = {c["id"] for c in client.get("/api/calls", params={"flag": flag}).json()["items"]}
        assert got == {i for i, a in by_id.items() if flag in {f["code"] for f in a["flags"]}}
    assert client.get("/api/calls", params={"outcome": "maybe"}).status_code == 422
    upload(client, (VTT.name, VTT.read_bytes() + b"\n"), account="ACME-9", reps="Zed")
    assert [c["account"] for c in client.get("/api/calls", params={"account": "ACME-9"}).json()["items"]] == ["ACME-9"]
    assert client.get("/api/calls", params={"rep": "Zed"}).json()["total"] == 1


# ------------------------------------------------------------------ duplicates


def test_same_bytes_and_options_are_not_analyzed_again(client, monkeypatch):
    first = upload(client, VTT).json()["calls"][0]
    pool = client.app.state.analyzer.pool

    async def must_not_run(*a, **k):
        raise AssertionError("a duplicate upload was analyzed again")

    monkeypatch.setattr(pool, "analyze", must_not_run)
    renamed = upload(client, ("renamed.vtt", VTT.read_bytes()))
    assert renamed.status_code == 201
    dup = renamed.json()["calls"][0]
    assert dup["duplicate"] is True and dup["id"] == first["id"] and dup["analysis"] == first["analysis"]
    assert client.get("/api/calls").json()["total"] == 1


def test_same_bytes_with_other_options_is_a_new_analysis(client):
    a = upload(client, VTT).json()["calls"][0]
    b = upload(client, VTT, meeting_date="2026-03-12").json()["calls"][0]
    c = upload(client, VTT, reps="Sophie Turner").json()["calls"][0]
    assert len({a["id"], b["id"], c["id"]}) == 3 and not (b["duplicate"] or c["duplicate"])


# ------------------------------------------------------------------ token


def test_token_off_needs_nothing(client):
    assert client.get("/api/calls").status_code == 200
    assert client.get("/calls").status_code == 200


def test_token_on_guards_api_pages_and_docs(tmp_path):
    with make_client(tmp_path, api_token="s3cret t0ken") as c:
        for url in ("/api/calls", "/api/calls/1", "/docs", "/openapi.json"):
            r = c.get(url)
            assert r.status_code == 401, url
            assert r.json()["error"].startswith("missing or wrong API token")
        assert c.post("/api/calls", files=[("files", ("a.txt", b"A: hi"))]).status_code == 401
        assert c.delete("/api/calls/1").status_code == 401
        assert c.get("/api/calls", headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = {"Authorization": "Bearer s3cret t0ken"}
        assert c.get("/api/calls", headers=ok).status_code == 200
        assert c.post("/api/calls", files=[("files", (VTT.name, VTT.read_bytes()))], headers=ok).status_code == 201
        for url in ("/calls", "/calls/1", "/summary", "/upload"):
            page = c.get(url)
            assert page.status_code == 401 and 'name="token"' in page.text, url
        assert c.get("/healthz").status_code == 200


def test_token_by_query_once_sets_a_cookie(tmp_path):
    with make_client(tmp_path, api_token="abc;def") as c:
        assert c.get("/calls?token=nope", follow_redirects=False).status_code == 401
        r = c.get("/calls?token=abc%3Bdef&outcome=advance", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/calls?outcome=advance"
        assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
        assert c.get("/calls").status_code == 200  # the client kept the cookie
        assert c.get("/api/calls").status_code == 200  # the page's own API calls ride on it too


def test_login_form(tmp_path):
    with make_client(tmp_path, api_token="abc") as c:
        bad = c.post("/login", data={"token": "x", "next": "/summary"})
        assert bad.status_code == 401 and "Wrong token" in bad.text
        assert c.get("/summary").status_code == 401
        r = c.post("/login", data={"token": "abc", "next": "//evil.example/"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/calls"  # no open redirect
        assert c.get("/summary").status_code == 200
        c.post("/logout")
        assert c.get("/summary").status_code == 401


# ------------------------------------------------------------------ size limit


def test_file_over_the_limit_is_413(tmp_path):
    with make_client(tmp_path, max_upload_mb=0.01) as c:  # 10 KiB
        big = b"Anna: " + b"x" * 20_000 + b"\n"
        r = c.post("/api/calls", files=[("files", ("big.txt", big))])
        assert r.status_code == 413 and r.json()["error"].startswith("big.txt: file too large")
        assert c.get("/api/calls").json()["total"] == 0


def test_body_over_the_limit_is_refused_before_reading(tmp_path):
    with make_client(tmp_path, max_upload_mb=0.01) as c:
        r = c.post("/api/calls", files=[("files", ("huge.txt", b"x" * (3 * 2**20)))])
        assert r.status_code == 413 and r.json()["error"].startswith("request too large")


def test_size_limit_default_is_10_mb(monkeypatch):
    monkeypatch.delenv("ANALYZER_MAX_UPLOAD_MB", raising=False)
    assert Settings().max_upload_bytes == 10 * 2**20
    monkeypatch.setenv("ANALYZER_MAX_UPLOAD_MB", "2.5")
    assert Settings().max_upload_bytes == int(2.5 * 2**20)


# ------------------------------------------------------------------ hostile names and content


@pytest.mark.parametrize("raw, shown", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\windows\\win.ini.txt", "win.ini.txt"),
    ("/abs/path/call.vtt", "call.vtt"),
    ("..", "upload"),
])  # fmt: skip
def test_hostile_file_names_never_become_paths(client, tmp_path, raw, shown):
    before = sorted(p.name for p in tmp_path.rglob("*"))
    r = upload(client, (raw, VTT.read_bytes()))
    assert r.status_code == 201, r.text
    assert r.json()["calls"][0]["file_name"] == shown
    after = sorted(p.name for p in tmp_path.rglob("*"))
    assert set(after) - set(before) <= {"calls.db-wal", "calls.db-shm", "calls.db-journal"}
    assert not Path("/etc/passwd.analysis").exists()


def raw_multipart(client, filename: bytes, data: bytes):
    """A multipart body built by hand: HTTP clients percent-encode control bytes, a hostile client need not."""
    boundary = b"xXxBoundaryxXx"
    body = (b"--" + boundary + b'\r\nContent-Disposition: form-data; name="files"; filename="' + filename + b'"\r\n'
            b"Content-Type: text/vtt\r\n\r\n" + data + b"\r\n--" + boundary + b"--\r\n")
    return client.post("/api/calls", content=body,
                       headers={"content-type": "multipart/form-data; boundary=" + boundary.decode()})


def test_raw_nul_and_control_bytes_in_the_file_name(client):
    r = raw_multipart(client, b"../nul\x00by\x07te.vtt", VTT.read_bytes())
    assert r.status_code == 201, r.text
    assert r.json()["calls"][0]["file_name"] == "nulbyte.vtt"
    assert "\x00" not in client.get("/calls").text


def test_very_long_file_name_is_shortened_keeping_the_extension(client):
    name = "a" * 3000 + ".vtt"
    call = upload(client, (name, VTT.read_bytes())).json()["calls"][0]
    assert len(call["file_name"]) <= 120 and call["file_name"].endswith(".vtt")
    assert call["analysis"]["call"]["source"] == call["file_name"]
    # Past a few KB the multipart parser itself refuses the header: a clean JSON 400, not a traceback.
    r = upload(client, ("b" * 20_000 + ".vtt", VTT.read_bytes()))
    assert r.status_code == 400 and set(r.json()) == {"error"}


XSS = """Anna <script>alert(1)</script>: Could we run the pilot next Tuesday? <img src=x onerror=alert(2)>
Bob: Sure, let's do that. <script>alert(3)</script> I'll book the room <img src=x onerror=alert(4)>
"""


def test_xss_payloads_render_inert_everywhere(client):
    call = upload(client, ("<img src=x onerror=alert(5)>.txt", XSS.encode()), reps="Anna <script>alert(1)</script>",
                  account="<script>alert(6)</script>").json()["calls"][0]
    cid = call["id"]
    pages = {
        "list": client.get("/calls").text,
        "report": client.get(f"/calls/{cid}").text,
        "report.html": client.get(f"/api/calls/{cid}/report.html").text,
        "summary": client.get("/summary").text,
    }
    for name, html in pages.items():
        assert "<script>alert" not in html, name
        assert "<img src=x onerror" not in html, name
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in pages["report"]
    assert "&lt;img src=x onerror=alert(4)&gt;" in pages["report.html"]
    assert "&lt;script&gt;alert(6)&lt;/script&gt;" in pages["list"]


# ------------------------------------------------------------------ malformed input


@pytest.mark.parametrize("name, data, status, reason", [
    ("empty.txt", b"", 422, "empty file"),
    ("pic.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, 415, "unsupported file type"),
    ("nul.txt", b"A: hi\x00\x00\x00 there", 415, "binary content"),
    ("broken.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00\nA: hi\n", 422, "malformed"),
    ("broken.json", b'[{"speaker": "A", "text": "hi"', 422, "malformed JSON"),
    ("broken.docx", b"PK\x03\x04word/" + b"\x00" * 64, 422, "DOCX"),
])  # fmt: skip
def test_malformed_files_are_one_line_errors_and_store_nothing(client, name, data, status, reason):
    r = upload(client, (name, data))
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"].startswith(f"{name}: ") and reason in body["error"] and "\n" not in body["error"]
    assert body["errors"] == [{"file": name, "reason": body["error"][len(name) + 2:]}]
    assert client.get("/api/calls").json()["total"] == 0


def test_one_bad_file_stores_none_of_the_batch(client):
    r = upload(client, VTT, ("bad.json", b"{nope"), ZH)
    assert r.status_code == 422 and [e["file"] for e in r.json()["errors"]] == ["bad.json"]
    assert client.get("/api/calls").json()["total"] == 0


@pytest.mark.parametrize("fields, message", [
    ({"meeting_date": "next week"}, "meeting_date 'next week' is not a date"),
    ({"engine": "llm"}, "engine 'llm' is not available here"),
    ({"engine": "magic"}, "engine 'magic' is not available here"),
])  # fmt: skip
def test_bad_fields_are_422(client, fields, message):
    r = upload(client, VTT, **fields)
    assert r.status_code == 422 and r.json()["error"].startswith(message)


def test_no_file_is_422(client):
    r = client.post("/api/calls", data={"account": "x"})
    assert r.status_code == 422 and r.json()["error"].startswith("files")


def test_llm_engine_is_offered_only_when_configured(tmp_path):
    with make_client(tmp_path) as c:
        assert 'value="llm"' not in c.get("/upload").text
    with make_client(tmp_path, llm_model="some-model") as c:
        assert 'value="llm"' in c.get("/upload").text and "some-model" in c.get("/upload").text


def test_streamed_body_without_length_is_cut_at_the_limit(tmp_path):
    with make_client(tmp_path, max_upload_mb=0.01) as c:
        head = b'--zz\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
        chunks = iter([head] + [b"x" * 65536] * 40)  # 2.5 MB, chunked: no Content-Length to refuse up front
        r = c.post("/api/calls", content=chunks, headers={"content-type": "multipart/form-data; boundary=zz"})
        assert "content-length" not in r.request.headers
        assert r.status_code == 413 and r.json()["error"].startswith("request too large")


def test_llm_engine_choice_reaches_the_worker_and_its_failure_is_502(tmp_path, monkeypatch):
    from analyzer.errors import EngineError

    with make_client(tmp_path, llm_model="some-model") as c:
        pool = c.app.state.analyzer.pool
        seen = []

        async def fake(name, data, reps, meeting_date, engine):
            seen.append(engine)
            if data.startswith(b"FAIL"):
                raise EngineError("provider unreachable")
            return analyze_file(name, data=data).model_dump_json()

        monkeypatch.setattr(pool, "analyze", fake)
        first = upload(c, VTT, engine="llm").json()["calls"][0]
        assert seen == ["llm"] and c.get(f"/api/calls/{first['id']}").json()["engine"] == "llm"
        assert upload(c, VTT).json()["calls"][0]["duplicate"] is False  # another engine, another analysis
        r = upload(c, ("x.txt", b"FAIL: hello"), engine="llm")
        assert r.status_code == 502 and r.json()["error"] == "x.txt: the llm engine failed: provider unreachable"
        assert c.get("/api/calls").json()["total"] == 2


def test_api_docs_load_their_assets_from_this_server_not_a_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn.jsdelivr.net" not in page.text and "unpkg.com" not in page.text
    scripts = [part.split('"')[0] for part in page.text.split('src="')[1:]]
    assert scripts and all(src.startswith("/") for src in scripts)
    assert all(client.get(src).status_code == 200 for src in scripts)
