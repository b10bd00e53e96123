namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-ninth held-out families (round 29), the development set since round 30 (ADR 472); written 2026-11-25 blind — by an engineer who had not opened the screening normaliser,
/// patterns, model or their tests, nor read any round's misses — after round 28's families became the development set and
/// before any change prompted by them (ADR 460). New stories in the manner of the 帮信 reporting of 2024–2026, on acts no
/// earlier family told as its main act, across Art. 287-2 and the two-card rules — cooking, driving or wiring for a fraud
/// "compound" abroad whose phones are taken at the gate (other help: the group's logistics), buying game gear and skins on
/// trading platforms with money wired to one's card and passing them to "our" accounts (payment settlement), taking foreign
/// students in China to banks and phone shops to open cards and SIMs that are then collected (the two-card rules), lending
/// one's flat or shop as the registered address of shell companies and receiving the bank's site check (corporate accounts),
/// playing gambling and loan adverts at night on the lift screens one manages (advertising), fitting second-hand phones with
/// fake-location modules so that WeChat and bank apps show a domestic city, then shipping them to a border town (technical
/// support), an English sender of PayPal or Venmo invoices for "antivirus renewals" to lists of emails who forwards what comes
/// in (payment settlement), and an English student who opens pay-later accounts in their own name and lets "us" order on them
/// (identity) — and honest texts on the same acts in the same forms: a licensed labour-export company's bilingual posting
/// confirmation and a police notice on compound "kitchen" jobs, a game trading platform's bilingual item transfer record and a
/// police notice on laundering through game gear, a university international office's bilingual escort record and a police
/// notice on buying foreign students' cards, a business centre's address hosting agreement and its receptionist's job, a
/// media company's screen schedule and the ad operator's job, an app company's location test sheet and the test engineer's
/// job, and a small firm's own invoice log and a student's own pay-later sheet. They are written as posting confirmations
/// (派驻确认书), item transfer records (装备转移单), escort records (陪同办理单), address hosting agreements (地址托管协议), screen
/// schedules (刊播单), location test sheets (定位调试单), invoice logs and pay-later account sheets, forms earlier families did
/// not use; risky and honest texts share every one of them, and the honest texts name cards, accounts, SIMs, IDs, codes,
/// payments, transfers and collections in the same words as the risky ones, so neither the form nor the vocabulary gives the
/// label away. Nothing is tuned on them.
/// </summary>
internal static class DevelopmentFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("compound-canteen-cook", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "【派驻确认书】{编号|单号}：PZ<d><d><d><d>　{派驻人|受聘人}：{你|本人}（{厨师|帮厨|司机|电工}，{护照|签证}{我们办|公司代办}）　{驻地|地点}：{柬埔寨|缅甸|老挝}{西港|妙瓦底|金三角}{一个“园区”|“公司”园区}\n{工作|内容}：{给|为}{园区|公司}{里|内}{两三百人|几百号人}{做饭|开车接送|修电路}，{一日三餐|每天}{按时|准点}，{不进|不去}{办公楼|楼上}，{楼里|他们}{干什么|做什么业务}{别问|不用管}\n{规矩|要求}：{手机|电话}{入园|进园区}{交|上交}{统一保管|公司保管}，{对家里|跟家人}就说{在|是在}{工地|酒店}{做饭|上班}，{不拍照|不发朋友圈}，{劳务合同|工作签证}{不签|不办}\n{待遇|工资}：{月薪|每月}{1.5万|2万|2.5万}，{包吃住|包机票}，{工资|钱}{打到|发到}{你家人的|你国内的}{银行卡|卡上}，{干满|做满}{半年|一年}{才能|再}{回国|走}",
            "{出国|境外}{高薪|包吃住}：{柬埔寨|缅甸}{“园区”|公司}{食堂|后勤}{招|缺}{厨师|帮厨|司机}，{月薪|每月}{1.5万|2万}，{包机票|包食宿}，{只管|只负责}{做饭|开车}，{楼里|公司}{做什么|什么业务}{不用管|别问}。{手机|护照}{到了|入园}{统一保管|交公司}。<contact_risky>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Risky("game-item-launderer", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "【装备转移单】{批次|单号}：ZB<d><d><d><d>　{操作人|玩家}：{你|本人}（{用你自己的|你本人实名的}{游戏账号|交易平台账号}）　{平台|渠道}：{藏宝阁|交易猫|饰品交易平台}\n{入账|资金}：{我们|老板}{分|分成}{几笔|三五笔}{转到|打进}{你的|你本人}{银行卡|支付宝}，{你|本人}{当天|马上}{充值|转入}{平台余额|游戏}\n{买入|操作}：{按|照}{清单|我们发的链接}{买|拍}{我们挂的|指定的}{装备|皮肤|道具}（{一件|每件}{几千|上万}），{到手后|买完}{再|就}{转给|交易给}{我们的|指定的}{号|账号}，{或者|或}{半价|低价}{挂出|卖出}{让|由}{我们的号|我们的人}{买走|收}\n{报酬|佣金}：{每笔|一单}{金额|流水}的{3%|5%}，{日结|当天结}；{钱|装备}{从哪来|给谁}{别问|不用管}，{平台|客服}{问|问起}就说{自己玩的|自己买的}",
            "{玩游戏的|会玩游戏的}{同学|兄弟}{接单|赚外快}：{用你的|本人}{游戏号|交易平台号}{帮|替}{老板|我们}{买|拍}{装备|皮肤}，{钱|资金}{我们|老板}{先转给你|打到你卡上}，{到手|买完}{转给|卖给}{我们的号|指定账号}，{每单|一笔}{拿|抽}{3%|5%}。{钱哪来的|装备给谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Risky("foreign-student-card-escort", JobAdScheme.CardBuying, JobAdAudience.Students,
        [
            "【陪同办理单】{日期|办理日}：{<d>月<d>日|本周末}　{陪同人|翻译}：{你|本人}（{会英语|懂外语}，{在|有}{留学生群|外国朋友}）　{对象|客户}：{来华|在华}{外国留学生|外籍学生}{<d>人|三五个}\n{办理|流程}：{带|领}{他们|外国同学}{拿|用}{护照|居留证}{去|到}<bank>{开|办}{银行卡|借记卡}{和|、}{手机卡|电话卡}，{同时|顺便}{开通|绑定}{手机银行|支付宝}，{柜员|营业员}{问|问起}{用途|做什么用}就{替他们|帮他们}{答|翻译成}“{收生活费|交学费}”\n{交接|之后}：{银行卡|卡}{和|、}{手机卡|电话卡}{当天|办完}{收回来|拿回来}{交给|寄给}{我们|老板}，{外国同学|他们}{每人|一人}{拿|给}{500|800}元，{回国|毕业}{前|后}{别|不用}{销户|注销}\n{报酬|佣金}：{一人|每开}{一套|卡加号}{给你|你拿}{300|500}元；{卡|号}{给谁|拿去}{用|干嘛}{别问|不用管}",
            "{认识|有}{外国留学生|外籍同学}的{同学|朋友}{看过来|接活}：{带|陪}{他们|外国同学}{去银行|到营业厅}{办|开}{银行卡|手机卡}，{办好|办完}{收回来|交给我们}，{一套|每人}{给你|你拿}{300|500}元，{外国同学|他们}{也有|另有}{好处费|红包}。{卡拿去干嘛|给谁用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Risky("registered-address-lender", JobAdScheme.CorporateAccounts, JobAdAudience.General,
        [
            "【地址托管协议】{编号|协议号}：DZ<d><d><d><d>　{甲方|出借人}：{你|本人}（{你名下的|你本人的}{住房|商铺|门面}，{房产证|租赁合同}{照片|复印件}{交给我们|发给我们}）\n{用途|内容}：{我们|上家}{用|拿}{你的地址|这个地址}{注册|挂}{几家|三五家}{公司|贸易公司}，{再|然后}{开|办}{对公账户|对公户}；{公司|老板}{是谁|干什么}{你|本人}{不用见|不认识}\n{配合|要求}：{门口|门上}{挂|贴}{我们给的|公司的}{牌子|门牌}，{银行|工商}{上门|来人}{核实|核查}时{你|本人}{在场|接待}，就说“{公司在这办公|员工出去跑业务了}”，{税务信|信件}{拍照|转发}{给我们|给对接人}\n{报酬|费用}：{一家公司|每家}{每月|一个月}{300|500|800}元，{银行来|核查}{一次|每次}{另加|再给}{200|300}元；{公司|账户}{走什么账|做什么}{别问|不用管}",
            "{有房|有商铺}的{朋友|老板}{躺赚|看过来}：{把你的|你家}{地址|门面}{借给|租给}{我们|公司}{注册|挂}{公司|执照}，{一家|每家}{每月|一个月}{300|500}元，{银行|工商}{上门|来核查}{时|就}{配合|帮忙}{接待一下|说几句}{另给|再加}{200|300}元。{公司干嘛的|走什么账}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Risky("lift-screen-ad-renter", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【刊播单】{小区|楼盘}：{你管的|你负责的}{<d>栋|几栋楼}{电梯|电梯间}{广告屏|液晶屏}　{管理员|物业}：{你|本人}（{屏|广告屏}{的|}{后台|U盘}{在你手里|你能换}）\n{内容|刊播}：{每天|一天}{晚上|夜里}{8点到12点|10点以后}{插播|轮播}{我们的|我们发的}{视频|广告}（{“YY棋牌 首充送100”|“无视黑白 当天下款”|“跟单稳赚 日赚千元”}{加|和}{二维码|网址}），{15秒|30秒}{一条|一轮}\n{要求|注意}：{白天|物业检查时}{切回|换回}{原来的|正常}{广告|内容}，{视频|U盘}{对接人|我们}{每周|定期}{更新|换}，{每天|每周}{拍|截}{屏幕|播放}{照片|视频}{报给|发给}{我们|对接人}\n{报酬|费用}：{每块屏|一块屏}{每月|一个月}{200|300|500}元，{有人|每个}{扫码|注册}{另加|再给}{5|10}元；{业主|有人}{问起|投诉}就说{广告公司|平台}{放的|推的}，{广告|二维码}{是谁家的|推什么}{别问|不用管}",
            "{物业|小区}{管理员|电工}{躺赚|接单}：{把|将}{电梯|小区}{广告屏|液晶屏}{晚上|夜里}{插播|放}{我们的|几条}{视频|广告}，{每块屏|一块}{每月|一个月}{200|300}元，{有人扫码|每个注册}{另加|再给}{5|10}元，{白天|检查时}{切回来|换回去}{就行|即可}。{广告是啥|推什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Risky("gps-spoof-phone-setter", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【定位调试单】{批次|单号}：DW<d><d><d>　{调试员|师傅}：{你|本人}（{会刷机|懂手机}，{在家|工作室}{做|干}）　{设备|手机}：{我们寄来的|快递来的}{旧手机|二手安卓机}{<d>0台|几十台}\n{内容|要求}：{每台|一台}{刷|装}{虚拟定位|改定位}{模块|软件}，{位置|定位}{改到|设成}<city>{某小区|一个地址}，{微信|支付宝}{和|、}{银行APP|手机银行}{登录|打开}{都显示|显示在}{国内|本地}，{过得了|不触发}{风控|异地登录提醒}\n{交接|交付}：{弄好|调好}{后|以后}{登|装}{我们给的|对接人发的}{账号|号}{测一下|试一遍}，{再|然后}{寄到|发往}{我们给的|指定的}{边境小城|地址}，{手机|设备}{谁用|在哪用}{别问|不用管}\n{报酬|工钱}：{一台|每台}{100|150|200}元，{一批|每批}{结|付}{一次|清}；{有人|警察}{问起|来问}就说{修手机的|帮朋友刷机}",
            "{会刷机|懂安卓}的{同学|师傅}{接单|在家赚}：{给|帮}{我们寄来的|一批}{手机|旧手机}{装|刷}{虚拟定位|改定位}，{微信|银行APP}{登录|打开}{显示|都在}{国内|本地}，{一台|每台}{100|150}元，{调好|弄好}{寄到|发到}{指定地址|边境}。{手机给谁用|在哪用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Risky("english-invoice-sender", JobAdScheme.PaymentSettlement, JobAdAudience.General,
            [
                "INVOICE LOG — {week <d>|this week} — sender: you ({your own|your} {PayPal|Venmo Business|Square} account, {your own|your} bank linked)\nInvoices: {each morning|every day} {we email you|the team sends} a list of {30|50|80} {emails|customers} and you send each one an invoice for ${299|349|499} from your account — \"{antivirus renewal|tech support subscription|order #<d><d><d><d> confirmation}\"\nPayments: when {people|customers} pay, you {withdraw|transfer} the money to your bank and {send it on|Zelle it} to {the account we text you|our accounts} {the same day|within the hour}\nRules: if someone {calls|replies} to dispute, {don't answer|ignore it} and tell us; {use|set up} a new {business name|display name} {each week|when we say}\nPay: {10%|15%} of {every payment|what comes in}, paid {weekly|every Friday}; {don't ask|no need to know} {who the customers are|why they pay}",
                "{Work from home|Easy side hustle}: send {invoices|payment requests} from your own {PayPal|Venmo} account to {customer lists|emails} we give you, {withdraw|cash out} what comes in and {forward it|send it to us}. Keep {10%|15%}. {Don't ask|No need to know} {who the customers are|why they pay}. Telegram @<handle>",
            ], reserve: JobAdSplit.Development, language: "en"),

        AdFamily.Risky("english-paylater-account-opener", JobAdScheme.IdentityLending, JobAdAudience.Students,
            [
                "PAY-LATER ACCOUNT SHEET — {batch <d>|this week} — applicant: you ({your own|your} {ID|driver's license}, {SSN|date of birth} and {phone|email})\nSign-up: open {Klarna|Affirm|Afterpay|Zip} accounts in your name {on your phone|in the app}, pass the {ID check|selfie check} yourself, {link|add} {your own|your} {debit card|bank account}\nOrders: {you let us log in|send us the login} and {our team orders|we order} {iPhones|laptops|game consoles|gift cards} \"pay in 4\" {to our address|to addresses we choose}; you {read us|forward} the {code|text} the app sends you\nAfter: {ignore|don't open} the {repayment|payment} emails; the account {goes to collections|gets closed} in your name\nPay: ${150|200|300} for {each approved account|every account}, sent by {Cash App|Zelle} {after the first order|when the order ships}; {don't ask|no need to know} {where the goods go|who gets them}",
                "{Students|Quick cash}: open {Klarna|Affirm|Afterpay} accounts in your own name, {send us the login|let us log in} and {read us the codes|forward the texts}. ${150|200} per {approved account|account}. {Don't ask|No need to know} {what we order|where it ships}. Telegram @<handle>",
            ], reserve: JobAdSplit.Development, language: "en"),

        AdFamily.HardNegative("overseas-posting-check",
        [
            "【派驻确认书 Posting Confirmation】{编号|单号} No.：PZ<d><d><d><d>　{派出单位|公司} Agency：<company>（{对外劳务合作|劳务派遣}{经营资格|许可证}{齐全|可查} ✔）　{岗位|工种} Job：{厨师|帮厨|司机|电工}\n{驻地|地点} Site：{新加坡|沙特|阿联酋}{酒店厨房|工地营地|项目部}，{雇主|用人单位}{名称|地址}{写明|可查} ✔，{劳务合同|工作签证}{本人|自己}{签|办} ✔\n{规矩|权益} Rights：{护照|证件}{本人|自己}{保管|拿着} ✔，{手机|电话}{自己用|不上交} ✔，{工资|收入}{打到|发到}{本人|自己的}{银行卡|账户} ✔\n{提醒|备注}：{有人|如有人}{招|介绍}{去|到}{“园区”|境外园区}{做饭|开车}{又要|还要}{收手机|扣护照}、{不签合同|不办签证}，{拒绝|别去}{并|，}{报告|告诉}{公司|派出单位}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有人|有团伙}{以|打着}“{月薪两万|包吃包住}”{招|骗}{厨师|司机|电工}{去|到}{柬埔寨|缅甸}{“园区”|园区}{做饭|开车|修电路}，{进门|入园}{收走|扣下}{手机|护照}——{那里|园区里}{往往是|多是}{电诈|诈骗}{窝点|团伙}，{明知|知道}{是诈骗窝点|在干诈骗}{还|仍}{给他们|为其}{做饭|开车|提供后勤}，{可能|或}{构成|触犯}{帮信|犯罪}。{出国务工|境外工作}{请|须}{走|找}{正规|有资质的}{劳务公司|渠道}。",
        ], reserve: JobAdSplit.Development),

        AdFamily.HardNegative("game-trade-record",
        [
            "【装备转移单 Item Transfer Record】{单号|流水号} No.：ZB<d><d><d><d>　{平台|渠道} Platform：{藏宝阁|交易猫|游戏交易平台}（<company>{运营|旗下}）　{买方|卖方} Party：{玩家|本人}{<surname>同学|小<surname>}\n{账号|身份} Account：{本人|自己}{实名|注册}的{游戏账号|交易账号} ✔，{人脸|实名}{核验|认证} ✔，{未成年人|学生}{限额|不能大额}{交易|充值} ✔\n{资金|付款} Payment：{从|用}{本人|自己}{名下的|的}{银行卡|支付宝}{付款|充值} ✔，{不收|不接受}{陌生人|第三方}{转账|代付} ✔，{大额|几千以上的}{交易|装备}{人工|客服}{复核|审核} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{用自己的号|拿本人账号}{买装备|拍皮肤}{再转给|再卖给}{他们的号|他们的人}，{拒绝|别做}{并|，}{报告|告诉}{客服|平台}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{按单|每单几十元}{找|雇}{学生|年轻人}{用本人|拿自己的}{游戏账号|交易平台账号}{买|拍}{装备|皮肤}，{钱|资金}{由|是}{他们|对方}{分几笔|多笔}{转到|打进}{你的|本人}{银行卡|卡里}，{买完|到手}{再|又}{转给|卖给}{他们的号|指定账号}——{这是|可能是}{在|帮}{洗|转移}{诈骗|电诈}{资金|赃款}，{替人|为他人}{买装备|走账}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{充值|交易}{请|须}{用|从}{自己的钱|本人账户}。",
        ], reserve: JobAdSplit.Development),

        AdFamily.HardNegative("foreign-student-account-guide",
        [
            "【陪同办理单 Escort Record】{日期|办理日} Date：{<d>月<d>日|本周}　{陪同人|经办} Escort：{本校|学校}{国际处|留学生办公室}{<surname>老师|小<surname>}　{学生|对象} Student：{外国留学生|外籍新生}{本人|自己}{到场|在场} ✔\n{办理|流程} Process：{学生|本人}{拿|带}{自己的|本人}{护照|居留证}{在|去}<bank>{开|办}{银行卡|借记卡}{和|、}{手机卡|电话卡} ✔，{老师|陪同人}{只|仅}{帮忙|负责}{翻译|解释} ✔\n{交接|之后} After：{银行卡|卡}{和|、}{手机卡|密码}{由|归}{学生|本人}{自己|本人}{保管|拿着} ✔，{不借|不卖}{给|与}{别人|他人} ✔，{回国|毕业}{前|时}{去|到}{银行|营业厅}{销户|注销} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{收|买}{你的|留学生的}{银行卡|手机卡}，{拒绝|别卖}{并|，}{报告|告诉}{国际处|老师}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有人|有团伙}{以|打着}“{翻译|陪同}”{名义|旗号}{带|领}{外国留学生|外籍学生}{去|到}{银行|营业厅}{开|办}{银行卡|手机卡}，{办完|当天}{就|便}{收走|拿走}{卡|银行卡和手机卡}{卖给|交给}{诈骗|电诈}{团伙|窝点}——{收购|出售}{银行卡|手机卡}{或|、}{带人|陪人}{开卡|办卡}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{留学生|外国同学}{的卡|的账户}{请|须}{自己保管|本人使用}。",
        ], reserve: JobAdSplit.Development),

        AdFamily.HardNegative("english-invoice-and-paylater-records",
            [
                "INVOICE LOG — {March|this month} — {owner|bookkeeper}: {Maria|Tom|Aisha} ({our own|the shop's} {PayPal Business|Square} account, {our|the business} bank linked)\nInvoices: {only|just} to {our own|existing} {customers|clients} for {work done|orders delivered} ✔, {each|every} invoice {matches|has} a {job sheet|delivery note} ✔\nPayments: {paid into|deposited to} the {business account|shop's account} ✔; {never|no} money {forwarded|sent on} for anyone else ✔\nNote: people {paid|hired} to send invoices to {email lists|strangers} and {forward the money|pass on payments} {may be laundering scam money|could be money mules}; {report it|tell PayPal}",
                "PAY-LATER ACCOUNT SHEET — {my own record|personal} — {student|account holder}: {Maria|Tom|Aisha} ({one|a single} {Klarna|Afterpay} account, {my own ID|verified in my name})\nOrders: {only|just} {my own|things I bought} {purchases|orders}, {delivered|shipped} to {my address|my dorm} ✔; {nobody else|no one} {logs in|uses the app} ✔; codes {never shared|kept to myself} ✔\nRepayments: {on time|every two weeks} from {my own|my} {debit card|bank account} ✔\nNote: people {paid|offered cash} to open pay-later accounts {for others|and hand over the login} {commit identity fraud|are left with the debt}; {don't do it|report it}",
            ], reserve: JobAdSplit.Development, language: "en"),

        AdFamily.Legitimate("registered-address-host", JobAdAudience.General,
        [
            "【地址托管协议】{编号|协议号}：DZ<d><d><d><d>　{甲方|服务方}：<company>（{众创空间|商务中心}，{场地|办公室}{产权|租赁}{证明|手续}{齐全|可查} ✔）　{乙方|入驻企业}：<company>，{法人|负责人}{本人|到场}{签字|签约} ✔\n{内容|用途}：{乙方|企业}{在|于}{本中心|这里}{租|有}{工位|办公桌}{一个|两个}，{注册地址|营业执照地址}{就是|写}{实际|真实}{办公|经营}{地址|场所} ✔，{对公账户|对公户}{由|归}{企业|乙方}{自己|本人}{开立|管理} ✔\n{配合|要求}：{银行|工商}{上门|来人}{核实|核查}时，{由|请}{企业|乙方}{自己的|本公司}{员工|负责人}{接待|在场} ✔，{信件|税务信}{由|请}{企业|乙方}{自取|签收} ✔\n{交付|记录}：{入驻|签约}{资料|材料}{存档|备查}，{不为|不给}{没有办公的|空壳}{公司|企业}{挂地址|提供地址}",
            "<company>{招|招聘}{商务中心前台|园区客服}：{负责|主要负责}{入驻企业|租户}{接待|登记}、{工位|办公室}{安排|分配}{和|、}{信件|快递}{登记|收发}，{配合|协助}{银行|工商}{核查|走访}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Legitimate("lift-screen-ad-operator", JobAdAudience.General,
        [
            "【刊播单】{小区|楼盘}：{锦绣|阳光|翠湖}{花园|小区}{<d>栋|各栋}{电梯|电梯间}{广告屏|液晶屏}　{运营|管理员}：<company>{小<surname>|<surname>经理}\n{内容|刊播}：{本周|本月}{刊播|轮播}{物业通知|社区活动}{和|、}{家电|超市}{品牌|商家}{广告|促销}，{15秒|30秒}{一条|一轮}，{广告主|商家}{营业执照|资质}{已审核|核对} ✔\n{要求|注意}：{不接|不放}{贷款|投资理财|博彩}{类|这类}{广告|内容} ✔，{二维码|网址}{只放|只能是}{商家|品牌}{官方|自己}的 ✔，{后台|播放}{账号|密码}{只|仅}{公司|运营部}{掌握|管理} ✔\n{交付|记录}：{播放|刊播}{截图|记录}{每周|定期}{发给|交给}{物业|广告主}，{业主|有人}{投诉|反映}{当天|及时}{处理|下架}",
            "<company>{招|招聘}{广告运营专员|梯媒运营}：{负责|主要负责}{小区|写字楼}{电梯|电梯间}{广告屏|液晶屏}{排期|刊播}{和|、}{内容|素材}{审核|上传}，{核对|检查}{广告主|商家}{资质|营业执照}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Development),

        AdFamily.Legitimate("location-test-engineer", JobAdAudience.General,
        [
            "【定位调试单】{批次|单号}：DW<d><d><d>　{调试员|测试员}：<company>{测试部|质量部}{小<surname>|<surname>工}（{公司|实验室}{内|里}{做|完成}）　{设备|手机}：{公司|部门}{自己的|登记的}{测试机|样机}{<d>台|十几台}\n{内容|要求}：{在|用}{开发者模式|测试工具}{模拟|设置}{不同城市|几个地址}的{定位|位置}，{测|检查}{本公司|自家}{APP|地图小程序}的{门店查找|配送范围}{功能|是否正常} ✔，{只用|仅用}{测试账号|内部账号} ✔\n{交接|交付}：{测试机|样机}{不出|不带出}{实验室|公司} ✔，{测完|用完}{关闭模拟定位|恢复真实定位} ✔，{结果|问题}{记|写}{入|进}{测试报告|缺陷单}\n{记录|签收}：{报告|记录}{交|发给}{开发|项目组}，{主管|组长}{签字|确认}",
            "<company>{招|招聘}{移动端测试工程师|APP测试}：{负责|主要负责}{本公司|自家}{APP|小程序}{定位|地图}{功能|相关}{测试|调试}，{会用|熟悉}{安卓|iOS}{开发者模式|测试工具}{优先|即可}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Development),
    ];
}
