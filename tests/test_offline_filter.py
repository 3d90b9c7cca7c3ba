"""The learned filter over the engine's findings (analyzer/extract/offline/learned.py `filter_findings`): how it
is switched on, what it reads, that it only ever drops, and that its shipped weights are small."""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.extract.offline import learned as L
from analyzer.extract.offline.engine import OfflineEngine
from analyzer.extract.offline.learned_model import LinearModel
from analyzer.models import Transcript, Turn

R, C = "rep", "customer"
RULES = OfflineEngine(learned=False, filter=False)
ALL = frozenset(L.LISTS)


def call(*turns: tuple[str, str], language: str = "en") -> Transcript:
    return Transcript(id="t", source="-", meeting_date=date(2026, 3, 12), language=language, turns=[
        Turn(index=i, speaker="Rep" if role == R else "Cust", text=text, role=role)
        for i, (role, text) in enumerate(turns)])


# A call where the rules find one item of each list: the ask, its acceptance (a dated customer action), praise.
CALL = call((R, "Your team has been great to work with."),
            (C, "Your dashboard looks really great, honestly."),
            (R, "Could you set up 30 minutes with your CFO next Tuesday?"),
            (C, "Sure, I'll set it up with her for Tuesday."))


def test_the_call_has_one_finding_per_list():
    found = RULES.extract(CALL)
    assert found.praise and found.customer_actions and found.asks


ENV_TABLE = [
    (None, frozenset(), ""),
    ("0", frozenset(), ""),
    ("1", ALL, "+filter"),
    ("praise", {"praise"}, "+filter:praise"),
    (" asks , customer_actions", {"asks", "customer_actions"}, "+filter:customer_actions,asks"),
]


@pytest.mark.parametrize("value,lists,suffix", ENV_TABLE)
def test_filter_env_is_read_per_list(value, lists, suffix, monkeypatch):
    monkeypatch.delenv("ANALYZER_LEARNED", raising=False)
    if value is None:
        monkeypatch.delenv("ANALYZER_FILTER", raising=False)
    else:
        monkeypatch.setenv("ANALYZER_FILTER", value)
    engine = OfflineEngine(learned=False)
    assert engine.filter == lists
    assert engine.version == RULES.version + suffix


def test_stage_and_filter_both_name_themselves_in_the_version(monkeypatch):
    monkeypatch.setenv("ANALYZER_LEARNED", "customer_actions")
    monkeypatch.setenv("ANALYZER_FILTER", "1")
    assert OfflineEngine().version == RULES.version + "+learned:customer_actions+filter"
    # An argument wins over the environment.
    assert OfflineEngine(learned=False, filter=["praise"]).version == RULES.version + "+filter:praise"


@pytest.mark.parametrize("value", ["2", "customer_action", "praise,rep_actions"])
def test_unknown_filter_names_are_refused(value, monkeypatch):
    monkeypatch.setenv("ANALYZER_FILTER", value)
    with pytest.raises(ValueError):
        OfflineEngine()
    with pytest.raises(ValueError):
        OfflineEngine(filter=value.split(","))


def _filtered(models: dict[str, LinearModel], lists=L.LISTS):
    found = RULES.extract(CALL)
    L.filter_findings(found, OfflineEngine._scan(CALL), CALL.kind, CALL.language, lists, models)
    return found


@pytest.mark.parametrize("name", L.LISTS)
def test_filter_drops_below_its_threshold_and_keeps_above(name):
    rules = RULES.extract(CALL)
    low = LinearModel(bias=-5.0, weights={}, threshold=0.5)
    high = LinearModel(bias=5.0, weights={}, threshold=0.5)
    dropped = _filtered({name: low})
    assert getattr(dropped, name) == []
    for other in L.LISTS:  # a list's filter touches that list only
        if other != name:
            assert getattr(dropped, other) == getattr(rules, other)
    assert _filtered({name: high}) == rules
    assert _filtered({name: low}, lists=[n for n in L.LISTS if n != name]) == rules  # off: not applied


def test_filter_reads_what_the_engine_knows():
    """The features of a finding carry its role, its place, the rep's ask before it, and the list's own
    attributes; a weight on one of them decides the finding."""
    found = RULES.extract(CALL)
    rows = L.finding_rows(found, OfflineEngine._scan(CALL), CALL.kind, CALL.language)
    feats = {name: f for name, _, f in rows}
    action, ask, praise = feats["customer_actions"], feats["asks"], feats["praise"]
    assert {"role:customer", "after_ask_spec", "dated", "accepts", "lang:en"} <= set(action)
    assert "type:meeting_with_decision_maker" in action
    assert {"role:rep", "specific", "response:accepted"} <= set(ask)
    assert "role:customer" in praise and "w:great" in praise and "after_ask_spec" not in praise
    # Undated actions are what this model drops: the dated one stays, so does everything else.
    model = LinearModel(bias=1.0, weights={"undated": -3.0}, threshold=0.5)
    assert _filtered({"customer_actions": model}).customer_actions == found.customer_actions
    model = LinearModel(bias=1.0, weights={"dated": -3.0}, threshold=0.5)
    assert _filtered({"customer_actions": model}).customer_actions == []


def test_filter_never_adds_or_changes_a_finding():
    found = _filtered(L.filter_models() or {n: LinearModel(bias=0.0, weights={}, threshold=0.5) for n in L.LISTS})
    rules = RULES.extract(CALL)
    for name in L.LISTS:
        assert all(item in getattr(rules, name) for item in getattr(found, name))


def test_filter_weights_are_small():
    sizes = [p.stat().st_size for p in L.FILTER_WEIGHTS.glob("*.json")]
    assert sum(sizes) < 1_000_000
    for model in L.filter_models().values():
        assert 0 <= model.threshold < 1 and model.weights
