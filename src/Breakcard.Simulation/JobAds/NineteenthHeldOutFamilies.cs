namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The nineteenth held-out families (round 19), the development set in round 20 (ADR 386) and training families since round 21 (ADR 389); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 18's families became the development set and before any change prompted by them (ADR 366).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — parents opening a bank card and a phone card in their under-age
/// child's name and handing both over (bank accounts and phone cards), buying air and train tickets
/// on one's own booking account with money wired to one's card and cancelling them so that the
/// refunds pass through it (payment settlement), renting flats in one's own name, with broadband in
/// one's name, and giving a "team" the smart lock (other help: premises; internet access), taking
/// shop-front and till photos of shops that are not one's own and lending one's ID as the "owner" for
/// payment-merchant applications (payment settlement), hand-delivering a phone to an old person living
/// alone and setting up a meeting app with screen sharing on it (communication; technical support),
/// shipping "documents" that are card kits on one's employer's courier account (other help to card
/// dealing), an English student's verified short-let host account lent as "co-host" for fake listings
/// whose deposits are paid outside the platform (internet accounts; advertising), and an English
/// photo-verified dating profile sold with selfie checks on call (internet accounts; helping pass
/// verification) — and honest texts on the same acts in the same forms: a bank's appointment slip
/// for a child's account opened with the child present, a travel agency's ticketing and refund log
/// that refunds only to the account that paid, a company's waybill under its courier account, a
/// property manager's co-host invite and a social-media agency's profile handover, a payment
/// acquirer's onboarding packet taken with the owner present, a phone shop's home-delivery task card,
/// a letting agent's smart-lock record. They are written as appointment slips (开户预约单), ticketing
/// and refund logs (出票/退票明细), smart-lock authorisation records (智能门锁授权记录), onboarding
/// packets (进件资料包), home-visit task cards (上门任务卡), waybills (电子运单), co-host invites and
/// profile handovers, forms earlier families did not use; risky and honest texts share every one of
/// them, and the honest texts name cards, accounts, SIMs, IDs, codes, payments, transfers and
/// collections in the same words as the risky ones, so neither the form nor the vocabulary gives the
/// label away. Their one held-out run is recorded in docs/screening.md;
/// in round 20 they were tuned on, never trained on; since round 21 they are trained on.
/// </summary>
internal static class NineteenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("guardian-card-opener", JobAdScheme.CardRenting, JobAdAudience.Parents,
        [
            "【开户预约单】{预约号|单号}：KH<d><d><d><d>　{办理人|带孩子去的}：{家长|父母一方}（{带户口本|户口本+本人身份证}）\n{开户人|户主}：{你孩子|孩子本人}（{16|17}{周岁|岁}，{在读|上高中}）\n{要办|办理}：<bank>银行{一类卡|借记卡}{1张|一张}+{手机卡|电话卡}{1张|一张}（{用孩子的名字|登记孩子名字}）+{微信|支付宝}{实名|绑卡}\n{柜台|银行}{问用途|问办卡干什么}：{就说|说}“{存压岁钱|孩子上学用}”\n{办完|当天}：{卡、密码和手机卡|卡和手机卡}{交给|寄给}{对接人|我们的人}，{家长拿|你拿}{800|1200|1500}元/套，{家里两个孩子|两个孩子}{就翻倍|都能办}\n{备注|注意}：{孩子没满18|孩子还小}{不追责|查不到大人}，{卡被冻了|卡出问题}{我们|会}{再补一套的钱|补钱}",
            "{宝妈宝爸|家长们}{看过来|注意}：{孩子|家里孩子}{满16岁|有身份证}的，{带上户口本|家长陪着}{去银行|到柜台}{用孩子名字|给孩子}{办张卡|开个户}，{再办张|顺便办}{手机卡|电话卡}，{整套|卡和号}{交给我们|给我们用}，{一套|每套}{800|1200}元{现结|当天结}，{孩子还小|没成年}{查不到|不会有事}。{卡拿去干嘛|用途}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("ticket-refund-runner", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "【出票/退票明细】{账号|APP}：{你本人的|你实名的}{12306|携程|飞猪}{账号|APP}　{付款卡|绑定卡}：{你名下的|你本人的}<bank>银行卡\n{09|10}:{1|2|3}<d>　{出票|购票}　{成都|重庆|西安}→{三亚|广州|昆明}　{乘客|乘机人}：{我们给的名字|<surname>某}　{4860|6320|3980}元（{票款|钱}{我们先打到你卡上|先转到你卡里}）\n{11|13}:{0|1|4}<d>　{退票|全退}　{手续费|退票费}{我们出|算我们的}　{退款|票款}{原路退回|退回}{你的卡|你卡上}\n{14|16}:{0|3}<d>　{转出|转走}　{退款|这笔钱}{转到|打到}{对接人给的账户|指定账户}，{你留|每单}{3%|2%}\n{备注|注意}：{一天|每天}{十来单|几十单}，{航司|银行}{问起|打电话}就说{给亲戚买的票|行程变了}；{乘客是谁|钱从哪来}{别问|不用管}",
            "{在家|宿舍}{就能做的|躺着做的}{兼职|副业}：用你{自己的|实名的}{12306|携程|飞猪}{账号|APP}{帮|给}{我们的“客户”|客户}{买机票|买火车票}，{票款|钱}{我们先打到|先转进}你{卡里|银行卡}，{过一两个小时|当天}{就退票|全部退掉}，{退回来的钱|退款}{再转到|转到}{我们给的账户|指定账户}，{每单|一单}{给你|返}{3%|2%}。{客户是谁|为什么要退}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("flat-lease-front", JobAdScheme.IdentityLending, JobAdAudience.Unemployed,
        [
            "【智能门锁授权记录】{房屋|房间}：<city><district>{某小区|某公寓}{12|18|23}-<d><d>{01|02}（{租房合同|合同}{签的是你的名字|你本人签}，{押一付三|押一付一}{我们出|钱我们给}）\n{授权用户|已授权}：“{运营|技术}{1|A}”“{运营|技术}{2|B}”……{共|一共}{6|8}人　{有效期|期限}：{永久|一年}\n{宽带|网络}：{用你身份证|以你名义}{办|拉}{500M|千兆}宽带{两条|一条}\n{你要做的|你负责}：{每月|按月}{交房租|把房租转给房东}（{钱我们给|我们打给你}），{房东|物业}{来看|问起}就说{朋友在这儿做直播|合租的同学}，{别进屋|不要上门}\n{报酬|费用}：{一套|每套}{每月|月}{800|1000}元；{屋里做什么|他们干嘛}{不用管|别问}",
            "{招|找}{“挂名租客”|挂名租房的}：用你{身份证|本人名义}{签|租}{一套|两套}{房子|公寓}，{房租押金|钱}{我们出|全包}，{宽带|网络}{也用你名字|你名下}{办|装}，{钥匙|门锁密码}{交给|给}{我们团队|运营的人}，你{不用住|不用去}，{每月|每个月}{800|1000}元。{他们在里面干什么|屋里做啥}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("merchant-photo-taker", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【进件资料包】{每套|一套}要：\n① {门头照|店门口全景}：{随便找|路边}{一家|任意}{小吃店|便利店|理发店}，{店名拍全|招牌拍清楚}，{老板不用知道|不用跟老板说}\n② {收银台|店内}{照片|两张}：{趁没人|人少的时候}{进去拍|拍}，{别拍到|不要拍}{老板的脸|店员}\n③ {营业执照|执照照片}：{我们给|用我们发的}\n④ {法人|店主}：{你的身份证正反面|你的身份证}+{手持照|一段眨眼视频}，{结算卡|收款卡}{填|绑}{我们给的卡|指定的银行卡}\n{用途|拿去}：{开|申请}{聚合收款码|扫码支付商户}\n{报酬|价格}：{只拍照|门头套图}{30|50}元，{带身份证的|全套}{300|500}元，{日结|当天结}；{支付公司|审核}{打电话|回访}就说{是我的店|店是我开的}",
            "{跑腿|兼职}{拍照|拍店}：{骑车|路上}{顺手|随手}{拍|拍一下}{小店|街边小店}的{门头|招牌}{和|、}{收银台|店内}，{每套|一套}{30|50}元，{不用|别}{跟老板说|让老板知道}；{愿意|肯}{用自己身份证|拿身份证}{当|做}“{店主|法人}”的，{一套|每套}{300|500}元。{照片拿去|资料}{干嘛|做什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("phone-delivery-setup", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【上门任务卡】{单号|任务}：SM<d><d><d><d>　{送到|地址}：<city><district>{某小区|某单元}，{收件人|客户}：<surname>{阿姨|叔叔}（{一个人在家|独居}）\n{交付|送去}：{新手机|一部新手机}（{已装好|装了}“{安全会议|云会议}”{APP|软件}）+{新手机卡|一张新卡}\n{到了|见面后}：{帮他|帮客户}{开机|插卡}，{输入|填}{会议号|房间号}<d><d><d> <d><d><d> <d><d><d>，{打开|点开}“{共享屏幕|屏幕共享}”，{把旧手机|他原来的手机}{关机|收走}\n{客户问起|别多说}：就说“{单位|有关部门}{让我送来的|安排的}”，{别让他|不许他}{给家里人打电话|联系子女}\n{报酬|跑腿费}：{每单|一单}{300|500}元，{路费另算|打车报销}；{对方是谁|为什么要送}{别问|不用管}",
            "{同城|本地}{跑腿|送货}{兼职|急单}：{把|将}{我们的|公司的}{新手机|手机}{送到|交到}{客户|<surname>阿姨}{本人手上|手里}，{当面|到了}{帮他|帮客户}{装好|登录}{会议软件|视频会议}，{打开|开}{屏幕共享|共享屏幕}{再走|就行}，{一单|每单}{300|500}元{现结|当天结}。{客户|对方}{为什么要|干嘛}{换手机|用这个}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("courier-account-lender", JobAdScheme.CardBuying, JobAdAudience.General,
        [
            "【电子运单】{月结账号|月结卡号}：{你们公司的|你单位的}<d><d><d><d><d><d><d>（<company>）\n{寄件人|发件人}：{填公司名|写“行政部”}，{不用|不填}{真实姓名|本人身份证}\n{收件人|收件}：{“<surname>总”|<surname>先生} {东莞|深圳|昆明|南宁}{某某路|某村}　{物品|托寄物}：“{文件|资料}”（{实际|里面是}{卡包|银行卡、U盾、手机卡}{一套|3套}）\n{保价|声明价值}：{不保价|无}　{付款|运费}：{月结|公司月结}\n{每周|一周}{寄|发}{30|50}单，{一单|每单}{给你|返}{20|30}元；{公司|财务}{对账|问起}就说{给客户寄合同|寄样品}，{快递员|驿站}{要开箱|要验视}{就说|说}{是文件|是合同}",
            "{公司有|单位有}{顺丰|京东|快递}{月结账号|月结卡}的{行政|前台|文员}{朋友|看过来}：{帮|替}我们{寄|发}{点|几件}“{文件|资料}”，{寄件人|发件人}{写公司|填单位}，{不用|不走}{实名|你身份证}，{运费|钱}{我们|现金}{给你|补你}，{每单|一单}{20|30}元{外快|辛苦费}。{里面是什么|寄给谁}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-host-listing-lender", JobAdScheme.IdentityLending, JobAdAudience.Students,
            [
                "CO-HOST INVITE — {your listing|listing} \"{Cozy studio near campus|Sunny 1BR, city centre|Student room, all bills incl.}\" ({Superhost|verified host}, {4.9|4.8} stars, {63|112} reviews)\nInvited: {\"Anna - Property Team\"|our \"management team\"}　Permissions: {full access|edit listings, message guests, payouts}\nStep 1: {accept|approve} the invite and {turn off|mute} {new-login e-mails|notifications}\nStep 2: we add {5|8} new listings {under your profile|to your account} with {our photos|photos we supply}\nStep 3: guests who ask {get a link|are told} to pay the deposit {by bank transfer|outside the app}, {\"to save fees\"|\"for a discount\"}; {delete|archive} the threads {after|when done}\nPay: {RMB 600|RMB 900} a week {to your WeChat|via Alipay}; {don't|no need to} reply to {guests|anyone} who {complain|report you}",
                "{Have a|Got a} {verified host account|Superhost profile} {with good reviews|with reviews}? {Add us as co-host|Share it with our team} and {earn|get} {RMB 600|RMB 900} a week. We post {a few|some} {listings|rooms} under your name and handle the guests, {you do nothing|no work}. {Don't ask|No need to know} where the deposits go. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-dating-profile-seller", JobAdScheme.IdentityLending, JobAdAudience.Students,
            [
                "PROFILE HANDOVER — {dating app|Hinge|Bumble|Tinder} account of {you|the seller} ({photo-verified|blue tick}, {age 24|age 27}, {Shanghai|Shenzhen|Chengdu})\nHand over: {login e-mail|phone login} + {password|app password}; {move|switch} the phone number {to ours|to the team's}\nKeep: {your real photos|the verified selfie} - {don't delete|do not change} them\nWe change: {bio|job title} to \"{investment analyst|works in finance|crypto trader}\"\nIf the app asks for a selfie check: {send us|record} a {head-turn|blink} video {within 10 minutes|when we ask}\nPay: {RMB 800|RMB 1,200} {per profile|once} + {RMB 100|RMB 200} per selfie check; {don't|no need to} {ask|know} who we talk to",
                "{Selling|Buying} {verified dating profiles|dating app accounts}! {Girls|Anyone} with a {photo-verified|blue tick} profile: {hand us the login|give us access}, {keep|we keep} your photos, {we chat|our team chats} with {matches|your matches}. {RMB 800|RMB 1,200} per account, {extra|bonus} for {selfie checks|video checks}. {No questions|Don't ask}. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("minor-account-appointment",
        [
            "【开户预约单】{预约号|单号}：KH<d><d><d><d>　<bank>银行<city>{分行|支行}\n{开户人|户主}：{<surname>同学|孩子本人}（{16|12}岁，{本人到场|须本人到场}）　{监护人|陪同人}：{父亲|母亲}（{户口本|出生证明}+{本人身份证|监护人身份证}）\n{办理|业务}：{二类账户|儿童储蓄卡}{一个|1个}，{用途|用于}：{存压岁钱|交学费}；{单日|每日}{消费|转账}{限额|上限}{500|1000}元，{不开通|不办}{网银|非柜面大额转账}\n{提醒|柜员说明}：{卡|账户}{只能|仅限}{孩子和家长|本人家庭}{自己用|使用}，{出租、出借、出售|借给别人、卖给别人}{银行卡和手机卡|卡和号}{违法|都违法}，{有人|如果有人}{出钱|给钱}让你{用孩子名字办卡|替孩子开户}{请|要}{拒绝并报警|打96110}；{银行|我们}{会|将}{电话回访|定期回访}{家长|监护人}",
            "{家长群里|朋友圈里}{有人|最近有人}{说|发}“{用孩子名字|拿孩子身份证}{办张卡|开个户}，{一套|每套}给{800|1200}”，{别信|千万别办}。{孩子的|未成年人的}{银行卡、手机卡|卡和手机号}{只能|只}{自己家|孩子自己}用，{交给别人|卖出去}{就是|等于}{帮骗子收钱|给诈骗团伙送卡}，{孩子|一家人}{会被|也会被}{列入|纳入}{惩戒名单|失信名单}，{以后|将来}{开户、办手机卡|办卡、坐车、上学}{都受影响|都会受限}。{转给|转发给}{家里有孩子的|身边的}{朋友|家长}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("travel-refund-desk",
        [
            "【出票/退票明细 Ticketing & Refund Log】{<city>|}{环球|途悦|嘉程}{旅行社|国旅}{票务部|商旅部}　经办 Agent：<surname>{同事|专员}\n{09|10}:{1|2|3}<d>　出票 Issued　{成都|重庆|西安}→{三亚|广州|昆明}　乘客 Passenger：{<surname>某|客户本人}　{4860|3980}元，{客户本人的银行卡付款|乘客本人银行卡支付} paid by the passenger's own card\n{11|13}:{0|1|4}<d>　退票 Refunded　退票费{按航司规定|5%}，退款原路退回 refund to the original card\n规定 Rules：退款只退回原付款账户，不转到第三方账户 Refunds go back only to the account that paid, never to a third party；票款只收乘客本人或单位对公账户 Fares only from the passenger or the company account\n今日 Today：出票 {12|18}，退票 {2|3}，{已对账|对账完成} reconciled ✔",
            "{<city>|}{环球|途悦|嘉程}{旅行社|国旅}{招|招聘}{票务专员|机票酒店预订专员}：{为|给}{客户|企业客户}{订|预订}{机票、火车票|机票和酒店}，{办理|处理}{改签、退票|退改签}，{核对|对账}{票款|收款}{和|与}{退款|退票款}，{会|熟悉}{订票系统|航司系统}{优先|即可}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("courier-account-rules",
        [
            "【电子运单】{月结账号|月结卡号}：<d><d><d><d><d><d><d>（<company>）\n{寄件人|发件人}：{行政部|前台}<surname>{某|同事}（{本人实名|实名}{登记|认证}），{寄件台账|寄件登记}第<d><d><d>号\n{收件人|收件}：{客户|合作方}{<surname>经理|<surname>总} {广州|杭州|昆明}　{物品|托寄物}：{合同|发票}{一式两份|两份}（{快递员|收件员}{当面|现场}{验视|开箱看过}）\n{规定|说明}：{公司|月结}{账号|账户}{只|仅}{寄|发}{公司业务|本公司}{文件|物品}，{不替|不给}{外人|个人}{寄|代寄}，{不寄|禁止寄}{银行卡、手机卡、U盾|任何人的卡和证件}；{每月|月底}{财务|行政}{对账|核对}，{对不上的|不明的}{单|件}{追查|要核实}",
            "<company>{招|招聘}{行政前台|行政专员}：{收发|负责}{快递|信件}，{用|通过}{公司月结账号|公司账户}{寄|发}{合同|样品}{并|、}{登记|记台账}，{月底|每月}{和快递公司|跟财务}{对账|核对}，{接待|会议室预订}，<hours>，<salary_month>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-account-handover",
            [
                "CO-HOST INVITE 共同房东邀请 — listing \"{Cozy studio near campus|Sunny 1BR, city centre}\" owned by {Mr. Chen|Ms. Li} ({verified host|Superhost})\nInvited: {Grace|Kevin} from {Harbour Homes|CityNest Lettings}, {property manager|guest relations}　Permissions 权限: {message guests, calendar|calendar and cleaning}; payouts 收款: {stay with the owner|go to the owner's own bank account} 只打到房东本人账户\nRules 规定: all bookings and deposits through the platform 平台内付款; we never ask guests to pay by bank transfer or outside the app 不让房客私下转账; no new listings without the owner's signed consent\nManagement agreement #{2|3}<d><d><d> signed ✔",
                "PROFILE HANDOVER — {Instagram|Xiaohongshu|WeChat Channels} page of {Bloom Florist|Lotus Yoga Studio|Corner Cafe} (client), {end of contract|contract ended} {March|June}\nHanded back: {login e-mail|admin role} to the owner; {password reset by the owner|the owner set a new password}; two-factor codes now go to the owner's own phone ✔\nRemoved: our {agency|team} accounts from {admin roles|page roles} ✔\nNote: we never keep clients' logins, never sell or rent pages, and never ask owners for bank card details or verification codes\nFiles: {photos|the content calendar} {shared|sent} to the owner's {drive|e-mail}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("shop-onboarding-photographer", JobAdAudience.Unemployed,
        [
            "【进件资料包】{商户|店名}：{<surname>记小吃|老<surname>便利店|<surname>姐理发店}（{店主|老板}{本人在场|在店里}）\n① {门头照|店门口全景}：{招牌|店名}{和|与}{营业执照|执照}{一致|对得上}\n② {收银台|店内}{照片|两张}：{店主|老板}{同意后|同意}{再拍|拍}\n③ {营业执照|执照}：{原件|现场}{拍照|核对}\n④ {法人|店主}：{身份证|证件}{原件|本人}{核对|核验}，{结算卡|收款卡}{必须是|只能是}{店主本人的|法人本人的}{银行卡|账户}\n{提交|上传}：{公司|收单}{APP|系统}，{审核|风控}{通过后|后}{装|送}{收款码|扫码盒子}\n{负责人|外拓}：<surname>{经理|主管}",
            "{支付公司|收单服务商}{招|招聘}{地推专员|商户拓展}：{走访|上门}{街边|社区}{小店|商户}，{帮|为}{店主|商户}{开通|办理}{收款码|扫码收款}，{拍|采集}{门头|店内}{照片|资料}，{核对|核验}{执照、身份证|证照}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("phone-setup-courier", JobAdAudience.Unemployed,
        [
            "【上门任务卡】{单号|任务}：SM<d><d><d><d>　{送到|地址}：<city><district>{某小区|某单元}，{客户|收件人}：<surname>{阿姨|叔叔}（{本人|儿子}{在门店|在网上}{下单|买的}）\n{交付|送去}：{新手机|老人机}{一台|1部}，{客户|本人}{当面|自己}{验机|拆封}{签收|签字}\n{帮忙|服务}：{导通讯录|把旧手机的照片和联系人导过去}，{字体|音量}{调大|调到最大}，{装|登录}{客户自己要的|本人常用的}{微信|医保}{APP|软件}，{密码|验证码}{让客户自己输|由本人输入}\n{不做|禁止}：{不装|不安装}{远程控制、会议|共享屏幕}类软件（{除非|要子女}{本人|亲自}{要求|同意}），{不收走|不带走}{旧手机|任何东西}，{不问|不看}{银行卡|验证码}\n{完成|回店}：{拍|发}{签收单|签收照片}{回店|给门店}",
            "<city>{手机店|数码门店}{招|招聘}{送货安装员|上门服务员}：{把|将}{客户|顾客}{买的|订的}{手机、平板|手机}{送上门|送到家}，{帮|教}{老人|客户}{设置|用}{新手机|智能手机}，{导|迁移}{通讯录|照片}，<hours>，{底薪|月薪}{4000|4500}+{每单|提成}，{有电动车|会骑电动车}{优先|即可}。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("flat-lock-keeper", JobAdAudience.General,
        [
            "【智能门锁授权记录】{房屋|房间}：<city><district>{某小区|某公寓}{12|18}-<d><d>{01|02}（{租客|承租人}：<surname>{先生|女士}，{本人|实名}{签约|登记}）\n{授权用户|已授权}：{租客本人|<surname>先生本人}、{合租室友|家人}{1|2}人（{均已|都}{登记身份证|实名登记}）；{保洁|维修师傅}{临时密码|一次性密码}{2小时有效|用后失效}\n{宽带|网络}：{租客|承租人}{本人|自己}{办理|开通}\n{管家|我们}：{不外借|不转给}{门锁密码|密码}，{退租时|退租}{清除|删掉}{全部授权|所有密码}；{非登记人员|陌生人}{长期|频繁}{出入|进出}{会|将}{核实|上门核实}",
        ], reserve: JobAdSplit.Training),
    ];
}
