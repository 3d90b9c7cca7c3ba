"""Build the he8 DOCX holdout case (a Word export of a club committee call). Run from the repo root or here:
    .venv/bin/python eval/cases/holdout/make_he8_docx.py
The text below is hand-written; the .docx is its output, committed alongside."""
from pathlib import Path

import docx

CASE = Path(__file__).resolve().parent / "en-offaly-gaa-club-floodlights-treasurer-sets-committee-docx"

TITLE = "Call notes export — Kilcormack Gaels floodlights"
TURNS = [
    ("Niamh Brennan", "Hi lads, hi Siobhán, thanks for having me on. Can you all hear me okay?"),
    ("Pádraig Dolan", "We can, Niamh, go on. Ger's here as well, he's our grounds man, so if you get technical he's the one to ask."),
    ("Ger Kinsella", "How's it going."),
    ("Niamh Brennan", "Good, thanks. So, I'll keep it short. You've six poles on the main pitch, metal halide, and the bulbs are getting harder to find, yeah?"),
    ("Ger Kinsella", "Harder to find and dearer. Two of them went in September and I paid nearly three hundred a lamp. And they take ten minutes to warm up, so the under-twelves are standing around in the dark."),
    ("Niamh Brennan", "Right. So the LED heads go straight onto your existing poles — instant on, and your running cost drops by about sixty percent. For six poles, with the new drivers and the aiming, you're looking at around thirty-eight thousand plus VAT."),
    ("Siobhán Kehoe", "Thirty-eight. Grand. Well, not grand, but."),
    ("Pádraig Dolan", "We were over in Ballinasloe for the league final, the ones you did there. Those lights are savage, fair play."),
    ("Niamh Brennan", "Ah thanks, they were a good job to do."),
    ("Siobhán Kehoe", "The thing is, we'd love to go ahead, but we won't be spending a cent till the sports capital grant's confirmed. We applied in the spring."),
    ("Niamh Brennan", "That makes sense. A lot of clubs are in the same boat. Do you know when the allocations come out?"),
    ("Siobhán Kehoe", "Before Christmas, they're saying. Who knows."),
    ("Niamh Brennan", "In the meantime, could we do a night-time lux survey on the pitch next Thursday? I'd bring the meter and map the light levels, so the quote's exact and you've something solid for the committee."),
    ("Pádraig Dolan", "Thursday's training night, the lights'll be on anyway. Yeah, grand, come down at half seven."),
    ("Niamh Brennan", "Perfect. I'll bring the lux meter and one of our engineers."),
    ("Ger Kinsella", "I'll get you the pole drawings by the end of next week. They're in the clubhouse somewhere, the ones from when the poles went up in 2009."),
    ("Niamh Brennan", "That'd be great, Ger, especially the mounting heights."),
    ("Siobhán Kehoe", "Actually, here's a thought. Why don't you come to the committee meeting yourself and show them the numbers? It's the last Tuesday of the month. I'll put you on the agenda. Half of them think LED is a fad."),
    ("Niamh Brennan", "I'd be delighted. I'll have the survey results by then."),
    ("Pádraig Dolan", "Mind you, I'm not promising anything. The committee will do what the committee does."),
    ("Niamh Brennan", "Ha, understood. Can you send me the grant application reference as well? It helps to line the quote up with what you applied for."),
    ("Siobhán Kehoe", "I'll dig it out and forward it to you, I'd say it's in my emails somewhere."),
    ("Niamh Brennan", "Brilliant. Thanks all. See you Thursday, Pádraig."),
    ("Pádraig Dolan", "Good luck, Niamh."),
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
