namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-third held-out families (round 23), the development set in round 24 (ADR 413) and training families since round 25 (ADR 422); written 2026-11-25 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 22's families became the development set and before any change prompted by them (ADR 406).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — building one-to-one copies of a bank's, the ETC service's, the tax
/// app's or a courier's login page on order, whose entered card numbers, passwords and SMS codes go
/// straight to a buyer's back end (technical support), claiming a winning lottery ticket "the boss"
/// bought from its real winner in one's own name, the prize paid to one's card and passed on
/// (payment settlement), registering video-meeting accounts on one's own phone number and handing
/// the host role of each meeting to a "teacher" who has strangers share their screens (internet
/// accounts), posting film and match clips with a gambling site's address burned in as a watermark
/// from one's own real-name short-video accounts (advertising), having strangers' numbers display
/// "bank customer service" or "parcel claims" through a caller-ID authentication filed on one's own
/// business licence (other help: communication), sending thousands of "part-time job" and "tax
/// refund" e-mails a night from one's own mailboxes logged into a bulk sender (advertising), an
/// English errand-runner who turns couriered cash into blank-payee money orders and mails them on
/// (payment settlement), and an English student who registers reloadable prepaid debit cards with
/// their own SSN and hands over card, PIN and login (bank and payment accounts) — and honest texts on
/// the same acts in the same forms: a web agency's bilingual build brief that copies a layout for a
/// client's own brand and refuses bank and login pages, and a bank's notice on look-alike pages, a
/// lottery centre's prize-claim register and its notice on bought winning tickets, a company's own
/// bilingual caller-ID registration and an operator's notice, a post-office clerk's money-order sheet
/// and a prepaid card's own registration receipt, an office's meeting booking sheet and an
/// administrative job, a brand's video upload list and an editor's job, and a company's newsletter
/// send log to its subscribers and a mail-marketing job. They are written as site-copy briefs
/// (仿站需求单), prize-claim registers (兑奖登记表), meeting booking sheets (会议室预约单), video upload
/// lists (视频发布清单), caller-ID applications (号码认证申请表), e-mail send logs (邮件发送日志),
/// money-order run sheets and card registration receipts, forms earlier families did not use; risky
/// and honest texts share every one of them, and the honest texts name cards, accounts, SIMs, IDs,
/// codes, payments, transfers and collections in the same words as the risky ones, so neither the
/// form nor the vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md; since round 24
/// they are tuned on, never trained on.
/// </summary>
internal static class TwentyThirdHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("phishing-page-builder", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "【仿站需求单】{单号|需求编号}：FZ<d><d><d><d>　{接单人|开发}：{你|本人}（{兼职|远程}）　{甲方|客户}：{“老板”|飞机上的<surname>总}\n{仿|照抄}{对象|网站}：{<bank>银行网银登录页|ETC在线认证页面|个税APP退税页面|某快递“理赔”页面}，{页面|样式}{一模一样|1:1还原}，{logo|图标}{和|、}{字体|配色}{照扒|照抄}\n{功能|要求}：{输入|填写}{姓名、身份证号、银行卡号、密码|卡号、密码和预留手机号}{后|之后}{跳到|再弹}“{输入短信验证码|验证码校验}”{页|框}；{填的内容|客户填的}{实时|马上}{推到|传到}{后台|我们的TG机器人}\n{域名|链接}：{用|买}{和官网|跟官方}{只差一个字母|很像}的{域名|网址}，{挂|接}{防红|短链}\n{报酬|价格}：{一个页面|一套}{800|1500|3000}元，{U结|USDT结}；{页面|网站}{拿去干嘛|给谁用}{别问|不用管}，{源码|代码}{交付后|做完}{删掉|别留}",
            "{会前端的|会建站的}{同学|兄弟}{接私活|看过来}：{仿|照着做}{银行|ETC|退税|快递理赔}{的|官方}{登录页|页面}，{一比一|1:1}{还原|复刻}，{填的|输入的}{卡号、密码、验证码|账号密码和验证码}{实时|直接}{回传|推到}{后台|机器人}，{一个页面|一套}{800|1500}元{U结|日结}。{页面给谁用|拿去干啥}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("prize-ticket-claimant", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【兑奖登记表】{彩种|票种}：{福彩双色球|体彩大乐透|即开票“刮刮乐”}　{奖级|中奖}：{二等奖|三等奖|一注大奖}　{奖金|金额}：{8万|12万|50万}元（{扣税后|税后}{到手|实发}）\n{兑奖人|领奖人}：{你|本人}（{身份证|本人身份证原件}{和|、}{你的|本人}<bank>银行卡）　{彩票|票}：{我们|老板}{从中奖的人手里|找彩民}{收来的|买来的}，{不是你买的|跟你没关系}\n{流程|步骤}：{带|拿}{票和身份证|彩票原件和身份证}{去|到}{彩票中心|省福彩中心}{登记|兑奖}，{工作人员|中心}{问起|问}就说{自己买的|自己守号中的}；{奖金|钱}{到卡后|一到账}{分几笔|分三笔}{转到|转给}{我们给的|指定的}{账户|卡}\n{报酬|好处费}：{奖金的|按奖金}{1%|2%}，{当天|到账当天}{结|给}；{钱是哪来的|买票的钱哪来的}{别问|不用管}",
            "{诚招|找}{兑奖人|代领奖}：{用你的|拿你本人}{身份证|名字}{去彩票中心|到彩票中心}{领|兑}{一张|一注}{中奖彩票|大奖}，{票|彩票}{我们出|我们给}，{奖金|钱}{打到|进}{你的卡|你卡上}{后|以后}{转回给我们|再转出去}，{给你|提}{1%|2%}。{票哪来的|钱从哪来}{不用管|别问}，{就说|只说}{是你自己买的|自己中的}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("meeting-account-seller", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "【会议室预约单】{会议号|房间号}：<d><d><d> <d><d><d> <d><d><d>　{主持人|预约人}：{你|本人}（{用你本人手机号|你实名的}{腾讯会议|钉钉|飞书}{会员号|账号}）\n{时间|场次}：{每天|周一至周五}{10:00|14:00|20:00}{开|预约}{一场|两场}，{开好|进会后}{就|马上}{把主持人|主持人权限}{转给|移交给}“{老师|客服}”，{你|自己}{退出|离开}{别看|不用听}\n{设置|注意}：{打开|允许}{成员|参会人}{共享屏幕|屏幕共享}，{关掉|不开}{录制|云录制}，{会议名|主题}{写|填}“{安全核验|退款协助|投资课}”\n{报酬|费用}：{一场|每场}{30|50}元，{会员费|账号会员}{我们出|我们报}；{账号|号}{被封|被限制}{就换|换}{同学的|家人的}{手机号|号}{再开|重开}，{平台|客服}{问起|打来}就说{自己上网课|自己开会用}",
            "{学生党|大学生}{兼职|副业}：{用你的|你本人}{手机号|实名}{开个|注册}{腾讯会议|钉钉|飞书}{会员|账号}，{按|照}{我们给的|约好的}{时间|场次}{开会议|建会议}，{把主持人|主持人}{转给|交给}{我们的老师|我们}，{一场|每场}{30|50}元，{会员费|费用}{我们出|我们给}。{会上讲什么|谁在开会}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("watermark-video-uploader", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【视频发布清单】{日期|发布日}：{<d>月<d>日|今天}　{发布人|账号主}：{你|本人}（{用你实名的|你自己的}{抖音|快手|B站|视频号}{账号|号}）\n{素材|视频}：{我们发的|群里的}{影视剪辑|电视剧片段|球赛集锦}{10|20|30}条，{右下角|角落}{已经压了|自带}{水印|一行小字}“<handle>.com {看球|福利}”（{别裁掉|不要去掉}）\n{发布|要求}：{每天|一天}{发|更}{5|10}条，{标题|文案}{照抄|复制}，{评论区|私信}{不回|不用回}“{网址打不开|怎么进}”\n{报酬|收益}：{一条|每条}{3|5}元，{播放|浏览}{过万|过1万}{另加|再加}{20|50}元，{周结|日结}；{平台|审核}{问起|限流}就说{自己剪的|素材是网上的}，{水印|网址}{是什么|通向哪}{别管|不用管}",
            "{在家|手机}{兼职|副业}：{用你的|你本人的}{抖音|快手|视频号}{号|账号}{发|搬运}{我们剪好的|现成的}{影视|球赛}{视频|片段}，{视频角上|角落}{有个|带}{小水印|网址水印}{别去掉|不要裁}，{一条|每条}{3|5}元，{播放过万|爆了}{另给|加}{50|100}元。{网址是干啥的|水印是谁的}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("caller-name-registrant", JobAdScheme.CorporateAccounts, JobAdAudience.General,
        [
            "【号码认证申请表】{申请企业|企业名称}：{你名下的|用你的}{个体户|小公司}（{营业执照|执照}{在你名下|你本人是法人}）　{经办人|联系人}：{你|本人}\n{认证号码|号码}：{我们给的|表里的}{手机号|座机号}{20|30|50}个（{不是你公司的号|都不是你的号}），{来电显示|认证名称}{填|写}“{<bank>银行客服|某某物流理赔|某平台售后}”（{和你的执照名不一样|跟执照对不上}）\n{材料|流程}：{在|通过}{号码认证平台|认证服务商}{上传|交}{执照、法人身份证|营业执照和你的身份证}{和|、}{授权书|号码使用承诺函}，{你|本人}{刷脸|人脸核验}{签字|确认}\n{报酬|价格}：{一个号|每个号}{30|50}元，{通过后|认证后}{结|给}；{平台|服务商}{回访|打电话}就说{号码|这些号}{是公司员工的|自己公司用的}，{号码|显示名}{给谁用|干什么用}{别问|不用管}",
            "{有执照的|有营业执照的}{老板|个体户}{看过来|注意}：{用你的|拿你的}{执照|公司}{帮|给}{我们的|一批}{号码|手机号}{做|办}{号码认证|来电名片}，{来电|对方手机上}{显示|就显示}“{银行客服|物流理赔|官方客服}”，{一个号|每个号}{30|50}元，{刷个脸|签个字}{就行|即可}。{号码给谁用|打给谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("email-blast-sender", JobAdScheme.OrderBrushing, JobAdAudience.Parents,
        [
            "【邮件发送日志】{日期|时间}：{今晚|本周}　{发件人|操作人}：{你|本人}（{用你本人|你实名的}{QQ邮箱|163邮箱|企业邮箱}{5个|10个}，{邮箱|账号}{登录|挂}在{我们的|群发}{软件|工具}上）\n{收件人|发送对象}：{我们给的|表格里的}{地址|邮箱名单}{3000|5000}个（{都是陌生人|没订阅过的}）\n{内容|正文}：“{日结兼职|中奖通知|退税提醒}，{点链接|扫码}{领取|登记}”{+|加}{二维码|链接}（{模板|文案}{我们给|复制}）\n{完成|数量}：{已发|今晚发了}{2800|4500}封　{被退信|被封号}{0|1|2}个\n{报酬|工资}：{一千封|每千封}{30|50}元，{邮箱|号}{被封|被停}{就|再}{用家人的|注册新的}；{邮件|链接}{点开是什么|通向哪}{不用管|别问}，{平台|客服}{问起|打电话}就说{发的是公司通知|自己发的}",
            "{宝妈|居家}{副业|兼职}：{用你的|你本人的}{QQ邮箱|163邮箱}{登录|挂}{我们的|群发}{软件|工具}，{每天|一天}{发|群发}{几千封|三五千封}{“兼职”“中奖”|“退税”“领补贴”}{邮件|通知}，{一千封|每千封}{30|50}元，{号被封|邮箱被封}{就|再}{换新的|注册新的}。{邮件里是啥|链接通哪}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-money-order-buyer", JobAdScheme.PaymentSettlement, JobAdAudience.General,
            [
                "MONEY ORDER RUN SHEET — {Tue|Thu|Sat} — runner: you\nCash: ${2,400|3,000|4,500} {handed to you|dropped off} by {our courier|the driver} {in an envelope|in a bag}, or {wired to your account|sent to your Cash App} and {withdrawn|taken out} {the same day|right away}\nBuy: money orders of ${500|900|990} each at {the post office|Walmart|7-Eleven|a check-cashing store}, {three or four|no more than three} per store, {a different store each time|several stores}; {your name|you} as {sender|purchaser}, {payee left blank|the payee line blank}\nThen: {photo both sides|snap each one} and {send the photos|text them} to {the handler|our Telegram}; {mail them|post them} to {the address we send|an address in another state} {in a plain envelope|by regular mail}\nPay: ${50|80} a {run|trip} + ${10|20} per money order; {if a clerk asks|if anyone asks}, {it's rent|you're paying your landlord}; {don't ask|no need to know} whose cash it is",
                "{Easy errands|Side gig}: {take|pick up} cash {from our driver|we send you}, {buy|get} money orders at {the post office|Walmart} ({under|max} $1,000 each, {a few stores|different stores}), {leave the payee blank|don't fill in the payee}, {mail them|post them} to {our address|the address we give}. ${50|80} a run, {same day|cash}. {Don't ask|No need to know} where the money comes from. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-prepaid-card-registrant", JobAdScheme.CardRenting, JobAdAudience.Students,
            [
                "CARD REGISTRATION RECEIPT — {Green Dot|Netspend|Walmart MoneyCard} reloadable prepaid debit card — {bought|picked up} by: you\nRegister: {online|in the app} with {your name, SSN, date of birth and address|your real name, SSN and address} — {it has to be you|use your own details}; {direct deposit|account and routing numbers} {set up|turned on} ✔\nHand over: the card, the PIN and {the app login|the online login} {to our guy|to the handler} {at the store|outside}; {unemployment|tax refund|\"payroll\"} {deposits|payments} {in other people's names|for other people} {will land on it|go onto it}\nPay: ${50|80} a card {cash|on the spot}, ${100|150} extra for three; {if the card company calls|if they call you}, {say it's yours|you use it for work}; {don't ask|no need to know} whose money it is",
                "{Students|Quick cash}: {buy|pick up} a {Green Dot|Netspend|prepaid debit} card at {Walmart|CVS|Dollar General}, {register it|sign it up} with {your SSN and address|your own details}, {hand us the card, PIN and login|give us the card and the login}. ${50|80} per card, {cash|same day}. {We reimburse the card|The card fee is on us}. {Don't ask|No need to know} what goes on it. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("web-clone-requirements",
        [
            "【仿站需求单 Site Build Brief】{单号|需求编号} No.：FZ<d><d><d><d>　{甲方|客户} Client：<company>（{营业执照|执照}{已核对|核验} ✔）　{开发|接单} Dev：{小<surname>|<surname>工}\n{参考|仿} Reference：{参考|照着}{某款|一个}{网站模板|品牌官网}的{版式|布局} (layout only)，{logo、文字、图片|内容和logo}{全部用|都用}{客户自己的|甲方自有的} ✔\n{功能|要求} Features：{产品展示|公司介绍}、{在线留言|预约表单}；{不做|禁止}{仿冒|照搬}{银行、政府、支付平台|银行和政府}{的|网站的}{登录页|页面}，{不收集|不采集}{银行卡号、密码、验证码|卡号密码和验证码} (no bank or login pages, no card or code fields)\n{域名|上线} Domain：{客户本人|公司}{名下|实名}{域名|备案域名}，{ICP备案|备案}{已完成|由客户办理} ✔；{交付|验收}{后|时}{源码|代码}{交给|归}{客户|甲方}",
            "【<bank>银行{提醒|风险提示}】{近期|最近}{有|出现}{仿冒|假冒}{我行|银行}{网银|官网}的{钓鱼网站|假网站}，{页面|样式}{和官网|跟真的}{一模一样|几乎一样}，{域名|网址}{只差|差}{一个字母|一两个字符}，{让你|要求}{输入|填}{卡号、密码和短信验证码|银行卡号、密码、验证码}。{我行|银行}{不会|从不}{通过短信链接|发链接}{让你|要你}{登录|填卡号}；{有人|如有人}{出钱|高价}{找你|请你}{做这种|仿}{页面|网站}，{那是|是}{帮诈骗|帮信}，{请拒绝|别接}{并|，}{举报|报警}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("lottery-prize-register",
        [
            "【兑奖登记表】{彩种|票种}：{福彩双色球|体彩大乐透|即开票“刮刮乐”}　{奖级|中奖}：{二等奖|三等奖}　{奖金|金额}：{8万|12万}元（{依法|代扣}{个税|偶然所得税}20%）\n{兑奖人|领奖人}：{中奖者|持票人}{本人|<surname>某}，{身份证|本人身份证原件}{核验|查验} ✔，{奖金|钱}{转入|打到}{兑奖人|中奖者}{本人|自己的}<bank>银行卡 ✔\n{核查|审核}：{彩票|票面}{真伪|条码}{核验|查验} ✔，{购票|出票}{站点|时间}{登记|记录}，{大额|大奖}{问询|询问}：“{是否|是不是}{本人购买|自己买的}” ✔\n{提示|备注}：{不为|不得为}{他人|别人}{代兑|代领}{中奖彩票|奖}；{有人|如有人}{高价|出钱}{收|买}{中奖票|你的票}{或|、}{让你|找你}{代领奖金|去兑奖}，{可能是|是}{洗钱|帮人转移赃款}，{请|要}{告知|报告}{工作人员|中心}",
            "【{福彩中心|体彩中心}{提醒|公告}】{近期|最近}{有人|有团伙}{加价|高价}{收购|收}{中奖彩票|大奖票}，{再|然后}{找人|雇人}{拿自己的|用本人}{身份证|银行卡}{去|来}{兑奖|领奖}，{奖金|钱}{到账后|到卡后}{转给|转走}{别人|他们}——{这是|那是}{用彩票洗钱|把赃款洗白}，{代领的人|兑奖人}{要担责|会被追责}。{兑奖|领奖}{须|请}{中奖者本人|本人}{持票|带彩票}{和|、}{身份证|本人证件}{办理|来}，{奖金|钱}{只进|只打到}{本人|自己的}{银行卡|账户}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("caller-id-authentication",
        [
            "【号码认证申请表 Caller ID Registration】{申请企业|企业名称} Company：<company>　{统一社会信用代码|信用代码} USCC：91<d><d><d><d><d><d><d><d><d><d><d><d><d><d><d><d>\n{认证号码|号码} Numbers：{本公司|公司}{名下|自有}{客服座机|总机}{和|、}{员工工作手机|工作号}{6个|10个}（{运营商|号码}{实名|开户}{在本公司名下|为本公司} ✔）\n{显示名称|来电名片} Display name：“<company>{客服|售后}”（{与营业执照|和执照}{一致|相同} ✔）；{不得|禁止}{显示|冒用}{银行、政府、其他企业|他人}{的名称|名义} (no bank's or other company's name)\n{经办|审核} Checked：{法人|经办人}{人脸核验|刷脸} ✔，{号码使用承诺函|承诺函}{盖章|签字} ✔；{不为|不给}{外部|他人}{号码|手机号}{办理|做}{认证|来电名片}",
            "【{运营商|电信}{提醒|公告}】{有人|不法分子}{出钱|花钱}{找|雇}{有营业执照的|开店的}{个体户|老板}，{用|拿}{你的执照|你的公司}{给|为}{一批|陌生}{手机号|号码}{做|办}{号码认证|来电名片}，{让|使}{对方手机|来电}{显示|上显示}“{银行客服|物流理赔|平台客服}”——{这是|那是}{给诈骗电话|为电诈}{“穿马甲”|披上官方外衣}，{执照主|办理人}{要担责|会被追责}。{认证|来电名片}{只能|仅限}{为|给}{本公司|自己公司}{名下的|的}{号码|电话}{办理|做}，{名称|显示名}{须|要}{与执照一致|和执照一样}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-counter-records",
            [
                "MONEY ORDER RUN SHEET — {post office|store} #<d><d><d> — clerk: {Maria|Tom|Aisha} (badge <d><d><d><d>)\nCustomer: {Mr. Ortiz|Ms. Chen|Mr. Walker}, buying {one money order|two money orders} for {their own rent|their own utility bill} with {their own cash|their own debit card}; payee {filled in|written} {at the counter|before payment}: {the landlord|the utility company} ✔\nChecks: photo ID {checked|scanned} for sales of $3,000 or more ✔; {no one|nobody} buys money orders with someone else's cash ✔\nNote: {if a customer says|if someone says} {a stranger|an online employer} {gave them cash|sent them money} to {buy money orders|turn into money orders} and {mail them|post them} away, {stop the sale|pause}, {explain|tell them} it's {a money mule scheme|how scammers move money}, and {tell the supervisor|report it}",
                "CARD REGISTRATION RECEIPT — {Green Dot|Netspend|Walmart MoneyCard} reloadable prepaid card — {registered|set up} by: the cardholder, {Jamie|Luis|Kim} {R.|T.|W.}\nRegister: {online|in the app} with {the cardholder's own name, SSN and address|their own name and SSN} ✔; {direct deposit|account and routing numbers} for {the cardholder's own paycheck|their own wages} ✔\n{Card, PIN and login|The card and the PIN} {stay with|are kept by} the cardholder ✔\n{Please note|Note}: {never|don't} {register|buy} a card {for someone else|in your name for anyone} or {hand over|give away} {the card, PIN or login|your PIN or login} — {people paying for registered cards|anyone paying you for this} {use them to receive stolen money|use them for fraud}; {call the number on the back|report it}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("meeting-room-coordinator", JobAdAudience.General,
        [
            "【会议室预约单】{会议号|房间号}：<d><d><d> <d><d><d> <d><d><d>　{预约人|主持人}：<company>{行政|综合部}{小<surname>|<surname>主管}（{公司|企业}{会议账号|企业版账号}）\n{时间|场次}：{周一|周三}{10:00|14:00}　{主题|会议名}：{部门周会|季度复盘|新员工培训}\n{参会|范围}：{本公司|公司内部}{员工|同事}{18人|25人}，{开启|设置}{会议密码|入会密码}、{等候室|入会审批} ✔\n{设置|注意}：{共享屏幕|屏幕共享}{仅限|只限}{主持人和讲者|主讲人}，{会后|结束后}{纪要|会议纪要}{发群里|归档} ✔；{会议账号|账号}{不外借|不借给外人}",
            "<company>{招|招聘}{行政助理|行政专员}：{负责|主要负责}{预约|安排}{会议室|线上会议}、{发|准备}{会议通知|会议材料}、{整理|记录}{会议纪要|纪要}，{会用|熟悉}{腾讯会议|钉钉|飞书}{和|、}{办公软件|Office}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("brand-video-editor", JobAdAudience.Students,
        [
            "【视频发布清单】{日期|发布日}：{<d>月<d>日|本周}　{发布|运营}：<company>{新媒体部|内容组}{小<surname>|<surname>编导}\n{素材|视频}：{品牌|自家}{产品测评|门店探访}{原创|自拍}{视频|短片}{5|8}条；{影视片段|音乐}{有|已取得}{授权|版权} ✔\n{水印|标识}：{只加|仅加}{本品牌|公司}{logo|账号名}水印，{不加|不放}{第三方|外部}{网址|二维码|联系方式} ✔\n{发布|平台}：{品牌|公司}{官方|企业}{抖音|视频号|小红书}{账号|号}，{评论区|私信}{回复|由客服回复}{顾客|用户}{问题|咨询} ✔",
            "<company>{招|招聘}{短视频剪辑|视频剪辑师}：{剪辑|制作}{品牌|公司}{宣传|产品}{视频|短片}，{加|做}{字幕|包装}{和|、}{品牌水印|logo水印}，{素材|音乐}{用|只用}{有授权的|正版}，{熟悉|会用}{剪映|Premiere}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("newsletter-mail-operator", JobAdAudience.Parents,
        [
            "【邮件发送日志】{日期|时间}：{周二|本周}　{发件|操作}：<company>{市场部|会员运营}{小<surname>|<surname>专员}（{公司|企业}{自有|备案}{企业邮箱|邮件平台}）\n{收件人|发送对象}：{已订阅的|主动注册的}{会员|客户}{1200|3400}人（{勾选|同意}{接收邮件|订阅} ✔）\n{内容|正文}：{本月|月度}{新品|活动}{通讯|简报}，{附|带}{官网|官方}{链接|地址}，{底部|文末}{有|带}“{退订|取消订阅}”{链接|按钮} ✔\n{完成|结果}：{已发|送达}{1180|3350}封　{退订|退信}{12|25}{个|封}，{退订的|退订名单}{不再发|已移出} ✔",
            "<company>{招|招聘}{邮件营销专员|会员运营}：{用|通过}{公司|企业}{邮件平台|企业邮箱}{给|向}{订阅的会员|已注册客户}{发|推送}{月度简报|活动通知}，{维护|整理}{订阅|退订}{名单|列表}，{看|分析}{打开率|数据}，{会|懂}{Excel|基本数据分析}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
