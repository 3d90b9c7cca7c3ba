"""Build the one .docx transcript of the v5 dev cases (python-docx): a Chinese 客户拜访小结 as reps type it in Word.

A .docx is binary, so the hand-written text lives here where a reviewer can read and diff it; run
`.venv/bin/python eval/cases/dev/make_v5_docx.py` after editing and commit both. One paragraph per line;
headings 拜访目的 / 沟通内容 / 下一步 are Word heading paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent

# (style, text): style "h" = heading paragraph, "p" = body paragraph.
CASES: dict[str, list[tuple[str, str]]] = {
    "v5-zh-cable-laser-gauge-visit-summary": [
        ("h", "客户拜访小结"),
        ("p", "客户名称：江苏某电缆有限公司"),
        ("p", "拜访时间：2026年11月5日（周四）下午"),
        ("p", "参会人员：我方销售经理韦立新；客户方生产副总易总、工艺科潘科长、采购小谭"),
        ("h", "一、拜访目的"),
        ("p", "介绍我们的在线激光测径与火花试验一体化检测设备，争取在交联线上做试点。"),
        ("h", "二、沟通内容"),
        ("p", "1. 易总介绍，他们现在每条线配两个质检员人工抽检外径，偏差超标的事一个月总有两三回，上个月还被电网客户退了一批货。"),
        ("p", "2. 潘科长对我们的激光测径仪很感兴趣，说分辨率完全够用，界面也比德国那家的好懂。"),
        ("p", "3. 易总问了如果整厂十二条线都上，大概多少钱、多长时间能装完；我方答复整厂报价需要先做现场勘察。"),
        ("p", "4. 小谭提醒，他们的采购流程是先试点、再技术评审、最后招标，单台超过二十万要走集团审批。"),
        ("p", "5. 我方提出下周二（11月10日）派两名工程师到3号交联线做现场勘察，易总同意，安排潘科长全程陪同。"),
        ("h", "三、下一步"),
        ("p", "1. 11月10日我方工程师到3号线勘察，潘科长陪同。"),
        ("p", "2. 易总答应勘察结束后两周内组织一次内部技术评审，请我们的技术总监列席。"),
        ("p", "3. 小谭月底前把供应商准入需要的资料清单发给我们。"),
        ("p", "4. 我方11月9日前提交试点方案和单台报价。"),
        ("p", "5. 易总希望看看国网系统内的客户案例，我方本周内整理两个发过去。"),
    ],
}


def build(case_id: str, paragraphs: list[tuple[str, str]]) -> Path:
    document = docx.Document()
    for style, text in paragraphs:
        if style == "h":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    out = HERE / case_id / "transcript.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(out)
    return out


if __name__ == "__main__":
    for case_id, paragraphs in CASES.items():
        print(build(case_id, paragraphs))
