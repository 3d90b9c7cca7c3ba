"""Dialogue phenomena for the offline engine: acceptance, ask → response, declines and probes, joint
actions, restated requests, prose notes, unknown roles and the LLM engine's candidate windows.

Each exchange is a short realistic conversation built directly as a Transcript (roles set), so these tests
do not depend on ingest. Meeting date 2026-03-12 (Thursday).
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.dates import resolve
from analyzer.extract.offline import OfflineEngine
from analyzer.models import Findings, Transcript, Turn
from analyzer.pipeline import analyze_transcript

MEETING = date(2026, 3, 12)
ENGINE = OfflineEngine()
C, R, U = "customer", "rep", "unknown"


def transcript(turns, kind="dialogue") -> Transcript:
    return Transcript(
        id="t", source="t", kind=kind, meeting_date=MEETING,
        turns=[Turn(index=i, speaker="" if kind == "notes" else role, text=text, role=role)
               for i, (role, text) in enumerate(turns)],
    )


def extract(turns, kind="dialogue") -> tuple[Transcript, Findings]:
    t = transcript(turns, kind)
    f = ENGINE.extract(t)
    for field in ("praise", "customer_actions", "rep_actions", "asks", "signals", "probes", "declines"):
        for item in getattr(f, field):
            assert item.quote in t.turns[item.turn].text, (field, item.quote)
    for a in f.customer_actions:
        if a.proposal_quote is not None:
            assert a.proposal_quote in t.turns[a.proposal_turn].text
    for a in f.asks:
        if a.response_quote is not None:
            assert a.response_quote in t.turns[a.response_turn].text
    return t, f


def due(phrase):
    d = resolve(phrase, MEETING) if phrase else None
    return None if d is None else (d.start.isoformat() if d.end is None else (d.start.isoformat(), d.end.isoformat()))


# ---------------------------------------------------------------- acceptance of a concrete proposal

ACCEPTANCE = [
    # (turns, action type, due, actor, quote must contain)
    ([(R, "下周三我们带工程师过来做个技术交流，您看行吗？"), (C, "行，就这么定。")],
     "technical_review", "2026-03-18", "customer", "行，就这么定"),
    ([(R, "Could we start the two-week pilot on Monday?"), (C, "Sure, let's do that.")],
     "trial", "2026-03-16", "customer", "Sure, let's do that"),
    ([(R, "那这样，两周后咱们一起去滨江项目现场看看，您看可以吗？"), (C, "可以，我把项目经理和安全总监也叫上。")],
     "site_visit", "2026-03-26", "joint", "我把项目经理和安全总监也叫上"),
    ([(R, "Would you be willing to donate $1 of your payment today?"), (C, "Sure, I'll donate $1.")],
     "sign", "2026-03-12", "customer", "I'll donate $1"),
    ([(R, "那您看这周五能把合同签了吗？"), (C, "可以，合同这周五签。")],
     "sign", "2026-03-13", "customer", "合同这周五签"),
    ([(R, "Could you get your CFO on a call with us next Tuesday at 10?"), (C, "Yes, I can set that up.")],
     "meeting_with_decision_maker", "2026-03-17", "customer", "Yes, I can set that up"),
    ([(R, "下个月在一个车间做个试点，您看行吗？"), (C, "行。")],
     "trial", ("2026-04-01", "2026-04-30"), "customer", "行"),
    ([(R, "下周二能不能安排一次POC？"), (C, "需要我们准备什么环境？"), (R, "一台能上网的电脑就行。"), (C, "好，那就这么定。")],
     "trial", "2026-03-17", "customer", "好，那就这么定"),
    # assent idioms (tune-en): a negated doubt, no objection, fine by me, let's give it a go
    ([(R, "Would you be open to a two-week pilot starting Monday?"), (C, "I don't see why not.")],
     "trial", "2026-03-16", "customer", "I don't see why not"),
    ([(R, "Could we walk the site with your foreman on Friday?"), (C, "No objection from me.")],
     "site_visit", "2026-03-13", "customer", "No objection"),
    ([(R, "Could we walk the site with your foreman on Friday?"), (C, "Fine by me.")],
     "site_visit", "2026-03-13", "customer", "Fine by me"),
    ([(R, "Can we start the trial on the night shift next Monday?"), (C, "Let's give it a go.")],
     "trial", "2026-03-16", "customer", "Let's give it a go"),
]


@pytest.mark.parametrize("turns,kind,due_iso,actor,quote", ACCEPTANCE, ids=[str(i) for i in range(len(ACCEPTANCE))])
def test_acceptance_becomes_the_customers_action(turns, kind, due_iso, actor, quote):
    t, f = extract(turns)
    assert len(f.customer_actions) == 1, f.customer_actions
    a = f.customer_actions[0]
    assert (a.type, a.actor) == (kind, actor)
    assert quote in a.quote
    assert due(a.due_text) == due_iso
    assert a.proposal_quote is not None and a.proposal_turn is not None
    assert f.asks and f.asks[0].response == "accepted"


def test_counter_proposal_accepts_the_step_at_the_customers_time():
    t, f = extract([
        (R, "我们下周二下午带顾问过来，给您的计划科做一次现场诊断，您看可以吗？"),
        (C, "下周二不行，我要去总部开会。周四可以。"),
        (R, "好的，那就周四下午两点。"),
        (C, "行。"),
    ])
    assert [(a.type, a.turn, due(a.due_text)) for a in f.customer_actions] == [("requirements", 1, "2026-03-19")]
    # A reschedule: the ask as proposed was declined (GUIDELINES hard call 16), the step is the customer's.
    assert f.asks[0].response == "declined"


def test_declined_time_then_new_date_accepted_en():
    t, f = extract([
        (C, "I watched the recording you sent, the routing logic looks solid."),
        (R, "I'd like to propose a 30-day pilot with two of your dispatch teams starting the week of April 6th. "
            "Would that work?"),
        (C, "The pilot sounds reasonable, but I can't commit to April. We're in the middle of a system migration."),
        (R, "Understood. What's driving the timing on the migration?"),
        (C, "Our ERP cutover is April 20th. After that we're clear."),
        (R, "Then how about we kick off on April 27th instead, and I'll send you a pilot plan by end of next week?"),
        (C, "That works. I'll also need to loop in Dave from IT before we start."),
        (R, "Could we get 30 minutes with Dave next Thursday to go over the integration?"),
        (C, "Let me check his calendar and get back to you."),
    ])
    assert [p.turn for p in f.praise] == [0]
    assert [a.response for a in f.asks] == ["declined", "accepted", "deferred"]
    assert [(a.type, a.turn, due(a.due_text)) for a in f.customer_actions] == [("trial", 6, "2026-04-27")]
    assert [p.turn for p in f.probes] == [3]
    assert [(r.turn, due(r.due_text)) for r in f.rep_actions] == [(5, "2026-03-20")]


def test_partial_yes_pending_a_check_is_deferred_and_tasks_take_a_following_date():
    t, f = extract([
        (C, "看了，功能挺全的，就是价格比我们预期的高一些。"),
        (R, "那这样，我们先给二十家出一个方案，下周一发给您。"),
        (C, "好的。"),
        (R, "另外，能不能请您安排一下，下周三我们跟您的IT和财务一起开个会，把对接和付款方式敲定？"),
        (C, "IT没问题，财务那边我问一下，明天给你回复。"),
    ])
    assert [p.quote for p in f.praise] == ["功能挺全的"]
    assert [(r.turn, due(r.due_text)) for r in f.rep_actions] == [(1, "2026-03-16")]
    assert [(a.specific, a.response) for a in f.asks] == [(True, "deferred")]
    assert f.customer_actions == []


# ---------------------------------------------------------------- answers that are not commitments

NOT_ACCEPTED = [
    # (turns, ask specific, response)
    ([(R, "咱们找个时间试用一下吧"), (C, "好")], False, "accepted"),
    ([(R, "Let's touch base soon."), (C, "Sure.")], False, "accepted"),
    ([(R, "那您看咱们找个时间在一个车间先试用一下吧？"), (C, "嗯。")], False, "accepted"),
    ([(R, "Could you get your CFO on a call next Tuesday?"), (C, "Let me check with her and get back to you.")],
     True, "deferred"),
    ([(R, "下周三安排一次技术评审，您看可以吗？"), (C, "这个我们得内部商量一下。")], True, "deferred"),
    ([(R, "您看下周三来做个技术评审可以吗？"), (C, "这个事我说了不算，得我们老板定。")], True, "deferred"),
    ([(R, "Could we run the security review next Tuesday?"), (C, "It's not my call, it's up to my CFO.")],
     True, "deferred"),
    ([(R, "我们先把资料发给您，您的工程师下周五看一下，可以吗？"), (C, "好的，谢谢。")], True, "none"),
    ([(R, "下周安排试用可以吗？"), (C, "不用了，我们暂时不考虑。")], True, "declined"),
    ([(R, "Could we set up a pilot next week?"), (C, "No thanks, not right now.")], True, "declined"),
    # an understated refusal (GUIDELINES hard call 30): declined, as "No, I don't see why we would." below
    ([(R, "Could we set up a pilot next week?"), (C, "I don't see the point, to be honest.")], True, "declined"),
    ([(R, "Could we set up a pilot next week?"), (C, "No, I don't see why we would.")], True, "declined"),
    ([(R, "您看下周三安排技术交流可以吗？"), (C, "你们的系统能对接SAP吗？"), (R, "可以的，有标准接口。"),
      (C, "那价格方面呢？")], True, "none"),
]


@pytest.mark.parametrize("turns,specific,response", NOT_ACCEPTED, ids=[str(i) for i in range(len(NOT_ACCEPTED))])
def test_answers_that_commit_to_nothing(turns, specific, response):
    t, f = extract(turns)
    assert f.customer_actions == []
    assert len(f.asks) == 1
    assert (f.asks[0].specific, f.asks[0].response) == (specific, response)


# ---------------------------------------------------------------- declines, probes, lowered asks

def test_decline_then_probe_zh():
    t, f = extract([(R, "下周安排试用可以吗？"), (C, "不用了，我们暂时不考虑。"), (R, "是有什么顾虑吗？价格还是实施周期？")])
    assert [d.turn for d in f.declines] == [1]
    assert [p.turn for p in f.probes] == [2]


def test_decline_not_probed_en():
    t, f = extract([(R, "Could we set up a pilot next week?"), (C, "No thanks, not right now."),
                    (R, "OK, thanks for your time.")])
    assert f.asks[0].response == "declined"
    assert f.probes == []
    flags = {fl.code for fl in analyze_transcript(t).flags}
    assert "DECLINED_NOT_PROBED" in flags


def test_declined_then_lowered_ask_accepted():
    t, f = extract([
        (R, "我们想在您科室放十套设备试用一个月，您看下个月初能不能开始？"),
        (C, "试用现在做不了，设备科那边不会同意。"),
        (R, "那要不这样，试用先不急，下周四下午我带工程师过来做一次技术交流，您看可以吗？"),
        (C, "这个可以，下周四下午三点以后我都在。"),
    ])
    assert [a.response for a in f.asks] == ["declined", "accepted"]
    assert [(a.type, due(a.due_text)) for a in f.customer_actions] == [("technical_review", "2026-03-19")]


def test_deal_decline_gives_no_sale():
    t, f = extract([(R, "I wanted to follow up on the proposal."),
                    (C, "We decided to build it in-house, so we'll pass on this one.")])
    assert f.declines
    assert analyze_transcript(t).outcome == "no_sale"


# ---------------------------------------------------------------- joint, repeated acceptance, requests

@pytest.mark.parametrize("answer", ["我们已经决定用别家了", "我们还是继续用现在的系统", "这个我们打算自己开发",
                                    "我们决定选其他供应商了", "We've decided to stay with our current vendor",
                                    "We'll build it ourselves", "We went with another vendor",
                                    "We decided to go with a competitor", "We're going with the other supplier",
                                    "We've decided to go with ServiceTitan.", "我们决定用 ServiceTitan 了。"])
def test_choosing_another_way_declines_the_deal(answer):
    t, f = extract([(R, "您看下周安排个试用？"), (C, answer)])
    assert f.declines and f.asks[0].response == "declined"
    assert analyze_transcript(t).outcome == "no_sale"


@pytest.mark.parametrize("answer", ["我们选了别的颜色", "我们最后决定选其他颜色", "We went with yellow in the end",
                                    "We decided to go with the blue one"])
def test_a_choice_that_names_no_vendor_declines_nothing(answer):
    """A choice of colour or model is no lost deal: the alternative must be a vendor, product or solution."""
    t, f = extract([(R, "Here is the new remote design."), (C, answer)])
    assert f.declines == []
    assert analyze_transcript(t).outcome != "no_sale"


def test_declining_an_item_is_not_declining_the_deal():
    t, f = extract([(R, "This one is a family saga set in the 1920s."),
                    (C, "Oh, I'm not interested in family drama."), (R, "Then maybe a thriller?")])
    assert f.declines == []


def test_joint_action_when_the_customer_says_together():
    t, f = extract([(C, "咱们下周二一起去苏州的样板工厂看看。")])
    assert [(a.type, a.actor) for a in f.customer_actions] == [("site_visit", "joint")]


def test_repeated_acceptance_is_one_action():
    t, f = extract([(R, "下周三下午两点做个技术评审，您看行吗？"), (C, "行。"), (R, "那就定在下周三下午两点。"),
                    (C, "好，那就下周三。")])
    assert len(f.customer_actions) == 1


def test_request_restated_by_the_rep_is_one_rep_action_in_the_reps_words():
    t, f = extract([(C, "你把报价发我一份。"), (R, "好的，我今天下午把报价发您。")])
    assert [(r.turn, r.quote) for r in f.rep_actions] == [(1, "我今天下午把报价发您。")]


@pytest.mark.parametrize("turns", [
    [(C, "Fine. Can you send me the PPAP documentation for the coated part?"),
     (R, "Yes. I'll get you the full PPAP package by Friday.")],
    [(C, "你把报价发我一份。"), (R, "好的，我今天下午把完整的价格表整理好给您。")],
    [(C, "And do send me the data protection bits."), (R, "Will do, I'll have the DPIA pack with you by Monday.")],
    [(C, "你把 quotation 和 COA 发我一下。"), (R, "好的，我今晚整理好发您邮箱。")],
])
def test_request_answered_yes_with_a_todo_in_other_words_is_one_rep_action(turns):
    t, f = extract(turns)
    assert [r.turn for r in f.rep_actions] == [1]


@pytest.mark.parametrize("text,due", [
    ("可以，我回去整理一份脱敏的对比表，明天发您微信。", "2026-03-13"),
    ("那我这边回去把网关清单列一下，下周一发给小陶。", "2026-03-16"),
    ("二十套的安装排期我回去排好，下周二发给马主任。", "2026-03-17"),
])
def test_a_subjectless_clause_carries_the_reps_todo_on_as_one_item(text, due):
    t, f = extract([(R, text)])
    assert len(f.rep_actions) == 1, f.rep_actions
    r = f.rep_actions[0]
    assert text.split("，")[-1].rstrip("。") in r.quote
    assert resolve(r.due_text, MEETING).start == date.fromisoformat(due)


@pytest.mark.parametrize("turns,count", [
    ([(R, "需要的话我可以准备一页验证总结给你们QA看。"), (C, "可以，有的话更好。")], 1),
    ([(R, "If that helps, I can put together a one-page summary for your QA head."), (C, "Sure, that would help.")], 1),
    ([(R, "需要的话我可以准备一页验证总结给你们QA看。"), (C, "不用了，谢谢。")], 0),
    ([(R, "价格我们可以在方案定了以后再细谈。"), (C, "行，那今天就到这儿。")], 0),
])
def test_an_offer_is_a_rep_task_only_when_taken_up(turns, count):
    t, f = extract(turns)
    assert len(f.rep_actions) == count, f.rep_actions


@pytest.mark.parametrize("turns,turns_of_tasks", [
    ([(R, "我今天下午把合同发您邮箱。"), (C, "好。"), (R, "那我确认一下：这周五前盖章，我今天发合同。")], [0]),
    ([(R, "议程我明天发江工。"), (C, "好的。"), (R, "那我总结一下，下周五来审厂，我们明天发议程。")], [0]),
    ([(R, "I'll send the spec sheet tomorrow."), (C, "Great."),
      (R, "So to recap: Lucy books the room Thursday, and I'll send the invite today.")], [0, 2]),
])
def test_a_recap_repeats_tasks_and_adds_only_new_ones(turns, turns_of_tasks):
    t, f = extract(turns)
    assert [r.turn for r in f.rep_actions] == turns_of_tasks, f.rep_actions


def test_request_not_restated_quotes_the_customer():
    t, f = extract([(C, "Send me the pricing for the twelve-project tier."), (R, "Will do.")])
    assert [r.turn for r in f.rep_actions] == [0]
    assert f.customer_actions == []


def test_praise_without_action_is_flagged():
    t, f = extract([(C, "你们的系统确实做得不错，界面也很直观。"), (R, "谢谢王总。"), (C, "我们研究研究再说。")])
    assert len(f.praise) == 2 and f.customer_actions == []
    a = analyze_transcript(t)
    assert a.outcome == "continuation"
    assert {"PRAISE_WITHOUT_ACTION", "NO_ASK"} <= {fl.code for fl in a.flags}


def test_signal_without_ask_is_missed():
    t, f = extract([(C, "Our budget for security tooling was just approved."), (R, "That's great news.")])
    assert f.signals
    assert "MISSED_SIGNAL" in {fl.code for fl in analyze_transcript(t).flags}


# ---------------------------------------------------------------- prose visit notes

def test_notes_zh():
    t, f = extract([(U, "拜访王总，他说产品不错，答应下周三安排技术评审。"), (U, "我答应下周把方案发给他。"),
                    (U, "我提议下周做POC，他同意了。")], kind="notes")
    assert [p.quote for p in f.praise] == ["他说产品不错"]
    kinds = [(a.type, due(a.due_text), a.turn) for a in f.customer_actions]
    assert kinds == [("technical_review", "2026-03-18", 0), ("trial", ("2026-03-16", "2026-03-22"), 2)]
    assert [r.turn for r in f.rep_actions] == [1]
    assert [(a.specific, a.response) for a in f.asks] == [(True, "accepted")]
    assert f.customer_actions[1].proposal_quote == "我提议下周做POC"


def test_notes_en():
    t, f = extract([(U, "Met Sarah Chen at Acme Freight."), (U, "She said the dashboard looks great."),
                    (U, "He agreed to bring their CFO to a demo next Tuesday."),
                    (U, "I'll send the pricing sheet tomorrow.")], kind="notes")
    assert [p.turn for p in f.praise] == [1]
    assert [(a.type, due(a.due_text)) for a in f.customer_actions] == [("meeting_with_decision_maker", "2026-03-17")]
    assert [r.turn for r in f.rep_actions] == [3]


def test_notes_subjects_carry_and_the_writers_side_is_the_object():
    t, f = extract([(U, "刘主任对我们的冷链监控方案评价很高，说比他们现在用的系统直观多了。"),
                    (U, "The lab manager will send us their current sample volumes by Friday."),
                    (U, "I promised to send the validation plan tomorrow.")], kind="notes")
    assert [p.turn for p in f.praise] == [0, 0]
    assert [(a.type, a.turn) for a in f.customer_actions] == [("send_information", 1)]
    assert [r.turn for r in f.rep_actions] == [2]


def test_notes_agreement_to_a_proposal_without_a_time_is_no_action():
    t, f = extract([(U, "I proposed a pilot with their two service advisors, and Ken agreed.")], kind="notes")
    assert f.customer_actions == []
    assert [(a.specific, a.response) for a in f.asks] == [(False, "accepted")]


def test_notes_past_and_stall_are_not_actions():
    t, f = extract([(U, "他说上周已经跟领导汇报过了。"), (U, "王总表示还要研究研究。")], kind="notes")
    assert f.customer_actions == []


# ---------------------------------------------------------------- roles unknown, candidate windows

def test_unknown_roles_use_the_proposal_as_the_cue():
    t, f = extract([(U, "您看下周三安排技术交流可以吗？"), (U, "行，就这么定。")])
    assert [(a.type, a.turn) for a in f.customer_actions] == [("technical_review", 1)]


def test_candidate_turns_cover_the_cues_and_skip_small_talk():
    small_talk = [(C, "今天路上堵吗？"), (R, "还行，二十分钟就到了。"), (C, "最近天气挺冷的。"), (R, "是啊，早上零下了。")] * 10
    turns = small_talk + [(R, "您看下周三安排技术交流可以吗？"), (C, "行，就这么定。")] + small_talk
    t = transcript(turns)
    picked = ENGINE.candidate_turns(t, context=1)
    assert {40, 41} <= set(picked)
    assert len(picked) <= len(turns) * 0.2


# ---------------------------------------------------------------- robustness

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(list("我们下周三安排技术评审可以吗？行，好的。不错! We'll sign next Friday, could you? $5 ;:'’\n")
                          + ["试用", "预算", "CFO", "不行", "嗯", "if", "not", "之前", "…", "“"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([C, R, U]), st.lists(_PIECES, max_size=30).map("".join)),
                min_size=1, max_size=6),
       st.sampled_from(["dialogue", "notes"]))
def test_any_text_gives_verbatim_quotes_and_no_error(turns, kind):
    turns = [(role, text or " ") for role, text in turns]
    extract(turns, kind=kind)  # asserts every quote is verbatim
    ENGINE.candidate_turns(transcript(turns, kind))
