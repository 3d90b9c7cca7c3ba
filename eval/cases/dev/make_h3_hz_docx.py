"""Build the .docx holdout case zh-ppe-cutgloves-steel-fab-first-batch (writer tag hz3).

The hand-written call is below; each line becomes one paragraph `说话人：内容`, as a meeting-notes tool that
exports to Word would write it, under a title and a one-line header. Run from the repo root:
    .venv/bin/python eval/cases/dev/make_h3_hz_docx.py
"""

from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "zh-ppe-cutgloves-steel-fab-first-batch" / "transcript.docx"

TITLE = "通话记录 · 华钢结构 劳保手套"
HEADER = "录音时长 14分52秒，参与人：邓丽（销售）、汪科长（采购）、贺主管（安全）"

LINES = [
    ("邓丽", "汪科长，贺主管，上午好，我是邓丽。上个月送过去的那两百双试用手套，车间那边用得怎么样？"),
    ("贺主管", "我先说吧。我自己戴了两个礼拜，下料那边切钢板，边上跟刀一样，这个割不破，手指头也灵活，拧螺丝不用摘。"),
    ("汪科长", "车间那边也没什么意见，就是有几个人说大号的偏紧。"),
    ("邓丽", "嗯嗯，这个我们有加大号，XL和XXL都有，上次只送了L的。"),
    ("贺主管", "那个五级防割的不要啊，你们上次说的那个，太厚了，焊工戴着没法干活，就要四级的。"),
    ("邓丽", "好的，四级的就够了，我们四级的是HPPE加玻纤，过了EN388的检测。"),
    ("汪科长", "价格呢，上次你报的是十四块八一双，量大了能不能再让一点？"),
    ("邓丽", "汪科长，如果第一批能到三千双，我跟公司申请到十三块九，含税含运费，月结六十天。"),
    ("汪科长", "十三块五吧。"),
    ("邓丽", "十三块五真做不了，这个料今年涨了。十三块九已经是我们给大客户的价了。"),
    ("汪科长", "那……贺主管你看呢？"),
    ("贺主管", "东西是好东西，我这边没意见。"),
    ("邓丽", "汪科长，那咱们今天就把第一批三千双按十三块九定下来？"),
    ("汪科长", "行，定了，三千双。合同你今天下班前发我邮箱。"),
    ("邓丽", "好的，我今天下班前把合同发您邮箱。"),
    ("汪科长", "还有一个，这批货九月十号之前要到厂，十号以后新来一批工人上岗，要用。"),
    ("邓丽", "没问题，我跟仓库确认一下排期，保证九月十号前送到。"),
    ("贺主管", "尺码的话，我下周一把各个车间的手型尺码统计发给你，你们按比例配。"),
    ("邓丽", "好，那就等您的尺码表。谢谢汪科长，谢谢贺主管。"),
]


def main() -> None:
    d = docx.Document()
    d.add_heading(TITLE, level=1)
    d.add_paragraph(HEADER)
    for who, text in LINES:
        d.add_paragraph(f"{who}：{text}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    d.save(OUT)


if __name__ == "__main__":
    main()
