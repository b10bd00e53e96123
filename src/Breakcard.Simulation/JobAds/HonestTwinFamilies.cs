namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Training families written in round 16 (ADR 321) to fill the gaps a survey of the training corpus found
/// (docs/evaluation/round16c/survey.py): risky families were written as weekly reports, work and device logs,
/// leaderboards, group rules, FAQs, task pushes and scripts that name accounts, cards, SIMs, codes and transfers, while
/// no honest training text used those forms with those words — so a model learned the form as a risky sign. Most
/// families here are honest twins: lawful work of the same shape (a cashier's weekly report on the employer's
/// corporate account, a test lab's device log of the company's own SIMs and codes, an operator's sales leaderboard of
/// cards opened for customers present in person, a class committee's group rules for collecting class fees, a payroll
/// agency's FAQ, a depot's e-mail on cash-on-delivery takings, a shop's shift handover with its collection codes, a
/// driving school's roster of learners verifying in their own names, a fleet's receipt for IoT cards, a delivery app's task pushes on the rider's own
/// account, a bank's sales-call script for corporate accounts). Not every one
/// says it is lawful or names its employer: real honest texts often just describe the work. A few are legitimate
/// plain jobs (a recruiter's chat, an English accounts-payable e-mail). Nine are risky, in the same forms, so that the
/// form alone teaches nothing either way: a card-collecting team's weekly report, an e-mail asking for a company's
/// corporate account to "pass" money through, a leaderboard of people collecting for a "platform" on their own codes,
/// a work log of a home phone rack receiving codes for strangers' registrations,
/// an advance-payment task leaderboard, a 跑分 team's group rules, a card-kit studio's shift handover, an English
/// payment agent's onboarding e-mail and a receipt for selling one's own phone cards. Written from the training
/// families' forms, the 帮信 reporting (/work/shared/seeds) and the domain notes, not from any held-out text.
/// </summary>
internal static class HonestTwinFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.HardNegative("cashier-weekly-report",
        [
            "【周报】{财务部|财务组} 出纳 <surname>{某|小<surname>} {第<d><d>周|<d>月第{1|2|3|4}周}\n1. {对公账户|基本户}{收款|回款} {12|18|23} 笔，{合计|共} {36.5|52.8|18.2} 万元，已{逐笔|全部}{对账|核对}\n2. {代发工资|工资代发} {1|2} 批，{63|88|120} 人，{转到|发到}员工本人银行卡，{退回|失败} {0|1|2} 笔（卡号有误，已{联系本人|让员工本人}更正）\n3. 供应商{付款|转账} {7|9} 笔，{经理|财务经理}{复核|审批}后用U盾确认\n4. {备用金|现金}盘点{无差异|相符}，U盾{下班|每天}{锁进保险柜|交回保险柜}\n下周：{季度|月末}{对账单|银行流水}{打印归档|整理}",
            "<company>招出纳：{负责|管}公司{对公账户|银行账户}的{收付款|转账}、{代发工资|工资发放}和{银行对账|对账}，{每周|每周五}交周报。{会用网银|懂U盾操作}，{细心|认真}。<salary_month>，<benefits>，<hours>。<contact>",
        ]),
        AdFamily.HardNegative("telecom-sales-leaderboard",
        [
            "【{本周|本月}营业厅业绩排行榜】{<city>|本区}{片区|分公司}\n{第1名|No.1} {<surname>店长|<surname>姐}  {新开|办理}手机卡 {86|112} 张  {宽带|融合套餐} {24|31} 户\n{第2名|No.2} {小<surname>|<surname>哥}  手机卡 {64|75} 张  宽带 {19|22} 户\n{第3名|No.3} {新人|<surname>同学}  手机卡 {41|52} 张  宽带 {9|12} 户\n{说明|备注}：{每张卡|每户}{都是|均为}客户本人{持身份证|带身份证}到店、{刷脸|人脸核验}{通过|后}{办理|开通}；{一人|每人}{名下|限}{不超过|最多}{5|4}张，{代办|别人拿证来办}的{不算|不计}业绩",
            "{<city>|本市}{营业厅|通信营业厅}{招|诚聘}{营业员|客户经理}：{办理|帮客户办}手机卡、{宽带|套餐}和补卡，{核对|查验}身份证、{做人脸核验|刷脸}，{每月|每周}{有|看}业绩排行榜，{提成|奖金}{另算|按量}。<salary_month>，<hours>。<contact>",
        ]),
        AdFamily.HardNegative("payment-code-promoter-board",
        [
            "【地推{战报|排行}】{11|12}月{<d>|1<d>|2<d>}日 {商户|门店}收款码{推广|安装}\n{第1名|No.1} {阿<surname>|<surname>哥}  {上门|新装} {18|23} 家  {激活|已激活} {16|21} 家\n{第2名|No.2} {<surname>姐|小<surname>}  {14|15} 家  {13|12} 家\n{第3名|No.3} {你|新人}  {9|7} 家  {8|6} 家\n{要求|规则}：收款码{绑定|开在}{商户|店主}{自己的|本人}{营业执照|账户}上，{店主|老板}{本人|自己}{刷脸|签约}，{钱|货款}{直接|只}进{店主|商户}{账户|银行卡}；{地推|我们}{只|只负责}{贴码|上门讲解}，{不经手|不碰}{商户的钱|任何款项}",
            "{招|急招}{收款码地推|商户拓展专员}：{跑|走访}{街边|附近}{小店|商户}，{帮老板|给商户}{开通|安装}{收款码|聚合收款码}和{收款音箱|POS}，{老板|店主}{本人|自己}{刷脸|签约}开户，{钱|收款}{进|直接到}{老板|商户}自己的{账户|卡}。{底薪|无责底薪}{3000|3500}+{每户|每家}{提成|奖励}{30|50}元，<contact>",
        ]),
        AdFamily.HardNegative("qa-lab-device-log",
        [
            "【测试机{日志|运行记录}】{App测试组|质量部} {3|5}号机柜 {<d><d>|1<d>}台{测试机|手机}\n09:{0|1|2}<d> {测试机|手机}{上电|开机}，{插|装}{公司测试卡|公司名下的物联网卡}{12|16}张（{卡|号}{在资产表|已登记}）\n10:{0|1|2|3|4}<d> {回归|冒烟}测试：{新版本|v<d>.<d>}登录{流程|页}，{每台|各机}{收|接收}{短信验证码|验证码}{正常|一次}，{用时|平均} {4|6} 秒\n14:{0|1|2|3}<d> {支付|转账}{沙箱|测试}：{测试账户|沙箱账户}{转账|付款} {0.01|1} 元 {20|40} 笔，{全部|均}{退回|原路退回}\n18:{0|1|2}<d> {下班|收工}{拔卡|测试卡收回}{入柜|锁柜}，{登记|签字}\n{异常|问题}：{2|3}号机{收不到|没收到}验证码，{换|重插}卡后{恢复|正常}",
            "{招|招聘}{手机App测试工程师|软件测试}：{在|用}{公司|测试组}的{测试机|手机}和{测试卡|物联网卡}上{跑|做}{登录|注册}、{验证码|短信}、{支付转账|付款}{用例|测试}，{记|写}{设备|测试}日志，{提|报}{bug|缺陷}。{本科|大专}{计算机相关|以上}，<salary_month>，<benefits>。<contact>",
        ]),
        AdFamily.HardNegative("class-fee-group-rules",
        [
            "【群规】{三年级|初二|五年级}（{1|2|3}）班家长群\n1. {本群|群里}{只发|只聊}{班级通知|孩子学习}，{不发|禁止发}广告、{链接|拉票}\n2. 班费{每学期|一学期} {100|150|200} 元，{由|统一}家委会{财务|出纳}<surname>{妈妈|爸爸}{收|统一收}，{转账|微信转账}{备注|写上}孩子姓名；{支出|用途}{每月|每学期}{在群里|群内}{公示|晒账单}\n3. {班主任|老师}{不收|从不收}{任何|一分}钱，{冒充|自称}老师{让你|要你}{转账|扫码}的{一律|都}{别理|不要信}\n4. {退群|新进群}{请|先}{改名|备注}：孩子姓名+{爸爸|妈妈}",
            "{班级|家委会}群{公告|规则}：{这学期|本学期}班费{150|200}元，{转给|交给}家委会出纳<surname>{妈妈|爸爸}，{截图|账单}{每月公示|群里公布}，{剩余|结余}{期末退还|学期末退回}。{收款码|二维码}{只|就}用{出纳|她}{本人的|那一个}，{别人|其他人}发的{码|收款码}{不要扫|别扫}。",
        ]),
        AdFamily.HardNegative("payroll-agency-faq",
        [
            "【{常见问题|新人问答}】<company>{灵活用工|劳务派遣}{结算|发薪}\n问：为什么要{填|登记}我的银行卡号？\n答：工资{每月|每周}{由公司|从公司对公账户}{代发|转账}到{你本人|你自己}的卡，{卡|账户}{留在|一直在}你手里。\n问：要{交|寄}身份证吗？\n答：{入职|签合同}{时|要}{核对|看一下}原件、{留复印件|登记号码}，原件{当场还你|不收}。\n问：{会收|要交}{押金|费用}吗？\n答：{不会|不收}。\n问：{验证码|密码}要给{你们|HR}吗？\n答：{不用|不要}，{谁要|任何人要}都别给。",
            "{招|急招}{日结|周结}{普工|分拣员|装卸工}，{灵活用工平台|劳务公司}{发薪|结算}：{入职|上岗}{带|拿}身份证{原件核对|登记}，{工资|薪资}{打到|转到}你本人银行卡，{不收押金|无任何费用}。{每天|一天}{180|200|220}元，{包午餐|有工作餐}，<contact>",
        ]),
        AdFamily.HardNegative("depot-cod-email",
        [
            "{发件人|From}：{财务部|结算中心} <surname>{会计|经理}\n{收件人|To}：{各站点站长|<city>各网点}\n主题：{本周|11月}{代收货款|到付款}{汇总|上缴}\n{各位|大家好}：\n{本周|上周}{代收货款|到付款}{请于|在}{周五|周一}{前|中午前}{转入|存入}公司{对公账户|结算账户}（<bank>银行），{转账|汇款}{备注|写上}站点编号；{快递员|派件员}{收现金|扫码收款}的{要|请}{当天|日清}{交站长|上交}，{收款码|二维码}{只用|一律用}公司{统一的|发的}码。\n{附件|见附件}：{代收明细|对账表}。有{差额|出入}{请|及时}{回复|联系}{本人|我}。",
            "{快递|物流}网点{招|诚聘}{站点会计|网点出纳}：{每天|每日}{汇总|核对}快递员{代收货款|到付款}，{转入|存到}公司{对公账户|账户}，{回复|处理}{结算中心|总部}{邮件|对账}。<salary_month>，<hours>，<contact>",
        ]),
        AdFamily.HardNegative("shop-shift-handover",
        [
            "【交班{清单|记录}】{<surname>记|好邻居|便利}{超市|便利店}  {早班|中班} → {晚班|夜班}\n{收款码牌|收款二维码} {2|3}{个|块}（{门店|店}自己的，{完好|在柜台}）；POS机 1 台，{小票纸|打印纸}{够|剩2卷}\n备用金 {500|800} 元，{已点|点清}；今日{营业款|现金} {已|全部}{存|交}{老板|店长}\n{退款|转账退款} {1|2} 笔（{顾客|客人}{扫错|多付}，{已原路退回|店长已退}）\n{会员|顾客}{来取|寄存}的{快递|包裹} {3|5} 件，{对|核对}{手机尾号|取件码}{取走|给了}\n{交班人|交}：<surname>  {接班人|接}：<surname>",
            "{<surname>记|社区}{超市|便利店}招{收银员|店员}：{收银|扫码收款}、{理货|上货}、{交接班|交班对账}，{门店|店里}{收款码|二维码}和POS{交接|登记}清楚就行。<salary_month>，<hours>。<contact>",
        ]),
        AdFamily.HardNegative("driving-school-roster",
        [
            "【{学员登记表|报名花名册}】<city>{<surname>安|顺<surname>|通达}驾校  {报名点|前台}：<surname>{教练|老师}\n1  <surname>{同学|女士}  身份证后四位 <d><d><d><d>  {交管12123|12123}{本人手机号注册|本人注册}，{验证码|短信验证码}{本人收|自己收到}，{人脸|刷脸}{已过|通过}\n2  <surname>{先生|同学}  身份证后四位 <d><d><d><d>  {体检|照片}{已交|齐}，{学费|报名费}{刷卡|扫驾校收款码}{缴|付}{3800|4200}元，{开|收据}{已给|已开}\n3  <surname>{同学|女士}  {手机号|验证码}{收不到|没收到}，{让他|请本人}{明天|下次}{带手机来|到前台}{再注册|重新弄}",
            "{驾校|<city>驾校}{招|招聘}{报名点前台|招生专员}：{帮|给}学员{登记|报名}，{指导|教}学员用{本人手机|自己手机}注册{交管12123|12123}、{收验证码|刷脸}，{收|收取}{学费|报名费}{开收据|开票}。<salary_month>，<hours>，<contact>",
        ]),
        AdFamily.HardNegative("fleet-iot-receipt",
        [
            "【收据】\n今收到 <company>\n交来 {车载定位|GPS终端}{物联网卡|流量卡} {40|60|120} 张{年费|服务费}：人民币{肆仟捌佰元整（¥4800）|柒仟贰佰元整（¥7200）}\n{卡|号码}{登记在|实名在}{贵公司|该公司}名下，{只|仅}{用于|插在}{公司|自有}{货车|车辆}{定位终端|GPS}，{已|均}{开通|设置}{定向流量|只能上定位平台}\n{付款方式|付款}：{对公转账|公司账户转账}  {经手人|收款人}：<surname>{经理|先生}（{运营商|通信}政企{客户经理|部}）",
            "<company>{招|诚聘}{车队调度|车辆管理员}：{管|维护}{公司|车队}{货车|车辆}的{GPS|定位终端}和{车载|物联网}卡，{卡|流量}{到期|欠费}{续费|走公司账户}，{登记|核对}{设备|卡号}台账。<salary_month>，<benefits>，<contact>",
        ]),
        AdFamily.HardNegative("errand-rider-task-push",
        [
            "【{骑手|跑腿}App{推送|消息}】\n🔔 {07:5<d>|08:0<d>} 您的{骑手账号|跑腿账号}已上线，{今日|本日}{站点|区域}：<district>\n🔔 {11:2<d>|12:1<d>} 新订单：{药店代买|超市代买|生鲜配送}，{顾客|用户}{已在App付款|线上已付}，{商品钱|货款}{由平台|平台会}{先垫付|预付}，{不用|无需}{你|自己}{垫钱|转账}\n🔔 {15:4<d>|16:3<d>} {到付单|货到付款}：{向顾客|找顾客}收{现金|款} {86|132} 元，{请|要}{当天|今晚}在App里{交回|上缴}{站点|平台}\n🔔 {21:0<d>|21:3<d>} {今日|今天}完成 {28|35} 单，收入 {186|244} 元，{将于|明天}{次日|}{转入|打到}您{实名|本人}{绑定的银行卡|绑卡}",
            "{招|急招}{跑腿骑手|外卖骑手|同城配送员}：{手机|App}{接单|派单}，{代买|送药|送餐}，{账号|骑手账号}{本人实名|用你自己的身份证}{注册|认证}，{每单|一单}{6|7|8}元{起|+补贴}，{收入|工资}{每天|按周}{转到|提现到}你本人银行卡。{电动车|车}{自备|可租}，<contact>",
        ]),
        AdFamily.HardNegative("bank-sales-call-script",
        [
            "【{外呼话术|电话营销脚本}】<bank>{银行|}{<city>分行|支行}{普惠金融部|公司业务部}  {对公账户|企业账户}{开户|结算}{推荐|营销}\n开场：您好，{我是|这边是}<bank>{银行|}{客户经理|对公客户经理}<surname>{某|先生|女士}，{看到|了解到}贵{公司|单位}{刚注册|新成立}，{想|来}{介绍|说一下}{我们的|}{对公账户|基本户}{开户|结算}{服务|套餐}。\n{客户问|对方问}“要{带|准备}什么”：{营业执照|执照}原件、{法人|法定代表人}身份证，{法人|法定代表人}{本人|要}到{网点|柜台}{面签|办理}，{U盾|网银盾}{开户当天|当场}{交给|给}{法人|公司}。\n{客户问|对方问}“{能不能|可以}{代办|让别人去办}”：{我们|这个}{需要|得}{核实|见到}{法人|负责人}{本人|本人意愿}，{谢谢理解|请您理解}。\n结束：{稍后|回头}{发|把}{网点地址|材料清单}{短信|发到您手机上}。",
            "<bank>{银行|}{招|招聘}{对公客户经理|公司业务客户经理}：{电话|上门}{拓展|联系}{新注册企业|小微企业}{开立|办}{对公账户|基本户}，{按|照}{外呼话术|行里的话术}{介绍|讲}{结算|网银}{产品|服务}，{协助|帮}{企业|客户}{准备|备齐}{开户材料|材料}。<salary_month>，<benefits>，<contact>",
        ]),
        AdFamily.Legitimate("recruiter-chat", JobAdAudience.Students,
        [
            "【聊天记录】\n我：你好，看到{招|你们招}{暑假工|兼职}，{要交|需要交}{押金|什么钱}吗？\n{HR|招聘<surname>姐}：不用，{一分钱不收|不收任何费用}。\n我：{工资|钱}怎么{发|结}？\n{HR|招聘<surname>姐}：{每月|每周}{10号|五}{打到|转到}你{自己的|本人}银行卡，{没有卡|卡不是你的}{的话|就}{先去|自己去}办一张{工资卡|一类卡}。\n我：要{带|拿}什么？\n{HR|招聘<surname>姐}：身份证原件{面试看一下|核对一下}，{就在|在}<city><district><street>，{明天|周六}{上午|下午}来。",
            "{暑假工|寒假工|学生兼职}：{超市|奶茶店|商场}{理货|收银|导购}，{每小时|一小时}{18|20|22}元，{工资|钱}{按月|每周}{打到|发到}你本人银行卡，{面试|入职}{带|拿}身份证{就行|即可}，{不收|无}{押金|任何费用}。{地址|面试地点}<city><district><street>，<contact>",
        ]),
        AdFamily.Legitimate("english-payables-email", JobAdAudience.General,
        [
            "From: {Finance|Accounts} <surname>\nTo: {new starter|accounts assistant}\nSubject: {your first week|payables handover}\nHi,\nFrom Monday you'll {process|key in} supplier invoices and prepare the {weekly|Friday} payment run from our {corporate|company} account at {Harbour|Union} Bank. You {prepare|set up} the transfers; {the controller|I} approve{|s} them with the token, which stays in the office safe. {Payroll|Salaries} go to staff's own bank accounts on the 25th. If anyone emails asking to change a supplier's bank details, call the supplier on the number we hold before you touch anything.\n{Thanks|Best}, <surname>",
            "Accounts payable assistant ({full-time|part-time}): match supplier invoices, prepare bank transfers from the company account for approval, reconcile the bank statement each {week|month}. Salary {5,500–7,000|6,000+} yuan a month to your own bank account. CV to <email>",
        ], language: "en"),
        AdFamily.Risky("card-team-weekly-report", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "【周报】{渠道|拓展}{二组|三组} {组长|负责人}{阿<surname>|<surname>哥} {第<d><d>周|<d>月第{1|2|3}周}\n1. 本周{收|拿到}{卡|套卡} {14|22|31} 套（{银行卡|一类卡}+U盾+{手机卡|电话卡}+身份证照片），{学生|大学生}{占|有} {9|15} 套\n2. {转账测试|试卡}{通过|过了} {12|19} 套，{冻|被冻} {2|3} 套，{已让|叫}{卡主|本人}{去银行说是自己用|别去解冻}\n3. {卡|套卡}{已|全部}{寄到|送到}{<city>|南边}{“公司”|机房}，{每套|一套}{结|给}{卡主|学生} {800|1200} 元，{组里|我们}{提|拿} {300|500}\n下周：{去|到}{职校|大学城}{再|多}{找|拉} {20|30} 套，{说法|话术}{还是|照旧}“{公司走账|发工资用}”",
            "{招|找}{校园|学校}{渠道|代理}：{帮|给}{公司|我们}{收|找}{学生|同学}的{银行卡|一类卡}，{连同|带上}U盾、{手机卡|电话卡}{一起|整套}{寄过来|交给我们}{“走账”|做流水}，{每套|一套}{你|代理}{拿|提} {300|500} 元，{卡主|学生}{另给|拿} {800|1000}，{每周|周末}{报|交}{数|周报}。{卡冻了|被冻}{别|不要}{让他|叫学生}{去解|去银行}。<contact_risky>",
        ]),
        AdFamily.Risky("corporate-pass-through-email", JobAdScheme.CorporateAccounts, JobAdAudience.General,
        [
            "{发件人|From}：{“结算部”|<surname>总|项目财务}\n{收件人|To}：{各位老板|<surname>总}\n主题：{对公账户|公户}{合作|过账}{说明|报价}\n{您好|老板好}：\n{您|贵司}的{对公账户|公户}{闲着|不用}{可以|能}{合作|出来}：{每天|每日}{进|过} {50|80|100} 万{流水|货款}，{到账后|进来后}{按|照}我们{发的|给的}{账户|卡号}{马上|半小时内}{转出|转走}，{给|付}{您|贵司}{1.5%|2%|千分之八}{点位|费用}。{需要|请}{把|将}U盾、{网银密码|密码}和{法人|预留}{手机卡|手机号}{寄|交}{给我们|过来}{操作|统一操作}，{银行|柜台}{问起|打电话}就说是{正常生意|货款往来}。{账户|公户}{冻了|被冻}{另补|补}{<d>000|几千}元。",
            "{收|高价收}{闲置|空壳}公司{对公账户|公户}{过账|走流水}：{每天|一天}{几十万|上百万}{进出|过账}，{到账|进来}{就|马上}{转到|转去}{指定|我们给的}账户，{给你|点位}{1.5%|2%}。U盾、{密码|网银}和{预留手机卡|法人手机号}{交给我们|寄过来}，{银行|对公经理}{问|回访}就说{是|做}{正常业务|自己的生意}。<contact_risky>",
        ]),
        AdFamily.Risky("collector-leaderboard", JobAdScheme.PaymentSettlement, JobAdAudience.Parents,
        [
            "【{今日|本周}收款{排行榜|战绩}】{“平台”|码商}{群|团队} {11|12}月{<d>|1<d>|2<d>}日\n{第1名|No.1} {<surname>姐|宝妈<surname>}  {收款|跑量} {12.6|18.3} 万  佣金 {1890|2740} 元\n{第2名|No.2} {阿<surname>|小<surname>}  {7.4|9.1} 万  佣金 {1110|1365} 元\n{第3名|No.3} {新人|你}  {2.8|3.5} 万  佣金 {420|525} 元\n{规则|玩法}：{用|挂}{你|自己}的{收款码|微信和支付宝收款码}{接|收}{平台|群里}派的{单|款}，{到账|收到}{截图|报备}后{十分钟内|马上}{转到|转给}{上级|指定}{账户|卡}，{每万|一万}{拿|提} {150|180} 元；{码|卡}{被封|被冻}{换|用}{家人的|老公的}{继续|接着}",
            "{宝妈|在家}{副业|兼职}：{用你的|拿自己的}{收款码|微信支付宝}{帮|替}{平台|商家}{收款|收钱}，{钱到了|到账后}{转给|转到}{指定|上级}{账户|卡}，{每万|一万}{提|拿} {150|180} 元，{每天|群里}{晒|出}{排行榜|战绩}。{码被封|卡冻了}{换|用}家人的。<contact_risky>",
        ]),
        AdFamily.Risky("code-rack-work-log", JobAdScheme.SmsCodes, JobAdAudience.Unemployed,
        [
            "【{工作|值班}日志】{出租屋|家里} {机架|卡槽} {<d><d>|1<d>}{台|部}{手机|猫池}\n{08|09}:{0|1|2}<d> {开机|上线}，{插|装}{别人的|收来的}{手机卡|电话卡} {64|128} 张（{不是|都不是}{我|我们}的{名字|实名}）\n{10|11}:{0|1|2|3|4}<d> {平台|上家}{派|下发}{号|任务}：{注册|登录}{各种|不同}{App|平台}{账号|小号}，{收到|来了}{验证码|短信验证码} {230|410} 条，{全部|都}{转发|报}到{平台|上家}\n{15|16}:{0|1|2}<d> {卡|号}{被封|停机} {6|9} 张，{上家|平台}{再寄|补} {新卡|一批}\n{22|23}:{0|1|2}<d> {下线|关机}，{今日|今天}{结|收入} {260|380} 元，{打到|转到}{我|本人}{银行卡|支付宝}\n{备注|注意}：{别|不要}{问|管}{号|账号}{拿去|用来}{干什么|做什么}",
            "{在家|宅家}{挂机|躺赚}：{我们|上家}{寄|给}你{手机|设备}和{电话卡|手机卡}，你{插上|插卡}{开机|挂着}，{收|接}{验证码|短信}{自动|按要求}{转发|报给}{平台|我们}，{每条|一条}{0.5|0.8|1}元，{一天|每天}{两三百|三四百}。{卡|号}{被封|停了}{补寄|我们再寄}，{号|账号}{干什么|用途}{别问|不用管}。<contact_risky>",
        ]),
        AdFamily.Risky("advance-task-leaderboard", JobAdScheme.OrderBrushing, JobAdAudience.Parents,
        [
            "【{今日|本周}任务{排行榜|战绩榜}】{“商家助力”|“点单”}{群|团队} {11|12}月{<d>|1<d>|2<d>}日\n{第1名|No.1} {<surname>姐|宝妈<surname>}  {垫付|做单} {38|52} 单  {本金|垫资} {2.1|3.4} 万  佣金 {630|1020} 元\n{第2名|No.2} {阿<surname>|小<surname>}  {24|31} 单  {1.2|1.6} 万  佣金 {360|480} 元\n{第3名|No.3} {新人|你}  {9|12} 单  {4000|5200} 元  佣金 {120|156} 元\n{规则|玩法}：{用你自己的|拿本人}{支付宝|银行卡}{先垫付|先付款}{下单|拍商品}，{截图|付款截图}{报给|发给}{派单员|老师}，{本金|本金和佣金}{下一单|做完三单}{一起返|再返}；{连单|卡单}{要|必须}{补齐|再垫}{才能|才}{提现|返还}",
            "{宝妈|在家}{兼职|副业}：{帮商家|给店铺}{做单|冲销量}，{用你的|拿自己的}{支付宝|银行卡}{先垫付|先付款}，{每单|一单}{返|拿}{3%|5%}佣金，{群里|每天}{晒|出}{排行榜|战绩}。{连单|卡单}{补齐|再垫}{才能|就能}{提现|返本金}。<contact_risky>",
        ]),
        AdFamily.Risky("score-team-group-rules", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "【群规】{“跑量”|“码队”}{三群|五群} {必读|入群必看}\n1. {收款码|微信和支付宝收款码}{只能|必须}用{你本人|自己}{实名|的}，{一人|每人}{最少|至少}{两个|三个}码\n2. {单|款}{到账|进来}{截图|报备}{发群里|给管理}，{十分钟内|五分钟内}{转到|转给}{群主|上级}{发的|指定}{卡号|账户}，{超时|晚转}{罚|扣} {50|100} 元\n3. {私吞|不转}{一律|直接}{踢群|拉黑}{并|还要}{找你|上门}\n4. {码|卡}{被封|被冻}{自己|自行}{处理|解决}，{银行|民警}{问|打电话}{就说|一律说}是{朋友还钱|自己卖货}\n5. {佣金|提成}{每万|一万}{150|200}元，{日结|当天结}",
            "{跑量|码队}{群|团队}{招人|进人}：{用你本人的|拿自己的}{收款码|微信支付宝}{收款|接单}，{到账|进来}{报备后|截图后}{十分钟内|马上}{转给|转到}{群主|指定账户}，{每万|一万}{提|拿}{150|200}元。{群规|规矩}：{不许|别}{私吞|压款}，{冻卡|封码}{自己扛|自己处理}。<contact_risky>",
        ]),
        AdFamily.Risky("card-kit-handover", JobAdScheme.CardBuying, JobAdAudience.Unemployed,
        [
            "【交接清单】{“机房”|工作室} {白班|夜班} → {夜班|白班}  {交接人|交}：{阿<surname>|<surname>哥}\n{收到|入库}{卡套|整套卡} {11|17} 套：{银行卡|一类卡}+U盾+{手机卡|电话卡}+{身份证复印件|身份证照片}，{卡主|本人}{都|已经}{改好|设好}{密码|网银}\n{测试|试卡}{转账|走账} {9|14} 套{通过|正常}，{2|3} 套{被限|限额}，{放|单独放}{抽屉|一边}\n{卡主|本人}{钱|费用}{已结|结清} {8|13} 人，{每套|一套} {1000|1500} 元\n{注意|提醒}：{手机卡|电话卡}{别拔|不要拔}，{验证码|短信}{来了|到了}{马上|及时}{报|发}{给操作员|群里}",
            "{收|高价收}{整套卡|卡套}：{银行卡|一类卡}{带|加}U盾、{手机卡|电话卡}和{身份证照片|身份证复印件}{一起|整套}{交|送}到{我们|工作室}，{每套|一套}{1000|1500}元{当场结|现结}，{卡|东西}{交了|交接后}{就不用管|别问用途}。<contact_risky>",
        ]),
        AdFamily.Risky("english-payment-agent-email", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "From: {Finance Team|Operations}, {Global|Apex|Nova} {Trading|Logistics} Ltd\nTo: {new agent|payment agent} <surname>\nSubject: {your first assignment|agent onboarding}\nHi,\nAs our local payment agent you'll receive {client|customer} payments into {your own|your personal} bank account — usually {3|5} to {8|10} transfers a day. When each one lands, {buy USDT|send it on} {the same day|within the hour} to the wallet we give you and keep {5%|8%}. If the bank asks, say the money is {from friends|for goods you sell}. {Don't ask where the payments come from|No need to know the senders}. If your account is frozen, {open a new one|use a family member's}.\n{Best|Regards}, {Mark|Daniel|Sophie}",
            "{Remote|Home-based} payment agent 收款代理 wanted: receive our clients' payments into your own bank account and forward them {the same day|within an hour} in USDT, keep {5%|8%}. No experience needed, 学生也可以. If the bank calls, say it's money from friends. DM <handle>",
        ], language: "en"),
        AdFamily.Risky("sim-sale-receipt", JobAdScheme.PhoneCards, JobAdAudience.Students,
        [
            "【收条】\n今收到 {“渠道”|<surname>老板|“卡商”} {现金|转账} {2000|3000|4800} 元，{为|是}{我|本人}{实名|名下}{手机卡|电话卡} {10|15|24} 张{的|}{费用|卡钱}\n{卡|号码}{已|全部}{交给|寄给}{对方|他们}，{服务密码|密码}{已|也}{告诉|交给}{对方|他们}，{实名|机主}{不变|还是我}\n{约定|说好}：{营业厅|运营商}{打电话|回访}{就说|要说}{卡在自己手里|自己在用}，{停机|被封}{后|了}{不退钱|钱不退}\n{收款人|立据人}：<surname>{同学|某}  {2025|2026}年<d>月",
            "{收|高价收}{手机卡|电话卡}：{你本人|用你身份证}{去营业厅|到营业厅}{办|开}{卡|几张卡}，{连同|和}{服务密码|密码}{一起|都}{交给我们|卖给我们}，{每张|一张}{200|300}元{现结|当场结}，{写个收条|打个收条}{就行|即可}。{营业厅|运营商}{回访|打电话}{就说|说}{自己在用|卡在自己手里}。<contact_risky>",
        ]),
    ];
}
