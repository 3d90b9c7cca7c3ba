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
    # A short verdict after the speaker's own trial of the offering judges what they tried, no lone backchannel.
    (C, "我在门店试过，确实顺手。", {"praise"}, None),
    (C, "我亲自坐过，确实舒服。", {"praise"}, None),
    (C, "我刚才尝了，确实香。", {"praise"}, None),
    # ... not an acknowledgement, a negated verdict, a faint one, nor a time before it.
    (C, "我听了，好的。", set(), None),
    (C, "我试了，确实不行。", set(), None),
    (C, "周三我看了，还行。", set(), None),
]

# A demonstrative before an English noun names the feature judged in a code-switched clause.
MIXED_ROWS = [
    (C, "嗯，这个 dispatch board 其实不错", {"praise"}, None),
    (C, "那个 audit trail 做得很清楚", {"praise"}, None),
    (C, "这套 onboarding deck 挺扎实的", {"praise"}, None),
    # ... not a price, a deadline or a rate so named, nor a complaint in English.
    (C, "这个 price 确实高", set(), None),
    (C, "那个 deadline 很紧", set(), None),
]


# Cantonese 几 "quite" before a good quality is a degree word, not the question word 几 ("个 pleat 真系做得几靓").
CANTO_ROWS = [
    (C, "你哋个 app 几 handy 喎", {"praise"}, None),
    (C, "呢个餐牌几靓", {"praise"}, None),
    (C, "个 checkout 都几 smooth", {"praise"}, None),
    # ... while 几 still asks how many or what time.
    (C, "你哋几点到？", set(), None),
    (C, "要几多部机？", set(), None),
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
    # The vendor singled out against everyone the customer has dealt with.
    (C, "Honestly, nobody else has walked our floor before quoting.", {"praise"}, None),
    (C, "The way your tech traced the leak, no one's ever bothered to do that for us.", {"praise"}, None),
    (C, "Finally a supplier that answers the phone on a Sunday.", {"praise"}, None),
    (C, "That's more than the previous installer ever did for us.", {"praise"}, None),
    # ... not what nobody has asked or heard, a step nobody else has taken, nor a wish.
    (C, "Nobody has asked us about the budget yet.", set(), None),
    (C, "No one else has done a pilot with us yet.", set(), None),
    (C, "We need more than the last vendor ever gave us.", set(), None),
    # Greetings and closings with an adverb inside are courtesies, as without one.
    (C, "It's been great to virtually connect with you.", set(), None),
    (C, "Lovely to finally meet you in person.", set(), None),
    # ... while the vendor's people judged good to work with are praised.
    (C, "Your team was great to work with.", {"praise"}, None),
]


# Visit notes: the customer named without a title and an adverb before the verb of saying ("小龚私下说", "Cindy 看完说",
# "周敏一开始就提到"), with the prefix 阿 or an English given name ("阿梅觉得", "王Mark 说"), or with an accent ("Renée
# said"), opens the customer's clause, so what they said of us is praise.
NOTES = [
    ("zh", "小邝私下说这个排课界面很清楚。", ["小邝私下说这个排课界面很清楚。"]),
    ("zh", "阿芳看完说你们的分拣单做得很细。", ["阿芳看完说你们的分拣单做得很细。"]),
    ("mixed", "李Kevin 说这个 dashboard 很 clear。", ["李Kevin 说这个 dashboard 很 clear。"]),
    ("en", "Zoë said the route sheet is exactly what her drivers need.", ["Zoë said the route sheet is exactly what her drivers need."]),
    # ... while the writer's own judgement stays no praise (GUIDELINES hard call 19).
    ("zh", "我觉得这次拜访效果挺好。", []),
    ("en", "Overall a good visit, the demo went smoothly.", []),
]


@pytest.mark.parametrize("lang,text,quotes", NOTES, ids=[n[1][:24] for n in NOTES])
def test_notes_praise_subjects(lang, text, quotes):
    t, f = run([("unknown", text)], kind="notes", language=lang)
    assert [p.quote for p in f.praise] == quotes


# The writer's promise in reply to a request made just before in the sentence is the same task, quoted in the
# writer's words (GUIDELINES 3.3); with no promise the request itself is the task.
RESTATED = [
    ("zh", "阿芳让我先出一版培训计划给她看，我答应下周一前给。", ["我答应下周一前给。"]),
    ("en", "Priya asked me to send the wiring diagrams and I promised them by Friday.", ["I promised them by Friday."]),
    ("zh", "小邝让我把报价发给她。", ["小邝让我把报价发给她。"]),
    ("en", "Priya asked me to send the wiring diagrams.", ["Priya asked me to send the wiring diagrams."]),
]


@pytest.mark.parametrize("lang,text,quotes", RESTATED, ids=[n[1][:24] for n in RESTATED])
def test_notes_request_restated(lang, text, quotes):
    t, f = run([("unknown", text)], kind="notes", language=lang)
    assert [r.quote for r in f.rep_actions] == quotes


@pytest.mark.parametrize("role,text,expected,due", ZH_ROWS, ids=[r[1][:24] for r in ZH_ROWS])
def test_zh_praise_frames8(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


@pytest.mark.parametrize("role,text,expected,due", MIXED_ROWS, ids=[r[1][:24] for r in MIXED_ROWS])
def test_mixed_praise_frames8(role, text, expected, due):
    check_row(role, text, expected, due, language="mixed")


@pytest.mark.parametrize("role,text,expected,due", CANTO_ROWS, ids=[r[1][:24] for r in CANTO_ROWS])
def test_canto_praise_frames8(role, text, expected, due):
    check_row(role, text, expected, due, language="mixed")


@pytest.mark.parametrize("role,text,expected,due", EN_ROWS, ids=[r[1][:32] for r in EN_ROWS])
def test_en_praise_frames8(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# (turns, praise quotes): a topic and a plain verdict judge what the rep's turn just named.
ECHO = [
    ([(R, "这款的把手是加长的，戴手套也握得住。"), (C, "加长的好，冬天工人都戴手套。")], ["加长的好"]),
    ([(R, "我们这批包装换成了可降解的袋子。"), (C, "嗯，可降解的不错。")], ["可降解的不错。"]),
    ([(R, "后台每天早上自动出一张对账单。"), (C, "对账单这个靠谱。")], ["对账单这个靠谱。"]),
    # ... not a pick among alternatives the rep offered, a time, a topic the rep never named, nor a negated verdict.
    ([(R, "可以按周结，也可以按月结。"), (C, "按月结好。")], []),
    ([(R, "周三下午两点可以吗？"), (C, "周三好。")], []),
    ([(R, "这款的把手是加长的。"), (C, "尺寸好。")], []),
    ([(R, "这款的把手是加长的。"), (C, "加长的不好。")], []),
]


@pytest.mark.parametrize("turns,quotes", ECHO, ids=[d[0][-1][1][:24] for d in ECHO])
def test_echo_verdict(turns, quotes):
    t, f = run(turns, language="zh")
    assert [p.quote for p in f.praise] == quotes
