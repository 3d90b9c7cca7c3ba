"""Build the .docx transcript of zh-testing-cert-kettle-samples-later (holdout v2, now dev; writer tag hz).

The hand-written text lives here; run with the project venv: .venv/bin/python eval/cases/dev/make_h2_hz_docx.py
"""

from pathlib import Path

import docx

CASE = Path(__file__).resolve().parent / "zh-testing-cert-kettle-samples-later"

TITLE = "会议纪要（录音转写）  欧阳经理 / 冯涛 / 邓工  2027-01-19"

LINES = [
    ("冯涛", "欧阳经理，今天主要是邓工过来，跟您把欧盟那边新的认证要求过一遍，您这三款电水壶明年不是要出欧洲嘛。"),
    ("欧阳经理", "对，德国一个客户，下半年的单子。你们先说说，CE和CB要不要都做？"),
    ("邓工", "看客户要求。德国客户一般要GS，GS的话CB报告基本绕不开，一起做能省一轮安规测试。"),
    ("欧阳经理", "嗯，那个能效呢？我听说今年要变。"),
    ("邓工", "对，ErP那边水壶待机功耗要收紧，还有一个保温功能的测试方法改了，我们实验室上个月刚拿到新方法的资质。"),
    ("欧阳经理", "去年那款我们已经在另一家做过CE了，他们没跟我们说这个。"),
    ("邓工", "那可能是按旧版做的，旧版的证书到期之前还能用，新款就得按新的来。"),
    ("欧阳经理", "你们邓工讲得挺清楚的。"),
    ("冯涛", "谢谢欧阳经理。那我提个建议，下周四您把三款电水壶的样品寄到我们实验室，先做个EMC预测试，您看行吗？"),
    ("欧阳经理", "下周四不行，样品还在改模，春节前出不来。"),
    ("冯涛", "那下周先开个线上会，邓工把新标准的变化给您和研发讲一下，您看怎么样？"),
    ("欧阳经理", "这个……研发那边最近都在赶年前的货，等他们忙完再说吧。"),
    ("欧阳经理", "要是样品年后才出来，到下半年出货来得及吗？"),
    ("邓工", "正常的话EMC加安规四到六周，GS工厂检查再加两周，三月份送样肯定来得及。"),
    ("欧阳经理", "那还好。你们把CB和CE一起做的打包价报一下，三款分开列。"),
    ("冯涛", "没问题。"),
    ("邓工", "我这周五前把ErP新规的解读材料发您，您可以先转给研发看看。"),
    ("欧阳经理", "好。"),
    ("冯涛", "那年后咱们再约？"),
    ("欧阳经理", "行，年后再约。"),
]


def main() -> None:
    d = docx.Document()
    d.add_paragraph(TITLE)
    for name, text in LINES:
        d.add_paragraph(f"{name}：{text}")
    CASE.mkdir(exist_ok=True)
    d.save(CASE / "transcript.docx")


if __name__ == "__main__":
    main()
