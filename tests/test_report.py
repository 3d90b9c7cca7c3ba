"""Post-call reports (Markdown and text) built from hand-made Analyses: content, order, language, honesty."""

import re
from datetime import date

import pytest

from analyzer.models import (
    Analysis, Ask, CallInfo, CustomerAction, EngineInfo, Evidence, Flag, Participant, Praise, RepAction,
)  # fmt: skip
from analyzer.report import render
from analyzer.report.markdown import escape
from analyzer.report.sections import SECTION_ORDER, build
from analyzer.report.strings import STRINGS


def analysis(lang="en", **over) -> Analysis:
    fields = dict(
        call=CallInfo(
            id="acme-0314", source="calls/acme-0314.vtt", meeting_date=date(2026, 3, 12), language=lang,
            participants=[Participant(name="Anna Lee", role="rep"), Participant(name="Bob_Kane", role="customer")],
            turns=9, account="ACME-42",
        ),
        praise=[Praise(quote="your dashboard is *really* slick", speaker="Bob_Kane", turn=1, start="00:00:05.000")],
        customer_actions=[
            CustomerAction(
                quote="Sure, Tuesday works for us", speaker="Bob_Kane", turn=5, start="00:04:10.000",
                action="Technical review with the IT team", type="technical_review", due_text="next Tuesday",
                due_date=date(2026, 3, 17), proposal_quote="Could we do the technical review next Tuesday at 10?",
                proposal_turn=4,
            ),
            CustomerAction(
                quote="I'll take it to my boss early next month", speaker="Bob_Kane", turn=7, action="Report to the boss",
                type="internal_report", actor="joint", due_text="early next month", due_date=date(2026, 4, 1),
                due_end=date(2026, 4, 10), due_fuzzy=True,
            ),
        ],
        rep_actions=[RepAction(quote="I'll send the pricing sheet", speaker="Anna Lee", turn=6, action="Send pricing")],
        asks=[
            Ask(quote="Could we do the technical review next Tuesday at 10?", speaker="Anna Lee", turn=4, specific=True,
                response="accepted", response_quote="Sure, Tuesday works for us", response_turn=5),
            Ask(quote="Can we try it sometime?", speaker="Anna Lee", turn=2, specific=False, missing=["time", "who"],
                response="declined", response_quote="Not this quarter", response_turn=3),
        ],
        signals=[Evidence(quote="budget opens in April", speaker="Bob_Kane", turn=3)],
        no_specific_ask=False,
        outcome="advance",
        flags=[Flag(code="UNDATED_COMMITMENT", message="Commitment without a date ('x'). Pin it down.", turn=7)],
        engine=EngineInfo(name="offline", version="0.3"),
        warnings=["meeting date taken from the file name"],
    )
    fields.update(over)
    return Analysis(**fields)


def quotes_of(a: Analysis) -> set[str]:
    qs = {x.quote for group in (a.praise, a.customer_actions, a.rep_actions, a.asks, a.signals) for x in group}
    qs |= {c.proposal_quote for c in a.customer_actions if c.proposal_quote}
    qs |= {x.response_quote for x in a.asks if x.response_quote}
    return qs


@pytest.mark.parametrize("lang", ["en", "zh", "mixed"])
@pytest.mark.parametrize("fmt", ["md", "text"])
def test_report_has_every_quote_flag_and_header(fmt, lang):
    a = analysis(lang)
    out = render(a, fmt)
    show = escape if fmt == "md" else (lambda s: s)
    for q in quotes_of(a):
        assert show(q) in out, q
    for f in a.flags:
        assert f.code in out and show(f.message) in out
    for must in ("acme-0314", "2026-03-12", "offline 0.3", "ACME-42", show("Bob_Kane"), "Anna Lee"):
        assert must in out
    assert "2026-03-17" in out and "2026-04-01" in out and "2026-04-10" in out  # due date and the fuzzy range
    assert "meeting date taken from the file name" in out


def test_turn_and_timestamp_next_to_the_quote():
    out = render(analysis(), "text")
    line = next(l for l in out.splitlines() if "“Sure, Tuesday works for us”" in l and "answer" not in l)
    assert "Bob_Kane" in line and "turn 5" in line and "00:04:10.000" in line


def test_every_quoted_span_comes_from_the_analysis():
    """The report never prints a quote that is not in the Analysis (due phrases are the Analysis' too)."""
    a = analysis()
    allowed = quotes_of(a) | {c.due_text for c in a.customer_actions}
    spans = re.findall(r"“(.*?)”", render(a, "text"))
    assert spans and set(spans) <= allowed


@pytest.mark.parametrize("lang, heading", [("zh", "客户行动承诺"), ("en", "Customer commitments"), ("mixed", "Customer commitments")])
def test_headings_follow_the_call_language(lang, heading):
    assert heading in render(analysis(lang), "md")


def test_both_formats_share_one_section_order():
    a = analysis()
    titles = [STRINGS["en"][k] for k in SECTION_ORDER]
    for fmt in ("md", "text"):
        out = render(a, fmt)
        positions = [out.index(t) for t in titles]
        assert positions == sorted(positions), fmt


def test_both_string_tables_have_the_same_keys():
    assert STRINGS["en"].keys() == STRINGS["zh"].keys()


def test_empty_findings_are_said_not_left_blank():
    a = analysis(praise=[], customer_actions=[], rep_actions=[], asks=[], signals=[], flags=[], warnings=[],
                 outcome="continuation", no_specific_ask=True)
    out = render(a, "text")
    assert out.count("None.") == 4  # commitments, praise, rep tasks, asks
    assert "No flags." in out and "Continuation" in out and "No specific ask" in out
    assert "Warnings" not in out and "Buying signals" not in out


@pytest.mark.parametrize(
    "asks, flags, expected",
    [
        # a later ask after the decline: the rep lowered the ask
        (None, [], "lowered the ask (turn 4)"),
        # no later ask and no flag: assess only omits DECLINED_NOT_PROBED when the rep probed
        ("only_declined", [], "probed the reason"),
        ("only_declined", [Flag(code="DECLINED_NOT_PROBED", message="m", turn=2)], "neither probed the reason nor lowered"),
    ],
)
def test_report_says_what_followed_a_decline(asks, flags, expected):
    a = analysis()
    if asks == "only_declined":
        a = a.model_copy(update={"asks": [x for x in a.asks if x.response == "declined"]})
    a = a.model_copy(update={"flags": flags})
    assert expected in render(a, "text")


def test_outcome_explained_in_rackham_terms():
    out = render(analysis(outcome="no_sale"), "md")
    assert "**No-sale** — the customer declined." in out


def test_markdown_escapes_speaker_words():
    out = render(analysis(), "md")
    assert "*really*" not in out and r"\*really\*" in out


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        render(analysis(), "pdf")


def test_report_model_carries_quotes_for_other_layouts():
    report = build(analysis())
    commitments = next(s for s in report.sections if s.key == "customer_actions")
    assert commitments.entries[0].quotes[0].text == "Sure, Tuesday works for us"
