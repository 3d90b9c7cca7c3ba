"""Quoting and dating helpers shared by the dialogue and the notes passes.

A quote is always a slice of the turn's own text; a due phrase is always a mention found by
`analyzer.dates.find` in that turn, never text the engine made up.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from analyzer.dates import Due, resolve
from analyzer.extract.offline.scan import TurnView
from analyzer.extract.offline.segment import Clause, Sentence

# An ask is specific when its time resolves to a day or a range of at most a week.
MAX_SPECIFIC_DAYS = 6
ACTION_TEXT_MAX = 80
# "for next year" modifies a noun; "for Thursday" dates the action: only periods longer than this are nouns'.
ATTRIBUTIVE_MIN_DAYS = 31
_ANY_DAY = date(2026, 1, 15)  # only the length of the period matters here, not where it falls
# How far past a date phrase the attributive test looks ("的总裁办公会", "'s prescribing meeting" must be seen whole).
ATTRIBUTIVE_AFTER = 32
# A clause that is only a time setting ("下周三，", "On Tuesday,") may be this long beyond its date phrase.
TIME_CLAUSE_SLACK = 6


def quote(view: TurnView, start: int, end: int) -> str:
    return view.text[start:end]


def action_text(text: str) -> str:
    """A finding's one-line action: `text` is the turn's own characters (`view.text`), not the scan's reading of
    them (curly apostrophes straightened, traditional characters simplified), so the report shows what was said."""
    text = " ".join(text.split())
    return text if len(text) <= ACTION_TEXT_MAX else text[: ACTION_TEXT_MAX - 1] + "…"


def first_date(view: TurnView, start: int, end: int):
    ms = view.dates_in(start, end)
    return corrected(view, ms[0]) if ms else None


def corrected(view: TurnView, m):
    """The date the speaker settled on: a date phrase followed by only a correction marker and another date
    ("Thursday, sorry, Friday", "下周一……哦不对，下周三") is replaced by that one, repeatedly ("周一，不对，周二，
    不是，周三"). What may stand between the two is the lexicons' `date_correction`; two dates both meant ("Monday
    or Tuesday", "周一和周三") have something else between them and are left alone."""
    while m is not None:
        nxt = next((x for x in view.dates_in(m.end, len(view.text)) if x.start >= m.end), None)
        if nxt is None or not view.test("date_correction", view.text[m.end: nxt.start]):
            return m
        m = nxt
    return m


def corrected_day(view: TurnView, m, meeting: date | None) -> date | None:
    """A bare weekday said as the correction of a day that names its week, across a sentence or not ("She can have
    them to you next Thursday. No, Friday", "下周四……不对，周五"): the corrected weekday of that week, which the bare
    weekday alone would not give (it resolves to the next such day). None when `m` corrects nothing of the kind."""
    if meeting is None or not view.test("weekday_head", m.text) or view.test("week_or_date", m.text):
        return None
    for x in view.mentions:
        if x.start >= m.start:
            break
        if corrected(view, x) is m and view.test("weekday_any", x.text) and view.test("week_or_date", x.text):
            a, b = resolve(x.text, meeting), resolve(m.text, meeting)
            if a is not None and b is not None and a.end is None and b.end is None:
                return a.start + timedelta(days=b.start.weekday() - a.start.weekday())
    return None


def attributive(view: TurnView, m) -> bool:
    """A date that modifies a noun ("明年的扩产计划", "next year's plan", "the request for next year") dates
    the thing, not the action."""
    if view.test("attributive", view.text[m.end: m.end + ATTRIBUTIVE_AFTER]):
        # "I'll tell the practice managers at Tuesday's meeting": a day's occasion that the action takes place at
        # (or by, or after) dates the action.
        if view.test("occasion_before", view.text[max(0, m.start - 8): m.start]):
            due = resolve(m.text, _ANY_DAY)
            return due is None or due.end is not None
        return True
    if view.test("attributive_before", view.text[max(0, m.start - 6): m.start]):
        due = resolve(m.text, _ANY_DAY)
        return due is not None and due.end is not None and (due.end - due.start).days > ATTRIBUTIVE_MIN_DAYS
    return False


def due_mention(view: TurnView, c: Clause, sentence: Sentence):
    """The date phrase of a clause: its own, else the preceding clause when that is only a time setting
    ("下周三，我安排技术评审"), else a following subjectless clause that carries the same task on; a date
    attached to another action does not date this one."""
    own = next((m for m in view.dates_in(c.start, c.end) if not attributive(view, m)), None)
    if own is not None:
        return restated(view, sentence, corrected(view, own))
    clauses = sentence.clauses
    i = next((k for k, x in enumerate(clauses) if x.start == c.start), 0)
    if i > 0:
        prev = clauses[i - 1]
        m = first_date(view, prev.start, prev.end)
        if m is not None and not attributive(view, m) and (
                len(prev.text) - len(m.text) <= TIME_CLAUSE_SLACK or carries_on(view, prev, c)):
            return m
    if i + 1 < len(clauses):
        # A subjectless clause continuing the same task ("我们先出一个方案，下周一发给您") dates it.
        nxt = clauses[i + 1]
        m = first_date(view, nxt.start, nxt.end)
        if m is not None and not attributive(view, m) and not view.has("first_person", nxt.start, nxt.end) \
                and not view.types(nxt.start, nxt.end) and (view.has("rep_deliverable", nxt.start, nxt.end)
                                                             or view.test("handover", nxt.text)):
            return m
    # A clause that is only a time further along the sentence ("十月八号吧，国庆一过就开始，我让小赵把测试机准备好",
    # "那我先把 SKU 清单整理好给你，月底之前吧") dates it, when no other dated clause stands between them.
    for side in (clauses[:i][::-1], clauses[i + 1:]):
        x = next((x for x in side if view.dates_in(x.start, x.end)), None)
        m = first_date(view, x.start, x.end) if x is not None else None
        if m is not None and _time_only(view, x.text, m.text) and not attributive(view, m):
            return m
    if sentence.index > 0 and not any(view.dates_in(x.start, x.end) for x in clauses):
        # A time said on its own just before, weighed aloud ("二十二号……行，我跟小常一块儿去"): it dates the clause after.
        prev = view.sentences[sentence.index - 1]
        m = first_date(view, prev.start, prev.end)
        if m is not None and len(prev.clauses) == 1 and _time_only(view, prev.text, m.text) and not attributive(view, m):
            return m
    if sentence.index + 1 < len(view.sentences) and not any(view.dates_in(x.start, x.end) for x in clauses[i + 1:]):
        # A time said on its own right after ("I'll get you the lab results, so you can check. By Friday.", "数据我来
        # 整理。周五前。") dates the clause it follows, when nothing after that clause in its sentence names a time.
        nxt = view.sentences[sentence.index + 1]
        m = first_date(view, nxt.start, nxt.end)
        if m is not None and len(nxt.clauses) == 1 and (len(nxt.text) - len(m.text) <= TIME_CLAUSE_SLACK or _time_only(
                view, nxt.text, m.text)) and not attributive(view, m):
            return m
    return None


def restated(view: TurnView, sentence: Sentence, m):
    """A time said again in short right after its full form ("下个月中旬吧，中旬我跟我们生产厂长一块儿过去", "明天下午吧，下午
    我让小王过去"): the full form, said earlier in the sentence, is the one meant."""
    for x in reversed(view.dates_in(sentence.start, m.start)):
        if x.end <= m.start and len(x.text) > len(m.text) and x.text.endswith(m.text) and not view.test("past_time", x.text):
            return x
    return m


# Steps taken at a meeting or with a person (an agenda item, a report, bringing the boss along).
EVENT_STEPS = frozenset({"internal_report", "meeting_with_decision_maker"})
# How many sentences back in the turn the event a step is taken at may be named.
EVENT_REACH = 2


def event_date(view: TurnView, c: Clause, kind: str):
    """The date of the event a dateless step is taken at, named just before it in the same turn: "The council
    meets mid-February, and I'm on it. I'll put it on the agenda", "We have a partners' meeting Thursday the
    eleventh, I'll put it on that", "下周五院里开设备论证会，这个项目我给它排上", "你下周初发我，我拿到当天就转给他".
    Only a step taken at a meeting or with a person (EVENT_STEPS) or one that points back at a time ("then",
    "当天", "到时候": `event_anaphor`) looks back; the nearest date before it decides, and a date said of a past,
    negated, supposed or asked-about thing dates nothing ("下周我们有个展会，我安排试用" keeps no date)."""
    if kind not in EVENT_STEPS and not view.has("event_anaphor", c.start, c.end):
        return None
    for s in reversed(view.sentences[max(0, c.sentence - EVENT_REACH): c.sentence + 1]):
        for x in reversed(s.clauses):
            if x.start >= c.start:
                continue
            ms = [m for m in view.dates_in(x.start, x.end) if not attributive(view, m)]
            if not ms:
                continue
            if any(view.has(k, x.start, x.end) for k in ("past", "negation", "hypothetical")) \
                    or view.test("question_end", x.text):
                return None
            return corrected(view, ms[-1])
    return None


# How many turns back a bare weekday may find the day the talk already named.
WEEKDAY_REACH = 4


def day_named_before(views: list[TurnView], v: TurnView, m, meeting: date | None):
    """A bare weekday ("周四吧", "before Friday", "from that same Monday") means the one the talk already named
    with its week or date ("您看是下周二还是下周四？" — "周四吧。周四我让滕工把袋子备好"; "Friday the first, great" —
    "I'll send it to you before Friday"): the nearest mention of that weekday in this turn or the few before
    that reads otherwise than the bare one (the next such day), when it falls later. Otherwise `m` itself."""
    # A weekday phrase that names its week or its date ("下周四", "next Friday", "Friday the first", "周五(3月20日)")
    # is no bare weekday (the lexicons' `weekday_head`, `weekday_any`, `week_or_date`).
    if meeting is None or not v.test("weekday_head", m.text) or v.test("week_or_date", m.text):
        return m
    bare = resolve(m.text, meeting)
    if bare is None or bare.end is not None:
        return m
    for j in range(v.index, max(-1, v.index - WEEKDAY_REACH - 1), -1):
        for x in reversed(views[j].mentions):
            if (j == v.index and x.start >= m.start) or not views[j].test("weekday_any", x.text):
                continue  # only a weekday said again ("春节" may fall on a Saturday: it names none)
            due = resolve(x.text, meeting)
            if due is not None and due.end is None and due.start.weekday() == bare.start.weekday() \
                    and due.start != bare.start:
                return x if due.start > bare.start else m
    return m


def _from_step(v: TurnView, key: str, find):
    """The first match `find(pattern)` gives for the lexicons' `key` (a step named as the point a deadline counts
    from: `step_after` read right after the step, "勘察结束后", "合同盖章后", "试点开始前"; `step_before` read up to it,
    "before the trial starts"); its group `before` says the deadline falls before the step."""
    for lex in v.lexicons:
        pattern = lex.get(key)
        m = find(pattern) if pattern is not None else None
        if m is not None:
            return m
    return None


def anchored_dues(views: list[TurnView], actions: list, meeting: date | None) -> list:
    """A deadline counted from another agreed step ("勘察结束后两周内" after a survey set for 11-10, "合同盖章后五个工作日内"
    after stamping by Friday, "before the trial starts": GUIDELINES hard call 33) is dated from that step: the
    period said after it counted from the step's day, or that day itself for "before". The step is the latest
    customer action before this one of the type the anchor names, on a single day; the action keeps its words
    (`due_text`) and gets the date counted (`due_date`)."""
    if meeting is None:
        return actions
    out = []
    for a in actions:
        due = _anchored_due(views, a, actions, meeting)
        out.append(a if due is None else a.model_copy(
            update={"due_date": due.start, "due_end": due.end, "due_fuzzy": due.fuzzy}))
    return out


def _anchored_due(views: list[TurnView], a, actions: list, meeting: date):
    v = views[a.turn]
    start = v.text.find(a.quote)
    if start < 0:
        return None
    end = start + len(a.quote)
    for kind, s, e in v.type_hits:
        if not start <= s < end:
            continue
        m = _from_step(v, "step_after", lambda p: p.match(v.text, e))
        if m is not None:
            before, tail = m.group("before") is not None, m.end()
        else:
            m = _from_step(v, "step_before", lambda p: p.search(v.text, start, s))
            if m is None or m.end() != s:
                continue
            before, tail = m.group("before") is not None, e
        step_day = _step_day(views, a, actions, kind, s, meeting)
        if step_day is None:
            continue
        if before:
            return Due(step_day)
        period = v.dates_in(tail, end)  # "勘察结束后两周内": counted from the step's day
        return resolve(period[0].text, step_day) if period else None
    return None


def _step_day(views, a, actions, kind: str, at: int, meeting: date):
    """The day of the latest customer action of `kind` said before position `at` of `a`'s turn."""
    best = None
    for x in actions:
        if x is a or x.type != kind or not x.due_text:
            continue
        pos = views[x.turn].text.find(x.quote)
        if (x.turn, pos) >= (a.turn, at):
            continue
        due = resolve(x.due_text, meeting)
        if due is not None and due.end is None and (best is None or (x.turn, pos) > best[0]):
            best = ((x.turn, pos), due.start)
    return best[1] if best else None


# Per set of lexicons (by id: they live as long as the process), the pattern of a rest that is only time words.
_TIME_ONLY: dict[tuple[int, ...], re.Pattern] = {}


def _time_only(view: TurnView, text: str, date_text: str) -> bool:
    """What is left of a clause once its time is taken out is only what may surround a time in a clause that says
    only the time: particles, assent, "before"/"by" ("月底之前吧", "十月八号吧", "By Friday."): the lexicons'
    `time_only_rest`, any sequence of the words of any of the turn's languages."""
    key = tuple(id(lex) for lex in view.lexicons)
    pattern = _TIME_ONLY.get(key)
    if pattern is None:
        words = [lex.get("time_only_rest") for lex in view.lexicons]
        pattern = _TIME_ONLY[key] = re.compile(
            "^(?:" + "|".join(f"(?:{w.pattern})" for w in words if w is not None) + ")*$", re.I)
    return pattern.match(text.replace(date_text, "", 1)) is not None


def time_beside(view: TurnView, c: Clause, sentence: Sentence):
    """The date of a clause right before or after `c` in its sentence that says only a time ("那我让仓库寄，三个工作日之内吧",
    "下周一吧，…"), or None."""
    clauses = sentence.clauses
    i = next((k for k, x in enumerate(clauses) if x.start == c.start), None)
    if i is None:
        return None
    for x in (clauses[i - 1] if i > 0 else None, clauses[i + 1] if i + 1 < len(clauses) else None):
        if x is None:
            continue
        m = first_date(view, x.start, x.end)
        if m is not None and _time_only(view, x.text, m.text) and not attributive(view, m):
            return m
    return None


def carries_on(view: TurnView, prev: Clause, c: Clause) -> bool:
    """A clause with no subject of its own that names the step the dated clause before it sets up ("四月中旬先在三楼
    放二十张床，试一个月"): the date there dates it. Chinese only (topic-comment chains). The clause opens on the step or
    on an adverb of sequence ("先装在二号线上试运行"), not on a subject of its own ("样品还在改模", "IT在做年结"); the
    clause before names no step itself and reports nothing done or supposed."""
    if not any(lex.dated_plans for lex in view.lexicons):
        return False
    lead = len(c.text) - len(c.text.lstrip(" ，,、\u3000"))
    hits = sorted((a, b) for _, a, b in view.type_hits if c.start <= a < c.end)
    if not hits:
        return False
    # A step word followed by 还/在/也/是… is the clause's subject ("样品还在改模"), not the step taken.
    # (The lexicon's `subject_next`); an adverb of sequence or a light verb with a measure (`sequence_opener`).
    a, b = hits[0]
    lex = next(lex for lex in view.lexicons if lex.dated_plans)
    opens = ((a <= c.start + lead + 1 and lex.get("subject_next").match(view.text, b) is None)
             or lex.get("sequence_opener").match(c.text, lead) is not None)
    return (opens and not view.types(prev.start, prev.end)
            and not (view.has("first_person", c.start, c.end) or view.has("customer_agent", c.start, c.end))
            and not view.has("past", prev.start, prev.end) and not view.has("hypothetical", prev.start, prev.end)
            and not view.test("question_end", prev.text))


def done_before(due_text: str | None, meeting: date | None) -> bool:
    """The phrase dates the step before the meeting ("我们今年三月已经跟 Olympus 签了" said in June): done, not
    promised."""
    if not due_text or meeting is None:
        return False
    due = resolve(due_text, meeting)
    return due is not None and (due.end or due.start) < meeting


def is_window(view: TurnView, phrase: str, meeting: date) -> bool:
    """A deadline window longer than a week ("in the next couple of weeks", "within 30 days"): it resolves to its
    last day, but names no concrete time to meet or act."""
    if not view.test("time_window", phrase):
        return False
    due = resolve(phrase, meeting)
    return due is not None and ((due.end or due.start) - meeting).days > MAX_SPECIFIC_DAYS


def is_specific_time(phrase: str | None, meeting: date) -> bool:
    if not phrase:
        return False
    due = resolve(phrase, meeting)
    if due is None:
        return False
    return due.end is None or (due.end - due.start).days <= MAX_SPECIFIC_DAYS
