namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The twenty-seventh held-out families (round 27), the development set in round 28 (ADR 450) and training families since round 29 (ADR 460); written 2026-11-25 blind — by an engineer who had not opened the screening normaliser,
/// patterns, model or their tests, nor read any round's misses — after round 26's families became the development set and
/// before any change prompted by them (ADR 440). New stories from the 帮信 reporting of 2024–2026, on acts no earlier family
/// told, across Art. 287-2 and the two-card rules — flying waterproof bags of bank cards, SIM cards and phones over a border
/// river by drone at night to someone with a torch on the other bank (other help: card kits to the compounds), checking into
/// budget hotels with one's own ID and face and handing the key cards to "the team" (identity; rooms for callers and
/// runners), recording a talking-head video and signing away one's likeness for an AI "digital human" that then hosts
/// stock-tip and "customer service" streams (identity), renting one's WeChat or QQ avatar, nickname, signature and moments
/// cover as space for gambling and loan adverts with their QR codes (advertising), renting cars on rental apps with one's
/// own ID, licence and face and handing over the keys (identity; transport for runners and SIM boxes), collecting websites'
/// SMS-code and voice-call endpoints for an "SMS bombing" platform that floods a number so its bank alerts go unseen
/// (technical support), an English night "pump tech" who fits small boards inside gas pumps' card readers (payment
/// capture: skimmers), and an English runner who returns goods bought with other people's cards at store returns desks for
/// gift cards (payment settlement) — and honest texts on the same acts in the same forms: a licensed crop-spraying pilot's
/// bilingual flight log and a border police notice on drones flying cards, a hotel front desk's bilingual check-in record
/// and a police notice on rooms opened for others, a brand's own digital-human shoot with a labelled avatar and a presenter's
/// job, a shop's work-account profile sheet and a community assistant's job, a rental branch's bilingual pickup sheet and a
/// police notice on cars rented for others, a security engineer's rate-limit test of the company's own SMS endpoint and the
/// engineer's job, and a station's pump inspection log and a store's returns log. They are written as flight work orders
/// (飞行作业单), check-in records (入住登记单), likeness capture sheets (形象采集单), profile set-up sheets (资料设置单),
/// vehicle pickup sheets (取车交接单), endpoint test sheets (接口测试单), pump service logs and returns logs, forms earlier
/// families did not use; risky and honest texts share every one of them, and the honest texts name cards, accounts, SIMs,
/// IDs, codes, payments, transfers and collections in the same words as the risky ones, so neither the form nor the
/// vocabulary gives the label away. Nothing is tuned on them.
/// </summary>
internal static class TwentySeventhHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("drone-card-flyer", JobAdScheme.CardBuying, JobAdAudience.Unemployed,
        [
            "【飞行作业单】{日期|架次}：{今晚|<d>月<d>日夜里}　{飞手|操作员}：{你|本人}（{会飞无人机|有航拍经验}，{机器|无人机}{我们出|上家给}）　{起飞点|地点}：{瑞丽|畹町|河口|东兴|勐腊}{江边|河边}{一块|某个}{甘蔗地|橡胶林|鱼塘边}\n{挂载|货}：{上家|对接人}{送来的|交给你的}{防水袋|小包裹}{<d>个|三四个}（{银行卡、手机卡和U盾|手机和电话卡}，{每袋|一袋}{一两斤|不超过两斤}），{挂在|绑在}{机身|机腹}{下面|挂钩上}\n{航线|飞法}：{关掉|不开}{航灯|灯光}，{贴着|压低}{江面|树梢}{飞过|飞到}{对岸|河对面}，{对面|那边}{有人|接货的}{打手电|亮灯}{就|再}{放下|投下}，{一晚|每晚}{来回|往返}{三五趟|几趟}\n{报酬|飞行费}：{每趟|一趟}{500|800|1500}元，{机器|电池}{摔了|坏了}{我们赔|不用你管}；{有人|边防}{问起|盘查}就说{在航拍|拍夜景|试飞机器}，{袋子里|包里}{是啥|装的什么}{别问|不用管}",
            "{会飞|玩}{无人机|航拍}的{兄弟|老乡}{接活|赚快钱}：{晚上|夜里}{在|到}{边境|云南}{江边|河边}{用|拿}{我们的|一台}{无人机|大疆}{把|帮}{几个|一些}{小包|防水袋}{送到|飞到}{对岸|河对面}，{一趟|每趟}{500|800}元，{当晚|飞完}{结|就结}。{包里是啥|对面是谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("hotel-room-registrant", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【入住登记单】{日期|入住}：{今天|<d>月<d>日}起{<d>晚|一周}　{登记人|入住人}：{你|本人}（{用你的|拿你本人的}{身份证|证件}，{前台|自助机}{刷脸|人脸核验}）　{酒店|地点}：<city>{高铁站|汽车站|城中村}{附近|旁边}的{快捷酒店|小宾馆|公寓酒店}{<d>间|两三间}\n{交接|之后}：{办好|开好}{房|房间}{就|后}{把|将}{房卡|门卡}{交给|给}{对接人|楼下等的人}，{你|本人}{不用住|别进房间}，{房费|押金}{我们|对接人}{转给你|出}\n{要求|注意}：{每隔|过}{两三天|几天}{换一家|换酒店}{再开|重新开}，{前台|酒店}{问|打电话问}{几个人住|谁在住}就说{朋友来玩|自己住}，{房间里|里面}{的人|住的人}{干嘛|做什么}{别问|不用管}\n{报酬|费用}：{开一间|每间}{每晚|一晚}{100|150|200}元，{当天|日结}{结|付}",
            "{学生|有身份证的}{兼职|副业}：{用你的|本人}{身份证|证件}{帮|替}{我们|老板的朋友}{在|去}{快捷酒店|宾馆}{开|订}{几间|两间}{房|房间}，{刷脸|登记}{完|后}{把|将}{房卡|门卡}{交给|给}{对接人|我们}{就走|就行}，{一间|每间}{一晚|每晚}{100|150}元。{谁住|住的人干嘛}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("digital-human-face-seller", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【形象采集单】{编号|单号}：SZR<d><d><d><d>　{模特|出镜人}：{你|本人}（{真人|本人}{出镜|露脸}，{不能|不要}{化浓妆|戴口罩}）　{用途|项目}：{“数字人”|AI数字人}{形象|分身}\n{拍摄|采集}：{对着|正对}{手机|镜头}{念|读}{我们给的|稿子上的}{稿子|台词}{十分钟|二十分钟}（“{大家好，我是你们的<surname>老师|欢迎来到直播间，今天带大家看一只票|我是客服专员，请按我说的操作}”），{再|加}{转头|眨眼}{张嘴|点头}{各|做}{几遍|几组}\n{授权|签字}：{签|按手印签}{《肖像授权书》|《形象使用授权》}，{写|授权}“{永久|不限平台}{使用|商用}”，{身份证|证件}{正反面|照片}{一起|同时}{拍给|发给}{我们|对接人}\n{报酬|费用}：{一次|每人}{300|500|800}元，{当天|拍完}{结|转账}；{以后|将来}{直播间里|视频里}{看到|刷到}{自己的脸|“你”}{别管|不用管}，{数字人|分身}{拿去|用在}{哪个|什么}{直播间|平台}{别问|不用管}",
            "{招|收}{数字人形象|AI分身}{模特|素材}：{只要|用}{你本人|你的脸}{对着镜头|露脸}{念|读}{十分钟|一段}{稿子|台词}，{签|签一份}{肖像授权|形象授权}，{一次|每人}{300|500}元，{当天结|拍完就结}。{做成数字人|分身}{拿去干啥|用在哪}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("avatar-ad-renter", JobAdScheme.OrderBrushing, JobAdAudience.Parents,
        [
            "【资料设置单】{账号|号}：{你本人的|你自己的}{微信|QQ|抖音号}　{设置人|号主}：{你|本人}（{好友|粉丝}{<d>00人以上|越多越好}）\n{头像|设置}：{换成|改成}{我们发的|群里发的}{图|图片}（{“XX娱乐 注册送88”|“秒批贷款 不看征信”|“稳赚带单群”}{加|和}{二维码|网址}），{昵称|名字}{改成|后面加}“{上岸找我|加我领福利}”，{个性签名|简介}{和|、}{朋友圈封面|背景图}{也|都}{换成|放}{我们的|同样的}{图|二维码}\n{要求|注意}：{每天|一天}{截图|截个图}{发|报}{给对接人|到群里}，{保持|挂满}{30天|一个月}{不改|别换回来}，{有人|好友}{私聊|问}{就|直接}{转给|推给}{对接人|我们}\n{报酬|佣金}：{每天|一天}{10|20|30}元，{有人扫码|每个扫码}{注册|下载}{另加|再加}{5|10}元，{周结|日结}；{好友|家人}{问起|问}就说{朋友的店|随便换的}，{图上的|二维码}{是啥|谁家的}{别问|不用管}",
            "{宝妈|学生}{躺着|在家}{赚|挣}{零花钱|外快}：{把|将}{你的|本人}{微信|QQ}{头像|朋友圈封面}{换成|改成}{我们给的|指定的}{图片|二维码}{挂|放}{一个月|30天}，{每天|一天}{10|20}元，{有人扫码|每个注册}{再加|另给}{5|10}元。{图上是啥|二维码是谁的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("car-rental-fronter", JobAdScheme.IdentityLending, JobAdAudience.Unemployed,
        [
            "【取车交接单】{订单|单号}：ZC<d><d><d><d>　{租车人|承租人}：{你|本人}（{用你的|拿你本人的}{身份证和驾照|驾驶证}{在|上}{租车APP|租车平台}{下单|实名}，{门店|APP}{刷脸|人脸认证}）　{车型|车}：{SUV|七座商务车|普通轿车}{一辆|1台}，{租期|时间}{<d>天|一个月}\n{交接|之后}：{取车|提车}{后|完}{开到|停到}{指定|约好的}{停车场|路口}，{钥匙|车}{交给|给}{对接人|“司机”}，{你|本人}{不开|别跟车}\n{要求|注意}：{门店|客服}{打电话|回访}就说{自己在开|家里人在用}，{到期|快到期}{续租|在APP上续}，{车|车子}{去哪|拉的什么人}{别问|不用管}\n{报酬|费用}：{租金|押金}{我们出|对接人付}，{每天|一天}{另给|给你}{150|200|300}元，{还车|交回}{后|时}{结清|一次结}",
            "{有驾照的|有驾驶证的}{兄弟|朋友}{看过来|接单}：{用你的|本人}{身份证和驾照|驾驶证}{在|上}{租车APP|租车平台}{租|下单}{一辆车|台车}，{提车|取车}{后|完}{钥匙|车}{交给|给}{我们|对接人}，{租金|押金}{我们出|不用你出}，{每天|一天}{150|200}元。{车拿去干啥|谁开}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("sms-bomber-api-collector", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "【接口测试单】{编号|单号}：JK<d><d><d><d>　{测试员|技术}：{你|本人}（{会抓包|懂一点Python}，{兼职|接私活}）　{对象|范围}：{各种|随便哪个}{网站|小程序|APP}{注册页|登录页}的“{获取验证码|发送短信}”{和|、}“{语音验证|电话回拨}”{接口|按钮}\n{要求|需求}：{抓包|抓}{出|到}{接口地址|请求}，{去掉|绕过}{图形验证|滑块}{和|、}{频率限制|次数限制}，{填|输入}{一个号码|任意手机号}{就能|能}{连发|一直发}{几十条|上百条}{短信|验证码}{或|和}{来电|电话}（{客户|下单的人}{要|想}{让|把}{一个号码|对方手机}{几小时|一整晚}{收不到|看不到}{别的短信|银行短信}）\n{交付|提交}：{接口|请求}{整理成|写成}{脚本|表格}{传到|发到}{我们的|对接人的}{“轰炸”平台|后台}，{失效了|被封了}{就|再}{换新的|补上}\n{报酬|价格}：{能用的|有效}{一个|每个}{接口|口子}{20|50|100}元，{能打电话的|带语音回拨的}{另加|翻倍}；{平台|有人}{问起|查}就说{做测试|学习用}，{拿去|用来}{轰谁的手机|干嘛}{别问|不用管}",
            "{懂抓包|会写脚本}的{同学|兄弟}{接单|赚外快}：{找|收集}{各个|随便哪个}{网站|APP}{注册|登录}{发验证码的|发短信的}{接口|口子}，{去掉|绕过}{滑块|次数限制}，{能|可以}{对一个号码|给一个手机}{连发|一直发}{短信|验证码}{就行|即可}，{一个接口|每个}{20|50}元，{能打电话的|带语音的}{另加|翻倍}。{拿去干啥|轰谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-pump-skimmer-fitter", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
            [
                "PUMP SERVICE LOG — {tonight|Sunday night} — tech: you ({your own|your} car, {3|5|8} gas stations)\nStations: {Shell|Chevron|7-Eleven|Circle K|Speedway} {pumps|fuel dispensers} {far from the store|at the end of the lot} on {our|the} route\nWhat to do: open the {pump door|dispenser panel} with the {key|universal key} we give you, {plug|clip} the {small board|little module} {in line with|onto} the {card reader cable|keypad wire}, close it and {put|stick} the {security tape|seal sticker} we give you {back over it|on top}, {5 minutes|under 10 minutes} a pump\nRules: {after midnight|when the store is empty}, {a hi-vis vest|a cap} on, {if staff ask|if asked} say you're {from pump maintenance|a service tech}; {every two weeks|later} drive {past|by} {with the app open|with your phone's Bluetooth on} to {pick up the data|collect the logs}\nPay: ${100|150} {a pump|per pump}, ${300|500} {bonus|extra} for {a full route|every station}; {don't ask|no need to know} {what the board records|where the data goes}",
                "{Night work|Easy cash}, {no experience|tools provided}: {visit|drive to} {3|5} gas stations after midnight, open {a pump|the dispenser} with our key and {fit|install} a {small part|little board} we give you, {5 minutes|10 minutes} each. ${100|150} a pump, {cash|paid in crypto}. {Don't ask|No need to know} {what it does|what it reads}. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-returns-runner", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
            [
                "RETURNS LOG — {this week|Saturday} — runner: you ({your own|your} ID, {4|6|8} stores)\nItems: {AirPods|Dyson vacuums|Lego sets|power tools|designer sneakers} {we drop off|from our storage unit}, {bought online|ordered} {with cards we don't ask about|by \"clients\"}, {receipts|order emails} {forwarded to you|in your inbox}\nReturn: {take|bring} them to the {Target|Walmart|Best Buy|Home Depot} {returns desk|customer service desk}, show {your own|your} {driver's license|ID} {when they scan it|if asked}, take the refund as {store credit|a gift card|a merchandise card}; {never|don't} {ask for|take} a refund to the card\nAfter: {send photos of|text us} the {gift card numbers and PINs|card backs} {the same day|right away} and {keep|bin} the {receipts|slips}\nPay: {10%|15%} of {each return|every refund}, ${50|100} {bonus|extra} for {a full list|8 stores}; if a store {flags|bans} your ID, {stop|skip it} and {tell us|we'll send another list}; {don't ask|no need to know} who paid for them",
                "{Weekend gig|Student side hustle}: {return|drop off} {items|products} {we give you|we hand over} at {Target|Walmart|Best Buy} {returns desks|customer service} with your own ID, take store credit or a gift card, {text us|send us} the card numbers. Keep {10%|15%} of every return. {Don't ask|No need to know} {who bought them|where they came from}. Telegram @<handle>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("drone-flight-log",
        [
            "【飞行作业单 Flight Log】{日期|架次} Date：{<d>月<d>日|本周}　{飞手|操作员} Pilot：<company>{植保队|测绘队}{小<surname>|<surname>工}（{执照|CAAC执照} <d><d><d><d>）\n{机器|无人机} Drone：{植保机|测绘机}{1架|一架}，{已在|在}{民航局|UOM平台}{实名登记|登记} ✔，{飞行计划|空域申请}{已报备|已批} ✔\n{作业|任务} Task：{<city>|县里}{甘蔗地|茶园|橡胶林}{喷药|航测}{<d>00亩|几百亩}，{只|仅}{白天|日间}{作业|飞行} ✔，{不进|远离}{边境管控区|边境线}{和|、}{禁飞区|机场} ✔\n{挂载|载荷} Payload：{只有|仅}{药箱|相机} ✔，{不替|不帮}{任何人|别人}{带|运}{东西|包裹}\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{夜里|晚上}{往对岸|过江}{飞|送}{包裹|小包}，{拒绝|别接}{并|，}{报告|报警}",
            "【{边境派出所|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{高价|按趟}{雇|招}{会飞无人机的|有航拍经验的}{年轻人|村民}，{夜里|晚上}{关灯|不开航灯}{把|将}{装着|包着}{银行卡、手机卡|手机和电话卡}的{小包|防水袋}{飞到|送到}{对岸|境外}，{供|给}{境外|缅北}{诈骗窝点|电诈团伙}{使用|用}——{帮他们|替人}{运卡|飞包裹}{赚钱|拿报酬}，{可能|或}{构成|触犯}{帮信|犯罪}。{无人机|飞行}{请|须}{实名登记|报备}，{边境地区|边境管控区}{禁止|不得}{夜间|擅自}{飞行|起飞}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("hotel-checkin-record",
        [
            "【入住登记单 Check-in Record】{日期|入住} Date：{<d>月<d>日|本周}　{酒店|门店} Hotel：<company>{快捷酒店|商务酒店}{前台|总台}　{经办|前台} Clerk：{小<surname>|<surname>经理}\n{入住人|客人} Guest：{每位|每个}{入住的人|住店客人}{本人|自己}{到前台|在场}，{出示|刷}{本人|自己的}{身份证|证件} ✔，{刷脸|人脸}{核验|比对} ✔，{一人一证|同住人也要登记} ✔\n{房卡|门卡} Key：{只|仅}{交给|发给}{登记的|入住的}{本人|客人} ✔，{访客|来访人}{超过|过了}{晚上11点|23点}{须|要}{登记|留证件} ✔\n{提醒|备注}：{不替|不为}{没到店的人|不在场的人}{开房|登记}，{有人|如有人}{出钱|给钱}{让你|请你}{用自己的身份证|拿本人证件}{替人|给别人}{开房|订房}，{拒绝|别办}{并|，}{报告|告诉}{前台|店长}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有团伙|有人}{按晚|一间几百元}{雇|找}{学生|年轻人}{用本人|拿自己的}{身份证|证件}{在|去}{快捷酒店|宾馆}{开房|订房}，{再把|然后把}{房卡|门卡}{交给|给}{他们的人|对接人}，{房间|酒店}{被|被人}{拿去|用来}{当|做}{诈骗|打电话的}{窝点|据点}{或|和}{“车手”|取款人员}{落脚|的住处}——{替人|为他人}{开房|登记}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{住店|入住}{须|请}{本人|自己}{登记|到店}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("car-rental-pickup-check",
        [
            "【取车交接单 Vehicle Pickup Sheet】{订单|单号} Order：ZC<d><d><d><d>　{门店|网点} Branch：<company>{租车|汽车租赁}{<city>店|门店}　{经办|店员} Agent：{小<surname>|<surname>经理}\n{承租人|租车人} Renter：{本人|自己}{到店|在场}，{身份证和驾照|驾驶证}{原件|本人} ✔，{刷脸|人脸}{核验|比对} ✔，{驾龄|驾照}{满一年|有效} ✔\n{用车|驾驶} Driver：{只|仅}{承租人|登记的}{本人|驾驶人}{驾驶|开车} ✔，{其他|另外的}{驾驶人|司机}{须|要}{到店|来店}{登记|加驾} ✔，{车|车辆}{有|装}{GPS|定位}，{不得|禁止}{转租|转借}{他人|别人} ✔\n{提醒|备注}：{有人|如有人}{出钱|给钱}{让你|请你}{用自己的驾照|拿本人证件}{租车|提车}{再|后}{把钥匙|把车}{交给|给}{别人|他人}，{拒绝|别办}{并|，}{报告|告诉}{门店|客服}",
            "【{公安|反诈中心}{提醒|提示}】{近期|最近}{有人|有团伙}{按天|每天两三百}{雇|找}{有驾照的|年轻}{人|司机}{用本人|拿自己的}{身份证和驾照|证件}{在|上}{租车APP|租车平台}{租车|提车}，{再把|然后把}{车和钥匙|车}{交给|给}{他们|对接人}，{车|车辆}{被|被人}{拿去|用来}{拉|运送}{“车手”|取款人员}{或|和}{装|放}{GOIP|“猫池”}{到处|四处}{打电话|发短信}——{替人|为他人}{租车|提车}{赚钱|拿好处费}，{可能|或}{构成|触犯}{帮信|犯罪}。{租车|车辆}{请|须}{本人|自己}{驾驶|使用}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-pump-and-returns-logs",
            [
                "PUMP SERVICE LOG — {Station #<d><d><d>|Store <d><d><d>} — {technician|inspector}: {Maria|Tom|Aisha} (company badge <d><d><d><d>)\nPumps: {all|8} {dispensers|pumps} {opened|inspected} {with the manager present|during store hours} ✔; {card reader|keypad} {wiring checked|cables checked} for {extra boards|added devices} ✔, {Bluetooth scan|wireless scan} {done|clear} ✔\nSeals: {security tape|tamper seals} {numbered|serial-numbered} and {logged|recorded}, {replaced|a new seal} {after every opening|each time} ✔; {pump keys|dispenser keys} {kept in the safe|signed out} ✔\nNote: anyone {paid|hired} to open pumps {at night|after hours} {may be fitting skimmers|could be installing card skimmers}; {call|tell} {the manager|the police} {and don't touch it|and keep the pump closed}",
                "RETURNS LOG — {Store #<d><d><d>|customer service desk} — associate: {Maria|Tom|Aisha} (badge <d><d><d><d>)\nReturns: {receipt or order number|proof of purchase} {required|checked} ✔; refunds {go back|are made} to the {original card|original payment} ✔; {ID scanned|customer ID recorded} for returns {without a receipt|over $100} ✔\nLimits: {no more than|at most} {3|5} {returns|no-receipt returns} per person {a month|in 90 days} ✔; {store credit|merchandise cards} only {when the card can't be refunded|for gifts with a gift receipt} ✔\nNote: people {paid|hired} to return {boxes|items} {for strangers|they didn't buy} {and send them the card numbers|for gift cards} may be {laundering stolen-card purchases|part of refund fraud}; {call|tell} {asset protection|a manager}",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("digital-human-presenter", JobAdAudience.Students,
        [
            "【形象采集单】{编号|单号}：SZR<d><d><d><d>　{模特|出镜人}：<company>{签约|合作}{主播|讲解员}{小<surname>|<surname>老师}（{劳务合同|经纪合同} ✔）　{用途|项目}：{本公司|品牌方}{自家|官方}{直播间|产品讲解}的{数字人|AI分身}\n{拍摄|采集}：{在|到}{公司|棚里}{对着|正对}{镜头|摄像机}{念|讲}{产品|课程}{介绍|讲解}{二十分钟|半小时}，{再|加}{转头|点头}{几组|几遍}\n{授权|签字}：{《肖像授权书》|《形象使用授权》}{写明|注明}{只用于|仅限}{本品牌|本公司}{直播|视频}、{期限|授权}{一年|两年}，{画面|视频}{标注|打上}“{AI生成|数字人}” ✔，{不做|不用于}{理财|贷款|投资}{推荐|喊单} ✔\n{报酬|费用}：{拍摄费|授权费}{按合同|每年}{打到|发到}{本人|自己的}{银行卡|工资卡}",
            "<company>{招|招聘}{数字人形象|AI分身}{模特|主播}：{为|给}{本公司|品牌}{自家|官方}{直播间|产品视频}{拍摄|录制}{讲解|口播}{素材|视频}，{签|签订}{肖像授权|劳务合同}，{形象|普通话}{好|标准}{优先|更好}，<hours>，<salary_month>，<contact>。",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("work-profile-setup", JobAdAudience.Parents,
        [
            "【资料设置单】{账号|号}：<company>{门店|社群}{企业微信|工作微信}{工作号|号}（{公司|门店}{开通|名下}，{不是|不用}{员工|个人}{自己的|私人}{微信|号}）　{设置人|店员}：{小<surname>|<surname>店长}\n{头像|设置}：{统一|换成}{门店|品牌}{logo|工牌照}，{昵称|名字}{写|为}“{门店-小<surname>|门店-客服}”，{个性签名|简介}{写|放}{门店|营业}{地址和营业时间|电话和时间}\n{朋友圈|社群}：{只发|仅发}{本店|门店}{自己的|自家}{活动|新品}{和|、}{会员福利|优惠}，{标|写}“{广告|推广}”，{不发|不转}{别人家的|外部}{二维码|链接} ✔\n{交接|离职}：{员工|店员}{离职|走时}{号|工作号}{交回|交还}{门店|公司}，{客户|好友}{转给|交接给}{接班的同事|新店员}",
            "<company>{招|招聘}{社群运营|门店导购}：{用|管理}{公司的|门店}{企业微信|工作号}{维护|服务}{会员|顾客}，{头像|资料}{用|按}{门店|品牌}{统一的|规定的}，{在|往}{朋友圈|社群}{发|推送}{本店|门店}{新品|活动}{和|、}{会员福利|优惠券}，{熟悉|会用}{企业微信|社群工具}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("sms-api-security-tester", JobAdAudience.Students,
        [
            "【接口测试单】{编号|单号}：JK<d><d><d><d>　{测试员|工程师}：<company>{安全部|测试组}{小<surname>|<surname>工}　{对象|范围}：{本公司|自家}{APP|小程序}{注册页|登录页}的“{获取验证码|发送短信}”{和|、}“{语音验证|电话回拨}”{接口|功能}（{授权书|测试授权} ✔）\n{要求|需求}：{检查|测试}{同一号码|同一IP}{一分钟|一小时}{能发|最多发}{几条|多少条}，{有没有|是否有}{图形验证|滑块}{和|、}{频率限制|次数限制}，{只用|仅用}{公司的|测试}{号码|手机} ✔\n{结果|处理}：{发现|有}{能连发的|没限频的}{漏洞|问题}{就|立刻}{提|报}{工单|给开发}{修复|修}，{不外传|不对外}{接口地址|漏洞} ✔\n{完成|交付}：{测试报告|复测结果}{交给|提交}{安全负责人|项目经理}，{签字|确认}",
            "<company>{招|招聘}{安全测试工程师|接口测试工程师}：{负责|主要负责}{公司|自家}{APP|网站}{登录注册|短信验证码}{接口|功能}的{安全测试|防刷测试}，{检查|核对}{频率限制|图形验证}{和|、}{防短信轰炸|防刷}{策略|机制}，{熟悉|会用}{抓包工具|Python}{优先|更好}，<hours>，<salary_month>，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
