"""Build the 200+ turn transcript of en-glass-recycling-optical-sorter-long (holdout v3, he3).

Hand-written dialogue: a glass-cullet optical sorter sales visit at a recycling plant, with long small talk and
technical discussion; the customer's commitments are buried in the middle. Written as `Name: text` lines.
Run: .venv/bin/python eval/cases/dev/make_h3_he_long.py
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "en-glass-recycling-optical-sorter-long" / "transcript.txt"

WHO = {"H": "Hannah Cole", "P": "Pete Marsh", "L": "Luis Ortega", "D": "Dwayne Fisher", "C": "Carla Simmons"}

SCRIPT = """
L|Hey, come on in, come on in. Watch the forklift, he doesn't look.
H|Thanks Luis. Wow, it's loud in here.
L|This is the quiet side. Wait till you hear the crusher.
P|Pete Marsh, application engineer. Good to finally meet you in person.
L|Luis. This is Dwayne, he keeps the place running.
D|Somebody has to.
H|Nice to meet you, Dwayne.
D|Yep. You guys want coffee? It's terrible.
P|Terrible's fine.
D|Good, because that's all we got.
L|How was the drive down?
H|Long. There's construction on the interstate the whole way past Bakersfield.
L|Oh, they've been doing that since I was in high school.
P|We sat behind a truck full of onions for forty minutes.
L|That's the Central Valley for you.
H|It smelled like a burger joint the whole way.
L|Ha. And you're staying over?
H|Just tonight, we fly out of Fresno in the morning.
L|Go to Pho Saigon on Blackstone if you get a chance. Best thing in town.
P|Writing that down.
D|Get the number nine.
P|Number nine. Got it.
L|Okay, so, come through to the office, it's got AC at least.
H|Thank God. What is it out there, a hundred and six?
L|A hundred and eight yesterday. The guys on the tipping floor are doing half-hour rotations.
H|That sounds brutal.
L|It is what it is. Okay. Sit, sit.
D|Coffee.
P|Thanks man.
H|So, um, thanks again for having us out. I know August is, you know, it's a lot.
L|Every month is a lot. So what do you want to see first? The glass line or the numbers?
H|Maybe the numbers first?
L|Sure. So, okay. We take in about, what, Dwayne, eleven hundred tons of mixed glass a month now?
D|Eleven-fifty last month.
L|Eleven-fifty. From three counties, all single stream. And the bottle plant in Madera is our buyer for the amber and flint.
P|And green?
L|Green mostly goes to fiberglass, or aggregate when it's bad.
H|And the bad is where it hurts.
L|The bad is where it hurts. So Madera pays us on purity. If the CSP, the ceramic, stone, porcelain, is over a certain number, they knock us down a grade, or they reject the load.
P|What's their spec on CSP?
L|Twenty grams a ton for the top grade.
P|Twenty. Okay, that's tight.
L|It's tight. And we're running, what were we, Dwayne, fifty? Sixty?
D|Depends on the day. After a holiday weekend it's a hundred. People throw their dinner plates in the blue bin.
H|Seriously?
D|Coffee mugs. A toilet tank lid last week.
P|A toilet tank lid.
D|Whole lid. Porcelain. Came right up the belt.
L|So that's where we are. Right now we hand-pick the CSP after the screens, two pickers a shift, three shifts.
H|Six people on picking.
L|Six people, and it's the job nobody wants. Turnover on that station is crazy.
P|What size fraction are they picking?
D|Everything over about three-eighths. Below that we can't do anything, it goes through.
P|Right, and the fines are where most of the CSP ends up, percentage-wise.
D|Tell me about it.
P|So the way our unit handles that, and I'll show you on the laptop, is the camera looks at transmitted light, so glass lets light through and ceramic doesn't, and we fire an air jet at anything opaque.
D|How small?
P|Down to about four millimeters on the fine unit. Quarter inch, give or take.
D|Quarter inch. Huh.
L|What's the throughput on the fine unit?
P|About eight tons an hour on a one-meter belt, depending on the moisture.
L|Moisture's a problem in winter. We get fog, the glass comes in wet.
P|We'd want a dryer ahead of it, or at least a vibratory spread so it's a single layer.
D|We have a shaker already, before the screens.
P|That can work if it's presenting a monolayer. I'd need to see it.
D|It's a decent shaker.
H|Can I ask about the buyer side, Luis? When Madera knocks you down a grade, what does that cost you per ton?
L|About eighteen dollars a ton, roughly, between top grade and second grade. And a rejected load, they send it back and we eat the freight, that's a couple thousand each time.
H|How many rejected loads this year?
L|Seven. Eight?
D|Eight. The one in June.
L|Eight. The one in June was ugly.
H|So just the downgrades and rejects, you're looking at, what, a couple hundred thousand a year?
L|Probably more when you add the picking labor.
H|Okay. That's helpful.
L|I'm not gonna pretend it isn't a problem. It's a problem.
P|Can I show you a couple of results from a plant in Oregon? Similar infeed.
L|Go ahead.
P|So this is their CSP before and after. Before about seventy grams a ton, after the fine and coarse units they were at twelve.
L|Twelve. Consistently?
P|Monthly average. Some days higher.
D|What's the reject stream look like? How much good glass do you lose?
P|Good question. They were losing about four percent of good glass into the reject. You can tune that, more aggressive means cleaner product but more loss.
D|Four percent of eleven hundred tons is, what, forty-some tons of glass in the reject bunker.
P|And you can run the reject through a second pass, recapture about half of it.
D|Second pass means a second machine.
P|Or a recirculation loop, same machine, lower throughput.
D|Hmm.
L|Dwayne's doing math in his head, he does that.
D|Somebody has to.
H|Ha.
P|Air. I should ask about air. What compressors do you have?
D|Two Kaesers, hundred horse each, one's a backup really. They feed the whole plant though, the balers, the air knives on the paper line.
P|So each of our units pulls roughly three hundred CFM at full eject rate.
D|Three hundred each?
P|At full eject. Average is lower, more like one-eighty.
D|We're already tight. When the paper line air knives are going we're down to ninety psi sometimes.
P|Then you'd probably want a dedicated compressor for the sorters. I'll put the air consumption numbers for both configurations in an email, with the compressor spec we usually recommend.
D|And can you send me the wear-part list with prices? Ejector valves, the lamps, whatever wears out. I want to know what I'm stocking.
P|Yep, I'll add the wear-part list with pricing to that same email.
D|Valves especially. How long do the valves last?
P|Three to five years on glass, it's abrasive dust, we've seen both.
D|And the lamps?
P|LED, so basically the life of the machine.
D|Okay, that's better than the last guys.
L|We already had one of the big European outfits in here in the spring, by the way. Just so you know where we are.
H|Appreciate you telling me. How did that go?
L|They were fine. Expensive. They wanted to sell us a whole line, and we don't need a whole line, we need the CSP gone.
H|That's fair. We can do just the CSP piece.
L|Honestly, your approach, bolting two units onto the line we have, makes a lot more sense for a plant our size.
H|Good. That's the intent.
L|We'll definitely look at it seriously.
H|Would it make sense to get a test going at some point? Run your glass through our machine?
L|Sure, maybe. Let me think about it.
H|Okay.
L|Okay, enough slides. Grab a vest, both of you, and glasses. Dwayne, earplugs.
D|Here.
H|Thanks.
L|So this is the infeed, this comes off the single-stream line next door.
P|And the trommel is first?
D|Trommel first, then the crusher, then the screens.
P|What's the crusher setting?
D|We're at about three-quarter minus, we can go finer.
P|Don't go finer. Fine is harder for everybody.
D|Wasn't planning on it.
H|Is that the picking station up there?
L|That's it. See the two guys with the gloves?
H|In this heat.
L|In this heat. We rotate them every hour in summer.
P|Can I see the shaker running?
D|Give me a second. Okay, watch the spread.
P|That's pretty good. It's layering out nicely at this feed rate.
D|At this feed rate. At full feed it piles up on the left side.
P|A guide plate could fix that. We'd figure that out in the layout.
D|We tried a guide plate. It wore through in a month.
P|Then ours would need to be AR steel, or the ceramic-lined one.
D|Ceramic-lined, sorting ceramic. There's a joke there.
L|He's been waiting all day to make that joke.
D|All week.
P|Ha. Where would the units go, you think? After the screens?
D|After the screens there's the conveyor to the bunkers. That run there. About thirty feet.
P|Thirty feet is enough for two units if we stack them. Headroom?
D|Eighteen feet to the trusses.
P|That works. I'll need a drawing of that bay.
D|I've got CAD, it's old but it's accurate. I'll send you the bay drawing.
P|Perfect.
L|Okay, let's get out of here before we melt.
H|Yes please.
L|Back to the AC. Dwayne, can you ask Carla if she's got five minutes?
D|She said she'd come by after her call.
L|Okay. So while we wait, how long have you been at this company, Hannah?
H|Six years. Before that I sold conveyor belts, believe it or not.
L|Conveyor belts! So you know the pain.
H|I know the pain. I know every belt splice joke there is.
L|Dwayne has a few more for you.
D|I'll save them.
H|What about you, how long have you been here?
L|Nineteen years. I started on the tipping floor.
H|No way.
L|Way. Drove a loader for six years. My knees still remember.
P|You ever get a weird one on the tipping floor?
L|A live snake. Twice. And a bowling ball, that one went right through a screen.
P|A bowling ball.
L|The screen guys still talk about it.
H|So your son's playing fall ball?
L|Club soccer now, he quit baseball. He's thirteen, he's too cool for baseball apparently.
H|My daughter did the same thing, switched to volleyball.
L|They grow up. Okay, here's Carla.
C|Hi, sorry, sorry. That call ran long. Carla Simmons, I'm the finance side.
H|Hannah Cole, nice to meet you. This is Pete, our application engineer.
P|Hi Carla.
C|Hi. Luis told me you're the CSP people.
H|We are the CSP people.
C|Okay. So I have one question and it's the same question I always have. What does it cost and when does it pay back?
H|For the two-unit configuration, installed, we're in the range of seven-twenty to eight hundred thousand, depending on whether you need the dedicated compressor.
C|Okay.
H|And based on what Luis walked us through, the downgrades, the rejected loads and the picking labor, we think the payback is somewhere around two and a half years.
C|Two and a half, with what purity assumption?
P|Assuming you get to the top grade, so under twenty grams a ton, most months.
C|And if you don't?
P|Then it stretches. That's why we'd want to test your actual glass first, not a brochure.
C|Right. Well, that's the thing. I'm not taking a brochure number to the owners.
L|Which is fair.
H|Completely fair. And that's actually where I wanted to land today. Pete's got the test sorter in our Sacramento center open the week of September fourteenth. Could you ship us two supersacks of your mixed cullet by next Wednesday, the twenty-sixth, so we can run it through the week of the fourteenth?
L|Two supersacks. Dwayne, can we spare that?
D|We can spare two. It's the same glass we're sending to aggregate anyway.
L|Yeah, let's do that. We'll have two supersacks on a truck to Sacramento within five business days.
P|Great. I'll send the sampling instructions, so it's a real mix and not the best sack in the yard.
D|We'd never do that.
P|Everybody does that.
L|And honestly I want to see it with my own eyes. Dwayne and I will drive up for the test run in mid-September, whatever day Pete picks.
P|I'll pick the day and send you a calendar hold.
C|And look, if the test shows you can get us to top grade, I'll put it in the Q4 capex round. That's the one the owners actually look at.
H|That'd be great, Carla.
C|No promises beyond that. But if the numbers are real, it goes in.
H|Understood.
L|I'll also get you the lab results from Madera for the last three months, so you can see what they're actually measuring on our loads. By Friday.
H|That would really help us tune the test.
C|Okay, I have to run, I have another call. Nice to meet you both.
H|You too, thanks Carla.
P|Bye Carla.
L|She's tough but she's fair.
H|We like tough but fair.
L|So you'll do the quote?
H|Yes. I'll get you a budgetary quote for both units by Monday, with and without the compressor.
L|Good. Send it to me and Carla both.
H|Will do.
P|Dwayne, one more technical question. What's your power situation in that bay?
D|Four-eighty three phase, there's a panel right there by the bunkers.
P|Spare breakers?
D|A couple, should be enough.
P|Each unit's about fifteen kVA.
D|Should be fine.
P|And do you have network out there? Ethernet?
D|Wi-Fi that drops every time the loader goes by.
P|We'll want a hardwired line for remote support.
D|Pulling a line's not hard, if we ever get that far.
L|And whatever happens, we can't take the glass line down for an install during the holidays, the county contract has tonnage minimums.
H|Good to know, we'd plan around that.
D|If we went with the dual-camera unit instead of the standard one, would we need a second compressor?
P|Probably not, it's the same valves. But I'll check the air numbers and put it in the email.
H|He'll triple-check, he always does.
D|Like me and my math.
L|Two of a kind.
H|Okay. I think we've taken enough of your day.
L|No, no, it's fine.
H|So just to recap, two supersacks on a truck within five business days, the Madera lab results by Friday, and you and Dwayne come up to Sacramento mid-September for the run.
L|That's right.
H|And on our side, the quote by Monday, the air and wear-part email, the sampling instructions and the calendar hold.
P|And the bay drawing from Dwayne.
D|Yeah, I'll dig it out.
L|And go to Pho Saigon.
P|Number nine.
D|Number nine.
H|Thanks so much, both of you. Stay cool.
L|Drive safe. Watch for the onion trucks.
H|Ha. Will do.
"""


def main() -> None:
    lines = []
    for raw in SCRIPT.strip().splitlines():
        code, text = raw.split("|", 1)
        lines.append(f"{WHO[code]}: {text}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
