"""Build the .docx transcript of en-symphony-donor-crm-signs-before-thanksgiving (holdout v3, he3).

The words are hand-written here; the file is a meeting-notes export with a title paragraph and a
two-column table (speaker | words), which ingest reads as `speaker: text` lines.
Run: .venv/bin/python eval/cases/dev/make_h3_he_docx.py
"""

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
OUT = HERE / "en-symphony-donor-crm-signs-before-thanksgiving" / "transcript.docx"

TURNS = [
    ("Alicia Moreno", "Thanks for having me back. Howard, I hear the Mahler went well on Saturday."),
    ("Howard Feld", "It did, it did. Standing ovation, which in this town means people stood up to get to the parking lot first. Kim, you want to start?"),
    ("Kim Tran", "Sure. So, we took your proposal to the finance committee on the twentieth and the board signed off the budget line at the October meeting, so, the money's there. That part's done."),
    ("Alicia Moreno", "That's great news."),
    ("Kim Tran", "What I want to get into today is the migration. We have, um, nineteen years of donor history in Raiser's Edge and some of it is, let's say, creative."),
    ("Ben Okafor", "Creative is generous. There are three fields called Spouse."),
    ("Alicia Moreno", "Ha. We see that a lot. Our migration team dedupes and maps the custom fields with your team before anything moves, and nothing goes live until Kim signs off on a sample of five hundred records."),
    ("Kim Tran", "Okay. And the moves management view you showed us, the pipeline by gift officer, that's exactly how our major gifts officers think. They've been doing it on a whiteboard."),
    ("Howard Feld", "If we added the box office module next year, would you honor this rate?"),
    ("Alicia Moreno", "For twelve months from signature, yes, I can write that in."),
    ("Howard Feld", "Good, because we're not moving the ticketing side this season, I'm not touching that in the middle of the subscription campaign."),
    ("Ben Okafor", "On my side, I need your SSO documentation, we're on Entra and I don't want to find out at go-live it only does Google."),
    ("Alicia Moreno", "It does both, but yes, I'll send the SSO guide to you this afternoon."),
    ("Alicia Moreno", "So, Howard, here's where I am. If I hold the nonprofit rate and waive the migration fee, can we get the order form signed before Thanksgiving, so our team can start in December?"),
    ("Howard Feld", "I don't need till Thanksgiving. Send it over, I'll sign it today. I want this off my desk before the gala."),
    ("Alicia Moreno", "Wonderful. I'll have the order form in your inbox within the hour."),
    ("Kim Tran", "And I'll get you the full donor export from Raiser's Edge by end of next week, Ben can pull it."),
    ("Ben Okafor", "Yeah, that's fine."),
    ("Kim Tran", "Then let's sit down together on November thirtieth and map our gift processing, the Monday after Thanksgiving, before everyone vanishes for the holiday concerts."),
    ("Alicia Moreno", "The thirtieth works. I'll bring our migration lead."),
    ("Howard Feld", "Okay. I have a donor lunch. Thank you, Alicia."),
]


def main() -> None:
    d = docx.Document()
    d.add_paragraph("Riverside Symphony / Crescendo CRM - contract discussion, Thursday Nov 5")
    table = d.add_table(rows=0, cols=2)
    for speaker, words in TURNS:
        row = table.add_row().cells
        row[0].text = speaker
        row[1].text = words
    OUT.parent.mkdir(parents=True, exist_ok=True)
    d.save(OUT)


if __name__ == "__main__":
    main()
