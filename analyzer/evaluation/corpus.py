"""Converters: third-party dialogues in `../shared/corpus/` → `Transcript`, read at eval time.

Corpus text never enters the repository: a corpus case's gold.json names `source` (corpus, file, dialogue id)
and the text is read from the corpus folder when the harness runs. Each utterance becomes one turn with its
text verbatim (edge whitespace stripped); speakers get fixed labels (the gold's `reps` name the rep side):

| corpus | file(s) | rep / customer labels | one turn is |
|---|---|---|---|
| persuasionforgood | FullData/full_dialog.csv (or AnnotatedData/300_dialog.csv) | Persuader / Persuadee | one chat message (the annotated file's sentence rows of one message, joined by a space) |
| craigslistbargain_sample | craigslistbargain_original_examples.json | Seller / Buyer | one event: a message verbatim; an offer, accept, reject or quit as "(offer: $7)", "(accepts the offer)" … |
| mobilecs_seretod | example.json | 客服 / 用户 | one side of one turn pair |
| mg_shopdial | MGShopDial.json | Wizard / Client | one utterance |

Written by hand because each corpus has its own small layout (CSV rows, event lists, turn pairs) and no
library reads them into our model. A missing corpus folder or file raises `CorpusMissing`, which the loader
turns into a notice (the case is skipped), never an error.
"""

from __future__ import annotations

import csv
import json
import os
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from analyzer.evaluation.gold import Gold
from analyzer.models import Participant, Transcript, Turn

REP_LABELS = {
    "persuasionforgood": "Persuader",
    "craigslistbargain_sample": "Seller",
    "mobilecs_seretod": "客服",
    "mg_shopdial": "Wizard",
}


class CorpusMissing(Exception):
    """The corpus (folder, file or dialogue) is not on this machine: skip the case with this notice."""


def corpus_dir() -> Path:
    """`$ANALYZER_CORPUS_DIR`, else `<repo>/../shared/corpus` (the layout of every checkout and CI run)."""
    env = os.environ.get("ANALYZER_CORPUS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


Utterance = tuple[str, str, str | None]  # speaker, text, start


def utterances(corpus: str, file: str, dialogue_id: str, root: Path | None = None) -> list[Utterance]:
    """The dialogue's utterances in order. Raises `CorpusMissing` when the corpus, file or dialogue is absent."""
    root = root or corpus_dir()
    path = root / corpus / file
    if not path.is_file():
        raise CorpusMissing(f"{corpus}/{file} not found under {root}")
    reader = _READERS.get(corpus)
    if reader is None:
        raise CorpusMissing(f"no converter for corpus {corpus!r}")
    found = reader(str(path), dialogue_id)
    if not found:
        raise CorpusMissing(f"dialogue {dialogue_id!r} not in {corpus}/{file}")
    return [(s, t.strip(), start) for s, t, start in found if t.strip()]


def to_transcript(gold: Gold, root: Path | None = None) -> Transcript:
    """Build the case's transcript from its corpus source; roles come from the gold's `reps`."""
    if gold.source is None:
        raise ValueError(f"{gold.id}: not a corpus case")
    src = gold.source
    utts = utterances(src.corpus, src.file, src.dialogue_id, root)
    reps = set(gold.reps)

    def role(speaker: str) -> str:
        return "rep" if speaker in reps else ("customer" if reps else "unknown")

    turns = [Turn(index=i, speaker=s, text=t, start=start, role=role(s)) for i, (s, t, start) in enumerate(utts)]
    speakers = list(dict.fromkeys(s for s, _, _ in utts))
    return Transcript(
        id=gold.id,
        source=f"{src.corpus}/{src.file}#{src.dialogue_id}",
        kind="dialogue",
        meeting_date=gold.meeting_date,
        meeting_date_source="option",
        language=gold.language,
        turns=turns,
        participants=[Participant(name=s, role=role(s)) for s in speakers],
    )


# ---------------------------------------------------------------- one reader per corpus
# Each returns [(speaker, text, start)] for one dialogue id, [] when the id is absent. Parsed files are
# cached: a dev run reads the same 20k-row CSV for several cases.


@lru_cache(maxsize=8)
def _p4g_rows(path: str) -> dict[str, list[dict]]:
    by_id: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            by_id.setdefault(row["B2"], []).append(row)
    return by_id


def _persuasionforgood(path: str, dialogue_id: str) -> list[Utterance]:
    rows = _p4g_rows(path).get(dialogue_id, [])
    speaker = {"0": "Persuader", "1": "Persuadee"}
    out = []
    # FullData has one row per message; the annotated file splits a message into sentence rows that share
    # (Turn, B4), so consecutive rows with the same key are one utterance.
    for (_, role), group in groupby(rows, key=lambda r: (r["Turn"], r["B4"])):
        out.append((speaker.get(role, role), " ".join(r["Unit"].strip() for r in group), None))
    return out


@lru_cache(maxsize=4)
def _json(path: str):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _money(price) -> str:
    return f"${price:g}" if isinstance(price, (int, float)) else f"${price}"


def _craigslist(path: str, dialogue_id: str) -> list[Utterance]:
    dialogue = next((d for d in _json(path) if d.get("uuid") == dialogue_id), None)
    if dialogue is None:
        return []
    roles = {i: kb["personal"]["Role"].capitalize() for i, kb in enumerate(dialogue["scenario"]["kbs"])}
    events = dialogue["events"]
    t0 = float(events[0]["time"]) if events else 0.0
    out = []
    for e in events:
        action, data = e["action"], e.get("data")
        if action == "message":
            text = data or ""
        elif action == "offer":
            # Offers and accepts are structured events with no words; they carry the deal, so they are
            # turns too, in a form no one would mistake for chat text.
            text = f"(offer: {_money((data or {}).get('price'))})"
        elif action == "accept":
            text = "(accepts the offer)"
        elif action == "reject":
            text = "(rejects the offer)"
        elif action == "quit":
            text = "(quits)"
        else:
            text = f"({action})"
        out.append((roles.get(e["agent"], f"Agent {e['agent']}"), text, _elapsed(float(e["time"]) - t0)))
    return out


def _elapsed(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _mobilecs(path: str, dialogue_id: str) -> list[Utterance]:
    data = _json(path)
    dialogues = data if isinstance(data, list) else list(data.values())
    dialogue = next((d for d in dialogues if isinstance(d, dict) and d.get("id") == dialogue_id), None)
    if dialogue is None:
        return []
    out = []
    for pair in dialogue.get("content", []):
        for key, speaker in (("[SPEAKER 1]", "客服"), ("[SPEAKER 2]", "用户")):
            if pair.get(key):
                out.append((speaker, pair[key], None))
    return out


def _mg_shopdial(path: str, dialogue_id: str) -> list[Utterance]:
    dialogue = next((d for d in _json(path) if d.get("id") == dialogue_id), None)
    if dialogue is None:
        return []
    return [(u["participant"], u["utterance"], None) for u in dialogue["utterances"]]


_READERS = {
    "persuasionforgood": _persuasionforgood,
    "craigslistbargain_sample": _craigslist,
    "mobilecs_seretod": _mobilecs,
    "mg_shopdial": _mg_shopdial,
}
