"""Build the hz8 holdout DOCX case (a recorded meeting typed up as a Word file). Run from the repo root:

    .venv/bin/python eval/cases/holdout/make_hz8_docx.py

The text below is hand-written; the script only lays it out as paragraphs `名字：话`.
"""

from pathlib import Path

import docx

CASE = Path(__file__).parent / "zh-district-disability-federation-power-wheelchair-fitting-party-meeting-docx"

TITLE = "区残联 电动轮椅适配项目沟通（录音整理）"
TURNS = [
    ("钱磊", "刘主任、马科长，今天带了我们的康复工程师冯工一起过来，样车也在楼下，一会儿可以下去坐一坐。"),
    ("刘主任", "好，辛苦你们跑一趟。我先说一下背景，区里今年给了一百二十个重度肢体残疾人的辅具补贴名额，电动轮椅是大头。"),
    ("马科长", "去年那批是直接按目录发的，没做适配，好多老人拿回去不会用，放在家里落灰，还有两台被家属转卖了。"),
    ("冯工", "这个情况其实很普遍。我们的做法是先上门评估，量坐宽、坐深、靠背高度，看上肢力量和认知情况，再决定配什么控制器，手控、下巴控还是陪护控。"),
    ("刘主任", "要是用户是偏瘫的，一只手能操控吗？"),
    ("冯工", "可以，摇杆装在健侧就行，我们可以左右互换。"),
    ("马科长", "我刚才在楼下坐了一下，这个坐垫的减压做得挺细的。"),
    ("钱磊", "那个是分区气囊的，长期卧床转轮椅的用户防压疮主要靠它。"),
    ("刘主任", "钱的事你们不用担心，预算是有的，区财政六月份下达。"),
    ("马科长", "如果名额后面追加的话，你们供货跟得上吗？去年那家就是追加的三十台拖了两个月。"),
    ("钱磊", "我们在市里有仓库，常规型号三十台一周内能到。"),
    ("刘主任", "嗯。"),
    ("钱磊", "刘主任，那我有个想法：下周一的党组会，能不能把这个适配项目先提一下，把采购方式定下来？"),
    ("刘主任", "下周一的党组会议题上周就定了，加不进去。下下周一吧，下下周一我把它列进议题里。"),
    ("钱磊", "好的，那就下下周一，谢谢刘主任。"),
    ("冯工", "另外我建议，下周四咱们一起去区康复中心，挑五个不同情况的用户先做一轮适配评估，评估报告正好可以放进上会的材料里。"),
    ("刘主任", "这个可以。马科长，下周四你陪冯工去，跟康复中心的孙主任打个招呼。"),
    ("马科长", "好的。"),
    ("马科长", "钱经理，你们把那个适配评估表和以往的服务案例给我一份，我放到上会材料里。"),
    ("钱磊", "好，明天上午我发您邮箱，案例我挑两个区县残联的。"),
    ("刘主任", "行，今天就到这儿，我还要去趟街道。"),
    ("钱磊", "好的刘主任，您忙，我们下周四康复中心见。"),
]


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.add_heading(TITLE, level=1)
    d.add_paragraph("时间：2026年5月13日上午　地点：区残联三楼会议室")
    for who, text in TURNS:
        d.add_paragraph(f"{who}：{text}")
    d.save(CASE / "transcript.docx")


if __name__ == "__main__":
    main()
