"""Corpus converters on tiny files in each corpus's own layout (written here, so the test needs no shared/)."""

from __future__ import annotations

import json

import pytest

from analyzer.evaluation import corpus
from analyzer.evaluation.dataset import load_cases
from analyzer.evaluation.gold import Gold


@pytest.fixture
def root(tmp_path, monkeypatch):
    (tmp_path / "persuasionforgood" / "FullData").mkdir(parents=True)
    (tmp_path / "persuasionforgood" / "AnnotatedData").mkdir(parents=True)
    (tmp_path / "persuasionforgood" / "FullData" / "full_dialog.csv").write_text(
        ",Unit,Turn,B4,B2\n"
        "0,Hello. How are you? ,0,0,d1\n"
        "1,\"Fine, thanks.\",0,1,d1\n"
        "2,Would you donate $1?,1,0,d1\n"
        "3,\"Sure, I'll give $1.\",1,1,d1\n"
        "4,Other dialogue,0,0,d2\n",
        encoding="utf-8",
    )
    (tmp_path / "persuasionforgood" / "AnnotatedData" / "300_dialog.csv").write_text(
        ",B2,B4,Turn,Unit,er_label_1\n"
        "0,d1,0,0,Hello.,greeting\n"
        "1,d1,0,0,How are you?,greeting\n"
        "2,d1,1,0,\"Fine, thanks.\",\n",
        encoding="utf-8",
    )
    (tmp_path / "craigslistbargain_sample").mkdir()
    (tmp_path / "craigslistbargain_sample" / "c.json").write_text(json.dumps([{
        "uuid": "C_1",
        "scenario": {"kbs": [{"personal": {"Role": "buyer"}}, {"personal": {"Role": "seller"}}]},
        "events": [
            {"action": "message", "agent": 0, "data": "Can you do $5? ", "time": "100.0"},
            {"action": "message", "agent": 1, "data": "7, and it's yours.", "time": "165.5"},
            {"action": "offer", "agent": 0, "data": {"price": 7.0}, "time": "170"},
            {"action": "accept", "agent": 1, "data": None, "time": "3790"},
        ],
    }]), encoding="utf-8")
    (tmp_path / "mobilecs_seretod").mkdir()
    (tmp_path / "mobilecs_seretod" / "example.json").write_text(json.dumps([{
        "id": "m1",
        "content": [
            {"[SPEAKER 1]": "您好很高兴为您服务", "[SPEAKER 2]": "我想办个流量包", "客服意图": "问候"},
            {"[SPEAKER 1]": "好的_给您办了", "[SPEAKER 2]": ""},
        ],
    }], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "mg_shopdial").mkdir()
    (tmp_path / "mg_shopdial" / "MGShopDial.json").write_text(json.dumps([{
        "id": "Books:1:2:3",
        "utterances": [
            {"participant": "Wizard", "utterance": "How can I help?"},
            {"participant": "Client", "utterance": "I would like to order this then"},
        ],
    }]), encoding="utf-8")
    monkeypatch.setenv("ANALYZER_CORPUS_DIR", str(tmp_path))
    return tmp_path


def texts(*args):
    return [(s, t, start) for s, t, start in corpus.utterances(*args)]


def test_persuasionforgood_one_turn_per_message(root):
    assert texts("persuasionforgood", "FullData/full_dialog.csv", "d1") == [
        ("Persuader", "Hello. How are you?", None),
        ("Persuadee", "Fine, thanks.", None),
        ("Persuader", "Would you donate $1?", None),
        ("Persuadee", "Sure, I'll give $1.", None),
    ]
    # The annotated file splits messages into sentence rows: one message's rows are one turn.
    assert texts("persuasionforgood", "AnnotatedData/300_dialog.csv", "d1") == [
        ("Persuader", "Hello. How are you?", None),
        ("Persuadee", "Fine, thanks.", None),
    ]


def test_craigslist_roles_from_the_scenario_and_events_as_turns(root):
    assert texts("craigslistbargain_sample", "c.json", "C_1") == [
        ("Buyer", "Can you do $5?", "00:00:00"),
        ("Seller", "7, and it's yours.", "00:01:05"),
        ("Buyer", "(offer: $7)", "00:01:10"),
        ("Seller", "(accepts the offer)", "01:01:30"),
    ]


def test_mobilecs_pairs_and_empty_sides(root):
    assert texts("mobilecs_seretod", "example.json", "m1") == [
        ("客服", "您好很高兴为您服务", None),
        ("用户", "我想办个流量包", None),
        ("客服", "好的_给您办了", None),
    ]


def test_mg_shopdial(root):
    assert texts("mg_shopdial", "MGShopDial.json", "Books:1:2:3")[1] == ("Client", "I would like to order this then", None)


def _gold(**kw):
    base = {
        "id": "en-x", "split": "dev", "language": "en", "format": "corpus", "meeting_date": "2023-01-10",
        "reps": ["Wizard"], "source": {"corpus": "mg_shopdial", "file": "MGShopDial.json",
                                       "dialogue_id": "Books:1:2:3", "licence": "none stated"},
        "customer_actions": [{"quote": "I would like to order this then", "due": None, "type": "sign",
                              "actor": "customer"}],
        "no_specific_ask": True, "outcome": "order",
    }
    return base | kw


def test_transcript_roles_come_from_gold_reps(root):
    t = corpus.to_transcript(Gold.model_validate(_gold()))
    assert [(x.speaker, x.role) for x in t.turns] == [("Wizard", "rep"), ("Client", "customer")]
    assert t.id == "en-x" and t.meeting_date.isoformat() == "2023-01-10" and t.language == "en"
    assert {p.name: p.role for p in t.participants} == {"Wizard": "rep", "Client": "customer"}


@pytest.mark.parametrize(
    "source, reason",
    [
        ({"corpus": "mg_shopdial", "file": "MGShopDial.json", "dialogue_id": "nope"}, "dialogue 'nope' not in"),
        ({"corpus": "persuasionforgood", "file": "FullData/missing.csv", "dialogue_id": "d1"}, "not found"),
    ],
)
def test_missing_corpus_pieces_skip_the_case_with_a_notice(root, tmp_path_factory, source, reason):
    cases = tmp_path_factory.mktemp("cases")
    (cases / "dev" / "en-x").mkdir(parents=True)
    gold = _gold(source={**source, "licence": "x"}, customer_actions=[], outcome="continuation")
    (cases / "dev" / "en-x" / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    loaded = load_cases(cases, "dev")
    assert loaded.cases == [] and loaded.errors == []
    assert len(loaded.notices) == 1 and reason in loaded.notices[0] and loaded.notices[0].startswith("en-x:")


def test_absent_corpus_folder_is_a_notice(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYZER_CORPUS_DIR", str(tmp_path / "nowhere"))
    cases = tmp_path / "cases"
    (cases / "dev" / "en-x").mkdir(parents=True)
    (cases / "dev" / "en-x" / "gold.json").write_text(json.dumps(_gold()), encoding="utf-8")
    loaded = load_cases(cases, "dev")
    assert loaded.cases == [] and loaded.errors == [] and "skipped, corpus absent" in loaded.notices[0]


def test_a_quote_not_in_the_dialogue_is_a_one_line_error(root, tmp_path):
    cases = tmp_path / "cases"
    (cases / "dev" / "en-x").mkdir(parents=True)
    gold = _gold(praise=[{"quote": "lovely shop"}])
    (cases / "dev" / "en-x" / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    loaded = load_cases(cases, "dev")
    assert loaded.cases == [] and len(loaded.errors) == 1
    assert "praise quote 'lovely shop' is in no turn" in loaded.errors[0] and "\n" not in loaded.errors[0]
