"""What is sent: the candidate windows of a transcript (token-lean) or every turn, cut into requests.

Written here rather than taken from a library because what is worth sending is a judgement on the offline
engine's cue scan (`analyzer.extract.offline.scan`, the one `OfflineEngine.candidate_turns` uses), read only
through its public lookups (`cue`, `has`, `types`, `dates_in`, `test`). Sentences, not turns, are the unit: whole
candidate turns would be 89% of the dev set's text (a rep's monologue mentions a date and a product in
passing). A sentence is sent when it carries a cue that means something in its speaker's mouth (`_kept`);
a long turn is cut to its kept sentences joined by "…", each a verbatim slice of the turn, so a quote taken
from it is still verbatim in the cited turn. Three kinds of context are added, because a commitment is
usually an answer (`select`): the customer's short reply to a rep's proposal ("可以" / "sure" is how a
customer accepts), the opening sentence of a longer reply ("Yes, put it on the calendar. I'll make sure
Diane is there."), and the last sentence of the rep turn a concrete customer commitment answers (the
proposal, which the model quotes as `proposal_quote`).
Sizes are in estimated tokens (one per CJK character, one per four other characters), not characters:
forty characters are ten tokens of English but forty of Chinese.
Turn numbers are the transcript's own, so the model's citations need no mapping back.
Measured on eval/cases/dev (eval/llm_tokens.py): README, 'LLM engine'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.models import Transcript

# Sentence cues that make a sentence worth sending (see analyzer/extract/offline/lexicons/*.yaml).
CORE_CUES = frozenset({
    "commit", "joint", "decline", "stall", "ask_opener", "praise_strong", "praise_strong_more", "praise_weak", "signal", "request_rep",
    "rep_self", "probe", "notes_commit", "notes_agree", "notes_propose", "notes_request", "deal_decline", "vague",
})  # fmt: skip
# Cues that mean nothing in a given speaker's mouth: a rep's "great" is no praise, a rep does not decline
# for the customer, and a rep's "您先讲讲？" is no request for the rep's own work; a customer's "let's ..."
# opener is not an ask (a concrete one is kept by its date); the visit-note cues are for prose notes, whose
# sentences have no speaker role.
NOT_FOR_ROLE = {
    "rep": frozenset({"praise_strong", "praise_strong_more", "praise_weak", "signal", "decline", "stall", "deal_decline", "request_rep",
                      "notes_commit", "notes_agree", "notes_propose", "notes_request"}),
    "customer": frozenset({"ask_opener", "notes_commit", "notes_agree", "notes_propose", "notes_request"}),
}  # fmt: skip
# Cues of a rep's sentence that make it a proposal: the turn a customer's reply may accept.
ASK_CUES = frozenset({"ask_opener", "joint", "vague"})
# Cues of a customer's sentence that make it a commitment, whose proposal (the rep's turn before) is context.
COMMIT_CUES = frozenset({"commit", "joint", "rep_self"})
# What turns a rep's "I'll ..." into a to-do: something to deliver or arrange, a meeting, an action type, a
# date, or something done for the customer. Without one it is conversation ("I'll be quick", "我先从原奶接收
# 讲起", "那我就不打扰了"); on the dev set the cut hides no labeled rep action.
_TODO_CUES = ("rep_deliverable", "request_object", "meet_verb", "event")
# "for you" / "给您": an action done for the customer is a to-do even when the lexicon has no word for its
# object ("I can put a hold on that for you"). The offline lexicons have no such key.
_FOR_CUSTOMER = re.compile(r"\bfor you\b|[给帮为替][您你](?!们)", re.IGNORECASE)
SHORT_TURN = 10  # tokens: a turn this short is sent whole (trimming it saves little, and cuts an acceptance)
SHORT_REPLY = 8  # tokens: a reply this short, right after a proposal, is sent whole even without a cue
OPENING = 12  # tokens: the opening sentence of a reply to a proposal, sent when no longer than this
PROPOSAL = 30  # tokens: the last sentence of the turn a commitment answers, sent when no longer than this
BACKCHANNEL = 3  # tokens: "Good." / "Great." / "太好了。" is a backchannel, not praise worth a line
GAP = " … "
FENCE = ("<transcript>", "</transcript>")
_CJK = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def tokens(text: str) -> int:
    """Estimated tokens: one per CJK character, one per four other characters (GPT-style BPE, roughly)."""
    cjk = len(_CJK.findall(text))
    return cjk + (len(text) - cjk + 3) // 4


@dataclass(frozen=True)
class Line:
    index: int
    speaker: str
    role: str
    text: str  # what is sent: the turn, or its kept sentences joined by GAP

    def size(self) -> int:
        return len(self.text) + len(self.speaker) + 16


def _defenced(text: str) -> str:
    # A turn may not close the data fence early (an injection attempt would try); the lookalike brackets
    # change only that rare turn's quotes.
    for tag in FENCE:
        text = text.replace(tag, tag.replace("<", "‹").replace(">", "›"))
    return text


def select(transcript: Transcript, full: bool = False) -> list[Line]:
    turns = transcript.turns
    if full:
        return [Line(i, t.speaker, t.role, _defenced(t.text)) for i, t in enumerate(turns)]
    from analyzer.extract.offline.scan import scan

    # One scan per turn (the offline engine's own cue scan), judged per sentence. A turn's entry in `kept`
    # is None when it is sent whole, else the sentences sent.
    views = [scan(i, t.text, t.role) for i, t in enumerate(turns)]
    kept: dict[int, list | None] = {}
    proposals: set[int] = set()  # rep turns with a proposal in a kept sentence
    commitments: set[int] = set()  # customer turns with a concrete commitment in a kept sentence
    for i, view in enumerate(views):
        # Most turns of a call carry no cue at all: they are passed over without being cut into sentences.
        present = frozenset(k for k in CORE_CUES - NOT_FOR_ROLE.get(view.role, frozenset()) if view.cue(k))
        if not present and not view.type_hits and not view.cue("future"):
            continue
        parts = []
        for s in view.sentences:
            kind = _kept(view, s, present)
            if kind:
                parts.append(s)
            if kind == "proposal":
                proposals.add(i)
            elif kind == "commitment":
                commitments.add(i)
        if parts:
            kept[i] = None if tokens(turns[i].text) <= SHORT_TURN else parts
    for i in sorted(proposals):
        # The customer's answer to a proposal: a short one whole (it may carry no cue at all: "行。"), else
        # its opening sentence, where "yes" is said.
        nxt = i + 1
        if nxt >= len(turns) or turns[nxt].role != "customer":
            continue
        if nxt not in kept:
            if tokens(turns[nxt].text) <= SHORT_REPLY:
                kept[nxt] = None
        elif kept[nxt] is not None:
            first = views[nxt].sentences[0]
            if first not in kept[nxt] and tokens(first.text) <= OPENING:
                kept[nxt].insert(0, first)
    for i in sorted(commitments):
        # The proposal a concrete commitment accepts ends the turn before it.
        prev = i - 1
        if prev >= 0 and prev not in kept and turns[prev].role != "customer":
            last = views[prev].sentences[-1:] if views[prev].sentences else []
            if last and tokens(last[0].text) <= PROPOSAL:
                kept[prev] = None if len(views[prev].sentences) == 1 else last
    out = []
    for i in sorted(kept):
        parts = kept[i]
        # Slices of the turn's own text: a sentence's `text` is the scan's reading of it (curly apostrophes
        # straightened, traditional characters simplified), same offsets.
        text = turns[i].text if parts is None else GAP.join(turns[i].text[s.start:s.end]
                                                            for s in sorted(parts, key=lambda s: s.start))
        out.append(Line(i, turns[i].speaker, turns[i].role, _defenced(text)))
    return out


def _kept(view, s, present: frozenset) -> str:
    """Why sentence `s` of `view` is sent: "proposal", "commitment", "cue", or "" (not sent). `present`: the
    cues of the turn that count in its speaker's mouth. Only the view's public lookups are used: the offline
    engine owns its internals."""
    from analyzer.extract.offline.scan import is_question

    start, end, role = s.start, s.end, view.role
    cues = {k for k in present if view.has(k, start, end)}
    typed = bool(view.types(start, end))
    # A date next to an action type or a future marker: "下周三安排技术评审". Looked for lazily: finding
    # dates is the costly part of the scan.
    dated = None

    def is_dated() -> bool:
        nonlocal dated
        if dated is None:
            dated = (typed or view.has("future", start, end)) and bool(view.dates_in(start, end))
        return dated

    question = is_question(view, s.clauses[-1]) if s.clauses else False
    has_todo = lambda: typed or any(view.has(k, start, end) for k in _TODO_CUES) or is_dated()  # noqa: E731
    if role == "rep" and cues & {"commit", "rep_self", "ask_opener"} and view.has("in_call", start, end):
        if not is_dated():  # the call itself: "let me share my screen", "能看到PPT吗？"
            cues -= {"commit", "rep_self", "ask_opener"}
    if role == "rep" and cues & {"commit", "rep_self"} and not (has_todo() or _FOR_CUSTOMER.search(s.text)):
        cues -= {"commit", "rep_self"}
    if role == "customer" and cues == {"commit"} and not has_todo():
        cues = set()  # a bare "can" / "会" with nothing to do: "We can hear you.", "we can't be friends"
    if role == "customer" and cues == {"praise_weak"} and (question or tokens(s.text) <= BACKCHANNEL):
        cues = set()  # "Nice wallpaper, is that Lake Tahoe?", "Good.": no praise of the offer
    if not cues:
        # A dated sentence with no cue: the customer's plan (not what is already past), or the rep's dated
        # proposal; a rep's dated statement ("we shipped this month", a closing recap) is not sent.
        if not is_dated():
            return ""
        if role == "customer" and view.has("past", start, end):
            return ""
        if role == "rep" and not question:
            return ""
    if role != "customer" and (cues & ASK_CUES or (question and is_dated())):
        return "proposal"
    if role == "customer" and cues & COMMIT_CUES and (typed or is_dated()):
        if not view.has("past", start, end):
            return "commitment"
    return "cue"


def chunks(lines: list[Line], max_chars: int) -> list[list[Line]]:
    """Consecutive groups of at most `max_chars` (a single longer turn goes alone). A group that starts
    right after the turn ending the previous one repeats that turn, so a proposal and its acceptance are
    never split apart; the engine drops the findings the overlap yields twice."""
    out: list[list[Line]] = []
    size = 0
    for line in lines:
        if out and size + line.size() <= max_chars:
            out[-1].append(line)
            size += line.size()
            continue
        prev = out[-1][-1] if out else None
        if prev is not None and prev.index == line.index - 1 and prev.size() + line.size() <= max_chars:
            out.append([prev, line])
            size = prev.size() + line.size()
        else:
            out.append([line])
            size = line.size()
    return out
