namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twentieth held-out families (round 20), the development set in round 21 (ADR 389) and training families since round 22 (ADR 398); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 19's families became the development set and before any change prompted by them (ADR 386).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — keeping a dead parent's bank card, phone number and WeChat open and
/// selling them as a set (bank accounts, phone cards, internet accounts), lending one's yearly
/// USD 50,000 foreign-exchange quota so that money wired to one's card is bought into dollars and
/// remitted to a stranger abroad (payment settlement), supplying a "film crew" at the border with a
/// police-station backdrop, numbered uniforms and stamped freezing orders for video calls (other
/// help: tools), registering a 5G-message (RCS) business chatbot on one's own sole-trader licence and
/// handing its console over for card messages about ETC and points (internet accounts; advertising),
/// AirDropping gambling and loan posters to strangers at metro stations (advertising), buying
/// insurance policies with money wired to one's card and surrendering them in the cooling-off period
/// so that the refund passes through it (payment settlement), an English student's Google Voice and
/// TextNow numbers set up on their own phone and handed over, re-verification codes included (phone
/// and internet accounts), and an English student collecting Western Union and MoneyGram transfers sent to their
/// own name at shop counters and handing the cash to a courier (payment settlement) — and honest texts on the same acts in
/// the same forms: a funeral checklist that closes the dead parent's accounts and a family-group
/// warning, a bank's bilingual remittance form for tuition and its notice on the quota, a film crew's
/// prop list with unnumbered uniforms, a company's own 5G-message chatbot, an expo's AirDrop desk, an
/// insurance agency's policy ledger, and a company's phone-system record and a money-transfer agent's pickup log. They are
/// written as funeral checklists (后事办理清单), remittance applications (境外汇款申请书), prop lists
/// (道具清单), 5G-message activation receipts (5G消息开通回执), AirDrop shift logs (隔空投送打卡表),
/// policy ledgers (投保/退保台账), number setup sheets and pickup logs, forms earlier
/// families did not use; risky and honest texts share every one of them, and the honest texts name
/// cards, accounts, SIMs, IDs, codes, payments, transfers and collections in the same words as the
/// risky ones, so neither the form nor the vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md;
/// in round 21 they were tuned on, never trained on; since round 22 they are trained on.
/// </summary>
internal static class TwentiethHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("deceased-account-seller", JobAdScheme.CardBuying, JobAdAudience.General,
        [
            "【后事办理清单】{逝者|老人}：{你父亲|你母亲|家里老人}（<surname>某，{上个月|前几天}{走的|过世}）\n□ {死亡证明|火化证明}：{先别|暂时不要}{交给|拿去}{银行|营业厅}\n□ 银行卡：{<bank>银行|老人的}{借记卡|工资卡}{先别销户|别注销}，{卡、密码|卡和密码}{连同|加上}{社保卡|存折}{交给|寄给}{我们|对接人}\n□ 手机卡：{老人的号码|原号}{继续交话费|别停机}（{话费|月租}{我们出|我们给}），{卡|号}{拔出来|取出来}{一起寄|一并交}\n□ 微信：{老人的微信|实名的微信}{密码|登录}{告诉我们|给我们}，{别发讣告|不要发朋友圈}\n{价格|回收价}：{整套|一套}{2000|3000|3500}元，{卡里余额|余额}{你先取走|你们自己留}；{银行|有人}{问起|打电话}就说{老人|人}{还在|在住院}",
            "{家里老人|长辈}{刚走的|过世了}，{先别|别急着}{去银行销户|注销}！{老人名下的|老人的}{银行卡|工资卡}、{手机号|电话卡}{和|、}{微信|支付宝}{整套|一起}{回收|收}，{一套|每套}{2000|3000}元{现结|当天结}，{销户|手续}{麻烦|要跑好几趟}，{不如|还不如}{交给我们|给我们用}。{拿去做什么|用途}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("fx-quota-lender", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "【境外汇款申请书】{汇款人|申请人}：{你本人|你}（{身份证|证件}用你的，{今年|年度}{5万美元|便利化}额度{没用过|还是满的}）\n{付款账户|扣款卡}：{你名下的|你本人的}<bank>银行卡（{人民币|钱}{我们先打进来|先转到你卡上}，{每次|一次}{二三十万|30万左右}）\n{购汇用途|用途}：{填|选}“{自费留学|旅游}”（{你不用出国|不用真出国}）\n{收款人|收款方}：{我们给的名字|<surname>某}，{香港|新加坡|迪拜}{某银行|的账户}\n{金额|汇出}：{4.9万|4.5万|3万}美元，{分两次|一次}{汇出|办完}\n{报酬|费用}：{一个额度|每人}{给你|返}{800|1200|1500}元；{银行|柜员}{问起|问}{收款人是谁|是谁}就说{表哥|亲戚|学校代理}",
            "{每人|人人}都有{每年5万美元|5万美元}的{购汇额度|换汇额度}，{闲着|不用}{也是|就是}{浪费|白白浪费}！{我们|公司}{把|先把}{人民币|钱}{打到|转到}你{卡上|银行卡}，你{用手机银行|在APP里}{购汇|换成美元}{汇到|转到}{我们给的|指定的}{境外账户|海外账户}，{一次|每次}{给你|赚}{800|1200}元。{收款人是谁|钱是谁的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("police-prop-supplier", JobAdScheme.IdentityLending, JobAdAudience.Unemployed,
        [
            "【道具清单】{订单|单号}：DJ<d><d><d><d>　{收货|寄到}：{西双版纳|瑞丽|河口|东兴}{某某路|某村}（{“剧组”|“影视公司”}，{没有|不给}{拍摄许可|立项备案}）\n① {背景布|背景墙}：“<city>{市公安局|公安局}{刑侦支队|经侦大队}{办案中心|询问室}”{3米×2米|2米×1.5米}，{警徽|国徽}{要清楚|印清楚}\n② {警服|制服}：{春秋|夏季}{常服|执勤服}{4套|6套}，{带|配}{肩章、警号|臂章和警号}（{警号|号码}{按我们给的|我们给}）\n③ {文书|打印件}：“{冻结令|协查通报}”“{通缉令|逮捕证}”{模板|样本}{各20张|各一套}，{红章|公章}{盖好|印好}\n{价格|报酬}：{整套|一单}{3000|5000}元，{加急|三天内}{另加|多给}{800|1000}；{快递|寄件}{写“服装”|填“布料”}，{拿去拍什么|用途}{别问|不用管}",
            "{影视|拍摄}{道具|服装}{接单|外协}：{做|印}{“公安局办案中心”|派出所}{背景布|背景墙}，{订|配}{警服|制服}{带警号|配肩章}，{打印|做}{“冻结令”|“通缉令”}{文书|样本}{盖红章|带公章}，{一套|每套}{3000|5000}元，{寄到|发往}{云南|广西}{边境|那边}的{“剧组”|片场}。{拍什么|有没有拍摄许可}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("rcs-chatbot-lender", JobAdScheme.IdentityLending, JobAdAudience.General,
        [
            "【5G消息开通回执】{企业名称|主体}：{你名下的|你本人的}{个体户|个体工商户}“{<city>某某商行|<surname>记小吃}”（{营业执照|执照}{用你的|你提供}）\n{Chatbot名称|消息号名称}：“{ETC服务中心|积分兑换中心|医保服务}”（{名字和头像|名称、头像}{我们定|我们给}）\n{开通|审核}：{运营商|平台}{视频核验|刷脸}{你本人|你}{来做|配合一次}，{通过后|过了}{后台账号|登录密码}{交给我们|给我们}\n{发什么|内容}：{卡片消息|富媒体卡片}“{您的ETC已失效|积分即将清零}，{点击|点下方}{按钮|链接}{认证|兑换}”，{一天|每天}{几万条|五万条}\n{报酬|费用}：{开一个|一个号}{1500|2000}元，{每月|按月}{再给|续}{500|800}；{运营商|平台}{回访|问起}就说{自己店里|门店}{发会员通知|做活动}",
            "{有|开了}{个体户|营业执照}的{老板|朋友}：{用你的|拿你的}{执照|营业执照}{开通|申请}{5G消息|“5G消息”}{企业号|Chatbot}，{运营商|平台}{审核时|核验时}{你本人|你}{刷个脸|配合一下}，{开好后|通过后}{后台|账号}{交给我们|给我们}{发|群发}{卡片消息|营销消息}，{一个号|每个}{1500|2000}元，{每月|月月}{还有|另给}{500|800}。{发什么|内容}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("airdrop-flyer", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【隔空投送打卡表】{日期|班次}：{周五|周六} {17:00–20:00|18:30–21:30}　{地点|站点}：{地铁<d>号线|<city>东站}{换乘通道|候车厅}、{万达|商场}{一楼|门口}\n{设备|手机}：{我们给的|公司发的}{旧iPhone|苹果手机}{3台|两台}，{设备名|名字}{改成|设成}“{领红包|免费领}”\n{投送内容|发的图}：{“高返利彩票”|“体育预测”|“秒批贷款”}{海报|图片}（{带|下面有}{二维码|群二维码}），{对方|有人}{接收了|点了接受}{就算一次|记一次}\n{完成|数量}：{已投|发出}{1200|2000}次　{接收|被接收}{63|91}次 ✔\n{报酬|工资}：{一小时|每小时}{40|50}元+{每个接收|每次接收}{1|2}元；{保安|有人}{问|来问}{就走|换个地方}，{被举报|有人报警}{就说|说}{手机中毒了|不知道}",
            "{学生|在校生}{兼职|副业}：{拿着|带着}{我们的|公司的}{苹果手机|iPhone}{去|到}{地铁站|商场}{人多的地方|人多处}{开|用}{隔空投送|AirDrop}{发|推}{图片|海报}，{一小时|每小时}{40|50}元，{有人接收|被接收}{再加|另加}{1|2}元，{图上是什么|发的什么}{不用管|别问}，{有人问|被问}{就走|换个地方}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("policy-cooling-off-runner", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【投保/退保台账】{投保人|被保险人}：{你本人|你}（{身份证|证件}{用你的|本人}）　{扣费卡|缴费卡}：{你名下的|你本人的}<bank>银行卡\n{第1天|周一}　{投保|买}{“年金险”|分红险|万能险}{一份|1份}，{保费|钱}{8万|12万|20万}（{我们先打到你卡上|钱先转进你卡里}）\n{第3天|周三}　{申请|办}{犹豫期退保|退保}，{全额|保费全}{退回|退到}{你的卡|你卡上}，{不扣钱|没损失}\n{第5天|周五}　{退保款|这笔钱}{转到|打到}{对接人给的账户|指定账户}，{你留|每单}{1%|1.5%}\n{备注|注意}：{业务员|保险公司}{回访|问起}{就说|说}{想了想不买了|家里反对}，{钱从哪来|谁打的钱}{别问|不用管}",
            "{有|凭}{身份证|你本人名义}{就能做|就行}：{用你的名字|以你本人}{买|投保}{一份|几份}{保险|年金险}，{保费|钱}{我们先打到|先转进}你{卡里|银行卡}，{过两三天|犹豫期内}{退保|全额退掉}，{退回来的钱|退保款}{转到|再转到}{我们给的账户|指定账户}，{每单|一单}{给你|返}{1%|1.5%}，{零风险|不花你一分钱}。{钱是哪来的|为什么退}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-voice-number-seller", JobAdScheme.PhoneCards, JobAdAudience.Students,
            [
                "NUMBER SETUP SHEET — {batch|order} #{GV|VN}-<d><d><d>\nYour part: sign up for {Google Voice|TextNow|a second-line app} {on your own phone|with your own US number}, {one number|two numbers} {each day|a week}\nStep 1: {verify it with your real number|link it to your own SIM}, {pass the code check|type in the code} yourself\nStep 2: {log in on our device|add our e-mail as owner}, then {remove your number|unlink your phone}; {don't|never} {reply to texts|answer calls} on it\nStep 3: {if the app asks to re-verify|when it asks for a code}, {send us the code|forward the code} within {5|10} minutes\nPay: ${15|20} a number, {bonus|extra} ${5|10} if it lasts {30|60} days; {don't ask|no need to know} who {texts|calls} from it",
                "{Students in the US|Got a US phone number?} {Earn|Make} ${15|20} per {number|account}: {set up|create} {Google Voice|TextNow} numbers {with your phone|on your own number}, {pass the verification|enter the code}, then {hand the login to us|log us in}. {Forward codes|Send any re-verify codes} when we ask. {Paid daily|Daily payouts} {by Zelle|on WeChat}. {Don't worry about|No need to know} what the numbers are used for. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-transfer-pickup-runner", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
            [
                "PICKUP LOG — {Week|Wk} {1|2|3} — receiver: you ({passport|residence permit} in your own name)\n{Mon|Tue} {10:15|11:40}　{Western Union|MoneyGram|Ria} at {a Tesco|a corner shop|a post office}: transfer #<d><d><d><d><d><d><d><d>, {£900|€1,200|$1,500} from \"{a client|our customer}\" you {have never met|don't know}\nClerk asked: \"Do you know the sender?\" — you said: \"{Yes, my uncle|It's my cousin}, {for my tuition|for rent}\" ✔\n{13:00|14:30}　cash handed to {our courier|the driver} {outside|at the station}, you keep {8%|10%}\nRules: {no more than|never over} {two|three} pickups at one shop a week; if a clerk {refuses|asks more}, {walk away|leave} and {message us|tell the group}; {don't ask|no need to know} who sends it",
                "{Students|Anyone with a passport}: {earn|make} {£80|€100|$120} {a pickup|per collection}! {Collect|Pick up} {money transfers|Western Union and MoneyGram transfers} sent to your name at {any agent|local shops}, {tell the clerk|say} it's {from family|from your uncle}, hand the cash to our {courier|driver} {the same day|within an hour}. {Keep 8%|8% is yours}. {Don't ask|No need to know} who the senders are. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("estate-account-closure",
        [
            "【后事办理清单】{逝者|老人}：<surname>某（{<city>人|退休职工}）　{经办|家属}：{长子|女儿}<surname>某\n□ {死亡证明|火化证明}：{复印|原件}{三份|五份}，{银行|营业厅}{各交一份|各留一份}\n□ 银行卡：{到|去}<bank>银行{网点|柜台}{办|办理}{继承|遗产}{提取|过户}，{带|需带}{继承权公证书|公证书}{和|、}{全体继承人|家属}{身份证|证件}，{余额|钱}{转入|转到}{继承人本人的|家属本人}{账户|卡}后{销户|注销}\n□ 手机卡：{带|拿着}{死亡证明|证明}{到|去}{营业厅|运营商}{销号|注销}{，或|，也可}{过户给家属|转到家属名下}\n□ 微信、支付宝：{提交|申请}{账号注销|注销}{和|，}{零钱|余额}{继承提取|提出来}\n{提醒|注意}：{有人|若有人}{上门|打电话}{说|讲}“{老人的卡别销户，能卖钱|老人的卡和号可以回收}”——{那是|这是}{收卡的|诈骗团伙}，{出售|卖}{银行卡、手机卡|银行卡和手机卡}{违法|犯法}，{请|可}{报警|拨打96110}",
            "【家族群】<surname>{二叔|大姑}：{爸|奶奶}的后事{都办完了|这周办完}，{提醒大家|说一下}：{昨天|前天}{有个陌生人|有人}{打电话|加我微信}，{说|讲}{老人的|奶奶的}{银行卡、手机卡|卡和号}{先别销户|别注销}，{整套|一套}{给3000|能卖2000}——{别信|不要理}，{那是|这是}{收卡的|帮诈骗的}。{卡里的钱|银行卡}{我|我们}{周一|下周}{带公证书|带证明}{去银行|到柜台}{办继承|转出来}{再销户|然后注销}，{手机号|电话卡}{已经|今天}{销号了|注销了}，{微信|支付宝}{也申请注销了|余额也提出来了}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("fx-remittance-desk",
        [
            "【境外汇款申请书 Application for Overseas Remittance】{汇款人|申请人} Remitter：<surname>某（{本人办理|本人到柜台}，身份证 ID checked ✔）\n{付款账户|扣款卡} Debit account：{本人名下|汇款人本人的}<bank>银行卡\n{购汇用途|用途} Purpose：{自费留学|留学学费} Tuition，{录取通知书和学费单|录取信和学费账单}已核 ✔\n{收款人|收款方} Beneficiary：{University of Leeds|Monash University|University of Toronto}（{学校账户|学校本校账户}）\n{金额|汇出} Amount：{1.8万|2.6万|3.2万}美元 USD\n{须知|提示} Notice：{个人年度购汇额度|年度便利化额度}{只能本人使用|仅限本人} (your annual FX quota is for your own use only)，{不得出借、出租|不能借给别人} (never lend or rent it)；{替他人购汇|帮别人购汇}、{分拆购汇|拆分购汇}{会被列入|将列入}“{关注名单|风险名单}” (buying for others or splitting purchases puts you on a watch list)；{资金|钱}{必须是本人的|须为本人资金}",
            "{<bank>银行|本行}{温馨提示|提醒}：{个人|每人}{每年|年度}{5万美元|便利化}{购汇额度|额度}{只能|仅限}{本人|自己}{真实需求|实际用途}{使用|用}（{留学|学费}、{旅游|出境}、{就医|看病}）。{最近|近期}{有人|有不法分子}{招|高价收}“{额度|换汇额度}”，{让你|叫你}{收钱|收一笔钱}{再|然后}{购汇|换成美元}{汇到|转到}{境外|海外}{陌生账户|陌生人}——{这是|属于}{帮地下钱庄|帮诈骗团伙}{转移资金|洗钱}，{别做|不要做}，{遇到|发现}{请|可}{拨打96110|报警}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("film-prop-house",
        [
            "【道具清单】{剧组|项目}：《{雪夜追踪|破晓|长街}》（{网络电影|电视剧}，{备案号|立项备案}{已附|见附件}）　{拍摄地|地点}：<city>{影视基地|摄影棚}\n① {背景布|置景}：“{某市|虚构的}{公安局|刑侦队}{办公室|审讯室}”，{名称|地名}{虚构|用剧中地名}，{不印|不用}{真实|现实}{单位名|机关名称}\n② {警服|制服}：{影视专用款|仿制款}{4套|6套}，{无警号|不带警号}、{不配|不用}{真实|现役}{警徽|标志}，{拍完|每天收工}{收回|回收}{入库|登记}，{不外借|不出售}\n③ {文书|道具纸}：{剧中|剧情}{“逮捕证”|“协查通报”}{只拍远景|只做远景}，{印“道具”|角上印“影视道具”}{字样|水印}\n{负责人|道具组}：<surname>{老师|组长}；{警务|公安}{顾问|指导}{已联系|到场}，{辖区派出所|属地}{已报备|已备案}",
            "{影视基地|<company>}{招|招聘}{道具助理|服装道具员}：{管理|负责}{剧组|片场}{道具|服装}{出入库|借还登记}，{制服类|警服类}{道具|服装}{按规定|严格}{登记|管理}、{收工|拍完}{当天收回|回收}，{配合|跟}{置景|美术组}{做|搭}{背景|布景}，{会|懂}{Excel|基本电脑}{优先|即可}，{月薪|薪资}{5000|6000}{元|起}，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-desk-records",
            [
                "NUMBER SETUP SHEET — <company> {front office|sales team}\nService: {Google Voice for Google Workspace|our business phone system}, {licensed|paid for} by the company\nAssigned: {6|9} business numbers to {staff by name|named employees}; each number {stays with the company|belongs to the company}, {not to|never to} the employee\nSetup: IT {adds the number|assigns the line} in the admin console; staff {sign in with their work account|use their work login}; {no personal SIM|no personal phone number} is linked\nRules: {never forward|never share} a verification code with anyone, {including IT|not even IT}; {numbers are released|lines are removed} when {someone leaves|staff leave}; report {unusual calls|spam texts} to the IT desk",
                "PICKUP LOG — {Week|Wk} {1|2|3} — {Western Union|MoneyGram} agent counter, {Hill Street Post Office|Riverside Convenience}\n{Mon|Tue} {10:15|11:40}　transfer #<d><d><d><d><d><d><d><d> paid out to the named receiver, ID {checked|scanned} ✔, {a gift from her mother|his wages from home}\n{Wed|Thu} {15:20|16:05}　payout {refused|held}: the receiver {said a \"job\" asked him to collect the cash and pass it on|could not say who sent it}; {reported to compliance|fraud line called}, receiver given the {money-mule|scam-warning} leaflet\nRules: we ask every receiver whether they know the sender {personally|in person} and whether anyone asked them to pass the money on; {one person collecting for strangers is|several pickups for people they don't know are} refused and reported",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("rcs-message-operator", JobAdAudience.General,
        [
            "【5G消息开通回执】{企业名称|主体}：<company>（{营业执照|执照}、{授权书|委托书}{已核|已审}）\n{Chatbot名称|消息号名称}：“{鲜丰超市|惠家药房|顺达快递}{服务号|会员中心}”（{名称和头像|名称、头像}{与注册商标一致|与品牌授权书相符}）\n{开通|审核}：{运营商|平台}{核验|审核}{企业资质|资质}{和|、}{经办人|管理员}{身份|身份证}，{后台|管理员}{账号|权限}{只给|仅限}{本公司员工|市场部两人}\n{发什么|内容}：{卡片消息|富媒体卡片}“{您的订单已发货|会员积分已到账}”，{只发给|只推送给}{已授权的|同意接收的}{会员|客户}，{不放|不含}{外部链接|第三方链接}，{回复“退订”|可一键退订}{即停|就不再发}\n{负责人|运营}：<surname>{经理|主管}",
            "<company>{招|招聘}{5G消息运营|消息运营专员}：{负责|管理}{公司|品牌}{5G消息|短信和5G消息}{企业号|Chatbot}，{编辑|设计}{卡片消息|消息模板}（{订单提醒|会员通知}），{按|遵守}{运营商|平台}{规范|规则}{报备|审核}{模板|内容}，{处理|跟进}{退订|投诉}，{月薪|薪资}{6000|7500}{元|起}，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("expo-airdrop-desk", JobAdAudience.Students,
        [
            "【隔空投送打卡表 AirDrop log】{日期|班次} Shift：{周六|周日} {10:00–13:00|14:00–17:00}　{地点|站点} Venue：<city>{国际会展中心|博物馆}{服务台|入口} Info desk\n{设备|手机} Device：{主办方的|展会的}{iPad|iPhone}{一台|1台}，{设备名|名字}“{展会导览|展馆导览}” Expo Guide\n{投送内容|发的图} Sent：{展馆地图|导览图}{和|、}{活动日程|日程} PDF，{只发给|只投给}{在服务台|到服务台}{主动要的|开口要的}{观众|参观者} (only to visitors who ask at the desk)\n{完成|数量} Count：{发出|投送}{48|72}次，{全部|都是}{当面|面对面} ✔\n{规定|要求} Rules：{不向|不给}{陌生人|路过的人}{投送|发}，{不发|不投}{广告|推广}{和|、}{官方以外的|外部}{二维码|链接}",
            "{<city>国际会展中心|<company>}{招|招聘}{展会服务台|导览}{志愿者|兼职}：{在服务台|现场}{解答|回答}{观众|参观者}{问题|咨询}，{用|通过}{iPad|平板}{隔空投送|AirDrop}{给|向}{主动要的|需要的}{观众|参观者}{发|传}{展馆地图|导览图}{和|、}{日程|活动安排}，{按天|每天}{200|260}元，{包午餐|管饭}。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("insurance-desk-clerk", JobAdAudience.General,
        [
            "【投保/退保台账】<company>{保险代理|保险经纪}{内勤组|柜面}　{本周|第{1|2|3|4}周}\n{投保|新单}：{12|18}{件|份}，{保费|钱}{全部|均}{从|由}{投保人本人|投保人自己}{名下账户|的银行卡}{扣款|缴费} ✔\n{犹豫期退保|退保}：{2|3}{件|份}，{退保款|保费}{原路退回|退回}{投保人本人|原缴费}{账户|卡} ✔，{不退|不转}{第三方|别人账户}\n{回访|电话回访}：{新单|每单}{全部|100%}{回访|完成}，{投保人|客户}{本人|亲自}{接听|确认}\n{规定|提醒}：{保费|钱}{来源|从哪来}{说不清|不清楚}的{不收|不承保}；{同一人|一个人}{短期内|一个月内}{反复|多次}{投保又退保|买了就退}的，{报|上报}{合规|反洗钱岗}",
            "<company>{招|招聘}{保险内勤|柜面专员}：{录入|处理}{投保|新单}{资料|信息}、{办理|受理}{退保|保全}{申请|业务}，{核对|检查}{缴费账户|扣款卡}{是不是|是否为}{投保人本人|本人}{名下|的}，{做|打}{电话回访|回访}，{熟悉|会}{Excel|办公软件}，{月薪|薪资}{4500|5500}{元|起}，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
