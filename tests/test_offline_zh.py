"""Chinese phenomenon table for the offline engine: one short realistic utterance per row.

Row format and label vocabulary: see tests/offline_table.py.
"""

from __future__ import annotations

import pytest
from offline_table import C, R, check_row

ROWS = [
    # ---- praise
    (C, "你们这个系统确实做得不错", {"praise"}, None),
    (C, "你们服务在业内很有名", {"praise"}, None),
    (C, "这个报表功能挺实用的", {"praise"}, None),
    (C, "界面设计得很直观，操作也很方便", {"praise"}, None),
    (C, "你们的售后响应很快", {"praise"}, None),
    (C, "比我们现在用的那套灵活多了", {"praise"}, None),
    (C, "你们团队很专业，问题都答到点子上了", {"praise"}, None),
    (C, "这个方案考虑得挺周到", {"praise"}, None),
    (C, "刚才的演示讲得很清楚", {"praise"}, None),
    (C, "说实话你们的口碑很好", {"praise"}, None),
    # a comparison with 比 against anything the customer knows, 是真 + a good quality, approval outright, dialect
    (C, "你们这款比我们现在用的那台安静多了", {"praise"}, None),
    (C, "这批货的包装比上一家结实", {"praise"}, None),
    (C, "说实话，你们的师傅是真细心", {"praise"}, None),
    (C, "这个设计我得给你们点个赞", {"praise"}, None),
    (C, "这个东西巴适得很", {"praise"}, None),
    (C, "那家比你们便宜多了", set(), None),
    (C, "他们的系统比我们新", set(), None),
    (C, "真是稳健得很，亏了八千", set(), None),
    # indefinite 几/什么 ask nothing: the clause is still a statement
    (C, "你们白班那几个保安是真负责", {"praise"}, None),
    (C, "没什么好挑的，你们这几台机器是真耐用", {"praise"}, None),
    (C, "那几台机器是真耐用吗", set(), None),
    (C, "你们这几个人到底是干什么的，真专业吗", set(), None),
    # the price said fair; a manner complement of the wider family; a verdict granted ("这个我认")
    (C, "你们的报价挺公道的", {"praise"}, None),
    (C, "这个接口对得挺规整", {"praise"}, None),
    (C, "安装做得确实可以", {"praise"}, None),
    (C, "做事靠谱，这个我服", {"praise"}, None),
    (C, "售后响应还行，这点我承认", set(), None),
    (C, "价格再便宜点吧", set(), None),
    (C, "卖得好我再补货", set(), None),
    # traditional characters read through the simplified lexicon; quotes stay verbatim
    (C, "你們的售後響應很快", {"praise"}, None),
    (C, "這個報表功能挺實用的", {"praise"}, None),
    (C, "比我們現在用的那套靈活多了", {"praise"}, None),
    (C, "那家比你們便宜多了", set(), None),
    (C, "價格再便宜點吧", set(), None),
    # the thing just shown, judged at once by a demonstrative clause or after its topic
    (C, "嗯，这个有用。", {"praise"}, None),
    (C, "温度也能远程看啊 这个厉害", {"praise"}, None),
    (C, "上门安装这个靠谱。", {"praise"}, None),
    (C, "我们这个好办", set(), None),
    (C, "这个好吗", set(), None),
    # manner complements (V得 + quality) and colloquial verdicts
    (C, "你们的工程师讲得明明白白", {"praise"}, None),
    (C, "这套排班算得挺准", {"praise"}, None),
    (C, "漏检率压得很低", {"praise"}, None),
    (C, "你们这波操作有两把刷子", {"praise"}, None),
    (C, "价格报得挺高", set(), None),
    (C, "流程搞得挺复杂", set(), None),
    (C, "刚才讲得不太明白", set(), None),
    (C, "我们自己做得挺稳的", set(), None),
    # litotes closing the clause
    (C, "你们这个还真不赖", {"praise"}, None),
    (C, "这个系统确实不差", {"praise"}, None),
    (C, "效果不差，就是太贵了", {"praise"}, None),
    (C, "我们不差钱", set(), None),
    (C, "这个跟那个不差多少", set(), None),
    # comparisons with 好, fault measures lower than the others, ranking, ease of use, quality dimensions
    (C, "说实话比我们原来那套好太多了", {"praise"}, None),
    (C, "你们这批料比进口的还好", {"praise"}, None),
    (C, "故障率确实比他们那批低不少", {"praise"}, None),
    (C, "你们的售后在行业里算是第一梯队", {"praise"}, None),
    (C, "这款地板好打理", {"praise"}, None),
    (C, "这批货的一致性很好", {"praise"}, None),
    (C, "口感确实挺细腻", {"praise"}, None),
    (C, "先试点比直接签合同好", set(), None),
    (C, "这个价格比别家高", set(), None),
    (C, "精度要求很高", set(), None),
    (C, "噪音比我们现在的大", set(), None),
    (C, "这事不好办", set(), None),
    # service that comes fast; degree + a quality good in itself
    (C, "你们上次修得挺及时", {"praise"}, None),
    (C, "你们客服回复得很快", {"praise"}, None),
    (C, "这套设备用下来确实好", {"praise"}, None),
    (C, "你们的供货一直很稳", {"praise"}, None),
    (C, "你们的交付得快点", set(), None),
    (C, "今年原料价格涨得很快", set(), None),
    # code-switched: a Chinese degree adverb before an English evaluative adjective
    (C, "你们这个 dashboard 很 intuitive", {"praise"}, None),
    (C, "这个 workflow 设计得挺 smart 的", {"praise"}, None),
    (C, "你们的 support team 非常 responsive", {"praise"}, None),
    (C, "这个 timeline 有点 tight", set(), None),
    (C, "我们这边最近很 busy", set(), None),
    # a short evaluation going on from a clause that names the offering is no lone backchannel
    (C, "你们那个巡检机器人我在展会上见过，确实先进", {"praise"}, None),
    (C, "报表的格式不错，尤其是异常那一栏，很清楚", {"praise"}, None),
    (C, "好的，挺好", set(), None),
    (C, "周三下午，挺好", set(), None),
    (C, "你们说的我明白", set(), None),
    # a feature named, then plain 好; comparisons with more qualities; notes-style exclusions
    (C, "界面这个好", {"praise"}, None),
    (C, "这个功能真好，省得我们手工对账", {"praise"}, None),
    (C, "预警推送这个好", {"praise"}, None),
    (C, "还是这个好", set(), None),
    (C, "哦这个好。", set(), None),
    (C, "这个时间好", set(), None),
    (C, "比我们现在手工登记靠谱多了", {"praise"}, None),
    (C, "比原来那套系统高效不少", {"praise"}, None),
    (C, "这个比原来的贵多了", set(), None),
    (C, "他说得很明白，预算今年没有", set(), None),
    (C, "全面铺开最早也要明年", set(), None),
    # verdicts of the same family: renowned, proven, easy to grasp, quick results, the customer's problem solved
    (C, "你们家的售后是出了名的好", {"praise"}, None),
    (C, "质量确实过硬", {"praise"}, None),
    (C, "这个界面一看就懂", {"praise"}, None),
    (C, "效果立竿见影", {"praise"}, None),
    (C, "你们这套东西确实解决了我们的痛点", {"praise"}, None),
    (C, "你们的响应速度没话说", {"praise"}, None),
    (C, "你们这个系统用起来挺顺的", {"praise"}, None),
    (C, "这个思路挺新的", {"praise"}, None),
    (C, "我没话说了", set(), None),
    (C, "这个季度挺顺的", set(), None),
    (C, "这个问题对症下药就行", set(), None),
    (C, "效果不明显", set(), None),
    (C, "我们的难题还没解决", set(), None),
    # ---- not praise
    (C, "好的", set(), None),
    (C, "谢谢你们跑一趟", set(), None),
    (C, "我们公司的流程做得挺好", set(), None),
    (C, "我不是说你们产品不好", set(), None),
    (C, "你们的系统稳定吗？", set(), None),
    (R, "我们的系统是行业第一", set(), None),
    (C, "这个时间挺好", set(), None),
    (C, "今天天气不错", set(), None),
    (C, "明白了", set(), None),
    (C, "挺好的。", set(), None),
    (C, "不错。", set(), None),
    # ---- customer actions
    # an undated "later" with only a loose contact touches base; a report or a dated contact binds
    (C, "回头我跟采购那边碰一下", set(), None),
    (C, "我回头跟财务聊聊", set(), None),
    (C, "回头跟信息部通个气", set(), None),
    (C, "回头我跟王总汇报一下", {"action:internal_report"}, None),
    (C, "我明天跟采购碰一下价格", {"action:procurement_step"}, "2026-03-13"),
    # asking whether something was done proposes nothing; a proposal after it still does
    (R, "方案您这边看了吧？", set(), None),
    (R, "上周寄过去的样机你们装了吗？", set(), None),
    (R, "合同您收到了没有？", set(), None),
    (R, "上周说的试点，下周三开始可以吗？", {"ask:specific"}, None),
    (R, "报告您收到了吧？那下周二我们过来做个技术交流，您看行吗？", {"ask:specific"}, None),
    # the rep on the receiving end asks the customer to send; a yes/no 能…吗 puts a step; 最好 suggests
    (R, "这周五前能把需求清单发给我们吗？", {"ask:specific"}, None),
    (R, "下周三能安排技术交流吗？", {"ask:specific"}, None),
    (R, "最好寄两桶给我们实验室做个小试", {"ask:vague"}, None),
    (R, "你们系统能导出Excel吗？", set(), None),
    (R, "太好了，参观那天的接送我来安排", {"rep"}, None),
    # customer-process steps named by their family: 试 + the trade verb, a tentative try, buying N units, vendor
    # pools, a review named in English, a meeting named in English to present at
    (R, "下周一先拿两台机器给您车间试产，您看行吗？", {"ask:specific"}, None),
    (R, "周五我们带样品过来给您门店试卖一周，可以吗？", {"ask:specific"}, None),
    (C, "下周三我们先试喂一栋", {"action:trial"}, "2026-03-18"),
    (C, "上次试产的时候出了问题", set(), None),
    (R, "要不先拿一条线做做看呢？", {"ask:vague"}, None),
    (C, "下周我们先用用看", {"action:trial"}, ("2026-03-16", "2026-03-22")),
    (R, "你们现在用的哪家呢？", set(), None),
    (R, "您看这周能不能先上一台？", {"ask:specific"}, None),
    (C, "我们下周先买两套", {"action:sign"}, ("2026-03-16", "2026-03-22")),
    # a dated clause stating how things stand commits no one (hard calls 15, 39): another body as actor, a constraint, a fact
    (C, "总部下个月统一招标", set(), None),
    (C, "这笔经费月底之前得用掉", set(), None),
    (C, "明年的供应商名录入围是三月份", set(), None),
    # near misses: the speaker's side acting, the body only the one reported to; a dated plan of the speaker's own
    (C, "设备预算我们下个月初报给集团", {"action:budget"}, None),
    (C, "合同这周五签", {"action:sign"}, "2026-03-13"),
    # a pronoun taking up the step the clause before names: one item, dated there
    (C, "我们六月中旬有个预算会，我争取把这个报上去", {"action:budget"}, ("2026-06-10", "2026-06-20")),
    (C, "下个月初局里有个专项申报，我把这个报上去", {"action:budget"}, ("2026-04-01", "2026-04-05")),
    # near misses: no step named before the pronoun; the step named is already a commitment of its own
    (C, "我们老板挺忙的，我把这个报上去", set(), None),
    (C, "下周四我们开周例会，我把这个放上去", {"action:internal_report"}, None),
    # steps named in other words: a test run, a tasting, a document gone through point by point, a session by another name
    (C, "下周二我们在站里做个烧杯试验", {"action:trial"}, "2026-03-17"),
    (R, "下周一我们先免费送一天午餐，让员工尝尝，您看行吗？", {"ask:specific"}, None),
    (R, "这周四下午咱们一起把技术参数过一遍，行不行？", {"ask:specific"}, None),
    (R, "您二十号能来参加我们店里的开放日吗？", {"ask:specific"}, None),
    # near misses: a tasting already done; a contract gone through is a procurement step, not a technical review
    (C, "上次的样品我们已经尝过了", set(), None),
    (C, "合同我下周一跟法务一起把条款过一遍", {"action:procurement_step"}, "2026-03-16"),
    # telling the boss just named, on a day, is a report to leadership (hard call 3)
    (C, "明天上午开早会我跟他提一下", {"action:internal_report"}, "2026-03-13"),
    (C, "他周五回来，我周五下午就跟他说", {"action:internal_report"}, None),
    (C, "下周一我把这个 case 提出来", {"action:internal_report"}, "2026-03-16"),
    # near misses: no day (a stall); already told
    (C, "我找机会跟他提", set(), None),
    (C, "昨天我已经跟他说过了", set(), None),
    # money paid to the vendor: the sum as topic, or the payment sent their way with no sum named
    (C, "尾款我让财务明天一早转你们", {"action:sign"}, "2026-03-13"),
    (C, "押金我们这周五之前交", {"action:sign"}, "2026-03-13"),
    (C, "我明天就让出纳汇过去", {"action:sign"}, "2026-03-13"),
    # near misses: a phone call, a QR code scanned to add a contact
    (C, "我明天就给他打电话", set(), None),
    (C, "我扫码加你微信", set(), None),
    (C, "等我有空过去看看吧", set(), None),  # some free time, some day: a put-off
    (C, "上一台机器用了八年", set(), None),
    (C, "去年订了三台", set(), None),
    (R, "您看下周能不能把我们加入合格供应商名录？", {"ask:specific"}, None),
    (C, "月底前我把你们报上去", {"action:procurement_step"}, "2026-03-31"),
    (C, "我们已经把三家报上去了", set(), None),
    (R, "下周二我们过来做个 design review，您看可以吗？", {"ask:specific"}, None),
    (C, "上周的 review 已经做完了", set(), None),
    (C, "下周我在 weekly meeting 上提一下", {"action:internal_report"}, ("2026-03-16", "2026-03-22")),
    (C, "上次 meeting 上讲过了", set(), None),
    # a subjectless clause naming the step a dated clause before it sets up takes that date
    (C, "下周一把设备拉过去，先装在二号线上试运行", {"action:trial"}, "2026-03-16"),
    (C, "月底前腾出一间会议室，做个方案评审", {"action:technical_review"}, "2026-03-31"),
    (C, "下周三让车间空出两台机床，试做一批", {"action:trial"}, "2026-03-18"),
    (C, "下个月底之前，样品还在改模", set(), None),
    (C, "月底之前，IT在做年结", set(), None),
    (C, "上周把设备拉过去了，试运行了两天", set(), None),
    # data handed over: long code-switched objects, records prepared, the handing over in the next clause
    (C, "我下周一把 last quarter 的 shipment data 和 SKU master 给你们", {"action:send_information"}, "2026-03-16"),
    (C, "我明天先把这半年的出入库单据整理出来，周五给你们", {"action:send_information"}, "2026-03-13"),
    (C, "我把巡检记录汇总一下，下周一发您", {"action:send_information"}, "2026-03-16"),
    (C, "我们已经把维修单整理出来了", set(), None),
    (C, "我下周把选型报告交给总经理", {"action:internal_report"}, ("2026-03-16", "2026-03-22")),
    # the customer bringing their people to a session the vendor is invited to (hard call 4); an internal meeting to
    # decide; an order placed, the verb after it; closing on a first step; data asked of the customer politely
    (C, "下周三你们过来，我把生产、质量都叫上", {"action:meeting_with_decision_maker"}, "2026-03-18"),
    (C, "你们下周来做个演示，我叫上各门店店长", {"action:meeting_with_decision_maker"}, ("2026-03-16", "2026-03-22")),
    (C, "我们上次把财务也叫上了", set(), None),
    (C, "下个月初我们内部开个会定一下", {"action:internal_report"}, ("2026-04-01", "2026-04-05")),
    (C, "我们内部开会定了用别家", set(), None),
    (C, "下周我们就把首批订单下了", {"action:sign"}, ("2026-03-16", "2026-03-22")),
    (C, "我们订单上个月已经下了", set(), None),
    (C, "行，那就先签三个月的试用协议", {"action:sign"}, None),
    (R, "您这边方便的话，下周把历史数据导一份给我们？", {"ask:specific"}, None),
    # a deadline then 把…发给我们 is the customer sending to the rep, not the rep's own delivery; presenting or
    # updating named in English to someone on the customer's side is a report
    (R, "你们方便的话，这周内把样本数据发给我们？", {"ask:specific"}, None),
    (R, "明天之前把合同发给您", {"rep"}, None),
    (C, "我会跟 management present 一下这个 solution", {"action:internal_report"}, None),
    (C, "我下周跟老板 update 一下进度", {"action:internal_report"}, ("2026-03-16", "2026-03-22")),
    (C, "他上周给我们 present 过了", set(), None),
    # going over the design together is a technical review
    (R, "后天上午十点我们线上过一下方案，可以吗？", {"ask:specific"}, None),
    (C, "我们明天先对一下图纸", {"action:technical_review"}, "2026-03-13"),
    (C, "方案我看过一遍了", set(), None),
    # a fallback held out as a threat binds nothing; 会 the meeting is no modal
    (C, "要么再降两个点，要么我明天就跟别家签", set(), None),
    (C, "否则我们下个月就走招标了", set(), None),
    (C, "不然我下周就换回原来的供应商", set(), None),
    (C, "我明天就签", {"action:sign"}, "2026-03-13"),
    (C, "周三下午我有场会，改周四吧", set(), None),
    (C, "我们下周会安排试用", {"action:trial"}, ("2026-03-16", "2026-03-22")),
    # signing on the terms named, the verb after them
    (C, "那就按这个价今天签", {"action:sign"}, "2026-03-12"),
    (C, "合同按这个版本下周一签", {"action:sign"}, "2026-03-16"),
    (C, "我也就签过一次", set(), None),
    # impersonal: the payment or stamp as topic, its verb after the date
    (C, "款月底前会打过来", {"action:sign"}, "2026-03-31"),
    (C, "合同这周五会盖好章", {"action:sign"}, "2026-03-13"),
    (C, "定金我们明天转过去", {"action:sign"}, "2026-03-13"),
    (C, "合同上周已经盖好章了", set(), None),
    (C, "款还没打过来", set(), None),
    # object first, verb after subject and date; a run for a period; an item put on a meeting's agenda
    (C, "日志我们下周一导出来", {"action:send_information"}, "2026-03-16"),
    (C, "开票信息我明天发你", {"action:send_information"}, "2026-03-13"),
    (C, "下个月我们拿两条产线跑两周", {"action:trial"}, ("2026-04-01", "2026-04-30")),
    (C, "周一办公会，我把你们的方案提上去", {"action:internal_report"}, None),
    (C, "数据我们上个月已经导出来了", set(), None),
    (C, "这套系统我们用了一个月", set(), None),
    (C, "我跑一趟你们公司", set(), None),
    (C, "下周我们开周会", set(), None),
    (C, "信息我不方便给你", set(), None),
    (C, "我下周三把技术部的人叫上，一起过一遍方案", {"action:technical_review"}, "2026-03-18"),
    (C, "这周五之前我把需求清单发给你", {"action:send_information"}, "2026-03-13"),
    (C, "我们打算下个月申请预算", {"action:budget"}, ("2026-04-01", "2026-04-30")),
    (C, "咱们下周二一起去苏州的样板工厂看看", {"action:site_visit", "joint"}, "2026-03-17"),
    (C, "合同我今天就签", {"action:sign"}, "2026-03-12"),
    (C, "我回去跟王总汇报一下", {"action:internal_report"}, None),
    (C, "下周一我约一下我们刘总，跟你们见个面", {"action:meeting_with_decision_maker"}, "2026-03-16"),
    (C, "我们下个月先在一个车间试用", {"action:trial"}, ("2026-04-01", "2026-04-30")),
    (C, "月底前我让采购走一下比价流程", {"action:procurement_step"}, "2026-03-31"),
    (C, "明天上午我让信息部把接口文档发给你们", {"action:send_information"}, "2026-03-13"),
    (C, "我这周安排人参加你们的需求调研", {"action:requirements"}, "2026-03-13"),
    (C, "下周我们内部上会讨论这个项目", {"action:internal_report"}, ("2026-03-16", "2026-03-22")),
    (C, "我这边尽快安排招标", {"action:procurement_step"}, None),
    (C, "首付款我们下周一打过去", {"action:sign"}, "2026-03-16"),
    (C, "我让DBA给你们开一个测试库的只读账号", {"action:send_information"}, None),
    (C, "这个我回头跟财务总监报一下", {"action:internal_report"}, None),
    (C, "已经约好了，王总下周三见你们", {"action:meeting_with_decision_maker"}, "2026-03-18"),
    # ---- not customer actions
    (C, "我们研究研究", set(), None),
    (C, "回头再说吧", set(), None),
    (C, "如果做试点的话怎么收费？", set(), None),
    (C, "这个季度做不了试用", set(), None),
    (C, "上周我们已经跟领导汇报过了", set(), None),
    (C, "我们会考虑一下这个方向", set(), None),
    (C, "能先试用一下吗？", set(), None),
    (C, "我们一般都要先走招标流程", set(), None),
    (C, "嗯", set(), None),
    (C, "可能下个月会试一下", set(), None),
    (C, "预算下个月就批下来了", {"signal"}, None),
    (C, "我们老板对这个很感兴趣", {"signal"}, None),
    (C, "我问问领导再说", set(), None),
    (C, "要是效果好的话，我们再考虑采购", set(), None),
    (C, "之前我们也测试过类似的产品", set(), None),
    (C, "今年信息化预算里有一块质量追溯的钱", {"signal"}, None),
    (C, "我们的合同下个月就到期了", {"signal"}, None),
    (C, "我们老板最近一直在问这个事", {"signal"}, None),
    (C, "今年下半年有一笔信息化预算", {"signal"}, None),
    (C, "预算还没批下来", set(), None),
    # ---- rep tasks
    (R, "我回去把方案改一下发给您", {"rep"}, None),
    (R, "我明天把报价单发您", {"rep"}, "2026-03-13"),
    (R, "我跟我们技术确认一下接口", {"rep"}, None),
    (C, "把报价发我一份", {"rep"}, None),
    (C, "你们把案例资料整理一下发给我", {"rep"}, None),
    (R, "需要的话我可以发您资料", set(), None),
    (R, "我先给您演示一下", set(), None),
    (R, "我先共享一下屏幕", set(), None),
    (R, "周五我带合同过来", {"rep"}, "2026-03-13"),
    # a first-person subject, a few words of time or place (code-switched too), then the work
    (R, "两份报价我 tomorrow 上午之前都发您", {"rep"}, None),
    (R, "合同我一个小时内改好发您", {"rep"}, None),
    (R, "那我这边安排一个实施顾问全程跟进", {"rep"}, None),
    (R, "明天上午我带项目经理在工地门口等你们", {"rep"}, "2026-03-13"),
    (R, "我们给您的报价是按三年算的", set(), None),
    (R, "老周那边您约好了跟我说一声就行", set(), None),
    # no subject, in the rep's reply: a deadline, then what is sent or delivered to the customer
    (R, "没问题，周五之前一定发您", {"rep"}, "2026-03-13"),
    (R, "好，盖好章半小时内发您邮箱", {"rep"}, None),
    (R, "样品到了以后，三个工作日内把测试报告发群里", {"rep"}, None),
    (R, "我们这周内就能出结果", set(), None),
    (R, "您这边周五之前把样品寄过来就行", set(), None),
    # work already done (a result complement closed by 了), and what both sides do together
    (R, "方案我带过来了", set(), None),
    (R, "试点门店的数据我都整理好了", set(), None),
    (R, "下周三我们一起去门店把流程走一遍", set(), None),
    (R, "没问题，Friday 之前一定发您", {"rep"}, "2026-03-13"),
    (R, "另外我把测试账号也给你开好", {"rep"}, None),
    # a contact with nothing in it and no date is no task; a dated one is. Closing on it is a vague ask
    # (mixed-pv-silver-paste-second-source gold; tests/test_offline_asks.py CLOSE_ZH)
    (R, "那我们回头再 follow up", {"ask:vague"}, None),
    (R, "那等预算批了我们再跟进", set(), None),
    (R, "那我九月份再跟进一下报价", {"rep"}, None),
    # "你们做得…" evaluates what the vendor did; it asks for nothing
    (C, "这个方案你们做得挺用心的", {"praise"}, None),
    (C, "你们先把报价做出来给我", {"rep"}, None),
    # a "you" subject, a time between, then the handing over to the speaker: a request, not the customer's step
    (C, "检测报告你们下礼拜一之前发我", {"rep"}, None),
    (C, "stability test 的 report 你们周五前发我一下", {"rep"}, None),
    (C, "你们寄给我们的样品质量很稳定", {"praise"}, None),
    (C, "你们上次发我的资料我看过了", set(), None),
    # a service the agent performs for the customer on request
    (R, "好的，那我这边帮您取消", {"rep"}, None),
    (R, "这个我们这边来弄，周三前给您答复", {"rep"}, "2026-03-18"),
    (R, "测试报告我们这边出，下周五前给到您", {"rep"}, "2026-03-20"),
    (R, "明天上午我给您回电话", {"rep"}, "2026-03-13"),
    (R, "我来对接你们IT", {"rep"}, None),
    (R, "大部分主流品牌我们都对接过", set(), None),
    (R, "我先跟您这边开个对接会", set(), None),
    # the customer asking the vendor to present to someone on their side
    (C, "你们把对接的东西给他讲讲", {"rep"}, None),
    (C, "下次你们给我们领导介绍一下", {"rep"}, None),
    (C, "您跟刘总汇报一下这个方案", {"rep"}, None),
    (C, "你们上次给他讲过了", set(), None),
    (C, "你们给他讲得挺清楚的", {"praise"}, None),
    # ---- asks
    (R, "您看下周三安排技术交流可以吗？", {"ask:specific"}, None),
    (R, "咱们找个时间试用一下吧", {"ask:vague"}, None),
    (R, "下周初能不能请您约一下刘总，咱们当面汇报", {"ask:specific"}, None),
    (R, "改天再聊聊吧", {"ask:vague"}, None),
    (R, "你们现在用什么系统？", set(), None),
    (R, "有什么问题吗？", set(), None),
    (R, "要不下个月我们再约个时间碰一下？", {"ask:vague"}, None),
    (R, "这周五下午能不能请您的工程师一起做个技术评审？", {"ask:specific"}, None),
    (R, "如果做试点的话，我们可以打八折", set(), None),
    (R, "您看月底前能不能把近三个月的运单数据导一份给我们", {"ask:specific"}, None),
    (R, "那下周初我们 kick off POC 好不好？", {"ask:specific"}, None),
    (R, "您看，员工离职以后，客户会自动回到公海", set(), None),
    (C, "我明天就跟董事长说这个事", {"action:internal_report"}, "2026-03-13"),
    (C, "这个月底之前我们把合同盖章寄回去", {"action:sign"}, "2026-03-31"),
    (C, "那我们就先签个框架协议", {"action:sign"}, None),
    (C, "我这两天把现在的业务流程整理一份给你们", {"action:send_information"}, None),
    (C, "回头我带我们财务总监去你们公司看一下", {"action:site_visit"}, None),
    (C, "说实话比我们想象的好", {"praise"}, None),
    (C, "你们这个报价有点高", set(), None),
    (C, "这个功能我们用不上", set(), None),
    (R, "方便的话，下周安排我们跟贵司IT负责人碰一下？", {"ask:specific"}, None),
    (R, "您这边什么时候方便，我们再过来拜访？", {"ask:vague"}, None),
    (R, "另外预算这块，您这边大概什么时候启动？", set(), None),
    (R, "是预算的问题，还是技术上有顾虑？", set(), None),
    (R, "我们的系统支持多语言", set(), None),
    # ---- code-switching
    (C, "我们下周二 schedule 一个 POC", {"action:trial"}, "2026-03-17"),
    (C, "你们的 data 做得挺 solid 的", {"praise"}, None),
    (C, "OK，那我下周把 requirement list 发给你", {"action:send_information"}, ("2026-03-16", "2026-03-22")),
    (C, "这个 proposal 我会 present 给我们 VP", {"action:internal_report"}, None),
    (C, "budget 已经 approve 了", {"signal"}, None),
    (C, "这个 deadline 有点 tight，我们得 internal 讨论一下", set(), None),
    (R, "我们下周二 schedule 一个 call 吧", {"ask:vague"}, None),
    (R, "Next Tuesday 我们带 solution architect 过来做个 technical deep dive，您看可以吗？", {"ask:specific"}, None),
    # ---- no commitment: a zero amount, considering, a third party's offer
    (C, "我现在就捐0元", set(), None),
    (C, "我现在就捐0", set(), None),
    (C, "那我现在就捐5元", {"action:sign"}, None),
    (C, "试点的事我们会考虑的，下周给您回复", set(), None),
    (C, "我们会考虑下周做个试点", set(), None),
    (C, "我得先了解一下这个机构，再捐款", set(), None),
    (C, "我们更想下周跟别家签合同", set(), None),
    (C, "我们下周跟其他供应商签合同", set(), None),
    (C, "我们下周就签合同，你们比别家靠谱", {"action:sign", "praise"}, None),
    # ---- a condition expected to hold keeps the commitment; a contract taken to the boss is its approval
    (C, "试点顺利的话我们下个月签合同", {"action:sign"}, None),
    (C, "如果价格降一半我们就下个月签合同", set(), None),
    (C, "我下周把合同转给领导", {"action:procurement_step"}, None),
    (C, "我下周把方案转给领导", {"action:internal_report"}, None),
    # ---- an item put in the cart is bought in the session
    (R, "要不把这本也加到购物车？", {"ask:specific"}, None),
    (C, "好，我把这本加到购物车", {"action:sign"}, None),
    # ---- "X之前/以前" after a holiday or date is a deadline, not the past
    (C, "五一之前我们把监测场景的需求清单整理好发给你们", {"action:send_information"}, "2026-05-01"),
    (C, "国庆以前我们把测试数据导出来给你", {"action:send_information"}, "2026-10-01"),
    (C, "中秋之前我安排信息部把接口文档整理好发你们", {"action:send_information"}, None),
    (C, "之前我们把需求清单发给过你们", set(), None),
    (C, "以前我们也试用过类似的产品", set(), None),
    # ---- information sent to the vendor: to a named person, or object first with the verb last
    (C, "两周内我把新版的3D数模和公差要求发给彭工", {"action:send_information"}, "2026-03-26"),
    (C, "明天我把测试数据发给王经理", {"action:send_information"}, "2026-03-13"),
    (C, "这周五前我把组织架构图发给李顾问", {"action:send_information"}, "2026-03-13"),
    (C, "SKU list 和 forecast 我这周五前发你", {"action:send_information"}, "2026-03-13"),
    (C, "图纸我们明天上午发您", {"action:send_information"}, "2026-03-13"),
    (C, "样本数据我下周一 email 给你", {"action:send_information"}, "2026-03-16"),
    # code-switched: an English word is one unit of the gap after the subject, an English verb of handing over, an
    # English name as recipient, an English unit in a Chinese duration; an English verb + 过 is done, not owed
    (C, "Floor plan 我 next Tuesday 之前 email 给你", {"action:send_information"}, "2026-03-17"),
    (C, "那份 vendor form 我两个 working day 之内 send 给 Kelvin", {"action:procurement_step"}, "2026-03-16"),
    (R, "我 tomorrow 下班前把 revised quotation send 给你们", {"rep"}, None),
    (R, "dosage chart 我下礼拜一 WhatsApp 给你", {"rep"}, None),
    (C, "你们 price list 这周五之前 send 给我", {"rep"}, None),
    (R, "你们 IT 那边都 test 过了", set(), None),
    # the rep turning up on a day once the step is agreed (hard call 36), a call or an answer owed; not in a proposal,
    # not the arrival of the visit itself, not one done, not the customer invited to call
    (R, "好的，那就周四，我下午两点到你们仓库", {"rep"}, None),
    (R, "那就这么定，后天上午我在医院东门等您", {"rep"}, None),
    (R, "没问题，下周三我再给您打个电话确认排期", {"rep"}, None),
    (R, "我回去核一下库存，明天给您回个话", {"rep"}, None),
    (R, "下周二上午我们过来给您演示一下，您看行吗？", {"ask:specific"}, None),
    (R, "今天我和同事一起过来，主要是想听听您的想法", set(), None),
    (R, "我们上周三已经过来过一次了", set(), None),
    (R, "有什么问题您随时给我打电话", set(), None),
    # a session the rep offers to give the customer's people on a day asks for their time, tag or no tag; the rep's own
    # deliverable "for you" is a task; one given before is neither
    (R, "下周三我给你们门店店长做一次收银系统的培训", {"ask:specific"}, None),
    (R, "这周五下午我们给你们 QA team 做一个一小时的 workshop", {"ask:specific"}, None),
    (R, "下周一我们跟你们仓库主管做一场半小时的演示", {"ask:specific"}, None),
    (R, "明天我给你们做一个报价方案", {"rep"}, None),
    (R, "上周我们已经给你们财务做过一次培训了", set(), None),
    # money sent the vendor's way with no subject or through the one who pays is a payment (sign), while money is talked
    # about; a document forwarded stays information; a payment done is past
    (C, "尾款下周三一早转你", {"action:sign"}, "2026-03-18"),
    (C, "首付月底前汇给你们", {"action:sign"}, "2026-03-31"),
    (C, "定金我让财务明天打给你", {"action:sign"}, "2026-03-13"),
    (C, "资料明天转你", {"action:send_information"}, "2026-03-13"),
    (C, "尾款上周已经转你了", set(), None),
    # the rep asking the customer to send it, with an English verb of handing over; not the rep's own offer, nor a check
    # on what was sent
    (R, "floor plan 你这周五前 send 给我们可以吗？", {"ask:specific"}, None),
    (R, "那份 sample report 下周一之前 email 给我们可以吗？", {"ask:specific"}, None),
    (R, "price list 你明天 WhatsApp 给我们行吗？", {"ask:specific"}, None),
    (R, "我 send 给你们可以吗？", set(), None),
    (R, "上次 email 给我们的那份 report 你们看了吗？", set(), None),
    (C, "我上个月已经 send 给 Kelvin 了", set(), None),
    (C, "要是 budget 批了，我再 send 给你", set(), None),
    (C, "报价你明天发我", {"rep"}, None),
    (C, "上周我们已经发你了", set(), None),
    # ---- both sides going to a site together
    (C, "那下周一咱们一起去新实验楼，把尺寸量一下", {"action:site_visit", "joint"}, "2026-03-16"),
    (C, "下周二我们一起去仓库看看", {"action:site_visit", "joint"}, "2026-03-17"),
    (C, "那下周一我们一起去仓库 check 一下 SOP", {"action:site_visit", "joint"}, "2026-03-16"),
    (C, "上次我们一起去过你们工厂", set(), None),
    (C, "要是有时间咱们一起去仓库转转", set(), None),
    # ---- the customer's own meeting on this deal, an item taken to a dated meeting, going over it with a boss
    (C, "我们内部下周初开个会，过一下你们这个项目的风险点", {"action:internal_report"}, ("2026-03-16", "2026-03-18")),
    (C, "部门里下周一碰个头，讨论一下你们的方案", {"action:internal_report"}, "2026-03-16"),
    (C, "班子下周开个会，研究一下跟贵司的合作", {"action:internal_report"}, ("2026-03-16", "2026-03-22")),
    (C, "五一前我们内部要开个会，把今年的信息化项目定下来", set(), None),
    (C, "我们内部下周开个会", set(), None),
    (C, "下个月中旬的总裁办公会我争取把这个项目报上去", {"action:internal_report"}, ("2026-04-10", "2026-04-20")),
    (C, "周一的例会我把你们的方案报上去", {"action:internal_report"}, "2026-03-16"),
    (C, "下周三的党委会我把采购申请交上去", {"action:internal_report"}, "2026-03-18"),
    (C, "上个月的办公会已经报上去了", set(), None),
    (C, "办公会报不报上去还不好说", set(), None),
    (C, "明天我跟刘总过一下方案", {"action:meeting_with_decision_maker"}, "2026-03-13"),
    (C, "我们 next Monday 跟 QA head 过一下 validation package", {"action:meeting_with_decision_maker"}, "2026-03-16"),
    (C, "下周我跟 IT head 过一遍对接方案", {"action:technical_review"}, ("2026-03-16", "2026-03-22")),
    (C, "上周我们跟刘总过了一遍方案", set(), None),
    (C, "要不要跟刘总过一下？", set(), None),
    # ---- praise: a comparison in the offering's favour, a manner complement with 是, saving the customer work
    (C, "比我去年在展会上买的那家灵多了", {"praise"}, None),
    (C, "方向盘的手感比他们现在用的那批真实多了", {"praise"}, None),
    (C, "确实比我们现在用的快", {"praise"}, None),
    (C, "价格比别家贵多了", set(), None),
    (C, "比上次来的时候冷多了", set(), None),
    (C, "项目做好比什么都强", set(), None),
    (C, "控得是稳", {"praise"}, None),
    (C, "这个小东西做得挺可爱的", {"praise"}, None),
    (C, "价格定得是高", set(), None),
    (C, "那确实能省不少事", {"praise"}, None),
    (C, "这个离床报警对我们夜班太有用了", {"praise"}, None),
    (C, "显色也比较持久", {"praise"}, None),
    (C, "这个对我们没什么用", set(), None),
    (C, "这个有用吗？", set(), None),
    # ---- praise of people; a superlative against the speaker's experience; 特别 is no negation
    (C, "你们的售后小刘很负责", {"praise"}, None),
    (C, "你们的实施顾问特别耐心", {"praise"}, None),
    (C, "这个功能特别好用", {"praise"}, None),
    (C, "这是我们见过最贴合餐饮的系统", {"praise"}, None),
    (C, "整体印象挺好的", {"praise"}, None),
    (C, "这是我们见过最贵的报价", set(), None),
    (C, "我负责这个项目", set(), None),
    (C, "王总特别忙", set(), None),
    (C, "别发了", set(), None),
    # ---- a dated question whose step is named in the sentence before it (GUIDELINES hard call 23); coming to
    # a plant to look; an invitation softened by "有机会的话"
    (R, "最好请信息科王主任也一起听一下方案。那就定下周二？", {"ask:specific"}, None),
    (R, "下周五能不能请您和江工来昆山工厂看一下新的压铸岛", {"ask:specific"}, None),
    (R, "有机会的话也欢迎您到我们昆山新厂看看", {"ask:vague"}, None),
    (R, "上周我们已经做过技术交流了。下周三您在吗？", set(), None),
    (R, "这个方案挺复杂的。下周三您在吗？", set(), None),
    (R, "如果有机会我们再合作", set(), None),
    # ---- asks: colloquial A-not-A and code-switched tags, an assent condition ("行的话")
    (R, "这周五我们带两个工程师过来做个技术交流 你看方便不", {"ask:specific"}, None),
    (R, "下周三去你们门店做个 workshop，OK 吗？", {"ask:specific"}, None),
    (R, "下周一我们带工程师过来做个技术评审，行不", {"ask:specific"}, None),
    (R, "这周五天气好不", set(), None),
    (R, "您这边今天走OA，行的话我们就定了？", {"ask:specific"}, None),
    (R, "如果三个矿一起上，我们就打包优惠", set(), None),
    # ---- asks: the customer sending to us, presenting to the decision makers, 试 + a period
    (R, "下周一我们把设备拉过来试一个晚上，行不", {"ask:specific"}, None),
    (R, "要不这周五之前您这边把两桶原水寄过来？", {"ask:specific"}, None),
    (R, "能不能把近一年的温湿度记录导一份给我们", {"ask:vague"}, None),
    (R, "我把资料寄过来给您", {"rep"}, None),
    (R, "下周二你们主任办公会，我去讲十五分钟？", {"ask:specific"}, None),
    (R, "我先讲五分钟我们的产品", set(), None),
    # ---- 试 + a verb or a period is a trial; a trip to a shop together; a special fund is a budget
    (C, "四月中旬我们先在三楼试一个月", {"action:trial"}, ("2026-04-10", "2026-04-20")),
    (C, "下周我们让店长试做一个下午", {"action:trial"}, ("2026-03-16", "2026-03-22")),
    (C, "我们下周一先拿两条线试两周", {"action:trial"}, "2026-03-16"),
    (C, "我们去年试过一家的，效果一般般", set(), None),
    (C, "我们试了一个月就不用了", set(), None),
    (C, "下周三咱们一起去静安那家店看看", {"action:site_visit", "joint"}, "2026-03-18"),
    (C, "Q3 我会去申请一个数字化专项", {"action:budget"}, ("2026-07-01", "2026-09-30")),
    (C, "今年的专项已经用完了", set(), None),
    # ---- the past: a month this year already done; reporting up first as a precondition is a deferral
    (C, "我们今年三月已经跟别家签了三年框架", set(), None),
    (C, "去年十月我们就签了框架", set(), None),
    (C, "今年十月我们会签合同", {"action:sign"}, ("2026-10-01", "2026-10-31")),
    (C, "这个我要先跟老板报告一下耶，再跟你说", set(), None),
    (C, "价格的事我得先跟领导请示", set(), None),
    (C, "我回去请示一下公司", set(), None),

    # ---- handed over by a deadline with the verb last, through a colleague; a share of the payment
    (C, "我让设计那边 June 8 之前给你", {"action:send_information"}, "2026-06-08"),
    (C, "我叫阿May这个礼拜内发过来你", {"action:send_information"}, "2026-03-13"),
    (C, "下礼拜初我让会计把三成打过去", {"action:sign"}, ("2026-03-16", "2026-03-18")),
    (C, "你们这个礼拜内发过来给我", set(), None),
    (C, "这个我们上周发过你了", set(), None),
    (C, "三成的款上个月已经打过去了", set(), None),
    # 改口：后一个日期才是日期；两个都算数的日期（"周一和周三"、"从周一到周五"）不改
    (C, "我下周一……哦不对，下周三安排技术评审", {"action:technical_review"}, "2026-03-18"),
    (C, "我周三——不对…周四把需求清单发给你", {"action:send_information"}, "2026-03-19"),
    (R, "报价我周一——我是说周二发给您", {"rep"}, "2026-03-17"),
    (C, "我周一和周三都可以安排技术评审", {"action:technical_review"}, "2026-03-16"),
    (C, "我从周一到周五安排试用", {"action:trial"}, ("2026-03-16", "2026-03-20")),
]


@pytest.mark.parametrize("role,text,expected,due", ROWS, ids=[r[1][:24] for r in ROWS])
def test_zh_utterance(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_zh_table_is_large_enough():
    assert len(ROWS) >= 60


# ---- prose notes written to a manager: a name alone before a comma addresses him (GUIDELINES hard call 32),
# and the writer's colleagues introduced by role ("销售周凯") are the writer's side
def _notes(lines):
    from offline_table import run

    return run([("unknown", line) for line in lines], kind="notes", language="zh")[1]


@pytest.mark.parametrize("lines,actions", [
    (["张总，汇报下今天去鑫安驾校的情况。", "邹校长当场拍板，说合同今天就签。"], [("说合同今天就签", "sign")]),
    (["李经理，跟您同步一下今天的拜访。", "冯姐说下周一把开票信息发给我们。"], [("冯姐说下周一把开票信息发给我们", "send_information")]),
    (["王总，今天见了刘厂长。", "刘厂长答应下周三安排技术评审。"], [("刘厂长答应下周三安排技术评审", "technical_review")]),
    (["张总，我今天把报价发给客户了。"], []),
    (["张总，汇报下今天的情况。"], []),
])
def test_zh_notes_addressed_to_the_manager(lines, actions):
    f = _notes(lines)
    assert [(a.quote.rstrip("。"), a.type) for a in f.customer_actions] == actions


@pytest.mark.parametrize("lines,asks,actions", [
    (["销售周凯、售前郝敏到集团拜访了常处长。", "周凯提出下周二带设备到二号井做一次井下测试。"], [True], []),
    (["我们的工程师李强也去了。", "李强说下周一带样机过来做个测试。"], [], []),
    (["同事王磊和我一起去的。", "王磊答应下周三把方案发给刘总。"], [], []),
    # near misses: a name never introduced as ours is the customer's
    (["今天拜访了周凯。", "周凯说下周三安排技术评审。"], [], ["technical_review"]),
    (["销售周凯陪我去的，见了常处长。", "常处长答应下周四安排井下测试。"], [], ["trial"]),
])
def test_zh_notes_the_writers_colleagues_named_by_role(lines, asks, actions):
    f = _notes(lines)
    assert [a.specific for a in f.asks] == asks
    assert [a.type for a in f.customer_actions] == actions


# ---- answers: the customer's side as the subject of the assent, OK as a late assent, ASR phrases split by spaces
@pytest.mark.parametrize("answer,actions,response", [
    ("我们这边没问题，按你说的来", [("technical_review", "下周二下午")], "accepted"),
    ("我这边都可以", [("technical_review", "下周二下午")], "accepted"),
    # OK said to another, later day: the step at his day, a reschedule (hard call 16)
    ("下周五就OK，上午九点", [("technical_review", "下周五")], "declined"),
    ("下周二不行 下周四可以", [("technical_review", "下周四")], "declined"),
    # near misses: a stall; a refused time with no new one
    ("我们这边再商量一下", [], "deferred"),
    ("下周二不行 下周再说", [], "declined"),
])
def test_zh_answer_forms(answer, actions, response):
    from offline_table import run

    f = run([(R, "下周二下午我们带工程师过来做个技术评审，您看行吗？"), (C, answer)], language="zh")[1]
    assert [(a.type, a.due_text) for a in f.customer_actions] == actions
    assert [a.response for a in f.asks] == [response]


# ---- dialogue: a refused time followed by the customer's own commitment at another time (hard call 16)
def _dialogue(turns):
    from offline_table import run

    return run(turns, language="zh")[1]


@pytest.mark.parametrize("answer,actions,response", [
    ("这周五不行 这周五有个外宾团要接待\n下周一吧 下周一上午我让小吕陪你们", [("下周一上午我让小吕陪你们", "下周一上午")], "declined"),
    ("这周五不行，我们在盘点。下周二上午我安排仓库主管配合你们", [("下周二上午我安排仓库主管配合你们", "下周二上午")], "declined"),
    ("周五不方便，下周三我叫上信息科一起", [("下周三我叫上信息科一起", "下周三")], "declined"),
    # near misses: a refused time with no new one; a refusal and a stall
    ("这周五不行，下周我也不在。", [], "declined"),
    ("这周五不行，下个月再说吧。", [], "declined"),
])
def test_zh_reschedule_with_a_commitment_at_the_new_time(answer, actions, response):
    f = _dialogue([(R, "这周五我们带两个工程师过来做个技术评审，您看行吗？"), (C, answer)])
    assert [(a.quote, a.due_text) for a in f.customer_actions] == actions
    assert [a.response for a in f.asks] == [response]


# ---- a reschedule in the refusing turn itself: the excuse names the proposed day, then another day or another part of
# it is offered with a closing 吧/可以 (hard call 16); the excuse is no commitment of its own
@pytest.mark.parametrize("answer,actions,response", [
    ("明天上午我要去医院复查。下午吧，下午三点以后我在厂里", [("下午吧", "明天上午")], "declined"),
    ("明天不行，明天我去县里交材料。后天吧，后天上午", [("后天吧", "后天")], "declined"),
    ("评审可以，明天上午车间有安全检查，下午可以", [("下午可以", "明天上午")], "accepted"),
    ("明天不行，下周吧，下周三", [("下周吧，下周三", "下周三")], "declined"),
    # near misses: the day refused with only a reason; the day taken with a later remark about the morning
    ("明天上午我要去医院复查，这周都排满了", [], "declined"),
    ("明天可以，上午我在车间等你们", [("明天可以", "明天")], "accepted"),
])
def test_zh_reschedule_in_the_refusing_turn(answer, actions, response):
    f = _dialogue([(R, "明天上午我们带工程师过来做个技术评审，您看行吗？"), (C, answer)])
    assert [(a.quote, a.due_text) for a in f.customer_actions] == actions
    assert [a.response for a in f.asks] == [response]


@pytest.mark.parametrize("answer,actions", [
    ("Next Friday can.", ["next Friday"]),
    ("下周五 can lah，我来 loop in 他们的 PM", ["下周五"]),
    ("OK, next Friday can, 我带 QA 的人过来", ["next Friday"]),
    # near misses: a refusal; a condition
    ("Next Friday cannot lah.", []),
    ("Friday, if we can.", []),
])
def test_mixed_singapore_can_accepts_a_dated_step(answer, actions):
    f = _dialogue([(R, "Next Friday 我们一起跟你们 IT 把 interface 过一遍，OK 吗？"), (C, answer)])
    assert [a.due_text.lower() for a in f.customer_actions] == [a.lower() for a in actions]


@pytest.mark.parametrize("answer,due", [
    ("下下周五 OK", "下下周五"),      # a weekday that names its own week is a new time
    ("周五 OK，上午十点", "下周五"),  # a bare weekday confirms the proposal's
])
def test_zh_accepted_at_own_or_proposed_weekday(answer, due):
    f = _dialogue([(R, "那 trial 下周五 kick off 好不好？"), (C, answer)])
    assert [a.due_text for a in f.customer_actions] == [due]


# ---- a polite refusal: no room for it ("排不上", "顾不上", "抽不出来")
@pytest.mark.parametrize("answer,response,actions", [
    ("这个 恐怕这个季度排不上了 我们下个月要期末", "declined", []),
    ("老师们最近真的顾不上", "declined", []),
    ("人手实在抽不出来", "declined", []),
    # near misses: a time found for it is an acceptance; being able to fit it in refuses nothing
    ("排上日程了，下周一可以", "accepted", ["trial"]),
    ("这个我们顾得上", "none", []),
])
def test_zh_no_room_is_a_refusal(answer, response, actions):
    from offline_table import run

    f = run([(R, "全校的试点我们下周一就可以启动，您看行吗？"), (C, answer)], language="zh")[1]
    assert [a.response for a in f.asks] == [response]
    assert [a.type for a in f.customer_actions] == actions


# ---- praise: a degree word before a quality good in use (safe, even, light, clean, quiet, soft), little noise or
# error, "so easy even X can use it", an English quality under a Chinese degree word; not a demand to explain, not the
# customer's own equipment
PRAISE_QUALITIES = [
    (C, "你们这个设备做得挺安全的，孩子们放心。", {"praise"}, None),
    (C, "这款面料穿着是真轻。", {"praise"}, None),
    (C, "光斑也均匀，打得也细腻。", {"praise"}, None),
    (C, "你们这台扫地机吸得是真干净。", {"praise"}, None),
    (C, "你们这台风机声音确实小。", {"praise"}, None),
    (C, "这个界面连我们仓库的老师傅都看得懂。", {"praise"}, None),
    (C, "这个 dashboard 很 smooth。", {"praise"}, None),
    # near misses
    (C, "你们得给我讲明白。", set(), None),
    (C, "这次你们一定要说清楚。", set(), None),
    (C, "这是安全问题，得先过安监。", set(), None),
    (C, "我们现在的设备误差很小。", set(), None),
    (C, "我们现有的机器也挺安静。", set(), None),
    (C, "你们的设备安全吗？", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRAISE_QUALITIES, ids=[r[1][:24] for r in PRAISE_QUALITIES])
def test_zh_praise_qualities(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- praise as a benefit: what the offering saves, said as an amount, and a cost or chore that came down with it; not
# under a real condition, not a question of how much, not the customer's own figures, not money restated from an ROI
PRAISE_BENEFIT_ZH = [
    (C, "这个自动排班能省我们两个人的工作量", {"praise"}, None),
    (C, "用了你们的刀头，返工确实少多了", {"praise"}, None),
    (C, "一条线一天能省三个小时", {"praise"}, None),
    # near misses
    (C, "今年我们的投诉少了不少，主要是换了客服主管。", set(), None),
    (C, "这个要是能做出来，我们能省两个人。", set(), None),
    (C, "能省几个人？", set(), None),
    # an evaluation asked as A-not-A is a question, not praise
    (C, "你那秤称得准不准啊", set(), None),
    (C, "这台设备好用不好用啊", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRAISE_BENEFIT_ZH, ids=[r[1][:24] for r in PRAISE_BENEFIT_ZH])
def test_zh_praise_benefit(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- praise frames: more of the family of good qualities under a degree word, the thing called good in so many words,
# an approach called right, the customer's liking after the thing as topic, a fault the product does not show or
# shows little of, a comparison whose standard is long in code-switched words. Not the weather, not the customer's own
# kit (nor the subjectless clause after it), not a dislike, not an A-not-A question about faults
PRAISE_FRAMES_ZH = [
    (C, "你们这款底料炒出来挺香的", {"praise"}, None),
    (C, "你们的安装师傅干活挺利索的", {"praise"}, None),
    (C, "这个排班提醒我喜欢", {"praise"}, None),
    (C, "你们的东西确实是好东西", {"praise"}, None),
    (C, "先分层再联动，这个思路是对的", {"praise"}, None),
    (C, "密封圈用了半年也没变形", {"praise"}, None),
    (C, "这副手套确实割不破", {"praise"}, None),
    (C, "latency 比我们现在那套 legacy encoder 低很多", {"praise"}, None),
    # near misses
    (C, "今天挺暖和的", set(), None),
    (C, "我们现在用的挺好的，没啥毛病", set(), None),
    (C, "这个我不喜欢", set(), None),
    (C, "有没有毛病？", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRAISE_FRAMES_ZH, ids=[r[1][:24] for r in PRAISE_FRAMES_ZH])
def test_zh_praise_frames(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- a verdict on the idea itself answering a proposed, dated step wraps the answer (hard call 2), not praise; the same
# verdict after an explanation is praise
@pytest.mark.parametrize("rep,answer,praised", [
    ("下周三我们带工程师过来做个技术交流，您看行吗？", "嗯，这个思路是对的，下个月安全检查完再看吧。", False),
    ("Could we run the pilot on Line 2 next Tuesday?", "That plan sounds really promising, but not before the audit.", False),
    ("我们的做法是先把数据接进来，再做告警分级。", "嗯，这个思路是对的。", True),
])
def test_verdict_on_a_proposal_is_no_praise(rep, answer, praised):
    from offline_table import run
    _, f = run([(R, rep), (C, answer)], language="en" if rep.isascii() else "zh")
    assert bool(f.praise) == praised, [p.quote for p in f.praise]


# ---- a customer's clause that is only a time and a handover to the vendor, the verb last ("今天 EOD 之前发你"); not
# after a clause that already prepares the same deliverable, not a question, the past, a negation, nor an internal send
HANDOVER_ZH = [
    (C, "今天下班之前发你。", {"action:send_information"}, "2026-03-12"),
    (C, "好的，三个工作日内给你们。", {"action:send_information"}, "2026-03-17"),
    (C, "还有现在的冷却时间数据，我明天发给欧阳工。", {"action:send_information"}, "2026-03-13"),
    (C, "小宋周一前发你", {"action:send_information"}, "2026-03-16"),
    # near misses
    (C, "上周已经发给你了。", set(), None),
    (C, "明天发你吗？", set(), None),
    (C, "周五前发不了给你。", set(), None),
    (C, "我周五发给我们财务总监。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", HANDOVER_ZH, ids=[r[1][:24] for r in HANDOVER_ZH])
def test_zh_dated_handover(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_zh_handover_after_the_deliverable_is_one_item():
    """"我先把维修单整理出来，周四给你们": the handover is the prepared deliverable's last step, one action."""
    from offline_table import run
    _, f = run([(C, "那我这两天先把维修单和年检报告整理出来，周四给你们。")], language="zh")
    assert [a.type for a in f.customer_actions] == ["send_information"]


# ---- precision: a plan that was (原计划, 本来打算), a step that waits on a condition (…了才能…), a closing of the talk
# (先这样) proposes nothing; the same steps stated as plans now still count
FILTERS_ZH = [
    (C, "原计划下个月采购八台立式钢琴。", set(), None),
    (C, "本来打算下周签合同。", set(), None),
    (C, "老板点头了我们才能立项。", set(), None),
    (C, "预算批了以后才好签。", set(), None),
    (R, "我今天把试用账号发到您邮箱。那今天就先这样？", {"rep"}, None),
    # a deal verb closing its clause with 的 states a thing done, whatever time it names (done_cleft)
    (C, "合同月底签的，发票还没开。", set(), None),
    (C, "这批货是上个月十五号订的。", set(), None),
    (C, "押金是年初交的。", set(), None),
    # the organisation's budget round, or a budget forecast to come through, is no step of the deal
    (C, "明年的设备预算十二月份做。", set(), None),
    (C, "今年的信息化预算下个月就开始报了。", set(), None),
    (C, "预算月底之前要报上去。", set(), None),
    (C, "下季度 budget 应该会批下来。", set(), None),
    # considering, whatever modal comes before it, is an intention, no step
    (C, "三季度我们可以考虑先上一条线试试。", set(), None),
    (C, "这个方案我们会好好考虑的。", set(), None),
    (C, "下个月的培训我们还在考虑。", set(), None),
    # near misses: the plan stated now, a proposal after a closing word
    (C, "我们下个月采购八台立式钢琴。", {"action:sign"}, ("2026-04-01", "2026-04-30")),
    (C, "我下周一就去立项。", {"action:procurement_step"}, "2026-03-16"),
    (C, "合同月底签。", {"action:sign"}, "2026-03-31"),
    (C, "预算我们下个月初报给集团。", {"action:budget"}, ("2026-04-01", "2026-04-05")),
    (C, "明年的预算我下周报上去。", {"action:budget"}, ("2026-03-16", "2026-03-22")),
    (C, "预算这块月底前会报上去。", {"action:budget"}, "2026-03-31"),
    (C, "考虑到工期，试点我们下周一就开始。", {"action:trial"}, "2026-03-16"),
    (C, "你们考虑得很周到，连备件都算进去了。", {"praise"}, None),
    (R, "那先这样，下周三我们带工程师过来做技术交流，您看行吗？", {"ask:specific"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", FILTERS_ZH, ids=[r[1][:24] for r in FILTERS_ZH])
def test_zh_former_plans_conditions_closings(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- the customer convening a call or meeting on the deal ("下周四下午两点我拉一个 call"); not a past one, not one asked of
# the vendor
CONVENE_ZH = [
    (C, "下周二上午我拉一个 call，把我们法务也叫上。", {"action:meeting_with_decision_maker"}, "2026-03-17"),
    (C, "行，周五我这边约个视频会，你们把方案讲一下。", {"action:meeting_with_decision_maker", "rep"}, "2026-03-13"),
    (C, "明天我们组个会议，财务和采购都来。", {"action:meeting_with_decision_maker"}, "2026-03-13"),
    # near misses
    (C, "上周我们拉了一个 call。", set(), None),
    (C, "你们拉个会议讨论一下吧。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", CONVENE_ZH, ids=[r[1][:24] for r in CONVENE_ZH])
def test_zh_customer_convenes_a_meeting(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_short_verdict_answering_a_dated_proposal_accepts_it():
    """GUIDELINES hard call 2: "这个好" answering a proposed, dated step is acceptance, not praise; the same words
    after a plain demonstration are praise."""
    from offline_table import run

    _, f = run([(R, "下周三下午两点我们带工程师过来做技术交流，您看行吗？"), (C, "这个好")], language="zh")
    assert not f.praise and f.customer_actions
    _, f = run([(R, "这个界面可以直接看每个门店的库存。"), (C, "这个好")], language="zh")
    assert [p.quote for p in f.praise] == ["这个好"]


@pytest.mark.parametrize("turns", [
    # the customer's own commitment, and the acceptance of the rep's proposal (its action is the proposal's text)
    [(C, "下週三我們會把測試報告發給你們")],
    [(R, "下週二下午我們帶工程師過來做個技術評審，您看行嗎？"), (C, "行，就這麼定")],
])
def test_traditional_text_keeps_its_own_characters_in_actions(turns):
    """The lexicon reads a traditional turn through simplified characters; what the report shows stays the turn's."""
    from offline_table import run

    f = run(turns, language="zh")[1]
    assert f.customer_actions
    for a in f.customer_actions:
        assert a.action in "".join(text for _, text in turns).replace(" ", ""), a.action
        assert any(ch in a.action for ch in "們週過評")


# ---- a dated deed no type names, handed over to the vendor whatever the object ("tenant 的 admin 账号我下周四前开给你",
# "周五前我回你", "user list 我下星期一之前 export 畀你"): the customer's send_information; not the vendor's own thing
# ("发你的那份"), a phone call, a hypothetical, nor a deed with no date
DEED_ZH = [
    (C, "盘点表我下周二之前发你们。", {"action:send_information"}, "2026-03-17"),
    (C, "设备清单我们明天上午 email 给你。", {"action:send_information"}, "2026-03-13"),
    (C, "系统的管理员账号周五前给你开好。", {"action:send_information"}, "2026-03-13"),
    (C, "现场照片我今晚传给你。", {"action:send_information"}, "2026-03-12"),
    # near misses
    (C, "上周发你的那份清单收到了吗？", set(), None),
    (C, "我明天给你打个电话。", set(), None),
    (C, "要是有空我周五发你。", set(), None),
    (C, "盘点表你下周二之前发我们。", {"rep"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", DEED_ZH, ids=[r[1][:24] for r in DEED_ZH])
def test_zh_dated_deed_to_the_vendor(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- the customer convening their own people to a session ("下周三上午，我把五个片区的站长都叫到调度中心", "下周三我也叫上
# 他"), whatever else the sentence says; not a past convening, a negated one, nor the vendor asked to bring theirs
CONVENE_OWN_ZH = [
    (C, "下周一下午，我把仓库和财务的人都叫到会议室。", {"action:meeting_with_decision_maker"}, "2026-03-16"),
    (C, "周五我把两个班组长也喊上。", {"action:meeting_with_decision_maker"}, "2026-03-13"),
    (C, "明天上午我把几个店长召集起来。", {"action:meeting_with_decision_maker"}, "2026-03-13"),
    # near misses
    (C, "上次我把几个店长都叫上了，没人感兴趣。", set(), None),
    (C, "我没法把几个店长都叫上。", set(), None),
    (C, "你把你们技术也叫上。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", CONVENE_OWN_ZH, ids=[r[1][:24] for r in CONVENE_OWN_ZH])
def test_zh_customer_convenes_own_people(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_zh_dated_assent_then_convening_is_one_answer():
    """"下周二可以，上午十点吧，我把交易系统组的人也叫上": the dated assent opens the accepted action's quote."""
    from offline_table import run
    _, f = run([(R, "我们能不能先做一次技术对接，就下周二，我带架构师过来？"),
                (C, "下周二可以，上午十点吧，我把交易系统组的人也叫上。")], language="zh")
    assert [(a.turn, a.quote.startswith("下周二可以")) for a in f.customer_actions] == [(1, True)]
    assert [a.response for a in f.asks] == ["accepted"]


# ---- the customer going over with their own people ("中旬我跟我们生产厂长一块儿过去", "我带两个主治一起去"): a visit, or the
# step proposed when it answers one; a time said again in short means its full form ("下个月中旬吧，中旬…"). Not the vendor
# taken along, a thing carried, nor a visit in the past
ATTEND_WITH_ZH = [
    (C, "下周二我跟我们车间主任一块儿过去看看。", {"action:site_visit"}, "2026-03-17"),
    (C, "周六我带两个质检员一起来。", {"action:site_visit"}, "2026-03-14"),
    (C, "行，明天我和老周过来。", {"action:site_visit"}, "2026-03-13"),
    (C, "下个月中旬吧，中旬我跟我们厂长一块儿过去。", {"action:site_visit"}, ("2026-04-10", "2026-04-20")),
    # near misses
    (C, "我带你们去看看吧。", set(), None),
    (C, "上次我跟老周一起去过。", set(), None),
    (C, "我要带温度计去。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", ATTEND_WITH_ZH, ids=[r[1][:24] for r in ATTEND_WITH_ZH])
def test_zh_customer_goes_over_with_own_people(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_zh_going_over_with_people_answers_a_proposal_as_its_step():
    """Answering a dated proposal, "我带两个主治一起去" is the step proposed, dated from it; in the rep's own turn the same
    words are the rep's part (hard call 36), no customer action."""
    from offline_table import run
    _, f = run([(R, "下周五咱们一起去样板医院看一下机器人手术，您看行吗？"), (C, "我去，我带两个主治一起去。")], language="zh")
    assert [(a.turn, a.type, a.due_text) for a in f.customer_actions] == [(1, "site_visit", "下周五")]
    _, f = run([(R, "下周三我带两个工程师一起过去。")], language="zh")
    assert f.customer_actions == []


# ---- reluctant assent by repeating the term offered ("三十六就三十六", "交就交吧", "去就去"): it accepts the dated step;
# "A就B" ("能省就省") and "whatever it is" ("是啥就是啥") accept nothing
@pytest.mark.parametrize("ask,answer,accepted", [
    ("您看下周二上午过来做个测试，行不行？", "去就去吧。", True),
    ("今天先交两千定金，您看行吗？", "交就交吧，反正早晚要做。", True),
    ("周四下午我们带样机过来做个测试，您看行吗？", "周四下午就周四下午。", True),
    ("今天先交两千定金，您看行吗？", "能省就省，先不交。", False),
    ("下周二上午过来做个测试，行不行？", "测出来是啥就是啥。", False),
])
def test_zh_reluctant_assent_repeating_the_term(ask, answer, accepted):
    from offline_table import run
    _, f = run([(R, ask), (C, answer)], language="zh")
    assert bool(f.customer_actions) == accepted
    assert (f.asks[0].response == "accepted") == accepted


def test_zh_people_brought_to_the_step_just_accepted_are_part_of_it():
    """"那行，下周三上午，我把质量部也叫上" after a proposal: one action (hard call 24); a separate deliverable with its own
    date in the next sentence is another ("资料我周五前发你")."""
    from offline_table import run
    _, f = run([(R, "下周三您带刘工去昆山看一下我们的样板线，您看行吗？"),
                (C, "那行，下周三上午，我把质量部也叫上。资料我周五前发你。")], language="zh")
    assert [a.type for a in f.customer_actions] == ["site_visit", "send_information"]


# ---- put onto a meeting of the customer's named before it, whatever the meeting is called ("下周一开校务会，我把这个事放进去",
# "下周四我们有个 internal marketing review, 我把你的 revised rendering 放进去"): a report, quoted from the putting clause; not the
# modal 会, a meeting past, nor a put refused
MEETING_PUT_ZH = [
    (C, "下周二我们开班子会，我把你们的方案提上去。", {"action:internal_report"}, "2026-03-17"),
    (C, "月底开董事会的时候，我把这个项目列进去。", {"action:internal_report"}, "2026-03-31"),
    (C, "下周五我们有个 weekly review，我把这个报价加进去。", {"action:internal_report"}, "2026-03-20"),
    # near misses
    (C, "有个事我会提上去。", set(), None),
    (C, "上周开办公会的时候已经报上去了。", set(), None),
    (C, "我们开个会再说，先别报上去。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", MEETING_PUT_ZH, ids=[r[1][:24] for r in MEETING_PUT_ZH])
def test_zh_put_onto_the_meeting_named_before(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- a dated deed done through someone the speaker sends (hard call 29: "那我让仓库寄，三个工作日之内吧", "我周一让工程部导出来给
# Dennis"), the time in the clause or in one beside it that says only a time; not a call, the vendor sent, nor undated
DELEGATED_DEED_ZH = [
    (C, "那我让财务转，明天上午吧。", {"action:send_information"}, "2026-03-13"),
    (C, "我明天让小王把报价单交上去。", {"action:send_information"}, "2026-03-13"),
    (C, "周五前我叫小赵寄过来。", {"action:send_information"}, "2026-03-13"),
    # near misses
    (C, "我让他们打电话给你。", set(), None),
    (C, "我让你们技术周五前发过来。", set(), None),
    (C, "我让仓库寄。", set(), None),
    # the one sent and a deadline between; the one sent looking after the vendor's people on the step
    (C, "我让三个车间的主任这周五之前把能耗数据交上来", {"action:send_information"}, "2026-03-13"),
    (C, "明天上午我安排质检科的小吴配合你们", {"action:other"}, "2026-03-13"),
    (C, "下周二我叫物业的老杨带你们去机房", {"action:other"}, "2026-03-17"),
    # near misses: done already, no time
    (C, "上周我让小吴配合你们做过一次测试", set(), None),
    (C, "我让老杨有空带你们去看看", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", DELEGATED_DEED_ZH, ids=[r[1][:24] for r in DELEGATED_DEED_ZH])
def test_zh_dated_deed_through_a_colleague(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- a weekday of last week ("上周五", "上个礼拜三") is past, not ahead
LAST_WEEK_ZH = [
    (R, "报价我这周五发您邮箱。", {"rep"}, None),
    (R, "样品我下个礼拜三寄过去。", {"rep"}, None),
    (C, "合同这周五签。", {"action:sign"}, "2026-03-13"),
    # near misses
    (R, "报价我上周五发您邮箱了。", set(), None),
    (R, "合同上个礼拜三已经寄过去了。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", LAST_WEEK_ZH,
                         ids=[r[1][:24] for r in LAST_WEEK_ZH])
def test_zh_last_weeks_days_are_past(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- what the vendor bears as a term of the offer ("食宿我们包", "拆装吊顶我们包，不另收费") is no rep task unless the sentence
# goes on to when the work is done ("培训我们包，交车那周派两个师傅过来")
COVERS_ZH = [
    (R, "培训我们包，下周一派两个师傅过来。", {"rep"}, None),
    (R, "迁移我们包，两周做完。", {"rep"}, None),
    (R, "安装我们包，月底前装完。", {"rep"}, None),
    # near misses
    (R, "安装调试我们包，不另收费。", set(), None),
    (R, "运费我们全包。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", COVERS_ZH, ids=[r[1][:24] for r in COVERS_ZH])
def test_zh_offer_terms_the_vendor_bears(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_zh_recap_announced_a_turn_before_repeats_no_task():
    """"我简单总结一下" … "你说。" … "第一，…；第二，我今天下午把节能报告发您": the recap names again the to-do due that day, one
    item (hard call 18); a to-do with another day and nothing in common is new even there."""
    from offline_table import run
    _, f = run([(R, "报告我今天下午就发您邮箱。"), (C, "好。"), (R, "那我简单总结一下今天。"), (C, "你说。"),
                (R, "第一，下周三上午去站里看；第二，我今天下午把节能报告发您。")], language="zh")
    assert [r.turn for r in f.rep_actions] == [0]
    _, f = run([(R, "报告我今天下午就发您邮箱。"), (C, "好。"), (R, "那我简单总结一下今天。"), (C, "你说。"),
                (R, "第一，下周三上午去站里看；第二，我下周五前把正式合同寄过去。")], language="zh")
    assert [r.turn for r in f.rep_actions] == [0, 4]
    # a numbered run of points sums up by itself
    _, f = run([(R, "报告我今天下午就发您邮箱。"), (C, "好。"),
                (R, "第一，下周三上午去站里看；第二，今天下午我把报告发给您。")], language="zh")
    assert [r.turn for r in f.rep_actions] == [0]


# ---- a clause that opens as a purpose ("…先发我一份，我好做明年的预算", "我要拿去做 budget", "我们好把方案做实") says what the
# other clause is for: no step of its own; the clause it serves still counts
PURPOSE_ZH = [
    (C, "我下个月初把预算报上去。", {"action:budget"}, ("2026-04-01", "2026-04-05")),
    (C, "我周五前把数据发你，你们好测算。", {"action:send_information"}, "2026-03-13"),
    (R, "我明天把报价发您，您好报预算。", {"rep"}, None),
    # near misses
    (C, "另外你们把报价先发我一份，我好做下个月的预算。", {"rep"}, None),
    (C, "方案你发我，我要拿去做预算。", {"rep"}, None),
    (R, "我们好把方案和报价做实。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PURPOSE_ZH, ids=[r[1][:24] for r in PURPOSE_ZH])
def test_zh_purpose_clauses_bind_nothing(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- the rep's subjectless to-do sent soon, the whole family of soon ("资料和演示账号一会儿就发您", "待会儿发您", "晚点给您送过去");
# not a later put off ("回头再发"), nor the customer asked to send
SOON_ZH = [
    (R, "好的，资料一会儿就发您。", {"rep"}, None),
    (R, "价目表待会儿微信发您。", {"rep"}, None),
    (R, "报价晚点给您送过去。", {"rep"}, None),
    # near misses
    (R, "一会儿您发我一下。", set(), None),
    (R, "一会儿您就能收到。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", SOON_ZH, ids=[r[1][:24] for r in SOON_ZH])
def test_zh_rep_sends_soon(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- notes: a dated deed the customer takes on, handed to the writer ("他答应明天让会计转过来", "小黄答应这周六之前把尺寸和电路图拍
# 给我"), as English notes' notes_deed; not done already, undated, nor a thing of the writer's named
@pytest.mark.parametrize("sentences,expected,due", [
    (["拜访王总。", "王总答应下周一之前把设备清单发给我。"], {"action:send_information"}, "2026-03-16"),
    # (the accountant sends money: a payment, `sign`, as zh-notes-pigeon-farm-feeding-line-deposit-tomorrow's gold has it)
    (["他答应明天让会计转过来。"], {"action:sign"}, "2026-03-13"),
    (["小李答应这周五前把现场照片拍给我们。"], {"action:send_information"}, "2026-03-13"),
    # near misses
    (["王总说上周已经把清单发给我了。"], set(), None),
    (["他答应有空的时候发给我。"], set(), None),
    (["他说月底前会发给我们的那份报价还要改。"], set(), None),
], ids=lambda x: str(x)[:20])
def test_zh_notes_dated_deed_to_the_writer(sentences, expected, due):
    from offline_table import check_notes_row
    check_notes_row(sentences, expected, due, language="zh")


# ---- a time said on its own just before, weighed aloud ("二十二号……行，我跟小常一块儿去"), dates the clause after it
TIME_WEIGHED_ZH = [
    (C, "二十二号……行，我跟小常一块儿去。", {"action:site_visit"}, "2026-03-22"),
    (C, "下周五……行，我跟老王一块儿过去。", {"action:site_visit"}, "2026-03-20"),
    (C, "下周二……可以，我把财务也叫上。", {"action:meeting_with_decision_maker"}, "2026-03-17"),
    # near misses
    (C, "下周五……我得看看日程。", set(), None),
    (C, "周五……那天我不行。", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", TIME_WEIGHED_ZH, ids=[r[1][:24] for r in TIME_WEIGHED_ZH])
def test_zh_time_weighed_aloud_dates_the_next_clause(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- price terms put to the customer with the verb that settles them or a tag asking if they are acceptable ("…，您看这样能定
# 吗？", "… 中不中"): an ask to buy, specific (a price, now); the close ("定了", "就这么定", "X就X"), even after an objection to a
# term that the rep met, is the purchase. Not a number checked as a fact, a probe about price, a stall or a refusal.
PRICE_CLOSE_ZH = [
    # (turns, ask responses, [(action type, turn)])
    ([(R, "彩页八毛一张，五千张起印，您看这样能定吗？"), (C, "行，五千张，定了。")], ["accepted"], [("sign", 1)]),
    ([(R, "苗木按一百二一棵给您，这是底价了，您看行不行？"), (C, "一百二就一百二吧，先种三十棵。")], ["accepted"], [("sign", 1)]),
    ([(R, "两千八一套，再送您一个床头柜，中不中？"), (C, "哎呀你这人 两千八就两千八")], ["accepted"], [("sign", 1)]),
    # an objection to a term, met by the rep, then the close
    ([(R, "这批硒鼓给您打九折，今天能定的话明天就发货，您看怎么样？"), (C, "运费我们可不出啊。"), (R, "运费我们包。"),
      (C, "好，那就这么定了。")], ["accepted"], [("sign", 3)]),
    # near misses
    ([(R, "您那边一共两千三百多个工位对吧？"), (C, "对。")], [], []),
    ([(R, "是价格上的顾虑，还是交期上的？"), (C, "主要是价格。")], [], []),
    ([(R, "三十六万，三年全保，您看这样能定吗？"), (C, "三十六万还是贵，我们再商量商量。")], ["deferred"], []),
    ([(R, "苗木按一百二一棵给您，您看行不行？"), (C, "不行，太贵了。"), (R, "那一百一？"), (C, "算了，定了别家了。")],
     ["declined"], []),
]


@pytest.mark.parametrize("turns,responses,actions", PRICE_CLOSE_ZH, ids=[t[0][1][:16] for t, *_ in PRICE_CLOSE_ZH])
def test_zh_price_put_to_close_is_an_ask_to_buy(turns, responses, actions):
    from offline_table import assert_verbatim, run
    t, f = run(turns, language="zh")
    assert_verbatim(t, f)
    assert [a.response for a in f.asks] == responses
    assert all(a.specific for a in f.asks)
    assert [(a.type, a.turn) for a in f.customer_actions] == actions


# ---- deciding it with someone of one's own side by a day ("元旦前我跟林珊把要不要换定下来", "周末之前我跟他碰一下 给你个准话"):
# an internal step; a question word inside the thing settled asks nothing; with no day, or done already, it is none
DECIDE_WITH_ZH = [
    (C, "这周五前我跟我们合伙人把选哪家定下来", {"action:internal_report"}, "2026-03-13"),
    (C, "下周二之前我和老伴商量好，给你个准信", {"action:internal_report"}, "2026-03-17"),
    (C, "月底前我跟财务经理把要不要分期敲定", {"action:internal_report"}, "2026-03-31"),
    # near misses
    (C, "我跟老板碰一下再说", set(), None),
    (C, "上周我已经跟合伙人商量好了", set(), None),
    (C, "我跟他把要不要换定下来？", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", DECIDE_WITH_ZH, ids=[r[1][:24] for r in DECIDE_WITH_ZH])
def test_zh_deciding_with_own_people_by_a_day(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- the decision to buy said as such: goods taken by number, the plan renewed, the price or the payment taken as offered,
# the deal closed on terms the sentence names (a `sign`, binding with no modal); not a condition, a question, the past, a
# later renewal, or a trial of a few units
PURCHASE_ZH = [
    (C, "行，那就先订三箱", {"action:sign"}, None),
    (C, "两万八就两万八，不磨了", {"action:sign"}, None),
    (C, "签就签吧", {"action:sign"}, None),
    (C, "行，六十套，三个点，定了。", {"action:sign"}, None),
    (C, "行，那就直接续两年", {"action:sign"}, None),
    # near misses
    (C, "要是能便宜到两万五，我就先订三台", set(), None),
    (C, "要是能便宜到两万五，我今天就下单", set(), None),
    (C, "上回来了十箱，卖得一般", set(), None),
    (C, "先来十盒行不行？", set(), None),
    (C, "效果好再续", set(), None),
    (C, "那先要两台试试", {"action:trial"}, None),
    (C, "我们一年大概要二十台", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PURCHASE_ZH, ids=[r[1][:24] for r in PURCHASE_ZH])
def test_zh_purchase_decision(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


@pytest.mark.parametrize("turns,types,due", [
    # taken in the call with no time of its own: dated by the "today" of the close it answers; with none, undated
    # (GUIDELINES hard calls 5 and 8)
    ([(R, "今天下单是两万八，明天就恢复原价了。"), (C, "行吧，两万八就两万八。")], ["sign"], "2026-03-12"),
    ([(R, "这款下个月要涨价，到时候是三万二。"), (C, "行吧，两万八就两万八。")], ["sign"], "None"),
    ([(C, "行吧，两万八就两万八。")], ["sign"], "None"),
    # money talked about before: sending it the vendor's way is a payment; the price and the payment are one item
    ([(R, "尾款一万二，这周能结清吗？"), (C, "行，我下午扫你。")], ["sign"], None),
    ([(R, "今天付清的话一万二。"), (C, "一万二就一万二 我微信转你")], ["sign"], "2026-03-12"),
    ([(R, "下周就恢复原价了。"), (C, "一万二就一万二 我微信转你")], ["sign"], "None"),
    # a document asked for: the same words forward it, no order
    ([(R, "检测报告方便的时候转我一份"), (C, "行，我晚上转你")], [], None),
])
def test_zh_purchase_decision_in_dialogue(turns, types, due):
    from offline_table import assert_due, run
    _, f = run(turns, language="zh")
    assert [a.type for a in f.customer_actions] == types
    if due == "None":
        assert f.customer_actions[0].due_text is None
    elif due is not None:
        assert_due(turns, f.customer_actions[0].due_text, due)


# ---- the customer's order put through their own system or platform to the vendor: a PO issued (sign); not an order that
# came down to them, nor one sent already
PO_ISSUED_ZH = [
    (C, "采购单下周二前会从OA推到你们那边", {"action:sign"}, "2026-03-17"),
    (C, "订单明天由采购部在系统里提交。", {"action:sign"}, "2026-03-13"),
    # near misses
    (C, "我们的订单下来了，下周就要货", set(), None),
    (C, "订单上周已经发给你们了", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PO_ISSUED_ZH, ids=[r[1][:24] for r in PO_ISSUED_ZH])
def test_zh_po_issued_through_own_system(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


def test_zh_ask_to_pay_answered_with_the_payment_request_is_that_step():
    from offline_table import run
    _, f = run([(R, "这周能把尾款安排了吗？"), (C, "付款申请我明天就提。")], language="zh")
    assert [a.type for a in f.customer_actions] == ["procurement_step"]


# ---- both sides going together to see a place, whatever the place ("一起去高密那家已经改完的鸭场看看", "一起开车过去正安看",
# "一起去 basement carpark 走一圈"): a joint site visit; been there already is past
JOINT_LOOK_ZH = [
    (C, "下周二咱们一起去嘉定那个做完的冷库看看", {"action:site_visit", "joint"}, "2026-03-17"),
    (C, "这周五我们一块儿去滨江的样板间转一圈", {"action:site_visit", "joint"}, "2026-03-13"),
    (R, "要不这周五我们一起去昆山那家用户的车间转一圈？", {"ask:specific"}, None),
    # near misses
    (C, "上个月我们一起去苏州那家厂看过了", set(), None),
    (C, "那个工地我去过", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", JOINT_LOOK_ZH, ids=[r[1][:24] for r in JOINT_LOOK_ZH])
def test_zh_going_together_to_look_is_a_joint_visit(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


@pytest.mark.parametrize("sentences,expected,due", [
    (["我提出下周一一起去园区里那家改造完的食堂看看，李总答应了。"], {"ask:specific", "action:site_visit", "joint"}, "2026-03-16"),
    (["我提出下周一一起去园区里那家改造完的食堂看看，李总说工地就不用看了。"], {"ask:specific"}, None),
], ids=["agreed", "waved-off"])
def test_zh_notes_joint_look_proposed(sentences, expected, due):
    from offline_table import check_notes_row
    check_notes_row(sentences, expected, due, language="zh")


# ---- notes: a report taken to a meeting the sentence names before it ("二月中旬 pricing committee 开会的时候，她会把…放到 agenda
# 上") is dated by that meeting, as in dialogue; a past meeting, or a stall, gives nothing
@pytest.mark.parametrize("sentences,expected,due", [
    (["下周三学校开行政会的时候，王校长答应在会上把这个项目提出来。"], {"action:internal_report"}, "2026-03-18"),
    (["月底集团开经营会，刘总答应把这个方案报给董事长。"], {"action:internal_report"}, "2026-03-31"),
    (["下个月中旬区里开专题会，李主任说她会把我们的报告拿到会上讲。"], {"action:internal_report"}, ("2026-04-10", "2026-04-20")),
    # near misses
    (["上周开会的时候，王校长已经汇报过了。"], set(), None),
    (["下周开会的时候他再看看吧。"], set(), None),
], ids=lambda x: str(x)[:20])
def test_zh_notes_report_dated_by_the_meeting_named_before(sentences, expected, due):
    from offline_table import check_notes_row
    check_notes_row(sentences, expected, due, language="zh")


# ---- the rep's own part: what the rep brings to the step (hard call 36), work the rep has a colleague do, a reply or a
# photo owed right after the call or on a day named; not something already brought, the customer taken along, a courtesy
REP_PART_ZH = [
    (R, "我带两台样机和测试报告", {"rep"}, None),
    (R, "周四带过来", {"rep"}, None),
    (R, "我让售后的同事查一下，明天回您", {"rep"}, None),
    (R, "挂了电话我就拍给您", {"rep"}, None),
    # near misses
    (R, "我带了", set(), None),
    (R, "我带你们去仓库看看", set(), None),
    (R, "我让您久等了", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", REP_PART_ZH, ids=[r[1][:24] for r in REP_PART_ZH])
def test_zh_rep_brings_delegates_replies(role, text, expected, due):
    check_row(role, text, expected, due, language="zh")


# ---- notes: the writer's colleagues named without a role before the name — the role after it ("拜访人：黎帆（销售）"), the
# writer's companion on the visit ("和 Kevin 去张江拜访…"), visiting together ("Tina 和 SE Howard 拜访了…") — are the
# writer's side: their proposals are asks, their promises rep tasks; the people visited stay the customer
@pytest.mark.parametrize("sentences,expected,due", [
    (["拜访人：苏婷（销售）、马工（售前）", "苏婷提出下周三带一台样机去他们仓库试用三天，钱经理同意了。"],
     {"ask:specific", "action:trial"}, "2026-03-18"),
    (["今天上午和 Leo 去松江拜访了宏达物流的周总。", "Leo 答应周五前把报价发给周总。"], {"rep"}, None),
    (["Anna 和 SE Mike 拜访了新城医院的信息科。", "Mike 提出下周二做一次技术交流，信息科同意了。"],
     {"ask:specific", "action:technical_review"}, "2026-03-17"),
    # near misses: the one visited is the customer; two customers going somewhere are nobody's colleagues
    (["今天去拜访了宏达物流的周总。", "周总答应周五前把需求清单发给我们。"], {"action:send_information"}, "2026-03-13"),
    (["王总和李经理一起去了工地。"], set(), None),
], ids=lambda x: str(x)[:20])
def test_zh_notes_writer_colleagues_named_without_a_role_before(sentences, expected, due):
    from offline_table import check_notes_row
    check_notes_row(sentences, expected, due, language="zh")


# The customer telling one of their own people, called by name, to act binds the customer's side (GUIDELINES hard call 29):
# that 你 is the colleague, not the vendor. The name is told apart from the rep's by the rep speakers' labels.
STAFF = [
    ([("rep", "邱敏", "尾款三成，今天能定吗？"), ("customer", "蔡总", "行。小吴，下午你去财务把首付转过去。")], {"sign"}, set()),
    ([("rep", "邱敏", "需要贵院的设备清单。"), ("customer", "孟主任", "小葛，你明天把设备清单整理一份给邱经理。")],
     {"send_information"}, set()),
    ([("rep", "钱涛", "能耗数据方便给一份吗？"), ("customer", "孔经理", "老马你下周一把上个月的能耗数据导出来发给钱工。")],
     {"send_information"}, set()),
    # the rep called by name: the customer asks the vendor for work
    ([("rep", "冯敏", "收费标准我可以发您。"), ("customer", "蒋总", "小冯，你把收费标准发我微信。")], set(), {"rep"}),
    # a chore with no step in it
    ([("rep", "许工", "那就这么定了。"), ("customer", "王总", "小付你给倒两杯水。")], set(), set()),
]


@pytest.mark.parametrize("turns,types,rest", STAFF)
def test_customer_tells_own_staff_by_name(turns, types, rest):
    from offline_table import ENGINE, MEETING
    from analyzer.models import Transcript, Turn

    t = Transcript(id="t", source="t", kind="dialogue", meeting_date=MEETING, language="zh",
                   turns=[Turn(index=i, speaker=s, text=x, role=r) for i, (r, s, x) in enumerate(turns)])
    f = ENGINE.extract(t)
    assert {a.type for a in f.customer_actions if a.turn == 1} == types
    assert ({"rep"} if any(a.turn == 1 for a in f.rep_actions) else set()) == rest


# Notes: the customer moves the step proposed to a day of their own (GUIDELINES hard call 16): the ask is declined and the
# new day is the action, of the step proposed; a refusal with no new day, or a move to no concrete time, is none.
NOTES_RESCHEDULE = [
    (["我提出下周三带两台样机去他们车间做一次对比测试，周厂长说下周三他们停产检修，改到下周五上午。"],
     {"action:trial", "ask:specific"}, "2026-03-20"),
    (["我提议明天下午到门店给店员做一次培训，吴店长说那天人手不够，换到后天上午。"], {"action:other", "ask:specific"}, "2026-03-14"),
    (["我提出本周五请他们来我们展厅看样板间，郭总说周五出差，挪到下周一。"], {"action:site_visit", "ask:specific"}, "2026-03-16"),
    (["我提出下周三带设备过去演示，王总说下周三不行。"], {"ask:specific"}, None),
    (["我提出下周三带设备过去演示，王总说改到下个月再说。"], {"ask:specific"}, None),
]


@pytest.mark.parametrize("sentences,expected,due", NOTES_RESCHEDULE)
def test_notes_reschedule(sentences, expected, due):
    from offline_table import check_notes_row

    check_notes_row(sentences, expected, due, "zh")
