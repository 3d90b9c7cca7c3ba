"""Build the .docx transcripts with python-docx.

Why a script: a .docx is binary, so the turns are kept here as reviewable text and the file is regenerated from them
(`.venv/bin/python eval/cases/dev/make_h1_docx.py`). Each turn is one paragraph `Name：text` / `Name: text`, the way
people paste a call transcript into Word. No title or date paragraph: the meeting date comes from gold.json, and a
stray unlabelled line would test ingest heuristics rather than the labels.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).parent

CASES: dict[str, dict] = {
    "en-bank-kyc-order-form": {
        "sep": ": ",
        "turns": [
            ("Priya Natarajan", "Thomas, Linda, thanks for the time. I know quarter-end is close for you."),
            ("Thomas Keller", "It is, so let's be efficient. Linda has the paperwork status."),
            ("Linda Osei", "We already ran the legal review of your master agreement last week. Two small redlines, both accepted by your counsel."),
            ("Priya Natarajan", "Great, I saw the signed-off version come through yesterday."),
            ("Thomas Keller", "Before we go further, I want to say your compliance team has been great to work with. Very patient with our auditors."),
            ("Priya Natarajan", "I'll pass that on. They enjoyed it too, mostly."),
            ("Thomas Keller", "The pilot numbers went to our risk committee last month. Manual reviews went from about forty percent of new accounts to twelve."),
            ("Priya Natarajan", "And that was with the conservative thresholds. Most banks tune them further in the first quarter."),
            ("Linda Osei", "If we add the Canadian entity next year, does the price per check stay the same?"),
            ("Priya Natarajan", "For the same volume tier, yes. Canadian registry checks add a small pass-through fee."),
            ("Linda Osei", "Okay. Send me the final pricing schedule with the three-year discount written in, please."),
            ("Priya Natarajan", "I'll send the final pricing schedule this afternoon, with the discount and the Canadian fee spelled out."),
            ("Priya Natarajan", "Thomas, to hold the onboarding slot on October 5th, can we get the order form countersigned by the end of the month?"),
            ("Thomas Keller", "Yes, we'll countersign by the 30th. I have the authority up to this amount."),
            ("Linda Osei", "And I'll have the PO raised on Thursday, so accounts payable has it before the invoice arrives."),
            ("Priya Natarajan", "Perfect. On our side, I'll book the kickoff with your onboarding team for the 5th and send the invites tomorrow."),
            ("Thomas Keller", "Good. Make sure the auditors are invited to the second session, not the first."),
            ("Priya Natarajan", "Noted, second session only."),
            ("Thomas Keller", "Then we're done. Thanks, Priya."),
            ("Priya Natarajan", "Thank you both. Good luck with quarter-end."),
        ],
    },
    "zh-bim-group-procurement-lost": {
        "sep": "：",
        "turns": [
            ("赵一鸣", "钱总您好，我是筑云的赵一鸣，上个月在项目部给您演示过BIM协同平台。"),
            ("钱卫东", "记得记得，小赵。高静也在，她管信息化这块。"),
            ("高静", "你好。"),
            ("赵一鸣", "高主任好。上次演示之后，我们按您提的意见，把钢结构的深化模型导入做了优化，现在两百兆的模型三分钟就能打开。"),
            ("钱卫东", "你们那个碰撞检查确实快，上次现场跑给我们看，管线和梁的冲突一下就出来了。"),
            ("赵一鸣", "谢谢钱总。碰撞检查是我们用得最多的功能，机电安装单位尤其喜欢。"),
            ("高静", "不过有个情况要跟你说一下。"),
            ("赵一鸣", "您说。"),
            ("高静", "集团信息部上周发了通知，明年起各项目的BIM平台统一采购，已经定了另一家。"),
            ("赵一鸣", "这样啊……那我们项目部这边还有机会单独用吗？"),
            ("钱卫东", "不是说你们的东西不好，但集团定了，项目上就不能再另外买了。"),
            ("赵一鸣", "明白。钱总，我们想下周在项目部给技术组再做一次四维进度模拟的演示，您看下周三方便吗？"),
            ("钱卫东", "不用了，没必要再演示了，定了的事改不了。"),
            ("赵一鸣", "好的，理解理解。那就不打扰您了。"),
            ("高静", "集团明年还会做一次平台入围招标，你们可以留意一下。"),
            ("赵一鸣", "好的，到时候我们一定报名。"),
            ("钱卫东", "行，那就这样，以后有需要再联系你们。"),
            ("赵一鸣", "好的钱总，高主任，再见。"),
        ],
    },
}


def build(case_id: str, spec: dict) -> Path:
    doc = Document()
    for speaker, text in spec["turns"]:
        doc.add_paragraph(f"{speaker}{spec['sep']}{text}")
    out = HERE / case_id / "transcript.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    for case_id, spec in CASES.items():
        print(build(case_id, spec))
