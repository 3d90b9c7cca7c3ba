"""Outcome and flags are pure functions of the findings: table-tested here, engine-independent."""

from datetime import date

import pytest

from analyzer.assess import assess
from analyzer.extract.grounding import ground
from analyzer.models import Ask, CustomerAction, Evidence, Findings, Praise, Transcript, Turn

TURNS = [
    Turn(index=0, speaker="Rep", role="rep", text="Could we run the pilot with your team next Tuesday?"),
    Turn(index=1, speaker="Ann", role="customer", text="Your product is great. No, not this quarter."),
    Turn(index=2, speaker="Rep", role="rep", text="Is there some concern I haven't addressed?"),
    Turn(index=3, speaker="Ann", role="customer", text="Sure, I'll sign the order form by Friday."),
]


def transcript(lang="en", turns=TURNS, kind="dialogue", participants=None):
    return Transcript(
        id="t", source="t.txt", meeting_date=date(2026, 3, 12), language=lang, turns=turns, kind=kind,
        participants=participants or [],
    )


def ask(turn=0, specific=True, response="none", response_turn=None):
    return Ask(quote="Could we run the pilot", speaker="Rep", turn=turn, specific=specific,
               response=response, response_turn=response_turn)


def action(type_="trial", due=date(2026, 3, 17)):
    return CustomerAction(quote="I'll sign", speaker="Ann", turn=3, action="sign", type=type_, due_date=due)


praise = Praise(quote="Your product is great", speaker="Ann", turn=1)


@pytest.mark.parametrize(
    "findings, outcome",
    [
        (Findings(), "continuation"),
        (Findings(praise=[praise]), "continuation"),
        (Findings(customer_actions=[action("trial")]), "advance"),
        (Findings(customer_actions=[action("trial"), action("sign")]), "order"),
        (Findings(asks=[ask(response="declined")]), "no_sale"),
        (Findings(declines=[Evidence(quote="No", speaker="Ann", turn=1)]), "no_sale"),
        (Findings(asks=[ask(response="declined"), ask(turn=2, response="deferred")]), "continuation"),
        (Findings(asks=[ask(response="declined")], customer_actions=[action()]), "advance"),
    ],
)
def test_outcome(findings, outcome):
    assert assess(findings, transcript()).outcome == outcome


@pytest.mark.parametrize(
    "findings, codes, no_specific",
    [
        (Findings(), {"NO_ASK"}, True),
        (Findings(asks=[ask(specific=False)]), {"VAGUE_ASK_ONLY"}, True),
        (Findings(asks=[ask(specific=False), ask(turn=2)]), set(), False),
        (Findings(asks=[ask()], praise=[praise]), {"PRAISE_WITHOUT_ACTION"}, False),
        (Findings(asks=[ask()], praise=[praise], customer_actions=[action()]), set(), False),
        (Findings(asks=[ask()], customer_actions=[action(due=None)]), {"UNDATED_COMMITMENT"}, False),
        (Findings(asks=[ask(response="declined", response_turn=1)]), {"DECLINED_NOT_PROBED"}, False),
        (
            Findings(asks=[ask(response="declined", response_turn=1)],
                     probes=[Evidence(quote="Is there some concern", speaker="Rep", turn=2)]),
            set(), False,
        ),
        (Findings(asks=[ask(response="declined", response_turn=1), ask(turn=2, specific=False)]), set(), False),
        (
            Findings(asks=[ask(turn=0)], signals=[Evidence(quote="not this quarter", speaker="Ann", turn=1)]),
            {"MISSED_SIGNAL"}, False,
        ),
    ],
)
def test_flags(findings, codes, no_specific):
    verdict = assess(findings, transcript())
    assert {f.code for f in verdict.flags} == codes
    assert verdict.no_specific_ask is no_specific


def test_flag_messages_follow_the_call_language_and_quote_the_evidence():
    zh = assess(Findings(praise=[praise]), transcript(lang="zh")).flags
    en = assess(Findings(praise=[praise]), transcript(lang="en")).flags
    assert any("行动承诺" in f.message for f in zh if f.code == "NO_ASK")
    assert any("Your product is great" in f.message for f in en if f.code == "PRAISE_WITHOUT_ACTION")


def test_grounding_drops_quotes_not_in_the_cited_turn_and_keeps_the_rest():
    findings = Findings(
        praise=[praise, Praise(quote="Your product is great", speaker="Ann", turn=0)],  # wrong turn
        customer_actions=[
            action(),
            CustomerAction(quote="I will sign today", speaker="Ann", turn=3, action="x"),  # paraphrase
            CustomerAction(quote="Sure", speaker="x", turn=3, action="x", proposal_quote="made up", proposal_turn=0),
        ],
        asks=[ask(response="declined", response_turn=1).model_copy(update={"response_quote": "Yes!"})],
    )
    grounded, dropped = ground(findings, transcript())
    assert dropped == 2
    assert [p.turn for p in grounded.praise] == [1]
    assert [a.quote for a in grounded.customer_actions] == ["I'll sign", "Sure"]
    accepted = grounded.customer_actions[1]
    assert accepted.speaker == "Ann" and accepted.proposal_quote is None  # speaker comes from the transcript
    assert grounded.asks[0].response_quote is None
