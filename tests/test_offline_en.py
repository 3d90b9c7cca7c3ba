"""English phenomenon table for the offline engine: one short realistic utterance per row.

Row format and label vocabulary: see tests/offline_table.py.
"""

from __future__ import annotations

import pytest
from offline_table import C, R, check_row

ROWS = [
    # ---- praise
    (C, "Your onboarding looks great", {"praise"}, None),
    (C, "Your support team has been really responsive", {"praise"}, None),
    (C, "That dashboard is exactly what our ops team has been missing", {"praise"}, None),
    (C, "Honestly, I love the reporting module", {"praise"}, None),
    (C, "The mobile approval screen is really clean", {"praise"}, None),
    (C, "Your field app is a lot simpler than the one we tried last year", {"praise"}, None),
    (C, "I'm impressed with how fast you turned that around", {"praise"}, None),
    (C, "Save the Children does really good work", {"praise"}, None),
    (C, "The voice prompts are a lifesaver for the new temps", {"praise"}, None),
    (C, "Your people on site are sharp and quick", {"praise"}, None),
    # manner praise and idioms of competence
    (C, "You explained it really clearly", {"praise"}, None),
    (C, "You kept false positives really low", {"praise"}, None),
    (C, "Your guys really know their stuff", {"praise"}, None),
    (C, "You priced it pretty high", set(), None),
    (C, "We kept our own costs really low", set(), None),
    (C, "You don't explain it very clearly", set(), None),
    # litotes closing the clause; held up in use; better than what we have; "that's really clean"
    (C, "Honestly, not bad at all", {"praise"}, None),
    (C, "Not half bad, that dashboard.", {"praise"}, None),
    (C, "The units we trialed held up fine in the freezer aisle", {"praise"}, None),
    (C, "The redline compare is better than what we have now", {"praise"}, None),
    (C, "That's really clean", {"praise"}, None),
    (C, "You guys clearly did your homework on our process", {"praise"}, None),
    (C, "Things are not bad for us this quarter", set(), None),
    (C, "That's not too bad a price", set(), None),
    (C, "It's really expensive", set(), None),
    (C, "Our team did their homework before this call", set(), None),
    # a comparison in the offering's favour with what the customer has
    (C, "Your intake form is a lot quicker than ours", {"praise"}, None),
    (C, "The scheduling view looks far more modern than what we use", {"praise"}, None),
    (C, "Honestly the label printing is much smarter than our current setup", {"praise"}, None),
    (C, "Your license is a lot more expensive than ours", set(), None),
    (C, "Our warehouse is bigger than the one in Reno", set(), None),
    # what the customer has been asking for; a superlative against the speaker's experience; striking results
    (C, "That's exactly the feature our planners have been waiting for", {"praise"}, None),
    (C, "This is what my dispatchers have been begging for", {"praise"}, None),
    (C, "Your reconciliation module is the most thorough one we've tested", {"praise"}, None),
    (C, "The reduction in failed deliveries was striking", {"praise"}, None),
    (C, "What we've been asking for is a lower price", set(), None),
    (C, "That's the highest price we've seen", set(), None),
    # ---- not praise
    (C, "OK", set(), None),
    (C, "Got it, thanks", set(), None),
    (C, "Thanks for coming out today", set(), None),
    (C, "Our own process works pretty well already", set(), None),
    (C, "Is it really that much faster?", set(), None),
    (C, "I'm not saying the product is bad", set(), None),
    (R, "Our platform is the best in the market", set(), None),
    (C, "Nice to meet you too", set(), None),
    (C, "Good question", set(), None),
    (C, "Tuesday is good for me", set(), None),
    # ---- customer actions
    # impersonal and passive: a deal document of the customer's that will move
    (C, "The PO should go out Monday", {"action:sign"}, "2026-03-16"),
    (C, "The contract will be signed by Friday", {"action:sign"}, "2026-03-13"),
    (C, "Payment will be wired tomorrow", {"action:sign"}, "2026-03-13"),
    (C, "The PO should have gone out last week", set(), None),
    (C, "The contract won't be signed this quarter", set(), None),
    (C, "The order should arrive Monday", set(), None),
    # anything sent to the vendor; a run for a period; an item put on a meeting
    (C, "We'll run it in the Jersey warehouse for a month starting Monday", {"action:trial"}, None),
    (C, "I'll shoot you the billing details tomorrow", {"action:send_information"}, "2026-03-13"),
    (C, "I'll forward those to you on Friday", {"action:send_information"}, "2026-03-13"),
    (C, "Next Tuesday I'll bring it up at the ops review", {"action:internal_report"}, "2026-03-17"),
    (C, "We ran it for a month last year", set(), None),
    (C, "We have a staff meeting Thursday", set(), None),
    (C, "I can't send you the logs", set(), None),
    (C, "We use it for a few days every quarter", set(), None),
    (C, "I'll set up 30 minutes with our CFO next Tuesday", {"action:meeting_with_decision_maker"}, "2026-03-17"),
    (C, "I'll put it on the agenda for our ops review", {"action:internal_report"}, None),
    (C, "Let me send you our current shipment volumes by the end of the week", {"action:send_information"},
     "2026-03-13"),
    (C, "I'll donate $0.50", {"action:sign"}, None),
    (C, "We'll sign the order form today", {"action:sign"}, "2026-03-12"),
    (C, "I'll run it by my boss on Monday", {"action:internal_report"}, "2026-03-16"),
    (C, "We're going to start the pilot on April 1st", {"action:trial"}, "2026-04-01"),
    (C, "I'll have our IT team do the security review next week", {"action:technical_review"},
     ("2026-03-16", "2026-03-22")),
    (C, "I'll submit the capital request by the end of Q2", {"action:budget"}, "2026-06-30"),
    (C, "We'll send the redlines back to procurement by Friday", {"action:procurement_step"}, "2026-03-13"),
    (C, "Let's visit your Dallas plant together next Thursday", {"action:site_visit", "joint"}, "2026-03-19"),
    (C, "I'll get you a sandbox login with a restricted role by Tuesday", {"action:send_information"},
     "2026-03-17"),
    (C, "I'll pull the late fee report for you", {"action:send_information"}, None),
    (C, "We can join the requirements workshop on Wednesday", {"action:requirements"}, "2026-03-18"),
    (C, "I'll introduce you to our VP of operations tomorrow", {"action:meeting_with_decision_maker"},
     "2026-03-13"),
    (C, "I'll get Carol from IT to review the integration spec this week", {"action:technical_review"}, None),
    # ---- not customer actions
    (C, "We'll think about it", set(), None),
    (C, "Let me get back to you", set(), None),
    (C, "If we ran a pilot, how would it work?", set(), None),
    (C, "We can't commit to a POC this quarter", set(), None),
    (C, "We already sent the specs to procurement last month", set(), None),
    (C, "We'll look into it", set(), None),
    (C, "Can we get a trial account?", set(), None),
    (C, "We usually go through a formal tender", set(), None),
    (C, "Sure", set(), None),
    (C, "Maybe we'll try the pilot in the spring", set(), None),
    (C, "Our budget for Q3 was just approved", {"signal"}, None),
    (C, "Our CFO is really interested in the forecasting piece", {"signal"}, None),
    (C, "We have money left in this year's budget that we need to spend by December", {"signal"}, None),
    (C, "Leadership wants this live before Q4", {"signal"}, None),
    (C, "We don't have any budget for this", set(), None),
    (C, "Let me check with my boss", set(), None),
    (C, "My CFO signed off on the Reno budget on Monday", set(), None),
    (C, "We have an FDA inspection the week of May 4th", set(), None),
    (C, "I'll want to see the sandbox bills before the 8th", set(), None),
    (C, "Let me set up a call with our CTO for Thursday", {"action:meeting_with_decision_maker"}, "2026-03-19"),
    (C, "I'll get the signed MSA back to you by Friday", {"action:sign"}, "2026-03-13"),
    (C, "I can have my team pull the last six months of ticket data by Wednesday", {"action:send_information"},
     "2026-03-18"),
    (C, "We'll put it in front of the steering committee on the 24th", {"action:internal_report"}, "2026-03-24"),
    (C, "I'll submit the capital request for next year by the end of Q2", {"action:budget"}, "2026-06-30"),
    (C, "purchasing will issue the PO by the end of the week", {"action:sign"}, "2026-03-13"),
    (C, "That might work, let me think about it", set(), None),
    (C, "We tried something similar two years ago", set(), None),
    (C, "Honestly the interface feels clunky", set(), None),
    (C, "I would like to donate $0", set(), None),
    (C, "Go ahead and send the contract over, we'll sign it this week.", {"action:sign", "rep"}, None),
    (C, "I'll forward this to our CFO today", {"action:internal_report"}, "2026-03-12"),
    (C, "Count me in for the site visit next Wednesday", {"action:site_visit"}, "2026-03-18"),
    (C, "It was great meeting you", set(), None),
    (C, "The demo was really helpful, thanks", {"praise"}, None),
    (C, "We're not going to renew with you this year", set(), None),
    (C, "Can you send me a calendar invite?", {"rep"}, None),
    (R, "Before we wrap up, can we lock in a date for the pilot kickoff? How does March 23rd look?",
     {"ask:specific"}, None),
    (R, "Would it be possible to get your CIO on the next call?", {"ask:vague"}, None),
    (R, "Let me know if you have any questions", set(), None),
    (R, "What about your budget?", set(), None),
    (R, "What about adding the analytics module to the order?", {"ask:vague"}, None),
    # ---- rep tasks
    # the rep sending something "so you can …" offers it; the customer's later step is no ask
    (R, "I'll send you the install guide so you can set it up on Monday", {"rep"}, "2026-03-16"),
    (R, "We'll email you the checklist so you can prep your team", {"rep"}, None),
    (R, "Could you send us the logs so we can tune it?", {"ask:vague"}, None),
    (R, "I'll send over the deck tomorrow", {"rep"}, "2026-03-13"),
    (R, "I'll upload it to your portal this afternoon", {"rep"}, None),
    (R, "Let me check with our engineers on the API limits", {"rep"}, None),
    (C, "Send me the pricing", {"rep"}, None),
    (C, "Could you send us a quote for fifty seats?", {"rep"}, None),
    (R, "I'm going to share my screen in a second", set(), None),
    (R, "We'll pull those usage reports from the device dashboard every month", {"rep"}, None),
    (R, "We usually send a recap after every call", set(), None),
    (R, "I'll ask her this week", {"rep"}, "2026-03-13"),
    # people and things brought, introductions, holds, things left with the customer or put into a document
    (R, "Sure, I'll bring our site engineer on Tuesday", {"rep"}, "2026-03-17"),
    (R, "I'll intro you to the plant manager at our reference site by Thursday", {"rep"}, "2026-03-19"),
    (R, "I'll put a hold on the twelve units today", {"rep"}, "2026-03-12"),
    (R, "Understood, I'll put the penalty clause in the contract", {"rep"}, None),
    (R, "Let me bring up the dashboard", set(), None),
    (R, "Let me introduce Maya, our solutions engineer", set(), None),
    # causative and resultative: the rep has the work done; the rep promising what the customer will get
    (R, "I'll get our engineer to redo the drawings before Friday", {"rep"}, "2026-03-13"),
    (R, "I'll have the revised quote with you by Monday", {"rep"}, "2026-03-16"),
    (R, "yep i'll have both configurations priced for wednesday", {"rep"}, "2026-03-18"),
    (R, "You'll have the signed certificate tomorrow", {"rep"}, "2026-03-13"),
    (R, "We have been working with utilities for years", set(), None),
    (R, "You will get a ten percent discount on the second year", set(), None),
    (R, "Anyway, I'll let you get back to your day", set(), None),
    # a contact with nothing in it and no date is no task
    (R, "OK, we'll follow up.", set(), None),
    (R, "I'll follow up with the revised pricing tomorrow", {"rep"}, "2026-03-13"),
    (R, "I'll follow up next Tuesday", {"rep"}, "2026-03-17"),
    # a live demo: an undated "I'll …" in the same turn is a step of it
    (R, "Okay, let me show capture first. I'll forward a real invoice to the inbox.", set(), None),
    (R, "As you can see, the batch posts overnight. I'll add a second approver here.", set(), None),
    (R, "Let me show you the export. I'll send you the template tomorrow.", {"rep"}, "2026-03-13"),
    # an offer with its own time binds; a limit does not; the rep's colleagues bind the rep's side
    (R, "I can have the quote over by Friday", {"rep"}, "2026-03-13"),
    (R, "We can have a sandbox ready for you next week", {"rep"}, ("2026-03-16", "2026-03-22")),
    (R, "I can only hold it until the end of this week", set(), None),
    (R, "We can integrate with most ERPs", set(), None),
    (R, "My colleague will send you the API keys tomorrow", {"rep"}, "2026-03-13"),
    (R, "Our support team will answer tickets around the clock", set(), None),
    (R, "Happy to, I'll set that up today", {"rep"}, "2026-03-12"),
    (R, "Leave it with me, I'll sort out the shipping", {"rep"}, None),
    (R, "I'll make sure the invoice reflects the discount", {"rep"}, None),
    # requests whose frame names the handing over, whatever the object
    (C, "Can you send me your ISO 13485 certificate?", {"rep"}, None),
    (C, "Could you hold two units for us until Friday?", {"rep"}, None),
    (C, "Don't send me any more brochures", set(), None),
    (C, "I sent you our floor plan last week", set(), None),
    # ---- asks
    # asks phrased as whether it is worth it, or what the customer wants
    (R, "Is it worth setting up a technical review with your IT lead next Thursday?", {"ask:specific"}, None),
    (R, "Want us to run the pilot at your Dayton plant next week?", {"ask:specific"}, None),
    (R, "Do you want to see the dashboard now?", set(), None),
    (R, "What do you want your crews to get out of it?", set(), None),
    (R, "Is it worth the price?", set(), None),
    (R, "Could you set up 30 minutes with your CFO next Tuesday?", {"ask:specific"}, None),
    (R, "Can we get the pilot started on Monday with your two warehouse leads?", {"ask:specific"}, None),
    (R, "Let's touch base soon", {"ask:vague"}, None),
    (R, "Maybe we could do a trial some time?", {"ask:vague"}, None),
    (R, "What system are you using today?", set(), None),
    (R, "Any questions so far?", set(), None),
    (R, "How did the peak-week test go on your side?", set(), None),
    (R, "Would you be willing to donate $1 of your payment today?", {"ask:specific"}, None),
    (R, "Would you consider donating?", {"ask:vague"}, None),
    (R, "Are you ready to sign the order form today?", {"ask:specific"}, None),
    (R, "What if we walk the site together with your superintendent next Friday?", {"ask:specific"}, None),
    (R, "If you ran a pilot, we could waive the setup fee", set(), None),
    # ---- no commitment: a zero amount, considering, a third party's offer, a wish, an ability, a question
    (C, "I would like to donate $0.", set(), None),
    (C, "I will donate 0", set(), None),
    (C, "OK, I'll donate $0.50 then", {"action:sign"}, None),
    (C, "We'll take the pilot into consideration.", set(), None),
    (C, "I'd like to look into your company more before we sign.", set(), None),
    (C, "We'd like to sign with another vendor next week.", set(), None),
    (C, "There are other charities I'd like to donate to instead.", set(), None),
    (C, "I hope we can sign next Friday.", set(), None),
    (C, "We can always run a pilot next month.", set(), None),
    (C, "We have money that we can donate.", set(), None),
    (C, "Yes, that we can do: we'll run the pilot next Monday.", {"action:trial"}, "2026-03-16"),
    (C, "How does me saying I will sign today help you.", set(), None),
    (C, "We'll keep using the sandbox without signing.", set(), None),
    (C, "We'll order the same model we ordered in the past.", {"action:sign"}, None),
    # ---- a condition expected to hold keeps the commitment (and its step is not the promised one); one the
    # vendor must meet suspends it; a contract taken to the board is its approval
    (C, "I'll take it to the board next month if the pilot goes well.", {"action:internal_report"}, None),
    (C, "We'll sign the contract in April if the security review comes back clean.", {"action:sign"}, ("2026-04-01", "2026-04-30")),
    (C, "I'll take it to the board next month if you cut the price in half.", set(), None),
    (C, "OK, we'll take it.", {"action:sign"}, None),
    (C, "I'll get the contract in front of our board next month.", {"action:procurement_step"}, None),
    (C, "I'll get the proposal in front of our board next month.", {"action:internal_report"}, None),
    # ---- an item put in the cart is bought in the session: the ask needs no other time
    (R, "What about adding Billy Summers to the shopping list?", {"ask:specific"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", ROWS, ids=[r[1][:32] for r in ROWS])
def test_en_utterance(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


def test_en_table_is_large_enough():
    assert len(ROWS) >= 60


# Two evaluations joined by "and the <noun> was …" are two praise items; a shared subject stays one.
@pytest.mark.parametrize("text,n", [
    ("The dashboard looked solid and the mapping screen was the cleanest we have seen.", 2),
    ("Your app is really reliable and the reports are really clear.", 2),
    ("She said the portal looked great and the support team was very responsive.", 2),
    ("The dashboard looked solid and easy to use.", 1),
    ("Your app is really reliable and the price is high.", 1),
])
def test_en_coordinated_praise_clauses(text, n):
    from offline_table import run
    _, f = run([(C, text)])
    assert len(f.praise) == n, [p.quote for p in f.praise]
