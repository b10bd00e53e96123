namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-fourth held-out families (round 24), the development set in round 25 (ADR 422) and training families since round 26 (ADR 431); written 2026-11-25 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 23's families became the development set and before any change prompted by them (ADR 413).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — flashing cheap TV boxes and projectors with a launcher whose home
/// screen carries gambling, loan and "investment" apps and selling them into rented rooms, small
/// hotels and old people's homes (advertising), hiding envelopes of bank cards, U-keys and SIM cards
/// inside toys, tea tins and insoles in a consolidation warehouse's parcels bound for South-East Asia
/// (other help to card dealing), publishing a fraud platform's "licensed" and "money recovered" press
/// releases, unlabelled as adverts, from one's own real-name self-media accounts (advertising), a
/// print shop that keeps its customers' ID scans and sells them by the set (identity), a parcel
/// outlet that posts empty envelopes under waybill numbers and to addresses a buyer gives, so that
/// brushing and fraud shops show deliveries they never made (other help: brushing), keeping a Wi-Fi
/// probe box in one's shop that harvests passers-by's phone numbers for a buyer's call lists (other
/// help: tools), an English placer who sticks QR codes over the pay codes of parking meters and EV
/// chargers (advertising; payment capture), and an English "video chat model" who appears on short
/// video calls as a fake profile's face and sends selfies for it (identity) — and honest texts on the
/// same acts in the same forms: an operator's bilingual set-top box installation slip and a
/// market-regulation notice on preloaded boxes, a consolidation warehouse's packing list that refuses
/// cards and a packer's job, a brand's own labelled press release and an editor's job, a print shop's
/// register that deletes scans and a police notice to print shops, a parcel outlet's bilingual pickup
/// list that inspects contents and refuses empty parcels and a postal notice on them, a shop's guest Wi-Fi placement register
/// and an installer's job, and a city's parking technician's placement log and an agency's availability form
/// for a brand shoot. They are written as installation slips (装机单), packing lists (集运打包单),
/// press-release orders (发稿单), print registers (打印登记簿), pickup lists (揽收清单),
/// device placement registers (设备摆放登记表), placement logs and availability forms, forms earlier families
/// did not use; risky and honest texts share every one of them, and the honest texts name cards,
/// accounts, SIMs, IDs, codes, payments, transfers and collections in the same words as the risky
/// ones, so neither the form nor the vocabulary gives the label away. Nothing is tuned on them.
/// </summary>
internal static class TwentyFourthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("tvbox-app-preloader", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
        [
            "【装机单】{单号|工单号}：ZJ<d><d><d><d>　{装机员|师傅}：{你|本人}（{兼职|计件}）　{设备|机器}：{电视盒子|网络机顶盒|家用投影仪}{<d>0台|一批}（{我们寄来的|上家发的货}）\n{刷机|装机}：{刷|装}{我们给的|群里发的}{固件|桌面}，{开机|首页}{广告位|推荐位}{放|挂}“{XX娱乐|高返水体育|秒批贷款|投资课堂}”{APP|图标}，{设置成|改成}{卸载不掉|隐藏卸载}\n{卖给|装到}：{城中村|出租屋|小旅馆|老年人家里}，{一台|每台}{只卖|只收}{99|129|199}元，{开机|首次}{联网|激活}{才算|就算}{一台|有效}\n{报酬|提成}：{装一台|每台}{20|30}元，{每个激活|激活后}{另加|再加}{5|10}元，{周结|日结}；{顾客|买家}{问起|问}就说{系统自带的|出厂就有}，{APP是谁家的|APP干嘛的}{别问|不用管}",
            "{招|找}{会刷机的|懂电视盒子的}{师傅|兄弟}{兼职|接活}：{把|给}{我们发的|一批}{电视盒子|机顶盒|投影仪}{刷上|装好}{我们的|指定}{桌面|固件}，{开机|首页}{就是|自带}{“娱乐”“贷款”|菠菜和贷款}{APP|广告}，{便宜卖|低价装}{到|给}{出租屋|老人家里|小旅馆}，{一台|每台}{20|30}元，{激活|联网}{另加|再给}{5|10}元。{APP是干啥的|后台是谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("parcel-consolidation-packer", JobAdScheme.CardBuying, JobAdAudience.Unemployed,
        [
            "【集运打包单】{仓库|集运仓}：{东莞|义乌|深圳|南宁}{一个|某}{集运仓|海外仓}　{打包员|操作员}：{你|本人}（{夜班|兼职}）\n{目的地|发往}：{柬埔寨|菲律宾|缅甸|老挝}　{申报品名|报关品名}：{日用品|儿童玩具|茶叶|鞋垫}\n{夹带|另装}：{上家|老板}{送来的|给的}{信封|小包}{<d>个|十几个}（{银行卡、U盾和手机卡|手机卡和银行卡套件}），{塞进|藏到}{玩具肚子里|茶叶罐底下|鞋垫夹层里}，{封好|缠好}{胶带|膜}，{外箱|箱子上}{贴|写}{“日用品”|“玩具样品”}\n{报酬|工钱}：{每箱|一箱}{50|80|100}元{另加|加}{夜班费|辛苦费}；{海关|快递}{开箱|抽查}就说{不知道|客户自己装的}，{信封里是啥|卡是谁的}{别问|不用管}",
            "{集运仓|物流仓}{招|急招}{打包员|夜班打包}：{把|将}{我们给的|老板的}{小信封|卡套}{藏进|塞到}{发往东南亚的|发柬埔寨的}{玩具|茶叶|鞋子}{包裹|箱子}{里|中}，{申报|报}{日用品|玩具}，{一箱|每箱}{50|80}元，{当天结|日结}。{信封里装的啥|卡给谁用}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("advertorial-publisher", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【发稿单】{稿号|编号}：FG<d><d><d><d>　{发布人|作者}：{你|本人}（{用你本人实名的|你认证的}{头条号|百家号|搜狐号|网易号}）\n{稿件|标题}：“{<company>数字资产平台获合规牌照|某某理财APP通过国家备案|某律师团队帮受害人全额追回}”（{稿子|正文}{我们给|复制}，{别改|一字不改}）\n{要求|发布}：{选|标}{“财经”|“科技”}{分类|频道}，{不加|别标}“{广告|推广}”{标签|字样}，{评论区|留言}{关掉|只放精选}，{发出后|发完}{把链接|链接}{发给|回传}{对接人|我们}\n{报酬|稿费}：{一篇|每篇}{50|80|150}元，{保留|不删}{30天|一个月}{另加|再加}{50|100}元；{平台|审核}{问起|限流}就说{自己写的|个人观点}，{平台|APP}{真的假的|靠不靠谱}{不用管|别问}",
            "{有自媒体号的|有头条号百家号的}{同学|朋友}{看过来|接单}：{用你的|你本人实名的}{号|账号}{发|转载}{我们写好的|现成的}{“某平台合规”|“理财APP靠谱”|“追回损失”}{文章|稿子}，{不标|别标}{广告|推广}，{一篇|每篇}{50|80}元，{留满30天|保留一个月}{再加|另给}{50|100}元。{平台是干啥的|文章真假}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("print-shop-id-seller", JobAdScheme.IdentityLending, JobAdAudience.General,
        [
            "【打印登记簿】{日期|时间}：{<d>月<d>日|本周}　{店|门店}：{你的|你开的}{打印店|图文店|复印店}（{学校|政务中心|派出所}{旁边|门口}）\n{登记|本周}：{复印|扫描}{身份证|身份证正反面}{<d>0份|几十份}，{户口本|驾驶证|银行卡}{复印件|照片}{<d>份|十来份}，{办事人|顾客}{手持证件|拿着身份证}{拍照|合影}{<d>张|几张}\n{另存|留底}：{扫描件|原图}{别删|都留}，{每晚|每周}{打包|压缩}{发到|传到}{我们的|对接人的}{网盘|TG}；{带水印的|印了“仅供”字样的}{不要|不收}\n{报酬|价格}：{一套|每套}{身份证正反面|证件照片}{5|8|10}元，{带手持照的|有合影的}{20|30}元，{周结|日结}；{顾客|有人}{问起|要求删}就说{已经删了|电脑自动清}，{照片给谁用|拿去干啥}{别问|不用管}",
            "{开打印店|开复印店|开图文店}{的|的}{老板|师傅}{看过来|注意}：{顾客|来办事的人}{复印|扫描}{身份证|证件}{留下的|的}{扫描件|原图}{别删|留着}，{每天|每周}{打包|整理好}{发给|传给}{我们|对接人}，{一套|每套}{5|8|10}元，{带手持照|有合影}{的|}{20|30}元。{照片给谁用|拿去干啥}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("empty-parcel-sender", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【揽收清单】{日期|时间}：{今晚|<d>月<d>日}　{揽收点|网点}：{你的|你开的}{快递代收点|驿站|小卖部代收点}　{操作|寄件人}：{你|本人}\n{单号|运单}：{我们给的|表里的}{单号|电子面单}{<d>00个|几百个}，{收件人|地址}{也是|都是}{我们给的|表格里的}{名单|陌生人}\n{内容|装什么}：{空信封|空袋子}{或|、}{一张白纸|一包纸巾}，{封好|贴好面单}{就寄|直接寄}，{不用|别}{验视|开箱登记}，{快递员|揽件员}{来收|拉走}\n{报酬|价格}：{一单|每单}{1|1.5|2}元，{日结|当天结}；{快递公司|网点}{问起|查}就说{客户要的样品|是文件}，{单号是哪家店的|店里卖的是啥}{别问|不用管}",
            "{开驿站的|开快递代收点的}{老板|店主}{接单|赚外快}：{用你的|你那里的}{网点|代收点}{寄|发}{空包|空信封}，{单号和地址|面单}{我们给|我们出}，{里面|袋子里}{放|塞}{一张纸|纸巾}{就行|即可}，{一单|每单}{1|2}元，{每天|一天}{几百单|三五百单}。{单号给哪家店用|店是干啥的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("wifi-probe-host", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【设备摆放登记表】{门店|店名}：{你的|你开的}{奶茶店|便利店|手机店|理发店}（{商场|地铁口|学校}{旁边|门口}）　{设备|编号}：{WiFi探针|小盒子} TZ<d><d><d>\n{摆放|安装}：{放在|插在}{收银台下面|门口货架后面}，{通上电|插上电}{就行|即可}，{别拿出来|不要放明面上}；{它|盒子}{会|能}{收|记下}{路过的人|进店顾客}{手机的|的}{信号|MAC地址}，{后台|我们}{匹配出|换成}{手机号|号码}\n{数据|号码}：{每天|一天}{<d>00|几千}{个|条}，{自动|每晚}{传到|发到}{我们的|上家的}{后台|服务器}（{拿去|用来}{打电话|发短信}）\n{报酬|租金}：{每月|一个月}{300|500|800}元，{人流大的|号码多的}{另加|再加}{200|300}元；{顾客|有人}{问起|发现}就说{是路由器|是防盗器}，{号码卖给谁|拿去干啥}{别问|不用管}",
            "{开店的|有门店的}{老板|个体户}{看过来|赚外快}：{店里|收银台下}{放|插}{一个|台}{我们的|小}{盒子|WiFi探针}，{不用|无需}{管它|操作}，{它|盒子}{自动|会}{收集|记下}{路过的|进店的}{手机|人}{信息|号码}，{每月|一个月}{300|500}元{租金|补贴}，{人多的店|人流大}{再加|另加}{200|300}元。{号码给谁用|拿去干啥}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-meter-qr-placer", JobAdScheme.OrderBrushing, JobAdAudience.Unemployed,
            [
                "PLACEMENT LOG — {downtown|Midtown|the university district} — placer: you\nStickers: {40|60|80} QR stickers {mailed to you|in a padded envelope}, {same size and color as|cut to match} the {city's|official} \"Scan to Pay\" decal on {parking meters|pay stations|EV chargers}\nPlace: {one sticker|a sticker} {right over|on top of} the {real|official} QR code, {smooth it flat|press the edges down}; {photo|snap} each {meter|charger} {number|ID} and {text it|send it} to {the handler|our Telegram}\nTimes: {before 6 a.m.|after dark}, {a different block|new streets} each {night|run}; {skip|avoid} meters {with cameras|near the garage}\nPay: ${1|2} a sticker, ${50|80} {bonus|extra} for {50|100} scans; {if a parking officer asks|if anyone asks}, {you're fixing a peeling decal|you work for the vendor}; {don't ask|no need to know} where the payments go",
                "{Easy night gig|Side cash}: {stick|put} our QR stickers {over the codes|on top of the QR} on {parking meters|pay stations|EV chargers} {downtown|around town}, {photo each one|send a pic}, ${1|2} a sticker + {bonus|extra} {per 50 scans|for scans}. {Early mornings|Nights}, {no experience|no car needed}. {Don't ask|No need to know} where the link goes. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-video-call-model", JobAdScheme.IdentityLending, JobAdAudience.Students,
            [
                "AVAILABILITY FORM — {Mon–Fri|this week} — model: you ({stage name|profile name} \"{Anna|Sofia|Lily|Mia}\")\nCalls: {3–5|up to 8} video calls a day, {2–5 minutes|a few minutes} each, {when|as soon as} {the account manager|our chat team} {pings you|sends the link}; camera on, {smile|wave}, {say the lines|read the lines} {we send|in the chat}: \"{Hi babe, it's really me|Yes I'm real, see?}\", \"{I'll explain the trading app later|my uncle's platform is safe}\"\nRules: {never say|don't give} your real name, {don't ask|no questions about} who {is on the call|the men are}, {don't mention|never talk about} money {yourself|on camera}; {also send|plus} {5|10} {selfies|daily-life photos} {a day|every day} for the profile\nPay: ${40|60} a call, ${200|300} {weekly bonus|extra a week}, {paid in USDT|crypto or Zelle}; {if someone asks|if anyone asks} what the job is, {it's modeling|say it's influencer work}",
                "{Video chat model|Camera-friendly girls} {wanted|needed} (remote): {join short video calls|hop on 2–5 min video calls} {as our profile|as \"Anna\"} when {our team|the account manager} {pings you|sends a link}, {read a few lines|say what we send}, {send daily selfies|send a few selfies a day}. ${40|60} per call, {paid weekly|crypto}. {No need to know|Don't ask} who's on the other end. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("settop-box-install-record",
        [
            "【装机单 Installation Slip】{单号|工单号} No.：ZJ<d><d><d><d>　{装机员|师傅} Installer：<company>{装维|宽带}{小<surname>|<surname>师傅}（{工号|工牌} <d><d><d><d>）\n{设备|机器} Device：{运营商|本公司}{IPTV机顶盒|网络机顶盒}{1台|一台}（{用户|业主}{办理的|自己的}{宽带|电视}{套餐|业务}）　{用户|客户} Customer：{<surname>先生|<surname>女士|<surname>阿姨}\n{安装|软件} Apps：{只装|仅装}{运营商|官方}{自带|原厂}{应用|桌面}，{不装|不刷}{第三方|外来}{APP|固件}，{开机|首页}{无|没有}{第三方广告|外部推广} ✔ (no third-party apps)\n{核对|验收} Checked：{用户|客户}{本人|自己}{签字|确认} ✔，{遥控器|设备}{交给|留给}{用户|客户}；{装机费|费用}{按套餐|计入账单}，{不收|不另收}{现金|额外费用}",
            "【{市场监管|公安}{提醒|提示}】{近期|最近}{有人|有团伙}{低价|便宜}{卖|上门装}{电视盒子|机顶盒|投影仪}，{刷了|预装}{赌博|网贷|“投资课”}{APP|桌面}，{开机|首页}{就是|全是}{广告|推广}，{卸载不掉|删不了}；{有人|如有人}{出钱|按台}{找你|请你}{刷机|装这种盒子}{卖给|装到}{出租屋|老人家里}，{那是|这是}{给赌博诈骗打广告|帮信}，{请拒绝|别接}。{买|装}{盒子|机顶盒}{认准|选}{运营商|正规渠道}，{只用|只装}{官方|应用商店}{APP|应用}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("print-shop-register",
        [
            "【打印登记簿】{日期|时间}：{<d>月<d>日|本周}　{店|门店}：<company>{图文|打印}{店|部}　{经办|店员}：{小<surname>|<surname>姐}\n{登记|本周}：{复印|扫描}{身份证|身份证正反面}{<d>0份|三十来份}，{户口本|驾驶证|银行卡}{复印件|扫描}{<d>份|几份}；{每份|复印件}{都|已}{加印|写上}“{仅供办理社保业务使用|仅限本次使用}” ✔\n{处理|留存}：{扫描件|原图}{打印完|交付后}{当场|立即}{删除|清空} ✔，{电脑|设备}{不留|不存}{底|原图}，{废纸|打错的}{进|用}{碎纸机|粉碎} ✔\n{提醒|备注}：{不替|不为}{他人|别人}{保存|转发}{证件|照片}；{有人|如有人}{出钱|高价}{收|买}{顾客的|店里的}{身份证照片|扫描件}，{拒绝|不卖}{并|，}{报警|报告派出所}",
            "【{派出所|公安}{提醒|致打印店}】{有人|不法分子}{按套|按份}{收购|高价收}{打印店|复印店}{留下的|里的}{身份证|证件}{扫描件|照片}，{拿去|用来}{注册|开}{手机卡|账户|网络账号}{给诈骗用|实施诈骗}——{卖|提供}{这些|顾客的}{照片|扫描件}{是|属于}{侵犯公民个人信息|帮信}，{店主|经营者}{要担责|会被追责}。{复印|扫描}{证件|身份证}{请|要}{加注|写明}“{仅供…使用|仅限本次}”，{扫描件|原图}{用完|交付后}{删除|立即删}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("courier-dispatch-list",
        [
            "【揽收清单 Pickup List】{日期|时间} Date：{<d>月<d>日|今天}　{网点|揽收点} Outlet：<company>{快递代收点|驿站}　{揽件员|经办} Clerk：{小<surname>|<surname>师傅}\n{寄件人|客户} Sender：{本人到店|实名寄件}{<d>0件|二十来件}，{身份证|实名}{核验|登记} ✔\n{内容|物品} Contents：{当面|逐件}{验视|开箱查看}{并|，}{登记|记录}{品名|实物}（{衣物|文件|食品}）✔；{空包|空信封}{和|、}{夹带|内有}{银行卡、手机卡|卡类}{的|}{一律不收|拒收} (no empty parcels)\n{单号|运单} Waybills：{系统|现场}{生成|打印}，{不接受|不用}{外来|别人给的}{单号|面单} ✔",
            "【{快递|邮政}{行业|管理局}{提醒|提示}】{有人|不法分子}{出钱|按单}{找|雇}{快递代收点|驿站}{老板|店主}{寄|发}“{空包|空信封}”：{单号和收件人|面单}{他们给|对方给}，{里面|袋子里}{只放|塞}{一张纸|纸巾}，{用来|拿去}{给|帮}{刷单店|诈骗网店}{假装发货|造物流记录}，{骗|让}{买家|平台}{确认收货|放款}——{这是|那是}{帮诈骗|帮信}，{网点|店主}{要担责|会被追责}。{收寄|寄件}{要|须}{实名|验视}，{不寄|拒收}{空包|空件}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-placement-records",
            [
                "PLACEMENT LOG — {Parking Services|City Parking Division} — {technician|tech}: {Maria|Tom|Aisha} (badge <d><d><d><d>)\nRoute: {40|60} {parking meters|pay stations} and {8|12} EV chargers {downtown|on Main St.}; {each|every} \"Scan to Pay\" decal {checked against|matched to} the {city's|official} {code list|URL} ✔\nFound: {2|3} {stickers|fake QR stickers} {placed over|stuck on} the {real|official} code — {removed|peeled off}, {photographed|logged} and {reported to|sent to} {the police|IT security} ✔\nNote: {the city|we} {never|don't} ask drivers to pay {through a link|by a QR sticker} {from a text|they didn't expect}; {if a meter's code looks stuck on|if a decal looks odd}, {pay in the app|use the official app} and {report it|call 311}",
                "AVAILABILITY FORM — {Brand shoot|Product video} — model: {Jamie|Luis|Kim} {R.|T.|W.} ({their own name|real name on the release})\nCall time: {9:00|10:30} at {our studio|the client's office}; {two|three} {short takes|product clips} for <company>, {script|lines} {approved|reviewed} by {the client|legal} ✔\n{Release|Contract}: {signed|on file} ✔ — {name, likeness and voice|photos and video} used {only for|just in} {this campaign|the client's ads}, {paid by invoice|day rate by invoice}\n{Please note|Note}: the agency never asks a model to {join video calls with strangers|go on calls} {as someone else|under a fake name} or {send selfies for a \"profile\"|pose as a \"girlfriend\"} — {people offering that|those offers} {are romance scams|run investment scams}; {tell us|report it}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("consolidation-warehouse-packer", JobAdAudience.Unemployed,
        [
            "【集运打包单】{仓库|集运仓}：<company>{集运仓|国际物流仓}　{打包员|操作员}：{小<surname>|<surname>师傅}　{客户|寄件人}：{留学生|海外华人}{<surname>同学|<surname>女士}\n{目的地|发往}：{澳大利亚|新加坡|英国|马来西亚}　{申报品名|报关品名}：{零食|衣物|书籍|日用品}（{按实际|如实}{申报|填写}）✔\n{核对|验货}：{开箱|逐件}{核对|拍照}{与|和}{申报|清单}{一致|相符} ✔；{不收|禁运}{银行卡、手机卡、U盾|证件和卡类}{及|、}{电池|液体} ✔\n{打包|封箱}：{加固|缠膜}{后|并}{称重|过磅}，{运单|面单}{发给|推送给}{客户|寄件人}{本人|自己} ✔",
            "<company>{招|招聘}{集运仓打包员|国际物流打包员}：{负责|主要负责}{按清单|对照申报}{验货|核对}、{打包|封箱}、{称重|过磅}{和|、}{贴单|打印面单}，{遇到|发现}{卡类|违禁品}{上报|交主管}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("brand-pr-editor", JobAdAudience.Students,
        [
            "【发稿单】{稿号|编号}：FG<d><d><d><d>　{发布|运营}：<company>{品牌部|市场部}{小<surname>|<surname>编辑}（{公司|企业}{认证的|官方}{头条号|百家号|公众号}）\n{稿件|标题}：“<company>{新品发布|门店开业|公益活动}{回顾|通知}”（{内容|稿子}{经|由}{法务|主管}{审核|核对} ✔）\n{要求|发布}：{标注|加上}“{广告|推广}”{标签|字样} ✔，{数据|价格}{真实|如实}，{不写|不用}“{稳赚|保本|官方认证}”{之类|等}{说法|字眼} ✔\n{完成|结果}：{已发|发布}{1|2}篇，{评论区|留言}{由客服|正常}{回复|开放} ✔",
            "<company>{招|招聘}{品牌文案|新媒体编辑}：{撰写|负责}{公司|品牌}{新闻稿|宣传稿}{和|、}{活动推文|官方号内容}，{在|用}{公司的|企业}{官方账号|认证号}{发布|运营}，{会|熟悉}{写作|排版}{和|、}{广告法|平台规则}{优先|更好}，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("shop-wifi-installer", JobAdAudience.General,
        [
            "【设备摆放登记表】{门店|店名}：<company>{奶茶店|便利店|理发店}　{设备|编号}：{无线AP|路由器} AP<d><d><d>　{安装|网络}：{小<surname>|<surname>师傅}\n{摆放|安装}：{吸顶|挂墙}{安装|固定}，{通电|联网}{测试|调试} ✔；{顾客WiFi|访客网络}{和|与}{收银|店内}{网络|系统}{隔离|分开} ✔\n{登录|认证}：{顾客|客人}{自愿|自己}{扫码|点击}{连接|连网}，{不收集|不采集}{手机号|MAC地址|个人信息}，{不弹|无}{广告|第三方推广} ✔\n{验收|交付}：{店主|老板}{本人|自己}{签字|确认} ✔，{管理密码|后台密码}{交给|留给}{店主|老板}",
            "<company>{招|招聘}{网络安装工程师|弱电安装工}：{给|为}{门店|商户}{安装|调试}{无线AP|路由器}{和|、}{收银网络|监控}，{布线|走线}{规范|整齐}，{懂|会}{网络配置|交换机}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
