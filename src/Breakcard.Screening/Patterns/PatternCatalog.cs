using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Lexicon.Concept;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// The explicit patterns. Each names the conduct it finds and the provisions that conduct falls
/// under. Written from the conduct listed in Anti-Fraud Law Art. 31 and 法发〔2021〕22号 Art. 7 and
/// the lures in the source documents, before the held-out corpus families were written.
/// </summary>
public static partial class PatternCatalog
{
    private const Concept TradeVerb = RentOut | Sell | Buy;
    private const Concept TradeVerbAfter = RentOut | Sell | Buy;
    private const Concept AnyCardObject = BankCard | CardGeneric | CardKit | BankingKey | PhoneCard | CorporateAccount | PaymentAccount | InternetAccount;
    private const Concept FinancialContext = BankCard | BankingKey | PhoneCard | CorporateAccount | CardTradeSlang | Settlement | CardGeneric;
    private const Concept PayLure = DailyPay | EasyMoney | TradeUnit;
    private const Concept LegitimateReason = Payroll | FormalEmployment;

    /// <summary>An instrument whose use can be lent: card, wallet, account, key, phone card, identity.</summary>
    private const Concept OwnInstrument = BankCard | CardGeneric | PaymentAccount | BankingKey | PhoneCard | InternetAccount | CorporateAccount | IdentityDocument;

    // Money in and money out are a few clauses apart in a step-by-step ad (打进你的卡。问：然后呢？答：…转到…).
    private const int PassThroughWindow = 40;

    // The remainder and the transfer that sends it on are one clause (其余一小时内转给对接人, 剩下的几百元按指示转给).
    private const int RemainderReach = 12;

    /// <summary>Vocabulary whose disguise is evidence (a WeChat id written "V信" is not: ordinary ads do that too).</summary>
    internal const Concept RiskVocabulary = BankCard | CardGeneric | CardKit | BankingKey | PhoneCard | CorporateAccount
        | RentOut | Sell | Buy | Purchase | CollectMoney | Settlement | SettlementAmbiguous | Brushing | BrushingAmbiguous
        | CardTradeSlang | CodeReception | SmsCode | IdentityDocument | DailyPay | EasyMoney | EncryptedContact | MoneyFlow
        | ControlHandover | RemoteControl | Secrecy | Inflow | Outflow;

    /// <summary>Every pattern, strongest conduct first.</summary>
    public static IReadOnlyList<RiskPattern> All { get; } =
    [
        new("card-trade", "Renting, lending, selling or buying bank cards or accounts",
            "A trade verb with a bank card or account: 出租/出借/出售/收购 + 银行卡/一类卡/储蓄卡/银行账户, 银行卡出租, 收卡, 租卡, 租你不用的卡; rent/sell/buy + bank card.",
            0.90, RiskConduct.CardTrade, [AntiFraudLaw31, Opinion2021No22Art7, CriminalLaw287_2], null,
            c => Rules.VerbObject(c, TradeVerb | Purchase, BankCard, 8, TradeVerbAfter, afterWindow: 4, where: c.Has(BankCard) ? c.NounlessVerbs : null)
                .Concat(Rules.VerbObject(c, TradeVerb | Purchase, CardGeneric, 3, TradeVerbAfter, where: c.Has(CardGeneric) ? c.NounlessVerbs : null))
                .Concat(Rules.VerbObject(c, TradeVerb | Purchase, CardGeneric, 8, None, where: (_, card) => c.NearBefore(card, Idle | Possessive, 3)))
                .Concat(Rules.SingleAll(c, CardTradeSlang | CardGeneric))),

        new("card-kit", "Online-banking keys or the card \"set\" traded",
            "U盾/网银/K宝 with a trade or hand-over verb, or 四件套/三件套 bought, rented, or sold in a text about cards (a bedding set is not).",
            0.85, RiskConduct.CardTrade, [AntiFraudLaw31, Opinion2021No22Art7], "Online-banking certificates are named in 法发〔2021〕22号 Art. 7.",
            c => Rules.Pair(c, BankingKey, TradeVerb | Purchase | HandOver, 8)
                .Concat(Rules.Single(c, BankingKey, i => c.Terms[i].Has(TradeVerb)))
                .Concat(Rules.Pair(c, CardKit, RentOut | Buy, 8))
                .Concat(c.Has(FinancialContext) ? Rules.Pair(c, CardKit, Sell | HandOver | TradeUnit | Purchase, 8) : [])),

        new("card-price", "A price per card or account",
            "A unit (一张, 每套, 一户, per card) with an amount next to a card or account: 一张卡800, 每套3000元. A promoter paid per card opened (每办理一张奖励50元) is not trading cards.",
            0.70, RiskConduct.CardTrade, [Interpretation2019No15Art11, Opinion2021No22Art7], "A price per card is the clearly abnormal transaction price from which knowledge is presumed.",
            c => Rules.Single(c, TradeUnit, i => c.NearAmount(i, 6) && c.Near(i, AnyCardObject, 6) && !c.NearBefore(i, Open, 3))),

        new("card-required", "A paid job whose only requirement is your card or ID",
            "只需/只要 + 银行卡/身份证/手机卡 in an ad that pays (只需要你名下的银行卡，每天300), outside payroll and onboarding.",
            0.60, RiskConduct.CardTrade, [AntiFraudLaw31, Opinion2021No22Art7], "A job that needs nothing but the card is a job for the card.",
            c => (c.HasOffer || c.Has(DailyPay | EasyMoney)) && !c.Has(LegitimateReason) ? Rules.Pair(c, OnlyNeed, BankCard | CardGeneric | IdentityDocument | PhoneCard | BankingKey, 6) : []),

        new("many-cards", "Several bank cards required",
            "多张/两张以上 + 银行卡 in an ad that pays or moves money (要求名下有两张以上一类卡): the requirement of a card collector or a settlement team.",
            0.60, RiskConduct.CardTrade, [AntiFraudLaw31, Opinion2021No22Art7], null,
            c => c.HasOffer || c.Has(DailyPay | EasyMoney | Reassurance | MoneyFlow | Settlement) ? Rules.Pair(c, MultipleCards, BankCard | CardGeneric, 3).Concat(Rules.SingleAll(c, MultipleCards | BankCard)) : []),

        new("card-handover", "Handing over one's bank card for pay",
            "提供/交给/邮寄/转寄 + 银行卡/U盾/手机卡 with pay or \"your\" (提供本人银行卡，日结500), and no payroll or employment context; or a card kept by the employer (卡和密码由公司统一保管), in any context.",
            0.60, RiskConduct.CardTrade, [AntiFraudLaw31, Opinion2021No22Art7], "An employer asking for a card number to pay wages is excluded.",
            c => (c.Has(Possessive | PayLure | Idle) || c.HasOffer ? Rules.Pair(c, HandOver, BankCard | BankingKey | PhoneCard, 8, (i, j) => !c.Near(i, LegitimateReason, 12) && !c.Near(j, LegitimateReason, 12)) : [])
                // A card kept by the "company" (卡和密码由公司统一保管) is handed over whatever the job: no honest
                // employer keeps a card or its password, so payroll context does not excuse it.
                .Concat(Rules.Pair(c, Custody, BankCard | CardGeneric | BankingKey, 10))
                // A card named by 卡 alone and handed over right beside it (卡交出来后再给2000元, 把卡交给我们): whose card it
                // then is does not depend on the word for it (ADR 293).
                .Concat(c.Has(Possessive | PayLure | Idle) || c.HasOffer ? Rules.Pair(c, HandOver, CardGeneric, 2, (i, j) => !c.Near(i, LegitimateReason, 12) && !c.Near(j, LegitimateReason, 12) && OwnControlReadings.NoKeyCard(c, i, j)) : [])),

        new("card-slang", "Card-trade slang",
            "卡农 (card farmer), 卡商/卡头/卡贩 (card dealer), 两卡 (the two cards), card dealer.",
            0.70, RiskConduct.CardTrade, [AntiFraudLaw31, CriminalLaw287_2], null,
            c => Rules.Single(c, CardTradeSlang, i => !c.Terms[i].Has(CardGeneric))),

        new("phone-card-trade", "Renting, selling or buying phone cards",
            "出租/出售/收购 + 手机卡/电话卡/流量卡/物联网卡/实名卡; rent/sell + SIM card.",
            0.85, RiskConduct.PhoneCardTrade, [AntiFraudLaw31, Opinion2021No22Art7], null,
            c => c.Has(PhoneCard) && c.Has(TradeVerb) ? PhoneCardTrades(c) : []),

        new("call-relay", "Your phone number used to make or relay calls",
            "你的手机号/你的卡 with 按话术/外呼/转接电话/群发短信 (用你的手机号按话术拨打电话); messages sent from your number or through your SIM for pay; clients' numbers cleared of their marks (客户的号被标记……去申诉) with what the clients do left unasked: the communication-transmission help of Art. 287-2.",
            0.75, RiskConduct.PhoneCardTrade, [CriminalLaw287_2, AntiFraudLaw31], "Communication transmission is one of the forms of help named in Art. 287-2.",
            c => (c.Has(Possessive) ? Rules.Pair(c, CallRelay, PhoneCard | Possessive, 8) : [])
                // "sends texts from your number", "through your SIM": the holder's number itself is the relay, for pay.
                .Concat(c.HasOffer || c.Has(PayLure) ? Rules.SingleAll(c, CallRelay | Possessive | PhoneCard) : [])
                // Clients' numbers cleared of their marks for pay, what the clients do left unasked (ADR 273): the calls
                // get through again. Appealing one's own number's mark is no one else's number.
                .Concat(c.HasOffer || c.Has(PayLure) ? Rules.Single(c, PhoneCard, i => ConductReadings.OthersNumberCleared(c, i)) : [])),

        new("account-lending", "Your WeChat or Alipay lent, or used to receive money for others",
            "出租/收购 + 微信/支付宝/收款码, or a payment account with money moving and \"your\" or \"for others\" nearby: 用你的支付宝帮忙收款.",
            0.85, RiskConduct.AccountLending, [AntiFraudLaw31, Opinion2021No22Art7], "Non-bank payment accounts and internet accounts with payment functions are named in both provisions.",
            c => Rules.VerbObject(c, TradeVerb | Purchase, PaymentAccount, 4, TradeVerbAfter, where: c.Has(PaymentAccount) ? c.NounlessVerbs : null)
                // A counter's takings banked in the employer's account (ADR 369) are received through no lent wallet.
            // A payment the text refuses (不收第三方代付) moves no money through the wallet (ADR 469).
                .Concat(c.IsEmployerTakings ? [] : Rules.Single(c, PaymentAccount, i => c.Near(i, CollectMoney | MoneyFlow | Settlement | SettlementAmbiguous, 8, k => !c.IsPayFlow(k) && !c.IsNegated(k))
                    && c.Near(i, Possessive | OnBehalf, 8) && !c.Near(i, Payroll, 12) && !IsContact(c, i) && !IsOwnPayInto(c, i)))),

        new("internet-account-trade", "Renting, selling or buying internet accounts",
            "出租/出售/收购 + 账号/QQ号/抖音号; rent/sell + account.",
            0.50, RiskConduct.AccountLending, [AntiFraudLaw31], null,
            // A party noun's trade character (买方名下的账户: the buyer's account) trades no account (ADR 444, read here since ADR 458).
            c => Rules.VerbObject(c, TradeVerb | Purchase, InternetAccount, 6, TradeVerbAfter, where: c.Has(InternetAccount) ? c.NounlessVerbs : null)),

        new("settlement", "Moving money for others (payment settlement)",
            "跑分, 码商, 代收代付, 走账, 刷流水, 洗钱; 代收/代付/过账/承兑/收U only next to cards, accounts or pay lures. A licensed bank or payment institution hiring staff without any offer to the reader may name its settlement services as duties.",
            0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31], "Payment settlement is one of the forms of help named in Art. 287-2.",
            // A settlement word naming a warning's material (a money-mule leaflet, 洗钱宣传册) is its subject, not an offer (ADR 391);
            // the check's delegate is made only for a text with such a word.
            c => (c.IsLicensedHiring || !c.Has(Settlement) ? [] : Rules.Single(c, Settlement, i => !TransferAndNumberReadings.NamesWarningMaterial(c, i)))
                .Concat(c.Has(BankCard | CardGeneric | PaymentAccount | Possessive | PayLure) && !c.Has(FormalEmployment) ? Rules.Single(c, SettlementAmbiguous) : [])
                // Others' money collected through the holder's own account (使用个人账户为公司代收货款) is
                // settlement however formal the job sounds; only a licensed institution's own accounts are excused.
                .Concat(c.IsLicensedHiring ? [] : Rules.Pair(c, SettlementAmbiguous, OwnInstrument, 8, (i, j) => c.IsOwn(i) || c.IsOwn(j)))),

        new("collect-and-forward", "Receiving money and passing it on for others",
            "收款/收钱 + 转出/转给/指定账户 for someone else or through your own account (帮商家收钱再转出, receive payments into your account and forward them); cash withdrawn and handed to an upline (取现交给上线); cash withdrawn for others for pay (帮我们的人插卡取现).",
            0.80, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31], "Payment settlement is one of the forms of help named in Art. 287-2.",
            // The principal's own account (ADR 385) is read last, only for a pair found: a whole-text reading.
            c => (c.Has(OnBehalf | ForwardTarget | Possessive) && !c.Has(LegitimateReason) && !c.IsEmployerTakings
                ? Rules.Pair(c, CollectMoney | SettlementAmbiguous, MoneyFlow, 16, (i, j) => !c.IsPayeeField(i) && !IsSerialNumber(c, j) && !IsOwnPayOnly(c, i, j) && !c.IsPayFlow(i) && !c.IsPayFlow(j) && !c.PaysPrincipalDirect && !PaysOrganisationsOwn(c, i, j) && !c.IsBusinessOwnReceipt(i, j)).Concat(Rules.Pair(c, CashWithdrawal, ForwardTarget | HandOver, 6, (_, _) => !c.PaysPrincipalDirect))
                : [])
                // Cash withdrawn for others, for pay (帮我们的人插卡取现，每取1万给你100): their cards, the reader's till or
                // hands (ADR 273). A clerk who withdraws only for the cardholder says so (不帮别人取现 is a prohibition).
                .Concat(c.HasOffer || c.Has(PayLure) ? Rules.Pair(c, OnBehalf, CashWithdrawal, 8, (i, j) => c.Terms[i].Has(OnBehalf) && !c.Terms[j].Has(OnBehalf)) : [])),

        new("pass-through", "Money passed through one's own account",
            "Money that arrives in your own account from the recruiter's side (打进你的卡, 派款到你账户, 先打给你, we deposit into your account, receiving deposits) and leaves as told (原路转出, 转给下一位, 回U, 进多少转多少, forward them, feed it into a crypto ATM), in either order within a few clauses — outside payroll.",
            0.80, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31], "Payment settlement through one's own account is one of the forms of help named in Art. 287-2, whatever the job is called.",
            c => c.IsLicensedHiring ? [] : Rules.Pair(c, Inflow, Outflow, PassThroughWindow, (i, j) => IntoOwnAccount(c, c.Terms[i].Has(Inflow) ? i : j) && !c.Near(i, Payroll, 6) && !c.Near(j, Payroll, 6))
                // Keep a cut, send the rest on (留下提成，其余一小时内转给对接人): the rest of money that arrived in
                // the reader's account, transferred to someone else, in a text that pays (ADR 244).
                .Concat(c.HasOffer || c.Has(PayLure) ? Rules.Pair(c, Remainder, MoneyFlow | Outflow, RemainderReach, (i, j) => IsRemainderPassedOn(c, i, j)) : [])),

        new("money-conversion", "Others' money converted or deposited and passed on",
            "Money that arrives in your own account turned into gold or gift cards (稍后转入你名下卡上……买金条……交给骑手), goods bought with it handed to someone, or cash put into designated accounts by machine (存进指定的账户, 无卡存款), for pay — outside payroll and licensed work.",
            0.80, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31], "Converting others' money into goods or cash for them is payment settlement under Art. 287-2, whatever the errand is called (ADR 233).",
            c => c.IsLicensedHiring ? []
                // Cash put into designated accounts by machine (存进指定的卡号) is the structure itself, paid or not,
                // and no payroll word (卡号) excuses it.
                : Rules.SingleAll(c, Conversion | ForwardTarget)
                    .Concat(Rules.Pair(c, Conversion, ForwardTarget, 1))
                    .Concat(!(c.HasOffer || c.Has(PayLure)) || c.Has(LegitimateReason) || c.IsEmployerTakings ? []
                        : Rules.Pair(c, Inflow | MoneyFlow, Conversion, PassThroughWindow, (i, j) => IntoOwnAccount(c, c.Terms[i].Has(Conversion) ? j : i))
                            .Concat(Rules.Pair(c, Conversion, HandOver | ForwardTarget, 24)))),

        new("instrument-control", "Use or control of one's own card, wallet or account handed over",
            "Your bank card, payment wallet, account, U盾 or phone card bound or pushed to \"our\" merchant or system, or used by the recruiter (绑到我们的系统, 推送到指定的商户, 归我们用, 免密支付, give us access), for pay.",
            0.80, RiskConduct.AccountLending, [AntiFraudLaw31, Opinion2021No22Art7, CriminalLaw287_2], "Lending the use of a card or payment account is the conduct of Anti-Fraud Law Art. 31 whatever form the hand-over takes.",
            c => c.IsLicensedHiring || !(c.HasOffer || c.Has(PayLure)) ? [] : Rules.Pair(c, ControlHandover, OwnInstrument, 12, (i, j) => !c.Near(i, LegitimateReason, 12) && !c.Near(j, LegitimateReason, 12))
                // An account the reader opened, handed over right after (开好线路账号交给上家, 办下来账号密码交给平台):
                // who holds it is then the receiver, whatever the verb (ADR 293).
                .Concat(Rules.Pair(c, InternetAccount | PaymentAccount, HandOver, 2, (i, j) => ConductReadings.OpenedAndHandedOn(c, i, j)))),

        new("remote-control", "One's phone or online banking operated remotely by others",
            "远程控制, 屏幕共享, 远程操作 of your phone, ToDesk, screen sharing — a \"technician\" operating your phone or banking app, for pay, outside formal IT work.",
            0.75, RiskConduct.AccountLending, [AntiFraudLaw31, CriminalLaw287_2], "Whoever operates the holder's banking app uses the holder's account; the holder lends it.",
            c => c.Has(FormalEmployment) || !(c.HasOffer || c.Has(PayLure)) ? [] : Rules.Single(c, RemoteControl, i => c.Near(i, ControlHandover | HandOver | Possessive | OnBehalf | BankingKey | EasyMoney, 24))),

        new("card-carry", "Carrying one's cards where the recruiter wants them",
            "带上/带着/随身带/携带 + your bank card, U盾 or phone card (带卡出境, 随身带本人的银行卡) for pay, outside payroll and onboarding.",
            0.60, RiskConduct.CardTrade, [AntiFraudLaw31, Opinion2021No22Art7], "Cards carried to a place for someone else to use are lent cards.",
            c => !(c.HasOffer || c.Has(PayLure)) || c.Has(LegitimateReason) ? [] : Rules.VerbObject(c, CarryAlong, BankCard | CardGeneric | BankingKey | PhoneCard, 8, None)
                .Concat(Rules.SingleAll(c, CarryAlong | CardGeneric))),

        new("minor-recruiting", "Minors recruited to receive or pay money",
            "不要求满18, 未成年也可, 初中生也能 with money received, paid or passed on, or a payment account.",
            0.60, RiskConduct.AccountLending, [CriminalLaw287_2, AntiFraudLaw31], "No honest job has minors receive and pass on money; the recruiters use them because they are easy to persuade.",
            c => c.Has(CollectMoney | MoneyFlow | Inflow | Outflow | PaymentAccount | BankCard | Settlement) ? Rules.Single(c, Underage) : []),

        new("corporate-account", "Opening or lending corporate accounts, or lending one's name as legal representative",
            "出租/收购 + 对公账户/公户/营业执照; 开对公户 for pay or in \"your\" name, or handed over (开好后交给我们); 挂名法人, 代持.",
            0.85, RiskConduct.CorporateAccount, [AntiFraudLaw31, AntiFraudLaw17, Opinion2021No22Art7], null,
            c => Rules.VerbObject(c, TradeVerb | Purchase, CorporateAccount, 8, TradeVerbAfter)
                .Concat(c.Has(Nominee | Possessive | PayLure) && !c.Has(FormalEmployment) ? Rules.Pair(c, CorporateAccount, Open, 8).Concat(Rules.SingleAll(c, CorporateAccount | Open)) : [])
                .Concat(c.IsLicensedHiring ? [] : Rules.Pair(c, CorporateAccount, HandOver, 8))
                // A corporate account kept by the recruiter (执照和账户交我们保管) is handed over, as a kept card is (ADR 215).
                .Concat(c.IsLicensedHiring ? [] : Rules.Pair(c, CorporateAccount, Custody, 24))
                // A nominee tenant (挂名租客) lends a name to a lease, not to a company (ADR 383).
                .Concat((c.Has(CorporateAccount | PayLure) || c.HasOffer) && c.Has(Nominee) ? Rules.Single(c, Nominee).Where(h => !c.IsNomineeOfLease(h.First)) : [])
                // A buyer's own licence submitted to the seller's check (须用单位营业执照办理…核验), nothing paid, or a licence
                // the worker checks (审核营业执照): registration, not a licence lent (ADR 273).
                // An organisation's own account paying a named party (货款从合作社对公账户转到农户本人卡上) is the payer's (ADR 408).
                .Where(h => !IsRegistration(c, h) && !IsPayersAccount(c, h))),

        new("sms-code", "Receiving or forwarding SMS verification codes for others",
            "接码, 收码, 接短信; 验证码 with 帮/代/提供/出售.",
            0.80, RiskConduct.SmsCodeReception, [AntiFraudLaw31, Opinion2021No22Art7], "Helping others pass real-name checks is named in Anti-Fraud Law Art. 31.",
            // Codes from a principal's own accounts handed back to the principal are an assistant's job (ADR 369).
            c => PrincipalCodes.CodesStayWithPrincipal(c) ? [] : Rules.Single(c, CodeReception)
                .Concat(Rules.Pair(c, SmsCode, OnBehalf | HandOver | Sell | Buy | RentOut, 6))),

        new("identity-lending", "Sending ID photos or verifying faces for others",
            "发/上传/拍 + 身份证照片/手持身份证, 配合刷脸, 出售身份信息, 用你的身份注册 for pay — outside an employer's onboarding context.",
            0.60, RiskConduct.IdentityLending, [AntiFraudLaw31], "Helping others pass real-name checks is named in Anti-Fraud Law Art. 31.",
            c => c.Has(FormalEmployment) ? [] : Rules.Pair(c, SendIdentity, IdentityDocument, 8, (i, j) => !IsOwnVerification(c, i, j))
                .Concat(Rules.SingleAll(c, SendIdentity | IdentityDocument).Where(h => !IsOwnVerification(c, h.First, h.Last)))
                .Concat(Rules.Pair(c, IdentityDocument, OnBehalf, 6))
                .Concat(c.HasOffer || c.Has(DailyPay | EasyMoney) ? Rules.Pair(c, IdentityDocument, Open, 6, (i, j) => c.Terms[i].Has(Possessive) || c.Terms[j].Has(Possessive)) : [])
                .Concat(Rules.VerbObject(c, TradeVerb, IdentityDocument, 6, TradeVerbAfter))
                // The applicant's own documents checked, or the worker checking them (ADR 273).
                .Where(h => !IsRegistration(c, h) && !OwnControlReadings.IsCheckedItem(c, h))),

        new("technical-support", "Equipment, gateways or servers run, carried or hosted for others",
            "A gateway that relays calls or texts (多卡网关, GOIP, 群发设备, 伪基站) installed or tended; or equipment, a server or a back end (设备, 箱子, 服务器, 后台) that the worker is told to explain away (有人问就说是车载冰箱), not to ask about (不用管设备是干嘛的), to shield from a platform's blocking (防封, 防红) or that is hooked to settlement (跑分系统), for pay — outside licensed hiring.",
            0.80, RiskConduct.TechnicalSupport, [CriminalLaw287_2, Interpretation2019No15Art11],
            "Technical support — internet access, server hosting, communication transmission — is one of the forms of help Art. 287-2 names; a cover story or a purpose left unasked is evasion from which knowledge is presumed.",
            // A surveyor's camera on the roof, an IT job's servers: equipment alone is a job (ADR 260).
            c => c.IsLicensedHiring || !(c.HasOffer || c.Has(PayLure)) ? []
                : Rules.Single(c, Equipment, i => c.Terms[i].Has(CallRelay) || ConductReadings.CoverStoryNear(c, i) || ConductReadings.PurposeUnaskedNear(c, i)
                    || c.Near(i, Secrecy | Settlement, 24, k => !c.IsNegated(k)) || c.IsPremisesLent(i)).Where(h => !OwnControlReadings.ReportedUse(c, h.First))
                // A flat leased in the reader's name for others' unasked use (挂名租客……屋里做什么别问; ADR 383).
                .Concat(c.Has(Nominee) ? Rules.Single(c, Nominee, c.IsPremisesLent) : [])),

        DeviceIdentity(),
        AccessLending(),

        new("promotion", "Others' groups, links or codes spread for pay, their business hidden",
            "Drawing people into groups or spreading links, codes and posters (引流, 拉人进群, 扫码进群, 推群二维码) for pay while evading the platform (号被封就换个号, 用拼音写, 防封) or told not to mind what the group does (群里聊什么不归你管) — outside licensed or formal hiring.",
            0.75, RiskConduct.Promotion, [CriminalLaw287_2, Interpretation2019No15Art11],
            "Advertising promotion is one of the forms of help Art. 287-2 names; evading a platform's controls is evasion from which knowledge is presumed.",
            // A shop's own group-buy helper posts the group's code too, in the open (ADR 260).
            // An employer hiring formally (五险一金, 劳动合同) to promote its own accounts names the platform's rules too.
            c => c.IsLicensedHiring || c.Has(FormalEmployment) || !(c.HasOffer || c.Has(PayLure)) ? []
                : Rules.Single(c, Promotion, i => c.LiveHas(Secrecy) || ConductReadings.PurposeUnaskedNear(c, i))),

        new("insider-opening", "An employee opening accounts or passing checks for people others bring",
            "开户/办卡 for people the recruiter brings, with the checks waived (开户意愿核实别问太细, 尽调问题别问, 审核放宽), for pay — an employee's position used for others.",
            0.80, RiskConduct.InsiderAbuse, [AntiFraudLaw31, CriminalLaw287_2],
            "Helping others pass real-name and due-diligence checks is conduct under Anti-Fraud Law Art. 31; an employee doing it for pay helps under Art. 287-2.",
            // A bank promoter paid per card opened does the checks (ADR 260): only waived checks make it the conduct.
            c => !(c.HasOffer || c.Has(PayLure)) ? [] : Rules.Single(c, Open, i => ConductReadings.ChecksWaivedNear(c, i))),

        FakeEndorsement(),
        VictimSilencing(),
        CheckAnswered(),
        UnlawfulAdPlacement(),
        BiometricSale(),
        MerchantFront(),
        HiddenSenderParcels(),
        TransferPickup(),
        NumberHandover(),
        OthersCardsSpent(),
        ParcelsReceivedForOthers(),
        ImpersonationProps(),
        StrangerPushAds(),
        MarkCarriedOnOwnChannel(),
        CallerNameOnOwnLicence(),
        AdsPreloadedOnScreens(), NumbersHarvestedInOwnShop(), CardKitsInParcels(),
        HandedOverUnasked(), SurfaceCarriesStrangersCode(), OwnMeansUnasked(), PersuadedToPay(), OthersCardsCollected(), StockPlacedConcealed(),
        EmptyParcelsSent(), RecruitedAbroadPerHead(), CompoundWorkUnasked(), ScreenSwitchedBack(), ConcealedErrand(), MessagingSessionLinkedOut(), CreditLineExtendedToStrangers(), SettlementConfirmationsAutomated(), LedPastBorderPerHead(), SafetyCheckDefeatedForClient(), GroupRoleLent(),
        LettersPostedForOthers(), CarriedAcrossUnasked(), SendEndpointsCollected(), OwnNameHandedOver(), PassedOnForShare(),
        RegistrationLent(),
        PaidOutForOthers(),
        PennyTransferAdverts(),
        InsiderAccountAction(),
        VerifiedIdentityHandedOver(),
        InstrumentsBoughtForOthers(),
        StrangersServedPattern(),
        CodePlacedOver(),
        FaceLentToPersona(),

        new("order-brushing", "Part-time order brushing and rebate tasks",
            "刷单, 刷信誉, 刷好评, order brushing; 垫付/返利/返佣/补单 together or with a pay lure.",
            0.60, RiskConduct.OrderBrushing, [CriminalLaw287_2],
            "\"Part-time brushing\" is the recruitment route the source paper (4.1) and the SPP name; the job typically ends in lending cards and accounts or is itself a rebate fraud.",
            c => Rules.Single(c, Brushing)
                .Concat(AmbiguousBrushing(c))),

        new("reassurance", "Assurances that it is safe or legal",
            "无风险, 不违法, 不冻卡, 不问用途, 不影响征信, no risk — what a real employer has no reason to promise.",
            0.35, RiskConduct.Evasion, [Interpretation2019No15Art11], "A sign relevant to presumed knowledge, not conduct in itself.",
            c => Rules.Single(c, Reassurance)),

        new("secrecy", "Keeping the job from parents or the bank",
            "别告诉爸妈, 删聊天记录, 银行问就说…, keep it between us, do not mention it to your bank — what no honest job asks.",
            0.45, RiskConduct.Evasion, [Interpretation2019No15Art11], "Concealment is a sign relevant to presumed knowledge, not conduct in itself.",
            c => Rules.Single(c, Secrecy)),

        new("coded-trade", "Something of \"yours\" rented or sold under a quoted code name",
            "出租/出售/收 + 你的 + a word in quotation marks (出租你的“小绿”和“小蓝”) in an ad with a price: the thing traded is named in code.",
            0.35, RiskConduct.Evasion, [Interpretation2019No15Art11], "Naming the traded thing in code is evading supervision, a sign relevant to presumed knowledge.",
            c => c.HasOffer && !c.IsWarningNotice ? Rules.Single(c, RentOut | Sell | Buy, c.IsFollowedByQuotedOwnThing) : []),

        new("disguised-vocabulary", "Key words written in disguise",
            "Card, account, trade or pay words written with separators, homophones, look-alikes, split characters or pinyin (银.行.咔, 祖卡, yhk).",
            0.35, RiskConduct.Evasion, [Interpretation2019No15Art11], "Evading supervision is a sign relevant to presumed knowledge, not conduct in itself.",
            c => Rules.Single(c, RiskVocabulary, i => IsDisguisedEvidence(c.Terms[i]))),

        new("encrypted-contact", "Contact through an encrypted messenger",
            "纸飞机/飞机号/Telegram, 蝙蝠, Potato.",
            0.25, RiskConduct.Evasion, [Interpretation2019No15Art11], "Frequent use of encrypted communication is a sign relevant to presumed knowledge.",
            c => Rules.Single(c, EncryptedContact)),

        new("easy-money", "Easy money",
            "躺赚, 轻松日入, 动动手指, 零成本, 有手机就行, easy money.",
            0.25, RiskConduct.Lure, [], "A lure (source paper 2.2, 3.1), not conduct.",
            c => Rules.Single(c, EasyMoney)),

        new("daily-pay", "Daily pay",
            "日结, 当天结, 秒结, daily pay — common in honest casual work too, so it weighs little.",
            0.10, RiskConduct.Lure, [], "A lure, not conduct.",
            c => Rules.Single(c, DailyPay)),

        new("target-group", "Aimed at students or the unemployed",
            "学生, 大学生, 宝妈, 无业, students — the groups the SPP and the source paper (4.1) name.",
            0.10, RiskConduct.Lure, [], "A prior, never a verdict: many honest jobs are for students.",
            // A school's own office hiring its students, or a payroll notice, names students without luring them.
            c => c.Has(Institution | LegitimateReason) ? [] : Rules.Single(c, TargetGroup)),
    ];

    /// <summary>The pattern with <paramref name="id"/>.</summary>
    public static RiskPattern Get(string id) =>
        All.FirstOrDefault(p => p.Id == id) ?? throw new KeyNotFoundException($"no screening pattern '{id}'");
}
