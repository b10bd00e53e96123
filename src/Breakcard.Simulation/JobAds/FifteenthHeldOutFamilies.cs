namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The fifteenth held-out families (round 15), the development set in round 16 (ADR 318) and training families since round 17 (ADR 341); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 14's families became the development set and before any change prompted by them (ADR 307).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — a USB sharing box kept online at home on one's own broadband with
/// other people's U盾 plugged in, so that "the finance team" abroad runs online banking from a
/// domestic address (online-banking certificates; internet access), buying domains in one's own name
/// and running "防红" short links and live codes that jump to a new domain when WeChat blocks one
/// (technical support), solving slider and picture captchas by hand for the bulk registration of
/// accounts (人工打码, technical support), writing "customer service" scripts that lead victims to
/// screen sharing and a "safe account" (other help), passing money through digital-collectible
/// trades on a platform opened in one's name (payment settlement), collecting a "lottery 代购"
/// group's stakes and paying its "prizes" through one's own accounts (payment settlement for
/// gambling), opening phone cards in old villagers' names as their pretended relative (the Anti-Fraud
/// Law's "虚构代理关系"), and an English actor's testimonial videos for a fake trading app
/// (advertising) — and honest texts on the same acts in the same forms: a finance office's USB
/// sharing box log with the company's own U盾, a marketing team's weekly report on the company's own
/// short links, an operator's service-day roster that opens cards only for the person present, a
/// bank anti-fraud team's brief for warning-call scripts; new plain jobs of the same shape (a data
/// labeller on a leaderboard, a lottery shop's clerk who sells at the counter only, an English UGC
/// creator filming labelled ads). They are written as device logs, weekly reports, leaderboards,
/// e-mails, winners' posters (喜报), rosters (花名册) and call sheets, forms earlier families did not
/// use; risky and honest texts share every one of them, and the honest texts name cards, accounts,
/// SIMs, IDs, face verification, codes, payments, transfers and collections in the same words as the
/// risky ones, so neither the form nor the vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md;
/// in round 16 they were tuned on, never trained on; since round 17 they are trained on.
/// </summary>
internal static class FifteenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("ukey-box-host", JobAdScheme.PaymentAccounts, JobAdAudience.Unemployed,
        [
            "【设备日志】{USB共享器|U盾共享盒} SN：{US|HB}-<d><d><d><d>\n01:{0|1|2}<d> 设备上线，{网络|宽带}：{你家的宽带|你本人名下的宽带}，{地址|IP}显示{本地|国内}\n01:{3|4|5}<d> 端口1-{8|12} 识别到 U盾 {8|12} 个（{对公户|公司户|个人卡}，{户名都不是你|不是你的名字}）\n{02|03}:{0|1|2|3|4|5}<d> 远程{连接|登录}：{海外“财务组”|老板那边的“财务”}，{企业网银|网银}{转账|付款} {37|52|64} 笔\n{04|05}:{0|1|2|3|4|5}<d> 提醒：{盒子|设备}{24小时|全天}{别断电|不能关}，U盾{弹出确认|要按键}时{按电话里说的|视频里}{按一下|帮按}；{银行|警察}{打电话|来问}就说{是公司放我这儿保管的|帮公司保管}\n{托管费|电费补贴}：{每月|一个月}{3000|5000}元，{每个U盾|一个盾}另加{200|300}元，{U结|月结}",
            "{在家|宿舍}{兼职|躺赚}：{帮公司|帮老板}{托管|放}一台{U盾共享器|USB共享盒}，{接上|插上}{你家的宽带|你名下的宽带}{24小时|全天}{开着|不断电}就行。{公司|财务}{把|会把}{一箱U盾|U盾}{快递给你|寄给你}{插在盒子上|插上去}，{他们|“财务”}在{外地|国外}{远程|遥控}{登网银转账|操作网银}，{银行|系统}{看到的是|显示的是}{你家的IP|国内的地址}。{每月|一个月}{3000|5000}{托管费|电费补贴}，{盾里是谁的钱|账户是谁的}{别问|不用管}，{银行打电话|有人问}就说{帮公司保管|是公司放的}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("antiblock-link-ops", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【周报】{第<d>周|本周}　{填报人|姓名}：{小<surname>|<surname>工}\n本周完成：1. {新买|注册}{备用域名|域名}{30|50|80}个（{实名用我自己的身份证|用我的身份证实名}），{全部|都}{挂上|接入}{防红|防封}{短链|跳转}；2. {被微信拦截|被QQ标红}的{链接|域名}{12|20}条，{都在|平均}{5分钟|十分钟}内{换新域名|自动切换}；3. {客户|甲方}“{理财群|菠菜站|贷款APP}”{新开|加了}{活码|短链}{200|500}条\n下周计划：{再囤|再买}{域名|一批域名}{100|200}个，{测试|研究}{抖音|支付宝}{里打开|内不拦截}\n问题：{客户|他们}{推什么|做什么}{没问|不清楚}，{老板说|群里说}{只管技术|别问}；{域名|实名}{被查|被注销}就{用家人的身份证|换家里人的名字}{再注册|重新买}\n{月薪|工资}{1.2万|1.5万}，{USDT结|U发}。{缺|招}{运维|同事}，<contact_risky>",
            "{招|急招}{防红技术|短链运维}（{兼职|远程}）：{帮|给}{客户|甲方}{生成|做}{防红短链|防封活码}，{链接|落地页}{被微信拦截|被标红}{就|马上}{换域名|自动跳转}；{域名|实名}{用你的身份证|你本人}{注册|认证}，{每个域名|一个实名}{另给|补}{50|100}元。{客户推什么|链接是干什么的}{别管|不用问}，{按周结|日结}{USDT|U}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("captcha-solver", JobAdScheme.SmsCodes, JobAdAudience.Students,
        [
            "【今日打码排行榜】{11|12}月{3|6|9|1<d>|2<d>}日\n{第1名|No.1} {阿<surname>|小<surname>|<surname>同学}　{滑块|点选}{2.3万|1.8万|3.1万}题　收益{230|180|310}元\n{第2名|No.2} {夜猫子|宿舍三楼|打码王}　{1.6万|1.2万}题　收益{160|120}元\n{第3名|No.3} {新人|你}　{9000|6000}题　收益{90|60}元\n说明：{题|验证码}{都是|来自}{客户|平台}{批量注册|注册小号}时弹出的，{大家|你们}{过|做}的是{滑块|图片点选|文字点选}验证码，{号|账号}{注册好|做好}{卖给客户|交给客户}{发广告|引流}；{每千题|一千题}{10|12}元，{当天提现|日结}{到|进}{你的|本人}{支付宝|微信}；{号拿去干嘛|客户做什么}{别问|不要问}，{打码端|软件}{要用|登录用}{你本人的|你自己的}{手机号|微信}",
            "{宿舍|在家}{手机|电脑}{兼职|赚零花}：{人工打码|打码员}，{帮|给}{客户|平台}{批量注册|注册}{账号|小号}{过|做}{滑块|图片点选}验证码，{每千题|一千个}{10|12}元，{手快|多劳多得}{一天一两百|一天能做两三万题}，{当天结|日结}{到支付宝|到微信}。{注册的号|号}{客户拿去|拿去}{发什么|做什么}{别问|不用管}，{打码软件|客户端}{要|用}{你本人的|你自己的}{手机号|微信}{登录|注册}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("fraud-script-writer", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{发件人|From}：{“文案组”|<surname>总|项目经理}\n{收件人|To}：{写手|文案}<surname>\n主题：{新单|约稿}——{“客服”|“售后”}{话术|对话}{脚本|稿子}{3|5}篇\n正文：{这周|本周}要{三套|五套}{话术|对话脚本}：{“快递丢件理赔”|“注销校园贷”|“征信修复”|“关闭借款额度”}，{要写|写清}{开场白|第一句}、{对方|客户}{犹豫|不信}时{怎么接|怎么说}、{怎么|如何}{带着对方|引导他}{下载会议软件|开屏幕共享}{和|、}{把钱转到“安全账户”|转账“验证流水”}；{附件|参考}是{上次|之前}{成单率高的|用得好的}{录音|稿子}。\n{稿费|报酬}：{每篇|一篇}{500|800}元，{成单|用得好}{另有|再加}{提成|奖金}，{USDT结|U结}。{谁在用|用途}{别问|不用管}，{稿子|文档}{交完|发完}{删掉|别留}。",
            "{招|急招}{话术文案|对话脚本写手}（{远程|兼职}）：{写|编}{“客服”|“售后”}{话术|对话}，{题材|比如}{“理赔退款”|“注销账户”|“提升额度”}，{要写|需要写}{对方|客户}{不信|要挂电话}{时|的时候}{怎么劝|怎么接}，{怎么|如何}{让对方|让他}{开屏幕共享|下载APP}{把钱转到“安全账户”|转账}。{每篇|一篇}{500|800}元，{效果好|成单}{另有|再加}{提成|奖金}，{USDT日结|U结}，{稿子|文档}{交了就删|不要留底}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("collectible-flipper", JobAdScheme.PaymentSettlement, JobAdAudience.Parents,
        [
            "【今日战绩榜】{藏品接力|数藏搬砖}群　{11|12}月{3|6|9|1<d>|2<d>}日\n{第1名|No.1} {<surname>姐|宝妈<surname>}　{流水|接单}{8.6万|12万}　佣金{1720|2400}元\n{第2名|No.2} {阿<surname>|小<surname>}　{5.2万|6.8万}　佣金{1040|1360}元\n{第3名|No.3} {新人|你}　{2万|3万}　佣金{400|600}元\n玩法：在{数字藏品|数藏}平台{用本人身份证|实名}{注册|开户}，{绑定|绑}{你的|本人}{银行卡|支付宝}；{“买家”|客户}{按群里的价|高价}{拍你挂的|买你的}藏品，{钱到账后|到账}{十分钟内|马上}{按派单|按群里说的}{去买指定的|买下一个}藏品，{留|赚}{2%|两个点}；{卡被冻|账户受限}{用老公的|换家人的}{继续|接着做}，{平台|银行}{打电话|问}就说{喜欢收藏|自己玩收藏}",
            "{宝妈|在家}{副业|兼职}：{数字藏品|数藏}{搬砖|倒卖}，{零投入|不用本钱}：{平台|APP}{用你本人|实名}{注册|认证}{并绑卡|绑你的银行卡}，{“买家”|有人}{拍你挂的|买你的}藏品，{钱进你卡后|到账后}{照派单|按群里}{去买|转买}{指定的|下一个}藏品，{每笔|每单}{赚|留}{2%|两个点}，{每天|一天}{流水|能做}{三五万|几万}。{卡被限制|卡冻了}{换一张|换家人的}，{钱哪来的|谁的钱}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("lottery-stake-collector", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【喜报】🎉{恭喜|热烈祝贺}本群{“<surname>哥”|会员<d><d><d>号|老客户<surname>姐}{跟单|代购}{命中|中奖}{8.6万|12.8万|3.5万}元！\n{代购|跟单}{说明|规则}：{在群里|群内}{报号|下单}，{投注款|钱}{转到|打到}{店主|我}{个人|自己的}{微信|支付宝|银行卡}，{不出实票|不给票}，{中了|中奖}{由我|从店里}{直接转账|转给你}；{大额也接|投注不设上限}，{返点|佣金}{8%|10%}\n{另招|招}{收款员|代理}：{用你本人的|用你的}{微信|支付宝|银行卡}{帮群里|帮店里}{收投注款|收钱}{再汇总转出|转给我}，{每万|流水每万}{提|拿}{100|200}元，{卡被限|被冻}{换家人的|换卡}{接着收|继续}。{对外|群外}{别说|不要提}{代购|彩票}，{问起来|有人查}说{朋友之间转账|帮朋友借钱}。<contact_risky>",
            "{彩票店|体彩店}{招|找}{收款员|代理}（{手机操作|线上}）：{群里|会员}{投注|买彩票}的钱{转到|打进}{你本人的|你的}{微信|支付宝|银行卡}，你{收齐了|汇总后}{转到指定账户|转给店主}，{一万|每万}{拿|提}{100|200}元，{奖金|中奖的钱}也{经你|从你卡里}{发给会员|转出}。{不用出票|不出票}，{几十万|大额}{照接|也收}，{卡被冻|被限制}{换|用}{亲戚的|家人的}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("elder-sim-proxy", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【{花名册|登记名单}】{<city>|本镇}{<d>|1<d>}组　{经办|登记人}：{小<surname>|<surname>姐}\n1　{<surname>大爷|<surname>奶奶}　身份证后四位 <d><d><d><d>　{已开|已办}{手机卡|电话卡} {2|3}张　{送了|领了}{鸡蛋|米油}\n2　{<surname>阿姨|<surname>大爷}　身份证后四位 <d><d><d><d>　{已开|已办}{手机卡|电话卡} {2|3}张　{本人没来|没到场}，{我代签|说是亲戚代办}\n说明：{老人|大爷大妈}的{身份证|证件}{收上来|拿去}{到|去}{合作的|认识的}{营业厅|代办点}{开卡|办卡}，{就说|说}{我是他家亲戚|是他孙子}{代办|帮办}；{卡|号码}{不给老人|我们收走}{打包寄走|统一交上去}，{每张|一张}{80|100|150}元{给你|提成}；{营业厅回访|运营商打电话}，{教老人说|让他说}“{是我自己办的|家里人在用}”",
            "{招|找}{乡镇|农村}{地推|推广员}：{进村|下乡}{送鸡蛋|发米油}，{顺便|同时}{收|登记}{老人|大爷大妈}的{身份证|证件}，{带着证件|拿到身份证}{去|到}{合作的|我们的}{营业厅|代办点}{以老人名义|用他们的名字}{开手机卡|办电话卡}，{就说|说是}{亲戚代办|家里人帮办}，{号码|卡}{统一收走|交给我们}，{一张|每张}{80|100}元，{一天一结|日结}。{老人|本人}{不用到场|不用知道}，{营业厅打电话|回访}{让他|教他}说{家里在用|自己在用}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-testimonial-actor", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "CALL SHEET — {Day 1|Shoot 2} — \"{ApexAI Trade|QuantWave|NovaCoin Pro}\" customer stories\nCall time: {9:00|10:30} · Location: {a rented flat|our studio} · Wardrobe: {casual, like at home|smart casual}\nScene 1: hold the phone we give you, show the {profit dashboard|withdrawal screen} on it and say \"{I put in $500 and took out $3,200 in a week|I withdrew my profit in two hours}\"\nScene 2: \"{The money was in my bank account the same day|No fees, just sign up with my code}\" — read the {invite code|referral link} slowly\nNotes: the numbers on the screen are {set by us|a demo}, {don't ask|no need to know} where the deposits go; {don't post it on your own account|we post it on our pages}; if {anyone|a journalist} asks, you are {a real user|a happy customer}\nPay: {$80|$120|£90} per video, {in crypto|cash} the same day. Telegram @<handle>",
            "{Actors|Talent} wanted for {testimonial|\"customer story\"} videos ({1 hour|30 min}, {film at home|remote}): say you {earned|made} {30%|$3,000} with our {AI trading|crypto} app, show the {withdrawal|profit} screen on the demo phone we send, read out the invite code. {No real account|No experience} needed, {we give you the script|the numbers are set by us}, {$80|$120} per video paid {in cash|in crypto}. {Never|Don't} post it on your own page. Telegram @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.HardNegative("ukey-office-log",
        [
            "【设备日志】{财务室|机房}USB共享器 SN：{FN|IT}-<d><d><d><d>（<company>{固定资产|资产}）\n08:{0|1|2}<d> 设备上线，{办公网|公司专线}，{只允许|仅限}{财务部电脑|公司内网}访问\n08:{3|4|5}<d> 端口1-{3|4} 识别到 U盾 {3|4} 个：{本公司|公司自己的}{基本户|对公账户}{和|、}{一般户|工资代发户}\n{09|10}:{0|1|2|3|4|5}<d> {出纳|会计}{小<surname>|<surname>姐}{登录|使用}{企业网银|网银}，{付款|转账} {5|8} 笔，{主管|财务经理}{复核|审批}后{按键确认|U盾确认}\n{17|18}:{0|1|2|3|4|5}<d> {日终|下班}{取下|拔出}U盾{锁进|放回}{保险柜|财务柜}，{签字|登记}\n备注：U盾{只由|只给}{出纳和会计|财务部指定人员}{保管|使用}，{不外借|不寄给任何人}，{不放在员工家里|不托管给外人}；{开户行|银行}{回访|来电}{如实说明|照实回答}",
            "<company>{招|诚聘}{IT运维|网络管理员}：{维护|负责}{办公室|公司}{网络|宽带专线}{和|、}{财务室的USB共享器|U盾共享设备}，{保证|让}{出纳|财务}在{公司电脑上|办公室}{插|用}{本公司U盾|公司的U盾}{付款转账|登录网银}；{U盾|设备}{都在|只在}{财务室|公司}，{使用|访问}{留日志|要登记}。<salary_month>，<benefits>，<hours>。{简历|联系}<email>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("shortlink-weekly-report",
        [
            "【周报】{第<d>周|本周}　{填报人|姓名}：{<surname>|小<surname>}（<company>{运营部|市场部}）\n本周完成：1. 为{会员日|新品上市|双十一活动}{做了|生成}{短链|活码}{20|35}条，{都|全部}挂在{公司已备案的|本公司自己的}域名下；2. {有条|一条}{短链|链接}{被微信拦截|被标红}，{原因|查明}是{页面|落地页}{文案违规|有抽奖}，{改了内容|已改页面}{并申诉|后申诉}{解封|恢复}，{不|没有}{用防红跳转|换域名绕过}；3. {客服活码|活码}{加好友|扫码}{到|进}{官方客服|公司企业微信}，{会员|顾客}{付款|退款}{只走|都走}{小程序|官方商城}\n下周计划：{下线|清理}{活动结束的|过期}{链接|短链}；{更新|整理}{域名|备案}{清单|台账}\n问题：{外包|有“防红服务商”}{私信推荐|推销}{换域名防红|防封跳转}，{按规定不用|已拒绝}",
            "<company>{招聘|招}{活动运营专员|新媒体运营}：{做|负责}{小程序|公众号}{推文|活动}、{活码|短链}{管理|生成}{与|和}{投放复盘|数据统计}，{顾客|会员}{下单|付款}{都在|走}{小程序|官方商城}，{了解|熟悉}{平台|微信}{外链规范|规则}。<salary_month>，<benefits>，{简历投递|联系}<email>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("elder-service-roster",
        [
            "【{花名册|登记名单}】<company>{营业厅|通信营业厅}{助老服务日|“银发服务日”}　{经办|登记人}：{营业员|客户经理}<surname>\n1　{<surname>大爷|<surname>奶奶}　身份证后四位 <d><d><d><d>　{本人持证|本人到场}，{刷脸|人脸核验}{已做|通过}，{开|办}{手机卡|老年卡} 1 张，{女儿|子女}{在场|陪同}\n2　{<surname>阿姨|<surname>大爷}　身份证后四位 <d><d><d><d>　{未到场|本人没来}，{亲戚|子女}{带身份证|拿证}{来办|代办}：{没有办|不予办理}，{已约|请}{老人|本人}{改天|下次}{到店|来}\n说明：{手机卡|电话卡}{只为|只给}{到场的本人|本人}{开|办理}，{先查|查询}{一证通查|名下号码是否超限}，{不收|不留}{证件|身份证}{原件|复印件}；{发现有人|有人}{收|拿}{老人身份证|别人的证件}{批量办卡|来开卡}，{立即|当场}{上报|报告}",
            "<company>{营业厅|通信营业厅}{招聘|招}{客户经理|营业员}：{给|为}{老人|客户}{开|办理}{手机卡|宽带}、{补卡|过户}，{查验|核对}{证件|本人身份证}{、|并}{刷脸|人脸核验}，{本人来的|到店的}{方可|才}办；{进社区|下乡}{开展|做}{手机教学|助老服务}。<salary_month>，<benefits>，<hours>。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-antifraud-script-brief",
        [
            "From: {Fraud Prevention Centre|anti-fraud team}, {Harbour Bank|CityBank|Union Savings}\nTo: {copywriter|freelance writer} <surname>\nSubject: {commission|brief} — {warning call|customer call-back} scripts 反诈提醒话术\nHi,\nWe need {three|four} short scripts for our {agents|call-back team} who phone customers when a transfer looks like fraud: a \"{refund|customer service}\" call, a \"{student loan cancellation|credit repair}\" call and a \"{police|fake investment}\" call. Each one should name the lines scammers use — \"move your money to a safe account\", \"share the code\", \"rent us your bank card\", \"turn on screen sharing\" — and tell the customer {to hang up and call us back|why to stop}. 请附中文版，客户多是老人。\nFee: {£300|$400} per script, paid by bank transfer to your own account against an invoice.\nThanks, {Fraud Prevention|the anti-fraud team}",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("data-labeller-board", JobAdAudience.Students,
        [
            "【今日标注排行榜】{11|12}月{3|6|9|1<d>|2<d>}日　<company>{标注|数据标注}项目组\n{第1名|No.1} {<surname>同学|小<surname>}　{框选车辆|标注红绿灯|语音转写}{1800|2400}条　{质检|合格率}{98%|99%}\n{第2名|No.2} {阿<surname>|<surname>姐}　{1500|2000}条　{97%|98%}\n{第3名|No.3} {新人|小<surname>}　{900|1200}条　{95%|96%}\n说明：{每条|按条}{0.1|0.15}元，{审核通过|质检合格}后{每周|月底}{发到|打到}{你自己的|本人}{银行卡|工资卡}，{开劳务发票|代扣个税}；{数据|题目}{都是|只有}{语音|自动驾驶}{样本|训练数据}，{标注账号|账号}{本人|实名}{登录|使用}，{不得|不能}{多人共用|借给别人}",
            "{招聘|招}{AI数据标注|数据标注员}（{在家|可兼职}）：在{标注工具|公司平台}上{框选|标注}{商品图片|车辆行人}、{校对|转写}{对话|语音}，{计件|按条计费}，{月底|每周}{发工资|结算}到{你自己的|本人}{卡|银行卡}，{零基础|新人}{可学|有培训}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("lottery-shop-clerk", JobAdAudience.General,
        [
            "【喜报】🎉{热烈祝贺|恭喜}本店{出票的|售出}{体彩大乐透|七星彩|福彩双色球}{一注二等奖|三等奖|二等奖}，奖金{8.6万|12.8万|3.5万}元！\n{彩民|中奖者}{带|持}{中奖彩票|彩票原件}{和|与}{身份证原件|本人身份证}{去|到}{市彩票中心|当地彩票中心}{领奖|兑奖}，{奖款|奖金}{打到|转入}{彩民|中奖者}{自己的|本人}{账户|银行卡}，{依法扣|代扣}{个税|个人所得税}\n{提示|温馨提示}：本店{只在柜台|只在店内}{销售|出票}，{不做|不接受}{微信转账代买|网上代购}；{量力而行|理性购彩}，{不卖|不得购买}给{不满18岁|未成年人}",
            "<city>{福彩|体彩}{门店|投注站}{诚聘|招}{销售员|店员}：{店内|在柜台}{打票|出票}、{收钱找零|收款}（{扫门店收款码|现金}），{支付|兑}{小额奖金|小奖}，{和中心对账|每天对账}，{整理|打扫}{展架|店面}。{细心|会用电脑}{就行|即可}，<salary_month>，<hours>。{联系|电话}<phone>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-ugc-creator", JobAdAudience.General,
        [
            "CALL SHEET — {Day 1|Shoot 3} — {HomeChef rice cooker|Bloom skincare|CityBank app} #ad\nCall time: {9:00|13:00} · Location: {your own kitchen|our studio} · Wardrobe: {your own clothes|casual}\nScene 1: {cook a meal with|unbox and use|try} the product and say what you {honestly|really} think — {your own words|no script for opinions}\nScene 2: {show|mention} the price and the {#ad|\"paid partnership\"} label on screen; {don't promise results|no income or profit claims}\nNotes: payment by bank transfer to {an account in your own name|your own account} after {you send an invoice|the invoice}; the video {is posted|goes up} {labelled as an ad|with the ad label}; {we never ask for|you keep} your account passwords\nPay: {£150|$200} per video",
            "UGC creator 短视频达人 wanted ({part-time|freelance}): film {real|honest} reviews of {skincare|kitchen gadgets|our banking app} 在自己家里拍, {always mark it|label every video} #ad / 广告, no {profit|income} claims. {£150|$200} per video, paid by bank transfer to your own account 打到本人银行卡, invoice needed. Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
