"""What every route needs: settings, the store, the worker pool, the templates. One per app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated

import jinja2
from fastapi import Depends, Request

from analyzer.models import Analysis, Turn
from analyzer.web.config import Settings
from analyzer.web.storage import Store, StoredCall
from analyzer.web.worker import Pool

TEMPLATES = Path(__file__).with_name("templates")


@dataclass
class State:
    settings: Settings
    store: Store
    pool: Pool
    templates: jinja2.Environment


def make_templates() -> jinja2.Environment:
    # autoescape everywhere: file names, speaker names and quotes all come from uploads.
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True)


def state(request: Request) -> State:
    return request.app.state.analyzer


StateDep = Annotated[State, Depends(state)]  # how a route asks for the app's State


def analysis_of(call: StoredCall) -> Analysis:
    return Analysis.model_validate_json(call.analysis_json)


def turns_of(call: StoredCall) -> list[Turn] | None:
    """The transcript's turns, re-read from the stored original bytes with the options it was analyzed with.

    None when today's ingest can no longer read it (the report then shows the findings without the transcript).
    """
    from analyzer.errors import InputError
    from analyzer.ingest import load

    o = call.options
    meeting: date | None = o.meeting_date
    try:
        return load(call.summary.file_name, data=call.data, reps=list(o.reps), meeting_date=meeting).turns
    except InputError:
        return None
