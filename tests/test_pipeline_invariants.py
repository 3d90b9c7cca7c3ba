"""Pipeline invariants on random dialogues, and the CLI on hostile files.

`check_analysis` is the one statement of what every analysis must satisfy, whatever the input: every quote
verbatim in the turn it cites (checked on the engine's raw findings, before grounding could hide a bad one),
indices in range, due_end >= due_date, the outcome consistent with the findings, a lossless JSON round trip,
nothing dropped by grounding. `test_corpus_robustness.py` applies the same function to real corpus dialogues.

The random dialogues are built from realistic zh/en fragments (praise, dated commitments, asks, acceptances,
stalls, negations, rep tasks, noise, emoji, code-switching) rather than arbitrary characters, so hypothesis
reaches the engine's rules instead of only its "nothing here" path.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.extract import get_engine
from analyzer.models import Analysis, Findings, Participant, Transcript, Turn
from analyzer.pipeline import analyze_transcript

# ---------------------------------------------------------------- the invariants


class RecordingEngine:
    """The offline engine, keeping its raw findings: grounding silently nulls a bad secondary quote
    (response_quote, proposal_quote), so only the raw output shows whether the engine produced one."""

    def __init__(self):
        self.inner = get_engine("offline")
        self.name, self.version = self.inner.name, self.inner.version
        self.raw: Findings | None = None

    def extract(self, transcript: Transcript) -> Findings:
        self.raw = self.inner.extract(transcript)
        return self.raw

    def info(self):
        return self.inner.info()


FIELDS = ("praise", "customer_actions", "rep_actions", "asks", "signals", "probes", "declines")
SECONDARY = (("response_quote", "response_turn"), ("proposal_quote", "proposal_turn"))


def _check_quotes(findings, turns: list[Turn], where: str) -> None:
    n = len(turns)
    for field in FIELDS:
        for item in getattr(findings, field, []):
            assert 0 <= item.turn < n, f"{where}: {field} cites turn {item.turn} of {n}"
            assert item.quote.strip(), f"{where}: {field} has an empty quote"
            assert item.quote in turns[item.turn].text, (
                f"{where}: {field} quote {item.quote!r} not verbatim in turn {item.turn}: {turns[item.turn].text!r}"
            )
            for qf, tf in SECONDARY:
                q, t = getattr(item, qf, None), getattr(item, tf, None)
                if q is None:
                    continue
                assert t is not None and 0 <= t < n, f"{where}: {field}.{qf} cites turn {t} of {n}"
                assert q in turns[t].text, f"{where}: {field}.{qf} {q!r} not verbatim in turn {t}: {turns[t].text!r}"


def check_analysis(analysis: Analysis, transcript: Transcript, raw: Findings | None = None) -> None:
    """Assert every invariant of one analysis of `transcript` (raw = the engine's findings before grounding)."""
    where = transcript.source
    turns = transcript.turns
    if raw is not None:
        _check_quotes(raw, turns, f"{where} (engine output)")
    _check_quotes(analysis, turns, where)
    assert analysis.dropped_quotes == 0, f"{where}: grounding dropped {analysis.dropped_quotes} findings"
    if raw is not None:
        # Grounding kept everything, including the secondary quotes it would have nulled silently.
        for field in ("praise", "customer_actions", "rep_actions", "asks", "signals"):
            assert len(getattr(raw, field)) == len(getattr(analysis, field)), f"{where}: {field} lost items"
    assert analysis.call.turns == len(turns)

    for item in [*analysis.praise, *analysis.customer_actions, *analysis.rep_actions, *analysis.asks,
                 *analysis.signals]:
        assert item.speaker == turns[item.turn].speaker and item.start == turns[item.turn].start, where

    # Who says what (models.py docstrings): praise, signals and customer actions are the customer's words, an
    # ask is the rep's. Checked where the cited turn's role is known; guessed roles are the engine's business.
    for field, wrong in (("praise", "rep"), ("signals", "rep"), ("customer_actions", "rep"), ("asks", "customer")):
        for item in getattr(analysis, field):
            assert turns[item.turn].role != wrong, (
                f"{where}: {field} quote {item.quote!r} cites turn {item.turn}, a {wrong}'s turn: {turns[item.turn].text!r}"
            )

    for a in analysis.customer_actions:
        if a.due_date is not None or a.due_end is not None:
            assert a.due_text, f"{where}: a due date with no phrase is invented: {a!r}"
        if a.due_end is not None:
            assert a.due_date is not None and a.due_end >= a.due_date, f"{where}: due range {a.due_date}..{a.due_end}"
    for r in analysis.rep_actions:
        if r.due_date is not None:
            assert r.due_text, f"{where}: rep due date with no phrase: {r!r}"

    # Outcome (eval/GUIDELINES.md): order <=> a sign action; advance => an action; no_sale / continuation => none.
    actions = analysis.customer_actions
    signs = [a for a in actions if a.type == "sign"]
    if analysis.outcome == "order":
        assert signs, f"{where}: order without a sign action"
    elif analysis.outcome == "advance":
        assert actions and not signs, f"{where}: advance needs a (non-sign) customer action"
    else:
        assert not actions, f"{where}: {analysis.outcome} with customer actions {[a.quote for a in actions]}"
    assert analysis.no_specific_ask == (not any(a.specific for a in analysis.asks)), where
    codes = {f.code for f in analysis.flags}
    assert ("NO_ASK" in codes) == (not analysis.asks), where
    for f in analysis.flags:
        assert f.turn is None or 0 <= f.turn < len(turns), f"{where}: flag {f.code} cites turn {f.turn}"

    again = Analysis.model_validate_json(analysis.model_dump_json())
    assert again == analysis, f"{where}: JSON round trip changed the analysis"


def run_checked(transcript: Transcript, engine: RecordingEngine | None = None) -> Analysis:
    engine = engine or RecordingEngine()
    analysis = analyze_transcript(transcript, engine)
    check_analysis(analysis, transcript, engine.raw)
    return analysis


# ---------------------------------------------------------------- random dialogues

PRAISE = ["你们产品真不错", "这个功能挺好的", "贵公司的服务很有名，口碑很好", "Your product looks great.",
          "I love the dashboard!", "That's really impressive, honestly.", "这个界面做得很漂亮"]
COMMITMENTS = [
    "我下周三安排技术评审", "我们月底前签合同", "下个月15号我们提交预算申请", "国庆后我跟老板汇报一下",
    "我明天上午带你去见王总", "3月20日我们组织一次POC", "I'll set up a meeting with our CFO next Tuesday.",
    "We will start the trial on March 20.", "We'll send the PO by EOD Friday.", "Let's sign by the end of Q3.",
    "I'll get you in front of the VP on the 25th.", "我们下下周一开始试用", "年底之前走完招标流程",
]
ASKS = [
    "下周三能安排技术交流吗？", "您看下周二下午三点我们来做个演示，可以吗？", "咱们找个时间试用一下吧",
    "Could you set up 30 minutes with your CFO next Tuesday?", "Let's touch base sometime.",
    "Would you be willing to donate $1 today?", "How about a pilot starting next Monday with your ops team?",
]
ANSWERS = ["可以", "行，就这么定", "好", "嗯", "sure, let's do that", "Thursday at 2 works though.", "ok", "Sounds good!"]
STALLS_AND_NOS = [
    "我们再研究研究", "我问一下", "We'll study it.", "Let me think about it.", "这个季度不能试用",
    "If we did a pilot, how would it work?", "We already did a trial last year.", "不需要了，谢谢",
    "No thanks, we're not interested.", "We're staying with our current vendor.",
]
REP_TASKS = ["我明天把报价发给您", "send me the pricing", "I'll send the deck tomorrow.", "麻烦您把方案发我邮箱"]
SIGNALS = ["预算下个月就到位了", "My boss is asking about this.", "We have budget to spend by June."]
NOISE = [
    "哈哈哈", "uh-huh", "(laughs)", "[inaudible]", "——", "？？", "😊👍", "🙏🏻", "https://example.com/x?y=1&z=2",
    "email me at a.b@c.com", "3.5%", "$1,000.00", "我们 next week 做个 POC 吧", "OK 那就下周二 demo",
    "budget 已经批了", "Ｆｕｌｌ－ｗｉｄｔｈ ｔｅｘｔ", "\u200b", "e\u0301", "٣ أيام", "Mr. Smith, Dr. Lee & co.",
    "1.", "...", "……", "「好的」", "“下周见”", "a\tb", "CAPS LOCK MEETING NEXT FRIDAY",
]
FRAGMENTS = PRAISE + COMMITMENTS + ASKS + ANSWERS + STALLS_AND_NOS + REP_TASKS + SIGNALS + NOISE
# In a scripted call the rep and the customer take turns with what each side typically says, so asks meet
# answers, declines and probes (free mode alone rarely links an ask to a response).
REP_SAYS = ASKS + REP_TASKS + NOISE[:6] + ["是什么顾虑呢？", "Is there some concern I haven't addressed?"]
CUSTOMER_SAYS = PRAISE + COMMITMENTS + ANSWERS + STALLS_AND_NOS + SIGNALS + REP_TASKS[1:2] + NOISE[:6]
SEPARATORS = st.sampled_from(["", " ", "，", "。", ", ", ". ", "! ", "? ", "\n", "；", "…"])
@st.composite
def turn_texts(draw, fragments: list[str] = FRAGMENTS, max_pieces: int = 6) -> str:
    fragment = st.one_of(st.sampled_from(fragments), st.text(max_size=8))
    pieces = draw(st.lists(fragment, min_size=1, max_size=max_pieces))
    if draw(st.integers(0, 19)) == 0:  # now and then a very long turn: a monologue of fragments
        pieces = pieces * draw(st.integers(50, 400))
    text = ""
    for p in pieces:
        text += p + draw(SEPARATORS)
    # Ingest hands the engine stripped, non-empty turns; keep that contract, but allow empty-ish ones.
    return text.strip() or draw(st.sampled_from(["嗯", ".", "😊", "\u3000。"])).strip() or "嗯"


SPEAKERS = ["Lisa", "Tom", "张伟", "王总", "Speaker 1", "客服", "用户", ""]
ROLES = st.sampled_from(["rep", "customer", "unknown"])


@st.composite
def transcripts(draw) -> Transcript:
    speakers = draw(st.lists(st.sampled_from(SPEAKERS), min_size=1, max_size=4, unique=True))
    role_of = {s: draw(ROLES) for s in speakers}
    scripted = len(speakers) >= 2 and draw(st.booleans())
    if scripted:  # speakers[0] is the rep, speakers[1] the customer, alternating
        role_of[speakers[0]], role_of[speakers[1]] = draw(st.sampled_from([("rep", "customer"), ("unknown", "unknown")]))
    n = draw(st.integers(1, 25))
    turns = []
    for i in range(n):
        if scripted:
            s = speakers[i % 2]
            text = draw(turn_texts(REP_SAYS if i % 2 == 0 else CUSTOMER_SAYS, max_pieces=2))
        else:
            s = draw(st.sampled_from(speakers))
            text = draw(turn_texts())
        start = f"00:{i // 60:02d}:{i % 60:02d}" if draw(st.booleans()) else None
        turns.append(Turn(index=i, speaker=s, text=text, start=start, role=role_of[s]))
    kind = draw(st.sampled_from(["dialogue", "dialogue", "notes"]))
    if kind == "notes":  # as ingest makes notes: one turn per sentence, no speaker, no role
        turns = [t.model_copy(update={"speaker": "", "role": "unknown"}) for t in turns]
    used = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    return Transcript(
        id="fuzz",
        source="fuzz.txt",
        kind=kind,
        meeting_date=draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))),
        language=draw(st.sampled_from(["zh", "en", "mixed"])),
        turns=turns,
        participants=[Participant(name=s, role=role_of[s]) for s in used],
    )


# PIPELINE_FUZZ_EXAMPLES=2000 for a longer hunt; the default keeps CI quick.
FUZZ = settings(
    max_examples=int(os.environ.get("PIPELINE_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(transcript=transcripts())
def test_random_dialogues_keep_every_invariant(transcript):
    analysis = run_checked(transcript)
    # Every report renders whatever the text (emoji, markup-like brackets, 10k-character turns).
    from analyzer.report import render
    from analyzer.report.html import render_html

    for fmt in ("md", "text"):
        assert render(analysis, fmt).strip()
    html = render_html(analysis, transcript.turns)
    assert html.rstrip().endswith("</html>") and "<script" not in html


@FUZZ
@given(transcript=transcripts(), fmt=st.sampled_from(["txt", "json"]))
def test_random_files_through_ingest_keep_every_invariant(transcript, fmt):
    """The same dialogues written as a file and loaded by ingest (speaker labels, JSON escaping, roles inferred)."""
    import json

    from analyzer.errors import InputError
    from analyzer.ingest import load

    if fmt == "json":
        data = json.dumps(
            {"meeting_date": transcript.meeting_date.isoformat(),
             "turns": [{"speaker": t.speaker or "Anon", "text": t.text} for t in transcript.turns]},
            ensure_ascii=False,
        ).encode()
    else:
        data = "\n".join(f"{t.speaker or 'Anon'}: {t.text}" for t in transcript.turns).encode()
    try:
        loaded = load(f"fuzz.{fmt}", data=data, meeting_date=transcript.meeting_date)
    except InputError as e:
        assert "\n" not in str(e) and "internal parser error" not in str(e), str(e)
        return
    run_checked(loaded)


# ---------------------------------------------------------------- hostile files through the CLI


def _docx_of_garbage(path: Path) -> None:
    # A zip with the members a .docx has, holding random bytes instead of XML.
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", os.urandom(300))
        z.writestr("word/document.xml", os.urandom(500))


HOSTILE = {
    "nul.txt": b"Lisa: hello\x00\x00 there\nTom: ok\x00\n",
    "zero.txt": b"",
    "nested.json": b"[" * 100_000 + b"]" * 100_000,
    "nested-object.json": b'{"turns": ' * 50_000 + b"[]" + b"}" * 50_000,
    "header-only.vtt": b"WEBVTT\n\n",
    "garbage.docx": _docx_of_garbage,
    "not-a-zip.docx": b"PK\x03\x04" + bytes(range(256)) * 8,
    "会议 记录 ü.txt": b"\xff\xfe\x00\xd8",  # a UTF-16 BOM, then a lone surrogate
    "pdf in disguise.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)),
    "whitespace.md": b" \n\t\n\r\n\xe3\x80\x80\n",
}


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args], cwd=cwd, capture_output=True, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_is_one_line_error(tmp_path, name):
    path = tmp_path / name
    content = HOSTILE[name]
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    r = _cli("analyze", name, cwd=tmp_path)
    err = r.stderr.decode("utf-8")
    assert r.returncode == 1, (r.returncode, err, r.stdout[:300])
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert name in lines[0], f"the error must name the file: {lines[0]!r}"
    reason = lines[0].split(name, 1)[1].strip(" :")
    assert len(reason) >= 5, f"the error must give a reason: {lines[0]!r}"
    assert r.stdout == b""


@pytest.mark.parametrize(
    "name, line",
    [
        ("one-line.txt", "x" * 3_000_000),
        # Real words in one giant turn reach the engine's rules (1 MB: 3 MB of it takes ~19 s, see the report).
        ("one-turn.txt", "Lisa: " + "Could we meet next Tuesday with your CFO? 好的。" * 23_000),
    ],
)
def test_three_megabyte_single_line(tmp_path, name, line):
    """A 3 MB single line is under the size limit and is text: the loader may analyze it (as notes or as one
    turn) or refuse it in one line; it must never crash, hang or print a traceback."""
    (tmp_path / name).write_text(line, encoding="utf-8")
    r = _cli("analyze", name, "--meeting-date", "2025-03-14", cwd=tmp_path)
    err = r.stderr.decode("utf-8")
    assert "Traceback" not in err
    if r.returncode == 0:
        analysis = Analysis.model_validate_json(r.stdout)
        assert analysis.call.source == name and analysis.dropped_quotes == 0
    else:
        assert r.returncode == 1 and len(err.strip().splitlines()) == 1 and name in err, err


def test_missing_file_and_directory_name_the_path(tmp_path):
    (tmp_path / "a dir").mkdir()
    for target in ("no such file.vtt", "a dir"):
        r = _cli("analyze", target, cwd=tmp_path)
        err = r.stderr.decode("utf-8")
        assert r.returncode == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        assert target in err
