"""The rep's asks: new sentences each ask rule must catch, and near misses it must leave alone.

Rows as in tests/offline_table.py: (role, text, expected labels, expected due). Every rule added for asks
brings at least three sentences of its own that it should catch and two near misses that it should not;
none of them is a sentence of an eval case.
"""

from __future__ import annotations

import pytest
from offline_table import C, R, check_row

# ---- soft forms of a proposal: a question about its worth, a courtesy condition, the customer's assent as the
# condition ("行的话", "要是您觉得可以"), an English assent asked about in a mixed call ("OK 吗？")
SOFT_EN = [
    (R, "Would it be worth running a two-week pilot at your Leeds site starting next Monday?", {"ask:specific"}, None),
    (R, "Would it help if we did a technical review with your IT lead on Thursday?", {"ask:specific"}, None),
    (R, "Is it worth revisiting this in the spring?", {"ask:vague"}, None),
    (R, "Let's catch up after the trade show in case something changes.", {"ask:vague"}, None),
    # near misses: a real condition on the customer's side, and a question about a price
    (R, "If the budget gets approved, we could start the pilot next Monday.", set(), None),
    (R, "Would it change anything if the price were lower?", set(), None),
]
SOFT_ZH = [
    (R, "要是您觉得可以，下周二我们带工程师过来做个技术交流？", {"ask:specific"}, None),
    (R, "同意的话，咱们这周五就把合同签了吧", {"ask:specific"}, None),
    (R, "下周四我们把样机带过去，让你们车间试用两周，fine 吧？", {"ask:specific"}, None),
    (R, "有兴趣的话，咱们找个时间做个技术交流", {"ask:vague"}, None),
    # near misses: a condition the vendor cannot promise, and a fine said of the price
    (R, "要是预算批下来的话，你们打算怎么安排试用？", set(), None),
    (R, "价格这块 OK 吗？", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", SOFT_EN, ids=[r[1][:32] for r in SOFT_EN])
def test_soft_proposals_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


@pytest.mark.parametrize("role,text,expected,due", SOFT_ZH, ids=[r[1][:24] for r in SOFT_ZH])
def test_soft_proposals_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- a meeting concrete by its who: time with a named person of the customer's, a decision maker with the date
# between, the customer's own people on a session
WHO_EN = [
    (R, "Could we grab forty minutes with Priya next Thursday to go through the rollout?", {"ask:specific"}, None),
    (R, "Can your night-shift supervisors join a short session with us on Monday?", {"ask:specific"}, None),
    (R, "Could we get an hour on Tuesday with your CFO to walk through the numbers?", {"ask:specific"}, None),
    # near misses: time with the contact himself is another call; hours spent with a tool are no meeting
    (R, "Could we get thirty minutes with you next week?", set(), None),
    (R, "Your dispatchers spend hours with the old tool every week, right?", set(), None),
]
WHO_ZH = [
    (R, "下周二下午我们过来，跟您仓库的同事一起碰一下，您看行吗？", {"ask:specific"}, None),
    (R, "这周五能不能约你们车间的师傅一起开个短会？", {"ask:specific"}, None),
    (R, "明天上午请你们店长也一起参加，可以吗？", {"ask:specific"}, None),
    # near misses: the customer's people praised, not invited; a visit with no who or what
    (R, "你们的同事都很专业吧？", set(), None),
    (R, "下周二我们再过来坐坐，您看行吗？", {"ask:vague"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", WHO_EN, ids=[r[1][:32] for r in WHO_EN])
def test_meeting_by_who_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


@pytest.mark.parametrize("role,text,expected,due", WHO_ZH, ids=[r[1][:24] for r in WHO_ZH])
def test_meeting_by_who_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- walking the customer's own process through is a requirements study (what a proposed workshop is for)
FLOW_ZH = [
    (C, "下周我们把出库的流程走一遍，看看哪里要改", {"action:requirements"}, None),
    (R, "明天上午咱们一起把收货的 flow 过一遍，可以吗？", {"ask:specific"}, None),
    (C, "下周二我们把仓库的作业流程捋一遍", {"action:requirements"}, None),
    # near misses: the walk-through already done; the vendor's own proposal gone over by the rep
    (C, "我们已经把流程走一遍了", set(), None),
    (R, "下周三我们把方案过一遍，您看行吗？", {"rep"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", FLOW_ZH, ids=[r[1][:24] for r in FLOW_ZH])
def test_process_walkthrough_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- deal steps named in words the type lexicon lacked, found through the asks that named them: coming over to
# a site, a survey on site, a small run of the product, systems joined up, data sent over to the vendor, signing
# put after its time, the customer's own meeting the rep is asked into (with its decision makers: a meeting)
STEPS_ZH = [
    (C, "下周三我带采购的同事来你们厂里看一下", {"action:site_visit"}, "2026-03-18"),
    (R, "这周五请您和刘工来我们苏州基地看看，您看行吗？", {"ask:specific"}, None),
    (R, "下周一我们过来做个现场勘测，您看方便吗？", {"ask:specific"}, None),
    (C, "上次来你们厂看过了", set(), None),
    (C, "勘察结束后再说吧", set(), None),
    (R, "下周三我们把设备拉过来，在你们三号线上试做一个下午，可以吗？", {"ask:specific"}, None),
    (C, "明天我们先在一个门店试一试", {"action:trial"}, "2026-03-13"),
    (R, "机器先放你们店里跑一个晚上，明天一早看数据，行吗？", {"ask:specific"}, None),
    (C, "上个月试做过一次，效果一般", set(), None),
    (R, "跑一趟要三个小时吧？", set(), None),
    (R, "下周二我们跟你们开个接口对接会，您看行吗？", {"ask:specific"}, None),
    (C, "下周我们安排系统对接", {"action:technical_review"}, ("2026-03-16", "2026-03-22")),
    (R, "周五之前能不能把上个月的出库记录导一份给我们？", {"ask:specific"}, None),
    (R, "明天您这边把两箱样品寄过来，可以吗？", {"ask:specific"}, None),
    (C, "你们把报价单寄过来吧", {"rep"}, None),
    (R, "合同月底签可以吗？", {"ask:specific"}, None),
    (C, "这份合同我们20号签", {"action:sign"}, "2026-03-20"),
    (C, "内部记录用系统账号签名就够了", set(), None),
    (C, "我已经签到了", set(), None),
    (R, "下周一你们院务会，我去汇报十分钟，您看可以吗？", {"ask:specific"}, None),
    # a question for information is no proposal, whatever step it names
    (R, "你们例会一般开多久？", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", STEPS_ZH, ids=[r[1][:24] for r in STEPS_ZH])
def test_steps_named_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- English: a question put as a statement proposes when it names a time ahead; "shall I" offers a step that
# needs the customer's yes; steps the type lexicon lacked (processing or fixing the order, what the rep needs sent
# back, a unit left on site, seeing one run)
STATEMENT_EN = [
    (R, "Technical review with your architects next Thursday?", {"ask:specific"}, None),
    (R, "So the PO goes out Friday?", {"ask:specific"}, None),
    (R, "And the pilot kicks off at your Reno warehouse on Monday?", {"ask:specific"}, None),
    (R, "Okay. So maybe we regroup after the audit, early next month?", {"ask:vague"}, None),
    # near misses: the past, and no time at all
    (R, "You met with the CFO last Tuesday?", set(), None),
    (R, "The pilot ran for three weeks at your Dayton plant?", set(), None),
    (R, "You're still on the old version?", set(), None),
    (R, "You said what about the pilot next week?", set(), None),
]
STEPS_EN = [
    (R, "Shall I put the renewal through today?", {"ask:specific"}, None),
    (R, "Can we lock in the 500 units at this price by Friday?", {"ask:specific"}, None),
    (R, "Could you email them to me by Friday?", {"ask:specific"}, None),
    (R, "Could we leave two demo units at your Fresno store next week?", {"ask:specific"}, None),
    (R, "Would you like to see one running at a customer site?", {"ask:vague"}, None),
    # near misses: the rep's own work offered, and a unit that merely exists at a site
    (R, "Shall I send you the deck tonight?", set(), None),
    (R, "We have two units at your Fresno store already.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", STATEMENT_EN + STEPS_EN,
                         ids=[r[1][:32] for r in STATEMENT_EN + STEPS_EN])
def test_statement_questions_and_steps_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- an ask whose what (and time) sit in the sentence before it (GUIDELINES hard call 23)
BACK_EN = [
    (R, "We're running a vendor workshop at our Austin office next Thursday. Could your team make it?",
     {"ask:specific"}, None),
    (R, "The next training cohort starts on Monday the 16th. Want to put your two new hires on it?",
     {"ask:specific"}, None),
    # near misses: the step before is past; the question asks for an opinion, not a step
    (R, "We ran a pilot with Acme last year. Want to hear how it went?", set(), None),
    (R, "The pilot takes about eight weeks. What do you think of that?", set(), None),
]
BACK_ZH = [
    (R, "我们的工程师下周去你们厂做技术交流。那就定周三上午？", {"ask:specific"}, None),
    (R, "我们下个月在上海有一场用户培训，专门讲排产模块。您这边派两个人过来，这个可以吗？", {"ask:vague"}, None),
    (R, "请王总也一起听一下方案。那就定下周二下午，我把会议邀请发您？", {"ask:specific"}, None),
    # near misses: the step before is done; no time said anywhere
    (R, "上次的试点已经做完了。您觉得这个怎么样？", set(), None),
    (R, "试用大概要两周。这个您看呢？", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", BACK_EN, ids=[r[1][:32] for r in BACK_EN])
def test_ask_reaching_back_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


@pytest.mark.parametrize("role,text,expected,due", BACK_ZH, ids=[r[1][:24] for r in BACK_ZH])
def test_ask_reaching_back_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- the rep closing on a loose next contact for both sides is a vague ask (zh)
CLOSE_ZH = [
    (R, "OK，那我们回头再 follow up。", {"ask:vague"}, None),
    (R, "那等预算批下来了我们再联系。", {"ask:vague"}, None),
    (R, "好的，那咱们节后再约。", {"ask:vague"}, None),
    # near misses: the rep's own follow-up on a deliverable, and reading the customer's documents
    (R, "我们再跟进一下报价的事。", {"rep"}, None),
    (R, "我们再看看你们的需求文档。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", CLOSE_ZH, ids=[r[1][:24] for r in CLOSE_ZH])
def test_loose_next_contact_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- a 是…的 statement of how things stand proposes nothing, whatever opener it holds (咱们)
SETTLED_ZH = [
    (R, "对，咱们合同里也是这么写的。", set(), None),
    (R, "咱们方案里的试点就是按两周算的。", set(), None),
    (R, "咱们之前约定的验收也是按这个标准来的。", set(), None),
    # near misses: proposals with 咱们 that state nothing settled
    (R, "咱们下周三一起去现场看看吧", {"ask:specific"}, None),
    (R, "那咱们就是下周二签合同，行吗？", {"ask:specific"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", SETTLED_ZH, ids=[r[1][:24] for r in SETTLED_ZH])
def test_settled_statement_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- one ask per turn: between equally specific ones, the one put to the customer as a question
@pytest.mark.parametrize("text,quote", [
    ("You could try it on one line first. Could your team trial it on line two?", "Could your team trial it on line two?"),
    ("We could look at a pilot. Would you be open to a pilot with your ops team?",
     "Would you be open to a pilot with your ops team?"),
    ("咱们可以先做个试点。您看要不要在一个门店先试用一下？", "您看要不要在一个门店先试用一下？"),
    # near misses: a more specific statement still wins; a question that proposes nothing is no ask
    ("Let's start the pilot next Monday. Could your team do a trial at some point?", "Let's start the pilot next Monday."),
    ("We could look at a pilot. What does your team think?", "We could look at a pilot."),
])
def test_question_preferred_among_equal_asks(text, quote):
    from offline_table import run
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    _, f = run([(R, text)], language=lang)
    assert [a.quote for a in f.asks] == [quote]


# ---- a question after a condition the rep offers ("If I hold the rate, can we sign this week?") still proposes;
# one after a condition in the subjunctive (the step imagined) asks what would happen
CONDITION_EN = [
    (R, "If we cover the installation, could your team start the pilot next Monday?", {"ask:specific"}, None),
    (R, "If I throw in the training, can we get the PO raised by Friday?", {"ask:specific"}, None),
    (R, "And tell me if it's too early, could we book the technical review with your IT lead for Tuesday?",
     {"ask:specific"}, None),
    # near misses: the step itself imagined
    (R, "If we ran a pilot next week, would you need the IT team on site?", set(), None),
    (R, "If you were to sign this week, could we start the pilot on Monday?", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", CONDITION_EN, ids=[r[1][:32] for r in CONDITION_EN])
def test_question_after_condition_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a sentence that is only a closing tag ("您看行吗？", "周总您看 OK 吗？", "Sound good?") puts the sentence before it
# to the customer (hard call 23); a tag with a topic of its own ("价格这块 OK 吗？") or after a past step does not
BARE_TAG_ZH = [
    (R, "我们的想法是下周三上午带两位工程师过来做技术交流。您看行吗？", {"ask:specific"}, None),
    (R, "下周一开始在你们二号线试用两周，我们派人驻场。周总您看 OK 吗？", {"ask:specific", "rep"}, None),
    (R, "这周五把合同签了，下个月初就能发货。可以吗？", {"ask:specific"}, None),
    # near misses: the tag asks about something else; the step before is past
    (R, "我们下周一开始试用。价格这块 OK 吗？", set(), None),
    (R, "上周我们已经做过技术交流了。您看行吗？", set(), None),
]
BARE_TAG_EN = [
    (R, "The pilot starts next Monday at your Leeds site. Sound good?", {"ask:specific"}, None),
    (R, "We run the technical review with your IT lead on Thursday. Okay?", {"ask:specific"}, None),
    (R, "Your CFO signs the order form by Friday. Deal?", {"ask:specific"}, None),
    # near misses: the tag sentence asks about something else; the step before was done
    (R, "We start the pilot next Monday. Is the price okay?", set(), None),
    (R, "We ran the technical review with your IT lead last Thursday. Okay?", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", BARE_TAG_ZH, ids=[r[1][:24] for r in BARE_TAG_ZH])
def test_bare_tag_points_back_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


@pytest.mark.parametrize("role,text,expected,due", BARE_TAG_EN, ids=[r[1][:32] for r in BARE_TAG_EN])
def test_bare_tag_points_back_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


def test_bare_tag_acceptance_dated_from_the_sentence_before():
    """The acceptance of a proposal put by a bare tag takes its date from the sentence the tag points back to."""
    from offline_table import run
    _, f = run([(R, "我们的想法是下周三上午带两位工程师过来做技术交流。您看行吗？"), (C, "可以，就这么定。")], language="zh")
    from offline_table import MEETING
    from analyzer.dates import resolve
    assert [(a.type, a.turn, resolve(a.due_text, MEETING).start.isoformat() if a.due_text else None)
            for a in f.customer_actions] == [("technical_review", 1, "2026-03-18")]


# ---- zh ask frames: going over to see a reference project or together ("去…那个项目看看", "一起过去看看"), a batch of units
# settled at a price ("把…三千双…定下来"), whether the customer can get the step done ("月底前签得下来吗？")
FRAMES_ZH = [
    (R, "咱们抽空去我们在嘉兴做的那个项目看看？", {"ask:vague"}, None),
    (R, "下周三我开车来接您，一起过去看看，您看行吗？", {"ask:specific"}, None),
    (R, "那咱们今天就把这两百箱按九十八一箱定下来？", {"ask:specific"}, None),
    (R, "王总，这个月底前签得下来吗？", {"ask:specific"}, None),
    (R, "下周二的技术交流你们排得过来吗？", {"ask:specific"}, None),
    # near misses: the ability asked about names no step, or something past
    (R, "这个系统你们用得过来吗？", set(), None),
    (R, "上次那批货你们收得到吗？", set(), None),
    (R, "我们之前去那家店看过。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", FRAMES_ZH, ids=[r[1][:24] for r in FRAMES_ZH])
def test_zh_ask_frames(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_zh_batch_settled_is_accepted_as_an_order():
    from offline_table import run
    _, f = run([(R, "那咱们今天就把这两百箱按九十八一箱定下来？"), (C, "行，定了，两百箱。")], language="zh")
    assert [(a.type, a.turn) for a in f.customer_actions] == [("sign", 1)]


# ---- en: the rep asking leave to come over and show the step ("Can I come on Thursday and show …"), a walk of the
# customer's ground ("the two of you walk the north end")
VISIT_EN = [
    (R, "Can I come on Thursday and show your plant manager the sensor module, just one hour?", {"ask:specific"}, None),
    (R, "Could we pop over next Tuesday and walk your crew through the new dashboard?", {"ask:specific"}, None),
    (R, "How about something smaller: Nadia comes in this Friday and the two of you walk the north end with the meter?",
     {"ask:specific"}, None),
    # near misses: coming back on a question, a visit that happened
    (R, "Can I come back to you on the pricing tomorrow?", set(), None),
    (R, "We came over last week and showed them the module.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", VISIT_EN, ids=[r[1][:32] for r in VISIT_EN])
def test_en_visit_asks(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a seller's price put to the buyer to accept ("How about $150 and it's yours?", "Would you take $120 for it?") is an
# ask for the deal (hard call 6); the buyer's counter-offer and a price mentioned in passing are not
PRICE_EN = [
    (R, "How about $150 and it's yours?", {"ask:specific"}, None),
    (R, "Would you take $120 for it?", {"ask:specific"}, None),
    (R, "What about $80 for the pair?", {"ask:specific"}, None),
    # near misses
    (R, "It sold for $200 last year.", set(), None),
    (R, "How about the $500 model instead of the premium one?", set(), None),
    (C, "Would you take $120 for it?", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRICE_EN, ids=[r[0] + r[1][:32] for r in PRICE_EN])
def test_en_price_put_to_accept(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- zh: feeling out the customer's site conditions ("把包厢的布线先摸一遍") is a survey, a requirements step the rep proposes
SURVEY_ZH = [
    (R, "或者这样，下周二我带工程师去您那家门店，把机房的布线先摸一遍，您看方便吗？", {"ask:specific"}, None),
    (R, "周四我们过来把几个仓库的网络情况摸一下，行吗？", {"ask:specific"}, None),
    (R, "咱们找个时间把各个门店的情况摸清楚？", {"ask:vague"}, None),
    # near misses: done already; an idiom of not knowing
    (R, "上次我们已经把布线摸过一遍了。", set(), None),
    (R, "我们心里也摸不准。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", SURVEY_ZH, ids=[r[1][:24] for r in SURVEY_ZH])
def test_zh_site_survey_asks(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---------------------------------------------------------------- a step put to the customer with a concrete time,
# whatever the step is called: the dated verb phrase is the what (asks.dated_step)
DATED_STEP_EN = [
    (R, "Could we get your night crew started on the new handsets next Monday?", {"ask:specific"}, None),
    (R, "Can your drivers swap over to the new routes on Tuesday?", {"ask:specific"}, None),
    (R, "Would it make sense to move the go-live to next Wednesday?", {"ask:specific"}, None),
    # near misses: a fact checked ("right?"), the rep offering their own desk work, a question about the past
    (R, "You're closing the quarter on Friday, right?", set(), None),
    (R, "Can I send you the updated price list tomorrow?", set(), None),
    (R, "Could you tell me what happened on Tuesday?", set(), None),
]
DATED_STEP_ZH = [
    (R, "您看这周五把第一批货款结了，行吗？", {"ask:specific"}, None),
    (R, "下周一请你们仓库把老货位清出来，可以吗？", {"ask:specific"}, None),
    (R, "明天上午您把钥匙留给物业，好不好？", {"ask:specific"}, None),
    # near misses: a fact checked ("对吧"), the rep's own to-do put as a question, the past asked about
    (R, "您是下周二出差，对吧？", set(), None),
    (R, "我明天把报价单整理好给您，行吗？", {"rep"}, None),
    (R, "上周三的会您参加了吗？", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", DATED_STEP_EN, ids=[r[1][:32] for r in DATED_STEP_EN])
def test_dated_step_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


@pytest.mark.parametrize("role,text,expected,due", DATED_STEP_ZH, ids=[r[1][:24] for r in DATED_STEP_ZH])
def test_dated_step_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- the types an untyped dated step leans on: going over the drawings with them in hand, a figure given back
TYPES_FOR_STEPS_ZH = [
    (C, "下周二上午我们对着图纸过一遍", {"action:technical_review"}, "2026-03-17"),
    (C, "这周我让设计师拿着图纸过来对一下", {"action:technical_review"}, "2026-03-13"),
    (C, "周五前我给你回个准数", {"action:send_information"}, "2026-03-13"),
    # near misses: the drawings gone over already; the customer asking the rep for a figure
    (C, "我们已经对着图纸过了一遍", set(), None),
    (C, "你给我个数吧", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", TYPES_FOR_STEPS_ZH, ids=[r[1][:24] for r in TYPES_FOR_STEPS_ZH])
def test_types_for_untyped_steps_zh(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---------------------------------------------------------------- asking leave for the vendor's side (session 6)
# A yes/no question with the vendor's side as its subject ("could I…", "can our engineer…", "could she…") proposes
# when it names a what; asking leave to ask, or a question with no step in it, proposes nothing.
LEAVE_ASKS_EN = [
    (R, "Could I book your planners a forty-minute demo on Tuesday the 17th?", {"ask:specific"}, None),
    (R, "Can our field engineer run the vibration survey at your mill next Wednesday?", {"ask:specific"}, None),
    (R, "Could she sit down with your dispatchers for a workshop on the 19th?", {"ask:specific"}, None),
    # near misses: leave to ask a question, and a stuttered to-do of the rep's own
    (R, "Could I ask how many trucks you run out of Reno?", set(), None),
    (R, "Can I'll, sorry, I'll send the price sheet over tonight.", {"rep"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", LEAVE_ASKS_EN)
def test_leave_asks_en(role, text, expected, due):
    check_row(role, text, expected, due, "en")


# ---- "want to" opens a subjectless question ("Want to come back Tuesday…?"); the rep's own wish ("I want to…") asks nothing
WANT_EN = [
    (R, "Want to come back after work Tuesday and give the pilot a proper try?", {"ask:specific"}, None),
    (R, "Do you want to run the pilot on the night shift from Monday?", {"ask:specific"}, None),
    (R, "Want your planners in the workshop on the 18th?", {"ask:specific"}, None),
    # near misses: the rep's own wish
    (R, "Honestly, I want to be at your Thanksgiving next week.", set(), None),
    (R, "We really want to get the pilot right on Monday.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", WANT_EN)
def test_want_to_en(role, text, expected, due):
    check_row(role, text, expected, due, "en")


# ---- session 6: time asked for a named purpose is a concrete what, even with the contact alone; a run of any stated
# length, or two tools run side by side, is a trial
PURPOSE_EN = [
    (R, "Could we get twenty minutes with you next Tuesday to agree the seat count?", {"ask:specific"}, None),
    (R, "Can we get half an hour on the 19th to walk through the quotes, you and Kim?", {"ask:specific"}, None),
    (R, "Could we go live at the Elm Street clinic on Monday and run it for thirty days?", {"ask:specific"}, None),
    (R, "How about we run your next intake through both tools in parallel, starting Monday?", {"ask:specific"}, None),
    # near misses: time with no purpose, and a purpose looked back on
    (R, "Could we get twenty minutes with you next Tuesday?", set(), None),
    (R, "We spent twenty minutes last Tuesday to agree the seat count.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PURPOSE_EN)
def test_time_for_a_purpose_en(role, text, expected, due):
    check_row(role, text, expected, due, "en")


# ---- the customer's purchase put as the condition of the rep's offer: no supposition but the purchase asked for
# (GUIDELINES 3.4), in the rep's own voice and with a time; and a present-tense concession before a yes/no question
# ("If I include …, are you happy to …?") is a term the rep offers, not an imagined step
OFFERED_TERM_EN = [
    (R, "If you sign the order form by Friday, I can keep the launch discount for your whole team.", {"ask:specific"}, None),
    (R, "I'll waive the installation fee if the PO is in by next Wednesday.", {"ask:specific"}, None),
    (R, "If we can get your deposit tomorrow, I'll reserve the crane for the whole of April.", {"ask:specific"}, None),
    (R, "If I include the spare battery at no charge, are you happy to place the order this week?", {"ask:specific"}, None),
    # near misses: a promotion stated of the shop, not offered by the rep; a purchase imagined in the subjunctive
    (R, "We are running a spring promotion: ten percent off if you order before the end of the month.", set(), None),
    (R, "If you were to sign today, would you need the units before Easter?", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", OFFERED_TERM_EN, ids=[r[1][:32] for r in OFFERED_TERM_EN])
def test_offered_term_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- the proposal as the focus of a pseudo-cleft ("what I'd like to propose is …", "what I was going to suggest as a
# next step was …", "here's what I'd recommend"; "how about a …"): the question word asks for nothing
PSEUDO_CLEFT_EN = [
    (R, "What I'd really like to propose is we put your two night crews on the new rota from next Monday.", {"ask:specific"}, None),
    (R, "So what I was going to suggest as a next step was a trial in your Sheffield kitchen, this Friday.", {"ask:specific"}, None),
    (R, "Here's what we usually recommend is a pilot on one ward first.", {"ask:vague"}, None),
    (R, "How about a short working session with your planners next Wednesday?", {"ask:specific"}, None),
    # near misses: a "what" that asks or judges, not a proposal
    (R, "What I like about your current setup is the Monday reporting.", set(), None),
    (R, "What I'd want to know is whether your crews work next Saturday.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PSEUDO_CLEFT_EN, ids=[r[1][:32] for r in PSEUDO_CLEFT_EN])
def test_pseudo_cleft_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- session 7, smaller families: a unit put in for a stated time is a trial; "would it also make sense"; "what about" a
# counted step
MORE_FORMS_EN = [
    (R, "Could we put one in for two weeks at your Hull branch, starting Monday?", {"ask:specific"}, None),
    (R, "Would it also make sense to bring your ops manager to the demo on Thursday?", {"ask:specific"}, None),
    (R, "What about two sensors on line three from next Monday?", {"ask:specific"}, None),
    # near misses: a unit put in elsewhere last year, and a "what about" that asks for information
    (R, "We put one in for a month at a clinic in Leeds last year.", set(), None),
    (R, "What about two of your sites, do they run nights too?", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", MORE_FORMS_EN, ids=[r[1][:32] for r in MORE_FORMS_EN])
def test_more_forms_en(role, text, expected, due):
    check_row(role, text, expected, due, language="en")
