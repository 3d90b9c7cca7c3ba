"""Build the he6 DOCX holdout case (a Teams meeting typed up by the council's minute-taker as `Name: text`).

The hand-written text lives here; run `.venv/bin/python eval/cases/dev/make_h6_he_docx.py` to rebuild
`en-cemetery-mapping-council-committee-slot-docx/transcript.docx`. Core properties are fixed so the output is stable.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
CASE = HERE / "en-cemetery-mapping-council-committee-slot-docx"

TITLE = "Bereavement Services - burial register digitisation - call with Lairdstone Mapping, 17/11/2027"

TURNS = [
    ("Alistair Munro", "Morning, Morag. Morning, Kevin. Thanks for making the time, I know November's a heavy month for you."),
    ("Morag Campbell", "It is. We've had three lair disputes this month alone, which is partly why you're on the call, to be honest."),
    ("Alistair Munro", "Aye, you said. Is that the Abbotshall ones?"),
    ("Morag Campbell", "Two at Abbotshall, one at Dysart. Families coming in saying granny's in lair 214 and the register says 241 and the headstone says something else again. Somebody in 1957 had terrible handwriting."),
    ("Kevin Doyle", "And the paper plans don't match the GIS layer either. The GIS layer was digitised off a photocopy of a photocopy."),
    ("Alistair Munro", "That's the classic one. So, to pick up from the demo, what we'd do is scan the registers, transcribe them, and tie every entry to a lair polygon on the map, so the staff at the counter can click the lair and see who's in it, who owns the right of burial, and how many spaces are left."),
    ("Morag Campbell", "The plot map on your demo was far clearer than anything we've seen, I'll say that. My team were quite taken with it."),
    ("Kevin Doyle", "The search was quick as well."),
    ("Alistair Munro", "Good. Now, I know there was a question about putting it online for the public, family history folk and so on."),
    ("Morag Campbell", "We can't put the registers online publicly, not till the council agrees it. That's a political question, not a technical one."),
    ("Alistair Munro", "Understood, it can sit behind your login for now."),
    ("Kevin Doyle", "On hosting, we'll definitely look at the hosting side at some point, but our cloud policy is a bit of a moving target just now."),
    ("Alistair Munro", "That's fine. We can host in the UK or hand it over to you."),
    ("Alistair Munro", "So what I was going to suggest as a next step was a small pilot, maybe Dysart, since it's the smaller one, and see how the transcription holds up on the old ledgers."),
    ("Morag Campbell", "Honestly, Alistair, before I can agree to any pilot it has to go through the Environment committee. What I'd rather do is get you in front of them. They sit on the 2nd of December, and I'll get you a fifteen-minute slot on the agenda."),
    ("Alistair Munro", "That would be great, thank you. I'll take that."),
    ("Morag Campbell", "I'll need a paper from you for it, two sides, costs and what it does for the public. Plain English, they're councillors."),
    ("Alistair Munro", "Of course. I'll send you a draft of the committee paper by Friday, so you've got time to put it in your format."),
    ("Kevin Doyle", "And so you can see what you're dealing with, I can have twenty scanned register pages over to you before Christmas. The worst ones."),
    ("Alistair Munro", "The worse the better, honestly."),
    ("Morag Campbell", "The DPIA will be started by our information governance team in January, I'll make sure of it, because whatever the committee says we'll need one."),
    ("Kevin Doyle", "Could you send us the DPIA template you used with Perth? Saves us starting from scratch."),
    ("Alistair Munro", "Aye, I'll send that over this afternoon."),
    ("Morag Campbell", "Right. Is that us?"),
    ("Alistair Munro", "I think that's us. Thanks both, and good luck with the lair 214 family."),
    ("Morag Campbell", "Don't. Cheers, Alistair."),
]


def build() -> Path:
    document = docx.Document()
    document.core_properties.author = "Bereavement Services"
    document.core_properties.created = datetime.datetime(2027, 11, 17, 11, 0)
    document.add_paragraph(TITLE)
    for name, text in TURNS:
        document.add_paragraph(f"{name}: {text}")
    out = CASE / "transcript.docx"
    document.save(out)
    return out


if __name__ == "__main__":
    print(build())
