"""The whole pipeline over every real third-party dialogue the eval harness's converters can read.

Corpus text is not in the repository: it is read from `../shared/corpus` (or `$ANALYZER_CORPUS_DIR`), located
exactly as `analyzer.evaluation.corpus` does, and every test here skips with the reason when it is absent.
No sampling: all 1,017 + 300 PersuasionForGood dialogues (full and annotated files), 5 CraigslistBargain, 10
MobileCS and 64 MG-ShopDial run with the reps named (~15 s on 2 cores), and every 10th dialogue once more with
no reps (the role-guessing path). Each analysis must satisfy `check_analysis` (test_pipeline_invariants.py).
Raw corpus files (CSV, JSON, JSONL, TSV, Markdown, xlsx), which are not transcripts in our formats, go straight
to `analyzer.ingest.load`: a Transcript or a one-line InputError, nothing else.

`python tests/test_corpus_robustness.py` prints what the offline engine finds on the corpus (the summary in
the QA report): a precision sanity check on text nobody here wrote. `--export DIR` writes the dialogues as
JSON files for timing `analyzer batch DIR --out OUT`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # run as a script too
from test_pipeline_invariants import RecordingEngine, check_analysis  # noqa: E402

from analyzer.errors import InputError  # noqa: E402
from analyzer.evaluation import corpus as C  # noqa: E402
from analyzer.evaluation.gold import Gold  # noqa: E402
from analyzer.models import Analysis, Transcript  # noqa: E402
from analyzer.pipeline import analyze_transcript  # noqa: E402

ROOT = C.corpus_dir()
# The files the converters read (analyzer/evaluation/corpus.py), with each corpus's language.
# mobilecs_seretod/track2_test_example.json is left out on purpose: it holds only the user side ('用户'
# keys), which the converter does not read (it is still fed to ingest below).
SOURCES = [
    ("persuasionforgood", "FullData/full_dialog.csv", "en"),
    ("persuasionforgood", "AnnotatedData/300_dialog.csv", "en"),
    ("craigslistbargain_sample", "craigslistbargain_original_examples.json", "en"),
    ("mobilecs_seretod", "example.json", "zh"),
    ("mg_shopdial", "MGShopDial.json", "en"),
]
ROLELESS_EVERY = 10
FALLBACK_DATE = date(2024, 3, 14)  # a Thursday; only P4G ids carry the session date

needs_corpus = pytest.mark.skipif(
    not ROOT.is_dir(), reason=f"corpus not found at {ROOT} (set ANALYZER_CORPUS_DIR to run these tests)"
)


def dialogue_ids(corpus: str, file: str) -> list[str]:
    path = ROOT / corpus / file
    if not path.is_file():
        return []
    if corpus == "persuasionforgood":
        with open(path, encoding="utf-8", newline="") as f:
            return list(dict.fromkeys(row["B2"] for row in csv.DictReader(f)))
    data = json.loads(path.read_text(encoding="utf-8"))
    key = "uuid" if corpus == "craigslistbargain_sample" else "id"
    return [d[key] for d in data if isinstance(d, dict) and key in d]


def meeting_date(dialogue_id: str) -> date:
    m = re.match(r"(\d{4})(\d{2})(\d{2})-", dialogue_id)  # P4G: 20180719-165941_192_live
    return date(int(m[1]), int(m[2]), int(m[3])) if m else FALLBACK_DATE


def transcript(corpus: str, file: str, dialogue_id: str, language: str, with_reps: bool = True) -> Transcript:
    """The transcript the eval harness would build for a corpus case on this dialogue."""
    gold = Gold(
        id=dialogue_id, split="dev", language=language, format="corpus", meeting_date=meeting_date(dialogue_id),
        reps=[C.REP_LABELS[corpus]] if with_reps else [],
        source={"corpus": corpus, "file": file, "dialogue_id": dialogue_id, "licence": "read at test time"},
        no_specific_ask=True, outcome="continuation",
    )
    return C.to_transcript(gold, ROOT)


def analyze_source(corpus: str, file: str, language: str) -> tuple[dict[str, Analysis], list[str]]:
    """Analyze every dialogue of one corpus file: ({id: analysis}, failures as readable lines)."""
    results: dict[str, Analysis] = {}
    failures: list[str] = []
    engine = RecordingEngine()
    for n, did in enumerate(dialogue_ids(corpus, file)):
        for with_reps in (True, False) if n % ROLELESS_EVERY == 0 else (True,):
            label = f"{corpus}/{file}#{did}" + ("" if with_reps else " (no reps)")
            try:
                t = transcript(corpus, file, did, language, with_reps)
                a = analyze_transcript(t, engine)
                check_analysis(a, t, engine.raw)
            except C.CorpusMissing:
                continue  # a dialogue with no utterances left after stripping
            except AssertionError as e:
                failures.append(f"{label}: {str(e).splitlines()[0]}")
                continue
            except Exception as e:  # noqa: BLE001 - any crash on real text is the finding
                failures.append(f"{label}: {type(e).__name__}: {e}")
                continue
            if with_reps:
                results[did] = a
    return results, failures


# ---------------------------------------------------------------- tests


@needs_corpus
@pytest.mark.parametrize("corpus, file, language", SOURCES, ids=[f"{c}/{f}" for c, f, _ in SOURCES])
def test_every_corpus_dialogue_keeps_every_invariant(corpus, file, language):
    ids = dialogue_ids(corpus, file)
    if not ids:
        pytest.skip(f"{corpus}/{file} not found under {ROOT}")
    results, failures = analyze_source(corpus, file, language)
    assert not failures, f"{len(failures)} of {len(ids)} dialogues break an invariant:\n" + "\n".join(failures[:20])
    # Nearly every dialogue has text; a converter that silently read nothing would pass the loop above.
    assert len(results) >= 0.95 * len(ids)


def _raw_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*") if p.is_file()) if ROOT.is_dir() else []


@needs_corpus
@pytest.mark.parametrize("path", _raw_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_raw_corpus_file_is_a_transcript_or_one_line_error(path):
    """Not our formats (CSV tables, JSON of other shapes, xlsx): ingest must cope in one line either way."""
    try:
        t = load_raw(path)
    except InputError as e:
        msg = str(e)
        assert "\n" not in msg and str(path) in msg, msg
        assert "internal parser error" not in msg, msg
        return
    assert t.turns and all(turn.text.strip() for turn in t.turns)
    if path.stat().st_size <= 1_000_000:  # the big CSVs as prose notes take seconds and add nothing new
        engine = RecordingEngine()
        check_analysis(analyze_transcript(t, engine), t, engine.raw)


def load_raw(path: Path) -> Transcript:
    from analyzer.ingest import load

    return load(path, meeting_date=FALLBACK_DATE)


# ---------------------------------------------------------------- precision on real persuadee sentences
# Sentences from PersuasionForGood (Apache-2.0, Wang et al. ACL 2019) that the offline engine once turned into a
# customer "sign" action when the whole corpus was run. None is a commitment by DOMAIN.md (a zero amount, a
# question, a preference for another charity, a condition, a negation, a stall, an ability). Each stands after
# a persuader's ask, in a two-turn dialogue, so the reproducer is this test alone. The last two are real
# commitments: the test also fails if the engine stops finding anything.
P4G_ASK = "How much would you like to donate from your payment?"
NOT_COMMITMENTS = [
    ("I would like to donate $0.", "a zero amount declines"),  # 20180808-050533_601_live
    ("How does me saying I will donate fake money make a good impression for future hits.", "a question"),
    ("there are other charities I'd like to donate to over this one.", "prefers another charity"),
    ("Before I can donate I will need to know how this organization has help.", "a condition, a stall"),
    ("I hope I can still participate in the chats without donating.", "a negation"),
    ("I will take the option of donating into consideration.", "a stall"),
    ("I'd like to look into this charity more before I donate as well.", "a stall"),
    ("But I have money that I can donate.", "an ability (a buying signal), not a commitment"),
    ("I can easily cut down on that to donate more to charity tho.", "an ability, hypothetical"),
]
COMMITMENTS = ["I will donate 10 cents.", "then I will donate two dollars from my payment"]


def _two_turns(answer: str) -> Transcript:
    from analyzer.models import Turn

    return Transcript(
        id="p4g", source="p4g-sentence", meeting_date=date(2018, 8, 8), language="en",
        turns=[Turn(index=0, speaker="Persuader", text=P4G_ASK, role="rep"),
               Turn(index=1, speaker="Persuadee", text=answer, role="customer")],
        participants=[{"name": "Persuader", "role": "rep"}, {"name": "Persuadee", "role": "customer"}],
    )


@pytest.mark.parametrize(
    "answer",
    [pytest.param(a, id=f"{a[:40]} ({why})") for a, why in NOT_COMMITMENTS],
)
def test_corpus_non_commitment_is_no_customer_action(answer):
    engine = RecordingEngine()
    t = _two_turns(answer)
    a = analyze_transcript(t, engine)
    check_analysis(a, t, engine.raw)
    assert not a.customer_actions, [(x.type, x.quote) for x in a.customer_actions]
    assert a.outcome in ("continuation", "no_sale")


@pytest.mark.parametrize("answer", COMMITMENTS)
def test_corpus_commitment_is_an_order(answer):
    engine = RecordingEngine()
    t = _two_turns(answer)
    a = analyze_transcript(t, engine)
    check_analysis(a, t, engine.raw)
    assert a.outcome == "order" and a.customer_actions[0].quote in answer


def test_design_choice_is_no_decline():
    """AMI ES2002d (CC BY 4.0), a design meeting: 'we basically went with yellow' is a colour, not a lost deal;
    the corpus run called the whole meeting no_sale. Reproducer: the same two lines through ingest."""
    from analyzer.ingest import load

    text = "Anna: Here is the new remote design.\nBob: my only reservation with it was that we basically went with yellow\n"
    t = load("ami.txt", data=text.encode(), reps=["Anna"], meeting_date=FALLBACK_DATE)
    engine = RecordingEngine()
    a = analyze_transcript(t, engine)
    check_analysis(a, t, engine.raw)
    assert a.outcome != "no_sale", [d.quote for d in engine.raw.declines]


# ---------------------------------------------------------------- the summary (python tests/test_corpus_robustness.py)


def _p4g_labels() -> tuple[dict[str, set[str]], dict[str, tuple[float, float]]]:
    """Annotated P4G: the persuadee's act labels per dialogue, and (stated intent B5, actual donation B6)."""
    labels: dict[str, set[str]] = {}
    with open(ROOT / "persuasionforgood/AnnotatedData/300_dialog.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            labels.setdefault(row["B2"], set()).update(x for x in (row["ee_label_1"], row["ee_label_2"]) if x)
    donations: dict[str, tuple[float, float]] = {}
    with open(ROOT / "persuasionforgood/AnnotatedData/300_info.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["B4"] == "1":
                donations[row["B2"]] = (float(row["B5"] or 0), float(row["B6"] or 0))
    return labels, donations


def _p4g_actual() -> dict[str, float]:
    out = {}
    with open(ROOT / "persuasionforgood/FullData/full_info.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["B4"] == "1":
                out[row["B2"]] = float(row["B6"] or 0)
    return out


def summary() -> None:
    import time

    start = time.perf_counter()
    for corpus, file, language in SOURCES:
        results, failures = analyze_source(corpus, file, language)
        outcomes = Counter(a.outcome for a in results.values())
        print(f"{corpus}/{file}: {len(results)} dialogues, {len(failures)} invariant failures; outcomes {dict(outcomes)}")
        for line in failures[:10]:
            print("   FAIL", line)
        if file == "AnnotatedData/300_dialog.csv":
            labels, donations = _p4g_labels()
            agree = {d for d, ls in labels.items() if "agree-donation" in ls}
            for name, group in (("agree-donation", agree), ("no agree-donation", set(results) - agree)):
                c = Counter(results[d].outcome for d in group if d in results)
                print(f"   {name}: {len(group)} dialogues -> {dict(c)}")
            stated = Counter((donations.get(d, (0, 0))[0] > 0, results[d].outcome) for d in results)
            print(f"   (stated donation > 0, outcome): {dict(stated)}")
        if file == "FullData/full_dialog.csv":
            actual = _p4g_actual()
            c = Counter((actual.get(d, 0) > 0, a.outcome in ("order", "advance")) for d, a in results.items())
            print(f"   (actually donated, order/advance): {dict(c)}")
    print(f"{time.perf_counter() - start:.1f} s")


def export(out: Path) -> int:
    """Write every converted dialogue as `{"meeting_date", "reps", "turns"}` JSON for `analyzer batch`."""
    n = 0
    for corpus, file, language in SOURCES:
        folder = out / corpus / Path(file).with_suffix("").as_posix().replace("/", "_")
        folder.mkdir(parents=True, exist_ok=True)
        for did in dialogue_ids(corpus, file):
            try:
                t = transcript(corpus, file, did, language)
            except C.CorpusMissing:
                continue
            doc = {"meeting_date": t.meeting_date.isoformat(), "reps": [C.REP_LABELS[corpus]],
                   "turns": [{"speaker": x.speaker, "text": x.text, "start": x.start} for x in t.turns]}
            (folder / f"{did}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            n += 1
    return n


if __name__ == "__main__":
    # python tests/test_corpus_robustness.py               the summary of findings
    # python tests/test_corpus_robustness.py --export DIR  the dialogues as JSON files, for `analyzer batch DIR`
    if len(sys.argv) == 3 and sys.argv[1] == "--export":
        print(f"{export(Path(sys.argv[2]))} files written to {sys.argv[2]}")
    else:
        summary()
