"""Writes eval/cases/dev/zh-citybus-driver-fatigue-dms-safety-meeting/transcript.docx (holdout v7, hz7).

The text below is hand-written; this script only lays it out as a Word meeting record (a title, a
header table of attendees, then one paragraph per turn as `名字：内容`), the way an assistant types up a
recorded meeting. Run: .venv/bin/python eval/cases/dev/make_h7_hz_docx.py
"""

from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "zh-citybus-driver-fatigue-dms-safety-meeting" / "transcript.docx"

TURNS = [
    ("林晓", "马科长、唐主任，今天打扰了。这是我们售前的郑工，今天主要是他来讲技术。"),
    ("马科长", "坐吧。唐主任也是刚开完会过来，时间不多，咱们直接说。"),
    ("郑工", "好的。我们这套驾驶员状态监测，就是在驾驶位左前方装一个红外摄像头，疲劳、打哈欠、闭眼超过两秒、打电话、抽烟、不系安全带，这几类行为实时识别，车上语音提醒，同时报警推到后台。"),
    ("马科长", "晚上戴墨镜的，还有那个逆光，能认吗？"),
    ("郑工", "红外的，墨镜大部分能穿透，逆光不受影响。我们在邻市公交装了一千二百台，误报率现在是每车每天零点三次左右。"),
    ("马科长", "零点三次……我们之前测过一家，一天一台车报十几次，司机都烦死了，后来把喇叭拔了。你们这个识别打哈欠的准确率比那家高多了。"),
    ("唐主任", "我关心的是数据。报警的数据，还有那个视频片段，能不能走我们自己的调度平台？我们不想司机再多看一个系统。"),
    ("郑工", "可以，我们有标准的 SDK，也支持消息队列推送，字段可以对着你们平台改。"),
    ("唐主任", "那你们把报警数据的字段说明和 SDK 先发过来。"),
    ("郑工", "好的，我明天上午发您邮箱。"),
    ("林晓", "马科长，那我们想能不能这样：选一条线路，比如说 K3 路，六月一号开始装十台车，跑一个月，用数据说话。您看行吗？"),
    ("马科长", "试点这个事我定不了。装车要动车辆，要分管的刘总点头才行。"),
    ("林晓", "明白。那下周能不能请您帮我们约一下刘总，我们当面汇报二十分钟？"),
    ("马科长", "刘总下周去省里开会，整个礼拜都不在，约不了。"),
    ("唐主任", "他回来还得月底了。"),
    ("马科长", "这样吧。下周一我们开安全例会，我先在会上把这个提一下，听听几个车队长的意见，车队长要是都说好，刘总那边就好讲了。"),
    ("林晓", "太好了，谢谢马科长。那例会需要的材料我回去准备一下，今天晚上就把邻市公交的项目案例整理好发您。"),
    ("唐主任", "接口这块，我月底前让小何把我们平台的接口文档整理一份给你们，你们对着看。"),
    ("郑工", "好，收到文档以后我们一周内出对接方案。"),
    ("马科长", "嗯。还有，价格你们也得有个数，别到时候报上去吓一跳。"),
    ("林晓", "价格我们会按十台试点和全量两档报，一起放在材料里。"),
    ("马科长", "行，今天就到这。"),
]


def main() -> None:
    d = docx.Document()
    d.add_heading("市公交集团 驾驶员状态监测 交流会议记录", level=1)
    d.add_paragraph("时间：2026年5月13日下午，地点：集团三楼小会议室")
    d.add_paragraph("参会人：安全科马科长、信息中心唐主任；厂家 林晓（销售）、郑工（售前）")
    for name, text in TURNS:
        d.add_paragraph(f"{name}：{text}")
    d.add_paragraph("（记录整理：安全科）")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    d.save(OUT)


if __name__ == "__main__":
    main()
