"""Flag messages with coaching drawn from the 行动承诺 article, in the call's language."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "NO_ASK": {
        "en": "The rep asked for no commitment. Before the next visit set high / medium / low commitment goals "
        "and end by asking for one concrete customer action with a time (e.g. 'Could you set up 30 minutes "
        "with your CFO next Tuesday?').",
        "zh": "本次拜访没有向客户提出任何行动承诺的要求。下次拜访前先设定高/中/低三档承诺目标，结束时请客户"
        "承诺一个具体行动并约定时间（例如：“下周二您能安排半小时，让我们跟财务总监汇报一下方案吗？”）。",
    },
    "VAGUE_ASK_ONLY": {
        "en": "Every ask was vague ('{quote}'): no concrete time, what, who or where. Make it specific: name "
        "the action, the people and the date.",
        "zh": "提出的要求都太笼统（“{quote}”），没有具体的时间、事项、人员或地点。要说清楚做什么、谁参加、哪天。",
    },
    "PRAISE_WITHOUT_ACTION": {
        "en": "The customer praised ('{quote}') but committed to nothing. Praise proves nothing: judge the deal "
        "by what the customer does, and turn the goodwill into a concrete next step.",
        "zh": "客户表示了认可（“{quote}”），但没有承诺任何行动。好话不等于进展：看客户做什么，而不是说什么，"
        "趁客户认可时请他承诺一个具体的下一步。",
    },
    "UNDATED_COMMITMENT": {
        "en": "Commitment without a date ('{quote}'). Pin it down: 'Which day works — Tuesday or Thursday?'",
        "zh": "承诺没有明确时间（“{quote}”）。要落实到具体日期：“您看周二还是周四合适？”",
    },
    "DECLINED_NOT_PROBED": {
        "en": "The customer declined ('{quote}') and the rep moved on. Probe the reason first ('Is there a "
        "concern, or something I haven't made clear?'); if that fails, lower the ask (trial refused → a "
        "technical discussion); only then decide whether to give up on this customer.",
        "zh": "客户拒绝了（“{quote}”），销售没有跟进。先探询原因（“您是有什么顾虑，还是我哪里没讲清楚？”）；"
        "不行再降低要求（不同意试用→先做一次技术交流）；最后才考虑放弃这个客户。",
    },
    "MISSED_SIGNAL": {
        "en": "The customer gave a buying signal ('{quote}') and the rep asked for nothing after it. "
        "A signal is the moment to ask for the next step.",
        "zh": "客户释放了购买信号（“{quote}”），销售之后没有提出任何要求。信号出现时正是要承诺的时机。",
    },
    "ROLES_UNKNOWN": {
        "en": "Could not tell the rep from the customer; pass --rep NAME (or 'reps:' in front matter) "
        "for a reliable analysis.",
        "zh": "无法区分销售和客户；请用 --rep 姓名（或在文件头写 reps:）指定销售人员。",
    },
}


def message(code: str, lang: str, **fields: str) -> str:
    text = MESSAGES[code][lang if lang in ("zh", "en") else "en"]
    quote = fields.get("quote", "")
    if len(quote) > 80:
        quote = quote[:77] + "…"
    return text.format(quote=quote)
