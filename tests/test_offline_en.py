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
    # a comparison in the offering's favour, whatever it is set against; not against the vendor, not a wish
    (C, "The new scanner is a good deal quieter than the ones we run now", {"praise"}, None),
    (C, "Honestly the billing screen is way tidier than the spreadsheet Sam built", {"praise"}, None),
    (C, "Your loaders felt a lot more stable than the rental units", {"praise"}, None),
    (C, "It's night and day compared to the paper logs", {"praise"}, None),
    (C, "Their quote came in cheaper than yours", set(), None),
    (C, "We need something quicker than what we have today", set(), None),
    # a verdict granted in so many words ("I'll give you that", "to be fair"), and regional or plain good qualities
    (C, "Your installers were very patient with us, I'll give you that", {"praise"}, None),
    (C, "The quote is competitive, to be fair", {"praise"}, None),
    (C, "Solid bit of kit, I must say", {"praise"}, None),
    (C, "It's been rock solid since March", {"praise"}, None),
    (C, "To be fair, Thursday is good for us", set(), None),
    (C, "Not gonna lie, the dashboard isn't great", set(), None),
    # a negation or the customer's own kit after the evaluation closes (past a comma) does not undo it
    (C, "The sensors have been rock solid, that's not the problem", {"praise"}, None),
    (C, "Your portal is much clearer than what we use, our current vendor sends PDFs", {"praise"}, None),
    (C, "The dispatch board is slick, we can't do that today", {"praise"}, None),
    (C, "It's not great, honestly", set(), None),
    (C, "To be clear, we won't be able to run a trial before June", set(), None),
    # the vendor's people as people to work with; what the offering saves; idioms of things that work
    (C, "Your installers have been brilliant with the residents", {"praise"}, None),
    (C, "You were really easy to deal with on the renewal", {"praise"}, None),
    (C, "Priya was great during the rollout", {"praise"}, None),
    (C, "That module would save my dispatchers a couple of hours every morning", {"praise"}, None),
    (C, "The go-live ran like clockwork", {"praise"}, None),
    (C, "If you were great we'd have renewed", set(), None),
    (C, "We need to save money this year", set(), None),
    (C, "That alone is a problem for us", set(), None),
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
    # ---- working sessions and kickoffs are events to propose; a session named as the time of something else is not
    (R, "Could we get your planners on a working session next Wednesday?", {"ask:specific"}, None),
    (R, "Can we hold the kickoff with your site leads on Monday?", {"ask:specific"}, None),
    (R, "Could your team join a scoping session on Friday?", {"ask:specific"}, None),
    (R, "Maybe we reconnect after the audit, in the new year?", {"ask:vague"}, None),
    (R, "How did the kickoff go last week?", set(), None),
    # ---- "revisit", "would it be worth" propose; a deadline window longer than a week is no concrete time
    (R, "Would it make sense to revisit in January?", {"ask:vague"}, None),
    (R, "Would it be worth getting thirty minutes with Dana next Tuesday?", {"ask:specific"}, None),
    (R, "Could we get thirty minutes with your CFO in the next couple of weeks?", {"ask:vague"}, None),
    (R, "Could we start the pilot within the next three days?", {"ask:specific"}, None),
    (R, "Could we start the pilot within 30 days?", {"ask:vague"}, None),
    # ---- money given to the cause: "monetary support" is a donation
    (R, "Would you be able to provide some financial support to the charity?", {"ask:vague"}, None),
    (R, "Could you offer monetary support of $2 today?", {"ask:specific"}, None),
    (C, "I'll make a monetary contribution of $1", {"action:sign"}, None),
    (C, "Our financial support team is great", set(), None),
    (R, "Do you get financial support from the state?", set(), None),
    # ---- an item put in the cart is bought in the session: the ask needs no other time
    (R, "What about adding Billy Summers to the shopping list?", {"ask:specific"}, None),
    # ---- praise as an evaluative predicate on the offering (tune-en): a definite subject before a copula, a
    # predicate adjective of speed, accuracy, build or ease, a terse bare subject judged at once, an indefinite
    # offering named as what something is, a comparison with anything the customer or a rival has, beating what
    # they have, competence, time saved; small talk, the customer's own or a rival's things, personal feelings,
    # words that only describe ("the only quiet room", "it adds up fast") are not
    (C, "The search is really fast", {"praise"}, None),
    (C, "The tagging is clever", {"praise"}, None),
    (C, "Those heat maps are super handy", {"praise"}, None),
    (C, "The rollout plan is very detailed", {"praise"}, None),
    (C, "Your pump is much quieter", {"praise"}, None),
    (C, "Your installers were tidy and quick", {"praise"}, None),
    (C, "Build quality is solid.", {"praise"}, None),
    (C, "Setup was painless", {"praise"}, None),
    (C, "That's a really nice interface", {"praise"}, None),
    (C, "What a slick piece of kit", {"praise"}, None),
    (C, "This is way better than our spreadsheet", {"praise"}, None),
    (C, "Your app looks a lot slicker than the bank's", {"praise"}, None),
    (C, "It's much faster than what our old tool does", {"praise"}, None),
    (C, "This beats what we have hands down", {"praise"}, None),
    (C, "Your engineers clearly know what they're doing", {"praise"}, None),
    (C, "That feature alone would save us hours", {"praise"}, None),
    (C, "Honestly this would save us a ton of time", {"praise"}, None),
    (C, "The alerts feature is a real time-saver", {"praise"}, None),
    (C, "The building is quiet on Fridays", set(), None),
    (C, "The process is simple: legal reviews everything", set(), None),
    (C, "The old vendor was fast but sloppy", set(), None),
    (C, "At nine thousand a month it adds up fast", set(), None),
    (C, "I'm in the back office, it's the only quiet room in the building", set(), None),
    (C, "Our current system is fast", set(), None),
    (C, "The app isn't fast enough for our drivers", set(), None),
    (C, "Is the app fast on older phones?", set(), None),
    (C, "Thursday's no good, we're closed", set(), None),
    (C, "Five days is good.", set(), None),
    (C, "Ok that's cool", set(), None),
    (C, "So let's be efficient.", set(), None),
    (C, "The drive in was fast", set(), None),
    (C, "Your price is much higher than the others", set(), None),
    (C, "The phone range was wider than I'd like.", set(), None),
    (C, "That's the first time those have been useful since we bought them.", set(), None),
    (C, "Donating makes you feel good", set(), None),
    (C, "The ones close to home are most important to me", set(), None),
    (C, "That is much better.", set(), None),
    # ---- the rep's proposal frames (tune-en): "why don't we / why not" propose rather than negate; the
    # customer's ability or readiness asked; a suggestion put to them; leave asked to book them
    (R, "Why don't we walk the floor together tomorrow morning?", {"ask:specific"}, None),
    (R, "Why not start the trial with your night shift on Monday?", {"ask:specific"}, None),
    (R, "Are you able to send over the usage data by Wednesday?", {"ask:specific"}, None),
    (R, "Would you be in a position to sign the order form this week?", {"ask:specific"}, None),
    (R, "What do you say we run a pilot in the Leeds warehouse from the 16th?", {"ask:specific"}, None),
    (R, "Could I ask you to share the usage data by Friday?", {"ask:specific"}, None),
    (R, "How would you feel about running a pilot on one line next month?", {"ask:vague"}, None),
    (R, "Can I put you down for the workshop on the 20th?", {"ask:specific"}, None),
    (R, "Why didn't the pilot work last time?", set(), None),
    (R, "Are you able to see my screen?", set(), None),
    (R, "We don't run pilots before June", set(), None),
    (R, "How would you feel if the price went up next year?", set(), None),
    (C, "Why don't we just keep the spreadsheets?", set(), None),
    # ---- customer commitments in frames not seen before (tune-en): the customer's people with my/guys/should,
    # planning and volunteering frames, a dated present progressive, a deal document moving in the dated simple
    # present; steps named by the family of verbs (handing anything over "to you", passing or presenting the
    # proposal to their people, visiting or hosting, introductions, going ahead with what is bought)
    (C, "Our IT guys will set up the test environment by Friday", {"action:trial"}, "2026-03-13"),
    (C, "My team will review the security docs next week", {"action:technical_review"}, ("2026-03-16", "2026-03-22")),
    (C, "Legal should finish the contract review by Wednesday", {"action:procurement_step"}, "2026-03-18"),
    (C, "I'm planning to present this to the board on the 25th", {"action:internal_report"}, "2026-03-25"),
    (C, "We're gonna put it on the agenda for the ops meeting next Tuesday", {"action:internal_report"}, "2026-03-17"),
    (C, "Sure, I'd be glad to donate.", {"action:sign"}, None),
    (C, "My team will be on holiday next week", set(), None),
    (C, "Our IT guys usually set up test environments themselves", set(), None),
    (C, "I'm planning to retire next year", set(), None),
    (C, "I'm sending the signed order form back this afternoon", {"action:sign"}, "2026-03-12"),
    (C, "Our procurement team is sending out the RFP next month", {"action:procurement_step"}, ("2026-04-01", "2026-04-30")),
    (C, "The contract goes to our legal team on Monday", {"action:procurement_step"}, "2026-03-16"),
    (C, "The contract went to our legal team on Monday", set(), None),
    (C, "We're sending three people to a trade show next week", set(), None),
    (C, "Our procurement team is sending out RFPs all the time", set(), None),
    (C, "We'll get you the floor plans by Monday", {"action:send_information"}, "2026-03-16"),
    (C, "I'll dig out the maintenance logs and get them to you by Wednesday", {"action:send_information"}, "2026-03-18"),
    (C, "Let me pull together the usage numbers and send them over by Thursday", {"action:send_information"}, "2026-03-19"),
    (C, "I'll pass the proposal to our finance director tomorrow", {"action:internal_report"}, "2026-03-13"),
    (C, "Our board meets on the 30th and I'll present the business case there", {"action:internal_report"}, None),
    (C, "I'll make the introduction to our CTO this afternoon", {"action:meeting_with_decision_maker"}, None),
    (C, "I'm going to book a visit to your Leeds site for next Thursday", {"action:site_visit"}, "2026-03-19"),
    (C, "I'm happy to host your team at our Bristol site next Friday", {"action:site_visit"}, "2026-03-20"),
    (C, "Dave and I will come down to see the line running next week", {"action:site_visit"}, ("2026-03-16", "2026-03-22")),
    (C, "Let's go ahead with the 50-seat licence", {"action:sign", "joint"}, None),
    (C, "We'll get the paperwork signed by the end of next week", {"action:sign"}, "2026-03-20"),
    (C, "We went ahead with the old licence last year", set(), None),
    (C, "We saw the line running at the trade show last month", set(), None),
    (C, "Did you pass the proposal to your director?", set(), None),
    (C, "We can't get the paperwork signed before April", set(), None),
    # ---- (tune-en, after v6) a demonstrative "that" subject; "Which is …" continues, it does not ask; one of the
    # better ones; time saved for anyone's team; the verb "like", not the filler; the ironic "love that for us"
    (C, "That drift check is genuinely clever", {"praise"}, None),
    (C, "Okay, that export view is really handy", {"praise"}, None),
    (C, "Which is exactly what we need.", {"praise"}, None),
    (C, "Your spec sheet is one of the clearer ones I've seen", {"praise"}, None),
    (C, "Honestly it's one of the better tools we've trialled", {"praise"}, None),
    (C, "It would save her team about an hour per shift", {"praise"}, None),
    (C, "We really like the audit view", {"praise"}, None),
    (C, "Which is the cheapest option?", set(), None),
    (C, "It's one of the more expensive ones we've seen", set(), None),
    (C, "The charities that help children are important", set(), None),
    (C, "The stand shades it from like November on", set(), None),
    (C, "Great, a price rise. Love that for us.", set(), None),
    # ---- the forms a trial takes when it is not called one; the customer's people brought to the vendor's place;
    # more deal documents moving impersonally; "N-minute call with <name>"
    (R, "Could we run a two-week side-by-side on your next delivery, starting Monday?", {"ask:specific"}, None),
    (R, "What if we set it up in one of your locations next month?", {"ask:vague"}, None),
    (R, "So would you be open to trying it somewhere?", {"ask:vague"}, None),
    (R, "Install on Tuesday the 17th, ten days live. Can we do that?", {"ask:specific"}, None),
    (R, "What I'd love to do is get a pilot going on one of your grow rooms next week", {"ask:specific"}, None),
    (R, "Would you be open to a twenty-minute call with Maria next week?", {"ask:specific"}, None),
    (R, "We ran a side-by-side at another site last year", set(), None),
    (R, "I'd love to show you the reporting side now", set(), None),
    (C, "I'll bring him to your Fremont demo room on Monday the 23rd", {"action:site_visit"}, "2026-03-23"),
    (C, "We'll come over to your showroom next Friday", {"action:site_visit"}, "2026-03-20"),
    (C, "I'll take Priya and our GM down to your reference site on Thursday", {"action:site_visit"}, "2026-03-19"),
    (C, "We brought him to a trade fair last year", set(), None),
    # An NDA buys nothing: a procurement step (GUIDELINES 3.2; gold of v6-en-vfx-studio-cloud-render-producer-pushback).
    (C, "The NDA will be countersigned on our end by Thursday", {"action:procurement_step"}, "2026-03-19"),
    (C, "The agreement will be signed off by legal next week", {"action:sign"}, ("2026-03-16", "2026-03-22")),
    (C, "The NDA was signed last month", set(), None),
    (C, "I'll put the results on our franchisee call agenda the Friday before Christmas", {"action:internal_report"},
     "2026-12-18"),
    # ---- (tune-en, round 2 of unseen wordings) commitments: more passive participles of a deal document, the
    # proposal raised with or run past the customer's people, reviewing by another verb, the order put in, a
    # quantity ordered, more approvers as subjects
    (C, "The PO will be raised on Monday", {"action:sign"}, "2026-03-16"),
    (C, "The contract should be executed by Friday", {"action:sign"}, "2026-03-13"),
    (C, "I'm going to raise it with my boss tomorrow", {"action:internal_report"}, "2026-03-13"),
    (C, "I'll run the numbers past finance on Wednesday", {"action:internal_report"}, "2026-03-18"),
    (C, "Let me get our security team to look at the SOC 2 report by Friday", {"action:technical_review"}, "2026-03-13"),
    (C, "We'll get the order in by Friday", {"action:sign"}, "2026-03-13"),
    (C, "We'd like to order fifty units today", {"action:sign"}, "2026-03-12"),
    (C, "Our controller will approve the spend next week", {"action:procurement_step"}, ("2026-03-16", "2026-03-22")),
    (C, "The PO was raised on Monday", set(), None),
    (C, "I raised it with my boss last week", set(), None),
    (C, "Our controller approves anything over five grand", set(), None),
    (C, "We ordered fifty units last year", set(), None),
    # praise: approval idioms, fit, "can't fault" (no question, no negation), loving it, miles better; "ahead of"
    # only of a rival or the field
    (C, "Loving the new dashboard", {"praise"}, None),
    (C, "Can't fault the support", {"praise"}, None),
    (C, "Top marks for the onboarding", {"praise"}, None),
    (C, "You guys nailed the integration", {"praise"}, None),
    (C, "That workflow is exactly right for us", {"praise"}, None),
    (C, "Your team has been a pleasure to deal with", {"praise"}, None),
    (C, "The automation is going to be huge for us", {"praise"}, None),
    (C, "Your onboarding is miles better", {"praise"}, None),
    (C, "The tool does everything we need", {"praise"}, None),
    (C, "Way ahead of the competition", {"praise"}, None),
    (C, "The competition is way ahead of you on price", set(), None),
    (C, "It's the donor's job to research ahead of their donation", set(), None),
    (C, "Our old tool does everything we need", set(), None),
    (C, "I can't say I'm impressed", set(), None),
    (C, "Tuesday is perfect for us", set(), None),
    # asks: a time offered for the step, its timing questioned, readiness to go ahead
    (R, "How's Tuesday for a call with your CFO?", {"ask:specific"}, None),
    (R, "Would it be crazy to start the pilot Monday?", {"ask:specific"}, None),
    (R, "Is Monday too soon to kick off the trial?", {"ask:specific"}, None),
    (R, "Are we good to go with the order today?", {"ask:specific"}, None),
    (R, "How's the pilot going on your side?", set(), None),
    (R, "Is it too soon to tell how the pilot went?", set(), None),
    # a date the speaker corrects: the corrected one is the due; two dates both meant, or an "actually" that
    # corrects nothing, stay as they were
    (C, "I'll have the clean list to you Thursday, sorry, Friday, Thursday I'm out", {"action:send_information"},
     "2026-03-13"),
    (C, "I'll set up the CFO meeting Monday, no wait, Tuesday", {"action:meeting_with_decision_maker"}, "2026-03-17"),
    (R, "I'll send over the revised quote Monday, I mean Wednesday", {"rep"}, "2026-03-18"),
    (C, "I'll send you the volumes Monday or Tuesday", {"action:send_information"}, ("2026-03-16", "2026-03-17")),
    (C, "I'll send you the volumes Friday, actually that works best", {"action:send_information"}, "2026-03-13"),
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


# ---- praise frames: a verdict put on "that/it" (clever, ingenious, useful), the offering matching how the customer
# works, better than the vendor they had, sense made for their situation, and idioms that vouch ("I won't lie")
PRAISE_FRAMES = [
    (C, "Oh, that's clever. The fan turns itself on at two degrees?", {"praise"}, None),
    (C, "Honestly, that is really ingenious, the way the sensor wakes the pump.", {"praise"}, None),
    (C, "Your scheduling module is seriously impressive, I won't lie.", {"praise"}, None),
    (C, "That's exactly how our dispatchers plan the day.", {"praise"}, None),
    (C, "This is just what our night shift needs.", {"praise"}, None),
    (C, "Your routing engine is quicker than the previous supplier's by a mile.", {"praise"}, None),
    (C, "Your phased rollout makes a lot more sense for a team our size.", {"praise"}, None),
    # near misses: thanks for information, an acknowledgement, a vouching idiom around a refusal, the customer's own
    # words matched, their own old system compared
    (C, "That's useful to know, thanks.", set(), None),
    (C, "Makes sense.", set(), None),
    (C, "I won't lie, we're not going to sign this quarter.", set(), None),
    (C, "That's exactly what we told the last vendor.", set(), None),
    (C, "Our old system was better than the last vendor.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRAISE_FRAMES, ids=[r[1][:32] for r in PRAISE_FRAMES])
def test_en_praise_frames(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- praise as a benefit: what the offering would solve, cut, take off the customer's desk or change for them; not
# when the customer is the subject, when a real condition comes first, nor when what it cuts is no cost or chore
PRAISE_BENEFIT_EN = [
    (C, "Honestly, the route optimizer would finally fix our Friday dispatch problem.", {"praise"}, None),
    (C, "That auto-reconcile would cut our month-end paperwork in half.", {"praise"}, None),
    (C, "The kiosk would take the check-in queue off the front desk.", {"praise"}, None),
    (C, "Remote diagnostics changes how our field techs work, to be honest.", {"praise"}, None),
    # near misses
    (C, "We need to cut our downtime before we look at anything.", set(), None),
    (C, "If the integration holds, it would solve the reporting problem.", set(), None),
    (C, "The price increase would cut our budget for spares.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRAISE_BENEFIT_EN, ids=[r[1][:32] for r in PRAISE_BENEFIT_EN])
def test_en_praise_benefit(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- praise whose clause holds a negation that does not negate it: one after the evaluation ("I love that it doesn't
# …", "the first thing … haven't complained about"), one before a comma that opens it; the vendor ranked first or
# alone, what the offering beat, what worked out of the box. Not a negation before the evaluation, not the price
# ranked, not a first hearing, not the customer's own results
PRAISE_SCOPE_EN = [
    (C, "I love that it doesn't need a separate login.", {"praise"}, None),
    (C, "Your crew are the only installers who cleaned up after themselves.", {"praise"}, None),
    (C, "It's the first scheduling tool my dispatchers haven't fought me on.", {"praise"}, None),
    (C, "The new search beat anything we tried last year.", {"praise"}, None),
    (C, "Sorry it didn't work out, your engineers were brilliant.", {"praise"}, None),
    (C, "The label printer worked straight out of the box.", {"praise"}, None),
    # near misses
    (C, "I don't love that it needs a separate login.", set(), None),
    (C, "Your quote was the only one over budget.", set(), None),
    (C, "That's the first I've ever heard of it.", set(), None),
    (C, "We beat our targets last quarter.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRAISE_SCOPE_EN, ids=[r[1][:32] for r in PRAISE_SCOPE_EN])
def test_en_praise_negation_scope_and_rank(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- information handed to the vendor: a long object before "to you", sent over with the receiver understood, goods
# put in transit, an object dated by a past period ("findings from last quarter") and a time said on its own after
SEND_EN = [
    (C, "I'll have the full twelve-month meter reading history to you by Tuesday.", {"action:send_information"}, "2026-03-17"),
    (C, "I'll have Priya send them over next week.", {"action:send_information"}, ("2026-03-16", "2026-03-22")),
    (C, "We'll have three sample pallets on a truck to your Fresno plant by Friday.", {"action:send_information"}, "2026-03-13"),
    (C, "I'll get you the audit findings from last quarter by Monday.", {"action:send_information"}, "2026-03-16"),
    (C, "I'll also get you the lab results for the last three months, so you can check them. By Friday.",
     {"action:send_information"}, "2026-03-13"),
    # near misses: a question, the past, a negation, the rep sending
    (C, "Did you send them over last week?", set(), None),
    (C, "We shipped the samples to them last month.", set(), None),
    (C, "I can't get you the audit findings before June.", set(), None),
    (R, "I'll send them over tonight.", {"rep"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", SEND_EN, ids=[r[1][:32] for r in SEND_EN])
def test_en_information_sent(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a plan that was ("we were going to sign next month") commits to nothing now; the same plan stated now does
FORMER_PLAN_EN = [
    (C, "We were going to sign the order form next month.", set(), None),
    (C, "We'd originally planned a pilot at the Leeds depot in May.", set(), None),
    (C, "We had hoped to get the PO out by Friday.", set(), None),
    # near misses
    (C, "We're going to sign the order form next month.", {"action:sign"}, ("2026-04-01", "2026-04-30")),
    (C, "I'm planning to get the PO out by Friday.", {"action:sign"}, "2026-03-13"),
]


@pytest.mark.parametrize("role,text,expected,due", FORMER_PLAN_EN, ids=[r[1][:32] for r in FORMER_PLAN_EN])
def test_en_former_plans(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- precision: "like" that compares ("something like this", "look like this") and "best" in what the customer asks
# for ("give me the best calendar") evaluate nothing; "like" that likes still praises
LIKE_BEST_EN = [
    (C, "My boss asked me to find something like this last year.", set(), None),
    (C, "It would look like this on our trucks?", set(), None),
    (C, "Give me the best calendar you have.", set(), None),
    (C, "We want the best one you have for the lobby.", set(), None),
    # near misses: real liking and a real superlative
    (C, "I really like the way your dashboard groups the alerts.", {"praise"}, None),
    (C, "Honestly, I like how the scheduler handles the night shift.", {"praise"}, None),
    (C, "Your calendar is the best we've seen.", {"praise"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", LIKE_BEST_EN, ids=[r[1][:32] for r in LIKE_BEST_EN])
def test_en_like_and_best_that_evaluate_nothing(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- session 6: the customer's own sending is no request of the vendor ("I'll send over our spec sheet by Friday"); a
# subjectless clause coordinated onto a promise binds with it ("I'll pull the matter, and get it to you by Friday"); a
# purpose clause opening "so that's" is not the promise's own negation
OWN_DEEDS_EN = [
    (C, "I'll send over our packing spec sheet beforehand, by Friday.", {"action:send_information"}, "2026-03-13"),
    (C, "We'll send over the site drawings by Tuesday.", {"action:send_information"}, "2026-03-17"),
    (C, "I'll pull last quarter's claims, it's a big file, and get it to you by next Friday.",
     {"action:send_information"}, "2026-03-20"),
    (C, "I'll start your supplier registration tomorrow morning so that's not the thing holding us up.",
     {"action:procurement_step"}, "2026-03-13"),
    # near misses: asking the vendor to send, and a clause coordinated onto a hedged promise
    (C, "Can you send over the spec sheet by Friday?", {"rep"}, None),
    (C, "I'll probably pull the claims, and get them to you next week.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", OWN_DEEDS_EN, ids=[r[1][:32] for r in OWN_DEEDS_EN])
def test_en_own_deeds(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- session 6: a colleague of the customer's named as the one who will act binds the speaker's side (hard call 29);
# a new subject after a comma ("…, we're the ones who…") starts its own clause, so its "if" conditions no promise
NAMED_COLLEAGUE_EN = [
    (C, "Priya will send the pallet counts by Friday.", {"action:send_information"}, "2026-03-13"),
    (C, "Yeah, and Tomasz is going to raise the PO on Monday.", {"action:sign"}, "2026-03-16"),
    (C, "Deb'll book the training room for the pilot next Tuesday.", {"action:trial"}, "2026-03-17"),
    (C, "My team will run the sandbox, we're the ones who'd suffer most if it's bad.", {"action:trial"}, None),
    # near misses: a day or a pronoun opening the sentence, a colleague joining the call now
    (C, "Tomorrow will be a mess for the PO, the system is down.", set(), None),
    (C, "Engineer Ade will join us, he is coming from the plant room.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", NAMED_COLLEAGUE_EN, ids=[r[1][:32] for r in NAMED_COLLEAGUE_EN])
def test_en_named_colleague(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- session 6: the customer's own dated joint proposal, even put as a question ("Why don't we walk the pump room
# together on Wednesday?"); the vendor sent for on a day with the customer's side then bound ("come back next Tuesday
# and I'll have both partners in the room", hard call 4)
CUSTOMER_PROPOSALS_EN = [
    (C, "Why don't we walk the boiler room together on Wednesday the 18th?", {"action:site_visit", "joint"}, "2026-03-18"),
    (C, "Shall we map your intake workflows together next Tuesday?", {"action:requirements", "joint"}, "2026-03-17"),
    (C, "Come back next Tuesday and I'll have both partners in the room.", {"action:other"}, "2026-03-17"),
    (C, "Book something for Friday and I'll bring our ops lead.", {"action:meeting_with_decision_maker"}, "2026-03-13"),
    # near misses: a joint proposal with no day, a summons with nothing bound to it
    (C, "Why don't we walk the boiler room together some time?", set(), None),
    (C, "Come back next Tuesday and we'll see.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", CUSTOMER_PROPOSALS_EN, ids=[r[1][:32] for r in CUSTOMER_PROPOSALS_EN])
def test_en_customer_proposals(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- session 6: someone of the customer's side put on a call or in a room with the vendor is a meeting (open item:
# "I can get her on a call with you next Thursday at two")
PUT_ON_A_CALL_EN = [
    (C, "I can get her on a call with you next Thursday at two.", {"action:meeting_with_decision_maker"}, "2026-03-19"),
    (C, "I'll get Raj in a room with you on Monday.", {"action:meeting_with_decision_maker"}, "2026-03-16"),
    (C, "We'll have our controller on a video call with your team on Friday.", {"action:meeting_with_decision_maker"},
     "2026-03-13"),
    # near misses: a call that happened, and one the speaker cannot promise
    (C, "I got her on a call with you last Thursday.", set(), None),
    (C, "I can't get her on a call with you before April.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PUT_ON_A_CALL_EN, ids=[r[1][:32] for r in PUT_ON_A_CALL_EN])
def test_en_put_on_a_call(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- session 6: a remark after the request, past a comma, does not unmake it ("send me a case study from a telecom
# process, not banking"); a negation or past inside the request still does
REQUEST_REMARK_EN = [
    (C, "Also send me a case study from a telecom process, not banking, our board only listens to telecom.", {"rep"}, None),
    (C, "And send me the breakdown of what's excluded, last year we found out the hard way.", {"rep"}, None),
    (C, "Send us the pricing sheet, our old one is from two years ago.", {"rep"}, None),
    # near misses
    (C, "Don't send me the pricing sheet, I have it.", set(), None),
    (C, "You already sent me the pricing sheet last week.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", REQUEST_REMARK_EN, ids=[r[1][:32] for r in REQUEST_REMARK_EN])
def test_en_request_then_remark(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- session 6: the rep turning up or getting in touch on a day is a rep task (hard call 36); undated it is loose contact
REP_PRESENCE_EN = [
    (R, "I'll be there at seven on the 19th with the scanner.", {"rep"}, None),
    (R, "I'll call her myself tomorrow morning.", {"rep"}, None),
    (R, "We'll come over on Tuesday and swap the sensor.", {"rep"}, None),
    # near misses: no day, and the rep's own whereabouts
    (R, "I'll call you sometime.", set(), None),
    (R, "I'll be in Chicago next week, so email is best.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", REP_PRESENCE_EN, ids=[r[1][:32] for r in REP_PRESENCE_EN])
def test_en_rep_presence(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- the decision to buy said as such: goods taken by number, the plan taken, the price taken as offered, the order put
# through (a `sign`, binding with no modal); not a condition, a question, the past, time taken or a look taken
PURCHASE_EN = [
    (C, "Alright, I'll take three of the twelve-litre drums.", {"action:sign"}, None),
    (C, "Put us down for two hundred bags of the winter mix.", {"action:sign"}, None),
    (C, "OK, sign us up for the yearly plan.", {"action:sign"}, None),
    (C, "We'll take both.", {"action:sign"}, None),
    (C, "Fine, forty-five hundred and you've got a deal.", {"action:sign"}, None),
    (C, "Sixty a seat it is, ring it through today.", {"action:sign"}, "2026-03-12"),
    # near misses
    (C, "If you can do thirty, you've got a deal.", set(), None),
    (C, "If you can do thirty, I'd take forty.", set(), None),
    (C, "Last spring we took two hundred bags.", set(), None),
    (C, "Would you put me down for the waitlist?", set(), None),
    (C, "We'll take a look at both.", set(), None),
    (C, "We'll take two weeks to decide.", set(), None),
    (C, "One week and you've got a deal.", set(), None),  # a length, not a price or a number of units
]


@pytest.mark.parametrize("role,text,expected,due", PURCHASE_EN, ids=[r[1][:32] for r in PURCHASE_EN])
def test_en_purchase_decision(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


@pytest.mark.parametrize("turns,types", [
    # a yes to the price just named takes the goods
    ([(R, "Shipping is included, the unit is $420."), (C, "I'll go for it")], ["sign"]),
    # a yes to a proposed step takes that step
    ([(R, "We could run the pilot on two lines next Monday."), (C, "I'll go for it")], ["trial"]),
    # a day accepted "and you've got a deal" takes the step proposed, not the goods
    ([(R, "Could we start the sandbox trial on Monday?"), (C, "Make it Wednesday the 18th and you've got a deal.")],
     ["trial"]),
])
def test_en_purchase_decision_in_dialogue(turns, types):
    from offline_table import run
    _, f = run(turns, language="en")
    assert [a.type for a in f.customer_actions] == types


@pytest.mark.parametrize("turns,types", [
    # an ask to buy answered with another step the answer names: that step, not the order
    ([(R, "Can we get the PO raised before the 20th?"),
      (C, "I'll take the two-site proposal to the finance committee on the 18th.")], ["internal_report"]),
    # the contract put through legal is a procurement step; the order put through is the order
    ([(C, "I will put the contract through our legal review next week.")], ["procurement_step"]),
    ([(C, "Yes, put it through today.")], ["sign"]),
])
def test_en_steps_on_the_way_to_the_order(turns, types):
    from offline_table import run
    _, f = run(turns, language="en")
    assert [a.type for a in f.customer_actions] == types
