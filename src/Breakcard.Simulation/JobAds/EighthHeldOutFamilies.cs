namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The eighth held-out families (round 8), the development set in round 9 (ADR 230) and training families since round 10 (ADR 241); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 7's families became the development set and before any change prompted by them (ADR 213).
/// New stories from the 帮信 reporting of 2024–2026 — money sent to one's card to buy gold bars for
/// a courier, bank cards tapped on a phone running an NFC "relay" app, WeChat / Alipay family cards
/// (亲属卡, 亲情卡) opened to a "boss", bags of cash collected from elderly people and paid in at a
/// cardless ATM, contract phones signed for "free" and handed over with their SIM cards, a "Hong Kong
/// tour" to open Hong Kong bank accounts and hand them over, overseas students selling their bank
/// accounts when they graduate (English and bilingual), a campus "agent" paid per classmate who
/// hands over a card kit (a 卡头, not lending a card of one's own) — and new hard negatives — a
/// jewellery shop whose sales staff check who pays for gold, a community service centre helping
/// the elderly set up transit cards and family cards on their own phones, bank hall helpers, police text messages naming the new schemes, a
/// university's English leaving checklist; new plain jobs (a restaurant owner's voice message, an
/// appliance-cleaning labour agreement, an English museum-guide offer). They are written as
/// dispatch orders, voice-message transcripts, moments posts with comments, forum threads,
/// contract clauses, a tour-package listing, a leaderboard, text messages and emails, forms earlier
/// families did not use. Their one held-out run is recorded in docs/screening.md; in round 9
/// they were tuned on, never trained on, and in round 10 (2026-11-23, ADR 241) they joined training.
/// </summary>
internal static class EighthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("gold-runner", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【{派单|接单}{通知|详情}】{同城|本地}{代购|跑腿}\n单号：{JD|PD|GD}<d><d><d><d><d><d>\n{金额|货款}：{38000|52000|66000|80000}元（{已打到|稍后转入}{你的|你名下}{银行卡|卡上}）\n{门店|地点}：<city>{周大福|老凤祥|六福|中国黄金|水贝}{附近|柜台}{金店|门店}\n{任务|要求}：{收到钱后|钱一到账}{马上|一小时内}{去店里|到柜台}{买|刷卡买}{金条|投资金条|足金手镯}，{小票|发票}{拍照|留好}，{在|到}{店门口|地铁站出口}{交给|递给}{对接人|骑手}，{暗号|接头暗号}：{老板姓<surname>|取件码<d><d><d><d>}\n{跑腿费|佣金}：{每单|一单}{500|800|1000}元，{交货后|当场}{结清|现结}",
            "{有时间的|没事做的}{兄弟|朋友}{接个|跑个}{代买黄金|代购金条}的{活|单}：{客户|老板}{把钱|货款}{转到|打进}{你卡上|你的账户}，{你|本人}{拿卡|用这张卡}{去金店|到银楼}{买金|买成金条}，{买完|买好}{送到|交给}{指定|约好}的{人|地方}，{不用问|别问}{钱哪来的|客户是谁}，{一趟|一次}{给|结}{600|1000|1500}，{店员问|金店问}{就说|说是}{自己买|结婚用|给家里买}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("nfc-tap", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "（{语音转文字|语音消息转文字}）{喂|嗯}{就是说|我跟你讲}这个{活|兼职}{特别简单|真的简单}你{手机|安卓手机}{下一个|装个}{我发你的|我们的}{APP|软件}{然后|再}{把你的|拿你那张}{银行卡|储蓄卡|信用卡}{贴在|放在}{手机背面|手机后面}{贴个|放个}{三十秒|一分钟}{就行了|就可以了}{不用|也不用}{输密码|告诉我密码}{那边|我们那边}{自动|会}{刷|读}{一下|走}{然后|完了}{一次|贴一次}{给你|就给}{50|80|100}{块|元}{一天|每天}{能贴|可以贴}{好几次|几十次}{你|就}{别跟银行|别跟别人}{说就行|讲就行}",
            "{贴卡|碰卡}{兼职|任务}：{安装|下载}{NFC读卡|贴卡助手}{APP|程序}，{打开|开启}{手机NFC|NFC功能}，{按提示|根据语音提示}{把|将}{本人|自己的}{银行卡|借记卡}{贴|靠}在{手机|手机背面}{上|}{保持|别动}{20秒|半分钟}，{后台|系统}{显示|提示}{成功|完成}{即可|就结算}，{每贴一次|一次}{佣金|收益}{60|80}元，{卡|钱}{有变动|少了钱}{是正常的|属于正常}，{会|我们}{补回来|补给你}，<pay_freq>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("family-card", JobAdScheme.PaymentAccounts, JobAdAudience.Parents,
        [
            "{朋友圈|动态}：{姐妹们|宝妈们}{有空的|在家的}{来|看过来}，{开个|开通}{微信亲属卡|支付宝亲情卡}{给|送给}{我们老板|公司账号}，{额度|每月额度}{开满|设到最高}，{老板|公司}{先|会}{转钱|打钱}{到你的|进你}{零钱|银行卡}，{他那边|公司}{用亲属卡|用亲情卡}{付款|消费}，{每月|一个月}{给你|返}{500|800|1000}{辛苦费|好处费}💰\n{评论|评论区}：{请问|问一下}{安全吗|会不会冻卡}？\n{回复|作者回复}：{放心|不会的}，{钱是|用的是}{老板自己的|公司的}钱，{你|只}{开个卡|点一下}{而已|就好}，{私聊|私我}",
            "{亲属卡|亲情卡}{绑定|赠送}{兼职}：{用你的|本人实名}{微信|支付宝}{给|向}{我们提供的|指定的}{账号|微信号}{赠送|开通}{亲属卡|亲情付}，{并|再}{绑定|关联}{你的|一张}{银行卡|储蓄卡}，{每绑一个|每个账号}{奖励|给}{200|300}元，{之后|以后}{卡上|账户里}{进出|来往}的{钱|款项}{不用管|别问}，{有人|银行}{打电话|来问}{就说|说}{是亲戚|家里人在用}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("cash-pickup", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【{求职|兼职}{吧|版}】{标题|帖子}：{同城|本地}{跑腿|取件}{急招|长期招}，{一天|日入}{1000|2000}+\n{楼主|1楼}：{按|根据}{派单|APP派单}{上门|到小区}{取|拿}{一个|一个密封的}{文件袋|包裹}，{客户|老人}{会|亲手}{交给你|当面给你}，{拿到后|取完}{去|到}{附近|最近的}{ATM|银行自助机}{用无卡存款|无卡存款}{存进|存到}{派单给的|指定的}{几个|卡号}{账户|里}，{存完|存好}{拍小票|发截图}\n2楼：{袋子里|里面}{是|装的是}{现金|钱}吗？\n{楼主|1楼}：{别问|不要问}，{客户|老人}{问|问起来}{就说|说你是}{银行的|公司派来的}，{每单|一单}{提|拿}{5%|8%}",
            "{同城|本地}{急送员|取送员}{招聘|日结}：{接单|抢单}{后|以后}{按|照}{地址|导航}{上门|到家}{取件|取东西}，{见面|当面}{说|讲}{暗号|口令}，{东西|包裹}{不用拆|别拆开}，{取到|拿到}{后|以后}{到|去}{ATM|存款机}{分几次|分批}{存入|存到}{客服给的|指定}{账户|卡号}，{当天|每天}{结|现结}{800|1200}，{要求|只要}{有身份证|能跑腿}{会用ATM|会存钱}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("contract-phone", JobAdScheme.PhoneCards, JobAdAudience.Students,
        [
            "{0元购机|零元领手机}{活动规则|活动说明}：\n一、{凭|用}{本人身份证|你的身份证}{到|去}{营业厅|合作门店}{办理|签}{合约机|套餐合约}，{手机|新手机}{和|、}{手机卡|号码卡}{当场|现场}{交给|留给}{工作人员|我们}；\n二、{合约|套餐}{月费|每月话费}{由我们|公司}{代缴|承担}{24个月|两年}，{你|本人}{不用出|不出}一分钱；\n三、{每办一台|每签一部}{返|给}{现金|红包}{300|500|800}元，{可以|能}{连续|多}{办|签}{三台|五台}；\n四、{号码|手机卡}{欠费|停机}{与你无关|我们负责}，{营业员问|店员问}{就说|说}{自己用|送家人}。",
            "{学生|大学生}{福利|专属}：{办|签}{一部|一个}{iPhone|新手机}{合约机|分期机}，{机|手机}{和卡|连同号码卡}{给我们|回收给我们}，{立返|马上给你}{800|1000|1500}{现金|元}，{分期|月供}{我们还|公司出}，{不上征信|不影响征信}，{宿舍楼下|校门口}{等你|有人接}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("hk-account-tour", JobAdScheme.CardRenting, JobAdAudience.General,
        [
            "【{香港|港澳}{两日游|3天2晚}{特惠团|免费团}】\n{费用包含|包含}：{往返|来回}{高铁票|车票}、{酒店|住宿}、{餐费|三餐}、{通行证签注费|签注费用}\n{费用不含|不含}：{无|没有，全部包}\n{行程亮点|行程}：{第一天|首日}{跟领队|由领队陪同}{去|到}{两家|几家}{银行|香港银行}{开个户|开户}，{办|拿}{一张|两张}{港卡|香港银行卡}{和|、}{一张|香港}{电话卡|手机卡}；{第二天|次日}{自由活动|购物}\n{附加|特别}{说明|条款}：{港卡|卡}{和|、}{网银|U盾}{密码|登录}{交给|留给}{领队|旅行社}，{回来|返程}{就|再}{给|发}{红包|补贴}{2000|3000}元",
            "{想|免费}{去香港玩|游香港}吗？{有人|公司}{出钱|报销全部费用}，{你|只}{需要|要}{办好|带上}{港澳通行证|通行证}，{到了|过去}{开个|办个}{香港账户|港卡}，{开完|办好}{卡和密码|卡片和网银}{交给我们|由我们保管}{做外贸收款|收海外货款}，{另外|再}{给你|付}{2000|3500}，{银行问|柜员问}{开户目的|用途}{就说|说}{理财|读书|买保险}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("graduate-sell", JobAdScheme.CardBuying, JobAdAudience.Students,
        [
            "{Leaving the UK|Going home|Graduating} {after your Master's|this summer}? {Don't close|Don't cancel} your {bank account|Monzo or Barclays account}. {We buy|Buying} {student accounts|UK student bank accounts} {with the card, online banking and phone number|with card, app login and SIM}, {£300|£500|£800} {paid in RMB|to your Alipay|in cash} {before you fly|before you leave}. {Just hand over|Just send us} the {card and login|card, PIN and app login} {at the airport|by post}. {Nobody checks after you leave|The bank won't know}. DM @<handle>",
            "{回国|毕业}{前|之前}{别销户|别注销}！{收|回收}{英国|澳洲|加拿大}{留学生|学生}{银行账户|银行卡} We buy {student|overseas} bank accounts\n· {要求|Requirements}：{卡|card}、{网银|online banking}{和| and }{手机卡|phone SIM}{都在|all included}\n· {价格|Price}：{一个|each }{2000|3000|5000}元 RMB，{支付宝|Alipay }{秒结|paid at once}\n· {交接|Handover}：{走之前|before you fly, }{寄给我们|post it to us}，{回国后|after you leave, }{不用管|no one will check}",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Risky("campus-card-agent", JobAdScheme.CardBuying, JobAdAudience.Students,
        [
            "🏆{本周|本月}{校园代理|校区合伙人}{排行榜|业绩榜}🏆\n{第一名|No.1}：{<surname>同学|某学院<surname>同学}，{拉了|介绍了}{12|15|20}{个|位}{同学|室友}{办卡|交卡}，{到手|收入}{4800|6000|8000}元\n{第二名|No.2}：{<surname>同学|<surname>学姐}，{8|9|10}{个|位}，{到手|收入}{3200|3600|4000}元\n{奖励规则|阶梯奖励}：{你不用|不用你}{交自己的卡|出自己的卡}，{带|介绍}{同学|舍友}{去办|新办}{一类卡|银行卡}{和|加}{手机卡|电话卡}{交给我们|交到我们这里}，{每一套|每个人}{提成|给你}{300|400}，{满10套|超过十套}{再加|另奖}{1000|2000}\n{下线|你介绍的人}{每套|每人}{也拿|得}{200|300}，{别在|不要在}{班群|年级群}{发|说}，{私下|一对一}{聊|介绍}",
            "{寒假|开学}{创业|勤工}{机会|项目}：{招|找}{每个|各}{宿舍楼|学院}{的|一名}{负责人|代理}，{帮|替}{我们|公司}{收|收集}{同学|身边同学}{不用的|新办的}{银行卡|卡}，{每收一张|收一张}{你|代理}{抽|拿}{150|200|300}，{同学|卖卡的}{拿|得}{500|800}，{卡|东西}{统一|按周}{寄到|交到}{校外|市里}{的|}{地址|收货点}，{有人问|辅导员问}{就说|说是}{帮朋友|办着玩}，<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("jewellery-aml",
        [
            "{岗位名称|职位}：{珠宝|黄金}{销售顾问|柜台营业员}\n{工作地点|地点}：<city>{商场|步行街}{金店|珠宝专柜}\n{岗位职责|职责}：{接待|服务}{顾客|客人}，{介绍|讲解}{金条|黄金饰品}{和|及}{回收|以旧换新}{业务|服务}；{按|执行}{反洗钱规定|反洗钱要求}，{大额|单笔5万元以上}{购金|交易}{登记|核验}{顾客身份证|身份信息}；{付款人|刷卡人}{与|和}{购买人|顾客本人}{不一致|不是同一人}、{有人|陌生人}{代买|替别人买}{或|、}{神色慌张|一直接电话}的，{暂停交易|先不交易}{并|及时}{报告|联系}{店长|派出所}\n{薪资|待遇}：<salary_month>+{销售提成|提成}，<benefits>",
            "{金店|珠宝公司}{新员工|营业员}{培训|须知}：{近期|最近}{有|出现}{不法分子|诈骗团伙}{雇人|让人}{用|拿}{刚收到的|别人转来的}{钱|款项}{来店|到店}{买金条|购金}{再|然后}{交给|转交}{他人|上线}，{遇到|发现}{顾客|客人}{说不清|讲不清}{钱的来源|资金来源}、{手机里|电话那头}{有人|一直有人}{指挥|遥控}{购买|他买}，{请|要}{耐心|礼貌}{询问|劝阻}，{必要时|必要的话}{拨打|报}{110|96110}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("elderly-phone-help",
        [
            "{社区|街道}{为老服务|适老化服务}{站|中心}{招聘|招募}{数字助老员|助老专员}：{帮助|协助}{老人|辖区老人}{在|用}{自己的|本人}{手机|手机上}{开通|设置}{NFC交通卡|手机公交卡}、{医保电子凭证|电子社保卡}，{指导|教}{子女|老人}{为|给}{父母|家里老人}{开通|设置}{微信亲属卡|支付宝亲情卡}{并|和}{设置|设好}{每月额度|消费限额}；{讲解|提醒}{陌生人|别人}{让你|要你}{开亲属卡|贴卡|刷卡}{给他|换钱}{都是骗局|是诈骗}，{全程|所有操作}{老人本人|本人}{操作|在场}，{不得|严禁}{代管|保管}{老人|任何人}的{手机|银行卡}{和|、}{密码|验证码}，<salary_month>，<hours>，<contact>",
            "{银行|网点}{适老服务|厅堂服务}{志愿者|引导员}{招募}：{在|到}{网点|大厅}{帮|协助}{老人|老年客户}{用|操作}{手机银行|智能柜台}{查|查询}{余额|养老金到账}、{给|向}{子女|家人}{转账|汇款}，{遇到|发现}{老人|客户}{大额|急着}{取现|转账}{或|、}{说要|说是}{交给|送给}{上门|来取钱}的{人|“工作人员”}，{及时|马上}{告知|报告}{大堂经理|网点负责人}，{补贴|餐补}{每天|一天}{50|80}元。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("police-sms",
        [
            "【<city>{公安|反诈中心}】{提醒|温馨提示}：{近期|最近}{有|出现}“{同城跑腿|上门取件}{取现金|取文件袋}、{无卡存款|存ATM}{日结|日入}{千元|上千}”{兼职|招聘}，{也有|还有}“{0元购机|免费办合约机}”“{免费游香港|港澳游开户}”，{都是|均为}{诈骗团伙|犯罪团伙}{招人|雇人}{转移赃款|洗钱}的{套路|手段}，{参与者|应聘者}{涉嫌|可能构成}{帮信罪|诈骗共犯}。{请勿|切勿}{出租出借|出售}{银行卡|手机卡|港卡}，{遇到|接到}{请|可}{拨打|致电}96110。{退订|拒收}回T",
            "【{反诈|国家反诈中心}{预警|提示}】{您好|尊敬的用户}，{您的|您名下}{银行卡|借记卡}{近期|刚刚}{在|通过}{陌生设备|他人手机}{发生|出现}{NFC|“贴卡”}{交易|扣款}{或|、}{您的|您}{微信|支付宝}{向|给}{陌生账号|不认识的人}{开通了|赠送了}{亲属卡|亲情卡}，{如|若}{有人|是别人}{付钱|给钱}{让您|叫您}{贴卡|开卡}，{请|要}{立即|马上}{卸载|删除}{陌生APP|对方发来的软件}、{关闭|解绑}{亲属卡|亲情卡}{并|再}{到|去}{银行网点|开户行}{核实|办理}，{不要|切勿}{再|继续}{为他人|替别人}{收款转账|贴卡付款}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-leaving-checklist",
        [
            "Subject: {Leaving the UK|Before you go home} — {your checklist|what to do with your bank account and SIM}\nDear {graduating|international} students,\n{Please|Remember to} {close your UK bank account|close or update your bank account} and {cancel|end} your {phone contract|SIM plan} before you leave. {Never|Do not} sell, rent or {hand over|give away} your {bank card, online banking login or SIM|card, PIN or phone number}: {people who buy student accounts|account buyers} use them to move {fraud money|stolen money}, and the {account holder|student} can be {reported to the police|prosecuted} as a money mule{ and refused a visa|}. {If someone offers to buy your account|If you have been approached}, {tell|contact} {the International Student Office|Student Advice} or {call|report to} Action Fraud.\n{International Student Support|Student Services}",
            "{International Office|Student Services} notice: {graduation|leaving} {checklist|reminders} — {return your library books|hand back your room keys}, {close|settle} your {student bank account|bank account} {at the branch|in the app} and {keep|save} your {final statements|last payslip}. {Refunds of deposits|Your deposit refund} {are paid only|will only be paid} into an account {in your own name|held by you}. {Selling or lending your account|Letting anyone use your account} {is illegal|is a crime}{, however much they offer|}.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("voice-dishwasher", JobAdAudience.Unemployed,
        [
            "（{语音转文字|老板语音}）{喂|哎}你好{我这边是|我们是}<city>{一家|一个}{川菜馆|面馆|烧烤店}{招|缺}{一个|两个}{洗碗的|帮厨}{就是|主要}{洗碗|洗菜}{收拾一下|打扫}{后厨|厨房}{上午十点到晚上九点|中午十点到晚上九点}{中间|下午}{休息|歇}{两个钟|两个小时}{包吃|管两顿饭}{住的话|宿舍}{也有|有的}{工资|钱}{一个月|每月}{4000|4500|5000}{每个月|月底}{10号|15号}{微信转你|打到你自己卡上}{你|要是}{有健康证|有健康证明}{最好|更好}{没有|没有的话}{我们|店里}{带你去办|帮你约}{你直接|可以直接}{过来|来店里}{看一下|面试}{地址|位置}{我发你|发给你}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("appliance-cleaning", JobAdAudience.General,
        [
            "{家电清洗|空调清洗}{师傅|技师}{劳务协议|用工协议}（{节选|摘要}）\n甲方：<company>\n乙方：{应聘人员|技师}\n第一条 {乙方|技师}{负责|从事}{空调|油烟机|洗衣机}{上门|入户}{清洗|保养}，{甲方|公司}{提供|负责}{培训|带教}{和|及}{工具|清洗设备}。\n第二条 {报酬|劳务费}{按单计算|计件}，{每单|一台}{40|50|60}元，{甲方|公司}{于|在}{每月|次月}{10日|15日}{前|}{转入|支付至}{乙方本人|乙方名下}{银行账户|银行卡}，{不得|不}{由他人|他人}{代收|代领}。\n第三条 {乙方|技师}{不得|严禁}{私下|向客户}{收款|收现金}，{客户|顾客}{费用|付款}{一律|统一}{通过|付到}{公司|甲方}{小程序|对公账户}{支付|}。",
            "{招|急招}{家电清洗|空调清洗}{学徒|技师}：{零基础|没经验}{可学|包教}，{自备|有}{电动车|驾照}{优先|更好}，{平均|一般}{一天|每天}{做|接}{4到6单|五六单}，{按单提成|计件}，{月入|收入}{6000|8000}{以上|左右}，{工资|钱}{每月|按月}{发到|打到}{本人|你自己的}{银行卡|工资卡}，{签劳务协议|签合同}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-museum-guide", JobAdAudience.Students,
        [
            "Subject: {Offer|Your offer} — {weekend|part-time} {museum guide|gallery assistant}\nHi,\nThanks for {coming to the interview|your application}. We'd like to offer you the {weekend guide|visitor assistant} role at the {city museum|science museum} in {Chengdu|Xi'an|Nanjing}: {English and Mandarin tours|bilingual tours for school groups}, {Saturdays and Sundays|two shifts a week}, {120|150} yuan per {shift|tour}. {To set up your contract|For your contract and pay} please bring your {ID card or passport|student ID and passport} {on your first day|to HR}. Pay goes {monthly|every month} into {a bank account in your own name|your own bank account} — we never ask for your {card PIN or online banking password|PIN, password or any SMS code}.\n{Best regards|Kind regards},\n{Visitor Services|HR Office}",
            "{Bilingual|English-speaking} {hostel receptionist|tour desk assistant} wanted 招{前台|接待}（{会英语|英语流利}）: {check-in and check-out|welcome guests}, {book tours|answer questions} 办理入住、{订票|咨询}. {Night shift|Evening shift} {allowance|bonus}. 工资{每月|按月}发到本人银行卡 paid monthly into your own bank account. Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
