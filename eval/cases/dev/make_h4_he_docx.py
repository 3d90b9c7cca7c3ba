"""Writes en-hotel-laundry-lagos-deposit-friday-docx/transcript.docx (holdout v4, he4).

The call text is hand-written here; the script only lays it out as a Word document (a title, a date line,
then one `Name: text` paragraph per turn), as a meeting-notes export would.
Run: .venv/bin/python eval/cases/dev/make_h4_he_docx.py
"""

from pathlib import Path

import docx

TURNS = [
    ("Emeka", "Good afternoon ma. Good afternoon Engineer. Thank you for receiving me, I know Tuesday is always busy for you."),
    ("Mrs Adeyemi", "You're welcome Emeka. Sit down. Engineer Babatunde will join us, he is coming from the boiler room."),
    ("Babatunde", "I'm here, I'm here. Sorry, the generator people were disturbing me."),
    ("Emeka", "No wahala sir. So, like I said on the phone, I came to give you the final figures on the two washer-extractors and the dryer, and to answer the questions you sent on WhatsApp."),
    ("Babatunde", "My main question is power. Our PHCN supply is off more than it is on, so everything runs on the diesel generator. How much load are we talking?"),
    ("Emeka", "Each washer-extractor is about four point five kilowatts at peak spin, and the dryer we are recommending is gas-heated, so on the electrical side it is only the drum motor and the fan, under two kilowatts. The big saving is the spin. At three hundred and fifty G the linen comes out so dry that the dryer time drops by almost half."),
    ("Babatunde", "Half? Are you sure about that?"),
    ("Emeka", "From the Ikoyi property we installed last year, their dryer cycle went from fifty-five minutes to thirty. I can put you in touch with their engineer."),
    ("Babatunde", "Okay. That one I will like to hear from him directly."),
    ("Mrs Adeyemi", "The last vendor we used, in 2023, their machine broke down and we waited four months for one bearing from overseas. Four months, Emeka. We were sending our sheets outside to dry-cleaners."),
    ("Emeka", "Ma, that is exactly why we keep the spare parts in our Ikeja warehouse. Bearings, door seals, the control boards. And our technician is within one hour of you."),
    ("Mrs Adeyemi", "Your after-sales people have been very responsive on the kitchen equipment, I will give you that. That is why I called you and not the others."),
    ("Emeka", "Thank you ma, I appreciate that."),
    ("Mrs Adeyemi", "Now the money. The figure you sent, eighty-four million naira for the three machines. It is too much."),
    ("Emeka", "Ma, the figure includes installation, the first year service, and training for your laundry staff. Because you are taking three units I can remove the delivery charge. That brings it to eighty-one million five hundred."),
    ("Mrs Adeyemi", "And the ironer?"),
    ("Emeka", "The flatwork ironer I can quote separately."),
    ("Mrs Adeyemi", "No, we cannot do the ironer this year. Our budget will not carry it. Just the three machines."),
    ("Emeka", "Understood ma. So with eighty-one five, the terms are sixty percent deposit, the balance on delivery. If I send the proforma invoice today, can we get the deposit by Friday so I can lock the units from the next shipment?"),
    ("Mrs Adeyemi", "Engineer, you are satisfied with the technical side?"),
    ("Babatunde", "If the Ikoyi engineer confirms the dryer time, I am satisfied."),
    ("Mrs Adeyemi", "Okay. Send the proforma today. We will pay the deposit on Friday. I will sign the transfer myself."),
    ("Emeka", "Thank you very much ma. I will send the proforma before five o'clock, and I will call the Ikoyi engineer tonight so he can talk to Engineer Babatunde tomorrow."),
    ("Babatunde", "And please send me the installation drawing, the drain size and the gas connection, so I can prepare the room."),
    ("Emeka", "I will send the installation drawing with the proforma."),
    ("Babatunde", "I go send you the photos of the laundry room tomorrow morning, make your technician see the space."),
    ("Emeka", "Perfect sir. Thank you ma, thank you sir."),
]


def main() -> None:
    out = Path(__file__).resolve().parent / "en-hotel-laundry-lagos-deposit-friday-docx" / "transcript.docx"
    d = docx.Document()
    d.add_heading("Laundry equipment - hotel visit, Victoria Island", level=1)
    for speaker, text in TURNS:
        d.add_paragraph(f"{speaker}: {text}")
    d.save(out)
    print(out)


if __name__ == "__main__":
    main()
