"""Per-call judgements of the offline engine: deal-level refusals (→ no_sale), how an answer responds to an ask,
the rep's own to-dos and the action type. Short exchanges written for these rules (not taken from the eval
cases); each rule has rows it must catch and near misses it must leave alone. Meeting date 2026-03-12 (Thursday).
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.extract.offline import OfflineEngine
from analyzer.models import Transcript, Turn
from analyzer.pipeline import analyze_transcript

MEETING = date(2026, 3, 12)
ENGINE = OfflineEngine()
C, R = "customer", "rep"


def transcript(turns, language="en") -> Transcript:
    return Transcript(id="t", source="t", kind="dialogue", meeting_date=MEETING, language=language,
                      turns=[Turn(index=i, speaker=role, text=text, role=role) for i, (role, text) in enumerate(turns)])


def extract(turns, language="en"):
    t = transcript(turns, language)
    f = ENGINE.extract(t)
    for field in ("praise", "customer_actions", "rep_actions", "asks", "declines", "probes"):
        for item in getattr(f, field):
            assert item.quote in t.turns[item.turn].text, (field, item.quote)
    return t, f


# ---------------------------------------------------------------- deal-level refusals: staying put, the line refused
# (customer turn, is a refusal of the deal)
DEAL_DECLINES = [
    # staying with the incumbent, as a decision
    ("董事会上周定了，还是继续用原来那家供应商。", True),
    ("我们决定这条产线继续交给现在的代工厂做。", True),
    ("财务那边打算继续沿用目前的系统，明年再看。", True),
    ("试用期间我们继续用原来的系统并行跑。", False),
    ("继续说说你们的接口吧。", False),
    # the whole line refused for a period (a change of state closed by 了)
    ("今年我们不会再引进新的设备供应商了。", True),
    ("明年集团也不上新的能耗平台了。", True),
    ("近期不考虑采购这类系统了。", True),
    ("今年不做试点了，直接全厂上。", False),
    ("我们不再用纸质单据了，全部线上。", False),
    ("今年春耕肯定是赶不上了，钱都压在种子上了。", False),
    # renewing with the incumbent anyway, no way in
    ("他们合同年底到期，我们还是续签。", True),
    ("老板跟他们十几年交情，你们换不进来的。", True),
    ("合同年底到期了，到时候我们看看要不要续签。", False),
    ("下个月我们把续签流程走完。", False),
    # English
    ("We won't be switching providers this year.", True),
    ("Honestly, we're going to stick with what we have.", True),
    ("We're not changing vendors while the merger is on.", True),
    ("We won't be changing the pilot scope, though.", False),
    ("We'll stick with the Tuesday slot.", False),
    # already bound to another supplier: signed or renewed with someone not the vendor, the business gone elsewhere
    ("说实话，我们上周已经跟另一家物流公司签了两年。", True),
    ("园林养护这块，去年底我们跟 GreenCo 续了三年。", True),
    ("冷库那边，集团年初就跟原来那家续好了。", True),
    ("如果跟别家签了，你们还能做售后吗？", False),
    ("我们去年跟你们签了三年，今年想再加两条线。", False),
    ("We signed with a regional distributor back in May, so the shelf space is spoken for.", True),
    ("The tender went to the incumbent again, five-year term.", True),
    ("Our board picked the other bid on Tuesday.", True),
    ("Honestly, we've gone with the other guys for the fuel cards.", True),
    ("We're going to stay where we are, it's not the right year.", True),
    ("If we went with the other guys, would you still service the old units?", False),
    ("We signed with you back in 2019 and it's been solid.", False),
    ("The contract went to legal on Monday for review.", False),
    # the need closed elsewhere, whoever the other party is: a contract with any party once a past marker opens the clause,
    # the business given, switched or awarded to another, bought or enrolled at another place, the incumbent renewed
    ("说实话，仓储这块我们上个月已经跟顺丰签了两年。", True),
    ("这批工装我们早就跟隔壁县那家厂签了。", True),
    ("招标结果出来了，中标的是做屏幕那家。", True),
    ("网站维护我们换到另外一家了。", True),
    ("孩子已经在小区门口那家报了。", True),
    ("我还是在京东买吧，便宜两百。", True),
    ("还是用老周那家的吧，用惯了。", True),
    ("我们上周已经 renew 了原来的 supplier。", True),
    ("如果跟顺丰签了，你们还能做末端配送吗？", False),
    ("我们去年已经跟你们签了两年，今年想加量。", False),
    ("还是用你们的吧，省得再换。", False),
    ("你们中标的那个项目做得怎么样？", False),
    ("We signed a two-year cleaning agreement with Brightway last month.", True),
    ("Last week we renewed the whole fleet contract with the dealer.", True),
    ("Honestly, we're going to make our own labels from now on.", True),
    ("We signed a two-year agreement with you last spring and want to add a site.", False),
    ("They want us to buy our own safety boots.", False),
]


@pytest.mark.parametrize("text,declines", DEAL_DECLINES, ids=[str(i) for i in range(len(DEAL_DECLINES))])
def test_deal_level_refusals(text, declines):
    lang = "en" if text.isascii() else "zh"
    t, f = extract([(R, "I wanted to follow up on the proposal." if lang == "en" else "想跟您跟进一下方案的情况。"),
                    (C, text)], lang)
    assert bool(f.declines) == declines, f.declines
    if declines:
        assert analyze_transcript(t).outcome == "no_sale"


# ---------------------------------------------------------------- how an answer responds to an ask
ASK_EN = "Could we run the pilot at your Leeds depot next Tuesday?"
ASK_ZH = "下周二在你们城东仓库先做个试点，您看可以吗？"
# (ask, answer, response)
RESPONSES = [
    # the time proposed ruled out, or a change refused outright
    (ASK_EN, "Tuesday's no good for us, the auditors are in.", "declined"),
    (ASK_EN, "Next week is a total wash, half the crew is on leave.", "declined"),
    (ASK_EN, "Honestly that doesn't work for us right now.", "declined"),
    (ASK_EN, "We can't start anything new before the stocktake.", "declined"),
    (ASK_EN, "No. Thanks, but no.", "declined"),
    (ASK_EN, "That's no problem, Tuesday works.", "accepted"),
    (ASK_EN, "Sure, the No. 2 dock is free then.", "accepted"),
    # apostrophes dropped in chat
    (ASK_EN, "i cant commit to that right now", "declined"),
    (ASK_EN, "we dont need a pilot", "declined"),
    # deciding later, someone else first
    (ASK_EN, "Let's see how the audit goes, then we'll decide.", "deferred"),
    (ASK_EN, "Let's get the migration done first.", "deferred"),
    (ASK_EN, "I'd need to check with Priya before I say yes.", "deferred"),
    (ASK_EN, "I'll run it up the flagpole and see.", "deferred"),
    (ASK_EN, "Let's do it, Tuesday works.", "accepted"),
    # zh: waiting to see
    (ASK_ZH, "到时候看吧。", "deferred"),
    (ASK_ZH, "等月底盘点过了再看吧。", "deferred"),
    (ASK_ZH, "这个到时再看，现在说不好。", "deferred"),
    (ASK_ZH, "可以，我回去再看一下排班，周二没问题。", "accepted"),
    # zh: assent in principle; Cantonese refusal
    (ASK_ZH, "原则上同意，我们这边也想早点试。", "accepted"),
    (ASK_ZH, "基本上没问题。", "accepted"),
    (ASK_ZH, "方便，周二上午都在。", "accepted"),
    (ASK_ZH, "方便的话你们先把资料发过来。", "none"),
    (ASK_ZH, "礼拜二唔得，要盘点。", "declined"),
    (ASK_ZH, "唔使了，我们暂时够用。", "declined"),
    # "I'll pass" declines; passing the proposal on to someone carries it (no refusal)
    (ASK_EN, "Thanks, but I'll pass for now.", "declined"),
    (ASK_EN, "We'll pass on the pilot, the floor's too busy.", "declined"),
    (ASK_EN, "Sure, I'll pass the plan to our depot manager today.", "accepted"),
    # zh refusals given as no need, no way, no room or no wish, not as a "no" (hard call 30)
    (ASK_ZH, "不用不用，我们自己的人手够。", "declined"),
    (ASK_ZH, "别费这个心思了，厂里今年就这样。", "declined"),
    (ASK_ZH, "周二仓库肯定进不了人，在熏蒸。", "declined"),
    (ASK_ZH, "下周有点难，季末结账。", "declined"),
    (ASK_ZH, "最近真没有精力弄这个。", "declined"),
    (ASK_ZH, "现在不想再折腾了。", "declined"),
    (ASK_ZH, "先别，等年审过了再说。", "declined"),
    (ASK_ZH, "检测报告我不出，你们找第三方。", "declined"),
    # the decision not the speaker's (不是我能定, 我定不了, X说了算): deferred, whatever the speaker then promises to do
    (ASK_ZH, "这个不是我一个人能定的，我回去先走个流程。", "deferred"),
    (ASK_ZH, "试点我定不了，得厂长点头。", "deferred"),
    (ASK_ZH, "仓库那边王经理说了算，我回头跟他提一下。", "deferred"),
    (ASK_ZH, "可以，这个我能定，下周二上午过来。", "accepted"),
    (ASK_ZH, "这个我说了就算，下周二来吧。", "accepted"),
    (ASK_ZH, "不用担心，周二我们都在。", "accepted"),
    (ASK_ZH, "你先别急，周二可以。", "accepted"),
    (ASK_ZH, "这个很难说，到时候再看吧。", "deferred"),
    (ASK_ZH, "行，周二我们仓库那边没问题，设备出不了岔子。", "accepted"),
    # en: the effort dismissed; any change refused by pointing back at it, even with a rhetorical question after it
    (ASK_EN, "Honestly, don't bother, the union would never sign off.", "declined"),
    (ASK_EN, "Save yourself the trip, the depot's closing.", "declined"),
    (ASK_EN, "Tuesday? We're not switching anything in peak season, are you joking?", "declined"),
    (ASK_EN, "I'm not signing anything until legal has read it.", "none"),
    (ASK_EN, "We're not doing the night shift, but Tuesday morning works.", "accepted"),
    # en: the asked step refused with nothing after the modal (the step is the one asked), or ruled out as impossible
    (ASK_EN, "Tuesday cannot lah, the auditors are in.", "declined"),
    (ASK_EN, "Can't, sorry, the depot's shut that week.", "declined"),
    (ASK_EN, "Friday cannot, the containers come in.", "declined"),
    (ASK_EN, "Can't wait to see it, Tuesday works.", "accepted"),
    (ASK_EN, "Sure, why can't we?", "none"),
    # en: an answer opening with "No," / "Nah," and going on to its reason
    (ASK_EN, "No, the yard's flooded till March.", "declined"),
    (ASK_EN, "Nah, the crew's off that week.", "declined"),
    (ASK_EN, "No, love, we're sorted for this year.", "declined"),
    (ASK_EN, "No problem, Tuesday works.", "accepted"),
    (ASK_EN, "No, that's fine, Tuesday works.", "accepted"),
]


@pytest.mark.parametrize("ask,answer,response", RESPONSES, ids=[str(i) for i in range(len(RESPONSES))])
def test_answer_responses(ask, answer, response):
    t, f = extract([(R, ask), (C, answer)], "en" if ask.isascii() else "zh")
    assert [a.response for a in f.asks] == [response]


# An answer that reads as nothing, with a word of its own against the ask (the day named with what takes it, a negation),
# refuses it when the rep's very next turn asks again or probes the reason: the rep's reaction is evidence, never alone.
# (turns, response of the first ask)
TURNED_DOWN = [
    ([(R, "下周三上午带工程师过来做个技术交流，您看行吗？"), (C, "下周三我们全员盘点。"), (R, "那下周五上午过来做技术交流呢？")],
     "declined"),
    ([(R, "Could we get the demo unit installed this Friday?"), (C, "Friday the auditors are in all day."),
      (R, "Is there a concern about the disruption?")], "declined"),
    ([(R, "今天先把定金交了，您看怎么样？"), (C, "今天钱不凑手。"), (R, "那先交一千块定金锁个位，今天交行吗？")], "declined"),
    ([(R, "Could we run the pilot on your night shift next Monday?"), (C, "Next Monday's our stocktake."),
      (R, "Then could we run the pilot the Monday after?")], "declined"),
    # near misses: the rep moves on (no evidence), the answer has nothing against the ask (a question back)
    ([(R, "下周三上午带工程师过来做个技术交流，您看行吗？"), (C, "下周三我们全员盘点。"), (R, "好的，那我先把资料发您。")], "none"),
    ([(R, "Could we get the demo unit installed this Friday?"), (C, "How long does the install take?"),
      (R, "About an hour. Could we do Friday instead?")], "none"),
]


@pytest.mark.parametrize("turns,response", TURNED_DOWN, ids=[str(i) for i in range(len(TURNED_DOWN))])
def test_the_reps_reaction_shows_the_answer_turned_the_ask_down(turns, response):
    t, f = extract(turns, "en" if turns[0][1].isascii() else "zh")
    assert f.asks[0].response == response


# The proposed day refused, another time offered and the yes said in the clause after it (hard call 16): the step at the
# customer's time, the ask declined. (turns, the action's due phrase or None)
COUNTER_THEN_YES = [
    ([(R, "Could we run the survey this Friday morning?"),
      (C, "Friday's out, the owners are away. Monday afternoon, we can do it.")], "Monday afternoon"),
    ([(R, "这周五上午过来做个技术交流，您看行吗？"), (C, "周五不行，要迎检。下周一下午，我们可以。")], "下周一下午"),
    ([(R, "Could we bring the trial kit over next Tuesday?"),
      (C, "Tuesday won't work, we're closed. Wednesday morning, that works.")], "Wednesday morning"),
    # near misses: the other time refused too, or only asked about
    ([(R, "Could we run the survey this Friday morning?"),
      (C, "Friday's out, the owners are away. Monday afternoon, we can't either.")], None),
    ([(R, "Could we run the survey this Friday morning?"), (C, "Friday's out, the owners are away. Monday afternoon, maybe?")],
     None),
]


@pytest.mark.parametrize("turns,due", COUNTER_THEN_YES, ids=[str(i) for i in range(len(COUNTER_THEN_YES))])
def test_a_time_offered_then_a_yes_is_the_step_at_that_time(turns, due):
    t, f = extract(turns, "en" if turns[0][1].isascii() else "zh")
    assert f.asks[0].response == "declined"
    assert [a.due_text for a in f.customer_actions] == ([due] if due else [])


def test_otherwise_clause_refuses_nothing():
    # 不然/否则 opens a counterfactual: "不然…来不及" after an accepted step is no refusal of it.
    t, f = extract([(R, "那您看下周先在一个区试一试？"), (C, "行，三楼我来协调。预算我下个月提一下，不然到时候来不及。")], "zh")
    assert [a.response for a in f.asks] == ["accepted"]
    t, f = extract([(R, "那您看下周先在一个区试一试？"), (C, "来不及了，下周都在迎检。")], "zh")
    assert [a.response for a in f.asks] == ["declined"]


# ---------------------------------------------------------------- the rep's own to-dos
# (rep turn, is a rep task)
REP_TASKS = [
    # "I'll" + any verb of work
    ("I'll register you on the supplier portal this week.", True),
    ("I'll get three floor-plan variants drawn up before Tuesday.", True),
    ("Then I'll have the calibration report and a revised quote to you by Friday.", True),
    ("I'm going to rerun the load numbers with your March volumes.", True),
    ("I'll tidy up the SOW tonight so legal isn't starting from zero.", True),
    # talk, the call itself, loose contact, negated
    ("I'll be honest, the first version was clunky.", False),
    ("I'll show you the dispatch board first.", False),
    ("I'll circle back in a few weeks.", False),
    ("I'll never get used to this weather.", False),
    ("I'll build it live so you can see the rules fire.", False),
    # the rep reporting their own promise
    ("I told Priya I'd send the revised layout by Friday.", True),
    ("I said I'd check the lead times with our plant.", True),
    ("We promised to book the install crew for the 14th.", True),
    ("I said I'd think about it.", False),
    ("I told him I wouldn't be at the expo.", False),
    ("我们就不发纸质版了。", False),
    # zh: a 把-construction with a result, an edit placed, a whole piece taken on, installation, word passed on
    ("我周三前把投标文件里的技术偏离表改好。", True),
    ("报警阈值我改进配置清单里，明天一起发您。", True),
    ("安装调试我们全包，下个月初进场。", True),
    ("我这边给您跟售后部门反馈一下。", True),
    ("折扣的事我回去跟公司请示一下，明天答复您。", True),
    ("我回去跟实施团队排期，周五前给您一个上线计划。", True),
    ("我们的排期系统是按工单自动排的。", False),
    ("上周我们已经把设备装好了。", False),
    ("这个包装是我们自己设计的。", False),
    # the agent's service done while the customer waits is no to-do (hard call 11)
    ("好的，那我现在帮您取消这两个包月业务。", False),
    ("行，这就给您办理变更，您稍等。", False),
    ("好的，我明天上午帮您把变更办好，办好了给您回电话。", True),
]


@pytest.mark.parametrize("text,task", REP_TASKS, ids=[str(i) for i in range(len(REP_TASKS))])
def test_rep_own_tasks(text, task):
    t, f = extract([(R, text)], "en" if text.isascii() else "zh")
    assert bool(f.rep_actions) == task, f.rep_actions


# ---------------------------------------------------------------- action types: a purchase or not
# (turns, action types)
TYPES = [
    ([(R, "下周二我们给您开通试用账号，先用两周，您看行吗？"), (C, "可以，就从下周二开始。")], ["trial"]),
    ([(R, "明天上午给您开通沙箱权限，您这边先跑一下数据？"), (C, "行。")], ["trial"]),
    ([(R, "这个流量包现在就给您开通，您看行吗？"), (C, "行，开通吧。")], ["sign"]),
    ([(R, "新套餐每月便宜二十块，今天就给您办理，您看可以吗？"), (C, "那就办吧。")], ["sign"]),
    # a survey of the customer's own site is a requirements study, whoever does it
    ([(R, "下周二我们派两个工程师到二号车间做个现场勘测，您看行吗？"), (C, "可以。")], ["requirements"]),
    ([(R, "周四上午我带同事过来量一下配电房的尺寸，您看方便吗？"), (C, "方便。")], ["requirements"]),
    ([(R, "下周三请您的工程师一起把接口方案过一遍，您看行吗？"), (C, "行。")], ["technical_review"]),
    ([(R, "下周一我们带工程师过来做技术交流，您看可以吗？"), (C, "可以。")], ["technical_review"]),
    ([(C, "我们公司年会下周五就办，到时候人都不在。")], []),
    ([(C, "这个事情下个月就办完了。")], []),
]


@pytest.mark.parametrize("turns,types", TYPES, ids=[str(i) for i in range(len(TYPES))])
def test_action_types(turns, types):
    t, f = extract(turns, "zh")
    assert [a.type for a in f.customer_actions] == types


# ---------------------------------------------------------------- comparison runs are trials; "a waste of time" refuses
COMPARISONS = [
    ([(R, "Could we run a two-week side-by-side against your current tool from Monday?"), (C, "Sure, Monday works.")],
     ["trial"], "accepted"),
    ([(R, "How about a head-to-head on your next batch, starting next Tuesday?"), (C, "Fine by me, let's do it.")],
     ["trial"], "accepted"),
    ([(R, "下周一开始做两周的对比测试，您看可以吗？"), (C, "可以。")], ["trial"], "accepted"),
    ([(R, "Could we run a side-by-side next week?"), (C, "Honestly it'd be a waste of our time this year.")], [],
     "declined"),
    ([(R, "Could we run the pilot next week?"), (C, "That's not a waste of time. Sure, let's do it.")], ["trial"],
     "accepted"),
]


@pytest.mark.parametrize("turns,types,response", COMPARISONS, ids=[str(i) for i in range(len(COMPARISONS))])
def test_comparison_runs_and_waste_of_time(turns, types, response):
    t, f = extract(turns, "en" if turns[0][1].isascii() else "zh")
    assert [a.type for a in f.customer_actions] == types
    assert [a.response for a in f.asks] == [response]


# ---------------------------------------------------------------- DECLINED_NOT_PROBED: the remedies after a refusal
def _flagged(turns, language="en") -> bool:
    t = transcript(turns, language)
    return any(f.code == "DECLINED_NOT_PROBED" for f in analyze_transcript(t).flags)


FILLER = [(R, "How's the new warehouse working out?"), (C, "Busy, but fine."), (R, "Good to hear."),
          (C, "The forklifts are new too."), (R, "Nice."), (C, "Anyway."), (R, "Right."), (C, "Yes."),
          (R, "Sure.")]
FLAGS = [
    # probed right after the refusal, with the new phrasings
    ([(R, "Could we run the pilot next Tuesday?"), (C, "No, we're not interested."), (R, "Fair. What tipped it?")],
     False),
    ([(R, "Could we run the pilot next Tuesday?"), (C, "No thanks."),
      (R, "Is there anything on our side that would change that?")], False),
    # probed after the first refusal, then the lowered ask declined too
    ([(C, "We've decided to stay with our current vendor."), (R, "Was it the price?"), (C, "Partly."),
      (R, "Could we at least do a thirty-minute review next Tuesday?"), (C, "No thanks.")], False),
    # a reschedule is no refusal of the step
    ([(R, "Could we walk the site next Tuesday?"), (C, "Tuesday's no good. Thursday at nine works though.")], False),
    # refused and the rep moved on; a proposal much later is no lower ask
    ([(R, "Could we run the pilot next Tuesday?"), (C, "No thanks."), (R, "OK, thanks for your time.")], True),
    ([(R, "Could we run the pilot next Tuesday?"), (C, "No thanks.")] + FILLER
     + [(R, "Could we book a demo for your finance team next Friday?"), (C, "Sure, Friday works.")], True),
]


@pytest.mark.parametrize("turns,flagged", FLAGS, ids=[str(i) for i in range(len(FLAGS))])
def test_declined_not_probed(turns, flagged):
    assert _flagged(turns) == flagged


# ---------------------------------------------------------------- closing the order: "shall I put it through?", vendor-step conditions
ORDERS = [
    ([(R, "Shall I put the repeat order through today?"), (C, "Yes, go ahead.")], ["sign"], ["accepted"]),
    ([(R, "Should I push the annual renewal through this afternoon?"), (C, "Yep, lock it in.")], ["sign"], ["accepted"]),
    ([(R, "Shall I send you the deck?"), (C, "Sure.")], [], []),
    ([(C, "I'll sign it today if you get the contract over after lunch.")], ["sign"], []),
    ([(C, "Once you send the paperwork we'll raise the PO on Friday.")], ["sign"], []),
    ([(C, "If the price drops another ten percent I'll sign it today.")], [], []),
    ([(C, "If you drop the setup fee we'll sign today.")], [], []),
]


@pytest.mark.parametrize("turns,types,responses", ORDERS, ids=[str(i) for i in range(len(ORDERS))])
def test_closing_the_order(turns, types, responses):
    t, f = extract(turns)
    assert [a.type for a in f.customer_actions] == types
    assert [a.response for a in f.asks] == responses


# ---------------------------------------------------------------- answers that come late, or put the step after another
LATE = [
    # the customers sort out their diaries, then a dated assent accepts the step
    ([(R, "下周三您带刘工去昆山看一下我们的样板线，您看行吗？"), (C, "下周三……我看看，上午好像有个会。"),
      (C, "会是下午，上午空着。"), (C, "哦对。那行，下周三上午，我把质量部也叫上。")], "accepted", ["site_visit"]),
    ([(R, "Could we walk your Leeds depot next Tuesday?"), (C, "Tuesday... let me look, I think I'm in Hull."),
      (C, "That's Wednesday, you're free Tuesday."), (C, "Oh right. Okay. Tuesday morning works then.")],
     "accepted", ["site_visit"]),
    # a late assent with no time of its own is no answer once the talk moved on
    ([(R, "下周三您带刘工去昆山看一下我们的样板线，您看行吗？"), (C, "下周三……我看看，上午好像有个会。"),
      (C, "会是下午，上午空着。"), (C, "那行吧，我们再商量。")], "none", []),
    # the step put after another
    ([(R, "So should we pencil in the trial for the week of the 23rd?"), (C, "Security review first, then we talk trial.")],
     "deferred", []),
    ([(R, "Could we book the pilot for next month?"), (C, "Don't get ahead of me, I haven't seen the pricing.")],
     "deferred", []),
    ([(R, "您看今年春耕前能不能先上两台？"), (C, "今年春耕肯定是赶不上了。")], "declined", []),
]


@pytest.mark.parametrize("turns,response,types", LATE, ids=[str(i) for i in range(len(LATE))])
def test_late_and_ordered_answers(turns, response, types):
    t, f = extract(turns, "en" if turns[0][1].isascii() else "zh")
    assert [a.response for a in f.asks] == [response]
    assert [a.type for a in f.customer_actions] == types


# ---------------------------------------------------------------- a stall, then the customer's own step; a request restated by name
def test_stall_then_own_step_defers_the_ask():
    t, f = extract([(R, "Maybe we could get a pilot going on one of your lines at some point?"),
                    (C, "Yeah, we'll get there. I'll bring my plant manager to your demo room on Monday.")])
    assert [a.response for a in f.asks] == ["deferred"]
    assert [a.proposal_turn for a in f.customer_actions] == [None]  # the customer's own step, not the pilot
    # the step asked for, accepted outright, stays accepted
    t, f = extract([(R, "Could we start the pilot on line two next Monday?"),
                    (C, "Sure. I'll have the line ready on Monday.")])
    assert [a.response for a in f.asks] == ["accepted"]


RESTATED = [
    ([(C, "Send me something I can forward to Carla."), (R, "I'll send a one-page checklist for Carla tomorrow.")], 1),
    ([(C, "Can you send me the warranty terms?"), (R, "I'll email the warranty terms tonight.")], 1),
    ([(C, "Send me something I can forward to Carla."), (R, "I'll book the installer for Tuesday.")], 2),
]


@pytest.mark.parametrize("turns,n", RESTATED, ids=[str(i) for i in range(len(RESTATED))])
def test_request_restated_by_name(turns, n):
    t, f = extract(turns)
    assert len(f.rep_actions) == n, f.rep_actions


def test_late_refusal_points_back_at_the_step():
    # After a side remark, "we're not doing it" still refuses the step asked for; a later offer of the customer's own
    # is no refusal of it.
    t, f = extract([(R, ASK_EN), (C, "I mean, if the budget ever came through I'd want the crews to see one."),
                    (C, "Look, we're not doing it. Thanks for coming out.")])
    assert [a.response for a in f.asks] == ["declined"]
    t, f = extract([(R, ASK_ZH), (C, "周二啊……我看看排班。"), (C, "那天仓库肯定进不了人，在熏蒸。")], "zh")
    assert [a.response for a in f.asks] == ["declined"]


# ---------------------------------------------------------------- narrowing: the proposal found too big (hard call 38)
# (ask, answer, response, the customer's action types)
NARROWED = [
    (ASK_EN, "Two weeks is too long for us. One week works.", "declined", ["trial"]),
    (ASK_EN, "Three depots is too many. Leeds only, Tuesday works.", "declined", ["trial"]),
    (ASK_ZH, "整个仓库太大了，先在冷链区试吧。", "declined", ["trial"]),
    (ASK_ZH, "一个月太长了，两周吧。", "declined", ["trial"]),
    (ASK_ZH, "一个月太长了，我们再看吧。", "declined", []),  # refused as made, then a stall: no step of their own
    # not the opening judgement of the proposal: a question, an assent first, a duration of their own
    (ASK_EN, "Not too long, I hope? Tuesday works.", "accepted", ["trial"]),
    (ASK_ZH, "行，我们现在对账时间太长了，正好试试。", "accepted", ["trial"]),
    (ASK_ZH, "这套系统我们用了三年多了，周二可以。", "accepted", ["trial"]),
]


@pytest.mark.parametrize("ask,answer,response,types", NARROWED, ids=[str(i) for i in range(len(NARROWED))])
def test_narrowed_proposal(ask, answer, response, types):
    t, f = extract([(R, ask), (C, answer)], "en" if ask.isascii() else "zh")
    assert [a.response for a in f.asks] == [response]
    assert [a.type for a in f.customer_actions] == types
