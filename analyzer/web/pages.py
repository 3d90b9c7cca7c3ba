"""Server-rendered pages: call list, upload, call report, summary, login. Jinja2, autoescaped; no build step.

The upload page posts each dropped file to the API with a few lines of plain JS (so one bad file shows its
own error while the others go through); without JS the form posts to `/upload` and the same code runs.
"""

from __future__ import annotations

from typing import Annotated, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from analyzer.models import FlagCode, Outcome
from analyzer.web.api import receive_upload
from analyzer.web.security import COOKIE, cookie_header
from analyzer.web.state import State, StateDep, analysis_of, turns_of
from analyzer.web.storage import Filters
from analyzer.web.summary import UNKNOWN_REP, bar_chart, summarize
from analyzer.web.uploads import UploadError

router = APIRouter(include_in_schema=False)

OUTCOME_LABELS = {"order": "Order", "advance": "Advance", "continuation": "Continuation", "no_sale": "No-sale"}
FLAG_LABELS = {
    "NO_ASK": "No ask", "VAGUE_ASK_ONLY": "Vague asks only", "PRAISE_WITHOUT_ACTION": "Praise, no action",
    "UNDATED_COMMITMENT": "Undated commitment", "DECLINED_NOT_PROBED": "Decline not probed",
    "MISSED_SIGNAL": "Missed signal", "ROLES_UNKNOWN": "Roles unknown",
}


def render_page(st: State, name: str, status: int = 200, **ctx) -> HTMLResponse:
    from analyzer.report.html import CSS

    html = st.templates.get_template(name).render(
        report_css=CSS, outcome_labels=OUTCOME_LABELS, flag_labels=FLAG_LABELS,
        token_required=bool(st.settings.api_token), **ctx)
    return HTMLResponse(html, status_code=status)


def not_found(st: State, what: str) -> HTMLResponse:
    return render_page(st, "error.html", 404, title="Not found", message=what)


@router.get("/")
def home():
    return RedirectResponse("/calls", status_code=303)


@router.get("/healthz")
def healthz():
    return {"ok": True}


@router.get("/calls", response_class=HTMLResponse)
def calls_page(
    st: StateDep,
    page: Annotated[int, Query(ge=1)] = 1,
    outcome: str | None = None,
    flag: str | None = None,
    rep: str | None = None,
):
    outcome = outcome if outcome in get_args(Outcome) else None
    flag = flag if flag in get_args(FlagCode) else None
    rep = (rep or "").strip() or None
    per_page = 25
    result = st.store.list(Filters(outcome=outcome, flag=flag, rep=rep), page, per_page)
    pages = max(1, -(-result.total // per_page))

    def link(n: int) -> str:
        q = {k: v for k, v in (("outcome", outcome), ("flag", flag), ("rep", rep)) if v}
        return "/calls?" + urlencode({**q, "page": n})

    return render_page(st, "calls.html", result=result, outcome=outcome, flag=flag, rep=rep, pages=pages,
                prev_link=link(page - 1) if page > 1 else None,
                next_link=link(page + 1) if page < pages else None,
                outcomes=get_args(Outcome), flags=get_args(FlagCode), nav="calls")


@router.get("/upload", response_class=HTMLResponse)
def upload_page(st: StateDep):
    return render_page(st, "upload.html", engines=st.settings.engines, max_mb=st.settings.max_upload_mb, nav="upload",
                llm_model=st.settings.llm_model, error=None)


@router.post("/upload", response_class=HTMLResponse)
async def upload_form(
    st: StateDep,
    files: Annotated[list[UploadFile], File()],
    reps: Annotated[str | None, Form()] = None,
    meeting_date: Annotated[str | None, Form()] = None,
    account: Annotated[str | None, Form()] = None,
    engine: Annotated[str, Form()] = "offline",
):
    try:
        stored = await receive_upload(st, files, [reps] if reps else None, meeting_date, account, engine)
    except UploadError as e:
        return render_page(st, "upload.html", e.status, engines=st.settings.engines, max_mb=st.settings.max_upload_mb,
                    nav="upload", llm_model=st.settings.llm_model, error=e.message)
    target = f"/calls/{stored[0].id}" if len(stored) == 1 else "/calls"
    return RedirectResponse(target, status_code=303)


@router.get("/calls/{call_id}", response_class=HTMLResponse)
def report_page(st: StateDep, call_id: int):
    from analyzer.report.html import render_body

    call = st.store.get(call_id)
    if call is None:
        return not_found(st, f"No call with id {call_id}.")
    analysis = analysis_of(call)
    return render_page(st, "report.html", call=call.summary, body=render_body(analysis, turns_of(call)),
                title=analysis.call.title or call.summary.file_name, nav="calls")


@router.post("/calls/{call_id}/delete")
async def delete_page(st: StateDep, call_id: int):
    if not await run_in_threadpool(st.store.delete, call_id):
        return not_found(st, f"No call with id {call_id}.")
    return RedirectResponse("/calls", status_code=303)


@router.get("/summary", response_class=HTMLResponse)
def summary_page(st: StateDep):
    overall, reps = summarize(st.store.all_summaries())
    return render_page(st, "summary.html", overall=overall, reps=reps, chart=bar_chart(reps) if reps else None,
                outcomes=get_args(Outcome), nav="summary", unknown_rep=UNKNOWN_REP)


# ------------------------------------------------------------------ login (only matters when a token is set)


def _safe_next(url: str | None) -> str:
    # Only same-site paths: "//evil.example" or "https://..." would turn the login into an open redirect.
    return url if url and url.startswith("/") and not url.startswith("//") and "\\" not in url else "/calls"


def login_html(st: State, next_url: str | None, error: str | None) -> str:
    return render_page(st, "login.html", next_url=_safe_next(next_url), error=error).body.decode()


@router.get("/login", response_class=HTMLResponse)
def login_page(st: StateDep, next: str | None = None):
    return HTMLResponse(login_html(st, next, None))


@router.post("/login")
def login(st: StateDep, token: Annotated[str, Form()], next: Annotated[str | None, Form()] = None):
    import hmac

    expected = st.settings.api_token
    if not expected:
        return RedirectResponse(_safe_next(next), status_code=303)
    if not hmac.compare_digest(token.encode(), expected.encode()):
        return HTMLResponse(login_html(st, next, "Wrong token."), status_code=401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.headers["set-cookie"] = cookie_header(expected)
    return response


@router.post("/logout")
def logout():
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
