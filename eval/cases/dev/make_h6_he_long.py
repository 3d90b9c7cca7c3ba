"""Build the he6 long holdout case: a 40-minute depot meeting, 200+ turns, the commitments buried in footy talk,
coffee and wheel-profile engineering.

Every line is hand-written here (no generated filler); the script only adds the `Name (hh:mm:ss): text` layout and
timestamps. Run `.venv/bin/python eval/cases/dev/make_h6_he_long.py` to rebuild
`en-tram-depot-wheel-wear-long-trial-buried/transcript.txt`.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
CASE = HERE / "en-tram-depot-wheel-wear-long-trial-buried"

NAMES = {
    "N": "Nadia Kovac",  # account executive (rep)
    "R": "Ravi Pillai",  # solutions engineer (rep)
    "G": "Glen Hartley",  # depot manager (customer)
    "S": "Sophie Tran",  # rolling stock engineer (customer)
    "M": "Mick O'Brien",  # procurement (customer), joins late
}

TURNS = """
G|Come in, come in. Mind the step, that lino's been lifting since about 2019.
N|Thanks Glen. This is Ravi, he's our solutions engineer, he's the one who actually understands the maths.
R|Hi Glen. Good to finally meet in person.
G|G'day Ravi. You found the place alright?
R|Eventually. The GPS sent us into the bus interchange first.
G|Ha. Everyone does that. You're not the first and you won't be the last.
N|We did a lap of the car park behind a tram wash.
G|That's our wash, yeah. Sophie'll be down in a sec, she's just finishing a handover with the night shift.
N|No rush at all.
G|Coffee? The machine's actually decent. Sophie made us buy it.
N|I'd love one, thanks. Flat white if it does that.
R|Just a long black for me, thanks.
G|It does everything except fix trams. Hang on.
N|Did you get to the footy on the weekend?
G|Don't. Don't start. We were up by three goals at three-quarter time.
N|Oh no.
G|Oh yes. Kicked four behinds in the last ten minutes. Four. My son won't talk to me.
R|I'm still learning the rules, to be honest. I grew up with cricket.
G|Cricket makes more sense, mate, I'll give you that.
N|Ravi's been here two years and he still calls it a match.
G|It is a match. What else would you call it?
R|See? Thank you.
G|Here she is.
S|Hi, sorry, sorry. Night shift had a door fault on 3021 and nobody wrote it down properly.
N|Hi Sophie, Nadia. We've emailed.
S|Yes, hi. And you must be Ravi.
R|That's me. Hi.
S|Did Glen offer you the coffee?
R|He did. We've heard it's your machine.
S|It's the depot's machine. I just did the business case.
G|Longest business case in the history of the organisation.
S|It paid for itself in morale.
N|That's a better ROI than most of what I sell.
S|Ha. Okay. Where are we starting?
N|So, I thought a quick recap of what you told us on the first call, then Ravi will walk through what we did with the sample file, then we can talk about what a next step might look like. Does that work?
G|Yep.
S|Works for me.
N|So from the first call. You've got the E-class fleet on the 96 and the 86, plus the older Z-class on the back routes. The big cost driver you mentioned is wheel re-profiling, the lathe time, and the fact that you're turning wheels on a fixed kilometre interval rather than on actual wear.
S|Yes. Every fifty thousand kilometres, roughly. Give or take what the lathe can fit.
N|And that the lathe's basically booked solid.
G|The lathe is the single most argued-over piece of kit in this building. More than the coffee machine.
S|That's true.
N|And there was an incident with wheel flats last winter.
S|Two. Two bad ones. Leaf fall season on the 86, sliding on the hill, flats on four bogies. Those trams sounded like a washing machine full of bricks.
G|We got complaints from residents. A councillor rang me personally.
N|Ouch.
G|At home. On a Sunday.
N|Okay. So that's the context. Ravi?
R|Sure. So, Sophie, you sent us the sample, which was six months of profile measurements from the wheel measuring machine for twelve trams.
S|The worst twelve, yes. I thought I'd make it hard for you.
R|You did. So what we did is we took flange height, flange thickness, the qR value, and the tread hollowing, and we modelled the wear rate per wheelset against kilometres, route, and season.
S|Per wheelset, not per tram?
R|Per wheelset. Because the leading wheelset on the bogie wears differently, especially on the tight curves on the 96 near the park.
S|The Albert Street curve.
R|That's the one. You lose flange thickness there about forty percent faster than anywhere else on the network.
S|Yeah, that tracks. We've got a lubricator there that works about one week in three.
G|It's on the list.
S|It's been on the list since I started.
R|So, the headline. If you turned on condition rather than on the fixed interval, on those twelve trams you would have pulled four of the re-profilings forward and pushed eleven of them back. Net, fewer lathe slots, and less metal taken off per turn.
S|Less metal per turn is the bit I care about. Every turn we take off more than we need to, and that's wheel life we never get back.
R|Exactly. On the sample, the model says you're taking off about one point eight millimetres more than the wear needs, on average.
S|Hm. I'd want to see how you got that.
R|Of course. It's all in the appendix. Can I share the screen on your TV?
G|Go for it. The cable's the grey one. No, the other grey one.
R|Got it. Okay, so this is the wear-prediction chart. Each line is a wheelset. The shaded band is the confidence interval. The red dotted line is your flange thickness limit.
S|Okay. So where the band hits the red line is your predicted turn date.
R|Right.
S|That's actually really clear. The wear-prediction chart is genuinely useful, I could hand that to the lathe planner as is.
R|That's what it's built for, really.
G|And what's this column here, the confidence?
R|That's how sure the model is about the date. Early on, with only a few measurements, it's wide. After three or four measurements on the same wheelset, it narrows to about a week.
G|A week's fine. The lathe's booked three weeks out anyway.
S|What did you do about the winter flats? Because the flats aren't wear, they're an event.
R|Good question. We flag them separately. A flat shows up as a step in the profile data, and also as a spike if you've got the wheel impact load detector feeding in.
S|We've got a WILD on the 86 but it's not connected to anything. It emails a PDF to a mailbox nobody reads.
G|That mailbox is mine.
S|I rest my case.
N|So the WILD data could come in later. Not day one.
S|Yeah, let's not boil the ocean.
R|Agreed. Day one would just be the wheel measuring machine and the kilometres from Maximo.
S|Kilometres from Maximo. Okay, so that's the bit I'm nervous about. Our Maximo is... bespoke.
G|That's a nice word for it.
S|It was set up by a contractor in 2016 who then left the country.
R|Ha. We see that a lot. We only need read access to the meter readings table. We don't write anything back.
S|Read only. Okay. IT will like that better.
G|IT likes nothing, Sophie.
S|IT likes read only.
N|And we're not putting anything on the trams themselves.
G|Good, because we're not putting anything on the trams themselves, no onboard hardware, full stop. Every time someone bolts a box onto a tram it becomes my problem for fifteen years.
N|Totally. Nothing on the vehicle. It's all off the data you already collect.
G|Good.
R|Can I ask about the measuring machine? Is it the one that exports CSV, or the older one?
S|The newer one. We replaced the old one in 2025. It exports CSV and there's an API but nobody's turned it on.
R|CSV's fine for a start.
S|We did a lathe scheduling spreadsheet project in 2025 as well. Sort of a poor man's version of this. It lasted about four months.
N|What happened to it?
S|The person who built it went on parental leave and nobody else could open the macros.
G|Classic.
N|That's actually a really common story. That's partly why we host it.
G|Where's it hosted?
R|In Australia. Sydney region.
G|Procurement'll ask about that. Mick's joining in a bit, he's in another meeting.
N|Great, that's useful to have him.
G|Don't say that till you've met him.
N|Ha.
S|Can I go back to the one point eight millimetres?
R|Sure.
S|Because that assumes we turn to the minimum. In practice the lathe operator takes off a bit more to be safe, especially if there's a flat.
R|Yes, so the model has a safety margin setting. You can set it per depot, per class.
S|Per class, yes. The Z-class wheels are a different profile.
R|We saw that in the sample. Two of the twelve were Zs.
S|Ugh, those two. 1804 and 1811.
R|How did you know?
S|Because they're always those two.
G|1811's cursed. Everyone knows that.
N|Every fleet has one.
G|It had a bird strike on the pantograph once. A whole cockatoo.
R|A cockatoo?
G|Swear to God. Looked like a pillow fight.
S|Can we not.
G|Sorry. Carry on.
R|So, the other thing we can show is the lathe plan view. This is the next twelve weeks. It packs the predicted turns into the lathe slots, and it flags where you'll run out of capacity.
S|Oh, look at that. That's week 38. We always run out around week 38.
R|It's the leaf fall again.
S|Yeah.
G|And what does it cost, roughly, for the whole thing?
N|So for the two E-class routes and the Z-class, which is about a hundred and sixty vehicles, the subscription is roughly ninety-two thousand a year. That includes the hosting, the Maximo connector, support.
G|Ninety-two.
N|Ballpark. And we'd usually start with a trial, so that's not a number you'd be committing to straight away.
G|If we rolled it to all four depots, does the licence go per tram?
N|Per vehicle, yes, with a step down at about three hundred vehicles.
G|Hm. Okay.
N|I know you said on the first call that your exec team would want to see this eventually. We should get the exec team across this at some point.
G|Maybe down the track. Not yet. They'll want numbers from our own trams, not from a slide.
N|That's fair. That's what a trial would give you.
S|Sorry, can I take a quick call, it's the lathe.
G|Of course it is.
S|Two minutes.
N|Take your time.
G|So how long have you two been with this mob?
N|I've been there three years. Ravi's two.
R|Before that I was at a freight railway in Queensland. Bogies all day.
G|Ah, so you know bogies.
R|I know bogies. I've been under more bogies than I'd like to admit.
G|Which railway?
R|Coal, out of the Bowen Basin. Very long trains, very heavy wheels.
G|Different world.
R|Very different. Your trams brake a lot more, though. The braking is what kills your wheels.
G|The 96 is stop-start the whole way. Every hundred metres someone rings the bell.
R|That's in the data. You can see it in the tread.
G|Really?
R|Yeah, the hollowing on the 96 is worse than the 86 even though the 86 has the hill.
G|Huh. I'd never have guessed that.
N|He gets excited about tread hollowing.
R|I do. It's a problem.
G|Everyone's got a thing.
S|Sorry. Sorted. The lathe's fine, the operator's not.
G|Which one?
S|Don't ask.
G|Fair.
N|So we were just talking about the braking on the 96.
S|Oh, that's a whole thing. We've had a request in for driver training on the braking curve for about a year.
G|That's not us, that's operations.
S|It's always operations.
R|We can actually break the wear down by driver shift if you ever want that, but honestly, I'd leave that out of a trial. It gets political.
G|Leave it out. Please. The union would have my head.
N|Noted. Not in scope.
S|So what would a trial look like, practically?
R|Practically, we'd need three things from you. Read access to the Maximo meter readings, or even a weekly export. The CSV from the measuring machine, backfilled two years if you've got it. And a list of the vehicles in scope.
S|Two years we've got. It's just sitting on a share drive.
R|Two years is great. That's enough for the model to calibrate properly.
S|I'll pull the last two years of wheel profile measurements out of the share drive and get them to you by Friday week, so the twentieth. I need to clean out the duplicate runs first.
R|Perfect. Duplicates are fine, we dedupe, but clean is better.
S|Trust me, you don't want them raw. There's a month in 2026 where the machine measured every wheel twice and labelled one of them upside down.
R|Ha. Okay, yes please clean those.
N|And in terms of which trams. I was going to suggest the E-class on the 96. Ten of them. That gives us the Albert Street curve and the stop-start braking, the two things you care about most.
G|Ten's manageable.
S|The 96, yeah.
N|So, could we start the trial on the Route 96 trams, the ten E-class, on the first Monday of September, and run it for twelve weeks? That takes you through the leaf fall, which is when you'd really see it.
G|Yeah, look, let's do that.
S|Twelve weeks through leaf fall. Good. That's the real test.
N|Great. I'll send through the trial agreement tomorrow, it's a two-pager, no cost for the twelve weeks.
R|And I'll set up the Maximo connector in our sandbox before then, so on the first Monday it's just switching it on.
S|You'll need someone from IT for the access.
R|If you can give me a name, I'll chase them.
S|Priya on the enterprise apps team. I'll send you her details.
R|Great, thanks.
G|Here's Mick.
M|Sorry, sorry. Budget meeting. Nobody has any money, as usual. What did I miss?
G|They've got a wheel wear thing, we're going to trial it on the 96 from September.
M|Trial, fine, but you know the rule. Anyone who touches our data has to be on the supplier register first.
N|Of course. What do you need from us?
M|Send me your insurance certificates and the ISO cert. Public liability, professional indemnity, and the 27001 if you've got it.
N|We've got all three. I'll get those to you today.
M|Good. Then I'll kick off the vendor onboarding this week, so it's through before September. It takes about three weeks once I've started it.
N|Perfect, that lines up with the start date.
M|And don't send me anything on letterhead with a logo I can't read. Last vendor sent me a PDF that was eighty megabytes.
N|Ha. Noted. Plain PDFs.
M|Is there a cost after the trial?
N|If you go ahead, yes. Ballpark ninety-two thousand a year for the whole E and Z fleet, less for one route. But that's a conversation for after the trial.
M|Right. Well, that would be a tender, probably, at that number. Over a certain amount we have to go to market.
N|Understood. We've been through a few of those.
M|I bet.
G|Mick, did you see the footy?
M|Don't.
G|That's what I said.
M|Four behinds, Glen.
G|I know.
N|We've been hearing about the four behinds for an hour.
M|It'll be another hour. Sorry.
S|Can we just go back to the lathe plan for a second? Because if the trial says we should move turns forward, who decides? Me or the model?
R|You decide. Always. The model recommends. Your planner accepts or overrides and we log why.
S|Good. Because I'm not having an algorithm pull a tram out of service on the Monday of the grand final.
G|Nobody pulls anything out on grand final week.
R|There's a blackout calendar for that. You can block weeks.
S|Oh, right. Okay.
N|And the overrides are useful data for us, too. We learn from them.
S|As long as nobody uses them to tell me off.
N|Never.
G|So who's our contact, once it's running?
N|Ravi for anything technical, me for anything commercial. And we have a support line, Melbourne hours.
G|Your support people were good on the phone when I rang about the sample file.
N|Oh, that's nice to hear.
G|I was not at my best that day.
R|Was that Tom?
G|Might've been. Young bloke.
R|That's Tom.
S|Do we get training?
R|Yes. A half-day for the planners and engineers, on site. We'd do it in the first week of the trial.
S|Can it be in the afternoon? Mornings are chaos.
R|Afternoon's fine.
S|Good.
M|Alright, I've got another one at two. Send me those certs.
N|Today, Mick.
M|Good. Nice to meet you both.
R|You too.
G|He's alright, Mick.
N|He seems efficient.
G|He is. He's just allergic to vendors.
S|He's allergic to everyone. It's not personal.
N|Okay. So, just to recap so we're all on the same page.
G|Go.
N|Sophie's sending the two years of profile data by the twentieth. We start the trial on the ten E-class on the 96 on the first Monday of September, twelve weeks. I'm sending the trial agreement tomorrow and the certs to Mick today. Ravi's setting up the connector and chasing Priya for the access.
S|And the training in the afternoon.
N|And the training in the afternoon, first week.
G|Sounds right.
S|Yep.
N|Great. Anything we've missed?
S|The lubricator on Albert Street.
G|That's not theirs, Sophie.
S|I know. I just like saying it out loud.
G|Ha. Right. I'll walk you out, there's a tram coming out of the wash and you don't want to be standing where you parked.
N|Thanks Glen. Thanks Sophie.
S|Thanks both. See you in September.
R|See you. Good luck with the footy.
G|Don't.
"""


def build() -> Path:
    lines = [ln for ln in TURNS.strip().split("\n") if ln.strip()]
    out, t = [], 4
    for ln in lines:
        who, text = ln.split("|", 1)
        h, m, s = t // 3600, t % 3600 // 60, t % 60
        out.append(f"{NAMES[who]} ({h:02d}:{m:02d}:{s:02d}): {text}")
        t += 6 + len(text) // 14
    path = CASE / "transcript.txt"
    CASE.mkdir(exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build(), len([ln for ln in TURNS.strip().split("\n") if ln.strip()]), "turns")
