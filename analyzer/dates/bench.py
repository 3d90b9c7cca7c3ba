"""How fast `find` is, per sentence: `python -m analyzer.dates.bench`.

CPU time (not wall time, which other work on the machine inflates), best of five runs of 200 calls per
sentence, over sentences that hold a date and sentences that do not.
"""

from __future__ import annotations

import statistics
import time
import timeit

from analyzer.dates import find

WITH_DATE = [
    "We'll send the signed contract next Wednesday.",
    "We'll have the SOW ready by Tuesday, March 24th.",
    "Expect the PO within 10 business days.",
    "I'll loop in our CTO early next week.",
    "Our legal team will review it by end of Q2.",
    "我们下周三把合同发给你。",
    "下周一上午十点再开个会。",
    "两个星期以内把测试环境搭好。",
    "下个月初我们安排一次现场演示。",
    "王总说他们第二季度末之前要签约，五一之前上线。",
]
WITHOUT_DATE = [
    "我们现在用的是金蝶的系统，财务那边反馈还可以，就是报表导出比较慢。",
    "Honestly the onboarding looked great and our team liked the dashboard a lot.",
    "好的，明白。",
    "Sounds good, thanks for walking us through it.",
    "你们这个系统确实做得不错，我们老板上次也提到过。",
    "Can you walk me through how the integration with SAP works?",
]


def per_sentence(sentences: list[str]) -> list[float]:
    """Microseconds of CPU per `find` call, one figure per sentence."""
    return [
        min(timeit.repeat(lambda s=s: find(s), number=200, repeat=5, timer=time.process_time)) / 200 * 1e6
        for s in sentences
    ]


def main() -> None:
    for name, sentences in (("with a date", WITH_DATE), ("without a date", WITHOUT_DATE)):
        times = per_sentence(sentences)
        print(f"find, {len(sentences)} sentences {name}: mean {statistics.mean(times):.1f} µs, "
              f"median {statistics.median(times):.1f} µs, max {max(times):.1f} µs")


if __name__ == "__main__":
    main()
