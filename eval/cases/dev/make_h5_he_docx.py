"""Writes the he5 holdout DOCX transcript (hand-written dialogue below): a US pawn-shop cold call.

Run: .venv/bin/python eval/cases/dev/make_h5_he_docx.py
"""

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
CASE = HERE / "en-pawn-shop-loan-software-cold-call-were-good-docx"

TITLE = "Call transcript - Ray's Gold & Loan, Mesa AZ - outbound"
LINES = [
    ("Kayla", "Hi, is this Ray? Ray, hi, it's Kayla Brooks with LedgerLoop, we spoke for like thirty seconds at the pawn expo in Vegas in, gosh, was it September? You were at the booth with the guy in the Raiders jacket, your, I think your nephew?"),
    ("Ray", "Yeah. What's this about."),
    ("Kayla", "So, totally, I'll be quick, I know mornings in a shop are nuts. LedgerLoop is the loan and inventory software, we do the police reporting automatically, the LeadsOnline upload, the firearm bound book, all of that, and what owners tell us is they're spending like an hour a day on the reports alone and we take that to basically nothing. Is that, is that a pain for you guys at all?"),
    ("Ray", "We're fine."),
    ("Kayla", "Okay, okay, fair. What are you running right now, if you don't mind me asking?"),
    ("Ray", "Bravo. Signed a three-year in the spring."),
    ("Kayla", "Oh, got it, got it. Bravo's, yeah, they're a solid company, a lot of our customers actually came over from Bravo. The main thing we hear is the serial numbers, you end up keying them twice, once for the ticket and once for the report, and with us you scan once and it's done. And on gold, the spot price updates the buy screen live, which, with where gold's been this year, I mean. So I guess what I'm asking is, could we get you on a quick demo Thursday at ten, you and whoever runs the counter, twenty minutes tops?"),
    ("Ray", "No. We're good with what we got."),
    ("Kayla", "Totally fair. Totally. Hey, I'll just shoot you over a one-pager by email so you've got it, no pressure at all."),
    ("Ray", "Don't bother."),
    ("Kayla", "Got it, no email. Well, I won't take any more of your time. Good luck with the holiday rush, Ray."),
    ("Ray", "Yep."),
]


def main() -> None:
    d = docx.Document()
    d.add_paragraph(TITLE)
    for speaker, text in LINES:
        d.add_paragraph(f"{speaker}: {text}")
    CASE.mkdir(exist_ok=True)
    d.save(CASE / "transcript.docx")


if __name__ == "__main__":
    main()
