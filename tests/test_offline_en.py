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
    # an intensified verdict with a sentence adverb; "the way it …" judged clever or lovely; liked/loved; held up
    # better; exactly what we've been missing
    (C, "That's honestly really slick", {"praise"}, None),
    (C, "It's genuinely very intuitive", {"praise"}, None),
    (C, "The way it handles returns is clever", {"praise"}, None),
    (C, "The way your portal shows the routes is lovely", {"praise"}, None),
    (C, "We all loved your dashboard", {"praise"}, None),
    (C, "Priya liked the routing view", {"praise"}, None),
    (C, "The samples held up better than the old ones", {"praise"}, None),
    (C, "This is exactly what we've been missing", {"praise"}, None),
    (C, "That's actually really expensive", set(), None),
    (C, "I would have liked the price lower", set(), None),
    (C, "Sure, we can talk. Our CFO loved the last vendor's pitch too", set(), None),
    (C, "Lovely weather today", set(), None),
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
    # ---- "a good deal" is a quantity, not a deal
    (C, "We'll go ahead with the deal today", {"action:sign"}, "2026-03-12"),
    (C, "Deal, we'll sign it today", {"action:sign"}, "2026-03-12"),
    (C, "I'll sign the deal on Friday", {"action:sign"}, "2026-03-13"),
    (C, "We spent a good deal of time on the RFP", set(), None),
    (C, "That will take a great deal of convincing", set(), None),
    # ---- tentative and polite openers
    (R, "Would it help to run a pilot at your Leeds depot next Monday?", {"ask:specific"}, None),
    (R, "I was wondering if you'd want a workshop with your planners some time?", {"ask:vague"}, None),
    (R, "Maybe we reconnect after your audit?", {"ask:vague"}, None),
    (R, "Shall I book the technical review with your IT lead for Tuesday?", {"ask:specific"}, None),
    (R, "I was wondering if you use SAP today?", set(), None),
    (R, "Maybe we missed something in the demo?", set(), None),
    # ---- a meeting with a person named or titled
    (R, "Could we get thirty minutes with Raj next Tuesday?", {"ask:specific"}, None),
    (R, "Can we get an hour on Friday with doctor Mendes?", {"ask:specific"}, None),
    (C, "I'll set up time with Priya next Monday", {"action:meeting_with_decision_maker"}, "2026-03-16"),
    (R, "Could we get thirty minutes with the group next Tuesday?", set(), None),
    (C, "We spent thirty minutes with Raj last week", set(), None),
    # ---- the next step stated as settled, put as a question
    (R, "So I'll pencil in Tuesday with your CIO?", {"ask:specific"}, None),
    (R, "Great, I'll book the site visit for next Friday?", {"ask:specific"}, None),
    (R, "OK, I'll put you down for the pilot kickoff on Monday?", {"ask:specific"}, None),
    (R, "I'll book the site visit for next Friday.", {"rep"}, None),
    (R, "So I'll send the deck tomorrow?", set(), None),
    # ---- a verbless proposal: a step and a time put as a question
    (R, "Pilot at the Dayton plant next week?", {"ask:specific"}, None),
    (R, "Signed order form by Friday?", {"ask:specific"}, None),
    (R, "Technical review with your architects on Tuesday?", {"ask:specific"}, None),
    (R, "The pilot last month?", set(), None),
    (R, "Did the pilot go well last week?", set(), None),
    # ---- a question pointing back at the step the sentence before set out (hard call 23)
    (R, "We're running a site visit at our Austin plant next Thursday. Want to join us there?", {"ask:specific"}, None),
    (R, "The pilot cohort starts on May 4th. Can we count your team in it?", {"ask:specific"}, None),
    (R, "We have a workshop with two hospitals next Friday. Do you want to bring your planners to it?",
     {"ask:specific"}, None),
    (R, "Our pilot cohort started last month. Did you see it?", set(), None),
    (R, "We're hosting a training next week. Any questions on it?", set(), None),
    # ---- sign: the order put through, a price locked, "I will take it", the balance paid by a date
    (R, "Shall I put the renewal through today?", {"ask:specific"}, None),
    (R, "Can we lock the 50 units at this price today?", {"ask:specific"}, None),
    (R, "Could we lock in the rate by Friday?", {"ask:specific"}, None),
    (C, "I will take it", {"action:sign"}, None),
    (C, "We will take the two blue ones", {"action:sign"}, None),
    (C, "I will take it to my boss on Monday", {"action:internal_report"}, "2026-03-16"),
    (C, "I'd take it if it were cheaper", set(), None),
    # ---- a dated plan in the simple present (terse and non-native speech); undated it binds nothing
    (C, "The balance we pay before Christmas", {"action:sign"}, "2026-12-25"),
    (C, "We make the PO today", {"action:sign"}, "2026-03-12"),
    (C, "Yes. We send you the drawings tomorrow", {"action:send_information"}, "2026-03-13"),
    (C, "We make our own labels", set(), None),
    (C, "We pay invoices within 30 days", set(), None),
    # ---- a deliverable "from our side"
    (C, "Test plan from our side by Monday", {"action:send_information"}, "2026-03-16"),
    (C, "Floor drawings from my end tomorrow", {"action:send_information"}, "2026-03-13"),
    (C, "The delay was from our side last month", set(), None),
    # ---- the consequent of an expected condition binds in the simple present; a vendor condition does not
    (C, "If the pilot data's clean, I take it to the board", {"action:internal_report"}, None),
    (C, "If the numbers hold up we sign in April", {"action:sign"}, ("2026-04-01", "2026-04-30")),
    (C, "If you drop the price we sign today", set(), None),
    (C, "I'll sign in with SSO tomorrow", set(), None),
    # ---- a clause opening with "then" inherits the condition before it
    (C, "If you can promise the price won't change, then I will sign today", set(), None),
    (C, "If the pilot goes well, then we'll sign in April", {"action:sign"}, ("2026-04-01", "2026-04-30")),
    # ---- an open object with no time names no concrete what
    (C, "I'm sure we'll get something on the calendar", set(), None),
    (C, "We'll send you something by Friday", {"action:send_information"}, "2026-03-13"),
    # ---- equipment left on site is a trial; walking a named part of a site, or seeing one running, a visit
    (R, "Can we drop two units at your Leeds depot on Monday?", {"ask:specific"}, None),
    (R, "Could we leave a demo unit in your lab next week?", {"ask:specific"}, None),
    (R, "We dropped two units at the depot last month.", set(), None),
    (C, "Let's walk the packaging hall together Thursday", {"action:site_visit", "joint"}, "2026-03-19"),
    (R, "Could we do a site walk at your quarry next Tuesday?", {"ask:specific"}, None),
    (R, "Would it help to see one running at a customer site next week?", {"ask:specific"}, None),
    (C, "We walked the yard last week", set(), None),
    # ---- reviewing a document is a technical review; the customer's decision is a procurement step
    (C, "IT will review our security questionnaire next week", {"action:technical_review"},
     ("2026-03-16", "2026-03-22")),
    (C, "IT reviewed the report last week", set(), None),
    (C, "We'll make a decision by end of Q1", {"action:procurement_step"}, "2026-03-31"),
    (C, "We'll have a go or no-go within ten days", {"action:procurement_step"}, "2026-03-22"),
    (C, "The decision was made last week", set(), None),
    (C, "It's not my decision", set(), None),
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
