namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The thirteenth held-out families (round 13), the development set in round 14 (ADR 290) and training families since round 15 (ADR 307); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 12's families became the development set and before any change prompted by them (ADR 280).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — satellite internet terminals bought and activated in one's name
/// and carried to compounds across the border (internet access), domains and ICP filings made in
/// one's name with one's face verification for sites one is told not to look at (technical support,
/// helping others pass real-name checks), Apple IDs registered with one's number and Macs sending
/// iMessage phishing in bulk (communication transmission), AI face-swap and voice-clone videos of
/// "bosses", "sons" and "police" (other technical support), fake bank and airline customer-service
/// points put on map apps (advertising), online shops rented with their settlement accounts and the
/// owner's face verification (internet accounts with payment settlement), coaching card openers
/// through bank interviews and police call-backs with rehearsed lines (the 2025 opinion's
/// presumption of prepared answers), and an English chat "translator" who chats as a persona and
/// guides foreign "clients" to deposit — and honest texts on the same acts in the same forms: a
/// bank's role-play training that teaches tellers to refuse rehearsed card openers and its teller
/// job, a company shop's deposit receipt and its shop operator, a delivery-notice sender's payslip
/// (the company's filed 106 channel, no personal Apple ID), an English translator's timesheet; new
/// plain jobs of the same shape (an English satellite technician with a request for quotation, a
/// website-filing assistant who files in clients' own names, a map merchant-information checker who
/// reports fake hotlines). They are written as requests for quotation, interview invitation
/// letters, payslips, sticky notes, app push notifications, receipts, role-play scripts and
/// timesheets, forms earlier families did not use; risky and honest texts share all but the sticky
/// notes, and the honest texts name cards, accounts, SIMs, IDs, face verification, codes, payments,
/// transfers and collections in the same words as the risky ones, so neither the form nor the
/// vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md; in
/// round 14 they were tuned on, never trained on.
/// </summary>
internal static class ThirteenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("satellite-dish-buyer", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【询价单】编号：XJ-{2025|2026}-0<d><d><d>\n询价方：{境外矿区项目部|缅北“园区”后勤组|海外工地项目部}\n需求物品：{卫星上网终端|星链天线（俗称“卫星锅”）|便携卫星接收器} {5|8|10}套\n要求：{用你本人身份证和手机号|以你个人名义}在{电商平台|代购渠道}下单并{激活服务|开通月套餐}，{账号归我们用|登录信息交给我们}\n交付方式：{你本人带到边境口岸交给接货人|分拆快递寄到瑞丽、勐腊附近的代收点|走“小路”送过去}\n报价：每套{代购费|跑腿费}{1500|2000|3000}元，月费我们{打到你卡上|转给你}，你{按时续费|按时交月费}就行\n备注：{别说是给园区用的|海关问就说是自驾游用的|不要在群里发照片}，被停用了用{你家人|你朋友}的身份重新开",
            "{急招|招}边境{代购员|跑腿}，{在家|在老家}就能做：{用你的身份证|用你本人实名}买{卫星上网设备|星链卫星锅}再{开通服务|激活账号}，东西{交给我们的人带过境|寄到边境代收点}，{那边|境外}{没有网|断了网}，全靠这个。每套给你{1500|2000}元，月费{我们转到你卡上你来续|按月打给你}。{不用问用途|别问太多}，{账号被封|设备被停}了{换你亲戚的身份证|换个身份}再开，{长期合作|多多益善}。私聊{<handle>|<phone>}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("icp-filing-lend", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "【面试邀请函】\n<surname>同学您好：\n感谢您应聘我司“{网站备案专员|线上资质助理|域名管理兼职}”岗位，现邀请您参加{线上面试|语音面试}。\n时间：{明天|本周六}{上午10点|下午3点}\n准备材料：{身份证正反面|本人身份证原件}、{本人手机号|一张能收验证码的手机卡}、{能人脸识别的手机|刷脸用的手机}\n岗位内容：用您本人{身份|名义}注册{域名|网站}并{办理ICP备案|做网站备案}，{人脸核验|备案刷脸}时按我们发的{话术|说明}回答“个人博客”，备案{下来|通过}后把{域名账号|服务器和域名}的登录{交给技术部|给我们}，{网站内容|网站放什么}您{不用管|不用问}。\n报酬：每个备案{300|500|800}元，{三天到账|通过即结}。{管局|通信管理局}打电话核实时{说是自己在用|别说给别人}。",
            "{学生党|大学生}{兼职|副业}：{用你的身份证|拿你本人实名}{备案网站|做ICP备案}，{一个|每个}{500|800}元！{域名|服务器}我们出，你只需要{刷个脸|做人脸核验}{加|再}接个{管局|核验}电话，说是{自己的博客|个人网站}就行，{账号|后台}交给我们{运营|放内容}。{网站做什么|网站挂的什么}{你不用管|别问}，{被注销|被关}了换{你室友|你同学}的身份再备。{私|私聊}<handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("imessage-blaster", JobAdScheme.SmsCodes, JobAdAudience.Students,
        [
            "【工资条】{2025|2026}年{3|6|9|11}月  姓名：<surname>{同学|某}  岗位：{消息推送员|苹果群发员|iMessage推送}\n基本工资：0元\n推送提成：本月送达{30|40}万条，每万条{80|100}元\n苹果ID提成：用你本人{手机号|身份证}注册的{Apple ID|苹果账号}{6|10|12}个 × {30|50}元\n扣款：{账号被封|ID被停用}{2|3}个，{扣|每个扣}{50|100}元\n实发：{转到你卡上|打到你支付宝}\n说明：推送内容是{“ETC认证失效，点击链接更新”|“您的包裹无法投递，请点击链接”|“医保卡余额清零提醒”}，{用我们给的电脑|在宿舍用我们寄的苹果电脑}挂着{群发软件|脚本}发，{别点开链接|链接不要自己点}，{被封|ID停了}就用{室友|同学}的手机号再注册。",
            "{招|收}{苹果群发|iMessage推送}{兼职|学生}，{在宿舍|在家}{挂机|躺着}就有钱：用你本人{手机号|身份证}注册{Apple ID|苹果账号}，{登录|挂}在我们{寄来的|给的}{苹果电脑|Mac}上{群发|跑脚本发}{“ETC失效”|“包裹异常”|“积分兑换”}{短信|通知}，{每万条|一万条}{80|100}元，{每个ID|一个账号}另给{30|50}元，{日结|周结}到你卡上。{号被封|ID被停}了{换个号|用同学的号}接着发。{不要问内容|内容别管}，{私聊|加}<handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("ai-faceswap-maker", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【便签】\n{周一|今天}：客户发来{一个老板|一位领导|一个“儿子”}的{10张照片|朋友圈视频}和{一段语音|几条语音}，要做{15秒|30秒}{视频通话|换脸视频}，说话内容：“{我在开会，先帮我转|财务那边急用，先转}{20|50}万到这个账户”\n{周二|明天}：{声音克隆|克隆声音}要像，{口型对上|嘴型对得上}，{背景换成办公室|背景用会议室}\n{周三|后天}：{另一个客户|新单}要“{民警|检察官}”{穿制服的|视频认证用的}换脸，{配上|加上}“{冻结通知|资金核查}”\n报酬：每条{800|1500|2000}元，{U|USDT}结，{做完删原片|成品发完立刻删}，{不要问|别问}照片哪来的、视频发给谁",
            "{急招|招}{AI换脸|AI视频}{剪辑师|技术员}，会{换脸软件|AI换脸}和{声音克隆|AI配音}的来：{客户|我们}给你{别人的照片和语音|一个人的照片加几段语音}，你做成{能实时视频通话|以假乱真}的{换脸视频|视频}，{内容按我们的稿|台词我们给}，常见是“{领导让转账|家人出事要钱|民警视频核查}”。每条{800|1500}元，{U结|USDT结算}，{做完|交付后}{删原片|删记录}，{照片哪来的|发给谁}{不要问|你别管}。{私聊|联系}<handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("map-listing-poster", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "【任务推送】\n🔔 {09:12|10:05} 您领取的“{地图标注|商户入驻}”任务已派发：在{高德|百度|腾讯}地图上{新增|标注}“{某某银行信用卡中心|航空公司退改签服务点|快递理赔中心}”，{电话填|客服电话写}我们给的{400号码|手机号}\n🔔 {11:30|13:20} 请用您本人{手机号|身份证}注册{商户账号|地图商家号}，营业执照{用我们给的|我们提供}，{审核|认领}时{人脸核验|刷脸}您本人来做\n🔔 {15:00|16:45} {标注|认领}通过，奖励{80|120|150}元已转到您{银行卡|支付宝}；{被举报删除|被下架}的{重新标一个|换个名字再标}\n🔔 {20:00|21:10} 今晚{再接|加单}{5|10}个“{退款客服|理赔客服}”标注，{别用自己常用的号|多用几个号}",
            "{招|急招}{地图标注员|线上推广兼职}，{在家|手机上}就能做：在{高德|百度}地图上{新增|标注}“{银行客服中心|航空退改签|快递理赔}”的点位，电话{填我们给的号码|写我们的客服号}，用你本人{身份|手机号}注册{商家号|商户账号}并{刷脸认领|人脸核验}。{一个|每个}{80|150}元，{日结|当天结}到你卡上，{被删了|被举报下架}{再标|换名字重标}{还给钱|照样结}。{私|私聊}<phone>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("online-shop-rent", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "【收据】\n今收到 {运营团队|“代运营公司”|<surname>经理}\n交来 {抖店|拼多多店铺|淘宝店铺}“<surname>{家小铺|记优选|氏生活馆}”{月租金|租金}：人民币{叁仟元整（¥3000）|贰仟伍佰元整（¥2500）|伍仟元整（¥5000）}\n租用内容：店铺{登录账号|后台}、{绑定的|店铺}{收款账户|结算账户}、{你的手机号|绑定手机卡}{和|及}{店主刷脸|人脸认证}配合\n用途：{对方说“冲流水”|“走单”|“做活动”}，{订单|货款}{由对方|他们}{处理|发货}，{提现|货款提现}到{对方指定的卡|他们给的账户}\n收款人：<surname>{先生|女士}（店主本人）  {日期|经手}：{2025|2026}年<d>月\n备注：{平台|客服}问起就说{自己在经营|是自己的店}，{店被封|被限制提现}后{保证金|押金}不退",
            "{收|高价收}{闲置网店|抖店|拼多多店}，{月租|一个月}{3000|5000}元起！{有营业执照的店|开过店的}都要：{账号|后台}、{收款账户|结算账户}和{绑定的手机卡|店铺手机号}交给我们{运营|做流水}，{刷脸|人脸认证}时你配合一下，{货款|流水}{我们提现到自己的卡|提到我们指定账户}，{你什么都不用管|你躺着收租}。{平台问|客服查}就说是你自己在卖。{私聊|联系}<handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("bank-interview-coach", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "【剧本】第{1|2|3}场  {银行柜台|网点大堂}\n角色：{你（办卡人）|学员}、{柜员|大堂经理}\n柜员：您开卡{做什么用|什么用途}？\n你（按台词）：{发工资用的|兼职工资卡}，{公司要求的|我自己用}。（不要说{有人让你开|别人让开的}）\n柜员：{有人让您开卡吗|有人陪同吗}？\n你：没有，{我一个人来的|就我自己}。（{带你来的人|我们的人}在门外等）\n第{4|5}场  {派出所电话|反诈中心回访}\n民警：您的卡{有大额进出|涉嫌涉诈资金}\n你：{是我做生意的钱|我自己转的}，{卡一直在我身上|没给过别人}。\n{排练|过关}费：{每人|一次}{200|300}元，{开好卡|卡交出来}后再给{1000|2000}元。{卡被限制|被冻结}后{继续用|照样用}别的卡",
            "{招|找}{演技好|嘴巧}的{学生|年轻人}{兼职|赚快钱}：我们{教你|一对一教}{银行面签|开卡面谈}和{民警回访|反诈电话}的{话术|台词}，{排练|练}熟了去{银行|网点}开卡，{柜员问|被问}用途就说“{工资卡|自己用}”，{卡和U盾|卡、U盾和手机卡}{交给我们|给带你的人}。{每张|一张}{1000|2000}元，{卡被限制|卡被冻}了{再教你下一家|换家银行接着开}。{私聊|联系}<handle>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-chat-translator", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "TIMESHEET — {Bilingual Chat Assistant|Remote Translator} — week <d><d>\nName: {Kevin|Amy|Leo|Grace} <surname>   Team: {\"Overseas Clients\"|\"Platform Support\"}\nMon: 6 h — chatted as \"{Jessica|Michael|Anna}\" with {4|6} {foreign|US} clients, translated the {investment|crypto} scripts the team sends\nTue: 5 h — sent screenshots of \"profits\", asked clients to {top up|deposit more} to the {platform|app}\nWed: 7 h — client asked to withdraw; told him to pay the \"{tax|unfreeze fee}\" first, as the script says\nPay: {180|250} USDT/week + {3%|5%} of each client's deposit; {never|don't} use your own name, {delete|clear} the chats every night",
            "{Part-time|Remote} bilingual {chat|translation} job for Chinese students abroad 留学生翻译兼职: chat in English with \"clients\" on {WhatsApp|Telegram|dating apps} as the persona we give you, translate our scripts, {send them profit screenshots|show them the platform's returns} and {guide them to deposit|get them to top up}. {180|250} USDT a week plus {3%|5%} commission. 不需要经验，按话术聊就行；客户要提现就让他先交“税”。 Don't ask about the platform. DM <handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.HardNegative("bank-roleplay-training",
        [
            "【剧本】<bank>{某支行|网点}反诈情景演练  第{1|2}场  {银行柜台|网点大堂}\n角色：{柜员|新入职柜员}、{扮演客户的同事|“客户”}\n“客户”：我来开张卡，{做工资卡|兼职要用}。\n柜员：请问{哪家单位|是哪个公司}发工资？{有人让您开卡吗|有没有人在外面等您}？开好的卡、U盾和绑定的手机卡{只能您本人用|不能交给任何人}。\n“客户”：{他们说开一张给1000元|有人说卡借他用几天给钱}。\n柜员：这是{出租出借银行卡|租卡}，{可能构成帮信罪|涉嫌帮信犯罪}。我们{不能为您开户|暂缓办理}，并{提醒|告知}您{不要把卡交给别人|别把验证码和U盾给任何人}。\n点评：{开卡用途|用途}说不清、{有人陪同|有人在门外等}、{背好的台词|像背过的话}，都要{核实|多问}；{核实|问清}后{拒绝|暂缓}并上报。",
            "<bank>{招聘|社会招聘}{柜员|综合柜员}，{工作内容|岗位职责}：{办理开户、挂失、转账业务|受理开卡、转账和收款业务}，开户时{核实身份证|核验本人身份}、{问清开卡用途|了解开卡用途}，{发现有人带着来开卡|遇到背好台词来开卡的}、{要把卡和U盾交给别人的|卡要交给别人用的}要{婉拒|暂缓办理}并{提醒|劝阻}。{入职|上岗}前有{反诈情景演练|话术培训}。{工资|薪资}{5000-7000元|6000元起}，{发到本人工资卡|打到你自己的卡上}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("shop-operator-receipt",
        [
            "【收据】\n今收到 <company>\n交来 {抖店|拼多多店铺|天猫店}“<surname>记{优选|生活馆}”{店铺保证金|平台保证金}：人民币{贰仟元整（¥2000）|伍仟元整（¥5000）}\n说明：店铺{用公司营业执照开设|以公司名义开店}，{结算账户|收款账户}是公司{对公账户|的对公户}，{店主|管理员}{人脸认证|刷脸}由{法人本人|公司负责人}完成\n{经手人|店铺运营}：<surname>{小姐|先生}  {收款单位|收款方}：{平台|电商平台}\n备注：运营{不使用|不用}个人{收款账户|银行卡}，{不出租|不出借}店铺和账号；{货款|提现}只{提到|转入}公司对公户",
            "<company>{招|招聘}{电商运营|店铺运营专员}，{负责|管理}公司的{抖店|拼多多店}：{上架|商品上架}、{订单|订单处理}、{售后退款|退款和售后}，{对账|每周对账}。店铺{用公司营业执照开|是公司名义开的}，{收款账户|结算账户}是公司{对公户|对公账户}，{你|员工}{不用|不能}用个人{银行卡|收款码}收钱，也{不会|绝不}租用任何人的店。{薪资|工资}{5000-8000元|6000元+提成}，{发到|打到}你{本人|自己的}工资卡，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("notice-sender-payslip",
        [
            "【工资条】{2025|2026}年{4|8|10}月  姓名：<surname>{某|女士|先生}  岗位：{消息推送专员|客户通知运营}  单位：<company>\n基本工资：{4500|5000}元\n绩效：{到货通知|取件提醒}{按时发送|准确率}{99%|100%}  {600|800}元\n扣款：社保个人部分 {420|460}元\n实发：{转入|发到}本人工资卡（<bank>）\n说明：{通知短信|取件通知}用公司{备案的|实名的}106{短信|通道}发送，{内容|模板}{经审核|报备过}；{不使用个人手机号、个人Apple ID群发|不用个人苹果账号群发}，{不发送|不发}任何链接；{用户退订|退订}的号码{立即停发|不再发送}",
            "<company>{招|招聘}{客户通知运营|消息推送专员}：{用公司的|通过公司}{106短信通道|备案短信通道}{给已下单的客户|给收件人}发{到货|取件|预约}通知，{维护|整理}{退订名单|发送记录}，{对|核对}{发送量|账单}。{不用|不会让你用}个人{手机号|Apple ID}{群发|发信息}，{通知|短信}{不带|不放}链接。{薪资|工资}{4500-6000元|5000元+绩效}，{发到本人工资卡|打到你自己的卡}，{五险一金|缴社保}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-translator-timesheet",
        [
            "TIMESHEET — {Freelance Translator|Customer Support Translator} — week <d><d>\nName: {Mia|Jack|Lily|Tom} <surname>   Client: {a cross-border e-commerce shop|an online furniture store}\nMon: 4 h — translated customer emails and chat replies (refunds, delivery, card payments) between English and Chinese\nTue: 3 h — translated the shop's payment page and the \"we never ask for your card PIN or verification code\" notice\nWed: 5 h — subtitles for the shop's product videos\nAll chats run from the company's own support account under the company's name; I never chat as a persona or ask anyone to pay.\nPay: £{18|22}/hour to my own bank account, monthly invoice.",
            "{Freelance|Part-time} translator (English ⇄ Chinese) 中英翻译兼职 for {a cross-border shop|an online retailer}: translate customer emails, {refund|delivery} chats and the payment-page text, in the company's own support account and under its name. You never use a fake identity, never ask customers to {top up|pay} or move money. £{18|22} per hour, paid monthly to your own bank account. 按小时结算，工资打到本人账户。Send your CV to <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("english-satcom-technician", JobAdAudience.General,
        [
            "REQUEST FOR QUOTATION — RFQ-{2025|2026}-0<d><d>\nBuyer: {a coastal shipping company|an offshore wind farm operator|a mountain hydropower station}\nItem: {maritime satellite terminals|satellite internet terminals} x {4|6}, with licensed airtime from an authorised operator\nRegistration: every terminal and airtime contract in the buyer's company name; no personal accounts\nInstallation: on the buyer's own {vessels|sites}, by the supplier's certified technician\nPayment: by bank transfer from the buyer's corporate account after acceptance\nContact: procurement office, <email>",
            "Satellite communications technician wanted: install and maintain {maritime|site} satellite terminals for our clients' {ships|wind farms|mountain stations}, licensed equipment only, every terminal registered to the client company. Travel allowance, overtime paid. Salary {8,000–12,000|9,000+} yuan a month to your own bank account. Email <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("web-filing-assistant", JobAdAudience.Students,
        [
            "【面试邀请函】\n<surname>同学您好：\n感谢您应聘<company>“{网站备案助理|建站客服}”岗位，现邀请您{到公司|来我司}面试。\n时间：{下周一|本周五}{上午10点|下午2点}  地点：<city><district><street>\n岗位内容：{协助|帮}{客户|企业客户}{整理|准备}{ICP备案|网站备案}材料，{提醒|告诉}客户{备案人脸核验|刷脸核验}必须由{网站负责人本人|客户本人}完成，{备案主体|备案人}就是{客户自己|客户公司}；{不用|不会用}员工或{他人的身份证|别人的身份}备案。\n待遇：{4000-5500元|实习每天150元}，{工资|报酬}{发到本人银行卡|打到你自己的卡}。请携带{简历|本人简历}。",
            "<company>{招|招聘}{网站备案助理|建站助理}，{大学生实习|应届生}可：{帮客户准备|整理}{ICP备案|网站备案}材料、{跟进|查询}{管局|通信管理局}审核进度。{备案|网站}都{用客户自己的|以客户本人或客户公司的}{身份|名义}，{人脸核验|刷脸}{客户本人做|由客户本人完成}。{工资|实习补贴}{4000元起|每天150元}，{发到|打到}本人卡上，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("map-merchant-checker", JobAdAudience.Unemployed,
        [
            "【任务推送】\n🔔 {09:00|09:30} 今日“{商户信息核实|地图点位核实}”任务已派发：{<city>|本区}{15|20}个{商户|点位}，{核实|核对}{店名|营业时间}和{客服电话|联系电话}\n🔔 {12:10|14:00} 发现“{某某银行信用卡中心|退改签服务点}”电话{不是官方号码|与官网不符}，已{上报|提交}平台{下架|核查}，{提醒|官方提示}：银行和航空公司的客服电话{以官网为准|只认官网}\n🔔 {17:30|18:00} 今日完成{18|20}个，{报酬|任务费}{120|150}元{将随月薪|月底}{发到|打到}您本人{工资卡|银行卡}\n🔔 {20:00|20:30} {商户|点位}{认领|入驻}须由{店主本人|营业执照上的负责人}{刷脸|人脸核验}，{核实员|我们}{不代人认领|不替任何人刷脸}",
            "{招|招聘}{地图信息核实员|商户信息采集员}，{在本市|<city>}{走访|跑}{商户|门店}，{核对|核实}店名、地址和{客服电话|联系电话}，{发现假冒的|发现冒充}“{银行客服|理赔中心}”{号码|点位}就{上报|提交下架}。{商户认领|入驻}由店主本人{刷脸|核验}，{核实员|你}{不代办|不替别人刷脸}。{按件|每个点位}{6|8}元{加底薪|另有底薪}，{工资|报酬}{发到|打到}本人卡，<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
