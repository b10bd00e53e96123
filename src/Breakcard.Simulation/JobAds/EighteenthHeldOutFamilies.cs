namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The eighteenth held-out families (round 18), the development set in round 19 (ADR 366) and training families since round 20 (ADR 386); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 17's families became the development set and before any change prompted by them (ADR 349).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — selling recordings of one's own voice reading the lines a buyer
/// sets (我是本人, 同意转账, the digits of a code) for voice cloning and voice checks (technical
/// support; helping pass identity checks), renting out one's WeChat official account and its
/// followers to push "investment class" posts and a group QR code (internet accounts; advertising),
/// writing the bot of an "investment" group that welcomes, pushes profit screenshots, kicks out
/// whoever writes 骗子 or 报警 and sends the "unfreezing fee" link to whoever asks about withdrawals
/// (technical support), typing the payment-code numbers a chat group sends into one's own shop's
/// till, with no customer present, and passing the money on (payment settlement), answering banks'
/// verification calls on the phone numbers of other people's rented cards as if one were the holder
/// (other help to card renting), selling the ad slots of one's own mini-program to loan and gambling
/// advertisers outside the platform's ad network (advertising), an English student's university
/// mailbox lent so that "scholarship" and "job offer" e-mails go out from it (internet accounts), and
/// an English student's laptop left on in the dorm with remote access for an "overseas team"
/// (internet access; hosting) — and honest texts on the same acts in the same forms: a speech-data
/// company's reading list that forbids codes and card numbers, a company's own official-account
/// schedule and its mini-program's integration notes, a shop's customer-group bot that passes
/// complaints to a person and deletes none, a shop's instructions to scan only the code on the
/// customer's own phone, a bank's own callback record, an executive assistant's delegated mailbox,
/// an IT team's uptime report of the company's laptops. They are written as reading lists
/// (朗读清单), publishing schedules (排期表), bot command lists (机器人指令表), instructions for use
/// (使用说明), callback records (回访记录), integration notes (接入文档), delegate-access records and
/// uptime reports, forms earlier families did not use; risky and honest texts share every one of
/// them, and the honest texts name cards, accounts, SIMs, IDs, codes, payments, transfers and
/// collections in the same words as the risky ones, so neither the form nor the vocabulary gives the
/// label away. Their one held-out run is recorded in docs/screening.md;
/// in round 19 they were tuned on, never trained on; since round 20 they are trained on.
/// </summary>
internal static class EighteenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("voice-sample-seller", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【朗读清单】{第<d>批|编号V<d><d><d>}　{录音人|读的人}：{你本人|本人}（{用你自己的声音|不能找人代读}）\n1. “{喂，我是<surname>某本人|你好，我就是机主本人}。”\n2. “{这笔转账是我自己转的|我同意这笔转账}，{不用再核实了|没问题}。”\n3. “{验证码是|我的验证码}：<d><d><d><d><d><d>。”（{0到9每个数字|每个数字}{各读三遍|慢慢读一遍}）\n4. “{妈，我手机坏了，先用这个号|爸，我换号了}，{急用钱|有急事}。”\n{要求|注意}：{安静房间|不要有杂音}，{手机直接录|原声不加工}，{一句一个文件|每句单独存}；{录完|交完}{把文件|全部}{发给我们|传到网盘}，{一套|每套}{300|500}元，{用途|拿去干什么}{不用问|别问}。",
            "{招|收}{声音素材|录音兼职}：{只要|用}{你自己的声音|本人原声}{照着读|读}{几十句|五十句}{话|短句}，{包括|有}“{我是本人|同意转账}”{和|、}{一串数字|验证码}，{半小时|一晚上}{就能|可以}{录完|搞定}，{一套|每套}{300|500}元{秒结|日结}，{<target>|学生}{优先|也行}。{声音|录音}{给谁用|拿去干嘛}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("official-account-renter", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【{公众号|视频号}排期表】{账号|号}：{你名下的|你本人认证的}“{<city>吃喝玩乐|宝妈日常|<city>生活圈}”（{粉丝|关注}{2万|5万|8千}）\n{周一|周三} 20:00　{推文|头条}：“{跟着老师学理财|稳赚的理财课}”，{文末放|底部挂}{我们的|老师的}{群二维码|微信}\n{周四|周五} 12:00　{推文|次条}：“{学员晒收益|已经有人赚了}”（{截图|图片}{我们提供|我们发你}）\n{周日|周六}　{朋友圈|视频号}{转发|同步}\n{费用|报酬}：{一条|每条}{800|1500}元，{后台|管理员}{加我们的人|交给我们}；{粉丝问|有人问}{别回|不用回}，{举报了|被投诉}{就说|你说}{号被盗了|不知道}",
            "{有|收}{公众号|视频号}的{看过来|朋友注意}：{你的号|号}{闲着|没更新}{也能赚钱|别浪费}，{粉丝|关注}{5000以上|过万}{就行|的}，{把后台|管理员}{加上我们的人|给我们}，{我们|老师}{每周|一周}{发几条|推两三条}“{理财课|学投资}”{推文|文章}，{一条|每条}{800|1500}元，{号|账号}{还是你的|不用过户}。{推的是什么|内容}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("group-bot-developer", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【机器人指令表】{群|客户群}：“{财富|牛股|稳赢}{交流群|学习群}<d>群”（{300|500}人）\n/欢迎　新人进群{自动|就}发“{老师|助教}今日{金股|带单}，{先|请}加{助理|客服}{领取|领}”\n/定时　{每天|每日}{9:30|14:00}{自动|定时}推送“{收益截图|学员晒单}”（{图|截图}{我们给|我们提供}）\n/踢人　{有人|谁}说“{骗子|骗局|报警|提不了现}”{立刻|自动}{踢出|移出}并{撤回|删掉}{消息|那条}\n/私聊　{问提现的|说要退钱的}{自动|马上}{私发|推}“{解冻|通道}费”{链接|二维码}\n{报酬|开发费}：{一套|每个群}{3000|5000}元，{每月|按月}{维护|续费}{800|1000}；{群是干什么的|群里卖什么}{不用管|别问}",
            "{会写|懂}{群机器人|微信机器人|QQ机器人}的{程序员|技术}{接单|看过来}：{给|帮}{我们的|几个}{“投资群”|理财群}{写|做}{一套|自动}{欢迎、定时推送、关键词踢人|拉人、踢人、私发}，{有人|谁}{说“骗子”|说报警}{就|自动}{踢|移出}，{问提现|要退款}的{自动私发|推}{链接|二维码}，{一套|每套}{3000|5000}元，{长期|后续}{维护|合作}。{群里做什么|用途}{不用问|别打听}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("payment-code-scanner", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【扫码收款使用说明】{你的店|店里}：{便利店|水果店|烟酒店}（{你名下的|你本人的}{收款机|扫码枪}、{商户号|收款账户}）\n{第一步|1.}：{群里|对接人}{发来|发你}{一串|18位}{付款码数字|付款码}（{28|13}<d><d><d><d>…，{不是店里的客人|客人不在店里}）\n{第二步|2.}：{一分钟内|马上}{在收款机里|用收款机}{手动输入|输进去}，{收|扣}{2000|3000|5000}元，{别问|不用管}{付款的是谁|是谁的码}\n{第三步|3.}：{到账后|钱到了}{转到|打到}{指定的卡|对接人给的账户}，{每笔|一笔}{留|扣}{3%|5%}\n{注意|备注}：{对方|有人}{投诉|申请退款}{别理|不回}，{银行|支付平台}{问起|打电话}就说{客人买了烟酒|店里正常生意}",
            "{开店的|有收款机的}{老板|店主}{兼职|副业}：{不用|没有}{客人到店|顾客}，{我们|群里}{发给你|发你}{别人的|一串}{付款码|付款码数字}，你{用收款机|在扫码枪上}{输入|手输}{扣款|收款}，{钱到你账户后|到账后}{转给我们|转到指定卡}，{每笔|一笔}{提|拿}{3%|5%}，{一天|每天}{几十笔|几万流水}。{码是谁的|付款人是谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("bank-callback-answerer", JobAdScheme.CardRenting, JobAdAudience.Unemployed,
        [
            "【回访记录】{日期|时间}：{今天|当天} {10|14|16}:{0|1|2|3|4|5}<d>\n{卡号|银行卡}：<bank>银行 尾号<d><d><d><d>（{卡主|持卡人}：<surname>某，{不是你|你不认识}）\n{来电|打来的}：{银行风控|银行客服}，{问|核实}“{这笔|昨晚的}{转账|入账}{是不是本人操作|是您本人吗}”\n{你的回答|话术}：“{是我本人|是我自己转的}，{做生意的货款|朋友还的钱}，{不用冻结|没问题}。”\n{结果|状态}：{已通过|解除限制} ✔\n{手机|电话}：{卡主的手机卡|绑卡的那张号}{插在你手机里|在你这}；{每接一通|一通}{50|80}元，{一天|每天}{十几通|二三十通}；{银行问生日|问身份证}{看我们给的资料|照资料念}",
            "{招|急招}{接电话的|“接线员”}，{在家|宿舍}{就能做|也能做}：{我们|公司}{给你|寄你}{几张|一盒}{手机卡|电话卡}{插上|装上}，{银行|客服}{打来|来电}{核实|回访}{转账|流水}时，你{就说|说}“{是我本人|是我自己操作的}”，{一通|每通}{50|80}元。{卡主是谁|是谁的卡}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("miniapp-adslot-seller", JobAdScheme.OrderBrushing, JobAdAudience.General,
        [
            "【广告位接入文档】{小程序|APP}：{你自己的|你名下开发的}“{<city>天气|记账小助手|壁纸大全}”（{日活|每天}{3000|1万}{人|用户}）\n{位置|广告位}：{首页弹窗|开屏}+{底部横幅|banner}\n{接入|代码}：{用我们的|填我们给的}{链接|落地页}，{不走|不经过}{平台的|微信的}{广告网络|流量主}，{审核时|提交审核时}{先关掉|隐藏}，{过审后|上线后}{再打开|后台开启}\n{内容|投放}：{秒批贷款|网贷}、{“彩票计划”|体育“预测”}、{理财群|荐股群}\n{结算|收益}：{按下载|每个注册}{5|8|10}元，{周结|日结}，{打到你卡上|转你支付宝}；{用户举报|被投诉}{就换个名字|改个图标}",
            "{有小程序|做APP}的{开发者|个人开发者}{看一下|注意}：{收|买}{你的|个人}{小程序|APP}{弹窗|开屏}{广告位|位置}，{不用|不走}{流量主|平台广告}，{直接|自己}{挂我们的|接我们的}{贷款|彩票|理财}{链接|落地页}，{按注册|按下载}{结算|给钱}，{一个|每个}{5|8|10}元，{日活|用户}{几千|上千}{就能做|就行}。{审核|平台}{怎么过|怎么躲}{我们教|我们有办法}。<contact_risky>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Risky("english-mailbox-lender", JobAdScheme.IdentityLending, JobAdAudience.Students,
            [
                "DELEGATE ACCESS — {university mailbox|student email} {you@uni.edu.cn|your .edu address}\nGranted to: {our \"admissions team\"|the agency}, {full access|send as you}\nStep 1: {turn off|disable} {login alerts|sign-in notifications} and {give us|share} the app password\nStep 2: we send {\"scholarship offer\"|\"paid internship\"|\"visa fee refund\"} e-mails {from your address|in your name} to {students|lists we bought}, {200|500} a day\nStep 3: {delete|clear} the bounces and replies {every night|daily}; {if IT asks|if the school asks}, say {you sent them|it's a study group}\nPay: {RMB 400|RMB 600} a week {to your WeChat|by Alipay}; {don't ask|no need to know} what the links {are|do}",
                "{Easy money|Side gig} for {international students|uni students}: {rent out|lend us} your university {email|mailbox} login. We send {\"scholarship\"|\"job offer\"} e-mails from it, you {keep studying|do nothing}. {RMB 400|RMB 600} a week, {paid weekly|cash on WeChat}. {No questions|Don't ask} about the content. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Risky("english-remote-laptop-host", JobAdScheme.IdentityLending, JobAdAudience.Students,
            [
                "UPTIME REPORT — {Week|Wk} {1|2|3} — host: {you|your dorm room} ({campus Wi-Fi|your own broadband})\nDevice: {your own laptop|the laptop we mailed you}, {AnyDesk|remote desktop} {always on|running 24/7}, {lid open|never sleeps}\nUptime: {98%|99.5%} ✔　Logins by {\"overseas team\"|our team}: {41|63} ✔　{Bank|Payment} sites opened from your IP ✔\nYour tasks: {keep it charged|keep it plugged in}, {click \"accept\" when it rings|approve any pop-up}, {don't look at the screen|don't touch the mouse}\nIf {the school|IT} asks: {it's a crypto miner|it's for gaming}\nPay: {RMB 500|RMB 800} a week, {bonus|extra} for 100% uptime",
                "{Keep your laptop on|Leave your PC running}, {earn|get paid} {RMB 500|RMB 800} a week! Our {overseas team|team abroad} needs a {China IP|local connection}: install {AnyDesk|our remote app}, {stay logged in|leave it online}, {that's it|and forget it}. {Students|Dorm residents} welcome. {Don't worry about|No need to see} what they do. <contact_risky>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("speech-data-reading-list",
        [
            "【朗读清单】{项目|批次}：{普通话语音识别数据|车载语音助手数据} 第<d>批　{录音人|参与者}：{你本人|本人}（{已签|签署}《{数据采集知情同意书|录音授权协议}》）\n1. “{明天上午九点提醒我开会|导航到最近的加油站}。”\n2. “{把空调调到二十六度|打开车窗}。”\n3. “{今天|这周}{成都|重庆}{会下雨吗|天气怎么样}？”\n4. “{播放一首轻音乐|给妈妈打电话}。”\n{注意|说明}：{清单里|句子中}{没有也不会有|不含}{身份证号、银行卡号、验证码|证件号、卡号、密码}，{也不录|不读}“{同意转账|我是本人}”{这类|之类的}话；{录音|数据}{去掉姓名|匿名}{后|以后}{只用于|只拿来}{训练|测试}{语音识别|识别模型}；{报酬|酬劳}{120|200}元{转到|打到}{你本人的|本人}{银行卡|支付宝}\nNotes (English): your recordings are anonymised and used only to train speech recognition; we never ask you to read ID numbers, card numbers or verification codes.",
            "{招募|招}{录音员|语音数据采集员}（{兼职|按批次}）：{在|到}{公司录音棚|指定录音室}{朗读|读}{我们给的|清单上的}{日常句子|指令短句}，{一批|每批}{两小时|一个半小时}，{签|先签}{知情同意书|授权协议}，{身份证|学生证}{核对|登记}{后|就}{开始|能录}，{报酬|酬劳}{120|200}元{当天|录完}{转到|打到}{本人银行卡|本人账户}。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("shop-group-bot",
        [
            "【机器人指令表】{群|客户群}：“{鲜丰|惠家|优选}{超市|生活馆}{会员|售后}{福利群|服务群}”（{300|500}人）\n/欢迎　新人进群{自动|就}发“{本群|群里}{只发|只做}{门店活动|新品通知}，{工作人员|客服}{不会|绝不}{私聊|私下}{要|索要}{验证码、银行卡号|卡号和验证码}”\n/定时　{每周五|每天}{10:00|18:00}推送{新品|优惠}{通知|海报}\n/关键词　{有人|谁}说“{退款|投诉|有问题}”{自动|就}回复“{已转人工|售后马上联系你}”，{消息|原话}{保留|不删}，{退款|退货}{原路退回|退到原付款账户}\n/踢人　{只|仅}{踢|移出}{发广告的|冒充客服的}{号|人}，{并|同时}{提醒|公告}{大家|群友}{别转账|别信}\n{负责人|运营}：<surname>{同学|主管}",
            "{鲜丰|惠家|优选}{超市|生活馆}（<city>{连锁|}）{招|招聘}{社群运营|私域运营}：{管理|维护}{公司|门店}{会员群|客户群}，{配置|设置}{群机器人|自动回复}（{欢迎语|新人提醒}、{活动通知|定时推送}、{关键词|常见问题}{回复|答复}），{把|将}{投诉|退款}{转给|交给}{售后|客服}{处理|跟进}，{不删|不撤回}{顾客|客户}{差评|意见}，{月薪|薪资}{5000|6000}{起|元}，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("bank-callback-record",
        [
            "【回访记录】{日期|时间}：{今天|当天} {10|14|16}:{0|1|2|3|4|5}<d>\n{卡号|银行卡}：<bank>银行 尾号<d><d><d><d>（{持卡人|客户}：<surname>某）\n{去电|拨打}：{预留手机号|客户本人登记的号码}，{问|核实}“{昨晚的|这笔}{转账|入账}{是否本人操作|是您本人转的吗}”\n{客户回答|回答}：“{不是我|没印象}，{有人说是公安|对方让我转到安全账户}。”\n{处理|结果}：{已暂停非柜面业务|已止付} ✔，{请客户|提醒客户}{本人|带身份证}{到网点|来柜台}{核实|处理}，{已提示|并告知}{拨打96110|报警}\n{说明|规定}：{只打|只拨}{客户本人预留的号码|本人号码}；{接电话的|接听人}{不是本人|说不清}{就|则}{不解除|不解限}{限制|管控}",
            "<bank>银行{招聘|社招}{电话回访专员|风险核查专员}：{给|向}{本行|银行}{客户|持卡人}{预留的号码|本人号码}{打|拨打}{回访电话|核实电话}，{核实|确认}{大额转账|异常交易}{是否本人操作|是不是本人}，{提醒|劝阻}{可能被骗的|疑似受骗}{客户|人}，{按规定|依规}{止付|限制}{可疑账户|账户}，{做五休二|排班制}，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("english-mailbox-delegate",
            [
                "DELEGATE ACCESS — {Prof. Chen's|the Dean's} mailbox ({chen@uni.edu.cn|dean.office@uni.edu.cn})\nGranted to: {Lily Zhou|Tom Wu}, {executive assistant|department secretary}, {send on behalf|read and draft}\nApproved by: {IT service desk|the faculty office}, ticket {#4|#7}<d><d><d>; {reviewed every term|expires at term end}\nRules: mail is {signed \"on behalf of\"|marked \"sent by assistant\"}; no {bulk mail|mass mailing} from this account; we never ask students for bank card details, {fees|deposits} or verification codes by e-mail\nLog: {12|18} {replies|meeting invites} sent this week ✔",
                "{Executive assistant|Faculty office assistant} ({full-time|part-time}) at {our university|the School of Engineering}: manage {the Dean's|a professor's} calendar and mailbox with delegate access, draft replies, book {meetings|travel}, process {expense claims|reimbursements} to staff's own bank accounts. {RMB 7,000|RMB 9,000} a month. Apply: <email>",
            ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("checkout-counter", JobAdAudience.General,
        [
            "【扫码收款使用说明】{店里|本店}：{便利店|水果店|烟酒店}{收银台|前台}（{公司的|本店的}{收款机|扫码枪}、{商户号|收款账户}）\n{第一步|1.}：{请|让}{顾客|客人}{打开|亮出}{自己手机上的|本人手机上的}{付款码|支付码}\n{第二步|2.}：{用扫码枪|扫码枪}{对准|扫}{手机屏幕|付款码}，{金额|价格}{和|跟}{小票|商品}{一致|对上}{再|才}{确认|收款}\n{第三步|3.}：{到账|收款成功}{后|以后}{打小票|出小票}\n{注意|备注}：{只扫|只收}{在店里|当面}{顾客本人|本人}{手机上|出示}的码，{不手输|不输入}{别人|任何人}{发来的|截图的}{付款码数字|付款码}；{退款|退货}{原路退回|退到原付款方式}；{货款|营业款}{每天|每晚}{存入|结算到}{公司账户|店里账户}",
            "{便利店|连锁超市}{招|诚聘}{收银员|店员}：{收银|扫码收款}、{理货|上架}、{交接班|对账}，{会|能}{用扫码枪|操作收银机}{优先|即可}，<hours>，{月薪|薪资}{3800|4200}{元|起}，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("brand-account-editor", JobAdAudience.General,
        [
            "【{公众号|视频号}排期表】{账号|号}：“{<city>吃喝玩乐|宝妈日常|<city>生活圈}”\n{周一|周三} 20:00　{推文|头条}：“{本周新店探访|周末亲子去哪儿}”\n{周四|周五} 12:00　{推文|次条}：“{粉丝福利|评论区抽奖}”（{奖品|礼品卡}{由|从}{合作商家|品牌方}{直接寄|寄出}）\n{周日|周六}　{朋友圈|视频号}{转发|同步}\n{广告|合作}：{一条|每条}{标“广告”|标明“广告”}，{不接|拒接}{贷款、理财、荐股|网贷和投资}{推广|广告}；{后台|管理员}{只有|仅}{编辑部|我们两个编辑}；{粉丝留言|有人问}{当天回|24小时内回复}",
            "【{广告位接入文档|流量主接入说明}】{小程序|APP}：“{<city>天气|记账小助手|壁纸大全}”\n{位置|广告位}：{首页|列表页}{底部横幅|banner}，{不做|不开}{弹窗|开屏}\n{接入|代码}：{只用|只接}{平台的|微信}{流量主|广告组件}，{广告|内容}{由平台|平台统一}{审核|投放}，{后台|设置里}{屏蔽|关闭}“{金融借贷|网贷}”“{彩票|博彩}”{类目|行业}\n{结算|收益}：{平台|微信}{按月|每月}{结算|打款}{到|给}{公司对公账户|本公司账户}，{开发票|对账}\n{负责人|运营}：<surname>{同学|老师}",
        ], reserve: JobAdSplit.Training),

        AdFamily.Legitimate("it-remote-support", JobAdAudience.General,
        [
            "UPTIME REPORT 运维周报 — {Week {1|2|3}|第{1|2|3}周} — <company>\nDevices 设备: {42|60} company laptops 公司笔记本 + {3|5} servers 服务器 in our own machine room 本公司机房\nUptime 在线率: {99.2%|99.8%} ✔　Remote sessions 远程协助: {14|21}, {each started by the user|用户本人发起}, {user present|本人在场} ✔\nRules 规定: remote support only with the company's licensed tool 公司授权的远程工具; we never log into staff's personal bank or payment accounts 不登录员工个人网银、支付账户; no remote access for anyone outside the company 不给外部人员远程权限\nNext 下周: {patch|更新} {Windows|the VPN client} on {all|20} laptops",
            "{招|招聘}{IT运维助理|桌面运维}：{负责|做}{公司|办公室}{笔记本|电脑}{和|、}{网络|打印机}{日常维护|维修}，{用|通过}{远程协助|远程工具}{帮同事|给同事}{装软件|解决问题}，{每周|周五}{写|出}{在线率|运维}{周报|报告}，{会|懂}{装系统|Windows}{和|、}{基础网络|路由交换}，{月薪|薪资}{5000|6500}{元|起}，<benefits>。<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
