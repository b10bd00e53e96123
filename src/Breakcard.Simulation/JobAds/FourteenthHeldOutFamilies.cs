namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The fourteenth held-out families (round 14), the development set in round 15 (ADR 307) and training families since round 16 (ADR 318); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 13's families became the development set and before any change prompted by them (ADR 290).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — warehouse packers paid per thousand to slip "刷单返利" and "好评返现"
/// QR cards into customers' parcels behind the shop's back (advertising), screening the gang's lists
/// of strangers' numbers for WeChat and Alipay with one's own logged-in account (筛号, other technical
/// support), a net café or e-sports hotel's night staff hosting a crew without real-name log-in, on
/// collected ID cards, with the cameras off and a broadband line in one's own name (internet access),
/// "代充" of strangers' phone, power and fuel-card bills with money that lands in one's own Alipay
/// (payment settlement), lending one's electronic business licence as "经办人" and one's face to
/// certify WeCom, official and Douyin enterprise accounts for others (helping others pass real-name
/// checks; internet accounts), selling old phones "带号整机" with the SIM inside and WeChat, Alipay
/// and the bank app still logged in (payment accounts and phone cards, with the device the bank
/// trusts), setting one's own number's call forwarding to the gang's line (communication
/// transmission), and an English "package inspector" who receives goods bought with others' cards
/// and reships them (other help) — and honest texts on the same acts in the same forms: a shop
/// warehouse's packing work order that slips in only the shop's own after-sales card with its
/// anti-fraud line, an IT department's changelog of a tool that checks only the company's own
/// consenting members' numbers and its on-duty questionnaire on the company hotline's forwarding, a
/// licensed bill-payment point's ledger, an English forwarding company's manifest; new plain jobs of
/// the same shape (a net café night manager who logs each customer in on his own ID card, an English
/// trade-in inspector who takes phones only logged out and wiped, an agency clerk whom client
/// companies authorise for their own filings). They are written as packing work orders, changelogs,
/// booking confirmations, ledgers, authorisation letters, recycling registration slips, online
/// questionnaires and manifests, forms earlier families did not use; risky and honest texts share
/// every one of them, and the honest texts name cards, accounts, SIMs, IDs, face verification,
/// codes, payments, transfers and collections in the same words as the risky ones, so neither the
/// form nor the vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md;
/// since round 15 they are tuned on, never trained on.
/// </summary>
internal static class FourteenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("parcel-card-inserter", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "【打包作业单】批次：{DB|PK}-<d><d><d><d>　仓位：{<city>电商仓|城郊云仓|代发仓}\n作业内容：{每个包裹|每单}{塞|放}一张{“好评返现”卡|“免费领取”小卡片|“刷单返利”卡}，卡上的{二维码|企业微信码}是{老板|“客服”}给的，{扫码|加微信}进群{做任务|领返利}\n数量：{3000|5000|8000}张/天　单价：{每千张|一千张}{80|100|150}元，{当天结|日结}，{打到你微信|转你银行卡}\n要求：{卡片夹在发票下面|塞在商品盒里面}，{别让仓管看见|仓管来了先收起来}；{店铺|商家}不知道，{别跟店家说|不要和客服提}\n备注：{有顾客投诉|平台查}就说{不知道哪来的|是快递员放的}，{卡用完|印完}{找我|私聊}<handle>",
            "{招|急招}{打包员|仓库打包}兼职，{在仓库|在快递站}{顺手|打包时}{塞卡片|放小卡片}就行：{每个|每单}包裹{塞|夹}一张{“扫码领红包”|“好评返现”|“刷单返利”}卡，{顾客|收件人}{扫码|加微信}进群{做任务|领返利}，{一千张|每千张}{100|120}元，{日结|当天结}。{卡片|二维码}我们{寄给你|印好送来}，{店里|商家}{不用知道|别说}，{被发现|仓管问}就说{顾客自己的|不知道}。{私聊|详聊}<handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("number-list-screener", JobAdScheme.PhoneCards, JobAdAudience.Students,
        [
            "【{筛号助手|号码检测}{更新日志|更新说明}】v{2|3}.<d>.<d>\n新增：{导入|批量导入}{号码包|料}后{自动检测|一键检测}{是否开通微信|微信开通}、{支付宝|绑卡}{状态|情况}，{按|分}{年龄|性别|地区}{分组|导出}\n修复：{检测|跑号}{太快|频繁}被{封号|限制}，{现在|改为}{轮换|切换}{小号|手机卡}\n兼职{跑号员|筛料员}：用{你自己的|本人}{手机号|微信}{登录|挂}{检测端|软件}，{每一万条|一万个号}{结|给}{30|50|80}元，{号码包|料子}{我们发|老板给}，{来源|哪来的}{别问|不要问}；{微信被封|号被封}{换你家人的|再注册一个}\n联系<handle>",
            "{在家|宿舍}{挂机|挂软件}{兼职|赚钱}：{帮我们|帮老板}{筛号|跑号}，{把|将}{号码包|几万个手机号}{导入|放进}软件，{看|检测}{哪些|哪个}{开了微信|开通了支付宝|是空号}，{筛好的|有效的}{导出|发给}我们{做“客户”|给“业务员”打}。{一万条|每万条}{50|80}元，{日结|当天结}，{需要|要}{用你自己的|你本人}{微信|手机号}{登录|扫码}检测端，{封了|被封}{换一个|找同学的}。{号码|料}{哪来的|做什么}{别问|不用管}。<contact_risky><handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("netcafe-crew-host", JobAdScheme.IdentityLending, JobAdAudience.Unemployed,
        [
            "【{包间|包房}预订确认】预订号：{BK|YD}<d><d><d><d>\n{房型|包间}：{电竞五连坐|六人包房|十连坐}，{机器|电脑}{10|15|20}台，{包月|包周}\n{入住|上机}：{夜里|晚上}{10点|11点}到{早上|次日}{8点|6点}\n{登记|实名}：{不用|不要}{他们的|客人的}身份证，{用|刷}{我们给你的|收来的}{身份证|临时卡}{上机|开机}，{一台|每台}{一张|换一张}，{监控|摄像头}{这几天|晚上}{关掉|拔掉}\n{费用|价格}：{包间|房费}照{付|给}，{另给你|额外}{每晚|一晚}{500|800}元{辛苦费|现金}；{网络|宽带}{不够|卡}{你用你名字|用你身份证}{再拉一条|加一条}{宽带|专线}\n备注：{他们|客人}{做什么|干什么}{别问|不用管}，{警察|网警}{来查|问}就说{打游戏的|朋友包场}，{上网记录|日志}{每天|早上}{清|删}",
            "{招|找}{网吧|电竞酒店}{夜班|夜班网管}{合作|兼职}：{我们|老板}有{一伙人|几个团队}要{长租|包月}{包间|几台机器}，{上机|开机}{不登记|不刷}{他们的|本人}身份证，你{用收来的|用别人的}身份证{帮开|开机}就行，{监控|摄像头}{晚上关掉|拔一下}，{宽带|网速}不够{用你的名字|用你身份证}{再办|加}一条。{每晚|一晚}{500|800}{现金|元}，{上网记录|日志}{每天清|早上删}。{问|查}起来就说{打游戏|包场}。<contact_risky>{<handle>|<phone>}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("bill-topup-washer", JobAdScheme.PaymentSettlement, JobAdAudience.Parents,
        [
            "【{记账本|我的账本}】{11|12}月{<d>|1<d>}日\n{收|入} {3000|5000|8000}元　{陌生人|“客户”}{转到|打到}{我的|本人}{支付宝|微信|银行卡}\n{付|出} {2980|4960|7940}元　按{群里|派单}{给的|发来的}{号码|户号}{代充话费|交电费|充加油卡}{<d>笔|十几笔}，{一单|一笔}{100|200|500}元\n{赚|佣金} {20|40|60}元（{千分之五|百分之一}）\n备注：{钱|款}{必须|要}{马上|十分钟内}{充出去|付出去}，{不能|别}{留在卡里|过夜}；{卡被冻|账户被限制}了{换|用}{我老公的|家人的}{支付宝|卡}{接着做|继续}；{派单的|老板}说{银行|警察}{问|打电话}就说{帮朋友充话费|替亲戚交电费}",
            "{宝妈|在家}{副业|兼职}：{代充话费|代交电费|代充加油卡}，{客户|别人}{把钱|钱}{转到你的|打到你}{支付宝|微信|银行卡}，你{按|照}{群里|派单}{发的|给的}{号码|户号}{马上|立刻}{充出去|交掉}，{每单|一单}{赚|拿}{千分之五|百分之一}{佣金|差价}，{一天|每天}{流水|能跑}{几万|三五万}。{钱|款}{不能|别}{过夜|留卡里}，{卡被冻了|账户受限}{换家人的|再换一张}{接着做|继续}。{不用|无需}{本钱|垫钱}。<contact_risky>{<handle>|<phone>}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("e-licence-lend", JobAdScheme.CorporateAccounts, JobAdAudience.Unemployed,
        [
            "【授权书】\n授权人：{<surname>某|本人}（{个体户|小微企业}<company>{法定代表人|经营者}）\n被授权人：{“运营公司”|<surname>经理|“合作方”}\n授权事项：在{电子营业执照|“电子营业执照”小程序}{添加|授权}{被授权人|对方}为{经办人|管理员}，{用|拿}{本企业|我的}执照{认证|开通}{企业微信|公众号|抖音企业号|小程序}{<d>个|若干}，{认证时|人脸核验}由{授权人本人|我}{刷脸|扫脸}\n期限：{三个月|半年}，{每个号|一个认证}{300|500|800}元，{续期|到期}{另算|再给}\n备注：{账号|认证后的号}{归对方用|登录信息交给对方}，{用来做什么|发什么内容}{不过问|不用管}；{平台|工商}{回访|打电话}就说{是自己公司在用|自己运营}，{被封|被处罚}了{再认证新的|换个名字再开}",
            "{有|名下有}{营业执照|个体执照}的{来|看过来}：{不用|无需}{给执照原件|交证件}，{只要|只需}在{电子营业执照|“电子营业执照”小程序}里{把我们|添加我们}{设为|加为}{经办人|管理员}，{认证|开通}{企业微信|公众号|抖音企业号}时{你|本人}{刷个脸|扫个脸}，{一个号|每个认证}{300|500|800}元，{认证越多|开得越多}{越赚|给得越多}。{号|账号}{我们|团队}{自己用|运营}，{做什么|发什么}{不用管|别问}，{平台|工商}{回访|打电话}就说{自己在用|自己公司的}。<contact_risky><handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("whole-phone-seller", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "【{旧手机|二手机}回收登记单】单号：{HS|JS}<d><d><d><d>\n{机型|型号}：{苹果|华为|小米|OPPO}{一台|任意型号}，{成色|新旧}不限\n{要求|必须}：{手机卡|电话卡}{别拔|留在机器里}，{微信|支付宝|手机银行}{保持登录|别退出}，{不要|别}{恢复出厂|清数据}，{银行卡|卡}{别解绑|绑着就行}，{锁屏密码|支付密码}{写在|填到}{背面|备注}\n{回收价|价格}：{带号整机|整机带卡}{800|1000|1500}元，{比|高于}{市场价|回收店}{高|多}{几倍|三五百}\n{交付|寄出}：{顺丰|快递}{寄到|发往}{<city>|指定地址}，{收到|验号}{后|以后}{秒结|当天结}\n备注：{有人问|银行打电话}就说{手机丢了|自己在用}，{卡被停|号被封}{不要挂失|别去营业厅}",
            "{高价收|收}{旧手机|二手手机}，{要求|但是}{整机带卡|带号}：{手机卡|电话卡}{留在里面|别拔}，{微信|支付宝|手机银行}{不要退出|保持登录}，{银行卡|卡}{别解绑|不用解绑}，{不要|别}{清数据|恢复出厂}。{一台|每台}{800|1000|1500}元，{比回收店|比市场价}{高得多|多几百}，{顺丰到付|快递寄出}{验号|验完}{秒结|当天转}。{学生|宿舍}{闲置的|换下来的}{都收|全要}，{银行|运营商}{问|打电话}就说{手机丢了|自己在用}。<contact_risky>{<handle>|<phone>}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("call-forward-lend", JobAdScheme.PhoneCards, JobAdAudience.Parents,
        [
            "【{宝妈副业|居家兼职}报名｜在线问卷】\n1. 你的手机号{实名|用了}{满两年|两年以上}吗？ ○是 ○否\n2. {能否|愿不愿意}{把号码|用你本人手机号}{设置|开通}呼叫转移（{拨|按}**21*{我们给的号码|客服号}#）？ ○能 ○不能\n3. {家人|老公、父母}的{号|手机号}{能否|可以}{一起设置|也设}？ ○可以（{每个号|一个号}{多给|加}{50|100}元） ○不可以\n4. {运营商|营业厅}{回访|打电话核实}时，你会说：○{自己设的，转给家里人|转给自己另一台手机} ○实话实说（{选这个|选此项}{不予录用|不通过}）\n说明：{转过来的|打进来的}电话{由我们|我们客服}{接|来接}，{你|本人}{不用接|不用说话}，{每天|一天}{100|150|200}元，{日结|一周一结}；{号码被停|停机}了{换一个号|换家人的号}{接着做|继续}",
            "{宝妈|在家}{副业|兼职}：{只要|仅需}{把你的|你的}手机号{设置|开通}呼叫转移，{转到|转接到}我们{客服|业务}的号码上，{不用|无需}{接电话|说话}，{手机照常用|不影响你用}，{每天|一天}{100|150}元，{日结|当天结}。{要求|需}{实名两年以上的号|用了两年以上的老号}，{家里人的号也收|越多越好}，{运营商|营业厅}{问|打电话核实}就说{自己设的|转给家人}，{停机了|号被停}{换个号|换家人的}{接着做|继续}。<contact_risky>{<handle>|<phone>}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-reshipper", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "MANIFEST — {Inbound|Incoming} {batch|lot} #<d><d><d> — {\"Logistics Assistant\"|\"Quality Inspector\"} (home-based)\n{Box 1|Parcel A}: {iPhone 16 Pro ×2|MacBook Air ×1|gift cards ×20} — {ordered by \"clients\"|bought online} {in other people's names|with cards that aren't yours}\n{Box 2|Parcel B}: {AirPods ×5|Nintendo Switch ×3|designer bags ×2}\nInstructions: take the goods out, {throw away|destroy} the {invoices|receipts and packing slips}, {repack|put them} in plain boxes and {ship|post} them with the {prepaid labels|labels} we email you to {the forwarding address|our warehouse abroad}\nPay: {$30|£25} per parcel, {weekly|every Friday} {in USDT|by bank transfer}; receive everything in your own name at your own address; if the {courier|shop}, {the police|your bank} or anyone asks, say you {bought them yourself|are sending gifts to family}",
            "{Work from home|Remote} {\"package inspector\"|\"reshipping coordinator\"} 居家收包裹兼职 for students abroad: {receive|accept} {parcels|packages} at your {address|flat} in your own name, {take out the invoices|remove the receipts}, {relabel|repack} and {reship|send them on} with the labels we email. {$30|£25} per parcel, {paid weekly|weekly pay}. 包裹里是手机、电脑、礼品卡，都是客户下的单，别问谁付的款。{If the courier or your bank calls, say they're gifts for family|If anyone asks, you bought them yourself}. DM <handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.HardNegative("parcel-insert-workorder",
        [
            "【打包作业单】批次：{DB|PK}-<d><d><d><d>　仓位：<city>{优选|好物|家居}旗舰店{电商仓|自营仓}\n作业内容：{每个包裹|每单}{放|夹}一张{本店售后卡|品牌保修卡}，卡上是{本店官方客服|店铺官方}{二维码|电话}和{“本店不会以刷单、返现为由让您加微信或转账”|“任何要求您扫码进群做任务、垫付返利的都是诈骗”}的提示\n数量：{随单|按订单}{3000|5000}张/天　{计件|按件}{0.1|0.15}元/单，{月底|次月10日}{随工资发|打到工资卡}\n要求：{只放|只能放}{公司|店铺}{统一印制|发放}的卡片，{发现|看到}{来历不明的|不是本店的}{卡片|二维码}{交给|上报}{仓管|主管}，{不得|禁止}{私自|替别人}{夹带|塞}任何东西\n备注：{顾客|客户}{问|咨询}返现，{一律|统一}{请他|让他}{走平台售后|联系官方客服}，{不加个人微信|不收个人转账}",
            "<city>{优选|好物|家居}旗舰店{招|诚聘}{仓库打包员|电商打包员}{数名|3名}：{按订单|根据拣货单}{打包|装箱}，{随单|每单}{放入|夹入}{本店售后卡|保修卡}（{写明|印有}“本店不会让您扫码进群刷单返利”），{核对|清点}{快递单|面单}；{遇到|发现}{有人|外人}{让你|找你}{往包裹里|在包裹里}{塞卡片|夹小卡片}{立即|马上}{报告主管|报告仓管}。<salary_month>，{计件另算|有计件提成}，<benefits>，<hours>。{联系|报名}<phone>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("telecom-admin-docs",
        [
            "【{客户号码核验|会员号码清洗}工具{更新日志|更新说明}】v{2|3}.<d>.<d>\n新增：{导入|上传}{本公司|本店}{会员|客户}{名单|号码}后{核验|检测}{是否空号|是否停机}，{只|仅}{核验|处理}{已授权|同意接收通知}的{会员|客户}，{不检测|不提供}{微信|支付宝}{开通|绑卡}{情况|状态}\n修复：{退订|拒收}{的号码|用户}{没有|未}{自动删除|移出名单}，{现在|改为}{当天|立即}{删除|移除}\n说明：{外来|来历不明的}{号码包|名单}{一律不接|禁止导入}，{登录|使用}{须用|要用}{公司|工作}账号，{不要|禁止}{用个人微信|用你自己的手机号}{登录|扫码}；{问题|需求}{找|联系}{信息安全部|IT部}<email>",
            "【{节假日值班|夜间值班}登记｜在线问卷】\n1. {值班用|你值班用}的{公司手机号|工作手机}是{公司名下|单位实名}的吗？ ○是 ○否（{请找|先找}{行政|IT部}{领|申领}{工作卡|公司号码}）\n2. {客服热线|公司总机}{下班后|值班时}{已|是否已}{设置|开通}呼叫转移{到|至}{值班手机|公司手机}？ ○已设置 ○{需要|请}IT{协助|帮忙}\n3. 你{是否|有没有}{把个人手机号|用你自己的手机号}{设置过|开过}{转到|转给}{外部|陌生}号码的呼叫转移？ ○没有 ○有（{请|需}{马上|立即}{拨##21#取消|取消}并{告诉|报告}{信息安全部|IT部}）\n说明：{外面|有人}{出钱|给钱}{让你|请你}把{手机号|号码}{转给|转接到}{陌生号码|他们的号}，是{在帮诈骗接电话|帮诈骗团伙冒用你的号}，{请拒绝并报告|一律拒绝}；{值班|加班}{补贴|费}{随工资发|按制度发}",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("bill-payment-ledger",
        [
            "【{记账本|便民缴费点账本}】{11|12}月{<d>|1<d>}日\n{收|入} {3000|5000|8000}元　{居民|街坊}{在柜台|到店}{交|缴}{话费|电费|燃气费}，{现金|扫}{门店|店里的}{收款码|对公码}\n{付|出} {3000|5000|8000}元　{通过|在}{缴费系统|代理平台}{逐笔|一笔笔}{缴|交}到{居民|缴费人}{本人的|自己的}{户号|号码}\n{赚|手续费} {按合同|代理佣金}{月结|每月}{由|从}{电力公司|运营商}{结给|打到}{门店|店铺}{对公账户|账户}\n备注：{只给|只为}{到店的|本人来的}{居民|用户}{缴费|充值}，{不接|拒绝}{网上|陌生人}{转账|打款}{让我们|要求}“代充”，{有人|谁}{说|要求}{“钱转你，帮我充出去”|“帮忙走一下账”}{一律拒绝|那是洗钱}",
            "<city>{惠民|邻里|幸福里}{便民缴费点|社区超市}{招|诚聘}{收银员|缴费员}：{为|给}{到店的|来店的}{居民|顾客}{代缴|办理}{话费|电费|燃气费|加油卡充值}，{钱|款}{收进|进}{门店|店里}{收款码|对公账户}，{逐笔|每笔}{开|打}{收据|小票}，{日终|每天}{对账|核对流水}；{不得|禁止}用{个人|自己的}{支付宝|微信|银行卡}{收款|收钱}，{不接|拒绝}{网上陌生人|外人}{转账|打款}“代充”。<salary_month>，<benefits>，<hours>。{联系|面试}<phone>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-forwarding-manifest",
        [
            "MANIFEST — {Outbound|Consolidated} {batch|lot} #<d><d><d> — {ParcelBridge|ShipHome|EastWest} Forwarding Ltd\n{Box 1|Parcel A}: {iPhone 16 ×1|laptop ×1|clothes ×6} — {bought by|ordered by} {registered member|customer} #<d><d><d><d> with {his|her} own card, {invoice attached|receipt kept with the parcel}\n{Box 2|Parcel B}: {books ×10|cosmetics ×4|shoes ×2}\nInstructions: {check|match} each parcel against the {member's|customer's} {ID-verified account|verified account}; {keep|never remove} the invoices; {refuse|reject} parcels {addressed to|for} {people who aren't members|anyone not on our member list}\nNote: if a stranger {pays you|offers you money} to receive parcels at home and reship them with labels they send, {that is reshipping fraud|you are helping launder stolen goods} — {tell us|report it to the police}",
            "{Warehouse associate|Parcel forwarding assistant} 转运仓库助理 at a {licensed|registered} forwarding company: {receive|sort} members' parcels, {match each one to|check each one against} the {member's own verified account|ID-verified member who bought it}, {weigh and label|repack} them for shipping and keep the invoices {with the goods|attached}. 只处理会员本人下单的包裹，不收陌生人寄来让转寄的包裹；有人让你在家代收代寄、删发票，那是诈骗。{£11.80|$17} an hour, {day shift|weekdays}. Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("netcafe-night-manager", JobAdAudience.General,
        [
            "【{包间|包房}预订确认】预订号：{BK|YD}<d><d><d><d>\n{房型|包间}：{电竞五连坐|六人包房|双人房}，{机器|电脑}{2|5|6}台\n{入住|上机}：{晚上|今晚}{8点|9点}到{次日|早上}{8点|10点}\n{登记|实名}：{每位|每个}{上机人员|客人}{刷本人身份证|出示本人身份证}{上机|开机}，{一人一证|一证一机}，{不得|不能}{借用|用}他人身份证；{未成年人|未满18周岁}{不得入内|谢绝入住}\n{费用|价格}：{房费|网费}{按|照}{标价|门店价}，{押金|预付}{扫|在}{门店|前台}{收款码|POS机}{付|交}\n备注：{发现|如遇}{多台机器|一群人}{集中|同时}{登录网银|转账|用别人身份证}，{前台|网管}{会|将}{报警|按规定上报}；{上网日志|监控}{按规定|依法}{保存60天|留存}",
            "<city>{极光|星际|零点|蓝海}{电竞酒店|网咖}{招|诚聘}{夜班网管|前台夜班}：{为|给}{客人|每位顾客}{刷本人身份证|核对身份证}{开机|上机}，{一人一证|人证一致}，{不给|禁止}{借证上机|用别人身份证开机}，{负责|维护}{宽带|网络}{和|与}{监控|摄像头}，{上网日志|监控录像}{按规定|依法}{保存|留存}；{遇到|发现}{包间|客人}{多人|集中}{用别人的身份证|操作网银转账}{及时|立即}{上报|报警}。<salary_month>，{夜班补贴|包住}，<hours>。{电话|联系}<phone>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-tradein-inspector", JobAdAudience.General,
        [
            "TRADE-IN FORM — No. TI-<d><d><d><d> — {Riverside store|High Street branch|Mall kiosk}\nDevice: {iPhone|Samsung Galaxy|Pixel} ({any model|any condition})\nBefore we accept it: SIM card {removed by you|taken out in front of you}; WeChat, Alipay, PayPal and banking apps {logged out|signed out}; bank cards {unbound|removed} from the wallet; {Find My|the device lock} turned off; {factory reset|full wipe} done {at the counter|in front of you}\nPrice: {£80|£120|£200} {as store credit|by bank transfer} to {an account in the seller's own name|the seller's own card}, paid from the company account\nNote: photo ID {checked|required}; we never buy a phone with accounts still logged in — {if someone offers you more for your phone \"with the SIM and apps still in it\", that is how fraud gangs get accounts|a buyer who wants your SIM and banking apps kept on is buying your accounts, not the phone}",
            "{Trade-in|Device} inspector wanted at {a phone repair chain|our phone shop} ({full-time|part-time}): {check|test} {trade-in phones|used devices}, make sure the SIM card is removed, {WeChat, Alipay and banking apps|all payment and bank apps} are logged out and bank cards unbound, {wipe|factory reset} each device in front of the customer, {check the seller's ID|verify photo ID} and pay {only|only ever} to an account in the seller's own name. Report anyone trying to sell {phones with accounts still logged in|phones \"with the SIM and apps kept on\"}. {£11.50|£12} an hour, {training given|no experience needed}. Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("licence-agent-clerk", JobAdAudience.General,
        [
            "【授权书】\n授权人：<company>（{法定代表人|经营者}<surname>{先生|女士}）\n被授权人：{代账公司|本代账公司}{经办人|专员}<surname>{会计|专员}\n授权事项：在{电子营业执照|“电子营业执照”小程序}{授权|添加}被授权人为{经办人|办税员}，{代为|帮本企业}{办理|提交}{年报|税务登记|本企业的企业微信认证}，{认证|开通}的{企业微信|公众号}{归本企业|由本企业自己}{使用|运营}，{人脸核验|刷脸}由{法定代表人|授权人}{本人|亲自}{完成|在手机上做}\n期限：{本次业务办完|办结}{即|后}{取消授权|解除}，{授权人|本企业}{可随时|随时可}在小程序里{撤销|取消}\n备注：{代账公司|被授权人}{不保管|不接触}{本企业|企业的}{U盾|网银|登录密码}，{不得|不会}{用本执照|以本企业名义}{为他人|给别人}{认证账号|开户}",
            "<city>{汇|鑫|诚}{信|达|通}财税服务有限公司{招|诚聘}{工商代办专员|企业服务专员}：{帮|为}{客户企业|小微企业}{办理|代办}{执照|年报|税务登记}{和|及}{客户自己的|企业自己的}{企业微信|公众号}{认证|开通}，{客户|企业}在{电子营业执照|“电子营业执照”小程序}里{授权|添加}你为{经办人|办事人}，{刷脸|人脸核验}{由|要}{法定代表人|老板}{本人|自己}{做|完成}，{办完|办结}{取消授权|解除授权}；{不保管|不碰}{客户|企业}的{U盾|网银|执照原件}，{不得|严禁}{用客户执照|以客户名义}{给别人|替他人}{认证|开号}。<salary_month>，<benefits>。{联系|简历发}<email>",
        ], reserve: JobAdSplit.Training),
    ];
}
