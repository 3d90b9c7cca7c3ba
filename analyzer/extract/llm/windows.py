"""What is sent: the candidate windows of a transcript (token-lean) or every turn, cut into requests.

The offline engine's cue scan (`analyzer.extract.offline.scan`, the same one `OfflineEngine.candidate_turns`
uses) marks sentences with a commitment, ask, praise, decline, signal or probe cue, or a date next to an
action; only those are sent, and a long turn is cut to those sentences joined by "…". Whole candidate turns
with context (`candidate_turns`) would be 89% of the dev set's text: a rep's monologue mentions a date and a
product in passing.
A short reply right after a rep's turn is always kept whole: "可以" / "sure" is how a customer accepts.
Turn numbers are the transcript's own, so the model's citations need no mapping back.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.models import Transcript

# Sentence cues that make a sentence worth sending (see analyzer/extract/offline/lexicons/*.yaml).
CORE_CUES = frozenset({
    "commit", "joint", "decline", "stall", "ask_opener", "praise_strong", "praise_weak", "signal", "request_rep",
    "rep_self", "probe", "notes_commit", "notes_agree", "notes_propose", "notes_request", "deal_decline", "vague",
})  # fmt: skip
# Cues that mean nothing in a given speaker's mouth: a rep's "great" is no praise and a rep does not decline
# for the customer; a customer's "let's ..." opener is not an ask (a concrete one is kept by its date); the
# visit-note cues are for prose notes, whose sentences have no speaker role. Measured on the dev set, these
# cut the text sent from 53% to 44% without hiding any more of the labeled quotes.
NOT_FOR_ROLE = {
    "rep": frozenset({"praise_strong", "praise_weak", "signal", "decline", "stall", "deal_decline",
                      "notes_commit", "notes_agree", "notes_propose", "notes_request"}),
    "customer": frozenset({"ask_opener", "notes_commit", "notes_agree", "notes_propose", "notes_request"}),
}  # fmt: skip
# A turn this short is sent whole: trimming it would save little and cut the context of an acceptance.
SHORT_TURN = 40
SHORT_REPLY = 30
GAP = " … "
FENCE = ("<transcript>", "</transcript>")


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

    # One scan per turn (the offline engine's own cue scan, as `OfflineEngine.candidate_turns` does), judged
    # per sentence: scanning for candidate turns first and again for their sentences doubled the CPU time,
    # which is what bounds a batch of LLM calls running in threads.
    kept: dict[int, str] = {}
    for i, t in enumerate(turns):
        view = scan(i, t.text, t.role)
        parts = [s.text for s in view.sentences if _core(view, s.start, s.end)]
        if parts:
            kept[i] = t.text if len(t.text) <= SHORT_TURN else GAP.join(parts)
    for i in list(kept):
        # The customer's short answer to a rep turn that was kept (the answer may carry no cue at all).
        if turns[i].role != "customer" and i + 1 < len(turns) and i + 1 not in kept:
            if len(turns[i + 1].text) <= SHORT_REPLY:
                kept[i + 1] = turns[i + 1].text
    return [Line(i, turns[i].speaker, turns[i].role, _defenced(kept[i])) for i in sorted(kept)]


def _core(view, start: int, end: int) -> bool:
    # Only the view's public lookups (`has`, `type_hits`, `dates_in`): the offline engine owns its internals.
    keys = CORE_CUES - NOT_FOR_ROLE.get(view.role, frozenset())
    if any(view.has(key, start, end) for key in keys):
        return True
    # A date in the same sentence as an action type or a future marker: "下周三安排技术评审". Dates are
    # looked for last: finding them is the costly part of the scan.
    typed = any(start <= s < end for _, s, _ in view.type_hits)
    return (typed or view.has("future", start, end)) and bool(view.dates_in(start, end))


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
