"""English rows of session 8's branch t8en: each construction with sentences written for it in other words and
other trades, and near misses it must leave alone. Rows as in offline_table: (role, text, expected labels,
expected due), meeting 2026-03-12 (Thursday)."""

from __future__ import annotations

import pytest

from offline_table import C, R, check_row

# ---- the rep closing the topic or the call ("I'll leave it there", "I'll leave you to it") owes no work; a thing
# left with the customer for a time, or with someone named, is a hand-over
CLOSINGS_EN = [
    (R, "Right, I won't push, I'll leave it at that for today.", set(), None),
    (R, "Okay folks, I'll leave you to your evening.", set(), None),
    (R, "No pressure at all, I'll leave that with you.", set(), None),
    (R, "We'll leave things there for now and pick it up after the audit.", set(), None),
    (R, "Cheers for your time, I'll leave things there so.", set(), None),
    # near misses: something physical left for a time, or with a named person
    (R, "I'll leave the demo tablet with you for the week.", {"rep"}, None),
    (R, "I'll leave the sample binder with Marta on Friday.", {"rep"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", CLOSINGS_EN, ids=[r[1][:32] for r in CLOSINGS_EN])
def test_en_rep_closing_is_no_task(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a definite share of the customer's money, or the whole of it given outright, is an amount: the donation or
# purchase asked with it is specific; "part of", "how much of", "any of" leave it open
SHARE_EN = [
    (R, "Could you donate a quarter of your earnings to the shelter?", {"ask:specific"}, None),
    (R, "Would you be willing to donate your whole payment from this survey to the flood appeal?", {"ask:specific"},
     None),
    (R, "How about donating 50% of your bonus to the hospice?", {"ask:specific"}, None),
    # near misses: the amount left open
    (R, "Would you be willing to donate part of your payment to the hospice?", {"ask:vague"}, None),
    (R, "Could you donate some of your earnings to the shelter?", {"ask:vague"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", SHARE_EN, ids=[r[1][:32] for r in SHARE_EN])
def test_en_share_of_payment_is_an_amount(role, text, expected, due):
    check_row(role, text, expected, due, language="en")
