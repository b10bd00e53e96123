namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The held-out families (round 30), written 2026-11-25 blind — by an engineer who had not opened the screening normaliser,
/// patterns, model or their tests, nor read any round's misses — after round 29's families became the development set and
/// before any change prompted by them (ADR 472). New stories in the manner of the 帮信 reporting of 2024–2026, on acts no
/// earlier family told as its main act, across Art. 287-2 and the two-card rules — paying refundable bidding deposits on
/// online auction platforms with money wired to one's card, never bidding, and sending the refunds on (payment settlement),
/// running an "AI outbound calling" system that plays recorded lures to tens of thousands of numbers and hands over those who
/// press 1 (communication transmission; advertising), minding card sellers in a hotel in another city, their phones kept,
/// so that they answer the bank's call-backs by a script and do not report their cards lost (other help: keeping rented
/// cards in use), scouting ATMs for cardless deposits, limits, cameras and guards and filling in a sheet for "whoever
/// deposits" (other help: the runners' routes), counting and vacuum-packing bags of cash in a rented flat for a nightly
/// pick-up (payment settlement: a cash house), writing scripts that grab a 跑分 app's orders and confirm receipts on many
/// phones at once (technical support), an English cardholder who adds strangers as authorized users on their credit cards
/// and forwards the cards the bank mails (renting credit cards), and an English student who links their WhatsApp to "our"
/// computer for a daily fee (internet accounts) — and honest texts on the same acts in the same forms: an auction platform's
/// bilingual deposit record and a police notice on deposits paid for others, a licensed call centre's bilingual outbound
/// task for its own customers and a police notice on robocalls that sift victims, a hospital carer's bilingual duty sheet
/// and a police notice on "minding" card sellers, a bank's own ATM survey and its maintenance engineer's job, a bank cash
/// centre's counting ledger and the counting clerk's job, a firm's own reconciliation script and the RPA engineer's job,
/// and a household's own authorized-user sheet and a shop's own linked-device log. They are written as bidding deposit
/// records (竞拍保证金单), outbound call tasks (外呼任务单), companion duty sheets (陪住值守表), site survey sheets (网点勘察表),
/// counting ledgers (点钞簿), script development orders (脚本开发单), authorized-user sheets and linked-device logs, forms
/// earlier families did not use; risky and honest texts share every one of them, and the honest texts name cards, accounts,
/// SIMs, IDs, codes, payments, transfers and collections in the same words as the risky ones, so neither the form nor the
/// vocabulary gives the label away. Nothing is tuned on them.
/// </summary>
internal static class HeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("auction-deposit-cycler", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【竞拍保证金单】{批次|单号}：BZ<d><d><d><d>　{竞买人|报名人}：{你|本人}（{用你自己的|你本人实名的}{身份证|账号}{注册|报名}{阿里拍卖|京东拍卖|网络司法拍卖}）\n{资金|入账}：{我们|老板}{分|分成}{几笔|两三笔}{转到|打进}{你的|你本人}{银行卡|一类卡}，{每笔|一笔}{3万到8万|5万左右}，{你|本人}{当天|马上}{交|缴}{保证金|竞拍保证金}\n{报名|操作}：{按|照}{我们发的|清单上的}{标的|拍品}（{二手车|法拍房|库存设备}）{报名|交保证金}，{到时|开拍时}{不出价|别出价}{或者|或}{出一口|出一次}{就停|就不跟}，{没拍中|流拍}{后|以后}{保证金|钱}{原路|退回}{退到你卡上|退回你的卡}\n{交还|转出}：{退回|到账}{当天|的当天}{转给|转到}{我们给的|指定的}{账户|卡}，{每次|一次}{留|拿}{1%|2%}；{钱|资金}{从哪来|谁的}{别问|不用管}，{平台|银行}{问起|打电话}就说{自己想买|替朋友看车}",
            "{有空的|在家的}{朋友|宝妈}{接单|做任务}：{用你的|本人}{身份证|账号}{在|上}{拍卖平台|司法拍卖}{报名|交保证金}，{钱|保证金}{我们|老板}{先转给你|打到你卡上}，{不用|别}{出价|真拍}，{流拍|没拍中}{退回来|原路退回}{再|就}{转给我们|转回指定账户}，{每笔|一次}{拿|抽}{1%|2%}。{钱哪来的|为什么这么做}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Risky("ai-robocall-operator", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【外呼任务单】{任务|批次}：WH<d><d><d><d>　{操作员|坐席}：{你|本人}（{在家|宿舍}{用|开}{我们给的|我们开好的}{AI外呼|智能语音}{后台|系统}）　{号码|名单}：{今天|每天}{2万|5万|10万}{个|条}{号码|手机号}\n{话术|录音}：{系统|机器人}{自动|挨个}{拨打|打过去}，{播|放}{我们的|发来的}{录音|语音}：“{您好，我是京东金融客服，您的百万保障即将扣费|您的快递丢失，现在给您理赔|您的学生账户需要注销，否则影响征信}，{需要|取消请}{按1|按一}”\n{交付|转接}：{按了1的|听完没挂的}{号码|客户}{导出|整理}{发到|交给}{我们的|对接}{群|QQ}，{后面|之后}{的事|怎么聊}{我们的人|客服}{接手|来做}，{话术|录音}{我们|每天}{换|更新}\n{报酬|费用}：{每个|一个}{按1的|意向}{号码|客户}{给你|结}{3|5}元，{日结|当天结}；{打的|客户}{是谁|被怎么样}{别问|不用管}，{线路|号码}{被封|停了}{我们|就}{再换|换新的}",
            "{在家|宿舍}{兼职|接单}：{用|开}{我们的|我们给的}{AI外呼|智能外呼}{系统|后台}，{导入|上传}{号码|名单}{自动|让机器人}{打|拨}，{按1的|有意向的}{号码|客户}{导出|发给我们}，{一个|每个}{给|结}{3|5}元，{日结|当天结}。{话术|录音}{我们给|都准备好了}，{打给谁|后面干嘛}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Risky("card-seller-minder", JobAdScheme.CardRenting, JobAdAudience.Unemployed,
        [
            "【陪住值守表】{日期|时间}：{这周一起|下周三起|本周起}{五天|七天|十天}　{值守人|陪住人}：{你|本人}　{地点|住处}：<city>{一家|某}{快捷酒店|民宿}（{房|房间}{我们开|用别人的身份证开}）\n{对象|人员}：{三到五个|四个}{卖卡的|“卡主”}（{他们的|各自的}{银行卡|一类卡}{和|、}{手机卡|手机}{已经|都}{交给|在}{我们|老板}{手上|那}）\n{值守|要求}：{他们的|卡主的}{手机|电话}{由你|你}{收着|保管}，{银行|客服}{打电话|回访}时{递给他|让他接}，{按|照}{我们给的|话术}{说|答}“{是我本人在用|转账是做生意}”，{不让|别让}{他们|卡主}{出门|单独出去}、{挂失|报警}、{去银行|补卡}\n{报酬|工钱}：{一天|每天}{300|400|500}元，{包吃住|吃住我们出}，{卡|账户}{用完|不用了}{就|再}{放人|散了}；{卡|账户}{拿去干嘛|谁在用}{别问|不用管}",
            "{外地|异地}{陪住|看场}{日结|急招}：{在|到}<city>{酒店|民宿}{陪|看着}{几个|三五个}{卖卡的|“卡主”}{住|待}{一周|几天}，{手机|电话}{你收着|你保管}，{银行|客服}{打电话|回访}{让他们|叫他们}{按话术|照说}{接|答}，{别让|不让}{他们|人}{跑了|去挂失}，{一天|每天}{300|500}元，{包吃住|吃住全包}。{卡干嘛用|谁在用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Risky("atm-site-scout", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "【网点勘察表】{区域|片区}：<city><district>　{勘察员|跑点人}：{你|本人}（{骑车|步行}{跑|转}{一圈|一遍}）　{点位|网点}：{今天|本周}{二十个|三十个|二三十个}{自助银行|ATM}\n{记录|要填}：{能不能|是否支持}{无卡存款|无卡取款}，{单笔|一天}{限额|最多}{多少|几万}，{摄像头|监控}{几个|朝哪}，{有没有|是否有}{保安|值守}，{几点|什么时候}{关门|人少}，{附近|周边}{好不好|能否}{停车|打车}\n{交付|上报}：{每个|一个}{点位|网点}{拍|照}{门头|机器}{照片|正面}{和|、}{周边|进出口}{视频|照片}，{填好|填完}{表|这张表}{当天|晚上}{发给|交给}{我们|对接人}，{用的人|后面谁去存}{别问|不用管}\n{报酬|工钱}：{一个|每个}{点位|网点}{30|50}元，{日结|当天结}；{有人|保安}{问起|问你}就说{找|在找}{能存钱的|方便的}{ATM|取款机}",
            "{骑车|跑腿}{兼职|日结}：{按|照}{我们给的|地图上的}{点位|地址}{跑|转}<city>{的|各家}{自助银行|ATM}，{看|记}{能不能|是否}{无卡存款|无卡取款}、{限额|监控}{和|、}{几点|什么时候}{人少|关门}，{拍照|拍视频}{发我们|交上来}，{一个|每个}{点位|网点}{30|50}元。{记来干嘛|谁用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Risky("cash-counter-packer", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【点钞簿】{日期|时间}：{今天|昨天|本周一}　{点钞员|记账}：{你|本人}（{在|到}{我们租的|一套}{民房|公寓}{里|内}{干|上班}）　{来款|进钞}：{跑腿的|送钱的}{送来|拎来}{三袋|五袋|几袋}{现金|现钞}\n{清点|点钞}：{用|拿}{点钞机|验钞机}{点|过}{两遍|一遍}，{一万|每万}{一捆|一扎}，{按|照}{来人|单号}{分|分开}{装|码}，{真空|塑封}{打包|封好}，{数|金额}{记在|写进}{簿子|本子}{上|里}\n{交出|转走}：{晚上|当天}{换|另}{一个人|一拨人}{来|上门}{取|拿走}，{金额|件数}{对上|核对}{就|后}{签字|交接}，{手机|电话}{进门|上班时}{关机|交出来}，{窗帘|门窗}{别拉开|关好}\n{报酬|工钱}：{一天|每天}{300|400|500}元，{日结|当天结}；{钱|现金}{哪来的|是谁的}{别问|不用管}，{有人|邻居}{问起|敲门}就说{做|是}{收账的|小生意}",
            "{急招|招}{点钞员|现金整理}（{日结|包吃}）：{在|到}{我们的|一套}{公寓|民房}{用|拿}{点钞机|验钞机}{点|整理}{现金|现钞}，{一万|每万}{一扎|一捆}{打包|封好}，{晚上|每天}{交给|有人来}{取走|拿走}，{一天|每天}{300|500}元，{手机|电话}{上班|进门}{交出来|关机}。{钱哪来的|是谁的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Risky("grab-order-scripter", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "【脚本开发单】{单号|需求编号}：JB<d><d><d><d>　{开发|接单人}：{你|本人}（{会|懂}{Auto.js|安卓无障碍|按键精灵}，{在|用}{自己的电脑|宿舍}{写|做}）　{对象|APP}：{我们的|车队用的}{“抢单”|“跑分”}{APP|平台}\n{功能|要求}：{手机上|后台}{一直|24小时}{盯着|刷新}{订单|派单}，{有单|出单}{就|马上}{自动|秒}{抢|接}，{收款|到账}{短信|通知}{一来|到了}{就|自动}{点|按}“{确认收款|已收款}”，{多开|十几台手机}{同时|一起}{跑|挂}\n{交付|维护}：{脚本|代码}{打包|做成}{APK|一键安装}{发给|交给}{我们|车队长}，{平台|APP}{改版|更新}{后|了}{你|本人}{当天|马上}{改好|修好}，{每周|每天}{看|报}{一下|一次}{成功率|抢单率}\n{报酬|费用}：{一个版本|首版}{3000|5000}元，{维护|每月}{另付|再给}{1500|2000}元；{平台|单子}{做什么的|谁的钱}{别问|不用管}，{有人|警察}{问起|来问}就说{写|做}{自动化测试|外包}",
            "{会|懂}{Auto.js|按键精灵|安卓无障碍}的{同学|程序员}{接单|私活}：{给|帮}{我们的|一个}{抢单APP|跑分平台}{写|做}{自动抢单|自动确认收款}{脚本|插件}，{多开|多台手机}{能跑|稳定}，{首版|一个版本}{3000|5000}元，{维护|改版}{另算|另付}。{平台做什么的|钱是谁的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Risky("english-tradeline-seller", JobAdScheme.CardRenting, JobAdAudience.General,
            [
                "AUTHORIZED USER SHEET — {week 12|week 30|this month} — cardholder: you ({your own|your} {Chase|Amex|Capital One|Discover} credit card{s|}, {good|clean} {limit|history})\nSlots: {each week|every week} we {text you|send you} {2|3|5} {names|people} with {a date of birth|an address} and you add them as authorized users {in your app|online}; {you never meet them|they are not family}\nCards: {if|when} the bank mails {an extra|their} card {to your address|to you}, {forward it|send it} {unopened|as it is} to the {address|P.O. box} we give you\nRules: {don't call|never call} the bank about them; keep them on for {30|60} days, then {remove them|take them off} {when we say|on our list}\nPay: ${50|75|100} per {slot|name} per month, {paid by Zelle|sent by Cash App} {every Friday|at month end}; {don't ask|no need to know} {who they are|what they use it for}",
                "{Earn|Make} ${50|100} a month per {slot|card}: add {people|our clients} as authorized users on your {credit cards|Visa or Mastercard}. {Send us|Forward} any {extra cards|cards the bank mails}. {Don't ask|No need to know} {who they are|what they buy}. Telegram @<handle>",
            ], reserve: JobAdSplit.HeldOut, language: "en"),

        AdFamily.Risky("english-whatsapp-link-renter", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
            [
                "LINKED DEVICE LOG — {day 3|day 12|this week} — account: your {WhatsApp|WhatsApp Business} ({your own|your} {phone number|number}, {at least|over} {6 months|a year} old)\nLink: open {Settings → Linked devices|Linked devices} and scan the {QR code|code} we send {every morning|each day}; our {team|computer} then {uses|runs} your account on WhatsApp Web {from 9 to 9|all day}\nMessages: we {message|contact} {hundreds of|200–500} {people|numbers} from your number about {\"remote jobs\"|\"investment groups\"|\"parcel fees\"}; you {don't read|never open} the chats and {don't unlink|keep it linked} until we say\nIf banned: {tell us|send a screenshot} and we {pay|move} you to {a new number|another account}; if someone {reports|complains}, say {your phone was hacked|you don't know}\nPay: ${15|20|30} per {day linked|day}, {paid daily|sent by Cash App}; {don't ask|no need to know} {who we message|what the chats are}",
                "{Students|Easy money}: {rent us|link} your WhatsApp {for the day|each day} — just scan our {QR code|code} under Linked devices. ${15|20|30} a day, {paid daily|Cash App}. {Don't read|Never open} the chats. {Don't ask|No need to know} {who we message|what it's for}. Telegram @<handle>",
            ], reserve: JobAdSplit.HeldOut, language: "en"),

        AdFamily.HardNegative("auction-deposit-record",
        [
            "【竞拍保证金单 Bidding Deposit Record】{单号|编号} No.：BZ<d><d><d><d>　{平台|拍卖行} Platform：{阿里拍卖|京东拍卖|<city>产权交易中心}　{竞买人|报名人} Bidder：{<surname>先生|<surname>女士}（{本人|自己}{实名|人脸}{认证|核验} ✔）\n{资金|付款} Deposit：{从|用}{本人|竞买人}{名下的|自己的}{银行卡|账户}{交|缴}{保证金|竞拍保证金} ✔，{不收|不接受}{第三方|他人}{代付|代交} ✔，{退款|退回}{只|仅}{原路|退回}{付款卡|本人账户} ✔\n{竞价|拍卖} Bidding：{本人|竞买人}{自己|亲自}{出价|竞价}，{拍中|成交}{后|的}{尾款|余款}{也由|须由}{本人|竞买人}{支付|付清} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{替他|用本人账号}{交保证金|报名竞拍}{又不出价|再把退款转给他}，{拒绝|别做}{并|，}{报告|告诉}{平台|客服}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{按笔|每笔给1%}{找|雇}{宝妈|闲人}{用本人|拿自己的}{身份证|账号}{在|上}{拍卖平台|司法拍卖}{报名|交保证金}，{钱|资金}{由|是}{他们|对方}{转到|打进}{你的|本人}{银行卡|卡里}，{不出价|流拍}{退回|退款}{后|以后}{再|又}{转给|转到}{他们的账户|指定账户}——{这是|可能是}{借|利用}{保证金|退款}{洗|转移}{诈骗|电诈}{资金|赃款}，{替人|为他人}{交保证金|走账}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{竞拍|交保证金}{请|须}{用|从}{自己的钱|本人账户}。",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.HardNegative("outbound-call-task-check",
        [
            "【外呼任务单 Outbound Call Task】{任务|批次} No.：WH<d><d><d><d>　{主体|企业} Company：<company>（{增值电信|呼叫中心}{业务|经营}{许可证|资质}{齐全|可查} ✔）　{坐席|操作员} Agent：{客服部|运营部}{小<surname>|<surname>工}\n{名单|号码} List：{只|仅}{打|拨}{本公司|自家}{已下单|已注册}{客户|用户}的{号码|手机号} ✔，{客户|用户}{同意|勾选}{接收|接听}{回访|通知} ✔，{不买|不用}{外部|来路不明}的{号码|名单} ✔\n{话术|录音} Script：{AI|语音}{机器人|外呼}{开头|先}{说明|报}{公司|品牌}{名称|名字} ✔，{内容|只说}{到货|预约|满意度}{通知|回访} ✔，{不|从不}{让|要}{客户|用户}{转账|提供验证码}，{客户|用户}{说|按}“{不要再打|退订}”{即|就}{拉黑|不再拨打} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{用|拿}{外呼系统|机器人}{打|拨}{陌生号码|买来的名单}{筛|找}“{按1的|意向}”{客户|号码}{交给|发给}{他们|对方}，{拒绝|别做}{并|，}{报告|告诉}{主管|公司}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{雇|找}{大学生|宝妈}{在家|宿舍}{用|开}“{AI外呼|智能外呼}”{系统|后台}{给|向}{几万|成千上万}{个|条}{陌生号码|手机号}{播放|放}“{京东金融客服|快递理赔|注销学生账户}”{录音|语音}，{把|将}{按1的|接听的}{号码|人}{交给|发给}{诈骗|电诈}{团伙|窝点}{接着骗|继续聊}——{替人|为他人}{外呼|拨打}{筛选|找}{受害人|目标}{赚钱|拿提成}，{可能|或}{构成|触犯}{帮信|犯罪}。{接到|听到}{这类|此类}{电话|录音}{请|要}{挂断|直接挂掉}。",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.HardNegative("care-duty-check",
        [
            "【陪住值守表 Companion Duty Sheet】{日期|时间} Date：{这周一起|下周三起|本周起}{五天|七天|十天}　{值守人|陪护员} Carer：{<city>|本地}{家政公司|护理站}{护工|陪护员}{<surname>阿姨|小<surname>}（{健康证|护理证}{齐全|可查} ✔）　{地点|病房} Ward：<city>{人民医院|中心医院}{<d><d>床|骨科}\n{对象|病人} Patient：{<surname>大爷|<surname>奶奶}{术后|住院}，{家属|子女}{签字|委托} ✔\n{值守|要求} Duty：{病人|老人}{手机|电话}{和|、}{银行卡|社保卡}{由|归}{病人|家属}{自己|本人}{保管|拿着} ✔，{银行|医院}{打电话|来电}{由|请}{病人|家属}{本人|自己}{接|回复} ✔，{护工|陪护员}{不碰|不经手}{钱|卡和密码} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{在|到}{酒店|外地}{看着|陪着}{卖卡的人|“卡主”}{接|应付}{银行|回访}{电话|来电}，{拒绝|别去}{并|，}{报警|告诉家人}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{以|打着}“{陪住|看场}{日结|包吃住}”{招|雇}{人|无业人员}{在|到}{外地|异地}{酒店|民宿}{看着|陪着}{卖卡的人|“卡主”}，{收走|扣下}{他们的|卡主}{手机|电话}，{银行|客服}{回访|打电话}时{逼|让}{卡主|他们}{按话术|照说}{答|回}，{不让|阻止}{挂失|报警}——{这是|可能是}{在|帮}{保住|看住}{诈骗|电诈}{团伙|窝点}{用的|买来的}{银行卡|账户}，{明知|知道}{还|仍}{去|做}，{可能|或}{构成|触犯}{帮信|犯罪}。",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.HardNegative("english-card-and-device-records",
            [
                "AUTHORIZED USER SHEET — {my own record|household} — cardholder: {Maria|Tom|Aisha} ({one|our} {Visa|Mastercard} credit card, {my own account|in my name})\nUsers: {only|just} {my spouse|my daughter|my son}, {living with me|at my address} ✔; {I know|we know} {every|each} purchase ✔\nCards: {their|the extra} card {stays with them|is kept at home} ✔; {the bill|statements} {paid|paid in full} from {my own|our} {bank account|checking} ✔\nNote: people {paid|offered cash} to add {strangers|names they are sent} as authorized users {are renting out their credit|may be helping identity fraud}; {don't do it|report it to the bank}",
                "LINKED DEVICE LOG — {March|this month} — account: {our shop's|the shop's} WhatsApp Business ({our own|the business} number)\nDevices: {only|just} the {front desk|office} {laptop|PC} and {the manager's|Maria's} tablet, {linked by staff|set up in the shop} ✔\nMessages: {only|just} to {customers who wrote to us|existing customers} about {orders|bookings} ✔; {no|never} bulk messages to {strangers|bought lists} ✔\nCheck: {every Friday|once a week} {we|the manager} {open Linked devices|review the list} and {unlink|remove} anything {we don't know|unknown} ✔\nNote: people {paid|offered $20 a day} to let strangers link their WhatsApp {lend their account for scams|may be helping fraud}; {never scan|don't scan} a stranger's code",
            ], reserve: JobAdSplit.HeldOut, language: "en"),

        AdFamily.Legitimate("atm-maintenance-route", JobAdAudience.General,
        [
            "【网点勘察表】{区域|片区}：<city><district>　{勘察员|工程师}：<bank>银行{设备科|运营部}{小<surname>|<surname>工}（{持|带}{工作证|派工单}）　{点位|网点}：{本行|我行}{自助银行|ATM}{四五台|六七台|十几台}\n{记录|要填}：{机器|设备}{运行|状态}{是否正常|有无故障}，{存取款|无卡存款}{模块|功能}{测试|检查} ✔，{摄像头|监控}{能否|是否}{看清|覆盖}{操作区|出钞口} ✔，{防窥罩|密码罩}{和|、}{反诈|防骗}{提示|海报}{在位|完好} ✔\n{交付|上报}：{勘察|巡检}{结果|问题}{当天|及时}{报|录入}{运营部|系统}，{照片|记录}{只存|只留}{行内|内部}{系统|存档} ✔，{不外传|不发给}{外人|他人} ✔\n{记录|签收}：{网点|支行}{负责人|主管}{签字|确认}",
            "<bank>银行{招|招聘}{自助设备运维工程师|ATM维护员}：{负责|主要负责}{本行|辖内}{自助银行|ATM}{巡检|维护}、{故障|卡钞}{处理|排除}{和|、}{网点|点位}{勘察|记录}，{需|要}{持|考}{电工证|驾照}{优先|即可}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Legitimate("cash-centre-clerk", JobAdAudience.General,
        [
            "【点钞簿】{日期|时间}：{今天|昨天|本周一}　{点钞员|清分员}：<bank>银行{现金中心|清分中心}{小<surname>|<surname>姐}（{上岗证|培训}{齐全|合格} ✔）　{来款|进钞}：{押运公司|押运车}{送来|交来}{网点|商户}{缴款|现金}{三四箱|几箱|十几箱}\n{清点|点钞}：{双人|两人}{同时|一起}{在|于}{监控下|摄像头下}{开箱|拆封} ✔，{点钞机|清分机}{清点|过机}{两遍|一遍}，{残损|可疑}{钞票|币}{单独|另行}{登记|上缴} ✔，{金额|数目}{与|和}{缴款单|交接单}{核对|对上} ✔\n{交出|入库}：{清点|清分}{后|完}{封签|打捆}{入库|交金库}，{交接|出入库}{双人|两人}{签字|登记} ✔\n{记录|签收}：{簿子|记录}{当天|每日}{交|报}{主管|运营主管}{复核|签字}",
            "<bank>银行{招|招聘}{现金清分员|点钞员}：{负责|主要负责}{现金中心|清分中心}{钞票|现金}{清点|清分}、{残损币|可疑币}{登记|处理}{和|、}{出入库|交接}{登记|记录}，{细心|认真}，{有|持}{会计|出纳}{经验|证}{优先|即可}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.HeldOut),

        AdFamily.Legitimate("automation-script-engineer", JobAdAudience.General,
        [
            "【脚本开发单】{单号|需求编号}：JB<d><d><d><d>　{开发|接单人}：<company>{信息部|IT部}{小<surname>|<surname>工}　{对象|系统}：{本公司|公司自己的}{财务|订单}{系统|后台}\n{功能|要求}：{每天|每晚}{自动|定时}{导出|下载}{本公司|公司}{收款|订单}{流水|明细}，{和|与}{银行|支付宝}{对账单|账单}{自动|逐笔}{核对|对账} ✔，{对不上|有差异}的{标红|列出来}{交|发给}{财务|会计}{人工|手工}{处理|确认} ✔\n{交付|维护}：{脚本|程序}{只|仅}{跑在|部署在}{公司|内部}{服务器|电脑} ✔，{账号|权限}{只读|仅查询}，{不|从不}{自动|替人}{确认收款|转账付款} ✔，{代码|文档}{交|存}{信息部|公司}{存档|备案}\n{记录|签收}：{财务|部门}{主管|经理}{测试|验收}{签字|确认}",
            "<company>{招|招聘}{RPA开发工程师|自动化脚本工程师}：{负责|主要负责}{本公司|公司内部}{财务|订单}{对账|报表}{流程|工作}{自动化|脚本开发}，{会|熟悉}{Python|RPA工具}{优先|即可}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.HeldOut),
    ];
}
