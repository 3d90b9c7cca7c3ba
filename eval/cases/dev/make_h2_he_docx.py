"""Writes en-restaurant-payroll-flagpole/transcript.docx (holdout v2, now dev; writer "he").

The call text is hand-written here; the .docx is its output, committed next to it.
Run: .venv/bin/python eval/cases/dev/make_h2_he_docx.py
"""

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
CASE = HERE / "en-restaurant-payroll-flagpole"

TITLE = "Copper Pot Restaurant Group / ShiftPay - demo follow-up call"
S, D, R = "Sofia Alvarez", "Dan Kowalski", "Renee Walsh"
TURNS = [
    (S, "Hi Dan, hi Renee. Thanks for jumping back on after the demo last week."),
    (D, "Yeah, of course. Sorry, I'm in the car between the Midtown and the Eastside stores, so if I cut out, that's why."),
    (R, "I'm at my desk, so I'll be the reliable one."),
    (S, "Ha, perfect. So I wanted to pick up the questions you two had. Renee, you'd asked about tip pooling across front and back of house?"),
    (R, "Right, because right now I do it in a spreadsheet every two weeks and it takes me a full day across nine locations."),
    (S, "So in ShiftPay you set the pool rules once per location, points-based or hours-based, and it pulls the tips straight from the POS and the hours from your scheduling app. Nobody touches a spreadsheet."),
    (R, "Okay, that's honestly really slick. That's the part I hate most."),
    (D, "We already moved scheduling over to 7shifts last spring. Does that talk to yours?"),
    (S, "Yep, native integration, the hours come across every night."),
    (D, "If we switched in January, would the W-2s come out of your system or the old one?"),
    (S, "For a January start, your old provider files the 2026 W-2s and we pick up from the first payroll of 2027. Honestly that's the cleanest time to switch."),
    (D, "Huh. Yeah, that makes sense."),
    (S, "So, Dan, to hit a January start we'd need to get moving pretty soon. Could we get thirty minutes with Frank next Thursday to walk him through the numbers?"),
    (D, "I'd need to check with Frank, honestly. He's impossible to pin down in October. I'll run it up the flagpole, and if he bites I'll ping you."),
    (S, "Totally understand. Is there anything I can put together that would make it easier for him?"),
    (R, "Could you send over a sample tip report? With fake data, obviously."),
    (S, "Absolutely, I'll send that over tomorrow morning."),
    (D, "And look, we should be good to go at some point, probably once things calm down after the holidays."),
    (S, "Okay. So let's circle back in a couple of weeks?"),
    (D, "Yeah, sure, that works."),
    (S, "Great. Thanks, both. Drive safe, Dan."),
]


def main() -> None:
    CASE.mkdir(exist_ok=True)
    document = docx.Document()
    document.add_paragraph(TITLE)
    for speaker, text in TURNS:
        document.add_paragraph(f"{speaker}: {text}")
    document.core_properties.author = "ShiftPay call notes"
    document.save(CASE / "transcript.docx")


if __name__ == "__main__":
    main()
