"""Assemble the two long dev cases (200+ turns) from the hand-written segments below.

Each segment is one stretch of a real hour-long meeting (small talk, discovery, technical deep dive,
objections, the ask, the wrap-up), written by hand for this project. The script only orders the segments,
numbers the turns and stamps times, so the commitments end up buried the way they are in a real call.
Deterministic: run `.venv/bin/python eval/cases/dev/make_long.py` and commit the transcripts with it.
It prints the turn index of every line containing a `--mark` substring, to help write `turn` in gold.json.

- en-fintech-ap-automation-long/transcript.txt: `[HH:MM:SS] Name: text`
- zh-dairy-traceability-long/transcript.vtt: Zoom WebVTT, `Name: text` in each cue
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).parent

EN_SEGMENTS = {
"smalltalk_open": """
Natalie Brooks: Good morning, everyone. Can you see my screen, or is it still showing my desktop?
Victor Lang: We see your desktop. Nice wallpaper, is that Lake Tahoe?
Natalie Brooks: It is, we went up in February. Let me fix the share. How about now?
Victor Lang: Now we see the title slide.
Natalie Brooks: Great. Before we dive in, did everyone survive the storm last night?
Jenna Ruiz: Barely. My power went out around nine, I did half my inbox by candlelight.
Paul Kim: We were fine, but my kids' school is on a two-hour delay, so I'm on drop-off duty after this.
Omar Haddad: Same thing here in Columbus. Half my street lost a tree.
Victor Lang: Well, we're all here. Jenna runs AP, Paul owns our ERP and integrations, and I think you've met everyone else.
Natalie Brooks: Yes. And Omar is our solutions engineer, he'll handle the deep technical questions today.
Omar Haddad: Hi all. Happy to go as deep as you want, including the ugly parts.
Jenna Ruiz: Good, because we have a lot of ugly parts.
""",
"agenda": """
Natalie Brooks: So the plan for the hour: fifteen minutes on where AP is today, then Omar shows the capture and matching flow, then integration, then we talk about what a rollout would look like.
Victor Lang: Works for me. We have a hard stop at eleven because of the audit committee prep.
Natalie Brooks: Understood. Jenna, could you start us off with your current process?
Jenna Ruiz: Sure. We get about nine thousand invoices a month across four entities. Roughly sixty percent arrive as PDF by email, twenty percent still come on paper, and the rest through two supplier portals.
Natalie Brooks: And who keys them in today?
Jenna Ruiz: Five AP clerks, plus a temp at month end. Every invoice gets keyed by hand into NetSuite.
Omar Haddad: How long does an invoice sit from receipt to approval, on average?
Jenna Ruiz: Eleven days, if you believe the report. Some sit for six weeks because the approver is traveling.
Victor Lang: Which is why we pay late fees and never catch an early-payment discount.
Natalie Brooks: Do you have a sense of what the late fees cost you in a year?
Victor Lang: Last year it was about ninety thousand dollars in fees, and we left more than that on the table in discounts.
Natalie Brooks: That's a very common pattern. Is the goal mostly speed, or also headcount?
Victor Lang: Nobody is losing their job over this. The goal is that my clerks stop typing and start managing exceptions.
Jenna Ruiz: And that I can close the month without the three-day scramble.
Natalie Brooks: Got it. Paul, anything from the systems side before we go on?
Paul Kim: Only that we upgraded NetSuite last year and I'm not doing another big integration project this year unless it's easy.
Natalie Brooks: Noted, we'll show you exactly how easy or hard it is.
""",
"capture": """
Omar Haddad: Okay, let me show capture first. This is an AP inbox we set up for a demo tenant. I'll forward a real invoice from one of our own suppliers.
Jenna Ruiz: Is that a scanned one or a native PDF?
Omar Haddad: Native PDF. I'll do a scanned one next. You can see the header fields already extracted: vendor, invoice number, date, due date, totals.
Jenna Ruiz: How does it know which vendor it is?
Omar Haddad: It matches the remit-to address and tax ID against your vendor master, and falls back to bank details.
Paul Kim: What happens when the vendor isn't in the master at all?
Omar Haddad: It lands in an exception queue called new vendor, and nothing posts until someone with vendor-maintenance rights approves it.
Jenna Ruiz: Okay, that's important, we've had two fake-vendor attempts this year.
Omar Haddad: Now here's a scanned one, a crooked fax from a freight carrier. Line items come out too, with a confidence score per field.
Jenna Ruiz: That's impressive for an invoice that's barely legible.
Omar Haddad: Anything under the confidence threshold is highlighted yellow for a human to check.
Victor Lang: What's the accuracy in practice?
Omar Haddad: Header fields are around ninety-eight percent straight through, line items around ninety-two, and it learns per vendor.
Jenna Ruiz: Learns how, exactly?
Omar Haddad: When a clerk corrects a field, that correction becomes a template hint for that vendor's layout. After three or four corrections most vendors go straight through.
""",
"matching": """
Jenna Ruiz: Okay. What about matching against POs?
Omar Haddad: Next is matching. Do you do three-way matching today, PO, receipt and invoice?
Jenna Ruiz: For inventory purchases, yes, but manually. For services it's two-way at best.
Omar Haddad: Here the system pulls open POs and item receipts from NetSuite every fifteen minutes and matches at line level.
Jenna Ruiz: What about tolerances? Our freight invoices never match the PO exactly.
Omar Haddad: Tolerances are per vendor or per category, as a percentage, an amount, or both.
Jenna Ruiz: Can we have a different tolerance for freight than for raw materials?
Omar Haddad: Yes, freight could be five percent and raw materials zero, for example.
Paul Kim: Where does the matching logic run, on your side or inside NetSuite?
Omar Haddad: On our side. NetSuite only receives the final, approved bill.
Paul Kim: Good. I don't want custom scripts running in our account.
Omar Haddad: That was a deliberate design choice; most of our customers feel the same.
Jenna Ruiz: And partial receipts? We get a lot of split shipments.
Omar Haddad: It holds the invoice until enough quantity is received, then releases it automatically.
""",
"integration": """
Paul Kim: Let's talk integration. Is it a SuiteApp, or do you connect through the REST API?
Omar Haddad: A certified SuiteApp for the bundle, and token-based auth through the REST API for the sync. No middleware.
Paul Kim: Which records do you write to?
Omar Haddad: Vendor bills, vendor credits and bill payments. We read vendors, POs, item receipts, subsidiaries, departments, classes and GL accounts.
Paul Kim: And custom segments? We use a custom segment for project codes.
Omar Haddad: Custom segments are supported. We'd map your project segment during setup.
Paul Kim: How long does the connection take to set up?
Omar Haddad: Usually one afternoon for the connection itself, then a week of mapping and testing in your sandbox.
Paul Kim: We do have a sandbox, it was refreshed after the upgrade.
Omar Haddad: Perfect. The fastest way to answer your questions would be to connect to that sandbox and let you watch real bills flow through.
Paul Kim: That's reasonable. I'll get you a sandbox login with a restricted role by Tuesday.
Omar Haddad: That would be ideal. I'll send you the role permissions we need so you can set it up once.
Paul Kim: Please do, and keep it minimal, our auditors look at every role.
Omar Haddad: Understood, it's read-only on master data plus create on vendor bills.
""",
"interlude": """
Victor Lang: Sorry, can we pause for thirty seconds? Someone is at my door.
Natalie Brooks: Of course, take your time.
Jenna Ruiz: While we wait, Omar, are you the same Omar who presented at the NetSuite user group in Chicago?
Omar Haddad: Guilty. That was a long day, the projector died twice.
Jenna Ruiz: I remember. You did the whole thing off a laptop screen.
Victor Lang: I'm back, sorry. Our auditors wanted a signature. Where were we?
Natalie Brooks: We just finished integration, next is approvals.
""",
"approvals": """
Omar Haddad: Approvals. Rules can use amount, entity, department, GL account, vendor or project.
Victor Lang: Our matrix is ugly. Anything over fifty thousand needs me, over two hundred fifty needs the CFO.
Omar Haddad: That's two rules. Here, I'll build it live. Amount greater than fifty thousand, route to controller.
Victor Lang: And you can do delegation when someone is on vacation?
Omar Haddad: Yes, the approver sets an out-of-office delegate, and there's an escalation if nothing happens in three days.
Jenna Ruiz: Can they approve from their phone? Half of our approvers are plant managers who never sit at a desk.
Omar Haddad: Mobile approval is built in, with the invoice image and the match result on one screen.
Jenna Ruiz: The mobile approval screen is really clean, our plant managers would actually use that.
Victor Lang: What does the audit trail look like for approvals?
Omar Haddad: Every action is logged with user, time, IP address and the version of the invoice they saw.
Victor Lang: Can the auditors get a read-only login?
Omar Haddad: Yes, there's an auditor role with export rights and nothing else.
""",
"payments": """
Natalie Brooks: Should we look at payments, or is that out of scope for now?
Victor Lang: Show it, but payments are a separate conversation. Treasury is very protective.
Omar Haddad: Briefly then. We can pay by ACH, check and virtual card, and the virtual card program pays you a rebate.
Victor Lang: We'll think about the virtual card piece, that's a treasury decision.
Omar Haddad: Fair. Payment files can also go straight to your bank if treasury prefers to keep control.
Jenna Ruiz: Which banks?
Omar Haddad: Most large US banks through their host-to-host channels, plus any bank that takes a NACHA file.
Victor Lang: Let's park payments. Treasury will ask all the same questions again anyway.
""",
"security": """
Paul Kim: A few security questions. SSO?
Omar Haddad: SAML with Okta, Azure AD or Google, and SCIM provisioning.
Paul Kim: We're on Azure AD. Data residency?
Omar Haddad: US data centers by default, in two AWS regions, encrypted at rest and in transit.
Paul Kim: SOC 2 Type II?
Omar Haddad: Yes, the latest report is from January. I can share it under NDA.
Paul Kim: We have a mutual NDA already from the first call, I think.
Natalie Brooks: We do, signed in February. I'll send the SOC 2 report to Paul today.
Paul Kim: Thanks. And pen testing?
Omar Haddad: Annual third-party tests, and a summary letter is part of the security package.
""",
"objections": """
Victor Lang: Let me be blunt about price. The number in your proposal is more than I expected.
Natalie Brooks: I appreciate you saying it. Which part surprised you most?
Victor Lang: The per-invoice fee. At nine thousand a month it adds up fast.
Natalie Brooks: That's fair. The fee drops at twelve thousand and again at twenty thousand invoices. With four entities you'd likely cross the first tier next year.
Victor Lang: Maybe. What I need is a business case that my CFO believes, not a vendor ROI calculator.
Natalie Brooks: Agreed. We'd build it from your own numbers: the late fees, the missed discounts and the clerk hours you mentioned.
Jenna Ruiz: The other worry is my team. Two of my clerks have been here twenty years. They're nervous.
Natalie Brooks: That's real. Usually the long-tenured clerks end up as the exception experts, because they know the vendors.
Jenna Ruiz: Maybe. They'd need to hear it from me, not from you.
Omar Haddad: We can also train them first, before anyone else, so they feel like owners.
""",
"ask": """
Natalie Brooks: Victor, you said the CFO needs to believe the business case. Could you bring Diane to a forty-five minute business case review on April 8th, where we walk through your own numbers?
Victor Lang: Yes, put it on the calendar. I'll make sure Diane is there.
Natalie Brooks: Great. I'll send the invite for April 8th at ten, and a one-page summary the day before.
Victor Lang: Ten works. Keep the summary to one page, she really won't read two.
""",
"rollout": """
Natalie Brooks: A few minutes on rollout. Typically we'd go live entity by entity, starting with the simplest one.
Jenna Ruiz: That would be our Canadian entity, it's small and it has no inventory.
Natalie Brooks: Perfect first candidate. Go-live for a small entity is usually six weeks from kickoff.
Paul Kim: Does that include the integration testing?
Omar Haddad: It does. Integration is week one and two, vendor setup weeks two to four, training and parallel run weeks five and six.
Jenna Ruiz: We can't go live during a quarter close.
Natalie Brooks: Understood, we'd plan around the close calendar.
Victor Lang: What would you need from us for the business case?
Natalie Brooks: Last year's late fees and discounts by month, and the AP headcount and hours. Rough is fine.
Jenna Ruiz: I'll pull the late fee report for you. The hours I'd have to estimate.
Natalie Brooks: An estimate is fine.
""",
"close": """
Paul Kim: Thank you.
Natalie Brooks: We're at ten to eleven, so let me recap. Paul sets up the sandbox login, we connect and show bills flowing, and we review the business case with Diane on the 8th.
Victor Lang: That's right.
Natalie Brooks: On our side, the SOC 2 report today, the role permissions, the invite and the summary.
Paul Kim: And I'll want to see the sandbox bills before the 8th, so I can tell Diane whether it's safe.
Omar Haddad: We'll have them flowing well before that, assuming the login comes through on Tuesday.
Jenna Ruiz: This was genuinely useful, thank you.
Natalie Brooks: Thank you all. Good luck with the audit committee.
Victor Lang: Thanks, Natalie. Talk soon.
Natalie Brooks: Bye, everyone.
""",
}
EN_SEGMENTS.update({
"exceptions": """
Jenna Ruiz: Show me what happens when something doesn't match. That's where my team will live.
Omar Haddad: Here's the exception queue. Each row says why: price variance, quantity variance, missing receipt, duplicate suspect, new vendor.
Jenna Ruiz: Can I assign exceptions to specific clerks?
Omar Haddad: By rule or by hand. For example, all freight exceptions go to one person.
Jenna Ruiz: That would be Maria, she knows every carrier by name.
Omar Haddad: And the clerk can message the buyer right from the exception, the thread stays with the invoice.
Jenna Ruiz: So no more email chains with twelve people on copy.
Omar Haddad: Exactly, and the auditors can see the whole conversation later.
Victor Lang: How do you handle credit memos that arrive after the invoice is paid?
Omar Haddad: They're matched to the original bill and held as an open credit against that vendor's next payment.
""",
"duplicates": """
Jenna Ruiz: Duplicates are our biggest headache. Vendors send the same invoice by email and by mail.
Omar Haddad: Duplicate detection looks at vendor, amount, date and invoice number, including fuzzy matches like a missing dash or a leading zero.
Jenna Ruiz: We paid one invoice three times last year. Twenty-two thousand dollars, and it took four months to get back.
Omar Haddad: That's exactly the case it's built for. A suspected duplicate can't be approved until someone clears it.
Victor Lang: Can we run our past year of invoices through it to see what it would have caught?
Omar Haddad: We can do a historical scan once the sandbox is connected, that's a nice proof point for the business case.
Victor Lang: I'd like that in front of Diane.
""",
"multientity": """
Paul Kim: We have four subsidiaries, two currencies. How does that work?
Omar Haddad: Each invoice is assigned to a subsidiary by the bill-to address or the inbox it arrived in.
Paul Kim: And the Canadian dollar invoices?
Omar Haddad: Booked in CAD, and NetSuite handles the revaluation as it does today.
Jenna Ruiz: Intercompany invoices?
Omar Haddad: We recommend keeping intercompany out of scope at first; most customers add it in phase two.
Jenna Ruiz: That's fine, intercompany is its own mess anyway.
""",
"smalltalk_mid": """
Paul Kim: Quick aside, Omar, are you a Buckeyes fan, being in Columbus?
Omar Haddad: It's not optional in Columbus. You?
Paul Kim: Michigan, so we can't be friends.
Omar Haddad: I'll try to stay professional.
Jenna Ruiz: Don't get them started, we'll lose the whole hour.
""",
"reporting": """
Natalie Brooks: Parked. Let's look at reporting instead.
Victor Lang: What reporting do I get as controller?
Omar Haddad: A dashboard with cycle time, touchless rate, exceptions by type, and discounts captured or missed.
Victor Lang: Can I slice cycle time by approver? I have a suspicion who the bottlenecks are.
Omar Haddad: By approver, department and entity. Here's the demo tenant, sorted by the slowest approver.
Victor Lang: I'd want that view for the month-end review.
Jenna Ruiz: Can it be scheduled and emailed every Monday?
Omar Haddad: Yes, any view can be scheduled as a PDF or a CSV.
Victor Lang: And the data can go to our BI tool?
Omar Haddad: There's a nightly export to S3 or Snowflake, or you can use the API.
""",
"onboarding": """
Jenna Ruiz: What about vendor onboarding? Right now new vendors fill out a Word form and email their bank details.
Omar Haddad: We have a vendor portal: the vendor enters their own details, uploads a W-9, and bank changes need a callback confirmation.
Jenna Ruiz: The callback piece matters. We almost paid a fraudster last year after a fake bank change email.
Omar Haddad: Bank changes are locked until someone on your side confirms by phone and records who they spoke to.
Jenna Ruiz: And 1099s at year end?
Omar Haddad: The W-9 data feeds the 1099 report directly, so it's ready in January.
Paul Kim: Does the portal need any integration work from us?
Omar Haddad: No, it writes vendor records through the same connection.
""",
"support": """
Jenna Ruiz: What does support look like after go-live?
Natalie Brooks: A named customer success manager, plus chat and phone support during US business hours, and a four-hour response on critical issues.
Jenna Ruiz: Is the success manager someone who has done AP, or a generalist?
Natalie Brooks: Our success managers are all former AP or finance people. Yours would likely be a former AP supervisor from a manufacturer.
Jenna Ruiz: Okay. Our last vendor's support never understood what a three-way match was.
Natalie Brooks: And training is role-based, short videos plus live sessions for clerks and approvers.
""",
"references": """
Victor Lang: Do you have customers that look like us? Manufacturing, four entities, NetSuite?
Natalie Brooks: Several. The closest is a packaging manufacturer in Ohio, three entities, about eight thousand invoices a month.
Victor Lang: Would they talk to us?
Natalie Brooks: Their controller has done reference calls for us before. I'll ask her this week.
Victor Lang: Please do. I trust a peer more than a slide.
""",
})
ORDER = ["smalltalk_open", "agenda", "capture", "matching", "exceptions", "duplicates", "integration", "interlude",
         "approvals", "multientity", "smalltalk_mid", "payments", "reporting", "onboarding", "security", "objections",
         "support", "references", "ask", "rollout", "close"]
EN_SEGMENTS["rollout"] += """Victor Lang: One more rollout question. Could the Canadian entity go live before our fiscal year end in September?
Natalie Brooks: If we kick off by early June, yes, with room to spare.
Victor Lang: Okay. Diane will ask about that.
Paul Kim: Just don't promise September on my behalf until I've seen the sandbox.
Natalie Brooks: Fair, we'll put it as a target, not a commitment.
"""

ZH_SEGMENTS = {
"开场寒暄": """
高远：方主任，各位好，我这边屏幕共享出来了，大家能看到吗？
方志明：能看到，稍等，许总还在路上，马上进会。
高远：没关系，我们先聊两句。方主任，上周你们是不是刚过完质量月？
方志明：对，忙了一整个月，各种检查，我嗓子到现在还是哑的。
邓琳：方主任多喝点水，我们这边尽量少让您说话。
方志明：哈哈，那你们多讲。
许静：不好意思来晚了，刚从车间上来。
高远：许总好，没事，刚开始。今天我们这边是我和售前的邓琳，邓工以前在乳品厂干过六年质量。
许静：那好。
雷鸣：我是财务的雷鸣，今天主要听听，后面预算的事可能要找我。
高远：雷经理好，欢迎。
""",
"议程": """
方志明：那我们开始吧。
高远：今天大概一个小时，先请许总讲讲现在追溯这块的情况，然后邓工演示系统，最后聊聊实施和下一步。
方志明：可以。我们十一点半还有个会，时间上卡一下。
高远：好的。许总，您先讲讲？
许静：我们现在三个工厂，日产液态奶大概一千二百吨。追溯主要靠纸质批记录，加上ERP里的批次号。
高远：出了问题，从成品倒查到原奶，现在要多久？
许静：快的话半天，慢的话两三天。去年有一次客诉，查了整整三天才定位到是哪个奶罐。
邓琳：主要卡在哪个环节？
许静：卡在中间。原奶收进来、预处理、配料、灌装，每个环节的记录在不同的人手里，有的是纸，有的是Excel。
方志明：信息中心这边也头疼，各个工厂的系统不统一，二号厂还是十年前的老MES。
高远：明白。那这次建追溯系统，最主要的目标是什么？
许静：两个。一是监管要求，市场监管局明年要查一物一码；二是出了问题能两小时内定位到批次。
方志明：还有一个，别再让我们信息中心给每个厂单独开发接口了。
高远：这个我记下了，统一接口。
""",
"采集": """
邓琳：那我先从原奶接收讲起。奶罐车到厂，司机在平板上扫码，车号、牧场、温度、检测结果自动进系统。
许静：检测结果是手录还是设备直接传？
邓琳：实验室的乳成分仪、抗生素检测仪，有接口的直接传，没接口的我们有一个小网关，读它的导出文件。
许静：我们那几台乳成分仪都是进口的，比较老了。
邓琳：老设备一般都能导出CSV，实在不行我们就读它的打印口，之前在一家奶企就是这么做的。
许静：你们是真做过乳品的。
邓琳：接收完以后，每个奶仓都是一个批次节点，进多少、出多少、什么时间，系统自动记。
方志明：奶仓的液位数据从哪儿来？
邓琳：从你们的DCS里读，OPC UA接口，只读，不往里写。
方志明：只读的话，DCS那边应该没意见。
邓琳：对，我们在生产控制系统上的原则就是只读。
""",
"配料灌装": """
许静：接着讲配料吧，配料是我们最容易出错的地方。
邓琳：预处理和配料这段，配方、投料量、操作人都在平板上确认，称重设备的数据直接带过来。
许静：投料错了能拦住吗？
邓琳：能，扫物料码的时候系统会核对配方，不对的物料扫进去直接报警，不让投。
许静：去年我们就出过一次投错料，幸亏是在线检测发现了。
邓琳：灌装这段，每一箱都会赋码，箱码跟批次、灌装线、班次绑定。
方志明：赋码设备你们自己出还是用我们现有的？
邓琳：优先用你们现有的喷码机，我们做对接，实在不支持的再换。
方志明：我们一号厂和三号厂的喷码机是同一个牌子，二号厂不一样。
邓琳：这个要现场看一下型号，大部分主流品牌我们都对接过。
许静：二号厂那条线最老，问题也最多。
""",
"追溯演示": """
邓琳：我现在模拟一个客诉，输入一个箱码，大家看一下。
方志明：这么快就出来了？
邓琳：这是演示数据，正式环境里一般也是秒级。往上一层，是这个批次的灌装记录；再往上，是配料记录和奶仓；最上面是牧场和奶罐车。
许静：这个追溯链路做得真清楚，比我们现在翻纸质记录强太多了。
邓琳：反过来也可以查，一个奶罐车的原奶最后去了哪些成品批次、发到了哪些经销商。
许静：召回的时候就用这个。
邓琳：对，召回范围可以直接导出经销商清单。
雷鸣：召回这个功能我们财务也关心，去年那次召回，范围划大了，多损失了不少。
邓琳：范围精确到批次以后，一般召回量能缩小很多。
""",
"插曲": """
方志明：不好意思，我这边接个电话，一分钟。
高远：好的，您先忙。
许静：邓工，你之前在哪家乳品厂？
邓琳：在华北一家做低温奶的，做了六年质量主管。
许静：那你们低温奶的保质期管理应该碰到过不少问题。
邓琳：还行，每天跟冷链较劲。
方志明：回来了，刚才是集团那边催个报表。我们继续。
""",
"接口": """
方志明：说说跟ERP的对接吧。我们ERP是用友的NC。
邓琳：NC我们有标准适配器，物料、供应商、客户、销售出库这几类数据双向同步。
方志明：是实时的还是定时的？
邓琳：主数据是定时的，十五分钟一次；出库单是实时的，因为要绑定箱码和发货单。
方志明：二号厂的老MES呢？那个厂商已经不做了，没人维护。
邓琳：老MES我们可以只读它的数据库，把需要的批次数据抽出来。
方志明：只读数据库可以，但是得我们的DBA开一个只读账号。
邓琳：对，这个需要你们配合。
方志明：这个不难，我让DBA给你们开一个测试库的只读账号。
邓琳：好的，有测试库的话我们可以先在测试库上把抽取逻辑跑通。
方志明：测试库是上个月刚从生产库复制的，数据比较新。
""",
"监管": """
许静：监管那边，明年一物一码要对接省里的追溯平台，你们能对接吗？
邓琳：省平台的接口我们去年就对接过，用的是同一套规范。
许静：数据要报哪些？
邓琳：主要是生产批次、检验报告和流向，按平台要求的格式定时上传。
许静：上传失败了怎么办？以前我们用别的系统报，经常莫名其妙失败。
邓琳：失败会自动重试，三次不成功就给管理员发消息，页面上能看到每一条的上传状态。
许静：这个状态页面挺实用的。
方志明：省平台的账号是我们申请还是你们申请？
邓琳：企业账号要你们申请，我们可以帮忙准备材料。
""",
"茶歇闲聊": """
雷鸣：说到这儿我插一句，你们公司是在杭州吧？
高远：对，在滨江。
雷鸣：我女儿今年考研，想报浙大，你们那边房子租起来贵不贵？
高远：滨江还好，离浙大紫金港有点远，一般学生都住西湖区那边。
雷鸣：好，我回头让她查查。不好意思，扯远了。
方志明：没事，正好歇口气。
""",
"报表": """
许静：管理层能看到什么报表？
邓琳：有质量看板，每天的检验合格率、不合格品处置、客诉追溯时长，按工厂对比。
许静：能不能按班组看？我想知道哪个班组的记录最不规范。
邓琳：可以，记录及时率、补录次数都能按班组、按人统计。
许静：以后开质量会就拿这个说话。
方志明：报表数据能不能进我们的数据中台？
邓琳：有标准的数据接口，也可以每天推一份到你们的中台。
方志明：那就行，我们不想再多一个孤岛。
""",
"异议": """
雷鸣：我问一下价格。你们上次报的那个数，说实话比我们预想的高不少。
高远：理解。雷经理，主要是哪一块超出预期？
雷鸣：软件许可和实施费加起来，差不多是我们预算的一倍半。
高远：我们那个报价是三个工厂一次性全上的。如果分期，先上一号厂，第一年的投入能降到一半以下。
雷鸣：分期的话，总价不会少吧？
高远：总价上我们也可以再申请，尤其是如果能作为华东乳品行业的样板项目。
方志明：样板项目可以谈，但我们不想被你们拉去到处参观。
高远：理解，参观一年最多安排两三次，而且都提前征得您同意。
许静：还有一个顾虑，车间工人年纪偏大，平板操作他们能学会吗？
邓琳：界面都是大按钮，扫码为主，基本不用打字。我们在别的工厂，五十多岁的老师傅培训半天就会了。
许静：那还行。
高远：那要不这个月底前我们先把合同框架定下来？
方志明：合同现在谈太早了。
高远：好的，那我们继续看一下实施计划。
""",
"实施": """
邓琳：实施一般分三个阶段：蓝图调研两周，开发配置六周，上线试运行四周。
许静：试运行期间纸质记录还要保留吗？
邓琳：建议并行一个月，确认数据一致以后再停纸质。
方志明：三个工厂一起上还是一个一个上？
邓琳：建议先上一号厂，一号厂线最新，数据最全，跑通了再复制到三号厂和二号厂。
许静：二号厂放最后我同意，那边问题太多。
方志明：蓝图调研需要我们出多少人？
邓琳：每个工厂一个质量、一个生产、一个IT，每周大概两个半天。
方志明：人的话到时候再看，六月份是旺季，调研最好五月份做完。
高远：那时间上就要往前赶了。
""",
"提议": """
方志明：行，那你约好了告诉我。
高远：许总，刚才说二号厂的喷码机型号要现场看，一号厂的采集点也要确认。下周二咱们一起去二号工厂把灌装线和采集点看一遍，您看行吗？
许静：行，下周二上午，我让车间主任也在。
高远：好的，那我们下周二上午九点到二号厂门口。
许静：九点可以，到了给我打电话，我让人带你们进去，进车间要换衣服。
邓琳：我把需要现场确认的清单提前发给许总，主要是设备型号和网络条件。
许静：好，发我微信就行。
""",
"预算": """
雷鸣：预算的话，今年信息化预算里有一块质量追溯的钱，但是不够三个厂一起上。
高远：那如果按分期，先上一号厂，够不够？
雷鸣：一号厂应该够。这个我回头跟财务总监报一下，看能不能把二期放到明年的预算里。
高远：那太好了，需要我们提供什么材料吗？
雷鸣：分期的报价单，一期二期分开列。
高远：没问题，我这周五之前把分期报价发给您。
""",
"收尾": """
雷鸣：好，我等你的报价。
高远：时间差不多了，我简单总结一下：下周二去二号厂现场，方主任这边开测试库的只读账号，雷经理这边报财务总监。
方志明：对，账号我让DBA尽快开。
高远：我们这边，分期报价这周五前发雷经理，现场清单发许总。
许静：今天讲得挺清楚的，辛苦你们了。
方志明：邓工的演示很扎实，比上次那家讲得明白多了。
高远：谢谢方主任，谢谢各位。那我们下周二见。
许静：下周二见。
方志明：好，我先下了，还有个会。
""",
}
ZH_ORDER = ["开场寒暄", "议程", "采集", "配料灌装", "追溯演示", "插曲", "接口", "监管", "茶歇闲聊", "报表", "异议",
            "实施", "提议", "预算", "收尾"]
ZH_SEGMENTS.update({
"冷链": """
许静：成品出库以后的冷链，你们能管到哪一步？
邓琳：出库扫码以后，可以接物流公司的温度记录仪数据，看到每一车的温度曲线。
许静：我们的物流是外包的，三家承运商。
邓琳：承运商那边一般有自己的平台，我们通过接口拉温度数据，按车次和发货单关联。
许静：超温了能报警吗？
邓琳：超过设定温度持续十分钟就报警，推给质量和物流的负责人。
方志明：承运商的接口要他们配合吧？
邓琳：要配合，但工作量不大，一般一家一周左右。
许静：有一家承运商比较难沟通，到时候可能要你们的人直接跟他们对。
邓琳：没问题，我们可以直接对接他们的技术。
""",
"检验": """
许静：实验室这边，我们现在用的是纸质检验记录，检验报告用Word出。
邓琳：系统里有检验模块，检验项目、标准、方法按产品配置，结果录进去自动判定。
许静：判定标准会经常变，国标一改我们就要跟着改。
邓琳：标准是版本化管理的，改了以后新批次用新标准，老批次的记录不变。
许静：这个设计是对的，审计的时候最怕历史记录被改。
邓琳：检验报告可以直接生成，带电子签名，客户要的时候直接发PDF。
许静：电子签名要不要CA证书？
邓琳：对外的报告建议用CA，内部记录用系统账号签名就够了。
方志明：CA证书我们有，去年做电子招投标的时候申请过。
邓琳：那就更方便了。
""",
"网络": """
邓琳：那正好，用新数据测得更准。
方志明：车间里的网络是个问题，二号厂车间基本没有无线覆盖。
邓琳：平板可以离线操作，网络恢复以后自动同步，不会丢数据。
方志明：离线最长能撑多久？
邓琳：本地能存一周的数据，正常情况下不会断那么久。
方志明：那还行。一号厂和三号厂车间有工业无线，应该问题不大。
邓琳：现场看的时候我们会带测试设备，测一下信号强度。
许静：灌装间湿度大，平板能扛得住吗？
邓琳：我们推荐的是三防平板，防水防摔，在饮料厂用了好几年了。
方志明：平板是你们提供还是我们自己采购？
高远：都可以，自己采购的话我们给推荐型号和参数。
""",
"部署安全": """
邓琳：对，数据打通是我们一开始就考虑的。
方志明：系统是部署在我们机房还是你们云上？
邓琳：两种都支持。食品企业一般选本地部署，数据在自己机房。
方志明：我们倾向于本地，集团有要求，生产数据不出厂。
邓琳：没问题，本地部署需要三台服务器，配置清单我们可以提供。
方志明：服务器我们有虚拟化平台，开虚拟机就行。
邓琳：虚拟机完全可以。数据库用国产的也支持。
方志明：集团在推信创，国产数据库是加分项。
邓琳：我们适配过达梦和人大金仓，都有客户在用。
方志明：等保三级你们有相关材料吗？
邓琳：有等保测评的配合方案，之前配合客户过过两次三级测评。
""",
"培训售后": """
许静：上线以后出了问题找谁？我们最怕的是上线完了人就撤了。
高远：我们有驻场期，上线后一个月工程师驻厂，之后是远程加定期巡检。
许静：远程响应多快？
高远：工作时间两小时响应，生产停线级别的问题，四小时内到场，华东范围。
许静：培训怎么做？
邓琳：分角色培训，工人、班组长、质量员、管理员分开，每个角色半天到一天。
许静：工人三班倒，培训得分好几场。
邓琳：可以按班次排，夜班的我们也可以晚上来。
许静：以前有个厂商只在白天培训，夜班的人根本没学过。
高远：这个我们吃过亏，所以现在都按班次排。
""",
"案例": """
方志明：你们在乳品行业有哪些客户？
高远：华北那家低温奶企业是我们做的第一家，后来又做了两家区域乳企，还有一家做奶粉的。
方志明：奶粉的追溯要求比液态奶严多了。
邓琳：对，奶粉那家是按婴配粉的要求做的，一罐一码。
方志明：能不能安排我们跟他们的信息中心聊聊？
高远：可以，我先跟他们确认一下，看他们方便的时间。
方志明：电话聊就行，不用去现场。
高远：好的，我来约。
""",
"闲聊二": """
许静：邓工，低温奶那家是不是在天津？
邓琳：对，就在天津武清。
许静：我有个大学同学在那边做工艺，说不定你们认识。
邓琳：那很可能，那个厂工艺部门不大。
许静：回头我问问她。
邓琳：好啊，行业真小。
""",
})
ZH_ORDER = ["开场寒暄", "议程", "采集", "配料灌装", "追溯演示", "插曲", "检验", "接口", "网络", "监管", "茶歇闲聊",
            "冷链", "报表", "部署安全", "异议", "实施", "闲聊二", "培训售后", "案例", "提议", "预算", "收尾"]


def _turns(segments: dict[str, str], order: list[str], sep: str) -> list[tuple[str, str]]:
    turns = []
    for key in order:
        for line in segments[key].strip().splitlines():
            speaker, text = line.split(sep, 1)
            turns.append((speaker.strip(), text.strip()))
    return turns


def _seconds(text: str, cjk: bool) -> int:
    # Rough speaking time: ~4 CJK characters or ~2.5 English words per second, plus a pause.
    return 2 + (len(text) // 4 if cjk else len(text.split()) * 2 // 5)


def _hms(s: int) -> str:
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def build_en() -> tuple[Path, list[tuple[str, str]]]:
    turns = _turns(EN_SEGMENTS, ORDER, ": ")
    lines, t = [], 5
    for speaker, text in turns:
        lines.append(f"[{_hms(t)}] {speaker}: {text}")
        t += _seconds(text, cjk=False)
    out = HERE / "en-fintech-ap-automation-long" / "transcript.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out, turns


def build_zh() -> tuple[Path, list[tuple[str, str]]]:
    turns = _turns(ZH_SEGMENTS, ZH_ORDER, "：")
    cues, t = ["WEBVTT", ""], 3
    for i, (speaker, text) in enumerate(turns, 1):
        d = _seconds(text, cjk=True)
        cues += [str(i), f"{_hms(t)}.000 --> {_hms(t + d)}.000", f"{speaker}: {text}", ""]
        t += d + 1
    out = HERE / "zh-dairy-traceability-long" / "transcript.vtt"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(cues), encoding="utf-8")
    return out, turns


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mark", action="append", default=[], help="print turns containing this text")
    args = parser.parse_args()
    for path, turns in (build_en(), build_zh()):
        print(f"{path}: {len(turns)} turns")
        for i, (speaker, text) in enumerate(turns):
            if any(m in text for m in args.mark):
                print(f"  turn {i}: {speaker}: {text}")
