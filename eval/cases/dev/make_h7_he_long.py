"""Build the he7 long holdout call (200+ turns): a planetarium's projector upgrade, one hour on Teams.

The dialogue is hand-written for the holdout (nothing generated but the timestamps); run from the repo root:
    .venv/bin/python eval/cases/dev/make_h7_he_long.py
Output: `[hh:mm:ss] Name: text` lines in transcript.txt.
"""

from pathlib import Path

CASE = Path(__file__).resolve().parent / "en-planetarium-fulldome-upgrade-long-capital-request"

WHO = {
    "E": "Elliot Marsh",      # account exec (rep)
    "K": "Keiko Tanaka",      # solutions engineer (rep)
    "R": "Rosalind Achebe",   # planetarium director (customer)
    "G": "Gus Lindqvist",     # dome technician (customer)
    "P": "Priscilla Yates",   # museum operations and finance (customer)
}

SCRIPT = """
E| Morning, morning. Can everybody hear me okay? I'm on the hotel wifi so fingers crossed.
R| We can hear you, Elliot. Gus is here with me in the booth, Priscilla said she'll hop on at half past.
E| Great. And Keiko's joining from Denver, she should be, oh, there she is.
K| Hi everyone, sorry, my laptop decided to update itself at exactly nine.
G| They always do.
K| Always. Every single time.
E| So how's Milwaukee? I saw you got the first proper snow.
R| Eight inches on Sunday. The school buses all cancelled Monday, so we lost two field trips.
E| Oh no. That hurts this time of year.
R| It does. December is half our school revenue. Anyway.
G| I spent Sunday night shoveling the loading dock, so if I sound dead that's why.
E| Ha, you sound fine. Okay, so, agenda. I thought we'd start with where you are today, then Keiko can go through the projection side, then when Priscilla joins we talk numbers. Does that work?
R| That works.
E| Rosalind, remind me, the current star projector is the Zeiss?
R| The Zeiss, yes, installed in ninety-eight. It's still beautiful for the night sky. But everything else, the video, the fulldome stuff, we do with two old projectors blended down the middle.
G| Two projectors from 2011. And the blend seam drifts. Every time the building heat kicks on, the seam moves.
K| That's the thermal expansion in the mounts, probably. Are they on the cove ring or on a pole?
G| Cove ring. Bolted to the steel.
K| Yeah, so the steel grows a millimetre or two and your overlap goes.
G| Exactly. I recalibrate it by hand every couple of weeks. It takes me half a day.
K| Half a day, wow.
G| With a laptop on a stepladder. It's very glamorous.
R| Gus is being modest, he's kept that system alive well past when it should have died.
E| That's clear. So what's driving the timing now? Last time you mentioned the lamps.
G| We relamped in 2023, both units. Those lamps are good for maybe another year, but the manufacturer has stopped making them. I bought the last four spares I could find on eBay.
E| On eBay.
G| On eBay. From a guy in Ohio. Don't tell anyone.
R| Our insurer would love that.
K| Honestly it's more common than you'd think.
R| And the content side. Half the new shows we want to license come in 4K fulldome masters, and we're downscaling them to what's basically 2K. The new black hole show looked like soup.
E| That's painful, because that's the show the schools ask for.
R| It is. Teachers ask for it by name.
E| Okay. Keiko, do you want to take it from here?
K| Sure. So I'll share my screen, give me a second.
K| Can you see the dome diagram?
R| Yes.
G| Yep.
K| Okay. So for a fifteen-metre dome like yours, tilted at, what was it, ten degrees?
G| Twelve.
K| Twelve, okay, noted. For that we'd normally propose five laser projectors around the cove, each one covering a slice, with auto-alignment cameras. The cameras re-check the blend every night after closing, so the thermal drift Gus was describing just gets corrected automatically.
G| Every night?
K| Every night, takes about four minutes. Or you can trigger it by hand from the console.
G| So no stepladder.
K| No stepladder.
R| Gus might cry.
G| I might.
K| And the lasers are rated for twenty thousand hours, so at your usage that's, what, ten, eleven years before you'd think about them.
G| What's the black level like? That's my worry with lasers. The old ones, space was always kind of grey.
K| That's a fair worry. These have a native contrast a lot better than what you've got, and we run a dark-sky mode that drops the laser power in the black areas. I'll be honest, it's not the Zeiss, nothing digital is, but you keep the Zeiss for the starfield anyway.
G| Right, we keep the Zeiss.
K| Yes, and we sync them, so the digital fades out where the Zeiss stars are.
R| That's the bit I'd love to see.
K| I've got a clip of it from our demo reel, hang on.
K| Okay, this is playing. Can you see it moving or is it stuttering?
R| It's a bit choppy on our end but I can see it.
G| It's the museum network, it's always choppy.
R| Oh, wow. That star field in your demo reel is just gorgeous.
K| Thank you, that's from a dome in Oslo.
R| Is their dome tilted like ours?
K| Less, about five degrees. Same idea though.
G| What's the resolution across the whole dome with five units?
K| About 8K by 8K effective, after blending. With four units you'd be nearer 6K.
G| And what does the media server look like?
K| One render server and a backup, both in your booth, and it plays the standard fulldome formats, so any show you license just drops in.
G| What about our old shows? We've got a lot of locally made stuff. The Lake Michigan geology one, the aurora one.
K| Those will play, they'll just look like what they are, they're 2K masters. We can upscale, it helps a bit.
G| That's fine. The aurora one is mostly green blobs anyway.
R| Gus!
G| It is, Rosalind. I love it but it is.
E| Can I ask about the audio while we're here? Is that part of this, or separate?
R| Separate, I think. We redid the audio in 2019 with a grant.
G| Five-point-one plus subs. It's fine. It's honestly the one thing in there that's fine.
E| Good. Then we leave it alone.
K| We'd just need an audio feed from the show server into your processor, that's one cable.
G| Okay.
K| Now, the install itself. Gus, how do you get equipment into the dome? Is there a freight elevator?
G| There's a freight elevator to the second floor, then it's a catwalk to the cove. Everything has to go through a door that's about eighty centimetres.
K| Eighty. Okay, the projectors will fit, they're about sixty wide. The server racks we'd bring in pieces.
G| The last crew tried to bring a rack through fully built. Took the door frame off.
K| We won't do that.
E| We won't do that.
R| Good, because facilities still talks about it.
K| Typical install is about nine working days on site, then two days of calibration and training.
R| Eleven days dark.
K| Eleven days dark, roughly, yes. Some people split it across two closures.
R| We can't close the dome in December, the holiday shows are booked solid. Every weekend.
E| No, of course not. December's your busiest month.
R| And February has the school break week, that's busy too. January is dead, honestly. January is when we'd want it.
E| January, okay. Noted.
K| What's your show schedule on a normal weekday?
R| School shows at ten and eleven thirty, public shows at one, two thirty and four. Weekends it's every hour.
K| Wow, that's a lot of hours on the projectors.
G| Which is why the lamps are dying.
K| Which is why the lamps are dying, yes.
E| Rosalind, while we're waiting for Priscilla, how do your guests find you? Is it mostly schools?
R| Schools on weekdays, families on weekends, and then the adult nights once a month, the laser rock shows and the astronomy talks. The adult nights sell out.
E| Really? What do they pay?
R| Twenty-two dollars, with a drink.
E| That's a good night.
R| It's our best night. Pink Floyd still sells out. I don't understand it, but it does.
G| Because it's Pink Floyd.
E| Ha. Every planetarium I've been in says the same thing.
K| Ours in Denver does a Daft Punk one.
R| Oh, we should do that.
G| We should do that.
E| You see, already adding value.
R| Ha.
E| Gus, on the control side, what do you run the shows from today?
G| An old console from the first projector vendor, and a PC with a custom script I wrote to start the Zeiss and the video at the same time.
K| A custom script.
G| Batch file. Don't ask.
K| I won't ask. Our console does that sequence natively, you'd build the show as a playlist with cues.
G| Can I still do live stuff? The astronomy talks are live, the presenter drives the sky with a tablet.
K| Yes, there's a live mode with a tablet app. You can fly to a planet, show the constellations, the presenter can draw on the dome.
R| Draw on the dome.
K| Circle Orion, that sort of thing.
R| Oh, our volunteers will love that. They're all retired physics teachers, they love drawing circles.
G| They do love circles.
E| Okay, I think I saw Priscilla join.
P| Hi, hi, sorry, I was in a budget meeting that ran over, which is an omen I suppose.
E| Not at all, welcome. We were just talking through the install and the timing.
P| Go ahead, I'll catch up.
E| So Priscilla, the short version is five laser projectors, auto-alignment, new media server, new console, install in January when the dome's quiet. Keiko, anything I've missed?
K| Training, and the integration with the Zeiss.
E| Right, and training.
P| And the number. Give me the number.
E| I will, I promise. So for the five-projector 8K configuration, installed, with three years of service, we're at four hundred and eighty thousand. The four-projector 6K configuration is about four hundred and five.
P| Four eighty.
E| Four eighty.
P| Okay. That's a real number.
R| It's about what we expected, Priscilla. The consultant's estimate was five hundred.
P| I know. I'm just saying it out loud so I get used to it.
G| It's cheaper than the eBay lamps long-term.
P| That's not funny, Gus.
G| It's a little funny.
P| If we went with a lease instead of buying, what would that do to the annual number?
E| Roughly, on a five-year lease, you're looking at around a hundred and five a year, but I'd want to get you proper figures.
P| Send me the lease numbers too, three and five year.
E| I'll send you the lease numbers separately tomorrow, both terms.
P| Thank you. The lease option, we'd have to think about it. The board has feelings about leases.
E| Understood.
P| What's the payment schedule on a purchase?
E| Thirty percent on order, sixty on delivery, ten on sign-off after calibration.
P| Okay. That's standard.
K| And sign-off is after Gus is happy with the calibration, not before.
G| Good.
E| Rosalind, how does something this size get approved on your side? Is it a board vote?
R| It goes to the capital committee of the museum board. Anything over two-fifty does.
E| And when do they meet?
R| The capital committee meets in mid-January, and then the full board in February if the committee recommends it.
E| Got it.
P| And before any of that we need you registered as a vendor. You're not in our system.
E| Okay. What's involved in that?
P| A W-9, insurance certificate, and a form. It's annoying but it's not hard.
E| Could you get us set up as a vendor before Christmas, so nothing holds up the January timing?
P| I'll get the vendor registration done before Christmas, it's a form, it's fine. Just send me the W-9 and the insurance certificate this week.
E| I'll send both today.
P| Great.
R| I can tell you the committee will ask three questions. How long is the dome dark, what happens to school bookings, and what does it do to ticket revenue.
E| That's helpful. We can help with the first two for sure.
R| The third one is mine, that's my problem.
K| If it helps, the Oslo dome saw their public shows go up about twenty percent the year after. I can ask them if we can share that.
R| That would help.
K| I'll ask them.
E| Rosalind, on the capital request itself. Are you the one who writes it?
R| I write it, Priscilla checks the numbers, the director signs it.
E| Okay.
R| And honestly, Elliot, yes, I'll put this into the capital request for the mid-January committee. We've talked about it for three years. It's time.
E| That's great to hear.
G| Finally.
R| Finally.
E| So to make your life easy on that, what would you want from us? A written proposal? Something you can paste in?
R| A written proposal, both configurations, the schedule, and something on the thermal drift, in plain English, because the committee doesn't know what a blend seam is.
E| I'll send a revised proposal with both the 8K and 6K options by Thursday.
K| And I'll write the plain English bit on the calibration. One page, with pictures.
R| With pictures. Good.
G| Keiko, one more technical thing before I forget. Our cove has a lip about here, I'm worried about the throw angle on the back two units.
K| Yes, I'd want to check that. Actually, the more I think about it, it would really help me to see your lamp-hour logs and whatever survey you did on the seam. Gus, could you send me the lamp-hour logs and the seam survey by Friday?
G| Yep, I'll dig those out, you'll have them Friday. The survey's on a USB somewhere in the booth.
K| Thank you.
P| Can I ask something practical? Who's on site during the install? We have kids in the building all day.
K| Usually three of our installers and a project manager. All background-checked, we do a lot of museums and schools.
P| Good. Our security will want names.
K| We always send names a week ahead of any install.
P| Fine.
R| And the old projectors? What happens to them?
K| We take them away and recycle them, unless you want them.
G| I want one.
R| You do not want one, Gus.
G| For the garage.
R| No.
E| We'll talk about it.
G| He says that but he means no.
E| Ha.
P| Alright, I have another meeting at ten thirty, so I'm going to drop. Elliot, lease numbers, W-9, insurance.
E| On it. Thanks Priscilla.
P| Bye all.
R| Bye Priscilla.
E| She's great.
R| She's tough, but she's fair. If the numbers add up she'll back it.
E| That's all you can ask for.
K| Gus, do you have a preferred network setup? The server needs a line to the internet for remote support.
G| IT will want it on a separate VLAN. I'll warn you now, our IT guy takes weeks.
K| That's fine, it's not needed until install.
E| Okay. Is there anything else on the technical side, Gus, that worries you?
G| Heat. The booth gets warm. Five lasers plus servers, is that going to cook us?
K| The projectors are in the cove, not the booth, and lasers run cooler than your lamps. The booth gets the servers only. I'd guess less heat than now.
G| Less heat. That'd be a first.
K| I can send you the heat load numbers.
G| Please.
K| I'll send the heat load numbers with the calibration page.
G| Thanks.
E| Rosalind, have you thought about a reopening event? When it's installed?
R| Oh, we'll do something. Probably the adult night. A Pink Floyd reopening.
G| Obviously.
E| Obviously.
R| If it all goes through, that's, what, early March?
E| If the committee says yes in January and the board in February, I'd guess late March or April, realistically.
R| April's fine. Nobody books in April. Actually, that's not true, there's the eclipse stuff, never mind.
E| We'll work around it.
R| Okay. Anything else from you?
E| I don't think so. Oh, one thing. If it's useful, we have a dome in Minneapolis with this exact setup, five lasers, it's a five-hour drive.
R| Five hours in January.
E| Yeah, fair. We should definitely get you out to see a fulldome install sometime, whenever it suits.
R| Mm, maybe. Let's see what the committee says first.
E| Of course.
G| Keiko, does the Minneapolis one have the Zeiss too?
K| It has a different opto-mechanical, but the same sync, yeah.
G| Interesting.
K| I can get you on a call with their tech if you like. He's nice, he's a Vikings fan though.
G| I'll forgive him.
R| Gus won't forgive him.
G| I won't.
E| Ha. Alright. I think that's everything. So let me just, so from our side, the proposal, the lease numbers, the W-9 and insurance, Keiko's one-pager. And then let's catch up in the new year.
R| Sure.
K| Thanks Gus, thanks Rosalind.
G| Bye Keiko, good luck with the laptop.
K| Ha, thanks.
R| Thanks both, really. Drive safe, Elliot.
E| Will do. Stay warm.
R| We'll try.
G| Bye.
"""


def main() -> None:
    lines = [ln for ln in SCRIPT.strip().split("\n") if ln.strip()]
    out = ["Teams meeting transcript - Lakeshore Science Museum planetarium upgrade - 2026-12-01", ""]
    t = 4
    for ln in lines:
        code, text = ln.split("| ", 1)
        h, m, s = t // 3600, t % 3600 // 60, t % 60
        out.append(f"[{h:02d}:{m:02d}:{s:02d}] {WHO[code]}: {text}")
        t += 6 + len(text) // 14
    CASE.mkdir(parents=True, exist_ok=True)
    (CASE / "transcript.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(lines), "turns")


if __name__ == "__main__":
    main()
