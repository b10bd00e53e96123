namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The sixteenth held-out families (round 16), the development set in round 17 (ADR 341) and training families since round 18 (ADR 349); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 15's families became the development set and before any change prompted by them (ADR 318).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — verifying group-buy vouchers that "customers" bought in bulk at a
/// shop opened on one's own licence, with no customer at the counter, and passing the settlement on
/// (payment settlement through a platform merchant account), lending one's phone and phone card in
/// person for an hour of calls to strangers (communication transmission), opening international
/// roaming on one's own phone cards and mailing them to "the boss" abroad (phone cards), lending
/// one's national network identity credential (网号网证) and one's face so that others' accounts pass
/// real-name checks (helping others pass real-name checks), putting "parasite" pages for gambling and
/// loan sites on a school's or client's website one can log in to (advertising; server hosting),
/// holding the deposits of a guarantee group's trades in card kits in one's own account (payment
/// settlement), renting one's verified company account on a recruitment platform to post "part-time"
/// jobs (internet accounts; advertising), and an English fundraiser page in one's name whose payouts,
/// from donations made with cards "we add", are forwarded abroad (payment settlement) — and honest
/// texts on the same acts in the same forms: a restaurant's voucher log that verifies only customers
/// at the counter, a phone shop's calendar of repairs handed back to their owners and an operator's
/// receipt for a customer's own roaming, a service centre's "一图读懂" on one's own 网号网证, a company's SEO settings sheet for
/// its own website, a housing agency's escrow slip paid into a bank's supervised account, a company's
/// own recruiting account, a registered charity's campaign page. They are written as voucher
/// verification logs, calendar entries (日程), business receipts (业务受理回执), "一图读懂" infographic texts,
/// SEO settings sheets (TDK), escrow slips, platform account cards and campaign pages, forms earlier families did not use;
/// risky and honest texts share every one of them, and the honest texts name cards, accounts, SIMs,
/// IDs, face verification, codes, payments, transfers and collections in the same words as the risky
/// ones, so neither the form nor the vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md;
/// in round 17 they were tuned on, never trained on; since round 18 they are trained on.
/// </summary>
internal static class SixteenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("groupbuy-voucher-redeemer", JobAdScheme.PaymentSettlement, JobAdAudience.Parents,
        [
            "【核销记录】{抖音|美团|点评}团购　门店：{<surname>记小吃|老<surname>面馆|阿<surname>奶茶}（{你本人的|你名下的}个体执照）\n{券码|核销码} <d><d><d><d>****<d><d>　{双人套餐|100元代金券|200元储值券}　{1<d>|2{0|1|2|3}}:{0|1|2|3|4|5}<d> {已核销|核销成功}　到店顾客：{无|未到店}\n{券码|核销码} <d><d><d><d>****<d><d>　{四人套餐|500元代金券}　{1<d>|2{0|1|2|3}}:{0|1|2|3|4|5}<d> {已核销|核销成功}　到店顾客：{无|未到店}\n今日核销 {86|120|64} 张，合计 {4.3万|6.1万|2.8万} 元，{平台|T+1}{结算到|打到}{你的|店铺绑定的}{银行卡|账户}\n说明：{券|套餐}是{“客户”|我们的人}{批量买的|统一下的单}，{你|店里}{只管|在后台}{点核销|核销}，{不用出餐|不用做菜}，{店里不用来人|顾客不会来}；{结算款|货款}到账后{留|扣}{3%|5个点}，{其余|剩下的}{按指示|照群里说的}{转到|转给}{指定账户|“供应商”}；{平台|银行}{问|打电话}就说{生意好|团购卖得好}",
            "{开店的|有个体执照的}{老板|宝妈}看过来：{不用进货|零成本}，{用你|用你本人}{名下的|的}{小店|个体执照}在{抖音|美团}{开团购|上团购套餐}，{“客户”|我们}{每天|每晚}{批量买券|下单买套餐}，你在{后台|商家版}{点核销|核销}就行，{顾客|人}{不到店|不用来}，{不用做菜|不出餐}。{平台结算|结算款}{到你卡上|打到你账户}后{留3%|扣5个点}，{剩下的|其余}{转给|转到}{我们指定的账户|“供应商”}。{钱从哪来|买券的是谁}{别问|不用管}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("phone-lend-caller", JobAdScheme.PhoneCards, JobAdAudience.Students,
        [
            "【日程】{周五|周六|今晚} {19:00|20:00}–{21:00|22:00}　{借手机|“打电话”}\n地点：{学校后门奶茶店|老地方|网吧包间}\n提醒：{提前30分钟|提前1小时}\n备注：{手机充满电|带上手机}，{插|用}{你本人的|你自己的}{手机卡|卡}；{老<surname>|我们的人}{用你手机|拿你手机}{打几个电话|打两个小时电话}，你{坐旁边|在旁边}{看着|玩}，{一小时|每小时}{100|150|200}{现结|当场转你}；{对方是谁|说什么}{别问|不用管}，{走之前|打完}{删通话记录|清记录}；{号被停了|卡被封了}{去营业厅补一张|再办一张}{接着来|照样做}，{营业厅问|有人问}就说{自己打的|手机一直自己用}；{叫上室友|多叫几个同学}，{一个人头|介绍一个}{另给|再给}{50|100}",
            "{有偿借手机|借手机赚钱}：{大学生|学生党}{晚上|课后}{两小时|一两个小时}，{带上|拿着}{你本人的手机和卡|自己的手机}{借给我们的人|给我们}{打电话|打几个电话}，你{坐旁边|在旁边}{看着|陪着}，{一小时|每小时}{100|150}{现结|当场结}，{打给谁|说什么}{不用管|别问}，{打完|结束}{删通话记录|清记录}。{号被停了|卡被封}{去补一张|再办新卡}{照样做|继续}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("roaming-sim-lend", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【业务受理回执】{移动|联通|电信}{营业厅|自有厅}\n业务名称：{国际漫游开通|开通国际及港澳台漫游}\n号码：1{3|5|8}<d>****<d><d><d><d>　机主：{你本人|你自己}\n{受理时间|办理时间}：{11|12}月{1<d>|2<d>}日 {10|14|16}:{0|1|2|3|4|5}<d>\n{备注|用途}：{出境旅游|出国探亲}（{照我们说的填|这样写就行}）\n——{“老板”|介绍人}的{话|交代}：{回执|这张}{拍照发我|拍给我}，{卡|号码}{连同|和}{另外两张|你再办的两张}{新卡|卡}{一起|都}{开好漫游|开漫游}{寄到|快递到}{<city>|我给的地址}，{在国外|在东南亚}{插上用|用}，{一张|每张}{每月|一个月}{500|800}{租金|补贴}；{话费|漫游费}{我们充|公司出}；{卡|号}{别注销|别挂失}，{运营商|营业厅}{回访|打电话}就说{自己出国|家里人在国外用}；{打给谁|干什么用}{别问|不用管}",
            "{在家|闲着}{就能赚|躺赚}：{用你|你本人}{名下的|实名的}{手机卡|电话卡}{开通国际漫游|开境外漫游}，{连卡|卡}{寄给|快递给}{我们|国外的“老板”}{在国外用|插在那边手机上用}，{每张|一张}{每月|一个月}{500|800}{租金|元}，{多办几张|一人三张}{更多|翻倍}。{话费|漫游费}{我们出|公司充}，{运营商|营业厅}{回访|打电话}就说{自己出国|亲戚在国外用}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("cyber-id-lend", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【一图读懂】{网证兼职|领网证}怎么赚钱\n▍是什么：用你本人身份证{加刷脸|和人脸识别}在“国家网络身份认证”APP{开通|申请}{网号|网证}，{把|将}{网证二维码|网证截图}{和|、}{网号|那串号码}{交给|发给}{客服|我们}\n▍怎么赚：{首次|第一次}{300|500}元，{之后|以后}{每认证一个号|每过一个实名}{再给|另加}{20|30}元，{日结|当天结}\n▍怎么做：{弹出授权|收到刷脸提醒}{按客服说的|照客服说的}{点同意|刷一下脸}，{我们|“客户”}{用你的网证|用你的网号}给{别人的账号|游戏、直播、交友号}{过实名|实名认证}\n▍注意：{APP别删|网证别注销}，{有人问|派出所打电话}就说{手机丢了|自己不清楚}；{号拿去干什么|认证的是谁}{不用管|别问}",
            "{新兼职|轻松赚}：{申请|开通}“{国家网络身份认证|网号网证}”，{把|将}{你的网证二维码|网证截图}{和|、}{网号|号码}{发给我们|交给客服}，{授权提醒|刷脸请求}{来了|弹出}{按我们说的|照着}{点同意|刷脸}，{我们|客户}{用你的网证|用你的网号}给{别人的账号|游戏、直播号}{过实名|实名认证}，{一次|首次}{300|500}元，{每认证一个|一个号}{再给|另加}{20|30}元，{日结|当天结}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("seo-parasite-poster", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【网站TDK设置单】{任务|工单}号 <d><d><d><d>\n站点：{你负责的|你能登录后台的}{学校|单位|老客户}网站{某个栏目|二级目录} /{news|zt|info}<d><d>/\n标题（T）：{“同城交友”|“体育直播免费看”|“快速贷款当天下款”}{_官方入口|_最新入口}\n描述（D）：{真人|靠谱}{平台|入口}，{注册就送|首充返}{88|188}元\n关键词（K）：{菠菜|棋牌|体育|网贷}{、下款快|、高返水|、最新入口}\n要求：在这个目录下{批量生成|上传}{页面|“寄生虫”页面}{500|1000}个，{百度|搜索}{收录|搜到}后{跳转|转到}{客户的站|我们给的链接}；{原网站|单位}{管理员|的人}{发现不了|看不到}{就行|最好}，{每收录一千条|收录一千条}{1000|1500}元，{U结|USDT结}；{客户是做什么的|跳到哪}{别问|不用管}",
            "{招|高价招}{SEO技术|收录兼职}：{手里有|能登录}{学校|政府|企业}{网站后台|站点}的{来|优先}，{在|往}{二级目录|某个栏目}{上传|批量生成}{我们给的|“寄生虫”}页面，{标题|关键词}{写|设}{“体育直播”|“快速贷款”|“最新入口”}，{百度|搜索}{收录|搜到}就{跳|跳转}到{客户的站|指定链接}，{收录一千条|每千条}{1000|1500}元，{USDT|U}结。{客户做什么|站是干嘛的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("escrow-group-clerk", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【担保交易单】{编号|单号} DB<d><d><d><d><d>　{公群|交易群} {<d><d><d>|<d><d>}号\n{买方|甲方}：{“卡商”|收卡老板}　{卖方|乙方}：{“四件套”供货|码商}\n{标的|交易内容}：{一类卡四件套 {5|10} 套|对公户 {2|3} 套|收款码 {20|30} 个}\n{押金|担保金}：{3.6万|8万|12万} 元（{已进|打到}{担保员|你}{本人的|名下的}{银行卡|支付宝}）\n状态：{买方确认收货后|卡过验证后}{由担保员|由你}{转给卖方|放款}\n{担保员|你的}{须知|说明}：{用你本人的|用你的}{银行卡|支付宝}{收|接}{押金|担保款}，{确认后|到时候}{转出|放给卖方}，{每单|一单}{抽|拿}{1%|2%}；{卡被冻|账户被限}{换|就用}{家人的|别的卡}，{银行|警察}{问|打电话}就说{帮朋友收的|朋友之间借钱}",
            "{招|急招}{担保员|公群客服}（{线上|手机就行}）：{群里|交易群}{买卖|交易}{“四件套”|卡、码}{的|时}{押金|担保款}{先打到|先转到}{你本人的|你的}{银行卡|支付宝}，{双方确认后|验货后}{你再|再由你}{转给卖方|放款}，{每单|每笔}{拿|抽}{1%|2%}，{一天几十单|流水大}。{卡冻了|被限制}{换|用}{家人的|别人的}，{交易的是什么|买卖什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("recruiter-account-lend", JobAdScheme.IdentityLending, JobAdAudience.General,
        [
            "【账号信息】{BOSS直聘|智联招聘|58同城|前程无忧}　{企业认证|已认证}：{<company>|你开的小店}（{用你的|你本人的}营业执照{认证|实名}）\n{招聘者|账号}：{<surname>经理|HR小<surname>}　{实名|刷脸}：{你本人|你自己}\n{在招职位|在线职位}：{“线上客服（日结）”|“手机兼职”|“宝妈在家兼职”} {12|20|35} 个\n今日{沟通|打招呼} {860|1200|540} 人　{交换|发出}{微信|联系方式} {210|330} 次\n{租用|出租}{说明|须知}：{账号|招聘号}{交给|给}{我们|“人事”}{登录|用}，{每天|一天}{200|300}元，{一周一结|日结}；{平台|客服}{打电话|回访}{核验|问}就说{自己在招人|是自己公司招人}，{号被封|被封号}{换|用}{家人的执照|别的执照}{再认证|重新开}；{岗位写什么|招的是什么}{别管|不用问}",
            "{高价租|收}{招聘号|招聘平台企业号}：{有|你有}{营业执照|个体执照}的，{用你的执照|以你的名义}在{BOSS直聘|智联|58同城}{认证|开}{企业账号|招聘账号}，{刷脸|实名}{你来做|用你本人}，{账号|号}{交给|给}我们{发职位|招人}，{一天|每天}{200|300}元，{被封|封号}{换执照|再认证一个}{另给|还给}{500|800}。{发什么岗位|招什么人}{不用管|别问}，{平台回访|客服来电}就说{自己在用|自己招人}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-fundraiser-host", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "CAMPAIGN PAGE — \"{Help Lily's surgery|Flood relief for my village|Medical bills for my uncle}\"\nOrganizer: you (your name, your photo, your bank account) · Beneficiary: {\"a friend abroad\"|\"the family\"} · Goal: {$20,000|£15,000|$35,000}\nStory: {we write it|our team writes it for you} — {a sick child|a family after a flood}, {photos from the internet|photos we send}\nUpdates: post \"{Thank you all, the surgery went well!|We reached half the goal!}\" when we tell you\nNotes: {most|many} donations come from {cards we add|our own cards} to \"warm up\" the page; when the payout reaches your bank account, send {90%|85%} to the {crypto wallet|account} we give you the same day and keep the rest; if the platform asks, you know {Lily|the family} personally; {don't ask|never mind} whose cards they are. Telegram @<handle>",
            "{Easy|Remote} side job: host a {fundraiser|crowdfunding page} in your name. We write the story and the updates, you {verify the page with your ID|link your own bank account}, the donations are paid out to you and you forward {85% to our wallet the same day — keep 15%|90% to our account the same day — keep 10%}. {Some donations come from cards we add|We \"boost\" the page with our own cards}, {no need to know|don't ask} whose. If the platform {calls|asks}, say you know the family. Telegram @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.HardNegative("groupbuy-verify-log",
        [
            "【核销记录】{抖音|美团|点评}团购　门店：{老<surname>家常菜|<city>湘菜馆|阿<surname>火锅}{旗舰店|一店}\n{券码|核销码} <d><d><d><d>****<d><d>　{双人套餐|100元代金券|200元储值券}　{1<d>|2{0|1}}:{0|1|2|3|4|5}<d> {已核销|核销成功}　到店顾客：{<surname>女士|<surname>先生}（{堂食|到店}）\n{券码|核销码} <d><d><d><d>****<d><d>　{四人套餐|500元代金券}　{1<d>|2{0|1}}:{0|1|2|3|4|5}<d> {已核销|核销成功}　到店顾客：{<surname>先生|<surname>女士}（{打包|到店}）\n今日核销 {46|58|32} 张，{平台|T+1}{结算到|打到}{本店|门店}{对公账户|对公户}，{与|和}{收银系统|出餐单}{对上|一致}\n说明：{顾客|本人}{到店|出示券码}{才能|方可}核销，{没到店的|未消费的}{不核销|一律不核}；{退款|退券}{原路|按平台规则}{退回|退到}{顾客的|顾客原支付}账户；{有人|陌生人}{找|私信}{“代核销”|“刷核销”}{一律拒绝|不接}，{上报|告诉}{店长|平台}",
            "{<city>湘菜馆|连锁火锅店|老<surname>家常菜}{招|诚聘}{收银员|前台}：{收银|收款}、{团购券|抖音美团券}{核销|验券}（{顾客到店|顾客出示券码}后核销），{开发票|对账}，{接待|引导}{顾客|客人}{点餐|入座}；{门店收款|营业款}{都进|只进}{公司对公账户|对公户}。<salary_month>，<benefits>，<hours>。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("escrow-deposit-ticket",
        [
            "【交易资金监管单】{编号|单号} JG<d><d><d><d><d>　<city>{安家|家和|恒信|宜居}{房产经纪|房屋中介}有限公司\n{买方|甲方}：<surname>先生　{卖方|乙方}：<surname>女士\n{标的|交易内容}：<city>{二手房|住宅} 一套（{不动产权证|房产证}号已核）\n{定金|首付款}：{10万|20万|35万} 元（{存入|打到}<bank>银行{资金监管专户|监管账户}，{不进|不经过}{经纪人|任何个人}的{个人账户|银行卡}）\n状态：{过户完成|办完不动产登记}后{由银行|银行凭手续}{划转|支付}到{卖方本人|卖方名下}账户\n{经纪人|交易专员}{须知|说明}：{不得|不能}{用个人银行卡|用自己的卡}{代收|收}{定金|房款}，{客户|买方}{要求|想}{转给你|私下转账}{一律拒绝|要引导走监管}",
            "<city>{安家|家和|恒信|宜居}房产经纪有限公司{招聘|招}{交易专员|权证专员}：{办理|负责}{二手房|房屋}{交易资金监管|资金监管}{手续|开户}、{网签|合同}{与|和}{过户|不动产登记}，{核对|核验}{买卖双方|客户}{身份证|证件}{和|与}{银行账户|收款账户}，{定金|房款}{只进|都进}{银行监管账户|监管专户}。<salary_month>，<benefits>，<hours>。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("cyber-id-guide",
        [
            "【一图读懂】国家网络身份认证（网号网证）　<city>{政务服务|社区服务}\n▍是什么：用本人身份证{加刷脸|和人脸识别}在“国家网络身份认证”APP{开通|申请}{网号|网证}，{以后|今后}在{支持的|接入的}{APP|平台}{实名|登录}{不用|不必}再{填|交}身份证号\n▍怎么用：{选|点}“{网证认证|网号网证}”，{在自己手机上|本人}{刷脸|确认授权}；{授权记录|使用记录}{在|可在}“我的”里{查看|查到}，{不是自己发起的|自己没在登录时弹出的}{授权|请求}{别点同意|不要同意}\n▍注意：{网证二维码|网号}{只能本人用|仅限本人使用}，{不要|别}{截屏|截图}{发给|给}{别人|“客服”}，{出借|出租}{是违法的|违法}，{请|可}{报警|拨打96110}\n▍不会操作：{老人|不会操作的}{带身份证|本人带身份证}{到服务站|来大厅}，{工作人员|志愿者}{教你在自己手机上办|帮你在本人手机上操作}",
            "<city>{政务服务中心|街道社区服务站}{招|招募}{帮办代办员|志愿者}：{帮|教}{老人|居民}在{他们自己的手机上|本人手机上}{申请|开通}{网号网证|“国家网络身份认证”}、{医保电子凭证|电子社保卡}，{本人|居民}{刷脸|人脸识别}{自己确认|本人操作}，{不替人|不代}{刷脸|保管证件}，{不收|不留}{身份证|证件}。{工作日|周一至周五}{值班|上班}，{有补贴|<salary_month>}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-charity-campaign",
        [
            "CAMPAIGN PAGE — \"{Winter coats for Riverside school|Clean water for Hill Farm village}\" 慈善募捐\nOrganizer: {Hope Bridge Foundation|Riverside Community Trust} (registered charity no. <d><d><d><d><d><d>) · Beneficiary: the project on this page · Goal: {$20,000|£15,000}\nStory: written by our {staff|volunteers}, with {photos from the project|the school's own photos} and the families' consent\nUpdates: {receipts|invoices} and photos posted {every month|each week}\nNotes: donations {go straight to|are paid out to} the charity's {own bank account|registered account}, never to a personal account 善款只进基金会对公账户; {volunteers|staff} never ask donors to {send money to them|transfer to a personal card}; we report {suspicious|stolen-card} donations to the platform and refund them. Questions: donors@{hopebridge|riversidetrust}.org",
            "{Fundraising assistant|Digital fundraising coordinator} ({part-time|12-month contract}) at {Hope Bridge Foundation|Riverside Community Trust}: {set up and update|run} our crowdfunding pages, write updates with the project teams, {reconcile donations|match payouts} with the charity's bank account, answer donors' questions. Donations are paid out only to the charity's account. {£24,000|$38,000} a year, {hybrid|office in town}. Apply: jobs@{hopebridge|riversidetrust}.org",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("phone-shop-desk", JobAdAudience.General,
        [
            "【日程】{周五|周六|明天} {10:00–10:30|15:00–15:30}　{客人取机|换屏取机}（{<surname>先生|<surname>女士}）\n地点：{店里|<city>门店}\n提醒：{提前30分钟|提前1小时}\n备注：{客人|机主}{本人|带取机单}{凭取机码|凭单}{取机|来取}，{手机卡|SIM卡}{送修时|收机时}{已让客人|已由客人}{自己拔了带走|取出带走}，{锁屏密码|密码}{没问|不要}，{微信|支付宝}{没登录|不碰}；{交机时|取机前}{当面试机|请客人开机检查}，{维修费|费用}{扫门店收款码|走店里收款码}{付|支付}，{开收据|开票}；{没取的|修好的}手机{锁进柜子|放保险柜}，{谁来也不借|不借给任何人用}",
            "【业务受理回执】{移动|联通|电信}{营业厅|自有厅}\n业务名称：{国际漫游开通|开通国际及港澳台漫游}\n号码：1{3|5|8}<d>****<d><d><d><d>　机主：{<surname>女士|<surname>先生}（{本人到厅|本人办理}）\n{受理时间|办理时间}：{11|12}月{1<d>|2<d>}日 {10|14|16}:{0|1|2|3|4|5}<d>\n{核验|身份核验}：{本人身份证|二代证}{读卡|已读}，{人脸核验|刷脸}{通过|已通过}\n{备注|说明}：{机主|客户}{本人|自己}{出境旅游|出国探亲}{使用|用}，{回国后|返程后}{可关闭|可在APP关}漫游；{他人|别人}{代办|拿别人的卡来开漫游}{不予受理|不办}，{手机卡|号码}{仅限本人使用|不得出租出借}，{验证码|卡号}{不要告诉别人|别给任何人}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("seo-site-editor", JobAdAudience.Students,
        [
            "【网站TDK设置单】{任务|工单}号 <d><d><d><d>\n站点：<company>{官网|官方网站} /{news|products|about}/\n标题（T）：“{新品上市|产品介绍|服务网点}{_官网|_官方网站}”\n描述（D）：{公司|本公司}{产品|服务}{介绍|说明}、{门店地址|营业时间}{与|和}{售后|常见问题}\n关键词（K）：{<city>家电维修|<city>装修|<city>婚纱摄影}{、售后|、门店}\n要求：{只改|只发}{本公司|自己}{官网|网站}{上的页面|的文章}，{内容|文章}{原创|自己写}，{不买链接|不做跳转}，{不在|不往}{别人的|其他单位}{网站|后台}{放页面|上传东西}；{收录|排名}{按月|每月}{复盘|统计}",
            "<company>{招|招聘}{SEO专员|网站编辑}：{维护|更新}{公司官网|本公司网站}{文章|产品页}，{设置|优化}{标题|TDK}{和|、}{关键词|描述}，{看|分析}{百度|搜索}{收录|数据}，{写|编辑}{原创|产品}{文章|介绍}。{会|懂}{基本|一点}{HTML|网页}{优先|更好}，<salary_month>，<benefits>，<hours>。{简历|联系}<email>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-recruiting-coordinator", JobAdAudience.General,
        [
            "ACCOUNT — {LinkedIn Recruiter|BOSS直聘 enterprise account}　{Verified|已认证}: {Harbour Logistics Ltd|Northgate Foods Co.} (company's own business licence 本公司营业执照)\nRecruiter: {Amy Liu|Ben Zhang|Chloe Wang}, HR coordinator (real-name verified with their own ID 本人实名)\nOpen roles: {warehouse assistant|customer service (on site)|delivery driver}, {4|6|9} posts\nToday: {38|52} messages, {12|20} interviews booked\nNotes: the account belongs to the company and only HR uses it 账号不外借; job posts are approved by the hiring manager; we never ask candidates for bank card details or ID photos in chat, nor for {deposits|fees} 不收任何费用",
            "{Recruiting coordinator|HR assistant} ({full-time|part-time}) at {Harbour Logistics|Northgate Foods}: post our own jobs on the company's verified recruiting accounts, screen applications, book interviews, and check new starters' ID and bank details at onboarding, for payroll only. {£26,000|$42,000} a year. Apply: careers@{harbourlogistics|northgatefoods}.com",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
