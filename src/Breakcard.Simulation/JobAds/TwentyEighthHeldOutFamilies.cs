namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-eighth held-out families (round 28), the development set in round 29 (ADR 460) and training families since round 30 (ADR 472); written 2026-11-25 blind — by an engineer who had not opened the screening normaliser,
/// patterns, model or their tests, nor read any round's misses — after round 27's families became the development set and
/// before any change prompted by them (ADR 450). New stories in the manner of the 帮信 reporting of 2024–2026, on acts no
/// earlier family told, across Art. 287-2 and the two-card rules — buying a car at a dealer with money wired to one's card in
/// batches and selling it back the same day to a "buyer" who is sent (payment settlement), building characters on AI companion
/// apps whose profile and opening lines push gambling and loan sites (advertising), renting one's shop's guest Wi-Fi login page
/// as space for those adverts (advertising), signing purchase contracts on an e-signature app with one's own face for companies
/// one has never seen, so that their transfers have a "trade" behind them (identity; corporate accounts), renting a bank
/// safe-deposit box in one's name and carrying sealed bags in and out of it for "the boss" (other help: keeping the proceeds),
/// labelling scam chat logs — which reply makes a "client" pay in — to train an "AI customer service" (technical support), an
/// English runner who opens sportsbook accounts with their own ID, takes deposits from "us", places a few bets and withdraws
/// to their bank (payment settlement), and an English student who resells "half-price" food-delivery orders to classmates and
/// forwards their payments (payment settlement for orders placed with stolen cards) — and honest texts on the same acts in
/// the same forms: a dealer's bilingual purchase confirmation and a police notice on cars bought for others, a brand's own
/// labelled AI character and its designer's job, a mall's Wi-Fi login page showing its own promotions and the network
/// engineer's job, a company's bilingual e-sign record and a police notice on contracts signed for strangers, a bank's
/// bilingual safe-deposit register and a police notice on boxes rented for others, an AI company's labelling of its own
/// customer-service chats and the annotator's job, and a player's own sportsbook log and a dining club's group order log.
/// They are written as purchase confirmations (购车确认单), character setting sheets (角色设定单), page configuration sheets
/// (页面配置单), e-sign records (电子签署记录), safe-deposit registers (保管箱登记单), corpus labelling sheets (语料标注单),
/// sportsbook logs and delivery order logs, forms earlier families did not use; risky and honest texts share every one of
/// them, and the honest texts name cards, accounts, IDs, codes, payments, transfers and collections in the same words as the
/// risky ones, so neither the form nor the vocabulary gives the label away. Nothing is tuned on them.
/// </summary>
internal static class TwentyEighthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("car-purchase-launderer", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【购车确认单】{日期|提车日}：{本周|<d>月<d>日}　{购车人|买方}：{你|本人}（{用你的|拿你本人的}{身份证|证件}{签合同|登记}）　{车|车型}：{4S店|二手车市场}{一台|1辆}{<d>0万左右|十几万}的{新车|准新车}\n{付款|车款}：{我们|老板}{分|分成}{三五笔|几笔}{转到|打进}{你的|你本人}{银行卡|卡里}，{你|本人}{当天|马上}{刷卡|转账}{付给|交给}{车行|店里}，{销售|店员}{问|问起}{钱哪来的|谁出的钱}就说{家里给的|自己攒的}\n{交接|之后}：{提车|办完手续}{后|当天}{把车|车和钥匙}{卖给|转给}{我们安排的|来接车的}{买家|车商}，{他|对方}{付|给}{现金|另一张卡}，{差价|亏的钱}{不用你管|我们认}\n{报酬|费用}：{一台|每台}{2000|3000|5000}元，{当天|手续办完}{结|付}；{车|钱}{从哪来|去哪}{别问|不用管}",
            "{有身份证的|无不良记录的}{兄弟|朋友}{接活|赚快钱}：{用你的名字|本人}{去|到}{4S店|车行}{买|提}{一台车|辆车}，{车款|钱}{我们|老板}{先转给你|打到你卡上}，{提车|过户}{后|当天}{车|车子}{卖给|转给}{我们找的|指定的}{车商|买家}，{一台|每台}{2000|3000}元。{钱哪来的|车去哪}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("ai-character-ad-maker", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【角色设定单】{编号|单号}：JS<d><d><d><d>　{创作者|作者}：{你|本人}（{用你自己的|你本人实名的}{账号|号}，{在|上}{AI聊天|AI陪伴|AI剧情}{APP|平台}{建|捏}{角色|人设}）\n{人设|设定}：{温柔学姐|霸总|理财导师|失恋闺蜜}，{头像|形象}{用|选}{好看的|我们给的}{图|图片}，{简介|角色简介}{里|末尾}{写|加}“{想赚钱的来|手气好的来}{找我|玩}”\n{开场白|第一句}：{角色|TA}{一开口|聊几句后}{就|便}{推|发}{我们的|指定的}{网址|邀请码}（{“XX娱乐 注册送88”|“秒批贷款 不看征信”|“带你上岸的群”}），{用户|有人}{问|追问}{就说|回答}“{我自己在玩|亲测能提现}”\n{要求|注意}：{一个号|每个号}{建|做}{<d>个|五六个}{角色|人设}，{被下架|被封}{就|再}{换号|重建}，{每天|一天}{截图|报}{对话数|聊天人数}{给|到}{对接人|群里}\n{报酬|佣金}：{一个角色|每个角色}{20|30|50}元，{对话过|聊满}{一千|几百}{次|轮}{另加|再给}{100|200}元；{网址|邀请码}{是啥|谁家的}{别问|不用管}",
            "{会玩|喜欢}{AI聊天|AI陪伴}{APP|软件}的{同学|宝子}{接单|赚外快}：{在|用}{你的号|自己的号}{捏|建}{几个|一些}{AI角色|人设}，{开场白|简介}{里|中}{放|加}{我们给的|指定的}{网址|邀请码}，{一个角色|每个}{20|30}元，{聊得多|有人注册}{另加|再给}{钱|奖励}。{网址是啥|推的是什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("wifi-portal-ad-renter", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【页面配置单】{店铺|门店}：{你的|本人的}{奶茶店|理发店|小饭馆|网吧|民宿}　{店主|管理员}：{你|本人}（{店里|门店}{的|}{免费WiFi|顾客WiFi}{连上|登录}{要|需}{过|点}{认证页|登录页面}）\n{设置|配置}：{把|将}{路由器|WiFi后台}{的|里}{认证页|登录页}{换成|改成}{我们的|我们发的}{页面|模板}（{“XX娱乐 注册送88”|“秒批贷款 不看征信”|“稳赚带单群”}{加|和}{二维码|网址}），{顾客|客人}{要|得}{看|停}{5秒|10秒}{才能|再}{上网|连上}\n{要求|注意}：{后台|路由器}{账号密码|管理权限}{发|给}{我们|对接人}{一份|一个}，{页面|广告}{我们|对接人}{远程|随时}{换|改}，{每周|每月}{截图|报}{连接数|人数}\n{报酬|租金}：{每月|一个月}{300|500|800}元，{每个|有人}{扫码注册|下载}{另加|再加}{5|10}元；{顾客|有人}{问起|投诉}就说{路由器自带的|运营商弹的}，{广告|二维码}{是谁家的|推什么}{别问|不用管}",
            "{开店的|有门店的}{老板|店主}{看过来|躺赚}：{把|将}{你店里|门店}{WiFi|免费WiFi}的{认证页|登录页面}{租给|交给}{我们|我们放}{广告|推广}，{每月|一个月}{300|500}元，{有人扫码|每个注册}{另加|再给}{5|10}元，{不影响|不耽误}{顾客上网|做生意}。{广告是啥|推什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("esign-contract-signer", JobAdScheme.CorporateAccounts, JobAdAudience.Unemployed,
        [
            "【电子签署记录】{流水号|编号}：QS<d><d><d><d>　{签署人|乙方}：{你|本人}（{用你的|拿你本人的}{身份证|手机号}{注册|实名}{电子签|电子合同}{APP|小程序}，{刷脸|人脸认证}）\n{合同|文件}：{我们的|上家的}{公司|几家公司}{发来的|推送的}{采购合同|购销合同|服务协议}，{你|本人}{作为|当}{买方|乙方|担保人}{签|签字}，{金额|合同金额}{几十万|上百万}{不用看|别细看}\n{用途|说明}：{公司|对方}{对公户|账户}{之间|来回}{转账|走账}{要|需要}{有合同|贸易背景}，{银行|柜台}{问起|打电话核实}就说{有业务往来|是真实交易}\n{报酬|费用}：{签一份|每份}{50|100|200}元，{一周|每周}{几份|十几份}，{周结|日结}；{公司|钱}{是干嘛的|从哪来}{别问|不用管}",
            "{在家|有手机}{就能做|可做}：{用你的|本人}{身份证|实名}{注册|开通}{电子签|电子合同}{APP|平台}，{刷脸|认证}{后|以后}{帮|替}{我们的公司|几家公司}{签|签署}{合同|协议}，{一份|每份}{50|100}元，{不用出门|手机操作}。{合同是啥|公司干嘛的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("safe-box-keeper", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【保管箱登记单】{日期|开箱日}：{本周|<d>月<d>日}　{租箱人|登记人}：{你|本人}（{用你的|拿你本人的}{身份证|证件}{在|去}<bank>{网点|支行}{租|开}{一个|1个}{保管箱|保险箱}，{录|留}{指纹|密码}）\n{存取|开箱}：{对接人|老板的人}{在|到}{银行门口|停车场}{把|将}{封好的|密封的}{包|袋子}{交给你|递给你}，{你|本人}{拿进去|进去}{放进|存进}{箱子|保管箱}；{要取|需要时}{再|就}{拿出来|取出来}{交给|给}{来接的人|指定的人}\n{要求|注意}：{包里|袋子里}{是啥|装什么}{别看|不要打开}，{柜员|银行}{问|问起}就说{家里的首饰|自己的证件}，{钥匙|箱子钥匙}{平时|不用时}{放|交}{我们这|对接人那}\n{报酬|费用}：{箱子|租金}{我们出|对接人付}，{每月|一个月}{给你|另给}{1000|1500|2000}元，{每次|开一次}{开箱|存取}{另加|再加}{100|200}元",
            "{有身份证的|靠谱的}{朋友|大哥大姐}{看过来|接活}：{用你的|本人}{身份证|名字}{在银行|去银行}{租|开}{一个|个}{保管箱|保险箱}，{帮|替}{老板|我们}{存|放}{几个|一些}{包|袋子}，{每月|一个月}{1000|1500}元，{开一次箱|每次存取}{另加|再给}{100|200}元。{包里是啥|装的什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("scam-chat-annotator", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【语料标注单】{批次|编号}：BZ<d><d><d>　{标注员|兼职}：{你|本人}（{在家|宿舍}{用电脑|手机}{做|干}）　{语料|数据}：“{老师|导师|客服}”{和|与}“{客户|学员}”的{聊天记录|对话}{<d>00条|几百段}（{荐股群|投资群|交友|刷单返利}）\n{标注|要求}：{每句|每条}{回复|话}{标|打}{标签|类型}——“{建立信任|拉近关系}”“{引导入金|让客户充值}”“{安抚|稳住}”“{催款|加码}”，{客户|对方}{犹豫|不想充}{的地方|时}{改写|写}{一句|几句}{更好的|更能说服的}{回复|话术}\n{交付|提交}：{表格|标注结果}{传到|发到}{我们的|对接人的}{后台|网盘}，{说是|用于}{训练|喂}“{AI客服|智能客服}”\n{报酬|价格}：{一条|每条}{0.3|0.5|1}元，{改写|写得好}{另加|翻倍}；{聊天记录|数据}{从哪来|谁的}{别问|不用管}，{AI|模型}{拿去|用来}{干嘛|聊谁}{不用管|别问}",
            "{在家|宿舍}{兼职|接单}：{做|接}{AI语料|数据}{标注|打标签}，{给|把}{“老师”和“客户”的|投资群的}{聊天记录|对话}{标|分}{类型|标签}，{客户不想充的|对方犹豫的}{地方|时候}{改写|写}{一句|几句}{更能说服的|更好的}{话|回复}，{一条|每条}{0.5|1}元，{日结|周结}。{数据哪来的|拿去干嘛}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-sportsbook-account-runner", JobAdScheme.PaymentSettlement, JobAdAudience.General,
            [
                "SPORTSBOOK LOG — {week <d>|this weekend} — player: you ({your own|your} ID and {bank account|debit card}, {3|4|6} apps)\nSign-up: open {DraftKings|FanDuel|BetMGM|Caesars} {accounts|sportsbook accounts} in your name, {pass|do} the {ID and selfie check|KYC check} {yourself|on your phone}, {link|add} {your own|your} {bank account|debit card}\nDeposits: {we send|our clients send} ${1,000|2,000|5,000} {to your bank|by Zelle} and you {deposit it|move it} into the {apps|accounts} {the same day|right away}\nBets: {a few|2 or 3} {small|low-risk} bets {on favorites|on both sides} so it looks {normal|like play}, then {withdraw|cash out} the balance to {your bank|your card} and {send it on|Zelle it} to {the account we text you|our accounts}\nPay: {8%|10%} of {every withdrawal|each cash-out}, ${100|200} bonus for {a new app|each new account}; if an app {asks where the money came from|freezes your account}, say it's {your savings|a gift}; {don't ask|no need to know} {whose money it is|where it comes from}",
                "{Sports fans|Side hustle}: {open|use} {sportsbook|betting} {apps|accounts} in your own name, {we fund them|we send the deposits}, {place a few bets|bet small}, {withdraw|cash out} to your bank and {send it back|forward it}. Keep {8%|10%}. {Don't ask|No need to know} {where the money comes from|whose money it is}. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-half-price-order-reseller", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
            [
                "DELIVERY ORDER LOG — {tonight|this week} — reseller: you ({your own|your} {Venmo|Cash App|Zelle}, {your dorm|your campus})\nOrders: {classmates|friends} {send you|screenshot} their {DoorDash|Uber Eats|Instacart|Grubhub} {cart|basket}, you {forward it|pass it} to {us|our ordering team} and we {place it|order it} {for them|to their address} {with cards we don't ask about|through our \"discount accounts\"}\nPayment: they pay you {half|50%} of the total {by Venmo|by Cash App|by Zelle}, you {send|forward} {it|the money} to {our account|the handle we text you} {the same hour|right away}\nRules: {no more than|max} ${100|150} an order, {new|a different} {address name|name on the order} {each time|every order}; if an order {gets cancelled|is flagged}, {refund them|send them another}\nPay: you keep {10%|15%} of {every order|each payment}, ${50|100} bonus for {20 orders|every 20 orders} a week; {don't ask|no need to know} {how it's half price|whose cards pay}",
                "{Campus side hustle|Student gig}: {resell|offer} {half-price|50% off} {DoorDash|Uber Eats|Instacart} orders to {classmates|friends}. They {pay you|send you} half by {Venmo|Cash App}, you {forward|send} it to us, we {place the order|order it}. Keep {10%|15%}. {Don't ask|No need to know} {how it's half price|whose cards pay}. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("car-purchase-check",
        [
            "【购车确认单 Purchase Confirmation】{日期|提车日} Date：{<d>月<d>日|本周}　{门店|车行} Dealer：<company>{4S店|汽车销售}{<city>店|门店}　{销售|经办} Sales：{小<surname>|<surname>经理}\n{购车人|买方} Buyer：{本人|自己}{到店|在场}，{身份证|证件}{原件|本人} ✔，{车|车辆}{登记在|上牌在}{买方|本人}{名下|名下} ✔\n{付款|车款} Payment：{从|用}{买方|本人}{自己的|名下的}{银行卡|账户}{付款|刷卡} ✔，{大额|超过五万的}{车款|付款}{登记|说明}{资金来源|钱的来源} ✔，{不收|不接受}{陌生人|第三方}{代付|转账} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{用自己的名字|拿本人证件}{买车|提车}{再|后}{当天|马上}{卖给|转给}{别人|他们的人}，{拒绝|别办}{并|，}{报告|告诉}{销售经理|门店}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{按台|一台几千元}{雇|找}{无业人员|年轻人}{用本人|拿自己的}{身份证|名字}{去|到}{4S店|车行}{买车|提车}，{车款|钱}{由|是}{他们|对方}{分几笔|多笔}{转到|打进}{你的|本人}{银行卡|卡里}，{提车|过户}{后|当天}{车|车子}{再|又}{卖给|转给}{他们的人|指定车商}——{这是|可能是}{在|帮}{洗|转移}{诈骗|电诈}{资金|赃款}，{替人|为他人}{买车|走账}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{买车|付款}{请|须}{用|从}{自己的钱|本人账户}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("esign-record-check",
        [
            "【电子签署记录 E-sign Record】{流水号|编号} No.：QS<d><d><d><d>　{公司|企业} Company：<company>{有限公司|贸易公司}　{经办|签署人} Signer：{法人|财务}{<surname>总|小<surname>}\n{签署人|乙方} Party：{本公司|本人}{自己|本身}{是|为}{合同|交易}{一方|当事人} ✔，{刷脸|人脸}{认证|核验} ✔，{签前|签署前}{逐条|全文}{读过|看过}{合同|条款} ✔\n{合同|文件} Contract：{本公司|自家}{真实的|实际的}{采购|购销}{业务|订单}，{货物|服务}{有|附}{发货单|验收单} ✔，{款项|货款}{从|走}{本公司|自家}{对公户|账户} ✔\n{提醒|备注}：{不替|不为}{不认识的|陌生的}{公司|人}{签|签署}{合同|协议}，{有人|如有人}{出钱|给钱}{让你|请你}{用自己的身份|拿本人实名}{签|签署}{合同|协议}，{拒绝|别签}{并|，}{报告|告诉}{法务|公司}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有人|有团伙}{按份|每份几十元}{雇|找}{无业人员|年轻人}{用本人|拿自己的}{身份证|实名}{注册|开通}{电子签|电子合同}{APP|平台}，{刷脸|认证}{后|以后}{替|为}{陌生的|他们的}{公司|企业}{签|签署}{购销合同|采购合同}，{让|好让}{公司|对方}{对公户|账户}{之间|来回}{转账|走账}{看起来|显得}{有|像有}{真实交易|业务往来}——{替人|为他人}{签合同|走账}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{合同|协议}{请|须}{看清|读懂}{再签|后签}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("safe-box-register",
        [
            "【保管箱登记单 Safe-deposit Register】{日期|开箱日} Date：{<d>月<d>日|本周}　{网点|支行} Branch：<bank>{<city>支行|营业部}　{经办|柜员} Clerk：{小<surname>|<surname>经理}\n{租箱人|登记人} Renter：{本人|自己}{到柜|在场}，{身份证|证件}{原件|本人} ✔，{指纹|密码}{本人|自己}{录入|设置} ✔\n{开箱|存取} Access：{只|仅}{租箱人|登记的}{本人|代理人}{开箱|进库} ✔，{代理人|他人}{须|要}{到柜|来柜台}{登记|办授权} ✔，{箱内|存放}{物品|东西}{是|为}{本人|自己}{的|所有} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{用自己的名字|拿本人证件}{租箱|开保管箱}{替他们|帮他们}{存|放}{包|袋子}，{拒绝|别办}{并|，}{报告|告诉}{柜员|网点}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{按月|每月上千元}{雇|找}{老人|无业人员}{用本人|拿自己的}{身份证|证件}{在银行|去银行}{租|开}{保管箱|保险箱}，{替|帮}{他们|对方}{存放|保管}{封好的|密封的}{包|袋子}——{里面|袋子里}{可能是|往往是}{诈骗|电诈}{得来的|赃款换的}{现金|金条}{或|和}{银行卡|U盾}，{替人|为他人}{存放|保管}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{保管箱|保险箱}{请|须}{只放|只存}{自己的|本人的}{东西|物品}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-sportsbook-and-order-logs",
            [
                "SPORTSBOOK LOG — {my own account|personal record} — player: {Maria|Tom|Aisha} ({one account|one app}, {my own ID|verified in my name})\nDeposits: {only|just} from {my own|my} {bank account|debit card} ✔, {a weekly limit|a $50 weekly limit} set in the app ✔\nWithdrawals: {back to|only to} the {same account|card I deposit from} ✔; {no|never} {money|deposits} from {anyone else|other people} ✔\nNote: people {paid|hired} to open {betting|sportsbook} accounts, {deposit others' money|take deposits from strangers} and {withdraw it|cash it out} {may be laundering scam money|could be money mules}; {report it|call the app's support}",
                "DELIVERY ORDER LOG — {Friday|club night} — {treasurer|organizer}: {Maria|Tom|Aisha} ({the club's|our society's} {account|card})\nOrders: {one|a} {group|club} order on {DoorDash|Uber Eats|Grubhub} {paid|placed} with the {club's own|society's} {card|account} ✔, {receipt|the receipt} {saved|shared in the group} ✔\nPayment: {members|everyone} {pay back|chip in} {their share|what they ordered} {by Venmo|by Cash App} to the {club account|treasurer} ✔\nNote: \"{half-price|50% off}\" {delivery|ordering} services {on Telegram|online} {often|usually} {use stolen cards|pay with stolen cards}, and {people|students} who {resell them|forward payments for them} may be {helping launder money|part of card fraud}; {don't use them|report them}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("ai-character-designer", JobAdAudience.Students,
        [
            "【角色设定单】{编号|单号}：JS<d><d><d><d>　{创作者|作者}：<company>{产品部|内容组}{小<surname>|<surname>老师}（{公司|品牌}{官方|自家}{账号|号}）\n{人设|设定}：{品牌|门店}{自家的|官方}“{AI导购|AI客服|AI助教}”，{头像|形象}{用|选}{品牌|公司}{授权的|自己的}{形象|图}，{简介|角色简介}{写明|注明}“{AI生成|本角色由AI扮演}” ✔\n{开场白|第一句}：{介绍|说}{本店|品牌}{产品|课程}{和|、}{营业时间|售后电话}，{不推|不发}{外部|别家的}{链接|二维码} ✔，{不做|不给}{理财|贷款|投资}{建议|推荐} ✔\n{审核|上线}：{对话|内容}{经|由}{运营|法务}{审核|抽查}{后|再}{上线|发布}",
            "<company>{招|招聘}{AI角色设计师|AI对话设计}：{为|给}{公司|品牌}{自家|官方}{AI客服|AI导购}{写|设计}{人设|角色设定}{和|、}{开场白|对话流程}，{熟悉|用过}{大模型|AI聊天产品}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("wifi-portal-operator", JobAdAudience.General,
        [
            "【页面配置单】{门店|商场}：<company>{购物中心|商场}　{管理员|网管}：{小<surname>|<surname>工}（{商场|公司}{信息部|IT部}）\n{设置|配置}：{顾客|访客}{WiFi|免费WiFi}{的|}{认证页|登录页}{放|展示}{本商场|本店}{自己的|自家}{活动|会员福利}{和|、}{楼层导览|停车缴费}，{手机号|短信}{验证|登录}{按|依}{规定|实名要求} ✔\n{要求|注意}：{不放|不接}{外部|别家的}{广告|二维码} ✔，{后台|路由器}{账号|密码}{只|仅}{信息部|IT部}{管理|掌握} ✔，{每月|定期}{检查|核对}{页面|设备}\n{交付|记录}：{改动|配置}{记|写}{入|进}{变更单|台账}，{主管|经理}{签字|确认}",
            "<company>{招|招聘}{网络管理员|IT运维}：{负责|主要负责}{商场|门店}{WiFi|网络}{和|、}{认证页|登录页面}{维护|配置}，{更新|上架}{本商场|本店}{活动|会员}{页面|信息}，{熟悉|会用}{路由器|交换机}{配置|管理}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("chat-data-annotator", JobAdAudience.Students,
        [
            "【语料标注单】{批次|编号}：BZ<d><d><d>　{标注员|兼职}：<company>{数据部|标注组}{小<surname>|<surname>同学}（{劳务协议|保密协议} ✔）　{语料|数据}：{本公司|自家}{APP|网店}{客服|售后}{和|与}{顾客|用户}的{聊天记录|对话}{<d>00条|几百段}（{已脱敏|去掉姓名电话} ✔）\n{标注|要求}：{每句|每条}{回复|话}{标|打}{标签|类型}——“{回答问题|解释规则}”“{处理退款|售后}”“{安抚情绪|道歉}”，{回答|回复}{不清楚|不准确}{的地方|时}{改写|写}{一句|几句}{更清楚的|更准确的}{回复|说法}\n{交付|提交}：{标注结果|表格}{传到|交到}{公司|项目}{平台|系统}，{用于|拿来}{训练|改进}{本公司|自家}“{AI客服|智能客服}”",
            "<company>{招|招聘}{数据标注员|AI训练师}：{给|为}{公司|自家}{客服|售后}{对话|聊天记录}{打标签|做标注}，{改写|优化}{AI客服|智能客服}的{回复|话术}，{细心|有耐心}{优先|即可}，<hours>，<salary_month>，<contact>。",
        ], reserve: JobAdSplit.Training),
    ];
}
