"""Date resolver tables (zh and en) over awkward meeting dates, holidays, non-dates and fuzzing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.dates import Due, Mention, bare_weekday, find, resolve

THU = date(2026, 3, 12)  # the labeled cases' meeting day
NYE = date(2026, 12, 30)  # Wednesday before a year boundary
JAN31 = date(2026, 1, 31)  # Saturday on a month end
SUN = date(2026, 3, 15)  # Sunday: the last day of its ISO week
LEAP = date(2028, 2, 28)  # Monday before a leap day
OCT = date(2026, 10, 10)  # after this year's 中秋 and 国庆; a make-up working Saturday in China


def _expect(due: Due | None):
    """Due → the table's notation: ISO day, (start, end) for a fuzzy range, None."""
    if due is None:
        return None
    if due.end is None:
        assert not due.fuzzy
        return due.start.isoformat()
    assert due.fuzzy and due.start < due.end
    return (due.start.isoformat(), due.end.isoformat())


ZH = [
    # year boundary
    ("下周一", NYE, "2027-01-04"),
    ("这周五", NYE, "2027-01-01"),
    ("周五", NYE, "2027-01-01"),
    ("月底", NYE, "2026-12-31"),
    ("下个月", NYE, ("2027-01-01", "2027-01-31")),
    ("下个月15号", NYE, "2027-01-15"),
    ("年底", NYE, "2026-12-31"),
    ("明年", NYE, ("2027-01-01", "2027-12-31")),
    ("3月20号", NYE, "2027-03-20"),
    ("元旦", NYE, "2027-01-01"),
    ("两周后", NYE, "2027-01-13"),
    ("明天", NYE, "2026-12-31"),
    ("大后天", NYE, "2027-01-02"),
    ("Q1", NYE, ("2027-01-01", "2027-03-31")),
    ("Q1末", NYE, "2027-03-31"),
    # month end, Saturday meeting
    ("一个月后", JAN31, "2026-02-28"),
    ("下个月底", JAN31, "2026-02-28"),
    ("月初", JAN31, ("2026-02-01", "2026-02-05")),
    ("中旬", JAN31, ("2026-02-10", "2026-02-20")),
    ("周末", JAN31, "2026-02-06"),
    ("这周五", JAN31, "2026-01-30"),
    ("周一", JAN31, "2026-02-02"),
    ("下周", JAN31, ("2026-02-02", "2026-02-08")),
    # Sunday meeting
    ("下周一", SUN, "2026-03-16"),
    ("周日", SUN, "2026-03-22"),
    # leap years
    ("明天", LEAP, "2028-02-29"),
    ("2月29号", LEAP, "2028-02-29"),
    ("月底", LEAP, "2028-02-29"),
    ("一年后", date(2028, 2, 29), "2029-02-28"),
    ("2月29日", THU, "2028-02-29"),
    # holidays, from the `holidays` package
    ("春节", THU, "2027-02-06"),
    ("除夕", THU, "2027-02-05"),
    ("清明节", THU, "2026-04-05"),
    ("端午", THU, "2026-06-19"),
    ("中秋", THU, "2026-09-25"),
    ("国庆", THU, "2026-10-01"),
    ("五一", THU, "2026-05-01"),
    ("明年中秋", THU, "2027-09-15"),
    ("明年端午节", THU, "2027-06-09"),
    ("中秋节", OCT, "2027-09-15"),
    ("国庆节", OCT, "2027-10-01"),
    ("春节", OCT, "2027-02-06"),
    ("年前", date(2026, 12, 1), "2027-02-05"),  # before the lunar new year: by its eve
    # business days: weekends, 国庆 week, and the make-up working Saturday (2026-10-10)
    ("5个工作日内", date(2026, 9, 28), "2026-10-10"),
    ("三个工作日内", THU, "2026-03-17"),
    # code-switched: a Chinese count and "within", an English unit
    ("三个 working day 之内", THU, "2026-03-17"),
    ("两个 business days 内", THU, "2026-03-16"),
    ("十个 days 之后", THU, "2026-03-22"),
    # amounts
    ("两三天后", THU, ("2026-03-14", "2026-03-15")),
    ("过几天", THU, ("2026-03-14", "2026-03-17")),
    ("一个半月后", THU, "2026-04-27"),
    ("半年内", THU, "2026-09-12"),
    ("48小时内", THU, "2026-03-14"),
    ("一个季度后", THU, "2026-06-12"),
    # months, quarters, years
    ("下下个月", THU, ("2026-05-01", "2026-05-31")),
    ("上旬", THU, ("2026-04-01", "2026-04-10")),
    ("下旬", THU, ("2026-03-21", "2026-03-31")),
    ("四月初", THU, ("2026-04-01", "2026-04-05")),
    ("八月中下旬", THU, ("2026-08-10", "2026-08-31")),
    ("一月底", THU, "2027-01-31"),
    ("今年下半年", THU, ("2026-07-01", "2026-12-31")),
    ("明年上半年", THU, ("2027-01-01", "2027-06-30")),
    ("年初", THU, ("2027-01-01", "2027-01-31")),
    ("第四季度", THU, ("2026-10-01", "2026-12-31")),
    ("下季度", THU, ("2026-04-01", "2026-06-30")),
    ("三季度末", THU, "2026-09-30"),
    ("2027年3月1日", THU, "2027-03-01"),
    ("二〇二七年一月", THU, ("2027-01-01", "2027-01-31")),
    # weekdays, days, times of day
    ("下周二下午三点", THU, "2026-03-17"),
    ("星期六上午", THU, "2026-03-14"),
    ("礼拜天", THU, "2026-03-15"),
    ("上周五", THU, "2026-03-06"),
    ("下下周", THU, ("2026-03-23", "2026-03-29")),
    ("下周初", THU, ("2026-03-16", "2026-03-18")),
    ("这个礼拜", THU, "2026-03-13"),  # this week as a deadline: its Friday
    ("这周", date(2026, 3, 14), "2026-03-15"),  # ...or its Sunday once Friday has passed
    ("马上", THU, "2026-03-12"),
    ("十五号", THU, "2026-03-15"),
    ("10号", THU, "2026-04-10"),
    ("31号", date(2026, 4, 5), "2026-05-31"),
    ("20日之前", THU, "2026-03-20"),
    ("下班前", THU, "2026-03-12"),
    ("今天之内", THU, "2026-03-12"),
    ("后天下午三点半", THU, "2026-03-14"),
    ("明天上午10:30", THU, "2026-03-13"),
    ("下周五之前", THU, "2026-03-20"),
    ("次日", THU, "2026-03-13"),
    # ranges and weeks of a month
    ("下周一到周三", THU, ("2026-03-16", "2026-03-18")),
    ("下周三到周五", THU, ("2026-03-18", "2026-03-20")),
    ("3月20号至25号", THU, ("2026-03-20", "2026-03-25")),
    ("25号到5号", THU, ("2026-03-25", "2026-04-05")),
    ("四月第一周", THU, ("2026-04-01", "2026-04-07")),
    ("三月最后一周", THU, ("2026-03-25", "2026-03-31")),
    ("二月第一周", THU, ("2027-02-01", "2027-02-07")),
]

EN = [
    ("next Monday", NYE, "2027-01-04"),
    ("this Friday", NYE, "2027-01-01"),
    ("end of the month", NYE, "2026-12-31"),
    ("next month", NYE, ("2027-01-01", "2027-01-31")),
    ("New Year's Day", NYE, "2027-01-01"),
    ("within 3 business days", NYE, "2027-01-05"),  # skips New Year's Day and the weekend
    ("next quarter", NYE, ("2027-01-01", "2027-03-31")),
    ("end of Q1", NYE, "2027-03-31"),
    ("the 3rd of next month", NYE, "2027-01-03"),
    ("in a month", JAN31, "2026-02-28"),
    ("end of next month", JAN31, "2026-02-28"),
    ("the 15th", JAN31, "2026-02-15"),
    ("the 31st", JAN31, "2026-01-31"),
    ("Saturday", JAN31, "2026-02-07"),
    ("next week", SUN, ("2026-03-16", "2026-03-22")),
    ("Sunday", SUN, "2026-03-22"),
    ("tomorrow", LEAP, "2028-02-29"),
    ("February 29", THU, "2028-02-29"),
    ("Feb 29, 2027", THU, None),
    ("March 3rd", THU, "2027-03-03"),
    ("December 25, 2026", THU, "2026-12-25"),
    ("Christmas", date(2026, 12, 26), "2027-12-25"),
    ("Thanksgiving", THU, "2026-11-26"),
    # a weekday or the day counted from a holiday (tune-en)
    ("the Monday after Thanksgiving", THU, "2026-11-30"),
    ("the Friday before Christmas", THU, "2026-12-18"),
    ("the day after Thanksgiving", THU, "2026-11-27"),
    ("the Tuesday after Labor Day", THU, "2026-09-08"),
    ("before Christmas", THU, "2026-12-25"),
    ("Q4", THU, ("2026-10-01", "2026-12-31")),
    ("Q2 2027", THU, ("2027-04-01", "2027-06-30")),
    ("late next month", THU, ("2026-04-21", "2026-04-30")),
    ("early April", THU, ("2026-04-01", "2026-04-10")),
    ("the end of April", THU, "2026-04-30"),
    ("in January", THU, ("2027-01-01", "2027-01-31")),
    ("in a few days", THU, ("2026-03-14", "2026-03-17")),
    ("two weeks from now", THU, "2026-03-26"),
    ("in two weeks' time", THU, "2026-03-26"),
    ("in the next 30 days", THU, "2026-04-11"),
    ("within forty-five days", THU, "2026-04-26"),
    ("in eighteen months", THU, "2027-09-12"),
    ("a fortnight from now", THU, "2026-03-26"),
    ("Monday next week", THU, "2026-03-16"),
    ("Friday the 20th", THU, "2026-03-20"),
    ("the week after next", THU, ("2026-03-23", "2026-03-29")),
    ("this weekend", THU, ("2026-03-14", "2026-03-15")),
    ("tonight", THU, "2026-03-12"),
    ("EOD", THU, "2026-03-12"),
    ("by COB Friday", THU, "2026-03-13"),
    ("tomorrow at 10:30am", THU, "2026-03-13"),
    ("2026-04-15", THU, "2026-04-15"),
    ("4/15", THU, "2026-04-15"),
    ("2/1", THU, "2027-02-01"),
    ("12/31/2026", THU, "2026-12-31"),
    ("H2", THU, ("2026-07-01", "2026-12-31")),
    ("the first half of next year", THU, ("2027-01-01", "2027-06-30")),
    ("by year-end", THU, "2026-12-31"),
    ("in 2027", THU, ("2027-01-01", "2027-12-31")),
    ("last Friday", THU, "2026-03-06"),
    ("Wed", THU, "2026-03-18"),
    ("this week", THU, "2026-03-13"),
    ("right now", THU, "2026-03-12"),
    ("mid next week", THU, ("2026-03-17", "2026-03-19")),
    ("by end of month", THU, "2026-03-31"),
    ("end of next quarter", THU, "2026-06-30"),
    ("mid-year", THU, ("2026-06-01", "2026-07-31")),
    ("the first week of April", THU, ("2026-04-01", "2026-04-07")),
    ("the last week of next month", THU, ("2026-04-24", "2026-04-30")),
    ("between Monday and Wednesday", THU, ("2026-03-16", "2026-03-18")),
    ("today or tomorrow", THU, ("2026-03-12", "2026-03-13")),
    ("Friday to Monday", THU, ("2026-03-13", "2026-03-16")),
    ("the week of May 4th", THU, ("2026-05-04", "2026-05-10")),
    # spelled-out days of the month, and the week of a day with no month
    ("on the twenty-sixth", THU, "2026-03-26"),
    ("Monday the sixteenth", THU, "2026-03-16"),
    ("by the thirty-first", THU, "2026-03-31"),
    ("the week of the 20th", THU, ("2026-03-16", "2026-03-22")),
    ("the week of the twenty-fourth", THU, ("2026-03-23", "2026-03-29")),
]


@pytest.mark.parametrize("phrase, meeting, expected", ZH + EN, ids=[f"{p}@{m}" for p, m, _ in ZH + EN])
def test_resolve(phrase, meeting, expected):
    assert _expect(resolve(phrase, meeting)) == expected


FIND = [
    # code-switched text writes the digits apart from 月/号
    ("她说 10 月中旬 regional 的 review 会带上去", ["10 月中旬"]),
    ("PO 最迟 6 月 20 号发出", ["6 月 20 号"]),
    ("下个月 5 号之前给你", ["下个月 5 号"]),
    ("王总说下周三安排技术评审，月底前给结论。", ["下周三", "月底"]),
    ("我们下周一上午十点再开个会", ["下周一上午十点"]),
    ("大后天给你答复", ["大后天"]),
    ("两个星期以内把测试环境搭好", ["两个星期以内"]),
    ("下周一到周三都可以", ["下周一到周三"]),
    ("Monday and Wednesday both work", ["Monday", "Wednesday"]),
    ("Any time between Monday and Wednesday", ["between Monday and Wednesday"]),
    ("Q3开始实施，Q4末验收", ["Q3", "Q4末"]),
    ("我们这个月25号开董事会，4月8号评审", ["这个月25号", "4月8号"]),
    ("Can we do next Tuesday at 3pm, or Friday?", ["next Tuesday at 3pm", "Friday"]),
    ("We'll have the SOW ready by Tuesday, March 24th.", ["Tuesday, March 24th"]),
    ("I'll follow up first thing Monday morning.", ["first thing Monday morning"]),
    ("Renewal is due 6/30; budget closes end of Q2.", ["6/30", "end of Q2"]),
    ("我们Q3 kickoff，next week先做POC", ["Q3", "next week"]),
    ("明天下午跟法务确认，EOD给你", ["明天下午", "EOD"]),
    ("我们过两天再聊", ["过两天"]),
    ("好的，那我们下周二上午九点到二号厂门口。", ["下周二上午九点"]),
    ("Go on then, the sixteenth.", ["the sixteenth"]),
    ("Could you put it to your board at their meeting on the twenty-sixth?", ["on the twenty-sixth"]),
    ("Sensors in forty flats from Monday the sixteenth, an eight-week trial?", ["Monday the sixteenth"]),
    # 老周 / 小周 is a person; the weekday after it is read only when the week is named again
    ("整改单我让老周一起给你，周三", ["周三"]),
    ("下周一起开始试用", ["下周一"]),
    ("小周周二过来", ["周二"]),
]


@pytest.mark.parametrize("sentence, expected", FIND, ids=[s for s, _ in FIND])
def test_find(sentence, expected):
    mentions = find(sentence)
    assert [m.text for m in mentions] == expected
    assert all(sentence[m.start:m.end] == m.text for m in mentions)


NOT_DATES = [
    # N号 + a plant noun is a label, not a day
    "先在2号窑挂一个月",
    "3号炉的数据",
    "我们有 3 号仓",
    # after a holiday is open-ended: no day, no bounded range
    "国庆后安排试点",
    "春节以后再说",
    "我们研究一下",
    "the product is great",
    "3个人",
    "我们有3个人参加",
    "20%",
    "增长了20%",
    "version 2.5",
    "We're on version 2.5.1 now",
    "每周一开例会",
    "一周一次",
    "三周时间够吗",
    "这个周期比较长",
    "第三天",
    "20号楼的会议室",
    "地铁3号线",
    "我们一号厂和三号厂的喷码机是同一个牌子",
    "我们一起去二号工厂把灌装线看一遍",
    "邓工以前在乳品厂干过六年质量",
    "两年前我们上过一套",
    "the new one, put in two years ago",
    "价格是3.15万",
    "我们改天再聊",
    "找个时间聊聊",
    "at the end of the day it's about price",
    "we may need more time",
    "the 3rd party vendor",
    "the 2nd option looks better",
    "the second is cheaper",
    "the first one we tried",
    "the fifth floor",
    "the sixteenth century",
    "the eleventh hour",
    "24/7 support",
    "1/2 of the team",
    "2027 licences",
    "we sat down with them",
    "Sun Microsystems",
    "April said hi",
    "let's touch base some time",
    "for two weeks",
    "30 minutes with your CFO",
    "a couple of questions",
    "ISO 9001 certified",
    "整改单我也让老周一起给你",
    "老周一直在跟这个项目",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find(text) == []
    assert resolve(text, THU) is None


def test_resolve_takes_the_longest_expression_of_a_due_text():
    assert resolve("by end of day Friday at the latest", THU) == Due(date(2026, 3, 13))
    assert resolve("最晚下个月15号之前", THU) == Due(date(2026, 4, 15))


def test_resolve_rejects_what_is_not_text():
    assert resolve("", THU) is None
    assert find("") == []


# ---------------------------------------------------------------- properties
_PIECES = ["下", "下下", "这", "本", "周", "星期", "礼拜", "一", "三", "五", "日", "天", "月", "号", "底", "初",
           "中旬", "季度", "末", "年", "后", "内", "两", "半", "个", "工作日", "明天", "后天", "五一", "春节",
           "next", "this", " ", ",", "Friday", "Q", "2", "3", "12", "31", "29", "/", "-", "of", "the", "end",
           "week", "month", "in", "days", "business", "March", "May", "st", "th", "at", "3pm", "EOD", "2026",
           "Christmas", "mid-", "early", "%", "."]
_texts = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
_dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=400, deadline=None)
@given(_texts, _dates)
def test_resolve_never_raises(text, meeting):
    due = resolve(text, meeting)
    assert due is None or isinstance(due, Due)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_find_offsets_slice_back_in_order(text):
    mentions = find(text)
    for mention in mentions:
        assert isinstance(mention, Mention)
        assert text[mention.start:mention.end] == mention.text
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start


@settings(max_examples=300, deadline=None)
# From 2008 (when 清明/端午/中秋 became public holidays, the `holidays` package's record of them) to the
# end of its lunar tables.
@given(_texts, st.dates(min_value=date(2008, 1, 1), max_value=date(2099, 12, 31)))
def test_every_mention_resolves(text, meeting):
    for mention in find(text):
        assert resolve(mention.text, meeting) is not None, mention


@pytest.mark.parametrize("phrase,iso", [
    ("Friday the first, great", "2026-05-01"),
    ("Monday, the third works", "2026-05-03"),
    ("see you Wednesday the second", "2026-05-02"),
])
def test_weekday_then_a_low_ordinal_word_is_a_day_of_the_month(phrase, iso):
    (m,) = find(phrase)
    assert resolve(m.text, date(2026, 4, 23)).start.isoformat() == iso


@pytest.mark.parametrize("phrase", ["the second is cheaper", "Friday, the third option"])
def test_low_ordinal_words_without_a_weekday_before_them_name_no_day(phrase):
    assert all("first" not in m.text and "second" not in m.text and "third" not in m.text for m in find(phrase))


# Days anchored to a named day: a holiday, a month's nth weekday, the week after next.
@pytest.mark.parametrize("phrase,meeting,iso", [
    ("端午后那个周一可以", date(2026, 6, 9), "2026-06-22"),
    ("端午节后第一个周三", date(2026, 6, 9), "2026-06-24"),
    ("国庆前的周五我们开会", date(2026, 9, 9), "2026-09-25"),
    ("Second Tuesday in September.", date(2026, 7, 22), "2026-09-08"),
    ("the first Monday of next month", date(2026, 7, 22), "2026-08-03"),
    ("the last Friday in May", date(2026, 7, 22), "2027-05-28"),
    ("let's say the Friday after next", date(2026, 7, 22), "2026-08-07"),
    ("我现在就签", date(2026, 3, 12), "2026-03-12"),
    ("模板我一会儿微信发你", date(2026, 3, 12), "2026-03-12"),
    ("聽日冇問題", date(2026, 3, 12), "2026-03-13"),
])
def test_days_anchored_to_a_named_day(phrase, meeting, iso):
    (m,) = find(phrase)
    assert resolve(m.text, meeting).start.isoformat() == iso


@pytest.mark.parametrize("phrase", ["我们现在用的系统", "端午前我都走不开", "Friday after next week works"])
def test_near_misses_of_anchored_days(phrase):
    texts = [m.text for m in find(phrase)]
    assert not any(t.endswith(("现在", "走不开")) or "after next" in t for t in texts)


def test_xiao_zhou_is_a_person_and_yihuir_is_today():
    # 小周 is a person, not a Monday; 一会儿 ("in a moment") is the meeting day.
    assert [m.text for m in find("小周一会儿就到")] == ["一会儿"]
    assert resolve("小周一会儿就到", THU) == Due(THU)


@pytest.mark.parametrize("text, phrase, due", [
    # Taiwan / Hong Kong writing: the phrase is found in the original characters and resolved as simplified
    ("下週三我們帶工程師過去", "下週三", Due(date(2026, 3, 18))),
    ("這個月底前給您報價", "這個月底", Due(date(2026, 3, 31))),
    ("禮拜五再說", "禮拜五", Due(date(2026, 3, 13))),
])
def test_traditional_characters(text, phrase, due):
    (m,) = find(text)
    assert m.text == phrase and text[m.start:m.end] == phrase
    assert resolve(m.text, THU) == due


def test_traditional_text_without_dates_finds_none():
    assert find("我們這邊再討論一下") == []


@pytest.mark.parametrize("text, phrase, due", [
    # "end of" hyphenated as an adjective names the same day
    ("we'll decide at our end-of-Q3 review", "end-of-Q3", Due(date(2026, 9, 30))),
    ("I'll send the end-of-month numbers", "the end-of-month", Due(date(2026, 3, 31))),
    ("the budget is locked end-of-March", "end-of-March", Due(date(2026, 3, 31))),
])
def test_hyphenated_end_of(text, phrase, due):
    (m,) = find(text)
    assert m.text == phrase
    assert resolve(m.text, THU) == due


@pytest.mark.parametrize("text", ["that model hit its end-of-life notice", "it's an end-of-season clearance"])
def test_hyphenated_end_of_what_is_no_period(text):
    assert find(text) == []


@pytest.mark.parametrize("text, phrase, due", [
    # a month naming the occasion an action is done for dates it (session 6)
    ("I'll put it on the July board agenda", "the July board", Due(date(2026, 7, 1), date(2026, 7, 31), fuzzy=True)),
    ("he'll include it in the January cabinet paper", "the January cabinet",
     Due(date(2027, 1, 1), date(2027, 1, 31), fuzzy=True)),
    ("we'll raise it at our May steering committee", "our May steering", Due(date(2026, 5, 1), date(2026, 5, 31), fuzzy=True)),
])
def test_month_of_an_occasion(text, phrase, due):
    (m,) = find(text)
    assert m.text == phrase
    assert resolve(m.text, THU) == due


@pytest.mark.parametrize("text", ["the March numbers look fine", "we may board the ferry at nine"])
def test_month_before_a_noun_that_is_no_occasion(text):
    assert find(text) == []


@pytest.mark.parametrize("phrase, bare", [
    ("周二", True), ("星期三上午", True), ("礼拜五下午两点", True), ("Tuesday", True), ("Tuesday at 2", True),
    ("下周二", False), ("下下周一", False), ("这周五", False), ("本周四", False),
    ("next Tuesday", False), ("this coming Tuesday", False), ("Tuesday next week", False),
    ("Tuesday the 14th", False), ("Friday, March 20", False), ("21号", False), ("周二到周四", False),
    ("tomorrow", False), ("月底", False), ("no date here", False),
])
def test_bare_weekday_names_no_week_and_no_day_of_its_own(phrase, bare):
    assert bare_weekday(phrase) is bare
