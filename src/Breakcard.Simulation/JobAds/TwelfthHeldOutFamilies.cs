namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twelfth held-out families (round 12), the development set in round 13 (ADR 280) and training families since round 14 (ADR 290); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 11's families became the development set and before any change prompted by them (ADR 270).
/// New stories from the 帮信 reporting of 2024–2026, one for each branch of Art. 287-2 and for the
/// two-card rules' accounts and payment interfaces that earlier rounds told least — an offshore
/// machine room's operator who keeps "special clients'" servers up without real name or filing,
/// changes their blocked IPs and leaves police data requests unanswered (server hosting), one's own
/// paid cloud drive hosting a sender's APKs and "investment courses" with share links kept alive
/// (network storage), voice trunks and 106 SMS channels opened with one's business licence and
/// resold with caller-ID passthrough (communication transmission), retouchers forging transfer
/// receipts, profit screenshots and "freeze notices" (other technical support), advertising
/// accounts opened with one's licence and topped up with the boss's money to run "investment class"
/// and "loan" ads (advertising), QR-code stickers put up at night on shared bikes and ATMs
/// (advertising, offline), cross-border collection accounts (万里汇, Payoneer) opened with a
/// sole-proprietor licence and handed over with U盾 and SIM (payment settlement, non-bank accounts),
/// and an English payment-gateway account whose API keys are handed over (payment interfaces) —
/// and honest texts on the same acts in the same forms: a cloud provider's abuse tickets and its
/// drive-review SOP, a call-centre manager's answer on lawful lines and an operator's line
/// reviewers, a cashier's leaving handover of the company's U盾, SIM and collection account, an
/// English shop-checkout README and integration job; new plain jobs of the same shape (a shop's
/// flyer promoter with an award certificate, a live-streamed job fair hiring a media buyer for the
/// company's own ad accounts, an English product-photo retoucher). They are written as work
/// tickets, SOPs, Zhihu answers, sample sheets, live-stream transcripts with danmaku, award
/// certificates, handover receipts and READMEs, forms earlier families did not use; risky and
/// honest texts share every one of them, and the honest texts name cards, accounts, SIMs, IDs,
/// codes, payments, transfers and collections in the same words as the risky ones, so neither the
/// form nor the vocabulary gives the label away. Their one held-out run is recorded in
/// docs/screening.md; in round 13 they were tuned on, never trained on.
/// </summary>
internal static class TwelfthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("offshore-idc-ops", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【工单】{#|No.}{20|31|47}<d><d><d>  {优先级|紧急程度}：{高|紧急}\n{客户|租户}：{“菠菜”站|盘口客户|“理财”平台客户}（{机柜|机器}{B<d><d>|C<d><d>}）\n{问题|事项}：{主IP|IP段}{被墙|被拦截|被标红}，{客户要求|客户催}{两小时内|马上}{换IP|切新段}\n{处理|操作}：{换了新段|已切新IP}，{旧IP|原IP}{回收|释放}；{机器|服务器}{不做|不用做}{备案|实名}，{客户资料|客户身份}{不登记|不留}\n{备注|注意}：{收到|有}{警方|公安}{调证函|协查邮件}{不回复|别回}，{转给|交给}{老板|<surname>总}；{访问日志|日志}{每三天|每周}{清一次|删掉}\n{处理人|值班}：{小<surname>|<surname>工}  {状态|进度}：{已完成|已关闭}\n{招|急招}{机房运维|值班运维}{1名|2名}：{会|懂}{Linux|上架和换IP}，{月薪|工资}{1.2万|1.5万|2万}，{USDT|U}{发|结}，{懂规矩的来|嘴严的来}，<contact_risky>",
            "{海外|东南亚|香港}{机房|IDC}{招|诚招}{运维|值班运维}：{负责|主要}{客户|租户}{服务器|机器}{上架|维护}{和|、}{换IP|切线路}，{客户|租户}{做什么业务|放什么站}{不过问|别管}，{免实名|不要客户实名}{免备案|不用备案}，{被墙|被打}{就换|马上换}，{有|遇到}{调证|公安协查}{不理|别回}，{日志|记录}{定期清|不保留}，{月薪|工资}{1万|1.5万|2万}{起|}，{U结|USDT发放}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("cloud-drive-host", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "{资源分享员|网盘推广员}{作业指导书|SOP}（{V2.1|第三版}）\n一、目的：{把|将}{客户的|我们的}{文件|资料}{长期|稳定}{挂在|放在}{网盘|云盘}{上|里}，{链接|分享链接}{不断|不失效}\n二、{适用|范围}：{百度网盘|夸克网盘|阿里云盘}{账号|会员}{用你本人|用你自己的}{实名|身份证}{注册|开通}，{会员费|超级会员费}{我们报销|公司出}\n三、{步骤|操作}：1. {下载|接收}{群里发的|我们发的}{压缩包|安装包和视频}（{“内部课”|“投资课程”|APK}），{不用|别}{打开|解压看}；2. {上传|转存}{到|进}{你的网盘|自己的网盘}，{生成|创建}{永久|长期}{分享链接|链接和提取码}；3. {链接|提取码}{发到|填到}{对接群|表格}\n四、{记录|要求}：{链接|分享}{被封|违规失效}{就|马上}{重新上传|换个文件名再传}，{账号|网盘}{被封|封了}{用|拿}{家人的|新的}{身份证|实名}{再开|再注册}\n五、{报酬|结算}：{每条|每个}{有效链接|活着的链接}{每天|一天}{3元|5元}，<pay_freq>，<contact_risky>",
            "{在家|宿舍}{挂网盘|网盘挂机}{兼职|副业}：{用你的|拿自己的}{网盘账号|网盘会员}{存|转存}{我们的|客户的}{资料|文件}，{分享|发}{链接|提取码}{给|到}{指定群|我们}，{一条链接|每条链接}{活一天|每天}{给|结}{3|5|8}元，{文件内容|里面是什么}{不用看|别看}，{链接被封|被和谐}{重传|再传一次}{就行|就好}，{网盘|账号}{封了|没了}{我们|公司}{补你|另给}<price_small>。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("telecom-line-agent", JobAdScheme.PhoneCards, JobAdAudience.General,
        [
            "{问题|问}：{做VoIP线路代理|卖外呼线路}{赚钱吗|靠谱吗}？\n{谢邀|谢谢邀请}。{做了|干了}{三年|两年}{线路|通道}，{说点实在的|简单说两句}。\n{线路|外呼线路}{客户|需求}{主要是|大多是}{海外|东南亚}{呼叫中心|“客服中心”}，{他们|人家}{要的是|就要}{能透传|号码透传}：{对方手机上|来电}{显示|显示成}{本地号码|随便什么号}，{不封线|封了秒换}。\n{我们|代理}{怎么做|做什么}：{用|拿}{你的|自己的}{公司执照|营业执照}{去|在}{运营商|虚商}{开|办}{固话中继|SIP中继|95号码}{和|、}{106短信通道|企业短信账号}，{开好|办下来}{账号密码|线路账号}{交给|给}{上家|平台}，{按分钟|每分钟}{抽|提成}{5分|8分|1毛}，{短信|106}{每条|一条}{另算|再抽}。\n{风险|会不会出事}？{线路|号码}{被投诉|被关停}{换个公司|用别的执照}{再开|重开}，{客户|上家}{打什么电话|做什么业务}{别问|不问}，{结算|佣金}{走|用}{U|USDT}。{想做的|有执照的}{私信|评论区留言}。",
            "{招|诚招}{线路代理|通道合作}：{有|你有}{公司执照|营业执照}{就行|即可}，{帮|替}{我们|公司}{在|去}{运营商|营业厅}{开|办}{固话|400号码|中继线路}{和|、}{106短信|企业短信}{账号|通道}，{开好|办好}{后|以后}{账号|线路}{交给我们|我们来用}，{每条线|一条线路}{每月|一个月}{给你|租金}{2000|3000|5000}，{支持|能做}{透传|改显示号码}，{用户|客户}{打什么|发什么}{不用管|不归你管}，{关停了|被封了}{再开一条|换一个执照}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("retouch-forger", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{招|急招}{修图师|P图兼职}（{在家|远程}{接单|做单}），{以下是|附}{我们要的|客户要的}{样例|作品要求}：\n样例1：{银行转账|手机银行转账}{成功截图|电子回单}——{改|换}{收款人|户名}{和|、}{金额|转账金额}{、|和}{时间|流水号}，{要|做到}{看不出|无痕}\n样例2：{收益截图|盈利截图}——{“理财平台”|“投资APP”}{账户余额|收益曲线}{改成|做成}{翻倍|每天涨}，{发给|发到}{群里|客户}{“晒单”|看}\n样例3：{“冻结通知书”|“资金核查函”}——{套|用}{金融监管局|公安局|法院}{的|}{红头|公章}{模板|样式}，{填|换}{名字|身份证号}\n{价格|报酬}：{截图|普通单}{每张|一张}{20|30}元，{文件|红头}{每份|一份}{80|100}元，<pay_freq>；{用途|拿去干嘛}{不问|别问}，{交图后|做完}{原图|聊天记录}{删掉|别留}。<contact_risky>",
            "{会PS的|会修图的}{学生党|同学}{看过来|接单}：{在家|宿舍}{用电脑|用手机}{改|P}{转账截图|付款截图|银行回单}，{把|将}{名字|户名}{和|、}{金额|数字}{换成|改成}{客户给的|我们发的}，{一张|每张}{15|20|30}元，{会做|能做}{公文|通知书|红头文件}{的|}{另加钱|价格翻倍}，{客户|截图}{拿去做什么|干什么用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("ad-account-agent", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "（{直播间|直播回放}{文字版|字幕整理}）{投放训练营|广告投手带教}\n主播：{家人们|各位}{今天讲|说一下}{怎么|如何}{做投手|开户投广告}。{第一步|首先}{用你的|拿你自己的}{营业执照|个体执照}{和|、}{身份证|法人身份证}{在|去}{巨量引擎|磁力金牛|腾讯广告}{开|注册}{广告账户|投放账户}。\n弹幕（{用户<d><d><d>|小<surname>}）：{钱谁出|充值谁出}？\n主播：{老板|上家}{把钱|充值款}{转到你卡上|打给你}，{你|你再}{用自己的名义|从你的账户}{充进|充值到}{广告账户|后台}，{素材|落地页}{我们给|老板给}：{“理财课”|“高薪兼职”|“低息贷款”}，{留|导}{微信|企微}。\n弹幕（{用户<d><d><d>|阿<surname>}）：{审核不过|被封户}{怎么办|咋办}？\n主播：{换素材|换个执照}{再开|重开}，{平台|客服}{问起来|核查}{就说|说是}{自己的生意|给自己店投}。{每消耗|每花}{1万|一万}{给你|返你}{500|800}，{上车|报名}{私信|扣1}。",
            "{招|诚招}{广告投手|投放专员}（{兼职|在家}）：{你|只需}{用自己的|用本人}{营业执照|身份证}{开|注册}{抖音|快手|百度}{广告账户|推广账户}，{钱|充值款}{老板|我们}{先打到|转到}{你卡上|你账户}，{你|你再}{充进|充值到}{广告后台|账户}，{投|跑}{我们给的|客户的}{“理财”|“兼职”|“贷款”}{素材|广告}，{账户|户}{被封|封了}{再开一个|换执照重开}，{每消耗一万|消耗每万}{返你|给你}{300|500|800}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("sticker-poster", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "{🏅|🎖}{荣誉证书|奖状}\n{授予|兹授予}：{<surname>同学|<surname>师傅|小<surname>}\n{在|于}{本月|10月|11月}{“城市推广”|地推}{活动中|任务中}{张贴|贴}{二维码贴纸|小广告}{3200|2600|4100}{张|份}，{覆盖|遍布}{共享单车车筐|小区电梯口|ATM机旁边|学校厕所隔板|公交站牌}，{扫码进群|扫码加好友}{460|380|520}人，{被评为|荣获}“{月度地推之星|十佳推广员}”。\n{奖励|奖金}：{现金|红包}{500|800}元（{每张|一张}{贴纸|}{0.5元|8毛}{另算|照结}）\n{提醒|注意}：{晚上|凌晨}{贴|去贴}，{避开|躲开}{监控|保安|城管}，{贴纸上|码上}{写|印}的{“刷单日结”|“无抵押秒下款”|“高价收卡”}{别|不要}{跟人解释|多说}。\n{发证单位|落款}：<company>",
            "{夜班|晚上}{兼职|地推}{贴码员|贴小广告}：{领|拿}{一卷|一包}{二维码贴纸|小广告}，{晚上|半夜}{贴到|贴在}{共享单车|电动车座|ATM机旁|小区楼道|校园公告栏}，{每贴一张|贴完}{拍照|拍个照}{发群里|打卡}，{一张|每张}{5毛|8毛|1元}，{贴纸上|码里}{是|写的}{“刷单兼职”|“贷款秒批”|“收银行卡”}{的群|广告}，{别问|不用管}{谁发的|进群干嘛}，{被抓|被城管拦}{就说|说是}{捡的|不知道}，<pay_freq>。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("crossborder-collect-account", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "{账户交接单|资料交接清单}（{一式两份|合作用}）\n{移交人|交付方}：{<surname>某|<surname>先生|<surname>女士}（{个体户|个体工商户}{<city>|}{某商行|电商店}）\n{接收人|接收方}：{“运营团队”|<surname>总}\n{交接物品|清单}：\n1. {营业执照|个体执照}{正副本|原件}{各一份|一套}\n2. {万里汇|Payoneer|连连|PingPong}{跨境收款账户|收款账户}{登录名和密码|账号密码}，{认证|实名}{用的是|在}{移交人本人|你本人}{身份证|名下}\n3. {个体户结算户|对公账户}U盾{1个|两个}{及|、}{网银密码|密码}\n4. {预留手机卡|绑定手机号}{1张|一张}（{验证码|短信}{由接收方收|我们收}）\n{费用|报酬}：{每月|一个月}{租金|使用费}{3000|5000}元，{流水|入账}{每100万|每百万}{另给|加}{1000|2000}\n{备注|说明}：{账户|收款账户}{走的是|做的是}{“海外货款”|“外贸回款”}，{提现|换汇}{后|以后}{转给|打到}{指定账户|接收方指定的卡}，{移交人|你}{不得|不能}{挂失|改密码}；{银行|平台}{问起|审核}{按|照}{话术|我们给的说法}{回答|说}。",
            "{做跨境电商|开网店}{的|有执照的}{朋友|老板}：{用你的|拿你的}{个体执照|营业执照}{注册|开}{万里汇|Payoneer|PingPong}{收款账户|跨境收款}，{过|做}{平台|人脸}{审核|认证}{后|以后}，{账号密码|登录}{和|、}{U盾|绑定手机卡}{交给我们|寄给我们}{代运营|来操作}，{每月|一个月}{给你|租金}{3000|5000|8000}，{走的都是|都是}{“外贸回款”|“海外货款”}，{提现后|换成人民币}{转到|打到}{我们指定的卡|指定账户}，{出了问题|被冻了}{我们负责|不用你管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-gateway-account", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "# side-income-for-sole-traders\n## What you do\n1. Register a {Stripe|PayPal Business|Square} account {as a sole trader|in your own name} (your ID, a {selfie|face check} and your own bank account for payouts)\n2. Pass {KYC|verification} yourself; {we tell you what to answer|use the business description we send you}\n3. Send us the {API keys|secret key} ({sk_live_...|live keys}) and {the login|the 2FA codes}\n## What we do\n- Our {online shops|checkout pages} charge {customers|cards} through your account; {payouts land in your bank account and you forward them|the money lands in your account and you send it on} to {our USDT wallet|the account we give you} within {24 hours|a day}\n## Pay\n- {3%|5%} of volume, {weekly|every Friday}. {Don't ask|No need to ask} what the shops sell. If the account {is frozen|gets closed}, {open another|we pay you to open a new one}.\nContact: @<handle> {on Telegram|(Telegram)}",
            "{出租支付账户|Rent out your payment account} 💳 {留学生|Students abroad}：{用你的名字|in your own name} {注册|open} {Stripe或PayPal商户号|a Stripe or PayPal business account}，{把API密钥给我们|send us the API keys}，{我们的网店|our online shops} {用你的账户收款|take card payments through it}，{到账后|once paid out} {转到我们的U钱包|forward it to our USDT wallet}，{流水的3%归你|you keep 3%}。{卖什么不用管|don't worry about what they sell}。{私信|DM} @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.HardNegative("cloud-trust-safety",
        [
            "【工单】{#|No.}{20|31|47}<d><d><d>  {优先级|紧急程度}：{高|紧急}\n{来源|类型}：{公安机关|网警}{调证函|协查函}（{关于|涉及}{“理财”诈骗网站|一个博彩站点}）\n{客户|租户}：{云服务器|机柜}{B<d><d>|C<d><d>}，{实名主体|注册主体}<company>\n{处理|操作}：{法务|合规部}{核验|确认}{公函|手续}{真实后|无误后}，{依法|按规定}{提供|调取}{注册信息|实名信息}{和|、}{登录日志|访问日志}；{涉诈网站|违法站点}{立即|马上}{下线|停机}，{IP|地址}{不得|不会}{更换|给客户换}\n{说明|备注}：{我们|本公司}{每台|所有}{服务器|机器}{都|必须}{实名|企业实名}{并|、}{备案|登记用途}，{日志|访问日志}{保存|留存}{不少于六个月|六个月以上}，{不接|拒接}“{免实名|免备案}”“{防封|被墙换IP}”{业务|客户}\n{处理人|值班}：{小<surname>|<surname>工}  {状态|进度}：{已完成|已关闭}\n{招聘|急招}{安全合规专员|滥用处理工程师}：<requirements>，<salary_month>，{工资|薪资}{每月|按月}{打到|发到}{本人|员工本人}{工资卡|银行卡}，<benefits>，<contact>",
            "{网盘|云盘}{内容审核员|内容安全}{作业指导书|SOP}（{V2.1|第三版}）\n一、目的：{清理|删除}{网盘|云盘}{里的|上的}{诈骗|违法}{文件|资料}，{保护|保障}{用户|网民}{财产安全|安全}\n二、{适用|范围}：{用户|网友}{举报的|被举报的}{分享链接|链接和提取码}{以及|、}{系统|模型}{标记的|识别的}{批量分享|大量分享}{账号|用户}\n三、{步骤|操作}：1. {核查|查看}{被举报|可疑}{文件|分享}：{赌博|诈骗}APK、“{内部课|投资课程}”{视频|资料}、{收款码|二维码}{图片|截图}；2. {确认|核实}{违规|违法}{后|的}{删除文件|取消分享}、{封禁|冻结}{账号|网盘账号}；3. {发现|遇到}{同一人|一个身份证}{反复|多次}{重新上传|换名再传}{或|、}{借用|用}{别人的|他人}{实名|身份证}{注册|开号}的，{上报|报给}{公安机关|网警}\n四、{记录|要求}：{每条|每次}{处理|操作}{都要|要}{留痕|记录}，{用户申诉|用户的申诉}{24小时内|及时}{复核|回复}\n五、{招聘|急招}{审核员|内容安全专员}{3名|若干}：<salary_month>，{五险一金|缴纳社保}，{工资|薪资}{按月|每月}{打到|发到}{本人|你本人}{银行卡|工资卡}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("call-centre-compliance",
        [
            "{问题|问}：{正规呼叫中心|正规外呼}{的线路|的号码}{是怎么来的|从哪来}？{能透传吗|能改显示号码吗}？\n{谢邀|谢谢邀请}。{做了|干了}{三年|五年}{呼叫中心|客服中心}{合规|运营}，{说点实在的|简单说两句}。\n{正规的|合法的}{外呼|呼叫中心}{都是|必须}{用|以}{公司|企业}{自己的|本身的}{营业执照|名义}{向|在}{运营商|电信公司}{申请|办理}{固话中继|95号码|400号码}{和|、}{106短信|企业短信}，{每个号码|号码}{都要|须}{实名登记|报备}，{写明|报备}{用途|话术}，{对方手机上|来电}{显示的就是|显示的是}{我们公司的|登记的}{号码|真实号码}。\n{所谓|网上说的}“{透传|改号}”“{不封线|封了秒换}”{都是|就是}{给诈骗|为电诈}{用的|准备的}，{出借|出租}{执照|营业执照}{开|办}{线路|通道}{给别人用|交给上家}，{可能|会}{构成|涉嫌}{帮信罪|帮助信息网络犯罪活动罪}。\n{我们|公司}{在招|招聘}{外呼专员|客服}：<salary_month>，{工资|薪资}{打到|发到}{本人|你本人}{银行卡|工资卡}，{不用|不要}{你的|个人}{执照|手机卡}。<contact>",
            "{电信|移动|联通}{政企部|<city>分公司}{招聘|诚聘}{线路审核专员|号码报备专员}：{负责|主要负责}{企业客户|政企客户}{固话中继|SIP中继|95号码}{和|、}{106短信通道|企业短信}{开户|入网}{审核|核验}，{核对|审核}{营业执照|执照}{、|和}{经办人|法人}{身份证|证件}{和|与}{外呼用途|话术}，{发现|遇到}{要求|想要}“{透传|改显示号码}”{或|、}{一个执照|同一批人}{开|办}{多条|大量}{线路|通道}{的|，}{拒绝办理|不予开通}{并|，}{上报|报送}{反诈中心|风控}；<requirements>，<salary_month>，{工资|薪资}{每月|按月}{打到|发到}{员工本人|本人}{银行卡|工资卡}，<benefits>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("resign-handover",
        [
            "{离职交接单|工作交接清单}（{一式两份|人事存档}）\n{移交人|交出人}：{出纳|行政出纳}{<surname>某|小<surname>}\n{接收人|接收方}：{财务经理|财务主管}<surname>{女士|先生}\n{交接物品|清单}：\n1. {公司|本公司}{营业执照|执照}{副本|复印件}{一份|}（{原件|正本}{存|在}{档案柜|公司}）\n2. {公司|本公司}{万里汇|Payoneer|连连}{跨境收款账户|收款账户}：{本人|移交人}{操作员|子账号}{权限|登录}{已注销|已删除}，{账户|主账号}{一直|本来就}{在公司名下|是公司的}\n3. {公司|对公账户}U盾{2个|两个}{已交回|交还}{财务经理|主管}，{网银密码|密码}{已修改|由接收人重置}\n4. {公司|工作}{手机卡|手机号}{1张|一张}{归还|交回}（{验证码|短信}{以后|今后}{由|给}{接收人|公司}{收|接}）\n{声明|说明}：{在职期间|任职期间}{未用|从未用}{个人卡|个人账户}{收付|收取}{公司款项|货款}，{公司账户|账户}{未|没有}{出借|借给}{他人|任何人}。\n{移交人签字|签字}：________ {接收人签字|接收人}：________",
            "<company>{招|招聘}{出纳|行政出纳}{1名|}：{负责|主要负责}{公司|本公司}{对公账户|跨境收款账户}{日常收付|付款和收款}{、|和}{U盾|公司手机卡}{保管|登记}，{付款|转账}{须|要}{经|由}{财务经理|主管}{复核|审批}，{公司款项|货款}{只进|全进}{公司账户|对公户}，{不用|不得用}{个人卡|个人账户}{代收|收款}，{离职|调岗}{时|前}{按交接单|填交接单}{交回|归还}{U盾|全部U盾}{和|、}{手机卡|账号权限}；<requirements>，<salary_month>，{工资|薪资}{按月|每月}{发到|打到}{本人|你自己的}{工资卡|银行卡}，<benefits>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-gateway-compliance",
        [
            "# {shop-checkout|store-payments}\n## Before you start\n1. {Register|Open} the {Stripe|PayPal Business|Square} account {in the shop's own name|under the business that sells the goods} (its licence, its director's ID, its own bank account for payouts)\n2. The {owner|director} passes {KYC|verification} {personally|in person}; never {answer it for someone else|let anyone coach the answers}\n3. Keep the {API keys|secret keys} ({sk_live_...|live keys}) in {the shop's own|your company's} {secret store|vault}; {never send them to anyone|never paste them in chat}, {not even|including} {the 2FA codes|one-time codes}\n## What this plugin will not do\n- {Take payments|Charge cards} through {someone else's account|an account you rented or borrowed}. {Renting, lending or buying|Using rented} payment accounts or {API keys|keys} is {money laundering|how fraud money is moved}; in mainland China it {can be prosecuted|is a crime} under Art. 287-2 and Anti-Fraud Law Art. 31.\n## Support\nContact: <email>",
            "{Payments integration engineer|Checkout developer} ({part-time|contract}, {Shenzhen|remote}): {connect|integrate} {our clients' shops|merchant websites} to {Stripe|PayPal|Alipay+} {using the merchant's own account and keys|with each shop's own account}; {you never|never} {hold|keep} {merchants' API keys|client keys} {on your laptop|in chat}, and {we refuse|we turn down} {requests to|anyone asking to} {“borrow” an account|run payments through another person's account}. {RMB 20,000|RMB 15,000–25,000} a month, {paid into your own bank account|by payroll into your own account}. Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("flyer-promoter", JobAdAudience.Students,
        [
            "{🏅|🎖}{荣誉证书|奖状}\n{授予|兹授予}：{<surname>同学|<surname>师傅|小<surname>}\n{在|于}{本月|10月|11月}{门店开业|新店开业}{地推|推广}{活动中|工作中}{发放|派发}{传单|宣传单}{3200|2600|4100}{份|张}，{在|于}{物业同意的|小区指定的}{公告栏|宣传栏}{张贴|贴}{海报|宣传海报}{40|60}{张|处}，{扫码关注|扫码}{门店|我们}{公众号|官方号}{460|380|520}人，{被评为|荣获}“{月度地推之星|优秀推广员}”。\n{奖励|奖金}：{现金|奖金}{500|800}元，{和|随}{当月工资|工资}{一起|}{打到|发到}{本人|你本人}{银行卡|工资卡}\n{提醒|注意}：{只在|只能在}{允许的|指定的}{地方|公告栏}{贴|张贴}，{不贴|不要贴}{共享单车|电线杆|ATM机}，{二维码|海报上的码}{只用|都是}{门店|公司}{官方|自己的}{公众号|账号}。\n{发证单位|落款}：<company>",
            "{健身房|英语培训机构|餐饮门店}{开业|周年庆}{招|急招}{地推|派单员}{5名|若干}：{在|到}{商圈|地铁口|小区门口}{发|派}{传单|宣传单}，{请|引导}{顾客|路人}{扫码|扫门店码}{关注|领券}，{码|二维码}{是|都是}{门店|公司}{官方|自己的}{公众号|小程序}，{不用|不需要}{你的|个人}{微信|收款码}{收钱|收款}，{时薪|每小时}{20|25}元，{周结|一周一结}{打到|转到}{你自己的|本人}{银行卡|微信}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("livestream-job-fair", JobAdAudience.Unemployed,
        [
            "（{直播间|直播回放}{文字版|字幕整理}）{直播带岗|线上招聘会}\n主播：{家人们|各位}{今天|这场}{帮|给}<company>{招|招聘}{广告投手|投放优化师}{2名|3名}，{负责|主要负责}{公司|我们}{自己的|门店的}{抖音|快手|腾讯广告}{广告账户|投放账户}{投放|优化}{素材|广告}。\n弹幕（{用户<d><d><d>|小<surname>}）：{要用我的执照吗|要我开户吗}？\n主播：{不用|不需要}，{广告账户|账户}{都是|全是}{公司|企业}{用自己的|用公司的}{营业执照|执照}{开的|注册的}，{充值|广告费}{走|由}{公司|对公账户}{付|直接付}，{钱|任何钱}{都不会|不会}{转到你卡上|经过你的卡}。\n弹幕（{用户<d><d><d>|阿<surname>}）：{工资怎么发|工资咋发}？\n主播：<salary_month>，{每月|按月}{打到|发到}{你本人|本人}{工资卡|银行卡}，{交|缴}{社保|五险一金}，{面试|入职}{带|拿}{身份证|简历}{就行|即可}，{公司|我们}{不收|不会收}{押金|任何费用}。{想来的|有意向的}{点|点击}{下方|小黄车}{投简历|报名}。",
            "{<city>|本市}{人社局|就业服务中心}{直播带岗|线上招聘会}{预告|通知}：{本周六|周六}{晚7点|下午3点}{在|于}{抖音|视频号}{直播|开播}，{在线|现场}{连线|对接}{企业|用人单位}{20家|30家}，{岗位|职位}{有|包括}{广告投放|新媒体运营|理货员|收银员|快递员}{等|}，{报名|投递}{只需|只要}{简历|手机号}，{不收|不要}{押金|任何费用}，{不会|不要求}{借用|用}{你的|个人}{银行卡|身份证|执照}，{工资|薪资}{由|都是}{用人单位|企业}{打到|发到}{本人|你本人}{银行卡|工资卡}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-retoucher", JobAdAudience.Students,
        [
            "{Product photo retoucher|E-commerce image editor} ({part-time|remote}) — {samples of the work|what the work looks like}:\nSample 1: {product photos|clothing shots} — {clean the background|remove dust and creases}, {keep the colours true|true colours}\nSample 2: {banner images|store banners} — {our shop's own|the brand's} {logo|fonts} and {prices|sale prices} {from the product sheet|we give you}\nSample 3: {model photos|lookbook photos} — {light retouching|skin retouching} {only with the model's consent|as agreed in the model's contract}\n{We never edit|No edits to} {receipts, bank screenshots, IDs or official documents|payment screenshots, receipts or ID photos}. {RMB 30|RMB 25–40} per image, {paid monthly|paid weekly} {into your own bank account|to your own bank account}. Send your portfolio to <email>",
            "{修图兼职|Photo retouching} {for an online shop|网店}：{修|edit} {商品图|product photos} {和主图|and banners}，{按|follow} {品牌的|the brand's} {规范|guidelines}，{不修|no edits to} {转账截图、票据或证件|receipts, payment screenshots or IDs}。{每张|per image} {25|30} {元|yuan}，{每月|monthly} {打到你自己的银行卡|into your own bank card}。{Send your portfolio|发作品集} to <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
