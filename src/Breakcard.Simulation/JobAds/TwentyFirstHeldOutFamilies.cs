namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-first held-out families (round 21), the development set in round 22 (ADR 398) and training families since round 23 (ADR 406); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 20's families became the development set and before any change prompted by them (ADR 389).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — selling or renting one's university network (校园网) login so that
/// a "team" puts its machines online through the campus exit (internet accounts; internet access),
/// shouting gambling and "rebate" group numbers in a mobile game's world channel from one's own
/// real-name game account (advertising), posting cash-on-delivery parcels of trinkets in one's own
/// name to a list of strangers who never ordered, the COD money collected to one's card and passed
/// on (payment settlement), a phone-repair hand who uses the SIMs left in customers' phones overnight
/// to receive codes and register accounts for a buyer (phone cards; SMS codes), stuffing and posting
/// fake court summonses and "medical-insurance freezing notices" with a QR code and a hotline to old
/// people (other help: tools; advertising), an office administrator ordering the company's group-plan
/// SIMs under former staff's names and selling them (phone cards), an English student who taps phones
/// loaded with strangers' cards in a wallet app at self-checkouts for gift cards and electronics
/// (payment settlement), and an English job-seeker who signs for courier boxes of cash mailed by
/// old people to names that are not theirs and hands them to a driver (payment settlement) — and
/// honest texts on the same acts in the same forms: a university network centre's renewal slip and
/// its graduation warning, a game guild's recruitment shout log and a community-operations job, an
/// online shop's COD dispatch list of orders its buyers placed, a repair shop's work order that keeps
/// customers' SIMs and codes out of the shop, a court's mailing list of summonses by EMS and a
/// warning on fake ones, a company's own group-SIM request for named staff, and an office's purchase
/// run on a company card and a building's parcel sign-in log. They are written as renewal slips
/// (校园网续费单), shout logs (喊话记录表), COD dispatch lists (到付发货单), repair slips (手机维修单),
/// envelope-stuffing lists (装封清单), group-SIM request forms (集团号卡申领表), shopping run sheets
/// and parcel sign-in logs, forms earlier families did not use; risky and honest texts share every
/// one of them, and the honest texts name cards, accounts, SIMs, IDs, codes, payments, transfers and
/// collections in the same words as the risky ones, so neither the form nor the vocabulary gives the
/// label away. Their one held-out run is recorded in docs/screening.md; in round 22 they were
/// tuned on, never trained on; since round 23 they are trained on.
/// </summary>
internal static class TwentyFirstHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("campus-net-account-seller", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "【校园网续费单】{学校|校区}：<city>{某某大学|某学院}　{账号|学号}：{你的学号|你本人学号}（{实名|统一身份认证}）\n{套餐|本学期套餐}：{不限速|100M}{包月|包学期}，{费用|网费}{我们交|我们替你续}\n{交接|你要做的}：{账号和密码|统一认证密码}{发给我们|交给对接人}，{手机上的|你收到的}{二次验证码|动态口令}{收到马上转给我们|有就发我们}，{宿舍|你自己}{先别登|暂时不用}（{用流量|蹭室友的}）\n{用途|我们用来}：{远程|在机房}{挂|登}{几十台设备|一批电脑}（{走学校出口|学校IP干净}）\n{报酬|费用}：{一学期|每学期}{300|500|800}元，{毕业|离校}{前|时}{别注销|先别销号}{再加|多给}{200|300}；{网络中心|辅导员}{问起|打电话}就说{自己在用|宿舍在用}，{拿去干什么|用途}{别问|不用管}",
            "{在校生|大学生}{闲置的|不用的}{校园网账号|校园网}{别浪费|变现}！{把你的|你的}{账号密码|校园网账号和密码}{给我们|租给我们}{挂|登}{电脑|设备}，{一学期|每学期}{300|500}元{现结|当天结}，{快毕业的|毕业生}{账号|号}{也收|更要}，{续费|网费}{我们出|我们交}，{验证码|动态口令}{转给我们|发我们}就行。{拿去做什么|用途}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("game-channel-shouter", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【喊话记录表】{游戏|手游}：{某仙侠手游|某传奇手游|某武侠手游}　{区服|服务器}：{双线<d><d>区|新区<d><d>服}　{账号|角色}：{你自己的号|你本人实名的号}（{满20级|实名过的}{才能|能}{发世界频道|用世界频道}）\n{时间|时段}：{每晚|晚上}{8点–11点|19:30–22:30}，{每5分钟|每隔3分钟}{发一条|喊一次}\n{内容|喊话}：“{充值返利50%|首充翻倍}，{加群|进群}{领礼包|领福利}：{群号|QQ群}<d><d><d><d><d><d><d><d>”（{群里是|其实是}{网赌|“理财”|刷单}{的群|平台}）\n{完成|数量}：{今晚|本晚}{发出|喊了}{46|58}条　{被禁言|封号}{0|1}次\n{报酬|工资}：{一条|每条}{0.5|1}元，{有人进群|进群}{一个|每个}{另加|加}{5|10}元；{号被封|封了}{换|用}{家人的号|小号}，{GM|客服}{问|问起}就说{在招公会成员|拉人组队}",
            "{学生|宅家}{兼职|副业}：{用你自己的|用你的实名}{游戏号|手游账号}{在|去}{世界频道|公屏}{喊话|发消息}，{内容|文案}{我们给|复制粘贴就行}，{一条|每条}{0.5|1}元，{有人|有玩家}{加群|进群}{另加|再给}{5|10}元，{号封了|被封了}{我们补|补你}{50|100}。{群里是什么|推的是什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("cod-parcel-sender", JobAdScheme.PaymentSettlement, JobAdAudience.Parents,
        [
            "【到付发货单】{批次|单号}：DF<d><d><d><d>　{寄件人|发件人}：{你本人|你}（{寄件|快递}{用你的|你本人}{实名|身份证}，{到付款|代收货款}{进|绑}{你的|你本人}<bank>银行卡）\n{收件人|名单}：{我们发的|表格里的}{200|300}{个|条}{姓名电话地址|名字、电话、地址}（{他们都没下过单|对方没买过东西}）\n{内容|货}：{袜子|纸巾|小饰品}，{成本|进价}{两三块|一两块}，{到付|代收货款}{39|59|69}元\n{签收|到账}：{对方|有人}{签收付款|付了钱}，{货款|钱}{就|便}{进你卡|到你卡上}，{当天|每天}{转给|转到}{对接人|我们指定的账户}，{每单|一单}{你留|给你}{3|5}元\n{备注|注意}：{收件人|有人}{打电话|投诉}{说没买过|问起}{就说|说}{是抽奖礼品|系统发错了}，{名单哪来的|名单从哪来}{别问|不用管}",
            "{在家|宝妈}{兼职|副业}：{用你的|拿你本人}{身份证|实名}{在|到}{快递网点|驿站}{代发|帮我们发}{到付件|货到付款的包裹}，{货|东西}{我们寄给你|仓库提供}，{收件人|名单}{我们给|表格发你}，{到付款|货款}{进你卡|打到你卡上}{再|然后}{转给我们|转回来}，{每单|一单}{给你|留}{3|5}元，{一天|每天}{能发|可发}{上百单|一两百单}。{收件人是谁|名单哪来的}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("repair-shop-code-taker", JobAdScheme.SmsCodes, JobAdAudience.General,
        [
            "【手机维修单】{单号|维修单号}：WX<d><d><d><d>　{机型|手机}：{华为|OPPO|vivo|苹果}　{故障|问题}：{换屏|换电池|进水}\n{顾客|客户}：<surname>{先生|女士}（{锁屏密码|开机密码}{已留|写在单上}，{手机卡|SIM卡}{没取|留在机器里}）\n{取机|取机时间}：{明天下午|后天}\n{下班后|夜里}{要做|顺便做}：{用|拿}{这台机的|顾客的}{号|手机号}{注册|申请}{微信|抖音|闲鱼}{新号|账号}{两三个|三个}，{验证码|短信}{到了|收到}{转给|发给}{上家|我们}，{做完|注册完}{把短信|验证短信}{删掉|清掉}\n{报酬|价格}：{一个号|每个号}{15|20|30}元，{当晚|当天}结；{顾客|客户}{问起|发现}就说{测试信号|测试通话}，{号拿去干嘛|账号用途}{别问|不用管}",
            "{手机维修店|修手机的}{老板|师傅}{看过来|注意}：{顾客|客户}{留店|放店里}的{手机|机器}，{下班后|晚上}{用|拿}{机器里的|他们的}{手机卡|号}{帮我们|给我们}{接验证码|注册账号}，{一个号|每个}{15|20}元{日结|当天结}，{删掉短信|清掉记录}{顾客|客户}{发现不了|不会知道}。{账号干嘛用|用途}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("letter-stuffer", JobAdScheme.OrderBrushing, JobAdAudience.Parents,
        [
            "【装封清单】{批次|第<d>批}：{300|500|800}封　{名单|地址}：{我们发的|表格里的}{老人|退休人员}{姓名地址|名单}（{哪来的|来源}{别问|不用管}）\n{信的内容|信纸}：“{<city>中级人民法院传票|医保账户冻结通知|社保资格复核通知}”，{红章|公章}{印好|盖好}，{底下|下面}{印着|有}{二维码|“咨询电话”}（{我们的号|我们给的}）\n{装封|要做的}：{折好|叠好}{装进|放进}{牛皮纸信封|信封}，{贴|盖}{邮票|“法院专递”字样}，{分几个|到不同}{邮筒|邮局}{投|寄}，{一个邮局|同一个邮筒}{别寄太多|不要寄完}\n{报酬|工资}：{一封|每封}{1|1.5|2}元，{邮票|邮费}{我们出|另算}；{邮局|有人}{问起|问}就说{单位|公司}{寄的|发的}{通知|账单}",
            "{宝妈|在家}{手工活|兼职}：{在家|居家}{装信封|叠信纸}，{信纸|信件}{我们打印好|公司寄给你}，{装好|封好}{贴好邮票|贴邮票}{投到|寄到}{邮筒|邮局}，{一封|每封}{1|2}元，{一天|每天}{几百封|三五百封}，{邮票|邮费}{我们出|报销}。{信里写什么|寄给谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("group-plan-sim-seller", JobAdScheme.PhoneCards, JobAdAudience.General,
        [
            "【集团号卡申领表】{单位|集团客户}：<company>（{你做|你在}{行政|人事}，{集团账户|集团号码}{你能办|归你管}）\n{申领|本次申领}：{员工号卡|新号}{20张|30张}，{使用人|员工姓名}{随便填|填离职的人}（{本人|员工}{不知道|不用知道}）\n{套餐|资费}：{集团统付|公司包月}，{月租|话费}{走公司账|公司交}\n{交付|办好后}：{号卡|卡}{寄给|交给}{上家|我们}，{别插|不插}{员工的|公司的}{手机|设备}，{账单|发票}{照常|正常}{报销|走流程}\n{报酬|价格}：{一张|每张}{150|200|300}元；{运营商|客户经理}{回访|问起}就说{销售团队|新员工}{在用|用的}，{号码用途|卡拿去干什么}{别问|不用管}",
            "{在公司|单位里}{做行政|管人事}的{朋友|看过来}：{你们公司|单位}{开了|有}{集团号卡|集团网}的，{用|拿}{集团账户|公司名义}{多申领|多办}{几十张|一批}{手机卡|号卡}，{交给我们|给我们}，{一张|每张}{200|300}元，{话费|月租}{走公司账|公司统付}{没人查|不会发现}。{号拿去干嘛|用途}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-wallet-tap-shopper", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
            [
                "SHOPPING RUN SHEET — {Sat|Sun} — runner: you\nPhone: {the Android we gave you|our phone}, {9|12|15} cards {already loaded|preloaded} in {Google Wallet|the wallet app} — {not yours|names you won't know}, {don't ask|no need to know} whose\nStops: {Walmart|Target|Best Buy} {self-checkout|electronics counter}: {gift cards|AirPods|a PlayStation} up to ${400|500} a stop, {tap|pay by tap} with the phone; {if a card declines|on a decline}, {switch to the next card|swipe to the next one}\nHand-off: {goods and receipts|everything} to {our driver|the van} {in the car park|outside}, {the phone goes back|phone stays with us} at the end\nPay: {8%|10%} of {what you buy|the total}, cash {the same day|at the hand-off}; {if a cashier asks|if staff ask}, it's {your dad's card|your own card}; {never|don't} {show your ID|use your own ID}",
                "{Weekend|Easy} shopping job, {$200|$300} a day! {Take|Get} {our phone|a phone} with {cards ready in the wallet|payment cards loaded}, {tap to buy|buy} {gift cards and electronics|gift cards} at {Walmart and Target|big stores}, {hand the goods to our driver|drop everything with our driver}. {No need to know|Don't ask} whose cards they are. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-cash-parcel-receiver", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
            [
                "PARCEL SIGN-IN LOG — {Week|Wk} {1|2|3} — address: {your apartment|the Airbnb we booked|your building's lobby}\n{Mon|Tue} {11:20|14:05}　{FedEx|UPS} box to \"{Mr. J. Miller|Ms. A. Lee|a name we give}\" (not you), {signed for|signed} ✔, {unopened|don't open}, photo of the label sent ✔\n{Wed|Thu} {16:40|18:10}　box handed to {our driver|the courier} {in a Walmart car park|at the gas station}; it {holds|has} {cash|\"documents\"} from {an elderly client|a grandma} {in Ohio|in Florida} {you never met|you don't know}\nPay: ${100|150} a box, ${50|80} extra {for a same-day hand-off|if you drive it over}\nRules: {never|don't} {sign your real name|use your own name} on {anything|the label}; {if anyone asks|if police come}, say you {were holding it for a friend|don't know what's inside}",
                "{Home-based|Easy} {package receiver|parcel assistant} wanted: {accept|receive} {boxes|packages} {at home|at your address} {for our clients|for a client}, {sign for them|sign}, {leave them sealed|don't open them}, {give them to our courier|hand them to our driver} {within hours|the same day}. ${100|150} {per package|a box}. {Don't ask|No need to know} what's inside. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("campus-net-desk",
        [
            "【校园网续费单 Campus Network Renewal】{学校|校区} School：<city>{某某大学|某学院}网络信息中心　{账号|学号} Account：{本人学号|学生本人学号}（{统一身份认证|实名认证} verified ✔）\n{套餐|本学期套餐} Plan：{100M|不限速}{包学期|包月}，{网费|费用}{由本人|学生本人}{用校园卡|在校园卡里}{缴|扣} ✔\n{须知|提示} Notice：{账号和密码|统一认证密码}{仅限本人|只能本人使用}，{不得出借、出租、转让|不能借给或卖给别人} (never lend, rent or sell your account)；{有人|若有人}{高价收|花钱收购}{校园网账号|毕业生账号}，{那是|这是}{给诈骗团伙|给境外诈骗}{挂设备|做跳板}{用的|的} (it is used by fraud rings)；{毕业|离校}{前|时}{到|去}{网络中心|服务台}{注销|销号}，{二次验证码|动态口令}{别告诉别人|不要转发给任何人}",
            "【<city>{某某大学|某学院}{网络中心|信息中心}{提醒|通知}】{毕业季|离校前}{有人|不法分子}在{宿舍群|表白墙}{收|高价收}“{校园网账号|毕业生校园网}”，{一个|每个}{给300|出500}——{别卖|不要卖}，{你的账号|账号}{会被|被}{拿去|用来}{挂设备|给诈骗团伙上网}，{出了事|查起来}{找的是|追的是}{账号本人|你}。{离校手续|毕业离校}{请到|在}{服务台|网上大厅}{注销|销号}，{网费余额|余额}{退回|退到}{校园卡|本人卡}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("court-mail-notice",
        [
            "【装封清单】{<city>某区人民法院|<city>中级人民法院}{诉讼服务中心|送达组}　{批次|第<d>批}：{36|48}封\n{名单|收件人}：{本院|在办}{案件|民事案件}{当事人|被告}（{按案号|案号}{逐一|一一}{核对|对应}）\n{内容|文书}：{应诉通知书|传票}{和|、}{起诉状副本|举证通知书}，{加盖|盖}{院章|法院印章}，{不附|没有}{二维码|付款链接}，{从不要求|不要求}{转账|缴纳“保证金”}\n{装封|流程}：{双人|两人}{复核|核对}{后|以后}{装进|装入}“{EMS法院专递|法院专递}”{封套|信封}，{全部|统一}{交|送}{邮政|EMS}{收寄|揽收}，{送达回证|回执}{入卷|归档}\n{提醒|附言}：{若收到|收到}{要求转账或扫码的|带二维码、要你转账的}“{法院|传票}”信件，{是诈骗|是假的}，{请|可}{拨打12368|打12368}{核实|查询}",
            "{家里|爸妈}{收到|收到了}一封“{法院传票|医保冻结通知}”？{先看|看清}三点：{真正的|真的}{法院专递|法院文书}{只走|通过}{EMS|邮政}，{写明|有}{案号|承办人}，{不会|从不}{印|附}{二维码|收款账号}{要你|让你}{交钱|转账}。{信里|上面}{让你|要你}{扫码|打“咨询电话”}{解冻|交保证金}的，{都是假的|是诈骗}，{拨|打}{12368|96110}{咨询|核实}。{请|帮}{转给|转发给}{家里老人|爸妈}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("repair-work-order",
        [
            "【手机维修单】{单号|维修单号}：WX<d><d><d><d>　{机型|手机}：{华为|OPPO|vivo|苹果}　{故障|问题}：{换屏|换电池|进水}\n{顾客|客户}：<surname>{先生|女士}（{手机卡|SIM卡}{已当面取出|顾客自己带走} ✔，{锁屏密码|开机密码}{不留|没留}，{开|用}{维修模式|访客模式}）\n{取机|取机时间}：{明天下午|后天}\n{店规|规定}：{维修期间|修机时}{不插|不装}{任何|别人的}{手机卡|电话卡}，{不接收|不收}{顾客的|任何}{验证码|短信}，{不登录|不打开}{微信、支付宝|顾客的账号}；{测信号|测试通话}{只用|用}{店内|店里的}{测试卡|测试机}\n{取机|交机}：{顾客|本人}{当面|现场}{开机|检查}{确认|验机}，{签字|签收}",
            "<company>{招|招聘}{手机维修学徒|维修技术员}：{换屏|换电池}、{主板|排线}{维修|检测}，{给|帮}{顾客|客户}{做|开}{维修单|维修登记}，{修机时|维修时}{全程|一律}{不碰|不动}{顾客的|客户的}{手机卡|账号和短信}，{会|懂}{焊接|拆机}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-errand-records",
            [
                "SHOPPING RUN SHEET — {Hartley & Co.|Brightline Logistics|North Bay Dental} {office|front desk} — runner: {the office assistant|our admin assistant}\nPhone: {the company iPhone|the office phone}, one {company purchase card|corporate card} in {Apple Wallet|the wallet app}, {issued to|in the name of} the assistant, {monthly limit|limit} ${1,000|1,500}\nStops: {Staples|Costco|Office Depot}: {printer paper|coffee and snacks|toner} for the office, {tap|pay by tap}; {itemised receipt|receipt} {uploaded|photographed} to the expense system {the same day|right away}\nHand-off: {supplies|everything} to the {stock room|front desk}; {the phone is returned to the drawer|the phone stays in the office}\nRules: {never|don't} {add cards that aren't ours|load any other card} to the phone; {gift cards are not allowed|no gift cards} on the company card; if someone asks you to {buy with someone else's card|use cards that aren't yours}, tell {finance|your manager}",
                "PARCEL SIGN-IN LOG — {Week|Wk} {1|2|3} — {Riverside Apartments|Maple Court} {front desk|concierge}\n{Mon|Tue} {11:20|14:05}　{FedEx|UPS} box for {Apt 4B|Apt 12C} resident {Ms. Lee|Mr. Garcia}, signed ✔, collected by the resident with {fob|ID} ✔\n{Wed|Thu} {16:40|18:10}　box for \"{Mr. J. Miller|A. Lee}\" — {no such resident|not a resident}: {refused|sent back}; {a man came asking for it|someone called asking us to hold it} and said he would \"{pick it up for a client|pass it to a driver}\"; {reported to police|fraud line called}\nRules: we sign only for {named residents|residents by name}; we never hold boxes for people who don't live here; {mailed cash|cash by mail} from {older people|grandparents} is {usually|often} a scam — call {the fraud line|the police}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("guild-recruiter", JobAdAudience.Students,
        [
            "【喊话记录表】{游戏|手游}：{某仙侠手游|某武侠手游}　{区服|服务器}：{双线<d><d>区|新区<d><d>服}　{公会|帮会}：“{听雨阁|长风堂|星火}”　{喊话人|记录人}：{公会招新官|副会长}（{本人账号|自己的号}）\n{时间|时段}：{每晚|周末}{8点–10点|19:30–21:30}，{每半小时|每小时}{发一条|喊一次}（{遵守|按}{世界频道|游戏}{发言规则|规则}，{不刷屏|不连发}）\n{内容|喊话}：“{听雨阁|长风堂|星火}{招活跃成员|收萌新}，{周三周六|每晚}{公会战|副本}，{游戏内|直接在游戏里}{点申请|申请入会}”（{不发|不留}{群号|外部链接}，{不拉人到|不引到}{游戏外|站外}）\n{完成|数量}：{本晚|今晚}{喊了|发出}{4|5}条　{入会|新成员}{3|6}人 ✔",
            "<company>{招|招聘}{游戏社区运营|手游运营专员}：{负责|管理}{游戏内|官方}{世界频道公告|系统公告}{和|、}{官方玩家群|玩家社群}，{发布|策划}{版本活动|节日活动}{公告|通知}，{核实|处理}{玩家|用户}{对刷屏、外挂、拉人进群的|对广告和外部引流的}{举报|投诉}，{熟悉|热爱}{手游|游戏}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("cod-merchant-shipper", JobAdAudience.Parents,
        [
            "【到付发货单】{批次|单号}：DF<d><d><d><d>　{寄件人|发件人}：<company>{仓库|电商部}（{公司月结账号|公司寄件账号}，{到付款|代收货款}{回|进}{公司对公|公司}账户）\n{收件人|订单}：{店铺|小程序}{后台|里}{买家|客户}{自己下的|亲自下的}{订单|单}{32|45}单，{每单|逐单}{客服|电话}{回访确认|确认过} ✔\n{内容|货}：{土特产|茶叶|农家腊肉}，{到付|货到付款}{按订单金额|按订单价}{收|付}\n{签收|到账}：{物流|快递}{代收货款|到付款}{每周|按周}{回款|结算}{给公司|到公司账户}，{核对|对账}{完|后}{记账|入账}\n{备注|注意}：{没有订单的|没下单的}{人|地址}{不发货|一律不发}；{买家|客户}{说没买|拒收}的{原路退回|直接退回}，{不打电话催|不催}",
            "<company>{招|招聘}{电商发货员|仓库打包员}：{按|根据}{客户订单|后台订单}{拣货|配货}{包装|打包}，{打印|贴}{电子面单|快递面单}，{到付|货到付款}{订单|件}{要先|先}{跟客户确认|电话确认}{才发|再发}，{按周|每周}{跟物流|和快递}{核对回款|对账}，<hours>，<salary_month>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("group-plan-admin", JobAdAudience.General,
        [
            "【集团号卡申领表 Group SIM Request】{单位|集团客户} Company：<company>　{申请人|经办} Applicant：{行政部|人事部}<surname>{经理|主管}\n{申领|本次申领} Request：{销售部|新员工}{号卡|手机卡}{3张|5张}，{使用人|员工} User：{每张|逐一}{填写|登记}{在职员工|员工本人}{姓名、工号|姓名和工号}，{员工|本人}{带身份证|到营业厅}{实名|刷脸}{领取|激活} ✔\n{资费|套餐} Plan：{公司|集团}{统付|包月}，{仅限|只能}{本人|工作}{使用|用}\n{须知|规定} Rules：{手机卡|号卡}{不能借给或卖给别人|不得转借、出售} (never lend or sell)；{员工|使用人}{离职|走的时候}{交回|退回}{号卡|卡}，{行政|我们}{当天|及时}{销号|停机}；{运营商|客户经理}{核查|回访}{照实|如实}{回答|说明}{谁在用|使用人}",
            "<company>{招|招聘}{行政专员|行政助理}：{负责|管理}{公司|集团}{号卡|手机卡}{申领|办理}{和|、}{离职销号|回收}，{登记|核对}{员工|使用人}{台账|信息}，{月底|每月}{核对|对}{通信费|话费账单}，{办公用品|快递}{采购|收发}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
