"""Praise frames of session 8 (t8praise): what an evaluation judges is read from the clause's subject and the turn
before it, not from the evaluative word alone. Each frame has sentences of its own, written in other words and
trades than the eval cases it came from, that it must catch, and near misses it must not. Meeting date 2026-03-12.
"""

from __future__ import annotations

import pytest

from offline_table import C, R, check_row, run

ZH_ROWS = [
    # A negation inside a topic that a resumptive demonstrative closes before the verdict names the feature judged.
    (C, "嗯，不收月租这个挺实在", {"praise"}, None),
    (C, "说真的，换滤芯不用拆机这点很方便", {"praise"}, None),
    (C, "没有最低起订量这条挺贴心的", {"praise"}, None),
    # ... not a negated verb of thinking or saying before the demonstrative, nor a negated verdict.
    (C, "我不觉得这个方便", set(), None),
    (C, "也不是说这个实在", set(), None),
    (C, "这个不方便", set(), None),
]

EN_ROWS = [
    # A demonstrative subject, what was just shown, judged with a degree word before the verdict.
    (C, "Hmm, that's honestly really clear.", {"praise"}, None),
    (C, "Right, that is genuinely helpful for the night shift.", {"praise"}, None),
    (C, "Okay, this is seriously good.", {"praise"}, None),
    # ... not an acknowledgement of news, a plain "that's how it is", nor a negated verdict.
    (C, "That's really good to know, thanks.", set(), None),
    (C, "Okay, that's just how procurement works.", set(), None),
    (C, "That's really not great.", set(), None),
    # A feature named first as the topic, then judged through a resumptive "that".
    (C, "The colour coding on the pick lists, that one is really handy.", {"praise"}, None),
    (C, "Mate, the pallet one, with the blue wrap, that's cracking.", {"praise"}, None),
    (C, "Grouping the invoices by supplier, that one is really clean.", {"praise"}, None),
    # ... not a time, thanks, the speaker's own kit, nor a topic judged badly.
    (C, "Thursday at ten, that's good for us.", set(), None),
    (C, "Thanks for the samples, that's great.", set(), None),
    (C, "Our old van with the lift gate, that was solid.", set(), None),
    (C, "The price, that's not great.", set(), None),
    # A comparison in the offering's favour with what is compared named between the comparative and "than".
    (C, "The new rollers give a much smoother finish than the old brushes.", {"praise"}, None),
    (C, "Your drivers keep the vans in better order than our last courier did.", {"praise"}, None),
    (C, "Honestly the loaner came back in cleaner condition than when we sent it.", {"praise"}, None),
    # ... not a wish, a choice between courses, the vendor as the standard, nor a person as the standard.
    (C, "We need a better system than what we have now.", set(), None),
    (C, "It's better to wait than to rush it.", set(), None),
    (C, "Their crew did a faster install than yours.", set(), None),
    (C, "Our finance lead will have far better questions than me.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", ZH_ROWS, ids=[r[1][:24] for r in ZH_ROWS])
def test_zh_praise_frames8(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


@pytest.mark.parametrize("role,text,expected,due", EN_ROWS, ids=[r[1][:32] for r in EN_ROWS])
def test_en_praise_frames8(role, text, expected, due):
    check_row(role, text, expected, due, language="en")
