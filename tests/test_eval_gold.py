"""Validator over every eval case in both splits (eval/GUIDELINES.md is the spec it enforces).

Dates are checked for form and order only — well-formed ISO, start ≤ end, not before the meeting — never by
running our own date resolver, so the gold stays an independent check of it.
"""

from __future__ import annotations

import re

import pytest

from analyzer.evaluation import corpus
from analyzer.evaluation.dataset import (
    CaseError,
    case_dirs,
    default_cases_dir,
    gold_json,
    load_case,
    read_gold,
    transcript_file,
)

CASES = case_dirs(default_cases_dir(), "all")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CJK = re.compile(r"[\u3400-\u9fff]")
# A Latin word with a lowercase letter: "deadline", "Excel"; not acronyms like CRM, POC, OK.
LATIN_WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
EXT_OF = {"txt": {".txt"}, "md": {".md"}, "vtt": {".vtt"}, "srt": {".srt"}, "json": {".json"}, "docx": {".docx"}}


def _id(d):
    return f"{d.parent.name}/{d.name}"


@pytest.fixture(scope="module")
def loaded():
    cache = {}

    def get(d):
        if d not in cache:
            try:
                cache[d] = load_case(d)
            except corpus.CorpusMissing as e:
                cache[d] = e
        if isinstance(cache[d], corpus.CorpusMissing):
            pytest.skip(f"corpus absent: {cache[d]}")
        return cache[d]

    return get


@pytest.mark.parametrize("case_dir", CASES, ids=_id)
def test_gold_file_is_well_formed(case_dir):
    gold = read_gold(case_dir / "gold.json")  # pydantic: unknown keys, bad labels, bad dates all fail here
    assert gold.id == case_dir.name, "id must equal the folder name"
    assert gold.split == case_dir.parent.name, "split must equal the parent folder"
    assert gold.no_specific_ask == (not any(a.specific for a in gold.asks)), "no_specific_ask contradicts the asks"
    types = {a.type for a in gold.customer_actions}
    if gold.outcome == "order":
        assert "sign" in types, "order needs a customer action of type sign"
    else:
        assert "sign" not in types, "a sign action makes the outcome order"
    if gold.outcome == "advance":
        assert gold.customer_actions, "advance needs at least one customer action"
    if gold.outcome in ("continuation", "no_sale"):
        assert not gold.customer_actions, f"{gold.outcome} cannot have customer actions"
    if gold.format == "corpus":
        assert gold.source is not None, "a corpus case names its source"
        assert not list(case_dir.glob("transcript.*")), "corpus text stays in ../shared/corpus, not in the repo"
    else:
        assert gold.source is None, "only corpus cases have a source"
        path = transcript_file(case_dir)
        if gold.format in EXT_OF:
            assert path.suffix.lower() in EXT_OF[gold.format], f"format {gold.format} but file {path.name}"
    if gold.format == "notes":
        assert gold.reps == [], "prose notes have no speaker labels"


@pytest.mark.parametrize("case_dir", CASES, ids=_id)
def test_gold_dates_are_well_formed_and_not_before_the_meeting(case_dir):
    raw = gold_json(case_dir / "gold.json")
    assert ISO.match(str(raw.get("meeting_date"))), "meeting_date must be YYYY-MM-DD"
    gold = read_gold(case_dir / "gold.json")
    for item_raw, item in zip(raw.get("customer_actions", []), gold.customer_actions):
        due = item_raw.get("due")
        if due is None:
            continue
        parts = due if isinstance(due, list) else [due]
        assert len(parts) in (1, 2) and all(isinstance(p, str) and ISO.match(p) for p in parts), f"bad due {due!r}"
        start, end = (item.due, item.due) if len(parts) == 1 else item.due
        assert start <= end, f"range {due} ends before it starts"
        assert start >= gold.meeting_date, f"due {due} is before the meeting date {gold.meeting_date}"
        if len(parts) == 2:
            assert start < end, f"a one-day range {due} should be a plain date"


@pytest.mark.parametrize("case_dir", CASES, ids=_id)
def test_every_gold_quote_is_verbatim_in_one_turn(case_dir, loaded):
    try:
        case = loaded(case_dir)  # resolves each quote to the unique turn holding it, or its explicit turn
    except CaseError as e:
        pytest.fail(str(e))
    t = case.transcript
    for name in ("praise", "customer_actions", "rep_actions", "asks"):
        for item in getattr(case.gold, name):
            assert item.quote in t.turns[item.turn].text


@pytest.mark.parametrize("case_dir", CASES, ids=_id)
def test_reps_language_and_kind_match_the_transcript(case_dir, loaded):
    try:
        case = loaded(case_dir)
    except CaseError as e:
        pytest.fail(str(e))
    gold, t = case.gold, case.transcript
    if gold.format == "notes":
        assert t.kind == "notes", "gold says notes but ingest read speaker turns"
    else:
        assert t.kind == "dialogue", "gold says a dialogue but ingest read prose notes"
        speakers = {turn.speaker for turn in t.turns}
        missing = [r for r in gold.reps if r not in speakers]
        assert not missing, f"reps {missing} are not speakers; speakers are {sorted(speakers)[:8]}"
        assert gold.reps, "a dialogue case names its rep(s)"
    texts = [turn.text for turn in t.turns]
    cjk = sum(len(CJK.findall(x)) for x in texts)
    words = sum(len(LATIN_WORD.findall(x)) for x in texts)
    both = sum(1 for x in texts if CJK.search(x) and LATIN_WORD.search(x))
    if gold.language == "en":
        assert cjk == 0, "an en case has Chinese text"
    elif gold.language == "zh":
        assert cjk > 0, "a zh case has no Chinese text"
        # Isolated English terms are fine; a real share of English words means the case is mixed.
        assert words <= 0.1 * (words + cjk / 1.5), f"{words} English words: label it mixed?"
    else:
        assert both >= 3, f"a mixed case needs code-switching in at least 3 turns (found {both})"
