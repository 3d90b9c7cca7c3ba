"""Who sells and who buys: the phrases that give each side away, as data (regexes, matched case-insensitively).

The rep pitches ("our product", "我们的方案"), demos, quotes, asks about the customer's side ("your budget",
"您那边") and proposes next steps ("shall we", "您看", "我给您发"). The customer talks about their own side
("our team / budget / boss", "我们领导 / 我们这边") and about the vendor's offer ("your product", "你们的方案").
"""

REP_CUES = [
    # English: pitching and demoing
    r"\bour (?:product|platform|solution|software|tool|service|offering|system|app|pricing|customers|clients|integration)s?\b",
    r"\bwe (?:offer|provide|can help|help companies|specialize|integrate with)\b",
    r"\blet me (?:show|walk you|share my screen|demo|send|pull up)\b",
    # English: asking about the customer's side
    r"\byour (?:team|budget|boss|process|timeline|current|side|needs|ceo|cto|cfo|it team|procurement|decision)\b",
    r"\bwho else (?:should|would|needs|is involved)\b",
    # English: proposing next steps and sending material
    r"\bshall we\b",
    r"\bhow about (?:we|next|a|on)\b",
    r"\bwould you be open to\b",
    r"\bwould it make sense\b",
    r"\bdoes (?:next|this|that) \w+ work\b",
    r"\bi(?:'ll| will| can) (?:send you|get you|follow up|put together|set up|share)\b",
    r"\bthanks? (?:you )?for (?:taking the time|your time|having me|meeting with me)\b",
    # Chinese
    r"我们(?:的|家的?|这款)?(?:产品|方案|系统|平台|服务|软件|解决方案)",
    r"我们公司",
    r"(?:给|为|跟)您(?:演示|介绍|报价|安排|发)",
    r"演示",
    r"报价(?:单|给您)",
    r"您看",
    r"要不(?:咱们|我们|您|就)?",
    r"我(?:给|帮)您(?:发|准备|安排|约)",
    r"我(?:把|将).{0,12}发(?:给)?您",
    r"咱们(?:约|定|安排|下周|明天|周[一二三四五六日天])",
    r"贵(?:公司|司|单位)",
    r"您(?:那边|这边|们那边|的预算|的团队|的领导)",
    r"感谢您(?:抽出?)?(?:宝贵的)?时间",
]

CUSTOMER_CUES = [
    # English: their own side
    r"\bour (?:team|budget|boss|manager|cto|ceo|cfo|director|vp|leadership|board|procurement|legal|it department|it team|department|current|process|side|users|staff|fiscal)\b",
    r"\bmy (?:boss|manager|team|director|vp)\b",
    r"\bwe(?:'re| are)? (?:currently )?(?:use|using)\b",
    r"\bi(?:'ll| will|'d| would)? (?:need to |have to )?(?:check|talk|run it by|discuss it|confirm) with\b",
    # English: about the vendor's offer
    r"\byour (?:product|platform|solution|software|tool|company|pricing|demo|offering)s?\b",
    r"\b(?:can|could) you send\b",
    r"\bsend me\b",
    r"\bhow much (?:does|is|would)\b",
    r"\bdo you (?:support|offer|have|integrate)\b",
    r"\bdoes it (?:support|work with|integrate)\b",
    # Chinese
    r"我们(?:的)?(?:领导|老板|老总|预算|团队|部门|采购|财务|法务|IT|内部)",
    r"我们这边",
    r"我们(?:现在|目前)(?:用|在用|使用)",
    r"(?:跟|和|向)(?:领导|老板|老总)(?:汇报|商量|说|请示)",
    r"你们(?:的|家的?)?(?:产品|方案|系统|平台|价格|报价|服务|软件)",
    r"你们公司",
    r"多少钱",
    r"(?:发|给)我(?:一份|一下|看看)?",
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
