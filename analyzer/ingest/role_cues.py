"""Who sells and who buys: the phrases that give each side away, as data (regexes, matched case-insensitively).

The rep pitches ("our product", "我们的方案"), demos, quotes, asks about the customer's side ("your budget",
"您那边") and proposes next steps ("shall we", "您看", "我给您发"). The customer talks about their own side
("our team / budget / boss", "我们领导 / 我们这边") and about the vendor's offer ("your product", "你们的方案").
"""

REP_CUES = [
    # English: pitching and demoing
    r"\bour (?:\w+ ){0,2}(?:product|platform|solution|software|tool|service|offering|system|app|pricing|program|module|integration|customers|clients|accounts|implementation|support team|roadmap)s?\b",
    r"\bwe (?:offer|provide|can help|help companies|specialize|integrate with|also do|also offer|support)\b",
    r"\blet me (?:show|walk you|share|demo|send|pull up)\b",
    r"\bshare my screen\b",
    r"\bhere(?:'s| is) (?:what|the|how|a)\b",  # walking through a demo
    r"\byou can (?:also )?(?:set|see|move|configure|drill|filter|export|track|pull|approve|customize)\b",
    r"\b(?:i'm|i am|this is) \w+ (?:from|with) [A-Z]",
    # English: discovery questions about the customer's side
    r"\byour (?:budget|boss|process|timeline|current|side|needs|ceo|cto|cfo|it team|procurement|decision|requirements|priorities)\b",
    r"\bwho else (?:should|would|needs|is involved)\b",
    r"\bwhat(?:'s| is) driving\b",
    r"\bhow (?:do|are) you (?:currently|handling|doing that|managing)\b",
    # English: proposing next steps and sending material
    r"\bshall we\b",
    r"\bhow about (?:we|next|a|on|something)\b",
    r"\bwould you be open to\b",
    r"\bwould it make sense\b",
    r"\b(?:the )?(?:natural |logical )?next step (?:is|would be)\b",
    r"\b(?:could|can) we (?:get|set up|schedule|book|put|find|lock in)\b",
    r"\bdoes (?:next|this|that) \w+ work\b",
    r"\bi(?:'ll| will| can) (?:send you|get you|follow up|put together|set up|share)\b",
    r"\bthanks? (?:you )?for (?:taking the time|your time|having me|meeting with me)\b",
    # Chinese: pitching, demoing, introducing the seller's side
    r"我们(?:的|家的?|这款|这套)?(?:产品|方案|系统|平台|服务|软件|解决方案|设备)",
    r"我们(?:这款|这套|家的?)",
    r"我们公司",
    r"售前",
    r"我是.{1,12}的(?:小|销售|客户经理|售前|顾问)",
    r"(?:给|为|跟|向)您(?:演示|介绍|报价|安排|发|送|寄|带|汇报|过一下)",
    r"演示",
    r"报价(?:单|给您)",
    # Chinese: proposing next steps, probing, polite leave-taking
    r"您看",
    r"要不(?:咱们|我们|您|就)",
    r"我(?:给|帮)您(?:发|准备|安排|约|寄|送)",
    r"我(?:今天|明天|回去|稍后|马上)?(?:把|将).{0,16}(?:发|寄|送)(?:给)?(?:您|你)",
    r"你们这边",
    r"我们的\s?(?:solution|product|platform|demo|team|engineers?|solution engineer)",
    r"咱们(?:约|定|安排|下周|明天|周[一二三四五六日天])",
    r"下一步",
    r"(?:什么|哪些)(?:原因|顾虑|担心)",
    r"不(?:多)?(?:打扰|占用)",
    r"贵(?:公司|司|单位|院|行|厂)",
    # Chinese politeness: the seller addresses the buyer as 您 far more than the buyer does the seller.
    r"您",
    r"感谢您(?:抽出?)?(?:宝贵的)?时间",
]

CUSTOMER_CUES = [
    # English: their own side
    r"\bour (?:team|budget|boss|manager|cto|ceo|cfo|director|vp|leadership|board|procurement|legal|it department|it team|department|current|process|side|users|staff|fiscal|auditors|contract|vendor|provider|supplier)\b",
    r"\bmy (?:boss|manager|team|director|vp)\b",
    r"\bwe(?:'re| are)? (?:currently )?(?:use|using)\b",
    r"\bthe current (?:provider|vendor|supplier|system|crew|tool)\b",
    r"\bi(?:'ll| will|'d| would)? (?:need to |have to )?(?:check|talk|run it by|discuss it|confirm) with\b",
    # English: about the vendor's offer
    r"\byour (?:product|platform|solution|software|tool|company|pricing|demo|offering|people|crews?|documentation|proposal|quote)s?\b",
    r"\b(?:can|could) you (?:also )?send\b",
    r"\bsend me\b",
    r"\bhow much (?:does|is|would)\b",
    r"\bdo you (?:support|offer|have|integrate)\b",
    r"\bdoes (?:it|your) \w* ?(?:support|work with|integrate)\b",
    # Chinese: their own side
    r"我们(?:的)?(?:领导|老板|老总|预算|团队|部门|采购|财务|法务|IT|内部|信息中心|工厂|车间)",
    r"我们这边",
    r"我们(?:现在|目前)(?:用|在用|使用|的供应商|那家|合作的)",
    r"(?:跟|和|向)(?:领导|老板|老总)(?:汇报|商量|说|请示)",
    r"(?:老板|领导|老总)(?:让|要求|叫)我",
    r"我是(?:财务|采购|信息|IT|技术|设备|生产)",
    # Chinese: about the vendor's offer ("你们" addresses the seller's company)
    r"你们(?:的|家的?|公司的?)?[\u4e00-\u9fffA-Za-z]{0,4}?(?:产品|方案|系统|平台|价格|报价|服务|软件|设备|报告|资料|样品|技术|团队)",
    r"多少钱",
    r"(?:发|给)我(?:一份|一下|看看)",
    r"你(?:们)?(?:发|寄)(?:一份|一下)?给我",
]

# Labels that state the side outright. Seller-side compounds are checked first: 客户经理 is the seller's
# account manager and "customer success" is the vendor's team, though both contain "customer"/客户.
REP_LABEL_PHRASES = ["account executive", "account manager", "customer success", "sales engineer", "solutions engineer",
                     "客户经理", "客户成功", "销售", "售前", "乙方", "业务员", "客服", "坐席"]
REP_LABEL_WORDS = {"sales", "salesperson", "seller", "rep", "ae", "sdr", "bdr", "vendor", "salesrep"}
CUSTOMER_LABEL_PHRASES = ["客户", "甲方", "买方", "用户", "买家"]
CUSTOMER_LABEL_WORDS = {"customer", "client", "prospect", "buyer"}

# Role words in front matter `participants` or a JSON `role` field.
ROLE_WORDS = {
    "rep": "rep", "sales": "rep", "seller": "rep", "ae": "rep", "salesperson": "rep", "vendor": "rep",
    "销售": "rep", "客服": "rep", "agent": "rep",
    # Chat exports (customer-service and pre-sales chats): the assistant is the seller's side.
    "assistant": "rep",
    "customer": "customer", "client": "customer", "prospect": "customer", "buyer": "customer", "客户": "customer",
    "user": "customer", "用户": "customer", "买家": "customer",
}
