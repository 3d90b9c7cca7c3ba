"""The HTTP API (OpenAPI at /docs). Every error is JSON: {"error": "<one line>"} (+ "errors" per file)."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from analyzer.models import FlagCode, Outcome
from analyzer.web.state import State, StateDep, analysis_of, turns_of
from analyzer.web.storage import Filters, Options
from analyzer.web.uploads import Received, UploadError, handle, parse_date, parse_reps

router = APIRouter(prefix="/api", tags=["calls"])


async def receive_upload(
    st: State,
    files: list[UploadFile],
    reps: list[str] | None,
    meeting_date: str | None,
    account: str | None,
    engine: str,
):
    if engine not in st.settings.engines:
        raise UploadError(422, f"engine {engine!r} is not available here; choose one of {', '.join(st.settings.engines)}")
    if len(files) > st.settings.max_files:
        raise UploadError(413, f"too many files in one upload: {len(files)}, limit {st.settings.max_files}")
    received = []
    for f in files:
        # One byte past the limit is enough to know it is too large; the rest is never read into memory.
        received.append(Received(f.filename or "", await f.read(st.settings.max_upload_bytes + 1)))
    options = Options(reps=parse_reps(reps), meeting_date=parse_date(meeting_date), engine=engine)
    return await handle(st.store, st.pool, received, options=options, account=account,
                        max_bytes=st.settings.max_upload_bytes)


@router.post("/calls", status_code=201, summary="Upload and analyze one or more calls")
async def upload_calls(
    st: StateDep,
    files: Annotated[list[UploadFile], File(description="one or more transcripts (txt, md, vtt, srt, json, docx)")],
    reps: Annotated[list[str] | None, Form(description="rep names; repeat the field or separate by commas")] = None,
    meeting_date: Annotated[str | None, Form(description="YYYY-MM-DD; relative dates resolve from it")] = None,
    account: Annotated[str | None, Form(description="deal or account id")] = None,
    engine: Annotated[str, Form()] = "offline",
):
    """201 with `{"calls": [{id, file_name, duplicate, analysis}]}`; `analysis` is the `Analysis` contract.

    All or nothing: when any file is bad, nothing is stored (415 not a transcript, 422 malformed, 413 too large).
    The same bytes with the same options return the stored analysis (`duplicate: true`) without re-analysis.
    """
    try:
        stored = await receive_upload(st, files, reps, meeting_date, account, engine)
    except UploadError as e:
        return error(e.status, e.message, e.errors)
    return JSONResponse({"calls": [s.to_json() for s in stored]}, status_code=201)


@router.get("/calls", summary="List analyzed calls, newest first")
def list_calls(
    st: StateDep,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 20,
    outcome: Outcome | None = None,
    flag: FlagCode | None = None,
    rep: str | None = None,
    account: str | None = None,
):
    result = st.store.list(Filters(outcome=outcome, flag=flag, rep=rep, account=account), page, per_page)
    return {"items": [c.to_json() for c in result.items], "total": result.total, "page": result.page,
            "per_page": result.per_page}


def _get(st: State, call_id: int):
    call = st.store.get(call_id)
    if call is None:
        raise HTTPException(404, f"no call with id {call_id}")
    return call


@router.get("/calls/{call_id}", summary="One call: metadata and its analysis")
def get_call(st: StateDep, call_id: int):
    call = _get(st, call_id)
    return JSONResponse({**call.summary.to_json(), "content_hash": call.content_hash,
                         "analysis": json.loads(call.analysis_json)})


@router.get("/calls/{call_id}/report.md", response_class=PlainTextResponse, summary="The Markdown report")
def report_md(st: StateDep, call_id: int):
    from analyzer.report import render

    call = _get(st, call_id)
    return PlainTextResponse(render(analysis_of(call), "md"), media_type="text/markdown; charset=utf-8")


@router.get("/calls/{call_id}/report.html", response_class=HTMLResponse, summary="The self-contained HTML report")
def report_html(st: StateDep, call_id: int):
    from analyzer.report.html import render_html

    call = _get(st, call_id)
    return HTMLResponse(render_html(analysis_of(call), turns_of(call)))


@router.delete("/calls/{call_id}", status_code=204, summary="Delete a call (its bytes, analysis and metadata)")
async def delete_call(st: StateDep, call_id: int):
    if not await run_in_threadpool(st.store.delete, call_id):
        raise HTTPException(404, f"no call with id {call_id}")
    return Response(status_code=204)


def error(status: int, message: str, errors: list[dict] | None = None) -> JSONResponse:
    body: dict = {"error": message}
    if errors:
        body["errors"] = [{"file": e["file"], "reason": e["reason"]} for e in errors]
    return JSONResponse(body, status_code=status)
