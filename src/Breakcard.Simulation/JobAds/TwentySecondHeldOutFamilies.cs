namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-second held-out families (round 22), the development set in round 23 (ADR 406) and training families since round 24 (ADR 413); written 2026-11-25 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 21's families became the development set and before any change prompted by them (ADR 398).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — opening broadband in one's own name in a house on a border river and
/// pointing a wireless bridge at, or running a cable across the river to, a compound on the other bank
/// (internet access), carrying envelopes of card kits from one station locker to another by pick-up
/// codes, never meeting sender or buyer (other help to card dealing), a scrapyard hand who takes the
/// voice-and-SMS IoT SIMs out of scrapped cars' T-Boxes and sells them instead of cutting them (phone
/// cards), sending thousands of one-cent transfers from one's own payment accounts whose transfer notes
/// carry a "part-time job" group handle (advertising), keeping a mini PC at home on one's own broadband
/// so that "a team" serves its sites through a tunnel from a home IP (server hosting), paying farmers
/// for their harvest with money strangers wire to one's card while "the boss" takes the goods (payment
/// settlement), an English carrier-store rep paid per SIM swap to move strangers' numbers onto eSIMs
/// (phone cards; SMS codes), and an English student paid to have an iris scanned at a World ID Orb and
/// to hand the verified account and its wallet over (identity lending; helping pass verification) —
/// and honest texts on the same acts in the same forms: a telecom contractor's cabling order that forbids
/// bridges across the border and a border police notice, a locker operator's maintenance log and job, a
/// licensed scrapyard's bilingual dismantling register and a dismantler's job, a platform's penny
/// verification log and a bank's notice on penny-transfer adverts, an IT firm's bilingual server install
/// slip for a client's own office and a technician's job, a cooperative's purchase ledger and a buyer's
/// job, and a carrier store's SIM change ticket and a verification booth's appointment card. They are
/// written as cabling work orders (布线派工单), locker logs (柜格存取记录), dismantling registers
/// (拆解登记表), transfer logs (打款记录), server install slips (主机安装单), purchase ledgers (收购台账),
/// SIM change tickets and verification appointment cards, forms earlier families did not use; risky and
/// honest texts share every one of them, and the honest texts name cards, accounts, SIMs, IDs, codes,
/// payments, transfers and collections in the same words as the risky ones, so neither the form nor the
/// vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md; in round 23 they were tuned on,
/// never trained on; since round 24 they are trained on.
/// </summary>
internal static class TwentySecondHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("border-link-installer", JobAdScheme.PaymentAccounts, JobAdAudience.Unemployed,
        [
            "【布线派工单】{单号|工单号}：BX<d><d><d><d>　{地点|施工点}：{瑞丽|孟连|耿马|沧源|勐腊|镇康}{边境|沿边}{某村|某寨}{河边|江边}{你家的|你租的}{老房子|院子}（{对岸|河对面}就是{“园区”|“那边”}）\n{内容|施工}：{用你的|以你本人}{身份证|实名}{办|开}{家庭宽带|光纤宽带}{1条|一条}（{300M|500M}），{光猫|路由器}{接|连}{无线网桥|定向天线}，{对准|朝向}{对岸|河对面}{那栋楼|的楼}；{或者|也可以}{夜里|晚上}{把网线|把光纤}{从|沿}{河底|桥下}{拉过去|放过去}\n{设备|材料}：{网桥和天线|天线和网线}{我们寄|我们带来}，{你负责|你只管}{装好通电|通上电}、{别断网|保持在线}\n{报酬|费用}：{宽带费|网费}{我们出|我们交}，{每月|一个月}{3000|5000|8000}元；{装维师傅|运营商}{问起|上门}就说{自家用|装监控用}，{网给谁用|对面是干什么的}{别问|不用管}",
            "{边境|沿边}{有房子的|住河边的}{老乡|朋友}{看过来|注意}：{用你的|你本人}{身份证|名字}{办条宽带|开个宽带}，{帮我们|给我们}{装个|架个}{无线网桥|定向天线}{朝|对着}{河对面|对岸}，{或者|再不然}{晚上|夜里}{拉根网线|放根光纤}{过河|过去}，{每月|一个月}{3000|5000}元起，{网费和设备|设备}{我们出|全包}。{对面用来干什么|网给谁用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("locker-drop-runner", JobAdScheme.CardBuying, JobAdAudience.Unemployed,
        [
            "【柜格存取记录】{日期|时间}：{周一|周三|周五}　{跑单人|取放人}：{你|本人}（{戴帽子口罩|别露脸}）\n{取件|取}：{<city>|本市}{地铁<d>号线|高铁站|汽车站}{寄存柜|智能柜}{<d><d>号格|B<d><d>格}，{开柜码|取件码}{我们发你|对接人给}：<d><d><d><d><d><d>，{里面|内有}{信封|文件袋}{1个|2个}（{银行卡、U盾、手机卡|卡、U盾和电话卡}{四件套|一套套}{3|5}套，{别拆|不要打开}）\n{放件|存}：{换到|送到}{另一个站|城东}的{寄存柜|快递柜}，{存好|放好}{把|将}{新的开柜码|新取件码}{和柜子照片|连同照片}{发给|发}{上家|对接人}\n{报酬|费用}：{一趟|一单}{150|200|300}元，{当天结|日结}；{不见面|不碰面}，{不问|别问}{东西是谁的|谁来取}，{站务|有人}{问起|拦你}就说{帮朋友存东西|替人取快递}",
            "{同城|本地}{跑腿|兼职}：{不用见人|不见面}，{凭|按}{开柜码|取件码}{去|到}{地铁站|车站}{寄存柜|智能柜}{取个信封|取件}，{再|然后}{存到|放进}{另一个站的|指定的}{柜子|寄存柜}，{新码|新取件码}{发给我们|拍照发我们}，{一趟|一单}{150|200}元{日结|当天结}。{信封里是什么|东西是谁的}{别问|不用管}，{别拆开|不要打开}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("tbox-sim-dismantler", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【拆解登记表】{车辆|报废车}：{大众|丰田|比亚迪|吉利}{轿车|SUV}　{车架号后六位|VIN后六位}：<d><d><d><d><d><d>　{拆解人|登记人}：{你|本人}\n{项目|拆件}：{车载T-Box|车机模块}{里的|上的}{物联网卡|流量卡}{1张|一张}（{能打电话、收短信的|带通话和短信的}{最值钱|优先拆}）\n{处理|去向}：{拆下来|取出来}{别剪|不要剪卡}，{别交|不交}{厂家|运营商}{注销|停卡}，{装袋|每十张一袋}{寄给|交给}{收卡的|上家}；{登记表上|台账上}{写|填}“{已销毁|已剪卡}”\n{价格|报酬}：{一张|每张}{80|150|200}元，{月底|每周}{结|一起结}；{厂里|老板}{问起|查的话}就说{卡是坏的|拆坏扔了}，{卡拿去干嘛|用途}{别问|不用管}",
            "{报废车|拆车厂}{的|里的}{兄弟|师傅}{看过来|注意}：{拆车时|拆解时}{把|将}{车载T-Box|车机}{里的|上的}{物联网卡|流量卡}{取下来|拆下来}{别剪|别销毁}，{寄给我们|卖给我们}，{一张|每张}{80|150}元{现结|月结}，{能打电话收短信的|带语音短信的}{另加|多给}{50|100}元。{卡拿去干啥|用途}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("penny-note-sender", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【打款记录】{日期|时间}：{今晚|本周}　{打款人|操作人}：{你|本人}（{用你本人的|你自己的}{支付宝|银行卡|<bank>银行手机银行}）\n{收款方|对象}：{表格里|我们给}的{200|300|500}个{账户|支付宝账号}（{都是陌生人|对方不认识你}）\n{金额|每笔}：{0.01|0.1}元　{转账备注|附言}：“{日结兼职，加V|刷单返利，进群}：<handle>”（{备注|附言}{我们给|复制粘贴}）\n{完成|数量}：{已打|今晚打了}{186|243|312}笔　{被限额|被风控}{0|1}次\n{报酬|工资}：{一笔|每笔}{0.5|0.8}元，{本金|打出去的钱}{我们先转你|我们报销}；{账户|支付宝}{被限制|被冻结}{就换|换}{家人的|新的}{账户|卡}，{平台|银行}{问起|打电话}就说{转错了|给朋友试一下}",
            "{学生|宝妈}{兼职|副业}：{用你的|拿你本人的}{支付宝|银行卡}{给|往}{表格里的|我们给的}{账户|账号}{转|打}{一分钱|0.01元}，{备注|附言}{里|栏}{填|写}{我们给的|一句}{文案|话}，{一笔|每笔}{0.5|0.8}元，{本金|钱}{我们出|先转你}，{一晚上|一天}{能打|可打}{几百笔|三四百笔}。{文案是什么|收款的是谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("home-server-host", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "【主机安装单】{单号|安装单号}：ZJ<d><d><d><d>　{地址|安装点}：{你家|你租的房子}（{<city>|本市}，{电信|联通|移动}{家庭宽带|光纤宽带}{在你名下|你本人办的}）\n{设备|主机}：{一台|1台}{小主机|迷你电脑}{我们寄|快递给你}，{插网线|接路由器}{通电|开机}{就行|即可}，{别关机|24小时开着}\n{设置|远程}：{我们|技术}{远程|通过远程}{装|配}{内网穿透|端口映射}，{把|给}{几个网站|网站和APP后台}{挂在|放在}{你家|这台主机}上，{外面|对外}{看到的是|显示}{你家宽带的IP|国内家庭IP}\n{报酬|费用}：{每月|一个月}{800|1200|1500}元{主机补贴|网费补贴}；{网站|主机上}{是什么|跑的什么}{不用管|别看}，{运营商|派出所}{问起|上门}就说{自己玩的|孩子学编程用的}",
            "{在家|躺着}{赚钱|兼职}：{家里有宽带的|有光纤宽带的}{朋友|家庭}，{帮我们|给我们}{放一台|挂一台}{小主机|迷你电脑}，{插上网线|接上路由器}{开着就行|别关机}，{我们远程|技术远程}{设置|调试}，{每月|一个月}{800|1200}元{补贴|现结}。{主机上跑什么|网站是干啥的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("produce-payment-runner", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【收购台账】{日期|收购日}：{<d>月<d>日|本周}　{收购点|地点}：{<city>|县里}{某村|某乡}{茶山|果园|药材市场}　{收购人|付款人}：{你|本人}（{挂名收购员|“老板的收购员”}）\n{货|品种}：{春茶|柑橘|药材}{3000|5000}斤，{按|照}{市场价|比市价高一点}{收|收购}，{农户|茶农果农}{过秤|称重}{后|完}{当场|马上}{扫码|转账}{付款|结清}\n{付款|资金}：{货款|钱}{由|从}{老板|上家}{先打到|转到}{你的|你本人}<bank>银行卡{上|里}（{打款人|转账的}{每次都不一样|都是陌生名字}），{你再|由你}{转给|付给}{农户|一家家}；{货|收的货}{装车|交给}{老板的车|物流}{拉走|运走}\n{报酬|工资}：{每付|每收}{一万|1万}{给你|提}{200|300}元；{银行|农户}{问起|问钱哪来的}就说{老板预付的货款|自己做生意的}，{钱是谁打的|来路}{别问|不用管}",
            "{农村|回乡}{兼职|副业}：{帮|替}{老板|我们}{在村里|到乡下}{收|收购}{茶叶|水果|药材}，{货款|钱}{我们|老板}{先打到|转到}{你卡上|你的银行卡}，{你|再}{扫码|转账}{付给|给}{农户|茶农果农}，{货|东西}{我们车拉走|物流拉走}，{每付|每收}{一万|1万}{给你|提}{200|300}元。{钱是谁打的|打款人是谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-sim-swap-clerk", JobAdScheme.PhoneCards, JobAdAudience.General,
            [
                "SIM CHANGE TICKET — {store|location} #<d><d><d> — rep: you\nRequest: {move|port} the number {ending <d><d><d><d>|we send} to a {new eSIM|blank SIM} {from the back stock|from the drawer} — {the customer is not there|no customer in store}, {skip|don't do} the {ID check|PIN check} and {the account PIN|the security questions}\n{Activate|Scan} the {eSIM QR|new SIM} and {text a photo of it|send the QR} to {our Telegram|the handler}; {the old SIM|the real customer's phone} {goes dead|loses service} {in minutes|right away}\nPay: ${300|500} a swap {in crypto|in Bitcoin|by Zelle}, ${1,000|2,000} bonus for {five|ten} in a week\nRules: {do it|log it} {near closing|on a quiet shift}, {note it as|mark it} \"{lost phone|damaged SIM}\"; {if a manager asks|if loss prevention asks}, the customer {called in|came in earlier}",
                "{Work at a phone store?|Carrier store reps:} {Earn|Make} ${300|500} {per swap|a swap}. {We send|You get} a {number|phone number}, you {move it to a new eSIM|swap it to a new SIM} {from your terminal|at the counter} and {text us the QR|send us the eSIM code}. {No customer needed|The customer won't be there}. {Paid in crypto|Crypto or Zelle}, {same day|instantly}. {Don't ask|No need to know} whose numbers they are. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-iris-id-seller", JobAdScheme.IdentityLending, JobAdAudience.Students,
            [
                "VERIFICATION APPOINTMENT CARD — {Sat|Sun} {11:00|14:30} — {the Orb at the mall|an Orb operator downtown|the World ID booth}\nBring: {a phone|the phone} with {the World App|the app} {we set up|installed by us} — {it's not your account|log in with the account we made}; {look into the Orb|get your eyes scanned}, {wait for|until} \"{verified human|Verified}\" ✔\nAfter: {log out|don't keep} the app, {hand the phone|give the phone} {back to|to} {our guy|the team lead} {outside|at the exit}; the {verified account|World ID} {and its wallet|and the tokens} {belong to us|stay with us}\nPay: ${30|50|80} cash {right after|on the spot}, ${20|30} for every friend you bring\nRules: {don't use|never give} your {own email|real number}; {if staff ask|if the operator asks}, it's {your own app|your phone}; {you can't|you never} {scan twice|verify again}, {so|and} {tell no one|keep quiet}",
                "{Easy cash|Quick money}: {get your eyes scanned|do an iris scan} at a {World ID|Worldcoin} Orb with {our phone|the app we give you}, {hand the verified account over|give us the verified account}, {get paid|paid} ${30|50} {on the spot|cash}. {Bring friends|More friends}, more money. {Don't ask|No need to know} who uses the accounts. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("border-network-work-order",
        [
            "【布线派工单】{单号|工单号}：BX<d><d><d><d>　{施工单位|装维}：<company>（{运营商|电信}{合作|装维}{班组|公司}）　{地点|施工点}：{瑞丽|孟连|耿马|沧源|勐腊|镇康}{边境|沿边}{某村|某寨}\n{内容|施工}：{给|为}{村民|住户}<surname>{某|家}{装|开通}{家庭宽带|光纤宽带}{1条|一条}（{户主本人|本人}{身份证|实名}{在营业厅|到营业厅}{办理|登记} ✔），{光猫|路由器}{装在|放在}{户主|住户}{家中|屋里}\n{规定|注意}：{禁止|严禁}{架设|装}{无线网桥|定向天线}{朝向|对着}{境外|对岸}，{禁止|严禁}{跨境|过河}{拉网线|放光纤}；{发现|遇到}{有人|外人}{出钱|花钱}{让装|要你装}{这种|网桥}，{拍照|记下}{报|上报}{公司|派出所}\n{完工|验收}：{户主|本人}{签字|确认}，{测速|网速}{达标|正常} ✔",
            "【{边境派出所|村委会}{提醒|通知}】{最近|近期}{有人|不法分子}{在|到}{沿边|河边}{村寨|村子}{出高价|每月给几千}{找|雇}{村民|住户}{用自己名字|以本人名义}{办宽带|开宽带}，{再|然后}{架网桥|装天线}{对着|朝}{河对面|境外}{或者|或}{夜里|晚上}{拉网线|放光纤}{过河|过境}——{这是|那是}{给境外诈骗窝点|给电诈园区}{送网|上网}，{办宽带的人|宽带户主}{要担责|会被追责}。{发现线索|有人找你}{请|就}{打|拨打}110{或|、}{告诉|找}{村干部|网格员}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("scrapyard-dismantling-register",
        [
            "【拆解登记表 Dismantling Register】{企业|拆解企业} Facility：<company>（{报废机动车回收拆解|回收拆解}{资质|资格} licensed ✔）　{车辆|报废车} Vehicle：{大众|丰田|比亚迪|吉利}{轿车|SUV}　VIN {后六位|last 6}：<d><d><d><d><d><d>\n{项目|拆件} Part：{车载T-Box|车机模块}{物联网卡|流量卡} IoT SIM {1张|一张}，{当面|拍照}{剪卡|剪角} cut ✔，{登记|记录}{卡号后四位|ICCID后四位} <d><d><d><d>\n{去向|处理} Disposal：{卡片残件|剪后的卡}{集中|统一}{交回|寄回}{车企|运营商}{办理|申请}{注销|停用} (returned for deactivation)；{不得|严禁}{出售、转让|卖给任何人} (never sold)\n{拆解人|登记人} Staff：{小<surname>|<surname>师傅}　{复核|审核} Checked：{<surname>主管|质检员} ✔",
            "<company>{招|招聘}{报废车拆解工|拆解技术员}：{按|依照}{规范|流程}{拆解|拆卸}{报废车辆|车辆}，{车载|车机}{T-Box|模块}{里的|上的}{物联网卡|流量卡}{当场剪卡|拆下即剪}{并登记|登记卡号}，{集中|统一}{交回|寄回}{车企|运营商}{注销|停卡}，{有|持}{焊工证|电工证}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("penny-verification-log",
        [
            "【打款记录】{日期|时间}：{周二|本周}　{经办|操作}：<company>{财务|结算组}　{用途|事由}：{商户|入驻商家}{对公账户|收款账户}{打款验证|小额验证}\n{收款方|对象}：{本周|今日}{申请入驻的|新入驻的}{32|45}{家|个}{商户|店铺}{自己填的|本人提交的}{对公账户|银行账户}（{户名|名称}{与营业执照一致|和执照一致} ✔）\n{金额|每笔}：{0.01|0.1}至{0.99|0.5}元{随机|不等}　{转账备注|附言}：“{验证|入驻验证}<d><d><d><d>”（{只写|仅填}{验证编号|编号}，{不写|不放}{链接、微信|联系方式}）\n{完成|结果}：{商户|对方}{在后台|回平台}{填对金额|回填金额}{即|就}{通过|完成验证} ✔；{打出的|验证的}{钱|款}{不收回|不用退}\n{提醒|备注}：{收到|如收到}{陌生人|不认识的人}{转来|打来}的{一分钱|小额转账}，{附言|备注}{写着|是}“{兼职|刷单}{加V|进群}”，{是|那是}{诈骗引流|诈骗广告}，{别加|不要加}",
            "【<bank>银行{提醒|温馨提示}】{近期|最近}{不少客户|有客户}{收到|账户收到}{陌生人|陌生账户}{转入的|打来的}{0.01元|一分钱}，{转账附言|备注}{写着|是}“{日结兼职|刷单返利}{加V|进群}”。{这是|那是}{诈骗团伙|骗子}{雇人|找人}{用自己的账户|拿自己的卡}{批量打款|群发打款}{发广告|引流}，{别加|不要加}{附言里的|对方}{微信|联系方式}；{有人|如有人}{出钱|给钱}{请你|让你}{用你的卡|用你的支付宝}{帮忙打款|替他转一分钱}，{那是|也是}{帮诈骗|帮信}，{别做|请拒绝}。{咨询|举报}{请拨|拨打}96110。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-store-records",
            [
                "SIM CHANGE TICKET — {store|location} #<d><d><d> — rep: {Jordan|Priya|Sam} (badge <d><d><d><d>)\nRequest: customer {Ms. Lee|Mr. Garcia|Ms. Novak} {in store|at the counter} with a {lost|broken} phone; {photo ID|driver's license} {checked|scanned} ✔, {account PIN|security PIN} {matched|correct} ✔, {approval|the change} {confirmed by the account holder|sent to the account holder's email} ✔\n{Activate|Scan} the new {eSIM|SIM} {on the customer's own phone|in front of the customer}; {number lock|port-out lock} {kept on|left on} ✔\nRules: {we never|never} swap a number {for someone who isn't the account holder|without the account holder present}; if {anyone|someone} {texts you|offers you money} to {do swaps|move numbers}, {report it to|tell} {security|loss prevention} — {it's how accounts get stolen|that's how criminals steal accounts}",
                "VERIFICATION APPOINTMENT CARD — {Sat|Sun} {11:00|14:30} — {the World ID booth|the Orb at the mall}, {operator|staff}: {Dana|Leo}\nBring: {your own phone|your phone} with {the World App|the app} {you installed yourself|on your own account} ✔\nAt the booth: {one person, one account|one account per person}; we {never|don't} {hold|take} your phone and {never|don't} {ask for|need} your {password|recovery phrase}\n{Please note|Note}: {don't|never} {sell|hand over} your verified account {or let someone else scan for it|or scan for anyone else} — {people paying for scans|people who pay for verified accounts} {resell them to scammers|use them for fraud}; {report them|tell us}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("locker-maintenance-crew", JobAdAudience.Unemployed,
        [
            "【柜格存取记录】{日期|巡检日}：{周一|周四}　{巡检员|运维}：<company>{运维|维护}{小<surname>|<surname>师傅}（{工牌|工号} <d><d><d><d>）\n{站点|点位}：{<city>|本市}{地铁<d>号线|高铁站|汽车站}{寄存柜|智能柜}{A区|B区}\n{超时件|逾期}：{<d><d>号格|C<d><d>格}{存|放}{超过72小时|已逾期}，{两人|双人}{开柜|在场}{拍照|录像}{登记|记录}，{物品|东西}{交|送}{站务|服务台}{保管|暂存}，{系统|后台}{短信|通知}{存件人|用户本人}{来领|凭身份证领取} ✔\n{维修|故障}：{柜门|锁}{卡住|打不开}{1个|2个}，{已修好|已更换锁扣} ✔",
            "<company>{招|招聘}{智能柜运维员|寄存柜维护员}：{负责|巡检}{地铁站|车站}{寄存柜、快递柜|智能柜}{日常巡检|维护}，{处理|登记}{超时件|逾期物品}{并|再}{交|送}{服务台|站务}，{修|更换}{柜门|锁扣}，{会|懂}{简单电工|基本维修}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("coop-produce-buyer", JobAdAudience.General,
        [
            "【收购台账】{日期|收购日}：{<d>月<d>日|本周}　{收购单位|单位}：<city>{某某|绿源}{茶叶|果蔬|中药材}{专业合作社|合作社}　{收购员|经办}：{小<surname>|<surname>会计}\n{货|品种}：{春茶|柑橘|药材}，{农户|社员}<surname>{某|家}{交售|卖}{300|500}斤，{过秤|称重}{两人|双人}{复核|确认} ✔，{按|照}{挂牌价|公示价}{收|计价}\n{付款|结算}：{货款|钱}{从|由}{合作社|社里}{对公账户|基本户}{转到|打到}{农户本人|交售人本人}{银行卡|一卡通}，{开|出}{收购凭证|收购发票}{一张|一式两联} ✔\n{备注|注意}：{不收|不接}{外人|陌生人}{打来的|转来的}{“预付款”|钱}，{不替|不帮}{别人|他人}{代付|付款}",
            "<city>{某某|绿源}{合作社|农业合作社}{招|招聘}{收购员|农产品收购专员}：{下村|到村里}{收|收购}{茶叶|水果|药材}，{过秤|称重}{记账|登记台账}，{货款|钱}{由|从}{合作社|社里}{对公账户|账户}{直接|统一}{付给|转给}{农户本人|交售农户}，{会|懂}{开票|记账}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("office-server-technician", JobAdAudience.General,
        [
            "【主机安装单 Server Install Slip】{单号|安装单号} No.：ZJ<d><d><d><d>　{客户|用户} Client：<company>（{客户本人|公司}{办公室|机房}，on the client's own premises）\n{设备|主机} Device：{一台|1台}{NAS存储|小型服务器}，{客户|公司}{自购|自己买的} (client-owned)，{接|连}{公司|客户}{自己的|名下的}{企业宽带|专线} ✔\n{用途|设置} Use：{公司文件|财务资料}{备份|共享}，{只对|仅}{本公司员工|员工账号}{开放|可用}；{不做|不给}{外部网站|别人的网站}{内网穿透|端口映射}，{不挂|不放}{他人的|外部}{网站或APP|程序} (no third-party sites)\n{交付|验收} Handover：{管理员密码|账号}{交给|留给}{客户|公司}{IT负责人|管理员}，{客户|对方}{签字|签收} ✔",
            "<company>{招|招聘}{IT运维工程师|网络技术员}：{上门|到客户公司}{安装|调试}{NAS|服务器}{和|、}{路由器|交换机}，{做|负责}{数据备份|权限设置}，{只给|只为}{客户自己的|客户本公司}{系统|业务}{配置|做}{远程访问|VPN}，{熟悉|懂}{Linux|网络}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
