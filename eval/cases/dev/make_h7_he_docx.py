"""Build the he7 DOCX holdout transcript (a Word export of a Zoom call, one `Name: text` paragraph per turn).

The text below is hand-written for the holdout; run from the repository root:
    .venv/bin/python eval/cases/dev/make_h7_he_docx.py
"""

from pathlib import Path

import docx

CASE = Path(__file__).resolve().parent / "en-language-school-student-crm-pin-in-it"

TITLE = "Call notes export - Harborview English Institute / Enrolio - 2026-09-15"

TURNS = [
    ("Marcus Bell", "Hey Ingrid, hey Tomás, thanks for jumping on. I know it's the week before intake, so I'll try to keep this tight, I promise. Famous last words, right?"),
    ("Ingrid Solberg", "Ha. We have until quarter past."),
    ("Marcus Bell", "Perfect, perfect. So, um, just to recap where we got to last time: you've got about four hundred students a term, forty-something agents in, what, Brazil, Colombia, Korea, Turkey, and right now the applications come in by email, Tomás keys them into the spreadsheet, and the I-20 paperwork is a separate Word template. Is that still about right?"),
    ("Tomás Herrera", "Yeah. Plus WhatsApp. Half the agents just WhatsApp me a passport photo at midnight."),
    ("Marcus Bell", "Right, right, the midnight passport. We hear that a lot. So what I wanted to show you today, I'm sharing my screen now, can you see it? This is the agent portal. So the agent logs in, they fill in the application, they upload the passport and the bank letter, and it lands in your queue already validated, so the dates of birth are in the right format, the program start dates are real start dates, all that. And then from here, one click, it generates the I-20 request pack and the acceptance letter, with your letterhead, and, uh, the visa support letter too."),
    ("Tomás Herrera", "Wait, go back. The visa letter is automatic?"),
    ("Marcus Bell", "Automatic, yeah, it pulls the program, the dates, the tuition paid, and the housing if they booked homestay."),
    ("Tomás Herrera", "Okay, that visa letter thing is really slick. That's like two hours of my week."),
    ("Marcus Bell", "And then on the other side, commissions. So each agent has their rate, fifteen, twenty percent, whatever you've negotiated, and when tuition is marked paid it calculates what you owe them and you can export it for your accountant. I think last time you mentioned the commission reconciliation at the end of term was kind of a nightmare?"),
    ("Ingrid Solberg", "It's a nightmare, yes. We tried HubSpot two years ago to fix that and we gave up after a term."),
    ("Marcus Bell", "Yeah, HubSpot's great for marketing but it doesn't know what a term is, or a homestay, or a SEVIS deadline. That's kind of our whole thing. We only do language schools, so, um, everything's built around the intake calendar."),
    ("Ingrid Solberg", "If we moved, would our agent commission history come over, or do we start from zero?"),
    ("Marcus Bell", "We'd import it. We'd import the last two years from your spreadsheets, our onboarding team does that, there's no extra charge for it."),
    ("Ingrid Solberg", "Can you send me something on how the import works? What format you need, how long it takes."),
    ("Marcus Bell", "Absolutely, I'll send you the import guide and a sample template this afternoon."),
    ("Marcus Bell", "And, um, so, the way most schools your size get started is a sandbox, we load in, say, one term of your data, and Tomás and one of the agents play with it for two weeks. Maybe we could get a sandbox going sometime in October?"),
    ("Ingrid Solberg", "Honestly, Marcus, we are not switching anything during fall intake. Let's put a pin in it until intake's done."),
    ("Marcus Bell", "Totally fair, totally fair. The other thing is, I know Mr. Haddad signs off on anything with a subscription. Could we get thirty minutes with him next Thursday, the twenty-fourth, just to walk him through the numbers?"),
    ("Ingrid Solberg", "Let me run it past him and get back to you. He's in Istanbul at the agent fair until the twentieth and he's, well, he's not a software person."),
    ("Marcus Bell", "Sure, no rush. I'll also put together the ROI sheet, like Tomás's hours, the commission errors, so you've got something to show him whenever it suits."),
    ("Tomás Herrera", "Put the visa letters on it. That's the one that'll get him."),
    ("Marcus Bell", "Will do. Okay, I'll let you go. Good luck with intake, guys."),
    ("Ingrid Solberg", "Thanks Marcus. Bye."),
]


def main() -> None:
    document = docx.Document()
    document.add_paragraph(TITLE)
    for name, text in TURNS:
        document.add_paragraph(f"{name}: {text}")
    CASE.mkdir(parents=True, exist_ok=True)
    document.save(CASE / "transcript.docx")


if __name__ == "__main__":
    main()
