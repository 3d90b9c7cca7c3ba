"""Prose visit notes (notes.py): who did what in a sentence that has no speaker.

Each row is a short piece of notes (one sentence per turn, as ingest splits them) and the labels the engine
must produce for it, and no others (see offline_table.labels), with the due date of the first dated action
where given. Rows were written for the rule they test (three that it must catch, two near misses it must
leave alone), not copied from eval cases. Meeting date 2026-03-12 (Thursday).
"""

from __future__ import annotations

import pytest

from offline_table import check_notes_row, run

U = "unknown"

ROWS = [
    # ---- subject: a person named without a title, or with a title beyond 总/经理, is the customer; the clause's
    # own opening subject decides before its object ("带我们", "发给我们") is consulted.
    (["赵磊说下周五前安排他们的工程师做技术评审。"], {"action:technical_review"}, "2026-03-20"),
    (["老孙说我们的巡检App很好用。"], {"praise"}, None),
    (["Kevin 表示下周二安排他们的IT做技术评审。"], {"action:technical_review"}, "2026-03-17"),
    (["何厂长说我们的设备很稳定。"], {"praise"}, None),
    (["我提出下周三带我们的工程师过来做技术交流。"], {"ask:specific"}, None),
    (["方案还说明了实施周期。"], set(), None),
    (["小范围试点的数据上个月已经出来了。"], set(), None),
    # ---- "介绍我们的…" introduces our product: the writer's clause, not something done for the writer
    (["介绍我们的新款巡检机器人，争取在他们二号厂房做试点。"], set(), None),
    (["他们下周一把三个月的工单数据发给我们。"], {"action:send_information"}, "2026-03-16"),
    # ---- someone else's process forecast (a body of the customer's organisation will …) binds no one
    (["王总提到集团下个月会做一次供应商入围招标。"], set(), None),
    (["Ms. Chan 提到 board 四月初会 review 今年的 IT budget。"], set(), None),
    (["张总说下周三他会安排IT做技术评审。"], {"action:technical_review"}, "2026-03-18"),
    # ---- what the customer's side arranges for a step just agreed, with no date of its own, is that step
    (["我提出下周二带工程师到他们车间做现场勘察，刘总同意，安排设备科长全程陪同。"], {"ask:specific", "action:requirements"},
     "2026-03-17"),
    # ---- a frame that names nothing ("我提了一句") quotes the proposal after it; English assent in a note
    (["我提了一句，要不找个时间给他们的店长做个培训，她说 sure。"], {"ask:vague"}, None),
    # ---- the customer's departments named by role open their clause; both sides agreeing binds both; waiting for
    # something first is a deferral; 会上 is no modal
    (["采购那边表示下周三前把供应商准入表发给我们。"], {"action:send_information"}, "2026-03-18"),
    (["双方约定下周三下午在客户现场做技术交流。"], {"action:technical_review", "joint"}, "2026-03-18"),
    (["会上财务提出预算要等到明年，暂时不考虑。"], set(), None),
    (["赵总说我们的售后响应很及时。"], {"praise"}, None),
    (["会上王总说下周会安排IT做技术评审。"], {"action:technical_review"}, ("2026-03-16", "2026-03-22")),
    # ---- asks: the writer's request frames (an adverb after "I", "问能不能…", "asked whether they'd consider"),
    # the proposal running on through the writer's next clauses, an event as its concrete what.
    (["I then suggested a plant tour next Tuesday with their QA lead."], {"ask:specific"}, None),
    (["我又问能不能下周一先在他们二号仓试用两周。"], {"ask:specific"}, None),
    (["I asked whether they would consider adding the analytics module."], {"ask:vague"}, None),
    (["我提出下周四下午过来，给他们的班组长做一次培训，她同意了。"], {"ask:specific", "action:other"}, "2026-03-19"),
    (["我问他是不是对交付周期有顾虑。"], set(), None),
    (["I asked what made them pick the incumbent."], set(), None),
    # ---- praise: a verb of evaluating, or what the customer said of us, including a favourable comparison with
    # what they use now; what the customer did ("问得很细") or a comparison with us as the standard is not.
    (["She said the new routing screen is much faster than their old TMS."], {"praise"}, None),
    (["Tom liked the handheld scanner."], {"praise"}, None),
    (["陈工说我们的探头比他们现在用的那款稳定多了。"], {"praise"}, None),
    (["李工对接口文档问得很细。"], set(), None),
    (["He said the other vendor's tablet was faster than ours."], set(), None),
    (["她说别家的价格比我们的低。"], set(), None),
    # ---- asks in terse notes with the writer dropped, and in passive minutes; questions for information are not.
    (["Proposed a plant walk-through next Wednesday with their shift leads."], {"ask:specific"}, None),
    (["asked Maria if we could run a two-week pilot on line 3 starting next Monday."], {"ask:specific"}, None),
    (["A 30-day trial at the Leeds depot was proposed by us, to begin on 6 April."], {"ask:specific"}, None),
    (["Asked how many sites they run."], set(), None),
    (["Asked about their current vendor."], set(), None),
    # ---- customer actions: an action-list line owned by a customer, "it was agreed that" in minutes, whatever
    # the customer hands to the writer, "he'll"/"she'd have X", a report handed up to the boss; the writer's own
    # line, a noun ending in 会 and a step the writer's side owes are not.
    (["Maria - send us the last six months of scrap data by Friday"], {"action:send_information"}, "2026-03-13"),
    (["It was agreed that the trial would start on 23 March at the Leeds depot."], {"action:trial"}, "2026-03-23"),
    (["He said he'll sign the renewal next Tuesday."], {"action:sign"}, "2026-03-17"),
    (["She'd have her analyst send us the floor plans by Tuesday."], {"action:send_information"}, "2026-03-17"),
    (["刘总说元旦前会把选型报告交给总经理。"], {"action:internal_report"}, "2027-01-01"),
    (["Me - send Maria the revised quote by Friday"], set(), None),
    (["上次展会上他们看过我们的样机。"], set(), None),
    (["The insurance certificate is to be sent by us by 26 March."], set(), None),
    # ---- more step shapes: an ask after a log timestamp, presenting to a board, a promise to send unnamed
    # things, a review of a report of ours, passive praise, an evaluating verb with a later negation about
    # something else; a negated evaluating verb and the writer's own promise to send are not the customer's.
    (["8:40 - asked Dana if we could run a two-week trial in the Fresno store starting next Monday."],
     {"ask:specific"}, None),
    (["I proposed presenting the rollout plan to their steering committee on March 24."], {"ask:specific"}, None),
    (["Joe promised to send the floor plans and the asset list by Friday."], {"action:send_information"},
     "2026-03-13"),
    (["He said IT will review our security assessment report next week."], {"action:technical_review"},
     ("2026-03-16", "2026-03-22")),
    (["The dashboard was described by Ms Lee as the clearest she had used."], {"praise"}, None),
    (["Priya likes our routing approach, finally someone who isn't pushing more trucks."], {"praise"}, None),
    (["Priya didn't like the old routing screen."], set(), None),
    (["I promised to send the floor plans by Friday."], {"rep"}, None),
    # ---- a date naming the meeting the step happens at dates the step; one naming a plan does not.
    (["他说下周三的例会上会把我们的方案提出来。"], {"action:internal_report"}, "2026-03-18"),
    (["王总答应月底的办公会上把采购申请提交上去。"], {"action:internal_report"}, "2026-03-31"),
    (["She said she'll raise it at next week's board meeting."], {"action:meeting_with_decision_maker"},
     ("2026-03-16", "2026-03-22")),
    (["刘总说下个月的例会已经取消了。"], set(), None),
    # a dated clause stating how things stand is no plan, in notes as in dialogue (plan_statement)
    (["王总说这套报价远超他们今年的预算。"], set(), None),
    (["刘总说明年的专项资金要等区里批。"], set(), None),
    (["刘总说下个月的预算会上他们把这个报上去。"], {"action:internal_report"}, None),
]

RESPONSES = [
    # (notes, responses of the asks in order, outcome)
    (["I asked for a site walk at their Leeds depot next Wednesday.", "He said no, not before the summer."],
     ["declined"], "no_sale"),
    (["我提出下周二带工程师过来做技术交流。", "她说先不要，等集团的新标准出来再说。",
      "我又问能不能先把一个车间的能耗数据发给我们。", "她说可以考虑，会内部再商量一下。"],
     ["declined", "deferred"], "continuation"),
    (["I suggested a pilot on their night shift starting next Monday, and the plant manager agreed."],
     ["accepted"], "advance"),
    # put off until something happens is deferred; an answer may name the time itself; code-switched agreement.
    (["Proposed a site walk at the Derby plant next Tuesday.", "Maria said not until their audit is done."],
     ["deferred"], "continuation"),
    (["我方提出下周一派工程师到现场做需求调研，刘总同意，安排设备科配合。"], ["accepted"], "advance"),
    (["我提出先在他们三号线免费试用一个月。", "王总说试用可以，下个月初让我们进场。"], ["accepted"], "advance"),
    (["我 propose 下周五前把年度合同签了。", "Linda 当场说 let's do it。"], ["accepted"], "order"),
    (["A two-week trial on line 3 was proposed by us, to begin on 16 March.",
      "It was agreed that the trial would begin on 16 March."], ["accepted"], "advance"),
    (["Asked if Tom could pull the uptime logs for us, he said he'd see what he could do."], ["deferred"],
     "continuation"),    # the customer named by a title whatever the surname, refusing; the writer's own manager is no answer
    (["我提出下周三带样机去他们二号车间试用一周。", "蔺主任说不用了，今年设备预算已经冻结。"], ["declined"], "no_sale"),
    (["我提出这周五给他们的店长做一次线上培训，阮经理直接婉拒了。"], ["declined"], "no_sale"),
    (["我提出下周三带工程师过来做技术交流。", "我们经理说不用了，先把报价定下来。"], ["none"], "continuation"),
]


@pytest.mark.parametrize("sentences,responses,outcome", RESPONSES, ids=[r[0][0][:24] for r in RESPONSES])
def test_notes_responses(sentences, responses, outcome):
    from analyzer.pipeline import analyze_transcript

    t, f = run([(U, s) for s in sentences], kind="notes")
    assert [a.response for a in f.asks] == responses
    assert analyze_transcript(t).outcome == outcome


@pytest.mark.parametrize("sentences,expected,due", ROWS, ids=[r[0][0][:24] for r in ROWS])
def test_notes_row(sentences, expected, due):
    zh = any(ord(ch) > 0x3000 for s in sentences for ch in s)
    check_notes_row(sentences, expected, due, "zh" if zh else "en")


def test_notes_two_coordinated_evaluations_are_two_items():
    t, f = run([(U, "He said the onboarding was smooth and the support team was very responsive.")], kind="notes")
    assert [p.quote for p in f.praise] == ["He said the onboarding was smooth", "the support team was very responsive."]


def test_notes_a_date_naming_a_plan_does_not_date_the_step():
    t, f = run([(U, "张总还说会把明年的扩产计划发给我们参考。")], kind="notes")
    assert [(a.type, a.due_text) for a in f.customer_actions] == [("send_information", None)]


# ---- zh notes: a proposal to go and see a reference project the vendor built ("去寿光看我们做的那个项目"), data promised to
# the writer's colleague (发给小章) within working days, a subsidy application taken to the authority (补贴的申请报到…局)
def test_zh_notes_visit_proposal_agreed_and_customer_steps():
    from offline_table import run
    _, f = run([("unknown", "我提出下周四一起去嘉兴看我们装的那个冷库项目，周总同意了。"),
                ("unknown", "他答应五个工作日内把仓库的平面图和去年的能耗记录发给小刘。"),
                ("unknown", "周总还提到，国庆前他要把今年节能改造补贴的申请报到区发改委。")], kind="notes", language="zh")
    assert [a.specific for a in f.asks] == [True]
    assert sorted(a.type for a in f.customer_actions) == ["budget", "send_information", "site_visit"]


def test_zh_notes_near_misses_past_visit_and_past_application():
    """Near misses: the visit already made, the application already filed."""
    from offline_table import run
    _, f = run([("unknown", "上周我们已经带周总去嘉兴看过我们装的冷库项目。"),
                ("unknown", "去年他们已经把节能改造补贴的申请报到区发改委了。")], kind="notes", language="zh")
    assert f.asks == [] and f.customer_actions == []
