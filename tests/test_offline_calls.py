"""Per-call judgements of the offline engine: deal-level refusals (→ no_sale), how an answer responds to an ask,
the rep's own to-dos and the action type. Short exchanges written for these rules (not taken from the eval
cases); each rule has rows it must catch and near misses it must leave alone. Meeting date 2026-03-12 (Thursday).
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.extract.offline import OfflineEngine
from analyzer.models import Transcript, Turn
from analyzer.pipeline import analyze_transcript

MEETING = date(2026, 3, 12)
ENGINE = OfflineEngine()
C, R = "customer", "rep"


def transcript(turns, language="en") -> Transcript:
    return Transcript(id="t", source="t", kind="dialogue", meeting_date=MEETING, language=language,
                      turns=[Turn(index=i, speaker=role, text=text, role=role) for i, (role, text) in enumerate(turns)])


def extract(turns, language="en"):
    t = transcript(turns, language)
    f = ENGINE.extract(t)
    for field in ("praise", "customer_actions", "rep_actions", "asks", "declines", "probes"):
        for item in getattr(f, field):
            assert item.quote in t.turns[item.turn].text, (field, item.quote)
    return t, f


# ---------------------------------------------------------------- deal-level refusals: staying put, the line refused
# (customer turn, is a refusal of the deal)
DEAL_DECLINES = [
    # staying with the incumbent, as a decision
    ("董事会上周定了，还是继续用原来那家供应商。", True),
    ("我们决定这条产线继续交给现在的代工厂做。", True),
    ("财务那边打算继续沿用目前的系统，明年再看。", True),
    ("试用期间我们继续用原来的系统并行跑。", False),
    ("继续说说你们的接口吧。", False),
    # the whole line refused for a period (a change of state closed by 了)
    ("今年我们不会再引进新的设备供应商了。", True),
    ("明年集团也不上新的能耗平台了。", True),
    ("近期不考虑采购这类系统了。", True),
    ("今年不做试点了，直接全厂上。", False),
    ("我们不再用纸质单据了，全部线上。", False),
    # English
    ("We won't be switching providers this year.", True),
    ("Honestly, we're going to stick with what we have.", True),
    ("We're not changing vendors while the merger is on.", True),
    ("We won't be changing the pilot scope, though.", False),
    ("We'll stick with the Tuesday slot.", False),
]


@pytest.mark.parametrize("text,declines", DEAL_DECLINES, ids=[str(i) for i in range(len(DEAL_DECLINES))])
def test_deal_level_refusals(text, declines):
    lang = "en" if text.isascii() else "zh"
    t, f = extract([(R, "I wanted to follow up on the proposal." if lang == "en" else "想跟您跟进一下方案的情况。"),
                    (C, text)], lang)
    assert bool(f.declines) == declines, f.declines
    if declines:
        assert analyze_transcript(t).outcome == "no_sale"
