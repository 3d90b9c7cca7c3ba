"""The learned recall stage (analyzer/extract/offline/learned.py): what it adds behind the rules, what the
engine's filters still stop, that its gate loses nothing, and that the run time stays pure Python."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from analyzer.extract.offline import learned as L
from analyzer.extract.offline.engine import OfflineEngine
from analyzer.extract.offline.learned_model import LinearModel, text_features
from analyzer.models import Transcript, Turn

R, C = "rep", "customer"
RULES = OfflineEngine(learned=False)
LEARNED = OfflineEngine(learned=True)


def call(*turns: tuple[str, str]) -> Transcript:
    return Transcript(id="t", source="-", meeting_date=date(2026, 3, 12), language="en", turns=[
        Turn(index=i, speaker="Rep" if role == R else "Cust", text=text, role=role)
        for i, (role, text) in enumerate(turns)])


def quotes(findings, name: str) -> list[str]:
    return [item.quote for item in getattr(findings, name)]


# Findings the model makes when the rule for that list finds nothing: (turns, list, quote, due phrase). The
# rule is switched off (RULE_OFF) rather than relying on a wording today's lexicons happen not to know: the
# lexicons keep learning, and this tests the stage, not their gaps.
RULE_OFF = {
    "praise": ("analyzer.extract.offline.clauses.is_praise", lambda *a, **k: False),
    "customer_actions": ("analyzer.extract.offline.clauses.commitment", lambda *a, **k: None),
    "asks": ("analyzer.extract.offline.dialogue.Dialogue._rep_turn", lambda self, v: []),
}
ADDED = [
    ([(R, "That's the tracking page."), (C, "Your tracking page does look a lot slicker than our carrier's")],
     "praise", "Your tracking page does look a lot slicker than our carrier's", None),
    ([(R, "Here's the demo."), (C, "I'll bring him to your Leeds demo room on Monday the 16th")],
     "customer_actions", "I'll bring him to your Leeds demo room on Monday the 16th", "Monday the 16th"),
    ([(C, "我们现在用纸质单据。"), (R, "您看能不能下周就让我们去仓库试装一台"), (C, "好的，没问题。")],
     "asks", "您看能不能下周就让我们去仓库试装一台", None),
]


@pytest.mark.parametrize("turns,name,quote,due", ADDED)
def test_adds_what_the_rules_miss(turns, name, quote, due, monkeypatch):
    monkeypatch.setattr(*RULE_OFF[name])
    t = call(*turns)
    assert quote not in quotes(RULES.extract(t), name)
    found = LEARNED.extract(t)
    assert quote in quotes(found, name)
    item = next(i for i in getattr(found, name) if i.quote == quote)
    assert item.turn == 1 and quote in t.turns[1].text  # verbatim, cited turn
    if name == "customer_actions":
        assert item.due_text == due and item.actor == "customer" and item.type
    if name == "asks":
        # Made by the dialogue's own _make_ask (specific exactly when nothing is missing) and answered by its
        # _link: the customer's yes in the next turn is its response.
        assert item.specific == (item.missing == []) and (item.response, item.response_turn) == ("accepted", 2)


# The same wordings negated, hypothetical or past: the engine's filters stop them whatever the model says.
BLOCKED = [
    ([(R, "That's the tracking page."), (C, "Your tracking page doesn't look a lot slicker than our carrier's")],
     "praise", True),
    ([(R, "That's the tracking page."), (C, "If your tracking page does look a lot slicker than our carrier's, fine")],
     "praise", False),
    ([(R, "Here's the demo."), (C, "I won't bring him to your Leeds demo room on Monday the 16th")],
     "customer_actions", False),
    ([(R, "Here's the demo."), (C, "If I bring him to your Leeds demo room on Monday the 16th, what do we see?")],
     "customer_actions", False),
    ([(C, "我们现在用纸质单据。"), (R, "上周我们已经去仓库试装过一台了")], "asks", False),
]


@pytest.mark.parametrize("turns,name,model_fires", BLOCKED)
def test_filters_still_apply(turns, name, model_fires):
    t = call(*turns)
    assert quotes(LEARNED.extract(t), name) == quotes(RULES.extract(t), name) == []
    if model_fires:
        # The model alone would add it: the filter (negation), not a low score, is what stops it.
        cands = [c for c in L.candidates(OfflineEngine._scan(t), RULES.extract(t)) if c.list == name]
        model = L.models()[name]
        assert any(model.probability(c.features) >= model.threshold and c.blocked for c in cands)


def test_rules_findings_win():
    """What the rules found stays as they found it, and nothing is found twice."""
    t = call((R, "下周二我们带工程师过来演示，您看行吗？"), (C, "行，我们一起在仓库那边看"),
             (R, "That's the tracking page."), (C, "Your tracking page does look a lot slicker than our carrier's"))
    rules, learned = RULES.extract(t), LEARNED.extract(t)
    for name in L.LISTS:
        assert all(item in getattr(learned, name) for item in getattr(rules, name))
        assert len(set(quotes(learned, name))) == len(quotes(learned, name))
    # Whether today's rules know this wording or the model finds it, it is one finding, not two.
    assert quotes(learned, "praise").count("Your tracking page does look a lot slicker than our carrier's") == 1


def test_nothing_added_when_roles_are_guessed(monkeypatch):
    """Unknown speakers: the rules take commitments only from answers to proposals; the model adds nothing."""
    monkeypatch.setattr(*RULE_OFF["praise"])
    turns = [("unknown", "That's the tracking page."),
             ("unknown", "Your tracking page does look a lot slicker than our carrier's")]
    t = call(*turns)
    known = call((R, turns[0][1]), (C, turns[1][1]))
    assert quotes(LEARNED.extract(known), "praise")  # with roles known, the model finds it
    found = LEARNED.extract(t)
    assert found.praise == found.customer_actions == found.asks == []


def test_gate_loses_nothing(monkeypatch):
    """The turn gate is an upper bound: with it or without it the stage adds exactly the same findings."""
    from analyzer.evaluation.dataset import load_cases

    cases = load_cases(None, "dev").cases[::4]
    # Every list on, and one list on (its gate is built over its own weights only).
    engines = (LEARNED, OfflineEngine(learned=["customer_actions"]))
    gated = [[e.extract(c.transcript) for c in cases] for e in engines]
    monkeypatch.setattr(L, "gates", lambda *lists: None)
    ungated = [[e.extract(c.transcript) for c in cases] for e in engines]
    assert gated == ungated


def test_segmentation_cuts_no_word_the_gate_reads():
    """What the gate's turn-level bound rests on: a clause's words (runs from a letter or digit) are words
    of its turn too; segmentation never cuts inside one. Checked on every dev turn."""
    from analyzer.evaluation.dataset import load_cases

    for case in load_cases(None, "dev").cases:
        for v in OfflineEngine._scan(case.transcript):
            turn_words = set(L._RUN.findall(L._ascii_lower(v.text)))
            for sentence in v.sentences:
                for c in sentence.clauses:
                    assert set(L._RUN.findall(L._ascii_lower(v.text[c.start:c.end]))) <= turn_words, (case.id, c)


def test_gate_bound_is_an_upper_bound():
    """Every clause the gate rules out scores below the threshold (the bound is exact in the safe
    direction), on every dialogue dev case; and it rules out most clauses (it is worth running)."""
    from analyzer.evaluation.dataset import load_cases
    from analyzer.extract.offline.learned_model import Context, clause_features

    gate, shipped = L.gates(), L.models()
    ruled_out = total = 0
    for case in load_cases(None, "dev").cases:
        if case.transcript.kind == "notes":
            continue
        views = OfflineEngine._scan(case.transcript)
        for v in views:
            lists = [n for n in L.LISTS if L.ROLE[n] == v.role]
            if not lists or v.inferred:
                continue
            for recent, late in (([], False), ([True], True), ([False], False)):
                live = gate.live(v, lists, recent, late)
                clauses = [c for s in v.sentences for c in s.clauses]
                for k, c in enumerate(clauses):
                    feats = clause_features(v, c, Context(bool(recent), any(recent), k, late))
                    for n in lists:
                        total += 1
                        if n not in live or not live[n][k]:
                            ruled_out += 1
                            assert shipped[n].probability(feats) < shipped[n].threshold, (case.id, c.text, n)
    assert ruled_out > total / 2


def test_default_engine_is_the_rules_alone(monkeypatch):
    monkeypatch.delenv("ANALYZER_LEARNED", raising=False)
    assert OfflineEngine().learned == frozenset() and OfflineEngine().version == RULES.version
    monkeypatch.setenv("ANALYZER_LEARNED", "1")
    assert OfflineEngine().learned == set(L.LISTS) and OfflineEngine().version == RULES.version + "+learned"


ALL = frozenset(L.LISTS)
# ANALYZER_LEARNED as written -> the lists whose stage runs, and the engine version's suffix.
ENV_TABLE = [
    (None, frozenset(), ""),
    ("", frozenset(), ""),
    ("0", frozenset(), ""),
    (" 0 ", frozenset(), ""),
    ("1", ALL, "+learned"),
    ("customer_actions", {"customer_actions"}, "+learned:customer_actions"),
    ("praise", {"praise"}, "+learned:praise"),
    ("asks", {"asks"}, "+learned:asks"),
    ("asks,customer_actions", {"asks", "customer_actions"}, "+learned:customer_actions,asks"),
    (" customer_actions , praise ,", {"praise", "customer_actions"}, "+learned:praise,customer_actions"),
    ("asks,praise,customer_actions", ALL, "+learned"),
]


@pytest.mark.parametrize("value,lists,suffix", ENV_TABLE)
def test_learned_env_is_read_per_list(value, lists, suffix, monkeypatch):
    if value is None:
        monkeypatch.delenv("ANALYZER_LEARNED", raising=False)
    else:
        monkeypatch.setenv("ANALYZER_LEARNED", value)
    engine = OfflineEngine()
    assert engine.learned == lists
    assert engine.version == RULES.version + suffix


@pytest.mark.parametrize("arg,lists", [
    (True, ALL), (False, frozenset()), (("customer_actions",), {"customer_actions"}),
    (["praise", "asks"], {"praise", "asks"}), (set(), frozenset()), (L.LISTS, ALL)])
def test_learned_argument_is_a_bool_or_list_names(arg, lists, monkeypatch):
    monkeypatch.setenv("ANALYZER_LEARNED", "1")  # an argument wins over the environment
    assert OfflineEngine(learned=arg).learned == lists


@pytest.mark.parametrize("value", ["2", "yes", "customer_action", "praise,rep_actions"])
def test_unknown_learned_names_are_refused(value, monkeypatch):
    monkeypatch.setenv("ANALYZER_LEARNED", value)
    with pytest.raises(ValueError):
        OfflineEngine()
    with pytest.raises(ValueError):
        OfflineEngine(learned=value.split(","))


@pytest.mark.parametrize("name", L.LISTS)
def test_one_list_on_adds_to_that_list_only(name, monkeypatch):
    """With one list's stage on, the example the model finds for it is added and nothing else changes."""
    turns, listed, quote, _ = next(a for a in ADDED if a[1] == name)
    monkeypatch.setattr(*RULE_OFF[name])
    t = call(*turns)
    rules = RULES.extract(t)
    only = OfflineEngine(learned=[name]).extract(t)
    assert quote in quotes(only, name)
    for other in L.LISTS:
        if other == name:
            continue
        new = [i for i in getattr(only, other) if i not in getattr(rules, other)]
        # An added ask the customer accepts makes the rules' acceptance action: the one change it may bring.
        assert all(name == "asks" and other == "customer_actions" and i.proposal_quote == quote for i in new)
        assert all(i in getattr(only, other) for i in getattr(rules, other))
    others = OfflineEngine(learned=[n for n in L.LISTS if n != name]).extract(t)
    assert quote not in quotes(others, name)


def test_weights_are_small_and_complete():
    sizes = [p.stat().st_size for p in L.WEIGHTS.glob("*.json")]
    assert len(sizes) == len(L.LISTS) and sum(sizes) < 2_000_000
    for model in L.models().values():
        assert 0 < model.threshold < 1 and model.weights


def test_linear_model_is_a_dot_product():
    m = LinearModel(bias=-1.0, weights={"w:great": 2.0, "c:不错": 1.5}, threshold=0.5)
    assert m.score(["w:great", "w:great", "w:other"]) == pytest.approx(1.0)  # binary: repeats count once
    assert m.probability(text_features("Great, really great")) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    assert LinearModel.from_json(m.to_json()) == m


def test_run_time_imports_no_training_library():
    code = ("import sys; from analyzer.extract.offline.engine import OfflineEngine; "
            "from analyzer.ingest import load; "
            "t = load('x.txt', data='Rep: Could we pilot it Monday?\\nCustomer: Sure.'.encode()); "
            "OfflineEngine(learned=True).extract(t); "
            "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
