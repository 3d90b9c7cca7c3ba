"""Ingest: every format, encoding, front matter, meeting date source and language, as tables."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from analyzer.ingest import load

D = date(2026, 3, 12)


def turns_of(name: str, text: str | bytes, **kw):
    data = text.encode() if isinstance(text, str) else text
    t = load(name, data=data, today=D, **kw)
    return t, [(x.speaker, x.text, x.start) for x in t.turns]


# ---------------------------------------------------------------- text layouts

TEXT_CASES = [
    pytest.param(
        "Lisa: Hi Tom.\nTom: Hello.\nLisa: Shall we meet?\n",
        [("Lisa", "Hi Tom.", None), ("Tom", "Hello.", None), ("Lisa", "Shall we meet?", None)],
        id="name-colon",
    ),
    pytest.param(
        "张伟：王总您好。\n王总：你好。\n张伟：您看下周三可以吗？\n",
        [("张伟", "王总您好。", None), ("王总", "你好。", None), ("张伟", "您看下周三可以吗？", None)],
        id="full-width-colon",
    ),
    pytest.param(
        "[00:01:23] Lisa Chen: Hi.\n[00:01:30] Tom Wu: Hello.\n",
        [("Lisa Chen", "Hi.", "00:01:23"), ("Tom Wu", "Hello.", "00:01:30")],
        id="bracket-timestamp",
    ),
    pytest.param(
        "00:00:05 Lisa: Hi.\n00:00:09 Tom: Hello.\n",
        [("Lisa", "Hi.", "00:00:05"), ("Tom", "Hello.", "00:00:09")],
        id="bare-timestamp",
    ),
    pytest.param(
        "Lisa (00:01:23): Hi.\nTom (00:01:30.5)：Hello.\n",
        [("Lisa", "Hi.", "00:01:23"), ("Tom", "Hello.", "00:01:30.500")],
        id="name-paren-timestamp",
    ),
    pytest.param(
        "Speaker 1  0:03\nHello, thanks for joining.\nLet me share my screen.\n\nSpeaker 2  0:10\nSure.\n\nSpeaker 1  1:02:03\nBye.\n",
        [
            ("Speaker 1", "Hello, thanks for joining.\nLet me share my screen.", "00:00:03"),
            ("Speaker 2", "Sure.", "00:00:10"),
            ("Speaker 1", "Bye.", "01:02:03"),
        ],
        id="otter-header",
    ),
    pytest.param(
        "Lisa Chen - 00:00:03\nHello.\nTom Wu - 00:00:09\nHi.\n",
        [("Lisa Chen", "Hello.", "00:00:03"), ("Tom Wu", "Hi.", "00:00:09")],
        id="header-dash",
    ),
    pytest.param(
        "0:03 | Lisa Chen\nHello.\n0:09 | Tom Wu\nHi.\n[00:00:12] Lisa Chen\nBye.\n",
        [("Lisa Chen", "Hello.", "00:00:03"), ("Tom Wu", "Hi.", "00:00:09"), ("Lisa Chen", "Bye.", "00:00:12")],
        id="header-time-first",
    ),
    pytest.param(
        "Lisa: First line\nsecond line without a label\nTom: ok\nLisa: Note: the price is fixed.\n",
        [("Lisa", "First line\nsecond line without a label", None), ("Tom", "ok", None),
         ("Lisa", "Note: the price is fixed.", None)],
        id="continuation-and-inner-colon",
    ),
    pytest.param(
        "**Lisa:** Hi there\n**Tom:** Hello\n- Lisa: Bye\n",
        [("Lisa", "Hi there", None), ("Tom", "Hello", None), ("Lisa", "Bye", None)],
        id="markdown-bold-and-bullets",
    ),
    pytest.param(
        "Lisa: see https://example.com/a for details\nTom: ok\nLisa: fine\n",
        [("Lisa", "see https://example.com/a for details", None), ("Tom", "ok", None), ("Lisa", "fine", None)],
        id="url-is-not-a-label",
    ),
]


@pytest.mark.parametrize("text,expected", TEXT_CASES)
def test_text_layouts(text, expected):
    t, turns = turns_of("call.txt", text)
    assert t.kind == "dialogue"
    assert turns == expected


def test_heading_above_turns_becomes_title_and_preamble_is_kept():
    t, turns = turns_of("c.md", "# Call with Acme\n\nLisa: Hi\nTom: Hello\nLisa: Bye\n")
    assert t.title == "Call with Acme"
    t, turns = turns_of("c.txt", "Attendees were late.\nWe started at ten.\nLisa: Hi\nTom: Hello\nLisa: Bye\n")
    assert turns[0] == ("", "Attendees were late.\nWe started at ten.", None)


# ---------------------------------------------------------------- prose vs. speakers

PROSE_CASES = [
    pytest.param("Note: the price is high. They liked the demo and agreed to a trial next week.", id="single-note-colon"),
    pytest.param("拜访王总，他说产品不错，答应下周三安排技术评审。", id="zh-visit-notes"),
    pytest.param("王总说：产品不错。\n李工表示：下周安排评审。\n", id="zh-reported-speech"),
    pytest.param("He said: the budget is approved.\nShe asked: when can we start?\n", id="en-reported-speech"),
    pytest.param("Summary: good call.\nNext steps: trial.\nSummary: again.\nNext steps: more.\n", id="note-headings"),
    pytest.param("we agreed that: the trial starts Monday.\nthe team noted that: budget is fine.\n", id="lowercase-clauses"),
    pytest.param("09:30 Arrived at Acme.\n10:15 Demo with Wang\n11:00 Left the site\n", id="timed-visit-log"),
]


@pytest.mark.parametrize("text", PROSE_CASES)
def test_prose_is_notes_not_speakers(text):
    t, turns = turns_of("notes.txt", text)
    assert t.kind == "notes"
    assert all(speaker == "" and role == "unknown" for speaker, role in ((x.speaker, x.role) for x in t.turns))
    assert t.participants == []


# ---------------------------------------------------------------- subtitles

ZOOM_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:02.500
Lisa Chen: Hello Tom.

2
00:00:03.000 --> 00:00:04.000
Lisa Chen: Let me show you our platform.

3
00:00:05.000 --> 00:00:06.000
Tom Wu: Looks good.
"""
TEAMS_VTT = """WEBVTT

NOTE exported by Teams

00:00:01.000 --> 00:00:02.500
<v 张伟>王总您好。</v>

00:00:03.000 --> 00:00:04.000
<v 王总>好的，&amp; 谢谢。</v>
<v 张伟>您看下周三可以吗？</v>

00:01:05.250 --> 00:01:06.000
<v.loud 张伟>我给您发资料。</v>
"""
SRT_TEXT = """1
00:00:01,000 --> 00:00:02,000
Sales: Hi <i>there</i>

2
00:00:03,500 --> 00:00:04,000
Sales: second cue

3
00:00:05,000 --> 00:00:06,000
Customer: Hello
"""

SUBTITLE_CASES = [
    pytest.param("zoom.vtt", ZOOM_VTT, [
        ("Lisa Chen", "Hello Tom.\nLet me show you our platform.", "00:00:01.000"),
        ("Tom Wu", "Looks good.", "00:00:05.000"),
    ], id="zoom-vtt-merge"),
    pytest.param("teams.vtt", TEAMS_VTT, [
        ("张伟", "王总您好。", "00:00:01.000"),
        ("王总", "好的，& 谢谢。", "00:00:03.000"),
        ("张伟", "您看下周三可以吗？\n我给您发资料。", "00:00:03.000"),
    ], id="teams-voice-spans"),
    pytest.param("call.srt", SRT_TEXT, [
        ("Sales", "Hi there\nsecond cue", "00:00:01.000"),
        ("Customer", "Hello", "00:00:05.000"),
    ], id="srt"),
    pytest.param("call.txt", ZOOM_VTT, [
        ("Lisa Chen", "Hello Tom.\nLet me show you our platform.", "00:00:01.000"),
        ("Tom Wu", "Looks good.", "00:00:05.000"),
    ], id="vtt-sniffed-in-txt"),
    pytest.param("call.sub", SRT_TEXT, [
        ("Sales", "Hi there\nsecond cue", "00:00:01.000"),
        ("Customer", "Hello", "00:00:05.000"),
    ], id="srt-sniffed-unknown-ext"),
]


@pytest.mark.parametrize("name,text,expected", SUBTITLE_CASES)
def test_subtitles(name, text, expected):
    t, turns = turns_of(name, text)
    assert turns == expected


def test_vtt_without_speakers_keeps_cues_apart():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello\n\n00:00:03.000 --> 00:00:04.000\nworld\n"
    t, turns = turns_of("x.vtt", text)
    assert turns == [("", "hello", "00:00:01.000"), ("", "world", "00:00:03.000")]


# ---------------------------------------------------------------- JSON

JSON_CASES = [
    pytest.param([{"speaker": "Lisa", "text": "Hi", "start": 1.5}, {"speaker": "Tom", "text": "Yo", "start": "0:03"}],
                 [("Lisa", "Hi", "00:00:01.500"), ("Tom", "Yo", "00:00:03")], id="list"),
    pytest.param({"utterances": [{"name": "Lisa", "content": "Hi", "time": "00:01:02"},
                                 {"name": "Tom", "utterance": "Yo", "timestamp": 65}]},
                 [("Lisa", "Hi", "00:01:02"), ("Tom", "Yo", "00:01:05.000")], id="aliases"),
    pytest.param({"segments": [{"speaker": "A", "text": "  padded  ", "start_ms": 2500}, {"speaker": "B", "text": ""}]},
                 [("A", "padded", "00:00:02.500")], id="segments-ms-and-empty-skipped"),
    pytest.param({"messages": [{"role": "assistant", "content": "您好"}, {"role": "user", "content": "多少钱"}]},
                 [("assistant", "您好", None), ("user", "多少钱", None)], id="chat-messages"),
    pytest.param({"transcript": "Lisa: Hi\nTom: Yo\nLisa: Bye"},
                 [("Lisa", "Hi", None), ("Tom", "Yo", None), ("Lisa", "Bye", None)], id="transcript-string"),
    pytest.param(["Lisa: Hi", "Tom: Yo", "Lisa: Bye"],
                 [("Lisa", "Hi", None), ("Tom", "Yo", None), ("Lisa", "Bye", None)], id="list-of-lines"),
]


@pytest.mark.parametrize("doc,expected", JSON_CASES)
def test_json(doc, expected):
    t, turns = turns_of("call.json", json.dumps(doc, ensure_ascii=False))
    assert turns == expected


def test_json_metadata():
    doc = {"meeting_date": "2026-04-01", "reps": ["Lisa"], "account": "Acme", "title": "Renewal",
           "turns": [{"speaker": "Lisa Chen", "text": "our platform"}, {"speaker": "Tom", "text": "ok"}]}
    t, _ = turns_of("call.json", json.dumps(doc))
    assert (t.meeting_date, t.meeting_date_source, t.account, t.title) == (date(2026, 4, 1), "front_matter", "Acme", "Renewal")
    assert [(p.name, p.role) for p in t.participants] == [("Lisa Chen", "rep"), ("Tom", "customer")]


# ---------------------------------------------------------------- DOCX

def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        tab = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                tab.cell(r, c).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_dialogue():
    t, turns = turns_of("call.docx", _docx(["张伟：王总您好。", "王总：你好。", "张伟：下周三见。"]))
    assert turns == [("张伟", "王总您好。", None), ("王总", "你好。", None), ("张伟", "下周三见。", None)]


def test_docx_notes_and_table():
    t, turns = turns_of("visit.docx", _docx(["拜访王总，他说产品不错。答应下周三安排技术评审。"]))
    assert t.kind == "notes" and [x[1] for x in turns] == ["拜访王总，他说产品不错。", "答应下周三安排技术评审。"]
    t, turns = turns_of("table.docx", _docx([], [["Lisa", "Hi"], ["Tom", "Hello"], ["Lisa", "Bye"]]))
    assert turns == [("Lisa", "Hi", None), ("Tom", "Hello", None), ("Lisa", "Bye", None)]


def test_docx_sniffed_without_extension():
    t, turns = turns_of("upload", _docx(["Lisa: Hi", "Tom: Hello", "Lisa: Bye"]))
    assert [x[0] for x in turns] == ["Lisa", "Tom", "Lisa"]


# ---------------------------------------------------------------- encodings

ZH = "张伟：王总您好，我们的方案可以帮您节省成本。\n王总：好的，下周三安排技术评审吧。\n张伟：您看几点方便？\n"
ENCODINGS = [
    pytest.param(ZH.encode("utf-8"), id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + ZH.encode("utf-8"), id="utf-8-bom"),
    pytest.param(ZH.encode("gbk"), id="gbk"),
    pytest.param(ZH.encode("gb18030"), id="gb18030"),
    pytest.param(ZH.encode("utf-16"), id="utf-16-bom"),
    pytest.param(b"\xff\xfe" + ZH.encode("utf-16-le"), id="utf-16-le-bom"),
    pytest.param(b"\xfe\xff" + ZH.encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(ZH.encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(ZH.encode("utf-16-be"), id="utf-16-be-no-bom"),
    pytest.param(ZH.replace("\n", "\r\n").encode("gbk"), id="gbk-crlf"),
    pytest.param(ZH.replace("\n", "\r").encode("utf-8"), id="utf-8-cr"),
]


@pytest.mark.parametrize("data", ENCODINGS)
def test_encodings(data):
    t, turns = turns_of("call.txt", data)
    assert [x[1] for x in turns] == ["王总您好，我们的方案可以帮您节省成本。", "好的，下周三安排技术评审吧。", "您看几点方便？"]
    assert t.language == "zh"


@pytest.mark.parametrize("encoding", ["gbk", "utf-16-le", "utf-16-be"])
def test_short_chinese_files(encoding):
    # Short GBK decodes cleanly as Big5 or CP949 too; the zh/en prior must pick GB18030.
    t, turns = turns_of("c.txt", "张伟：好\n王总：行\n".encode(encoding))
    assert turns == [("张伟", "好", None), ("王总", "行", None)]


WESTERN = "José: Señor, the café résumé is fine.\nTom: Grüße, très bien.\nJosé: À bientôt.\n"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_western_encodings(encoding):
    t, turns = turns_of("c.txt", WESTERN.encode(encoding))
    assert [x[1] for x in turns] == ["Señor, the café résumé is fine.", "Grüße, très bien.", "À bientôt."]


def test_encoding_file_written_to_disk(tmp_path):
    p = tmp_path / "拜访-2026-03-12.txt"
    p.write_bytes(ZH.encode("gbk"))
    t = load(p, today=D)
    assert t.turns[0].speaker == "张伟" and t.meeting_date == D and t.id == "拜访-2026-03-12"


# ---------------------------------------------------------------- front matter

FRONT = """---
meeting_date: 2026-05-06
reps: [Lisa]
account: ACME-42
title: Discovery call
participants:
  - {name: Tom Wu, role: customer}
language: en
---
Lisa Chen: Hi.
Tom Wu: Hi.
Lisa Chen: Bye.
"""

FRONT_CASES = [
    pytest.param(FRONT, dict(meeting_date=date(2026, 5, 6), account="ACME-42", title="Discovery call"), id="full"),
    pytest.param("---\ndate: 2026/5/7\ndeal: D-9\n---\nA: x\nB: y\nA: z\n", dict(meeting_date=date(2026, 5, 7), account="D-9"), id="date-alias"),
    pytest.param("---\ndate: 2026年5月8日\n---\nA: x\nB: y\nA: z\n", dict(meeting_date=date(2026, 5, 8)), id="zh-date"),
    pytest.param("---\n---\nA: x\nB: y\nA: z\n", dict(meeting_date=D, meeting_date_source="today"), id="empty-block"),
    pytest.param("---\nJust a rule\n---\nA: x\nB: y\nA: z\n", dict(meeting_date=D, title=None), id="not-a-mapping"),
]


@pytest.mark.parametrize("text,expected", FRONT_CASES)
def test_front_matter(text, expected):
    t = load("call.md", data=text.encode(), today=D)
    for key, value in expected.items():
        assert getattr(t, key) == value, key


def test_front_matter_roles_and_body():
    t = load("call.md", data=FRONT.encode(), today=D)
    assert [(p.name, p.role) for p in t.participants] == [("Lisa Chen", "rep"), ("Tom Wu", "customer")]
    assert [x.text for x in t.turns] == ["Hi.", "Hi.", "Bye."]


# ---------------------------------------------------------------- meeting date

DATE_CASES = [
    pytest.param("call.txt", "", date(2026, 1, 2), date(2026, 1, 2), "option", id="option-wins"),
    pytest.param("call-2026-03-01.txt", "---\ndate: 2026-02-01\n---\n", None, date(2026, 2, 1), "front_matter", id="front-matter-over-name"),
    pytest.param("call-2026-03-01.txt", "", None, date(2026, 3, 1), "file_name", id="name-dashes"),
    pytest.param("20260304_acme.txt", "", None, date(2026, 3, 4), "file_name", id="name-compact"),
    pytest.param("acme_2026_03_05.txt", "", None, date(2026, 3, 5), "file_name", id="name-underscores"),
    pytest.param("acme-2026-13-45.txt", "", None, D, "today", id="invalid-date-in-name"),
    pytest.param("call.txt", "", None, D, "today", id="today"),
]


@pytest.mark.parametrize("name,prefix,option,expected,source", DATE_CASES)
def test_meeting_date(name, prefix, option, expected, source):
    t = load(name, data=(prefix + "A: x\nB: y\nA: z\n").encode(), meeting_date=option, today=D)
    assert (t.meeting_date, t.meeting_date_source) == (expected, source)
    assert any("no meeting date" in w for w in t.warnings) == (source == "today")


# ---------------------------------------------------------------- language

LANG_CASES = [
    pytest.param("A: 我们下周三安排技术评审。\nB: 好的。\nA: 行。\n", "zh", id="zh"),
    pytest.param("A: Let's set up the review next Wednesday.\nB: Sounds good.\nA: Great.\n", "en", id="en"),
    pytest.param("A: 我们的 CRM 系统支持 API 对接，下周三可以给您演示一下。\nB: OK 好的，那就下周三吧。\nA: 行。\n", "zh", id="zh-with-acronyms"),
    pytest.param("A: Our director 张总 will join the call next week.\nB: Great, see you then.\nA: Bye.\n", "en", id="en-with-zh-name"),
    pytest.param("A: 这个 dashboard 可以 export to Excel 吗？\nB: Yes, 可以 directly 导出。\nA: 好。\n", "mixed", id="code-switching"),
]


@pytest.mark.parametrize("text,expected", LANG_CASES)
def test_language(text, expected):
    assert load("c.txt", data=text.encode(), today=D).language == expected


# ---------------------------------------------------------------- ids and stdin

def test_ids():
    assert load("some dir/My Call (1).txt", data=b"A: x\nB: y\nA: z\n", today=D).id == "My-Call-1"
    a = load("-", data=b"A: x\nB: y\nA: z\n", today=D)
    b = load("-", data=b"A: x\nB: y\nA: w\n", today=D)
    assert a.source == "-" and a.id.startswith("stdin-") and a.id != b.id


def test_every_turn_text_is_verbatim_in_the_file():
    text = "Lisa:   Hi   there  \n  continuation  \nTom:Hello\nLisa: Bye\n"
    t = load("c.txt", data=text.encode(), today=D)
    for turn in t.turns:
        for line in turn.text.split("\n"):
            assert line in text and line == line.strip() and line


def test_stdin_bytes_are_read(monkeypatch):
    import sys

    class FakeStdin:
        buffer = io.BytesIO("Lisa: hi\nTom: hello\nLisa: bye\n".encode())

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    t = load("-", today=D)
    assert t.source == "-" and [x.speaker for x in t.turns] == ["Lisa", "Tom", "Lisa"]


@pytest.mark.parametrize("data,speakers", [
    (b'[{"speaker": "A", "text": "hi"}, {"speaker": "B", "text": "yo"}]', ["A", "B"]),
    (b"[00:00:01] Lisa: hi\n[00:00:03] Tom: yo\n", ["Lisa", "Tom"]),
    (b"1\n00:00:01,000 --> 00:00:02,000\nLisa: hi\n\n2\n00:00:03,000 --> 00:00:04,000\nTom: yo\n", ["Lisa", "Tom"]),
    (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Lisa>hi</v>\n", ["Lisa"]),
])
def test_stdin_is_sniffed(data, speakers):
    assert [x.speaker for x in load("-", data=data, today=D).turns] == speakers


def test_bench_inputs_parse():
    # The benchmark's generated inputs are real transcripts of each kind (run it: python -m analyzer.ingest.bench).
    from analyzer.ingest.bench import inputs

    for name, data in inputs(0.02).items():
        t = load(name, data=data, today=D)
        assert t.turns and t.kind == ("notes" if name.startswith("notes") else "dialogue")
