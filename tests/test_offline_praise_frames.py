"""Praise frames of session 7 (t7praise): an evaluative predicate and a target that is the vendor's, decided from
the clause and the turn before it, not from the evaluative word alone.

Each frame has sentences of its own that it must catch and near misses it must not (written for the frame, in
other words and trades than the eval cases it came from). Meeting date 2026-03-12 (Thursday).
"""

from __future__ import annotations

import pytest

from offline_table import C, R, check_row, run

# (role, text, expected labels, due), as in offline_table.
ZH_ROWS = [
    # An idea, plan or arrangement of the vendor's judged good: the vendor's offering (想法/安排/点子 are no small talk).
    (C, "把回访放到晚上七点以后，这个安排挺人性化的", {"praise"}, None),
    (C, "用颜色区分批次这个点子很实用", {"praise"}, None),
    (C, "你们把培训拆成三次短课，这个想法挺好的", {"praise"}, None),
    # ... but the speaker's own idea is none, nor an idea judged with no good quality.
    (C, "我的想法很简单，先把账对清楚", set(), None),
    (C, "我们老板的想法是先在一个门店试", set(), None),
    # Someone else's liking reported is hearsay (GUIDELINES hard call 19); the speaker's own, or their side's as
    # "我们…", is a verdict.
    (C, "家长们都挺喜欢的", set(), None),
    (C, "店员都爱用这个扫码枪", set(), None),
    (C, "我挺喜欢你们这个排班界面的", {"praise"}, None),
    (C, "你们那个自动配比的功能我们师傅很喜欢", {"praise"}, None),
    # The granting 是: a quality said to hold of what is in front of the speaker ("色牢度是好的", "扫码是快").
    (C, "这台切片机出片是稳，这点我认", {"praise"}, None),
    (C, "你们这个称重是准的", {"praise"}, None),
    (C, "嗯，这款面膜敷着是舒服", {"praise"}, None),
    # ... not a requirement, a third party's thing, nor the concessive echo before a complaint.
    (C, "我们要的是快，别的无所谓", set(), None),
    (C, "准是准，就是价格下不来", set(), None),
    (C, "他们那家出货是快，质量一般", set(), None),
    # A hope judges nothing yet.
    (C, "希望你们这次的交期能稳一点", set(), None),
    (C, "但愿这批货的色差小一些", set(), None),
    (C, "你们这次的交期很稳", {"praise"}, None),
]

MIXED_ROWS = [
    # Code-switched praise: a Chinese (or Cantonese) degree word, or an English one set in the Chinese of the clause,
    # before an English adjective good in itself.
    (C, "你们这个 onboarding 流程做得挺 seamless 的", {"praise"}, None),
    (C, "说真的这个 report 的排版 really sleek 啊", {"praise"}, None),
    (C, "個 checkout page 好 clean 喎", {"praise"}, None),
    # ... not a complaint in English words, nor a plain description.
    (C, "这个 timeline 有点 tight", set(), None),
    (C, "这只是一个很 basic 的 question", set(), None),
]

EN_ROWS = [
    # Someone else's liking reported is hearsay (GUIDELINES hard call 19): a third person, a plural or collective noun.
    (C, "The parents will love the check-in texts", set(), None),
    (C, "Everyone here loves the new labels", set(), None),
    (C, "The dispatchers really like your routing screen", set(), None),
    # ... but the speaker's, or their side's named as "our/my …", is a verdict.
    (C, "Honestly, I love the way the alerts group by site", {"praise"}, None),
    (C, "My drivers loved the new app", {"praise"}, None),
    # A good quality after the past of a verb of seeming, as notes and recollections report it.
    (C, "The booking screen looked really intuitive", {"praise"}, None),
    (C, "Your installer seemed very knowledgeable", {"praise"}, None),
    (C, "The new harness felt light enough for the night crew", {"praise"}, None),
    # ... not a quality that is no praise, nor one negated.
    (C, "The quote looked pretty expensive", set(), None),
    (C, "The setup never felt intuitive to me", set(), None),
    # The first thing that ever did something for the customer: ranked first against their experience.
    (C, "Your rota export is the first one I've seen that actually matches how we staff weekends", {"praise"}, None),
    (C, "That was the first soil report that made any sense to our agronomist", {"praise"}, None),
    (C, "It's the first scheduling tool my nurses haven't grumbled about", {"praise"}, None),
    # ... not a first step, time or piece of news.
    (C, "The first thing we'd need is a signed NDA", set(), None),
    (C, "That's the first I've heard of a price rise", set(), None),
    # Irony in fixed frames (GUIDELINES hard call 37): no positive judgement.
    (C, "A surcharge on top? Oh that's just lovely", set(), None),
    (C, "Ten days for a part. Love that for my Monday rush.", set(), None),
    (C, "Flexible pricing? That's a kind word for it", set(), None),
    # ... while the same words said straight still praise.
    (C, "The alert routing is just wonderful", {"praise"}, None),
    (C, "That's just what we needed for the night shift", {"praise"}, None),
    # No copula, as Singapore, Indian or Nigerian English says it: a determiner opens the subject, a degree word stands
    # before the verdict.
    (C, "The booking app also quite handy, customers scan and pay already", {"praise"}, None),
    (C, "Your grinder very solid, three months no breakdown", {"praise"}, None),
    (C, "Wah the new menu board damn clean", {"praise"}, None),
    # ... not small talk, nor a quality that is no praise.
    (C, "The weather today very nice for the site walk", set(), None),
    (C, "The delivery charge quite high leh", set(), None),
    # A hope, and an evaluative word that only sizes a bit of the talk, judge nothing.
    (C, "Hopefully the new firmware is solid this time", set(), None),
    (C, "One quick thing on the invoices before we wrap", set(), None),
    (C, "Just a short note on the handover, the labels are still wrong", set(), None),
    # ... while the same words as a verdict still praise.
    (C, "The handover was quick and painless", {"praise"}, None),
    (C, "The new firmware is solid", {"praise"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", ZH_ROWS, ids=[r[1][:24] for r in ZH_ROWS])
def test_zh_praise_frames(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


@pytest.mark.parametrize("role,text,expected,due", MIXED_ROWS, ids=[r[1][:24] for r in MIXED_ROWS])
def test_mixed_praise_frames(role, text, expected, due):
    check_row(role, text, expected, due, language="mixed")


@pytest.mark.parametrize("role,text,expected,due", EN_ROWS, ids=[r[1][:32] for r in EN_ROWS])
def test_en_praise_frames(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# (turns, praise quotes): the turn before decides what the evaluation is about.
DIALOGUES = [
    # Small talk: named as what the clause judges, or offered in a question just before it in the turn.
    ([(R, "Morning, thanks for having us."), (C, "Tea? It's proper Yorkshire, the good stuff.")], []),
    ([(R, "Did you catch the match?"), (C, "Rugby was brilliant on Saturday, what a finish.")], []),
    ([(R, "王总好。"), (C, "先吃口饭吧？我们这儿的饭菜可是出了名的。")], []),
    # ... while the vendor's side named, or what is judged named after the small talk, is still the offering.
    ([(R, "Thanks for the time."), (C, "Thanks for the coffee. Your demo was excellent.")], ["Your demo was excellent."]),
    ([(R, "How did the pilot go?"), (C, "The scanners held up fine in the rain")], ["The scanners held up fine in the rain"]),
    # A verdict on the arrangement answering a proposed step, dated or not, accepts it (GUIDELINES hard call 2).
    ([(R, "下周三带工程师来做个测试，您看行吗？"), (C, "这个安排挺好的")], []),
    ([(R, "咱们找个时间再过来给您演示一下？"), (C, "这个安排挺好的")], []),
    # The same words after a design is shown judge the offering.
    ([(R, "回访我们统一放到晚上七点以后，不打扰白天上班。"), (C, "这个安排挺贴心的")], ["这个安排挺贴心的"]),
]


@pytest.mark.parametrize("turns,quotes", DIALOGUES, ids=[d[0][-1][1][:24] for d in DIALOGUES])
def test_praise_in_context(turns, quotes):
    t, f = run(turns, language="zh" if any("\u4e00" <= ch <= "\u9fff" for _, x in turns for ch in x) else "en")
    assert [p.quote for p in f.praise] == quotes
