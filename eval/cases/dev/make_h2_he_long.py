"""Writes en-pestcontrol-bakery-renewal-long/transcript.txt (holdout v2, now dev; writer "he").

A 200+ turn renewal call between a commercial pest-control provider (two reps) and a frozen-pizza bakery
(plant manager + QA manager). The commitments sit inside small talk and technical discussion. Every line
below is hand-written; the script only numbers them and adds `[hh:mm:ss] Name: text` time stamps.
Run: .venv/bin/python eval/cases/dev/make_h2_he_long.py
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
CASE = HERE / "en-pestcontrol-bakery-renewal-long"

N, O, G, M = "Nadia Haddad", "Owen Fischer", "Greg Thompson", "Maria Santos"

OPENING = [
    (N, "Hi everyone, can you hear me okay? I'm dialing in from a parking lot, so apologies if the wind picks up."),
    (G, "Yeah, we got you. Maria's here with me in the conference room, and Owen's on from, where are you, Owen?"),
    (O, "I'm in the truck outside the dairy plant in Sheboygan. Just finished up there."),
    (M, "Hi Nadia, hi Owen."),
    (N, "Hi Maria. How was the weekend?"),
    (M, "Cold. My son had a hockey tournament in Green Bay, so we spent two days in an ice rink."),
    (G, "That's the Wisconsin weekend right there."),
    (M, "Pretty much. They won two, lost one. He scored once, so he was happy."),
    (O, "How old is he now?"),
    (M, "Eleven. He's taller than me already, which is rude."),
    (N, "Ha. My nephew's the same, twelve and looking down at me."),
    (G, "Did anybody watch the game Sunday?"),
    (O, "Oh, don't start."),
    (G, "I'm just saying, that fourth quarter was painful."),
    (O, "Painful is generous. I turned it off with six minutes left."),
    (N, "I don't follow it, so I'm staying out of this one."),
    (G, "Smart. Keeps your blood pressure down."),
    (M, "Greg's blood pressure was not down on Monday morning."),
    (G, "It was not. Okay, okay. We should probably do the actual meeting."),
    (N, "Yeah, let's. So the plan today was a quick look back at the last twelve months, then audit prep, and then the renewal, since the current agreement runs out December 31st."),
    (G, "Sounds right."),
    (N, "Owen, do you want to kick off with the service numbers?"),
    (O, "Sure. So, twelve months, twenty-six scheduled services, plus four callouts."),
    (M, "Four? I thought it was three."),
    (O, "Four. The dock three one in March, the break room in May, the receiving office in July, and the one where the, uh, the bird got into the packaging hall."),
    (M, "Oh, the bird. I forgot about the bird."),
    (G, "Nobody forgets the bird. Took us two hours to get it out."),
    (O, "It was a starling. A very determined starling."),
    (N, "Was that before or after the netting went up?"),
    (O, "Before. Nothing since the netting."),
]

RODENTS = [
    (O, "So, rodents. Exterior bait stations, forty-two of them around the perimeter. Activity's been mostly low, except the stretch along the east fence by the dumpsters."),
    (G, "That's the dumpster pad, yeah. The hauler keeps leaving the lids open."),
    (O, "Right, and you can see it in the counts. September and October, stations thirty-one through thirty-five had consumption on nearly every visit."),
    (M, "Is that going to be an issue for the audit?"),
    (O, "On its own, no, it's exterior, and the trend and the corrective action are documented. But the auditor will ask what you did about the lids."),
    (M, "We did send a letter to the hauler."),
    (G, "Two letters."),
    (M, "Two letters. And the second one had some, uh, stronger wording."),
    (N, "Did anything change after that?"),
    (M, "For about two weeks."),
    (O, "Interior's cleaner. Multi-catch traps inside, sixty-eight devices, three captures all year, all in the dock three area, all in the spring."),
    (G, "That was before the door seals."),
    (M, "Yeah, we already replaced the dock three door seals in August."),
    (O, "And since the seals, zero interior captures. That's a pretty clear story for the auditor."),
    (M, "Can we get that on one page? Like a before-and-after?"),
    (O, "Yep, I'll put a one-page before-and-after in the audit binder next visit."),
    (N, "And the trend charts in the portal show the same thing, right?"),
    (O, "Right, same data, the portal version's just monthly."),
    (M, "Honestly, the new trend reports are way easier to read than the old PDFs."),
    (G, "I noticed they show up on the first of the month now."),
    (N, "They do, yeah. What about the glue boards in dry storage, Owen?"),
    (O, "Nothing. Clean all year."),
    (G, "How often are you checking the interior right now, every two weeks?"),
    (O, "Every two weeks on the interior, monthly on the exterior, plus the pheromone traps every two weeks."),
    (G, "If we went to monthly instead of bi-weekly on the interior, what would that save?"),
    (N, "Roughly eighteen hundred a year, but I'd be careful with that before an AIB audit. Frequency is one of the things they look at."),
    (M, "Yeah, I don't want to touch frequency before January."),
    (G, "Fine, fine, I was just curious."),
    (O, "The other thing on rodents is the rail spur on the north side. The railroad cleared the brush in October."),
    (G, "Finally."),
    (O, "So we lost some harborage there, which is good, but we also saw a little bump in the north stations right after, which is typical. Stuff gets displaced."),
    (M, "Displaced where?"),
    (O, "Mostly toward the ditch, away from the building. Stations forty and forty-one. It's already settled back down."),
    (M, "Okay."),
    (G, "Speaking of the railroad, did they ever fix that crossing on County K?"),
    (O, "Nope. Still bounces the truck every single time."),
    (G, "I swear it's been three years."),
    (M, "Four. It was bad when I started."),
]

PORTAL = [
    (M, "Quick question on the portal. When Owen scans the stations, does that show up right away?"),
    (O, "Within a few minutes. The scanner syncs when the truck gets signal."),
    (M, "Because last month the October report showed a station as not serviced."),
    (O, "Station nineteen. The barcode was cracked, so I logged it by hand. It's been replaced since."),
    (M, "Okay, that explains it."),
    (G, "How many stations still have the old tags?"),
    (O, "Maybe ten. I've been swapping them as they wear out."),
    (G, "Fine."),
    (M, "Can the auditor get a read-only login, or do we print everything?"),
    (N, "We can set up an auditor login, but most auditors still want paper in the binder."),
    (M, "Paper it is, then."),
    (G, "Old school."),
    (M, "AIB is old school."),
    (O, "The last auditor I dealt with at the dairy wanted both. Paper and a screen share."),
    (G, "Of course he did."),
    (O, "She. And she was very thorough. Looked behind every pallet."),
    (M, "That's what I'm afraid of."),
    (G, "We'll be fine. We were fine last year."),
    (M, "We had two minor findings last year."),
    (G, "Minor."),
]

SILO = [
    (N, "Okay. Owen, the silo room."),
    (O, "Yeah. So the pheromone traps for Indian meal moth in the flour silo room have been creeping up since August. Not crazy, but trending the wrong way."),
    (M, "How many?"),
    (O, "Last three readings, six, nine, and eleven across the four traps. Same period last year was two or three."),
    (G, "Is that the new flour supplier?"),
    (M, "Could be. We switched suppliers in July."),
    (O, "It could be incoming product, or it could be residue in the sifter housing. There was webbing in the sifter tailings on my last visit."),
    (M, "Ugh. Sanitation's supposed to be on that."),
    (G, "They are, on paper."),
    (N, "So the conversation we wanted to have is about a heat treatment for the silo room."),
    (G, "Heat, not gas?"),
    (N, "Heat. You bring the room up to about a hundred and twenty-five, hold it for a day, and it kills every life stage, eggs included. No fumigant, no re-entry period."),
    (G, "Good, because we're not doing fumigation again, no way, not after last time."),
    (M, "Last time we lost three days of production and a week of my life."),
    (O, "Heat's a lot easier. We bring in the heaters and the fans, you shut the room down, and we monitor the temperature in twenty spots."),
    (G, "What does it do to the sprinkler heads? Some of those are rated at a hundred and thirty-five."),
    (O, "We shield the low-rated heads and keep the air under them below their rating. It's a normal part of the prep."),
    (G, "Corporate engineering is going to want to see that."),
    (N, "Of course. The obvious window is your Thanksgiving shutdown. Could we do the heat treatment on the silo room on Thursday the 26th, with teardown on Friday?"),
    (G, "Let me think about that one. I'd need to check with corporate engineering on the sprinkler heads first."),
    (N, "Understood."),
    (M, "I'd rather do it than not, for the record."),
    (G, "I know, I know."),
    (O, "If it helps with corporate, we can write up the sprinkler protection plan. I'd need the room drawings and the head ratings."),
    (M, "I'll send you the silo room drawings and the sprinkler specs by Friday."),
    (G, "Yeah, do that."),
    (O, "Then I'll have the protection plan written up for corporate by the following Wednesday."),
    (O, "And for what it's worth, the sifter needs a deep clean either way. Heat won't fix residue that's just sitting there."),
    (M, "That one's on sanitation, not you."),
    (N, "What does the shutdown look like otherwise? Is everybody off?"),
    (G, "Plant's down Thursday and Friday, and the maintenance crew comes in Saturday for the oven work."),
    (M, "And then we're back Monday at five a.m."),
    (O, "Same as last year."),
    (G, "Same as every year. My wife has given up on me for Thanksgiving weekend."),
    (N, "Are you hosting this year?"),
    (G, "My sister is. Thank God. Twenty-two people."),
    (M, "Twenty-two?"),
    (G, "Her husband's family is big. I'm bringing the pies, that's my only job."),
    (O, "Store-bought?"),
    (G, "Excuse me. From this plant. Employee discount."),
    (M, "Those are frozen pizzas, Greg."),
    (G, "We make a pie crust SKU, Maria."),
    (M, "Fair. I forgot about the crust line."),
]

PACKAGING = [
    (G, "Oh, while I'm thinking of it, the new packaging line goes in in February."),
    (N, "Where's it going?"),
    (G, "Where the old shrink tunnel was, along the west wall."),
    (O, "That's near the roll-up door with the bird netting."),
    (G, "Right. Is that a problem?"),
    (O, "Not if the door stays closed. The netting's over the canopy, not the door itself."),
    (M, "The door's supposed to stay closed."),
    (G, "Supposed to."),
    (O, "During installs, contractors tend to prop doors open. That's usually when we see birds and flies come in."),
    (M, "Noted. Contractors are the worst for that."),
    (G, "They really are. Last time they left a whole pallet of drywall scraps in the yard for a month."),
    (O, "Which is great harborage, by the way."),
    (G, "Don't I know it."),
    (N, "Once the layout's final, the device map will need to move with the equipment anyway."),
    (G, "Makes sense."),
]

RENEWAL = [
    (N, "Okay, so, the renewal. The current agreement is forty-one thousand six hundred a year, and the renewal we sent over has a three percent increase, mostly labor and bait costs."),
    (G, "Yeah, I saw that. Three percent's a lot this year, Nadia. Everybody's asking me for three percent."),
    (N, "I hear you. What would make it work on your end?"),
    (G, "Honestly, I'd like to keep it flat."),
    (N, "Flat's hard with labor where it is. What I can do is two percent a year if we go to a three-year term instead of one."),
    (G, "Three years, locked at two?"),
    (N, "Two percent a year, locked, three years. Same service frequency, and Owen stays on your account."),
    (M, "Owen's been fantastic, honestly, the guys on the floor actually talk to him."),
    (O, "Aw, shucks."),
    (G, "Don't let it go to your head."),
    (G, "Did we ever sort out the parking for your truck, by the way, Owen? Security was grumbling."),
    (O, "Yeah, I park by the maintenance shop now. Nobody's said a word."),
    (G, "Good. Okay, so, yeah. Alright, let's lock it in. Three years at two percent, I'll sign the renewal today if you get it over after the call."),
    (N, "Will do. I'll send the renewal over right after this call, same scope as the current one."),
    (G, "Good. Does the heat treatment go on that, or is it separate?"),
    (N, "Separate. It's a one-time service, so it'd be its own work order."),
    (G, "Okay. Makes it easier with corporate anyway."),
    (M, "Speaking of separate, are the fly lights in the packaging hall in the contract, or are those ours?"),
    (O, "They're in the contract. We change the bulbs in February."),
    (M, "And the glue cards monthly."),
    (O, "Monthly, yeah."),
    (G, "Is February the right time for bulbs? I always figured spring."),
    (O, "You want fresh bulbs before fly season, so February or March is typical. The UV output drops off after about a year even if they still look lit."),
    (G, "Huh. Didn't know that."),
    (M, "Neither did I, and I'm the QA manager."),
    (G, "Somebody get more coffee in here. This room is freezing."),
    (M, "The heater in this conference room has been broken since October."),
    (N, "Is that a maintenance ticket?"),
    (G, "It's a maintenance ticket with a number and a prayer."),
]

AUDIT = [
    (M, "Okay, audit. AIB is the week of January 18th, unannounced within that window."),
    (N, "Right. Owen, anything you need from Maria?"),
    (O, "The big thing was last year's corrective actions, and I've already matched our records against last year's findings. Everything's closed."),
    (M, "Good. And Owen, can you add the updated trap map to the audit binder? The one in there still shows the old warehouse layout."),
    (O, "Yep, I'll update the trap map and swap it into the binder on my next visit."),
    (G, "What about dock three? I still don't love how those doors look at night."),
    (O, "The seals are good now. It's the gap under dock door four, at the leveler pit. There's a gap at the lip, maybe three quarters of an inch at the corners."),
    (G, "A mouse can get through a dime."),
    (O, "Pretty much. A quarter inch is enough for a young one."),
    (N, "So that's something we could quote as exclusion work. Brush seals on the leveler, and the wall penetrations by the compressor."),
    (M, "Those penetrations have been there since before I started."),
    (G, "Everything's been there since before you started."),
    (N, "Maria, could you and I walk dock three together next Wednesday morning, so I can scope the exclusion work properly?"),
    (M, "Sure, let's do that. Nine o'clock works for me."),
    (N, "Nine it is. I'll get you a quote for the exclusion work by the end of that week."),
    (O, "Do you want me at that walk?"),
    (N, "You're at the bakery in Appleton on Wednesdays, right?"),
    (O, "Right. I can dial in if you need me."),
    (N, "We'll manage. Maria knows the building better than both of us."),
    (M, "That's true."),
    (G, "Maria knows where the bodies are buried."),
    (M, "Metaphorically."),
    (G, "Metaphorically."),
    (O, "One more audit thing, the pesticide usage log. The binder needs the current labels and SDS sheets, because we changed the rodenticide in June."),
    (M, "Which one are you on now?"),
    (O, "We moved from the bromadiolone blocks to a non-anticoagulant, cholecalciferol. Lower secondary poisoning risk, and auditors like seeing that."),
    (M, "Do I need to do anything for that?"),
    (O, "No, the new label and SDS went into the binder in June, so they should already be there."),
    (M, "Okay, good."),
    (G, "What's the weather supposed to do next week? I heard snow."),
    (O, "Four to six inches Thursday, supposedly."),
    (G, "Perfect. First snow, and the plow contractor hasn't returned my call."),
    (N, "Same contractor as last year?"),
    (G, "Same one. He's a good guy, he just doesn't answer his phone until it's actually snowing."),
    (M, "Which is a strategy."),
]

CLOSE = [
    (N, "Okay, I think that covers the agenda. Anything else on your side?"),
    (G, "Not from me."),
    (M, "No, I think we're good."),
    (N, "One more thing. At some point it'd be great to get your corporate QA director on a call about the other two plants."),
    (G, "Sure, sure."),
    (N, "Okay. So just to recap, renewal at two percent for three years, Maria's sending the drawings and specs, the dock three walk next Wednesday at nine, and the heat treatment's pending engineering."),
    (G, "That's it."),
    (O, "Sounds good. I've got to get on the road to Appleton."),
    (M, "Watch out for the crossing on County K."),
    (N, "Thanks, everyone. Enjoy the rest of the week."),
    (G, "You too. Drive safe out there, Owen."),
    (O, "Will do. Bye, all."),
]

TURNS = OPENING + RODENTS + PORTAL + SILO + PACKAGING + RENEWAL + AUDIT + CLOSE


def clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def main() -> None:
    assert len(TURNS) >= 200, len(TURNS)
    CASE.mkdir(exist_ok=True)
    lines, t = [], 4.0
    for speaker, text in TURNS:
        lines.append(f"[{clock(t)}] {speaker}: {text}")
        t += 1.5 + len(text) / 15
    (CASE / "transcript.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(TURNS), "turns")


if __name__ == "__main__":
    main()
