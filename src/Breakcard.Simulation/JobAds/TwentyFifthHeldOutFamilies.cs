namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-fifth held-out families (round 25), the development set in round 26 (ADR 431) and training families since round 27 (ADR 440); written 2026-11-25 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 24's families became the development set and before any change prompted by them (ADR 422).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — a "day trip" to Hong Kong on which one registers a batch of Hong
/// Kong prepaid SIM cards with one's own travel permit and hands them to the guide (phone cards),
/// painting loan and gambling slogans with QR codes on village walls without the owners' consent
/// (advertising), a parcel-station hand who photographs or exports recipients' names, numbers,
/// addresses and purchases for a buyer's "refund" calls (identity; victims' data), a "referrer" paid
/// per head to send young job seekers to "customer service" jobs in South-East Asian compounds (other
/// help), a liquor shop that takes strangers' transfers as "payment" for cases of Moutai collected by
/// a runner and buys the same cases back cheaply two days later (payment settlement), a shop that
/// prints a "scan for a red packet" QR code of a gambling or loan app on every till and takeaway
/// receipt (advertising), an English "earn while you sleep" app that sends hundreds of phishing texts
/// a night from one's own number and SIM (phone cards; communication), and an English runner who
/// collects "buy online, pick up in store" orders paid with strangers' cards, showing one's own ID at
/// the counter (payment settlement) — and honest texts on the same acts in the same forms: a travel
/// agency's bilingual itinerary whose tourists buy a SIM for their own use and a Hong Kong notice, a
/// wall-advert firm's work order with the owners' signed consent and a painter's job, a parcel
/// station's bilingual data handover of masked waybills to be shredded and a postal notice, a
/// licensed labour-export firm's referral form and an embassy warning, a liquor shop's pickup order
/// for a company's own gift order and a clerk's job, a chain shop's receipt set-up with its own
/// membership code and a shop manager's job, and an employer's device enrolment and a store's
/// pickup-desk route card. They are written as crossing itineraries (过关行程单), wall-advert work
/// orders (墙体广告施工单), data handover sheets (数据交接单), referral forms (人员推荐表), pickup
/// orders (提货单), receipt set-up sheets (小票设置单), device enrollments and collection route cards,
/// forms earlier families did not use; risky and honest texts share every one of them, and the honest
/// texts name cards, accounts, SIMs, IDs, codes, payments, transfers and collections in the same
/// words as the risky ones, so neither the form nor the vocabulary gives the label away. Nothing is
/// tuned on them.
/// </summary>
internal static class TwentyFifthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("hk-sim-registrant", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【过关行程单】{日期|出发}：{周六|<d>月<d>日}　{口岸|过关}：{罗湖|福田|深圳湾}　{领队|带队}：{阿<surname>|<surname>哥}　{团员|办卡人}：{你|本人}（{带|拿}{港澳通行证|通行证}{和|、}{身份证|身份证原件}）\n{行程|安排}：{过关后|到了那边}{去|到}{便利店|电讯店|报摊}{买|拿}{香港储值卡|香港电话卡}{<d>张|五六张}，{用你的|拿你本人的}{证件|通行证}{逐张|一张张}{实名登记|登记}，{登记完|激活后}{卡|整张卡连卡套}{当场|马上}{交给|递给}{领队|我们}\n{报酬|费用}：{往返车费|路费}{我们出|全包}，{每张卡|一张}{100|150|200}元，{当天|回来}{现结|结清}；{店员|有人}{问起|问}就说{自己用|给家里人用}，{卡给谁用|拿去干嘛}{别问|不用管}",
            "{周末|有空}{去香港|过关}{一日游|走一趟}{还有钱拿|顺便赚钱}：{带上|拿}{港澳通行证|通行证}，{到|去}{便利店|电讯店}{用你的证件|实名}{登记|办}{几张|五六张}{香港电话卡|香港储值卡}，{卡|办好的卡}{交给|留给}{领队|我们}，{一张|每张}{100|150}元，{车费|路费}{全包|我们出}。{卡给谁用|拿去干啥}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("wall-slogan-painter", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "【墙体广告施工单】{单号|编号}：QT<d><d><d><d>　{施工|刷墙}：{你|本人}（{自备|带上}{油漆|喷漆}{和|、}{模板|镂空板}）　{地点|片区}：{<city>周边|城郊}{村里|乡镇}{临街|路边}{墙面|外墙}{<d>0面|二三十面}\n{内容|字样}：“{XX娱乐 下载就送|秒批贷款 不看征信|网贷 当天到账}”{加|配}{二维码|网址}，{字|每个字}{一米见方|写大一点}，{红底白字|大红字}\n{要求|注意}：{不用|别}{问|找}{房主|村委}{同意|签字}，{晚上|清早}{刷|干}，{刷完|完工}{拍照|拍视频}{发|传}{群里|给对接人}{验收|结账}\n{报酬|工钱}：{一面墙|每面}{80|120|150}元，{周结|日结}；{村里人|有人}{问起|拦}就说{是运营商的|是银行的}{广告|宣传}，{二维码|网址}{是干嘛的|是谁家的}{别问|不用管}",
            "{招|找}{会刷墙|会喷字}的{师傅|兄弟}{跑村|下乡}：{在|去}{村里|乡镇}{临街|路边}{墙上|外墙}{刷|喷}{“秒批贷款”“下载就送”|我们给的}{大字|标语}{和|加}{二维码|网址}，{一面|每面}{80|120}元，{拍照|拍视频}{验收|结账}，{不用|别}{问|找}{房主|村委}。{二维码|网址}{是干啥的|是谁家的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("waybill-data-seller", JobAdScheme.IdentityLending, JobAdAudience.General,
        [
            "【数据交接单】{日期|时间}：{今晚|<d>月<d>日}　{网点|站点}：{你的|你所在的}{快递驿站|网点|代收点}　{交接人|经办}：{你|本人}\n{内容|数据}：{当天|这周}{收件人|取件人}{姓名、手机号、地址|名字电话和地址}{加|和}{商品名|买了啥}{<d>00条|几百条}，{拍|导}{面单|取件记录}{或|、}{导出|截图}{后台|系统}{表格|数据}\n{要求|注意}：{优先|要}{刚买了|近三天买}{家电|母婴用品|保健品|大件}的，{整理成表|打包}{发到|传到}{我们的|对接人的}{网盘|TG}，{拍完|导完}{删掉|清掉}{手机里的|相册里的}{记录|照片}\n{报酬|价格}：{一条|每条}{0.5|1|2}元，{周结|日结}；{站长|公司}{问起|查}就说{在核对单号|在整理件}，{数据给谁用|拿去干啥}{别问|不用管}",
            "{在驿站|在快递网点}{上班|帮忙}的{朋友|兄弟}{赚外快|看过来}：{把|每天}{收件人|取件人}{名字、电话、地址|信息}{和|加}{买了啥|商品名}{拍下来|导出来}{发给|传给}{我们|对接人}，{一条|每条}{0.5|1}元，{刚买家电母婴的|近三天的}{更值钱|价格翻倍}。{数据给谁用|拿去干啥}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("overseas-job-referrer", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "【人员推荐表】{推荐人|介绍人}：{你|本人}　{岗位|职位}：{海外|东南亚}{客服|打字员|运营}（{泰国|柬埔寨|缅甸}{“园区”|“公司”}）　{本批|这批}：{<d>人|三五个}\n{人选|要求}：{18–35岁|年轻}{会打字|会用电脑}，{有|带}{护照|身份证}；{不用|别}{告诉|跟}{他们|家里人}{具体|实际}{做什么|在哪}，{只说|就说}“{月薪过万|包吃包住}”\n{路线|安排}：{机票|路费}{我们出|公司包}，{从|经}{西双版纳|曼谷|边境}{过去|入境}，{到了|到那边}{护照|手机}{交给|由}{公司|主管}{保管|收走}\n{报酬|人头费}：{一个人|每人}{3000|5000|8000}元，{到岗|过去}{满一周|一周后}{结|付}；{家属|有人}{问起|找}就说{在海外上班|签了合同}，{那边做什么|公司是干啥的}{别问|不用管}",
            "{招|找}{介绍人|推荐人}：{给|帮}{海外|东南亚}{“公司”|“园区”}{推荐|介绍}{会打字的|年轻}{人|朋友}{过去|出国}{当客服|做运营}，{机票|路费}{对方出|我们包}，{到岗|过去}{一个|一人}{3000|5000}元{人头费|介绍费}，{在那边做啥|公司干啥的}{不用管|别问}，{别跟他们|不用跟家里}{说太细|说实话}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("liquor-shop-relay", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【提货单】{单号|编号}：TH<d><d><d><d>　{店|门店}：{你的|你开的}{烟酒店|名酒行|酒水批发部}　{经办|店主}：{你|本人}\n{收款|货款}：{今天|当天}{店里的|门店的}{收款码|对公账户}{收到|进来}{<d>笔|好几笔}{陌生人|不认识的人}{转账|汇款}，{共|合计}{<d>万|五六万}，{备注|都写}“{货款|订酒}”\n{出货|提货}：{按|照}{我们发的|群里的}{提货单|单子}{把|拿}{飞天茅台|名酒|整箱高档烟}{交给|递给}{来提货的|骑手|跑腿}，{不用|别}{核对|问}{付款人|是谁付的}；{过两天|第二天}{同一批货|这批货}{按|以}{九折|低价}{回收|收回来}\n{报酬|点位}：{每单|流水}{3|5}个点，{当天|日结}；{银行|有人}{问起|查}就说{正常卖酒|老客户订货}，{钱是谁的|从哪来的}{别问|不用管}",
            "{开烟酒店|开名酒行}的{老板|朋友}{接单|看过来}：{店里|你的}{收款码|账户}{收|接}{我们客户的|几笔}{货款|转账}，{把|拿}{茅台|名酒}{交给|递给}{来提货的|跑腿}，{过两天|回头}{我们|再}{低价|九折}{卖回给你|回收}，{流水|每单}{3|5}个点{给你|归你}。{钱从哪来|付款人是谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("receipt-qr-printer", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【小票设置单】{门店|店名}：{你的|你开的}{奶茶店|快餐店|便利店|水果店}　{设备|打印机}：{收银小票机|外卖打单机}　{设置|操作}：{你|本人}\n{改动|设置}：{小票|单子}{底部|末尾}{加印|加一行}“{扫码领红包|扫码抽免单}”{和|加}{我们的|对接人给的}{二维码|链接}（{扫进去|点进去}{是|就是}{“娱乐”平台|贷款APP|“投资群”}）\n{要求|注意}：{堂食|外卖}{每单|每张小票}{都要|都}{打|印}，{外卖单|小票}{钉|贴}{在|到}{袋子|餐盒}{外面|上}，{不用|别}{跟顾客|给客人}{解释|说}\n{报酬|收入}：{每月|一个月}{300|500}元，{扫码注册|每个注册}{另加|再加}{2|5}元；{顾客|有人}{问起|投诉}就说{是平台活动|系统自带的}，{二维码|链接}{是干嘛的|是谁家的}{别问|不用管}",
            "{开店的|开奶茶店快餐店的}{老板|朋友}{躺赚|赚外快}：{把|给}{收银小票|外卖小票}{底部|末尾}{加|改成}{我们的|一个}{“扫码领红包”|“抽免单”}{二维码|链接}，{每月|一个月}{300|500}元，{有人扫|每个注册}{再加|另加}{2|5}元，{不用|无需}{跟顾客|给客人}{解释|说明}。{二维码是啥|链接干嘛的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-sms-earner-app", JobAdScheme.PhoneCards, JobAdAudience.Students,
            [
                "DEVICE ENROLLMENT — {\"SMS Earn\"|\"TextPay\"|\"Cashback Relay\"} app — member: you ({your own|your personal} Android phone and {SIM|number})\nSetup: install the app {from the link|from the APK we send} (not the Play Store), {allow|grant} {SMS and background permissions|\"send and read SMS\"}, {keep it|leave the phone} on Wi-Fi and {charging|plugged in} {overnight|all night}\nWhat it does: the app {sends|pushes} {200–500|up to 800} texts a day {from your number|through your SIM} to {numbers it gets from the server|lists you never see} ({\"your package is held\"|\"toll payment due\"|\"your account is locked\"} with a link); {turn off|mute} {notifications|delivery alerts}\nPay: ${20|30} {per 1,000 texts|a day}, {paid weekly|in USDT}; if the carrier {blocks|suspends} the {line|number}, {get a new SIM|buy a new prepaid SIM} and {re-enroll|keep going}; {don't ask|no need to know} what the texts {say|are for}",
                "{Earn while you sleep|Passive income}: {install|run} our {texting|\"SMS Earn\"} app on your {old Android|spare phone}, {keep it on Wi-Fi|leave it charging} and {it sends|let it send} {texts|hundreds of texts} {from your number|through your SIM} {overnight|every night}. ${20|30} per 1,000 texts, {weekly|in USDT}. {Don't ask|No need to know} what the texts say. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-store-pickup-runner", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
            [
                "COLLECTION ROUTE CARD — {Saturday|this week} — runner: you ({your own|your real} ID at the counter)\nOrders: {4|6|8} \"buy online, pick up in store\" orders {placed by the team|we place} {in your name|under your name} at {Best Buy|Apple|Target|Home Depot}: {iPhones|MacBooks|gift cards|power tools}, {paid with cards|paid by cards} {we get from a supplier|that aren't ours}\nAt the counter: show {the pickup code|the order email} and your ID, {sign|sign the screen}; {if|when} the clerk {asks for the card|wants the card holder}, {say|tell them} it's {your boss's order|a company order} and {leave|walk out}\nDrop: {leave the boxes|hand the bags} {in the locker|to the driver} {we text you|we send}, {unopened|sealed}\nPay: ${50|80} an order, ${100|150} {bonus|extra} for {a full route|all stops}; {don't ask|no need to know} whose cards paid",
                "{Weekend gig|Easy cash}: {pick up|collect} {online orders|\"pick up in store\" orders} {we place|placed by our team} {in your name|under your name} at {Best Buy|Apple|Target}, {show your ID|ID at the counter}, {hand the boxes|drop the bags} to our driver. ${50|80} per order. {Don't ask|No need to know} {who paid|whose cards paid}. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("hk-trip-itinerary",
        [
            "【过关行程单 Itinerary】{日期|出发} Date：{周六|<d>月<d>日}　{口岸|过关} Port：{罗湖|福田|深圳湾}　{领队|导游} Guide：<company>{旅行社|国旅}{小<surname>|<surname>导}（{导游证|证号} <d><d><d><d>）\n{行程|安排} Plan：{海洋公园|迪士尼|尖沙咀}{一日游|观光}；{需要的|想用的}{团友|游客}{可|自行}{在|到}{便利店|电讯店}{买|办}{一张|1张}{香港储值卡|香港电话卡}{自己用|本人使用}，{按规定|按香港规定}{用本人证件|本人}{实名登记|登记} ✔\n{提醒|注意} Note：{卡|电话卡}{自己|本人}{保管|使用}，{不替|不为}{别人|他人}{登记|办卡}，{不转交|不借给}{任何人|陌生人} ✔ (register only your own card)",
            "【{香港|口岸}{警方|出入境}{提醒|提示}】{香港|港}{储值卡|电话卡}{须|要}{实名登记|用本人证件登记}。{近期|最近}{有人|有团伙}{包车费|出路费}{组织|带}{内地居民|旅客}“{一日游|过关}”，{用|拿}{他们的|旅客的}{证件|通行证}{登记|办}{一批|多张}{香港电话卡|储值卡}{后|再}{收走|拿走}，{转给|卖给}{诈骗团伙|骗子}{打电话|发短信}——{为他人|替别人}{登记|办}{电话卡|储值卡}{并|再}{转交|出售}，{可能|或}{构成|触犯}{帮信|犯罪}。{只给|只为}{自己|本人}{登记|办卡}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("parcel-privacy-handover",
        [
            "【数据交接单 Data Handover】{日期|时间} Date：{<d>月<d>日|本周}　{网点|站点} Outlet：<company>{快递驿站|代收点}　{交接人|经办} Clerk：{小<surname>|<surname>站长}\n{内容|数据} Records：{已签收|过期}{面单|取件记录}{<d>00张|一百多张}，{收件人|取件人}{电话|手机号}{为|是}{隐私号|中间四位隐藏} ✔，{交|移交}{总部|公司}{销毁|粉碎} ✔\n{系统|后台} System：{导出|下载}{权限|功能}{仅|只有}{站长|主管}{有|可用}，{不拍照|不截图}{不外传|不转发} ✔ (no photos, no exports)\n{提醒|备注}：{有人|如有人}{出钱|按条}{收|买}{收件人信息|面单照片}，{拒绝|不卖}{并|，}{报告|上报}{公司|派出所}",
            "【{邮政管理|快递行业}{提醒|提示}】{有人|不法分子}{按条|几毛钱一条}{收购|高价收}{驿站|网点}{员工|店员}{拍的|导出的}{面单|取件信息}（{姓名、电话、地址和买了什么|收件人信息}），{拿去|用来}{冒充|假扮}{客服|快递员}{打电话|联系}{说|称}“{商品有问题|快递丢了}{要退款|要理赔}”{骗钱|实施诈骗}——{卖|提供}{这些|收件人}{信息|数据}{是|属于}{侵犯公民个人信息|帮信}。{面单|取件记录}{请|要}{用隐私号|打码}，{不拍|不传}{收件人信息|面单}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("labour-export-referral",
        [
            "【人员推荐表】{推荐|经办}：<company>{对外劳务合作|外派劳务}{部|中心}{小<surname>|<surname>老师}　{岗位|职位}：{新加坡|日本|德国}{护理|建筑|制造}{岗位|工人}　{本批|这批}：{<d>人|十来人}\n{手续|资质}：{公司|我司}{持有|有}《对外劳务合作经营资格证书》 ✔，{雇主|用人单位}{经|由}{使馆|商务部门}{核实|备案} ✔，{工作签证|工作许可}{齐全|办好} ✔\n{合同|说明}：{劳务合同|雇佣合同}{本人|工人}{签字|亲自签} ✔，{护照|证件}{本人|自己}{保管|留着}，{不收|不另收}{押金|中介费}\n{提醒|备注}：{凡是|如有人}{说|承诺}“{东南亚客服|打字员}{月薪过万|包机票}”{却不签合同|还要收走护照}的，{多半|都是}{骗人去|拉人去}{诈骗园区|电诈窝点}，{请|要}{拒绝|报警}",
            "【{驻外使馆|领事保护}{提醒|提示}】{近期|最近}{有人|有不法中介}{在|通过}{网上|社交软件}{以|用}“{高薪|海外客服|网络打字员}”{招人|为名}，{包|报销}{机票|路费}，{把|将}{求职者|年轻人}{从|经}{边境|第三国}{带去|送去}{东南亚|缅甸、柬埔寨}{诈骗园区|电诈窝点}，{收走|扣下}{护照|手机}{逼|强迫}{他们|人}{诈骗|干活}；{给|帮}{这种|这些}{中介|公司}{推荐人|介绍人}{收人头费|拿介绍费}，{是|属于}{帮信|违法犯罪}。{出国务工|出境工作}{请|要}{找|认准}{有资质的|持证的}{外派企业|劳务公司}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-enrollment-records",
            [
                "DEVICE ENROLLMENT — {IT Help Desk|Company IT} — employee: {Jamie|Luis|Kim} {R.|T.|W.} ({company-issued|work} phone, <company>)\nSetup: {enrolled|registered} in {the company's|our} {device management|MDM} ✔; {work apps|approved apps} from the managed store only ✔; {no|never any} {APKs from links|sideloaded apps}\nTexting: {appointment reminders|customer texts} go only {from|through} the company's {registered|verified} {business number|texting platform} ✔, {customers|clients} {opted in|agreed} ✔, {STOP|opt-out} {honored|works}\nNote: {never|don't} install an app that {pays you to send texts|\"earns\" from your SIM} {from your phone|through your number} — {those apps|they} send {scam texts|phishing links} {in your name|from your number}; {tell IT|report it}",
                "COLLECTION ROUTE CARD — {Store #<d><d><d>|pickup desk} — associate: {Maria|Tom|Aisha} (badge <d><d><d><d>)\nOrders: {12|20} \"buy online, pick up in store\" orders {today|this shift}; each {pickup|customer} {shows|presents} a {photo ID|government ID} that {matches|is} the {name on the order|cardholder's name} ✔\nChecks: {orders flagged|high-value orders} {held|put on hold} for the {card holder|buyer} to {confirm|verify} ✔; {a third party|someone else} {picks up|collects} only with the {buyer's|cardholder's} {written OK|authorization in the app} ✔\nNote: people {paid|hired} to {collect|pick up} {other people's|strangers'} orders {in their own name|with their own ID} {are|may be} {moving goods bought with stolen cards|part of card fraud}; {we refuse|refuse} and {call loss prevention|tell a manager}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("village-wall-painter", JobAdAudience.Unemployed,
        [
            "【墙体广告施工单】{单号|编号}：QT<d><d><d><d>　{施工|刷墙}：<company>{广告部|施工队}{<surname>师傅|小<surname>}　{地点|片区}：{<city>周边|城郊}{村里|乡镇}{临街|路边}{墙面|外墙}{<d>面|十来面}\n{内容|字样}：“{宽带进村 光纤入户|惠农卡 村口就能取款|5G信号 覆盖到村}”（{客户|运营商}{提供的|定稿的}{设计稿|样稿} ✔）\n{手续|许可}：{房主|户主}{签|已签}{墙面使用协议|同意书} ✔，{村委|镇上}{盖章|备案} ✔，{每面|墙面}{租金|补贴}{50|100}元{转给|打给}{房主|户主}{本人|自己}\n{验收|完工}：{拍照|拍视频}{上传|交给}{项目主管|客户}，{工钱|工资}{按面|按月}{结算|发放}到{施工员|师傅}{本人|自己的}{银行卡|工资卡}",
            "<company>{招|招聘}{墙体广告施工员|刷墙师傅}：{按|根据}{设计稿|样稿}{在|到}{乡镇|村里}{墙面|外墙}{刷|喷}{运营商|银行|农资}{广告|标语}，{会|能}{用|描}{模板|镂空板}，{能|可}{跑|下}{乡镇|农村}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("liquor-shop-clerk", JobAdAudience.General,
        [
            "【提货单】{单号|编号}：TH<d><d><d><d>　{店|门店}：<company>{烟酒店|名酒行}　{经办|店员}：{小<surname>|<surname>姐}　{客户|订货方}：<company>{行政部|工会}\n{收款|货款}：{客户|公司}{对公转账|从对公账户}{付款|汇款}{<d>笔|一笔}，{付款人|户名}{与|和}{订货单位|合同}{一致|相符} ✔，{开具|开好}{发票|增值税发票} ✔\n{出货|提货}：{年货|员工福利}{白酒|礼盒}{<d>箱|十来箱}，{提货人|经办人}{出示|核对}{工作证|单位介绍信} ✔，{签字|签收} ✔\n{备注|说明}：{本店|门店}{不做|不接}“{高价卖出再低价回收|代收陌生人转账}”{的|这种}{生意|单子}",
            "<company>{招|招聘}{烟酒店店员|名酒行导购}：{负责|主要负责}{接待|招呼}{顾客|客户}、{收款|收银}{开票|对账}{和|、}{出货|提货}{登记|核对}，{熟悉|了解}{酒水|烟酒}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("receipt-setup-manager", JobAdAudience.General,
        [
            "【小票设置单】{门店|店名}：<company>{奶茶店|快餐店|便利店}　{设备|打印机}：{收银小票机|外卖打单机}　{设置|操作}：{店长|<surname>店长}\n{改动|设置}：{小票|单子}{底部|末尾}{加印|加一行}“{扫码入会 积分抵现|扫码评价 下次9折}”{和|加}{本店|品牌}{公众号|小程序}{二维码|码} ✔（{总部|品牌}{统一|审核}{下发|提供}）\n{核对|检查}：{二维码|链接}{指向|打开}{本店|品牌}{会员页|官方页面} ✔，{不放|不加}{第三方|外部}{广告|链接} ✔\n{完成|结果}：{打印|试打}{一张|几张}{核对|确认} ✔，{签字|确认}{交给|交回}{总部|区域经理}",
            "<company>{招|招聘}{门店店长|收银员}：{负责|主要负责}{收银|点单}、{打印|核对}{小票|外卖单}、{会员|积分}{登记|办理}{和|、}{门店|日常}{管理|运营}，{会用|熟悉}{收银系统|打单机}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
