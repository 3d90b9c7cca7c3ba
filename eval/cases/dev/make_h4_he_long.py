"""Writes en-fleet-tyre-tpms-pune-long/transcript.txt (holdout v4, he4): a 200+ turn call.

The call is hand-written below (one line per turn, `X: text` with X a speaker key); the script only expands the
keys to full names. Indian English, four people, a tyre-pressure monitoring vendor and a trucking fleet.
Run: .venv/bin/python eval/cases/dev/make_h4_he_long.py
"""

from pathlib import Path

NAMES = {"V": "Vikram Menon", "J": "Joseph Mathew", "S": "Suresh Iyer", "P": "Pooja Kulkarni"}

CALL = """
V: Hello? Hello, Suresh sir, am I audible?
S: Yes Vikram, audible. Just one second, I'm putting you on the speaker, Pooja is also here.
P: Hi Vikram.
V: Hi Pooja, good afternoon. I have Joseph also with me, he's our application engineer.
J: Good afternoon everyone.
S: Good afternoon. So, how is Bangalore? Raining still?
V: Sir, it stopped finally. Last week it was terrible, my car was in water up to the door.
S: Here also the traffic on Hinjewadi side is madness. It took me one hour ten minutes today for eleven kilometres.
V: Pune traffic is now worse than Bangalore, I think.
S: Don't say that, Bangalore people will get offended.
V: Ha, true, true. And sir, did you watch the match on Sunday?
S: Arre, don't remind me. We were winning till the thirty-fifth over.
P: He was shouting at the TV, his wife told me.
S: Pooja, this is confidential information.
V: Ha ha. Same story in my house, sir.
J: I had switched it off before the last ten overs. Saved my blood pressure.
S: Very wise, Joseph. Very wise. Okay, okay, let's start, I have a call at four.
V: Sure sir. So just to recap from our last meeting, you have roughly three hundred and forty trucks, mostly the ten-wheelers and some twelve-wheelers, running Bhiwandi, Nashik, Pune, Hyderabad.
S: Three hundred thirty-eight as of this month. Two we sold.
V: Okay, three thirty-eight. And tyres are your second biggest cost after diesel.
S: After diesel and driver salary. Third biggest. But the one I can control the least.
V: Understood. So today Joseph will go a bit deeper into how the sensors work, and then I wanted to talk about what a small start could look like.
S: Fine.
P: Before that, can I ask, the sensors you showed last time, they go inside the tyre or on the valve?
J: Good question. We have both. The valve-cap type screws on the valve stem, very easy, five minutes per wheel. The internal type is strapped on the rim inside the tyre, so it needs the tyre to be demounted.
P: For us the valve-cap one will get stolen. Drivers, cleaners, anybody at the dhaba, they will remove it.
J: Yes, that is what most fleets in India tell us. So we recommend the internal one for the trucks, and we fit it whenever the tyre comes in for rotation or retread anyway, so there is no extra downtime.
P: Okay. That makes sense.
S: How long does the battery last inside?
J: Five to seven years, depending on the reporting frequency. We set it to report every two minutes when moving and every thirty minutes when parked.
S: And when the battery dies we have to demount again?
J: Yes, but by then usually the casing has gone for retread two times, so you replace it during that.
S: Hmm.
P: What is the accuracy on pressure?
J: Plus minus one point five psi, and temperature plus minus three degrees.
P: Our guys check with the gauge at the yard, and honestly that gauge itself is not accurate. Half of them are broken.
J: That is very common. We find in the first month most fleets discover twenty to thirty percent of tyres are under-inflated by more than fifteen percent.
S: Twenty to thirty is a big number.
J: It is, sir. And under-inflation is the main killer of casings. The sidewall flexes more, heat builds up, and the casing is not retreadable after that.
P: That is exactly our problem. Our retread rejection rate is very high.
V: What is it currently, if you don't mind sharing?
P: Last quarter almost thirty-eight percent casings rejected by the retreader.
J: Thirty-eight is high. In a well-maintained fleet it should be maybe ten to fifteen.
S: Our retreader also makes money by rejecting, don't forget that.
P: Sir, that is also true.
S: So I don't fully trust that thirty-eight.
V: Fair point sir. With sensor data you will actually have the history of each tyre, so when a casing is rejected you can see whether it ran under-inflated or not.
S: Achha. Then I can fight with the retreader.
V: Exactly sir.
P: How does the data come to us? Through the driver's phone?
J: No, no, there is a small gateway box on each truck, powered from the battery, with its own SIM. It collects from all the wheel sensors and pushes to our cloud.
P: Which network SIM?
J: We use a multi-network SIM, it switches between operators. On the Nashik ghat section also it mostly works, but where there is no network it stores and sends later.
P: Storage how much?
J: Around seven days of data.
P: Okay.
S: And the driver gets any alert in the cabin?
J: Optional. There is a small display unit we can put in the cabin. Some fleets don't want it because drivers ignore it anyway.
S: Our drivers will definitely ignore it.
P: Or they will cover it with a cloth.
S: Ha. Or they will hang a lemon-chilli on it.
J: Ha ha. So most fleets instead use the alert to the control room, and the control room calls the driver.
S: We have a control room in Bhiwandi, twenty-four by seven. That can work.
V: Sir, can I share my screen for a minute? I want to show the control room view.
S: Go ahead.
V: Is it visible? The map with the trucks?
S: Yes, visible.
V: So each dot is a truck, red means one of the tyres is below threshold, orange is high temperature, green is fine.
P: Can we set the threshold per axle? Steer axle we keep different pressure.
J: Yes, per axle position. Steer, drive, trailer, all separately. Even per tyre size.
P: Good.
V: And if I click on a truck, you see all ten wheels, pressure and temperature live, and this graph is the last twenty-four hours.
S: This dashboard is very neat, I must say. Much cleaner than the GPS portal we use.
V: Thank you sir. We spent a lot of time on that.
S: The GPS fellows, every screen is a different colour. Nobody understands.
P: Can it integrate with the GPS portal? Because my team will not open two screens.
J: We have an API, and we have done integrations with three or four of the Indian GPS providers. Which one do you use?
P: I don't remember the exact name, it's a local one, from Ahmedabad I think.
J: Okay, if they have an API we can usually do it in two, three weeks.
P: Hmm.
S: Pooja, remind me, the GPS contract renews when?
P: March, sir.
S: Okay.
V: Sir, shall I go to the tread depth part?
S: Yes, yes.
V: So this is the second module. Your yard staff measure tread depth with a small Bluetooth gauge, and it goes directly into the same tyre history.
P: We measure tread depth now only when the tyre comes for rotation. Every fifteen thousand kilometres.
J: That is fine. With the Bluetooth gauge it takes one minute per tyre and there is no paper.
P: Paper is the biggest problem. The registers get wet, the cleaners write anything.
S: Last year we tried the nitrogen inflation also, one vendor convinced us. No difference at all. Waste of money.
V: Sir, nitrogen helps a little with pressure loss but if nobody is checking the pressure, it doesn't matter what gas is inside.
S: Exactly my point. Without checking, nothing works.
P: The tread depth alerts will be very useful for us, honestly. We are pulling tyres too early on some routes and too late on others.
J: Yes, and you can set a removal depth, say three millimetres for the drive axle, and it tells you which trucks to bring in next week.
P: Next week I have the ISO surveillance audit on the ninth, so please don't give me more work before that.
J: Ha, noted, madam.
S: Okay, coming to cost. Last time you gave some ballpark.
V: Yes sir. For the internal sensors, gateway and software, it comes to roughly twenty-two thousand rupees per truck one-time, plus three hundred fifty per truck per month for the software and SIM.
S: Twenty-two thousand into three hundred thirty-eight. That is seventy-four lakh.
V: Roughly sir, yes. But that is for full fleet, and there will be a volume discount on that.
S: Seventy-four lakh I cannot even ask for this year. The capex for this year is already finished.
V: Understood sir.
S: Suppose we do the whole fleet next year, how many trucks can you fit in one month?
J: With two teams we can do around eighty to a hundred trucks a month, depending on how many tyres come in for rotation.
S: So four months.
J: About that.
P: Sir, if we do it at rotation time only, it will take more like six months.
S: Fine, fine. That is next year's problem.
V: Sir, what we usually suggest is to start with a pilot, maybe some trucks on one route, to see the savings in your own numbers.
S: Ya, ya. A pilot we can see.
V: Because the retread savings alone usually pay for the sensors within about fourteen months.
S: You are all saying fourteen months. Last vendor said ten months.
V: Sir, we are being conservative.
S: Ha. Okay.
J: Madam, one question from my side. The trucks on the Nashik route, do they come back to Bhiwandi every night?
P: Most of them, yes. Bhiwandi to Nashik and back, same day. Some days they stay if there is loading delay.
J: That is the best route for a pilot then. Same yard every night, we can fit and check easily.
P: And the ghat section, you will get the heat data.
J: Exactly. Kasara ghat, the brakes heat up, the tyres heat up. You will see it clearly.
S: Our drivers also drive like they are in Formula One on the ghat.
P: Sir, not all of them.
S: Not all. Eighty percent.
V: Ha ha.
S: Pooja, what is happening with the two trucks that came back with bead damage?
P: Sir, one is with the tyre dealer, one we have put new tyres. I sent you the mail.
S: I have two hundred unread mails.
P: I know sir.
S: Okay, sorry Vikram, continue.
V: No problem sir. So for a pilot, the way we normally do it is ten trucks for ninety days. We fit the sensors at no charge for the pilot, you only pay the software for three months.
S: What does that come to?
V: Ten trucks into three fifty into three months. Ten thousand five hundred rupees total.
S: Okay, that much I can approve myself.
V: That is the idea, sir.
S: But if after ninety days we don't continue, you take back the sensors?
V: Yes sir, we remove them at the next tyre rotation, no cost.
S: Okay. That is fair.
P: Who will do the fitting? Your people or our tyre staff?
J: Our technician, with one of your tyre staff alongside, so your person also learns.
P: We have Santosh in Bhiwandi, he is the best tyre man we have. He can be with your technician.
J: Perfect.
S: Actually, you know what, this kind of thing I have to show to Mr. Rao anyway, he keeps asking why tyre cost is going up every quarter.
V: Mr. Rao is your MD, no?
S: MD, yes. Every Monday we have the ops review with him. I will put this in the Monday review with Mr. Rao, on the seventh, the pilot and the numbers.
V: That will be very helpful, sir. Should I prepare one slide for that?
S: Yes, one slide only. He does not read more than one slide. Pilot cost, what we will measure, and the payback.
V: Sure sir, I'll send you the one slide by Friday so you have it before Monday.
S: Good.
P: Sir, before that also, what about the fitting date?
S: You decide with them, Pooja. You know the yard.
V: So Pooja, can we fit the first ten trucks at the Bhiwandi yard on Monday the fourteenth? After your audit, and after Suresh sir's review.
P: Fourteenth is okay. I'll hold back ten trucks from the Nashik run that morning, and Santosh will be there from eight.
J: Eight is perfect. We will come by seven thirty.
V: Great, thank you madam.
P: But before that, send me the sensor spec sheet and the gateway power requirement, my electrician will ask.
J: I will send the spec sheet and the gateway wiring diagram today evening itself.
P: Okay.
S: And what about the retreading part? You also said something about a retread partner last time.
V: Yes sir, we have a tie-up with a retreader who gives a casing warranty when the tyre is on our sensors.
S: The retreading part, let us see later. That is with purchase, and purchase has their own friends.
V: Understood sir, no problem.
S: One pilot at a time.
V: Of course.
P: Joseph, the sensors, are they okay with high pressure washing? Our cleaners use the pressure jet on the wheels.
J: Internal ones are inside the tyre, so no issue at all. The gateway is IP67, it is mounted under the chassis in a bracket.
P: Under the chassis it will get hit by stones.
J: It is inside a steel bracket. We have fleets running mining roads in Odisha, they are fine.
P: Okay, if mining trucks are fine then our trucks are fine.
S: Our roads are worse than mining roads, Joseph, you have not seen the Bhiwandi godown area.
J: Ha, maybe sir.
V: Sir, one more thing. For the pilot, we would need one login for the control room and one for Pooja madam.
P: Give three. One for Santosh also.
V: Three logins, done. I will create them before the fourteenth.
S: And the data, where is it stored? Our IT will ask this. They are very particular now.
J: Servers are in Mumbai region, data stays in India.
S: Good. That they will ask first.
P: And the SIM cost is included?
V: Included in the three fifty, madam.
P: Okay.
S: Vikram, tell me honestly, what happens when a sensor fails inside the tyre during the pilot?
J: Sir, it just stops reporting, it does not affect the tyre. We replace it at the next demount.
S: No risk of the tyre bursting because of it?
J: No sir, it is strapped to the rim, it is very light, forty grams.
S: Okay.
S: Arre, it's five to four. I have to go for the other call.
V: Sure sir, we are almost done.
S: Pooja will coordinate everything. Pooja, you are okay?
P: Yes sir.
S: Okay. Good. Nice talking to you both.
V: Thank you sir. All the best for the match on Saturday.
S: Don't. Don't jinx it.
V: Ha ha. Bye sir.
J: Bye sir.
P: So Vikram, I will send you the list of the ten truck numbers by Thursday, so you can prepare.
V: Perfect madam, that helps.
J: And the tyre sizes on those trucks also, madam, if possible, then I can bring the correct straps.
P: Most are 295/80 R22.5. Two or three are 10.00 R20 on the older trucks. I will mention in the list.
J: Thank you.
P: Okay. And please, on the fourteenth, your technician should wear the safety shoes and the vest. Our yard is strict.
J: Yes, of course, madam, we always carry.
P: Last time one vendor came in chappals. My safety officer did not let him in.
J: Ha, that will not happen with us.
P: Good. Okay, I have to go to the yard.
V: Thank you so much Pooja. Have a good evening.
P: You too. Bye.
J: Bye madam.
"""


def main() -> None:
    lines = [line for line in CALL.strip().split("\n") if line.strip()]
    out = []
    for line in lines:
        key, text = line.split(": ", 1)
        out.append(f"{NAMES[key]}: {text}")
    path = Path(__file__).resolve().parent / "en-fleet-tyre-tpms-pune-long" / "transcript.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(path, len(out), "turns")


if __name__ == "__main__":
    main()
