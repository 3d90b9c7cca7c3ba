"""Build the .docx transcript of holdout case zh-county-court-trial-asr-transcription-party-meeting-stall (python-docx).

A .docx is binary, so the hand-written text lives here where a reviewer can read and diff it; run
`.venv/bin/python eval/cases/dev/make_h5_hz_docx.py` after editing and commit both. The document is a
meeting record as a rep's assistant types it in Word: a title, a line of attendees, then one paragraph per
utterance, `姓名：话`.
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent
CASE = "zh-county-court-trial-asr-transcription-party-meeting-stall"

TITLE = "会议记录 县人民法院庭审语音识别系统交流"
ATTENDEES = "时间 2026年9月15日下午  地点 法院信息中心三楼会议室"

LINES: list[tuple[str, str]] = [
    ("钟毅", "蒋主任、冯庭长，打扰了，我是讯录科技的钟毅，这位是我们售前工程师彭工，今天主要给两位领导汇报一下庭审语音识别这块。"),
    ("蒋主任", "坐吧。冯庭长时间紧，四点钟还有个庭，你们尽量简短。"),
    ("钟毅", "好的好的。简单说就是庭审的时候，法官、原被告、代理人说话，系统实时转成文字，书记员只要校对，不用从头敲。我们在省内已经有十一家基层法院在用了。"),
    ("彭工", "我补充一下技术上的。我们是本地化部署，服务器放在咱们院的机房，不走外网，这个是法院最关心的。方言我们专门训练过，咱们这边的口音，识别率实测在百分之九十一左右。"),
    ("冯庭长", "百分之九十一？我们这边好多当事人是山里来的，讲的话我有时候都听不太懂。"),
    ("彭工", "对，山区的方言会低一些，我们在临县测的大概是百分之八十五，所以才需要书记员校对。但是校对比从头记快得多，临县那边说一个庭下来书记员能省一半时间。"),
    ("冯庭长", "书记员确实缺，一个书记员跟三个法官，天天加班。"),
    ("蒋主任", "你们这个界面我看了一下，比上次来的那家清楚，标注发言人这个做得挺好。"),
    ("钟毅", "谢谢蒋主任。那我们的想法是这样，下周四能不能先在咱们三号法庭装一套，免费试用两个礼拜，冯庭长这边挑几个庭试一下？"),
    ("蒋主任", "试用的话，设备进法庭是要审批的，不是我一个人能定。这个要上党组会，我这边先走个流程。"),
    ("钟毅", "明白明白。那大概什么时候能上会呢？"),
    ("蒋主任", "这个不好说，党组会一般一个月一次，议题多的话排不上。"),
    ("冯庭长", "如果真装了，跟我们现在的庭审录像系统能打通吗？就是视频跟文字能对上。"),
    ("彭工", "可以，我们跟华宇、通达海那几家的庭审系统都对接过，时间轴能对齐。"),
    ("冯庭长", "那还行。"),
    ("蒋主任", "钱的事情也要说清楚，今年的信息化预算已经用完了，今年肯定是上不了的。明年的预算编报的时候，我们会考虑报进去。"),
    ("钟毅", "理解。蒋主任，这个事情您看……"),
    ("蒋主任", "小钟你放心，这个事我们肯定会推的，领导那边我去推一下。"),
    ("冯庭长", "我那边也确实需要，书记员天天跟我诉苦。"),
    ("蒋主任", "你们把在其他法院的中标公告和等保测评报告发一份给我们，我们内部评估的时候要用。"),
    ("钟毅", "好的蒋主任，我明天就整理好发到您邮箱。"),
    ("冯庭长", "我得去开庭了，你们跟蒋主任再聊。"),
    ("钟毅", "好的冯庭长，您忙。"),
    ("钟毅", "蒋主任，那咱们保持联系，有进展您随时跟我说。"),
    ("蒋主任", "好。"),
]


def build() -> Path:
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(ATTENDEES)
    for speaker, text in LINES:
        document.add_paragraph(f"{speaker}：{text}")
    out = HERE / CASE / "transcript.docx"
    out.parent.mkdir(exist_ok=True)
    document.core_properties.created = __import__("datetime").datetime(2026, 9, 15, 16, 30)
    document.save(out)
    return out


if __name__ == "__main__":
    print(build())
