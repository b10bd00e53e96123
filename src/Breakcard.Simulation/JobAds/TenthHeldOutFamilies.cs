namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The tenth held-out families (round 10), the development set in round 11 (ADR 257) and training families since round 12 (ADR 270); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 9's families became the development set and before any change prompted by them (ADR 241).
/// New stories from the 帮信 reporting of 2024–2026, on the branches of the offence earlier rounds
/// left alone (advertising, technical support, communication transmission) and on the insiders and
/// debtors the prosecutors name — posting others' "investment group" and "part-time group" ads,
/// links and QR codes from one's own social accounts (引流), freelance developers building
/// "platform" apps with payment-channel hooks and anti-blocking domains for USDT, drivers paid to
/// circle city centres with a fake base station (伪基站) in the boot, installers who set up and
/// move GOIP gateways in hotel rooms, telecom-store and bank insiders paid to open extra cards with
/// customers' IDs or wave customers through, WeChat groups built in one's name and handed over with
/// their ownership (拉群), overdue borrowers offered "debt offset" for passing money through their
/// card (以工抵债), and an English "tuition payment" campus agent collecting classmates' RMB — and
/// honest texts on the same acts: a court judgment and a school quiz naming them, a telecom
/// company's disciplinary notice and counter scripts on real-name SIM opening, a lender's genuine
/// repayment reminder and a community debt-advice post, an English fees-office notice and fees
/// ambassador job; new plain jobs (a map data-collection driver, an English freelance brief for a
/// shop's own payment integration, a community group-buy assistant). They are written as check-in
/// logs, requirement documents, route sheets, diaries, shift handover logs, multiple-choice
/// quizzes, pitch scripts, group sign-up chains (接龙), rate cards, collection notices, judgment
/// excerpts and disciplinary notices, forms earlier families did not use; risky and honest texts
/// share them (route sheets, diaries, quizzes, scripts, chains, requirement documents, collection
/// notices), so the form does not give the label away. Their one held-out run is recorded in
/// docs/screening.md; in round 11 they were tuned on, never trained on, and in round 12
/// (2026-11-23, ADR 270) they joined training.
/// </summary>
internal static class TenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("traffic-poster", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【{推广员|引流专员}{打卡|每日打卡}】{第3天|第5天|第12天}\n{昵称|推广员}：{小<surname>|阿<surname>|<surname>同学}\n✅{抖音|小红书|快手}{评论区|热门视频下面}{发|留}{话术|评论}：{36|48|60}条\n✅{私信|私聊}{发|推}{群二维码|进群链接}：{20|30|45}人\n✅{朋友圈|QQ空间}{转发|发}{海报|“理财课”海报|“高薪兼职群”海报}：{1|2}次\n✅{今日|今天}{进群|扫码进群}：{7人，每进一人15元，今日收入105元|9人，每人20元，今天佣金180元|15人，一人30元，今日收入450元}\n{组长|带教}{点评|备注}：{号被限流|号被封}{正常|没关系}，{换个号|再注册个小号}{接着发|继续}，{评论里|私信里}{别写|不要出现}“{投资|赚钱|兼职}”{原字|两个字}，{用|写}{谐音|拼音}。",
            "{招|诚招}{线上推广员|网络推广兼职}，{在家|宿舍}{就能做|用手机就能做}：{用你自己的|拿你的}{抖音号|小红书号|微信号}{把|将}{我们给的|群里发的}{图片和文案|二维码和话术}{发到评论区|私信给陌生人|转发到各个群}，{有人|对方}{扫码进群|加了群}{就算|算}{你|你一单}，{一单|一个人}{20|30}元，{进群以后|群里}{的事|聊什么}{不用管|不归你管}，<pay_freq>，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("dev-outsourcing", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{项目需求|外包需求}{文档|说明}（{接单群|程序员群}{转发|发布}）\n项目名称：{理财|投资|娱乐}{平台|APP}{搭建|开发}\n功能需求：1. {前台|用户端}{注册登录|充值提现}、{客服聊天|邀请返利}；2. {对接|接入}{四方支付|码商通道}，{个人收款码|个人银行卡}{轮询收款|自动派单}；3. {域名|入口}{防红|防封}{跳转|自动切换}，{被微信拦截|被标红}{自动换|秒换}{域名|落地页}；4. {后台|管理端}{可以|能}{改|修改}{用户余额|收益数据}\n{预算|报酬}：{3万|5万|8万}，{USDT结算|U结}，{分三期|先付30%}\n{要求|备注}：{不问用途|别问做什么的}，{不签合同|不走平台}，{服务器|机器}{在境外|放香港}，{只用|联系用}{飞机|TG}<colon>@<handle>",
            "{接私活|外包}{看过来|高价}：{老板|甲方}{要|找}{会|懂}{Java|PHP|Go}{的|的程序员}{做|维护}{一个|几个}{“理财”|“商城”|棋牌}{后台|盘口}，{主要|核心}是{接码商的支付通道|对接跑分系统}{和|、}{IP防封|域名防红}，{按天|每天}{1500|2000}，{U结|USDT日结}，{远程|线上}{干|做}，{不用露脸|不用实名}，{问用途的|打听项目的}{别来|勿扰}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("base-station-driver", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【{今日路线|跑车路线}】{车牌尾号|车辆尾号}：<d><d><d>{（后备箱设备已装好）|，后备箱的箱子别动}\n{09:00|18:00} {出发|起点}：<city>{火车站|万达广场|大学城}\n{途经|经过}：{步行街|商业街} → {地铁站口|公交总站} → {小区密集区|城中村} → {医院|菜市场}\n{要求|规矩}：{车速|时速}{不超过30|保持20到30}，{每圈|一圈}{40分钟|一小时}，{跑够|跑满}{6|8}{小时|圈}；{设备|箱子}{指示灯|灯}{不亮|灭了}{马上|立刻}{停车|靠边}{重启|拔插电源}；{交警|有人}{查车|拦车}{就说|说是}{跑网约车|拉货}，{箱子|设备}{说是|就说是}{车载冰箱|行车记录仪电源}\n{报酬|工资}：{一天|每天}{800|1000|1200}，{油费|加油}{另报|报销}，<pay_freq>",
            "{打工日记|跑车日记}｜{第1天|Day1}：{朋友|老乡}{介绍|推荐}{个|的}{开车|代驾}{活|兼职}，{什么都不用送|不拉人不送货}，{就是|只是}{开着|开}{他们的|租来的}车{在|绕着}{市中心|商圈}{兜圈|转圈}，{后备箱|后座}{有个|放着}{箱子|设备}{嗡嗡响|一直响}，{听说|据说}是{发广告短信的|“信号放大器”}。\n{第3天|Day3}：{老板|带我的人}{说|交代}{车|路线}{别|不要}{开进|停在}{派出所|营业厅}{附近|门口}，{开到|遇到}{人多的地方|学校门口}{就|要}{慢点开|多绕两圈}。\n{第7天|Day7}：{已经|这周}{拿了|到手}{6000|7000}，{换了|又去了}{另一个城市|<city>}{接着跑|继续跑}，{住宿|酒店}{报销|老板出}。{车队|老板}{还缺|再招}{两个|几个}{司机|师傅}，{有驾照|C1驾照}{就行|的}{私我|找我}，{不用|别}{问|管}{箱子|设备}{是干嘛的|干什么用}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("goip-installer", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "{设备|机房}{交接班|值班}记录 {<d><d>日|今天}\n{房间|地点}：<city>{某酒店|快捷酒店}{8<d><d>|6<d><d>}房、{城中村|出租屋}{3楼|5楼}\n{设备|机器}：{GOIP|多卡网关}{2台|3台}，{32口|16口}，{在线|正常}{28|30}{口|路}，{离线|掉线}{4|2}{口|路}（{已|已经}{重启|换卡}）\n{卡|手机卡}：{新到|快递到}{一包|一箱}{卡|电话卡}{60|100}张，{已插|插了}{40|50}张，{剩下的|余下}{锁|放}{行李箱|柜子}\n{注意|交代}：{前台|保洁}{问起|敲门}{就说|说}{在|是做}{直播|网络测试}，{窗帘|门}{别开|别让人进}；{后天|周五}{退房|搬}{换|去}{下一家|另一个地方}，{设备|机器}{装箱|打包}{带走|打车带走}。\n{接班人|下一班}：{小<surname>|阿<surname>}",
            "{新人|入职}{培训|上岗}{小测|测验}（{做完|答完}{发|交}{组长|给组长}）\n1. {设备|机器}{指示灯|灯}{全红|一直闪}，{你应该|要}：A.{不管|等它自己好} B.{拔电源|重启}{后|，}{拍照|截图}{发群|报给技术} ✔\n2. {酒店|房东}{前台|人员}{问|打听}{房里|屋里}{为什么|怎么}{这么多|一堆}{卡|手机卡}：A.{说实话|如实说} B.{说是|就说}{做网店测试|公司测试用的} ✔\n3. {一个地方|一个房间}{住|待}{几天|多久}{换|搬}：A.{一直住|住一个月} B.{三四天|两三天}{就换|换一家} ✔\n{工资|待遇}：{一天|日薪}{400|500|600}，{包住|住宿报销}，{会插卡|会重启}{就行|即可}，{不用|不需要}{你的|本人}{卡|身份证}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("insider-channel", JobAdScheme.CardBuying, JobAdAudience.General,
        [
            "{渠道|代理}{合作|拓展}{话术|开场白}（{发给|私信}{营业厅|代理点}{店员|营业员}用）\n话术1：“{您好|你好}，{看到|听说}{您|你}在{移动|联通|电信}{营业厅|代理点}{上班|做营业员}，{我们|公司}{做|收}{号卡|实名卡}{渠道|业务}，{想|能不能}{跟您|和你}{合作|谈谈}？”\n话术2：“{很简单|不麻烦}，{客户|顾客}{办卡|来办业务}{时|的时候}，{用|拿}{他的|客户的}{身份证|证件}{多|顺手多}{开|实名}{一张|两张}{卡|号}，{卡|号}{留给|交给}{我们|我}，{每张|一张}{给你|结}{150|200|300}。”\n话术3：“{客户|他们}{不会|也不会}{知道|发现}，{一证|一个证}{能|可以}{办|开}{五张|5张}，{查起来|有问题}{就说|就说是}{客户自己要办的|客户要求办的}。”\n{备注|注意}：{多|优先}{找|挑}{新人|刚入职的}{和|、}{县城|乡镇}{代理点|门店}。",
            "{诚寻|高薪找}{银行|网点}{内部|自己人}{合作|朋友}：{柜员|客户经理|大堂经理}{都行|均可}，{我们|这边}{带|介绍}{客户|人}{去你那|到你网点}{开户|办卡}，{你|帮忙}{走|开}{快速通道|绿色通道}，{开户意愿|尽调}{核实|问题}{别问太细|简单走个流程}，{非柜面限额|限额}{帮|给}{开到最高|调高}，{每开一户|一户}{给你|返}{300|500}，{另外|如果}{能|可以}{提前|帮}{透露|通知}{风控|冻结}{消息|名单}{的|，}{另算|再加钱}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("group-builder", JobAdScheme.PaymentAccounts, JobAdAudience.Parents,
        [
            "#接龙\n{宝妈|居家}{建群|拉群}{任务|兼职}{报名|今日名额}{20|30}个\n{规则|要求}：{用你自己的|本人实名的}{微信|微信号}{建|新建}{一个|三个}{群|群聊}，{把|拉}{我们|客服}{发你的|给的}{微信号|好友名片}{拉进去|加进群}，{群满|够}{50人|100人}{后|以后}{把群主|群主}{转让给|转给}{我们的号|客服}，{然后|再}{退群|自己退出}\n{报酬|佣金}：{一个群|每个群}{80|100|150}元，<pay_freq>\n1. {<surname>姐|小<surname>妈妈} {建了2个|已转群主}\n2. {<surname>宝妈|阿<surname>} {报名|+1}\n3. {<surname>女士|<surname>家} {今天能建3个|报名}\n4. ",
            "{有微信就能做|动动手指}：{帮|替}{我们|公司}{建群|拉群}，{群名|群公告}{按|照}{我们给的|发你的}{写|改}（“{理财交流|股票学习|高薪兼职}群”），{人|成员}{我们|客服}{来拉|负责拉}，{你|你只}{负责|需要}{建好|建群}{和|、}{转群主|把群主转给我们}，{群里|群里面}{发|聊}{什么|啥}{你|都}{不用管|别管}，{被封号|号被封}{我们|公司}{补|给}{200|300}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-tuition-agent", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "💷 {Tuition|Uni fees} {payment|service} {rate card|today's rates} 💷\n{Bank rate|Your bank}: 1 GBP = {9.15|9.20|9.30} RMB\n{Our rate|With us}: 1 GBP = {8.60|8.70|8.80} RMB ({save|you save} {6%|5%} on {£20,000|£25,000} = {¥10,000+|over ¥10,000})\n{How it works|Steps}: {you pay|your parents pay} RMB to {our agent's|a personal} {Alipay or bank card|bank account in China}; we pay your {university|uni} {from our UK account|in GBP} {within 3 days|the same week}.\n{Campus agents wanted|Be our campus agent}: {collect|take} {your classmates'|friends'} RMB {into your own|through your} {Alipay|bank card}, {forward it|send it on} to {our account|the account we give you}, {keep 1%|earn 1.5%}. {Don't tell|No need to tell} the {finance office|uni}. DM @<handle>",
            "{学费代付|Tuition payment} {招校园代理|campus agent wanted} 🎓\n{同学交的人民币|Classmates' RMB} {先转到你的|goes into your} {支付宝/银行卡|Alipay or bank card}，{你再转给|you forward it to} {我们指定的账户|the account we name}，{我们用英镑帮他们交学费|we pay their fees in pounds}。{每单抽1%|1% per payment}，{学校不会知道|the uni won't know}，{银行问就说是家里给的|if the bank asks, say it's from family}。{私信|DM} @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Risky("debt-offset", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "【{逾期处理|债务协商}{通知|告知书}】\n{尊敬的|}{借款人|客户}<surname>{先生|女士}：\n您{在|于}{我司|平台}的{借款|网贷}{已逾期|逾期}{37|62|90}天，{待还|欠款}{8,600|12,400|26,000}元。{现|我们}{提供|给您}{两种|两个}{方案|处理方式}：\n{方案一|一}：{三日内|本周内}{一次性|全额}{还清|结清}；\n{方案二|二}：{以工抵债|做任务抵欠款}——{用|拿}{您名下的|您本人}{银行卡|一类卡}{接收|收}{公司|合作方}{款项|资金}，{到账后|收到后}{按|照}{专员|我们}{指示|要求}{转出|转到指定账户}，{每走|每过}{1万|一万}{抵扣|减免}{300|500}元{欠款|借款}，{做满|走够}{一个月|十次}{停催|停止催收}{并|还}{消逾期|删除逾期记录}。\n{选方案二|同意}{请|的}{回复|回}“2”{并|，}{加|联系}{专员|客服}{微信|QQ}。",
            "{网贷|信用卡}{逾期|还不上}{的朋友|被催得睡不着的}{看这里|别慌}：{不用|不要}{你|你出}{一分钱|钱}，{用你的|拿你的}{卡|银行卡}{帮我们|帮公司}{过几笔|走几笔}{账|流水}，{钱|款}{进来|到账}{马上|就}{转走|转出}，{走一次|每次}{抵|减}{500|800}{欠款|债}，{我们|公司}{帮你|替你}{把催收停了|跟平台谈好}。{银行|柜台}{问|打电话问}{就说|说是}{朋友还钱|亲戚打的}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("court-quiz",
        [
            "{<city>|某区}{人民法院|法院}{刑事判决书|判决书}（{摘录|节选}）\n{经审理查明|本院查明}：被告人{<surname>某|<surname>某某}{经|通过}{网友|老乡}{介绍|招募}，明知{他人|上线}{利用信息网络实施犯罪|实施电信网络诈骗}，{仍|依然}{驾驶|开着}{装有|载有}{“伪基站”设备|伪基站}的{车辆|轿车}{在|于}{市区|商圈}{往返行驶|兜圈}，{致|使}{周边|附近}{手机用户|群众}{收到|接收}{诈骗短信|含诈骗链接的短信}{十余万条|数万条}，{获利|得报酬}{7000|1.2万}元；{同案|另一}被告人{<surname>某|<surname>某某}{在|于}{酒店|出租屋}{架设|维护}{GOIP设备|多卡网关}，{插入|使用}{他人|收购来的}{手机卡|电话卡}{供|为}{境外|诈骗}{团伙|人员}{拨打电话|通话}。\n{本院认为|法院认为}：{二被告人|被告人}{行为|均}{构成|已构成}{帮助信息网络犯罪活动罪|帮信罪}，{判处|判}{有期徒刑|}{一年|十个月}{，并处罚金|并处罚金}。",
            "{开学|班会}{反诈|防范帮信}{小测验|知识测试}（{单选|选择题}）\n1. {有人|网友}{出钱|一天给800}{请你|让你}{开车|开着车}{在市区|绕商圈}{兜圈|转圈}，{后备箱|车里}{放|装}{一个|台}{设备|箱子}，{正确做法|应该}：A.{接|接下}，{反正|只是}开车 B.{拒绝|不接}{并|，}{报警|打96110} ✔\n2. {兼职群|网友}{让你|要你}{用自己的微信|用本人微信}{建群|拉群}{后|再}{转群主|把群主转给他}，{这是|属于}：A.{正常兼职|普通兼职} B.{可能|涉嫌}{帮助|为}{诈骗|诈骗团伙}{引流|拉人} ✔\n3. {在|到}{营业厅|银行}{办卡|开户}{时|，}{工作人员|店员}{用你的身份证|拿你的证件}{多开|多办}{一张|了卡}，{你|应该}：A.{不管|无所谓} B.{当场|马上}{要求注销|问清楚}{并|、}{投诉|举报} ✔\n{答案|正确答案}：{全选B|都是B}。{工资|钱}{只|只应}{打到|发到}{自己的|本人}{银行卡|卡上}，{别|不要}{替人|帮别人}{收钱转钱|转账}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("operator-insider-notice",
        [
            "{关于|}{<city>分公司|某营业厅}{营业员|渠道人员}{违规|违规办理}{入网|号卡}{的|情况}{通报|处理通报}\n{各|全体}{营业厅|渠道网点}：\n{经|近日}{稽核|系统稽核}{发现|查实}，{营业员|员工}{<surname>某|<surname>某某}{在|于}{为客户|给顾客}{办理业务|办卡}{时|过程中}，{未经|没有经过}{客户|机主}{同意|本人同意}{用其|用客户}{身份证|证件}{多办|多开}{手机卡|号卡}{3张|5张}{出售给|交给}{他人|校外人员}，{已|现}{解除|终止}{劳动合同|合作}{并|，}{移送|交由}{公安机关|警方}{处理|调查}。\n{要求|重申}：{一证|每个证件}{办卡|开卡}{须|必须}{本人|机主本人}{到场|现场}{人像比对|刷脸}，{不得|严禁}{代办|替人办}{和|、}{二次实名|补登记}；{有人|陌生人}{私信|找你}{“合作”|“收卡”}{的|，}{一律|立即}{上报|报告}{稽核部|安全部门}。",
            "{营业厅|柜台}{实名办卡|开户}{服务话术|标准话术}\n话术1：“{您好|你好}，{办卡|办理号卡}{需要|请出示}{您本人的|本人}{身份证原件|有效证件}，{我们|系统}{要|会}{人像比对|拍照核验}。”\n话术2：“{请问|您}{这张卡|新号}{是|是否}{您自己用|本人使用}？{如果|要是}{有人|别人}{出钱|给钱}{让您|叫您}{办卡|来办}{交给他|给他用}，{这是|属于}{出租出借电话卡|买卖电话卡}，{会|可能}{被列入|被纳入}{惩戒名单|失信名单}{，也可能|，还可能}{涉嫌|构成}{帮信罪|犯罪}。”\n话术3：“{您名下|您身份证下}{已有|已经有}{4张|3张}{卡|号码}，{按规定|根据规定}{一证|每人}{最多|不超过}{五张|5张}；{不用的|不常用的}{建议|可以}{销号|注销}，{别|不要}{借给别人|给别人用}。”",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("lender-repayment-notice",
        [
            "【{还款提醒|逾期提醒}】\n{尊敬的|}{客户|借款人}<surname>{先生|女士}：\n您在我行的{消费贷款|信用卡分期}{已逾期|逾期}{12|30}天，{应还|待还}{3,280|6,500}元。{您可以|请}{通过|在}{我行|官方}{APP|手机银行}{“还款”页面|还款入口}{还款|还入}，{或|也可以}{向|往}{您本人|您名下}{还款账户|还款卡}{存入|转入}{足额资金|足够的钱}，{等待|由系统}{自动扣款|扣款}。{如有困难|确有困难}{可|请}{致电|拨打}{官方客服|客服电话}{申请|协商}{分期|延期}{还款|方案}。\n{郑重提示|特别提醒}：{我行|我们}{不会|从不}{要求您|让您}{向|往}{个人账户|陌生账户}{转账还款|还款}，{不会|也不会}{让您|要您}{用|拿}{您的银行卡|自己的卡}{替别人|帮人}{收钱转钱|收款转账}{来|以}{“抵债”|“抵扣欠款”}，{更不会|也不会}{索要|要}{验证码|短信验证码}；{遇到|收到}{这类|此类}{说法|短信}{请|可}{拨打|打}96110。",
            "{社区|街道}{法律服务站|调解室}{招募|招}{债务咨询|金融纠纷}{志愿者|调解员}：{帮|协助}{居民|逾期的居民}{看懂|核对}{借款合同|还款账单}，{教|指导}{他们|居民}{在|通过}{正规|官方}{APP|渠道}{还款|协商分期}，{提醒|告诉}{大家|居民}“{帮人|替人}{走账|收钱转钱}{抵债|抵欠款}”{是|属于}{骗局|帮信}，{不要|别}{把|拿}{银行卡|卡}{和|、}{验证码|手机}{交给|给}{“债务重组”|“停催”}{中介|机构}，{交通|误餐}{补贴|费}{每次|一次}{50|80}元，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-tuition-notice",
        [
            "{Student Finance Office|Fees Office} notice: {paying your tuition|how to pay your fees}\n{Pay|Please pay} {only|only ever} {through the university portal|via the official payment portal} or {our approved provider|a bank transfer to the account on your invoice}, {in your own name|from your or your family's own account}. {We do not|The university does not} {use agents|work with “tuition agents”} and {never offer|does not offer} {discounted exchange rates|fee discounts through third parties}.\n{Beware of|Watch out for} “{cheap rate|discount}” {tuition payment|fee payment} {offers|services}: {the money used|the pounds they pay} {may be|can be} {proceeds of fraud|stolen money}; {your payment may be reversed|the payment can be recalled}, {your place put at risk|your enrolment suspended}, and {students who collect classmates' money for them|anyone who passes money through their account} {can be|may be} {treated as money mules|reported to the police}. {Questions?|Unsure?} {Email|Contact} <email>.",
            "{Student fees ambassador|Fees helpdesk assistant} ({part-time|term time}, {Fees Office|Student Finance}): {help|show} new international students {pay through the official portal|set up instalments on the portal}, {explain|answer questions on} {bank transfers and card payments|exchange rates and receipts}, and {remind them|tell them} {never to pay through agents or personal accounts|never to let anyone pass money through their account}. {£12.60|£13.15} an hour, {paid monthly through payroll|monthly via payroll} into your own UK bank account. {Apply|Send a CV} to <email>",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("map-collection-driver", JobAdAudience.Unemployed,
        [
            "【{今日采集路线|采集任务单}】{车辆尾号|车牌尾号}：<d><d><d>（{车顶|车顶上}{采集设备|全景相机}{已装好|已校准}）\n{08:30|09:00} {出发|起点}：<city>{测绘院|公司停车场}\n{路线|途经}：{环路|主干道} → {新建道路|新开通的路} → {工业园|开发区} → {乡镇道路|县道}\n{要求|规范}：{车速|时速}{不超过40|保持30到40}，{每条路|每段}{按导航|按APP}{走一遍|采一遍}，{设备|相机}{报错|灯灭}{就|时}{停车|靠边}{拍照|截图}{发|报给}{技术群|技术员}；{遇到|碰到}{交警|路人}{询问|问}{可出示|出示}{采集证明|公司介绍信}\n{报酬|工资}：{一天|每天}{350|400|450}，{油费|油卡}{公司出|公司承担}，{按月|每月}{发到|打到}{本人|你自己的}{银行卡|工资卡}，{签|需签}{劳务合同|劳务协议}。",
            "{打工日记|上班日记}｜{第1天|Day1}：{找了|应聘了}{个|份}{地图采集|街景采集}{司机的活|的活}，{车顶|车上}{装着|有}{全景相机|采集设备}，{按|照着}{APP|任务单}{上的|给的}{路线|道路}{一条条|一段段}{开|跑}，{新修的路|新开的店}{拍|采}{进去|下来}{就行|就好}。\n{第3天|Day3}：{路过|碰到}{交警|路人}{问|好奇}{车顶|车上}{是啥|是什么}，{给他看了|出示了}{公司的|测绘院的}{采集证明|介绍信}{就走了|就没事了}。\n{第7天|Day7}：{公司|单位}{跟我|和我}{签了|签的}{劳务合同|协议}，{工资|钱}{每月|按月}{10号|15号}{打到|发到}{我自己的|本人}{银行卡|工资卡}，{油费|加油}{用|刷}{公司的|单位的}{油卡|加油卡}。{还在招|还缺}{司机|人}，{有C1驾照|驾龄两年以上}{的|可以}{去|在}{公司官网|招聘平台}{投简历|报名}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-freelance-brief", JobAdAudience.General,
        [
            "{Project brief|Freelance brief} ({posted on|via} {a freelancer platform|our studio's site})\nProject: {an ordering mini-program|an online booking site} for {a family restaurant|a small bakery|a dental clinic} in {Chengdu|Chongqing|Kunming}\nFeatures: 1) {menu and ordering|bookings and reminders}; 2) {payments through the business's own WeChat Pay merchant account|WeChat Pay and Alipay checkout on the owner's own merchant account}, {refunds to the original payment method|receipts by SMS}; 3) {an admin page|a dashboard} for {staff|the owner} {to see orders|to export daily sales}.\nBudget: {RMB 15,000|RMB 20,000}, {paid in three milestones|50% upfront, 50% on delivery} {to your bank account|by bank transfer}, {contract and invoice through the platform|signed contract}.\nNotes: {the server and domain are registered to the business|the domain and cloud account are in the owner's name}; {you won't need|we never ask for} {your ID or accounts|your own payment accounts}. Apply: <email>",
            "{Freelance developer wanted|招兼职程序员} 外包：{a WeChat mini-program for our bookshop|书店小程序} {会员积分和在线付款|membership points and online payment}，{收款走书店自己的商户号|payments go to the bookshop's own merchant account}，{服务器也是书店的|the server is ours}。{预算|Budget} {8000|12000}元，{签合同、开发票|contract and invoice}，{按里程碑付款到你的银行账户|paid by milestones to your bank account}。{Send your portfolio|发作品集} to <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("group-buy-assistant", JobAdAudience.Parents,
        [
            "#接龙\n{<district>|小区}{社区团购|团购}{明天|周六}{到货|自提}：{草莓|车厘子|土鸡蛋|大米}\n{规则|说明}：{下单|付款}{在|走}{团购小程序|平台小程序}，{钱|货款}{付给|进}{平台|平台账户}，{不要|别}{私下|直接}{转账给|转给}{团长|任何人}；{团长助理|群管理}{负责|帮忙}{接龙统计|统计}{和|、}{分拣|发货}\n{招|另招}{团长助理|分拣助理}{1名|2名}：{每天|下午}{两小时|2小时}，{按单|每单}{0.5|1}元{提成|补贴}，{平台|团购平台}{每周|按周}{结算到|打到}{助理本人|你自己的}{银行卡|微信}\n1. {3栋|5栋}{<surname>姐|<surname>阿姨} {草莓2盒|鸡蛋1箱}\n2. {8栋|2栋}{<surname>先生|小<surname>} {大米1袋|车厘子1盒}\n3. {<surname>妈妈|<surname>女士} {报名助理|想做助理}\n4. ",
        ], reserve: JobAdSplit.Training),
    ];
}
