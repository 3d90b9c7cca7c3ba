"""Load eval cases: `eval/cases/<split>/<id>/{transcript.<ext>, gold.json}` → `Case` objects.

A transcript goes through the product's own `analyzer.ingest.load` with the gold's meeting date and reps,
so the eval measures what a user gets. Corpus cases are converted from `../shared/corpus/` and skipped with a
notice when it is absent. A broken case (invalid gold, missing transcript, a gold quote that is not in
exactly one turn) is reported as one line and left out, never a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from analyzer.errors import AnalyzerError, InputError
from analyzer.evaluation import corpus
from analyzer.evaluation.gold import LISTS, Gold
from analyzer.models import Transcript

SPLITS = ("dev", "holdout")
TRANSCRIPT_EXTS = (".txt", ".md", ".vtt", ".srt", ".json", ".docx")


@dataclass
class Case:
    id: str
    dir: Path
    gold: Gold  # every item's `turn` filled in (resolved from its quote when the file did not name it)
    transcript: Transcript


@dataclass
class Loaded:
    cases: list[Case] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # skipped, not wrong (a corpus absent here)
    errors: list[str] = field(default_factory=list)  # broken cases, one line each


class CaseError(Exception):
    """A case that cannot be scored; the message is one line naming the file and the reason."""


def default_cases_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "eval" / "cases"


def case_dirs(root: Path, split: str = "dev") -> list[Path]:
    """Case folders (those holding a gold.json) of the split, sorted by id.

    `root` is a cases folder with `dev/` and `holdout/` below it, or any folder of case folders (then
    `split` filters on each gold's own `split`, read later).
    """
    splits = SPLITS if split == "all" else (split,)
    if any((root / s).is_dir() for s in SPLITS):
        dirs = [p.parent for s in splits for p in (root / s).glob("*/gold.json")]
    else:
        dirs = [p.parent for p in root.glob("*/gold.json")]
    return sorted(dirs, key=lambda d: (d.parent.name, d.name))


def read_gold(path: Path) -> Gold:
    try:
        return Gold.model_validate_json(path.read_bytes())
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise CaseError(f"{path}: {where}: {err['msg']} ({e.error_count()} problem(s))") from None
    except (OSError, ValueError) as e:
        raise CaseError(f"{path}: {e}") from None


def transcript_file(case_dir: Path) -> Path:
    found = [p for p in sorted(case_dir.glob("transcript.*")) if p.suffix.lower() in TRANSCRIPT_EXTS]
    if len(found) != 1:
        what = "no transcript.<ext>" if not found else f"{len(found)} transcript files"
        raise CaseError(f"{case_dir}: {what} (expected one of {', '.join(TRANSCRIPT_EXTS)})")
    return found[0]


def load_transcript(case_dir: Path, gold: Gold) -> Transcript:
    """The case's transcript as the product sees it. Raises `corpus.CorpusMissing` or `CaseError`."""
    if gold.source is not None:
        return corpus.to_transcript(gold)
    from analyzer.ingest import load

    path = transcript_file(case_dir)
    try:
        t = load(path, reps=list(gold.reps), meeting_date=gold.meeting_date)
    except AnalyzerError as e:
        raise CaseError(str(e)) from None
    return t.model_copy(update={"id": gold.id})


def turns_containing(transcript: Transcript, quote: str) -> list[int]:
    return [t.index for t in transcript.turns if quote in t.text]


def resolve_turns(gold: Gold, transcript: Transcript, where: str) -> Gold:
    """Fill each gold item's `turn`: its explicit turn (the quote must be in it) or the unique turn holding it."""
    updates = {}
    for name in LISTS:
        items = []
        for item in getattr(gold, name):
            if item.turn is not None:
                if item.turn >= len(transcript.turns) or item.quote not in transcript.turns[item.turn].text:
                    raise CaseError(f"{where}: {name} quote {item.quote!r} is not in turn {item.turn}")
                items.append(item)
                continue
            hits = turns_containing(transcript, item.quote)
            if len(hits) != 1:
                why = "in no turn" if not hits else f"in {len(hits)} turns {hits[:5]}; add \"turn\""
                raise CaseError(f"{where}: {name} quote {item.quote!r} is {why}")
            items.append(item.model_copy(update={"turn": hits[0]}))
        updates[name] = items
    return gold.model_copy(update=updates)


def load_case(case_dir: Path) -> Case:
    gold_path = case_dir / "gold.json"
    gold = read_gold(gold_path)
    transcript = load_transcript(case_dir, gold)
    return Case(id=gold.id, dir=case_dir, gold=resolve_turns(gold, transcript, str(gold_path)), transcript=transcript)


def load_cases(root: Path | None = None, split: str = "dev", ids: set[str] | None = None) -> Loaded:
    """Every case of the split (or only `ids`), sorted by id; skipped corpus cases become notices, broken
    ones errors."""
    root = Path(root) if root else default_cases_dir()
    out = Loaded()
    if not root.is_dir():
        raise InputError(str(root), "no such cases folder")
    for d in case_dirs(root, split):
        if ids is not None and d.name not in ids:  # folder name = case id (the validator enforces it)
            continue
        try:
            case = load_case(d)
        except corpus.CorpusMissing as e:
            out.notices.append(f"{d.name}: skipped, corpus absent ({e})")
            continue
        except CaseError as e:
            out.errors.append(str(e))
            continue
        if split != "all" and case.gold.split != split:
            continue
        out.cases.append(case)
    out.cases.sort(key=lambda c: c.id)
    return out


def gold_json(path: Path) -> dict:
    """The raw gold file (the validator checks date strings as written, before pydantic parses them)."""
    return json.loads(path.read_text(encoding="utf-8"))
