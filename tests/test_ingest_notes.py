"""Prose visit notes: one turn per sentence, each a verbatim slice of the notes."""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.ingest import load
from analyzer.ingest.notes import split_sentences

SPLITS = [
    pytest.param("拜访王总，他说产品不错，答应下周三安排技术评审", ["拜访王总，他说产品不错，答应下周三安排技术评审"], id="zh-one-sentence-commas-stay"),
    pytest.param("王总说产品不错。答应下周三安排技术评审！预算呢？还没批；下月再说",
                 ["王总说产品不错。", "答应下周三安排技术评审！", "预算呢？", "还没批；", "下月再说"], id="zh-terminators"),
    pytest.param("他说：“可以。”然后走了。", ["他说：“可以。”", "然后走了。"], id="zh-closing-quote-stays"),
    pytest.param("等领导回复……再约时间。", ["等领导回复……", "再约时间。"], id="zh-ellipsis"),
    pytest.param("Met Mr. Wang today. He liked it.", ["Met Mr. Wang today.", "He liked it."], id="en-title-abbrev"),
    pytest.param("Budget is 3.5 million. Trial in Q3.", ["Budget is 3.5 million.", "Trial in Q3."], id="en-decimal"),
    pytest.param("Call at 3 p.m. Friday with J. Smith. Done!", ["Call at 3 p.m. Friday with J. Smith.", "Done!"], id="en-am-pm-initial"),
    pytest.param("Tools, e.g. Salesforce, are in use. Next?", ["Tools, e.g. Salesforce, are in use.", "Next?"], id="en-eg"),
    pytest.param("Apples, pears etc. The rest later.", ["Apples, pears etc.", "The rest later."], id="en-etc-at-end"),
    pytest.param("Visit went well.\nThey want a POC", ["Visit went well.", "They want a POC"], id="newline"),
    pytest.param("1. Send quote\n2. Book demo\n- Call back\n（3）跟进", ["Send quote", "Book demo", "Call back", "跟进"], id="list-markers"),
    pytest.param("Wang agreed. 下周三评审。OK.", ["Wang agreed.", "下周三评审。", "OK."], id="code-switching"),
    pytest.param("v2.1 ships in May... We wait", ["v2.1 ships in May...", "We wait"], id="en-ellipsis"),
    pytest.param("---\n\n!!!\n", [], id="no-content"),
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_split_sentences(text, expected):
    sentences = [t.text for t in split_sentences(text)]
    assert sentences == expected
    assert all(s in text for s in sentences)


def test_notes_transcript_fields():
    text = "# 拜访记录\n拜访王总，他说产品不错。答应下周三安排技术评审。"
    t = load("拜访记录-20260312.md", data=text.encode(), today=date(2026, 1, 1))
    assert t.kind == "notes" and t.title == "拜访记录" and t.meeting_date == date(2026, 3, 12)
    assert [(x.index, x.speaker, x.role, x.start) for x in t.turns] == [(0, "", "unknown", None), (1, "", "unknown", None)]
    assert t.language == "zh"
