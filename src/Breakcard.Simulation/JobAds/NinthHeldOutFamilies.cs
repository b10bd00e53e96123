namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The ninth held-out families (round 9), the development set in round 10 (ADR 241) and training families since round 11 (ADR 257); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 8's families became the development set and before any change prompted by them (ADR 230).
/// New stories from the 帮信 reporting of 2024–2026 — securities accounts lent with their bank
/// link (银证转账) so money passes through them, a phone number shared to a recruiter's watch or
/// tablet through "one number, two devices" (一号双终端, eSIM), one's own second-hand-market account
/// (闲鱼, 转转) used to sell "virtual goods" and pass the takings on, other people's credit cards
/// repaid with money sent to one's card (信用卡代还), "labour fees" paid through a flexible-employment
/// platform and passed back (灵活用工), cloud-server and domain accounts registered in one's name
/// and handed over, a card's reserved phone number changed to the recruiter's so the card never
/// leaves one's hand (换绑预留手机号), an English "cash flip" (check deposited into a student's
/// account, cash passed back) — and new hard negatives — police and school rhymes and a comic strip,
/// a bank counter's checklist for changing the reserved number and a telecom note on
/// one-number-two-devices, an employer's minutes and pay table for moving casual pay to a
/// flexible-employment platform, an English marketplace help page and a bank fraud team's thread;
/// new plain jobs (a second-hand bookshop's online-shop helper, a campus card office's student
/// assistant, English classifieds). They are written as group announcements, app pages with
/// steps, Xiaohongshu notes with tags, settlement statements, picture tutorials, rhymes, work
/// reports, comparison and pay tables, sign-up forms with blanks, profile bios, short-video
/// scripts, user reviews, thread posts, comic captions, checklists, meeting minutes, help-centre
/// articles and abbreviated classifieds, forms earlier families did not use. Their one held-out
/// run is recorded in docs/screening.md; in round 10 they were tuned on, never trained on, and in round 11
/// (2026-11-23, ADR 257) they joined training.
/// </summary>
internal static class NinthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("securities-lend", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "【群公告】@所有人\n{各位|家人们}{晚上好|好}，{本群|咱们群}{助理|管理员}{通知一下|说一下}：{这周|近期}{开放|放出}{账户合作|账户托管}名额{20|30|50}个。\n{条件|要求}：{名下有|你自己的}{证券账户|股票账户}，{已开通|开通了}{银证转账|三方存管}，{绑定的|关联的}{银行卡|一类卡}{能正常用|没有被限制}。\n{合作方式|怎么合作}：{把|将}{交易密码|账户和登录密码}{和|、}{资金密码|银证转账密码}{发给|交给}{助理|我们的操盘手}，{账户|资金}{由我们|由团队}{统一操作|代为操作}，{合作期间|这段时间}{卡上|账户里}{进出的钱|资金进出}{不用管|不用你操心}。\n{收益|报酬}：{每月|一个月}{固定|保底}{2000|3000|5000}，{零本金|不用你出一分钱}。\n{名额有限|先到先得}，{私聊|私信}{助理|管理员}{报名|登记}。",
            "{老哥|兄弟|姐}，{你|您}{以前|之前}{炒过股|开过股票账户}吧？{现在|最近}{不炒了|没在玩}的话{那个户|账户}{别闲着|借我们用用}，{我们|工作室}{做|走}{资金过渡|资金周转}，{钱|资金}{从|走}{你那张|你的}{银行卡|卡}{转进|进}{证券账户|股票账户}{再转出来|再转走}，{一周|每周}{给你|结}{800|1000|1500}，{户|账户}{还是你的|随时还你}，{券商|营业部}{打电话问|回访}{就说|说是}{自己在炒|自己操作的}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("esim-twin", JobAdScheme.PhoneCards, JobAdAudience.Students,
        [
            "{闲置号码变现|号码共享赚钱}\n【{立即参与|马上开通}】\n第1步/共3步：{打开|在}{运营商APP|营业厅APP}{开通|办理}“{一号双终端|一号多终端|eSIM副号}”，{副设备|新设备}{填|选}{客服发你的|我们给的}{设备号|EID}\n第2步/共3步：{把|将}{短信里的|收到的}{激活码|验证码}{提交给|发给}{客服|我们}，{完成|就完成了}{绑定|激活}\n第3步/共3步：{收益|补贴}{每月|按月}{自动|按时}{到账|结算}，{一个号|每个号}{每月|一个月}{150|200|300}元\n【{下一步|提交}】\n{温馨提示|说明}：{号码|卡}{还在你手里|照常使用}，{副设备|对方设备}{只用来|只}{收发短信|接打电话}，{营业厅|客服}{问起|打电话问}{就说|说是}{自己的手表|给家里平板用}",
            "{📌|标题：}{大学生|学生党}{躺赚|被动收入}{新路子|攻略}｜{一个号|手机号}{每月|月月}{多赚|白拿}{200|300}\n{姐妹们|宝子们}！{前几天|最近}{学姐|朋友}{带我|推我}{做了|试了}个{号码共享|副号}{小任务|项目}，{其实就是|就是}{用自己的|拿本人}{手机号|手机卡}{给|帮}{他们的|对方的}{手表|平板|设备}{开个|开通}eSIM{副号|一号双终端}，{之后|以后}{那边|他们}{收短信|接电话}{都走|用的都是}{我的号|你的号}，{我|自己}{啥都不用干|什么都不用管}，{每月|一个月}{准时|按时}{到账|打钱}💰\n#{大学生兼职|学生副业} #{躺赚|被动收入} #{手机号变现|闲置变现}\n{想做的|感兴趣的}{评论区|滴滴我}{扣1|留言}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("resale-listing", JobAdScheme.PaymentAccounts, JobAdAudience.Parents,
        [
            "【{本周|第<d>周}{结算单|对账单}】{闲鱼|转转}{挂链|上架}{兼职}\n{店铺|账号}：{宝妈|小}<surname>{的小店|家闲置}\n订单尾号<d><d><d><d>｜{游戏点券|话费充值|视频会员}｜{买家付款|成交}{1280|2000|3600}元｜{你的佣金|提成}{38|60|108}元\n订单尾号<d><d><d><d>｜{购物卡|演唱会门票|游戏账号}｜{买家付款|成交}{980|1500|5000}元｜{你的佣金|提成}{30|45|150}元\n{规则|说明}：{按|照}{群里|我们}{发的|给的}{链接和图片|文案和图片}{上架|发布}，{有人拍下|有人下单}{就点发货|直接点发货}{不用真发|不用寄东西}，{买家|对方}{确认收货|点了确认}{以后|后}{提现到|提到}{你的|本人}{银行卡|支付宝}，{扣掉佣金|留下提成}，{其余|剩下的}{当天|一小时内}{转回|转给}{对接人|财务}。\n{买家|有人}{找你|私信你}{退款|说没收到}{别理|不用回}，{交给|转给}{客服|我们}{处理|来处理}。",
            "{新手教程|上手教程}（{图文|带图}）\n图1：{打开|进入}{闲鱼|转转}，{登录|用}{你自己的|本人实名的}{账号|号}，{点|选}“{发闲置|卖闲置}”\n图2：{粘贴|复制}{群里的|我们给的}{标题|文案}{和|、}{商品图|图片}，{价格|标价}{按|照}{派单|通知}{填|写}\n图3：{买家|有人}{拍下付款|下单}{以后|后}{选|点}“{无需寄件|虚拟发货|自提}”\n图4：{钱到|款到}{你的|账户}{余额|钱包}{以后|后}{提现|转到}{银行卡|卡里}，{再|然后}{转给|打给}{派单员|我们}，{每单|一单}{你留|提成}{3%|5%}\n{注意|备注}：{别|不要}{在|跟}{平台|买家}{聊天里|那边}{提|说}{派单的事|我们}，{号被封|被限制}{了|的话}{换个号|再注册一个}{接着做|继续}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("card-repay", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "{信用卡代还|代还兼职}{顺口溜|口诀}：\n在家动动手，佣金天天有；\n老板打款来，你卡接一手；\n帮人还信用，一单接一单；\n截图报上去，当天就结算。\n{一万|每万}{提|给}{80|100|150}，{零本金|不用本金}{不出门|不用跑}，{银行|有人}{问起|打电话}{就说|说是}{帮亲戚还|朋友的卡}，<contact_risky>",
            "{招|诚招}{信用卡代还专员|代还助理}，{附|以下是}{老学员|老员工}{日报|工作日报}{示例|截图}：\n【{今日汇报|日报}】{周一|周三|周六}\n1. {上午|今早}{公司|老板}{转入|打来}{3|5|8}笔，{共|合计}{2.6万|4.8万|9.5万}元（{进|转入}{本人|我的}<bank>银行{卡|储蓄卡}）\n2. {按|照}{客服|派单}{发的|给的}{名单|信用卡号}{用|通过}{手机银行|云闪付}{还款|代还}{6|9|12}笔，{回单|截图}{已发群|已上传}\n3. {余额|剩下的}{几百|三百多}元{按要求|按指示}{转到|转给}{指定|下一个}{账户|卡}\n4. {今日|今天}{佣金|提成}{208|380|760}元{已到账|已结}\n{备注|问题}：{银行|卡上}{来电话|发短信}{问|核实}{资金来源|交易用途}，{已按|照}{话术|主管说的}{回复|说是}{帮朋友还款|家里的钱}",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("gig-payroll", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{灵活用工|灵工}{结算员|收款员}{招募|招聘}\n| | {普通|别的}兼职 | {灵工结算员|我们} |\n|---|---|---|\n| {干什么|工作} | {发传单|端盘子} | {在|用}{灵工平台|众包平台}{本人实名签约|实名注册}，{领|接收}{项目|公司}{劳务费|报酬} |\n| {一天|收入} | {100|120}元 | {300|500}元 |\n| {要求|条件} | {站一天|跑一天} | {劳务费|钱}{到|进}{你卡上|你的银行卡}{以后|后}{按|照}{项目经理|对接人}{说的|要求}{转给|打到}{指定|其他}{账户|人} |\n{不用真干活|不用干活}，{平台上|那边}{显示你|写着你}{完成了|做了}{推广|配送|设计}{任务|订单}{就行|即可}，{个税|税}{公司|平台}{代扣|包了}，<reassure>，<contact_risky>",
            "{公司|老板}{走|通过}{灵活用工平台|众包平台}{给|发}{大家|你}{劳务费|报酬}，{你|本人}{只需|只要}{在APP上|APP里}{刷脸签约|实名认证}，{劳务费|钱}{进到|发到}{你的|本人}{银行卡|账户}{以后|后}{扣|留}{5%|8%}，{其余|剩下}{转回|转到}{财务|公司}{指定的|给的}{账户|卡}，{一个月|每月}{过|走}{十几万|几十万}，{不用上班|不用做任务}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("cloud-realname", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "{实名号|云账号}{采集|收号}{报名表|登记表}\n姓名：________\n{学校|专业}：________（{计算机|软件|网络}{相关|专业}{优先|更好}）\n{实名手机号|手机号}：________\n{能否|可以}{刷脸|人脸认证}：☐{能|可以} ☐{不能|不行}\n{任务|说明}：{用|以}{你本人的|你的}{身份证|身份}{实名注册|认证}{阿里云|腾讯云|华为云}{个人账号|账号}，{开通|购买}{一台|几台}{服务器|云主机}{和|、}{域名|网站备案}（{费用|钱}{我们出|公司出}），{弄好后|注册好}{账号密码|登录方式}{移交|交给}{技术|我们}，{平台|云厂商}{回访|人脸复核}{时|的时候}{配合|帮忙}{刷个脸|认证一下}。{每个号|一个账号}{200|300|500}元，{做备案|网站备案}的{另加|再加}{300|500}。",
            "{昵称|名字}：{云号|实名号}{专营|批发}{小<surname>|阿<surname>}\n{个性签名|简介}：{长期|大量}{收|回收}{个人实名|学生实名}{云服务器账号|阿里云腾讯云号}丨{带备案|已备案域名}{价高|另议}丨{你实名|你注册}{我|我们}{结算|付款}{当天结|秒结}丨{只要|只需}{本人认证|刷脸}{一次|一次就行}丨{后续不用管|不用你管}\n{标签|认证}：{老号|靠谱}{商家|老板}，{成交|已成交}{几百|<d><d><d>}单\n{合作|联系}：<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("phone-rebind", JobAdScheme.CardRenting, JobAdAudience.General,
        [
            "【{短视频|口播}脚本】{标题|题目}：{卡不离手|卡不用交}{也能|照样}{月入|每月多赚}{3000|5000}\n【画面1】{博主|主播}{拿着|手里拿}{一张卡|银行卡}：“{还以为|还在想}{出租银行卡|借卡}{要把卡寄出去|要交卡}？{早就|现在}{不用了|过时了}！”\n【画面2】{字幕|文字}：{只要|只需}{去|到}{银行柜台|网点}{把|将}{预留手机号|绑定手机号}{改成|换成}{我们给的号|公司的号码}\n【画面3】{博主|主播}：“{卡|实体卡}{还在你手里|你自己留着}，{我们|公司}{只用|只走}{手机银行|网银}{收款转账|走账}，{每月|一个月}{给你|打}{3000|5000}。”\n【画面4】{字幕|结尾}：{柜员问|银行问}{为什么换号|换号原因}{就说|说}{旧号不用了|换新手机号了}\n【{置顶评论|评论区}】<contact_risky>",
            "{学员评价|用户评价}（{真实|来自}{客户|成交}{反馈|截图}）\n★★★★★ {小<surname>|<surname>姐}：{本来|一开始}{怕|担心}{要寄卡|卡要交出去}，{原来|结果}{就是|只是}{到银行|去柜台}{改了|换个}{绑定的号|预留手机号}，{卡|实体卡}{一直|还}在{我这里|我手里}，{上个月|第一个月}{拿了|到手}{3000|4000}。\n★★★★★ {阿<surname>|<surname>哥}：{网银|手机银行}{给|交给}{那边|他们}{用|登录}以后{自己|我}{不用操作|啥都不用管}，{月底|每月}{准时|按时}{给钱|打钱}，{柜员|银行}{问起|问}{就照|就按}{教的|他们教的}{讲|说}。\n★★★★☆ {用户<d><d><d><d>|匿名用户}：{月租|钱}{都是|是}{按时|准时}{给|到}的，{只是|就是}{第三个月|后来}{账户|卡}{被|给}{冻了|限制了}，{客服|他们}{说|讲}{能|帮}{解|处理}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-check-flip", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "{1/4|(1/4)} {Need|Want} {fast cash|$1,000 this week}? {Here's how|I got you} 🧵\n{2/4|(2/4)} {Have|Got} a {checking account|bank account} {open 3+ months|that's been open a while}? {Chase, Wells, BoA|Any bank} {works|is fine}. {DM me|Send me} your {online banking login|app login} {and debit card PIN|and card}.\n{3/4|(3/4)} {I mobile-deposit|We deposit} a {business check|check} {into your account|to your account}, you {pull out|withdraw} the cash {the same day|at the ATM} and {Zelle it back|send it back} {keeping 30%|minus your cut}.\n{4/4|(4/4)} {100% legit|No risk}; {if your bank asks|if the bank calls}, {say|just say} {it was a gift|it's from a friend}. {DM|Text} @<handle> {today|to start} 💸 #{cashflip|moneyflip} #{sidehustle|quickcash}",
            "{Bio|简介}｜{留学生快钱|Quick cash for Chinese students} 💸\n{借你的|Lend us your} {US bank account|美国银行账户} {for one day|一天}｜{我们存支票，你取现|we deposit a check, you withdraw}｜{你拿30%|keep 30%}｜{Chase/BoA/Wells 都行|any bank OK}｜{当天结|same-day pay}｜{私信|DM} @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("rhyme-poster",
        [
            "{<city>公安|反诈中心|派出所}{防骗|反诈}{顺口溜|三字经}\n银行卡，自己管，出租出借要犯法；\n手机号，不外借，{一号双终端|eSIM副号}莫乱开；\n预留号，本人用，{有人叫你换|陌生人叫改}快报警；\n{闲鱼挂链|代还信用卡}来钱快，钱过你手是帮信。\n{拿不准|遇可疑}{打|拨}96110，{守好两卡|管好自己的卡}保平安。",
            "{反诈|防范帮信}{四格漫画|漫画}《{一张卡的故事|借卡的代价}》\n第一格：{大学生|室友}小<surname>{刷手机|在宿舍}{刷到|看到}“{用你的卡走个账|借卡一天给500}”，{很心动|心动了}。\n第二格：{辅导员|学长}{提醒|拦住}他：“{出租出借银行卡|把卡和手机号借给别人}{涉嫌|是}{帮信罪|违法犯罪}！”\n第三格：他{打开|看了}{国家反诈中心APP|反诈APP}，{才知道|发现}{同学|邻居}{就因|因为}{借卡|卖卡}{被拘留|被判刑}、{名下的卡全被停|被列入惩戒名单}。\n第四格：他{拉黑|删掉}{对方|中介}，{到|在}{学校|学院}{勤工助学中心|正规平台}{找到|找了份}{图书馆|食堂}{兼职|工作}，{工资|钱}{每月|按月}{打到|发到}{自己的|本人}{银行卡|卡上}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("bank-phone-notice",
        [
            "<bank>银行{变更预留手机号|修改银行卡绑定手机号}{办理须知|温馨提示}\n☐ {持卡人本人|本人}{携带|持}{身份证原件|有效身份证件}{和|及}{银行卡|借记卡}{到|至}{网点柜台|网点}{办理|申请}，{不接受代办|不可由他人代理}\n☐ {新手机号|变更后的号码}{必须是|须为}{持卡人本人实名|本人实名登记}的号码，{柜员|工作人员}{会|将}{当场|现场}{发送验证码|发短信}{核验|验证}\n☐ {柜员|工作人员}{会|可能}{询问|了解}{换号原因|变更原因}{和|及}{近期交易|账户用途}，{请如实回答|敬请配合}\n☐ {若有人|如有人}{给钱|出钱}{让您|要您}{改绑|换绑}{陌生号码|他人号码}{，或|或}{要您|让您}{交出|提供}{手机银行|网银}{密码|登录}，{这是|此为}{租借银行卡|出租出借账户}的{变种|新手法}，{可能构成|涉嫌}{违法犯罪|帮信罪}，{请立即|请}{告诉|联系}{柜员|我们}{或|、}{拨打|致电}96110",
            "{移动|联通|电信}“{一号双终端|eSIM一号多终端}”{业务说明|办理须知}：1. {该业务|本业务}{供|用于}{机主|持卡人}{本人的|自己的}{智能手表|平板}{和|与}{手机|主号}{共用|共享}{同一号码|号码}；2. {开通|办理}{时|须}{主号|机主}{验证码|短信}{确认|验证}，{副设备|新设备}{应|须}{为|由}{机主|本人}{使用|持有}；3. {切勿|请勿}{给|为}{陌生人|他人}{手表平板|设备}{开通|绑定}{eSIM|副号}，{对方|他人}{能用|可用}{您的号|您的号码}{收|接收}{验证码|短信}、{打|拨打}{电话|诈骗电话}；4. {发现|如发现}{不认识的设备|陌生设备}{已绑定|绑定}，{请|可}{发送短信指令|编辑短信}{或|、}{到营业厅|来厅}{解除|取消}。{客服|咨询}{10086|10010|10000}",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("gig-platform-minutes",
        [
            "{会议纪要|会议记录}｜{兼职人员|临时工}{发薪方式|结算方式}{调整|变更}\n{时间|日期}：{周一|周三}{上午|下午}\n{参会|参加人员}：{人事部|HR}、{财务部|财务}、{门店|仓库}{负责人|主管}\n{议定事项|决定}：\n一、{即日起|自下月起}{兼职|临时}{人员|员工}{报酬|劳务费}{改由|通过}{灵活用工平台|持牌灵工平台}{结算|发放}，{员工|人员}{本人|在APP上}{刷脸签约|实名签约}。\n二、{劳务费|报酬}{直接发|只发}{到|至}{员工本人|本人}{名下|实名}{银行卡|账户}，{税费|个税}{由平台|平台}{依法代扣|代扣代缴}。\n三、{不得|严禁}{代领|代签}，{严禁|不得}{让|要求}{任何人|员工}{将到账的|把收到的}{劳务费|报酬}{转给|转回}{公司|主管|其他账户}；{如发现|发现}{有人这么要求|主管这样做}，{立即|直接}向{财务|合规}{反映|举报}。\n{记录人|记录}：<surname>{（人事）|}",
            "{兼职|小时工}{发薪|结算}{说明|一览}\n| {工种|岗位} | {报酬|单价} | {什么时候发|结算周期} | {到账方式|发到哪里} |\n|---|---|---|---|\n| {分拣|理货} | {22|25}元/小时 | {每周一|每周} | {员工本人|本人}{名下|实名}{储蓄卡|银行卡} |\n| {导购|促销} | {150|180}元/天 | {隔天|次日} | {员工本人|本人}{银行卡|微信}（{灵工平台|平台}{代发|发放}） |\n{注|说明}：{公司|平台}{从不|不会}{要求你|让你}把{工资|劳务费}{转回|转给}{任何人|别人}，{不会|也不}{收|收取}{任何费用|押金}；{遇到|收到}{这类|此类}{说法|要求}{请|可}{打|拨打}{96110|人事电话<phone>}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-marketplace-help",
        [
            "{Help Center|Seller Help} › {Payments|Getting paid}\n{How do I get paid for my sales?|When will I get my money?}\n{Money from your sales is paid out|Your earnings are paid out|Money from your sales goes} to {a bank account|the bank account} {verified in your name|in your own name} {once the order is completed|after the buyer confirms delivery}. {We will never|We never} {tell you to|ask you to} {forward payments|send money back} {to another account|to anyone}.\n{Someone wants to|Someone offered to} {pay me to post their listings|use my seller account|send me listings to post}. {What should I do?|Is that OK?}\n{Don't.|No.} {Lending|Renting out} your {account|seller account} or {letting someone else|letting others} {post|list} {gift cards or game credits|“virtual items”} {on it|through it} {can be how|is how} {fraud money gets laundered|scam money is moved}; {we close such accounts|your account will be closed} and {it may be reported to the police|you may be reported}. {Tell us|Report it} {via Help|in the app}.",
            "{(1/3)|1/3} {We keep seeing|Our fraud team keeps seeing} {“cash flip”|“money flip”} {offers|posts}: {a stranger wants|someone asks for} your {card and PIN|online banking login}, {puts money in|deposits a check}, and you {pass the cash on|send it on}.\n{(2/3)|2/3} {The deposit gets reversed|The check bounces}{, you owe it all| and you owe the money}{. And|, and} {you've been|you've acted as} a {mule|money mule}{, which is illegal|. That's a crime}.\n{(3/3)|3/3} {Don't share|Never share} your {card, PIN or one-time codes|login, card or PIN}. {If you did, call|Already did? Call} {the number on your card|us} {now|right away} and {lock your card|change your password}. #{ScamAlert|FraudAwareness}",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("bookshop-online", JobAdAudience.General,
        [
            "{二手书店|旧书店}{招|招聘}{网店助理|线上店铺兼职}\n| {班次|时间} | {工作日|周一到周五} | {周末|周六日} |\n|---|---|---|\n| {早班|上午} | {旧书|书籍}{拍照|整理}{上架|发布} | {打包|发快递} |\n| {晚班|下午} | {回复|处理}{顾客|买家}{消息|咨询} | {盘点|整理}{库存|书架} |\n{要求|条件}：{熟悉|会用}{闲鱼|孔夫子旧书网}{上架|发布}{和|、}{拍照修图|修图}，{有耐心|细心}；{店铺|网店}{用的是|是}{书店自己的|店里的}{账号|号}，{货款|收款}{都进|进}{书店的|店里的}账户。\n{待遇|工资}：{时薪|每小时}{20|22|25}元，{月底|每月}{打到|转到}{你本人的|你自己的}{银行卡|卡上}。<contact>",
            "{旧书|二手书}{回收|收购}{兼职|员}：{到小区|上门}{收|回收}{旧书|教材}，{当面|现场}{称重|估价}，{用|通过}{店里的|书店的}{收款码|微信}{付款给|转给}{卖书的人|顾客}，{按|照}{件|斤}{计算|提成}，{每周|按周}{打到|转到}{你自己的|本人}{银行卡|微信}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("onecard-desk", JobAdAudience.Students,
        [
            "{校园卡服务中心|一卡通中心}{学生助理|勤工助学}{报名表|岗位申请表}\n姓名：________ 学号：________\n{专业|学院}：________ {手机|联系电话}：________\n{空闲时间|可值班时间}：☐周一 ☐周二 ☐周三 ☐周四 ☐周五\n{工作内容|岗位职责}：{帮|协助}{工作人员|老师}{办理|受理}{校园卡|一卡通}{挂失补办|补卡、挂失}，{解答|回答}{圈存充值|充值}{问题|咨询}，{查验|核对}{学生本人|学生证}{身份|信息}，{提醒|告诉}{办卡的同学|同学}{一卡通|校园卡}{和|、}{绑定的银行卡|银行卡}{别|不要}{外借|借给别人}\n{待遇|报酬}：{时薪|每小时}{18|20}元，{月底|每月}{由学校|学校}{打到|发到}{本人|你自己的}{工资卡|银行卡}",
            "{食堂|校园超市}{窗口|收银}{勤工助学|兼职}：{负责|}{扫码|刷卡}{收银|收款}、{饭卡|校园卡}{余额查询|充值}，{一周|每周}{排班|值班}{6|8|10}小时，{每小时|时薪}{18|20}元，{每月|按月}{发|发放}到{学生本人|本人}{工资卡|银行卡}，{想报名|有意}{的同学|者}{到|去}{勤工助学中心|学生处}{报名|登记}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-classifieds", JobAdAudience.General,
        [
            "{{P/T|F/T} {recep.|receptionist} wanted, {dental clinic|physio clinic|vet clinic}, {Jinjiang Dist.|Wuhou Dist.|Gaoxin}, {Mon–Fri 2–6pm|Sat–Sun 9–5}. Duties: {check in patients|greet pts}, {take pmts by card/WeChat Pay/Alipay|take payments at the front desk}, {insurance forms|bookings}. {Eng + Mand req'd|Eng & Mandarin a must}. {RMB 60/hr|RMB 70/hr|RMB 6k/mo}, pd monthly to own acct. Apply w/ CV: <email>|{IELTS|SAT|GCSE maths} tutor wanted 招家教: {2 eves/wk|Sat a.m.}, {RMB 200/hr|RMB 250/hr}, {pd after each lesson|pd weekly} {by WeChat Pay|to own bank acct} 课时费{每次课后|每周}{微信转账|打到本人银行卡}. {Exp. pref'd|Native/near-native Eng}. Contact <email>}",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
