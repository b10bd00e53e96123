namespace Breakcard.Screening.Lexicon;

/// <summary>
/// What a lexicon term means for screening. A term can carry several concepts (收卡 is both a
/// buying verb and a card). Flags, so a term's meaning is one machine word and rules test it with
/// one AND.
/// </summary>
[Flags]
public enum Concept : ulong
{
    /// <summary>No screening meaning.</summary>
    None = 0,

    /// <summary>A bank card, debit/credit card or bank account (银行卡, 一类卡, 银行账户, bank card).</summary>
    BankCard = 1UL << 0,

    /// <summary>The bare word "card" (卡): a card only when a trade verb stands right next to it.</summary>
    CardGeneric = 1UL << 1,

    /// <summary>A "set" sold as a kit: 四件套, 三件套 (card, online-banking key, phone card, ID copy) — also bedding and suits, so rules want a buyer or a financial context.</summary>
    CardKit = 1UL << 2,

    /// <summary>A phone, data or IoT card (手机卡, 电话卡, 流量卡, 物联网卡, SIM card).</summary>
    PhoneCard = 1UL << 3,

    /// <summary>A corporate account or what opens one (对公账户, 公户, 营业执照, corporate account).</summary>
    CorporateAccount = 1UL << 4,

    /// <summary>A non-bank payment or social account that can receive money (微信, 支付宝, 收款码, Alipay).</summary>
    PaymentAccount = 1UL << 5,

    /// <summary>An internet account in general (账号, 账户).</summary>
    InternetAccount = 1UL << 6,

    /// <summary>Identity documents and checks (身份证照片, 手持身份证, 人脸识别, 实名认证).</summary>
    IdentityDocument = 1UL << 7,

    /// <summary>SMS verification codes (验证码, 短信码, verification code).</summary>
    SmsCode = 1UL << 8,

    /// <summary>Renting out or lending (出租, 出借, 租, 借, rent, lend).</summary>
    RentOut = 1UL << 9,

    /// <summary>Selling (卖, 出售, 变现, 转让, sell).</summary>
    Sell = 1UL << 10,

    /// <summary>Collecting or buying up cards from people (收, 收购, 回收, 求购, we buy).</summary>
    Buy = 1UL << 11,

    /// <summary>Handing over or mailing (提供, 交给, 邮寄, hand over): weaker than renting or selling.</summary>
    HandOver = 1UL << 12,

    /// <summary>Receiving or collecting money (收款, 收钱, 转账, collect payments).</summary>
    CollectMoney = 1UL << 13,

    /// <summary>Payment-settlement slang with no ordinary meaning (跑分, 代收代付, 走账, 码商, 洗钱).</summary>
    Settlement = 1UL << 14,

    /// <summary>Order brushing (刷单, 刷信誉, 刷好评, order brushing).</summary>
    Brushing = 1UL << 15,

    /// <summary>Card-trade slang: the trade and its dealers (卡农, 卡商, 卡头, 收卡, 出卡).</summary>
    CardTradeSlang = 1UL << 16,

    /// <summary>Opening or registering (开户, 开卡, 办卡, 注册, 开通, open an account).</summary>
    Open = 1UL << 17,

    /// <summary>Being a nominee (挂名, 法人, 代持): lending one's name.</summary>
    Nominee = 1UL << 18,

    /// <summary>Receiving or forwarding codes for others (接码, 收码, 转发验证码).</summary>
    CodeReception = 1UL << 19,

    /// <summary>Sending or showing identity (发, 拍, 上传, 刷脸, 配合, send, upload).</summary>
    SendIdentity = 1UL << 20,

    /// <summary>Daily pay (日结, 当天结, 日薪, daily pay).</summary>
    DailyPay = 1UL << 21,

    /// <summary>Easy-money lure (躺赚, 轻松日入, 动动手指, 零成本, easy money).</summary>
    EasyMoney = 1UL << 22,

    /// <summary>Vulnerable target groups (学生, 宝妈, 无业, students).</summary>
    TargetGroup = 1UL << 23,

    /// <summary>Assurances of safety or legality (无风险, 不违法, 不冻卡, 不问用途).</summary>
    Reassurance = 1UL << 24,

    /// <summary>Encrypted or off-platform messengers favoured for evasion (纸飞机, Telegram, 蝙蝠).</summary>
    EncryptedContact = 1UL << 25,

    /// <summary>A possessive or self marker (你的, 本人, 自己的, 名下, your).</summary>
    Possessive = 1UL << 26,

    /// <summary>Acting for someone else (代, 帮, 替, 帮忙, on behalf of).</summary>
    OnBehalf = 1UL << 27,

    /// <summary>A cue that negates what follows it in the clause: prohibition (切勿, 不要, never), counter-fraud work (监测, 打击), narration of criminals (不法分子, 诱导).</summary>
    WarningCue = 1UL << 28,

    /// <summary>A warning topic (帮信罪, 反诈, 刑事责任, 96110, fraud): text about the crime, not an offer.</summary>
    WarningTopic = 1UL << 29,

    /// <summary>A unit of trade for a price (一张, 每套, 一户, per card).</summary>
    TradeUnit = 1UL << 30,

    /// <summary>Salary-payment context (工资卡, 发工资, 工资发放, payroll): the legitimate reason an employer names a card.</summary>
    Payroll = 1UL << 31,

    /// <summary>A decoy: a word that contains a risky word but means something else (出租车, 打卡, 收银, 刷墙).</summary>
    Decoy = 1UL << 32,

    /// <summary>Idle or spare (闲置, 不用的, 空卡, 旧卡): cards or accounts the owner does not use.</summary>
    Idle = 1UL << 33,

    /// <summary>Money flows (流水, 资金, 款, 转出, 转给): what moves through an account.</summary>
    MoneyFlow = 1UL << 34,

    /// <summary>An online-banking key or channel sold with a card (U盾, 网银, K宝, online banking).</summary>
    BankingKey = 1UL << 35,

    /// <summary>Settlement words that also have ordinary meanings (代收, 代付, 过账, 承兑): evidence only next to cards, accounts or pay lures.</summary>
    SettlementAmbiguous = 1UL << 36,

    /// <summary>Brushing words that also have ordinary meanings (垫付, 返利, 返佣, 补单, 做单): evidence only together or with a lure.</summary>
    BrushingAmbiguous = 1UL << 37,

    /// <summary>Marks of a formal job (入职, 社保, 五险一金, 劳动合同, 面试): the context in which an employer may ask for a card number or an ID.</summary>
    FormalEmployment = 1UL << 38,

    /// <summary>Buying in general (买, 购买, buy): a trade verb before a card, but "用信用卡购买" is paying, so not after one.</summary>
    Purchase = 1UL << 39,

    /// <summary>A verdict that negates what comes before it in the sentence (一律拒绝, 都是骗局, 是违法行为, is illegal).</summary>
    WarningVerdict = 1UL << 40,

    /// <summary>"All you need is" (只需, 只要, 仅需): a job whose only requirement is a card or an ID.</summary>
    OnlyNeed = 1UL << 41,

    /// <summary>Where collected money must go (指定账户, 上级账户): the mark of forwarding for others.</summary>
    ForwardTarget = 1UL << 42,

    /// <summary>Several cards (多张, 两张以上): a requirement only card collectors have.</summary>
    MultipleCards = 1UL << 43,

    /// <summary>Making or relaying calls for someone (按话术, 外呼, 转接电话): communication transmission help.</summary>
    CallRelay = 1UL << 44,

    /// <summary>Withdrawing cash (取现, 取出来): handed to an upline, the cash-out runner's part of settlement.</summary>
    CashWithdrawal = 1UL << 45,

    /// <summary>Someone else keeping a card (统一保管, 交财务, 由公司管理): an honest employer never keeps a card or its password.</summary>
    Custody = 1UL << 46,

    /// <summary>
    /// An employer that is itself a licensed bank or payment institution (工商银行, 农商银行, 支付机构):
    /// hiring its own staff, it may name 代收代付 and corporate accounts as the job's duties.
    /// </summary>
    LicensedEmployer = 1UL << 47,

    /// <summary>
    /// Giving someone else the use or control of one's instrument (绑定到指定的, 推送到, 归我们用, 由我们操作,
    /// 免密支付, give us access): with the holder's own card, wallet, account or phone, it is lending it.
    /// </summary>
    ControlHandover = 1UL << 48,

    /// <summary>Remote control of the holder's phone or computer (远程控制, 屏幕共享, 远程操作, screen sharing).</summary>
    RemoteControl = 1UL << 49,

    /// <summary>Hiding the job from parents or the bank (别告诉爸妈, 删聊天记录, keep it between us): no honest job asks it.</summary>
    Secrecy = 1UL << 50,

    /// <summary>Carrying one's cards somewhere (带上, 随身带, 携带, bring your card): cards used where the recruiter wants them.</summary>
    CarryAlong = 1UL << 51,

    /// <summary>Minors invited (不要求满18, 未成年也可, 初中生, no need to be 18).</summary>
    Underage = 1UL << 52,

    /// <summary>
    /// Money arriving in the holder's own account from the recruiter's side (打进你的, 派款到你, 先打给你,
    /// we deposit into your): the first half of passing money through.
    /// </summary>
    Inflow = 1UL << 53,

    /// <summary>
    /// Money passed on as told (转给下一位, 原路转出, 回U, 进多少转多少, forward them, feed it into a crypto ATM):
    /// the second half of passing money through.
    /// </summary>
    Outflow = 1UL << 54,

    /// <summary>
    /// A speaker whose role is to protect or pay its own people (学生资助中心, 派出所, 社区, 团委, 志愿者协会,
    /// compliance, KYC): with no offer, the risky words it names are what it guards against.
    /// </summary>
    Institution = 1UL << 55,

    /// <summary>Wages or grants paid into the holder's own account (发放到本人, 结到你的, 助学金, paid into your own): the card is named to pay its holder.</summary>
    OwnPay = 1UL << 56,

    /// <summary>
    /// A check the holder does in person for their own account (本人操作, 自己做, 本人完成, 亲自操作):
    /// onboarding on a job platform, not a verification done for someone else (ADR 205).
    /// </summary>
    SelfOperated = 1UL << 57,

    /// <summary>
    /// A party of a written agreement (甲方, 乙方, Party A): a contract that names who owes what — an
    /// identified employer speaking, honest-context evidence (ADR 233), never a reason by itself.
    /// </summary>
    ContractParty = 1UL << 58,

    /// <summary>
    /// A person the worker serves or helps (老人, 客户, 顾客, 居民): 帮老人操作 is help with that person's
    /// own phone or account, not money moved for others through the worker's (ADR 233).
    /// </summary>
    ServedPerson = 1UL << 59,

    /// <summary>
    /// Money turned into goods that carry value on (买金条, 购金, 足金手镯, buy gift cards, gold bars) or cash put
    /// into an account by a machine (无卡存款, 分几次存入): converting or depositing others' money (ADR 233).
    /// </summary>
    Conversion = 1UL << 60,

    /// <summary>
    /// What is left of money after a cut is kept (其余, 剩下的, 余下的, the rest): sent on, it is the settlement
    /// structure "keep a commission, pass the rest" whatever the story (ADR 244).
    /// </summary>
    Remainder = 1UL << 61,

    /// <summary>
    /// Equipment, servers or back ends a worker runs, carries or hosts (多卡网关, 伪基站, 设备, 箱子, 服务器, 后台, gateway):
    /// the means of the technical support Art. 287-2 names. Terms that also carry <see cref="CallRelay"/> relay calls or
    /// texts by themselves; the bare words are evidence only with a cover story or a "don't ask what it is" (ADR 260).
    /// </summary>
    Equipment = 1UL << 62,

    /// <summary>
    /// Drawing people into groups or spreading links, codes and posters (引流, 拉人进群, 扫码进群, 群二维码, 推广链接): the
    /// promotion Art. 287-2 names when done for others whose business is hidden (ADR 260).
    /// </summary>
    Promotion = 1UL << 63,
}
