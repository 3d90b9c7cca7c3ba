"""Bad input: every failure is one `InputError` line naming the file and the reason, and nothing else escapes."""

from __future__ import annotations

import io
import os
import time
import zipfile
from datetime import date

import pytest

from analyzer.errors import InputError
from analyzer.ingest import load

D = date(2026, 3, 12)


def _docx_bytes() -> bytes:
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Lisa: Hi")
    d.save(buf)
    return buf.getvalue()


def _zip_without_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a docx")
    return buf.getvalue()


BAD = [
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.txt", b" \n\t\n  ", "empty file", id="whitespace-only"),
    pytest.param("bin.txt", b"\x00\x01\x02\x03\xff\xfe\x00\x10" * 64, "binary", id="binary-nul"),
    pytest.param("ctl.txt", b"Lisa: hi\x07\x08\x1b there\n" * 3, "binary", id="control-bytes"),
    pytest.param("trunc.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nLisa: hi\n\n00:00:03.000 --> 00:0", "line 6", id="vtt-truncated-timing"),
    pytest.param("trunc2.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nLisa: hi\n\n00:00:03.000 --> 00:00:04.000\n", "truncated WebVTT", id="vtt-truncated-no-text"),
    pytest.param("nohead.vtt", b"00:00:01.000 --> 00:00:02.000\nhi\n", "WEBVTT", id="vtt-no-header"),
    pytest.param("nocues.vtt", b"WEBVTT\n\nNOTE nothing here\n", "no cues", id="vtt-no-cues"),
    pytest.param("trunc.srt", b"1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,0", "SRT", id="srt-truncated"),
    pytest.param("bad.srt", b"this is not a subtitle file", "SRT", id="srt-garbage"),
    pytest.param("bad.json", b'{"turns": [{"speaker": "A", "text": "hi"}', "malformed JSON at line 1", id="json-truncated"),
    pytest.param("bad2.json", b"{'single': 'quotes'}", "malformed JSON", id="json-single-quotes"),
    pytest.param("scalar.json", b"42", "list of turns", id="json-scalar"),
    pytest.param("nolist.json", b'{"title": "x"}', "no list of turns", id="json-no-list"),
    pytest.param("notobj.json", b'[{"speaker": "A", "text": "hi"}, 3]', "turn 1", id="json-item-not-object"),
    pytest.param("notext.json", b'[{"speaker": "A", "text": ""}]', "no text", id="json-no-text"),
    pytest.param("deep.json", b"[" * 100000 + b"]" * 100000, "malformed JSON", id="json-too-deep"),
    pytest.param("broken.docx", _docx_bytes()[:400], "DOCX", id="docx-truncated"),
    pytest.param("fake.docx", b"Lisa: hi\nTom: hello\n", "DOCX", id="docx-not-zip"),
    pytest.param("other.docx", _zip_without_document(), "DOCX", id="docx-zip-without-document"),
    pytest.param("x.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", "a PDF", id="unknown-ext-pdf"),
    pytest.param("x.bin", os.urandom(4096), "unsupported file type .bin", id="unknown-ext-binary"),
    pytest.param("front.md", b"---\ndate: [unclosed\n---\nA: x\n", "malformed front matter", id="front-matter-yaml"),
    pytest.param("front2.md", b"---\ndate: next tuesday\n---\nA: x\nB: y\n", "is not a date", id="front-matter-date"),
    pytest.param("bom.txt", b"\xff\xfe\x00\xd8", "undecodable", id="bad-utf16-after-bom"),
    pytest.param("punct.txt", b"...\n---\n!!!\n", "no text", id="no-words"),
]


@pytest.mark.parametrize("name,data,reason", BAD)
def test_bad_input_is_one_line_naming_file_and_reason(name, data, reason):
    with pytest.raises(InputError) as e:
        load(name, data=data, today=D)
    msg = str(e.value)
    assert "\n" not in msg
    assert msg.startswith(f"{name}: ")
    assert reason in msg


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        load(tmp_path)


def test_50_mb_file_is_refused_fast_with_its_size(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(50 * 2**20)  # sparse: costs no disk and no time
    t0 = time.perf_counter()
    with pytest.raises(InputError) as e:
        load(big)
    assert time.perf_counter() - t0 < 1.0
    msg = str(e.value)
    assert str(big) in msg and "50.0 MB" in msg and "20.0 MB limit" in msg


def test_size_limit_applies_to_given_bytes():
    with pytest.raises(InputError, match="over the 1,000 bytes limit"):
        load("x.txt", data=b"A: b\n" * 300, max_bytes=1000)


def test_unknown_extension_that_is_text_is_read():
    t = load("call.transcript", data=b"Lisa: hi\nTom: hello\nLisa: bye\n", today=D)
    assert [x.speaker for x in t.turns] == ["Lisa", "Tom", "Lisa"]


def test_no_speaker_labels_is_notes_not_an_error():
    t = load("plain.txt", data="Visited the client today. They asked for a quote.".encode(), today=D)
    assert t.kind == "notes" and len(t.turns) == 2
