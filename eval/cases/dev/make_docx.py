"""Build the .docx transcripts of the dev split from the dialogue below (python-docx).

A .docx is binary, so the text lives here where a reviewer can read and diff it; run
`.venv/bin/python eval/cases/dev/make_docx.py` after editing and commit both. One paragraph per turn,
`Name：text` (full-width colon, as Chinese Word minutes are usually typed) or `Name: text`.
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent

CASES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "zh-construction-site-joint": ("：", [
        ("冯涛", "韩总工，您好，这是我们上次说的智慧工地平台的资料，今天主要想跟您聊聊塔吊监控和劳务实名制这两块。"),
        ("韩建军", "坐吧。最近住建局查得紧，劳务实名制是必须上的，塔吊那个我们也在考虑。"),
        ("冯涛", "明白。我们现在在全省有六十多个在建项目在用，住建局的监管平台是直接对接的，数据自动上报。"),
        ("韩建军", "能直接对接监管平台？你们的系统在圈子里口碑挺好的，好几个同行跟我提过。"),
        ("冯涛", "谢谢韩总工。我们在中建几个局的项目上都做过，塔吊防碰撞这块是我们的强项。"),
        ("韩建军", "防碰撞我们滨江那个项目特别需要，七台塔吊挤在一块，上个月差点出事。"),
        ("冯涛", "七台塔吊群塔作业，确实风险很高。我建议实地看一下塔吊的布置，传感器怎么装需要现场定。"),
        ("韩建军", "嗯，有道理。"),
        ("冯涛", "那这样，两周后咱们一起去滨江项目现场看看，我带上我们的结构工程师，您看可以吗？"),
        ("韩建军", "可以，我把项目经理和安全总监也叫上。"),
        ("冯涛", "太好了。另外预算这块，您这边大概什么时候启动？"),
        ("韩建军", "公司每个季度做一次预算调整，下个月中旬我们提预算申请，到时候把这个项目报上去。"),
        ("冯涛", "那我在那之前把滨江项目的配置清单和报价做出来，方便您报预算。"),
        ("韩建军", "行，报价要分项列清楚，硬件、软件、服务费分开。"),
        ("冯涛", "没问题，我会分开列。"),
        ("韩建军", "还有，你们的售后响应时间是多少？之前用的一家，设备坏了一个礼拜没人来。"),
        ("冯涛", "省内四小时响应，二十四小时到场，合同里写明。"),
        ("韩建军", "行。那就先这样，两周后现场见。"),
    ]),
    "en-construction-walkthrough": (": ", [
        ("Laura Bennett", "Thanks for meeting me on site, Mike. I brought hard hats in case, but it looks like you've got plenty."),
        ("Mike Sullivan", "We do. Welcome to the mud. Concrete pour on level three got pushed again, so it's a bit chaotic."),
        ("Laura Bennett", "That's actually the kind of thing our scheduling module is built for. How are you tracking pour readiness today?"),
        ("Mike Sullivan", "Whiteboards and a spreadsheet my assistant super updates at six in the morning. It's always a day behind."),
        ("Laura Bennett", "Right. With our field app, the foremen mark inspections and rebar sign-offs from their phones, and the pour board updates itself."),
        ("Mike Sullivan", "I've seen your app at the Associated Builders expo. Your field app is a lot simpler than the one we tried last year."),
        ("Laura Bennett", "That's the goal, if a foreman can't use it with gloves on, it's no good."),
        ("Mike Sullivan", "Would it be possible to trial it on one project first, before we talk about all twelve?"),
        ("Laura Bennett", "Absolutely. This tower would be ideal. Could we start a four-week trial here on Monday with your two concrete foremen?"),
        ("Mike Sullivan", "Let me check with the superintendents first. They hate surprises more than they hate spreadsheets."),
        ("Laura Bennett", "Fair enough. What if we walk the site together with your superintendent mid-April, once the pour schedule settles, and map where the app would plug in?"),
        ("Mike Sullivan", "Yeah, that works. Mid-April, Tony and I will walk it with you."),
        ("Laura Bennett", "Great. I'll send you a short walkthrough checklist beforehand so Tony knows what we'll look at."),
        ("Mike Sullivan", "Good. And send me the pricing for the twelve-project tier while you're at it."),
        ("Laura Bennett", "Will do, I'll put it in the same email."),
        ("Mike Sullivan", "Okay. I've got to go yell at a pump truck. Thanks for coming out."),
        ("Laura Bennett", "Thanks, Mike. See you in April."),
    ]),
}


def build(case_id: str) -> Path:
    sep, turns = CASES[case_id]
    document = docx.Document()
    for speaker, text in turns:
        document.add_paragraph(f"{speaker}{sep}{text}")
    out = HERE / case_id / "transcript.docx"
    out.parent.mkdir(exist_ok=True)
    document.save(out)
    return out


if __name__ == "__main__":
    for case_id in CASES:
        print(build(case_id))
