namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-sixth held-out families (round 26), the development set in round 27 (ADR 440) and training families since round 28 (ADR 450); written 2026-11-25 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 25's families became the development set and before any change prompted by them (ADR 431).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — walking old estates at night with a backpack that holds an SMS
/// sniffer, "testing the signal", while it captures the codes and numbers of the phones around
/// (technical support; communication), repacking a client's "finance" or "loan" APKs until phones'
/// security apps and the anti-fraud app no longer flag them (technical support), bringing a stranger
/// into one's child's class parent group as a "teacher" who then posts a fee's payment code, and
/// paying first to lead the others (other help), leading people over mountain paths past the
/// checkpoints to the compounds across the Yunnan border (other help), uploading audiobooks with a
/// spoken gambling or loan advert inserted in every chapter (advertising), activating batches of
/// portable Wi-Fi routers with one's own ID and face and sending them back (phone cards; internet
/// access), an English stocker who hangs gift cards with re-stuck barcodes on store racks (payment
/// capture), and an English admin who sells a large neighbourhood or parents' Facebook group by
/// handing its admin role to a buyer's page (internet accounts; advertising) — and honest texts on the same acts in the same forms: an operator's
/// bilingual drive-test log and a police notice on sniffer backpacks, an app-hardening engineer's work
/// order for the company's own app and the engineer's job, a class teacher's bilingual group-join
/// record and a police notice on fake teachers, a licensed trekking guide's route sheet inside a
/// reserve and the guide's job, a narrator's upload sheet for licensed audiobooks with labelled
/// promotions and the narrator's job, a phone shop's bilingual activation record and a regulator's
/// notice, and a store's restock list that checks gift cards for tampering and a group's admin
/// handover to neighbours its members voted for. They are written as drive-test logs (路测记录表),
/// hardening work orders (加固工单), group-join records (入群登记表), route sheets (徒步路线单),
/// upload sheets (有声书上传单), activation records (激活登记单), restock lists and admin handovers, forms
/// earlier families did not use; risky and honest texts share every one of them, and the honest
/// texts name cards, accounts, SIMs, IDs, codes, payments, transfers and collections in the same
/// words as the risky ones, so neither the form nor the vocabulary gives the label away. Nothing is
/// tuned on them.
/// </summary>
internal static class TwentySixthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("sms-sniffer-walker", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【路测记录表】{日期|时间}：{今晚|<d>月<d>日}　{路测员|测试员}：{你|本人}（{背|拎}{我们给的|上家发的}{双肩包|测试箱}，{里面是|装着}{“测试设备”|一台小主机和几根天线}）\n{路线|片区}：{<city>的|附近的}{城中村|老小区}{<d>个|几个}{小区|居民楼}{楼下|周边}，{慢慢|来回}{走|转}{两三个小时|一整晚}，{在|到}{人多的|住户密集的}{楼栋|地方}{多停|停}{一会儿|十几分钟}\n{要求|注意}：{包|设备}{别打开|不要动}，{电源|充电宝}{一直|保持}{开着|连着}，{后台|电脑}{抓到|收到}的{周围手机的|附近住户的}{号码和短信|短信验证码}{自动|直接}{上传|传走}，{走完|收工}{发|报}{轨迹|定位截图}{给对接人|到群里}\n{报酬|工钱}：{一晚|每晚}{300|500|800}元，{日结|当天结}；{保安|有人}{问起|拦}就说{在测信号|是运营商路测}，{包里|设备}{是啥|干嘛的}{别问|不用管}",
            "{招|找}{夜间|晚上}{路测员|测信号的}{兼职|跑腿}：{背着|拎着}{我们的|一个}{双肩包|测试箱}{在|到}{老小区|城中村|居民楼}{附近|楼下}{慢慢走|转几圈}，{包|设备}{开着就行|不用动}，{一晚|每晚}{300|500}元，{日结|当天结}。{包里是啥|抓的是什么}{不用管|别问}，{有人问|保安问}就说{测信号|是运营商的}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("apk-unflag-packer", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【加固工单】{工单号|单号}：JG<d><d><d><d>　{加固员|技术}：{你|本人}（{兼职|接私活}）　{安装包|APK}：{客户|对接人}{发来的|给的}{“理财”|“贷款”|“商城”}{APP|安装包}{<d>个|一批}\n{要求|需求}：{加壳|混淆}{改签名|换包名}，{做到|直到}{手机管家|安全中心}{和|、}{反诈APP|国家反诈中心}{扫描|检测}{不报毒|不提示风险}，{被标记|报毒}{了就|就}{重新|再}{加固|打包}\n{交付|提交}：{新包|加固后的包}{传到|发到}{对接人的|我们的}{网盘|TG}，{不用|别}{装|打开}{APP|安装包}{看|试}{里面|内容}\n{报酬|价格}：{一个包|每个}{200|500|800}元，{过检|不报毒}{满一周|7天}{另加|再加}{300|500}元；{平台|有人}{问起|查}就说{正常|普通}{加固|外包}，{APP是干嘛的|后台是谁家的}{别问|不用管}",
            "{会安卓逆向|懂APK加固}的{兄弟|技术}{接私活|接单}：{把|给}{客户的|我们的}{APP|安装包}{加壳|混淆}{改签名|换包名}，{让|做到}{手机管家|安全中心}{和|、}{反诈APP|反诈中心}{扫|检测}{不报毒|不提示}，{一个包|每个}{200|500}元，{报毒了|被标记}{重做|再加固}{另算|另给钱}。{APP干嘛的|后台是谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("class-group-inviter", JobAdScheme.OrderBrushing, JobAdAudience.Parents,
        [
            "【入群登记表】{群|班级群}：{<d>年级<d>班|三年二班}{家长群|家校群}　{邀请人|推荐人}：{你|本人}（{群里的|班里的}{家长|宝妈}）　{新成员|入群人}：{我们的人|对接人}（{群昵称|备注}{改成|就叫}“{<surname>老师|班主任<surname>老师|教务处<surname>主任}”）\n{步骤|操作}：{用你的|拿你本人的}{微信|账号}{把|拉}{他|新人}{拉进群|邀请进群}，{群主|管理员}{问起|核对}就说{是新来的|是学校的}{老师|助教}；{你是管理员的话|有管理员权限}，{把他|给他}{设为|升成}{管理员|群管}\n{之后|后面}：{他|“老师”}{在群里|会}{发|通知}“{资料费|校服费|研学费}”{收款码|二维码}，{你|本人}{带头|先}{扫码|交}{并|再}{回复|说}“{已交|已付款}”\n{报酬|费用}：{拉进一个群|每个群}{300|500|800}元，{家长|群里}{交得多|付款多}{另加|再加}{提成|红包}；{家长|有人}{问起|私聊}就说{老师是真的|我核实过}，{收款码|钱}{是谁的|进谁账户}{别问|不用管}",
            "{宝妈|家长}{在家|顺手}{赚|挣}{外快|零花钱}：{把|拉}{我们的人|一个“老师”}{拉进|邀请进}{你孩子的|你们班的}{家长群|班级群}，{他|“老师”}{发|通知}{资料费|校服费}{收款码|二维码}{时|的时候}{你|就}{带头|先}{交|回复“已交”}，{拉一个群|每个群}{300|500}元。{收款码是谁的|钱进谁账户}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("border-trail-guide", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "【徒步路线单】{日期|出发}：{今晚|<d>月<d>日夜里}　{带路人|向导}：{你|本人}（{熟悉|会走}{山路|林子里的路}）　{人数|本批}：{<d>人|三五个}（{对接人|上家}{送到|带到}{镇上|村口}）\n{路线|走法}：{从|经}{勐腊|瑞丽|河口|孟连}{附近|旁边}的{山里|林子里}{走|穿过去}，{避开|绕开}{卡点|检查站}{和|、}{边境巡逻|界碑}，{天亮前|凌晨}{送到|交到}{对面|那边}{接应的|来接的}{车上|人手里}\n{要求|注意}：{手机|电话}{关机|别开定位}，{不问|别问}{他们|这些人}{过去|到那边}{做什么|进哪个园区}，{也|就}{不用|别}{看|查}{他们的|他们}{护照|证件}\n{报酬|带路费}：{一个人|每人}{1000|2000|3000}元，{送到|交接}{后|完}{结|付}；{有人|警察}{问起|拦}就说{是亲戚|在采茶|在爬山}，{那边|园区}{干嘛的|做什么}{别问|不用管}",
            "{熟悉|会走}{边境|云南}{山路|小路}的{兄弟|老乡}{赚快钱|接活}：{晚上|夜里}{带|领}{我们送来的|几个}{人|年轻人}{从|走}{山里|林子}{绕开|避开}{卡点|检查站}{送到|带到}{对面|那边}{接应的人|车上}，{一个人|每人}{1000|2000}元，{送到|交接}{就结|当场结}。{他们过去干啥|那边是哪}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("audiobook-ad-dubber", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【有声书上传单】{单号|编号}：YS<d><d><d><d>　{主播|上传人}：{你|本人}（{用你本人实名的|你认证的}{音频平台|播客}{账号|主播号}）　{内容|节目}：{热门|爆款}{小说|有声书|歌单}{<d>0集|几十集}（{我们给的|群里发的}{音频|素材}）\n{插播|口播}：{每集|每一章}{开头|中间}{插|加}{一段|十几秒}{口播|录音}“{XX娱乐 注册就送|秒批贷款 不看征信|稳赚投资群 加我}”{再念|加上}{微信号|网址}，{不标|别标}“{广告|推广}”\n{要求|注意}：{每天|一天}{更新|上传}{<d>集|几集}，{评论区|简介}{置顶|挂}{同样的|我们的}{微信号|链接}，{被下架|被删}{就|了就}{换号|重新}{上传|再传}\n{报酬|收入}：{每集|一集}{5|10|20}元，{有人|每个}{加微信|注册}{另加|再加}{3|5}元；{平台|有人}{问起|举报}就说{是赞助|是粉丝留言}，{口播|号码}{是谁家的|干嘛的}{别问|不用管}",
            "{有音频平台账号|做有声书}的{主播|同学}{接单|赚外快}：{上传|发}{我们给的|现成的}{有声小说|歌单}，{每集|一集}{中间|开头}{插|加}{一段|十几秒}{“注册就送”|“秒批贷款”}{口播|录音}{和|加}{微信号|网址}，{不标|别标}{广告|推广}，{每集|一集}{5|10}元，{有人加|每个注册}{再加|另给}{3|5}元。{口播是谁家的|号码是干啥的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("pocket-wifi-activator", JobAdScheme.PhoneCards, JobAdAudience.Students,
        [
            "【激活登记单】{日期|时间}：{本周|<d>月<d>日}　{激活人|办理人}：{你|本人}（{用你的|拿你本人的}{身份证|手机号}）　{设备|机器}：{随身WiFi|便携WiFi|4G路由器}{<d>台|十来台}（{我们寄来的|上家发的货}，{内置|自带}{流量卡|物联网卡}）\n{激活|实名}：{扫|扫描}{机身|盒子上}的{二维码|激活码}，{进|在}{小程序|公众号}{填|输入}{你的|本人}{身份证号|姓名和证件}，{一台|逐台}{刷脸|人脸}{认证|核验}{一次|一遍}\n{交付|之后}：{激活完|认证后}{机器|设备}{连同|带}{充电线|盒子}{寄回|交给}{对接人|我们}，{流量|套餐}{费用|钱}{我们充|不用你管}\n{报酬|费用}：{每台|一台}{30|50|80}元，{当天|日结}{结|付}；{运营商|有人}{打电话|回访}就说{自己在用|家里在用}，{机器|WiFi}{给谁用|拿去哪}{别问|不用管}",
            "{学生|宝妈}{在家|顺手}{赚|挣}{零花钱|外快}：{用你的|本人}{身份证|证件}{给|帮}{我们寄来的|几台}{随身WiFi|便携WiFi}{扫码|进小程序}{实名|激活}，{刷脸|人脸认证}{一下|就行}，{激活完|认证完}{寄回|交给}{我们|对接人}，{一台|每台}{30|50}元。{机器给谁用|拿去哪用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-gift-card-rack-stocker", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
            [
                "RESTOCK LIST — {Saturday|this week} — stocker: you ({your own|your} car, {4|6|8} stores)\nStores: {Walmart|Target|CVS|Walgreens|Dollar General} {gift card racks|card displays} on {our|the} route\nWhat to do: {take|pick up} the {gift cards|prepaid cards} {we hand you|from the bag} ({barcode|back} {already covered with|already re-stuck with} {a new sticker|our label}), {hang them|put them} {at the front of|on} the {rack|display}; {take down|remove} {the same number|a few} of the store's {cards|own cards} and {bring them back|keep them in the bag}\nRules: {don't|never} {buy anything|use the register}, {keep|wear} a {cap|hood} {near cameras|inside}, {if staff ask|if asked} say you're {a vendor rep|from the card company}\nPay: ${15|20} {a store|per store}, ${100|150} {bonus|extra} for {a full route|every store}; {don't ask|no need to know} {what the stickers do|who loads the cards}",
                "{Weekend gig|Easy route work}: {drive to|visit} {6|8} stores and {restock|place} {gift cards|prepaid cards} we give you on the {racks|displays}, {take|bring back} {a few|some} of the store's {cards|own cards}. ${15|20} a store, {cash|paid in crypto}. {Don't ask|No need to know} {what's on the stickers|who loads them}. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-community-group-seller", JobAdScheme.OrderBrushing, JobAdAudience.Parents,
            [
                "ADMIN HANDOVER — {\"Maple Street Neighbors\"|\"Westside Moms\"|\"Buy Nothing Eastgate\"} group ({3,000|8,000|12,000}+ members) — seller: you (the group's {founder|only admin})\nHandover: add {our page|our account} as {admin|co-admin}, {approve|accept} {its first posts|the new rules}, then {step down|remove yourself} after {7 days|a week} so members {don't notice|see nothing new}\nAfter: we {rename the group|keep the name for a month}, post {\"apartments for rent\"|\"free giveaways\"|\"investment tips\"} with {our links|a Telegram handle}, and turn off {post approval|member reports}\nRules: {don't tell|never tell} members the group {changed hands|was sold}; if {someone|a member} {asks|complains}, say you {added a helper|are busy}\nPay: ${300|500|800} {per group|a group}, ${100|200} {more|extra} after {a month|30 days} {without|with no} {reports|bans}; {don't ask|no need to know} what we {post|sell}",
                "{Own a big Facebook group?|Run a local community group?} We {buy|pay for} {admin access|groups} with {3k+|5,000+} members: add {our page|us} as {admin|co-admin}, step down {after a week|later}, ${300|500} per group. {Don't ask|No need to know} what we post. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("drive-test-log",
        [
            "【路测记录表 Drive Test Log】{日期|时间} Date：{<d>月<d>日|本周}　{路测员|测试工程师} Engineer：<company>{网优部|网络优化中心}{小<surname>|<surname>工}（{工牌|工号} <d><d><d><d>）\n{路线|片区} Route：{<city>|城区}{<d>个|几个}{小区|居民楼}{周边|楼下}，{测|测量}{信号强度|5G覆盖}{和|、}{掉话率|网速} ✔，{设备|仪表}{是|为}{公司|运营商}{登记的|入库的}{路测终端|扫频仪} ✔\n{数据|记录} Data：{只|仅}{测|记}{网络|信号}{指标|参数}，{不收|不采集}{周围手机的|用户的}{号码和短信|短信验证码} ✔ (no user data)，{交回|上传}{公司|网优平台}\n{提醒|备注}：{有人|如有人}{出钱|雇人}{背包|拎箱子}“{测信号|路测}”{夜里|晚上}{在小区|在楼下}{转|走}，{拒绝|不接}{并|，}{报警|上报}",
            "【{反诈中心|公安}{提醒|提示}】{近期|最近}{有人|有团伙}{雇|招}{人|兼职}{背着|拎着}“{测信号|路测}”的{双肩包|箱子}{夜里|晚上}{在|到}{老小区|城中村}{转|走}，{包里|里面}是{短信嗅探|伪基站}{设备|主机}，{能|会}{抓|截取}{附近|周围}{手机的|住户的}{短信验证码|号码和短信}，{拿去|用来}{盗刷|登录}{银行卡|支付账户}——{背这种包|帮他们背设备}{赚钱|挣日结}，{可能|或}{构成|触犯}{帮信|犯罪}。{真正的|运营商的}{路测|测试}{会出示|有}{工牌|工作证}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("class-group-verifier",
        [
            "【入群登记表 Group Join Record】{群|班级群} Group：{<d>年级<d>班|三年二班}{家长群|家校群}　{管理员|群主} Admin：{班主任|<surname>老师}（{学校|校方}{登记的|备案的}{老师|教师}）\n{入群|核对} Check：{新成员|每位家长}{须|要}{备注|填写}“{学生姓名+家长|孩子名字和关系}” ✔，{班主任|管理员}{对照|核对}{花名册|学生名单} ✔，{陌生人|无法核实的}{不拉|移出} ✔\n{收费|缴费} Fees：{学校|本校}{从不在群里|不在群内}{发|收}{收款码|二维码}，{校服费|资料费}{只|仅}{通过|走}{学校|教育局}{统一缴费平台|官方平台}{缴|交}，{群里|群内}{有人|凡是}{发|贴}{收款码|转账}的，{一律按|都按}{假冒|诈骗}{处理|上报} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{拉|邀请}“{老师|教务}”{进群|入群}，{拒绝|别拉}{并|，}{告诉|报告}{班主任|学校}",
            "【{反诈中心|公安}{提醒|提示}】{近期|最近}{有人|有骗子}{花钱|给好处费}{让|找}{家长|群成员}{把|拉}{他们的人|“老师”}{拉进|邀请进}{班级群|家长群}，{改|换}{名为|成}“{班主任|教务处}{某|<surname>}老师”，{在群里|随后}{发|贴}“{资料费|研学费}”{收款码|二维码}，{再|还}{让|请}{拉人的家长|托}{带头|先}{交|回复已付}——{收钱|拿好处}{拉人进群|替人拉群}，{可能|或}{构成|触犯}{帮信|诈骗共犯}。{学校|老师}{不会|从不}{在群里|通过群}{发|收}{收款码|转账}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("pocket-wifi-counter",
        [
            "【激活登记单 Activation Record】{日期|时间} Date：{<d>月<d>日|本周}　{门店|营业厅} Store：<company>{营业厅|手机店}　{店员|经办} Clerk：{小<surname>|<surname>姐}\n{设备|机器} Device：{随身WiFi|便携WiFi}{1台|一台}（{内置|自带}{流量卡|物联网卡}），{买家|顾客}{本人|自己}{到店|在场} ✔\n{激活|实名} Activation：{顾客|买家}{扫|扫描}{机身|盒子上}{二维码|激活码}，{用|以}{本人|自己的}{身份证|证件}{实名|登记}，{本人|自己}{刷脸|人脸}{认证|核验} ✔，{一人|每人}{限|最多}{一台|两台} ✔\n{提醒|备注}：{不替|不为}{别人|他人}{激活|实名}，{有人|如有人}{出钱|付钱}{让你|请你}{批量|帮忙}{激活|实名}{随身WiFi|设备}，{拒绝|别办}{并|，}{报告|上报}{运营商|店长}",
            "【{通信管理局|运营商}{提醒|提示}】{近期|最近}{有人|有团伙}{按台|一台几十元}{雇|找}{学生|宝妈}{用本人|拿自己的}{身份证|证件}{给|帮}{寄来的|一批}{随身WiFi|便携WiFi}{扫码实名|刷脸激活}，{再|然后}{寄回|收走}{给|供}{诈骗窝点|境外团伙}{上网|联网}——{替别人|为他人}{实名|激活}{上网设备|流量卡}{并|再}{交出|转交}，{可能|或}{构成|触犯}{帮信|犯罪}。{设备|随身WiFi}{只|请}{给自己|本人}{实名|使用}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-restock-and-handover-records",
            [
                "RESTOCK LIST — {Store #<d><d><d>|front end} — associate: {Maria|Tom|Aisha} (badge <d><d><d><d>)\nGift cards: {restock|refill} the {gift card rack|card display} from the {locked|back-room} {stock|cabinet} ✔; {check|inspect} each {card's|package's} {barcode and PIN strip|back} for {stickers|tampering} ✔, {pull|remove} any {card|package} that {looks re-stuck|is opened}\nRules: cards are {activated|loaded} only at the register {when paid|after payment} ✔; {outside vendors|vendor reps} {restock|touch the rack} only {with|after} a {manager's sign-in|signed visitor log} ✔\nNote: people {paid|hired} to {put|place} {gift cards|cards} on {our racks|store displays} {are|may be} {swapping barcodes|part of gift card draining}; {call|tell} {loss prevention|a manager}",
                "ADMIN HANDOVER — {\"Maple Street Neighbors\"|\"Eastgate Parents\"} group — outgoing admin: {Maria|Tom|Aisha} (moving away)\nNew admins: {two|three} members {the group voted for|nominated in a members' poll} ✔, {both|each} {checked to be|verified as} {neighbors|local residents} {on a video call|by address} ✔; {nothing paid|no payment} for {the role|admin access} ✔\nRules kept: {post approval on|every post approved}, {no ads|no paid posts} {without|except with} {admin approval|a label}, {members told|announcement posted} about the change ✔\nNote: people who {pay|offer money} for {admin access|a group} {buy an audience|want the members} for {rental|giveaway} {scams|fraud}; {refuse|say no} and {report the offer|tell Facebook}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("app-hardening-engineer", JobAdAudience.Students,
        [
            "【加固工单】{工单号|单号}：JG<d><d><d><d>　{加固员|工程师}：<company>{安全部|移动端组}{小<surname>|<surname>工}　{安装包|APK}：{本公司|自家}{“会员商城”|“点餐”|“物业缴费”}{APP|安装包}（{软著|著作权} ✔　{ICP备案|APP备案} ✔）\n{要求|需求}：{加壳|代码混淆}{防|防止}{二次打包|篡改}，{签名|证书}{用|保持}{公司|本公司}{自己的|原有}{签名证书|签名} ✔，{上架前|发布前}{交|送}{应用商店|各大市场}{安全检测|审核} ✔\n{核对|检查}：{手机管家|安全中心}{扫描|检测}{报毒|提示风险}{就|则}{查|排查}{代码|原因}，{不做|不接}“{免杀|绕过检测}”\n{完成|交付}：{加固包|新包}{上传|提交}{公司|内部}{发布平台|仓库}，{签字|确认}{交给|交回}{项目经理|负责人}",
            "<company>{招|招聘}{移动安全工程师|APP加固工程师}：{负责|主要负责}{公司|自家}{APP|安卓应用}的{加固|混淆}、{签名|证书}{管理|维护}{和|、}{应用商店|上架}{安全检测|审核}{对接|配合}，{熟悉|了解}{安卓|逆向}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("trek-route-guide", JobAdAudience.Unemployed,
        [
            "【徒步路线单】{日期|出发}：{周六|<d>月<d>日}　{向导|领队}：<company>{户外|旅行社}{小<surname>|<surname>教练}（{领队证|导游证} <d><d><d><d>）　{人数|本批}：{<d>人|十来人}\n{路线|走法}：{西双版纳|普洱|大理}{雨林|茶山}{步道|古道}{徒步|穿越}{一日|两日}，{只走|全程走}{景区|保护区}{开放的|登记的}{步道|线路} ✔，{不靠近|远离}{边境线|界碑} ✔\n{手续|许可}：{保护区|林业局}{进山|入山}{登记|报备} ✔，{队员|游客}{身份证|证件}{本人|自己}{登记|携带} ✔，{保险|户外险}{已买|购买} ✔\n{费用|说明}：{团费|费用}{队员|客人}{本人|自己}{线上付|扫码付}{到|给}{公司|旅行社}{对公|官方}{账户|收款}，{向导|领队}{工资|带团费}{按月|按团}{发到|打到}{本人|自己的}{银行卡|工资卡}",
            "<company>{招|招聘}{户外徒步领队|雨林向导}：{带|带领}{游客|客人}{走|穿越}{景区|保护区}{登记的|开放的}{步道|线路}，{熟悉|了解}{山路|雨林}{和|、}{急救|安全}{知识|常识}，{有|持}{领队证|导游证}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("audiobook-narrator", JobAdAudience.Students,
        [
            "【有声书上传单】{单号|编号}：YS<d><d><d><d>　{主播|录制}：<company>{有声工作室|音频部}{小<surname>|<surname>老师}　{内容|节目}：{出版社|平台}{授权的|版权方授权}{小说|有声书}{<d>0集|几十集}（{版权合同|授权书} ✔）\n{插播|口播}：{片头|每集开头}{只|仅}{念|播}{平台|出版方}{自己的|官方的}{会员|新书}{推广|预告}，{标注|注明}“{广告|赞助}” ✔，{不接|不放}{第三方|外部}{微信号|链接} ✔\n{审核|检查}：{每集|成片}{交|送}{平台|内容}{审核|质检} ✔，{评论区|简介}{只放|只挂}{官方|平台}{链接|账号}\n{报酬|稿费}：{按集|按小时}{结算|计价}，{工作室|公司}{对公转账|转账}{到|给}{主播|录音员}{本人|自己的}{银行卡|账户}",
            "<company>{招|招聘}{有声书主播|配音员}：{负责|主要负责}{录制|朗读}{平台|出版社}{授权的|正版}{小说|有声书}，{按|根据}{台本|要求}{录|念}{片头|开头}的{广告|推广}{口播|预告}，{普通话|吐字}{标准|清晰}，{有|懂}{剪辑|后期}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
