"""The offline engine: rules and per-language lexicons, deterministic, no key, no network.

Steps: scan every turn once (`scan.py`: lexicon cues, with `gate.py` deciding which can match), judge
clauses (`clauses.py`) and the rep's asks (`asks.py`), then link across turns (`dialogue.py`), or read prose
visit notes (`notes.py`). Behind the rules, a learned recall stage (`learned.py`: a linear model over the
clause's n-grams, shipped as weights in the repo) adds the clauses of dialogue turns the rules missed;
it is opt-in, per list (`OfflineEngine(learned=True)` or ANALYZER_LEARNED=1 for all three lists,
`learned=["customer_actions"]` or ANALYZER_LEARNED=customer_actions for one): in session 6 no list met the
rule for becoming the default (gain on unseen text, no harm on dev with today's rules, <= +25 % CPU;
eval/experiments/learned_recall/README.md). Last, a learned filter (`learned.filter_findings`: a linear model
over each finding in its context, weights in `weights/filter/`) may drop findings of the rules and of the
stage; it is opt-in the same way (`OfflineEngine(filter=True)` / ANALYZER_FILTER=1, or a list of names).
Each clause gets the lexicon of its script, both when code-switched. All linguistic knowledge is in
`lexicons/zh.yaml` and `lexicons/en.yaml`.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from functools import partial

from analyzer.extract.offline.dialogue import Dialogue, resolve_unknown_roles
from analyzer.extract.offline.learned import LISTS, add_learned, filter_findings, learned_asks
from analyzer.extract.offline.notes import extract_notes
from analyzer.extract.offline.scan import TurnView, has_hant, scan
from analyzer.models import EngineInfo, Findings, Transcript


class OfflineEngine:
    name = "offline"
    # Part of batch's re-run fingerprint: bump it whenever the rules or lexicons change what is found, so a
    # re-run re-analyzes files an older engine did. 1.1.0: the generalization work of session 2; 1.2.0: that of
    # session 3 (holdout v2 and the v6 cases tuned on); 1.3.0: that of session 4 (holdout v3 tuned on);
    # 1.5.0: that of session 6 (holdout v5 folded into dev); 1.6.0: that of session 7 (holdout v6 folded into dev);
    # 1.7.0: that of session 8 (holdout v7 folded into dev).
    version = "1.7.0"

    def __init__(self, learned: bool | Collection[str] | None = None,
                 filter: bool | Collection[str] | None = None):  # noqa: A002 (the option's name)
        # Per list: `learned` is True (every list), False (none) or the names of the lists whose stage runs;
        # None reads ANALYZER_LEARNED (reaching the CLI, batch and web alike; see `learned_lists`). `filter`
        # (the learned filter over the findings, `learned.filter_findings`) is read the same way, from
        # ANALYZER_FILTER.
        self.learned: frozenset[str] = (learned_lists(os.environ.get("ANALYZER_LEARNED")) if learned is None
                                        else _lists(learned))
        self.filter: frozenset[str] = (learned_lists(os.environ.get("ANALYZER_FILTER"), "filter") if filter is None
                                       else _lists(filter, "filter"))
        # Other fingerprints: the outputs differ.
        self.version = self.version + learned_suffix(self.learned) + learned_suffix(self.filter, "filter")

    def info(self) -> EngineInfo:
        return EngineInfo(name=self.name, version=self.version)

    def warm_up(self) -> None:
        """Load both lexicons and the date rules now (a batch calls this before forking its workers, which
        then share them instead of each compiling its own). Safe to call again: all cached."""
        from analyzer import dates
        from analyzer.extract.offline.lexicon import load

        load("zh"), load("en")
        dates.find("下周三 next Tuesday 3月5日")
        if self.learned:  # the weights and their gate automata, shared the same way
            from analyzer.extract.offline.learned import gates

            gates(self.learned)
        if self.filter:
            from analyzer.extract.offline.learned import filter_models

            filter_models()

    # ---------------------------------------------------------------- public API

    def extract(self, transcript: Transcript) -> Findings:
        views = self._scan(transcript)
        added: set[tuple[str, int, str]] = set()  # (list, turn, quote) of what the recall stage adds
        asks = partial(learned_asks, lists=self.learned, added=added) if "asks" in self.learned else None
        findings = self._rules(transcript, views, asks)
        if self.learned - {"asks"} and transcript.kind != "notes":  # notes have no speaker turns to learn from
            new = add_learned(findings, views, transcript.meeting_date, self.learned)
            added.update((name, i.turn, i.quote) for name, items in new.items() for i in items)
        if self.filter:
            filter_findings(findings, views, transcript.kind, transcript.language, self.filter, added=added)
        return findings

    def candidate_turns(self, transcript: Transcript, context: int = 1) -> list[int]:
        """Turns worth an LLM's attention, plus `context` turns either side.

        A turn is a candidate when the rules found something in it (a finding, an answer, a proposal) or when
        it names a deal step (an action type cue) or pairs a date with a first-person or accepting cue. Small
        talk with a date in it ("今天路上堵吗") is not.
        """
        views = self._scan(transcript)
        findings = self._rules(transcript, views)
        hot: set[int] = set()
        for field in ("praise", "customer_actions", "rep_actions", "asks", "signals", "probes", "declines"):
            for item in getattr(findings, field):
                hot.add(item.turn)
                for extra in ("response_turn", "proposal_turn"):
                    if getattr(item, extra, None) is not None:
                        hot.add(getattr(item, extra))
        # What the rules may have missed: a deal step named together with a binding or proposing cue.
        binding = ("commit", "rep_self", "joint", "ask_opener", "request_rep", "notes_commit", "notes_agree")
        for v in views:
            if v.type_hits and any(v.cued(k) for k in binding):
                hot.add(v.index)
        n = len(views)
        out: set[int] = set()
        for i in hot:
            out.update(range(max(0, i - context), min(n, i + context + 1)))
        return sorted(out)

    # ---------------------------------------------------------------- internals

    @staticmethod
    def _rules(transcript: Transcript, views: list[TurnView], learned_asks=None) -> Findings:
        """What the rules find: the notes pass for prose notes, else the dialogue pass (with the learned
        stage's ask finder when given)."""
        if transcript.kind == "notes":
            return extract_notes(transcript, views)
        return Dialogue(transcript, views, learned_asks).run()

    @staticmethod
    def _scan(transcript: Transcript) -> list[TurnView]:
        hant = has_hant(t.text for t in transcript.turns)  # traditional characters read as simplified (scan)
        views = [scan(t.index if t.index == i else i, t.text, t.role, hant) for i, t in enumerate(transcript.turns)]
        if transcript.kind != "notes":
            resolve_unknown_roles(views)
        return views


def _lists(learned: bool | Collection[str], what: str = "learned stage") -> frozenset[str]:
    if learned is True or learned is False:
        return frozenset(LISTS) if learned else frozenset()
    names = frozenset(learned)
    unknown = names - set(LISTS)
    if unknown:
        raise ValueError(f"no {what} for {', '.join(sorted(unknown))} (lists: {', '.join(LISTS)})")
    return names


def learned_lists(value: str | None, what: str = "learned stage") -> frozenset[str]:
    """The lists whose learned stage ANALYZER_LEARNED turns on (or whose filter ANALYZER_FILTER turns on):
    `1` every list, unset / empty / `0` none, else a comma list of names (`customer_actions`, `praise`,
    `asks`; spaces ignored). An unknown name is an error, not silently nothing."""
    value = (value or "").strip()
    if value in ("", "0"):
        return frozenset()
    if value == "1":
        return frozenset(LISTS)
    return _lists((n.strip() for n in value.split(",") if n.strip()), what)


def learned_suffix(lists: frozenset[str], label: str = "learned") -> str:
    """The version suffix naming the stages (or filters: `label`) on: `+learned` for every list,
    `+learned:<a>,<b>` (in LISTS order) for some, nothing for none."""
    if not lists:
        return ""
    if lists == frozenset(LISTS):
        return "+" + label
    return f"+{label}:" + ",".join(n for n in LISTS if n in lists)
